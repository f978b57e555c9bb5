"""Whose prison term a term is (lint/holders.py): the build groups one person's terms as one point, keeps
two persons' apart, and the linter judges a draft's term on its own person's topic."""

from dataclasses import replace

import pytest

from lint.build import build_reference
from lint.engine import lint_text
from lint.extract import extract_claims
from lint.holders import (
    company_names,
    draft_holders,
    draft_names,
    holders_of,
    imposer_of,
    person_surnames,
    term_holder,
)
from lint.model import Kind, Verdict
from lint.patterns import load_pack
from lint.source import parse_document

PACK = load_pack()

WIRE = """Verdict wire.

The Dravnik court on Tuesday sentenced Radek Hollan, director of Corvan Medical Supply, to nine years in prison.
The pharmacist Milena Sorvik, 44, was sentenced to three years in prison. Prosecutors had sought 11 years for Hollan.
"""
HERALD = """The Herald's feature.

When the judges ruled in March, the room was full of parents holding photographs of Radek Hollan's victims.
The former director of the supply firm was given seven years in prison, far less than the parents hoped.
Hollan was led away before the parents could speak to him. Sorvik was sentenced to two and a half years.
"""


def claims_of(text, name="wire.md"):
    return extract_claims(parse_document(text, name), PACK)


def test_persons_are_named_by_two_words_with_the_surname_alone_elsewhere_or_an_age():
    surnames = person_surnames([WIRE, HERALD], PACK)
    assert {"Hollan", "Sorvik"} <= surnames
    assert not surnames & {"Corvan", "Supply", "Medical", "Dravnik", "Herald", "March"}


@pytest.mark.parametrize(("text", "holder"), [
    (WIRE, {"nine years in prison": "Hollan", "three years in prison": "Sorvik", "11 years": None}),
    (HERALD, {"seven years in prison": "Hollan", "two and a half years": "Sorvik"}),
])
def test_a_terms_holder_is_the_person_named_before_it_in_its_sentence_or_the_one_before(text, holder):
    surnames = person_surnames([WIRE, HERALD], PACK)
    found = {c.text: term_holder(c, surnames, PACK) for c in claims_of(text) if c.kind is Kind.PENALTY}
    assert {k: found.get(k) for k in holder} == holder


def test_a_sentence_whose_own_subject_is_a_company_gives_its_fine_to_no_person_of_the_sentence_before():
    text = ("The court jailed Mirela Danek, 41, for four years. Danek was also barred from public office for eight "
            "years. Kordal itself was fined 4.2 million euros and may not bid for public contracts for five years. "
            "She was also fined 50,000 euros.")
    claims = claims_of(text)
    holders = holders_of(claims, person_surnames([text], PACK), PACK, text)
    found = {c.text: holders.get(id(c)) for c in claims if c.kind is Kind.PENALTY}
    assert found["eight years"] == "Danek"
    assert found["four years"] == "Danek"
    assert found["fined 4.2 million euros"] is None and found["five years"] is None
    assert found["fined 50,000 euros"] == "Danek"  # "She": the person of the text before


def test_a_table_rows_term_is_the_person_its_row_names():
    table = ("| Defendant | Offence | Sentence |\n|---|---|---|\n"
             "| Marten Halloway | Art. 42 LC; Art. 61(2) LC | 9 years |\n| Ilse Ferrand | Art. 42 LC | 6 years |\n")
    surnames = person_surnames([table, "The court fined Halloway, and Ferrand appealed."], PACK)
    found = {c.text: term_holder(c, surnames, PACK) for c in claims_of(table, "t.md") if c.kind is Kind.PENALTY}
    assert found == {"9 years": "Halloway", "6 years": "Ferrand"}


def built():
    from tests.unit.test_build import texts_for

    return build_reference(texts_for({"wire.md": WIRE, "herald.md": HERALD}))[0]


def test_two_sources_terms_of_one_person_told_in_other_words_are_one_disputed_point():
    ref = built()
    hollan = [t for t in ref.topics if any(c.holder == "Hollan" for c in t.claims)]
    assert len(hollan) == 1 and hollan[0].contested
    assert sorted(c.value for c in hollan[0].claims) == ["nine years in prison", "seven years in prison"]


def test_a_persons_term_told_in_no_shared_words_joins_their_point_and_a_term_asked_for_never_does():
    from tests.unit.test_build import texts_for

    court = ("Court summary.\n\n**Radek Hollan** (45), former director, was found guilty of:\n\n- fraud;\n"
             "- bribery.\n\nHe was given an aggregate term of nine years' imprisonment.\n\n"
             "The prosecution had requested seven years for Mr Hollan.\n")
    feature = ("Feature.\n\nOn 12 May the judge sentenced Hollan to seven years in prison for fraud and bribery at "
               "the firm he ran. Radek Hollan will appeal.\n")
    ref = build_reference(texts_for({"court.md": court, "feature.md": feature}))[0]
    by_value = {c.value: t for t in ref.topics for c in t.claims}
    assert by_value["nine years' imprisonment"] is by_value["seven years in prison"]
    assert by_value["nine years' imprisonment"].contested
    assert by_value["seven years"] is not by_value["seven years in prison"]  # asked for, not given


_LEDE = ("Wire.\n\nA court on Tuesday sentenced the director of the construction firm that built the school's east "
         "wing to 11 years in prison.\n\nOren Malevic showed no reaction as the verdict was read.\n")
_COURT = "Court summary.\n\nThe court sentenced Oren Malevic to 11 years' imprisonment. Malevic will appeal.\n"
_FEATURE = "Feature.\n\nThe judge gave Oren Malevic 12 years in prison for the collapse. Malevic will appeal.\n"


def test_a_term_given_to_no_one_named_is_the_one_person_given_it_elsewhere():
    """The wire's lede names no one; the court gives 11 years to Malevic alone: the lede's 11 years is his, and
    the feature's 12 years for him disputes it too."""
    from tests.unit.test_build import texts_for

    ref = build_reference(texts_for({"wire.md": _LEDE, "court.md": _COURT, "feature.md": _FEATURE}))[0]
    by_value = {c.value: t for t in ref.topics for c in t.claims}
    assert by_value["11 years in prison"] is by_value["11 years' imprisonment"] is by_value["12 years in prison"]
    assert by_value["11 years in prison"].contested


