"""Round 17 of the default rules for privacy, solicitation, confidential matters, false
alarms, impersonation, intellectual property, illegal acts, links and politics, as data (see
``defaults_round17.py``): a welfare recipient or a family in arrears named, a list of names
posted, a commenter unmasked, an owner traced through the land register, a My Number written
out; a contractor's or an investor's pitch, a shop undercutting the hometown tax; papers and
decisions told before they are public; a rumour to spread, hoarding urged, a false all-clear,
a vaccine scare; a division's giveaway asking for a card; a work copied out or shared; catch
sold untraceably, rubbish dumped, driving while banned; a punycode link, an
address spelt out with a password; a rally, a petition,
a candidate pushed.
"""

from __future__ import annotations

from . import defaults_round17_words2 as words
from .rule_shapes import pattern


def round17_more_rules(rule) -> list[dict]:
    """The rest of round 17's rules (see ``round17_rules``)."""
    return [
        rule(
            "privacy-recipient-named",
            "個人情報（「生活保護もらってるのは〇〇町の高橋って人です」のように受給者や滞納者を名指しする）",
            "privacy",
            "pattern",
            "high",
            pattern(words.ON_WELFARE, words.NAMED_HERE, scope="message"),
            "「生活保護もらってるくせにパチンコ行ってるのは大門町の高橋まさるって人です」「給食費"
            "滞納してる家リスト、誰か作って。知ってるのはＫ野さんち」のように、生活保護の受給者や"
            "滞納している家を名指しする書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "privacy-list-posted",
            "個人情報（「参加者名簿、写真撮っといたから載せます」のように名簿や他人のIDを晒す）",
            "privacy",
            "pattern",
            "high",
            pattern(words.LISTS, words.LIST_POSTED),
            "「防災訓練の参加者名簿、写真撮っといたから載せます。名前と住所と電話、全部読める」"
            "「この男のlineのIDこれ、晒します」のように、名簿や他人の連絡先を載せる書き込みを検出"
            "します。自動で非表示にします。",
        ),
        rule(
            "privacy-commenter-unmasked",
            "個人情報（「あのアカウントの人は実は〇〇さんで、住所は…」のように投稿者の身元を暴く）",
            "privacy",
            "pattern",
            "high",
            pattern(words.ACCOUNT_BEHIND, words.UNMASKED, scope="message"),
            "「「石巻ファン」というアカウントの人は、実は市役所の臨時職員の大友さんで、住所は渡波の"
            "〇〇団地、奥さんは保育所で働いています」のように、投稿者の本名・住所・家族を暴く書き込み"
            "を検出します。自動で非表示にします。",
        ),
        rule(
            "privacy-owner-traced",
            "個人情報（「登記簿見たら〇〇って人だった。連絡先は…」）",
            "privacy",
            "pattern",
            "high",
            pattern(words.TRACED, words.TRACED_TOLD, scope="message"),
            "「浸水した家の持ち主、登記簿見たら東京にいる〇〇って人だった。連絡先の続きは自分で"
            "調べて」のように、登記簿などで個人を突き止めて広める書き込みを検出します。自動で非表示"
            "にします。",
        ),
        rule(
            "privacy-my-number-written",
            "個人情報（「マイナンバーなくした 3489 2201 7736」のように個人番号を書く）",
            "privacy",
            "regex",
            "high",
            {"pattern": words.MY_NUMBER_WRITTEN, "on": "text"},
            "「マイナンバーなくしたっぽいので書いときます 3489 2201 7736」のように、マイナンバー"
            "（個人番号）と12桁の数字を書く書き込みを検出します。検査用の数字が合わない番号も対象"
            "です。自動で非表示にします。",
        ),
        rule(
            "commercial-pitches",
            "商業（「足場代無料、お見積りは0120…」「フォロワーを増やすご提案」のような売り込み）",
            "commercial",
            "terms",
            "medium",
            {"terms": words.TRADE_OFFERS},
            "「外壁塗装なら当社へ！足場代無料、お見積りは0120-…」「仮想通貨で損失を取り戻しません"
            "か？限定グループに招待します」「フォロワーを1万人増やすご提案を」「うちのメルカリ"
            "ショップで売ってるよ」「送料込み半額、市に寄付するより得ですよ」のような売り込みや勧誘を検出します。",
        ),
        rule(
            "confidential-told-early",
            "行政の機密（「まだ公表前なので内緒」「会議資料見ちゃいました」のような未公表の内部情報）",
            "confidential",
            "terms",
            "medium",
            {"terms": words.LEAKED},
            "「人事異動の内示出ました（まだ公表前なので内緒）」「庁内会議資料（非公開）を載せときます」"
            "「会議資料見ちゃいました」「内部の者です」のように、公表前の人事・入札・決定や非公開の"
            "資料を書き込むものを検出します。",
        ),
        rule(
            "confidential-insider-tells",
            "行政の機密（元職員や内部の者が、ログインIDや予定価格を明かす）",
            "confidential",
            "pattern",
            "medium",
            pattern(
                words.INSIDERS + words.TENDER_FIXED,
                words.INSIDE_MATTERS + words.FIXED,
                scope="message",
            ),
            "「情報システム課の元職員です。端末のログインIDは課名＋内線番号、パスワードも全部同じ」"
            "「新庁舎の入札、予定価格は18億円で、もう〇〇建設に決まってます」のように、内部の者を"
            "名乗って機密を明かす書き込みを検出します。",
        ),
        rule(
            "false-info-rumour-spread",
            "虚偽情報（「拡散希望！市は隠してる」のように根拠のないうわさを広める）",
            "false_info",
            "pattern",
            "medium",
            pattern(words.SPREAD_ASKED, words.RUMOURED, scope="message"),
            "「拡散希望！水道水から放射性セシウムが出たって。市は隠してる」「堤防が決壊した！"
            "今すぐ逃げて！拡散して！」「軍艦が入ってきてるって写真回ってきた！市はなんで黙ってる"
            "の？」のように、根拠を示さないうわさを拡散させようとしたり、市が隠していると広めたり"
            "する書き込みを検出します。",
        ),
        rule(
            "false-info-hoarding-urged",
            "虚偽情報（「来月からごみ袋500円になる、今のうちに買いだめしとけ」のように買いだめをあおる）",
            "false_info",
            "terms",
            "medium",
            {"terms": words.HOARD_URGED},
            "「来月からごみ袋1枚500円になるってよ。今のうちに買いだめしとけ」のように、うわさで"
            "買いだめをあおる書き込みを検出します。",
        ),
        rule(
            "false-info-all-clear",
            "虚偽情報（「警報は解除されたから海岸に戻っても大丈夫」のような誤った解除の情報）",
            "false_info",
            "pattern",
            "high",
            pattern(words.WARNINGS, words.ALL_CLEAR, words.ALL_CLEAR_ASKED, scope="message"),
            "「津波警報、今は解除されたから海岸に戻っても大丈夫って市の放送で言ってた」のように、"
            "警報や避難指示が解かれたと告げて危険な場所へ戻らせる書き込みを検出します。「戻っても"
            "大丈夫ですか？」のような質問は対象外です。",
        ),
        rule(
            "false-info-vaccine-scare",
            "虚偽情報（「ワクチン打った人の半分はもう亡くなってる」のような医療のデマ）",
            "false_info",
            "pattern",
            "medium",
            pattern(words.VACCINE, words.VACCINE_SCARE, scope="message"),
            "「ワクチン打った人の半分はもう亡くなってる。子どもには絶対打たせないで」のような、"
            "ワクチンについての根拠のない話を検出します。",
        ),
        rule(
            "impersonation-division-giveaway",
            "なりすまし（「観光課公式です、当選者にはDMでカード情報の確認」のような偽のプレゼント企画）",
            "impersonation",
            "pattern",
            "high",
            pattern(words.DIVISION_OFFICIAL, words.GIVEAWAY_CARD, scope="message"),
            "「観光課公式です🎉 いいね＆シェアでプレゼント！当選者にはDMでカード情報の確認をします」"
            "のように、市の課を名乗ってカード情報などを求める書き込みを検出します。",
        ),
        rule(
            "ip-copied-shared",
            "知的財産（「有料記事を全文ここに書き写します」「スキャンしたPDFを配ってます」）",
            "ip_infringement",
            "terms",
            "medium",
            {"terms": words.COPIED, "exceptions": words.COPIED_WARNED},
            "「今朝の新聞記事、有料だから全文ここに書き写しておきます」「漫画を全巻スキャンしたPDF"
            "を配ってます」「プロが撮った写真、勝手に転載しとくね」「映画の無料フル動画、ここで"
            "見れる」のように、他人の著作物を写して広める書き込みを検出します。",
        ),
        rule(
            "illegal-untraceable-deals",
            "違法（「漁協通さないで買い取ります、足はつかない」のような闇取引）",
            "illegal",
            "pattern",
            "high",
            pattern(words.DEALS, words.UNTRACEABLE, scope="message"),
            "「アワビとナマコ、漁協通さないで安く買い取ります。足はつかないよ」のように、正規の"
            "流通を通さず跡が残らないと誘う取引を検出します。",
        ),
        rule(
            "illegal-dumping-urged",
            "違法（「河川敷に夜捨てればいい」のような不法投棄のすすめ）",
            "illegal",
            "pattern",
            "medium",
            pattern(words.DUMP_PLACES, words.DUMPED, words.DUMP_WARNED),
            "「粗大ごみ出すの金かかるから、河川敷に夜捨てればいいっぺ」のように、ごみを川や山に"
            "捨てるようすすめる書き込みを検出します。",
        ),
        rule(
            "illegal-driving-banned",
            "違法（「免許停止中だけど普通に運転してる」のような無免許運転の自慢やすすめ）",
            "illegal",
            "pattern",
            "medium",
            pattern(words.DRIVING_BANNED, words.DRIVES_ANYWAY),
            "「免許停止中だけど、裏道なら検問ないから普通に運転してるわ」のように、無免許運転を"
            "自慢したりすすめたりする書き込みを検出します。",
        ),
        rule(
            "harmful-link-punycode",
            "有害リンク（「xn--」で始まる、市のアドレスに似せた国際化ドメイン）",
            "harmful_link",
            "regex",
            "high",
            {"pattern": words.PUNYCODE, "on": "text"},
            "「被災証明、オンラインでもらえます👉 https://xn--ishinomak-….jp」のように、文字を"
            "似せた国際化ドメイン（xn--）へのリンクを検出します。",
        ),
        rule(
            "harmful-link-spelled-password",
            "有害リンク（「いしのまき どっと ぼうさい… ぱすわーど いれると」のように読み書きしたアドレス）",
            "harmful_link",
            "pattern",
            "high",
            pattern(words.SPELLED_DOTS, words.PASSWORD_ASKED, scope="message"),
            "「いしのまき　どっと　ぼうさい　どっと　くりっく　ぱすわーど　いれると　はやく　みれる"
            "よ」のように、アドレスを「どっと」と書いてパスワードの入力へ誘う書き込みを検出します。",
        ),
        rule(
            "political-rally-joined",
            "政治活動（「改憲反対の声を！13日の集会にみんなで参加しましょう」）",
            "political",
            "pattern",
            "medium",
            pattern(words.RALLIES, words.RALLY_JOINED, scope="message"),
            "「改憲反対の声を！13日の集会にみんなで参加しましょう。プラカードは各自で」のように、"
            "政治集会やデモへの参加を呼びかける書き込みを検出します。",
        ),
        rule(
            "political-petitions-and-candidates",
            "政治活動（「請願に賛同を」「職員も署名して」「〇〇候補を推す」）",
            "political",
            "terms",
            "medium",
            {"terms": words.PETITIONS + words.CANVASSED},
            "「原発反対の請願に賛同を。職員も署名して」「町内会として阿部候補を推すことに決めました。"
            "投票日は皆で誘い合って」のように、請願への署名や候補者への投票を呼びかける書き込みを"
            "検出します。",
        ),
    ]
