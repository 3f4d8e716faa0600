"""People and roles screens: the permission matrix for every new view, and what each does."""

import pytest
from django.urls import reverse

from accounts import services_people
from accounts.models import AccessAuditEntry, OperatorChangeRequest, RoleAssignment, User
from accounts.roles import Role
from tests.access import ACTORS, Access, actors, assert_access  # noqa: F401 - actors is a fixture

pytestmark = pytest.mark.django_db

ICT = frozenset({"ict"})
READERS = frozenset({"ict", "auditor"})
DEPARTMENT_NEEDED = "課の役割には担当課の指定が必要です"


def _subject(ctx) -> User:
    return ctx["actors"]["tourism_operator"]


def _assignment(ctx) -> RoleAssignment:
    return RoleAssignment.objects.get(user=_subject(ctx), revoked_at__isnull=True)


@pytest.fixture
def pending_request(actors, make_user, tourism):  # noqa: F811
    return services_people.operator_change_request(
        actor=actors["tourism_admin"],
        department=tourism,
        person=make_user(username="newcomer"),
        kind="add",
        reason="4月から",
    )


LIST_VIEWS = [
    Access("/accounts/people/", allowed=READERS),
    Access("/accounts/people/new/", allowed=ICT),
    Access(
        "/accounts/operator-requests/",
        allowed=frozenset({"ict", "auditor", "tourism_admin", "fisheries_admin"}),
    ),
]


@pytest.mark.parametrize("access", LIST_VIEWS, ids=lambda a: a.url)
def test_people_list_views_permission_matrix(client, actors, access):  # noqa: F811
    assert_access(client, actors, access)


PERSON_VIEWS = [
    # (url, allowed, status for those who see people but may not act)
    (lambda c: reverse("person_detail", args=[_subject(c).pk]), READERS),
    (lambda c: reverse("person_grant", args=[_subject(c).pk]), ICT),
    (lambda c: reverse("person_move", args=[_subject(c).pk]), ICT),
    (lambda c: reverse("person_deactivate", args=[_subject(c).pk]), ICT),
    (lambda c: reverse("person_invite", args=[_subject(c).pk]), ICT),
    (lambda c: reverse("assignment_end", args=[_subject(c).pk, _assignment(c).pk]), ICT),
]


@pytest.mark.parametrize("url, allowed", PERSON_VIEWS, ids=range(len(PERSON_VIEWS)))
def test_person_views_permission_matrix(client, actors, url, allowed):  # noqa: F811
    """Someone who may not see people gets 404 (the person's existence does not leak); the
    auditor, who may see but not act, gets 403."""
    context = {"actors": actors}
    target = url(context)
    for name in ACTORS:
        client.logout()
        if actors[name] is not None:
            client.force_login(actors[name])
        status = client.get(target).status_code
        if name in allowed:
            assert status == 200, (name, target, status)
        elif name == "anonymous":
            assert status == 302, (name, target, status)
        elif name == "auditor":
            assert status == 403, (name, target, status)
        else:
            assert status == 404, (name, target, status)


def test_operator_request_create_permission_matrix(client, actors, tourism):  # noqa: F811
    assert_access(
        client,
        actors,
        Access(
            reverse("operator_request_create", args=[tourism.pk]),
            allowed=frozenset({"tourism_admin"}),
            denied_status=404,
        ),
    )


@pytest.mark.parametrize("action", ["approve", "decline"])
def test_operator_request_decide_permission_matrix(client, actors, pending_request, action):  # noqa: F811
    url = reverse("operator_request_decide", args=[pending_request.pk, action])
    for name in ACTORS:
        client.logout()
        if actors[name] is not None:
            client.force_login(actors[name])
        status = client.get(url).status_code
        expected = {
            "anonymous": 302,
            "ict": 200,
            "auditor": 403,  # sees the request, may not decide
            "tourism_admin": 403,  # their own department's request
        }.get(name, 404)
        assert status == expected, (name, status)


