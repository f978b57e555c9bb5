"""From matched text to normalized values: "two years" -> 24 months, "20,000" -> 20000,
"Article 261" -> '261', "the latter half of the 1990s" -> 1995..1999.

The pure helpers (numbers, durations, dates, law names) take their words from the
rule pack's lexicon. The normalizers at the bottom read one pattern's named
groups (see rules/README.md for the groups each reads) and return values.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Protocol

import regex

from lint.model import FLOOR_BOUNDS, DateValue, Figure, Kind, Penalty, Statute, Value, currency_unit
from lint.source import QUESTION_LINE, Document

# --- numbers -------------------------------------------------------------------

_DIGITS = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")
_WORD_SPLIT = re.compile(r"[\s\-–]+")


def parse_number(text: str, pack) -> float | None:
    """'2,000' -> 2000; '1.2 million' -> 1200000; 'three hundred' -> 300; 'a dozen' -> 12."""
    if text is None:
        return None
    t = text.strip().lower()
    if not t:
        return None
    numbers = pack.words("number_words")
    scales = pack.words("scale_words")
    m = _DIGITS.match(t)
    if m:
        value = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        rest = t[m.end() :].strip()
        if rest:
            scale = scales.lookup(rest)
            if scale is None:
                return None
            value *= float(scale)
        return value
    total, current, seen = 0.0, 0.0, False
    for tok in _WORD_SPLIT.split(t):
        if not tok or tok == "and":
            continue
        if tok in ("a", "an"):
            current += 1
            seen = True
            continue
        if tok == "dozen":
            current = (current or 1) * 12
            seen = True
            continue
        if tok == "hundred":
            current = (current or 1) * 100
            seen = True
            continue
        scale = scales.lookup(tok)
        if scale is not None:
            total += (current or 1) * float(scale)
            current = 0.0
            seen = True
            continue
        value = numbers.lookup(tok)
        if value is None:
            return None
        current += float(value)
        seen = True
    return total + current if seen else None


def number_range(lo: str | None, hi: str | None, pack) -> tuple[float, float] | None:
    """Both ends of a range; a scale on the high end carries to the low ("2 to 3 million")."""
    low = parse_number(lo, pack) if lo else None
    if low is None:
        return None
    if not hi:
        return low, low
    high = parse_number(hi, pack)
    if high is None:
        return low, low
    scale = trailing_scale(hi, pack)
    if scale and not trailing_scale(lo, pack) and low * scale <= high:
        low *= scale
    if high < low:
        return None  # "3-2": a score or a list, not a range
    return low, high


def trailing_scale(text: str, pack) -> float | None:
    """The scale word closing an amount's text ("62.5 million", "$4.5bn"), as a factor; None where it has none."""
    words = text.lower().split()
    if len(words) > 1 or (words and not words[0][:1].isdigit()):
        value = pack.words("scale_words").lookup(words[-1])
        if value is not None and len(words) > 1:
            return float(value)
    m = re.search(r"\d\s*(bn|mn)$", text.lower())
    if m:
        return float(pack.words("scale_words").lookup(m.group(1)))
    return None


def whole(value: float) -> float:
    """Round away float noise (3.3000000000000003 -> 3.3)."""
    return round(value, 6)


# --- durations -----------------------------------------------------------------


def time_unit(word: str, pack) -> tuple[str, float] | None:
    """'years' -> ('months', 12); 'weeks' -> ('days', 7)."""
    return _unit_and_factor("time_units", word, pack)


def _unit_and_factor(word_list: str, phrase: str, pack) -> tuple[str, float] | None:
    """The [unit, factor] a word list gives `phrase`, or None."""
    found = pack.words(word_list).lookup(phrase)
    if not found:
        return None
    unit, factor = found
    return str(unit), float(factor)


def in_months(amount: float, word: str, pack) -> float | None:
    unit = time_unit(word, pack)
    if unit is None:
        return None
    family, factor = unit
    if family == "months":
        return whole(amount * factor)
    if family == "days":
        return whole(amount * factor / 30)
    if family == "hours":
        return whole(amount * factor / (30 * 24))
    return None


# --- dates ---------------------------------------------------------------------


def iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year if year > 0 else 2000, month)[1]


def year_value(y: int, anchor: str | None = None) -> DateValue:
    return DateValue(iso(y, 1, 1), iso(y, 12, 31), "year", anchor)


def decade_value(decade: int, part: str | None, pack) -> DateValue:
    """'the 1990s' -> 1990..1999; 'the latter half of the 1990s' -> 1995..1999."""
    if not part:
        return DateValue(iso(decade, 1, 1), iso(decade + 9, 12, 31), "decade")
    first, last = pack.words("decade_parts").lookup(part, (0, 9))
    return DateValue(iso(decade + int(first), 1, 1), iso(decade + int(last), 12, 31), "decade-part")


def century_value(century: int, part: str | None, pack) -> DateValue:
    """'the 19th century' -> 1800..1899 (as writers use it); parts by thirds."""
    start = (century - 1) * 100
    if not part:
        return DateValue(iso(start, 1, 1), iso(start + 99, 12, 31), "century")
    first, last = pack.words("century_parts").lookup(part, (0, 99))
    return DateValue(iso(start + int(first), 1, 1), iso(start + int(last), 12, 31), "century")


# --- laws ----------------------------------------------------------------------

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an|this|that)\s+", re.I)


def law_key(name: str | None, pack) -> str | None:
    """'the Criminal Code' -> 'criminal-code' (by alias); 'Sexual Offences Act' -> 'sexual offences act'."""
    if not name:
        return None
    plain = " ".join(name.replace("’", "'").split())
    plain = _LEADING_ARTICLE.sub("", plain)
    # "the 1946 Law on ...", "the Sexual Offences Act 2003": the year is Statute.year, not the name
    plain = re.sub(r",?\s+(?:of\s+)?\d{4}$", "", re.sub(r"^\d{4}\s+", "", plain))
    key = plain.lower()
    if pack.words("generic_laws").lookup(key):
        return None  # "the Act", "the Law": a law named earlier, not named here
    aliases = pack.words("law_aliases")
    found = aliases.lookup(key)
    if found:
        return str(found)
    # "the Indian Penal Code", "the Russian Criminal Code": an alias after the country's adjective
    words = key.split()
    for i in range(1, min(len(words), 4)):
        found = aliases.lookup(" ".join(words[i:]))
        if found:
            return str(found)
    # "Penal Code of the DPRK": the name up to its head word may be the alias
    heads = pack.word_pattern("law_heads")
    for m in heads.finditer(plain):
        head_end = m.end()
        found = aliases.lookup(key[:head_end])
        if found:
            return str(found)
        break
    return key


# --- what a normalizer reads -------------------------------------------------------


class MatchContext(Protocol):
    """What a normalizer may read besides a match's groups."""

    pack: object
    source: str  # the document's text (the scan text has number words rewritten as digits)
    currencies: Mapping[str, str]  # currency words beyond the pack's: "dalen" -> "currency:DALEN"
    guess_currencies: bool  # a word after a fine's amount may be its currency (a build's first reading)
    text: str  # the masked text, where context words are read
    doc: Document

    def sentence_bounds(self, offset: int) -> tuple[int, int]: ...
    def per_period(self, start: int, end: int) -> str | None: ...
    def noun_after(self, end: int, start: int | None = None) -> str | None: ...
    def heading_above(self, offset: int) -> str: ...  # the heading, and a list's introduction for its items


# Groups that may stand before the match proper (caught in a lookbehind) and belong to the claim's span.
LEADING_GROUPS = ("approx", "bound", "pre", "anchor", "part", "law", "cur", "cent", "ord")

Found = tuple[int, int, Value]


class Groups:
    """A match's groups, as text of the original document."""

    __slots__ = ("_index", "_leading", "_left", "_span", "ctx", "m", "pack", "src")

    def __init__(self, m: regex.Match, ctx: MatchContext, leading: tuple[str, ...] | None = None,
                 span: tuple[int, int] | None = None) -> None:
        self.m = m
        self.ctx = ctx
        self.pack = ctx.pack
        self.src = ctx.source
        self._index = m.re.groupindex
        self._left: int | None = None  # start of a word read before the match ("about")
        # the leading groups this pattern has (given by the caller, who knows the rule)
        self._leading = leading if leading is not None else tuple(n for n in LEADING_GROUPS if n in self._index)
        # the match's claim span (`match_claim_span`), worked out once: a normalizer asks for it three times on average
        # (the caller may know it already)
        self._span = span

    def __call__(self, name: str) -> str | None:
        if name not in self._index:
            return None
        s, e = self.m.span(name)
        return None if s < 0 else self.src[s:e]

    def has(self, name: str) -> bool:
        return name in self._index and self.m.start(name) >= 0

    def span(self, name: str) -> tuple[int, int]:
        return self.m.span(name)

    def captures(self, name: str) -> list[tuple[str, int, int]]:
        if name not in self._index:
            return []
        return [(self.src[s:e], s, e) for s, e in zip(self.m.starts(name), self.m.ends(name), strict=True)]

    def claim_span(self) -> tuple[int, int]:
        """The `claim` group, or the whole match, widened to the leading groups caught before it."""
        if self._span is None:
            self._span = match_claim_span(self.m, self._leading)
        start, end = self._span
        if self._left is not None and self._left < start:
            start = self._left
        return start, end

    def leading(self, list_name: str, window: int = 40, extend: bool = True) -> regex.Match | None:
        """A phrase of the word list standing right before the claim ("about", "up to"): read once
        here, for a match being kept, rather than by every pattern at every number. With
        `extend`, the phrase becomes part of the claim's span."""
        start = self.claim_span()[0]
        pattern = leading_pattern(self.pack, list_name)
        found = pattern.search(self.ctx.text, max(0, start - window), start)
        if found is not None and found.start() > 0:
            # (read from the right, the first phrase found may be the tail of a longer one: "above" of "not above")
            longer = leading_pattern(self.pack, list_name, longest=True).search(
                self.ctx.text, max(0, found.start() - LONGER_LEAD_REACH), start)
            if longer is not None and longer.start() < found.start():
                found = longer
        if found is not None and extend:
            self._left = found.start()
        return found

    def leading_text(self, list_name: str) -> str | None:
        found = self.leading(list_name)
        # (its words, without the bold that may open the claim after it: "at least **11**")
        return BOLD_AFTER_LEAD.sub("", found.group()).rstrip() if found else None

    def text(self) -> str:
        s, e = self.claim_span()
        return self.src[min(s, self.m.start()) : max(e, self.m.end())]


