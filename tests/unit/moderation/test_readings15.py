"""Ways of writing the engine reads since readings15, each with its innocent look-alikes:
a My Number said to be one (whatever its check digit, also in words), phone numbers in
English or romaji digit words, the ditto mark drawn for the voicing mark (ハ〃カ), a threat
said with the north's voicing (ころずぞ, ごろすぞ) and its fool after a topic (お前はばがだ),
and an emoji pointed at a person (課長👉💩). The pre-check never skips what the full
reading finds."""

from functools import cache

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from moderation.engine import Engine, widen
from moderation.engine.defaults import DEFAULT_RULES
from moderation.engine.digit_words import digit_runs, spelled_digits
from moderation.engine.evasion import deevade
from moderation.engine.phones import detect_phone
from moderation.engine.pii import detect_my_number


@cache
def _engine() -> Engine:
    return Engine.from_rules(DEFAULT_RULES)


def _screen(text: str) -> list:
    """The hits, after checking the pre-check agrees with the full reading."""
    engine = _engine()
    hits = engine.screen(text)
    assert hits == engine.screen(text, analysis=engine.analyse(text)), text
    return hits


def _clauses(text: str) -> set[str]:
    return {hit.category for hit in _screen(text)}


def _found(detector, text: str) -> list[str]:
    return [text[start:end] for start, end in detector(widen(text))]


# --- 1. My Number said to be one ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a wrong check digit: mistyped or made up, disclosed all the same
        ("あいつのマイナンバーは123456789012だよ", "123456789012"),
        ("山田の個人番号 1234 5678 9012 晒しとく", "1234 5678 9012"),
        ("1234-5678-9012 これが佐藤のマイナンバー", "1234-5678-9012"),
        # in kana, kanji numerals, English or romaji digit words
        (
            "あいつのマイナンバーはいちにさんよんごろくななはちきゅうぜろいちにだよ",
            "いちにさんよんごろくななはちきゅうぜろいちに",
        ),
        ("田中のマイナンバーは一二三四五六七八九〇一二です", "一二三四五六七八九〇一二"),
        (
            "田中のマイナンバー one two three four five six seven eight nine zero one two",
            "one two three four five six seven eight nine zero one two",
        ),
        (
            "田中のマイナンバー ichi ni san yon go roku nana hachi kyuu zero ichi ni",
            "ichi ni san yon go roku nana hachi kyuu zero ichi ni",
        ),
        ("ｲﾁﾆｻﾝﾖﾝｺﾞﾛｸﾅﾅﾊﾁｷｭｳｾﾞﾛｲﾁﾆ ←佐藤のﾏｲﾅﾝﾊﾞｰ", "ｲﾁﾆｻﾝﾖﾝｺﾞﾛｸﾅﾅﾊﾁｷｭｳｾﾞﾛｲﾁﾆ"),
        ("元彼の個人番号は1234・5678・9012、誰か使って", "1234・5678・9012"),
    ],
)
def test_a_number_said_to_be_a_my_number_is_disclosed(text, written):
    assert written in _found(detect_my_number, text)
    assert "privacy" in _clauses(text)


@pytest.mark.parametrize(
    "text",
    [
        "注文番号は123456789012です",  # twelve digits, nobody's My Number
        "マイナンバーカードの申請にいくらかかりますか",
        "マイナンバーの12桁の番号はどこに書いてありますか",
        "マイナンバーカードの交付は2026年4月1日から、予約番号は5678です",
        "マイナンバーの問い合わせは0120-95-0178へ",
        "マイナンバー制度は2016年に始まりました。問い合わせ番号 2016 0101 0001 9999 1",
    ],
)
def test_numbers_near_the_word_that_are_no_my_number_stay_clean(text):
    assert _found(detect_my_number, text) == []
    assert "privacy" not in _clauses(text)


def test_one_digit_repeated_is_no_my_number_even_when_said_to_be():
    assert _found(detect_my_number, "マイナンバーは111111111111のような番号ではありません") == []


