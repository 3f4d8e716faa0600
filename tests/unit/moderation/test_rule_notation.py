"""The rule form reads each notation line out in Japanese (moderation.rule_notation), and says
when a line would be refused; touching highlights group into one run (moderation.highlight)."""

from __future__ import annotations

import pytest
from django.utils import translation

from moderation.highlight import highlight_runs, highlight_segments
from moderation.rule_notation import MAX_READINGS, line_reading, notation_readings


@pytest.fixture(autouse=True)
def _japanese():
    with translation.override("ja"):
        yield


@pytest.mark.parametrize(
    ("line", "meaning", "refused"),
    [
        (
            "lemma:殺す/終止形,+やる,-れる",
            "「殺す」のすべての活用形。終止形で終わる、または後に「やる」が続くときだけ。"
            "「れる」を含むときは除く。",
            False,
        ),
        ("lemma:ボケ/名詞", "「ボケ」のすべての活用形。名詞として使われたときだけ。", False),
        ("lemma:死ぬ", "「死ぬ」のすべての活用形。", False),
        ("lemma:死ぬ/命令", "「死ぬ」のすべての活用形。「命令」は条件として使えません（この行は保存できません）。", True),
        ("lemma:", "lemma: の後に語がありません（この行は保存できません）。", True),
        ("substr:bit.ly/", "「bit.ly/」を、長い語の途中も含めてコメントのどこにあっても検出。", False),
        ("substr:", "substr: の後に文字列がありません（この行は保存できません）。", True),
        ("fuck*", "「fuck」で始まる英単語。", False),
        ("*hole", "「hole」で終わる英単語。", False),
    ],
)  # fmt: skip
def test_each_notation_line_is_read_out(line, meaning, refused):
    assert line_reading(line) == (meaning, refused)


def test_plain_words_need_no_reading_and_lines_keep_their_numbers():
    assert line_reading("バカ") is None
    readings, total = notation_readings("バカ\n\nlemma:死ぬ/命令形\nアホ\nsubstr:bit.ly/")
    assert total == 2
    assert [(r.number, r.line) for r in readings] == [
        (3, "lemma:死ぬ/命令形"),
        (5, "substr:bit.ly/"),
    ]


def test_a_long_box_is_read_out_only_so_far():
    readings, total = notation_readings("\n".join(f"substr:語{i}" for i in range(MAX_READINGS + 5)))
    assert total == MAX_READINGS + 5 and len(readings) == MAX_READINGS


class _Hit:
    def __init__(self, rule: str, spans: list[tuple[int, int]]) -> None:
        self.rule = rule
        self.spans = spans


def test_touching_highlights_are_one_run_and_apart_ones_are_not():
    text = "包丁を持って市役所に行く"
    segments = highlight_segments(
        text, [_Hit("a", [(0, 6)]), _Hit("b", [(2, 9)]), _Hit("c", [(10, 12)])]
    )
    runs = [
        ("".join(p.text for p in run.pieces), run.marked, run.rules)
        for run in highlight_runs(segments)
    ]
    assert runs == [
        ("包丁を持って市役所", True, ("a", "b")),
        ("に", False, ()),
        ("行く", True, ("c",)),
    ]
