"""Side-by-side comparison of two activity-policy versions (difflib, line by line).

Returns plain text rows with a tag; the template escapes everything (no `|safe`), so a
policy's text can never inject markup.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from .clauses import Clause


@dataclass
class FieldDiff:
    name: str
    label: str
    changed: bool
    rows: list[tuple[str, str, str]] = field(default_factory=list)  # (tag, left, right)


def _text(policy, name: str) -> str:
    value = getattr(policy, name)
    if name == "deletion_clauses":
        return "\n".join(str(Clause(code).label) for code in value if code in Clause.values)
    if value is None:
        return ""
    return str(value)


def line_rows(a: list[str], b: list[str]) -> list[tuple[str, str, str]]:
    """Side-by-side rows (tag, left line, right line) of two texts' lines (difflib)."""
    rows: list[tuple[str, str, str]] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        span = max(i2 - i1, j2 - j1)
        for k in range(span):
            left_line = a[i1 + k] if i1 + k < i2 else ""
            right_line = b[j1 + k] if j1 + k < j2 else ""
            rows.append((tag, left_line, right_line))
    return rows


def compare_versions(left, right, fields, labels: dict[str, str]) -> list[FieldDiff]:
    """Compare `fields` of two versions; unchanged fields come back with `changed=False`."""
    result = []
    for name in fields:
        a, b = _text(left, name).splitlines(), _text(right, name).splitlines()
        diff = FieldDiff(name=name, label=labels.get(name, name), changed=a != b)
        diff.rows = line_rows(a, b)
        result.append(diff)
    return result
