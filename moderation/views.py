"""Rule screens: list, detail with history, create/edit per kind, enable/disable, sandbox.

Thin views: check the permission, read through selectors, validate a form, call one
service, turn a domain error into a message.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View

from guidelines.clauses import Clause
from ishinomaki_sns.common.errors import DomainError
from ishinomaki_sns.common.permissions import user_can

from .backtest import rule_backtest
from .engine import RuleSpec
from .forms import RuleForm, SandboxForm
from .highlight import highlight_segments
from .models import Rule
from .rule_display import config_items, revision_changes
from .selectors import (
    engine_for_current_rules,
    flags_stale_after_rule_change,
    review_comments_visible_to,
    rule_counts_by_clause,
    rule_get_for_user_or_404,
    rule_report,
    rule_revisions,
    rules_visible_to,
)
from .services import flags_close_stale, rule_create, rule_set_enabled, rule_update

# How many of the comments to be closed the confirmation page lists.
STALE_PREVIEW = 20


def _applies_soon(done: str) -> str:
    """``done`` and when the change takes effect: each worker rebuilds its engine on its next
    check after the rules version moved (a dozen seconds or so for the shipped rules), and
    screening never goes back over comments it already flagged."""
    return _("%(done)s %(when)s") % {
        "done": done,
        "when": _(
            "Comments screened from now on use the change; the first screening after it can "
            "take a dozen seconds or so while the rules are prepared. Flags already raised "
            "stay as they are."
        ),
    }


class RulePermissionMixin(LoginRequiredMixin):
    """Signed-in users holding ``permission`` (globally); everyone else gets 403."""

    permission = "moderation.view_rule"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not user_can(request.user, self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def can_edit(self) -> bool:
        return user_can(self.request.user, "moderation.change_rule")


class RuleListView(RulePermissionMixin, View):
    """All rules grouped by clause, with counts; filter by clause and enabled state."""

    def get(self, request):
        clause = request.GET.get("clause") or None
        if clause not in Clause.values:
            clause = None
        enabled = {"1": True, "0": False}.get(request.GET.get("enabled", ""))
        rules = list(rules_visible_to(user=request.user, clause=clause, enabled=enabled))
        counts = rule_counts_by_clause(user=request.user)
        groups = []
        for value, label in Clause.choices:
            in_clause = [rule for rule in rules if rule.clause == value]
            if in_clause:
                groups.append({"clause": value, "label": label, "rules": in_clause})
        clause_counts = [
            {"clause": value, "label": label, **counts[value]}
            for value, label in Clause.choices
            if value in counts
        ]
        return render(
            request,
            "moderation/rule_list.html",
            {
                "groups": groups,
                "clause_counts": clause_counts,
                "clause_choices": Clause.choices,
                "selected_clause": clause or "",
                "selected_enabled": request.GET.get("enabled", ""),
                "kinds": [c for c in Rule.Kind.choices if c[0] != Rule.Kind.LEARNED],
                "can_edit": self.can_edit(),
                "can_add": user_can(request.user, "moderation.add_rule"),
            },
        )


class RuleDetailView(RulePermissionMixin, View):
    """One rule, its configuration, its revision history and the open flags it no longer
    raises (offered for closing after a change)."""

    def get(self, request, slug):
        rule = rule_get_for_user_or_404(user=request.user, slug=slug)
        can_decide = user_can(request.user, "moderation.decide_flag")
        return render(
            request,
            "moderation/rule_detail.html",
            {
                "rule": rule,
                "stale": flags_stale_after_rule_change(rule=rule) if can_decide else None,
                "revisions": _with_changes(rule_revisions(rule=rule)),
                "can_edit": self.can_edit(),
                "config_items": config_items(rule),
            },
        )


def _with_changes(revisions) -> list:
    """The revisions, each with ``changes``: what it changed, in words (rule_display)."""
    revisions = list(revisions)
    for revision in revisions:
        revision.changes = revision_changes(revision)
    return revisions


class RuleCreateView(RulePermissionMixin, View):
    """A new rule of one kind."""

    permission = "moderation.add_rule"

    def _kind(self, kind: str) -> str:
        if kind not in Rule.Kind.values or kind == Rule.Kind.LEARNED:
            raise Http404
        return kind

    def get(self, request, kind):
        kind = self._kind(kind)
        form = RuleForm(kind=kind, initial={"enabled": True})
        return self._render(request, form, kind)

    def post(self, request, kind):
        kind = self._kind(kind)
        form = RuleForm(request.POST, kind=kind)
        if form.is_valid() and "backtest" in request.POST:
            candidate = _candidate(form, slug=form.cleaned_data["slug"], kind=kind)
            result = rule_backtest(
                user=request.user, rule=None, candidate=candidate, name=form.cleaned_data["name"]
            )
            return self._render(request, form, kind, backtest=result)
        if form.is_valid():
            data = form.cleaned_data
            try:
                rule = rule_create(
                    actor=request.user,
                    slug=data["slug"],
                    name=data["name"],
                    clause=data["clause"],
                    kind=kind,
                    severity=data["severity"],
                    action=data["action"],
                    config=form.config,
                    enabled=data["enabled"],
                    description=data.get("description", ""),
                    check_regex_speed=False,  # form.clean already ran the full check
                )
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _applies_soon(_("The rule has been created.")))
                return redirect("moderation:rule_detail", slug=rule.slug)
        return self._render(request, form, kind, status=400)

    def _render(self, request, form, kind, status=200, backtest=None):
        return render(
            request,
            "moderation/rule_form.html",
            {
                "form": form,
                "kind_label": Rule.Kind(kind).label,
                "rule": None,
                "backtest": backtest,
            },
            status=status,
        )


def _candidate(form, *, slug: str, kind: str) -> RuleSpec:
    data = form.cleaned_data
    return RuleSpec(
        slug=slug,
        clause=data["clause"],
        kind=kind,
        severity=data["severity"],
        action=data["action"],
        config=form.config,
        enabled=True,
    )


class RuleUpdateView(RulePermissionMixin, View):
    """Edit a rule (its kind is fixed)."""

    permission = "moderation.change_rule"

    @staticmethod
    def _rule(request, slug):
        rule = rule_get_for_user_or_404(user=request.user, slug=slug)
        if rule.kind == Rule.Kind.LEARNED:  # no configuration: the model is managed in scoring
            raise Http404
        return rule

    def get(self, request, slug):
        rule = self._rule(request, slug)
        form = RuleForm(kind=rule.kind, rule=rule)
        return self._render(request, form, rule)

    def post(self, request, slug):
        rule = self._rule(request, slug)
        form = RuleForm(request.POST, kind=rule.kind, rule=rule, initial={})
        if form.is_valid() and "backtest" in request.POST:
            result = rule_backtest(
                user=request.user,
                rule=rule,
                candidate=_candidate(form, slug=rule.slug, kind=rule.kind),
            )
            return self._render(request, form, rule, backtest=result)
        if form.is_valid():
            data = form.cleaned_data
            try:
                rule_update(
                    rule_id=rule.pk,
                    actor=request.user,
                    name=data["name"],
                    clause=data["clause"],
                    severity=data["severity"],
                    action=data["action"],
                    config=form.config,
                    enabled=data["enabled"],
                    description=data.get("description", ""),
                )
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _applies_soon(_("The rule has been saved.")))
                return redirect("moderation:rule_detail", slug=rule.slug)
        return self._render(request, form, rule, status=400)

    def _render(self, request, form, rule, status=200, backtest=None):
        return render(
            request,
            "moderation/rule_form.html",
            {
                "form": form,
                "kind_label": rule.get_kind_display(),
                "rule": rule,
                "backtest": backtest,
            },
            status=status,
        )


class RuleToggleView(RulePermissionMixin, View):
    """Switch a rule on or off (POST)."""

    permission = "moderation.change_rule"

    def post(self, request, slug):
        rule = rule_get_for_user_or_404(user=request.user, slug=slug)
        enabled = request.POST.get("enabled") == "1"
        try:
            rule_set_enabled(rule_id=rule.pk, actor=request.user, enabled=enabled)
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _applies_soon(
                    _("The rule is now enabled.") if enabled else _("The rule is now disabled.")
                ),
            )
        return redirect(reverse("moderation:rule_detail", kwargs={"slug": rule.slug}))


class RuleCloseStaleView(RulePermissionMixin, View):
    """Confirm, then close as kept (false flag) the open flags a rule change made stale."""

    permission = "moderation.decide_flag"

    def get(self, request, slug):
        rule = rule_get_for_user_or_404(user=request.user, slug=slug)
        stale = flags_stale_after_rule_change(rule=rule)
        comments = review_comments_visible_to(user=request.user).filter(
            pk__in=stale.comment_ids[:STALE_PREVIEW]
        )
        return render(
            request,
            "moderation/rule_close_stale.html",
            {"rule": rule, "stale": stale, "comments": comments.order_by("pk")},
        )

    def post(self, request, slug):
        rule = rule_get_for_user_or_404(user=request.user, slug=slug)
        try:
            closed = flags_close_stale(rule_id=rule.pk, actor=request.user)
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                ngettext(
                    "%(count)s comment was closed as kept (false flag), as one audited step.",
                    "%(count)s comments were closed as kept (false flag), as one audited step.",
                    len(closed),
                )
                % {"count": len(closed)},
            )
        return redirect(reverse("moderation:rule_detail", kwargs={"slug": rule.slug}))


class RuleSandboxView(RulePermissionMixin, View):
    """Type a text and see which stored rules fire and where (nothing is saved)."""

    def get(self, request):
        return render(request, "moderation/rule_sandbox.html", {"form": SandboxForm()})

    def post(self, request):
        form = SandboxForm(request.POST)
        context: dict = {"form": form}
        if form.is_valid():
            text = form.cleaned_data["text"]
            engine = engine_for_current_rules()
            analysis = engine.analyse(text)
            normalized = analysis.normalized
            hits = engine.screen(text, analysis=analysis)
            names = dict(
                Rule.objects.filter(slug__in=[hit.rule for hit in hits]).values_list("slug", "name")
            )
            context.update(
                {
                    "screened": True,
                    "segments": highlight_segments(text, hits, names),
                    "normalized_text": normalized.text,
                    "hits": [
                        {
                            "hit": hit,
                            "name": names.get(hit.rule, hit.rule),
                            "clause_label": Clause(hit.category).label
                            if hit.category in Clause.values
                            else hit.category,
                            "matches": [text[start:end] for start, end in hit.spans],
                            "severity_label": Rule.Severity(hit.severity).label,
                            "action_label": Rule.Action(hit.action).label,
                        }
                        for hit in hits
                    ],
                }
            )
        return render(
            request, "moderation/rule_sandbox.html", context, status=200 if form.is_valid() else 400
        )


class RuleReportView(RulePermissionMixin, View):
    """Per rule: flags raised and how the secretariat decided them (precision estimate)."""

    def get(self, request):
        return render(request, "moderation/rule_report.html", {"rows": rule_report()})
