"""Reading files: encodings, binary refusal, blocks, headings, sentences."""

import codecs

import pytest
from extract_helpers import claims_in, the_claim

from lint.errors import InputError
from lint.model import Kind
from lint.source import decode, parse_document, read_document

DECODE = [
    # (bytes, text, notice or None)
    (b"In 2011.", "In 2011.", None),
    (codecs.BOM_UTF8 + "In 2011 – “ok”.".encode(), "In 2011 – “ok”.", None),
    (codecs.BOM_UTF16_LE + "In 2011 – 만족조.".encode("utf-16-le"), "In 2011 – 만족조.", "UTF-16"),
    (codecs.BOM_UTF16_BE + "In 2011.".encode("utf-16-be"), "In 2011.", "UTF-16"),
    ("In 2011, a long enough line.".encode("utf-16-le"), "In 2011, a long enough line.", "UTF-16LE"),
    ("\u201cQuoted\u201d in 2011.".encode("cp1252"), "\u201cQuoted\u201d in 2011.", "Windows-1252"),
    (b"Caf\xe9 \x81 in 2011.", "Caf\xe9 \x81 in 2011.", "Latin-1"),
]


@pytest.mark.parametrize(("data", "text", "notice"), DECODE, ids=[repr(d[0][:12]) for d in DECODE])
def test_decode(data, text, notice):
    decoded, notices = decode(data, "draft.md")
    assert decoded == text
    if notice is None:
        assert notices == []
    else:
        assert len(notices) == 1 and notice in notices[0]


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"%PDF-1.4\n\x00\x01\x02binary",
                                  bytes(range(256)) * 4, b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 50],
                         ids=["png", "pdf", "all-bytes", "control-characters"])
def test_binary_is_refused_with_one_line_naming_the_file(data):
    with pytest.raises(InputError) as err:
        decode(data, "pics/chart.png")
    message = str(err.value)
    assert message == "pics/chart.png: binary file, not linted"


def test_read_document_keeps_line_endings_and_names_the_file(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes(b"Title\r\n\r\nIn 2011 it began.\r\n")
    doc = read_document(path, "draft.txt")
    assert doc.text == "Title\r\n\r\nIn 2011 it began.\r\n"
    assert doc.markdown is False and doc.path == "draft.txt"
    assert doc.position(*(lambda i: (i, i + 4))(doc.text.index("2011"))).line == 3


def test_read_document_reports_a_notice_for_other_encodings(tmp_path):
    path = tmp_path / "old.md"
    path.write_bytes("\u201cQuoted\u201d in 2011.".encode("cp1252"))
    assert "Windows-1252" in read_document(path).notices[0]


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: p / "missing.md", "no such file"),
    (lambda p: p, "is a folder"),
])
def test_read_document_errors(tmp_path, make, message):
    with pytest.raises(InputError, match=message):
        read_document(make(tmp_path))


def test_markdown_blocks_give_each_claim_its_paragraph_and_heading():
    text = (
        "# Title\n\nIntro in 2009.\n\n## Laws\n\n- Article 261 of the criminal law applies.\n- Another item.\n\n"
        "> A quote from 2015.\n\n| Year | Cost |\n|------|------|\n| 2012 | $500 |\n"
    )
    found = {c.text: c for c in claims_in(text)}
    assert found["2009"].heading == "Title"
    assert found["Article 261 of the criminal law"].heading == "Laws"
    assert found["Article 261 of the criminal law"].paragraph == "Article 261 of the criminal law applies."
    assert found["2015"].paragraph == "A quote from 2015."
    # a table cell is its own block; its paragraph is its column's header and its row
    assert found["2012"].paragraph == "Year | 2012 ; $500"  # the column header, then the row
    assert found["$500"].paragraph == "Cost | 2012 ; $500"
    assert found["$500"].value.unit == "currency:USD"


def test_a_table_cell_is_read_with_its_row_and_header_for_matching():
    from lint.context import claim_context

    text = "| Item | Figure |\n|---|---|\n| Training | about 18 months |\n"
    claim = the_claim(text, "about 18 months", Kind.FIGURE)
    assert claim.paragraph == "Figure | Training ; about 18 months"
    context = claim_context(claim, 8)
    assert "train" in context.local.split()  # the row names what the cell is about
    assert "train" in context.sentence.split()  # a cell has no sentence of its own: its row stands in


