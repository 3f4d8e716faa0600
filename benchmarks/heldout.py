"""Recall and false flags of the shipped default rules on held-out city-page comments.

    .venv/bin/python benchmarks/heldout.py [FILE | --data benchmarks/heldout/city_comments.jsonl]
        [--lists all|misses|flags|none]

No database is needed: the default rules (``moderation.engine.defaults.DEFAULT_RULES``)
are compiled with ``Engine.from_rules`` exactly as the worker's engine compiles the stored
copies of them, and every comment is screened with ``Engine.screen`` as
``moderation.services.screening.comments_screen`` calls it: with its author and time and a
repetition state, in file order, so the repetition rule runs. The learned scorer is not
part of this figure (it is optional and has flags of its own).

The data, ``benchmarks/heldout/city_comments.jsonl``, was written by hand for this
benchmark without reading the rules or their test corpus, so that it measures rather than
confirms them: comments of the kind the official Facebook page of Ishinomaki City
receives, one JSON object a line::

    {"message": str, "harmful": bool, "clause": code or null, "note": short why,
     "form": how it is written}

``clause`` is the operating policy's clause code (``/work/shared/DOMAIN.md``; ``null`` for
an acceptable comment). ``form`` names the way of writing (plain, spaced, half-width,
romaji, full-width, stretched, look-alike, emoji, dialect, polite, sarcastic, inflected,
hiragana, katakana, zero-width, spelled-out, obfuscated-url, long, and for acceptable
comments quoted: abuse
quoted or reported), derived from the note. A few lines also carry ``author`` and ``created_time`` (ISO 8601):
the repeated-posting sequences, where the first two posts of a series are labelled by their
content and the third and later ones ``spam``. Lines without an author get one of their
own, as a different resident each.
Set D (``city_comments_d.jsonl``) was written by a helper session without reading the rules.
Set E (``city_comments_e.jsonl``) was written by a helper session without reading the rules.
Set F (``city_comments_f.jsonl``) was written by a helper session without reading the rules.
Set G (``city_comments_g.jsonl``) was written by a helper session without reading the rules.
Set H (``city_comments_h.jsonl``) was written by a helper session without reading the rules.
Set I (``city_comments_i.jsonl``) was written by a helper session without reading the rules.
Set J (``city_comments_j.jsonl``) was written by a helper session without reading the rules.
Set K (``city_comments_k.jsonl``) was written by a helper session without reading the rules.
Set L (``city_comments_l.jsonl``) was written by a helper session without reading the rules.
Set M (``city_comments_m.jsonl``) was written by a helper session without reading the rules.
Set N (``city_comments_n.jsonl``) was written by a helper session without reading the rules.
Sets A to E have been read by rule authors (E by round 11), F and G by round 12, H by
round 13, I by round 14, J by round 15, K by round 16 and L by round 17, whose rules were
written for the kinds of their misses, and M by the engine's readings of session 14 (人|死ね,
ばかでかくて): their figures now confirm rather than measure; only the set nobody has read (N)
is an honest measure (L was, until round 17: recall 0.685 with 4.0 % false flags before it;
N's first figures, before round 17 and the romaji reading: 0.703 with 1.7 %).

A harmful comment counts as found when any rule fires on it; an acceptable comment counts
as falsely flagged when any rule fires on it. The script prints recall overall and per
clause and per form (with a 95 % Wilson interval, since the set is small), the share of acceptable
comments flagged, precision, whether a firing rule's clause matches the label (secondary),
which rules raise the false flags, and the lists of misses and false flags with the rules
and the matched text, so a rule author can act on them. Targets (issue 10): recall at least
0.95 with at most 3 % of acceptable comments flagged. It prints; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from moderation.engine import Engine, Hit, RepetitionState  # noqa: E402
from moderation.engine.defaults import DEFAULT_RULES  # noqa: E402
from moderation.engine.dictionary import analyser_version  # noqa: E402

DATA = Path(__file__).resolve().parent / "heldout" / "city_comments.jsonl"
RECALL_TARGET = 0.95
FALSE_FLAG_TARGET = 0.03
# Clauses the operating policy marks "detectable automatically: yes" (DOMAIN.md); the others
# (illegal, public_order, political, religious, impersonation) are "partly".
FULLY_DETECTABLE = frozenset(
    {"defamation", "discrimination", "threat", "obscene", "privacy", "commercial"}
    | {"harmful_link", "spam"}
)


@dataclass
class Case:
    """One labelled comment and what the engine made of it."""

    line: int
    message: str
    harmful: bool
    clause: str | None
    note: str
    form: str
    author: str
    created_time: str | None
    hits: list[Hit] = field(default_factory=list)

    @property
    def flagged(self) -> bool:
        return bool(self.hits)


def load(path: Path) -> list[Case]:
    """The labelled comments of ``path``, in file order; a malformed line stops the run."""
    cases = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        row = json.loads(raw)
        harmful = bool(row["harmful"])
        if harmful != (row.get("clause") is not None):
            sys.exit(f"{path}:{number}: a harmful line needs a clause, an acceptable one none")
        cases.append(
            Case(
                line=number,
                message=row["message"],
                harmful=harmful,
                clause=row.get("clause"),
                note=row.get("note", ""),
                form=row.get("form", "plain"),
                # Each unattributed line is a different resident: no accidental repetition.
                author=row.get("author") or f"resident-{number}",
                created_time=row.get("created_time"),
            )
        )
    return cases


def screen(engine: Engine, cases: list[Case]) -> float:
    """Screen every case as the worker does; returns the seconds it took.

    The worker screens in ``created_time`` order, and the repetition state forgets what
    lies a window before the newest time it has seen, so the timed lines are screened in
    time order (the untimed ones, each by an author of its own, first).
    """
    state = RepetitionState()
    timed = [c for c in cases if c.created_time]
    timed.sort(key=lambda c: datetime.fromisoformat(c.created_time or ""))
    started = time.perf_counter()
    for case in [c for c in cases if not c.created_time] + timed:
        case.hits = engine.screen(
            case.message,
            author_id=case.author,
            created_time=case.created_time,
            repetition=state,
        )
    return time.perf_counter() - started


def wilson(successes: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson score interval of a proportion (sound at 0 and at 1, unlike p ± e)."""
    if total == 0:
        return (0.0, 0.0)
    p = successes / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return (max(0.0, centre - half), min(1.0, centre + half))


