"""The public registry: which Facebook pages are the city's, and which were withdrawn."""

from __future__ import annotations

import unicodedata

from django import forms
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext_lazy as _
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


def _fold(text: str) -> str:
    """Full-width to half-width and case folded, so 「ｆａｃｅｂｏｏｋ」 finds "facebook"."""
    return unicodedata.normalize("NFKC", text or "").casefold().strip()


def registry_search(entries: list[tuple], *, query: str = "", department: str = "") -> list:
    """The registry rows a resident's search words and department choice match.

    Every word must appear in the page name, its department (Japanese or English name), its
    Facebook address or user name; a pasted Facebook address matches its page whatever form
    the address takes (m.facebook.com, query string, trailing slash).
    """
    words = _fold(query).split()
    ref = None
    if query.strip():
        try:
            ref = parse_facebook_url(query)
        except (BadUrl, NotAFacebookUrl):
            ref = None
    found = []
    for page, entry in entries:
        if department and page.department.code != department:
            continue
        if ref is not None and (
            (ref.page_id and ref.page_id == page.facebook_page_id)
            or (ref.username and ref.username == (page.facebook_username or "").lower())
        ):
            found.append((page, entry))
            continue
        haystack = _fold(
            " ".join(
                [
                    page.name,
                    page.department.name_ja,
                    page.department.name_en,
                    page.facebook_url,
                    page.facebook_username or "",
                ]
            )
        )
        if all(word in haystack for word in words):
            found.append((page, entry))
    return found


def _reported_fake_warning(query: str) -> str:
    """The impersonation warning when a search that found nothing names a reported fake page."""
    try:
        ref = parse_facebook_url(query)
    except (BadUrl, NotAFacebookUrl):
        return ""
    fake = impersonation_report_find(page_id=ref.page_id, username=ref.username)
    return impersonation_warning(fake) if fake else ""


class RegistrySearchForm(forms.Form):
    """The registry's search: free words and a department (both optional)."""

    q = forms.CharField(
        label=_("Page name, department or address"),
        required=False,
        max_length=200,
        help_text=_("For example 観光 or a Facebook address"),
        error_messages={"max_length": _("Enter at most %(limit_value)d characters.")},
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    department = forms.ChoiceField(label=_("department"), required=False)

    def __init__(self, *args, departments: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].choices = [("", _("All departments")), *departments]


class RegistryView(View):
    """Public list of every official page, so residents can tell one from an impersonation.

    ``?q=`` (words or a Facebook address) and ``?department=<code>`` narrow the list.
    """

    def get(self, request):
        language = translation.get_language() or "ja"
        pages = list(registry_pages())
        entries = [(page, registry_entry(page, language)) for page in pages]
        departments = sorted(
            {(page.department.code, page.department.localized_name(language)) for page in pages},
            key=lambda item: item[1],
        )
        form = RegistrySearchForm(request.GET or None, departments=departments)
        searched = form.is_bound and form.is_valid()
        search_warning = ""
        if searched:
            entries = registry_search(
                entries,
                query=form.cleaned_data["q"],
                department=form.cleaned_data["department"],
            )
            if not entries:
                search_warning = _reported_fake_warning(form.cleaned_data["q"])
        return render(
            request,
            "pages/registry.html",
            {
                "entries": entries,
                "form": form,
                "searched": searched,
                "search_warning": search_warning,
                # The registry keeps the history: withdrawn pages, with the date.
                "withdrawn": [
                    # The department in the reader's language (an English reader got 危機対策課).
                    (page, page.department.localized_name(language))
                    for page in registry_withdrawn_pages()[:200]
                ],
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
