"""Whose prison term a term is: the person its sentence names nearest before it.

Sources that disagree on a sentence seldom word it alike ("sentenced the former chief engineer ... to six
years", "sent Tomas Vell ... to prison for seven years"), but they name the person. A build groups two
sources' terms of one person as one point (lint/build.py), whatever else their sentences say.

A person is a name of two capitalised words whose last word stands alone elsewhere in the sources ("sought
11 years for Hollan"), or a name set off by an age ("Halvass, 58,"): a company ("Corvan Medical Supply")
seldom has its last word alone. A term's holder is the last such surname before it in its sentence; with
none there, the last in the sentence before ("Corin Halvass ... was convicted. He was sentenced to seven
years"). A term the prosecution asked for ("sought 11 years for Hollan") has no holder: it is no
sentence of his.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from lint.model import Claim, Penalty, Topic

_WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
# a name of exactly two capitalised words: "Radek Hollan", not "Corvan Medical Supply" or "Lissa Basin"
_NAME_PAIR = regex.compile(rf"(?<![\p{{L}}'’-]|\p{{Lu}}[\p{{L}}'’-]*[^\S\r\n]+)({_WORD})[^\S\r\n]+({_WORD})"
                           rf"(?![\p{{L}}'’-]|[^\S\r\n]+\p{{Lu}})")
# a capitalised word opening a sentence or after a lowercase word that is not an article ("the Bay", "its
# Chamber"), with no capitalised word after it: "sought 11 years for Hollan", "said Vell", "Vell was"
_ARTICLES = r"(?:the|a|an|its|this|that|their|his|her|our|of)\b"
_ALONE = regex.compile(rf"(?:(?<=(?<![\p{{L}}'’-])(?!{_ARTICLES})\p{{Ll}}+,?[^\S\r\n]+)|(?<=^|[.!?][\"”’)]*\s+))"
                       rf"({_WORD})(?![\p{{L}}'’-]|[^\S\r\n]+\p{{Lu}})")
_AGED = regex.compile(rf"(?<![\p{{L}}'’-])({_WORD}),[^\S\r\n]*\d{{2}},")
# a sentence's end: a stop after a word or a number, then a capital ("Art. 42" goes on), or the text's end
_SENTENCE_END = regex.compile(r"(?<=[\p{Ll}\d)][.!?][\"”’)]*)\s+(?=[\"“‘]?\p{Lu})|(?<=[\p{Ll}\d)][.!?][\"”’)]*)$")


def person_surnames(paragraphs: Iterable[str], pack) -> frozenset[str]:
    """The surnames of the persons the paragraphs name."""
    non_names, name_ends, body_kinds = pack.words("non_names"), pack.words("name_ends"), pack.words("body_kinds")

    def plain(word: str) -> bool:
        return not (non_names.lookup(word) or name_ends.lookup(word) or body_kinds.lookup(word.lower()))

    texts = list(paragraphs)
    alone = {m.group(1) for text in texts for m in _ALONE.finditer(text)}
    found = {m.group(1) for text in texts for m in _AGED.finditer(text)}
    for text in texts:
        for m in _NAME_PAIR.finditer(text, overlapped=True):
            if m.group(2) in alone and plain(m.group(1)) and plain(m.group(2)):
                found.add(m.group(2))
    return frozenset(w for w in found if plain(w))


def term_holder(claim: Claim, surnames: frozenset[str], pack) -> str | None:
    """The surname of the person an exact prison term was given to, if its sentence (or the one before)
    names one; None for any other claim, and for a term asked for."""
    value = claim.value
    if not surnames or not (isinstance(value, Penalty) and value.bound == "exact" and value.low is not None
                            and value.type not in ("fine", "death", "life")):
        return None
    at = max(claim.start - claim.sentence_start, 0)
    before = claim.sentence[:at]
    clause = before[max(before.rfind(","), before.rfind(";")) + 1 :]
    if pack.word_pattern("term_demands").search(clause):
        return None
    holder = _last_surname(before, surnames)
    if holder is None:
        offset = claim.paragraph.find(claim.sentence)
        earlier = claim.paragraph[:offset] if offset > 0 else ""
        if claim.row_start is None:  # in prose, the sentence before; in a table, the row's cells before
            ends = [m.end() for m in _SENTENCE_END.finditer(earlier.rstrip())]
            earlier = earlier[ends[-2] if len(ends) >= 2 else 0 :]
        holder = _last_surname(earlier, surnames)
    return holder


def _last_surname(text: str, surnames: frozenset[str]) -> str | None:
    last, where = None, -1
    for m in regex.finditer(rf"(?<![\p{{L}}'’-])({_WORD})(?![\p{{L}}-])", text):
        if m.group(1) in surnames and m.start() > where:
            last, where = m.group(1), m.start()
    return last


def draft_holders(claims: list[Claim], known: frozenset[str], pack) -> dict[int, str]:
    """id(claim) -> the surname of the person each of a draft's prison terms was given to: persons the
    draft names, or that the reference's sources gave terms to ("Hollan was given nine years")."""
    surnames = person_surnames({c.paragraph for c in claims if isinstance(c.value, Penalty)}, pack) | known
    out = {}
    for claim in claims:
        holder = term_holder(claim, surnames, pack)
        if holder is not None:
            out[id(claim)] = holder
    return out


def another_persons_term(holder: str | None, topic: Topic) -> bool:
    """Is the topic the terms given to another person than `holder`?"""
    if holder is None:
        return False
    theirs = {rc.holder for rc in topic.claims if rc.holder}
    return bool(theirs) and holder not in theirs
