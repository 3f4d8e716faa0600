"""Personal-information detectors: phone (:mod:`.phones`), e-mail, My Number, card numbers,
street addresses.

Pure Python. Each detector takes the *widened* text (``widen.widen``: same length as
the original, full-width digits and letters made ASCII, dashes made ``-``) and returns
spans that are therefore already code-point offsets into the original message. Every
candidate found by a regular expression is validated in Python (digit counts, prefixes,
check digits), which is what keeps dates, prices and order numbers from being flagged.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .digit_words import digit_runs
from .phones import detect_phone, phone_digits
from .widen import widen

Span = tuple[int, int]

# Phone numbers, however written, are found by :mod:`.phones` (detect_phone).

# --- E-mail addresses -----------------------------------------------------------------------

_EMAIL_RE = re.compile(
    r"(?<![\w.%+\-])[a-z0-9][a-z0-9._%+\-]{0,63}@[a-z0-9](?:[a-z0-9\-]{0,62}\.)+[a-z]{2,24}(?![\w\-])",
    re.IGNORECASE | re.ASCII,
)
_SPELLED_TLDS = r"(?:com|net|org|info|biz|jp|ne\.jp|co\.jp|ac\.jp|or\.jp|io|me)"
# ★ or ☆ for @ ("★を@に変えて") is how addresses are posted on Japanese pages.
_AT = r"(?:\s*(?:\(at\)|\[at\]|<at>|\{at\})\s*|\s+at\s+|\s*[(\[<{]?\s*(?:アット|あっと)(?:マ-?ク)?\s*[)\]>}]?\s*|\s*@\s+|\s+@\s*|\s*[★☆]\s*)"
_DOT = r"(?:\s*(?:\(dot\)|\[dot\]|<dot>|\{dot\}|\[\.\]|\(\.\))\s*|\s+dot\s+|\s*(?:ドット|どっと)\s*|\.)"
# Japanese may stand right before the address (メールはabc…): only a Latin letter, digit or
# address sign before it would make it the tail of another word.
_SPELLED_EMAIL_RE = re.compile(
    rf"(?<![a-z0-9_.%+\-])[a-z0-9][a-z0-9._%+\-]{{0,63}}{_AT}[a-z0-9\-]{{1,63}}(?:{_DOT}[a-z0-9\-]{{1,63}})*?{_DOT}{_SPELLED_TLDS}(?![a-z0-9])",
    re.IGNORECASE,
)


def detect_email(wide: str) -> list[Span]:
    """E-mail addresses, including full-width ＠ and ． (widened) and at/dot spelled out."""
    spans = [m.span() for m in _EMAIL_RE.finditer(wide)]
    lowered = wide.lower()
    if (
        " at " in lowered
        or "at)" in lowered
        or "at]" in lowered
        or "アット" in wide
        or "あっと" in wide
        or "@ " in wide
        or " @" in wide
        or "★" in wide
        or "☆" in wide
    ):
        for match in _SPELLED_EMAIL_RE.finditer(wide):
            if not any(start < match.end() and match.start() < end for start, end in spans):
                spans.append(match.span())
    return sorted(spans)


# --- My Number (個人番号) ---------------------------------------------------------------------

_TWELVE_RE = re.compile(r"(?<![\d\-])\d{4}[ \-]?\d{4}[ \-]?\d{4}(?![ \-]?\d)")


def my_number_check_digit(first_eleven: str) -> int:
    """The check digit of a My Number (総務省令 行政手続における特定の個人を識別するための番号の
    利用等に関する法律施行令 第八条): P_n is the n-th digit counted from the right of the first
    eleven, Q_n = n+1 for n <= 6 and n-5 for n >= 7; r = sum(P_n*Q_n) mod 11; the check
    digit is 0 when r <= 1, else 11 - r."""
    total = 0
    for n in range(1, 12):
        p = int(first_eleven[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    remainder = total % 11
    return 0 if remainder <= 1 else 11 - remainder


def is_my_number(digits: str) -> bool:
    return (
        len(digits) == 12
        and digits.isdigit()
        and len(set(digits)) > 1
        and my_number_check_digit(digits[:11]) == int(digits[11])
    )


# A number said to be a My Number (マイナンバーは…, 個人番号: …, …が俺のマイナンバー) is one
# whatever its check digit: whoever posts another's number may mistype a digit, and the
# number is disclosed all the same. Widening has made the long mark a hyphen and split
# half-width ﾊﾞ into ハ and its voicing mark.
_SAID_RE = re.compile("マイナン(?:バ|ハ\u3099)-?|個人番号|(?i:my ?number|mainanb[aā]-?)")
_SAID_BEFORE = 15  # characters between the word and the number after it
_SAID_AFTER = 8  # ... or between the number and the word after it
_KANJI_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
# A run of digit words may end with a particle that is also one (…いちにに登録: に).
_PARTICLE_DIGITS = frozenset("にしくご")


def detect_my_number(wide: str) -> list[Span]:
    """Twelve digits (optionally 4-4-4) whose last digit is the official check digit; and
    twelve digits said to be a My Number (see _SAID_RE) whatever their check digit,
    written in digits, kanji numerals or digit words (いちにさん…, one two three…, ichi ni
    san…: see .digit_words)."""
    spans = []
    for match in _TWELVE_RE.finditer(wide):
        digits = "".join(c for c in match.group() if c.isdigit())
        if is_my_number(digits):
            spans.append(match.span())
    said = [match.span() for match in _SAID_RE.finditer(wide)]
    if said:
        for start, end in _said_numbers(wide.translate(_KANJI_DIGITS), said):
            if not any(s < end and start < e for s, e in spans):
                spans.append((start, end))
    return sorted(spans)


def _said_numbers(wide: str, said: list[Span]) -> list[Span]:
    """Runs of twelve digits or digit words next to a word that says they are a My Number."""
    found = []
    for run in digit_runs(wide):
        if len(run) == 13 and wide[run[-1][0] : run[-1][1]] in _PARTICLE_DIGITS:
            run = run[:12]
        if len(run) != 12 or len({digit for _s, _e, digit in run}) < 2:
            continue
        start, end = run[0][0], run[-1][1]
        if wide[start - 1 : start].isdigit() or wide[end : end + 1].isdigit():
            continue  # part of a longer number
        for said_start, said_end in said:
            before = said_end <= start and start - said_end <= _SAID_BEFORE
            after = end <= said_start and said_start - end <= _SAID_AFTER
            gap = wide[said_end:start] if before else wide[end:said_start] if after else "\n"
            if (before or after) and "\n" not in gap and not _DIGIT_RE.search(gap):
                found.append((start, end))
                break
    return found


_DIGIT_RE = re.compile("[0-9]")


def may_hold_my_number(message: str, digits: int) -> bool:
    """Whether a message with ``digits`` digits (any width) is worth the My Number
    detector: twelve digits, or a word saying a number is one (in words it has none).
    Substring tests, which run at C speed, before any search."""
    if digits >= 12 or "マイナン" in message or "ﾏｲﾅﾝ" in message or "個人番号" in message:
        return True
    return any(hint in message for hint in _LATIN_SAID_HINTS) and bool(
        _SAID_RE.search(widen(message))
    )


_LATIN_SAID_HINTS = (
    "umber",
    "UMBER",
    "ｕｍｂｅｒ",
    "ＵＭＢＥＲ",
    "ainanb",
    "AINANB",
    "ａｉｎａｎｂ",
)


# --- Payment cards ----------------------------------------------------------------------------

_CARD_RE = re.compile(r"(?<![\d\-])\d(?:[ \-]?\d){12,18}(?![ \-]?\d)")


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def detect_card(wide: str) -> list[Span]:
    """13-19 digit card numbers (spaces/hyphens allowed) passing the Luhn check, with an
    issuer prefix (2-6); a run of one repeated digit is not a card."""
    spans = []
    for match in _CARD_RE.finditer(wide):
        digits = "".join(c for c in match.group() if c.isdigit())
        if digits[0] in "23456" and len(set(digits)) > 1 and luhn_valid(digits):
            spans.append(match.span())
    return spans


# --- Street addresses ---------------------------------------------------------------------------

_KANJI_NUM = "一二三四五六七八九十〇"
_NUM = rf"(?:\d{{1,4}}|[{_KANJI_NUM}]{{1,4}})"
_PLACE = r"[\u4e00-\u9fffァ-ヶー々]"  # no hiragana: の/は end a place name
_BLOCK = (
    rf"(?:{_NUM}丁目(?:{_NUM}番地?(?:{_NUM}号?)?|{_NUM}-{_NUM}(?:-{_NUM})?)?"
    rf"|{_NUM}番地?(?:の?{_NUM}号?)?"
    rf"|{_NUM}-{_NUM}(?:-{_NUM})?)"
)
_ADDRESS_RE = re.compile(
    rf"(?:{_PLACE}{{1,4}}[都道府県])?{_PLACE}{{1,6}}?[市区町村郡]{_PLACE}{{0,8}}?{_BLOCK}"
)
# A house-level block needs no municipality (中央二丁目3番4号), nor does a rural 字 address
# with its number (蛇田字新金沼123).
_HOUSE_RE = re.compile(
    rf"{_PLACE}{{0,6}}?{_NUM}丁目(?:{_NUM}番地?の?{_NUM}号?|{_NUM}-{_NUM}(?:-{_NUM})?)"
    rf"|{_PLACE}{{1,6}}字{_PLACE}{{1,6}}?{_NUM}(?:番地?(?:の?{_NUM}号?)?)?"
    r"(?![\d\u4e00-\u9fff])"
)
_ADDRESS_HINTS = ("市", "区", "町", "村", "郡", "丁目", "字")
# Every block number, and so every address, has a number right before 丁目, 番 or a dash.
_BLOCK_HINT_RE = re.compile(rf"[\d{_KANJI_NUM}](?:丁目|番|-)")
_ASCII_DIGIT_RE = re.compile("[0-9]")
_BEFORE = 4 + 1 + 6 + 1 + 8 + 4  # prefecture, municipality, its mark, place, number
_AFTER = 48  # the longest block after its first hint, with room to spare


def detect_address(wide: str) -> list[Span]:
    """Street addresses: a municipality (市区町村, optionally with 都道府県) followed by a
    block number: 丁目/番地/号 (石巻市穀町14番1号) or 1-2-3; or, without one, a house-level
    block (中央二丁目3番4号) or a rural 字 address with its number (蛇田字新金沼123). A bare
    1-2-3 (a date such as 2016-10-17) is not an address; a plain 入場料500円 has no
    municipality; 漢字検定2級 is not a 字 address."""
    if not any(hint in wide for hint in _ADDRESS_HINTS):
        return []
    hints = [match.start() for match in _BLOCK_HINT_RE.finditer(wide)]
    if "字" in wide:
        hints = sorted(hints + [i for i, char in enumerate(wide) if char == "字"])
    if not hints:
        return []
    # Every match holds a block hint, at most _BEFORE characters after its start and at
    # most _AFTER before its end: no match lies outside this stretch, and the search (slow,
    # it tries every start) skips the rest.
    begin = max(0, hints[0] - _BEFORE)
    stop = min(len(wide), hints[-1] + _AFTER)
    spans: list[Span] = []
    if "丁目" in wide or "字" in wide:
        for match in _HOUSE_RE.finditer(wide, begin, stop):
            spans.append(match.span())
    for match in _ADDRESS_RE.finditer(wide, begin, stop):
        block = match.group()
        if not ("丁目" in block or "番" in block or "号" in block or block.count("-") >= 1):
            continue
        # In kanji numerals (中央一丁目二番三号) a block must name a house: 町内一番 is a rank.
        if not _ASCII_DIGIT_RE.search(block) and not (
            "番地" in block
            or "号" in block
            or ("丁目" in block and ("番" in block or "-" in block))
        ):
            continue
        spans.append(match.span())
    return _merged(spans)


def _merged(spans: list[Span]) -> list[Span]:
    """Overlapping spans (the same address found by both expressions) as one."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


