"""Document -> claims: the pack's patterns run over the masked text, normalized,
overlaps resolved, each claim given its sentence, block, heading and cues.

Overlaps: statute > penalty > date > figure, then the longer span, then the
pattern's priority, then the earlier start.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

import regex

from lint import cues
from lint.model import (
    ELIDED_TERM_RULE,
    FLOOR_BOUNDS,
    LENGTHLESS_PENALTIES,
    Claim,
    DateValue,
    Figure,
    Kind,
    Penalty,
    Statute,
    Value,
    currency_unit,
    is_month_alone,
    runs_forward,
)
from lint.normalize import (
    FOR_WHOM,
    NORMALIZERS,
    SENTENCE_OPENING,
    Groups,
    column_fine,
    coordinated_penalty,
    currency_of,
    last_day,
    leading_pattern,
    match_claim_span,
    measure_unit,
    penalty_column,
    trailing_scale,
    whole,
)
from lint.patterns import IGNORE, RulePack, literal_alternation
from lint.source import BOLD_MARKUP, Document, parse_document

# A "sentence" with more claims than this is a dump of numbers (a generated table, a data line):
# reading its first ones keeps memory and time bounded on hostile files.
MAX_CLAIMS_PER_SENTENCE = 300
# ... and a sentence with this many raw matches of one kind's patterns is read no further: on a 1 MB line
# of "1-1-1-..." the patterns match half a million times, and reading every match took half a minute.
RAW_MATCHES_PER_SENTENCE = 20 * MAX_CLAIMS_PER_SENTENCE
_KINDS = {k.value: k for k in Kind}
# a raw match's order: kind's rank, the longer, the pattern's priority, the start, the end
_RAW_ORDER = operator.itemgetter(0, 1, 2, 3, 4)
KIND_RANK = {Kind.STATUTE.value: 0, Kind.PENALTY.value: 1, Kind.DATE.value: 2, Kind.FIGURE.value: 3}
_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"
# (from a run's first mark only, and possessive: a megabyte of dots is read once, not once from each dot)
_SENTENCE_END = regex.compile(r"(?<![.!?…])[.!?…]++[\"'”’)\]»]*+(?=\s)")
_PREV_WORD = regex.compile(r"([\p{L}.]+)\.$")
_CLAUSE_STOP = regex.compile(r"[,;:.!?()\[\]]")
_WORD = regex.compile(r"[\p{L}][\p{L}'’-]*")
_LAST_WORD = regex.compile(r"(\p{L}+)\s+$")
_EACH_OTHER = regex.compile(r"\b(?:each|one)\s+(?:other|another)$", regex.I)


def extract_claims(doc: Document, pack: RulePack, currencies: Mapping[str, str] | None = None,
                   span: tuple[int, int] | None = None, cues: bool = True,
                   guess_currencies: bool = False, a_source: bool = False) -> list[Claim]:
    """Every claim in `doc`, sorted by start, none overlapping.

    `currencies`: currency words the rule pack does not know, with their unit ("dalen" ->
    "currency:DALEN"), as a reference's sources name them: "a fine of 5 million dalen" is then
    money even where no conversion says so. `span`: only the blocks between these offsets (a
    part of a large document, read in a worker while others read the rest). `cues`: False leaves
    every claim's `hedged` False and `attributed_to` None, for a caller that reads them only for
    the claims it needs (`SentenceCueReader`): most of a draft's sentences never need them.
    `guess_currencies`: a word no one knows after a fine's amount is taken for its currency ("a fine of
    400,000 velars"), as a reference build's first reading does to learn the sources' currencies
    (build.learned_currencies); a draft's fines are in the currencies its reference knows. `a_source`: a source
    document's reading, for a reference build (scan_text).

    Each kind's scanner runs once over the scan text; the raw matches are taken in order
    of preference (statute > penalty > date > figure, then the longer), and only a match
    that does not overlap one already taken is normalized, so the work grows with the
    claims kept, not with every number the patterns see.
    """
    lo, hi = span or (0, len(doc.masked))
    if span is None:
        scan = scan_text(doc.masked, pack, a_source)
    else:  # the part alone, in place: offsets stay the document's
        scan = " " * lo + scan_text(doc.masked[lo:hi], pack, a_source) + " " * (len(doc.masked) - hi)
    ctx = _Context(pack, doc, split_sentences(doc, pack, span), currencies or {}, guess_currencies)
    taken = _Taken()
    per_sentence: dict[int, int] = {}
    # a match inside a claim an earlier kind took is never taken: where no sentence could reach the raw matches'
    # limit (whose count they would change), the scanners go past those claims (_overlapped_matches)
    past_taken = _no_sentence_holds(ctx, RAW_MATCHES_PER_SENTENCE)
    for kind, scanners in itertools.groupby((s for s in pack.scanners if s.kind != IGNORE), key=lambda s: s.kind):
        # one kind at a time (its raw matches sorted as all kinds' would be: the kind's rank first)
        rank = KIND_RANK[kind]
        raw: list[tuple] = []
        for scanner in scanners:
            reads = scanner.reads
            skip = taken if past_taken and scanner.claims_open_by_match else None
            for m in _overlapped_matches(scanner, scan, lo, hi, ctx, skip):
                rule, leading, wider = reads.get(m.lastgroup) or scanner.read_of(m)
                s, e = match_claim_span(m, leading) if wider else m.span()
                raw.append((rank, s - e, -rule.priority, s, e, rule, m, leading))
        raw.sort(key=_RAW_ORDER)
        for _, _, _, s, e, rule, m, leading in raw:
            if taken.overlaps(s, e):
                continue
            sentence = ctx.sentence_bounds(s)[0]
            if per_sentence.get(sentence, 0) >= MAX_CLAIMS_PER_SENTENCE:
                continue  # a run of numbers thousands long is data, not prose: its first claims suffice
            found = NORMALIZERS[rule.normalizer].read(Groups(m, ctx, leading, (s, e)), ctx)
            for fs, fe, value in found or ():
                fs, fe = _trim(doc.text, fs, fe)
                if fs < s and taken.overlaps(fs, fe) and not taken.overlaps(s, fe):
                    fs = s  # a word read before the match ("about") runs into a claim already taken
                if fs >= fe or taken.overlaps(fs, fe) or not _inside_one_block(doc, fs, fe):
                    continue
                taken.add(fs, fe, (rule, value))
                per_sentence[sentence] = per_sentence.get(sentence, 0) + 1
    out = []
    penalty_before: dict[int, tuple[int, Penalty]] = {}  # sentence start -> (end, the last penalty read in it)
    money_before: dict[int, str] = {}  # sentence start -> the currency of the last amount of money read in it
    term_before: tuple[int, Penalty] | None = None  # (its block's index, the last term told in years read)
    for fs, fe, (rule, value) in taken.items():
        read, (value, fs) = value, _in_known_currency(value, doc.text, fs, fe, ctx.currencies, pack,
                                                      out[-1].end if out else 0)
        if value is not read and (fine := _fine_in_a_taught_code(value, doc.text, fs, fe)) is not None:
            rule, (value, fe) = _FINE_IN_A_TAUGHT_CODE_RULE, fine
        value = _in_measure_column(value, ctx, fs, fe)
        penalty = _in_penalty_column(value, ctx, fs)
        if penalty is not None:
            rule, value = _PENALTY_COLUMN_RULE, penalty
        sentence = ctx.sentence_bounds(fs)[0]
        penalty = _coordinated_penalty(value, ctx, fs, fe, penalty_before.get(sentence)) or \
            _coordinated_fine(value, ctx, fs, penalty_before.get(sentence))
        if penalty is not None:
            # (a bare number read as a term leaves its unit out: "and Garrod to five")
            elided = isinstance(value, Figure) and value.unit == "count"
            rule, value = _ELIDED_TERM_RULE if elided else _COORDINATED_PENALTY_RULE, penalty
        elif (awarded := _awarded_elided_term(value, ctx, fs, fe, term_before,
                                              penalty_before.get(sentence))) is not None:
            rule, value = _ELIDED_TERM_RULE, awarded
        if rule is _ELIDED_TERM_RULE and (half := _AND_A_HALF.match(doc.text, fe, fe + HALF_REACH)) is not None:
            # "and site manager Jana Perlic for four and a half": the half year is the term's too
            fe, value = half.end(), replace(value, low=value.low + 6, high=value.high + 6)
        if isinstance(value, Penalty):
            penalty_before[sentence] = (fe, value)
            if _told_in_years(value, doc.text[fs:fe]):
                term_before = (doc.block_index(fs), value)
        value = _listed_amount(value, ctx, fs, fe, money_before.get(sentence))
        if currency := currency_unit(value):
            money_before[sentence] = currency
        change = _change_ends(value, ctx, fs, fe) or _fine_limit_change_ends(value, ctx, fs, fe)
        if change is not None:  # "grew from 214 to 364": the old value and the new, two claims
            for cs, ce, end_value in change:
                limit = _fine_limit_changed(end_value, ctx, cs)
                out.append(_claim(doc, ctx, cs, ce, _FINE_LIMIT_RULE if limit else rule, limit or end_value))
            continue
        if (limit := _fine_limit_changed(value, ctx, fs)) is not None:
            rule, value = _FINE_LIMIT_RULE, limit
        if runs_forward(value):  # (else a pattern joined two values as a range: no reference could hold it)
            out.append(_claim(doc, ctx, fs, fe, rule, value))
    out = _without_glossed_fractions(_listed_days_dated(_subsections_under_their_article(out, doc, ctx), doc.text),
                                     doc.text)
    if cues:
        with_cues = SentenceCueReader(doc, pack, out)
        out = [with_cues(c) for c in out]
    return out


# a subsection's number opening its line: "(1) A person responsible for ...", "- (2) If the act ..."
_SUBSECTION_OPENING = regex.compile(r"(?m)^[^\S\r\n]*(?:[-*+][^\S\r\n]+)?\((\d{1,2})\)[^\S\r\n]")
# How many lines above a subsection its article's label may stand (its other subsections between).
SUBSECTION_REACH_LINES = 8


def _subsections_under_their_article(claims: list[Claim], doc: Document, ctx: _Context) -> list[Claim]:
    """A law's text set out under its article's label, each subsection on a line of its own ("**Criminal Code,
    Article 219 (breach of fire safety rules).**", then "(1) A person responsible ... two to eight years.", "(2) If
    ..."): each subsection's number is that provision (Article 219(1)), not a count of one. Only a bare number in
    parentheses opening its line, below a line citing one article with no subsection of its own, with only blank lines
    and other subsections between."""
    text = doc.text
    out = list(claims)
    statutes = [c for c in claims if isinstance(c.value, Statute)]
    for i, claim in enumerate(claims):
        if not (isinstance(claim.value, Figure) and claim.value.unit == "count" and claim.text.isdigit()
                and text[claim.start - 1: claim.start] == "("):
            continue  # (the bracket first: no line's start is looked for behind every number of a long line)
        line_start = text.rfind("\n", 0, claim.start) + 1
        opening = _SUBSECTION_OPENING.match(text, line_start)
        if opening is None or opening.start(1) != claim.start:
            continue
        label = _the_article_labelled_above(statutes, text, line_start)
        if label is None:
            continue
        value = replace(label.value, articles=(f"{label.value.articles[0]}({claim.text})",))
        out[i] = _claim(doc, ctx, claim.start - 1, claim.end + 1, _SUBSECTION_RULE, value)
    return out


def _the_article_labelled_above(statutes: list[Claim], text: str, line_start: int) -> Claim | None:
    """The one article cited, without a subsection, on the nearest line above that is not another subsection."""
    end = line_start - 1
    for _ in range(SUBSECTION_REACH_LINES):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _SUBSECTION_OPENING.match(line):
            cited = [c for c in statutes if start <= c.start < end]
            if len(cited) == 1 and len(cited[0].value.articles) == 1 and "(" not in cited[0].value.articles[0]:
                return cited[0]
            return None
        end = start - 1
    return None


# between the days of a list: a comma, "and", "or", bold markup ("**14 February**, 28 February and 9 March 2023")
_DAYS_JOIN = regex.compile(r"[*_]*(?:,[^\S\r\n]*|[^\S\r\n]+)(?:(?:and|or|&)[^\S\r\n]+)?[*_]*", regex.I)


def _listed_days_dated(claims: list[Claim], text: str) -> list[Claim]:
    """'on 14 February, 28 February and 9 March 2023': the days listed before a day with its year are of that year (a
    day told without one is any year's)."""
    out = list(claims)
    dated_next: tuple[int, str, str] | None = None  # (where the next claim starts, its year, its month and day)
    for i in range(len(out) - 1, -1, -1):
        claim, value = out[i], out[i].value
        if not isinstance(value, DateValue) or value.precision != "day" or value.anchor or value.start != value.end:
            dated_next = None  # (a span of days, "8 to 12 March", is no day of a list)
        elif not value.month_day_only:
            dated_next = (claim.start, value.start[:4], value.start[5:])
        elif dated_next is not None and _DAYS_JOIN.fullmatch(text, claim.end, dated_next[0]):
            day = f"{dated_next[1]}{value.start[4:]}"
            # (a list runs forward: a day later in the year than the dated one is the year before's, "28 December
            # and 3 January 2024", and left undated)
            if _is_a_day(day) and value.start[5:] <= dated_next[2]:
                out[i] = replace(claim, value=replace(value, start=day, end=day, month_day_only=False))
                dated_next = (claim.start, dated_next[1], value.start[5:])
            else:
                dated_next = None
        else:
            dated_next = None
    return out


# between a fraction and the percentage that glosses it: what it is of, then a comma (", or"), a bracket or a dash
# ("Nearly two-thirds of fishermen, 62%, were told", "almost a quarter (23 per cent)", "two-thirds—62%—")
_GLOSS_JOIN = regex.compile(r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})?"
                            r"(?:\s*,\s*(?:or\s+)?|\s*\(\s*|\s*[-–—]\s*)")
