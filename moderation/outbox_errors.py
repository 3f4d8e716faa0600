"""What a failed or cancelled outbox action means for the person reading the outbox, and
whether retrying it can succeed (pure data; no database, no network).

The worker stores a short `error_code` when an action fails (from the class of the Graph
API error); the outbox page shows the explanation and offers "Retry" only where a retry
can succeed.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

TOKEN = "token"  # noqa: S105 - an error code: the page token is dead (190)
PERMISSION = "permission"  # a permission is missing (10, 200-299)
GONE = "gone"  # the comment or person is gone on Facebook
POLICY = "policy"  # Facebook restricts the page for a while (368)
TRANSIENT = "transient"  # Facebook did not answer, or throttled us, too many times
REFUSED = "refused"  # Facebook refused the request as invalid (it would again)
PAGE_WITHDRAWN = "page_withdrawn"  # the page was withdrawn: cancelled, never sent

EXPLANATIONS = {
    TOKEN: _(
        "The page's connection to Facebook is broken (its access token is no longer valid). "
        "The department's admin must reconnect the page; then retry."
    ),
    PERMISSION: _(
        "The page's connection lacks a permission (pages_manage_engagement). The department's "
        "admin must reconnect the page granting every permission; then retry."
    ),
    GONE: _("The comment (or its author) is no longer on Facebook: there is nothing left to do."),
    POLICY: _(
        "Facebook has restricted the page for a while. Retry after the restriction is lifted."
    ),
    TRANSIENT: _("Facebook did not answer after several attempts. Retry in a few minutes."),
    REFUSED: _(
        "Facebook refused this request; sending it again would be refused too. Decide again "
        "on the comment if something must still be done."
    ),
    PAGE_WITHDRAWN: _("Cancelled: the page was withdrawn, so nothing is sent to Facebook."),
}

# Codes whose retry may succeed once the cause is fixed: `needs_reconnect` ones only after
# the page was reconnected since the failure.
RETRYABLE = frozenset({TOKEN, PERMISSION, POLICY, TRANSIENT, ""})
NEEDS_RECONNECT = frozenset({TOKEN, PERMISSION})


def error_code_for(exc: Exception) -> str:
    """The outbox error code for a Graph API error (classified by class, never by text)."""
    from ishinomaki_sns.graph import errors

    if isinstance(exc, errors.TokenInvalidGraphError):
        return TOKEN
    if isinstance(exc, errors.PermissionGraphError):
        return PERMISSION
    if isinstance(exc, errors.GoneGraphError):
        return GONE
    if isinstance(exc, errors.PolicyBlockedGraphError):
        return POLICY
    if isinstance(exc, (errors.TransientGraphError, errors.ThrottledGraphError)):
        return TRANSIENT
    return REFUSED


def explain(code: str) -> str:
    """The explanation for an error code ('' for none)."""
    text = EXPLANATIONS.get(code)
    return str(text) if text is not None else ""


def can_retry(*, code: str, page_live: bool, reconnected_since_failure: bool) -> bool:
    """Whether offering "Retry" makes sense: never for a withdrawn page or an error that
    repeats by nature; after a token or permission error only once the page was reconnected."""
    if not page_live or code not in RETRYABLE:
        return False
    if code in NEEDS_RECONNECT:
        return reconnected_since_failure
    return True
