"""Which two values that do not agree could be two sources' tellings of one point.

Sources that disagree on a point disagree by a margin: a figure off by a share, a day off by days or
weeks, another article of the same law. Values further apart, or of other sorts, are two points. The
build asks this before it groups a dispute, the linter before it calls a point contested.
"""

from __future__ import annotations

import re
from datetime import date

from lint.context import lexicon, stem, tokens
from lint.model import FLOOR_BOUNDS, LENGTHLESS_PENALTIES, DateValue, Figure, Penalty, Statute, Value

# "1.2 million" against "1.4 million" is a dispute; "some 45,000 fishers" against "two of the fishers"
# are two points.
DISPUTE_MAX_RATIO = 3.0
# "9 June" and "9 July", "3 March" and "13 March": a slip of a digit, a month misread. Days further
# apart are days of two events ("the trial opened on 5 June", "on 22 November the judge ruled").
DISPUTE_MAX_DAYS = 62


def magnitude_gap(a: Figure, b: Figure) -> float:
    """How many times apart two figures' intervals are: 1 where they meet ("dozens" and 31),
    else the larger's low over the smaller's high ("some 45,000" and "two": 22,500)."""
    low, high = sorted(((a.low, a.high), (b.low, b.high)))
    if high[0] <= low[1] or not low[1]:
        return 1.0
    return high[0] / low[1]


def figures_far_apart(a: Value, b: Value) -> bool:
    """Two figures, or two fines' amounts, more than DISPUTE_MAX_RATIO times apart."""
    a, b = amount_of(a), amount_of(b)
    return (isinstance(a, Figure) and isinstance(b, Figure) and bool(a.high) and bool(b.high)
            and magnitude_gap(a, b) > DISPUTE_MAX_RATIO)


def amount_of(value: Value) -> Value:
    """A fine's amount as a figure in its currency ("fined $1.2 million": 1.2 million USD); any other value as it is."""
    if isinstance(value, Penalty) and value.type == "fine" and value.high:
        return Figure(value.low or 0.0, value.high, f"currency:{value.currency}")
    return value


# nouns that say only that what is counted are persons: "twelve people" may be the court's twelve defendants
# what any count of persons counts: no thing named
PERSON_WORDS = frozenset({"people", "persons", "individuals"})


def counts_of_other_things(a: Value, b: Value) -> bool:
    """'three containers' and '3.2 tonnes': figures of two things, never one disputed point. 'Twelve people'
    counts what any count of persons does ('fourteen defendants'), not '300 homes' (rules/match.toml
    person_nouns)."""
    if not (isinstance(a, Figure) and isinstance(b, Figure) and a.noun is not None and b.noun is not None):
        return False
    if part_and_whole(a, b):
        return True
    a_noun, b_noun = _counted(a.noun)[1], _counted(b.noun)[1]
    if stem(a_noun) == stem(b_noun) or tokens(a_noun) == tokens(b_noun):  # "people" is "persons"
        return False  # ("the three main defendants" and "the four principal defendants": one part, two tellings)
    nouns = {a_noun.lower(), b_noun.lower()}
    return not (nouns & PERSON_WORDS and nouns <= lexicon().person_nouns)


# How telling a count must be for a source's equal count of nothing named to be the draft's count of something named
# (judge.specificity: "1,846" is; "71", "37" recur across a story's points)
NAMED_COUNT_SPECIFICITY = 0.6


def another_things_count(draft: Value, source: Value) -> bool:
    """Is a short count the draft names what it counts of ("71 schools", "37 municipal employees") the source's
    count of something else, or of nothing it names ("71 of the 87 positive samples", "the remaining 37 in the
    eastern wards")? Then the source giving the same number says nothing of the draft's point."""
    from lint.judge import specificity

    if not (isinstance(draft, Figure) and isinstance(source, Figure) and draft.noun is not None
            and draft.unit == "count" and draft.per is None and float(draft.low).is_integer()):
        return False  # (a measure is no count: "the legal limit of 0.1 fibres" is one wherever it is told)
    if specificity(draft) >= NAMED_COUNT_SPECIFICITY:
        return False
    return source.noun is None or counts_of_other_things(draft, source)


def counts_a_part(value: Value) -> bool:
    """Does the figure count a part of what it names ("the three main defendants")?"""
    return isinstance(value, Figure) and bool(value.noun) and _counted(value.noun)[0]


def _counted(noun: str) -> tuple[bool, str]:
    """Whether a count's noun counts a part ("main defendants": normalize's noun_after puts the part's word
    first), and what it counts ("defendants")."""
    words = noun.split()
    return len(words) > 1, words[-1]


