"""Whose term a term is (in custody, or a ban): the one person its sentence names before it.

Sources that disagree on a sentence seldom word it alike ("sentenced the former chief engineer ... to six
years", "sent Tomas Vell ... to prison for seven years"), but they name the person. A build groups two
sources' terms of one person as one point (lint/build.py), whatever else their sentences say, and never
two persons' terms; the linter judges a draft's term on its person's terms (lint/engine.py).

A person is a name of two capitalised words whose last word stands alone elsewhere ("sought 11 years for
Hollan", "Hollan will appeal"), or a name set off by an age ("Halvass, 58,"): a company ("Corvan Medical
Supply") seldom has its last word alone. Not a person: one named with a title of the case's officials
("judge Anna Keller", "his lawyer, Petra Novak"). Two persons of one surname ("Dario Veles", "Mirela
Veles") are known by their full names.

A term's holder is the one person named between the term before it (or its sentence's start) and it, or,
with no one there, the holder of the term before it ("was sentenced to four years and banned from public
office for six years"; not "..., and his deputy was given six years");
with no one named in its sentence, the one named in the sentence before ("Corin Halvass ... was
convicted. He was sentenced to seven years"); with "He", "She" or "him" and no one there, the one person
named in the text before it (a court's "He was sentenced to ..." after the list of his charges), unless two
are, or someone unnamed came in since ("Another official ... was convicted."). Two persons named ("Hollan
and Sorvik were each sentenced to ..."), a sentence about someone unnamed ("Meanwhile an inspector faces
four years"), a possessor ("the inspectors on Borek's payroll got five years"), or a term asked for
("sought 11 years for Hollan and seven for Sorvik", "the 11 years sought by prosecutors"), give none. A term
asked for is never grouped with one given.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import regex

from lint.cues import LIST_ITEM_LINE
from lint.model import LENGTHLESS_PENALTIES, Claim, Figure, Penalty, Topic
from lint.source import QUESTION_LINE

# a capitalised name word: "Hollan", "Novak-Ruiz", "O'Brien", "McGrath"
_WORD = r"(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?"
# a name of exactly two capitalised words: "Radek Hollan", not "Corvan Medical Supply" or "Lissa Basin"
_NAME_PAIR = regex.compile(rf"(?<![\p{{L}}'’-]|\p{{Lu}}[\p{{L}}'’-]*[^\S\r\n]+)({_WORD})[^\S\r\n]+({_WORD})"
                           rf"(?![\p{{L}}'’-]|[^\S\r\n]+\p{{Lu}})")
# a capitalised word alone, after a lowercase word that is not an article ("the Bay", "its Chamber"), or
# opening a sentence before a person's verb, or owning something: "sought 11 years for Hollan", "said Vell",
# "Vell was convicted", "said Sork's lawyer"; not "Timber trafficking rose" or "Pharma sales fell"
_ARTICLES = r"(?:the|a|an|its|this|that|their|his|her|our|of)\b"
# what only a person has, after a possessive: "said Sork's lawyer" (not "Orlek's villagers", "Corvan's profits")
_PERSONS_OWN = (r"['’]s[^\S\r\n]+(?:own[^\S\r\n]+)?(?:lawyers?|attorneys?|counsel|defen[cs]e|wife|husband|partner"
                r"|family|son|daughter|mother|father|sentence|conviction|appeal|arrest|trial|testimony)\b")
_ALONE_SOURCE = (rf"(?:(?<=(?<![\p{{L}}'’-])(?!{_ARTICLES})\p{{Ll}}+,?[^\S\r\n]+)({_WORD})"
                 rf"(?={_PERSONS_OWN}|(?![\p{{L}}'’-]|[^\S\r\n]+\p{{Lu}}))"
                 rf"|(?<=^|[.!?][\"”’)]*\s+)({_WORD})(?={_PERSONS_OWN}|[^\S\r\n]+{{{{person_verbs}}}}\b)"
                 # ... or in a list of names: "The defendants Holm, Meskar, Okkar and Tavic"
                 rf"|(?<=(?<![\p{{L}}'’-]){_WORD},[^\S\r\n]+)({_WORD})(?=,[^\S\r\n]|[^\S\r\n]+and[^\S\r\n]))")
# a title before a surname, not a first name: "Mr Kelemet"
_HONORIFIC = regex.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady)\.?")
# a name set off by an age: "Halvass, 58," (not "Kesaria, 45,000"), "**Ilja Perun** (39)" in a court's list (not
# "Corvan Timber (14)", a count after a company)
_AGED = regex.compile(rf"(?<![\p{{L}}'’-])({_WORD}),[^\S\r\n]*\d{{2}},(?!\d)"
                      rf"|(?:\*\*|__)(?!(?:The|A|An|This|That|Its|Their|His|Her|Our|In|Of)\b){_WORD}"
                      rf"[^\S\r\n]+({_WORD})(?:\*\*|__)[^\S\r\n]*\(\d{{2}}\)")
# a sentence's end: a stop after a word or a number, then a capital ("Art. 42" goes on), or the text's end
_SENTENCE_END = regex.compile(r"(?<=[\p{Ll}\d)][.!?][\"”’)]*)\s+(?=[\"“‘]?\p{Lu})|(?<=[\p{Ll}\d)][.!?][\"”’)]*)$")
# a sentence about someone it does not name, not a person of the sentence before: "Meanwhile an inspector
# earning 2,100 veldars a month faces four years", "Another official ... was convicted" (not "In a statement,
# he ...", "A week later", "A regional court sentenced him")
_SOMEONE_NEW = regex.compile(r"\W*(?:(?!(?:In|On|At|By|For|With|From|After|Before|During|Under|Of)\b)"
                             r"\p{Lu}\p{Ll}+,?\s+)?(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+"
                             r"(?!(?:[\p{L}-]+\s+)?(?:court|judge|tribunal|panel|jury|chamber|week|month|year|day|"
                             r"few|number|total|further|sentence|term|verdict|ruling)s?\b)\p{Ll}")
# others brought in between two terms of a sentence: "..., and banned two managers for five years"
# (not a length: "a probation period of three years")
# (not what was counted against the person: "on the same two counts")
_OTHERS = regex.compile(r"\b(?:another|other|others|(?:two|three|four|five|six|several)"
                        r"(?!\s+(?:years?|months?|weeks?|days?|counts?|charges?|offen[cs]es?|crimes?)\b)"
                        r"|both|each|all|they|them|their)\b", regex.I)
# ... or someone with a subject of their own between them: "and his deputy was given six years", "the second
# defendant received", "an accomplice got", "Sorvik got"
_SUBJECT_BETWEEN = regex.compile(r"(?:\b(?:his|her|their|its|the|a|an|one)\s+(?:[\p{L}'’-]+\s+){0,3}?"
                                 r"|\b\p{Lu}\p{Ll}+\s+)(?:was|were|is|got|gets|received|receives|faces|face|serves|served|will)\b")
# where a sentence starts, in a run of text
_SENTENCE_START = regex.compile(r"(?:^|(?<=[.!?:][\"”’)*]*)\s+)(?=\S)")
# a name owning a thing, not given the term: "the two inspectors on Borek's payroll got five years each"; not
# the term itself: "Kordel's sentence of nine years", "Hollan's nine-year prison term"
_POSSESSIVE = regex.compile(rf"(?<![\p{{L}}'’-]){_WORD}['’]s?(?![\p{{L}}])"
                            r"(?!\s+(?:[\w-]+\s+){0,2}?(?:sentences?|terms?|bans?|punishments?|jail|prison)\b|\s*$)")
# a word owning what follows it: "the company's director"
_OWNER = regex.compile(r"(?<![\p{L}'’-])\p{L}+['’]s\b")
# a person named before: "He was sentenced to ...", "She received ...", "the court sent him to prison for"
_PRONOUN = regex.compile(r"\b(?:[Hh]e|[Ss]he|him)\b|\bher\b(?=\s+(?:to|for)\b|\s*$)")
# how far before a term's sentence its holder is looked for, when the sentence names no one (the sentence before)
_EARLIER_REACH = 600


def person_surnames(paragraphs: Iterable[str], pack, known: frozenset[str] = frozenset()) -> frozenset[str]:
    """The surnames of the persons the paragraphs name (and `known` ones), less those named as officials of
    the case ("judge Anna Keller", "his lawyer, Petra Novak"): they give or argue terms, they are not given
    them."""
    return PersonsNamed(paragraphs, pack).surnames(known)


class PersonsNamed:
    """The persons paragraphs name, read once (a draft's whole text, asked with two sets of known surnames)."""

    def __init__(self, paragraphs: Iterable[str], pack) -> None:
        non_names, name_ends, body_kinds = pack.words("non_names"), pack.words("name_ends"), pack.words("body_kinds")

        def plain(word: str) -> bool:
            return not (non_names.lookup(word) or name_ends.lookup(word) or body_kinds.lookup(word.lower()))

        self._plain = plain
        texts = list(paragraphs)
        alone_pattern = pack.expanded(_ALONE_SOURCE, "holders", flags=0)  # (case tells a name)
        alone = {m.group(1) or m.group(2) or m.group(3) for text in texts for m in alone_pattern.finditer(text)}
        found = {m.group(1) or m.group(2) for text in texts for m in _AGED.finditer(text)}
        officials = pack.word_pattern("case_officials")
        named_officials = set()
        first_names: dict[str, set[str]] = {}
        honoured = set()
        for text in texts:
            for m in _NAME_PAIR.finditer(text, overlapped=True):
                first, last = m.group(1), m.group(2)
                if _titled(text, m.start(), officials):
                    named_officials.add(last)
                    continue
                if _HONORIFIC.fullmatch(first):
                    honoured.add(last)  # "Ms Sork": a person, however seldom her surname stands alone
                elif plain(first):
                    first_names.setdefault(last, set()).add(first)
                    if last in alone and plain(last):
                        found.add(last)
        # a surname two persons share ("Dario Veles", "Mirela Veles") names neither alone: their full names do;
        # a word the texts also write lowercase is a title or a noun ("Mayor Hollan": "the mayor"), no first name
        titles = _written_lowercase({f for firsts in first_names.values() if len(firsts) > 1 for f in firsts}, texts)
        self._first_names = {last: firsts - titles for last, firsts in first_names.items()}
        found |= {last for last in honoured & self._first_names.keys() if plain(last)}
        self._found = found
        self._named_officials = named_officials
        self._shared = {w for w, firsts in self._first_names.items() if len(firsts) > 1}

    def first_names(self, surname: str) -> set[str]:
        """The first names the paragraphs give this surname ("Agata" of "Agata Osterlund")."""
        return self._first_names.get(surname, set())

    def surnames(self, known: frozenset[str] = frozenset()) -> frozenset[str]:
        """person_surnames of the paragraphs and `known`."""
        found = self._found | known
        full = {f"{first} {last}" for last in self._shared & found for first in self._first_names[last]}
        return frozenset({w for w in found - self._named_officials - self._shared if self._plain(w)} | full)


# a company's name: capitalised words ending in a company's word ("Kordal Lift Services Ltd", "Halvex Group")
_COMPANY_WORDS = r"Ltd|Limited|Inc|GmbH|plc|AG|SA|LLC|Group|Holdings|Company|Corporation|Corp"
_COMPANY_NAME = regex.compile(r"(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+)(?:[^\S\r\n]+\p{Lu}[\p{L}&'’.-]*){0,3}[^\S\r\n]+"
                              rf"(?:{_COMPANY_WORDS})\b\.?")
# the word after a company's first, where it is a word of its name and not the company's kind ("Power" of "Kelmar
# Power Systems Ltd", not "Ltd" of "Kestrin Ltd")
_SECOND_NAME_WORD = regex.compile(rf"[^\S\r\n]+(?!(?:{_COMPANY_WORDS})\b)(\p{{Lu}}[\p{{L}}'’-]+)")
# ... its first word standing alone as a name, not a thing's adjective or a place ("the Kordal case", "a court in
# Nordhavn"): "Kordal itself was fined", "Kordal's logbook", "fined Kordal"
# the words before a company's first word that make it a place or someone's employer, and the articles
_PLACE_WORDS = r"in|of|at|from|to|near|outside|inside"
_ARTICLE_WORDS = r"the|an?"
# (as written or opening a sentence: "the", "The", never "THE")
_NOT_A_NAME_BEFORE = r"(?<!\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in (
    _ARTICLE_WORDS + "|" + _PLACE_WORDS).split("|")) + r")[^\S\r\n])"
