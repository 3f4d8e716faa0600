"""The outbox backstop: an action whose task was lost is found and carried out later."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from moderation.models import ModerationAction
from moderation.selectors import moderation_actions_stalled
from moderation.services import decision_record, moderation_action_execute

pytestmark = pytest.mark.django_db


def test_a_lost_hide_is_found_by_the_sweep_and_reaches_facebook(
    graph_simulator, connected_pages, resident_comment, secretariat_user, settings
):
    comment = resident_comment(connected_pages[0], "お前はバカだ")
    decision_record(comment_id=comment.pk, actor=secretariat_user, action="hide",
                    clause="defamation", reason="誹謗中傷のため非表示")  # fmt: skip
    action = ModerationAction.objects.get(comment=comment)
    older = settings.MODERATION_OUTBOX_BACKOFF_MAX * 1.5
    # Its task never ran (say the worker died). Fresh actions are left to their own task...
    assert moderation_actions_stalled(now=timezone.now(), older_than_seconds=older) == []
    # ...but once it has waited far longer than any backoff, the sweep picks it up.
    later = timezone.now() + timedelta(seconds=older + 60)
    assert moderation_actions_stalled(now=later, older_than_seconds=older) == [action.pk]
    with time_machine.travel(later):
        assert moderation_action_execute(action_id=action.pk).status == "done"
    assert graph_simulator.world.comment_state(comment.facebook_id)["is_hidden"] is True
    assert moderation_actions_stalled(now=later, older_than_seconds=older) == []
