"""Labelled comments for the scorer benchmark: synthetic city-page comments with their labels.

Shaped like a city page's: greetings, questions, thanks and criticism built from phrase
pools with names, places, dates and numbers, about 10 % harmful (insults, threats,
solicitation, discrimination, personal data, each written several ways, with inflections,
spacing and width tricks), and innocent look-alikes (ばかり, 殺到, マイナンバーカード). A seeded
RNG makes every run the same data.
"""

from __future__ import annotations

import random

NAMES = ["佐藤", "鈴木", "高橋", "阿部", "千葉", "及川", "菅原", "遠藤", "今野", "木村"]
PLACES = ["中瀬公園", "石巻駅前", "河北総合センター", "鮎川浜", "市役所1階", "魚市場", "図書館"]
EVENTS = ["川開き祭り", "防災訓練", "朝市", "健康ウォーク", "子育て相談会", "清掃活動"]
OPENERS = ["", "こんにちは。", "いつも拝見しています。", "初めてコメントします。", "すみません、"]
ENDINGS = ["", "。", "！", "です。", "ですね。", "と思います。", "よろしくお願いします。", "😊"]
ORDINARY = [
    "{event}は雨でも開催しますか", "{place}に駐車場はありますか", "申込は電話でもできますか",
    "{event}楽しかったです、スタッフの皆さんありがとうございました", "最近雨ばかりで困ります",
    "申込が殺到しているようなので早めに申し込みます", "マイナンバーカードの申請はどこでできますか",
    "{place}の桜がきれいでした", "ごみの分別がわかりにくいです", "道路の補修が遅すぎると思います",
    "説明会を土日にも開いてほしいです", "税金の使い道をもっと公開してください", "{name}さん、情報ありがとう",
    "子どもと{event}に行きます", "バスの本数を増やしてほしい", "{m}月{d}日の受付は何時からですか",
    "窓口の待ち時間が長すぎます", "防潮堤の計画にもっと住民の声を", "石巻の海はやっぱり最高",
]  # fmt: skip
HARMFUL = [
    ("defamation", ["市長は無能", "あの職員はバカ", "担当者は{insult}", "{name}は詐欺師", "市役所は{insult}の集まり"]),
    ("threat", ["{target}を殺す", "{target}に火をつけてやる", "{target}を爆破する", "{target}を潰してやる"]),
    ("commercial", ["副業で月収{n}万円", "格安で不用品回収します", "今だけ{n}%オフ、リンクから", "稼げる方法教えます"]),
    ("discrimination", ["よそ者は来るな", "外国人は出ていけ", "{group}は石巻に住むな"]),
    ("privacy", ["{name}の電話は090-{n}-{n2}", "{name}の住所は中央{n}丁目", "連絡先は {mail}@example.com"]),
]  # fmt: skip
HARMFUL_TAILS = ["", "。", "！！", "。さっさと辞めろ", "。ふざけるな", "w", "、覚えてろ"]
INSULTS = ["バカ", "ばか", "ﾊﾞｶ", "アホ", "無能", "ク　ズ", "ごみ", "カス"]
TARGETS = ["市長", "担当者", "職員", "あいつ", "窓口の人"]
GROUPS = ["移住者", "外国人", "よそ者"]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        name=rng.choice(NAMES), place=rng.choice(PLACES), event=rng.choice(EVENTS),
        m=rng.randint(1, 12), d=rng.randint(1, 28), n=rng.randint(10, 99), n2=rng.randint(1000, 9999),
        insult=rng.choice(INSULTS), target=rng.choice(TARGETS), group=rng.choice(GROUPS),
        mail="".join(rng.choice("abcdefghijk") for _ in range(6)),
    )  # fmt: skip


HARSH_BUT_CLEAN = [
    "こんな対応は最悪だと思います", "ふざけた計画はやめてほしい", "市の説明は全く足りない",
    "職員の態度がひどかった、改善を求めます", "バカにされている気がします", "殺人的な暑さですね",
]  # fmt: skip


def _vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    """Pseudo-words (kanji compounds with kana endings) so that the feature space grows
    with the data as real comments' does."""
    kanji = [chr(c) for c in range(0x4E00, 0x4E00 + 1500)]
    endings = ["", "の", "を", "に", "が", "は", "する", "した", "です", "ます"]
    return ["".join(rng.choice(kanji) for _ in range(rng.randint(1, 3))) + rng.choice(endings)
            for _ in range(size)]  # fmt: skip


def make_labelled(count: int, seed: int = 42, harmful_share: float = 0.1, noise: float = 0.03):
    """(text, harmful, clause) triples; ``noise`` of the labels are wrong, as people's
    decisions sometimes are."""
    rng = random.Random(seed)
    vocabulary = _vocabulary(random.Random(1))
    rows = []
    for _ in range(count):
        parts = [rng.choice(OPENERS)]
        if rng.random() < 0.6:
            parts.append("".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 4))) + "。")
        if rng.random() < 0.05:
            parts.append(rng.choice(HARSH_BUT_CLEAN) + "。")
        if rng.random() < noise:
            clause = rng.choice(HARMFUL)[0] if rng.random() < 0.5 else ""
            parts.append(_fill(rng.choice(ORDINARY), rng))
            rows.append(("".join(parts), bool(clause), clause))
            continue
        if rng.random() < harmful_share:
            clause, templates = rng.choice(HARMFUL)
            if rng.random() < 0.5:
                parts.append(_fill(rng.choice(ORDINARY), rng) + "。")
            parts.append(_fill(rng.choice(templates), rng) + rng.choice(HARMFUL_TAILS))
            rows.append(("".join(parts), True, clause))
        else:
            for _ in range(rng.randint(1, 3)):
                parts.append(_fill(rng.choice(ORDINARY), rng) + rng.choice(ENDINGS))
            rows.append(("".join(parts), False, ""))
    return rows


def realistic_labelled(count: int, seed: int = 11):
    """(text, harmful, clause) of ``_realistic.py`` comments of another seed than the
    scored ones: harmful when they hold one of its harmful phrases or its spam."""
    from _realistic import HARMFUL as PHRASES
    from _realistic import SPAM, comments

    clauses = ["defamation", "defamation", "threat", "threat", "discrimination",
               "defamation", "defamation", "commercial", "privacy", "harmful_link",
               "harmful_link", "political"]  # fmt: skip
    rows = []
    for record in comments(count, seed=seed):
        text = record["message"]
        found = [c for phrase, c in zip(PHRASES, clauses, strict=True) if phrase in text]
        if text == SPAM:
            found = ["commercial"]
        rows.append((text, bool(found), found[0] if found else ""))
    return rows