_ALONE = _NOT_A_NAME_BEFORE + r"(?<![\p{{L}}'’-])(?:{words})(?![\p{{L}}'’-]|[^\S\r\n]+\p{{Lu}})"


_WORD_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'’-]*)[^\S\r\n]+$")


def _inside_a_name(text: str, at: int, non_names) -> bool:
    """Does a capitalised word that opens no sentence stand right before `at` ("Ostrel Air", not "When Kordal")?"""
    m = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return m is not None and not (non_names is not None and non_names.lookup(m.group(1)))


def company_names(paragraphs: Iterable[str], persons: frozenset[str] = frozenset(), pack=None) -> frozenset[str]:
    """The first words of the companies the paragraphs name ("Kordal" of "Kordal Lift Services Ltd"), where that
    word stands alone elsewhere too, as a writer names the company after first naming it in full; not a person's
    surname ("Kestrin Dairy Holdings", named after Tomas Kestrin), nor a word that opens sentences ("The Halvex
    Group": non_names). A fine's holder may be one (term_holder)."""
    texts = list(paragraphs)
    non_names = pack.words("non_names") if pack is not None else None
    # (overlapped: "When Kordal Holdings ..." names Kordal, though "When" opens the first match; never a word
    # inside a name, "Air" of "Ostrel Air Group")
    names = [m for text in texts for m in _COMPANY_NAME.finditer(text, overlapped=True)
             if not _inside_a_name(text, m.start(), non_names)]
    firsts = {m.group(1) for m in names} - persons
    firsts = {w for w in firsts if not (non_names and non_names.lookup(w))}
    # a company named after a person ("Kelmar Power Systems Ltd", Bastian Kelmar its founder) goes by its first two
    # words ("Kelmar Power"): its first alone is the person
    namesakes = frozenset(f"{m.group(1)} {second.group(1)}" for m in names if m.group(1) in persons
                          and (second := _SECOND_NAME_WORD.match(m.group(), len(m.group(1)))) is not None)
    if not firsts:
        return namesakes
    # longest first; ties in alphabetical order, so that the pattern's text, and its compile cache entry
    # (lint/regex_cache.py), is the same in every run (a set's order changes with the hash seed)
    ordered = sorted(firsts, key=lambda w: (-len(w), w))
    alone = regex.compile(_ALONE.format(words="|".join(map(regex.escape, ordered))))
    return frozenset(m.group() for text in texts for m in alone.finditer(text)) | namesakes


