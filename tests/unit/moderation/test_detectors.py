"""Personal-information and link detectors: positives and innocent look-alikes."""

import pytest

from moderation.engine import widen
from moderation.engine.links import find_links
from moderation.engine.pii import (
    detect_address,
    detect_card,
    detect_email,
    detect_my_number,
    detect_phone,
    is_my_number,
    luhn_valid,
    my_number_check_digit,
)


def found(detector, text):
    wide = widen(text)
    return [text[start:end] for start, end in detector(wide)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("電話は090-1234-5678です", "090-1234-5678"),
        ("０８０－１２３４－５６７８", "０８０－１２３４－５６７８"),
        ("07012345678", "07012345678"),
        ("+81 90 1234 5678", "+81 90 1234 5678"),
        ("+81-225-95-1111", "+81-225-95-1111"),
        ("代表 0225-95-1111", "0225-95-1111"),
        ("(0225) 95-1111", "(0225) 95-1111"),
        ("0120-123-456", "0120-123-456"),
        ("090 1234 5678", "090 1234 5678"),
        # kanji numerals and の between the groups (one character for one: spans keep)
        ("電話は〇九〇ー一二三四ー五六七八です", "〇九〇ー一二三四ー五六七八"),
        ("〇九〇・一二三四・五六七八", "〇九〇・一二三四・五六七八"),
        ("090の1234の5678に連絡して", "090の1234の5678"),
        ("電話番号は０９０の１２３４の５６７８", "０９０の１２３４の５６７８"),
        ("〇二二五の九五の一一一一", "〇二二五の九五の一一一一"),
        ("0 9 0 - 1 2 3 4 - 5 6 7 8", "0 9 0 - 1 2 3 4 - 5 6 7 8"),
        # spelled out in kana, alone or mixed with digits
        (
            "電話はゼロキューゼロ いちにさんよん ごろくななはち",
            "ゼロキューゼロ いちにさんよん ごろくななはち",
        ),
        (
            "ぜろきゅうぜろのいちにさんよんのごろくななはち",
            "ぜろきゅうぜろのいちにさんよんのごろくななはち",
        ),
        ("マルキュウマルの1234の5678", "マルキュウマルの1234の5678"),
        # half-width katakana, the voicing mark a character of its own (ｾﾞ)
        ("携帯はｾﾞﾛｷｭｰｾﾞﾛ ｲﾁﾆｻﾝﾖﾝ ｺﾞﾛｸﾅﾅﾊﾁ", "ｾﾞﾛｷｭｰｾﾞﾛ ｲﾁﾆｻﾝﾖﾝ ｺﾞﾛｸﾅﾅﾊﾁ"),
    ],
)
def test_phone_numbers_are_found(text, number):
    assert found(detect_phone, text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "2016-10-17",
        "入場料は500円",
        "受付番号 123456789012",
        "090-1234",
        "令和6年10月17日 10:00",
        "1234-5678-9012",
        "二〇二四年一〇月一日に開催",
        "〇〇〇〇〇〇〇〇〇〇〇さん",
        "一二三四五六七八九十",
        "一の一の二の三の四の五の六の七の八の九",
        "ゼロから始める、にこにこ、しかし",
        "ゼロ 1 2 3",
    ],
)
def test_phone_look_alikes_are_not_found(text):
    assert found(detect_phone, text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("連絡 taro.yamada@example.com まで", "taro.yamada@example.com"),
        ("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ"),
        ("taro at example dot com", "taro at example dot com"),
        ("taro(at)example(dot)co(dot)jp", "taro(at)example(dot)co(dot)jp"),
        ("hanako アットマーク example.ne.jp", "hanako アットマーク example.ne.jp"),
        # Japanese right before the address, and ★ for @ (「★を@に変えて」)
        ("メールはabc123(at)gmail.com", "abc123(at)gmail.com"),
        ("連絡はtaroあっとexample.jpまで", "taroあっとexample.jp"),
        ("メールはabc123★gmail.com（★を@に）", "abc123★gmail.com"),
        ("hanako☆example.ne.jp", "hanako☆example.ne.jp"),
        (
            "ｔａｒｏ ａｔ ｅｘａｍｐｌｅ ｄｏｔ ｃｏｍ",
            "ｔａｒｏ ａｔ ｅｘａｍｐｌｅ ｄｏｔ ｃｏｍ",
        ),
    ],
)
def test_email_addresses_are_found(text, address):
    assert found(detect_email, text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "meet me at the station",
        "@tanaka さんありがとう",
        "at home dot",
        "評価は★5つ",
        "今日は☆がきれい",
    ],
)
def test_email_look_alikes_are_not_found(text):
    assert found(detect_email, text) == []


