"""A highlighted segment names the rules covering it by their names when given (a tooltip
is for people), and by the hit's own label otherwise (the search, a rule left unnamed)."""

from __future__ import annotations

from moderation.highlight import SearchHit, highlight_segments


class _Hit:
    def __init__(self, rule: str, spans: list[tuple[int, int]]) -> None:
        self.rule = rule
        self.spans = spans


def test_marked_segments_carry_rule_names_when_given():
    hits = [_Hit("local-words", [(2, 6)]), SearchHit([(4, 6)])]
    segments = highlight_segments("このぼんくらめ", hits, {"local-words": "地域の語"})
    marked = [(s.text, s.rules) for s in segments if s.marked]
    assert marked == [("ぼん", ("地域の語",)), ("くら", ("地域の語", "search"))]


def test_marked_segments_fall_back_to_the_hit_label():
    (segment,) = [s for s in highlight_segments("ぼんくら", [_Hit("x-rule", [(0, 4)])]) if s.marked]
    assert segment.rules == ("x-rule",)
