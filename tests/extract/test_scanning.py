"""The scanners go past the claims an earlier kind took (lint/extract.py, _overlapped_matches): a match starting inside
one is never taken, so it is not looked for; every match that could still be taken is found all the same."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lint import extract
from lint.extract import RAW_MATCHES_PER_SENTENCE, extract_claims
from lint.patterns import load_pack
from lint.source import parse_document

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
from generate import Writer  # (bench/ is no package)

# a figure, a penalty or a date right beside or inside a claim of an earlier kind
BESIDE = """It raised the maximum penalty under Section 23 to ten years' imprisonment.
Article 5(2) of the 2019 Act sets fines of 40,000 to 90,000 dalens, up from 2,000 in March 2018.
Under Decree No. 44 of 2011, 12 to 15 years of labour correction; in 2011-2015, 3,400 were held.
Sections 12 and 14, 2nd paragraph: 1,200 cases (about 40%) between 2019 and 2021, 7-2 vote.
"""


@pytest.fixture(scope="module")
def pack():
    return load_pack()


def _claims(text: str, pack, monkeypatch, past_taken: bool) -> list:
    with monkeypatch.context() as patch:
        if not past_taken:
            patch.setattr(extract, "_no_sentence_holds", lambda ctx, count: False)
        return extract_claims(parse_document(text, "d.md"), pack)


@pytest.mark.parametrize("text", [BESIDE, Writer(5).draft(4000), Writer(8).draft(4000)], ids=["beside", "draft5",
                                                                                               "draft8"])
def test_going_past_earlier_claims_finds_the_same_claims(text, pack, monkeypatch):
    found = _claims(text, pack, monkeypatch, past_taken=True)
    assert found, "the text has claims"
    assert found == _claims(text, pack, monkeypatch, past_taken=False)


def test_matches_inside_earlier_claims_are_not_looked_for(pack, monkeypatch):
    """(the speed-up is real: the figure scanner yields fewer matches once the statutes, penalties and dates are
    taken)"""
    given = {True: 0, False: 0}
    scan_as_written = extract._overlapped_matches

    def counted(scanner, *args):
        for m in scan_as_written(scanner, *args):
            given[args[-1] is not None] += 1
            yield m

    monkeypatch.setattr(extract, "_overlapped_matches", counted)
    extract_claims(parse_document(BESIDE, "d.md"), pack)
    with_skips = given[True] + given[False]
    given.update({True: 0, False: 0})
    monkeypatch.setattr(extract, "_no_sentence_holds", lambda ctx, count: False)
    extract_claims(parse_document(BESIDE, "d.md"), pack)
    assert with_skips < given[False]


def test_a_sentence_long_enough_to_reach_the_raw_limit_is_scanned_as_written(pack):
    line = "Section 1 " * (RAW_MATCHES_PER_SENTENCE // 10 + 1) + "was cited."
    doc = parse_document(line, "d.md")
    ctx = extract._Context(pack, doc, extract.split_sentences(doc, pack), {})
    assert not extract._no_sentence_holds(ctx, RAW_MATCHES_PER_SENTENCE)
    assert extract._no_sentence_holds(ctx, len(line) + 1)
