"""Screen comments given as JSON lines on standard input with the stored rules.

Input, one per line: ``{"id", "message", "author"?, "created_time"?}``. Output, one line
per input line and in the same order: ``{"id", "flags": [{"category", "rule", "severity",
"spans": [[start, end], ...]}]}``; spans are code-point offsets into the original message.
Repetition is judged across the whole stream, per author. The engine is the worker's
(``engine_for_current_rules``), so the results are the ones the worker would record.
A malformed line gets a message on standard error and an empty result, and the run goes on.
When a learned model is active (issue 11), every row also has ``"score"`` (the model's
probability of harmful; null for a malformed line) and a flag of rule ``learned-scorer``
when the score reaches the threshold, as the worker would record. Answers are written as
soon as no more input is waiting (a caller may be waiting for them), else in batches of up
to ``BATCH`` lines, scored together (the model is much faster on many texts at once).
"""

from __future__ import annotations

import io
import json
import select
import sys
from json.encoder import encode_basestring as _encode_string

from ishinomaki_sns.common.dependencies import DependencyCommand
from moderation import scorer_hook
from moderation.engine import RepetitionState
from moderation.selectors import engine_for_current_rules

BATCH = 256


class Command(DependencyCommand):
    help = "Screen JSON-lines comments from standard input with the stored rules."
    # The system checks import every URLconf and view (and through them scikit-learn):
    # seconds of start-up and about 80 MB that a stream of comments never uses.
    requires_system_checks: list[str] = []
    stealth_options = ("stdin",)  # call_command(..., stdin=io.StringIO(...)) in tests

    def handle(self, *args, **options):
        engine = engine_for_current_rules()
        state = RepetitionState()
        score_batch = scorer_hook.texts_scorer()
        stdin = options.get("stdin") or sys.stdin
        pending: list[tuple[object, list, str | None]] = []
        more_waiting = _MoreWaiting(stdin)
        for number, line in enumerate(stdin, start=1):
            if isinstance(line, bytes):
                line = line.decode("utf-8", errors="replace")
            if not line.strip():
                continue
            result_id, flags, message = None, [], None
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise ValueError("a JSON object is expected")
                result_id = record.get("id")
                message = record.get("message")
                if not isinstance(message, str):
                    message = None
                    raise ValueError('"message" must be a string')
                author = record.get("author")
                hits = engine.screen(
                    message,
                    author_id=str(author) if author is not None else None,
                    created_time=record.get("created_time"),
                    repetition=state,
                )
                flags = [hit.as_dict() for hit in hits]
            except (ValueError, TypeError, RecursionError) as error:
                self.stderr.write(f"line {number}: {error}")
            pending.append((result_id, flags, message))
            if len(pending) >= BATCH or not more_waiting():
                self._write(pending, score_batch)
        self._write(pending, score_batch)

    def _write(self, pending: list, score_batch) -> None:
        if not pending:
            return
        scored = score_batch([message for _i, _f, message in pending]) if score_batch else None
        lines = []
        for index, (result_id, flags, _message) in enumerate(pending):
            if scored is None and not flags:
                # Most rows: the same text json.dumps writes for {"id": …, "flags": []},
                # without building and walking a dictionary for it.
                lines.append(f'{{"id": {_dumps(result_id)}, "flags": []}}')
                continue
            row: dict = {"id": result_id, "flags": flags}
            if scored is not None:
                score, learned_flag = scored[index]
                row["score"] = score
                if learned_flag is not None:
                    flags.append(learned_flag)
            lines.append(json.dumps(row, ensure_ascii=False))
        self.stdout.write("\n".join(lines))  # one write per batch, not per line
        self.stdout.flush()
        pending.clear()


def _dumps(value) -> str:
    """``json.dumps(value, ensure_ascii=False)``; a string (most ids) straight through the
    encoder's C function, as ``json.dumps`` itself does, without its call overhead."""
    if type(value) is str:
        return _encode_string(value)
    return json.dumps(value, ensure_ascii=False)


class _MoreWaiting:
    """Whether more input can be read at once, so its answers can wait for a batch: a
    stream being piped in, or input held in memory (``call_command(stdin=StringIO)``); not
    a caller that sent a line and waits for its answer. Asked after every line: the
    descriptor is looked up and registered once, and poll asks the kernel without building
    the three lists select does (under half its cost per line)."""

    def __init__(self, stdin) -> None:
        self._in_memory = False
        self._poll: select.poll | None = None
        try:
            descriptor = stdin.fileno()
        except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
            self._in_memory = True  # no descriptor: a buffer in memory, read whole
            return
        try:
            poll = select.poll()
            poll.register(descriptor, select.POLLIN)
        except (OSError, ValueError, TypeError):
            return  # a descriptor that cannot be watched: every line answered at once
        self._poll = poll

    def __call__(self) -> bool:
        if self._poll is None:
            return self._in_memory
        try:
            events = self._poll.poll(0)
        except (OSError, ValueError):
            return False
        # Data, or the end of the stream (a hang-up), is there to read; a closed
        # descriptor is not.
        return bool(events) and not events[0][1] & select.POLLNVAL
