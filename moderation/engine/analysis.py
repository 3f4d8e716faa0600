"""Japanese morphological analysis: a comment read as words, once, for every detector.

The dictionary and the word (:class:`.dictionary.Token`) are in :mod:`.dictionary`; the
words it misreads are read again by :mod:`.rereading`. Pure Python apart from Sudachi.
"""

from __future__ import annotations

from .dictionary import Token, part_of_speech, pos_cache, tokenizer
from .rereading import KATAKANA_SENTENCE, katakana_sentence, reread

# Sudachi refuses very long inputs; comments are split at sentence ends below this size.
_CHUNK = 4000


def _chunks(text: str) -> list[tuple[int, str]]:
    if len(text) <= _CHUNK:
        return [(0, text)]
    pieces = []
    start = 0
    while start < len(text):
        end = min(len(text), start + _CHUNK)
        if end < len(text):
            cut = max(text.rfind(mark, start, end) for mark in "。！？!?\n")
            if cut > start:
                end = cut + 1
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def analyse(text: str, offset: int = 0) -> tuple[Token, ...]:
    """The words of ``text`` in order, their offsets shifted by ``offset``; whitespace is
    not a word. Never raises on a ``str``."""
    if not text:
        return ()
    reader = tokenizer()
    tokens: list[Token] = []
    # Each word costs as much in this loop as in Sudachi: names are bound once, the part of
    # speech is looked up inline, and the tuple built without a call (see new_token).
    append = tokens.append
    build = tuple.__new__
    known_pos = pos_cache
    pos_of = part_of_speech
    for shift, piece in _chunks(text):
        shift += offset
        for morpheme in reader.tokenize(piece):
            surface = morpheme.surface()
            if not surface or surface.isspace():
                continue
            if len(surface) >= KATAKANA_SENTENCE and morpheme.is_oov():
                words = katakana_sentence(surface, shift + morpheme.begin())
                if words:
                    tokens.extend(words)
                    continue
            pos_id = morpheme.part_of_speech_id()
            append(
                build(
                    Token,
                    (
                        surface,
                        morpheme.dictionary_form(),
                        morpheme.normalized_form(),
                        morpheme.reading_form(),
                        known_pos.get(pos_id) or pos_of(pos_id),
                        shift + morpheme.begin(),
                        shift + morpheme.end(),
                    ),
                )
            )
    reread(tokens, text, offset)
    return tuple(tokens)
