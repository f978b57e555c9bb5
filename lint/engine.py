"""The pipeline, in one pure function: text in, claims with verdicts and findings out.

read -> mask -> extract -> resolve (match.py) -> judge (judge.py) -> filter.
The CLI and the tests call `lint_text` / `lint_document`; nothing here reads or
writes files.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from functools import partial

import regex

from lint.catalog import rule_for
from lint.cues import INSTRUCTED, entry_after_label, entry_label_credit
from lint.holders import (
    DraftNames,
    an_age_or_a_bare_number,
    another_persons_term,
    draft_holders,
    draft_names,
    is_age,
)
from lint.model import (
    ELIDED_TERM_RULE,
    OPEN_BOUNDS,
    Claim,
    ClaimResult,
    DateValue,
    Figure,
    FileResult,
    Finding,
    Kind,
    Penalty,
    Reference,
    Statute,
    Topic,
    Value,
    Verdict,
    is_month_alone,
)
from lint.settings import Settings

# The draft's own words that keep a claim from being a dropped hedge: it says
# who claims it ("traders in Varakh say", "prosecutors told the court"), or that it
# is only reported. Wider than a source's hedges (rules/lexicon/cues.toml): a writer
# who puts a point in someone's mouth has not stated it as fact.
_DRAFT_HEDGE = regex.compile(
    r"\baccording\s+to\b|\breported(ly)?\b|\ballegedly?\b"
    # "claimed", not a death toll ("the fire claimed the lives of two", "claimed 12 lives")
    # (but "claimed their lives were at risk", "claimed his life savings" are claims)
    r"|\bclaimed\b(?!\s+(?:(?:the|their|his|her|[\d,.]+|\w+)\s+)?(?:(?:more|further|other)\s+)?(?:lives?|life|victims)\b"
    r"(?!\s+(?:were|was|are|is|could|would|might|had|have|savings)\b))"
    # a belief, an estimate, an admission or a count that is someone's: "Their union believes around 140 posts",
    # "it estimates that losses exceed 2.5 billion", "citing former employees", "by its own count, only nine",
    # "Its survey finds that 62%", "The mayor has admitted that councillors were warned in 2020"
    r"|\b(?:believes?|believed|reckons?|reckoned)\b(?!\s+(?:in|with)\b)"
    r"|\b(?:estimates?|estimated|admits|admitted|concedes|conceded|acknowledges|acknowledged)\s+that\b"
    # ... an estimate of a thing at a value ("The coalition estimates the national backlog at MVD 240 million"), or
    # a finding of the body the sentence before named ("It found that 41 per cent ...")
    r"|(?<!\b(?:the|its|their|his|her|our|these|those|official|earlier|latest|rough|first)\s)\b(?:estimates|estimated)"
    r"\s+(?:the|its|their)\b"
    r"|^\W*(?:it|they)\s+(?:also\s+)?(?:found|finds)\s+that\b"
    r"|\bciting\b"
    r"|\bby\s+(?:its|their|his|her|our|the\s+[\w-]+['’]s?)\s+(?:own\s+)?(?:count|counts|reckoning|estimates?|tally"
    r"|figures|calculations?|account)\b"
    # (what the survey was of, and when, between: "The federation's survey of 52 current and former workers, carried
    # out in July and August 2024, found that 38 ...")
    r"|\b(?:survey|study|poll|analysis|questionnaire)\b[^.;:!?\n]{0,120}?\b(?:finds|found|shows|showed|suggests"
    r"|suggested)\b"
    # a survey's own: those it asked ("The league, which surveyed 1,140 runners"), or framing what it found ("In the
    # league's survey, 38 per cent ...")
    # (those it asked told after the verb: not "61% of lift technicians surveyed in Velmont", who asked unsaid)
    r"|\b(?:surveyed|polled)\s+(?=(?:(?:some|about|around|nearly|almost|over|more\s+than)\s+)?(?:\d|(?:the|its|their"
    r"|all|every|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty|[a-z-]+\s+(?:hundred"
    r"|thousand))\b))"
    r"|\bin\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:survey|poll|questionnaire)\b"
    # the verb, not the noun: not "preparing claims of their own", "compensation claims", "the claims were"
    r"|(?<!\b(?:the|their|his|her|its|our|these|those|such|any|no|new|civil|legal|compensation|damages|insurance"
    r"|pension|injury|file|filed|filing|lodge|lodged|submit|submitted|make|made|prepare|preparing|pay|paid|settle"
    r"|settled|reject|rejected|of"
    # ... nor what is done with claims of money: "approve suspect claims", "bogus refund claims"
    r"|suspect|suspicious|fraudulent|bogus|false|fake|refund|tax|vat|export|expense|benefit|warranty|approve"
    r"|approved|approving|process|processed|processing|review|reviewed|reviewing|fast-track"
    # ... nor claims after a preposition or what meets them ("set aside 20 million for claims", "to cover claims")
    r"|for|to|on|in|with|against|over|cover|covers|covered|covering|meet|settling)\s+)"
    r"(?<![\d'’]\s)(?<!['’]s\s)\bclaims?\b"  # nor "1,240 claims", "members' claims"
    r"(?!\s+(?:of|for|against|from|were|are|have|had|court|tribunal|without|worth|totall\w*|amounting|approved"
    r"|paid|filed|lodged|submitted|processed|rejected)\b)"
    # not "all told", "needless to say", "no say", "the said"
    r"|(?<!\bneedless\s+to\s+)(?<!\bthat\s+is\s+to\s+)(?<!\bso\s+to\s+)(?<!\bno\s+)(?<!\bthe\s+)\bsa(?:y|ys|id)\b"
    # ... nor a refusal or a consent ("feared losing their jobs if they said no")
    r"(?!\s+(?:no|yes)\b)"
    # "a defector told the court"; not a passive telling of a deed or a topic ("passengers were (later)
    # told to abandon ship", "the board was told of irregularities"): the telling is the fact
    r"|(?<!\ball\s+)\btold\b(?!(?<=\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+|later\s+|soon\s+"
    r"|then\s+|also\s+)?told)\s+(?:to|of|about)\b)"
    # ... nor an order given ("Sarnek told crews to halve their patrols")
    r"(?!" + INSTRUCTED + r")", regex.I)

# a clause's punctuation (not a number's thousands: "1,140 runners")
_SEPARATOR = r"(?<!\d),|,(?!\d{3}(?!\d))|[;:—–()]"
_CLAUSE_SEPARATOR = re.compile(_SEPARATOR)
# the writer speaking of their own doing ("I spent three days there", "When I visited on 4 December",
# "my notes"), which no source speaks to: "I" as a subject, not after a capitalised word other than
# the sentence's first ("Queen Elizabeth I granted", "Appendix I since 2017") nor before a preposition
# ("Tier I in 2011"); "my" before a lowercase word ("my notes", not "My Lai")
# "we" or "this reporter" doing what a reporter does ("when we spoke to her on 2 April", "we counted 40
# boats", "When this reporter visited Lumbrec on 22 November"); not "we saw
# 20,000 women join", which may be a nation's or an organisation's "we"
_WRITER_SPEAKS = regex.compile(
    r"(?<!(?<!^)\b[A-Z][\w-]*\s+)\bI\b"
    r"(?=\s+(?!(?:since|in|of|and|or|to|from|for|on|at|by|with|until|after|before)\b)[a-z])"
    r"|\b[Mm]y(?=\s+[a-z])"
    r"|(?:\b[Ww]e|\b[Tt]his\s+(?:reporter|correspondent|writer|journalist))\s+(?:(?:first|then|also|later|last"
    r"|finally)\s+)?(?:spoke|visited|met|interviewed|talked|counted|asked|arrived|travell?ed|toured|watched|drove"
    r"|walked|stayed)\b")
# a sentence's opening clause of time, up to its comma: "When I visited on a wet morning in May,"
_WRITER_OPENING = regex.compile(
    r"\W*(?:When|While|Whenever|On\s+the\s+day)\s+(?:I|we|this\s+(?:reporter|correspondent|writer|journalist))\s+"
    r"(?:(?:first|last|later|finally)\s+)?(?:visited|arrived|toured|walked|drove|travell?ed|reached|went|stood)\b[^,;:]{0,100},")
# ... unless someone else speaks after it: "When I visited, a spokesman said 512 mines had closed"
_SOMEONE_SPEAKS = regex.compile(r"\b(?:said|says|told|confirmed|reported|according\s+to|announced|stated|estimated"
                                r"|estimates|put|puts|showed|shows|show|found|finds|recorded|records|counted|counts"
                                r"|figures|data)\b", regex.I)
# quotation marks: double, curly, and a single quote that opens or closes a quotation
_QUOTE_CLOSE = regex.compile(r"[\"”’]|'(?![\w])")
# (a plural's apostrophe is no closing quote: "in the guards’ quarters")
_QUOTE_MARK = regex.compile(r"[\"“”‘]|(?<![\w])'|['’](?![\w])")
_PLURAL_APOSTROPHE = regex.compile(r"(?<=s)['’](?=[^\S\r\n]+[a-z])")

_matchers: dict[int, tuple[Reference, object, object]] = {}
MATCHERS_KEPT = 4


def matcher_for(reference: Reference, settings: Settings):
    """One prepared Matcher per reference and settings, reused across files."""
    from lint.match import Matcher

    cached = _matchers.get(id(reference))
    if cached and cached[0] is reference and cached[1] == settings.match:
        return cached[2]
    matcher = Matcher(reference, settings.match)
    keep_matcher(reference, settings, matcher)
    return matcher


def keep_matcher(reference: Reference, settings: Settings, matcher) -> None:
    """Lint with `matcher`, prepared for `reference` under `settings` by an earlier run (lint/prepared.py).
    A process that reads reference after reference (an editor's server) keeps the last few."""
    _matchers.pop(id(reference), None)
    _matchers[id(reference)] = (reference, settings.match, matcher)
    while len(_matchers) > MATCHERS_KEPT:
        del _matchers[next(iter(_matchers))]


def sentence_siblings(claims: list[Claim]) -> dict[int, list[Claim]]:
    """The claims of each sentence, by the sentence's start. A table cell is a sentence of its own,
    but its siblings are its row's claims: "2020 | 164 | 29" gives 29 its year."""
    found: dict[int, list[Claim]] = {}
    rows: dict[int, list[Claim]] = {}
    for c in claims:
        found.setdefault(c.sentence_start, []).append(c)
        if c.row_start is not None:
            rows.setdefault(c.row_start, []).append(c)
    for c in claims:
        if c.row_start is not None:
            found[c.sentence_start] = rows[c.row_start]
    return found


def earlier_siblings(claims: list[Claim], siblings: dict[int, list[Claim]]) -> dict[int, list[Claim]]:
    """The claims of the sentence before each sentence, by the sentence's start, when both are in one
    paragraph (the sentence before with claims)."""
    found: dict[int, list[Claim]] = {}
    current: Claim | None = None
    for c in claims:  # in order of position
        if current is not None and c.sentence_start == current.sentence_start:
            continue
        if current is not None and c.paragraph is current.paragraph:  # one block's text, read once
            found[c.sentence_start] = siblings[current.sentence_start]
        current = c
    return found


# A small count ("Four people", "two officers") is called a mismatch only when its topic is matched
# this far above the cutoff: any sentence has a few of something.
SMALL_COUNT_MARGIN = 10.0
# how well the draft's words must fit a topic for a value of its that a source gives only on points sharing none of
# its words to be wrong here, not that other point's ("heard 14 witnesses", where the ombudsman counted 14 officers)
WRONG_HERE_SCORE = 55.0
# ... or this well, where no giver's words fit the claim's more than this share of the matched topic's
WRONG_HERE_CLEAR_SCORE = 40.0
WRONG_HERE_GIVER_SHARE = 0.1
# ... and a term read from a bare number ("The middleman got six"), whose person the draft names by a role at most
ELIDED_TERM_MARGIN = 10.0


def _counts_other_things(value, topic) -> bool:
    """Might the draft's small count count other things than the sources on the topic do? It does unless a source
    counts the same thing ("eight detector dogs", "14 dogs") or neither names what it counts ("Four were
    acquitted", "Three were acquitted": then the topic's closeness decides, SMALL_COUNT_MARGIN). Any sentence has
    a few of something: a few of something else, or a few of nothing named against a count of something, is
    not called wrong."""
    nouns = {getattr(rc.norm, "noun", None) for rc in topic.claims}
    return value.noun not in nouns


def _wrong_here(claim: Claim, match, matcher, ranking) -> bool:
    """Is a value some source gives on another point still wrong on the topic it matched: matched strongly, where no
    giver's words fit the claim; a count of a thing the topic counts and no giver does, matched well, where the givers'
    words fit barely (not a point in dispute, whose side the draft may be telling in other words); or a count naming
    what it counts wrong there though others give its number (_counted_here_only)? The givers are looked up once for
    all."""
    givers = matcher.topics_giving(claim.value)
    fits = [matcher.words_fit(ranking, topic) for topic in givers]
    return ((match.score >= WRONG_HERE_SCORE and all(fit is None for fit in fits))
            # ... or matched well, where the givers' words barely fit ("a team of 15 labour inspectors", matched to
            # the eleven labour inspectors at 44, where a source's 15 boys fit at 2)
            or (match.score >= WRONG_HERE_CLEAR_SCORE and _its_thing_counted_here_only(claim.value, match.topic, givers)
                and all(fit is None or fit < match.context * WRONG_HERE_GIVER_SHARE for fit in fits)
                and not any(topic.contested for topic in givers))
            or _counted_here_only(claim.value, match.topic, givers))


def _its_thing_counted_here_only(value, topic, givers: list) -> bool:
    """Does the draft name what it counts ("15 labour inspectors"), the topic count that very thing, and no topic
    giving the value count it ("41 hospitals" a paper gives is the other side, not another point)?"""
    noun = getattr(value, "noun", None)
    return bool(noun) and _counts(topic, noun) and not any(_counts(t, noun) for t in givers)


def _counted_here_only(value, topic, givers: list) -> bool:
    """Does the draft's count name what it counts, the topic count that thing, and every topic giving the value count
    something else ("14 veterinarians" against the inspectorate's 12 veterinarians, where the 14 a source gives is a
    count of dogs)? Then the value is wrong here, not another point's."""
    from lint.disputes import counts_of_other_things
    from lint.judge import agrees

    def counts_it(norm) -> bool:
        return isinstance(norm, Figure) and norm.noun is not None and not counts_of_other_things(value, norm)

    if not (isinstance(value, Figure) and value.noun and value.unit == "count"):
        return False
    # (a giver counting nothing named may count the draft's thing: "Eighteen people died" beside a toll of 18)
    return (any(counts_it(rc.norm) for rc in topic.claims)
            and not any(agrees(value, rc.norm) and (counts_it(rc.norm) or getattr(rc.norm, "noun", None) is None)
                        for t in givers for rc in t.claims))


def _small_count(value) -> bool:
    """A count under ten ("two", "three people"): any other count of the story may be told beside it, so a near
    match that disagrees is more likely another point than a wrong value."""
    return isinstance(value, Figure) and value.unit == "count" and value.high < 10 and value.per is None


def _qualifies_a_figure(claim: Claim, siblings: list[Claim]) -> bool:
    """A year or month in a sentence that credits a figure or penalty to a body ("the Trust counted 9,640 kg
    in 2022") says when; the credit is for the figure, so the date is not judged for it. A day or a time of day is
    an event's own ("According to the inspectorate, the contract was signed on 2 July 2019 and was worth 4.8
    million", "The Ledger says 31 alerts reached the centre and the last passengers got out at about 12:55"): the
    credit is for it too. So is a year in a clause of its own ("The court found that the storerooms had not been
    inventoried since 2009, and that 17 of the 48 cameras were off")."""
    return (claim.kind is Kind.DATE and claim.value.precision not in ("day", "time") and not _entry_label(claim)
            and any(s.kind in (Kind.FIGURE, Kind.PENALTY) and not _clauses_apart(claim, s) for s in siblings))


# what sets two clauses of a sentence apart, each with its own point: "had not been inventoried since 2009, and that 17
# of the 48 cameras ..."
_ANOTHER_CLAUSE = regex.compile(r";|\bthat\b|,\s+(?:and|but|while|whereas)\s+(?:it|they|he|she|the)\b", regex.I)


def _clauses_apart(claim: Claim, sibling: Claim) -> bool:
    """Do the claim and its sibling stand in two clauses of their sentence (_ANOTHER_CLAUSE between them)?"""
    lo, hi = min(claim.end, sibling.end), max(claim.start, sibling.start)
    return _ANOTHER_CLAUSE.search(claim.sentence, max(0, lo - claim.sentence_start),
                                  max(0, hi - claim.sentence_start)) is not None


def _entry_label(claim: Claim) -> bool:
    """Is the claim the whole bold label of an entry told as a body's ("**April 2022.** According to the
    inspectorate, ...")? The entry the label dates is what the credit tells, the date as much as any figure in it; a
    label that holds more than the date ("**21 to 24 February 2023.**") leaves the date its figure's qualifier."""
    at = claim.start - claim.sentence_start
    return (_LETTER.search(claim.sentence, 0, at) is None
            and entry_label_credit(claim.sentence, at, at + len(claim.text), 0, len(claim.sentence)) is not None)


_LETTER = regex.compile(r"\p{L}")


def draft_hedges(claim: Claim) -> bool:
    """Does the draft hedge or credit the claim? A cue counts in the claim's own clause, or opening
    the sentence ("According to the police, ..."), or, for a timeline entry's date label, in the entry's own
    statement; "..., which the Herald reported was worth ..." hedges the worth, not a date two clauses before it."""
    sentence = claim.sentence
    at = claim.start - claim.sentence_start
    telling = _telling_dated(claim, sentence, at)
    hedged = claim.hedged
    if telling is not None:
        # "In October 2022 plant operators reported in writing that ...": the date is the telling's, which the draft
        # states as fact; the telling's verb hedges nothing of it (any other cue still does: "..., former employees
        # said")
        sentence = _without(sentence, telling)
        hedged = _cues_hedge(sentence, at, at + len(claim.text))
    if claim.attributed_to or (hedged and not _when_a_telling_was_done(claim, sentence, at)
                               and not _the_tellers_counted(claim, sentence, at)):
        return True
    clause_start, clause_end = _clause_around(sentence, at, len(claim.text))
    opening = _CLAUSE_SEPARATOR.search(sentence)
    date = claim.kind is Kind.DATE
    end = at + len(claim.text)
    # the opening clause of the claim's own part of the sentence, after a semicolon ("...; by its own count, only
    # nine have been carried out")
    part = max((m.end() for m in _PART_BREAK.finditer(sentence, 0, at)), default=0)
    part_opening = _CLAUSE_SEPARATOR.search(sentence, part, at) if part else None
    # a timeline entry's bold date label is what the entry tells, as hedged as the entry is ("- **2011** – Barvik opens
    # his first depot, according to his sister.")
    # (in the entry's own statement: not past a semicolon, nor in a relative clause of someone in it: "...; rivals
    # allegedly set it on fire a year later", "hires Mirela Dorn, who according to her lawyer ...")
    entry = entry_after_label(sentence, at, end, 0, len(sentence)) if date else None
    entry_end = len(sentence)
    if entry is not None:
        other = _ENTRY_STATEMENT_END.search(sentence, entry)
        entry_end = other.start() if other else entry_end
    return bool(_a_hedge_cue(sentence, clause_start, clause_end, date, end)
                or _reaching_into(sentence, clause_start, at)
                or (entry is not None and _a_hedge_cue(sentence, entry, entry_end, date, end))
                or (opening and _a_hedge_cue(sentence, 0, opening.start(), date, end))
                or (part_opening and _a_hedge_cue(sentence, part, part_opening.start(), date, end))
                or _introduced_by_a_hedge(sentence, at) or _framed(sentence, clause_start))


_PART_BREAK = re.compile(r";")
# where a timeline entry's own statement ends: a semicolon, or a relative clause of someone or something in it
_ENTRY_STATEMENT_END = re.compile(r";|,\s*(?:who|whom|whose|which|where|when)\b", re.I)


# a telling done, with what was told as its object: "Teachers had reported cracks in the corridor in February 2020",
# "29 workers had reported fresh cracks",
# "a foreman told the site office about fresh cracks on 10 March 2023" (not "reported that ...")
_TELLING_DONE = regex.compile(
    r"reported\s+(?!(?:that|as|was|is|this|these|those|afterwards|earlier|later|yesterday|today|on|in|to|by|at"
    r"|its)\b)(?:the|a|an|their|his|her|\p{Ll}+s|(?!(?:last|next|this|two|three|four|several|many|few)\b)\p{Ll}+\s+\p{Ll}+s)\b"
    r"|told\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?!that\b)[\w'’-]+\s+){0,2}?(?:about|of)\b", regex.I)


def _when_a_telling_was_done(claim: Claim, sentence: str, at: int) -> bool:
    """Is the claim a date of its clause, after a telling done ("Residents had reported cracks in the embankment in
    April 2019")? Then the telling is the fact the date places, not a hedge of it, whoever told."""
    if claim.kind is not Kind.DATE:
        return False
    clause_start = _clause_start(sentence, at)
    # (not what was told: "Workers told the Federation of Metal Workers that the alarm was off in December 2023")
    return any(_TELLING_DONE.match(sentence, m.start()) and not _THAT.search(sentence, m.end(), at)
               for m in _REPORTED_OR_TOLD.finditer(sentence, clause_start, at))


_REPORTED_OR_TOLD = regex.compile(r"\b(?:reported|told)\b", regex.I)
# a date opening its clause (after a preposition at most), then who told and the verb of their telling: "In October
# 2022 plant operators reported in writing that ...", "On 3 May workers had told managers"; not the telling set off,
# what it tells the date's ("In 2021, the union reported, 40 workers were hurt"), nor a passive's subject ("In 2017
# workers were reported missing"), nor a verb without what a telling takes ("injuries reported rose")
_DATE_LEAD = regex.compile(r"[^\S\r\n]*(?:(?:in|on|by|during|early[^\S\r\n]+in|late[^\S\r\n]+in|as[^\S\r\n]+early"
                           r"[^\S\r\n]+as)[^\S\r\n]+)?", regex.I)
_TELLER_THEN_VERB = regex.compile(
    r"[^\S\r\n]+(?!(?:that|it|this|there)\b)(?:(?!(?:was|were|is|are|be|been|being)\b)[\p{L}'’-]+[^\S\r\n]+){1,4}?"
    r"(?:had[^\S\r\n]+|have[^\S\r\n]+|has[^\S\r\n]+)?"
    r"(?:(?P<verb>reported|wrote|complained)(?=[^\S\r\n]+(?:that|in[^\S\r\n]+writing|to|about|of|the|a|an)\b)"
    r"|(?P<verb>told|warned)(?=[^\S\r\n]+\p{L}))", regex.I)


def _telling_dated(claim: Claim, sentence: str, at: int) -> tuple[int, int] | None:
    """The verb of a telling the claim, a date opening its clause, dates ("In October 2022 plant operators reported in
    writing that the points could be confused"): the telling is what the date places, not a hedge of it. None for
    any other claim."""
    if claim.kind is not Kind.DATE or _DATE_LEAD.fullmatch(sentence, _clause_start(sentence, at), at) is None:
        return None
    found = _TELLER_THEN_VERB.match(sentence, at + len(claim.text))
    if found is None or _CLAUSE_SEPARATOR.search(sentence, at + len(claim.text), found.start("verb")):
        return None
    return found.span("verb")


_THAT = regex.compile(r"\bthat\b", regex.I)


def _a_hedge_cue(sentence: str, lo: int, hi: int, date: bool, claim_end: int | None = None) -> bool:
    """A cue of the draft's hedging between lo and hi; for a date, not a telling done whose object is what was
    told: the date is when the telling happened, which the draft states as fact. Nor a telling whose subject is
    the claim ending at `claim_end` (_told_by_the_counted)."""
    return any(not (date and _TELLING_DONE.match(sentence, m.start()))
               and not (claim_end is not None and _told_by_the_counted(sentence, claim_end, m))
               and not (claim_end is not None and m.start() >= claim_end
                        and _TOLD_OF_ANOTHER_THING.search(sentence, max(0, m.start() - 40), m.start()))
               for m in _DRAFT_HEDGE.finditer(sentence, lo, hi))


# a telling after the claim that is not of it: one that only says when its event happened ("waited up to five hours
# before anyone told them whether their son was alive"), or one of what was told, named as a thing ("swapped in
# around 30 cases so that results matched what had already been reported")
_TOLD_OF_ANOTHER_THING = regex.compile(r"\b(?:before|after|until|till|when|once|what)\s+(?:[\w'’-]+\s+){0,3}$", regex.I)


def _reaching_into(sentence: str, clause_start: int, at: int) -> bool:
    """Does a cue that opens before the claim's clause close in it, before the claim ("The federation's survey of 52
    workers, carried out in July, found that 38 ...")?"""
    return any(m.start() < clause_start < m.end() <= at for m in _DRAFT_HEDGE.finditer(sentence, 0, at))


# between a count and a telling it is the subject of: the rest of its noun phrase and an auxiliary ("68 per cent of
# households were never told that ...", "Some 68 per cent of the staff have reported a fault"); those counted are
# told in the passive, but what is reported in the passive is what was told ("40 deaths were reported the next day")
_NOUN_PHRASE_REST = r"(?:\s+(?!(?:were|was|is|are|be|been|being)\b)[\p{Ll}-]+)*?"
_ADVERBS_BEFORE_VERB = r"(?:\s+(?:never|not|also|all|since|already|\w+ly))*\s+$"
_SUBJECT_TO_TOLD = regex.compile(_NOUN_PHRASE_REST + r"(?:\s+(?:were|was|have|has|had|are|is|had\s+been|have\s+been))?"
                                 + _ADVERBS_BEFORE_VERB)
_SUBJECT_TO_REPORTED = regex.compile(_NOUN_PHRASE_REST + r"(?:\s+(?:have|has|had))?" + _ADVERBS_BEFORE_VERB)


def _told_by_the_counted(sentence: str, claim_end: int, cue: regex.Match) -> bool:
    """Is the cue a telling whose subject is the claim, not one of it: those counted told, were told or reported
    something ("68 per cent of households were never told", "staff have reported a fault"), which is the fact the
    count states; not "40 deaths were reported" (what was told) nor "40 died, police said"?"""
    if cue.start() < claim_end:
        return False
    if cue.group().lower() == "told":
        return _SUBJECT_TO_TOLD.fullmatch(sentence, claim_end, cue.start()) is not None
    return (_TELLING_DONE.match(sentence, cue.start()) is not None
            and _SUBJECT_TO_REPORTED.fullmatch(sentence, claim_end, cue.start()) is not None)


# a verb of telling right after a count's noun phrase, whose subject the count is: "29 workers had reported fresh
# cracks", "some 40 residents told the inquiry"
_TELLING_VERB_AHEAD = regex.compile(r"\b(?:reported|told|said|say|says|described|recounted)\b", regex.I)
# How far after a count its telling verb may stand (its noun phrase and an auxiliary between)
TELLERS_REACH = 60


def _the_tellers_counted(claim: Claim, sentence: str, at: int) -> bool:
    """Is the claim a count of those who told something, the subject of the telling ("In those final weeks, 29 workers
    had reported fresh cracks")? Then the telling is the fact the count states, not a hedge of it."""
    if not (isinstance(claim.value, Figure) and claim.value.unit in ("count", "percent")):
        return False
    end = at + len(claim.text)
    verb = _TELLING_VERB_AHEAD.search(sentence, end, end + TELLERS_REACH)
    if verb is None or claim.value.noun is None or _SUBJECT_TO_REPORTED.fullmatch(sentence, end, verb.start()) is None:
        return False
    # (only where that telling is the sentence's one hedge: "It is alleged that 40 workers told managers" stays hedged)
    return not _cues_hedge(_without(sentence, verb.span()), at, end)


def _without(sentence: str, span: tuple[int, int]) -> str:
    """The sentence with the words at `span` blanked, every offset kept."""
    return sentence[: span[0]] + " " * (span[1] - span[0]) + sentence[span[1] :]


def _cues_hedge(sentence: str, start: int, end: int) -> bool:
    """Do the sentence's cues (lint.cues) hedge or credit its claim at start..end?"""
    from lint.cues import SentenceCues
    from lint.patterns import load_pack

    return SentenceCues(sentence, 0, len(sentence), load_pack()).hedged(start, end)


_TIME_UNITS = frozenset({"months", "days", "hours", "weeks", "minutes"})
# a length of time that places one event after another: "Two months later", "three years on", "a week before"
_SHIFT_AFTER = re.compile(r"\s+(?:later|earlier|afterwards|ago)\b|\s+on\b(?=\s*(?:[,;:.!?]|$))"
                          r"|\s+(?:after|before)\b(?!\s+(?:the\s+)?\d)", re.I)
# a length after these is how long, not how long after: "for two months before ending", "in four months on"
_LENGTH_BEFORE = re.compile(r"\b(?:for|in|over|within|during|of|than)\s+(?:(?:about|some|nearly|almost|just)\s+)?$",
                            re.I)


def _shift_not_given(claim: Claim, topic) -> bool:
    """"Two months later police raided the site": the time between two events, which only a source
    that puts the same two events apart speaks to, not another length ("310 arrests in four months")."""
    if claim.kind is not Kind.FIGURE or claim.value.unit not in _TIME_UNITS:
        return False
    sentence, base = claim.sentence, claim.sentence_start
    if (not _SHIFT_AFTER.match(sentence, claim.end - base)
            or _LENGTH_BEFORE.search(sentence, 0, max(claim.start - base, 0))):
        return False
    return not any(_SHIFT_AFTER.match(rc.evidence, found + len(rc.value))
                   for rc in topic.claims if (found := rc.evidence.find(rc.value)) >= 0)


# a period that opens its sentence ("Between 2019 and 2022, ...", "From 2012 to 2014, ..."): it sets the
# span of what follows
_OPENS_SENTENCE = re.compile(r"\W*(?:(?:between|from|in|over|during|across)\s+)?$", re.I)


# How much better the draft's words must fit a rival topic (or a topic giving the draft's value) than the topic it
# matched: negative, as the build parts one point told in other words by two sources ("3.6 million fake tablets"
# seized, "4.2 million tablets" in the paper's words; a giver's "sent the chief engineer to prison for seven years"
# beside "sentenced the former chief engineer ... to six years in prison"), and the draft's words then fit the side
# it agrees with best; but not so far below that any value nearby rivals it.
RIVAL_LEAD = -10.0
# The same for a rival topic that is a dispute over the draft's very value (_disputed_rival): its giving
# that value says it is the draft's point, where words alone would not.
DISPUTED_RIVAL_LEAD = -25.0
# How far below the matched topic's a topic giving the draft's month may fit the draft's words and be the other side
# of its point: a little further than a dispute over a telling value (DISPUTED_RIVAL_LEAD), as a dissenting paper
# dates an event in words of its own ("the inflation began in January 2018, two months earlier"); not so far that
# another event of the month (a report published in March 2021, for a collapse in March) is taken for the point.
MONTH_GIVER_LEAD = -30.0
# How far below the matched topic's a rival may fit the draft's words where every value of it counts the thing the draft
# names ("186 households" for the draft's 211 households moved): a dissenting paper counts it in words of its own
COUNT_RIVAL_LEAD = -25.0
# How telling a value must be to be contested by a topic the build kept apart (judge.specificity): not a value of
# one significant digit ("two", "40 workers", "five years", "30 per cent"), which recurs across a story's points
# (measured on the eval sets: such rival contests were two false alarms for each finding)
RIVAL_SPECIFICITY = 0.3
# How many topics after the claim's are asked for a rival.
RIVAL_SEARCH = 2


def _rival_point(value, match, rival) -> bool:
    """Does the rival topic give another value of the draft's point, on words that fit the draft's claim
    nearly as well as the topic it matched, or better (RIVAL_LEAD: "4.2 million tablets" for the draft's
    3.6 million tablets, "3 March 2023" for its "13 March 2023" where the words say the charges were
    filed; never an article)? Its sources give none of the matched topic's values (one source giving both
    gives two points), and each of its values could be the same point told otherwise (lint.disputes)."""
    from lint.judge import agrees

    lead = COUNT_RIVAL_LEAD if _counts_its_thing(value, rival.topic) else RIVAL_LEAD
    if (rival.context < match.context + lead or _share_a_source(match.topic, rival.topic)
            or _a_recurring_span(value) or _imposed_apart(match.topic, rival.topic)):
        return False
    if isinstance(value, Statute):
        # an article a source names is that provision, whatever other article the words fit: a code has
        # many articles on kindred offences ("Article 233" on crossing the border, "Article 261" on
        # prostitution, both about women); a misnumbering is joined at the build (build._lone_sections_joined).
        # Another paragraph of the same article is the same offence told otherwise ("214(3)", "214(4)")
        return _paragraphs_of_one_article(value, [rc.norm for rc in rival.topic.claims]) and not any(
            agrees(value, rc.norm) or agrees(rc.norm, value) for rc in rival.topic.claims)
    return _each_could_be_its_point(value, rival.topic.claims) and not any(
        agrees(value, rc.norm) or agrees(rc.norm, value) for rc in rival.topic.claims)


def _imposed_apart(topic, other) -> bool:
    """Do the sources have one kind of body impose the fines of one topic and another kind those of the other (a
    court's, a regulator's: RefClaim.imposer)? Two bodies' fines are two points, whatever their values."""
    mine, theirs = ({rc.imposer for rc in t.claims} - {""} for t in (topic, other))
    return len(mine) == 1 and len(theirs) == 1 and mine != theirs


def _counts_its_thing(value, topic) -> bool:
    """Does every claim of the topic count the thing the draft's value counts ("households"; not persons, whom
    any count of a story's people counts)?"""
    from lint.disputes import PERSON_WORDS

    noun = getattr(value, "noun", None)
    return bool(noun) and noun not in PERSON_WORDS and all(getattr(rc.norm, "noun", None) == noun
                                                          for rc in topic.claims)


def _a_recurring_span(value) -> bool:
    """Is the value a term or a span a story tells of many points: a prison term or a ban of a length, a period in days,
    months or years ("15 days" to appeal a verdict, "30 days" to appeal a fine), or a bare year? Another topic
    giving another such span is another point (measured on the eval sets: rival contests of these were four false
    alarms for each finding); a span of minutes or hours, or an amount of a fine, is not one of them."""
    if isinstance(value, Penalty):
        return value.type != "fine" and value.high is not None  # (death, or life, is no span that recurs)
    if isinstance(value, Figure):
        return value.unit in ("days", "months")
    return isinstance(value, DateValue) and value.precision == "year"


def _each_could_be_its_point(value, claims) -> bool:
    """Could each of these claims' values be `value`'s point told otherwise (lint.disputes: of its sort,
    not two points, as a period and a day are)?"""
    from lint.disputes import same_sort, two_points

    return all(same_sort(value, rc.norm) and not two_points(value, rc.norm) and not _a_part_of(value, rc)
               for rc in claims)


# a count told as a part of the whole right after it: "Four of the 11 apartments", "three of its twelve sites"
_PART_OF_A_WHOLE = regex.compile(r"[^\S\r\n]+of[^\S\r\n]+(?:the|its|their|these|those|all)[^\S\r\n]+"
                                 r"(\d[\d,]*|\p{L}+)\b", regex.I)


def _a_part_of(value, source_claim) -> bool:
    """Is the source's claim a part of the whole the value counts ("Four of the 11 apartments" against the draft's 11
    apartments): another count, never the other side of the value's?"""
    from lint.normalize import parse_number
    from lint.patterns import load_pack

    if not isinstance(value, Figure) or value.low != value.high:
        return False
    at = source_claim.evidence.find(source_claim.value)
    whole = _PART_OF_A_WHOLE.match(source_claim.evidence, at + len(source_claim.value)) if at >= 0 else None
    return whole is not None and parse_number(whole.group(1), load_pack()) == value.low


def _held_only_by_periods(value, topic) -> bool:
    """Is the value a day's date that the topic holds only within periods of more than a year ("from 2016 to 2023"
    for 14 May 2017: judge.a_day_and_a_span)?"""
    from lint.judge import a_day_and_a_span, agrees

    if not isinstance(value, DateValue) or value.precision != "day":
        return False
    holding = [rc.norm for rc in topic.claims if agrees(value, rc.norm)]
    return bool(holding) and all(a_day_and_a_span(n, value) for n in holding)


def _dated_to_the_day(topic) -> bool:
    """Does a source date the topic's point to the day?"""
    return any(isinstance(rc.norm, DateValue) and rc.norm.precision == "day" for rc in topic.claims)


# How much lower a topic dating its point to the day may score than one holding a day's date only within periods
PERIOD_LEAD = 10.0


def _past(match, another_point, next_match):
    """`match`, or the topic after it where `another_point(its topic)`; None where that one is too."""
    if match is not None and another_point(match.topic):
        match = next_match(match)
        if match is not None and another_point(match.topic):
            return None
    return match


def _stated_plainly_elsewhere(value, judged, topic, matcher, reference: Reference) -> bool:
    """Does a source state the value plainly on a kindred point: one that alleges it here, or, for a day's date, any
    source on a point sharing KINDRED_WORDS words with this one (the day the roof fell, which a union alleges its
    warnings before, the court states)? Then the value is not only alleged."""
    from lint.match import KINDRED_WORDS

    if matcher.stated_as_fact(value, {ev.source for ev in judged.evidence if ev.agrees}, topic):
        return True
    return (isinstance(value, DateValue) and value.precision == "day"
            and matcher.stated_as_fact(value, {source.id for source in reference.sources}, topic, KINDRED_WORDS))


def _contested_by_a_rival(claim: Claim, match, judged, match_without, set_aside: set[str], reference, hedged: bool,
                          holder: str | None = None, apart: frozenset[int] = frozenset()):
    """`judged`, or contested where one of the RIVAL_SEARCH topics after the claim's gives another value of
    its point (_rival_point), or is a dispute over the claim's very value (_disputed_rival); never a term of
    another person than the claim's `holder` (lint.holders). A rival under the cutoff only where its words fit the
    draft's as well as the matched topic's do and its values are telling near tellings of the claim's
    (_telling_near): it lacks only the bonus for giving the draft's value, the other side of a point the build split
    in two ("412 kilograms" of another seizure, fitting the draft's few words a little less, is another point)."""
    seen = {*set_aside, match.topic.id}
    for _ in range(RIVAL_SEARCH):
        rival = match_without(claim, frozenset(seen), floor=0.0)
        if rival is None or rival.score < match.context + min(RIVAL_LEAD, DISPUTED_RIVAL_LEAD, COUNT_RIVAL_LEAD):
            break  # (a topic's score is at least its words' fit: no later one can fit as well)
        above_cutoff = match_without(claim, frozenset(seen))
        seen.add(rival.topic.id)
        if another_persons_term(holder, rival.topic):
            continue
        if (above_cutoff is None or above_cutoff.topic is not rival.topic) and not (
                rival.context >= match.context and _telling_near(claim.value, rival.topic)) and not (
                rival.context >= match.context + DATE_RIVAL_MARGIN and _near_day_or_month(claim.value, rival.topic)):
            continue  # (under the cutoff: its words must fit the draft's as well as the matched topic's do)
        if _rival_point(claim.value, match, rival):
            contested = _contested_with(claim, match.topic, rival.topic, reference, hedged, apart)
            if contested is not None and _a_dissenters_dispute(contested, reference):
                return contested
        elif _disputed_rival(claim.value, match, rival):
            from lint.judge import judge

            rejudged = judge(claim, rival.topic, reference, hedged, apart)
            if rejudged.verdict is Verdict.CONTESTED and _a_dissenters_dispute(rejudged, reference):
                return rejudged
    return judged


# How many points a source must stand alone on against the others (_lone_dissenters) to be the reference's dissenter
DISSENTER_POINTS = 3
_DISSENTERS: dict[int, tuple] = {}  # id(reference) -> (it, its dissenters)


def _a_dissenters_dispute(contested, reference: Reference) -> bool:
    """Does the reference's dissenter (the source that stands alone against the others on the most points,
    DISSENTER_POINTS at least: an investigation that contests the official account) take a side in this dispute?
    Where it does not, two values the build split across topics, or two days or articles it joined, are more often
    two points than one disputed; where no source dissents that often, any dispute may be one."""
    from lint.judge import _of_the_reference

    dissenters = _of_the_reference(reference, _DISSENTERS, lambda: _lone_dissenters(reference))
    return dissenters is None or any(ev.source in dissenters for ev in contested.evidence)


def _lone_dissenters(reference: Reference) -> frozenset[str] | None:
    """The sources that stand alone on the most points (a topic three sources or more tell, where none of the
    source's values agrees with any other's), DISSENTER_POINTS at least; None where none does."""
    from lint.judge import agrees

    alone: dict[str, int] = defaultdict(int)
    for topic in reference.topics:
        by_source: dict[str, list] = defaultdict(list)
        for rc in topic.claims:
            by_source[rc.source].append(rc.norm)
        if len(by_source) < 3:
            continue
        for source, values in by_source.items():
            others = [v for other, vs in by_source.items() if other != source for v in vs]
            if not any(agrees(v, o) or agrees(o, v) for v in values for o in others):
                alone[source] += 1
    most = max(alone.values(), default=0)
    return frozenset(s for s, n in alone.items() if n == most) if most >= DISSENTER_POINTS else None


# How telling a value must be for a topic under the cutoff to be the other side of its point (judge.specificity:
# "71", "2.1 million"; not "four", "five years", whose near values any other count or term may give)
NEAR_RIVAL_SPECIFICITY = 0.4


# How much better than the matched topic's a topic under the cutoff must fit the draft's words to be the other side of
# its day or month ("14 November 2023", found by its value on words that say little, against "21 November 2023"
# told in the draft's own words): a date is never telling enough to pass on its value alone (_telling_near).
DATE_RIVAL_MARGIN = 5.0


def _near_day_or_month(value, topic) -> bool:
    """Is the value a day or a month, and each of the topic's values one near it (disputes.near_tellings)?"""
    from lint.disputes import near_tellings

    return (isinstance(value, DateValue) and value.precision in ("day", "month")
            and all(near_tellings(value, rc.norm) for rc in topic.claims))


def _telling_near(value, topic) -> bool:
    """Is each of the topic's values a near telling of the claim's (disputes.near_tellings), a value as telling as
    NEAR_RIVAL_SPECIFICITY and not a date (a story's events fall within weeks of one another)?"""
    from lint.disputes import near_tellings
    from lint.judge import specificity

    return (not isinstance(value, DateValue) and specificity(value) >= NEAR_RIVAL_SPECIFICITY
            and all(near_tellings(value, rc.norm) for rc in topic.claims))


def _disputed_rival(value, match, rival) -> bool:
    """Is the rival topic a dispute over the draft's value ("48.6 million" in the wire, "53 million" in the
    feature), on words that fit the draft's claim not far less than the topic it matched (DISPUTED_RIVAL_LEAD)?
    The build gave the value's other telling a topic of its own, where no one disputes it."""
    from lint.judge import agrees

    if isinstance(value, Statute) or rival.context < match.context + DISPUTED_RIVAL_LEAD:
        return False
    if not (_gives(rival.topic, value) and rival.topic.contested) or _imposed_apart(match.topic, rival.topic):
        return False
    if not _each_could_be_its_point(value, rival.topic.claims):
        return False  # "2019 to 2022" beside "16 May 2023": a period and a day, two points the build joined
    # a dissenter that gives the value on the matched topic disputes another point here ("in force until
    # 31 August 2024" beside "from 1 September 2024"), not the value
    dissenters = {rc.source for rc in rival.topic.claims if not agrees(value, rc.norm)}
    return not dissenters & {rc.source for rc in match.topic.claims}


# How telling a value must be for a disputed topic giving it to be the claim's point whatever the draft's words
# (judge.specificity: "23,412", "4.6 million marks"); a day, or a short count of the same thing ("31 children"), only
# where the words fit too (_disputed_elsewhere)
DISPUTED_ELSEWHERE_SPECIFICITY = 0.6


def _disputed_elsewhere(claim: Claim, match, matcher, ranking, reference, hedged: bool, holder: str | None, apart):
    """(the disputed topic as the claim's match, the claim judged contested on it) where another topic gives the
    claim's very value and is disputed, and no source speaks on both (the build split one point: the wire's "fined
    2.4 million" alone, the court's 2.4 million beside a paper's 2.6 million); else None. A telling amount or count
    (DISPUTED_ELSEWHERE_SPECIFICITY, not a date) needs no more; a day, or a count of the thing the other topic counts
    (not persons alone), needs the draft's words to fit the other topic not far less than the matched one
    (DISPUTED_RIVAL_LEAD, as _disputed_rival asks: a fire's 3 May is not the arrest's 3 May a paper dates 4 May, nor 24
    children evacuated the 24 who fell ill). Never another person's term than the claim's `holder` (lint.holders)."""
    from lint.disputes import PERSON_WORDS
    from lint.judge import judge, specificity

    value, topic = claim.value, match.topic
    noun = getattr(value, "noun", None)
    telling = not isinstance(value, DateValue) and specificity(value) >= DISPUTED_ELSEWHERE_SPECIFICITY
    for other in matcher.topics_telling(value):
        if (other.id == topic.id or other.kind is not topic.kind or not other.contested
                or another_persons_term(holder, other) or _share_a_source(topic, other, reference)
                or not _each_could_be_its_point(value, other.claims)):
            continue
        if not telling:
            of_its_thing = bool(noun) and noun not in PERSON_WORDS and _counts(other, noun)
            fit = matcher.words_fit(ranking, other)
            if not (isinstance(value, DateValue) or of_its_thing) or fit is None \
                    or fit < match.context + DISPUTED_RIVAL_LEAD:
                continue
        rejudged = judge(claim, other, reference, hedged, apart)
        if rejudged.verdict is Verdict.CONTESTED:
            return replace(match, topic=other), rejudged
    return None


def _counts(topic, noun: str) -> bool:
    """Does a claim of the topic count this thing ("hospitals")?"""
    return any(getattr(rc.norm, "noun", None) == noun for rc in topic.claims)


# How many topics after the claim's are searched for one that gives its value.
GIVER_SEARCH = 4


def _disputed_by_a_count_of_its_thing(claim: Claim, topic, matcher, reference, hedged: bool, apart):
    """The claim judged on its topic and another that gives its very value, where the draft names what it counts and
    both topics count that thing ("41 hospitals": the 37 hospitals supplied, and a paper's 41 hospitals), and the two
    may be one point (_one_point_apart): contested, or an attribution where the draft credits the other side's
    body; else None."""
    from lint.disputes import PERSON_WORDS
    from lint.judge import judge

    noun = getattr(claim.value, "noun", None)
    if not noun or noun in PERSON_WORDS or not _counts(topic, noun):
        return None
    for other in matcher.topics_giving(claim.value):
        if other.id == topic.id or not _counts(other, noun) \
                or not _one_point_apart(claim.value, topic, other, reference):
            continue
        together = judge(claim, replace(topic, claims=topic.claims + other.claims), reference, hedged, apart)
        if together.verdict in (Verdict.CONTESTED, Verdict.ATTRIBUTION):
            return replace(together, topic=topic)
    return None


def _credited_to_another(claim: Claim, match, match_without, set_aside: set[str], reference, hedged: bool,
                         apart, matcher):
    """(the topic, its judgement) where the draft credits a value that another point's topic gives to a body that
    does not give it ("According to the court, 46 firefighters fought the blaze", where the fire service's report
    alone counts 46 and the court none): the value is that point's, and the credit is wrong; else None."""
    from lint.judge import judge

    if not claim.attributed_to:
        return None
    giver = _topic_giving(claim, match, match_without, set_aside)
    if giver is None:
        return None
    judged = judge(claim, giver.topic, reference, hedged, apart)
    if judged.verdict is not Verdict.ATTRIBUTION or matcher.given_on_a_kindred_point(
            claim, _sources_called(claim.attributed_to, reference), giver.topic):
        return None
    return giver, judged


def _topic_giving(claim: Claim, match, match_without, set_aside: set[str], credited: set[str] | None = None):
    """The closest topic after `match` that gives the claim's value, among the next GIVER_SEARCH (never one
    set aside for the claim already). With `credited` (ids of the sources the draft credits), one where such a
    source gives the very value (lint.judge.same_value, not "thousands of kiosk workers" for 1,340), on words
    that fit not far less than `match`'s (RIVAL_LEAD)."""
    from lint.judge import same_value, specificity

    for found in _topics_after(claim, match, match_without, set_aside):
        if credited is not None and found.score < match.context + RIVAL_LEAD:
            return None
        if credited is None and _gives(found.topic, claim.value):
            return found
        if credited is not None and any(rc.source in credited and same_value(claim.value, rc.norm)
                                        and specificity(rc.norm) >= specificity(claim.value)
                                        for rc in found.topic.claims):
            return found
    return None


def _topics_after(claim: Claim, match, match_without, set_aside: set[str]):
    """The next GIVER_SEARCH topics the claim matches after `match`, best first (never one set aside for it)."""
    seen = {match.topic.id, *set_aside}
    for _ in range(GIVER_SEARCH):
        found = match_without(claim, frozenset(seen))
        if found is None:
            return
        yield found
        seen.add(found.topic.id)


# How near the matched topic's score another's must come to be a near tie (a share of it).
NEAR_TIE_SHARE = 0.9


def _a_near_tie_giving_it(claim: Claim, match, match_without, set_aside: set[str], holder: str | None):
    """A topic after `match` whose score comes within NEAR_TIE_SHARE of it and that gives the claim's value told alike
    (its bounds too: "more than 40", not "40"), among the next GIVER_SEARCH: where the words barely choose, the value
    the draft tells picks the point it means. Not another person's term: a term given to someone else is what a draft
    gets wrong ("Strasz got five years", the five years Garrod got)."""
    for found in _topics_after(claim, match, match_without, set_aside):
        if found.score < match.score * NEAR_TIE_SHARE:
            return None
        if any(_told_alike(claim.value, rc.norm) for rc in found.topic.claims) and not (
                isinstance(claim.value, Penalty) and (holder is None or another_persons_term(holder, found.topic))):
            return found
    return None


def _contested_by_a_giver(claim: Claim, match, judged, match_without, set_aside: set[str], reference, hedged: bool,
                          same_bound: bool = False, holder: str | None = None, apart: frozenset[int] = frozenset(),
                          lead: float | None = None):
    """Contested where a topic after the claim's gives its value (_topic_giving) and the two may be one
    point told otherwise (_one_point_apart); else `judged`. `same_bound`: every penalty of both topics has
    the claim's bound (up to, a range...); `holder`: the person the claim's term was given to, whose
    point a term given to another is not (lint.holders); `lead`: how far below `match`'s the giver's words
    may fit the claim's, where its value alone says little of its point (a month)."""
    giver = _topic_giving(claim, match, match_without, set_aside)
    if (giver is None or not _one_point_apart(claim.value, match.topic, giver.topic, reference)
            or another_persons_term(holder, giver.topic)
            or (lead is not None and giver.context < match.context + lead)):
        return judged
    if same_bound and any(isinstance(rc.norm, Penalty) and rc.norm.bound != claim.value.bound
                          for rc in match.topic.claims + giver.topic.claims):
        return judged
    contested = _contested_with(claim, match.topic, giver.topic, reference, hedged, apart)
    return judged if contested is None else contested


def _stated_on_a_near_topic(claim: Claim, match, match_without, set_aside: set[str], holder: str | None) -> bool:
    """Does a topic after the claim's give its very value (judge.same_value, not "hundreds" for "around 140") stated as
    fact by a source that does not allege it on the claim's topic (an NGO's own plain "47 patients died" elsewhere is
    still its allegation), scoring (its words' fit and its giving the value) not far below the fit of the claim's
    topic's words (RIVAL_LEAD, as _topic_giving asks of a credited giver)? Never another person's term than the
    claim's `holder` (lint.holders), nor a year, which any other event of the story may share."""
    from lint.disputes import another_things_count, counts_of_other_things
    from lint.judge import same_value

    if isinstance(claim.value, DateValue) and claim.value.precision not in ("day", "month"):
        return False  # a year recurs across a story's events: "began dumping in 2019", "was fined in 2019"
    giver = _topic_giving(claim, match, match_without, set_aside)
    if giver is None or giver.score < match.context + RIVAL_LEAD or another_persons_term(holder, giver.topic):
        return False
    value, alleging = claim.value, {rc.source for rc in match.topic.claims}
    return any(not rc.hedged and rc.source not in alleging and same_value(value, rc.norm)
               and not (isinstance(value, Figure) and ((value.low, value.high) != (rc.norm.low, rc.norm.high)
                                                       or rc.norm.approx in OPEN_BOUNDS))  # not "at least 130 million"
               and not counts_of_other_things(value, rc.norm)  # "two installers", a paper's "two claims"
               and not another_things_count(value, rc.norm)  # "37 municipal employees", "the remaining 37" stations
               for rc in giver.topic.claims)


def _one_point_apart(value, topic, giver, reference: Reference | None = None) -> bool:
    """Could the topic the claim's words found and the topic giving its value be one point two sets of
    sources tell otherwise? No source in both, and every value of each could be the other's; of an article,
    only another paragraph of the same article of the same law ("214(3)" and "214(4)": a base offence and its
    aggravated form, one conviction told two ways), never another article."""
    if _share_a_source(topic, giver, reference):
        return False
    if isinstance(value, Statute):
        return _paragraphs_of_one_article(value, [rc.norm for rc in topic.claims + giver.claims])
    return _each_could_be_its_point(value, topic.claims + giver.claims)


_ARTICLE_NUMBER = re.compile(r"\d+[a-z]?", re.IGNORECASE)


def _contested_by_a_citer(claim: Claim, topic, judged, reference: Reference, hedged: bool, apart: frozenset[int],
                          surnames: frozenset[str] = frozenset()):
    """Contested where another topic's sources cite the draft's very article and the two topics are paragraphs of
    one article (_one_point_apart: "214(3)" and "214(4)"); else `judged`. An article a source cites is that
    provision whatever words the draft puts around it."""
    for other in _topics_citing(claim.value, reference):
        if other.id != topic.id and _one_point_apart(claim.value, topic, other):
            if _named_persons_point(claim, topic, other, surnames):
                continue  # the person the draft names is the topic's, not the other's: another's conviction
            contested = _contested_with(claim, topic, other, reference, hedged, apart)
            if contested is not None:
                return contested
    return judged


def _contested_by_a_paragraph(claim: Claim, topic, judged, reference: Reference, hedged: bool,
                              apart: frozenset[int], surnames: frozenset[str] = frozenset()):
    """Contested where a topic of other sources cites another paragraph of the claim's article ("342(4)" for its
    "342(3)") of a person the draft's sentence names, where the claim's topic names that person or none of the draft's
    (a report's "the chief executive"): one conviction cited two ways; else `judged`. Never without the person named
    on the other (six examiners' "291(1)" is not the ringleader's "291(3)")."""
    from lint.judge import agrees

    persons = _persons_named(claim, surnames)
    if not persons or (not persons & set(topic.keywords) and _tokens_of(surnames) & set(topic.keywords)):
        return judged  # (a topic naming another of the draft's persons, and not this one, is that one's conviction)
    for other in _statute_topics(reference).get(_article_number(claim.value) or "", ()):
        if (other.id == topic.id or not persons & set(other.keywords) or _share_a_source(topic, other)
                or any(agrees(claim.value, rc.norm) for rc in other.claims)
                or not _paragraphs_of_one_article(claim.value, [rc.norm for rc in topic.claims + other.claims])):
            continue
        contested = _contested_with(claim, topic, other, reference, hedged, apart)
        if contested is not None:
            return contested
    return judged


def _another_article_of_its_law(value: Statute, topic) -> bool:
    """Does the topic cite another article (not another paragraph of the same one) of the statute's own law?"""
    number = _article_number(value)
    return any(isinstance(rc.norm, Statute) and (rc.norm.law is None or value.law is None or rc.norm.law == value.law)
               and _article_number(rc.norm) != number for rc in topic.claims)


def _among_articles(claim: Claim, siblings: Sequence[Claim]) -> bool:
    """Does the claim's sentence cite another provision besides the claim's (a list of charges)?"""
    return any(isinstance(other.value, Statute) and (other.start, other.end) != (claim.start, claim.end)
               for other in siblings)


def _topics_citing(value: Statute, reference: Reference):
    """The topics of the reference that cite this very provision (judge.agrees: its article, of its law where both
    name one), found through the index by article number."""
    from lint.judge import agrees

    number = _article_number(value)
    return (t for t in (_statute_topics(reference).get(number, ()) if number else ())
            if any(isinstance(rc.norm, Statute) and agrees(value, rc.norm) for rc in t.claims))


def _named_persons_point(claim: Claim, topic, other, surnames: frozenset[str] = frozenset()) -> bool:
    """Is a person the draft's sentence names on the topic and not on the other (one man's conviction, not his
    deputy's in a separate trial)?"""
    persons = _persons_named(claim, surnames)
    return bool(persons & set(topic.keywords)) and not persons & set(other.keywords)


# a capitalised word that may be a surname standing alone ("Brannik was convicted")
_LONE_NAME = regex.compile(r"\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\b")


def _persons_named(claim: Claim, surnames: frozenset[str] = frozenset()) -> set[str]:
    """The surnames of the persons the claim's sentence names ("Aurel Menske"), or names by a surname alone that the
    draft names in full elsewhere (`surnames`: "Brannik was convicted", after "Teodor Brannik"), as topic keywords
    write them."""
    from lint.holders import named_persons
    from lint.patterns import load_pack

    names = named_persons(claim.sentence, load_pack())
    if surnames:
        names += [w for w in _LONE_NAME.findall(claim.sentence) if w in surnames]
    return _tokens_of(names)


def _tokens_of(names: Iterable[str]) -> set[str]:
    """The names as topic keywords write them."""
    from lint.context import tokens

    return set(tokens(" ".join(names)))


_STATUTE_TOPICS: dict[int, tuple] = {}  # id(reference) -> (it, article number -> the topics citing it)


def _statute_topics(reference: Reference) -> dict[str, list]:
    """The reference's topics by the number of each article they cite ("214" of "214(3)"), found once for the
    reference in use: a draft's article is looked up, never compared with every topic."""
    found = _STATUTE_TOPICS.get(id(reference))
    if found is None or found[0] is not reference:
        by_number: dict[str, list] = defaultdict(list)
        for t in reference.topics:
            for number in dict.fromkeys(_article_number(rc.norm) for rc in t.claims if isinstance(rc.norm, Statute)):
                if number:
                    by_number[number].append(t)
        _STATUTE_TOPICS.clear()
        found = _STATUTE_TOPICS[id(reference)] = (reference, dict(by_number))
    return found[1]


def _article_number(statute: Statute) -> str | None:
    """The number of a statute's one article ("214" of "214(3)"); None for several."""
    found = _ARTICLE_NUMBER.match(statute.articles[0]) if len(statute.articles) == 1 else None
    return found.group().lower() if found else None


def _paragraphs_of_one_article(value: Statute, others) -> bool:
    """Is every one of `others` one article of `value`'s law with the same number as `value`'s one article?"""
    own = _article_number(value)
    laws = {o.law for o in others if isinstance(o, Statute) and o.law} | ({value.law} if value.law else set())
    return own is not None and len(laws) <= 1 and all(  # (one law: "214" of two codes is two provisions)
        isinstance(o, Statute) and _article_number(o) == own and o.division == value.division for o in others)


def _an_earlier_value(claim: Claim, topic) -> bool:
    """Is the topic the value before a change ("from three years to ten years": context's '^from', which one claim
    of it may lend the whole topic) that the claim, not one of its own, does not give?"""
    from lint.context import qualifiers

    if "^from" not in topic.keywords or _gives(topic, claim.value):
        return False
    base = claim.sentence_start
    return "^from" not in qualifiers(claim, (), claim.sentence[: claim.start - base], claim.sentence[claim.end - base:])


def _gives(topic, value) -> bool:
    """Does some source on the topic give the value (judge.agrees)?"""
    from lint.judge import agrees

    return any(agrees(value, rc.norm) for rc in topic.claims)


def _gives_tellingly(topic, value) -> bool:
    """Does some source on the topic give the value by a value of its own, not only by a vague one that takes in many
    ("thousands of forged cards", an interval; "40 people", however round, is one value)?"""
    from lint.judge import agrees

    return any(agrees(value, rc.norm) and not (isinstance(rc.norm, Figure) and rc.norm.low != rc.norm.high)
               for rc in topic.claims)


def _share_a_source(topic, other, reference: Reference | None = None) -> bool:
    """Does one source speak on both topics? Its two values are two points, not a dispute. With `reference`, only on
    its own account: a source that relays a body's value on one of them ("The inspectorate puts the figure at 186
    million. But an internal review puts it at 240 million") tells two bodies' sides of one point."""
    common = {rc.source for rc in topic.claims} & {rc.source for rc in other.claims}
    if reference is None or not common:
        return bool(common)
    own = _own_account(topic, reference) & _own_account(other, reference)
    # (only where it tells the two side by side: a value it gives paragraphs away is a point of its own)
    return any(source in own or not any(abs(a.location - b.location) <= RELAY_REACH_LINES
                                        for a in topic.claims if a.source == source
                                        for b in other.claims if b.source == source)
               for source in common)


# How many lines apart a source's relayed value and its own may stand to be told side by side, as two sides of one
# point ("The inspectorate puts the figure at 186 million. But an internal review puts it at 240 million")
RELAY_REACH_LINES = 1


def _own_account(topic, reference: Reference) -> set[str]:
    """The sources that give a value of the topic on their own account: not credited to a body other than
    themselves."""
    from lint.judge import attribution_matches

    sources = {s.id: s for s in reference.sources}
    return {rc.source for rc in topic.claims
            if not rc.credited or rc.source not in sources
            or attribution_matches(rc.credited, [sources[rc.source]], by_title=False)}


def _contested_with(claim: Claim, topic, other, reference: Reference, hedged: bool,
                    apart: frozenset[int] = frozenset()):
    """The claim judged on its topic and `other` together, where that makes it contested; else None."""
    from lint.judge import judge

    together = judge(claim, replace(topic, claims=topic.claims + other.claims), reference, hedged, apart)
    return replace(together, topic=topic) if together.verdict is Verdict.CONTESTED else None


def _span_of_counts(claim: Claim, topic, siblings: Sequence[Claim]) -> bool:
    """"Between 2019 and 2022, 159 prosecutions produced 40 convictions": a period of years opening a
    sentence of figures, matched to a topic of points in time (a report's date, a raid's day), is the
    span the figures cover, not that topic's event."""
    from lint.judge import period_against_points

    before = claim.sentence[: max(claim.start - claim.sentence_start, 0)]
    if not period_against_points(claim.value, topic) or not _OPENS_SENTENCE.match(before):
        return False
    return any(s.kind in (Kind.FIGURE, Kind.PENALTY) for s in siblings if s.start > claim.start)


# a byline's line ending in its date: "*By our correspondent, Kestrova — 22 May 2025*", "By Anna Vell | 22 May 2025";
# or the date a publishing word introduces: "Published 22 May 2025", "Updated: May 23, 2025"
_BYLINE = regex.compile(r"[*_\s]*(?-i:By)\s+(?:our\s|(?-i:\p{Lu}))", regex.I)
_PUBLISHED = regex.compile(r"[*_\s]*(?:published|updated|posted|filed)\s*:?\s*(?:on\s+)?$", regex.I)
_LINE_END = regex.compile(r"[*_\s)]*$")
# a wire dateline (context.in_dateline) a draft's own only with its agency ("Kestrova, May 22 (Reuters) – ") or
# its place in capitals ("KESTROVA, May 22 - "): not "In Kestrova, on 5 March 2019 – a Tuesday – ..."
_DATELINE_AGENCY = regex.compile(r",?\s*\([^()\n]{1,40}\)\s*[-–—]{1,2}\s")
_DATELINE_BARE = regex.compile(r",?\s*[-–—]{1,2}\s")
BYLINE_MAX_WORDS = 14


def draft_date_stamp(claim: Claim) -> bool:
    """Is the claim the draft's own date, in its wire dateline at a paragraph's start ("KESTROVA, May 22 (VPS) -
    ") or on a byline's line ("By Anna Vell | 22 May 2025", "Published 22 May 2025")? It says when the draft was
    written, which no source speaks to. Prose stays judged: "By 2020, the mill had closed", "Filed in June 2022,
    the lawsuit ...", "On Tuesday, 5 March 2019 — two days after the explosion — ..."."""
    from lint.context import in_dateline

    if claim.kind is not Kind.DATE:
        return False
    sentence, at, end = claim.sentence, claim.start - claim.sentence_start, claim.end - claim.sentence_start
    head = sentence.lstrip()[:30]
    if head and claim.paragraph.lstrip().startswith(head):  # (a dateline opens its paragraph)
        lead = len(sentence) - len(sentence.lstrip("*_ \t\r\n"))  # (emphasis before it: "*KESTROVA, May 22 ...")
        if in_dateline(sentence[lead:], at - lead, end - lead) and (_DATELINE_AGENCY.match(sentence, end) or (
                _DATELINE_BARE.match(sentence, end) and sentence[lead:].split(",", 1)[0].isupper())):
            return True
    line_start = sentence.rfind("\n", 0, at) + 1
    line_end = sentence.find("\n", end)
    line_end = len(sentence) if line_end < 0 else line_end
    line = sentence[line_start:line_end]
    if line.lstrip().startswith("#") or len(regex.findall(r"\w+", line)) > BYLINE_MAX_WORDS:
        return False
    if _PUBLISHED.match(sentence, line_start, at):
        return True
    return _BYLINE.match(line) is not None and _LINE_END.match(sentence, end, line_end) is not None


def writer_speaks(claim: Claim) -> bool:
    """Is the claim's clause the writer's own account ("I spent three days there in October")? Not
    a quotation ("'I was sold for 2,000 yuan,' she said"): a source may quote it too."""
    sentence = claim.sentence
    at = max(claim.start - claim.sentence_start, 0)
    if _quoted(sentence, at):
        return False
    if _WRITER_SPEAKS.search(sentence, *_clause_around(sentence, at, len(claim.text))) is not None:
        return True
    # the writer's own visit opening the sentence frames what follows as the writer's own sight: "When I
    # visited on a wet morning in May, someone had lined up 37 candles along the fence"
    opening = _WRITER_OPENING.match(sentence)
    return opening is not None and opening.end() <= at and _SOMEONE_SPEAKS.search(sentence, opening.end()) is None


def _quoted(sentence: str, at: int) -> bool:
    """Is offset `at` inside a quotation: one opened before it and not closed, or one that closes
    after it with no quotation mark before it (a quotation's last sentence: '... 20,000 women," she
    said')? After a closed quotation ('"We cannot," she said when we spoke on 2 April') it is not."""
    double = single = False
    marks = 0
    for m in _QUOTE_MARK.finditer(sentence, 0, at):
        marks += 1
        mark = m.group()
        if mark == '"':
            double = not double
        elif mark in "“”":
            double = mark == "“"
        elif mark == "‘" or (mark == "'" and not single):
            single = True
        elif not (_PLURAL_APOSTROPHE.match(sentence, m.start())
                  and (not single or _QUOTE_CLOSE.search(sentence, m.end()) is not None)):
            # a plural's apostrophe ("the guards’ quarters") closes nothing, unless it is the last mark
            # that could close the quotation open ("‘the pleasure groups’ and on my trip")
            single = False
    if double or single:
        return True
    return not marks and _QUOTE_CLOSE.search(sentence, at) is not None


def _introduced_by_a_hedge(sentence: str, at: int) -> bool:
    """A clause that hedges and ends in a colon covers what the colon introduces: "Rhino losses rose,
    according to the ministry: 39 in 2020, 33 in 2021 and 28 last year"."""
    colon = sentence.rfind(":", 0, max(at, 0))
    if colon < 0:
        return False
    return bool(_DRAFT_HEDGE.search(sentence, _clause_start(sentence, colon), colon))


# A frame set off in an aside covers the rest of its sentence, up to a clause set against it: "The Observer, citing
# former employees, dates the first meeting earlier, to June 2017"; "Korvant, we are told by patient advocates,
# received a bonus of 600,000"
_FRAME = regex.compile(r"(?:^|[,(—–]\s*)(?:citing|according\s+to|we\s+are\s+told|we\s+have\s+been\s+told|reportedly"
                       r"|allegedly)\b", regex.I)
_SET_AGAINST = regex.compile(r";|\b(?:but|although|though|whereas|while|yet|however)\b", regex.I)


def _framed(sentence: str, clause_start: int) -> bool:
    """Does a frame (_FRAME) open an aside before the claim's clause, nothing set against it in between?"""
    last = max((m.end() for m in _FRAME.finditer(sentence, 0, clause_start)), default=None)
    return last is not None and not _SET_AGAINST.search(sentence, last, clause_start)


# where a clause after a claim ends: a separator, or a clause set against it ("180,000 pens were held back
# while hospitals were told there was no stock": the telling is not of the pens)
_CLAUSE_END = re.compile(_SEPARATOR + r"|\s(?:while|whereas|although|though|but)\s", re.I)


def _clause_around(sentence: str, at: int, length: int) -> tuple[int, int]:
    """Where the clause holding sentence[at:at + length] begins and ends."""
    after = _CLAUSE_END.search(sentence, at + length)
    return _clause_start(sentence, max(at, 0)), after.start() if after else len(sentence)


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding offset `at` begins: after the last separator before it."""
    return max((m.end() for m in _CLAUSE_SEPARATOR.finditer(sentence, 0, at)), default=0)


def lint_document(doc, reference: Reference, pack, settings: Settings | None = None) -> FileResult:
    """Lint a parsed `lint.source.Document` against `reference`."""
    settings = settings or Settings()
    return _apply_filters(lint_part(doc, reference, pack, settings), doc, settings)


def lint_part(doc, reference: Reference, pack, settings: Settings, span: tuple[int, int] | None = None,
              names: DraftNames | None = None) -> FileResult:
    """The claims and findings of `doc`, or of its blocks that start inside `span`, before any
    filter: parts of a large document are linted in several workers, then `assemble`d. `names`:
    whole_draft_names(doc, ...), read once for all the parts."""
    from lint.extract import SentenceCueReader, extract_claims
    from lint.judge import about_another_point, given_term_against_a_law, judge, range_against_terms, specificity

    matcher = matcher_for(reference, settings)
    result = FileResult(path=doc.path, text=doc.text, notices=list(doc.notices))
    # hedges and credits are read only for the claims a topic speaks to (an unsupported claim
    # keeps hedged False): most sentences of a long draft never need them
    claims = extract_claims(doc, pack, matcher.currency_words, span, cues=False)
    # a month named alone ("The indictment followed in March") is read, so an editor sees it was, but never judged
    # nor let near the claims beside it: a month recurs across a story's years and events, and a source's is no claim
    # of the reference (refcli)
    months_alone = [c for c in claims if is_month_alone(c.value)]
    if months_alone:
        claims = [c for c in claims if not is_month_alone(c.value)]
    with_cues = SentenceCueReader(doc, pack, claims)
    siblings = sentence_siblings(claims)
    earlier = earlier_siblings(claims, siblings)
    if names is None and any(isinstance(c.value, Statute | Penalty) or is_age(c.value) for c in claims):
        names = draft_names(doc.text, matcher.holders, pack)
    holders = draft_holders(claims, doc.text, matcher.holders, pack, names)
    # the persons the draft names, by whose surname alone a sentence may name them again ("Brannik was convicted")
    surnames = names.persons if names is not None else frozenset()
    # each claim's candidate topics, scored once: asking again without some topics only picks anew
    rankings = {(claim.start, claim.end): matcher.ranking(claim, siblings[claim.sentence_start],
                                                          earlier.get(claim.sentence_start, ()),
                                                          holders.get(id(claim))) for claim in claims}
    matches = [matcher.best(rankings[claim.start, claim.end], claim) for claim in claims]

    def match_without(claim: Claim, exclude: frozenset[str], floor: float | None = None):
        """The claim's best topic but those of these ids (the claim read again with its cues is the same
        claim: its span finds its ranking); `floor`: the score it needs, if not the cutoff."""
        return matcher.best(rankings[claim.start, claim.end], claim, exclude, floor)

    gives = [match is not None and _gives(match.topic, claim.value)
             for claim, match in zip(claims, matches, strict=True)]  # the topic gives the claim's value
    taken = _taken_topics(claims, matches, gives)
    match_of = {id(c): m for c, m, g in zip(claims, matches, gives, strict=True) if g}
    match_of_claim = {c.start: m for c, m in zip(claims, matches, strict=True) if m is not None}
    hedges: dict[tuple, tuple[int, tuple]] = {}  # alleged statement -> (its finding that may give way, its weight)
    credits: dict[tuple, tuple[int, int]] = {}  # one attribution finding per sentence and body
    for claim, match in zip(claims, matches, strict=True):
        position = doc.position(claim.start, claim.end)
        set_aside: set[str] = set()  # topics found not to be the claim's, never found again
        holder = holders.get(id(claim))  # the person its term was given to (lint.holders)

        def next_match(passed, claim=claim, set_aside=set_aside):
            """The claim's best topic after setting `passed` aside with those set aside before."""
            set_aside.add(passed.topic.id)
            return match_without(claim, frozenset(set_aside))

        if match is not None and about_another_point(claim.value, match.topic):
            # "48 hospitals had paid too much" matched to the 212.6 million overpaid: orders of magnitude
            # away, that topic is another point; the next may be the claim's (the 46 hospitals audited)
            match = next_match(match)
        if (match is not None and not _gives_tellingly(match.topic, claim.value)
                and _taken_by_sibling(claim, match, taken)):
            # "412 workers in five provinces" against a source's "412 workers in four provinces": the
            # sentence's 412 is that topic's value; the five is about another point of the sentence (as is
            # "2,410 of them" after "3,870 forged cards", though another source's "thousands" takes in both)
            match = next_match(match)
        # "Halloway was sentenced to nine years" matched to "carries up to 15 years": the law's bound is
        # another point; the next topic may be the terms the court gave
        match = _past(match, partial(given_term_against_a_law, claim, pack=pack), next_match)
        # "faces three to ten years" matched to the terms a court gave: the law's range is another point
        match = _past(match, partial(range_against_terms, claim.value), next_match)
        # "Sorvik was given two and a half years" matched to the terms Hollan was given: another's sentence
        match = _past(match, partial(another_persons_term, holder), next_match)
        if match is not None and _held_only_by_periods(claim.value, match.topic):
            # "The contract was signed on 14 May 2017" matched to the years a scheme ran ("from 2016 to 2023"): a
            # day's date is a point's; a topic nearly as close that dates its point to the day is the claim's
            near = match_without(claim, frozenset(set_aside | {match.topic.id}), match.score - PERIOD_LEAD)
            if near is not None and _dated_to_the_day(near.topic):
                match = near
        if match is not None and _an_earlier_value(claim, match.topic):
            # "is punishable by up to ten years" matched to "raises the maximum term from three years to ten": the
            # value before the change, where a topic after it gives the draft's value, the one in force
            giver = _topic_giving(claim, match, match_without, set_aside)
            match = giver if giver is not None else match
        if match is not None and (about_another_point(claim.value, match.topic) or writer_speaks(claim)
                                  or _shift_not_given(claim, match.topic)
                                  or _span_of_counts(claim, match.topic, siblings[claim.sentence_start])):
            match = None
        figure = _figure_before(claim, siblings[claim.sentence_start])
        # "1,284 cases of illegal logging across the country in 2023": a year further on in a figure's
        # clause may be the figure's or the event's
        in_clause = None if figure is not None else _figure_before(claim, siblings[claim.sentence_start],
                                                                    _CLAUSE_YEAR_GAP)
        only_support = False
        if match is None or figure is not None:
            # "96 billion mareks in 2023": the year says when the figure holds, and is judged with it
            # (against the year its topic gives) or not at all, never on a date topic of its own
            match = _own_year_match(claim, figure or in_clause, match_of)
        elif in_clause is not None:
            # a date topic that gives the year judges it, short of calling it disputed (the topic may be
            # another event's); else it is judged as the figure's where the figure's topic gives one,
            # and otherwise on its own short of calling it wrong or disputed
            own = None if _gives(match.topic, claim.value) else \
                _own_year_match(claim, in_clause, match_of)
            match, only_support = (own, False) if own is not None else (match, True)
        if match is None:
            _unsupported(result, claim, position, settings)
            continue
        claim = with_cues(claim)
        hedged = draft_hedges(claim)
        if claim.attributed_to and _qualifies_a_figure(claim, siblings[claim.sentence_start]):
            claim = replace(claim, attributed_to=None)
        apart = _told_apart(claim, siblings[claim.sentence_start], match_of_claim)
        j = judge(claim, match.topic, reference, hedged, apart)
        if j.verdict is Verdict.MISMATCH and (tie := _a_near_tie_giving_it(claim, match, match_without, set_aside,
                                                                           holder)) is not None:
            # "More than 40 pump failure alerts reached the control centre": the union's estimate of more than 40
            # alerts fits the words nearly as well as the 23 the control centre closed, and gives the very value
            retold = judge(claim, tie.topic, reference, hedged, apart)
            if retold.verdict is not Verdict.MISMATCH:
                match, j = tie, retold
        if j.verdict not in (Verdict.MISMATCH, Verdict.CONTESTED) and specificity(claim.value) >= RIVAL_SPECIFICITY:
            # "3.6 million fake tablets" where one source's 3.6 million and another's 4.2 million tablets,
            # told apart by their words, stand as two topics, and the draft's words fit the other better
            j = _contested_by_a_rival(claim, match, j, match_without, set_aside, reference, hedged, holder, apart)
        if j.verdict is Verdict.SUPPORTED and not isinstance(claim.value, Statute):
            # "The company was fined 2.4 million dalmars", as the wire tells it, where the court's 2.4 million and a
            # paper's 2.6 million stand as one disputed topic the draft's few words did not find
            disputed = _disputed_elsewhere(claim, match, matcher, rankings[claim.start, claim.end], reference,
                                           hedged, holder, apart)
            if disputed is not None:
                match, j = disputed
        if j.verdict is Verdict.SUPPORTED and isinstance(claim.value, Statute):
            # "Brannik was convicted under Article 342(3)", as the court and the wire cite it, where a paper cites
            # 342(4) for his conviction: the other side of this point, which the build kept apart
            j = _contested_by_a_paragraph(claim, match.topic, j, reference, hedged, apart, surnames)
        if j.verdict is Verdict.CONTESTED and not _settled_as_the_truth(claim) and _both_sides_told(
                claim, siblings[claim.sentence_start], j.topic, match_of_claim):
            # "2006 or 2008": the draft gives the other side too, and settles nothing
            j = replace(j, verdict=Verdict.SUPPORTED)
        if j.verdict is Verdict.HEDGE and _stated_plainly_elsewhere(claim.value, j, match.topic, matcher, reference):
            # a source states it plainly elsewhere: it does not only allege it
            j = replace(j, verdict=Verdict.SUPPORTED)
        if j.verdict is Verdict.HEDGE and _stated_on_a_near_topic(claim, match, match_without, set_aside, holder):
            # "the legal limit of 0.1 fibres", which the union alleges beside its readings and the inspectorate
            # states plainly in words the build kept apart: a source states it, not only alleges it
            j = replace(j, verdict=Verdict.SUPPORTED)
        if j.verdict is Verdict.ATTRIBUTION:
            credited = _sources_called(claim.attributed_to, reference)
            if matcher.given_on_a_kindred_point(claim, credited, match.topic):
                # the credited source gives it too, on a point the build kept apart from this one: credited rightly
                j = replace(j, verdict=Verdict.SUPPORTED)
            else:
                # "Six died, according to the inspectorate": a topic nearly as close where the credited source
                # gives the value is the point the draft means
                told = _topic_giving(claim, match, match_without, set_aside, credited) if credited else None
                retold = judge(claim, told.topic, reference, hedged, apart) if told is not None else None
                if retold is not None and retold.verdict is not Verdict.MISMATCH:
                    # (a topic where the value is wrong is no point the draft means: "more than 200" against
                    # the credited body's 8,120 tested)
                    match, j = told, retold
        if (only_support or draft_date_stamp(claim)) and j.verdict in (Verdict.MISMATCH, Verdict.CONTESTED):
            # the date topic may be another event's: the year is not called wrong or disputed on it; nor is the
            # draft's own date, in its dateline or byline, whatever day a source's story came out
            _unsupported(result, claim, position, settings)
            continue
        if j.verdict is Verdict.MISMATCH and _start_of_a_total(claim, match.topic, siblings[claim.sentence_start],
                                                               pack):
            # "bringing the total since 2019 to 98.8 million" against "312 prosecutions were opened in 2023":
            # the start of the period a figure sums, not the date of the topic's event
            _unsupported(result, claim, position, settings)
            continue
        if (j.verdict is Verdict.MISMATCH and _small_count(claim.value)
                and (match.score < settings.match.cutoff + SMALL_COUNT_MARGIN
                     or _counts_other_things(claim.value, match.topic))):
            # "Four people went on trial" against a topic only just matched, or whose sources count other
            # things: a common value that disagrees is more likely about another point than wrong
            _unsupported(result, claim, position, settings)
            continue
        if (j.verdict is Verdict.MISMATCH and claim.rule == ELIDED_TERM_RULE
                and match.score < settings.match.cutoff + ELIDED_TERM_MARGIN):
            # "... eight for his sister, seven for the inspector": a bare number read as a term, whose person the
            # draft names by a role at most, against a topic only just matched is more likely another person's
            _unsupported(result, claim, position, settings)
            continue
        if j.verdict is Verdict.MISMATCH and matcher.gives_elsewhere(claim.value) and not _wrong_here(
                claim, match, matcher, rankings[claim.start, claim.end]):
            # "34.1 percent", which a source gives on another point: more likely that point's than
            # a wrong value of this one; unless that point may be this one, told by other sources
            # ("Twelve people stood trial": the court's twelve defendants, the Herald's fourteen)
            contested = _contested_by_a_giver(claim, match, None, match_without, set_aside, reference, hedged,
                                              holder=holder, apart=apart)
            credited = _credited_to_another(claim, match, match_without, set_aside, reference, hedged, apart,
                                            matcher) if contested is None else None
            if contested is None and credited is None:
                # "The plasma went to 41 hospitals", matched to the 37 hospitals supplied, where a paper's 41
                # hospitals stand as a topic of their own the draft's words did not find
                contested = _disputed_by_a_count_of_its_thing(claim, match.topic, matcher, reference, hedged, apart)
            if contested is None and credited is None:
                _unsupported(result, claim, position, settings)
                continue
            match, j = credited if contested is None else (match, contested)
        elif j.verdict is Verdict.MISMATCH and isinstance(claim.value, Statute):
            # "Article 214(4)", which one paper cites where the court and the wire cite 214(3): the other side
            j = _contested_by_a_citer(claim, match.topic, j, reference, hedged, apart, surnames)
            cited = next(_topics_citing(claim.value, reference), None) if j.verdict is Verdict.MISMATCH else None
            if (cited is not None and not _another_article_of_its_law(claim.value, match.topic)
                    and not _named_persons_point(claim, match.topic, cited, surnames)):
                # "a deeper inspection is required under Section 12(3) of the Public Roads Act", matched on its words
                # to 12(1), where a source cites 12(3) itself: the provision the draft names is that topic's
                match, j = replace(match, topic=cited), judge(claim, cited, reference, hedged, apart)
            elif (cited is not None and j.verdict is Verdict.MISMATCH
                  and _among_articles(claim, siblings[claim.sentence_start])):
                # "convicted him of fraud under Article 214(4), of forgery under Article 231(2) and of bribery
                # under ...", where a source cites 231(2) itself: in a list of charges, each with its article, the
                # draft's words more likely found another charge's article than the draft miscites this one (not
                # so a lone article: "the abduction of children is covered by Article 233", which the sources cite
                # for crossing the border); not called wrong
                _unsupported(result, claim, position, settings)
                continue
        elif (j.verdict is Verdict.MISMATCH and isinstance(claim.value, DateValue)
              and claim.value.precision == "month"):
            # "January 2018", the month one paper gives in other words where the draft's words found the
            # inspectorate's March 2018: the other side of this point, where the two topics may be one and the
            # paper's words fit the draft's nearly as well (any event's month may be another's)
            j = _contested_by_a_giver(claim, match, j, match_without, set_aside, reference, hedged, apart=apart,
                                      lead=MONTH_GIVER_LEAD)
        elif j.verdict is Verdict.MISMATCH and isinstance(claim.value, Penalty):
            # "was sentenced to nine years", a term one paper gives where the draft's words found the
            # wire's seven years; "up to six years", a law's maximum one paper gives where they found the
            # court's four: a penalty is too common a value to be taken for another point's, but it may be
            # the other side of this one, told with the same bound (not "three to 10 years of labor
            # correction", another law's range, for "up to ten years")
            j = _contested_by_a_giver(claim, match, j, match_without, set_aside, reference, hedged,
                                      same_bound=claim.value.bound != "exact", holder=holder, apart=apart)
        if (j.verdict is Verdict.CONTESTED and isinstance(claim.value, (DateValue, Statute))
                and not _a_dissenters_dispute(j, reference)):
            # "14 November 2022" against another source's "1 December 2022", neither of them the reference's
            # dissenter: a story's days and provisions are many, and two of them one topic holds are more often two
            # events or two offences' articles than one disputed (its figures and terms are not: a count or a
            # term two sources tell differently is one point more often)
            j = replace(j, verdict=Verdict.SUPPORTED)
        result.claims.append(ClaimResult(claim, position, j.verdict, (match.topic.id,)))
        if j.verdict is Verdict.SUPPORTED:
            continue
        finding = _finding(claim, position, j.verdict, j.message, j.evidence, j.suggestion, match.topic.id)
        if j.verdict is Verdict.HEDGE:
            # "In 2022 two officers took 15 million in bribes", alleged in one source sentence: each thing
            # alleged is a finding ("two officers", "15 million"), but a year says when the statement holds,
            # and "the four homes" refers back to what is known, not what it alleges: such a value is a
            # finding only where the statement has no other (of several, the most telling: a figure first)
            # (a statement of the draft's own: "Seventeen complaints went nowhere, and officials knew of them as
            # early as 2021" tells two allegations, though the source alleges both on one line)
            key = (claim.sentence_start, _joined_clause_start(claim),
                   frozenset((e.source, e.location) for e in j.evidence if e.agrees))
            incidental = _incidental_to_a_statement(claim)
            weight = (not incidental, claim.kind is not Kind.DATE, specificity(claim.value))
            if key in hedges:
                at, seen = hedges[key]
                first_incidental = not seen[0]
                if first_incidental and weight > seen:  # this one stands for the statement better
                    result.findings[at] = finding
                    hedges[key] = (at, weight)
                if incidental or first_incidental:
                    continue
            else:
                hedges[key] = (len(result.findings), weight)
        elif j.verdict is Verdict.ATTRIBUTION and claim.attributed_to:
            # "According to the ILO, inspectors referred 96 cases, up from 71": one wrong credit, one
            # finding, on the value nearest the credit, whatever the number of values it credits (a timeline
            # entry's date label is the entry's own: "**April 2022.** According to the inspectorate, ... 9,000 toys")
            key = (claim.sentence_start, claim.attributed_to, _entry_label(claim))
            distance = _distance_to_credit(claim)
            if key in credits:
                at, nearest = credits[key]
                if distance < nearest:
                    result.findings[at] = finding
                    credits[key] = (at, distance)
                continue
            credits[key] = (len(result.findings), distance)
        result.findings.append(finding)
    _both_sides_told_in_a_paragraph(result, doc, reference)
    if months_alone:
        # listed as read, never reported: no year, so no source could speak to it ("No source speaks to 'March'"
        # would be false where a source names that March)
        for claim in months_alone:
            result.claims.append(ClaimResult(claim, doc.position(claim.start, claim.end), Verdict.UNSUPPORTED))
        result.claims.sort(key=lambda r: r.claim.start)
    return result


