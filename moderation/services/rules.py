"""Writers for screening rules: create, update, enable/disable, install the defaults.

Every writer validates the whole rule first (``rule_config_validate``), so nothing invalid
is ever stored: a regular expression that does not compile or could backtrack
catastrophically, an empty term list, an unknown detector are refused with a message in
the user's language. Every change bumps the rule's version, writes a ``RuleRevision``
with the values before and after, and bumps the global ``RulesVersion`` in the same
transaction, so that every worker rebuilds its engine on its next check.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from guidelines.clauses import Clause
from ishinomaki_sns.common.errors import DomainError, PermissionDeniedError
from ishinomaki_sns.common.permissions import user_can

from ..engine import LINK_MATCHES
from ..engine.defaults import DEFAULT_RULES
from ..engine.pii import DETECTORS
from ..engine.regexsafe import check_pattern
from ..engine.terms import FORMS, TermError, parse_term
from ..models import Rule, RuleRevision, RulesVersion
from .rules_reported import ConfigFieldError, reported_by_list

MAX_TERMS = 50_000
_SNAPSHOT_FIELDS = (
    "name", "clause", "kind", "severity", "action", "config", "enabled", "description",
)  # fmt: skip


def _lines(value: Any) -> list[str]:
    if isinstance(value, str):
        value = value.splitlines()
    return [str(item).strip() for item in (value or []) if str(item).strip()]


def _pattern_message(problem: str) -> str:
    if problem.startswith("syntax:"):
        return _("The regular expression is not valid: %(error)s") % {"error": problem[7:]}
    return {
        "empty": _("Enter a regular expression."),
        "too_long": _("The regular expression is too long (at most 1,000 characters)."),
        "matches_empty": _(
            "The regular expression matches empty text, so it would flag every comment."
        ),
        "nested": _(
            "The regular expression repeats a repetition, e.g. (a+)+; it could take hours on "
            "some comments. Rewrite it without nested repetition."
        ),
        "overlap": _(
            "The regular expression repeats alternatives that can match the same text, e.g. "
            "(a|ab)*; it could take hours on some comments. Rewrite it."
        ),
        "slow": _(
            "The regular expression is too slow on some inputs (catastrophic backtracking). "
            "Rewrite it more simply."
        ),
    }.get(problem, _("The regular expression is not valid."))


def _term_message(error: TermError) -> str:
    if error.code == "condition":
        return _(
            "“%(condition)s” is not a condition of a lemma term. Use a part of speech (名詞, "
            "動詞 …), a conjugation form (%(forms)s), +word (the phrase continues with it) or "
            "-word (the phrase must not contain it), separated by commas, e.g. "
            "lemma:死ぬ/命令形 or lemma:殺す/終止形,+やる,-れる."
        ) % {"condition": error.detail, "forms": "、".join(FORMS)}
    return _("The term “%(term)s” is empty once spaces and symbols are removed.") % {
        "term": error.detail
    }


def _term_list(value: Any, *, required: bool, field: str) -> list[str]:
    """Cleaned term entries (surface, lemma:… or substr:…), each checked. An error names the
    form field (``field``) and the line it is on: a list runs to hundreds of lines, and an
    error shown under another box (the predicates' for a bad target) sent the clerk hunting."""
    terms = _lines(value)
    if required and not terms:
        raise ConfigFieldError(_("Enter at least one term (one per line)."), field=field)
    if len(terms) > MAX_TERMS:
        raise ConfigFieldError(
            _("A rule may have at most %(count)d terms.") % {"count": MAX_TERMS}, field=field
        )
    written = _written_lines(value)
    for term in terms:
        try:
            parse_term(term)
        except TermError as error:
            message = _("Line %(line)d (%(entry)s): %(message)s") % {
                "line": written.get(term, 0),
                "entry": term,
                "message": _term_message(error),
            }
            raise ConfigFieldError(message, field=field) from error
    return list(dict.fromkeys(terms))


def _written_lines(value: Any) -> dict[str, int]:
    """Each entry's first line number (1-based) in the box as typed, blank lines counted."""
    lines = value.splitlines() if isinstance(value, str) else [str(item) for item in value or []]
    numbers: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        numbers.setdefault(line.strip(), number)
    return numbers


def _exception_validate(config: dict) -> dict:
    """An exception list: words (``terms``) and ways of reporting abuse (``reported_by``),
    at least one of the two; the ways of reporting only when some are given."""
    reported_by = reported_by_list(config.get("reported_by"))
    terms = _term_list(config.get("terms"), required=False, field="terms")
    if not terms and not reported_by:
        raise DomainError(
            _("Enter at least one word or one way of reporting abuse (one per line).")
        )
    cleaned: dict[str, Any] = {"terms": terms}
    if reported_by:
        cleaned["reported_by"] = reported_by
    return cleaned


def rule_config_validate(*, kind: str, config: dict, check_regex_speed: bool = True) -> dict:
    """The cleaned configuration for a rule of ``kind``, or a DomainError saying what is wrong.

    Pure validation (no writes); the rule form calls it to show errors next to the fields.
    """
    config = dict(config or {})
    if kind == Rule.Kind.EXCEPTION:
        return _exception_validate(config)
    if kind == Rule.Kind.TERMS:
        return {
            "terms": _term_list(config.get("terms"), required=True, field="terms"),
            "exceptions": _term_list(config.get("exceptions"), required=False, field="exceptions"),
        }
    if kind == Rule.Kind.PATTERN:
        return _pattern_validate(config)
    if kind == Rule.Kind.REGEX:
        pattern = str(config.get("pattern") or "")
        problem = check_pattern(pattern, dynamic=check_regex_speed)
        if problem:
            raise DomainError(_pattern_message(problem))
        on = config.get("on", "text")
        if on not in ("text", "normalized"):
            raise DomainError(
                _("Choose whether the pattern runs on the text or its normalised form.")
            )
        return {"pattern": pattern, "on": on}
    if kind == Rule.Kind.PII:
        detectors = _lines(config.get("detectors"))
        if not detectors:
            raise DomainError(_("Choose at least one detector."))
        unknown = [name for name in detectors if name not in DETECTORS]
        if unknown:
            raise DomainError(_("Unknown detector: %(names)s") % {"names": ", ".join(unknown)})
        cleaned: dict[str, Any] = {
            "detectors": list(dict.fromkeys(detectors)),
            "allow": _lines(config.get("allow")),
        }
        if "own_contact" in config:  # absent means on (the shipped rules are stored without it)
            cleaned["own_contact"] = bool(config["own_contact"])
        return cleaned
    if kind == Rule.Kind.LINK:
        match = _lines(config.get("match"))
        if not match:
            raise DomainError(_("Choose which links the rule flags."))
        unknown = [name for name in match if name not in LINK_MATCHES]
        if unknown:
            raise DomainError(
                _("Unknown link condition: %(names)s") % {"names": ", ".join(unknown)}
            )
        deny = [d.lower().removeprefix("www.") for d in _lines(config.get("deny"))]
        allow = [d.lower().removeprefix("www.") for d in _lines(config.get("allow"))]
        for domain in deny + allow:
            if "." not in domain or " " in domain or "/" in domain:
                raise DomainError(
                    _("“%(domain)s” is not a domain name (e.g. example.com).") % {"domain": domain}
                )
        if match == ["denied"] and not deny:
            raise DomainError(_("Enter at least one denied domain."))
        return {
            "match": match,
            "deny": deny,
            "allow": allow,
            "use_default_allow": bool(config.get("use_default_allow", True)),
        }
    if kind == Rule.Kind.REPETITION:
        try:
            threshold = int(config.get("threshold", 3))
            window = int(config.get("window_seconds", 3600))
            similarity = float(config.get("similarity", 0.85))
            min_length = int(config.get("min_length", 6))
        except (TypeError, ValueError) as error:
            raise DomainError(_("Enter numbers for the repetition settings.")) from error
        if not (2 <= threshold <= 100):
            raise DomainError(_("The number of posts must be between 2 and 100."))
        if not (60 <= window <= 30 * 86400):
            raise DomainError(_("The window must be between 1 minute and 30 days."))
        if not (0.5 <= similarity <= 1.0):
            raise DomainError(_("The similarity must be between 0.5 and 1.0."))
        if not (1 <= min_length <= 1000):
            raise DomainError(_("The minimum length must be between 1 and 1000."))
        return {
            "threshold": threshold,
            "window_seconds": window,
            "similarity": similarity,
            "min_length": min_length,
        }
    raise DomainError(_("Unknown rule kind."))


def _pattern_validate(config: dict) -> dict:
    """A pattern: targets and predicates (term entries), where they must meet, and
    whether a link outside the city's and government domains is required."""
    predicate = _term_list(config.get("predicate"), required=False, field="predicate")
    if not predicate:
        raise ConfigFieldError(
            _("Enter at least one predicate (one per line), e.g. 出て行け."), field="predicate"
        )
    target = _term_list(config.get("target"), required=False, field="target")
    scope = config.get("scope") or "sentence"
    if scope not in ("sentence", "message"):
        raise DomainError(_("Choose whether the target and predicate meet in one sentence."))
    return {
        "target": target,
        "predicate": predicate,
        "exceptions": _term_list(config.get("exceptions"), required=False, field="exceptions"),
        "scope": scope,
        "link": bool(config.get("link", False)),
    }


def _validate_fields(*, clause: str, kind: str, severity: str, action: str) -> None:
    if clause not in Clause.values:
        raise DomainError(_("Choose a clause of the operating policy."))
    if kind not in Rule.Kind.values:
        raise DomainError(_("Unknown rule kind."))
    if severity not in Rule.Severity.values:
        raise DomainError(_("Choose a severity."))
    if action not in Rule.Action.values:
        raise DomainError(_("Choose an action."))


def _require(actor, perm: str) -> None:
    # actor None is the system itself (migrations, installing defaults).
    if actor is not None and not user_can(actor, perm):
        raise PermissionDeniedError(_("You may not change screening rules."))


def _snapshot(rule: Rule) -> dict:
    return {name: getattr(rule, name) for name in _SNAPSHOT_FIELDS}


def rules_version_bump() -> int:
    """Move the global rules version on; call inside the transaction of the change."""
    version, _created = RulesVersion.objects.get_or_create(pk=1)
    # update() skips auto_now: set the time too, or a rolled-back change that reused a
    # number would leave the engine cache (keyed on number and time) holding old rules.
    RulesVersion.objects.filter(pk=1).update(number=F("number") + 1, updated_at=timezone.now())
    version.refresh_from_db(fields=["number"])
    return version.number


@transaction.atomic
def rule_create(
    *,
    actor,
    slug: str,
    name: str,
    clause: str,
    kind: str,
    severity: str = Rule.Severity.MEDIUM,
    action: str | None = None,
    config: dict,
    enabled: bool = True,
    description: str = "",
    check_regex_speed: bool = True,
) -> Rule:
    """Create a rule after validating it. Needs ``moderation.add_rule``.

    The action defaults to hiding automatically for the privacy and threat clauses and to
    flagging for the others. Writes a ``created`` revision and bumps the rules version.
    """
    _require(actor, "moderation.add_rule")
    if action is None:
        action = (
            Rule.Action.AUTO_HIDE if clause in (Clause.PRIVACY, Clause.THREAT) else Rule.Action.FLAG
        )
    _validate_fields(clause=clause, kind=kind, severity=severity, action=action)
    cleaned = rule_config_validate(kind=kind, config=config, check_regex_speed=check_regex_speed)
    if Rule.objects.filter(slug=slug).exists():
        raise DomainError(_("A rule with this identifier already exists."))
    rule = Rule(
        slug=slug,
        name=name,
        clause=clause,
        kind=kind,
        severity=severity,
        action=action,
        config=cleaned,
        enabled=enabled,
        description=description,
        created_by=actor,
        updated_by=actor,
    )
    rule.full_clean()
    rule.save()
    RuleRevision.objects.create(
        rule=rule,
        version=rule.version,
        change=RuleRevision.Change.CREATED,
        actor=actor,
        old_values={},
        new_values=_snapshot(rule),
    )
    rules_version_bump()
    return rule


@transaction.atomic
def rule_update(
    *,
    rule_id: int,
    actor,
    name: str | None = None,
    clause: str | None = None,
    severity: str | None = None,
    action: str | None = None,
    config: dict | None = None,
    enabled: bool | None = None,
    description: str | None = None,
) -> Rule:
    """Change a rule (its kind is fixed). Needs ``moderation.change_rule``.

    Validates the result before writing; bumps the rule's version, writes an ``updated``
    revision with the old values and bumps the rules version. No change, no revision.
    """
    _require(actor, "moderation.change_rule")
    rule = Rule.objects.select_for_update().get(pk=rule_id)
    before = _snapshot(rule)
    new_clause = clause if clause is not None else rule.clause
    new_severity = severity if severity is not None else rule.severity
    new_action = action if action is not None else rule.action
    _validate_fields(clause=new_clause, kind=rule.kind, severity=new_severity, action=new_action)
    new_config = (
        rule_config_validate(kind=rule.kind, config=config) if config is not None else rule.config
    )
    rule.name = name if name is not None else rule.name
    rule.clause = new_clause
    rule.severity = new_severity
    rule.action = new_action
    rule.config = new_config
    if enabled is not None:
        rule.enabled = enabled
    if description is not None:
        rule.description = description
    after = _snapshot(rule)
    if after == before:
        return rule
    rule.version += 1
    rule.updated_by = actor
    rule.full_clean()
    rule.save(
        update_fields=[
            "name", "clause", "severity", "action", "config", "enabled", "description",
            "version", "updated_by", "updated_at",
        ]
    )  # fmt: skip
    RuleRevision.objects.create(
        rule=rule,
        version=rule.version,
        change=RuleRevision.Change.UPDATED,
        actor=actor,
        old_values=before,
        new_values=after,
    )
    rules_version_bump()
    return rule


@transaction.atomic
def rule_set_enabled(*, rule_id: int, actor, enabled: bool) -> Rule:
    """Switch a rule on or off. Needs ``moderation.change_rule``; writes a revision."""
    _require(actor, "moderation.change_rule")
    rule = Rule.objects.select_for_update().get(pk=rule_id)
    if rule.enabled == enabled:
        return rule
    before = _snapshot(rule)
    rule.enabled = enabled
    rule.version += 1
    rule.updated_by = actor
    rule.save(update_fields=["enabled", "version", "updated_by", "updated_at"])
    RuleRevision.objects.create(
        rule=rule,
        version=rule.version,
        change=RuleRevision.Change.ENABLED if enabled else RuleRevision.Change.DISABLED,
        actor=actor,
        old_values=before,
        new_values=_snapshot(rule),
    )
    rules_version_bump()
    return rule


def rules_install_defaults(*, actor=None) -> int:
    """Create the default rules not stored yet and update the ones nobody has edited;
    returns how many rules were created or updated.

    Idempotent. A default rule that a person has changed (a revision with an actor) is left
    alone, so staff edits survive an upgrade; the data migrations run the same logic.
    """
    changed = 0
    for data in DEFAULT_RULES:
        rule = Rule.objects.filter(slug=data["slug"]).first()
        if rule is None:
            rule_create(
                actor=actor,
                slug=data["slug"],
                name=data["name"],
                clause=data["clause"],
                kind=data["kind"],
                severity=data["severity"],
                action=data["action"],
                config=data["config"],
                enabled=data.get("enabled", True),
                description=data.get("description", ""),
            )
            changed += 1
            continue
        if rule.kind != data["kind"] or rule.revisions.filter(actor__isnull=False).exists():
            continue
        before = rule.version
        rule = rule_update(
            rule_id=rule.pk,
            actor=actor,
            name=data["name"],
            clause=data["clause"],
            severity=data["severity"],
            action=data["action"],
            config=data["config"],
            enabled=data.get("enabled", True),
            description=data.get("description", ""),
        )
        changed += rule.version != before
    return changed