def test_my_number_check_digit():
    assert my_number_check_digit("12345678901") == 8
    assert is_my_number("123456789018")
    assert not is_my_number("123456789012")  # wrong check digit
    assert not is_my_number("000000000000")


def test_my_number_found_with_grouping_and_full_width():
    assert found(detect_my_number, "番号は1234 5678 9018です") == ["1234 5678 9018"]
    assert found(detect_my_number, "１２３４５６７８９０１８") == ["１２３４５６７８９０１８"]
    assert found(detect_my_number, "受付番号 123456789012") == []


def test_card_numbers_need_luhn():
    assert luhn_valid("4111111111111111")
    assert found(detect_card, "カード 4111 1111 1111 1111") == ["4111 1111 1111 1111"]
    assert found(detect_card, "5500-0000-0000-0004") == ["5500-0000-0000-0004"]
    assert found(detect_card, "4111 1111 1111 1112") == []  # not Luhn
    assert found(detect_card, "1111111111111111") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("市役所は石巻市穀町14番1号", "石巻市穀町14番1号"),
        ("家は石巻市中央2丁目5番3号", "石巻市中央2丁目5番3号"),
        ("宮城県石巻市蛇田1-2-3", "宮城県石巻市蛇田1-2-3"),
        ("石巻市中央一丁目二番三号に住んでる", "石巻市中央一丁目二番三号"),
        ("石巻市蛇田字新下沼一二三番地", "石巻市蛇田字新下沼一二三番地"),
        ("石巻市中央1丁目", "石巻市中央1丁目"),
        ("中央二丁目3番4号の佐藤さん", "中央二丁目3番4号"),
        ("田中の家は蛇田字新金沼123", "蛇田字新金沼123"),
    ],
)
def test_addresses_are_found(text, address):
    assert found(detect_address, text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "2016-10-17",
        "石巻市役所はどこですか",
        "1-2-3",
        "入場料は500円",
        # kanji numerals: a rank or a district is not a house
        "石巻市内一番の人気店です",
        "石巻市中央一丁目の公園",
        "町内一番の桜",
        "漢字検定2級に合格しました",
        "数字123を入力",
        "赤字3億円",
    ],
)
def test_address_look_alikes_are_not_found(text):
    assert found(detect_address, text) == []


def links(text):
    return [
        (text[link.start : link.end], link.host, link.obfuscated)
        for link in find_links(text, widen(text))
    ]


def test_links_are_found_and_disguises_noticed():
    assert links("see https://www.city.ishinomaki.lg.jp/a") == [
        ("https://www.city.ishinomaki.lg.jp/a", "city.ishinomaki.lg.jp", False)
    ]
    assert links("hxxp://evil.com/x") == [("hxxp://evil.com/x", "evil.com", True)]
    assert links("ｈｔｔｐｓ：／／ｅｖｉｌ．ｃｏｍ") == [
        ("ｈｔｔｐｓ：／／ｅｖｉｌ．ｃｏｍ", "evil.com", True)
    ]
    assert links("evil[.]com") == [("evil[.]com", "evil.com", True)]
    assert links("メール taro@example.com") == []  # an e-mail address is not a link
    assert links("ありがとうございました。また来ます。") == []


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("詳しくは example（ドット）com まで", "example.com"),
        ("登録は free-gift ドット xyz から", "free-gift.xyz"),
        ("ｆｒｅｅｇｉｆｔ【ドット】ｃｏｍ", "freegift.com"),
        ("abc どっと def どっと jp", "abc.def.jp"),
    ],
)
def test_a_dot_spoken_in_japanese_is_a_disguised_link(text, host):
    assert [(found_host, obfuscated) for _t, found_host, obfuscated in links(text)] == [
        (host, True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "アマゾンドットコムで買いました",
        "ラブドットのシール",
        "水玉（ドット）柄のシャツ",
        "ドット絵の展示",
    ],
)
def test_the_word_dot_alone_is_no_link(text):
    assert links(text) == []


def test_a_spoken_dot_link_fires_the_shipped_link_rules():
    from moderation.engine import Engine
    from moderation.engine.defaults import DEFAULT_RULES

    engine = Engine.from_rules(DEFAULT_RULES)
    hits = engine.screen("無料でもらえます→ free-gift（ドット）xyz で登録")
    assert {hit.category for hit in hits} == {"harmful_link"}
    # The city's own domain, spoken, is still the city's.
    city = engine.screen("市のページ city（ドット）ishinomaki（ドット）lg（ドット）jp")
    assert all(hit.category != "harmful_link" for hit in city)


