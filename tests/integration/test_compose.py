"""docker-compose.yml is validated by the real Compose v2 parser (no engine runs here)."""

import json
import subprocess
from pathlib import Path

import compose
import pytest

ROOT = Path(__file__).resolve().parents[2]
# The PyPI wheel's wrapper script always exits 0; the Go binary beside it tells the truth.
COMPOSE = Path(compose.__file__).parent / "docker-compose"


def run_config(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(COMPOSE), "-f", str(path), "config", "-q"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_compose_file_is_valid():
    result = run_config(ROOT / "docker-compose.yml")
    assert result.returncode == 0, result.stderr


def test_compose_parser_rejects_an_invalid_file(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("services:\n  web:\n    image: x\n    ports: not-a-list\n")
    assert run_config(bad).returncode != 0


@pytest.mark.parametrize("service", ["db", "redis", "web", "worker", "beat"])
def test_compose_defines_the_production_services(service):
    result = subprocess.run(
        [str(COMPOSE), "-f", "docker-compose.yml", "config", "--format", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    services = json.loads(result.stdout)["services"]
    assert service in services
    if service in {"db", "redis", "web"}:
        assert "healthcheck" in services[service]
    assert services["db"]["image"].startswith("postgres:16")


def test_env_example_names_every_required_variable():
    text = (ROOT / ".env.example").read_text()
    for name in [
        "DATABASE_URL",
        "REDIS_URL",
        "DJANGO_SECRET_KEY",
        "DJANGO_DEBUG",
        "DJANGO_ALLOWED_HOSTS",
        "FIELD_ENCRYPTION_KEYS",
        "FACEBOOK_APP_SECRET",
    ]:
        assert f"{name}=" in text