def _written_lowercase(words: set[str], texts: list[str]) -> set[str]:
    """Those of the capitalised words that the texts also write in lowercase."""
    if not words:
        return set()
    by_lower = {w.lower(): w for w in words}
    # (sorted: the same pattern text, a compile cache hit, whatever order the set gives the words in)
    pattern = regex.compile(r"(?<![\p{L}'’-])(?:" + "|".join(map(regex.escape, sorted(by_lower))) + r")(?![\p{L}'’-])")
    return {by_lower[m.group()] for text in texts for m in pattern.finditer(text)}


def _titled(text: str, at: int, officials) -> bool:
    """Does an official's title stand right before the name at `at` ("judge Anna Keller", "Judge Keller",
    "whose lawyer is Petra Novak", "his lawyer, Petra Novak"), not "The judge sentenced Radek Hollan"?"""
    return any(_TITLE_GAP.fullmatch(text, m.end(), at) and not _FORMER.search(text, max(0, m.start() - 12), m.start())
               for m in officials.finditer(text, max(0, at - 40), at))


# "Former prosecutor Radek Hollan was sentenced": a title he held, not his part in the case
_FORMER = regex.compile(r"\b(?:former|ex-?)\s*$", regex.I)


_TITLE_GAP = regex.compile(r"(?:[^\S\r\n]+(?:is|was))?,?[^\S\r\n]+")


def is_term(value) -> bool:
    """An exact term a person may be given: in custody, a ban (for life too), or a fine."""
    return (isinstance(value, Penalty) and value.bound == "exact"
            and ((value.low is not None and value.type not in LENGTHLESS_PENALTIES) or value.type == "life-ban"))


def is_age(value) -> bool:
    """A person's age ("Keltunen, 58,", "the 71-year-old"): one number, whose person sources name as a term's."""
    return isinstance(value, Figure) and value.unit == "age" and value.low == value.high


def an_age_or_a_bare_number(value) -> bool:
    """An age, or a whole number of no unit and nothing counted that could be one ("describes the girl as 17", "make
    him 17, not 19")."""
    from lint.extract import MAX_AGE

    return is_age(value) or (isinstance(value, Figure) and value.unit == "count" and value.noun is None
                             and value.per is None and value.low == value.high and float(value.low).is_integer()
                             and 0 < value.low <= MAX_AGE)


# the person an age is set off after ("Keltunen, 58,", "Halvek, aged 56,", "Eirik Stalvang (58)", "Keszler, who is
# 61"), or told of with "is" or "was" ("Oskar Velde was 79,"), or whose age a record gives ("Malkin's age as 54"),
# markup aside (with the first name before it, if any: two persons of one surname are known by their full names)
_AGED_AFTER_NAME = regex.compile(rf"((?:{_WORD}[^\S\r\n]+)?{_WORD})[*_]{{0,2}}"
                                 rf"(?:,[^\S\r\n]*(?:(?:now|aged|who[^\S\r\n]+(?:is|was))[^\S\r\n]+"
                                 rf"(?:(?:now|only|just)[^\S\r\n]+)?)?|[^\S\r\n]*\("
                                 rf"|[^\S\r\n]+(?:is|was)[^\S\r\n]+(?:(?:now|only|just)[^\S\r\n]+)?"
                                 rf"|['’]s[^\S\r\n]+age[^\S\r\n]+(?:as|at)[^\S\r\n]+)[*_]*$")
# ... or the person it describes, right after it: "the 58-year-old Keltunen", "a 38-year-old nurse, Ines Marrow"
_NAMED_AFTER_AGE = regex.compile(rf"[*_]*[^\S\r\n]+(?:\p{{Ll}}+,?[^\S\r\n]+){{0,3}}?((?:{_WORD}[^\S\r\n]+)?{_WORD})\b")


