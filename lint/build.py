"""`factlint reference build`: sources -> topics, merged with the curated edits of an existing file.

Claims are extracted with the lint engine itself, grouped into topics by the
words around them (weighted word overlap, lint.overlap, on contexts of the same
kind and unit family, never on the values), and merged into the old file so that nothing a curator
did is lost:

- every claim gets a stable `key` (source file, kind, value, context words);
- claims already in the file stay where the curator put them, with their
  edits; only their line number follows the source;
- a claim the last build made (its key is in `[build] keys`) that is no longer
  in the file was removed by hand and stays removed;
- a claim the sources no longer state is dropped, and reported;
- topics keep their subjects, keywords, notes and decisions.
"""

from __future__ import annotations

import bisect
import hashlib
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import pairwise, takewhile
from math import fsum
from typing import ClassVar

from lint.context import QUALIFIER_MARKS, claim_context, in_total_row, lexicon, tokens, words
from lint.date_offsets import Apart, account_implied, apart_from_an_event, lies_apart
from lint.disputes import (
    MINUTES_A_DAY,
    NEAR_MAX_MINUTES,
    NEAR_MAX_MONTHS,
    NEAR_MAX_RATIO,
    PERSON_WORDS,
    a_slip_of,
    amount_of,
    minute_of_day,
    near_tellings,
    part_and_whole,
    same_sort,
    tellings_set_side_by_side,
    term_and_bound,
    two_points,
)
from lint.engine import RELAY_REACH_LINES, earlier_siblings, sentence_siblings
from lint.extract import BOLD_MARKUP, CURRENCY_CODE_BEFORE
from lint.holders import among_holders, an_age_or_a_bare_number, is_age
from lint.judge import (
    agreement_weight,
    agrees,
    attribution_matches,
    far_beyond_a_bound,
    given_term,
    only_under_bound,
    specificity,
)
from lint.match import block_of, value_key
from lint.model import (
    Claim,
    DateValue,
    Figure,
    Kind,
    Penalty,
    RefClaim,
    Reference,
    Source,
    Statute,
    Topic,
    Value,
    currency_unit,
    is_month_alone,
)
from lint.overlap import WordWeights
from lint.refdata import norm_to_table

# Two claims from different sources are on the same point when their contexts score at least
# this (lint.overlap on their clause windows and sentences, 0..100); a claim that would put a
# dispute into a group (another source, a value that does not agree) needs the higher score:
# a contested point is a finding, so it takes more than a few shared words to make one.
GROUP_THRESHOLD = 35.0
DISPUTE_THRESHOLD = 40.0
# ... where every value the claim disputes is near its own (disputes.near_tellings)
NEAR_DISPUTE_THRESHOLD = 28.0
# ... and where, besides, each source tells it beside the same telling value ("the homes reported 1,240 children.
# Inspectors found 873", "the homes reported 1,240 children. ... census sheets record 912"): the two values stand
# in one place of one story, told twice
NEIGHBOUR_DISPUTE_THRESHOLD = 10.0
# ... or where its own source sets it, near, against the group's value it credits to another ("The Inspectorate and
# the court speak of 147 forged deeds. Our review of the register found 162": _relayed_beside)
RELAYED_DISPUTE_THRESHOLD = 20.0
# ... or where both clauses name the same event ("Besides the 132 dead", "puts the number of people killed ... at
# 141": a toll, told twice), or both count the same thing by name, no event telling them apart ("a trial that ran to
# 23 hearings", "the Court holds 26 hearings")
SAME_THING_DISPUTE_THRESHOLD = 12.0
# ... of a value telling enough (judge.specificity: not "six", "four": a story's small counts are many)
SAME_THING_SPECIFICITY = 0.4
# How telling a value beside a claim must be to place it (judge.specificity: "1,240", a day; not "2022", "14")
NEIGHBOUR_SPECIFICITY = 0.6
# How much less closeness a claim needs to join a group where another source gives its very value, of at
# least this specificity (judge.specificity: "37 people", "14 March 2023", not "three", "4,000" or "2023")
SAME_VALUE_RELIEF = 15.0
SAME_VALUE_MIN_SPECIFICITY = 0.4
# Among groups whose words fit, one whose value agrees gains this much (times 0.5 plus the value's
# specificity, judge.specificity): as in matching, agreement on "27 June 2011" tells more than on "2011".
AGREE_BONUS = 20.0
# How much the near words, the clause window and the sentence count in closeness.
CONTEXT_WEIGHTS = (0.35, 0.40, 0.25)
# A date's nearest words are a preposition's object or an event's place ("the High Court at Lorrin on
# 21 May 2024", "on 9 September 2024" for another trial there): its clause says which event it is.
DATE_CONTEXT_WEIGHTS = (0.10, 0.60, 0.30)
CONTEXT_WINDOW = 8
# What naming the same provision adds to the closeness of two penalties or figures.
PROVISION_BONUS = 20.0
# ... and naming the same person as the one a term was given to (lint.holders): enough, with a few shared
# words, for two sources' terms to be one disputed point (DISPUTE_THRESHOLD)
HOLDER_BONUS = 40.0
STATUTE_WITHOUT_LAW_WORDS = True
STATUTE_AGREE_BONUS = 30.0
SAME_LAW_BONUS = 15.0
# Among groups a provision would dispute, one citing its law's same article in another subsection gains this much: the
# misnumbering is likelier there than in a group of another article the sentence's words happen to fit
SAME_SECTION_DISPUTE_BONUS = 20.0
EVIDENCE_WORDS = 4  # words either side of the value in the evidence phrase


def _tells_the_event(apart: Apart, sentence: str) -> bool:
    """Does the sentence tell the event a date was set apart from (a word of it: "the fire", "doctors at Velmora
    General Hospital first noticed")?"""
    return bool(set(apart.events).intersection(tokens(sentence)))


@dataclass(frozen=True)
class SourceText:
    """One source document, parsed, with the metadata it was given."""

    source: Source
    claims: tuple[Claim, ...]
    lines: tuple[int, ...]  # the line each claim starts on
    readings: tuple[ClaimReading, ...] | None = None  # claim_readings(claims), if found already
    text: str = ""  # the document's text, where a term's "He was sentenced" finds its person
    campaigning: bool = False  # a campaigning body's, by the kind of document its manifest says ("NGO statement")


@dataclass
class BuildReport:
    """What a reference build changed: claims added, changed and dropped, and its warnings."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    kept_removed: int = 0
    kept_manual: int = 0
    topics_added: int = 0
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{len(self.added)} claims added ({self.topics_added} new topics), {len(self.changed)} changed, "
            f"{len(self.dropped)} dropped, {self.kept_removed} kept out as removed by hand, "
            f"{self.kept_manual} hand-made claims kept"
        )


# --- one claim --------------------------------------------------------------


# the words of a person's birth, from which a source reckons an age ("born in 1961", "his date of birth")
_BIRTH = re.compile(r"\b(?:born|birth)\b", re.IGNORECASE)


@dataclass(frozen=True, eq=False)
class Fresh:
    """A claim as this build extracted it, with what grouping needs."""

    claim: RefClaim
    kind: Kind
    block: tuple
    local: str
    sentence: str
    near: str = ""
    around: tuple[str, ...] = ()  # ClaimReading.around
    stamp: bool = False  # the source's own date stamp (_is_date_stamp)
    total: bool = False  # a cell of a table's total row (context.in_total_row)
    cell: bool = False  # a table cell
    given: bool = False  # a term its clause says a court gave (judge.given_term)
    asked: bool = False  # a term the prosecution asked for (holders.asked_term)
    source_persons: frozenset[str] = frozenset()  # the persons its source names anywhere (lint.holders surnames)
    sentence_persons: frozenset[str] = frozenset()  # ... and those its sentence names
    rejected: Fresh | None = None  # the claim its sentence corrects ("41 took part, not the 38"; _corrections)
    neighbours: frozenset = frozenset()  # the telling values its sentence and the one before give (_neighbours)
    nouns_beside: frozenset[str] = frozenset()  # ... and the words of what they count ("lirats", "members")
    apart: Apart | None = None  # how far from another event its sentence sets its date ("four months before the fire")
    campaigning: bool = False  # its source is a campaigning body's (cues.is_advocacy): an NGO's, a union's
    recited: bool = False  # its sentence tells it as others' account ("The court found", "Officially"; _RECITAL)
    evidenced: bool = False  # ... or from its source's own evidence ("records show", "But a review"; _OWN_EVIDENCE)
    imposer: str = ""  # who its clause says imposed it (a fine, a sum ordered): "court" or "regulator" (holders)

    @cached_property
    def index_words(self) -> frozenset[str]:
        """The words candidate groups are found by: its clause's, and whose term it is ("&Kordel": the
        court's "an aggregate term of nine years" shares no word with another source's telling)."""
        words = set(self.local.split())
        if self.claim.holder:
            words.add("&" + self.claim.holder)
        return frozenset(words)

    @cached_property
    def events(self) -> frozenset[str]:
        """The events its clause names (rules/match.toml events: "die", "arrest")."""
        return _events_named(set(self.local.split()))

    @cached_property
    def qualifiers(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """Its marks ("^from", "^law", "^named"), the years it is qualified by ("@2021") and the
        provisions ("§23": the penalty of Section 23)."""
        words = self.local.split()
        # (a named person's age reckoned from a birth year is one point with the age others give, whatever the year:
        # "born in 1961, which would make him 63" against "Holt, 61, ... in 2022"; not an age in another year's
        # account, "In 2021, Anna Berg, 56, resigned", which is another point)
        from_birth = (self.claim.holder and getattr(self.claim.norm, "unit", None) == "age"
                      and _BIRTH.search(self.sentence) is not None)
        return (frozenset(w for w in words if w[0] == "^"),
                frozenset() if from_birth else frozenset(w for w in words if w[0] == "@"),
                frozenset(w for w in words if w[0] == "§"))


def _evidence(claim: Claim) -> str:
    """A few words around the value: enough to find it again, not the source's sentence."""
    sentence = claim.sentence
    rel_start = max(0, claim.start - claim.sentence_start)
    rel_end = rel_start + len(claim.text)
    # within its part of a list: "Article 320(2) (giving a bribe); Article 342(1) (forgery ...)" is told of 342(1)
    # by its own words, not the item's before it
    before = sentence[:rel_start].rpartition(";")[2].split()[-EVIDENCE_WORDS:]
    after = sentence[rel_end:].partition(";")[0].split()[:EVIDENCE_WORDS]
    phrase = BOLD_MARKUP.sub("", " ".join([*before, claim.text, *after]))
    return " ".join(phrase.split()).strip(" ,;:.“”\"'")


def claim_key(source: Source, claim: Claim, ordinal: int, value_id: str | None = None) -> str:
    """Stable across rebuilds and factlint versions: the source file, the kind, the normalized value,
    and which occurrence of that value in that source it is. Not the wording around it.
    `value_id`: _value_id(claim), if found already."""
    basis = f"{source.path}|{value_id or _value_id(claim.kind, claim.value)}|{ordinal}"
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12]


def _value_id(kind: Kind, value: Value) -> str:
    # (without what a value's reading adds to it, as a figure told as a fraction: a key made before it was read
    # stays the same)
    table = norm_to_table(value)
    table.pop("fraction", None)
    return f"{kind}|{sorted(table.items())!r}"


def _read_anew(kept: Value, fresh: Value) -> bool:
    """Is the fresh reading of a kept value that value with only what its reading adds changed (a figure now known to
    be told as a fraction)? Then the fresh one is taken: nothing curated is lost."""
    return (isinstance(kept, Figure) and isinstance(fresh, Figure) and kept != fresh
            and replace(kept, fraction=fresh.fraction) == fresh)


def learned_currencies(claims: Iterable[Claim], texts: Iterable[str] = ()) -> dict[str, str]:
    """Currencies the sources name that the rule pack does not know, by their word: "4,200,000 kora ($180)"
    names kora by its conversion; fines guessed in a first reading (extract_claims' guess_currencies) name
    velars where two of other amounts say "a fine of 400,000 velars", "fined 4.5 million velars" (one fine's
    word may be anything: "fined 3 million last year"). Read again with these, a source's "5 million kora" is money
    wherever it stands. A code the sources write before amounts ("SVC 18.6 million") is a currency too: the
    one its `texts` define it as ("in Derovan marks (DM)"), or the one currency word they use beside it."""
    from lint.normalize import unknown_currency
    from lint.patterns import load_pack

    pack = load_pack()
    texts = list(texts)
    out: dict[str, str] = {}
    guessed: dict[str, set] = defaultdict(set)  # word -> the amounts of the fines that name it
    counted: dict[str, set] = defaultdict(set)  # word -> the amounts it follows as what they count ("18,000 velts")
    coded: dict[str, set] = defaultdict(set)  # a code written before amounts ("SVC 18.6 million") -> the amounts
    for c in claims:
        code = _code_before(c, pack)
        if code is not None:
            coded[code].add(c.value.low)
        if isinstance(c.value, Figure) and c.value.noun and c.value.low == c.value.high:
            counted[c.value.noun.lower()].add(c.value.low)
        word = unknown_currency(c.value, pack)
        if word is None:
            continue
        if isinstance(c.value, Penalty):
            guessed[word].add((c.value.low, c.value.high))
        else:
            out[word] = currency_unit(c.value)
    # a fine's word is a currency where another fine names it too, or where it follows other amounts as well
    # ("fined 1.2 million velts", "bail of 300,000 velts", "2,100 velts a month"): a word after one fine alone may be
    # anything ("fined 3 million last year"), one after amounts of money in many places is what they are counted in
    out.update((word, f"currency:{word.upper()}") for word, amounts in guessed.items()
               if (len(amounts) >= GUESSED_FINES or len(counted[word]) >= COUNTED_AMOUNTS) and word not in out)
    named = set(out.values())
    defined = {code: out[word.lower()] for text in texts for word, code in _CODE_DEFINED.findall(text)
               if word.lower() in out}  # "all sums are in Derovan marks (DM)"
    codes = [code for code, amounts in coded.items() if len(amounts) >= GUESSED_FINES and code not in defined]
    # one unknown code and one unknown currency word in one set of sources: the code is that currency's
    # ("SVC 18.6 million" and "21 million crowns"); otherwise each code is a currency of its own
    # (a code is kept as written, in capitals: read so, never as a lowercase word after a number: "12 pc")
    for code in codes:
        out[code] = next(iter(named)) if len(codes) == 1 and len(named) == 1 else f"currency:{code}"
    # a code the sources name in brackets is their currency after amounts too ("152.3 million SLV"); one they never
    # name so is learned only from amounts it is written before: units and bodies stand after numbers ("2.4
    # million TEU", "300 NRA officials")
    out.update(defined)
    out.update(_glossed_currency_words(texts, out, pack))
    # ... and each currency's word as the sources qualify it by its country's name ("Orvantine marks")
    from lint.normalize import qualified_currency_words

    out.update(qualified_currency_words(texts, out))
    return out


# a currency word and its code in brackets: "Derovan marks (DM)", "the kerun (KR)"
_CODE_DEFINED = re.compile(r"\b([^\W\d_]+)[^\S\r\n]*\(([A-Z]{2,4})\)")
# an amount after a code, glossed by the currency's name in brackets, its country's name before it: "TLR 6.8 million
# (Taldorian tal)", "KVD 38.6 million (Karvossan dral)"
_CODE_GLOSSED = re.compile(r"\b([A-Z]{2,4})[^\S\r\n]+\d[\d.,]*(?:[^\S\r\n]+(?:thousand|million|billion|bn|mn|m)\b)?"
                           r"[*_]*[^\S\r\n]*\([A-Z][^\W\d_]+[^\S\r\n]+([^\W\d_]+)\)")


def _glossed_currency_words(texts: list[str], currencies: dict[str, str], pack) -> dict[str, str]:
    """The currency words the texts gloss a learned code's amounts with ("TLR 6.8 million (Taldorian tal)" -> tal is
    TLR): a currency whose name has no plural ("3.4 million tal") is counted by no noun, and one fine alone names it.
    Not a word the rules know as something else ("(Merovian households)")."""
    from lint.normalize import never_a_currency

    out = {}
    for text in texts:
        for code, word in _CODE_GLOSSED.findall(text):
            word = word.lower()
            if code in currencies and word not in currencies and word not in out and not never_a_currency(word, pack):
                out[word] = currencies[code]
    return out


# An amount a currency's code is written before (extract.CURRENCY_CODE_BEFORE) is money-like: a code
# before small numbers is a name's ("Flight OS 318", "Gate B 12").
CODED_AMOUNT_MIN = 1_000


def _code_before(claim: Claim, pack) -> str | None:
    """The code of a currency the rule pack does not know that the claim's amount is written after
    ("SVC 150,000"), where the claim is a figure of no unit of at least CODED_AMOUNT_MIN that its sentence
    speaks of as money (money_context_words: "fined", "cost", "worth"; not "SNP 18,234 votes", "ISO 9001")."""
    from lint.normalize import known_currency_codes

    value = claim.value
    if not isinstance(value, Figure) or value.unit != "count" or value.low < CODED_AMOUNT_MIN or value.noun:
        return None
    if pack.word_pattern("money_context_words").search(claim.sentence) is None:
        return None
    at = claim.start - claim.sentence_start
    m = CURRENCY_CODE_BEFORE.search(claim.sentence, max(0, at - 6), max(0, at))
    if m is None or m.group(1) in known_currency_codes(pack):
        return None
    return m.group(1)


