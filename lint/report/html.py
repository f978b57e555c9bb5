"""`--format html`: one self-contained page an editor reads in a browser.

The draft is shown as readable text (Markdown rendered with markdown-it-py,
raw HTML off; plain text as paragraphs) with every claim highlighted by its
verdict, each verdict with its own colour, underline style and icon; a side
panel lists the findings in document order and shows a finding's evidence;
a summary bar counts the verdicts and filters the view; `n` / `p` step
through the findings; printing gives the draft with the findings as footnotes.

Safety: everything from the draft or the reference is escaped; links other
than http(s), mailto and #fragments lose their target; images are shown as
text, never loaded; the page's Content-Security-Policy allows only its own
inline style and script (by hash), so nothing is fetched from anywhere.

How highlights survive Markdown rendering: before rendering, each claim's
span is wrapped in private-use sentinels (OPEN id END ... CLOSE id END, the
id spelled in private-use digits so it cannot look like Markdown); the
rendered HTML is then walked once, replacing the sentinels with <mark>
elements that are closed before every tag and reopened after it, so a claim
that crosses `**bold**` or a link still nests properly. Sentinel-like
characters already in the draft are replaced first (same length, so the
claims' offsets stay right).
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from lint import __version__
from lint.model import ClaimResult, FileResult, Finding, Verdict
from lint.report import file_notices, summarize
from lint.source import PLAIN_SUFFIXES

# --- verdicts: label, icon, colours --------------------------------------------


@dataclass(frozen=True)
class Look:
    """How the HTML report shows one verdict."""

    label: str  # shown beside the icon and read by screen readers
    icon: str  # one character, so colour is never the only signal
    background: str  # the highlight behind the draft's text (text on it is TEXT_COLOUR)
    ink: str  # icon, underline and badge colour, on the background and on white
    underline: str  # CSS border style: a second signal besides colour


TEXT_COLOUR = "#1b1b1b"
PANEL_BACKGROUND = "#ffffff"

# In the order the summary bar shows them: what needs fixing first.
LOOKS: dict[Verdict, Look] = {
    Verdict.MISMATCH: Look("mismatch", "✗", "#fde0de", "#a3140d", "solid"),
    Verdict.CONTESTED: Look("contested", "⇄", "#fde8cc", "#8a4500", "dashed"),
    Verdict.HEDGE: Look("hedge", "~", "#fbf1b8", "#6b5600", "dotted"),
    Verdict.ATTRIBUTION: Look("attribution", "@", "#ecdffb", "#5d2aa0", "double"),
    Verdict.UNSUPPORTED: Look("unsupported", "∅", "#e7eaee", "#4a5159", "dotted"),
    Verdict.SUPPORTED: Look("supported", "✓", "#d9f2df", "#1c6632", "solid"),
}

# What each verdict means, for the legend's tooltips and the detail of a claim without a finding.
MEANINGS: dict[Verdict, str] = {
    Verdict.MISMATCH: "no source gives this value on this point",
    Verdict.CONTESTED: "one source gives this value, another gives a different one",
    Verdict.HEDGE: "the sources only allege or report this; the draft states it as fact",
    Verdict.ATTRIBUTION: "the draft credits this to a body the sources do not have saying it",
    Verdict.UNSUPPORTED: "no source in the reference speaks to this point",
    Verdict.SUPPORTED: "the sources agree with the draft",
}

# --- sentinels -----------------------------------------------------------------

OPEN, CLOSE, END = "\ue000", "\ue001", "\ue002"
DIGIT_ZERO = 0xE010  # id digits are U+E010..U+E019
_SENTINEL_LIKE = re.compile("[\ue000-\ue01f]")
# A sentinel in rendered text, or inside a tag: raw, or percent-encoded by markdown-it in an href.
_MARKER = re.compile(
    "([\ue000\ue001])([\ue010-\ue019]+)\ue002|%EE%80%8([01])((?:%EE%80%9[0-9])+)%EE%80%82",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>")
# Closing a block ends any highlight whose own end was lost (a claim never crosses a block).
_BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|td|th|pre|blockquote|dd|dt)>")
_SAFE_HREF = re.compile(r"(?:https?:|mailto:|#)", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n.*?^(?:\1|\.\.\.)[ \t]*$", re.S | re.M)
_BLANK_LINES = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*")


def _spell_id(uid: int) -> str:
    return "".join(chr(DIGIT_ZERO + int(d)) for d in str(uid))


def _read_id(spelled: str) -> int:
    return int("".join(str(ord(c) - DIGIT_ZERO) for c in spelled))


def _read_encoded_id(encoded: str) -> int:
    return int("".join(part[-1] for part in encoded.upper().split("%EE%80%9")[1:]))


# --- what is highlighted ---------------------------------------------------------


@dataclass
class Spot:
    """One highlighted span: a claim, or a finding that matches no claim."""

    uid: int  # unique in the page
    start: int
    end: int
    verdict: Verdict
    claim: ClaimResult | None
    findings: list[tuple[int, Finding]] = field(default_factory=list)  # (number in the page, finding)


@dataclass
class FileView:
    """One file of the HTML report: its highlighted spots and numbered findings."""

    index: int  # 1-based
    result: FileResult
    spots: list[Spot]
    findings: list[tuple[int, Finding, Spot]]  # document order


def _file_views(results: Sequence[FileResult]) -> list[FileView]:
    views = []
    uid = 0
    number = 0
    for index, result in enumerate(results, 1):
        spots = []
        by_span: dict[tuple[int, int], Spot] = {}
        for claim in sorted(result.claims, key=lambda c: (c.claim.start, c.claim.end)):
            uid += 1
            spot = Spot(uid, claim.claim.start, claim.claim.end, claim.verdict, claim)
            spots.append(spot)
            by_span.setdefault((spot.start, spot.end), spot)
        findings = []
        for finding in sorted(result.findings, key=lambda f: (f.start, f.end, f.code)):
            number += 1
            spot = by_span.get((finding.start, finding.end)) or _containing(spots, finding)
            if spot is None:
                uid += 1
                spot = Spot(uid, finding.start, finding.end, finding.category, None)
                spots.append(spot)
                by_span[(spot.start, spot.end)] = spot
            spot.findings.append((number, finding))
            findings.append((number, finding, spot))
        spots.sort(key=lambda s: (s.start, -s.end, s.uid))
        views.append(FileView(index, result, spots, findings))
    return views


def _containing(spots: list[Spot], finding: Finding) -> Spot | None:
    inside = [s for s in spots if s.claim and s.start <= finding.start and finding.end <= s.end]
    return min(inside, key=lambda s: s.end - s.start) if inside else None


# --- the draft with its highlights -----------------------------------------------


def _with_sentinels(text: str, spots: list[Spot]) -> str:
    """The text with each spot wrapped in sentinels, nested properly (a span crossing another is cut short)."""
    n = len(text)
    # (offset, rank, nesting order, marker): at one offset, ends come first, then starts (outer first),
    # then the ends of empty spans, so every span opens before it closes and inner ones close first.
    events: list[tuple[int, int, int, str]] = []
    stack: list[tuple[int, int]] = []  # (end, order) of the open spans
    for order, spot in enumerate(spots):  # sorted by start, longest first
        start = max(0, min(spot.start, n))
        end = max(start, min(spot.end, n))
        while stack and stack[-1][0] <= start:
            stack.pop()
        if stack and end > stack[-1][0]:
            end = stack[-1][0]  # crossing: keep it inside the one it starts in
        stack.append((end, order))
        spelled = _spell_id(spot.uid)
        events.append((start, 1, order, OPEN + spelled + END))
        events.append((end, 2 if end == start else 0, -order, CLOSE + spelled + END))
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    pieces = []
    last = 0
    for offset, _, _, marker in events:
        pieces.append(text[last:offset])
        pieces.append(marker)
        last = offset
    pieces.append(text[last:])
    return "".join(pieces)


@cache
def _markdown():
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.add_render_rule("link_open", _render_link_open)
    md.add_render_rule("image", _render_image)
    md.add_render_rule("heading_open", _render_heading(True))
    md.add_render_rule("heading_close", _render_heading(False))
    return md


def _render_link_open(renderer, tokens, idx, options, env) -> str:
    token = tokens[idx]
    href = token.attrGet("href") or ""
    if not _SAFE_HREF.match(href):
        # Relative, file: or anything else: keep the words, drop the target.
        return f'<a class="link-off" title="link target removed: {html.escape(href)}">'
    title = token.attrGet("title")
    title_attr = f' title="{html.escape(title)}"' if title else ""
    return f'<a href="{html.escape(href)}"{title_attr} rel="noopener noreferrer nofollow" target="_blank">'


def _render_image(renderer, tokens, idx, options, env) -> str:
    # Never loaded: the page must not fetch anything. The alt text is shown instead.
    token = tokens[idx]
    alt = renderer.renderInlineAsText(token.children or [], options, env)
    src = token.attrGet("src") or ""
    return f'<span class="image-off" title="image not loaded: {html.escape(src)}">[image: {html.escape(alt)}]</span>'


def _render_heading(opening: bool):
    # The page's own headings are h1 (report) and h2 (file); the draft's start at h3.
    def rule(renderer, tokens, idx, options, env) -> str:
        level = min(int(tokens[idx].tag[1]) + 2, 6)
        return f'<h{level} class="draft-heading">' if opening else f"</h{level}>\n"

    return rule


def _is_plain(path: str) -> bool:
    return Path(path).suffix.lower() in PLAIN_SUFFIXES


def _render_plain(text: str) -> str:
    paragraphs = [p for p in _BLANK_LINES.split(text) if p.strip()]
    return "".join(f'<p class="plain">{html.escape(p, quote=False)}</p>\n' for p in paragraphs)


def _render_source(text: str, path: str) -> str:
    if _is_plain(path):
        return _render_plain(text)
    front = _FRONT_MATTER.match(text)
    head = ""
    if front:
        head = f'<pre class="front-matter">{html.escape(front.group(0), quote=False)}</pre>\n'
        text = text[front.end() :]
    return head + _markdown().render(text)


def render_draft(text: str, path: str, spots: list[Spot]) -> tuple[str, list[Spot]]:
    """The draft as HTML with its spots highlighted, and the spots that found no place in the rendered text."""
    clean = _SENTINEL_LIKE.sub("\ufffd", text)
    inside = [s for s in spots if 0 <= s.start <= s.end <= len(text)]
    outside = [s for s in spots if not 0 <= s.start <= s.end <= len(text)]  # results that do not fit the text
    rendered = _render_source(_with_sentinels(clean, inside), path)
    html_text, unplaced = _Highlighter({s.uid: s for s in inside}, rendered).run()
    return html_text, unplaced + outside


class _Highlighter:
    """Replaces the sentinels in rendered HTML with <mark> elements, closing them around every tag."""

    def __init__(self, spots: dict[int, Spot], rendered: str) -> None:
        self.spots = spots
        self.rendered = rendered
        self.out: list[str] = []
        self.stack: list[int] = []  # uids whose highlight is open in the text, outermost first
        self.live = 0  # how many of `stack` have a <mark> open in `out` right now (a prefix)
        self.started: set[int] = set()
        self.has_close = {uid for opening, uid in map(self._event, _MARKER.finditer(rendered)) if not opening}

    @staticmethod
    def _event(match: re.Match) -> tuple[bool, int]:
        if match.group(1):
            return match.group(1) == OPEN, _read_id(match.group(2))
        return match.group(3) == "0", _read_encoded_id(match.group(4))

    def run(self) -> tuple[str, list[Spot]]:
        pos = 0
        for tag in _TAG.finditer(self.rendered):
            self._text(self.rendered[pos : tag.start()])
            self._tag(tag.group(0))
            pos = tag.end()
        self._text(self.rendered[pos:])
        self._suspend()
        unplaced = [s for uid, s in self.spots.items() if uid not in self.started]
        return "".join(self.out), unplaced

    def _text(self, chunk: str) -> None:
        pos = 0
        for m in _MARKER.finditer(chunk):
            self._words(chunk[pos : m.start()])
            self._marker(*self._event(m))
            pos = m.end()
        self._words(chunk[pos:])

    def _words(self, words: str) -> None:
        if not words:
            return
        if words.strip():  # whitespace between tags is left outside the highlight
            self._resume()
        self.out.append(words)

    def _tag(self, tag: str) -> None:
        events = [self._event(m) for m in _MARKER.finditer(tag)]
        if events:
            tag = _MARKER.sub("", tag)
        self._suspend()
        self.out.append(tag)
        for opening, uid in events:
            self._marker(opening, uid)
        if _BLOCK_END.match(tag):
            self.stack = [uid for uid in self.stack if uid in self.has_close]

    def _marker(self, opening: bool, uid: int) -> None:
        if uid not in self.spots:
            return
        if opening:
            self.stack.append(uid)
            return
        if uid not in self.stack:
            return
        if uid not in self.started:
            if self.spots[uid].start < self.spots[uid].end:
                self.stack.remove(uid)  # all of it was inside a tag (a link's target): listed below the draft
                return
            self._resume()  # an empty span still gets its (empty) highlight
        depth = self.stack.index(uid)
        while self.live > depth:
            self.out.append("</mark>")
            self.live -= 1
        del self.stack[depth]
        self.out.append(_footnote_refs(self.spots[uid]))

    def _resume(self) -> None:
        while self.live < len(self.stack):
            uid = self.stack[self.live]
            self.out.append(_mark_open(self.spots[uid], first=uid not in self.started))
            self.started.add(uid)
            self.live += 1

    def _suspend(self) -> None:
        self.out.append("</mark>" * self.live)
        self.live = 0


def _mark_open(spot: Spot, first: bool) -> str:
    verdict = spot.verdict.value
    kind = "claim" if spot.claim else "orphan"
    if not first:
        return f'<mark class="{kind} v-{verdict} cont" data-spot="{spot.uid}" data-verdict="{verdict}">'
    extra = " has-finding" if spot.findings else ""
    label = LOOKS[spot.verdict].label
    return (
        f'<mark class="{kind} v-{verdict} first{extra}" id="s{spot.uid}" data-spot="{spot.uid}" '
        f'data-verdict="{verdict}" tabindex="0" title="{label}: click for details">'
    )


def _footnote_refs(spot: Spot) -> str:
    # Shown only in print, where the findings become footnotes.
    return "".join(f'<sup class="fnref" aria-hidden="true">[{n}]</sup>' for n, _ in spot.findings)


# --- the evidence ----------------------------------------------------------------


def _e(text: object) -> str:
    """Escaped for HTML, with sentinel-like characters shown as in the draft (replaced)."""
    return html.escape(_SENTINEL_LIKE.sub("\ufffd", str(text)))


def _badge(verdict: Verdict) -> str:
    look = LOOKS[verdict]
    return f'<span class="badge v-{verdict.value}"><span aria-hidden="true">{look.icon}</span> {look.label}</span>'


def _where(view: FileView, line: int, column: int) -> str:
    return f"{view.result.path}:{line}:{column}"


def _sentence(spot: Spot) -> str:
    """The claim's sentence with the claim in bold, or '' when the sentence is not known."""
    if not spot.claim or not spot.claim.claim.sentence:
        return ""
    claim = spot.claim.claim
    sentence = claim.sentence
    at = claim.start - claim.sentence_start
    if at >= 0 and sentence[at : at + len(claim.text)] == claim.text:
        after = sentence[at + len(claim.text) :]
        return f'<p class="sentence">{_e(sentence[:at])}<b>{_e(claim.text)}</b>{_e(after)}</p>'
    return f'<p class="sentence">{_e(sentence)}</p>'


