"""Abuse reported before it is quoted: the report leads, the words follow.

Pure Python (no Django). Residents often name what they received first and quote it after
(子どもが学校で言われた言葉は「死ね」でした, 息子が言われたのは「ガイジ」でした, 書き込まれた
内容:「バカ」「消えろ」, 届いたメールの件名が「当選しました」). A match is *reported before*
when, in the same sentence, it is a quote in brackets (or the first words) right after a
*lead*: a verb of words received (言われた, 書かれた, 書き込まれた, 送られてきた…), perhaps the
noun of what was said (言葉, 内容, 一言, の…), then は / が / も and perhaps a colon or a comma;
or the part of a post that holds words (メールの件名は, 書き込みの内容が). Further quotes
listed before it (「バカ」「死ね」, 「バカ」、「死ね」) belong to the same report.

Only words received count: the writer's own saying (お前に言いたい言葉は「死ね」, 俺の答えは
「死ね」) is no lead, and an arrival (届いた, 来た) counts only with what arrived (届いた
メールは), never alone (窓口に来たのは… names a person). The lead is a fixed part of the
engine, not rule data: it is the shape of Japanese reporting, like the brackets.
"""

from __future__ import annotations

import re

from .quote_marks import CLOSERS, LINE_BREAK, OPENERS, PAIRS, SPACES

# Words received, said or written to someone (past, passive or from someone else).
_RECEIVED = (
    "言われた", "いわれた", "言われてた", "言われていた", "言われました", "言われてきた",
    "書かれた", "書かれてた", "書かれていた", "書き込まれた", "投稿された", "呼ばれた",
    "怒鳴られた", "浴びせられた", "叫ばれた", "言ってきた", "書いてきた", "送られてきた",
    "送られた", "書いてあった", "書かれてあった",
)  # fmt: skip
# What was said: a received verb may name it (言われた言葉は) or not (言われたのは).
_SAID = (
    "言葉", "内容", "こと", "一言", "ひとこと", "暴言", "悪口", "文言", "文面", "セリフ",
    "台詞", "あだ名", "あだな", "の",
)  # fmt: skip
# What arrives holding words: an arrival counts only with one of these (届いたメールは).
_MEDIA = (
    "メール", "メッセージ", "DM", "LINE", "SMS", "ショートメール", "コメント", "書き込み",
    "手紙", "ハガキ", "はがき", "電話",
)  # fmt: skip
_ARRIVED = ("届いた", "来た", "きた", "送られてきた", "あった")
# The part of a post that holds its words (書き込みの内容は, メールの件名が).
_PARTS = ("内容", "文面", "件名", "本文", "文言")


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


# Searched only in the few characters before a quote, so it cannot run long.
_LEAD_RE = re.compile(
    f"(?:(?:{_alternation(_RECEIVED)})(?:{_alternation(_SAID + _MEDIA)})?"
    f"|(?:{_alternation(_ARRIVED)})(?:{_alternation(_MEDIA)})"
    f"|(?:{_alternation(_MEDIA)})の(?:{_alternation(_PARTS)}))"
    "(?:は|が|も)?[:：、，,]?$"
)
_LEAD_WINDOW = 16
# Between listed quotes: nothing, spaces or a comma (「バカ」「死ね」, 「バカ」、「死ね」).
_BETWEEN = SPACES | frozenset("、，,・")
_MAX_LISTED = 5
_MAX_QUOTE = 40


def reported_before(text: str, start: int, opening: int | None) -> int | None:
    """Where the lead that reports the match at ``start`` begins, or None. ``opening`` is
    the opening bracket of the quote the match lies in (None when unbracketed: then the
    match itself must come right after the lead)."""
    at = start if opening is None else opening
    for _listed in range(_MAX_LISTED + 1):
        while at > 0 and text[at - 1] in _BETWEEN:
            at -= 1
        if at == 0 or text[at - 1] not in CLOSERS:
            break
        earlier = _opener_before(text, at - 1)
        if earlier is None:
            return None
        at = earlier
    window = text[max(0, at - _LEAD_WINDOW) : at]
    found = _LEAD_RE.search(window)
    return None if found is None else at - len(window) + found.start()


def _opener_before(text: str, closing: int) -> int | None:
    """The opening bracket of the quote that closes at ``closing``, within one line."""
    closer = text[closing]
    for at in range(closing - 1, max(-1, closing - _MAX_QUOTE - 1), -1):
        char = text[at]
        if char == LINE_BREAK:
            return None
        if char in OPENERS and PAIRS[char] == closer:
            return at
    return None
