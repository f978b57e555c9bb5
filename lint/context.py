"""A claim's context as words: what matching compares, with every value taken out.

The same functions turn a source's claims into topic keywords (build.py) and a
draft's claims into the strings matched against them (match.py), so both sides
are processed alike.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from lint import toml_cache
from lint.model import Claim, DateValue, Kind, Statute
from lint.resources import data_dir

_WORD = regex.compile(r"[\p{L}][\p{L}\p{M}'’]*+")
# a parenthesis breaks a clause, unless it only holds a short aside: "the Authority (NMCA) was set up"
_CLAUSE_BREAK = regex.compile(r"[;:\[\]]|\((?![^()]{1,12}\))|(?<!\([^()]{1,12})\)|\s[–—]\s"
                              r"|,\s+(?:and|but|although|though|whereas)\b", regex.I)
# a character every clause break holds (its first, or the dash of " – "): where a stretch of a sentence has none,
# it has no clause break, found without trying _CLAUSE_BREAK's alternatives at every place (two in three stretches)
_CLAUSE_MARK = regex.compile(r"[;:\[\]()–—,]")
# Romanizations of one name differ by a letter or two (Sinuiju, Shinuiju; Hamhung, Hamheung):
# folded alike on both sides so that matching sees one word: an "h" after "s" or "c" dropped, "eu" read
# as "u", a doubled letter as one (_fold_spelling).
_H_AFTER_S_OR_C = regex.compile(r"(?<=[sc])h")
_DOUBLED = regex.compile(r"(.)\1")
_SUFFIXES = ("ations", "ation", "ings", "ing", "ers", "er", "ies", "ied", "ed", "es", "s")
# the past tense of a four-letter verb ending in a silent 'e' ("filed", "fined": a consonant, a vowel, a consonant,
# "ed"), whose "ed" the stripper keeps (three letters would be left); not where no 'e' was lost ("boxed", "vowed"),
# nor where the 'e' form is another word ("fired" and the fire, "lived" and lives, "waged" and wages, "tired" and tires)
_SHORT_E_VERB_PAST = regex.compile(r"(?!(?:fir|liv|wag|tir)ed)[^aeiouy][aeiouy][^aeiouywx]ed\Z")


@dataclass(frozen=True)
class Lexicon:
    """Matching's word lists (rules/match.toml), read and stemmed once."""

    stopwords: frozenset[str]
    spelling: dict[str, str]
    organization_words: frozenset[str]
    frame_words: dict[str, frozenset[str]]  # kind -> the stemmed words that only say the claim's kind
    synonyms: dict[str, str]  # stem -> the stem of the word its group is named by ("hir" -> "recruit")
    person_nouns: frozenset[str] = frozenset()  # nouns of counted persons (lint.disputes)
    phrases: regex.Pattern | None = None  # the groups' phrases ("set up"), each named by its group's word
    phrase_names: dict[str, str] | None = None  # phrase, lowercased -> its group's word ("establish")
    body_kind_words: dict[str, frozenset[str]] | None = None  # "regulator" -> the words naming a source of it
    body_kind_exclusions: dict[str, tuple[str, ...]] | None = None  # "agency" -> ("press agency", ...)
    credited_parties: frozenset[str] = frozenset()  # "prosecutors": parties credited, seldom a source
    events: dict[str, frozenset[str]] | None = None  # "die" -> the context words naming that event (lint.build)


