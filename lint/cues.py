"""Hedges and attributions in a claim's sentence, from the word lists in rules/lexicon/cues.toml.

hedged: a hedge cue ("reportedly", "it was reported that", "according to
defectors") in the claim's clause. Clauses are cut at contrast breaks
(", although", "; ", ", but") and at relative breaks (", where", ", which");
a cue in the sentence's first clause also covers clauses after a relative
break (a sentence-wide frame), never across a contrast break.

attributed_to: the named body the sentence credits ("According to the State
Department", "Human Rights Watch estimates", "the US State Department's 2011
report"), nearest before the claim, else nearest after; capitalised names
only, without a leading "the".
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

import regex

from lint.source import BOLD_MARKUP

_LEADING_THE = regex.compile(r"^(?:the|The|THE)\s+")
# a semicolon between a credit and a claim, unless a colon before it opens a list ("according to the
# Ministry, seizures were: 40 in 2019; 52 in 2020")
_PAST_A_SEMICOLON = regex.compile(r"[^:]*;")
_POSSESSIVE = regex.compile(r"['’]s?$")
# how many credits either side of one, in order of position, may hold its name in their words
NEIGHBOURS = 8
_DIGIT = regex.compile(r"\d")
_PHRASE_END = regex.compile(r"[,;:](?=\s)|[.!?](?=\s|$)|[()\[\]]|\s[–—]\s")


def _clause_cues(pack, advocacy: bool = False):
    """Contrast breaks, relative breaks and hedges as one alternation: one pass per sentence. `advocacy`:
    with the hedges of a campaigning body's own text (its own estimates)."""
    hedges = ("hedges", "advocacy_hedges") if advocacy else ("hedges",)
    return pack.alternation((("phrase", ("phrase_hedges",)), ("hedge", hedges), ("contrast", ("contrast_breaks",)),
                             ("relative", ("relative_breaks",))), "cues")


def is_advocacy(publisher: str, pack) -> bool:
    """Is a source's publisher a campaigning body (an NGO, a union, an association: advocacy_publishers),
    not a state body or the press (official_publishers: "the Russian Federation's Ministry of Finance")?"""
    return (bool(publisher) and pack.word_pattern("advocacy_publishers").search(publisher) is not None
            and pack.word_pattern("official_publishers").search(publisher) is None)


# a list item's line: "- 44% said ...", "* 61% ...", "2. Eleven ..."
LIST_ITEM_LINE = regex.compile(r"[^\S\r\n]*(?:[-*+•]|\d{1,2}[.)])[^\S\r\n]+")
# a table's row: "| Reported a concern | 64% |"
_TABLE_ROW_LINE = regex.compile(r"[^\S\r\n]*\|.*\|[^\S\r\n]*$")
# a table's delimiter row ("|---|:--:|"), as lint.source reads one; possessive, so a long run of dashes is read
# one way only (linear on a megabyte of them)
_TABLE_DELIMITER_LINE = regex.compile(r"[^\S\r\n]*+\|?+(?:[^\S\r\n]*+:?+-++:?+[^\S\r\n]*+\|?+)++[^\S\r\n]*+\r?$")
# a lead that introduces its list: its line ends in a colon (markup around it aside)
_LEAD_END = regex.compile(r":[*_]*[^\S\r\n]*$|[*_]+:[^\S\r\n]*$")


def _a_header_row(text: str, line_start: int, memo: dict) -> bool:
    """Is the table row starting at `line_start` its table's header: the line after it the delimiter row? Asked once
    per line."""
    found = memo.get(("header", line_start))
    if found is None:
        next_start = text.find("\n", line_start) + 1
        next_end = text.find("\n", next_start) if next_start else -1
        found = memo["header", line_start] = bool(next_start) and bool(
            _TABLE_DELIMITER_LINE.match(text, next_start, len(text) if next_end < 0 else next_end))
    return found


def list_lead_hedged(text: str, at: int, pack, advocacy: bool = False, memo: dict | None = None) -> bool:
    """Is the claim at `at` in a list or a table whose lead hedges it ("**According to our survey of 112
    respondents**:", then "- 44% said they would fear retaliation" or a table of answers)? The lead is the line
    before the first item or row; it hedges them where it ends in a colon (or leads a campaigning body's table) and
    a hedge stands in its last clause's reach (SentenceCues.hedged)."""
    memo = {} if memo is None else memo
    line_start = text.rfind("\n", 0, at) + 1
    kind = memo.get(("line", line_start))
    if kind is None:  # (once per line, its matches bounded by it: not once per claim of a megabyte line)
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        kind = memo["line", line_start] = (
            (LIST_ITEM_LINE, False) if LIST_ITEM_LINE.match(text, line_start, line_end)
            else (_TABLE_ROW_LINE, True) if _TABLE_ROW_LINE.match(text[line_start:line_end].rstrip("\r"))
            else ())
    if not kind:
        return False
    part_of_it, a_table = kind
    if a_table and _a_header_row(text, line_start, memo):
        return False  # the header row names the columns ("Survey finding (146 respondents)"): nothing it alleges
    walk = "row" if a_table else "item"  # (a list's walk and a table's may pass the same blank line)
    lead_end, passed, past_the_rows = line_start - 1, [line_start], False
    # back over the list's items and blank lines, or the table's rows (one run of lines) and the blank lines before
    # them, to its lead
    while lead_end > 0:
        start = text.rfind("\n", 0, lead_end) + 1
        if (walk, start) in memo:  # an item whose lead was found before: one walk per list, not per item
            lead_end = memo[walk, start]
            break
        line = text[start:lead_end].rstrip("\r")
        if line.strip():
            if past_the_rows or not part_of_it.match(line):
                break
        else:
            past_the_rows = a_table
        passed.append(start)
        lead_end = start - 1
    for item in passed:
        memo[walk, item] = lead_end
    if lead_end <= 0:
        return False
    lead_start = text.rfind("\n", 0, lead_end) + 1
    if a_table and LIST_ITEM_LINE.match(text, lead_start):
        return False  # a list's item, above a table: the list's lead is not the table's
    key = (lead_start, advocacy)
    if key in memo:
        return memo[key]
    # (a campaigning body's table is led by the paragraph before it, colon or not: "The sample is not random, and our
    # figures should be read as indicative", then its survey's answers)
    found = bool((a_table and advocacy) or _LEAD_END.search(text, lead_start, lead_end)) and SentenceCues(
        text, lead_start, lead_end, pack, advocacy).hedged(lead_end - 1, lead_end)
    memo[key] = found
    return found


