"""The prohibited-post clauses of the operating policy (運用方針), by stable code.

Rules, flags, decisions and the published policy all cite these codes (shared/DOMAIN.md);
the wording of each clause lives in the versioned operating policy, this is only the list.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Clause(models.TextChoices):
    ILLEGAL = "illegal", _("Illegal or encouraging crime")
    PUBLIC_ORDER = "public_order", _("Against public order and morals")
    DEFAMATION = "defamation", _("Defamation of a person or group")
    DISCRIMINATION = "discrimination", _("Discrimination")
    THREAT = "threat", _("Violence or threats (including announced crimes)")
    OBSCENE = "obscene", _("Obscene content")
    PRIVACY = "privacy", _("Personal information published without consent")
    COMMERCIAL = "commercial", _("Advertising, solicitation or other commercial purposes")
    POLITICAL = "political", _("Political or election campaigning")
    RELIGIOUS = "religious", _("Religious activity")
    HARMFUL_LINK = "harmful_link", _("Links to harmful programs or sites")
    SPAM = "spam", _("Repeated posting of the same content")
    IP_INFRINGEMENT = (
        "ip_infringement",
        _("Infringement of intellectual property or portrait rights"),
    )
    IMPERSONATION = "impersonation", _("Impersonating the city or others")
    FALSE_INFO = "false_info", _("False or inaccurate information")
    OFF_TOPIC = "off_topic", _("Unrelated to the post")
    CONFIDENTIAL = "confidential", _("Confidential administrative information")
    OTHER = "other", _("Otherwise judged inappropriate by the city")


# Clauses that software can detect at least partly (DOMAIN.md); the rest need a person.
AUTOMATICALLY_DETECTABLE = frozenset(
    {
        Clause.ILLEGAL,
        Clause.PUBLIC_ORDER,
        Clause.DEFAMATION,
        Clause.DISCRIMINATION,
        Clause.THREAT,
        Clause.OBSCENE,
        Clause.PRIVACY,
        Clause.COMMERCIAL,
        Clause.POLITICAL,
        Clause.RELIGIOUS,
        Clause.HARMFUL_LINK,
        Clause.SPAM,
        Clause.IMPERSONATION,
    }
)
# Urgent clauses: a threat of violence goes to the police (DOMAIN.md).
URGENT = frozenset({Clause.THREAT})
