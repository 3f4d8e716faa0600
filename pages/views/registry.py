"""The public registry: which Facebook pages are the city's, and which were withdrawn."""

from __future__ import annotations

from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.views import View

from guidelines.selectors import operating_policy_current
from incidents.selectors import (
    impersonation_report_find,
    impersonation_reports_open,
    impersonation_warning,
)

from ..facebook_urls import BadUrl, NotAFacebookUrl, parse_facebook_url
from ..selectors import registry_page_find, registry_pages, registry_withdrawn_pages


def registry_entry(page, language: str) -> dict:
    """What the public may know about an official page (never the token)."""
    policies = getattr(page, "policies_in_force", None)
    policy = policies[0] if policies else None
    return {
        "department": page.department.localized_name(language),
        "department_code": page.department.code,
        "name": page.name,
        "facebook_url": page.facebook_url,
        "facebook_page_id": page.facebook_page_id,
        "facebook_username": page.facebook_username,
        "opened_on": page.opened_on.isoformat() if page.opened_on else None,
        "purpose": policy.purpose if policy else page.purpose,
        "target_audience": policy.target_audience if policy else "",
        "posting_frequency": policy.posting_frequency if policy else "",
        "inquiries_to": policy.inquiries_to if policy else "",
        "operating_policy_url": "/policy/",
    }


class RegistryView(View):
    """Public list of every official page, so residents can tell one from an impersonation."""

    def get(self, request):
        language = translation.get_language() or "ja"
        pages = list(registry_pages())
        return render(
            request,
            "pages/registry.html",
            {
                "entries": [(page, registry_entry(page, language)) for page in pages],
                # The registry keeps the history: withdrawn pages, with the date.
                "withdrawn": list(registry_withdrawn_pages()[:200]),
                "policy": operating_policy_current(),
                # Open impersonation reports (incidents app): the fake addresses to warn about.
                "impersonation_reports": list(impersonation_reports_open()[:50]),
            },
        )


class RegistryJsonView(View):
    """The registry as JSON: {"pages": [...]}. Public."""

    def get(self, request):
        language = request.GET.get("lang") or translation.get_language() or "ja"
        response = JsonResponse(
            {"pages": [registry_entry(page, language) for page in registry_pages()]},
            json_dumps_params={"ensure_ascii": False},
        )
        response["Access-Control-Allow-Origin"] = "*"
        return response


class RegistryVerifyView(View):
    """Is this Facebook address an official page of the city? Public, JSON."""

    def get(self, request):
        language = translation.get_language() or "ja"
        try:
            ref = parse_facebook_url(request.GET.get("url"))
        except BadUrl as exc:
            return JsonResponse(
                {"error": str(exc)}, status=400, json_dumps_params={"ensure_ascii": False}
            )
        except NotAFacebookUrl as exc:
            return JsonResponse(
                {"official": False, "reason": str(exc)}, json_dumps_params={"ensure_ascii": False}
            )
        page = registry_page_find(page_id=ref.page_id, username=ref.username)
        if page is None:
            fake = impersonation_report_find(page_id=ref.page_id, username=ref.username)
            if fake is not None:
                return JsonResponse(
                    {"official": False, "warning": impersonation_warning(fake)},
                    json_dumps_params={"ensure_ascii": False},
                )
            withdrawn = registry_page_find(
                page_id=ref.page_id, username=ref.username, withdrawn=True
            )
            if withdrawn is not None:
                return JsonResponse(
                    {
                        "official": False,
                        "withdrawn_on": withdrawn.withdrawn_on.isoformat()
                        if withdrawn.withdrawn_on
                        else None,
                    }
                )
            return JsonResponse({"official": False})
        return JsonResponse(
            {"official": True, "page": registry_entry(page, language)},
            json_dumps_params={"ensure_ascii": False},
        )
