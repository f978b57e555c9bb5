"""The HTML report, read back with an HTML parser: what an editor's browser would get.

Drafts are written with their claims marked inline, `{{verdict|claim text}}`, so
each test shows the draft it is about; the results are built by hand, whatever
extraction and matching would make of the draft.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.model import Claim, ClaimResult, Evidence, Figure, FileResult, Finding, Kind, Position, Severity, Verdict
from lint.report.html import LOOKS, PANEL_BACKGROUND, TEXT_COLOUR, render

VOID = {"br", "hr", "img", "meta", "input", "link", "col", "wbr", "source", "area", "base", "embed"}
_CLAIM_MARKUP = re.compile(r"\{\{(\w+)\|(.*?)\}\}", re.S)


# --- building results ------------------------------------------------------------


def _position(text: str, start: int, end: int) -> Position:
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    end_line = text.count("\n", 0, end) + 1
    end_column = end - (text.rfind("\n", 0, end) + 1) + 1
    return Position(line, column, end_line, end_column)


def marked_result(marked: str, path: str = "drafts/draft.md", evidence: tuple[Evidence, ...] = ()) -> FileResult:
    """A FileResult for a draft whose claims are written `{{verdict|text}}`; every verdict but supported gets a finding."""
    pieces, spans, pos = [], [], 0
    for m in _CLAIM_MARKUP.finditer(marked):
        pieces.append(marked[pos : m.start()])
        start = sum(map(len, pieces))
        pieces.append(m.group(2))
        spans.append((start, start + len(m.group(2)), Verdict(m.group(1))))
        pos = m.end()
    pieces.append(marked[pos:])
    text = "".join(pieces)
    claims, findings = [], []
    for number, (start, end, verdict) in enumerate(spans, 1):
        position = _position(text, start, end)
        claim = Claim(Kind.FIGURE, start, end, text[start:end], Figure(number, number), "test")
        claims.append(ClaimResult(claim, position, verdict, (f"topic-{number}",)))
        if verdict is not Verdict.SUPPORTED:
            findings.append(
                Finding(
                    f"FL{number:03}",
                    f"rule-{number}",
                    verdict,
                    Kind.FIGURE,
                    Severity.WARNING,
                    start,
                    end,
                    position,
                    text[start:end],
                    f"message {number} about {text[start:end]}",
                    evidence,
                    suggestion=f"suggestion {number}",
                )
            )
    return FileResult(path=path, claims=claims, findings=findings, text=text)


# --- reading the page back ---------------------------------------------------------


class Page(HTMLParser):
    """Elements, their attributes, the text of each highlight, and any tag that does not nest."""

    def __init__(self, document: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.draft_elements: list[tuple[str, dict[str, str | None]]] = []  # inside the rendered drafts
        self.draft_depth: int | None = None  # depth of the open <div class="draft">
        self.open: list[str] = []
        self.nesting_errors: list[str] = []
        self.open_spots: list[str] = []
        self.spot_text: dict[str, str] = {}
        self.text: list[str] = []
        self.feed(document)
        self.close()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if self.draft_depth is not None:
            self.draft_elements.append((tag, attributes))
        if tag in VOID:
            return
        if tag == "div" and "draft" in (attributes.get("class") or "").split():
            self.draft_depth = len(self.open)
        self.open.append(tag)
        if tag == "mark":
            self.open_spots.append(attributes.get("data-spot") or "")

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if self.draft_depth is not None:
            self.draft_elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.open or self.open[-1] != tag:
            self.nesting_errors.append(f"</{tag}> closes <{self.open[-1] if self.open else None}>")
            return
        self.open.pop()
        if self.draft_depth == len(self.open):
            self.draft_depth = None
        if tag == "mark":
            self.open_spots.pop()

    def handle_data(self, data):
        self.text.append(data)
        for spot in self.open_spots:
            self.spot_text[spot] = self.spot_text.get(spot, "") + data

    def find(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        def has(element_attrs: dict, name: str, value: str) -> bool:
            name = name.replace("_", "-")
            if name == "class":
                return value in (element_attrs.get("class") or "").split()
            return element_attrs.get(name) == value

        return [a for t, a in self.elements if t == tag and all(has(a, k, v) for k, v in attrs.items())]

    def first_marks(self) -> list[dict[str, str | None]]:
        return [a for a in self.find("mark", **{"class": "first"})]


def page_of(*results: FileResult) -> Page:
    page = Page(render(list(results)))
    assert page.nesting_errors == []
    assert page.open == []
    return page


# --- the page itself ------------------------------------------------------------------


def test_csp_allows_only_the_pages_own_style_and_script_by_hash():
    document = render([marked_result("Some {{mismatch|20,000}} women.")])
    page = Page(document)
    csp = page.find("meta", http_equiv="Content-Security-Policy")[0]["content"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'"
    scripts = re.findall(r"<script>(.*?)</script>", document, re.S)
    styles = re.findall(r"<style>(.*?)</style>", document, re.S)
    assert len(scripts) == 1 and len(styles) == 1

    def sha(code: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode()).digest()).decode() + "'"

    assert directives["script-src"] == sha(scripts[0])
    assert directives["style-src"] == sha(styles[0])
    assert "unsafe" not in csp and "http" not in csp
    # The policy comes before anything it must govern.
    assert document.index("Content-Security-Policy") < document.index("<style>")


def test_the_page_loads_nothing_from_anywhere():
    page = page_of(marked_result("![chart](https://tracker.example/pixel.png) and {{supported|2011}}.\n"))
    for tag, attrs in page.elements:
        assert tag not in {"img", "iframe", "object", "embed", "link", "video", "audio", "source", "base"}
        assert "src" not in attrs
    assert "[image: chart]" in "".join(page.text)


# --- escaping and hostile drafts ---------------------------------------------------------

HOSTILE = """# <script>alert("title")</script>

