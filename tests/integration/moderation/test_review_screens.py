"""Permission matrix of every review view; the rule backtest and the rule report numbers."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from moderation.models import Decision, Flag
from moderation.services import decision_record, rule_create
from tests.access import Access, actors, assert_access  # noqa: F401 - actors is a fixture

pytestmark = pytest.mark.django_db

DECIDERS = frozenset({"ict", "secretariat"})
CITY = DECIDERS | {"auditor"}


@pytest.fixture
def flagged(connected_pages, resident_comment):
    """A flagged comment on the tourism page (the actors' tourism department)."""
    return resident_comment(connected_pages[0], "お前はバカだ")


def test_review_views_permission_matrix(client, actors, flagged, connected_pages):  # noqa: F811
    tourism_staff = {"tourism_admin", "tourism_operator"}
    item = reverse("moderation:item", args=[flagged.pk])
    cases = [
        Access(reverse("moderation:queue"), allowed=CITY | tourism_staff | {"fisheries_admin"}),
        Access(item, allowed=CITY | tourism_staff),
        Access(reverse("moderation:outbox"), allowed=CITY),
        Access(reverse("moderation:audit"), allowed=CITY),
        Access(reverse("moderation:audit_export", args=["csv"]), allowed=CITY),
        Access(reverse("moderation:rule_report"), allowed=CITY),
        Access(
            reverse("moderation:decide", args=[flagged.pk]),
            allowed=DECIDERS,
            method="post",
            data={},
            ok_status=(400,),
        ),  # fmt: skip
        Access(
            reverse("moderation:bulk_decide"),
            allowed=DECIDERS,
            method="post",
            data={},
            ok_status=(302,),
        ),  # fmt: skip
        Access(
            reverse("moderation:crisis_mode", args=[connected_pages[0].pk]),
            allowed=DECIDERS,
            method="post",
            data={},
            ok_status=(400,),
        ),  # fmt: skip
        Access(
            reverse("moderation:crisis_mode", args=[connected_pages[0].pk]),
            allowed=DECIDERS,
        ),  # fmt: skip
        Access(reverse("moderation:reason_templates"), allowed=DECIDERS),
        Access(
            reverse("moderation:outbox_retry", args=[999999]),
            allowed=DECIDERS,
            method="post",
            ok_status=(404,),
        ),  # fmt: skip
    ]
    for access in cases:
        if access.url == item:
            # Another department's comment is a 404, the rest of the refused a 403.
            for name in ("fisheries_admin",):
                client.force_login(actors[name])
                assert client.get(item).status_code == 404
            access = Access(item, allowed=CITY | tourism_staff | {"fisheries_admin"},
                            ok_status=(200, 404))  # fmt: skip
        assert_access(client, actors, access)
    assert not Decision.objects.exists()


def test_backtest_shows_newly_and_no_longer_flagged(client, secretariat_user, connected_pages,
                                                    resident_comment):  # fmt: skip
    resident_comment(connected_pages[0], "お前はバカだ", author="1")
    resident_comment(connected_pages[0], "この<b>ぼんくら</b>め", author="2")
    rule = rule_create(actor=secretariat_user, slug="local-words", name="地域の語", clause="defamation",
                       kind="terms", config={"terms": ["お前"]})  # fmt: skip
    terms = ""
    client.force_login(secretariat_user)
    url = reverse("moderation:rule_update", args=[rule.slug])
    data = {
        "name": rule.name, "clause": rule.clause, "severity": rule.severity,
        "action": rule.action, "enabled": "on", "terms": terms + "\nぼんくら",
        "exceptions": "", "backtest": "1",
    }  # fmt: skip
    response = client.post(url, data)
    html = response.content.decode()
    assert response.status_code == 200, html
    assert 'data-testid="bt-new">1件<' in html
    assert 'data-testid="bt-stopped">1件<' in html
    section = html.split('id="backtest"')[1].split("</section>")[0]
    assert "&lt;b&gt;" in section and "<b>" not in section, section
    rule.refresh_from_db()
    assert "ぼんくら" not in rule.config["terms"]  # nothing saved


def test_rule_report_counts_and_precision(client, secretariat_user, connected_pages,
                                          resident_comment):  # fmt: skip
    comments = [
        resident_comment(connected_pages[0], "お前はバカだ", author=str(i)) for i in range(4)
    ]
    for comment, action in zip(comments, ["keep", "hide", "delete"], strict=False):
        decision_record(comment_id=comment.pk, actor=secretariat_user, action=action,
                        clause="defamation", reason="判断")  # fmt: skip
    assert Flag.objects.filter(rule__slug="defamation-insults-ja").count() == 4
    client.force_login(secretariat_user)
    html = client.get(reverse("moderation:rule_report")).content.decode()
    row = html.split('data-rule="defamation-insults-ja"')[1].split("</tr>")[0]
    figures = [c.split("</td>")[0] for c in row.split('<td class="num')[1:]]
    # The cell's text (the open count links to the rule's comments in the queue).
    figures = [re.sub(r"<[^>]+>", "", c.split(">", 1)[1]) for c in figures]
    assert figures == ["4", "1", "3", "1", "67%"]
