"""Property tests: any draft, however hostile, is read without a crash, and what is reported points at
the draft's own text.

Drafts are generated from pieces: claims the reference speaks to, random Unicode (Korean, combining
marks, right-to-left text and controls, emoji and ZWJ sequences, NUL and other control characters),
Markdown structure nested deep and left unbalanced (fences, HTML comments, code spans, quotes, lists,
tables, front matter, suppression comments), very long lines, and every line ending (LF, CRLF, CR,
mixed). For each one:

- linting raises nothing but the one-line InputError (exit 2) the CLI prints;
- every claim and finding lies inside the file, and the text at its span, counted as the contract
  says (1-based lines split at LF, CRLF or CR, columns in code points, end exclusive, on the file as
  it is on disk), is exactly its `text` / `found`;
- the JSON output parses and follows the contract (a JSON Schema of it, below);
- every other format renders, and the same input gives the same output, byte for byte;
- the exit code is 0, 1 or 2.

Most examples run in this process (the engine and the renderers, as the CLI calls them); a few go
through `factlint lint` itself, in this process and in a subprocess. FACTLINT_FUZZ_EXAMPLES raises
the number of examples for a longer hunt (`FACTLINT_FUZZ_EXAMPLES=5000 pytest tests/hardening`).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lint import refdata
from lint.cli import main
from lint.engine import lint_document
from lint.errors import InputError
from lint.patterns import load_pack
from lint.report import FORMATS, Options, fails, render
from lint.source import decode, parse_document

REFERENCE = Path(__file__).parents[1] / "cli" / "data" / "ref.toml"
EXAMPLES = int(os.environ.get("FACTLINT_FUZZ_EXAMPLES", "60"))
LINE_BREAK = re.compile(r"\r\n|\r|\n")

# --- the contract, as a schema ------------------------------------------------------------------

_POSITION = {
    "line": {"type": "integer", "minimum": 1},
    "column": {"type": "integer", "minimum": 1},
    "end_line": {"type": "integer", "minimum": 1},
    "end_column": {"type": "integer", "minimum": 1},
}
_KIND = {"enum": ["statute", "penalty", "date", "figure"]}
CONTRACT = {
    "type": "object",
    "required": ["version", "files", "summary"],
    "properties": {
        "version": {"const": 1},
        "files": {"type": "array", "items": {
            "type": "object",
            "required": ["path", "claims", "findings"],
            "properties": {
                "path": {"type": "string"},
                "claims": {"type": "array", "items": {
                    "type": "object",
                    "required": [*_POSITION, "text", "kind", "verdict", "topics"],
                    "properties": {
                        **_POSITION,
                        "text": {"type": "string", "minLength": 1},
                        "kind": _KIND,
                        "verdict": {"enum": ["supported", "mismatch", "contested", "hedge", "attribution",
                                             "unsupported"]},
                        "topics": {"type": "array", "items": {"type": "string"}},
                    },
                }},
                "findings": {"type": "array", "items": {
                    "type": "object",
                    "required": ["code", "category", "kind", "severity", *_POSITION, "found", "message",
                                 "evidence"],
                    "properties": {
                        **_POSITION,
                        "code": {"type": "string", "pattern": "^FL[0-9]{3}$"},
                        "category": {"enum": ["mismatch", "contested", "hedge", "attribution", "unsupported"]},
                        "kind": _KIND,
                        "severity": {"enum": ["error", "warning", "info"]},
                        "found": {"type": "string", "minLength": 1},
                        "message": {"type": "string", "minLength": 1},
                        "evidence": {"type": "array", "items": {
                            "type": "object",
                            "required": ["value", "source", "location"],
                            "properties": {"value": {"type": "string"}, "source": {"type": "string"},
                                           "location": {"type": ["string", "null"]}},
                        }},
                    },
                }},
            },
        }},
        "summary": {
            "type": "object",
            "required": ["files", "claims", "findings"],
            "properties": {k: {"type": "integer", "minimum": 0} for k in ("files", "claims", "findings")},
        },
    },
}

# --- drafts ---------------------------------------------------------------------------------------

# Sentences the reference (tests/cli/data/ref.toml, a made-up country) speaks to, right and wrong,
# and claims it does not know, so that every verdict and finding code path is taken.
CLAIMS = [
    "The lake ferry carried about 90,000 passengers each year.",
    "The lake ferry carried about 40,000 passengers each year.",
    "Smuggling goods across the river border is punished under Article 112 of the penal code.",
    "Smuggling is punished under Article 118 of the penal code, reportedly.",
    "The canal to the capital opened in 1987.",
    "The canal opened in 1988, the Gazette says.",
    "The mayor was elected in 2004.",
    "Offenders face up to two years of labour.",
    "A room cost 10,000 won ($3.30) a night in the latter half of the 1990s.",
    "On 27 June 2011 about 2,000 people, 12% of them children, were held.",
    "Human Rights Watch estimates that 20,000 women were held between 2011 and 2015.",
    "Articles 1, 2 and 3 of the Criminal Code; section 4(2); 3.5 million; 1,000,000,000.",
]
MARKUP = [
    "```", "~~~", "```python", "<!--", "-->", "`", "``", "<!-- factlint: disable FL1 -->",
    "<!-- factlint: disable-next-line -->", "<!-- factlint: enable -->", "<!-- factlint: disable-line FL8 -- why -->",
    "---", "+++", "> ", ">>>> ", "- ", "  - ", "1. ", "* ", "# ", "###### ", "| a | 1987 |", "|---|---|",
    "[link](http://example.com/1987)", "<https://x.org/2011>", "<b>", "</b>", "<div>", "\\", "*", "_", "**",
    "    indented code 1987", "\t", "===", "== Heading 2011 ==", "[^1]", "![img](a.png)", "&amp;", "&#1987;",
]
KOREAN = st.text(st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=1, max_size=20)
COMBINING = st.text(st.sampled_from("e\u0301a\u0300\u0308\u0327\u20dd\u0338o\u0489"), min_size=1, max_size=12)
RTL = st.text(st.sampled_from("\u05d0\u05d1\u05e9\u0627\u0644\u0639\u0661\u0662\u200f\u200e\u202e\u202c\u2067\u2069"
                              " 2011"), min_size=1, max_size=20)
EMOJI = st.sampled_from(["😀", "👩‍👩‍👧", "🇰🇷", "👍🏽", "🏳️‍🌈", "\U0001f9d1\u200d\U0001f4bb", "1️⃣", "\ufe0f"])
CONTROLS = st.text(st.sampled_from("\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\u2028\u2029\ufeff\ufffd\u200b"),
                   min_size=1, max_size=4)
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
LINE_ENDINGS = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"])


@st.composite
def long_line(draw) -> str:
    piece = draw(st.sampled_from(["1,", "Article ", "1987 ", "- ", "about ", "twenty-one ", "가나다 ", "`", "<!--",
                                  "> ", "| 1 "]))
    return piece * draw(st.integers(50, 1500))


@st.composite
def nesting(draw) -> str:
    depth = draw(st.integers(1, 60))
    marker = draw(st.sampled_from(["> ", "- ", "  ", "1. ", "* > ", "#"]))
    return marker * depth + draw(st.sampled_from(CLAIMS))


PIECE = st.one_of(
    st.sampled_from(CLAIMS), st.sampled_from(CLAIMS), st.sampled_from(MARKUP), KOREAN, COMBINING, RTL, EMOJI,
    CONTROLS, ANY_TEXT, long_line(), nesting(),
)


@st.composite
def drafts(draw) -> bytes:
    """A draft as bytes on disk: pieces joined by spaces and line endings, mostly UTF-8."""
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        parts.append(draw(PIECE))
        parts.append(draw(st.one_of(LINE_ENDINGS, st.just(" "), st.just(""))))
    text = "".join(parts)
    encoding = draw(st.sampled_from(["utf-8"] * 8 + ["utf-8-sig", "utf-16", "cp1252"]))
    return text.encode(encoding, errors="replace" if encoding == "cp1252" else "surrogatepass")


# --- checks ---------------------------------------------------------------------------------------

_pack = None
_reference = None


def engine():
    global _pack, _reference
    if _pack is None:
        _pack, _reference = load_pack(), refdata.load(REFERENCE)
    return _pack, _reference


def lint_bytes(data: bytes, name: str):
    """(FileResult, None) or (None, the InputError's message): what the CLI does with one file."""
    pack, reference = engine()
    try:
        text, notices = decode(data, name)
    except InputError as exc:
        return None, str(exc)
    doc = replace(parse_document(text, name, strip_bom=False), notices=tuple(notices))
    return lint_document(doc, reference, pack), None


def text_at(text: str, item: dict) -> str:
    """The text an item's position names in `text`, counted as the contract says; asserts it is inside."""
    starts = [0, *(m.end() for m in LINE_BREAK.finditer(text))]
    ends = [m.start() for m in LINE_BREAK.finditer(text)] + [len(text)]  # each line's end, before its break

    def offset(line: int, column: int) -> int:
        assert 1 <= line <= len(starts), f"line {line} outside a file of {len(starts)} lines"
        assert 1 <= column <= ends[line - 1] - starts[line - 1] + 1, f"column {column} outside line {line}"
        return starts[line - 1] + column - 1

    start, end = offset(item["line"], item["column"]), offset(item["end_line"], item["end_column"])
    assert start < end, item
    return text[start:end]


def decoded_as_on_disk(data: bytes, result) -> str:
    """The file's text as an editor shows it: decoded as the notices say, without a byte-order mark."""
    notes = " ".join(n for n in result.notices if isinstance(n, str))
    if "UTF-16" in notes:
        return data.decode("utf-16")
    if "Windows-1252" in notes:
        return data.decode("cp1252")
    if "Latin-1" in notes:
        return data.decode("latin-1")
    return data.decode("utf-8-sig")


def check_result(data: bytes, result) -> str:
    """Checks one file's result against the contract and its own text; returns its JSON report."""
    report = render("json", [result])
    parsed = json.loads(report)
    jsonschema.validate(parsed, CONTRACT)
    on_disk = decoded_as_on_disk(data, result)
    [file] = parsed["files"]
    for claim in file["claims"]:
        assert text_at(on_disk, claim) == claim["text"], claim
    for finding in file["findings"]:
        assert text_at(on_disk, finding) == finding["found"], finding
    lines = LINE_BREAK.split(on_disk)
    for notice in file.get("notices", []):
        assert 1 <= notice["line"] <= len(lines) and 1 <= notice["column"] <= len(lines[notice["line"] - 1]) + 1
    assert parsed["summary"]["claims"] == len(file["claims"])
    assert parsed["summary"]["findings"] == len(file["findings"])
    return report


def render_all(result) -> dict[str, str]:
    options = Options(sources={s.id: s for s in engine()[1].sources})
    return {fmt: render(fmt, [result], options) for fmt in FORMATS if fmt != "html"}


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                       HealthCheck.data_too_large])
@given(drafts(), st.sampled_from(["draft.md", "notes.txt"]))
@example("\ufeff\ufeffThe canal to the capital opened in 1987.\n".encode(), "draft.md")  # a second BOM is a character
@example("a\x85b opened in 1987.\u2028 about 90,000 passengers\r".encode(), "draft.md")  # not line breaks
@example(b"---\rtitle: 1987\r---\rThe canal to the capital opened in 1987.\r", "draft.md")
@example(("> " * 200).encode() + b"The lake ferry carried about 90,000 passengers each year.", "draft.md")
@example("| a | b |\n|---|---|\n| about 90,000 passengers | 1987 |\r\n".encode("utf-16"), "draft.md")
def test_any_draft_is_linted_without_a_crash_and_every_span_is_its_text(data, name):
    result, error = lint_bytes(data, name)
    if error is not None:  # what the CLI prints as one line, exit 2
        assert "\n" not in error and error.startswith(name + ": "), error
        return
    report = check_result(data, result)
    outputs = render_all(result)
    again, _ = lint_bytes(data, name)
    assert check_result(data, again) == report  # the same input, the same output
    assert render_all(again) == outputs
    assert fails([result], "info") in (True, False)