# --- published numbers: a value and a block (trailing *) in a PII rule's allow list ----------


def _phone_rule(allow):
    from moderation.engine import Engine

    rule = {
        "slug": "phone",
        "name": "phone",
        "clause": "privacy",
        "kind": "pii",
        "severity": "high",
        "action": "auto_hide",
        "config": {"detectors": ["phone"], "allow": allow},
    }
    return Engine.from_rules([rule])


@pytest.mark.parametrize(
    "text",
    [
        "フリーダイヤル 0120-123-456 に電話しました",
        "０１２０－９８７－６５４（無料）",
        "〇一二〇の一二三の四五六",
        "0800-123-4567 は通話無料です",
        "ナビダイヤル 0570-012-345",
        "市民課の直通 0225-95-1234 に聞きました",
        "(0225) 95-6543",
        "〇二二五-九五-一二三四",
        "0225の95の2345",
        "+81-225-95-1234",
        # read out in digit words, as a resident passing the number on writes it
        "ぜろにーにーご、きゅうご、いちにさんよん",
        "ｾﾞﾛｲﾁﾆｾﾞﾛ ｲﾁﾆｻﾝ ﾖﾝｺﾞﾛｸ",
        "ゼロハチゼロゼロ イチニサン ヨンゴロクナナ",
        "0225 きゅうご にいちにいち",
    ],
)
def test_numbers_in_a_published_block_are_allowed(text):
    engine = _phone_rule(["0120*", "0800*", "0570*", "0225-95-*"])
    assert engine.screen(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "090-1234-5678",
        "0225-96-1234",  # the next exchange is not the city hall's
        "0225-22-9512",  # 95 elsewhere in the number is not the block
        "090-1234-0120",  # a mobile number holding 0120
        "〇九〇の〇一二〇の〇五七〇",
        "ぜろきゅうぜろ いちにさんよん ごろくななはち",
        "ぜろにーにーご きゅうろく いちにさんよん",  # 0225-96: not the city hall's
    ],
)
def test_numbers_outside_the_blocks_are_still_found(text):
    engine = _phone_rule(["0120*", "0800*", "0570*", "0225-95-*"])
    assert [hit.rule for hit in engine.screen(text)] == ["phone"]


def test_a_value_without_a_star_is_still_a_suffix_not_a_block():
    engine = _phone_rule(["0225-95-1111"])
    assert engine.screen("代表 0225-95-1111") == []
    assert engine.screen("代表 ぜろにーにーご きゅうご いちいちいちいち") == []
    assert [hit.rule for hit in engine.screen("0225-95-1234")] == ["phone"]
    assert [hit.rule for hit in engine.screen("ぜろにーにーご きゅうご いちにさんよん")] == [
        "phone"
    ]


# --- whose contact it is: the policy prohibits publishing it without the person's consent --


def _pii_rule(**config):
    from moderation.engine import Engine

    config = {"detectors": ["phone", "email", "address", "my_number"], **config}
    return Engine.from_rules(
        [{"slug": "pii", "clause": "privacy", "kind": "pii", "severity": "high", "config": config}]
    )


@pytest.mark.parametrize(
    "text",
    [
        "鍵を拾いました。私の携帯は080-3321-0954です、連絡ください",
        "僕（佐々木）の番号：090-5512-8870",
        "わたしのメアド→ haru.minato@example.jp",
        "自分の連絡先 070-4412-9910 まで",
        "集合は私の自宅（石巻市穀町5番3号）です",
        "当方の電話番号は 0225-87-6612 です",
    ],
)
def test_a_writers_own_contact_is_not_flagged(text):
    assert _pii_rule().screen(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "私の元カレの番号 090-5512-8870 晒すわ",  # the owner is someone else
        "私の隣の家は石巻市穀町5番3号",
        "こいつの番号 090-5512-8870 まで電話してやれ",
        "市長の携帯は090-5512-8870",
        "私の携帯、この前変えた。あいつのは 090-5512-8870",  # not right before it
        "私のマイナンバーは 1234-5678-9018",  # never posted, own or not
    ],
)
def test_someone_elses_contact_or_a_my_number_is_still_flagged(text):
    assert [hit.rule for hit in _pii_rule().screen(text)] == ["pii"]


def test_a_rule_may_flag_own_contacts_too():
    engine = _pii_rule(own_contact=False)
    assert [hit.rule for hit in engine.screen("私の携帯は080-3321-0954です")] == ["pii"]
