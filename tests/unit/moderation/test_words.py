"""The analyser-backed matcher: word boundaries, lemmas with conditions, romaji, patterns."""

import pytest

from moderation.engine import Engine, RuleSpec
from moderation.engine.terms import LEMMA, SUBSTR, SURFACE, TermError, parse_term, romaji_variants


def _spec(*terms, exceptions=()):
    return RuleSpec(
        slug="t",
        clause="defamation",
        kind="terms",
        config={"terms": list(terms), "exceptions": list(exceptions)},
    )


def _engine(*terms, exceptions=()):
    return Engine.from_rules([_spec(*terms, exceptions=exceptions)])


def _matches(engine, text):
    return [text[s:e] for hit in engine.screen(text) for s, e in hit.spans]


# --- surface terms on word boundaries ---------------------------------------------------------


@pytest.mark.parametrize(
    ("term", "innocent"),
    [
        ("バーカ", "マイナンバーカードの申請"),
        ("しね", "明日は雨だしね"),
        ("しね", "頑張るしね"),
        ("しね", "もしね、雨なら"),
        ("ブス", "ブーストする"),
        ("ブス", "コロンブスの卵"),
        ("バカ", "昨日はヤバかった"),
        ("チョン", "チョンボした"),
        ("チョン", "インチョン空港"),
        ("シナ人", "おかしな人間"),
        ("オナニー", "オーナーに聞く"),
        ("ニガ", "なにがあったの"),
        ("ころす", "ところすでに満員"),
        ("ばか", "雨ばかりです"),
        ("カス", "カスタードプリン"),
        ("カス", "酒かすの料理"),
        ("フェラ", "フェラーリ"),
    ],
)
def test_terms_do_not_match_inside_words(term, innocent):
    assert _engine(term).screen(innocent) == []


@pytest.mark.parametrize(
    ("term", "text", "highlight"),
    [
        ("バカ", "市長はバカだ", "バカ"),
        ("バカ", "市長はばかだ", "ばか"),
        ("バカ", "ﾊﾞｶじゃないの", "ﾊﾞｶ"),
        ("バカ", "ＢＡＫＡ", "ＢＡＫＡ"),
        ("バカ", "お前baka", "baka"),
        ("バカ", "ｂａｋａ", "ｂａｋａ"),
        ("ばか", "ば　か", "ば　か"),
        ("バカ", "バ カ じゃないの", "バ カ"),
        ("アホ", "ア.ホ", "ア.ホ"),
        ("アホ", "ア\nホ", "ア\nホ"),
        ("カス", "カーーース", "カーーース"),
        ("バカ", "ば\u200bか", "ば\u200bか"),
        ("人間のクズ", "あいつは人間のクズだ", "人間のクズ"),
        ("しね", "しね", "しね"),
        ("しね", "お前しね", "しね"),
        ("しね", "し☆ね", "し☆ね"),
    ],
)
def test_terms_match_every_spelling_and_highlight_the_original(term, text, highlight):
    assert _matches(_engine(term), text) == [highlight]


def test_spaced_prose_is_not_glued():
    # "ば か" would be glued, but two-letter words end a run: nothing is joined here.
    assert _engine("ばか").screen("あそ ば かいもの") == []
    assert _engine("ばか").screen("あそ ばか いもの")  # a spaced word is still a word
    assert _matches(_engine("馬鹿"), "市 長 は 馬 鹿") == ["馬 鹿"]


def test_stretched_words_stay_words():
    assert _engine("こひ").screen("コーヒーください") == _engine("こひ").screen("コーヒー")
    assert _engine("カス").screen("コーヒー") == []


def test_romaji_only_for_whole_words_and_not_english():
    engine = _engine("ばか", "しね")
    assert engine.screen("Let the sun shine") == []
    assert engine.screen("bakanzu") == []
    assert [h.rule for h in engine.screen("BAKA!")] == ["t"]
    assert romaji_variants("しね")[:2] == ["shine", "sine"]