def with_advocacy_hedges(claims, source, pack, text: str = "") -> tuple:
    """A campaigning body's claims, hedged also where its own estimate gives them ("We estimate that
    illegal logging cost the state some 1.3 billion"), in the clause a hedge's reach is read by; not an
    estimate it credits to another body ("The Forest Authority estimated that 7,400 hectares ...")."""
    from lint.context import tokens
    from lint.judge import attribution_matches, is_named_body, specificity
    from lint.model import DateValue

    out, cues, leads = [], {}, {}
    for claim in claims:
        # (a credit to people it heard, not to a body: "Crews told us that ... as many as 23")
        if not claim.hedged and (not claim.attributed_to or attribution_matches(claim.attributed_to, [source])
                                 or not is_named_body(claim.attributed_to, (source,))):
            found = cues.get(claim.sentence_start)
            if found is None:
                # (read across its bold: "We also **estimate** that ...")
                sentence = BOLD_MARKUP.sub(lambda m: " " * len(m.group()), claim.sentence)
                found = cues[claim.sentence_start] = SentenceCues(sentence, 0, len(sentence), pack, advocacy=True)
            at = claim.start - claim.sentence_start
            if found.hedged(at, at + (claim.end - claim.start)) or (
                    text and list_lead_hedged(text, claim.start, pack, advocacy=True, memo=leads)):
                claim = replace(claim, hedged=True)
        out.append(claim)
    # what it alleges once it alleges wherever it tells it again ("The union claims that 17 technicians were
    # forced out. ... The 17 technicians forced out of the hangar"): a value as telling as a point's own, of
    # the same thing where both tellings name what they count (not "17 members of the board"), told in words
    # of the allegation's (not "On 12 May 2023 residents met", after it alleged the firm knew on 12 May 2023)
    alleged: dict[object, list] = defaultdict(list)  # the value, its noun left out -> (noun, words) of each
    for c in out:
        # (not a month or a year: the heatwave of July 2023 is told plainly again whatever was alleged to happen
        # in it; a day is as telling as a figure: "the memo dated 2 May 2023")
        if c.hedged and specificity(c.value) >= RESTATED_SPECIFICITY and not (
                isinstance(c.value, DateValue) and c.value.precision != "day"):
            alleged[_without_noun(c.value)].append((getattr(c.value, "noun", None), frozenset(tokens(c.sentence))))
    return tuple(replace(c, hedged=True) if not c.hedged and not c.attributed_to and _alleged_before(c, alleged)
                 else c for c in out)


# How telling a value must be for its telling again to be taken for the same allegation: "17 technicians", a
# day; not "three", "2021"
RESTATED_SPECIFICITY = 0.4


def _without_noun(value):
    from lint.model import Figure

    return replace(value, noun=None) if isinstance(value, Figure) else value


# How many words of an allegation's sentence its telling again shares ("technicians", "forced")
RESTATED_WORDS = 2


def _alleged_before(claim, alleged: dict) -> bool:
    from lint.context import tokens

    tellings = alleged.get(_without_noun(claim.value))
    if not tellings:
        return False  # (most values were never alleged: their sentence's words are not needed)
    noun = getattr(claim.value, "noun", None)
    words = frozenset(tokens(claim.sentence))
    return any((noun is None or theirs is None or noun == theirs) and len(words & their_words) >= RESTATED_WORDS
               for theirs, their_words in tellings)


_CLAUSE_SEPARATOR = regex.compile(r"[,;:—–]")
# a person's age set off after the name: "Valesk, 58, ..."
_AGE = regex.compile(r"\d{1,3}")
_AGE_BEFORE = regex.compile(r"(?-i:\p{Lu}\p{Ll}+),[^\S\r\n]*$")
_AGE_AFTER = regex.compile(r"[^\S\r\n]*,")
_PUNCTUATION_BREAK = regex.compile(r"[,;:()\[\]—–]")
# verbs of saying that are plural nouns as often ("claims", "records", "reports"), and what follows such a noun
_VERB_AS_NOUN = regex.compile(r"(?:claims|records|reports|documents|counts|estimates|notes|states)", regex.I)
# "that" as a determiner after a verb of conceding: a singular noun and its preposition ("accepted that bid of",
# "established that fund in 2019"), not a clause ("accepted that officers in the unit took", "that 40 died")
_THAT_A_DETERMINER = regex.compile(r"[^\S\r\n]+(?!(?:the|a|an|this|there|it|he|she|we|they|more|less|only|some|most|all"
                                   r"|no|none|each|every|its|his|her|their|our|about|nearly|almost|over|under|at"
                                   # ... nor a mass noun, which opens a clause as a subject: "that evidence from
                                   # the raid showed", "that staff at the depot worked"
                                   r"|evidence|staff|money|police|information|work|data|cash|equipment|research"
                                   r"|personnel|water|waste|pay|overtime|fuel|timber)\b)"
                                   r"\p{Ll}+(?<!s)[^\S\r\n]+(?:of|for|from|in|on|to|with|at|by)\b")
