"""Round 11 of the corpus: arson announced by fuel carried to an office, a crowd aimed at,
harm wished as fun, a weapon emoji with a waiting threat, death dared in kana, a polite
threat on a night road or a child's school; memorials desecrated, the disaster mocked,
nudity called for; remarks on underwear, sexual slang and masked words; votes asked in
dialect or hiragana, a candidacy with a request for support; faith promised to heal; an
office or the police impersonated; a named person's record or illness told; goods and crime
offered; a link spelled out (``moderation/engine/defaults_round11*.py``), each kind with its
innocent look-alikes."""

FUEL = "threat-fuel-carried"
CROWD = "threat-crowd-attack"
FUN = "threat-harm-wished-as-fun"
EMOJI = "threat-weapon-emoji-waiting"
DARES = "threat-death-dares"
NIGHT = "threat-polite-night-roads"
WHEREABOUTS = "threat-knows-whereabouts"
DESECRATION = "public-order-desecration"
MOCKERY = "public-order-disaster-mockery"
NUDE = "public-order-nude-stunts"
BODY = "obscene-body-remarks"
SLANG = "obscene-slang-masked"
SEX_EMOJI = "obscene-emoji-solicitation"
VOTE = "political-vote-asks-dialect"
CANDIDACY = "political-candidacy-support"
FAITH = "religious-faith-promises"
GATHERING = "religious-gathering-invitations"
OFFICE = "impersonation-office-self"
RECORDS = "privacy-private-records"
CHILD = "privacy-child-alone"
GOODS = "commercial-goods-offers"
CRIME = "illegal-crime-recruiting"
SPELLED = "harmful-link-spelled-out"
EXCLUSION = "discrimination-disability-origin"

ROUND11_FLAG = [
    # fuel carried to an office or a meeting
    ("来週、支所にガソリン持ってくわ。覚悟しとけ", FUEL),
    ("議会の日に灯油缶を持参いたします。皆様おそろいでお待ちください", FUEL),
    ("窓口の連中のとこに灯油まきに行ってやる", FUEL),
    # a crowd aimed at
    ("祭りのロケット花火、観客めがけて打ち込もうぜ", CROWD),
    ("パレードの行列に車で突っ込んでやる", CROWD),
    # harm wished as fun
    ("あの議員、階段から落ちたらスカッとするのにな", FUN),
    ("課長の家が燃えたら面白いのにね、誰かやってくれないかな", FUN),
    # a weapon emoji and a waiting threat
    ("🔫 窓口で待ってろよ", EMOJI),
    ("💣💣 来週の議会、覚悟しとけ", EMOJI),
    # death dared, inflected or in kana
    ("おめぇ、殺されてえのか", DARES),
    ("しにさらせ、役人ども", DARES),
    ("埋められてぇのか、あぁ？", DARES),
    # polite threats
    ("課長さん、夜の帰り道にはくれぐれもお気をつけくださいね", NIGHT),
    ("議員さん、夜道は気をつけたほうがいいですよ", NIGHT),
    ("娘さんの通っている幼稚園、存じ上げておりますので", WHEREABOUTS),
    ("奥様の勤めている病院も存じておりますよ", WHEREABOUTS),
    ("あなたのご自宅、みんな知っていますからね", "threat-knows-home"),
    # memorials and the disaster
    ("大川小で肝試ししてきたｗ マジで出た", DESECRATION),
    ("慰霊碑にスプレーで書いてきた", DESECRATION),
    ("斎場の前で爆竹鳴らそうぜ", DESECRATION),
    ("津波ごっこしようぜ、流される役な", MOCKERY),
    ("震災の替え歌作ったから聞いて", MOCKERY),
    ("花火大会で全裸で走ろうぜ", NUDE),
    ("商店街を素っ裸で走ってきたｗ 動画撮った", NUDE),
    # obscene
    ("窓口のお姉さん、胸の谷間たまらん", BODY),
    ("あの職員さんパンチラしてたｗ", BODY),
    ("今夜ぬきたい人、DMで", "obscene-slang-wishes"),
    ("ムラムラしてヌキたい", "obscene-slang-wishes"),
    ("セ●レ探してます", SLANG),
    ("エ〇画像送って", SLANG),
    ("🍆💦 会える人DMください", SEX_EMOJI),
    # political
    ("市議選は佐藤さんさ入れてけらいん", VOTE),
    ("今度の市長選、あの候補さ入れでけろ", VOTE),
    ("県議選は自民に入れようぜ", VOTE),
    ("市議会議員選挙に出馬いたします。応援よろしくお願いします", CANDIDACY),
    ("このたび立候補を決意しました。皆様のご支持をお願いします", CANDIDACY),
    # religious
    ("神さまに祈れば病気も治りますよ", FAITH),
    ("信じれば救われっから、一緒に祈るべ", FAITH),
    ("信仰に出会って人生が変わりました。集いにいらしてください", GATHERING),
    ("お祈りの集まりさ来てけさいん、神様が待ってます", GATHERING),
    # impersonation
    ("石巻警察署の者ですが、身元確認のため下記にご連絡ください", OFFICE),
    ("石巻市役所の職員です。給付の手続きはこちらのLINEアカウントで行います", OFFICE),
    ("市長の〇〇です。個別にメッセージを送らせていただきますので必ずご返信ください", OFFICE),
    ("税務課の職員です。還付のご相談は個人的にご相談ください、LINE ID: zeimu_01 まで", OFFICE),
    ("福祉課の担当です、申請はこちらまでDMでどうぞ", OFFICE),
    # privacy
    ("佐藤の息子は刑務所帰りだってさ", RECORDS),
    ("鈴木さんってエイズらしいよ", RECORDS),
    ("高橋さんちの娘、中絶したらしい", RECORDS),
    ("山本さんちの子、いつもひとりで帰ってるよね", CHILD),
    # goods, crime, links
    ("痩せるサプリ、気になる人はコメントしてね、安くするよ", GOODS),
    ("在宅で月30万も夢じゃない、まずはお茶会から", GOODS),
    ("シャブあります、石巻駅で手渡し", CRIME),
    ("アワビ密漁しようぜ、夜なら見つからない", CRIME),
    ("万引きのコツ教えるから連絡して", CRIME),
    ("給付金の二重取り、やり方教えるよ", CRIME),
    ("ナマポの連中なんか人間のくずだろ", "discrimination-worth"),
    ("生活保護受給者の選挙権を取り上げろ", "discrimination-worth"),
    ("いしのまきしえん どっと じぇーぴー から申し込んで", SPELLED),
    ("きゅうふきん どっと こむ で受け取れます", SPELLED),
    # groups: disability, origin, settling here
    ("しょうがいしゃはいらない", EXCLUSION),
    ("よそ者なんか出ていけ", EXCLUSION),
    ("在日を採用するな", EXCLUSION),
]

