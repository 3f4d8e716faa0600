"""Reason templates: reasons the secretariat writes once per clause and picks in the decision
forms. Written only here, by holders of ``moderation.decide_flag``."""

from __future__ import annotations

from django.utils.translation import gettext as _

from guidelines.clauses import Clause
from ishinomaki_sns.common.errors import DomainError, PermissionDeniedError
from ishinomaki_sns.common.permissions import user_can

from ..models import ReasonTemplate


def _check(actor) -> None:
    if not user_can(actor, "moderation.decide_flag"):
        raise PermissionDeniedError(_("You may not edit reason templates."))


def reason_template_save(
    *, actor, clause: str, title: str, text: str, template_id: int | None = None
) -> ReasonTemplate:
    """Create a reason template, or change one (``template_id``)."""
    _check(actor)
    if clause not in Clause.values:
        raise DomainError(_("Choose the clause of the operating policy that the decision cites."))
    title, text = (title or "").strip(), (text or "").strip()
    if not title or not text:
        raise DomainError(_("Write the title and the reason."))
    if template_id is None:
        template = ReasonTemplate()
    else:
        found = ReasonTemplate.objects.filter(pk=template_id).first()
        if found is None:
            raise DomainError(_("The reason template no longer exists."))
        template = found
    template.clause, template.title, template.text = clause, title[:100], text[:2000]
    template.updated_by = actor
    template.full_clean(exclude=["updated_by"])
    template.save()
    return template


def reason_template_delete(*, actor, template_id: int) -> None:
    """Remove a reason template (decisions keep their own copy of the reason)."""
    _check(actor)
    ReasonTemplate.objects.filter(pk=template_id).delete()