def match_claim_span(m: regex.Match, leading: tuple[str, ...]) -> tuple[int, int]:
    """The `claim` group of a match, or the whole match, widened to the `leading` groups caught before it."""
    start, end = m.span("claim") if "claim" in m.re.groupindex else (-1, -1)
    if start < 0:
        start, end = m.span()
    for name in leading:
        s, e = m.span(name)
        if 0 <= s < start and e <= start + 1:
            start = s
    return start, end


# the bold markup a lead may stand before (leading_pattern)
BOLD_AFTER_LEAD = regex.compile(r"\s{0,3}(?:\*\*|__)\Z")


# How far before a lead found reading from the right a longer one ending at the claim is looked for (characters).
LONGER_LEAD_REACH = 16


def leading_pattern(pack, list_name: str, longest: bool = False) -> regex.Pattern:
    """A phrase of the word list right before a claim, read from the right (fast over a long window); `longest`: read
    forward, the first start that reaches the claim, the longest phrase ("not above", not "above"), for a short
    window."""
    # (bold markup may open the claim after its lead: "disqualification from public office for **10 years**")
    return pack.expanded(("" if longest else "(?r)") + r"(?<![\w-])(?:{{" + list_name + r"}})\s{0,3}(?:\*\*|__)?\Z",
                         f"word list '{list_name}'")


@dataclass(frozen=True)
class Normalizer:
    """Reads a pattern's groups into a value of its kind."""

    kind: str
    read: Callable[[Groups, MatchContext], list[Found] | Value | None]
    needs: tuple[str, ...] = ()
    doc: str = ""


def _one(g: Groups, value: Value | None) -> list[Found] | None:
    if value is None:
        return None
    s, e = g.claim_span()
    return [(s, e, value)]


# --- statutes ------------------------------------------------------------------

_REF_RANGE = re.compile(r"^(\d+)\s*[-–]\s*(\d+)$")
_PLURAL_DIVISIONS = {"articles", "arts", "sections", "secs", "chapters", "chs", "paragraphs", "paras", "§§"}


def read_statute(g: Groups, ctx: MatchContext) -> list[Found] | None:
    pack = g.pack
    div_word = (g("div") or "").strip()
    key = div_word.rstrip(".").lower()
    division = str(pack.words("divisions").lookup(key) or "article")
    plural = key in _PLURAL_DIVISIONS
    law = law_key(g("law"), pack)
    if law is None and g.has("lawabbr"):
        law = g("lawabbr").lower()
    year = None
    for name in ("lyear", "lyear2"):
        if g.has(name):
            year = int(g(name))
    refs: list[tuple[str, int, int]] = []
    for text, start, end in g.captures("ref"):
        ref = re.sub(r"\s+", "", text)
        rng = _REF_RANGE.match(ref)
        if plural and rng and int(rng.group(2)) > int(rng.group(1)):
            # "Articles 289-290": two articles, each with its own span
            refs.append((rng.group(1), start, start + len(rng.group(1))))
            refs.append((rng.group(2), end - len(rng.group(2)), end))
        else:
            refs.append((ref, start, end))
    if not refs:
        return None
    s, e = g.claim_span()
    out: list[Found] = []
    for i, (ref, rs, r_end) in enumerate(refs):
        start = s if i == 0 else rs
        end = e if i == len(refs) - 1 else r_end
        out.append((start, end, Statute((ref,), division, law, year)))
    return out


# --- penalties -----------------------------------------------------------------


def penalty_type(text: str, pack, without: tuple[str, ...] = ()) -> str:
    """The first type whose cue occurs in the penalty's words ('forced labor camp' -> camp); never one `without`."""
    for name, pattern in _penalty_type_patterns(pack):
        if name not in without and pattern.search(text):
            return name
    return "unspecified"


_SUSPENDED_FOR = r"suspended\s+for(?:\s+(?:a\s+)?(?:probation(?:ary)?\s+)?period\s+of)?"
# the words that make a length the period a term is suspended for, right before it
_PROBATION_RIGHT_BEFORE = regex.compile(rf"(?:{_SUSPENDED_FOR}|probation(?:ary)?\s+(?:period\s+)?(?:of|for))\s*$",
                                        regex.I)
# ... after a term they suspend: "3 years, suspended for"
_SUSPENDED_TERM_BEFORE = regex.compile(rf"\b(?:years?|months?)\b['’]?[^;|]{{0,40}}?\b{_SUSPENDED_FOR}\s*$", regex.I)


def _penalty_type_patterns(pack) -> list[tuple[str, regex.Pattern]]:
    cached = pack._compiled_lists.get("__penalty_types__")
    if cached is None:
        from lint.patterns import FLAGS

        cached = [(str(name), regex.compile(str(cue), FLAGS))
                  for cue, name in pack.words("penalty_types").entries.items()]
        pack._compiled_lists["__penalty_types__"] = cached
    return cached


def _duration(g: Groups, prefix: str) -> tuple[float | None, float | None] | None:
    """Months at the low and high end of one duration phrase (prefix '' or 'a_'/'b_').

    A length without a number ("several years") gives (None, None).
    """
    pack = g.pack
    unit = g(prefix + "tunit")
    lo = g(prefix + "lo")
    if not unit or not lo:
        return None
    if parse_number(lo, pack) is None:
        return None, None  # "several", "a few", "some", "many"
    rng = number_range(lo, g(prefix + "hi"), pack)
    if rng is None:
        return None
    low, high = (in_months(v, unit, pack) for v in rng)
    if low is None or high is None:
        return None
    extra = 0.0
    if g.has(prefix + "half"):
        extra = in_months(0.5, unit, pack) or 0.0
    elif g.has(prefix + "lo2") and g.has(prefix + "tunit2"):
        n2 = parse_number(g(prefix + "lo2"), pack)
        first, second = time_unit(unit, pack), time_unit(g(prefix + "tunit2"), pack)
        other = in_months(n2, g(prefix + "tunit2"), pack) if n2 is not None else None
        if other is not None and low == high and other != low and not g.has("b_lo") and _BETWEEN_BEFORE.search(
                g.src, max(0, g.m.start(prefix + "lo") - 12), g.m.start(prefix + "lo")):
            # "terms of between 18 months and four years", "between one year and 18 months": a range's ends
            # (not "between two years and six months and five years", whose upper end comes after)
            return whole(min(low, other)), whole(max(low, other))
        # "two years and six months", not "11 years and six years" (two terms: the first is read)
        if n2 is not None and first and second and second[0] == first[0] and second[1] < first[1]:
            extra = in_months(n2, g(prefix + "tunit2"), pack) or 0.0
    if g.has(prefix + "half") and g.has(prefix + "hi"):
        return whole(low), whole(high + extra)  # "two to three and a half years": the half is the upper end's
    return whole(low + extra), whole(high + extra)


_BETWEEN_BEFORE = regex.compile(r"\bbetween\s+$", regex.I)


_EXTREME_BOUND = {"maximum": "a maximum of", "minimum": "a minimum of", "ceiling": "a maximum of"}
# ... and the verbs that set a ceiling ("capped his sentence at five years")
_EXTREME_BOUND.update((verb, "a maximum of") for verb in ("cap", "caps", "capped", "capping",
                                                         "limit", "limits", "limited", "limiting"))
_EXTREME_WORD = regex.compile(r"\b(?:maximum|minimum)\b", regex.I)


def penalty_column(ctx: MatchContext, offset: int) -> str | None:
    """The header of the table column holding `offset`, if it heads penalties ("Maximum penalty",
    "Sentence"): its cells' lengths and amounts are penalties though they say only "seven years"."""
    block = ctx.doc.block_at(offset)
    if block is None or block.header is None:
        return None
    header = ctx.text[block.header[0] : block.header[1]]
    return header if ctx.pack.word_pattern("penalty_columns").search(header) else None


# a figure's own approximation, as the bound word a penalty reads
_APPROX_BOUND_WORD = {"up-to": "up to", "at-least": "at least"}


def column_fine(value: Figure, header: str, pack) -> Penalty:
    """An amount in a penalty column ("1 million talars" under "Maximum penalty") as a fine: the
    header's maximum or minimum bounds it, else the amount's own "up to" or "at least"."""
    extreme = _EXTREME_WORD.search(header)
    bound_word = _EXTREME_BOUND[extreme.group().lower()] if extreme else _APPROX_BOUND_WORD.get(value.approx)
    return _bounded("fine", bound_word, value.low, value.high, pack, value.unit.split(":", 1)[1])


def coordinated_penalty(length: Figure, ptype: str, bound_word: str | None, pack) -> Penalty | None:
    """A length in months as a penalty of type `ptype`, bounded by the words before it ("a ceiling
    of") or its own approximation ("up to"); None without a bound."""
    word = bound_word or _APPROX_BOUND_WORD.get(length.approx)
    if word is None:
        return None
    return _bounded(ptype, word, length.low, length.high, pack)


def _bounded(ptype: str, bound_word: str | None, low: float | None, high: float | None, pack,
             currency: str | None = None) -> Penalty:
    if low != high:
        return Penalty(ptype, "range", low, high, currency)
    bound = str(pack.words("penalty_bounds").lookup(bound_word, "exact")) if bound_word else "exact"
    if bound == "up-to":
        return Penalty(ptype, bound, None, high, currency)
    if bound in FLOOR_BOUNDS:
        return Penalty(ptype, bound, low, None, currency)
    return Penalty(ptype, "exact", low, high, currency)


# a law allowing a length, and the units a time limit rather than a term is told in, with no bound or type ("the Act
# allows 28 days"; not "allows up to 12 years")
_A_LAW_ALLOWS = regex.compile(r"\ballow(?:s|ed)\s*$", regex.I)
_A_TIME_LIMITS_UNIT = regex.compile(r"\b(?:days?|weeks?|hours?|months?)\b", regex.I)


