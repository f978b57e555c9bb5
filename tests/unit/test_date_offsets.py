"""A date a source sets apart from another event ("four months before the fire") is never that event's date told
otherwise."""

import pytest

from lint.build import build_reference
from lint.date_offsets import Apart, account_implied, apart_from_an_event, lies_apart
from lint.extract import extract_claims
from lint.model import DateValue, Kind
from lint.patterns import load_pack
from lint.source import parse_document
from tests.unit.test_build import texts_for
from tests.unit.test_sides_and_credits import topic_holding


def apart_in(text, surface):
    claim = next(c for c in extract_claims(parse_document(text, "s.md"), load_pack())
                 if c.kind is Kind.DATE and c.text == surface)
    return apart_from_an_event(claim, load_pack())


@pytest.mark.parametrize(("text", "surface", "apart"), [
    ("He turned down the quote in October 2022, four months before the fire.", "October 2022",
     Apart(4, "month", ("fire",))),
    ("The alarm was switched off on 12 February 2023, two days before the fire.", "12 February 2023",
     Apart(2, "day", ("fire",))),
    ("The site was closed on 16 February 2023, two days after the fire.", "16 February 2023",
     Apart(-2, "day", ("fire",))),
    ("Inspectors last came in 2019, some three years before the disaster.", "2019", Apart(3, "year", ("disast",))),
    # a date set against another telling of its own event names no event
    ("Customs records show imports from June 2020, nine months earlier.", "June 2020", None),
    ("The fire broke out on 14 February 2023 at 02:40.", "14 February 2023", None),
    # a length finer than the date: any day of the month may be the event's
    ("He turned down the quote in October 2022, two weeks before the fire.", "October 2022", None),
    ("The inspectors came in 2019, six months before the election.", "2019", None),
])
def test_a_date_set_apart_from_a_named_event_is_read_with_how_far(text, surface, apart):
    assert apart_in(text, surface) == apart


def test_a_date_lies_apart_where_the_event_it_is_set_against_falls_give_or_take_a_quarter_of_the_length():
    october = DateValue("2022-10-01", "2022-10-31", "month")
    fire = DateValue("2023-02-14", "2023-02-14", "day")
    assert lies_apart(october, Apart(4, "month"), fire)
    assert lies_apart(october, Apart(5, "month"), fire)  # a round "five months"
    assert not lies_apart(october, Apart(8, "month"), fire)
    assert not lies_apart(october, Apart(-4, "month"), fire)  # "four months after": June 2022
    closed = DateValue("2023-02-16", "2023-02-16", "day")
    assert lies_apart(closed, Apart(-2, "day"), fire)
    assert not lies_apart(closed, Apart(-9, "day"), fire)
    # "two weeks after the fire" of 14 March: not a week after it
    fire = DateValue("2022-03-14", "2022-03-14", "day")
    began = DateValue("2022-03-28", "2022-03-28", "day")
    assert lies_apart(began, Apart(-2, "week"), fire)
    assert not lies_apart(began, Apart(-2, "week"), DateValue("2022-03-21", "2022-03-21", "day"))


def test_a_date_a_source_sets_apart_from_an_event_is_not_grouped_as_that_events_date():
    ref, _ = build_reference(texts_for({
        "review.md": "The fire broke out in the compressor wing of the warehouse on 14 February 2023.\n",
        "wire.txt": "The fire in the compressor wing of the warehouse started on 14 February 2023, the court found.\n",
        "courier.md": "The director turned down a quote to replace the fire detection system in the compressor wing "
                      "of the warehouse in October 2022, four months before the fire.\n",
    }))
    october = topic_holding(ref, "October 2022")
    assert {c.value for c in october.claims} == {"October 2022"} and not october.contested