# one capitalised word opening the sentence with a common noun's ending, before such a noun: what the records are of
# ("Admission records", "Billing records", "Maintenance reports"), not whose
_A_COMMON_NOUN = regex.compile(r"[\"“‘*_]*\p{Lu}\p{Ll}+(?:ion|ing|ment|ance|ence)")
# an aside after a name telling what the writer has seen or read: the thing seen is a document, its subject the verb's
# ("The written order, served on the Inspectorate, which we have seen, states a period of ten years")
_A_DOCUMENT_SEEN = regex.compile(r"[^\S\r\n]*,[^\S\r\n]*(?:which|that)[^\S\r\n]+(?:we|the[^\S\r\n]+[\w-]+)"
                                 r"[^\S\r\n]+(?:(?:have|has|had)[^\S\r\n]+)?(?:seen|read|obtained|reviewed|examined)"
                                 r"\b[^,;.\r\n]{0,40},[^\S\r\n]*", regex.I)
# "admitted" as patients are: to a ward, at a time, between two times (not "The company admitted that ...")
_ADMITTED_AS_PATIENTS = regex.compile(r"[^\S\r\n]+(?:to[^\S\r\n]+(?:[\w-]+[^\S\r\n]+){0,2}"
                                      r"(?:hospitals?|care|wards?|units?|clinics?|infirmar(?:y|ies))\b"
                                      r"|between|overnight|into|with[^\S\r\n]+"
                                      r"(?:burns|injuries|symptoms|breathing)|(?:on|at|by|from)[^\S\r\n]+\d)", regex.I)
_NOUN_AFTER = regex.compile(r"[^\S\r\n]+(?:from|of|for|against|by|were|are|was|is|have|had|filed|lodged|and|or)\b",
                            regex.I)  # (not "show": "Police records show 300 arrests" credits the police)
# a preposition or an article right before an adverb: it opens a noun phrase the adverb qualifies ("samples of
# supposedly pure beef", "the allegedly forged permits")
_PHRASE_OPENER_BEFORE = regex.compile(r"\b(?:of|the|a|an|its|their|his|her|with|from|into|for)\s+$", regex.I)
# an adverb set off by punctuation of its own ("Eleven shipments, allegedly, were ...", "$20,000,
# allegedly.") frames its whole clause, as a sentence-initial one does
_SET_OFF_BEFORE = regex.compile(r"[,;:(\[—–]\s*$")
_SET_OFF_AFTER = regex.compile(r"\w+\s*(?:[,;:)\]—–.!?]|$)")
# a credit right after a comma (", the Network says") frames the whole statement before it; one in
# a relative clause (", which the Herald reported") does not
_SET_OFF_CREDIT = regex.compile(r",\s*$")
# ... unless a new clause stands between and the credit does not end the sentence ("restarted in 2015,
# and by 2020, the Herald says, the groups had grown"; but "... under Article 241, and with money
# laundering under Article 318, the NACB said." credits both)
# a clause of its own with a named subject: "Clean Thread International puts the number at 64, and the
# Inspectorate hopes to hire 30 more" (the 30 is not Clean Thread's)
_NAMED_SUBJECT_CLAUSE = regex.compile(r",\s+(?:and|but|while|whereas|yet|though|although)\s+(?:[Tt]he\s+)?\p{Lu}\p{Ll}+"
                                      r"(?:\s+\p{Lu}\p{Ll}+)*\s+(?:also\s+)?\p{Ll}+")
# ... or the writer's own reckoning, set off after the credit: "Adding the 228 accounts missing from the Authority's
# count, ..., we calculate stakes of TLK 5.2 million" (the Authority's count is what the paper adds to, not its credit)
_OWN_RECKONING_CLAUSE = regex.compile(r",\s+(?:and\s+|so\s+)?we\s+(?:(?:now|therefore|then|instead)\s+)?"
                                      r"(?:calculate|calculated|estimate|estimated|count|counted|reckon|reckoned|"
                                      r"arrive|arrived|put|find|found|make|get|reach|reached)\b")
# a speaker's tag that closes the sentence, from its cue: "a person familiar with the matter said.", "residents say"
_CLOSING_SPEECH_TAG = regex.compile(r"[^,;:()\[\]—–\r\n]{0,80}?\b(?:said|says|say|told|added)\b[^,;:()\[\]\r\n]{0,40}?"
                                    r"[.!?]?[\"”’)]*\s*$", regex.I)
# a credit set off as an aside, and the rest of it up to the value right after it, the object of the clause it stands
# in: ", by the court's count, 412 homes" (not ", according to the court, and 40 were injured": a new clause)
_ASIDE_OPENS = regex.compile(r",[^\S\r\n]*(?:by[^\S\r\n]+|according[^\S\r\n]+to[^\S\r\n]+)?$", regex.I)
_ASIDE_CLOSED = regex.compile(r"[^,;.]{0,20},[^\S\r\n]*(?!(?:and|but|or|while|whereas|though|although|yet)\b)"
                              r"(?:[\w'’-]+[^\S\r\n]+){0,2}", regex.I)
_NEW_CLAUSE = regex.compile(r",\s+(?:and|but|while|whereas|although|though|yet)\b|;", regex.I)
# a teller's anonymity, which an aside tells only of one who speaks: "A former site foreman, who asked not to be named,
# told KPA that ...", "The person, who spoke on condition of anonymity, also said ..." hedge what the teller says
_ANONYMITY = regex.compile(r"(?:asked|declined)\s+not\s+to\s+be\s+(?:named|identified)\b"
                           r"|on\s+(?:the\s+)?condition\s+of\s+anonymity\b", regex.I)
# ... and the teller's speaking, right after the aside closes: "..., told KPA that", "..., also said"
_SPEAKS_AFTER = regex.compile(r"\s*(?:(?:also|later|then|has|have|had)\s+)*(?:told|tells|said|says|added|adds|explained"
                              r"|recalled|recalls|described|describes|claimed|claims|alleged|alleges|estimated|estimates"
                              r"|insisted|insists|confirmed|confirms)\b", regex.I)