def read_penalty(g: Groups, ctx: MatchContext) -> list[Found] | None:
    """A length of time that is a penalty: typed (group ptype), a sentence's adjective (adj), or
    after penal words (penalty_lead, penalty_place_lead, penalty_range_lead, penalty_provision_lead); else None."""
    pack = g.pack
    bound = None if g.has("b_tunit") else g.leading_text("penalty_bounds")
    context = ""
    if _AN_AGE_AFTER.match(ctx.text, g.claim_span()[1], ctx.sentence_bounds(g.claim_span()[1])[1]):
        return None  # "the exclusion from school of 14-year-old Venn": an age, never a term
    ban = g.has("adj") and _BAN_WORD.search(g("adj")) is not None  # "a seven-year ban"
    if ban and _BAN_ON_A_DEED.match(ctx.text, g.claim_span()[1]) and not _a_courts_ban(g, ctx):
        return None  # "the ministry imposed a two-year ban on fishing in the bay": a rule's, not a court's sentence
    if not (g.has("ptype") or g.has("adj")):
        for lead, window in (("penalty_lead", 90), ("penalty_place_lead", 80), ("penalty_range_lead", 140),
                             ("penalty_provision_lead", 170), ("penalty_ban_lead", 140), ("penalty_award_lead", 110)):
            found = g.leading(lead, window, extend=False)
            if lead == "penalty_ban_lead":  # "barred from holding management posts for seven years"
                if found is None or _HOURS.search(g.text()) or not (
                        _SUSPENDED_PERMISSION.match(found.group())
                        or _COURT.search(ctx.text, *ctx.sentence_bounds(found.start()))
                        or _PENAL_BAN.search(ctx.text, max(0, found.start() - 20), found.end())
                        or _speaks_of_sentencing(g, ctx, without=found.span())
                        or (_opens_its_paragraph(ctx, found.start())
                            and _ban_goes_on_from_terms(ctx, g, found.start()))):
                    continue  # "barred from returning home for three years": no court in sight; hours are no ban
                if _a_rule_makers_ban(g, ctx, found):
                    continue
                ban = True
                break
            if (lead == "penalty_lead" and found is not None and bound is None
                    and _A_LAW_ALLOWS.search(found.group()) and _A_TIME_LIMITS_UNIT.search(g.text())):
                continue  # "the Act allows 28 days", "Article 19 allows 48 months between inspections": a time limit
            if lead == "penalty_provision_lead" and found is not None and not _CLAUSE_CLOSES.match(
                    ctx.text, g.claim_span()[1]) and not _PROVISION_OBJECT.search(found.group()):
                continue  # "Article 8 provides for 16 weeks, paid in full", "- Article 12: 30 days for an appeal"
            if lead == "penalty_award_lead":  # the last lead: "each received five years"
                if found is None or not _speaks_of_sentencing(g, ctx, previous_paragraph=True):
                    continue  # "was given 18 months to repay"
                if bound is None and _ENDS_IN_ARTICLE.search(found.group()):
                    continue  # "given the maximum of eight years", not "given the five years it asked for"
                if _EXTREME_TOLD.match(found.group()) and _FOR_A_THING.match(ctx.text, g.claim_span()[1]):
                    continue  # "the maximum is five years for a lease": what the maximum is of, no term
                context = found.group()  # "a fine of 6 million; a further 18 months": no type from before
                if _ELIDED.match(context):
                    # "barred from public office for 10 years, and Garrod for seven years", "jailed Hrebec for six
                    # years; Salak four": the term before's kind; with no term before, no term ("She managed the
                    # depot for six years; Osterby for two years", "ran the depot for six years, and her deputy,
                    # Marek Vell, for four years")
                    before = ctx.text[ctx.sentence_bounds(found.start())[0] : found.start()]
                    kinds = list(_TERM_KIND.finditer(before))
                    if not kinds:
                        continue  # "she ran the depot for six years, and her deputy, Marek Vell, for four years"
                    ban = ban or bool(kinds and kinds[-1].group("ban"))
                    context = before[-60:]
                break
            if found is not None:
                # "Article 58, which allows bans of between one and five years", "such bans can run from": a ban
                ban = ban or (lead in ("penalty_provision_lead", "penalty_range_lead")
                              and _BAN_OBJECT.search(found.group()) is not None)
                # the words just before count for the type too: 'a “labor detention facility” for'
                s_start = ctx.sentence_bounds(found.start())[0]
                context = ctx.text[max(s_start, found.start() - 40) : found.end()]
                # "a maximum sentence of ten years", "raised the maximum penalty to": a bound
                break
        else:
            context = penalty_column(ctx, g.claim_span()[0])
            if context is None and _term_for_whom(g, ctx):
                context = ""  # "Fourteen years for Matteo Rusek, eight for Ilena Vasquel."
            if (context is None and bound is not None and _EXTREME_WORD.search(bound)
                    and not _HOURS.search(g.text())
                    and _PENAL_CAP.search(ctx.text, *ctx.sentence_bounds(g.claim_span()[0]))
                    and _speaks_of_sentencing(g, ctx)):
                # "his nine years sit well below the maximum of 15 years the law allows": a law's cap, a court in sight
                # (not "Mining licences are granted for a maximum of 10 years" after a sentence is told)
                context = ""
            if context is None:
                return None  # a length of time, not a penalty: the figure patterns have it
            ban = ban or _BAN_WORD.search(context) is not None  # a cell under "Ban": "Public office, 10 years"
            if _SUSPENDED_TERM_BEFORE.search(ctx.text, max(0, g.claim_span()[0] - 80), g.claim_span()[0]):
                # "3 years, suspended for 4 years" under "Prison": the 4 years are probation (a header's maximum
                # still bounds them); not "Driving licence suspended for 3 years", no term suspended
                context = "probation " + context
            if bound is None:  # the column "Maximum penalty" bounds its cells
                extreme = _EXTREME_WORD.search(context)
                bound = _EXTREME_BOUND[extreme.group().lower()] if extreme else None
    if bound is None:  # "a maximum sentence of ten years", "raised the minimum term to two years"
        extreme = g.leading("penalty_extreme_lead", 60, extend=False)
        if extreme is not None:
            bound = _EXTREME_BOUND[extreme.group("extreme").lower()]
    # a ban only by its own words (its adjective or its lead), never by a banned thing nearby ("the leader of
    # the banned opposition group was jailed for ten years")
    # (a length is never a fine: "punishable by a fine or up to five years")
    ptype = "ban" if ban else penalty_type(context + " " + g.text(), pack, without=("fine",))
    probation_typed = g.has("ptype") and _PROBATION_WORD.search(g("ptype")) is not None  # "two years' probation"
    if probation_typed and not (
            _SUSPENDED_WORD.search(ctx.text, *ctx.sentence_bounds(g.claim_span()[0])) or _speaks_of_sentencing(g, ctx)):
        return None  # "After two years' probation, teachers are given a permanent contract": no court's term
    if ptype == "probation" and not _PROBATION_RIGHT_BEFORE.search(ctx.text, max(0, g.claim_span()[0] - 60),
                                                                     g.claim_span()[0]) \
            and not probation_typed:  # "with two years' probation" is its own
        # "Already on probation, Brannik was jailed for nine years": the probation is another matter
        ptype = penalty_type(context + " " + g.text(), pack, without=("fine", "probation"))
    if g.has("b_tunit"):  # "from one month to several years"
        a = _duration(g, "")
        b = _duration(g, "b_")
        if a is None or b is None or (a[0] is None and b[1] is None):
            return None
        return _one(g, Penalty(ptype, "range", a[0], b[1]))
    d = _duration(g, "")
    if d is None or (d[0] is None and d[1] is None):
        return None  # "several years" alone says nothing checkable
    return _one(g, _bounded(ptype, bound, d[0], d[1], pack))


# "received five years of training", "given 18 months to repay", "six months in which to pay", "two weeks off", "five
# years' funding": a length of something else
_NOT_A_TERM_AFTER = regex.compile(r"[^\S\r\n]+(?:of|to|more|longer|extra|later|ago|off|in[^\S\r\n]+which)\b"
                               r"|['’]s?[^\S\r\n]+\w", regex.I)


# what closes a provision's penalty (penalty_provision_lead): its clause's or its line's end, or "or" another penalty,
# "where" a graver form ("up to five years or a fine", "one to five years where ..."); never what the length is of
# ("16 weeks, paid in full", "30 days for an appeal")
_CLAUSE_CLOSES = regex.compile(r"[^\S\r\n]*(?:[.;)]|\*\*|__|\r?\n|$)|,?[^\S\r\n]+(?:or|where|if|whichever|unless)\b",
                               regex.I)


_ENDS_IN_ARTICLE = regex.compile(r"\b(?:the|a)\s*$", regex.I)
# a law's maximum or range told as it stands or rises ("where the maximum is five years"), and what a length after it
# may be for instead of an offence ("the maximum is five years for a lease")
_EXTREME_TOLD = regex.compile(r"(?:maximum|minimum|range)\b", regex.I)
_FOR_A_THING = regex.compile(r"[^\S\r\n]+for[^\S\r\n]+(?:a|an|the|each|any)[^\S\r\n]+(?!(?:\w+[^\S\r\n]+)?"
                             r"(?:offen[cs]es?|crimes?|breach\w*|violations?|counts?|charges?)\b)\w", regex.I)
# a term whose verb is left out for the next person ("..., and inspector Lidia Sarnow for four years"), or whose
# verb and preposition are, after a semicolon: the person's name alone ("; Salak four and a half years")
_ELIDED = regex.compile(r"[,\s]*and\b|\s*(?-i:\p{Lu})", regex.I)
# what the term before such a one was: a ban or custody, or a term given ("Dresk gets nine years; Kostan six years",
# where the sentences around speak of sentencing, as the award lead asks)
_TERM_KIND = regex.compile(r"\b(?P<ban>ban(?:ned|s)?|barred|disqualifi\w*|prohibit\w*|exclu\w*)\b"
                           r"|\b(?:jail\w*|prison\w*|imprison\w*|sentenc\w*|custod\w*"
                           r"|(?:receiv(?:e|es|ed|ing)|got|gets|given|gave|handed)(?=(?:[^\S\r\n]+[\w'’-]+){1,3}?[^\S\r\n]+(?:years?|months?)\b))\b",
                           regex.I)


_BAN_WORD = regex.compile(r"\b(?:ban|bar|disqualification)s?\b|^(?:banned|barred|disqualified)$", regex.I)
# what a provision allows that bars from something: "allows bans of", "such bans can run from"
_BAN_OBJECT = regex.compile(r"\b(?:bans?|disqualifications?|exclusions?|prohibitions?)\b", regex.I)
# what a provision allows named before its length, which says the length is a term ("which allows a ban of between one
# and fifteen years, she is ..."): its clause need not close after it
_PROVISION_OBJECT = regex.compile(r"\b(?:bans?|disqualifications?|prohibitions?|sentences?|imprisonment)\b", regex.I)
# a licence, a permit or an accreditation suspended for a time: a sanction, whoever imposes it
_SUSPENDED_PERMISSION = regex.compile(r"(?:suspend\w*\s+)?(?:[^\s,;.]*(?:['’]s|\bits|\bhis|\bher|\btheir)\s+)"
                                      r"(?:[\w-]+\s+){0,2}?(?:licen[cs]es?|accreditations?"
                                      r"|registrations?|certificat(?:es?|ions?)|permits?|authori[sz]ations?)\b",
                                      regex.I)
