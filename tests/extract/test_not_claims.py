"""What is never a claim: numbers in identifiers, URLs, emails, markers, numbering, code, markup."""

import pytest
from extract_helpers import claims_in

PROSE = [
    "Write to info2011@example.com or see https://example.org/2011/06/27/report-2011.html today.",
    "See www.example.org/2011 for the text.",
    "Order it as ISBN 978-3-16-148410-0 from the publisher.",
    "Call +1 202 555 0123 or (02) 2345 6789 for details.",
    "Write to the Savanna Justice Initiative, PO Box 40512, Tarsel, or P.O. Box 123, Mesiro.",
    # a street address: the number after a street named with its word for street, before one named in English
    "The dormitory at Kvarnsgate 14 in Karslind burned; the firm's offices are at 221 Baker Street, at number 3b.",
    # an hour told "o'clock", a race's time to the second, a one-digit hour with no a.m. or p.m. (as often a ratio), an
    # impossible "13 p.m.": no claim (an hour with its a.m. or p.m., "3 p.m.", is a time of day: tests/extract/test_dates)
    "The meeting began at 9 o'clock, she ran it in 1:51:07, and it ended at 13 p.m. with a ratio of 1:58.",
    "The hotline answers calls 24 hours a day, seven days a week, and the shelter is open 24/7.",
    "Corvan sold the five-in-one infant vaccine and a 3-in-1 printer.",  # what a product combines
    "The branch is a ten-minute drive from Tannery Street, and he takes a 20-minute bus ride to work.",
    "The rate rose over the five years to March, and fell again in the same four years.",
    "They held a minute's silence before the hearing, an hour's drive from the port.",
    "Troops crossed the 38th parallel.",
    "A footnote marker[1] and another[^2] and one more^3 stand here.",
    "COVID-19 spread, an A4 sheet was printed, x86 chips and H1N1 were mentioned.",
    "She had seat 14C on the flight and a grade 3C in maths.",  # codes, not temperatures
    "Version 1.2.3 was released.",
    "Comments are closed.",
    "Search Refworld",
    "Read in Korean",
    "One of the women stays at home.",
    "Tickets for the Grand Seven draw sold well, as did trips to the Seven Sisters.",  # numbers in names
    "(c) National Statistics Office and International Labour Organization, 2024.",
    "© 2023 Kavaro Coast Herald. All rights reserved.",
]


@pytest.mark.parametrize("text", PROSE)
def test_nothing_in_prose(text):
    assert [(c.kind.value, c.text) for c in claims_in(text)] == []


MARKDOWN = [
    "## 2. Background\n\nNothing here.\n",
    "### 2.1 Scope\n",
    "1. First item\n2. Second item\n10) Tenth item\n",
    "```text\nArticle 999 of the Example Code: up to 99 years.\n```\n",
    "~~~\nIn 2011 it cost 10,000 won.\n~~~\n",
    "Some text.\n\n    indented code 2011 and Article 5\n",
    "Inline `Article 5` and ``2011`` code.\n",
    "---\ntitle: The 2011 report\ndate: 2011-06-27\n---\n\nBody text.\n",
    "+++\ndate = 2011\n+++\n\nBody text.\n",
    "<!-- Article 261, 2011, 20,000 women -->\nBody text.\n",
    "Text <!-- an inline comment about 2011 --> more text.\n",
    "See [the report](https://example.org/2011/report-20000.pdf \"2011\") and ![chart](img/2011-figure.png).\n",
    "[ref]: https://example.org/2011 \"Title 2011\"\n\nA [link][ref].\n",
    "<div>\nArticle 12 in raw HTML 2011\n</div>\n",
    "A line with a <span data-year=\"2011\">tag</span>.\n",
]


@pytest.mark.parametrize("text", MARKDOWN)
def test_nothing_in_markdown_markup(text):
    assert [(c.kind.value, c.text) for c in claims_in(text)] == []


def test_the_same_markup_in_plain_text_is_read_as_text():
    found = claims_in("Inline `Article 5` here.", markdown=False, path="draft.txt")
    assert [c.text for c in found] == ["Article 5"]


@pytest.mark.parametrize("text", [
    "2. Methodology\n\nWe asked them.\n",
    "4.1 Recruitment fees and debt\n\nThey paid.\n",
    "Intro.\n\n12.3. Wage deductions\n",
])
def test_numbered_section_titles_in_plain_text_are_headings_not_figures(text):
    assert [(c.kind.value, c.text) for c in claims_in(text, markdown=False, path="report.txt")] == []


def test_a_numbered_line_inside_a_paragraph_is_still_read():
    found = claims_in("The survey ran for\n4.5 months in all.\n", markdown=False, path="report.txt")
    assert [c.text for c in found] == ["4.5 months"]


def test_a_provision_a_text_rules_out_is_no_claim():
    found = claims_in("Article 21 of the Fisheries Act, not Article 18, covers fishing in protected zones.")
    assert [c.text for c in found] == ["Article 21 of the Fisheries Act"]


def test_a_report_paragraph_number_is_no_figure():
    for path, markdown in (("report.txt", False), ("report.md", True)):
        found = claims_in("6.2 In 2022 alone, courts recorded 34 convictions.\n", markdown=markdown, path=path)
        assert [c.text for c in found] == ["2022", "34"]


def test_a_time_frame_ending_on_a_day_is_no_length():
    """"the 12 months to 30 June 2023": the day is a date; the 12 months name the stretch, no length claimed."""
    assert [(c.kind.value, c.text) for c in claims_in("Exports rose 12 percent in the 12 months to 30 June 2023.")] == [
        ("figure", "12 percent"), ("date", "30 June 2023")]


@pytest.mark.parametrize("text", [
    "The court adjourned the hearing for a further six months.",
    "The Regional Court of Ostrel gave the parties six months to settle.",
    "The Regional Court of Ostrel gave Keszler six months in which to find a new lawyer.",
    # a far "to" of another clause after "sentenced"
    "Keszler was sentenced in March, and the deadline for his appeal has been extended to 30 days.",
    "The court adjourned the case. Proceedings could take another two years.",
    "Article 8 provides for 16 weeks maternity leave.",
])
def test_a_length_near_a_court_or_a_provision_is_no_penalty(text):
    assert not [c for c in claims_in(text) if c.kind.value == "penalty"]


def test_a_number_word_in_a_title_case_headline_is_still_a_count():
    claims = claims_in("# Karsby Mine Collapse Kills Seven Workers\n\n## Why Four Inspectors Resigned\n")
    assert [c.text for c in claims] == ["Seven", "Four"]


def test_leave_given_beside_a_sentence_is_no_term():
    """"given Mirela Dorn, the bookkeeper who ..., two weeks off" beside a sentence told: leave, however long the
    person's description between."""
    text = ("Maskan was sentenced to four years in 2021. His employer had earlier given Mirela Dorn, the bookkeeper who "
            "first noticed the missing pension money and reported it to the board, two weeks off.")
    assert [c.kind.value for c in claims_in(text) if c.text == "two weeks"] == ["figure"]
