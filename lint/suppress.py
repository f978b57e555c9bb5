"""Inline suppressions in a draft: `<!-- factlint: disable FL501 -- reason -->` and friends.

Four directives, each in an HTML comment (so a Markdown renderer hides them):

- `disable [CODES]` ... `enable [CODES]`: a block; without an `enable` it runs to the end of the file
- `disable-next-line [CODES]`: the line after the comment
- `disable-line [CODES]`: the comment's own line

CODES are codes or code prefixes (`FL501`, `FL5`), separated by spaces or commas;
none means every code. Text after ` -- ` is the reason and is ignored. Comments
inside fenced code or inline code are examples, not directives.

This module only parses and scopes; `lint.filters` applies the scopes to findings
and reports the ones that suppressed nothing (FL901).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from lint.model import Severity

UNUSED_CODE = "FL901"
UNUSED_NAME = "unused-suppression"
UNUSED_SUMMARY = "An inline suppression comment suppresses nothing (stale, misspelt, or for a code not raised there)."
UNUSED_RATIONALE = (
    "A suppression outlives the finding it silenced: the draft was fixed, the reference changed, or the code was "
    "mistyped. A stale one hides the next real finding on that line, so factlint reports it (at info) until it "
    "is removed."
)

ACTIONS = ("disable", "enable", "disable-line", "disable-next-line")
ALL_CODES = None  # a scope's code when the directive names none

_DIRECTIVE = regex.compile(r"<!--[ \t]*factlint[ \t]*:[ \t]*(?P<action>[A-Za-z-]*)(?P<body>.*?)-->", regex.DOTALL)
_CODE = regex.compile(r"FL\d{0,3}")
_FENCE = regex.compile(r"^[ ]{0,3}(`{3,}|~{3,})")
_INLINE_CODE = regex.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")
_LINE_BREAK = regex.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Notice:
    """A finding about the file itself rather than a claim in it (not in the JSON `findings` array)."""

    code: str
    name: str
    severity: Severity
    line: int
    column: int
    message: str


@dataclass(frozen=True)
class Directive:
    """One `<!-- factlint: ... -->` comment."""

    action: str
    codes: tuple[str, ...]  # empty: every code
    line: int  # where the comment starts (1-based)
    column: int
    end_line: int  # where it ends: a comment may span lines
    text: str  # the comment as written, for messages
    bad: tuple[str, ...] = ()  # words in the code list that are not codes

    @property
    def label(self) -> str:
        return " ".join((self.action, *self.codes))


@dataclass
class Scope:
    """Lines [first, last] (inclusive) where `code` (a prefix, or every code when None) is suppressed."""

    directive: Directive
    code: str | None
    first: int
    last: int
    used: bool = False

    def covers(self, code: str, line: int, end_line: int) -> bool:
        return (self.code is None or code.startswith(self.code)) and line <= self.last and end_line >= self.first


@dataclass
class Suppressions:
    """A file's suppression comments: the scopes they silence and the ones that cannot work."""

    scopes: list[Scope] = field(default_factory=list)
    problems: list[tuple[Directive, str]] = field(default_factory=list)  # directives that cannot work, and why


class _Lines:
    """Offsets -> 1-based (line, column in code points); CRLF, CR and LF each end one line."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def locate(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index + 1, offset - self.starts[index] + 1


def _example_spans(text: str, lines: _Lines) -> list[tuple[int, int]]:
    """Offsets of fenced code blocks and inline code: directives there are shown, not obeyed."""
    spans: list[tuple[int, int]] = []
    fence: str | None = None
    fence_start = 0
    for i, start in enumerate(lines.starts):
        end = lines.starts[i + 1] if i + 1 < len(lines.starts) else len(text)
        line = text[start:end]
        opener = _FENCE.match(line)
        if fence is None and opener:
            fence, fence_start = opener.group(1), start
        elif fence is not None and opener and opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence) \
                and not line[opener.end():].strip():
            spans.append((fence_start, end))
            fence = None
        elif fence is None:
            spans += [(start + m.start(), start + m.end()) for m in _INLINE_CODE.finditer(line)]
    if fence is not None:
        spans.append((fence_start, len(text)))
    return spans


def parse(text: str) -> list[Directive]:
    """Every factlint directive in `text`, in order."""
    if "factlint" not in text:  # the common case: skip the line index entirely
        return []
    lines = _Lines(text)
    examples = _example_spans(text, lines)
    directives = []
    for m in _DIRECTIVE.finditer(text):
        if any(a <= m.start() < b for a, b in examples):
            continue
        body = m.group("body")
        codes_part = regex.split(r"(?:^|\s)--", body, maxsplit=1)[0]  # the reason follows " -- "
        words = [w for w in regex.split(r"[\s,]+", codes_part) if w]
        codes = tuple(w.upper() for w in words if _CODE.fullmatch(w.upper()))
        bad = tuple(w for w in words if not _CODE.fullmatch(w.upper()))
        line, column = lines.locate(m.start())
        end_line, _ = lines.locate(m.end() - 1)
        directives.append(Directive(m.group("action").lower(), codes, line, column, end_line, m.group(0), bad))
    return directives


def scopes(directives: list[Directive], last_line: int) -> Suppressions:
    """Turn directives into line scopes; `enable` closes the matching `disable` blocks."""
    out = Suppressions()
    open_blocks: list[Scope] = []
    for d in directives:
        if d.action not in ACTIONS:
            out.problems.append((d, f"unknown directive '{d.action}' (use {', '.join(ACTIONS)})"))
            continue
        if d.bad:
            out.problems.append((d, f"'{d.bad[0]}' is not a factlint code (codes look like FL501 or FL5)"))
            continue
        codes: tuple[str | None, ...] = d.codes or (ALL_CODES,)
        if d.action == "disable-line":
            out.scopes += [Scope(d, code, d.line, d.end_line) for code in codes]
        elif d.action == "disable-next-line":
            out.scopes += [Scope(d, code, d.end_line + 1, d.end_line + 1) for code in codes]
        elif d.action == "disable":
            block = [Scope(d, code, d.end_line, last_line) for code in codes]
            out.scopes += block
            open_blocks += block
        else:  # enable: closes every open block whose code it names (or all of them)
            closing = [s for s in open_blocks if not d.codes or (s.code is not None and s.code.startswith(d.codes))]
            if not closing:
                out.problems.append((d, f"'{d.label}' has no matching 'disable' before it"))
            for s in closing:
                s.last = d.line
                open_blocks.remove(s)
    return out


def unused_notices(found: Suppressions) -> list[Notice]:
    """One FL901 notice per directive that cannot work or whose scopes suppressed nothing."""
    messages: dict[Directive, str] = {d: why for d, why in found.problems}
    by_directive: dict[Directive, list[Scope]] = {}
    for s in found.scopes:
        by_directive.setdefault(s.directive, []).append(s)
    for d, group in by_directive.items():
        unused = [s for s in group if not s.used]
        if not unused:
            continue
        if len(unused) == len(group):
            what = "nothing" if not d.codes else "no " + ", ".join(d.codes) + " finding"
            messages[d] = f"'{d.label}' suppresses {what}; remove it"
        else:
            messages[d] = f"'{d.label}': {', '.join(s.code or '' for s in unused)} suppresses nothing here; remove it"
    return [
        Notice(UNUSED_CODE, UNUSED_NAME, Severity.INFO, d.line, d.column, messages[d])
        for d in sorted(messages, key=lambda d: (d.line, d.column))
    ]