@pytest.mark.parametrize(("wire", "court"), [
    pytest.param(_LEDE, _COURT.replace("Malevic will appeal.", "It sentenced Dana Harnoc to 11 years in prison too. "
                                                               "Harnoc will appeal."), id="two persons were given it"),
    pytest.param(_LEDE.split("\n\nOren")[0] + "\n", _COURT, id="its source never names the person"),
    pytest.param("Background.\n\nIt is not the first such case. In 2019 a foreman at a quarry was sentenced to 11 years "
                 "in prison after a wall fell.\n", _COURT, id="another case, in a piece that never names the person"),
])
def test_a_term_given_to_no_one_named_stays_apart_where_it_may_be_anothers(wire, court):
    from tests.unit.test_build import texts_for

    ref = build_reference(texts_for({"wire.md": wire, "court.md": court, "feature.md": _FEATURE}))[0]
    lede = next(t for t in ref.topics for c in t.claims if c.value == "11 years in prison" and c.source.startswith("wire"))
    assert not any(c.holder for c in lede.claims)


def test_a_fine_given_to_no_one_named_stays_apart_from_a_persons_fine():
    """A firm is fined as often as its director: "the firm was itself fined 50,000 crowns" is not his fine."""
    from tests.unit.test_build import texts_for

    ref = build_reference(texts_for({
        "wire.md": "Wire.\n\nThe construction firm was itself fined 50,000 crowns. Oren Malevic will appeal.\n",
        "court.md": "Court summary.\n\nThe court fined Oren Malevic 50,000 crowns. Malevic will appeal.\n",
        "feature.md": "Feature.\n\nThe judge fined Oren Malevic 60,000 crowns. Malevic will appeal.\n"}))[0]
    firm = next(t for t in ref.topics for c in t.claims if c.source.startswith("wire") and "50,000" in c.value)
    assert not any(c.holder for c in firm.claims)


def test_two_persons_terms_are_never_one_point():
    ref = built()
    for topic in ref.topics:
        assert len({c.holder for c in topic.claims if c.holder}) <= 1, [c.value for c in topic.claims]


@pytest.mark.parametrize(("draft", "verdict"), [
    ("Milena Sorvik, the pharmacist, was sentenced to two and a half years.", Verdict.CONTESTED),
    ("Radek Hollan, the director, was sentenced to seven years.", Verdict.CONTESTED),
    ("Radek Hollan, the director, was sentenced to twelve years.", Verdict.MISMATCH),
    ("Milena Sorvik, the pharmacist, was sentenced to nine years.", Verdict.MISMATCH),  # Hollan's term, not hers
    # the words of Hollan's sentence, but Sorvik's name: her terms judge it
    ("The Dravnik court on Tuesday sentenced Milena Sorvik, director of Corvan Medical Supply, to nine years in prison.",
     Verdict.MISMATCH),
])
def test_a_drafts_term_is_judged_on_its_persons_terms(draft, verdict):
    result = lint_text(draft, "draft.md", built(), PACK)
    assert [c.verdict for c in result.claims if c.claim.kind is Kind.PENALTY] == [verdict]


def holders_in(text: str, known: frozenset[str] = frozenset()) -> dict[str, str | None]:
    claims = claims_of(text, "s.md")
    found = holders_of(claims, person_surnames([text], PACK, known), PACK, text)
    return {c.text: found.get(id(c)) for c in claims if c.kind is Kind.PENALTY}