# a determiner that refers back to things already known: "across the four homes", "all three defendants"
_KNOWN_BEFORE = re.compile(r"\b(?:the|its|their|his|her|these|those|all)\s+$", re.I)
# a number that is part of a name, inside a sentence: "along Line 7", "at Warehouse 4" (not "Some 40 workers")
_NAME_BEFORE = re.compile(r"(?<=\w[^\S\r\n])[A-Z][a-z]+[^\S\r\n]+$")


def _both_sides_told(claim: Claim, siblings: Sequence[Claim], topic, match_of_claim: dict) -> bool:
    """Does the claim's sentence also give a value of the point that disagrees with the claim's ("2006 or 2008",
    "38 shell exporters, or 41 by the paper's count")? Then the draft tells the dispute; it does not settle it.
    Not a value the sentence gives of another point, that point's topic giving it ("destroyed 2,340 tonnes of
    milk powder and recovered 1,120 tonnes of formula")."""
    from lint.judge import agrees, same_value

    others = [rc.norm for rc in topic.claims if not agrees(claim.value, rc.norm)]

    def of_another_point(sibling: Claim) -> bool:
        # (not a topic that gives the claim's value too: the dispute told again, "the official count of deaths is five;
        # the Courier puts it at seven", where the build kept the two sources' sentences apart; nor one where a source
        # gives the sibling's value as on the claim's point: one point the build split)
        match = match_of_claim.get(sibling.start)
        if not (match is not None and match.topic.id != topic.id and _gives(match.topic, sibling.value)
                and not any(_told_alike(claim.value, rc.norm) for rc in match.topic.claims)):
            return False
        here = {rc.source for rc in topic.claims if _told_alike(sibling.value, rc.norm)}
        return not any(rc.source in here and _told_alike(sibling.value, rc.norm) for rc in match.topic.claims)

    return any(s.start != claim.start and s.kind is claim.kind
               and any(same_value(_read_as_its_age(s.value, claim.value), o) for o in others)
               and not of_another_point(s) for s in siblings)