@cache
def lexicon() -> Lexicon:
    data = toml_cache.loads((data_dir("rules") / "match.toml").read_text(encoding="utf-8"))
    spelling = dict(data.get("spelling", {}))
    groups = data.get("synonyms", {})
    synonyms = {stem(word): stem(name) for name, group in groups.items() for word in group if " " not in word}
    synonyms.update((stem(name), stem(name)) for name in groups)
    # phrases ("set up" for "establish") are read as their group's word, as one token
    phrase_names = {" ".join(word.lower().split()): name for name, group in groups.items() for word in group
                    if " " in word.strip()}
    phrases = None
    if phrase_names:
        longest_first = sorted(phrase_names, key=len, reverse=True)
        alternatives = "|".join(r"\s+".join(map(regex.escape, p.split())) for p in longest_first)
        phrases = regex.compile(rf"\b(?:{alternatives})\b", regex.I)
    return Lexicon(
        stopwords=frozenset(data["stopwords"]) | frozenset(data["number_words"]),
        spelling=spelling,
        organization_words=frozenset(data.get("organization_words", [])),
        credited_parties=frozenset(w.lower() for w in data.get("credited_parties", [])),
        person_nouns=frozenset(data.get("person_nouns", [])),
        frame_words={kind: frozenset(_term(stem(spelling.get(w, w)), synonyms) for w in entries)
                     for kind, entries in data.get("frame_words", {}).items()},
        synonyms=synonyms,
        phrases=phrases,
        phrase_names=phrase_names,
        body_kind_words={kind: frozenset(w.lower() for w in _listed(words))
                         for kind, words in data.get("body_kind_words", {}).items()},
        body_kind_exclusions={kind: tuple(" ".join(p.lower().split()) for p in _listed(phrases))
                              for kind, phrases in data.get("body_kind_exclusions", {}).items()},
        events={name: frozenset(_term(stem(spelling.get(w, w)), synonyms) for w in _listed(words))
                for name, words in data.get("events", {}).items()},
    )


def _listed(value) -> list[str]:
    """A word list of match.toml, a lone string read as a list of one (never as its letters)."""
    return [value] if isinstance(value, str) else [w for w in value if isinstance(w, str)]


def _phrase_name(lex: Lexicon, found: str) -> str | None:
    """The group word of a phrase as found; None where case folding found what lowercasing does not
    give back ("ſet up")."""
    return lex.phrase_names.get(" ".join(_plain(found).split()))


def _term(stemmed: str, synonyms: dict[str, str]) -> str:
    return synonyms.get(stemmed, stemmed)


def without_frame(words: list[str], kind: str) -> list[str]:
    """Stemmed words without those that only say what kind of value a claim of `kind` is."""
    frame = lexicon().frame_words.get(str(kind), frozenset())
    return [w for w in words if w not in frame] if frame else words


@cache
def stem(word: str) -> str:
    """A light suffix stripper and spelling fold: 'criminalizes', 'criminalized' -> 'criminaliz'.
    Stemming a stem gives it back (a reference stores stems, and they are read again as words):
    'punish' -> 'punis' would lose its 's' the second time, so the stripping runs to a fixed point."""
    for _ in range(4):
        stemmed = _stem_once(word)
        if stemmed == word:
            break
        word = stemmed
    return word


def _stem_once(word: str) -> str:
    if word.endswith(_SUFFIXES):  # (one test for the many words with none of them)
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
    # 'sentence' and 'sentenced' meet at 'sentenc'; 'filed' and 'files' at 'file', 'fined' and 'fines' at 'fine'
    if (word.endswith("e") and len(word) > 4) or _SHORT_E_VERB_PAST.match(word):
        word = word[:-1]
    elif word.endswith("tion") and len(word) >= 9:  # 'conviction' and 'convicted' meet at 'convict'
        word = word[:-3]  # (not 'question', 'position', 'petition': 'quest', 'posit', 'petit' are other words)
    return _fold_spelling(word)


def _fold_spelling(word: str) -> str:
    """The romanization folds (_H_AFTER_S_OR_C, "eu", _DOUBLED), each pattern run only on a word it can
    change: stemming every distinct word of a draft and its reference ran three substitutions on each,
    most of a cold run's stemming time."""
    if "sh" in word or "ch" in word:
        word = _H_AFTER_S_OR_C.sub("", word)
    word = word.replace("eu", "u")  # (as the substitution: left to right, no overlaps)
    if _DOUBLED.search(word) is not None:
        word = _DOUBLED.sub(r"\1", word)
    return word


def _plain(text: str) -> str:
    """Lowercase without diacritics: 'kippŭmjo' -> 'kippumjo'."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Content words of `text`, lowercased and respelled; no numbers, no stopwords, not stemmed."""
    return list(_words(text))


# What each word reads as, found once per word however often it is read: a paragraph's words are
# read for every claim in it, and a draft uses a few thousand words in all.
_WORD_MEMO_LIMIT = 200_000
_memo_lexicon: Lexicon | None = None
_content_memo: dict[str, str | None] = {}  # plain word -> content word, or None (a stopword)
_token_memo: dict[str, str | None] = {}  # word as written -> its token, or None


