"""Screen comments given as JSON lines on standard input with the stored rules.

Input, one per line: ``{"id", "message", "author"?, "created_time"?}``. Output, one line
per input line and in the same order: ``{"id", "flags": [{"category", "rule", "severity",
"spans": [[start, end], ...]}]}``; spans are code-point offsets into the original message.
Repetition is judged across the whole stream, per author. The engine is the worker's
(``engine_for_current_rules``), so the results are the ones the worker would record.
A malformed line gets a message on standard error and an empty result, and the run goes on.
"""

from __future__ import annotations

import json
import sys

from ishinomaki_sns.common.dependencies import DependencyCommand
from moderation.engine import RepetitionState
from moderation.selectors import engine_for_current_rules


class Command(DependencyCommand):
    help = "Screen JSON-lines comments from standard input with the stored rules."
    stealth_options = ("stdin",)  # call_command(..., stdin=io.StringIO(...)) in tests

    def handle(self, *args, **options):
        engine = engine_for_current_rules()
        state = RepetitionState()
        stdin = options.get("stdin") or sys.stdin
        for number, line in enumerate(stdin, start=1):
            if isinstance(line, bytes):
                line = line.decode("utf-8", errors="replace")
            if not line.strip():
                continue
            result_id, flags = None, []
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise ValueError("a JSON object is expected")
                result_id = record.get("id")
                message = record.get("message")
                if not isinstance(message, str):
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
            self.stdout.write(json.dumps({"id": result_id, "flags": flags}, ensure_ascii=False))
            self.stdout.flush()
