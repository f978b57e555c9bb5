"""Which topic is a claim about? Matching of contexts, never of values.

Candidates are blocked twice before any score is computed: by kind and unit
family (a percentage is never compared with a statute), and by the words a
claim shares with a topic (an inverted index), so the cost grows with the
claims, not with claims times topics. The survivors are scored by the weighted
overlap of their words with the claim's (rarer words weigh more), after
rapidfuzz has folded the claim's unknown words onto the topics' spellings.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from math import fsum

from lint.context import ASKED_MARK, QUALIFIER_MARKS, claim_context, stem, tokens, without_frame
from lint.disputes import counts_of_other_things, near_tellings
from lint.holders import among_holders
from lint.judge import agreement_weight, conversion_weight, money_specificity, rounded_alike, specificity
from lint.model import (
    OPEN_BOUNDS,
    Claim,
    DateValue,
    Figure,
    Kind,
    Penalty,
    RefClaim,
    Reference,
    Statute,
    Topic,
    Value,
    currency_unit,
)
from lint.overlap import WordWeights
from lint.settings import MatchSettings

# How many topics, found through the inverted index of their words, are scored for a claim.
CANDIDATES = 24
SHARED_MEMO = 20_000  # word sets whose shared weight per topic is remembered
# Candidates are found through words in at most this share of a block's topics (and at least this
# many): in a reference of 10,000 topics, "court" finds hundreds and tells none apart.
POSTING_SHARE = 0.005
POSTING_FLOOR = 50
# A word in more than this share of topics says little about any one of them.
COMMON_SHARE = 0.5
# A claim's topic must share one of its rare words (in at most this share of topics, or
# its rarest) with the claim's sentence or paragraph ("Selling sex is an offence. Article 261
# sets a ceiling of two years for doing it repeatedly"): overlap in common words alone
# ("north", "korea") is not a topic.
ANCHOR_SHARE = 0.06
# ... unless the claim gives the topic's very date or figure, as specific as this ("July 2021", "1,480"):
# a table row's few words seldom hold the rare words of the sentence the source wrote around it.
ANCHOR_WAIVER = 0.5
# ... or a value the topic gives, in a context this close to the topic's (before any agreement bonus)
UNANCHORED_SCORE = 45.0
# ... or, for an article or section a topic gives, this close and no less close than any other topic: its number
# tells the point where the offence's words, common to the story's other provisions ("fire", "exit"), anchor none
# ("Section 42, Fire Safety Act (locked exits)"), unless another provision's words fit the draft's better
GIVEN_ARTICLE_SCORE = 20.0
# How many words of a law's penalty topic a draft's cap or range must have in its clause to stand for it
# without a rare word ("negligent homicide ... carries up to 12 years")
OFFENCE_WORDS = 3
# ... and that topic gains this share of the provision bonus
OFFENCE_SHARE = 0.5
# A topic giving the claim's telling value, in a context this close, is the claim's whatever other topic
# shares more words with it: agreement on "1,420 kilograms" says more than a few shared words.
AGREEING_CONTEXT = 20.0
# A date that only holds the claim's ("May 2022", "between March 2020 and May 2022" for "17 May 2022") gains
# this share of the bonus for agreeing: it cannot contradict the day, so it says little that the topic is the
# claim's ("the Port Istrel raid on 17 May 2022" against a network "organised between March 2020 and May 2022").
COARSER_DATE_SHARE = 0.5
# A figure that agrees only within a tolerance ("1.5 million" and "about 1.6 million") gains this share: the same
# number says the topic is the claim's; a near one may be any other amount ("compensation of 1.5 million" against
# "Hennik retained about 1.6 million").
NEAR_FIGURE_SHARE = 0.5
# A mismatch's value that some topic gives itself, as specific as this ("34.1 percent", "87 percent"),
# is more likely that topic's point than a wrong value of the claim's (engine: unsupported).
ELSEWHERE_SPECIFICITY = 0.4


def _gives_the_same(claim_value: Value, source_value: Value, telling: float = ANCHOR_WAIVER) -> bool:
    """The source gives the claim's value, as telling as `telling`, itself: not a range or bound it
    falls in ("85,000" inside "between 50,000 and 150,000"), and both halves of a conversion ("85,000
    ducats ($6,800)" against "85,000 ducats" leaves the dollars unchecked)."""
    if agreement_weight(claim_value, source_value) < telling:
        return False
    if isinstance(claim_value, Figure) and isinstance(source_value, Figure):
        if source_value.low != source_value.high or source_value.approx in OPEN_BOUNDS:
            return False
        if not _same_number(claim_value, source_value):
            return False  # (agreeing only within "about"'s reach: "1.5 million" against "about 1.6 million")
        return claim_value.conversion is None or source_value.conversion is not None
    if isinstance(claim_value, DateValue) and isinstance(source_value, DateValue):
        # as precise as the claim or more, inside it: "14 March 2024" gives "March 2024"; "2021" holds
        # "12 May 2021" but does not give it
        return claim_value.start <= source_value.start and source_value.end <= claim_value.end
    return True


def _same_number(claim_value: Figure, source_value: Value) -> bool:
    """Does the source give the claim's very number (or interval), or the same rounded ("38 per cent" for 38.4),
    whatever either's approximation word?"""
    return isinstance(source_value, Figure) and all(
        abs(a - b) < 1e-9 or rounded_alike(a, b)
        for a, b in ((claim_value.low, source_value.low), (claim_value.high, source_value.high)))


# How many words, besides the value's own, a topic shares with a claim's for a point kindred to it
KINDRED_WORDS = 2
SLIP_SHARE = 0.5
# ... and a count of the same thing near the topic's ("58 witnesses" for 64 witnesses), that no source gives, this
# share: a writer's wrong count of the point, likelier than a count of another
NEAR_COUNT_SHARE = 0.5
# A term's topic that gives a term to the person the draft names gains this (lint.holders).
HOLDER_BONUS = 20.0
# A topic giving the claim's value, which a source tells beside a telling value of the claim's sentence (Matcher.
# _told_beside), gains this: "DVM 38.2 million under Article 88(3)" in a draft and a source are one telling, whatever
# other article shares more of its words (never a topic of another value: what is told beside a value may be any
# other point of its line)
BESIDE_BONUS = 20.0


def _counts_the_same(draft: Value, claims: Sequence[RefClaim]) -> bool:
    """Does a source give the draft's count of the same thing ("41 branches"), number and noun alike? That tells
    the point as a rare word would, though the draft's sentence shares none of the source's ("Staff at the
    chain's 41 branches were paid a bonus", "Goldhand operated 41 branches, not the 37")."""
    return isinstance(draft, Figure) and bool(draft.noun) and any(
        isinstance(c.norm, Figure) and c.norm.noun == draft.noun and c.norm.approx in (None, draft.approx)
        and _same_number(draft, c.norm) for c in claims)


def _near_count(draft: Value, source: Value) -> bool:
    """A count of the same thing as the source's ("58 witnesses", "64 witnesses"), near it (disputes.near_tellings)."""
    return (isinstance(draft, Figure) and isinstance(source, Figure) and bool(draft.noun) and bool(source.noun)
            and stem(draft.noun.split()[-1]) == stem(source.noun.split()[-1]) and near_tellings(draft, source))


def digit_slip(draft: Value, source: Value) -> bool:
    """Is the draft's value the source's with one digit mistyped or two swapped: a figure in the same
    unit and magnitude ("98.8 million" for 88.8 million, "9.6 per cent" for 6.9, "48 hospitals" for
    46, "406" for 460), or a day of the same month ("19 October 2022" for 17 October)? An article only as
    another paragraph of the same article ("301(3)" for 301(2)), or its number of three digits or more with one
    digit off or two swapped and the same paragraph or none ("313(1)" for 331(1), "349" for 348(2)): any other
    article number is as often another offence."""
    if isinstance(draft, Statute):
        return isinstance(source, Statute) and _article_slip(draft, source)
    if isinstance(draft, Figure):
        if not (isinstance(source, Figure) and source.unit == draft.unit and draft.low == draft.high
                and source.low == source.high and draft.low and source.low and draft.low != source.low):
            return False
        if (draft.low < 0) != (source.low < 0):
            return False
        (a, magnitude_a), (b, magnitude_b) = _digits(draft.low), _digits(source.low)
        # ("2,000" for 3,000 or "40" for 50: one digit of a round figure is any other round figure)
        telling = max(len(a.rstrip("0")), len(b.rstrip("0"))) >= 2
        return magnitude_a == magnitude_b and telling and _one_slip(a, b)
    if isinstance(draft, DateValue):
        if not (isinstance(source, DateValue) and not draft.anchor and not source.anchor and not draft.month_day_only
                and not source.month_day_only):
            return False
        if draft.precision == "month" and source.precision in ("month", "day"):
            # the month, in a year one digit off ("July 2022" for July 2023, "November 2022" for 20 November 2023)
            return draft.start[5:7] == source.start[5:7] and _one_slip(draft.start[:4], source.start[:4])
        if not draft.precision == source.precision == "day":
            return False
        if draft.start[4:] == source.start[4:]:  # the day and month, in another year one digit off ("2024" for 2025)
            return _one_slip(draft.start[:4], source.start[:4])
        return draft.start[:7] == source.start[:7] and _one_slip(draft.start[8:10], source.start[8:10])
    return False


_ARTICLE_PARTS = re.compile(r"(\d+)([a-z]?)((?:\s?\(\s?[\da-z]{1,3}\s?\))*)", re.IGNORECASE)


def _article_slip(draft: Statute, source: Statute) -> bool:
    """One article each, of one law (or a law unnamed): the same number with another paragraph, or a number of
    three digits or more one digit off or two swapped, with the same paragraph or one left out."""
    if len(draft.articles) != 1 or len(source.articles) != 1 or (draft.law and source.law and draft.law != source.law):
        return False
    a, b = _ARTICLE_PARTS.fullmatch(draft.articles[0]), _ARTICLE_PARTS.fullmatch(source.articles[0])
    if a is None or b is None or a.group(2) != b.group(2):
        return False
    paragraph_a, paragraph_b = a.group(3).replace(" ", ""), b.group(3).replace(" ", "")
    if a.group(1) == b.group(1):
        return bool(paragraph_a) and bool(paragraph_b) and paragraph_a != paragraph_b
    slipped = len(a.group(1)) >= 3 and _one_slip(a.group(1), b.group(1))
    return slipped and (paragraph_a == paragraph_b or not paragraph_a or not paragraph_b)


def _one_slip(a: str, b: str) -> bool:
    """Two digit strings of one length (at least two) that differ in one place, or by two neighbours swapped."""
    if len(a) != len(b) or len(a) < 2 or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                              and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


_YEARS_AFTER = re.compile(r"\banniversar(?:y|ies)\b"
                          r"|\b(?:a|one|two|three|\d+)\s+years?\s+(?:later|after|since|on(?=\s*[,.;]))", re.IGNORECASE)


def _telling_slip(value: Value) -> bool:
    """Is a slip of this value as telling as the value: a day, or a figure of three significant digits or more?"""
    return (isinstance(value, DateValue) and value.precision == "day") or (
        isinstance(value, Figure) and len(_digits(value.low)[0].rstrip("0")) >= 3)


def _digits(value: float) -> tuple[str, int]:
    """Seven digits from the first significant one, and the magnitude: 88.8e6 -> ("8880000", 7)."""
    mantissa, _, exponent = f"{abs(value):.6e}".partition("e")
    return mantissa.replace(".", ""), int(exponent)


def value_key(value: Value) -> tuple | None:
    """What a source's value is found by when a draft gives it: a point figure or a date interval."""
    if isinstance(value, Figure) and value.low == value.high:
        return ("figure", value.unit, value.low)
    if isinstance(value, DateValue) and not value.month_day_only:
        return ("date", value.start, value.end)
    return None


def _giving_key(value: Value) -> tuple | None:
    """What a value is found by among the reference's values: value_key's, or a fine's very amount in its currency
    ("A fine of KMD 40,000", a list item under its person's name, for the draft's "a fine of KMD 40,000")."""
    if isinstance(value, Penalty) and value.type == "fine" and value.low is not None and value.low == value.high \
            and value.bound == "exact":
        return ("fine", value.currency, value.low)
    return value_key(value)


def _telling_number(value: Value) -> tuple | None:
    """What a value too telling to recur by chance is found by whatever its kind (a draft's "DVM 38.2 million"
    is a source's fine of it): a day; an amount or a count as telling as ELSEWHERE_SPECIFICITY asks, in its unit
    (a fine's amount in its currency), not a rounded one ("about 2,000", "two-thirds"); one article, whatever law
    each names it of (a candidate topic's law is _same_law's to judge); else None."""
    if isinstance(value, DateValue):
        return ("day", value.start) if value.precision == "day" else None
    if isinstance(value, Statute):
        return ("article", value.division, value.articles[0].lower()) if len(value.articles) == 1 else None
    if isinstance(value, Penalty):
        if value.type != "fine" or value.low != value.high or value.low is None:
            return None
        value = Figure(low=value.low, high=value.high, unit=currency_unit(value) or "count")
    if isinstance(value, Figure) and value.low == value.high and value.approx is None and not value.fraction \
            and specificity(value) - money_specificity(value) >= ELSEWHERE_SPECIFICITY:
        return ("number", value.unit, value.low)
    return None


_NUMBER = re.compile(r"\d[\d.,:()]*")


# a day or a month set off by a dash or a colon at the start of a source's sentence, as a timeline's entry opens ("9 May
# 2019 — last full inspection ... Inspectors recorded 14 violations. The operator was fined VMR 180,000."): every value
# of its line is of it (a year so set is as often prose's: "2019 - the year of the flood - saw ...")
_TIMELINE_DATE = re.compile(r"[^\S\n]*[—–:-]")


def _heads_its_line(claim: RefClaim) -> bool:
    """Is the source's claim a day or a month that opens its sentence set off as a timeline's entry is (its evidence
    starts with it, a dash or a colon after it)?"""
    return isinstance(claim.norm, DateValue) and claim.norm.precision in ("day", "month") and \
        claim.evidence.startswith(claim.value) and _TIMELINE_DATE.match(claim.evidence, len(claim.value)) is not None


def _written_in(value: str, evidence: str) -> bool:
    """Is the number of a source's value, as it wrote it, in that evidence ("38.2" in "DVM 38.2 million under")?"""
    found = _NUMBER.search(value)
    return found is not None and re.search(rf"(?<![\d.]){re.escape(found.group())}(?![\d])", evidence) is not None


def unit_family(value: Value) -> str:
    """Units that can be compared at all: yuan with won (to find the mismatch), not won with percent;
    a fine with a fine, a ban with a ban (or one for life), a term in custody with a term (or life, or death),
    never a fine with a term."""
    if isinstance(value, Penalty):
        return "ban" if value.type == "life-ban" else value.type if value.type in ("fine", "ban", "probation") \
            else "custody"
    if isinstance(value, Statute):
        # an instrument's own number ("Act No. 27 of 2016") is never an article of a law ("Article 47")
        return "instrument" if value.division == "number" else ""
    if isinstance(value, DateValue) and value.precision == "time":
        return "clock"  # a time of day says nothing of a day: "22:47" is never a date's other side
    if not isinstance(value, Figure):
        return ""
    unit = value.unit
    if unit.startswith("currency"):
        return "currency"
    if unit in ("months", "days", "hours", "weeks", "years"):
        return "duration"
    return unit.split(":")[0]


# Counts under this are too common to say, by a near value, which point they are of: "four" beside "five"
NEAR_VALUE_MIN_COUNT = 10


def _near_a_value(value: Value, topic: Topic) -> bool:
    """Does the topic give a value near the claim's, not the very one (disputes.near_tellings)? A figure of
    NEAR_VALUE_MIN_COUNT or more, or a day or month: not a term or a length of time ("seven years" beside another
    person's six), nor a small count."""
    from lint.disputes import near_tellings
    from lint.judge import same_value

    if isinstance(value, Penalty) or (isinstance(value, Figure) and (
            value.high < NEAR_VALUE_MIN_COUNT or unit_family(value) == "duration")):
        return False  # (a length of time is a term as often: "seven years" beside another person's six)
    return any(near_tellings(value, rc.norm) and not same_value(value, rc.norm) for rc in topic.claims)


def block_of(kind: Kind, value: Value) -> tuple[Kind, str]:
    return kind, unit_family(value)


def _without_its_year(value: Value) -> bool:
    """Is the value a day told without its year ("12 June")?"""
    return isinstance(value, DateValue) and value.precision == "day" and value.month_day_only


def _a_time_and_its_day(value: Value, other: Value) -> bool:
    """Is the value a time of day and the other a day it may be on ("at 16:20 on 12 June")? A source telling the day
    beside a time tells that time's point, as a fine's amount beside its article does."""
    return (isinstance(value, DateValue) and value.precision == "time" and isinstance(other, DateValue)
            and other.precision == "day")


def _same_law(value: Value, topic: Topic) -> bool:
    """A statute of a named law is never about a topic on another named law: the law blocks like a unit."""
    if not isinstance(value, Statute) or not value.law:
        return True
    laws = {c.norm.law for c in topic.claims if isinstance(c.norm, Statute)}
    return None in laws or value.law in laws


def _a_laws_penalty(topic: Topic) -> bool:
    """Is the topic a provision's penalty ("up to ten years", "two to ten years"), not a term a court gave?"""
    return topic.kind is Kind.PENALTY and any(isinstance(c.norm, Penalty) and c.norm.bound != "exact"
                                              for c in topic.claims)


# a claim's candidate topics, scored (Matcher.ranking): index, score, the words' fit, the agreeing score or None
Ranking = list[tuple[int, float, float, float | None]]


@dataclass(frozen=True)
class Match:
    """A topic a claim was matched to, and how well."""

    topic: Topic
    score: float
    context: float = 0.0  # the score from words alone, before what agreeing with the topic's values adds


_FIRST_DIGIT = re.compile(r"\d")


def _codes_written_before_amounts(topics: Sequence[Topic], pack) -> dict[str, str]:
    """The codes the sources write before their amounts of a currency the rule pack does not know, with
    that currency: a source's "ORM 4.6 million" read as marks makes a draft's "ORM 4.6 million" marks too.
    A code written before amounts of two currencies is left alone."""
    from lint.extract import CURRENCY_CODE_BEFORE
    from lint.normalize import known_currency_codes

    known = known_currency_codes(pack)
    units: dict[str, set[str]] = defaultdict(set)
    for t in topics:
        for c in t.claims:
            unit = currency_unit(c.norm)
            at = c.evidence.find(c.value) if unit else -1
            digit = _FIRST_DIGIT.search(c.value) if at >= 0 else None
            if digit is None or at + digit.start() <= 0:
                continue
            at += digit.start()  # (a claim may take in the code before its number: "about SVC 4,000")
            code = CURRENCY_CODE_BEFORE.search(c.evidence, max(0, at - 6), at)
            if code is not None and code.group(1) not in known:
                units[code.group(1)].add(unit)
    return {code: next(iter(found)) for code, found in units.items() if len(found) == 1}


# a word right after an amount: what it is counted in, where it is a currency's name ("16,000 kestra")
_WORD_AFTER = re.compile(r"[^\S\r\n]+([^\W\d_]{3,20})\b")
# ... or closing the value itself ("fined 1.2 million crowns")
_WORD_CLOSING = re.compile(r"\d(?:[\d,.]*\d)?(?:[^\S\r\n]+(?:million|billion|thousand))?[^\S\r\n]+"
                           r"(?!(?:million|billion|thousand)$)([^\W\d_]{3,20})$")


def _words_written_after_amounts(topics: Sequence[Topic], pack) -> dict[str, str]:
    """The words the sources write after their amounts of a currency the rule pack does not know, where the build
    learned it by its code ("TLR 6.8 million (Taldorian tal)", then "3.4 million tal"): a draft's "3.4 million tal" is
    money too. Only a word after two amounts or more, all of one currency, and none the rules know as what a number
    counts or a word that is never a currency. The word may close the amount's own words ("fined 1.2 million
    crowns")."""
    from lint.normalize import known_currency_codes, never_a_currency

    known = known_currency_codes(pack)
    units: dict[str, set[str]] = defaultdict(set)
    amounts: dict[str, set[str]] = defaultdict(set)
    for t in topics:
        for c in t.claims:
            unit = currency_unit(c.norm)
            at = c.evidence.find(c.value) if unit and unit.split(":", 1)[1] not in known else -1
            word = None if at < 0 else (_WORD_CLOSING.search(c.value)
                                        or _WORD_AFTER.match(c.evidence, at + len(c.value)))
            if word is not None and word.group(1).islower():
                units[word.group(1)].add(unit)
                amounts[word.group(1)].add(c.value)
    return {word: next(iter(found)) for word, found in units.items()
            if len(found) == 1 and len(amounts[word]) >= 2 and not never_a_currency(word, pack)}


class Matcher:
    """Prepared once per reference; `match` then costs a few set operations per candidate topic.

    A topic is its subject, keywords and its claims' evidence words, stemmed and weighed by
    what they tell topics apart (lint.overlap)."""

    def __init__(self, reference: Reference, settings: MatchSettings) -> None:
        self.settings = settings
        self.topics = reference.topics
        # the persons the sources say were given prison terms, by surname (lint.holders), of each topic
        self.topic_holders = [frozenset(c.holder for c in t.claims if c.holder) for t in self.topics]
        self.holders = frozenset().union(*self.topic_holders)
        # currencies the sources name ("kora"), by the word a draft writes after an amount
        # (the pack's own, "usd" or "gbp", are its business: a draft's "900 Gbps" is no money)
        from lint.normalize import qualified_currency_words, unknown_currency
        from lint.patterns import load_pack

        pack = load_pack()
        self.currency_words = {
            word: currency_unit(c.norm) for t in self.topics for c in t.claims
            if (word := unknown_currency(c.norm, pack)) is not None
        }
        # ... and by their codes in capitals, as a draft writes one before an amount ("SVC 19.6 million")
        self.currency_words.update({unit.split(":", 1)[1]: unit for unit in set(self.currency_words.values())})
        self.currency_words.update(_codes_written_before_amounts(self.topics, pack))
        self.currency_words.update({word: unit for word, unit in _words_written_after_amounts(self.topics, pack).items()
                                    if word not in self.currency_words})
        self.currency_words.update(qualified_currency_words(
            (c.evidence for t in self.topics for c in t.claims if currency_unit(c.norm)), self.currency_words))
        words = [set(self._topic_words(t)) for t in self.topics]
        self.words = WordWeights(words, COMMON_SHARE)
        self.common = self.words.common
        self.topic_words = [frozenset(ws - self.common) for ws in words]
        self.topic_mass = [self.words.mass(ws) for ws in self.topic_words]
        # what the sources write right beside their values: the words of the evidence phrases
        self.topic_near = [self.words.fold(without_frame(tokens(" ".join(c.evidence for c in t.claims)), t.kind))
                           for t in self.topics]
        self.topic_near_mass = [self.words.mass(ws) for ws in self.topic_near]
        self.topic_is_law = [_a_laws_penalty(t) for t in self.topics]
        # a term prosecutors asked for is a point of its own (context.qualifiers' "^asked")
        self.topic_asked = [ASKED_MARK in t.keywords for t in self.topics]
        self._demand_words = pack.word_pattern("term_demands")
        self.topic_provisions = [frozenset(k for k in t.keywords if k[:1] == "§") if is_law else frozenset()
                                 for t, is_law in zip(self.topics, self.topic_is_law, strict=True)]
        # the laws the reference's provisions belong to, by provision mark ("§23" -> {"criminal-code"})
        self.provision_laws: dict[str, set[str]] = defaultdict(set)
        self.articles_given: set[str] = set()  # every article the sources cite, as written ("301(2)")
        for t in self.topics:
            for c in t.claims:
                if isinstance(c.norm, Statute):
                    self.articles_given.update(a.lower() for a in c.norm.articles)
                    if c.norm.law:
                        for a in c.norm.articles:
                            self.provision_laws["§" + a.lower()].add(c.norm.law)
        anchor_limit = max(2.0, ANCHOR_SHARE * len(self.topics))
        self.anchors = [self._anchors(ws, self.words.df, anchor_limit) for ws in words]
        self.blocks: dict[tuple[Kind, str], list[int]] = defaultdict(list)
        for i, topic in enumerate(self.topics):
            families = {unit_family(c.norm) for c in topic.claims} or {""}
            for family in families:
                self.blocks[(topic.kind, family)].append(i)
        self.index: dict[tuple[Kind, str], dict[str, list[int]]] = {}
        for key, members in self.blocks.items():
            inverted: dict[str, list[int]] = defaultdict(list)
            for i in members:
                for w in self.topic_words[i]:
                    inverted[w].append(i)
            self.index[key] = dict(inverted)
        self._shared: dict[tuple, dict[int, float]] = {}
        self.posting_limit = max(POSTING_FLOOR, POSTING_SHARE * len(self.topics))

    @staticmethod
    def _anchors(topic_words: set[str], df: Counter, limit: float) -> frozenset[str]:
        """A topic's rare words, and at least its rarest ones: a claim must share one of them."""
        if not topic_words:
            return frozenset()
        # the rarest words are anchors whatever their count, but a rare qualifier ("^from", "@2022")
        # does not push out the topic's rarest words of its subject ("abduction")
        subject = [w for w in topic_words if w[:1] not in QUALIFIER_MARKS] or list(topic_words)
        rarest = min(df[w] for w in subject)
        return frozenset(w for w in topic_words if df[w] <= max(limit, rarest))

    @staticmethod
    def _topic_words(topic: Topic) -> list[str]:
        text = " ".join([topic.subject, *topic.keywords, *(c.evidence for c in topic.claims)])
        return without_frame(tokens(text), topic.kind) + [k for k in topic.keywords if k[:1] in QUALIFIER_MARKS]

    def _candidates(self, key: tuple[Kind, str], levels: list[frozenset[str]]) -> list[int]:
        """Topics of the block sharing a word with the claim, the most weight first."""
        inverted = self.index.get(key)
        if not inverted:
            return []
        if len(self.blocks[key]) <= CANDIDATES:  # a small block is scored whole
            return self.blocks[key]
        weight: dict[int, float] = defaultdict(float)
        for strength, words in zip((3.0, 1.5), levels, strict=False):  # the clause, then the sentence
            for i, w in self._postings(key, words, inverted).items():
                weight[i] += strength * w
        return heapq.nsmallest(CANDIDATES, weight, key=lambda i: (-weight[i], i))

    def _block_members(self, key: tuple[Kind, str]) -> frozenset[int]:
        found = self.__dict__.setdefault("_members", {}).get(key)
        if found is None:
            found = self._members[key] = frozenset(self.blocks.get(key, ()))
        return found

    def _postings(self, key: tuple[Kind, str], words: frozenset[str], inverted: dict) -> dict[int, float]:
        """The weight each topic of the block shares with `words`; a sentence's and a paragraph's are
        asked for by every claim in them, so they are remembered (a bounded memo)."""
        memo_key = (key, words)
        found = self._shared.get(memo_key)
        if found is None:
            if len(self._shared) > SHARED_MEMO:
                self._shared.clear()
            found = defaultdict(float)
            weights = self.words.weight
            for w in words:
                postings = inverted.get(w, ())
                if len(postings) > self.posting_limit:
                    continue  # a word in that many topics finds none of them in particular
                for i in postings:
                    found[i] += weights.get(w, 0.0)
            self._shared[memo_key] = found
        return found

    def _offence_topic(self, claim: Claim, local: frozenset[str], candidates: list[int]) -> int | None:
        """For a law's cap or range, the one law's penalty topic whose words its clause holds more of than any
        other's, and at least OFFENCE_WORDS: its offence's words stand for it as a rare word would ("negligent
        homicide ... carries up to 12 years", where many points are about the negligence); not where every
        law's penalty is told in the same words ("debt bondage carries ... under the penal code")."""
        if not (isinstance(claim.value, Penalty) and claim.value.bound in ("up-to", "range")):
            return None
        shared = sorted(((len(local & self.topic_words[i]), i) for i in candidates if self.topic_is_law[i]),
                        reverse=True)
        if not shared or shared[0][0] < OFFENCE_WORDS or (len(shared) > 1 and shared[1][0] == shared[0][0]):
            return None
        return shared[0][1]

    def _provisions(self, claim: Claim, local: frozenset[str], siblings: Sequence[Claim]) -> frozenset[str]:
        """The provisions a law's penalty is of, as its clause names them ("§23"), but one of a law the
        reference cites that provision of no law by ("Section 23 of the Wildlife Act" where only the
        Penal Code's Section 23 is known: another provision)."""
        if not isinstance(claim.value, Penalty) or claim.value.bound == "exact":
            return frozenset()
        named: dict[str, set[str]] = defaultdict(set)  # provision mark -> the laws the sentence names it of
        for s in siblings:
            if isinstance(s.value, Statute) and s.value.law:
                for a in s.value.articles:
                    named["§" + a.lower()].add(s.value.law)
        return frozenset(w for w in local if w[:1] == "§" and not (
            named.get(w) and self.provision_laws.get(w) and not named[w] & self.provision_laws[w]))

    def gives_elsewhere(self, value: Value) -> bool:
        """Does some topic give this value, as telling as ELSEWHERE_SPECIFICITY, itself (_gives_the_same)?
        A draft's "34.1 percent" that a source gives on another point is more likely that point's than
        a wrong value of this one. Statutes are left out: a wrong article number is often another article's."""
        if isinstance(value, Statute) or (isinstance(value, DateValue) and value.precision != "day") \
                or specificity(value) - money_specificity(value) < ELSEWHERE_SPECIFICITY:
            return False  # a month or a year recurs across a reference's points; a day seldom does
        return any(_gives_the_same(value, c.norm, ELSEWHERE_SPECIFICITY) for c, _ in self._claims_giving(value))

    def topics_giving(self, value: Value) -> list[Topic]:
        """The topics a claim of which gives this very value (_gives_the_same), each once, in the reference's order."""
        found = {i for c, i in self._claims_giving(value) if _gives_the_same(value, c.norm, 0.0)}
        return [self.topics[i] for i in sorted(found)]

    def topics_telling(self, value: Value) -> list[Topic]:
        """The topics a claim of which gives this value's telling number (_telling_number: a day, a fine's amount or a
        figure as telling as ELSEWHERE_SPECIFICITY asks, whatever the kind; one article), each once, in the
        reference's order."""
        key = _telling_number(value)
        found = {i for _, i in self._claims_by_number.get(key, ())} if key is not None else set()
        return [self.topics[i] for i in sorted(found)]

    def words_fit(self, ranking: Ranking, topic: Topic) -> float | None:
        """How well the claim's words fit the topic (its context score in the claim's `ranking`); None where the topic
        is no candidate of the claim's at all."""
        i = self._topic_index.get(topic.id)
        return next((context for j, _, context, _ in ranking if j == i), None)

    def stated_as_fact(self, value: Value, sources: set[str], topic: Topic, shared: int = 1) -> bool:
        """Does one of these sources state this value unhedged on a kindred point of the reference (a topic
        sharing `shared` words with `topic`)? Then it does not only allege it: "we estimate that the 4.2 tonnes of
        scales seized came from about 8,000 pangolins" hedges the 8,000, and the NGO says plainly
        elsewhere that 4.2 tonnes of scales were seized. A value as telling as gives_elsewhere asks; a
        turnout of 45 per cent says nothing of wages withheld."""
        if isinstance(value, Statute) or (isinstance(value, DateValue) and value.precision != "day") \
                or specificity(value) - money_specificity(value) < ELSEWHERE_SPECIFICITY:
            return False
        words = self.topic_words[self._topic_index[topic.id]] if topic.id in self._topic_index else frozenset()
        return any(not c.hedged and c.source in sources and _gives_the_same(value, c.norm, ELSEWHERE_SPECIFICITY)
                   and not counts_of_other_things(value, c.norm)  # 2,000 women, 2,000 troops
                   and len(self.topic_words[i] & words) >= shared
                   for c, i in self._claims_giving(value))

    def given_on_a_kindred_point(self, claim: Claim, sources: set[str], topic: Topic) -> bool:
        """Does one of these sources give the claim's very value on a kindred point of the reference (a topic
        sharing KINDRED_WORDS words with `topic`, besides the value's own: "dukals", "companies")? The build may
        part one point two sources tell in other words ("the court ordered the 340,000 ruds confiscated", "he
        received payments totalling 340,000 ruds"): a draft that credits the value to the source whose telling
        its words did not find credits it rightly. A value as telling as gives_elsewhere asks, or a count of
        the same thing ("four companies")."""
        value = claim.value
        if isinstance(value, DateValue) and value.precision != "day":
            return False
        telling = specificity(value) - money_specificity(value) >= ELSEWHERE_SPECIFICITY
        noun = getattr(value, "noun", None)
        words = self.topic_words[self._topic_index[topic.id]] if topic.id in self._topic_index else frozenset()
        words = words - self.words.fold_text(f"{claim.text} {noun or ''}")[0]
        return any(c.source in sources and _gives_the_same(value, c.norm, 0.0)
                   and (telling or (noun is not None and getattr(c.norm, "noun", None) == noun))
                   and not counts_of_other_things(value, c.norm)
                   and len(self.topic_words[i] & words) >= KINDRED_WORDS
                   for c, i in self._claims_giving(value))

    def _claims_giving(self, value: Value) -> list:
        """The reference's claims whose point figure or date is the value's (value_key), with their
        topic's index, indexed once."""
        found = self.__dict__.get("_by_value")
        if found is None:
            found = self._by_value = defaultdict(list)
            for i, topic in enumerate(self.topics):
                for c in topic.claims:
                    key = _giving_key(c.norm)
                    if key is not None:
                        found[key].append((c, i))
        key = _giving_key(value)
        return found.get(key, []) if key is not None else []

    def _told_beside(self, claim: Claim, siblings: Sequence[Claim]) -> frozenset[int]:
        """The topics of the claim's kind a source tells beside a telling value of another claim of the sentence: a
        claim of the topic and one giving the sibling's value (of any kind: a draft's figure may be a source's fine)
        on the same line of the same source, the number of either written in the other's evidence, a few words
        either side of it ("DVM 38.2 million under Article 88(3) of the Act"). A value as telling as
        gives_elsewhere asks; a year or a "three" sits beside anything."""
        found: set[int] = set()
        by_number = self._claims_by_number
        for sibling in siblings:
            key = _telling_number(sibling.value)
            if key is None or sibling.start == claim.start or (
                    sibling.kind is claim.kind and not _a_time_and_its_day(claim.value, sibling.value)):
                continue
            for given, _ in by_number.get(key, ()) if not _without_its_year(sibling.value) else self._days_on(
                    sibling.value.start[5:]):
                for other, i in self._claims_at.get((given.source, given.location), ()):
                    if self.topics[i].kind is claim.kind and (
                            _written_in(given.value, other.evidence) or _written_in(other.value, given.evidence)
                            or _heads_its_line(other)):
                        found.add(i)
        return frozenset(found)

    def _days_on(self, month_day: str) -> list[tuple[RefClaim, int]]:
        """The reference's claims of a day on this month and day ("06-12") of any year, with their topic's index: a
        draft's "12 June" told without its year is the sources' 12 June 2023 (indexed once)."""
        found = self.__dict__.get("_by_month_day")
        if found is None:
            found = self._by_month_day = defaultdict(list)
            for (kind, *rest), claims in self._claims_by_number.items():
                if kind == "day":
                    found[rest[0][5:]].extend(claims)
        return found.get(month_day, [])

    @property
    def _claims_at(self) -> dict[tuple[str, int], list]:
        """The reference's claims, with their topic's index, by source and line, indexed once."""
        found = self.__dict__.get("_at")
        if found is None:
            found = self._at = defaultdict(list)
            for i, topic in enumerate(self.topics):
                for c in topic.claims:
                    found[(c.source, c.location)].append((c, i))
        return found

    @property
    def _claims_by_number(self) -> dict[tuple, list[tuple[RefClaim, int]]]:
        """The reference's claims, with their topic's index, by _telling_number, indexed once."""
        found = self.__dict__.get("_by_number")
        if found is None:
            found = self._by_number = defaultdict(list)
            for i, topic in enumerate(self.topics):
                for c in topic.claims:
                    key = _telling_number(c.norm)
                    if key is not None:
                        found[key].append((c, i))
        return found

    @property
    def _topic_index(self) -> dict[str, int]:
        found = self.__dict__.get("_index_of")
        if found is None:
            found = self._index_of = {t.id: i for i, t in enumerate(self.topics)}
        return found

    def match(self, claim: Claim, siblings: Sequence[Claim] = (), exclude: frozenset[str] = frozenset(),
              earlier: Sequence[Claim] = (), holder: str | None = None) -> Match | None:
        """The claim's topic, or None when no topic's context comes close enough.

        `siblings` and `earlier`: the claims of the same sentence and of the one before it (see
        context.claim_context); `exclude`: ids of topics the claim is known not to be about; `holder`:
        the person a prison term was given to (lint.holders), whose terms' topic it is likelier on."""
        return self.best(self.ranking(claim, siblings, earlier, holder), claim, exclude)

    def best(self, ranking: Ranking, claim: Claim, exclude: frozenset[str] = frozenset(),
             floor: float | None = None) -> Match | None:
        """The claim's topic from its `ranking`, but those of the ids in `exclude`: a claim asked for
        again without a topic it is known not to be about costs no second scoring. `floor`: the score it
        needs (by default the cutoff: below it, no topic is the claim's)."""
        best_i, best, best_context = -1, -1.0, 0.0
        agreeing_i, agreeing, agreeing_context = -1, -1.0, 0.0
        for i, score, context, agreeing_score in ranking:
            if exclude and self.topics[i].id in exclude:
                continue
            if agreeing_score is not None and agreeing_score > agreeing:
                agreeing_i, agreeing, agreeing_context = i, agreeing_score, context
            if score > best:
                best_i, best, best_context = i, score, context
        if agreeing_i >= 0 and agreeing_i != best_i:
            # a topic whose context reaches AGREEING_CONTEXT and that gives this very value ("1,420
            # kilograms of pangolin scales") is the claim's, though a table's total row ("Total 4,125",
            # headed "kilograms of pangolin scales") shares more of its few words
            best_i, best, best_context = agreeing_i, agreeing, agreeing_context
        s = self.settings
        cutoff = s.cutoff - s.statute_margin if isinstance(claim.value, Statute) else s.cutoff
        if best_i < 0 or (best < (cutoff if floor is None else floor) and not (
                floor is None and best >= cutoff - s.near_value_margin
                and _near_a_value(claim.value, self.topics[best_i]))):
            return None
        return Match(self.topics[best_i], round(best, 1), round(best_context, 1))

    def ranking(self, claim: Claim, siblings: Sequence[Claim] = (), earlier: Sequence[Claim] = (),
                holder: str | None = None) -> Ranking:
        """Every candidate topic the claim may be on, scored: (topic index, score, the words' fit alone, the
        score where the topic gives the claim's telling value and its words reach AGREEING_CONTEXT, else None)."""
        s = self.settings
        ctx = claim_context(claim, s.window, siblings, s.near_window, earlier)
        folded = [self.words.fold_text(text) for text in (ctx.local, ctx.sentence, ctx.paragraph)]
        levels = [words for words, _ in folded]
        block = block_of(claim.kind, claim.value)
        candidates = self._candidates(block, levels)
        # a topic giving the claim's very value is one, though the words they share are too common to find it by
        # ("more than 600 animals died", where every point of a zoo's story is about animals that died)
        giving = [i for _, i in self._claims_giving(claim.value)]
        if giving:
            in_block = self._block_members(block)
            candidates = candidates + sorted({i for i in giving if i in in_block} - set(candidates))
        if not candidates:
            return []
        weighted = [(wt, words, mass) for wt, (words, mass)
                    in zip((s.local_weight, s.sentence_weight, s.paragraph_weight), folded, strict=True)]
        near_words, near_mass = self.words.fold_text(ctx.near)
        weight_of = self.words.weight.get
        around = levels[0] | levels[1] | levels[2]
        out: Ranking = []
        # an article is the point only with its offence's words ("scales fall under Section 47"); a date
        # or figure too common to stand for a topic ("2021", "12") never waives the anchor test
        may_waive = not isinstance(claim.value, Statute) and specificity(claim.value) >= ANCHOR_WAIVER
        provisions = self._provisions(claim, levels[0], siblings)
        # a figure, day or article no source gives may be a source's mistyped: one some source gives is its telling
        value = claim.value
        # (not a day told as one a year or more after another: "the first anniversary of the sinking")
        slips = (isinstance(value, Figure | DateValue) and not self._claims_giving(value)
                 and not (isinstance(value, DateValue) and _YEARS_AFTER.search(claim.sentence))) or (
            isinstance(value, Statute) and not any(a.lower() in self.articles_given for a in value.articles))
        offence_topic = self._offence_topic(claim, levels[0], candidates)
        beside = self._told_beside(claim, siblings)
        counted = isinstance(value, Figure) and bool(value.noun)
        given_only: set[int] = set()  # topics kept only for giving the claim's article (GIVEN_ARTICLE_SCORE)
        asked = None  # read at the first asked-for topic among the candidates: most claims meet none
        for i in candidates:
            if self.topic_asked[i]:
                if asked is None:
                    # (or a sentence with any word of a demand: the clause's own mark misses a demand's second item,
                    # "asked for 14 years for Vasko, ten years for Andrass")
                    asked = ASKED_MARK in levels[0] or self._demand_words.search(claim.sentence) is not None
                if not asked:
                    continue  # "his wife received eight" is never the ten years prosecutors asked for her
            # the person a term was given to stands for its topic as a rare word would
            anchored = (bool(around & self.anchors[i])
                        or (holder is not None and among_holders(holder, self.topic_holders[i]))
                        or i == offence_topic)
            if not _same_law(claim.value, self.topics[i]):
                continue
            # ... as does its very value, where a source tells it beside another of the sentence's
            told_beside = i in beside and any(agreement_weight(value, c.norm) > 0
                                              and _gives_the_same(value, c.norm, 0.0) for c in self.topics[i].claims)
            anchored = anchored or told_beside or (counted and _counts_the_same(value, self.topics[i].claims))
            # the weighted dice of each level (WordWeights.dice, inlined: this runs for every candidate)
            topic_words, topic_mass = self.topic_words[i], self.topic_mass[i]
            context = 0.0
            for wt, words, mass in weighted:
                shared = words & topic_words
                if shared and mass + topic_mass:
                    context += wt * (2.0 * fsum(map(weight_of, shared, repeat(0.0))) / (mass + topic_mass))
            score = 100.0 * (context + s.near_weight * self.words.dice(near_words, self.topic_near[i], near_mass,
                                                                       self.topic_near_mass[i]))
            if provisions & self.topic_provisions[i]:
                score += s.provision_bonus
            elif i == offence_topic:  # its offence's words name the provision, as its number would, less surely
                score += s.provision_bonus * OFFENCE_SHARE
            # without a rare word of its topic, a claim needs a telling value that the topic gives, or a
            # value it gives and words that say as much as a clause of the topic's ("Debt bondage carries
            # up to 10 years", where every topic is about debt bondage): never a reason to call it wrong
            close = score >= UNANCHORED_SCORE
            if not (close or anchored) and isinstance(value, Statute) and score >= GIVEN_ARTICLE_SCORE \
                    and any(_gives_the_same(value, c.norm, 0.0) for c in self.topics[i].claims):
                close = True
                given_only.add(i)
            if not anchored and (not score or not (may_waive or close)):
                continue  # (a date alone, with no word of its topic around it, is not that topic's)
            agreement = max(agreement_weight(claim.value, c.norm) or conversion_weight(claim.value, c.norm)
                            for c in self.topics[i].claims)
            slipped = not agreement and slips and any(digit_slip(claim.value, c.norm) for c in self.topics[i].claims)
            # a day, or a figure of three digits or more, one digit off the topic's tells the point as its very
            # value would ("21 May 2024" for 2025, "98.8 million" for 88.8); "6.5" for 4.5 may be any other figure,
            # and "February 2024" any later event's month
            if not anchored and agreement < ANCHOR_WAIVER and not (close and agreement) and not (
                    slipped and _telling_slip(claim.value)):
                continue
            context = score
            if holder is not None and among_holders(holder, self.topic_holders[i]):
                score += HOLDER_BONUS  # (like an agreeing value's: not the words' fit, which rivals are held to)
            if told_beside:
                score += BESIDE_BONUS
            agreeing = None
            if (may_waive and agreement >= ANCHOR_WAIVER and score >= AGREEING_CONTEXT
                    and any(_gives_the_same(claim.value, c.norm) for c in self.topics[i].claims)):
                agreeing = score + s.agree_bonus * (0.5 + agreement)
            # (a share of what the very value would gain: a slip of a full day tells more than of "46")
            share = SLIP_SHARE if slipped else NEAR_COUNT_SHARE if not agreement and slips and any(
                _near_count(value, c.norm) for c in self.topics[i].claims) else 0.0
            if share:
                score += s.agree_bonus * (0.5 + specificity(value)) * share
            if agreement:
                bonus = s.agree_bonus * (0.5 + agreement)
                if isinstance(claim.value, DateValue) and not any(
                        _gives_the_same(claim.value, c.norm, 0.0) for c in self.topics[i].claims):
                    bonus *= COARSER_DATE_SHARE
                elif isinstance(claim.value, Figure) and not any(
                        _same_number(claim.value, c.norm) for c in self.topics[i].claims):
                    bonus *= NEAR_FIGURE_SHARE
                score += bonus
            out.append((i, score, context, agreeing))
        if given_only:
            best_other = max((context for i, _, context, _ in out if i not in given_only), default=0.0)
            out = [entry for entry in out if entry[0] not in given_only or entry[2] >= best_other]
        return out
