"""Demo pages, policies and training for `seed_demo` (idempotent), built through the services.

Connections use the Graph API simulator's page ids and page tokens when the simulator
module is installed (so that the demo worker can read them); otherwise clearly fake values.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from accounts.models import Department, User
from accounts.roles import Role
from accounts.services import role_grant
from guidelines.models import OperatingPolicy, OperatingPolicyClause, TrainingSession
from guidelines.review_dates import review_date_latest
from guidelines.seed import operating_policy_seed
from guidelines.services import training_attendance_set, training_session_save
from ishinomaki_sns.graph.simulator.state import PAGE_SCOPES

from .models import OfficialPage
from .services import (
    ApplicationData,
    VerifiedConnection,
    page_application_create,
    page_complete_withdrawal,
    page_connection_store,
    page_decide_application,
    page_decide_withdrawal,
    page_open_review,
    page_submit,
    page_transition,
)
from .transitions import Action

# username, display name, department code
EXTRA_PEOPLE = [
    ("koho-admin", "秘書広報課 中村", "hisho-koho"),
    ("suisan-admin", "水産課 小林", "suisan"),
    ("kiki-admin", "危機対策課 加藤", "kiki-taisaku"),
]

# department code, page name, purpose, target, themes, final state
DEMO_PAGES = [
    (
        "hisho-koho",
        "石巻市",
        "市政情報、イベント、防災情報を広く市民に届ける。",
        "市民、石巻市に関心のある方",
        "市政の話題、イベント、災害・防災情報",
        "active",
    ),
    (
        "chiiki-shinko",
        "石巻市地域振興課",
        "地域の魅力とふるさと納税の情報を発信する。",
        "市外在住の方、ふるさと納税に関心のある方",
        "地域の催し、特産品、ふるさと納税の返礼品",
        "active",
    ),
    (
        "suisan",
        "石巻市水産課",
        "石巻の水産業と魚食の魅力を伝える。",
        "全国の消費者、水産関係者",
        "水揚げ情報、旬の魚、料理",
        "review",
    ),
    (
        "kiki-taisaku",
        "石巻市防災（旧）",
        "防災訓練の告知（2017年度で終了）。",
        "市民",
        "防災訓練の告知",
        "withdrawn",
    ),
    (
        "kanko",
        "石巻市観光課",
        "石巻の観光情報を国内外に発信し、来訪者を増やす。",
        "県外の観光客、若い世代",
        "観光地、イベント、季節の話題",
        "submitted",
    ),
]


def _demo_connections() -> list[tuple[str, str, str]]:
    """(page id, token, name) of the simulator's demo pages, or fake ones."""
    from ishinomaki_sns.graph.simulator.state import DEMO_WORLD, World

    # `make run` starts the simulator with the same world, so these tokens work there.
    world = World(**DEMO_WORLD)
    return [(p.id, p.token, p.name) for p in world.pages]


def _policy(purpose: str, target: str, themes: str, department: Department) -> dict:
    return {
        "purpose": purpose,
        "target_audience": target,
        "content_themes": themes,
        "posting_frequency": "週2〜3回",
        "posting_hours": "平日 8:30〜17:15（災害時等は時間外も投稿）",
        "posters": f"{department.name_ja}の運用者",
        "post_approver": f"{department.name_ja}長",
        "comment_handling": "コメント・メッセージには原則として返信しない。",
        "inquiries_to": f"{department.name_ja}（電話 0225-95-1111）",
        "engagement_rules": "国・地方公共団体その他公的機関のアカウントに限り、いいね・シェア・フォローする。",
        "deletion_standard": "運用方針の禁止事項に該当する投稿は、発言者に断りなく削除する。",
        "deletion_clauses": ["defamation", "privacy", "commercial", "threat", "spam"],
        # Next April, but never beyond the allowed review interval.
        "review_date": min(dt.date(timezone.localdate().year + 1, 4, 1), review_date_latest()),
        "change_note": "",
    }


@transaction.atomic
def seed(*, password: str, stdout=None) -> None:
    operating_policy_seed(OperatingPolicy, OperatingPolicyClause)
    ict = User.objects.get(username="ict")
    for username, display, code in EXTRA_PEOPLE:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "display_name": display,
                "email": f"{username}@example.city.ishinomaki.lg.jp",
            },
        )
        if created:
            user.set_password(password)
            user.save(update_fields=["password"])
        role_grant(
            actor=None,
            user=user,
            role=Role.DEPARTMENT_ADMIN,
            department=Department.objects.get(code=code),
        )

    admins = {
        "hisho-koho": "koho-admin",
        "chiiki-shinko": "regional-admin",
        "suisan": "suisan-admin",
        "kiki-taisaku": "kiki-admin",
        "kanko": "tourism-admin",
    }
    session = TrainingSession.objects.filter(title="SNS活用講座（課長級）").first()
    if session is None:
        session = training_session_save(
            actor=ict,
            title="SNS活用講座（課長級）",
            held_on=dt.date(2016, 10, 28),
            location="石巻市役所 4階 会議室",
            notes="Facebookの基本、運用方針・活用ガイドラインの説明",
        )
    trained = User.objects.filter(username__in=list(admins.values()))
    training_attendance_set(
        actor=ict, session_id=session.pk, users=list({*session.attendees.all(), *trained})
    )

    connections = iter(_demo_connections())
    created_pages = 0
    for code, name, purpose, target, themes, final in DEMO_PAGES:
        department = Department.objects.get(code=code)
        if OfficialPage.objects.filter(department=department).exists():
            continue
        admin = User.objects.get(username=admins[code])
        page = page_application_create(
            actor=admin,
            department=department,
            data=ApplicationData(
                name=name,
                purpose=purpose,
                responsible_person=admin,
                policy=_policy(purpose, target, themes, department),
            ),
        )
        page_submit(page_id=page.pk, actor=admin)
        created_pages += 1
        if final == "submitted":
            continue
        page_decide_application(page_id=page.pk, action=Action.APPROVE, actor=ict)
        page_id, token, _sim_name = next(connections)
        page_connection_store(
            page_id=page.pk,
            actor=admin,
            verified=VerifiedConnection(
                facebook_page_id=page_id,
                facebook_url=f"https://www.facebook.com/{page_id}",
                username="",
                name=name,
                access_token=token,
                # What the simulator's page tokens carry (publishing included).
                scopes=tuple(PAGE_SCOPES),
            ),
        )
        if final == "review":
            page_open_review(page_id=page.pk, actor=None, reason="dormant")
        elif final == "withdrawn":
            page_transition(
                page_id=page.pk,
                action=Action.REQUEST_WITHDRAWAL,
                actor=admin,
                comment="防災情報は市の公式ページに一本化するため撤退します。",
            )
            page_decide_withdrawal(page_id=page.pk, action=Action.APPROVE_WITHDRAWAL, actor=ict)
            page_complete_withdrawal(
                page_id=page.pk,
                actor=admin,
                closure_announced=True,
                token_revoked=True,
                records_kept=True,
            )
    if stdout is not None:
        stdout.write(
            f"  official pages: {OfficialPage.objects.count()} ({created_pages} new), "
            f"training sessions: {TrainingSession.objects.count()}"
        )
