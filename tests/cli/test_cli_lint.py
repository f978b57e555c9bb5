"""`factlint lint`: exit codes, formats through the command, output files, select/ignore, stdin, parallel runs."""

import json
import os
from pathlib import Path

import jsonschema
import pytest
from cli_helpers import CONTESTED, MISMATCH, NO_CLAIMS, SUPPORTED, UNSUPPORTED, draft, factlint

SARIF_SCHEMA = json.loads((Path(__file__).parents[1] / "report" / "sarif-schema-2.1.0.json").read_text("utf-8"))


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)


def codes_of(run) -> list[str]:
    return [f["code"] for file in json.loads(run.out)["files"] for f in file["findings"]]


# --- exit codes ------------------------------------------------------------------------------

def test_clean_draft_exits_0(capsys, tmp_path):
    draft(tmp_path, "clean.md", SUPPORTED, NO_CLAIMS)
    run = factlint(capsys, "lint", "clean.md")
    assert run.code == 0
    assert "No findings in 1 file (1 claim read)." in run.out


def test_info_only_exits_0_unless_fail_on_info(capsys, tmp_path):
    draft(tmp_path, "info.md", UNSUPPORTED)
    assert factlint(capsys, "lint", "info.md").code == 0
    assert factlint(capsys, "lint", "info.md", "--fail-on", "info").code == 1


def test_warning_only_exits_1_unless_fail_on_error(capsys, tmp_path):
    draft(tmp_path, "warn.md", CONTESTED)
    run = factlint(capsys, "lint", "warn.md", "-f", "json")
    assert (run.code, codes_of(run)) == (1, ["FL501"])
    assert factlint(capsys, "lint", "warn.md", "--fail-on", "error").code == 0


def test_error_exits_1_and_exit_zero_reports_anyway(capsys, tmp_path):
    draft(tmp_path, "err.md", MISMATCH)
    run = factlint(capsys, "lint", "err.md", "-f", "json")
    assert (run.code, codes_of(run)) == (1, ["FL104"])
    run = factlint(capsys, "lint", "err.md", "--exit-zero", "-f", "concise")
    assert run.code == 0 and "err.md:3:24: FL104 " in run.out


def test_fail_on_from_the_config_file(capsys, tmp_path):
    draft(tmp_path, "warn.md", CONTESTED)
    (tmp_path / "factlint.toml").write_text('fail-on = "error"\n', encoding="utf-8")
    assert factlint(capsys, "lint", "warn.md").code == 0
    assert factlint(capsys, "lint", "warn.md", "--fail-on", "warning").code == 1  # the command line wins


@pytest.mark.parametrize(("args", "message"), [
    (["lint", "no-such-file.md"], "factlint: error: no-such-file.md: no such file or folder"),
    (["lint", "empty"], "factlint: error: empty: no .md, .markdown or .txt files to lint in this folder"),
    (["lint", "ok.md", "--format", "xml"], "factlint: error: --format: unknown format 'xml'"),
    (["lint", "ok.md", "--select", "FL999"], "factlint: error: --select: unknown code 'FL999'"),
    (["lint", "ok.md", "--ignore", "W1"], "factlint: error: --ignore: unknown code 'W1'"),
    (["lint", "ok.md", "--fail-on", "fatal"], "factlint: error: --fail-on: unknown severity 'fatal'"),
    (["lint", "ok.md", "--bogus"], "factlint: error: No such option: --bogus"),
    (["lint", "ok.md", "--jobs", "many"], "factlint: error: Invalid value for '--jobs'"),
    (["lint"], "factlint: error: Missing argument 'PATH'"),
    (["lint", "ok.md", "-r", "missing-ref.toml"], "factlint: error: missing-ref.toml: no such reference file"),
    (["lint", "ok.md", "-r", "broken.toml"], "factlint: error: broken.toml"),
    (["lint", "ok.md", "--config", "bad.toml"], "factlint: error: bad.toml key 'colour': unknown key"),
    (["lint", "ok.md", "-o", "no/such/folder/out.json"], "factlint: error: --output no/such/folder/out.json: no "
                                                         "such folder"),
    (["rules", "FL999"], "factlint: error: FL999: no such code or name"),
    (["frobnicate"], "factlint: error: No such command 'frobnicate'"),
])
def test_usage_and_input_errors_are_one_line_and_exit_2(capsys, tmp_path, args, message):
    draft(tmp_path, "ok.md", UNSUPPORTED)
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "picture.png").write_bytes(b"\x89PNG")
    (tmp_path / "broken.toml").write_text("[[topic]\n", encoding="utf-8")
    (tmp_path / "bad.toml").write_text('colour = "red"\n', encoding="utf-8")
    run = factlint(capsys, *args, reference=False)
    assert run.code == 2
    assert run.err.startswith(message), run.err
    assert run.err.count("\n") == 1 and "Traceback" not in run.err
    assert not (tmp_path / "no").exists()


