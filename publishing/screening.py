"""Screening a draft before approval: the moderation engine's rules (personal information,
terms under any operating-policy clause, link rules), links outside the allowed domains,
the worker's link check, and warnings (length, short alternative text).

A finding is a plain dict stored on the post: `key` (stable while the text that caused it
stays), `kind`, `rule`, `clause`, `label`, `excerpt`, `spans` (code points of the text) and
`ack` (True: must be acknowledged before submitting; False: a warning only).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _

from guidelines.clauses import Clause


def _key(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def _clause_label(code: str) -> str:
    return str(Clause(code).label) if code in Clause.values else code


def allowed_link_domains() -> list[str]:
    return [d.lower() for d in getattr(settings, "PUBLISHING_LINK_ALLOWED_DOMAINS", [])]


def link_domain_allowed(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in allowed_link_domains())


def screen_post(text: str, link: str, images: Iterable[Any]) -> list[dict]:
    """Every finding and warning for this text, link and images (no database writes)."""
    from moderation.selectors import engine_for_current_rules

    engine = engine_for_current_rules()
    findings: list[dict] = []
    for hit in engine.screen(text):
        excerpt = "、".join(text[s:e] for s, e in hit.spans)
        findings.append(
            {
                "key": _key("rule", hit.rule, excerpt),
                "kind": "rule",
                "field": "text",
                "rule": hit.rule,
                "clause": hit.category,
                "label": _clause_label(hit.category),
                "excerpt": excerpt,
                "spans": [list(span) for span in hit.spans],
                "ack": True,
            }
        )
    if link:
        for hit in engine.screen(link):
            findings.append(
                {
                    "key": _key("link-rule", hit.rule, link),
                    "kind": "rule",
                    "field": "link",
                    "rule": hit.rule,
                    "clause": hit.category,
                    "label": _clause_label(hit.category),
                    "excerpt": link,
                    "spans": [],
                    "ack": True,
                }
            )
        if not link_domain_allowed(link):
            findings.append(
                {
                    "key": _key("link-domain", link),
                    "kind": "link_domain",
                    "field": "link",
                    "rule": "",
                    "clause": "harmful_link",
                    "label": _("The link points outside the domains the city allows"),
                    "excerpt": link,
                    "spans": [],
                    "ack": True,
                }
            )
    limit = int(getattr(settings, "PUBLISHING_TEXT_WARN_LENGTH", 1000))
    if len(text) > limit:
        findings.append(
            {
                "key": _key("length", str(len(text))),
                "kind": "warning",
                "field": "text",
                "rule": "",
                "clause": "",
                "label": _(
                    "The text is %(n)d characters long; posts over %(limit)d characters "
                    "are rarely read to the end."
                )
                % {"n": len(text), "limit": limit},
                "excerpt": "",
                "spans": [],
                "ack": False,
            }
        )
    for image in images:
        alt = (image.alt_text or "").strip()
        if len(alt) < 5 or alt == image.filename:
            findings.append(
                {
                    "key": _key("alt", image.filename, alt),
                    "kind": "warning",
                    "field": "images",
                    "rule": "",
                    "clause": "",
                    "label": _(
                        "The alternative text of %(name)s is too short to describe the image."
                    )
                    % {"name": image.filename},
                    "excerpt": alt,
                    "spans": [],
                    "ack": False,
                }
            )
    return findings


def link_check_finding(link: str, result: dict) -> dict | None:
    """A finding when the worker's check found the link not answering."""
    if not link or result.get("ok", True):
        return None
    return {
        "key": _key("link-check", link, str(result.get("status", ""))),
        "kind": "link_check",
        "field": "link",
        "rule": "",
        "clause": "",
        "label": _("The link did not answer (%(detail)s).") % {"detail": result.get("detail", "")},
        "excerpt": link,
        "spans": [],
        "ack": True,
    }


def check_link(url: str, timeout: float) -> dict:
    """Ask the link's server whether it answers (HEAD, then GET when HEAD is refused).
    Only http(s); redirects followed; a short timeout. Run by the worker, never a request."""
    import requests

    if urlsplit(url).scheme not in ("http", "https"):
        return {"ok": False, "status": None, "detail": _("not a web address")}
    try:
        response = requests.head(url, timeout=timeout, allow_redirects=True)
        if response.status_code in (405, 501) or response.status_code >= 400:
            response = requests.get(url, timeout=timeout, allow_redirects=True, stream=True)
            response.close()
    except requests.Timeout:
        return {
            "ok": False,
            "status": None,
            "detail": _("no answer within %(s)s seconds") % {"s": timeout},
        }
    except requests.RequestException as exc:
        return {"ok": False, "status": None, "detail": type(exc).__name__}
    ok = response.status_code < 400
    return {"ok": ok, "status": response.status_code, "detail": f"HTTP {response.status_code}"}