Text with <script>alert(1)</script> and <img src=x onerror="alert(2)"> in it, {{mismatch|20,000}} women.

<div onclick="alert(3)">
A raw HTML block with {{contested|Article 261}} inside.
</div>

<iframe src="https://evil.example/"></iframe>

[click](javascript:alert(4)) [upper](JaVaScRiPt:alert(5)) <javascript:alert(6)> [data](data:text/html;base64,PHNjcmlwdD4=)
[file](file:///etc/passwd) [relative](../secret.md) [fine](https://example.org/a?b=1&c=2) [mail](mailto:desk@example.org)
[spaced](  java
script:alert(7)) [entity](&#106;avascript:alert(8))

<style>body{display:none}</style><!-- comment --> {{hedge|2011}}
"""


def test_a_hostile_draft_is_shown_as_text_and_nothing_in_it_can_run():
    page = page_of(marked_result(HOSTILE))
    tags = Counter(tag for tag, _ in page.elements)
    assert tags["script"] == 1  # the report's own
    assert tags["style"] == 1
    in_draft = Counter(tag for tag, _ in page.draft_elements)
    assert set(in_draft) <= {"h3", "p", "mark", "a", "sup", "br"}, in_draft
    assert in_draft["mark"] == 3 and in_draft["h3"] == 1
    for _, attrs in page.elements:
        assert not [name for name in attrs if name.startswith("on")]
    text = "".join(page.text)
    assert "<script>alert(1)</script>" in text
    assert '<img src=x onerror="alert(2)">' in text
    assert '<div onclick="alert(3)">' in text
    assert "<style>body{display:none}</style>" in text


def test_only_web_and_mail_links_keep_their_target():
    page = page_of(marked_result(HOSTILE))
    hrefs = [a["href"] for a in page.find("a") if a.get("href")]
    assert all(re.match(r"(https?:|mailto:|#)", h) for h in hrefs), hrefs
    draft_links = [h for h in hrefs if not h.startswith("#")]
    assert draft_links == ["https://example.org/a?b=1&c=2", "mailto:desk@example.org"]
    for a in page.find("a"):
        if (a.get("href") or "").startswith("http"):
            assert "noopener" in a["rel"]


def test_reference_text_is_escaped_too():
    evidence = (
        Evidence('<script>alert("ref")</script>', "src<1>", "line <2>", '<img src=x onerror="alert(9)">', "2011"),
    )
    result = marked_result("Some {{mismatch|20,000}} women.", path="<b>draft</b>.md", evidence=evidence)
    page = page_of(result)
    tags = Counter(tag for tag, _ in page.elements)
    assert tags["script"] == 1 and tags["img"] == 0
    text = "".join(page.text)
    assert '<script>alert("ref")</script>' in text
    assert "<b>draft</b>.md" in text


# --- highlights ------------------------------------------------------------------------------

ALL_VERDICTS = (
    "Under {{contested|Article 261}} of the law, {{supported|up to two years}} of labour. "
    "About {{mismatch|20,000 women}} in {{supported|2011}}; {{hedge|Article 265}} applies.\n\n"
    "Human Rights Watch says {{attribution|150,000}}; in {{unsupported|2015}} and {{mismatch|$3.30}} a night.\n"
)


def test_every_claim_is_highlighted_once_with_its_verdict():
    result = marked_result(ALL_VERDICTS)
    page = page_of(result)
    marks = page.first_marks()
    assert Counter(m["data-verdict"] for m in marks) == Counter(c.verdict.value for c in result.claims)
    assert [page.spot_text[m["data-spot"]] for m in marks] == [c.claim.text for c in result.claims]


def test_every_verdict_has_its_own_colour_icon_label_and_underline():
    assert set(LOOKS) == set(Verdict)
    for attribute in ("background", "ink", "icon", "label"):
        values = [getattr(look, attribute) for look in LOOKS.values()]
        assert len(set(values)) == len(values), attribute
    document = render([marked_result(ALL_VERDICTS)])
    for verdict, look in LOOKS.items():
        assert f'mark.first.v-{verdict.value}::before{{content:"{look.icon}" / "{look.label}: "}}' in document


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("verdict", list(Verdict))
def test_highlight_colours_meet_wcag_aa(verdict):
    look = LOOKS[verdict]
    assert _contrast(TEXT_COLOUR, look.background) >= 4.5  # the draft's words on the highlight
    assert _contrast(look.ink, look.background) >= 4.5  # the icon on the highlight
    assert _contrast(look.ink, PANEL_BACKGROUND) >= 4.5  # icons and labels in the panel


def test_a_claim_across_emphasis_and_links_is_cut_into_nested_pieces():
    result = marked_result(
        "Some **{{mismatch|20,000** women}} and [{{supported|in 2011](https://example.org/)}} too.\n"
    )
    page = page_of(result)
    pieces = [a for a in page.find("mark") if a["data-spot"] == page.first_marks()[0]["data-spot"]]
    assert len(pieces) == 2  # inside <strong>, then after it
    assert page.spot_text[page.first_marks()[0]["data-spot"]] == "20,000 women"
    assert page.spot_text[page.first_marks()[1]["data-spot"]] == "in 2011"


def test_nested_and_crossing_claims_stay_well_formed():
    text = "The ban of 2011 to 2015 held."
    outer = (text.index("2011"), text.index(" held"))  # "2011 to 2015"
    inner = (text.index("2015"), text.index(" held"))
    crossing = (text.index("of"), text.index(" to"))  # "of 2011": starts before outer, ends inside it
    claims = [
        ClaimResult(Claim(Kind.DATE, s, e, text[s:e], Figure(1, 1), "t"), _position(text, s, e), Verdict.SUPPORTED)
        for s, e in (outer, inner, crossing)
    ]
    page = page_of(FileResult("d.md", claims, [], [], text))
    assert len(page.first_marks()) == 3
    texts = sorted(page.spot_text.values())
    assert "2015" in texts and "of 2011" in texts


def test_a_claim_markdown_does_not_show_as_text_is_listed_below_the_draft():
    result = marked_result("See [the report](https://example.org/{{mismatch|2011}}/report).\n")
    page = page_of(result)
    assert page.find("a", href="https://example.org/2011/report")  # the link is intact
    marks = page.first_marks()
    assert len(marks) == 1 and page.spot_text[marks[0]["data-spot"]] == "2011"
    assert "Claims not shown in the rendered text:" in "".join(page.text)


def test_a_finding_that_matches_no_claim_is_highlighted_on_its_own():
    result = marked_result("Claims {{supported|2011}} and a stray note.\n")
    text = result.text
    start = text.index("stray")
    result.findings.append(
        Finding(
            "FL901",
            "note",
            Verdict.UNSUPPORTED,
            Kind.FIGURE,
            Severity.INFO,
            start,
            start + 5,
            _position(text, start, start + 5),
            "stray",
            "a note",
        )
    )
    page = page_of(result)
    assert [m["data-verdict"] for m in page.find("mark", **{"class": "claim"}) if "first" in m["class"]] == [
        "supported"
    ]
    orphans = page.find("mark", **{"class": "orphan"})
    assert len(orphans) == 1 and page.spot_text[orphans[0]["data-spot"]] == "stray"
    assert len(page.find("li", **{"class": "finding"})) == 1


# --- sentinels -------------------------------------------------------------------------------


def test_sentinel_characters_in_the_draft_cannot_forge_or_shift_highlights():
    forged = "\ue000\ue011\ue002forged\ue001\ue011\ue002 \ue003\ue01f"
    result = marked_result(f"Start {forged} then {{{{mismatch|20,000}}}} and {{{{supported|2011}}}}.\n")
    document = render([result])
    page = page_of(result)
    assert [page.spot_text[m["data-spot"]] for m in page.first_marks()] == ["20,000", "2011"]
    assert not re.search("[\ue000-\ue01f]", document)
    assert "forged" in "".join(page.text)


def test_markdown_around_claims_still_renders():
    result = marked_result(
        "# Title {{supported|2011}}\n\n- item {{mismatch|20,000}}\n- **{{hedge|Article 265}}**\n\n| a | b |\n|---|---|\n| {{contested|1,000}} | x |\n"
    )
    page = page_of(result)
    assert page.find("h3") and page.find("li") and page.find("strong") and page.find("td")
    assert [page.spot_text[m["data-spot"]] for m in page.first_marks()] == ["2011", "20,000", "Article 265", "1,000"]


def test_windows_line_endings_keep_the_highlights_on_their_words():
    result = marked_result("First line\r\nwith {{mismatch|20,000}} women.\r\n\r\nThen {{supported|2011}}.\r\n")
    page = page_of(result)
    assert [page.spot_text[m["data-spot"]] for m in page.first_marks()] == ["20,000", "2011"]


def test_front_matter_is_shown_as_it_is_not_as_a_rule_and_heading():
    result = marked_result("---\ntitle: Draft\n---\nBody with {{mismatch|20,000}}.\n")
    page = page_of(result)
    assert not [tag for tag, _ in page.draft_elements if tag in ("hr", "h3", "h4")]
    assert page.find("pre", **{"class": "front-matter"})
    assert len(page.first_marks()) == 1


# --- plain text -------------------------------------------------------------------------------


def test_plain_text_is_kept_as_paragraphs_and_never_read_as_markdown():
    result = marked_result(
        "# Not a heading, *not emphasis*\nsecond line of {{mismatch|20,000}}.\n\n\nSecond paragraph, {{supported|2011}}.\n",
        path="notes.txt",
    )
    page = page_of(result)
    paragraphs = page.find("p", **{"class": "plain"})
    assert len(paragraphs) == 2
    assert {tag for tag, _ in page.draft_elements} == {"p", "mark", "sup"}
    assert "# Not a heading, *not emphasis*\nsecond line of 20,000[1]." in "".join(page.text)
    assert len(page.first_marks()) == 2


# --- findings, evidence and print -------------------------------------------------------------


def test_findings_are_listed_in_document_order_each_with_its_evidence():
    evidence = (
        Evidence("approximately 2,000", "wiki-nk", "line 11", "Wikipedia", "2023", agrees=False),
        Evidence("about 20,000", "dnk-2022", "line 4", "Daily NK", "2022-03", hedged=True, agrees=True),
    )
    result = marked_result(ALL_VERDICTS, evidence=evidence)
    result.findings.reverse()
    page = page_of(result)
    listed = page.find("li", **{"class": "finding"})
    in_order = sorted(result.findings, key=lambda f: f.start)
    assert [li["data-category"] for li in listed] == [f.category.value for f in in_order]
    document = render([result])
    for number, finding in enumerate(in_order, 1):
        template = re.search(rf'<template id="t-f{number}">(.*?)</template>', document, re.S).group(1)
        for expected in (
            finding.found,
            finding.message,
            finding.suggestion,
            "Wikipedia",
            "2023",
            "line 11",
            "approximately 2,000",
            "Daily NK",
            "only alleged or reported",
            "agrees with the draft",
        ):
            assert expected in template, expected


def test_every_claim_without_a_finding_has_a_detail_to_show():
    result = marked_result(ALL_VERDICTS)
    document = render([result])
    supported = [m for m in Page(document).first_marks() if m["data-verdict"] == "supported"]
    for mark in supported:
        assert f'<template id="t-s{mark["data-spot"]}">' in document


def test_print_gives_each_finding_as_a_numbered_footnote():
    result = marked_result(ALL_VERDICTS)
    page = page_of(result)
    notes = [a for t, a in page.elements if t == "li" and a.get("value")]
    assert [int(a["value"]) for a in notes] == list(range(1, len(result.findings) + 1))
    assert len(page.find("sup", **{"class": "fnref"})) == len(result.findings)
    assert "@media print" in render([result])


def test_summary_counts_each_verdict():
    result = marked_result(ALL_VERDICTS)
    document = render([result])
    for verdict in Verdict:
        count = sum(c.verdict is verdict for c in result.claims)
        button = re.search(rf'<button[^>]*data-filter="{verdict.value}".*?</button>', document, re.S).group(0)
        assert button.endswith(f"<b>{count}</b></button>")


# --- several files ----------------------------------------------------------------------------


def test_several_files_make_one_report_with_a_file_list():
    first = marked_result("One {{mismatch|20,000}} and {{supported|2011}}.\n", path="a/first.md")
    second = marked_result("Two {{contested|Article 261}}.\n", path="b/second.txt")
    empty = FileResult(path="c/empty.md", text="Nothing to see.\n")
    page = page_of(first, second, empty)
    links = [a["href"] for a in page.find("a") if (a.get("href") or "").startswith("#file-")]
    sections = [a["id"] for a in page.find("section", **{"class": "file"})]
    # The file list, then the panel's headings over each file's findings.
    assert links[:3] == ["#" + s for s in sections] == ["#file-1", "#file-2", "#file-3"]
    assert links[3:] == ["#file-1", "#file-2"]
    assert len(page.first_marks()) == 3
    assert [li["data-finding"] for li in page.find("li", **{"class": "finding"})] == ["1", "2"]
    ids = [a["id"] for _, a in page.elements if a.get("id")]
    assert len(ids) == len(set(ids))
    text = "".join(page.text)
    assert "No claims found in this file." in text
    assert "a/first.md" in text and "b/second.txt" in text


def test_no_files_still_gives_a_page():
    page = page_of()
    assert "No files were linted." in "".join(page.text)


def test_results_whose_offsets_do_not_fit_the_text_still_show_every_claim():
    result = marked_result("Some {{mismatch|20,000}} women and {{supported|2011}}.\n")
    result.text = "Shorter."  # as a caller that kept no text, or another version of it, would give
    page = page_of(result)
    assert sorted(page.spot_text[m["data-spot"]] for m in page.first_marks()) == ["20,000", "2011"]
    assert len(page.find("li", **{"class": "finding"})) == 1


_MARKDOWNISH = st.text(alphabet="ab1 2*_`[]()!#>|-<&\"'=~\\\t\r\n\ue000\ue001\ue002\ue011:/.", max_size=120)


@settings(max_examples=200, deadline=None)
@given(data=st.data(), text=_MARKDOWNISH, plain=st.booleans())
def test_any_draft_with_any_spans_gives_well_formed_html_with_every_claim_once(data, text, plain):
    spans = data.draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted), max_size=6))
    claims = [
        ClaimResult(Claim(Kind.FIGURE, s, e, text[s:e], Figure(1, 1), "t"), _position(text, s, e), Verdict.MISMATCH)
        for s, e in spans
    ]
    findings = [
        Finding(
            "FL104",
            "f",
            Verdict.MISMATCH,
            Kind.FIGURE,
            Severity.WARNING,
            c.claim.start,
            c.claim.end,
            c.position,
            c.claim.text,
            "m",
        )
        for c in claims
    ]
    document = render([FileResult("d.txt" if plain else "d.md", claims, findings, [], text)])
    page = Page(document)
    assert page.nesting_errors == [] and page.open == []
    assert len(page.first_marks()) == len(claims)
    assert len(page.find("li", **{"class": "finding"})) == len(findings)
    assert not re.search("[\ue000-\ue01f]", document)


def test_notices_about_a_file_are_shown_above_its_draft():
    result = marked_result("Some {{mismatch|20,000}} women.\n")
    result.notices.append("decoded as Windows-1252 (not valid UTF-8)")
    page = page_of(result)
    text = "".join(page.text)
    assert "line 1: decoded as Windows-1252 (not valid UTF-8)" in text
    assert text.index("decoded as Windows-1252") < text.index("Some 20,000")