# ... and after the percentage, the gloss closed: not a share of another group ("two-thirds of men, 64% of women")
_GLOSS_CLOSE = regex.compile(r"\s*(?:[,);:.!?–—-]|$)")
# how far the percentage may be from the fraction it glosses, in points
GLOSS_POINTS = 5.0


def _without_glossed_fractions(claims: list[Claim], text: str) -> list[Claim]:
    """'Nearly two-thirds of fishermen, 62%, were told ...': a fraction glossed by the percentage right after it is
    that percentage told twice, one claim: the percentage, which says the share exactly."""
    out = []
    for i, claim in enumerate(claims):
        value, after = claim.value, claims[i + 1] if i + 1 < len(claims) else None
        if (isinstance(value, Figure) and value.fraction and after is not None and isinstance(after.value, Figure)
                and after.value.unit == "percent" and not after.value.fraction
                and abs(after.value.low - value.low) <= GLOSS_POINTS
                and _GLOSS_JOIN.fullmatch(text, claim.end, after.start) and _GLOSS_CLOSE.match(text, after.end)):
            continue
        out.append(claim)
    return out


def _is_a_day(iso: str) -> bool:
    """Is the ISO date a day of the calendar (not 29 February of a common year)?"""
    return int(iso[8:10]) <= last_day(int(iso[:4]), int(iso[5:7]))


def _overlapped_matches(scanner, scan: str, lo: int, hi: int, ctx: _Context,
                        taken: _Taken | None = None) -> Iterator[regex.Match]:
    """The scanner's matches between lo and hi, overlapped: "Section 23 to ten years' imprisonment" is tried as the
    range "23 to ten years" first, which fails, and the penalty inside it must still be found. A sentence with
    RAW_MATCHES_PER_SENTENCE of them is read no further. With `taken`, the claims earlier kinds took: a match
    starting inside one is passed over, and the scan goes on past that claim (its claim, which starts at or before
    the match, overlaps the one taken: it would never be taken; an empty match at a claim's start is still given)."""
    pos = lo
    while pos < hi:
        run_start, count, skip_to = None, 0, None
        for m in scanner.matches(scan, pos, hi, overlapped=True):
            if taken is not None:
                inside = taken.end_around(m.start())
                if inside is not None:
                    skip_to = inside
                    break
            yield m
            run_start = m.start() if run_start is None else run_start
            count += 1
            if count >= RAW_MATCHES_PER_SENTENCE:
                sentence_start, sentence_end = ctx.sentence_bounds(m.start())
                if sentence_start <= run_start:  # so many in one sentence: a dump of numbers, read no further
                    skip_to = max(sentence_end, m.start() + 1)
                    break
                run_start, count = None, 0
        if skip_to is None:
            return
        pos = skip_to


def _no_sentence_holds(ctx: _Context, count: int) -> bool:
    """Is every sentence and every block shorter than `count` characters? Then no sentence holds `count` matches
    (each starts at a character of its own), wherever a match is looked up (_Context.sentence_bounds)."""
    return all(e - s < count for s, e in ctx.sentences) and all(b.end - b.start < count for b in ctx.doc.blocks)


@dataclass(frozen=True)
class _ContextRule:
    """The rule a claim read again from its context is credited to: a table cell's length or amount
    read as a penalty (its column says so), a length read as a penalty's other bound."""

    name: str = "penalty-column"
    kind: str = Kind.PENALTY.value


_PENALTY_COLUMN_RULE = _ContextRule()
_COORDINATED_PENALTY_RULE = _ContextRule(name="penalty-coordinated")
_ELIDED_TERM_RULE = _ContextRule(name=ELIDED_TERM_RULE)
_SUBSECTION_RULE = _ContextRule(name="statute-subsection", kind=Kind.STATUTE.value)
_BREAK_BETWEEN = regex.compile(r"[;:]")
_PROVISION_NAMED = regex.compile(r"(?:\b(?:Articles?|Art\.|Sections?|s\.)|§)\s*\d")


# a verb of change, up to four words before "from": "rose from", "would bring the Inspectorate from"
_CHANGE_BEFORE = regex.compile(
    r"\b(?:rise[sn]?|rose|rising|gr[eo]w[sn]?|growing|increas\w*|f[ae]ll[sn]?|falling|drop\w*|declin\w*|climb\w*"
    # ("lift the cap from", with its object: not "cranes can lift from 5 to 12 tonnes", a range)
    r"|jump\w*|soar\w*|doubl\w*|tripl\w*|halv\w*|bring\w*|brought|rais\w*|lift(?:s|ed|ing)?(?=\s+(?!from\b))"
    r"|cut\w*|reduc\w*|expand\w*|shr[iau]nk\w*"
    # (what changes between, up to six words: "Raise the maximum fine under Article 27 from"; a currency's code may
    # open the value after "from": "from KVM 2.5 million to KVM 10 million")
    r"|mov(?:e|es|ed|ing)|chang\w*)(?:\s+[\w'’-]+){0,6}?\s+from\s*(?:(?-i:\p{Lu}{2,4})\s?|[$€£])?$", regex.I)
