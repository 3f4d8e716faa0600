"""The people and the objects of the permission matrix and the fuzz test: every role, a
department admin and operator of another department, and one object of each kind, all
belonging to the tourism department."""

from __future__ import annotations

import pytest

from accounts.models import RoleAssignment
from accounts.roles import Role

# Signed-in actors first (the order the matrix table lists them in).
MATRIX_ACTORS = (
    "anonymous",
    "no_role",
    "ict",
    "secretariat",
    "auditor",
    "tourism_admin",
    "tourism_operator",
    "fisheries_admin",
    "fisheries_operator",
)


@pytest.fixture
def matrix_actors(make_user, tourism, fisheries) -> dict:
    return {
        "anonymous": None,
        "no_role": make_user(username="no-role"),
        "ict": make_user(Role.ICT_OFFICE, username="ict"),
        "secretariat": make_user(Role.SECRETARIAT, username="secretariat"),
        "auditor": make_user(Role.AUDITOR, username="auditor"),
        "tourism_admin": make_user(Role.DEPARTMENT_ADMIN, tourism, username="tourism-admin"),
        "tourism_operator": make_user(
            Role.DEPARTMENT_OPERATOR, tourism, username="tourism-operator"
        ),
        "fisheries_admin": make_user(Role.DEPARTMENT_ADMIN, fisheries, username="fisheries-admin"),
        "fisheries_operator": make_user(
            Role.DEPARTMENT_OPERATOR, fisheries, username="fisheries-operator"
        ),
    }


@pytest.fixture
def matrix_objects(matrix_actors, graph_simulator, connect_sim_page, resident_comment) -> dict:
    """URL arguments by name: one object of each kind, of the tourism department."""
    from guidelines.models import ActivityPolicy, OperatingPolicy
    from guidelines.services import training_session_save
    from incidents.services import incident_open
    from moderation.models import ModerationAction, Rule
    from moderation.services import decision_record

    page = connect_sim_page(graph_simulator, 0)  # the tourism department's page
    assert page.department.code == "kanko"
    flagged = resident_comment(page, "お前はバカだ")
    decided = resident_comment(page, "バカばかり", author="9002")
    decision_record(comment_id=decided.pk, actor=matrix_actors["secretariat"], action="hide",
                    clause="defamation", reason="侮辱")  # fmt: skip
    action = ModerationAction.objects.get(comment=decided)
    incident = incident_open(
        actor=matrix_actors["tourism_admin"], kind="flaming", title="炎上", page=page
    )
    session = training_session_save(actor=matrix_actors["ict"], title="講座", held_on="2016-11-01")
    policy = ActivityPolicy.objects.filter(page=page).order_by("version").first()
    operating = OperatingPolicy.objects.order_by("-version").first()
    assignment = RoleAssignment.objects.get(user=matrix_actors["tourism_operator"])
    rule = Rule.objects.order_by("slug").first()
    more = _newer_objects(matrix_actors, page, graph_simulator)
    return {
        "page": page,
        "kwargs": {
            "page_id": page.pk,
            "comment_id": flagged.pk,
            "action_id": action.pk,
            "incident_id": incident.pk,
            "session_id": session.pk,
            "version": policy.version,
            "assignment_id": assignment.pk,
            "slug": rule.slug,
            "kind": "terms",
            "fmt": "csv",
            "action": "submit",
            # The Django admin's own arguments: any object will do (nobody here is staff).
            "object_id": "1",
            "content_type_id": "1",
            "id": "1",
            "pk": 1,
            "app_label": "pages",
            "url": "nothing",
            "person_id": matrix_actors["tourism_operator"].pk,
            "department_id": page.department_id,
            "request_id": more["operator_request"].pk,
            "uidb64": more["uidb64"],
            "token": more["token"],
            "template_id": more["template"].pk,
            "post_id": more["draft"].pk,
            "image_id": more["image"].pk,
            "correction_id": more["correction"].pk,
            "hold_id": more["hold"].pk,
            "run_id": more["run"].pk,
        },
        # Where one argument name means different things on different URLs.
        "kwargs_by_url": {
            "guidelines:operating_policy_edit": {"version": operating.version if operating else 1},
            "guidelines:policy_public_version": {"version": operating.version if operating else 1},
            "insights:city_csv": {"slug": "review-backlog"},
            "insights:page_csv": {"slug": "flag-rate"},
            "incidents:action": {"action": "confirm"},
            "guidelines:policy_action": {"action": "submit"},
            "operator_request_decide": {"action": "approve"},
            "publishing:correct": {"post_id": more["published"].pk},
            "records:disclosure_detail": {"request_id": more["disclosure"].pk},
            "records:disclosure_release": {"request_id": more["disclosure"].pk},
            "records:disclosure_download": {"request_id": more["disclosure"].pk},
            "scoring:model_detail": {"version": more["scorer"].version},
            "scoring:model_threshold": {"version": more["scorer"].version},
            "scoring:model_transition": {"version": more["scorer"].version, "action": "accept"},
        },
    }


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
LABELS = [
    ("市長は無能、辞めろ", "defamation"),
    ("職員をぶっ殺す", "threat"),
    ("いつもありがとうございます", None),
    ("駐車場はありますか", None),
]