def test_an_event_told_as_a_clause_sets_a_date_apart_from_its_own_date():
    # "a week after doctors at Velmora General Hospital first noticed a cluster": no "the" before the event, its
    # clause tells it; the report's 9 June is the noticing, a week before the wire's recall, not another side of it
    text = ("The regulator issued a recall on June 16, 2023, a week after doctors at Velmora General Hospital first "
            "noticed a cluster of patients.")
    apart = apart_in(text, "June 16, 2023")
    assert (apart.count, apart.unit) == (-1, "week") and "hospital" in apart.events
    ref, _ = build_reference(texts_for({
        "report.md": "- **9 June 2023:** clinicians at Velmora General Hospital note a cluster of patients.\n",
        "wire.txt": text + "\n",
    }))
    noticed = topic_holding(ref, "9 June 2023")
    assert {c.value for c in noticed.claims} == {"9 June 2023"} and not noticed.contested


def test_a_date_another_source_gives_of_its_own_event_is_still_disputed():
    # the wire's arrest "two days after the fire" and the Courier's arrest on the fire's day: the Courier's date is told
    # of the arrest, not of the fire, so the two are one point told otherwise
    ref, _ = build_reference(texts_for({
        "review.md": "The fire broke out at the warehouse on 1 March 2023.\n",
        "wire.txt": "Police arrested the warehouse director on 3 March 2023, two days after the fire.\n",
        "courier.md": "Police arrested the warehouse director on 1 March 2023, records show.\n",
    }))
    arrest = topic_holding(ref, "3 March 2023")
    assert "1 March 2023" in {c.value for c in arrest.claims} and arrest.contested


def account_in(text, surface):
    """The date of the account `surface`'s sentence sets it against (account_implied), as (start, end); None."""
    claim = next(c for c in extract_claims(parse_document(text, "s.md"), load_pack())
                 if c.kind is Kind.DATE and c.text == surface)
    found = account_implied(claim.value, claim.sentence[claim.end - claim.sentence_start:], load_pack())
    return found and (found[0].start, found[0].end)


@pytest.mark.parametrize(("text", "surface", "account"), [
    ("Her complaint reached the inspectorate on 3 February 2022, a month earlier than the date given in the "
     "inspectorate's published report.", "3 February 2022", ("2022-03-03", "2022-03-03")),
    ("Slaughtering resumed on 22 January 2024, two weeks later than the date the inspectorate gave.",
     "22 January 2024", ("2024-01-08", "2024-01-08")),
    ("Work resumed on 5 March 2023, two weeks after the date given by the audit office.", "5 March 2023",
     ("2023-02-19", "2023-02-19")),
    ("The inflation began in January 2018, two months earlier than the date used in the official audit.",
     "January 2018", ("2018-03-01", "2018-03-31")),
    # an approximate length: the account's date give or take a quarter of it
    ("Discharges began in September 2018, roughly six months earlier than the date used in the inspectorate's report.",
     "September 2018", ("2019-01-01", "2019-05-31")),
    ("The ferry capsized at 06:25 - a quarter of an hour earlier than the official time.", "06:25",
     ("0000-01-01T06:40", "0000-01-01T06:40")),
    ("The fire began at 22:31, eleven minutes earlier than the official account says.", "22:31",
     ("0000-01-01T22:42", "0000-01-01T22:42")),
    ("The scheme began in 2016, almost a year earlier than the court accepted.", "2016",
     ("2017-01-01", "2017-12-31")),
    # another event, a plan, a bound, or a length finer than the date: no account's date
    ("The shop closed on 3 May 2021, two days after the date of the fire.", "3 May 2021", None),
    ("The log records the first call at 17:38 - four minutes before the official time of the accident.", "17:38",
     None),
    ("Results came on 14 July 2024, six days later than the planned date of 8 July.", "14 July 2024", None),
    ("He turned down the quote in October 2022, four months before the fire.", "October 2022", None),
    ("The plant shut in March 2020, ten days earlier than the ministry says.", "March 2020", None),
])
def test_a_date_set_apart_from_anothers_account_gives_that_accounts_date(text, surface, account):
    assert account_in(text, surface) == account


def test_a_date_set_apart_from_anothers_account_is_set_apart_from_no_event():
    # "two weeks after the date given by the audit office": the office's telling of the same event, not another event
    assert apart_in("Work resumed on 5 March 2023, two weeks after the date given by the audit office.",
                    "5 March 2023") is None