# --- 2. phone numbers in English or romaji digit words ---------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "あいつの電話 zero nine zero one two three four five six seven eight",
            "zero nine zero one two three four five six seven eight",
        ),
        ("あいつの電話 zero nine zero 1234 5678 だよ", "zero nine zero 1234 5678"),
        (
            "あいつの電話 ０９０ one two three four five six seven eight",
            "０９０ one two three four five six seven eight",
        ),
        (
            "電話は Zero-Nine-Zero, one two three four, five six seven eight",
            "Zero-Nine-Zero, one two three four, five six seven eight",
        ),
        (
            "電話は zeroninezero-onetwothree-fourfivesixseven",
            "zeroninezero-onetwothree-fourfivesixseven",
        ),
        (
            "denwa zero kyuu zero ichi ni san yon go roku nana hachi",
            "zero kyuu zero ichi ni san yon go roku nana hachi",
        ),
        (
            "ｚｅｒｏ ｎｉｎｅ ｚｅｒｏ ｏｎｅ ｔｗｏ ｔｈｒｅｅ ｆｏｕｒ ｆｉｖｅ ｓｉｘ ｓｅｖｅｎ ｅｉｇｈｔ",
            "ｚｅｒｏ ｎｉｎｅ ｚｅｒｏ ｏｎｅ ｔｗｏ ｔｈｒｅｅ ｆｏｕｒ ｆｉｖｅ ｓｉｘ ｓｅｖｅｎ ｅｉｇｈｔ",
        ),
        # kana words still read as before, and kana beside English words
        (
            "ゼロキューゼロ いちにさんよん ごろくななはち",
            "ゼロキューゼロ いちにさんよん ごろくななはち",
        ),
        (
            "ぜろきゅうぜろ one two three four five six seven eight",
            "ぜろきゅうぜろ one two three four five six seven eight",
        ),
    ],
)
def test_a_phone_number_in_english_or_romaji_digit_words_is_found(text, written):
    assert written in _found(detect_phone, text)
    assert "privacy" in _clauses(text)


@pytest.mark.parametrize(
    "text",
    [
        "one two three four five six seven eight nine ten",  # counting, no leading zero
        "someone has gone to nine one one two times",  # digit words inside other words
        "I have one two three apples and zero friends",
        "Zero waste! We go on at nine, one or two o'clock",
        "go go go! ichi ni san shi",
        "ゼロカーボンの取り組みについて教えてください",
    ],
)
def test_english_words_that_are_no_phone_number_stay_clean(text):
    assert _found(detect_phone, text) == []
    assert "privacy" not in _clauses(text)


def test_digit_words_are_read_only_where_a_letter_run_is_digit_words_throughout():
    assert spelled_digits("zero nine zero") == "090"
    assert spelled_digits("zeroninezero") == "090"
    assert spelled_digits("someone nine") == "9"  # some|one is no digit word
    assert [len(run) for run in digit_runs("zero nine, one two three / four")] == [5, 1]


def test_the_city_hall_number_spelled_in_english_is_still_the_published_one():
    engine = _engine()
    # 0225-95-1111 is the city hall's switchboard (allowed by the phone rule)
    text = "市役所は zero two two five nine five one one one one です"
    assert "privacy" not in {hit.category for hit in engine.screen(text)}


# --- 3. the ditto mark drawn for the voicing mark ------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("市長はハ〃カ", "市長はバカ"),
        ("ﾊ〃ｶ職員", "バカ職員"),
        ("市長はﾊ〃ｶだ", "市長はバカだ"),
        ("市長はハ″カだ", "市長はバカだ"),
        ("市長はテ〃フ〃", "市長はデブ"),
        # a mark between the letters of a word of abuse hides no voicing: a separator
        ("市長はク〃ズだ", "市長はクズだ"),
        ("ｸ〃ｽﾞ職員", "クズ職員"),
        ("市長はｸ〃ｽﾞ", "市長はクズ"),
        ("市長はハ〃ゲ", "市長はハゲ"),
        ("お前らシ〃ネ", "お前らシネ"),
    ],
)
def test_a_ditto_mark_after_a_kana_is_read_as_the_voicing_mark(text, read):
    assert deevade(text).text == read
    assert _clauses(text) & {"defamation", "threat"}


@pytest.mark.parametrize(
    "text",
    [
        "りんご 100円、みかん 〃",  # the ditto mark of a list, after a space
        "みかん〃",  # after a kana that takes no voicing mark
        "ケーキ 300円、クッキー 〃",
        'テストは"カンタン"でした',  # a quotation mark is no voicing mark
        '「"バカ"と言われた」と相談がありました',
        "会場は〃、時間も〃です",
    ],
)
def test_ditto_marks_of_lists_and_quotation_marks_stay_as_written(text):
    assert _screen(text) == []


