"""The detector rules of the engine: personal information, links and regular expressions.

They read the message itself (widened, same offsets), not its words, so they run on every
message whatever the term pre-check says; :class:`DetectorMatching` is the part of
:class:`.engine.Engine` that compiles and runs them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from . import links as link_module
from . import pii
from .aimed import aimed
from .analysed import Analysis
from .phones import phone_digits
from .regexgate import Gate, RequiredWords
from .spaced import Despaced, despaced
from .specs import Span
from .widen import widen

_DIGIT_RE = re.compile(r"[0-9０-９]")
_AT_WORD_RE = re.compile(r"\bat\b", re.IGNORECASE)


def _may_hold_email(message: str) -> bool:
    """Whether ``message`` has an at sign or a spelled one (at, アット): substring tests
    first, since a regular expression with word edges is slow on text without them."""
    return (
        "@" in message
        or "＠" in message
        or "アット" in message
        or "あっと" in message
        or "★" in message
        or "☆" in message
        or "ｱｯﾄ" in message
        or (("t" in message or "T" in message) and _AT_WORD_RE.search(message) is not None)
        # full-width letters (ｔａｒｏ ａｔ ｅｘａｍｐｌｅ): the word is read widened
        or (("ｔ" in message or "Ｔ" in message) and _AT_WORD_RE.search(widen(message)) is not None)
    )


def pii_key(value: str) -> str:
    """A published value (the city hall's number or address) in comparable form."""
    return re.sub(r"[\W_]", "", widen(value)).lower()


# A published *block* of numbers is written with a trailing ``*`` (0120*, 0225-95-*): every
# number that starts with it is allowed (toll-free, navi-dial, the city hall's own lines).
PREFIX_MARK = "*"
_KANJI_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def allow_keys(values) -> frozenset[str]:
    """The allow list of a PII rule in comparable form; a block keeps its trailing ``*``
    (and, when it is a number, only its digits: 0225の95の* is 022595*)."""
    keys = set()
    for value in values:
        value = str(value).strip()
        if value.endswith(PREFIX_MARK):
            key = pii_key(value.rstrip(PREFIX_MARK))
            digits = _number_key(value)
            if digits and key.translate(_KANJI_DIGITS).replace("の", "").isdigit():
                key = digits
            if key:
                keys.add(key + PREFIX_MARK)
        elif key := pii_key(value):
            keys.add(key)
    return frozenset(keys)


def _number_key(text: str) -> str:
    """The digits of a written number (kanji numerals read; +81 read as the leading 0)."""
    digits = "".join(c for c in widen(text).translate(_KANJI_DIGITS) if c.isdigit())
    if "+" in text and digits.startswith("81"):
        digits = "0" + digits[2:]
    return digits


def _allowed(text: str, allow: frozenset[str]) -> bool:
    # A detected address may start earlier than the published one (市役所は石巻市…).
    key = pii_key(text)
    number: str | None = None
    for value in allow:
        block = value.removesuffix(PREFIX_MARK)
        if block.isdigit():
            number = _published_number(text) if number is None else number
            if number.startswith(block) if value.endswith(PREFIX_MARK) else number == block:
                return True
        if key.startswith(block) if value.endswith(PREFIX_MARK) else key.endswith(value):
            return True
    return False


def _published_number(text: str) -> str:
    """The digits of a detected number however written: digits, kanji numerals, O for zero,
    or digit words (the city hall's number read out as ぜろにーにーご… is still the city
    hall's)."""
    number = _number_key(text)
    if len(number) < 10:
        number = phone_digits(widen(text))
    return number


def links_in(message: str, wide: str, spaced: Despaced | None) -> list[link_module.Link]:
    """The links of the message, and those spelled out letter by letter (h t t p s : / / …),
    which are obfuscated by the spacing itself."""
    found = link_module.find_links(message, wide)
    if spaced is not None:
        seen = {(link.start, link.end) for link in found}
        for link in link_module.find_links(spaced.text, spaced.text):
            start, end = spaced.to_message(link.start, link.end)
            if (start, end) not in seen:
                found.append(link_module.Link(start, end, link.host, True))
    return found


class DetectorMatching:
    """Detector rules, compiled by the engine into ``_pii``, ``_link`` and ``_regex``."""

    _pii: list[tuple[int, tuple[str, ...], frozenset[str], bool]]
    _regex: list[tuple[int, re.Pattern, bool, Gate | None]]
    _required: RequiredWords | None
    _link: list[tuple[int, dict]]
    _detector_names: list[str]

    @staticmethod
    def _link_config(config: Mapping) -> dict:
        allow = tuple(d.lower() for d in config.get("allow", ()))
        if config.get("use_default_allow", True):
            allow += link_module.DEFAULT_ALLOWED_DOMAINS
        return {
            "match": frozenset(config.get("match", ("denied", "shortener", "obfuscated"))),
            "deny": tuple(d.lower() for d in config.get("deny", ())),
            "allow": allow,
            "shorteners": tuple(config.get("shorteners", link_module.URL_SHORTENERS)),
            "protect": tuple(config.get("protect", link_module.PROTECTED_DOMAINS)),
        }

    def _match_detectors(
        self,
        message: str,
        a: Analysis | None,
        found: dict[int, list[Span]],
        quick: str | None = None,
    ) -> None:
        """Run the detector rules; ``quick`` (the message's quick form, when the caller has
        it) lets a regular expression that cannot match be skipped (see .regexgate)."""
        # Every detector reads the message widened (same offsets), and the spaced-out runs
        # of it closed up (5 5 8 1 …, h t t p s …), where there are any.
        wide = widen(message)
        spaced = despaced(wide)
        if self._pii:
            digits = len(_DIGIT_RE.findall(message)) if _DIGIT_RE.search(message) else 0
            results: dict[str, list[Span]] = {}
            for name in self._detector_names:
                if name == "email":
                    if not _may_hold_email(message):
                        continue
                elif name == "my_number":
                    if not pii.may_hold_my_number(message, digits):
                        continue  # (in words a number has no digits: see pii)
                elif digits < pii.MIN_DIGITS.get(name, 0):
                    continue
                detector = pii.DETECTORS.get(name)
                if detector is None:
                    continue
                results[name] = detector(wide)
                if spaced is not None:  # a number spaced out digit by digit (5 5 8 1 …)
                    results[name] += [spaced.to_message(*span) for span in detector(spaced.text)]
            if results:
                for index, names, allow, own in self._pii:
                    for name in names:
                        for start, end in results.get(name, ()):
                            if allow and _allowed(message[start:end], allow):
                                continue
                            own_excused = own and name in pii.OWN_CONTACT_DETECTORS
                            if own_excused and pii.own_contact(
                                message, start, end if name == "phone" else None
                            ):
                                continue
                            found[index].append((start, end))
        if self._link and link_module.may_contain_link(message):
            for link in links_in(message, wide, spaced):
                for index, config in self._link:
                    if self._link_fires(link, config):
                        found[index].append((link.start, link.end))
        # The regular expressions also read the message with an emoji's pointer taken out
        # (課長👉💩 as 課長💩: see .aimed).
        views = [view for view in (spaced, aimed(wide) if self._regex else None) if view]
        cannot: frozenset[int] = frozenset()
        if self._required is not None:
            cannot = self._required.cannot_fire(wide)
            for view in views:
                cannot = cannot & self._required.cannot_fire(view.text)
        for index, pattern, on_normalized, gate in self._regex:
            if index in cannot:
                continue  # none of the words every match holds is there (.regexgate)
            if gate is not None and quick is not None and not gate.may_match(quick, message):
                continue
            if on_normalized:
                if a is None:
                    continue  # not read closely: the quick form showed it cannot match
                n = a.normalized
                for match in pattern.finditer(n.text):
                    if match.end() > match.start():
                        found[index].append(n.to_original(*match.span()))
            else:
                for match in pattern.finditer(wide):
                    if match.end() > match.start():
                        found[index].append(match.span())
                for view in views:
                    for match in pattern.finditer(view.text):
                        if match.end() > match.start():
                            found[index].append(view.to_message(*match.span()))

    @staticmethod
    def _link_fires(link: link_module.Link, config: dict) -> bool:
        if link_module.host_in(link.host, config["deny"]):
            return "denied" in config["match"] or "any" in config["match"]
        if link_module.host_in(link.host, config["allow"]):
            return False
        match = config["match"]
        if "any" in match:
            return True
        if "shortener" in match and link_module.host_in(link.host, config["shorteners"]):
            return True
        if "risky_tld" in match and link_module.risky_tld(link.host):
            return True
        if "lookalike" in match and link_module.lookalike(link.host, config["protect"]):
            return True
        return "obfuscated" in match and link.obfuscated


def outside_links(message: str) -> list[Span]:
    """Spans of links to sites other than the city's and the government's, however written
    (spelled out letter by letter too: a lure beside one is the lure beside a link)."""
    if not link_module.may_contain_link(message):
        return []
    wide = widen(message)
    return [
        (link.start, link.end)
        for link in links_in(message, wide, despaced(wide))
        if not link_module.host_in(link.host, link_module.DEFAULT_ALLOWED_DOMAINS)
    ]
