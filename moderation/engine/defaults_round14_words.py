"""The words of round 14 of the default rules for threats, public order, discrimination,
defamation and obscenity (``defaults_round14.py`` builds the rules;
``defaults_round14_words2.py`` holds the words of the other clauses and
``defaults_round14_widening.py`` widens earlier rules).

Precision first, as in ``defaults.py``: a word that is ordinary alone (爆破, 頭の中, 尻, 猫)
is only one half of a pattern, said with the other half in the same sentence or message.
"""

from __future__ import annotations

# --- threat -----------------------------------------------------------------------------------

# Buildings a bombing is announced for, and the bare noun that announces it (明日、市役所を爆破):
# the verb (爆破する) is the violence rule's; the noun said alone is the announcement.
BUILDINGS = [
    "市役所", "役所", "庁舎", "本庁舎", "支所", "市長室", "議会", "市議会", "学校", "小学校", "中学校",
    "公民館", "駅", "石巻駅", "病院", "体育館", "図書館",
]  # fmt: skip
BLOWN_UP = ["爆破", "爆破します", "爆破しちゃう", "爆破予定", "爆破決行"]  # fmt: skip
# The noun in the words of a report, a demolition or a drill.
BLOWN_UP_EXCUSED = [
    "爆破予告", "爆破事件", "爆破解体", "爆破訓練", "爆破テロ", "爆破未遂", "爆破騒ぎ", "爆破シーン",
    "爆破されたら", "爆破するという", "爆破作業", "爆破工事", "爆破処理", "爆破実験",
]  # fmt: skip

# An official wished a long life or a safe way home, in a tone that threatens (市長さん長生き
# できるといいですね、帰り道で車に気をつけて、ね？).
OFFICIALS = [
    "市長", "副市長", "議員", "市議", "課長", "部長", "係長", "職員", "担当", "担当者", "担当の方",
    "窓口の人", "役人", "公務員", "先生",
    # a title and its さん are read together where the title alone is split (市長さん)
    "市長さん", "課長さん", "議員さん", "部長さん", "係長さん", "職員さん", "担当さん",
]  # fmt: skip
SARCASTIC_CARE = [
    "長生きできるといいですね", "長生きできるといいね", "長生きしたければ", "長生きしたかったら",
    "せいぜい長生き", "夜道に気をつけろ", "夜道には気をつけろ", "夜道に気をつけな", "せいぜい夜道",
    "夜道には気をつけな", "背中に気をつけ",
]  # fmt: skip

# Polite care that threatens once a person's routine is said to be known (round 13's rule).
POLITE_NIGHT_CARE = [
    "夜道には十分お気をつけ", "夜道にはお気をつけ", "夜道にはくれぐれも", "夜道にお気をつけ",
    "帰り道にはお気をつけ", "お帰りの際はお気をつけ", "帰り道にはくれぐれも",
]  # fmt: skip
ROUTINE_KNOWN = [
    "いらっしゃいますよね", "使っていらっしゃいますよね", "使ってますよね", "使っていますよね",
    "乗ってますよね", "乗っていますよね", "歩いてますよね", "歩いていますよね",
]  # fmt: skip

# A weapon or a skull pointed at an official, or after a warning (市長👉💀 覚えとけ🔪🔪): read on
# the text as written, as round 9's emoji weapons.
_WEAPONS = "(?:🔪|🗡️?|💀|☠️?|🔫|💣|🧨|⚰️?)"
_AIMED_AT = "(?:市長|副市長|職員|議員|市議|役所|市役所|役人|公務員|課長|部長|係長|担当者?)"
EMOJI_POINTED = (
    f"{_AIMED_AT}(?:さん|様|ども|ら)?[ 　]?(?:👉|👈|➡️?|→)[ 　]?{_WEAPONS}"
    f"|(?:覚えとけ|覚えてろ|覚えておけ|待ってろ|待っとけ|覚悟しろ|覚悟しとけ|許さねぇ|許さねえ)"
    f"[ 　!！]?{_WEAPONS}"
)

