"""Forms for writing posts, deciding on them and correcting them (validation only; the
services write)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import MAX_IMAGES, PostCorrection

NEW_IMAGE_SLOTS = 3
DATETIME_FORMAT = "%Y-%m-%dT%H:%M"


class PostForm(forms.Form):
    """Text, optional link, target time, and up to three new images per save (each with its
    alternative text); existing images can get a new alternative text or be removed."""

    text = forms.CharField(
        label=_("Text"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=63206,
        strip=False,
    )
    link = forms.URLField(
        label=_("Link (optional)"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("The worker checks that it answers before the approver decides."),
    )
    target_at = forms.DateTimeField(
        label=_("Publish at"),
        input_formats=[DATETIME_FORMAT],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_FORMAT),
    )

    def __init__(self, *args, existing_images=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.existing_images = list(existing_images)
        for image in self.existing_images:
            self.fields[f"alt_existing_{image.pk}"] = forms.CharField(
                label=_("Alternative text for %(name)s") % {"name": image.filename},
                initial=image.alt_text,
                max_length=500,
            )
            self.fields[f"remove_{image.pk}"] = forms.BooleanField(
                label=_("Remove %(name)s") % {"name": image.filename}, required=False
            )
        free = max(0, MAX_IMAGES - len(self.existing_images))
        for slot in range(1, min(NEW_IMAGE_SLOTS, free) + 1):
            self.fields[f"image_{slot}"] = forms.FileField(
                label=_("Image %(n)d") % {"n": slot},
                required=False,
                widget=forms.ClearableFileInput(
                    attrs={"accept": "image/jpeg,image/png,image/gif,image/webp"}
                ),
            )
            self.fields[f"alt_{slot}"] = forms.CharField(
                label=_("Alternative text for image %(n)d") % {"n": slot},
                required=False,
                max_length=500,
                help_text=_("Describe what the image shows, for people who cannot see it."),
            )

    def clean_text(self) -> str:
        # Browsers send CRLF from a textarea; Facebook and the approved text keep LF.
        return self.cleaned_data["text"].replace("\r\n", "\n")

    def clean(self):
        cleaned = super().clean()
        # An empty box already has the field's own error; only blanks (spaces) need this one.
        if "text" in cleaned and not cleaned["text"].strip():
            self.add_error("text", _("Write the text of the post."))
        for name in list(self.fields):
            if name.startswith("image_"):
                slot = name.split("_", 1)[1]
                upload = cleaned.get(name)
                if upload and not (cleaned.get(f"alt_{slot}") or "").strip():
                    self.add_error(f"alt_{slot}", _("Every image needs an alternative text."))
        return cleaned

    def new_images(self) -> list[tuple[str, bytes, str]]:
        result = []
        for name in self.fields:
            if name.startswith("image_") and self.cleaned_data.get(name):
                upload = self.cleaned_data[name]
                slot = name.split("_", 1)[1]
                result.append((upload.name, upload.read(), self.cleaned_data[f"alt_{slot}"]))
        return result

    def image_fields(self):
        return [self[name] for name in self.fields if name.startswith(("image_", "alt_"))]

    def existing_fields(self):
        return [
            (image, self[f"alt_existing_{image.pk}"], self[f"remove_{image.pk}"])
            for image in self.existing_images
        ]


class DecisionForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )

    def __init__(self, *args, reason_required: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if reason_required:  # returning and rejecting: the field is the reason, and says so
            field = self.fields["comment"]
            field.label = _("Reason")
            field.required = True
            field.error_messages["required"] = _("Please give a reason.")


class CorrectionForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What to do"), choices=PostCorrection.Kind.choices, widget=forms.RadioSelect
    )
    new_text = forms.CharField(
        label=_("Corrected text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        strip=False,
    )
    reason = forms.CharField(
        label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )
    urgent = forms.BooleanField(
        label=_("Urgent: carry it out now without approval (responsible person only)"),
        required=False,
    )


class DisasterForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), required=False, max_length=500)
