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
  end of the sentence is cited, which counts as reported (「外国人は出ていけ」とか「…」とか。).

A way of reporting may hold a gap, ``と…言われ``: up to MAX_GAP characters of the sentence
between the particle and the verb (と同級生に言われ, と電話で脅され). One written after a
closing bracket, ``」と…言っ``, counts only after a quote in brackets: saying verbs the
writer could be using himself (「ぶっ殺す」と言って暴れている人 is a report, ぶっ殺すと言って
いる is not clearly one). For a pattern rule (a group and what is said of it) a way of
reporting that starts with a quoting particle also counts only after brackets:
外国人は犯罪者ばかりだと言われている is the writer's own claim dressed as hearsay.

The excused stretch runs from the match (or the opening bracket) to the end of the way of
reporting; a match is only excused by the shape, never a word beside it, so バカ alone, or
the writer's own threat (死ねと言ってやる: 言ってやる is no way of reporting), still flags;
so does a way of reporting followed closely by the writer's own act
(「死ね」というメッセージを送ってやる) or by saying it was deserved (無能と言われても仕方ない).
The scan is a bounded search over positions (no regular expression that could backtrack).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from .normalize import normalize

# The mode of a way of reporting among an exception rule's compiled entries.
REPORTED = "reported"

# Sentence ends (as :func:`.evasion.sentence_breaks` reads them): never inside an excuse.
SENTENCE_ENDS = frozenset("。！？!?\n．｡")
_SENTENCE_END_RE = re.compile("[" + re.escape("".join(sorted(SENTENCE_ENDS))) + "]")
_PAIRS = {"「": "」", "『": "』", "“": "”", "‘": "’", '"': '"', "＂": "＂", "｢": "｣", "«": "»"}
OPENERS = frozenset(_PAIRS)
CLOSERS = frozenset(_PAIRS.values())
# Brackets whose two sides differ: a sentence mark between a pair of them belongs to the
# quote (「死ね！」と言われた), never a line break. A straight quote (" ＂) cannot tell its
# opening from its closing side, so a mark always ends the sentence there.
SEE_ACROSS = frozenset("「『｢“")
LINE_BREAK = "\n"
_SEE_ACROSS_CLOSERS = frozenset(_PAIRS[opener] for opener in SEE_ACROSS)
_SPACES = frozenset(" \t\u3000")
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
# What ends an item written without brackets (and a gap in a way of reporting).
_NOT_PLAIN = SENTENCE_ENDS | OPENERS | CLOSERS | _SPACES | frozenset("、，,・")
# Bounds: how far an item, a quote and the whole excuse may reach.
MAX_PLAIN = 4
MAX_QUOTE = 40
MAX_ITEMS = 5
MAX_REACH = 80
# The writer's own act right after a way of reporting makes it a threat, not a report
# (「死ね」というメッセージを送ってやる, バカと怒鳴ってやる): then nothing is excused.
_OWN_ACT = (
    "てやる", "でやる", "てやろ", "でやろ", "てやん", "でやん", "てやっ", "でやっ", "てあげ",
    "ておく", "ておき", "っとく", "ったる", "したる", "たろか", "たい",
)  # fmt: skip
_OWN_ACT_REACH = 10
# Saying that the abuse is deserved or fits is not reporting it (無能と言われても仕方ない,
# バカという言葉がぴったり).
_ENDORSED = (
    "ても仕方", "てもしかた", "ても当然", "て当然", "て当たり前", "ても当たり前", "のも当然",
    "のも無理は", "ても文句", "のも納得", "ても無理は", "ぴったり", "ふさわし", "似合",
    "その通り", "言い得て妙",
)  # fmt: skip
_OWN_ACT_RE = re.compile("|".join(map(re.escape, _OWN_ACT + _ENDORSED)))


# In a way of reporting, … marks a few words between the quoting particle and the verb
# (と…言われ: と同級生に言われ, と電話で脅され).
GAP = "…"
MAX_GAP = 6
# After a quote in brackets (「死ね」と同じクラスの男の子に言われ) the quote is plainly someone
# else's words, and who said it where may take more words: the gap may be this long.
MAX_GAP_AFTER_QUOTE = 20


# Where a way of reporting counts (see :func:`report_parts`).
ANYWHERE, QUOTING, AFTER_BRACKETS = 0, 1, 2
# Particles that quote: a way of reporting that starts with one (と言われ, という書き込み)
# reports a whole statement, so for a pattern (a group and what is said of it) only a quote
# in brackets counts; one that starts with the word's own noun (呼ばわり) names an insult.
_QUOTING_PARTICLES = ("と", "って", "など", "なんて", "みたいな", "のような", "との")


