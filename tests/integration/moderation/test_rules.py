"""Rule services, rule screens with their permission matrix, the sandbox, check_comments."""

import io
import json
import select
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.utils.html import escape

from ishinomaki_sns.common.errors import DomainError, PermissionDeniedError
from moderation.models import Rule, RuleRevision
from moderation.selectors import engine_for_current_rules, rules_version_current
from moderation.services import rule_create, rule_set_enabled, rule_update, rules_install_defaults
from tests.access import ACTORS, Access, actors, assert_access  # noqa: F401 - actors is a fixture
from tests.conftest import ROOT

pytestmark = pytest.mark.django_db

RULE_EDITORS = frozenset({"ict", "secretariat"})
RULE_VIEWERS = RULE_EDITORS | {"auditor"}


@pytest.fixture
def defaults(db):
    rules_install_defaults()
    return Rule.objects.all()


def test_defaults_are_installed_idempotently(defaults):
    count = Rule.objects.count()
    assert count >= 15
    assert rules_install_defaults() == 0
    assert Rule.objects.count() == count
    assert Rule.objects.get(slug="privacy-phone").action == Rule.Action.AUTO_HIDE
    assert Rule.objects.get(slug="commercial-solicitation").action == Rule.Action.FLAG


def test_secretariat_can_create_rule_with_revision_and_version_bump(secretariat_user):
    before = rules_version_current()
    rule = rule_create(
        actor=secretariat_user,
        slug="local-insults",
        name="地域の罵倒語",
        clause="defamation",
        kind="terms",
        # words the shipped rules do not list (あんぽんたん is one of theirs since round 4)
        config={"terms": "とうへんぼく\nおたんちん\n"},
    )
    assert rule.config == {"terms": ["とうへんぼく", "おたんちん"], "exceptions": []}
    assert rule.action == Rule.Action.FLAG and rule.created_by == secretariat_user
    assert RuleRevision.objects.get(rule=rule).change == RuleRevision.Change.CREATED
    assert rules_version_current() == before + 1
    assert [hit.rule for hit in engine_for_current_rules().screen("このとうへんぼく")] == [
        "local-insults"
    ]


def test_threat_rule_hides_automatically_by_default(ict_user):
    rule = rule_create(
        actor=ict_user,
        slug="t",
        name="t",
        clause="threat",
        kind="terms",
        config={"terms": ["ぶっとばす"]},
    )
    assert rule.action == Rule.Action.AUTO_HIDE


@pytest.mark.parametrize(
    ("kind", "config", "message"),
    [
        ("terms", {"terms": ""}, "語句を1つ以上"),
        ("terms", {"terms": "☆☆\n"}, "空になります"),
        ("regex", {"pattern": "(a+)+$"}, "入れ子"),
        ("regex", {"pattern": "[unclosed"}, "正規表現が正しくありません"),
        ("pii", {"detectors": ["passport"]}, "passport"),
        ("link", {"match": ["denied"], "deny": ["not a domain"]}, "ドメイン名ではありません"),
        (
            "terms",
            {"terms": ["lemma:死ぬ/命令"]},
            "「命令」は見出し語（lemma:）の条件として使えません",
        ),
        ("pattern", {"target": ["外国人"], "predicate": []}, "述語を1つ以上入力してください"),
        ("pattern", {"predicate": ["帰れ"], "scope": "page"}, "同じ文の中で探すかどうか"),
    ],
)
def test_invalid_rules_are_refused_and_not_stored(ict_user, kind, config, message):
    with pytest.raises(DomainError) as error:
        rule_create(
            actor=ict_user, slug="bad", name="bad", clause="other", kind=kind, config=config
        )
    assert message in error.value.message
    assert not Rule.objects.filter(slug="bad").exists()