def age_holder(claim: Claim, surnames: frozenset[str], text: str = "", before: int = 0) -> str | None:
    """The person an age is of: the one named right before it, set off ("Keltunen, 58,"), or right after it
    ("the 58-year-old Keltunen"); None where no known person is. Sources that disagree on an age name the person,
    as they do a term's holder, whatever else their sentences say. `text` up to `before` (the claim's sentence's
    start): where a surname two persons share ("Barvik, 56,") is the one last named in full."""
    at = claim.start - claim.sentence_start
    aged = _AGED_AFTER_NAME.search(claim.sentence, max(0, at - 60), at)
    named = _surnames_in(aged.group(1), surnames) if aged else []
    if not named and aged:
        named = _last_named_in_full(aged.group(1), surnames, text, before)
    if not named:
        after = _NAMED_AFTER_AGE.match(claim.sentence, at + len(claim.text))
        named = _surnames_in(after.group(1), surnames) if after else []
    if not named and _ROLE_OPENING_AGED.fullmatch(claim.sentence, 0, at):
        # "Teodor Malvik spent thirty-one years ... The retired railway signalman, 57, liked to say ...": the one
        # person the sentence before names; not one whose age it gave ("Ana Berg, 31, was killed ... The driver, 44,
        # was not hurt": someone else)
        earlier = _earlier(claim)
        named = [] if _AN_AGE_SET_OFF.search(earlier) else _surnames_in(earlier, surnames)
    if not named and (_PRONOUN_BEFORE_AGE.search(claim.sentence, max(0, at - 40), at)
                      or _PRONOUNS_AGE.match(claim.text)):
        # "He turned 56 in January", "which would make him 63": the one person named before, in this sentence or
        # the one before it
        told = _earlier(claim) + " " + claim.sentence[:at]
        # (not past someone else named by their relation to the person: "Vell was arrested with his wife. She turned
        # 44", whose age is not his)
        named = [] if _A_RELATION.search(told) else _pronouns_person(told, surnames)
        if named and " " in named[0] and told.count(named[0].rsplit(" ", 1)[1]) > told.count(named[0]):
            named = []  # "Barvik, 56, opened ..., according to his sister, Helka Barvik. He turned 56": which Barvik?
    return named[0] if len(named) == 1 else None


def _last_named_in_full(name: str, surnames: frozenset[str], text: str, before: int) -> list[str]:
    """The person a bare surname is, where two persons share it and are known by full names: the one of them named
    in full last before `before` in the text."""
    full = [f for f in surnames if f.endswith(" " + name)] if " " not in name else []
    last = max(((text.rfind(f, 0, before), f) for f in full), default=(-1, ""))
    return [last[1]] if last[0] >= 0 else []


# someone named by their relation to another: "his wife", "her brother", "their son"
_A_RELATION = regex.compile(r"\b(?:his|her|their)[^\S\r\n]+(?:wife|husband|son|daughter|sister|brother|mother|father"
                            r"|partner|children|child|colleague|deputy|lawyer|friend|neighbour|neighbor)\b", regex.I)
# a pronoun the age is told of: "He turned 56", "she was 41 when"; "would make him 63", an age's own words
_PRONOUN_BEFORE_AGE = regex.compile(r"(?<![\p{L}'’-])(?:(?:He|She|he|she)[^\S\r\n]+(?:\p{Ll}+[^\S\r\n]+){0,3}"
                                    r"|(?:his|her)[^\S\r\n]+age[^\S\r\n]+(?:as|at)[^\S\r\n]+)$")
_PRONOUNS_AGE = regex.compile(r"(?:make|makes|made|making)[^\S\r\n]+(?:him|her)\b")


# an age set off in a sentence: "Ana Berg, 31, was killed", "Halvek, aged 56,"
_AN_AGE_SET_OFF = regex.compile(r",[^\S\r\n]*(?:aged[^\S\r\n]+)?[*_]*\d{2}[*_]*,")


# a sentence opening with a person's role, set off by an age: "The retired railway signalman, 57,"
_ROLE_OPENING_AGED = regex.compile(r"[\"“‘*_]*(?:The|the)[^\S\r\n]+(?:\p{Ll}[\p{Ll}-]*[^\S\r\n]+){0,4}\p{Ll}[\p{Ll}-]*,"
                                   r"[^\S\r\n]*(?:aged[^\S\r\n]+)?[*_]*")


def term_holder(claim: Claim, surnames: frozenset[str], pack, since: int = 0, text_before: str = "",
                previous: str | None = None, companies: frozenset[str] = frozenset()) -> str | None:
    """The surname of the person an exact term was given to, if its sentence (or the one before) names
    one, and only one, since the term before it in its sentence (`since`: where that term ends, an offset
    of the sentence); None for any other claim, and for a term asked for ("sought 11 years for Hollan",
    "the 11 years sought by prosecutors"). `text_before`: the text before the claim's sentence, where "He",
    "She" or "him" before it finds its person; `previous`: the holder of the term before it in its sentence, whose
    the term is where no one else comes in between ("was sentenced to four years and banned from public office
    for five years")."""
    if not (surnames or companies) or not is_term(claim.value):
        return None
    if asked_term(claim, pack, since):
        return None
    before = claim.sentence[: max(claim.start - claim.sentence_start, 0)]
    # a term of a list, its person after it: "sentences of 11 years for Venn, eight years for Lunde"
    listed = _FOR_A_PERSON_AFTER.match(claim.sentence, max(claim.end - claim.sentence_start, 0))
    if listed is not None:
        named = _surnames_in(listed.group(1), surnames)
        if len(named) == 1:
            return named[0]
    own = before[since:]  # since the term before it: "..., and Milena Sorvik to three years"
    pronoun = _PRONOUN.search(own)
    unowned = _POSSESSIVE.sub("", own)  # "the two inspectors on Borek's payroll got five years": not Borek's
    names = _surnames_in(unowned, surnames)
    if not names and unowned != own:
        owners = _surnames_in(own, surnames)
        if owners and not pronoun:
            return None  # someone of Borek's, not Borek of the sentence before
        names = owners  # "Hollan's appeal was rejected, and he must serve eight years": his own
    if not names and companies and claim.value.type == "fine":
        # "Kordal itself was fined 4.2 million", "fined Kordal Lift Services Ltd 4.2 million", "..., and Vesta
        # 1.5 million": a company's fine
        firms = _companies_in(unowned, companies)
        if len(firms) == 1:
            return firms[0]
    if not names and _namesake_in(own, surnames) and not (pronoun and claim.value.type not in ("fine", "ban")):
        # (but a prison term is no company's: "the Halvenstad District Court ... sentenced him to"; a ban may be)
        return None  # "Kestrin Dairy Holdings was fined ...": the company named after him, not he
    if not names and since and previous and not _names_someone(own, pack) and not _OTHERS.search(own) \
            and not _SUBJECT_BETWEEN.search(own):
        return previous  # "Brantner was sentenced to four years and banned from public office for five years"
    if not names and not since and not pronoun and _another_subject(own, pack):
        return None  # "Kordal itself was fined ...": the sentence's own subject, not the person of the one before
    # "The director was given ...": a term is a person's; a fine may be a company's ("The airline was fined ...", "The
    # company he founded was fined ...")
    # (not whose someone is: "As the company's director he was fined")
    a_company = claim.value.type == "fine" and pack.word_pattern("fined_bodies").search(_OWNER.sub("", own))
    if not names and not since and not _names_someone(before, pack) and (
            (pronoun and not a_company) or (not a_company and not _SOMEONE_NEW.match(own))):
        names = _surnames_in(_earlier(claim), surnames)  # "He was sentenced to ...", "The director was given ..."
        if not names and companies and claim.value.type == "fine" and claim.row_start is not None:
            firms = _companies_in(_earlier(claim), companies)  # a court's table row: "Kordal Lift Services Ltd | ..."
            if len(firms) == 1:
                return firms[0]
        if not names and pronoun and text_before:
            # "He" answering a question line that names one person ("**Can Kestrin run a business again?**" then
            # "No. He received a lifetime ban"), or after a list of charges, or a sentence naming no one: the one
            # person named before it
            names = _asked_about(text_before, surnames) or _pronouns_person(text_before[-_EARLIER_REACH:], surnames)
    return names[0] if len(names) == 1 else None  # two persons named ("Hollan and Sorvik were each ..."): whose?