# a relative clause opening right before a hedge, the hedge set off inside it: "a car that, according to its service
# book, had covered", "false alarms that, staff say, woke guests"
_RELATIVE_BEFORE_CUE = regex.compile(r"\b(?:that|which|who|whom)[^\S\r\n]*,[^\S\r\n]*$", regex.I)
_SENTENCE_END = regex.compile(r"[\s.!?\"”’')\]]*$")
# a credit whose words follow it ("the court found that ..."), or that opens a clause of time or cause
# ("after the court found"): it says nothing of a claim before it
_THAT_CLAUSE = regex.compile(
    r"\s+that\b(?!\s+(?:same\s+)?(?:week|weekend|day|month|year|quarter|season|spring|summer|autumn|fall|winter"
    r"|morning|afternoon|evening|night|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)", regex.I)
_SUBORDINATE_BEFORE = regex.compile(r"\b(?:after|before|when|since|because|until|once|while|although|though|unless|if"
                                    r"|where|whereas)\s+(?:the\s+)?$", regex.I)


# after "told", whom it told and what to do: an instruction, not a statement ("told reporters that ..." is one)
INSTRUCTED = (r"(?:\s+(?!that\b)[\w'’-]+){1,6}?\s+to\s+"
              r"(?!(?:the|a|an|them|him|her|us|me|it|reporters|journalists|parliament)\b)[a-z]{3,}\b")
_INSTRUCTION = regex.compile(r"(?:told|tells|ordered|instructed)" + INSTRUCTED)
# after "wrote", to whom: a letter written, not a statement of what the writer says
_WRITING_TO = regex.compile(r"[^\S\r\n]+(?:again[^\S\r\n]+)?to\b(?![^.;!?\r\n]{0,60}?\b(?:saying|that)\b)")