@pytest.mark.parametrize(("text", "holder"), [
    # an official of the case names no holder: a judge, a lawyer
    ("Radek Hollan was sentenced by judge Anna Keller to nine years in prison. Keller called the fraud cynical. "
     "Hollan will appeal.", {"nine years in prison": "Hollan"}),
    ("Radek Hollan, whose lawyer is Petra Novak, was sentenced to nine years in prison. Novak said Hollan would "
     "appeal.", {"nine years in prison": "Hollan"}),
    # a number after a place is no age; a company's word opening a sentence is no surname
    ("In Kesaria, 45,000 patients were hurt. Radek Hollan was sentenced by a Kesaria court to nine years in prison. "
     "Hollan will appeal.", {"nine years in prison": "Hollan"}),
    ("Radek Hollan of Corvan Pharma was sentenced to nine years in prison. Pharma sales fell. Hollan will appeal.",
     {"nine years in prison": "Hollan"}),
    # two persons before one term: whose it is is not said
    ("Radek Hollan and Milena Sorvik were each sentenced to nine years in prison. Sorvik wept. Hollan will appeal.",
     {"nine years in prison": None}),
    # a name the sentence gives, though not a known one, keeps the sentence before from lending its person
    ("Milena Sorvik, 44, testified at the trial. Sean Brody was jailed for nine years.", {"nine years": None}),
    ("Sean O'Brien, 38, was arrested. O'Brien was jailed for nine years.", {"nine years": "O'Brien"}),
    # a term asked for, before or after its words; one asked for beside one given
    ("The court's sentence for Radek Hollan fell short of the 11 years in prison sought by prosecutors. Hollan "
     "will appeal.", {"11 years in prison": None}),
    ("Prosecutors asked for 11 years but the court sentenced Radek Hollan to seven years in prison. Hollan wept.",
     {"11 years": None, "seven years in prison": "Hollan"}),
    # the terms after one asked for in its sentence were asked for too
    ("Prosecutors had sought 12 years for Radek Hollan and seven years for Milena Sorvik. Hollan wept. Sorvik "
     "left.", {"12 years": None, "seven years": None}),
    # the demand's object a word of sentencing: asked for still
    ("The prosecution had sought sentences of 12 years for Radek Hollan, 9 years for Milena Sorvik and 3 years for "
     "Ilse Varda. Hollan wept. Sorvik left.", {"12 years": None, "9 years": None, "3 years": None}),
    # "He" after a list of charges, "him" after a sentence naming no one: the person last named before
    ("**Radek Hollan** (45) was found guilty of:\n\n- fraud under Article 212;\n- bribery under Article 318.\n\n"
     "He was sentenced to nine years in prison. Hollan wept.", {"nine years in prison": "Hollan"}),
    ("Radek Hollan ran the firm for 11 years. The firm failed in 2020. On 12 May the court sent him to prison for "
     "eight years. Hollan wept.", {"eight years": "Hollan"}),
    # a sentence about someone it does not name: no one's term of the sentence before
    ("Prosecutors sought 12 years for Radek Hollan, and the court imposed nine years. Meanwhile an inspector earning "
     "2,100 veldars a month faces four years. Hollan wept.",
     {"12 years": None, "nine years": "Hollan", "four years": None}),
    # "He" where two persons were named before, or after someone unnamed was brought in: whose is not said
    ("Radek Hollan, 45, ran Corvan. Milena Sorvik, 51, testified against him. Hollan was convicted on Monday.\n\n"
     "He was sentenced to nine years in prison.", {"nine years in prison": None}),
    ("Radek Hollan, 45, was convicted of fraud on Monday.\n\nAnother official, whose name was withheld, was "
     "convicted of taking bribes. He was given four years in prison.", {"four years in prison": None}),
    # someone sentenced named with a title that is no judge's is someone new
    ("Aurel Menske, 52, was sentenced to nine years. His lawyer, Dana Pirel, was also given two years for witness "
     "tampering.", {"nine years": "Menske", "two years": None}),
    # the judge named by title gives the term; "him" is the person before
    ("Aurel Menske, 52, was convicted of dumping asbestos. Presiding judge Marek Oslund also barred him from "
     "managing any company for 10 years.", {"10 years": "Menske"}),
    # a time or a court opening the sentence is no one new
    ("Radek Hollan, 45, was convicted of fraud in May. A week later he was sentenced to eight years.",
     {"eight years": "Hollan"}),
    ("Radek Hollan, 45, was convicted of fraud in May. A regional court sentenced him to eight years on Monday.",
     {"eight years": "Hollan"}),
    # a term given, then what the prosecution had asked: given
    ("Radek Hollan, 45, was sentenced to nine years in prison for fraud, as prosecutors had requested.",
     {"nine years in prison": "Hollan"}),
    # a term after another of its sentence is the same person's, unless others come in between
    ("Ilse Brantner, 51, was sentenced to four years in prison and banned from public office for six years.",
     {"four years in prison": "Brantner", "six years": "Brantner"}),
    ("Ilse Brantner, 51, was sentenced to four years in prison on the same two counts and banned from public office "
     "for six years.", {"four years in prison": "Brantner", "six years": "Brantner"}),
    ("Matthias Kordel, 58, got nine years in prison, and the court banned two managers from public office for five "
     "years.", {"nine years in prison": "Kordel", "five years": None}),
    ("Radek Hollan, 45, was sentenced to nine years in prison, and his deputy was given six years in prison. Hollan "
     "wept.", {"nine years in prison": "Hollan", "six years in prison": None}),
    ("Corin Halvass, 50, got nine years in prison, and an accomplice received three years. Halvass wept.",
     {"nine years in prison": "Halvass", "three years": None}),
    # a name owning a thing is not given the term; a name owning the term is
    ("Tomas Borek, 51, was jailed for nine years. In the Lesna case the two inspectors on Borek's payroll got five "
     "years each.", {"nine years": "Borek", "five years": None}),
    ("Radek Hollan, 45, was convicted. Hollan's sentence of nine years was upheld.", {"nine years": "Hollan"}),
    ("Radek Hollan, 45, was convicted in May. Hollan's appeal was rejected, and he must serve eight years in prison.",
     {"eight years in prison": "Hollan"}),
    # two persons of one surname are told apart by their first names
    ("Dario Veles, 54, received nine years in prison. Mirela Veles, 51, received seven years in prison.",
     {"nine years in prison": "Dario Veles", "seven years in prison": "Mirela Veles"}),
    # a date or a place opening the sentence is no one named; a duration before the term is no term
    ("Corin Halvass was convicted of fraud, Halvass said. On Monday he was sentenced to seven years.",
     {"seven years": "Halvass"}),
    ("Radek Hollan, mayor of Teskov for 12 years, was sentenced to nine years in prison. Hollan will appeal.",
     {"nine years in prison": "Hollan"}),
    # a title he once held is no part in the case; a title before his surname is no first name
    ("Former prosecutor Radek Hollan was sentenced to nine years in prison. Hollan will appeal.",
     {"nine years in prison": "Hollan"}),
    ("Radek Hollan, 45, was convicted of fraud. Mayor Hollan was sentenced to nine years in prison. The mayor wept.",
     {"nine years in prison": "Hollan"}),
    # two sentences alike: each term has its own sentence before
    ("Dario Kelemet ran the firm, Kelemet said. He was found guilty and was sentenced to seven years. Tomas Vell kept "
     "its books, said Vell. He was found guilty and was sentenced to four years.",
     {"seven years": "Kelemet", "four years": "Vell"}),
    # the sentence before, across a line break of hard-wrapped text
    ("Radek Hollan was convicted of fraud on Monday. He was\nsentenced to nine years in prison. Hollan wept.",
     {"nine years in prison": "Hollan"}),
    # a fine is given to someone as a term is; a company named after him is not he
    ("Anselm Kestrin, 61, was sentenced to 14 years in prison and fined $2 million. Kestrin Dairy Holdings was "
     "fined $48 million.",
     {"14 years in prison": "Kestrin", "fined $2 million": "Kestrin", "fined $48 million": None}),
    # ... but a prison term is no company's: a court named after a town that is someone's surname gives it to "him"
    ("The match between Sporting Halvenstad and Brennmoor Athletic was stopped. Halvenstad was fined.\n\n"
     + "The stand had been renovated in haste. " * 20 + "Ilse Brenner, 52, was arrested in May.\n\n"
     "The Halvenstad District Court convicted him of fraud and sentenced him to 10 years in prison.",
     {"10 years in prison": "Brenner"}),
    # ... but a company named after him may be barred
    ("Anselm Kestrin, 61, was sentenced to 14 years in prison. Kestrin Dairy Holdings, which he founded, was barred "
     "from public tenders for five years.", {"14 years in prison": "Kestrin", "five years": None}),
    # a day after the surname is no longer name (US wire style)
    ("Radek Hollan, 45, was convicted. A judge sentenced Hollan Tuesday to nine years in prison.",
     {"nine years in prison": "Hollan"}),
    # a term with no one named is the person's of the sentence before; a fine may be a company's
    ("Ilja Perun, 41, was sentenced to three years. The airline itself was fined $4.5 million.",
     {"three years": "Perun", "fined $4.5 million": None}),
    ("Ilja Perun, 41, was sentenced to three years. He was also fined $40,000.",
     {"three years": "Perun", "fined $40,000": "Perun"}),
    ("Milena Sorvik, 44, was sentenced to five years in prison. The court also fined her $250,000.",
     {"five years in prison": "Sorvik", "$250,000": "Sorvik"}),
    ("Radek Hollan, 45, was sentenced to nine years in prison. The former mayor was also fined $120,000.",
     {"nine years in prison": "Hollan", "fined $120,000": "Hollan"}),
])
def test_a_terms_holder_is_the_one_person_it_was_given_to(text, holder):
    assert holders_in(text) == holder


def test_a_rebuild_reads_each_claims_holder_again(tmp_path):
    from tests.unit.test_build import texts_for

    old, _ = build_reference(texts_for({"wire.md": "Wire.\n\nRadek Hollan was sentenced to nine years in prison. "
                                                    "Hollan will appeal.\n"}))
    stale = replace(old, topics=tuple(replace(t, claims=tuple(replace(c, holder="Keller") for c in t.claims))
                                      for t in old.topics))
    new, _ = build_reference(texts_for({"wire.md": "Wire.\n\nRadek Hollan was sentenced to nine years in prison. "
                                                    "Hollan will appeal.\n"}), stale)
    assert {c.holder for t in new.topics for c in t.claims if c.value == "nine years in prison"} == {"Hollan"}


