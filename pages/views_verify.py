"""The public verify form: a resident pastes a Facebook address and reads, in plain Japanese,
whether it is one of the city's official pages, a page the city closed, or not the city's.

Rate limited per address (``REGISTRY_VERIFY_RATE_LIMIT`` requests per
``REGISTRY_VERIFY_RATE_WINDOW`` seconds); the answer says the limit when it is reached.
"""

from __future__ import annotations

import unicodedata

from django import forms
from django.conf import settings
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views import View

from incidents.selectors import impersonation_report_find, impersonation_warning
from ishinomaki_sns.common.ratelimit import rate_limit_exceeded

from .facebook_urls import BadUrl, NotAFacebookUrl, parse_facebook_url
from .selectors import registry_page_find, registry_withdrawn_find
from .views import registry_entry


def verify_rate() -> tuple[int, int]:
    return (
        int(getattr(settings, "REGISTRY_VERIFY_RATE_LIMIT", 30)),
        int(getattr(settings, "REGISTRY_VERIFY_RATE_WINDOW", 600)),
    )


class VerifyForm(forms.Form):
    url = forms.CharField(
        label=_("Facebook address (URL)"),
        max_length=2000,
        error_messages={
            "required": _("Paste the address of the Facebook page."),
            "max_length": _("The address is too long."),
        },
        help_text=_("For example https://www.facebook.com/ishinomaki.city"),
        widget=forms.TextInput(attrs={"inputmode": "url", "autocomplete": "url"}),
    )


class RegistryCheckView(View):
    """GET: the form; with ``?url=`` the answer (official / closed / not the city's)."""

    def get(self, request):
        form = VerifyForm(request.GET if "url" in request.GET else None)
        context: dict = {"form": form, "answer": None}
        status = 200
        if form.is_bound:
            limit, window = verify_rate()
            if rate_limit_exceeded("registry-verify", request, limit=limit, window=window):
                context["limited"] = {"limit": limit, "minutes": max(1, window // 60)}
                status = 429
            elif form.is_valid():
                context["answer"] = self._answer(form)
                if context["answer"] is None:
                    status = 400
            else:
                status = 400
        return render(request, "pages/registry_check.html", context, status=status)

    def _answer(self, form):
        language = translation.get_language() or "ja"
        try:
            ref = parse_facebook_url(form.cleaned_data["url"])
        except BadUrl as exc:
            form.add_error("url", str(exc))
            return None
        except NotAFacebookUrl as exc:
            text = unicodedata.normalize("NFKC", form.cleaned_data["url"]).strip()
            if not any(mark in text for mark in "./:"):
                # A name (「石巻市」, "観光課"), not an address: saying "not official" would be
                # wrong when the city has a page of that name; send the words to the search.
                return {"kind": "name", "query": text}
            return {"kind": "not", "reason": str(exc)}
        page = registry_page_find(page_id=ref.page_id, username=ref.username)
        if page is not None:
            return {"kind": "official", "entry": registry_entry(page, language)}
        closed = registry_withdrawn_find(page_id=ref.page_id, username=ref.username)
        if closed is not None:
            return {"kind": "withdrawn", "page": closed}
        fake = impersonation_report_find(page_id=ref.page_id, username=ref.username)
        return {"kind": "not", "warning": impersonation_warning(fake) if fake else ""}
