"""The latest rounds of data migrations (0020, round 4; 0021, round 5; 0022, round 6; 0023,
quoted abuse by its shape; 0024, round 7; 0025, round 8; 0026, round 9; 0027, round 10;
0028, round 11; 0029, round 12; 0030, round 13; 0031, round 14; 0032, round 15) install the
shipped rules as they are in defaults.py."""

import pytest

from moderation.engine.defaults import DEFAULT_RULES, ROUND16_SLUGS, ROUND17_SLUGS
from moderation.models import Rule
from moderation.services import rules_install_defaults

pytestmark = pytest.mark.django_db


def test_migrated_database_holds_the_shipped_rules_unchanged():
    # No install call here: what is stored comes from the migrations alone.
    stored = {rule.slug: rule for rule in Rule.objects.all()}
    for data in DEFAULT_RULES:
        rule = stored[data["slug"]]
        assert (rule.kind, rule.config, rule.description) == (
            data["kind"],
            data["config"],
            data["description"],
        ), data["slug"]
    # The installed form is already the cleaned one: installing again changes nothing.
    assert rules_install_defaults() == 0


def _assert_round_brings_database_up_to_date(migration, new_slugs, changed_slug, old_config):
    """Run ``migration`` on a database that ran the round before: ``new_slugs`` missing and
    ``changed_slug`` stored with ``old_config``. The new rules are created as shipped, the
    changed one updated with a revision, and the rules version moves on."""
    import importlib

    from django.apps import apps

    from moderation.models import RulesVersion

    round_module = importlib.import_module(f"moderation.migrations.{migration}")
    Rule.objects.filter(slug__in=new_slugs).delete()
    changed = Rule.objects.get(slug=changed_slug)
    Rule.objects.filter(pk=changed.pk).update(config=old_config(changed.config))
    before = RulesVersion.objects.get_or_create(pk=1)[0].number

    round_module.install(apps, None)

    shipped = {data["slug"]: data for data in DEFAULT_RULES}
    for slug in new_slugs:
        rule = Rule.objects.get(slug=slug)
        assert (rule.kind, rule.config) == (shipped[slug]["kind"], shipped[slug]["config"])
        assert rule.revisions.filter(change="created").exists()
    changed.refresh_from_db()
    assert changed.config == shipped[changed_slug]["config"]
    assert changed.revisions.filter(change="updated", new_values__config=changed.config).exists()
    assert RulesVersion.objects.get(pk=1).number == before + 1
    return changed


def test_round4_migration_brings_a_round3_database_up_to_date():
    _assert_round_brings_database_up_to_date(
        "0020_install_default_rules_round4",
        ["threat-veiled", "defamation-dialect-insults", "defamation-sarcasm"],
        "defamation-staff-insults",
        lambda config: dict(config, predicate=config["predicate"][:5]),
    )
    assert rules_install_defaults() == 0


def test_round5_migration_brings_a_round4_database_up_to_date():
    email = _assert_round_brings_database_up_to_date(
        "0021_install_default_rules_round5",
        [
            "discrimination-generalisation",
            "commercial-shop-promotion",
            "commercial-local-services",
            "illegal-resale",
            "illegal-offers",
            "public-order-disruption",
            "political-party-activity",
            "public-order-fraud-calls",
            "threat-harm-hints",
            "impersonation-page-move",
            "religious-invitation",
        ],
        "privacy-email",
        lambda config: dict(config, allow=[]),
    )
    assert "lg.jp" in email.config["allow"]


def test_round6_migration_brings_a_round5_database_up_to_date():
    phone = _assert_round_brings_database_up_to_date(
        "0022_install_default_rules_round6",
        [
            "illegal-dealing-offers",
            "illegal-crime-services",
            "public-order-vandalism",
            "discrimination-opinion",
            "threat-wishes-and-intent",
            "defamation-accusations",
            "privacy-private-facts",
            "commercial-schemes",
            "political-vote-calls",
        ],
        "privacy-phone",
        lambda config: dict(config, allow=[v for v in config["allow"] if not v.endswith("*")]),
    )
    assert "0225-95-*" in phone.config["allow"]
    assert rules_install_defaults() == 0