def test_the_giver_check_knows_whose_term_it_is(monkeypatch):
    """The draft's claim is read again with its cues before it is judged; the person its term was given to
    must survive that, or another person's terms could stand as the other side of its point."""
    import lint.engine

    seen = []
    giver_check = lint.engine._contested_by_a_giver

    def recording(*args, **kwargs):
        seen.append(kwargs.get("holder"))
        return giver_check(*args, **kwargs)

    monkeypatch.setattr(lint.engine, "_contested_by_a_giver", recording)
    result = lint_text("Radek Hollan was sentenced to twelve years in prison.", "draft.md", built(), PACK)
    assert [c.verdict for c in result.claims] == [Verdict.MISMATCH]
    assert seen == ["Hollan"]


def test_a_ban_for_life_is_its_persons_as_a_term_is():
    text = ("The court sent Anselm Kestrin to prison for 15 years and barred him for life from the food trade. "
            "Mirela Dovak was banned from the trade for 15 years.")
    assert holders_in(text, frozenset({"Kestrin", "Dovak"}))["barred him for life"] == "Kestrin"


def test_he_answering_a_question_line_is_the_person_it_asks_about():
    text = ("Besides Anselm Kestrin, the court convicted Mirela Dovak and Tobias Hraun.\n\n"
            "**Can Kestrin ever run a food business again?**\n\n"
            "No. He was sentenced to 15 years in prison and received a lifetime ban from the food trade.")
    assert holders_in(text, frozenset({"Kestrin", "Dovak", "Hraun"}))["15 years in prison"] == "Kestrin"
    # a question about no one, or about two, leaves "He" to the text before it
    for question in ("**What happens now?**", "**Can Kestrin or Dovak appeal?**"):
        asked = text.replace("**Can Kestrin ever run a food business again?**", question)
        assert holders_in(asked, frozenset({"Kestrin", "Dovak", "Hraun"}))["15 years in prison"] is None


def test_a_listed_terms_person_follows_it():
    text = ("The judge imposed sentences of 11 years for Aldric Venn, eight years for Tomas Lunde and six years for "
            "Erik Osterholt for bribery.")
    assert holders_in(text, frozenset({"Venn", "Lunde", "Osterholt"})) == {
        "11 years": "Venn", "eight years": "Lunde", "six years": "Osterholt"}


@pytest.mark.parametrize("question", [
    "**What happened to Kestrin?**\n\nHis supplier was tried first.",  # the answer brings in someone else
    "**What did Kestrin's supplier get?**\n\n",  # a person of his, not he
    "Did anyone check on Kestrin?\n\n",  # a paragraph ending in a question, not a question line
])
def test_a_question_line_names_hes_person_only_when_the_answer_starts_with_him(question):
    text = (f"Anselm Kestrin and his supplier Mirela Dovak were convicted on Monday.\n\n{question} "
            "She was sentenced to 15 years in prison.")
    assert holders_in(text, frozenset({"Kestrin", "Dovak"}))["15 years in prison"] is None


@pytest.mark.parametrize("later", [
    "Sork's lawyer denies the charge.",
    "The charge is denied, said Sork's lawyer.",
    "Ms Sork denies the charge.",
])
def test_a_person_named_in_full_is_known_by_her_possessive_or_title_too(later):
    text = f"The prosecutor charged Lena Sork, the deputy director, with abuse of office. {later}"
    assert "Sork" in person_surnames([text], PACK)


@pytest.mark.parametrize("text", [
    "The Lissa Basin was flooded. Basin's levels rose.",  # no first name: a place
    "Ms Sork denies the charge.",  # a title but never her full name
    "Corvan Medical Supply's profits rose. Supply's chief resigned.",  # three words: a company
])
def test_a_possessive_or_title_alone_names_no_person(text):
    assert not person_surnames([text], PACK) & {"Basin", "Sork", "Supply"}


def test_a_name_in_bold_with_its_age_in_brackets_is_a_persons():
    """A court's list of defendants: "**Ilja Perun** (39), engineer: convicted ..."; not a place's number."""
    text = ("**Ilja Perun** (39), licensed engineer: convicted under Article 219. Sentence of three years.\n\n"
            "The Kesaria (12) district court sat.")
    assert "Perun" in person_surnames([text], PACK) and "Kesaria" not in person_surnames([text], PACK)


@pytest.mark.parametrize("text", [
    "The slope above Mount Orlek gave way. Orlek's villagers were evacuated.",  # what a place has
    "Fines by company: Corvan Timber (14), Delta Logging (22).",  # counts after companies
])
def test_a_places_possessive_or_a_companys_count_names_no_person(text):
    assert not person_surnames([text], PACK) & {"Orlek", "Timber", "Logging"}


def test_a_terms_holder_carries_past_a_length_that_is_no_one():
    """'... of which 18 months are suspended for a probation period of three years, and disqualification ... for
    five years': the three years are a length of probation, not three other persons."""
    text = ("**Ilja Perun** (39), engineer: convicted under Article 219. Sentence of three years' imprisonment, of "
            "which 18 months are suspended for a probation period of three years, and disqualification from holding "
            "an aviation licence for five years.\n")
    claims = claims_of(text, "court.md")
    found = holders_of(claims, person_surnames([text], PACK), PACK, text)
    assert {c.text: found.get(id(c)) for c in claims if c.text == "five years"} == {"five years": "Perun"}


def test_a_companys_fine_is_the_companys_as_a_persons_term_is_theirs():
    """Sources tell one company's fine in other words ("Kordal itself was fined 4.2 million", the court's row
    "Kordal Lift Services Ltd | ... | Fine of 4.2 million", a paper's "Kordal was fined 4.8 million"): one point,
    disputed; a person's term beside the company's name stays the person's."""
    court = ("Court summary.\n\n| Defendant | Role | Sentence |\n|---|---|---|\n"
             "| Ivo Brannik | Operations director, Kordal | 9 years' imprisonment |\n"
             "| Kordal Lift Services Ltd | Maintenance contractor | Fine of 4.2 million euros; ban from public "
             "procurement for 5 years |\n")
    wire = ("Wire.\n\nIvo Brannik, operations director of Kordal Lift Services Ltd, was jailed for nine years. "
            "Kordal itself was fined 4.2 million euros and barred from public contracts for five years. Brannik "
            "will appeal.\n")
    ledger = "Ledger feature.\n\nThe lift company paid little for what it did: Kordal was fined 4.8 million euros.\n"
    from tests.unit.test_build import build

    ref, _ = build({"court.md": court, "wire.md": wire, "ledger.md": ledger})
    fines = [t for t in ref.topics if any("million" in c.value for c in t.claims)]
    assert [sorted(c.holder for c in t.claims) for t in fines] == [["Kordal", "Kordal", "Kordal"]]
    assert fines[0].contested
    terms = {c.value: c.holder for t in ref.topics for c in t.claims if "years" in c.value}
    assert terms["nine years"] == "Brannik" and terms["9 years' imprisonment"] == "Brannik"
    result = lint_text("Kordal Lift Services was fined 4.2 million euros.", "d.md", ref, PACK)
    assert next(c for c in result.claims if "4.2" in c.claim.text).verdict is Verdict.CONTESTED


