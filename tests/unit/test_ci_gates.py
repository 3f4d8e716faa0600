"""The gates `make test` runs before pytest fail on what they are meant to catch: a
formatting difference (ruff format --check) and an import across the app layers
(lint-imports with the contracts in pyproject.toml). Each runs on a copy of the code."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PACKAGES = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"][
    "root_packages"
]


def _copy_code(tmp_path: Path) -> Path:
    target = tmp_path / "repo"
    target.mkdir()
    shutil.copy(ROOT / "pyproject.toml", target)
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package,
            target / package,
            ignore=shutil.ignore_patterns("__pycache__", "migrations", "simulator"),
        )
    return target


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=120)


def test_the_contracts_hold_on_the_code_as_it_is(tmp_path):
    repo = _copy_code(tmp_path)
    result = _run([str(BIN / "lint-imports"), "--no-cache"], repo)
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_import_of_moderation_from_comments_breaks_the_layer_contract(tmp_path):
    repo = _copy_code(tmp_path)
    (repo / "comments" / "shortcut.py").write_text("from moderation import selectors\n")
    result = _run([str(BIN / "lint-imports"), "--no-cache"], repo)
    assert result.returncode != 0
    assert "comments below moderation BROKEN" in result.stdout
    assert "comments.shortcut -> moderation.selectors" in result.stdout


def test_insights_reading_moderation_models_breaks_its_contract(tmp_path):
    repo = _copy_code(tmp_path)
    (repo / "insights" / "shortcut.py").write_text("from moderation.models import Flag\n")
    result = _run([str(BIN / "lint-imports"), "--no-cache"], repo)
    assert result.returncode != 0
    assert "insights.shortcut -> moderation.models" in result.stdout


def test_a_formatting_difference_fails_the_format_check(tmp_path):
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    (tmp_path / "clean.py").write_text('VALUE = {"a": 1}\n')
    assert _run([str(BIN / "ruff"), "format", "--check", "."], tmp_path).returncode == 0
    (tmp_path / "messy.py").write_text("VALUE = {'a':1,\n   'b' :2}\n")
    result = _run([str(BIN / "ruff"), "format", "--check", "."], tmp_path)
    assert result.returncode == 1
    assert "messy.py" in result.stdout
