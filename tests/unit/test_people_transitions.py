"""The operator change request table, walked pair by pair (no database)."""

from accounts import transitions


def test_transition_table_allows_only_pending_to_move():
    for status in transitions.STATUSES:
        for action in transitions.ACTIONS:
            expected = status == transitions.PENDING
            assert (transitions.next_status(status, action) is not None) == expected


def test_every_action_names_a_permission_and_a_label():
    for action in transitions.ACTIONS:
        assert transitions.ACTION_PERMISSIONS[action].startswith("accounts.")
        assert str(transitions.ACTION_LABELS[action])


def test_approve_and_decline_are_for_the_ict_office_withdraw_for_the_department():
    assert transitions.ACTION_PERMISSIONS[transitions.APPROVE] == "accounts.manage_roles"
    assert transitions.ACTION_PERMISSIONS[transitions.DECLINE] == "accounts.manage_roles"
    assert (
        transitions.ACTION_PERMISSIONS[transitions.WITHDRAW] == "accounts.request_operator_change"
    )