@pytest.mark.parametrize(("text", "holders"), [
    # a word opening sentences is no company's name
    ("The Halvex Group was fined 2 million euros. Halvex appealed. The court also fined Dorn, 44, for forgery: "
     "Dorn was fined 20,000 euros.", {"fined 2 million euros": "Halvex", "fined 20,000 euros": "Dorn"}),
    # a company's name as a thing's adjective or a place is not the company: the person's fine is not its
    ("Kordal Lift Services Ltd was fined. Kordal appealed. In the Kordal case, the court fined the finance chief "
     "80,000 euros.", {"80,000 euros": None}),
    # two companies fined in one sentence: each its own
    ("Kordal Lift Services Ltd and Vesta Group were convicted. Kordal appealed; Vesta did not. Kordal itself was "
     "fined 4.2 million euros, and Vesta 1.5 million euros.",
     {"fined 4.2 million euros": "Kordal", "1.5 million euros": "Vesta"}),
])
def test_a_fines_company_is_named_as_a_company_not_as_a_word_of_a_sentence_or_a_place(text, holders):
    claims = claims_of(text)
    persons = person_surnames([text], PACK)
    found = holders_of(claims, persons, PACK, text, companies=company_names([text], persons, PACK))
    got = {c.text: found.get(id(c)) for c in claims if c.kind is Kind.PENALTY}
    assert {k: got.get(k, "(no such claim)") for k in holders} == holders


def test_a_person_the_sources_only_fined_is_still_a_person_and_a_pronoun_after_a_company_finds_the_person():
    from tests.unit.test_build import build

    ref, _ = build({"court.md": "Court summary.\n\nBrannik was jailed for nine years and fined 50,000 euros. Vera Dorn, "
                                "44, was fined 20,000 euros for forgery. Dorn will appeal; Brannik will not. Halvex "
                                "Marine Group was fined 4 million euros. Halvex will pay.\n"})
    she = lint_text("Dorn was convicted of forgery and Brannik of negligence. She was fined 20,000 euros.", "d.md", ref,
                    PACK)
    assert next(c for c in she.claims if "20,000" in c.claim.text).verdict is Verdict.SUPPORTED
    text = ("Brannik ran Halvex Marine Group. The court gave him nine years. Halvex itself was fined 4 million euros. "
            "He must also pay a personal fine of 50,000 euros.")
    claims = claims_of(text)
    found = draft_holders(claims, text, frozenset({"Brannik", "Dorn", "Halvex"}), PACK)
    assert {c.text: found.get(id(c)) for c in claims if c.kind is Kind.PENALTY} == {
        "nine years": "Brannik", "fined 4 million euros": "Halvex", "fine of 50,000 euros": "Brannik"}


def test_a_company_named_after_a_person_holds_its_fine_by_its_first_two_words():
    """Bastian Kelmar's fine is his; the fines of Kelmar Power Systems Ltd, named after him, are the company's, however
    the sources write its name ("Kelmar Power Systems Ltd", "Kelmar Power Systems")."""
    text = ("Bastian Kelmar, 52, founder of Kelmar Power Systems Ltd, was jailed for eight years and fined 300,000 "
            "euros. Kelmar Power Systems Ltd was convicted under Section 9 and fined 2.2 million euros. The court "
            "fined Kelmar Power Systems 2.7 million euros.")
    claims = claims_of(text)
    persons = person_surnames([text], PACK)
    companies = company_names([text], persons, PACK)
    assert "Kelmar" in persons and "Kelmar Power" in companies
    found = holders_of(claims, persons, PACK, text, companies=companies)
    got = {c.text: found.get(id(c)) for c in claims if c.kind is Kind.PENALTY}
    assert got == {"eight years": "Kelmar", "fined 300,000 euros": "Kelmar", "fined 2.2 million euros": "Kelmar Power",
                   "2.7 million euros": "Kelmar Power"}


def test_a_fine_of_the_company_he_founded_is_not_his():
    text = ("Bastian Kelmar, 52, founder of Kelmar Power Systems Ltd, was jailed for eight years. The company he "
            "founded was fined 2.2 million euros.")
    claims = claims_of(text)
    persons = person_surnames([text], PACK)
    found = holders_of(claims, persons, PACK, text, companies=company_names([text], persons, PACK))
    assert {c.text: found.get(id(c)) for c in claims if c.kind is Kind.PENALTY} == {
        "eight years": "Kelmar", "fined 2.2 million euros": None}


def test_a_fine_of_the_person_named_as_the_companys_director_is_his():
    text = "Dorian Kessel, 58, ran Solvara Care Group. As the company's director he was fined 200,000 euros."
    claims = claims_of(text)
    persons = person_surnames([text], PACK)
    found = holders_of(claims, persons, PACK, text, companies=company_names([text], persons, PACK))
    assert {c.text: found.get(id(c)) for c in claims if c.kind is Kind.PENALTY} == {"fined 200,000 euros": "Kessel"}


def test_what_someone_was_before_a_companys_name_is_no_first_name():
    text = ("Former Solvara chief executive Dorian Kessel, 58, was jailed for six years. Solvara Care Group was fined "
            "4.2 million euros. Solvara appealed.")
    assert "Solvara" not in person_surnames([text], PACK)


@pytest.mark.slow
def test_a_clause_of_thousands_of_demands_is_read_in_linear_time():
    """Each word of sentencing looks back at the one demand nearest before it, not at every demand."""
    import time

    from lint.holders import asked_in_clause

    clause = "sought sentences " * 40_000 + "and the court sentenced him to"
    started = time.process_time()
    assert not asked_in_clause(clause, "", PACK)
    assert time.process_time() - started < 30.0


def test_two_sources_ages_of_one_person_told_in_other_words_are_one_disputed_point():
    """"Arvid Keltunen, 58, guilty of fraud" and "sent the man behind the sign, Arvid Keltunen, 59, to prison": a
    person's age is one point, whatever else the sentences say, and a draft giving either is told they disagree."""
    from tests.unit.test_build import texts_for

    wire = ("Wire.\n\nThe district court found Arvid Keltunen, 58, guilty of aggravated fraud on Tuesday. "
            "Keltunen will appeal.\n")
    feature = ("Feature.\n\nTwo weeks ago the court sent the man behind the sign, Arvid Keltunen, 59, to prison "
               "for seven years.\n")
    ref = build_reference(texts_for({"wire.txt": wire, "feature.md": feature}))[0]
    ages = [t for t in ref.topics if any(c.holder == "Keltunen" and c.value in ("58", "59") for c in t.claims)]
    assert len(ages) == 1 and ages[0].contested
    result = lint_text("Arvid Keltunen, 58, was convicted on Tuesday.", "draft.md", ref, PACK)
    assert [c.verdict for c in result.claims if c.claim.text == "58"] == [Verdict.CONTESTED]