def test_update_bumps_version_and_keeps_old_config(ict_user):
    rule = rule_create(
        actor=ict_user, slug="r", name="r", clause="spam", kind="terms", config={"terms": ["あ"]}
    )
    updated = rule_update(
        rule_id=rule.pk, actor=ict_user, config={"terms": ["いい"]}, severity="high"
    )
    assert updated.version == 2 and updated.config["terms"] == ["いい"]
    revision = RuleRevision.objects.get(rule=rule, version=2)
    assert revision.old_values["config"]["terms"] == ["あ"] and revision.actor == ict_user
    with pytest.raises(DomainError):
        rule_update(rule_id=rule.pk, actor=ict_user, config={"terms": []})
    rule.refresh_from_db()
    assert rule.version == 2 and rule.config["terms"] == ["いい"]


def test_auditor_cannot_change_rules(auditor_user, ict_user):
    rule = rule_create(
        actor=ict_user, slug="r", name="r", clause="spam", kind="terms", config={"terms": ["あ"]}
    )
    with pytest.raises(PermissionDeniedError):
        rule_set_enabled(rule_id=rule.pk, actor=auditor_user, enabled=False)


def test_disabling_a_rule_rebuilds_the_engine(defaults, ict_user):
    assert engine_for_current_rules().screen("死ね")
    rule = Rule.objects.get(slug="threat-violence-ja")
    rule_set_enabled(rule_id=rule.pk, actor=ict_user, enabled=False)
    assert "threat-violence-ja" not in [h.rule for h in engine_for_current_rules().screen("死ね")]
    assert RuleRevision.objects.filter(rule=rule, change="disabled").exists()


# --- views -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "access",
    [
        Access("/moderation/rules/", allowed=RULE_VIEWERS),
        Access("/moderation/rules/sandbox/", allowed=RULE_VIEWERS),
        Access(
            "/moderation/rules/sandbox/", allowed=RULE_VIEWERS, method="post", data={"text": "ばか"}
        ),
        Access("/moderation/rules/threat-violence-ja/", allowed=RULE_VIEWERS),
        Access("/moderation/rules/threat-violence-ja/edit/", allowed=RULE_EDITORS),
        Access("/moderation/rules/new/terms/", allowed=RULE_EDITORS),
        Access("/moderation/rules/new/regex/", allowed=RULE_EDITORS),
        Access(
            "/moderation/rules/harmful-link-any-external/toggle/",
            allowed=RULE_EDITORS,
            method="post",
            data={"enabled": "1"},
            ok_status=(302,),
        ),
    ],
    ids=lambda a: f"{a.method} {a.url}",
)
def test_rule_views_permission_matrix(client, actors, defaults, access):  # noqa: F811
    assert_access(client, actors, access)


def test_secretariat_can_create_rule_through_the_form(client, secretariat_user):
    client.force_login(secretariat_user)
    response = client.post(
        "/moderation/rules/new/terms/",
        {
            "slug": "new-terms",
            "name": "新しい語",
            "clause": "defamation",
            "severity": "high",
            "action": "flag",
            "enabled": "on",
            "terms": "ぼけなす\nとんちんかん",
            "exceptions": "",
        },
    )
    assert response.status_code == 302
    rule = Rule.objects.get(slug="new-terms")
    assert (
        rule.config["terms"] == ["ぼけなす", "とんちんかん"] and rule.updated_by == secretariat_user
    )


def test_secretariat_can_create_a_pattern_rule_that_screens_by_sentence(client, secretariat_user):
    client.force_login(secretariat_user)
    response = client.post(
        "/moderation/rules/new/pattern/",
        {"slug": "group-exclusion", "name": "排除", "clause": "discrimination",
         "severity": "high", "action": "flag", "enabled": "on",
         "description": "集団への排除の呼びかけ", "target": "外国人\n移民",
         "predicate": "出て行け\nlemma:帰る/命令形", "exceptions": "", "scope": "sentence"},
    )  # fmt: skip
    assert response.status_code == 302
    rule = Rule.objects.get(slug="group-exclusion")
    assert rule.kind == "pattern" and rule.description == "集団への排除の呼びかけ"
    assert rule.config["predicate"] == ["出て行け", "lemma:帰る/命令形"]
    engine = engine_for_current_rules()
    assert "group-exclusion" in [h.rule for h in engine.screen("移民は国に帰れ")]
    assert "group-exclusion" not in [h.rule for h in engine.screen("移民が来た。家に帰れ")]
    detail = client.get(f"/moderation/rules/{rule.slug}/").content.decode()
    assert "集団への排除の呼びかけ" in detail


