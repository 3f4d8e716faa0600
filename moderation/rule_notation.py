"""The term notation of the rule form (``lemma:…/…``, ``substr:…``, ``fuck*``) read out in the
secretariat's words, one line at a time, so a clerk can check what a line of a list does
before saving it. The engine's own parser (:func:`moderation.engine.terms.parse_term`) stays
the judge of what is valid; this only reads the lines aloud, and says so when a condition
is one the engine would refuse."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from .engine.terms import FORMS, dictionary_pos_names

# The form's boxes written in the term notation.
NOTATION_FIELDS = ("terms", "exceptions", "predicate", "target")
# A box of a few thousand lines is read out only so far: the page stays light on a phone.
MAX_READINGS = 200
_SPLIT_RE = re.compile(r"[,、，]")


@dataclass(frozen=True)
class Reading:
    """One line of a box (``number`` counts from 1, blank lines included) and what it means."""

    number: int
    line: str
    meaning: str
    problem: bool = False


def _quoted(words) -> str:
    return "".join(_("“%(word)s”") % {"word": word} for word in words)


def _lemma_reading(body: str) -> tuple[str, bool]:
    word, _slash, conditions = body.partition("/")
    word = word.strip()
    if not word:
        return _("No word after lemma: (this line would be refused)."), True
    forms: list[str] = []
    followers: list[str] = []
    without: list[str] = []
    pos: list[str] = []
    unknown: list[str] = []
    for condition in _SPLIT_RE.split(conditions) if conditions else []:
        condition = condition.strip()
        if not condition:
            continue
        if condition[0] in "+＋" and condition[1:].strip():
            followers.append(condition[1:].strip())
        elif condition[0] in "-－" and condition[1:].strip():
            without.append(condition[1:].strip())
        elif condition in FORMS:
            forms.append(condition)
        elif condition in dictionary_pos_names():
            pos.append(condition)
        else:
            unknown.append(condition)
    parts = [_("Every form of the word %(word)s.") % {"word": _quoted([word])}]
    if pos:
        parts.append(_("Only as a %(pos)s.") % {"pos": "・".join(pos)})
    either = []
    if forms:
        either.append(_("ends in the %(forms)s") % {"forms": "・".join(forms)})
    if followers:
        either.append(_("is followed by %(words)s") % {"words": _quoted(followers)})
    if either:
        parts.append(_("Only when it %(conditions)s.") % {"conditions": _(" or ").join(either)})
    if without:
        parts.append(_("Not when %(words)s comes with it.") % {"words": _quoted(without)})
    if unknown:
        parts.append(
            _("%(words)s is not a condition (this line would be refused).")
            % {"words": _quoted(unknown)}
        )
    return "".join(parts), bool(unknown)


def line_reading(line: str) -> tuple[str, bool] | None:
    """What one line means, and whether it would be refused; None for a plain word (it
    means itself, and the box's help says how words are matched)."""
    entry = line.strip()
    lowered = entry.lower()
    if lowered.startswith("lemma:"):
        return _lemma_reading(entry[6:].strip())
    if lowered.startswith("substr:"):
        text = entry[7:].strip()
        if not text:
            return _("No text after substr: (this line would be refused)."), True
        return _("%(text)s anywhere in the comment, even inside a longer word.") % {
            "text": _quoted([text])
        }, False
    starts, ends = entry.startswith("*"), entry.endswith("*") and len(entry) > 1
    word = entry.strip("*")
    if (starts or ends) and word and word.isascii():
        if starts and ends:
            return _("English words containing %(word)s.") % {"word": _quoted([word])}, False
        if ends:
            return _("English words beginning with %(word)s.") % {"word": _quoted([word])}, False
        return _("English words ending with %(word)s.") % {"word": _quoted([word])}, False
    return None


def notation_readings(value) -> tuple[list[Reading], int]:
    """The readings of a box's lines that use the notation (at most ``MAX_READINGS``), and
    how many such lines there are in all."""
    lines = value.splitlines() if isinstance(value, str) else [str(v) for v in value or []]
    readings: list[Reading] = []
    total = 0
    for number, line in enumerate(lines, start=1):
        reading = line_reading(line) if line.strip() else None
        if reading is None:
            continue
        total += 1
        if len(readings) < MAX_READINGS:
            readings.append(Reading(number, line.strip(), reading[0], reading[1]))
    return readings, total
