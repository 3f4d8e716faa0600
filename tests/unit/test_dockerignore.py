"""The image's build context, computed from .dockerignore with Docker's rules by pathspec,
holds no secret, VCS data, virtual environment, database or node_modules, and still holds
what the Dockerfile copies."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pathspec
import pytest

ROOT = Path(__file__).resolve().parents[2]


def docker_spec(text: str) -> pathspec.PathSpec:
    """Docker's .dockerignore rules as git wildmatch patterns: every pattern is relative to
    the context root (so it is anchored with a leading slash), `**` crosses directories,
    a matched directory excludes its contents, `!` re-includes, the last match wins."""
    lines = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        pattern = "/" + os.path.normpath(line.lstrip("!").strip()).lstrip("/")
        lines.append(("!" if negate else "") + pattern)
    return pathspec.PathSpec.from_lines("gitignore", lines)


def build_context(root: Path) -> set[str]:
    """Every file Docker would send for `docker build root` (paths relative to root)."""
    spec = docker_spec((root / ".dockerignore").read_text())
    files = set()
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = Path(dirpath).relative_to(root)
        for name in filenames:
            rel = (rel_dir / name).as_posix()
            if not spec.match_file(rel):
                files.add(rel)
        # An excluded directory is not walked (fast over .venv and node_modules): our file
        # re-includes nothing below an excluded directory, which this would otherwise miss.
        dirnames[:] = [d for d in dirnames if not spec.match_file((rel_dir / d).as_posix() + "/")]
    return files


FORBIDDEN = re.compile(
    r"(^|/)(\.env($|\.(?!example$))|\.git(/|$)|\.venv/|venv/|node_modules/|var/|__pycache__/)"
    r"|\.(sqlite3|db|rdb|pem|key)$"
)


@pytest.fixture
def hostile_tree(tmp_path):
    """A working copy as a developer's machine has it, with every kind of local secret."""
    (tmp_path / ".dockerignore").write_text((ROOT / ".dockerignore").read_text())
    files = [
        ".env",
        ".env.production",
        ".env.example",
        "deploy/.env",
        "ishinomaki_sns/settings/.env.local",
        ".git/config",
        ".git/objects/ab/cdef",
        ".venv/bin/python",
        "venv/lib/site.py",
        "node_modules/htmx.org/dist/htmx.min.js",
        "var/db.sqlite3",
        "db.sqlite3",
        "pages/local.sqlite3",
        "dump.rdb",
        "certs/server.key",
        "screenshots/queue.png",
        "pages/__pycache__/models.cpython-311.pyc",
        ".mypy_cache/3.11/x.json",
        "manage.py",
        "pyproject.toml",
        "constraints.txt",
        "package.json",
        "package-lock.json",
        "pages/models.py",
        "templates/base.html",
        "static/css/portal.css",
        "locale/ja/LC_MESSAGES/django.mo",
    ]
    for name in files:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    return tmp_path


def test_no_secret_vcs_venv_database_or_node_modules_reaches_the_context(hostile_tree):
    context = build_context(hostile_tree)
    assert sorted(f for f in context if FORBIDDEN.search(f)) == []
    assert "screenshots/queue.png" not in context
    assert {
        ".env.example",
        "manage.py",
        "pyproject.toml",
        "constraints.txt",
        "package.json",
        "package-lock.json",
        "pages/models.py",
        "templates/base.html",
        "static/css/portal.css",
        "locale/ja/LC_MESSAGES/django.mo",
    } <= context


def test_the_real_working_copy_context_is_clean_and_complete():
    context = build_context(ROOT)
    assert sorted(f for f in context if FORBIDDEN.search(f)) == []
    for source in re.findall(r"^COPY (?!--from)(.+) \S+$", (ROOT / "Dockerfile").read_text(), re.M):
        for name in source.split():
            if name != ".":
                assert name in context, f"the Dockerfile copies {name}, which is ignored"
    assert "manage.py" in context and "ishinomaki_sns/settings/base.py" in context


def test_no_negation_reaches_below_an_excluded_directory():
    """build_context does not walk excluded directories; keep that shortcut honest."""
    negations = [
        line[1:].strip().strip("/")
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.startswith("!")
    ]
    assert all("/" not in n for n in negations), negations


def test_the_spec_follows_dockers_anchoring():
    spec = docker_spec("var\n**/*.sqlite3\n!keep/*.sqlite3\n")
    assert spec.match_file("var/db.sqlite3")
    assert not spec.match_file("pages/var/readme.txt")  # `var` is the context's var only
    assert spec.match_file("a/b/c.sqlite3")
    assert not spec.match_file("keep/seed.sqlite3")
