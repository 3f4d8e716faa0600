"""Views for the city's own posts: thin (authenticate, select, validate, call one service).

A post or page the user may not see answers 404; a visible one the user may not act on
answers 403. Actions come only from `post_available_actions`, which also draws the buttons.
"""

from __future__ import annotations

import calendar as pycalendar
from datetime import date, timedelta

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from accounts.selectors import departments_visible_to
from ishinomaki_sns.common.errors import DomainError
from ishinomaki_sns.common.permissions import user_can
from moderation.highlight import highlight_segments

from . import services
from .forms import CorrectionForm, DecisionForm, DisasterForm, PostForm
from .models import PostImage, PostStatus
from .selectors import (
    activity_policy_approver_text,
    calendar_days,
    correction_get_for_user_or_404,
    corrections_to_approve,
    disaster_mode_latest,
    page_get_for_posts_or_404,
    page_publish_problem,
    pages_for_posts_visible_to,
    pages_writable_by,
    pause_reason,
    post_approvers,
    post_available_actions,
    post_correction_open,
    post_get_for_user_or_404,
    post_roles,
    post_unacknowledged,
    posts_held,
    posts_to_approve,
    posts_visible_to,
    user_writes_for,
)
from .transitions import ACTIONS, APPROVER, WRITER


def _require_access(user) -> None:
    """Posts are for city-wide roles and department staff; anyone else is refused."""
    if not (
        user_can(user, "publishing.view_all_posts") or departments_visible_to(user=user).exists()
    ):
        raise PermissionDenied


class _Hit:
    """A finding's spans in the shape `highlight_segments` reads."""

    def __init__(self, finding: dict) -> None:
        self.rule = finding["label"]
        self.spans = [tuple(span) for span in finding.get("spans") or []]


def _image_changes(form: PostForm) -> services.ImageChanges:
    changes = services.ImageChanges()
    for image in form.existing_images:
        if form.cleaned_data.get(f"remove_{image.pk}"):
            changes.remove.append(image.pk)
        else:
            changes.alt_texts[image.pk] = form.cleaned_data.get(f"alt_existing_{image.pk}", "")
    changes.add = [services.ImageUpload(n, c, a) for n, c, a in form.new_images()]
    return changes


class PostListView(LoginRequiredMixin, View):
    """What needs doing: posts to approve, held posts, the user's pages and recent posts."""

    def get(self, request):
        _require_access(request.user)
        status = request.GET.get("status", "")
        posts = posts_visible_to(user=request.user).order_by("-target_at")
        if status in PostStatus.values:
            posts = posts.filter(status=status)
        return render(
            request,
            "publishing/post_list.html",
            {
                "to_approve": posts_to_approve(user=request.user),
                "corrections": corrections_to_approve(user=request.user),
                "held": posts_held(user=request.user),
                "writable_pages": [
                    (page, page_publish_problem(page=page))
                    for page in pages_writable_by(user=request.user)
                ],
                "posts": posts[:100],
                "status": status,
                "statuses": PostStatus.choices,
                "disaster": disaster_mode_latest(),
            },
        )


class PostCreateView(LoginRequiredMixin, View):
    template = "publishing/post_form.html"

    def _page(self, request, page_id):
        page = page_get_for_posts_or_404(user=request.user, page_id=page_id)
        if not user_writes_for(user=request.user, page=page):
            raise PermissionDenied
        return page

    def _render(self, request, page, form, status=200):
        return render(
            request,
            self.template,
            {"page": page, "form": form, "problem": page_publish_problem(page=page)},
            status=status,
        )

    def get(self, request, page_id):
        page = self._page(request, page_id)
        start = timezone.localtime() + timedelta(days=1)
        form = PostForm(
            initial={"target_at": start.replace(hour=10, minute=0, second=0, microsecond=0)}
        )
        return self._render(request, page, form)

    def post(self, request, page_id):
        page = self._page(request, page_id)
        form = PostForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                post = services.post_create(
                    actor=request.user,
                    page_id=page.pk,
                    data=services.PostData(
                        text=form.cleaned_data["text"],
                        link=form.cleaned_data["link"],
                        target_at=form.cleaned_data["target_at"],
                    ),
                    images=_image_changes(form).add,
                )
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("The draft is saved and screened."))
                return redirect("publishing:detail", post.pk)
        return self._render(request, page, form, status=400)


