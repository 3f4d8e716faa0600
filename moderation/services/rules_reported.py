"""Validation of an exception rule's ways of reporting abuse (``reported_by``, see
:mod:`moderation.engine.quoting`): each refused with a message in the user's language that
says what to write instead, on the form field it belongs to."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from ishinomaki_sns.common.errors import DomainError

from ..engine.normalize import normalize
from ..engine.quote_marks import SENTENCE_ENDS
from ..engine.report_ways import GAP, report_key, report_parts


class ConfigFieldError(DomainError):
    """A configuration error that belongs to one field of the rule form (``field``)."""

    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(message)
        self.field = field


MAX_REPORTED_BY = 500
# Endings of the writer's own saying or writing (死ねと言ってやる is a threat, not a report).
_FIRST_PERSON = ("てやる", "でやる", "てやろ", "でやろ", "たる", "てあげる", "たろか")


def _lines(value: Any) -> list[str]:
    if isinstance(value, str):
        value = value.splitlines()
    return [str(item).strip() for item in (value or []) if str(item).strip()]


def reported_by_list(value: Any) -> list[str]:
    """Cleaned ways of reporting (と言われ, という書き込み), each checked: written plainly,
    long enough not to follow every word, within one sentence, not the writer's own act."""
    # Three dots typed on a keyboard are the gap mark (と...言われ -> と…言われ).
    phrases = [phrase.replace("...", GAP) for phrase in _lines(value)]
    if len(phrases) > MAX_REPORTED_BY:
        raise ConfigFieldError(
            _("A rule may have at most %(count)d ways of reporting.") % {"count": MAX_REPORTED_BY},
            field="reported_by",
        )
    for phrase in phrases:
        head, tail, _bracketed = report_parts(phrase)
        if phrase.startswith(("lemma:", "substr:")):
            message = _(
                "“%(phrase)s”: write a way of reporting as it is written, without lemma: or "
                "substr: (it is always matched as written, e.g. と言われ)."
            )
        elif any(char in SENTENCE_ENDS for char in phrase):
            message = _(
                "“%(phrase)s”: a way of reporting cannot contain a sentence end (。！？) or a "
                "line break."
            )
        elif GAP in phrase and (not head or GAP in head):
            message = _(
                "“%(phrase)s”: … stands for a few words between the quoting particle and the "
                "verb, once, e.g. と…言われ (と同級生に言われ)."
            )
        elif len(report_key(phrase)) < 2:
            message = _(
                "“%(phrase)s” is too short: a way of reporting needs at least two letters once "
                "spaces and symbols are removed, or it would excuse almost every word "
                "(write と言われ, not と)."
            )
        elif normalize(tail).text.endswith(_FIRST_PERSON):
            message = _(
                "“%(phrase)s” is the writer's own saying (…てやる), which is a threat, not a "
                "report: write passive or reported forms such as と言われ or という書き込み."
            )
        else:
            continue
        raise ConfigFieldError(message % {"phrase": phrase}, field="reported_by")
    return list(dict.fromkeys(phrases))
