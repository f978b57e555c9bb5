"""The pipeline, in one pure function: text in, claims with verdicts and findings out.

read -> mask -> extract -> resolve (match.py) -> judge (judge.py) -> filter.
The CLI and the tests call `lint_text`; nothing here reads or writes files.
"""

from __future__ import annotations

from lint.model import ClaimResult, FileResult, Reference, Verdict
from lint.settings import Settings


def lint_document(doc, reference: Reference, pack, settings: Settings | None = None) -> FileResult:
    """Lint a parsed `lint.source.Document` against `reference`."""
    from lint.extract import extract_claims

    settings = settings or Settings()
    claims = extract_claims(doc, pack)
    result = FileResult(path=doc.path, text=doc.text, notices=list(doc.notices))
    for claim in claims:
        position = doc.position(claim.start, claim.end)
        result.claims.append(ClaimResult(claim, position, Verdict.UNSUPPORTED))
    return result


def lint_text(text: str, path: str, reference: Reference, pack, settings: Settings | None = None) -> FileResult:
    from lint.source import parse_document

    return lint_document(parse_document(text, path), reference, pack, settings)