def test_round7_migration_brings_a_round6_database_up_to_date():
    staff = _assert_round_brings_database_up_to_date(
        "0024_install_default_rules_round7",
        [
            "illegal-drug-slang-offers",
            "illegal-counterfeit-gambling",
            "public-order-animal-cruelty",
            "public-order-suicide-gathering",
            "public-order-groping",
            "public-order-dead-media",
            "discrimination-fear-unfitness",
            "threat-home-visit",
            "obscene-partner-solicitation",
            "political-leafleting",
            "religious-worship-invitation",
            "religious-luck-goods",
            "commercial-self-advert",
            "commercial-opening-offers",
            "impersonation-city-voice",
            "illegal-illicit-goods-use",
            "illegal-dumping-squatting-calls",
            "illegal-vote-buying",
            "public-order-victim-exploitation",
            "discrimination-group-contempt",
            "political-office-calls",
            "political-party-choice",
            "religious-spiritual-readings",
            "obscene-body-pictures",
            "threat-more-phrases",
            "commercial-own-channels",
            "commercial-business-offers",
        ],
        "defamation-staff-insults",
        # round 6's lists, without round 7's offices and insults
        lambda config: dict(
            config,
            target=[t for t in config["target"] if t not in ("部長", "係長")],
            predicate=[p for p in config["predicate"] if p not in ("パワハラ野郎", "老害")],
        ),
    )
    assert {"部長", "係長"} <= set(staff.config["target"])
    assert {"パワハラ野郎", "老害"} <= set(staff.config["predicate"])
    assert rules_install_defaults() == 0


def test_round8_migration_brings_an_earlier_database_up_to_date():
    def without_round8(config):
        # The staff rule as round 6 left it: none of round 8's predicates.
        return dict(config, predicate=[p for p in config["predicate"] if "頭おかしい" not in p])

    staff = _assert_round_brings_database_up_to_date(
        "0025_install_default_rules_round8",
        [
            "defamation-person-contempt",
            "defamation-person-contempt-said-of",
            "threat-doxxing",
            "threat-announced-attack",
            "obscene-sexual-questions",
        ],
        "defamation-staff-insults",
        without_round8,
    )
    assert "頭おかしい" in staff.config["predicate"]
    assert rules_install_defaults() == 0


def test_round9_migration_brings_an_earlier_database_up_to_date():
    def without_round9(config):
        # The quoted-abuse rule as round 8 left it: no news that a mail or a DM came.
        return dict(config, reported_by=[p for p in config["reported_by"] if "が来" not in p])

    quoted = _assert_round_brings_database_up_to_date(
        "0026_install_default_rules_round9",
        [
            "threat-carrying-weapons",
            "threat-deserved-and-dialect",
            "threat-announced-bombs",
            "threat-counted-victims",
            "threat-emoji-weapons",
            "defamation-emoji-aimed",
            "defamation-sarcastic-titles",
            "defamation-sarcastic-honorifics",
            "discrimination-exclusion-requests",
            "threat-romaji",
            "discrimination-romaji",
            "defamation-rumoured-crimes",
            "discrimination-sexuality-slurs",
            "commercial-numbers-and-trades",
            "commercial-followers-and-money",
            "commercial-money-seekers",
            "commercial-side-jobs-more",
            "political-campaign-more",
            "political-demonstrations",
            "political-supporters-club",
            "religious-recruitment-more",
            "illegal-forgery-offers",
            "illegal-offers-more",
            "illegal-dealing-terms",
            "obscene-wishes",
            "obscene-words-masked",
            "public-order-victims-and-dead",
            "public-order-victim-contempt",
            "public-order-child-pictures",
            "privacy-someones-home",
            "privacy-numbers-said",
        ],
        "exceptions-quoted-abuse",
        without_round9,
    )
    assert "と…メールが来" in quoted.config["reported_by"]
    assert rules_install_defaults() == 0


