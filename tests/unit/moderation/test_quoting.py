"""Abuse quoted or reported, excused by its shape (moderation.engine.quoting): an exception
rule's ``reported_by`` ways of reporting, read around whatever word a rule flagged."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.engine import Engine, RuleSpec
from moderation.engine.defaults import DEFAULT_RULES
from moderation.engine.quote_marks import SEE_ACROSS, SENTENCE_ENDS
from moderation.engine.quoting import quoted_span
from moderation.engine.report_ways import (
    AFTER_BRACKETS,
    ANYWHERE,
    QUOTING,
    add_report,
    report_parts,
)

WORD = "アルパカ"  # a word no shipped rule knows: what excuses it is the shape alone

_REPORTED_BY = [
    "と…言われ", "という…書き込み", "という…言葉", "呼ばわり", "」と…言っ", "などと…書かれ",
]  # fmt: skip


def _engine(reported_by=_REPORTED_BY, *, pattern=False) -> Engine:
    specs = [
        RuleSpec("alpaca", "defamation", "terms", config={"terms": [WORD, "ラクダ"]}),
        RuleSpec(
            "quoted",
            "other",
            "exception",
            config={"terms": [], "reported_by": reported_by},
        ),
    ]
    if pattern:
        specs.append(
            RuleSpec(
                "group",
                "discrimination",
                "pattern",
                config={"target": ["外国人"], "predicate": ["出て行け"], "scope": "sentence"},
            )
        )
    return Engine(specs)


def _fired(engine: Engine, text: str) -> dict[str, tuple]:
    return {hit.rule: hit.spans for hit in engine.screen(text)}


@pytest.fixture(scope="module")
def engine():
    return _engine(pattern=True)


@pytest.fixture(scope="module")
def defaults():
    return Engine.from_rules(DEFAULT_RULES)


@pytest.mark.parametrize(
    "text",
    [
        "アルパカと言われた",  # the word, then a way of reporting
        "「アルパカ」と言われた",  # in brackets
        "アルパカと兄に言われました",  # と…言われ: a few words between
        "「アルパカ」という書き込みを消してください",
        "アルパカ呼ばわりされた",
        "アルパカというひどい言葉を使われた",
        "アルパカなどと書かれて傷つきました",
        "「アルパカ」とか「ラクダ」とか言われる",  # quoted items listed with とか
        "「ラクダ、アルパカ」と言われて泣いた",  # listed inside one quote
        "「アルパカ」「ラクダ」と言われた",  # quotes side by side
        "アルパカとかラクダとか言われる",  # listed without brackets
        "「うちのアルパカは臭い」と言われた",  # inside a quote that is reported
        "アルパカだよねと言われた",  # a sentence ending said in the quote
        "「アルパカ」と言って笑う人がいた",  # 」と…言っ: a saying verb after brackets
        # after a quote in brackets, who said it and where may take more words
        "「アルパカ」と同じクラスの男の子に言われました",
        "娘が「アルパカ」と男子数人から毎日のように言われています",
        # quotes in brackets cited as examples, the sentence ending on とか / など
        "ひどい書き込みがありました。「アルパカ」とか「ラクダ」とか。消してください",
        "「アルパカ」など。",
    ],
)
def test_quoted_or_reported_is_excused(engine, text):
    assert "alpaca" not in _fired(engine, text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("アルパカ", (0, 4)),  # the word alone
        ("アルパカと言ってやる", (0, 4)),  # the writer's own saying: no way of reporting
        ("「アルパカ」と言ってやる", (1, 5)),  # a saying verb, then the writer's own act
        ("アルパカと言って笑う", (0, 4)),  # that verb counts only after brackets
        ("アルパカ。と言われた", (0, 4)),  # never across the end of a sentence
        ("アルパカ！と言われた", (0, 4)),
        ("アルパカ\nと言われた", (0, 4)),
        ("アルパカと\n言われた", (0, 4)),  # the matching form drops it: the shape does not
        ("アルパカと言われても仕方ない", (0, 4)),  # saying it is deserved
        ("アルパカという言葉がぴったりの市長", (0, 4)),  # or that it fits
        ("アルパカ、だから臭いと言われるんだ", (0, 4)),  # a sentence, not a listed word
        ("アルパカと兄弟姉妹親戚一同に言われ", (0, 4)),  # too many words between
        ("アルパカと同じクラスの男の子に言われた", (0, 4)),  # many, and no brackets
        ("アルパカとか。", (0, 4)),  # cited only when in brackets
        ("「アルパカ」とか思う", (1, 5)),  # とか then more of the sentence: no citation
        # even after brackets, the gap has a bound
        ("「アルパカ」と隣の家の人から市役所の窓口で職員のいる前でも言われた", (1, 5)),
    ],
)
def test_the_word_itself_still_flags(engine, text, span):
    assert _fired(engine, text).get("alpaca") == (span,)


_MARKS = ["！", "？", "!", "?", "…", "。", "！！", "!?", "。。。"]


@pytest.mark.parametrize("mark", _MARKS)
@pytest.mark.parametrize(
    "template",
    [
        "「アルパカ{m}」と言われた",
        "『アルパカ{m}』などと書かれた",
        "「お前はアルパカ{m}」と兄に言われました",
        "「おい{m}アルパカ」と言われた",  # the mark before the word, inside the quote
        "「アルパカ{m}ラクダ{m}」と言われて泣いた",
        "「ラクダ{m}」「アルパカ{m}」と言われた",  # quotes side by side
        "「アルパカ{m}」とか「ラクダ{m}」とか言われる",
        "「アルパカ{m}」という書き込みを消してください",
        "“アルパカ{m}”と言われた",
        '"アルパカ{m}"と言われた',  # a straight quote: the marks right before it are inside
        "＂アルパカ{m}＂と言われた",
        "子どもが「アルパカ{m}」と言われた。悲しいです",
    ],
)
def test_a_sentence_mark_inside_the_brackets_is_part_of_the_quote(engine, template, mark):
    assert "alpaca" not in _fired(engine, template.format(m=mark))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("「こんにちは！」アルパカ", (8, 12)),  # abuse after a quote, not in it
        ("「こんにちは！」アルパカと言ってやる", (8, 12)),
        ("「こんにちは！」と言われた。アルパカ", (14, 18)),
        ("「アルパカ！」と言われた。アルパカ", (13, 17)),  # only the quoted one
        ("「アルパカ！と言われた", (1, 5)),  # the bracket is never closed
        ("アルパカ！」と言われた", (0, 4)),  # nor opened
        ("「アルパカ！」。と言われた", (1, 5)),  # the sentence ends after the quote
        ("「アルパカ！\n」と言われた", (1, 5)),  # a line break always ends it
        ("「アルパカ！」と言ってやる", (1, 5)),  # the writer's own act
        ("「アルパカ！」と言われても仕方ない", (1, 5)),  # deserved
        ("「アルパカ！」", (1, 5)),  # quoted, but reported by nothing
        ('"こんにちは！"アルパカと言ってやる', (8, 12)),  # after a straight quote, not in it
        ('アルパカ！"と言われた', (0, 4)),  # a straight quote never opened
        ('"アルパカ！"。と言われた', (1, 5)),  # the sentence ends after the quote
        ('"アルパカ！ラクダ"と言われた', (1, 5)),  # the mark is not right before the quote
        ("「アルパカ」！と言われた", (1, 5)),  # the mark outside the brackets
        ("」アルパカ！「と言われた", (1, 5)),  # brackets the wrong way round
        ("「" + "いろはにほへと" * 6 + "アルパカ！」と言われた", (43, 47)),  # too long a quote
    ],
)
def test_a_sentence_mark_outside_closed_brackets_still_ends_the_sentence(engine, text, span):
    assert _fired(engine, text).get("alpaca") == (span,)


@pytest.mark.parametrize(
    "text",
    [
        "「死ね！」と言われた",
        "「死ね？」と言われた",
        "「死ね!」と言われた",
        "「死ね?」と言われた",
        "「死ね…」と言われた",
        "「死ね。」と言われた",
        "『死ね！』と書かれた",
        "子どもが「バカ！」と言われて泣いています",
        "「殺すぞ！」と電話で脅されました",
        "「お前なんか死ね！消えろ！」という書き込みを消してください",
        '"死ね！"と言われた',
        '子どもが"バカ!!"と書かれて泣いています',
    ],
)
def test_shipped_rules_excuse_quoted_abuse_with_a_mark_inside(defaults, text):
    assert defaults.screen(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "「こんにちは！」死ね",
        "「死ね！」と言ってやる",
        "「死ね！と言われた",
        "「元気？」死ねばいい",
    ],
)
def test_shipped_rules_still_flag_abuse_outside_the_quote(defaults, text):
    assert defaults.screen(text) != []


def test_only_the_quoted_word_is_excused_and_spans_stay_exact(engine):
    text = "「アルパカ」と言われた。アルパカだ"
    assert _fired(engine, text) == {"alpaca": ((12, 16),)}
    # Spaced out, half-width: the shape is read on the de-evaded text, spans in the original.
    assert "alpaca" not in _fired(engine, "「ア ル パ カ」と言われた")
    assert _fired(engine, "ｱﾙﾊﾟｶと言われた。ｱﾙﾊﾟｶ") == {"alpaca": ((11, 16),)}


def test_without_ways_of_reporting_nothing_is_excused():
    assert "alpaca" in _fired(_engine(reported_by=[]), "アルパカと言われた")


def test_a_group_and_what_is_said_of_it_needs_brackets(engine):
    # Hearsay about a group is the writer's own generalisation.
    assert "group" in _fired(engine, "外国人は出て行けと言われている")
    assert "group" not in _fired(engine, "「外国人は出て行け」と言われた")
    assert "group" not in _fired(engine, "「外国人は出て行け」という書き込みがありました")


@pytest.mark.parametrize(
    "text",
    [
        "子どもが「バカ」と言われた",
        "「死ね」という書き込みを消してください",
        "職員を無能呼ばわりするのはやめましょう",
        "キモいなどと書かれた",
        "「うざい」とか「消えろ」とか言われる",
        "「殺すぞ」と電話で脅されました",
        "「ぶっ殺す」と言って暴れている人がいます",
        "バカと同級生に言われて泣いています",
        "「死ね」だの「消えろ」だの言われました",
        "「ガイジ」はひどい差別語です",
        "バカと暴言を吐かれました",
        "「殺すぞ」というメールが届いて、警察に相談しています",
        "子どもが「死ね」と同じクラスの男の子に言われて泣いて帰ってきました",
        "「キモい」とネットで見知らぬ人に書き込まれた",
        "前の投稿にひどい書き込みがありました。「外国人は出ていけ」とか「障害者は閉じ込めろ」とか。"
        "ああいうのは削除してほしい",
    ],
)
def test_shipped_rules_excuse_quoted_abuse(defaults, text):
    assert defaults.screen(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "バカ",
        "死ねと言ってやる",
        "「死ね」と言ってやる",
        "無能と言われても仕方ない市長",
        "「殺すぞ」というメールを送ってやる",
        "外国人は犯罪者ばかりだと言われている",
        "ガイジは差別語じゃない",
    ],
)
def test_shipped_rules_still_flag_abuse(defaults, text):
    assert defaults.screen(text) != []


def test_shipped_quoted_rule_lists_no_words():
    rule = next(r for r in DEFAULT_RULES if r["slug"] == "exceptions-quoted-abuse")
    assert rule["config"]["terms"] == []
    assert len(rule["config"]["reported_by"]) < 500


def test_report_parts():
    assert report_parts("と…言われ") == ("と", "言われ", QUOTING)
    assert report_parts("呼ばわり") == ("", "呼ばわり", ANYWHERE)
    assert report_parts("」と…言っ") == ("と", "言っ", AFTER_BRACKETS)


def test_quoted_span_covers_the_match_and_the_way_of_reporting():
    text = "子どもが「バカ」と言われた"
    reports = {8: (12, QUOTING)}
    assert quoted_span(text, 5, 7, reports) == (5, 12)
    # Inside a quote: from its opening bracket.
    text = "「市長はバカで困る」と言われた"
    assert quoted_span(text, 4, 6, {10: (14, QUOTING)}) == (0, 14)
    assert quoted_span(text, 4, 6, {10: (14, QUOTING)}, in_brackets=True) == (0, 14)
    assert quoted_span("バカと言われ", 0, 2, {2: (6, QUOTING)}, in_brackets=True) is None
    assert quoted_span("バカと言われ", 0, 2, {}) is None


_PIECES = ["アルパカ", "と", "とか", "、", "「", "」", "『", "』", '"', " ", "。", "！", "\n", "？",
           "だ", "よ", "言われ", "書き込み", "兄に", "や", "臭い", "ー"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(_PIECES), max_size=20),
    cut=st.tuples(st.integers(0, 80), st.integers(1, 8)),
    reports=st.lists(
        st.tuples(st.integers(0, 80), st.integers(1, 10), st.sampled_from([0, 1, 2])),
        max_size=6,
    ),
    in_brackets=st.booleans(),
)
def test_an_excuse_covers_its_match_inside_the_text_within_a_sentence(
    pieces, cut, reports, in_brackets
):
    text = "".join(pieces)
    if not text:
        return
    start = min(cut[0], len(text) - 1)
    end = min(len(text), start + cut[1])
    found: dict[int, tuple[int, int]] = {}
    for at, length, need in reports:
        if at < len(text):
            add_report(found, at, min(len(text), at + length), need)
    span = quoted_span(text, start, end, found, in_brackets=in_brackets)
    if span is not None:
        first, last = span
        assert 0 <= first <= start < end <= last <= len(text)
        for index in range(first, last):
            if text[index] in SENTENCE_ENDS:
                assert _between_brackets(text, first, last, index), (text, span)


_CLOSING = {"「": "」", "『": "』", "｢": "｣", "“": "”"}


def _between_brackets(text: str, first: int, last: int, index: int) -> bool:
    """Whether text[index] (a sentence mark) lies between an opening bracket of SEE_ACROSS
    and a closing one of its kind, both in text[first:last], with no line break between."""
    if text[index] == "\n":
        return False
    for opening in range(first, index):
        if text[opening] in SEE_ACROSS:
            closing = text.find(_CLOSING[text[opening]], index + 1, last)
            if closing != -1 and "\n" not in text[opening:closing]:
                return True
    return False


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["呼ばわり", "という", "ラクダ"]), max_size=14))
def test_engine_spans_stay_inside_the_text(pieces):
    text = "".join(pieces)
    for hit in _engine().screen(text):
        for first, last in hit.spans:
            assert 0 <= first < last <= len(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["呼ばわり", "という", "ラクダ", "てやる"]), max_size=14))
def test_ways_of_reporting_only_ever_take_flags_away(pieces):
    text = "".join(pieces)
    with_shape = _fired(_engine(), text)
    without = _fired(_engine(reported_by=[]), text)
    for rule, spans in with_shape.items():
        assert rule in without
        for first, last in spans:
            assert any(a <= first and last <= b for a, b in without[rule])


def _regex_engine() -> Engine:
    return Engine(
        [
            RuleSpec("said", "threat", "regex", config={"pattern": "(?:市長|職員)🦙"}),
            RuleSpec("number", "privacy", "regex", config={"pattern": "[0-9]{4}-[0-9]{4}"}),
            RuleSpec(
                "quoted", "other", "exception", config={"terms": [], "reported_by": _REPORTED_BY}
            ),
        ]
    )


@pytest.mark.parametrize(
    "text",
    [
        "「市長🦙」という書き込みがあった",
        "職員🦙と言われた",
        "ネットで「職員🦙」などと書かれている",
    ],
)
def test_what_a_regular_expression_finds_said_is_excused_when_quoted(text):
    assert _fired(_regex_engine(), text) == {}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("市長🦙", (0, 3)),
        ("市長🦙と言ってやる", (0, 3)),  # the writer's own act, not a report
        ("「市長🦙」。と言われた", (1, 4)),  # a sentence end between them
    ],
)
def test_a_regular_expression_still_flags_what_is_not_quoted(text, span):
    assert _fired(_regex_engine(), text) == {"said": (span,)}


def test_what_a_regular_expression_finds_disclosed_is_not_excused():
    # Quoting a number discloses it all the same.
    assert _fired(_regex_engine(), "「1234-5678」と言われた") == {"number": ((1, 10),)}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("「市長は🐒」というコメントはひどいと思います", None),
        ("市長は🐒", "defamation-emoji-insults"),
        ("「職員🔪」と書き込まれて怖かったです", None),
        ("職員🔪", "threat-emoji-weapons"),
    ],
)
def test_shipped_regular_expressions_excuse_quoted_abuse(defaults, text, rule):
    fired = set(_fired(defaults, text))
    assert fired == ({rule} if rule else set()), fired