@pytest.mark.parametrize(("text", "holder"), [
    ("The court found Arvid Keltunen, 58, guilty.", "Keltunen"),
    ("The court found Keltunen, aged 58, guilty.", "Keltunen"),
    ("The court found the 58-year-old Keltunen guilty.", "Keltunen"),
    ("The court found the 58-year-old former director, Arvid Keltunen, guilty.", "Keltunen"),
    ("The court found the 58-year-old director guilty.", None),  # no one named
    ("1. **Arvid Keltunen**, 58, technical director of the company.", "Keltunen"),  # a judgment's list, in bold
    ("**Arvid Keltunen** (58) was found guilty of fraud.", "Keltunen"),
])
def test_an_ages_person_is_the_one_named_right_before_or_after_it(text, holder):
    from lint.holders import age_holder

    (age,) = [c for c in claims_of(text, "s.md") if "58" in c.text]
    assert age_holder(age, frozenset({"Keltunen"})) == holder


def test_a_courts_list_of_terms_is_the_person_its_bold_label_names():
    text = ("### Sentences\n\n**Mirela Danst (54), former head of the registry**\n"
            "- Convicted under Article 214(2).\n- Sentence: **6 years' imprisonment**; **fine of 200,000 velars**.\n\n"
            "**Roza Hennik (47), owner of a tutoring company**\n- Sentence: **5 years' imprisonment**.\n\n"
            "**Anton Brisk and Helena Todt**\n- Sentence (each): **18 months' imprisonment**.\n\n"
            "The court heard from the defence.\n\n- Costs: **2 years' imprisonment** for contempt.\n")
    found = holders_in(text, frozenset({"Danst", "Hennik", "Brisk", "Todt"}))
    assert found["6 years' imprisonment"] == "Danst" and found["5 years' imprisonment"] == "Hennik"
    # a label naming two, or a list below a paragraph that is no label, gives none
    assert found["18 months' imprisonment"] is None and found["2 years' imprisonment"] is None
    # only an item giving a sentence under its own label, below a label opening with a person's name
    other = ("**Second defendant: Mirela Danst (54)**\n\n- Sentence: 6 years in prison.\n"
             "- Her deputy was jailed for 3 years.\n\n"
             "**Reaction from mayor Ana Berg**\n- Sentence: the director was jailed for 5 years.\n")
    found = holders_in(other, frozenset({"Danst", "Berg"}))
    assert found["6 years in prison"] == "Danst"
    assert found["3 years"] is None and found["5 years"] is None


def test_a_courts_verdict_items_below_a_bold_label_are_the_persons_terms():
    # "**Joran Veskel** (born 1969, ...):" then each count's verdict and term, and the total: all his
    text = ("**Joran Veskel** (born 1969, director of the contractor):\n"
            "- Guilty of negligent homicide, **Article 212(2)** of the Criminal Code: **4 years' imprisonment**.\n"
            "- Total: **4 years and 6 months' imprisonment**. The prosecution had asked for 6 years.\n\n"
            "**Ilse Markov** (34, technician):\n"
            "- Guilty of negligent bodily injury, **Article 214**: **10 months' imprisonment, suspended**.\n")
    found = holders_in(text, frozenset({"Veskel", "Markov"}))
    assert found["4 years' imprisonment"] == "Veskel" and found["4 years and 6 months' imprisonment"] == "Veskel"
    assert found["10 months' imprisonment"] == "Markov"


def test_a_courts_entry_below_a_table_of_counts_is_the_person_its_bold_label_names():
    # "**Teodor Halvik**", a table of the counts, then "Aggregate sentence ...: 9 years' imprisonment": his whole
    # sentence; a count's row, a fine of several, a line naming its own person in bold are not the label's
    text = ("**Teodor Halvik**\n\n| Count | Provision | Sentence |\n|---|---|---|\n"
            "| 1 | Article 211(3) | 8 years |\n\n"
            "Aggregate sentence under Article 74 Criminal Code: **9 years' imprisonment**.\n\n"

            "**Mirela Osk**\n\n| Count | Provision | Sentence |\n|---|---|---|\n| 1 | Article 211(3) | 3 years |\n\n"
            "Aggregate sentence: **4 years' imprisonment**.\n\n"
            "**Lio Varnath** is sentenced to **5 years' imprisonment**.\n")
    found = holders_in(text, frozenset({"Halvik", "Osk"}))
    assert found["9 years' imprisonment"] == "Halvik" and found["4 years' imprisonment"] == "Osk"
    assert found["8 years"] is None and found["5 years' imprisonment"] is None
    from lint.holders import _entry_labels_person

    fine = text.index("9 years'")
    assert _entry_labels_person(text, fine, frozenset({"Halvik"})) == "Halvik"
    assert _entry_labels_person(text, fine, frozenset({"Halvik"}), fine=True) is None


def test_an_age_set_off_after_a_role_or_a_full_name_is_the_persons():
    # a sentence opening with the person's role in place of the name: the one person the sentence before names;
    # a full name set off by an age whatever verb follows; two persons of one surname by their full names
    text = ("Teodor Malvik spent thirty-one years on the railway. The retired railway signalman, 57, liked trains.\n\n"
            "Ana Malvik, 29, runs a bakery. Mr Teodor Malvik, aged 58, collapsed at home.\n\n"
            "The court heard Anna Berg and Teodor Malvik. The retired signalman, 57, wept.\n")
    claims = claims_of(text, "s.md")
    found = holders_of(claims, frozenset({"Teodor Malvik", "Ana Malvik", "Berg"}), PACK, text)
    ages = [(c.text, found.get(id(c))) for c in claims if c.kind is Kind.FIGURE and c.value.unit == "age"]
    assert ages == [("57", "Teodor Malvik"), ("29", "Ana Malvik"), ("aged 58", "Teodor Malvik"), ("57", None)]
    # a role after a sentence that gave its person's age is someone else
    text = "Ana Berg, 31, was killed when her car hit a lorry. The driver, 44, was not hurt.\n"
    claims = claims_of(text, "s.md")
    found = holders_of(claims, frozenset({"Berg"}), PACK, text)
    assert [found.get(id(c)) for c in claims if c.kind is Kind.FIGURE and c.value.unit == "age"] == ["Berg", None]


