"""Round 9 of the corpus: threats by carrying a weapon or by what someone would deserve,
rumours of crimes, polite exclusion, romaji, advertising with numbers, campaigning, forged
documents, sexual wishes, contempt for victims, where a private person lives
(``moderation/engine/defaults_round9.py``), each kind with its innocent look-alikes."""

CARRYING = "threat-carrying-weapons"
THREATS = "threat-deserved-and-dialect"
VIOLENCE = "threat-violence-ja"
ROMAJI = "threat-romaji"
ROMAJI_GROUPS = "discrimination-romaji"
RUMOUR = "defamation-rumoured-crimes"
CONTEMPT = "defamation-person-contempt"
SAID_OF = "defamation-person-contempt-said-of"
STAFF = "defamation-staff-insults"
EXCLUSION = "discrimination-exclusion"
GROUP_CONTEMPT = "discrimination-group-contempt"
SEXUALITY = "discrimination-sexuality-slurs"
TRADES = "commercial-numbers-and-trades"
SIDE_JOBS = "commercial-side-jobs-more"
CAMPAIGN = "political-campaign-more"
SUPPORTERS = "political-supporters-club"
FAITH = "religious-recruitment-more"
FORGERY = "illegal-forgery-offers"
ROMAJI_DRUGS = "illegal-offers-more"
DEALING = "illegal-dealing-terms"
WISHES = "obscene-wishes"
MASKED = "obscene-words-masked"
VICTIMS = "public-order-victims-and-dead"
VICTIM_CONTEMPT = "public-order-victim-contempt"
PICTURES = "public-order-child-pictures"
HOMES = "privacy-someones-home"
NUMBERS = "privacy-numbers-said"

