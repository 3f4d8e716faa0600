"""Words the dictionary misreads, read again: a sentence written all in katakana, a verb
with a katakana stem, お前らしね, しねよ and 中の人死ね read as other words, the voiced
て of the north (殺しでやる) and its ばが after は (お前はばがだ). Each rereading is taken only under the conditions its comment gives.

Pure Python apart from Sudachi. :func:`.analysis.analyse` calls these on its words.
"""

from __future__ import annotations

import re

from .dictionary import Token, new_token, part_of_speech, pos_cache, tokenizer

# --- お前らしね ---------------------------------------------------------------------------------
# あいつらしね, 職員らしねよ, おめーらしねや: the dictionary reads X|らし|ね(や), the classical
# auxiliary らし ("it seems") or the stem of らしい, then ね or a noun. Nobody writes either
# right before ね on a city's page (today's is らしいね, らしくねえ), so the words are
# X|ら|しね: a plural and 死ね.
_PLURAL = ("接尾辞", "名詞的", "一般", "*", "*", "*")
_DIE = ("動詞", "一般", "*", "*", "五段-ナ行", "命令形")
_PLAIN_NE = frozenset({"ね", "ねや"})
_NE = _PLAIN_NE | {"ねぇ", "ねえ", "ねー", "ねよ"}


def _reread_rashi(tokens: list[Token]) -> None:
    for index in range(len(tokens) - 2, 0, -1):
        rashi, after = tokens[index], tokens[index + 1]
        if not (
            rashi.surface == "らし"
            and (rashi.lemma == "らし" or rashi.pos[5].startswith("語幹"))
            and after.start == rashi.end
            and after.surface in _NE
        ):
            continue
        if after.surface not in _PLAIN_NE and tokens[index - 1].pos[0] != "代名詞":
            continue  # 春らしねえ may be 春らしいねえ said fast; あいつらしねえ is not
        tokens[index : index + 2] = [
            new_token(("ら", "ら", "ら", "ラ", _PLURAL, rashi.start, rashi.start + 1)),
            new_token(("し" + after.surface, "死ぬ", "死ぬ", "シネ", _DIE, rashi.start + 1, after.end)),
        ]  # fmt: skip


# --- Japanese written in katakana ---------------------------------------------------------
# シチョウヲコロス, ガイジンハデテイケ: a sentence written all in katakana (to evade, or as
# old telegrams did) is one unknown word to the dictionary, which reads katakana as
# loanwords. Read again in hiragana, it is words. But so is a loanword or a name the
# dictionary does not know, forced into kana (カスハラ: かす|はら, ゴミステーション:
# ごみ|す|てー|しょ|ん, イシノマキッズ: いし|の|ま|きっ|ず), so the hiragana reading is taken
# only when it has the grammar of a sentence (a case particle or an ending, not the か or
# わ that end anything), no debris (interjections, stray marks) and the run no long mark,
# which Japanese words written in katakana do not have and loanwords do. The words keep
# the katakana surface and the offsets (the two scripts map character for character).

KATAKANA_SENTENCE = 4  # characters: shorter unknown katakana (a name) is left as it is
_PARTICLES = frozenset("をはがにでへとのもてぞぜよね")
_ENDINGS = frozenset({"ない", "た", "だ", "です", "ます", "れる", "られる", "せる", "させる"})
_NOISE = frozenset({"感動詞", "補助記号", "記号"})
_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def katakana_sentence(surface: str, start: int) -> list[Token] | None:
    """The words of an unknown katakana word read in hiragana, or None (see above)."""
    if not all("\u30a1" <= char <= "\u30f6" for char in surface):
        return None
    morphemes = tokenizer().tokenize(surface.translate(_TO_HIRAGANA))
    if len(morphemes) < 2 or any(m.is_oov() for m in morphemes):
        return None
    words = []
    grammar = False
    for m in morphemes:
        pos = pos_cache.get(m.part_of_speech_id()) or part_of_speech(m.part_of_speech_id())
        coarse = pos[0] if pos else ""
        if coarse in _NOISE:
            return None
        grammar = grammar or (
            coarse == "助詞" and m.surface() in _PARTICLES
            or coarse == "助動詞" and m.normalized_form() in _ENDINGS
        )  # fmt: skip
        words.append(new_token((
            surface[m.begin() : m.end()], m.dictionary_form(), m.normalized_form(),
            m.reading_form(), pos, start + m.begin(), start + m.end(),
        )))  # fmt: skip
    return words if grammar else None


