"""The C-speed paths of de-evasion and normalisation give what the loops give.

Most comments are plain text; for them :func:`deevade` and :func:`normalize` skip their
per-character loops. Screening must not depend on which path a text took, so each fast
path is compared with its loop on random text built from the pieces where they differ.
"""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from moderation.engine.evasion import (
    _ONE_TO_ONE_WORDS,
    _STRETCH_RE,
    Deevaded,
    deevade,
    may_stretch,
    undo_pieces,
)
from moderation.engine.normalize import (
    Normalized,
    _fold_span,
    _undo_evasions,
    _unleet,
    normalize,
)

PIECES = [
    "ば", "か", "バカ", "ばか", "り", " ", "　", "ー", "ｰ", "―", "ﾊﾞ", "ｶ", "。", "、", "だ", "し",
    "ね", "ネ", "マイナンバーカード", "センター", "\u200b", ".", "a", "aa", "o", "BAKA", "Baka",
    "sh1t", "2016", "１２", "\n", "氏", "市", "石巻", "タ", "ヒ", "ﾀ", "ﾋ", "チ", "死", "ん", "で",
    "しまえ", "\u3099", "😀", "ア", "ホ", "！", "？", "!", "あ", "ああ", "いい", "い", "う", "ぁ",
    "ー", "kkk", "ß", "é", "Ａ", "ｂ", "…", "〜", "①", "㍻", "ｱ", "ⓑ", "ⓐ", "🄺", "Ⅲ", "㉄", "💩", "🐷", "\ufe0f", "クソ", "ぇ", "ｪ", "ええ", "ネ",
]  # fmt: skip
texts = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
)


def _deevade_loop(text: str) -> Deevaded:
    pieces = undo_pieces(text)
    return Deevaded(
        text,
        "".join(p[0] for p in pieces),
        tuple(p[1] for p in pieces),
        tuple(p[2] for p in pieces),
    )


def _normalize_loop(text: str) -> Normalized:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    boundary: list[bool] = []
    _fold_span(text, 0, len(text), out, starts, ends, boundary)
    boundary.append(True)
    result = Normalized(text, "".join(out), tuple(starts), tuple(ends), tuple(boundary))
    if any("0" <= c <= "9" for c in result.text):  # what normalize() always did
        result = _unleet(result)
    if "タヒ" in text or "ﾀﾋ" in text or "氏" in text or "市" in text:
        result = _undo_evasions(result)
    return result


@settings(max_examples=600, deadline=None)
@given(texts)
def test_normalize_agrees_with_its_loop(text):
    assert normalize(text) == _normalize_loop(text)


@settings(max_examples=600, deadline=None)
@given(texts)
def test_deevade_agrees_with_its_loop(text):
    fast = deevade(text)
    loop = _deevade_loop(text) if text else Deevaded(text, "", (), ())
    assert (fast.text, fast.starts, fast.ends) == (loop.text, loop.starts, loop.ends)
    if fast.plain:
        assert len(fast.text) == len(text)


@given(texts)
@example("ね・ぇ")
@example("ｼﾈｪ")
@example("ば か あ あ")
@example("カフェでティータイム")
def test_the_stretch_gates_never_refuse_a_stretch(text):
    # may_stretch searches the text itself first, and folds it only when a gate finds
    # something: the answer must be the one folding every text gives.
    assert may_stretch(text) == bool(_STRETCH_RE.search(text.translate(_ONE_TO_ONE_WORDS)))


def test_plain_text_takes_the_fast_paths():
    # Ordinary comments, katakana words with long marks and English included.
    for text in (
        "マイナンバーカードの申請は市役所でできますか。",
        "Thank you for the update!",
        "１２月の予定は？ｶﾀｶﾅもＯＫ！",
    ):
        assert deevade(text).plain
        assert normalize(text).text == _normalize_loop(text).text


def test_evasions_still_take_the_loop():
    for text in ("ば　か", "ﾊﾞｶ", "カーーース", "タヒね", "ば\u200bか", "ｂ ａ ｋ ａ"):
        assert not deevade(text).plain


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_term_can_fire_only_where_the_matching_form_holds_a_key(text):
    # What lets a backtest skip the stored comments whose form holds none of a rule's keys.
    from moderation.engine import Engine
    from moderation.engine.analysed import matching_form
    from moderation.engine.defaults import DEFAULT_RULES

    engine = Engine.from_rules(
        [rule for rule in DEFAULT_RULES if rule["kind"] in ("terms", "pattern")],
        version="fast-paths-keys",
    )
    keys = engine.candidate_keys()
    assert keys is not None
    form = matching_form(text)
    if engine.screen(text):
        assert any(key in form for key in keys), text


@settings(max_examples=300, deadline=None)
@given(texts)
@example("🄰")  # a squared letter: NFKC makes it a letter in de-evasion, a symbol in the table
def test_repetition_compares_the_same_text_on_either_path(text):
    from moderation.engine.analysed import Analysis, matching_text
    from moderation.engine.fastpath import collapse, quick_form

    quick = quick_form(text)
    expected = matching_text(text)
    assert collapse(Analysis(text).normalized.text) == expected
    if quick is not None:
        assert collapse(quick.replace("\x00", "").replace("ー", "")) == expected


def test_letters_in_circles_and_squares_are_read_not_dropped():
    """ⓑⓐⓚⓐ and 🄱🄰🄺🄰 are letters to the full path (NFKC in de-evasion): the pre-check
    must not set them aside as symbols, or the insult would never be read."""
    from moderation.engine import Engine
    from moderation.engine.defaults import DEFAULT_RULES
    from moderation.engine.fastpath import quick_form

    engine = Engine.from_rules(DEFAULT_RULES)
    for text, rule in (
        ("ⓑⓐⓚⓐ", "defamation-insults-ja"),
        ("お前は🄱🄰🄺🄰だ", "defamation-insults-ja"),
        ("ⓚⓘⓛⓛ ⓨⓞⓤ", "threat-violence-ja"),
    ):
        assert quick_form(text) is None  # the full path reads it
        assert rule in {hit.rule for hit in engine.screen(text)}, text
    assert quick_form("市役所はどこですか") == "市役所はどこですか"
