"""The seeded operating policy covers every clause code; the version diff (no database)."""

from types import SimpleNamespace

from guidelines.clauses import Clause
from guidelines.diff import compare_versions
from guidelines.seed import CLAUSES_V1, POLICY_V1


def test_version_one_has_every_clause_once_in_japanese_and_english():
    codes = [row[0] for row in CLAUSES_V1]
    assert sorted(codes) == sorted(Clause.values) and len(codes) == len(set(codes))
    for _code, text_ja, text_en, response_ja, response_en in CLAUSES_V1:
        assert text_ja and text_en and response_ja and response_en
    assert "発言者に断りなく" in POLICY_V1["response_ja"]


def test_compare_marks_changed_fields_and_keeps_text_raw_for_escaping():
    a = SimpleNamespace(purpose="観光\n<b>旧</b>", deletion_clauses=["privacy"], review_date=None)
    b = SimpleNamespace(
        purpose="観光\n<script>新</script>", deletion_clauses=["privacy"], review_date=None
    )
    diffs = compare_versions(a, b, ["purpose", "deletion_clauses", "review_date"], {})
    assert [d.changed for d in diffs] == [True, False, False]
    assert diffs[0].rows == [
        ("equal", "観光", "観光"),
        ("replace", "<b>旧</b>", "<script>新</script>"),
    ]