def _read_as_its_age(value, age):
    """A bare number told against an age, read as an age ("which would make him 17, not 19"); else the value."""
    return replace(value, unit="age") if is_age(age) and an_age_or_a_bare_number(value) else value


# words that set a value up as the truth against another told beside it: "The turnstiles counted 1,842 visitors ...
# In reality 2,310 people were in the park" settles the point; it does not tell both sides
_AS_THE_TRUTH = regex.compile(r"\b(?:in\s+reality|in\s+fact|in\s+truth|actually|the\s+(?:true|real|actual)\s+"
                              r"(?:figure|number|count|total|toll|date|time)\s+(?:is|was))[\s,*_]*$", regex.IGNORECASE)
# how far before its value such words are read (characters)
TRUTH_REACH = 24


def _settled_as_the_truth(claim: Claim) -> bool:
    """Does the draft set its value up as the truth ("In reality 2,310 people", "the true figure was 71")?"""
    at = claim.start - claim.sentence_start
    return _AS_THE_TRUTH.search(claim.sentence, max(0, at - TRUTH_REACH), at) is not None


def _told_alike(a, b) -> bool:
    """Do the two tell one value alike: as same_value, and a figure's bounds equal too (not "over two" and 74)?"""
    from lint.judge import same_value

    return same_value(a, b) and (not isinstance(a, Figure) or not isinstance(b, Figure)
                                 or (a.low, a.high) == (b.low, b.high))


