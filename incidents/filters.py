"""The incident list's filters (django-filter, like the review queue's), scoped to the user."""

from __future__ import annotations

import django_filters
from django.utils.translation import gettext_lazy as _

from pages.selectors import pages_visible_to

from .models import UNRESOLVED_STATUSES, IncidentStatus

UNRESOLVED = "unresolved"
# "Unresolved" is what the page health dashboard counts, so its link can show the same rows.
STATUS_CHOICES = [(UNRESOLVED, _("Unresolved")), *IncidentStatus.choices]


class IncidentListFilter(django_filters.FilterSet):
    """Status and page. The page choices are the pages the user may see, so a page the user
    may not see (or that does not exist) is the same invalid choice, whichever it is."""

    # An empty choice reads "すべて", not Django's "---------".
    status = django_filters.ChoiceFilter(
        label=_("status"), choices=STATUS_CHOICES, method="filter_status", empty_label=_("All")
    )
    page = django_filters.ModelChoiceFilter(
        label=_("page"), queryset=None, field_name="page", empty_label=_("All")
    )

    def __init__(self, data=None, *args, user, **kwargs):
        super().__init__(data, *args, **kwargs)
        # Only what the options print: the encrypted token would be decrypted per page.
        self.filters["page"].queryset = (
            pages_visible_to(user=user).select_related(None).only("pk", "name").order_by("name")
        )

    def filter_status(self, queryset, name, value):
        if value == UNRESOLVED:
            return queryset.filter(status__in=UNRESOLVED_STATUSES)
        if value:
            return queryset.filter(status=value)
        return queryset
