"""`factlint claims`: what the linter read in a draft, with each claim's normalized value."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, fields, is_dataclass

from lint.model import Claim, DateValue, Figure, Penalty, Statute, Value


def _number(x: float | None) -> str:
    if x is None:
        return "?"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,g}"


def _months(x: float | None) -> str:
    if x is None:
        return "?"
    if x and x % 12 == 0:
        return f"{x / 12:g}y"
    return f"{x:g}mo"


def describe_value(value: Value) -> str:
    """A normalized value in a few words: 'article 261 · criminal-code', 'labour up-to 0..2y'."""
    if isinstance(value, Statute):
        text = f"{value.division} {', '.join(value.articles)}"
        text += f" · {value.law}" if value.law else ""
        return text + (f" ({value.year})" if value.year else "")
    if isinstance(value, Penalty):
        if value.type == "fine":
            amount = f"{_number(value.low)}..{_number(value.high)} {value.currency or ''}".strip()
            return f"fine {value.bound} {amount}"
        if value.low is None and value.high is None:
            return value.type
        if value.bound == "range" or value.low == value.high:
            span = _months(value.low) if value.low == value.high else f"{_months(value.low)}..{_months(value.high)}"
            return f"{value.type} {span}"
        limit = value.high if value.bound == "up-to" else value.low if value.low is not None else value.high
        return f"{value.type} {value.bound.replace('-', ' ')} {_months(limit)}"
    if isinstance(value, DateValue):
        short = {"year": 4, "month": 7, "day": 10}.get(value.precision)
        if value.precision == "time":
            span = value.start.partition("T")[2]  # "22:47": the day it is set on is none
        elif short and value.start[:short] == value.end[:short]:
            span = value.start[:short]
        else:
            span = value.start if value.start == value.end else f"{value.start}..{value.end}"
        extra = f" {value.anchor}" if value.anchor else ""
        return f"{span} ({value.precision}{extra})"
    if isinstance(value, Figure):
        number = _number(value.low) if value.low == value.high else f"{_number(value.low)}..{_number(value.high)}"
        text = f"{value.approx + ' ' if value.approx else ''}{number} {value.unit}"
        text += f" per {value.per}" if value.per else ""
        text += f" ({value.noun})" if value.noun else ""
        if value.conversion is not None:
            text += f" = {describe_value(value.conversion)}"
        return text
    return str(value)


def _value_data(value: Value) -> dict:
    data = asdict(value) if is_dataclass(value) else {"value": str(value)}
    data = {f.name: data[f.name] for f in fields(value)} if is_dataclass(value) else data
    return {"type": type(value).__name__.lower(), **data}


def render_json(found: Sequence[tuple[object, Sequence[Claim]]]) -> str:
    """A list of claims across files, each with its file, position, kind, text and normalized value."""
    out = []
    for doc, claims in found:
        for c in claims:
            p = doc.position(c.start, c.end)
            out.append({
                "path": doc.path, "line": p.line, "column": p.column, "end_line": p.end_line,
                "end_column": p.end_column, "kind": str(c.kind), "text": c.text, "rule": c.rule,
                "value": _value_data(c.value), "normalized": describe_value(c.value),
                "hedged": c.hedged, "attributed_to": c.attributed_to,
            })
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


def render_text(found: Sequence[tuple[object, Sequence[Claim]]], color: bool, width: int) -> str:
    from rich.table import Table

    from lint.report import string_console

    console, buffer = string_console(color, width)
    for doc, claims in found:
        title = f"{doc.path}: {len(claims)} claim{'' if len(claims) == 1 else 's'}"
        table = Table(title=title, title_justify="left", expand=False)
        table.add_column("line:col", justify="right", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("text")
        table.add_column("normalized")
        for c in claims:
            p = doc.position(c.start, c.end)
            marks = " [hedged]" if c.hedged else ""
            marks += f" [credited to {c.attributed_to}]" if c.attributed_to else ""
            table.add_row(f"{p.line}:{p.column}", str(c.kind), c.text, describe_value(c.value) + marks)
        console.print(table, markup=False)
    return buffer.getvalue()
