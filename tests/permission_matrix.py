"""THE table of the permission matrix: for every URL name, what each actor gets on GET and
on POST (an empty form). tests/integration/test_permission_matrix.py checks every cell.

To add a URL: add an entry to EXPECTED built with `row(...)`. Outcomes:
- "ok": served (2xx, a redirect that is not to the sign-in page, or 400 for an empty form)
- "login": an anonymous visitor is sent to sign in
- 403: refused (the object's existence is not private)
- 404: not found (an object the actor may not see: its existence is private)
- 405: the method is not offered

POST cells send an empty form: a view that validates the form before asking the service
answers "ok" (a redirect with a message or the form again) even where the service would
refuse the actor; those refusals are tested with real data in each app's own tests.
"""

from __future__ import annotations

from django.http import HttpResponse

from tests.fixtures_matrix import MATRIX_ACTORS

METHODS = ("GET", "POST")
SIGNED_IN = frozenset(MATRIX_ACTORS) - {"anonymous"}
CITY = frozenset({"ict", "secretariat", "auditor"})
TOURISM = frozenset({"tourism_admin", "tourism_operator"})
FISHERIES = frozenset({"fisheries_admin", "fisheries_operator"})
DEPARTMENT_ADMINS = frozenset({"tourism_admin", "fisheries_admin"})
STAFF = CITY | TOURISM | FISHERIES


def observed_outcome(response: HttpResponse) -> object:
    status = response.status_code
    if status in (301, 302, 303) and "/accounts/login/" in response.get("Location", ""):
        return "login"
    if 200 <= status < 400 or status == 400:
        return "ok"
    return status


def cells(
    ok: frozenset[str] | set[str] = frozenset(),
    *,
    denied: object = 403,
    anonymous: object = "login",
    **exceptions: object,
) -> dict[str, object]:
    """One method's cells: `ok` actors are served, other signed-in actors get `denied`,
    the anonymous visitor `anonymous`; keyword arguments override single actors."""
    result: dict[str, object] = {"anonymous": anonymous}
    for actor in SIGNED_IN:
        result[actor] = "ok" if actor in ok else denied
    if "anonymous" in ok:
        result["anonymous"] = "ok"
    result.update(exceptions)
    return result


def row(get: dict[str, object], post: dict[str, object]) -> dict[str, dict[str, object]]:
    return {"GET": get, "POST": post}


def public(get_ok: bool = True, post: object = 405) -> dict[str, dict[str, object]]:
    """Open to everyone; POST answers `post` for all."""
    everyone = set(MATRIX_ACTORS)
    return row(
        cells(everyone) if get_ok else cells(denied=405, anonymous=405),
        cells(everyone) if post == "ok" else cells(denied=post, anonymous=post),
    )


def staff_get(ok, *, denied: object = 403, post: object = 405) -> dict[str, dict[str, object]]:
    """A staff screen read with GET; POST not offered (or answering `post` to the same)."""
    return row(cells(ok, denied=denied), cells(denied=post, anonymous="login"))


def both(ok_get, ok_post, *, denied: object = 403, denied_post: object = None):
    return row(
        cells(ok_get, denied=denied),
        cells(ok_post, denied=denied if denied_post is None else denied_post),
    )


ALL = SIGNED_IN | {"anonymous"}
NO_ROLE = frozenset({"no_role"})
TOURISM_AND_CITY = CITY | TOURISM
DECIDERS = frozenset({"ict", "secretariat"})


def signed_in_only(get: object = "ok", post: object = 405):
    """Any signed-in person (no role needed), anonymous sent to sign in."""
    return row(
        cells(SIGNED_IN) if get == "ok" else cells(denied=get),
        cells(SIGNED_IN) if post == "ok" else cells(denied=post),
    )


def scoped(ok, *, denied=403, private=(), post=None, post_denied=None):
    """GET for `ok`; `private` actors get 404 (the object's existence is private); POST
    `post` (a dict of cells) or 405 for everyone signed in."""
    get_cells = cells(ok, denied=denied, **dict.fromkeys(private, 404))
    return row(get_cells, post if post is not None else cells(denied=405))


OUTSIDERS = ("no_role", "fisheries_admin", "fisheries_operator")
PRIVATE = dict.fromkeys(OUTSIDERS, 404)
ICT = frozenset({"ict"})
PEOPLE_READERS = frozenset({"ict", "auditor"})


