"""Round 10 of the corpus: veiled threats (knowing where someone lives, their family, waiting
on the way home, a weapon carried to a school), discrimination by ancestry, belief, worth,
region or asked politely, solicitation in polite or dialect words, the city or the mayor
impersonated, a named person's private facts (``moderation/engine/defaults_round10.py``),
each kind with its innocent look-alikes."""

WHEREABOUTS = "threat-knows-whereabouts"
FAMILY = "threat-family-hints"
WAITING = "threat-waiting-on-the-way"
ARMED = "threat-armed-to-places"
ANCESTRY = "discrimination-ancestry-belief"
MARRIAGE = "discrimination-ancestry-marriage"
CONTAGION = "discrimination-contagion-myths"
WORTH = "discrimination-worth"
REGION = "discrimination-region"
RETURN = "discrimination-polite-return"
NO_ENTRY = "discrimination-emoji-no-entry"
SEXUALITY = "discrimination-sexuality-slurs"
SLURS = "discrimination-slurs"
OPENERS = "commercial-polite-openers"
WORK = "commercial-polite-work-offers"
SHOP = "commercial-shop-dialect"
FAITH = "religious-invitations-polite-dialect"
OBSCENE = "obscene-requests-polite-dialect"
CAMPAIGN = "political-campaign-more"
CANDIDATE = "political-supporters-club"
CITY = "impersonation-city-voice"
FACTS = "privacy-named-person-facts"
MASKED = "obscene-words-masked"

