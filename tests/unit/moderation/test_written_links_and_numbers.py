"""Links and phone numbers are read however they are written: full-width, with the scheme
masked (hxxps, h**ps, ttps) or spelled out letter by letter, with the dot bracketed,
spaced, written as a Japanese full stop or middle dot (example。com, bit・ly); numbers in
kana or kanji numerals, with O for zero, with any separator between the groups. A link
read so feeds the link rules exactly as the same link written plainly does (plus the rule
on disguised links), highlighted on the characters as written; the innocent writing beside
each kind stays clean, and the pre-check never skips what the full reading finds."""

from functools import cache

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from moderation.engine import Engine, widen
from moderation.engine.defaults import DEFAULT_RULES
from moderation.engine.detectors import links_in
from moderation.engine.links import find_links, may_contain_link
from moderation.engine.phones import detect_phone
from moderation.engine.spaced import despaced


@cache
def _engine() -> Engine:
    return Engine.from_rules(DEFAULT_RULES)


def _links(text):
    wide = widen(text)
    return [
        (text[link.start : link.end], link.host, link.obfuscated)
        for link in links_in(text, wide, despaced(wide))
    ]


# --- links -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "host"),
    [
        (
            "こちら ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ まで",
            "ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ",
            "example.com",
        ),
        ("こちら ttps://example.com/a", "ttps://example.com/a", "example.com"),
        ("こちら ttp://example.com", "ttp://example.com", "example.com"),
        ("こちら h**ps://example.com", "h**ps://example.com", "example.com"),
        ("こちら h__ps://example.com", "h__ps://example.com", "example.com"),
        ("こちら hXXps://example.com", "hXXps://example.com", "example.com"),
        ("こちら https:// example.com", "https:// example.com", "example.com"),
        # the dot as a Japanese full stop or middle dot, either width, spaced or not
        ("登録は example。com から", "example。com", "example.com"),
        ("登録は example｡com から", "example｡com", "example.com"),
        ("登録は ｅｘａｍｐｌｅ。ｃｏｍ から", "ｅｘａｍｐｌｅ。ｃｏｍ", "example.com"),
        ("登録は example 。 com から", "example 。 com", "example.com"),
        ("登録は bit・ly/3xYz から", "bit・ly/3xYz", "bit.ly"),
        ("登録は bit･ly/3xYz から", "bit･ly/3xYz", "bit.ly"),
        ("登録は www。free-gift。cc から", "www。free-gift。cc", "free-gift.cc"),
        ("登録は https://example。com/abc から", "https://example。com/abc", "example.com"),
        # ... or as a comma, Japanese or Latin, either width
        ("登録は gift、xyz/get から", "gift、xyz/get", "gift.xyz"),
        ("登録は bit､ly/3xYz から", "bit､ly/3xYz", "bit.ly"),
        ("登録は prize，xyz から", "prize，xyz", "prize.xyz"),
        ("登録は prize,top/win から", "prize,top/win", "prize.top"),
        # a bracketed dot or word, with spaces or other brackets
        ("登録は example (.) com から", "example (.) com", "example.com"),
        ("登録は example [dot] com から", "example [dot] com", "example.com"),
        ("登録は example{.}com から", "example{.}com", "example.com"),
        ("登録は example<.>com から", "example<.>com", "example.com"),
        ("登録は example【。】com から", "example【。】com", "example.com"),
        ("登録は example（．）com から", "example（．）com", "example.com"),
        # spelled out letter by letter, scheme and all, or only the scheme
        ("こちら h t t p s : / / example.com", "h t t p s : / / example.com", "example.com"),
        ("こちら e x a m p l e 。 c o m", "e x a m p l e 。 c o m", "example.com"),
        ("こちら example\u200b。com", "example\u200b。com", "example.com"),
    ],
)
def test_a_disguised_link_is_read_with_its_host_on_the_characters_as_written(text, written, host):
    assert (written, host, True) in _links(text)