def read_only(ok, *, denied: object = 403):
    """GET for `ok`; POST is not offered to them (405) and refused to the others."""
    return row(cells(ok, denied=denied), cells(denied=denied, **dict.fromkeys(ok, 405)))


def post_only(ok, *, denied: object = 403):
    """POST for `ok`; GET is not offered to them (405) and refused to the others."""
    return row(cells(denied=denied, **dict.fromkeys(ok, 405)), cells(ok, denied=denied))


# The ICT office acts on a person; the auditor sees them but may not act (403); to everyone
# else people are private (404).
PERSON_ACTION = row(cells(ICT, denied=404, auditor=403), cells(ICT, denied=404, auditor=403))
# The tourism operator writes the post; who else sees it may not (403); outsiders 404.
POST_WRITER = row(cells({"tourism_operator"}, **PRIVATE), cells({"tourism_operator"}, **PRIVATE))

EXPECTED: dict[str, dict[str, dict[str, object]]] = {
    # --- the portal's own pages and accounts ---
    "home": signed_in_only(),
    "healthz": public(),
    "login": row(cells(ALL), cells(ALL)),
    "logout": row(cells(denied=405, anonymous=405), cells(denied="login")),
    "password_change": signed_in_only(post="ok"),
    "password_change_done": signed_in_only(),
    "two_factor_setup": signed_in_only(post="ok"),
    "two_factor_verify": signed_in_only(post="ok"),
    "two_factor_disable": signed_in_only(get=405, post="ok"),
    "access_review": row(
        cells({"ict", "auditor"}),
        cells(denied=403, ict=405, auditor=405),
    ),
    "role_revoke": row(
        cells(denied=405),
        # The auditor reaches the view and is refused by the service (a message).
        cells({"ict", "auditor"}, denied=404),
    ),
    "set_language": row(cells(ALL), cells(ALL)),
    "javascript-catalog": public(),
    # --- pages ---
    "pages:list": signed_in_only(),
    "pages:apply": both(DEPARTMENT_ADMINS, DEPARTMENT_ADMINS),
    "pages:connect_callback": signed_in_only(),
    "pages:detail": scoped(TOURISM_AND_CITY, private=OUTSIDERS),
    "pages:edit": both({"tourism_admin"}, {"tourism_admin"}, denied=404),
    # `submit` on an active page: its admin may see the page but not take that action.
    "pages:action": row(cells(denied=404, tourism_admin=403), cells(denied=404, tourism_admin=403)),
    "pages:connect": both({"tourism_admin"}, {"tourism_admin"}, denied=404),
    # A plain link to Facebook's Login dialog (GET), for the page's admin.
    "pages:connect_oauth": row(cells({"tourism_admin"}, denied=404), cells(denied=405)),
    "pages:connect_choose": both({"tourism_admin"}, {"tourism_admin"}, denied=404),
    "pages:answer_continue": row(
        cells(denied=404, tourism_admin=403), cells(denied=404, tourism_admin=403)
    ),
    "pages:complete_withdrawal": row(
        cells(denied=404, ict=403, tourism_admin=403),
        cells(denied=404, ict=403, tourism_admin=403),
    ),
    # The ICT office's 再試行 of a failed webhook subscription (POST only): others who see
    # the page are refused (403), those who may not see it get 404. The matrix page has no
    # failed subscription, so the ICT office gets a message and a redirect.
    "pages:webhooks_retry": row(cells(denied=405), cells(ICT, denied=403, **PRIVATE)),
    "pages:registry": public(),
    "pages:registry_json": public(),
    "pages:registry_verify": public(),
    # --- guidelines ---
    "guidelines:policy_list": scoped(TOURISM_AND_CITY, private=OUTSIDERS),
    "guidelines:policy_revise": both({"tourism_admin"}, {"tourism_admin"}, denied=404),
    "guidelines:policy_compare": scoped(TOURISM_AND_CITY, private=OUTSIDERS),
    "guidelines:policy_detail": scoped(TOURISM_AND_CITY, private=OUTSIDERS),
    # `submit` on the policy in force: whoever may see it is refused the action.
    "guidelines:policy_action": row(
        cells(denied=405), cells(denied=403, **dict.fromkeys(OUTSIDERS, 404))
    ),
    "guidelines:training_list": row(
        cells(CITY), cells(denied=403, ict=405, secretariat=405, auditor=405)
    ),
    "guidelines:training_create": both({"ict"}, {"ict"}),
    "guidelines:training_detail": row(cells(CITY), cells({"ict"})),
    "guidelines:policy_public": public(),
    "guidelines:policy_public_version": public(),
    "guidelines:operating_policy_versions": row(cells(SIGNED_IN), cells({"ict"})),
    # The only version is published (frozen): nobody may edit it.
    "guidelines:operating_policy_edit": both(set(), set()),
    # --- comments ---
    # Public, but only for Facebook: a wrong verify token or signature is refused.
    "comments:webhook": row(cells(denied=403, anonymous=403), cells(denied=403, anonymous=403)),
    "comments:export": scoped(TOURISM_AND_CITY, private=OUTSIDERS),
    # --- moderation ---
    "moderation:queue": row(cells(STAFF), cells(denied=405, no_role=403)),
    "moderation:bulk_decide": row(cells(denied=403, ict=405, secretariat=405), cells(DECIDERS)),
    "moderation:item": row(
        cells(TOURISM_AND_CITY, fisheries_admin=404, fisheries_operator=404),
        cells(denied=405, no_role=403),
    ),
    "moderation:decide": row(cells(denied=403, ict=405, secretariat=405), cells(DECIDERS)),
    # GET asks for the reason and a confirmation.
    "moderation:crisis_mode": both(DECIDERS, DECIDERS),
    "moderation:outbox": row(cells(CITY), cells(denied=403, ict=405, secretariat=405, auditor=405)),
    "moderation:outbox_retry": row(cells(denied=403, ict=405, secretariat=405), cells(DECIDERS)),
    "moderation:audit": row(cells(CITY), cells(denied=403, ict=405, secretariat=405, auditor=405)),
    "moderation:audit_export": row(
        cells(CITY), cells(denied=403, ict=405, secretariat=405, auditor=405)
    ),
    "moderation:rule_list": row(
        cells(CITY), cells(denied=403, ict=405, secretariat=405, auditor=405)
    ),
    "moderation:rule_report": row(
        cells(CITY), cells(denied=403, ict=405, secretariat=405, auditor=405)
    ),
    # Trying a rule out changes nothing: the auditor may too.
    "moderation:rule_sandbox": both(CITY, CITY),
    "moderation:rule_create": both(DECIDERS, DECIDERS),
    # The rule form's live readings: POST only, for whoever may fill in a rule form; the
    # script asks with the form's session, so a visitor signed out is refused, not redirected.
    "moderation:rule_notation": row(
        cells(denied=405, anonymous=405), cells(DECIDERS, anonymous=403)
    ),
    "moderation:rule_detail": row(
        cells(CITY), cells(denied=403, ict=405, secretariat=405, auditor=405)
    ),
    "moderation:rule_update": both(DECIDERS, DECIDERS),
    "moderation:rule_toggle": row(cells(denied=403, ict=405, secretariat=405), cells(DECIDERS)),
    # --- insights ---
    "insights:health": staff_get(CITY),
    "insights:city": staff_get(CITY),
    "insights:city_csv": staff_get(CITY),
    "insights:page": scoped(TOURISM_AND_CITY, private=OUTSIDERS),
    "insights:page_csv": scoped(TOURISM_AND_CITY, private=OUTSIDERS),
    # --- incidents ---
    "incidents:list": staff_get(STAFF),
    "incidents:create": both(DECIDERS | TOURISM, DECIDERS | TOURISM),
    "incidents:impersonation_create": both(DECIDERS, DECIDERS),
    "incidents:detail": scoped(TOURISM_AND_CITY, private=OUTSIDERS),
    # `confirm` is refused to whoever may see the incident (it is already open as reported).
    "incidents:action": row(
        cells(denied=403, **dict.fromkeys(OUTSIDERS, 404)),
        cells(denied=403, **dict.fromkeys(OUTSIDERS, 404)),
    ),
    "incidents:assign": row(
        cells(denied=405), cells(DECIDERS, denied=403, **dict.fromkeys(OUTSIDERS, 404))
    ),
    # An empty note: the form is refused with a message before the service is asked.
    "incidents:note": row(
        cells(denied=405), cells(TOURISM_AND_CITY, **dict.fromkeys(OUTSIDERS, 404))
    ),
    # --- people and roles ---
    "people": read_only(PEOPLE_READERS),
    "person_create": both(ICT, ICT),
    "person_detail": read_only(PEOPLE_READERS, denied=404),
    "person_grant": PERSON_ACTION,
    "person_move": PERSON_ACTION,
    "person_deactivate": PERSON_ACTION,
    "person_invite": PERSON_ACTION,
    "assignment_end": PERSON_ACTION,
    # The one-time password link: its token is the permission.
    "account_welcome": row(cells(ALL), cells(ALL)),
    # A department admin sees their own department's requests and files them.
    "operator_requests": read_only(PEOPLE_READERS | DEPARTMENT_ADMINS),
    "operator_request_create": both({"tourism_admin"}, {"tourism_admin"}, denied=404),
    # `approve` a pending request: the ICT office only; the auditor and the department's
    # admin see the request but may not approve it.
    "operator_request_decide": row(
        cells(ICT, denied=404, auditor=403, tourism_admin=403),
        cells(ICT, denied=404, auditor=403, tourism_admin=403),
    ),
    "pages:registry_check": public(),
    "moderation:crisis_index": read_only(DECIDERS),
    "moderation:reason_templates": both(DECIDERS, DECIDERS),
    "moderation:reason_template_edit": both(DECIDERS, DECIDERS),
    "moderation:rule_close_stale": both(DECIDERS, DECIDERS),
    # --- publishing (posts of the tourism page, written by the tourism operator) ---
    "publishing:list": staff_get(STAFF),
    "publishing:calendar": staff_get(STAFF),
    "publishing:disaster": row(cells(denied=405), cells(ICT)),
    "publishing:create": POST_WRITER,
    "publishing:detail": scoped(TOURISM_AND_CITY, private=OUTSIDERS),
    "publishing:image": scoped(TOURISM_AND_CITY, private=OUTSIDERS),
    "publishing:edit": POST_WRITER,
    "publishing:acknowledge": row(cells(denied=405), cells({"tourism_operator"}, **PRIVATE)),
    "publishing:correct": POST_WRITER,  # on the published post
    "publishing:action": POST_WRITER,  # `submit` on the draft
    # Only the page's responsible person decides (not one of the matrix's actors).
    "publishing:correction_decide": row(cells(denied=405), cells(set(), **PRIVATE)),
    # --- records (city-wide: department staff have no part) ---
    "records:disclosure_list": read_only(CITY),
    "records:disclosure_create": both(DECIDERS, DECIDERS),
    "records:disclosure_detail": read_only(CITY),
    "records:disclosure_release": post_only(DECIDERS),
    # The export is still queued (its build runs after commit): no file yet, 404.
    "records:disclosure_download": row(
        cells(denied=403, ict=404, secretariat=404), cells(denied=403, ict=405, secretariat=405)
    ),
    "records:retention": read_only(CITY),
    "records:retention_class_set": post_only(ICT),
    "records:hold_create": post_only(ICT),
    "records:hold_lift": post_only(ICT),
    "records:retention_report": post_only(ICT),
    "records:retention_run": read_only(CITY),
    "records:report": read_only(CITY),
    "records:report_csv": read_only(CITY),
    "records:target_set": post_only({"secretariat"}),
    # --- scoring (the learned scorer: city-wide) ---
    "scoring:model_list": read_only(CITY),
    "scoring:model_detail": read_only(CITY),
    "scoring:train": post_only(DECIDERS),
    "scoring:model_threshold": both(DECIDERS, DECIDERS),
    "scoring:model_transition": both(DECIDERS, DECIDERS),  # `accept` on the candidate
}

# The Django admin: nobody of the portal's roles is staff, so every admin URL sends every
# actor to the admin's own sign-in (a redirect, not the portal's).
ADMIN = row(cells(SIGNED_IN | {"anonymous"}), cells(SIGNED_IN | {"anonymous"}))


def expected_for(route) -> dict[str, dict[str, object]] | None:
    if route.key in EXPECTED:
        return EXPECTED[route.key]
    if route.is_admin:
        return ADMIN
    return None
