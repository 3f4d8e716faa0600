"""The permission matrix for every publishing view: anonymous, people without a role, each
city-wide role, the page's approver, its operators (the author and another), and an
operator and an admin of another department (404: the post does not exist for them)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.roles import Role
from publishing.models import Post
from publishing.services import (
    ImageChanges,
    ImageUpload,
    PostData,
    correction_request,
    post_publish,
    post_transition,
    post_update,
)
from publishing.transitions import Action

pytestmark = pytest.mark.django_db

ACTORS = (
    "anonymous",
    "no_role",
    "ict",
    "secretariat",
    "auditor",
    "approver",
    "author",
    "other_operator",
    "fisheries_operator",
    "fisheries_admin",
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def people(publishing_world, make_user, fisheries):
    world = publishing_world
    return {
        "anonymous": None,
        "no_role": make_user(username="nobody"),
        "ict": world.ict,
        "secretariat": make_user(Role.SECRETARIAT, username="sec"),
        "auditor": make_user(Role.AUDITOR, username="aud"),
        "approver": world.approver,
        "author": world.operator,
        "other_operator": world.second_operator,
        "fisheries_operator": make_user(Role.DEPARTMENT_OPERATOR, fisheries, username="suisan-op"),
        "fisheries_admin": make_user(Role.DEPARTMENT_ADMIN, fisheries, username="suisan-adm"),
    }


@pytest.fixture
def posts(publishing_world):
    world = publishing_world
    draft = world.write("下書きです。")
    draft = post_update(
        actor=world.operator,
        post_id=draft.pk,
        data=PostData(text=draft.text, link="", target_at=draft.target_at),
        images=ImageChanges(add=[ImageUpload("a.png", PNG, "港の風景の写真")]),
    )
    pending = world.write("承認待ちです。")
    post_transition(post_id=pending.pk, action=Action.SUBMIT, actor=world.operator)
    published = world.approved("公開済みです。", seconds=-1)
    post_publish(post_id=published.pk)
    correction = correction_request(
        actor=world.operator, post_id=published.pk, kind="edit", new_text="訂正", reason="誤字"
    )
    return {
        "draft": draft,
        "pending": pending,
        "published": published,
        "image": draft.images.get(),
        "correction": correction,
    }


EVERYONE = {a: 200 for a in ACTORS if a not in ("anonymous", "no_role")}
DEPARTMENT_ONLY_404 = {"fisheries_operator": 404, "fisheries_admin": 404, "no_role": 404}


def _expect(*layers: dict, **overrides) -> dict:
    """Later layers win: `_expect(EVERYONE, DEPARTMENT_ONLY_404, author=200)`."""
    merged: dict = {}
    for layer in layers:
        merged.update(layer)
    return {**merged, **overrides, "anonymous": "login"}


CASES = {
    "list": ("get", lambda w, p: reverse("publishing:list"), _expect(EVERYONE, no_role=403)),
    "calendar": (
        "get",
        lambda w, p: reverse("publishing:calendar"),
        _expect(EVERYONE, no_role=403),
    ),
    "calendar_page": (
        "get",
        lambda w, p: reverse("publishing:calendar") + f"?page={w.page.pk}&view=month",
        _expect(EVERYONE, DEPARTMENT_ONLY_404, no_role=403),
    ),
    "create": (
        "get",
        lambda w, p: reverse("publishing:create", args=[w.page.pk]),
        _expect(
            DEPARTMENT_ONLY_404,
            author=200,
            other_operator=200,
            approver=403,
            ict=403,
            secretariat=403,
            auditor=403,
        ),
    ),
    "detail": (
        "get",
        lambda w, p: reverse("publishing:detail", args=[p["draft"].pk]),
        _expect(EVERYONE, DEPARTMENT_ONLY_404),
    ),
    "edit": (
        "get",
        lambda w, p: reverse("publishing:edit", args=[p["draft"].pk]),
        _expect(
            DEPARTMENT_ONLY_404,
            author=200,
            other_operator=200,
            approver=403,
            ict=403,
            secretariat=403,
            auditor=403,
        ),
    ),
    "acknowledge": (
        "post",
        lambda w, p: reverse("publishing:acknowledge", args=[p["draft"].pk]),
        _expect(
            DEPARTMENT_ONLY_404,
            author=302,
            other_operator=302,
            approver=403,
            ict=403,
            secretariat=403,
            auditor=403,
        ),
    ),
    "approve": (
        "get",
        lambda w, p: reverse("publishing:action", args=[p["pending"].pk, "approve"]),
        _expect(
            DEPARTMENT_ONLY_404,
            approver=200,
            author=403,
            other_operator=403,
            ict=403,
            secretariat=403,
            auditor=403,
        ),
    ),
    "submit": (
        "get",
        lambda w, p: reverse("publishing:action", args=[p["draft"].pk, "submit"]),
        _expect(
            DEPARTMENT_ONLY_404,
            author=200,
            other_operator=200,
            approver=403,
            ict=403,
            secretariat=403,
            auditor=403,
        ),
    ),
    "unknown_action": (
        "get",
        lambda w, p: reverse("publishing:action", args=[p["draft"].pk, "publish-now"]),
        _expect(dict.fromkeys(ACTORS, 404)),
    ),
    "image": (
        "get",
        lambda w, p: reverse("publishing:image", args=[p["image"].pk]),
        _expect(EVERYONE, DEPARTMENT_ONLY_404),
    ),
    "correct": (
        "get",
        lambda w, p: reverse("publishing:correct", args=[p["published"].pk]),
        _expect(
            DEPARTMENT_ONLY_404,
            author=200,
            other_operator=200,
            approver=200,
            ict=403,
            secretariat=403,
            auditor=403,
        ),
    ),
    "correction_decide": (
        "post",
        lambda w, p: reverse("publishing:correction_decide", args=[p["correction"].pk]),
        _expect(
            DEPARTMENT_ONLY_404,
            approver=302,
            author=403,
            other_operator=403,
            ict=403,
            secretariat=403,
            auditor=403,
        ),
    ),
    "disaster": (
        "post",
        lambda w, p: reverse("publishing:disaster"),
        _expect(dict.fromkeys(ACTORS, 403), ict=302),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_permission_matrix(client, publishing_world, people, posts, case):
    method, url_of, expected = CASES[case]
    url = url_of(publishing_world, posts)
    assert set(expected) == set(ACTORS), f"{case} must declare every actor"
    for name in ACTORS:
        client.logout()
        if people[name] is not None:
            client.force_login(people[name])
        data = {"decision": "reject", "comment": "x"} if method == "post" else None
        response = getattr(client, method)(url, data)
        want = expected[name]
        if want == "login":
            assert response.status_code == 302 and "/accounts/login/" in response["Location"], (
                f"{case}: anonymous got {response.status_code}"
            )
        else:
            assert response.status_code == want, (
                f"{case}: {name} got {response.status_code}, want {want}"
            )


def test_bad_input_is_a_clear_message_not_a_500(client, publishing_world):
    world = publishing_world
    client.force_login(world.operator)
    url = reverse("publishing:create", args=[world.page.pk])
    response = client.post(url, {"text": "", "link": "not a url", "target_at": "tomorrow"})
    assert response.status_code == 400
    response = client.post(
        url,
        {
            "text": "過去の日時",
            "target_at": (timezone.localtime() - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
        },
    )
    assert response.status_code == 400
    assert not Post.objects.exists()
    response = client.post(
        url,
        {
            "text": "画像付き",
            "target_at": (timezone.localtime() + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
            "image_1": __import__("io").BytesIO(b"not an image"),
        },
    )
    assert response.status_code == 400  # no alternative text
    assert not Post.objects.exists()


def test_list_queries_stay_bounded(client, publishing_world, django_assert_max_num_queries):
    world = publishing_world
    for n in range(5):
        world.write(f"お知らせ {n}")
    client.force_login(world.ict)
    with django_assert_max_num_queries(40):
        assert client.get(reverse("publishing:list")).status_code == 200
    with django_assert_max_num_queries(40):
        assert client.get(reverse("publishing:calendar") + "?view=month").status_code == 200


def test_page_without_publishing_permission_says_so_and_cannot_schedule(
    client, graph_simulator, fisheries, fisheries_admin, make_user, default_rules
):
    from publishing.services import post_create
    from tests.fixtures_publishing import connect_publishing_page

    ict = make_user(Role.ICT_OFFICE, username="ict-y")
    operator = make_user(Role.DEPARTMENT_OPERATOR, fisheries, username="suisan-writer")
    page = connect_publishing_page(
        sim=graph_simulator,
        index=1,
        department=fisheries,
        admin=fisheries_admin,
        ict=ict,
        scopes=["pages_show_list", "pages_read_engagement", "pages_manage_engagement"],
    )
    client.force_login(operator)
    listing = client.get(reverse("publishing:list")).content.decode()
    assert "pages_manage_posts" in listing
    form = client.get(reverse("publishing:create", args=[page.pk])).content.decode()
    assert "pages_manage_posts" in form
    post = post_create(
        actor=operator,
        page_id=page.pk,
        data=PostData(text="お知らせ", link="", target_at=timezone.now() + timedelta(hours=2)),
    )
    response = client.post(reverse("publishing:action", args=[post.pk, "submit"]), {"comment": ""})
    assert response.status_code == 400
    assert "pages_manage_posts" in response.content.decode()
    post.refresh_from_db()
    assert post.status == "draft"


def test_operator_writes_acknowledges_and_submits_over_http(client, publishing_world):
    world = publishing_world
    client.force_login(world.operator)
    target = (timezone.localtime() + timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M")
    response = client.post(
        reverse("publishing:create", args=[world.page.pk]),
        {"text": "連絡先は 090-1234-5678 です。\r\nよろしく。", "link": "", "target_at": target},
    )
    assert response.status_code == 302
    post = Post.objects.get()
    assert post.text == "連絡先は 090-1234-5678 です。\nよろしく。"
    page = client.get(reverse("publishing:detail", args=[post.pk])).content.decode()
    assert "<mark" in page and "090-1234-5678" in page
    response = client.post(reverse("publishing:action", args=[post.pk, "submit"]), {"comment": ""})
    assert response.status_code == 400
    for finding in post.findings:
        if finding["ack"]:
            client.post(reverse("publishing:acknowledge", args=[post.pk]), {"key": finding["key"]})
    response = client.post(reverse("publishing:action", args=[post.pk, "submit"]), {"comment": ""})
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.status == "pending"
    client.force_login(world.approver)
    response = client.post(reverse("publishing:action", args=[post.pk, "return"]), {"comment": ""})
    assert response.status_code == 400  # a reason is required
    response = client.post(
        reverse("publishing:action", args=[post.pk, "approve"]), {"comment": "確認しました"}
    )
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.status == "scheduled" and post.approved_by == world.approver


@pytest.mark.parametrize(
    "query",
    [
        "?status=<script>&view=month&start=2026-99-99",
        "?view=week&start=not-a-date&page=abc",
        "?page=999999",
        "?start=0001-01-01&view=month",
    ],
)
def test_list_and_calendar_survive_garbage_parameters(client, publishing_world, query):
    client.force_login(publishing_world.ict)
    assert client.get(reverse("publishing:list") + query).status_code == 200
    assert client.get(reverse("publishing:calendar") + query).status_code in (200, 404)


def test_department_admin_is_told_when_a_page_cannot_publish(
    client, graph_simulator, fisheries, fisheries_admin, make_user, default_rules
):
    from tests.fixtures_publishing import connect_publishing_page

    ict = make_user(Role.ICT_OFFICE, username="ict-z")
    connect_publishing_page(
        sim=graph_simulator,
        index=1,
        department=fisheries,
        admin=fisheries_admin,
        ict=ict,
        scopes=["pages_show_list", "pages_read_engagement"],
    )
    client.force_login(fisheries_admin)
    home = client.get(reverse("home")).content.decode()
    assert "投稿を公開できないページ" in home and "pages_manage_posts" in home
