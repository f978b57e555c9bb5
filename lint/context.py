"""A claim's context as words: what matching compares, with every value taken out.

The same functions turn a source's claims into topic keywords (build.py) and a
draft's claims into the strings matched against them (match.py), so both sides
are processed alike.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from lint.model import Claim
from lint.resources import data_dir

_WORD = regex.compile(r"[\p{L}][\p{L}\p{M}'’]*+")
_CLAUSE_BREAK = regex.compile(r"[;:()\[\]]|\s[–—]\s|,\s+(?:and|but|although|though|whereas)\b", regex.I)
# Romanizations of one name differ by a letter or two (Sinuiju, Shinuiju; Hamhung, Hamheung):
# folded alike on both sides so that matching sees one word.
_FOLDS = ((regex.compile(r"(?<=[sc])h"), ""), (regex.compile(r"eu"), "u"), (regex.compile(r"(.)\1"), r"\1"))
_SUFFIXES = ("ations", "ation", "ings", "ing", "ers", "er", "ies", "ied", "ed", "es", "s")


@dataclass(frozen=True)
class Lexicon:
    stopwords: frozenset[str]
    spelling: dict[str, str]
    organization_words: frozenset[str]


@cache
def lexicon() -> Lexicon:
    data = tomllib.loads((data_dir("rules") / "match.toml").read_text(encoding="utf-8"))
    return Lexicon(
        stopwords=frozenset(data["stopwords"]) | frozenset(data["number_words"]),
        spelling=dict(data.get("spelling", {})),
        organization_words=frozenset(data.get("organization_words", [])),
    )


@cache
def stem(word: str) -> str:
    """A light suffix stripper and spelling fold: 'criminalizes', 'criminalized' -> 'criminaliz'."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:  # 'sentence' and 'sentenced' meet at 'sentenc'
        word = word[:-1]
    for pattern, replacement in _FOLDS:
        word = pattern.sub(replacement, word)
    return word


def _plain(text: str) -> str:
    """Lowercase without diacritics: 'kippŭmjo' -> 'kippumjo'."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Content words of `text`, lowercased and respelled; no numbers, no stopwords, not stemmed."""
    lex = lexicon()
    out = []
    for m in _WORD.finditer(_plain(text)):
        word = m.group().replace("’", "'").removesuffix("'s").strip("'")
        word = lex.spelling.get(word, word)
        if len(word) >= 2 and word not in lex.stopwords:
            out.append(word)
    return out


def tokens(text: str) -> list[str]:
    """Content words of `text`, stemmed and folded: what matching compares."""
    return list(_tokens(text))


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    # every claim in a paragraph asks for the same sentence and paragraph words
    return tuple(stem(w) for w in words(text))


@dataclass(frozen=True)
class Context:
    """A claim's words, nearest first: its clause window, its sentence, its paragraph and heading."""

    local: str
    sentence: str
    paragraph: str


_CONJUNCTION = regex.compile(r"\b(?:and|but|while|whereas|although|though)\b|;", regex.I)


def claim_context(claim: Claim, window: int, siblings: Sequence[tuple[int, int]] = ()) -> Context:
    """The claim's words. `siblings` are the spans of the other claims: the words between two
    claims are split at a conjunction ("married in 2020 and gave birth in 2021"), so each claim
    keeps the words that belong to it."""
    sentence = claim.sentence
    base = claim.sentence_start
    rel_start = max(0, claim.start - base)
    rel_end = min(len(sentence), max(rel_start, claim.end - base))
    left_edge, right_edge = 0, len(sentence)
    for start, end in siblings:
        if 0 <= end - base <= rel_start:
            left_edge = max(left_edge, end - base)
        elif rel_end <= start - base <= len(sentence):
            right_edge = min(right_edge, start - base)
    left, right = sentence[left_edge:rel_start], sentence[rel_end:right_edge]
    if left_edge:
        conj = list(_CONJUNCTION.finditer(left))
        if conj:
            left = left[conj[-1].end() :]
    if right_edge < len(sentence):
        conj = _CONJUNCTION.search(right)
        if conj:
            right = right[: conj.start()]
    # the local window stays inside the claim's clause, unless the clause holds nothing but the
    # claim ("**2015** — Kim Jong Un restarts ...", a table cell): then the words beyond it are its own
    clause_left, clause_right = left, right
    breaks = list(_CLAUSE_BREAK.finditer(left))
    if breaks:
        clause_left = left[breaks[-1].end() :]
    first_break = _CLAUSE_BREAK.search(right)
    if first_break:
        clause_right = right[: first_break.start()]
    before, after = tokens(clause_left)[-window:], tokens(clause_right)[:window]
    if not before and not after:
        before, after = tokens(left)[-window:], tokens(right)[:window]
    paragraph = tokens(claim.heading + " " + claim.paragraph)
    if not before and not after:
        before = list(tokens(claim.paragraph))[-2 * window :]
    local = before + tokens(claim.text) + after
    return Context(
        local=" ".join(local),
        sentence=" ".join(tokens(sentence)),
        paragraph=" ".join(paragraph),
    )
