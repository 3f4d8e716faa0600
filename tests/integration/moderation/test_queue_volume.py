"""The review queue's reads at volume keep its behaviour: the flagged mark the search reads,
pages past the first (and past the end), the count, the open counts per clause after a
decision (cached), and the folded filter form's summary of the active filters."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment
from comments.services import page_sync
from moderation.services import comments_screen, decision_record
from moderation.services.learned import flag_learned_record
from moderation.views_review import PER_PAGE

pytestmark = pytest.mark.django_db


def _flood(graph_simulator, page, count: int) -> list[Comment]:
    post = graph_simulator.posts(page.facebook_page_id)[0]
    ids = [
        graph_simulator.add_comment(post.id, f"お前はバカだ {i}", from_id=str(800 + i))
        for i in range(count)
    ]
    page_sync(page_id=page.pk)
    comments = list(Comment.objects.filter(page=page, facebook_id__in=ids))
    comments_screen(comment_ids=[c.pk for c in comments])
    return comments


def _listed(html: str) -> set[int]:
    return {int(pk) for pk in re.findall(r'data-item-url="/moderation/items/(\d+)/"', html)}


def test_services_that_raise_a_flag_mark_the_comment_for_the_search(
    connected_pages, resident_comment
):
    flagged = resident_comment(connected_pages[0], "お前はバカだ", author="1")
    fair = resident_comment(connected_pages[0], "今日はいい天気ですね", author="2")
    flagged.refresh_from_db()
    fair.refresh_from_db()
    assert flagged.has_flags is True
    assert fair.has_flags is False and not fair.flags.exists()


def test_learned_flag_marks_the_comment(connected_pages, resident_comment):
    from moderation.models import Rule

    fair = resident_comment(connected_pages[0], "今日はいい天気ですね", author="2")
    rule = Rule.objects.create(
        slug="learned-test", name="learned", clause="defamation", kind=Rule.Kind.LEARNED
    )
    flag = flag_learned_record(
        comment=fair, clause="defamation", score=0.9, now=timezone.now(), rule=rule
    )
    assert flag is not None
    fair.refresh_from_db()
    assert fair.has_flags is True


def test_queue_pages_count_and_clause_counts_follow_a_decision(
    client, graph_simulator, connected_pages, default_rules, secretariat_user
):
    comments = _flood(graph_simulator, connected_pages[0], PER_PAGE + 2)
    client.force_login(secretariat_user)
    url = reverse("moderation:queue")

    first = client.get(url).content.decode()
    second = client.get(url, {"p": 2}).content.decode()
    assert 'data-count="27"' in first and 'data-count="27"' in second
    assert len(_listed(first)) == PER_PAGE and len(_listed(second)) == 2
    assert _listed(first) | _listed(second) == {c.pk for c in comments}
    # Past the end: the last page, as Django's paginator does; nonsense: the first.
    assert _listed(client.get(url, {"p": 99}).content.decode()) == _listed(second)
    assert _listed(client.get(url, {"p": "x"}).content.decode()) == _listed(first)
    assert 'data-clause-count="defamation">27<' in first

    decision_record(
        comment_id=comments[0].pk,
        actor=secretariat_user,
        action="hide",
        clause="defamation",
        reason="誹謗中傷",
    )
    again = client.get(url).content.decode()
    # The cached counts follow the decision at once; the decided comment left the open queue.
    assert 'data-clause-count="defamation">26<' in again
    assert 'data-count="26"' in again
    listed = _listed(again) | _listed(client.get(url, {"p": 2}).content.decode())
    assert comments[0].pk not in listed and len(listed) == 26
    # A search whose matches fit on the first page is counted from that page.
    searched = client.get(url, {"q": "ﾊﾞｶ", "status": "all", "page": connected_pages[0].pk})
    assert 'data-count="27"' in searched.content.decode()


def test_folded_filters_say_which_filters_are_active(
    client, connected_pages, resident_comment, secretariat_user
):
    resident_comment(connected_pages[0], "お前はバカだ")
    client.force_login(secretariat_user)
    url = reverse("moderation:queue")
    html = client.get(
        url, {"page": connected_pages[0].pk, "clause": "defamation", "q": "ばか"}
    ).content.decode()
    summary = re.search(r'<span class="filters-toggle__active">(.*?)</span></summary>', html, re.S)
    assert summary is not None
    text = re.sub(r"<[^>]+>", " ", summary.group(1))
    assert connected_pages[0].name in text and "誹謗中傷" in text and "ばか" in text
    # The form is folded unless it has errors (a wide screen opens it with review.js).
    assert re.search(r'<details class="card filters-toggle"\s+id="queue-filters"', html)
    plain = client.get(url).content.decode()
    assert "条件なし" in plain


def test_a_long_queue_counts_up_to_the_cap_and_still_pages(
    client, graph_simulator, connected_pages, default_rules, secretariat_user, monkeypatch
):
    from moderation.selectors import queue

    monkeypatch.setattr(queue, "COUNT_CAP", 10)
    comments = _flood(graph_simulator, connected_pages[0], PER_PAGE + 2)
    client.force_login(secretariat_user)
    url = reverse("moderation:queue")
    first = client.get(url).content.decode()
    assert 'data-count="10+"' in first and "10件を超えるコメント" in first
    assert "?&amp;p=2" in first and "1ページ目" in first  # a next page, no total of pages
    second = client.get(url, {"p": 2}).content.decode()
    assert _listed(first) | _listed(second) == {c.pk for c in comments}
    assert 'rel="next"' not in second
    # Past the end of a long queue: counted to the end, and its last page shown.
    assert _listed(client.get(url, {"p": 9}).content.decode()) == _listed(second)
    # "All matching" carries no expected count: the confirmation counts what it acts on.
    assert re.search(r'name="expected"[^>]*value="\d', first) is None