class SentenceCues:
    """The cues of one sentence, found once and asked about each claim in it."""

    def __init__(self, text: str, start: int, end: int, pack, advocacy: bool = False) -> None:
        self.start, self.end = start, end
        self._text = text
        breaks: list[tuple[int, int, bool]] = []
        self._hedges: list[int] = []
        self._adverbs: set[int] = set()
        self._phrases: list[tuple[int, int]] = []  # spans that "the alleged ..." hedges
        self._relatives: set[int] = set()  # the clauses a relative break opens (", who claims he is innocent,")
        has_hedge = pack.word_pattern("hedge_keywords").search(text, start, end) is not None
        for m in _clause_cues(pack, advocacy).finditer(text, start, end) if has_hedge else ():
            kind = m.lastgroup
            if kind == "hedge":
                self._hedges.append(m.start())
                if m.group().lower().endswith("ly"):  # "allegedly", "reportedly": an adverb
                    self._adverbs.add(m.start())
            elif kind == "phrase":  # "the alleged head of the network, ...": up to the next comma
                stop = _PHRASE_END.search(text, m.end(), end)
                self._phrases.append((m.start(), stop.start() if stop else end))
            else:
                breaks.append((m.start(), m.end(), kind == "contrast"))
                if kind == "relative":
                    self._relatives.add(len(breaks))  # the clause it opens, by index (_segment)
        self._breaks = breaks
        self._break_starts = [b[0] for b in breaks]
        self._bodies = self._find_bodies(text, start, end, pack)

    # --- hedges ------------------------------------------------------------------

    def _segment(self, pos: int) -> int:
        """Index of the clause holding `pos` (0 = the sentence's first clause)."""
        return bisect.bisect_right(self._break_starts, pos)

    def hedged(self, start: int, end: int) -> bool:
        if any(s <= start and end <= e for s, e in self._phrases):
            return True
        if not self._hedges:
            return False
        claim_seg = self._segment(start)
        for cue in self._hedges:
            if cue in self._adverbs and end <= cue and self._inside_later_phrase(cue, end):
                # "During the 20-month trial, a foreman said Brenning allegedly paid ...": an adverb
                # hedges what it modifies, not a phrase set off before it
                continue
            if cue in self._adverbs and end <= cue and _PHRASE_OPENER_BEFORE.search(self._text, max(0, cue - 8), cue):
                continue  # "in 87 of 243 samples of supposedly pure beef": the adverb hedges its noun phrase only
            cue_seg = self._segment(cue)
            if cue_seg in self._relatives and not self._inside_the_aside(cue, start) and not (
                    cue >= end and _CLOSING_SPEECH_TAG.match(self._text, cue, self.end)) \
                    and not self._a_tellers_anonymity(cue):
                # "Horvath, who claims he is innocent, was sentenced to eight years": the aside's own (but a speaker
                # closing the sentence says all of it: "..., which opened in May 2024, a person familiar with the
                # matter said.")
                continue
            if cue >= end and _NEW_CLAUSE.search(self._text, end, cue):
                continue  # "Korvath took 40,000 lorins, and residents believe that is why ...": the later clause's own
            if cue >= end and _RELATIVE_BEFORE_CUE.search(self._text, max(end, cue - 16), cue):
                continue  # "paid 18,500 for a car that, according to its service book, had covered ...": the car's
            if cue_seg == claim_seg:
                return True
            if cue_seg == 0 and claim_seg > 0:
                between = self._breaks[: claim_seg]
                if not any(is_contrast for _, _, is_contrast in between):
                    return True
        return False

    def _a_tellers_anonymity(self, cue: int) -> bool:
        """Is the cue an aside's word of anonymity, of one who then speaks ("A former foreman, who asked not to be
        named, told KPA that ...")? Not of one the statement is about ("the same nurse, who has asked not to be named,
        first wrote to the inspectorate in October 2019", which emails show)."""
        if not _ANONYMITY.match(self._text, cue):
            return False
        closing = _CLAUSE_SEPARATOR.search(self._text, cue, self.end)
        return closing is not None and _SPEAKS_AFTER.match(self._text, closing.end(), self.end) is not None

    def _inside_the_aside(self, cue: int, start: int) -> bool:
        """Does a claim at `start` stand in the relative clause a cue at `cue` opens, before its closing comma?"""
        closing = _CLAUSE_SEPARATOR.search(self._text, cue, self.end)
        return cue <= start and (closing is None or start < closing.start())

    def _inside_later_phrase(self, cue: int, claim_end: int) -> bool:
        """Is the adverb at `cue` inside a phrase that punctuation sets apart from the claim before it,
        and not set off itself?"""
        text = self._text
        return (_PUNCTUATION_BREAK.search(text, claim_end, cue) is not None
                and not _SET_OFF_BEFORE.search(text[max(0, cue - 3) : cue]) and not _SET_OFF_AFTER.match(text, cue))

    # --- attributions --------------------------------------------------------------

    @staticmethod
    def _find_bodies(text: str, start: int, end: int, pack) -> list[tuple[int, int, str, int]]:
        """(cue start, cue end, the body's name, where the name starts), in order."""
        if pack.word_pattern("attribution_keywords").search(text, start, end) is None:
            return []
        non_names = pack.words("non_names")
        number_words = [pack.words(name) for name in ("unit_words", "teen_words", "tens_words")]
        name_ends = pack.words("name_ends")
        body_kinds = pack.words("body_kinds")
        found = []
        for m in pack.alternation(((None, ("attributions",)),), "attributions").finditer(text, start, end):
            name = m.group("name") if "name" in m.re.groupindex else None
            if not name or _INSTRUCTION.match(text, m.start(), end):
                continue  # "Sarnek told crews to halve their patrols": an order given, not a thing said
            if m.group().endswith(("wrote", "writes")) and _WRITING_TO.match(text, m.end(), end):
                continue  # "the union wrote to the ministry in July 2020": a letter sent, not the union's account
            if _VERB_AS_NOUN.fullmatch(m.group()) and _NOUN_AFTER.match(text, m.end(), end):
                continue  # "Compensation claims from 300 families were filed": a noun, no one's saying
            if (_VERB_AS_NOUN.fullmatch(m.group()) and m.start("name") <= start
                    and _A_COMMON_NOUN.fullmatch(name)):
                continue  # "Admission records list 44", "Billing records ... give": what the records are, no name
            if _A_DOCUMENT_SEEN.fullmatch(text, m.end("name"), m.start()):
                continue  # "served on the Inspectorate, which we have seen, states": a document seen, not the body
            if m.group().startswith("admit") and _ADMITTED_AS_PATIENTS.match(text, m.end(), end):
                continue  # "44 residents of Harrowgate Court admitted between 02:40 ...": patients, not a concession
            if m.group().endswith("that") and _THAT_A_DETERMINER.match(text, m.end(), end):
                continue  # "The ministry accepted that bid of 4.2 million": a thing accepted, nothing said
            name_start = m.start("name")
            if name_start < start:  # a lookbehind reads past the sentence's start: "Wednesday. The Trust"
                name, name_start = text[start : m.end("name")], start
            if "plural_kind" in m.re.groupindex and m.group("plural_kind"):
                clean = name.lower()  # "Judges also found", "Prosecutors told the court": the kind, capitalised
            else:
                clean = clean_name(name, non_names, name_start == start, name_ends, body_kinds)
            if clean and not _a_number_in_words(clean, number_words):
                found.append((max(m.start(), start), m.end(), clean, name_start))
        # "the State Department's annual Trafficking in Persons Report placed ...": the report is the
        # department's; a name inside another credit's own words is that credit, not a second one (asked of
        # neighbours only: a sentence thousands of words long may hold thousands of credits)
        return [(s, e, name, at) for i, (s, e, name, at) in enumerate(found)
                if not any(o_s <= at < o_e for o_s, o_e, _, o_at in found[max(0, i - NEIGHBOURS): i + NEIGHBOURS + 1]
                           if o_at != at)]

    def attribution(self, start: int, end: int, others: Sequence[int] = ()) -> str | None:
        """The body credited with the claim at start..end: one named right after it, else the nearest named before
        it, else the first after it, unless a claim of a later clause (past a comma) stands between (`others`: the
        starts of the sentence's other claims): "active since 2015, ... seized in March 2023, which the Herald
        reported was worth 380 million" credits the Herald with the worth, not the 2015. A credit set off by a comma
        at the statement's end ("..., from 2005 to 2014, the Network says") covers all of it."""
        if (_AGE.fullmatch(self._text, start, end) and _AGE_AFTER.match(self._text, end, self.end)
                and _AGE_BEFORE.search(self._text, max(self.start, start - 40), start)):
            return None  # "The court found Valesk, 58, guilty": a person's age set off after the name, no finding
        # a credit right after the claim is its own ("137 according to the Directorate, 152 by the Tribune's count"):
        # the credit before it was the value's before it
        right_after = next((b for b in self._bodies if b[0] >= end and not self._text[end : b[0]].strip()), None)
        if right_after is not None:
            return right_after[2]
        if _SAID_THE_BEFORE.search(self._text, max(self.start, start - 24), start):
            return None  # "The union said the ODL 1.2 million fine was a parking ticket": it speaks of a fine given
        if _THE_BEFORE.search(self._text, max(self.start, start - 10), start):
            # "not the ESK 4.8 million the Inspectorate reported": a relative clause naming whose the value is
            teller = next((b for b in self._bodies if b[3] >= end and _ARTICLE_ONLY.fullmatch(self._text, end, b[3])),
                          None)
            if teller is not None:
                return teller[2]
        # a credit before the claim does not reach past a semicolon ("according to the ministry; our
        # own count: 39 in 2020")
        # (but a part of the count the credit gave, opening the clause, goes on with its account: "The FSVI counts 112
        # cases; 74 of those infants were admitted")
        part_of_its_count = (_PART_OF_ITS_COUNT.match(self._text, end, self.end) is not None
                             and _OPENS_ITS_CLAUSE.search(self._text, self.start, start) is not None)
        before = [b for b in self._bodies if b[0] < start
                  and (part_of_its_count or not _PAST_A_SEMICOLON.match(self._text, b[1], start))
                  and not _NAMED_SUBJECT_CLAUSE.search(self._text, b[1], start)
                  and not _OWN_RECKONING_CLAUSE.search(self._text, b[1], start)
                  and not self._relative_closed(b, start, others)
                  and not self._in_brackets_closed_before(b, start)]
        if before:
            return max(before, key=lambda b: b[0])[2]
        # (a credit set off inside a relative clause after it may still be its: "**21 February 2023.** The date on
        # which, according to the Inspectorate, the Fund notified it"; skipping such credits cost two false alarms)
        after = [b for b in self._bodies if b[0] >= end]
        if not after:
            return None
        body = min(after, key=lambda b: b[0])
        if body[3] <= start and not _OWN_COUNT_BEFORE.search(self._text, body[3], start):
            return None  # "The Network, which speaks for thousands of customers, said": who it is, not what it said
        if (_RELATIVE_OPENING.search(self._text, max(self.start, body[3] - 30), body[3])
                and _ITS_OWN_CLAUSE_AFTER.match(self._text, body[1], self.end)):
            return None  # "at 17:36 by the camera clock, which the Metro Company confirms is synchronised": the clock's
        set_off = (_SET_OFF_CREDIT.search(self._text, max(self.start, body[3] - 3), body[3]) is not None
                   and (_SENTENCE_END.match(self._text, body[1], self.end) is not None
                        or _NEW_CLAUSE.search(self._text, end, body[3]) is None))
        if _THAT_CLAUSE.match(self._text, body[1], self.end) or (
                not set_off and _SUBORDINATE_BEFORE.search(self._text, max(self.start, body[3] - 20), body[3])):
            # "went to prison on 4 March after the court found that his network ...", "On 4 March, the
            # court found that ...": what the body says follows it; the claim before is the writer's
            return None
        if not set_off and any(end <= o < body[0] and _CLAUSE_SEPARATOR.search(self._text, end, o) for o in others):
            return None
        if (_ASIDE_OPENS.search(self._text, max(self.start, body[0] - 20), body[0])
                and any(o >= body[1] and _ASIDE_CLOSED.fullmatch(self._text, body[1], o) for o in others)):
            return None  # "burns for 11 days and destroys, by the court's count, 412 homes": the aside credits the 412
        if any(o >= body[1] and _VALUED_AT.fullmatch(self._text, body[1], o) for o in others):
            return None  # "..., on a contract the court valued at 14.6 million": the credit's value is its own
        if not set_off and _NEW_CLAUSE.search(self._text, end, body[3]):
            return None  # "180,000 pens were held back, but the ministry said there was no stock": its own clause
        return body[2]

    def body_opening(self) -> str | None:
        """The body credited by a name that opens the sentence, markup aside ("The inspectorate puts ...")."""
        return next((name for _, _, name, at in self._bodies if not self._text[self.start : at].strip(" \"“‘*_")),
                    None)

    def _in_brackets_closed_before(self, body: tuple, start: int) -> bool:
        """Is the credit inside brackets that close before the claim ("58, according to the Inspectorate (the Ledger,
        counting subcontractors, puts the total at 71), and 17 of them carried ...": the aside's own)?"""
        text = self._text
        opened = text.rfind("(", self.start, body[0])
        return opened > text.rfind(")", self.start, body[0]) and text.find(")", body[1], start) >= 0

    def _relative_closed(self, body: tuple, start: int, others: Sequence[int]) -> bool:
        """Is the credit in a relative clause that tells a value of its own and closes before the claim ("The
        bribes, which the court put at 146,000 velars, look small next to the 310,000-velar bonus": the bonus is
        not the court's; but "The figures, which the ministry published on Tuesday, show 1,200" are)? Or one whose
        credit says a clause of its own, closed before the claim ("the painter who prosecutors said produced most of
        the canvases, was given five years": what prosecutors said is who he is, not his term)?"""
        closing = self._text.find(",", body[1], start)
        if closing < 0:
            return False
        if (_RELATIVE_WORD_BEFORE.search(self._text, max(self.start, body[0] - 40), body[0]) is not None
                and _SAYS.search(self._text, body[0], body[1]) is not None
                and _A_CLAUSE_VERB.match(self._text, body[1], closing) is not None):
            return True
        if _RELATIVE_OPENING.search(self._text, max(self.start, body[3] - 30), body[3]) is None:
            return False
        return any(body[1] <= o < closing for o in others)


