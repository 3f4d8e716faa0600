"""Round 14 of the default rules for solicitation, confidential matters, copying, false
alarms, impersonation, privacy, illegal offers, politics, faith and links, as data (see
``defaults_round14.py``): lessons and resold goods; bid prices, personnel moves and internal
papers told; someone's work copied and posted; a disaster foretold on hearsay, deaths said to
be hidden, panic buying; a city notice handled by direct message, a header naming the city in
letters; a person marked out and named, a reporter named; catch poached, papers forged; a
candidate sent to a chamber; joining promised to heal, spirits and a rite; look-alike domains.
"""

from __future__ import annotations

from . import defaults_round14_words2 as words
from .defaults_round13_words import said_forms
from .rule_shapes import pattern


def round14_more_rules(rule) -> list[dict]:
    """The rest of round 14's rules (see ``round14_rules``)."""
    return [
        rule(
            "commercial-lessons-sold",
            "商業（塾や教室の「体験授業へ」「合格率95％」のような宣伝）",
            "commercial",
            "pattern",
            "medium",
            pattern(words.LESSONS, words.LESSON_CALLS, scope="message"),
            "「公務員試験対策の個別指導、合格率95％！ぜひ体験授業へ」のように、塾や教室の授業を"
            "売り込む書き込みを検出します。",
        ),
        rule(
            "commercial-goods-resold",
            "商業（「返礼品、半額で譲ります。欲しい人コメントして」のような物の売り買い）",
            "commercial",
            "pattern",
            "medium",
            pattern(words.RESOLD, words.RESALE_CALLS, said_forms(words.RESALE_CALLS), "message"),
            "「ふるさと納税の返礼品、余ったので半額で譲ります。欲しい人コメントして」「チケット"
            "定価で売ります」のように、市のページで物を売ろうとする書き込みを検出します。",
        ),
        rule(
            "confidential-bid-prices",
            "行政の機密（入札の予定価格を内部から聞いたとして書く）",
            "confidential",
            "pattern",
            "high",
            pattern(words.BID_PRICES, words.HEARD_INSIDE, scope="message"),
            "「来月の入札、予定価格は1億2千万らしい。契約課の知り合いから聞いた」のように、公表"
            "前の入札の予定価格などを内部から聞いたとして書く書き込みを検出します。",
        ),
        rule(
            "confidential-personnel-told",
            "行政の機密（公表前の人事異動や懲戒処分を書く）",
            "confidential",
            "pattern",
            "high",
            pattern(words.PERSONNEL, words.TOLD_EARLY, scope="message"),
            "「人事異動の内示、もう出てるよ。防災課長は総務に飛ばされるってさ」のように、公表前の"
            "人事や処分を書く書き込みを検出します。",
        ),
        rule(
            "confidential-internal-posted",
            "行政の機密（内部資料や市のシステムのパスワードを載せる）",
            "confidential",
            "pattern",
            "high",
            pattern(words.INTERNAL, words.POSTED_OR_OPEN, scope="message"),
            "「職員の懲戒処分の内部資料、写真で撮ったから貼ります」「管理者パスワード、admin/admin"
            "で入れる」のように、市の内部資料やシステムに入る方法を書く書き込みを検出します。",
        ),
        rule(
            "ip-work-copied",
            "知的財産権（記事や漫画・写真を全文スキャンや無断で載せる・売る）",
            "ip_infringement",
            "pattern",
            "medium",
            pattern(words.COPIED, words.POSTED),
            "「週刊誌の記事、全文スキャンして載せときます」「プロの写真、保存して貼りました」"
            "「キャラの画像を勝手に使ったTシャツ作りました」のように、人の著作物をそのまま載せたり"
            "無断で使って売ったりする書き込みを検出します。",
        ),
        rule(
            "false-info-disaster-foretold",
            "虚偽情報（「来週、震度7の地震が来るって」のような災害の予言やうわさ）",
            "false_info",
            "pattern",
            "high",
            pattern(words.DISASTERS, words.FORETOLD, words.FORETOLD_EXCUSED),
            "「来週、震度7の地震が宮城に来るって気象庁の人が言ってた」「明日堤防が決壊するって」の"
            "ように、根拠のない災害の予言やうわさを広める書き込みを検出します。「デマです」「本当"
            "ですか」のような打ち消しや問い合わせは対象外です。",
        ),
        rule(
            "false-info-cover-up",
            "虚偽情報（死者や汚染を市が隠していると決めつける）",
            "false_info",
            "pattern",
            "medium",
            pattern(words.HARMS, words.HIDDEN),
            "「接種した人が何人も亡くなってるのに市は隠している」「水道水に放射性物質が混入してるの"
            "を市が隠してる」のように、根拠なく死者や汚染を市が隠していると広める書き込みを検出"
            "します。",
        ),
        rule(
            "false-info-produce-rumour",
            "虚偽情報（地元の水産物や農産物が危ないといううわさ）",
            "false_info",
            "pattern",
            "medium",
            pattern(
                words.PRODUCE,
                words.SAID_UNSAFE,
                words.SAID_UNSAFE_EXCUSED + said_forms(words.SAID_UNSAFE),
                scope="message",
            ),
            "「石巻の牡蠣からノロウイルスが大量に出て、出荷は全部中止になったらしい」のように、"
            "根拠なく地元の水産物や農産物が危ない・出荷が止まったと広める書き込みを検出します。"
            "「本当ですか」のような問い合わせは対象外です。",
        ),
        rule(
            "false-info-panic-buying",
            "虚偽情報（断水などをうたって買いだめをあおる）",
            "false_info",
            "pattern",
            "medium",
            pattern(words.SHORTAGES, words.HOARD, scope="message"),
            "「明日から水道水は飲めなくなるそうです。水を買いだめして！」のように、断水や品切れを"
            "うたって買いだめをあおる書き込みを検出します。",
        ),
        rule(
            "impersonation-notice-by-dm",
            "なりすまし（「石巻市からのお知らせ」と名乗り、手続きをDMやメッセンジャーで求める）",
            "impersonation",
            "pattern",
            "high",
            pattern(words.CITY_NOTICE, words.BY_DIRECT_MESSAGE, scope="message"),
            "「📢石巻市からのお知らせ📢 追加付与の対象になりました。手続きはメッセンジャーで」の"
            "ように、市を名乗って手続きをDMやメッセンジャーで求める書き込みを検出します。市が"
            "DMで手続きを求めることはありません。",
        ),
        rule(
            "impersonation-city-header-letters",
            "なりすまし（【ISHINOMAKI CITY 公式】のように市の名と「公式」を頭に付ける）",
            "impersonation",
            "regex",
            "high",
            {"pattern": words.CITY_HEADER, "on": "text"},
            "「【ＩＳＨＩＮＯＭＡＫＩ　ＣＩＴＹ　公式】災害支援金の申請受付中」のように、市の名と"
            "「公式」を【】に入れて書き込みの頭に付け、市の案内を装うものを検出します。",
        ),
        rule(
            "privacy-person-marked-out",
            "プライバシー（通院先や事故の当事者などと一緒に名前や住所を書く）",
            "privacy",
            "pattern",
            "high",
            pattern(words.MARKED_OUT, words.NAME_OR_ADDRESS, words.NAME_EXCUSED, "message"),
            "「隣の家の息子、精神科に通ってる。名前は阿部ゆうた」「事故の運転手、家族は妻と娘、"
            "住所は鹿妻南」のように、病歴や事故などで人を特定し、名前や住所を書く書き込みを検出"
            "します。「名前は公表されていますか」のような問い合わせは対象外です。自動で非表示に"
            "します。",
        ),
        rule(
            "privacy-reporter-named",
            "プライバシー（通報や苦情をした人を名指しする）",
            "privacy",
            "pattern",
            "high",
            pattern(words.REPORTERS, words.NAMED),
            "「児童相談所に通報した人、〇〇町の加藤さんだって」のように、通報や苦情をした人を"
            "名指しする書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "illegal-poached-catch",
            "違法行為（ナマコやアワビの密漁品を売りさばく）",
            "illegal",
            "pattern",
            "high",
            pattern(words.CATCH, words.SOLD_ON, scope="message"),
            "「ナマコ流せる業者知ってる人いない？夜の漁港で採れるやつ」のように、密漁した水産物を"
            "売りさばこうとする書き込みを検出します。",
        ),
        rule(
            "illegal-papers-forged",
            "違法行為（診断書や証明書の偽造を請け負う）",
            "illegal",
            "pattern",
            "high",
            pattern(words.PAPERS, words.FORGED, said_forms(words.FORGED), scope="message"),
            "「医師の診断書、偽造いたします。ご依頼はメッセージで」のように、診断書や証明書などの"
            "偽造を請け負う書き込みを検出します。",
        ),
        rule(
            "political-sent-to-chamber",
            "政治（「〇〇さんを市議会へ」のような候補者の売り込み）",
            "political",
            "pattern",
            "low",
            pattern(words.CANDIDATES, words.SENT_TO_CHAMBER),
            "「🗳️〇〇さんを市議会へ🗳️ 若い力で石巻を！」のように、候補者を議会や市長に送ろうと"
            "呼びかける選挙運動の書き込みを検出します。",
        ),
        rule(
            "religious-joining-heals",
            "宗教（「入会すれば病気も治ります」のような入信の勧誘）",
            "religious",
            "pattern",
            "low",
            pattern(words.JOINING, words.HEALED, scope="message"),
            "「今こそ信仰に目覚めるときです。○○会に入会すれば病気も治ります」のように、入会や入信"
            "で病気が治る・救われると勧誘する書き込みを検出します。",
        ),
        rule(
            "religious-spirits-rite",
            "宗教（「霊が成仏できずにいます。当会の祈祷で救えます」のような霊感の勧誘）",
            "religious",
            "pattern",
            "low",
            pattern(words.SPIRITS, words.RITE_OFFERED, scope="message"),
            "「亡くなった方の霊が成仏できずにいます。当会の祈祷で救えます。ご連絡ください」のように、"
            "霊や因縁を説いて祈祷や鑑定に誘う書き込みを検出します。",
        ),
        rule(
            "harmful-link-lookalike-domain",
            "有害リンク（xn--で始まる国際化ドメインで本物に似せたログイン画面）",
            "harmful_link",
            "pattern",
            "high",
            pattern(words.PUNYCODE, words.LOGIN_LURES, scope="message"),
            "「見てこれ→ h**ps://xn--ishinomak-q9a.com/login （アカウント確認）」のように、本物に"
            "似せた国際化ドメイン（xn--）でログインやアカウント確認に誘う書き込みを検出します。",
        ),
    ]
