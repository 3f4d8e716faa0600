"""The default rules on how residents report abuse on a city page rather than say it: quotes
without brackets, the report before the quote (言われた言葉は「死ね」でした), others' posts
pointed at, words asked about or called wrong, scams received; each kind beside the same
words said by the writer (a fake report, the writer's own saying, a threat after a report
verb), which stay flagged."""

import pytest

from moderation.engine import Engine
from moderation.engine.defaults import DEFAULT_RULES
from moderation.engine.quote_leads import reported_before


@pytest.fixture(scope="module")
def engine():
    return Engine.from_rules(DEFAULT_RULES)


def _fired(engine, text):
    return [(hit.rule, [text[s:e] for s, e in hit.spans]) for hit in engine.screen(text)]


@pytest.mark.parametrize(
    "text",
    [
        # quoted without brackets, any particle
        "死ねって言われた",
        "死ねとか書かれてて悲しかったです",
        "「バカ」呼ばわりされた",
        "ガイジって言葉は差別です",
        "ガイジってあだ名をつけられた",
        "息子が同級生からキモいって言われて泣いて帰ってきました",
        "殺すぞって言われたので警察に相談しました",
        "「死ね」、「消えろ」などと言われました",
        "死ね、という書き込みを見ました",
        "ばか、あほ、死ね、と毎日言われました",
        "バカとか死ねとか、ひどい言葉を書く人がいる",
        # the report verb far from the quote, or before it
        "「死ね」と、クラスの男の子たちに毎日のように繰り返し言われていたそうです",
        "子どもが学校で言われた言葉が「消えろ」でした",
        "子どもが学校で言われた言葉は「死ね」です",
        "息子が言われたのは「ガイジ」でした",
        "言われた言葉：「バカ」「死ね」",
        "書き込まれた内容は「死ね」「消えろ」でした",
        "言われたのは「バカ」とか「死ね」とかでした",
        # others' posts on the page
        "このページに「朝鮮人は出ていけ」ってコメントがあったけど削除してください",
        "「死ね」とコメントしている人がいます。通報しました",
        "ガイジとか書き込んでる人がいますが削除してください",
        "在日は帰れ、という書き込みを見ました",
        "外国人は出ていけという投稿が放置されています",
        "在日は帰れとか書いてる人がいた",
        "役所は無能って言う人もいるけど、私は感謝しています",
        "外国人は出ていけと言う人がいて悲しい",
        "「石巻市公式」を名乗るアカウントから友達申請が来ました。偽物ですよね",
        "「死ね」等の書き込みは削除してください",
        "死ねっていうコメントを見た",
        "バカとかいうメッセージが来た",
        "「障害者は出ていけ」っていう投稿を削除してください",
        "「障害者は死ね」というヘイトスピーチは許せない",
        "「死ね」の一言で傷つきました",
        "「税金泥棒」とヤジを飛ばされた",
        "上のコメントの「死ね」は削除すべきでは",
        "昨日の投稿の「バカ」「死ね」を削除してください",
        "「死ね」の書き込みを消してください",
        "市長に対する「無能」「辞めろ」のコメントは削除しないんですか",
        # asking what a word means, or saying it is not OK
        "「きもい」って言うのやめよう",
        "きもいって言うのやめよう",
        "死ねなんて言っちゃダメだよ",
        "「ガイジ」ってどういう意味ですか",
        "ガイジってどういう意味ですか？",
        "「ガイジ」の意味を教えてください",
        "ガイジは差別用語です",
        "「バカ」とか「死ね」とかは絶対に言わないでほしい",
        "「死ね」は言い過ぎだと思います",
        "「キモい」「ウザい」は言葉の暴力です",
        "死ねって書き込むと罪になりますか",
        "死ねと言うのは侮辱罪になりますか",
        # scams received
        "「当選しました」ってメールが来たけど詐欺ですよね",
        "市役所を名乗って「還付金がある」と電話が来た",
        "「簡単に稼げる」という勧誘に注意",
        "「必ず儲かる」という勧誘がありました",
        "「高収入バイト」みたいなDMが来ます",
        "「必ず儲かる」と称する勧誘に注意してください",
        "「簡単に稼げる」に騙されないで",
        "届いたメールの件名が「当選しました」でした",
    ],
)
def test_resident_can_report_abuse_without_being_flagged(engine, text):
    assert _fired(engine, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # abuse in a fake report frame
        "お前に死ねって言ってんだよ",
        "みんな言ってるぞ、死ねって",
        "死ねって言われろ",
        "死ねって言われればいいのに",
        "死ねって言われたくなかったら黙ってろ",
        "死ねって言わないであげる",
        "お前は死ねと言われて当然だ",
        "市長は無能という書き込みに賛成",
        "外国人は出ていけと書いてる人がいるけど、その通りだと思う",
        "外国人は犯罪者ばかりだと言われている",
        # the writer's own saying, though a way of reporting is near
        "「死ね」と言いたい",
        "死ねと言ってやる",
        "「死ね」とコメントしてやる",
        "殺すぞってコメントしとく",
        "お前、死ね、という書き込みをしてやる",
        "ガイジの意味を教えてやる",
        "俺が言いたい言葉は「死ね」",
        "言ってやった言葉は「死ね」",
        "お前に送る言葉は「死ね」",
        "窓口に来たのはバカな職員",
        "バカは差別用語じゃない、お前はバカだ",
        "死ねは言い過ぎじゃない",
        "お前の書き込みは「バカ」そのもの",
        "お前のコメントの「バカ」は正しい",
        "言われた言葉は「死ね」だ。お前に返すよ、死ね",
        # a threat that ends with a report verb
        "殺すぞと言っておく",
        "市長を殺すと書いておく",
        "爆破するって書いておきます",
        "「殺す」と言われたくなければ金を払え",
    ],
)
def test_abuse_dressed_as_a_report_is_still_flagged(engine, text):
    assert _fired(engine, text) != []


@pytest.mark.parametrize(
    ("text", "word", "lead"),
    [
        ("子どもが言われた言葉は「死ね」でした", "死ね", "言われた言葉は"),
        ("言われた言葉:「バカ」「死ね」", "死ね", "言われた言葉:"),
        ("届いたメールの件名が「当選しました」", "当選", "メールの件名が"),
        ("言われたのはバカでした", "バカ", "言われたのは"),
    ],
)
def test_lead_before_a_quote_reports_it(text, word, lead):
    start = text.index(word)
    opening = text.rfind("「", 0, start)
    begins = reported_before(text, start, opening if opening != -1 else None)
    assert begins is not None and text[begins:].startswith(lead)


@pytest.mark.parametrize(
    "text",
    ["お前に言いたい言葉は「死ね」", "窓口に来たのは「バカ」", "言われた。「死ね」"],
)
def test_words_not_received_lead_nothing(text):
    start = text.index("「") + 1
    assert reported_before(text, start, start - 1) is None