# a clause joined to the one before it: ", and senior officials knew ...", "; the union says ..."
_JOINED_CLAUSE = regex.compile(r",\s+(?:and|but|while|whereas|yet)\s|;\s")


def _joined_clause_start(claim: Claim) -> int:
    """Where the joined clause holding the claim starts in its sentence (0: the sentence's first)."""
    before = max(0, claim.start - claim.sentence_start)
    return max((m.end() for m in _JOINED_CLAUSE.finditer(claim.sentence, 0, before)), default=0)


def _incidental_to_a_statement(claim: Claim) -> bool:
    """A value that is not what an alleged statement alleges: a year, which says when it holds (a month or a day
    says when the alleged thing happened: "In August 2022 the tailings pond gave way"); a small count of things
    the sentence refers back to ("by our count, 62 vacancies across the four homes"); a number naming a thing
    ("Line 7")."""
    value = claim.value
    before = claim.sentence[: max(0, claim.start - claim.sentence_start)]
    if isinstance(value, DateValue):
        return value.precision not in ("day", "month")
    if isinstance(value, Figure) and value.unit == "count" and _NAME_BEFORE.search(before):
        return True
    return _small_count(value) and _KNOWN_BEFORE.search(before) is not None


def _told_apart(claim: Claim, siblings: Sequence[Claim], match_of_claim: dict) -> frozenset[int]:
    """The ids of the source claims that give the value of another claim of the claim's sentence on that claim's
    own topic ("In total 2,340 tonnes were recovered, including 1,120 tonnes of infant formula", against a topic
    the build joined them in): another point the draft tells apart, never another side of this one. (Not a
    value some other topic gives: "six years for Hrebec, six and a half for Salak" against a paper's six and a
    half years for Hrebec is still a dispute.)"""
    from lint.judge import same_value

    found = set()
    for sibling in siblings:
        match = match_of_claim.get(sibling.start)
        if sibling.start == claim.start or sibling.kind is not claim.kind or match is None:
            continue
        found.update(id(rc) for rc in match.topic.claims if same_value(sibling.value, rc.norm))
    return frozenset(found)