def _memos(lex: Lexicon) -> tuple[dict[str, str | None], dict[str, str | None]]:
    global _memo_lexicon
    if lex is not _memo_lexicon or len(_token_memo) + len(_content_memo) > _WORD_MEMO_LIMIT:
        if lex is not _memo_lexicon:  # other word lists: no text reads as it did
            for cached in (_words, _tokens, token_spans, _paragraph_words):
                cached.cache_clear()
        _content_memo.clear()
        _token_memo.clear()
        _memo_lexicon = lex
    return _content_memo, _token_memo


def _content_of(plain: str, lex: Lexicon, memo: dict[str, str | None]) -> str | None:
    try:
        return memo[plain]
    except KeyError:
        found = memo[plain] = _content_word(plain, lex)
        return found


def _token_of(word: str, lex: Lexicon, memo: dict[str, str | None]) -> str | None:
    """The token of a word as written in a text: plain, content word, stemmed, synonym folded."""
    try:
        return memo[word]
    except KeyError:
        content = _content_word(_plain(word), lex)
        found = memo[word] = _term(stem(content), lex.synonyms) if content else None
        return found


def _plain_words(text: str, lex: Lexicon) -> list[str]:
    """The words of `text`, plain, each phrase of a synonym group read as its group's word."""
    plain = _plain(text)
    if lex.phrases is not None:
        plain = lex.phrases.sub(lambda m: _phrase_name(lex, m.group()) or m.group(), plain)
    return _WORD.findall(plain)


@lru_cache(maxsize=16384)
def _words(text: str) -> tuple[str, ...]:
    lex = lexicon()
    memo = _memos(lex)[0]
    return tuple(content for word in _plain_words(text, lex) if (content := _content_of(word, lex, memo)))


def _content_word(plain: str, lex: Lexicon) -> str | None:
    """A lowercased word as matching reads it (no possessive, respelled), or None for a stopword."""
    word = plain.replace("’", "'").removesuffix("'s").strip("'")
    word = lex.spelling.get(word, word)
    return word if len(word) >= 2 and word not in lex.stopwords else None


def tokens(text: str) -> list[str]:
    """Content words of `text`, stemmed and folded: what matching compares."""
    return list(_tokens(text))


@lru_cache(maxsize=16384)
def _tokens(text: str) -> tuple[str, ...]:
    # every claim in a paragraph asks for the same sentence and paragraph words; each word is read
    # through the token memo (a plain word reads as itself)
    lex = lexicon()
    memo = _memos(lex)[1]
    return tuple(token for word in _plain_words(text, lex) if (token := _token_of(word, lex, memo)))


@lru_cache(maxsize=16384)
def token_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """`tokens(text)` with where each stands in `text`: (start, end, token). A sentence is read once,
    however many claims ask for words on either side of them."""
    lex = lexicon()
    memo = _memos(lex)[1]
    spans = [(m.start(), m.end(), token) for m in _WORD.finditer(text) if (token := _token_of(m.group(), lex, memo))]
    if lex.phrases is None:
        return tuple(spans)
    for m in lex.phrases.finditer(text):  # the phrase's words give way to its group's word
        name = _phrase_name(lex, m.group())
        token = _token_of(name, lex, memo) if name else None
        if token:
            spans = [sp for sp in spans if not (m.start() <= sp[0] < m.end())] + [(m.start(), m.end(), token)]
    return tuple(sorted(spans))


@lru_cache(maxsize=4096)
def _paragraph_words(heading: str, paragraph: str, frame: frozenset[str]) -> str:
    """The words of a claim's heading and paragraph but its kind's frame words, joined: every claim of a
    paragraph asks for them, and the one string they share is hashed once by the matcher's memos."""
    return " ".join(t for t in _tokens(heading + " " + paragraph) if t not in frame)


@dataclass(frozen=True)
class Context:
    """A claim's words, nearest first: its clause window, its sentence, its paragraph and heading."""

    local: str
    sentence: str
    paragraph: str
    near: str = ""  # the few words right beside the value: "437 tusks", "Code of 1998"


# A sentence with fewer content words than this (besides the claim's own) leans on the one before it.
THIN_SENTENCE = 4