def test_a_claim_alone_in_its_clause_takes_the_words_beyond_the_dash():
    from lint.context import claim_context

    claim = the_claim("- **2015** — Kim Jong Un restarts the kippumjo.\n", "2015", Kind.DATE)
    assert {"kipumjo", "restart"} <= set(claim_context(claim, 8).local.split())
    # a claim with words of its own keeps its clause
    claim = the_claim("Crews rested in 2015 — the rest of the year was work.\n", "2015", Kind.DATE)
    assert "work" not in claim_context(claim, 8).local.split()


def test_a_short_aside_in_parentheses_does_not_cut_the_clause_a_long_one_does():
    from lint.context import claim_context

    claim = the_claim("The Medicines Control Authority (NMCA) was established in 1994.\n", "1994", Kind.DATE)
    assert {"medicin", "authority"} <= set(claim_context(claim, 8).local.split())
    claim = the_claim("The Authority (a body answering to the health ministry) was established in 1994.\n", "1994",
                      Kind.DATE)
    assert "ministry" not in claim_context(claim, 8).local.split()


def test_a_claim_with_no_words_between_its_neighbours_takes_its_sentences_nearest_words():
    from lint.context import claim_context
    from lint.engine import sentence_siblings

    text = ("Money is loosening. The budget is 18.4 billion dalens (about $115 million), 21 percent more than "
            "in 2022/23, and it flies four aircraft. A junior ranger takes home 60,000 dalens, colleagues say.\n")
    claims = claims_in(text, markdown=False, path="draft.txt")
    share = next(c for c in claims if c.text == "21 percent")
    local = claim_context(share, 8, sentence_siblings(claims)[share.sentence_start]).local.split()
    assert "budget" in local and "junior" not in local


def test_the_nearest_words_of_a_claim_stop_at_a_semicolon():
    from lint.context import claim_context
    from lint.engine import sentence_siblings

    text = ("Brenko was given eight years in prison and a fine of 6 million won ($430,000); a further "
            "18 months for trading in counterfeit goods will run at the same time.\n")
    claims = claims_in(text)
    dollars = next(c for c in claims if c.text == "$430,000")
    local = claim_context(dollars, 8, sentence_siblings(claims)[dollars.sentence_start]).local.split()
    assert "brenko" in local and "counterfeit" not in local


def test_a_change_gives_its_new_value_the_subject_and_marks_the_old_one():
    from lint.context import claim_context
    from lint.engine import sentence_siblings

    text = "The national minimum wage rose from 3,800,000 kora to 4,200,000 kora a month.\n"
    claims = claims_in(text)
    siblings = sentence_siblings(claims)
    old, new = (claim_context(c, 8, siblings[c.sentence_start]).local.split() for c in claims)
    assert {"minimum", "wage", "^from"} <= set(old)
    assert {"minimum", "wage"} <= set(new) and "^from" not in new


def test_a_law_s_year_is_marked_as_such():
    from lint.context import claim_context

    for text, surface in (("It is governed by the Labour Code of 1998.", "1998"),
                          ("The 1976 law was replaced.", "1976")):
        assert "^law" in claim_context(the_claim(text, surface, Kind.DATE), 8).local.split()
    assert "^law" not in claim_context(the_claim("It was signed in 1993.", "1993", Kind.DATE), 8).local.split()


def test_plain_text_with_wiki_headings():
    text = "= Prostitution in North Korea =\n\n==Private prostitution==\n\nIt was legal until 2011.\n"
    claim = the_claim(text, "until 2011", Kind.DATE, markdown=False)
    assert claim.heading == "Private prostitution"
    assert claim.paragraph == "It was legal until 2011."


def test_the_extension_decides_markdown():
    assert parse_document("`2011`", "a.md").masked.strip() == ""
    assert parse_document("`2011`", "a.txt").masked == "`2011`"


def test_sentences_do_not_end_at_abbreviations():
    text = "Mr. Park said Art. 233 applies. It was 2011."
    found = {c.text: c for c in claims_in(text)}
    assert found["Art. 233"].sentence == "Mr. Park said Art. 233 applies."
    assert found["2011"].sentence == "It was 2011."
    assert found["2011"].sentence_start == text.index("It was")


