"""A first learned model for `make run` (seed_demo; idempotent).

`seed_demo` runs before the Graph API simulator, the worker and Redis start, so there are
no stored comments to decide on yet, and a decision would queue a Facebook call with no
broker to take it. Instead the demo takes the simulator's demo comments (the same world
that `make run` serves), labels each as the secretariat would decide it (the prohibited
ones harmful with their clause, the ordinary ones clean), stores them as training
examples (source "demo", never comments), trains model v1 and accepts it in the
secretariat's name. When the worker then reads the comments from the simulator, every
one gets a score and the review queue can sort by it.
"""

from __future__ import annotations

from hashlib import sha256

from django.utils import timezone

from accounts.models import User
from guidelines.clauses import Clause

from .models import ScorerModel, TrainingExample
from .services import scorer_train, scorer_transition
from .transitions import Action


def demo_labels() -> list[tuple[str, bool, str]]:
    """(text, harmful, clause) for each distinct comment text of the simulator's demo world."""
    from ishinomaki_sns.graph.simulator.state import DEMO_WORLD, World

    world = World(**DEMO_WORLD)
    labels: dict[str, tuple[bool, str]] = {}
    for page in world.pages:
        for post in world.page_posts(page):
            for comment in world.post_comments(post):
                if comment.is_page or not comment.message:
                    continue
                harmful = comment.category in Clause.values
                labels[comment.message] = (harmful, comment.category if harmful else "")
    return [(text, harmful, clause) for text, (harmful, clause) in labels.items()]


def seed(*, password: str, stdout=None) -> None:
    if ScorerModel.objects.exists():
        return
    now = timezone.now()
    secretariat = User.objects.filter(username="secretariat").first()
    for text, harmful, clause in demo_labels():
        TrainingExample.objects.get_or_create(
            message_sha256=sha256(text.encode("utf-8")).hexdigest(),
            defaults={
                "message": text,
                "harmful": harmful,
                "clause": clause,
                "source": TrainingExample.Source.DEMO,
                "created_at": now,
            },
        )
    model = scorer_train(actor=None, trigger=ScorerModel.Trigger.DEMO, now=now)
    scorer_transition(model_id=model.pk, action=Action.ACCEPT, actor=secretariat, now=now)
    if stdout is not None:
        stdout.write(
            f"scoring: model v{model.version} active ({model.n_harmful} harmful, "
            f"{model.n_clean} clean examples)"
        )