def test_round10_migration_brings_an_earlier_database_up_to_date():
    def without_round10(config):
        # The masked-word rule as round 9 left it: the masked words as substrings, which
        # flagged キャッチコピー and まことに.
        masked = [
            f"substr:{word}"
            for mask in ("◯", "○", "●", "〇", "*", "＊", "×")
            for word in (f"ち{mask}こ", f"ち{mask}ぽ", f"ま{mask}こ")
        ]
        kept = [t for t in config["terms"] if t.removeprefix("substr:") not in masked]
        return dict(config, terms=kept + masked)

    masked = _assert_round_brings_database_up_to_date(
        "0027_install_default_rules_round10",
        [
            "threat-knows-whereabouts",
            "threat-knows-home",
            "threat-knows-routine",
            "threat-family-watched",
            "threat-arson-hints",
            "threat-family-hints",
            "threat-silence-or-else",
            "threat-waiting-on-the-way",
            "threat-armed-to-places",
            "impersonation-city-header",
            "discrimination-ancestry-belief",
            "discrimination-ancestry-marriage",
            "discrimination-contagion-myths",
            "discrimination-worth",
            "discrimination-region",
            "discrimination-polite-return",
            "discrimination-expulsion",
            "discrimination-emoji-no-entry",
            "commercial-polite-openers",
            "commercial-polite-work-offers",
            "commercial-company-voice",
            "defamation-business-fraud",
            "defamation-city-accomplice",
            "commercial-shop-dialect",
            "religious-invitations-polite-dialect",
            "religious-spirit-threats",
            "political-party-self-named",
            "obscene-requests-polite-dialect",
            "illegal-drug-slang-coded",
            "privacy-named-person-facts",
        ],
        "obscene-words-masked",
        without_round10,
    )
    assert "substr:ま◯こ" not in masked.config["terms"]
    assert "ま◯こ" in masked.config["terms"]
    assert rules_install_defaults() == 0


def test_round11_migration_brings_an_earlier_database_up_to_date():
    def without_round11(config):
        # The insult rule as round 10 left it: 蚊がうざい and 野菜くず were insults.
        kept = [e for e in config["exceptions"] if "うざ" not in e and "くず" not in e]
        return dict(config, exceptions=kept)

    insults = _assert_round_brings_database_up_to_date(
        "0028_install_default_rules_round11",
        [
            "threat-fuel-carried",
            "threat-crowd-attack",
            "threat-harm-wished-as-fun",
            "threat-weapon-emoji-waiting",
            "threat-death-dares",
            "threat-polite-night-roads",
            "discrimination-disability-origin",
            "public-order-desecration",
            "public-order-disaster-mockery",
            "public-order-nude-stunts",
            "obscene-body-remarks",
            "obscene-slang-masked",
            "obscene-slang-wishes",
            "obscene-emoji-solicitation",
            "political-vote-asks-dialect",
            "political-candidacy-support",
            "religious-faith-promises",
            "religious-gathering-invitations",
            "impersonation-office-self",
            "privacy-private-records",
            "privacy-child-alone",
            "commercial-goods-offers",
            "illegal-crime-recruiting",
            "harmful-link-spelled-out",
        ],
        "defamation-insults-ja",
        without_round11,
    )
    assert "substr:蚊がうざい" in insults.config["exceptions"]
    assert "substr:野菜くず" in insults.config["exceptions"]
    assert rules_install_defaults() == 0


def test_round12_migration_brings_an_earlier_database_up_to_date():
    def without_round12(config):
        # The insult rule as round 11 left it: バカな質問ですみません was an insult.
        kept = [e for e in config["exceptions"] if "な質問" not in e]
        return dict(config, exceptions=kept)

    insults = _assert_round_brings_database_up_to_date(
        "0029_install_default_rules_round12",
        [
            "threat-death-wished",
            "threat-veiled-harm",
            "threat-veiled-harm-named",
            "threat-weapon-brought-braced",
            "threat-office-burned",
            "threat-kill-compound",
            "public-order-event-disruption",
            "public-order-hoax-for-fun",
            "public-order-office-obstruction",
            "public-order-danger-for-views",
            "public-order-animals-hurt-for-fun",
            "public-order-victims-mocked",
            "discrimination-women-unfit",
            "discrimination-shut-out",
            "discrimination-contempt-terms",
            "discrimination-ape-emoji",
            "defamation-crime-asserted",
            "defamation-likeness-insults",
            "commercial-price-offers",
            "commercial-dating-lures",
            "commercial-income-contact",
            "impersonation-office-asks-money",
            "impersonation-new-official-page",
            "impersonation-false-orders",
            "privacy-cards-flats-accounts",
            "privacy-accounts-illness-told",
            "privacy-card-number-told",
            "illegal-getting-away-advised",
            "illegal-documents-forged-to-order",
            "illegal-stolen-goods",
            "obscene-words-round12",
            "obscene-emoji-aimed",
            "obscene-moan-written",
            "political-rallies-and-romaji",
            "political-vote-romaji",
            "religious-fear-and-cures",
            "harmful-link-benefit-apply",
            "harmful-link-lure-pieces",
        ],
        "defamation-insults-ja",
        without_round12,
    )
    assert "substr:バカな質問" in insults.config["exceptions"]
    assert rules_install_defaults() == 0


