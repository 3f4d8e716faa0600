"""Round 15 of the default rules for solicitation, confidential matters, false alarms,
impersonation and privacy, as data (see ``defaults_round15.py``): easy money with a contact,
paperwork done for a cut, points bought for cash; closed papers told; deaths said hushed up,
the water said poisoned; an office named by the writer asking for money or data, 'official'
in hiragana; a person's home told, a child named with a school, an address pointed at, a
handle given as a culprit. ``defaults_round15_offers.py`` holds the rest.
"""

from __future__ import annotations

from . import defaults_round15_words2 as words
from .rule_shapes import pattern


def round15_more_rules(rule) -> list[dict]:
    """The rest of round 15's rules (see ``round15_rules``)."""
    return [
        rule(
            "commercial-easy-money",
            "商業（「スマホ作業で月10万円、LINEで送って」のような副業・投資の勧誘）",
            "commercial",
            "pattern",
            "medium",
            pattern(words.EARNINGS, words.EARNINGS_CALLS, scope="message"),
            "「1日30分のスマホ作業で月10万円以上！LINEで『副業』と送ってください」「稼げる情報配信中"
            "、インスタ見てね」のように、楽に稼げるとうたって連絡先へ誘う書き込みを検出します。",
        ),
        rule(
            "commercial-paperwork-for-fee",
            "商業（「申請代行します。手数料は受給額の1割」のような手続きの代行営業）",
            "commercial",
            "pattern",
            "medium",
            pattern(words.PROXY, words.PROXY_FEES, scope="message"),
            "「給付金の申請、面倒な人は代行します。手数料は受給額の1割」のように、市の手続きを有料で"
            "代行すると売り込む書き込みを検出します。",
        ),
        rule(
            "commercial-bought-for-cash",
            "商業（「ポイント残高、現金で買い取ります。連絡ください」のような買取の勧誘）",
            "commercial",
            "pattern",
            "medium",
            pattern(words.BOUGHT_UP, words.BOUGHT_UP_CALLS, scope="message"),
            "「マイナポイントの残高、現金で買い取ります。即日振込」「空き家、高値で買い取ります。"
            "セミナー参加費無料」のように、ポイントや家などの買取を売り込む書き込みを検出します。",
        ),
        rule(
            "confidential-closed-papers",
            "行政の機密（非公開の議事録や内部マニュアルを手に入れた・貼ると書く）",
            "confidential",
            "pattern",
            "high",
            pattern(words.INTERNAL_MORE, words.POSTED_MORE, scope="message"),
            "「庁内会議の非公開の議事録、手に入れた。一部貼っとく」「内部マニュアルに共有PCの"
            "パスワードが書いてあった」のように、市の非公開の記録や内部の手順書の中身を書く書き込み"
            "を検出します。",
        ),
        rule(
            "false-info-deaths-hushed",
            "虚偽情報（「3人死んだらしい。市が口止めしてる」のような事故や被害の隠蔽のうわさ）",
            "false_info",
            "pattern",
            "medium",
            pattern(words.HARMS_MORE, words.HIDDEN_MORE, scope="message"),
            "「熊に襲われて3人死んだらしい。市が口止めしてるって噂」「原発で放射能漏れ事故あった"
            "らしい。市も県も隠してる」のように、根拠なく事故や死者を市が隠していると広める書き込み"
            "を検出します。",
        ),
        rule(
            "false-info-water-poisoned",
            "虚偽情報（「水道水に毒入ってるって」のような水道の汚染のうわさ）",
            "false_info",
            "pattern",
            "high",
            pattern(words.WATER, words.POISONED, words.POISONED_EXCUSED, "message"),
            "「水道水に毒入ってるって市の職員が言ってた」のように、根拠なく水道や給食に毒が入って"
            "いると広める書き込みを検出します。「デマですか」「本当ですか」のような問い合わせは対象外"
            "です。",
        ),
        rule(
            "impersonation-office-self-named",
            "なりすまし（「保育課です。手数料をお振込みください」のように課を名乗って振込や情報を求める）",
            "impersonation",
            "pattern",
            "high",
            pattern(words.OFFICE_SELF, words.OFFICE_ASKS, scope="message"),
            "「保育課です。事務手数料を下記口座へお振込みください」「ふるさと納税係です。カード番号を"
            "教えてください」「市民課より：予約はLINE公式アカウントで」のように、市の課や警察署を"
            "名乗って振込や個人情報、別の窓口への連絡を求める書き込みを検出します。市がコメント欄で"
            "振込や番号を求めることはありません。",
        ),
        rule(
            "impersonation-official-in-kana",
            "なりすまし（「いしのまき市役所 こうしき です」のようにひらがなで公式を名乗る）",
            "impersonation",
            "pattern",
            "high",
            pattern(words.KANA_OFFICIAL, words.KANA_ASKS, scope="message"),
            "「いしのまき市役所 こうしき です。とうせんした かたは めっせーじで じゅうしょを」の"
            "ように、ひらがなで公式を名乗り、住所や電話番号を送らせる書き込みを検出します。",
        ),
        rule(
            "privacy-home-told",
            "プライバシー（「〇〇さん一家、今は〇号棟の〇号室に住んでる」のように人の住まいを書く）",
            "privacy",
            "pattern",
            "high",
            pattern(words.PERSON_POINTED, words.HOME_TOLD, words.HOME_EXCUSED, "message"),
            "「〇〇さん一家、今は市営住宅5号棟の302に住んでる」「〇〇って人、住所は〇〇です」「親の"
            "名前は〇〇、実家は〇〇」のように、人を名指しして住まいや実家を書く書き込みを検出します。"
            "自動で非表示にします。",
        ),
        rule(
            "privacy-child-named",
            "プライバシー（「〇〇中の2年3組の〇〇って子」のように子どもを学校と学年で名指しする）",
            "privacy",
            "regex",
            "high",
            {"pattern": words.CHILD_NAMED, "on": "text"},
            "「〇〇中の2年3組の阿部〇〇って子」「〇〇小5年の丸山〇〇、」のように、子どもの学校と"
            "学年に名前を添えて書く書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "privacy-address-pointed",
            "プライバシー（「〒〇〇〇-〇〇〇〇 …17-3 ←ここ」のように人の家の住所を指し示す）",
            "privacy",
            "regex",
            "high",
            {"pattern": words.ADDRESS_POINTED, "on": "text"},
            "「〒986-〇〇〇〇 石巻市〇〇17-3 三浦 ←ここ野良猫に餌やってる家」のように、郵便番号"
            "付きの住所を書いて人の家を指し示す書き込みを検出します。自動で非表示にします。",
        ),
        rule(
            "privacy-handle-as-culprit",
            "プライバシー（「@〇〇 こいつが犯人です」のようにアカウントを犯人として晒す）",
            "privacy",
            "pattern",
            "high",
            pattern(words.HANDLE, words.CULPRIT, scope="message"),
            "「インスタに顔写真上げてる @〇〇 こいつが犯人です」のように、人のアカウントを犯人として"
            "晒す書き込みを検出します。自動で非表示にします。",
        ),
    ]
