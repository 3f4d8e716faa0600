"""The rule backtest: which stored comments a rule change would newly flag or stop flagging.

Every kind of rule is backtested, in one streaming pass over the stored comments:

* an ordinary rule (terms, regular expression, personal information, links, patterns): one
  engine holds the rule as stored (under a private slug) and the candidate, plus the global
  exception lists (they affect term matches), so every comment is screened once;
* an exception list: exceptions change every term rule at once, so the enabled rules are
  compiled twice, with the stored and with the candidate exceptions, and a comment counts
  when *any* rule's verdict changes; only comments that contain an exception word the
  change adds or removes can change, so only those are screened (twice);
* a repetition rule: it needs the history of the stream, so comments are read in the order
  they were written, per page (as the worker screens them), both versions of the rule
  reading one bounded repetition state.

Each comment's matching form is stored at ingestion (``Comment.search_text``, exactly the
engine's form), so most comments are judged without reading them again: a term or pattern
rule, and an exception list, can only change the verdict on a comment whose form holds one
of their keys (one Aho-Corasick pass over the stored form); repetition compares the stored
forms; a detector rule (regular expression, personal information, links) runs alone. Only
the comments left are screened by the engine, whose result is the worker's.

Comments stream from the database in chunks (a server-side cursor on PostgreSQL), so memory
stays flat over millions of rows. Samples of both directions are kept with highlights.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime

from .engine import Engine, RepetitionState, RuleSpec, term_key
from .engine.analysed import compared_text, matching_form
from .engine.automaton import KeyFinder, key_finder
from .engine.report_ways import report_key
from .highlight import highlight_segments

OLD = "__stored__"
NEW = "__candidate__"
CHUNK = 5000
SAMPLE = 10


@dataclass
class BacktestSample:
    comment_id: int
    segments: list
    rules: tuple[str, ...] = ()


@dataclass
class BacktestResult:
    scanned: int = 0
    newly_flagged: int = 0
    no_longer_flagged: int = 0
    still_flagged: int = 0
    # An exception backtest screens only the comments that contain a changed exception word.
    affected: int | None = None
    kind: str = ""
    newly_samples: list[BacktestSample] = field(default_factory=list)
    stopped_samples: list[BacktestSample] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class StoredComment:
    """What the backtest reads of a comment (author, time and page only matter to repetition)."""

    id: int
    message: str
    author_id: str = ""
    created_time: datetime | None = None
    page_id: int | None = None
    # The stored matching form (``Comment.search_text``); empty when not stored (yet).
    form: str = ""
    # A repetition backtest reads forms, not texts: the text is fetched for a sample only.
    loader: Callable[[int], str] | None = None

    def matching_form(self) -> str:
        return self.form or matching_form(self.text())

    def text(self) -> str:
        return self.loader(self.id) if self.loader is not None else self.message


def _as_stored(item) -> StoredComment:
    if isinstance(item, StoredComment):
        return item
    comment_id, message, *rest = item
    return StoredComment(comment_id, message, *rest)


# Exceptions change term (and pattern) matches only; detectors and repetition ignore them.
_KEYED_KINDS = ("terms", "pattern")


def backtest_engine(
    *, stored: RuleSpec | None, candidate: RuleSpec, exceptions: Iterable[RuleSpec]
) -> Engine:
    """One engine with the stored rule (``OLD``), the candidate (``NEW``) and the exceptions."""
    specs = []
    if candidate.kind in _KEYED_KINDS:
        specs = [replace(spec, slug=f"__exception__{spec.slug}") for spec in exceptions]
    if stored is not None and stored.enabled:
        specs.append(replace(stored, slug=OLD))
    if candidate.enabled:
        specs.append(replace(candidate, slug=NEW))
    return Engine(specs)


class _Tally:
    """Counts and samples; ``before``/``after`` are the sets of rules that fired."""

    def __init__(self, result: BacktestResult, sample: int) -> None:
        self.result = result
        self.sample = sample

    def add(self, comment: StoredComment, before: list, after: list) -> None:
        result = self.result
        if after and not before:
            result.newly_flagged += 1
            if len(result.newly_samples) < self.sample:
                result.newly_samples.append(self._sample(comment, after))
        elif before and not after:
            result.no_longer_flagged += 1
            if len(result.stopped_samples) < self.sample:
                result.stopped_samples.append(self._sample(comment, before))
        elif before:
            result.still_flagged += 1

    @staticmethod
    def _sample(comment: StoredComment, hits: list) -> BacktestSample:
        names = tuple(sorted({hit.rule for hit in hits if not hit.rule.startswith("__")}))
        message = comment.text()
        if comment.loader is not None:  # a repetition hit covers the whole text
            hits = [replace(hit, spans=((0, len(message)),)) for hit in hits]
        return BacktestSample(comment.id, highlight_segments(message, hits), names)


def backtest_run(
    *,
    stored: RuleSpec | None,
    candidate: RuleSpec,
    exceptions: Iterable[RuleSpec],
    comments: Iterable,
    others: Iterable[RuleSpec] = (),
    sample: int = SAMPLE,
    current: Engine | None = None,
) -> BacktestResult:
    """Screen ``comments`` with the rule as stored and as the candidate.

    ``comments`` yields :class:`StoredComment` (or ``(id, message[, author_id,
    created_time, page_id])`` tuples); a repetition backtest needs them in the order they
    were written. ``others`` are the other enabled rules: an exception list is judged by
    what it does to them. ``current``: the engine of the rules as stored, when the caller
    holds one (an exception backtest then builds only the changed engine: a build of the
    default rules takes seconds).
    """
    kind = candidate.kind
    result = BacktestResult(kind=kind)
    tally = _Tally(result, sample)
    if kind == "exception":
        result.affected = 0
        _run_exception(stored, candidate, exceptions, others, comments, result, tally, current)
    elif kind == "repetition":
        _run_repetition(stored, candidate, comments, result, tally)
    else:
        _run_rule(stored, candidate, exceptions, comments, result, tally)
    return result


def _key_finder(keys: Iterable[str]) -> KeyFinder[None] | None:
    return key_finder((key, None) for key in keys)


def _run_rule(stored, candidate, exceptions, comments, result, tally) -> None:
    engine = backtest_engine(stored=stored, candidate=candidate, exceptions=exceptions)
    screen = engine.screen
    keys = engine.candidate_keys() if candidate.kind in _KEYED_KINDS else None
    finder = _key_finder(keys) if keys is not None else None
    for item in comments:
        comment = _as_stored(item)
        result.scanned += 1
        if not comment.message:
            continue
        if keys is not None and (finder is None or not finder.occurs_in(comment.matching_form())):
            continue  # no key of either version in its form: neither can fire
        hits = screen(comment.message)
        if not hits:
            continue
        old = [hit for hit in hits if hit.rule == OLD]
        new = [hit for hit in hits if hit.rule == NEW]
        tally.add(comment, old, new)


def _exception_entries(spec: RuleSpec) -> set[tuple[str, str]]:
    """An exception list's entries, each with the matching form it is found by: its words,
    and its ways of reporting (found by the part after their gap: と…言われ and って…言われ
    share one key, and a change to either must screen the comments holding it)."""
    config = spec.config or {}
    return {(term, term_key(term)[0]) for term in config.get("terms", ())} | {
        ("reported_by:" + phrase, report_key(phrase)) for phrase in config.get("reported_by", ())
    }


def _run_exception(
    stored, candidate, exceptions, others, comments, result, tally, current=None
) -> None:
    # Only a comment whose form contains an exception word that the change adds or removes
    # can change its verdict: the others are counted as screened and not screened twice.
    # A way of reporting (reported_by, see engine.quoting) excuses only around itself: it is
    # a key the same way.
    old_entries = _exception_entries(stored) if stored and stored.enabled else set()
    new_entries = _exception_entries(candidate) if candidate.enabled else set()
    finder = _key_finder(key for _entry, key in old_entries ^ new_entries)
    if finder is None:
        result.scanned = sum(1 for _item in comments)
        return
    # The other exception lists stay as they are; only this one changes.
    rest = [spec for spec in exceptions if stored is None or spec.slug != stored.slug]
    judged = [spec for spec in others if spec.kind not in ("exception", "repetition")]
    # The rules as stored are the engine the portal already screens with (cached): reuse it
    # rather than build a second engine of every rule while the reviewer waits.
    before = current or Engine([*judged, *rest, *([stored] if stored is not None else [])])
    after = Engine([*judged, *rest, candidate])
    for item in comments:
        comment = _as_stored(item)
        result.scanned += 1
        if not comment.message:
            continue
        if not finder.occurs_in(comment.matching_form()):
            continue
        result.affected += 1
        analysis = before.analyse(comment.message)  # read once, by both engines
        tally.add(
            comment,
            before.screen(comment.message, analysis=analysis),
            after.screen(comment.message, analysis=analysis),
        )


def _run_repetition(stored, candidate, comments, result, tally) -> None:
    # Both versions read the same history of each author, so one engine and one state per
    # page serve both; each stored form is collapsed and remembered once.
    specs = [replace(candidate, slug=NEW)]
    if stored is not None:
        specs.append(replace(stored, slug=OLD))
    repeated = Engine(specs).repeated
    state = RepetitionState()
    page = None
    for item in comments:
        comment = _as_stored(item)
        result.scanned += 1
        if not comment.message or not comment.author_id:
            continue
        if comment.page_id != page:
            # Comments arrive grouped by page: a finished page's history is not needed.
            state, page = RepetitionState(), comment.page_id
        hits = repeated(
            comment.message,
            matching_text=compared_text(comment.matching_form()),
            author_id=comment.author_id,
            created_time=comment.created_time,
            repetition=state,
        )
        if hits:
            tally.add(
                comment,
                [hit for hit in hits if hit.rule == OLD],
                [hit for hit in hits if hit.rule == NEW],
            )


def stored_comments(queryset, *, kind: str = "", chunk: int = CHUNK) -> Iterator[StoredComment]:
    """The comments of ``queryset`` as the backtest reads them, streamed in chunks.

    A repetition backtest reads them per page in the order they were written, with their
    authors; the others read only ids and text, in any order.
    """
    queryset = queryset.exclude(message="")
    if kind == "repetition":
        # Newest page first (the page index read backwards: no sort of the whole table);
        # the texts stay in the database, their stored forms are compared.
        rows = (
            queryset.order_by("-page_id", "created_time", "id")
            .values_list("id", "author_id", "created_time", "page_id", "search_text")
            .iterator(chunk_size=chunk)
        )
        model = queryset.model

        def load(pk: int) -> str:
            return model.objects.filter(pk=pk).values_list("message", flat=True).first() or ""

        return (
            StoredComment(pk, "-", author, created, page, form or "", load)
            for pk, author, created, page, form in rows
        )
    rows = (
        queryset.order_by().values_list("id", "message", "search_text").iterator(chunk_size=chunk)
    )
    return (StoredComment(pk, message, form=form) for pk, message, form in rows)


def rule_backtest(*, user, rule, candidate: RuleSpec, name: str = "") -> BacktestResult:
    """Backtest ``candidate`` (the form's values) against ``rule`` as stored (None for a new
    rule) over the stored comments the user may see. ``name`` is the name typed in the form:
    a new rule's samples are named by it, not by its identifier."""
    from comments.selectors import comments_visible_to

    from .models import Rule
    from .selectors import engine_for_current_rules, rule_spec

    enabled = [r for r in Rule.objects.filter(enabled=True) if rule is None or r.pk != rule.pk]
    # An enabled stored exception list: "before" is exactly the current rules' engine.
    current = (
        engine_for_current_rules()
        if rule is not None and rule.enabled and rule.kind == Rule.Kind.EXCEPTION
        else None
    )
    exceptions = [rule_spec(r) for r in enabled if r.kind == Rule.Kind.EXCEPTION]
    others = [rule_spec(r) for r in enabled if r.kind != Rule.Kind.EXCEPTION]
    result = backtest_run(
        stored=rule_spec(rule) if rule is not None else None,
        candidate=candidate,
        exceptions=exceptions,
        others=others,
        comments=stored_comments(comments_visible_to(user=user), kind=candidate.kind),
        current=current,
    )
    # The samples name the rules that fired by their names (「defamation-insults-ja」 means
    # nothing to the secretariat).
    names = {r.slug: r.name for r in enabled}
    if rule is not None:
        names[OLD] = names[NEW] = rule.name  # the edited rule's two versions: its name
    elif name or candidate.slug:
        names[OLD] = names[NEW] = name or candidate.slug
    for sample in (*result.newly_samples, *result.stopped_samples):
        sample.rules = tuple(names.get(slug, slug) for slug in sample.rules)
        # The marks' tooltips too (they showed 「__candidate__」 or an identifier).
        sample.segments = [
            replace(seg, rules=tuple(dict.fromkeys(names.get(r, r) for r in seg.rules)))
            for seg in sample.segments
        ]
    return result