_PROBATION_WORD = regex.compile(r"\bprobation\b", regex.I)
_SUSPENDED_WORD = regex.compile(r"\bsuspended\b", regex.I)
# a ban on doing something, after the ban's words: "a seven-year ban on running a company"
_BAN_ON_A_DEED = regex.compile(r"[^\S\n]+on[^\S\n]+\w+ing\b", regex.I)
# what makes a length an age: "a 14-year-old", "14 years old"
_AN_AGE_AFTER = regex.compile(r"[-\s]+old\b", regex.I)
# who makes rules, not sentences: "the ministry then imposed a two-year ban on fishing"
_A_RULE_MAKER = regex.compile(r"\b(?:ministry|ministries|minister|government|council|regulator|authority|parliament"
                              r"|federation|league|association|agency|commission|committee|municipality|mayor)\b",
                              regex.I)
# a court and nothing else that rules: not a federation's ethics committee that "ruled"
_A_COURT = regex.compile(r"\b(?:court|judge|tribunal|judge?ment)s?\b", regex.I)
_HOURS = regex.compile(r"\b(?:hours?|days?|weeks?|minutes?)\b", regex.I)
_COURT = regex.compile(r"\b(?:courts?|judges?|tribunals?|ruled|ruling|judge?ments?)\b", regex.I)
# what only a sentence bars one person from: "He was also barred from public office for seven years" needs no court in
# sight (not a rule for many: "Civil servants are barred from holding public office for two years after ..."), nor does
# the order that imposes it ("The written disqualification order ... states a period of ten years")
_PENAL_BAN = regex.compile(r"\b(?:was|is|has\s+been|had\s+been)\s+(?:(?:also|merely|only|now)\s+)?(?:barred|banned"
                           r"|disqualified)\s+from\s+(?:(?:holding\s+)?(?:any\s+)?(?:public|state|elected)\s+"
                           r"(?:office|posts?|service)|(?:managing|running|directing)\s+(?:a|any)\s+(?:company|companies"
                           r"|business|firm)|(?:holding\s+)?(?:management\s+posts?|directorships?)"
                           r"|(?:keeping|owning|dealing\s+in|breeding)(?:,?\s+(?:or\s+)?(?:keeping|owning|dealing\s+in|breeding))*"
                           r"\s+(?:any\s+)?(?:animals|dogs|pets|livestock))\b"
                           r"|\b(?:disqualification|ban|banning)\s+orders?\b", regex.I)
# what makes a maximum a penalty's, in its own sentence: "the maximum of 15 years the law allows for bribery"
_PENAL_CAP = regex.compile(r"\b(?:sentences?|terms?|prison|jail\w*|imprison\w*|penalt(?:y|ies)|punish\w*|offen[cs]es?"
                           r"|crimes?|convict\w*|law\s+allows|carr(?:y|ies)|Articles?\s+\d|Sections?\s+\d)\b", regex.I)


# a ban told by its length or what it is on, not what it bars from: "a ban on imports of two years", "its ban
# of twelve years", "the ban is seven years"
_BAN_NOUN = regex.compile(r"(?:ban|disqualification)\s+(?!from\b)", regex.I)
# ... or with the verb's plain form: "the rules bar trucks from the bridge", "allows courts to bar offenders"
_BAN_PLAIN_VERB = regex.compile(r"(?:bar|bars|ban|bans|disqualify|disqualifies|prohibit|prohibits|exclude"
                                r"|excludes)\b", regex.I)
_IN_THE_MAKING = regex.compile(r"\s+in\s+the\s+making\b", regex.I)
# "ban from" is the noun where a determiner or a list's separator comes before it: "a ban from public office for
# 10 years", "9 years' imprisonment; ban from public office for 10 years" (not "the new rules ban trucks from")
_BAN_FROM = regex.compile(r"ban\s+from\b", regex.I)
_NOUN_BEFORE = regex.compile(r"(?:^|[;:,(|]|\b(?:a|an|the|his|her|their|its|this|that|lifetime|further"
                             r"|additional))\s*$", regex.I)


def _a_rule_makers_ban(g: Groups, ctx: MatchContext, lead: regex.Match) -> bool:
    """Is a ban told by its length, by what it is on, or with the verb's plain form a rule's, not a court's?
    One a rule-maker owns ("the ministry's ban on imports of grain for two years"), no ban's length at all ("The
    smoking ban was two years in the making"), or a plain verb whose sentence names no court ("The new rules bar
    trucks from the old bridge for three years")."""
    s_start, s_end = ctx.sentence_bounds(lead.start())
    noun = _BAN_NOUN.match(lead.group()) is not None or (
        _BAN_FROM.match(lead.group()) is not None
        and _NOUN_BEFORE.search(ctx.text[max(s_start, lead.start() - 30) : lead.start()]) is not None)
    if not noun and not _BAN_PLAIN_VERB.match(lead.group()):
        return False
    if _IN_THE_MAKING.match(ctx.text, g.claim_span()[1]) or \
            _A_RULE_MAKER.search(ctx.text, max(s_start, lead.start() - 40), lead.start()) is not None:
        return True
    return not noun and _A_COURT.search(ctx.text, s_start, s_end) is None


# after a length, whom it is for, closing its clause: a role ("for the captain.", "for the official who signed") or a
# name ("for Matteo Rusek,"); not what it is for ("Five years for the families of the victims have been hard")
FOR_WHOM = regex.compile(r"[^\S\r\n]+for[^\S\r\n]+(?:(?:the|his|her|their|its|one)(?:[^\S\r\n]+\p{Ll}[\p{L}'’-]*){1,3}"
                         r"|\p{Lu}\p{Ll}[\p{L}'’-]*(?:[^\S\r\n]+\p{Lu}\p{Ll}[\p{L}'’-]*)?)"
                         r"(?=[^\S\r\n]*[,.;:]|[^\S\r\n]+(?:who|whom|whose|that|and)\b)")
# before a number that opens its sentence: markup, a list's marker, a quotation mark
SENTENCE_OPENING = regex.compile(r"[\s*_\"“‘'>#-]*")


def _term_for_whom(g: Groups, ctx: MatchContext) -> bool:
    """'Fourteen years for Matteo Rusek, eight for Ilena Vasquel.', 'Seven years for the captain.': a length opening
    its sentence, for whom it is, among words of a court's sentence, is a term (a column's verbless tally of them)."""
    start, end = g.claim_span()
    if SENTENCE_OPENING.fullmatch(ctx.text, ctx.sentence_bounds(start)[0], start) is None \
            or FOR_WHOM.match(ctx.text, end) is None:
        return False
    # (a tally runs on over short sentences: its paragraph is read, as far as TALLY_REACH either side)
    block = ctx.doc.block_at(start)
    return (block is not None and g.pack.word_pattern("sentencing_cues").search(
        ctx.text, max(block.start, start - TALLY_REACH), min(block.end, end + TALLY_REACH)) is not None) \
        or _speaks_of_sentencing(g, ctx, previous_paragraph=True)


# How far a column's tally of terms is read for words of sentencing, either side of a length (characters)
TALLY_REACH = 400


def _speaks_of_sentencing(g: Groups, ctx: MatchContext, without: tuple[int, int] | None = None,
                          previous_paragraph: bool = False) -> bool:
    """Do the sentences around a length given or received (its own, the one before and the one after,
    in its paragraph) speak of a court's sentence? `without`: a span whose words do not count (a ban's
    own "barred from working"); `previous_paragraph`: a length in a paragraph's first two sentences may
    instead go on from the paragraph before, where that one tells of terms given (terms_given_cues) or, to a person
    named in full, of a verdict; a headline's, from the lede under it."""
    start, end = g.claim_span()
    if _NOT_A_TERM_AFTER.match(ctx.text, end):
        return False
    s_start, s_end = ctx.sentence_bounds(start)
    block = ctx.doc.block_at(start)
    lo, hi = (block.start, block.end) if block is not None else (s_start, s_end)
    text = ctx.text
    prev_end = s_start
    while prev_end > lo and text[prev_end - 1].isspace():
        prev_end -= 1
    next_start = s_end
    while next_start < hi and text[next_start].isspace():
        next_start += 1
    before = ctx.sentence_bounds(prev_end - 1)[0] if prev_end > lo else s_start
    after = ctx.sentence_bounds(next_start)[1] if next_start < hi else s_end
    cues = g.pack.word_pattern("sentencing_cues")
    if without is not None:
        text = text[: without[0]] + " " * (without[1] - without[0]) + text[without[1] :]
    if cues.search(text, max(lo, before), min(hi, after)) is not None:
        return True
    # a list item is read with the paragraph that introduces its list ("Two men stood trial with him:")
    if block is not None and block.kind == "list-item":
        return cues.search(ctx.heading_above(start)) is not None
    given = g.pack.word_pattern("terms_given_cues")
    # a term a person named was given further on in a paragraph that tells of terms given ("The court sentenced
    # Veles to nine years ... His wife Mirela received seven years. Hrebec was given six and a half years"): the
    # paragraph goes on telling them (not "It was given six months, until August, to fit tachographs")
    if previous_paragraph and block is not None and block.kind == "paragraph" and lo < before \
            and _A_NAME.search(text, s_start, start) is not None and given.search(text, lo, before) is not None:
        return True
    # ... or one after a verdict told earlier in the paragraph ("... was convicted under Section 42(2) ... But look
    # at the officials. Lidia Harnoc ... walked away with six years")
    if previous_paragraph and block is not None and block.kind == "paragraph" and lo < before \
            and _A_NAME.search(text, s_start, start) is not None and _VERDICT.search(text, lo, before) is not None:
        return True
    # the term in a paragraph's first two sentences goes on from a paragraph before that tells of terms given
    # ("... was jailed for six years." then "Ondrej Salak was given four and a half years."), past a question
    # set as a line of its own ("**What about the junior officers?**"), never past a heading
    # ... or one after a verdict told in it, of a person named ("... was found guilty under Article 231(3)." then
    # "His accomplice, Ilse Marduk, ..., was given four and a half years.")
    # (both only where no word after the length makes it something else's: "got two years from its creditors",
    # "three years as chief executive", "gets five years on the board")
    if previous_paragraph and block is not None and block.kind == "paragraph" and max(lo, before) == block.start:
        told = _told_before(ctx.doc, block)
        return told is not None and (given.search(text, *told) is not None or (
            _A_FULL_NAME.search(text, s_start, start) is not None and _VERDICT.search(text, *told) is not None
            and not _NOT_A_TERM_ACROSS.match(text, end)))
    # a headline's length given ("Nursery owner gets four years over toddler's fall") is told by the lede under it
    if previous_paragraph and block is not None and block.kind == "heading":
        lede = _lede_under(ctx.doc, block)
        return lede is not None and given.search(text, *lede) is not None and not _NOT_A_TERM_ACROSS.match(text, end)
    return False


