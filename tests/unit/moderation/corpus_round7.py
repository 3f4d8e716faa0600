"""Round 7 should-flag / should-pass examples (``corpus.py`` adds them to its lists).

Written by kind from the clause definitions, each new rule with comments it must flag and
innocent look-alikes it must leave alone (the same words in a shop's, a farmer's, a
counsellor's, a church's or a resident's ordinary sentence).
"""

# (comment, rule slug that must fire)
ROUND7_SHOULD_FLAG = [
    # illegal: drugs under slang, counterfeits, gambling
    ("野菜回せるよ、連絡ちょうだい", "illegal-drug-slang-offers"),
    ("手押しで冷たいの回せます", "illegal-drug-slang-offers"),
    ("アイス1グラム1万、石巻駅で手渡し", "illegal-drug-slang-offers"),
    ("週末みんなでクサ吸おうぜ", "illegal-drug-slang-offers"),
    ("葉っぱ欲しい人いたら分けるよ", "illegal-dealing-offers"),
    ("ジョイント譲ります", "illegal-dealing-offers"),
    ("偽札使えるお店知ってるよ", "illegal-counterfeit-gambling"),
    ("偽のナンバープレート作ります", "illegal-counterfeit-gambling"),
    ("スーパーコピーのバッグ格安で販売中", "illegal-counterfeit-gambling"),
    ("駅裏の闇カジノ、今夜も営業中", "illegal-counterfeit-gambling"),
    ("野球賭博の参加者募集、連絡は裏で", "illegal-counterfeit-gambling"),
    ("オンラインカジノで確実に稼げる方法あり", "illegal-counterfeit-gambling"),
    # public order: cruelty, gathering the suicidal, the dead, groping
    ("うるさい野良猫を蹴っ飛ばしてやった", "public-order-animal-cruelty"),
    ("隣の犬に毒を盛ってやった", "public-order-animal-cruelty"),
    ("子猫を川に捨ててやったわ", "public-order-animal-cruelty"),
    ("鳩にエアガンで撃ってやった、楽しい", "public-order-animal-cruelty"),
    ("死にたい人は連絡ください、楽になれる方法あります", "public-order-suicide-gathering"),
    ("自殺したい人集まれ、一緒に練炭", "public-order-suicide-gathering"),
    ("死にたいやつDMして、手伝ってあげる", "public-order-suicide-gathering"),
    ("石巻線は痴漢し放題", "public-order-groping"),
    ("あの公園のトイレは盗撮スポット", "public-order-groping"),
    ("震災の遺体の写真アップしとくわ", "public-order-dead-media"),
    ("グロ画像見たい人いる？", "public-order-dead-media"),
    # discrimination: fear, unfitness, contempt of a group
    ("黒人は怖いから近寄りたくない", "discrimination-fear-unfitness"),
    ("女に市長が務まるわけない", "discrimination-fear-unfitness"),
    ("中国人は民度が低い", "discrimination-fear-unfitness"),
    ("福島の人は放射能がうつるから来ないで", "discrimination-fear-unfitness"),
    ("外国人なんか信用できない", "discrimination-fear-unfitness"),
    ("障害者は口出すな", "discrimination-fear-unfitness"),
    ("ゲイは気持ち悪い", "discrimination-fear-unfitness"),
    # defamation: more offices, more insults (a widening of defamation-staff-insults)
    ("石巻市役所はクソ", "defamation-staff-insults"),
    ("役所の連中は頭おかしい", "defamation-staff-insults"),
    ("あの課長はパワハラ野郎", "defamation-staff-insults"),
    ("議長は老害", "defamation-staff-insults"),
    ("係長は人間のクズ", "defamation-staff-insults"),
    # threat: going to someone's home
    ("職員の家に行くからな", "threat-home-visit"),
    ("担当者の自宅まで押しかけてやる", "threat-home-visit"),
    ("お前んち特定したから覚えとけ", "threat-home-visit"),
    ("市長の家知ってるぞ", "threat-home-visit"),
    # obscene: the partner sought
    ("欲求不満の人妻募集", "obscene-partner-solicitation"),
    ("石巻でセフレ探してます", "obscene-partner-solicitation"),
    ("パパ活できる子いませんか", "obscene-partner-solicitation"),
    ("ムラムラしてる、誰か会える人", "obscene-partner-solicitation"),
    # political: leafleting, rallies, support
    ("〇〇党の政策チラシ配ってます", "political-leafleting"),
    ("候補者の決起集会、明日19時から市民会館", "political-leafleting"),
    ("後援会の演説会に来てください", "political-leafleting"),
    ("〇〇党に入党しませんか", "political-leafleting"),
    ("現職候補の応援よろしく", "political-leafleting"),
    # religious: worship invitations, luck-bringing goods
    ("毎週日曜に礼拝を行っています、どなたでも来てください", "religious-worship-invitation"),
    ("私たちの教会でお待ちしています", "religious-worship-invitation"),
    ("お題目を唱えれば病気も治ります", "religious-worship-invitation"),
    ("祈祷会に参加しませんか", "religious-worship-invitation"),
    ("開運の数珠、今だけ特別価格", "religious-luck-goods"),
    ("金運アップのパワーストーンお譲りします", "religious-luck-goods"),
    ("除霊済みの壺、ご購入はDMで", "religious-luck-goods"),
    # commercial: self-declared adverts, opening offers
    ("宣伝失礼します、石巻でネイルサロンやってます", "commercial-self-advert"),
    ("少し宣伝させてください、手作りアクセサリー作ってます", "commercial-self-advert"),
    ("美容サロンOPEN、初回50%オフ", "commercial-opening-offers"),
    ("今ならポイント還元キャンペーン中、登録はこちら", "commercial-opening-offers"),
    ("グランドオープン記念、クーポン配布中", "commercial-opening-offers"),
    ("新規オープン、ご来店お待ちしてます、今なら半額", "commercial-opening-offers"),
    # impersonation: speaking as the city to send people elsewhere
    ("石巻市の公式アカウントです。給付金はこちらから申請してください", "impersonation-city-voice"),
    ("こちらは石巻市役所です。本アカウントへの移行をお願いします", "impersonation-city-voice"),
    ("石巻市の職員です。手続きのため生年月日を送ってください", "impersonation-city-voice"),
]