def test_look_alike_kanji_and_kana_are_undone():
    engine = _engine("lemma:死ぬ/命令形")
    for text in ("タヒね", "ﾀﾋね", "氏ね", "市ね"):
        assert _matches(engine, text) == [text], text
    for text in ("田中氏ね、親切", "石巻市ね、住みやすい", "タヒチから来た"):
        assert engine.screen(text) == [], text


# --- lemma terms ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["死ね", "死んじまえ", "死んでしまえ", "もう死ねよ"])
def test_lemma_imperative_covers_inflections(text):
    assert _engine("lemma:死ぬ/命令形").screen(text)


@pytest.mark.parametrize(
    "text", ["死ねば楽になる", "死んだ祖父", "死にたくない", "死亡届", "死のうとは思わない"]
)
def test_lemma_imperative_leaves_other_forms(text):
    assert _engine("lemma:死ぬ/命令形").screen(text) == []


KILL = "lemma:殺す/終止形,命令形,意志推量形,+やる,+たい,-れる,-られる,-た,-ない"


@pytest.mark.parametrize("text", ["殺すぞ", "殺してやる", "ぶっ殺す", "殺したい", "殺せ", "殺そう"])
def test_lemma_with_shapes_covers_threats(text):
    assert _engine(KILL).screen(text)


@pytest.mark.parametrize("text", ["殺された", "殺した犯人", "殺さないで", "殺到した", "殺虫剤"])
def test_lemma_with_exclusions_leaves_reports(text):
    assert _engine(KILL).screen(text) == []


def test_lemma_highlight_covers_the_verb_phrase():
    assert _matches(_engine(KILL), "お前を殺してやるぞ") == ["殺してやるぞ"]


def test_lemma_suru_noun_and_part_of_speech():
    assert _engine("lemma:駆除する").screen("外国人を駆除しろ")
    assert _engine("lemma:無能/名詞").screen("無能な市長")
    assert _engine("lemma:無能/動詞").screen("無能な市長") == []


@pytest.mark.parametrize(
    ("entry", "mode"),
    [("バカ", SURFACE), ("lemma:死ぬ/命令形", LEMMA), ("substr:bit.ly", SUBSTR)],
)
def test_term_entry_syntax(entry, mode):
    assert parse_term(entry).mode == mode


@pytest.mark.parametrize("entry", ["lemma:", "lemma:死ぬ/命令", "lemma:死ぬ/+", "substr:  ", "＊"])
def test_bad_term_entries_are_refused(entry):
    with pytest.raises(TermError):
        parse_term(entry)


def test_substring_terms_ignore_word_boundaries():
    assert _matches(_engine("substr:ナンバーカ"), "マイナンバーカード") == ["ナンバーカ"]


def test_exceptions_still_apply_to_word_matches():
    assert _engine("バカ", exceptions=["バカ正直"]).screen("バカ正直な人") == []


# --- patterns ---------------------------------------------------------------------------------


def _pattern(**config):
    return Engine.from_rules(
        [RuleSpec(slug="p", clause="discrimination", kind="pattern", config=config)]
    )


def test_pattern_needs_target_and_predicate_in_one_sentence():
    engine = _pattern(target=["外国人", "移民"], predicate=["出て行け", "lemma:帰る/命令形"])
    assert engine.screen("外国人は今すぐ出て行け")
    assert engine.screen("移民は国に帰れ")
    assert engine.screen("外国人が増えた。早く家に帰れ") == []
    assert engine.screen("外国人観光客が帰れなくなった") == []
    assert engine.screen("出て行け") == []


def test_pattern_highlights_target_and_predicate():
    engine = _pattern(target=["職員"], predicate=["無能"])
    text = "あの職員は本当に無能"
    assert _matches(engine, text) == ["職員", "無能"]