def _namesake_in(text: str, surnames: frozenset[str]) -> bool:
    """Does the text name something after a person, their surname followed by other capitalised words?"""
    return any(m.group(1) in surnames and _IN_A_LONGER_NAME.match(text, m.end()) for m in _NAME_WORD.finditer(text))


def _pronouns_person(text: str, surnames: frozenset[str]) -> list[str]:
    """The one person `text` names, if no sentence after their last naming brings in someone unnamed
    ("Another official, whose name was withheld, was convicted."); two persons named give none (which of
    them "She" is the text does not say)."""
    named = _surnames_in(text, surnames)
    if len(named) != 1:
        return []
    last = max(m.end() for m in _NAME_WORD.finditer(text) if m.group(1) in named[0].split())
    after = text[last:]
    if any(_SOMEONE_NEW.match(after, m.end()) for m in _SENTENCE_START.finditer(after)):
        return []
    return named


# a term's person named right after it, in a list of terms: "..., eight years for Lunde and six years for Osterholt"
_FOR_A_PERSON_AFTER = regex.compile(rf"[^\S\n]+for[^\S\n]+((?:{_WORD}[^\S\n]+){{0,2}}{_WORD})(?![\p{{L}}'’-])")


# a question line (lint.source.QUESTION_LINE), then its answer's paragraph opening with the term's sentence, or
# with no more than a yes or no: "**Can Kestrin run a business again?**" then "No. He received ..."
_QUESTION_THEN_ANSWER = regex.compile(
    rf"(?:^|\n)[^\S\n]*{QUESTION_LINE}[^\S\n]*\n\s*\n"
    r"[^\S\n]*(?:(?:No|Yes|Not\s+yet|Never)\b[.,!]?[^\S\n]*)?\Z")


def _asked_about(text: str, surnames: frozenset[str]) -> list[str]:
    """The one person a question line right before the answer names (not a person of theirs: "What did
    Dovak's boss get?"), where the answer opens with the term's sentence."""
    found = _QUESTION_THEN_ANSWER.search(text)
    if found is None:
        return []
    named = _surnames_in(_POSSESSIVE.sub("", found.group("question")), surnames)
    return named if len(named) == 1 else []


# the body a fine was imposed by, named right after it ("fined ODL 1.5 million by the court")
_BY_WHOM = r"by[^\S\r\n]+(?P<who>[^,;.:()]{1,60})"  # (the body a deed was done by, up to its clause's end)
_IMPOSED_BY = regex.compile(r"[^\S\r\n]*,?[^\S\r\n]*" + _BY_WHOM)
# a verb of ordering a sum paid or taken: "ordered Akustel to pay", "awarded each family", "ordered the confiscation of"
_ORDERING = regex.compile(r"\b(?:ordered|orders|ordering|awarded|awards|awarding|directed|directs)\b", regex.IGNORECASE)
# a verb of fining, and "by" the body after it in a passive clause
_FINING = regex.compile(r"\b(?:fined|fines|fining|fine[^\S\r\n]+(?:the|it|them|him|her)\b|imposed|imposes|imposing)\b",
                        regex.IGNORECASE)
_BY_AFTER_THE_VERB = regex.compile(r"\b" + _BY_WHOM)
_BEEN = regex.compile(r"\b(?:was|were|is|are|be|been|being|get|got|gets)[^\S\r\n]+(?:\w+ly[^\S\r\n]+)?$",
                      regex.IGNORECASE)
_NO_OBJECT = regex.compile(r"[^\S\r\n]*(?:(?:a|an|about|some|nearly|almost|over|more[^\S\r\n]+than|up[^\S\r\n]+to"
                           r"|a[^\S\r\n]+total[^\S\r\n]+of|a[^\S\r\n]+record)[^\S\r\n]+)*"
                           r"(?:\p{Lu}{2,4}[^\S\r\n]*|\p{Sc})?\d")
_OWNS = regex.compile(r"['’]s?\b")
_A_FINES_KIND = regex.compile(r"\b(?:fines?|penalty)\b", regex.IGNORECASE)
# how far before the verb of fining or ordering (or, with none, before the fine's end) its imposer may be named ("the
# Lessport District Court fined Aerolynx Parcel Systems DLN 1.8 million")
IMPOSER_WINDOW = 90