ROUND10_FLAG = [
    # knowing where someone lives or goes, or who their family is
    ("課長さんの通勤経路は把握しておりますので", WHEREABOUTS),
    ("あんたの帰宅経路はもう分かってるからな", WHEREABOUTS),
    ("議員の家の場所、特定済みだよ😊", "threat-knows-home"),
    ("窓口の女の車のナンバー、全部知ってるぞ", WHEREABOUTS),
    ("お子さんの学校も把握済みですので、よくお考えください", WHEREABOUTS),
    # a family's safety hinted at
    ("家族がどうなっても知らないよ", FAMILY),
    ("娘さんがどうなっても知りませんよ", FAMILY),
    ("職員の子供がどうなっても知らんぞ", FAMILY),
    ("奥さんが無事で済むと思うなよ", FAMILY),
    ("あの窓口の女の家、突き止めたからな", "threat-knows-home"),
    ("お宅の住所、もう分かってるからね", "threat-knows-home"),
    ("職員の〇〇、家族が大事なら黙ってろ", "threat-silence-or-else"),
    ("命が惜しければこの件から手を引け", "threat-silence-or-else"),
    # waiting on the way home
    ("仕事終わりに駐車場で待ってるからな", WAITING),
    ("あの担当者、帰り道で待ち伏せしてやる", WAITING),
    ("退勤後、通用口で待ってっから", WAITING),
    # a weapon carried to a school or an office
    ("来週、市役所にガソリン持って行くから", ARMED),
    ("中学校にナイフ持っていくからな", ARMED),
    ("役場さ猟銃持って行ぐがら", ARMED),
    # ancestry and belief
    ("あの家は部落だから、うちの子とは付き合わせない", ANCESTRY),
    ("学会員なんか雇いたくない", ANCESTRY),
    ("在日の血が入ってる人とは結婚させない", ANCESTRY),
    ("母子家庭の子とは遊ばせない", ANCESTRY),
    ("キリスト教の人は日本の文化を壊す", ANCESTRY),
    ("息子の婚約者が同和地区の出だと分かった。絶対に結婚は認めない", MARRIAGE),
    ("調べたら家柄がよくない。そんな家に嫁にはやれない", MARRIAGE),
    ("福島の子は放射能がうつるから遊ばせたくない", CONTAGION),
    ("障害がうつるから近くに住まないで", CONTAGION),
    # worth, region, asked politely, an emoji
    ("高齢者に税金を使うな、生産性がないんだから", WORTH),
    ("障がい者なんて社会のお荷物でしょう", WORTH),
    ("生活保護受給者は穀潰し", WORTH),
    ("被災地の人間は民度が低すぎる", REGION),
    ("浜の人間は品がない", REGION),
    ("移民の方々にはお引き取り願いたいものです", RETURN),
    ("外国人の皆様におかれましては、速やかにご帰国いただきたく存じます", RETURN),
    ("技能実習生はさっさと国に帰るべき", RETURN),
    ("在日の方には日本から出ていっていただきたい", RETURN),
    ("中国人⛔", NO_ENTRY),
    ("難民は🚫", NO_ENTRY),
    ("同性婚とか気持ち悪いからやめてほしい", SEXUALITY),
    ("トランスジェンダーは治療が必要でしょ", SEXUALITY),
    ("しなじんはかえれ", SLURS),
    # polite and dialect solicitation
    ("突然のコメント失礼致します。副業に興味はありませんか？詳しくはプロフィールから", OPENERS),
    ("突然失礼いたします。ご興味のある方はお気軽にどうぞ", OPENERS),
    ("スマホでできるお仕事をご紹介しております", WORK),
    ("主婦の方でも誰でもできるお仕事です", WORK),
    ("うちの店で野菜安ぐ売ってっからね", SHOP),
    ("当店は通販もやってます、ぜひ", SHOP),
    ("聖書さ興味あったら来てけらいん", FAITH),
    ("守護霊を無料で鑑定します", FAITH),
    ("先祖の供養が足りないから病気になるのです", "religious-spirit-threats"),
    (
        "共産党の佐藤でございます。皆様のご支援のほどよろしくお願いいたします",
        "political-party-self-named",
    ),
    ("おらほの店でホタテ売ってっから来てけさい", SHOP),
    ("神様が待ってっから教会さ来てみでけろ", FAITH),
    ("おねえさん、一発やらせてよ", OBSCENE),
    ("夜のお相手を募集しております", OBSCENE),
    ("市議選に出馬いたしました田中に温かいご支援をお願いいたします", CAMPAIGN),
    ("このたび出馬いたしました田中です", CANDIDATE),
    # the city, a division or the mayor naming itself to ask for data or a DM
    ("石巻市福祉課でございます。給付のため生年月日と口座番号をお知らせください", CITY),
    ("こちら石巻市役所です、アカウント確認のため再ログインしてください", CITY),
    ("石巻市防災課よりお知らせ：専用フォームで家族構成をご入力ください", CITY),
    (
        "【石巻市】災害見舞金の申請は専用フォームで世帯情報をご入力ください",
        "impersonation-city-header",
    ),
    ("［重要］石巻市税務課：還付のため口座番号を返信してください", "impersonation-city-header"),
    ("私は石巻市長です、ご意見はDMでお願いします", CITY),
    (
        "石巻市公式アカウントです。抽選に当たった方はこちらにカード番号を",
        "impersonation-official-claim",
    ),
    ("石巻市役所の広報担当です。返礼品キャンペーンに当選しました", CITY),
    # drugs: coded words with the words of drugs, dialect calls
    ("今夜、野菜キメようぜ", "illegal-drug-slang-coded"),
    ("アイスならグラム1万で手押しでいける", "illegal-drug-slang-coded"),
    ("大麻吸いてえ奴はうちに来い", "illegal-drug-slang-offers"),
    ("シャブ欲しい人いたらDMして", "illegal-drug-slang-offers"),
    ("年金事務所の者です。還付金のことでお電話ください", "impersonation-official-claim"),
    # a named person's private facts
    ("保育園の佐々木先生、心療内科に通ってるらしいよ", FACTS),
    ("近所の高橋さん、生活保護受けてるのに新車買ってた", FACTS),
    ("鈴木くんのお父さん、前科持ちなんだって", FACTS),
    ("伊藤さんの奥さん、認知症らしい", FACTS),
    ("〇〇課の佐藤さん、うつ病で休職してるんだって", FACTS),
    # a masked word
    ("ま〇こ", MASKED),
    # round 10, more ways of saying the kinds above
    ("担当の課長さん、住所調べさせてもらいました", "threat-knows-home"),
    ("あんたが車をどこに停めてるか知ってるよ", "threat-knows-routine"),
    ("職員さんが何時に帰るか分かってますよ", "threat-knows-routine"),
    ("お前の娘、毎朝バスで通学してるよな", "threat-family-watched"),
    ("てめえの子供、学校で見かけたぞ", "threat-family-watched"),
    ("あなたの家に火がつかないといいですね", "threat-arson-hints"),
    ("市長の自宅、火事にならないといいね", "threat-arson-hints"),
    ("議員さん、背中に気をつけてくださいね", "threat-veiled"),
    ("被差別部落の人とは結婚しない方がいい", ANCESTRY),
    ("エホバの人とは近所付き合いしたくない", ANCESTRY),
    ("車いすの障害者が電車に乗ると迷惑", WORTH),
    ("なんぼでも稼げる仕事あっから、連絡けさいん", WORK),
    ("ご支援のほどよろしくお願い申し上げます（〇〇党）", "political-party-self-named"),
    ("私ども石巻市の職員がご自宅にお伺いしますので、ご在宅の時間をお知らせください", CITY),
    ("市役所のアカウントが新しくなりました。こちらから再登録してください", CITY),
    ("〇〇町の佐藤さんちの息子、ひきこもりなんだって", FACTS),
    ("△△さん、自己破産したって", FACTS),
    ("当社の浄水器、今なら設置無料でお試しいただけます", "commercial-company-voice"),
    ("弊社の健康食品をぜひお試しくださいませ", "commercial-company-voice"),
    (
        "このたび市議会議員選挙に挑戦することになりました。応援のほど何卒よろしくお願いいたします",
        "political-party-self-named",
    ),
    ("石巻市から委託を受けた業者です。身分証の写真をお送りください", CITY),
    ("市長の秘書をしております。お電話番号を教えてください", CITY),
    ("二丁目の鈴木さんとこのじいちゃん、ボケてきてるから財布狙われるぞ", FACTS),
    ("〇〇小の5年の佐藤って子、母親が外国人なんだって", FACTS),
    ("移民が増えて物騒になった。みんな追い出してくれ", "discrimination-expulsion"),
    ("中国の人たちには、できれば地元に来ないでいただけると助かります", RETURN),
    ("生活保護の人は税金で遊ぶな", WORTH),
    ("あの団地は柄が悪い、住むもんじゃない", REGION),
    ("故人の声を聞きたい方、私どもにご連絡ください", FAITH),
    ("駅前の佐藤工務店は客を騙して高い工事をさせる悪徳業者です", "defamation-business-fraud"),
    ("〇〇水産は産地偽装してるって評判", "defamation-business-fraud"),
    ("補助金の件、どうせ役所もグルなんでしょ", "defamation-city-accomplice"),
]