# How many fines of different amounts must name a word the lexicon does not know before a build takes it
# for a currency (two sources' "Police fined 12,400 motorists" are one count told twice)
GUESSED_FINES = 2
# ... or one fine, and this many other amounts the word follows as what they count
COUNTED_AMOUNTS = 3


@dataclass(frozen=True)
class ClaimReading:
    """What a build reads off one claim before it knows the claim's source: found where the claim
    was extracted (a worker, in a large build), so the main process only assembles."""

    local: str  # the words of its clause, as grouping reads them
    near: str  # ... of its paragraph
    sentence: str  # ... of its sentence
    value: str  # its text on one line
    evidence: str  # _evidence
    value_id: str  # _value_id: its kind and normalized value, as its key reads them
    around: tuple[str, ...]  # its evidence's words beside its value's: what a topic it starts is named after


def claim_readings(claims: tuple[Claim, ...]) -> tuple[ClaimReading, ...]:
    """ClaimReading of each of one source's claims."""
    siblings = sentence_siblings(list(claims))
    earlier = earlier_siblings(list(claims), siblings)
    out = []
    for claim in claims:
        ctx = claim_context(claim, CONTEXT_WINDOW, siblings[claim.sentence_start],
                            earlier=earlier.get(claim.sentence_start, ()))
        local, near = ctx.local, ctx.near
        if claim.kind is Kind.STATUTE and STATUTE_WITHOUT_LAW_WORDS:
            # the law's name is the value's, not the point's: every section of one Act shares it
            own = set(tokens(claim.text))
            local = " ".join(w for w in local.split() if w not in own)
            near = " ".join(w for w in near.split() if w not in own)
        value = " ".join(BOLD_MARKUP.sub("", claim.text).split())  # "a fine of **250,000 velars": its words, as a value
        evidence = _evidence(claim)
        value_words = words(value)
        around = tuple(w for w in words(evidence) if w not in value_words)
        out.append(ClaimReading(local, near, ctx.sentence, value, evidence, _value_id(claim.kind, claim.value), around))
    return tuple(out)


def _without_months_alone(st: SourceText) -> SourceText:
    """The source without the months it names alone ("The indictment followed in March"): which year's each is, is
    unknown, so none is a point of the reference (a draft's are read but never judged: engine.lint_part)."""
    if not any(is_month_alone(c.value) for c in st.claims):
        return st
    kept = [(c, line) for c, line in zip(st.claims, st.lines, strict=True) if not is_month_alone(c.value)]
    return replace(st, claims=tuple(c for c, _ in kept), lines=tuple(line for _, line in kept), readings=None)


def fresh_claims(texts: list[SourceText]) -> list[Fresh]:
    from lint.cues import is_advocacy
    from lint.holders import asked_term, company_names, holders_of, imposer_of, is_term, person_surnames, terms_since
    from lint.patterns import load_pack

    pack = load_pack()
    texts = [_without_months_alone(st) for st in texts]
    recital = pack.expanded(_RECITAL, "a value told as others' account")
    surnames = person_surnames({c.paragraph for st in texts for c in st.claims}, pack)
    # the companies the sources name, whose fines are theirs as a person's terms are (lint.holders)
    companies = company_names([st.text for st in texts], surnames, pack)
    out = []
    values: dict[str, Value] = {}  # equal values as one object: grouping remembers pairs by identity
    for st in texts:
        seen: dict[str, int] = defaultdict(int)
        campaigning = st.campaigning or is_advocacy(st.source.publisher or st.source.title, pack)
        readings = st.readings if st.readings is not None else claim_readings(st.claims)
        since = terms_since(st.claims)
        holders = holders_of(st.claims, surnames, pack, st.text, since, companies)
        persons = _names_in(surnames, st.text)
        # (once a sentence: one may hold hundreds of claims)
        sentences = {c.sentence for c in st.claims}
        recites = {sentence: recital.search(sentence) is not None for sentence in sentences}
        evidenced = {sentence: _OWN_EVIDENCE.search(sentence) is not None for sentence in sentences}

        corrected = _corrections(st.claims, pack)  # id of a correcting claim -> the claim it corrects, as told
        corrected.update(_accounts_answered(st.claims, st.source, corrected, recites, holders))
        implied = _accounts_set_apart(st.claims, corrected, pack)  # id of a date -> the date of the account it answers
        rejected = {id(c) for c, _ in corrected.values()}
        rejects = _rejected_elsewhere(st.claims, corrected, rejected)
        hedged_beside = _cells_its_prose_hedges(st.claims, st.lines)
        made: dict[int, Fresh] = {}
        for claim, line, reading in zip(st.claims, st.lines, readings, strict=True):
            value_id = reading.value_id
            seen[value_id] += 1
            norm = values.setdefault(value_id, claim.value)
            if norm != claim.value:  # a table leaves a default out: never two values under one id
                norm = claim.value
            rc = RefClaim(
                value=reading.value,
                norm=norm,
                source=st.source.id,
                location=line,
                hedged=claim.hedged or id(claim) in hedged_beside,
                evidence=reading.evidence,
                key=claim_key(st.source, claim, seen[value_id], value_id),
                credited=claim.attributed_to or "",
                holder=holders.get(id(claim), ""),
                imposer=imposer_of(claim, pack, st.source.publisher),
                rejected=id(claim) in rejects,
            )
            made[id(claim)] = Fresh(rc, claim.kind, block_of(claim.kind, claim.value), reading.local,
                                    reading.sentence, reading.near, reading.around, _is_date_stamp(claim, st.source),
                                    in_total_row(claim), claim.row_start is not None, given_term(claim),
                                    is_term(claim.value) and asked_term(claim, pack, since.get(id(claim), 0)),
                                    persons, _names_in(persons, claim.sentence) if persons else frozenset(),
                                    apart=apart_from_an_event(claim, pack), campaigning=campaigning,
                                    recited=recites[claim.sentence], evidenced=evidenced[claim.sentence],
                                    imposer=rc.imposer)
        neighbours = _neighbours(st.claims)
        for claim in st.claims:
            if id(claim) in rejected:
                continue  # "not the 38 named in court": a value the source rejects is none it gives
            keys, nouns = neighbours[id(claim)]
            f = replace(made[id(claim)], neighbours=keys, nouns_beside=nouns)
            if id(claim) in corrected:
                f = replace(f, rejected=_told(made, *corrected[id(claim)]))
            elif id(claim) in implied:  # (the account's date, never written: the answer's own words stand for it)
                f = replace(f, rejected=replace(f, claim=replace(f.claim, norm=implied[id(claim)])))
            out.append(f)
    return out


def _accounts_set_apart(claims: tuple[Claim, ...], corrected: dict, pack) -> dict[int, DateValue]:
    """A source's dates set some time before or after another's account of them (date_offsets.account_implied): "on 3
    February 2022, a month earlier than the date given in the inspectorate's published report". Where the account's
    date is written in the clause ("two years earlier than the 2016 start date accepted by the court"), the pair joins
    `corrected` as a correction; else id of the date -> the date the account gives, as the offset implies it."""
    out: dict[int, DateValue] = {}
    taken = {id(c) for c, _ in corrected.values()} | set(corrected)
    for i, own in enumerate(claims):
        if not isinstance(own.value, DateValue) or own.hedged or id(own) in taken:
            continue
        base = own.sentence_start
        found = account_implied(own.value, own.sentence[own.end - base:], pack)
        if found is None:
            continue
        implied, (account_start, account_end) = found
        stated = next((c for c in claims[i + 1:i + 1 + CORRECTION_REACH] if c.sentence_start == base
                       and own.end + account_start <= c.start < own.end + account_end
                       and isinstance(c.value, DateValue)), None)
        if stated is None:
            out[id(own)] = implied
        elif id(stated) not in taken and _agree(implied, stated.value) and same_sort(own.value, stated.value):
            corrected[id(own)] = (stated, stated)
            taken |= {id(own), id(stated)}
    return out


def _rejected_elsewhere(claims: tuple[Claim, ...], corrected: dict, rejected: set[int]) -> set[int]:
    """The ids of a source's claims that give a value it rejects in a correction elsewhere ("presented as closed: 63.4
    kilometres" beside "we find 81 kilometres ..., not 63.4"): the account it disputes, told as another's."""
    tolds = [told for _, told in corrected.values()]
    if not tolds:
        return set()
    return {id(c) for c in claims if id(c) not in rejected and id(c) not in corrected and any(
        block_of(c.kind, c.value) == block_of(told.kind, told.value) and _agree(c.value, told.value) for told in tolds)}


def _told(made: dict[int, Fresh], rejected: Claim, told: Claim) -> Fresh:
    """The rejected claim's Fresh, as the telling its correction reads it as (a sum as a fine)."""
    fresh = made[id(rejected)]
    if told is rejected:
        return fresh
    return replace(fresh, claim=replace(fresh.claim, norm=told.value), kind=told.kind,
                   block=block_of(told.kind, told.value))


def _neighbours(claims: tuple[Claim, ...]) -> dict[int, tuple[frozenset, frozenset[str]]]:
    """id of each figure -> the keys (match.value_key) of the telling figures (NEIGHBOUR_SPECIFICITY) that the other
    claims of its sentence, and of the sentence before it in its paragraph, give, and what those figures count. Not
    of dates: a story's dates stand beside one another, each another event's."""
    siblings = sentence_siblings(list(claims))
    earlier = earlier_siblings(list(claims), siblings)
    # each telling figure's key and the words of what it counts, found once
    telling = {id(c): (value_key(c.value), frozenset(tokens(c.value.noun)) if c.value.noun else frozenset())
               for c in claims if isinstance(c.value, Figure) and specificity(c.value) >= NEIGHBOUR_SPECIFICITY}
    out = {}
    for c in claims:
        if not isinstance(c.value, Figure):
            out[id(c)] = (frozenset(), frozenset())
            continue
        own = value_key(c.value)
        beside = [found for o in (*siblings[c.sentence_start], *earlier.get(c.sentence_start, ()))
                  if (found := telling.get(id(o))) is not None and found[0] != own]
        out[id(c)] = (frozenset(key for key, _ in beside), frozenset().union(*(nouns for _, nouns in beside)))
    return out


# A value, then the one it corrects in the same clause run: "41 shell exporters took part, not the 38 named in
# court", "31 minutes after the first explosion, not 14 minutes as the authorities have stated", "by 31% on
# average, not by the 18% the Inspectorate accepted", "Thirty-one passengers were taken to hospital, according to
# figures the Ledger obtained, rather than the 27 cited in official accounts", "nearly 1,900 items sold before the
# period under Section 22(1) had run out, where the court found 1,312" (not "not only the 1,846 children": that
# one is counted too); a subsection's brackets are no aside
_CLAUSE_RUN = r"(?:[^.;:!?()\[\]]|\(\w{1,4}\)){0,160}?"
# the verbs of a body's telling of a value ("the court found", "the inspectorate counted")
_TELLING_VERBS = r"found|counted|recorded|reported|accepted|cited|gave"
# (the rejected value may be said to be another's telling before it: "rather than the widely reported 19", "not the
# official 412"; set off by a dash, "2.6 million records left the system – not the 2.31 million cited"; quoted, "not
# the "approximately 800 litres" given in the judgment")
_CORRECTING = re.compile(_CLAUSE_RUN + r"(?:,\s+not|\s+(?:[–—]|--?)\s+not|,?\s+rather\s+than|,?\s+instead\s+of)\s+"
                         r"(?:(?:by|at|in|on|of|from|to|for)\s+)?(?:the\s+)?"
                         r"(?:(?:(?:widely|officially|previously|commonly|publicly|often)\s+)?"
                         r"(?:reported|cited|stated|published|claimed|quoted|accepted|given|official)\s+)?"
                         r"(?-i:[A-Z]{3}\s+)?[\"“]?", re.IGNORECASE)
# ... or where another body found otherwise, the value closing the clause: "where the court found 1,312." (not "at its
# Hamburg plant, where the inspectors found 900 workers without contracts": another count of the place's)
_WHERE_ANOTHER_FOUND = re.compile(_CLAUSE_RUN + r",\s+where\s+(?:the\s+|an?\s+)?"
                                  r"(?:[\w'’-]+\s+){1,4}?(?:had\s+)?(?:" + _TELLING_VERBS
                                  + r"|put\s+it\s+at)\s+(?-i:[A-Z]{3}\s+)?", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.;:,)]|$)")
# ... or set above, below or against another's telling of it: "at KRM 6.2 million, well above the KRM 4.6 million the
# court accepted", "437 houses were destroyed, against the 412 cited by the Inspectorate" (not "well above the 4 per
# cent cap": a bound, no one's telling; nor its own of another year: "well above the 4.1 million it reported in 2022";
# nor "against 320 with the subsidy", "compared with 11 in 2022": another point). _SET_BESIDE_ANOTHERS: the words up
# to the other value, or to the body whose estimate it is (_BESIDE_ANOTHERS_ESTIMATE)
_SET_BESIDE_ANOTHERS = (_CLAUSE_RUN + r",\s+(?:(?:(?:well|far|much|way)\s+)?(?:above|below|higher\s+than|lower\s+than|"
                        r"more\s+than|less\s+than|fewer\s+than|greater\s+than)|(?:as\s+)?against)\s+the\s+")
_BESIDE_ANOTHERS = re.compile(_SET_BESIDE_ANOTHERS + r"(?-i:[A-Z]{3}\s+)?", re.IGNORECASE)
_ANOTHERS_TELLING = re.compile(r"\s+(?:that\s+|which\s+)?(?!(?:it|its|they|we|he|she|the\s+company)\b)"
                               r"(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){1,3}?(?:had\s+)?(?:" + _TELLING_VERBS
                               + r"|stated|published)\b"
                               r"(?!\s+(?:in|for|during)\s+(?:\d{4}|the\s+(?:previous|prior|last)\b)|\s+a\s+year\s+(?:earlier|before)\b)",
                               re.IGNORECASE)
# ... or told by another in a participle: "the 412 cited by the Inspectorate", "the 87 identified by inspectors", "the
# 11,482 in the TPRA's report", "the DVF 41.3 million in the official figures" (not a place's or a year's: "the 38
# found in Bremen", "the 4.1 million reported in 2022", "the 1,870 in the previous quarterly report")
_TOLD_BY_ANOTHER = re.compile(r"\s+(?:(?:cited|given|identified|reported|recorded|counted|found|published|accepted|"
                              r"named|stated)\s+by(?!\s+(?:\d|mid-|the\s+(?:end|start|time)\b))|"
                              r"(?:(?:cited|given|stated|published)\s+)?in\s+the\s+"
                              r"(?:(?:[\w-]+\s+){0,2}?[\w-]+['’]s?\s+(?:own\s+)?|official\s+|published\s+)"
                              r"(?:report|records|figures|count|findings|judgment|timeline))\b", re.IGNORECASE)
# ... or set some time before or after another's telling of the day: "on 28 April 2021, during a visit about a separate
# matter - more than six weeks before the inspection of 12 June that the published report treats as the first finding"
_SET_BEFORE_ANOTHERS = re.compile(
    _CLAUSE_RUN + r"(?:\s+[-–—]|,)?\s+(?:(?:more|less)\s+than\s+|some\s+|about\s+|almost\s+|nearly\s+|over\s+)?"
    r"[\w-]+\s+(?:days?|weeks?|months?|years?)\s+(?:before|after|earlier\s+than|later\s+than|ahead\s+of)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:of|on|dated)\s+", re.IGNORECASE)
_TREATED_AS_ANOTHERS = re.compile(
    r"\s+(?:that|which)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){1,4}?(?:treats|treated|gives|gave|uses|used|names|named"
    r"|cites|cited|records|recorded|reports|reported|calls|called)\b", re.IGNORECASE)
# ... or set beside a body's own estimate of it, the telling named before the value: "at SLM 88.2 million, below the
# Chamber's estimate of SLM 97.6 million", "against the court's figure of 41"; a body by its name or its kind (rules'
# body_kinds), not another year's or place's total ("the previous year's total of 4,133", "the region's total"), nor a
# plan's or a budget's (rules' planned_words: "the staffing plan's figure of 19")
_BESIDE_ANOTHERS_ESTIMATE = (
    _SET_BESIDE_ANOTHERS + r"(?!(?:[\w-]+\s+){0,3}?(?:{{planned_words}}))"
    r"(?:(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,3}|(?:[a-z-]+\s+)?(?-i:{{body_kinds}}))['’]s?\s+"
    r"(?:own\s+|official\s+)?(?:estimate|figure|count|total|tally|calculation)\s+of\s+(?-i:[A-Z]{3}\s+)?")
# ... but not a value set against what was planned, asked for or allowed (rules' planned_words); a body named among
# who told the rejected value is its teller, not its plan ("not the 312 cited by the inspectorate and the
# prosecution": the prosecution's count; but "not the 40 million given by the ministry as its budget" is a plan)
_NOT_WHAT_WAS_MEANT = (r"[^.;:!?]{0,60}?\b(?<!\b(?:cited|given|reported|recorded|counted|found|published|accepted|"
                       r"named|stated)\s+by\s+(?:the\s+)?(?:(?!as\b)[\w'’-]+\s+){0,10})(?:{{planned_words}})\b")