# a value told as a part of the count before it, opening its clause: "; 74 of those infants", "; nine of them"
_OPENS_ITS_CLAUSE = regex.compile(r";[\s*_]*$")
_PART_OF_ITS_COUNT = regex.compile(r"[^\S\r\n]+(?:[\p{Ll}-]+[^\S\r\n]+)?(?:of|among)[^\S\r\n]+"
                                   r"(?:those|these|them|whom)\b")


# the article opening a noun phrase right before a value, and one opening the teller's name right after it ("the ESK
# 4.8 million the Inspectorate reported")
# a verb of saying right before a value told as a thing already known ("said the ODL 1.2 million fine was"): what is
# said is about it
_SAID_THE_BEFORE = regex.compile(r"\b(?:said|says|say|argued|argues|called|calls|described|describes)[^\S\r\n]+"
                                 r"the[^\S\r\n]+(?:\p{Lu}{2,4}[^\S\r\n]?|[$€£])?$")
_THE_BEFORE = regex.compile(r"\b(?i:the)[^\S\r\n]+(?:\p{Lu}{2,4}[^\S\r\n]?|[$€£])?$")
_ARTICLE_ONLY = regex.compile(r"[^\S\r\n]+(?:the[^\S\r\n]+)?", regex.I)


# between a valuation's verb and the value it puts something at ("valued at", "put the cost at about")
_VALUED_AT = regex.compile(r"[^\S\r\n]+(?:[\w'’-]+[^\S\r\n]+){0,6}?at[^\S\r\n]+"
                           r"(?:(?:about|around|some|roughly|nearly|almost|more|less|than|least|over|under|just)"
                           r"[^\S\r\n]+){0,2}", regex.IGNORECASE)