# --- a verb or adjective with a katakana stem -------------------------------------------------
# コロす, コロしてやる, シねよ, キモいんだよ: the stem of a Japanese verb or adjective written in
# katakana and its ending in hiragana. The dictionary reads the katakana as a noun (コロ, a
# dog's name) and the ending as words of their own (す, ねよ), so no word starts or ends
# where the verb does. Read again with the stem in hiragana, the run is words; the reading is
# taken only when it starts with a verb or an adjective the dictionary knows, so a loanword
# before a particle (パンを, バスで, ゴミが) and a name before one (コロしか) stay as read.
# The words keep the katakana surface and the offsets (the scripts map letter for letter).

_KATAKANA_STEM = 2  # letters: a longer katakana word is a loanword (ダサい is in the dictionary)
KATAKANA_STEM_RE = re.compile(r"(?<![\u30a1-\u30fc])[\u30a1-\u30f4]{1,2}[\u3041-\u3096]")
_INFLECTING = frozenset({("動詞",), ("形容詞",)})  # a part of speech's first level


def _is_hiragana(surface: str) -> bool:
    return all("\u3041" <= char <= "\u309f" for char in surface)


def _reread_katakana_stems(tokens: list[Token], text: str, offset: int) -> None:
    index = len(tokens) - 2
    while index >= 0:
        stem = tokens[index]
        after = tokens[index + 1]
        if not (
            len(stem.surface) <= _KATAKANA_STEM
            and stem.pos[0] == "名詞"
            and all("\u30a1" <= char <= "\u30f4" for char in stem.surface)
            and after.start == stem.end
            and _is_hiragana(after.surface)
            and (index == 0 or tokens[index - 1].end < stem.start
                 or not "\u30a1" <= tokens[index - 1].surface[-1] <= "\u30fc")
        ):  # fmt: skip
            index -= 1
            continue
        last = index + 1
        while (
            last + 1 < len(tokens)
            and tokens[last + 1].start == tokens[last].end
            and _is_hiragana(tokens[last + 1].surface)
        ):
            last += 1
        start, end = stem.start, tokens[last].end
        written = text[start - offset : end - offset]
        morphemes = tokenizer().tokenize(written.translate(_TO_HIRAGANA))
        if (
            not len(morphemes)
            or any(m.is_oov() for m in morphemes)
            or part_of_speech(morphemes[0].part_of_speech_id())[:1] not in _INFLECTING
        ):
            index -= 1
            continue
        tokens[index : last + 1] = [
            new_token((
                written[m.begin() : m.end()], m.dictionary_form(), m.normalized_form(),
                m.reading_form(), part_of_speech(m.part_of_speech_id()),
                start + m.begin(), start + m.end(),
            ))
            for m in morphemes
        ]  # fmt: skip
        index -= 1


# しねよ市長, しね市長: glued to the next word, しね is read as the rare verb しねる (to
# pinch, in some dialects), in the imperative or the continuative. On a city's page it is
# 死ね (the imperative alone: しねる's other forms, しねるなら, are left as they are).
_SHINERU_FORMS = ("命令形", "連用形-一般")
_ENDING = ("助詞", "終助詞", "*", "*", "*", "*")


def _reread_shineru(tokens: list[Token]) -> None:
    for index in range(len(tokens) - 1, -1, -1):
        word = tokens[index]
        if word.lemma != "しねる" or word.pos[5] not in _SHINERU_FORMS:
            continue
        if word.surface not in ("しね", "しねよ", "しねや"):
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and following.pos[0] == "助詞" and following.start == word.end:
            continue  # しねば, しねど: a condition, as 死ねば is
        start, split = word.start, word.start + 2
        words = [new_token(("しね", "死ぬ", "死ぬ", "シネ", _DIE, start, split))]
        if word.end > split:
            rest = word.surface[2:]
            words.append(new_token((rest, rest, rest, rest, _ENDING, split, word.end)))
        tokens[index : index + 1] = words


# --- the voiced て of the north -----------------------------------------------------------------
# 殺しでやる, つぶしでやっぺ, 刺しでやる: Tohoku speech voices the て after a verb, and the
# dictionary, finding no verb before a で, may read the verb's stem as a noun or a suffix
# (殺し, 刺し) and で as a case particle. Read again with て, the stem is the verb it is.
# Taken only where a verb that helps another (やる, しまう, くれる, ける, みる, おく) follows
# and the new reading is a verb and its て. A noun before で (話し合いでやる) says how
# something is done; if its stem reads as a verb it is taken as one, which does no harm
# (only a rule on that verb could match), and a noun that is no verb (車でやる) stays.
_HELPERS = frozenset({"やる", "しまう", "くれる", "ける", "みる", "おく", "ちゃう", "まう"})
_TE = ("助詞", "接続助詞", "*", "*", "*", "*")


