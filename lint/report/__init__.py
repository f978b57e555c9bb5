"""Output formats: one module per format; `render(output_format, results, options) -> str` here.

This module holds what every format shares: the list of formats, the counts of
the summary, the file-level notices, how a finding's evidence reads as one
line, and the exit rule (`fails`). Renderers never write files; the CLI does.

Most formats are made of one part per file and a summary (`PER_FILE_FORMATS`):
their modules have `render_file(result, options) -> str` and
`join(parts, options) -> str`; SARIF and HTML, made whole, have
`render(results, ...)`. A file's part and its counts (`RenderedFile`) are all a
run needs of it, so a worker can send them instead of the whole result, and the
result cache can keep them: an unchanged file is then neither decoded nor
rendered again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from lint.model import Evidence, FileResult, Severity, Source, Verdict
from lint.suppress import Notice

FORMATS = ("text", "concise", "json", "sarif", "github", "html")
PER_FILE_FORMATS = ("text", "concise", "json", "github")
READ_NOTICE = "read-notice"  # name of the notices the reader gives (decoding), which have no code


@dataclass(frozen=True)
class Options:
    """What a renderer may need beyond the results; each format reads the fields it uses."""

    color: bool = False  # text: ANSI colours
    width: int = 100  # text: columns to fit the draft's lines in
    quiet: bool = False  # text: findings only, no summary
    sources: Mapping[str, Source] = field(default_factory=dict)  # sarif: where evidence lives


@dataclass(frozen=True)
class FileSummary:
    """What a run's summary, its exit code and its warnings need of one file: counts, not claims."""

    path: str
    verdicts: Mapping[str, int]  # verdict -> claims with it
    severities: Mapping[str, int]  # severity -> findings at it
    notices: int
    worst: int  # the highest severity rank among findings and coded notices (what `fails` reads); -1: none
    read_notices: tuple[str, ...] = ()  # the reader's own notices (how the file was read, or why not)

    @property
    def claims(self) -> int:
        return sum(self.verdicts.values())

    @property
    def findings(self) -> int:
        return sum(self.severities.values())


@dataclass(frozen=True)
class RenderedFile:
    """One file's part of a report in a per-file format, with its counts."""

    summary: FileSummary
    text: str

    @property
    def path(self) -> str:
        return self.summary.path


def file_summary(result: FileResult) -> FileSummary:
    verdicts = Counter(str(c.verdict) for c in result.claims)
    severities = Counter(str(f.severity) for f in result.findings)
    coded = [n for n in result.notices if isinstance(n, Notice)]
    worst = max((item.severity.rank for item in (*result.findings, *coded)), default=-1)
    return FileSummary(path=result.path, verdicts=dict(verdicts), severities=dict(severities),
                       notices=len(result.notices), worst=worst,
                       read_notices=tuple(n for n in result.notices if isinstance(n, str)))


def summary_of(item: FileResult | RenderedFile | FileSummary) -> FileSummary:
    if isinstance(item, FileSummary):
        return item
    return item.summary if isinstance(item, RenderedFile) else file_summary(item)


@dataclass(frozen=True)
class Summary:
    """The counts a report's summary gives, over every file."""

    files: int
    claims: int
    verdicts: Counter  # Verdict -> number of claims
    findings: int
    severities: Counter  # Severity -> number of findings
    notices: int
    files_with_findings: int = 0


def summarize(results: Sequence[FileResult | RenderedFile | FileSummary]) -> Summary:
    verdicts: Counter = Counter()
    severities: Counter = Counter()
    notices = with_findings = 0
    for item in results:
        s = summary_of(item)
        verdicts.update(s.verdicts)
        severities.update(s.severities)
        notices += s.notices
        with_findings += s.findings > 0
    return Summary(
        files=len(results),
        claims=sum(verdicts.values()),
        verdicts=verdicts,
        findings=sum(severities.values()),
        severities=severities,
        notices=notices,
        files_with_findings=with_findings,
    )


