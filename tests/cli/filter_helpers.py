"""Findings placed by hand in a text, for the filter and suppression tests."""

from __future__ import annotations

import re

from lint.catalog import catalog
from lint.filters import apply_filters
from lint.model import FileResult, Finding, Position
from lint.settings import Settings
from lint.suppress import Notice

_BREAK = re.compile(r"\r\n|\r|\n")


def finding(text: str, needle: str, code: str, occurrence: int = 0) -> Finding:
    """The finding `code` on the `occurrence`-th `needle` in `text` (positions as the contract counts them)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    before = _BREAK.split(text[:start])
    line, column = len(before), len(before[-1]) + 1
    rule = catalog()[code]
    return Finding(code, rule.name, rule.category, rule.kind, rule.severity, start, start + len(needle),
                   Position(line, column, line, column + len(needle)), needle, f"{code} on {needle}")


def run(text: str, *placed: tuple[str, str], settings: Settings | None = None, path: str = "draft.md"):
    """Filter findings (needle, code) placed in `text`; (kept codes with their needles, notices)."""
    findings = [finding(text, needle, code) for needle, code in placed]
    result = apply_filters(FileResult(path, findings=findings, text=text), None, settings or Settings())
    kept = [(f.found, f.code) for f in result.findings]
    return kept, [n for n in result.notices if isinstance(n, Notice)]
