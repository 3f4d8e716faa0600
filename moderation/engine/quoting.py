"""Abuse quoted or reported: an exception by its shape, not by a list of word + phrase.

Pure Python (no Django). Residents quote the abuse they received or report it
(子どもが「バカ」と言われた, 「死ね」という書き込みを消して, 無能呼ばわりされた,
「うざい」とか「消えろ」とか言われる). Such a match is not abuse by the writer. An exception
rule's ``reported_by`` lists the *ways of reporting* (と言われ, という書き込み, 呼ばわり…);
the engine finds them with its one Aho-Corasick pass over the matching form (so width,
kana and spaced-out letters fold as for terms) and hands their positions here.

A match at [start, end) of the de-evaded text is *quoted or reported* when, within one
sentence (no 。！？ or line break anywhere in the excused stretch, except a 。！？… said
inside a closed pair of brackets 「…」『…』｢…｣“…”: 「死ね！」と言われた is one sentence that
reports another; so is a mark right before a closing straight quote, "死ね！"と言われた; a
line break always ends it, and an unclosed bracket encloses nothing):

* it is followed by a way of reporting, after optional closing quotes (」』”’"), spaces and
  a short sentence ending said in the quote (バカだと, 死ねよと, キモいねと); or
* it is followed by further quoted items first, joined by 、 / とか / だの / や / と or written side
  by side in brackets (「ブス」「デブ」と書かれた, バカとかアホとか言われ, 「バカ、死ね」と言われて);
  an item is a bracketed quote, another match or a few characters; or
* it lies inside 「…」 (『…』, “…”) and the quote is followed, in the same way, by a way of
  reporting (「市長はバカだ」と言われた); a list of such quotes closed by とか / など and the
  end of the sentence is cited, which counts as reported (「外国人は出ていけ」とか「…」とか。);
  a comma may stand before the way of reporting (死ね、という書き込み); or
* a report of words received leads and the quote follows (言われた言葉は「死ね」でした,
  :mod:`.quote_leads`): that needs no way of reporting found, only an exception rule that
  has some.

A way of reporting may hold a gap, ``と…言われ``: up to MAX_GAP characters of the sentence
between the particle and the verb (と同級生に言われ, と電話で脅され). One written after a
closing bracket, ``」と…言っ``, counts only after a quote in brackets: saying verbs the
writer could be using himself (「ぶっ殺す」と言って暴れている人 is a report, ぶっ殺すと言って
いる is not clearly one). For a pattern rule (a group and what is said of it) a way of
reporting that starts with a quoting particle also counts only after brackets:
外国人は犯罪者ばかりだと言われている is the writer's own claim dressed as hearsay; one that
names a post or who wrote it counts unbracketed (在日は帰れという書き込み). How a way of
reporting is read and found is :mod:`.report_ways`.

The excused stretch runs from the match (or the opening bracket) to the end of the way of
reporting; a match is only excused by the shape, never a word beside it, so バカ alone, or
the writer's own threat (死ねと言ってやる: 言ってやる is no way of reporting), still flags;
so does a way of reporting followed closely by the writer's own act
(「死ね」というメッセージを送ってやる), by wishing it on someone or a threat on a condition
(死ねって言われればいい, 言われたくなかったら), by saying it was deserved (無能と言われても
仕方ない) or by a denial right after it (ガイジは差別語じゃない).
The scan is a bounded search over positions (no regular expression that could backtrack).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from .quote_leads import reported_before
from .quote_marks import (
    CLOSERS,
    MAX_QUOTE,
    OPENERS,
    PAIRS,
    SENTENCE_END_RE,
    SPACES,
    closing_quote,
    opening_quote,
    plain,
)
from .report_ways import ANYWHERE, QUOTING

JOINERS = ("、", "，", ",", "・", "とか", "だの", "やら", "や", "と")
# What a quote may end with after the word (バカだ, 死ねよ, キモいね, うぜーw).
_TRAILERS = (
    "だよね", "だよな", "ですね", "ですよ", "じゃん", "だろ", "だよ", "だね", "だな", "だぞ",
    "かよ", "よね", "です", "だ", "よ", "ね", "な", "ぞ", "か", "わ",
)  # fmt: skip
_TRAILER_MARKS = frozenset("ー〜~ｗwW笑")
_TRAILERS_BY_FIRST: dict[str, tuple[str, ...]] = {
    first: tuple(t for t in _TRAILERS if t[0] == first) for first in {t[0] for t in _TRAILERS}
}
_JOINER_FIRSTS = frozenset(joiner[0] for joiner in JOINERS)
_COMMAS = frozenset("、，,")
# Bounds: how far an item, a quote and the whole excuse may reach.
MAX_PLAIN = 4
MAX_ITEMS = 5
MAX_REACH = 80
# The writer's own act right after a way of reporting makes it a threat, not a report
# (「死ね」というメッセージを送ってやる, バカと怒鳴ってやる): then nothing is excused.
_OWN_ACT = (
    "てやる", "でやる", "てやろ", "でやろ", "てやん", "でやん", "てやっ", "でやっ", "てあげ",
    "ておく", "ておき", "っとく", "しとく", "いとく", "ったる", "したる", "たろか", "たい",
    "であげ",
    # wishing it on the reader, or a threat on a condition (死ねって言われればいい, 言われろ,
    # 死ねって言われたくなかったら黙れ)
    "ればいい", "ればよい", "れば良い", "たらいい", "れろ", "たくなかったら", "たくなければ",
    "たくなきゃ",
)  # fmt: skip
_OWN_ACT_REACH = 10
# Saying that the abuse is deserved or fits is not reporting it (無能と言われても仕方ない,
# バカという言葉がぴったり).
_ENDORSED = (
    "ても仕方", "てもしかた", "ても当然", "て当然", "て当たり前", "ても当たり前", "のも当然",
    "のも無理は", "ても文句", "のも納得", "ても無理は", "ぴったり", "ふさわし", "似合",
    "その通り", "言い得て妙", "賛成", "同感", "正論",
)  # fmt: skip
# A denial right after a way of reporting (ガイジは差別語じゃない) takes the report back.
_DENIED = ("じゃな", "ではな", "でもな", "じゃね", "ではありませ", "じゃありませ")
_OWN_ACT_RE = re.compile("|".join(map(re.escape, _OWN_ACT + _ENDORSED)))


def quoted_span(
    text: str,
    start: int,
    end: int,
    reports: Mapping[int, tuple[int, int]],
    matches: Mapping[int, Collection[int]] | None = None,
    *,
    in_brackets: bool = False,
) -> tuple[int, int] | None:
    """The stretch of ``text`` that excuses the match at [start, end) as quoted or reported,
    or None. ``reports`` maps where a way of reporting starts to where it ends and where it
    counts (see :func:`report_parts`), ``matches``
    where another match starts to where it may end (offsets in ``text``): an item listed
    without brackets is another match or at most MAX_PLAIN characters. With
    ``in_brackets`` (a pattern's group and what is said of it) a way of reporting that
    starts with a quoting particle counts only after a quote in brackets:
    外国人は犯罪者ばかりだと言われている is the writer's own generalisation dressed as
    hearsay, 職員を無能呼ばわりする is not. The stretch covers the match and lies inside ``text``."""
    if not (0 <= start < end <= len(text)):
        return None
    if SENTENCE_END_RE.search(text, start, end):
        return None
    matches = matches or {}
    found = _tail(text, end, reports, matches, in_brackets) if reports else None
    if found is not None:
        return start, found
    opening = opening_quote(text, start)
    if opening is None:
        led = reported_before(text, start, None)
        return None if led is None else (led, end)
    closing = closing_quote(text, end, PAIRS[text[opening]], opening + MAX_QUOTE + 1)
    if closing is None:
        return None
    found = _tail(text, closing, reports, matches, in_brackets) if reports else None
    if found is not None:
        return opening, found
    led = reported_before(text, start, opening)
    return None if led is None else (led, closing + 1)


def _tail(
    text: str,
    position: int,
    reports: Mapping[int, tuple[int, int]],
    matches: Mapping[int, Collection[int]],
    in_brackets: bool = False,
) -> int | None:
    """Where the way of reporting that follows ``position`` ends (after closing quotes,
    a sentence ending and further quoted items), or None. A breadth-first search over the
    positions an item can end at: each position is tried once."""
    limit = min(len(text), position + MAX_REACH)
    frontier = [(position, True)]
    seen: set[int] = set()
    for _round in range(MAX_ITEMS + 1):
        following: list[tuple[int, bool]] = []
        for item_end, spoken in frontier:
            for rest in _after_item(text, item_end, limit, spoken):
                if rest in seen:
                    continue
                seen.add(rest)
                at = rest  # 死ね、という書き込み: a comma may come before the way of reporting
                if at not in reports and at < limit and text[at] in _COMMAS:
                    at += 1
                if at in reports:
                    found, need = reports[at]
                    if SENTENCE_END_RE.search(text, at, found):
                        pass  # (と\n言われ: the matching form drops the line break)
                    elif (
                        need == ANYWHERE
                        or (need == QUOTING and not in_brackets)
                        or (_after_closer(text, rest, position))
                    ):
                        return None if _own_act(text, found) else found
                following.extend(_next_items(text, rest, limit, matches))
        if not following:
            return None
        frontier = following
    return None


def _after_closer(text: str, position: int, floor: int) -> bool:
    """Whether a closing bracket (then perhaps spaces) comes right before ``position``."""
    at = position - 1
    while at >= floor and text[at] in SPACES:
        at -= 1
    return at >= floor and text[at] in CLOSERS


def _own_act(text: str, position: int) -> bool:
    """Whether the writer's own saying or doing (…てやる), saying it was deserved, or a denial
    follows the way of reporting that ends at ``position`` closely, in the same sentence
    (its last letter included: 言って|やる)."""
    start = max(0, position - 1)
    stop = min(len(text), position + _OWN_ACT_REACH)
    end = SENTENCE_END_RE.search(text, start, stop)
    if text.startswith(_DENIED, position):
        return True  # ガイジは差別語|じゃない: the word is used, its report denied
    return _OWN_ACT_RE.search(text, start, end.start() if end else stop) is not None


def _after_item(text: str, position: int, limit: int, spoken: bool) -> list[int]:
    """Positions after an item's closing quotes and spaces, and, for a word (not a run of
    characters, which could end anywhere in a sentence), its optional sentence ending."""
    ends = {position}
    if spoken and position < limit:
        for trailer in _TRAILERS_BY_FIRST.get(text[position], ()):
            if text.startswith(trailer, position, limit):
                ends.add(position + len(trailer))
    out = []
    for at in ends:
        while spoken and at < limit and text[at] in _TRAILER_MARKS:
            at += 1
        while at < limit and (text[at] in CLOSERS or text[at] in SPACES):
            at += 1
        out.append(at)
    return out


def _next_items(
    text: str, position: int, limit: int, matches: Mapping[int, Collection[int]]
) -> list[tuple[int, bool]]:
    """Where a further quoted item starting at ``position`` can end: after a joiner (or
    none before a bracket), a bracketed quote, another match or a run of one to MAX_PLAIN
    characters (longer runs are sentences, not listed words: バカ、だから死ねと言われる)."""
    starts = []
    if position >= limit:
        return []
    for joiner in JOINERS if text[position] in _JOINER_FIRSTS else ():
        if text.startswith(joiner, position, limit):
            at = position + len(joiner)
            while at < limit and text[at] in SPACES:
                at += 1
            starts.append(at)
    if position < limit and text[position] in OPENERS:
        starts.append(position)  # 「ブス」「デブ」: quotes side by side
    ends: list[tuple[int, bool]] = []
    for at in starts:
        if at < limit and text[at] in OPENERS:
            closing = closing_quote(text, at + 1, PAIRS[text[at]], min(limit, at + MAX_QUOTE))
            if closing is not None and closing > at + 1:
                ends.append((closing, False))
            continue
        ends.extend((e, True) for e in matches.get(at, ()) if e <= limit)
        for length in range(1, MAX_PLAIN + 1):
            index = at + length - 1
            if index >= limit or not plain(text[index]):
                break
            ends.append((at + length, False))
    return ends
