"""The rule catalogue: every finding's code, name, category, kind and severity.

Read from `rules/checks/*.toml`. Codes follow one scheme: the hundreds give
the category (1 mismatch, 5 contested, 6 hedge, 7 attribution, 8 unsupported),
the units the kind (1 statute, 2 penalty, 3 date, 4 figure).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lint import toml_cache
from lint.errors import InputError
from lint.model import Kind, Severity, Verdict
from lint.resources import data_dir

_RULE_KEYS = {"code", "name", "category", "kind", "severity", "summary", "rationale", "example"}
_EXAMPLE_KEYS = {"pass", "fail"}
CATEGORY_DIGIT = {
    Verdict.MISMATCH: "1",
    Verdict.CONTESTED: "5",
    Verdict.HEDGE: "6",
    Verdict.ATTRIBUTION: "7",
    Verdict.UNSUPPORTED: "8",
}
KIND_DIGIT = {Kind.STATUTE: "1", Kind.PENALTY: "2", Kind.DATE: "3", Kind.FIGURE: "4"}


@dataclass(frozen=True)
class Example:
    """A sentence from a rule's documentation, and whether the rule should flag it."""

    text: str
    should_fail: bool


@dataclass(frozen=True)
class Rule:
    """One finding code of the catalogue (rules/checks/*.toml) and its documentation."""

    code: str
    name: str
    category: Verdict
    kind: Kind
    severity: Severity
    summary: str
    rationale: str
    examples: tuple[Example, ...] = ()


def code_for(category: Verdict, kind: Kind) -> str:
    return f"FL{CATEGORY_DIGIT[category]}0{KIND_DIGIT[kind]}"


def _parse_rule(entry: dict, where: str) -> Rule:
    unknown = set(entry) - _RULE_KEYS
    if unknown:
        raise InputError(f"{where}: unknown key '{sorted(unknown)[0]}'")
    try:
        examples = []
        for ex in entry.get("example", []):
            bad = set(ex) - _EXAMPLE_KEYS
            if bad or len(ex) != 1:
                raise InputError(f"{where}: an example takes exactly one of 'pass' or 'fail'")
            (key, text), = ex.items()
            examples.append(Example(text=text, should_fail=key == "fail"))
        rule = Rule(
            code=entry["code"],
            name=entry["name"],
            category=Verdict(entry["category"]),
            kind=Kind(entry["kind"]),
            severity=Severity(entry["severity"]),
            summary=entry["summary"],
            rationale=entry.get("rationale", "").strip(),
            examples=tuple(examples),
        )
    except KeyError as exc:
        raise InputError(f"{where}: missing key {exc}") from None
    except ValueError as exc:
        raise InputError(f"{where}: {exc}") from None
    if rule.code != code_for(rule.category, rule.kind):
        raise InputError(f"{where}: code {rule.code} does not fit {rule.category}/{rule.kind}")
    return rule


def load_catalog(folder: Path | None = None) -> dict[str, Rule]:
    folder = folder or data_dir("rules") / "checks"
    rules: dict[str, Rule] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            data = toml_cache.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: {exc}") from None
        for i, entry in enumerate(data.get("rule", []), start=1):
            rule = _parse_rule(entry, f"{path} rule #{i} ({entry.get('code', '?')})")
            if rule.code in rules:
                raise InputError(f"{path}: duplicate rule code {rule.code}")
            rules[rule.code] = rule
    return rules


@cache
def catalog() -> dict[str, Rule]:
    """The bundled catalogue, loaded once."""
    return load_catalog()


def rule_for(category: Verdict, kind: Kind) -> Rule:
    return catalog()[code_for(category, kind)]