def test_a_units_letter_ends_a_sentence_where_an_initial_would_not():
    """"tapped at 1,620°C. The printout ..." ends at the degrees; "J. Smith" runs on: the sentence after a temperature
    is not the one before it, nor is its credit."""
    text = "Both official accounts give 1,620°C. The printout, which the Observer has seen, records 1,680°C."
    found = {c.text: c for c in claims_in(text)}
    assert found["1,680°C"].sentence == "The printout, which the Observer has seen, records 1,680°C."
    assert found["1,680°C"].attributed_to != "official accounts"
    assert claims_in("Inspector J. Smith found 14 faults.")[0].sentence == "Inspector J. Smith found 14 faults."


def test_no_ends_a_sentence_unless_a_number_follows():
    """"No. 77/2019" is a number's; "... if they said no. The union says ..." ends a sentence, and the next one's
    credit is not the claim's before it."""
    found = {c.text: c for c in claims_in("Permit No. 77/2019 was issued in 2019.")}
    assert found["2019"].sentence == "Permit No. 77/2019 was issued in 2019."
    text = "Forty-one percent feared losing their jobs if they said no. The union says workers were told what to write."
    claim = next(c for c in claims_in(text) if c.text == "Forty-one percent")
    assert claim.sentence == "Forty-one percent feared losing their jobs if they said no."
    assert claim.attributed_to is None


def test_a_claim_never_crosses_a_block():
    found = claims_in("- in 2011\n- 2012 was next\n")
    assert [c.text for c in found] == ["2011", "2012"]


def test_a_law_s_year_does_not_cut_the_words_of_its_provision():
    from lint.context import claim_context
    from lint.engine import sentence_siblings

    text = "Section 23 of the Medicines Act 2009 prohibits the sale of falsified medicines.\n"
    claims = claims_in(text)
    statute = next(c for c in claims if c.kind is Kind.STATUTE)
    local = claim_context(statute, 8, sentence_siblings(claims)[statute.sentence_start]).local.split()
    assert {"ban", "falsif"} <= set(local)


def test_a_list_introduced_with_a_colon_is_headed_by_its_introduction():
    text = ("The regulator runs market surveys of antimalarials. Its results were:\n\n"
            "- 2016: 412 samples tested, 19 percent failed;\n- 2021: 556 samples tested, 12 percent failed.\n\n"
            "A paragraph.\n\n- A list with no introduction: 7 items.\n")
    found = {c.text: c for c in claims_in(text)}
    assert found["19 percent"].heading.startswith("The regulator runs market surveys")
    assert found["19 percent"].paragraph == "2016: 412 samples tested, 19 percent failed;"
    assert found["7"].heading == ""


def test_a_list_under_a_bold_label_is_headed_by_the_label():
    # a court summary's "**Sella Marrin**" above her sentence's items: whose fine the item is
    text = ("**Sella Marrin**\n\n- Two years in prison, suspended.\n- A fine of 40,000 lira.\n\n"
            "The court sat for **nine days**.\n\n- A list after a paragraph set partly in bold: 7 items.\n")
    found = {c.text: c for c in claims_in(text)}
    assert "Sella Marrin" in next(c for text, c in found.items() if "40,000" in text).heading
    assert found["7"].heading == ""


PLAIN_TABLE = """Boats inspected at each harbour:

    Year    Harbour     Boats
    2020    Kessel      164
    2021    Kessel      187

Prose after the table, in 2022 and 2023, stays prose.
"""


def test_an_aligned_plain_text_table_is_read_cell_by_cell_with_its_header_and_row():
    from lint.context import claim_context
    from lint.engine import sentence_siblings

    found = {c.text: c for c in claims_in(PLAIN_TABLE, markdown=False, path="source.txt")}
    boats = found["164"]
    assert boats.paragraph == "Boats | 2020 ; Kessel ; 164"
    assert boats.heading == "Boats inspected at each harbour:"
    siblings = sentence_siblings(list(found.values()))
    # the row's year says which year the count is for; the next row's year does not
    local = claim_context(boats, 8, siblings[boats.sentence_start]).local.split()
    assert "@2020" in local and "@2021" not in local
    assert found["2022"].paragraph.startswith("Prose after the table")