DETECTORS: dict[str, Callable[[str], list[Span]]] = {
    "phone": detect_phone,
    "email": detect_email,
    "my_number": detect_my_number,
    "card": detect_card,
    "address": detect_address,
}

# Minimum digits (0-9, any width) a text needs before a detector is worth running (a cheap
# pre-check). Phone numbers and addresses can be written in kanji numerals, which this count
# does not see: those two detectors check for themselves.
MIN_DIGITS = {"phone": 0, "my_number": 0, "card": 13, "address": 0, "email": 0}

# Whose contact it is. The operating policy prohibits publishing personal information
# *without the person's consent*: a resident giving their own number or address (財布を
# 拾いました、私の携帯 090-… まで) publishes it with consent. Only a first-person owner
# right before the contact word counts (私の携帯は, 私（大内）の番号, 当店の電話:); 私の元カノの
# 番号 names someone else and stays flagged. Never for My Number or card numbers, which
# no one should post. A rule can turn this off (``"own_contact": false``).
OWN_CONTACT_DETECTORS = frozenset({"phone", "email", "address"})
_OWN_CONTACT_RE = re.compile(
    r"(?:私|わたし|ワタシ|僕|ぼく|ボク|俺|おれ|オレ|自分|うち|ウチ|当方|弊社|当店|当院|我が家)"
    r"(?:[（(][^）)]{1,12}[）)])?の?"
    r"(?:携帯|スマホ|電話|番号|電話番号|携帯番号|連絡先|メール|メアド|メールアドレス|アドレス"
    r"|住所|家|自宅|実家|事務所|店)"
    r"(?:の?番号|アドレス)?(?:は|です|:|：|、|を|→)?[\s（(]*$"
)


