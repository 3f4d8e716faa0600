"""Writers for official pages, by idea: the transition (`transition`), applications,
the Facebook connection, continuation reviews, withdrawal, the activity policy, and the
e-mails they send (`notify`). Every name is re-exported here, so `pages.services.X` keeps
working for callers."""

from ..models import OfficialPage  # callers import it from here too
from .activity_policy import (
    EDITABLE_POLICY_FIELDS,
    activity_policy_create,
    activity_policy_revision_start,
    activity_policy_transition,
    activity_policy_update,
)
from .applications import (
    ApplicationData,
    page_application_create,
    page_application_update,
    page_decide_application,
    page_submit,
)
from .connection import (
    VerifiedConnection,
    page_connection_mark_broken,
    page_connection_mark_ok,
    page_connection_store,
)
from .continuation import (
    page_answer_continue,
    page_decide_continuation,
    page_open_review,
    page_record_activity,
    pages_open_due_reviews,
)
from .notify import _queue_mail
from .transition import (
    Hook,
    _may,
    page_event_record,
    page_is_own_request,
    page_transition,
    user_can_on_department,
)
from .withdrawal import page_complete_withdrawal, page_decide_withdrawal

__all__ = [
    "EDITABLE_POLICY_FIELDS",
    "ApplicationData",
    "Hook",
    "OfficialPage",
    "VerifiedConnection",
    "_may",
    "_queue_mail",
    "activity_policy_create",
    "activity_policy_revision_start",
    "activity_policy_transition",
    "activity_policy_update",
    "page_answer_continue",
    "page_application_create",
    "page_application_update",
    "page_complete_withdrawal",
    "page_connection_mark_broken",
    "page_connection_mark_ok",
    "page_connection_store",
    "page_decide_application",
    "page_decide_continuation",
    "page_decide_withdrawal",
    "page_event_record",
    "page_is_own_request",
    "page_open_review",
    "page_record_activity",
    "page_submit",
    "page_transition",
    "pages_open_due_reviews",
    "user_can_on_department",
]