_STRONG_BREAK = regex.compile(r";|\s[–—]\s")
# an aside set off by commas, right before a claim (and a preposition of its): ", 30 km downstream, on "
_ASIDE_BEFORE = regex.compile(r",[^,;:()\[\]]{1,50},\s*(?:[^\W\d_]+\s+)?$")
ASIDE_LEAD = 8  # characters from an aside's comma to the claim it opens with (", some 240 km north,")
_CONJUNCTION = regex.compile(r"\b(?:and|but|while|whereas|although|though)\b|;", regex.I)


def _a_cap_or_range(claim: Claim) -> bool:
    """A penalty a law lays down, a cap or a range ("up to 12 years", "two to eight years")."""
    return claim.kind is Kind.PENALTY and getattr(claim.value, "bound", None) in ("up-to", "range")


def _a_threshold(figure: Claim) -> bool:
    """A count an offence is defined by: "two or more people", "more than one person", "at least three"."""
    return getattr(figure.value, "approx", None) in ("more-than", "at-least")


def claim_context(claim: Claim, window: int, siblings: Sequence[Claim] = (), near: int = 3,
                  earlier: Sequence[Claim] = ()) -> Context:
    """The claim's words. `siblings` are the claims of its sentence (itself included or not): the
    words between two claims are split at a conjunction ("married in 2020 and gave birth in 2021"),
    so each claim keeps the words that belong to it; and a figure or penalty is qualified by the
    year and the provision its sentence names ("34 convictions in 2022", "Section 34 ... a fine of
    up to 5 million"), which say which point it is as much as its words do. `earlier` are the claims of
    the sentence before it in its paragraph: a penalty with no provision in its own sentence is the
    provision's that sentence names ("Section 12 makes it an offence ... It carries up to two years")."""
    sentence = claim.sentence
    base = claim.sentence_start
    rel_start = max(0, claim.start - base)
    rel_end = min(len(sentence), max(rel_start, claim.end - base))
    left_edge, right_edge = 0, len(sentence)
    spans_before = []  # where the claims before it stand, in the sentence
    for sibling in siblings:
        start, end = sibling.start, sibling.end
        if start == claim.start and end == claim.end:
            continue
        if sibling.kind is Kind.DATE and _LAW_BEFORE.search(sentence, 0, start - base):
            continue  # "Section 23 of the Act 2009 prohibits ...": a law's year is part of its name
        if sibling.kind is Kind.DATE and claim.kind in (Kind.FIGURE, Kind.PENALTY):
            continue  # "a quarter of the cases brought from 2018 to 2022 ended in conviction": the date says when
        if sibling.kind is Kind.FIGURE and end <= claim.start and _a_cap_or_range(claim) and _a_threshold(sibling):
            continue  # "negligent homicide of two or more people carries up to 12 years": the count names the offence
        if 0 <= end - base <= rel_start:
            gap = _CHANGE_GAP.fullmatch(sentence, end - base, rel_start)
            if gap and _CHANGE_FROM.search(sentence, 0, start - base):
                continue  # "rose from 3,800,000 kora to 4,200,000": the new value shares the subject before
            left_edge = max(left_edge, end - base)
            spans_before.append((start - base, end - base))
        elif rel_end <= start - base <= len(sentence):
            right_edge = min(right_edge, start - base)
    # between two claims, the words up to a conjunction belong to each
    left_lo, right_hi = left_edge, right_edge
    if left_edge:
        for m in _CONJUNCTION.finditer(sentence, left_edge, rel_start):
            left_lo = m.end()
    if right_edge < len(sentence):
        m = _CONJUNCTION.search(sentence, rel_end, right_edge)
        if m:
            right_hi = m.start()
    # the local window stays inside the claim's clause, unless the clause holds nothing but the
    # claim ("**2015** — Kim Jong Un restarts ...", a table cell): then the words beyond it are its own
    clause_lo, clause_hi = left_lo, right_hi
    if _CLAUSE_MARK.search(sentence, left_lo, rel_start):
        for m in _CLAUSE_BREAK.finditer(sentence, left_lo, rel_start):
            clause_lo = m.end()
    m = _CLAUSE_BREAK.search(sentence, rel_end, right_hi) if _CLAUSE_MARK.search(sentence, rel_end, right_hi) else None
    if m:
        clause_hi = m.start()
    frame = lexicon().frame_words.get(str(claim.kind), frozenset())
    spans = token_spans(sentence)

    def between(lo: int, hi: int) -> list[str]:
        return [t for s, e, t in spans if lo <= s and e <= hi and t not in frame]

    def words_of(text: str) -> list[str]:
        return [t for t in tokens(text) if t not in frame]

    before, after = between(clause_lo, rel_start)[-window:], between(rel_end, clause_hi)[:window]
    aside = _ASIDE_BEFORE.search(sentence, 0, rel_start) if left_edge else None
    if (aside and any(0 < s - aside.start() <= ASIDE_LEAD for s, _ in spans_before)
            and not any(e <= aside.start() for _, e in spans_before)):
        # "the collapse of the Halvern Bridge, 30 km downstream, on 22 September 2021": an aside that
        # opens with a claim is that claim's; the words of the claim after it are those before it
        # (not in a list of claims: "120 kg of heroin, 40 kg more than in 2019, in March 2023")
        lo = max([m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, aside.start())] + [0])
        before = between(lo, aside.start())[-window:]
    if not before and not after:
        before, after = between(left_lo, rel_start)[-window:], between(rel_end, right_hi)[:window]
    sentence_words = [t for _, _, t in spans if t not in frame]
    own_words = between(rel_start, rel_end)
    if len(set(sentence_words) - set(own_words)) < THIN_SENTENCE:
        # "The offence is punishable by up to two years", "Article 262 is sometimes cited instead":
        # the sentence goes on from the one before it, whose words say what the claim is about
        before = words_of(_sentence_before(claim)) + before
    if not before and not after:
        # nothing of its own between its neighbours ("$115 million), 21 percent more than in 2022/23"):
        # the words of its sentence nearest to it, past the neighbours but not past a semicolon
        lo = max((m.end() for m in _STRONG_BREAK.finditer(sentence, 0, rel_start)), default=0)
        stop = _STRONG_BREAK.search(sentence, rel_end)
        hi = stop.start() if stop else len(sentence)
        before, after = between(lo, rel_start)[-window:], between(rel_end, hi)[:window]
    if not before and not after:
        before = words_of(claim.paragraph)[-2 * window :]
    own = own_words + qualifiers(claim, siblings, sentence[:rel_start], sentence[rel_end:], earlier)
    local = before + own + after
    if not set(sentence_words) - set(own_words):
        # a sentence that is nothing but the claim (a table cell, a bare date heading): the words
        # it was read with (its row, its paragraph) are its sentence too
        sentence_words = local
    if claim.row_start is not None:
        # a table cell's statement is its row, with its column's header ("Plant Protection Act,
        # Section 15 | selling an adulterated pesticide | 3 years"): the offence a provision's cell
        # leaves to the next cell
        seen = set(sentence_words)
        sentence_words = sentence_words + [w for w in words_of(claim.paragraph) if w not in seen]
    return Context(
        local=" ".join(local),
        sentence=" ".join(sentence_words),
        paragraph=_paragraph_words(claim.heading, claim.paragraph, frame),
        near=" ".join(before[-near:] + own + after[:near]) if near else "",
    )