def part_and_whole(a: Value, b: Value) -> bool:
    """'the three main defendants' and 'four defendants', 'the other two inspectors' and 'five inspectors':
    a count of a part of what the other counts (its noun carries a word of rules/lexicon/units.toml
    subset_words, normalize's noun_after); two points, never one disputed count. Two parts ("main defendants",
    "principal defendants") may be one part told in other words."""
    if not (isinstance(a, Figure) and isinstance(b, Figure) and a.noun and b.noun):
        return False
    (a_part, a_noun), (b_part, b_noun) = _counted(a.noun), _counted(b.noun)
    return a_part != b_part and stem(a_noun) == stem(b_noun)


def minimum_and_maximum(a: Value, b: Value) -> bool:
    """'not less than four years' and 'up to 15 years': a law's minimum and its maximum, two points
    (one source may give only the one, another only the other), never one disputed term."""
    if not (isinstance(a, Penalty) and isinstance(b, Penalty)):
        return False
    return (a.bound in FLOOR_BOUNDS and b.bound == "up-to") or (b.bound in FLOOR_BOUNDS and a.bound == "up-to")


def term_and_bound(a: Value, b: Value) -> bool:
    """'11 years' and 'up to 15 years', 'fined 3 million' and 'a fine of up to 60 million': a term or fine a
    court gave and a law's bound or range, two points even where the term lies inside the bound."""
    if not (isinstance(a, Penalty) and isinstance(b, Penalty)):
        return False
    return (a.bound == "exact") != (b.bound == "exact") and "exact" in (a.bound, b.bound) \
        and not {a.type, b.type} & LENGTHLESS_PENALTIES


def days_far_apart(a: Value, b: Value, max_days: float = DISPUTE_MAX_DAYS) -> bool:
    """Two days more than `max_days` apart, unless the same day of two years: "14 March 2019" and
    "14 March 2018" are one day with a slip of the year (a day without its year is read in any year)."""
    if not (isinstance(a, DateValue) and isinstance(b, DateValue) and a.precision == "day" and b.precision == "day"
            and not a.anchor and not b.anchor):
        return False
    if a.month_day_only or b.month_day_only:  # round the calendar, the nearer way
        gap = abs(_day_in_year(a.start) - _day_in_year(b.start))
        return min(gap, 365.0 - gap) > min(max_days, DISPUTE_MAX_DAYS)  # (its year unknown: no answer reaches far)
    if a.start[5:] == b.start[5:]:
        return False  # the same day of another year: a slip of the year
    return abs((date.fromisoformat(a.start) - date.fromisoformat(b.start)).days) > max_days


def _day_in_year(iso: str) -> float:
    """About how many days into its year an ISO date is (a day without its year has none to count in)."""
    return (int(iso[5:7]) - 1) * 30.44 + int(iso[8:10])


# Sources disputing one person's age differ by a year or a few ("59" and "61"), not by decades.
AGE_MAX_GAP = 10.0


def ages_of_others(a: Value, b: Value) -> bool:
    """'the 34-year-old nurse' and 'patients aged between 67 and 94': one person's age against a span of
    ages wider than a decade (many people's), or ages more than AGE_MAX_GAP years apart, are the ages of
    different people; '34' and 'in her forties' may be one woman's."""
    if not (isinstance(a, Figure) and isinstance(b, Figure) and a.unit == b.unit == "age"):
        return False
    wide = [f.high - f.low > AGE_MAX_GAP for f in (a, b)]
    return wide[0] != wide[1] or min(abs(x - y) for x in (a.low, a.high) for y in (b.low, b.high)) > AGE_MAX_GAP


# "132 dead" and "141 killed", "fined 4.5 million" and "4 million", "six years" and "seven": values this near one
# another, told in a few of the same words, are likelier one point disputed than two points that happen to be close.
NEAR_MAX_RATIO = 1.35
NEAR_MAX_MONTHS = 2
# ... and clock times within this many minutes ("10:47", "10:52": one failure's time, told from two records)
NEAR_MAX_MINUTES = 30
MINUTES_A_DAY = 24 * 60


def near_tellings(a: Value, b: Value) -> bool:
    """Two values near enough to be two tellings of one point: figures (or fines' amounts) within NEAR_MAX_RATIO of
    each other, prison terms or bans of one type likewise, days within DISPUTE_MAX_DAYS of each other, months
    within NEAR_MAX_MONTHS, clock times within NEAR_MAX_MINUTES, or a day and a month next to its own. A year, a
    range or a bound is never near by this test: "2021" and "2022" are as likely two years of a series."""
    if isinstance(a, Penalty) and isinstance(b, Penalty) and a.type != "fine":
        return a.type == b.type and a.bound == b.bound == "exact" and _within_ratio(a.high, b.high)
    a, b = amount_of(a), amount_of(b)
    if isinstance(a, Figure) and isinstance(b, Figure):
        return _exact_amounts_within(a, b, NEAR_MAX_RATIO)
    if not (isinstance(a, DateValue) and isinstance(b, DateValue)) or a.anchor or b.anchor:
        return False
    if {a.precision, b.precision} == {"day", "month"} and not (a.month_day_only or b.month_day_only):
        # a day and another month near it ("14 February 2023", "March 2023"): one event's date, told to the day
        # in one source and to the month in another
        return abs(_month_number(a) - _month_number(b)) <= 1
    if a.precision != b.precision:
        return False
    if a.precision == "day" and not (a.month_day_only or b.month_day_only):
        return abs((date.fromisoformat(a.start) - date.fromisoformat(b.start)).days) <= DISPUTE_MAX_DAYS
    if a.precision == "month":
        return abs(_month_number(a) - _month_number(b)) <= NEAR_MAX_MONTHS
    if a.precision == "time":
        apart = abs(minute_of_day(a) - minute_of_day(b))
        return min(apart, MINUTES_A_DAY - apart) <= NEAR_MAX_MINUTES  # ("23:50" and "00:10" are 20 minutes apart)
    return False


