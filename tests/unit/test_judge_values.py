"""Comparison rules: each row is a draft value, a source value, and whether they agree."""

from dataclasses import replace

import pytest

from lint.judge import agreement_weight, agrees, judge, specificity, topic_is_contested
from lint.model import DateValue, Figure, Kind, Penalty, RefClaim, Statute, Topic


def year(y, anchor=None):
    return DateValue(f"{y}-01-01", f"{y}-12-31", "year", anchor)


def fig(low, high=None, unit="count", **kw):
    return Figure(float(low), float(low if high is None else high), unit, **kw)


def months(bound, low, high, type_="labour"):
    return Penalty(type_, bound, low, high)


STATUTES = [
    (Statute(("261",), law="criminal-code"), Statute(("261",), law="criminal-code"), True),
    (Statute(("262",), law="criminal-code"), Statute(("261",), law="criminal-code"), False),
    (Statute(("261",)), Statute(("261",), law="criminal-code"), True),  # law not named in the draft
    (Statute(("261",), law="labour law"), Statute(("261",), law="criminal-code"), False),
    (Statute(("7",), year=1946), Statute(("7",), year=1946), True),
    (Statute(("7",), year=1947), Statute(("7",), year=1946), False),
    (Statute(("5(2)",), division="section"), Statute(("5(2)",), division="article"), False),
    # a section named whole where the source gives its subsection; not another subsection, nor a prefix
    (Statute(("212",), division="section"), Statute(("212(2)",), division="section"), True),
    (Statute(("212(3)",), division="section"), Statute(("212(2)",), division="section"), False),
    (Statute(("21",), division="section"), Statute(("212(2)",), division="section"), False),
]

PENALTIES = [
    (months("up-to", None, 24), months("up-to", None, 24), True),
    (months("up-to", None, 120), months("up-to", None, 60), False),  # "up to ten years" vs five
    (months("exact", 18, 18), months("up-to", None, 12), False),  # eighteen months vs up to a year
    (months("at-least", 24, None), months("up-to", None, 24), False),
    (Penalty("life", "exact"), months("up-to", None, 60), False),
    (months("up-to", None, 60), months("range", 24, 60, "labour-correction"), True),  # consistent
    (months("range", 24, 60), months("range", 24, 60), True),
    # "five to 20 years" states the minimum and the maximum: each agrees with its bound, no other
    (months("range", 60, 240, "unspecified"), months("at-least", 60, None), True),
    (months("range", 60, 240, "unspecified"), months("up-to", None, 240), True),
    (months("range", 60, 240, "unspecified"), months("at-least", 84, None), False),
    (months("range", 60, 240, "unspecified"), months("up-to", None, 120), False),
    (months("exact", 6, 6, "camp"), months("exact", 3, 3, "camp"), False),
    (months("exact", 3, 3, "camp"), months("up-to", None, 12, "forced-labour"), True),  # inside the law's range
    (Penalty("death", "exact"), Penalty("death", "exact"), True),
    # a ban for life is a ban, and no length of one
    (Penalty("life-ban", "exact"), Penalty("life-ban", "exact"), True),
    (months("exact", 120, 120, "ban"), Penalty("life-ban", "exact"), False),
    (Penalty("life-ban", "exact"), months("up-to", None, 120, "ban"), False),
    (Penalty("life-ban", "exact"), Penalty("life", "exact"), False),
    (Penalty("fine", "up-to", None, 500, "USD"), months("up-to", None, 500), False),
    (months("over", 12, None, "unspecified"), months("over", 12, None, "unspecified"), True),
    (months("range", 1, None, "camp"), months("range", 1, None, "prison"), True),  # "one month to several years"
    # a fine imposed inside the law's minimum: "a fine of 20 million" within "not less than 20 million"
    (Penalty("fine", "exact", 2e7, 2e7, "DALEN"), Penalty("fine", "at-least", 2e7, None, "DALEN"), True),
    (Penalty("fine", "exact", 1e7, 1e7, "DALEN"), Penalty("fine", "at-least", 2e7, None, "DALEN"), False),
]