_RANGE_JOIN = regex.compile(r"\s*(?:to|-|–|—|and)\s*", regex.I)
_TO_JOIN = regex.compile(r"\s*to\s*", regex.I)
# between the verb and "from", words that make it a range after all: "were raised and now run from
# $1,000 to $5,000", "prices, which vary from $20 to $50"
_RANGE_BETWEEN = regex.compile(r"\b(?:rang\w*|run\w*|ran|var(?:y|ies|ied|ying)|span\w*|and|now|which|that)\b", regex.I)


def _change_ends(value: Value, ctx: _Context, start: int, end: int) -> list[tuple[int, int, Value]] | None:
    """'The plan would bring the Inspectorate from 214 to 364 inspectors', 'raised the maximum penalty
    from five to ten years': a change from one value to another, not an interval. The two ends as
    claims of their own (the first is read as the earlier value, context.qualifiers' '^from'; a
    penalty's ends are bounded as the change says: 'maximum' up to, 'minimum' at least); None for a
    true range ('from 150,000 to 200,000 people')."""
    if isinstance(value, Penalty):
        return _penalty_change_ends(value, ctx, start, end)
    if not isinstance(value, Figure) or value.low == value.high or value.conversion is not None:
        return None
    change = _change_before(_CHANGE_BEFORE, ctx, start)
    if change is None:
        return None
    text = ctx.source[start:end]
    joins = [m for m in _RANGE_JOIN.finditer(text) if m.start() > 0 and m.end() < len(text)]
    if len(joins) != 1:
        return None
    join = joins[0]
    if not _TO_JOIN.fullmatch(join.group()) or _RANGE_BETWEEN.search(ctx.text, change.start(), start):
        return None
    return [(start, start + join.start(), replace(value, high=value.low)),
            (start + join.end(), end, replace(value, low=value.high))]


_FINE_LIMIT_RULE = _ContextRule(name="penalty-fine-limit-changed")
_FINE_IN_A_TAUGHT_CODE_RULE = _ContextRule(name="penalty-fine-in-a-taught-code")
# a fine's word right after its amount, what kind of fine between: "VTH 4.8 million administrative fine"
_FINE_AFTER_ITS_AMOUNT = regex.compile(r"(?:[*_]{2})?[^\S\r\n]+(?:(?:administrative|regulatory|corporate|criminal|civil"
                                       r"|court)[^\S\r\n]+)?fine\b(?![^\S\r\n]*[-–]|[^\S\r\n]+(?:dining|wines?|art)\b)",
                                       regex.I)
# ... or the verb of fining right before it, whom it fines between: "fined Solvera VLD 4.6 million", "fines NWC a
# record"
_FINED_BEFORE_ITS_AMOUNT = regex.compile(
    r"\b(?:fined|fines)[^\S\r\n]+(?:(?:him|her|them|it|the[^\S\r\n]+\p{Ll}+|(?-i:\p{Lu}[\w&'’.-]*)"
    r"(?:[^\S\r\n]+(?-i:\p{Lu}[\w&'’.-]*)){0,3})[^\S\r\n]+)?(?:an?[^\S\r\n]+(?:record|total[^\S\r\n]+of|further"
    r"|combined)[^\S\r\n]+)?\Z", regex.I)
# (how far before an amount its fining verb is looked for, in characters)
FINED_REACH = 60


def _fine_in_a_taught_code(value: Value, text: str, start: int, end: int) -> tuple[Penalty, int] | None:
    """An amount in a currency code the sources taught, told as a fine by its word after it or its verb before it ("the
    VTH 4.8 million administrative fine", "fines NWC a record DVF 18.5 million"): the fine and where its claim ends.
    The patterns did not know the code when they ran, so they read it as an amount."""
    if not isinstance(value, Figure) or not currency_unit(value) or value.approx is not None or value.conversion:
        return None
    fine = _FINE_AFTER_ITS_AMOUNT.match(text, end)
    if fine is None and _FINED_BEFORE_ITS_AMOUNT.search(text, max(0, start - FINED_REACH), start) is None:
        return None
    code = currency_unit(value).split(":", 1)[1]
    return Penalty("fine", "exact", value.low, value.high, code), (fine.end() if fine is not None else end)


# the amount's own lead: "from" or "to" right before it ("to at least VTH 10 million")
# (its currency's code or sign before it is not the claim's: "from BVT 500,000")
_FROM_OR_TO_BEFORE = regex.compile(
    r"\b(?:from|to)\s+(?:(?:at\s+least|just|only)\s+)?(?:(?-i:\p{Lu}{2,4})\s?|\p{Sc}\s?)?$", regex.I)
# between a fine's limit and its amount, a clause of another thing: "the maximum fine, which the firm paid to"
_OTHER_CLAUSE = regex.compile(r"[;:]|\b(?:which|who|whom|while|whereas|but|paid|pays|pay|earned|earns)\b", regex.I)
FINE_LIMIT_REACH = 160
# before a sentence's first word: a list's marker, a number, bold
_OPENS_ITS_SENTENCE = regex.compile(r"[\s\d.)*_#>+-]*")
# ... and a recommendation's subjunctive: "1. That the Ministry amend ..."
_A_RECOMMENDATION = regex.compile(r"[\s\d.)*_#>+-]*That\s")


def _fine_limit_change_ends(value: Value, ctx: _Context, start: int, end: int) -> list[tuple[int, int, Value]] | None:
    """'raised the maximum fine for companies from 5 million to 12 million lerats': a fine's limit changed from one
    amount to another (more words between the verb and "from" than _change_ends allows), the two ends."""
    if not isinstance(value, Figure) or value.low == value.high or not currency_unit(value):
        return None
    if not _FROM_OR_TO_BEFORE.search(ctx.text, max(0, start - 20), start) or _fine_limit(ctx, start) is None:
        return None
    text = ctx.source[start:end]
    join = _TO_JOIN.search(text)
    if join is None or join.start() == 0:
        return None
    return [(start, start + join.start(), replace(value, high=value.low)),
            (start + join.end(), end, replace(value, low=value.high))]


def _fine_limit(ctx: _Context, start: int) -> str | None:
    """The bound of a fine's limit that a change in the amount's sentence acts on, the amount led by "from" or "to"
    (rules/lexicon/penalties.toml fine_limit_nouns, fine_limit_change_verbs): "up-to", "at-least", "exact"; None
    where there is none, or the change is only asked for or planned (fine_limit_proposals)."""
    lo = max(ctx.sentence_bounds(start)[0], start - FINE_LIMIT_REACH)
    lead = _FROM_OR_TO_BEFORE.search(ctx.text, max(lo, start - 20), start)
    if lead is None:
        return None
    nouns = [m for m in ctx.pack.word_pattern("fine_limit_nouns").finditer(ctx.text, lo, lead.start())]
    if not nouns:
        return None
    noun = nouns[-1]
    if _OTHER_CLAUSE.search(ctx.text, noun.end(), lead.start()):
        return None
    sentence = ctx.sentence_bounds(start)[0]
    verb = ctx.pack.word_pattern("fine_limit_change_verbs").search(ctx.text, lo, lead.start())
    if verb is None or _OPENS_ITS_SENTENCE.fullmatch(ctx.text, sentence, verb.start()):
        return None  # (an imperative, a demand's: "1. **Raise the maximum administrative fine** from")
    if _A_RECOMMENDATION.match(ctx.text, sentence):
        return None  # "1. That the Ministry amend Section 31(1) to raise the maximum corporate fine to"
    if ctx.pack.word_pattern("fine_limit_proposals").search(ctx.text, sentence, start):
        return None
    return {"most": "up-to", "least": "at-least"}.get(noun.lastgroup or "", "exact")


def _fine_limit_changed(value: Value, ctx: _Context, start: int) -> Penalty | None:
    """'raise the maximum administrative fine to VKR 10 million', 'the ceiling on corporate fines raised from VLR 10
    million to VLR 50 million': an amount of money a fine's limit is changed from or to is that fine (the limit's
    bound: up to for a maximum), not a figure."""
    if not isinstance(value, Figure) or value.low != value.high or value.per or not (unit := currency_unit(value)):
        return None
    bound = _fine_limit(ctx, start)
    if bound is None:
        return None
    low = None if bound == "up-to" else value.low
    high = None if bound == "at-least" else value.high
    return Penalty("fine", bound, low, high, unit.split(":", 1)[1])


def _change_before(verb: regex.Pattern, ctx: _Context, start: int, reach: int = 80) -> regex.Match | None:
    """A verb of change and its "from" right before `start`, within its sentence and `reach` characters."""
    return verb.search(ctx.text, max(ctx.sentence_bounds(start)[0], start - reach), start)