# Dialect beating and no escape (ぶったたいでやっぺ, 逃げらんねぇど): the voiced て of the coast.
DIALECT_BEATING = [
    "ぶったたいでやっぺ", "ぶったたいでやる", "ぶったたいでやっから", "ぶっただいでやっぺ",
    "ぶんなぐってやっぺ", "ぶんなぐってやっから", "ぶっ叩いてやっぺ", "ぶっ叩いてやる", "ぶったたいてやる",
    "逃げらんねぇど", "逃げらんねえど", "逃げらんねぇぞ", "逃げらんねえぞ", "逃がさねぇど",
]  # fmt: skip

# An office burned, said with the day or in dialect (明日燃やす, 火つけでやっからな).
BURNED_DAY_OR_DIALECT = [
    "明日燃やす", "今夜燃やす", "今日燃やす", "明日燃やします", "今夜燃やします", "近いうちに燃やす",
    "火つけでやっから", "火つけでやる", "火ぃつけでやっから", "火つけでやっぺ", "燃やしでやっから",
    "燃やしてやっから", "燃やしでやる", "火つけっから",
]  # fmt: skip
# 燃やす as the day's burnable rubbish (明日燃やすごみの日).
BURNED_EXCUSED = [
    f"substr:{said}{rubbish}"
    for said in ("明日燃やす", "今夜燃やす", "今日燃やす")
    for rubbish in ("ご", "ゴ", "もの", "物", "日", "予定の")
]

# A conditional said with a threat of what follows (回答がない場合、…どうなっても責任は取り
# かねます): the target of round 8's fuel-carried rule, whose predicate is the fuel.
CONDITIONAL_WARNINGS = [
    "回答がない場合", "返事がない場合", "返答がない場合", "対応しない場合", "どうなっても",
    "責任は取りかねます", "責任は持てません", "保証できません",
]  # fmt: skip

# --- defamation -------------------------------------------------------------------------------

# An insult spelled apart into quoted letters (「ば」に「か」をつけた人間): read on the text as
# written, as round 13's spelled-apart 死ね.
_JOINED = "\\s?(?:と|に|、|,|＋|\\+)?\\s?"
# (「ば」と「か」のつく地名 names letters, not a person.)
_NOT_LETTERS = "(?!の?(?:つく|付く|で始|を含|が付|がつ))"
INSULT_SPELLED_APART = "|".join(
    f"[「『](?:{a})[」』]{_JOINED}[「『](?:{b})[」』]{_NOT_LETTERS}"
    for a, b in (
        ("ば|バ|馬", "か|カ|鹿"),
        ("あ|ア", "ほ|ホ"),
        ("く|ク", "ず|ズ"),
        ("か|カ", "す|ス"),
    )
)

# A head said to be empty (頭の中、きっと空洞で音が響く): of a named person, not of oneself.
HEAD = ["頭の中", "頭ん中", "脳みそ", "脳ミソ", "おつむ", "頭蓋骨の中"]
EMPTY = [
    "空洞", "スカスカ", "すっからかん", "カラッポ", "空っぽ", "音が響く", "何も入ってない",
    "何も入っていない", "詰まってない", "カニ味噌", "おがくず",
]  # fmt: skip
EMPTY_EXCUSED = [
    "私の頭の中", "俺の頭の中", "自分の頭の中", "僕の頭の中", "うちの子の頭の中", "substr:空っぽにな",
    "substr:空っぽにし", "substr:空っぽになる",
]  # fmt: skip

# People thrown away (職員＝🗑️ 全員ゴミ箱行き): the bin said of people.
PEOPLE = OFFICIALS + ["あいつら", "こいつら", "議員ども", "職員ども", "全員", "職員全員"]
BINNED = ["ゴミ箱行き", "ごみ箱行き", "ゴミ箱に捨てろ", "ゴミ箱へ", "ゴミ箱にポイ", "粗大ゴミだ", "生ゴミだ"]  # fmt: skip

# --- discrimination ---------------------------------------------------------------------------