# Words made from what qualifies a claim: "@2022" (the year a figure is for), "§34" (its provision),
# "^from" (the earlier value of a change: "from 3,800,000 kora to 4,200,000"), "^law" (a law's year:
# "the Labour Code of 1998", "the 1946 Law on ...", which is not the year of the events around it),
# "^named" (a year naming a thing: "its 2016 market survey"), "^proposed" (a value a change is proposed to:
# "the recommendation to raise the maximum fine to 60 million"), "^asked" (a term asked for: "prosecutors sought nine
# years").
QUALIFIER_MARKS = ("@", "§", "^")
ASKED_MARK = "^asked"
_CHANGE_FROM = regex.compile(r"\bfrom\s*$", regex.I)
# words before a value in its sentence that make it an earlier one: "As first enacted, the offence
# carried up to three years" (the law now says otherwise)
_EARLIER = regex.compile(r"\b(?:as\s+(?:first|originally)\s+(?:enacted|passed|drafted)|originally|previously|formerly"
                         r"|before\s+the\s+(?:\d{4}\s+)?(?:amendment|reform|change)s?"
                         r"|used\s+to\s+(?:be|carry|have|mean))\b", regex.I)  # not "laws used to prosecute"
_CHANGE_TO = regex.compile(r"^\s*(?:[^\W\d_]+\s+)?to\b", regex.I)
_CHANGE_GAP = regex.compile(r"\s*(?:[^\W\d_]+\s+)?to\s*", regex.I)
# a value a change is proposed to, not one in force: "the recommendation to raise the maximum corporate fine to
# 60 million", "parliament should double the fine to", "a bill that would raise it to", "proposed to raise" (not
# a change made: "raised it to", "voted to raise", "decided to reduce his sentence to")
_PROPOSED_TO = regex.compile(r"\b(?:(?<!\b(?!(?:propos|suggest|recommend|want|plann|hop|urg|ask)ed\b)\p{L}+ed\s+)to"
                             r"|would|should|could|will|must|shall)\s+(?:\w+\s+)?(?:raise|increase|lift|cut"
                             r"|lower|reduce|double|triple|halve|extend|set)\b[^.;:]{0,80}?\bto\s*$", regex.I)
