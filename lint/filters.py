"""The last step of the pipeline: which findings are reported, and at what severity.

In order: inline suppressions (on the engine's findings, so a suppression is
"used" whatever --select says), then select/ignore by the longest matching
code prefix, per-file-ignores, and severity overrides (longest prefix wins).
Suppressions that suppressed nothing become FL901 notices, which the same
select/ignore/severity rules then apply to.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from lint.discover import Glob
from lint.errors import InputError
from lint.model import FileResult, Finding, Severity
from lint.settings import Settings
from lint.suppress import UNUSED_CODE, Notice, Suppressions, parse, scopes, unused_notices


@cache
def known_codes() -> frozenset[str]:
    """Every code factlint can report: the rule catalogue and FL901."""
    from lint.catalog import catalog

    return frozenset(catalog()) | {UNUSED_CODE}


def check_codes(prefixes: Iterable[str], where: str) -> tuple[str, ...]:
    """Codes or code prefixes, uppercased; InputError naming `where` for one that fits no code."""
    out = []
    for raw in prefixes:
        prefix = raw.strip().upper()
        if not prefix:
            continue
        if not prefix.startswith("FL") or not any(code.startswith(prefix) for code in known_codes()):
            raise InputError(f"{where}: unknown code '{raw.strip()}' (see `factlint rules` for the codes)")
        out.append(prefix)
    return tuple(out)


def split_codes(values: Iterable[str]) -> list[str]:
    """'FL1,FL501' and repeated options -> ['FL1', 'FL501']."""
    return [code for value in values for code in value.replace(" ", ",").split(",") if code]


def _longest(prefixes: Iterable[str], code: str) -> int:
    return max((len(p) for p in prefixes if code.startswith(p)), default=-1)


def is_selected(code: str, select: tuple[str, ...], ignore: tuple[str, ...]) -> bool:
    """Longest prefix wins; on a tie, ignore wins. No select means every code."""
    chosen = _longest(select, code) if select else 0
    return chosen >= 0 and chosen > _longest(ignore, code)


def severity_for(code: str, default: Severity, overrides: tuple[tuple[str, str], ...]) -> Severity:
    best = max(((len(p), level) for p, level in overrides if code.startswith(p)), default=None)
    return Severity(best[1]) if best else default


def ignored_here(path: str, settings: Settings) -> tuple[str, ...]:
    """The code prefixes per-file-ignores turn off for `path`."""
    if not settings.per_file_ignores or path == "<stdin>":
        return ()
    root = settings.root or os.curdir
    return tuple(
        code for pattern, codes in settings.per_file_ignores if Glob(pattern, root).matches(path) for code in codes
    )


def _suppress(findings: list[Finding], found: Suppressions) -> list[Finding]:
    kept = []
    for f in findings:
        covering = [s for s in found.scopes if s.covers(f.code, f.position.line, f.position.end_line)]
        for s in covering:
            s.used = True
        if not covering:
            kept.append(f)
    return kept


def apply_filters(result: FileResult, doc, settings: Settings) -> FileResult:
    """`result` with suppressed, unselected and per-file-ignored findings removed and severities overridden."""
    text = getattr(doc, "text", None) or result.text
    findings = list(result.findings)
    notices: list = list(result.notices)
    directives = parse(text)
    if directives:
        last_line = text.count("\n") + text.count("\r") - text.count("\r\n") + 1
        found = scopes(directives, last_line)
        findings = _suppress(findings, found)
        notices += unused_notices(found)

    ignore = settings.ignore + ignored_here(result.path, settings)

    def keep(code: str) -> bool:
        return is_selected(code, settings.select, ignore)

    findings = [f for f in findings if keep(f.code)]
    notices = [n for n in notices if not isinstance(n, Notice) or keep(n.code)]
    if settings.severity:
        findings = [_with_severity(f, settings) for f in findings]
        notices = [_with_severity(n, settings) if isinstance(n, Notice) else n for n in notices]
    return replace(result, findings=findings, notices=notices)


def _with_severity(item, settings: Settings):
    level = severity_for(item.code, item.severity, settings.severity)
    return item if level is item.severity else replace(item, severity=level)