def _reread_voiced_te(tokens: list[Token], text: str, offset: int) -> None:
    for index in range(len(tokens) - 3, -1, -1):
        stem, de, helper = tokens[index], tokens[index + 1], tokens[index + 2]
        if not (
            de.surface == "で"
            and de.pos[1] == "格助詞"
            and stem.pos[0] in ("名詞", "接尾辞")
            and helper.pos[0] == "動詞"
            and helper.lemma in _HELPERS
            and stem.end == de.start
            and de.end == helper.start
        ):
            continue
        written = text[stem.start - offset : de.start - offset]
        morphemes = tokenizer().tokenize(written + "て")
        if len(morphemes) != 2 or morphemes[1].surface() != "て":
            continue
        verb = morphemes[0]
        pos = part_of_speech(verb.part_of_speech_id())
        if pos[:1] != ("動詞",) or verb.is_oov():
            continue
        tokens[index : index + 2] = [
            new_token((
                stem.surface, verb.dictionary_form(), verb.normalized_form(),
                verb.reading_form(), pos, stem.start, stem.end,
            )),
            new_token(("で", "て", "て", "テ", _TE, de.start, de.end)),
        ]  # fmt: skip


# --- 人死ね ----------------------------------------------------------------------------------
# 中の人死ね, 管理人死ね, あの人死ねや: the dictionary reads 人死 as a noun (people's death,
# itself written 人死に) and ね after it as a particle, so the 死ね of "that person, die"
# is inside a word. Before ね nobody writes 人死 for 人死に: the words are 人|死ね. Other
# deaths stay nouns (事故死ね, あれは病死ね: "an accident, right?").
_PERSON = ("名詞", "普通名詞", "一般", "*", "*", "*")


def _reread_person_died(tokens: list[Token]) -> None:
    for index in range(len(tokens) - 2, -1, -1):
        noun, after = tokens[index], tokens[index + 1]
        if not (
            noun.surface == "人死" and after.start == noun.end and after.surface.startswith("ね")
        ):
            continue
        start = noun.start
        words = [
            new_token(("人", "人", "人", "ヒト", _PERSON, start, start + 1)),
            new_token(("死ね", "死ぬ", "死ぬ", "シネ", _DIE, start + 1, after.start + 1)),
        ]
        if after.end > after.start + 1:
            rest = after.surface[1:]
            words.append(new_token((rest, rest, rest, rest, _ENDING, after.start + 1, after.end)))
        tokens[index : index + 2] = words


# --- お前はばがだ ---------------------------------------------------------------------------------
# ばが is the north's ばか (rules are written for it in the dialect: ばがだ, バガ). After the
# particle は or も the dictionary takes the particle and ば for one noun (はば, 幅) and が
# for a case particle, so ばが is no word there: お前|はば|が|だ. A case particle right before
# the copula (が|だ, が|です, が|じゃ) is no grammar; the words are お前|は|ばが|だ. A 幅
# modified by what comes before (道のはばが) is left as read.
_TOPIC = ("助詞", "係助詞", "*", "*", "*", "*")
_FOOL = ("名詞", "普通名詞", "一般", "*", "*", "*")
_COPULAS = frozenset({"だ", "です"})


def _reread_fool(tokens: list[Token]) -> None:
    for index in range(len(tokens) - 3, -1, -1):
        glued, ga, after = tokens[index], tokens[index + 1], tokens[index + 2]
        if not (
            glued.surface in ("はば", "もば")
            and ga.surface == "が"
            and ga.pos[0] == "助詞"
            and glued.end == ga.start
            and ga.end == after.start
            and (
                after.pos[0] == "助動詞" and after.lemma in _COPULAS
                or after.surface == "で" and index + 3 < len(tokens)
                and tokens[index + 3].surface.startswith("ね")
            )
            and (index == 0 or tokens[index - 1].surface not in ("の", "この", "その", "あの"))
        ):  # fmt: skip
            continue
        start = glued.start
        particle = glued.surface[0]
        tokens[index : index + 2] = [
            new_token((particle, particle, particle, particle, _TOPIC, start, start + 1)),
            new_token(("ばが", "ばが", "ばが", "バガ", _FOOL, start + 1, ga.end)),
        ]


def reread(tokens: list[Token], text: str, offset: int) -> None:
    """Read again, in place, the words of ``text`` the dictionary misreads (see above);
    each rereading runs only when its text can be there."""
    if KATAKANA_STEM_RE.search(text):
        _reread_katakana_stems(tokens, text, offset)
    if "らし" in text:
        _reread_rashi(tokens)
    if "しね" in text:
        _reread_shineru(tokens)
    if "で" in text:
        _reread_voiced_te(tokens, text, offset)
    if "人死" in text:
        _reread_person_died(tokens)
    if "ばが" in text:
        _reread_fool(tokens)
