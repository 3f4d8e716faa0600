"""Which script a character is written in, for the steps of de-evasion.

Pure Python.
"""

from __future__ import annotations

from .normalize import _is_kanji


def letter_kind(char: str) -> str:
    """'kanji', 'katakana', 'hiragana' or '' (anything else) for one output character."""
    code = ord(char)
    if 0x30A1 <= code <= 0x30FA or char == "ー":
        return "katakana"
    if 0x3041 <= code <= 0x3096:
        return "hiragana"
    return "kanji" if _is_kanji(char) else ""


def is_katakana(char: str) -> bool:
    # ヵ and ヶ are counters (三ヶ月), not kana endings: they end a run.
    return "\u30a1" <= char <= "\u30f4" or char == "ー"
