"""Positions: 1-based lines and columns in code points, end exclusive, whatever the line endings."""

import pytest
from extract_helpers import claims_in

from lint.model import Position
from lint.source import parse_document


def position_of(text: str, surface: str, *, markdown: bool = True) -> Position:
    doc = parse_document(text, "draft.md", markdown=markdown)
    from lint.extract import extract_claims
    from lint.patterns import load_pack

    for claim in extract_claims(doc, load_pack()):
        if claim.text == surface:
            return doc.position(claim.start, claim.end)
    raise AssertionError(f"no claim {surface!r}")


CASES = [
    # (text, claim, line, column, end_line, end_column)
    ("Korean 만족조 “team” – since 2011.", "since 2011", 1, 21, 1, 31),
    ("첫 줄\n두 번째 줄에 2011 — 끝", "2011", 2, 9, 2, 13),
    ("Curly “quotes” and an en dash – then\u00a0in 2011.", "2011", 1, 41, 1, 45),
    ("line one\r\nline two has 2011 here\r\n", "2011", 2, 14, 2, 18),
    ("line one\rline two has 2011 here\r", "2011", 2, 14, 2, 18),
    ("one\r\n\r\nthree: Article 261 of the criminal law\r\n", "Article 261 of the criminal law", 3, 8, 3, 39),
    ("They face up to two\nyears of labour.", "up to two\nyears of labour", 1, 11, 2, 16),
    ("\ufeffIn 2011 it began.", "2011", 1, 4, 1, 8),
]


@pytest.mark.parametrize(("text", "surface", "line", "col", "end_line", "end_col"), CASES,
                         ids=[repr(c[0][:16]) for c in CASES])
def test_position(text, surface, line, col, end_line, end_col):
    assert position_of(text, surface) == Position(line, col, end_line, end_col)


def test_every_claim_text_is_the_text_at_its_span():
    text = "# Title 2011\r\n\r\nUnder Article 261 of the criminal law, “face” up to two years of labour.\r\n"
    doc = parse_document(text, "d.md")
    for claim in claims_in(text):
        assert doc.text[claim.start : claim.end] == claim.text
        assert claim.sentence[claim.start - claim.sentence_start :].startswith(doc.masked[claim.start : claim.end])


def test_the_masked_text_has_the_same_length_and_line_breaks():
    text = "---\r\ntitle: x\r\n---\r\n# H\r\n\r\n```\r\ncode 1\r\n```\r\nText `code` <!-- c --> [a](http://x/1).\r\n"
    doc = parse_document(text, "d.md")
    assert len(doc.masked) == len(doc.text)
    assert [i for i, ch in enumerate(doc.text) if ch in "\r\n"] == [i for i, ch in enumerate(doc.masked) if ch in "\r\n"]