# A group said to be kept out (外人なんか浜さ入れんな), in the plain or the dialect imperative.
KEPT_OUT = [
    "入れんな", "入れるな", "入れんなよ", "入れんなっちゃ", "入れさせるな", "入れねぇ", "入れてやるな",
    "寄せつけるな", "寄せ付けるな", "近寄らせるな", "入れねえでけろ",
]  # fmt: skip
# Crime, noise or lost jobs blamed on a group (あいつらは集団で騒ぐ, 日本人の仕事を奪って、
# 治安を悪くしている).
BLAMED = [
    "治安を悪くしている", "治安を悪くしてる", "治安が悪くなった", "治安が悪くなる", "日本人の仕事を奪",
    "仕事を奪ってる", "仕事を奪っている", "集団で騒ぐ", "夜中に何をしているか分からない",
    "何をするか分からない", "何するかわからない",
]  # fmt: skip
# A child with a disability asked, politely, to go elsewhere (別の学校に通わせていただけない
# でしょうか).
SENT_ELSEWHERE = [
    "別の学校に通わせ", "別の学校へ通わせ", "別の学校に行かせ", "別の学校に移", "別のクラスにし",
    "別のクラスに移", "特別支援学校に行かせ", "同じクラスにしないで", "来させないで", "遠慮していただけ",
]  # fmt: skip
# Children with a disability, named politely (障害のあるお子さん).
DISABLED_CHILDREN = [
    "障害のあるお子さん", "障害のある子", "障害のある子ども", "障害のある子供", "障がいのあるお子さん",
    "障がいのある子", "発達障害の子", "支援学級の子", "障害児のお子さん",
]  # fmt: skip
# Women said unfit to lead (さすが女性の課長、感情的でお話になりませんね).
WOMEN_LEADING = ["女性の課長", "女性課長", "女性の管理職", "女性管理職", "女性の上司", "女性の部長", "管理職は"]  # fmt: skip
UNFIT_MORE = ["感情的で", "お話になりません", "男じゃないと", "男でないと", "男がやるべき"]

# --- obscene ----------------------------------------------------------------------------------

# A body part and a touch asked for (尻触らせでけねぇべか, いい尻してっちゃ).
BODY = ["尻", "お尻", "ケツ", "けつ", "胸", "おっぱい", "乳", "太もも", "ふともも", "脚", "身体"]
TOUCHED = [
    "substr:触らせ", "substr:揉ませ", "substr:揉みたい", "substr:触りたい", "substr:なめたい",
    "substr:舐めたい", "substr:揉ませろ", "substr:触らせろ", "い尻して", "いいケツして", "でかい胸",
]  # fmt: skip
# Underwear asked about (下着の色を教えていただけますでしょうか).
UNDERWEAR = ["下着の色", "パンツの色", "ブラの色", "下着", "パンツ", "スリーサイズ", "カップ数"]
ASKED_ABOUT = ["lemma:教える", "何色", "見せて", "見せてください", "興味がございまして", "興味があって"]  # fmt: skip

# --- public order -----------------------------------------------------------------------------

# An animal hurt and shown for fun (猫を捕まえて川に沈める動画上げたらバズった笑).
ANIMALS = ["猫", "ネコ", "ねこ", "子猫", "野良猫", "犬", "イヌ", "子犬", "野良犬", "動物", "カラス", "ハト"]  # fmt: skip
HURT = [
    "lemma:沈める", "虐待動画", "lemma:蹴り殺す", "lemma:焼き殺す", "lemma:痛めつける",
    "lemma:吊るす", "生き埋め", "エアガンで撃", "毒餌を撒いた", "毒餌をまいた", "毒餌撒いた",
    "毒餌まいた", "毒餌を撒いてやった",
]  # fmt: skip
# The same said as a report or in condemnation.
HURT_EXCUSED = [
    "substr:沈められ", "substr:虐待動画を通報", "substr:毒餌が撒", "substr:毒餌をまかれ",
    "substr:毒餌を撒かれ", "substr:痛めつけられ", "substr:吊るされ", "substr:生き埋めにな",
]  # fmt: skip
# A riot called for at an event (成人式で暴れて目立とうぜ。パトカー来たら勝ち).
RIOT_CALLS = [
    "lemma:暴れる/意志推量形",
    "暴れて目立とう",
    "暴れて目立",
    "パトカー来たら勝ち",
    "パトカー呼ばれたら勝ち",
    "警察来たら勝ち",
]

# A page raided with comments (荒らしに来ましたー。みんなで埋め尽くそうぜ).
PAGES = ["ページ", "このページ", "コメント欄", "ここ", "このアカウント", "この投稿", "掲示板"]
RAIDED = [
    "荒らしに来", "lemma:荒らす/意志推量形", "荒らします", "荒らしまくる", "荒らしてやる",
    "lemma:埋め尽くす/意志推量形", "コメントで埋め", "スパムで埋め",
]  # fmt: skip