def report_parts(phrase: str) -> tuple[str, str, int]:
    """A way of reporting split at its gap: (the particle before …, the rest, where it
    counts); the first is empty when the phrase has no gap. Where it counts:
    AFTER_BRACKETS for a phrase written after 」 (」と…言って): saying verbs that the writer
    could be saying (「ぶっ殺す」と言って暴れている人 is a report, ぶっ殺すと言っている is
    not clearly one); QUOTING for one that starts with a quoting particle (after brackets
    only, for a pattern rule); ANYWHERE for the others (呼ばわり)."""
    phrase = phrase.strip()
    head, _marker, tail = phrase.lstrip("".join(CLOSERS)).rpartition(GAP)
    head, tail = head.strip(), tail.strip()
    if phrase[:1] in CLOSERS:
        need = AFTER_BRACKETS
    elif (head or tail).startswith(_QUOTING_PARTICLES):
        need = QUOTING
    else:
        need = ANYWHERE
    return head, tail, need


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
    while low > 0 and first - low < MAX_GAP_AFTER_QUOTE and _plain(text[low - 1]):
        low -= 1
    near = max(low, first - MAX_GAP)
    starts = []
    for head, need in heads:
        if not head:
            starts.append((first, need))
            continue
        for particle in _SAID_AS_TO if head == "と" else (head,):
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
# 」と…叫ん) is found with any of them (って怒鳴られ, 」なんて叫ん, とか罵られ).
_SAID_AS_TO = ("と", "って", "なんて", "とか")


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
    if not reports or not (0 <= start < end <= len(text)):
        return None
    if _SENTENCE_END_RE.search(text, start, end):
        return None
    matches = matches or {}
    found = _tail(text, end, reports, matches, in_brackets)
    if found is not None:
        return start, found
    opening = _opening_quote(text, start)
    if opening is None:
        return None
    closing = _closing_quote(text, end, _PAIRS[text[opening]], opening + MAX_QUOTE + 1)
    if closing is None:
        return None
    found = _tail(text, closing, reports, matches, in_brackets)
    return (opening, found) if found is not None else None


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
                if rest in reports:
                    found, need = reports[rest]
                    if _SENTENCE_END_RE.search(text, rest, found):
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
    while at >= floor and text[at] in _SPACES:
        at -= 1
    return at >= floor and text[at] in CLOSERS


def _own_act(text: str, position: int) -> bool:
    """Whether the writer's own saying or doing (…てやる), or saying it was deserved,
    follows the way of reporting that ends at ``position`` closely, in the same sentence
    (its last letter included: 言って|やる)."""
    start = max(0, position - 1)
    stop = min(len(text), position + _OWN_ACT_REACH)
    end = _SENTENCE_END_RE.search(text, start, stop)
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
        while at < limit and (text[at] in CLOSERS or text[at] in _SPACES):
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
            while at < limit and text[at] in _SPACES:
                at += 1
            starts.append(at)
    if position < limit and text[position] in OPENERS:
        starts.append(position)  # 「ブス」「デブ」: quotes side by side
    ends: list[tuple[int, bool]] = []
    for at in starts:
        if at < limit and text[at] in OPENERS:
            closing = _closing_quote(text, at + 1, _PAIRS[text[at]], min(limit, at + MAX_QUOTE))
            if closing is not None and closing > at + 1:
                ends.append((closing, False))
            continue
        ends.extend((e, True) for e in matches.get(at, ()) if e <= limit)
        for length in range(1, MAX_PLAIN + 1):
            index = at + length - 1
            if index >= limit or not _plain(text[index]):
                break
            ends.append((at + length, False))
    return ends


def _plain(char: str) -> bool:
    return char not in _NOT_PLAIN


def _opening_quote(text: str, start: int) -> int | None:
    """The unclosed opening bracket before ``start`` in the same sentence, or None. A
    sentence mark on the way (「お前なんか！死ね」) is inside the quote if the bracket is one
    of SEE_ACROSS; the caller then finds its closing side (:func:`_closing_quote`), or
    nothing is excused."""
    depth = 0
    crossed = False
    for at in range(start - 1, max(-1, start - MAX_QUOTE - 1), -1):
        char = text[at]
        if char == LINE_BREAK:
            return None
        if char in SENTENCE_ENDS:
            crossed = True
        elif char in OPENERS and (depth == 0 or _PAIRS[char] != char):
            if depth == 0:
                # (a straight quote " opens when nothing is open after it)
                return at if not crossed or char in SEE_ACROSS else None
            depth -= 1
        elif char in CLOSERS:
            depth += 1
    return None


def _closing_quote(text: str, position: int, closer: str, limit: int) -> int | None:
    """The first ``closer`` at or after ``position`` before ``limit`` in the same sentence:
    for a bracket of SEE_ACROSS, the sentence marks said inside it do not end it. For a
    straight quote, marks written right before it belong to the quote ("死ね！"と言われた):
    a run of them directly followed by the closer does not end the sentence either."""
    ends = LINE_BREAK if closer in _SEE_ACROSS_CLOSERS else SENTENCE_ENDS
    stop = min(limit, len(text))
    at = position
    while at < stop:
        char = text[at]
        if char == closer:
            return at
        if char in ends:
            if char == LINE_BREAK:
                return None
            run = at
            while run < stop and text[run] in SENTENCE_ENDS and text[run] != LINE_BREAK:
                run += 1
            if run < stop and text[run] == closer:
                return run
            return None
        at += 1
    return None
