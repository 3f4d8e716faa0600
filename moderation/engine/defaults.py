"""The default rule set, as data (installed by ``rules_install_defaults`` and a migration).

Written for precision: a false flag costs the secretariat's time, so terms are the forms
that are insults, threats or solicitations *as written*, not words that merely touch a
topic (選挙, 神社, 障害, 外国, 円 are all ordinary on a city page). Innocent words that
contain a prohibited one are listed as exceptions. Every rule is checked against the
should-flag / should-pass corpus in ``tests/unit/moderation/corpus.py``.

Threat and privacy rules hide automatically (municipal policies allow hiding without
notice); everything else is flagged for the secretariat. The link rule that flags *any*
external link ships disabled: residents legitimately share news and event pages.
"""

from __future__ import annotations

# Innocent words that contain a prohibited term (matching form is applied to both).
GLOBAL_EXCEPTIONS = [
    # ばか / 馬鹿
    "ばかり", "バカリ", "ばかし", "バカンス", "ばかでかい", "馬鹿でかい", "ばかばかしい",
    "馬鹿馬鹿しい", "ばかげ", "馬鹿げ", "ばからしい", "馬鹿らしい", "親ばか", "親バカ", "親馬鹿",
    "ばかす", "化かす", "馬鹿力", "ばかうけ", "ばかまじめ", "馬鹿正直", "たばか",
    # 殺 / 死
    "殺到", "殺虫", "殺菌", "相殺", "殺風景", "黙殺", "忙殺", "殺処分", "殺陣", "抹殺された",
    "死亡届", "死ねない", "ところす", "このころす", "シネマ", "シネコン", "ゃしね", "もしね",
    "としねえ",
    # others
    "アホウドリ", "パチンコ", "フェラーリ", "手押し車", "手押しポンプ", "ちょんまげ",
    "ちょん切", "かたわら", "めくらい", "支那そば", "支那竹", "くずし", "くずす", "くずさ",
    "くずれ", "くずかご", "紙くず", "くず餅", "くずもち", "くず湯", "星くず", "木くず", "糸くず",
    "くず入れ", "出不精", "でぶしょう", "土人形", "手押し信号", "手押しボタン", "まんこう",
    "ちんこう", "いぶす", "ぶすっ",
]  # fmt: skip