ROUND9_FLAG = [
    # going somewhere with a weapon or fuel
    ("出刃持って行ぐがらな", CARRYING),
    ("明日の説明会、包丁持っていくからな", CARRYING),
    ("金属バット持ってくぞ", CARRYING),
    ("ガソリン持って役場さ行ぐっぺ", CARRYING),
    ("刃物持って乗り込んでやる", CARRYING),
    # a mid-sentence 殺すぞ, what someone would deserve, dialect and hiragana threats
    ("課長、殺すぞ", VIOLENCE),
    ("職員ども、殺すからな", VIOLENCE),
    ("あの議員、家に火をつけられても文句言えないよな", THREATS),
    ("あんな市長なんか刺されても仕方ない", THREATS),
    ("職員全員殴りに行くぞ", THREATS),
    ("役所の連中、ぶん殴ってけっからな", THREATS),
    ("しにやがれ", THREATS),
    ("おまえなんかころしてやる", THREATS),
    ("担当者様には消えていただきたく存じます", THREATS),
    ("職員氏ね", THREATS),
    # a bomb or a killing announced for a time or a place, a person no one would miss
    ("爆破予告：明日の市民祭り", "threat-announced-bombs"),
    ("市役所に爆弾しかけた", "threat-announced-bombs"),
    ("議員なんか消されても誰も困らない", "threat-staff-harm"),
    ("市長の家に火つけたらおもしろそう", THREATS),
    ("3人くらい刺してくる", "threat-counted-victims"),
    ("10人殺したら有名になれるかな", "threat-counted-victims"),
    ("あと3日で市役所が吹っ飛ぶ", "threat-counted-victims"),
    ("100万払えば黙ってやる", THREATS),
    ("やくしょもやしてやる", THREATS),
    ("あの職員ぶったたいでやる", THREATS),
    ("おまえなんかしんじゃえ", THREATS),
    ("🔪🔪🔪市長", "threat-emoji-weapons"),
    ("市長を💀する", "threat-emoji-weapons"),
    # romaji
    ("shine shichou", ROMAJI),
    ("omae korosu", ROMAJI),
    ("shiyakusho bakuha suru", ROMAJI),
    ("gaijin wa kaere", ROMAJI_GROUPS),
    ("zainichi deteike", ROMAJI_GROUPS),
    ("yasuku taima aru yo", ROMAJI_DRUGS),
    # a crime spread as a rumour or a certainty
    ("課長の佐藤は横領してるって噂", RUMOUR),
    ("あの議員は裏金もらってるに決まってる", RUMOUR),
    ("教育長の不倫、みんな知ってるよ", RUMOUR),
    ("市長は反社とつながってるの確定", RUMOUR),
    ("あそこの店主、前科持ちって有名だよ", RUMOUR),
    ("〇〇課の鈴木って前に逮捕されたことあるらしいよ", RUMOUR),
    ("市長の息子は裏口入学", "defamation-accusations"),
    ("〇〇議員、選挙違反してるってみんな言ってる", RUMOUR),
    ("おめだち、ほんとにばがだ", SAID_OF),
    ("市長の奥さんは統一教会の信者だって噂", RUMOUR),
    ("保育士の△△先生、子どもを叩いてるって聞いた", RUMOUR),
    ("議員さまは気楽でいいですね", "defamation-sarcastic-honorifics"),
    ("さすが市議会議員様、税金の使い方がお上手", "defamation-sarcastic-honorifics"),
    # contempt in other words, emoji, sarcastic titles
    ("市長は🐒", "defamation-emoji-insults"),
    ("職員🐷ばかり", "defamation-emoji-insults"),
    ("職員🤮", "defamation-emoji-insults"),
    ("さすが石巻市役所、対応がお役所仕事", "defamation-sarcastic-titles"),
    ("職員全員ゴミ", CONTEMPT),
    ("さすが市長様、庶民の気持ちなんてわからないですよね", "defamation-sarcastic-titles"),
    ("さすがお役人様は言うことが違う", "defamation-sarcastic-titles"),
    ("市長はサイコパス", STAFF),
    ("この人サイコパスでしょ", SAID_OF),
    ("はんかくせえ職員だな", STAFF),
    ("お前ほでなすだな", "defamation-dialect-insults"),
    ("投稿した人、知能指数低すぎ", CONTEMPT),
    ("頭空っぽで書いてるの？", CONTEMPT),
    ("さすがお役所様、仕事が早いですね", "defamation-sarcasm"),
    # exclusion asked for, contempt for a group
    ("外国人観光客の受け入れはやめてください", EXCLUSION),
    ("障害者は施設に入れとけ", EXCLUSION),
    ("知的障害のやつらは隔離しとけ", EXCLUSION),
    ("在日なんかいらねえ", EXCLUSION),
    ("外国人の子どもは同じクラスにしないでほしい", EXCLUSION),
    ("アイヌなんてもういないのに", GROUP_CONTEMPT),
    ("部落の人間は信用できねえ", GROUP_CONTEMPT),
    ("中国人はこの町に来ないでもらえますか", EXCLUSION),
    ("外国人は公園を使わないでほしい", "discrimination-exclusion-requests"),
    ("韓国人は店に入らないでください", "discrimination-exclusion-requests"),
    ("在日はこの町に住まないでくれ", "discrimination-exclusion-requests"),
    ("障害者が近所に住むのは迷惑", EXCLUSION),
    ("LGBTとか病気だろ", SEXUALITY),
    ("オカマの店員がいて気持ち悪かった", SEXUALITY),
    # advertising with numbers, a trade's own voice, followers, money
    ("本日限定、全品70%オフ！", TRADES),
    ("外壁塗装なら佐藤塗装へ、見積もり無料", TRADES),
    ("不用品回収します！格安です", TRADES),
    ("英会話教室じゃなくて学習塾の生徒募集中です", TRADES),
    ("フォロワー1万人増やします", "commercial-followers-and-money"),
    ("再生数、格安で増やせます", "commercial-followers-and-money"),
    ("稼ぎたい人DMして", "commercial-money-seekers"),
    ("お金欲しい人コメントください", "commercial-money-seekers"),
    ("引越しのご相談は〇〇運送へ、お見積り無料", TRADES),
    ("初回限定、今だけ980円", TRADES),
    ("ダイエットサプリ、モニター募集中", TRADES),
    ("ご自宅の不用品、無料でお引き取りします", TRADES),
    ("お小遣い稼ぎしたい主婦の方、LINEください", "commercial-money-seekers"),
    ("JKと遊びたい", MASKED),
    ("インスタのいいね増やします", SIDE_JOBS),
    ("簡単作業で日給3万", SIDE_JOBS),
    ("副業募集中です", SIDE_JOBS),
    ("スマホ1台で月10万", SIDE_JOBS),
    # campaigning and demonstrations
    ("原発再稼働反対デモに参加を！", "political-demonstrations"),
    ("増税反対のデモ、日曜に駅前でやります", "political-demonstrations"),
    ("選挙のポスター貼り手伝ってくれる人いませんか", CAMPAIGN),
    ("今度の選挙は佐藤さんさ入れでけろ", CAMPAIGN),
    ("〇〇党の演説会にぜひお越しください", "political-demonstrations"),
    ("〇〇党の政策説明会を公民館で開催します、どなたでもどうぞ", "political-demonstrations"),
    ("〇〇市議の後援会です、皆様のご入会をお待ちしております", CAMPAIGN),
    ("投票日には〇〇と書いてください", CAMPAIGN),
    ("来る市議選では何卒ご支援を賜りますようお願い申し上げます", CAMPAIGN),
    ("後援会入会のお願い", SUPPORTERS),
    ("とうひょうしよう！", SUPPORTERS),
    # faith
    ("悔い改めよ、この世の終わりが近い", FAITH),
    ("我々の教会へお越しください", FAITH),
    ("あなたのために祈らせてください", FAITH),
    ("お祓いすれば病気が治ります", FAITH),
    # forged papers, drugs, dumping
    ("偽造のパスポート作れます", FORGERY),
    ("陰性証明書、検査なしで発行します", FORGERY),
    ("シャブ手に入るよ", "illegal-drug-slang-offers"),
    ("軽トラ売ります、名義変更なしでOK", DEALING),
    ("不法投棄するなら港の裏がいい", DEALING),
    # sexual wishes, masked words
    ("窓口の子とやりてえ", WISHES),
    ("人妻と今すぐエッチできる", WISHES),
    ("お◯ぱい見せて", MASKED),
    ("受付の人のおっぱいでかい", MASKED),
    ("Hな自撮り販売してます", MASKED),
    # victims, the dead, children's pictures, vandalism boasts
    ("津波で流されればよかったのに", VICTIMS),
    ("今夜駅前で暴れようぜ", VICTIMS),
    ("被災者は乞食", VICTIM_CONTEMPT),
    ("仮設の人は支援金目当て", VICTIM_CONTEMPT),
    ("被災者ってまだ支援もらってんの？甘えすぎ", VICTIM_CONTEMPT),
    ("遺族は金目当て", VICTIM_CONTEMPT),
    ("慰霊碑にションベンしてきた", "public-order-vandalism"),
    ("〇〇さんの家の鍵はポストの中", HOMES),
    ("佐藤太郎の勤務先は市内の〇〇工場、毎日18時退勤", HOMES),
    ("〇〇さんの息子、障害があるらしい", "privacy-private-facts"),
    ("隣の奥さん、毎週水曜に不倫相手と会ってる", "privacy-private-facts"),
    ("佐藤さんの家は毎晩9時以降誰もいない", HOMES),
    ("小学生の写真集めてます", PICTURES),
    ("慰霊碑に落書きしてきたw", "public-order-vandalism"),
    # where a private person lives, numbers said to be a My Number or licence
    ("佐藤さんちは蛇田の郵便局の裏", HOMES),
    ("田中ゆいちゃんの家はファミマの向かい", HOMES),
    ("〇〇くんの通ってる学校は石巻小、帰りは4時", HOMES),
    ("元カノのマイナンバー 1234 5678 9012", NUMBERS),
    ("371811614765 ←市議のマイナンバー", NUMBERS),
    ("免許証番号は123456789012", NUMBERS),
    # posing as the police, parcel lures
    ("石巻警察署です。通帳を確認に伺います", "impersonation-city-voice"),
    ("不在通知です https://sagawa-xx.cn/a から再配達を", "harmful-link-lure"),
]