def _sources_called(body: str | None, reference: Reference) -> set[str]:
    """The ids of the reference's sources that the body a draft credits stands for."""
    from lint.judge import attribution_matches

    return {s.id for s in reference.sources if body and attribution_matches(body, [s])}


def _distance_to_credit(claim: Claim) -> int:
    """How far the claim stands from the name its sentence credits (where it is written out)."""
    at = claim.sentence.find(claim.attributed_to or "")
    if at < 0:
        return 0
    start = claim.start - claim.sentence_start
    return max(at - (start + len(claim.text)), start - (at + len(claim.attributed_to)), 0)


_OWN_YEAR_GAP = re.compile(r"\s+in\s+")
# a year further on in the figure's clause ("1,284 illegal logging and timber-smuggling cases in 2023",
# "restarted the groups of 2,000 women in 2015"): the figure's, or the clause's event's; never across
# punctuation
_CLAUSE_YEAR_GAP = re.compile(r"(?:\s+[^\W\d_][\w’'-]*){1,12}?\s+in\s+")
_OWN_YEAR_AFTER = re.compile(r"(?:\s+[^\W\d_][\w’'-]*){0,12}?\s+in\s+((?:1[5-9]|20)\d\d)\b")


# what lies between a period's start and the figure it sums, in one sentence ("since 2019 to", "since 2020,
# bringing the total to")
_TOTAL_GAP = re.compile(r"[^;:.!?()]{0,60}")


