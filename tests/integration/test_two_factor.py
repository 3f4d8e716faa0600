"""Two-step verification: required for the ICT office and the secretariat, offered to everyone."""

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def enforce(settings):
    settings.TWO_FACTOR_REQUIRED_ROLES = ["ict_office", "secretariat"]


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=device.drift):06d}"


def sign_in(client, username):
    return client.post(reverse("login"), {"username": username, "password": PASSWORD})


def test_ict_office_must_set_up_two_step_before_anything_else(client, ict_user):
    sign_in(client, "ict")
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("two_factor_setup"))


def test_ict_office_sets_up_an_authenticator_and_gets_in(client, ict_user):
    sign_in(client, "ict")
    page = client.get(reverse("two_factor_setup"))
    assert page.status_code == 200
    assert "data:image/svg+xml;base64," in page.content.decode()
    device = TOTPDevice.objects.get(user=ict_user, confirmed=False)
    response = client.post(
        reverse("two_factor_setup"), {"token": current_code(device), "next": "/"}
    )
    assert response.status_code == 302 and response["Location"] == "/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/").status_code == 200


def test_wrong_setup_code_is_refused_with_a_message(client, secretariat_user):
    sign_in(client, "secretariat")
    client.get(reverse("two_factor_setup"))
    response = client.post(reverse("two_factor_setup"), {"token": "000000"})
    assert response.status_code == 200
    assert "コードが正しくありません" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=secretariat_user, confirmed=True).exists()


def test_malformed_code_gets_a_clear_message(client, secretariat_user):
    sign_in(client, "secretariat")
    response = client.post(reverse("two_factor_setup"), {"token": "abc"})
    assert response.status_code == 200
    assert "6桁" in response.content.decode()


def test_user_with_a_device_must_enter_the_code_after_the_password(client, tourism_admin):
    device = TOTPDevice.objects.create(user=tourism_admin, name="app", confirmed=True)
    sign_in(client, "tourism-admin")
    response = client.get("/")
    assert response.status_code == 302 and response["Location"].startswith(
        reverse("two_factor_verify")
    )
    wrong = client.post(reverse("two_factor_verify"), {"token": "123456", "next": "/"})
    assert wrong.status_code == 200 and "コードが正しくありません" in wrong.content.decode()
    # Right after a wrong code django-otp throttles the device, even for the right code.
    throttled = client.post(
        reverse("two_factor_verify"), {"token": current_code(device), "next": "/"}
    )
    assert "しばらく待って" in throttled.content.decode()
    with time_machine.travel(timezone.now() + timedelta(seconds=5)):
        device.refresh_from_db()
        response = client.post(
            reverse("two_factor_verify"), {"token": current_code(device), "next": "/"}
        )
    assert response.status_code == 302
    assert client.get("/").status_code == 200


def test_verify_does_not_redirect_to_another_site(client, tourism_admin):
    device = TOTPDevice.objects.create(user=tourism_admin, name="app", confirmed=True)
    sign_in(client, "tourism-admin")
    response = client.post(
        reverse("two_factor_verify"),
        {"token": current_code(device), "next": "https://evil.example/"},
    )
    assert response["Location"] == "/"


def test_department_admin_is_offered_but_not_forced(client, tourism_admin):
    sign_in(client, "tourism-admin")
    page = client.get("/")
    assert page.status_code == 200
    assert "2段階認証を有効にする" in page.content.decode()


def test_department_admin_can_turn_it_off_but_ict_office_cannot(client, tourism_admin, ict_user):
    TOTPDevice.objects.create(user=tourism_admin, name="app", confirmed=True)
    client.force_login(tourism_admin)
    session = client.session
    session["otp_device_id"] = TOTPDevice.objects.get(user=tourism_admin).persistent_id
    session.save()
    assert client.post(reverse("two_factor_disable")).status_code == 302
    assert not TOTPDevice.objects.filter(user=tourism_admin).exists()

    device = TOTPDevice.objects.create(user=ict_user, name="app", confirmed=True)
    client.force_login(ict_user)
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session.save()
    client.post(reverse("two_factor_disable"))
    assert TOTPDevice.objects.filter(user=ict_user).exists()


def test_public_pages_and_health_stay_open_to_an_unverified_user(client, ict_user):
    sign_in(client, "ict")
    assert client.get("/healthz").status_code == 200


def test_a_code_cannot_be_used_twice(client, tourism_admin):
    device = TOTPDevice.objects.create(user=tourism_admin, name="app", confirmed=True)
    sign_in(client, "tourism-admin")
    code = current_code(device)
    first = client.post(reverse("two_factor_verify"), {"token": code, "next": "/"})
    assert first.status_code == 302
    client.post(reverse("logout"))
    # Someone who saw the code signs in with the password within the same 30 seconds.
    sign_in(client, "tourism-admin")
    reused = client.post(reverse("two_factor_verify"), {"token": code, "next": "/"})
    assert reused.status_code == 200
    assert "コードが正しくありません" in reused.content.decode()
    assert client.get("/").status_code == 302  # still not through the second step


def test_code_entry_locks_like_the_password_after_five_wrong_codes(client, tourism_admin, settings):
    device = TOTPDevice.objects.create(user=tourism_admin, name="app", confirmed=True)
    sign_in(client, "tourism-admin")
    start = timezone.now()
    # Five wrong codes, each after django-otp's own doubling delay has passed.
    for n in range(settings.AXES_FAILURE_LIMIT):
        with time_machine.travel(start + timedelta(seconds=60 * n)):
            wrong = client.post(reverse("two_factor_verify"), {"token": "000000", "next": "/"})
            assert "コードが正しくありません" in wrong.content.decode(), n
    # Long after the doubling delay (16 s), but within the password's cool-off: locked.
    later = start + timedelta(seconds=60 * settings.AXES_FAILURE_LIMIT + 120)
    with time_machine.travel(later):
        device.refresh_from_db()
        locked = client.post(
            reverse("two_factor_verify"), {"token": current_code(device), "next": "/"}
        )
        assert "しばらく待って" in locked.content.decode()
    after_cooloff = later + timedelta(hours=settings.AXES_COOLOFF_TIME, minutes=1)
    with time_machine.travel(after_cooloff):
        device.refresh_from_db()
        response = client.post(
            reverse("two_factor_verify"), {"token": current_code(device), "next": "/"}
        )
    assert response.status_code == 302
