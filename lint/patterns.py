"""Rule packs: the extraction patterns and word lists, read from TOML and validated.

A pack is data (see rules/README.md): `rules/extract/*.toml` hold named regexes
(the `regex` module, compiled VERBOSE and IGNORECASE) with the normalizer that
reads their groups; `rules/lexicon/*.toml` hold word lists. A pattern refers to
a shared fragment or a word list as `{{name}}` (or `{{name:prefix_}}`, which
renames the fragment's groups so it can be used twice in one pattern), and to
the characters a word list's phrases open with as `{{first(name)}}` (the members
of a character set, for a guard the engine skips ahead to).

Every problem is an InputError naming the file, the entry and the reason.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import itertools
import tomllib
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from types import MappingProxyType

import regex

from lint import expansions, toml_cache
from lint.errors import InputError
from lint.model import Kind
from lint.resources import data_dir

IGNORE = "ignore"  # the kind of patterns whose matches are not claims (phone numbers, times...)
_KINDS = {k.value for k in Kind} | {IGNORE}
_PATTERN_KEYS = {"name", "kind", "normalize", "regex", "priority", "examples", "counterexamples", "doc", "drafts_only"}
_EXTRACT_TOP_KEYS = {"kind", "define", "pattern", "doc"}
_LEXICON_KEYS = {"doc", "match", "case", "entries", "replace"}
_MACRO = regex.compile(r"\{\{([A-Za-z_][A-Za-z0-9_]*)(?::([A-Za-z_][A-Za-z0-9_]*))?\}\}")
# `{{first(list)}}`: the characters a word list's phrases open with, as the members of a character set
_FIRST_CHARS_MACRO = regex.compile(r"\{\{first\(([A-Za-z_][A-Za-z0-9_]*)\)\}\}")
# every character, where the characters a list opens with cannot be told for sure
_ANY_CHAR_MEMBERS = r"\s\S"
_GROUP_NAME = regex.compile(r"\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>")
_GROUP_REF = regex.compile(r"\(\?P=([A-Za-z_][A-Za-z0-9_]*)\)|\(\?\(([A-Za-z_][A-Za-z0-9_]*)\)")
FLAGS = regex.VERBOSE | regex.IGNORECASE | regex.VERSION0


# How many phrases a word list remembers the value of (a hostile file's words are many, a draft's few)
LOOKUPS_KEPT = 20_000
_NOT_ASKED = object()
_NOT_LISTED = object()


@dataclass(frozen=True, eq=False)
class WordList:
    """One lexicon entry: phrases (or regexes) and, for a mapping, what each stands for."""

    name: str
    entries: Mapping[str, object]  # phrase -> value (True for a plain list)
    regex_entries: bool = False
    exact_case: bool = False
    source: str = ""

    def __post_init__(self) -> None:
        folded: dict[str, object] = {}
        for key, value in self.entries.items():
            k = " ".join(key.split())
            folded[k if self.exact_case else k.casefold()] = value
        object.__setattr__(self, "_keys", folded)
        object.__setattr__(self, "_looked_up", {})  # phrase as asked -> its value or _NOT_LISTED

    def lookup(self, phrase: str, default: object = None) -> object:
        """The value for `phrase`, comparing case and whitespace as the list does."""
        if phrase is None:
            return default
        # (the same words are asked about again and again, a draft's nouns and abbreviations: each is folded once)
        found = self._looked_up.get(phrase, _NOT_ASKED)
        if found is _NOT_ASKED:
            key = " ".join(phrase.split())
            found = self._keys.get(key if self.exact_case else key.casefold(), _NOT_LISTED)
            if len(self._looked_up) < LOOKUPS_KEPT:
                self._looked_up[phrase] = found
        return default if found is _NOT_LISTED else found


@dataclass(frozen=True, eq=False)
class ExtractRule:
    """One named extraction pattern of a rule pack, its macros expanded."""

    name: str
    kind: str  # a Kind value or "ignore"
    source: str  # the regex with every {{macro}} expanded
    normalizer: str
    priority: int = 0
    file: str = ""
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()
    doc: str = ""
    # an ignore rule that blanks what a draft says only: a source's reading keeps it ("not Article 18": the build
    # needs the provision a source rules out, to know which one its own disputes)
    drafts_only: bool = False

    @cached_property
    def pattern(self) -> regex.Pattern:
        """This pattern alone (extraction runs the kind's combined scanner; tests and tools use this)."""
        return regex.compile(self.source, FLAGS)


# A text shorter than this is scanned in one pass even where a scanner has opening literals: their passes, and the
# pattern tried at each place they find, pay off over a long text
OPENINGS_FROM = 20_000


# How many part searches of one long text find an alternation's opening literals in it (Alternation._places): a draft
# searched sentence by sentence (thousands of searches) pays for their passes, a text searched for one list's lead does
# not; and how many such texts it keeps
SEARCHES_BEFORE_PLACES = 50
TEXTS_KEPT = 4
# How long a stretch of such a text the literals are found in at a time, as its searches come to it: a part of a
# draft linted in a worker is searched in its own stretches alone (each literal's pass over the whole text, for a part
# of it, cost each worker some 50 ms of a 100,000-word draft)
PLACES_STRETCH = 16_384
# the shortest opening literal worth a pass (lint/openings.py's LONG_ENOUGH)
PLACES_LITERAL = 3


def _line_starts(text: str, pos: int, endpos: int) -> Iterator[int]:
    """Where the lines start from `pos` on ("^" holds after a newline alone)."""
    at = pos
    while at < endpos:
        if at == 0 or text[at - 1] == "\n":
            yield at
        newline = text.find("\n", at, endpos)
        if newline < 0:
            return
        at = newline + 1


@dataclass(frozen=True, eq=False)
class Scanner:
    """One kind's patterns compiled as one alternation: one pass over the text per kind.

    Each pattern is a branch `(?P<_rN>...)`; `m.lastgroup` names the branch that matched.
    Branches that start with the same guard (`(?=\\d)`) sit together behind one check.
    """

    kind: str
    pattern: regex.Pattern
    branches: Mapping[str, ExtractRule]
    leading: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # rule name -> its leading groups
    # every branch opens at a line's start (`(?m)^`): the engine tries `^` at every position of the text (13 ms a
    # pass over 600,000 characters), so the scanner tries its pattern at the lines' starts alone (1 ms)
    line_starts: bool = False
    # long texts searched, by id: (the text, where the opening literals are in it) (_places_in)
    _texts: dict = field(default_factory=dict, repr=False, compare=False)

    def matches(self, text: str, pos: int = 0, endpos: int | None = None,
                overlapped: bool = False) -> Iterator[regex.Match]:
        """What `pattern.finditer(text, pos, endpos, overlapped=overlapped)` finds."""
        endpos = len(text) if endpos is None else endpos
        if self.line_starts:
            return self._matches_at(_line_starts(text, pos, endpos), text, pos, endpos, overlapped)
        if endpos - pos >= OPENINGS_FROM and self.openings:
            places = self._places_in(text)
            first = bisect.bisect_left(places, pos)
            return self._matches_at(itertools.islice(places, first, bisect.bisect_left(places, endpos, first)),
                                    text, pos, endpos, overlapped)
        return self.pattern.finditer(text, pos, endpos, overlapped=overlapped)

    def _places_in(self, text: str) -> list[int]:
        """Where the opening literals are in the whole of a long text, in order: found once, in a pass of each literal,
        however often the text is searched (a draft's scan is searched again past every claim another kind took)."""
        kept = self._texts.get(id(text))
        if kept is None:
            if len(self._texts) >= TEXTS_KEPT:
                del self._texts[next(iter(self._texts))]  # (the text seen first)
            places = sorted({m.start() for literal in self.openings
                             for m in literal.finditer(text, overlapped=True)})
            kept = self._texts[id(text)] = (text, places)  # (the text kept: its id is not another's while it is)
        return kept[1]

    def _matches_at(self, starts: Iterator[int], text: str, pos: int, endpos: int,
                    overlapped: bool) -> Iterator[regex.Match]:
        """What finditer finds, the pattern tried at `starts` alone (in order; every match starts at one of them)."""
        free_from, given = pos, 0  # where a match may start (past the one before, unless overlapped); matches given
        for at in starts:
            if at >= free_from:
                m = self.pattern.match(text, at, endpos)
                if m is not None:
                    if m.start() == m.end():  # an empty match: finditer goes on past it in its own way
                        found = self.pattern.finditer(text, pos, endpos, overlapped=overlapped)
                        yield from itertools.islice(found, given, None)
                        return
                    yield m
                    given += 1
                    free_from = at + 1 if overlapped else m.end()

    @cached_property
    def openings(self) -> tuple[regex.Pattern, ...]:
        """The literals every match opens with, each to be searched alone (lint/openings.py), where there are several
        (the engine skips ahead to one literal by itself, not to any of several); else none."""
        from lint.openings import openings  # (only a long text asks: a short draft's lint need not import it)

        found = openings(self.pattern.pattern)
        if found is None or len(found) < 2:
            return ()
        return tuple(regex.compile(literal, FLAGS) for literal in found)

    @cached_property
    def reads(self) -> Mapping[str, tuple[ExtractRule, tuple[str, ...], bool]]:
        """Each branch's marker -> its rule, its leading groups, and whether its claim's span is more than the
        match's (a `claim` group or leading groups to widen it to): looked up once per match."""
        return {marker: (rule, self.leading[rule.name], bool(self.leading[rule.name]) or "(?P<claim>" in rule.source)
                for marker, rule in self.branches.items()}

    @cached_property
    def claims_open_by_match(self) -> bool:
        """Does every claim of this scanner's open at or before its match (no `claim` group: the match, widened only
        to the groups caught before it)?"""
        return "claim" not in self.pattern.groupindex

    def read_of(self, m: regex.Match) -> tuple[ExtractRule, tuple[str, ...], bool]:
        """`reads` for the branch that matched (its marker closed last, unless a lookbehind group did)."""
        found = self.reads.get(m.lastgroup)
        if found is not None:
            return found
        for marker in self.branches:
            if m.start(marker) >= 0:
                return self.reads[marker]
        raise LookupError("no branch matched")  # cannot happen: every alternative is a branch

    def rule_of(self, m: regex.Match) -> ExtractRule:
        """The branch that matched."""
        return self.read_of(m)[0]


@dataclass(frozen=True, eq=False)
class RulePack:
    """Compiled patterns and word lists. Built by `load_pack`; never mutated."""

    rules: tuple[ExtractRule, ...]
    scanners: tuple[Scanner, ...]  # by kind, statute first; the ignore scanners last
    lexicon: Mapping[str, WordList]
    defines: Mapping[str, str]
    fingerprint: str
    files: tuple[str, ...] = ()
    _compiled_lists: dict = field(default_factory=dict, repr=False)
    _expander: _Expander | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self._expander is None:
            object.__setattr__(self, "_expander", _Expander(self.defines, self.lexicon))

    def expand(self, source: str, where: str) -> str:
        """`source` with the pack's {{macros}} and word lists in it (each worked out once per pack)."""
        return self._expander.expand(source, where)

    @property
    def ignore(self) -> tuple[ExtractRule, ...]:
        return tuple(r for r in self.rules if r.kind == IGNORE)

    def scanners_of(self, kind: str) -> tuple[Scanner, ...]:
        return tuple(s for s in self.scanners if s.kind == kind)

    def words(self, name: str) -> WordList:
        try:
            return self.lexicon[name]  # a KeyError here is a lexicon file removed from the pack
        except KeyError:
            raise InputError(f"rule pack: the word list '{name}' is missing (a lexicon file was removed?)") from None

    def word_pattern(self, name: str) -> regex.Pattern:
        """A word list (phrases or regexes, with {{macros}}) compiled as one alternation, cached."""
        pat = self._compiled_lists.get(name)
        if pat is None:
            words = self.words(name)
            source = self.expand("{{" + name + "}}", f"word list '{name}'")
            pat = _compile_checked(source, words.source, f"word list '{name}'")
            self._compiled_lists[name] = pat
        return pat

    def alternation(self, parts: Sequence[tuple[str | None, tuple[str, ...]]], where: str) -> Alternation:
        """Word lists as one alternation, searched entry by entry where the entries can stand alone (Alternation);
        each part is a group and the lists it holds, `(?P<group>{{list}}|{{list}})`, or None and lists that are no
        group's. Compiled once per pack."""
        key = ("__alternation__", tuple(parts))
        found = self._compiled_lists.get(key)
        if found is None:
            sources = []
            for group, names in parts:
                lists = "|".join("{{" + name + "}}" for name in names)
                sources.append(f"(?P<{group}>{lists})" if group else lists)
            combined = self.expand("|".join(sources), where)
            listed = [(f"(?P<{group}>{entry})" if group else entry, opening) for group, names in parts
                      for name in names for entry, opening in self._entries(name, where)]
            entries = [entry for entry, _ in listed]
            alone = openings = None
            if not any(_WHOLE_PATTERN_SETTING.search(e) for e in entries):
                alone = tuple(regex.compile(e, FLAGS) for e in entries)
                shared: dict[str, regex.Pattern] = {}  # entries that open alike share one pattern of their opening
                for _, opening in listed:
                    if opening is not None and opening not in shared:
                        shared[opening] = regex.compile(opening, FLAGS)
                openings = tuple(shared.get(opening) for _, opening in listed)
            found = self._compiled_lists[key] = Alternation(combined, alone, openings)
        return found

    def _entries(self, name: str, where: str) -> list[tuple[str, str | None]]:
        """A word list's alternatives as its alternation has them: a regex list's entries, each expanded; a list of
        phrases is one. With each, the opening every match of it starts with, where it has one (`_opening`)."""
        words = self.words(name)
        if not words.regex_entries or not words.entries:
            return [(self.expand("{{" + name + "}}", where), None)]
        out = []
        for entry in words.entries:
            opening = _opening(entry)
            out.append((f"(?:{self.expand(entry, where)})", opening and f"(?:{self.expand(opening, where)})"))
        return [(f"(?-i:{e})", o and f"(?-i:{o})") for e, o in out] if words.exact_case else out

    def expanded(self, source: str, where: str, flags: int = FLAGS) -> regex.Pattern:
        """A pattern of code's own, with the pack's {{macros}} and word lists in it, compiled once per pack."""
        key = ("__expanded__", source, flags)
        pat = self._compiled_lists.get(key)
        if pat is None:
            pat = self._compiled_lists[key] = regex.compile(self.expand(source, where), flags)
        return pat


# What in a pattern may reach past its own alternative when alternatives are compiled together: a flag set for the
# whole pattern ("(?m)") or a comment (an unescaped "#", which runs to the end of the line in a verbose pattern)
_WHOLE_PATTERN_SETTING = regex.compile(r"\(\?[a-zA-Z0-9]+\)|(?<!\\)\#")


# an entry that opens with a word list ("\\b{{attribution_verbs}}(?<=...)"), the list not made optional or repeated
_LIST_OPENING = regex.compile(r"\A\s*(\\b\s*\{\{[A-Za-z_][A-Za-z0-9_]*\}\})(?!\s*[?*+{])")
# a pattern's pieces, as far as nesting goes: an escape, a set of characters, a bracket, a bar, anything else
_PIECE = regex.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\\[])*\]|[()|]|[^\\\[()|]+|.", regex.S)


def _opening(entry: str) -> str | None:
    """The word list every match of a regex entry starts with (`\\b{{list}}`, as the entry opens), or None where it
    has none to tell: the entry opens otherwise, or holds a bar outside any brackets (an alternative that may open
    otherwise), or a set of characters this reading does not follow."""
    m = _LIST_OPENING.match(entry)
    if m is None or "(?#" in entry:  # (a comment's words are not read as a pattern's)
        return None
    depth = 0
    for piece in _PIECE.findall(entry):
        if piece == "(":
            depth += 1
        elif piece == ")":
            depth -= 1
        elif (piece == "|" and depth == 0) or piece == "[":  # ("[" alone: a set not closed as read here)
            return None
    return m.group(1)


@dataclass(frozen=True, eq=False)
class Alternation:
    """An alternation of many alternatives, searched as it would be (the leftmost match first and, at one place, the
    first alternative that matches there) but one alternative at a time: the engine skips ahead to each one's leading
    literal ("according", "told"), which it cannot do for the whole alternation; the attribution cues were found
    twice as fast. `alone` is None where the alternatives cannot be compiled alone (_WHOLE_PATTERN_SETTING)."""

    source: str  # the whole alternation, its word lists in it
    alone: tuple[regex.Pattern, ...] | None
    # each alternative's opening, where it has one (_opening): the alternatives that open alike are tried only where
    # their opening is, found once for them all (the attribution verbs open five)
    openings: tuple[regex.Pattern | None, ...] | None = None
    # long texts searched part by part (a draft, sentence by sentence), by id: [the text, searches so far, where each
    # alternative's opening literals are in it] (_places)
    _texts: dict = field(default_factory=dict, repr=False)

    @cached_property
    def combined(self) -> regex.Pattern:
        """The whole alternation, compiled when first searched: only where `alone` is None or a match is empty (the
        attribution cues' took 3 ms of every run to replay from lint/regex_cache.py, and were seldom searched)."""
        return regex.compile(self.source, FLAGS)

    def finditer(self, text: str, start: int, end: int) -> Iterator[regex.Match]:
        """What `combined.finditer(text, start, end)` finds."""
        if self.alone is None:
            yield from self.combined.finditer(text, start, end)
            return
        found = self._first_matches(text, start, end)  # each alternative's next match
        pos = start
        while True:
            first = None
            for i, m in enumerate(found):
                if m is not None and m.start() < pos:  # it overlaps the match before: look again past it
                    m = found[i] = self.alone[i].search(text, pos, end)
                if m is not None and (first is None or m.start() < first.start()):
                    first = m
            if first is None:
                return
            if first.start() == first.end():  # an empty match: the whole pattern goes on past it in its own way
                yield from self.combined.finditer(text, pos, end)
                return
            yield first
            pos = first.end()

    def _first_matches(self, text: str, start: int, end: int) -> list[regex.Match | None]:
        """Each alternative's first match between start and end (what its search finds)."""
        plain, opened = self._by_opening
        found: list[regex.Match | None] = [None] * len(self.alone)
        places = self._places(text)
        here = places.in_stretch_of(start) if places is not None else None  # (each alternative's, by `start`)
        for i, pattern in plain:
            own = here[i] if here is not None else None
            if own is None:
                found[i] = pattern.search(text, start, end)
            else:  # (a match starts only where one of its literals is: none there, no search; else from the first)
                first = bisect.bisect_left(own, start)
                at = own[first] if first < len(own) else places.first_beyond(i, start, end)
                if at is not None and at < end:
                    found[i] = pattern.search(text, at, end)
        for opening, members in opened:
            # where the opening is, the alternatives it opens are tried there alone (a match is only ever there)
            places = [m.start() for m in opening.finditer(text, start, end, overlapped=True)]
            if places:
                for i, pattern in members:
                    found[i] = next(filter(None, (pattern.match(text, at, end) for at in places)), None)
        return found

    def _places(self, text: str) -> _Places | None:
        """Where the alternatives without an opening of their own (`_by_opening`'s plain ones) may match in a long text
        searched many times (_Places). Each alternative's search of a part is a pass over the part, as long as a pass of
        a literal alone over the same stretch: a draft's sentences are searched far faster where its literals are found
        once. None for a text too short, or not yet searched often enough to pay for the literals' passes."""
        if len(text) < OPENINGS_FROM:
            return None
        seen = self._texts.get(id(text))
        if seen is None:
            if len(self._texts) >= TEXTS_KEPT:
                del self._texts[next(iter(self._texts))]  # (the text seen first)
            seen = self._texts[id(text)] = [text, 0, None]  # (the text kept: its id is not another's while it is)
        seen[1] += 1
        if seen[2] is None and seen[1] >= SEARCHES_BEFORE_PLACES:
            seen[2] = _Places(text, self._literals)
        return seen[2]

    @cached_property
    def _literals(self) -> list[tuple[regex.Pattern, ...] | None]:
        """Each plain alternative's opening literals (compiled as patterns are: they find every place a match of it may
        start, and more), or None."""
        from lint.openings import openings

        compiled: dict[str, regex.Pattern] = {}
        out: list[tuple[regex.Pattern, ...] | None] = [None] * len(self.alone)
        for i, pattern in self._by_opening[0]:
            found = openings(pattern.pattern)
            # (a literal of a letter or two, or a comma, is in most sentences: its pass costs more than it saves)
            if found and all(len(literal.removeprefix(r"\b").replace("\\", "")) >= PLACES_LITERAL for literal in found):
                out[i] = tuple(compiled.setdefault(literal, regex.compile(literal, FLAGS)) for literal in found)
        return out

    @cached_property
    def _by_opening(self) -> tuple[tuple, tuple]:
        """The alternatives with no opening to tell ((index, pattern) each), and each opening with the alternatives
        it opens."""
        openings = self.openings or (None,) * len(self.alone)
        plain = tuple((i, p) for i, (p, o) in enumerate(zip(self.alone, openings, strict=True)) if o is None)
        members: dict[regex.Pattern, list] = {}
        for i, (p, o) in enumerate(zip(self.alone, openings, strict=True)):
            if o is not None:
                members.setdefault(o, []).append((i, p))
        return plain, tuple((o, tuple(m)) for o, m in members.items())


class _Places:
    """Where each plain alternative of an alternation may match in one long text: where one of the literals every
    match of it opens with is (Alternation._literals). Found a stretch of the text at a time (PLACES_STRETCH), as the
    searches come to it, and each stretch once."""

    def __init__(self, text: str, literals: list[tuple[regex.Pattern, ...] | None]) -> None:
        self._text = text
        self._literals = literals
        self._distinct = tuple(dict.fromkeys(literal for found in literals if found for literal in found))
        self._stretches: dict[int, list[list[int] | None]] = {}  # stretch -> each alternative's places in it

    def in_stretch_of(self, at: int) -> list[list[int] | None]:
        """Each alternative's places in the stretch `at` is in, in order (None for one with no literals: it is
        searched as it is)."""
        return self._in_stretch(at // PLACES_STRETCH)

    def first_beyond(self, i: int, at: int, end: int) -> int | None:
        """Alternative i's first place in the stretches after the one `at` is in, those that start before `end`."""
        stretch = at // PLACES_STRETCH + 1
        while stretch * PLACES_STRETCH < end:
            places = self._in_stretch(stretch)[i]
            if places:
                return places[0]
            stretch += 1
        return None

    def _in_stretch(self, stretch: int) -> list[list[int] | None]:
        found = self._stretches.get(stretch)
        if found is None:
            lo, hi = stretch * PLACES_STRETCH, (stretch + 1) * PLACES_STRETCH
            starts: dict[regex.Pattern, list[int]] = {}
            for literal in self._distinct:
                # (a literal is a word boundary and characters, each matching one character of the text: no match
                # of it is longer than its source, so each that starts in the stretch is found as in the whole text)
                starts[literal] = [m.start() for m in literal.finditer(self._text, lo, hi + len(literal.pattern),
                                                                       overlapped=True) if m.start() < hi]
            found = self._stretches[stretch] = [
                None if literals is None else sorted({at for literal in literals for at in starts[literal]})
                for literals in self._literals]
        return found


# --- loading -----------------------------------------------------------------


def load_pack(extra: Sequence[Path] = ()) -> RulePack:
    """The bundled rules plus user packs (folders or .toml files), validated and compiled."""
    if not extra:
        return _bundled()
    files = list(_bundled_files())
    for path in extra:
        files.extend(_pack_files(Path(path)))
    return _build(tuple(files))


@cache
def _bundled() -> RulePack:
    return _build(tuple(_bundled_files()))


def _bundled_files() -> list[Path]:
    root = data_dir("rules")
    return sorted((root / "extract").glob("*.toml")) + sorted((root / "lexicon").glob("*.toml"))


def _pack_files(path: Path) -> list[Path]:
    if path.is_dir():
        # (not in hidden folders, as the result cache's fingerprint of a pack reads it: lint/cache.py)
        found = sorted(p for p in path.rglob("*.toml") if p.is_file()
                       and not any(part.startswith(".") for part in p.relative_to(path).parts))
        if not found:
            raise InputError(f"{path}: no .toml rule files in this folder")
        return found
    if path.is_file():
        if path.suffix.lower() != ".toml":
            raise InputError(f"{path}: a rule pack is a .toml file or a folder of them")
        return [path]
    raise InputError(f"{path}: no such rule pack (file or folder)")


def _read_toml(path: Path, raw: bytes) -> dict:
    try:
        text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # (as Path.read_text reads it)
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    try:
        return toml_cache.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: invalid TOML: {exc}") from None


def _read_bytes(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _is_extract_file(data: dict) -> bool:
    return "pattern" in data or "define" in data or isinstance(data.get("kind"), str)


def _build(files: tuple[Path, ...]) -> RulePack:
    # each file read once: the bytes parsed are the bytes the kept expansions are keyed by, even where a file is
    # saved while a lint starts
    contents = [_read_bytes(path) for path in files]
    pack_fingerprint = _fingerprint_of(files, contents)
    kept = expansions.load(pack_fingerprint)
    # expansions are kept only for a pack that built cleanly, so a kept pack's regex word lists compile: checking
    # them entry by entry, and compiling them before they are used, would repeat what that build found
    check_word_lists = kept is None
    defines: dict[str, str] = {}
    lexicon: dict[str, WordList] = {}
    raw_patterns: dict[str, tuple[dict, str, str]] = {}  # name -> (entry, file kind, file)
    for path, raw in zip(files, contents, strict=True):
        data = _read_toml(path, raw)
        where = str(path)
        if _is_extract_file(data):
            _read_extract_file(data, where, defines, raw_patterns)
        else:
            _read_lexicon_file(data, where, lexicon, check_word_lists)
    expander = _Expander(defines, lexicon, kept)
    rules = [_read_rule(name, entry, file_kind, where, expander) for name, (entry, file_kind, where)
             in raw_patterns.items()]
    compiled: dict = {}
    for name, words in lexicon.items():
        if check_word_lists and words.regex_entries and any(_MACRO.search(e) for e in words.entries):
            source = expander.expand("{{" + name + "}}", f"{words.source}: word list '{name}'")
            compiled[name] = _compile_checked(source, words.source, f"word list '{name}'")
    scanners = [s for kind in _SCAN_ORDER for s in _scanners(kind, [r for r in rules if r.kind == kind])]
    if kept is None and expansions.enabled():  # every body, so that the next run expands nothing, linting included
        expansions.save(pack_fingerprint, expander.all_bodies())
    return RulePack(
        rules=tuple(rules),
        scanners=tuple(scanners),
        lexicon=MappingProxyType(lexicon),
        defines=MappingProxyType(defines),
        fingerprint=pack_fingerprint,
        files=tuple(str(p) for p in files),
        _compiled_lists=compiled,
        _expander=expander,
    )


_SCAN_ORDER = (Kind.STATUTE.value, Kind.PENALTY.value, Kind.DATE.value, Kind.FIGURE.value, IGNORE)
_GUARD = regex.compile(r"\A\s*(\(\?=(?:[^()]|\([^()]*\))*\))")


def _scanners(kind: str, rules: list[ExtractRule]) -> list[Scanner]:
    """The kind's rules as scanners. Rules that start with the same guard (`(?=\\d)`) become one
    alternation, in file order, behind one cheap check; any other rule is a scanner of its own,
    so the regex engine can still skip ahead to its leading literal."""
    guarded: dict[str, list[tuple[str, ExtractRule, str]]] = {}
    out: list[Scanner] = []
    for i, rule in enumerate(rules):
        marker = f"_r{i}"
        guard = _GUARD.match(rule.source)
        if guard is None:
            out.append(_compile_scanner(kind, [(marker, rule, _case_sensitive_guard(rule.source))], ""))
        else:
            guarded.setdefault(guard.group(1), []).append((marker, rule, rule.source[guard.end() :]))
    for guard, members in guarded.items():
        out.append(_compile_scanner(kind, members, _digit_led_guard(_case_sensitive_guard(guard))))
    return out


# a guard that is one set of characters: "(?=[+(\d])", "(?=[\[^])"
_SET_GUARD = regex.compile(r"\A(\s*)\(\?=(\[\^?\]?(?:\\.|[^\]\\])*\])\)")
# a set's members: an escape or a character
_SET_ITEM = regex.compile(r"\\.|.", regex.S)
# what in a set matches the same characters in any case: \d, \s, \w and their negations, an escaped symbol
_CASELESS_ESCAPE = regex.compile(r"\\[dDsSwW]|\\[^\p{L}\p{N}\s]")


def _case_sensitive_guard(source: str) -> str:
    """A pattern whose guard is a set of characters none of which has a case ("(?=[+(\\d])") with that set
    compiled case-sensitively: it matches the same characters, and the engine skips to them about three
    times faster than to a set it must compare in every case (the patterns compile IGNORECASE)."""
    m = _SET_GUARD.match(source)
    if m is None:
        return source
    body = m.group(2)[1:-1].removeprefix("^")
    items = _SET_ITEM.findall(body)
    if "-" in items[1:-1]:
        return source  # a range ("[+-\\[]" holds the capitals between "+" and "[")
    rest = _CASELESS_ESCAPE.sub("", body)
    if "\\" in rest or not all(unicodedata.category(c) in _CASELESS_CATEGORIES for c in rest):
        return source  # a letter (or a character the engine may know a case of), or another escape
    return f"{m.group(1)}(?=(?-i:{m.group(2)})){source[m.end():]}"


# a guard that opens with a set of ASCII digits, its case set aside or not: "(?=[1-9]\d)", "(?=(?-i:[01]))"
_DIGIT_SET_GUARD = regex.compile(r"\A\s*\(\?=(?:\(\?-i:)?\[(?:[0-9]-[0-9]|[0-9])+\]")


def _digit_led_guard(guard: str) -> str:
    """A guard whose first character is one of a set of digits ("(?=[1-9]\\d)") led by `(?=\\d)` too: it matches
    where it did (each of those digits is a \\d), and the engine skips from digit to digit, where it tries a set's
    characters at every position of the text (the age patterns' pass over a 100,000-word draft took 72 ms, 26 ms so)."""
    return f"(?=\\d){guard}" if _DIGIT_SET_GUARD.match(guard) else guard


# punctuation, spaces, symbols of mathematics and money, modifiers, digits: no character of these has a case,
# in any version of Unicode (Python's may be older than the regex engine's, which knows case pairs it does not)
_CASELESS_CATEGORIES = frozenset({"Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Zs", "Sm", "Sc", "Sk", "Nd"})


def _compile_scanner(kind: str, members: list[tuple[str, ExtractRule, str]], guard: str) -> Scanner:
    body = "\n|".join(f"(?P<{marker}>{source}\n)" for marker, _, source in members)
    source = f"{guard}(?:{body})" if guard else body
    try:
        pattern = regex.compile(source, FLAGS)
    except (regex.error, OverflowError, RecursionError, ValueError):
        for _, rule, _ in members:  # name the pattern at fault
            _compile_checked(rule.source, rule.file, f"pattern '{rule.name}'")
        raise InputError(f"{members[0][1].file}: the {kind} patterns do not compile together") from None
    from lint.normalize import LEADING_GROUPS

    leading = {rule.name: tuple(g for g in LEADING_GROUPS if f"<{g}>" in rule.source) for _, rule, _ in members}
    branches = MappingProxyType({marker: rule for marker, rule, _ in members})
    line_starts = not guard and all(_LINE_START.match(source) and not _alternation_at_top(source)
                                    for _, _, source in members)
    return Scanner(kind, pattern, branches, MappingProxyType(leading), line_starts)


# a pattern that matches only at a line's start: it opens with "^" in multiline mode, "(?m)^" (as a verbose pattern
# may space it), and has no "|" outside its groups (_alternation_at_top: "(?m)^\d+[.)] | Item \d+" matches mid-line)
_LINE_START = regex.compile(r"\A\s*\(\?[a-zA-Z]*m[a-zA-Z]*\)\s*\^")


def _alternation_at_top(source: str) -> bool:
    """Does the pattern have a "|" outside every group and character set (an escape "\\|" is none)?"""
    depth, in_set, i = 0, False, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_set:
            in_set = c != "]"
        elif c == "[":
            in_set = True
            if source[i + 1 : i + 2] == "]" or source[i + 1 : i + 3] == "^]":
                i += 2 if source[i + 1] == "]" else 3  # "[]...]", "[^]...]": a leading "]" is a member
                continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def fingerprint(files: Sequence[Path]) -> str:
    """A hash of the rule files' names and bytes: a cache key that needs no compiling."""
    contents = []
    for path in files:
        try:
            contents.append(Path(path).read_bytes())
        except OSError:
            contents.append(b"<unreadable>")
    return _fingerprint_of(files, contents)


def _fingerprint_of(files: Sequence[Path], contents: Sequence[bytes]) -> str:
    digest = hashlib.sha256()
    for path, raw in zip(files, contents, strict=True):
        digest.update(Path(path).name.encode() + b"\0")
        digest.update(raw)
    return digest.hexdigest()[:16]


def pack_fingerprint(extra: Sequence[Path] = ()) -> str:
    """The fingerprint `load_pack(extra)` would have, without loading it."""
    files = list(_bundled_files())
    for path in extra:
        files.extend(_pack_files(Path(path)))
    return fingerprint(files)


def _read_extract_file(data: dict, where: str, defines: dict, raw_patterns: dict) -> None:
    unknown = set(data) - _EXTRACT_TOP_KEYS
    if unknown:
        raise InputError(f"{where}: unknown key '{sorted(unknown)[0]}' (expected kind, define, pattern)")
    file_kind = data.get("kind", "")
    if file_kind and file_kind not in _KINDS:
        raise InputError(f"{where}: unknown kind '{file_kind}' (one of {', '.join(sorted(_KINDS))})")
    block = data.get("define", {})
    if not isinstance(block, dict):
        raise InputError(f"{where}: [define] must be a table of name = 'regex'")
    for name, value in block.items():
        if not isinstance(value, str):
            raise InputError(f"{where}: define '{name}': must be a string (a regex fragment)")
        defines[name] = value
    entries = data.get("pattern", [])
    if not isinstance(entries, list):
        raise InputError(f"{where}: 'pattern' must be an array of tables ([[pattern]])")
    for i, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise InputError(f"{where}: pattern #{i}: must be a table")
        name = entry.get("name")
        label = f"pattern '{name}'" if isinstance(name, str) and name else f"pattern #{i}"
        if not isinstance(name, str) or not name:
            raise InputError(f"{where}: {label}: missing 'name'")
        unknown = set(entry) - _PATTERN_KEYS
        if unknown:
            raise InputError(f"{where}: {label}: unknown key '{sorted(unknown)[0]}'")
        raw_patterns[name] = (entry, file_kind, where)  # a later file replaces an earlier pattern


def _read_lexicon_file(data: dict, where: str, lexicon: dict[str, WordList], check_regexes: bool) -> None:
    for name, entry in data.items():
        if not isinstance(entry, dict):
            raise InputError(f"{where}: word list '{name}': must be a table with 'entries'")
        unknown = set(entry) - _LEXICON_KEYS
        if unknown:
            raise InputError(f"{where}: word list '{name}': unknown key '{sorted(unknown)[0]}'")
        match = entry.get("match", "phrase")
        case = entry.get("case", "any")
        if match not in ("phrase", "regex"):
            raise InputError(f"{where}: word list '{name}': 'match' must be \"phrase\" or \"regex\"")
        if case not in ("any", "exact"):
            raise InputError(f"{where}: word list '{name}': 'case' must be \"any\" or \"exact\"")
        raw = entry.get("entries")
        if isinstance(raw, list):
            if not all(isinstance(e, str) and e.strip() for e in raw):
                raise InputError(f"{where}: word list '{name}': every entry must be a non-empty string")
            entries: dict[str, object] = dict.fromkeys(raw, True)
        elif isinstance(raw, dict):
            if not all(k.strip() for k in raw):
                raise InputError(f"{where}: word list '{name}': empty key")
            entries = dict(raw)
        else:
            raise InputError(f"{where}: word list '{name}': 'entries' must be a list or a table")
        old = lexicon.get(name)
        if old is not None and not entry.get("replace", False):
            if old.regex_entries != (match == "regex"):
                raise InputError(f"{where}: word list '{name}': 'match' differs from the list it extends")
            entries = {**old.entries, **entries}
        if match == "regex" and check_regexes:
            for key in entries:
                _compile_checked(key, where, f"word list '{name}' entry {key!r}", allow_macros=True)
        lexicon[name] = WordList(name, MappingProxyType(entries), match == "regex", case == "exact", where)


def _read_rule(name: str, entry: dict, file_kind: str, where: str, expander: _Expander) -> ExtractRule:
    label = f"pattern '{name}'"
    kind = entry.get("kind", file_kind)
    if kind not in _KINDS:
        raise InputError(f"{where}: {label}: unknown kind '{kind}' (one of {', '.join(sorted(_KINDS))})")
    source = entry.get("regex")
    if not isinstance(source, str) or not source.strip():
        raise InputError(f"{where}: {label}: missing 'regex'")
    normalizer = entry.get("normalize", "")
    priority = entry.get("priority", 0)
    if not isinstance(priority, int) or isinstance(priority, bool):
        raise InputError(f"{where}: {label}: 'priority' must be an integer")
    examples = _strings(entry, "examples", where, label)
    counter = _strings(entry, "counterexamples", where, label)
    drafts_only = entry.get("drafts_only", False)
    if not isinstance(drafts_only, bool) or (drafts_only and kind != IGNORE):
        raise InputError(f"{where}: {label}: 'drafts_only' must be true or false, and only on an ignore pattern")
    expanded = expander.expand(source, f"{where}: {label}")
    groups = set(_GROUP_NAME.findall(expanded))
    bad = sorted(g for g in groups if g.startswith("_r") and g[2:].isdigit())
    if bad:
        raise InputError(f"{where}: {label}: the group name '{bad[0]}' is reserved")
    if kind != IGNORE:
        from lint.normalize import NORMALIZERS

        if normalizer not in NORMALIZERS:
            known = ", ".join(sorted(n for n, f in NORMALIZERS.items() if f.kind == kind))
            raise InputError(f"{where}: {label}: unknown normalizer '{normalizer}' (for {kind}: {known})")
        if NORMALIZERS[normalizer].kind != kind:
            raise InputError(f"{where}: {label}: normalizer '{normalizer}' makes {NORMALIZERS[normalizer].kind} "
                             f"values, not {kind}")
        missing = [g for g in NORMALIZERS[normalizer].needs if g not in groups]
        if missing:
            raise InputError(f"{where}: {label}: normalizer '{normalizer}' reads the group '{missing[0]}', "
                             "which the regex does not define")
    return ExtractRule(name, kind, expanded, normalizer, priority, where, examples, counter, str(entry.get("doc", "")),
                       drafts_only)


def _strings(entry: dict, key: str, where: str, label: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where}: {label}: '{key}' must be a list of strings")
    return tuple(value)


def _compile_checked(source: str, where: str, label: str, allow_macros: bool = False) -> regex.Pattern | None:
    if allow_macros and _MACRO.search(source):
        return None  # checked once expanded
    try:
        return regex.compile(source, FLAGS)
    except regex.error as exc:
        raise InputError(f"{where}: {label}: invalid regex: {exc}") from None
    except (OverflowError, RecursionError, ValueError) as exc:
        raise InputError(f"{where}: {label}: invalid regex: {exc}") from None


class _Expander:
    """Replaces {{name}} with a [define] fragment or a word list, recursively."""

    def __init__(self, defines: Mapping[str, str], lexicon: Mapping[str, WordList],
                 bodies: Mapping[str, str] | None = None) -> None:
        self.defines = defines
        self.lexicon = lexicon
        self._cache: dict[str, str] = dict(bodies or {})  # name -> its body, expanded

    def all_bodies(self) -> dict[str, str]:
        """Every define's and word list's body; one that does not expand is left out, to fail where it is used."""
        for name in [*self.defines, *self.lexicon]:
            with contextlib.suppress(InputError):
                self._body(name, name, ())
        return dict(self._cache)

    def expand(self, source: str, where: str, stack: tuple[str, ...] = ()) -> str:
        def replace(m: regex.Match) -> str:
            name, prefix = m.group(1), m.group(2)
            body = self._body(name, where, stack)
            if prefix:
                body = _prefix_groups(body, prefix)
            return "(?:" + body + ")"

        return _MACRO.sub(replace, _FIRST_CHARS_MACRO.sub(lambda m: self._first_chars(m.group(1), where), source))

    def _first_chars(self, name: str, where: str) -> str:
        """The members of a character set holding every character a match of the word list can open with: a guard
        `(?=(?-i:[A-Z{{first(currency_symbols)}}]))` the engine skips ahead to, where the list itself (an
        alternation) is tried at every position. Every character, where that cannot be told for sure: a list of
        regexes, an empty one, or one compared in any case whose phrases open with a letter (the engine may know case
        pairs Python does not)."""
        words = self.lexicon.get(name)
        if words is None:
            raise InputError(f"{where}: unknown word list in {{{{first({name})}}}}")
        firsts = {" ".join(phrase.split())[:1] for phrase in words.entries} - {""}
        if (words.regex_entries or not firsts
                or (not words.exact_case and any(unicodedata.category(c) not in _CASELESS_CATEGORIES for c in firsts))):
            return _ANY_CHAR_MEMBERS
        # (escaped unless a letter or a digit: "$", "-", "]", "^" and "#" are members, not the set's syntax)
        return "".join(c if c.isalnum() else "\\" + c for c in sorted(firsts))

    def _body(self, name: str, where: str, stack: tuple[str, ...]) -> str:
        if name in stack:
            raise InputError(f"{where}: {{{{{name}}}}} refers to itself ({' -> '.join((*stack, name))})")
        if name in self._cache:
            return self._cache[name]
        if name in self.defines:
            body = self.expand(self.defines[name], where, (*stack, name))
        elif name in self.lexicon:
            body = self._word_list(self.lexicon[name], where, stack)
        else:
            raise InputError(f"{where}: unknown {{{{{name}}}}} (no [define] or word list of that name)")
        self._cache[name] = body
        return body

    def _word_list(self, words: WordList, where: str, stack: tuple[str, ...]) -> str:
        if words.regex_entries:
            alts = [self.expand(e, where, (*stack, words.name)) for e in words.entries]
            body = "|".join(f"(?:{a})" for a in alts) if alts else "(?!)"
        else:
            body = literal_alternation(words.entries)
        return f"(?-i:{body})" if words.exact_case else body


def literal_alternation(phrases) -> str:
    """Literal phrases as one alternation, factored by their common beginnings (a trie): the engine
    tries a letter once for every phrase that shares it, not once per phrase (about twice as fast on
    the attribution verbs). It matches what the plain alternation, longest first, matches; where two
    phrases differ only in case at some letter, and so could both match there, where a phrase has a
    letter outside ASCII (whose case pairs Python and the regex engine may know differently), or a
    phrase too long to factor letter by letter, it is that plain alternation."""
    phrases = sorted({" ".join(p.split()) for p in phrases} - {""}, key=lambda p: (-len(p), p))
    if not phrases:
        return "(?!)"
    if len(phrases[0]) > _LONGEST_FACTORED or any(not ch.isascii() and ch.isalpha()
                                                  for phrase in phrases for ch in phrase):
        return "|".join(f"(?:{_phrase_regex(p)})" for p in phrases)
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[_END] = r"\b" if _WORD_CHAR.match(phrase[-1]) else ""

    def emit(node: dict, at_start: bool) -> str | None:
        letters = [ch for ch in node if ch is not _END]
        if len(letters) > 1:
            cases = [{ch, ch.lower(), ch.upper(), ch.casefold()} for ch in letters]
            if len(set().union(*cases)) < sum(map(len, cases)) or any(len(c) != 1 for v in cases for c in v):
                return None  # two branches could take the same letter: order by length decides, not the trie
        alts = []
        for ch in letters:
            rest = emit(node[ch], False)
            if rest is None:
                return None
            edge = r"\b" if at_start and _WORD_CHAR.match(ch) else ""
            alts.append(edge + _literal_char(ch) + rest)
        if _END in node:
            alts.append(node[_END])  # last: a longer phrase through this point is tried first
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    factored = emit(trie, True)
    return factored if factored is not None else "|".join(f"(?:{_phrase_regex(p)})" for p in phrases)


_END = object()
# the trie is built and written by recursion, a level per letter
_LONGEST_FACTORED = 200


def _literal_char(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    return regex.escape(ch, special_only=True, literal_spaces=False)


def _phrase_regex(phrase: str) -> str:
    """A literal phrase: any run of spaces matches any whitespace; word edges are boundaries."""
    parts = [regex.escape(p, special_only=True, literal_spaces=False) for p in phrase.split()]
    body = r"\s+".join(parts)  # escape() already guards "#", which starts a comment in a verbose pattern
    # a word boundary only beside a word character as the regex engine sees one ("m³" ends in none)
    if _WORD_CHAR.match(phrase[:1]):
        body = r"\b" + body
    if _WORD_CHAR.match(phrase[-1:]):
        body += r"\b"
    return body


_WORD_CHAR = regex.compile(r"\w")


def _prefix_groups(body: str, prefix: str) -> str:
    body = _GROUP_NAME.sub(lambda m: m.group(0).replace(m.group(1), prefix + m.group(1)), body)
    return _GROUP_REF.sub(lambda m: m.group(0).replace(m.group(1) or m.group(2), prefix + (m.group(1) or m.group(2))),
                          body)