DATES = [
    (DateValue("2011-12-01", "2011-12-31", "month"), year(2011), True),  # December 2011 inside 2011
    (year(2012), year(2011), False),
    (DateValue("1980-01-01", "1983-12-31", "decade-part"), DateValue("1995-01-01", "1999-12-31", "decade-part"), False),
    (year(2003, "since"), year(2000, "since"), False),
    (year(2000, "since"), year(2000, "since"), True),
    (year(2011, "until"), year(2011, "since"), False),
    (DateValue("1990-01-01", "1999-12-31", "decade"), DateValue("1995-01-01", "1999-12-31", "decade-part"), True),
    (DateValue("2011-06-27", "2011-06-27", "day"), DateValue("2011-06-27", "2011-06-27", "day"), True),
    (DateValue("2011-06-28", "2011-06-28", "day"), DateValue("2011-06-27", "2011-06-27", "day"), False),
    (DateValue("2020-09-03", "2020-09-03", "day"), DateValue("0001-09-03", "0001-09-03", "day", month_day_only=True),
     True),
    (year(2022), DateValue("0001-09-03", "0001-09-03", "day", month_day_only=True), True),  # cannot contradict
    (DateValue("2020-09-04", "2020-09-04", "day"), DateValue("0001-09-03", "0001-09-03", "day", month_day_only=True),
     False),
    # a month holds a day of it a wire's dateline gives without its year ("November 2023" and "Nov 9")
    (DateValue("2023-11-01", "2023-11-30", "month"), DateValue("0001-11-09", "0001-11-09", "day", month_day_only=True),
     True),
    (DateValue("2023-10-01", "2023-10-31", "month"), DateValue("0001-11-09", "0001-11-09", "day", month_day_only=True),
     False),
]