_EXTREME_IN_CHANGE = regex.compile(r"\b(maximum|minimum)\b", regex.I)
# a verb of change whose object is the penalty: "raised the maximum penalty from", "cut his sentence from",
# "raise the maximum penalty under Article 219(3) of the Criminal Code from" (not "since the increase,
# poachers face from five to ten years")
_PENALTY_CHANGE_BEFORE = regex.compile(
    r"\b(?:rais\w*|increas\w*|reduc\w*|cut|cuts|lower\w*|extend\w*|doubl\w*|halv\w*|chang\w*)\s+"
    r"(?:(?:the|its|his|her|their)\s+)?(?:(?:maximum|minimum)\s+)?(?:(?:prison|jail|custodial)\s+)?"
    r"(?:penalt(?:y|ies)|sentences?|terms?|punishments?|maximum|minimum)"
    r"(?:\s+under\s+(?:Articles?|Sections?|Art\.|§)\s*[^.,;:]{1,60}?"
    r"|\s+for\s+(?!(?:\S+\s+){0,3}?(?:where|which|that|who|when|with|now|and|faced?|facing)\b)"
    r"(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?\s+from\s*$"
    # ... or the penalty, then its verb of change: "The maximum penalty under Article 41(3) should rise from"
    r"|\b(?:maximum|minimum)\s+(?:(?:prison|jail|custodial)\s+)?(?:(?:penalt(?:y|ies)|sentences?|terms?)\s+)?"
    r"(?:under\s+(?:Articles?|Sections?|Art\.|§)\s*[^.,;:]{1,60}?\s+)?(?:(?:should|would|will|must|could|is\s+to|to)\s+)?"
    r"(?:be\s+)?(?:rise|rises|rose|risen|raised|increased?|increases|go\s+up|goes\s+up|went\s+up|doubled?|doubles"
    r"|lowered|reduced|cut)\s+from\s*$", regex.I)


def _penalty_change_ends(value: Penalty, ctx: _Context, start: int, end: int) -> list[tuple[int, int, Penalty]] | None:
    if value.bound != "range" or value.low is None or value.high is None or value.type == "fine":
        return None
    change = _change_before(_PENALTY_CHANGE_BEFORE, ctx, start, reach=140)
    if change is None:
        return None
    text = ctx.source[start:end]
    join = _TO_JOIN.search(text)
    if join is None or join.start() == 0:
        return None
    extreme = _EXTREME_IN_CHANGE.search(ctx.text, change.start(), start)
    kind = extreme.group(1).lower() if extreme else None

    def bounded(months: float) -> Penalty:
        if kind == "maximum":
            return Penalty(value.type, "up-to", None, months)
        if kind == "minimum":
            return Penalty(value.type, "at-least", months, None)
        return Penalty(value.type, "exact", months, months)

    return [(start, start + join.start(), bounded(value.low)), (start + join.end(), end, bounded(value.high))]


def _coordinated_penalty(value: Value, ctx: _Context, start: int, stop: int,
                         earlier: tuple[int, Penalty] | None) -> Penalty | None:
    """'a minimum term of four years ... and a ceiling of 15 years': a length with a bound of its own
    ("a maximum of", "up to"), after a penalty in its clause, is that penalty's other bound when it
    bounds the other side of it, or the penalty of another provision the text names between them."""
    if earlier is None or not isinstance(value, Figure) or value.per:
        return None
    if value.unit == "count":
        return _elided_term(value, ctx, start, stop, *earlier)
    if value.unit != "months":
        return None
    end, penalty = earlier
    if penalty.type == "fine" or penalty.type in LENGTHLESS_PENALTIES or _BREAK_BETWEEN.search(ctx.text, end, start):
        return None
    lead = ctx.pack.word_pattern("penalty_bounds")
    bound_word = None
    for m in lead.finditer(ctx.text, max(0, start - 25), start):
        if not ctx.text[m.end() : start].strip():
            bound_word = m.group()
    if bound_word is None and value.approx is None:
        return _penalty_alongside(value, ctx, end, start, stop, penalty)
    other = coordinated_penalty(value, penalty.type, bound_word, ctx.pack)
    if other is None:
        return None
    if _PROVISION_NAMED.search(ctx.text, end, start):
        # another provision's penalty: "X (Article 147) three to 12 years and Y (Article 148) up to 10"
        return other
    if penalty.bound in FLOOR_BOUNDS and other.bound == "up-to":  # a floor, then a ceiling above it
        return other if other.high is not None and penalty.low is not None and other.high > penalty.low else None
    if penalty.bound == "up-to" and other.bound in FLOOR_BOUNDS:  # a ceiling, then a floor below it
        return other if other.low is not None and penalty.high is not None and other.low < penalty.high else None
    if penalty.bound == "range" and other.bound == "up-to":
        # a law's range, then a ceiling: another offence's ("harm carries one to five years, and endangering a child
        # up to three years")
        return other
    return None  # "jailed for five years and on probation for up to 20 months": another length


def _elided_term(count: Figure, ctx: _Context, start: int, stop: int, end: int, penalty: Penalty) -> Penalty | None:
    """'Strasz was sentenced to eight years and Garrod to five', 'got six years in prison, and his deputy got four': a
    bare number closing its clause, after an exact term in whole years and the next person given one, is that
    person's term in years, the unit the first term gave."""
    if (count.noun is not None or count.approx is not None or count.low != count.high or not count.low
            or not float(count.low).is_integer() or count.low > MAX_ELIDED_YEARS):
        return None
    if (penalty.type == "fine" or penalty.type in LENGTHLESS_PENALTIES or penalty.bound != "exact"
            or penalty.low is None or penalty.low % 6
            or (penalty.low % 12 and not _YEARS_RIGHT_BEFORE.search(ctx.text, max(0, end - 12), end))):
        return None  # (a half year told in years leaves its unit out too: "got nine and a half years, Andrass seven")
    between = _NEXT_PERSON_GIVEN.fullmatch(ctx.text, end, start)
    if between is None or not _CLAUSE_ENDS.match(ctx.text, stop):
        return None
    if between.group("verb") is None and any(c.isdigit() for c in ctx.text[start:stop]):
        return None  # "and his son, Tomas Rask, 19, wept": with no verb, digits after a name are an age
    return Penalty(penalty.type, "exact", count.low * 12, count.low * 12)


# a bare number's half, its unit left out as the number's: "for four and a half" (read within HALF_REACH characters:
# the regex module's match costs the text's length where it is not told where to stop)
HALF_REACH = 40
_AND_A_HALF = regex.compile(r"[^\S\r\n]+and[^\S\r\n]+a[^\S\r\n]+half\b(?![^\S\r\n]*(?:-|dozen|million|billion))",
                            regex.I)
_YEARS_RIGHT_BEFORE = regex.compile(r"\byears?\W*$", regex.I)
# The largest bare number read as a term whose unit a term before it gave: "and Garrod to five".
MAX_ELIDED_YEARS = 30
# right before a bare number, a verb giving or asking for a term: "The middleman got six.", "It gave him five."
_AWARD_BEFORE = regex.compile(r"\b(?:got|gets|received|receives|(?:was|were)\s+given|gave\s+(?:him|her|them)"
                              r"|handed\s+(?:him|her|them)|asked\s+for|sought|wanted|demanded"
                              r"|(?<=\b(?:court|judges?|tribunal|chamber|panel)\b[^.;!?]{0,30})(?:chose|settled\s+on"
                              r"|opted\s+for|imposed))\s+$", regex.I)  # (what a court chose: not "Voters chose four")


def _told_in_years(penalty: Penalty, text: str) -> bool:
    """Is the penalty a term told in years ("nine years", "four and a half years", "up to ten years"), whose unit a
    bare number after it may leave out (not "18 months": "His accomplice got six" is not six months or years)?"""
    return (penalty.type != "fine" and penalty.type not in LENGTHLESS_PENALTIES
            and (penalty.low is not None or penalty.high is not None) and "year" in text.lower())


def _awarded_elided_term(value: Value, ctx: _Context, start: int, stop: int,
                         term_before: tuple[int, Penalty] | None,
                         in_sentence: tuple[int, Penalty] | None = None) -> Penalty | None:
    """'Brannik was jailed for nine years. The official who sold the places got seven. The middleman got six.': a
    bare number word given or asked for, closing its clause, or opening its clause with whom it is for, in the
    paragraph of a term told in years, is a term in years, of that term's kind. `in_sentence`: the end and the value
    of the last penalty read in the number's sentence."""
    if term_before is None or not isinstance(value, Figure) or value.unit != "count" or value.noun is not None \
            or value.approx is not None or value.per or value.low != value.high or not value.low \
            or not float(value.low).is_integer() or value.low > MAX_ELIDED_YEARS:
        return None
    block, penalty = term_before
    if ctx.doc.block_index(start) != block:
        return None
    sentence_start = ctx.sentence_bounds(start)[0]
    awarded = _AWARD_BEFORE.search(ctx.text, max(sentence_start, start - 30), start) is not None \
        and _CLAUSE_ENDS.match(ctx.text, stop) is not None
    # ... or, a column's verbless tally, opening its clause with whom it is for: "Fourteen years for Matteo Rusek,
    # eight for Ilena Vasquel", "Seven years for the captain. Six for the managing director.", "asked for 18 years
    # for Vesk and ten for his wife"
    for_whom = FOR_WHOM.match(ctx.text, stop) is not None
    # ... going on from a term told for whom it is in its sentence ("14 years for Vasko, 10 for Andrass")
    parallel = for_whom and in_sentence is not None and in_sentence[1].type != "fine" \
        and FOR_WHOM.match(ctx.text, in_sentence[0]) is not None  # (never a fine's: "20 million for X and 15 for Y")
    tallied = for_whom and (
        SENTENCE_OPENING.fullmatch(ctx.text, sentence_start, start) is not None
        or _COMMA_BEFORE.search(ctx.text, max(sentence_start, start - 4), start) is not None
        or (parallel and _AND_BEFORE.search(ctx.text, max(sentence_start, start - 6), start) is not None))
    if not (awarded or tallied):
        return None
    if not ctx.source[start:stop].isalpha() and not (tallied and parallel):
        # a column's terms are words ("got six"); digits are counts ("Of the 60 flats, 12 for the elderly"), unless
        # they go on from a term told for whom it is
        return None
    return Penalty(penalty.type, "exact", value.low * 12, value.low * 12)


