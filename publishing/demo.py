"""Demo posts for `seed_demo` (idempotent): on the regional promotion page, an operator's
post approved by the page's responsible person, due a few minutes after seeding (the
worker publishes it to the simulator under `make run`, and residents' comments on it reach
the review queue), and a draft waiting for approval."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from accounts.models import Department, User
from accounts.roles import Role
from accounts.services import role_grant
from pages.models import OfficialPage, PageStatus

from .models import Post
from .services import PostData, post_approve, post_create, post_transition
from .transitions import Action

OPERATOR = "regional-operator"


def seed(*, password: str, stdout=None) -> None:
    page = OfficialPage.objects.filter(
        department__code="chiiki-shinko", status=PageStatus.ACTIVE
    ).first()
    if page is None or Post.objects.filter(page=page).exists():
        return
    operator, created = User.objects.get_or_create(
        username=OPERATOR,
        defaults={
            "display_name": "地域振興課 佐藤",
            "email": "chiiki-op@example.city.ishinomaki.lg.jp",
        },
    )
    if created:
        operator.set_password(password)
        operator.save(update_fields=["password"])
        role_grant(
            actor=None,
            user=operator,
            role=Role.DEPARTMENT_OPERATOR,
            department=Department.objects.get(code="chiiki-shinko"),
        )
    now = timezone.now()
    soon = post_create(
        actor=operator,
        page_id=page.pk,
        data=PostData(
            text="【ふるさと納税】今月の返礼品に金華さばの干物が加わりました。ぜひご覧ください。",
            link="",
            target_at=now + timedelta(minutes=3),
        ),
    )
    post_transition(post_id=soon.pk, action=Action.SUBMIT, actor=operator)
    post_approve(post_id=soon.pk, actor=page.responsible_person)
    later = post_create(
        actor=operator,
        page_id=page.pk,
        data=PostData(
            text="週末は石巻まちなかマルシェを開催します。地元の野菜や海産物が並びます。",
            link="",
            target_at=now + timedelta(days=2),
        ),
    )
    post_transition(post_id=later.pk, action=Action.SUBMIT, actor=operator)
    if stdout is not None:
        stdout.write(
            f"publishing: {OPERATOR} wrote two posts for 「{page.name}」 (one approved, due in 3 minutes)"
        )