def minute_of_day(d: DateValue) -> int:
    """A time of day's minutes since midnight ("10:47" is 647)."""
    hours, minutes = d.start.rsplit("T", 1)[1].split(":")[:2]
    return int(hours) * 60 + int(minutes)


def _month_number(d: DateValue) -> int:
    return int(d.start[:4]) * 12 + int(d.start[5:7])


def _within_ratio(x: float | None, y: float | None, ratio: float = NEAR_MAX_RATIO) -> bool:
    return x is not None and y is not None and x > 0 and y > 0 and max(x, y) / min(x, y) <= ratio


def _exact_amounts_within(a: Figure, b: Figure, ratio: float) -> bool:
    """Two exact figures of one unit and period within `ratio` of each other."""
    return (a.low == a.high and b.low == b.high and a.unit == b.unit and a.per == b.per
            and _within_ratio(a.high, b.high, ratio))


# How far apart two amounts may be where one source sets them side by side, another's and its own ("The Ombudsman
# counted 18,400 recorded calls. A metadata export ... lists 26,012"): the source says they are one point's tellings
SET_SIDE_BY_SIDE_MAX_RATIO = 1.5


def tellings_set_side_by_side(a: Value, b: Value) -> bool:
    """Two values near enough to be one point's tellings where a source gives them side by side: near tellings
    (near_tellings), or two exact amounts of one unit within SET_SIDE_BY_SIDE_MAX_RATIO of each other."""
    if near_tellings(a, b):
        return True
    a, b = amount_of(a), amount_of(b)
    return isinstance(a, Figure) and isinstance(b, Figure) and _exact_amounts_within(a, b, SET_SIDE_BY_SIDE_MAX_RATIO)


def a_slip_of(a: tuple[str, ...], b: tuple[str, ...], mistyped: bool = False) -> bool:
    """Could one provision's number be a slip for the other's: its digits in another order ("14", "41";
    "341(1)", "314") or at most two apart ("47", "48"; "61", "63"); with `mistyped`, of three digits or more,
    one digit mistyped instead ("188(3)", "183(3)")? Not the same number ("62", "62a": an article inserted
    after another is another article)."""
    x, y = (_number_part(n[0]) if n else "" for n in (a, b))
    if not x or not y or x == y:
        return False
    if mistyped:
        return len(x) == len(y) >= 3 and sum(p != q for p, q in zip(x, y, strict=True)) == 1
    return sorted(x) == sorted(y) or abs(int(x) - int(y)) <= 2


def _number_part(article: str) -> str:
    """The leading digits of an article's number: '341' of '341(1)', '62' of '62a'."""
    digits = re.match(r"\d+", article.strip())
    return digits.group() if digits else ""


def other_laws(a: Value, b: Value) -> bool:
    """Provisions of two laws, each named ("Section 9(3) of the Industrial Safety Act", "Section 6(2) of the Working
    Time Act"): two provisions, never two tellings of one."""
    return isinstance(a, Statute) and isinstance(b, Statute) and bool(a.law and b.law and a.law != b.law)


def two_points(a: Value, b: Value, max_days: float = DISPUTE_MAX_DAYS) -> bool:
    """Values that disagree by more than sources disagreeing on one point do (the tests above); `max_days`: how far
    apart two days may be and still be one event's."""
    return (figures_far_apart(a, b) or counts_of_other_things(a, b) or minimum_and_maximum(a, b)
            or days_far_apart(a, b, max_days) or ages_of_others(a, b))


def same_sort(a: Value, b: Value) -> bool:
    """Values that one point can take in two sources, as far as their sort says: figures in one unit, per
    period, of one thing; dates as precise as each other; articles of one law (or of a law unnamed); never a prison
    term and a time held in custody ("seven years in prison", "spent six months in custody" before the trial)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, Penalty):
        return {a.type, b.type} != {"prison", "detention"}
    if isinstance(a, Figure):
        return a.unit == b.unit and a.per == b.per
    if isinstance(a, DateValue):
        return a.precision == b.precision
    if isinstance(a, Statute):
        return a.law is None or b.law is None or a.law == b.law
    return True
