"""A date a source sets apart from another event by a length of time: "in October 2022, four months before the
fire". The source itself says the two are two events, so a date that lies that far away, told of that event ("the fire
broke out on 14 February 2023"), is never the other side of its point.

A date set so apart from another's account of its own event is the opposite: "her complaint reached the inspectorate
on 3 February 2022, a month earlier than the date given in the inspectorate's published report". The report's date (3
March 2022) is the other side of the point, though the source never writes it: `account_implied` gives it."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

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
    after = claim.sentence[max(0, claim.end - claim.sentence_start):]
    if account_implied(value, after, pack) is not None:
        return None  # ("two weeks after the date given by the audit office": no other event, another's telling)
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


# Right after a date: a comma or a dash, the length of time ("a month", "roughly six months", "a quarter of an hour"),
# which way, and the account of the same event it is set against, in the clause's words to its end: "earlier than" any
# telling (_ANOTHERS_TELLING), or "before"/"after" a date named as another's (_ANOTHERS_DATE)
_FROM_AN_ACCOUNT = regex.compile(r"""
    [^\S\n]*(?:,|[-–—])[^\S\n]*(?:(?:that|which)\s+(?:is|was)\s+)?
    (?P<approx>(?:about|around|roughly|some|almost|nearly|more\s+than|less\s+than|over|under|just\s+over|just\s+under)
      \s+)?
    (?:(?P<quarter>a\s+quarter\s+of\s+an\s+hour)|(?P<half>half\s+an\s+hour)
      |(?P<count>an?|\d{1,3}|[a-z]{3,9})\s+(?P<unit>minutes?|hours?|days?|weeks?|months?|years?))
    \s+(?:(?P<way>earlier|later|sooner)\s+than|(?P<side>before|after))\s+(?P<account>[^.;:!?\n]{1,100})
""", regex.VERBOSE | regex.IGNORECASE)
# ... an account: another's telling of the date, its record, or a body's finding ("than the date given in the
# inspectorate's report", "than the official account says", "than the court accepted"); not a plan ("than the planned
# date"), nor a bound ("no later than the first quarter")
_ANOTHERS_TELLING = regex.compile(
    r"(?:the\s+)?(?!(?:[\w'’-]+\s+){0,3}?(?:planned|scheduled|expected|intended|agreed|deadline|target|promised)\b)"
    r"(?:[\w'’-]+\s+){0,6}?(?:official|officially|date|day|time|account|accounts|chronology|record|records|timeline|"
    r"report|judgment|ruling|verdict|court|audit|inspectorate|authorities|authority|agency|ministry|police|"
    r"regulator|prosecution|prosecutors|investigators|found|accepted|says|said|states|stated|gives|gave|given)\b",
    regex.IGNORECASE)
# ... and "before" or "after" only a date named as another's ("two weeks after the date given by the audit office", "a
# month before the official date"; not "two days after the date of the fire", nor "the first call at 17:38, four
# minutes before the official time of the accident": another event's)
_ANOTHERS_DATE = regex.compile(
    r"(?:the\s+)?(?:official\s+(?:date|day|time|account|record|timeline|chronology)\b(?!\s+of\b)"
    r"|(?:date|day|time)\s+(?:given|used|stated|recorded|reported|published|accepted|cited|set\s+out)\b)",
    regex.IGNORECASE)
# the precisions whose days a length of time moves (a decade or a season is no date to count from)
_MOVED = frozenset({"day", "month", "year", "time"})
# How far either way of an approximate length ("roughly six months") the account's date may lie, as a share of it
ACCOUNT_SLACK = 0.25
_IN_MONTHS = {"months": 1.0, "days": 1 / 30, "hours": 1 / 720}


def account_implied(value: DateValue, after: str, pack) -> tuple[DateValue, tuple[int, int]] | None:
    """The date of the account `after` (a sentence from right after the date `value`) sets the date against, and where
    in `after` the account's words are; None where `after` sets no length of time against another's telling."""
    from lint.normalize import parse_number, time_unit

    if value.precision not in _MOVED or value.anchor or value.month_day_only:
        return None
    m = _FROM_AN_ACCOUNT.match(after)
    if m is None or not (_ANOTHERS_TELLING if m.group("way") else _ANOTHERS_DATE).match(m.group("account")):
        return None
    if m.group("quarter") or m.group("half"):
        amount, family = (0.25 if m.group("quarter") else 0.5), "hours"
    else:
        words = m.group("count").lower()
        count = 1.0 if words in ("a", "an") else parse_number(words, pack)
        unit = time_unit(m.group("unit").lower(), pack)
        if count is None or unit is None:
            return None
        family, amount = unit[0], count * unit[1]
    earlier = (m.group("way") or m.group("side")).lower() in ("earlier", "sooner", "before")
    slack = ACCOUNT_SLACK * amount if m.group("approx") else 0.0
    moved = _moved(value, family, amount if earlier else -amount, slack)
    return (moved, m.span("account")) if moved is not None else None


def _moved(value: DateValue, family: str, amount: float, slack: float) -> DateValue | None:
    """The date moved by `amount` of the unit family (months, days or hours), widened by `slack` either way; None where
    the length is finer than the date (days from a month) or not whole in it."""
    try:
        if value.precision == "time":
            if family != "hours":
                return None
            at = datetime.fromisoformat(value.start.replace("0000-", "2000-", 1))  # (a time alone: any day will do)
            day = value.start.split("T", 1)[0]
            earliest, latest = at + timedelta(hours=amount - slack), at + timedelta(hours=amount + slack)
            return replace(value, start=f"{day}T{earliest:%H:%M}", end=f"{day}T{latest:%H:%M}")
        first = date.fromisoformat(value.start)
        if value.precision == "day":
            if family == "hours":
                return None
            unit = "day" if family == "days" else "month"
            earliest = _shifted(first, round(amount - slack), unit)
            latest = _shifted(first, round(amount + slack), unit)
            return replace(value, start=earliest.isoformat(), end=latest.isoformat())
        step = 1 if value.precision == "month" else 12
        months, reach = amount * _IN_MONTHS[family] / step, slack * _IN_MONTHS[family] / step
        whole = round(months)
        if whole == 0 or abs(months - whole) > max(reach, 0.5 / step):
            return None  # ("ten days earlier" than a month tells no other month)
        earliest = _shifted(first, (whole - round(reach)) * step, "month")
        latest = _shifted(_shifted(first, (whole + round(reach) + 1) * step, "month"), -1, "day")
    except (ValueError, OverflowError):  # (a shift past the calendar's years)
        return None
    return replace(value, start=earliest.isoformat(), end=latest.isoformat())