# what stands before a number that opens its clause after a comma (at a sentence's start: normalize.SENTENCE_OPENING),
# or after "and" where the term before was told for whom it was ("18 years for Vesk and ten for his wife")
_COMMA_BEFORE = regex.compile(r",[^\S\r\n]*$")
_AND_BEFORE = regex.compile(r"[^\S\r\n]and[^\S\r\n]*$")
# between a term and a bare number that is the next person's: " and Garrod to ", ", and his deputy got ", " while
# Lunde received ", " and regional manager Ilse Marovec for ", ", and Mirela Dunst, managing director of the operator,
# for ", and with the verb left out too: ", Ilse Varrow " (six), " and his deputy, Mira Solanek, " (five)
_NEXT_PERSON_GIVEN = regex.compile(
    r"(?:\s+\p{Ll}+){0,2}\s*(?:,\s*(?:(?:and|while|whereas)\s+)?|\s+(?:and|while|whereas)\s+)"
    r"(?:(?:his|her|their|the)\s+\p{Ll}+(?:\s+\p{Ll}+)?(?:\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,3}|,\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+,\s+)|(?:\p{Ll}+\s+){0,3}(?:\p{Lu}[\p{L}'’-]+\s+){1,3}"
    r"|(?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+,[^,;:()]{1,80},\s+)"
    r"(?P<verb>(?:(?:was|were)\s+)?(?:(?:sentenced\s+)?to|for|got|gets|received|receives)\s+)?")
# ... and what may follow it: the clause's end
_CLAUSE_ENDS = regex.compile(r"\s*+(?:[,.;:!?)]|$)|\s++(?:and|while|but|whereas)\b")


def _listed_amount(value: Value, ctx: _Context, start: int, end: int, money: str | None) -> Value:
    """'74.6 million sorins in compensation: 62.5 million to the basin authority, 9.8 million to 312 fishermen': an
    amount with a scale word and nothing counted after it, later in a sentence that gave an amount of money, is in
    that money (not "312 fishermen", nor "1.2 million residents", nor "1.2 million were left without power")."""
    if (money is None or not isinstance(value, Figure) or value.unit != "count" or value.noun or value.per
            or trailing_scale(ctx.text[start:end], ctx.pack) is None  # told with its scale word: not "312"
            or not _NOTHING_COUNTED.match(ctx.text, end)):
        return value
    return replace(value, unit=money)


# what may follow an amount that counts nothing: the clause's end, a word saying to whom or what for, or a verb of
# paying or finding it ("the 25 million sought by prosecutors", "the 6.4 million accepted by the court"); possessive,
# so a long run of spaces is read once
_NOTHING_COUNTED = regex.compile(
    r"\s*+(?:[,.;:!?)]|$)|\s++(?:to|for|from|and|or|each|apiece)\b"
    r"|\s++(?:sought|paid|owed|spent|lost|stolen|embezzled|laundered|demanded|claimed|awarded|ordered|imposed"
    r"|accepted|found|cited|reported|estimated|given|set)"
    r"\s++(?:by|to|for|from|in|on|as|under)\b", regex.I)


def _coordinated_fine(value: Value, ctx: _Context, start: int, earlier: tuple[int, Penalty] | None) -> Penalty | None:
    """'fined Medora Pharma 4 million vesk, Vistal Distribution 3 million vesk and Kern Medical 2.5 million': an
    amount in a fine's currency after it, with only the next party fined between, is that party's fine."""
    if earlier is None or not isinstance(value, Figure) or value.per or value.approx or value.low != value.high:
        return None
    end, fine = earlier
    # its currency said again, or left to the first ("Vistal Distribution 3 million")
    said = value.unit == f"currency:{fine.currency}" or (value.unit == "count" and value.noun is None)
    if fine.type != "fine" or fine.bound != "exact" or not said:
        return None
    if not _NEXT_PARTY.fullmatch(ctx.text, end, start):
        return None
    return Penalty("fine", "exact", value.low, value.high, fine.currency)


# between two fines of a list (past the first's currency word), the next party: ", Vistal Distribution ",
# " and the Kern Medical company "
_NEXT_PARTY = regex.compile(r"(?:\s+\p{Ll}+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
                            r"(?:\p{Lu}[\p{L}'’.&-]*\s+){1,4}(?:(?:company|firm|group)\s+)?")


# "now carries up to five years, up from three years": the penalty before the change
# and "up to seven years' imprisonment (three years before 2017)": the same penalty at another time
_EARLIER_VALUE_BEFORE = regex.compile(r"\b(?:up|down)\s+from\s*$", regex.I)
_EARLIER_IN_BRACKETS = regex.compile(r"^\s*\((?:previously|formerly|then|before)?\s*$", regex.I)
_EARLIER_AFTER = regex.compile(r"\s+(?:before|until|prior\s+to)\b", regex.I)
# a length that is not a term: "two years later", "two years of probation", "two years' pay"
_NOT_A_TERM = regex.compile(r"\s+(?:later|earlier|ago|afterwards|of)\b|\s+on\b(?=\s*(?:[,;:.!?]|$))"
                            r"|\s+to\s+(?!run\b|be\s+served\b)|['’]s?\s+\w", regex.I)
