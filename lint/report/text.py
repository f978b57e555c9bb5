"""`--format text`: the report an editor reads at a terminal.

Grouped by file; each finding as a compiler shows a diagnostic: severity, code
and name, `--> path:line:col`, the draft's line with the claim underlined,
the message, and the evidence beneath it (each source's value, publisher, date,
location). Then a summary table of the claims' verdicts.

Speed: thousands of findings are assembled as plain strings (colour codes from
rich's Style, rendered once per style) and returned in one piece; only the
summary table goes through rich's layout.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence

from rich.cells import cell_len

from lint.model import FileResult, Finding, Severity
from lint.report import (
    VERDICT_LABELS,
    Options,
    RenderedFile,
    evidence_line,
    file_notices,
    string_console,
    summarize,
)
from lint.suppress import Notice

SEVERITY_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold cyan"}
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_ELLIPSIS = "…"


class _Writer:
    """Collects text pieces; with colour, wraps styled pieces in the ANSI codes rich gives the style."""

    def __init__(self, color: bool) -> None:
        self.color = color
        self.parts: list[str] = []
        self._codes: dict[str, tuple[str, str]] = {}

    def add(self, text: str, style: str | None = None) -> None:
        if not (self.color and style and text):
            self.parts.append(text)
            return
        if style not in self._codes:
            self._codes[style] = _ansi_codes(style)
        start, end = self._codes[style]
        self.parts.append(start + text + end)

    def line(self, *pieces: tuple[str, str | None] | str) -> None:
        for piece in pieces:
            if isinstance(piece, str):
                self.add(piece)
            else:
                self.add(*piece)
        self.parts.append("\n")

    def value(self) -> str:
        return "".join(self.parts)


def _ansi_codes(style: str) -> tuple[str, str]:
    """The ANSI codes rich opens and closes `style` with (rich.style, and its colour tables, load only for a
    coloured report: about 5 ms of a plain one)."""
    from rich.style import Style

    start, end = Style.parse(style).render("\0").split("\0", 1)
    return start, end


def _lines(text: str) -> list[str]:
    return _LINE_BREAK.split(text)


def excerpt(line: str, start: int, end: int, room: int) -> tuple[str, int, int]:
    """Cut `line` to at most `room` cells around [start, end) (0-based code points); new start and end."""
    line = line.replace("\t", " ")
    if cell_len(line) <= room:
        return line, start, end
    room = max(room - 2, 10)  # an ellipsis either side
    span = max(end - start, 1)
    begin = max(0, start - max((room - span) // 3, 0))
    finish = begin + room
    while finish > begin + 1 and cell_len(line[begin:finish]) > room:  # wide characters take two cells
        finish -= 1
    finish = min(finish, len(line))
    shown = line[begin:finish]
    prefix = _ELLIPSIS if begin > 0 else ""
    suffix = _ELLIPSIS if finish < len(line) else ""
    offset = len(prefix) - begin
    return prefix + shown + suffix, start + offset, min(end, finish) + offset


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    """Lines of at most `width` (source ids and URLs kept whole); short text skips textwrap, which is slow."""
    if len(text) <= width and "\n" not in text:
        return [text]
    return textwrap.wrap(text, width, subsequent_indent=indent, break_on_hyphens=False) or [""]


def _finding(out: _Writer, f: Finding, path: str, lines: list[str], gutter: int, width: int) -> None:
    p = f.position
    style = SEVERITY_STYLES[f.severity]
    out.line((str(f.severity), style), " ", (f.code, "bold"), " ", (f.name, "bold"))
    out.line(" " * gutter, ("--> ", "blue"), f"{path}:{p.line}:{p.column}")
    bar = " " * gutter + " | "
    if 0 < p.line <= len(lines):
        source_line = lines[p.line - 1]
        end = p.end_column - 1 if p.end_line == p.line else len(source_line)
        shown, start, end = excerpt(source_line, p.column - 1, end, width - gutter - 3)
        out.line((f"{p.line:>{gutter}} | ", "blue"), shown)
        under = " " * cell_len(shown[:start]) + "^" * max(cell_len(shown[start:end]), 1)
        out.line((bar, "blue"), (under, style))
    indent = " " * gutter + " = "
    wrap = max(width - len(indent), 40)
    pieces = _wrap(f.message, wrap)
    for i, piece in enumerate(pieces or [""]):
        out.line((indent if i == 0 else " " * len(indent), "blue"), piece)
    if f.evidence:
        out.line(" " * len(indent), ("evidence:", "dim"))
        for ev in f.evidence:
            said = evidence_line(ev)
            for piece in _wrap(said, wrap - 2, "    "):
                out.line(" " * len(indent), "  ", (piece, "green" if ev.agrees else None))
    if f.suggestion:
        out.line(" " * len(indent), ("suggestion: ", "dim"), (f.suggestion, "bold green"))
    out.line()


def _notice(out: _Writer, n: Notice, path: str, gutter: int, width: int) -> None:
    """Like a finding, without a claim to underline."""
    label = f"{n.code} {n.name}" if n.code else n.name
    out.line((str(n.severity), SEVERITY_STYLES[n.severity]), " ", (label, "bold"))
    out.line(" " * gutter, ("--> ", "blue"), f"{path}:{n.line}:{n.column}")
    indent = " " * gutter + " = "
    for i, piece in enumerate(_wrap(n.message, max(width - len(indent), 40))):
        out.line((indent if i == 0 else " " * len(indent), "blue"), piece)
    out.line()


def _file(out: _Writer, r: FileResult, width: int) -> None:
    notices = file_notices(r)
    if not r.findings and not notices:
        return
    out.line((r.path, "bold underline"), (f"  {len(r.claims)} claims, {len(r.findings)} findings", "dim"))
    out.line()
    lines = _lines(r.text) if r.findings else []
    gutter = len(str(max([f.position.line for f in r.findings] + [n.line for n in notices], default=1)))
    items = sorted([(f.position.line, f.position.column, 0, f) for f in r.findings]
                   + [(n.line, n.column, 1, n) for n in notices], key=lambda item: item[:3])
    for *_, item in items:
        if isinstance(item, Notice):
            _notice(out, item, r.path, gutter, width)
        else:
            _finding(out, item, r.path, lines, gutter, width)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_table(results: Sequence[FileResult | RenderedFile], options: Options) -> str:
    """The verdict counts: one row across when the terminal is wide enough, else one row per count."""
    s = summarize(results)
    names = ["files", "claims read", *VERDICT_LABELS.values(), "findings"]
    counts = [str(c) for c in (s.files, s.claims, *(s.verdicts[v] for v in VERDICT_LABELS), s.findings)]
    across = sum(max(len(n), len(c)) + 3 for n, c in zip(names, counts, strict=True)) + 1 <= options.width
    if across:
        headers, rows, right = names, [counts], [True] * len(names)
    else:
        headers, rows, right = ["summary", ""], [list(pair) for pair in zip(names, counts, strict=True)], [False, True]
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(headers)]
    if sum(w + 3 for w in widths) + 1 > options.width:  # too narrow: rich shrinks the columns its own way
        return _rich_table(headers, rows, right, options)
    return _boxed(headers, rows, right, widths, options.color)


def _boxed(headers: list[str], rows: list[list[str]], right: list[bool], widths: list[int], color: bool) -> str:
    """The table rich prints for these cells (its default box, bold headers, a space either side of a cell),
    written directly: building it with rich took longer than the rest of a 2,000-word report."""
    bold = _ansi_codes("bold") if color else ("", "")

    def cell(text: str, i: int) -> str:
        return text.rjust(widths[i]) if right[i] else text.ljust(widths[i])

    def rule(left: str, line: str, cross: str, end: str) -> str:
        return left + cross.join(line * (w + 2) for w in widths) + end + "\n"

    def header(i: int, text: str) -> str:  # rich styles the padding and the text as separate pieces
        pad = f"{bold[0]} {bold[1]}"
        return f"{pad}{bold[0]}{cell(text, i)}{bold[1]}{pad}"

    lines = [rule("┏", "━", "┳", "┓"), "┃" + "┃".join(header(i, h) for i, h in enumerate(headers)) + "┃\n",
             rule("┡", "━", "╇", "┩")]
    lines += ["│" + "│".join(f" {cell(v, i)} " for i, v in enumerate(row)) + "│\n" for row in rows]
    lines.append(rule("└", "─", "┴", "┘"))
    return "".join(lines)


def _rich_table(headers: list[str], rows: list[list[str]], right: list[bool], options: Options) -> str:
    from rich.table import Table

    table = Table(expand=False)
    for h, r in zip(headers, right, strict=True):
        table.add_column(h, justify="right" if r else "left", no_wrap=True)
    for row in rows:
        table.add_row(*row)
    console, buffer = string_console(options.color, options.width)
    console.print(table)
    return buffer.getvalue()


def status_line(results: Sequence[FileResult | RenderedFile]) -> str:
    s = summarize(results)
    if not s.findings:
        return f"No findings in {_plural(s.files, 'file')} ({_plural(s.claims, 'claim')} read)."
    by = ", ".join(_plural(s.severities[level], str(level)) if level is not Severity.INFO
                   else f"{s.severities[level]} info" for level in Severity if s.severities[level])
    with_findings = s.files_with_findings
    where = _plural(s.files, "file") if with_findings == s.files else f"{with_findings} of {_plural(s.files, 'file')}"
    return f"{_plural(s.findings, 'finding')} ({by}) in {where}."


def render_file(result: FileResult, options: Options | None = None) -> str:
    options = options or Options()
    out = _Writer(options.color)
    _file(out, result, options.width)
    return out.value()


def join(parts: Sequence[RenderedFile], options: Options | None = None) -> str:
    options = options or Options()
    if options.quiet:
        return "".join(p.text for p in parts)
    out = _Writer(options.color)
    out.parts.extend(p.text for p in parts)
    out.parts.append(summary_table(parts, options))
    out.line((status_line(parts), "bold"))
    return out.value()
