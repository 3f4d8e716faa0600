"""The item page's keyboard hint names the choices offered, in their own words: a shown
comment offers 非表示 (h), not 再表示 (u), and k reads 維持（誤検知） like its button."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_keyboard_hint_lists_the_offered_choices_by_their_labels(
    client, secretariat_user, connected_pages, resident_comment
):
    comment = resident_comment(connected_pages[0], "お前はバカだ", author="77")
    assert comment.flags.exists() and not comment.is_hidden
    client.force_login(secretariat_user)
    html = client.get(reverse("moderation:item", args=[comment.pk])).content.decode()
    hint = html.split('id="decision-keys"')[1].split("</p>")[0]
    keys = {key: label.strip() for key, label in re.findall(r"<kbd>(\w)</kbd>\s*([^·<]+)", hint)}
    assert keys["k"] == "維持（誤検知）"
    assert keys["h"] == "非表示" and keys["d"] == "削除"
    assert "u" not in keys  # nothing to unhide on a comment Facebook still shows
    assert "問題なし" not in hint
