"""Reads about the city's own posts, always scoped to what the user may see.

Posts of a page in a department the user may not see do not exist for them (404). The
approver of a page's posts is the page's responsible person (運用管理責任者), the person the
activity policy in force names under "who approves posts"; when that person wrote the post,
the department's admins approve it instead (never the author).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from accounts.models import RoleAssignment, User
from accounts.roles import Role
from accounts.selectors import departments_visible_to
from ishinomaki_sns.common.permissions import user_can
from pages.models import OPERATING_STATUSES, ConnectionState, OfficialPage

from .models import CALENDAR_STATUSES, DisasterModeChange, Post, PostCorrection, PostStatus
from .transitions import ACTIONS, APPROVER, RESUMER, SYSTEM, WRITER, ActionSpec, allowed

PUBLISH_SCOPE = "pages_manage_posts"


def posts_visible_to(*, user: User) -> QuerySet[Post]:
    """Every post for the ICT office, secretariat and auditor; their own department's pages'
    posts for department staff; nothing for anyone else."""
    if not user.is_authenticated:
        return Post.objects.none()
    queryset = Post.objects.select_related("page__department", "author", "approved_by")
    if user_can(user, "publishing.view_all_posts"):
        return queryset
    return queryset.filter(page__department__in=departments_visible_to(user=user))


def post_get_for_user_or_404(*, user: User, post_id: int) -> Post:
    """The post if `user` may see it, else Http404 (existence must not leak)."""
    try:
        return posts_visible_to(user=user).get(pk=post_id)
    except (Post.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def pages_for_posts_visible_to(*, user: User) -> QuerySet[OfficialPage]:
    """Operating pages whose posts the user may see (calendar filters, the page chooser)."""
    if not user.is_authenticated:
        return OfficialPage.objects.none()
    pages = OfficialPage.objects.filter(status__in=OPERATING_STATUSES).select_related(
        "department", "responsible_person"
    )
    if user_can(user, "publishing.view_all_posts"):
        return pages
    return pages.filter(department__in=departments_visible_to(user=user))


def page_get_for_posts_or_404(*, user: User, page_id: int) -> OfficialPage:
    try:
        return pages_for_posts_visible_to(user=user).get(pk=page_id)
    except (OfficialPage.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def user_writes_for(*, user: User, page: OfficialPage) -> bool:
    """Only people with an operator role in the page's department write its posts."""
    if not user.is_authenticated or not user.is_active:
        return False
    return RoleAssignment.objects.filter(
        user=user,
        role=Role.DEPARTMENT_OPERATOR,
        department_id=page.department_id,
        revoked_at__isnull=True,
    ).exists()


def pages_writable_by(*, user: User) -> QuerySet[OfficialPage]:
    """Operating pages the user may write posts for."""
    if not user.is_authenticated:
        return OfficialPage.objects.none()
    departments = RoleAssignment.objects.filter(
        user=user, role=Role.DEPARTMENT_OPERATOR, revoked_at__isnull=True
    ).values("department_id")
    return OfficialPage.objects.filter(
        status__in=OPERATING_STATUSES, department_id__in=departments
    ).select_related("department")


def post_approvers(*, page: OfficialPage, author: User | None) -> list[User]:
    """Who approves a post: the page's responsible person (named by the activity policy);
    if that person is the author, the department's admins. Never the author."""
    people: list[User] = []
    responsible = page.responsible_person
    if responsible.is_active and responsible != author:
        people.append(responsible)
    if not people:
        admins = User.objects.filter(
            role_assignments__role=Role.DEPARTMENT_ADMIN,
            role_assignments__department_id=page.department_id,
            role_assignments__revoked_at__isnull=True,
            is_active=True,
        ).distinct()
        people = [admin for admin in admins if admin != author]
    return people


def activity_policy_approver_text(*, page: OfficialPage) -> str:
    """The activity policy's own words for who approves posts (shown next to the name)."""
    from guidelines.selectors import activity_policy_in_force

    policy = activity_policy_in_force(page=page)
    return policy.post_approver if policy else ""


def disaster_mode_on() -> bool:
    latest = DisasterModeChange.objects.order_by("-created_at", "-id").first()
    return bool(latest and latest.enabled)


def disaster_mode_latest() -> DisasterModeChange | None:
    return DisasterModeChange.objects.select_related("actor").order_by("-created_at", "-id").first()


def pause_reason(*, page: OfficialPage) -> str:
    """Why the page's scheduled posts must not go out now ("" when they may)."""
    from moderation.selectors import crisis_mode_pages

    if disaster_mode_on():
        return "disaster"
    if page.pk in crisis_mode_pages(page_ids=[page.pk]):
        return "crisis"
    return ""


def paused_page_ids() -> set[int] | None:
    """Pages whose posts are held: None means every page (disaster mode)."""
    from moderation.selectors import crisis_mode_pages

    if disaster_mode_on():
        return None
    return crisis_mode_pages()


def page_publish_problem(*, page: OfficialPage) -> str:
    """Why posts cannot be scheduled for this page ("" when they can), in words for people."""
    from django.utils.translation import gettext as _

    if page.status not in OPERATING_STATUSES:
        return _("This page is not operating, so nothing can be published on it.")
    if page.connection_state != ConnectionState.OK or not page.has_token:
        return _(
            "This page is not connected to Facebook (or its connection is broken). "
            "Ask the department admin to connect it again."
        )
    if PUBLISH_SCOPE not in (page.token_scopes or []):
        return _(
            "This page was connected without the permission to publish (pages_manage_posts), "
            "so posts cannot be scheduled. Ask the department admin to connect the page again "
            "and allow publishing."
        )
    return ""