def imposer_of(claim: Claim, pack, publisher: str = "") -> str:
    """"court" or "regulator": who the clause of a fine, or of a sum ordered paid, or its table row's label, names as
    imposing it (the rules' fine_imposers: "the District Court fined Aerolynx DLN 1.8 million", "| Administrative fine
    | DLN 1.2 million |", "The court ordered Akustel to pay ODL 1,500 to each patient"), right after it ("fined ODL 1.5
    million by the court and ODL 1.8 million by the Agency"), else the nearest before its end: before the verb of
    fining or ordering where the clause has one, whose object is the body fined ("the court fined the State Agency DLN
    4.5 million"), but after "by" ("was fined by the Directorate"); else the kind of body that publishes it where that
    is a court, its own ("| Guilty | Fine of DLN 1.8 million |" in a court's summary; a regulator's review telling that
    "the company was fined 2.4 million" may tell the court's); "" for no fine or order, or none named."""
    value = claim.value
    end = max(claim.start - claim.sentence_start, 0) + len(claim.text)
    clause = claim.sentence[:end]
    clause = clause[clause.rfind(";") + 1 :]
    # (the verbs of fining and ordering in its clause, a chain of one subject's: "the court fined the Authority VMK 2.6
    # million and ordered it to pay VMK 380,000")
    verbs = sorted([*_FINING.finditer(clause), *_ORDERING.finditer(clause)], key=lambda m: m.start())
    if isinstance(value, Figure) and value.unit.startswith("currency:"):
        if not any(_ORDERING.fullmatch(m.group()) for m in verbs):
            return ""  # (a sum no one is ordered to pay: a loss, a budget, a price)
    elif not (isinstance(value, Penalty) and value.type == "fine"):
        return ""
    if (by := _IMPOSED_BY.match(claim.sentence, end)) is not None and (
            named_after := pack.word_pattern("fine_imposers").search(by.group("who"))) is not None:
        return named_after.lastgroup or ""
    imposers = pack.word_pattern("fine_imposers")
    verb = verbs[0] if verbs else None
    by = _BY_AFTER_THE_VERB.search(clause, verbs[-1].end()) if verbs else None
    # (passive: "was fined by the Directorate DLN 1.2 million", and the body before it the one fined; active: the body
    # fined follows the verb, "fined the State Agency DLN 4.5 million"; the fine's kind may stand anywhere: "imposed
    # a criminal fine of")
    if by is not None:
        named = list(imposers.finditer(by.group("who")))
    elif verb is not None:
        # (or the verb's object left out, as a headline leaves out "was": "authority fined VMK 2.6 million")
        passive = _BEEN.search(clause, 0, verb.start()) is not None or _NO_OBJECT.match(clause, verb.end()) is not None
        # (not a body owning something else: "who headed the Health Ministry's purchasing unit, was given seven years
        # and ordered to pay a fine of")
        named = [m for m in imposers.finditer(clause, max(0, verb.start() - IMPOSER_WINDOW))
                 if (m.end() <= verb.start() and not passive and not _OWNS.match(clause, m.end()))
                 or _A_FINES_KIND.search(m.group())]
    else:
        named = list(imposers.finditer(clause, max(0, len(clause) - IMPOSER_WINDOW)))
    if claim.row_start is not None and not named:
        # (a row's label names the fine's kind, "| Administrative fine |"; a body there is the one fined)
        named = [m for m in imposers.finditer(claim.paragraph.rpartition(" | ")[2]) if _A_FINES_KIND.search(m.group())]
    found = named[-1] if named else None
    if found is None and publisher:
        found = pack.word_pattern("fine_imposers").search(publisher)
        if found is not None and found.lastgroup != "court":
            found = None
    return (found.lastgroup or "") if found is not None else ""


def asked_term(claim: Claim, pack, since: int = 0) -> bool:
    """Was the term asked for, not given: "sought 11 years for Hollan", "the 11 years sought by
    prosecutors", and the terms after one asked for in its sentence ("sought 12 years for Kordel and seven
    years for Brantner")? `since`: as term_holder's."""
    at = max(claim.start - claim.sentence_start, 0)
    before = claim.sentence[:at]
    own = before[since:]
    after = claim.sentence[at + len(claim.text) :]
    if asked_in_clause(own, after, pack):
        return True
    return bool(since) and _asked_for(before, "", pack)


def asked_in_clause(before: str, after: str, pack) -> bool:
    """Does the clause around a term (its sentence's text before and after it) say it was asked for?"""
    return _asked_for(before[max(before.rfind(","), before.rfind(";")) + 1 :], after[: _clause_end(after)], pack)


def terms_since(claims) -> dict[int, int]:
    """id(claim) -> where the term before it in its sentence ends (an offset of the sentence), for each term
    with one before it."""
    out, last_end = {}, {}
    for claim in sorted(claims, key=lambda c: c.start):
        if not is_term(claim.value):
            continue
        if claim.sentence_start in last_end:
            out[id(claim)] = last_end[claim.sentence_start]
        last_end[claim.sentence_start] = claim.end - claim.sentence_start
    return out


# a sentence opening with a name of its own as its subject: "Kordal itself was fined", "Halvex Freight must pay"
_NAMED_SUBJECT = regex.compile(r"\W*(?:[Tt]he\s+)?(?P<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s+"
                               r"(?:itself|also|was|were|is|are|has|had|must|will|may|received|got|paid)\b")


def _another_subject(text: str, pack) -> bool:
    """Does the text (a sentence's start) open with a name that is its subject and no word of a sentence's
    opening ("Kordal itself was fined"), a company or a body the surnames do not know?"""
    m = _NAMED_SUBJECT.match(text)
    if m is None:
        return False
    non_names = pack.words("non_names")
    return not any(non_names.lookup(word) for word in m.group("name").split())


def _plain_name_pairs(text: str, pack):
    """The two capitalised words the text names someone by ("Aurel Menske"), neither a word that opens sentences
    (non_names) nor one that ends a law's or a body's name ("the Criminal Code": name_ends)."""
    non_names, name_ends = pack.words("non_names"), pack.words("name_ends")

    def plain(word: str) -> bool:
        return not (non_names.lookup(word) or name_ends.lookup(word))

    return (m for m in _NAME_PAIR.finditer(text, overlapped=True) if plain(m.group(1)) and plain(m.group(2)))


def named_persons(text: str, pack) -> list[str]:
    """The surnames of the persons the text names by two capitalised words (_plain_name_pairs)."""
    return list(dict.fromkeys(m.group(2) for m in _plain_name_pairs(text, pack)))


def _names_someone(text: str, pack) -> bool:
    """Does the text name a person of two capitalised words ("Sean O'Brien was jailed"), other than
    words that open sentences or say when ("On Monday he was"), or a judge by their title ("Presiding judge
    Marek Oslund also barred him": the judge gives the term, "him" is given it)?"""
    judge_before = pack.expanded(r"(?:{{judging_titles}})[^\S\r\n]+$", "a judge's title before a name", 0)
    return any(not judge_before.search(text, max(0, m.start() - 40), m.start()) for m in _plain_name_pairs(text, pack))


# between a demand and a word of sentencing, the word as the demand's object: "sought sentences of 14 years for Strand"
_DEMANDS_OBJECT = regex.compile(r"\s+(?:(?:the|prison|jail|custodial)\s+)?")


def _demands_object(text: str, asked: list[int], at: int) -> bool:
    """Is the word of sentencing at `at` the object of the demand ending last before it ("sought sentences of")?
    (Only the nearest demand can stand right before it: one look each, not one per demand.)"""
    nearest = bisect.bisect_right(asked, at) - 1
    return nearest >= 0 and _DEMANDS_OBJECT.fullmatch(text, asked[nearest], at) is not None


