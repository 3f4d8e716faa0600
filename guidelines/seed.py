"""Version 1 of the operating policy (石巻市ソーシャルネットワーキングサービス《Facebook》運用方針).

Worded after the policies of neighbouring cities (仙台市, 気仙沼市, ...) as the HQ meeting of
17 October 2016 adopted it. Used by the data migration and by `seed_demo`; the function
takes the model classes so that the migration can pass its historical models.
"""

from __future__ import annotations

import datetime as dt

ADOPTED_ON = dt.date(2016, 10, 17)

POLICY_V1 = {
    "version": 1,
    "title_ja": "石巻市ソーシャルネットワーキングサービス《Facebook》運用方針",
    "title_en": "Ishinomaki City Social Networking Service (Facebook) Operating Policy",
    "preamble_ja": (
        "石巻市（以下「市」といいます。）は、市政情報や観光、イベント、防災などの情報を、"
        "より多くの皆さまに迅速にお届けするため、Facebook（フェイスブック）の公式ページ"
        "（以下「公式ページ」といいます。）を運用します。\n"
        "公式ページは、各担当課が開設し、運用管理責任者の管理のもと運用します。"
        "公式ページの一覧は、市の「公式ページ一覧」で公開しています。一覧にないページは市の公式ページではありません。\n"
        "投稿は原則として平日の8時30分から17時15分までに行いますが、必要に応じて時間外にも投稿することがあります。\n"
        "市は、いただいたコメントやメッセージに原則として返信いたしません。"
        "ご意見・お問い合わせは、各担当課の窓口、電話又は市ホームページのお問い合わせフォームをご利用ください。\n"
        "公式ページが「いいね！」、シェア又はフォローをするのは、国、地方公共団体その他の公的機関の"
        "アカウントに限ります。\n"
        "公式ページをご利用いただく方は、この運用方針をご承諾いただいたものとみなします。"
        "この運用方針は、予告なく変更することがあります。"
    ),
    "preamble_en": (
        "Ishinomaki City (the City) runs official Facebook pages to bring information on city "
        "affairs, tourism, events and disaster prevention quickly to as many people as possible.\n"
        "Each official page is opened by a department of the City and run under the supervision "
        "of its responsible person. The list of official pages is published in the City's "
        "registry of official pages; a page not in the registry is not an official page of the City.\n"
        "Posts are made on weekdays from 8:30 to 17:15 in principle, and at other times when needed.\n"
        "As a rule the City does not reply to comments or messages. Please send opinions and "
        "questions to the department in charge, by telephone or through the inquiry form on the "
        "City's website.\n"
        "Official pages like, share or follow only accounts of the national government, local "
        "governments and other public bodies.\n"
        "By using an official page you are deemed to accept this policy. The policy may be "
        "changed without notice."
    ),
    "response_ja": (
        "次の禁止事項に該当する、又は該当すると市が判断した投稿（コメントを含みます。）は、"
        "発言者に断りなく非表示又は削除します。悪質な場合や繰り返される場合は、投稿者をブロックし、"
        "Facebookへの報告を行います。暴力的・脅迫的な投稿は警察に通報することがあります。"
        "削除等の理由についてのお問い合わせには応じません。"
    ),
    "response_en": (
        "Posts (including comments) that fall, or that the City judges to fall, under the "
        "following prohibitions are hidden or deleted without notice to their author. Serious or "
        "repeated cases lead to the author being blocked and reported to Facebook. Violent or "
        "threatening posts may be reported to the police. The City does not answer questions "
        "about the reasons for a deletion."
    ),
    "ip_ja": (
        "公式ページに掲載している文章、写真、動画等の著作権は、市又は正当な権利を有する第三者に帰属します。"
        "著作権法で認められた範囲を超えて、無断で複製、転載等をすることはできません。\n"
        "利用者が投稿した内容の著作権は投稿者に帰属しますが、市は、市の広報活動のために、"
        "これを無償で利用できるものとします。投稿にあたっては、第三者の著作権、肖像権その他の権利を"
        "侵害しないようご注意ください。"
    ),
    "ip_en": (
        "The copyright of the text, photographs, videos and other material on official pages "
        "belongs to the City or to third parties who hold the rights. They may not be copied or "
        "reproduced beyond what copyright law permits.\n"
        "Users keep the copyright of what they post, but the City may use it free of charge for "
        "its public relations. Please make sure your posts do not infringe the copyright, "
        "portrait rights or other rights of third parties."
    ),
    "disclaimer_ja": (
        "市は、公式ページに掲載する情報の正確性について細心の注意を払っていますが、"
        "その内容の正確性、完全性を保証するものではありません。\n"
        "利用者の投稿内容及び公式ページの利用により利用者又は第三者に生じた損害について、"
        "市は一切の責任を負いません。利用者同士又は利用者と第三者との間のトラブルについても同様です。\n"
        "公式ページからリンクする外部サイトの内容について、市は責任を負いません。\n"
        "Facebookのサービスの停止、仕様の変更等により公式ページを利用できない場合があります。"
    ),
    "disclaimer_en": (
        "The City takes great care over the accuracy of the information on its official pages but "
        "does not guarantee that it is accurate or complete.\n"
        "The City accepts no liability for damage suffered by users or third parties through "
        "users' posts or the use of the official pages, including disputes between users or "
        "between users and third parties.\n"
        "The City is not responsible for the content of external sites linked from its pages.\n"
        "The official pages may be unavailable when Facebook suspends or changes its service."
    ),
}