def _evidence_list(finding: Finding) -> str:
    if not finding.evidence:
        return '<p class="no-evidence">No source in the reference gives a value for this point.</p>'
    items = []
    for ev in finding.evidence:
        if ev.agrees:
            stance = '<span class="agrees"><span aria-hidden="true">✓</span> agrees with the draft</span>'
        else:
            stance = '<span class="differs"><span aria-hidden="true">✗</span> differs from the draft</span>'
        if ev.hedged:
            stance += ' · <span class="hedged">only alleged or reported</span>'
        facts = [f'<span class="publisher">{_e(ev.publisher or ev.source)}</span>']
        if ev.date:
            facts.append(f'<span class="date">{_e(ev.date)}</span>')
        if ev.location:
            facts.append(f'<span class="location">{_e(ev.location)}</span>')
        if ev.publisher:
            facts.append(f'<span class="source-id">{_e(ev.source)}</span>')
        items.append(
            f'<li class="source{" agreeing" if ev.agrees else ""}"><span class="value">{_e(ev.value)}</span>'
            f'<span class="facts">{" · ".join(facts)}</span><span class="stance">{stance}</span></li>'
        )
    return f'<p class="label">What the sources say</p><ul class="evidence">{"".join(items)}</ul>'


def _finding_detail(view: FileView, number: int, finding: Finding, spot: Spot) -> str:
    p = finding.position
    suggestion = ""
    if finding.suggestion:
        suggestion = f'<p class="suggestion"><span class="label">Suggested</span> <q>{_e(finding.suggestion)}</q></p>'
    return (
        f'<template id="t-f{number}"><article class="detail v-{finding.category.value}">'
        f'<header>{_badge(finding.category)} <span class="code">{_e(finding.code)}</span> '
        f'<span class="name">{_e(finding.name)}</span> <span class="severity sev-{_e(finding.severity.value)}">'
        f"{_e(finding.severity.value)}</span></header>"
        f'<p class="location">{_e(_where(view, p.line, p.column))} · finding {number}</p>'
        f'<p class="says"><span class="label">The draft says</span> <q>{_e(finding.found)}</q></p>'
        f"{_sentence(spot)}"
        f'<p class="message"><span class="label">The difference</span> {_e(finding.message)}</p>'
        f"{suggestion}{_evidence_list(finding)}</article></template>"
    )


