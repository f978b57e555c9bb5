"""Dates: an inclusive ISO interval with its precision, anchors, decades and their parts."""

import pytest
from extract_helpers import claims_in, the_claim

from lint.model import DateValue, Kind

CASES = [
    # (sentence, the date's words, expected value)
    ("The groups were disbanded in 2011.", "2011", DateValue("2011-01-01", "2011-12-31", "year")),
    ("She got married in November 2020.", "November 2020", DateValue("2020-11-01", "2020-11-30", "month")),
    ("The report was published on 27 June 2011.", "27 June 2011", DateValue("2011-06-27", "2011-06-27", "day")),
    ("The report was published on June 27, 2011.", "June 27, 2011", DateValue("2011-06-27", "2011-06-27", "day")),
    ("The report was published on 2011-06-27.", "2011-06-27", DateValue("2011-06-27", "2011-06-27", "day")),
    ("A source reported on September 3.", "September 3",
     DateValue("0001-09-03", "0001-09-03", "day", month_day_only=True)),
    # a day and month with a time after it, as a timeline's label gives it (a year after it is the day's year)
    ("**8 March, 23:15** — Perlic emails head office.", "8 March",
     DateValue("0001-03-08", "0001-03-08", "day", month_day_only=True)),
    ("It happened on 8 March, 2023.", "8 March, 2023", DateValue("2023-03-08", "2023-03-08", "day")),
    # a span of days told with its month and no year: the span, of no year in particular (not its last day alone)
    ("Between 8 and 12 March she wrote readings into the log.", "Between 8 and 12 March",
     DateValue("0001-03-08", "0001-03-12", "day", month_day_only=True)),
    ("The plant shut from 3 to 5 May for repairs.", "from 3 to 5 May",
     DateValue("0001-05-03", "0001-05-05", "day", month_day_only=True)),
    # the days listed before a day with its year are of that year; a day before another clause's year is not
    ("Tests failed on 14 February, 28 February and 9 March 2023.", "14 February",
     DateValue("2023-02-14", "2023-02-14", "day")),
    ("Tests failed on 14 February, 28 February and 9 March 2023.", "28 February",
     DateValue("2023-02-28", "2023-02-28", "day")),
    ("On 14 February the plant shut; in 2023 it reopened.", "14 February",
     DateValue("0001-02-14", "0001-02-14", "day", month_day_only=True)),
    # ... not across the new year: the December before "3 January 2024" is 2023's, and left undated
    ("They struck between 28 December and 3 January 2024.", "28 December",
     DateValue("0001-12-28", "0001-12-28", "day", month_day_only=True)),
    ("Prostitution spread in the 1990s.", "1990s", DateValue("1990-01-01", "1999-12-31", "decade")),
    ("It spread during the latter half of the 1990s.", "latter half of the 1990s",
     DateValue("1995-01-01", "1999-12-31", "decade-part")),
    ("It spread in the early 1980s.", "early 1980s", DateValue("1980-01-01", "1983-12-31", "decade-part")),
    ("Prices rose in the mid-2000s.", "mid-2000s", DateValue("2003-01-01", "2006-12-31", "decade-part")),
    ("Prices rose in the late 1990s.", "late 1990s", DateValue("1996-01-01", "1999-12-31", "decade-part")),
    ("Prices rose in the first half of the 1990s.", "first half of the 1990s",
     DateValue("1990-01-01", "1994-12-31", "decade-part")),
    ("Sex trafficking has grown since 2000.", "since 2000", DateValue("2000-01-01", "2000-12-31", "year", "since")),
    ("The groups existed until 2011.", "until 2011", DateValue("2011-01-01", "2011-12-31", "year", "until")),
    # "not until" says when, not up to when
    ("It was not until 2011 that the groups were disbanded.", "2011", DateValue("2011-01-01", "2011-12-31", "year")),
    ("It was built before 2005.", "before 2005", DateValue("2005-01-01", "2005-12-31", "year", "before")),
    ("The famine lasted from 1994 to 1998.", "1994 to 1998", DateValue("1994-01-01", "1998-12-31", "year")),
    ("The 2011–12 season was hard.", "2011–12", DateValue("2011-01-01", "2012-12-31", "year")),
    ("It is not a party to the 2000 UN TIP Protocol.", "2000", DateValue("2000-01-01", "2000-12-31", "year")),
    ("The 2011 report says so.", "2011", DateValue("2011-01-01", "2011-12-31", "year")),
    ("Prices rose again in mid-2015.", "2015", DateValue("2015-01-01", "2015-12-31", "year")),
    ("It began in the 19th century.", "19th century", DateValue("1800-01-01", "1899-12-31", "century")),
]


@pytest.mark.parametrize(("text", "surface", "value"), CASES, ids=[c[1] for c in CASES])
def test_date_value(text, surface, value):
    claim = the_claim(text, surface, Kind.DATE)
    assert surface in claim.text
    assert claim.value == value


@pytest.mark.parametrize(("text", "surface"), [
    ("The group had 2,000 women.", "2,000"),
    ("The group had 2000 women.", "2000"),
    ("A night costs 2000 won.", "2000"),
    ("It rose 2011% in a year.", "2011"),
])
def test_a_number_that_counts_is_not_a_year(text, surface):
    claim = the_claim(text, surface)
    assert claim.kind == Kind.FIGURE