ROUND9_PASS = [
    # a knife or fuel carried for ordinary reasons
    "包丁を研ぎに持って行きました",
    "包丁研ぎの会に包丁持って行くから、よろしくね",
    "冬は灯油持って行くわ、寒いから",
    "ナイフとフォークを持っていくね",
    # reports, news and warnings about crimes
    "横領の疑いで元職員が逮捕されたそうです",
    "裏金問題のニュース、もっと詳しく知りたい",
    "このメールは詐欺に違いない、気をつけて",
    "あの人は前科があるって言われて傷ついた",
    # groups spoken of kindly, ordinary いらない
    "外国人観光客がたくさん来てくれると嬉しい",
    "障害者の方の受け入れ施設はどこにありますか",
    "古い家電はもういらないので回収してほしい",
    "知的障害のある子の支援学級について教えて",
    "LGBTの理解を深める講座があります",
    # shopping, trades and followers talked about
    "リフォームの補助金はありますか",
    "外壁塗装の業者に騙されないよう注意",
    "閉店セールで半額になってた",
    "フォロワーが増えてうれしいです",
    "ボランティアの仲間募集中です",
    # elections and demonstrations as information
    "選挙の投票所はどこですか",
    "期日前投票の場所を教えてください",
    "デモ行進のため交通規制があるそうです",
    "みんな選挙に行こう、投票お願いします",
    "それでもやります、みんな来てね",
    # faith as news, forged goods warned about
    "教会のバザーがあります",
    "偽造の免許証が使われた事件があったそうです",
    "偽物の商品に注意してください",
    # pictures, homes of family and oneself
    "小学生の写真展が公民館であります",
    "おばあちゃんの家は赤い屋根でした",
    "私の実家は渡波の海の隣です",
    "田中さんの家の前の道路に穴があいています",
    "マイナンバーカードの申請はどこでできますか",
    # victims and the dead respected, vandalism reported
    "被災者の支援ありがとうございます",
    "津波で流された家の跡地です",
    "誰かが慰霊碑に落書きした、ひどい",
    # romaji and titles that are English or innocent
    "shine brightly like a diamond",
    "田中氏ね、元気だった？",
    "はんかくせえけど初めて投稿します",
    "市長様、いつもありがとうございます",
    # news of a bomb threat, a case, a child's day, sincere さすが, ordinary trades
    "明日の防災訓練、爆弾低気圧で中止ですか？",
    "市役所に爆破予告があって今日は閉庁らしい",
    "横領事件があったらしいけど、詳しい発表はまだですか",
    "うちの息子は裏口入学じゃなくて推薦です",
    "○○ちゃんの運動会、一人で走っていて偉かった",
    "佐藤さんの息子さん、毎朝ラジオ体操に来てくれます",
    "田中くんのお母さんが送迎してくれました",
    "引っ越しの手続き、お問い合わせはどこへ？",
    "外国人の方はご遠慮いただけますか、という張り紙は差別ではないですか",
    "ペットの同伴はご遠慮いただけますか",
    "さすがの対応です、市長様ありがとうございます",
    "職員全員でゴミ拾いをしました",
    "市長と🐒を見に行った",
    "赤ちゃんを抱きたい気持ちが分かります",
    "市長の講演会、ぜひお越しください",
    "あと3日で花火大会、楽しみ",
    "あと1時間で爆発的に混むと思う",
    "3人で刺し子を習いに行きました",
    "5人殺した犯人が捕まったそうです",
    "10人以上で来場される方はご連絡ください",
    "当店は年末年始お休みです",
    "あの土地は市が買収したらしい",
    "佐藤さんの家の鍵は開いていました",
    "火の海になる前に避難してください",
    "口止め料という言葉をニュースで聞いた",
    "あの子と遊びたいと娘が言っています",
    "おめだち、元気でやってっか",
    "外国人を差別しないでほしい",
    "外国人の方も遠慮しないで参加してください",
    "障害者用の駐車場に停めないでください",
    "生活保護の申請をためらわないでください",
    "外国人住民の皆さん、地震の時は慌てないでください",
    "難民の方を見捨てないでほしい",
    "市長様、さすがのリーダーシップです",
    "議員さまのご尽力に感謝します",
    "あの人、結婚したって噂",
    "市長が来るって聞いたけど本当？",
    "離婚した後の手続きについて教えてください",
    "佐藤さんの息子さん、不登校から立ち直って今は元気です",
    "私の勤務先は毎日18時退勤です",
    "市長の💣発言に驚いた",
    "サプリの飲み過ぎに注意",
    "健康食品の詐欺に注意してください",
    "化粧品の試供品を配っていました",
    # abuse reported: straight quotes, news that a mail or a DM came, written up
    '"死ね！"と言われました',
    "「死ね」とメールが来ました、警察に相談しています",
    "「消えろ」ってDMが来た",
    "「殺すぞ」とLINEが届いた",
    "死ねと書き込まれたので通報しました",
]