def test_a_plain_link_is_not_called_disguised():
    assert _links("https://example.com/a と http://example.org") == [
        ("https://example.com/a", "example.com", False),
        ("http://example.org", "example.org", False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "3.5%の増加",
        "ver.2に更新しました",
        "e.g.防災訓練",
        "ありがとうございました.また来ます",
        "終わりました.Thanks",
        # a file is no link: no host label before the dot, and pdf is no top-level domain
        "申請書.pdfが開けません",
        "申請書。pdfがない",
        "report.pdf を添付しました",
        "それは…どうかな",
        "それは...どうかな",
        "今日は晴れ。com",
        # a full stop or middle dot in prose between Latin words
        "今日はいい天気でした。Co-op で買い物",
        "了解です。Me too",
        "お疲れ様です。Info は後で",
        "ありがとう。Top of the morning",
        "I love it。me too",
        "thanks。to all",
        "TV・net配信",
        "Yahoo・JP",
        "PC・スマホ",
        "iPhone。net",
        "NTT・docomo",
        "2011。3。11",
        "3・11の追悼式",
        "No.1の店",
        "午後2.30から",
        "バージョン1.2.3",
        # a comma between words, names or numbers
        "Twitter、LINE、Instagramで発信しています",
        "3,000円の商品券",
        "A、B、Cの三班に分かれます",
        "yes, me too",
        "iOS、Android両方に対応",
        "ok、top画面に戻りました",
    ],
)
def test_innocent_dots_are_no_links(text):
    assert _links(text) == []
    assert not {hit.category for hit in _engine().screen(text)} & {"harmful_link"}


def test_a_link_after_prose_with_a_full_stop_is_still_read():
    assert _links("Hello。kyufu.xyz") == [("kyufu.xyz", "kyufu.xyz", False)]


def test_a_mistyped_scheme_leaves_a_plain_link():
    # https// and https:/ are more often slips than disguises: the host is read, not flagged
    # as disguised for the scheme.
    assert _links("こちら https//example.com") == [("example.com", "example.com", False)]
    assert _links("こちら https:/example.com") == [("example.com", "example.com", False)]


# The link rules (kind link, or patterns that need a link), compared on the same comment
# with the link written plainly and disguised.
_LINK_RULES = frozenset(
    spec["slug"]
    for spec in DEFAULT_RULES
    if spec.get("enabled", True)
    and (spec["kind"] == "link" or (spec["kind"] == "pattern" and spec["config"].get("link")))
)
_DISGUISED = "harmful-link-suspicious"
COMMENTS = [
    "当選しました！受け取りはこちら {}",
    "アカウントが停止されます。24時間以内に確認 {}",
    "公式はこちら {}",
    "イベントの写真を載せました {}",
]
HOSTS = [
    ("bit", "ly/3xYz"),
    ("kyufu-miyagi", "xyz"),
    ("faceb00k", "com/login"),
    ("city-ishinomaki", "com"),
    ("example", "com/photo"),
    ("city.ishinomaki.lg", "jp/kurashi"),
]
WRITINGS = {
    "full-width": lambda h, t: widen_back(f"https://{h}.{t}"),
    "hxxps": lambda h, t: f"hxxps://{h}.{t}",
    "ttps": lambda h, t: f"ttps://{h}.{t}",
    "h**ps": lambda h, t: f"h**ps://{h}.{t}",
    "spelled scheme": lambda h, t: f"h t t p s : / / {h}.{t}",
    "[.]": lambda h, t: f"{h}[.]{t}",
    "(dot)": lambda h, t: f"{h}(dot){t}",
    "。": lambda h, t: f"{h}。{t}",
    "｡ full-width": lambda h, t: widen_back(h) + "｡" + widen_back(t),
    "・": lambda h, t: f"{h}・{t}",
    "spaced full stop": lambda h, t: f"{h} 。 {t}",
    "【。】": lambda h, t: f"{h}【。】{t}",
    "(・)": lambda h, t: f"{h}（・）{t}",
}


