"""`--format json`: the machine-readable contract (see the shared contract README), exactly.

Keys beyond the contract are few and additive: a finding's `name`, `suggestion`
and `topic`, each evidence's `publisher`, `date`, `hedged` and `agrees`, a
file's `notices`, and the summary's counts by severity.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from lint.model import ClaimResult, FileResult, Finding
from lint.report import Options, RenderedFile, file_notices, summarize

CONTRACT_VERSION = 1


def claim_data(c: ClaimResult) -> dict:
    p = c.position
    return {
        "line": p.line,
        "column": p.column,
        "end_line": p.end_line,
        "end_column": p.end_column,
        "text": c.claim.text,
        "kind": str(c.claim.kind),
        "verdict": str(c.verdict),
        "topics": list(c.topics),
    }


def finding_data(f: Finding) -> dict:
    p = f.position
    data = {
        "code": f.code,
        "name": f.name,
        "category": str(f.category),
        "kind": str(f.kind),
        "severity": str(f.severity),
        "line": p.line,
        "column": p.column,
        "end_line": p.end_line,
        "end_column": p.end_column,
        "found": f.found,
        "message": f.message,
        "evidence": [
            {
                "value": e.value,
                "source": e.source,
                "location": e.location,
                "publisher": e.publisher,
                "date": e.date,
                "hedged": e.hedged,
                "agrees": e.agrees,
            }
            for e in f.evidence
        ],
    }
    if f.suggestion:
        data["suggestion"] = f.suggestion
    if f.topic:
        data["topic"] = f.topic
    return data


def file_data(r: FileResult) -> dict:
    return {
        "path": r.path,
        "claims": [claim_data(c) for c in r.claims],
        "findings": [finding_data(f) for f in r.findings],
        "notices": [
            {"code": n.code or None, "name": n.name, "severity": str(n.severity), "line": n.line,
             "column": n.column, "message": n.message}
            for n in file_notices(r)
        ],
    }


def summary_data(results: Sequence[FileResult | RenderedFile]) -> dict:
    s = summarize(results)
    return {
        "files": s.files,
        "claims": s.claims,
        "findings": s.findings,
        "errors": s.severities["error"],
        "warnings": s.severities["warning"],
        "infos": s.severities["info"],
    }


def render_file(result: FileResult, options: Options | None = None) -> str:
    """The file's object on one line: json's C encoder (no indent) is ~10x faster than indented output."""
    return json.dumps(file_data(result), ensure_ascii=False)


def join(parts: Sequence[RenderedFile], options: Options | None = None) -> str:
    files = ",\n".join(p.text for p in parts)
    files = f"[\n{files}\n]" if files else "[]"
    return f'{{"version": {CONTRACT_VERSION},\n"files": {files},\n"summary": {json.dumps(summary_data(parts))}}}\n'
