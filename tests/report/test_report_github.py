"""--format github: workflow-command annotations, one per finding and notice, escaped by the rules."""

from lint.report import render
from lint.report.github import escape_data, escape_property


def test_one_annotation_per_finding_with_level_by_severity(results):
    lines = render("github", results).splitlines()
    assert len(lines) == 5  # three findings, two notices, nothing for the clean file
    assert lines[0].startswith(
        "::warning file=drafts/border law.md,line=3,col=14,endLine=3,endColumn=25,title=FL501 contested-statute::"
        "Sources disagree: Article 261 (Wikipedia, 2023) vs Article 249 (Daily NK, 2022)%0A"
        "Article 261 — Wikipedia, 2023, line 7 (wikipedia-prostitution-nk) [agrees]%0A"
    )
    assert lines[1].startswith("::error file=drafts/border law.md,line=4,col=1,")
    assert lines[2].startswith("::notice file=drafts/border law.md,line=4,col=")
    assert "title=FL803 unsupported-date::" in lines[2]


def test_notices_become_annotations_too(results):
    lines = render("github", results).splitlines()
    assert any(line.startswith("::notice file=drafts/border law.md,line=5,col=1,title=FL901 unused-suppression::")
               for line in lines)
    assert any(line.startswith("::warning ") and "read-notice::decoded as Windows-1252" in line for line in lines)


def test_every_annotation_is_one_line():
    assert escape_data("50% of\r\nthem") == "50%25 of%0D%0Athem"
    assert escape_property("a,b:c%.md") == "a%2Cb%3Ac%25.md"
