"""Disputes the build must see whole, and disputed values a draft credits to the side that gives them."""

import pytest

from lint.build import build_reference
from lint.engine import lint_text
from lint.model import Verdict
from lint.patterns import load_pack
from tests.unit.test_build import texts_for


@pytest.fixture(scope="module")
def pack():
    return load_pack()


def topic_holding(ref, value):
    return next(t for t in ref.topics if any(c.value == value for c in t.claims))


def test_a_sources_estimate_up_to_a_bound_does_not_explain_another_sources_count_away():
    # the union gives the official 112 and its own "up to 130" on one line: 108 lies under that bound, which says
    # nothing of the paper's 108 being another point than the 112 it disputes
    ref, _ = build_reference(texts_for({
        "inspectorate.txt": "The inspectorate counted 112 guests registered at the hotel on the night of the fire.\n",
        "union.txt": "The official count is that 112 guests were registered on the night. We estimate that up to "
                     "130 people may have been staying at the hotel that night.\n",
        "paper.txt": "The hotel had 108 registered guests that night.\n",
    }))
    guests = topic_holding(ref, "108")
    assert {c.value for c in guests.claims} == {"108", "112"} and guests.contested


def test_a_count_told_of_the_same_thing_under_another_noun_does_not_part_a_dispute():
    # "11 members of staff" and the union's "11 colleagues" are one count; the paper's "14 members" disputes it
    ref, _ = build_reference(texts_for({
        "inspectorate.txt": "Following its interim findings, VRAS suspended 11 members of staff.\n",
        "union.txt": "The 11 colleagues suspended by VRAS face dismissal for following instructions.\n",
        "paper.txt": "In the months that followed, VRAS suspended 14 members of staff, most of them "
                     "control-room supervisors.\n",
    }))
    suspended = topic_holding(ref, "14")
    assert "11" in {c.value for c in suspended.claims} and suspended.contested


VOYAGES = {
    "inspectorate.txt": "The inspectorate found that the barge sailed overloaded on 64 of 212 loaded voyages.\n",
    "courier.txt": "Records examined by the Courier show the barge sailed overloaded on 71 of its 212 loaded voyages.\n",
}


@pytest.mark.parametrize("draft, contested", [
    ("The barge had sailed overloaded on 64 of 212 loaded voyages.", True),
    ("The inspectorate says not. It found that the barge had sailed overloaded on 64 of 212 loaded voyages.", False),
    ("The inspectorate published its report in May. According to its report, the barge sailed overloaded on 64 "
     "of 212 loaded voyages.", False),
])
def test_a_disputed_value_credited_through_it_or_its_to_the_body_that_gives_it_is_its_side(draft, contested, pack):
    ref, _ = build_reference(texts_for(VOYAGES))
    claim = next(c for c in lint_text(draft, "d.md", ref, pack).claims if c.claim.text == "64")
    assert (claim.verdict is Verdict.CONTESTED) is contested


def test_a_day_and_the_month_after_it_told_in_the_same_words_are_one_date_disputed():
    ref, _ = build_reference(texts_for({
        "inspectorate.txt": "Timeline. The CMI opened its inquiry on 14 February 2023 after a routine satellite review "
                            "of the forest plots.\n",
        "wire.txt": "The Carbon Market Inspectorate (CMI) opened its inquiry in March 2023 after satellite images "
                    "showed bare ground where the company's maps showed forest.\n",
    }))
    opened = topic_holding(ref, "14 February 2023")
    assert "March 2023" in {c.value for c in opened.claims} and opened.contested


@pytest.mark.parametrize("draft, verdict", [
    ("The directorate found that about 230 workers were laid off at the farm.", Verdict.ATTRIBUTION),
    ("The union says that about 230 workers were laid off at the farm.", Verdict.SUPPORTED),
])
def test_a_value_credited_to_a_directorate_that_does_not_give_it_is_misattributed(draft, verdict, pack):
    ref, _ = build_reference(texts_for({
        "directorate.txt": "The directorate found that the farm under-reported lice counts at 14 pens.\n",
        "union.txt": "About 230 workers were laid off at the farm after the scandal, the union says.\n",
    }))
    claim = next(c for c in lint_text(draft, "d.md", ref, pack).claims if "230" in c.claim.text)
    assert claim.verdict is verdict


def test_a_judge_named_with_herself_is_credited():
    from lint.extract import extract_claims
    from lint.source import parse_document

    text = "Judge Anneliese Moravec herself pointed out that in 2022 the station recorded 3,512 violations."
    claims = extract_claims(parse_document(text, "d.md"), load_pack())
    assert {c.attributed_to for c in claims} == {"Judge Anneliese Moravec"}