def own_contact(message: str, start: int, end: int | None = None) -> bool:
    """Whether the contact found at ``start`` is introduced as the writer's own, or (a
    landline found at ``start:end``) as an organisation's (see :func:`public_landline`)."""
    if _OWN_CONTACT_RE.search(message, max(0, start - 24), start):
        return True
    return end is not None and public_landline(message, start, end)


# An organisation's landline (観光協会の0225-93-…で合ってますか, 予約は病院の代表 …): a
# published number, asked about or passed on, not a person's. A mobile or IP number is a
# person's however it is introduced (病院の先生の携帯 090-…).
_ORGANISATIONS = (
    "協会", "センター", "事務所", "支所", "組合", "会館", "公民館", "役場", "市役所", "役所", "病院", "医院",
    "クリニック", "診療所", "学校", "保育所", "保育園", "幼稚園", "こども園", "図書館", "博物館", "美術館",
    "体育館", "窓口", "受付", "問い合わせ先", "問合せ先", "問い合わせ", "問合せ", "お問い合わせ", "予約",
    "会社", "商店", "ホテル", "旅館", "施設", "事業所", "協議会", "社協", "漁協", "農協", "JA", "ＪＡ",
    "警察署", "消防署", "交番", "駅", "観光案内所", "営業所", "本部", "事務局",
)  # fmt: skip
_PUBLIC_LANDLINE_RE = re.compile(
    f"(?:{'|'.join(_ORGANISATIONS)})(?:[（(][^）)]{{1,16}}[）)])?"
    r"(?:の|は|:|：|、|→|\s)*(?:代表|電話|番号|電話番号|TEL|tel|℡)?(?:の?番号)?"
    r"(?:は|です|:|：|、|→|\s)*[\s（(]*$"
)
_PERSONAL_NUMBER_STARTS = ("070", "080", "090", "050", "020")


def public_landline(message: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is a landline introduced as an organisation's."""
    digits = phone_digits(widen(message[start:end]))
    if not digits.startswith("0") or digits.startswith(_PERSONAL_NUMBER_STARTS):
        return False
    return bool(_PUBLIC_LANDLINE_RE.search(message, max(0, start - 32), start))