# a heading over what a body asks for ("What we ask for", "Our demands", "Recommendations"): its values are changes
# proposed ("Refunds within 90 days, not 180"), not the values in force
_DEMANDS = regex.compile(r"\b(?:what\s+(?:we|it|they)\s+(?:are\s+)?(?:ask(?:ing)?|call(?:ing)?|want|propos(?:e|ing)"
                         r"|urg(?:e|ing))|demands|asks|recommendations|proposals|we\s+(?:are\s+)?call(?:ing)?\s+for"
                         r"|what\s+(?:must|should|needs\s+to)\s+change)\b", regex.I)
# ... but a value told there as done or in force, which the demand sets out from: "Alpenor was fined KVD 4.6
# million", "The maximum fine under Section 47 of the Act is KVD 5 million" (not "should be", "to be raised to")
_TOLD_AS_IN_FORCE = regex.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
                                  r"(?:(?:\w+\s+){0,2}?(?:fined|sentenced|jailed|ordered|paid|given|awarded|set|capped"
                                  r"|fixed|found)\s+)?(?:(?:at|to|only|just)\s+)*(?:(?-i:[A-Z]{2,4})\s+|[$€£¥])?$",
                                  regex.I)
# a year naming a thing ("its 2016 market survey", "the 2012 syrup deaths"): another year names
# another survey, not another date for the same one
_NAMING_BEFORE = regex.compile(r"(?:\b(?:the|its|their|his|her|an?|this|that|our)|['’]s)\s*$", regex.I)
_WORD_AFTER = regex.compile(r"\s+[^\W\d_]")
_LAW_WORD = r"(?:Act|Code|Law|Decree|Regulation|Ordinance|Convention|Protocol|Constitution)"
_LAW_BEFORE = regex.compile(rf"\b{_LAW_WORD}(?:\s+of)?\s*$")
_LAW_AFTER = regex.compile(rf"^\s*(?:[A-Z][\w()'’-]*\s+){{0,6}}?(?i:{_LAW_WORD})\b")


# a table's total row ("Total | 10,240 | 745", "All districts | ..."): its figures sum the rows above
_TOTAL_ROW = regex.compile(r"\W*(?:(?:grand\s+)?(?:totals?|overall|sum)(?:\s*\([^)]*\)|,[^;]*|\s+[\d–-]+)?"
                           r"|all(?:\s+(?!others?\b)[\w-]+)?)\W*(?:;|$)", regex.I)


def in_total_row(claim: Claim) -> bool:
    """Is the claim a cell of a table's total row (its row's first cell "Total", "Overall", "All years")?"""
    return claim.row_start is not None and _TOTAL_ROW.match(claim.paragraph.rpartition(" | ")[2]) is not None


def _asked_for(left: str, right: str) -> bool:
    """Does the term's clause say it was asked for, not given ("Prosecutors had sought eight years", "the 11 years
    sought by prosecutors")? Such a term is a point of its own, which the word "^asked" finds (lint.holders)."""
    from lint.holders import asked_in_clause
    from lint.patterns import load_pack

    return asked_in_clause(left, right, load_pack())