def test_defaults_update_only_rules_nobody_edited(ict_user, defaults):
    edited = Rule.objects.get(slug="obscene-terms")
    rule_update(rule_id=edited.pk, actor=ict_user, config={"terms": ["えろ"]})
    untouched = Rule.objects.get(slug="religious-proselytising")
    Rule.objects.filter(pk=untouched.pk).update(config={"terms": ["古い語"], "exceptions": []})
    assert rules_install_defaults() == 1
    assert Rule.objects.get(slug="obscene-terms").config["terms"] == ["えろ"]
    restored = Rule.objects.get(slug="religious-proselytising")
    assert "入信" in restored.config["terms"] and restored.description


def test_slow_regex_is_refused_with_a_message(client, ict_user):
    client.force_login(ict_user)
    response = client.post(
        "/moderation/rules/new/regex/",
        {"slug": "slow", "name": "slow", "clause": "spam", "severity": "low", "action": "flag",
         "pattern": "(\\w+)+$", "regex_on": "text"},
    )  # fmt: skip
    assert response.status_code == 400
    assert "入れ子" in response.content.decode()
    assert not Rule.objects.filter(slug="slow").exists()


def test_unknown_kind_is_404(client, ict_user):
    client.force_login(ict_user)
    assert client.get("/moderation/rules/new/nonsense/").status_code == 404


def test_edit_form_saves_and_history_shows_it(client, ict_user, defaults):
    client.force_login(ict_user)
    rule = Rule.objects.get(slug="religious-proselytising")
    before = rule.version  # the shipped rule may already have been updated by a migration
    response = client.post(
        f"/moderation/rules/{rule.slug}/edit/",
        {"name": rule.name, "clause": rule.clause, "severity": "medium", "action": "flag",
         "enabled": "on", "terms": "入信\n布教", "exceptions": ""},
    )  # fmt: skip
    assert response.status_code == 302
    rule.refresh_from_db()
    assert rule.version == before + 1 and rule.config["terms"] == ["入信", "布教"]
    detail = client.get(f"/moderation/rules/{rule.slug}/").content.decode()
    assert str(ict_user) in detail


def test_a_pii_rule_can_be_set_to_flag_the_writers_own_contact_too(client, ict_user, defaults):
    client.force_login(ict_user)
    rule = Rule.objects.get(slug="privacy-phone")
    own = "財布を拾いました。私の携帯は080-3321-0954です"
    assert engine_for_current_rules().screen(own) == []  # the default: own contact is fine
    form = client.get(f"/moderation/rules/{rule.slug}/edit/").content.decode()
    assert 'name="own_contact"' in form and "投稿者本人の連絡先は検出しない" in form
    allow = "\n".join(rule.config.get("allow", []))
    response = client.post(
        f"/moderation/rules/{rule.slug}/edit/",
        {"name": rule.name, "clause": rule.clause, "severity": rule.severity,
         "action": rule.action, "enabled": "on", "detectors": rule.config["detectors"],
         "allow_values": allow},  # the box left unticked
    )  # fmt: skip
    assert response.status_code == 302
    rule.refresh_from_db()
    assert rule.config["own_contact"] is False and rule.config["allow"] == allow.split("\n")
    assert [hit.rule for hit in engine_for_current_rules().screen(own)] == ["privacy-phone"]


def test_sandbox_highlights_exactly_and_escapes_hostile_input(client, secretariat_user, defaults):
    client.force_login(secretariat_user)
    text = '<script>alert("x")</script> 市長は ﾊﾞｶ だ <b>し☆ね</b>'
    response = client.post("/moderation/rules/sandbox/", {"text": text})
    body = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in body and "<b>し" not in body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in body
    # each mark names its rule (a reader knows a rule by its name, not its identifier)
    insults = escape(Rule.objects.get(slug="defamation-insults-ja").name)
    threats = escape(Rule.objects.get(slug="threat-violence-ja").name)
    assert f'<mark title="{insults}">ﾊﾞｶ</mark>' in body
    assert f'<mark title="{threats}">し☆ね</mark>' in body
    assert "しね" in body  # the normalised form is shown


