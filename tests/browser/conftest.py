"""Headless Chromium from the system's packages, driven by Selenium, for the HTML report's tests.

No browser or driver is ever downloaded: Chromium and chromedriver come from the
distribution (Debian: `apt-get install chromium chromium-driver`), and the driver's
path is given to Selenium explicitly so Selenium Manager never runs. Without them,
every test here is skipped with the reason.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
EXAMPLE = ROOT / "examples" / "briefing.md"
BROWSER_NAMES = ("chromium", "chromium-browser")
DRIVER_NAMES = ("chromedriver",)
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
WINDOW = (1280, 800)


def _which(names: tuple[str, ...]) -> str | None:
    return next((found for name in names if (found := shutil.which(name))), None)


def _missing() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install 'selenium>=4.20')"
    if not _which(BROWSER_NAMES):
        return "chromium is not installed (apt-get install chromium)"
    if not _which(DRIVER_NAMES):
        return "chromedriver is not installed (apt-get install chromium-driver)"
    return None


def pytest_collection_modifyitems(config, items):
    reason = _missing()
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)
            if reason:
                item.add_marker(pytest.mark.skip(reason=f"browser test: {reason}"))


@pytest.fixture(scope="session")
def driver(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = _which(BROWSER_NAMES)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.add_argument(f"--window-size={WINDOW[0]},{WINDOW[1]}")
    # Console messages, and the DevTools network events that show every request the page makes.
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    # A dialog stays open (rather than being dismissed) so a test can see that one was raised.
    options.set_capability("unhandledPromptBehavior", "ignore")
    browser = webdriver.Chrome(service=Service(executable_path=_which(DRIVER_NAMES)), options=options)
    browser.set_page_load_timeout(30)
    yield browser
    browser.quit()


@pytest.fixture
def browser(driver):
    """The shared browser with its logs emptied, its window size and the screen medium restored, for one test."""
    driver.set_window_size(*WINDOW)
    driver.get_log("browser")
    driver.get_log("performance")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    return driver


def _factlint(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run the real command line, as a user would."""
    command = [sys.executable, "-c", "from lint.cli import main; main()", *args]
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=120)
    ok = done.returncode in (0, 1) and "Traceback" not in done.stderr
    assert ok, f"factlint {' '.join(args)} exited {done.returncode}: {done.stderr}"
    return done


def _lint_html(folder: Path, drafts: tuple[Path, ...]) -> tuple[Path, dict]:
    names = []
    for draft in drafts:
        shutil.copyfile(draft, folder / draft.name)
        names.append(draft.name)
    report = folder / "report.html"
    _factlint("lint", *names, "--format", "html", "--output", str(report), cwd=folder)
    data = json.loads(_factlint("lint", *names, "--format", "json", cwd=folder).stdout)
    return report, data


@pytest.fixture
def lint_html(tmp_path):
    """lint_html(*drafts) -> (report.html, JSON report): both from the command line, on copies in tmp_path."""
    return lambda *drafts: _lint_html(tmp_path, drafts)


@pytest.fixture(scope="session")
def example_report(tmp_path_factory) -> tuple[Path, dict]:
    """The report of the example draft and its JSON, made once for the session."""
    return _lint_html(tmp_path_factory.mktemp("example"), (EXAMPLE,))


@pytest.fixture
def artifact():
    """artifact(name) -> a path in tests/artifacts/ (gitignored), for screenshots and PDFs to look at."""

    def path(name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        return ARTIFACTS / name

    return path
