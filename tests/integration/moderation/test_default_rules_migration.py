"""The round-3 data migration installs the shipped rules as they are in defaults.py."""

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