def test_binary_file_among_good_ones_is_named_and_exits_2(capsys, tmp_path):
    draft(tmp_path, "docs/good.md", MISMATCH)
    (tmp_path / "docs" / "bad.md").write_bytes(bytes(range(256)) * 4)
    run = factlint(capsys, "lint", "docs", "-f", "concise")
    assert run.code == 2
    assert run.err == "factlint: error: docs/bad.md: binary file, not linted\n"
    assert "docs/good.md:3:24: FL104" in run.out  # the other files are still reported


# --- formats through the command --------------------------------------------------------------

def test_json_output_follows_the_contract(capsys, tmp_path):
    draft(tmp_path, "a.md", MISMATCH, CONTESTED, SUPPORTED, UNSUPPORTED)
    data = json.loads(factlint(capsys, "lint", "a.md", "-f", "json").out)
    assert data["version"] == 1
    [file] = data["files"]
    assert file["path"] == "a.md"
    assert [(c["text"], c["verdict"]) for c in file["claims"]] == [
        ("about 90,000", "mismatch"), ("Article 112 of the penal code", "contested"), ("1987", "supported"),
        ("2004", "unsupported")]
    assert [(f["code"], f["category"], f["kind"], f["severity"]) for f in file["findings"]] == [
        ("FL104", "mismatch", "figure", "error"), ("FL501", "contested", "statute", "warning"),
        ("FL803", "unsupported", "date", "info")]
    assert file["findings"][1]["evidence"][1] == {
        "value": "Article 118", "source": "gazette-2021", "location": "line 30", "publisher": "Northern Gazette",
        "date": "2021", "hedged": False, "agrees": False}
    assert data["summary"] == {"files": 1, "claims": 4, "findings": 3, "errors": 1, "warnings": 1, "infos": 1}


def test_sarif_output_is_valid_and_points_evidence_at_the_sources(capsys, tmp_path):
    draft(tmp_path, "a.md", CONTESTED)
    data = json.loads(factlint(capsys, "lint", "a.md", "-f", "sarif").out)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(data)
    [result] = data["runs"][0]["results"]
    assert result["ruleId"] == "FL501"
    assert [r["physicalLocation"]["artifactLocation"]["uri"] for r in result["relatedLocations"]] == [
        "monitor%202020.txt", "gazette.txt"]


def test_github_annotations_through_the_command(capsys, tmp_path):
    draft(tmp_path, "a.md", MISMATCH)
    run = factlint(capsys, "lint", "a.md", "-f", "github")
    assert run.out.startswith("::error file=a.md,line=3,col=24,endLine=3,endColumn=36,title=FL104 mismatched-figure::")
    assert len(run.out.splitlines()) == 1


def test_text_report_is_plain_in_a_pipe_and_coloured_when_forced(capsys, tmp_path, monkeypatch):
    draft(tmp_path, "a.md", MISMATCH)
    plain = factlint(capsys, "lint", "a.md").out
    assert "\x1b[" not in plain and "error FL104 mismatched-figure" in plain
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" in factlint(capsys, "lint", "a.md").out
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in factlint(capsys, "lint", "a.md").out


def test_output_file_is_written_whole_and_nothing_else_left(capsys, tmp_path):
    draft(tmp_path, "a.md", MISMATCH)
    (tmp_path / "report.json").write_text("old", encoding="utf-8")
    run = factlint(capsys, "lint", "a.md", "-f", "json", "-o", "report.json")
    assert run.code == 1 and run.out == ""
    assert json.loads((tmp_path / "report.json").read_text("utf-8"))["summary"]["findings"] == 1
    left = sorted(name for name in os.listdir(tmp_path) if name != ".factlint_cache")
    assert left == ["a.md", "report.json"]  # no temporary file beside it


