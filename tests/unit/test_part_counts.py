"""A count of a part ("the three main defendants") and a count of the whole ("four defendants convicted")
are two points: the build never makes them one disputed count, and a draft's count of the part is
never judged on the whole's."""

import pytest

from lint.disputes import counts_of_other_things, part_and_whole
from lint.engine import lint_text
from lint.extract import extract_claims
from lint.model import Figure, Kind, Verdict
from lint.patterns import load_pack
from lint.source import parse_document
from tests.unit.test_build import build

PACK = load_pack()


def counted(text):
    return [(c.text, c.value.noun) for c in extract_claims(parse_document(text, "a.md"), PACK)
            if c.kind is Kind.FIGURE]


@pytest.mark.parametrize(("text", "found"), [
    ("The three main defendants were convicted.", [("three", "main defendants")]),
    ("The other two inspectors were fined.", [("two", "other inspectors")]),
    ("Two further victims died in hospital.", [("Two", "further victims")]),
    ("The court convicted four defendants.", [("four", "defendants")]),
    ("Three young mothers testified.", [("Three", "mothers")]),  # an adjective, not a part
])
def test_a_counts_noun_carries_the_word_that_makes_it_a_part(text, found):
    assert counted(text) == found


def test_a_part_and_the_whole_are_two_points_but_two_counts_of_one_thing_are_not():
    whole, part = Figure(4, 4, "count", noun="defendants"), Figure(3, 3, "count", noun="main defendants")
    assert part_and_whole(part, whole) and part_and_whole(whole, part)
    assert not part_and_whole(Figure(3, 3, "count", noun="defendants"), whole)
    assert not part_and_whole(part, Figure(3, 3, "count", noun="workers"))
    # two tellings of one part may dispute it: "the three principal defendants", "the four main defendants"
    other_telling = Figure(4, 4, "count", noun="principal defendants")
    assert not part_and_whole(part, other_telling) and not counts_of_other_things(part, other_telling)


def test_a_count_of_people_and_a_count_of_a_venues_riders_may_be_one_point():
    # "nine riders were left on the line" and "lists 13 people brought down by rope": persons both; riders and
    # tickets are two things
    people, riders = Figure(13, 13, "count", noun="people"), Figure(9, 9, "count", noun="riders")
    assert not counts_of_other_things(people, riders)
    assert not counts_of_other_things(Figure(96, 96, "count", noun="jumpers"), Figure(81, 81, "count", noun="people"))
    assert counts_of_other_things(riders, Figure(9, 9, "count", noun="tickets"))


def test_each_other_is_no_part():
    found = [c.value for c in extract_claims(parse_document("The two men met each other 20 times.", "a.md"), PACK)]
    assert all("other" not in (getattr(v, "noun", None) or "") for v in found)


SOURCES = {
    "court.md": "Sawmill explosion: four defendants convicted, company fined.\n\n"
                "The regional court convicted four defendants over the explosion at the sawmill and fined the company.\n",
    "wire.md": "The court convicted the company and the three main defendants over the sawmill explosion.\n",
}


def test_the_build_keeps_a_part_apart_from_the_whole():
    ref = build(SOURCES)[0]
    counts = [t for t in ref.topics if t.kind is Kind.FIGURE and any("defendants" in c.evidence for c in t.claims)]
    assert counts and not any(t.contested for t in counts)


@pytest.mark.parametrize("draft", [
    "The three principal defendants of the sawmill explosion were convicted by the regional court.",
    "The regional court convicted the three main defendants over the explosion at the sawmill.",
])
def test_a_drafts_count_of_a_part_is_not_disputed_or_wrong_against_the_whole(draft):
    result = lint_text(draft, "draft.md", build(SOURCES)[0], PACK)
    three = [c for c in result.claims if c.claim.text.lower() == "three"]
    assert three and three[0].verdict not in (Verdict.MISMATCH, Verdict.CONTESTED)
