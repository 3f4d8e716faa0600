"""Demo departments and people (seed_demo). Idempotent: running it twice changes nothing."""

from __future__ import annotations

from django.db import transaction

from .models import Department, Division, User
from .roles import Role
from .services import department_create, role_grant

# The six divisions of the 2016 study group come first (see the proposal), then a few more.
DIVISIONS = [
    ("somu", "総務部", "General Affairs Department", 10),
    ("fukko-seisaku", "復興政策部", "Reconstruction Policy Department", 20),
    ("sangyo", "産業部", "Industry Department", 30),
    ("kenko", "健康部", "Health Department", 40),
    ("kyoiku", "教育委員会事務局", "Board of Education Secretariat", 50),
]
DEPARTMENTS = [
    ("somu", "hisho-koho", "秘書広報課", "Secretariat & Public Relations Division"),
    ("somu", "kiki-taisaku", "危機対策課", "Crisis Management Division"),
    ("somu", "joho-system", "情報システム課", "Information Systems Division"),
    ("fukko-seisaku", "ict", "ICT総合推進室", "ICT Promotion Office"),
    ("fukko-seisaku", "chiiki-shinko", "地域振興課", "Regional Promotion Division"),
    ("sangyo", "kanko", "観光課", "Tourism Division"),
    ("sangyo", "suisan", "水産課", "Fisheries Division"),
    ("kenko", "kosodate", "子育て支援課", "Child-rearing Support Division"),
    ("kyoiku", "bunka-sports", "文化スポーツ振興課", "Culture and Sports Promotion Division"),
]
# username, display name, e-mail, role, department code, is_staff (Django admin)
PEOPLE = [
    ("ict", "ICT総合推進室 佐藤", "ict@example.city.ishinomaki.lg.jp", Role.ICT_OFFICE, None, True),
    (
        "secretariat",
        "秘書広報課 鈴木",
        "koho@example.city.ishinomaki.lg.jp",
        Role.SECRETARIAT,
        None,
        False,
    ),
    (
        "tourism-admin",
        "観光課 高橋",
        "kanko-admin@example.city.ishinomaki.lg.jp",
        Role.DEPARTMENT_ADMIN,
        "kanko",
        False,
    ),
    (
        "tourism-operator",
        "観光課 田中",
        "kanko-op@example.city.ishinomaki.lg.jp",
        Role.DEPARTMENT_OPERATOR,
        "kanko",
        False,
    ),
    (
        "auditor",
        "監査委員事務局 伊藤",
        "kansa@example.city.ishinomaki.lg.jp",
        Role.AUDITOR,
        None,
        False,
    ),
    (
        "regional-admin",
        "地域振興課 渡辺",
        "chiiki-admin@example.city.ishinomaki.lg.jp",
        Role.DEPARTMENT_ADMIN,
        "chiiki-shinko",
        False,
    ),
]


@transaction.atomic
def seed(*, password: str, stdout=None) -> dict:
    for code, name_ja, name_en, order in DIVISIONS:
        Division.objects.update_or_create(
            code=code, defaults={"name_ja": name_ja, "name_en": name_en, "sort_order": order}
        )
    for division_code, code, name_ja, name_en in DEPARTMENTS:
        if not Department.objects.filter(code=code).exists():
            department_create(
                division=Division.objects.get(code=division_code),
                code=code,
                name_ja=name_ja,
                name_en=name_en,
            )
    users = {}
    for username, display, email, role, department_code, is_staff in PEOPLE:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"display_name": display, "email": email, "is_staff": is_staff},
        )
        if created or not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        department = Department.objects.get(code=department_code) if department_code else None
        if department is not None and user.department_id != department.pk:
            user.department = department
            user.save(update_fields=["department"])
        role_grant(actor=None, user=user, role=role, department=department)
        users[username] = user
    if stdout is not None:
        stdout.write(f"  departments: {Department.objects.count()}, demo users: {', '.join(users)}")
    return users
