"""The central types of factlint: frozen dataclasses and enums, no logic.

Every module speaks in these types. Offsets (`start`, `end`) index the decoded
text in code points; `line`/`column` are 1-based with an exclusive end, as the
JSON contract and SARIF define them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """What a claim states: a statute, a penalty, a date or a figure."""

    STATUTE = "statute"
    PENALTY = "penalty"
    DATE = "date"
    FIGURE = "figure"


class Verdict(StrEnum):
    """What the reference says of a claim."""

    SUPPORTED = "supported"
    MISMATCH = "mismatch"
    CONTESTED = "contested"
    HEDGE = "hedge"
    ATTRIBUTION = "attribution"
    UNSUPPORTED = "unsupported"


class Severity(StrEnum):
    """How serious a finding is; --fail-on compares these."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


# --- normalized values -------------------------------------------------------


@dataclass(frozen=True)
class Statute:
    """'Article 261 of the criminal law' -> articles=('261',), law='criminal-code'."""

    articles: tuple[str, ...]  # "261", "5(2)", "219a"
    division: str = "article"  # article | section | chapter | paragraph | regulation | number
    law: str | None = None  # canonical law key ("criminal-code") or the name, lowercased
    year: int | None = None  # "the 1946 Law on ..." -> 1946


# Penalty bounds that give a floor: "at least five years", "over a year".
FLOOR_BOUNDS = ("at-least", "over")
# A figure's approximations that bound it on one side, open on the other: "up to 600", "more than 12,000".
OPEN_BOUNDS = ("up-to", "at-least", "more-than", "less-than")


@dataclass(frozen=True)
class Penalty:
    """'up to two years of labour' -> type='labour', bound='up-to', low=0, high=24.

    Durations are whole months; for a fine, low/high are the amount in `currency`.
    `low`/`high` are None where the text gives no number (the death penalty, life).
    """

    type: str  # labour | forced-labour | labour-correction | detention | prison | camp | fine | ban | death | life
    #          | life-ban (barred for life)
    bound: str  # exact | up-to | at-least | over | range
    low: float | None = None
    high: float | None = None
    currency: str | None = None


# Penalties without a length: nothing to compare but their type
LENGTHLESS_PENALTIES = frozenset({"death", "life", "life-ban"})
# the rule a bare number read as a term is credited to, its unit left out ("The middleman got six")
ELIDED_TERM_RULE = "penalty-elided"


@dataclass(frozen=True)
class DateValue:
    """An interval of days, inclusive, with the precision the text gave.

    '2011' -> 2011-01-01..2011-12-31 (year); 'the latter half of the 1990s' ->
    1995-01-01..1999-12-31 (decade-part); 'since 2000' -> anchor='since'.
    """

    start: str  # ISO date, inclusive
    end: str  # ISO date, inclusive
    precision: str  # time | day | month | year | decade-part | decade | century ("22:47": normalize.TIME_OF_DAY_DAY)
    anchor: str | None = None  # since | until | before | after | None
    month_day_only: bool = False  # 'September 3': no year given


def is_month_alone(value: object) -> bool:
    """Is the value a month named with neither day nor year ("in March")?"""
    return isinstance(value, DateValue) and value.month_day_only and value.precision == "month"


@dataclass(frozen=True)
class Figure:
    """A number or interval with its unit.

    `unit` is one of: count, percent, currency:XXX (ISO 4217), age, months,
    days, hours, rank:tier, vote, and the like. `per` is the period a rate is
    given for (night, day, week, month, year). `approx` is the approximation
    word's meaning: about | at-least | up-to | more-than | less-than | just-over | just-under | None.
    `conversion` is the parenthetical other half: '10,000 won ($3.30)'. `fraction`: a share told as a common
    fraction or a proportion ('two-thirds', 'one in four'), rounded coarser than a percentage in figures.
    """

    low: float
    high: float
    unit: str = "count"
    per: str | None = None
    approx: str | None = None
    noun: str | None = None  # what is counted: 'women', 'people'
    conversion: Figure | None = None
    fraction: bool = False


def currency_unit(value: object) -> str:
    """The currency of an amount, as a figure's unit: "currency:VELARS" for a figure's or a fine's; "" else."""
    if isinstance(value, Figure):
        return value.unit if value.unit.startswith("currency:") else ""
    return f"currency:{value.currency}" if isinstance(value, Penalty) and value.currency else ""


Value = Statute | Penalty | DateValue | Figure