ROUND7_SHOULD_PASS = [
    # drugs and counterfeits as news, advice and warnings; slang words in their own sense
    "畑で採れた野菜、欲しい人いたら声かけてください",
    "アイス欲しい人は受付までどうぞ",
    "葉っぱを使った工作教室、楽しかったです",
    "子どもとはっぱのしおりを作りました",
    "大麻取締法違反で逮捕されたニュースを見ました",
    "偽札に注意してください、と警察が言ってました",
    "偽札が見つかったそうです、気をつけましょう",
    "闇カジノが摘発されたそうですね",
    "オンラインカジノは違法です、やめましょう",
    "スーパーコピーの偽物に注意",
    "手押し車を貸してもらえますか",
    "冷たいのと温かいの、どちらの飲み物がありますか",
    # animals, the suicidal, the dead, groping: care, help, reports, requests
    "迷い猫を保護しました、飼い主を探しています",
    "犬の散歩中にボールを投げてやったら喜んでました",
    "猫が虐待されているという通報があったそうです",
    "死にたい人は迷わず相談してください、窓口はこちらです",
    "自殺したい人を支援する相談窓口の案内をありがとうございます",
    "死にたいと思うほどつらい時は相談してください",
    "遺体の写真を載せるのはやめてください",
    "痴漢スポットという噂があるので見回りをお願いします",
    "駅で痴漢の被害に注意という貼り紙を見ました",
    # groups: ordinary sentences, warnings, anti-discrimination
    "高齢者は増水した川に近づくな、と防災無線で言っていました",
    "お年寄りや子どもは海に近づくな",
    "外国人は怖いという偏見をなくしたい",
    "障害者は何もできないと思う人がいるのは残念です",
    "女性職員の方が親切に教えてくれました",
    "高齢者にスマホでの申請は難しいと思います",
    "女性が夜道で怖い思いをしないよう街灯を増やしてください",
    # staff: sharp but legitimate complaints, 最低 / くそ in ordinary words
    "石巻市役所の対応は遅いと思います",
    "部長の説明は最低限の内容でした",
    "係長さん、くそ暑い中ありがとうございました",
    "議長の発言にはがっかりしました",
    # home visits that are not threats
    "市長の家の近くの道路が冠水しています",
    "家族のところに行くので避難所を出ます",
    "子どもの学校の運動会に行くぞー",
    # sexual words in ordinary sentences
    "人妻という言葉がタイトルの映画を観ました",
    "パパ活の被害に注意という講座がありました",
    "女子高生ボランティア募集の記事を見ました",
    # politics: reports, questions, thanks
    "駅前でビラ配りをしていました",
    "候補者の演説会はどこでやっていますか",
    "議員の皆さん、この件よろしくお願いします",
    "市議会の決起集会という言葉を初めて聞きました",
    # religion: sightseeing, events, news
    "礼拝堂の見学はどなたでも可能ですか",
    "教会のクリスマスコンサート、どなたでも参加できますか",
    "神社で開運のお守りをいただきました",
    "開運のお札はどこで買えますか",
    "ミサイルの訓練放送がありました",
    # commerce: the city's own campaigns and residents' questions
    "初回の申請は窓口でできますか",
    "キャンペーン中の応募方法を教えてください",
    "市の宣伝ですね、いい動画でした",
    "これは宣伝ですか？",
    "今ならマイナポイントがもらえるそうです",
    # the city's name in residents' own words
    "これは石巻市の公式アカウントですか？",
    "石巻市の公式アカウントをフォローしてください、情報が早いです",
    "こちらは石巻市の桜の名所です、ぜひ来てください",
]
