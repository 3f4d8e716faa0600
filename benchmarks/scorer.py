"""The learned scorer: training time, scoring speed, model size, and check_comments with the
model against a minimal reference screener in the same run (prints figures).

    python tools/testenv.py -- .venv/bin/python benchmarks/scorer.py [--sizes 10000 100000]

Comments are synthetic, labelled city-page comments (``_labelled.py``).

Figures: training time (``scoring.learn.train``: the analyser's lexicon, features,
cross-validation with 5 folds (3 above 20,000 examples), final fit; the part of
``train_scorer`` after reading the database) for each size, with its cross-validated recall
and precision at the chosen false-flag rate; model size; held-out figures (trained on one
hand-written set of city comments, ``benchmarks/heldout``, scored on the other); scoring
comments per CPU second in batches of 256, on the synthetic comments and on the realistic
ones of ``_realistic.py`` (~100 characters; scored by a model trained on 10,000 labelled
comments of their kind, another seed), with clauses for the flagged comments as
``check_comments`` asks, scores alone, and a clause for every comment as the worker asks;
and on 20,000 realistic comments, comments per CPU second of the ``check_comments`` command
(rules only, then rules + a model trained on those labelled realistic comments) next
to a minimal screener: NFKC + lower-case + an Aho-Corasick automaton with 1,000 terms,
written here in plain Python (and, for reference, with the pyahocorasick C extension).
Targets: training on 100,000 under 60 s; check_comments with the model at least
0.25 x the minimal screener; the scorer's own share of that, at least 150,000 realistic
comments per CPU second (batches of 256). Speeds are per CPU second of this process.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import sys
import time
import unicodedata
from collections import deque
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import use_fresh_database  # noqa: E402
from _labelled import make_labelled, realistic_labelled  # noqa: E402


class AhoCorasick:
    """A minimal Aho-Corasick automaton in plain Python (goto dicts, failure links)."""

    def __init__(self, terms: list[str]) -> None:
        self.goto: list[dict[str, int]] = [{}]
        self.fail = [0]
        self.out: list[list[str]] = [[]]
        for term in terms:
            state = 0
            for char in term:
                nxt = self.goto[state].get(char)
                if nxt is None:
                    self.goto.append({})
                    self.fail.append(0)
                    self.out.append([])
                    nxt = len(self.goto) - 1
                    self.goto[state][char] = nxt
                state = nxt
            self.out[state].append(term)
        queue = deque(self.goto[0].values())
        while queue:
            state = queue.popleft()
            for char, nxt in self.goto[state].items():
                queue.append(nxt)
                f = self.fail[state]
                while f and char not in self.goto[f]:
                    f = self.fail[f]
                self.fail[nxt] = (
                    self.goto[f].get(char, 0) if self.goto[f].get(char, 0) != nxt else 0
                )
                self.out[nxt] = self.out[nxt] + self.out[self.fail[nxt]]

    def find(self, text: str) -> list[str]:
        goto, fail, out = self.goto, self.fail, self.out
        state, found = 0, []
        for char in text:
            while state and char not in goto[state]:
                state = fail[state]
            state = goto[state].get(char, 0)
            if out[state]:
                found.extend(out[state])
        return found


def make_terms(count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    kana = [chr(c) for c in range(0x30A2, 0x30F3)]
    terms = {"ばか", "バカ", "無能", "殺す", "爆破", "詐欺師", "出ていけ"}
    while len(terms) < count:
        terms.add("".join(rng.choice(kana) for _ in range(rng.randint(3, 5))))
    return sorted(terms)


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (the parallel analysis): on a
    shared machine the wall time also counts other people's work."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def per_second(func, items, repeat: int = 2) -> float:
    """Items per CPU second of this process (best of ``repeat``): the machine is shared,
    so wall time counts other people's work."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        func(items)
        best = min(best, time.process_time() - start)
    return len(items) / best


