"""Project-level views: home, health, error pages."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.shortcuts import render
from django.views import View
from django.views.generic import TemplateView

from accounts.selectors import user_departments

from .health import health_report
from .home import todo_items_for


class HomeView(LoginRequiredMixin, TemplateView):
    """What this person must do today, gathered from every app (see home.py)."""

    template_name = "portal/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["todo_items"] = todo_items_for(self.request.user)
        context["my_departments"] = user_departments(user=self.request.user).select_related(
            "division"
        )
        return context


class HealthView(View):
    """JSON for load balancers and operators: 200 when the database and broker answer, else 503."""

    def get(self, request):
        healthy, report = health_report()
        return JsonResponse(
            {"status": "ok" if healthy else "degraded", **report}, status=200 if healthy else 503
        )


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)
