"""The settings a lint run uses: defaults here, overridden by config files and options.

`config.py` reads `[tool.factlint]` / `factlint.toml` into this; the engine
only ever sees a `Settings`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class MatchSettings:
    """How a claim's context finds its topic (see match.py). Scores are 0..100."""

    cutoff: float = 25.0  # best topic below this: the claim is unsupported
    # a statute may match this much below the cutoff: its offence is a few words in a long sentence, and
    # its topic gathers the words of every source's sentence that cites it
    statute_margin: float = 5.0
    # a figure of ten or more, a day or a month may match this much below the cutoff where its best topic gives a
    # value near the draft's (match._near_a_value: "21" for 19, "30 October" for 30 November; never a term, "nine
    # years" for six): a slip of one point's value, judged on it, where words alone fit a little less than asked
    near_value_margin: float = 5.0
    near_weight: float = 0.30  # the few words right beside the value
    local_weight: float = 0.35  # the words around the claim, in its clause
    sentence_weight: float = 0.20  # the whole sentence
    paragraph_weight: float = 0.15  # the paragraph and the heading above it
    # a penalty whose sentence names the provision a topic's penalties are of ("Section 23 ... up to 15
    # years" and a topic of Section 23's terms) gains this much: the provision is the penalty's point
    provision_bonus: float = 20.0
    agree_bonus: float = 20.0  # a topic whose value agrees gains this much, times 0.5 + the value's specificity
    window: int = 8  # words either side of a claim that make its local context
    near_window: int = 3  # words either side that make its near context


@dataclass(frozen=True)
class Settings:
    """What a lint reports, and what makes it fail: the configuration in effect."""

    match: MatchSettings = field(default_factory=MatchSettings)
    select: tuple[str, ...] = ()  # code prefixes to report; empty = all
    ignore: tuple[str, ...] = ()  # code prefixes not to report
    severity: tuple[tuple[str, str], ...] = ()  # (code prefix, severity) overrides
    fail_on: str = "warning"  # error | warning | info
    report_unsupported: bool = True  # unsupported claims as info findings
    max_file_bytes: int = 10_000_000  # larger files are skipped with a message
    # (glob, code prefixes) pairs: findings in files matching the glob are not reported
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    root: str = ""  # folder that relative per-file-ignores globs are anchored at (the config file's); "" = cwd
