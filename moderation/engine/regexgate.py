"""A cheap, exact test that a regular-expression rule cannot match, from its leading words.

Regular-expression rules are compiled case-insensitively, and a case-insensitive search
whose first characters are cased letters (``(?:line|instagram|…)``) cannot skip ahead at C
speed: it tries the whole pattern at every position, several microseconds per comment. Most
such patterns begin with one of a few literal words. Every match starts with one of them,
so when none of them is in the message's quick form (:mod:`.fastpath`: folded by width,
case and kana, as the widened text the pattern runs on would be), the rule cannot fire and
is not run. The unit test ``tests/unit/moderation/test_regex_gate.py`` checks, on random
text, that gating never changes what a rule finds.
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
