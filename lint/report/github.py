"""`--format github`: GitHub Actions workflow commands, one annotation per finding.

`::error file=PATH,line=L,col=C,endLine=L,endColumn=C,title=CODE name::message`
with `error`, `warning` or `notice` by severity. Escaping follows the workflow
command rules: `%`, CR and LF in the message; also `:` and `,` in properties.
The evidence goes on the message's following lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from lint.model import FileResult, Severity
from lint.report import Options, RenderedFile, evidence_line, file_notices

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(level: Severity, path: str, line: int, col: int, end_line: int, end_col: int, title: str,
               message: str) -> str:
    props = [f"file={escape_property(path)}", f"line={line}", f"col={col}"]
    if end_line != line or end_col != col:
        props += [f"endLine={end_line}", f"endColumn={end_col}"]
    props.append(f"title={escape_property(title)}")
    return f"::{LEVELS[level]} {','.join(props)}::{escape_data(message)}"


def render_file(r: FileResult, options: Options | None = None) -> str:
    lines = []
    for f in r.findings:
        p = f.position
        message = "\n".join([f.message, *(evidence_line(e) for e in f.evidence)])
        lines.append(annotation(f.severity, r.path, p.line, p.column, p.end_line, p.end_column,
                                f"{f.code} {f.name}", message))
    for n in file_notices(r):
        title = f"{n.code} {n.name}" if n.code else n.name
        lines.append(annotation(n.severity, r.path, n.line, n.column, n.line, n.column, title, n.message))
    return "".join(line + "\n" for line in lines)


def join(parts: Sequence[RenderedFile], options: Options | None = None) -> str:
    return "".join(p.text for p in parts)
