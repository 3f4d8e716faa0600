"""A pytest plugin: every msgid looked up while a template renders in Japanese must have a
Japanese translation. Collected over the whole session (the test client's requests and the
live server's, for the browser tests); the session fails at the end listing each missing
msgid with the templates that asked for it.

How: Django's gettext family is wrapped at its dispatch point (`translation._trans`), and
`Template._render` counts the rendering depth per thread. A lookup counts while a template
renders (tags, filters, lazy labels of forms and models turned into text by the template)
and the active language is Japanese; it is missing when the Japanese catalogue (ours and
Django's) has no entry for it. Msgids without Latin letters are Japanese already.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict

import pytest

_local = threading.local()
_lock = threading.Lock()
MISSING: dict[str, set[str]] = defaultdict(set)
_LATIN = re.compile(r"[A-Za-z]{2,}")


def _ja_catalog():
    from django.utils.translation import trans_real

    return trans_real.translation("ja")._catalog


def _note(key, msgid: str) -> None:
    names = getattr(_local, "templates", None)
    if not names:
        return
    from django.utils import translation

    if not (translation.get_language() or "").startswith("ja"):
        return
    if not msgid or not _LATIN.search(msgid):
        return
    if key in _ja_catalog():
        return
    with _lock:
        MISSING[msgid].add(names[-1])


def _install() -> None:
    from django.template import base
    from django.utils import translation

    trans = translation._trans
    gettext, pgettext = trans.gettext, trans.pgettext
    ngettext, npgettext = trans.ngettext, trans.npgettext

    def checked_gettext(message):
        _note(message, message)
        return gettext(message)

    def checked_pgettext(context, message):
        _note(f"{context}\x04{message}", message)
        return pgettext(context, message)

    def checked_ngettext(singular, plural, number):
        _note((singular, 0), singular)
        return ngettext(singular, plural, number)

    def checked_npgettext(context, singular, plural, number):
        _note((f"{context}\x04{singular}", 0), singular)
        return npgettext(context, singular, plural, number)

    trans.gettext = checked_gettext
    trans.pgettext = checked_pgettext
    trans.ngettext = checked_ngettext
    trans.npgettext = checked_npgettext

    render = base.Template._render

    def tracked_render(self, context):
        stack = getattr(_local, "templates", None)
        if stack is None:
            stack = _local.templates = []
        stack.append(getattr(self.origin, "template_name", None) or self.name or "?")
        try:
            return render(self, context)
        finally:
            stack.pop()

    base.Template._render = tracked_render


@pytest.fixture(scope="session", autouse=True)
def _untranslated_watch(django_test_environment):
    """After pytest-django set up the test environment (which instruments rendering)."""
    _install()
    yield


def pytest_sessionfinish(session, exitstatus):
    if not MISSING:
        return
    lines = [
        f"  {msgid!r}  (in {', '.join(sorted(templates))})"
        for msgid, templates in sorted(MISSING.items())
    ]
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    text = (
        f"{len(MISSING)} msgid(s) rendered on Japanese pages have no Japanese translation "
        "(append them to locale/ja/LC_MESSAGES/django.po):\n" + "\n".join(lines)
    )
    if reporter is not None:
        reporter.write_sep("=", "untranslated on Japanese pages", red=True)
        reporter.write_line(text)
    session.exitstatus = 1