# ... but what it counted itself, told in that aside, is its own: "Clear Accounts, which surveyed 112 employees, says"
_OWN_COUNT_BEFORE = regex.compile(r"\b(?:surveyed|polled|interviewed|questioned|counted|tallied|recorded|estimated"
                                  r"|found|measured|examined|inspected|tested|reviewed)\b[^,;]*$", regex.I)


# a relative clause opening before a credit's body: ", which the court put at", ", who the inspectorate says"
_RELATIVE_OPENING = regex.compile(r",[^\S\r\n]*(?:which|who|whom|whose)[^\S\r\n]+(?:[\w'’-]+[^\S\r\n]+){0,2}$")
# ... or a relative word right before it, comma or none ("the painter who prosecutors said"), whose credit's verb takes
# a clause of its own ("said produced most of the canvases")
_RELATIVE_WORD_BEFORE = regex.compile(r"\b(?:which|who|whom|that)[^\S\r\n]+(?:[\w'’-]+[^\S\r\n]+){1,3}$", regex.I)
_SAYS = regex.compile(r"\b(?:said|says|say|alleged|alleges|allege|claimed|claims|claim|believed|believes|believe)$")
_A_CLAUSE_VERB = regex.compile(r"[^\S\r\n]+(?!that\b)\p{Ll}+(?:ed|s)\b")
# ... and a clause of its own the credit's verb takes, telling of what the relative clause is about ("which the Metro
# Company confirms is synchronised daily")
_ITS_OWN_CLAUSE_AFTER = regex.compile(r"[^\S\r\n]+(?:is|was|are|were|has|had|remains|remained)\b")


# a method's opening, whose data it names ("Using the Inspectorate's own audit rate ..., we estimate"): no one credited
_A_METHOD = frozenset({"Using", "Applying", "Drawing", "Taking", "Combining", "Extrapolating"})


def _a_number_in_words(name: str, number_words) -> bool:
    """Is the name a number told in words ("Seventy-one told the union ...": a count opening its sentence, no body)?"""
    return all(any(words.lookup(part) for words in number_words) for part in regex.split(r"[-\s]+", name) if part)


def clean_name(name: str, non_names, sentence_initial: bool = False, name_ends=None, body_kinds=None) -> str | None:
    """'the US State Department's' -> 'US State Department'; 'the passengers' association' -> 'association' (a
    body named by its kind: `body_kinds`); pronouns and generic nouns -> None."""
    words = name.split()
    if name_ends is not None:
        for i, word in enumerate(words):
            if not name_ends.lookup(word.strip(".,;:")):
                continue
            if i + 2 < len(words) and words[i + 1] == "the" and words[i + 2][:1].isupper():
                words = words[i + 2:]  # a day or a month opening the sentence says when: "In January the Courier"
                break
            if i:
                words = words[: i - 1] if words[i - 1] in ("on", "in", "of", "the") else words[:i]
                break
    name = " ".join(words)
    name = _LEADING_THE.sub("", name)
    name = _POSSESSIVE.sub("", name).strip(" ,.;:")
    if not name or _DIGIT.search(name):
        return None
    if body_kinds is not None and name.islower():
        # a body named by its kind ("the court", "the passengers' association", "the audit office"): it stands for a
        # source of that kind, whatever word narrows it
        tail = name.split()
        kind = next((k for k in (" ".join(tail[-2:]), tail[-1]) if body_kinds.lookup(k)), None)
        if kind is not None:
            return kind
    words = name.split()
    # a connective or a pronoun opening the sentence is not part of the name: "But Asia Labour Wire says"
    while len(words) > 1 and non_names.lookup(words[0]) and (words[1][:1].isupper() or (
            words[0] not in _A_METHOD and words[1] == "the" and len(words) > 2 and words[2][:1].isupper())):
        words = words[1:]  # (past "the" too: "Even the Ledger's reporting shows", "And the KMHA itself estimates")
        sentence_initial = False
    name = _LEADING_THE.sub("", " ".join(words))
    words = name.split()
    if non_names.lookup(words[0]) or non_names.lookup(name) or (name_ends is not None and name_ends.lookup(name)):
        return None  # (nor a month or a day alone, a name's end: "Three reporters in court on 20 November ... noted")
    if not words[0][:1].isupper():
        return None
    if len(words) == 1 and sentence_initial and name.endswith("s") and not name.isupper() and name[:-1].istitle():
        return None  # "Officials said", "Reports say": a plural noun opening the sentence, not a name
    return name


# a sentence that credits its statement to "it": "It also says that ...", "It puts the total at 4 million", or to
# its document: "According to its report, ...", "Its figures show ..." ("They" is as often the people a body speaks
# for: "The union represents 400 drivers. They say ...")
_PRONOUN_CREDIT = (r"(?-i:It)[^\S\r\n]+(?:{{attribution_auxiliaries}}[^\S\r\n]+){0,2}"
                   r"(?:{{attribution_verbs}}|(?:puts|put)[^\S\r\n]+[^.;!?\r\n]{1,60}?[^\S\r\n]at[^\S\r\n]+{{value_at}})"
                   r"|(?-i:According)[^\S\r\n]+to[^\S\r\n]+its[^\S\r\n]+(?:(?-i:[a-z]+)[^\S\r\n]+){0,2}?(?-i:{{body_documents}})\b"
                   r"|(?-i:Its)[^\S\r\n]+(?:(?-i:[a-z]+)[^\S\r\n]+){0,2}?(?-i:{{body_documents}})[^\S\r\n]+"
                   r"(?:{{attribution_auxiliaries}}[^\S\r\n]+){0,2}(?:{{attribution_verbs}}|show|shows|showed)\b")