FIGURES = [
    (fig(2000, approx="about"), fig(2000, approx="about"), True),  # "about 2,000" vs "around two thousand"
    (fig(20000, approx="about"), fig(2000, approx="about"), False),
    (fig(2150), fig(2000, approx="about"), True),  # "about 2,000" reaches a tenth either way
    (fig(2150, approx="about"), fig(2000), False),  # "about 2,150" was rounded to the tens: not 2,000
    (fig(850, approx="about"), fig(780), False),  # ... nor is "about 850" 780, though 8% away
    (fig(850, approx="about"), fig(870), True),
    (fig(3.3, approx="about"), fig(3.5), True),  # rounded to tenths: 3.3 reaches 3.05 to 3.55
    # a tenth off is another round number: "about 18 months" is not "about 20 months"
    (fig(18, unit="months", approx="about"), fig(20, unit="months", approx="about"), False),
    (fig(18, unit="months"), fig(20, unit="months", approx="about"), False),
    (fig(19, unit="months", approx="about"), fig(20, unit="months", approx="about"), True),
    (fig(2150), fig(2000), False),  # no approximation word, no tolerance
    (fig(300, unit="currency:CNY"), fig(200, unit="currency:CNY"), False),
    (fig(100, unit="currency:KRW"), fig(100, unit="currency:CNY"), False),  # won vs yuan
    (fig(2, unit="days", per="month"), fig(2, unit="days", per="year"), False),
    (fig(2, unit="days"), fig(2, unit="months"), False),
    (fig(70, unit="percent", approx="up-to"), fig(70, unit="percent", approx="up-to"), True),
    (fig(72, unit="percent", approx="about"), fig(70, unit="percent"), True),  # percentages in points
    (fig(75, unit="percent", approx="about"), fig(70, unit="percent"), False),
    (fig(150000, 250000), fig(150000, 200000), False),
    (fig(150000, 200000), fig(150000, 200000, approx="about"), True),
    (fig(200000, approx="up-to"), fig(150000, 200000), True),  # "as many as 200,000"
    # the draft's "as much as 52,000 cubic metres" says 52,000 was reached: a source's 25,000 does not bear it out
    (fig(52000, unit="m3", approx="up-to"), fig(25000, unit="m3"), False),
    (fig(25000, unit="m3"), fig(52000, unit="m3", approx="up-to"), True),  # a source's bound holds the draft's
    (fig(90000, approx="up-to"), fig(61000, approx="more-than"), True),  # two open bounds that meet
    (fig(120, unit="months", approx="up-to"), fig(96, unit="months"), True),  # a law's cap: a term given under it
    (fig(170000), fig(150000, 200000), True),  # a value inside the sources' range
    (fig(4, approx="at-least"), fig(4, approx="at-least"), True),
    # two floors, or two ceilings below, are one only where they meet: "damage above 50,000" is not the law's "above
    # 500,000", though it holds of whatever that holds of
    (fig(50000, unit="currency:KDL", approx="more-than"), fig(500000, unit="currency:KDL", approx="more-than"), False),
    (fig(3000, approx="at-least"), fig(3000, approx="more-than"), True),
    (fig(5000, approx="more-than"), fig(7000, approx="more-than"), False),
    (fig(180000, approx="more-than"), fig(186000, approx="more-than"), True),  # the source's floor rounded down
    (fig(12, unit="months", approx="more-than"), fig(19, unit="months", approx="more-than"), True),  # "well over a year"
    (fig(20, unit="percent", approx="less-than"), fig(25, unit="percent", approx="less-than"), False),
    (fig(50000, unit="currency:KDL", approx="more-than"), fig(500000, unit="currency:KDL"), True),  # a floor held
    (fig(25, unit="percent", approx="less-than"), fig(23, unit="percent"), True),  # "less than a quarter"
    # a share told as a fraction is rounded coarser than a percentage: "nearly two-thirds" for 63 per cent, "almost a
    # quarter" for 23, never "a quarter" for 31; "about 67 per cent" in figures still does not take 63
    (fig(66.7, unit="percent", approx="about", fraction=True), fig(63, unit="percent"), True),
    (fig(63, unit="percent"), fig(66.7, unit="percent", approx="about", fraction=True), True),
    (fig(25, unit="percent", approx="about", fraction=True), fig(23, unit="percent"), True),
    (fig(25, unit="percent", approx="about", fraction=True), fig(31, unit="percent"), False),
    (fig(10, unit="percent", approx="about", fraction=True), fig(13, unit="percent"), False),
    (fig(67, unit="percent", approx="about"), fig(63, unit="percent"), False),
    # a vague span ("thousands", "dozens") meets an open bound it reaches past, not one beyond it
    (fig(1000, 9999, approx="about", noun="customers"), fig(9000, approx="more-than"), True),
    (fig(24, 99, approx="about"), fig(120, approx="more-than"), False),
    # "just over ten months" is ten or a little more, never eleven; "just under 2,000" is not 2,150
    (fig(11, unit="months"), fig(10, unit="months", approx="just-over"), False),
    (fig(10, unit="months"), fig(10, unit="months", approx="just-over"), True),
    (fig(10.5, unit="months"), fig(10, unit="months", approx="just-over"), True),
    (fig(10, unit="months", approx="just-over"), fig(10.5, unit="months"), True),
    (fig(2000, approx="just-under"), fig(2150), False),
    (fig(1950), fig(2000, approx="just-under"), True),
    # ... against a bound, the spans must meet: not "less than ten", though "up to ten" meets it at ten
    (fig(10, unit="months", approx="just-over"), fig(10, unit="months", approx="less-than"), False),
    (fig(10, unit="months", approx="just-under"), fig(10, unit="months", approx="more-than"), False),
    (fig(10, unit="months", approx="just-over"), fig(10, unit="months", approx="up-to"), True),
    (fig(25, unit="percent", approx="less-than"), fig(31, unit="percent"), False),
    (fig(23, unit="percent"), fig(25, unit="percent", approx="less-than"), True),
    # a number given with fewer decimals is the other rounded, no more: "38 per cent" for 38.4, not for 38.5
    (fig(38, unit="percent"), fig(38.4, unit="percent"), True),
    (fig(38.4, unit="percent"), fig(38, unit="percent"), True),
    (fig(38, unit="percent"), fig(38.5, unit="percent"), False),
    (fig(12.5, unit="months"), fig(12.46, unit="months"), True),
    (fig(12.4, unit="months"), fig(12.46, unit="months"), False),
    (fig(2), fig(1.7), False),  # "two children" and a reading of 1.7
    (fig(20, unit="percent"), fig(20.3, unit="percent"), True),  # (a whole number's zeros are its digits)
    (fig(0.29, unit="percent"), fig(0.285, unit="percent"), True),  # half up, as people round
    # at an open bound, rounding says nothing of the side a value is on
    (fig(38, unit="percent", approx="more-than"), fig(37.6, unit="percent"), False),
    (fig(25, unit="percent", approx="less-than"), fig(25.3, unit="percent"), False),
    # (never a round number for one with more digits: 2,000 is not 2,300, nor 1,200 consignments 1,143)
    (fig(2000), fig(2300), False),
    (fig(1200), fig(1143), False),
    # millions are told to a few digits: "21.6 million" is 21,610,000 rounded, "4.6 million" 4,612,480; not a
    # whole number of millions ("12 million" against 12.4 million, "130 million" against 127 million: disputes)
    (fig(21.6e6), fig(21_610_000), True),
    (fig(21.61e6), fig(21.6e6), True),
    (fig(4.6e6, unit="currency:EUR"), fig(4_612_480, unit="currency:EUR"), True),
    (fig(21.6e6), fig(21.66e6), False),
    (fig(12e6, unit="currency:EUR"), fig(12.4e6, unit="currency:EUR"), False),
    (fig(130e6), fig(127e6), False),
    (fig(5, approx="at-least"), fig(4, approx="at-least"), False),
    (fig(14, 20, unit="age"), fig(14, 20, unit="age"), True),
    (fig(3, unit="rank:tier"), fig(2, unit="rank:tier"), False),
    (
        fig(10000, unit="currency:KRW", per="night", conversion=fig(3.3, unit="currency:USD")),
        fig(10000, unit="currency:KRW", per="night", conversion=fig(3.3, unit="currency:USD")),
        True,
    ),
    (
        fig(10000, unit="currency:KRW", conversion=fig(30, unit="currency:USD")),  # each half is compared
        fig(10000, unit="currency:KRW", conversion=fig(3.3, unit="currency:USD")),
        False,
    ),
    (
        fig(100000, unit="currency:KRW", conversion=fig(3.3, unit="currency:USD")),
        fig(10000, unit="currency:KRW", conversion=fig(3.3, unit="currency:USD")),
        False,
    ),
    # the other half of an amount answers a source in that currency
    (fig(3e7, unit="currency:DALEN", conversion=fig(187500, unit="currency:USD")), fig(187500, unit="currency:USD"),
     True),
    (fig(3e7, unit="currency:DALEN", conversion=fig(18750, unit="currency:USD")), fig(187500, unit="currency:USD"),
     False),
    (fig(187500, unit="currency:USD"), fig(3e7, unit="currency:DALEN", conversion=fig(187500, unit="currency:USD")),
     True),
    # "about" reaches some points for a large percentage, never more than a tenth of a small one
    (fig(73, unit="percent", approx="about"), fig(70, unit="percent", approx="about"), True),
    (fig(12, unit="percent", approx="about"), fig(10.5, unit="percent", approx="about"), False),
    (fig(11, unit="percent", approx="about"), fig(10.5, unit="percent", approx="about"), True),
]