# after a length given across a paragraph's or a headline's break, what makes it no term: a lender's grace, a role's
# tenure ("got two years from its creditors", "three years as chief executive", "five years on the board")
_NOT_A_TERM_ACROSS = regex.compile(r"[^\S\r\n]+(?:from|as|on|at|with|in\s+charge)\b", regex.I)
# a person's full name: two capitalised words, neither a month's or a day's ("Ilse Marduk"; not "In March")
_A_FULL_NAME = regex.compile(
    r"(?-i:\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday"
    r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|In|On|At|After|Before|By|For|His|Her|Their|Its)\b)"
    r"\p{Lu}\p{Ll}+[^\S\r\n]+(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)\p{Lu}\p{Ll}+\b)")


def _ban_goes_on_from_terms(ctx: MatchContext, g: Groups, at: int) -> bool:
    """Does a ban opening its paragraph go on from the paragraph before, which tells of terms given to a person the
    ban's sentence names again ("Aldric Venn was sentenced to six years." then "Venn was barred from running a company
    for ten years"; not "His son was barred from the family home", "The football club was banned")?"""
    block = ctx.doc.block_at(at)
    told = _told_before(ctx.doc, block) if block is not None else None
    if told is None or g.pack.word_pattern("terms_given_cues").search(ctx.text, *told) is None:
        return False
    named = {m.group() for m in _A_NAME.finditer(ctx.text, ctx.sentence_bounds(at)[0], at)}
    return any(m.group() in named for m in _A_NAME.finditer(ctx.text, *told))


def _opens_its_paragraph(ctx: MatchContext, at: int) -> bool:
    """Is the sentence at `at` its paragraph's first (one that may go on from the paragraph before)?"""
    block = ctx.doc.block_at(at)
    return (block is not None and block.kind == "paragraph"
            and not ctx.text[block.start : ctx.sentence_bounds(at)[0]].strip())


def _lede_under(doc, heading) -> tuple[int, int] | None:
    """The paragraph right under a heading, as (start, end); None where a block of another kind comes first."""
    i = bisect.bisect_right(doc.block_starts, heading.start)
    if i < len(doc.blocks) and doc.blocks[i].kind == "paragraph":
        return doc.blocks[i].start, doc.blocks[i].end
    return None


_QUESTION_LINE = regex.compile(rf"\s*{QUESTION_LINE}\s*")
# a verdict told: "was convicted", "found guilty" (not "found not guilty")
_VERDICT = regex.compile(r"\b(?:(?<!\bnot\s)convicted|found\s+(?!not\b)(?:\w+\s+){0,4}?(?<!\bnot\s)guilty)\b", regex.I)
# a person's name: a capitalised word that is no sentence-opening function word ("It", "The", "His")
_A_NAME = regex.compile(r"\b(?!(?:It|The|This|That|These|Those|His|Her|Its|Their|He|She|They|A|An|In|On|At|By|For)\b)"
                        r"(?-i:\p{Lu}\p{Ll}+)\b")


def _told_before(doc, block) -> tuple[int, int] | None:
    """Where the text before `block` goes on from: the paragraph before it and any question lines between
    them ("**Perun got a lighter sentence. Is that fair?**"), as (start, end); None at the document's start,
    or right after a heading or a block of another kind."""
    i = bisect.bisect_right(doc.block_starts, block.start) - 2
    questions = None
    while i >= 0 and doc.blocks[i].kind == "paragraph" and _QUESTION_LINE.fullmatch(doc.text, doc.blocks[i].start,
                                                                                    doc.blocks[i].end):
        questions = doc.blocks[i].start
        i -= 1
    if i >= 0 and doc.blocks[i].kind == "paragraph":
        return doc.blocks[i].start, block.start
    return (questions, block.start) if questions is not None else None


def read_penalty_fine(g: Groups, ctx: MatchContext) -> list[Found] | None:
    falls = _falls(g)
    money = _money(g, "", falls) or _money_in_a_fine(g, falls)
    if money is None:
        return None
    low, high, currency = money
    bound = g("bound") or (g("minmax") + " of" if g.has("minmax") else None) or g.leading_text("penalty_bounds")
    if bound is None and g.has("capped"):
        bound = "capped at"  # "caps the administrative fine on a company at 250,000 orsens": its ceiling
    found = _one(g, _bounded("fine", bound, low, high, g.pack, currency))
    if found and falls:  # (the second number is read by itself)
        found = [(found[0][0], g.span("lo")[1], found[0][2])]
    return found


def _falls(g: Groups) -> bool:
    """Did the pattern read as a range two numbers whose ends fall, joined by "to" or "or" ("a fine of up to HCR 5
    million or 4% of turnover", "up to KLD 500,000 or two years in prison")? Two values: the first is the claim's."""
    lo, hi = g("lo"), g("hi")
    if not lo or not hi:
        return False
    low, high = parse_number(lo, g.pack), parse_number(hi, g.pack)
    return (low is not None and high is not None and number_range(lo, hi, g.pack) is None
            and _FALLING_JOIN.fullmatch(g.ctx.text, g.span("lo")[1], g.span("hi")[0]) is not None)


# What a number counts or measures, never a currency a fine names after its amount
_NOT_CURRENCIES = ("counted_nouns", "noun_stopwords", "time_units", "measure_units", "number_words", "scale_words",
                    "non_currency_words")


def never_a_currency(word: str, pack) -> bool:
    """Is the word one the rules know as what a number counts or measures, or as never a currency ("under", "plus")?"""
    return any(pack.words(name).lookup(word) for name in _NOT_CURRENCIES)


# "fined 4.5 million velars", never "fined 12 companies": after the verb, a fine's amount is large or scaled
FINED_AMOUNT = 1000


# a country's name before a currency's word, right after the amount: "250,000 Orvantine marks"
_COUNTRYS_NAME_BEFORE = regex.compile(r"\d[^\S\r\n]+(\p{Lu}\p{Ll}+)[^\S\r\n]+$")


def _money_in_a_fine(g: Groups, first_only: bool = False) -> tuple[float, float, str] | None:
    """"A fine of 400,000 velars": the word after a fine's amount is its currency where the reference's
    sources name it so (MatchContext.currencies), or, in a build's first reading (guess_currencies), where
    it may be one: not a word that says what a number counts ("fines of 300 workers") or another word of
    the rules' non_currency_words ("fined 3 million under the act"), and after "fined" only for a large or
    scaled amount ("fined 12 companies")."""
    word = g("fcur")
    if not word:
        return None
    rng = number_range(g("lo"), None if first_only else g("hi"), g.pack)
    if rng is None:
        return None
    known = g.ctx.currencies.get(word) if word.isupper() else g.ctx.currencies.get(word.lower())
    qualifier = _COUNTRYS_NAME_BEFORE.search(g.ctx.text, max(0, g.span("fcur")[0] - 30), g.span("fcur")[0])
    if qualifier is not None and not g.ctx.guess_currencies and \
            f"{qualifier.group(1).lower()} {word.lower()}" not in g.ctx.currencies:
        return None  # "250,000 Drussian marks", where the sources' marks are Orvantine: another country's
    if word.isupper() and not known:
        return None  # a code no source taught is never guessed: "150,000 SLV" is learned as a code after amounts
    if not known and g.has("fafter"):  # "a 3.5 million sorel fine": the singular, as an adjective
        known = g.ctx.currencies.get(word.lower() + "s")
    if known:
        return whole(rng[0]), whole(rng[1]), known.split(":", 1)[1]
    if (not g.ctx.guess_currencies or never_a_currency(word, g.pack)
            or word.lower().endswith("ly") or (g.has("fverb") and rng[1] < FINED_AMOUNT)
            or (g.has("fafter") and not g.has("fhyphen"))):  # "a 300-krell fine", not "4,000 speeding fines"
        return None
    return whole(rng[0]), whole(rng[1]), word.upper()


def read_penalty_death(g: Groups, ctx: MatchContext) -> list[Found] | None:
    return _one(g, Penalty("death", "exact"))


def read_penalty_life(g: Groups, ctx: MatchContext) -> list[Found] | None:
    return _one(g, Penalty("life", "exact"))


def read_penalty_life_ban(g: Groups, ctx: MatchContext) -> list[Found] | None:
    """'banned him for life from the food trade', 'a lifetime licence ban': a ban only where a court's (not
    'the federation banned him for life')."""
    if not _a_courts_ban(g, ctx):
        return None
    return _one(g, Penalty("life-ban", "exact"))


def _a_courts_ban(g: Groups, ctx: MatchContext) -> bool:
    """Is a ban a court's: its sentence names a court or a judge, or it and the sentences beside it speak of a
    court's sentence (_speaks_of_sentencing), and its own sentence names no maker of rules ("the ministry then
    imposed a two-year ban on fishing", "the federation banned him for life"), whatever court is spoken of
    beside it?"""
    bounds = ctx.sentence_bounds(g.claim_span()[0])
    if _A_RULE_MAKER.search(ctx.text, *bounds):
        return False
    return _A_COURT.search(ctx.text, *bounds) is not None or _speaks_of_sentencing(g, ctx)


# --- dates ---------------------------------------------------------------------


# "It was not until 11 October 2023 that the ministry acted": on that day, not up to it
_NOT_BEFORE = regex.compile(r"\bnot\s+$", regex.I)


def _anchor(g: Groups) -> str | None:
    if g.has("anchor"):
        word, at = g("anchor"), g.span("anchor")[0]
    else:
        found = g.leading("date_anchors")
        word, at = (found.group().rstrip(), found.start()) if found else (None, 0)
    if not word:
        return None
    value = g.pack.words("date_anchors").lookup(word)
    if value == "until" and _NOT_BEFORE.search(g.ctx.text, max(0, at - 8), at):
        return None
    return str(value) if value else None


def _month(g: Groups) -> int | None:
    if g.has("m"):
        return int(g("m"))
    word = g("mon")
    if not word:
        return None
    value = g.pack.words("months").lookup(word.rstrip("."))
    return int(value) if value else None