def test_text_to_an_output_file_has_no_colour(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    draft(tmp_path, "a.md", MISMATCH)
    factlint(capsys, "lint", "a.md", "-o", "report.txt")
    assert "\x1b[" not in (tmp_path / "report.txt").read_text("utf-8")


# --- what is reported ---------------------------------------------------------------------------

def test_select_and_ignore(capsys, tmp_path):
    draft(tmp_path, "a.md", MISMATCH, CONTESTED, UNSUPPORTED)
    assert codes_of(factlint(capsys, "lint", "a.md", "-f", "json", "--select", "FL1,FL5")) == ["FL104", "FL501"]
    assert codes_of(factlint(capsys, "lint", "a.md", "-f", "json", "--ignore", "FL8", "--ignore", "FL104")) == [
        "FL501"]
    assert codes_of(factlint(capsys, "lint", "a.md", "-f", "json", "--select", "FL1", "--ignore", "FL104")) == []


def test_configuration_is_found_from_the_linted_path_and_overridden(capsys, tmp_path):
    draft(tmp_path, "project/docs/a.md", MISMATCH, CONTESTED, UNSUPPORTED)
    (tmp_path / "project" / "pyproject.toml").write_text(
        '[tool.factlint]\nignore = ["FL8"]\nseverity = { FL501 = "error" }\n', encoding="utf-8")
    run = factlint(capsys, "lint", "project/docs/a.md", "-f", "json")
    findings = json.loads(run.out)["files"][0]["findings"]
    assert [(f["code"], f["severity"]) for f in findings] == [("FL104", "error"), ("FL501", "error")]
    assert codes_of(factlint(capsys, "lint", "project/docs/a.md", "-f", "json", "--ignore", "FL1")) == [
        "FL501", "FL803"]


def test_reference_from_the_config_file_is_resolved_against_its_folder(capsys, tmp_path):
    from cli_helpers import REFERENCE

    project = tmp_path / "project"
    draft(project, "a.md", MISMATCH)
    (project / "refs").mkdir()
    (project / "refs" / "mine.toml").write_text(REFERENCE.read_text("utf-8"), encoding="utf-8")
    (project / "factlint.toml").write_text('reference = "refs/mine.toml"\n', encoding="utf-8")
    run = factlint(capsys, "lint", "project/a.md", "-f", "json", reference=False)
    assert codes_of(run) == ["FL104"]


def test_inline_suppressions_end_to_end(capsys, tmp_path):
    draft(tmp_path, "a.md",
          "<!-- factlint: disable-next-line FL104 -- the Monitor's figure is out of date -->\n" + MISMATCH,
          CONTESTED.rstrip("\n") + " <!-- factlint: disable-line FL5 -->\n",
          "<!-- factlint: disable-next-line FL101 -->\n" + UNSUPPORTED)
    run = factlint(capsys, "lint", "a.md", "-f", "json")
    file = json.loads(run.out)["files"][0]
    assert [f["code"] for f in file["findings"]] == ["FL803"]
    assert [(n["code"], n["line"]) for n in file["notices"]] == [("FL901", 8)]
    assert run.code == 0
    assert factlint(capsys, "lint", "a.md", "--fail-on", "info", "--ignore", "FL8").code == 1  # the notice counts


def test_excluded_files_are_not_linted(capsys, tmp_path):
    draft(tmp_path, "docs/a.md", MISMATCH)
    draft(tmp_path, "docs/old/b.md", MISMATCH)
    run = factlint(capsys, "lint", "docs", "-f", "json", "--exclude", "old")
    assert [f["path"] for f in json.loads(run.out)["files"]] == ["docs/a.md"]
    run = factlint(capsys, "lint", "docs/a.md", "--exclude", "docs/*.md")
    assert run.code == 0 and "nothing to lint" in run.err


def test_standard_input(capsys, tmp_path):
    text = ("# Ruritania\n\n" + MISMATCH).encode("utf-8")
    run = factlint(capsys, "lint", "-", "-f", "concise", stdin=text)
    assert run.out == ('<stdin>:3:24: FL104 "about 90,000": no source gives this. Ruritania Monitor, 2020 gives '
                       "about 40,000 passengers (line 44) (2.25x the sources' figure)\n")
    run = factlint(capsys, "lint", "-", "--stdin-filename", "docs/x.md", "-f", "concise", stdin=text)
    assert run.out.startswith("docs/x.md:3:24: FL104")


def test_parallel_output_equals_serial(capsys, tmp_path):
    paragraphs = [MISMATCH, CONTESTED, SUPPORTED, UNSUPPORTED, NO_CLAIMS]
    for i in range(24):
        draft(tmp_path, f"docs/{i:02d}.md", *paragraphs[i % 5:], *paragraphs[: i % 5])
    serial = factlint(capsys, "lint", "docs", "-f", "json", "-j", "1")
    parallel = factlint(capsys, "lint", "docs", "-f", "json", "-j", "2")
    assert parallel.out == serial.out
    assert [f["path"] for f in json.loads(serial.out)["files"]] == [f"docs/{i:02d}.md" for i in range(24)]
    assert serial.err == parallel.err == ""  # and no progress bar outside a terminal


def test_a_large_file_linted_in_parts_reads_as_in_one_piece(capsys, tmp_path, monkeypatch):
    from lint import cli

    monkeypatch.setattr(cli, "SPLIT_MIN_BYTES", 1_000)  # a small file stands in for a large one
    paragraphs = [MISMATCH, CONTESTED, SUPPORTED, UNSUPPORTED, NO_CLAIMS]
    path = draft(tmp_path, "long.md", *(paragraphs * 12), "<!-- factlint: disable-next-line -->\n" + MISMATCH)
    assert path.stat().st_size > 2 * cli.SPLIT_MIN_BYTES
    whole = factlint(capsys, "lint", "long.md", "-f", "json", "-j", "1")
    parts = factlint(capsys, "lint", "long.md", "-f", "json", "-j", "2")
    assert parts.out == whole.out and parts.code == whole.code == 1
    report = json.loads(whole.out)["files"][0]
    alarms = [f for f in report["findings"] if f["category"] in ("mismatch", "contested")]
    assert len(alarms) == 12 * 2  # and the suppressed last one is not there


def test_progress_bar_only_at_a_terminal_outside_ci(monkeypatch):
    import sys

    from lint import cli

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert cli._progress(500, wanted=True).wanted
    assert not cli._progress(3, wanted=True).wanted  # a few files: no bar
    assert not cli._progress(500, wanted=False).wanted  # --quiet
    monkeypatch.setenv("CI", "true")
    assert not cli._progress(500, wanted=True).wanted
    monkeypatch.delenv("CI")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert not cli._progress(500, wanted=True).wanted


def test_a_month_named_alone_is_read_but_never_judged_nor_taken_for_a_point(tmp_path, capsys):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "wire.md").write_text(
        "The minister said every catering contract would be audited by the end of 2025 and that cooled transport "
        "would be compulsory from January.\n\nThe indictment of the caterer followed in March.\n", encoding="utf-8")
    ref = tmp_path / "ref.toml"
    assert factlint(capsys, "reference", "build", str(sources), "-o", str(ref)).code == 0
    assert "January" not in ref.read_text(encoding="utf-8")  # no year: no point of the reference
    path = draft(tmp_path, "d.md",
                 "The minister said every catering contract would be audited by the end of 2026 and that cooled "
                 "transport would be compulsory from January.\n\nThe indictment of the caterer followed in June.\n")
    run = factlint(capsys, "lint", str(path), "-r", str(ref), "--format", "json", reference=False)
    verdicts = {c["text"]: c["verdict"] for c in json.loads(run.out)["files"][0]["claims"]}
    # the month beside the year neither takes the year's point nor hides its mismatch; a month alone is not judged
    assert verdicts == {"2026": "mismatch", "January": "unsupported", "June": "unsupported"}
    # ... and never reported, not even as unsupported: a source may well name that month
    run = factlint(capsys, "lint", str(path), "-r", str(ref), "--format", "json", "--fail-on", "info", reference=False)
    assert [f["found"] for f in json.loads(run.out)["files"][0]["findings"]] == ["2026"]

