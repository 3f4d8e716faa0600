"""Cheap, exact tests that a regular-expression rule cannot match: its leading words, and
the words every match holds.

Regular-expression rules are compiled case-insensitively, and a case-insensitive search
whose first characters are cased letters (``(?:line|instagram|…)``) cannot skip ahead at C
speed: it tries the whole pattern at every position, several microseconds per comment. Most
such patterns begin with one of a few literal words. Every match starts with one of them,
so when none of them is in the message's quick form (:mod:`.fastpath`: folded by width,
case and kana, as the widened text the pattern runs on would be), the rule cannot fire and
is not run.

A pattern without cased letters first still tries itself at every position when its first
characters are many (a dozen staff words before a weapon emoji): 5 µs a comment each.
:func:`required_words` reads from its structure a set of words one of which every match
holds (the weapon emoji), and :class:`RequiredWords` looks for all the rules' words in one
pass. The unit test ``tests/unit/moderation/test_regex_gate.py`` checks, on random text,
that gating never changes what a rule finds.
"""

from __future__ import annotations

import re
import re._casefix as _casefix  # the case pairs a case-insensitive search adds to lower()
import re._constants as _sre
import re._parser as _parser

from .automaton import KeyFinder
from .fastpath import quick_form
from .normalize import char_class

# Characters equal to others only under the regular-expression engine's extra case pairs
# (ı and i, ſ and s, Greek symbol forms): a message holding one is never gated.
_EXTRA_CASE_RE = re.compile(
    char_class(sorted({c for k, v in _casefix._EXTRA_CASES.items() for c in (k, *v)}))
)


class Gate:
    """The leading words of a regular expression, in quick form, found at once."""

    __slots__ = ("_finder", "words")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self._finder = KeyFinder((word, None) for word in words)

    def may_match(self, quick: str, message: str) -> bool:
        """False only when no match of the gated pattern can exist in ``message``."""
        return self._finder.occurs_in(quick) or _EXTRA_CASE_RE.search(message) is not None


def literal_gate(pattern: str) -> Gate | None:
    """A gate of the leading literal words of ``pattern``, one of which every match begins
    with; None when the pattern does not begin with literals, or when none of them has a
    cased letter (then the search skips ahead to them at C speed by itself, faster than
    any gate)."""
    try:
        data = _parser.parse(pattern, re.IGNORECASE).data
    except (re.error, RecursionError):
        return None
    if not data:
        return None
    op, av = data[0]
    if op is _sre.BRANCH:
        alternatives = [list(branch) for branch in av[1]]
    elif op is _sre.LITERAL:
        alternatives = [list(data)]
    else:
        return None
    words = []
    cased = False
    for items in alternatives:
        prefix = []
        for item_op, item_av in items:
            if item_op is not _sre.LITERAL:
                break
            prefix.append(chr(item_av))
        folded = quick_form("".join(prefix)) if prefix else None
        if not folded:
            return None  # an alternative that starts otherwise, or folds to nothing
        cased = cased or any(char.lower() != char.upper() for char in prefix)
        words.append(folded)
    return Gate(tuple(sorted(set(words)))) if cased else None


# --- required words ---------------------------------------------------------------------------

_MAX_CLASS = 32  # a character class larger than this is no useful requirement
_KANA_OR_KANJI_RE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f々〆]")
_KANJI_RE = re.compile("[\u3400-\u9fff々〆]")


def required_words(pattern: str) -> tuple[str, ...] | None:
    """Words one of which every match of ``pattern`` holds, as the text it searches
    spells them: the rarest such set the pattern's structure shows (an emoji, a symbol,
    then the longest words), or None when it shows none. Only words without cased letters
    are kept, so that a case-insensitive match holds them exactly as written."""
    try:
        data = _parser.parse(pattern, re.IGNORECASE).data
    except (re.error, RecursionError):
        return None
    words = _required_in(list(data))
    return tuple(sorted(words)) if words else None


