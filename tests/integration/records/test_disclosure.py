"""Disclosure exports over a fixture page: no unmasked name, phone number, e-mail address or
street address anywhere in the ZIP (the test lists what it searched for), one pseudonym per
commenter, CSV with BOM and formula-safe cells, and release only by a second person."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import zipfile

import pytest
from django.utils import timezone

from comments.models import Comment
from ishinomaki_sns.common.errors import PermissionDeniedError
from moderation.models import AuditEntry
from moderation.services import decision_record
from records.models import DisclosureRequest
from records.services import disclosure_build, disclosure_release, disclosure_request_create

pytestmark = pytest.mark.django_db

PHONE = "090-1234-5678"
EMAIL = "taro.yamada@example.jp"
ADDRESS = "石巻市穀町14番1号"
NAME = "山田 太郎"
OTHER = "佐藤 花子"


@pytest.fixture
def export_dir(settings, tmp_path):
    settings.RECORDS_EXPORT_DIR = str(tmp_path / "exports")
    return tmp_path / "exports"


@pytest.fixture
def fixture_comments(graph_simulator, connected_pages, resident_comment, secretariat_user):
    page = connected_pages[0]
    first = resident_comment(page, f"電話は{PHONE}、メールは{EMAIL}、住所は{ADDRESS}です",
                             author="9001", name=NAME)  # fmt: skip
    resident_comment(
        page, '=HYPERLINK("http://evil") 山田です。また書きます', author="9001", name=NAME
    )
    resident_comment(page, f"{NAME}さんの意見に賛成。連絡は０９０－８７６５－４３２１まで", author="9002",
                     name=OTHER)  # fmt: skip
    decision_record(comment_id=first.pk, actor=secretariat_user, action="delete", clause="privacy",
                    reason=f"個人情報（{PHONE}）を含むため")  # fmt: skip
    return page


def build(actor, page, contents=None) -> DisclosureRequest:
    today = timezone.localdate()
    request = disclosure_request_create(
        actor=actor, reference="石情第123号", page_ids=[page.pk],
        date_from=today - dt.timedelta(days=400), date_to=today,
        contents=contents or list(DisclosureRequest.Content.values),
    )  # fmt: skip
    return disclosure_build(request_id=request.pk)


def read_zip(path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_export_has_no_unmasked_personal_information(
    export_dir, fixture_comments, secretariat_user, django_capture_on_commit_callbacks
):
    page = fixture_comments
    with django_capture_on_commit_callbacks(execute=False):
        request = build(secretariat_user, page)
    assert request.status == "ready" and request.progress_done == request.progress_total > 0
    files = read_zip(request.file_path)
    assert set(files) == {
        f"{k}.{ext}" for k in DisclosureRequest.Content.values for ext in ("csv", "json")
    }
    everything = "\n".join(files.values())

    residents_comments = Comment.objects.filter(page=page).exclude(author_id=page.facebook_page_id)
    names = set(residents_comments.exclude(author_name="").values_list("author_name", flat=True))
    assert {NAME, OTHER} <= names and len(names) >= 3  # the simulator's own residents too
    residents = "\n".join(v for k, v in files.items() if not k.startswith("policies"))
    parts = sorted({part for n in names for part in n.split() if len(part) >= 2})
    for part in parts:  # given or family name alone, in what residents and staff wrote
        assert part not in residents, f"name part {part!r} is in the export"
    searched = {
        "names": sorted(names),
        "phones": [PHONE, "09012345678", "090-8765-4321", "０９０－８７６５－４３２１"],
        "emails": [EMAIL, "example.jp"],
        "addresses": [ADDRESS, "穀町14番"],
    }
    print("searched the export for:", json.dumps(searched, ensure_ascii=False),
          "and, outside the city's policies, the name parts:", json.dumps(parts, ensure_ascii=False))  # fmt: skip
    for kind, needles in searched.items():
        for needle in needles:
            assert needle not in everything, f"{kind}: {needle!r} is in the export"
    for needle in ("［電話番号］", "［メールアドレス］", "［住所］", "［氏名］"):
        assert needle in everything
    # Author ids never appear as a value.
    ids = set(residents_comments.values_list("author_id", flat=True)) - {""}
    for row in json.loads(files["comments.json"]):
        assert row["author"] not in ids
        assert row["author"].startswith("投稿者-") or row["author"] == page.name

    # One pseudonym per commenter, different people differ.
    rows = list(csv.DictReader(io.StringIO(files["comments.csv"].lstrip("\ufeff"))))
    assert files["comments.csv"].startswith("\ufeff") and "投稿者（仮名）" in rows[0]
    by_text = {r["本文"]: r["投稿者（仮名）"] for r in rows}
    yamada = [v for k, v in by_text.items() if "また書きます" in k or "［電話番号］、メール" in k]
    sato = [v for k, v in by_text.items() if "意見に賛成" in k]
    assert len(yamada) == 2 and len(set(yamada)) == 1 and sato and sato[0] != yamada[0]
    # Formula-safe: a cell starting with = is prefixed with a quote.
    assert any(r["本文"].startswith("'=HYPERLINK") for r in rows)
    # Decisions carry the reason, redacted; the file's digest is recorded.
    assert (
        "［電話番号］）を含むため" in files["decisions.csv"] and PHONE not in files["decisions.csv"]
    )
    with open(request.file_path, "rb") as handle:
        assert hashlib.sha256(handle.read()).hexdigest() == request.sha256
    assert request.preview["masks"]["phone"] >= 3 and request.preview["pseudonyms"] >= 3


def test_pseudonyms_differ_between_exports(export_dir, fixture_comments, secretariat_user,
                                           django_capture_on_commit_callbacks):  # fmt: skip
    with django_capture_on_commit_callbacks(execute=False):
        first = build(secretariat_user, fixture_comments, ["comments"])
        second = build(secretariat_user, fixture_comments, ["comments"])
    authors = [
        {r["author"] for r in json.loads(read_zip(x.file_path)["comments.json"])}
        for x in (first, second)
    ]
    assert authors[0] and not (authors[0] & authors[1]) - {fixture_comments.name}


def test_release_requires_a_second_person(
    export_dir,
    fixture_comments,
    secretariat_user,
    ict_user,
    auditor_user,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=False):
        request = build(secretariat_user, fixture_comments, ["comments"])
    with pytest.raises(PermissionDeniedError):
        disclosure_release(request_id=request.pk, actor=secretariat_user)  # the requester
    with pytest.raises(PermissionDeniedError):
        disclosure_release(request_id=request.pk, actor=auditor_user)  # may read, not release
    released = disclosure_release(request_id=request.pk, actor=ict_user)
    assert released.status == "released" and released.released_by == ict_user
    entry = AuditEntry.objects.get(event=AuditEntry.Event.DISCLOSURE_RELEASED)
    assert entry.actor == ict_user and entry.detail["sha256"] == request.sha256
    assert entry.detail["requested_by"] == secretariat_user.pk