def test_round13_migration_brings_an_earlier_database_up_to_date():
    def as_round12_left_it(config):
        # threat-violence-ja as round 12 left it: round 11's list of nouns before しねぇ as
        # exceptions, no exception for abuse listed in quotes and no 殺す said first.
        exceptions = [e for e in config["exceptions"] if "』" not in e and "」" not in e]
        terms = [t for t in config["terms"] if not t.startswith("substr:殺す、")]
        return dict(config, terms=terms, exceptions=exceptions + ["substr:勉強しねぇ"])

    threats = _assert_round_brings_database_up_to_date(
        "0030_install_default_rules_round13",
        [
            "threat-face-remembered",
            "threat-polite-whereabouts",
            "threat-die-spelled-apart",
            "threat-kill-drawn-with-kanji",
            "public-order-mourning-defiled",
            "public-order-mischief-calls",
            "public-order-bulk-mail",
            "public-order-death-media",
            "discrimination-sent-away",
            "discrimination-people-contempt",
            "defamation-role-insults",
            "defamation-emoji-aimed",
            "defamation-dialect-fool",
            "defamation-intellect-doubted",
            "defamation-shop-cheats",
            "commercial-show-this-post",
            "impersonation-office-orders",
            "impersonation-city-approved",
            "impersonation-official-header",
            "privacy-flat-told",
            "privacy-card-found-told",
            "privacy-workplace-mobbed",
            "privacy-address-spread",
            "privacy-home-contact-passed",
            "privacy-officials-children",
            "illegal-drugs-handed-over",
            "illegal-drug-emoji-handed",
            "illegal-benefit-twice",
            "illegal-unlicensed-and-dumping",
            "obscene-minors-lusted",
            "obscene-intimate-care-joke",
            "political-recall-and-slogans",
            "political-recall-calls",
            "political-rally-calls",
            "religious-spirits-and-end",
            "harmful-link-programs-and-lures",
        ],
        "threat-violence-ja",
        as_round12_left_it,
    )
    assert "substr:死ね』とか『" in threats.config["exceptions"]
    assert "substr:勉強しねぇ" not in threats.config["exceptions"]
    assert "substr:殺す、あの" in threats.config["terms"]
    assert rules_install_defaults() == 0


def test_round14_migration_brings_an_earlier_database_up_to_date():
    def as_round13_left_it(config):
        # defamation-dialect-insults as round 13 left it: おだづもっこ still a term, ほでなす
        # read only as a word of its own.
        terms = [t for t in config["terms"] if not t.startswith("substr:ほでな")]
        return dict(config, terms=terms + ["おだづもっこ"])

    insults = _assert_round_brings_database_up_to_date(
        "0031_install_default_rules_round14",
        [
            "threat-building-blown-up",
            "threat-sarcastic-care",
            "threat-emoji-pointed",
            "threat-dialect-beating",
            "defamation-insult-spelled-apart",
            "defamation-empty-head",
            "defamation-people-binned",
            "discrimination-kept-out",
            "obscene-body-touched",
            "obscene-underwear-asked",
            "public-order-animals-hurt",
            "other-page-raided",
            "commercial-lessons-sold",
            "commercial-goods-resold",
            "confidential-bid-prices",
            "confidential-personnel-told",
            "confidential-internal-posted",
            "ip-work-copied",
            "false-info-disaster-foretold",
            "false-info-cover-up",
            "false-info-produce-rumour",
            "false-info-panic-buying",
            "impersonation-notice-by-dm",
            "impersonation-city-header-letters",
            "privacy-person-marked-out",
            "privacy-reporter-named",
            "illegal-poached-catch",
            "illegal-papers-forged",
            "political-sent-to-chamber",
            "religious-joining-heals",
            "religious-spirits-rite",
            "harmful-link-lookalike-domain",
        ],
        "defamation-dialect-insults",
        as_round13_left_it,
    )
    assert "おだづもっこ" not in insults.config["terms"]
    assert "substr:ほでなす" in insults.config["terms"]
    assert Rule.objects.get(slug="confidential-bid-prices").clause == "confidential"
    assert rules_install_defaults() == 0