DELETE = "発言者に断りなく非表示又は削除します。"
DELETE_EN = "Hidden or deleted without notice to the author."
DELETE_REPORT = "発言者に断りなく削除し、Facebookに報告します。繰り返す場合はブロックします。"
DELETE_REPORT_EN = "Deleted without notice and reported to Facebook; repeat offenders are blocked."

# (code, clause ja, clause en, response ja, response en), in the order of the policy.
CLAUSES_V1 = [
    (
        "illegal",
        "法令に違反する、又は違反するおそれのあるもの、及び犯罪行為を助長するもの",
        "Posts that violate or may violate laws and regulations, or that encourage crime",
        DELETE_REPORT,
        DELETE_REPORT_EN,
    ),
    (
        "public_order",
        "公序良俗に反するもの",
        "Posts contrary to public order and morals",
        DELETE,
        DELETE_EN,
    ),
    (
        "defamation",
        "特定の個人、団体等を誹謗中傷し、又はその名誉若しくは信用を傷つけるもの",
        "Posts that slander a specific person or group or damage their honour or credit",
        DELETE,
        DELETE_EN,
    ),
    (
        "discrimination",
        "人種、思想、信条、性別、障害等による差別、又は差別を助長するもの",
        "Posts that discriminate, or encourage discrimination, by race, belief, creed, sex, "
        "disability or the like",
        DELETE_REPORT,
        DELETE_REPORT_EN,
    ),
    (
        "threat",
        "暴力的又は脅迫的な表現を含むもの（犯罪の予告を含みます。）",
        "Posts with violent or threatening expressions (including announcements of crimes)",
        "発言者に断りなく削除し、記録を保存のうえ警察に通報します。",
        "Deleted without notice; the record is kept and the police are informed.",
    ),
    (
        "obscene",
        "わいせつな表現を含むもの",
        "Posts with obscene content",
        DELETE_REPORT,
        DELETE_REPORT_EN,
    ),
    (
        "privacy",
        "本人の承諾なく個人情報（氏名、住所、電話番号、メールアドレス等）を公開するもの",
        "Posts that publish personal information (name, address, telephone number, e-mail "
        "address, etc.) without the person's consent",
        "本人の保護のため、発言者に断りなく速やかに非表示又は削除します。",
        "Hidden or deleted at once, without notice, to protect the person concerned.",
    ),
    (
        "commercial",
        "広告、宣伝、勧誘、営業その他営利を目的とするもの",
        "Advertising, promotion, solicitation, sales or other commercial posts",
        DELETE,
        DELETE_EN,
    ),
    (
        "political",
        "政治活動又は選挙運動を目的とするもの",
        "Posts for political activity or election campaigning",
        DELETE,
        DELETE_EN,
    ),
    (
        "religious",
        "宗教活動を目的とするもの",
        "Posts for religious activity",
        DELETE,
        DELETE_EN,
    ),
    (
        "harmful_link",
        "有害なプログラム又はサイトへ誘導するもの",
        "Posts that lead to harmful programs or sites",
        DELETE_REPORT,
        DELETE_REPORT_EN,
    ),
    (
        "spam",
        "同一内容の繰り返し投稿",
        "Repeated posting of the same content",
        "発言者に断りなく削除します。繰り返す場合はブロックします。",
        "Deleted without notice; repeat offenders are blocked.",
    ),
    (
        "ip_infringement",
        "著作権、肖像権その他の知的財産権等を侵害するもの",
        "Posts that infringe copyright, portrait rights or other intellectual property rights",
        DELETE,
        DELETE_EN,
    ),
    (
        "impersonation",
        "市又は他者になりすましたもの",
        "Posts impersonating the City or anyone else",
        DELETE_REPORT,
        DELETE_REPORT_EN,
    ),
    (
        "false_info",
        "虚偽又は事実と異なる内容のもの",
        "False or inaccurate content",
        DELETE,
        DELETE_EN,
    ),
    (
        "off_topic",
        "投稿記事の趣旨と関係のないもの",
        "Posts unrelated to the subject of the article",
        DELETE,
        DELETE_EN,
    ),
    (
        "confidential",
        "行政の機密事項を含むもの",
        "Posts containing confidential administrative information",
        DELETE,
        DELETE_EN,
    ),
    (
        "other",
        "その他、市が不適切と判断するもの",
        "Anything else the City judges inappropriate",
        DELETE,
        DELETE_EN,
    ),
]


def operating_policy_seed(policy_model, clause_model, published_at=None):
    """Create version 1, published, if no version exists yet. Idempotent."""
    if policy_model.objects.filter(version=1).exists():
        return policy_model.objects.get(version=1)
    from django.utils import timezone

    policy = policy_model.objects.create(
        adopted_on=ADOPTED_ON,
        published_at=published_at or timezone.now(),
        **POLICY_V1,
    )
    clause_model.objects.bulk_create(
        [
            clause_model(
                policy=policy,
                code=code,
                position=index,
                text_ja=text_ja,
                text_en=text_en,
                response_ja=response_ja,
                response_en=response_en,
            )
            for index, (code, text_ja, text_en, response_ja, response_en) in enumerate(
                CLAUSES_V1, start=1
            )
        ]
    )
    return policy