def share(successes: int, total: int) -> str:
    """``0.912 (210/230; 95 % CI 0.870-0.942)``."""
    if total == 0:
        return "n/a (0)"
    low, high = wilson(successes, total)
    return f"{successes / total:.3f} ({successes}/{total}; 95 % CI {low:.3f}-{high:.3f})"


def one_line(text: str, width: int = 110) -> str:
    """The message on one line, shortened, so each list entry stays one entry."""
    text = text.replace("\n", "⏎")
    return text if len(text) <= width else text[: width - 1] + "…"


def describe(case: Case) -> str:
    """The rules that fired on ``case``, with their clause and the text each matched."""
    parts = []
    for hit in case.hits:
        matched = "/".join(one_line(case.message[s:e], 30) for s, e in hit.spans[:3])
        parts.append(f"{hit.rule}[{hit.category}]「{matched}」")
    return ", ".join(parts) or "-"


def report(cases: list[Case], engine: Engine, seconds: float, lists: str) -> None:
    harmful = [c for c in cases if c.harmful]
    acceptable = [c for c in cases if not c.harmful]
    found = [c for c in harmful if c.flagged]
    misses = [c for c in harmful if not c.flagged]
    false_flags = [c for c in acceptable if c.flagged]
    flagged = found + false_flags

    print(f"Held-out city-page comments: {len(cases)} ({len(harmful)} harmful, ", end="")
    shown = DATA.relative_to(ROOT) if DATA.is_relative_to(ROOT) else DATA  # a file of your own
    print(f"{len(acceptable)} acceptable) from {shown}")
    print(f"Default rules: {len(engine.specs)} enabled; analyser {analyser_version()}")
    print(f"Screened in {seconds:.2f} s ({len(cases) / max(seconds, 1e-9):,.0f} comments/s)\n")

    recall = len(found) / len(harmful) if harmful else 0.0
    false_rate = len(false_flags) / len(acceptable) if acceptable else 0.0
    print(f"Recall (harmful flagged):        {share(len(found), len(harmful))}")
    full = [c for c in harmful if c.clause in FULLY_DETECTABLE]
    print(f"  on the 'yes' clauses only:      {share(sum(c.flagged for c in full), len(full))}")
    print(f"False-flag rate (acceptable):    {share(len(false_flags), len(acceptable))}")
    own = [c for c in acceptable if c.form != "quoted"]
    print(f"  not quoting or reporting abuse: {share(sum(c.flagged for c in own), len(own))}")
    print(f"Precision (flagged harmful):     {share(len(found), len(flagged))}")
    verdict = "met" if recall >= RECALL_TARGET and false_rate <= FALSE_FLAG_TARGET else "NOT met"
    print(
        f"Target recall >= {RECALL_TARGET} with false flags <= {FALSE_FLAG_TARGET:.0%}: {verdict}"
    )

    # Secondary: does a rule of the labelled clause fire (the flag cites the right clause)?
    agree = [c for c in found if any(h.category == c.clause for h in c.hits)]
    print(f"Clause cited matches the label:  {share(len(agree), len(found))} of found\n")

    print("Per clause (label)        recall                                  clause matches")
    by_clause: dict[str, list[Case]] = defaultdict(list)
    for case in harmful:
        by_clause[case.clause or "?"].append(case)
    for clause, group in sorted(by_clause.items(), key=lambda item: (-len(item[1]), item[0])):
        hit = [c for c in group if c.flagged]
        right = [c for c in hit if any(h.category == clause for h in c.hits)]
        print(f"  {clause:<22} {share(len(hit), len(group)):<40} {len(right)}/{len(hit)}")

    print("\nPer form of writing        recall of harmful            flagged acceptable")
    forms = sorted({c.form for c in cases}, key=lambda f: (f != "plain", f))
    for form in forms:
        bad = [c for c in harmful if c.form == form]
        good = [c for c in acceptable if c.form == form]
        caught = sum(c.flagged for c in bad)
        wrong = sum(c.flagged for c in good)
        left = f"{caught}/{len(bad)}" + (f" ({caught / len(bad):.2f})" if bad else "")
        right = f"{wrong}/{len(good)}" + (f" ({wrong / len(good):.2f})" if good else "")
        print(f"  {form:<25} {left:<28} {right}")

    print("\nRules that fired, on harmful / on acceptable comments")
    on_harmful: Counter[str] = Counter()
    on_acceptable: Counter[str] = Counter()
    for case in cases:
        for hit in case.hits:
            (on_harmful if case.harmful else on_acceptable)[f"{hit.rule} [{hit.category}]"] += 1
    for name in sorted(
        set(on_harmful) | set(on_acceptable), key=lambda n: (-on_acceptable[n], -on_harmful[n], n)
    ):
        print(f"  {name:<48} {on_harmful[name]:>4} / {on_acceptable[name]:>3}")

    mismatched = [c for c in found if c not in agree]
    if lists in ("all", "misses"):
        print(f"\nMisses: harmful, no rule fired ({len(misses)})")
        for case in sorted(misses, key=lambda c: (c.clause or "", c.line)):
            print(
                f"  L{case.line:<4} [{case.clause}] {one_line(case.message)}"
                f"  ({case.form}; {case.note})"
            )
    if lists in ("all", "flags"):
        print(f"\nFalse flags: acceptable, a rule fired ({len(false_flags)})")
        for case in sorted(false_flags, key=lambda c: (describe(c), c.line)):
            print(f"  L{case.line:<4} {one_line(case.message)}  ({case.form}; {case.note})")
            print(f"         fired: {describe(case)}")
    if lists == "all":
        print(f"\nFound, but no rule of the labelled clause fired ({len(mismatched)})")
        for case in sorted(mismatched, key=lambda c: (c.clause or "", c.line)):
            print(f"  L{case.line:<4} [{case.clause}] {one_line(case.message)}")
            print(f"         fired: {describe(case)}")


def main() -> None:
    global DATA
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "file", type=Path, nargs="?", default=None, help="a JSON-lines file (same as --data)"
    )
    parser.add_argument("--data", type=Path, default=DATA, help="a JSON-lines file as above")
    parser.add_argument(
        "--lists",
        choices=("all", "misses", "flags", "none"),
        default="all",
        help="which lists of comments to print after the figures (default: all)",
    )
    args = parser.parse_args()
    DATA = (args.file or args.data).resolve()
    cases = load(DATA)
    engine = Engine.from_rules(DEFAULT_RULES)
    seconds = screen(engine, cases)
    report(cases, engine, seconds, args.lists)


if __name__ == "__main__":
    main()
