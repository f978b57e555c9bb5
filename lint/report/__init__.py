"""Output formats: one module per format, each `render(results, ...) -> str`.

This module holds what every format shares: the list of formats, the counts of
the summary, the file-level notices, how a finding's evidence reads as one
line, and the exit rule (`fails`). Renderers never write files; the CLI does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from lint.model import Evidence, FileResult, Severity, Source, Verdict
from lint.suppress import Notice

FORMATS = ("text", "concise", "json", "sarif", "github", "html")
READ_NOTICE = "read-notice"  # name of the notices the reader gives (decoding), which have no code


@dataclass(frozen=True)
class Options:
    """What a renderer may need beyond the results; each format reads the fields it uses."""

    color: bool = False  # text: ANSI colours
    width: int = 100  # text: columns to fit the draft's lines in
    quiet: bool = False  # text: findings only, no summary
    sources: Mapping[str, Source] = field(default_factory=dict)  # sarif: where evidence lives


@dataclass(frozen=True)
class Summary:
    files: int
    claims: int
    verdicts: Counter  # Verdict -> number of claims
    findings: int
    severities: Counter  # Severity -> number of findings
    notices: int


def summarize(results: Sequence[FileResult]) -> Summary:
    verdicts: Counter = Counter()
    severities: Counter = Counter()
    notices = 0
    for r in results:
        verdicts.update(c.verdict for c in r.claims)
        severities.update(f.severity for f in r.findings)
        notices += len(r.notices)
    return Summary(
        files=len(results),
        claims=sum(verdicts.values()),
        verdicts=verdicts,
        findings=sum(len(r.findings) for r in results),
        severities=severities,
        notices=notices,
    )


def file_notices(result: FileResult) -> list[Notice]:
    """The file's notices, each as a Notice: the reader's (plain strings) become code-less warnings on line 1."""
    return [
        n if isinstance(n, Notice) else Notice("", READ_NOTICE, Severity.WARNING, 1, 1, str(n))
        for n in result.notices
    ]


def fails(results: Sequence[FileResult], fail_on: str) -> bool:
    """True when a finding (or a coded notice, such as FL901) is at or above `fail_on`.

    The reader's notices (a file decoded as Windows-1252) never fail a run: they say how it was read.
    """
    threshold = Severity(fail_on).rank
    return any(
        item.severity.rank >= threshold
        for r in results
        for item in (*r.findings, *(n for n in r.notices if isinstance(n, Notice)))
    )


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
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color, highlight=False,
                      color_system="standard" if color else None, legacy_windows=False)
    return console, buffer


def render(output_format: str, results: Sequence[FileResult], options: Options | None = None) -> str:
    """Dispatch to the format's module (imported only when used)."""
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

        return module.render(list(results))
    else:
        raise ValueError(f"unknown format {output_format!r}")
    return module.render(results, options or Options())