@settings(max_examples=max(10, EXAMPLES // 8), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(drafts())
def test_html_report_of_any_draft_renders(data):
    result, error = lint_bytes(data, "draft.md")
    if error is None:
        page = render("html", [result], Options(sources={s.id: s for s in engine()[1].sources}))
        assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(argv)
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    return code, out.getvalue(), err.getvalue()


@settings(max_examples=max(8, EXAMPLES // 6), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(drafts(), min_size=1, max_size=3))
def test_the_command_on_any_drafts_exits_0_1_or_2_and_reports_each_file(files):
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i, data in enumerate(files):
            path = Path(folder) / f"d{i}.md"
            path.write_bytes(data)
            paths.append(str(path))
        code, out, err = run_cli(["lint", *paths, "-r", str(REFERENCE), "-f", "json", "--no-cache"])
        assert code in (0, 1, 2), (code, err)
        assert "Traceback" not in err
        data = json.loads(out)
        jsonschema.validate(data, CONTRACT)
        refused = [line for line in err.splitlines() if line.startswith("factlint: error: ")]
        assert len(data["files"]) + len(refused) == len(files), err
        assert (code == 2) == bool(refused)
        for file in data["files"]:
            on_disk = Path(file["path"]).read_bytes()
            result, _ = lint_bytes(on_disk, Path(file["path"]).name)
            text = decoded_as_on_disk(on_disk, result)
            for claim in file["claims"]:
                assert text_at(text, claim) == claim["text"]
            for finding in file["findings"]:
                assert text_at(text, finding) == finding["found"]
        assert run_cli(["lint", *paths, "-r", str(REFERENCE), "-f", "json", "--no-cache"])[1] == out


@pytest.mark.slow
@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(drafts())
def test_the_installed_command_in_a_subprocess(data):
    """The real process: its exit code, its one-line errors, and the same output twice."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.md"
        path.write_bytes(data)
        argv = [sys.executable, "-m", "lint", "lint", str(path), "-r", str(REFERENCE), "-f", "json", "--no-cache"]
        runs = [subprocess.run(argv, capture_output=True, cwd=folder, timeout=120) for _ in range(2)]
        first = runs[0]
        assert first.returncode in (0, 1, 2), first.stderr
        assert b"Traceback" not in first.stderr
        if first.returncode == 2:
            assert first.stderr.count(b"\n") == 1 and first.stderr.startswith(b"factlint: error: ")
        else:
            jsonschema.validate(json.loads(first.stdout), CONTRACT)
        assert (runs[1].returncode, runs[1].stdout) == (first.returncode, first.stdout)