def test_rule_list_shows_counts_and_filters(client, auditor_user, defaults):
    client.force_login(auditor_user)
    body = client.get("/moderation/rules/?enabled=0").content.decode()
    assert "harmful-link-any-external" in body and "threat-violence-ja" not in body


# --- check_comments ------------------------------------------------------------------------------

STREAM = [
    {"id": "c1", "message": "市長はﾊﾞｶ", "author": "a"},
    "this is not json",
    {"id": "c2", "message": 42},
    {
        "id": "c3",
        "message": "同じ宣伝文句をどうぞ",
        "author": "s",
        "created_time": "2026-01-01T10:00:00+0000",
    },
    {
        "id": "c4",
        "message": "同じ宣伝文句をどうぞ",
        "author": "s",
        "created_time": "2026-01-01T10:01:00+0000",
    },
    {
        "id": "c5",
        "message": "同じ宣伝文句をどうぞ",
        "author": "s",
        "created_time": "2026-01-01T10:02:00+0000",
    },
    {"id": "c6", "message": "ありがとうございます"},
]


def _stream_text() -> str:
    return (
        "\n".join(
            line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)
            for line in STREAM
        )
        + "\n"
    )


def _check_output(lines: list[dict]) -> None:
    assert [line["id"] for line in lines] == ["c1", None, "c2", "c3", "c4", "c5", "c6"]
    assert lines[0]["flags"] == [
        {
            "category": "defamation",
            "rule": "defamation-insults-ja",
            "severity": "medium",
            "spans": [[3, 6]],
        }
    ]
    assert lines[1]["flags"] == [] and lines[2]["flags"] == []
    assert [bool(line["flags"]) for line in lines[3:6]] == [False, False, True]
    assert lines[5]["flags"][0]["rule"] == "spam-repetition"
    assert lines[6]["flags"] == []


def test_check_comments_through_call_command(defaults):
    out, err = io.StringIO(), io.StringIO()
    call_command("check_comments", stdin=io.StringIO(_stream_text()), stdout=out, stderr=err)
    _check_output([json.loads(line) for line in out.getvalue().splitlines()])
    assert "line 2" in err.getvalue() and "line 3" in err.getvalue()


@pytest.mark.django_db(transaction=True)
def test_check_comments_as_a_process_reads_real_stdin(worker_env):
    rules_install_defaults()
    result = subprocess.run(
        [sys.executable, "manage.py", "check_comments"],
        input=_stream_text().encode(),
        capture_output=True,
        cwd=ROOT,
        env=worker_env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    _check_output([json.loads(line) for line in result.stdout.decode().splitlines()])
    assert "line 2" in result.stderr.decode()


@pytest.mark.django_db(transaction=True)
def test_check_comments_answers_a_waiting_caller_at_once(worker_env):
    # Answers of a piped stream are written in batches; a caller that sends one line and
    # waits for its answer must get it without closing its end of the pipe.
    rules_install_defaults()
    process = subprocess.Popen(
        [sys.executable, "manage.py", "check_comments"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
        env=worker_env,
    )
    try:
        answers = []
        for record in ({"id": "x1", "message": "市長はﾊﾞｶ"}, {"id": "x2", "message": "晴れ"}):
            process.stdin.write((json.dumps(record, ensure_ascii=False) + "\n").encode())
            process.stdin.flush()
            ready, _w, _x = select.select([process.stdout], [], [], 60)
            assert ready, "no answer while the caller waits"
            answers.append(json.loads(process.stdout.readline()))
        assert [a["id"] for a in answers] == ["x1", "x2"]
        assert answers[0]["flags"][0]["rule"] == "defamation-insults-ja"
        assert answers[1]["flags"] == []
    finally:
        process.stdin.close()
        process.wait(timeout=60)
    assert process.returncode == 0
