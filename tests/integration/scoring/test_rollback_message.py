"""Rolling a learned model back says which model scores comments now (「v2 をロールバック
しました」 left the secretariat to guess), or that the rules alone screen them."""

from __future__ import annotations

import pytest
from django.urls import reverse

from scoring.services import scorer_train, scorer_transition
from scoring.transitions import Action

pytestmark = pytest.mark.django_db


def test_rollback_says_which_model_scores_now(client, decided_pages, secretariat_user):
    first = scorer_train(actor=None, trigger="command")
    scorer_transition(model_id=first.pk, action=Action.ACCEPT, actor=secretariat_user)
    second = scorer_train(actor=None, trigger="command")
    scorer_transition(model_id=second.pk, action=Action.ACCEPT, actor=secretariat_user)
    client.force_login(secretariat_user)

    url = reverse("scoring:model_transition", args=[second.version, "rollback"])
    html = client.post(url, follow=True).content.decode()
    assert f"モデル v{second.version} の使用をやめ、v{first.version} に戻しました。" in html

    url = reverse("scoring:model_transition", args=[first.version, "rollback"])
    html = client.post(url, follow=True).content.decode()
    assert f"モデル v{first.version} の使用をやめました。コメントはルールだけで確認します。" in html


def test_rollback_confirmation_does_not_call_the_previous_model_active(
    client, decided_pages, secretariat_user
):
    """The confirmation compared v2 with 「v1 (有効)」 while v2 was the active one: the
    model rolled back to is labelled as what it becomes, and the accept screen still says
    which one is active now."""
    first = scorer_train(actor=None, trigger="command")
    scorer_transition(model_id=first.pk, action=Action.ACCEPT, actor=secretariat_user)
    second = scorer_train(actor=None, trigger="command")
    scorer_transition(model_id=second.pk, action=Action.ACCEPT, actor=secretariat_user)
    third = scorer_train(actor=None, trigger="command")
    client.force_login(secretariat_user)

    url = reverse("scoring:model_transition", args=[second.version, "rollback"])
    html = client.get(url).content.decode()
    assert f"v{first.version} (ロールバック後に有効)" in html
    assert f"v{first.version} (有効)" not in html

    url = reverse("scoring:model_transition", args=[third.version, "accept"])
    html = client.get(url).content.decode()
    assert f"v{second.version} (有効)" in html


def test_reject_and_rollback_confirmations_say_they_cannot_be_undone(
    client, decided_pages, secretariat_user
):
    """The table has no way back from 却下 or ロールバック; accepting can be rolled back."""
    first = scorer_train(actor=None, trigger="command")
    scorer_transition(model_id=first.pk, action=Action.ACCEPT, actor=secretariat_user)
    second = scorer_train(actor=None, trigger="command")
    client.force_login(secretariat_user)

    def confirm(model, action):
        url = reverse("scoring:model_transition", args=[model.version, action])
        return client.get(url).content.decode()

    assert "却下したモデルを後から採用することはできません" in confirm(second, "reject")
    rollback = confirm(first, "rollback")
    assert f"v{first.version} を後から再び有効にすることはできません" in rollback
    assert "この操作は取り消せません" not in confirm(second, "accept")
