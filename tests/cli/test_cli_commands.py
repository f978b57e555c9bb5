"""`factlint rules`, `claims`, `config`, `--version`, `--help`, and `python -m lint`."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import CONTESTED, MISMATCH, draft, factlint

from lint import __version__
from lint.catalog import catalog


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def test_rules_lists_every_code_with_its_columns(capsys):
    run = factlint(capsys, "rules", "--format", "json")
    rows = json.loads(run.out)
    assert [r["code"] for r in rows] == [*sorted(catalog()), "FL901"]
    fl104 = next(r for r in rows if r["code"] == "FL104")
    assert (fl104["name"], fl104["category"], fl104["kind"], fl104["severity"]) == (
        "mismatched-figure", "mismatch", "figure", "error")
    table = factlint(capsys, "rules").out
    for code, rule in catalog().items():
        assert code in table and rule.name in table


def test_rules_code_shows_the_documentation_and_examples(capsys):
    rule = catalog()["FL501"]
    run = factlint(capsys, "rules", "FL501")
    assert run.code == 0
    assert run.out.startswith("FL501 contested-statute\n")
    assert rule.summary in run.out
    assert " ".join(rule.rationale.split()[:6]) in " ".join(run.out.split())
    for example in rule.examples:
        assert example.text in run.out
    assert "reported:" in run.out and "not reported:" in run.out


def test_rules_by_name_and_by_prefix(capsys):
    assert factlint(capsys, "rules", "contested-statute").out.startswith("FL501 contested-statute")
    prefix = json.loads(factlint(capsys, "rules", "FL5", "-f", "json").out)
    assert [r["code"] for r in prefix] == ["FL501", "FL502", "FL503", "FL504"]


def test_claims_lists_what_was_read_as_json(capsys, tmp_path):
    draft(tmp_path, "a.md", MISMATCH, CONTESTED)
    run = factlint(capsys, "claims", "a.md", "--format", "json")
    claims = json.loads(run.out)
    assert [(c["path"], c["line"], c["column"], c["kind"], c["text"]) for c in claims] == [
        ("a.md", 3, 24, "figure", "about 90,000"), ("a.md", 5, 59, "statute", "Article 112 of the penal code")]
    assert claims[1]["value"]["articles"] == ["112"]
    assert claims[0]["normalized"].startswith("about 90,000 count")


def test_claims_table(capsys, tmp_path):
    draft(tmp_path, "a.md", CONTESTED)
    out = factlint(capsys, "claims", "a.md").out
    assert "a.md: 1 claim" in out
    row = next(line for line in out.splitlines() if "3:59" in line)
    assert "statute" in row and "Article 112 of the penal code" in row and "article 112 · criminal-code" in row


def test_config_shows_each_setting_and_where_it_came_from(capsys, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.factlint]\nselect = ["FL1", "FL5"]\ncutoff = 60\n', "utf-8")
    run = factlint(capsys, "config")
    assert run.out.splitlines()[0] == f"configuration file: {tmp_path / 'pyproject.toml'}"
    lines = {line.split()[0]: line for line in run.out.splitlines()[2:]}
    assert '["FL1", "FL5"]' in lines["select"] and lines["select"].endswith("pyproject.toml [tool.factlint]")
    assert "60.0" in lines["cutoff"]
    assert lines["fail-on"].endswith("# default") and '"warning"' in lines["fail-on"]
    data = json.loads(factlint(capsys, "config", "--format", "json").out)
    assert data["settings"]["select"] == {"value": ["FL1", "FL5"], "from": f"{tmp_path / 'pyproject.toml'} "
                                                                          "[tool.factlint]"}


def test_config_with_a_bad_key_exits_2(capsys, tmp_path):
    (tmp_path / "factlint.toml").write_text("fail_on = 'error'\n", "utf-8")
    run = factlint(capsys, "config")
    assert run.code == 2
    assert run.err == (f"factlint: error: {tmp_path / 'factlint.toml'} key 'fail_on': unknown key "
                       "(did you mean 'fail-on'?)\n")


def test_version(capsys):
    assert factlint(capsys, "--version").out == f"factlint {__version__}\n"


@pytest.mark.parametrize("args", [["--help"], ["lint", "--help"], ["rules", "-h"], ["reference", "--help"]])
def test_help_everywhere(capsys, args):
    run = factlint(capsys, *args)
    assert run.code == 0 and run.out.startswith("Usage: factlint")


def test_python_dash_m_lint_and_help_without_heavy_imports(tmp_path):
    done = subprocess.run([sys.executable, "-m", "lint", "--version"], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout) == (0, f"factlint {__version__}\n")
    probe = ("import sys\nfrom lint.cli import main\n"
             "try:\n    main(['lint', '--help'])\nexcept SystemExit:\n    pass\n"
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'rich', 'rapidfuzz', 'regex', 'markdown_it'}))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert done.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize(("output_format", "unused"), [
    ("json", ["pickle", "rich", "tempfile"]),  # no terminal rendering at all
    ("text", ["pickle", "rich.style", "tempfile"]),  # not coloured: no colour tables
])
def test_a_lint_against_a_small_reference_loads_nothing_it_does_not_use(tmp_path, output_format, unused):
    """Startup is most of a lint of one draft: no pickle (only a large reference is prepared), no temporary files
    (a lint writes nothing of its own with --no-cache), nothing of rich that the report does not draw with."""
    draft(tmp_path, "a.md", MISMATCH)
    probe = ("import sys\nfrom lint.cli import main\n"
             f"try:\n    main(['lint', 'a.md', '--format', '{output_format}', '--no-cache'])\nexcept SystemExit:\n"
             "    pass\n"
             f"print(sorted(set(sys.modules) & {set(unused)!r}))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False, cwd=tmp_path)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_missing_file_through_the_installed_command(tmp_path):
    done = subprocess.run([sys.executable, "-m", "lint", "lint", "no-such-file.md"], capture_output=True, text=True,
                          check=False, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == "factlint: error: no-such-file.md: no such file or folder\n"


def test_pre_commit_hook_runs_factlint_lint_on_markdown_and_text(capsys, tmp_path):
    yaml = pytest.importorskip("yaml")
    [hook] = yaml.safe_load((Path(__file__).parents[2] / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert (hook["id"], hook["language"], hook["types_or"]) == ("factlint", "python", ["markdown", "plain-text"])
    program, *args = hook["entry"].split()
    assert program == "factlint"
    draft(tmp_path, "a.md", MISMATCH)
    run = factlint(capsys, *args, "a.md", "-f", "concise")
    assert run.code == 1 and run.out.startswith("a.md:3:24: FL104")


def test_html_format_is_a_page(capsys, tmp_path):
    draft(tmp_path, "a.md", MISMATCH)
    run = factlint(capsys, "lint", "a.md", "-f", "html", "-o", "report.html")
    page = (tmp_path / "report.html").read_text("utf-8")
    assert run.code == 1 and page.startswith("<!DOCTYPE html>") and "FL104" in page