# A sentence that tells its value as others' account, not the source's own finding: "Officially, the face gave way at
# 06:42", "Officials say the boards were bought in March 2021", "Most accounts date the visit to 14 February", "The
# official count ... has been repeated by the authority", "The inspectorate's report dates the suspension to 2
# December", "The Inspectorate and the court both say 12", "The court, following the agency, found that it shipped 412
# containers", "The press summary, and reports based on it, say", "Both the court summary and the wire coverage say",
# "The court summary and the wire reports describe Mr Venkell as 54", "She has been described everywhere as 11", "The
# official fee is DSR 18,500", "The civil protection office's figure of 318 evacuated residents", a long
# aside between the body and its verb too ("The court, which could rely only on cases backed by evidence ...,
# accepted 3,214") (_recited_beside); not a plain attribution ("the authority said"), which a source gives its own
# values by
_RECITAL = (r"\bofficially\b|\bofficial\s+(?:count|figure|toll|total|tally|account|record|date|time|version|"
            r"number|estimate|data|statistic|document|paper|timeline|fee|price|cost|sum|amount|loss|age|value|"
            r"statement)s?\b|"
            r"\b[\w-]+['’]s?\s+(?:official\s+|own\s+)?(?:figure|count|total|tally|estimate)\s+of\b"
            r"|\b(?:most|all|earlier|other|published)\s+accounts\b"
            r"|\b(?:report|judgment|ruling|verdict|summary|timeline|records|papers|documents|filings)"
            r"(?:,[^,.;:]{1,60},|\s+and\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:says|said|say|describes?|described)\b"
            r"|\b(?:widely|previously|commonly|publicly)\s+(?:reported|cited|stated|given|accepted|described)\b"
            r"|\b(?:described|given|reported)\s+by\s+(?:the\s+)?(?:{{body_kinds}}|\p{Lu}{2,}\b)"
            r"|\b(?:described|reported|cited|given)\s+everywhere\b"
            r"|\b(?:has|have)\s+been\s+(?:repeated|reported|cited|given|stated|accepted)\b|\bboth\s+say\b"
            r"|\bofficials\s+(?:say|said|maintain|insist)\b"
            r"|\b(?:{{body_kinds}}|report|judgment|ruling|verdict|authorities|summary|timeline)(?:['’]s?)?,?"
            r"(?:\s+[\w,'’()-]+){0,16}?\s+(?:found|finds|dates?|dated|count(?:s|ed)?|gives?|gave|puts?|describes?"
            r"|described|places?|placed"
            r"|records?|recorded|states?|stated|cites?|cited|accepts?|accepted)\b")
# ... and the source's own telling beside it, set against the recital or told from its own evidence: "But an internal
# review ... records", "According to those emails", "Admission records ... show 112", "The families count eight", "The
# written judgment, which the Ledger has read, convicts him under Article 217", "The company's own sales spreadsheet
# ... lists 6,120 lifetime contracts", "The manufacturer's plate, photographed by our reporters, reads 1983", "Our
# reporter in court heard the judge pronounce three years and six months", "An independent reconstruction ... puts the
# speed at 81 km/h" (not
# "Clinics across the valley saw 112 patients", "The plant was shut on 19 March": another point)
_OWN_EVIDENCE = re.compile(r"\b(?:but|however|yet|instead|whereas|in\s+fact|according\s+to|records?|recorded|"
                           r"show(?:s|ed|n)?|logs?|emails?|documents?|files|review|audit|count(?:s|ed)?|tally|"
                           r"certificates?|register|established|true|actual|obtained|seen|leaked|internal|"
                           r"calculations?|analysis|recordings?|audio|footage|judge?ments?|transcripts?|minutes|"
                           r"invoices?|ledgers?|read|spreadsheets?|lists|listed|receipts?|catalogues?|"
                           r"photographs?|photographed|plates?|reads|heard|reporters?|reconstruct(?:ion|ed)|"
                           r"we\s+(?:found|counted|identified|traced|matched|checked))\b",
                           re.IGNORECASE)


def _corrections(claims: tuple[Claim, ...], pack) -> dict[int, tuple[Claim, Claim]]:
    """The claims of one source that correct another value, and the ones they correct: claim id -> the claim it
    corrects, which the source names only to reject it, and that claim as a telling of the correction's sort (a sum
    rejected beside a fine, as a fine: _as_a_fine; a bare number beside a value in a unit, in that unit:
    _in_its_unit). Only the next claim of the same sentence, of the same sort (so read) and near enough to be one
    point's two tellings (lint.disputes), and not one planned, asked for or allowed."""
    out: dict[int, tuple[Claim, Claim]] = {}
    not_what_was_meant = pack.expanded(_NOT_WHAT_WAS_MEANT, "a value planned, asked for or allowed")
    beside_anothers_estimate = pack.expanded(_BESIDE_ANOTHERS_ESTIMATE, "a value set beside a body's estimate")

    def corrected(own: Claim, rejected: Claim, told: Claim) -> bool | None:
        """Does `own` correct `rejected`, read as `told`? None where the words between them say no correction
        reaches past `own`."""
        base = own.sentence_start
        gap = own.sentence[own.end - base : rejected.start - base]
        after = rejected.end - base
        if not (_CORRECTING.fullmatch(gap)
                or (_WHERE_ANOTHER_FOUND.fullmatch(gap) and _CLAUSE_END.match(own.sentence, after))
                or (_BESIDE_ANOTHERS.fullmatch(gap)
                    and (_ANOTHERS_TELLING.match(own.sentence, after) or _TOLD_BY_ANOTHER.match(own.sentence, after)))
                or (isinstance(own.value, DateValue) and _SET_BEFORE_ANOTHERS.fullmatch(gap)
                    and _TREATED_AS_ANOTHERS.match(own.sentence, after))
                or beside_anothers_estimate.fullmatch(gap)):
            return None
        return (not not_what_was_meant.match(own.sentence, rejected.end - base) and same_sort(own.value, told.value)
                and not _agree(own.value, told.value) and not two_points(own.value, told.value, ANSWER_MAX_DAYS))

    for i, rejected in enumerate(claims):
        # the nearest claim before it in its sentence that it could be the other telling of (past a value of another
        # sort between them: "Thirty-one ... from the city's three receiving hospitals, rather than the 27 cited")
        found = None
        for own in reversed(claims[max(0, i - CORRECTION_REACH):i]):
            if own.sentence_start != rejected.sentence_start:
                break
            if id(own) in out:
                continue
            told = rejected if own.kind is rejected.kind else _as_a_fine(rejected, own)
            if told is None:
                continue
            verdict = corrected(own, rejected, told)
            if verdict is None:
                break
            if verdict:
                found = (own, told)
                break
        # ... and where none is of its sort, a bare number in the unit of the value right before it ("438 days, not
        # the 412 cited"; not "14 protesters in 12 days, not the 11 reported": the protesters' count)
        nearest = claims[i - 1] if i else None
        if (found is None and nearest is not None and nearest.sentence_start == rejected.sentence_start
                and nearest.kind is rejected.kind and id(nearest) not in out):
            told = _in_its_unit(rejected, nearest)
            if told is not rejected and corrected(nearest, rejected, told):
                found = (nearest, told)
        if found is not None:
            out[id(found[0])] = (rejected, found[1])
    return out


def _accounts_answered(claims: tuple[Claim, ...], source: Source, corrected: dict,
                       recites: dict[str, bool] | None = None,
                       holders: dict[int, str] | None = None) -> dict[int, tuple[Claim, Claim]]:
    """Another's account a source reports, then answers with its own value in the next sentence: "Official documents
    give 14 June 2022 as the date of the last bolt check. Brannoc's own work sheets show technicians were last inside
    the tower on 28 April 2022." Claim id of the answer -> (the account's claim, as told), as _corrections gives: the
    first claim of the account's sort near enough to be the same point's other telling, in the next sentence of its
    paragraph or the one after (the next giving none of that sort): the source's own (uncredited, or credited to itself:
    "The Courier has established that it was eleven"; unhedged) and told on its evidence or against the account
    (_OWN_EVIDENCE, in the answer's words: _answer_told); or the age of the account's person, told again by a pronoun,
    whoever told it (_an_age_answered); but first the source's own conclusion, a few sentences on, where it gives
    one (_concluded_later). A day may answer a day up to ANSWER_MAX_DAYS off; a time of day a camera shows needs none of
    the account's words (_FOOTAGE). An account may be told as others' without naming them (`recites`: each
    sentence's, by _RECITAL): "Officially, the face gave way at 06:42. The quarry's own seismic log ... records the
    collapse of the face at 06:05". `holders`: whose term or age each claim is (holders.holders_of): one person's
    never answers another's ("Brecke ... was given five years. Okkvist ... was sentenced to three years")."""
    out: dict[int, tuple[Claim, Claim]] = {}
    holders = holders or {}
    taken = {id(c) for c, _ in corrected.values()} | set(corrected)
    recites = recites or {}
    cited: dict[int, set] = defaultdict(set)  # each sentence's provisions, by where it starts
    for c in claims:
        if isinstance(c.value, Statute):
            cited[c.sentence_start].add(c.value)
    for i, account in enumerate(claims):
        credited = account.attributed_to and not attribution_matches(account.attributed_to, [source])
        if (account.hedged or id(account) in taken
                or not (credited or (not account.attributed_to and recites.get(account.sentence)))):
            continue
        if concluded := _concluded_later(account, claims, i, taken, source):
            # (the source's own conclusion is its answer, before the evidence told on the way: "A video ... with a
            # timestamp of 06:23 ... On this evidence, the ferry capsized at about 06:25")
            out[id(concluded)] = (account, account)
            taken |= {id(concluded), id(account)}
            continue
        told_again = -1
        for k, own in enumerate(claims[i + 1:], i + 1):
            if own.sentence_start == account.sentence_start:
                if id(own) not in taken and _an_age_answered_after_but(account, own):
                    out[id(own)] = (account, _as_its_age(account, own))
                    taken |= {id(own), id(account)}
                    break
                continue  # the account's own sentence
            if own.paragraph != account.paragraph or not _next_sentence_or_one_on(
                    account, own, MEASURE_ANSWER_SENTENCES if _a_measure_in_its_unit(account, own, claims[i + 1:k])
                    else 2):
                break
            if id(own) not in taken and _an_age_answered(account, own) and (
                    not is_age(account.value) or _of_its_sort(account, own)):
                out[id(own)] = (account, _as_its_age(account, own))
                taken |= {id(own), id(account)}
                break
            if own.sentence_start == told_again and not _IN_FACT.search(_told_before(own)):
                # (the rest of a sentence that told the account's value again: "from 23:12 until 01:04"; but not a
                # value the sentence sets right: "one boy, whose visa file lists him as 13, was in fact 12")
                continue
            if (not _of_its_sort(account, own) or _an_item_of_a_list(claims, k)
                    or _of_two_holders(account, own, holders)
                    or (two_points(own.value, account.value) and _a_nearer_day_after(own, account, claims, k + 1))
                    or _ranges_of_two_laws(account, own, cited)):
                continue  # (past another point's value: "moved from three lots ... dispensed at 44")
            if _agree(own.value, account.value):
                # (past the account's own value told again, and the rest of its sentence: "The letter is dated 20
                # March. But the register records it as received on 24 March 2023")
                told_again = own.sentence_start
                continue
            if id(own) in taken:
                break
            if (_an_own_other_value(account, own, source)
                    and not _NOT_AN_ANSWER.search(_told_before(own)) and not _of_two_events(account, own)
                    and not _A_PART_OF_IT.match(own.sentence, own.end - own.sentence_start)
                    and _OWN_EVIDENCE.search(answer := _answer_told(account, own, claims[i + 1:k]))
                    and (_share_a_stem(tokens(answer), tokens(account.sentence))
                         or _IT_WAS.search(_told_before(own)) or _set_in_bold(own)
                         # (a count of a thing named, in the very next sentence, near the account's and told on the
                         # source's own evidence, whatever its noun: "says volunteers made 62 test purchase attempts.
                         # The field logs we obtained ... record 54 visits"; a bare number needs more: "found 52")
                         or (isinstance(own.value, Figure) and own.value.unit == "count" and bool(own.value.noun)
                             and _next_sentence_or_one_on(account, own, 1))
                         or (isinstance(own.value, DateValue) and own.value.precision == "time"
                             and _FOOTAGE.search(answer) is not None))):
                # (told in some of the account's words: "A replacement document dated March 2022 was produced"
                # after the court heard the certificate expired in June 2021 is another event's date)
                out[id(own)] = (account, account)
                taken |= {id(own), id(account)}
            break
    return out


# what shows the moment itself, whose time of day answers an account's in whatever words: "Footage from a pharmacy
# camera shows the roof falling at 10:17" after "The report and the court both give the time of the collapse as 10:42"
_FOOTAGE = re.compile(r"\b(?:footage|video|videos|cctv|camera|cameras|dashcam|timestamp|timestamped|filmed"
                      r"|logs?|logged)\b",
                      re.IGNORECASE)


# the source's own conclusion, opening its sentence: "By our count, 34 people died", "On this evidence, the ferry
# capsized at about 06:25", "In our reading, the payments came to KLT 190,000", "By the Ledger's count, 163 people",
# "Counting them, we put the number injured at 15", "That makes at least 11 known cases"
# (a body's count that is not the source's credits the value to that body: no answer of the source's own)
_OWN_CONCLUSION = re.compile(r"(?:(?:in\s+all|in\s+total|so),?\s+)?(?:(?:by|in|on)\s+(?:our|the\s+[\w-]+['’]s)\s+"
                             r"(?:own\s+)?(?:count|calculation|reckoning|tally|analysis|reading|estimate)"
                             r"|on\s+(?:this|that|the|such)\s+(?:evidence|count|reading|analysis|calculation)"
                             r"|our\s+(?:own\s+)?(?:count|analysis|calculation|estimate|reconstruction)\s+"
                             r"(?:puts|shows|gives|finds|found)"
                             r"|(?:(?:counting|including|adding)\s+(?:them|these|those)\s*,\s*)?we\s+(?:now\s+)?"
                             r"(?:put|count|make|reckon|calculate)\s+(?:(?:the|it|that|this|them)\b|(?=[*_]*\d))"
                             r"|(?:that|this)\s+(?:makes|brings|puts)\s+(?:it\s+|the\s+(?:total|toll|number|count)\s+"
                             r"(?:to\s+|at\s+)?)?(?:at\s+least\s+|a\s+total\s+of\s+)?[*_]*\d+)\b", re.IGNORECASE)
# ... or set between commas before its value: "The scheme, on this evidence, began in October 2020"
_CONCLUSION_ASIDE = re.compile(r",\s+(?:on\s+(?:this|that|the|such)\s+evidence|by\s+our\s+(?:own\s+)?count|"
                               r"in\s+our\s+reading),", re.IGNORECASE)
# the most sentences after the account's an own conclusion may answer it from (evidence told in those between)
CONCLUSION_MAX_SENTENCES = 3


def _of_two_holders(account: Claim, own: Claim, holders: dict[int, str]) -> bool:
    """Are the two claims two persons' terms or ages, each holder known?"""
    theirs, mine = holders.get(id(account)), holders.get(id(own))
    return bool(theirs and mine) and not among_holders(theirs, (mine,))


def _concluded_later(account: Claim, claims: tuple[Claim, ...], i: int, taken: set,
                     source: Source) -> Claim | None:
    """The first claim of an account's sort in a later sentence of its paragraph, within CONCLUSION_MAX_SENTENCES,
    that the source tells as its own conclusion (_OWN_CONCLUSION): "The official toll is 31. The Ledger has
    identified three further victims ... By our count, 34 people died." The evidence between may give values of the
    sort (a video's timestamp of 06:23, a watch stopped at 06:26) that answer nothing."""
    for own in claims[i + 1:]:
        if own.sentence_start == account.sentence_start:
            continue
        if own.paragraph != account.paragraph:
            return None
        if not (id(own) not in taken and _of_its_sort(account, own) and _an_own_other_value(account, own, source)
                and (_OWN_CONCLUSION.match(own.sentence) is not None
                     or _CONCLUSION_ASIDE.search(_told_before(own)) is not None)):
            continue
        # (how far on, asked of a conclusion alone: any later one is farther)
        found = _two_sentences(account, own)
        if found is None:
            return None
        paragraph, account_end, own_start, _ = found
        return own if len(_SENTENCE_ENDS.findall(paragraph[account_end:own_start])) < CONCLUSION_MAX_SENTENCES else None
    return None


def _of_its_sort(account: Claim, own: Claim) -> bool:
    """Is `own` a value of the account's kind and sort, near enough to be the same point's other telling? A count of
    its own thing may answer a count of another's ("The Authority's report says 246 guests ... The caterer's invoice
    charges for 271 dinner covers"): the source sets the two side by side as one point's tellings."""
    if own.kind is not account.kind or not same_sort(own.value, account.value):
        return False
    if isinstance(own.value, Penalty) and (own.value.type == "fine") != (account.value.type == "fine"):
        return False  # (a fine answers no term: "10 months' imprisonment ... the fine at BRM 21,000")
    if isinstance(own.value, Statute) and own.value.division != account.value.division:
        return False  # (nor an act's number an article: "Act No. 9 of 2022 renumbered that part of the law")
    if not two_points(own.value, account.value, ANSWER_MAX_DAYS):
        return True
    mine, theirs = own.value, account.value
    return (isinstance(mine, Figure) and isinstance(theirs, Figure) and bool(mine.noun and theirs.noun)
            and not part_and_whole(mine, theirs) and tellings_set_side_by_side(mine, theirs)
            and not two_points(replace(mine, noun=None), replace(theirs, noun=None), ANSWER_MAX_DAYS))


