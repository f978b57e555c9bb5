"""parse_value: a reference file's short value texts normalize as the same claims in prose do."""

import pytest

from lint.extract import parse_value
from lint.model import DateValue, Figure, Kind, Penalty, Statute

CASES = [
    (Kind.STATUTE, "Article 261", Statute(("261",))),
    (Kind.STATUTE, "Article 249 of the Criminal Code", Statute(("249",), "article", "criminal-code")),
    (Kind.PENALTY, "up to two years of labour", Penalty("labour", "up-to", None, 24)),
    (Kind.PENALTY, "six months", Penalty("unspecified", "exact", 6, 6)),
    (Kind.PENALTY, "one year", Penalty("unspecified", "exact", 12, 12)),
    (Kind.PENALTY, "a year and a half", Penalty("unspecified", "exact", 18, 18)),
    (Kind.PENALTY, "six months of labour detention", Penalty("detention", "exact", 6, 6)),
    (Kind.PENALTY, "the death penalty", Penalty("death", "exact")),
    (Kind.DATE, "the latter half of the 1990s", DateValue("1995-01-01", "1999-12-31", "decade-part")),
    (Kind.DATE, "September 3", DateValue("0001-09-03", "0001-09-03", "day", month_day_only=True)),
    (Kind.FIGURE, "approximately 2,000 women and girls", Figure(2000, 2000, approx="about", noun="women")),
    (Kind.FIGURE, "10,000 won ($3.30) per night",
     Figure(10000, 10000, "currency:KRW", "night", conversion=Figure(3.3, 3.3, "currency:USD"))),
    (Kind.FIGURE, "two days of rest per year", Figure(2, 2, "days", "year")),
    (Kind.FIGURE, "Tier 3", Figure(3, 3, "rank:tier")),
]


@pytest.mark.parametrize(("kind", "text", "value"), CASES, ids=[c[1] for c in CASES])
def test_parse_value(kind, text, value, pack):
    assert parse_value(kind, text, pack) == value


@pytest.mark.parametrize(("kind", "text"), [(Kind.STATUTE, "the criminal law"), (Kind.DATE, "recently"),
                                            (Kind.FIGURE, "many"), (Kind.PENALTY, "several years"),
                                            # a month of no year: no point a reference can hold
                                            (Kind.DATE, "in March"), (Kind.DATE, "that September")])
def test_no_value(kind, text, pack):
    assert parse_value(kind, text, pack) is None