def runs_forward(value: Value) -> bool:
    """Whether a value's interval runs from its low end to its high one, as a reference requires of every value
    (a figure's conversion too): a pattern that joins two terms as a range ("six-year and five-year terms") must
    not yield a value no reference can hold."""
    if isinstance(value, DateValue):
        return value.start <= value.end
    if isinstance(value, Figure | Penalty) and None not in (value.low, value.high) and value.low > value.high:
        return False
    return not isinstance(value, Figure) or value.conversion is None or runs_forward(value.conversion)


# --- documents and claims ----------------------------------------------------


@dataclass(frozen=True)
class Claim:
    """One statement of a statute, penalty, date or figure found in a text."""

    kind: Kind
    start: int  # offset of the first code point
    end: int  # offset just after the last
    text: str  # the surface text, exactly text[start:end]
    value: Value
    rule: str  # name of the extraction pattern that found it
    sentence: str = ""  # the sentence it sits in
    sentence_start: int = 0  # offset of the sentence in the text
    paragraph: str = ""  # the paragraph (or list item, table cell) around it
    heading: str = ""  # nearest heading above it
    hedged: bool = False  # the sentence hedges it: "reportedly", "was said to"
    attributed_to: str | None = None  # body the sentence credits: "Human Rights Watch"
    row_start: int | None = None  # a table cell's: where its row starts (the row's cells qualify each other)


@dataclass(frozen=True)
class Position:
    """Where a span stands in a file: 1-based lines and columns, the end exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int


# --- the reference -----------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """A source document the reference was built from."""

    id: str
    title: str = ""
    publisher: str = ""
    author: str = ""
    date: str | None = None  # ISO 8601 to the known precision, or None
    path: str = ""  # file name the source was built from
    url: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class RefClaim:
    """One source's value for a topic."""

    value: str  # as a reader would write it
    norm: Value
    source: str  # Source.id
    location: int  # line in the source file
    hedged: bool = False
    evidence: str = ""  # a few words, not the source's sentence
    key: str = ""  # stable id the builder gives it, for rebuilds
    credited: str = ""  # the body the source itself credits it to ("the State Department placed ...")
    holder: str = ""  # the person a prison term was given to, by surname ("Hollan"): lint/holders.py
    imposer: str = ""  # who the source says imposed a fine or ordered a sum paid: "court" or "regulator" (holders.py)
    # the source names this value only as the account it rejects elsewhere ("presented as closed: 63.4 kilometres",
    # where it finds 81 kilometres, "not 63.4"): another's telling, not its own
    rejected: bool = False


@dataclass(frozen=True)
class Topic:
    """One point the sources give a value for, with each source's claim."""

    id: str
    kind: Kind
    subject: str
    claims: tuple[RefClaim, ...]
    keywords: tuple[str, ...] = ()
    note: str = ""
    decision: str = ""

    @property
    def contested(self) -> bool:
        """Different values from different sources (see refdata.same_value)."""
        from lint.judge import topic_is_contested  # the comparison rules live there

        return topic_is_contested(self)


@dataclass(frozen=True)
class Reference:
    """What the sources say, topic by topic: what drafts are judged against."""

    sources: tuple[Source, ...]
    topics: tuple[Topic, ...]
    path: str = ""  # file it was read from
    built_keys: tuple[str, ...] = ()  # every claim key the last build produced

    def source(self, source_id: str) -> Source | None:
        for s in self.sources:
            if s.id == source_id:
                return s
        return None


# --- results -----------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """What one source says of a finding's topic, as a report shows it."""

    value: str
    source: str  # Source.id
    location: str  # "line 7"
    publisher: str = ""
    date: str | None = None
    hedged: bool = False
    agrees: bool = False  # this source's value agrees with the draft


@dataclass(frozen=True)
class Finding:
    """A claim the reference does not support, as reported."""

    code: str  # FL104
    name: str  # mismatched-figure
    category: Verdict  # mismatch | contested | hedge | attribution | unsupported
    kind: Kind
    severity: Severity
    start: int
    end: int
    position: Position
    found: str
    message: str
    evidence: tuple[Evidence, ...] = ()
    suggestion: str | None = None
    topic: str | None = None


@dataclass(frozen=True)
class ClaimResult:
    """A claim found in a draft, and its verdict."""

    claim: Claim
    position: Position
    verdict: Verdict
    topics: tuple[str, ...] = ()


@dataclass
class FileResult:
    """Everything a lint found in one file."""

    path: str  # as the user named it
    claims: list[ClaimResult] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # warnings about reading the file
    text: str = ""  # the decoded text, for renderers that show it