def _told_before(claim: Claim) -> str:
    """Its sentence up to the claim, bold markers blanked: the words before a value read across its markup ("He was
    **61** when sentenced")."""
    return BOLD_MARKUP.sub(lambda m: " " * len(m.group()), claim.sentence[: claim.start - claim.sentence_start])


# How many lines from a table the prose telling its cells' values may stand.
TABLE_PROSE_REACH_LINES = 12


def _cells_its_prose_hedges(claims: Sequence[Claim], lines: Sequence[int]) -> set[int]:
    """The ids of table cells whose value the source's own prose beside the table tells only as alleged or found by
    its survey ("| Children still using an inhaler | 37 |", then "Our survey found that 37 children ..."): the table
    sums up that telling, as hedged as it is."""
    hedged = sorted(((line, claim) for claim, line in zip(claims, lines, strict=True)
                     if claim.hedged and claim.row_start is None), key=lambda told: told[0])
    if not hedged:
        return set()
    at = [line for line, _ in hedged]
    out = set()
    for cell, line in zip(claims, lines, strict=True):
        if cell.row_start is None or cell.hedged:
            continue
        # (only the prose within reach: a source's tellings are many, its nearby ones few)
        near = hedged[bisect.bisect_left(at, line - TABLE_PROSE_REACH_LINES):
                      bisect.bisect_right(at, line + TABLE_PROSE_REACH_LINES)]
        if any(_agree(cell.value, told.value) for _, told in near):
            out.add(id(cell))
    return out


def _of_two_events(a: Claim, b: Claim) -> bool:
    """Are the two counts of clauses that name events, and none the same ("six people died", "interviewed 17 people")?
    Then one is no answer to the other (a provision is: "convicted under Article 188", "charged under Article 189")."""
    if not (isinstance(a.value, Figure) and isinstance(b.value, Figure)):
        return False
    mine, theirs = _clause_events(a), _clause_events(b)
    return bool(mine and theirs and not mine & theirs)


def _clause_events(claim: Claim) -> frozenset[str]:
    """The events (rules/match.toml) the claim's clause names, between the punctuation around it."""
    at = claim.start - claim.sentence_start
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(claim.sentence, 0, at)]
    after = _CLAUSE_BREAK.search(claim.sentence, at + len(claim.text))
    start, end = starts[-1] if starts else 0, after.start() if after else len(claim.sentence)
    return _events_named(set(tokens(claim.sentence[start:end])))


def _events_named(words: set[str]) -> frozenset[str]:
    """The events (rules/match.toml) these context words name ("die" for "killed")."""
    return frozenset(name for name, said in (lexicon().events or {}).items() if words & said)


_CLAUSE_BREAK = re.compile(r"[,;:()—–]")


def _set_in_bold(claim: Claim) -> bool:
    """Is the value set in bold, the source's own highlight of what it found ("Courier reporters found **58**"), maybe
    with a word or two of what it counts ("list **14 workers** from the mill")?"""
    at = claim.start - claim.sentence_start
    before = claim.sentence[max(0, at - 2): at]
    return bool(BOLD_MARKUP.fullmatch(before)
                and _BOLD_CLOSES.match(claim.sentence, at + len(claim.text)))


# the bold set round a value closing right after it, or after a word or two of what it counts ("**14 workers**")
_BOLD_CLOSES = re.compile(r"(?:[ \t]+[\w'’-]+){0,2}(?:\*\*|__)")


def _an_own_other_value(account: Claim, own: Claim, source: Source) -> bool:
    """Is `own` the source's own value (uncredited, or credited to itself), unhedged, one the account's does not agree
    with and as precise as it?"""
    return ((own.attributed_to is None or attribution_matches(own.attributed_to, [source])) and not own.hedged
            and not _agree(own.value, account.value) and _as_precise(own.value, account.value))


# numbers listed one after another ("list 97, 83 and 58 dogs respectively: a total of 238"): each a part of what the
# source sums, no answer of its own
_LIST_JOINT = re.compile(r"[*_]*(?:\s*,\s*|,?\s+and\s+)[*_]*")


def _an_item_of_a_list(claims: tuple[Claim, ...], k: int) -> bool:
    """Is claims[k] one of a list of values of its sort ("97, 83 and 58"), a part of the total the source goes on to
    give? Not a value after another sort's ("from 23:12 until 01:04, 1 hour and 52 minutes"), nor one whose part
    follows it ("two years, 18 months of it suspended")."""
    own = claims[k]
    for other in (claims[k - 1] if k else None, claims[k + 1] if k + 1 < len(claims) else None):
        if other is None or other.sentence_start != own.sentence_start or not same_sort(other.value, own.value):
            continue
        first, then = (other, own) if other.start < own.start else (own, other)
        if (_LIST_JOINT.fullmatch(own.sentence, first.end - own.sentence_start, then.start - own.sentence_start)
                and not _A_PART_OF_IT.match(own.sentence, then.end - own.sentence_start)):
            # (not a part of the value before it: "a sentence of two years, 18 months of it suspended")
            return True
    return _a_part_of_a_sum_told(claims, k)


def _a_part_of_a_sum_told(claims: tuple[Claim, ...], k: int) -> bool:
    """Is claims[k] one of its sentence's counts that add up to one told later in it ("44 admissions at Lindessa
    General, 19 at St Aurel's and 8 at Kessvik: 71 in all")? A part of the total, not the source's answer."""
    own = claims[k]
    if not _a_plain_count(own.value):
        return False

    def counted(j: int) -> bool:
        return 0 <= j < len(claims) and claims[j].sentence_start == own.sentence_start and _a_plain_count(
            claims[j].value)

    first = k
    while counted(first - 1):
        first -= 1
    for a in range(first, k + 1):
        total = sum(c.value.low for c in claims[a:k + 1])
        for b in range(k + 1, len(claims)):
            if not counted(b):
                break
            if claims[b].value.low == total and b - a >= 2:
                return True
            total += claims[b].value.low
    return False


def _a_plain_count(value) -> bool:
    """A number told exactly, in no unit but a count ("44", "19 admissions")."""
    return isinstance(value, Figure) and value.unit == "count" and value.low == value.high and not value.approx


# the person an account gave an age, told of again by a pronoun: "Court documents give her age as 81. Her family says
# she was 84.", "The register gives his date of birth as 3 March 1968, which makes him 56."
_THEIR_AGE = re.compile(r"\b(?:(?:she|he)\s+(?:is|was|turned|had\s+turned|would\s+have\s+been|is\s+now)"
                        r"|(?:her|his)\s+(?:real\s+|true\s+|actual\s+)?age\s+(?:is|was|as)"
                        # ... or later in the pronoun's clause: "he was born on 2 June 2016 and had turned nine" (the
                        # age read with its verb, or without)
                        r"|(?:she|he)\s+[^.;:]{1,60}?\band(?:\s+had)?(?:\s+turned)?)\s+$", re.IGNORECASE)
# ... or worked out for them, the words read as the age's own ("which makes him 56")
_MAKES_THEM = re.compile(r"\b(?:make|makes|made|making)\s+(?:him|her)\s+[*_]*\d{1,3}[*_]*$", re.IGNORECASE)


def _as_its_age(account: Claim, own: Claim) -> Claim:
    """The account as the age the answer gives another of: its bare number read as the age it is ("describes the
    injured girl as 17")."""
    return account if is_age(account.value) else replace(account, value=replace(account.value, unit=own.value.unit))


def _an_age_answered(account: Claim, own: Claim) -> bool:
    """Does the next sentence give the person of an age the account gave another age ("Court documents give her age
    as 81. Her family says she was 84.")? Whoever the source heard it from: an age is no finding of its own. The
    account's age may be a bare number ("Every official document describes the injured girl as 17. ... On 14 March
    2023 she was 16.")."""
    return (an_age_or_a_bare_number(account.value) and is_age(own.value)
            and not _agree(replace(account.value, unit=own.value.unit), own.value)
            and (_THEIR_AGE.search(_told_before(own) + _AGE_VERB_OPENING.match(own.text)[0]) is not None
                 or _MAKES_THEM.search(own.sentence, 0, own.end - own.sentence_start) is not None))


# a value told as what truly was, past words that gave another: "was in fact 12"
_IN_FACT = re.compile(r"\b(?:in\s+fact|actually|in\s+truth|in\s+reality)\s+(?:[*_]+\s*)?$", re.IGNORECASE)


# the verb an age's claim may open with ("turned 44"), read with the words before the claim
_AGE_VERB_OPENING = re.compile(r"(?:(?:turned|had\s+turned)\s+)?", re.IGNORECASE)


# an answer set against the account in its own sentence: "Court papers describe her as 46, but her family says she
# turned 44 in January"; or the person's age past an aside telling the account's: "Varnhold, whom the court and most
# reports described as 46, is 49"
_BUT_BETWEEN = re.compile(r"[,;]\s+(?:but|yet|whereas|while)\b|;\s", re.IGNORECASE)
_PAST_THE_ASIDE = re.compile(r",\s+(?:is|was)\s+(?:in\s+fact\s+|actually\s+)?", re.IGNORECASE)
_ASIDE_OPENING = re.compile(r",\s+(?:whom|who)\s", re.IGNORECASE)


def _an_age_answered_after_but(account: Claim, own: Claim) -> bool:
    """Does the account's own sentence, past a "but" or the aside it is told in, give its person another age?"""
    base = account.sentence_start
    between = account.sentence[account.end - base: own.start - base]
    if _PAST_THE_ASIDE.fullmatch(between):
        return (is_age(account.value) and is_age(own.value) and not _agree(account.value, own.value)
                and _ASIDE_OPENING.search(account.sentence, 0, account.start - base) is not None)
    return _BUT_BETWEEN.search(between) is not None and _an_age_answered(account, own)


# a part of the account's value, told right after it ("TVL 13.5 million of that sum is ring-fenced for the fund's
# administration", "with 56 days of the period remaining", "56 days left"): no answer
_A_PART_OF_IT = re.compile(r"[*_]*\s+(?:of\s+(?:that|this|it|which|the\s+(?:period|sum|total|amount|term|deadline"
                           r"|time))\b|(?:remaining|left|to\s+go)\b)", re.IGNORECASE)
# a count of others than the account's ("the court found two proven. We cannot prove the other five"): no answer
_NOT_AN_ANSWER = re.compile(r"\b(?:other|remaining|further|another|additional)\s+$", re.IGNORECASE)
# the shortest stem two words may share to be one word told in two forms ("arrival", "arriving")
SHARED_STEM = 4


def _share_a_stem(words: Iterable[str], others: Iterable[str]) -> bool:
    """Do the two texts' words share one, or one's stem ("The official report puts the inspectors' arrival at 06:40" and
    "a doorbell camera shows the first police vehicles arriving at 05:50")?"""
    mine, theirs = set(words), set(others)
    if mine & theirs:
        return True
    long_enough = [t for t in theirs if len(t) >= SHARED_STEM]
    return any(t.startswith(w) or w.startswith(t) for w in mine if len(w) >= SHARED_STEM for t in long_enough)


# the answer's own words pointing back at the account's point: "The Courier has established that it was eleven", "The
# Herald has established that the true figure is 21", "We count five"
_IT_WAS = re.compile(r"\b(?:(?:it|the\s+(?:true|real|actual|correct)\s+"
                     r"(?:figure|number|toll|total|count|tally|date|age))"
                     r"\s+(?:was|is|were|had\s+been)\s+(?:in\s+fact\s+|actually\s+)?"
                     r"|we\s+(?:count|counted|make\s+it)\s+)$", re.IGNORECASE)


def _as_precise(answer: Value, account: Value) -> bool:
    """Is a date that answers an account's as precise, a month standing for a day ("the log shows March 2022" after
    "14 February 2022"), and bounded alike? A year after a day dates something else ("In the first half of 2024 the
    Authority referred five more cases"), as a period's start does ("31 cases since January 2022" after a review
    dated July 2024). Any other value is."""
    if not isinstance(answer, DateValue) or not isinstance(account, DateValue):
        return True
    return answer.anchor == account.anchor and (
        answer.precision == account.precision or {answer.precision, account.precision} <= {"day", "month"})


def _next_sentence_or_one_on(first: Claim, then: Claim, reach: int = 2) -> bool:
    """Is `then` in the sentence right after `first`'s (only spaces between them), or in one of the `reach` - 1 after
    that ("... places the first fatal rupture at 7:40 a.m. We agree on the date. But the police log records the call
    at 6:55 a.m.")?"""
    found = _two_sentences(first, then)
    if found is None:
        return False
    paragraph, first_end, then_start, _ = found
    between = paragraph[first_end:then_start].strip()
    return not between or (len(_SENTENCE_ENDS.findall(between)) < reach
                           and _SENTENCE_ENDS.search(between[-3:]) is not None)


# How many sentences on a measure in the account's own unit may answer it ("The Safety Board says the coach hit the
# barrier at 104 km/h. That figure comes from the tachograph ... The engineer we commissioned ... read the engine
# control unit directly. It logged 117 km/h"; "The official account says the ambulance took 41 minutes. ... 47 minutes
# passed"): where no value between them is in that unit, the evidence between may run a sentence longer than a count's
# or a day's may
MEASURE_ANSWER_SENTENCES = 3
# the units that many of a story's values share: a count, an age, a share
_COMMON_UNITS = frozenset({"count", "age", "percent"})


def _a_measure_in_its_unit(account: Claim, own: Claim, between: Sequence[Claim]) -> bool:
    """Are both measures in one unit (km/h, tonnes, minutes, a currency), not counts, ages or shares, and none of the
    claims `between` them in it?"""
    a, b = account.value, own.value
    return (isinstance(a, Figure) and isinstance(b, Figure) and a.unit == b.unit and a.unit not in _COMMON_UNITS
            and a.per == b.per and not any(isinstance(c.value, Figure) and c.value.unit == a.unit for c in between))


def _two_sentences(first: Claim, then: Claim) -> tuple[str, int, int, int] | None:
    """(their paragraph, where `first`'s sentence ends in it, where `then`'s starts and ends), its lines' breaks read
    as spaces (a source wrapped at 100 characters breaks its sentences where its paragraph may not); None where
    `then`'s sentence is not after `first`'s."""
    paragraph, first_sentence, then_sentence = (_ONE_SPACE.sub(" ", t) for t in (then.paragraph, first.sentence,
                                                                               then.sentence))
    start = paragraph.find(first_sentence)
    after = paragraph.find(then_sentence, start + len(first_sentence)) if start >= 0 else -1
    if after < 0:
        return None
    return paragraph, start + len(first_sentence), after, after + len(then_sentence)


_ONE_SPACE = re.compile(r"\s+")


def _ranges_of_two_laws(account: Claim, own: Claim, cited: dict[int, set]) -> bool:
    """Are the two a law's penalties, each told beside another provision ("convicted ... under Article 214(3), which
    carries four to twelve years. The indictment ... charged her under Article 214(2), which carries two to eight
    years")? Each is its own provision's range: the dispute is over the provision, not the range. `cited`: each
    sentence's provisions, by where the sentence starts."""
    if not (isinstance(account.value, Penalty) and isinstance(own.value, Penalty)
            and "exact" not in (account.value.bound, own.value.bound)):
        return False
    theirs, mine = cited.get(account.sentence_start, ()), cited.get(own.sentence_start, ())
    return bool(theirs and mine) and not any(_agree(a, b) for a in theirs for b in mine)


def _a_nearer_day_after(own: Claim, account: Claim, claims: Sequence[Claim], start: int) -> bool:
    """Does `own`'s sentence go on (from claims[start]) to give a day near enough the account's to be one event's,
    where `own`'s is months off ("Work sheets show the tower was refitted on 2 January 2022 and its bolts last
    checked on 28 April 2022" against 14 June 2022)? Then `own` is another point's day, and the nearer one the
    answer."""
    after = takewhile(lambda c: c.sentence_start == own.sentence_start, (claims[j] for j in range(start, len(claims))))
    return any(c.kind is account.kind and same_sort(c.value, account.value) and not two_points(c.value, account.value)
               for c in after)


def _answer_told(account: Claim, own: Claim, between: Sequence[Claim]) -> str:
    """The words that answer an account: the answer's sentence, and the one between where the answer is a sentence on
    and that one gives no value of the account's sort (`between`: the claims between the two): "The Courier has seen
    the email ... It is dated 19 August 2024", not "The Authority identified 212 false certificates. The court ordered
    ... the 41 buyers"."""
    # (a sentence between that tells the account's value again is the answer's telling: "The park's rota, which we
    # have seen, shows 14 lifeguards rostered, but five called in sick ... Only nine were working")
    again = {c.sentence_start for c in between if _agree(c.value, account.value)}
    # (an act's number between is no article: "But the Weapons (Amendment) Act No. 9 of 2022 renumbered that part")
    if any(c.sentence_start not in (account.sentence_start, own.sentence_start, *again) and c.kind is account.kind
           and same_sort(c.value, account.value)
           and not (isinstance(c.value, Statute) and c.value.division != account.value.division) for c in between):
        return own.sentence
    found = _two_sentences(account, own)
    if found is None:
        return own.sentence
    paragraph, account_end, _, own_end = found
    return paragraph[account_end:own_end]