@pytest.mark.parametrize("text", [
    "Boats  are  spaced  out  here.\nAnd 2020 is a year.\n",  # two lines: not a table
    "One    two\nThree    four\nFive    six\n",  # no number below the header: not a table
])
def test_spaced_out_prose_is_not_a_table(text):
    claims = claims_in(text, markdown=False, path="source.txt")
    assert all(not c.paragraph.count(" ; ") for c in claims)


def test_a_laws_year_does_not_say_which_year_a_figure_is_for():
    from lint.context import claim_context
    from lint.engine import sentence_siblings

    claims = claims_in("Police arrested 318 people under the Wildlife Act 2004 in 2023.")
    arrests = next(c for c in claims if c.text.startswith("318"))
    local = claim_context(arrests, 8, sentence_siblings(claims)[arrests.sentence_start]).local.split()
    assert "@2023" in local and "@2004" not in local


def test_a_penalty_is_qualified_by_the_provision_the_sentence_before_names():
    from lint.context import claim_context
    from lint.engine import earlier_siblings, sentence_siblings

    text = ("Section 12 of the Immigration Act makes it an offence to hold a worker's passport. "
            "The offence is punishable by up to two years in prison.\n\n"
            "It is punishable by up to five years in prison.\n")
    claims = claims_in(text, markdown=False, path="draft.txt")
    siblings = sentence_siblings(claims)
    earlier = earlier_siblings(claims, siblings)

    def local_of(found):
        claim = next(c for c in claims if c.text == found)
        return claim_context(claim, 8, siblings[claim.sentence_start], earlier=earlier.get(claim.sentence_start, ())
                             ).local.split()

    assert "§12" in local_of("up to two years in prison")
    assert not any(w.startswith("§") for w in local_of("up to five years in prison"))  # another paragraph


def test_a_thin_sentence_goes_on_from_the_one_before_it_not_the_whole_paragraph():
    """"The company was fined 16 million lirads", closing a paragraph of terms: its point is read in the sentence
    before it (the inspector's term), not in every sentence of the paragraph (the director's, the river's)."""
    from lint.context import claim_context
    from lint.engine import sentence_siblings

    text = ("The court sent the director to prison for six years over the poisoned river. "
            "The inspector who took bribes was jailed for four years. The company was fined 16 million lirads.\n")
    claims = claims_in(text, markdown=False, path="draft.txt")
    fine = next(c for c in claims if "16 million" in c.text)
    local = claim_context(fine, 8, sentence_siblings(claims)[fine.sentence_start]).local.split()
    assert "brib" in local or "bribes" in local
    assert not {"director", "river", "poison", "poisoned"} & set(local)


PLAIN_ARTICLES = [
    "# Verdict\n\nThe court jailed Venn for nine years.\nHe will appeal.\n\n## Reaction\n\n\"We are relieved,\" said one.\n",
    "*By staff reporters*\n\nIn 2023, 41 homes flooded.\n\n\n### Figures ###\n(Updated) 12 of them were rebuilt.",
    "1999 was the year. 2. Then came the rest.\n\n#\n\nLast line without a break",
]
OTHER_BLOCKS = [
    "Intro.\n\n- a list item\n",  # a list
    "Title\n=====\n\nText.\n",  # a setext heading
    "Text.\n\n    indented code\n",  # indented code
    "Text.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",  # a table
    "Text.\n#hashtag is no heading\n",  # "#" without a space opens no heading
    "1. An ordered item\n",
    "> A quote.\n",
]


@pytest.mark.parametrize("text", PLAIN_ARTICLES + OTHER_BLOCKS)
def test_a_plain_article_has_the_blocks_markdown_it_gives_it(text, monkeypatch):
    """An article of headings and paragraphs only is read without markdown-it (lint.source._prose_block_tokens),
    into the very blocks, headings and claims markdown-it would give; any other block leaves it to markdown-it."""
    from lint import source

    if text in OTHER_BLOCKS:
        assert source._prose_block_tokens(text) is None
        return
    assert source._prose_block_tokens(text) is not None
    fast = parse_document(text, "d.md")
    monkeypatch.setattr(source, "_prose_block_tokens", lambda _text: None)
    slow = parse_document(text, "d.md")
    assert fast.blocks == slow.blocks and fast.masked == slow.masked