def read_date(g: Groups, ctx: MatchContext) -> list[Found] | None:
    """Day, month or year precision, from the groups y, mon or m, d; y2 makes a range of years, d0 one of days."""
    year = int(g("y")) if g.has("y") else None
    month = _month(g)
    day = int(g("d")) if g.has("d") else None
    if g.has("y2") and year is not None:
        y2text = g("y2")
        y2 = int(y2text) if len(y2text) == 4 else (year // 100) * 100 + int(y2text)
        if y2 <= year:
            return None
        g.leading("range_openers")  # "from 2011 to 2015": part of the span, not an anchor
        return _one(g, DateValue(iso(year, 1, 1), iso(y2, 12, 31), "year"))
    anchor = _anchor(g)
    if month is None:
        return _one(g, year_value(year, anchor)) if year is not None else None
    if year is None and day is None and g.has("alone"):  # "in March": a month of no year in particular
        # (the first of two months told with one year, "from January to March 2020", stays of no year too: read as a
        # point of that year, it is judged against whatever point of the year the matcher finds, not the span)
        return _one(g, DateValue(iso(1, month, 1), iso(1, month, last_day(2001, month)), "month", anchor,
                                 month_day_only=True))
    if year is None:  # "September 3": no year given
        if day is None or day > last_day(2000, month):
            return None
        if g.has("d0"):  # "between 8 and 12 March": the span of days, of no year in particular
            first = int(g("d0"))
            if first >= day:
                return None
            g.leading("range_openers")
            return _one(g, DateValue(iso(1, month, first), iso(1, month, day), "day", month_day_only=True))
        return _one(g, DateValue(iso(1, month, day), iso(1, month, day), "day", anchor, month_day_only=True))
    if day is None:
        return _one(g, DateValue(iso(year, month, 1), iso(year, month, last_day(year, month)), "month", anchor))
    if day > last_day(year, month):
        return None
    if g.has("d0"):  # "17 to 18 March 2023": the span of days
        first = int(g("d0"))
        if first >= day:
            return None
        g.leading("range_openers")  # "from 3 to 5 May": part of the span, not an anchor
        return _one(g, DateValue(iso(year, month, first), iso(year, month, day), "day"))
    return _one(g, DateValue(iso(year, month, day), iso(year, month, day), "day", anchor))


# The day a time of day is set on: none (a time of day is compared only with times of day, match.unit_family)
TIME_OF_DAY_DAY = "0000-01-01"


# the half of the day a twelve-hour clock's time is in, told after noon: "p" of "p.m.", or in words
_AFTER_NOON = frozenset({"p", "afternoon", "evening"})


def read_time(g: Groups, ctx: MatchContext) -> list[Found] | None:
    """A time of day, "22:47" or "5:40 a.m.", to the minute (precision "time"), from the groups h and min, with
    ampm ("a" or "p", or "morning", "afternoon" or "evening") for a twelve-hour clock."""
    hour, minute = int(g("h")), int(g("min") or 0)  # (an hour told alone, "10 p.m.", is on the hour)
    if g.has("ampm"):
        if hour > 12 or hour == 0:
            return None
        hour = hour % 12 + (12 if g("ampm").lower() in _AFTER_NOON else 0)
    if hour > 23 or minute > 59:
        return None
    at = f"{TIME_OF_DAY_DAY}T{hour:02d}:{minute:02d}"
    return _one(g, DateValue(at, at, "time"))


def read_decade(g: Groups, ctx: MatchContext) -> list[Found] | None:
    text = g("dec")
    decade = int(text)
    if len(text) == 2:  # "the '90s"
        decade += 1900 if decade >= 30 else 2000
    lead = g.leading("decade_part_lead")
    part = lead.group("part") if lead else None
    value = decade_value(decade, " ".join(part.lower().split()) if part else None, g.pack)
    anchor = _anchor(g)
    if anchor:
        value = DateValue(value.start, value.end, value.precision, anchor)
    return _one(g, value)


def read_century(g: Groups, ctx: MatchContext) -> list[Found] | None:
    raw = g("cent").lower()
    digits = re.match(r"\d+", raw)
    century = int(digits.group()) if digits else g.pack.words("ordinal_words").lookup(raw)
    if not century:
        return None
    lead = g.leading("century_part_lead")
    part = lead.group("part") if lead else None
    return _one(g, century_value(int(century), " ".join(part.lower().split()) if part else None, g.pack))


# --- figures -------------------------------------------------------------------


def _approx(g: Groups, group: str = "approx") -> str | None:
    word = g(group)
    if not word and group == "approx":
        word = g.leading_text("approximations")
    if not word:
        return None
    value = g.pack.words("approximations").lookup(word)
    return str(value) if value else None


def currency_code(text: str | None, pack) -> str | None:
    if not text:
        return None
    for name in ("currency_symbols", "currency_words"):
        code = pack.words(name).lookup(text)
        if code:
            return str(code)
    return None


def unknown_currency(value: Value, pack) -> str | None:
    """The word of a currency the rule pack does not know that the value is an amount in, lowercased."""
    unit = currency_unit(value)
    if not unit:
        return None
    code = unit.split(":", 1)[1]
    return None if code in known_currency_codes(pack) or currency_code(code, pack) else code.lower()


def known_currency_codes(pack) -> frozenset[str]:
    """The codes the rule pack's currency words and symbols stand for ("CHF", "INR"), found once per pack."""
    found = _CURRENCY_CODES.get(pack.fingerprint)
    if found is None:
        found = _CURRENCY_CODES[pack.fingerprint] = frozenset(
            str(v) for name in ("currency_symbols", "currency_words") for v in pack.words(name).entries.values())
    return found


_CURRENCY_CODES: dict[str, frozenset[str]] = {}


def qualified_currency_words(texts, currencies: dict[str, str]) -> dict[str, str]:
    """A currency's word as the texts qualify it by its country's name ("Orvantine marks" -> the marks), lowercase: an
    amount in another country's ("Drussian marks") is not the sources' currency."""
    words = [w for w in currencies if w.islower() and " " not in w]
    if not words:
        return {}
    pattern = regex.compile(r"\b(\p{Lu}\p{Ll}+)\s+(" + "|".join(map(regex.escape, words)) + r")\b")
    return {f"{m.group(1).lower()} {m.group(2)}": currencies[m.group(2)] for text in texts
            for m in pattern.finditer(text)}


def currency_of(word: str | None, pack, currencies: Mapping[str, str]) -> str | None:
    """The code of a currency word: the rule pack's, or one the reference's sources taught ("vesk" -> "VESK"; a
    code as written, "DM", kept in capitals by build.learned_currencies)."""
    code = currency_code(word, pack)
    if code is None and word:
        known = currencies.get(word.lower()) or currencies.get(word)
        code = known.split(":", 1)[1] if known else None
    return code


def _money(g: Groups, prefix: str, first_only: bool = False) -> tuple[float, float, str] | None:
    """(low, high, currency code) of an amount's groups; `first_only`: of its first number alone (_falls)."""
    word = g(prefix + "cur")
    code = currency_of(word, g.pack, g.ctx.currencies)
    if code is None and word and not prefix and g.has("c_cur"):
        code = word.upper()  # a currency the lexicon does not know, named by its conversion: "kora ($180)"
    rng = number_range(g(prefix + "lo"), None if first_only else g(prefix + "hi"), g.pack)
    if code is None or rng is None:
        return None
    return whole(rng[0]), whole(rng[1]), code


def read_money(g: Groups, ctx: MatchContext) -> list[Found] | None:
    money = _money(g, "")
    if money is None:
        return None
    low, high, code = money
    approx = _approx(g)
    conversion = None
    if g.has("c_cur"):
        other = _money(g, "c_")
        if other is not None:
            conversion = Figure(other[0], other[1], f"currency:{other[2]}", approx=_approx(g, "c_approx"))
    s, e = g.claim_span()
    per = ctx.per_period(s, e)
    return [(s, e, Figure(low, high, f"currency:{code}", per, approx, None, conversion))]


def _sum_before_a_count(g: Groups) -> list[Found] | None:
    """"9.8 million to 312 fishermen", "KVT 1,850,000 to 58 claimants", "fell from 1,364 to 214", "5 million or 4%": no
    range (its ends fall, joined by "to" or "or": _falls), but an amount given to a count, a change's first value, or
    one of two choices; that value alone (the second is read by itself). Not two numbers joined by a dash ("3-2": a
    score)."""
    lo, hi = g("lo"), g("hi")
    if not _falls(g) or (trailing_scale(hi, g.pack) and not trailing_scale(lo, g.pack)):
        return None
    at = g.span("lo")[0]
    if _CLOCK_AFTER.match(g.ctx.text, g.span("hi")[1]) or _CLOCK_BEFORE.search(g.ctx.text, max(0, at - 20), at):
        return None  # "at twenty to three in the morning": a time of day
    low = parse_number(lo, g.pack)
    return [(g.claim_span()[0], g.span("lo")[1], Figure(low, low, "count", approx=_approx(g)))]


# between the two numbers of a falling "range" that is an amount and a count, a change's two values, or two values
# told as either one ("5 million or 4% of turnover"): "to" or "or", maybe the second's currency code ("from DLV 420,000
# to DLV 180,000"), emphasis around ("**HCR 3.2 million** to")
_FALLING_JOIN = regex.compile(r"(?:%|[^\S\r\n]*per[^\S\r\n]?cent)?(?:[^\S\r\n]|[*_])+(?:to|or)(?:[^\S\r\n]|[*_])+"
                              r"(?:(?-i:\p{Lu}{2,4})[^\S\r\n]?|[$€£¥])?", regex.I)
# ... but not a time of day told as minutes to the hour: "at twenty to three", "ten to four in the afternoon"
_CLOCK_AFTER = regex.compile(r"[^\S\r\n]+(?:in[^\S\r\n]+the[^\S\r\n]+(?:morning|afternoon|evening)|at[^\S\r\n]+night"
                             r"|[ap]\.?m\b|o['’]clock)", regex.I)
_CLOCK_BEFORE = regex.compile(r"\b(?:at|until|till)[^\S\r\n]+(?:about[^\S\r\n]+|around[^\S\r\n]+)?$",
                              regex.I)


_OR_MORE_AFTER = regex.compile(r"[^\S\r\n]+or[^\S\r\n]+more\b(?![^\S\r\n]+than\b)", regex.I)


# (not a period's own thing: "three times a year's profits", "three times a year ago")
_TIMES_A_PERIOD = regex.compile(r"[^\S\r\n]+times[^\S\r\n]+(?:a|an|per|each|every)[^\S\r\n]+"
                                r"(?P<period>day|week|fortnight|month|quarter|year)\b"
                                r"(?!['’]|[^\S\r\n]{1,3}(?:ago|later|earlier|before|after)\b)", regex.I)


def read_count(g: Groups, ctx: MatchContext) -> list[Found] | None:
    lo, hi = g("lo"), g("hi")
    rng = number_range(lo, hi, g.pack)
    if rng is None:
        return _sum_before_a_count(g)
    approx = _approx(g)
    if hi is None and approx is None and lo.strip().lower() in ("one", "a", "an"):
        return None  # "one of the women": a pronoun more than a figure
    s, e = g.claim_span()
    or_more = _OR_MORE_AFTER.match(ctx.text, e, ctx.sentence_bounds(s)[1]) if hi is None and approx is None else None
    if or_more:  # "two or more people": at least two
        approx, e = "at-least", or_more.end()
    noun = ctx.noun_after(e, s)
    if noun == "times":  # "1.5 times the normal rate": a multiple, not a count of things
        often = _TIMES_A_PERIOD.match(ctx.text, e)
        if often:  # "three times a year": how often
            period = often.group("period").lower()
            return [(s, often.end(), how_often(whole(rng[0]), whole(rng[1]), period, approx))]
        return [(s, e, Figure(whole(rng[0]), whole(rng[1]), "multiple", None, approx))]
    measure = measure_after(ctx.text, e, g.pack)
    if measure is not None:  # "1.6 tonnes", "9,800 square kilometres": compared in the quantity's unit
        unit, factor = measure
        return [(s, e, Figure(whole(rng[0] * factor), whole(rng[1] * factor), unit, ctx.per_period(s, e), approx))]
    unit = _time_noun(ctx.text, e, noun, g.pack)
    if unit is not None:  # "two rest days a year", "five working days": a length of time, as "two days" is
        family, factor = unit
        if approx == "more-than" and _spans_the_time(g):
            approx = None  # "took place over 41 hearing days"
        return [(s, e, Figure(whole(rng[0] * factor), whole(rng[1] * factor), family, ctx.per_period(s, e), approx))]
    return [(s, e, Figure(whole(rng[0]), whole(rng[1]), "count", ctx.per_period(s, e), approx, noun))]


# the words right after a count: "tonnes", "square kilometres", "48kg", "mg/l", "micrograms per decilitre"
_FIRST_WORD_AFTER = regex.compile(r"[^\S\r\n]*([^\W\d_]+(?:[²³]|[23]\b)?(?:/[^\W\d_]+(?:[²³]|[23]\b)?)?)")
_NEXT_WORD_AFTER = regex.compile(r"[^\S\r\n]+([^\W\d_]+)")
# "0.48 milligrams of lead per litre": what is measured, between the unit's two halves
_SUBSTANCE = regex.compile(r"of [^\W\d_]+(?= per )", regex.I)


def measure_after(text: str, end: int, pack) -> tuple[str, float] | None:
    """The unit of measure a count at text[:end] is in, and its factor to the unit compared in:
    "1.6 tonnes" -> ("kg", 1000); "1,900 square kilometres" -> ("km2", 1); "45 micrograms per
    decilitre" -> ("mg/l", 0.01); None for a count of things. The longest unit phrase wins."""
    m = _FIRST_WORD_AFTER.match(text, end)
    if m is None:
        return None
    words = [m.group(1)]
    while len(words) < 5 and (m := _NEXT_WORD_AFTER.match(text, m.end())):
        words.append(m.group(1))
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        plain = " ".join(_SUBSTANCE.sub("", phrase).split()) if n > 3 else phrase
        unit = measure_unit(phrase, pack) or (plain != phrase and measure_unit(plain, pack))
        if unit:
            return unit
    # "12 tonnes/day", "300 km/h": the unit before the slash, as "12 tonnes a day" reads
    return measure_unit(words[0].split("/")[0], pack) if "/" in words[0] else None


def measure_unit(phrase: str, pack) -> tuple[str, float] | None:
    """'tonnes' -> ('kg', 1000); 'square kilometres' -> ('km2', 1); None for no unit of measure."""
    return _unit_and_factor("measure_units", phrase, pack)


# the unit right after a count, or after one word that describes it: "two rest days"
_UNIT_AFTER = regex.compile(r"[^\S\r\n]+(?:([^\W\d_]+)[^\S\r\n]+)?([^\W\d_]+)\b")


def _time_noun(text: str, end: int, noun: str | None, pack) -> tuple[str, float] | None:
    """The time unit a count is of ("two rest days" -> days), when the noun is one and stands right
    after the count or after one describing word; not "a dozen two years ago" (a number between)."""
    unit = time_unit(noun, pack) if noun else None
    m = _UNIT_AFTER.match(text, end) if unit else None
    if m is None or m.group(2).lower() != noun:
        return None
    between = (m.group(1) or "").lower()
    lists = ("number_words", "unit_words", "teen_words", "tens_words")
    numeric = any(pack.words(name).lookup(between) for name in lists)
    return None if numeric else unit


def read_vague(g: Groups, ctx: MatchContext) -> list[Found] | None:
    """'tens of thousands' -> 10000..99999, about."""
    bounds = g.pack.words("vague_quantities").lookup(g("vague"))
    if not bounds:
        return None
    approx = _approx(g) or "about"
    s, e = g.claim_span()
    return [(s, e, Figure(float(bounds[0]), float(bounds[1]), "count", None, approx, ctx.noun_after(e)))]


def read_percent(g: Groups, ctx: MatchContext) -> list[Found] | None:
    rng = number_range(g("lo"), g("hi"), g.pack)
    if rng is None:
        # "fell from 12 to 8%": the first share (the second is read by itself); "up to HVD 50 million or 5% of
        # turnover": an amount, scaled or in its currency, then the share
        first = _sum_before_a_count(g)
        if first and not (g.has("lcode") or trailing_scale(g("lo"), g.pack)):
            (s, _, value), = first  # (its span takes in its own sign: "12%")
            e = _PERCENT_SIGN.match(ctx.text, g.span("lo")[1]).end()
            first = [(s, e, replace(value, unit="percent"))]
        return first
    approx = _approx(g)
    s, e = g.claim_span()
    return [(s, e, Figure(whole(rng[0]), whole(rng[1]), "percent", ctx.per_period(s, e), approx))]


_PERCENT_SIGN = regex.compile(r"(?:%|[^\S\r\n]*per[^\S\r\n]?cent\b)?", regex.I)
_POSSESSIVE_AFTER = regex.compile(r"['’]s?\b|s['’]")


def read_duration(g: Groups, ctx: MatchContext) -> list[Found] | None:
    """'about 20 months' -> 20 months; 'two years' -> 24 months; 'two days' -> 2 days."""
    pack = g.pack
    unit = time_unit(g("tunit"), pack)
    rng = number_range(g("lo"), g("hi"), pack)
    if unit is None or rng is None:
        return None
    approx = _approx(g)
    s, e = g.claim_span()
    if (g("lo").strip().lower() in ("a", "an", "one") and approx is None and not g.has("hi") and not g.has("half")
            and (not _POSSESSIVE_AFTER.match(ctx.text, e) or unit[0] == "hours")):
        # "for a year", "one day she left": not a figure anyone checks (a penalty still is);
        # but "one month's wage" is an amount ("a minute's silence", "an hour's drive" are not)
        return None
    if approx == "more-than" and _spans_the_time(g):
        approx = None  # "the hearing took place over 41 days": across 41 days, not more than 41
    family, factor = unit
    low, high = rng[0] * factor, rng[1] * factor
    if g.has("half"):  # "four and a half years", "two years and a half"; "two to three and a half years"
        low, high = (low, high + factor / 2) if g.has("hi") else (low + factor / 2, high + factor / 2)
    if g.has("lo2") and g.has("tunit2"):
        other = time_unit(g("tunit2"), pack)
        n2 = parse_number(g("lo2"), pack)
        if other and n2 is not None and other[0] == family and other[1] < factor:
            low += n2 * other[1]
            high += n2 * other[1]
        else:  # "terms of 11 years and six years": two lengths, not one; the second is read on its own
            e = g.span("tunit")[1]
    return [(s, e, Figure(whole(low), whole(high), family, ctx.per_period(s, e), approx))]


def _spans_the_time(g: Groups) -> bool:
    """Is the "over" before a length of time one of extent, after a verb of something taking place
    ("took place over 41 hearing days", "the trial ran over two years": rules' extent_verbs), or opening its
    sentence ("Over 28 hearing days, the judges heard 50 witnesses")?"""
    start = g.claim_span()[0]  # the approximation word, read into the claim by _approx
    if g.ctx.text[start : start + 5].lower() != "over ":
        return False
    if g.pack.word_pattern("extent_verbs").search(g.ctx.text, max(0, start - 40), start) is not None:
        return True
    # ... or an opening phrase set off by its comma: the time across which the sentence tells what happened
    # (not "Over 20 years later, ...", "Over 40 days passed")
    set_off = _SET_OFF_LENGTH.match(g.ctx.text, g.claim_span()[1])
    return (_OPENS_ITS_SENTENCE.search(g.ctx.text, max(0, start - 8), start) is not None and set_off is not None
            and not _NOT_ACROSS.search(set_off.group()))


# where a sentence opens: the text's or a line's start, or a sentence's end and markup before it
_OPENS_ITS_SENTENCE = regex.compile(r"(?:^|\n|[.!?][\"”’)*_]*[^\S\n]+)(?:\*\*|__)?[^\S\n]*$")
# the rest of a length's phrase up to the comma that sets it off ("Over 28| hearing days,")
_SET_OFF_LENGTH = regex.compile(r"(?:[^\S\n]+[\p{L}-]+){0,3}?[^\S\n]*,")
_NOT_ACROSS = regex.compile(r"\b(?:later|ago|after|before|earlier|since|on)\b", regex.I)


def read_age(g: Groups, ctx: MatchContext) -> list[Found] | None:
    """'25 years old', 'aged 16 to 18', 'in their late 20s' (27..29), 'turned 25'."""
    if g.has("agedec"):
        word = g("agedec")
        decade = int(word) if word.isdigit() else int(g.pack.words("age_decade_words").lookup(word, 0))
        if not decade:
            return None
        first, last = (0, 9)
        part = g("part")
        if part:
            first, last = g.pack.words("age_decade_parts").lookup(part.strip(" -").lower(), (0, 9))
        return _one(g, Figure(float(decade + int(first)), float(decade + int(last)), "age", None, _approx(g)))
    rng = number_range(g("lo"), g("hi"), g.pack)
    if rng is None:
        return None
    return _one(g, Figure(whole(rng[0]), whole(rng[1]), "age", None, _approx(g)))


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}


