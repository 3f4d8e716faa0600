"""The rule form's notation read out while the clerk types (static/js/rule_form.js asks here,
debounced). Only the readings: nothing is validated against the engine and nothing is saved,
so the answer is the same as the one the form shows after 事前検証."""

from __future__ import annotations

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View

from ishinomaki_sns.common.permissions import user_can

from .rule_notation import MAX_READINGS, NOTATION_FIELDS, notation_readings

# A box longer than this is not read out live (the form itself still takes it).
MAX_TEXT = 200_000


class RuleNotationReadView(View):
    """POST ``field`` (one of the notation boxes) and ``text`` (its lines as typed): the
    readings as JSON. For whoever may fill in a rule form (add or change a rule); the CSRF
    token of the form comes with the request."""

    def post(self, request):
        user = request.user
        if not (user_can(user, "moderation.add_rule") or user_can(user, "moderation.change_rule")):
            return JsonResponse(
                {"error": _("You do not have permission to edit screening rules.")}, status=403
            )
        field = request.POST.get("field", "")
        text = request.POST.get("text", "")
        if field not in NOTATION_FIELDS:
            return JsonResponse(
                {"error": _("This box is not written in the notation.")}, status=400
            )
        if len(text) > MAX_TEXT:
            return JsonResponse(
                {"error": _("This box is too long to read out while typing.")}, status=400
            )
        readings, total = notation_readings(text)
        return JsonResponse(
            {
                "total": total,
                "summary": ngettext(
                    "What the lines mean (%(counter)s line in the notation)",
                    "What the lines mean (%(counter)s lines in the notation)",
                    total,
                )
                % {"counter": total},
                "problems": any(reading.problem for reading in readings),
                "readings": [
                    {
                        "label": _("Line %(number)s") % {"number": reading.number},
                        "line": reading.line,
                        "meaning": reading.meaning,
                        "problem": reading.problem,
                    }
                    for reading in readings
                ],
                "more": _("Only the first %(shown)s are read out here.") % {"shown": MAX_READINGS}
                if total > len(readings)
                else "",
            }
        )
