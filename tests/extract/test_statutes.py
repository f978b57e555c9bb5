"""Statutes: one claim per article, with the law (by alias), the division and the law's year."""

import pytest
from extract_helpers import claims_in, the_claim

from lint.model import Kind, Statute

CASES = [
    # (sentence, claim text, articles, division, law, year)
    ("Under Article 261 of the criminal law, it is punished.", "Article 261 of the criminal law",
     "261", "article", "criminal-code", None),
    ("According to Article 249 of North Korea’s Criminal Code, women face punishment.",
     "Article 249 of North Korea’s Criminal Code", "249", "article", "criminal-code", None),
    ("Art. 233 of the Penal Code criminalizes it.", "Art. 233 of the Penal Code", "233", "article", "criminal-code",
     None),
    ("Article 7 of the 1946 Law on Equality of the Sexes forbids it.",
     "Article 7 of the 1946 Law on Equality of the Sexes", "7", "article", "law on equality of the sexes", 1946),
    ("Section 5(2) of the Sexual Offences Act applies.", "Section 5(2) of the Sexual Offences Act", "5(2)", "section",
     "sexual offences act", None),
    ("Section 1 of the Sexual Offences Act 2003 applies.", "Section 1 of the Sexual Offences Act 2003", "1",
     "section", "sexual offences act", 2003),
    ("It was struck from § 219a StGB in 2022.", "§ 219a StGB", "219a", "paragraph", "stgb", None),
    ("Chapter 4 of the Labour Law sets the hours.", "Chapter 4 of the Labour Law", "4", "chapter", "labour law", None),
    ("The Criminal Code's Article 262 is cited instead.", "Criminal Code's Article 262", "262", "article",
     "criminal-code", None),
    ("Criminal Code Article 261 applies.", "Criminal Code Article 261", "261", "article", "criminal-code", None),
    ("It falls under article 12 of the country's penal code.", "article 12 of the country's penal code", "12",
     "article", "criminal-code", None),
    ("Article 234 prohibits it.", "Article 234", "234", "article", None, None),
    ("Under Section 377 of the Indian Penal Code it was punished.", "Section 377 of the Indian Penal Code", "377",
     "section", "criminal-code", None),
    ("Article 58 of the Criminal Code of the Russian Federation covers it.",
     "Article 58 of the Criminal Code of the Russian Federation", "58", "article", "criminal-code", None),
    ("Section 3(1)(a) of the Act applies.", "Section 3(1)(a) of the Act", "3(1)(a)", "section", None, None),
    ("Article 12(2) of the Constitution applies.", "Article 12(2) of the Constitution", "12(2)", "article",
     "constitution", None),
    # a day or a month after the law's name says when, and is no word of its title
    ("He was convicted under Article 45 of the Forest Act on Monday.", "Article 45 of the Forest Act", "45",
     "article", "forest act", None),
    ("It broke Article 3 of the Act on Public Order in May.", "Article 3 of the Act on Public Order", "3",
     "article", "act on public order", None),
    # an instrument cited by its number: the decree is the law, its number the provision
    ("Compensation is paid under Decree No. 44 of 2023.", "Decree No. 44 of 2023", "44", "number", None, 2023),
    ("Resolution No. 7 of 2021 set the rules.", "Resolution No. 7 of 2021", "7", "number", "resolution", 2021),
    ("It is paid under Decree No. 44/2023.", "Decree No. 44/2023", "44", "number", None, 2023),
    ("Executive Order No. 14067 was signed.", "Executive Order No. 14067", "14067", "number", "executive order", None),
    # a regulation of a set of them, by its number (never a count)
    ("Ties were removed, as Regulation 14 of the Temporary Works Regulations 2019 forbids.",
     "Regulation 14 of the Temporary Works Regulations 2019", "14", "regulation", "temporary works regulations", 2019),
    # a list's or a table's citation, the law after a comma where its name ends the citation
    ("- **Article 189(1), Criminal Code** (negligent certification): up to five years.",
     "Article 189(1), Criminal Code", "189(1)", "article", "criminal-code", None),
    ("- **Section 9, Corporate Liability Act 2016**: a fine of up to VMR 15 million.",
     "Section 9, Corporate Liability Act 2016", "9", "section", "corporate liability act", 2016),
    # ... but not a name that opens a clause of its own
    ("Under Article 7, the Act says nothing of locked exits.", "Article 7", "7", "article", None, None),
    ("Under Article 7, Criminal Code judges may order a fine.", "Article 7", "7", "article", None, None),
    ("The court cited Article 7, the Constitution, and the Labour Code.", "Article 7", "7", "article", None, None),
    ("He cited Article 7, Constitution, and more.", "Article 7", "7", "article", None, None),
]


