"""The Facebook actions list tells one comment from another: its author and opening words
beside the page (it showed only the page's name under "コメント"), and every column header
has a name for screen readers."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from moderation.services import decision_record

pytestmark = pytest.mark.django_db


def test_outbox_rows_name_the_comment(client, secretariat_user, connected_pages, resident_comment):
    first = resident_comment(connected_pages[0], "お前はバカだ", author="11", name="山田 花子")
    second = resident_comment(connected_pages[0], "<b>市長は無能</b>、辞めろ", author="12")
    for comment in (first, second):
        decision_record(comment_id=comment.pk, actor=secretariat_user, action="hide",
                        clause="defamation", reason="誹謗中傷")  # fmt: skip
    client.force_login(secretariat_user)
    html = client.get(reverse("moderation:outbox")).content.decode()
    table = html.split('id="outbox"')[1].split("</table>")[0]
    assert "山田 花子" in table and "お前はバカだ" in table
    # Untrusted text is escaped.
    assert "&lt;b&gt;市長は無能&lt;/b&gt;" in table and "<b>市長" not in table
    headers = re.findall(r"<th scope=\"col\">(.*?)</th>", table.split("</thead>")[0])
    assert all(re.sub(r"<[^>]+>", "", header).strip() for header in headers), headers
