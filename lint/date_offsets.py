"""A date a source sets apart from another event by a length of time: "in October 2022, four months before the
fire". The source itself says the two are two events, so a date that lies that far away, told of that event ("the fire
broke out on 14 February 2023"), is never the other side of its point."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

import regex

from lint.model import Claim, DateValue

# right after the date: ", four months before the fire", " — two days after the collapse"; the event named (not
# "two years earlier", which may set the date against another source's telling of the same event)
_APART = regex.compile(
    r"[^\S\n]*[,—–-]?[^\S\n]*(?:(?:about|some|just|only|nearly|almost|barely|roughly|around)[^\S\n]+)?"
    r"(?P<count>\d{1,3}|[a-z]+)[^\S\n]+(?P<unit>day|week|month|year)s?[^\S\n]+"
    r"(?P<way>before|after|ahead[^\S\n]+of|prior[^\S\n]+to)[^\S\n]+(?:(?P<the>the|its|his|her|their)[^\S\n]+)?"
    # (the event's noun after a determiner; without one, the clause that tells it: "a week after doctors at Velmora
    # General Hospital first noticed a cluster")
    r"(?P<event>\p{L}+(?:(?(the)(?!)|[^\S\n]+\p{L}+)){0,6})", regex.IGNORECASE)
_UNIT_DAYS = {"day": 1, "week": 7}
# the lengths of time finer than each precision a date is told to: "October 2022, two weeks before the fire" could be
# any day of the month, and so could the fire's
_FINER = {"day": (), "month": ("day", "week"), "year": ("day", "week", "month")}


@dataclass(frozen=True)
class Apart:
    """How far after the date the event it is set against lies: `count` units, negative where the event came
    before it ("two days after the collapse"); and that event, as tokens ("fire")."""

    count: int
    unit: str  # day | week | month | year
    events: tuple[str, ...] = ()  # the event's words, as tokens: "fire"; "doctor", "velmora", "hospital" ...


def apart_from_an_event(claim: Claim, pack) -> Apart | None:
    """The length of time the claim's sentence sets its date apart from another event by, right after it (its count
    read as the rule pack's number words read: normalize.parse_number)."""
    from lint.context import tokens
    from lint.normalize import parse_number

    value = claim.value
    if not isinstance(value, DateValue) or value.precision not in _FINER:
        return None
    m = _APART.match(claim.sentence, max(0, claim.end - claim.sentence_start))
    if m is None or m.group("unit").lower() in _FINER[value.precision]:
        return None
    number = parse_number(m.group("count"), pack)
    events = tuple(tokens(m.group("event")))
    if not number or not number.is_integer() or not events:
        return None
    count = int(number)
    return Apart(count if m.group("way").lower() != "after" else -count, m.group("unit").lower(), events)


# How far from the length a writer gives the other event may lie, as a share of it (at least a day or a month)
APART_SLACK = 0.25


def lies_apart(value: DateValue, apart: Apart, other: DateValue) -> bool:
    """Does `other` fall where `apart` puts the event `value` is set against, give or take a quarter of the length
    (a writer's "four months before" is a round figure; "two weeks after" is not three)?"""
    try:
        start, end = date.fromisoformat(value.start), date.fromisoformat(value.end)
        other_start, other_end = date.fromisoformat(other.start), date.fromisoformat(other.end)
    except ValueError:
        return False
    # in days for days and weeks, in months for months and years
    count = apart.count * (_UNIT_DAYS.get(apart.unit) or (12 if apart.unit == "year" else 1))
    unit = "day" if apart.unit in _UNIT_DAYS else "month"
    slack = max(1, round(abs(count) * APART_SLACK))
    try:
        earliest, latest = _shifted(start, count - slack, unit), _shifted(end, count + slack, unit)
    except (ValueError, OverflowError):  # (a shift past the calendar's years)
        return False
    return earliest <= other_end and other_start <= latest


def _shifted(day: date, count: int, unit: str) -> date:
    if unit == "day":
        return date.fromordinal(day.toordinal() + count)
    months = day.year * 12 + day.month - 1 + count
    year, month = divmod(months, 12)
    # (the 31st shifted into a shorter month: its last day; a year past the calendar's raises, for the caller)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1] if 1 <= year <= 9999 else 28))