class PostDetailView(LoginRequiredMixin, View):
    def get(self, request, post_id):
        post = post_get_for_user_or_404(user=request.user, post_id=post_id)
        findings = post.findings or []
        text_hits = [_Hit(f) for f in findings if f.get("field") == "text" and f.get("spans")]
        roles = post_roles(user=request.user, post=post)
        return render(
            request,
            "publishing/post_detail.html",
            {
                "post": post,
                "page": post.page,
                "segments": highlight_segments(post.text, text_hits),
                "findings": findings,
                "acknowledged": set(post.acknowledged or []),
                "unacknowledged": post_unacknowledged(post=post),
                "actions": post_available_actions(user=request.user, post=post),
                "can_write": WRITER in roles,
                "is_approver": APPROVER in roles,
                "approvers": post_approvers(page=post.page, author=post.author),
                "approver_text": activity_policy_approver_text(page=post.page),
                "problem": page_publish_problem(page=post.page),
                "pause": pause_reason(page=post.page),
                "events": post.events.select_related("actor"),
                "images": post.images.all(),
                "correction": post_correction_open(post=post),
                "may_correct": post.status == PostStatus.PUBLISHED
                and bool(
                    roles & {WRITER, APPROVER} or request.user.pk == post.page.responsible_person_id
                ),
            },
        )


class PostEditView(LoginRequiredMixin, View):
    def _post(self, request, post_id):
        post = post_get_for_user_or_404(user=request.user, post_id=post_id)
        if WRITER not in post_roles(user=request.user, post=post):
            raise PermissionDenied
        return post

    def _render(self, request, post, form, status=200):
        return render(
            request,
            "publishing/post_form.html",
            {
                "page": post.page,
                "post": post,
                "form": form,
                "problem": page_publish_problem(page=post.page),
            },
            status=status,
        )

    def get(self, request, post_id):
        post = self._post(request, post_id)
        form = PostForm(
            initial={
                "text": post.text,
                "link": post.link,
                "target_at": timezone.localtime(post.target_at),
            },
            existing_images=post.images.all(),
        )
        return self._render(request, post, form)

    def post(self, request, post_id):
        post = self._post(request, post_id)
        form = PostForm(request.POST, request.FILES, existing_images=post.images.all())
        if form.is_valid():
            try:
                services.post_update(
                    actor=request.user,
                    post_id=post.pk,
                    data=services.PostData(
                        text=form.cleaned_data["text"],
                        link=form.cleaned_data["link"],
                        target_at=form.cleaned_data["target_at"],
                    ),
                    images=_image_changes(form),
                )
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("The draft is saved and screened again."))
                return redirect("publishing:detail", post.pk)
        return self._render(request, post, form, status=400)


class PostAcknowledgeView(LoginRequiredMixin, View):
    def post(self, request, post_id):
        post = post_get_for_user_or_404(user=request.user, post_id=post_id)
        if WRITER not in post_roles(user=request.user, post=post):
            raise PermissionDenied
        try:
            services.post_acknowledge(
                actor=request.user, post_id=post.pk, key=request.POST.get("key", "")
            )
        except DomainError as error:
            messages.error(request, error.message)
        return redirect("publishing:detail", post.pk)


class PostActionView(LoginRequiredMixin, View):
    """Confirm and take one action (approve, return, reject, submit, cancel, resume, retry)."""

    def _action(self, request, post, action):
        available = {a.name: a for a in post_available_actions(user=request.user, post=post)}
        if action not in available:
            if action not in ACTIONS or not ACTIONS[action].shown:
                raise Http404
            raise PermissionDenied
        return available[action]

    def _render(self, request, post, action, form, status=200):
        return render(
            request,
            "publishing/post_action.html",
            {
                "post": post,
                "page": post.page,
                "action": action,
                "form": form,
                "due_now": post.target_at <= timezone.now(),
                "images": post.images.all(),  # they go out with the text: the approver sees them
            },
            status=status,
        )

    def get(self, request, post_id, action):
        post = post_get_for_user_or_404(user=request.user, post_id=post_id)
        chosen = self._action(request, post, action)
        form = DecisionForm(reason_required=chosen.spec.comment_required)
        return self._render(request, post, chosen, form)

    def post(self, request, post_id, action):
        post = post_get_for_user_or_404(user=request.user, post_id=post_id)
        chosen = self._action(request, post, action)
        form = DecisionForm(request.POST, reason_required=chosen.spec.comment_required)
        if form.is_valid():
            comment = form.cleaned_data["comment"]
            try:
                if action == "approve":
                    services.post_approve(post_id=post.pk, actor=request.user, comment=comment)
                else:
                    services.post_transition(
                        post_id=post.pk, action=action, actor=request.user, comment=comment
                    )
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("Done: %(action)s.") % {"action": chosen.label})
                return redirect("publishing:detail", post.pk)
        return self._render(request, post, chosen, form, status=400)