# "six years for mining without a licence and nine years for dredging": another term of the same sentence
_ANOTHER_TERM_BEFORE = regex.compile(r"^[^\d,;:]{0,60}?\band\s+(?:(?:added|another|a\s+further)\s+)?$", regex.I)
# ... or the same penalty of another person: "barred from public office for 10 years, and Garrod for seven", "jailed
# Venn for nine years, Lunde for seven years" (_NEXT_PERSON_GIVEN)
# ... or a list of terms, each its person's: "asked for 11 years for Venn, eight years for Lunde and six years for
# Osterholt", an aside after a person's name at most ("eight years for Mällberg, the most Article 41(3) allows, and
# five years for Vasslund")
_LISTED_TERM_BEFORE = regex.compile(
    r"\s+for\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+(?:\s*,\s*(?!and\b)[^,;:.\n]{1,60}?(?=\s*,))?"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
_FOR_A_PERSON_NAMED = regex.compile(r"\s+for\s+\p{Lu}")


def _penalty_alongside(length: Figure, ctx: _Context, end: int, start: int, stop: int,
                       penalty: Penalty) -> Penalty | None:
    """A bare length (start..stop) after a penalty (ending at `end`) in its clause, read as a penalty
    of the same type: the value it was changed from ("up to five years, up from three years", "up to
    seven years (three years before 2017)": the same bound), or another term handed down with it
    ("six years for mining and nine years for dredging": an exact term after an exact one). Else
    None: "jailed for five years and two years later released", "and two years of probation",
    "(two years more than prosecutors sought)" keep their figures."""
    if _NOT_A_TERM.match(ctx.text, stop):
        return None
    between = ctx.text[end:start]
    if _EARLIER_VALUE_BEFORE.search(between) or (_EARLIER_IN_BRACKETS.match(between)
                                                 and _EARLIER_AFTER.match(ctx.text, stop)):
        return replace(penalty, low=length.low if penalty.low is not None else None,
                       high=length.high if penalty.high is not None else None)
    if penalty.bound == "exact" and penalty.low is not None and (
            _ANOTHER_TERM_BEFORE.match(between) or _NEXT_PERSON_GIVEN.fullmatch(between)
            or (_LISTED_TERM_BEFORE.fullmatch(between) and _FOR_A_PERSON_NAMED.match(ctx.text, stop))):
        return Penalty(penalty.type, "exact", length.low, length.high)
    return None


def _in_penalty_column(value: Value, ctx: _Context, start: int) -> Penalty | None:
    """An amount in a table column headed as penalties ("Maximum penalty", "Fine") is a fine, though
    the cell says only "1 million talars"; "maximum" or "minimum" in the header is its bound. (The
    column's lengths of time are read as penalties by the penalty patterns themselves.)"""
    if not isinstance(value, Figure) or value.per or not value.unit.startswith("currency:"):
        return None
    header = penalty_column(ctx, start)
    return column_fine(value, header, ctx.pack) if header is not None else None


def _in_measure_column(value: Value, ctx: _Context, start: int, end: int) -> Value:
    """A bare number in a table column headed with a unit ("Pangolin scales (kg)", "Area, hectares",
    "Failed (%)") is in that unit, as "1,480 kg" or "19.2 percent" would be."""
    if not isinstance(value, Figure) or value.unit != "count" or value.noun or value.per:
        return value
    block = ctx.doc.block_at(start)
    if block is None or block.header is None:
        return value
    if block.header[0] <= start < block.header[1]:
        return value  # the header's own words ("Population (thousands)") are no cell under it
    in_row = _in_measure_row(value, ctx, block, start)
    if in_row is not value:
        return in_row
    header = ctx.text[block.header[0] : block.header[1]]
    if _AGE_HEADER.fullmatch(header.strip(" |*_")) and 0 < value.low == value.high <= MAX_AGE:
        return replace(value, unit="age")  # "| Mirela Dunsk | 47 |" under "Age": her age
    if _PERCENT_HEADER.search(header.strip(" |")) and value.high <= 100:
        return replace(value, unit="percent")  # "Failed (%)": its cells are shares
    scale = _SCALE_HEADER.search(header.strip(" |"))
    if scale is not None and not _SCALED_CELL.search(ctx.text, start, min(len(ctx.text), end + 12)):
        # "Estimated cost (DM million)": its "21.7" is 21.7 million, as a writer gives it (not "21.7 million" again)
        factor = ctx.pack.words("scale_words").lookup(scale.group("scale").lower().rstrip("s"))
        value = replace(value, low=whole(value.low * factor), high=whole(value.high * factor))
    money = _header_currency(header, ctx)
    if money is not None:
        return replace(value, unit=money)  # "Overpayment (million vesk)": its cells are amounts of vesk
    m = ctx.pack.word_pattern("measure_units").search(ctx.text, block.header[0], block.header[1])
    if m is None or _PER_BEFORE.search(ctx.text, block.header[0], m.start()):
        return value  # no unit, or "Rangers per 1,000 ha": a rate, its cells are counts
    return _in_measure_unit(value, m.group(), ctx.pack)


def _in_measure_unit(value: Figure, words: str, pack) -> Figure:
    """The bare number in the unit of measure the words name ("tonnes": 1.6 is 1,600 kg); as it is where they name
    none."""
    measure = measure_unit(words, pack)
    if measure is None:
        return value
    unit, factor = measure
    return replace(value, low=whole(value.low * factor), high=whole(value.high * factor), unit=unit)


def _header_currency(header: str, ctx: _Context) -> str | None:
    """The currency a column header names in its closing brackets or after its last comma ("Overpayment
    (million vesk)", "Losses ($m)", "Fines, thousand dalens"), as a unit; None where it names none, or
    names a rate ("€ per litre") or only a word that is as often another ("Seats (won)")."""
    m = _HEADER_TAIL.search(header.strip(" |"))
    if m is None or _PER_BEFORE.search(m.group()):
        return None  # "Fuel price (€ per litre)": a rate
    ambiguous = ctx.pack.words("ambiguous_currency_words")
    for word in _HEADER_WORD.findall(m.group()):
        if ambiguous.lookup(word):
            continue  # "Seats (won)"
        code = currency_of(word, ctx.pack, ctx.currencies)
        if code is not None:
            return f"currency:{code}"
    return None


# a header's closing bracket or its part after the last comma; the words and symbols in it
_HEADER_TAIL = regex.compile(r"\([^()]*\)\s*$|,[^(),]*$")
_HEADER_WORD = regex.compile(r"[^\W\d_]+|[^\w\s(),.]")


# a column header's scale, in brackets or after a comma at its end: "Estimated cost (DM million)", "Losses ($m)",
# "Amount (EUR m)", "Budget 2022/23 (£m)", "Fines, thousand dalens"; not "Mn (mg/l)", "Million-dollar contracts",
# "Contracts over $1 million", a rate "(per million)"
_SCALE_HEADER = regex.compile(r"(?:\(|,)(?![^()]*\bper\b)[^(),]*?(?<![\p{L}\d])(?P<scale>thousands?|millions?|billions?"
                              r"|bn|mn|m|k)(?![\p{L}\p{N}])[^(),]*\)?\s*$", regex.I)
# a cell that gives its scale itself: "21.7 million", "$4.5m"
_SCALED_CELL = regex.compile(r"\d\s*(?:thousand|million|billion|bn|mn|m|k)\b", regex.I)


# a row's label naming the unit of its cells in brackets: "| Dissolved oxygen (mg/L) | about 7.5 | 3.1 |"
_ROW_LABEL_UNIT = regex.compile(r"[\s|*_]*[^|]*?\(\s*([^()|]{1,20}?)\s*\)[\s*_]*\|")


_CELSIUS_WORDS = frozenset({"°C", "ºC", "° C", "degrees Celsius", "Celsius"})


def _in_measure_row(value: Figure, ctx: _Context, block, start: int) -> Value:
    """A bare number in a table row whose label gives a unit in brackets ("Dissolved oxygen (mg/L)", "Share (%)") is in
    that unit, as it would be under such a column's header; not the label's own number."""
    if block.row is None:
        return value
    label = _ROW_LABEL_UNIT.match(ctx.text, block.row[0], block.row[1])
    if label is None or start < label.end():
        return value
    unit_words = label.group(1)
    if unit_words == "%" and value.high <= 100:
        return replace(value, unit="percent")
    if unit_words in _CELSIUS_WORDS:
        return replace(value, unit="celsius")
    return _in_measure_unit(value, unit_words, ctx.pack)


_PER_BEFORE = regex.compile(r"(?:\bper\b|/)[^|]*$", regex.I)
# a header whose unit is the percent: "Failed (%)", "% failed", "Share failed, per cent"; not "the 0.5% limit"
# a column of people's ages: "Age", "Age (years)", "Age at sentencing"
_AGE_HEADER = regex.compile(r"age(?:\s*\(years?\)|\s+at\s+[\w\s]{1,30})?", regex.I)
# the oldest a person's age may be (in a table's column, or as an account's bare number: lint.build)
MAX_AGE = 120
_PERCENT_HEADER = regex.compile(r"^\s*%|\(\s*%\s*\)|(?:(?<![\d.])%|\bper\s?cent|\bpercentage)\s*\)?$", regex.I)


# where a row breaks into cells: a pipe (Markdown) or a run of spaces or a tab (an aligned text table)
_CELL_BREAK = regex.compile(r"\||\t+| {2,}")
# the word after an amount, past bold markup: on its line, or lowercase on the next (a hard-wrapped
# "4.1 million\nvesk"; not the next row's or heading's "Velars Air")
_NEXT_WORD = regex.compile(r"(?:\*\*|__)?(?:(?:[^\S\r\n]+|-)(?:\*\*|__)?([^\W\d_]+)"
                           r"|[^\S\r\n]*\r?\n[^\S\r\n]*(?:\*\*|__)?(\p{Ll}[^\W\d_]*))")


def _in_known_currency(value: Value, text: str, start: int, end: int, currencies: Mapping[str, str],
                       pack: RulePack, free_from: int = 0) -> tuple[Value, int]:
    """'4.2 million kora' is money when kora is a currency the caller knows (a reference's sources
    gave it with a conversion, "4,200,000 kora ($180)", or with fines), though the rule pack's lexicon
    does not; so is "the 4.8 million strel contract", the singular before what it is the amount of
    (not "passed the 2 million mark in 2023"), and "SVC 18.6 million", after a code the sources use
    before their amounts (build.learned_currencies). The value, and where its claim starts: a code's amount takes
    in the code and an approximation before it ("as much as SVC 4,000" is up to 4,000), where no claim before it,
    ending at `free_from`, holds them."""
    if not currencies or not isinstance(value, Figure) or value.unit != "count":
        return value, start
    # "SVC 18.6 million": a code the sources use; "between SVC 5 million and SVC 8 million": after the range's word
    code = CURRENCY_CODE_BEFORE.search(text, max(0, start - 6), start) or _CODE_AFTER_BETWEEN.match(text, start)
    if code is not None and code.group(1) in currencies:
        value = replace(value, unit=currencies[code.group(1)], noun=None)
        if code.end() != start or code.start(1) < free_from:  # (after a range's word: the range's own reading)
            return value, start
        lead = leading_pattern(pack, "approximations").search(text, max(free_from, code.start(1) - 40), code.start(1))
        if lead is not None and value.approx is None:
            approx = pack.words("approximations").lookup(lead.group().rstrip(" \t*_"))
            return replace(value, approx=str(approx) if approx else None), lead.start()
        return value, code.start(1)
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return value, start
    written = m.group(1) or m.group(2)
    noun = value.noun.lower() if value.noun else ""
    if f"{written.lower()} {noun}" in currencies and written[:1].isupper():
        # "250,000 Orvantine marks": the currency after the country's name, as the sources write it (not "Drussian
        # marks", another country's)
        return replace(value, unit=currencies[noun], noun=None), start
    if len(written) == 3 and written.isupper() and written in currencies:  # "152.3 million SLV", a code the sources use
        return replace(value, unit=currencies[written], noun=None), start
    word = written.lower()
    unit = currencies.get(word)
    if unit is None and word + "s" in currencies:
        noun = _NEXT_WORD.match(text, m.end())
        if noun is not None and noun.group(1) and noun.group(1).islower() and \
                not pack.words("noun_stopwords").lookup(noun.group(1)):
            unit = currencies[word + "s"]
    return (replace(value, unit=unit, noun=None) if unit else value), start


# a currency's code right before an amount: "SVC 18.6 million", "DM 146 million"
CURRENCY_CODE_BEFORE = regex.compile(r"(?<![\w$€£¥])(\p{Lu}{2,4})[^\S\r\n]?$")
_CODE_AFTER_BETWEEN = regex.compile(r"(?i:between)[^\S\r\n]+(\p{Lu}{2,4})[^\S\r\n]\d")


class _Taken:
    """Non-overlapping spans, kept sorted by start."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.spans: list[tuple[int, int, object]] = []

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, s)
        if i > 0 and self.spans[i - 1][1] > s:
            return True
        return i < len(self.spans) and self.spans[i][0] < e

    def add(self, s: int, e: int, payload: object) -> None:
        i = bisect.bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.spans.insert(i, (s, e, payload))

    def items(self) -> list[tuple[int, int, object]]:
        return self.spans

    def end_around(self, pos: int) -> int | None:
        """The end of the span `pos` is strictly inside (past its start), or None."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.starts[i] < pos < self.spans[i][1]:
            return self.spans[i][1]
        return None


def parse_value(kind: Kind, text: str, pack: RulePack) -> Value | None:
    """Normalize a short value text ("up to two years of labour") as a claim of `kind`, or None.

    A penalty written without its penal context ("six months", "one year") is read as the
    length of a sentence, as a reference's value for a penalty topic is. A month named alone ("in March") is
    no value a reference can hold: no year, so a draft's date of any year would be judged by it.
    """
    kind = Kind(kind)
    for prefix in ("", "sentenced to ") if kind is Kind.PENALTY else ("",):
        doc = parse_document(prefix + text, "<value>", markdown=False)
        claims = [c for c in extract_claims(doc, pack) if c.kind == kind and not is_month_alone(c.value)]
        if claims:
            return max(claims, key=lambda c: (c.end - c.start, -c.start)).value
    return None


# --- scanning --------------------------------------------------------------------


def scan_text(masked: str, pack: RulePack, a_source: bool = False) -> str:
    """What the patterns run over: the masked text with what is never a claim (phone numbers,
    times, ISBNs...) blanked, and number words rewritten as digit runs of the same length
    ("seventy" -> "0000000", "a year" -> "0 year"), so patterns only ever look for digits. Bold markup
    is blanked too: "a fine of **250,000 velars**" is read as the fine it is. `a_source`: what only a draft's
    reading blanks (an ignore rule's `drafts_only`) is read."""
    spans = [m.span() for scanner in pack.scanners_of(IGNORE) for m in scanner.matches(masked)
             if not (a_source and scanner.read_of(m)[0].drafts_only)]
    spans += [m.span() for m in BOLD_MARKUP.finditer(masked)]
    text = _replace_spans(masked, spans, lambda s: regex.sub(r"[^\r\n]", " ", s))
    words = _number_word_spans(text, pack)
    text = _replace_spans(text, words, lambda s: "0" * len(s))
    # a number word restated in digits, as judgments and contracts write them ("seven (7) years'
    # imprisonment"): the digits are blanked, so the words are read as one number with what follows
    return _replace_spans(text, _restated_digits(text, masked, words, pack), lambda s: " " * len(s))


# digits in brackets right after a number word: "seven (7)", "ten (10) years"; not before a scale word, which the
# number word and its digits both take ("five (5) million dollars": blanked, the words could not reach their scale)
_RESTATED_DIGITS = regex.compile(r"[^\S\r\n]?\((\d{1,4})\)"
                                 r"(?![^\S\r\n]*(?:hundred|thousand|million|billion|trillion|bn|mn)\b)", regex.I)


def _restated_digits(scan: str, masked: str, words: list[tuple[int, int]], pack: RulePack) -> list[tuple[int, int]]:
    """The bracketed digits after number words that restate their value ("seven (7)"; not "Article 289 (1)", whose
    number is in digits, nor "two (3)")."""
    from lint.normalize import parse_number

    spans = []
    for start, end in words:
        m = _RESTATED_DIGITS.match(scan, end, min(len(scan), end + 24))
        if m is not None and parse_number(masked[start:end], pack) == float(m.group(1)):
            spans.append(m.span())
    return spans


# the words a run of number words can start with, besides the number words themselves ("a dozen",
# "an hour", "several months", "a few days")
_LEADING_WORDS = frozenset({"a", "an", "several", "many", "some"})


def _number_word_spans(text: str, pack: RulePack) -> list[tuple[int, int]]:
    """Where the number words are. The digitizer's alternation is tried only at the words a number
    word run starts with (tried at every word, it cost a fifth of extraction), and those words are
    found by one pattern of them, not by looking at every word of the text."""
    pattern, firsts, first_words = _digitizer(pack)
    spans: list[tuple[int, int]] = []
    end = 0
    for m in first_words.finditer(text):
        if m.start() < end or m.group().lower() not in firsts:
            continue  # (the pattern ignores case more widely than lower() does)
        hit = pattern.match(text, m.start())
        if hit is not None:
            spans.append(hit.span())
            end = hit.end()
    return spans


def _digitizer(pack: RulePack) -> tuple[regex.Pattern, frozenset[str], regex.Pattern]:
    """The number words pattern, the words its matches start with, and a pattern finding those words
    (whole words: a run of letters with no word character before it)."""
    found = pack._compiled_lists.get("__digitize__")
    if found is None:
        from lint.patterns import FLAGS

        source = (r"(?<![\w])(?:{{numword}})(?![\w])"
                  r"|\b(?:an?|several|a\s+few|many|some)(?=[-\s]+(?:{{time_units}})\b)"
                  # "a quarter of", not "and a half"
                  r"|(?<!\band\s+)\ban?(?=[-\s]+(?:half|third|quarter|fifth|tenth)\b)")
        pattern = regex.compile(pack.expand(source, "number words"), FLAGS)
        firsts = {w.casefold() for name in ("unit_words", "teen_words", "tens_words") for w in pack.words(name).entries}
        firsts |= _LEADING_WORDS
        first_words = regex.compile(_first_words_source(firsts))
        found = pack._compiled_lists["__digitize__"] = (pattern, frozenset(firsts), first_words)
    return found


def _first_words_source(firsts: set[str]) -> str:
    """A pattern finding the words a run of number words starts with. Words of letters alone are factored
    by their common beginnings (patterns' word-list trie, twice as fast: a fifth of the digitizer's time),
    each between word boundaries: a word it then misses, one followed by a digit or "_" ("seven_", "one1"),
    starts no run of number words either (every number word pattern wants a space, a hyphen or no word
    character after it). Other words: their plain alternation, longest first, behind a lookbehind."""
    if all(regex.fullmatch(r"[^\W\d_]+", w) for w in firsts):
        return rf"(?i:{literal_alternation(firsts)})(?![^\W\d_])"
    words = "|".join(regex.escape(w) for w in sorted(firsts, key=lambda w: (-len(w), w)))
    return rf"(?<![\w])(?i:{words})(?![^\W\d_])"


def _replace_spans(text: str, spans: list[tuple[int, int]], replace) -> str:
    if not spans:
        return text
    pieces, pos = [], 0
    for s, e in sorted(spans):
        if e <= pos:
            continue
        s = max(s, pos)
        pieces.append(text[pos:s])
        pieces.append(replace(text[s:e]))
        pos = e
    pieces.append(text[pos:])
    return "".join(pieces)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return s, e


def _inside_one_block(doc: Document, s: int, e: int) -> bool:
    block = doc.block_at(s)
    return block is not None and e <= block.end


# --- sentences -------------------------------------------------------------------


def split_sentences(doc: Document, pack: RulePack, span: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside each block (of `span`, if given), sorted; a block is never crossed."""
    abbreviations = pack.words("abbreviations")
    number_abbreviations = pack.words("number_abbreviations")
    out: list[tuple[int, int]] = []
    masked = doc.masked
    for block in doc.blocks:
        if span is not None and not span[0] <= block.start < span[1]:
            continue
        start = searched = block.start  # (searched: up to where the sentence so far has no word)
        for m in _SENTENCE_END.finditer(masked, block.start, block.end):
            end = m.end()
            if not _ends_sentence(masked, m, abbreviations, block.end, number_abbreviations):
                continue
            if _has_words(masked, searched, end):
                out.append(_strip(masked, start, end))
                start = end
            searched = end  # a run of wordless ". 1 . 1" is searched once, not from its start at each mark
        if start < block.end:
            if _has_words(masked, start, block.end) or not out or out[-1][1] <= block.start:
                out.append(_strip(masked, start, block.end))
            else:
                prev = out.pop()
                out.append((prev[0], block.end))
    return [s for s in out if s[0] < s[1]]


# what a number's abbreviation names: a number ("77/2019"), a case's code ("C-311/18", "A-12"), Roman numerals ("XIV"),
# a number in brackets or quotes ("(15)", "'5'")
_NUMBER_AFTER = regex.compile(r"[(\"'‘“]?(?:\d|\p{Lu}{1,4}[-/]?\d|[IVXLCDM]{1,7}\b)")


def _ends_sentence(text: str, m: regex.Match, abbreviations, limit: int, number_abbreviations=None) -> bool:
    punct = m.group()
    # the next visible character must open a sentence: a capital, a digit or an opening quote
    nxt = m.end()
    while nxt < limit and text[nxt].isspace():
        nxt += 1
    if nxt >= limit:
        return True
    following = text[nxt]
    if not (following.isupper() or following.isdigit() or following in _OPENERS or not following.isalpha()):
        return False
    if punct.startswith(".") and len(punct.rstrip(_CLOSERS)) == 1:
        before = _PREV_WORD.search(text, max(0, m.start() - 40), m.start() + 1)
        if before:
            word = before.group(1)
            if abbreviations.lookup(word) or abbreviations.lookup(word + "."):
                return False
            if number_abbreviations is not None and (
                    number_abbreviations.lookup(word) or number_abbreviations.lookup(word + ".")):
                # "Case No. C-311/18", "No. 77/2019", "Resolution No. XIV"; not "... if they said no. The union
                # says", "answered No. The mine employed ..."
                return _NUMBER_AFTER.match(text, nxt, limit) is None
            if len(word) == 1 and word.isupper() and not _UNIT_LETTER_BEFORE.match(text, max(0, before.start(1) - 1)):
                return False  # an initial: "J. Smith", "U.S." (not a unit's letter: "tapped at 1,620°C. The")
            if "." in word and len(word) <= 6:  # "U.S", "e.g"
                return False
    return True


# what makes a capital letter before a full stop a unit's, not an initial: a degree sign or a digit right before it
_UNIT_LETTER_BEFORE = regex.compile(r"[°º\d]")


def _has_words(text: str, start: int, end: int) -> bool:
    return bool(_WORD.search(text, start, end))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- context for normalizers and claims ---------------------------------------------


class _Context:
    """What a normalizer may look at around its match: sentences, per-periods, nouns."""

    def __init__(self, pack: RulePack, doc: Document, sentences: list[tuple[int, int]],
                 currencies: Mapping[str, str], guess_currencies: bool = False) -> None:
        self.pack = pack
        self.currencies = currencies
        self.guess_currencies = guess_currencies
        self.text = doc.masked  # context is read in the masked text (words as written)
        self.source = doc.text  # group values are read in the original text
        self.doc = doc
        self.sentences = sentences
        self._sentence_starts = [s for s, _ in sentences]
        self._block_texts: dict[int, str] = {}
        self._sentence_texts: dict[int, str] = {}
        # the nearest heading at or above each block, found once
        self._heading_of: list[str] = []
        # the paragraph that introduces a list or a table with a colon ("Its results were:") heads the
        # items and cells under it, which seldom repeat what they are results of
        current = intro = ""
        for block in doc.blocks:
            raw = doc.masked[block.start : block.end]
            if block.kind == "heading":
                current, intro = " ".join(raw.split()), ""
            elif block.kind not in ("list-item", "table-cell"):
                # (or a line set wholly in bold as a label: "**Sella Marrin**" above her sentence's items)
                intro = " ".join(raw.split()) if raw.rstrip().endswith(":") or _BOLD_LABEL.fullmatch(raw) else ""
            self._heading_of.append(f"{current} {intro}".strip() if block.kind in ("list-item", "table-cell")
                                    else current)

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i][1]:
            return self.sentences[i]
        block = self.doc.block_at(offset)
        if block is not None:
            return block.start, block.end
        return offset, offset

    def per_period(self, start: int, end: int) -> str | None:
        """'per night', 'a night', 'annually' in the claim's clause: nearest after, else before."""
        s_start, s_end = self.sentence_bounds(start)
        text = self.text
        pattern = self.pack.word_pattern("per_periods")
        periods = self.pack.words("per_periods")
        right_end = min(s_end, end + 60)
        stop = _CLAUSE_STOP.search(text, end, right_end)
        if stop and stop.start() == end and text[end] == "(":
            stop = None  # a parenthetical conversion follows; look past it
        window_end = stop.start() if stop else right_end
        for m in pattern.finditer(text, end, window_end):
            if not self._blocked_period(m.start()):
                return str(periods.lookup(m.group()))
        left_start = max(s_start, start - 40)
        stops = list(_CLAUSE_STOP.finditer(text, left_start, start))
        if stops:
            left_start = stops[-1].end()
        found = None
        for m in pattern.finditer(text, left_start, start):
            if not self._blocked_period(m.start()):
                found = m
        return str(periods.lookup(found.group())) if found else None

    def _blocked_period(self, pos: int) -> bool:
        """'over a year', 'for a year': a duration, not a rate."""
        m = regex.search(r"(\p{L}+)\s*$", self.text[max(0, pos - 20) : pos])
        return bool(m and self.pack.words("period_blockers").lookup(m.group(1)))

    def noun_after(self, end: int, start: int | None = None) -> str | None:
        """The counted noun: '2,000 women and girls' -> 'women'; 'three young mothers' -> 'mothers'; with a
        word that counts a part of them, the part: 'the three main defendants' -> 'main defendants', 'the
        other two inspectors' -> 'other inspectors' (rules/lexicon/units.toml subset_words)."""
        s_end = self.sentence_bounds(end)[1] if end > 0 else end
        stop = _CLAUSE_STOP.search(self.text, end, min(s_end, end + 60))
        limit = stop.start() if stop else min(s_end, end + 60)
        stopwords = self.pack.words("noun_stopwords")
        nouns = self.pack.words("counted_nouns")
        subset_words = self.pack.words("subset_words")
        before = _LAST_WORD.search(self.text, max(0, start - 20), start) if start is not None else None
        if before is not None and _EACH_OTHER.search(self.text, max(0, before.start() - 6), before.end(1)):
            before = None  # "met each other 20 times": no part
        subset = before.group(1).lower() if before and subset_words.lookup(before.group(1).lower()) else None
        skipped_of = False
        for i, m in enumerate(_WORD.finditer(self.text, end, limit)):
            if i >= 4:
                break
            word = m.group().lower().strip("'’-")
            if i == 0 and m.start() > 0 and self.text[m.start() - 1] == "-" and nouns.lookup(word + "s"):
                return word + "s"  # "a nine-member committee": nine members
            if word == "of" and not skipped_of:
                skipped_of = True
                continue
            if stopwords.lookup(word):
                return None
            if nouns.lookup(word) or (len(word) > 3 and word.endswith("s") and not word.endswith("ss")):
                return f"{subset} {word}" if subset else word
            if subset is None and subset_words.lookup(word):
                subset = word
        return None

    def sentence_text(self, start: int, end: int) -> str:
        """The masked sentence, sliced once however many claims it holds."""
        text = self._sentence_texts.get(start)
        if text is None:
            text = self._sentence_texts[start] = self.doc.masked[start:end]
        return text

    def heading_above(self, offset: int) -> str:
        i = bisect.bisect_right(self.doc.block_starts, offset) - 1
        return self._heading_of[i] if i >= 0 else ""

    def block_text(self, block) -> str:
        """The block's words; a table cell's are its column's header and its row, the cell's own context."""
        if block is None:
            return ""
        text = self._block_texts.get(block.start)
        if text is None:
            masked = self.doc.masked
            if block.row is None:
                text = " ".join(masked[block.start : block.end].split())
            else:
                text = " ; ".join(_cells(masked, block.row))
                if block.header:  # the header first, set apart: a row's first cell names the row
                    text = " ; ".join(_cells(masked, block.header)) + " | " + text
            self._block_texts[block.start] = text
        return text


# a paragraph that is a bold label and nothing else
_BOLD_LABEL = regex.compile(r"\s*(\*\*|__)[^*_\r\n]{1,120}\1\s*")


def _cells(text: str, span: tuple[int, int]) -> list[str]:
    """The words of each cell in a row's span, spaces collapsed."""
    cells = (" ".join(cell.split()) for cell in _CELL_BREAK.split(text[span[0] : span[1]]))
    return [cell for cell in cells if cell]


def _claim(doc: Document, ctx: _Context, start: int, end: int, rule, value: Value) -> Claim:
    """The claim, its hedges and credits not read yet (SentenceCueReader reads them)."""
    s_start, s_end = ctx.sentence_bounds(start)
    block = doc.block_at(start)
    return Claim(
        kind=_KINDS[rule.kind],
        start=start,
        end=end,
        text=doc.text[start:end],
        value=value,
        rule=rule.name,
        sentence=ctx.sentence_text(s_start, s_end),
        sentence_start=s_start,
        paragraph=ctx.block_text(block),
        heading=ctx.heading_above(start),
        row_start=block.row[0] if block is not None and block.row else None,
    )


class SentenceCueReader:
    """Hedges and credits for claims extracted without them (`extract_claims(..., cues=False)`), read
    sentence by sentence when a claim is asked about: as `extract_claims` would have given them."""

    def __init__(self, doc: Document, pack: RulePack, claims: list[Claim]) -> None:
        self._text = doc.masked
        self._written = doc.text
        self._pack = pack
        self._starts: dict[int, list[int]] = {}  # sentence start -> its claims' starts
        for c in claims:
            self._starts.setdefault(c.sentence_start, []).append(c.start)
        self._cues: dict[int, cues.SentenceCues] = {}
        self._leads: dict = {}  # list_lead_hedged's memo
        self._doc = doc
        self._pronoun_credits: dict[int, str | None] = {}  # sentence start -> the body its "It says" credits

    def __call__(self, claim: Claim) -> Claim:
        start = claim.sentence_start
        found = self._cues.get(start)
        if found is None:
            found = self._cues[start] = cues.SentenceCues(self._text, start, start + len(claim.sentence), self._pack)
        # (a list's markers are read off the text as written: the masked text blanks them)
        hedged = found.hedged(claim.start, claim.end) or cues.list_lead_hedged(self._written, claim.start, self._pack,
                                                                               memo=self._leads)
        credit = found.attribution(claim.start, claim.end, self._starts.get(start, ()))
        if credit is None:
            if start not in self._pronoun_credits:
                block = self._doc.block_at(start)
                self._pronoun_credits[start] = cues.pronoun_credit(
                    self._text, start, start + len(claim.sentence), block.start if block is not None else start,
                    self._pack)
            credit = self._pronoun_credits[start]
        if credit is None:
            block = self._doc.block_at(claim.start)
            if block is not None:
                credit = cues.label_credit(self._text, claim.start, claim.end, block.start, block.end, self._pack)
        return _with_cues(claim, hedged, credit)


def _with_cues(claim: Claim, hedged: bool, credit: str | None) -> Claim:
    """`replace(claim, hedged=hedged, attributed_to=credit)` in an eighth of its time (it is asked once per claim):
    the fields copied as they are, none of them checked or worked out again."""
    copy = object.__new__(Claim)
    copy.__dict__.update(claim.__dict__, hedged=hedged, attributed_to=credit)
    return copy
