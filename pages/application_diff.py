"""What an application (or a continuation answer) said when it was submitted, and what
changed since it was returned.

A snapshot is the application as plain text per field (page name, people, every activity
policy field), stored on the request when it is submitted. The difference is difflib's,
line by line, as rows of plain text: templates escape them (never `|safe`).
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from guidelines.diff import FieldDiff, line_rows

POLICY_FIELDS = (
    "purpose",
    "target_audience",
    "content_themes",
    "posting_frequency",
    "posting_hours",
    "posters",
    "post_approver",
    "comment_handling",
    "inquiries_to",
    "engagement_rules",
    "deletion_standard",
    "deletion_clauses",
    "review_date",
)


def field_labels() -> dict[str, str]:
    """Field name -> label in the current language."""
    from guidelines.models import ActivityPolicy

    labels = {
        "name": _("page name"),
        "responsible_person": _("responsible person (運用管理責任者)"),
        "operators": _("operators"),
    }
    for name in POLICY_FIELDS:
        labels[name] = str(getattr(ActivityPolicy._meta.get_field(name), "verbose_name", name))
    return labels


def _policy_text(policy, name: str) -> str:
    from guidelines.clauses import Clause

    value = getattr(policy, name)
    if name == "deletion_clauses":
        return "\n".join(str(Clause(code).label) for code in value if code in Clause.values)
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def application_snapshot(page, policy=None) -> dict[str, str]:
    """The application to open `page` (its activity policy v1) as text, field by field; for
    a continuation answer, pass the policy it answers with (a revision or the one in force)."""
    if policy is None:
        policy = page.activity_policies.get(version=1)
    snapshot = {
        "name": page.name,
        "responsible_person": str(page.responsible_person),
        "operators": "\n".join(str(user) for user in page.operators.order_by("username")),
    }
    for name in POLICY_FIELDS:
        snapshot[name] = _policy_text(policy, name)
    return snapshot


def compare_snapshots(old: dict[str, str], new: dict[str, str]) -> list[FieldDiff]:
    """Every field of the two snapshots, changed ones flagged, with side-by-side rows."""
    labels = field_labels()
    result = []
    for name in labels:
        a = (old.get(name) or "").splitlines()
        b = (new.get(name) or "").splitlines()
        result.append(
            FieldDiff(name=name, label=labels[name], changed=a != b, rows=line_rows(a, b))
        )
    return result