def _start_of_a_total(claim: Claim, topic, siblings: list[Claim], pack) -> bool:
    """Is the claim a period's start ("since 2019") that a figure after it in its clause sums ("the total
    since 2019 to 98.8 million": a word of the rules' summing_words), against a topic whose dates are all
    dates of events, not starts?"""
    value = claim.value
    if claim.kind is not Kind.DATE or value.anchor not in ("since", "after"):
        return False
    dates = [c.norm for c in topic.claims if isinstance(c.norm, DateValue)]
    if not dates or any(d.anchor for d in dates):
        return False
    base, sentence = claim.sentence_start, claim.sentence
    return any(s.kind is Kind.FIGURE and s.start >= claim.end
               and _TOTAL_GAP.fullmatch(sentence, claim.end - base, s.start - base)
               and pack.word_pattern("summing_words").search(sentence, max(0, claim.start - base - 40), s.start - base)
               for s in siblings)


def _figure_before(claim: Claim, siblings: list[Claim], gap: re.Pattern = _OWN_YEAR_GAP) -> Claim | None:
    """The figure a year claim is written right after in its sentence ("96 billion in 2023"), or None;
    with `gap` _CLAUSE_YEAR_GAP, the figure further back in its clause."""
    if claim.kind is not Kind.DATE or claim.value.precision != "year" or claim.value.anchor:
        return None
    base = claim.sentence_start
    # the figure just before it in its own sentence (a table cell's siblings are its row's other cells)
    return next((s for s in siblings if s.kind is Kind.FIGURE and s.sentence_start == base and s.end <= claim.start
                 and gap.fullmatch(claim.sentence, s.end - base, claim.start - base)), None)


