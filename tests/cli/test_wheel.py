"""The built wheel carries the rules and the bundled reference: installed elsewhere, it lints from any folder."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_wheel_installed_elsewhere_finds_its_rules_and_reference(tmp_path):
    if shutil.which("git") is None and not (ROOT / "pyproject.toml").is_file():
        pytest.skip("no checkout to build from")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w",
                            str(tmp_path / "dist")], capture_output=True, text=True)
    if built.returncode != 0:
        pytest.skip(f"pip cannot build the wheel here: {built.stderr.strip().splitlines()[-1:]}")
    [wheel] = (tmp_path / "dist").glob("factlint-*.whl")
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(ROOT / "examples" / "briefing.md", elsewhere / "copy.md")
    env = {**os.environ, "PYTHONPATH": str(target)}

    def factlint(*args):
        return subprocess.run([sys.executable, "-m", "lint", *args], cwd=elsewhere, env=env,
                              capture_output=True, text=True)

    assert factlint("--version").stdout.startswith("factlint ")
    where = subprocess.run([sys.executable, "-c", "import lint; print(lint.__file__)"], cwd=elsewhere, env=env,
                           capture_output=True, text=True).stdout
    assert where.startswith(str(target))  # the installed copy, not the checkout
    lint = factlint("lint", "copy.md", "-f", "concise", "--no-cache")
    assert lint.returncode == 1 and "copy.md:" in lint.stdout and "FL501" in lint.stdout
    assert "FL501" in factlint("rules").stdout
    shown = json.loads(factlint("reference", "show", "--format", "json").stdout)
    assert len(shown["sources"]) == 5 and shown["topics"]
