"""Headless Chromium (Debian's, through Playwright's executable_path) for user journeys.

Accessibility and phone width are checked on EVERY page a browser test visits, with nothing
to call:

* The ``page`` fixture records each page the test navigates to with a GET. When the test
  ends, every distinct address visited (HTML pages only; sign-out, downloads and the
  Facebook dialog of the simulator are left out) is loaded again, in the same session, at 1280 px and at
  390 px, and ``check_page`` runs on it. The test fails (an error at teardown) on an axe-core
  violation of impact "serious" or "critical", or when the document is wider than the
  viewport at 390 px.
* For a state that only exists mid-journey (a form showing its errors, a confirmation step),
  call ``check_page(page)`` yourself: it checks the current document at both widths and
  leaves the viewport as it found it.
* ``@pytest.mark.no_a11y_sweep`` turns the end-of-test sweep off for one test (say why).

axe-core comes from npm (``node_modules/axe-core/axe.min.js``, package.json) and is
evaluated in the page through the DevTools protocol, so the pages' Content-Security-Policy
(no inline script) stays exactly as in production.
"""

import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Playwright's sync API runs an event loop in the test thread; Django refuses ORM calls from
# such a thread unless told it is safe. Set only for the browser tests.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parent.parent.parent / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",  # the test run is root here
    "--disable-gpu",
    "--disable-dev-shm-usage",
    # The city network is closed: keep Chromium from phoning home at all.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.fail(f"Chromium not found at {CHROMIUM}; `make test` installs it with apt.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# Addresses the sweep does not load again: they act on GET or are not our HTML pages.
SWEEP_SKIP = ("/accounts/logout", "/i18n/", "/webhooks/", "/static/", "/_sim/", "/dialog/")


def _axe_source() -> str:
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `npm ci --ignore-scripts` (package.json pins it).")
    return AXE.read_text(encoding="utf-8")


def _axe_serious(page) -> list[str]:
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(_axe_source())
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {resultTypes: ["violations"]});
            return r.violations
              .filter(v => v.impact === "serious" || v.impact === "critical")
              .map(v => v.id + " (" + v.impact + "): " + v.help + " -> " +
                   v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(" | "));
        }"""
    )
    return list(result)


def _overflow(page) -> int:
    """How many CSS pixels the document is wider than the viewport (0 when it fits)."""
    return int(
        page.evaluate(
            "() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
            " - window.innerWidth"
        )
    )


def check_page(page, *, label: str = "") -> None:
    """axe-core (serious/critical) at 1280 and 390 px, and no sideways overflow at 390 px,
    on the document as it is now. Restores the viewport size."""
    where = label or page.url
    original = page.viewport_size or DESKTOP
    problems: list[str] = []
    try:
        for size in (DESKTOP, PHONE):
            page.set_viewport_size(size)
            page.wait_for_timeout(50)
            problems += [f"{size['width']}px {where}: {v}" for v in _axe_serious(page)]
            if size is PHONE:
                extra = _overflow(page)
                if extra > 0:
                    problems.append(
                        f"390px {where}: the document is {extra}px wider than the screen"
                    )
    finally:
        page.set_viewport_size(original)
    assert not problems, "\n".join(problems)


def _sweep(page, visited: list[str], base: str) -> None:
    seen: set[str] = set()
    problems: list[str] = []
    for url in visited:
        parts = urlsplit(url)
        if not url.startswith(base) or any(parts.path.startswith(p) for p in SWEEP_SKIP):
            continue
        key = parts.path + ("?" + parts.query if parts.query else "")
        if key in seen:
            continue
        seen.add(key)
        response = page.goto(url)
        if response is None or "text/html" not in (response.headers.get("content-type") or ""):
            continue
        try:
            check_page(page, label=key)
        except AssertionError as error:
            problems.append(str(error))
    assert not problems, "\n".join(problems)


@pytest.fixture
def page(browser, live_server, request):
    context = browser.new_context(locale="ja-JP", viewport=DESKTOP, base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15000)
    visited: list[str] = []

    def remember(response) -> None:
        # Pages a GET can show again: a POST's answer (a confirmation step, a form with its
        # errors) is checked by the test itself with check_page(page).
        request = response.request
        if (
            request.is_navigation_request()
            and request.frame == page.main_frame
            and request.method == "GET"
            and response.status == 200
            and "text/html" in (response.headers.get("content-type") or "")
            and "attachment" not in (response.headers.get("content-disposition") or "")
        ):
            visited.append(response.url)

    page.on("response", remember)
    yield page
    try:
        if request.node.get_closest_marker("no_a11y_sweep") is None and not getattr(
            request.node, "_browser_failed", False
        ):
            page.remove_listener("response", remember)
            page.on("dialog", lambda dialog: dialog.dismiss())
            _sweep(page, visited, live_server.url)
    finally:
        context.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Remember a failed test body: its sweep would only repeat the noise."""
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed:
        item._browser_failed = True


@pytest.fixture
def screenshot(page):
    SCREENSHOTS.mkdir(exist_ok=True)

    def take(name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@dataclass(frozen=True)
class Shot:
    """One picture ``shoot`` takes: ``<name><suffix>.png``, at ``size`` (None: the viewport as
    it is), the whole page or only what the first screen shows."""

    suffix: str
    size: dict | None = None
    full_page: bool = True


# The usual pair: the whole page at a desk and on a phone.
BOTH_WIDTHS = (Shot("-1280", DESKTOP), Shot("-390", PHONE))


def shoot(
    page, folder: Path, name: str, shots: Sequence[Shot] = BOTH_WIDTHS, *, fits: bool = False
) -> None:
    """Screenshots of the page as it is now, for people to look at, into ``folder``; with
    ``fits``, the test fails when the page scrolls sideways at any of the sizes. The viewport
    is left as it was found."""
    folder.mkdir(parents=True, exist_ok=True)
    original = page.viewport_size
    try:
        for shot in shots:
            if shot.size is not None and page.viewport_size != shot.size:
                page.set_viewport_size(shot.size)
                page.wait_for_timeout(100)  # let the layout settle before the picture
            page.screenshot(path=str(folder / f"{name}{shot.suffix}.png"), full_page=shot.full_page)
            if fits:
                extra = _overflow(page)
                width = (page.viewport_size or {}).get("width")
                assert extra <= 0, f"{name} overflows by {extra}px at {width}px"
    finally:
        if original is not None and page.viewport_size != original:
            page.set_viewport_size(original)


def login(page, username: str, password: str) -> None:
    page.goto("/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("main form button[type=submit]")