def test_a_month_name_that_is_no_time_is_not_a_date():
    assert not [c for c in claims_in("The September newsletter said so, and may 3 people agree.") if c.kind == Kind.DATE]


@pytest.mark.parametrize(("text", "surface", "month"), [
    ("The indictment followed in March, and the trial opened later.", "March", 3),
    ("Police raided the premises that September.", "September", 9),
    ("Three neighbours died at home in late August.", "August", 8),
    ("Of the drivers retested by the end of March, 731 failed.", "March", 3),
    ("Most breaches fell between November and February.", "November", 11),
    ("Most breaches fell between November and February.", "February", 2),
])
def test_a_month_told_as_a_time_alone_is_a_date_of_no_year(text, surface, month):
    claim = the_claim(text, surface, Kind.DATE)
    assert claim.value.month_day_only and claim.value.precision == "month"
    assert claim.value.start[5:7] == f"{month:02d}"


@pytest.mark.parametrize("text", ["Holly March said so.", "The court may act.", "They met in the March rally.",
                                  "The study was led by June Almeida.", "Campaigners said that May would resign.",
                                  "They met in August Wilson's hometown."])
def test_a_month_name_that_is_a_name_or_a_verb_is_no_date(text):
    assert not [c for c in claims_in(text) if c.kind == Kind.DATE]


def test_the_first_of_two_months_told_with_one_year_is_not_judged_as_a_point_of_it():
    # "from January to March 2020" is a span: its first month is not read as a point of 2020 (judged against
    # whatever point of 2020 the matcher finds), but kept of no year, as a month alone is
    claim = the_claim("The budget ran from January to March 2020.", "January", Kind.DATE)
    assert claim.value.month_day_only


def test_a_month_alone_is_read_within_its_line_only():
    found = [c.text for c in claims_in("Sales fell at the\n\nEnd of March. It closed at the end of  June.")
             if c.kind == Kind.DATE]
    assert found == ["June"]


@pytest.mark.parametrize(("text", "surface", "at"), [
    ("The generator failed at 22:47 on 9 March 2023.", "22:47", "22:47"),
    ("By 5:40 a.m. the fire was out.", "5:40 a.m.", "05:40"),
    ("The last call came at 11.30 pm.", "11.30 pm", "23:30"),
    ("Officers reached Block C at about 00:39.", "00:39", "00:39"),
    ("The alarm sounded at 12:05 p.m.", "12:05 p.m.", "12:05"),
    ("The alarm sounded at 12:05 a.m.", "12:05 a.m.", "00:05"),
    ("The meeting began at 11:51 GMT.", "11:51", "11:51"),
    ("The pumps failed at 22:47hrs.", "22:47hrs", "22:47"),
    # a 24-hour clock's time to the second: to the minute ("05:25" in a draft is the camera's 05:25:11)
    ("The last frame is stamped 05:25:11.", "05:25:11", "05:25"),
    ("The log says 11:51:07 GMT.", "11:51:07", "11:51"),
    # both ends of a shift told with a hyphen
    ("The night shift ran 22:00-06:00.", "22:00", "22:00"),
    ("The night shift ran 22:00-06:00.", "06:00", "06:00"),
    # an hour with its a.m. or p.m. and no minutes: on the hour
    ("When the night shift began at 10 p.m. on 9 November, 186 workers were on site.", "10 p.m.", "22:00"),
    ("Runners set off at 10 a.m. from the square.", "10 a.m.", "10:00"),
    ("The wards were cleared at 3am.", "3am", "03:00"),
    ("The hall closed at 12 pm.", "12 pm", "12:00"),
    # a twelve-hour clock with the half of the day in words
    ("Inspectors entered the kennels at 6:30 in the morning.", "6:30 in the morning", "06:30"),
    ("She entered the cubicle at 4.20 in the afternoon.", "4.20 in the afternoon", "16:20"),
    ("The power failed at 7.15 in the evening.", "7.15 in the evening", "19:15"),
    # after "was", an hour written with its zero (no score or vote is)
    ("It was 08:25 before the last survivor was driven to hospital.", "08:25", "08:25"),
])
def test_a_time_of_day_is_a_date_to_the_minute(text, surface, at):
    claim = the_claim(text, surface, Kind.DATE)
    assert claim.text == surface
    assert claim.value.precision == "time" and claim.value.start == claim.value.end
    assert claim.value.start.endswith("T" + at)


@pytest.mark.parametrize("text", [
    "The home side won 12:10 in the end.", "The vote was 12:05 against the motion.", "She finished in 12:45.",
    "At 19.30 pm the hall emptied.", "A ratio of 1:25 applies.",
])
def test_a_score_a_vote_a_race_time_or_a_ratio_is_no_time_of_day(text):
    assert not [c for c in claims_in(text) if c.kind is Kind.DATE and c.value.precision == "time"]
    assert not [c for c in claims_in(text) if c.kind is Kind.FIGURE and ":" not in c.text and "." in c.text]


@pytest.mark.parametrize("text", [
    "The fire started shortly before 3 a.m. in a storage room.", "He collapsed at about 1 p.m. and died.",
    "Some wards waited until after 3 a.m.",
])
def test_an_hour_told_as_a_bound_or_a_rough_time_is_no_time_of_day(text):
    """"shortly before 3 a.m." is no other time than a source's "about 2:40 a.m.": nothing to compare exactly, and no
    count of anything either."""
    assert claims_in(text) == []
