"""Whose prison term a term is (lint/holders.py): the build groups one person's terms as one point, keeps
two persons' apart, and the linter judges a draft's term on its own person's topic."""

import pytest

from lint.build import build_reference
from lint.engine import lint_text
from lint.extract import extract_claims
from lint.holders import person_surnames, term_holder
from lint.model import Kind, Verdict
from lint.patterns import load_pack
from lint.source import parse_document

PACK = load_pack()

WIRE = """Verdict wire.

The Dravnik court on Tuesday sentenced Radek Hollan, director of Corvan Medical Supply, to nine years in prison.
The pharmacist Milena Sorvik, 44, was sentenced to three years in prison. Prosecutors had sought 11 years for Hollan.
"""
HERALD = """The Herald's feature.

When the judges ruled in March, the room was full of parents holding photographs of Radek Hollan's victims.
The former director of the supply firm was given seven years in prison, far less than the parents hoped.
Hollan was led away before the parents could speak to him. Sorvik was sentenced to two and a half years.
"""


def claims_of(text, name="wire.md"):
    return extract_claims(parse_document(text, name), PACK)


def test_persons_are_named_by_two_words_with_the_surname_alone_elsewhere_or_an_age():
    surnames = person_surnames([WIRE, HERALD], PACK)
    assert {"Hollan", "Sorvik"} <= surnames
    assert not surnames & {"Corvan", "Supply", "Medical", "Dravnik", "Herald", "March"}


@pytest.mark.parametrize(("text", "holder"), [
    (WIRE, {"nine years in prison": "Hollan", "three years in prison": "Sorvik", "11 years": None}),
    (HERALD, {"seven years in prison": "Hollan", "two and a half years": "Sorvik"}),
])
def test_a_terms_holder_is_the_person_named_before_it_in_its_sentence_or_the_one_before(text, holder):
    surnames = person_surnames([WIRE, HERALD], PACK)
    found = {c.text: term_holder(c, surnames, PACK) for c in claims_of(text) if c.kind is Kind.PENALTY}
    assert {k: found.get(k) for k in holder} == holder


def test_a_table_rows_term_is_the_person_its_row_names():
    table = ("| Defendant | Offence | Sentence |\n|---|---|---|\n"
             "| Marten Halloway | Art. 42 LC; Art. 61(2) LC | 9 years |\n| Ilse Ferrand | Art. 42 LC | 6 years |\n")
    surnames = person_surnames([table, "The court fined Halloway, and Ferrand appealed."], PACK)
    found = {c.text: term_holder(c, surnames, PACK) for c in claims_of(table, "t.md") if c.kind is Kind.PENALTY}
    assert found == {"9 years": "Halloway", "6 years": "Ferrand"}


def built():
    from tests.unit.test_build import texts_for

    return build_reference(texts_for({"wire.md": WIRE, "herald.md": HERALD}))[0]


def test_two_sources_terms_of_one_person_told_in_other_words_are_one_disputed_point():
    ref = built()
    hollan = [t for t in ref.topics if any(c.holder == "Hollan" for c in t.claims)]
    assert len(hollan) == 1 and hollan[0].contested
    assert sorted(c.value for c in hollan[0].claims) == ["nine years in prison", "seven years in prison"]


def test_two_persons_terms_are_never_one_point():
    ref = built()
    for topic in ref.topics:
        assert len({c.holder for c in topic.claims if c.holder}) <= 1, [c.value for c in topic.claims]


@pytest.mark.parametrize(("draft", "verdict"), [
    ("Milena Sorvik, the pharmacist, was sentenced to two and a half years.", Verdict.CONTESTED),
    ("Radek Hollan, the director, was sentenced to seven years.", Verdict.CONTESTED),
    ("Radek Hollan, the director, was sentenced to twelve years.", Verdict.MISMATCH),
    ("Milena Sorvik, the pharmacist, was sentenced to nine years.", Verdict.MISMATCH),  # Hollan's term, not hers
    # the words of Hollan's sentence, but Sorvik's name: her terms judge it
    ("The Dravnik court on Tuesday sentenced Milena Sorvik, director of Corvan Medical Supply, to nine years in prison.",
     Verdict.MISMATCH),
])
def test_a_drafts_term_is_judged_on_its_persons_terms(draft, verdict):
    result = lint_text(draft, "draft.md", built(), PACK)
    assert [c.verdict for c in result.claims if c.claim.kind is Kind.PENALTY] == [verdict]