def _asked_for(before: str, after: str, pack) -> bool:
    """Does the term's clause say it was asked for, not given: "sought 11 years for Hollan", "the 11 years
    sought by prosecutors"; not "asked for 11 years but the court sentenced Hollan to seven years"?"""
    demands = pack.word_pattern("term_demands")
    asked = [m.end() for m in demands.finditer(before)]
    given = [m.end() for m in pack.word_pattern("court_sentence_words").finditer(before)
             if not _demands_object(before, asked, m.start())]
    if demands.search(after):  # "the 11 years sought by prosecutors"; not "sentenced to nine years, as requested"
        return not given or (bool(asked) and asked[-1] > given[-1])
    return bool(asked) and (not given or asked[-1] > given[-1])


def _clause_end(text: str) -> int:
    m = regex.search(r"[,;:.!?]", text)
    return m.start() if m else len(text)


def _earlier(claim: Claim) -> str:
    """The sentence before the claim's in its paragraph (in a table, the row's cells before it)."""
    paragraph, sentence = claim.paragraph, " ".join(claim.sentence.split())
    offset = paragraph.find(sentence) if sentence else -1
    if offset <= 0:
        return ""
    earlier = paragraph[max(0, offset - _EARLIER_REACH) : offset]
    if claim.row_start is not None:
        return earlier
    ends = [m.end() for m in _SENTENCE_END.finditer(earlier.rstrip())]
    return earlier[ends[-2] if len(ends) >= 2 else 0 :]


def _companies_in(text: str, companies: frozenset[str]) -> list[str]:
    """The distinct companies the text names, by their first word, alone or in full: as a name, not a thing's
    adjective or a place ("In the Kordal case", "a court in Nordhavn")."""
    found = [(m.start(), m.end(), m.group(1)) for m in _NAME_WORD.finditer(text) if m.group(1) in companies]
    # ... and a company named after a person, by its first two words ("Kelmar Power")
    found += [(m.start(), m.end(), name) for name in companies if " " in name
              for m in regex.finditer(rf"(?<![\p{{L}}'’-]){regex.escape(name)}(?![\p{{L}}'’-])", text)]
    return list(dict.fromkeys(name for start, end, name in sorted(found)
                              if not _A_PLACE_BEFORE.search(text, 0, start)
                              and not (_AN_ARTICLE_BEFORE.search(text, 0, start) and _A_NOUN_AFTER.match(text, end))))


# a word right before a company's name that makes it a place or someone's employer ("a court in Nordhavn", "the
# director of Kordal Lift Services"); an article before it, with a noun after, a thing's adjective ("the Kordal
# case"), not the company's full name ("The Halvex Group")
_A_PLACE_BEFORE = regex.compile(rf"\b(?:{_PLACE_WORDS})[^\S\r\n]+$", regex.I)
_AN_ARTICLE_BEFORE = regex.compile(rf"\b(?:{_ARTICLE_WORDS})[^\S\r\n]+$", regex.I)
_A_NOUN_AFTER = regex.compile(r"[^\S\r\n]+\p{Ll}")


def _surnames_in(text: str, surnames: frozenset[str]) -> list[str]:
    """The distinct persons named in the text (by surname, or by full name where `surnames` has it), the one
    first named latest first."""
    out: list[str] = []
    previous = None
    for m in _NAME_WORD.finditer(text):
        word = m.group(1)
        joined = text[previous.end() : m.start()] if previous is not None else ""
        full = f"{previous.group(1)} {word}" if previous is not None and joined.isspace() and "\n" not in joined else ""
        key = full if full in surnames else word if word in surnames else None
        if key is not None and _IN_A_LONGER_NAME.match(text, m.end()):
            key = None  # "Kestrin Dairy Holdings": a company named after him, not the man
        if key is not None and key not in out:
            out.append(key)
        previous = m
    return out[::-1]


_NAME_WORD = regex.compile(rf"(?<![\p{{L}}'’-])({_WORD})(?![\p{{L}}-])")
# a capitalised word right after a surname, on its line: the surname is part of a longer name ("Kestrin
# Dairy Holdings"); not a day or a month ("sentenced Hollan Monday to nine years", US wire style)
_IN_A_LONGER_NAME = regex.compile(
    r"[^\S\r\n]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May"
    r"|June|July|August|September|October|November|December)\b)\p{Lu}\p{Ll}")


@dataclass(frozen=True)
class DraftNames:
    """Who a draft's whole text names, as its terms' holders are looked up (draft_names): read once per draft, and
    given to each part of a draft linted in parts, which would otherwise each read the whole text again."""

    persons: frozenset[str]  # the persons' surnames (or full names, where two share a surname)
    companies: frozenset[str]  # the companies (company_names) that are not persons
    # a surname the sources know only in full ("Radek Osterlund": his sister shares it) -> that full name, where
    # the sources gave terms to one person of that name and the draft names no one else of it ("Agata Osterlund")
    known_in_full: Mapping[str, str]


def draft_names(text: str, known: frozenset[str], pack) -> DraftNames:
    """The persons and companies a draft's text names, beside `known`, the persons the reference's sources gave
    terms to ("Hollan was given nine years")."""
    # (the sources' holders are companies too: a company the draft names is no person, one named after a person
    # the draft names is the person)
    named = PersonsNamed([text], pack)
    companies = company_names([text], named.surnames(), pack)
    persons = named.surnames(known - companies)
    full: dict[str, list[str]] = {}
    for name in known:
        if " " in name:
            full.setdefault(name.rsplit(" ", 1)[1], []).append(name)
    known_in_full = {surname: names[0] for surname, names in full.items()
                     if len(names) == 1 and named.first_names(surname) <= {names[0].rsplit(" ", 1)[0]}}
    return DraftNames(persons, companies - persons, known_in_full)


def draft_holders(claims: list[Claim], text: str, known: frozenset[str], pack,
                  names: DraftNames | None = None) -> dict[int, str]:
    """id(claim) -> the surname of the person each of a draft's terms was given to: persons the
    draft's text names (all of it, though `claims` be a part's), or that the reference's sources gave terms
    to (`known`); and the company a fine was given to, one the draft names in full and by its first word
    (company_names). `names`: draft_names(text, known, pack), where the caller has it already."""
    if not any(isinstance(c.value, Penalty) or is_age(c.value) for c in claims):
        return {}
    names = draft_names(text, known, pack) if names is None else names
    found = holders_of(claims, names.persons, pack, text, companies=names.companies)
    return {key: names.known_in_full.get(holder, holder) if holder not in known else holder
            for key, holder in found.items()}


