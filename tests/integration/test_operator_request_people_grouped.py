"""The operator request's person list offers the department's own people first, as a
labelled group, and everyone else after in a second group; a person of another department
can still be chosen."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from accounts.models import OperatorChangeRequest, User

pytestmark = pytest.mark.django_db


def groups(html: str) -> list[tuple[str, list[str]]]:
    """(label, option texts) of each <optgroup> in the person select, in order."""
    select = re.search(r'<select name="person".*?</select>', html, re.S).group(0)
    return [
        (label, re.findall(r"<option [^>]*>([^<]*)</option>", body))
        for label, body in re.findall(r'<optgroup label="([^"]*)">(.*?)</optgroup>', select, re.S)
    ]


def test_people_of_the_department_come_first_then_the_others(
    client, tourism, fisheries, tourism_admin, make_user
):
    own = make_user(username="kanko-staff", display_name="観光 一郎")
    other = make_user(username="suisan-staff", display_name="水産 花子")
    User.objects.filter(pk__in=[own.pk, tourism_admin.pk]).update(department=tourism)
    User.objects.filter(pk=other.pk).update(department=fisheries)

    client.force_login(tourism_admin)
    url = reverse("operator_request_create", args=[tourism.pk])
    html = client.get(url).content.decode()
    found = groups(html)
    assert [label for label, _options in found] == ["観光課の職員", "他の課の職員"]
    assert "観光 一郎 (kanko-staff)" in found[0][1]
    assert "水産 花子 (suisan-staff)" not in found[0][1]
    assert "水産 花子 (suisan-staff)" in found[1][1]
    # The new-person choice stays first, outside the groups.
    assert html.index("新しい方（アカウント未作成）") < html.index(
        '<optgroup label="観光課の職員">'
    )

    # Someone of another department can still be asked for.
    response = client.post(url, {"kind": "add", "person": other.pk, "reason": "応援のため"})
    assert response.status_code == 302
    request = OperatorChangeRequest.objects.get(department=tourism)
    assert request.person == other