@pytest.mark.parametrize(("draft", "source", "expected"), STATUTES + PENALTIES + DATES + FIGURES)
def test_agrees(draft, source, expected):
    assert agrees(draft, source) is expected


def test_values_of_different_kinds_never_agree():
    assert not agrees(year(2011), fig(2011))


def claim(value, source, hedged=False):
    return RefClaim(value=str(value), norm=value, source=source, location=1, hedged=hedged)


def test_topic_contested_only_across_sources():
    same_source = Topic("t", Kind.PENALTY, "s", (claim(months("up-to", None, 12), "a"),
                                                  claim(months("up-to", None, 60), "a")))
    assert not topic_is_contested(same_source)  # a base and a serious case from one source
    two_sources = Topic("t", Kind.STATUTE, "s", (claim(Statute(("261",)), "a"), claim(Statute(("249",)), "b")))
    assert topic_is_contested(two_sources)
    agreeing = Topic("t", Kind.DATE, "s", (claim(year(2011), "a"), claim(year(2011), "b")))
    assert not topic_is_contested(agreeing)


def test_agreement_on_a_specific_value_tells_more_than_on_a_common_one():
    day = DateValue("2011-06-27", "2011-06-27", "day")
    assert specificity(day) > specificity(year(2011))
    assert specificity(fig(6350)) > specificity(fig(3))
    assert agreement_weight(day, day) > agreement_weight(year(2011), year(2011)) > 0
    assert agreement_weight(year(2012), year(2011)) == 0  # no agreement at all
    # "September 3" names no year: a year cannot contradict it, and does not agree with it either
    september_3 = DateValue("0001-09-03", "0001-09-03", "day", month_day_only=True)
    assert agrees(year(2024), september_3) and agreement_weight(year(2024), september_3) == 0


