"""--format text: the editor's report, plain without a terminal, with claims underlined and evidence shown."""

import re

import pytest
from report_fixtures import DRAFT, clean_result, make_finding

from lint.model import FileResult, Kind, Verdict
from lint.report import Options, render
from lint.report.text import excerpt

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_plain_text_without_colour(results):
    out = render("text", results, Options(color=False, width=100))
    assert "\x1b[" not in out
    assert "drafts/border law.md" in out


def test_colour_codes_only_when_asked(results):
    out = render("text", results, Options(color=True, width=100))
    assert "\x1b[" in out
    assert ANSI.sub("", out) == render("text", results, Options(color=False, width=100))


def test_claim_is_underlined_under_its_line(results):
    lines = render("text", results, Options(width=120)).splitlines()
    i = next(i for i, line in enumerate(lines) if "Under Article 261" in line)
    source, under = lines[i], lines[i + 1]
    start = source.index("Article 261")
    # 북한 형법 are four characters two cells wide each: the carets sit under the claim as a terminal shows it
    assert under.index("^") == start + 4
    assert under.count("^") == len("Article 261")
    assert lines[i - 1].endswith("drafts/border law.md:3:14")


def test_finding_shows_code_name_message_evidence_and_suggestion(results):
    out = render("text", results, Options(width=120))
    assert "warning FL501 contested-statute" in out
    assert "error FL104 mismatched-figure" in out
    assert "Sources disagree: Article 261" in out
    assert "Article 249 — Daily NK, 2022-03-01, line 25 (dailynk-2022-hamhung)" in out
    assert "about 2,000 women — Daily NK, 2022-03-01, line 40 (dailynk-2022-hamhung) [reported]" in out
    assert "suggestion: about 2,000" in out
    assert "info FL901 unused-suppression\n --> drafts/border law.md:5:1\n" in out


def test_summary_table_counts_the_verdicts(results):
    out = render("text", results, Options(width=160))
    header = next(line for line in out.splitlines() if "claims read" in line)
    row = out.splitlines()[out.splitlines().index(header) + 2]
    names = [c.strip() for c in re.split(r"[┃│]", header) if c.strip()]
    values = [c.strip() for c in re.split(r"[┃│]", row) if c.strip()]
    counts = dict(zip(names, values, strict=True))
    assert counts == {"files": "2", "claims read": "3", "supported": "0", "mismatches": "1", "contested": "1",
                      "hedges": "0", "misattributions": "0", "unsupported": "1", "findings": "3"}
    assert out.rstrip().endswith("3 findings (1 error, 1 warning, 1 info) in 1 of 2 files.")


def test_quiet_leaves_out_the_summary(results):
    out = render("text", results, Options(quiet=True))
    assert "claims read" not in out and "findings (" not in out
    assert "FL501" in out


def test_clean_run_says_so():
    out = render("text", [clean_result()], Options())
    assert "No findings in 1 file (0 claims read)." in out


def test_long_lines_are_cut_to_the_width_around_the_claim():
    long_line = "word " * 60 + "Article 261 of the criminal law" + " more" * 60
    result = FileResult("long.md", text=long_line + "\n")
    result.findings.append(make_finding(result.text, "Article 261", Verdict.MISMATCH, Kind.STATUTE, "wrong"))
    out = render("text", [result], Options(width=60, quiet=True))
    for line in out.splitlines():
        assert len(line) <= 60, line
    source = next(line for line in out.splitlines() if "Article 261" in line)
    under = out.splitlines()[out.splitlines().index(source) + 1]
    assert source[under.index("^"):].startswith("Article 261")
    assert "…" in source


def test_excerpt_keeps_short_lines_whole():
    assert excerpt("short line", 0, 5, 80) == ("short line", 0, 5)


def test_draft_lines_match_the_findings_lines(results):
    out = render("text", results, Options(width=120))
    assert DRAFT.splitlines()[3] in out  # line 4, the figure's line


def test_summary_turns_vertical_on_a_narrow_terminal(results):
    out = render("text", results, Options(width=60))
    rows = {tuple(c.strip() for c in re.split(r"[┃│]", line) if c.strip()) for line in out.splitlines()}
    assert ("misattributions", "0") in rows and ("claims read", "3") in rows
    assert all(len(line) <= 60 for line in out.splitlines() if "│" in line or "┃" in line)


def test_every_line_fits_the_terminal_width(results):
    for width in (70, 90):
        out = render("text", results, Options(width=width))
        too_long = [line for line in out.splitlines() if len(line) > width]
        assert too_long == []


def rich_summary(names, counts, across: bool, options: Options) -> str:
    """The summary table as rich lays it out (what the text report printed before it drew the table itself)."""
    from rich.table import Table

    from lint.report import string_console

    table = Table(expand=False)
    if across:
        for name in names:
            table.add_column(name, justify="right", no_wrap=True)
        table.add_row(*counts)
    else:
        table.add_column("summary", no_wrap=True)
        table.add_column("", justify="right", no_wrap=True)
        for name, count in zip(names, counts, strict=True):
            table.add_row(name, count)
    console, buffer = string_console(options.color, options.width)
    console.print(table)
    return buffer.getvalue()



@pytest.mark.parametrize("term", [None, "dumb"])
@pytest.mark.parametrize("color", [False, True])
@pytest.mark.parametrize("width", [12, 26, 30, 40, 60, 100, 111, 112, 160])
@pytest.mark.parametrize("scale", [0, 1, 7, 10, 12345, 10**12])
def test_summary_table_is_byte_for_byte_what_rich_draws(color, width, scale, term, monkeypatch):
    """The summary is drawn without rich's layout engine, to the same bytes, colour codes included; on a
    terminal too narrow for it, rich draws it (and rich keeps to the width under TERM=dumb too)."""
    if term:
        monkeypatch.setenv("TERM", term)
    from lint.report import VERDICT_LABELS, FileSummary
    from lint.report.text import summary_table

    verdicts = {str(v): scale * (i + 1) // 3 for i, v in enumerate(VERDICT_LABELS)}
    files = [FileSummary(path=f"{i}.md", verdicts=verdicts, severities={"error": scale, "info": scale // 2},
                         notices=0, worst=2 if scale else -1) for i in range(1 + scale % 4)]
    options = Options(color=color, width=width)
    names = ["files", "claims read", *VERDICT_LABELS.values(), "findings"]
    counts = [str(len(files)), str(sum(verdicts.values()) * len(files)),
              *(str(verdicts[str(v)] * len(files)) for v in VERDICT_LABELS), str((scale + scale // 2) * len(files))]
    across = sum(max(len(n), len(c)) + 3 for n, c in zip(names, counts, strict=True)) + 1 <= width
    assert summary_table(files, options) == rich_summary(names, counts, across, options)
