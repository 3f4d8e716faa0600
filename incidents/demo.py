"""Demo incidents for `seed_demo` (idempotent): one open impersonation report, so the public
registry shows its warning."""

from __future__ import annotations

from accounts.models import User

from .models import ImpersonationReport
from .services import impersonation_report_create

DEMO_FAKE_URL = "https://www.facebook.com/ishinomaki.city.official.jp"


def seed(*, password: str, stdout=None) -> None:
    if ImpersonationReport.objects.filter(fake_url=DEMO_FAKE_URL).exists():
        return
    actor = User.objects.get(username="secretariat")
    impersonation_report_create(
        actor=actor,
        fake_url=DEMO_FAKE_URL,
        reported_by_name="市民からの電話（市民相談センター経由）",
        description="市の公式ページを名乗り、プレゼント企画への応募で個人情報を集めている。",
    )
    if stdout is not None:
        stdout.write("incidents: one open impersonation report")