def file_notices(result: FileResult) -> list[Notice]:
    """The file's notices, each as a Notice: the reader's (plain strings) become code-less warnings on line 1."""
    return [
        n if isinstance(n, Notice) else Notice("", READ_NOTICE, Severity.WARNING, 1, 1, str(n))
        for n in result.notices
    ]


def fails(results: Sequence[FileResult | RenderedFile | FileSummary], fail_on: str) -> bool:
    """True when a finding (or a coded notice, such as FL901) is at or above `fail_on`.

    The reader's notices (a file decoded as Windows-1252) never fail a run: they say how it was read.
    """
    threshold = Severity(fail_on).rank
    return any(summary_of(item).worst >= threshold for item in results)


def evidence_line(ev: Evidence) -> str:
    """'Article 249 — Daily NK, 2022-03, line 25 (dailynk-2022-hamhung)'."""
    who = ev.publisher or ev.source
    parts = [who]
    if ev.date:
        parts.append(ev.date)
    if ev.location:
        parts.append(ev.location)
    extra = f" ({ev.source})" if ev.publisher else ""
    marks = "".join((" [reported]" if ev.hedged else "", " [agrees]" if ev.agrees else ""))
    return f"{ev.value} — {', '.join(parts)}{extra}{marks}"


VERDICT_LABELS = {
    Verdict.SUPPORTED: "supported",
    Verdict.MISMATCH: "mismatches",
    Verdict.CONTESTED: "contested",
    Verdict.HEDGE: "hedges",
    Verdict.ATTRIBUTION: "misattributions",
    Verdict.UNSUPPORTED: "unsupported",
}


def string_console(color: bool, width: int):
    """A rich Console that renders into a string buffer: (console, buffer); ANSI colours only when `color`."""
    import io

    from rich.console import Console

    buffer = io.StringIO()
    # (a height, so that rich keeps to `width` under TERM=dumb too, where it would take 80 columns)
    console = Console(file=buffer, width=width, height=25, force_terminal=color, no_color=not color, highlight=False,
                      color_system="standard" if color else None, legacy_windows=False)
    return console, buffer


def _module(output_format: str):
    """The format's module, imported only when used."""
    if output_format == "text":
        from lint.report import text as module
    elif output_format == "concise":
        from lint.report import concise as module
    elif output_format == "json":
        from lint.report import json as module
    elif output_format == "sarif":
        from lint.report import sarif as module
    elif output_format == "github":
        from lint.report import github as module
    elif output_format == "html":
        from lint.report import html as module
    else:
        raise ValueError(f"unknown format {output_format!r}")
    return module


@dataclass(frozen=True)
class View:
    """A per-file format with the options its parts are rendered with; `key` names what a part depends
    on besides the file and the run's settings (the result cache keeps parts under it)."""

    output_format: str
    options: Options
    key: str

    @classmethod
    def of(cls, output_format: str, options: Options) -> View | None:
        """The run's view; None for a format rendered whole (SARIF, HTML)."""
        if output_format not in PER_FILE_FORMATS:
            return None
        key = f"text color={options.color} width={options.width}" if output_format == "text" else output_format
        return cls(output_format, options, key)

    def render(self, result: FileResult | RenderedFile) -> RenderedFile:
        return result if isinstance(result, RenderedFile) else render_file(self.output_format, result, self.options)


def render_file(output_format: str, result: FileResult, options: Options | None = None) -> RenderedFile:
    """One file's part of a report in a per-file format, with its counts."""
    return RenderedFile(file_summary(result), _module(output_format).render_file(result, options or Options()))


def render(output_format: str, results: Sequence[FileResult | RenderedFile], options: Options | None = None) -> str:
    """The whole report. In a per-file format, results may come already rendered (from a worker or
    the cache); any other format needs every FileResult."""
    options = options or Options()
    module = _module(output_format)
    if output_format in PER_FILE_FORMATS:
        parts = [r if isinstance(r, RenderedFile) else render_file(output_format, r, options) for r in results]
        return module.join(parts, options)
    if output_format == "html":
        return module.render(list(results))
    return module.render(results, options)
