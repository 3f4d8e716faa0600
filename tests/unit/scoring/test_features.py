"""Feature extraction: what the learned scorer reads in a comment (no database)."""

from __future__ import annotations

from scoring.features import build_vectoriser, feature_names, prepare, prepare_many


def test_prepare_normalises_evasions_and_reads_dictionary_forms():
    plain = prepare("市長は辞めろ")
    dodged = prepare("ｼ長は　辞　め　ろ！！")
    assert " " not in plain.normalised
    # Spaces and symbols inserted to dodge filters are gone in the character view.
    assert dodged.normalised.endswith("辞めろ")
    # The word view holds dictionary forms: 辞めろ (imperative) reads as 辞める.
    assert "辞める" in plain.lemmas.split()
    assert "辞めろ" not in plain.lemmas.split()


def test_prepare_keeps_compounds_whole_and_drops_punctuation():
    words = prepare("マイナンバーカードの申請、ありがとう。").lemmas.split()
    assert "マイナンバーカード" in words
    assert "バーカ" not in words and "、" not in words and "。" not in words


def test_prepare_many_reads_equal_texts_once_and_keeps_order():
    out = prepare_many(["ばか", "ありがとう", "ばか"])
    assert out[0] == out[2] != out[1]


def test_vectoriser_has_character_and_word_features_with_prefixes():
    texts = prepare_many(["市長は辞めろ", "市長は辞めて", "いつもありがとう", "いつもありがとう"])
    vectoriser = build_vectoriser()
    matrix = vectoriser.fit_transform(texts)
    names = feature_names(vectoriser)
    assert matrix.shape == (4, len(names))
    assert "w:辞める" in names  # both inflections counted as one word (min_df=2)
    assert "c:市長" in names
    assert all(name.startswith(("c:", "w:")) for name in names)
    # Unknown text still transforms (no error, no features).
    assert vectoriser.transform(prepare_many(["🙂"])).nnz == 0