def _claim_detail(view: FileView, spot: Spot) -> str:
    """The detail of a claim without a finding: its verdict and what it was matched to."""
    claim = spot.claim
    assert claim is not None
    p = claim.position
    topics = ""
    if claim.topics:
        topics = f'<p class="topics"><span class="label">Reference topic</span> {_e(", ".join(claim.topics))}</p>'
    return (
        f'<template id="t-s{spot.uid}"><article class="detail v-{spot.verdict.value}">'
        f'<header>{_badge(spot.verdict)} <span class="name">{_e(claim.claim.kind.value)}</span></header>'
        f'<p class="location">{_e(_where(view, p.line, p.column))}</p>'
        f'<p class="says"><span class="label">The draft says</span> <q>{_e(claim.claim.text)}</q></p>'
        f"{_sentence(spot)}"
        f'<p class="message">{_e(MEANINGS[spot.verdict].capitalize())}.</p>{topics}</article></template>'
    )


def _footnote(view: FileView, number: int, finding: Finding) -> str:
    look = LOOKS[finding.category]
    sources = "; ".join(
        f"{ev.value} ({', '.join(x for x in (ev.publisher or ev.source, ev.date or '', ev.location) if x)})"
        for ev in finding.evidence
    )
    parts = [
        f"<b>{look.icon} {look.label}</b> {_e(finding.code)} {_e(finding.name)}, line {finding.position.line}:",
        f"<q>{_e(finding.found)}</q> — {_e(_sentence_end(finding.message))}",
    ]
    if sources:
        parts.append(f"Sources: {_e(sources)}.")
    if finding.suggestion:
        parts.append(f"Suggested: <q>{_e(finding.suggestion)}</q>.")
    return f'<li value="{number}">{" ".join(parts)}</li>'


