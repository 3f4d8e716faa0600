"""An emoji aimed at a word, read as written right after it: 〇〇課長👉💩, 市長→🐒, 担当者
➡️💩 point the emoji at the person with an arrow or a pointing hand, which says what
課長💩 or 市長は🐒 says. The regular-expression rules written for the emoji after the person
(see ``defaults_round9_words.EMOJI_INSULT``) read the message with the pointer taken out
too, as they read it spaced out closed up (:mod:`.spaced`).

Pure Python. Every character of the reading keeps the place in the message it stands for,
so a span found in it maps back (and covers the pointer between).
"""

from __future__ import annotations

import re

from .spaced import Despaced

# Pointing hands and arrows, with the variation selector and skin tone they may carry,
# and spaces around them; ＝ is widened to =.
_POINTER = (
    "[ \u3000]*(?:[\U0001f449\u261e\u27a1\u2192\u21d2\u21e8\u2794\u279c=][\ufe0f\U0001f3fb-\U0001f3ff]*"
    "[ \u3000]*)+"
)
# After a letter (a name, a role, a particle), before an emoji beyond the BMP.
_AIMED_RE = re.compile(f"(?<=[\\w々〆ー])({_POINTER})(?=[\U0001f300-\U0001faff])")
_HINT_RE = re.compile("[\U0001f449\u261e\u27a1\u2192\u21d2\u21e8\u2794\u279c=]")


def aimed(wide: str) -> Despaced | None:
    """``wide`` (the widened message) with the pointers between a word and an emoji
    taken out, or None when it has none."""
    if not _HINT_RE.search(wide):
        return None
    dropped: set[int] = set()
    for match in _AIMED_RE.finditer(wide):
        dropped.update(range(*match.span(1)))
    if not dropped:
        return None
    places = tuple(i for i in range(len(wide)) if i not in dropped)
    return Despaced("".join(wide[i] for i in places), places)