# where a sentence ends, in the words between two others
# (not an abbreviation's stop: "Act No. 9 of 2022", "Art. 41")
_SENTENCE_ENDS = re.compile(r"(?<!\bNo)(?<!\bNos)(?<!\bArt)(?<!\bArts)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)"
                            r"(?<!\bCo)[.!?][\"”’)]*(?:\s|$)")


def _in_its_unit(rejected: Claim, own: Claim) -> Claim:
    """A bare number a source rejects, right after its own value in a unit: in that unit, the unit left out ("438
    days, not the 412 cited", "for 23 days rather than the widely reported 19"); any other claim as it is."""
    value, mine = rejected.value, own.value
    if (isinstance(value, Figure) and isinstance(mine, Figure) and value.unit == "count" and value.noun is None
            and value.per is None and mine.unit != "count"):
        return replace(rejected, value=replace(value, unit=mine.unit, per=mine.per))
    return rejected


def _as_a_fine(rejected: Claim, own: Claim) -> Claim | None:
    """A sum a source rejects, beside the fine it gives ("a corporate fine of OMK 1.25 million rather than the 1.5
    million marks read out in court"), read as the fine it tells of; None where either is something else."""
    value, fine = rejected.value, own.value
    if not (isinstance(fine, Penalty) and fine.type == "fine" and isinstance(value, Figure)
            and value.low == value.high and value.per is None):
        return None
    if not value.unit.startswith("currency:"):
        return None  # "rather than the 1.5 million doses it had declared": no sum
    currency = value.unit.split(":", 1)[1]
    return replace(rejected, kind=Kind.PENALTY, value=Penalty("fine", "exact", value.low, value.high, currency))


# How far apart a day a source answers or corrects another's with may be (the judge's DISPUTED_DATE_GAP_YEARS): the
# source sets the two side by side, so the two are one event's, not two days of a story (DISPUTE_MAX_DAYS)
ANSWER_MAX_DAYS = 2 * 365.25


# How many claims before a corrected value are looked at for the one correcting it.
CORRECTION_REACH = 3


# How close the correction's words (or the corrected value's) must be to the point another source gives the
# corrected value on: less than grouping asks (the correction itself says the two are one point), but some
# words of the point ("shell exporters"), never none ("seized 38 trucks at the border")
CORRECTION_MIN_CLOSENESS = 20.0
# ... and where the corrected value is telling (NEIGHBOUR_SPECIFICITY: "1.5 million marks", "212 families", not "38
# trucks"), a few words of the point are enough: another source giving that very value is most of the evidence
CORRECTION_MIN_CLOSENESS_TELLING = 12.0
# ... and none where it is as telling as this ("VMD 14.6 million", "41,870", a time of day as "06:15"): such a value
# rarely recurs by chance, so every point giving it is the one corrected, in whatever words it is told
CORRECTION_ANY_WORDS_SPECIFICITY = 0.8


def _root(owner: list[int], g: int) -> int:
    """The group `g` was joined into, in a union of groups kept as `owner` (each group's owner; its own at first)."""
    while owner[g] != g:
        owner[g] = owner[owner[g]]
        g = owner[g]
    return g


def corrections_joined(groups: list[list[Fresh]], closeness: _Closeness) -> list[list[Fresh]]:
    """Groups that hold a correction ("41 ..., not the 38 named in court") joined to every group in which another
    source gives the corrected value in words close enough to the correction's (a report's sentence and its table
    row may be two groups): they are one point, told two ways, whatever words each source tells it in. A corrected
    date joins only the closest such group, and only where its own has none: a story's days are many, and one day
    is often the date of two events (a time of day is not). A value as telling as CORRECTION_ANY_WORDS_SPECIFICITY
    joins every group giving it, whatever their words. A corrected age joins the one group that gives the age
    rejected, whatever its words: an age is a person's."""
    placed = {id(f): gi for gi, g in enumerate(groups) for f in g}
    owner = list(range(len(groups)))

    def root(g: int) -> int:
        return _root(owner, g)

    for gi, g in enumerate(groups):
        for f in g:
            if f.rejected is None or "^proposed" in f.qualifiers[0]:
                continue  # (a change asked for is no correction: "Refunds within 90 days, not 180")
            mine = root(gi)
            others = [f2 for g2 in groups for f2 in g2 if f2.block == f.block and f2.claim.source != f.claim.source
                      and _agree(f.rejected.claim.norm, f2.claim.norm)
                      and _gives_it_as_told(f.rejected.claim.norm, f2.claim.norm)]

            def fit(o: Fresh, f=f) -> float:  # (the correction's words, or the corrected value's own)
                return max(closeness(f, o), closeness(f.rejected, o))

            a_day = isinstance(f.claim.norm, DateValue) and f.claim.norm.precision != "time"
            telling = specificity(f.rejected.claim.norm)
            needed = (0.0 if telling >= CORRECTION_ANY_WORDS_SPECIFICITY and not a_day
                      else CORRECTION_MIN_CLOSENESS_TELLING if telling >= NEIGHBOUR_SPECIFICITY
                      else CORRECTION_MIN_CLOSENESS)
            ages = [o for o in others if is_age(o.claim.norm)] if is_age(f.rejected.claim.norm) else []
            if len({root(placed[id(o)]) for o in ages}) == 1:
                # a person's age, whatever the words ("she is 56, not 54 as the court stated"): where one point gives
                # the age rejected, it is that person's
                owner[root(placed[id(ages[0])])] = mine
                continue
            if ages:
                # ... and where several do, each the correction's words fit (one person's age, told in three
                # sources' words: "the 17-year-old customer", "the girl, aged 17")
                for o in ages:
                    if fit(o) >= CORRECTION_MIN_CLOSENESS_TELLING:
                        owner[root(placed[id(o)])] = mine
                continue
            # (close enough, never a value of some other point)
            if not a_day:
                for o in others:
                    if fit(o) >= needed:
                        owner[root(placed[id(o)])] = mine  # (mine stays a root: only other roots are moved)
                continue
            if any(root(placed[id(o)]) == mine for o in others):
                continue
            # (a day rejected is the point that gives that day, not one giving its year: "the first complaint arrived
            # on 9 January 2024", not "2024" in the report's title)
            exact = [o for o in others if o.claim.norm.precision == f.rejected.claim.norm.precision]
            best = max(exact or others, key=lambda o: (fit(o), -placed[id(o)]), default=None)
            if best is not None and fit(best) >= needed:
                owner[mine] = root(placed[id(best)])
    joined: dict[int, list[Fresh]] = {}
    for gi, g in enumerate(groups):
        joined.setdefault(root(gi), []).extend(g)
    return [joined[gi] for gi in sorted(joined)]


# A group one source alone tells joins a disputed point that gives its very value only where their words meet this much
# (closeness, 0..100): the value is the evidence, the words need only not be another point's.
LONE_AGREEMENT_MIN_CLOSENESS = 12.0


def lone_agreements_joined(groups: list[list[Fresh]], closeness: _Closeness) -> list[list[Fresh]]:
    """A group in which one source alone gives a value (the wire's "killed seven people"), joined to the one disputed
    group of its block where two sources or more give that very value against another source's (seven deaths in the
    report and the court's summary, nine in the paper's), and where its source gives nothing: the build split one
    point, and the draft that tells the wire's words tells the disputed point. Only where one such group comes close
    enough (LONE_AGREEMENT_MIN_CLOSENESS); not a statute (a law's article is cited on many points), a campaigning
    body's value, nor one its source hedges or rejects; a small count or a day (judge.specificity under
    SAME_VALUE_MIN_SPECIFICITY, every day is one) only where the two name one event ("seven died", "killed seven"),
    and a prison term only of the same person. A source's telling of the official account joins as its telling: the
    wire's "health officials put the number at 47" is the wire's 47."""
    def value_key_of(value: Value) -> str:  # (the value whatever it counts: "seven people" is "seven deaths")
        return _value_id(Kind.FIGURE, replace(value, noun=None)) if isinstance(value, Figure) else repr(value)

    disputed: dict[tuple[tuple, str], list[int]] = defaultdict(list)  # (block, an agreed value's key) -> groups
    for j, g in enumerate(groups):
        if g[0].kind is Kind.STATUTE or len({f.claim.source for f in g}) < 3:
            continue
        tellers: dict[str, set[str]] = defaultdict(set)
        for f in g:
            tellers[value_key_of(f.claim.norm)].add(f.claim.source)
        values = {id(f.claim.norm): f.claim.norm for f in g}
        if all(_agree(a, b) for a in values.values() for b in values.values()):
            continue  # (no dispute)
        for told, sources in tellers.items():
            if len(sources) >= 2:
                disputed[g[0].block, told].append(j)
    if not disputed:
        return groups
    owner = list(range(len(groups)))
    for i, g in enumerate(groups):
        first = g[0]
        value = first.claim.norm
        if (len({f.claim.source for f in g}) != 1 or any(f.claim.norm is not value for f in g)
                or any(f.stamp or f.asked or f.campaigning or f.claim.hedged or f.claim.rejected for f in g)):
            continue
        small = isinstance(value, DateValue) or specificity(value) < SAME_VALUE_MIN_SPECIFICITY
        fits = []
        for j in disputed.get((first.block, value_key_of(value)), ()):
            other = groups[j]
            if first.claim.source in {f.claim.source for f in other}:
                continue  # (its source tells the point there already: its value here is another point's)
            if small and not any(f.events & o.events for f in g for o in other):
                continue
            if _a_term(value) and not {f.claim.holder for f in g} & {o.claim.holder for o in other} - {""}:
                continue
            if max(closeness.best(f, other[:GROUP_SAMPLE_MAX]) for f in g[:GROUP_SAMPLE]) >= \
                    LONE_AGREEMENT_MIN_CLOSENESS:
                fits.append(j)
        if len(fits) == 1:
            owner[i] = fits[0]
    joined: dict[int, list[Fresh]] = {}
    for i, g in enumerate(groups):
        joined.setdefault(owner[i], []).extend(g)
    return [joined[i] for i in sorted(joined)]


def _gives_it_as_told(told: Value, theirs: Value) -> bool:
    """Does another source give a rejected value's very number (at one end of its own, "at least 6.4 million" for a
    rejected "6.4 million"), not merely a bound or range that holds it? "Vesk's fine as KVL 350,000, not the 250,000
    reported" rejects the fine of 250,000 the court gave, never the law's "fine of up to 500,000" (which 250,000
    agrees with). A date is given as told, not by a period that holds it ("since January 2022" for a rejected
    "17 September 2024"); statutes are left as they agree."""
    if isinstance(told, DateValue) and isinstance(theirs, DateValue):
        return theirs.anchor is None
    if not isinstance(told, (Figure, Penalty)) or not isinstance(theirs, (Figure, Penalty)):
        return True
    ends = {n for n in (theirs.low, theirs.high) if n}
    return any(n and any(math.isclose(n, e, rel_tol=1e-9) for e in ends) for n in (told.low, told.high))


# A line holding the document's own date and at most this many other words ("Thursday 3 October
# 2024 | Price: 200 ravels", "Veltrin, May 2024") is its date stamp.
STAMP_MAX_WORDS = 4
_STAMP_PRECISION = {4: "year", 7: "month", 10: "day"}


_WORD_AS_WRITTEN = re.compile(r"\w+(?:-\w+)*(?:['’](?!s\b)\w+)*")


def _names_in(names: frozenset[str], text: str) -> frozenset[str]:
    """The names the text names: a surname as one of its words ("Hollan", "O'Brien", "Novak-Ruiz", "Malevic's"),
    a full name (two persons of one surname: "Ilse Malvich") as its words in a row."""
    found = _WORD_AS_WRITTEN.findall(text)
    words = set(found)
    if any(" " in name for name in names):  # (holders' full names are two words)
        words.update(f"{a} {b}" for a, b in pairwise(found))
    return frozenset(name for name in names if name in words)


def _is_date_stamp(claim: Claim, source: Source) -> bool:
    """The source's own date, as its masthead or title page prints it (its SOURCES.md date). It may
    be a fact too ("Judgment delivered: 22 February 2024"), so it stays a claim; but two sources'
    stamps, or a stamp and another source's date, are never one disputed point."""
    value = claim.value
    if not isinstance(value, DateValue) or value.month_day_only or value.anchor or not source.date:
        return False
    if _STAMP_PRECISION.get(len(source.date)) != value.precision or not value.start.startswith(source.date):
        return False
    sentence, at, end = claim.sentence, claim.start - claim.sentence_start, claim.end - claim.sentence_start
    line_start = sentence.rfind("\n", 0, at) + 1
    line_end = sentence.find("\n", end)
    line_end = len(sentence) if line_end < 0 else line_end
    if sentence[line_start:line_end].rstrip().endswith((".", "!", "?")):
        return False  # a sentence of prose ("It took effect in May 2024."), not a masthead's line
    return len(words(sentence[line_start:at] + " " + sentence[end:line_end])) <= STAMP_MAX_WORDS


# --- grouping ---------------------------------------------------------------