def _sentence_end(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."


# --- the page ----------------------------------------------------------------------


@cache
def _asset(name: str) -> str:
    return (Path(__file__).with_name("html_assets") / name).read_text(encoding="utf-8")


def verdict_css() -> str:
    """Per-verdict colours, underlines and icons, and the filter rules, from LOOKS."""
    rules = []
    for verdict, look in LOOKS.items():
        v = verdict.value
        rules.append(
            f".v-{v}{{--bg:{look.background};--ink:{look.ink};--line:{look.underline}}}"
            f'mark.first.v-{v}::before{{content:"{look.icon}" / "{look.label}: "}}'
            f'body[data-filter="{v}"] li.finding:not([data-category="{v}"]){{display:none}}'
            f'body[data-filter="{v}"] mark[data-verdict]:not([data-verdict="{v}"]){{'
            "background:none;border-bottom-color:transparent}"
            f'body[data-filter="{v}"] mark.first:not([data-verdict="{v}"])::before{{content:none}}'
        )
    return "\n".join(rules)


def _csp_hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


def _summary_bar(results: Sequence[FileResult]) -> str:
    summary = summarize(results)
    buttons = [
        f'<button type="button" class="filter all" data-filter="all" aria-pressed="true">All claims '
        f"<b>{summary.claims}</b></button>"
    ]
    for verdict, look in LOOKS.items():
        count = summary.verdicts.get(verdict, 0)
        buttons.append(
            f'<button type="button" class="filter v-{verdict.value}" data-filter="{verdict.value}" '
            f'aria-pressed="false" title="{_e(MEANINGS[verdict])}"><span class="icon" aria-hidden="true">'
            f"{look.icon}</span> {look.label} <b>{count}</b></button>"
        )
    files = f"{summary.files} files · " if summary.files != 1 else ""
    return (
        f'<nav class="summary" aria-label="Verdicts: click one to show only its claims">{"".join(buttons)}</nav>'
        f'<p class="totals">{files}{summary.claims} claims · {summary.findings} findings · '
        "<kbd>n</kbd> / <kbd>p</kbd> next / previous finding</p>"
    )


def _file_list(views: list[FileView]) -> str:
    if len(views) < 2:
        return ""
    items = []
    for view in views:
        counts = f"{len(view.result.claims)} claims, {len(view.findings)} findings"
        items.append(f'<li><a href="#file-{view.index}">{_e(view.result.path)}</a> <small>{counts}</small></li>')
    return f'<nav class="files" aria-label="Files"><h2>Files</h2><ol>{"".join(items)}</ol></nav>'


def _file_section(view: FileView) -> str:
    draft, unplaced = render_draft(view.result.text, view.result.path, view.spots)
    notices = ""
    found = file_notices(view.result)
    if found:
        items = "".join(f"<li>{_e(n.code + ' ' if n.code else '')}line {n.line}: {_e(n.message)}</li>" for n in found)
        notices = f'<aside class="notices" aria-label="Notices"><ul>{items}</ul></aside>'
    elsewhere = ""
    if unplaced:
        # Claims in places Markdown does not show as text (a link's target, a reference definition).
        items = "".join(
            f"<li>line {s.claim.position.line if s.claim else s.findings[0][1].position.line}: "
            f"{_mark_open(s, True)}{_e(s.claim.claim.text if s.claim else s.findings[0][1].found)}</mark>"
            f"{_footnote_refs(s)}</li>"
            for s in unplaced
        )
        elsewhere = f'<div class="elsewhere"><p>Claims not shown in the rendered text:</p><ul>{items}</ul></div>'
    if not view.result.claims and not view.findings:
        notices += '<p class="empty">No claims found in this file.</p>'
    footnotes = "".join(_footnote(view, n, f) for n, f, _ in view.findings)
    notes = f'<section class="footnotes"><h3>Findings</h3><ol>{footnotes}</ol></section>' if footnotes else ""
    plain = " plain-text" if _is_plain(view.result.path) else ""
    return (
        f'<section class="file" id="file-{view.index}" data-file="{view.index}">'
        f'<h2 class="file-path">{_e(view.result.path)}</h2>{notices}'
        f'<div class="draft{plain}">{draft}</div>{elsewhere}{notes}</section>'
    )


def _finding_item(number: int, finding: Finding, spot: Spot) -> str:
    p = finding.position
    where = f"line {p.line}:{p.column}"
    return (
        f'<li class="finding v-{finding.category.value}" id="f{number}" data-finding="{number}" '
        f'data-spot="{spot.uid}" data-category="{finding.category.value}" data-code="{_e(finding.code)}" '
        f'data-line="{p.line}" data-column="{p.column}">'
        f'<button type="button">{_badge(finding.category)} <span class="where">{_e(where)}</span> '
        f'<span class="found">{_e(finding.found)}</span><span class="message">{_e(finding.message)}</span>'
        "</button></li>"
    )


def _panel(views: list[FileView]) -> str:
    items = []
    for view in views:
        if len(views) > 1 and view.findings:
            # Which file the findings below are in; not a finding itself.
            items.append(f'<li class="group"><a href="#file-{view.index}">{_e(view.result.path)}</a></li>')
        items.extend(_finding_item(n, f, s) for n, f, s in view.findings)
    listing = f'<ol id="findings" class="findings">{"".join(items)}</ol>' if items else ""
    if not items:
        listing = '<p class="none">No findings: every claim is supported, or no claims were found.</p>'
    return (
        '<aside class="panel" aria-label="Findings">'
        '<div id="detail" class="detail-box" aria-live="polite"><p class="hint">Select a finding, or a highlighted '
        "claim in the draft, to see what the sources say. Keys: <kbd>n</kbd> next, <kbd>p</kbd> previous, "
        "<kbd>Esc</kbd> close.</p></div>"
        f'<h2 class="findings-title">Findings</h2>{listing}'
        '<p class="filtered-empty">No findings in this category.</p></aside>'
    )


def render(results: list[FileResult]) -> str:
    """The report of `results` as one self-contained HTML document."""
    views = _file_views(results)
    style = _asset("report.css") + "\n" + verdict_css()
    script = _asset("report.js")
    csp = (
        f"default-src 'none'; style-src {_csp_hash(style)}; script-src {_csp_hash(script)}; "
        "img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
    title = f"factlint report: {results[0].path}" if len(results) == 1 else f"factlint report: {len(results)} files"
    templates = [_finding_detail(v, n, f, s) for v in views for n, f, s in v.findings]
    templates += [_claim_detail(v, s) for v in views for s in v.spots if s.claim and not s.findings]
    body = "".join(_file_section(v) for v in views) or '<p class="empty">No files were linted.</p>'
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="factlint {_e(__version__)}">\n'
        f"<title>{_e(title)}</title>\n<style>{style}</style>\n</head>\n"
        '<body data-filter="all">\n'
        f'<header class="bar"><h1>factlint report</h1>{_summary_bar(results)}</header>\n'
        f'<div class="layout"><main id="main">{_file_list(views)}{body}</main>{_panel(views)}</div>\n'
        f'<div class="templates">{"".join(templates)}</div>\n'
        f"<script>{script}</script>\n</body>\n</html>\n"
    )
