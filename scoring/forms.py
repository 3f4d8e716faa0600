"""Forms of the models pages: the threshold (a share offered by the stored curve)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


def share_label(share: float) -> str:
    return f"{share * 100:g} %"


class ThresholdForm(forms.Form):
    """The most clean comments the secretariat accepts to see flagged, from the curve."""

    share = forms.TypedChoiceField(
        label=_("Most clean comments flagged"),
        coerce=float,
        choices=(),
        error_messages={"invalid_choice": _("Choose one of the offered shares.")},
    )

    def __init__(self, *args, curve: list[dict], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["share"].choices = [
            (repr(point["share"]), share_label(point["share"])) for point in curve
        ]