def post_roles(*, user: User | None, post: Post) -> set[str]:
    """What the user is for this post (see `transitions`); {SYSTEM} for the worker."""
    if user is None:
        return {SYSTEM}
    if not user.is_authenticated or not user.is_active:
        return set()
    roles: set[str] = set()
    if user_writes_for(user=user, page=post.page):
        roles.add(WRITER)
    if user.pk != post.author_id and user in post_approvers(page=post.page, author=post.author):
        roles.add(APPROVER)
    crisis_switcher = user_can(user, "moderation.set_crisis_mode") and post.pause_reason == "crisis"
    if APPROVER in roles or user_can(user, "publishing.set_disaster_mode") or crisis_switcher:
        roles.add(RESUMER)
    return roles


@dataclass(frozen=True)
class AvailableAction:
    name: str
    spec: ActionSpec

    @property
    def label(self) -> str:
        return str(self.spec.label)


def post_available_actions(*, user: User, post: Post) -> list[AvailableAction]:
    """The buttons this user sees on this post (the service re-checks on the locked row)."""
    roles = post_roles(user=user, post=post)
    result = []
    for name, spec in ACTIONS.items():
        if not spec.shown or not allowed(post.status, name, roles):
            continue
        if spec.decides and user.pk == post.author_id:
            continue
        result.append(AvailableAction(name, spec))
    return result


def post_unacknowledged(*, post: Post) -> list[dict]:
    done = set(post.acknowledged or [])
    return [f for f in post.findings or [] if f.get("ack", True) and f["key"] not in done]


def posts_to_approve(*, user: User) -> list[Post]:
    """Posts waiting for this user's approval."""
    pending = posts_visible_to(user=user).filter(status=PostStatus.PENDING)
    return [p for p in pending if APPROVER in post_roles(user=user, post=p)]


def corrections_to_approve(*, user: User) -> list[PostCorrection]:
    """Corrections and deletions of published posts waiting for this user's approval: the
    approver of the post's page, unless they asked for it themselves (as the service says)."""
    pending = (
        PostCorrection.objects.filter(
            status=PostCorrection.Status.PENDING, post__in=posts_visible_to(user=user)
        )
        .exclude(requested_by=user)
        .select_related("post__page", "requested_by")
    )
    return [c for c in pending if APPROVER in post_roles(user=user, post=c.post)]


def posts_held(*, user: User) -> list[Post]:
    """Paused posts, and scheduled ones that a crisis or disaster mode will hold."""
    visible = posts_visible_to(user=user)
    paused = list(visible.filter(status=PostStatus.PAUSED))
    held_pages = paused_page_ids()
    scheduled = visible.filter(status=PostStatus.SCHEDULED)
    if held_pages is not None:
        scheduled = scheduled.filter(page_id__in=held_pages)
    return paused + list(scheduled)


def posts_due(*, now: datetime, ahead_seconds: int = 90) -> QuerySet[Post]:
    """Scheduled posts whose time comes within `ahead_seconds`, and publishing attempts
    whose lease ran out (a worker died): the sweep queues both."""
    from django.db.models import Q

    return Post.objects.filter(
        Q(status=PostStatus.SCHEDULED, target_at__lte=now + timedelta(seconds=ahead_seconds))
        | Q(status=PostStatus.PUBLISHING, lease_until__lte=now)
    )


def post_correction_open(*, post: Post) -> PostCorrection | None:
    return (
        post.corrections.filter(
            status__in=[PostCorrection.Status.PENDING, PostCorrection.Status.APPROVED]
        )
        .select_related("requested_by")
        .first()
    )


def correction_get_for_user_or_404(*, user: User, correction_id: int) -> PostCorrection:
    try:
        return PostCorrection.objects.select_related("post__page", "requested_by").get(
            pk=correction_id, post__in=posts_visible_to(user=user)
        )
    except (PostCorrection.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


@dataclass
class CalendarDay:
    day: date
    posts: list[Post]
    in_month: bool = True

    @property
    def is_today(self) -> bool:
        return self.day == timezone.localdate()


def calendar_days(
    *, user: User, start: date, days: int, page: OfficialPage | None = None
) -> list[CalendarDay]:
    """Scheduled and published posts per day from `start` for `days` days (local time)."""
    tz = timezone.get_current_timezone()
    begin = datetime.combine(start, datetime.min.time(), tzinfo=tz)
    end = begin + timedelta(days=days)
    posts = posts_visible_to(user=user).filter(status__in=CALENDAR_STATUSES)
    if page is not None:
        posts = posts.filter(page=page)
    by_day: dict[date, list[Post]] = {}
    for post in posts.filter(
        target_at__gte=begin - timedelta(days=1), target_at__lt=end + timedelta(days=1)
    ):
        when = post.published_at or post.target_at
        day = timezone.localtime(when).date()
        by_day.setdefault(day, []).append(post)
    result = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        items = sorted(by_day.get(day, []), key=lambda p: p.published_at or p.target_at)
        result.append(CalendarDay(day, items))
    return result


def approval_lapse_days() -> int:
    return int(getattr(settings, "PUBLISHING_APPROVAL_DAYS", 7))
