"""CSV cells that a spreadsheet would not run: the one neutraliser for every export."""

from __future__ import annotations

# A cell starting with one of these is run as a formula by Excel, LibreOffice and Sheets
# (CSV injection); tab and carriage return hide a formula behind whitespace.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: str) -> str:
    """Prefix a quote to a cell a spreadsheet would run as a formula.

    Numbers stay numbers (a negative figure in a chart's CSV is data, not a formula), so
    `-3` is kept while `-1+cmd|' /C calc'!A0` and `=HYPERLINK(...)` are neutralised.
    """
    if value.startswith(_FORMULA_START) and not _is_number(value):
        return "'" + value
    return value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
