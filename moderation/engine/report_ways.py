"""Ways of reporting abuse (an exception rule's ``reported_by``): how a phrase of the rule
data is read, and where a phrase found in a comment starts and counts. Pure Python (no
Django); the shape around them is read by :mod:`.quoting`."""

from __future__ import annotations

import re
from collections.abc import Collection

from .normalize import normalize
from .quote_marks import CLOSERS, plain

# The mode of a way of reporting among an exception rule's compiled entries.
REPORTED = "reported"

# In a way of reporting, … marks a few words between the quoting particle and the verb
# (と…言われ: と同級生に言われ, と電話で脅され).
GAP = "…"
MAX_GAP = 6
# After a quote in brackets (「死ね」と同じクラスの男の子に言われ) the quote is plainly someone
# else's words, and who said it where may take more words: the gap may be this long.
MAX_GAP_AFTER_QUOTE = 20
# A comma may stand in a gap, uncounted (「死ね」と、同級生に言われ; バカとか死ねとか、ひどい):
# the particle still quotes what came before it.
_GAP_COMMAS = frozenset("、，,")


# Where a way of reporting counts (see :func:`report_parts`).
ANYWHERE, QUOTING, AFTER_BRACKETS = 0, 1, 2
# Particles that quote: a way of reporting that starts with one (と言われ, という書き込み)
# reports a whole statement, so for a pattern (a group and what is said of it) only a quote
# in brackets counts; one that starts with the word's own noun (呼ばわり) names an insult.
_QUOTING_PARTICLES = ("と", "って", "など", "なんて", "みたいな", "のような", "との", "等の")
# A way that names the post or the person who wrote or said it (という書き込み, と書いてる人,
# って言う人) reports what someone did, not what is said of a group as hearsay (と言われて
# いる): for a pattern it counts unbracketed too (外国人は出ていけと書いてる人がいた, 在日は
# 帰れという投稿を見ました, 役所は無能って言う人もいるけど).
_POSTS = (
    "書き込み", "投稿", "コメント", "落書き", "張り紙", "貼り紙", "ビラ", "チラシ", "メール",
    "メッセージ", "DM", "LINE",
)  # fmt: skip
_SPEAKERS = ("人", "奴", "やつ", "大人")


def report_parts(phrase: str) -> tuple[str, str, int]:
    """A way of reporting split at its gap: (the particle before …, the rest, where it
    counts); the first is empty when the phrase has no gap. Where it counts:
    AFTER_BRACKETS for a phrase written after 」 (」と…言って): saying verbs that the writer
    could be saying (「ぶっ殺す」と言って暴れている人 is a report, ぶっ殺すと言っている is
    not clearly one); QUOTING for one that starts with a quoting particle (after brackets
    only, for a pattern rule) unless it names a post or who wrote it; ANYWHERE for the
    others (呼ばわり, という書き込み, と書いてる人)."""
    phrase = phrase.strip()
    head, _marker, tail = phrase.lstrip("".join(CLOSERS)).rpartition(GAP)
    head, tail = head.strip(), tail.strip()
    if phrase[:1] in CLOSERS:
        need = AFTER_BRACKETS
    elif (head or tail).startswith(_QUOTING_PARTICLES) and not _names_a_post(tail):
        need = QUOTING
    else:
        need = ANYWHERE
    return head, tail, need


def _names_a_post(tail: str) -> bool:
    return tail.endswith(_POSTS + _SPEAKERS)


def report_key(phrase: str) -> str:
    """The matching form the engine's automaton searches for a way of reporting: the part
    after its gap, if any."""
    return normalize(report_parts(phrase)[1]).text


def report_starts(
    text: str, first: int, heads: Collection[tuple[str, int]]
) -> list[tuple[int, int]]:
    """Where a way of reporting starts whose part after the gap was found at ``first`` of
    ``text`` (with where it counts): there itself for a phrase without a gap (head ""), or
    where its particle ends at most MAX_GAP characters of the same sentence earlier
    (と|同級生に|言われ), or MAX_GAP_AFTER_QUOTE when the particle follows a closing
    bracket (」と|同じクラスの男の子に|言われ)."""
    low = first  # the gap may reach back to here: plain characters of the sentence
    commas = 0
    while low > 0 and first - low - commas < MAX_GAP_AFTER_QUOTE:
        if text[low - 1] in _GAP_COMMAS:
            commas += 1
        elif not plain(text[low - 1]):
            break
        low -= 1
    near = max(low, first - MAX_GAP - commas)
    starts = []
    for head, need in heads:
        if not head:
            starts.append((first, need))
            continue
        for particle in _SAID_AS.get(head, (head,)):
            # The particle's last letter, found at C speed, then the whole particle checked.
            at = text.find(particle[-1], max(0, low - 1), first)
            while at != -1:
                begin = at + 1 - len(particle)
                if (
                    begin >= 0
                    and text.startswith(particle, begin)
                    and (at + 1 >= near or (begin > 0 and text[begin - 1] in CLOSERS))
                ):
                    starts.append((begin, need))
                at = text.find(particle[-1], at + 1, first)
    return starts


# Every particle that quotes as と does: a way of reporting written with と (と…怒鳴られ,
# 」と…叫ん) is found with any of them (って怒鳴られ, 」なんて叫ん, とか罵られ, などと書かれ).
_SAID_AS_TO = ("と", "って", "なんて", "とか", "などと")
# And so is という…, with っていう, とかいう and なんていう (という…書き込み: っていう書き込み).
_SAID_AS: dict[str, tuple[str, ...]] = {
    "と": _SAID_AS_TO,
    "という": ("という", "っていう", "とかいう", "なんていう"),
}


# A quote in brackets cited as an example and the sentence ended there: 「外国人は出ていけ」
# とか「障害者は閉じ込めろ」とか。 What was written is pointed at, not said: the closing
# とか / など counts as a way of reporting after brackets.
_CITED_RE = re.compile("(?:とか|など|なんか|なんて)(?=[。！？!?\n．｡…]|$)")


def cited_ends(text: str) -> list[tuple[int, int]]:
    """[start, end) of each とか / など that closes a list of quotes in brackets and its
    sentence; as ways of reporting they count only after brackets."""
    return [
        (found.start(), found.end())
        for found in _CITED_RE.finditer(text)
        if found.start() > 0 and text[found.start() - 1] in CLOSERS
    ]


def add_report(reports: dict[int, tuple[int, int]], start: int, end: int, need: int) -> None:
    """Record a way of reporting at [start, end): the one that counts in more places wins,
    then the longer."""
    known = reports.get(start)
    if known is None or (need, -end) < (known[1], -known[0]):
        reports[start] = (end, need)
