"""Hostile lines: every pattern stays linear on a megabyte of digits, commas, dashes, spaces or repeated words
(and on a list of tens of thousands of items).

A catastrophic pattern takes minutes on these (quadratic or worse); a linear one, a few
seconds at most. The budget is generous so that a slow machine does not fail the test.
"""

import time

import pytest

from lint.extract import extract_claims
from lint.source import parse_document

MB = 1_000_000
BUDGET_SECONDS = 30.0
# ... and past it, how much longer than a quarter of the line the whole may take (linear: 4x; quadratic: 16x)
LINEAR_GROWTH = 8.0

LINES = {
    "digits": "7" * MB,
    "digit-commas": "1," * (MB // 2),
    "thousands": "1,000," * (MB // 6),
    "digit-dashes": "1-" * (MB // 2),
    "digit-spaces": "1 " * (MB // 2),
    "dashes": "-" * MB,
    "spaces-then-digit": " " * MB + "1",
    "dots-and-digits": "1." * (MB // 2),
    "articles": "Article " * (MB // 8),
    "article-numbers": "Articles 1, " * (MB // 12),
    "number-words": "twenty-one hundred and " * (MB // 23),
    "years": "2011 to " * (MB // 8),
    "capitals": "The United States Department " * (MB // 30),
    "brackets": "10 won (" * (MB // 8),
    "approximations": "up to about " * (MB // 12),
    "subsection-lists": "Art. 1(2), " * (MB // 11),
    "bans": "a ban from office for " * (MB // 22),
    # a word of half a million letters before an age's brackets or commas (a look-behind over a name)
    "name-run-brackets": "x" + "aA" * (MB // 2) + " (12)",
    "name-run-commas": "x" + "aA" * (MB // 2) + ", 12, a",
    # a paragraph of sentences crediting "It", each asking for the sentence before (and each claim for its line)
    "pronoun-credits": "The union responds. " + "It says 4 came. " * (MB // 16),
    # a table's row, then a megabyte of dashes that only ends like no delimiter row (is the row its header?)
    "table-dashes": "According to our survey:\n\n| 12 workers |\n|" + "-" * MB + "x",
    "table-spaced-dashes": "According to our survey:\n\n| 12 workers |\n|" + " -" * (MB // 2) + "x",
    # (lines, not one line: a list of forty thousand items under a lead that hedges them)
    "list-items": "According to our survey:\n\n" + "- 12 workers said so;\n" * (MB // 22),
    # a sum after one in a currency, then a megabyte of spaces before what follows it
    "sum-then-spaces": "The firm paid $5 million in fines and 9.8 million" + " " * MB + "later.",
    "term-then-spaces": "He got a six-year" + " " * MB + "and five-year terms between 2" + " " * MB + "and 3 years.",
    "times-with-dashes": "22:47-" * (MB // 6),
    "dots": "." * MB,
    "wordless-sentences": ". 1" * (MB // 3),
    # shares after "by", each looking back over the run before it
    "fraction-words": "by " + "one-third-" * (MB // 10),
    "halves": "Prices: " + "half-" * (MB // 5),
    # a run of spaces before a number a vehicle's name may stand before
    "spaces-before-a-number": "train" + " " * MB + "3-117",
    # places named by numbers, and a place's noun before a run of digits
    "place-numbers": "Line 7 " * (MB // 7),
    "place-then-digits": "Lagoon " + "3" * MB,
    # a fine, then a run of ceilings each looking back for it
    "fine-ceilings": "a fine of " + "the maximum of " * (MB // 15),
    # a paragraph of a column's tally, each length looking round for words of sentencing; and of elided terms
    "tally-terms": "Ten years for the man. " * (MB // 23),
    "elided-terms": "He was jailed for nine years. " + "The man got six. " * (MB // 17),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", list(LINES))
def test_a_megabyte_line_is_read_in_linear_time(name, pack):
    doc = parse_document(LINES[name], "hostile.md")
    started = time.process_time()
    claims = extract_claims(doc, pack)
    elapsed = time.process_time() - started
    if elapsed >= BUDGET_SECONDS:
        # a machine slow enough to pass the budget on a linear read: the growth from a quarter of the line to all of
        # it tells linear (about 4x) from quadratic (about 16x)
        quarter = parse_document(LINES[name][: len(LINES[name]) // 4], "hostile.md")
        started = time.process_time()
        extract_claims(quarter, pack)
        growth = elapsed / max(time.process_time() - started, 1e-3)
        assert growth < LINEAR_GROWTH, f"{name}: {elapsed:.1f} s, {growth:.1f}x a quarter of it"
    assert all(doc.text[c.start : c.end] == c.text for c in claims)