DEFAULT_RULES: list[dict] = [
    {
        "slug": "exceptions-innocent-words",
        "name": "例外語（無害な語）",
        "clause": "other",
        "kind": "exception",
        "severity": "low",
        "action": "flag",
        "config": {"terms": GLOBAL_EXCEPTIONS},
    },
    {
        "slug": "defamation-insults-ja",
        "name": "誹謗中傷（日本語の罵倒語）",
        "clause": "defamation",
        "kind": "terms",
        "severity": "medium",
        "action": "flag",
        "config": {
            "terms": [
                "馬鹿", "バカ", "ばか", "ﾊﾞｶ", "阿呆", "アホ市長", "アホ職員", "アホども", "ドアホ",
                "アホすぎ", "アホくさ", "あほくさ", "まぬけ", "間抜け", "クズ", "人間のクズ", "カス野郎",
                "ゴミ野郎", "ゴミ職員", "ゴミ市長", "無能市長", "無能職員", "無能すぎ", "税金泥棒",
                "給料泥棒", "役立たず", "能無し", "低能", "詐欺師", "ブス", "デブ", "死にぞこない",
                "死に損ない", "ボケ老人", "老害", "売国奴", "ゴミクズ",
            ],
            "exceptions": [],
        },
    },
    {
        "slug": "defamation-insults-en",
        "name": "Defamation (English insults)",
        "clause": "defamation",
        "kind": "terms",
        "severity": "medium",
        "action": "flag",
        "config": {
            "terms": [
                "idiot*", "moron*", "dumbass*", "scumbag*", "bitch*", "asshole*", "bastard*",
                "loser", "losers", "imbecile*", "piece of shit", "useless bureaucrat*",
                "you suck", "shut up", "fuck*", "motherfuck*",
            ]
        },
    },
    {
        "slug": "discrimination-slurs",
        "name": "差別表現",
        "clause": "discrimination",
        "kind": "terms",
        "severity": "high",
        "action": "flag",
        "config": {
            "terms": [
                "キチガイ", "気違い", "基地外", "ガイジ", "知恵遅れ", "池沼", "かたわ", "めくら",
                "つんぼ", "チョン", "支那人", "シナ人", "土人", "黒んぼ", "ジャップ", "ニガー",
                "朝鮮人は出ていけ", "朝鮮人は出て行け", "韓国人は出ていけ", "中国人は出ていけ",
                "外国人は出ていけ", "外国人は出て行け", "在日は出ていけ", "国へ帰れ", "国に帰れ",
                "障害者は死ね", "障害者は要らない", "障害者はいらない", "女のくせに",
                "nigger*", "chink*", "faggot*", "retard*", "go back to your country",
                "gypsies", "kike*",
            ]
        },
    },
    {
        "slug": "threat-violence-ja",
        "name": "暴力的・脅迫的な表現",
        "clause": "threat",
        "kind": "terms",
        "severity": "critical",
        "action": "auto_hide",
        "config": {
            "terms": [
                "死ね", "しね", "タヒね", "氏ね", "殺す", "殺して", "殺してやる", "殺したい",
                "殺しに行", "ころす", "ころしてやる", "ぶっ殺", "ぶち殺", "ブッ殺", "皆殺し",
                "刺し殺", "刺してやる", "爆破してやる", "爆破する", "爆弾を仕掛け", "放火してやる",
                "放火する", "火をつけてやる", "火を付けてやる", "襲撃する", "襲撃してやる",
                "襲ってやる", "ぶん殴る", "殴ってやる", "覚悟しとけ", "夜道に気をつけ",
                "kill you", "kill yourself", "kys", "i will kill", "i'll kill", "bomb the",
                "shoot you", "death to", "you should die", "burn it down",
            ]
        },
    },
    {
        "slug": "threat-crime-notice",
        "name": "犯罪予告（正規表現）",
        "clause": "threat",
        "kind": "regex",
        "severity": "critical",
        "action": "auto_hide",
        "config": {
            "pattern": "(?:爆破|放火|襲撃|殺害|刺殺|銃撃)(?:しに行|して(?:や|い)る|する(?:ぞ|から|つもり)|します|(?:する)?予定)",
            "on": "normalized",
        },
    },
    {
        "slug": "obscene-terms",
        "name": "わいせつな表現",
        "clause": "obscene",
        "kind": "terms",
        "severity": "high",
        "action": "flag",
        "config": {
            "terms": [
                "ちんこ", "チンコ", "ちんぽ", "チンポ", "まんこ", "マンコ", "おまんこ", "セックスしよ",
                "セックスしたい", "中出し", "フェラ", "オナニー", "手コキ", "淫乱", "エロ動画",
                "エロ画像", "無修正", "ヤリマン", "やりまん", "援交", "援助交際", "パパ活", "セフレ",
                "裸の写真", "おっぱい見せ", "porn*", "nudes", "pussy", "blowjob*", "horny",
                "sex chat", "send nudes",
            ]
        },
    },
    {
        "slug": "privacy-phone",
        "name": "個人情報（電話番号）",
        "clause": "privacy",
        "kind": "pii",
        "severity": "high",
        "action": "auto_hide",
        # The city's own published numbers are not personal information.
        "config": {"detectors": ["phone"], "allow": ["0225-95-1111", "0225-22-1111"]},
    },
    {
        "slug": "privacy-email",
        "name": "個人情報（メールアドレス）",
        "clause": "privacy",
        "kind": "pii",
        "severity": "high",
        "action": "auto_hide",
        "config": {"detectors": ["email"]},
    },
    {
        "slug": "privacy-my-number",
        "name": "個人情報（マイナンバー）",
        "clause": "privacy",
        "kind": "pii",
        "severity": "critical",
        "action": "auto_hide",
        "config": {"detectors": ["my_number"]},
    },
    {
        "slug": "privacy-card",
        "name": "個人情報（クレジットカード番号）",
        "clause": "privacy",
        "kind": "pii",
        "severity": "critical",
        "action": "auto_hide",
        "config": {"detectors": ["card"]},
    },
    {
        "slug": "privacy-address",
        "name": "個人情報（住所）",
        "clause": "privacy",
        "kind": "pii",
        "severity": "high",
        "action": "auto_hide",
        # Public buildings' addresses are not personal information.
        "config": {"detectors": ["address"], "allow": ["石巻市穀町14番1号", "石巻市穀町14-1"]},
    },
    {
        "slug": "commercial-solicitation",
        "name": "広告・勧誘",
        "clause": "commercial",
        "kind": "terms",
        "severity": "medium",
        "action": "flag",
        "config": {
            "terms": [
                "副業で稼", "副業紹介", "副業募集", "簡単に稼", "誰でも稼げ", "稼げます", "儲かります",
                "月収100万", "高収入", "在宅ワーク", "在宅で稼", "不労所得", "無料登録", "LINE追加",
                "ライン追加", "LINEで連絡", "詳しくはDM", "DMください", "プロフのリンク",
                "プロフィールのリンク", "フォロバ", "激安", "格安販売", "アフィリエイト",
                "仮想通貨", "ビットコインで", "FX", "バイナリー", "出会い系", "今すぐ登録",
                "make money", "earn money", "work from home", "dm me", "click the link",
                "click here", "crypto*", "forex", "casino*", "viagra", "buy followers",
                "discount code", "promo code",
            ]
        },
    },
    {
        "slug": "political-campaigning",
        "name": "政治活動・選挙運動",
        "clause": "political",
        "kind": "terms",
        "severity": "low",
        "action": "flag",
        "config": {
            "terms": [
                "清き一票", "に一票を", "一票をお願い", "ご支持をお願い", "支持をお願いします",
                "ご支援をお願いします", "党に入れて", "落選させよう", "落選運動", "当選させよう",
                "候補をよろしく", "候補に一票", "vote for", "re-elect", "reelect",
            ]
        },
    },
    {
        "slug": "religious-proselytising",
        "name": "宗教活動（勧誘・布教）",
        "clause": "religious",
        "kind": "terms",
        "severity": "low",
        "action": "flag",
        "config": {
            "terms": [
                "入信", "布教", "悔い改めよ", "悔い改めなさい", "悔い改めましょう", "信じる者は救われ",
                "神の国は近づ", "改宗し", "お布施を", "御布施を", "信仰しましょう", "信仰すれば",
                "神を信じなさい", "集会にいらっしゃい", "聖書を学びませんか",
                "accept jesus", "repent", "convert to islam",
            ]
        },
    },
    {
        "slug": "harmful-link-suspicious",
        "name": "有害サイトへの誘導（短縮URL・偽装リンク・拒否ドメイン）",
        "clause": "harmful_link",
        "kind": "link",
        "severity": "high",
        "action": "flag",
        "config": {
            "match": ["denied", "shortener", "obfuscated"],
            "deny": ["example-phish.test", "free-gift.click", "bit-coin.top"],
            "allow": [],
            "use_default_allow": True,
        },
    },
    {
        "slug": "harmful-link-any-external",
        "name": "外部リンク（すべて）",
        "clause": "harmful_link",
        "kind": "link",
        "severity": "low",
        "action": "flag",
        "enabled": False,
        "config": {"match": ["any"], "deny": [], "allow": [], "use_default_allow": True},
    },
    {
        "slug": "harmful-link-phishing-words",
        "name": "フィッシングの文言",
        "clause": "harmful_link",
        "kind": "terms",
        "severity": "medium",
        "action": "flag",
        "config": {
            "terms": [
                "ウイルスに感染しています", "ウイルスが検出", "アカウントが停止されました",
                "アカウントを確認してください", "パスワードを入力してください", "本人確認のため",
                "こちらのリンクから", "下記URLから", "下記のURLから", "your account has been suspended",
                "verify your account", "claim your prize",
            ]
        },
    },
    {
        "slug": "spam-repetition",
        "name": "同一内容の繰り返し投稿",
        "clause": "spam",
        "kind": "repetition",
        "severity": "medium",
        "action": "flag",
        "config": {"threshold": 3, "window_seconds": 3600, "similarity": 0.85, "min_length": 6},
    },
    {
        "slug": "illegal-trade",
        "name": "法令違反・犯罪の助長",
        "clause": "illegal",
        "kind": "terms",
        "severity": "high",
        "action": "flag",
        "config": {
            "terms": [
                "大麻売", "大麻あります", "大麻買", "覚醒剤売", "覚せい剤売", "シャブ売", "薬物売",
                "手押し", "口座売", "口座を売", "口座買", "口座を買", "通帳を売", "通帳売",
                "携帯を売って", "名義貸し", "受け子募集", "出し子募集", "闇バイト募集", "闇バイトしませんか",
                "ホワイト案件", "即日高額", "高額報酬即日", "偽造免許", "偽札", "偽造パスポート",
                "buy weed", "cocaine for sale", "fake id",
            ]
        },
    },
]
