"""Normalized values compared, exactly: a claim against a topic -> verdict and evidence.

Fuzzy matching (match.py) has already chosen the topic; nothing here is fuzzy.
Tolerance comes only from approximation words ("about", "up to") on either side.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

import regex

from lint.disputes import (
    a_slip_of,
    ages_of_others,
    another_things_count,
    counts_a_part,
    figures_far_apart,
    magnitude_gap,
    other_laws,
    part_and_whole,
    term_and_bound,
)
from lint.holders import is_age
from lint.model import (
    FLOOR_BOUNDS,
    LENGTHLESS_PENALTIES,
    OPEN_BOUNDS,
    Claim,
    DateValue,
    Evidence,
    Figure,
    Penalty,
    RefClaim,
    Reference,
    Source,
    Statute,
    Topic,
    Value,
    Verdict,
)

# How far "about 2,000" reaches: a relative tolerance for counts and amounts,
# and points for percentages.
APPROX_RELATIVE = 0.10
APPROX_PERCENT_POINTS = 3.0
# ... and a share told as a fraction, further: "nearly two-thirds" for 63 per cent, "almost a quarter" for 23
FRACTION_PERCENT_POINTS = 5.0
FRACTION_RELATIVE = 0.20
# ... and no further than its own rounding allows: "about 850" was rounded to the tens, so it
# stands for what a writer rounds to 850 (up to five of its last unit away, 826 to 874), not
# for 780; "about 2,000" keeps its tenth.
ROUNDING_REACH = 2.5
_EPS = 1e-9

# Penalty types that are all some form of custodial labour; within the family the
# type word is not compared (sources translate the same sentence differently).
_CUSTODIAL = {"labour", "forced-labour", "labour-correction", "detention", "prison", "camp"}


def _family(penalty_type: str) -> str:
    if penalty_type == "life-ban":
        return "ban"
    return "custodial" if penalty_type in _CUSTODIAL else penalty_type


# --- values -------------------------------------------------------------------


def agrees(draft: Value, source: Value) -> bool:
    """Does the draft's value agree with what the source gives?"""
    if type(draft) is not type(source):
        return False
    if isinstance(draft, Statute):
        return _statute_agrees(draft, source)
    if isinstance(draft, Penalty):
        return _penalty_agrees(draft, source)
    if isinstance(draft, DateValue):
        return _date_agrees(draft, source)
    if isinstance(draft, Figure):
        return _figure_agrees(draft, source)
    return draft == source


@lru_cache(maxsize=4096)
def _article_keys(articles: tuple[str, ...]) -> frozenset[str]:
    """'5 (2)' and '5(2)' are one article (a reference build compares many pairs: remembered)."""
    return frozenset("".join(article.split()).lower() for article in articles)


def _cites(article: str, source_articles: frozenset[str]) -> bool:
    """Does a draft's article name one the source gives, itself or as the whole of a subsection the source
    gives ("Section 212" for the source's "Section 212(2)"; "212(3)" is not "212(2)", nor "21" "212")?"""
    return article in source_articles or any(a.startswith(article + "(") for a in source_articles)


def _statute_agrees(d: Statute, s: Statute) -> bool:
    if d.division != s.division:
        return False
    if not all(_cites(article, _article_keys(s.articles)) for article in _article_keys(d.articles)):
        return False
    if d.law and s.law and d.law != s.law:
        return False
    return not (d.year and s.year and d.year != s.year)


def _the_whole_article(source: Value, draft: Value, topic: Topic) -> bool:
    """Does the source cite the whole article of the draft's subsection ("Article 318" for the draft's
    "Article 318(2)"), where no source on the point names another paragraph of it? It does not say which
    paragraph, so it cannot gainsay the draft's: it bears it out as a year bears out a day of it. But where
    a source names the paragraph ("Article 318(2)" for the draft's "318(3)"), the whole article vouches for
    nothing, as a year does not where a source gives another day."""
    if not (isinstance(source, Statute) and isinstance(draft, Statute) and agrees(source, draft)):
        return False
    return not any(isinstance(rc.norm, Statute) and agrees(source, rc.norm) and not agrees(rc.norm, source)
                   and not agrees(draft, rc.norm) for rc in topic.claims)


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= _EPS * max(1.0, abs(a), abs(b))


def _penalty_agrees(d: Penalty, s: Penalty) -> bool:
    if "unspecified" not in (d.type, s.type) and _family(d.type) != _family(s.type):
        return False
    if d.type in LENGTHLESS_PENALTIES or s.type in LENGTHLESS_PENALTIES:
        return d.type == s.type
    if d.type == "fine" and d.currency and s.currency and d.currency != s.currency:
        return False
    if d.bound == s.bound and d.low == s.low and d.high == s.high:
        return True
    if d.bound == "up-to":
        # "up to five years" is consistent with "two to five years" and with "five years"
        return _close(d.high, s.high) and s.bound in ("up-to", "range", "exact")
    if d.bound == "exact" and d.low is not None:
        # a sentence given inside the range the source states
        if s.bound == "exact":
            return _close(d.low, s.low)
        if s.bound in ("up-to", "range"):
            return (s.low or 0) - _EPS <= d.low <= (s.high if s.high is not None else float("inf")) + _EPS
        if s.bound == "at-least" and s.low is not None:  # "a fine of 20 million" within "not less than 20 million"
            return d.low >= s.low - _EPS
        if s.bound == "over" and s.low is not None:
            return d.low > s.low + _EPS
        return False
    if d.bound == "range":
        # "five to 20 years" gives the maximum ("up to 20 years") and the minimum ("at least five")
        return ((s.bound == "up-to" and _close(d.high, s.high))
                or (s.bound == "at-least" and _close(d.low, s.low)))
    if d.bound in FLOOR_BOUNDS:
        return s.bound in FLOOR_BOUNDS and _close(d.low, s.low)
    return False


def _date_agrees(d: DateValue, s: DateValue) -> bool:
    if d.month_day_only or s.month_day_only:
        # "September 3" with no year: only a draft date as precise as a day can contradict it
        coarse = {"year", "decade-part", "decade", "century"}
        if d.precision in coarse or s.precision in coarse:
            return True
        # within the year, one inside the other: "November 2023" holds "Nov 9"; "3 September" is not "9 September"
        (d_from, d_to), (s_from, s_to) = (d.start[5:], d.end[5:]), (s.start[5:], s.end[5:])
        return (s_from <= d_from and d_to <= s_to) or (d_from <= s_from and s_to <= d_to)
    if d.anchor and s.anchor and d.anchor != s.anchor:
        return False
    inside = s.start <= d.start and d.end <= s.end  # "December 2011" inside "2011"
    covers = d.start <= s.start and s.end <= d.end  # "the 1990s" around "the latter half of the 1990s"
    return inside or covers


def _widen(f: Figure) -> tuple[float, float]:
    """The interval a figure allows, widened where its own words say it is approximate."""
    low, high = f.low, f.high
    if f.approx == "about":
        return low - _about_reach(low, f.unit, f.fraction), high + _about_reach(high, f.unit, f.fraction)
    if f.approx == "just-over":  # "just over ten months": from ten up to what "about ten" would reach
        return low, high + _about_reach(high, f.unit, f.fraction)
    if f.approx == "just-under":
        return low - _about_reach(low, f.unit, f.fraction), high
    return low, high


def _about_reach(number: float, unit: str, fraction: bool = False) -> float:
    """How far "about `number`" reaches in `unit`: points for a percentage, else approx_reach."""
    return _percent_points(number, fraction) if unit == "percent" else approx_reach(number)


def approx_reach(number: float) -> float:
    """How far "about `number`" reaches (counts and amounts): a tenth of it, or five of its last
    unit if that is less."""
    number = abs(number)
    return min(APPROX_RELATIVE * number, ROUNDING_REACH * _rounding_unit(number))


def _rounding_unit(number: float) -> float:
    """The unit a number is rounded to, as written: 850 -> 10, 2,000 -> 1,000, 3.3 -> 0.1."""
    if number != int(number):
        decimals = f"{number:.6f}".rstrip("0").split(".")[1]
        return 10.0 ** -len(decimals)
    whole, unit = int(number), 1.0
    while whole and whole % 10 == 0:
        whole //= 10
        unit *= 10
    return unit


def _percent_points(value: float, fraction: bool = False) -> float:
    """How far "about N percent" reaches: some points, but never more than the relative tolerance
    ("about 70 percent" takes 67 to 73; "about 10.5 percent" does not take 12); a fraction's, further
    ("two-thirds" takes 61.7 to 71.7, "a tenth" 8 to 12)."""
    if fraction:
        return min(FRACTION_PERCENT_POINTS, FRACTION_RELATIVE * abs(value))
    return min(APPROX_PERCENT_POINTS, APPROX_RELATIVE * abs(value))


def _near(a: float, b: float, d: Figure, s: Figure) -> bool:
    """Two numbers agree: exactly, or within the tolerance either side's words allow."""
    if abs(a - b) <= _EPS * max(1.0, abs(a), abs(b)):
        return True
    if d.approx is None and s.approx is None and rounded_alike(a, b):
        return True  # (at an open bound, "more than 38%", rounding says nothing of the side a value is on)
    if "about" not in (d.approx, s.approx):
        return False
    if d.unit == "percent":
        return abs(a - b) <= _percent_points(max(abs(a), abs(b)), d.fraction or s.fraction) + _EPS
    # strictly less than the reach: "about 18" and "about 20" are two round numbers, not one
    reach = max(approx_reach(a) if d.approx == "about" else 0.0, approx_reach(b) if s.approx == "about" else 0.0)
    return abs(a - b) < reach - _EPS