class PostImageView(LoginRequiredMixin, View):
    """An image of a post, for people who may see the post."""

    def get(self, request, image_id):
        try:
            image = PostImage.objects.get(pk=image_id, post__in=posts_visible_to(user=request.user))
        except (PostImage.DoesNotExist, ValueError) as exc:
            raise Http404 from exc
        response = HttpResponse(bytes(image.content), content_type=image.content_type)
        response["X-Content-Type-Options"] = "nosniff"
        response["Cache-Control"] = "private, max-age=300"
        return response


class PostCorrectionView(LoginRequiredMixin, View):
    def _post(self, request, post_id):
        post = post_get_for_user_or_404(user=request.user, post_id=post_id)
        roles = post_roles(user=request.user, post=post)
        if not (roles & {WRITER, APPROVER} or request.user.pk == post.page.responsible_person_id):
            raise PermissionDenied
        return post

    def _render(self, request, post, form, status=200):
        return render(
            request,
            "publishing/post_correction.html",
            {"post": post, "page": post.page, "form": form},
            status=status,
        )

    def get(self, request, post_id):
        post = self._post(request, post_id)
        return self._render(
            request, post, CorrectionForm(initial={"new_text": post.approved_text, "kind": "edit"})
        )

    def post(self, request, post_id):
        post = self._post(request, post_id)
        form = CorrectionForm(request.POST)
        if form.is_valid():
            try:
                services.correction_request(
                    actor=request.user,
                    post_id=post.pk,
                    kind=form.cleaned_data["kind"],
                    new_text=form.cleaned_data["new_text"],
                    reason=form.cleaned_data["reason"],
                    urgent=form.cleaned_data["urgent"],
                )
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("The correction is recorded."))
                return redirect("publishing:detail", post.pk)
        return self._render(request, post, form, status=400)


class CorrectionDecideView(LoginRequiredMixin, View):
    def post(self, request, correction_id):
        correction = correction_get_for_user_or_404(user=request.user, correction_id=correction_id)
        if APPROVER not in post_roles(user=request.user, post=correction.post):
            raise PermissionDenied
        try:
            services.correction_decide(
                actor=request.user,
                correction_id=correction.pk,
                approve=request.POST.get("decision") == "approve",
                comment=request.POST.get("comment", ""),
            )
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The correction is decided."))
        return redirect("publishing:detail", correction.post_id)


class DisasterModeView(LoginRequiredMixin, View):
    """The ICT office's city-wide switch (災害時): on pauses every scheduled post."""

    def post(self, request):
        if not user_can(request.user, "publishing.set_disaster_mode"):
            raise PermissionDenied
        form = DisasterForm(request.POST)
        enabled = request.POST.get("enabled") == "1"
        if form.is_valid():
            try:
                services.disaster_mode_set(
                    actor=request.user, enabled=enabled, reason=form.cleaned_data["reason"]
                )
            except DomainError as error:
                messages.error(request, error.message)
            else:
                messages.success(
                    request,
                    _("Disaster mode is on: every scheduled post is paused.")
                    if enabled
                    else _("Disaster mode is off. Resume the paused posts one by one."),
                )
        return redirect("publishing:list")


class CalendarView(LoginRequiredMixin, View):
    """Scheduled and published posts by week or month, per page or city-wide."""

    def get(self, request):
        _require_access(request.user)
        mode = "month" if request.GET.get("view") == "month" else "week"
        try:
            anchor = (
                date.fromisoformat(request.GET.get("start", ""))
                if request.GET.get("start")
                else timezone.localdate()
            )
        except ValueError:
            anchor = timezone.localdate()
        if not 2000 <= anchor.year <= 2100:  # keeps the week and month arithmetic in range
            anchor = timezone.localdate()
        page = None
        if request.GET.get("page"):
            page = page_get_for_posts_or_404(user=request.user, page_id=request.GET["page"])
        if mode == "month":
            first = anchor.replace(day=1)
            start = first - timedelta(days=first.weekday())
            last = first.replace(day=pycalendar.monthrange(first.year, first.month)[1])
            end = last + timedelta(days=6 - last.weekday())
            days = (end - start).days + 1
            previous = (first - timedelta(days=1)).replace(day=1)
            following = last + timedelta(days=1)
        else:
            start = anchor - timedelta(days=anchor.weekday())
            days = 7
            first = start
            previous = start - timedelta(days=7)
            following = start + timedelta(days=7)
        cells = calendar_days(user=request.user, start=start, days=days, page=page)
        if mode == "month":
            for cell in cells:
                cell.in_month = cell.day.month == first.month
        weeks = [cells[i : i + 7] for i in range(0, len(cells), 7)]
        return render(
            request,
            "publishing/calendar.html",
            {
                "mode": mode,
                "weeks": weeks,
                "start": start,
                "first": first,
                "previous": previous,
                "following": following,
                "page": page,
                "pages": pages_for_posts_visible_to(user=request.user),
            },
        )