def _newer_objects(actors: dict, page, sim) -> dict:
    """The objects of the people, publishing, records and scoring screens, of the tourism
    department where they belong to one, made through the services."""
    import datetime as dt
    import json
    from datetime import timedelta

    from django.contrib.auth.tokens import default_token_generator
    from django.utils import timezone
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    from accounts.services_people import operator_change_request
    from ishinomaki_sns.graph.simulator.state import PAGE_SCOPES
    from moderation.services.reason_templates import reason_template_save
    from pages.services import VerifiedConnection, page_connection_store
    from publishing.models import Post
    from publishing.services import (
        ImageUpload,
        PostData,
        correction_request,
        post_approve,
        post_create,
        post_publish,
        post_transition,
    )
    from publishing.transitions import Action
    from records.services import disclosure_request_create, legal_hold_place, retention_run
    from scoring.services import scorer_train, training_examples_import

    operator = actors["tourism_operator"]
    change = operator_change_request(actor=actors["tourism_admin"], department=page.department,
                                     person=actors["no_role"], kind="add", reason="増員")  # fmt: skip
    template = reason_template_save(actor=actors["secretariat"], clause="defamation",
                                    title="侮辱", text="個人への侮辱に当たるため")  # fmt: skip

    # Posts need the publishing permission: the page is reconnected granting it.
    sim_page = sim.page(0)
    posting = page_connection_store(
        page_id=page.pk,
        actor=page.responsible_person,
        verified=VerifiedConnection(
            facebook_page_id=sim_page.id, facebook_url=f"https://www.facebook.com/{sim_page.id}",
            username="", name=sim_page.name, access_token=sim_page.token, scopes=tuple(PAGE_SCOPES),
        ),
    )  # fmt: skip

    def write(text, minutes=60, images=()):
        data = PostData(text=text, link="", target_at=timezone.now() + timedelta(minutes=minutes))
        return post_create(actor=operator, page_id=posting.pk, data=data, images=images)

    draft = write("下書きです。", images=[ImageUpload("a.png", PNG, "港の風景の写真")])
    published = write("公開済みです。")
    post_transition(post_id=published.pk, action=Action.SUBMIT, actor=operator)
    post_approve(post_id=published.pk, actor=page.responsible_person)
    # Due now (as fixtures_publishing does: the services refuse a target in the past).
    Post.objects.filter(pk=published.pk).update(target_at=timezone.now() - timedelta(seconds=1))
    post_publish(post_id=published.pk)
    correction = correction_request(actor=operator, post_id=published.pk, kind="edit",
                                    new_text="訂正", reason="誤字")  # fmt: skip
    today = timezone.localdate()
    disclosure = disclosure_request_create(
        actor=actors["secretariat"], reference="石情第1号", page_ids=[page.pk],
        date_from=today - dt.timedelta(days=30), date_to=today, contents=["comments"],
    )  # fmt: skip
    hold = legal_hold_place(actor=actors["ict"], page_id=page.pk, starts_on=None, ends_on=None,
                            reason="保全")  # fmt: skip
    run = retention_run(actor=actors["ict"], dry_run=True)
    lines = [
        json.dumps(
            {"message": f"{text}{i}", "harmful": clause is not None, "clause": clause},
            ensure_ascii=False,
        )  # fmt: skip
        for i in range(8)
        for text, clause in LABELS
    ]
    training_examples_import(lines=lines, source_name="matrix")
    scorer = scorer_train(actor=None, trigger="command")
    user = actors["tourism_operator"]
    return {
        "operator_request": change,
        "template": template,
        "draft": draft,
        "image": draft.images.get(),
        "published": published,
        "correction": correction,
        "disclosure": disclosure,
        "hold": hold,
        "run": run,
        "scorer": scorer,
        "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
        "token": default_token_generator.make_token(user),
    }


def url_kwargs(objects: dict, route) -> dict:
    merged = {**objects["kwargs"], **objects["kwargs_by_url"].get(route.key, {})}
    return {name: merged[name] for name in route.params}