def _digits(x: float) -> str:
    """A number's digits as it reads, without its point or leading zeros (38.4: "384"; 20.0: "20"; 0.5: "5")."""
    return format(Decimal(repr(float(x))).normalize(), "f").replace(".", "").replace("-", "").lstrip("0")


def _decimals(x: float) -> int:
    """How many decimals a number's value has (38.4: 1; 38.0: 0): its value's, so a source's "38.0" reads as 38."""
    return max(0, -Decimal(repr(float(x))).normalize().as_tuple().exponent)


def rounded_alike(a: float, b: float) -> bool:
    """Is one exact number the other given with fewer decimals ("38 per cent" for 38.4 per cent, "12.5" for 12.46,
    "0.29" for 0.285)? Rounding is not tolerance: the shorter number says no more than its last decimal. Not a number
    of one digit: "two children" are not 1.7 of anything."""
    if float(a).is_integer() and float(b).is_integer():
        # (two whole numbers have no decimals to round, most pairs a judge compares; but millions are told to a
        # few digits, "21.6 million" for 21.61 million, which a source's "21,610,000" tells in full)
        return min(abs(a), abs(b)) >= ROUNDED_MILLIONS and _rounded_to_fewer_digits(a, b)
    decimals_a, decimals_b = _decimals(a), _decimals(b)
    if decimals_a == decimals_b:
        return False
    shorter, longer, places = (a, b, decimals_a) if decimals_a < decimals_b else (b, a, decimals_b)
    if len(_digits(shorter)) < 2:
        return False
    rounded = Decimal(repr(float(longer))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return rounded == Decimal(repr(float(shorter)))


# From what size a whole number may be another told to fewer significant digits ("21.6 million", "21.61 million"):
# a count under it is told as counted ("130 people" is no rounding of 127)
ROUNDED_MILLIONS = 1_000_000


def _rounded_to_fewer_digits(a: float, b: float) -> bool:
    """Is one number the other rounded to its fewer significant digits, two at least, the shorter told with decimals
    of its millions or billions ("21.6 million" for 21.61 million or 21,610,000; not "12 million" for 12.4 million,
    a whole number of millions another source disputes)?"""
    digits_a, digits_b = _digits(a).rstrip("0"), _digits(b).rstrip("0")
    if len(digits_a) == len(digits_b):
        return False
    shorter, longer = (a, b) if len(digits_a) < len(digits_b) else (b, a)
    if float(abs(shorter) / (1e9 if abs(shorter) >= 1e9 else 1e6)).is_integer():
        return False  # "12 million" against 12.4 million, "110 million" against 105 million: told whole, a dispute
    return _rounds_to(longer, shorter)


def _rounds_to(exact: float, rounded: float) -> bool:
    """Is `rounded` `exact` told to its fewer significant digits, two at least (11,400 for 11,420)?"""
    places = len(_digits(rounded).rstrip("0"))
    if places < 2 or len(_digits(exact).rstrip("0")) <= places:
        return False
    told = Decimal(repr(float(exact))).quantize(Decimal(1).scaleb(-places + 1 + _magnitude(exact)),
                                                rounding=ROUND_HALF_UP)
    return told == Decimal(repr(float(rounded)))


def _magnitude(x: float) -> int:
    """The power of ten of a number's first digit (21,610,000: 7)."""
    return Decimal(repr(float(abs(x)))).adjusted()


# The units lint.normalize gives a duration in: "up to" one of them is a law's cap ("up to ten years").
_DURATION_UNITS = frozenset({"months", "days", "hours"})


def _figure_agrees(d: Figure, s: Figure) -> bool:
    if d.unit != s.unit:
        # "30 million dalens ($187,500)" states $187,500 too: its other half answers a source in dollars
        if d.conversion is not None and d.conversion.unit == s.unit and not s.conversion:
            return _figure_agrees(d.conversion, s)
        if s.conversion is not None and s.conversion.unit == d.unit and not d.conversion:
            return _figure_agrees(d, s.conversion)
        return False
    if d.per and s.per and d.per != s.per:
        return False
    if not _figure_numbers_agree(d, s):
        return False
    if d.conversion and s.conversion:
        return _figure_agrees(d.conversion, s.conversion)
    return True


def _figure_numbers_agree(d: Figure, s: Figure) -> bool:
    if d.approx in _ONE_SIDED or s.approx in _ONE_SIDED:
        # "just over ten months": from ten to short of what "about ten" reaches, on one side only; it
        # agrees with what that span meets ("ten", "10.5", "up to ten"), not "less than ten" or "eleven"
        return _spans_meet(_span(d), _span(s))
    if d.approx == "up-to" or s.approx == "up-to":
        # "as many as 200,000" agrees with "150,000 to 200,000": the upper ends meet
        if d.approx == "up-to" and s.approx == "up-to":
            return _near(d.high, s.high, d, s)
        upper = d if d.approx == "up-to" else s
        other = s if upper is d else d
        if _near(upper.high, other.high, d, s):
            return True
        # a source's "as many as 16,000" holds the draft's 1,840; the draft's "as much as 52,000 cubic metres"
        # says 52,000 was reached, which a source's 25,000 does not bear out (but "up to ten years", "fines of up to
        # 5 million": a law's cap, which the terms and fines given under it are no answer to; a sum "up to" is more
        # often a cap than a measure, so any amount of money is left to agree)
        return other.low == other.high and other.high <= upper.high and (
            upper is s or other.approx in ("at-least", "more-than") or upper.unit in _DURATION_UNITS
            or upper.unit.startswith("currency:"))
    if (d.approx in ("at-least", "more-than") and s.approx in ("at-least", "more-than") and d.low < s.low
            and d.unit not in _DURATION_UNITS and not _rounded_down(d.low, s.low)):
        # a floor below the source's is no telling of it: "damage above 50,000" is not the law's "above 500,000", though
        # it holds of all that holds of (as a cap is not another cap: "up to" above); but a floor may be the source's
        # rounded down ("more than 180,000" for more than 186,000), and a length told in coarser units ("well over a
        # year" for more than 19 months)
        return _near(d.low, s.low, d, s)
    if d.approx in ("at-least", "more-than") or s.approx in ("at-least", "more-than"):
        lower = d if d.approx in ("at-least", "more-than") else s
        other = s if lower is d else d
        # (a vague span meets the bound where it reaches past it: "thousands" and "more than 9,000")
        return _near(lower.low, other.low, d, s) or (other.low == other.high and other.low >= lower.low) or (
            other.approx == "about" and other.low != other.high and other.high > lower.low)
    if d.approx == "less-than" and s.approx == "less-than":
        return _near(d.high, s.high, d, s)
    if d.approx == "less-than" or s.approx == "less-than":
        # "less than a quarter" agrees with 23 percent, as "as many as" does with what is below it
        upper = d if d.approx == "less-than" else s
        other = s if upper is d else d
        return _near(d.high, s.high, d, s) or (other.low == other.high and other.high < upper.high)
    if _near(d.low, s.low, d, s) and _near(d.high, s.high, d, s):
        return True
    # a single value inside the interval the other side gives
    if d.low == d.high:
        return _within(d.low, s)
    if s.low == s.high and "about" in (d.approx, s.approx):
        return _within(s.low, d)
    return False


_ONE_SIDED = ("just-over", "just-under")


def _rounded_down(rounded: float, value: float) -> bool:
    """Is `rounded` the value rounded down to the last digit `rounded` gives (180,000 for 186,000; not 50,000 for
    500,000, nor 5,000 for 7,000)?"""
    if rounded <= 0 or rounded != int(rounded):
        return False
    step = 1
    while int(rounded) % (step * 10) == 0:
        step *= 10
    return int(value // step) * step == rounded


def _span(f: Figure) -> tuple[float, bool, float, bool]:
    """What a figure allows as (low, low included, high, high included): _widen's reach, with the figure
    itself included only on the side a one-sided word keeps ("just over ten" includes ten)."""
    if f.approx in ("about", *_ONE_SIDED):
        low, high = _widen(f)
        return low, f.approx == "just-over", high, f.approx == "just-under"
    return {
        "up-to": (0.0, True, f.high, True),
        "less-than": (0.0, True, f.high, False),
        "at-least": (f.low, True, math.inf, False),
        "more-than": (f.low, False, math.inf, False),
    }.get(f.approx or "", (f.low, True, f.high, True))


def _spans_meet(a: tuple[float, bool, float, bool], b: tuple[float, bool, float, bool]) -> bool:
    """Do two spans share a value (an end shared counts only where both include it)?"""
    (a_low, a_low_in, a_high, a_high_in), (b_low, b_low_in, b_high, b_high_in) = a, b
    if a_low != b_low:
        low, low_in = (a_low, a_low_in) if a_low > b_low else (b_low, b_low_in)
    else:
        low, low_in = a_low, a_low_in and b_low_in
    if a_high != b_high:
        high, high_in = (a_high, a_high_in) if a_high < b_high else (b_high, b_high_in)
    else:
        high, high_in = a_high, a_high_in and b_high_in
    return low < high - _EPS or (abs(low - high) <= _EPS and low_in and high_in)


def _within(value: float, f: Figure) -> bool:
    """Is `value` inside what `f` allows? "about 20" takes more than 18 and less than 22 (a tenth off
    is another round number); "about 70 percent" takes 67 to 73; an exact interval takes its ends."""
    low, high = _widen(f)
    if f.approx == "about" and f.unit != "percent":
        return low + _EPS < value < high - _EPS
    return low - _EPS <= value <= high + _EPS


def specificity(value: Value) -> float:
    """0..1: how unlikely two unrelated points share this value by chance. "27 June 2011" or
    "6,350" rarely recur; "2011" or "three" often do. Agreement on a specific value is evidence of
    the topic (match.py weighs it); agreement on a common one is weak."""
    if isinstance(value, DateValue):
        if value.precision == "time":  # "22:47" rarely recurs; "10:00" often does
            return 0.5 if value.start.endswith(":00") else 0.8
        return {"day": 1.0, "month": 0.6, "year": 0.3}.get(value.precision, 0.5 if value.month_day_only else 0.2)
    if isinstance(value, Figure):
        return min(1.0, _digits_specificity(value.low) + money_specificity(value)
                   + (0.3 if value.conversion is not None else 0.0))
    if isinstance(value, Statute):
        return 0.8 if value.law else 0.6
    if isinstance(value, Penalty) and value.type == "fine" and value.high:
        return min(1.0, _digits_specificity(value.high) + money_specificity(value))  # as an amount of money does
    return 0.3


# What naming its currency adds to an amount's specificity: "4.5 million velars" recurs less than "4.5 million"
MONEY_SPECIFICITY = 0.2


def money_specificity(value: Value) -> float:
    """What the value's currency adds to its specificity (MONEY_SPECIFICITY; 0 for a value in no currency). It
    tells a topic, not that a round "$5 million" some source gives elsewhere is that point's (match.gives_elsewhere)."""
    if isinstance(value, Figure):
        return MONEY_SPECIFICITY if value.unit.startswith("currency:") else 0.0
    return MONEY_SPECIFICITY if isinstance(value, Penalty) and value.type == "fine" and value.high else 0.0


def _digits_specificity(number: float) -> float:
    """0.2 for each significant digit: "6,350" (0.6) rarely recurs, "12" (0.4) and "5 million" (0.2) often do."""
    return min(1.0, 0.2 * len(re.sub(r"[^1-9]", "", f"{number:.6g}".split("e")[0].rstrip("0").replace(".", ""))))


# A draft figure off from every source's figure on its topic by more than a decimal slip (10x, and a
# little) is taken to be about another point than the topic, not a wrong value of this one.
MAX_SLIP = 12.0


# ... and a draft date this many years from every date on its topic is about another event.
MAX_DATE_GAP_YEARS = 20


_ANCHOR_SORT = {"since": "start", "after": "start", "until": "end", "before": "end"}


def about_another_point(draft: Value, topic: Topic) -> bool:
    """Is `draft` so far from every value on the topic that it must be about something else? A figure
    orders of magnitude away in its unit ("about two" matched to 3,400 square kilometres, "$2.3 billion"
    to "2,000,000 kora ($87)"), a date decades away ("the end of the 1970s" matched to 2023)."""
    if counts_a_part(draft) and topic.claims and all(part_and_whole(draft, c.norm) for c in topic.claims):
        # "the three main defendants" matched to the four defendants convicted: the whole, not the part (a
        # draft's count of the whole may be its loose telling of a source's part: it is judged)
        return True
    if isinstance(draft, Figure) and draft.high:
        # (not a fine: "fined $25 million" for the court's $250,000 is a slip of this fine, not another's)
        others = [f for c in topic.claims if isinstance(c.norm, Figure)
                  for f in (c.norm, c.norm.conversion) if f is not None and f.unit == draft.unit and f.high]
        return (bool(others) and all(magnitude_gap(draft, f) > MAX_SLIP for f in others)
                and not any(_unit_slip(draft, f) for f in others))
    if isinstance(draft, DateValue) and not draft.month_day_only:
        dates = [c.norm for c in topic.claims if isinstance(c.norm, DateValue) and not c.norm.month_day_only]
        if dates and all(_years_apart(draft, d) > MAX_DATE_GAP_YEARS for d in dates):
            return True
        # "at the end of 2023" against a deadline "by 2026": a date of another sort, where none agrees
        return (bool(dates) and _ANCHOR_SORT.get(draft.anchor) != "end"
                and all(_ANCHOR_SORT.get(d.anchor) == "end" and not _date_agrees(draft, d) for d in dates))
    return False


def range_against_terms(draft: Value, topic: Topic) -> bool:
    """Is the draft's penalty a range or a cap ("faces three to ten years", "fines of up to 10 million": what
    a law lays down) where the topic's penalties are all single terms or fines (what a court gave: "received
    five years each", "fined 5 million")?"""
    if not (isinstance(draft, Penalty) and draft.bound in ("range", "up-to")):
        return False
    terms = [c.norm for c in topic.claims if isinstance(c.norm, Penalty)]
    return bool(terms) and all(term_and_bound(draft, t) for t in terms) and not terms_at_the_ends(draft, topic)


def given_term(claim: Claim, pack=None, in_clause: bool = False) -> bool:
    """Is the claim an exact prison term its sentence, up to the claim, says a court gave (the rules'
    court_sentence_words: "was sentenced to nine years", "the judge imposed nine years")? `in_clause`: the
    court's word stands in the term's clause, within _GIVEN_WINDOW characters before it. `pack`: the run's
    rule pack (the bundled one when None, as the build reads it)."""
    value = claim.value
    if not (isinstance(value, Penalty) and value.bound == "exact"):
        return False
    if value.type == "fine" and claim.text[:5].lower() == "fined":
        return True  # "was fined 4.5 million velars": the verb is the claim's own
    if pack is None:
        from lint.patterns import load_pack

        pack = load_pack()
    at = max(claim.start - claim.sentence_start, 0)
    before = claim.sentence[max(0, at - _GIVEN_WINDOW) if in_clause else 0 : at]
    if in_clause:
        before = before[max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1 :]
    return pack.word_pattern("court_sentence_words").search(before) is not None


# how far before a term its court's word may stand ("was sentenced by the district court to nine years")
_GIVEN_WINDOW = 60


def given_term_against_a_law(claim: Claim, topic: Topic, pack) -> bool:
    """Is the claim a term or fine a court gave, said in its clause (given_term), where the topic is only a
    law's maximum ("carries up to 15 years", "a fine of up to 100 million"), which vouches for any shorter
    term or smaller fine without saying it was given?"""
    if not isinstance(claim.value, Penalty) or claim.value.type in LENGTHLESS_PENALTIES:
        return False
    terms = [c.norm for c in topic.claims if isinstance(c.norm, Penalty)]
    if not terms or any(t.bound != "up-to" or (t.type == "fine") != (claim.value.type == "fine") for t in terms):
        return False
    return given_term(claim, pack, in_clause=True)


def terms_at_the_ends(draft: Value, topic: Topic) -> list[RefClaim]:
    """The topic's single terms that are the two ends of the draft's range: "terms ranging from 18 months
    to four years" where a court gave some 18 months and others four years sums up the terms given."""
    if not (isinstance(draft, Penalty) and draft.bound == "range" and draft.type != "fine"
            and draft.low is not None and draft.high is not None):
        return []
    ends = [rc for rc in topic.claims if isinstance(rc.norm, Penalty) and rc.norm.bound == "exact"
            and rc.norm.type != "fine" and rc.norm.low in (draft.low, draft.high)]
    return ends if {rc.norm.low for rc in ends} == {draft.low, draft.high} else []


def period_against_points(draft: Value, topic: Topic) -> bool:
    """Is the draft's date a period of whole years ("between 2019 and 2022") where the topic's dates
    are all points in time (a day, a month, one year)?"""
    if not (isinstance(draft, DateValue) and draft.precision == "year" and draft.anchor is None
            and draft.start[:4] != draft.end[:4]):
        return False
    dates = [c.norm for c in topic.claims if isinstance(c.norm, DateValue) and not c.norm.month_day_only]
    return bool(dates) and all(d.start[:4] == d.end[:4] for d in dates)


_NOT_MEASURES = frozenset({"count", "months", "days", "hours", "weeks", "years", "percent", "age", "vote", "multiple",
                           "ratio", "times"})


def _unit_slip(draft: Figure, source: Figure) -> bool:
    """The source's number written with a unit word a thousand times off ("4,250 tonnes" for 4,250
    kilograms, "300 metres" for 300 km): a wrong unit on this point, not a figure of another. Counts
    and money are left out: "2 million" against "about 2,000" changes the number itself."""
    if draft.low != draft.high or source.low != source.high or not source.low:
        return False
    if draft.unit in _NOT_MEASURES or ":" in draft.unit:  # counts, money, ranks, durations, shares
        return False
    ratio = draft.low / source.low
    return any(abs(ratio - factor) <= 1e-9 * factor for factor in (1000.0, 0.001))


def _years_apart(a: DateValue, b: DateValue) -> int:
    """Years between two date intervals (0 when they overlap)."""
    return max(0, int(a.start[:4]) - int(b.end[:4]), int(b.start[:4]) - int(a.end[:4]))


def agreement_weight(draft: Value, source: Value) -> float:
    """How much it tells that `draft` agrees with `source`: 0 when they do not agree, or agree only
    because one cannot contradict the other (a year against "September 3", which names no year);
    else the draft value's specificity."""
    if not agrees(draft, source):
        return 0.0
    vacuous = (isinstance(draft, DateValue) and isinstance(source, DateValue)
               and (draft.month_day_only or source.month_day_only)
               and not draft.precision == source.precision == "day")
    if vacuous or only_under_bound(draft, source) or term_and_bound(draft, source):
        return 0.0  # (a law's cap holds any term or fine a court gave under it, without saying it)
    if isinstance(draft, DateValue) and isinstance(source, DateValue):
        # "2021" holding "12 May 2021" tells no more than a year does
        return min(specificity(draft), specificity(source))
    return specificity(draft)


def far_beyond_a_bound(a: Value, b: Value) -> bool:
    """Do the two figures agree only as an open bound and a value orders of magnitude beyond it ("above
    100,000 vesk" and 212.6 million vesk)? Nothing says they are one point."""
    return (isinstance(a, Figure) and isinstance(b, Figure) and only_under_bound(a, b)
            and magnitude_gap(a, b) > MAX_SLIP)


def only_under_bound(draft: Value, source: Value) -> bool:
    """1,840 kilograms "agrees" with "over 1.6 tonnes", and 1,840 with "as many as 16,000", only because
    an open bound cannot contradict what lies beyond it: no sign that the two speak of one point.
    A value as close to the bound as "about" the bound would reach ("more than 300" and 318, "less
    than a quarter" and 23 percent) is one."""
    if not (isinstance(draft, Figure) and isinstance(source, Figure) and draft.unit == source.unit):
        return False
    bound = draft if draft.approx in OPEN_BOUNDS else source if source.approx in OPEN_BOUNDS else None
    if bound is None:
        return False
    other = source if bound is draft else draft
    edge = bound.high if bound.approx in ("up-to", "less-than") else bound.low
    reach = _about_reach(edge, bound.unit, bound.fraction)
    return not any(abs(value - edge) <= reach + _EPS for value in (other.low, other.high))


def conversion_weight(draft: Value, source: Value) -> float:
    """How much it tells that two amounts give the same conversion though not the same amount:
    "100,000 won ($3.30)" against "10,000 won ($3.30)" is the source's figure with a slip in one half
    (half the conversion's specificity), not another point; 0 when the conversions differ."""
    if not (isinstance(draft, Figure) and isinstance(source, Figure) and draft.conversion and source.conversion):
        return 0.0
    if draft.unit != source.unit or not _figure_agrees(draft.conversion, source.conversion):
        return 0.0
    return 0.5 * specificity(draft.conversion)


def topic_is_contested(topic: Topic) -> bool:
    """Different values from different sources."""
    claims = topic.claims
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if a.source != b.source and not (agrees(a.norm, b.norm) or agrees(b.norm, a.norm)):
                return True
    return False


# --- verdicts -----------------------------------------------------------------


@dataclass(frozen=True)
class Judgement:
    """The verdict on a claim against the topic it matched, with every source's evidence."""

    verdict: Verdict
    topic: Topic
    evidence: tuple[Evidence, ...]
    message: str
    suggestion: str | None = None


def _evidence(ref: Reference, rc: RefClaim, agree: bool) -> Evidence:
    src = ref.source(rc.source) or Source(id=rc.source)
    return Evidence(
        value=rc.value,
        source=rc.source,
        location=f"line {rc.location}" if rc.location else "",
        publisher=src.publisher,
        date=src.date,
        hedged=rc.hedged,
        agrees=agree,
    )


def describe_source(ev: Evidence) -> str:
    """'Daily NK, 2022' or 'Wikipedia'."""
    name = ev.publisher or ev.source
    return f"{name}, {ev.date[:4]}" if ev.date else name


def _says(ev: Evidence) -> str:
    where = f" ({ev.location})" if ev.location else ""
    return f"{describe_source(ev)} gives {ev.value}{where}"


def _difference(draft: Value, ref_values: list[Value]) -> str:
    """'10x the sources' figure' for a figure far off; empty when it would not help."""
    if not isinstance(draft, Figure):
        return ""
    others = [v for v in ref_values if isinstance(v, Figure) and v.unit == draft.unit and v.high > 0]
    if not others:
        return ""
    theirs = others[0].high
    mine = draft.high
    if draft.unit == "percent":
        return f"{abs(mine - theirs):g} points off the sources' figure"
    ratio = mine / theirs if theirs else 0
    if ratio >= 2:
        return f"{ratio:.3g}x the sources' figure"
    if 0 < ratio <= 0.5:
        return f"1/{1 / ratio:.3g} of the sources' figure"
    return ""


def attribution_matches(body: str, sources: list[Source], by_title: bool = True) -> bool:
    """Does the body the draft names stand for one of these sources? `by_title`: a source's title may name
    it too ("ministry" for the minister's written answer); not when asking which source a body is, whose
    title may speak of another ("Statement: 'The court has spoken'" is a union's)."""
    from rapidfuzz import fuzz, utils

    if _A_JUDGE_BY_NAME.fullmatch(body.strip()):
        body = "court"  # "Judge Marrow noted that ...": the court, by its judge, whatever name its papers give
    wanted = utils.default_process(body)
    if body.islower() and " " not in body.strip():
        # a body named by its kind ("the court", "the ministry"): a source of that kind, by a whole word
        # of any of its names or its title ("ministry" for the minister's written answer)
        from lint.context import lexicon

        lex = lexicon()
        kinds = (lex.body_kind_words or {}).get(wanted, frozenset({wanted}))
        not_of_kind = (lex.body_kind_exclusions or {}).get(wanted, ())
        for s in sources:
            # what the body is called, not what its document is about ("Reply to a news agency report")
            called = [f" {utils.default_process(name)} " for name in (s.publisher, s.author, *s.aliases)
                      if name and name != s.title]
            if any(f" {phrase} " in name for name in called for phrase in not_of_kind):
                continue  # "Kestova Press Agency" is no agency a writer calls "the agency"
            names = [*called, utils.default_process(s.title)] if s.title and by_title else called
            if any(w in kinds for name in names for w in name.split()):
                return True
        return False
    long_name = len(wanted.split()) >= 3  # "Port Halvana" is in a title's words without naming the work
    for s in sources:
        for name in (s.publisher, s.title if long_name else "", s.author, *s.aliases):
            if not name or (name == s.title and not by_title):
                continue
            # token-based: a short body ("UN") must share whole words, not a substring of "united"
            if fuzz.token_set_ratio(wanted, utils.default_process(name)) >= 90 or _abbreviates(body, name):
                return True
    return False


# a judge named by title ("Judge Marrow", "Presiding Judge Ilvana Brescu"; not "Justice Ministry")
# (not a body named for a Judge: "the Judge Business School", "Judge Baker Children's Center")
_A_JUDGE_BY_NAME = regex.compile(r"(?:(?:Presiding|Chief|Senior|Trial|Investigating|Examining|Lead)\s+)?"
                                 r"(?:[Jj]udge|Magistrate)\s+(?!.*\b(?:School|College|Business|Cent(?:er|re)|Institute|"
                                 r"Foundation|Group|Society|Trust|Fund|Memorial|Hall|Street|Road|Avenue|Park)s?\b)"
                                 r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}")
_ACRONYM_WORD = re.compile(r"^[A-Z]{3,7}$")
_NAME_WORD = re.compile(r"[A-Za-z][\w’'&]*")
_NAME_FILLERS = frozenset({"of", "and", "for", "the", "on", "in", "to", "de"})


def _abbreviates(body: str, name: str) -> bool:
    """Is one of the two an acronym of the other? "FAO" for "UN Food and Agriculture Organization",
    "COI" or "UNCOI" for "UN Commission of Inquiry", "USDA" for "U.S. Department of Agriculture": the
    initials of the name's words (an acronym such as "UN" counts whole; small words may count or
    not), or of all but a leading acronym ("UN", "US", "EU")."""
    for short, long in ((body, name), (name, body)):
        letters = _POSSESSIVE_END.sub("", short.strip().removeprefix("the ").strip()).replace(".", "")
        if not _ACRONYM_WORD.match(letters):
            continue
        words = _NAME_WORD.findall(long.replace(".", "").replace("-", " "))
        if sum(w.lower() not in _NAME_FILLERS for w in words) < 2:
            continue
        heads = [w if w.isupper() else w[0].upper() for w in words]
        starts = (0, 1) if words[0].isupper() else (0,)
        for i in starts:
            kept = [(h, w.lower() in _NAME_FILLERS) for h, w in zip(heads[i:], words[i:], strict=True)]
            if letters in ("".join(h for h, _ in kept), "".join(h for h, small in kept if not small)):
                return True
    return False


_ACRONYM = re.compile(r"^[A-Z]{2,7}s?$")  # UN, UNHCR, HRW
_POSSESSIVE_END = re.compile(r"['’]s?$")  # "the Service's", "the Courts'"


def is_named_body(body: str, sources: tuple[Source, ...] = ()) -> bool:
    """An organisation or publication ("Human Rights Watch", "the UN", a source's alias), not a
    person quoted by a source ("Mr. Park") or a place ("a South Hamgyong Province-based source")."""
    from lint.context import lexicon

    words = body.replace("-", " ").split()
    if not words or words[-1].lower() == "based":
        return False
    if sources and attribution_matches(body, list(sources)):
        return True
    if sources and body.islower() and " " not in body.strip():
        # a body named by its kind ("the foundation") that no source is of: which body is meant is unknown
        return False
    org_words = lexicon().organization_words
    return any(_POSSESSIVE_END.sub("", w.lower().strip(".,;:")) in org_words or _ACRONYM.match(w) for w in words)


_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_CREDITED: dict[int, tuple] = {}  # id(reference) -> (it, the bodies its claims credit)


def _of_the_reference(ref: Reference, memo: dict[int, tuple], make):
    """What `make()` finds in `ref`, found once for the reference in use (a run lints against one)."""
    found = memo.get(id(ref))
    if found is None or found[0] is not ref:
        memo.clear()
        found = memo[id(ref)] = (ref, make())
    return found[1]


def _credited_by_a_source(body: str, ref: Reference, givers: set[str]) -> bool:
    """Is the body a party to the case (credited_parties in rules/match.toml: "prosecutors") that the sources
    credit values to? Then the reader knows whom it names, and a value credited to it that no source credits
    to it is misattributed; unless a court's record gives it (`givers`: the ids of the sources that do), whose
    figures are the prosecution's case as often as not ("Prosecutors said the defendants embezzled 2.3 million")."""
    from lint.context import lexicon

    party = _LEADING_THE.sub("", body.strip()).lower()
    if party not in lexicon().credited_parties:
        return False
    if attribution_matches("court", [s for s in ref.sources if s.id in givers]):
        return False
    credited = _of_the_reference(ref, _CREDITED, lambda: frozenset(
        _LEADING_THE.sub("", rc.credited.strip()).lower() for t in ref.topics for rc in t.claims if rc.credited))
    # (or a court's record is among the sources: what the prosecution put to the court is in it)
    return party in credited or attribution_matches("court", list(ref.sources))


# Date precisions, finest first: what a source's date can vouch for.
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "decade-part": 3, "decade": 4, "century": 5}


def _vouching(draft: Value, agreeing: list[RefClaim], topic: Topic) -> list[RefClaim]:
    """The agreeing claims that vouch for the draft's date, term, figure or law's year. "June 17, 2011" lies inside
    another source's "2011", but where a source as precise as the draft gives another day ("27 June 2011"), the coarser
    date does not vouch for the day: the most precise source decides; so for a law's year, where a citation gives
    another. An open bound orders of magnitude short of the draft's figure ("more than four tonnes" for "4,250 tonnes")
    vouches for nothing: it only cannot contradict it; nor does a span told in words where the sources count the point
    exactly (_held_only_by_a_vague_span)."""
    if isinstance(draft, Figure):
        # nor does a source's open bound for an exact figure well beyond it ("more than 12,000" for the
        # draft's 14,500): the source gives 12,000 and some; a draft's own bound ("more than 300" for 412)
        # is still true of what lies beyond it
        kept = [rc for rc in agreeing if not (far_beyond_a_bound(draft, rc.norm) or (
            isinstance(rc.norm, Figure) and only_under_bound(draft, rc.norm)
            and draft.approx is None and draft.low == draft.high))]
        return [] if _held_only_by_a_vague_span(kept, topic) else kept
    if isinstance(draft, Statute) and draft.year:
        # "Article 34 of the Road Vehicles Safety Act 2010", where a source cites the article of the 2012 act: a
        # citation that leaves the year out does not vouch for the draft's year; the one that gives a year decides
        other_year = any(isinstance(rc.norm, Statute) and rc.norm.year and rc.norm.year != draft.year
                         and _statute_agrees(draft, replace(rc.norm, year=None)) for rc in topic.claims)
        return [rc for rc in agreeing if rc.norm.year] if other_year else agreeing
    if isinstance(draft, Penalty) and draft.bound == "exact":
        # a law's bound holds any term or fine a court gave under it ("up to 5 million" and "fined 3.5
        # million"), but where a source gives the one the court gave (3 million), that one decides
        agreeing_ids = {id(rc) for rc in agreeing}
        if any(isinstance(rc.norm, Penalty) and rc.norm.bound == "exact" and id(rc) not in agreeing_ids
               for rc in topic.claims):
            return [rc for rc in agreeing if not (isinstance(rc.norm, Penalty) and rc.norm.bound != "exact")]
        return agreeing
    if not isinstance(draft, DateValue) or draft.month_day_only or draft.anchor:
        return agreeing
    rank = _PRECISION_RANK.get(draft.precision)
    if rank is None:
        return agreeing

    def as_precise(rc: RefClaim) -> bool:
        norm = rc.norm
        return (isinstance(norm, DateValue) and not norm.month_day_only and not norm.anchor
                and _PRECISION_RANK.get(norm.precision, 9) <= rank)

    agreeing_ids = {id(rc) for rc in agreeing}
    contradicted = any(as_precise(rc) and id(rc) not in agreeing_ids
                       and not _another_end_of_a_period(rc.norm, draft, agreeing) for rc in topic.claims)
    return [rc for rc in agreeing if as_precise(rc)] if contradicted else agreeing


def _another_end_of_a_period(precise: DateValue, draft: DateValue, agreeing: list[RefClaim]) -> bool:
    """Is the precise date in another year than the draft's, where an agreeing source gives a period of years
    that holds both ("between 2017 and 2022")? A period's "October 2022" end says nothing of its start, the
    draft's "January 2017"; but the same day of another year ("3 March 2018" for "3 March 2019") is a slip."""
    if precise.start[:4] == draft.start[:4] or precise.start[4:] == draft.start[4:]:
        return False
    return any(isinstance(rc.norm, DateValue) and rc.norm.precision == "year" and not rc.norm.anchor
               and rc.norm.start[:4] != rc.norm.end[:4]
               and rc.norm.start <= min(precise.start, draft.start) and max(precise.end, draft.end) <= rc.norm.end
               for rc in agreeing)


def same_value(a: Value, b: Value) -> bool:
    """Do the two give one value, as far as each tells it: each agrees with the other ("2,340" and "about
    2,340"), a penalty with the same bound (not "up to eight years" and "eight years"), a date as precise (not
    "2023" and "1 October 2023")?"""
    if isinstance(a, Penalty) and isinstance(b, Penalty) and a.bound != b.bound:
        return False
    if isinstance(a, DateValue) and isinstance(b, DateValue) and (a.start, a.end) != (b.start, b.end):
        return False
    return agrees(a, b) and agrees(b, a)


def _under_the_drafts_cap(source: Value, draft: Value) -> bool:
    """Is the source's figure one that only lies under the draft's cap ("12 hours" under "up to 16 hours")?
    It agrees with the cap without stating it."""
    return (isinstance(source, Figure) and isinstance(draft, Figure) and draft.approx == "up-to"
            and source.high is not None and draft.high is not None and source.high < draft.high)


def _finer_than_all(draft: Value, agreeing: list[RefClaim]) -> bool:
    """Is the draft's date more precise than every source's that holds it? "detained on 2 April 2019"
    against a source that only reportedly says 2019: the draft states what no source alleges."""
    if not isinstance(draft, DateValue) or draft.month_day_only:
        return False
    rank = _PRECISION_RANK.get(draft.precision, 9)
    return all(isinstance(rc.norm, DateValue) and _PRECISION_RANK.get(rc.norm.precision, 9) > rank for rc in agreeing)


def _inside_an_agreeing_period(value: Value, draft: Value, agreeing: list[RefClaim]) -> bool:
    """Is the date inside a period of several years that an agreeing source gives, with the draft's
    year at one of its ends? (A year inside a wide period, "2016" in "between 2015 and 2020", does
    not settle another source's "2018".)"""
    if not (isinstance(value, DateValue) and isinstance(draft, DateValue) and draft.precision == "year"):
        return False
    return any(isinstance(rc.norm, DateValue) and rc.norm.start[:4] != rc.norm.end[:4] and agrees(value, rc.norm)
               and draft.start[:4] in (rc.norm.start[:4], rc.norm.end[:4]) for rc in agreeing)


# Sources that disagree on when something happened disagree by a year or two ("1992" against "1994",
# "19 October" against "9 November 2021"); a source's date further from the draft's is of another event
# the topic took in ("2021" against "2025").
DISPUTED_DATE_GAP_YEARS = 2.0


# How wide a span told in words is ("thousands" is 1,000 to 9,999, "dozens" 24 to 99): its top over its bottom
VAGUE_SPAN_RATIO = 4.0


def _held_only_by_a_vague_span(agreeing: list[RefClaim], topic: Topic) -> bool:
    """Does only a span told in words ("thousands of bottles") hold the draft's figure, where the sources count it
    exactly, each count inside that span ("2,316 filled bottles")? The span says the count is in the thousands, as the
    draft's 2,613 is, and the count says which: the draft's is no one's."""
    if not agreeing or not all(isinstance(rc.norm, Figure) and rc.norm.approx == "about"
                               and rc.norm.high >= VAGUE_SPAN_RATIO * rc.norm.low > 0 for rc in agreeing):
        return False
    counts = [rc.norm for rc in topic.claims if isinstance(rc.norm, Figure) and rc.norm.low == rc.norm.high
              and not rc.norm.approx and not rc.hedged]
    return bool(counts) and all(_within(count.low, rc.norm) for count in counts for rc in agreeing)


def _inside_an_agreeing_approximation(value: Value, draft: Value, agreeing: list[RefClaim]) -> bool:
    """Is the figure what an agreeing source giving the draft's very number "about" rounds ("roughly 11,400" for an
    inspectorate's 11,420, where the draft says 11,400)? Then the two sources agree, and the draft's value is theirs
    rounded (not "around 36,000" for another's 38,400, nor "thousands" for 4,100 against the draft's 3,870)."""
    return isinstance(value, Figure) and isinstance(draft, Figure) and value.low == value.high and any(
        isinstance(rc.norm, Figure) and rc.norm.approx == "about" and rc.norm.low == rc.norm.high
        and (rc.norm.low, rc.norm.high) == (draft.low, draft.high) and _rounds_to(value.low, rc.norm.low)
        for rc in agreeing)


def _another_event(value: Value, draft: Value) -> bool:
    """Is the source's date further from the draft's than a disputed date would be?"""
    if not (isinstance(value, DateValue) and isinstance(draft, DateValue)) or value.month_day_only \
            or draft.month_day_only:
        return False
    if value.end < draft.start:
        gap = _days_between(value.end, draft.start)
    elif draft.end < value.start:
        gap = _days_between(draft.end, value.start)
    else:
        return False
    return gap > DISPUTED_DATE_GAP_YEARS * 365.25


def a_day_and_a_span(value: Value, draft: Value) -> bool:
    """Is one of the two dates a day and the other a span of years ("On 5 February 2025 the council voted", "Between
    2019 and 2023 the council received ...")? An event's day and a period are two points, not two tellings of one."""
    if not (isinstance(value, DateValue) and isinstance(draft, DateValue)):
        return False
    day, span = (value, draft) if value.precision == "day" else (draft, value)
    return day.precision == "day" and span.precision != "day" and _days_between(span.start, span.end) > SPAN_DAYS


# How long a period must be to be no telling of a day's event: more than a year ("between 2019 and 2023", not "2023")
SPAN_DAYS = 366


def _another_bound(value: Value, draft: Value) -> bool:
    """Are the two dates the two ends of a period ("since October 2023" or "after 3 March 2024", then "until
    20 March 2024"), or a deadline and an event's day ("by 31 March 2025" against "its report of 12 March 2024",
    or a day after it: a deadline missed)? Not one point told otherwise. ("after" and "before" one day
    contradict each other, and an event's day and the start of what it began may be one point: "joined in
    1987", "a party since 1978".)"""
    if not (isinstance(value, DateValue) and isinstance(draft, DateValue)):
        return False
    anchors = {value.anchor, draft.anchor}
    if "until" in anchors and anchors & {"since", "after"}:
        start, end = (value, draft) if value.anchor != "until" else (draft, value)
        return start.start <= end.end
    return anchors == {"before", None}


def _another_figure(value: Value, draft: Value) -> bool:
    """Is the source's figure too far from the draft's to be a disputed value of its point ("as many
    as 60,000 workers" against the 412 a survey questioned), or another person's age?"""
    return isinstance(value, Figure) and isinstance(draft, Figure) and value.unit == draft.unit \
        and (figures_far_apart(value, draft) or ages_of_others(value, draft))


def _a_year_older_since(rc: RefClaim, draft: Value, agreeing: list[RefClaim], ref: Reference) -> bool:
    """Is the source's age one year from the draft's, told in a source dated on the side of it that the age is: the
    person a year older by the later telling ("51" in a wire of 2025, "52" in the court's summary of 2026)? Not where
    the later source gives the younger age ("14" in the report, "13" in a later paper's correction)."""
    if not (is_age(rc.norm) and is_age(draft) and abs(rc.norm.low - draft.low) == 1):
        return False
    dated = {s.id: s.date for s in ref.sources if s.date}
    mine = dated.get(rc.source)
    theirs = [dated.get(a.source) for a in agreeing if is_age(a.norm)]
    if not mine or not theirs or not all(theirs):
        return False
    older = rc.norm.low > draft.low
    return all((mine[:4] > when[:4]) if older else (mine[:4] < when[:4]) for when in theirs)


def _converted_half(value: Value, agreeing: list[RefClaim]) -> bool:
    """Is the source's amount the converted half an agreeing source gives ("$2 million" against
    "80 million corins ($2 million)")? The same amount in another currency, not another side."""
    if not isinstance(value, Figure):
        return False
    halves = (rc.norm.conversion for rc in agreeing if isinstance(rc.norm, Figure) and rc.norm.conversion)
    return any((h.unit, h.low, h.high, h.per) == (value.unit, value.low, value.high, value.per) for h in halves)


def _law_and_sentence(value: Value, draft: Value) -> bool:
    """A penalty the law sets (a bound or a range: "five to 15 years") against one a court imposed
    (an exact term: "eight years"): two points, never two sides of one."""
    if not (isinstance(value, Penalty) and isinstance(draft, Penalty)):
        return False
    return (value.bound == "exact") != (draft.bound == "exact")


def _days_between(earlier: str, later: str) -> int:
    try:
        return (date.fromisoformat(later) - date.fromisoformat(earlier)).days
    except ValueError:  # a hand-edited reference's "1990" or "1990-02-30": its years are enough
        years = _year_of(later), _year_of(earlier)
        return round((years[0] - years[1]) * 365.25) if all(years) else 0


def _year_of(iso: str) -> int:
    digits = iso[:4]
    return int(digits) if digits.isdigit() else 0


# a body's account of a value (rules' account_words: "X says", "which the court put at", "the inspectorate's own
# figure", "the court found that"); its acronym in brackets may come between ("The Racing Integrity Inspectorate (RII)
# found it in 104 samples"), an aside set off by commas ("The Ledger, citing an internal audit, puts the number at
# 71"), or a relative clause ("the Inspectorate, which found that ...")
_ACCOUNT_AFTER_BODY = (r"(?:\s+\([^()\n]{1,40}\))?(?:['’]s?)?(?:,[^,.;]{1,80},|,(?=\s+which\b))?\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:{{account_words}})\b")
# ... or through a word standing for the body the sentence before names, where the draft's credit was found there: its
# document ("The IWSI concluded ... According to its report, it was carrying 1,912 tonnes", not "according to their
# lawyers"), or "it" or "they" opening the sentence ("It found that ... 64 of 212", not "..., and it put the crew at
# risk")
_ACCORDING_TO_ITS = (r"\baccording\s+to\s+(?:its|their)\s+(?:own\s+|latest\s+|final\s+)?(?:report|reports|figures|count"
                     r"|records|data|findings|estimates?|audit|review|survey|timeline|tally|calculations?)\b")
_ACCOUNT_BY_PRONOUN = r"^\W*(?:it|they)"
# ... or what the body reported or worked out, told by its document: "a review reported by the Ledger"
_DONE_BY = (r"\b(?:reported|published|cited|quoted|obtained|seen|calculated|estimated|counted|compiled|recorded"
            r"|documented)\s+by")
# ... or the body's document it is told in, after "in": "Article 141(2) of the Criminal Code in the court's summary"
_ITS_DOCUMENT = (r"(?:own\s+|official\s+|published\s+)?(?:[\w-]+\s+)?"
                 r"(?:summary|report|judge?ment|ruling|timeline|records|account|figures|findings|statement|review|audit)\b")
# ... or its own reckoning set off before it: "By its own count, the inspectorate received 19 complaints"
_OWN_RECKONING = (r"\bby\s+(?:its|their)\s+own\s+(?:count|reckoning|tally|figures|estimates?|records|account|admission)"
                  r",\s+")


def _told_as_the_official_account(claim: Claim) -> bool:
    """Does the draft tell its value, credited to no one, as the official one ("Officially, 64 people were injured",
    "The official toll is seven dead", "eleven patients died, by the official count")? Then it says there is another
    account: a disputed value so told is one side's, not stated as settled. So is one credited to the official
    account itself ("The official record says one body had been held 71 days")."""
    if claim.attributed_to and _OFFICIAL_ACCOUNT.fullmatch(claim.attributed_to):
        return True
    if claim.attributed_to or claim.hedged:
        return False
    at = claim.start - claim.sentence_start
    # (before the value, or set off right after it: not "The crash killed 10 people, and the official record has
    # never caught up", whose official record is the other side)
    return (_OFFICIAL_ACCOUNT.search(claim.sentence, max(0, at - OFFICIAL_REACH), at) is not None
            or _BY_THE_OFFICIAL_COUNT.match(claim.sentence, at + len(claim.text)) is not None)


# how far before its value the words telling it as the official one are read (characters)
OFFICIAL_REACH = 40
# (what it counts may stand between: "the official death toll of eleven", "the official casualty count")
_OFFICIAL_ACCOUNT = regex.compile(r"\bofficially\b|\bofficial\s+(?:(?!of\b)[\w-]+\s+){0,2}?(?:toll|count|figures?|total"
                                  r"|tally|list|number|account|record|version|estimate|timeline|reckoning|calculation"
                                  r"|statistics)\b", regex.IGNORECASE)
_BY_THE_OFFICIAL_COUNT = regex.compile(r"(?:\s+[\w-]+){0,4},?\s+(?:by|according\s+to|on)\s+the\s+official\s+\w+",
                                       regex.IGNORECASE)


def _told_as_an_account(claim: Claim) -> bool:
    """Does the draft tell its value as a body's account ("according to the inspectorate", "the union says")?"""
    from lint.patterns import load_pack

    body = claim.attributed_to
    if claim.hedged or not body:
        return claim.hedged
    after_body = load_pack().expand(_ACCOUNT_AFTER_BODY, "a body's account")
    name = regex.escape(body)
    # ("according to the court", "is owed 2,400 under the judgment")
    # ("a leaked review reported by the Ledger arrived at 6.4 million")
    told = (rf"\b(?:according\s+to|under)\s+(?:the\s+)?{name}|{_OWN_RECKONING}(?:the\s+)?{name}|{name}{after_body}"
            rf"|{_DONE_BY}\s+(?:the\s+)?{name}|\bin\s+(?:the\s+)?{name}['’]s?\s+{_ITS_DOCUMENT}")
    if regex.search(told, claim.sentence, regex.IGNORECASE):
        return True
    # (the word standing for the body tells the value's own clause: before it, opening the sentence)
    before = claim.sentence[:max(0, claim.start - claim.sentence_start)]
    return regex.search(rf"{_ACCORDING_TO_ITS}|{_ACCOUNT_BY_PRONOUN}{after_body}", before, regex.IGNORECASE) is not None


# How telling a value must be for a dissenter's giving it on another point to say the two are two points of its
# telling (not "11 people", "2021": a dissenter names the toll it disputes)
GIVEN_ELSEWHERE_SPECIFICITY = 0.6
# ... and for a body the draft credits to give its value on a kindred point: less, as the draft names it ("9.8
# million", not "nine", which another count of the body's may give)
CREDITED_ELSEWHERE_SPECIFICITY = 0.4
_GIVEN_BY: dict[int, tuple] = {}  # id(reference) -> (it, point value -> {(source, topic)})


def _gives_it_elsewhere(source: str, value: Value, topic: Topic, ref: Reference,
                        telling: float = GIVEN_ELSEWHERE_SPECIFICITY) -> bool:
    """Does this source give the draft's very value, as telling as GIVEN_ELSEWHERE_SPECIFICITY, on a kindred
    point of the reference (a topic sharing KINDRED_WORDS keywords)? Then its other value here is another point
    of its own telling, not a dissent: the court's table gives the total 17,300,000 and, on the families' row the
    build joined to the total, 14,400,000 (not a bonus pool of 162,000 against bribes of 146,000)."""
    from lint.match import KINDRED_WORDS

    key = _point_key(value)
    if key is None or specificity(value) - money_specificity(value) < telling:
        return False

    def givers() -> dict:
        index: dict = {}
        for t in ref.topics:
            for rc in t.claims:
                k = _point_key(rc.norm)
                # (a value it names only to reject it, or tells as another body's, is no point of its own: "AFSI
                # says 212 children fell ill", in the paper that counts 247)
                if k is not None and not rc.rejected and not _credited_to_another(rc, ref):
                    index.setdefault(k, set()).add((rc.source, t))
        return index

    words = set(topic.keywords)
    return any(s == source and t.id != topic.id and len(words.intersection(t.keywords)) >= KINDRED_WORDS
               for s, t in _of_the_reference(ref, _GIVEN_BY, givers).get(key, ()))


_CITED: dict[int, tuple] = {}  # id(reference) -> (it, {source id -> the provisions it cites})


def _cited_by_a_giver(other: Value, value: Value, givers: set[str], ref: Reference) -> bool:
    """Does a source that gives the draft's provision cite the other one too, anywhere, where the two are no slip of
    each other (disputes.a_slip_of)? Then the other is another provision of the case (the court's Article 353(2) for
    a second charge, beside the 187(3) the draft cites), not another side of this one: a paper's 249 against
    another's 261 disputes it only where no giver cites both. One article's paragraphs count too: a court citing
    287(1) and 287(3) cites them for two charges more often than a paper's 287(3) disputes its 287(1)."""
    if not isinstance(other, Statute) or not isinstance(value, Statute) or not other.articles or not value.articles:
        return False
    if a_slip_of(other.articles, value.articles) or a_slip_of(other.articles, value.articles, mistyped=True):
        return False

    def cited() -> dict:
        index: dict = {}
        for t in ref.topics:
            for rc in t.claims:
                if isinstance(rc.norm, Statute):
                    index.setdefault(rc.source, []).append(rc.norm)
        return index

    by_source = _of_the_reference(ref, _CITED, cited)
    return any(agrees(other, cited_here) for source in givers for cited_here in by_source.get(source, ()))


def _point_key(value: Value) -> tuple | None:
    """A point figure by its unit and amount, a date by its interval: what "the very value" is. Not a bound
    ("more than 50,000" is no source's giving 50,000 here), where match.value_key keeps one: a draft's bound
    may still find its topic by the amount."""
    if isinstance(value, Figure) and value.low == value.high and value.approx not in ("up-to", "at-least",
                                                                                       "more-than", "less-than"):
        return ("figure", value.unit, value.low)
    if isinstance(value, DateValue) and not value.month_day_only:
        return ("date", value.start, value.end)
    return None


# two bodies credited together: "the MFEA and the court say 1,126"
_JOINT_CREDIT = re.compile(r"\s+and\s+(?:the\s+)?")


def _each_credited(body: str, sources: list) -> bool:
    """Is a joint credit ("the MFEA and the court") each of its bodies' that gives the value? (A name with "and" in it,
    "Ministry of Labour and Public Safety", is asked whole first.)"""
    parts = [p for p in _JOINT_CREDIT.split(body) if p]
    return len(parts) > 1 and all(attribution_matches(p, sources) for p in parts)


def _credited_other_side(claim: Claim, ref: Reference, others: list, agreeing: list[RefClaim]):
    """On a disputed point, the source the draft credits its value to where that source does not give it ("The
    court found they were paid 162,000", where the court gives 146,000, or nothing here, and the paper 162,000):
    (the source, the evidence of what it gives on the point), or None. Only a name that fits one source, and
    one that gives the draft's value on no point at all (the draft may mean that one)."""
    body = claim.attributed_to
    if not body or not others or not is_named_body(body, ref.sources):
        return None
    named = [s for s in ref.sources if attribution_matches(body, [s])]
    if len(named) != 1 or named[0].id in {rc.source for rc in agreeing}:
        return None  # (a name fitting two sources, "Judge Holm of the Kestrova Court", says not which)
    credited = [Source(id="", publisher=rc.credited) for rc in agreeing if rc.credited]
    if credited and attribution_matches(body, credited):
        return None  # a source giving it credits it so: "the Herald says the audit put losses at 41.3 million"
    source = named[0]
    key = _point_key(claim.value)
    if any(rc.source == source.id and (_point_key(rc.norm) == key if key else agrees(claim.value, rc.norm))
           and not another_things_count(claim.value, rc.norm)
           for t in ref.topics for rc in t.claims):
        return None  # (the very value: not "more than 50,000" for 162,000)
    return source, [ev for ev in others if ev.source == source.id]


def _credited_by_the_other_side(claim: Claim, ref: Reference, others: list[tuple[RefClaim, Evidence]],
                                agreeing: list[RefClaim]):
    """On a disputed point, a body the draft credits its value to that is no source, where the sources credit that body
    with another value and never with the draft's ("Prosecutors put the total at 7.4 million", where the wire and the
    court give prosecutors' 6.8 million and a paper's documents 7.4): (the body, the evidence of what the sources credit
    it with), or None. A body that is a source speaks for itself (_credited_other_side)."""
    body = claim.attributed_to
    if not body or not others or is_named_body(body, ref.sources):
        return None

    def credits_body(rc: RefClaim) -> bool:
        return attribution_matches(body, _bodies_credited([rc]), by_title=False)

    theirs = [ev for rc, ev in others if credits_body(rc)]
    if not theirs or any(credits_body(rc) for rc in agreeing):
        return None
    return Source(id="", publisher=body), theirs


def _campaigning(source_id: str, ref: Reference) -> bool:
    """Is the source a campaigning body's (an NGO, a union: lint.cues.is_advocacy), by its publisher's name?"""
    from lint.cues import is_advocacy
    from lint.patterns import load_pack

    source = next((s for s in ref.sources if s.id == source_id), None)
    return source is not None and is_advocacy(source.publisher or source.title, load_pack())


def _credited_to_a_giver(claim: Claim, topic: Topic, ref: Reference, agreeing: list[RefClaim]) -> bool:
    """Does the draft credit its value to a source that gives it ("nine were arrested, according to the
    inspectorate"), or to the body such a source credits it to ("Prosecutors had put the total at about 6.8
    million", where the wire gives prosecutors' 6.8 million)? A disputed value told as one side's is not stated
    as settled: the draft says whose it is."""
    body = claim.attributed_to
    if not body:
        return False
    credited = _bodies_credited(agreeing)
    if is_named_body(body, ref.sources):
        # a body that is a source speaks for itself: a paper's "the audit put losses at 41.3 million" is not the
        # audit's, where the audit's report gives 38.6; only where it says nothing on the point, and no other
        # source credits it with another value, does the paper's credit stand for it ("The IWSI found ... 64 of
        # its 212 voyages", told in other words in its report)
        on_the_topic = [s for s in ref.sources if s.id in {rc.source for rc in topic.claims}]
        if attribution_matches(body, [s for s in ref.sources if s.id in {rc.source for rc in agreeing}]):
            return True
        if attribution_matches(body, on_the_topic):
            return False
        # a body saying nothing on the topic that gives the very value on a kindred one: the court's table row
        # "Fishermen: SRN 9.8 million", for the draft's "According to the court, the fishermen share 9.8 million"
        named = [s.id for s in ref.sources if attribution_matches(body, [s])]
        if any(_gives_it_elsewhere(source, claim.value, topic, ref, telling=CREDITED_ELSEWHERE_SPECIFICITY)
               for source in named):
            return True
    # (where no source credits the body with another value: "Prosecutors put the total at 7.4 million" in one
    # paper is a dispute over what prosecutors said)
    agreeing_ids = {id(rc) for rc in agreeing}
    credited_otherwise = _bodies_credited(rc for rc in topic.claims if id(rc) not in agreeing_ids)
    return bool(credited) and attribution_matches(body, credited, by_title=False) and not (
        credited_otherwise and attribution_matches(body, credited_otherwise, by_title=False))


def _imposed_by_another(claim: Claim, agreeing: list[RefClaim]) -> tuple[str, str] | None:
    """(the draft's imposer, the sources') where the draft's fine, or sum ordered paid, names one kind of body as
    imposing it ("the Inspectorate fined", "The MFEA ordered the company to pay": a court or a regulator,
    holders.imposer_of) and the sources giving its value name only the other; else None."""
    from lint.holders import imposer_of
    from lint.patterns import load_pack

    value = claim.value
    fine = isinstance(value, Penalty) and value.type == "fine" and value.bound == "exact"
    ordered = isinstance(value, Figure) and value.unit.startswith("currency:") and value.low == value.high
    if not (fine or ordered):
        return None  # (a law's range or maximum is no one's to impose)
    theirs = {rc.imposer for rc in agreeing} - {""}
    if len(theirs) != 1:
        return None
    mine = imposer_of(claim, load_pack())
    return (mine, next(iter(theirs))) if mine and mine not in theirs else None


def _bodies_credited(claims: Iterable[RefClaim]) -> list[Source]:
    """The bodies these source claims credit their values to, as sources to match a draft's credit against."""
    return [Source(id="", publisher=rc.credited) for rc in claims if rc.credited]


def _credited_to_another(rc: RefClaim, ref: Reference) -> bool:
    """Does the source credit the value to another body than itself ("AFSI says 212", in the paper)?"""
    if not rc.credited:
        return False
    own = ref.source(rc.source)
    return not (own and attribution_matches(rc.credited, [own]))


def _other_sources_credited(rc: RefClaim, ref: Reference) -> set[str]:
    """The ids of the reference's other sources the source credits the value to ("the court found", in the paper,
    where the court's summary is a source)."""
    if not rc.credited:
        return set()
    return {source.id for source in ref.sources
            if source.id != rc.source and attribution_matches(rc.credited, [source])}


def _relays_an_allegation(rc: RefClaim, ref: Reference, tellings: list[RefClaim]) -> bool:
    """Does the source credit the value to another source of the reference, one that only alleges it among
    `tellings` ("The Survivors' Network has said that at least 7.2 million ...", in the paper, where the network's own
    statement says "we estimate")? Relayed, an allegation stays one."""
    if not _credited_to_another(rc, ref):
        return False
    credited = _other_sources_credited(rc, ref)
    theirs = [other for other in tellings if other.source in credited]
    return bool(theirs) and all(other.hedged for other in theirs)


def _relaying(topic: Topic, ref: Reference, agreeing: list[RefClaim], consistent_ids: set[int]) -> set[str]:
    """The sources that give the draft's value only as another body's telling or as reported, beside another value of
    their own on the point ("Court papers give his age as 54 ... make him 56", "was reported to have received three
    years ... sets her term at three and a half years"): the other side of the dispute, not its givers."""
    out = set()
    for source in {rc.source for rc in agreeing if rc.credited or rc.hedged or rc.rejected}:
        relayed = (rc.hedged or rc.rejected or _credited_to_another(rc, ref) for rc in agreeing if rc.source == source)
        # (its own: uncredited, or credited to a record or body no source of the reference speaks for, as the
        # evidence it tells the point by: "The delivery note issued by the supplier ... records 10:24")
        if all(relayed) and any(
                not _other_sources_credited(rc, ref) and not rc.hedged and id(rc) not in consistent_ids
                for rc in topic.claims if rc.source == source):
            out.add(source)
    # (where no other source gives it, the relayed telling is all the reference has of the draft's side)
    return out if any(rc.source not in out for rc in agreeing) else set()


def judge(claim: Claim, topic: Topic, ref: Reference, draft_hedged: bool,
          apart: Collection[int] = frozenset()) -> Judgement:
    """The verdict for a claim whose topic has been found. `apart`: the ids of the source claims that give the
    value of another claim of the draft's sentence, on that claim's own topic (same_value): another point the
    draft tells apart, not another side."""
    consistent = [rc for rc in topic.claims
                  if agrees(claim.value, rc.norm) or _the_whole_article(rc.norm, claim.value, topic)] \
        or terms_at_the_ends(claim.value, topic)
    agreeing = _vouching(claim.value, consistent, topic)
    agree_ids = {id(rc) for rc in agreeing}
    evidence = tuple(_evidence(ref, rc, id(rc) in agree_ids) for rc in topic.claims)
    found = claim.text

    if not agreeing:
        values = sorted({rc.value for rc in topic.claims})
        suggestion = values[0] if len(values) == 1 else None
        diff = _difference(claim.value, [rc.norm for rc in topic.claims])
        says = "; ".join(_says(ev) for ev in evidence)
        message = f'"{found}": no source gives this. {says}' + (f" ({diff})" if diff else "")
        return Judgement(Verdict.MISMATCH, topic, evidence, message, suggestion)

    agreeing_sources = {rc.source for rc in agreeing}
    # a coarser date that holds the draft's ("2011" for "27 June 2011") is not another side
    consistent_ids = {id(rc) for rc in consistent}
    # nor is a date inside a period an agreeing source gives, where the draft's date is that period's
    # first or last year ("2023" and "between 2020 and 2023": the sources agree; "from 395 in 2020 to
    # 1,146 in 2023" gives the period's ends)
    givers = agreeing_sources - _relaying(topic, ref, agreeing, consistent_ids)
    others = [ev for rc, ev in zip(topic.claims, evidence, strict=True)
              if id(rc) not in consistent_ids and ev.source not in givers
              and not _inside_an_agreeing_period(rc.norm, claim.value, agreeing)
              and not _another_event(rc.norm, claim.value)
              and not a_day_and_a_span(rc.norm, claim.value)
              and not _another_bound(rc.norm, claim.value)
              and id(rc) not in apart
              and not _another_figure(rc.norm, claim.value)
              and not _a_year_older_since(rc, claim.value, agreeing, ref)
              and not _law_and_sentence(rc.norm, claim.value)
              and not other_laws(rc.norm, claim.value)
              and not _cited_by_a_giver(rc.norm, claim.value, givers, ref)
              and not _converted_half(rc.norm, agreeing)
              and not _inside_an_agreeing_approximation(rc.norm, claim.value, agreeing)
              and not _gives_it_elsewhere(rc.source, claim.value, topic, ref)]
    other_ids = {id(ev) for ev in others}
    credited_other_side = _credited_other_side(claim, ref, others, agreeing) or _credited_by_the_other_side(
        claim, ref, [(rc, ev) for rc, ev in zip(topic.claims, evidence, strict=True) if id(ev) in other_ids], agreeing)
    if credited_other_side is not None:
        # "The court found they were paid 162,000", where the court gives 146,000 (or nothing) and the paper
        # 162,000: the credit is what is wrong
        source, theirs = credited_other_side
        givers = ", ".join(dict.fromkeys(describe_source(ev) for ev in evidence if ev.agrees))
        says = "; ".join(_says(ev) for ev in theirs) if theirs else f"{source.publisher or source.id} does not give it"
        message = f'"{found}" is credited to {claim.attributed_to}, but {says}; the sources giving it are: {givers}'
        return Judgement(Verdict.ATTRIBUTION, topic, evidence, message, suggestion=givers)
    # a value only a campaigning body alleges, against sources that state another plainly ("up to 1.6 metres", the
    # union's, where the inspectorate measured 1.3): stated as fact, the allegation is what is wrong, as it is where
    # no one disputes it (a paper's own reckoning, "by the Courier's count", stays one side of a dispute)
    only_alleged = not draft_hedged and not claim.attributed_to and all(
        rc.hedged and _campaigning(rc.source, ref) for rc in agreeing) and any(
        not rc.hedged for rc in topic.claims if rc.source in {ev.source for ev in others})
    # a disputed value told as an account is not stated as settled: one no body is named for ("reportedly",
    # "according to the judgment summary"), or one credited to a body that gives it
    if others and not only_alleged and not _told_as_the_official_account(claim) and not (
            _told_as_an_account(claim) and (not claim.attributed_to or _credited_to_a_giver(claim, topic, ref,
                                                                                              agreeing))):
        sides = [ev for ev in evidence if ev.agrees][:1] + others
        # (a source telling its value three times is named once: "nine (The Courier)", not three times over)
        message = "Sources disagree: " + " vs ".join(dict.fromkeys(f"{ev.value} ({describe_source(ev)})"
                                                                    for ev in sides))
        return Judgement(Verdict.CONTESTED, topic, evidence, message)

    # a recommendation's plain "12 hours" lies under the draft's "up to 16 hours" but does not state it: the
    # sources that state the cap decide whether it is only alleged, where any does
    telling = [rc for rc in agreeing if not _under_the_drafts_cap(rc.norm, claim.value)] or agreeing
    if all(rc.hedged or _relays_an_allegation(rc, ref, telling) for rc in telling) and not draft_hedged \
            and not _finer_than_all(claim.value, telling):
        telling_ids = {id(rc) for rc in telling}
        ev = next(ev for rc, ev in zip(topic.claims, evidence, strict=True) if id(rc) in telling_ids)
        where = f", {ev.location}" if ev.location else ""
        message = (
            f'"{found}" is stated as fact, but {describe_source(ev)} only reports it'
            f" ({ev.value}{where}); hedge it or name the source"
        )
        return Judgement(Verdict.HEDGE, topic, evidence, message)

    if (imposed := _imposed_by_another(claim, agreeing)) is not None:
        # "The Energy Markets Inspectorate fined Solvarn TVL 1.8 million", "The MFEA ordered the company to pay MVC
        # 18,000", where the sources giving it have the court impose it: the body is what is wrong
        givers = ", ".join(dict.fromkeys(describe_source(ev) for ev in evidence if ev.agrees))
        what = "a fine" if isinstance(claim.value, Penalty) else "a sum"
        message = (f'"{found}" is {what} the draft has a {imposed[0]} impose, but the sources giving it have a '
                   f"{imposed[1]} impose it: {givers}")
        return Judgement(Verdict.ATTRIBUTION, topic, evidence, message, suggestion=givers)

    body = claim.attributed_to
    if body and (is_named_body(body, ref.sources) or _credited_by_a_source(body, ref, agreeing_sources)):
        # the sources that give it, and the bodies they credit it to ("the State Department placed ...")
        sources = [s for s in ref.sources if s.id in agreeing_sources]
        sources += _bodies_credited(agreeing)
        credited_names = {rc.credited for rc in agreeing if rc.credited}
        # a body a source credits that is itself a source ("the PMB valued the stock at ...") goes by
        # that source's names too ("the Board")
        sources += [s for s in ref.sources if s not in sources
                    and any(attribution_matches(name, [s], by_title=False) for name in credited_names)]
        if not attribution_matches(body, sources) and not _each_credited(body, sources):
            credited = ", ".join(dict.fromkeys(describe_source(ev) for ev in evidence if ev.agrees))
            message = f'"{found}" is credited to {body}, but the sources giving it are: {credited}'
            return Judgement(Verdict.ATTRIBUTION, topic, evidence, message, suggestion=credited)

    return Judgement(Verdict.SUPPORTED, topic, evidence, "")
