"""Helpers for the extraction tests: read a text, get its claims."""

from __future__ import annotations

from lint.extract import extract_claims
from lint.model import Claim, Kind
from lint.patterns import load_pack
from lint.source import parse_document


def claims_in(text: str, *, markdown: bool = True, path: str = "draft.md") -> list[Claim]:
    return extract_claims(parse_document(text, path, markdown=markdown), load_pack())


def the_claim(text: str, surface: str, kind: Kind | None = None, *, markdown: bool = True) -> Claim:
    """The one claim whose span covers `surface` (first occurrence), failing with what was found."""
    start = text.index(surface)
    end = start + len(surface)
    found = claims_in(text, markdown=markdown)
    hits = [c for c in found if c.start < end and start < c.end and (kind is None or c.kind == kind)]
    assert len(hits) == 1, f"{surface!r} in {text!r}: expected one claim, got " + repr(
        [(c.kind.value, c.text) for c in found]
    )
    return hits[0]