# How far back the sentence before is looked for: a sentence's length, so a paragraph of many "It says"
# sentences is read in linear time
PRONOUN_REACH = 300
# where the sentence before begins: past the last stop before the pronoun's sentence (not a title's: "Mr.")
_SENTENCE_BREAK = regex.compile(r"(?<=(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Art|Sec|Nos|Arts|Jr|Sr|Gen|Col|Lt)\.)"
                                r"[.!?][\"”’)*_]*)\s+(?=[\"“‘*_]*\p{Lu})")
# a body named by its kind opening a sentence, then a statement or a stance of its own: "The union responds to the
# report.", "The union now wants the ban extended." (not "The court ordered the office to pay", "The union met ...")
_KIND_OPENING = (r"[\"“‘*_]*(?-i:The)[^\S\r\n]+(?:(?-i:[a-z’'-]+)[^\S\r\n]+){0,2}(?P<kind>(?-i:{{body_kinds}}))"
                 r"[^\S\r\n]+(?:(?:itself|has|have|also|then|now)[^\S\r\n]+){0,2}(?-i:responds|responded|replies|replied"
                 r"|answers|answered|publishes|published|issues|issued|releases|released|puts|put|says|said|estimates"
                 r"|estimated|reports|reported|counts|counted|finds|found|wants|wanted|calls|called|demands|demanded"
                 r"|argues|argued|claims|claimed|believes|welcomes|welcomed|rejects|rejected|disputes|disputed"
                 # (what a court or an inspectorate does in weighing the evidence: "The court itself relied on the
                 # records of 9,870 borrowers. It also found that ...")
                 r"|relies|relied|accepts|accepted|notes|noted|concludes|concluded|examines|examined|reviews|reviewed"
                 r"|cites|cited|hears|heard"
                 # (a stance of its own: "The court was more cautious. It found 38,760 claims proven false.")
                 r"|was|is)\b")


def pronoun_credit(text: str, sentence_start: int, sentence_end: int, block_start: int, pack) -> str | None:
    """The body a sentence opening with "It" and a verb of saying credits: the body that opens the sentence
    before, as its credit or as the subject of a statement of its own ("The inspectorate puts the payments at
    184.6 million. It also says that ... up to 40%"; "The union responds to the report. It estimates that more
    than 40 ..."); not a body the sentence before only names ("The court ordered the refunds office to pay. It
    says ..."), nor one in a quotation."""
    # (each match bounded by its sentence: `regex` reads the text to its end for a match left open)
    if not pack.expanded(_PRONOUN_CREDIT, "a pronoun's credit", 0).match(text, sentence_start, sentence_end):
        return None
    reach = max(block_start, sentence_start - PRONOUN_REACH)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, reach, max(reach, sentence_start - 1))]
    before = breaks[-1] if breaks else block_start
    if before >= sentence_start or before < reach or regex.search(r"[\"“”]", text[before:sentence_start]):
        return None  # (no sentence before within reach, or one that quotes someone)
    opening = SentenceCues(text, before, sentence_start, pack).body_opening()
    if opening:
        return opening
    kind = pack.expanded(_KIND_OPENING, "a body opening a sentence", 0).match(text, before, sentence_start)
    return kind.group("kind") if kind else None


# a bold label opening its block or sentence, a list's marker aside (a timeline's date: "**June 2019.**", "- **8
# March, 23:15** —"), then the entry it dates, opening at a letter; an entry told as a body's opens "According to"
_LABEL_BEFORE = regex.compile(r"[^\S\r\n]*(?:[-*+][^\S\r\n]+)?(?:\*\*|__)(?P<lead>(?:(?!\*\*|__)[^\r\n]){0,40})")
_LABEL_THEN_ENTRY = regex.compile(r"(?P<rest>(?:(?!\*\*|__)[^\r\n]){0,40}?)(?:\*\*|__)[.:]?"
                                  r"[^\S\r\n]*(?:[—–-][^\S\r\n]*)?(?=\p{L})")
_ACCORDING_TO = regex.compile(r"[Aa]ccording[^\S\r\n]+to\b")
_LABEL_WORD = regex.compile(r"\p{L}{2,}")
# The most words a label may hold besides its value ("Late April 2022", "Spring 2023", "2021 and 2022"): a sentence in
# bold is none ("**In June 2019, 40 people died.**")
MAX_LABEL_WORDS = 2
# How far after the label the credit's body is read (characters)
LABEL_CREDIT_REACH = 200


def entry_after_label(text: str, start: int, end: int, lo: int, hi: int) -> int | None:
    """Where the entry starts that a bold label holding text[start:end], opening text[lo:hi], dates ("- **2011** –
    Barvik opens his first depot, according to his sister."); None for a value in no such label."""
    before = _LABEL_BEFORE.fullmatch(text, lo, start)
    after = _LABEL_THEN_ENTRY.match(text, end, hi) if before is not None else None
    if after is None:
        return None
    words = len(_LABEL_WORD.findall(before.group("lead"))) + len(_LABEL_WORD.findall(after.group("rest")))
    return after.end() if words <= MAX_LABEL_WORDS else None


def entry_label_credit(text: str, start: int, end: int, lo: int, hi: int) -> int | None:
    """Where "According to" opens the entry that a bold label holding text[start:end] dates ("**June 2019.** According
    to the inspectorate, the inflated counts begin."), the label opening text[lo:hi]; None for a value in no such
    label."""
    at = entry_after_label(text, start, end, lo, hi)
    return at if at is not None and _ACCORDING_TO.match(text, at, hi) else None


def label_credit(text: str, start: int, end: int, block_start: int, block_end: int, pack) -> str | None:
    """The body credited with a value in a bold label that opens its block, by the entry after the label: in "**June
    2019.** According to the inspectorate, the inflated counts begin." the date is the inspectorate's, as the
    entry is."""
    at = entry_label_credit(text, start, end, block_start, block_end)
    if at is None:
        return None
    return next((name for cue_start, _, name, _ in SentenceCues._find_bodies(
        text, at, min(block_end, at + LABEL_CREDIT_REACH), pack) if cue_start == at), None)
