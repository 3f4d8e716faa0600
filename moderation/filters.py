"""The review queue's filters, search and sort (django-filter), scoped to the user's pages."""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Exists, FloatField, OuterRef, Q, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from accounts.selectors import departments_visible_to
from comments.search import search_needle
from guidelines.clauses import Clause
from pages.selectors import pages_visible_to

from . import scorer_hook
from .models import Flag, Rule
from .selectors import flags_open
from .selectors.queue import last_flagged_subquery

STATUS_CHOICES = [("open", _("Open")), ("decided", _("Decided")), ("all", _("All"))]
# "learned" and "rules" include comments both flagged; "learned_alone" is what the model adds
# to the rules (with an active model nearly every rule-flagged comment has a learned flag too).
SOURCE_CHOICES = [
    ("learned", _("Flagged by the learned model (rules too or not)")),
    ("learned_alone", _("Flagged by the learned model alone")),
    ("rules", _("Flagged by a rule (the learned model too or not)")),
]


class ReviewQueueFilter(django_filters.FilterSet):
    """Page, department, clause, status (open by default), flag date range, author, text."""

    # An empty choice reads "すべて", not Django's "---------".
    page = django_filters.ModelChoiceFilter(
        label=_("Page"), queryset=None, field_name="page", empty_label=_("All")
    )
    department = django_filters.ModelChoiceFilter(
        label=_("Department"), queryset=None, field_name="page__department", empty_label=_("All")
    )
    clause = django_filters.ChoiceFilter(
        label=_("Clause"), choices=Clause.choices, method="filter_clause", empty_label=_("All")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=STATUS_CHOICES, method="filter_status", empty_label=None
    )
    flagged_from = django_filters.DateFilter(
        label=_("Flagged from"),
        field_name="last_flagged",
        lookup_expr="date__gte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    flagged_to = django_filters.DateFilter(
        label=_("Flagged until"),
        field_name="last_flagged",
        lookup_expr="date__lte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    source = django_filters.ChoiceFilter(
        label=_("Flagged by"), choices=SOURCE_CHOICES, method="filter_source", empty_label=_("All")
    )
    # The comments a rule still holds open (from a rule's page: "the flags this rule no longer
    # raises" after a change, or a rule's row in the rule report).
    rule = django_filters.ModelChoiceFilter(
        label=_("Rule"),
        queryset=Rule.objects.none(),
        to_field_name="slug",
        method="filter_rule",
        empty_label=_("All"),
    )
    author = django_filters.CharFilter(label=_("Author"), method="filter_author")
    q = django_filters.CharFilter(label=_("Search in text"), method="filter_text")
    sort = django_filters.OrderingFilter(
        label=_("Sort"),
        fields=(
            ("last_flagged", "flagged"),
            ("severity_rank", "severity"),
            ("created_time", "posted"),
            ("score", "score"),
        ),
        # django-filter looks an ascending label up by the model field, a descending one by
        # "-" and the parameter.
        field_labels={
            "last_flagged": _("Flagged (oldest first)"),
            "-flagged": _("Flagged (newest first)"),
            "severity_rank": _("Severity (lowest first)"),
            "-severity": _("Severity (highest first)"),
            "created_time": _("Posted (oldest first)"),
            "-posted": _("Posted (newest first)"),
            "score": _("Learned score (lowest first)"),
            "-score": _("Learned score (highest first)"),
        },
        empty_label=_("Urgent first"),
    )

    def __init__(self, data=None, *args, user=None, **kwargs):
        data = data.copy() if data is not None else {}
        if not data.get("status"):
            data["status"] = "open"
        super().__init__(data, *args, **kwargs)
        # Sorting by the learned scorer's newest score (-1 when unscored: sorts last); only
        # then, since the subquery would otherwise run for every flagged comment.
        if "score" in (data.get("sort") or ""):
            expression = scorer_hook.queue_score_expression()
            self.queryset = self.queryset.annotate(
                score=Coalesce(expression, Value(-1.0), output_field=FloatField())
                if expression is not None
                else Value(-1.0, output_field=FloatField())
            )
        # Only what the options print: the encrypted token would be decrypted per page.
        self.filters["page"].queryset = (
            pages_visible_to(user=user).select_related(None).only("pk", "name").order_by("name")
        )
        self.filters["department"].queryset = departments_visible_to(user=user).order_by("code")
        self.filters["rule"].queryset = Rule.objects.only("pk", "slug", "name").order_by("name")
        self.filters["rule"].field.label_from_instance = lambda rule: rule.name

    def filter_clause(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(Exists(Flag.objects.filter(comment=OuterRef("pk"), clause=value)))

    def filter_status(self, queryset, name, value):
        # An EXISTS in WHERE (not a HAVING on the aggregate) lets PostgreSQL start from the
        # few open flags instead of grouping every flagged comment first.
        open_flag = Exists(flags_open().filter(comment=OuterRef("pk")))
        if value == "open":
            return queryset.filter(open_flag)
        if value == "decided":
            return queryset.filter(~open_flag)
        return queryset

    def filter_source(self, queryset, name, value):
        learned = Exists(Flag.objects.filter(comment=OuterRef("pk"), rule__kind=Rule.Kind.LEARNED))
        rules = Exists(
            Flag.objects.filter(comment=OuterRef("pk")).exclude(rule__kind=Rule.Kind.LEARNED)
        )
        if value == "learned":
            return queryset.filter(learned)
        if value == "learned_alone":
            return queryset.filter(learned).exclude(rules)
        if value == "rules":
            return queryset.filter(rules)
        return queryset

    def filter_rule(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(Exists(flags_open().filter(comment=OuterRef("pk"), rule=value)))

    def filter_author(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(author_name__icontains=value) | Q(author_id=value))

    def filter_text(self, queryset, name, value):
        # The stored search form is the screening's normalised text, so ばか finds バカ, ﾊﾞｶ
        # and ば か; on PostgreSQL a trigram GIN index serves the LIKE.
        needle = search_needle(value or "")
        # `has_flags` says nothing new (every queue row has a flag) but lets PostgreSQL read
        # the flagged comments' partial index instead of every comment when the needle is too
        # short for the trigram index.
        if not needle:
            return queryset
        return queryset.filter(has_flags=True, search_text__contains=needle)

    @property
    def qs(self):
        queryset = super().qs
        if not self.form.cleaned_data.get("sort"):
            queryset = queryset.order_by(
                "-overdue", "-urgent", "-open_flags", "-severity_rank", "-last_flagged", "-pk"
            )
        return queryset


class ReviewQueueCountFilter(ReviewQueueFilter):
    """The queue's filters without its order, over ``flagged_comments_visible_to``: what the
    count reads. The flag-date filters read the newest flag's time from a subquery (the
    counted rows carry no aggregates)."""

    def __init__(self, data=None, *args, user=None, **kwargs):
        super().__init__(data, *args, user=user, **kwargs)
        self.filters.pop("sort", None)
        if self.data.get("flagged_from") or self.data.get("flagged_to"):
            self.queryset = self.queryset.annotate(last_flagged=last_flagged_subquery())

    @property
    def qs(self):
        return super(ReviewQueueFilter, self).qs