ROUND11_PASS = [
    # fuel, crowds, fun, emoji: ordinary
    "灯油をポリタンクで持って行くと回収してもらえますか",
    "公民館に灯油を持っていく当番は誰ですか",
    "市役所に灯油を持って行くと処分してもらえますか",
    "花火大会の人混みがすごかったので、次は早めに行きます",
    "観客に向けて打ち上げ花火の説明がありました",
    "転んだら面白いのにね、と子どもが笑っていました",
    "🔪研ぎの教室、皆様のご参加お待ちしております",
    "🔫水鉄砲大会、待ってるね！",
    # polite advice and a school named kindly
    "夜道に気をつけて帰りましょう",
    "お子さんの通っている小学校の行事、楽しみですね",
    "ご自宅の場所が分かりにくい方は、地図を添えて申し込んでください",
    # memorials and the disaster, respected or reported
    "慰霊碑の前で騒いでいる人がいて悲しい",
    "震災遺構の落書きした人、早く捕まってほしい",
    "震災をネタにした替え歌を作る人は許せない",
    "慰霊碑に花を手向けてきました",
    "温泉は全裸で入るものだと外国人の友人に教えました",
    # obscene look-alikes
    "子供のパンツを公園に忘れました、見つかりました",
    "短いスカートで自転車に乗るときは気をつけて",
    "雑草を抜きたい人は朝9時に公民館前に集合です",
    "セロリとレタスの直売所",
    # political, religious, office look-alikes
    "選挙の投票所はどこですか",
    "ごみは分別して袋さ入れでけさいん",
    "PTAの役員に立候補します",
    "神社の祭りの集まりに来てください",
    "祈ることしかできませんが、早い復旧を願っています",
    "市役所の者ですと名乗る電話に注意してください",
    "ふるさと納税担当ですと名乗る詐欺メールが来ました",
    # privacy and offers look-alikes
    "少年院帰りの若者を支える活動をしています",
    "子どもが一人で帰っているのを見かけたら声をかけてください",
    "ベビーカー、安く譲りますというコメントを見かけました",
    "密漁は犯罪です、見かけたら通報を",
    "不正受給の防ぎ方を市が説明していました",
    "万引き防止のポスターを作りました",
    "福祉課の担当者さんが親切に説明してくれました、ありがとう",
    "税務課の職員ですと名乗る電話がありました、LINE IDを聞かれたので切りました",
    "生活保護の申請に付き添ってくれる団体があります",
    "価格ドットコムで比べて買いました",
    "ドット柄の傘を落としました",
    # round 11's false flags, by kind
    "蚊がうざい季節ですね、側溝の消毒はいつですか",
    "雪がうざいけど除雪ありがとうございます",
    "野菜くずは堆肥にできますか",
    "パンくずを鳩にあげないでください",
    "うちの子は全然勉強しねぇんだ、困った",
    "誰も注意しねーのが不思議",
    "最近「副業で月収50万」みたいなコメントが多いので消してほしい",
    "障害者の施設ができると聞いて、ボランティアしたいです",
    "移住者の方を歓迎するイベントがあります",
]
