"""`factlint rules [CODE]`: the finding codes, as a table or one code's documentation."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from lint.report import string_console
from lint.suppress import UNUSED_CODE, UNUSED_NAME, UNUSED_RATIONALE, UNUSED_SUMMARY


@dataclass(frozen=True)
class Entry:
    """One finding code as `factlint rules` lists it."""

    code: str
    name: str
    category: str
    kind: str
    severity: str
    summary: str
    rationale: str
    examples: tuple[tuple[bool, str], ...]  # (should_fail, text)


def entries() -> list[Entry]:
    """Every code: the catalogue's rules, then FL901 (suppressions that suppress nothing)."""
    from lint.catalog import catalog

    out = [
        Entry(r.code, r.name, str(r.category), str(r.kind), str(r.severity), r.summary, r.rationale,
              tuple((e.should_fail, e.text) for e in r.examples))
        for r in sorted(catalog().values(), key=lambda r: r.code)
    ]
    out.append(Entry(UNUSED_CODE, UNUSED_NAME, "suppression", "-", "info", UNUSED_SUMMARY, UNUSED_RATIONALE, (
        (True, "<!-- factlint: disable-next-line FL104 -->\nA line with no FL104 finding on it."),
    )))
    return out


def render_table(chosen: Sequence[Entry], color: bool, width: int) -> str:
    from rich.table import Table

    table = Table(expand=False)
    for name in ("code", "name", "category", "kind", "severity", "summary"):
        table.add_column(name, no_wrap=name != "summary")
    for e in chosen:
        table.add_row(e.code, e.name, e.category, e.kind, e.severity, e.summary)
    console, buffer = string_console(color, width)
    console.print(table, markup=False)
    console.print("`factlint rules CODE` shows a code's documentation and examples.", markup=False)
    return buffer.getvalue()


def render_one(e: Entry, color: bool, width: int) -> str:
    from rich.text import Text

    wrap = max(min(width, 100) - 2, 40)
    console, buffer = string_console(color, width)
    console.print(Text.assemble((f"{e.code} {e.name}", "bold")))
    console.print(f"category: {e.category}   kind: {e.kind}   default severity: {e.severity}", markup=False)
    console.print()
    console.print(Text(e.summary, style="italic"))
    console.print()
    console.print(Text("Why", style="bold"))
    for paragraph in (e.rationale or e.summary).split("\n\n"):
        console.print(textwrap.indent(textwrap.fill(" ".join(paragraph.split()), wrap), "  "), markup=False)
    if e.examples:
        console.print()
        console.print(Text("Examples", style="bold"))
        for should_fail, text in e.examples:
            label, style = ("reported", "red") if should_fail else ("not reported", "green")
            console.print(Text.assemble(("  " + label + ":", style)))
            console.print(textwrap.indent(text, "    "), markup=False, soft_wrap=True)
    console.print()
    console.print(f"Silence it on one line with <!-- factlint: disable-line {e.code} -- reason -->, "
                  f"or everywhere with --ignore {e.code}.", markup=False)
    return buffer.getvalue()


def render_json(chosen: Sequence[Entry]) -> str:
    data = [
        {"code": e.code, "name": e.name, "category": e.category, "kind": e.kind, "severity": e.severity,
         "summary": e.summary, "rationale": e.rationale,
         "examples": [{"reported": fail, "text": text} for fail, text in e.examples]}
        for e in chosen
    ]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