class _Closeness:
    """How close two fresh claims' contexts are, 0..100: the weighted overlap of their clause
    windows and, weaker, of their sentences (lint.overlap), with word weights learnt from the
    sentences of this build, so that the words every source uses ("workers") weigh little."""

    def __init__(self, fresh: list[Fresh]) -> None:
        # weights per block: among statutes, "prostitution" tells points apart even in sources that
        # are all about prostitution; a sentence's words are its own and its claims' ("§23", "@2018")
        sentences: dict[tuple, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for f in fresh:
            sentences[f.block][f.sentence].update(f.sentence.split(), f.local.split())
        self.words = {block: WordWeights(found.values()) for block, found in sentences.items()}
        self._profiles: dict[int, tuple] = {}  # id of a Fresh -> its _profile

    def _profile(self, f: Fresh) -> tuple[dict[str, float], frozenset[str], tuple, frozenset[str]]:
        """`f`'s word weights, provisions, (words, mass) of its paragraph, clause and sentence, and
        its words that are not qualifiers, found once; a word the build never weighs is left out (it
        adds nothing to any overlap)."""
        found = self._profiles.get(id(f))
        if found is None:
            words = self.words[f.block]
            weight = words.weight
            levels = []
            for text in (f.near, f.local, f.sentence):
                folded = frozenset(w for w in words.fold(text.split()) if w in weight)
                levels.append((folded, fsum(map(weight.__getitem__, folded))))
            # a penalty of a provision is that provision's (its term or fine, even where read as a figure:
            # "a maximum of 20 years"); a count of cases under it ("141 charged under Section 41", "54
            # convictions under Section 41") is one of many counts of it
            counted = isinstance(f.claim.norm, Figure) and f.claim.norm.unit == "count"
            content = frozenset(w for words_, _ in levels for w in words_ if w[0] not in QUALIFIER_MARKS)
            found = self._profiles[id(f)] = (weight, frozenset() if counted else f.qualifiers[2], tuple(levels),
                                             content)
        return found

    def __call__(self, a: Fresh, b: Fresh) -> float:
        return self.best(a, (b,))

    def best(self, a: Fresh, others: Iterable[Fresh]) -> float:
        """The closeness of `a` to the closest of `others` (0 for none): grouping asks it of a few
        members at a time, hundreds of thousands of times in a large build, so `a`'s words are
        looked up once and the three levels are written out."""
        if a.block not in self.words:
            return 0.0
        weight, provisions_a, ((near_a, near_mass_a), (local_a, local_mass_a), (sentence_a, sentence_mass_a)), \
            content_a = self._profile(a)
        weight_of = weight.__getitem__
        near_weight, local_weight, sentence_weight = DATE_CONTEXT_WEIGHTS if a.kind is Kind.DATE else CONTEXT_WEIGHTS
        statute = a.kind is Kind.STATUTE
        best = 0.0
        for b in others:
            if b.block != a.block:
                continue
            _, provisions_b, ((near_b, near_mass_b), (local_b, local_mass_b), (sentence_b, sentence_mass_b)), \
                content_b = self._profile(b)
            # two penalties of the same provision ("Section 23 ... up to ten years") are likely one
            # point, whatever else their sentences say
            score = PROVISION_BONUS / 100.0 if provisions_a & provisions_b else 0.0
            if a.claim.holder and a.claim.holder == b.claim.holder:
                score += HOLDER_BONUS / 100.0  # two sources' terms of one person: his sentence, told twice
            if statute:
                if _agree(a.claim.norm, b.claim.norm):
                    score += STATUTE_AGREE_BONUS / 100.0  # the same section of the same law is one provision
                elif _same_named_law(a.claim.norm, b.claim.norm):
                    score += SAME_LAW_BONUS / 100.0  # another section of the same law: maybe a misnumbering
            # a year or a provision alone ("172 cases filed in 2023", "289 persons arrested in 2023", two
            # table cells) says when or under what, not what: without a word of their own, no overlap
            if content_a & content_b:
                # (a shared word weighs something, so where words are shared the masses are not both zero)
                shared = near_a & near_b
                if shared:
                    score += near_weight * 2.0 * fsum(map(weight_of, shared)) / (near_mass_a + near_mass_b)
                shared = local_a & local_b
                if shared:
                    score += local_weight * 2.0 * fsum(map(weight_of, shared)) / (local_mass_a + local_mass_b)
                shared = sentence_a & sentence_b
                if shared:
                    score += sentence_weight * 2.0 * fsum(map(weight_of, shared)) / (sentence_mass_a + sentence_mass_b)
            score *= 100.0
            if score > best:
                best = score
        return best


def _same_named_law(a: Value, b: Value) -> bool:
    """Two provisions of one law, as far as they say: a bare "Article 31" may be of the Act another
    source names ("Article 34 of the Wildlife Act"), and must weigh as much as an Article 27 that
    names it, or the provision that names its law draws every other one that does."""
    return (isinstance(a, Statute) and isinstance(b, Statute) and (a.law is not None or b.law is not None)
            and (a.law == b.law or a.law is None or b.law is None) and a.division == b.division)


# pairs of values (by identity) -> (the values, kept alive so their ids stay theirs; the answer)
_AGREEMENTS: dict[tuple[int, int], tuple[Value, Value, bool]] = {}
AGREEMENTS_KEPT = 200_000


def _agree(a: Value, b: Value) -> bool:
    """Either value agrees with the other. Remembered by identity, which is cheap to hash where a
    value is not: a large build asks the same pairs often, and its equal values are one object."""
    key = (id(a), id(b))
    found = _AGREEMENTS.get(key)
    if found is None:
        if len(_AGREEMENTS) >= AGREEMENTS_KEPT:
            _AGREEMENTS.clear()
        # (an open bound and a value orders of magnitude beyond it agree only in that neither contradicts)
        found = _AGREEMENTS[key] = (a, b, (agrees(a, b) or agrees(b, a)) and not far_beyond_a_bound(a, b))
    return found[2]


class _Group:
    """Claims on one point, and their distinct values with who gives each where: the checks below
    look at the values (a few), not at every member (hundreds, in a large build)."""

    def __init__(self) -> None:
        self.members: list[Fresh] = []
        self.sample: list[Fresh] = []  # the members a claim is compared with (GROUP_SAMPLE)
        # value -> (source, qualifiers, line) -> one member giving it so
        self.values: dict[Value, dict[tuple, Fresh]] = {}

    def add(self, f: Fresh) -> None:
        self.members.append(f)
        if len(self.sample) < GROUP_SAMPLE or (
                len(self.sample) < GROUP_SAMPLE_MAX and all(m.claim.source != f.claim.source for m in self.sample)):
            self.sample.append(f)
        givers = self.values.setdefault(f.claim.norm, {})
        givers.setdefault((f.claim.source, f.qualifiers, f.claim.location), f)

    def absorb(self, other: _Group) -> None:
        for f in other.members:
            self.add(f)

    def _others(self, new: Fresh):
        """(value, givers) of the values `new` does not agree with."""
        return ((v, givers) for v, givers in self.values.items() if not _agree(new.claim.norm, v))

    def disputed_by(self, new: Fresh) -> bool:
        """Would `new` make this group contested: another source gives a value it does not agree with? Not where
        another source gives its very value already, telling enough not to recur by chance (threshold_for): it
        joins a side of the dispute, as the wire's "Inspectors found 873" joins the audit's 873 against the
        paper's 912."""
        return any(src != new.claim.source for _, givers in self._others(new) for src, _, _ in givers) \
            and not self._gives_its_value(new)

    def _gives_its_value(self, new: Fresh) -> bool:
        """Does another source give `new`'s very value here ("873 children" is 873), telling enough?"""
        if specificity(new.claim.norm) < SAME_VALUE_MIN_SPECIFICITY:
            return False
        key = value_key(new.claim.norm)
        return any(src != new.claim.source for v, givers in self.values.items()
                   if v == new.claim.norm or (key is not None and value_key(v) == key) for src, _, _ in givers)

    def allows(self, new: Fresh, recital: bool = False) -> bool:
        """Could `new` be on this point? Not when it gives another value than
        - the same source: one source giving two values is two points (a base and a serious
          case), not a dispute; but where it relays one beside its own (_relayed_beside), or, with
          `recital`, where its value here stands beside `new`, told as others tell it (_recited_beside);
        - a giver qualified otherwise: an earlier value or a law's year ("^from", "^law") against
          one that is not, or a figure for another year ("12 percent in 2021", "15 percent in 2023");
        - a year naming a thing, like `new` ("its 2016 survey", "its 2021 survey");
        - a figure orders of magnitude away, or a law's minimum against its maximum (never a
          reason to group, only a reason not to);
        nor, whatever the value, a term a court gave ("was sentenced to 11 years") beside a law's bound
        ("carries up to 15 years"): a law's own exact term ("punishable by 15 years") may meet its bound;
        - a source's own date stamp, or a stamp's other value (no one disputes a masthead);
        nor, whatever the value, a prison term given to another person than a member's (lint.holders), or
        a term asked for beside one that was not, or a time held in custody beside a prison term; nor another
        section cited of another person."""
        mine = new.qualifiers
        value = new.claim.norm
        if new.claim.holder and any(giver.claim.holder not in ("", new.claim.holder)
                                    for givers in self.values.values() for giver in givers.values()):
            return False  # two persons' prison terms: two points, whether or not they agree
        if new.asked != any(giver.asked for givers in self.values.values() for giver in givers.values()):
            return False  # a term asked for and one given: two points, whether or not they agree
        if new.imposer and any(giver.imposer not in ("", new.imposer)
                               for givers in self.values.values() for giver in givers.values()):
            return False  # a court's fine and a regulator's: two points, whether or not they agree
        if isinstance(value, Penalty) and not all(same_sort(value, v) for v in self.values):
            return False  # a prison term and a time held in custody: two points (disputes.same_sort)
        for v, givers in self.values.items():
            if term_and_bound(value, v) and any(
                    (new if value.bound == "exact" else giver).given for giver in givers.values()):
                return False  # a term a court gave and a law's bound: two points, whether or not they agree
        if isinstance(value, DateValue) and self._set_apart(new):
            return False  # "in October 2022, four months before the fire" and the fire's 14 February 2023: two events
        if isinstance(value, Statute) and _other_persons(
                new.sentence_persons, [giver for _, givers in self._others(new) for giver in givers.values()]):
            return False  # "Sork ... under Article 164", "Dorn ... under Article 162": two provisions
        for other, givers in self._others(new):
            # (a value the group holds in another telling of its sort too is as far as its nearest: the union's "11
            # colleagues" beside the inspectorate's "11 members" is the point the paper's "14 members" disputes; a year
            # the group holds beside its day says nothing of a day two years off)
            far = two_points(value, other) and not any(
                told is not other and same_sort(value, told) and _agree(other, told) and not _agree(value, told)
                and not two_points(value, told) for told in self.values)
            for (src, theirs, _), giver in givers.items():
                one_persons = bool(new.claim.holder) and new.claim.holder == giver.claim.holder
                if ((src == new.claim.source and not _relayed_beside(new, giver)
                     and not (recital and _recited_beside(new, giver, self)))
                        or not _compatible(mine, theirs, provisions=not one_persons)
                        or "^named" in mine[0] & theirs[0]):
                    return False
                part = giver if new.total else new  # of a total and a figure that is not one, the latter
                if new.total != giver.total and (part.cell or part.qualifiers[1]):
                    return False  # a table's total against a row or one year's figure: the sum, not a part
                if new.stamp or giver.stamp:
                    return False
                if far:
                    return False
        return True

    def _set_apart(self, new: Fresh) -> bool:
        """Does a source set `new`'s date apart from an event, and another date the group holds lie that far from it,
        told of that event (or the other way round): two events (lint.date_offsets)?"""
        for other, givers in self._others(new):
            if not isinstance(other, DateValue):
                continue
            if new.apart is not None and lies_apart(new.claim.norm, new.apart, other) and any(
                    _tells_the_event(new.apart, giver.sentence) for giver in givers.values()):
                return True
            if any(giver.apart is not None and lies_apart(other, giver.apart, new.claim.norm)
                   and _tells_the_event(giver.apart, new.sentence) for giver in givers.values()):
                return True
        return False

    def threshold_for(self, new: Fresh) -> float:
        """The closeness `new` needs to join: less where another source gives its very value, and a value
        specific enough not to recur by chance (SAME_VALUE_RELIEF): "the collapse killed 37 people" and
        "caused the deaths of 37 people" share few words but tell one point."""
        if self._gives_its_value(new):
            return GROUP_THRESHOLD - SAME_VALUE_RELIEF
        return GROUP_THRESHOLD

    def dispute_threshold(self, new: Fresh) -> float:
        """The closeness `new` needs to join as a dispute: less where each value it disputes is near its own
        (disputes.near_tellings), unless what tells them apart is not their words: two cells of tables (their
        rows') or two events their clauses name ("arrested", "convicted"); less still where they count one thing
        (_one_thing_counted). Where `new`'s own source sets it beside the group's value, credited to another ("The
        Ombudsman counted 18,400 recorded calls. A metadata export ... lists 26,012": _relayed_beside), as little as
        for near tellings, and less (RELAYED_DISPUTE_THRESHOLD) where the two are near tellings too."""
        value = new.claim.norm
        others = list(self._others(new))
        # (its own source sets the two side by side, another's and its own: as near as near tellings)
        side_by_side = any(giver.claim.source == new.claim.source and _relayed_beside(new, giver)
                           for _, of_value in others for giver in of_value.values())
        if not all(near_tellings(value, v) for v, _ in others):
            return NEAR_DISPUTE_THRESHOLD if side_by_side else DISPUTE_THRESHOLD
        givers = [giver for _, of_value in others for giver in of_value.values()]
        none_apart = all(not _told_apart(new, giver) for giver in givers)
        if none_apart:
            # (each side as one value, whoever gives it: "873 children" and the wire's bare 873)
            sides: dict[object, list[Fresh]] = defaultdict(list)
            for v, of_value in others:
                sides[value_key(v) or v].extend(of_value.values())
            if new.neighbours and all(any(_beside_the_same_figure(new, giver) for giver in side)
                                      for side in sides.values()):
                return NEIGHBOUR_DISPUTE_THRESHOLD
        if specificity(value) >= SAME_THING_SPECIFICITY and all(_one_thing_counted(new, giver) for giver in givers):
            return SAME_THING_DISPUTE_THRESHOLD
        if side_by_side:
            return RELAYED_DISPUTE_THRESHOLD
        return NEAR_DISPUTE_THRESHOLD if none_apart else DISPUTE_THRESHOLD

    def needed(self, new: Fresh) -> float:
        """The closeness `new` needs to join this group."""
        return self.dispute_threshold(new) if self.disputed_by(new) else self.threshold_for(new)

    def cites_its_section(self, new: Fresh) -> bool:
        """Does the group hold a provision of `new`'s law and article, in another subsection ("312(2)" for "312(3)")?"""
        value = new.claim.norm
        return isinstance(value, Statute) and any(
            _same_named_law(value, v) and _section_of(v) == _section_of(value) for v in self.values)

    def agreement(self, new: Fresh) -> float:
        """How telling the best agreement of `new` with this group's values is (judge.agreement_weight)."""
        return max((agreement_weight(new.claim.norm, v) for v in self.values), default=0.0)


def _relayed_beside(a: Fresh, b: Fresh) -> bool:
    """Does one source give two near values of a point side by side (disputes.near_tellings), one credited to another
    body or only reported, and one its own ("They counted 2,310 falsified entries, against the 1,842 cited by the
    inspectorate", "She was reported to have received three years. The written judgment sets her term at three and a
    half years")? It tells both sides of one point, not two points."""
    return ((bool(a.claim.credited) != bool(b.claim.credited) or a.claim.hedged != b.claim.hedged)
            and abs(a.claim.location - b.claim.location) <= RELAY_REACH_LINES
            and tellings_set_side_by_side(a.claim.norm, b.claim.norm))


def _recited_beside(new: Fresh, giver: Fresh, group: _Group) -> bool:
    """Does a source recite the value others agree on (_RECITAL), then give its own near one from its own evidence
    (_OWN_EVIDENCE) in another sentence, RELAY_REACH_LINES lines away at most (a Markdown paragraph is one line): "The
    official count of 87 admissions has been repeated by the authority and the court. Hospital records show 112
    patients admitted"? The source tells the point's two sides, the others' and its own; in one sentence ("the
    inspectors found 900 workers without contracts" at a plant of 1,200) the two are two points."""
    others = {src for value, givers in group.values.items() if _agree(value, giver.claim.norm)
              for src, _, _ in givers} - {giver.claim.source}
    return (giver.recited and new.evidenced and others and new.sentence != giver.sentence
            and abs(new.claim.location - giver.claim.location) <= RELAY_REACH_LINES
            and near_tellings(new.claim.norm, giver.claim.norm))


def _beside_the_same_figure(a: Fresh, b: Fresh) -> bool:
    """Are two claims told beside the same telling figure (Fresh.neighbours), in clauses that share a word?"""
    return bool(a.neighbours & b.neighbours and _clause_words(a) & _clause_words(b))


def _clause_words(f: Fresh) -> frozenset[str]:
    """The words of a claim's clause window, without the marks of its qualifiers ("@2022", "§23", "^from") and the
    words of what it counts ("lirats"): two values beside the same total that share none are two parts of it ("Road
    repairs get 6.2 million lirats", "New school buildings will take 7.4 million lirats"), not one point told twice."""
    noun = getattr(f.claim.norm, "noun", None)
    counted = set(tokens(noun)) if noun else set()
    if f.claim.norm.unit == "count" and not counted & f.nouns_beside:
        # (a count of another thing than the figures beside it is no part of them: "42 branches" and "37 branches",
        # each beside the same 23,460 members, count one thing, and their noun says so)
        counted = set()
    return frozenset(w for w in f.local.split() if w[0] not in QUALIFIER_MARKS and w not in counted)


# What a document's length is counted in: "annexes of 186 pages" and "a judgment of 164 pages" count no one thing
LENGTH_NOUNS = frozenset({"pages", "words", "paragraphs", "chapters", "lines"})


def _one_thing_counted(a: Fresh, b: Fresh) -> bool:
    """Do two claims count one thing, however else their words differ: clauses naming the same event ("132 dead",
    "141 killed"; not of two things named), or counts of the same thing by name ("23 hearings", "26 hearings"; not
    "people", which any count of persons is, nor "pages", which any document's length is: LENGTH_NOUNS) with no
    event naming one and not the other ("27 passengers died", "carrying 31 passengers")? Never two table cells (each
    its row's)."""
    if a.cell and b.cell:
        return False
    noun_a, noun_b = getattr(a.claim.norm, "noun", None), getattr(b.claim.norm, "noun", None)
    if a.events and a.events == b.events:
        # (not of two things: "Floods killed 132 people", "141 passengers died")
        return not (noun_a and noun_b and noun_a != noun_b)
    # (two amounts beside the same total are two parts of it: "Road repairs get 6.2 million lirats", "New school
    # buildings will take 7.4 million lirats", each beside the budget of 48.6 million)
    return (bool(noun_a) and noun_a == noun_b and noun_a not in PERSON_WORDS and noun_a not in LENGTH_NOUNS
            and a.events == b.events and not a.neighbours & b.neighbours)


def _told_apart(a: Fresh, b: Fresh) -> bool:
    """Are two claims told apart by more than their words' fit: both table cells (each its row's), or clauses
    naming two different events (rules/match.toml events: "police arrested 64", "57 were convicted"), or one
    naming an event the other does not ("27 passengers died", "the ferry was carrying 31 passengers")?"""
    if a.cell and b.cell:
        return True
    return a.events != b.events


def _compatible(a: tuple[frozenset[str], ...], b: tuple[frozenset[str], ...], provisions: bool = True) -> bool:
    """Same marks, and no other year or provision than the other's, where both name one. `provisions`
    False: of one person's term, where sources may cite its article otherwise ("Article 221" for 212)."""
    (marks_a, years_a, provisions_a), (marks_b, years_b, provisions_b) = a, b
    return (marks_a == marks_b and not (years_a and years_b and not years_a & years_b)
            and not (provisions and provisions_a and provisions_b and not provisions_a & provisions_b))


# How many of the groups sharing the most words with a claim are scored; the rest are not
# compared at all, so grouping costs claims times this, not claims times groups.
GROUP_CANDIDATES = 6
# ... and of the groups sharing its rarest words (by the build's word weights), this many more at most.
TELLING_CANDIDATES = 3
# A large group is compared through its first members only: they set what the point is about;
# and through the first member of each later source, up to GROUP_SAMPLE_MAX in all, so that a source
# telling the point in another source's words is compared with that source's telling.
GROUP_SAMPLE = 3
GROUP_SAMPLE_MAX = 6
# Words found in more groups than this are not used to find candidates (like stopwords, but learnt).
COMMON_POSTINGS = 50


# A build with fewer claims than this groups them in this process: starting workers costs more.
PARALLEL_MIN_CLAIMS = 5_000


def group(fresh: list[Fresh], closeness: _Closeness | None = None, workers: int = 1) -> list[list[Fresh]]:
    """Greedy clustering inside each block: a claim joins the group whose members it is closest to.

    Agreements are settled before disputes: a claim that would only join a group as a dispute
    waits until every claim has had its turn, so "the minimum wage rose from 3,800,000 kora to
    4,200,000" puts 4,200,000 with another source's 4,200,000 before 3,800,000 can contest it.
    Candidate groups come from an inverted index of their members' words, per block.

    Blocks never share a group, so with `workers` > 1 they are grouped in worker processes, the
    largest first; the groups come back in the order one process would have made them."""
    closeness = closeness or _Closeness(fresh)
    blocks: dict[tuple, list[int]] = {}
    for i, f in enumerate(fresh):
        blocks.setdefault(f.block, []).append(i)
    jobs = sorted(blocks.values(), key=len, reverse=True)
    if workers > 1 and len(jobs) > 1 and len(fresh) >= PARALLEL_MIN_CLAIMS:
        made = _grouped_in_workers(fresh, closeness, jobs, workers)
    else:
        made = [_group_block(fresh, closeness, job) for job in jobs]
    groups = [[fresh[i] for i in positions] for _, positions in sorted(found for block in made for found in block)]
    return _unnamed_terms_joined(_lone_values_joined(_lone_sections_joined(groups, closeness), closeness))


def _group_block(fresh: list[Fresh], closeness: _Closeness, positions: list[int]) -> list[tuple[tuple, list[int]]]:
    """Group the claims at `positions` in `fresh` (one block's): each group as (when it was made:
    round and the position of the claim that made it; its members' positions)."""
    members = [fresh[i] for i in positions]
    mates = _Mates(members)
    grouping = _Grouping(closeness, mates)
    waiting = [(i, f) for i, f in zip(positions, members, strict=True)
               if not grouping.place(f, disputes=False, made=(0, i))]
    for i, f in waiting:
        grouping.place(f, disputes=True, made=(1, i))
    made_when = {id(g): made for g, made in zip(grouping.groups, grouping.made, strict=True)}
    position_of = {id(f): i for i, f in zip(positions, members, strict=True)}
    return [(made_when[id(g)], [position_of[id(f)] for f in g.members])
            for g in _merged(grouping.groups, closeness, mates)]


_SHARED_WITH_WORKERS: tuple = ()  # (fresh, closeness), set in each grouping worker


def _share(fresh: list[Fresh], closeness: _Closeness) -> None:
    global _SHARED_WITH_WORKERS
    _SHARED_WITH_WORKERS = (fresh, closeness)


def _group_block_in_worker(positions: list[int]) -> list[tuple[tuple, list[int]]]:
    return _group_block(*_SHARED_WITH_WORKERS, positions)


def _grouped_in_workers(fresh: list[Fresh], closeness: _Closeness, jobs: list[list[int]],
                        workers: int) -> list[list[tuple[tuple, list[int]]]]:
    """_group_block of each job in worker processes. A forked worker inherits the claims (nothing
    is copied until written; the collector is kept off them meanwhile); only positions travel."""
    from concurrent.futures import ProcessPoolExecutor

    from lint.workers import shared_with_forked_workers

    with shared_with_forked_workers(), ProcessPoolExecutor(min(workers, len(jobs)), initializer=_share,
                                                           initargs=(fresh, closeness)) as pool:
        return list(pool.map(_group_block_in_worker, jobs))


# A lone section joins the consensus only where their words meet this much (closeness, 0..100): the
# same offence told in other words, not another offence.
LONE_SECTION_MIN_CLOSENESS = 20.0


def _lone_sections_joined(groups: list[list[Fresh]], closeness: _Closeness) -> list[list[Fresh]]:
    """A section that one source alone cites, where other sources, two or more, cite a section of the same
    law it could be a slip of (disputes.a_slip_of) and none cites both, for an offence told in words close enough:
    the lone source misnumbers that section (or they do), so the two are one disputed point. A source
    may cite other sections too ("Article 341(1)" beside "Article 248"); but a section it cites beside
    the other ("Section 43" where it cites Section 44 too) is another provision, a lone section two cited
    sections could be slips of is left alone (which is it?), and so is one its sentence cites of another
    person than the others' sentences name ("Sork ... under Article 164", "Dorn ... under Article 162")."""
    sections = {i: section for i, g in enumerate(groups) if (section := _one_section(g)) is not None}
    groups_citing: dict[tuple, list[int]] = defaultdict(list)  # (division, articles) -> its one-section groups
    for i, (_, section) in sections.items():
        groups_citing[section].append(i)
    laws_citing: dict[tuple, dict[str, set]] = defaultdict(lambda: defaultdict(set))  # section -> source -> laws
    for g in groups:
        for f in g:
            if isinstance(f.claim.norm, Statute):
                laws_citing[_section_of(f.claim.norm)][f.claim.source].add(f.claim.norm.law)

    def citing(section: tuple, law: str | None) -> set[str]:
        """The sources citing the section of that law, or of no law they name (a law no one names is any)."""
        return {source for source, laws in laws_citing[section].items()
                if law is None or None in laws or law in laws}

    joined: set[int] = set()
    for lone_i, (lone_law, lone) in sections.items():
        lone_sources = citing(lone, lone_law)
        if len(lone_sources) != 1 or lone_i in joined:
            continue
        # (a digit mistyped only where no likelier slip, digits swapped or a number or two off, is cited)
        for mistyped in (False, True):
            partners = [section for section in laws_citing if section[0] == lone[0]
                        and a_slip_of(lone[1], section[1], mistyped)
                        and len(citing(section, lone_law)) >= 2 and not citing(section, lone_law) & lone_sources]
            if partners:
                break
        if len(partners) != 1:
            continue  # none, or two a slip could have made ("163" of "162" or of "164")
        persons = frozenset().union(*(f.sentence_persons for f in groups[lone_i]))
        closeness_to = {i: max(closeness.best(a, groups[i][:GROUP_SAMPLE]) for a in groups[lone_i][:GROUP_SAMPLE])
                        for i in groups_citing[partners[0]] if i not in joined
                        and (lone_law is None or sections[i][0] in (None, lone_law))
                        and not _other_persons(persons, groups[i])}
        into = max(closeness_to, key=lambda i: (closeness_to[i], -i), default=None)
        if into is None or closeness_to[into] < LONE_SECTION_MIN_CLOSENESS:
            continue
        groups[into].extend(groups[lone_i])
        joined.add(lone_i)
    return [g for i, g in enumerate(groups) if i not in joined]


# A value one source alone gives joins the point other sources agree on a near value of only where their words meet
# this much (closeness, 0..100): less than a dispute asks in grouping (NEAR_DISPUTE_THRESHOLD), as the other sources'
# agreement and the lone source's silence on the point are evidence too.
LONE_VALUE_MIN_CLOSENESS = 22.0
# ... or this much where its source recites the agreed value beside it (_recited_beside)
RECITAL_MIN_CLOSENESS = 12.0
# ... and a day only where the two are this many days apart at most: a month off is as often the next step of a story
# ("15 December 2023 – indictment filed", "7 February 2024 – indictment admitted")
LONE_DATE_MAX_DAYS = 31
# ... and only where at most this many agreed points hold a value near its own (which of them would it be?)
LONE_VALUE_MAX_CANDIDATES = 12


def _lone_values_joined(groups: list[list[Fresh]], closeness: _Closeness) -> list[list[Fresh]]:
    """A figure, term, fine or date that one source alone gives, in a group of its own, where two or more other
    sources agree on a near value (disputes.near_tellings) in a group the lone source gives nothing in (but where it
    relays that value beside its own: _relayed_beside), told in words close enough: the lone source tells that point
    otherwise ("the inspectorate fined the lottery 12 million dravins" where the report and the wire give its fine as
    15 million), so the two are one disputed point. Only where one such group comes close enough (which point would
    it be, of two?), and where grouping would let the lone value join it but for the closeness (_Group.allows:
    another person's term, a term asked, another year, a total). Not a campaigning body's value nor one its source
    only reports or hedges (its own count of its own survey, or another's telling, more often than a dispute), nor a
    small count ("five", "13") but where the two name one event ("seven died", "six people died"), nor a prison term
    or ban but of a person a member's is given to, nor a day more than LONE_DATE_MAX_DAYS off; nor a value that two or
    more other sources agree on as a point of its own (the court's "illness in 47 persons" is the others' 47 cases, no
    side of their 39 admitted). One source joins a point once: two values of its own are two points."""
    def one_value(g: list[Fresh]) -> Value | None:
        first = g[0].claim.norm
        return first if all(_agree(first, f.claim.norm) for f in g) else None

    consensus: dict[tuple, list[tuple[int, Value, _Group]]] = defaultdict(list)  # block -> its agreed groups
    by_block: dict[tuple, _NearIndex] = {}
    lone: list[tuple[int, Value]] = []
    for i, g in enumerate(groups):
        if g[0].kind is Kind.STATUTE or (value := one_value(g)) is None:
            continue
        sources = {f.claim.source for f in g}
        if len(sources) >= 2:
            grouped = _Group()
            for f in g:
                grouped.add(f)
            consensus[g[0].block].append((i, value, grouped))
        elif not any(f.stamp or f.asked or f.campaigning or f.claim.hedged for f in g):
            lone.append((i, value))
    for block, agreed in consensus.items():
        by_block[block] = _NearIndex([theirs for _, theirs, _ in agreed])
    joined: set[int] = set()
    for i, value in lone:
        g = groups[i]
        small = isinstance(value, Figure) and specificity(value) < SAME_VALUE_MIN_SPECIFICITY
        fits = []
        agreed = consensus.get(g[0].block, ())
        # (only the agreed values near enough to be found by their amount or day: a large build holds thousands; a
        # value near more than LONE_VALUE_MAX_CANDIDATES of them is no one point's telling)
        near, same = [], []
        for k in by_block[g[0].block].near(value) if agreed else ():
            j, theirs, grouped = agreed[k]
            if _agree(value, theirs):
                same.append(j)
            elif _near_enough(value, theirs):
                near.append((j, theirs, grouped))
                if len(near) > LONE_VALUE_MAX_CANDIDATES:
                    break
        if len(near) > LONE_VALUE_MAX_CANDIDATES:
            continue
        if same and not small:
            # (a point others agree on at its very value: the lone value is more likely that point's telling than
            # another's other side: the court's "illness in 47 persons", the others' 47 cases, not their 39 admitted)
            continue
        for j, _, grouped in near:
            if small and not any(f.events & o.events for f in g for o in groups[j]):
                continue  # "five who were in the bore", "six workers killed": a small count's point is its event
            if _a_term(value) and not {f.claim.holder for f in g} & {o.claim.holder for o in groups[j]} - {""}:
                continue  # "Kask had asked the court to jail Barvik for nine years": a term of no one's it gives
            if not all(grouped.allows(f, recital=True) for f in g):
                continue
            # (less where its source recites the group's value beside it: the source itself sets the two side by side)
            recited = any(_recited_beside(f, o, grouped) for f in g for o in groups[j]
                          if o.claim.source == f.claim.source)
            least = RECITAL_MIN_CLOSENESS if recited else LONE_VALUE_MIN_CLOSENESS
            score = max(closeness.best(f, groups[j][:GROUP_SAMPLE_MAX]) for f in g[:GROUP_SAMPLE])
            if score >= least:
                fits.append((score, j, grouped))
        if len(fits) != 1:
            continue
        _, j, grouped = fits[0]
        groups[j].extend(g)
        for f in g:  # (its value is the group's now: another value of its source's is another point)
            grouped.add(f)
        joined.add(i)
    return [g for i, g in enumerate(groups) if i not in joined]


class _NearIndex:
    """Values sorted by a scale on which near tellings (disputes.near_tellings) lie close: an amount's logarithm (its
    ratio), a day's or a month's number of days, a time's minutes. `near` gives the positions of those that may be
    near a value, a superset of the near ones; a value with no such scale (a year, a range) has none."""

    # how far apart on each scale near tellings may lie: a ratio of NEAR_MAX_RATIO, NEAR_MAX_MONTHS and a month more,
    # NEAR_MAX_MINUTES
    REACH: ClassVar[dict[str, float]] = {"amount": math.log(NEAR_MAX_RATIO) + 1e-9,
                                         "day": 31 * (NEAR_MAX_MONTHS + 1) + 1, "minute": NEAR_MAX_MINUTES}

    def __init__(self, values: list[Value]) -> None:
        keyed = sorted((key, i) for i, v in enumerate(values) if (key := _near_scale(v)) is not None)
        self._keys = [key for key, _ in keyed]
        self._positions = [i for _, i in keyed]

    def near(self, value: Value) -> list[int]:
        key = _near_scale(value)
        if key is None:
            return []
        scale, at = key
        reach = self.REACH[scale]
        found = []
        # (a time of day also wraps at midnight)
        for centre in (at, at - MINUTES_A_DAY, at + MINUTES_A_DAY) if scale == "minute" else (at,):
            lo = bisect.bisect_left(self._keys, (scale, centre - reach))
            hi = bisect.bisect_right(self._keys, (scale, centre + reach))
            found.extend(self._positions[lo:hi])
        return sorted(set(found))


def _near_scale(value: Value) -> tuple[str, float] | None:
    """(scale, where the value lies on it), for _NearIndex; None where no value is a near telling of it."""
    value = amount_of(value)
    if isinstance(value, Penalty):
        return ("amount", math.log(value.high)) if value.bound == "exact" and value.high and value.high > 0 else None
    if isinstance(value, Figure):
        return ("amount", math.log(value.high)) if value.low == value.high and value.high > 0 else None
    if isinstance(value, DateValue) and not value.anchor and not value.month_day_only:
        if value.precision == "time":
            return "minute", minute_of_day(value)
        if value.precision in ("day", "month"):
            return "day", float(_day_number(value))
    return None


def _near_enough(value: Value, theirs: Value) -> bool:
    """disputes.near_tellings, and two days no more than LONE_DATE_MAX_DAYS apart."""
    if not near_tellings(value, theirs):
        return False
    if isinstance(value, DateValue) and isinstance(theirs, DateValue) and value.precision == theirs.precision == "day":
        return abs(_day_number(value) - _day_number(theirs)) <= LONE_DATE_MAX_DAYS
    return True


def _day_number(d: DateValue) -> int:
    from datetime import date

    return date.fromisoformat(d.start[:10]).toordinal()


def _a_term(value: Value) -> bool:
    """A prison term or a ban (not a fine: a firm's fine has no person to tell it by)."""
    return isinstance(value, Penalty) and value.type != "fine"


def _other_persons(persons: frozenset[str], group: list[Fresh]) -> bool:
    """Do the group's sentences name persons, none of them among these (named too)?"""
    theirs = frozenset().union(*(f.sentence_persons for f in group))
    return bool(persons and theirs and not persons & theirs)


def _one_section(group: list[Fresh]) -> tuple[str | None, tuple] | None:
    """(the law named, or None; its _section_of) where every claim of the group cites that one section,
    of any subsection ("Article 236", "Art. 236(1)"), and names that law or none; else None."""
    norms = [f.claim.norm for f in group]
    if not norms or not all(isinstance(n, Statute) for n in norms):
        return None
    found = {_section_of(n) for n in norms}
    laws = {n.law for n in norms if n.law}
    if len(found) != 1 or len(laws) > 1:
        return None
    return next(iter(laws), None), next(iter(found))


def _unnamed_terms_joined(groups: list[list[Fresh]]) -> list[list[Fresh]]:
    """A term in custody or a ban given to no one named ("sentenced the director of the construction firm to
    11 years", a wire's lede) that the sources give to one person they name, and to no other ("Malevic was
    sentenced to 11 years"), is that person's: its group joins the person's, where no one else's term is in it,
    it is marked alike ("^from", "^proposed": context.QUALIFIER_MARKS) and its source names the person
    elsewhere (the lede's story is the person's; not "in 2019 a foreman at a quarry was sentenced to 11 years"
    in a background piece), so another source's telling of the person's term (a feature's "12 years")
    disputes the lede's too. Not a fine: a firm is fined as often as its director."""
    from lint.holders import is_term

    def a_term(f: Fresh) -> bool:
        return is_term(f.claim.norm) and f.claim.norm.type != "fine" and not f.asked

    persons: dict[object, set[str]] = defaultdict(set)  # a term -> the persons the sources give it
    tellings: dict[tuple, Counter] = defaultdict(Counter)  # (term, person) -> its groups, by how many tell it there
    for i, g in enumerate(groups):
        for f in g:
            if f.claim.holder and a_term(f):
                persons[f.claim.norm].add(f.claim.holder)
                tellings[f.claim.norm, f.claim.holder][i] += 1
    joined: set[int] = set()
    for i, g in enumerate(groups):
        if any(f.claim.holder or not a_term(f) for f in g):
            continue  # a group of unnamed terms given, and nothing else
        terms = {f.claim.norm for f in g}
        owners = {p for term in terms for p in persons.get(term, ())}
        if len(terms) != 1 or len(owners) != 1:
            continue
        owner = next(iter(owners))
        if not all(owner in f.source_persons for f in g):
            continue
        counts = tellings[next(iter(terms)), owner]
        # (a year beside a lede's term is most often the event's: "a turboprop that crashed in February 2023")
        candidates = [j for j in counts if j not in joined and j != i
                      and all(f.qualifiers[0] == o.qualifiers[0] for f in g for o in groups[j])]
        into = max(candidates, key=lambda j: (counts[j], -j), default=None)
        if into is None:
            continue
        groups[into].extend(g)
        joined.add(i)
    return [g for i, g in enumerate(groups) if i not in joined]


def _section_of(statute: Statute) -> tuple[str, tuple[str, ...]]:
    """(division, articles) with subsections dropped: one source's "Article 236" is another's "Art. 236(1)"."""
    return statute.division, tuple(_SUBSECTION.sub("", a) for a in statute.articles)


_SUBSECTION = re.compile(r"\s*\(.*$")


class _Mates:
    """Each source's claims by line: a source that gives both 2021 and 2016 on one line ("in its
    2021 survey, 12 percent failed, down from 19 percent in 2016") treats them as two points, so
    another source's 2016 does not contest its 2021."""

    def __init__(self, fresh: list[Fresh]) -> None:
        self.by_line: dict[tuple, list[Fresh]] = defaultdict(list)
        for f in fresh:
            self.by_line[(f.claim.source, f.claim.location, f.block)].append(f)

    def explain(self, group: _Group, new: Fresh) -> bool:
        """Does a giver of another value in the group give `new`'s value beside it, on its line? Not as a bound that
        cannot contradict it (the union's "112 guests were registered" beside its estimate of "up to 130 people"
        explains no paper's 108 away), nor a law's cap holding a term."""
        # (a value on the line that holds the group's value too explains nothing, a coarser telling of it: "In July and
        # August 2022 ... a recall on 8 August 2022" gives one recall date, not another source's 18 August; "Article
        # 312 ... Article 312(2)" one provision, not another source's 312(3))
        # (nor does another person's term on the line: the wire's "Stavosk ... three and a half years. Ostrin ... four
        # years" leaves the Ledger's four years for Stavosk the dispute it is)
        return any(
            src != new.claim.source
            and any(_agree(new.claim.norm, o.claim.norm) and not _only_as_a_bound(new.claim.norm, o.claim.norm)
                    and not _agree(o.claim.norm, value)
                    and not (new.claim.holder and o.claim.holder and o.claim.holder != new.claim.holder)
                    for o in self.by_line[(src, line, new.block)])
            for value, givers in group._others(new) for src, _, line in givers)


def _only_as_a_bound(a: Value, b: Value) -> bool:
    """Do two values agree only as a bound that cannot contradict the other (judge.only_under_bound: "up to 130" and
    108), or as a law's cap and a term under it?"""
    return only_under_bound(a, b) or term_and_bound(a, b) or term_and_bound(b, a)


def _merged(groups: list[_Group], closeness: _Closeness, mates: _Mates) -> list[_Group]:
    """Groups of one point that the order of placing split apart, joined: one source's "31 children"
    and another's "34 children" land apart when a third source's "dozens" took the 34 first. Pairs of
    groups sharing words are joined, the closest first, where they could have been one group."""
    index: dict[tuple, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    group_words = [{w for m in g.members for w in m.index_words} for g in groups]
    for gi, g in enumerate(groups):
        for w in group_words[gi]:
            index[g.members[0].block][w].append(gi)
    pairs: dict[tuple[int, int], float] = {}
    for gi, g in enumerate(groups):
        shared: dict[int, int] = defaultdict(int)
        for w in group_words[gi]:
            postings = index[g.members[0].block][w]
            if len(postings) <= COMMON_POSTINGS:
                for gj in postings:
                    if gj > gi:
                        shared[gj] += 1
        for gj in sorted(shared, key=lambda j: (-shared[j], j))[:GROUP_CANDIDATES]:
            sample = groups[gj].sample
            pairs[(gi, gj)] = max(closeness.best(a, sample) for a in g.sample)
    owner = list(range(len(groups)))

    def root(g: int) -> int:
        return _root(owner, g)

    for (gi, gj), score in sorted(pairs.items(), key=lambda item: (-item[1], item[0])):
        a, b = root(gi), root(gj)
        if a == b or score < GROUP_THRESHOLD:
            continue
        incoming = [f for givers in groups[b].values.values() for f in givers.values()]
        if not all(groups[a].allows(f) and not mates.explain(groups[a], f) for f in incoming):
            continue
        if any(groups[a].disputed_by(f) and score < groups[a].dispute_threshold(f) for f in incoming):
            continue
        groups[a].absorb(groups[b])
        owner[b] = a
    return [g for i, g in enumerate(groups) if root(i) == i]


class _Grouping:
    """Groups being formed, with an inverted index of their words per block."""

    def __init__(self, closeness: _Closeness, mates: _Mates) -> None:
        self.closeness = closeness
        self.mates = mates
        self.groups: list[_Group] = []
        self.made: list[tuple] = []  # for each group, the `made` it was started with
        # block -> word -> the groups whose members use it, each once (a dict kept in order of first use)
        self.index: dict[tuple, dict[str, dict[int, None]]] = defaultdict(lambda: defaultdict(dict))

    def place(self, f: Fresh, disputes: bool, made: tuple = ()) -> bool:
        """Put `f` in its best group, or a new one. With disputes=False, a claim whose best group
        would be a dispute is not placed (False): it waits for the second round."""
        best, best_score, dispute_fits = None, -1.0, False
        for gi, score in self._scores(f).items():
            group = self.groups[gi]
            disputed = group.disputed_by(f)
            needed = group.dispute_threshold(f) if disputed else group.threshold_for(f)
            if score < needed or self.mates.explain(group, f):
                continue
            if disputed:
                dispute_fits = True
                if not disputes:
                    continue
                if group.cites_its_section(f):  # "Article 312(3)" disputes 312(2), not another offence's 287(3)
                    score += SAME_SECTION_DISPUTE_BONUS
            else:  # of two groups whose words fit, the one that agrees with the value
                score += AGREE_BONUS * (0.5 + group.agreement(f))
            if score > best_score:
                best, best_score = gi, score
        if best is None and dispute_fits and not disputes:
            return False
        if best is None:
            best = len(self.groups)
            self.groups.append(_Group())
            self.made.append(made)
        self.groups[best].add(f)
        inverted = self.index[f.block]
        for w in f.index_words:
            inverted[w][best] = None
        return True

    def _scores(self, f: Fresh) -> dict[int, float]:
        """Closeness of `f` to the candidate groups it may join (at most GROUP_CANDIDATES + TELLING_CANDIDATES)."""
        inverted = self.index[f.block]
        words = self.closeness.words.get(f.block)
        weight = words.weight if words is not None else {}
        shared: Counter[int] = Counter()
        telling: defaultdict[int, float] = defaultdict(float)
        for w in sorted(f.index_words):  # (in one order: sums of weights that tie must tie in every process)
            postings = inverted.get(w, {})
            if len(postings) <= COMMON_POSTINGS:  # a word in that many groups tells them apart poorly
                shared.update(postings.keys())
                rare = weight.get(w, 0.0)
                for gi in postings:
                    telling[gi] += rare
        # the groups sharing the most words, and those sharing the rarest: "branches" finds the other count of
        # branches, though groups that speak of members and of the year share more words
        candidates = [gi for _, gi in heapq.nsmallest(GROUP_CANDIDATES, [(-n, gi) for gi, n in shared.items()])]
        candidates += [gi for _, gi in heapq.nsmallest(TELLING_CANDIDATES, [(-n, gi) for gi, n in telling.items()])
                       if gi not in candidates]
        scores: dict[int, float] = {}
        for gi in candidates:
            group = self.groups[gi]
            score = self.closeness.best(f, group.sample)
            if score >= group.needed(f) and group.allows(f):  # the cheaper test first
                scores[gi] = score
        return scores


def _keywords(members: list[Fresh]) -> tuple[str, ...]:
    """The words of the members' clauses, then of their sentences: "11.3 tonnes in 2020" alone says
    little; "seizures of pangolin scales have risen" says what it is about."""
    seen = dict.fromkeys(w for m in members for w in m.local.split())
    seen.update(dict.fromkeys(w for m in members for w in m.sentence.split()))
    return tuple(seen)


def _subject(kind: Kind, plain: list[str]) -> str:
    """A first subject from the words around the value; curators rewrite it in plain words."""
    plain = [w for w in plain if len(w) > 2][:6]
    return f"{kind}: " + " ".join(plain) if plain else str(kind)




class TopicIds:
    """Topic ids in use, and where the next free "-n" of each stem is looked for: a large build's
    thousands of topics with one stem ("figure-per-cent") are numbered in one pass, not each from 2."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self.taken = set(taken)
        self._next: dict[str, int] = {}

    def add(self, tid: str) -> None:
        self.taken.add(tid)

    def new(self, stem: str) -> str:
        # every id before the remembered n was in use when it was remembered, and ids are never freed
        n = self._next.get(stem, 1)
        tid = stem if n == 1 else f"{stem}-{n}"
        while tid in self.taken:
            n += 1
            tid = f"{stem}-{n}"
        self._next[stem] = n
        self.taken.add(tid)
        return tid


_NOT_ID = re.compile(r"[^a-z0-9]")


def _topic_id(kind: Kind, plain: list[str], ids: TopicIds) -> str:
    picked: list[str] = []
    for w in plain:
        w = _NOT_ID.sub("", w)
        if len(w) > 2:
            picked.append(w)
            if len(picked) == 3:
                break
    return ids.new("-".join([str(kind), *picked]))


def new_topic(kind: Kind, members: list[Fresh], ids: TopicIds) -> Topic:
    # named after the first member told with words around it: a table's bare cell ("| Dead dogs found | 17 |")
    # has none of its own
    around = list(next((m.around for m in members if m.around), ()))
    return Topic(
        id=_topic_id(kind, around, ids),
        kind=kind,
        subject=_subject(kind, around),
        keywords=_keywords(members),
        claims=tuple(m.claim for m in members),
    )


# --- merging with the curated file -------------------------------------------


def merge_sources(old: Reference | None, new_sources: list[Source]) -> tuple[list[Source], dict[str, str]]:
    """Old sources keep their curated fields; sources are recognised by file name. Returns id renames."""
    if old is None:
        return list(new_sources), {}
    merged = list(old.sources)
    by_path = {s.path: s for s in old.sources if s.path}
    taken = {s.id for s in old.sources}
    renames: dict[str, str] = {}
    for s in new_sources:
        kept = by_path.get(s.path)
        if kept is not None:
            renames[s.id] = kept.id
            continue
        sid, n = s.id, 2
        while sid in taken:
            sid, n = f"{s.id}-{n}", n + 1
        taken.add(sid)
        renames[s.id] = sid
        merged.append(replace(s, id=sid))
    return merged, renames


def build_reference(texts: list[SourceText], old: Reference | None = None,
                    workers: int = 1) -> tuple[Reference, BuildReport]:
    """The reference `texts` give, `old`'s curation kept; its claims grouped in `workers` processes."""
    report = BuildReport()
    sources, renames = merge_sources(old, [t.source for t in texts])
    fresh = fresh_claims(texts)
    fresh = [replace(f, claim=replace(f.claim, source=renames[f.claim.source])) if f.claim.source in renames else f
             for f in fresh]
    by_key = {f.claim.key: f for f in fresh}
    old_built = set(old.built_keys) if old else set()

    topics: list[Topic] = []
    placed: set[str] = set()
    ids = TopicIds()
    orphans = _orphans(fresh, old)
    for topic in old.topics if old else ():
        kept_claims = []
        for c in topic.claims:
            f = by_key.get(c.key) if c.key else None
            if f is None and c.key in old_built:
                f, value_changed = _relink(c, topic.kind, orphans)
                if f is not None and value_changed:
                    report.changed.append(f"{topic.id}: {c.value} is now {f.claim.value} in its source")
                    c = replace(c, value=f.claim.value, norm=f.claim.norm, evidence=f.claim.evidence,
                                hedged=f.claim.hedged, credited=f.claim.credited, holder=f.claim.holder,
                                imposer=f.claim.imposer, rejected=f.claim.rejected, key=f.claim.key)
                elif f is not None:
                    report.changed.append(f"{topic.id}: {c.value} kept; now read as {f.claim.value!r}")
                    c = replace(c, key=f.claim.key)
            if f is not None:
                placed.add(c.key)
                if _read_anew(c.norm, f.claim.norm):
                    c = replace(c, norm=f.claim.norm)
                if c.location != f.claim.location:
                    report.changed.append(f"{topic.id}: {c.value} now at line {f.claim.location}")
                # (whose term it is, who imposed it and whether the source rejects it are read again, like its line:
                # not curated)
                kept_claims.append(replace(c, location=f.claim.location, holder=f.claim.holder,
                                           imposer=f.claim.imposer, rejected=f.claim.rejected))
            elif c.key and c.key in old_built:
                report.dropped.append(f"{topic.id}: {c.value} ({c.source}) is no longer in its source")
            else:
                report.kept_manual += 1
                kept_claims.append(c)
        if kept_claims:
            topics.append(replace(topic, claims=tuple(kept_claims)))
            ids.add(topic.id)
        else:
            report.dropped.append(f"topic {topic.id}: no claims left")

    pending = []
    for f in fresh:
        if f.claim.key in placed:
            continue
        if f.claim.key in old_built:
            report.kept_removed += 1  # the curator removed it; respect that
            continue
        pending.append(f)

    # New claims join an existing topic of the same block when their context fits, else form new topics.
    known_by_topic = _known_claims(topics, by_key)
    closeness = _Closeness(fresh)
    for members in lone_agreements_joined(corrections_joined(group(pending, closeness, workers), closeness),
                                          closeness):
        target = _existing_topic_for(members, topics, known_by_topic, closeness)
        if target is not None:
            i = topics.index(target)
            topics[i] = replace(target, claims=target.claims + tuple(m.claim for m in members))
            report.added += [f"{target.id}: {m.claim.value} ({m.claim.source})" for m in members]
        else:
            topic = new_topic(members[0].kind, members, ids)
            topics.append(topic)
            report.topics_added += 1
            report.added += [f"{topic.id}: {m.claim.value} ({m.claim.source})" for m in members]

    ref = Reference(sources=tuple(sources), topics=tuple(topics), built_keys=tuple(sorted(by_key)))
    return ref, report


def _orphans(fresh: list[Fresh], old: Reference | None) -> dict[tuple[str, str], list[Fresh]]:
    """Fresh claims no build made before, by source and kind: where a curated claim whose key
    is gone (the extractor now normalizes its value differently) can be found again."""
    if old is None:
        return {}
    known = set(old.built_keys) | {c.key for t in old.topics for c in t.claims}
    out: dict[tuple[str, str], list[Fresh]] = defaultdict(list)
    for f in fresh:
        if f.claim.key not in known:
            out[(f.claim.source, str(f.kind))].append(f)
    return out


def _relink(old: RefClaim, kind: Kind, orphans: dict[tuple[str, str], list[Fresh]]) -> tuple[Fresh | None, bool]:
    """The fresh claim that is this curated claim read anew: same source and kind, and the same
    words around it (its evidence phrase), or its surface text inside that phrase on the same line;
    else the same words around a new number ("8,500 residents" now "8,700 residents": the source
    changed the value, and the claim keeps its topic). Returns the fresh claim and whether its value
    is new. Taken out of `orphans`, so no fresh claim is claimed twice."""
    candidates = orphans.get((old.source, str(kind)), [])
    same_words = [f for f in candidates if f.claim.evidence == old.evidence]
    same_place = [f for f in candidates
                  if f.claim.location == old.location and f.claim.value.casefold() in old.evidence.casefold()]
    masked = _without_numbers(old.evidence)
    new_value = [f for f in candidates if masked and _without_numbers(f.claim.evidence) == masked]
    for found, changed in ((same_words, False), (same_place, False), (new_value, True)):
        if found:
            candidates.remove(found[0])
            return found[0], changed
    return None, False


def _without_numbers(evidence: str) -> tuple[str, ...]:
    """An evidence phrase's words, numbers left out."""
    return tuple(w for w in evidence.split() if not any(ch.isdigit() for ch in w))


def _known_claims(topics: list[Topic], by_key: dict[str, Fresh]) -> dict[str, dict]:
    """For each block, the existing topics' freshly extracted claims and an index of their words."""
    blocks: dict[tuple, dict] = defaultdict(lambda: {"claims": defaultdict(list), "index": defaultdict(set)})
    for topic in topics:
        for c in topic.claims:
            f = by_key.get(c.key) if c.key else None
            if f is None:
                continue
            block = blocks[f.block]
            block["claims"][topic.id].append(f)
            for w in f.index_words:
                block["index"][w].add(topic.id)
    return blocks


def _existing_topic_for(members: list[Fresh], topics: list[Topic], known: dict,
                        closeness: _Closeness) -> Topic | None:
    """An existing topic whose built claims are close in context to these new ones."""
    block = known.get(members[0].block)
    if not block:
        return None
    shared: dict[str, int] = defaultdict(int)
    for m in members:
        for w in m.index_words:
            for tid in block["index"].get(w, ()):
                shared[tid] += 1
    by_id = {t.id: t for t in topics}
    best, best_score = None, -1.0
    for tid in sorted(shared, key=lambda t: (-shared[t], t))[:GROUP_CANDIDATES]:
        claims = block["claims"][tid]
        existing = _Group()
        for k in claims:
            existing.add(k)
        if not all(existing.allows(m) for m in members):
            continue
        score = max(closeness.best(m, claims) for m in members)
        disputes = any(existing.disputed_by(m) for m in members)
        if score < (DISPUTE_THRESHOLD if disputes else GROUP_THRESHOLD):
            continue
        if not disputes:
            score += AGREE_BONUS * (0.5 + max(existing.agreement(m) for m in members))
        if score > best_score:
            best, best_score = by_id[tid], score
    return best
