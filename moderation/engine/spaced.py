"""Characters written one by one with a space between (h t t p s : / / …, 5 5 8 1 2 …),
read without the spaces by the detectors that read the message's characters.

Pure Python. De-evasion glues single letters for the words (ば く は し て や る), but links
and personal numbers are found in the widened message, where a link or a number spaced
out letter by letter is no link and no number. A run of at least four single ASCII
characters, each followed by one space, is read without those spaces; every character
keeps its place in the message, so a span found in the spaced-out reading maps back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_RUN_RE = re.compile(r"(?<![!-~])(?:[!-~][ \u3000]){3,}[!-~](?![!-~])")
_GAPS = " \u3000"


@dataclass(frozen=True, slots=True)
class Despaced:
    """The spaced-out runs of a (widened) message without their spaces, and where each
    character stands in the message."""

    text: str
    places: tuple[int, ...]

    def to_message(self, start: int, end: int) -> tuple[int, int]:
        """The message's span of characters [start, end) of :attr:`text`."""
        return self.places[start], self.places[end - 1] + 1


def despaced(wide: str) -> Despaced | None:
    """``wide`` with its spaced-out runs closed up, or None when it has none."""
    if " " not in wide and "\u3000" not in wide:
        return None
    runs = list(_RUN_RE.finditer(wide))
    if not runs:
        return None
    chars: list[str] = []
    places: list[int] = []
    last = 0
    for run in runs:
        start, end = run.span()
        chars.extend(wide[last:start])
        places.extend(range(last, start))
        kept = [i for i in range(start, end) if wide[i] not in _GAPS]
        chars.extend(wide[i] for i in kept)
        places.extend(kept)
        last = end
    chars.extend(wide[last:])
    places.extend(range(last, len(wide)))
    return Despaced("".join(chars), tuple(places))
