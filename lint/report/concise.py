"""`--format concise`: one `path:line:col: CODE message` per finding, for quickfix lists and grep."""

from __future__ import annotations

from collections.abc import Sequence

from lint.model import FileResult
from lint.report import Options, file_notices


def _one_line(text: str) -> str:
    return " ".join(text.split())


def render(results: Sequence[FileResult], options: Options | None = None) -> str:
    lines = []
    for r in results:
        items = [(f.position.line, f.position.column, f.code, f.message) for f in r.findings]
        items += [(n.line, n.column, n.code or n.name, n.message) for n in file_notices(r)]
        items.sort(key=lambda item: (item[0], item[1]))
        lines += [f"{r.path}:{line}:{col}: {code} {_one_line(message)}" for line, col, code, message in items]
    return "".join(line + "\n" for line in lines)