def heldout_figures() -> None:
    """The hand-written held-out sets of city comments (``benchmarks/heldout``): a model
    trained on one half of a set scores the other half (the issue's "one half of a data
    set"), a model trained on one whole set scores the other (a harder test: other
    writers), and a model trained on sets A-D scores the later sets E to J, and one
    trained on A-I scores J. For each: recall and false flags of the shipped rules alone,
    of the model alone at its trained threshold, and of both together (a comment is flagged when a rule fires or
    the model's score reaches its threshold, as the worker flags it), and the model's ROC AUC."""
    import numpy as np
    from heldout import load, screen
    from sklearn.metrics import roc_auc_score

    from moderation.engine import Engine
    from moderation.engine.defaults import DEFAULT_RULES
    from scoring.learn import Examples, train

    folder = Path(__file__).resolve().parent / "heldout"
    engine = Engine.from_rules(DEFAULT_RULES)
    sets = {}
    for name in ("city_comments.jsonl", "city_comments_b.jsonl"):
        cases = load(folder / name)
        screen(engine, cases)
        sets[name] = cases

    def figures(label: str, trained: list, scored: list) -> None:
        examples = Examples()
        for case in trained:
            examples.add(case.message, case.harmful, case.clause or "")
        scorer, report = train(examples, share=0.05)
        y = np.array([case.harmful for case in scored])
        by_rules = np.array([case.flagged for case in scored])
        scores, _clauses = scorer.score([case.message for case in scored])
        by_model = scores >= report.threshold
        both = by_rules | by_model
        parts = ", ".join(
            f"{name} {flags[y].mean():.3f} / {flags[~y].mean():.3f}"
            for name, flags in (("rules", by_rules), ("model", by_model), ("rules + model", both))
        )
        print(f"  {label} ({len(y)} scored; recall / false flags): {parts}; "
              f"model ROC AUC {roc_auc_score(y, scores):.3f}")  # fmt: skip

    for name, cases in sets.items():
        figures(f"held-out {name}, trained on even lines, scored on odd", cases[::2], cases[1::2])
    first, second = sets
    figures(f"held-out: trained on {first}, scored on {second}", sets[first], sets[second])
    figures(f"held-out: trained on {second}, scored on {first}", sets[second], sets[first])
    # As the city would run it: a model trained on the decisions so far (the sets written
    # first, A to D) scores comments written later by other writers, whom no rule author
    # read when they were written (E to J, see heldout.py).
    history = [case for name in HISTORY for case in _screened(engine, folder / name, screen, load)]
    later = {
        name: _screened(engine, folder / name, screen, load)
        for name in LATER
        if (folder / name).exists()
    }
    for name, cases in later.items():
        figures(f"held-out: trained on A-D ({len(history)}), scored on {name}", history, cases)
    # And with every decision before the last set, as the model grows with them.
    *before, last = later
    if before:
        grown = history + [case for name in before for case in later[name]]
        figures(f"held-out: trained on every other set ({len(grown)}), "
                f"scored on {last}", grown, later[last])  # fmt: skip


HISTORY = ("city_comments.jsonl", "city_comments_b.jsonl", "city_comments_c.jsonl",
           "city_comments_d.jsonl")  # fmt: skip
# In the order the city would have them; the last is the set nobody has read (N).
LATER = ("city_comments_e.jsonl", "city_comments_f.jsonl", "city_comments_g.jsonl",
         "city_comments_h.jsonl", "city_comments_i.jsonl", "city_comments_j.jsonl",
         "city_comments_k.jsonl", "city_comments_l.jsonl", "city_comments_m.jsonl",
         "city_comments_n.jsonl")  # fmt: skip


def _screened(engine, path: Path, screen, load) -> list:
    cases = load(path)
    screen(engine, cases)
    return cases