def _own_year_match(claim: Claim, figure: Claim | None, match_of: dict):
    """"about 16,000 in 1999": a year written right after a figure (_figure_before) is that figure's
    own. Where the figure's topic gives it with a year of its own ("about 16,000 in 1989"), the year
    is judged against that one, whatever words surround it."""
    from lint.judge import agrees
    from lint.match import Match
    from lint.model import DateValue, Topic

    match = match_of.get(id(figure)) if figure is not None else None
    if match is None:
        return None
    years = []
    for rc in match.topic.claims:
        at = rc.evidence.find(rc.value)
        own = _OWN_YEAR_AFTER.match(rc.evidence, at + len(rc.value)) if at >= 0 else None
        if own and agrees(figure.value, rc.norm):
            year = own.group(1)
            years.append(replace(rc, value=year, norm=DateValue(f"{year}-01-01", f"{year}-12-31", "year")))
    if not years:
        return None
    topic = Topic(match.topic.id, Kind.DATE, f"the year of {match.topic.subject}", tuple(years))
    return Match(topic, match.score)


def _unit(value) -> str | None:
    return value.unit if isinstance(value, Figure) else None


def _taken_topics(claims: list[Claim], matches: list, gives: list[bool]) -> dict[tuple[int, str], Claim]:
    """(sentence, topic id) -> a claim of that sentence whose value the topic gives."""
    taken: dict[tuple[int, str], Claim] = {}
    for claim, match, given in zip(claims, matches, gives, strict=True):
        if given:
            taken.setdefault((claim.sentence_start, match.topic.id), claim)
    return taken


