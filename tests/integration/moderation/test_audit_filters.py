"""The audit log narrowed to a page, a department or a comment finds bulk decisions through
their decisions (a bulk decision is one row for many comments) and nothing else."""

from __future__ import annotations

import pytest

from moderation.selectors import audit_entries_filtered
from moderation.services import decisions_record_bulk

pytestmark = pytest.mark.django_db


def test_page_department_and_comment_filters_reach_bulk_decisions(
    connected_pages, resident_comment, secretariat_user
):
    first_page, second_page = connected_pages[0], connected_pages[1]
    assert first_page.department_id != second_page.department_id
    on_first = resident_comment(first_page, "お前はバカだ", author="1")
    also_first = resident_comment(first_page, "このクズが", author="2")
    on_second = resident_comment(second_page, "お前はアホだ", author="3")
    also_second = resident_comment(second_page, "このボケが", author="4")
    decisions_record_bulk(comment_ids=[on_first.pk, also_first.pk], actor=secretariat_user,
                          action="keep", clause="", reason="まとめて維持")  # fmt: skip
    decisions_record_bulk(comment_ids=[on_second.pk, also_second.pk], actor=secretariat_user,
                          action="hide", clause="defamation", reason="侮辱")  # fmt: skip

    def reasons(**narrowing) -> set[str]:
        entries = audit_entries_filtered(user=secretariat_user, **narrowing)
        return {entry.batch.reason for entry in entries if entry.batch_id}

    assert reasons(page_id=first_page.pk) == {"まとめて維持"}
    assert reasons(page_id=second_page.pk) == {"侮辱"}
    assert reasons(department_id=first_page.department_id) == {"まとめて維持"}
    assert reasons(department_id=second_page.department_id) == {"侮辱"}
    assert reasons(comment_id=also_first.pk) == {"まとめて維持"}
    assert reasons(comment_id=on_second.pk) == {"侮辱"}