def qualifiers(claim: Claim, siblings: Sequence[Claim], left: str = "", right: str = "",
               earlier: Sequence[Claim] = ()) -> list[str]:
    """Words for what qualifies a claim: the year and the provision a figure's or penalty's
    sentence names (a penalty's provision may be named by the sentence before: `earlier`), the
    earlier value of a change, a law's year. `left` and `right` are the sentence's text on either
    side of the claim."""
    out = []
    if (_CHANGE_FROM.search(left) and _CHANGE_TO.search(right)) or _EARLIER.search(left):
        out.append("^from")
    elif claim.kind in (Kind.FIGURE, Kind.PENALTY) and (
            _PROPOSED_TO.search(left) or (_DEMANDS.search(claim.heading) and not _TOLD_AS_IN_FORCE.search(left))):
        out.append("^proposed")
    if claim.kind is Kind.PENALTY and _asked_for(left, right):  # (also an earlier one: "had originally asked for")
        out.append(ASKED_MARK)
    if claim.kind is Kind.DATE and (_LAW_BEFORE.search(left) or _LAW_AFTER.search(right)):
        out.append("^law")
    elif claim.kind is Kind.DATE and _NAMING_BEFORE.search(left) and _WORD_AFTER.match(right):
        out.append("^named")
    if claim.kind not in (Kind.FIGURE, Kind.PENALTY):
        return out
    base = claim.sentence_start
    for s in siblings:
        if s.start == claim.start:
            continue
        value = s.value
        if isinstance(value, DateValue) and not value.month_day_only and value.precision in ("day", "month", "year"):
            if s.sentence_start == base and _LAW_BEFORE.search(claim.sentence, 0, max(0, s.start - base)):
                continue  # "the Wildlife Act 2004": the law's year, not the year the figure is for
            if (s.sentence_start == base and value.precision in ("day", "month")
                    and in_dateline(claim.sentence, s.start - base, s.end - base)):
                continue  # "TESKOV, Nov 22, 2023 (KPA) - ... killed 132 people": when it was reported
            out.append("@" + value.start[:4])
        elif isinstance(value, Statute) and value.division != "number":
            # (a decree's number names the instrument, not a provision of it: "Decree No. 44" and another
            # source's "Decree No. 47" may be one decree misnumbered)
            out.extend("§" + a.lower() for a in value.articles)
    if claim.kind is Kind.PENALTY and not any(w[0] == "§" for w in out):
        out.extend("§" + a.lower() for s in earlier if isinstance(s.value, Statute) and s.value.division != "number"
                   for a in s.value.articles)
    return out


# a wire story's dateline, around its date: "TESKOV, Nov 22, 2023 (KPA) - ", "KASTREL, May 21 (NNA) - "
_DATELINE_BEFORE = regex.compile(r"\s*\p{Lu}[\p{L}\s.'’-]{0,40},\s*(?:\p{L}+\.?,?\s+)?")
_DATELINE_AFTER = regex.compile(r",?\s*(?:\([^()\n]{1,40}\)\s*|/[^/\n]{1,40}/\s*)?[-–—]{1,2}\s")


def in_dateline(sentence: str, start: int, end: int) -> bool:
    """Is the date at start..end of the sentence its dateline's, which says when it was reported?"""
    return _DATELINE_BEFORE.fullmatch(sentence, 0, max(start, 0)) is not None and \
        _DATELINE_AFTER.match(sentence, end) is not None


def _sentence_before(claim: Claim) -> str:
    """The sentence before the claim's in its paragraph (not the whole paragraph before it: "The company was fined
    16 million lirads", at the end of a paragraph of terms, goes on from Ostrin's term, not from every one)."""
    paragraph = claim.paragraph
    head = " ".join(claim.sentence.split()[:4])
    at = paragraph.find(head) if head else -1
    if at <= 0:
        return ""
    # (the sentences that start before the claim's, within reach; the last of them is the one before it)
    lo = max(0, at - SENTENCE_BEFORE_REACH)
    starts = [lo, *(m.end() for m in _SENTENCE_GAP.finditer(paragraph, lo, at) if m.end() < at)]
    return paragraph[starts[-1]:at]


# How far back the sentence before a claim's is read, in characters: its words nearest the claim's sentence.
SENTENCE_BEFORE_REACH = 400
# the end of a sentence and the space after it, inside a paragraph
_SENTENCE_GAP = regex.compile(r"[.!?][\"”’)\]]*\s+")