def test_withdraw_is_for_the_requesting_department(client, actors, pending_request):  # noqa: F811
    url = reverse("operator_request_decide", args=[pending_request.pk, "withdraw"])
    client.force_login(actors["fisheries_admin"])
    assert client.post(url).status_code == 404
    client.force_login(actors["ict"])
    assert client.post(url).status_code == 403
    client.force_login(actors["tourism_admin"])
    assert client.post(url).status_code == 302
    pending_request.refresh_from_db()
    assert pending_request.status == "withdrawn"


def test_unknown_people_and_actions_are_404(client, actors, pending_request):  # noqa: F811
    client.force_login(actors["ict"])
    assert client.get(reverse("person_detail", args=[999999])).status_code == 404
    assert client.get(reverse("person_grant", args=[999999])).status_code == 404
    assert (
        client.get(f"/accounts/operator-requests/{pending_request.pk}/explode/").status_code == 404
    )


def test_ict_office_creates_a_person_through_the_form(
    client, ict_user, tourism, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(ict_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("person_create"),
            {
                "display_name": "観光課 山田",
                "email": "yamada@example.jp",
                "department": tourism.pk,
                "role": Role.DEPARTMENT_OPERATOR,
                "end_date": "",
                "reason": "新規配属",
            },
        )
    person = User.objects.get(email="yamada@example.jp")
    assert response.status_code == 302 and response["Location"] == reverse(
        "person_detail", args=[person.pk]
    )
    assert RoleAssignment.objects.filter(user=person, department=tourism).exists()
    assert len(mailoutbox) == 1
    page = client.get(response["Location"]).content.decode()
    assert "担当課運用者" in page and "アカウント作成" in page and "新規配属" in page


@pytest.mark.parametrize(
    "data, message",
    [
        ({}, "氏名を入力してください"),
        ({"display_name": "x", "email": "not-an-email", "department": "1"}, "正しいメールアドレス"),
        ({"display_name": "x", "email": "a@example.jp", "department": "abc"}, "一覧から課を選んで"),
        (
            {
                "display_name": "x",
                "email": "a@example.jp",
                "department": "",
                "end_date": "2020-01-01",
            },
            "今日以降",
        ),
        ({"display_name": "x", "email": "a@example.jp", "end_date": "31/03/2027"}, "2027-03-31"),
    ],
)
def test_bad_input_on_create_gives_a_japanese_message(client, ict_user, tourism, data, message):
    client.force_login(ict_user)
    response = client.post(reverse("person_create"), data)
    assert response.status_code == 200
    assert message in response.content.decode()


def test_taken_email_is_a_form_error_not_a_500(client, ict_user, tourism, tourism_operator):
    client.force_login(ict_user)
    response = client.post(
        reverse("person_create"),
        {"display_name": "x", "email": tourism_operator.email, "department": tourism.pk},
    )
    assert response.status_code == 200
    assert "このメールアドレスのアカウントはすでにあります" in response.content.decode()


def test_grant_with_end_date_and_city_wide_role_checks(client, ict_user, make_user, tourism):
    person = make_user()
    client.force_login(ict_user)
    url = reverse("person_grant", args=[person.pk])
    response = client.post(url, {"role": Role.DEPARTMENT_OPERATOR, "reason": "r"})
    assert response.status_code == 200
    assert DEPARTMENT_NEEDED in response.content.decode()
    assert not RoleAssignment.objects.filter(user=person).exists()
    response = client.post(
        url,
        {
            "role": Role.DEPARTMENT_OPERATOR,
            "department": tourism.pk,
            "end_date": "2099-03-31",
            "reason": "期間限定",
        },
    )
    assert response.status_code == 302
    assignment = RoleAssignment.objects.get(user=person)
    assert str(assignment.end_date) == "2099-03-31"
    page = client.get(reverse("person_detail", args=[person.pk])).content.decode()
    assert "2099-03-31まで" in page


def test_deactivate_needs_a_reason_then_ends_everything(client, ict_user, tourism_operator):
    client.force_login(ict_user)
    url = reverse("person_deactivate", args=[tourism_operator.pk])
    page = client.get(url).content.decode()
    assert "元に戻せません" in page  # the confirmation says what will happen
    response = client.post(url, {"reason": ""})
    assert response.status_code == 200 and "理由を入力してください" in response.content.decode()
    assert User.objects.get(pk=tourism_operator.pk).is_active
    response = client.post(url, {"reason": "退職"})
    assert response.status_code == 302
    assert not User.objects.get(pk=tourism_operator.pk).is_active


def test_move_through_the_form(client, ict_user, tourism_admin, tourism, fisheries):
    client.force_login(ict_user)
    response = client.post(
        reverse("person_move", args=[tourism_admin.pk]),
        {"to_department": fisheries.pk, "roles": [Role.DEPARTMENT_ADMIN], "reason": "人事異動"},
    )
    assert response.status_code == 302
    live = RoleAssignment.objects.filter(user=tourism_admin, revoked_at__isnull=True)
    assert [(a.role, a.department) for a in live] == [(Role.DEPARTMENT_ADMIN, fisheries)]
    assert AccessAuditEntry.objects.filter(person=tourism_admin, event="person_moved").count() == 1


def test_revoke_from_person_page_keeps_the_reason(client, ict_user, tourism_operator):
    assignment = RoleAssignment.objects.get(user=tourism_operator)
    client.force_login(ict_user)
    url = reverse("assignment_end", args=[tourism_operator.pk, assignment.pk])
    assert "元に戻せません" in client.get(url).content.decode()
    assert client.post(url, {"reason": "異動"}).status_code == 302
    entry = AccessAuditEntry.objects.get(person=tourism_operator, event="role_revoked")
    assert entry.reason == "異動" and entry.actor == ict_user
    # An ended assignment is no longer offered: 404.
    assert client.get(url).status_code == 404


def test_department_admin_requests_and_ict_approves_through_the_screens(
    client, ict_user, tourism_admin, make_user, tourism
):
    newcomer = make_user(username="newcomer")
    client.force_login(tourism_admin)
    response = client.post(
        reverse("operator_request_create", args=[tourism.pk]),
        {"kind": "add", "person": newcomer.pk, "reason": "4月から担当"},
    )
    assert response.status_code == 302
    change = OperatorChangeRequest.objects.get(person=newcomer)
    # A second request for the same person is refused with a message.
    response = client.post(
        reverse("operator_request_create", args=[tourism.pk]),
        {"kind": "add", "person": newcomer.pk, "reason": "again"},
    )
    assert "すでに判断待ち" in response.content.decode()
    client.force_login(ict_user)
    listing = client.get(reverse("operator_requests")).content.decode()
    assert "newcomer" in listing and "ICT総合推進室の判断待ち" in listing
    response = client.post(reverse("operator_request_decide", args=[change.pk, "approve"]))
    assert response.status_code == 302
    change.refresh_from_db()
    assert change.status == "approved"
    assert RoleAssignment.objects.filter(
        user=newcomer, role=Role.DEPARTMENT_OPERATOR, department=tourism, revoked_at__isnull=True
    ).exists()
    # Deciding again: a message, not an error page.
    response = client.post(reverse("operator_request_decide", args=[change.pk, "decline"]))
    assert response.status_code == 302


def test_people_list_filters_by_department_and_role(
    client, ict_user, tourism_admin, tourism_operator, fisheries_admin, tourism
):
    client.force_login(ict_user)
    html = client.get(reverse("people"), {"department": tourism.pk}).content.decode()
    assert "tourism-admin" in html and "tourism-operator" in html
    assert "fisheries-admin" not in html
    html = client.get(reverse("people"), {"role": Role.DEPARTMENT_OPERATOR}).content.decode()
    assert "tourism-operator" in html and "tourism-admin" not in html
    html = client.get(reverse("people"), {"q": "fisheries"}).content.decode()
    assert "fisheries-admin" in html and "tourism-admin" not in html
    # Nonsense filters are ignored, never a 500.
    assert client.get(reverse("people"), {"department": "x", "role": "y"}).status_code == 200


def test_people_list_query_budget(
    client, ict_user, make_user, tourism, django_assert_max_num_queries
):
    for n in range(15):
        make_user(Role.DEPARTMENT_OPERATOR, tourism, username=f"op-{n}")
    client.force_login(ict_user)
    with django_assert_max_num_queries(20):
        assert client.get(reverse("people")).status_code == 200


def test_nav_offers_people_to_the_ict_office(client, ict_user, tourism_admin):
    client.force_login(ict_user)
    assert reverse("people") in client.get("/").content.decode()
    client.force_login(tourism_admin)
    html = client.get("/").content.decode()
    assert reverse("people") not in html and reverse("operator_requests") in html


GARBAGE = ["", "abc", "-1", "99999999999999999999", "\x00", "<script>", "2026-13-45", "ｘ" * 3000]


def test_people_forms_survive_garbage(client, actors, pending_request, tourism):  # noqa: F811
    person = actors["tourism_operator"]
    assignment = RoleAssignment.objects.get(user=person, revoked_at__isnull=True)
    forms = {
        "ict": [
            reverse("person_create"),
            reverse("person_grant", args=[person.pk]),
            reverse("person_move", args=[person.pk]),
            reverse("person_deactivate", args=[person.pk]),
            reverse("assignment_end", args=[person.pk, assignment.pk]),
            reverse("operator_request_decide", args=[pending_request.pk, "decline"]),
        ],
        "tourism_admin": [reverse("operator_request_create", args=[tourism.pk])],
    }
    fields = ["display_name", "email", "department", "role", "end_date", "reason", "roles",
              "to_department", "kind", "person"]  # fmt: skip
    for actor, urls in forms.items():
        client.force_login(actors[actor])
        for url in urls:
            for value in GARBAGE:
                response = client.post(url, dict.fromkeys(fields, value))
                # A form with errors (200) or, where the text happens to be a valid reason,
                # the action done (302); never a 500.
                # (An ended role is then no longer offered: 404.)
                allowed = (200, 302, 404) if "/end/" in url else (200, 302)
                assert response.status_code in allowed, (url, repr(value)[:20])
    client.force_login(actors["ict"])
    for value in GARBAGE:
        for param in ("q", "department", "role"):
            assert client.get(reverse("people"), {param: value}).status_code == 200


def test_granting_a_held_role_says_so(client, ict_user, tourism_operator, tourism):
    client.force_login(ict_user)
    response = client.post(
        reverse("person_grant", args=[tourism_operator.pk]),
        {"role": Role.DEPARTMENT_OPERATOR, "department": tourism.pk, "reason": "r"},
    )
    assert response.status_code == 200
    assert "すでにこの役割を持っています" in response.content.decode()


def test_person_history_shows_the_move(client, ict_user, tourism_admin, fisheries):
    services_people.person_move(
        actor=ict_user, user=tourism_admin, to_department=fisheries, roles=[], reason="人事異動"
    )
    client.force_login(ict_user)
    html = client.get(reverse("person_detail", args=[tourism_admin.pk])).content.decode()
    assert "課の異動" in html and "水産課" in html and "人事異動" in html


def test_an_ended_ict_role_loses_the_people_screens_at_once(client, ict_user, make_user):
    from datetime import timedelta

    import time_machine
    from django.utils import timezone

    from accounts.services import role_grant

    colleague = make_user(username="ict-temp")
    ends = timezone.now() + timedelta(hours=1)  # within the session's 8 hours
    role_grant(actor=ict_user, user=colleague, role=Role.ICT_OFFICE, ends_at=ends, reason="応援")
    client.force_login(colleague)
    assert client.get(reverse("people")).status_code == 200
    with time_machine.travel(ends + timedelta(seconds=1)):
        # Same session, no beat task has run: the next request is already refused.
        assert client.get(reverse("people")).status_code == 403
        assert client.get(reverse("person_detail", args=[ict_user.pk])).status_code == 404
    assert AccessAuditEntry.objects.filter(person=colleague, event="role_expired").exists()