def _taken_by_sibling(claim: Claim, match, taken: dict[tuple[int, str], Claim]) -> bool:
    """Is the claim's topic (one that does not give its value) the one another claim of its sentence
    agrees with, in the same unit? (An amount in another currency beside it is its conversion:
    "10,000 won, about $33".)"""
    from lint.disputes import term_and_bound

    owner = taken.get((claim.sentence_start, match.topic.id))
    # (not a law's range beside the term given under it, which a judgment's table row holds as one topic: "gave Halvik
    # eight years ... an offence that carries four to 12 years")
    return (owner is not None and owner.start != claim.start and _unit(owner.value) == _unit(claim.value)
            and not (isinstance(claim.value, Penalty) and claim.value.bound != "exact"
                     and term_and_bound(owner.value, claim.value)))


# How telling a value must be to count as the other side of a dispute the draft tells beside it though matched to
# another topic (judge.specificity: "1,437", "6 February 2024"; not "2023" or "three")
OTHER_SIDE_SPECIFICITY = 0.8


def _both_sides_told_in_a_paragraph(result: FileResult, doc, reference: Reference) -> None:
    """A disputed point whose two sides the draft tells in one paragraph ("the inspectorate fined the bank 96 million
    velars, though the Courier has reported the fine as 86 million", "the Inspectorate counted 61 admissions ... The
    Ledger's trawl of hospital records puts them at 73") is reported, not settled: neither value is contested. As
    _both_sides_told reads a sentence, for two claims of a paragraph: the other tells the other side
    (_the_other_side_told), not a value of another point ("the Act 2023" beside its commencement's "1 September
    2023")."""
    from lint.judge import agrees

    contested = [f for f in result.findings if f.category is Verdict.CONTESTED and f.topic]
    if not contested:
        return
    topics = {t.id: t for t in reference.topics}
    on_topic: dict[tuple[int, str], list[int]] = defaultdict(list)  # (paragraph, topic) -> its claims
    in_paragraph: dict[tuple[int, Kind], list[int]] = defaultdict(list)  # (paragraph, kind) -> its claims
    at: dict[tuple[int, int], int] = {}
    for i, r in enumerate(result.claims):
        at[r.claim.start, r.claim.end] = i
        block = doc.block_index(r.claim.start)
        in_paragraph[block, r.claim.kind].append(i)
        if r.verdict in (Verdict.SUPPORTED, Verdict.CONTESTED):
            for topic in r.topics:
                on_topic[block, topic].append(i)
    told: set[int] = set()
    for finding in contested:
        i, topic = at.get((finding.start, finding.end)), topics.get(finding.topic)
        if i is None or topic is None:
            continue
        if _settled_as_the_truth(result.claims[i].claim):
            continue
        value = result.claims[i].claim.value
        # (the other side's values: not another value of a source that gives the claim's, which the dispute is not
        # over: "Greenmark issued 176 certificates ... Of those, 143 ...", the report giving both)
        givers = {ev.source for ev in finding.evidence if ev.agrees}
        others = [rc.norm for rc in topic.claims if not agrees(value, rc.norm) and rc.source not in givers]
        block = doc.block_index(finding.start)
        on_this = set(on_topic.get((block, topic.id), ()))
        tellers = [j for j in in_paragraph.get((block, result.claims[i].claim.kind), ())
                   if j != i and _the_other_side_told(value, result.claims[j], others, j in on_this, topics)]
        if tellers:
            told.add(i)
    if not told:
        return
    spans = {(result.claims[i].claim.start, result.claims[i].claim.end) for i in told}
    result.findings[:] = [f for f in result.findings
                          if not (f.category is Verdict.CONTESTED and (f.start, f.end) in spans)]
    for i in told:
        result.claims[i] = replace(result.claims[i], verdict=Verdict.SUPPORTED)


def _the_other_side_told(value: Value, other: ClaimResult, others: list[Value], on_the_topic: bool,
                         topics: dict[str, Topic]) -> bool:
    """Does `other`, a claim of the paragraph, tell the other side of the dispute over `value`, whose other side's
    values are `others`? Where it is matched to the dispute's topic (`on_the_topic`), as one of those values; where
    matched to another, as the one value they all are, too telling to recur by chance ("Officially, 1,437 objects are
    gone. But the museum's own spreadsheet ... listed 1,612"), or as the draft's other claim of the dispute
    (_gives_back). Either way, near enough to `value` to be one point's other telling (disputes.near_tellings: "up to
    14 times the limit" and an average "8.6 times" are two points of one topic)."""
    from lint.disputes import near_tellings
    from lint.judge import same_value, specificity

    told = _in_the_year_of(value, other.claim.value)
    sides = [same_value(told, o) for o in others]
    if not (_gives_back(value, other, topics) or (any(sides) and (on_the_topic or (
            all(sides) and specificity(told) >= OTHER_SIDE_SPECIFICITY)))):
        return False
    return isinstance(value, Statute) or near_tellings(*_read_in_one_year(value, told))


def _gives_back(value: Value, other: ClaimResult, topics: dict[str, Topic]) -> bool:
    """Is `other` matched to a point of dispute whose other side is `value`: the draft's two claims each the other's
    other side ("We were told ... the pump failed in the small hours of 14 March. In fact the dosing rate jumped at
    23:55 on 13 March", each matched to a topic holding both days)?"""
    from lint.judge import agrees, same_value

    if other.verdict is not Verdict.CONTESTED:
        return False
    for topic in (topics[tid] for tid in other.topics if tid in topics):
        # (the topic's one other side, from sources that do not give `other`'s value too: not "Greenmark issued 176
        # certificates ... Of those, 143", a report giving both)
        agreeing = [agrees(other.claim.value, rc.norm) for rc in topic.claims]
        against = [rc for rc, agreed in zip(topic.claims, agreeing, strict=True) if not agreed]
        givers = {rc.source for rc, agreed in zip(topic.claims, agreeing, strict=True) if agreed}
        if against and all(same_value(_in_the_year_of(rc.norm, value), rc.norm) and rc.source not in givers
                           for rc in against):
            return True
    return False


def _read_in_one_year(value: Value, other: Value) -> tuple[Value, Value]:
    """The two read in one year, to tell how far apart they are: `other` in `value`'s (_in_the_year_of), or two days
    told without their years in a leap year ("14 March" and "13 March" are a day apart)."""
    other = _in_the_year_of(value, other)
    if not (isinstance(value, DateValue) and isinstance(other, DateValue)
            and value.month_day_only and other.month_day_only):
        return value, other
    return tuple(replace(d, start=f"2000{d.start[4:]}", end=f"2000{d.end[4:]}", month_day_only=False)
                 for d in (value, other))


def _in_the_year_of(value: Value, other: Value) -> Value:
    """A day told without its year read in the year of the dated day beside it: "admitted on 31 July 2023 ... The
    agency's own timeline puts the first admission on 3 August" (3 August 2023)."""
    if not (isinstance(other, DateValue) and other.month_day_only and isinstance(value, DateValue)
            and not value.month_day_only and value.precision != "time"):
        return other
    year = value.start[:4]
    try:
        date.fromisoformat(f"{year}{other.start[4:10]}")
    except ValueError:  # (29 February in a common year)
        return other
    return replace(other, start=f"{year}{other.start[4:]}", end=f"{year}{other.end[4:]}", month_day_only=False)


def _unsupported(result: FileResult, claim: Claim, position, settings: Settings) -> None:
    result.claims.append(ClaimResult(claim, position, Verdict.UNSUPPORTED))
    if settings.report_unsupported:
        message = f'No source in the reference speaks to "{claim.text}"'
        result.findings.append(_finding(claim, position, Verdict.UNSUPPORTED, message))


def assemble(doc, parts: list[FileResult], settings: Settings) -> FileResult:
    """One document's result from the results of its parts (in order), filtered as lint_document does."""
    whole = FileResult(path=doc.path, text=doc.text, notices=list(doc.notices))
    for part in parts:
        whole.claims.extend(part.claims)
        whole.findings.extend(part.findings)
    return _apply_filters(whole, doc, settings)


def whole_draft_names(doc, reference: Reference, pack, settings: Settings) -> DraftNames:
    """The persons and companies `doc`'s whole text names, among which its terms' holders are found
    (lint.holders.draft_names): every part of it needs them, and each would read the whole text for them."""
    return draft_names(doc.text, matcher_for(reference, settings).holders, pack)


def parts_of(doc, count: int) -> list[tuple[int, int]]:
    """`count` spans of about equal size that cut `doc` only between blocks."""
    if count < 2 or len(doc.blocks) < 2:
        return [(0, len(doc.text))]
    size = len(doc.text) / count
    cuts = [0]
    for block in doc.blocks:
        if block.start >= size * len(cuts) and len(cuts) < count:
            cuts.append(block.start)
    cuts.append(len(doc.text))
    return list(itertools.pairwise(cuts))


def _finding(claim, position, verdict, message, evidence=(), suggestion=None, topic=None) -> Finding:
    rule = rule_for(verdict, claim.kind)
    return Finding(
        code=rule.code,
        name=rule.name,
        category=verdict,
        kind=claim.kind,
        severity=rule.severity,
        start=claim.start,
        end=claim.end,
        position=position,
        found=claim.text,
        message=message,
        evidence=tuple(evidence),
        suggestion=suggestion,
        topic=topic,
    )


def _apply_filters(result: FileResult, doc, settings: Settings) -> FileResult:
    from lint.filters import apply_filters

    return apply_filters(result, doc, settings)


def lint_text(text: str, path: str, reference: Reference, pack, settings: Settings | None = None) -> FileResult:
    from lint.source import parse_document

    return lint_document(parse_document(text, path), reference, pack, settings)
