"""Katakana words read on their own, so the pre-check can set aside a match inside one.

マイナンバーカード holds バーカ, コロンブス and ブースト hold ブス, インチョン holds チョン: a surface
term found inside a katakana word is no match, but finding that out meant reading the
whole sentence with the analyser, the slowest step of screening. A run of katakana made
of dictionary words is read the same way whatever stands before it, but not whatever
follows: some dictionary words are katakana with a hiragana ending (ブスっ, ムカつく,
ディスる), so ブスブスっ is ブス|ブスっ where ブスブス alone is one word. So the pre-check reads
the run with the hiragana right after it, once per distinct pair (:func:`read_run` is
cached), trusts the reading only where no word crosses the run's end, and a
candidate lying inside one of its words is set aside without reading the sentence. A run
the dictionary does not know is not trusted: alone it is one unknown word, beside other
words it may split (バーカアホウドリ市長 is バーカ|アホウドリ|市長). The property test in
``tests/unit/moderation/test_precheck.py`` checks that screening gives the same hits with
and without the pre-check.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .dictionary import tokenizer
from .fastpath import quick_form

# Full-width katakana and the long mark; half-width kana with voiced marks never reach
# here (the quick form refuses them).
_KATAKANA_RUN_RE = re.compile("([\u30a1-\u30fa\u30fc]{3,})([\u3041-\u3096]{0,4})")
_CACHE = 4096


class KatakanaRun:
    """One katakana run of a message as the quick form has it (folded, long marks
    dropped), where each folded character stands in the run, and where the analyser,
    reading the run alone, puts a word edge."""

    __slots__ = ("folded", "places", "text", "cuts")

    def __init__(self, folded: str, places: tuple[int, ...], text: str, cuts: frozenset[int]):
        self.folded = folded
        self.places = places
        self.text = text
        self.cuts = cuts


def katakana_runs(message: str) -> list[KatakanaRun]:
    """The runs of ``message`` (see :func:`read_run`), but those de-evasion may glue to a
    katakana letter across a short gap (ヲ インチョン is read ヲインチョン, a sentence in
    katakana: see .evasion_steps._glue_split_words), which are read otherwise than alone."""
    runs = []
    for match in _KATAKANA_RUN_RE.finditer(message):
        if _glued(message, match.start(), match.end(1), bool(match.group(2))):
            continue
        run = read_run(match.group(1), match.group(2))
        if run is not None:
            runs.append(run)
    return runs


def _glued(message: str, start: int, end: int, tail: bool) -> bool:
    """Whether a katakana letter stands within a short gap (up to three spaces, dots or
    symbols) before the run, or after it when no hiragana follows: a superset of what
    de-evasion glues, whose letters are read half-width or full-width alike."""
    before = start - 1
    while before >= 0 and start - before <= _GAP and _is_gap(message[before]):
        before -= 1
    if before < start - 1 and before >= 0 and _is_kana_letter(message[before]):
        return True
    if tail:
        return False
    after = end
    while after < len(message) and after - end < _GAP and _is_gap(message[after]):
        after += 1
    return after > end and after < len(message) and _is_kana_letter(message[after])


_GAP = 3  # evasion_steps._MAX_GAP: the longest gap glued


def _is_gap(char: str) -> bool:
    return unicodedata.category(char)[0] in "ZPSC"


def _is_kana_letter(char: str) -> bool:
    return "\u30a1" <= char <= "\u30fc" or "\uff66" <= char <= "\uff9d"


@lru_cache(maxsize=_CACHE)
def read_run(run: str, tail: str = "") -> KatakanaRun | None:
    """``run`` folded as the quick form folds it, and read with the hiragana ``tail`` that
    follows it; None when folding does more than drop its long marks (a stretched vowel
    collapsed), so places are unknown, or when a word crosses the run's end (ブスっ)."""
    places = tuple(i for i, char in enumerate(run) if char != "ー")
    folded = quick_form(run)
    if folded is None or len(folded) != len(places):
        return None
    cuts = {0, len(run)}
    for morpheme in tokenizer().tokenize(run + tail):
        if morpheme.begin() >= len(run):
            break  # the tail's own words
        if len(run) < morpheme.end():
            return None
        if morpheme.is_oov():
            # A run the dictionary does not know is read as one unknown word alone, but
            # split into known words beside others (バーカアホウドリ|市長 is バーカ|アホウドリ):
            # only dictionary words are read the same wherever they stand.
            return None
        cuts.add(morpheme.begin())
        cuts.add(morpheme.end())
    return KatakanaRun(folded, places, run, frozenset(cuts))


def inside_a_word(quick: str, start: int, end: int, runs: list[KatakanaRun]) -> bool:
    """Whether ``quick[start:end]`` lies in the folded form of a katakana run, strictly
    inside its words (one of its ends is no word edge), and that run is the only thing in
    ``quick`` with that folded form (hiragana spelled the same would read differently)."""
    for run in runs:
        folded = run.folded
        position = quick.rfind(folded, max(0, end - len(folded)), start + len(folded))
        if position < 0 or not (position <= start and end <= position + len(folded)):
            continue
        # Every place the folded run occurs, overlapping ones included, must be a run of
        # its own: separators are dropped in the quick form, so runs standing apart in the
        # message touch there (バカバカ、バーカ is ばかばかばか, where ばかばか occurs twice).
        if _occurrences(quick, folded) != sum(1 for other in runs if other.folded == folded):
            return False
        first = run.places[start - position]
        last = run.places[end - position - 1] + 1
        # A word may end after the long marks that follow the match (オナニー for おなに).
        ends = {last}
        while last < len(run.text) and run.text[last] == "ー":
            last += 1
            ends.add(last)
        return not (first in run.cuts and not ends.isdisjoint(run.cuts))
    return False


def _occurrences(text: str, part: str) -> int:
    """How many times ``part`` occurs in ``text``, overlapping occurrences included."""
    count, at = 0, text.find(part)
    while at >= 0:
        count += 1
        at = text.find(part, at + 1)
    return count
