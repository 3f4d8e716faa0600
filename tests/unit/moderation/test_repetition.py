"""Repetition state: forgets what is outside the window, stays under its byte cap."""

import sys

from moderation.engine import Engine, RepetitionState, RuleSpec
from moderation.engine.repetition import repetition_count, repetition_remember


def _engine(window=600):
    return Engine.from_rules(
        [
            RuleSpec(
                slug="rep",
                clause="spam",
                kind="repetition",
                config={"threshold": 2, "window_seconds": window},
            )
        ]
    )


def test_entries_outside_the_window_are_forgotten():
    engine = _engine(window=600)
    state = RepetitionState()
    for i in range(1000):
        engine.screen(f"著者{i}のコメントです、よろしく", author_id=f"a{i}", created_time=i * 60.0,
                      repetition=state)  # fmt: skip
    # 600 s window, kept twice over: only the last ~20 minutes of authors remain.
    assert len(state.history) <= 21
    assert state.bytes > 0


def test_recent_repeats_are_still_found_after_expiry():
    engine = _engine(window=600)
    state = RepetitionState()
    for i in range(200):
        engine.screen(
            f"別の内容{i}です", author_id=f"a{i}", created_time=i * 60.0, repetition=state
        )
    text = "今すぐこちらをチェックしてください"
    assert engine.screen(text, author_id="s", created_time=20_000.0, repetition=state) == []
    assert engine.screen(text, author_id="s", created_time=20_100.0, repetition=state)


def test_state_is_capped_in_bytes_without_times():
    state = RepetitionState(max_bytes=200_000)
    for i in range(5000):
        repetition_remember(
            state, author=f"a{i}", normalized_text="とても長いコメント" * 20 + str(i)
        )
    assert state.bytes <= 200_000
    assert 0 < len(state.history) < 5000
    # the accounting matches what is really held
    held = sum(sys.getsizeof(t) for entries in state.history.values() for _w, t in entries)
    assert held <= state.bytes


def test_similarity_counts_near_duplicates_only():
    state = RepetitionState()
    repetition_remember(state, author="u", normalized_text="きょうはいいてんきですね")
    near = repetition_count(state, author="u", normalized_text="きょうはいいてんきですねえ",
                            window_seconds=60, similarity=0.8)  # fmt: skip
    far = repetition_count(state, author="u", normalized_text="あしたはあめがふるでしょう",
                           window_seconds=60, similarity=0.8)  # fmt: skip
    assert (near, far) == (1, 0)


def test_a_message_of_emoji_posted_again_and_again_is_a_repeat():
    # The matching text drops emoji; the repeat is still the same message posted again.
    engine = _engine()
    state = RepetitionState()
    hits = [
        engine.screen("🔥🔥🔥🔥🔥🔥🔥", author_id="e", created_time=t, repetition=state)
        for t in (0.0, 60.0)
    ]
    assert hits[0] == [] and [hit.rule for hit in hits[1]] == ["rep"]
    # Another author's, or other emoji, are not this author's repeat.
    assert engine.screen("🔥🔥🔥🔥🔥🔥🔥", author_id="f", created_time=90.0, repetition=state) == []
    assert (
        engine.screen("👎👎👎🐟🐟🐟🐟", author_id="e", created_time=120.0, repetition=state) == []
    )


def test_a_short_message_posted_again_is_no_repeat_with_or_without_emoji():
    engine = _engine()
    state = RepetitionState()
    for text in ("👍", "はい", "👍👍"):
        for t in (0.0, 30.0, 60.0):
            assert engine.screen(text, author_id="g", created_time=t, repetition=state) == []


def test_rows_of_one_symbol_are_the_same_content_whatever_their_length():
    # 👎 in rows of three to seven: the third and later posts are the flood, though a row
    # of three is shorter than the words a repetition rule asks for (min_length 6).
    engine = _engine()
    state = RepetitionState()
    rows = ["🙅🙅🙅🙅🙅", "🙅🙅🙅", "🙅🙅🙅🙅🙅🙅🙅🙅"]
    hits = [
        engine.screen(row, author_id="h", created_time=t * 30.0, repetition=state)
        for t, row in enumerate(rows)
    ]
    assert hits[0] == [] and [hit.rule for hit in hits[1]] == ["rep"]
    assert [hit.rule for hit in hits[2]] == ["rep"]
    # A row of another symbol, or symbols mixed with a word, is another message.
    assert engine.screen("😡😡😡😡", author_id="h", created_time=120.0, repetition=state) == []
    assert engine.screen("🙅🙅🙅はい", author_id="i", created_time=0.0, repetition=state) == []
    assert engine.screen("🙅🙅🙅はい", author_id="i", created_time=9.0, repetition=state) == []


def test_a_flood_of_one_word_is_a_repeat_at_any_length():
    # 消えろ written 15, 40 and 8 times: the lengths differ, the content is the same.
    engine = _engine()
    state = RepetitionState()
    floods = ["消えろ" * 15, "消えろ" * 40, "消えろ" * 8]
    hits = [
        engine.screen(flood, author_id="j", created_time=t * 20.0, repetition=state)
        for t, flood in enumerate(floods)
    ]
    assert hits[0] == [] and all([hit.rule for hit in h] == ["rep"] for h in hits[1:])
    # Sentences of different lengths are not near-duplicates for being long.
    assert engine.screen("ご案内ありがとうございます。", author_id="k", repetition=state) == []
    assert engine.screen(
        "ご案内ありがとうございます。来週の説明会にも家族で参加させていただきます。",
        author_id="k", repetition=state,
    ) == []  # fmt: skip
