"""`--format sarif`: SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers).

The driver carries every rule's metadata (name, summary, rationale as help,
default level); each result has its region and its evidence twice: as lines
of the message text, and as related locations pointing at the source
documents (file name and line) where the reference knows them.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from lint import __version__
from lint.model import FileResult, Finding, Severity
from lint.report import Options, evidence_line, file_notices
from lint.suppress import UNUSED_CODE, UNUSED_NAME, UNUSED_RATIONALE, UNUSED_SUMMARY

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_LINE = re.compile(r"line (\d+)")


def _descriptor(code: str, name: str, summary: str, rationale: str, level: Severity, properties: dict) -> dict:
    help_text = f"{summary}\n\n{rationale}".strip() if rationale else summary
    return {
        "id": code,
        "name": name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": rationale or summary},
        "help": {"text": help_text, "markdown": f"**{code} {name}**: {summary}\n\n{rationale}".strip()},
        "defaultConfiguration": {"level": LEVELS[level]},
        "properties": properties,
    }


def rule_descriptors() -> list[dict]:
    from lint.catalog import catalog

    rules = [
        _descriptor(r.code, r.name, r.summary, r.rationale, r.severity,
                    {"category": str(r.category), "kind": str(r.kind), "tags": [str(r.category), str(r.kind)]})
        for r in sorted(catalog().values(), key=lambda r: r.code)
    ]
    rules.append(_descriptor(UNUSED_CODE, UNUSED_NAME, UNUSED_SUMMARY, UNUSED_RATIONALE, Severity.INFO,
                             {"category": "suppression", "tags": ["suppression"]}))
    return rules


def artifact_uri(path: str) -> str:
    """A relative path as a relative URI reference (spaces and the like percent-encoded); an absolute one as file://."""
    if os.path.isabs(path):
        return Path(path).as_uri()
    return quote(path.replace("\\", "/"), safe="/:@-._~!$&'()*+,;=")


def _region(line: int, column: int, end_line: int, end_column: int) -> dict:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": max(end_column, column)}


def _related(f: Finding, options: Options) -> list[dict]:
    related = []
    for i, ev in enumerate(f.evidence, start=1):
        location: dict = {"id": i, "message": {"text": evidence_line(ev)}}
        source = options.sources.get(ev.source)
        line = _LINE.fullmatch(ev.location or "")
        if source is not None and source.path:
            physical: dict = {"artifactLocation": {"uri": artifact_uri(source.path), "uriBaseId": "SOURCES"}}
            if line:
                physical["region"] = {"startLine": int(line.group(1))}
            location["physicalLocation"] = physical
        related.append(location)
    return related


def _result(f: Finding, path: str, index: dict[str, int], options: Options) -> dict:
    p = f.position
    text = "\n".join([f.message, *("- " + evidence_line(e) for e in f.evidence)])
    result = {
        "ruleId": f.code,
        "ruleIndex": index[f.code],
        "level": LEVELS[f.severity],
        "message": {"text": text},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(path)},
            "region": {**_region(p.line, p.column, p.end_line, p.end_column), "snippet": {"text": f.found}},
        }}],
        "properties": {"category": str(f.category), "kind": str(f.kind), "found": f.found},
    }
    related = _related(f, options)
    if related:
        result["relatedLocations"] = related
    if f.suggestion:
        result["properties"]["suggestion"] = f.suggestion
    return result


def to_data(results: Sequence[FileResult], options: Options | None = None) -> dict:
    options = options or Options()
    rules = rule_descriptors()
    index = {r["id"]: i for i, r in enumerate(rules)}
    out, notifications = [], []
    for r in results:
        out += [_result(f, r.path, index, options) for f in r.findings]
        for n in file_notices(r):
            where = {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(r.path)},
                                          "region": _region(n.line, n.column, n.line, n.column)}}
            if n.code in index:
                out.append({"ruleId": n.code, "ruleIndex": index[n.code], "level": LEVELS[n.severity],
                            "message": {"text": n.message}, "locations": [where]})
            else:  # how the file was read: about the run, not a rule
                notifications.append({"level": LEVELS[n.severity], "message": {"text": n.message},
                                      "locations": [where]})
    run = {
        "tool": {"driver": {"name": "factlint", "version": __version__, "semanticVersion": __version__,
                            "rules": rules}},
        "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notifications}],
        "originalUriBaseIds": {"SOURCES": {"description": {
            "text": "The folder of the source documents the reference was built from."}}},
        "columnKind": "unicodeCodePoints",
        "results": out,
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(results: Sequence[FileResult], options: Options | None = None) -> str:
    # Not indented: json's C encoder only runs without indent, and SARIF is read by programs
    return json.dumps(to_data(results, options), ensure_ascii=False) + "\n"
