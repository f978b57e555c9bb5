"""--format concise: `path:line:col: CODE message`, one per finding, in line order."""

import re

from report_fixtures import clean_result

from lint.report import render


def test_one_line_per_finding_and_notice_in_order(results):
    lines = render("concise", results).splitlines()
    assert lines == [
        "drafts/border law.md:1:1: read-notice decoded as Windows-1252 (not valid UTF-8)",
        "drafts/border law.md:3:14: FL501 Sources disagree: Article 261 (Wikipedia, 2023) vs Article 249 "
        "(Daily NK, 2022)",
        "drafts/border law.md:4:1: FL104 \"About 20,000\": no source gives this. Daily NK gives about 2,000 women "
        "(10x the sources' figure)",
        "drafts/border law.md:4:54: FL803 No source in the reference speaks to \"2011\"",
        "drafts/border law.md:5:1: FL901 'disable-next-line FL104' suppresses no FL104 finding; remove it",
    ]
    assert all(re.fullmatch(r"[^:]+:\d+:\d+: \S+ .+", line) for line in lines)


def test_nothing_for_clean_files():
    assert render("concise", [clean_result()]) == ""