def test_round15_migration_brings_an_earlier_database_up_to_date():
    def as_round14_left_it(config):
        # defamation-insults-ja as round 14 left it: 鉄くず and ばかうま not yet excused.
        exceptions = [e for e in config["exceptions"] if e not in ("鉄くず", "substr:ばかうま")]
        return dict(config, exceptions=exceptions)

    insults = _assert_round_brings_database_up_to_date(
        "0032_install_default_rules_round15",
        [
            "threat-explosives-brought",
            "threat-going-to-beat",
            "threat-car-rammed",
            "threat-family-looked-up",
            "threat-buried",
            "threat-death-disguised",
            "defamation-face-insulted",
            "defamation-only-fools",
            "defamation-insult-stretched",
            "defamation-hushed-up",
            "defamation-animal-emoji",
            "discrimination-group-traits",
            "discrimination-disabled-shut-away",
            "public-order-bereaved-mocked",
            "other-nonsense-run",
            "off-topic-personal-wants",
            "commercial-easy-money",
            "commercial-paperwork-for-fee",
            "commercial-bought-for-cash",
            "confidential-closed-papers",
            "false-info-deaths-hushed",
            "false-info-water-poisoned",
            "impersonation-office-self-named",
            "impersonation-official-in-kana",
            "privacy-home-told",
            "privacy-child-named",
            "privacy-address-pointed",
            "privacy-handle-as-culprit",
            "obscene-emoji-invitation",
            "illegal-theft-unnoticed",
            "illegal-receipts-padded",
            "illegal-waste-burned",
            "illegal-medicine-sold",
            "illegal-unroadworthy-driving",
            "political-defeat-calls",
            "political-supporters-recruited",
            "political-vote-asked",
            "religious-misfortune-foretold",
            "religious-salvation-called",
            "religious-spiritual-club",
            "harmful-link-city-name-misspelt",
        ],
        "defamation-insults-ja",
        as_round14_left_it,
    )
    assert "鉄くず" in insults.config["exceptions"]
    assert Rule.objects.get(slug="off-topic-personal-wants").clause == "off_topic"
    assert rules_install_defaults() == 0


def test_round16_migration_brings_an_earlier_database_up_to_date():
    def as_round15_left_it(config):
        # commercial-numbers-and-trades as round 15 left it: a bare %オフ still a shop's offer.
        target = [t for t in config["target"] if not t.startswith("substr:%オフに")]
        return dict(config, target=["substr:%オフ", *target])

    trades = _assert_round_brings_database_up_to_date(
        "0033_install_default_rules_round16",
        list(ROUND16_SLUGS),
        "commercial-numbers-and-trades",
        as_round15_left_it,
    )
    assert "substr:%オフ" not in trades.config["target"]
    assert "substr:%オフにします" in trades.config["target"]
    assert Rule.objects.get(slug="discrimination-shut-away").clause == "discrimination"
    assert rules_install_defaults() == 0


def test_round17_migration_brings_an_earlier_database_up_to_date():
    def as_round16_left_it(config):
        # threat-violence-ja as round 16 left it: the north's 無理はしねぇ still a 死ね.
        def round17s(term):
            return "しね" in term and any(word in term for word in ("無理", "っつ", "がいい"))

        return dict(config, exceptions=[e for e in config["exceptions"] if not round17s(e)])

    violence = _assert_round_brings_database_up_to_date(
        "0034_install_default_rules_round17",
        list(ROUND17_SLUGS),
        "threat-violence-ja",
        as_round16_left_it,
    )
    assert "substr:無理はしねぇ" in violence.config["exceptions"]
    assert Rule.objects.get(slug="threat-masked-kill").clause == "threat"
    assert Rule.objects.get(slug="privacy-my-number-written").kind == "regex"
    assert rules_install_defaults() == 0


def test_quoted_abuse_migration_replaces_the_spelled_out_list_with_the_shape():
    # A database that ran round 5 holds the spelled-out list (word + way of reporting).
    spelled_out = {"terms": ["substr:バカと言われ", "substr:死ねという書き込み"]}
    rule = _assert_round_brings_database_up_to_date(
        "0023_quoted_abuse_by_shape",
        [],
        "exceptions-quoted-abuse",
        lambda config: spelled_out,
    )
    assert rule.config["terms"] == []
    assert "と…言われ" in rule.config["reported_by"]
    assert rules_install_defaults() == 0


def test_quoted_abuse_migration_keeps_a_list_staff_edited(ict_user):
    import importlib

    from django.apps import apps

    from moderation.services import rule_update

    rule = Rule.objects.get(slug="exceptions-quoted-abuse")
    rule_update(rule_id=rule.pk, actor=ict_user, config={"terms": ["substr:バカと言われ"]})
    importlib.import_module("moderation.migrations.0023_quoted_abuse_by_shape").install(apps, None)
    rule.refresh_from_db()
    assert rule.config == {"terms": ["substr:バカと言われ"]}