@pytest.mark.parametrize(("text", "surface", "article", "division", "law", "year"), CASES, ids=[c[1] for c in CASES])
def test_statute_is_read_with_its_law(text, surface, article, division, law, year):
    claim = the_claim(text, surface, Kind.STATUTE)
    assert claim.text == surface
    assert claim.value == Statute((article,), division, law, year)


def test_a_list_of_articles_gives_one_claim_each_with_the_law_named_after_it():
    found = [c for c in claims_in("Articles 289 and 290 of the Penal Code punish abduction.") if c.kind == Kind.STATUTE]
    assert [c.value.articles for c in found] == [("289",), ("290",)]
    assert {c.value.law for c in found} == {"criminal-code"}
    assert [c.text for c in found] == ["Articles 289", "290 of the Penal Code"]


@pytest.mark.parametrize(("text", "articles"), [
    ("| Edrik Salvane | 54 | Art. 179(2), 204(4), 317(2), 319(3) | 9 years |", ["179(2)", "204(4)", "317(2)", "319(3)"]),
    ("He was convicted under Section 12(1) and 14(2) of the Public Order Act.", ["12(1)", "14(2)"]),
    ("Under Article 5, 12 people were charged.", ["5"]),  # a bare number after it is no article
])
def test_a_singular_division_before_a_list_of_subdivided_numbers_gives_one_claim_each(text, articles):
    found = claims_in(text)
    assert [c.value.articles[0] for c in found if c.kind == Kind.STATUTE] == articles
    assert not any(c.kind == Kind.FIGURE and c.text in ("204", "4", "14", "2") for c in found)


def test_a_range_of_articles_gives_its_two_ends():
    found = [c for c in claims_in("Articles 10-12 apply.") if c.kind == Kind.STATUTE]
    assert [c.value.articles for c in found] == [("10",), ("12",)]


def test_the_law_year_is_never_a_date_claim_of_its_own():
    found = claims_in("Article 7 of the 1946 Law on Equality of the Sexes forbids trafficking.")
    assert [c.kind for c in found] == [Kind.STATUTE]


@pytest.mark.parametrize("text", ["The article says so.", "Articles of faith.", "See article-12x for details.",
                                  "The General Data Protection Regulation 2018 applies.",
                                  "Under the new regulation 40 companies were fined.",
                                  "Council Regulation 1/2003 governs the procedure."])
def test_not_a_statute(text):
    assert not [c for c in claims_in(text) if c.kind == Kind.STATUTE]


@pytest.mark.parametrize("text", ["He lives at No. 10 Downing Street.", "Room No. 5 was empty.", "Ticket #12 won.",
                                  "He placed a purchase Order No. 5 yesterday."])
def test_a_number_sign_without_an_instrument_is_no_claim(text):
    assert claims_in(text) == []


def test_an_article_of_a_decree_is_the_articles_claim():
    found = [c for c in claims_in("Article 5 of Decree No. 44 of 2023 sets fines.") if c.kind == Kind.STATUTE]
    assert [c.value.articles for c in found] == [("5",)] and not [c for c in claims_in(
        "Article 5 of Decree No. 44 of 2023 sets fines.") if c.kind == Kind.FIGURE]


def test_a_subsection_opening_its_line_under_its_articles_label_is_that_provision():
    # a law's text set out under its article's label: each subsection's number is the provision, not a count of one
    text = ("**Penal Code, Article 219 (breach of fire safety rules).**\n"
            "(1) A person who breaches the rules and so causes a death is punished by two to eight years.\n"
            "(2) If two or more die, the penalty is four to twelve years.\n\n"
            "The court heard that (3) of the exits were locked.\n")
    found = [(c.kind, c.value) for c in claims_in(text) if c.text in ("(1)", "(2)", "1", "2")]
    assert found == [(Kind.STATUTE, Statute(("219(1)",))), (Kind.STATUTE, Statute(("219(2)",)))]
    # ... only below a line citing one article with no subsection of its own
    plain = "**Fire safety.**\n(1) Exits must be kept clear.\n"
    assert all(c.kind is not Kind.STATUTE for c in claims_in(plain))