def _required_in(items: list) -> frozenset[str] | None:
    """The best requirement of a sequence: one of its parts' (a run of literals is one word)."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            options.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        end_run()
        found: frozenset[str] | None = None
        if op is _sre.SUBPATTERN:
            found = _required_in(list(av[-1]))
        elif op is _sre.BRANCH:
            alternatives = [_required_in(list(branch)) for branch in av[1]]
            if all(alternatives):
                found = frozenset().union(*alternatives)  # type: ignore[arg-type]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required_in(list(av[2]))
        elif op is _sre.IN:
            found = _class_chars(av)
        if found:
            options.append(found)
    end_run()
    options = [words for words in options if not any(_is_cased(word) for word in words)]
    return max(options, key=_rarity, default=None)


def _class_chars(items: list) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(chr(av))
        elif op is _sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        else:
            return None  # a negated class, a category (\s), a wide range
    return frozenset(chars) if 0 < len(chars) <= _MAX_CLASS else None


def _is_cased(word: str) -> bool:
    return any(char.lower() != char.upper() for char in word) or bool(_EXTRA_CASE_RE.search(word))


def _rarity(words: frozenset[str]) -> tuple[int, int, int]:
    # In comments an emoji or a symbol is rarer than any word, a word with a kanji or a
    # long kana word rarer than short kana (して) or a digit; then the longer the shortest
    # word, and the fewer the words, the rarer.
    return min(map(_word_rarity, words)), min(map(len, words)), -len(words)


def _word_rarity(word: str) -> int:
    if not _KANA_OR_KANJI_RE.search(word) and not word.isdigit():
        return 3
    if _KANJI_RE.search(word) or len(word) >= 4:
        return 2
    return 1


class QuickGate:
    """The words a match of a regular expression on the matching form must hold, folded
    as the pre-check's quick form spells them: for each alternative at the top of the
    pattern, one word of each of its required sets (:func:`required_sets`).

    A rule on the matching form (``"on": "normalized"``) searches the de-evaded,
    normalised text, which only a close reading produces. The quick form equals that text
    piece by piece between sentence ends, collapsed (see :mod:`.fastpath`); so when the
    quick form lacks what every match holds, the rule cannot fire, and the message need
    not be read closely for it. Requiring every set in order, not only the rarest, matters:
    the rarest word of 「…しか…いない」 is しか, in one comment in ten. ``always`` when some
    rule shows no such words: then every message is read.
    """

    __slots__ = ("_finder", "_rules", "always")

    def __init__(self, patterns: list[str]) -> None:
        rules: list[list[list[frozenset[str]]]] = []
        always = False
        for pattern in patterns:
            alternatives = required_sets(pattern)
            folded = [[_quick_words(words) for words in sets] for sets in alternatives or ()]
            if not folded or any(not sets or None in sets for sets in folded):
                always = True  # a match may hold nothing the quick form can be asked for
                break
            rules.append(folded)  # type: ignore[arg-type]
        self.always = always
        keys = {key for alternatives in rules for sets in alternatives for ws in sets for key in ws}
        self._rules = rules
        self._finder = None if always else KeyFinder((key, key) for key in keys)

    def may_match(self, quick: str) -> bool:
        """False only when no rule of the gate can match the message's matching form."""
        finder = self._finder
        if self.always or finder is None:
            return True
        found: dict[str, list[tuple[int, int]]] = {}
        for start, end, key in finder.find(quick):
            found.setdefault(key, []).append((start, end))
        if not found:
            return False
        return any(_in_order(sets, found) for alternatives in self._rules for sets in alternatives)


def _in_order(sets: list[frozenset[str]], found: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether a word of each set occurs in ``found``, each after the one before: the parts
    of a match come in order. Collapsing a vowel run (かあ + あめ → かあめ) may make two
    words share one character, never more, so a word may begin on the last character of
    the one before (ばかり holds ばか, but not ばか and then ばかり)."""
    bound = 0
    for words in sets:
        ends = [end for word in words for start, end in found.get(word, ()) if start >= bound]
        if not ends:
            return False
        bound = min(ends) - 1  # the earliest end leaves the most room for the rest
    return True


def _quick_words(words: frozenset[str]) -> frozenset[str] | None:
    """``words`` in quick form; None when one of them has no single-piece quick form."""
    folded = set()
    for word in words:
        quick = quick_form(word)
        if not quick or "\x00" in quick:
            return None
        folded.add(quick)
    return frozenset(folded)


def required_sets(pattern: str) -> list[list[frozenset[str]]] | None:
    """For each alternative at the top of ``pattern`` (one when it has no ``|`` there), the
    sets of words every match of that alternative holds one of each; None when the pattern
    does not parse. Only sets without cased letters are kept (see :func:`required_words`)."""
    try:
        data = list(_parser.parse(pattern, re.IGNORECASE).data)
    except (re.error, RecursionError):
        return None
    while len(data) == 1 and data[0][0] is _sre.SUBPATTERN:
        data = list(data[0][1][-1])
    if len(data) == 1 and data[0][0] is _sre.BRANCH:
        branches = [list(branch) for branch in data[0][1][1]]
    else:
        branches = [data]
    return [
        [words for words in _sets_in(branch) if not any(_is_cased(word) for word in words)]
        for branch in branches
    ]


def _sets_in(items: list) -> list[frozenset[str]]:
    """Every set of words a match of the sequence ``items`` holds one of."""
    sets: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            sets.append(frozenset(["".join(run)]))
            run.clear()
        if op is _sre.SUBPATTERN:
            sets.extend(_sets_in(list(av[-1])))
        elif op is _sre.BRANCH:
            found = _required_in([(op, av)])
            if found:
                sets.append(found)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            sets.extend(_sets_in(list(av[2])))
        elif op is _sre.IN:
            chars = _class_chars(av)
            if chars:
                sets.append(chars)
    if run:
        sets.append(frozenset(["".join(run)]))
    return sets


class RequiredWords:
    """The regular-expression rules' required words, found in one pass over the text
    the rules search: a rule none of whose words is there cannot fire."""

    __slots__ = ("_finder", "gated")

    def __init__(self, rules: list[tuple[int, tuple[str, ...]]]) -> None:
        self.gated = frozenset(index for index, _words in rules)
        by_word: dict[str, set[int]] = {}
        for index, words in rules:
            for word in words:
                by_word.setdefault(word, set()).add(index)
        self._finder = KeyFinder((word, frozenset(indexes)) for word, indexes in by_word.items())

    def cannot_fire(self, text: str) -> frozenset[int]:
        """The gated rules none of whose required words ``text`` holds."""
        found = self.gated
        for _start, _end, indexes in self._finder.find(text):
            found = found - indexes
        return found
