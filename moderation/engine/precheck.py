"""The pre-check's table of keys, and its answer: is this message worth reading closely?

Most comments hold no term and no pattern predicate; the pre-check finds that out from the
quick form (:mod:`.fastpath`) with one Aho-Corasick pass, so the message needs neither
de-evasion with offsets nor the analyser. A key found counts unless it cannot be the word:
a verb's stem without a kana of its conjugation after it (売 in 販売中, 倒 in 倒壊, たお in
したおいしい, see :func:`.terms.stem_followers`), or a
word-matched key inside a katakana word (ばか in マイナンバーカード, see :mod:`.runs`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from . import links as link_module
from .automaton import KeyFinder, key_finder
from .fastpath import quick_key
from .runs import inside_a_word, katakana_runs
from .specs import GLOBAL_EXCEPTION, PREDICATE, RULE_EXCEPTION, TARGET, TERM, TRIGGER, WORD
from .terms import SURFACE

_EXCEPTIONS = (RULE_EXCEPTION, GLOBAL_EXCEPTION)
# The analyser skips a reading written in brackets after a kanji (殺（や）って is 殺って,
# the verb 殺る; Sudachi's IgnoreYomiganaPlugin), which the quick form keeps as letters: in
# a message with an opening bracket (or a character the analyser reads as one), a stem
# counts whatever follows it.
_GLOSS_RE = re.compile("[(（﹙⁽₍]")
_MATCHED = (TERM, PREDICATE, TRIGGER)


class QuickKey(NamedTuple):
    """What the pre-check knows of one of its keys."""

    term: bool  # a term (or a term's stem) has it
    predicates: tuple[int, ...]  # the patterns it is a predicate of
    targets: tuple[int, ...]  # the patterns it is a target of
    followers: frozenset[str] | None  # a verb's stem: the kana one of its forms writes after it
    as_words: bool  # only matched as words: inside a katakana word it is no candidate


def build_precheck(
    entries: Mapping[str, list[tuple]],
    roles: Mapping[tuple[int, str], int],
    followers: Mapping[str, str | None],
) -> KeyFinder[QuickKey] | None:
    """The pre-check's automaton over the engine's compiled ``entries`` (key -> (rule,
    role, mode, left, right) list); ``roles`` gives a lemma stem's role in its rule, and
    ``followers`` the kana that may follow a lemma's stem (None: anything may)."""
    found: dict[str, set[tuple[int, int]]] = {}
    after: dict[str, str | None] = {}
    as_words: dict[str, bool] = {}
    for key, payload in entries.items():
        matched = [entry for entry in payload if entry[1] not in _EXCEPTIONS]
        if not matched:
            continue
        quick = quick_key(key)
        # A stem stands for its lemma's role (a predicate's stem is a predicate); the same
        # key may also be a plain target of that rule (万引き beside lemma:万引きする).
        found.setdefault(quick, set()).update(
            (index, roles.get((index, key), role) if role == TRIGGER else role)
            for index, role, *_rest in matched
        )
        # A key counts only with one of its followers after it if every entry under it is
        # a verb's stem (the kana in the quick form are hiragana, as in the stems' rows).
        stem_only = all(role == TRIGGER for _i, role, *_r in matched)
        mine = followers.get(key) if stem_only else None
        known = after.get(quick, "")
        after[quick] = None if mine is None or known is None else known + mine
        as_words[quick] = as_words.get(quick, True) and all(
            mode in (SURFACE, WORD) for _i, role, mode, *_r in matched if role in _MATCHED
        )
    if not found:
        return None
    return key_finder(
        (
            key,
            QuickKey(
                any(role == TERM for _i, role in pairs),
                tuple(sorted(i for i, role in pairs if role == PREDICATE)),
                tuple(sorted(i for i, role in pairs if role == TARGET)),
                _as_set(after[key]),
                as_words[key],
            ),
        )
        for key, pairs in found.items()
    )


def has_candidates(
    automaton: KeyFinder[QuickKey] | None,
    patterns: Mapping[int, dict],
    quick: str,
    message: str,
) -> bool:
    """Whether the quick form holds a term, or a pattern's predicate (with its target and
    link when the pattern needs them): only then is the message read closely."""
    if automaton is None:
        return False
    predicates: set[int] = set()
    targets: set[int] = set()
    runs: list | None = None
    glossed: bool | None = None
    for start, end, (term, predicate, target, after, as_words) in automaton.find(quick):
        if not (term or predicate):
            targets.update(target)  # most keys found are only targets (市, 窓口)
            continue
        if after is not None and quick[end : end + 1] not in after:
            if glossed is None:
                glossed = _GLOSS_RE.search(message) is not None
            if not glossed:
                continue  # 売 in 販売中 is not the verb 売る, nor たお in したおいしい 倒す
        if as_words:
            if runs is None:
                runs = katakana_runs(message)
            if runs and inside_a_word(quick, start, end, runs):
                continue  # ばか inside マイナンバーカード
        if term:
            return True
        predicates.update(predicate)
        targets.update(target)
    for index in predicates:
        config = patterns[index]
        if (index in targets or not config["targets"]) and (
            not config["link"] or link_module.may_contain_link(message)
        ):
            return True
    return False


def _as_set(followers: str | None) -> frozenset[str] | None:
    return None if followers is None else frozenset(followers)
