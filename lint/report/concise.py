"""`--format concise`: one `path:line:col: CODE message` per finding, for quickfix lists and grep."""

from __future__ import annotations

from collections.abc import Sequence

from lint.model import FileResult
from lint.report import Options, RenderedFile, file_notices


def _one_line(text: str) -> str:
    return " ".join(text.split())


def render_file(r: FileResult, options: Options | None = None) -> str:
    items = [(f.position.line, f.position.column, f.code, f.message) for f in r.findings]
    items += [(n.line, n.column, n.code or n.name, n.message) for n in file_notices(r)]
    items.sort(key=lambda item: (item[0], item[1]))
    return "".join(f"{r.path}:{line}:{col}: {code} {_one_line(message)}\n" for line, col, code, message in items)


def join(parts: Sequence[RenderedFile], options: Options | None = None) -> str:
    return "".join(p.text for p in parts)