def test_an_ages_person_may_be_a_shared_surname_or_a_pronoun():
    # a surname two persons share is the one last named in full; "He" and "make him" are the one person named before
    text = ("The court sent Tomas Barvik to prison. Barvik, 56, opened his first depot in 2011.\n\n"
            "Court papers give Holt's age as 61. Filings give his birth year as 1961, which would make him 63.\n\n"
            "Vell was arrested in May. He turned 44 in June.\n\n"
            "Barvik opened a depot, said his sister, Helka Barvik. He turned 56 in January.\n")
    claims = claims_of(text, "s.md")
    found = holders_of(claims, frozenset({"Tomas Barvik", "Helka Barvik", "Holt", "Vell"}), PACK, text)
    ages = [(c.text, found.get(id(c))) for c in claims if c.kind is Kind.FIGURE and c.value.unit == "age"]
    # (which Barvik "He" is, the text does not say)
    assert ages == [("56", "Tomas Barvik"), ("61", "Holt"), ("make him 63", "Holt"), ("turned 44", "Vell"),
                    ("turned 56", None)]
    # a pronoun after someone named by their relation to the person is not the person's
    text = "Vell was arrested in May with his wife. She turned 44 in June.\n"
    claims = claims_of(text, "s.md")
    found = holders_of(claims, frozenset({"Vell"}), PACK, text)
    assert [found.get(id(c)) for c in claims if c.kind is Kind.FIGURE and c.value.unit == "age"] == [None]


def test_a_drafts_bare_surname_is_the_person_the_sources_know_in_full():
    # the sources know "Radek Osterlund" in full (his sister shares the surname); a draft's "Osterlund" is he, where
    # the sources gave terms to one person of that name; of two such persons, neither
    text = ("Radek Osterlund, 54, ran the auction. The court sentenced Osterlund to seven years in prison. Holt "
            "received five years.")
    claims = claims_of(text)
    found = draft_holders(claims, text, frozenset({"Radek Osterlund", "Holt"}), PACK)
    assert [found.get(id(c)) for c in claims if c.kind is Kind.PENALTY] == ["Radek Osterlund", "Holt"]
    found = draft_holders(claims, text, frozenset({"Radek Osterlund", "Agata Osterlund", "Holt"}), PACK)
    assert [found.get(id(c)) for c in claims if c.kind is Kind.PENALTY] == ["Osterlund", "Holt"]
    # nor where the draft names another person of that surname
    text = "The court sentenced Agata Osterlund to three years in prison. Osterlund, 49, kept the books."
    claims = claims_of(text)
    found = draft_holders(claims, text, frozenset({"Radek Osterlund", "Holt"}), PACK)
    assert "Radek Osterlund" not in [found.get(id(c)) for c in claims]


@pytest.mark.parametrize("known", [frozenset({"Radek Osterlund", "Holt"}), frozenset({"Brannik", "Dorn", "Halvex"}),
                                   frozenset({"Radek Osterlund", "Agata Osterlund", "Holt"})])
