"""Round 16 of the default rules for privacy, solicitation, confidential matters, false
alarms, impersonation, intellectual property, illegal acts and links, as data (see
``defaults_round16.py``): a person said to be found out, calls at night urged, a named
person's room number, who was taken to hospital; dating and affiliate sign-up offers,
solicitation in hiragana, gold bought up, a shop's dialect invitation; internal papers
told; hidden contamination alleged; a notice in the city's name to spread, the police's
voice; paid articles pasted and pirate streams; poaching helped, papers in another's name;
a link asking for a password.
"""

from __future__ import annotations

from . import defaults_round16_words2 as words
from .defaults_round13_words import said_forms
from .rule_shapes import pattern


def round16_more_rules(rule) -> list[dict]:
    """The rest of round 16's rules (see ``round16_rules``)."""
    return [
        rule(
            "privacy-person-identified",
            "個人情報（「会社も特定済み」のように個人の勤め先や家を突き止めたと広める）",
            "privacy",
            "terms",
            "high",
            {"terms": words.IDENTIFIED, "exceptions": said_forms(words.IDENTIFIED)},
            "「あの事故の運転手、〇〇町の千葉（45）だってさ。会社も特定済み」のように、個人の勤め先"
            "・家・本名などを突き止めたと広める書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "privacy-calls-urged",
            "個人情報（「文句ある奴は夜中に電話しようぜ」のように個人への電話攻撃を呼びかける）",
            "privacy",
            "terms",
            "high",
            {"terms": words.CALLS_URGED, "exceptions": said_forms(words.CALLS_URGED)},
            "「市長の自宅の電話番号は…だよ。文句ある奴は夜中に電話しようぜ」のように、個人の自宅"
            "や携帯に電話や押しかけをけしかける書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "privacy-room-told",
            "個人情報（「木村さん、〇〇マンション302号室にいるってよ」のように部屋番号を広める）",
            "privacy",
            "pattern",
            "high",
            pattern(words.NAMED, words.ROOM_TOLD),
            "「木村さん、今は〇〇マンション302号室にいるってよ」のように、名前を挙げた人の住まいの"
            "部屋番号を書く書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "privacy-health-told",
            "個人情報（「搬送されたのは〇〇さんです。認知症らしい」のように人の病状を広める）",
            "privacy",
            "pattern",
            "high",
            pattern(
                ["さんです", "さんだよ", "さんでした", "さんだって", "さんらしい"], words.CARRIED
            ),
            "「昨日救急搬送されたのは〇〇商店の菅原さんです」のように、名前を挙げた人の搬送や病状を"
            "広める書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "commercial-sign-up-offers",
            "商業（「今なら女性無料」「うちのサイト経由がポイント2倍」のような登録の勧誘）",
            "commercial",
            "terms",
            "medium",
            {"terms": words.SIGN_UP_OFFERS + words.GOLD_BOUGHT},
            "「マッチングアプリで出会い探しませんか？今なら女性無料」「ふるさと納税はうちのサイト"
            "経由がポイント2倍でお得」「ゴールド買取、最高値保証」のように、アプリやサイトへの登録、"
            "買取を勧める書き込みを検出します。",
        ),
        rule(
            "commercial-kana-asks",
            "商業（「もうかるはなしあります めっせーじください」のようにひらがなで書いた勧誘）",
            "commercial",
            "terms",
            "medium",
            {"terms": ["substr:" + ask for ask in words.KANA_ASKS]},
            "「もうかるはなしあります　めっせーじください」のように、ひらがなで書いた儲け話や"
            "連絡の誘いを検出します。",
        ),
        rule(
            "commercial-dialect-invites",
            "商業（「うちのパン屋、寄ってってけさい」のような方言での店の宣伝）",
            "commercial",
            "pattern",
            "medium",
            pattern(words.SHOP, words.DIALECT_INVITES, scope="message"),
            "「うちのパン屋、明日から新メニュー出すっちゃ！ぜひ寄ってってけさい」のように、自分の店"
            "へ方言で誘う宣伝を検出します。",
        ),
        rule(
            "confidential-inside-told",
            "行政の機密（「庁内の資料に書いてあった」「データ持ち出した」のように内部情報を漏らす）",
            "confidential",
            "pattern",
            "high",
            pattern(words.INSIDE, words.INSIDE_TOLD, scope="message"),
            "「まだ発表前だけど、学校統合はもう決定済み。庁内の資料に書いてあった」「辞める時に"
            "データ持ち出した。内線番号一覧と職員の個人メール、全部持ってる」「システム管理者"
            "パスワード、付箋に書いてあったの見た」のように、市の内部の資料や決定、パスワードを"
            "漏らす書き込みを検出します。",
        ),
        rule(
            "false-info-alarm-hushed",
            "虚偽の情報（「放射性物質が基準値の10倍。市は隠してる」のような隠ぺいのうわさ）",
            "false_info",
            "pattern",
            "medium",
            pattern(words.ALARMS, words.HUSHED, scope="message"),
            "「水道水から放射性物質が基準値の10倍出たって。市は隠してるから飲まないで」「原発でまた"
            "事故があったって聞いた。ニュースにならないのは隠ぺい」のように、汚染や事故、逮捕を"
            "市が隠していると広めるうわさを検出します。",
        ),
        rule(
            "impersonation-notice-spread",
            "なりすまし（「※市からのお知らせ※…このコメントを拡散してください」のような偽の通知）",
            "impersonation",
            "pattern",
            "high",
            pattern(words.CITY_NOTICE, words.SPREAD, scope="message"),
            "「※市からのお知らせ※ 本日13時より全域に避難指示…このコメントを拡散してください」"
            "「【緊急】石巻市教育委員会より：明日は休校です。学校からの連絡は来ませんので拡散して"
            "ください」のように、市の名で通知を装って拡散を求める書き込みを検出します。",
        ),
        rule(
            "impersonation-police-voice",
            "なりすまし（「こちらは宮城県警です」のように警察や市長を名乗る）",
            "impersonation",
            "terms",
            "high",
            {"terms": words.POLICE_VOICE, "exceptions": words.named_as_warned(words.POLICE_VOICE)},
            "「こちらは宮城県警です。閲覧履歴から違法サイト利用が確認されました」「ワタシハ 石巻市長"
            " デス」のように、警察や市長を名乗って連絡や逮捕をちらつかせる書き込みを検出します。",
        ),
        rule(
            "ip-pirated",
            "知的財産権（「有料記事を全文貼っときます」「無料で全部見れるサイト」のような海賊版）",
            "ip_infringement",
            "terms",
            "medium",
            {"terms": words.PIRATED},
            "「有料会員じゃないと読めないから全文貼っときます」「新作映画、無料で全部見れるサイト"
            "あるよ」「キャラのイラスト、勝手にトレースしてTシャツ作りました」のように、有料の記事"
            "や映画、キャラクター、人の顔写真を無断で載せたり広めたりする書き込みを検出します。",
        ),
        rule(
            "illegal-poaching-helped",
            "違法行為（「漁協にバレないポイント教えるよ」のように密漁を手引きする）",
            "illegal",
            "pattern",
            "high",
            pattern(
                ["ナマコ", "なまこ", "アワビ", "あわび", "ウニ", "うに", "獲", "採", "漁"],
                words.POACHING_HELP,
                scope="message",
            ),
            "「ナマコ獲りたい人、夜なら漁協にバレないポイント教えるよ。海保の巡回の時間も」のように、"
            "密漁の場所や見回りの時間を教える書き込みを検出します。",
        ),
        rule(
            "illegal-others-name",
            "違法行為（「他人の名義で作る方法あるよ」のような他人名義の身分証や口座）",
            "illegal",
            "pattern",
            "high",
            pattern(words.OTHERS_NAME, words.MADE),
            "「マイナンバーカード、他人の名義で作る方法あるよ」のように、他人や架空の名義で身分証や"
            "口座を作ると持ちかける書き込みを検出します。",
        ),
        rule(
            "harmful-link-credentials-asked",
            "有害サイトへの誘導（「ここで見れるよ（ID・パスワードを入れてね）」のようにリンク先で"
            "パスワードを求める）",
            "harmful_link",
            "pattern",
            "high",
            dict(pattern([], words.CREDENTIALS_ASKED, scope="message"), link=True),
            "「避難所の空き状況はここで見れるよ https://… （ID・パスワードを入れてね）」のように、"
            "リンクと一緒にIDやパスワードの入力を求める書き込みを検出します（フィッシングの典型）。",
        ),
        rule(
            "defamation-insult-masked",
            "名誉毀損・侮辱（「課長は本当にク〇だな」のように一字を伏せた悪口）",
            "defamation",
            "terms",
            "medium",
            {"terms": words.MASKED_INSULTS},
            "「あの課長は本当にク〇だな」「ク●職員」のように、一字を記号で伏せて書いた「クズ」"
            "「クソ」などの悪口を検出します。",
        ),
        rule(
            "defamation-firm-crooked",
            "名誉毀損・侮辱（「〇〇建設は悪徳業者」のように名指しした会社を悪徳と決めつける）",
            "defamation",
            "pattern",
            "medium",
            pattern(words.FIRMS, words.CROOKED),
            "「〇〇建設は震災の時に手抜き工事して儲けた悪徳業者」のように、名指しした地元の会社を"
            "悪徳業者・詐欺会社と決めつける書き込みを検出します。「悪徳業者に注意」のような注意"
            "喚起は対象外です。",
        ),
        rule(
            "privacy-person-located",
            "個人情報（「〇〇っていう人で、住所は…」のように名指しした人の住まいを書く）",
            "privacy",
            "pattern",
            "high",
            pattern(words.PERSON_NAMED, words.ADDRESS_GIVEN),
            "「〇〇町の阿部っていう人で、住所は中瀬のアパートの二階の奥の部屋です」「免許証に書いて"
            "あった住所は渡波の…でした」「ゆきちゃんのおうち、こうえんのよこのあかいやねだよ」の"
            "ように、名指しした人や子どもの住まいを書く書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "ip-used-without-leave",
            "知的財産権（「撮った人に許可は取ってないけど」のように無断で使ったと書く）",
            "ip_infringement",
            "pattern",
            "medium",
            pattern(words.MAKERS, words.LEAVE_NOT_ASKED),
            "「ここの写真を会社のパンフレットに使わせてもらいました。撮った人に許可は取ってない"
            "けど」のように、人の写真や作品を作者の許可なく使ったと書く書き込みを検出します。",
        ),
    ]