@pytest.mark.parametrize(("draft", "source", "telling"), [
    (fig(48), fig(1.6, approx="more-than"), False),  # "48 kilograms" inside "over 1.6 tonnes"
    (fig(1840), fig(16000, approx="up-to"), False),  # inside "as many as 16,000"
    (fig(200000), fig(200000, approx="up-to"), True),  # the bound's own number
    (fig(23, unit="percent"), fig(25, unit="percent", approx="less-than"), True),  # "less than a quarter"
    (fig(318), fig(300, approx="more-than"), True),  # just past "more than 300"
    (fig(1840, unit="kg"), fig(1600, unit="kg", approx="more-than"), False),  # 15% past "over 1.6 tonnes"
    (fig(2340), fig(2000, approx="at-least"), False),  # "at least 2,000" holds 2,340 but does not name it
    (fig(1600), fig(1000, approx="more-than"), False),
])
def test_a_value_far_inside_an_open_bound_tells_nothing_of_the_topic(draft, source, telling):
    """An open bound cannot contradict what lies far beyond it: agreeing with it is no sign that two
    values are on one point (matching and grouping weigh the agreement; a verdict does not change)."""
    assert (agreement_weight(draft, source) > 0) is telling


def test_a_value_far_inside_an_open_bound_still_agrees_with_it():
    assert agrees(fig(48), fig(1.6, approx="more-than")) and agrees(fig(1840), fig(16000, approx="up-to"))


def test_a_date_beside_a_deadline_is_about_another_point_unless_it_is_one_too():
    from lint.judge import about_another_point
    from lint.model import Kind, RefClaim, Topic

    target = Topic("rangers-target", Kind.DATE, "year the ranger target is to be met",
                   (RefClaim("by 2026", DateValue("2026-01-01", "2026-12-31", "year", "before"), "src", 3),))
    assert about_another_point(year(2023), target)  # "at the end of 2023": when a count was taken
    assert not about_another_point(year(2026), target)  # agrees
    assert not about_another_point(year(2028, "before"), target)  # "by 2028": a wrong deadline
    since = Topic("party-since", Kind.DATE, "year the country joined",
                  (RefClaim("since 1978", DateValue("1978-01-01", "1978-12-31", "year", "since"), "src", 7),))
    assert not about_another_point(year(1987), since)  # "joined in 1987": a wrong year, not another point


def test_the_two_ends_of_a_period_or_a_deadline_beside_a_day_are_not_one_point_disputed():
    from lint.model import Claim, Reference, Source, Verdict

    def verdict(draft: DateValue, other: DateValue) -> Verdict:
        topic = Topic("t", Kind.DATE, "detention", (RefClaim("a", draft, "court", 3), RefClaim("b", other, "wire", 9)))
        reference = Reference(sources=(Source("court", "c", "Court"), Source("wire", "w", "Wire")), topics=(topic,))
        claim = Claim(kind=Kind.DATE, start=0, end=1, text="x", value=draft, rule="date", sentence="x")
        return judge(claim, topic, reference, False).verdict

    day = DateValue("2023-10-12", "2023-10-12", "day")
    assert verdict(replace(day, anchor="until"), DateValue("2023-10-01", "2023-10-31", "month", "since")) \
        is Verdict.SUPPORTED  # held until 12 October, held since October: the two ends
    assert verdict(DateValue("2024-03-12", "2024-03-12", "day"), DateValue("2025-03-31", "2025-03-31", "day", "before")) \
        is Verdict.SUPPORTED  # a report of 12 March 2024, a deadline of 31 March 2025
    # ... nor a deadline missed (a report published on 12 April 2024, ordered by 31 March 2024)
    assert verdict(DateValue("2024-04-12", "2024-04-12", "day"), DateValue("2024-03-31", "2024-03-31", "day", "before")) \
        is Verdict.SUPPORTED
    # suspended after 3 March, until 20 March: the two ends; "after" and "before" one day contradict each other
    assert verdict(DateValue("2024-03-20", "2024-03-20", "day", "until"),
                   DateValue("2024-03-03", "2024-03-03", "day", "after")) is Verdict.SUPPORTED
    assert verdict(DateValue("2023-05-10", "2023-05-10", "day", "after"),
                   DateValue("2023-05-10", "2023-05-10", "day", "before")) is Verdict.CONTESTED
    # one end told otherwise is disputed; and an event's year against the start of what it began may be one point
    assert verdict(year(2001, "since"), year(2000, "since")) is Verdict.CONTESTED
    assert verdict(year(1987), year(1986, "since")) is Verdict.CONTESTED