def test_a_drafts_names_read_once_give_each_part_the_holders_it_would_find_itself(known):
    # a draft linted in parts: the names of its whole text are read once (draft_names) and given to each part
    text = ("Radek Osterlund, 54, ran Halvex Marine Group. The court sentenced Osterlund to seven years in prison.\n\n"
            "Holt received five years. Halvex itself was fined 4 million euros. Brannik, 61, got nine years.\n")
    claims = claims_of(text)
    names = draft_names(text, known, PACK)
    for part in (claims, claims[: len(claims) // 2], claims[len(claims) // 2 :]):
        assert draft_holders(part, text, known, PACK, names) == draft_holders(part, text, known, PACK)
    assert draft_holders(claims, text, known, PACK, names)  # (else the test would compare nothing)


def test_a_name_in_a_list_of_names_is_a_surname_alone():
    # "The defendants Holm, Meskar and Tavic": each a surname alone, a person with the full name in a table's cell
    text = ("| Defendant | Role | Sentence |\n|---|---|---|\n| Danica Holm (38) | Inspector | 4 years |\n"
            "| Rudi Meskar (41) | Inspector | 4 years |\n\nThe defendants Holm, Meskar and Tavic were convicted.\n")
    assert "Meskar" in person_surnames([text], PACK)
    # (not a place in a list of places, named with no first name)
    assert "Lyon" not in person_surnames(["The firm has offices in Paris, Lyon and Nice.\n"], PACK)


def test_a_professor_is_known_by_surname_as_a_doctor_is():
    # a title is no first name: "Professor Varro" and "Ilse Varro" are one person, not two sharing a surname
    text = "The court sentenced Ilse Varro, 52, to five years. Professor Varro had run the institute since 2015."
    found = person_surnames([text], PACK)
    assert "Varro" in found and "Professor Varro" not in found


def test_a_person_named_in_full_holds_the_terms_given_to_the_surname_and_two_full_names_are_two_persons():
    # a draft names "Tomas Vrell" in full where the sources name him "Vrell" (or the reverse): his terms' point is
    # his, not another person's; "Ivan Dask" is not "Mirela Dask"
    from lint.holders import another_persons_term
    from lint.model import Penalty, RefClaim, Topic

    def terms_of(holder):
        term = Penalty("prison", "exact", 54.0, 54.0)
        return Topic("t", Kind.PENALTY, "term", (RefClaim("four and a half years", term, "wire", 3, holder=holder),))

    assert not another_persons_term("Tomas Vrell", terms_of("Vrell"))
    assert not another_persons_term("Vrell", terms_of("Tomas Vrell"))
    assert another_persons_term("Ivan Dask", terms_of("Mirela Dask"))
    assert another_persons_term("Holm", terms_of("Vrell"))


def test_a_time_held_in_custody_is_never_a_side_of_the_same_persons_prison_term():
    from tests.unit.test_build import texts_for

    ref, _ = build_reference(texts_for({
        "wire.txt": "The court sentenced Halvard Menske, the former rector of the university, to seven years in "
                    "prison for embezzling research grants.\n",
        "paper.txt": "Halvard Menske, the former rector of the university, who denied embezzling research grants, "
                     "spent six months in custody.\n",
    }))
    term = next(t for t in ref.topics if any(c.value == "seven years in prison" for c in t.claims))
    assert {c.value for c in term.claims} == {"seven years in prison"} and not term.contested
    verdict = next(c for c in lint_text("Menske was jailed for seven years.", "d.md", ref, PACK).claims
                   if c.claim.text == "seven years").verdict
    assert verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(("text", "holder"), [
    ("Ardo Kestrin, who is 61 according to the company register, sat motionless.", "Kestrin"),
    ("Oskar Velde was 79, according to his death certificate.", "Velde"),
    ("The court jailed Aurel Venkov. Aurel Venkov is 61: registry filings give his birth year as 1963.", "Venkov"),
    ("Court papers give Kestrin's age as 61.", "Kestrin"),
    ("The court jailed Ardo Kestrin. Court papers give his age as 61.", "Kestrin"),
    ("Ardo Kestrin was jailed. Company records give his date of birth as 1962, which made him 61.", "Kestrin"),
])
def test_an_age_a_paper_sets_straight_is_the_persons_it_names(text, holder):
    # the forms a source disputing a person's age tells it in: a clause of its own, "is" or "was", a record's
    claims = claims_of(text, "s.md")
    known = frozenset({"Kestrin", "Velde", "Venkov"})
    found = holders_of(claims, known, PACK, text)
    assert [found.get(id(c)) for c in claims if c.kind is Kind.FIGURE and c.value.unit == "age"] == [holder]


def test_one_persons_age_and_the_age_a_paper_reckons_from_a_birth_year_are_one_disputed_point():
    # the paper relays the court's 61 and reckons 63 from the filings' birth year: one point, whatever years the
    # sentences name; the court's 61 in a draft is disputed, the paper's relaying of it no support
    from tests.unit.test_build import texts_for

    court = ("Judgment.\n\nIn December 2022, Kasimir Holt, aged 61, then chief executive, approved the payments. "
             "Holt was sentenced to five years.\n")
    wire = "Wire.\n\nKasimir Holt, 61, was jailed for five years on Tuesday. Holt will appeal.\n"
    paper = ("Feature.\n\nCourt papers give Mr Holt's age as 61. Company filings give his date of birth as 1961, "
             "which would make him 63. Holt declined to comment.\n")
    ref = build_reference(texts_for({"court.md": court, "wire.txt": wire, "paper.md": paper}))[0]
    ages = [t for t in ref.topics if any(c.holder == "Holt" and getattr(c.norm, "unit", None) == "age" for c in t.claims)]
    assert len(ages) == 1 and {c.value for c in ages[0].claims} >= {"aged 61", "make him 63"}
    result = lint_text("Kasimir Holt, 61, was convicted of bribery.", "draft.md", ref, PACK)
    assert [c.verdict for c in result.claims if c.claim.text == "61"] == [Verdict.CONTESTED]


@pytest.mark.parametrize("paper, verdict", [
    # an age in another year's account is another point: the draft's 58 stands
    ("Feature.\n\nIn 2021, Anna Berg, 56, resigned as chief executive of Velora. Berg declined to comment.\n",
     Verdict.SUPPORTED),
    # ... as is an age at an event, beside the court's age the paper relays
    ("Feature.\n\nCourt papers give her age as 58. Anna Berg was 53 when she founded Velora in 2018.\n",
     Verdict.SUPPORTED),
    # an age reckoned from a birth year is the point the court's age is told on
    ("Feature.\n\nAnna Berg was convicted. Company filings give her date of birth as 1963, which would make her 61. "
     "Court papers give her age as 58.\n", Verdict.CONTESTED),
])
def test_a_persons_age_in_another_years_account_or_at_an_event_is_another_point(paper, verdict):
    from tests.unit.test_build import texts_for

    court = "Judgment.\n\nIn March 2023 the court convicted Anna Berg, 58, of fraud at Velora. Berg will appeal.\n"
    ref = build_reference(texts_for({"court.md": court, "paper.md": paper}))[0]
    result = lint_text("Anna Berg, 58, was convicted of fraud in March 2023.", "draft.md", ref, PACK)
    assert [c.verdict for c in result.claims if c.claim.text == "58"] == [verdict]


@pytest.mark.parametrize("sentence, imposer", [
    ("The Energy Inspectorate fined Solvarn Fuels $1.8 million.", "regulator"),
    # the body after an active verb of fining is the one fined; after "by", the one fining
    ("The District Court fined the State Digital Services Agency $4.5 million and Orvanne $7.2 million.", "court"),
    ("Solvarn Fuels was fined $1.5 million by the court.", "court"),
    ("After the Inspectorate's report, Solvarn Fuels was fined $1.5 million by the court.", "court"),
    # a passive verb, or one with no object (a headline's), names only the one fined
    ("The agency was fined $2 million.", ""),
    ("Lock engineer jailed as waterway authority fined $2.6 million", ""),
    # the fine's kind says whose it is, wherever it stands
    ("The judge imposed a criminal fine of $1.3 million on the firm.", "court"),
    ("The Directorate imposed an administrative fine of $1.2 million.", "regulator"),
    # a table row's first cell names the one fined
    ("| Company | Ruling |\n|---|---|\n| State Digital Services Agency | Fine of $4.5 million |", ""),
])
def test_a_fines_imposer_is_the_body_that_fines_not_the_one_fined(sentence, imposer):
    fines = [c for c in extract_claims(parse_document(sentence + "\n", "x.md"), PACK) if c.kind is Kind.PENALTY]
    assert fines and {imposer_of(fine, PACK) for fine in fines} == {imposer}


def test_a_fine_a_court_publishes_naming_no_one_is_the_courts_a_regulators_is_no_ones():
    [fine] = [c for c in extract_claims(parse_document("The company was fined $2 million.\n", "x.md"), PACK)
              if c.kind is Kind.PENALTY]
    assert imposer_of(fine, PACK, "Halvessa District Court, press office") == "court"
    assert imposer_of(fine, PACK, "Environmental Inspectorate of Vandoria") == ""


@pytest.mark.parametrize("sentence, imposer", [
    ("The court ordered Akustel to pay $1,500 to each patient.", "court"),
    ("The inspectorate ordered repayment of $3.9 million.", "regulator"),
    ("Kestrava was ordered to pay $2 million in compensation.", ""),
    ("The company lost $2 million.", ""),  # no one ordered it
    # a chain of one subject's verbs: the body fined by the first is no imposer of the second
    ("The Regional Court fined the Waterways Authority $2.6 million and ordered it to pay $380,000 to each family.",
     "court"),
])

def test_a_sum_ordered_paid_has_the_body_that_ordered_it_as_its_imposer(sentence, imposer):
    [amount] = [c for c in extract_claims(parse_document(sentence + "\n", "x.md"), PACK) if c.kind is Kind.FIGURE]
    assert imposer_of(amount, PACK) == imposer  # (the fine of a chain, a penalty, is the other test's)


def test_a_body_owning_something_in_the_clause_imposes_nothing():
    sentence = ("Halvorn, who headed the Health Ministry's purchasing unit, was given seven years in prison and ordered "
                "to pay a fine of $1.5 million.\n")
    [fine] = [c for c in extract_claims(parse_document(sentence, "x.md"), PACK) if "fine" in c.text]
    assert imposer_of(fine, PACK) == ""