ROUND10_PASS = [
    # whereabouts, family and waiting, said kindly or about oneself
    "住所は把握していますか？転居届を出してください",
    "ご家族の皆さんが無事でよかったです",
    "家族がどうなっているか心配で、安否確認の方法を教えてください",
    "帰り道、駅で待ってるからね",
    "駐車場で待っていてください、すぐ行きます",
    "子供の学校の場所が分かってるので迎えに行けます",
    "台風の日はご自身の身の安全を第一にお考えください",
    "夜道は暗いので街灯を増やしてほしいです",
    "家族が大事なら、今のうちに防災グッズを準備しよう",
    "命が惜しければすぐに高台へ避難してください",
    "家族でいつもこのページ見てますよ",
    # weapons in ordinary or past sentences
    "調理実習で学校に包丁を持って行くそうです",
    "市役所にナイフを持って侵入した男が逮捕されたニュース、怖い",
    "灯油持って行くから、公民館のストーブに入れておくね",
    # ancestry, belief, worth and region as topics
    "同和問題の研修会が公民館であります",
    "部落差別をなくすための講演を聞きました",
    "宗教の勧誘お断りのステッカーはどこでもらえますか",
    "ハーフマラソンの参加はお断りされました",
    "障害者の雇用で会社の生産性が上がったそうです",
    "障害者はお荷物ではないと訴える講演でした",
    "放射能がうつるという偏見をなくしたい",
    "放射能はうつりません、安心してください",
    "東北の人は温かいですね",
    "民度が低いと言われないようにマナーを守ろう",
    "外国人の方も手続きが終わったらそのままお帰りいただけます",
    "留学生が母国へお帰りになる前に送別会をしました",
    "外国人観光客の皆さん、気をつけてお帰りください",
    "同性婚について勉強会があるそうです",
    "仏教の行事、写真撮影はお断りだそうです",
    "キリスト教の人もお寺の祭りに来ていました",
    "外国人の方の帰国手続きについて教えてください",
    "同性愛なんて病気じゃないし、気持ち悪いという偏見はやめよう",
    "おかしなじんせいだったけど楽しい",
    # ordinary invitations, shops talked about, events
    "突然のコメント失礼します。昨日の避難訓練の資料はどこで見られますか",
    "うちの店も震災の後、たくさんの人が買いに来てくれました",
    "在宅でできる仕事があれば教えてほしいです",
    "教会のバザー、たくさん来てくれてありがとう",
    "町内会の集会、来てけろって回覧板に書いてあった",
    "前世占いの番組を見た",
    "私にやらせてください、片付け手伝います",
    "おらさやらせてけろ、芋煮の鍋当番",
    "市長選の開票結果を早く出してください",
    "立候補の届け出はどこでできますか",
    "子ども食堂へのご支援のほどよろしくお願いいたします",
    "お盆にご先祖様の供養をしてきました",
    "おらほの店も地震で壊れたけど再開したよ",
    # the city named in reports and questions
    "石巻市役所から封筒が届きました、生年月日の欄の書き方を教えてください",
    "私は石巻市に住んでいます。DMで質問してもいいですか",
    "石巻市の職員を名乗る人から口座番号を聞かれた、詐欺ですよね？",
    "福祉課でございますという電話があったけど本物？",
    "【石巻市】という件名のメールで口座番号を聞かれた、詐欺ですか",
    "【お知らせ】石巻市の花火大会は延期です",
    # everyday words that are also drug slang
    "朝市で野菜を安く売ります",
    "アイスあるよ、取りに来てね",
    "チョコ要る？",
    "うちの畑の野菜、手に入るけど要る？",
    "草刈り機を安く譲ります",
    "大麻の栽培は法律で禁止されています、見つけたら通報を",
    # people named kindly, fees and health in general
    "佐藤さん、精神科に通ってる方の相談窓口はどこですか",
    "職員さんの勤務先はどこになりますか",
    "田中さんの勤め先は市役所だから、詳しいと思う",
    "市役所の担当者が自宅の場所を把握しておりますので、訪問の際はご安心ください",
    "ご家族が無事だといいですね、連絡が取れるといいですね",
    "うちの子供がどうなってもいいのか、通学路の信号を早くつけて",
    "子どもがどうなっても知らないよ、と言われて傷ついた",
    "石巻市秘書広報課でございますと名乗る電話に注意、生年月日を聞かれます",
    "【石巻市】のお知らせ、口座番号の登録は窓口でお願いします",
    "私は市長の考えに賛成です。DMで意見を送りました",
    "避難者の方々に近づくなと言う人がいて悲しい",
    "高齢者の医療費に税金の無駄と言うのは間違い",
    "障害者を役に立たないと言う人は許せない",
    "外国人🙅‍♂️ではなく、外国人歓迎のお店です",
    "外国人❌ではなく外国人⭕の時代です",
    "在日外国人の方は、母国へ帰国していただきたい場合も手続きがあります",
    "田中さん、病院に通っているそうで心配です",
    "生活保護を受けている人への偏見をなくしたい",
    "まことにありがとうございます",
    "「しなやかな強さ」という復興のキャッチコピー、好きです",
    "公園のベンチのペンキがはげていて服についちゃいました",
    "職員の方が障害がある方に丁寧に対応してくれました",
    "「殺すぞ」と留守電が入っていて怖いです、警察に相談しました",
    "「死ね」とか「消えろ」とか酷いのが多いので、コメント欄を管理してほしい",
    # round 10, look-alikes of the ways of saying above
    "お宅のお子さん、毎朝元気に挨拶してくれます",
    "乾燥してるから火事にならないといいですね",
    "火の用心の見回りに参加しました",
    "バックする時は後ろに気をつけてください",
    "子どもがどこの学校か知ってる先生に相談しました",
    "準備しないと後悔することになりますよ",
    "油断すると痛い目見ることになりますよ、早めに避難を",
    "障害者の方の邪魔にならないよう、点字ブロックに自転車を置かないで",
    "ベビーカーが電車に乗ると迷惑という声がありますが、私は気になりません",
    "政党の演説会があるそうです、ご支援のほどは分かりませんが",
    "石巻市のアカウントが新しくなりましたか？見つかりません",
    "佐藤さん、自己破産の手続きについて相談できる窓口はありますか",
    "弊社も震災で被災しましたが、今は元気に営業しています",
    "当院の駐車場が工事中です、ご不便をおかけします",
    "選挙に挑戦する若い人が増えてほしい",
    "市から委託を受けた業者さんが草刈りしてくれました",
    "市長の秘書をしている友人から聞きました、講演会は延期だそうです",
    "鈴木さんとこのじいちゃん、今年も畑で元気にしてます",
    "外国人観光客が増えて、商店街が元気になった",
    "庭の猫を追い出してくれる方法を教えて",
    "障害のある方は、窓口で手続きの代行を頼めます",
    "あの団地の集会所、きれいになりました",
    "震災で亡くなった方の声を記録した本が図書館にあります",
    "石巻水産を名乗る詐欺業者から電話がありました、ご注意を",
    "悪徳業者の訪問販売に注意してください、と会社の回覧で見ました",
    "水産加工の会社で働いています、グルメイベント楽しみ",
]
