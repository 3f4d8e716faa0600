"""Refusing regular expressions that do not compile or could hang the screening worker.

Python's ``re`` backtracks and cannot be interrupted from inside the process, so a rule's
pattern is checked twice before it is stored:

1. *Statically*: the parsed pattern is walked; an unbounded repeat inside another
   unbounded repeat (``(a+)+``, ``(\\w*)*``), or a repeated alternation whose branches
   can start with the same character (``(a|ab)*``), is refused.
2. *Dynamically*: the pattern is run against adversarial inputs built from its own
   characters in a separate Python process with a hard time limit; the process is
   killed when the budget runs out, so a slow pattern can never hang the caller.

``check_pattern`` returns None when the pattern is safe, else a message for people.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

try:  # Python 3.11+
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

MAX_PATTERN_LENGTH = 1000
TIME_BUDGET_SECONDS = 1.0
_MAXREPEAT = sre_constants.MAXREPEAT
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
if hasattr(sre_constants, "POSSESSIVE_REPEAT"):
    _POSSESSIVE = {sre_constants.POSSESSIVE_REPEAT}
else:  # pragma: no cover
    _POSSESSIVE = set()

FLAGS = re.IGNORECASE


class UnsafePatternError(ValueError):
    """The pattern does not compile or may backtrack catastrophically."""


def _first_chars(items) -> set | None:
    """Characters a sub-pattern can start with; None means "anything" (unknown)."""
    for op, arg in items:
        if op == sre_constants.LITERAL:
            return {chr(arg).lower()}
        if op == sre_constants.IN:
            chars: set = set()
            for sub_op, sub_arg in arg:
                if sub_op == sre_constants.LITERAL:
                    chars.add(chr(sub_arg).lower())
                elif sub_op == sre_constants.RANGE and sub_arg[1] - sub_arg[0] < 256:
                    chars.update(chr(c).lower() for c in range(sub_arg[0], sub_arg[1] + 1))
                else:
                    return None
            return chars
        if op in (sre_constants.AT,):
            continue
        if op == sre_constants.SUBPATTERN:
            return _first_chars(arg[-1])
        return None
    return set()


def _walk(items, inside_unbounded: bool) -> str | None:
    for op, arg in items:
        if op in _REPEATS or op in _POSSESSIVE:
            low, high, body = arg
            unbounded = high == _MAXREPEAT or high > 100
            if op not in _POSSESSIVE:
                if unbounded and inside_unbounded:
                    return "nested"
                if unbounded and _overlapping_branches(body):
                    return "overlap"
            problem = _walk(body, inside_unbounded or (unbounded and op not in _POSSESSIVE))
            if problem:
                return problem
        elif op == sre_constants.SUBPATTERN:
            problem = _walk(arg[-1], inside_unbounded)
            if problem:
                return problem
        elif op == sre_constants.BRANCH:
            for branch in arg[1]:
                problem = _walk(branch, inside_unbounded)
                if problem:
                    return problem
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            problem = _walk(arg[1], inside_unbounded)
            if problem:
                return problem
        elif op == getattr(sre_constants, "ATOMIC_GROUP", None):
            problem = _walk(arg, False)
            if problem:
                return problem
    return None


def _overlapping_branches(body) -> bool:
    items = list(body)
    while len(items) == 1 and items[0][0] == sre_constants.SUBPATTERN:
        items = list(items[0][1][-1])
    if len(items) != 1 or items[0][0] != sre_constants.BRANCH:
        return False
    seen: set = set()
    for branch in items[0][1][1]:
        first = _first_chars(branch)
        if first is None or first & seen:
            return True
        seen |= first
    return False


def _adversarial_inputs(pattern: str) -> list[str]:
    chars = []
    for char in pattern:
        if (char.isalnum() or char in " -_.@:/" or ord(char) > 127) and char not in chars:
            chars.append(char)
    chars = chars[:12] or ["a"]
    samples = []
    for filler in ("a", "1", " ", "あ"):
        samples += [filler * 40 + "!", filler * 3000 + "!"]
    for char in chars:
        samples.append(char * 40 + "\x00")
        samples.append(char * 3000 + "\x00")
    for first in chars[:6]:
        for second in chars[:6]:
            if first != second:
                samples.append((first + second) * 25 + "\x00")
    samples.append("".join(chars) * 40 + "\x00")
    return samples


_RUNNER = """
import json, re, sys, time
data = json.loads(sys.stdin.read())
pattern = re.compile(data["pattern"], data["flags"])
for sample in data["samples"]:
    pattern.search(sample)
    for _ in pattern.finditer(sample):
        pass
print("ok")
"""


def _run_with_time_limit(pattern: str, samples: list[str], budget: float) -> bool:
    """True when the pattern finishes every sample within ``budget`` seconds."""
    payload = json.dumps({"pattern": pattern, "flags": int(FLAGS), "samples": samples})
    try:
        result = subprocess.run(  # noqa: S603 - our own interpreter, fixed program, data on stdin
            [sys.executable, "-I", "-S", "-c", _RUNNER],
            input=payload,
            capture_output=True,
            text=True,
            timeout=budget + 1.5,  # interpreter start-up is not the pattern's fault
            check=False,
        )
    except subprocess.TimeoutExpired:
        return False
    return result.returncode == 0 and result.stdout.strip() == "ok"


def check_pattern(pattern: str, *, dynamic: bool = True) -> str | None:
    """None when ``pattern`` is a safe regular expression, else why not (in English;
    callers translate the category via :func:`describe`)."""
    if not pattern:
        return "empty"
    if len(pattern) > MAX_PATTERN_LENGTH:
        return "too_long"
    try:
        compiled = re.compile(pattern, FLAGS)
        parsed = sre_parse.parse(pattern, FLAGS)
    except (re.error, OverflowError, RecursionError, ValueError) as error:
        return f"syntax:{error}"
    if compiled.search("") is not None and compiled.fullmatch("") is not None:
        return "matches_empty"
    problem = _walk(parsed, False)
    if problem:
        return problem
    if dynamic and not _run_with_time_limit(
        pattern, _adversarial_inputs(pattern), TIME_BUDGET_SECONDS
    ):
        return "slow"
    return None