def read_proportion(g: Groups, ctx: MatchContext) -> list[Found] | None:
    """'seven in ten' -> 70 percent; 'three out of four' -> 75 percent: about, unless bounded ("fewer than one in
    ten"), since such a share is rounded, as a fraction is."""
    part, whole_ = parse_number(g("lo"), g.pack), parse_number(g("of"), g.pack)
    if part is None or not whole_ or part > whole_:
        return None
    share = round(100.0 * part / whole_, 1)
    # (a share of a small whole is a rounded one, "seven in ten"; "64 out of 212" is a count)
    return _one(g, Figure(share, share, "percent", None, _approx(g) or "about", fraction=whole_ <= ROUNDED_WHOLE))


# The largest whole a proportion is a rounded share of ("one in twenty"), not an exact count ("64 out of 212")
ROUNDED_WHOLE = 20


_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
              "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}


def read_fraction(g: Groups, ctx: MatchContext) -> list[Found] | None:
    """'a quarter of', 'two-thirds of', 'half of' -> 25, 66.7, 50 percent: about, unless bounded
    ("less than a quarter"), since a fraction is a rounded share."""
    if g.has("half"):
        share = 50.0
    else:
        raw = g("lo").lower()
        part = 1.0 if raw in ("a", "an") else parse_number(raw, g.pack)
        whole_ = _FRACTIONS[g("den").lower()]
        if not part or part >= whole_:
            return None
        share = round(100.0 * part / whole_, 1)
    return _one(g, Figure(share, share, "percent", None, _approx(g) or "about", fraction=True))


