import pytest
from django.core.management import CommandError, call_command

from accounts.models import Department, RoleAssignment, User

pytestmark = pytest.mark.django_db

PW = "demo-password"


def test_seed_demo_refuses_in_production_without_force(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DJANGO_DEBUG"):
        call_command("seed_demo", password=PW)


def test_seed_demo_creates_departments_and_one_user_per_role_idempotently(settings):
    settings.DEBUG = True
    call_command("seed_demo", password=PW)
    counts = (Department.objects.count(), User.objects.count(), RoleAssignment.objects.count())
    call_command("seed_demo", password=PW)
    assert (
        Department.objects.count(),
        User.objects.count(),
        RoleAssignment.objects.count(),
    ) == counts
    names = set(Department.objects.values_list("name_ja", flat=True))
    assert {
        "秘書広報課",
        "危機対策課",
        "観光課",
        "地域振興課",
        "ICT総合推進室",
        "情報システム課",
    } <= names
    for username in ["ict", "secretariat", "tourism-admin", "tourism-operator", "auditor"]:
        assert User.objects.get(username=username).check_password(PW)
    assert RoleAssignment.objects.get(user__username="tourism-admin").department.name_ja == "観光課"


def test_seed_demo_with_force_runs_in_production(settings):
    settings.DEBUG = False
    call_command("seed_demo", password=PW, force=True)
    assert User.objects.filter(username="ict").exists()