def test_pattern_with_link_requires_an_outside_link():
    engine = _pattern(predicate=["アカウントが停止"], link=True, scope="message")
    lure = "アカウントが停止されます。こちら http://secure-check.example.net/"
    assert _matches(engine, lure) == ["アカウントが停止", "http://secure-check.example.net/"]
    assert engine.screen("アカウントが停止されます") == []
    assert engine.screen("アカウントが停止 https://www.city.ishinomaki.lg.jp/") == []


# --- the engine API ---------------------------------------------------------------------------


def test_analysis_is_reused_and_gives_the_same_hits():
    from moderation.engine.defaults import DEFAULT_RULES

    engine = Engine.from_rules(DEFAULT_RULES, version="words-defaults")
    text = "市長はﾊﾞｶ。お前ら氏ね https://bit.ly/x"
    analysis = engine.analyse(text)
    assert analysis.tokens and analysis.deevaded.text.startswith("市長はバカ")
    assert engine.screen(text, analysis=analysis) == engine.screen(text)


def test_needs_analysis_only_for_word_rules():
    pii = Engine.from_rules(
        [RuleSpec(slug="p", clause="privacy", kind="pii", config={"detectors": ["phone"]})]
    )
    assert not pii.needs_analysis
    assert _engine("バカ").needs_analysis
    assert not _engine("substr:bit.ly", "idiot").needs_analysis


def test_text_without_candidates_is_not_analysed(monkeypatch):
    from moderation.engine import engine as engine_module

    engine = _engine("バカ", "lemma:死ぬ/命令形")
    calls = []
    real = engine_module.analyse
    monkeypatch.setattr(
        engine_module, "analyse", lambda t, offset=0: calls.append(t) or real(t, offset)
    )
    assert engine.screen("今日はいい天気でした") == []
    assert calls == []
    assert engine.screen("死んでしまえ")
    assert calls == ["死んでしまえ"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("市長バカすぎ", True),  # ばかす (化かす) is listed, but here it is バカ|すぎ
        ("職員はバカしかいない", True),  # ばかし is listed, but here it is バカ|しか
        ("狐に化かされた", False),
        ("親バカです", False),
        ("ばかばかしい話", False),
        ("バカンスに行く", False),
    ],
)
def test_an_exception_written_as_words_excuses_only_where_it_is_words(text, flagged):
    exceptions = RuleSpec(
        slug="innocent",
        clause="other",
        kind="exception",
        config={"terms": ["ばかす", "ばかし", "親バカ", "ばかばかしい", "バカンス"]},
    )
    engine = Engine([_spec("バカ"), exceptions])
    assert bool(engine.screen(text)) is flagged


def test_a_substring_exception_excuses_anywhere():
    exceptions = RuleSpec(
        slug="innocent", clause="other", kind="exception", config={"terms": ["substr:ばかす"]}
    )
    engine = Engine([_spec("バカ"), exceptions])
    assert engine.screen("市長バカすぎ") == []


def test_an_exception_never_spans_the_end_of_a_sentence():
    # ばかし excuses ばか inside ばかしあい, not バカ followed by a sentence starting with し.
    engine = _engine("バカ", exceptions=["substr:ばかし"])
    assert engine.screen("ばかしあいになった") == []
    assert [hit.spans for hit in engine.screen("あいつはバカ。しかし困った")] == [((4, 6),)]
    assert [hit.spans for hit in engine.screen("あいつはバカ！しかし")] == [((4, 6),)]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("お前は黙れ", True),  # read as the potential 黙れる: the imperative of 黙る
        ("うるさい、黙れ。", True),
        ("お前は黙れよ", True),
        ("黙れない", False),  # the potential itself: cannot keep quiet
        ("あいつは黙れない人だ", False),
        ("黙れて良かった", False),
        ("家に帰れるかな", False),
        ("早く帰れ", True),
    ],
)
def test_a_bare_potential_stem_ending_the_phrase_is_the_imperative(text, flagged):
    engine = _engine("lemma:黙る/命令形", "lemma:帰る/命令形")
    assert bool(engine.screen(text)) is flagged