def holders_of(claims, surnames: frozenset[str], pack, text: str,
               since: dict[int, int] | None = None, companies: frozenset[str] = frozenset()) -> dict[int, str]:
    """id(claim) -> the holder of each of the claims that is a term given to one person (term_holder), the
    terms of a sentence read in order: each after the one before it. `since`: terms_since(claims), where
    the caller has it already."""
    since = terms_since(claims) if since is None else since
    out: dict[int, str] = {}
    last: dict[int, str | None] = {}  # sentence start -> the holder of its last term read
    for claim in sorted(claims, key=lambda c: c.start):
        if is_age(claim.value):
            if (holder := age_holder(claim, surnames, text, claim.sentence_start)) is not None:
                out[id(claim)] = holder
            continue
        if not is_term(claim.value):
            continue
        after = since.get(id(claim), 0)
        holder = term_holder(claim, surnames, pack, after, text_before(text, claim),
                             last.get(claim.sentence_start) if after else None, companies)
        if holder is None and not after:
            holder = _entry_labels_person(text, claim.start, surnames, claim.value.type == "fine")
        last[claim.sentence_start] = holder
        if holder is not None:
            out[id(claim)] = holder
    return out


# a line whose bold label opens it ("**Mirela Danst (54), former head of the registry**")
_BOLD_LABEL_LINE = regex.compile(r"[^\S\r\n]*(?:\*\*|__)(?P<label>[^*_\r\n]{2,120})(?:\*\*|__)")
# ... whose label opens with a person's full name, after a lead of its own at most ("**Mirela Danst (54), ...**",
# "**Second defendant: Ilse Marrow (46), ...**"; not "**Reaction from mayor Ana Berg**")
_PERSONS_LABEL = regex.compile(rf"(?:[\p{{L}}\d ]{{1,30}}:[^\S\r\n]*)?{_WORD}[^\S\r\n]+{_WORD}\b")
# a list item that gives a sentence under its own label, naming no other subject ("- Sentence: **6 years'
# imprisonment**", "- **Sentence (each):** ..."; not "- Her deputy was jailed for 3 years."), or a count's verdict and
# its term ("- Guilty of negligent homicide, **Article 212(2)** of the Criminal Code: **4 years' imprisonment**",
# "- Total: **4 years and 6 months' imprisonment**")
_SENTENCE_ITEM = regex.compile(LIST_ITEM_LINE.pattern + r"[*_]*"
                               r"(?:(?:Sentences?|Fines?|Bans?|Penalt(?:y|ies)|Punishments?|Terms?|Prison|Imprisonment"
                               r"|Disqualification|Total|Aggregate)\b[^:\r\n]{0,30}"
                               r"|(?:Guilty|Convicted)\b[^:\r\n]{0,160}):")
# How many lines of its list a term's item may stand below the label that names whose the terms are.
LABEL_REACH_LINES = 12


def _entry_labels_person(text: str, at: int, surnames: frozenset[str], fine: bool = False) -> str | None:
    """The one person named by the bold label above the entry a term is in: a court's entry for each defendant
    ("**Mirela Danst (54), former head of the registry**" then "- Sentence: **6 years' imprisonment**; ..."; or
    "**Teodor Halvik**" above a table of counts and "Aggregate sentence ...: **9 years' imprisonment**"). Only a list
    item that gives a sentence under its own label, or a line below the label's table that names no one itself, with
    only such lines and table rows between it and the label; not a label naming two ("**Anton Brisk and Helena
    Todt**") or opening with no name ("**Reaction from mayor Ana Berg**"), nor one above another paragraph of a list
    item or a person. A table's row is one count's term, and a `fine` below the table one of several ("a fine of
    60,000 under Article 38, bringing the total fine to 180,000"): neither is the person's whole sentence."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    own = text[start : end if end >= 0 else len(text)]
    item = _SENTENCE_ITEM.match(text, start, at) is not None
    if not item and (fine or own.lstrip().startswith("|") or LIST_ITEM_LINE.match(own)
                     or _BOLD_LABEL_LINE.match(own) or _names_a_person(own, surnames)):
        return None  # (a line opening with a name in bold names its own person: "**Lio Varnath** is sentenced to")
    for _ in range(LABEL_REACH_LINES):
        if start == 0:
            return None
        start = text.rfind("\n", 0, start - 1) + 1
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)]
        if not line.strip() or (LIST_ITEM_LINE.match(line) if item else _an_entrys_line(line, surnames)):
            continue
        label = _BOLD_LABEL_LINE.match(line)
        if label is None or not _PERSONS_LABEL.match(label.group("label")) or (
                not item and line[label.end():].strip()):
            return None  # (below the table, a label on a line of its own: not "**Edrin Maskell** is sentenced to")
        named = _surnames_in(label.group("label"), surnames)
        return named[0] if len(named) == 1 else None
    return None


def _an_entrys_line(line: str, surnames: frozenset[str]) -> bool:
    """A line of a defendant's entry below its label: a table row, or a line naming no one ("Ancillary orders: ...");
    not a heading or a label of its own."""
    stripped = line.lstrip()
    if stripped.startswith("|"):
        return True
    return (not stripped.startswith("#") and _BOLD_LABEL_LINE.match(line) is None
            and not _names_a_person(line, surnames))


def _names_a_person(line: str, surnames: frozenset[str]) -> bool:
    return bool(surnames) and bool(_surnames_in(line, surnames))


def text_before(text: str, claim: Claim) -> str:
    """The text a term's pronoun ("He was sentenced to ...") may find its person in: before its sentence."""
    return text[max(0, claim.sentence_start - _EARLIER_REACH) : claim.sentence_start]


def another_persons_term(holder: str | None, topic: Topic) -> bool:
    """Is the topic the terms given to another person than `holder`?"""
    if holder is None:
        return False
    theirs = {rc.holder for rc in topic.claims if rc.holder}
    return bool(theirs) and not among_holders(holder, theirs)


def among_holders(holder: str, holders: Iterable[str]) -> bool:
    """Is the person one of these? A surname is the person named in full by it ("Vrell", "Tomas Vrell"), where a
    draft names in full whom its sources name by surname, or the reverse; two full names are two persons ("Mirela
    Dask", "Ivan Dask")."""
    return any(holder == h or (" " not in holder and h.endswith(" " + holder))
               or (" " not in h and holder.endswith(" " + h)) for h in holders)
