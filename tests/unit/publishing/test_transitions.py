"""The post lifecycle table, walked pair by pair (no database)."""

import itertools

import pytest

from publishing.models import PostStatus
from publishing.transitions import (
    ACTIONS,
    APPROVER,
    RESUMER,
    SYSTEM,
    TRANSITIONS,
    WRITER,
    actions_from,
    allowed,
    target_status,
)

EDITABLE = ["draft", "returned", "pending", "scheduled", "paused", "failed", "lapsed"]
EXPECTED = {
    **{(status, "edit"): "draft" for status in EDITABLE},
    **{(status, "cancel"): "cancelled" for status in EDITABLE},
    ("draft", "submit"): "pending",
    ("returned", "submit"): "pending",
    ("lapsed", "submit"): "pending",
    ("pending", "approve"): "scheduled",
    ("pending", "return"): "returned",
    ("pending", "reject"): "rejected",
    ("scheduled", "pause"): "paused",
    ("paused", "resume"): "scheduled",
    ("scheduled", "start"): "publishing",
    ("publishing", "published"): "published",
    ("publishing", "fail"): "failed",
    ("failed", "retry"): "scheduled",
    ("scheduled", "lapse"): "lapsed",
    ("paused", "lapse"): "lapsed",
    ("failed", "lapse"): "lapsed",
    ("published", "deleted"): "deleted",
}


@pytest.mark.parametrize(
    ("status", "action"), list(itertools.product(PostStatus.values, list(ACTIONS)))
)
def test_every_status_action_pair_is_as_specified(status, action):
    assert target_status(status, action) == EXPECTED.get((status, action))
    expected_actions = [a for a in ACTIONS if (status, a) in EXPECTED]
    assert actions_from(status) == expected_actions


def test_table_has_no_entry_beyond_the_specification():
    assert set(TRANSITIONS) == set(EXPECTED)
    assert set(TRANSITIONS.values()) <= set(PostStatus.values)


@pytest.mark.parametrize("action", list(ACTIONS))
@pytest.mark.parametrize(
    "roles", [set(), {WRITER}, {APPROVER}, {RESUMER}, {SYSTEM}, {WRITER, APPROVER}]
)
def test_roles_gate_every_action(action, roles):
    spec = ACTIONS[action]
    for status in PostStatus.values:
        expected = (status, action) in EXPECTED and bool(set(spec.roles) & roles)
        assert allowed(status, action, roles) is expected


def test_only_approvers_decide_and_the_worker_publishes():
    for action in ("approve", "return", "reject"):
        assert ACTIONS[action].roles == (APPROVER,)
        assert ACTIONS[action].decides
    for action in ("start", "published", "fail", "lapse", "deleted"):
        assert ACTIONS[action].roles == (SYSTEM,)
    assert not allowed("pending", "approve", {WRITER})
    assert not allowed("published", "edit", {WRITER})
    assert not allowed("published", "cancel", {WRITER, APPROVER})
    assert ACTIONS["return"].comment_required and ACTIONS["reject"].comment_required
