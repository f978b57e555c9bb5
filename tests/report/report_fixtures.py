"""Hand-built results for the renderers: a draft with a finding of each category and a suppression notice.

Built here, not by the engine, so the report tests pin what each format prints for
known findings, whatever extraction and matching make of a draft.
"""

from __future__ import annotations

from lint.catalog import catalog
from lint.model import (
    Claim,
    ClaimResult,
    Evidence,
    Figure,
    FileResult,
    Finding,
    Kind,
    Position,
    Severity,
    Source,
    Statute,
    Verdict,
)
from lint.suppress import Notice

DRAFT = (
    "# Border law\n"
    "\n"
    "북한 형법: Under Article 261 of the criminal law, selling sex is a crime.\n"
    "About 20,000 women were held, and the ban dates from 2011.\n"
    "<!-- factlint: disable-next-line FL104 -->\n"
    "Nothing here.\n"
)

WIKI = Source("wikipedia-prostitution-nk", "Prostitution in North Korea", "Wikipedia", date="2023", path="000_wiki.txt")
DNK = Source("dailynk-2022-hamhung", "Mothers arrested", "Daily NK", date="2022-03-01", path="002 daily nk.txt")
SOURCES = {s.id: s for s in (WIKI, DNK)}


def position_of(text: str, needle: str) -> tuple[int, int, Position]:
    start = text.index(needle)
    end = start + len(needle)
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return start, end, Position(line, column, line, column + len(needle))


def make_finding(text: str, needle: str, category: Verdict, kind: Kind, message: str, evidence=(), **extra) -> Finding:
    rule = next(r for r in catalog().values() if r.category == category and r.kind == kind)
    start, end, position = position_of(text, needle)
    return Finding(code=rule.code, name=rule.name, category=category, kind=kind,
                   severity=extra.pop("severity", rule.severity), start=start, end=end, position=position,
                   found=needle, message=message, evidence=tuple(evidence), **extra)


def make_claim(text: str, needle: str, kind: Kind, verdict: Verdict, value, topics=()) -> ClaimResult:
    start, end, position = position_of(text, needle)
    return ClaimResult(Claim(kind, start, end, needle, value, "test"), position, verdict, tuple(topics))


ARTICLE_EVIDENCE = (
    Evidence("Article 261", WIKI.id, "line 7", "Wikipedia", "2023", agrees=True),
    Evidence("Article 249", DNK.id, "line 25", "Daily NK", "2022-03-01"),
)
FIGURE_EVIDENCE = (Evidence("about 2,000 women", DNK.id, "line 40", "Daily NK", "2022-03-01", hedged=True),)


def sample_result() -> FileResult:
    text = DRAFT
    claims = [
        make_claim(text, "Article 261", Kind.STATUTE, Verdict.CONTESTED, Statute(("261",), law="criminal-code"),
                   ["prostitution-statute"]),
        make_claim(text, "About 20,000", Kind.FIGURE, Verdict.MISMATCH, Figure(20000, 20000, approx="about"),
                   ["kippumjo-size"]),
        make_claim(text, "2011", Kind.DATE, Verdict.UNSUPPORTED, None),
    ]
    findings = [
        make_finding(text, "Article 261", Verdict.CONTESTED, Kind.STATUTE,
                     "Sources disagree: Article 261 (Wikipedia, 2023) vs Article 249 (Daily NK, 2022)",
                     ARTICLE_EVIDENCE, topic="prostitution-statute"),
        make_finding(text, "About 20,000", Verdict.MISMATCH, Kind.FIGURE,
                     '"About 20,000": no source gives this. Daily NK gives about 2,000 women (10x the sources\' figure)',
                     FIGURE_EVIDENCE, suggestion="about 2,000"),
        make_finding(text, "2011", Verdict.UNSUPPORTED, Kind.DATE, 'No source in the reference speaks to "2011"'),
    ]
    notices = [
        "decoded as Windows-1252 (not valid UTF-8)",
        Notice("FL901", "unused-suppression", Severity.INFO, 5, 1,
               "'disable-next-line FL104' suppresses no FL104 finding; remove it"),
    ]
    return FileResult(path="drafts/border law.md", claims=claims, findings=findings, notices=notices, text=text)


def clean_result() -> FileResult:
    text = "Nothing to check here.\n"
    return FileResult(path="drafts/clean.md", claims=[], findings=[], notices=[], text=text)
