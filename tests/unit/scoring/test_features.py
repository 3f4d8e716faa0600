"""Feature extraction: what the learned scorer reads in a comment (no database)."""

from __future__ import annotations

import numpy as np

from scoring.features import (
    Lexicon,
    build_vectoriser,
    feature_names,
    normalise,
    normalise_batch,
)


def test_normalise_undoes_width_spacing_and_stretching():
    assert normalise("市長は辞めろ") == "市長は辞めろ"
    # Spaces and symbols inserted to dodge filters are gone; half width is widened and
    # katakana read as hiragana.
    assert normalise("ｼ長は　辞　め　ろ！！").endswith("辞めろ")
    assert normalise("ﾊﾞｶ") == normalise("バカ") == normalise("ばか") == "ばか"
    assert normalise("ばーーーか") == "ばか"
    assert normalise("ＡＢＣ１２３") == "abc123"
    assert normalise("🙂") == ""


def test_batch_normalisation_equals_the_string_function():
    texts = [
        "ｶﾞｯｺｳ", "か゛", "㍿ありがとう", "ΟΣ ΣΑΣ", "ばあああか", "ァア", "e\u0301",
        "a\x00b", "", "🙂", "辞　め　ろ！！", "한국어", "ℌ𝐀", "ヽヾ", "マイナンバーカード",
    ]  # fmt: skip
    joined, codes = normalise_batch(texts)
    assert joined.split("\x00") == [normalise(text) for text in texts]
    assert len(codes) == len(joined) and int((codes == 0).sum()) == len(texts) - 1


def test_lexicon_reads_dictionary_forms_and_keeps_compounds_whole():
    lexicon = Lexicon.harvest(
        ["市長は辞めろ。", "辞めてください", "マイナンバーカードの申請、ありがとう。"]
    )
    # The word view holds dictionary forms: 辞めろ (imperative) reads as 辞める, also in a
    # text the analyser never read, and through an evasion.
    assert "辞める" in lexicon.words(normalise("市長は辞めろ"))
    assert "辞めろ" not in lexicon.words(normalise("市長は辞めろ"))
    assert "辞める" in lexicon.words(normalise("部長は 辞 め て"))
    words = lexicon.words(normalise("マイナンバーカードの申請、ありがとう。"))
    assert "マイナンバーカード" in words
    assert "バーカ" not in words and "、" not in words and "。" not in words


def test_vectoriser_has_character_and_word_features_with_prefixes():
    texts = ["市長は辞めろ", "市長は辞めて", "いつもありがとう", "いつもありがとう"]
    vectoriser = build_vectoriser()
    matrix = vectoriser.fit_transform(texts)
    names = feature_names(vectoriser)
    assert matrix.shape == (4, len(names))
    assert "w:辞める" in names  # both inflections counted as one word (min_df=2)
    assert "c:市長" in names and "c:市" in names
    assert all(name.startswith(("c:", "w:")) for name in names)
    # Each view's part of a row has unit length (as in a FeatureUnion of two TF-IDF), and
    # transforming the training texts again gives the same rows.
    chars = len(vectoriser.chars.keys)
    for part in (matrix[:, :chars], matrix[:, chars:]):
        lengths = np.sqrt(np.asarray(part.multiply(part).sum(axis=1)).ravel())
        assert np.allclose(lengths, 1.0, atol=1e-5)
    again = vectoriser.transform(texts)
    assert abs(again - matrix).max() < 1e-6
    # Unknown text still transforms (no error, no features), also in a batch.
    assert vectoriser.transform(["🙂"]).nnz == 0
    assert vectoriser.transform([]).shape == (0, len(names))
    mixed = vectoriser.transform(["🙂", "市長は辞めろ"])
    assert mixed[0].nnz == 0 and abs(mixed[1] - matrix[0]).max() < 1e-6


def test_features_match_scikit_learns_tfidf_arithmetic():
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = ["ありがとう", "ありがとうございます", "ありがたい", "ありがとう"]
    ours = build_vectoriser()
    matrix = ours.fit_transform(texts)
    chars = len(ours.chars.keys)
    reference = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=2)
    expected = reference.fit_transform([normalise(t) for t in texts])
    columns = {name: j for j, name in enumerate(reference.get_feature_names_out())}
    order = [columns[name[2:]] for name in feature_names(ours)[:chars]]
    assert np.allclose(matrix[:, :chars].toarray(), expected[:, order].toarray(), atol=1e-6)


def test_a_batch_gives_the_rows_its_texts_give_one_by_one():
    from scipy import sparse

    texts = ["市長は辞めろ", "", "市長は辞めて", "🙂", "いつもありがとう", "市長", "ありがとう市長"]
    vectoriser = build_vectoriser()
    vectoriser.fit_transform(texts * 2)
    batch = vectoriser.transform(texts)
    one_by_one = sparse.vstack([vectoriser.transform([text]) for text in texts])
    assert batch.has_sorted_indices and batch.nnz == one_by_one.nnz > 0
    assert abs(batch - one_by_one).max() < 1e-6
