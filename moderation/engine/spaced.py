"""A link or a number written so the detectors do not see it, read closed up: characters
written one by one with a space between (h t t p s : / / …, 5 5 8 1 2 …), or with invisible
characters inside (htt\u200bp://). (A dot or an at-mark spelled out, ドット, (at), is read
by the link and address detectors themselves.)

Pure Python. De-evasion reads such things for the words (ば く は し て や る), but links
and personal numbers are found in the widened message, where none of these is a link or a
number. Every character of the closed-up reading keeps the span of the message it stands
for, so a span found in it maps back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# At least four single ASCII characters, each followed by one space; a full stop or middle
# dot among them is a dot written the Japanese way (e x a m p l e 。 c o m).
_RUN_RE = re.compile(r"(?<![!-~。・])(?:[!-~。・][ \u3000]){3,}[!-~。・](?![!-~。・])")
_GAPS = " \u3000"
# Zero-width space, non-joiner, joiner, word joiner, byte-order mark, soft hyphen: nothing
# a reader sees, so nothing a link or a number is broken by.
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


@dataclass(frozen=True, slots=True)
class Despaced:
    """The closed-up reading of a (widened) message, and where each of its characters
    stands in the message."""

    text: str
    places: tuple[int, ...]

    def to_message(self, start: int, end: int) -> tuple[int, int]:
        """The message's span of characters [start, end) of :attr:`text`."""
        return self.places[start], self.places[end - 1] + 1


def despaced(wide: str) -> Despaced | None:
    """``wide`` without its invisible characters and with its spaced-out runs closed up,
    or None when it has neither."""
    dropped = {m.start() for m in _INVISIBLE_RE.finditer(wide)}
    if " " in wide or "\u3000" in wide:
        for run in _RUN_RE.finditer(wide):
            dropped.update(i for i in range(*run.span()) if wide[i] in _GAPS)
    if not dropped:
        return None
    places = tuple(i for i in range(len(wide)) if i not in dropped)
    return Despaced("".join(wide[i] for i in places), places)
