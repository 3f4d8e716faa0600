"""The latest rounds of data migrations (0020, round 4; 0021, round 5) install the shipped rules as they
are in defaults.py."""

import pytest

from moderation.engine.defaults import DEFAULT_RULES
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


def test_round4_migration_brings_a_round3_database_up_to_date():
    # A database that ran 0019 before round 4: the new rules missing, a changed rule old.
    import importlib

    from django.apps import apps

    from moderation.models import RulesVersion

    round4 = importlib.import_module("moderation.migrations.0020_install_default_rules_round4")
    new_slugs = ["threat-veiled", "defamation-dialect-insults", "defamation-sarcasm"]
    Rule.objects.filter(slug__in=new_slugs).delete()
    staff = Rule.objects.get(slug="defamation-staff-insults")
    old_config = dict(staff.config, predicate=staff.config["predicate"][:5])
    Rule.objects.filter(pk=staff.pk).update(config=old_config)
    before = RulesVersion.objects.get_or_create(pk=1)[0].number

    round4.install(apps, None)

    shipped = {data["slug"]: data for data in DEFAULT_RULES}
    for slug in new_slugs:
        rule = Rule.objects.get(slug=slug)
        assert (rule.kind, rule.config) == (shipped[slug]["kind"], shipped[slug]["config"])
        assert rule.revisions.filter(change="created").exists()
    staff.refresh_from_db()
    assert staff.config == shipped["defamation-staff-insults"]["config"]
    assert staff.revisions.filter(change="updated", new_values__config=staff.config).exists()
    assert RulesVersion.objects.get(pk=1).number == before + 1
    assert rules_install_defaults() == 0


def test_round5_migration_brings_a_round4_database_up_to_date():
    # A database that ran 0020 before round 5: the new rules missing, a changed rule old.
    import importlib

    from django.apps import apps

    from moderation.models import RulesVersion

    round5 = importlib.import_module("moderation.migrations.0021_install_default_rules_round5")
    new_slugs = [
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
    ]
    Rule.objects.filter(slug__in=new_slugs).delete()
    email = Rule.objects.get(slug="privacy-email")
    Rule.objects.filter(pk=email.pk).update(config=dict(email.config, allow=[]))
    before = RulesVersion.objects.get_or_create(pk=1)[0].number

    round5.install(apps, None)

    shipped = {data["slug"]: data for data in DEFAULT_RULES}
    for slug in new_slugs:
        rule = Rule.objects.get(slug=slug)
        assert (rule.kind, rule.config) == (shipped[slug]["kind"], shipped[slug]["config"])
        assert rule.revisions.filter(change="created").exists()
    email.refresh_from_db()
    assert email.config == shipped["privacy-email"]["config"]
    assert "lg.jp" in email.config["allow"]
    assert email.revisions.filter(change="updated", new_values__config=email.config).exists()
    assert RulesVersion.objects.get(pk=1).number == before + 1
    assert rules_install_defaults() == 0