def widen_back(text: str) -> str:
    """ASCII written full-width (the reverse of widening)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _link_rules(text):
    return {hit.rule: hit.spans for hit in _engine().screen(text) if hit.rule in _LINK_RULES}


@pytest.mark.parametrize("writing", sorted(WRITINGS))
@pytest.mark.parametrize("host", HOSTS, ids=lambda h: h[0])
@pytest.mark.parametrize("comment", COMMENTS)
def test_a_disguised_link_fires_the_rules_the_plain_link_fires(comment, host, writing):
    plain = _link_rules(comment.format(f"https://{host[0]}.{host[1]}"))
    link = WRITINGS[writing](*host)
    text = comment.format(link)
    disguised = _link_rules(text)
    expected = set(plain)
    if not host[0].startswith("city.ishinomaki"):
        expected.add(_DISGUISED)  # the city's own link, however written, is the city's
    assert set(disguised) == expected
    start = text.index(link)
    for spans in disguised.values():
        # the link is highlighted as written (its host at least: h**ps and a / path are
        # read, a lure's words may be highlighted beside it)
        assert any(s <= start + len(host[0]) and e >= start + len(link) - 3 for s, e in spans)


LINK_PIECES = [
    "example", "ｅｘａｍｐｌｅ", "bit", "ly", "com", "xyz", "Com", "。", "｡", "・", "･", ".", "．",
    " ", "　", "[", "]", "(", ")", "dot", "h t t p s", ":", "/", "\u200b", "当選しました", "です",
    "e x a m", "c o m", "Me", "too", "3", "ttps", "h**ps", "kyufu", "-", "w", "ドット", "【",
    "】", "（", "）",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(LINK_PIECES), max_size=12).map("".join))
@example("当選しました e x a m p l e 。 c o m")
@example("当選しました example\u200b。com")
@example("当選しました ｅｘａｍｐｌｅ｡ｃｏｍ")
@example("当選しました example【。】com")
@example("当選しました example(。)Com")
@example("当選しました https://example Dot com")
@example("当選しました ｅｘａｍｐｌｅ［ｄｏｔ］ｃｏｍ")
def test_the_pre_check_never_skips_a_link_the_full_reading_finds(text):
    wide = widen(text)
    if find_links(text, wide) or links_in(text, wide, despaced(wide)):
        assert may_contain_link(text)
    engine = _engine()
    assert engine.screen(text) == engine.screen(text, analysis=engine.analyse(text)), text


# --- phone numbers -------------------------------------------------------------------------


def _phones(text):
    return [text[start:end] for start, end in detect_phone(widen(text))]


@pytest.mark.parametrize(
    "number",
    [
        # digits, either width, with separators people use
        "０９０ー１２３４ー５６７８",
        "090 1234 5678",
        "090  1234   5678",
        "090　１２３４　５６７８",
        "090-1234 5678",
        "090～1234～5678",
        "090〜1234〜5678",
        "090/1234/5678",
        "090*1234*5678",
        "090,1234,5678",
        "090ノ1234ノ5678",
        "0225/94/2811",
        # O for zero
        "O9O-1234-5678",
        "o9o 1234 5678",
        "O8O-９８７６-５４３２",
        # kanji numerals
        "〇九〇の一二三四の五六七八",
        "〇九〇ノ一二三四ノ五六七八",
        "零九零一二三四五六七八",
        "0八0-九八七六-五四三二",
        # kana, with long vowels written out or as ー, オー for zero, mixed with digits
        "ぜろきゅうぜろいちにいさんよんごうろくななはち",
        "ゼロハチゼロのイチニーサンヨンのゴーロクナナハチ",
        "オーキューオー いちにさんよん ごろくななはち",
        "オー9オー 1234 5678",
        "ぜろきゅーぜろ〜いちにさんよん〜ごろくしちはち",
        "ゼロ九〇 いちにさんよん 五六七八",
    ],
)
def test_a_phone_number_is_found_however_written(number):
    assert _phones(f"あいつの携帯は{number}だよ") == [number]


@pytest.mark.parametrize(
    "text",
    [
        "二〇二六年一月一日",
        "令和八年十二月三日",
        "2026年12月7日 10:00〜12:00",
        "期間 10/1〜10/31 09:00〜17:00",
        "受付時間 0830〜1715 土日0900〜1200",
        "2026/12/07 0900",
        "価格は1,234,567円",
        "価格 1,000円〜2,000円",
        "郵便番号 986-8501",
        "O157 と O111, 2026年",
        "0,1,2,3,4,5,6,7,8,9",
        "にいさんがいちばん",  # 兄さん: two digit words, no number
        "ゼロからのスタート、いちにさんよん",
        "オーケー、オープンは10時",
        # a number hidden with 〇, the mark Japanese hides digits with
        "090-〇〇〇〇-〇〇〇〇",
        "090-〇〇〇-5678",
    ],
)
def test_phone_look_alikes_stay_clean(text):
    assert _phones(text) == []


@pytest.mark.parametrize(
    "number",
    ["O9O-1234-5678", "ぜろきゅうぜろいちにいさんよんごうろくななはち", "090〜1234〜5678"],
)
def test_a_disguised_number_fires_the_privacy_rule_on_the_number(number):
    text = f"課長の携帯は {number}"
    hits = [hit for hit in _engine().screen(text) if hit.category == "privacy"]
    assert [list(hit.spans) for hit in hits] == [[(len(text) - len(number), len(text))]]


@pytest.mark.parametrize(
    "text",
    [
        # the city hall's published number, however written, is the city hall's
        "市役所は O225-95-1111 です",
        "市役所は ぜろにいにいご きゅうご いちいちいちいち です",
        "市役所は〇二二五ノ九五ノ一一一一です",
        # a writer's own number, however written, is given with consent
        "落とし物を拾いました。私の携帯はO9O-1234-5678です",
        "私の携帯はぜろきゅうぜろいちにいさんよんごうろくななはちです",
    ],
)
def test_published_and_own_numbers_stay_excused_however_written(text):
    assert not [hit for hit in _engine().screen(text) if hit.category == "privacy"]
