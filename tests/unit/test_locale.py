"""The Japanese catalogue is complete and its compiled .mo matches the .po."""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(
    p
    for p in ROOT.glob("**/locale/ja/LC_MESSAGES/*.po")
    if ".venv" not in p.parts and "node_modules" not in p.parts
)


def test_there_is_a_japanese_catalogue():
    assert ROOT / "locale/ja/LC_MESSAGES/django.po" in CATALOGUES


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_message_is_translated(path):
    po = polib.pofile(str(path))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert not untranslated, f"untranslated: {untranslated[:10]}"
    assert not fuzzy, f"fuzzy: {fuzzy[:10]}"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_compiled_catalogue_is_up_to_date(path):
    po = {
        (e.msgctxt, e.msgid): (e.msgstr or e.msgstr_plural.get(0, ""))
        for e in polib.pofile(str(path)).translated_entries()
    }
    mo = {
        (e.msgctxt, e.msgid): (e.msgstr or e.msgstr_plural.get(0, ""))
        for e in polib.mofile(str(path.with_suffix(".mo")))
    }
    mo.pop((None, ""), None)
    assert po == mo, "run `make compilemessages` (or tools po save_as_mofile) after editing the .po"
