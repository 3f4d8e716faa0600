"""A threat said with the voicing of the north, read as the words it is: Tohoku speech
voices a consonant between vowels (ころす -> ころず) and rough speech the first one too
(ごろす), and the dictionary, which knows neither, reads other words there (ころずぞ as
ころ|ず|ぞ, ごろすぞ as 頃|す|ぞ), so no rule written for 殺す finds them.

Only 殺す, and only before what ends it or carries it on as the verb is carried on
(ごろすぞ, ころずど, ころしでやる), so that the other words these letters make stay as they
are: 3時ごろすぎ, 5時ごろせんせいが, ごろごろしてる. (ばが, the north's ばか, is not read so:
rules are written for it in the dialect, ばがでねえ, おめえはばがだべ.) A step of
de-evasion (:mod:`.evasion_steps`): the letters are written unvoiced, each mapped back
to the letter as written, so the rules written in the standard words apply and the
highlight lands on the dialect as written.

Pure Python.
"""

from __future__ import annotations

import re

_END = "[。！？!?]|$"
# 殺す: its stem ころ (or ごろ) and an ending, at least one of them voiced.
_KILL_RE = re.compile(
    "([こご])ろ([すずせぜ])(?=ぞ|ど|べ|っぺ|から|よ|や|な|ね|わ|[、 　]|" + _END + ")"
    "|([こご])ろ([しじ])(?=[てで](?:や|く|け|しま|ま|み|お))"
)
_UNVOICED = {"ご": "こ", "ず": "す", "ぜ": "せ", "じ": "し"}
# Where a text may hold one (a superset, searched in the original text: separators may
# stand between the letters, which de-evasion glues first): the pre-check reads such a
# text closely, since its quick form keeps the letters voiced.
_GAP = r"[^\w]{0,3}"
_TE = f"{_GAP}[てでテデ]"
_MAY_RE = re.compile(
    f"[ごゴ]{_GAP}[ろロ]{_GAP}(?:[すせスセずぜズゼ]|[しシじジ]{_TE})"
    f"|[こコ]{_GAP}[ろロ]{_GAP}(?:[ずぜズゼ]|[じジ]{_TE})"
)


def may_be_voiced(text: str) -> bool:
    """Whether ``text`` may hold a word of the list said voiced (see :func:`unvoice`)."""
    # A substring test first: the search, which starts with either of two letters, cannot
    # skip ahead at C speed, and most comments have no ろ.
    return ("ろ" in text or "ロ" in text) and _MAY_RE.search(text) is not None


def _hiragana(char: str) -> str:
    return chr(ord(char) - 0x60) if "\u30a1" <= char <= "\u30f6" else char


def unvoice(pieces: list[list]) -> list[list]:
    """The words of the list said voiced, written unvoiced (see the module docstring);
    pieces are de-evasion's ``[output, start, end, is_separator]``, one per character."""
    folded = "".join(_hiragana(piece[0]) if len(piece[0]) == 1 else "\x00" for piece in pieces)
    if "ろ" not in folded:
        return pieces
    for match in _KILL_RE.finditer(folded):
        groups = [group for group in range(1, 5) if match.group(group)]
        if not any(match.group(group) in _UNVOICED for group in groups):
            continue  # written as the standard word: nothing to read
        for group in groups:
            letter = match.group(group)
            if letter in _UNVOICED:
                piece = pieces[match.start(group)]
                plain = _UNVOICED[letter]
                piece[0] = chr(ord(plain) + 0x60) if piece[0] != letter else plain
    return pieces