_DITTO_PIECES = [
    "ハ", "ﾊ", "カ", "ｶ", "ク", "ｸ", "ズ", "ｽﾞ", "シ", "ネ", "テ", "フ", "〃", "″", "〇", " ", "は",
    "市長", "みかん", "だ", "。", "バカ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DITTO_PIECES), max_size=10).map("".join))
@example("市長はハ〃カ〃")
@example("ク〃〃ズ")
@example("〃ハ〃〇カ")
def test_random_ditto_marks_screen_the_same_with_and_without_the_pre_check(text):
    _screen(text)


def test_a_voiced_ditto_mark_is_highlighted_with_its_kana():
    (hit,) = [hit for hit in _screen("市長はハ〃カ") if hit.category == "defamation"][:1]
    assert "市長はハ〃カ"[slice(*hit.spans[0])] == "ハ〃カ"


# --- 4. the north's voicing ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clause", "written"),
    [
        ("てめえころずぞ", "threat", "ころずぞ"),
        ("市長ごろすぞ", "threat", "ごろすぞ"),
        ("ぶっごろすぞ", "threat", "ぶっごろす"),
        ("職員ども、ごろしでやる", "threat", "ごろしでやる"),
        ("市長をころじでやる", "threat", "ころじでやる"),
        ("コロズゾ", "threat", "コロズゾ"),
        ("ご ろ す ぞ", "threat", "ご ろ す ぞ"),  # spaced out as well
    ],
)
def test_a_threat_said_with_the_norths_voicing_is_read_as_the_word(text, clause, written):
    hits = [hit for hit in _screen(text) if hit.category == clause]
    assert hits
    assert any(text[start:end] == written for hit in hits for start, end in hit.spans)


@pytest.mark.parametrize(
    "text",
    [
        "そればがりだ",  # ばがり is the north's ばかり (only)
        "おばがだいすき",  # 伯母が大好き
        "市場のそばが、にぎわってた",
        "そばがおいしかった",
        "3時ごろすぎに行きます",
        "5時ごろせんせいが来ます",
        "毎日ごろごろしてる",
        "きのうはごろしてた",
        "ころころ転がる",
        "んだがら、雪かぎ手伝ってけさいん",
        "ばあちゃんがいつもいってたっちゃ",
    ],
)
def test_the_same_letters_in_other_words_stay_as_written(text):
    assert _screen(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "お前はばがだ",
        "市長はばがです",
        "職員はばがじゃねえの",
        "お前はばがでねえの",
        "あいつもばがだべ",
    ],
)
def test_the_norths_fool_after_a_topic_is_read_as_a_word(text):
    hits = [hit for hit in _screen(text) if hit.category == "defamation"]
    assert any(text[start:end].startswith("ばが") for hit in hits for start, end in hit.spans)


@pytest.mark.parametrize(
    "text",
    [
        "道のはばが、せまい",  # 幅が
        "道のはばがせまい",
        "道路のはばがだいぶ狭い",
        "この道ははばがせまいです",
        "そばがだいすき",
    ],
)
def test_a_width_is_still_a_width(text):
    assert _screen(text) == []


_NORTH_PIECES = [
    "ご", "ゴ", "こ", "ろ", "ロ", "す", "ず", "ズ", "し", "じ", "で", "て", "やる", "ぞ", "ば", "が",
    "だ", "べ", "そ", "お", " ", "・", "市長", "。", "ぎ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NORTH_PIECES), max_size=10).map("".join))
@example("ご・ろ・す・ぞ")
@example("ばがだ。ころずぞ")
def test_random_voiced_words_screen_the_same_with_and_without_the_pre_check(text):
    _screen(text)


# --- 5. an emoji pointed at a person ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("〇〇課長👉💩", "課長👉💩"),
        ("〇〇課長 👉 💩", "課長 👉 💩"),
        ("〇〇課長👉🏻💩", "課長👉🏻💩"),
        ("市長→🐒", "市長→🐒"),
        ("担当者➡️💩", "担当者➡️💩"),
        ("佐藤課長＝💩", "課長＝💩"),
        ("課長👉🐒", "課長👉🐒"),
    ],
)
def test_an_emoji_pointed_at_the_staff_is_an_insult(text, written):
    hits = [hit for hit in _screen(text) if hit.category == "defamation"]
    assert hits
    assert any(text[start:end] == written for hit in hits for start, end in hit.spans)


@pytest.mark.parametrize(
    "text",
    [
        "市役所👉🏢 こちらが新庁舎です",
        "窓口はこちら👉🍀 受付は9時から",
        "課長👉🎉 昇進おめでとうございます",
        "石巻→🚃→仙台",
        "道の駅👉🍙がおいしかった",
    ],
)
def test_a_pointer_to_a_harmless_emoji_stays_clean(text):
    assert _screen(text) == []
