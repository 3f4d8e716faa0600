"""Views for page health and charts: thin (permission, selector, render)."""

from __future__ import annotations

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views import View

from ishinomaki_sns.common.permissions import user_can
from pages.selectors import page_get_for_user_or_404, pages_visible_to

from .selectors.charts import chart_find, city_insights, page_insights
from .selectors.health import pages_health


def _csv_response(chart, filename: str) -> HttpResponse:
    # A byte-order mark so that Excel (as used in the city office) reads UTF-8 Japanese.
    response = HttpResponse("\ufeff" + chart.csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class PageHealthView(LoginRequiredMixin, View):
    """The ICT office's dashboard: every page's health, broken and dormant ones first."""

    def get(self, request):
        if not user_can(request.user, "insights.view_page_health"):
            raise PermissionDenied
        rows = pages_health(pages=pages_visible_to(user=request.user))
        counts = {
            state: sum(1 for r in rows if r.state == state)
            for state in ("broken", "attention", "healthy")
        }
        return render(
            request,
            "insights/page_health.html",
            {"rows": rows, "counts": counts, "now": timezone.now()},
        )


class CityInsightsView(LoginRequiredMixin, View):
    """City-wide charts, per department, and the secretariat's review times and backlog."""

    def _data(self, request):
        if not user_can(request.user, "insights.view_city_insights"):
            raise PermissionDenied
        return city_insights(pages=pages_visible_to(user=request.user))

    def get(self, request):
        data = self._data(request)
        return render(request, "insights/city_insights.html", {"data": data})


class CityChartCsvView(CityInsightsView):
    def get(self, request, slug):
        data = self._data(request)
        chart = chart_find(data.charts + data.department_charts + data.review_charts, slug)
        if chart is None:
            raise Http404
        return _csv_response(chart, f"ishinomaki-{slug}.csv")


class PageInsightsView(LoginRequiredMixin, View):
    """A page's charts (whoever may see the page)."""

    def get(self, request, page_id):
        page = page_get_for_user_or_404(user=request.user, page_id=page_id)
        data = page_insights(page=page)
        return render(request, "insights/page_insights.html", {"page": page, "data": data})


class PageChartCsvView(LoginRequiredMixin, View):
    def get(self, request, page_id, slug):
        page = page_get_for_user_or_404(user=request.user, page_id=page_id)
        chart = chart_find(page_insights(page=page).charts, slug)
        if chart is None:
            raise Http404
        return _csv_response(chart, f"page-{page.pk}-{slug}.csv")