def read_fold(g: Groups, ctx: MatchContext) -> list[Found] | None:
    """'tenfold', 'a 3-fold rise' -> 10, 3 (unit multiple)."""
    n = parse_number(g("lo") if g.has("lo") else g("word"), g.pack)
    return _one(g, Figure(n, n, "multiple", None, _approx(g))) if n else None


_TIMES_WORDS = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_ADVERB_PERIODS = {"daily": "day", "weekly": "week", "fortnightly": "fortnight", "monthly": "month",
                   "quarterly": "quarter", "yearly": "year", "annually": "year"}


# how many of each period a year holds: a frequency is compared per year ("every quarter" is "four times a year")
_PERIODS_A_YEAR = {"day": 365, "week": 52, "fortnight": 26, "month": 12, "quarter": 4, "year": 1}


def how_often(low: float, high: float, period: str, approx: str | None = None) -> Figure:
    """A frequency, per year: 'twice a week' -> 104 times per year."""
    times = _PERIODS_A_YEAR[period]
    return Figure(low * times, high * times, "times", "year", approx)


def read_frequency(g: Groups, ctx: MatchContext) -> list[Found] | None:
    """'twice a year', 'once weekly', 'every quarter', 'once or twice a year' -> 2, 52, 4, 1..2 (unit times, per
    year); 'twice' alone -> 2 (unit multiple, as 'two times' is)."""
    n = _TIMES_WORDS.get(g("word").lower(), 1.0) if g.has("word") else 1.0
    low = _TIMES_WORDS[g("word0").lower()] if g.has("word0") else n
    period = g("period").lower() if g.has("period") else _ADVERB_PERIODS.get(g("adv").lower()) if g.has("adv") else None
    if period is None:
        return _one(g, Figure(n, n, "multiple", None, _approx(g)))
    return _one(g, how_often(min(low, n), max(low, n), period, _approx(g)))


def read_ratio(g: Groups, ctx: MatchContext) -> list[Found] | None:
    """'one inspector for every 18,000 workers' -> 18,000 (unit ratio)."""
    n = parse_number(g("lo"), g.pack)
    return _one(g, Figure(n, n, "ratio", None, _approx(g))) if n else None


def _ordinal(g: Groups) -> int | None:
    """The number an ordinal says: 'fourth' -> 4, '12th' -> 12."""
    raw = g("ord").strip().lower()
    digits = regex.match(r"\d+", raw)
    return int(digits.group()) if digits else g.pack.words("ordinal_words").lookup(raw)


def read_rank(g: Groups, ctx: MatchContext) -> list[Found] | None:
    """'ranked fourth', 'the 12th-largest' -> 4, 12 (unit rank)."""
    value = _ordinal(g)
    if not value:
        return None
    s, e = g.span("ord")
    return [(s, e, Figure(float(value), float(value), "rank"))]


def read_toll_ordinal(g: Groups, ctx: MatchContext) -> list[Found] | None:
    """'counts him as the eighteenth victim', 'the outbreak's fourth death' -> 18 victims, 4 deaths: the toll a death
    counted as the nth makes (unit count, the noun in the plural)."""
    value = _ordinal(g)
    if not value:
        return None
    noun = g("toll").lower()
    noun = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return [(*g.claim_span(), Figure(float(value), float(value), "count", noun=noun))]


def read_temperature(g: Groups, ctx: MatchContext) -> list[Found] | None:
    """'41.3C', '26 °C', 'about 40 degrees Celsius', '-5C', 'minus 8C' -> 41.3, 26, 40, -5, -8 (unit celsius)."""
    n = parse_number(g("lo"), g.pack)
    if n is None:
        return None
    start = g.claim_span()[0]
    if _BELOW_ZERO.search(ctx.text, max(0, start - 7), start):
        n = -n
    return _one(g, Figure(n, n, "celsius", None, _approx(g)))


# a minus sign or word right before a temperature's digits
_BELOW_ZERO = regex.compile(r"(?:[-−]|\bminus[^\S\r\n]+)$", regex.I)


def read_tier(g: Groups, ctx: MatchContext) -> list[Found] | None:
    raw = g("tier").strip().lower()
    value = float(_ROMAN[raw]) if raw in _ROMAN else parse_number(raw, g.pack)
    return _one(g, Figure(value, value, "rank:tier")) if value is not None else None


def read_vote(g: Groups, ctx: MatchContext) -> list[Found] | None:
    """'seven-to-two' -> 7 votes, conversion 2 votes."""
    a = parse_number(g("va") or g("lo"), g.pack)
    b = parse_number(g("vb"), g.pack)
    if a is None or b is None or a == b == 1:
        return None
    return _one(g, Figure(a, a, "vote", conversion=Figure(b, b, "vote")))


def read_figure(g: Groups, ctx: MatchContext) -> list[Found] | None:
    """A number with what follows it: groups u_money, u_pct, u_age, u_time or u_vote say which."""
    if g.has("u_money"):
        return read_money(g, ctx)
    if g.has("u_pct"):
        return read_percent(g, ctx)
    if g.has("u_age"):
        return read_age(g, ctx)
    if g.has("u_time"):
        return read_duration(g, ctx)
    if g.has("u_vote"):
        return read_vote(g, ctx)
    return read_count(g, ctx)


NORMALIZERS: dict[str, Normalizer] = {
    "figure": Normalizer(Kind.FIGURE.value, read_figure, ("lo",),
                         "lo/hi and one of u_money (cur, c_*), u_pct, u_age, u_time (tunit, half, lo2/tunit2), "
                         "u_vote (vb)"),
    "statute": Normalizer(Kind.STATUTE.value, read_statute, ("ref",),
                          "div (Article, Section, §...), ref (repeated), law or lawabbr, lyear/lyear2"),
    "penalty": Normalizer(Kind.PENALTY.value, read_penalty, (),
                          "lo/hi + tunit (and b_* for 'from X to Y'), half, lo2/tunit2, ptype or adj; "
                          "the type from all the matched words"),
    "penalty_fine": Normalizer(Kind.PENALTY.value, read_penalty_fine, ("cur", "lo"), "bound, cur, lo/hi"),
    "penalty_death": Normalizer(Kind.PENALTY.value, read_penalty_death, (), "no groups"),
    "penalty_life": Normalizer(Kind.PENALTY.value, read_penalty_life, (), "no groups"),
    "penalty_life_ban": Normalizer(Kind.PENALTY.value, read_penalty_life_ban, (), "no groups"),
    "date": Normalizer(Kind.DATE.value, read_date, (), "anchor, y, y2, mon or m, d"),
    "decade": Normalizer(Kind.DATE.value, read_decade, ("dec",), "anchor, part, dec"),
    "time": Normalizer(Kind.DATE.value, read_time, ("h", "min"), "h, min; ampm (a or p) for a twelve-hour clock"),
    "century": Normalizer(Kind.DATE.value, read_century, ("cent",), "part, cent"),
    "money": Normalizer(Kind.FIGURE.value, read_money, ("cur", "lo"), "approx, cur, lo/hi; c_* for a conversion"),
    "count": Normalizer(Kind.FIGURE.value, read_count, ("lo",), "approx, lo/hi"),
    "vague": Normalizer(Kind.FIGURE.value, read_vague, ("vague",), "approx, vague"),
    "percent": Normalizer(Kind.FIGURE.value, read_percent, ("lo",), "approx, lo/hi"),
    "duration": Normalizer(Kind.FIGURE.value, read_duration, ("lo", "tunit"), "approx, lo/hi, tunit, half, lo2/tunit2"),
    "age": Normalizer(Kind.FIGURE.value, read_age, (), "approx, lo/hi, or agedec + part"),
    "tier": Normalizer(Kind.FIGURE.value, read_tier, ("tier",), "tier"),
    "temperature": Normalizer(Kind.FIGURE.value, read_temperature, ("lo",), "approx, lo"),
    "rank": Normalizer(Kind.FIGURE.value, read_rank, ("ord",), "ord (an ordinal: fourth, 12th)"),
    "toll_ordinal": Normalizer(Kind.FIGURE.value, read_toll_ordinal, ("ord", "toll"),
                               "ord (an ordinal: tenth, 24th), toll (victim, death, fatality)"),
    "fraction": Normalizer(Kind.FIGURE.value, read_fraction, (),
                           "approx, lo (the numerator: 'a', 'two') and den ('thirds'), or half"),
    "fold": Normalizer(Kind.FIGURE.value, read_fold, (), "approx, lo (digits) or word (a number word)"),
    "proportion": Normalizer(Kind.FIGURE.value, read_proportion, ("lo", "of"), "approx, lo (the part), of (the whole)"),
    "ratio": Normalizer(Kind.FIGURE.value, read_ratio, ("lo",), "approx, lo (one for every lo)"),
    "frequency": Normalizer(Kind.FIGURE.value, read_frequency, (),
                            "word (once, twice, thrice) with period or adv (daily, weekly ...), or period alone"),
    "vote": Normalizer(Kind.FIGURE.value, read_vote, ("va", "vb"), "va, vb"),
}
