"""Undoing evasions keeps a map to the original; matches never cut a word in two."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.engine import Engine, RuleSpec
from moderation.engine.evasion import deevade

PIECES = [
    "ば", "か", "バカ", "ばか", "り", " ", "　", "ー", "ﾊﾞ", "ｶ", "。", "だ", "し", "ね", "しね",
    "マイナンバーカード", "ヤバ", "かった", "\u200b", "、", ".", "a", "BAKA", "baka", "\n",
    "氏", "タ", "ヒ", "チ", "死", "ん", "で", "しまえ", "殺", "す", "ぞ", "\u3099", "😀", "ア", "ホ",
    "！", "？", "｡", "!", "あ", "ああ", "．", "ー", "ｰ", "い", "💢", "馬", "鹿", "・", "★", "職員", "ネ", "ス", "ヶ", "ロ", "力", "工", "匕", "口", "💩", "🔪", "\ufe0f", "クソ", "ぇ", "ェ", "ｪ", "ぁ", "ええ",
    "〇", "○", "×", "＊", "キ", "ガイ", "こ", "議員", "ノ", "ヾ", "ゞ", "全員", "課長",
]  # fmt: skip
texts = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(PIECES), max_size=25).map("".join),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ば　か", "ばか"),
        ("バ カ じゃないの", "バカ じゃないの"),
        ("ア.ホ", "アホ"),
        ("ば く は し て や る", "ばくはしてやる"),
        ("ば\nか", "ばか"),
        ("ｂａｋａ", "baka"),
        ("ﾊﾞｶ", "バカ"),
        ("カーーース", "カース"),
        ("コーヒー", "コーヒー"),
        ("ばかあああああ", "ばかー"),  # a stretched vowel is a long mark, as in ばかー
        ("タヒね", "死ね"),
        ("ﾀﾋね", "死ね"),
        ("氏ね", "死ね"),
        ("田中氏ね", "田中氏ね"),
        ("タヒチ", "タヒチ"),
        ("ば\u200bか", "ばか"),
        ("今日は 晴れ です", "今日は 晴れ です"),
        ("ば。か", "ば。か"),
        ("1 2 3", "1 2 3"),
        # a word split inside by emoji or symbols, or by a space between kanji / katakana
        ("職員はバ💢カだ", "職員はバカだ"),
        ("お前はア💩ホか", "お前はアホか"),
        ("ﾊﾞ💢ｶ職員", "バカ職員"),
        ("死💢ね", "死ね"),
        ("お前ら馬 鹿じゃないの", "お前ら馬鹿じゃないの"),
        ("お前ら馬　鹿じゃないの", "お前ら馬鹿じゃないの"),
        ("お前はア・ホだ", "お前はアホだ"),
        ("田中氏😀ね", "田中氏ね"),
        ("ありがとう ございます", "ありがとう ございます"),
        ("バカ😊 123", "バカ😊 123"),
        ("ok💢ok", "ok💢ok"),
        ("ｼﾈ ｶｽ", "シネ カス"),
        # a comma between spaces is a word of the spaced text: the words stay apart
        ("デ ブ 、 ハ ゲ", "デブ、ハゲ"),
        ("ば か , あ ほ", "ばか,あほ"),
        ("バ, カ", "バカ"),
        ("ア、ホ", "アホ"),
        ("シネ💢カス", "シネ💢カス"),
        ("石巻市 防災課", "石巻市 防災課"),
        ("楽しかった😊また来ます", "楽しかった😊また来ます"),
        # katakana for the kana ending of a kanji word
        ("殺ス", "殺す"),
        ("市長ハ辞メロ", "市長は辞めろ"),
        ("ﾀﾋﾈ", "死ね"),
        ("市ホームページ", "市ホームページ"),
        ("三ヶ月", "三ヶ月"),
        ("口コミを見ました", "口コミを見ました"),
        ("食パンを買いました", "食パンを買いました"),
        # one letter of a word of abuse masked; a name's stand-in (〇〇) and 〇 as a numeral stay
        ("キ〇ガイ", "キチガイ"),
        ("ｷ○ｶﾞｲ市長", "キチガイ市長"),
        ("ぶっこ×す", "ぶっころす"),
        ("お前をこ＊すぞ", "お前をころすぞ"),
        ("〇〇議員の発言", "〇〇議員の発言"),
        ("二〇二六年", "二〇二六年"),
        ("○×クイズ", "○×クイズ"),
        ("ま〇こさんの作品", "ま〇こさんの作品"),  # a masked name before さん
        ("バ〇です", "バ〇です"),  # two letters name no word
        # a mask put between two kana of a word hides nothing: the word is written apart
        ("職員はク〇ズ", "職員はクズ"),
        ("お前し×ねよ", "お前しねよ"),
        ("ア＊ホ", "アホ"),
        ("ば○だん", "ばくだん"),  # one kana of a kanji word's reading masked
        ("くず〇もち", "くず〇もち"),  # between two words, no letter stands alone
        ("かき〇ごおり", "かき〇ごおり"),
        ("ま〇さんの作品", "ま〇さんの作品"),  # a masked name before さん
        # ノ and ヾ drawn together as バ; 氏ね after a role or a group (no honorific) as 死ね
        ("ノヾカ", "バカ"),
        # a wave dash between kana is a long mark; between digits or kanji a range
        ("バ〜カ", "バーカ"),
        ("バ～～～～カ", "バーカ"),
        ("すご〜い", "すごーい"),
        ("9時〜17時", "9時〜17時"),
        # a small vowel after a kanji stretches it
        ("死ぃぃね", "死ーね"),
        # 4 read し after a role or a group; a count or a year stays
        ("全員4ね", "全員死ね"),
        ("お前ら４ね", "お前ら死ね"),
        ("残り4ね", "残り4ね"),
        ("令和4ねん", "令和4ねん"),
        # π read as its name
        ("おっπ見せて", "おっパイ見せて"),
        ("円周率πは3.14", "円周率パイは3.14"),
        # a kanji drawn as katakana after one or two katakana letters; a longer word keeps it
        ("係長をコ口す", "係長をコロす"),
        ("チーム力アップ", "チーム力アップ"),
        ("ﾉヾｶ職員", "バカ職員"),
        ("いすゞ", "いすゞ"),
        ("職員全員氏ね", "職員全員死ね"),
        ("課長氏ね", "課長死ね"),
        ("佐藤氏ね", "佐藤氏ね"),
        ("石巻市ね", "石巻市ね"),
    ],
)
def test_deevade(text, expected):
    assert deevade(text).text == expected


@settings(max_examples=300, deadline=None)
@given(texts)
def test_deevaded_offsets_map_inside_the_original(text):
    result = deevade(text)
    assert len(result.text) == len(result.starts) == len(result.ends)
    previous = 0
    for start, end in zip(result.starts, result.ends, strict=True):
        assert 0 <= start < end <= len(text)
        assert start >= previous
        previous = start


def _engine():
    return Engine.from_rules(
        [
            RuleSpec(
                slug="words",
                clause="defamation",
                kind="terms",
                config={
                    "terms": ["バカ", "しね", "バーカ", "アホ", "lemma:死ぬ/命令形", "lemma:殺す"]
                },
            ),
            RuleSpec(slug="sub", clause="other", kind="terms", config={"terms": ["substr:ばか"]}),
        ],
        version="evasion-properties",
    )


@settings(max_examples=300, deadline=None)
@given(texts)
def test_analysis_offsets_map_inside_the_original(text):
    analysis = _engine().analyse(text)
    n = analysis.normalized
    assert len(n.text) == len(n.starts) == len(n.ends)
    for start, end in zip(n.starts, n.ends, strict=True):
        assert 0 <= start < end <= len(text)
    for token in analysis.tokens:
        start, end = analysis.to_original(token.start, token.end)
        assert 0 <= start < end <= len(text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_no_match_starts_or_ends_inside_a_word_unless_substring(text):
    engine = _engine()
    analysis = engine.analyse(text)
    de = analysis.deevaded
    starts = {de.starts[t.start] for t in analysis.tokens}
    ends = {de.ends[t.end - 1] for t in analysis.tokens}
    for hit in engine.screen(text, analysis=analysis):
        for start, end in hit.spans:
            assert 0 <= start < end <= len(text)
            if hit.rule == "words":
                assert start in starts and end in ends, (text, text[start:end])


@settings(max_examples=150, deadline=None)
@given(texts)
def test_screening_with_or_without_a_given_analysis_agrees(text):
    engine = _engine()
    assert engine.screen(text) == engine.screen(text, analysis=engine.analyse(text))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_quick_form_is_the_collapsed_matching_form(text):
    # The pre-check may skip reading a message only because this holds.
    from bisect import bisect_right

    from moderation.engine.analysed import Analysis
    from moderation.engine.fastpath import HARD_ENDS, collapse, quick_form

    quick = quick_form(text)
    if quick is not None:
        analysis = Analysis(text)
        de = analysis.deevaded.text
        ends = [i for i, c in enumerate(de) if c in HARD_ENDS]
        pieces = [[] for _ in range(len(ends) + 1)]
        for char, start in zip(analysis.normalized.text, analysis.de_starts, strict=True):
            pieces[bisect_right(ends, start)].append(char)
        expected = "\x00".join(collapse("".join(piece)) for piece in pieces)
        assert quick.replace("ー", "") == expected
        assert "ーー" not in quick


@pytest.mark.parametrize(
    ("text", "expected", "emoji_at"),
    [
        ("市長は💩", "市長はクソ", 3),
        ("市長は💩\ufe0f", "市長はクソ", 3),  # with the emoji presentation selector
        ("🔪持って行く", "刃物持って行く", 0),
        ("職員🐷。", "職員豚。", 2),
    ],
)
def test_emoji_standing_for_a_word_are_read_as_the_word(text, expected, emoji_at):
    deevaded = deevade(text)
    assert deevaded.text == expected
    word = expected.index(deevaded.text[emoji_at])
    # every letter of the word maps back to the emoji, so a highlight covers the emoji
    assert deevaded.to_original(
        word, emoji_at + len(expected) - len(text.rstrip("\ufe0f")) + 1
    ) == (
        emoji_at,
        emoji_at + 1,
    )


@pytest.mark.parametrize("text", ["ありがとう😊", "最高🔥🔥", "バ💩カ", "殺🔪す"])
def test_other_emoji_are_not_words(text):
    assert not any(word in deevade(text).text for word in ("クソ", "豚", "刃物"))


def test_an_insult_or_a_threat_in_emoji_is_flagged_on_the_emoji():
    engine = Engine(
        [
            RuleSpec(slug="insult", clause="defamation", kind="terms", config={"terms": ["クソ"]}),
            RuleSpec(slug="weapon", clause="threat", kind="terms", config={"terms": ["刃物"]}),
        ]
    )
    hits = engine.screen("市長は💩！明日、🔪持って行く")
    assert {(hit.rule, hit.spans) for hit in hits} == {("insult", ((3, 4),)), ("weapon", ((8, 9),))}
    # Between two letters an emoji is a separator splitting a word, glued away (殺🔪す).
    assert engine.screen("殺🔪す") == []
    assert engine.screen("豚の角煮🐷おいしかった") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("しねええええ", "しねー"),
        ("死ねぇぇぇ", "死ねー"),
        ("シネェ", "シネー"),
        ("ｼﾈｪ", "シネー"),
        ("うぜぇ", "うぜー"),
        # words, not stretches: another vowel before, or a full vowel written once
        ("ねえ、聞いて", "ねえ、聞いて"),
        ("かわいいい", "かわいい"),  # shortened as any letter thrice, not a long mark
        ("ファイト", "ファイト"),
        ("パーティー", "パーティー"),
        ("とおい", "とおい"),
    ],
)
def test_a_stretched_vowel_is_read_as_a_long_mark(text, expected):
    assert deevade(text).text == expected


@pytest.mark.parametrize("text", ["しねぇ", "しねええええ", "しねぇぇ", "ｼﾈｪｪ", "しね", "しねー"])
def test_a_term_meets_its_stretched_writings(text):
    engine = Engine([RuleSpec(slug="t", clause="threat", kind="terms", config={"terms": ["しね"]})])
    assert [hit.rule for hit in engine.screen(text)] == ["t"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("ざまぁ", True),
        ("ざまぁぁぁ", True),
        ("ざまー", True),
        ("ざまあみろ", True),
        ("さまざま", False),
    ],
)
def test_a_term_written_with_its_stretch_is_keyed_as_the_text_is(text, flagged):
    engine = Engine(
        [RuleSpec(slug="t", clause="defamation", kind="terms", config={"terms": ["ざまぁ"]})]
    )
    assert bool(engine.screen(text)) is flagged
