"""The analyser: its dictionary pages given back without changing what it reads, and the
readings it corrects (katakana sentences, a plural before しね)."""

import sys
from pathlib import Path

import pytest

from moderation.engine.analysis import analyse
from moderation.engine.dictionary import release_dictionary_pages

TEXTS = [
    "マイナンバーカードの申請は市役所の窓口でもできますか",
    "お前ら全員ぶっ殺してやるからな",
    "石巻焼きそばのイベント、家族で楽しませていただきました",
]


def _resident_file_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("RssFile:"):
            return int(line.split()[1])
    raise AssertionError("no RssFile")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pages are given back on Linux")
def test_giving_the_pages_back_changes_nothing_the_analyser_reads():
    before = [analyse(text) for text in TEXTS]
    resident = _resident_file_kb()
    assert release_dictionary_pages() > 0  # the dictionary is mapped, and was advised
    # The pages left this process (each analysis touches tens of MB of them again).
    assert _resident_file_kb() < resident - 10_000
    assert [analyse(text) for text in TEXTS] == before


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("シチョウヲコロス", ["シチョウ", "ヲ", "コロス"]),  # one unknown word, read in hiragana
        ("オマエハダマレ", ["オマエ", "ハ", "ダマレ"]),
    ],
)
def test_a_sentence_written_in_katakana_is_read_as_words(text, words):
    tokens = analyse("市の投稿に" + text)
    assert [t.surface for t in tokens][4:] == words
    # The words keep the katakana and their places in it, and the verb its dictionary form.
    assert all(("市の投稿に" + text)[t.start : t.end] == t.surface for t in tokens)
    assert tokens[-1].normalized in ("殺す", "黙る")


@pytest.mark.parametrize(
    "text", ["ハピネスキッズ", "ボランティアセンター", "マイナンバーカード", "イシノマキッズ"]
)
def test_a_katakana_name_is_not_read_as_a_sentence(text):
    tokens = analyse(text)
    assert "".join(t.surface for t in tokens) == text
    assert not any(t.pos1 in ("助詞", "助動詞") for t in tokens)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("あいつらしね", ["あいつ", "ら", "しね"]),  # not あいつ|らし|ね ("it seems")
        ("職員らしね", ["職員", "ら", "しね"]),
        ("おめーらしねや", ["おめー", "ら", "しねや"]),  # not らし|ねや (a bedroom)
        ("てめえらしねぇ！", ["てめえ", "ら", "しねぇ", "！"]),
    ],
)
def test_a_plural_before_shine_is_read_as_a_plural_and_shine(text, words):
    tokens = analyse(text)
    assert [t.surface for t in tokens] == words
    assert all(text[t.start : t.end] == t.surface for t in tokens)
    assert tokens[2].lemma == "死ぬ"
    assert tokens[2].form == "命令形"


@pytest.mark.parametrize("text", ["彼らしいね", "子供らしさがいいね", "春らしねえ", "男らしくねぇ"])
def test_rashii_is_still_rashii(text):
    assert "死ぬ" not in [t.lemma for t in analyse(text)]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("課長コロす", "コロす"),  # a katakana stem, a hiragana ending
        ("職員をコロしてやる", "コロし"),
        ("市長をコロせ", "コロせ"),
        ("コロされたいのか", "コロさ"),
    ],
)
def test_a_katakana_stem_with_a_hiragana_ending_is_read_as_one_word(text, verb):
    tokens = analyse("。" + text)
    assert all(("。" + text)[t.start : t.end] == t.surface for t in tokens)
    word = next(t for t in tokens if t.surface == verb)
    assert (word.pos1, word.normalized) == ("動詞", "殺す")


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("パンを買った", "パン"),  # a loanword before a particle stays a noun
        ("バスで行きます", "バス"),
        ("ゴミが多い", "ゴミ"),
        ("うちのコロしか懐かない", "コロ"),  # a dog's name before しか
        ("ガスが止まった", "ガス"),
        ("イカが安い", "イカ"),
    ],
)
def test_a_katakana_word_before_a_particle_stays_as_it_is(text, noun):
    tokens = analyse(text)
    assert noun in [t.surface for t in tokens]
    assert all(text[t.start : t.end] == t.surface for t in tokens)


@pytest.mark.parametrize(
    ("text", "stem", "lemma"),
    [
        ("市長を殺しでやっから", "殺し", "殺す"),  # the dictionary reads 殺し as a noun
        ("職員なんかつぶしでやっぺ", "つぶし", "つぶす"),
        ("あいつ刺しでやる", "刺し", "刺す"),  # read as a suffix (串刺し)
    ],
)
def test_the_voiced_te_of_the_north_is_read_after_its_verb(text, stem, lemma):
    tokens = analyse(text)
    assert all(text[t.start : t.end] == t.surface for t in tokens)
    at = next(i for i, t in enumerate(tokens) if t.surface == stem)
    assert (tokens[at].pos1, tokens[at].lemma) == ("動詞", lemma)
    assert (tokens[at + 1].surface, tokens[at + 1].lemma) == ("で", "て")


@pytest.mark.parametrize(("text", "noun"), [("車でやってきた", "車"), ("庭でやってみる", "庭")])
def test_a_noun_before_de_that_is_no_verb_stays_a_noun(text, noun):
    tokens = analyse(text)
    at = next(i for i, t in enumerate(tokens) if t.surface == noun)
    assert tokens[at].pos1 == "名詞"
    assert (tokens[at + 1].surface, tokens[at + 1].lemma) == ("で", "で")
