"""Masking card-number-like digits in comment text for staff views that do not decide on it.

Only the review item page (where the secretariat decides whether to hide the comment) shows
the digits; the queue, threads, histories and incidents show ``****-****-****-1234``-like
text. The mask keeps the text's length (each digit becomes ＊), so highlight spans computed on
the original still fit.
"""

from __future__ import annotations

import re

from .engine.widen import widen

# 13-19 digits with optional single spaces or hyphens: the shape of a payment card number,
# whether or not it passes the Luhn check (a near-miss is still someone's card, mistyped).
_CARD_LIKE = re.compile(r"(?<![\d\-])\d(?:[ \-]?\d){12,18}(?![ \-]?\d)")
MASK = "＊"


def mask_card_numbers(text: str) -> str:
    """``text`` with every digit of card-number-like runs but the last four masked."""
    if not text:
        return text or ""
    wide = widen(text)  # full-width digits count too; widen keeps offsets 1:1
    if len(wide) != len(text):
        wide = text
    chars = list(text)
    for match in _CARD_LIKE.finditer(wide):
        positions = [i for i in range(match.start(), match.end()) if wide[i].isdigit()]
        for i in positions[:-4]:
            chars[i] = MASK
    return "".join(chars)
