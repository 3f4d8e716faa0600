"""Figures for the scorer's screens: percentages and scores."""

from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()


@register.filter
def percent(value, digits: int = 1) -> str:
    """0.8512 -> "85.1 %"; None -> "—"."""
    if value is None or value == "":
        return "—"
    return f"{float(value) * 100:.{int(digits)}f} %"


@register.filter
def share(value) -> str:
    """A share of clean comments flagged, written as the threshold choices write it
    (0.0025 -> "0.25 %", 0.03 -> "3 %"); None -> "—"."""
    if value is None or value == "":
        return "—"
    from ..forms import share_label

    return share_label(float(value))


@register.filter
def score(value) -> str:
    """A probability shown with two decimals (0.87); None -> "—"."""
    if value is None:
        return "—"
    return f"{float(value):.2f}"


@register.filter
def get(mapping, key):
    return (mapping or {}).get(key)


# The keys of ScorerModel.sources (scoring.selectors.training_examples) by their names.
SOURCE_LABELS = {
    "decisions_harmful": _("Decisions: harmful"),
    "decisions_clean": _("Decisions: clean"),
    "files_harmful": _("Labelled files: harmful"),
    "files_clean": _("Labelled files: clean"),
    "unflagged_sample": _("Comments no rule flagged (sample)"),
}


@register.filter
def source_label(key: str) -> str:
    """A training source's name ("decisions_harmful" -> 判断（有害）); an unknown key as is."""
    return str(SOURCE_LABELS.get(key, key))


@register.filter
def sources_in_order(sources) -> list[tuple[str, int]]:
    """A model's training sources as (name, count), decisions first, then labelled files,
    then the unflagged sample: the stored order is the database's (by key length), which
    put 判断（問題なし） between the files and 判断（有害） at the bottom."""
    sources = sources or {}
    keys = [key for key in SOURCE_LABELS if key in sources]
    keys += [key for key in sources if key not in SOURCE_LABELS]
    return [(source_label(key), sources[key]) for key in keys]
