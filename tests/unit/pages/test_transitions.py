"""The lifecycle table, walked pair by pair (no database)."""

import itertools

import pytest

from guidelines.models import ActivityPolicyStatus
from guidelines.transitions import POLICY_ACTIONS, POLICY_TRANSITIONS, policy_next_status
from pages.models import CLOSED_STATUSES, PageStatus
from pages.transitions import (
    ACTIONS,
    CLOSES_REQUEST,
    MANAGE,
    NOTIFY,
    OPENS_REQUEST,
    REVIEW,
    TRANSITIONS,
    actions_from,
    next_status,
)

EXPECTED = {
    ("draft", "submit"): "submitted",
    ("returned", "submit"): "submitted",
    ("draft", "cancel"): "cancelled",
    ("returned", "cancel"): "cancelled",
    ("submitted", "return"): "returned",
    ("submitted", "reject"): "rejected",
    ("submitted", "approve"): "approved",
    ("approved", "connect"): "active",
    ("active", "connect"): "active",
    ("review_due", "connect"): "review_due",
    ("continuation_answered", "connect"): "continuation_answered",
    ("active", "open_review"): "review_due",
    ("review_due", "answer_continue"): "continuation_answered",
    ("continuation_answered", "approve_continuation"): "active",
    ("continuation_answered", "return_continuation"): "review_due",
    ("active", "request_withdrawal"): "withdrawal_requested",
    ("review_due", "request_withdrawal"): "withdrawal_requested",
    ("withdrawal_requested", "approve_withdrawal"): "withdrawal_approved",
    ("withdrawal_requested", "decline_withdrawal"): "active",
    ("withdrawal_approved", "complete_withdrawal"): "withdrawn",
}


@pytest.mark.parametrize(
    ("status", "action"), list(itertools.product(PageStatus.values, ACTIONS)), ids=str
)
def test_every_state_action_pair(status, action):
    assert next_status(status, action) == EXPECTED.get((status, action))


def test_closed_states_are_final():
    for status in CLOSED_STATUSES:
        assert actions_from(status) == []


def test_every_action_has_a_permission_and_notifies_someone():
    for name, spec in ACTIONS.items():
        assert spec.permissions and set(spec.permissions) <= {MANAGE, REVIEW}
        assert NOTIFY[name]
    assert set(TRANSITIONS.values()) <= set(PageStatus.values)


def test_decisions_close_the_request_their_submission_opened():
    for name, spec in ACTIONS.items():
        assert spec.decides == (name in CLOSES_REQUEST)
        if spec.decides:
            assert REVIEW in spec.permissions and MANAGE not in spec.permissions
    assert set(OPENS_REQUEST) == {"submit", "answer_continue", "request_withdrawal"}


def test_only_open_review_runs_without_a_person():
    assert [n for n, s in ACTIONS.items() if s.system_allowed] == ["open_review"]


@pytest.mark.parametrize(
    ("status", "action"),
    list(itertools.product(ActivityPolicyStatus.values, POLICY_ACTIONS)),
    ids=str,
)
def test_every_policy_state_action_pair(status, action):
    expected = {
        ("draft", "submit"): "pending",
        ("pending", "approve"): "in_force",
        ("pending", "return"): "draft",
        ("pending", "reject"): "rejected",
    }
    assert policy_next_status(status, action) == expected.get((status, action))
    assert set(POLICY_TRANSITIONS) == set(expected)