def run_check_comments(lines: str) -> None:
    from django.core.management import call_command

    call_command("check_comments", stdin=io.StringIO(lines), stdout=io.StringIO(),
                 stderr=io.StringIO())  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--check", type=int, default=20_000, help="comments for the speed runs")
    args = parser.parse_args()
    use_fresh_database("bench_scorer")
    from scoring.learn import Examples, train

    print("Learned scorer (synthetic city comments, ~10 % harmful, seeded)")
    scorer = None
    for size in args.sizes:
        rows = make_labelled(size)
        examples = Examples()
        for text, harmful, clause in rows:
            examples.add(text, harmful, clause)
        mean = sum(len(t) for t, _h, _c in rows) / len(rows)
        start, cpu = time.perf_counter(), _cpu_seconds()
        scorer, report = train(examples, share=0.05)
        seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
        verdict = "ok" if size < 100_000 or seconds < 60 else "OVER TARGET"
        print(f"  train {size:>7,} comments (mean {mean:.0f} chars): {seconds:6.1f} s wall "
              f"[{verdict}], {cpu:6.1f} s CPU (all processes)  CV recall {report.recall:.3f} "
              f"precision {report.precision:.3f} at false flags "
              f"{report.false_flag_rate:.3f}, clause accuracy "
              f"{report.clause_accuracy:.3f}")  # fmt: skip
    assert scorer is not None
    blob = scorer.to_bytes()
    print(f"  model size: {len(blob) / 1e6:.2f} MB compressed "
          f"({scorer.n_features:,} features)")  # fmt: skip

    heldout_figures()

    from _realistic import comments

    test = [t for t, _h, _c in make_labelled(args.check, seed=7)]
    realistic = [c["message"] for c in comments(args.check)]
    # The realistic comments are scored by a model trained on labelled comments of their
    # own kind (another seed), as a city's model learns from its own pages' decisions: a
    # model of the synthetic comments flags half of them, which says nothing of a city.
    realistic_labels = realistic_labelled(10_000)
    own = Examples()
    for text, harmful, clause in realistic_labels:
        own.add(text, harmful, clause)
    realistic_scorer, realistic_report = train(own, share=0.05)

    def batches(model, texts, **kwargs):
        for i in range(0, len(texts), 256):
            model.score(texts[i : i + 256], **kwargs)

    for label, model, texts, threshold in (
        ("synthetic", scorer, test, report.threshold),
        ("realistic (_realistic.py)", realistic_scorer, realistic, realistic_report.threshold),
    ):
        mean = sum(map(len, texts)) / len(texts)
        share = float((model.score(texts)[0] >= threshold).mean())
        every = per_second(lambda t, m=model: batches(m, t), texts, repeat=3)
        flagged = per_second(
            lambda t, m=model, c=threshold: batches(m, t, clause_from=c), texts, repeat=3
        )
        alone = per_second(
            lambda t, m=model: batches(m, t, clause_from=float("inf")), texts, repeat=3
        )
        print(f"  scoring {label}, mean {mean:.0f} chars, batches of 256, {share:.0%} "
              f"flagged: {flagged:,.0f} comments per CPU second with clauses for flagged "
              f"ones (check_comments) [{'ok' if flagged >= 150_000 else 'BELOW 150,000'}], "
              f"{alone:,.0f} scores alone, {every:,.0f} with a clause for every comment "
              f"(worker)")  # fmt: skip

    terms = make_terms(1_000)
    automaton = AhoCorasick(terms)

    def minimal(texts):
        for text in texts:
            automaton.find(unicodedata.normalize("NFKC", text).lower())

    reference = per_second(minimal, realistic)
    try:
        import ahocorasick

        c_automaton = ahocorasick.Automaton()
        for term in terms:
            c_automaton.add_word(term, term)
        c_automaton.make_automaton()

        def minimal_c(texts):
            for text in texts:
                list(c_automaton.iter(unicodedata.normalize("NFKC", text).lower()))

        reference_c = per_second(minimal_c, realistic)
    except ImportError:  # pragma: no cover
        reference_c = None

    from moderation.services import rules_install_defaults
    from scoring.models import ScorerModel
    from scoring.services import scorer_transition, training_examples_import
    from scoring.transitions import Action

    rules_install_defaults()
    lines = "\n".join(json.dumps({"id": str(i), "message": t}, ensure_ascii=False)
                      for i, t in enumerate(realistic))  # fmt: skip
    rules_only = per_second(lambda _x: run_check_comments(lines), realistic, repeat=1)
    labels = [json.dumps({"message": t, "harmful": h, "clause": c or None}, ensure_ascii=False)
              for t, h, c in realistic_labels]  # fmt: skip
    training_examples_import(lines=labels, source_name="bench")  # realistic, as above
    from scoring.services import scorer_train

    model = scorer_train(actor=None, trigger=ScorerModel.Trigger.COMMAND)
    scorer_transition(model_id=model.pk, action=Action.ACCEPT, actor=None)
    with_model = per_second(lambda _x: run_check_comments(lines), realistic, repeat=1)
    print(
        f"\ncheck_comments on {len(realistic):,} realistic comments (mean {sum(map(len, realistic)) / len(realistic):.0f} chars), per CPU second, same run:"
    )
    print(
        f"  minimal screener, NFKC + Aho-Corasick (plain Python), 1,000 terms: {reference:10,.0f} comments/s"
    )
    if reference_c:
        print(
            f"  minimal screener, NFKC + pyahocorasick (C), 1,000 terms:          {reference_c:10,.0f} comments/s"
        )
    print(
        f"  check_comments, rules only:                                       {rules_only:10,.0f} comments/s"
    )
    print(
        f"  check_comments, rules + learned model:                            {with_model:10,.0f} comments/s"
    )
    ratio = with_model / reference
    print(f"  ratio with model / minimal (plain Python): {ratio:.2f}  "
          f"[{'ok' if ratio >= 0.25 else 'BELOW 0.25 TARGET'}]")  # fmt: skip
    if reference_c:
        print(f"  ratio with model / minimal (C extension):  {with_model / reference_c:.2f}")
    print(f"  peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print(f"  load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())} (2 cores)")


if __name__ == "__main__":
    main()
