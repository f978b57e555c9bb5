"""Verdicts on small drafts against small references written here."""

from dataclasses import replace

import pytest

from lint.engine import lint_text
from lint.model import DateValue, Figure, Kind, Penalty, RefClaim, Reference, Source, Statute, Topic, Verdict
from lint.patterns import load_pack

WIKI = Source("wiki", "Prostitution in North Korea", "Wikipedia", path="000.txt", aliases=("Wikipedia",))
DNK = Source("dnk", "Mothers arrested near Hamhung Station", "Daily NK", date="2022", path="002.txt",
             aliases=("Daily NK",))
STATE = Source("state", "2011 Trafficking in Persons Report", "United States Department of State",
               date="2011-06-27", path="004.txt", aliases=("State Department", "US State Department", "TIP report"))


def year(y):
    return DateValue(f"{y}-01-01", f"{y}-12-31", "year")


def rc(value, norm, source, line, hedged=False):
    return RefClaim(value=value, norm=norm, source=source, location=line, hedged=hedged)


def code_article(number, source, line):
    """A source's citation of an article of the criminal code."""
    return rc(f"Article {number}", Statute((number,), law="criminal-code"), source, line)


REFERENCE = Reference(
    sources=(WIKI, DNK, STATE),
    topics=(
        Topic("prostitution-article", Kind.STATUTE, "criminal code article punishing prostitution",
              (rc("Article 261", Statute(("261",), law="criminal-code"), "wiki", 7),
               rc("Article 249", Statute(("249",), law="criminal-code"), "dnk", 22)),
              keywords=("prostitution", "sell", "sex", "punish")),
        Topic("border-article", Kind.STATUTE, "penal code article on crossing the border",
              (rc("Article 233", Statute(("233",), law="criminal-code"), "state", 25),),
              keywords=("border", "crossing", "criminalizes")),
        Topic("child-abduction-article", Kind.STATUTE, "penal code article on abduction of children",
              (rc("Article 289", Statute(("289",), law="criminal-code"), "state", 25),),
              keywords=("abduction", "children", "criminalizes")),
        Topic("kippumjo-size", Kind.FIGURE, "number of women and girls in the kippumjo pleasure groups",
              (rc("approximately 2,000 women and girls", Figure(2000.0, 2000.0, approx="about", noun="women"),
                  "wiki", 11, hedged=True),),
              keywords=("kippumjo", "women", "girls", "groups")),
        Topic("kippumjo-restart", Kind.DATE, "year Kim Jong Un restarted the kippumjo",
              (rc("2015", year(2015), "wiki", 17, hedged=True),),
              keywords=("kippumjo", "restart", "kim", "jong", "un", "successor")),
        Topic("prison-camp-population", Kind.FIGURE, "people held in political prison camps",
              (rc("150,000 to 200,000 persons", Figure(150000.0, 200000.0, approx="about"), "state", 16),),
              keywords=("held", "political", "prison", "camps", "persons")),
        Topic("hamhung-sentence", Kind.PENALTY, "sentence of the mothers arrested at Hamhung Station",
              (rc("three months at a forced labor camp", Penalty("camp", "exact", 3.0, 3.0), "dnk", 24),),
              keywords=("hamhung", "station", "mothers", "sentenced", "camp")),
    ),
)


@pytest.fixture(scope="module")
def pack():
    return load_pack()


def verdict_of(text, found, pack):
    result = lint_text(text, "draft.md", REFERENCE, pack)
    hits = [c for c in result.claims if found in c.claim.text or c.claim.text in found]
    assert hits, f"{found!r} was not extracted from {text!r}: {[c.claim.text for c in result.claims]}"
    finding = next((f for f in result.findings if f.start == hits[0].claim.start), None)
    return hits[0].verdict, finding


def test_wrong_number_is_a_mismatch_with_the_size_of_the_difference(pack):
    verdict, finding = verdict_of("The kippumjo pleasure groups numbered 20,000 women and girls.", "20,000", pack)
    assert verdict is Verdict.MISMATCH
    assert finding.code == "FL104"
    assert "10x" in finding.message and "Wikipedia" in finding.message and "line 11" in finding.message
    assert finding.suggestion == "approximately 2,000 women and girls"


def test_one_sources_article_is_contested_with_both_sides_in_the_evidence(pack):
    verdict, finding = verdict_of("Selling sex is punished under Article 261 of the criminal law.", "Article 261", pack)
    assert verdict is Verdict.CONTESTED
    assert finding.code == "FL501"
    assert {e.value for e in finding.evidence} == {"Article 261", "Article 249"}
    assert "Daily NK, 2022" in finding.message


def test_a_source_citing_the_whole_article_does_not_dispute_the_drafts_subsection(pack):
    court = Source("court", "Judgment summary", "Regional Court", date="2025", path="court.md")
    paper = Source("paper", "Feature", "The Courier", date="2025", path="paper.md")
    reference = Reference(sources=(court, paper), topics=(
        Topic("bribe-article", Kind.STATUTE, "criminal code article on giving a bribe",
              (rc("Article 318(2) of the Criminal Code", Statute(("318(2)",), law="criminal-code"), "court", 4),
               rc("Article 318 of the Criminal Code", Statute(("318",), law="criminal-code"), "paper", 9)),
              keywords=("bribe", "giving", "official")),))
    result = lint_text("He was convicted of giving a bribe to an official under Article 318(2) of the Criminal Code.",
                       "draft.md", reference, pack)
    [claim] = [c for c in result.claims if "318(2)" in c.claim.text]
    assert claim.verdict is Verdict.SUPPORTED and not result.findings
    # another paragraph of it is wrong: the court names the paragraph, and the whole article then vouches for none
    result = lint_text("He was convicted of giving a bribe to an official under Article 318(1) of the Criminal Code.",
                       "draft.md", reference, pack)
    [claim] = [c for c in result.claims if "318(1)" in c.claim.text]
    assert claim.verdict is Verdict.MISMATCH
    # where the paper alone speaks, its whole article bears out the draft's paragraph of it
    only_paper = replace(reference, topics=(replace(reference.topics[0], claims=reference.topics[0].claims[1:]),))
    result = lint_text("He was convicted of giving a bribe to an official under Article 318(2) of the Criminal Code.",
                       "draft.md", only_paper, pack)
    [claim] = [c for c in result.claims if "318(2)" in c.claim.text]
    assert claim.verdict is Verdict.SUPPORTED


COURT = Source("court", "Judgment summary", "Regional Court", date="2025", path="court.md")
PAPER = Source("paper", "Feature", "The Courier", date="2025", path="paper.md")


def _article_topics(*topics) -> Reference:
    return Reference(sources=(COURT, PAPER), topics=tuple(
        Topic(tid, Kind.STATUTE, words, claims, keywords=tuple(words.split())) for tid, words, claims in topics))


def test_a_provision_of_another_named_law_or_one_a_giver_cites_too_is_no_other_side(pack):
    """A topic that holds the court's "Section 9(3) of the Industrial Safety Act" and the paper's "Section 6(2) of the
    Working Time Act" holds two provisions, not a dispute; nor is the paper's Article 353(2) a dispute of the court's
    187(3) where the court cites 353(2) too, for another charge. Articles no giver cites both of stay disputed."""
    draft = "The firm was convicted of breaching the inspection duty under Section 9(3) of the Industrial Safety Act."
    reference = _article_topics(("inspection-duty", "inspection duty breach firm convicted", (
        rc("Section 9(3) of the Industrial Safety Act", Statute(("9(3)",), "section", "industrial safety act"),
           "court", 4),
        rc("Section 6(2) of the Working Time Act", Statute(("6(2)",), "section", "working time act"), "paper", 9))))
    [claim] = lint_text(draft, "draft.md", reference, pack).claims
    assert claim.verdict is Verdict.SUPPORTED
    draft = "Brenc was convicted of arson causing death under Article 187(3) of the Criminal Code."
    arson = ("arson", "arson causing death brenc convicted", (
        rc("Article 187(3) of the Criminal Code", Statute(("187(3)",), law="criminal-code"), "court", 4),
        rc("Article 353(2) of the Criminal Code", Statute(("353(2)",), law="criminal-code"), "paper", 9)))
    fraud = ("fraud", "insurance fraud brenc convicted", (
        rc("Article 353(2) of the Criminal Code", Statute(("353(2)",), law="criminal-code"), "court", 7),))
    [claim] = lint_text(draft, "draft.md", _article_topics(arson, fraud), pack).claims
    assert claim.verdict is Verdict.SUPPORTED
    [claim] = lint_text(draft, "draft.md", _article_topics(arson), pack).claims
    assert claim.verdict is Verdict.CONTESTED


@pytest.mark.parametrize(("draft", "verdict"), [
    ("Officially, 64 people were injured when the roof fell.", Verdict.SUPPORTED),
    ("The official toll: 64 people were injured when the roof fell.", Verdict.SUPPORTED),
    ("When the roof fell 64 people were injured, by the official count.", Verdict.SUPPORTED),
    ("The official injury count: 64 people were injured when the roof fell.", Verdict.SUPPORTED),  # its noun between
    ("On the official reckoning of 64 injured, the roof fell on a crowd.", Verdict.SUPPORTED),
    ("An official of the ministry said 64 people were injured.", Verdict.CONTESTED),
    ("When the roof fell 64 people were injured.", Verdict.CONTESTED),
    # the official record told of as the other side, after the value
    ("When the roof fell 64 people were injured, and the official record has never caught up.", Verdict.CONTESTED),
])
def test_a_disputed_value_told_as_the_official_one_is_one_sides(pack, draft, verdict):
    """"Officially, 64 people were injured": the draft says there is another account; the paper's 61 does not make
    the official 64 a value stated as settled."""
    injured = Topic("injured", Kind.FIGURE, "people injured when the roof fell", (
        rc("64", Figure(64.0, 64.0), "court", 4), rc("61", Figure(61.0, 61.0), "paper", 9)),
        keywords=("people", "injured", "roof", "fell"))
    result = lint_text(draft, "draft.md", Reference(sources=(COURT, PAPER), topics=(injured,)), pack)
    assert [c.verdict for c in result.claims if c.claim.text.startswith("64")] == [verdict]


def test_a_days_date_is_judged_on_the_point_dated_to_the_day_not_on_years_that_hold_it(pack):
    """"The concession contract was signed on 14 May 2017": the years the concession ran ("from 2016 to 2023") hold
    the day, but the point dated to the day, its signing on 14 March 2017, is the one the draft's day tells."""
    ran = Topic("concession-years", Kind.DATE, "years the bicycle concession contract ran", (
        rc("from 2016 to 2023", DateValue("2016-01-01", "2023-12-31", "year"), "court", 4),),
        keywords=("concession", "contract", "bicycle", "ran", "city", "years"))
    signed = Topic("contract-signed", Kind.DATE, "date the contract was signed", (
        rc("14 March 2017", day("2017-03-14"), "court", 7), rc("14 March 2017", day("2017-03-14"), "paper", 9)),
        keywords=("concession", "contract", "velora", "signed"))
    reference = Reference(sources=(COURT, PAPER), topics=(ran, signed))
    draft = "The city's bicycle concession contract with Velora was signed on 14 May 2017."
    [claim] = [c for c in lint_text(draft, "draft.md", reference, pack).claims if c.claim.text == "14 May 2017"]
    assert claim.verdict is Verdict.MISMATCH


def test_a_value_the_drafts_sentence_gives_too_is_another_point_not_another_side(pack):
    """The build joined the infant formula recovered (1,120 tonnes) with all the product recovered (about 2,340):
    a draft that gives both in one sentence tells them apart, so the 2,340 does not dispute its 1,120."""
    authority = Source("lfsa", "Recall report", "Food Safety Authority", date="2025", path="a.md")
    wire = Source("wire", "Recall ends", "Press Agency", date="2025", path="w.txt")
    tonnes = Topic("recovered", Kind.FIGURE, "tonnes of infant formula recovered in the recall",
                   (rc("1,120", Figure(1120000.0, 1120000.0, "kg"), "lfsa", 40),
                    rc("about 2,340", Figure(2340000.0, 2340000.0, "kg", approx="about"), "wire", 35)),
                   keywords=("tonnes", "infant", "formula", "recovered", "recall", "product"))
    reference = Reference(sources=(authority, wire), topics=(tonnes,))
    both = "In the recall 2,340 tonnes of product were recovered, including 1,120 tonnes of infant formula."
    assert verdict_of_in(both, "1,120", reference, pack)[0] is Verdict.SUPPORTED
    alone = "In the recall 1,120 tonnes of infant formula were recovered."
    assert verdict_of_in(alone, "1,120", reference, pack)[0] is Verdict.CONTESTED
    # a value the sentence gives of another point (a topic of its own) does not hide this one's dispute
    infant = Topic("infant-recovered", Kind.FIGURE, "tonnes of infant formula recovered in the recall",
                   (rc("1,120", Figure(1120000.0, 1120000.0, "kg"), "lfsa", 40),
                    rc("about 2,340", Figure(2340000.0, 2340000.0, "kg", approx="about"), "wire", 35)),
                   keywords=("tonnes", "infant", "formula", "recovered"))
    milk = Topic("milk-destroyed", Kind.FIGURE, "tonnes of milk powder destroyed at the plant",
                 (rc("2,340", Figure(2340000.0, 2340000.0, "kg"), "lfsa", 52),),
                 keywords=("tonnes", "milk", "powder", "destroyed", "plant"))
    other = "The plant destroyed 2,340 tonnes of milk powder and recovered 1,120 tonnes of infant formula."
    assert verdict_of_in(other, "1,120", Reference(sources=(authority, wire), topics=(infant, milk)),
                         pack)[0] is Verdict.CONTESTED


def test_an_article_no_source_gives_is_a_mismatch(pack):
    verdict, finding = verdict_of("Selling sex is punished under Article 262 of the criminal law.", "Article 262", pack)
    assert verdict is Verdict.MISMATCH
    assert finding.code == "FL101"


def test_an_article_attached_to_the_wrong_offence_is_a_mismatch(pack):
    verdict, _ = verdict_of("The abduction of children is covered by Article 233 of the penal code.", "Article 233", pack)
    assert verdict is Verdict.MISMATCH
    verdict, _ = verdict_of("Article 233 of the penal code criminalizes crossing the border.", "Article 233", pack)
    assert verdict is Verdict.SUPPORTED
    # ... but in a list of charges, each with its article, the draft's words may have found another charge's: an
    # article a source cites itself is not called wrong there
    for text in ("The abduction of children is covered by Article 233 of the penal code and forced labour by "
                 "Article 288.",
                 "Prosecutors charged him with the abduction of children under Article 233 of the penal code and with "
                 "fraud under Article 150."):
        assert verdict_of(text, "Article 233", pack)[0] is Verdict.UNSUPPORTED, text


def test_a_law_cited_with_s_and_its_number_is_a_statute(pack):
    verdict, finding = verdict_of("Abduction of children falls under the Penal Code 1950, s. 290.", "s. 290", pack)
    assert verdict is Verdict.MISMATCH and finding.suggestion == "Article 289"


def test_a_credit_is_judged_for_the_figure_not_for_the_year_that_says_when(pack):
    text = "The State Department says Kim Jong Un restarted the kippumjo groups of 2,000 women and girls in 2015."
    assert verdict_of(text, "2,000", pack)[0] is Verdict.ATTRIBUTION
    assert verdict_of(text, "2015", pack)[0] is Verdict.SUPPORTED
    # a date credited on its own is judged for its credit
    text = "The State Department says Kim Jong Un restarted the kippumjo in 2015."
    assert verdict_of(text, "2015", pack)[0] is Verdict.ATTRIBUTION


def test_a_small_count_is_a_mismatch_only_on_a_topic_it_clearly_matches(pack):
    herald = Source("herald", "Smuggling trial opens", "Herald", date="2023", path="h.txt", aliases=("Herald",))
    reference = Reference(sources=(herald,), topics=(
        Topic("trial-defendants", Kind.FIGURE, "people who stood trial at the Kessel High Court",
              (rc("seven people", Figure(7.0, 7.0, noun="people"), "herald", 3),),
              keywords=("people", "stood", "trial", "kessel", "high", "court", "june", "charged", "smuggling")),
    ))

    def verdict(text):
        return lint_text(text, "draft.md", reference, pack).claims[0].verdict

    assert verdict("Four people stood trial at the Kessel High Court on smuggling charges.") is Verdict.MISMATCH
    # a few shared words ("people", "charged") do not make any four people the seven on trial
    assert verdict("Four people were charged.") is Verdict.UNSUPPORTED
    # nor are four lawyers, or four of nothing named, the seven people: a count of other things
    assert verdict("Four lawyers stood trial at the Kessel High Court on smuggling charges.") is Verdict.UNSUPPORTED
    assert verdict("Four stood trial at the Kessel High Court on smuggling charges.") is Verdict.UNSUPPORTED
    # where neither names what it counts, the topic's closeness decides
    unnamed = replace(REFERENCE, topics=(replace(reference.topics[0], claims=(rc("seven", Figure(7.0, 7.0), "herald",
                                                                                 3),)),))
    assert lint_text("Four stood trial at the Kessel High Court on smuggling charges.", "draft.md", unnamed,
                     pack).claims[0].verdict is Verdict.MISMATCH


def test_a_bare_number_read_as_a_term_is_a_mismatch_only_on_a_topic_it_clearly_matches(pack):
    """"The rector got nine": the draft names its person by a role at most; against a topic its words only just
    reach, a term read from a bare number is more likely another person's than wrong."""
    court = Source("court", "Judgment", "Velmora Regional Court", date="2025", path="04.md")
    reference = Reference(sources=(court,), topics=(
        Topic("vice-rector-term", Kind.PENALTY, "prison term of the vice-rector who sold places at the academy",
              (RefClaim("7 years", Penalty("prison", "exact", 84, 84), "court", 40, holder="Dravec"),),
              keywords=("vice", "rector", "sold", "places", "academy", "prison", "dravec")),
    ))

    def verdict_of_nine(text):
        return next(c.verdict for c in lint_text(text, "d.md", reference, pack).claims if c.claim.text == "nine")

    assert verdict_of_nine("Brannik was jailed for six years at the academy. The rector got nine.") \
        is Verdict.UNSUPPORTED
    assert verdict_of_nine("Brannik was jailed for six years. The vice-rector got nine.") is Verdict.MISMATCH


def test_each_thing_an_alleged_statement_alleges_is_a_hedge_finding_but_not_the_year_it_holds_for(pack):
    herald = Source("herald", "Bribes alleged", "Herald", date="2023", path="h.txt", aliases=("Herald",))
    reference = Reference(sources=(herald,), topics=(
        Topic("bribed-officers", Kind.FIGURE, "customs officers alleged to have taken bribes",
              (rc("two", Figure(2.0, 2.0), "herald", 23, hedged=True),),
              keywords=("customs", "officers", "bribes", "containers")),
        Topic("bribe-amount", Kind.FIGURE, "bribe the customs officers are alleged to have taken",
              (rc("15 million talars", Figure(15e6, 15e6), "herald", 23, hedged=True),),
              keywords=("customs", "officers", "bribes", "containers", "paid")),
    ))
    result = lint_text("Two customs officers took 15 million talars in bribes to clear the containers.",
                       "draft.md", reference, pack)
    assert [c.verdict for c in result.claims] == [Verdict.HEDGE, Verdict.HEDGE]
    assert [f.found for f in result.findings] == ["Two", "15 million"]  # talars: a currency no source names here
    # "the two officers" refers back to what the draft has told: the amount is what is alleged
    result = lint_text("The two customs officers took 15 million talars in bribes to clear the containers.",
                       "draft.md", reference, pack)
    assert [f.found for f in result.findings] == ["15 million"]
    # what is alleged, not when: the amount carries the finding, not the year, before it or after it
    bonus = Reference(sources=(herald,), topics=(
        Topic("bonus", Kind.FIGURE, "bonus the director is reported to have received",
              (rc("€300,000", Figure(3e5, 3e5, "currency:EUR"), "herald", 65, hedged=True),),
              keywords=("director", "bonus", "received")),
        Topic("bonus-year", Kind.DATE, "year of the director's reported bonus",
              (rc("2022", DateValue("2022-01-01", "2022-12-31", "year"), "herald", 65, hedged=True),),
              keywords=("director", "bonus", "received")),
    ))
    result = lint_text("The director received a €300,000 bonus for 2022.", "draft.md", bonus, pack)
    assert [f.found for f in result.findings] == ["€300,000"]
    result = lint_text("In 2022 the director received a €300,000 bonus.", "draft.md", bonus, pack)
    assert [f.found for f in result.findings] == ["€300,000"]
    # a month and a length are things alleged ("the pond gave way in August 2022", "for two days")
    pond = Reference(sources=(herald,), topics=(
        Topic("pond-collapse", Kind.DATE, "month the tailings pond gave way above the village",
              (rc("August 2022", DateValue("2022-08-01", "2022-08-31", "month"), "herald", 40, hedged=True),),
              keywords=("tailings", "pond", "gave", "way", "slurry", "village")),
        Topic("slurry-days", Kind.FIGURE, "days the slurry ran downstream from the tailings pond",
              (rc("two days", Figure(2.0, 2.0, "days"), "herald", 40, hedged=True),),
              keywords=("tailings", "pond", "slurry", "ran", "downstream")),
    ))
    result = lint_text("In August 2022 the tailings pond gave way, and slurry ran downstream for two days.",
                       "draft.md", pond, pack)
    assert [f.found for f in result.findings if f.category is Verdict.HEDGE] == ["August 2022", "two days"]


def test_of_an_alleged_statements_incidental_values_alone_the_most_telling_carries_its_finding(pack):
    """"Prosecutors allege that in 2022 the four officers took bribes": the year says when, "the four" refers
    back; with nothing else alleged, the count carries the one finding, not the year. A number naming a thing
    ("Line 7") is no allegation beside what is alleged."""
    wire = Source("wire", "Officers charged", "Meridian News Agency", date="2025", path="w.txt")
    reference = Reference(sources=(wire,), topics=(
        Topic("officers", Kind.FIGURE, "customs officers alleged to have taken bribes",
              (rc("four", Figure(4.0, 4.0, noun="officers"), "wire", 3, hedged=True),),
              keywords=("customs", "officers", "bribes", "took")),
        Topic("bribe-year", Kind.DATE, "year the customs officers allegedly took bribes",
              (rc("2022", DateValue("2022-01-01", "2022-12-31", "year"), "wire", 3, hedged=True),),
              keywords=("customs", "officers", "bribes", "took")),
        Topic("defects", Kind.FIGURE, "defects along the line awaiting repair",
              (rc("more than 600", Figure(600.0, 600.0, approx="more-than", noun="defects"), "wire", 9, hedged=True),
               rc("7", Figure(7.0, 7.0), "wire", 9, hedged=True)),
              keywords=("defects", "line", "repair", "waiting")),
    ))
    result = lint_text("In 2022 the four customs officers took bribes.", "draft.md", reference, pack)
    assert [f.found for f in result.findings] == ["four"]
    result = lint_text("More than 600 known defects along Line 7 were waiting for repair.", "draft.md", reference, pack)
    assert [f.found for f in result.findings] == ["More than 600"]


def test_dropped_hedge_is_reported_and_a_hedged_sentence_stays_quiet(pack):
    verdict, finding = verdict_of("In 2015 Kim Jong Un restarted the kippumjo.", "2015", pack)
    assert verdict is Verdict.HEDGE
    assert finding.code == "FL603"
    verdict, _ = verdict_of("In 2015 Kim Jong Un reportedly restarted the kippumjo.", "2015", pack)
    assert verdict is Verdict.SUPPORTED
    # a writer who puts the point in someone's mouth has not stated it as fact
    for who in ("Defectors say", "A defector told the court that"):
        verdict, _ = verdict_of(f"{who} Kim Jong Un restarted the kippumjo in 2015.", "2015", pack)
        assert verdict is Verdict.SUPPORTED, who
    for idiom in ("All told, ", "Needless to say, ", "That is to say, "):
        verdict, _ = verdict_of(f"{idiom}Kim Jong Un restarted the kippumjo in 2015.", "2015", pack)
        assert verdict is Verdict.HEDGE, idiom
    verdict, _ = verdict_of("Defectors went on to say Kim Jong Un restarted the kippumjo in 2015.", "2015", pack)
    assert verdict is Verdict.SUPPORTED
    # a passive telling of a deed or a topic is no one's account of it: the telling is stated as fact
    for told in ("Kim Jong Un was told to restart the kippumjo in 2015.",
                 "Kim Jong Un was later told to restart the kippumjo in 2015.",
                 "Kim Jong Un was\ntold to restart the kippumjo in 2015.",
                 "Officials were told of Kim Jong Un's plan and he restarted the kippumjo in 2015."):
        verdict, _ = verdict_of(told, "2015", pack)
        assert verdict is Verdict.HEDGE, told
    # ... nor is an order given: "told them to" is a deed, not an account
    for order in ("In 2015 Kim Jong Un told his aides to restart the kippumjo.",
                  "In 2015 Kim Jong Un ordered the party's cadres to restart the kippumjo."):
        verdict, _ = verdict_of(order, "2015", pack)
        assert verdict is Verdict.HEDGE, order
    # ... nor a telling done, with what was told as its object: the date says when the telling happened
    for done in ("Officials reported the restart of the kippumjo to the party in 2015.",
                 "Officials told the party's cadres about the kippumjo restart in 2015."):
        verdict, _ = verdict_of(done, "2015", pack)
        assert verdict is Verdict.HEDGE, done
    for told in ("Defectors reported that Kim Jong Un restarted the kippumjo in 2015.",
                 "The restart of the kippumjo was reported as beginning in 2015.",
                 "A defector told reporters that most of the kippumjo was restarted in 2015."):
        verdict, _ = verdict_of(told, "2015", pack)
        assert verdict is Verdict.SUPPORTED, told


def test_a_value_its_source_also_states_plainly_is_no_dropped_hedge(pack):
    """"We estimate that the 1,437 women in the groups came from 40 towns" hedges the 40 towns; the same
    source gives the 1,437 women plainly on a kindred point, so it does not only allege them."""
    alleged = Topic("kippumjo-size", Kind.FIGURE, "women in the kippumjo groups",
                    (rc("1,437", Figure(1437.0, 1437.0, noun="women"), "wiki", 11, hedged=True),),
                    keywords=("kippumjo", "women", "groups"))
    text = "The kippumjo had 1,437 women and girls."

    def told_plainly_by(source, noun, subject="women recruited into the kippumjo", keywords=("kippumjo", "recruited")):
        return Reference(sources=(WIKI, DNK), topics=(alleged, Topic(
            "recruits", Kind.FIGURE, subject, (rc("1,437", Figure(1437.0, 1437.0, noun=noun), source, 30),),
            keywords=keywords)))

    assert verdict_of_in(text, "1,437", Reference(sources=(WIKI,), topics=(alleged,)), pack)[0] is Verdict.HEDGE
    assert verdict_of_in(text, "1,437", told_plainly_by("wiki", "women"), pack)[0] is Verdict.SUPPORTED
    # another source stating it plainly, in words that fit the draft's nearly as well: the point, told as fact
    # there (the build kept the two tellings apart), is stated, not only alleged
    assert verdict_of_in(text, "1,437", told_plainly_by("dnk", "women"), pack)[0] is Verdict.SUPPORTED
    # not another source's plain telling of a point the draft's words hardly fit, nor the same number of other
    # things, nor an unrelated point
    mill = told_plainly_by("dnk", "women", "women employed at the textile mill", ("textile", "mill", "employed"))
    assert verdict_of_in(text, "1,437", mill, pack)[0] is Verdict.HEDGE
    assert verdict_of_in(text, "1,437", told_plainly_by("wiki", "soldiers"), pack)[0] is Verdict.HEDGE
    unrelated = told_plainly_by("wiki", None, "votes cast for the county council", ("votes", "county", "council"))
    assert verdict_of_in(text, "1,437", unrelated, pack)[0] is Verdict.HEDGE


def test_a_paper_relaying_another_sources_allegation_does_not_state_it(pack):
    """The survivors' network estimates the losses at 7.2 million; a paper writes "the network has said that 7.2
    million never reached the valley". Relayed by name, the allegation stays one: stated as fact, it is a dropped
    hedge. The paper's own 7.2 million, or one it credits to a body that is no source, states it."""
    network = Source("network", "Where the money went", "Orvanne Valley Survivors' Network", date="2024",
                     path="03.md", aliases=("the Network",))
    paper = Source("paper", "The missing millions", "The Halvard Ledger", date="2024", path="05.md")
    amount = Figure(7.2e6, 7.2e6, "currency:MARKS", approx="at-least")

    def reference(credited):
        return Reference(sources=(network, paper), topics=(Topic(
            "never-reached", Kind.FIGURE, "marks that never reached the valley",
            (rc("at least 7.2 million", amount, "network", 19, hedged=True),
             replace(rc("at least 7.2 million", amount, "paper", 51), credited=credited)),
            keywords=("marks", "never", "reached", "valley", "donations")),))

    text = "At least 7.2 million marks in donations never reached the valley."
    relayed = reference("Orvanne Valley Survivors' Network")
    assert verdict_of_in(text, "7.2 million", relayed, pack)[0] is Verdict.HEDGE
    assert verdict_of_in(text, "7.2 million", reference(None), pack)[0] is Verdict.SUPPORTED
    assert verdict_of_in(text, "7.2 million", reference("the regional prosecutor"), pack)[0] is Verdict.SUPPORTED


def test_only_the_very_value_stated_plainly_on_a_near_topic_lifts_a_dropped_hedge(pack):
    """The union estimates the farmers' losses at about 130 million; a paper's plain "130 million" on words the
    build kept apart states the point, but not its "at least 130 million" (a bound) or its "hundreds of millions"."""
    alleged = Topic("losses", Kind.FIGURE, "losses the farmers suffered",
                    (rc("about 130 million sorels", Figure(130e6, 130e6, "currency:SORELS", approx="about"), "dnk", 8,
                        hedged=True),), keywords=("losses", "farmers", "suffered"))
    text = "The farmers suffered losses of about 130 million sorels."

    def paper_gives(norm):
        return Reference(sources=(WIKI, DNK), topics=(alleged, Topic(
            "fund", Kind.FIGURE, "losses the farmers suffered, as the fund counts them",
            (rc("130 million", norm, "wiki", 30),), keywords=("losses", "farmers", "suffered", "fund"))))

    assert verdict_of_in(text, "130 million", Reference(sources=(DNK,), topics=(alleged,)), pack)[0] is Verdict.HEDGE
    plain = Figure(130e6, 130e6, "currency:SORELS")
    assert verdict_of_in(text, "130 million", paper_gives(plain), pack)[0] is Verdict.SUPPORTED
    for other in (replace(plain, approx="at-least"), Figure(1e8, 999e6, "currency:SORELS", approx="about")):
        assert verdict_of_in(text, "130 million", paper_gives(other), pack)[0] is Verdict.HEDGE, other


def test_a_year_or_another_persons_term_stated_elsewhere_does_not_lift_a_dropped_hedge(pack):
    """The union alleges the tannery began dumping in 2019, and the ministry fined it in 2019: another event of the
    year. The union alleges four years for Brack, and the court gave Dresk four years: another person's term."""
    union = Source("union", "Statement", "Rivers Alliance", date="2024", path="03.md")
    court = Source("court", "Judgment", "Vell Regional Court", date="2024", path="04.md")
    began = Topic("dumping-began", Kind.DATE, "year the tannery began dumping chromium waste into the river",
                  (rc("2019", year(2019), "union", 5, hedged=True),),
                  keywords=("tannery", "began", "dumping", "chromium", "waste", "river"))
    fined = Topic("dumping-fined", Kind.DATE, "year the tannery was fined for dumping chromium waste into the river",
                  (rc("2019", year(2019), "court", 9),),
                  keywords=("tannery", "fined", "dumping", "chromium", "waste", "river"))
    reference = Reference(sources=(union, court), topics=(began, fined))
    assert verdict_of_in("The tannery began dumping chromium waste into the river in 2019.", "2019", reference,
                         pack)[0] is Verdict.HEDGE
    four = Penalty("prison", "exact", 48.0, 48.0)
    alleged = Topic("brack-term", Kind.PENALTY, "term Brack was given for the fraud",
                    (replace(rc("four years", four, "union", 7, hedged=True), holder="Brack"),),
                    keywords=("brack", "cashier", "fraud", "sentenced"))
    given = Topic("dresk-term", Kind.PENALTY, "term Dresk was given for the fraud",
                  (replace(rc("four years", four, "court", 12), holder="Dresk"),),
                  keywords=("dresk", "cashier", "fraud", "sentenced"))
    reference = Reference(sources=(union, court), topics=(alleged, given))
    text = "Brack, the bank cashier, was sentenced to four years in prison for fraud. Dresk was acquitted."
    assert verdict_of_in(text, "four years", reference, pack)[0] is Verdict.HEDGE


def test_a_day_another_source_states_plainly_on_a_kindred_point_is_no_dropped_hedge(pack):
    """The union alleges its warnings before "the collapse of 14 October 2022"; the court states the day the school
    collapsed plainly: the day is stated, not only alleged. Another source's plain count on a kindred point does not
    lift an alleged count (the union's 17 complaints about the roof, the 17 complaints the trial examined)."""
    union = Source("union", "Statement", "Teachers Union", date="2024", path="03.md")
    court = Source("court", "Judgment", "Pell Regional Court", date="2024", path="04.md")
    day = DateValue("2022-10-14", "2022-10-14", "day")

    def verdict(text, found, *topics):
        return verdict_of_in(text, found, Reference(sources=(union, court), topics=topics), pack)[0]

    alleged = Topic("warnings", Kind.DATE, "warnings the union sent before the school collapsed",
                    (rc("14 October 2022", day, "union", 5, hedged=True),),
                    keywords=("union", "warnings", "school", "collapsed", "children"))
    stated = Topic("collapse-day", Kind.DATE, "day the Pellan school collapsed, as the trial examined it",
                   (rc("14 October 2022", day, "court", 9),), keywords=("pellan", "school", "collapsed", "trial", "examined"))
    # (the union alleges its warnings before another day, the court states the day a contract was signed: one word
    # in common, "school", says nothing of one point)
    signed = Topic("contract-day", Kind.DATE, "day the Pellan school building contract was signed",
                   (rc("14 October 2022", day, "court", 9),), keywords=("pellan", "school", "contract", "signed", "building"))
    text = "The union's warnings went unheard until the school collapsed on 14 October 2022, killing the children."
    assert verdict(text, "14 October 2022", alleged) is Verdict.HEDGE
    assert verdict(text, "14 October 2022", alleged, stated) is Verdict.SUPPORTED
    assert verdict(text, "14 October 2022", alleged, signed) is Verdict.HEDGE
    complaints = Topic("complaints", Kind.FIGURE, "complaints teachers made about the cracked school roof",
                       (rc("17", Figure(17.0, 17.0, noun="complaints"), "union", 6, hedged=True),),
                       keywords=("teachers", "complaints", "cracked", "school", "roof"))
    examined = Topic("examined", Kind.FIGURE, "complaints the Pellan school disaster trial examined",
                     (rc("17", Figure(17.0, 17.0, noun="complaints"), "court", 11),),
                     keywords=("pellan", "school", "disaster", "trial", "examined"))
    assert verdict("Teachers made 17 complaints about the cracked school roof.", "17", complaints, examined) \
        is Verdict.HEDGE


def test_an_alleged_bound_is_a_dropped_hedge_though_a_plain_value_under_it_sits_on_its_point(pack):
    """The union alleges "shifts of up to 16 hours" and, plainly, asks to cap shifts at 12 hours: the 12 hours
    lie under the bound without stating it, so the draft's plain "up to 16 hours" is only alleged."""
    union = Topic("shift-length", Kind.FIGURE, "length of the shifts customs officers worked",
                  (rc("up to 16 hours", Figure(16.0, 16.0, "hours", approx="up-to"), "dnk", 33, hedged=True),
                   rc("12 hours", Figure(12.0, 12.0, "hours"), "dnk", 43)),
                  keywords=("shifts", "officers", "worked", "length"))
    reference = Reference(sources=(DNK,), topics=(union,))
    text = "Officers routinely worked shifts of up to 16 hours."
    assert verdict_of_in(text, "up to 16 hours", reference, pack)[0] is Verdict.HEDGE
    # a plain figure inside the draft's own approximation states it: "More than 600" against the court's 612
    court = Topic("falsified", Kind.FIGURE, "temperature readings falsified at the plant",
                  (rc("more than 600", Figure(600.0, 600.0, approx="more-than"), "dnk", 4, hedged=True),
                   rc("612", Figure(612.0, 612.0), "wiki", 5)),
                  keywords=("temperature", "readings", "falsified"))
    assert verdict_of_in("More than 600 temperature readings had been falsified.", "More than 600",
                         Reference(sources=(WIKI, DNK), topics=(court,)), pack)[0] is Verdict.SUPPORTED
    # where the plain telling is the bound itself, it is stated as fact
    plain = replace(union, claims=(*union.claims, rc("16 hours", Figure(16.0, 16.0, "hours", approx="up-to"),
                                                       "dnk", 50)))
    assert verdict_of_in(text, "up to 16 hours", replace(reference, topics=(plain,)), pack)[0] is Verdict.SUPPORTED


def test_credit_to_a_body_that_is_not_the_source_is_an_attribution_finding(pack):
    text = "Human Rights Watch estimates that 150,000 to 200,000 people are held in political prison camps."
    verdict, finding = verdict_of(text, "150,000 to 200,000", pack)
    assert verdict is Verdict.ATTRIBUTION
    assert finding.code == "FL704" and "Human Rights Watch" in finding.message
    text = "The State Department estimates that 150,000 to 200,000 people are held in political prison camps."
    verdict, _ = verdict_of(text, "150,000 to 200,000", pack)
    assert verdict is Verdict.SUPPORTED


def _paid_by(source: str) -> Reference:
    """A motorists' group and a court; the money recruits were paid per staged crash, given by `source` alone."""
    group = Source("group", "Statement", "Motorists' Policy Watch", date="2025", path="03.md")
    court = Source("court", "Judgment summary", "Tessmar Regional Court", date="2025", path="04.md")
    return Reference(sources=(group, court), topics=(Topic(
        "paid-per-crash", Kind.FIGURE, "money recruits were paid for each staged crash",
        (rc("about 1,500 stavels", Figure(1500.0, 1500.0, "currency:STAVELS", approx="about"), source, 9),),
        keywords=("recruits", "paid", "staged", "crash", "stavels")),))


def test_a_courts_judgment_credited_stands_for_the_court(pack):
    """"According to the judgment, recruits were paid about 1,500 stavels": the court's, where only a motorists'
    group gives the 1,500; where the court gives it, credited rightly."""
    text = "According to the judgment, recruits were paid about 1,500 stavels for each staged crash."
    assert verdict_of_in(text, "1,500", _paid_by("group"), pack)[0] is Verdict.ATTRIBUTION
    assert verdict_of_in(text, "1,500", _paid_by("court"), pack)[0] is Verdict.SUPPORTED


def test_a_judge_credited_by_name_stands_for_the_court(pack):
    """"Judge Marrow noted that recruits were paid about 1,500 stavels": the court's, by its judge, whatever name the
    court's papers give; not "the Judge Business School", a body of its own."""
    for judge in ("Judge Marrow", "Presiding Judge Ilvana Brescu"):
        text = f"{judge} noted that recruits were paid about 1,500 stavels for each staged crash."
        assert verdict_of_in(text, "1,500", _paid_by("group"), pack)[0] is Verdict.ATTRIBUTION
        assert verdict_of_in(text, "1,500", _paid_by("court"), pack)[0] is Verdict.SUPPORTED
    # a body named for a judge is no judge: "the Judge Business School" stands for no court
    from lint.judge import attribution_matches

    court = Source("court", "Judgment summary", "Tessmar Regional Court", date="2025", path="04.md")
    assert not attribution_matches("Judge Business School", [court])
    assert attribution_matches("Judge Marrow", [court])


def test_a_credit_to_a_source_that_gives_the_value_on_a_kindred_point_is_no_misattribution(pack):
    """The build may keep apart two tellings of one point: the wire's "ordered the 340,000 ruds confiscated"
    and the court's "payments totalling 340,000 ruds". A draft whose words find the wire's, crediting the court,
    credits it rightly; crediting a union, which gives it nowhere, it does not."""
    wire = Source("wire", "Inspector jailed", "Rudanian Press Agency", date="2025", path="wire.txt")
    court = Source("court", "Judgment summary", "Brannov Regional Court", date="2025", path="court.md")
    union = Source("union", "Statement", "Rudanian Nurses' Union", date="2025", path="union.md")
    ruds = Figure(340000.0, 340000.0, unit="currency:RUDS")
    reference = Reference(sources=(wire, court, union), topics=(
        Topic("bribes-confiscated", Kind.FIGURE, "bribes pocketed by the inspector hrebec confiscated",
              (rc("340,000 ruds", ruds, "wire", 14),), keywords=("pocketed", "bribes", "hrebec", "confiscated")),
        Topic("cash-payments", Kind.FIGURE, "cash bribes received by hrebec from the owners",
              (rc("340,000 ruds", ruds, "court", 20),), keywords=("cash", "bribes", "received", "hrebec")),
        Topic("union-members", Kind.FIGURE, "nurses who joined the union",
              (rc("340", Figure(340.0, 340.0), "union", 3),), keywords=("nurses", "joined")),
    ))
    sentence = "{} that Hrebec pocketed 340,000 ruds in bribes, which will be confiscated."
    for credit, expected in [("The court found", Verdict.SUPPORTED), ("The union found", Verdict.ATTRIBUTION)]:
        result = lint_text(sentence.format(credit), "d.md", reference, pack)
        assert [(c.claim.attributed_to, c.verdict) for c in result.claims] == [(credit.split()[1], expected)]
    # a kindred point is one that shares words with the claim's, two at least: not any topic the court gave it on
    apart = replace(reference, topics=(reference.topics[0], replace(
        reference.topics[1], subject="the owners' cash at hrebec's", keywords=("cash", "owners", "hrebec")),
        reference.topics[2]))
    result = lint_text(sentence.format("The court found"), "d.md", apart, pack)
    assert [c.verdict for c in result.claims] == [Verdict.ATTRIBUTION]


def test_a_credit_by_acronym_matches_the_body_the_source_credits(pack):
    """Wikipedia gives the camps' population "according to the UN Commission of Inquiry (COI)": a
    draft that credits the COI or the UNCOI credits the body the source credits; the WHO it does not."""
    topic = REFERENCE.topics[5]
    credited = replace(topic, claims=tuple(replace(c, credited="UN Commission of Inquiry") for c in topic.claims))
    reference = replace(REFERENCE, topics=(*REFERENCE.topics[:5], credited, *REFERENCE.topics[6:]))
    sentence = "The {} estimates that 150,000 to 200,000 people are held in political prison camps."
    for body, expected in [("COI", Verdict.SUPPORTED), ("UNCOI", Verdict.SUPPORTED), ("WHO", Verdict.ATTRIBUTION)]:
        result = lint_text(sentence.format(body), "d.md", reference, pack)
        assert [c.verdict for c in result.claims] == [expected], body


def test_a_body_a_source_credits_by_acronym_goes_by_its_own_sources_names(pack):
    """The State report gives the camps' population "the USDS estimates": a draft crediting "the
    Department" credits the body the source credits, known by its source's names."""
    topic = REFERENCE.topics[5]
    wiki_only = replace(topic, claims=tuple(replace(c, source="wiki", credited="USDS") for c in topic.claims))
    state = replace(STATE, aliases=("United States Department of State",))
    reference = replace(REFERENCE, sources=(WIKI, DNK, state),
                        topics=(*REFERENCE.topics[:5], wiki_only, *REFERENCE.topics[6:]))
    sentence = "The {} estimates that 150,000 to 200,000 people are held in political prison camps."
    for body, expected in [("Department", Verdict.SUPPORTED), ("Daily NK", Verdict.ATTRIBUTION)]:
        result = lint_text(sentence.format(body), "d.md", reference, pack)
        assert [c.verdict for c in result.claims] == [expected], body


def test_a_body_a_source_credits_is_that_source_by_its_names_not_by_anothers_title(pack):
    """The paper credits the camps' population to "the court"; the nurses' union's statement is titled
    after what the court said, which does not make the union the court: a draft crediting the union
    credits a body that does not give the figure."""
    topic = REFERENCE.topics[5]
    wiki_only = replace(topic, claims=tuple(replace(c, source="wiki", credited="court") for c in topic.claims))
    union = Source("union", 'Statement on the verdict: "The court has spoken"', "Rudanian Nurses' Union",
                   aliases=("Rudanian Nurses' Union", 'Statement on the verdict: "The court has spoken"'))
    reference = replace(REFERENCE, sources=(WIKI, DNK, union),
                        topics=(*REFERENCE.topics[:5], wiki_only, *REFERENCE.topics[6:]))
    text = "According to the nurses' union, 150,000 to 200,000 people are held in political prison camps."
    assert [c.verdict for c in lint_text(text, "d.md", reference, pack).claims] == [Verdict.ATTRIBUTION]


@pytest.mark.parametrize(("body", "name", "same"), [
    # a body named by its kind: "the regulator" is an authority, an inspectorate or a commission
    ("regulator", "National Medicines Authority (NMA)", True), ("regulator", "State Inspectorate of Mines", True),
    ("regulator", "Ostravan Press Agency (OPA)", False), ("court", "Droven Regional Court, Press Office", True),
    ("ministry", "Office of the Minister of Health", True), ("ministry", "National Audit Chamber", False),
    ("auditors", "Supreme Audit Chamber", True), ("inspectors", "State Inspectorate of Mines", True),
    # "the agency" is a government agency, not the news agency on the wire
    ("agency", "Kestovan Forestry Authority (KFA), government agency", True),
    ("agency", "Kestova Press Agency (KPA), news agency wire", False),
    ("agency", "Kestovan Forestry Agency", True),
    ("FAO", "UN Food and Agriculture Organization", True), ("UNCOI", "UN Commission of Inquiry", True),
    ("USDA", "U.S. Department of Agriculture", True), ("AFP", "Agence France-Presse", True),
    ("HRC", "National Human Rights Commission", False), ("IOF", "International Organization for Migration", False),
    ("UNC", "UN Commission of Inquiry", False),
])
def test_a_body_named_by_acronym_or_by_kind_stands_for_its_source(body, name, same):
    from lint.judge import attribution_matches

    assert attribution_matches(body, [Source("s", "", name)]) is same


def test_a_body_of_a_kind_is_known_by_its_names_not_by_what_its_document_is_about():
    from lint.judge import attribution_matches

    reply = Source("s", "Reply to a news agency report on illegal felling", "Kestovan Forestry Agency",
                   aliases=("Kestovan Forestry Agency", "Reply to a news agency report on illegal felling"))
    assert attribution_matches("agency", [reply])


@pytest.mark.parametrize(("publisher", "campaigning"), [
    ("Canopy Watch Kestova, NGO", True), ("Union of Brodnian Pensioners (UBP), pensioners' association", True),
    ("Riverlands Relief Alliance", True), ("Federation of Quarry and Sand Workers", True),
    ("Statistics Office of the Kestovan Federation", False), ("Ministry of Finance of the Russian Federation", False),
    ("National Human Rights Commission", False), ("Press Association", False), ("The San Diego Union-Tribune", False),
    ("European  Union", False), ("Soviet Union", False), ("Kestova Press Agency (KPA), news agency wire", False),
    ("Transparency International", True), ("Union of Post Workers", True),
    ("Teskarian Patients' League", True), ("Parents for Safe Vaccines (PSV)", True),
    ("Ministry for Women and Families", False), ("Parents and pupils for years", False),
    ("Premier League", False), ("National Football League", False), ("League of Women Voters", True),
])
def test_a_campaigning_body_is_known_by_its_publishers_name(publisher, campaigning, pack):
    from lint.cues import is_advocacy

    assert is_advocacy(publisher, pack) is campaigning


def test_one_wrong_credit_is_one_finding_on_the_value_nearest_it(pack):
    text = ("Political prison camps hold 150,000 to 200,000 people, up from 120,000 a decade ago, "
            "Human Rights Watch estimates.")
    result = lint_text(text, "d.md", REFERENCE, pack)
    assert [c.verdict for c in result.claims if c.claim.text.startswith("150")] == [Verdict.ATTRIBUTION]
    assert [f.found for f in result.findings if f.category is Verdict.ATTRIBUTION] == ["150,000 to 200,000"]


def test_a_date_opening_a_telling_dates_the_telling_and_is_stated_as_fact(pack):
    """"In October 2022 plant operators reported in writing that ...": the date places the telling, which the draft
    states as fact; where only a union alleges the telling, that is a hedge finding. "reported" hedges what it
    tells, not when it was told; a credit of the draft's own still hedges the date."""
    union = Source("union", "Statement", "Union of Leisure and Sport Workers", date="2024", path="03.md")
    reference = Reference(sources=(union,), topics=(
        Topic("operators-warning", Kind.DATE, "month plant operators reported in writing the filling points",
              (rc("October 2022", DateValue("2022-10-01", "2022-10-31", "month"), "union", 14, hedged=True),),
              keywords=("plant", "operators", "writing", "filling", "points", "confused")),))
    plain = "In October 2022 plant operators reported in writing that the filling points could be confused."
    assert verdict_of_in(plain, "October 2022", reference, pack)[0] is Verdict.HEDGE
    credited = ("According to the union, in October 2022 plant operators reported in writing that the filling points "
                "could be confused.")
    assert verdict_of_in(credited, "October 2022", reference, pack)[0] is Verdict.SUPPORTED
    # a date of what a telling tells is hedged by it
    told = "Plant operators reported in writing that in October 2022 the filling points were confused."
    assert verdict_of_in(told, "October 2022", reference, pack)[0] is Verdict.SUPPORTED


def test_a_timeline_entry_hedged_anywhere_hedges_its_date_label(pack):
    """"- **2011** – Barvik opens his first depot, according to his sister.": the label's year is what the entry tells,
    as hedged as the entry; stated plainly, the year only a paper reports is a hedge finding."""
    paper = Source("paper", "Profile", "The Kessary Ledger", date="2024", path="05.md")
    reference = Reference(sources=(paper,), topics=(
        Topic("first-depot", Kind.DATE, "year Barvik opened his first fuel depot",
              (rc("2011", year(2011), "paper", 12, hedged=True),),
              keywords=("barvik", "opened", "first", "depot", "fuel")),))
    hedged = "- **2011** – Barvik opens his first fuel depot, with a single pump, according to his sister.\n"
    assert verdict_of_in(hedged, "2011", reference, pack)[0] is Verdict.SUPPORTED
    plain = "- **2011** – Barvik opens his first fuel depot, with a single pump.\n"
    assert verdict_of_in(plain, "2011", reference, pack)[0] is Verdict.HEDGE


def test_a_timeline_entry_credited_to_a_body_credits_its_date_label_too(pack):
    """"**April 2022.** According to the inspectorate, managers order 9,000 toys re-stickered", where only a campaign
    group dates it: the label's date is the entry's, and credited to the inspectorate as the 9,000 are (a finding of
    its own, not one on the value nearest the credit); a label the entry does not credit is not."""
    group = Source("group", "Painted over", "Safe Play Coalition", date="2024", path="03.md")
    inspectorate = Source("insp", "Report", "National Product Safety Inspectorate", date="2024", path="01.md")
    reference = Reference(sources=(group, inspectorate), topics=(
        Topic("stickers-ordered", Kind.DATE, "month managers ordered staff to put safety tested stickers on toys",
              (rc("April 2022", DateValue("2022-04-01", "2022-04-30", "month"), "group", 12),),
              keywords=("managers", "ordered", "staff", "stickers", "safety", "tested", "toys")),
        Topic("toys-restickered", Kind.FIGURE, "toys in stock given new safety tested stickers",
              (rc("about 9,000", Figure(9000.0, 9000.0, approx="about", noun="toys"), "group", 12),),
              keywords=("stickers", "safety", "tested", "toys", "stock")),
    ))
    text = ("**April 2022.** According to the inspectorate, warehouse managers order staff to put new safety tested "
            "stickers on about 9,000 toys already in stock.")
    result = lint_text(text, "d.md", reference, pack)
    assert [(f.found, f.category) for f in result.findings] == [
        ("April 2022", Verdict.ATTRIBUTION), ("about 9,000", Verdict.ATTRIBUTION)]
    later = ("**April 2022.** Warehouse managers order staff to put new safety tested stickers on about 9,000 toys "
             "already in stock, according to the inspectorate.")
    assert [(f.found, f.category) for f in lint_text(later, "d.md", reference, pack).findings] == [
        ("about 9,000", Verdict.ATTRIBUTION)]


def test_penalty_of_another_case_is_a_mismatch(pack):
    text = "The mothers arrested near Hamhung Station were sentenced to six months at a forced labor camp."
    verdict, finding = verdict_of(text, "six months", pack)
    assert verdict is Verdict.MISMATCH
    assert finding.suggestion == "three months at a forced labor camp"


def test_numbers_the_sources_never_speak_about_stay_quiet(pack):
    for text, found in [("A reporter visited Pyongyang in 2024.", "2024"),
                        ("The country has a population of about 26 million.", "26 million")]:
        verdict, finding = verdict_of(text, found, pack)
        assert verdict is Verdict.UNSUPPORTED
        assert finding is None or finding.severity == "info"


def test_the_writers_own_account_stays_quiet_but_a_quoted_one_is_checked(pack):
    mine = "On my last trip I met 20,000 women and girls of the kippumjo pleasure groups."
    assert [c.verdict for c in lint_text(mine, "d.md", REFERENCE, pack).claims] == [Verdict.UNSUPPORTED]
    for quoted in ('"I saw 20,000 women and girls in the kippumjo pleasure groups," she said.',
                   "'I saw 20,000 women and girls in the kippumjo pleasure groups,' she said.",
                   '"We were many. I think the kippumjo pleasure groups numbered 20,000 women and girls," she said.'):
        assert [c.verdict for c in lint_text(quoted, "d.md", REFERENCE, pack).claims] == [Verdict.MISMATCH], quoted
    royal = "Queen Elizabeth I counted 20,000 women and girls in the kippumjo pleasure groups."
    assert [c.verdict for c in lint_text(royal, "d.md", REFERENCE, pack).claims] == [Verdict.MISMATCH]
    numbered = "Tier I of the kippumjo pleasure groups numbered 20,000 women and girls."
    assert Verdict.MISMATCH in [c.verdict for c in lint_text(numbered, "d.md", REFERENCE, pack).claims]
    # the reporter's "we", after a quotation that has closed
    ours = '"We were many," she said when we met 20,000 women and girls of the kippumjo pleasure groups.'
    assert [c.verdict for c in lint_text(ours, "d.md", REFERENCE, pack).claims] == [Verdict.UNSUPPORTED]
    reporter = "This reporter visited the kippumjo pleasure groups and met 20,000 women and girls there."
    assert [c.verdict for c in lint_text(reporter, "d.md", REFERENCE, pack).claims] == [Verdict.UNSUPPORTED]
    reporter = "When I visited the kippumjo pleasure groups, 20,000 women and girls were there."
    assert [c.verdict for c in lint_text(reporter, "d.md", REFERENCE, pack).claims] == [Verdict.UNSUPPORTED]
    # ... but not what someone else says after it, nor what follows another opening
    for theirs_after in ("When I visited the kippumjo pleasure groups, a guide said 20,000 women and girls were there.",
                         "When I visited, officials put the kippumjo pleasure groups at 20,000 women and girls.",
                         "As my colleagues reported, the kippumjo pleasure groups had 20,000 women and girls."):
        assert [c.verdict for c in lint_text(theirs_after, "d.md", REFERENCE, pack).claims] == [Verdict.MISMATCH], \
            theirs_after
    assert [c.verdict for c in lint_text(reporter, "d.md", REFERENCE, pack).claims] == [Verdict.UNSUPPORTED]
    theirs = '"We met 20,000 women and girls of the kippumjo pleasure groups," she said.'
    assert [c.verdict for c in lint_text(theirs, "d.md", REFERENCE, pack).claims] == [Verdict.MISMATCH]
    # a plural's apostrophe inside the quotation does not close it
    guards = "‘In the guards’ quarters I met 20,000 women and girls of the kippumjo pleasure groups,’ she said."
    assert [c.verdict for c in lint_text(guards, "d.md", REFERENCE, pack).claims] == [Verdict.MISMATCH]
    # ... but the last mark that could close an open quotation closes it
    mine = "Guides call them ‘the pleasure groups’ and on my last trip I met 20,000 women and girls of the kippumjo."
    assert [c.verdict for c in lint_text(mine, "d.md", REFERENCE, pack).claims] == [Verdict.UNSUPPORTED]


def test_a_clause_that_says_what_a_topic_says_finds_it_without_its_rare_words(pack):
    """Every topic of this reference is about debt bondage under the penal code: those words are no
    topic's own. "Debt bondage carries up to ten years under the penal code" still says all that the
    topic of debt bondage's penalty says, and gives its value; another value, with no rare word of
    the topic's, is no evidence enough to call it wrong."""
    def penalty_topic(tid, value, norm, rare):
        return Topic(tid, Kind.PENALTY, "penalty for debt bondage under the penal code",
                     (rc(value, norm, "wiki", 22),), keywords=("debt", "bondage", "carries", "penal", "code", rare))

    topics = (
        penalty_topic("debt-bondage-penalty", "up to ten years", Penalty("prison", "up-to", None, 120.0), "pledged"),
        penalty_topic("forced-labour-penalty", "three to 12 years", Penalty("prison", "range", 36.0, 144.0), "kilns"),
        Topic("debt-bondage-workers", Kind.FIGURE, "workers in debt bondage under the penal code",
              (rc("118,000", Figure(118000.0, 118000.0), "wiki", 17),),
              keywords=("debt", "bondage", "carries", "penal", "code", "survey")),
    )
    reference = Reference(sources=(WIKI,), topics=topics)
    result = lint_text("Debt bondage carries up to ten years under the penal code.", "d.md", reference, pack)
    assert [(c.verdict, c.topics) for c in result.claims] == [(Verdict.SUPPORTED, ("debt-bondage-penalty",))]
    result = lint_text("Debt bondage carries up to 15 years under the penal code.", "d.md", reference, pack)
    assert [c.verdict for c in result.claims] == [Verdict.UNSUPPORTED]


def test_a_year_inside_the_period_a_source_gives_is_supported_not_contested(pack):
    """Daily NK's "cases in 2023" and the State Department's "between 2020 and 2023" agree; a draft's
    2020 lies inside the period, and the point inside it is no other side."""
    period = DateValue("2020-01-01", "2023-12-31", "year")
    cases = Topic("border-cases-years", Kind.DATE, "years of the border crossing cases",
                  (rc("2023", year(2023), "dnk", 30), rc("between 2020 and 2023", period, "state", 31)),
                  keywords=("border", "crossing", "cases", "registered"))
    reference = replace(REFERENCE, topics=(*REFERENCE.topics, cases))
    result = lint_text("Border crossing cases were first registered in 2020.", "d.md", reference, pack)
    assert [c.verdict for c in result.claims] == [Verdict.SUPPORTED]
    result = lint_text("Border crossing cases were first registered in 2017.", "d.md", reference, pack)
    assert [c.verdict for c in result.claims] == [Verdict.MISMATCH]
    # a year inside the period, not at its ends, does not settle the other source's point
    result = lint_text("Border crossing cases were first registered in 2021.", "d.md", reference, pack)
    assert [c.verdict for c in result.claims] == [Verdict.CONTESTED]


def test_a_time_between_two_events_is_checked_only_against_such_a_time(pack):
    """Daily NK: "the crackdown led to 310 arrests in four months". "Two months later" says when
    one event followed another, which that length does not speak to; "in two months" contradicts it."""
    length = RefClaim("four months", Figure(4.0, 4.0, "months"), "dnk", 29, evidence="led to 310 arrests in four months.")
    crackdown = Topic("crackdown-length", Kind.FIGURE, "arrests in the first months of the border crackdown",
                      (length,), keywords=("crackdown", "border", "arrests", "led"))
    reference = replace(REFERENCE, topics=(*REFERENCE.topics, crackdown))
    verdicts = {}
    for text in ("The border crackdown led to 310 arrests in two months.",
                 "Two months later the border crackdown led to arrests.",
                 "Border crackdown: 310 arrests in two months on the Chinese border."):
        result = lint_text(text, "d.md", reference, pack)
        verdicts[text[:3]] = [c.verdict for c in result.claims if c.claim.text.lower().startswith("two")]
    assert verdicts == {"The": [Verdict.MISMATCH], "Two": [Verdict.UNSUPPORTED], "Bor": [Verdict.MISMATCH]}


def test_matching_cutoff_and_weights_are_settings(pack):
    from lint.settings import MatchSettings, Settings

    text = "The kippumjo pleasure groups numbered 20,000 women and girls."
    strict = Settings(match=MatchSettings(cutoff=101.0))  # no topic can score this high
    result = lint_text(text, "draft.md", REFERENCE, pack, strict)
    assert [c.verdict for c in result.claims] == [Verdict.UNSUPPORTED]
    default = lint_text(text, "draft.md", REFERENCE, pack)
    assert [c.verdict for c in default.claims] == [Verdict.MISMATCH]
    no_local = Settings(match=MatchSettings(local_weight=0.0, sentence_weight=0.0, paragraph_weight=0.0))
    assert [c.verdict for c in lint_text(text, "draft.md", REFERENCE, pack, no_local).claims] == [Verdict.UNSUPPORTED]


def test_an_amount_in_a_currency_the_sources_name_is_money(pack):
    """The reference knows kora from "4,200,000 kora ($180)"; a draft's "4.5 million kora" is compared as kora."""
    post = Source("post", "Wage report", "The Meridian Post", date="2023", path="001.txt")
    wage = Topic("minimum-wage", Kind.FIGURE, "national minimum wage per month",
                 (rc("4,200,000 kora ($180) a month",
                     Figure(4200000.0, 4200000.0, "currency:KORA", per="month",
                            conversion=Figure(180.0, 180.0, "currency:USD")), "post", 18),),
                 keywords=("national", "minimum", "wage"))
    reference = Reference(sources=(post,), topics=(wage,))
    result = lint_text("The national minimum wage is 4.5 million kora a month.", "d.md", reference, pack)
    assert [(c.claim.value.unit, c.verdict) for c in result.claims] == [("currency:KORA", Verdict.MISMATCH)]
    result = lint_text("The national minimum wage is 4.2 million kora a month.", "d.md", reference, pack)
    assert [c.verdict for c in result.claims] == [Verdict.SUPPORTED]


def test_the_converted_half_another_source_gives_alone_is_not_another_side(pack):
    # one source: "80 million corins ($2 million)"; another: "$2 million" alone. A draft's 80 million
    # corins agrees with the first and is not disputed by the second: it is the same amount in dollars
    post = Source("post", "Fines report", "The Meridian Post", date="2023", path="001.txt")
    usd = Figure(2000000.0, 2000000.0, "currency:USD")
    fine = Topic("maximum-fine", Kind.FIGURE, "maximum fine for selling falsified medicines",
                 (rc("80 million corins ($2 million)", Figure(80e6, 80e6, "currency:CORINS", conversion=usd), "post", 4),
                  rc("$2 million", usd, "wiki", 9)),
                 keywords=("maximum", "fine", "selling", "falsified", "medicines"))
    reference = Reference(sources=(post, WIKI), topics=(fine,))
    # (told as a figure, as the topic is: "the maximum fine ... is 80 million corins" would be a fine, a penalty)
    text = "The maximum for selling falsified medicines is 80 million corins, the fines report says."
    assert verdict_of_in(text, "80 million", reference, pack)[0] is Verdict.SUPPORTED
    # a dollar figure that is not the agreeing source's conversion is another side, a bound too
    for value, norm in [("$3 million", Figure(3e6, 3e6, "currency:USD")),
                        ("up to $5 million", Figure(5e6, 5e6, "currency:USD", approx="up-to"))]:
        other = replace(fine, claims=(fine.claims[0], rc(value, norm, "wiki", 9)))
        reference = Reference(sources=(post, WIKI), topics=(other,))
        assert verdict_of_in(text, "80 million", reference, pack)[0] is Verdict.CONTESTED, value


def test_a_period_of_years_beside_its_figures_is_not_an_events_date(pack):
    # the topic is a year the groups restarted; the period is the span the count covers
    text = "From 2012 to 2014, 2,000 women were in the kippumjo groups Kim Jong Un restarted."
    assert verdict_of(text, "From 2012 to 2014", pack)[0] is Verdict.UNSUPPORTED
    # a period for the event itself is still judged, whatever figures follow it
    for text in ["Kim Jong Un restarted the kippumjo pleasure groups between 2012 and 2014.",
                 "Kim Jong Un restarted the kippumjo pleasure groups between 2012 and 2014, recruiting 2,000 women."]:
        assert verdict_of(text, "between 2012 and 2014", pack)[0] is Verdict.MISMATCH, text


def test_another_sources_count_of_the_same_thing_on_a_topic_as_close_contests_it(pack):
    # the sources' words kept the two seizure counts apart; the draft's words fit the other one better
    herald = Source("herald", "Raid report", "The Casset Herald", date="2023", path="001.txt")
    seized = Topic("seized", Kind.FIGURE, "falsified tablets seized at the warehouse",
                   (rc("3.6 million", Figure(3.6e6, 3.6e6, noun="tablets"), "wiki", 34),),
                   keywords=("warehouse", "falsified", "tablets", "seized"))
    found = Topic("found", Kind.FIGURE, "falsified tablets found in the warehouse raid",
                  (rc("about 4.2 million", Figure(4.2e6, 4.2e6, approx="about", noun="tablets"), "herald", 19),),
                  keywords=("warehouse", "falsified", "tablets", "raid"))
    reference = Reference(sources=(WIKI, herald), topics=(seized, found))
    text = "In the raid on the warehouse, 3.6 million tablets turned up, all of them falsified."
    assert verdict_of_in(text, "3.6 million", reference, pack)[0] is Verdict.CONTESTED
    # words that fit both as well do not say which count the draft means, 40 workers arrested at a mine
    # or 60 dismissed there: both are shown (engine.RIVAL_LEAD), and the editor tells; words that say
    # which ("arrested") fit the other too little
    arrested = Topic("arrested", Kind.FIGURE, "workers arrested at the Lenar mine",
                     (rc("43", Figure(43, 43, noun="workers"), "wiki", 3),), keywords=("police", "lenar", "mine"))
    dismissed = Topic("dismissed", Kind.FIGURE, "workers dismissed at the Lenar mine",
                      (rc("61", Figure(61, 61, noun="workers"), "herald", 8),), keywords=("company", "lenar", "mine"))
    mine = Reference(sources=(WIKI, herald), topics=(arrested, dismissed))
    assert verdict_of_in("The Lenar mine strike involved 43 workers.", "43", mine, pack)[0] is Verdict.CONTESTED
    assert verdict_of_in("Police arrested 43 workers at the Lenar mine.", "43", mine, pack)[0] is Verdict.SUPPORTED
    # a count of other things on the close topic is no other side
    other = replace(found, claims=(rc("4.2 million", Figure(4.2e6, 4.2e6, noun="capsules"), "herald", 19),))
    reference = Reference(sources=(WIKI, herald), topics=(seized, other))
    assert verdict_of_in(text, "3.6 million", reference, pack)[0] is Verdict.SUPPORTED


def test_another_sources_count_of_the_thing_the_draft_names_contests_it_on_words_of_its_own(pack):
    # a paper counts the households moved in words of its own (hotels, flats): they fit the draft's less than the
    # inspectorate's do, but both count households, and no source gives both
    nosi = Source("nosi", "Inquiry report", "National Safety Inspectorate", date="2022", path="1.md")
    courier = Source("courier", "Feature", "The Kessmar Courier", date="2024", path="5.md")
    moved = Topic("moved", Kind.FIGURE, "households moved into temporary accommodation during decontamination",
                  (rc("211", Figure(211, 211, noun="households"), "nosi", 74),),
                  keywords=("decontaminated", "blocks", "households", "moved", "temporary", "accommodation", "period"))
    hotels = Topic("hotels", Kind.FIGURE, "households moved into hotels at the end of the cleanup",
                   (rc("186", Figure(186, 186, noun="households"), "courier", 32),),
                   keywords=("blocks", "decontaminated", "households", "moved", "hotels", "flats", "city"))
    reference = Reference(sources=(nosi, courier), topics=(moved, hotels))
    text = "When the blocks were finally decontaminated, 211 households had to move into temporary homes."
    verdict, finding = verdict_of_in(text, "211", reference, pack)
    assert verdict is Verdict.CONTESTED and "186" in finding.message
    # persons are counted in many ways: another count of people on words that fit so little is another point
    people = Reference(sources=(nosi, courier), topics=(
        replace(moved, claims=(rc("211", Figure(211, 211, noun="people"), "nosi", 74),)),
        replace(hotels, claims=(rc("186", Figure(186, 186, noun="people"), "courier", 32),))))
    assert verdict_of_in(text.replace("households", "people"), "211", people, pack)[0] is Verdict.SUPPORTED
    # nor is a count of other things
    rooms = Reference(sources=(nosi, courier), topics=(
        moved, replace(hotels, claims=(rc("186", Figure(186, 186, noun="rooms"), "courier", 32),))))
    assert verdict_of_in(text, "211", rooms, pack)[0] is Verdict.SUPPORTED


def test_a_sources_exact_count_that_another_rounds_to_the_drafts_number_is_no_other_side(pack):
    # the wire's "roughly 11,400" is the inspectorate's 11,420 rounded: the draft's 11,400 is theirs
    wire = Source("wire", "Wire", "Dravpress", date="2025", path="2.txt")
    inspectorate = Source("insp", "Audit", "State Inspectorate", date="2024", path="1.md")
    flats = Topic("flats", Kind.FIGURE, "flats in the subsidised housing scheme",
                  (rc("roughly 11,400", Figure(11400, 11400, approx="about", noun="flats"), "wire", 9),
                   rc("11,420", Figure(11420, 11420, noun="flats"), "insp", 30)),
                  keywords=("flats", "subsidised", "housing", "scheme"))
    reference = Reference(sources=(wire, inspectorate), topics=(flats,))
    text = "The subsidised housing scheme covered 11,400 flats."
    assert verdict_of_in(text, "11,400", reference, pack)[0] is Verdict.SUPPORTED
    # a figure the approximation would reach but that it does not round is another side ("around 36,000" for 38,400)
    far = Reference(sources=(wire, inspectorate), topics=(replace(flats, claims=(
        rc("around 36,000", Figure(36000, 36000, approx="about", noun="flats"), "wire", 9),
        rc("38,400", Figure(38400, 38400, noun="flats"), "insp", 30))),))
    assert verdict_of_in(text.replace("11,400", "36,000"), "36,000", far, pack)[0] is Verdict.CONTESTED


def test_another_sources_day_or_term_on_a_topic_the_drafts_words_fit_better_contests_it(pack):
    # the newspaper's "13 March" for the charges stands apart from the court's "3 March": the draft's
    # words are the court's, its day the newspaper's
    courier = Source("courier", "The verdict", "The Teskov Courier", date="2023", path="005.txt")
    filed = Topic("charges-filed", Kind.DATE, "prosecutors filed charges against the engineers",
                  (rc("3 March 2023", DateValue("2023-03-03", "2023-03-03", "day"), "wiki", 12),),
                  keywords=("prosecutors", "filed", "charges", "engineers"))
    courier_day = Topic("company-month", Kind.DATE, "the company a month after the inquiry",
                        (rc("13 March 2023", DateValue("2023-03-13", "2023-03-13", "day"), "courier", 40),),
                        keywords=("company", "month", "inquiry"))
    reference = Reference(sources=(WIKI, courier), topics=(filed, courier_day))
    text = "Prosecutors filed charges against the engineers and the company on 13 March 2023."
    assert verdict_of_in(text, "13 March 2023", reference, pack)[0] is Verdict.CONTESTED
    # a day months away is another event's, not another side of this one
    far = replace(courier_day, claims=(rc("13 August 2023", DateValue("2023-08-13", "2023-08-13", "day"), "courier", 40),))
    text = "Prosecutors filed charges against the engineers and the company on 13 August 2023."
    assert verdict_of_in(text, "13 August 2023", Reference(sources=(WIKI, courier), topics=(filed, far)),
                         pack)[0] is Verdict.SUPPORTED
    # one source giving both days gives two events, though another gives the one too
    both = replace(filed, claims=(rc("3 March 2023", DateValue("2023-03-03", "2023-03-03", "day"), "courier", 12),
                                  rc("3 March 2023", DateValue("2023-03-03", "2023-03-03", "day"), "wiki", 12)))
    text = "Prosecutors filed charges against the engineers and the company on 13 March 2023."
    assert verdict_of_in(text, "13 March 2023", Reference(sources=(WIKI, courier), topics=(both, courier_day)),
                         pack)[0] is Verdict.SUPPORTED


# the build parts the engineer's sentence, told in other words by the court and the newspaper, into two topics
TESKOV_COURIER = Source("courier", "The verdict", "The Teskov Courier", date="2023", path="005.txt")
COURT_TERM = Topic("penalty-court", Kind.PENALTY, "penalty: sentenced former chief engineer collapse",
                   (rc("six years in prison", Penalty("prison", "exact", 72.0, 72.0), "wiki", 12),),
                   keywords=("sentenced", "former", "chief", "engineer", "water", "basin", "dam", "collapse",
                             "killed", "people"))
ENGINEER_SENTENCED = "The water authority's former chief engineer was sentenced to six years over the dam's collapse."


def courier_term(*keywords: str) -> Topic:
    return Topic("penalty-courier", Kind.PENALTY, "penalty: engineer prison",
                 (rc("seven years", Penalty("prison", "exact", 84.0, 84.0), "courier", 14),), keywords=keywords)


def engineers_term(pack, courier_keywords: tuple[str, ...]):
    reference = Reference(sources=(WIKI, TESKOV_COURIER), topics=(COURT_TERM, courier_term(*courier_keywords)))
    return verdict_of_in(ENGINEER_SENTENCED, "six years", reference, pack)


def test_another_sources_term_on_a_topic_the_drafts_words_fit_nearly_as_well_is_another_point(pack):
    # a story tells many terms (each defendant's, the prosecution's demand, the statutory maximum): the
    # newspaper's seven years on a topic of its own is another point, though the draft's words fit it nearly
    # as well (40.9 against 48.5) or a little less; the draft's six years stand on the court's
    for keywords in (("sent", "judge", "vell", "water", "authority", "former", "chief", "engineer", "prison"),
                     ("sent", "judge", "trial", "hearing", "town", "reservoir", "water", "authority", "former",
                      "chief", "dam")):
        verdict, _ = engineers_term(pack, keywords)
        assert verdict is Verdict.SUPPORTED


HERALD = Source("herald", "How the fund was lost", "The Velgrad Herald", date="2023", path="005.txt")
# the draft's words find one source's value; another's, on a topic of its own words, may be the same point
WIRE_TERM = Topic("penalty-wire", Kind.PENALTY, "penalty: former director general sentenced",
                  (rc("seven years in prison", Penalty("prison", "exact", 84.0, 84.0), "wiki", 30),),
                  keywords=("former", "director", "general", "halvek", "sentenced", "prison"))
HERALD_TERM = Topic("penalty-herald", Kind.PENALTY, "penalty: halvek sentenced fined",
                    (rc("nine years in prison", Penalty("prison", "exact", 108.0, 108.0), "herald", 26),),
                    keywords=("halvek", "sentenced", "prison", "fined", "brods"))


def test_a_term_another_topic_of_other_sources_gives_is_contested_not_wrong(pack):
    reference = Reference(sources=(WIKI, HERALD), topics=(WIRE_TERM, HERALD_TERM))
    text = "Former director general Dorin Halvek was sentenced to {} in prison."
    verdict, finding = verdict_of_in(text.format("nine years"), "nine years", reference, pack)
    assert verdict is Verdict.CONTESTED
    assert {e.value for e in finding.evidence} == {"seven years in prison", "nine years in prison"}
    # a term no topic gives is wrong
    assert verdict_of_in(text.format("eleven years"), "eleven years", reference, pack)[0] is Verdict.MISMATCH


WIRE_COUNT = Topic("figure-wire", Kind.FIGURE, "figure: directors charged fraud",
                   (rc("0", Figure(0, 0, "count", noun="directors"), "wiki", 30),),
                   keywords=("directors", "charged", "fraud", "fund"))
HERALD_COUNT = Topic("figure-herald", Kind.FIGURE, "figure: former directors charged fraud halvek",
                     (rc("0", Figure(0, 0, "count", noun="directors"), "herald", 26),),
                     keywords=("former", "directors", "halvek", "charged", "fraud"))


@pytest.mark.parametrize(("ours", "theirs", "verdict"), [
    (37, 41, Verdict.CONTESTED),
    # a round count (one significant digit) recurs across a story's points, as a small one does
    (40, 50, Verdict.SUPPORTED),
    # a small count: any other count of the story may be told beside it, in words that fit as well
    (2, 3, Verdict.SUPPORTED),
])
def test_a_count_another_topic_of_other_sources_gives_is_contested_unless_small_or_round(pack, ours, theirs, verdict):
    def topic(template, n):
        return replace(template, claims=(replace(template.claims[0], value=str(n),
                                                 norm=Figure(n, n, "count", noun="directors")),))

    reference = Reference(sources=(WIKI, HERALD), topics=(topic(WIRE_COUNT, ours), topic(HERALD_COUNT, theirs)))
    text = f"{ours} former directors of the fund were charged with fraud alongside Halvek."
    assert verdict_of_in(text, str(ours), reference, pack)[0] is verdict


def test_a_laws_bound_one_paper_gives_otherwise_is_contested(pack):
    # the court's Section 27 carries up to four years; the Courier's "up to six years" for it stands apart
    court = Topic("penalty-court", Kind.PENALTY, "penalty: master operator overloading liable",
                  (rc("up to four years", Penalty("prison", "up-to", None, 48.0), "wiki", 22),),
                  keywords=("master", "operator", "overloading", "liable", "section"))
    courier = Topic("penalty-courier", Kind.PENALTY, "penalty: overloading punishable courier",
                    (rc("up to six years", Penalty("prison", "up-to", None, 72.0), "herald", 38),),
                    keywords=("overloading", "punishable", "ships", "passengers"))
    reference = Reference(sources=(WIKI, HERALD), topics=(court, courier))
    text = "A master or operator who is liable for overloading faces up to six years in prison."
    verdict, finding = verdict_of_in(text, "up to six years", reference, pack)
    assert verdict is Verdict.CONTESTED
    assert {e.value for e in finding.evidence} == {"up to four years", "up to six years"}


def test_a_laws_bound_another_laws_range_shares_is_still_wrong(pack):
    # "up to ten years" against the Daily NK's "up to five years": the State Department's "three to 10 years of
    # labor correction" is another law's range, not the other side of this bound
    dnk = Topic("penalty-dnk", Kind.PENALTY, "penalty: serious cases selling sex",
                (rc("up to five years", Penalty("labour", "up-to", None, 60.0), "dnk", 22),),
                keywords=("serious", "cases", "selling", "sex", "labour"))
    state = Topic("penalty-state", Kind.PENALTY, "penalty: labor correction crossing border",
                  (rc("three to 10 years of labor correction", Penalty("labour-correction", "range", 36.0, 120.0),
                      "state", 30),),
                  keywords=("labor", "correction", "crossing", "border", "serious"))
    reference = Reference(sources=(WIKI, DNK, STATE), topics=(dnk, state))
    text = "In serious cases, selling sex brings up to ten years of labour."
    assert verdict_of_in(text, "up to ten years", reference, pack)[0] is Verdict.MISMATCH


def test_a_month_another_event_has_is_still_wrong(pack):
    # any event's month may be another's: the inquiry's report was published in March 2021, the dam
    # collapsed in May
    herald = Topic("date-inquiry", Kind.DATE, "date: inquiry report dam published",
                   (rc("March 2021", DateValue("2021-03-01", "2021-03-31", "month"), "herald", 12),),
                   keywords=("inquiry", "report", "dam", "published"))
    collapse = Topic("date-collapse", Kind.DATE, "date: dam collapsed flooding villages",
                     (rc("May 2021", DateValue("2021-05-01", "2021-05-31", "month"), "wiki", 4),),
                     keywords=("dam", "collapsed", "flooding", "villages"))
    reference = Reference(sources=(WIKI, HERALD), topics=(collapse, herald))
    text = "The dam collapsed in March 2021, flooding three villages."
    assert verdict_of_in(text, "March 2021", reference, pack)[0] is Verdict.MISMATCH


def test_the_second_topic_after_the_claims_is_asked_for_a_rival(pack):
    # the first topic after the claim's speaks from the claim's topic's source (another point of that
    # source); the second, of another source, is the other side
    from lint.engine import _contested_by_a_rival
    from lint.extract import extract_claims
    from lint.judge import judge
    from lint.match import Match
    from lint.source import parse_document

    courier = Source("courier", "Verdict", "The Courier", date="2023", path="006.txt")
    own = Topic("own", Kind.FIGURE, "figure: ballots deputy counted",
                (rc("1,480", Figure(1480, 1480, noun="ballots"), "wiki", 9),))
    same_source = Topic("same-source", Kind.FIGURE, "figure: ballots deputy",
                        (rc("1,250", Figure(1250, 1250, noun="ballots"), "wiki", 40),))
    other_side = Topic("other-side", Kind.FIGURE, "figure: ballots deputy",
                       (rc("1,520", Figure(1520, 1520, noun="ballots"), "courier", 3),))
    reference = Reference(sources=(WIKI, courier), topics=(own, same_source, other_side))
    claim = next(c for c in extract_claims(parse_document("His deputy counted 1,480 ballots.", "d.md"), pack)
                 if c.kind is Kind.FIGURE)
    after = [Match(same_source, 50.0, 50.0), Match(other_side, 48.0, 48.0)]

    def match_without(_claim, exclude, floor=None):
        return next((m for m in after if m.topic.id not in exclude), None)

    supported = judge(claim, own, reference, False)
    assert supported.verdict is Verdict.SUPPORTED
    judged = _contested_by_a_rival(claim, Match(own, 66.0, 50.0), supported, match_without, set(), reference, False)
    assert judged.verdict is Verdict.CONTESTED
    assert {e.value for e in judged.evidence} == {"1,480", "1,520"}
    # a prison term is a span a story tells of many points: another source's term after it is another point;
    # and so is a period in days (the 15 days to appeal the verdict, the 30 to appeal a fine)
    spans = [("His deputy got nine years in prison.", Kind.PENALTY,
              ("nine years", Penalty("prison", "exact", 108.0, 108.0)), ("six years", Penalty("prison", "exact", 72.0, 72.0))),
             ("The defendants have 15 days to appeal.", Kind.FIGURE,
              ("15 days", Figure(15, 15, "days")), ("30 days", Figure(30, 30, "days")))]
    for text, kind, (ours, our_value), (theirs, their_value) in spans:
        span = Topic("span", kind, "deputy appeal", (rc(ours, our_value, "wiki", 9),))
        courier_span = Topic("courier-span", kind, "deputy appeal", (rc(theirs, their_value, "courier", 3),))
        reference = Reference(sources=(WIKI, courier), topics=(span, courier_span))
        claim = next(c for c in extract_claims(parse_document(text, "d.md"), pack) if c.kind is kind)
        after = [Match(courier_span, 48.0, 48.0)]
        supported = judge(claim, span, reference, False)
        judged = _contested_by_a_rival(claim, Match(span, 66.0, 50.0), supported, match_without, set(), reference,
                                       False)
        assert judged.verdict is Verdict.SUPPORTED, text
    # a sentence of death is no span that recurs: another source's life term on a topic after it is the other side
    death = Topic("death", Kind.PENALTY, "deputy sentenced", (rc("death", Penalty("death", "exact"), "wiki", 9),))
    life = Topic("life", Kind.PENALTY, "deputy sentenced", (rc("life imprisonment", Penalty("life", "exact"), "courier", 3),))
    reference = Reference(sources=(WIKI, courier), topics=(death, life))
    claim = next(c for c in extract_claims(parse_document("His deputy was sentenced to death.", "d.md"), pack)
                 if c.kind is Kind.PENALTY)
    after = [Match(life, 48.0, 48.0)]
    judged = _contested_by_a_rival(claim, Match(death, 66.0, 50.0), judge(claim, death, reference, False), match_without,
                                   set(), reference, False)
    assert judged.verdict is Verdict.CONTESTED


@pytest.mark.parametrize(("credit", "verdict"), [
    # the paper's own value, told by a record no source of the reference speaks for: the paper disputes the court's
    ("Kemoval Trade", Verdict.CONTESTED),
    ("", Verdict.CONTESTED),
    # ... but both its values credited to the reference's sources: it only relays them
    ("Inspectorate", Verdict.SUPPORTED),
])
def test_a_source_relaying_one_value_tells_another_on_a_record_of_its_own(pack, credit, verdict):
    """"The court found that the pumping began at 10:42. The delivery note issued by the supplier, Kemoval Trade,
    records 10:24": the paper gives 10:42 as the court's and 10:24 on its own evidence, which it credits to the note."""
    from lint.extract import extract_claims
    from lint.judge import judge
    from lint.source import parse_document

    court = Source("court", "Judgment", "Harlow District Court", date="2024", path="004.txt")
    inspectorate = Source("inspectorate", "Report", "Safety Inspectorate", date="2024", path="001.txt")
    paper = Source("paper", "Investigation", "The Courier", date="2024", path="005.txt")
    time = DateValue("0000-01-01T10:42", "0000-01-01T10:42", "time")
    topic = Topic("pumping", Kind.DATE, "date: pumping began", (
        rc("10:42", time, "court", 12),
        replace(rc("10:42", time, "paper", 20), credited="court"),
        replace(rc("10:24", DateValue("0000-01-01T10:24", "0000-01-01T10:24", "time"), "paper", 20),
                credited=credit)))
    reference = Reference(sources=(court, inspectorate, paper), topics=(topic,))
    claim = next(c for c in extract_claims(parse_document("At 10:42 the pumping began.", "d.md"), pack)
                 if c.kind is Kind.DATE)
    assert judge(claim, topic, reference, False).verdict is verdict


@pytest.mark.parametrize(("draft", "counts", "verdict"), [
    # "thousands of bottles" holds the draft's 2,613 as it holds the sources' 2,316: the count says which
    ("Police seized 2,613 filled bottles.", ["2,316"], Verdict.MISMATCH),
    ("Police seized 2,316 filled bottles.", ["2,316"], Verdict.SUPPORTED),
    # ... where no source counts them, the span is all there is: it bears the draft out
    ("Police seized 2,613 filled bottles.", [], Verdict.SUPPORTED),
])
def test_a_span_told_in_words_bears_out_no_count_the_sources_give_exactly(pack, draft, counts, verdict):
    from lint.extract import extract_claims
    from lint.judge import judge
    from lint.source import parse_document

    ledger = Source("ledger", "Investigation", "The Ledger", date="2025", path="005.txt")
    topic = Topic("seized", Kind.FIGURE, "figure: police seized filled bottles", (
        rc("thousands", Figure(1000, 9999, approx="about", noun="bottles"), "wiki", 9),
        *(rc(count, Figure(float(count.replace(",", "")), float(count.replace(",", "")), noun="bottles"), "ledger", 17)
          for count in counts)))
    reference = Reference(sources=(WIKI, ledger), topics=(topic,))
    claim = next(c for c in extract_claims(parse_document(draft, "d.md"), pack) if c.kind is Kind.FIGURE)
    assert judge(claim, topic, reference, False).verdict is verdict


@pytest.mark.parametrize(("evidence", "contested"), [
    ("Four of the 11 apartments", False),  # a part of the draft's eleven: another count
    ("four of its eleven apartments", False),
    ("Four of the 12 apartments", True),  # a part of another whole: the other side's count stands
    ("Four apartments", True),
])
def test_a_count_told_as_a_part_of_the_drafts_whole_is_no_other_side(pack, evidence, contested):
    from lint.engine import _contested_by_a_rival
    from lint.extract import extract_claims
    from lint.judge import judge
    from lint.match import Match
    from lint.source import parse_document

    courier = Source("courier", "Verdict", "The Courier", date="2023", path="006.txt")
    own = Topic("own", Kind.FIGURE, "figure: order covers apartments",
                (rc("11", Figure(11, 11, noun="apartments"), "wiki", 9),))
    part = Topic("part", Kind.FIGURE, "figure: apartments registered relatives",
                 (replace(rc(evidence.split()[0], Figure(4, 4), "courier", 3), evidence=evidence),))
    reference = Reference(sources=(WIKI, courier), topics=(own, part))
    claim = next(c for c in extract_claims(parse_document("The court confiscated 11 apartments.", "d.md"), pack)
                 if c.kind is Kind.FIGURE)

    def match_without(_claim, exclude, floor=None):
        return None if "part" in exclude else Match(part, 48.0, 48.0)

    judged = _contested_by_a_rival(claim, Match(own, 66.0, 50.0), judge(claim, own, reference, False), match_without,
                                   set(), reference, False)
    assert (judged.verdict is Verdict.CONTESTED) is contested


@pytest.mark.parametrize(("text", "theirs", "fit", "contested"), [
    # the other side's topic lacks only the bonus for giving the draft's value: its words fit as well
    ("The inspectors took 1.84 million skillings in bribes.", "2.1 million skillings", 22.0, True),
    # ... not where they fit a little less: another point's near value (another seizure's "389 kilograms")
    ("The inspectors took 1.84 million skillings in bribes.", "2.1 million skillings", 19.0, False),
    # ... and a value more than a near telling away is another point's, under the cutoff
    ("The inspectors took 1.84 million skillings in bribes.", "4.5 million skillings", 22.0, False),
    # ... and so is a day: a story's events fall within weeks of one another
    ("The inspectors were arrested on 3 May 2023.", "9 May 2023", 22.0, False),
])
def test_a_rival_under_the_cutoff_contests_only_with_a_telling_near_value(pack, text, theirs, fit, contested):
    from lint.engine import _contested_by_a_rival
    from lint.extract import extract_claims
    from lint.judge import judge
    from lint.match import Match
    from lint.source import parse_document

    courier = Source("courier", "Bribes", "The Courier", date="2023", path="006.txt")
    claim = max(extract_claims(parse_document(text, "d.md"), pack), key=lambda c: c.end - c.start)
    their_claim = max(extract_claims(parse_document(f"They took {theirs}.", "s.md"), pack),
                      key=lambda c: c.end - c.start)
    own = Topic("own", claim.kind, "inspectors bribes", (rc(claim.text, claim.value, "wiki", 9),))
    rival = Topic("rival", claim.kind, "inspectors bribes", (rc(theirs, their_claim.value, "courier", 3),))
    reference = Reference(sources=(WIKI, courier), topics=(own, rival))

    def match_without(_claim, exclude, floor=None):  # the rival scores under 25: only a floor under the cutoff finds it
        return Match(rival, fit, fit) if floor is not None and "rival" not in exclude else None

    supported = judge(claim, own, reference, False)
    assert supported.verdict is Verdict.SUPPORTED
    judged = _contested_by_a_rival(claim, Match(own, 42.0, 22.0), supported, match_without, set(), reference, False)
    assert (judged.verdict is Verdict.CONTESTED) is contested


def test_a_term_of_another_topic_whose_source_gives_both_is_wrong(pack):
    # one source giving both terms gives two men's
    wire_and_herald = replace(WIRE_TERM, claims=(
        *WIRE_TERM.claims, rc("seven years", Penalty("prison", "exact", 84.0, 84.0), "herald", 27)))
    reference = Reference(sources=(WIKI, HERALD), topics=(wire_and_herald, HERALD_TERM))
    text = "Former director general Dorin Halvek was sentenced to nine years in prison."
    assert verdict_of_in(text, "nine years", reference, pack)[0] is Verdict.MISMATCH


def test_a_term_a_court_gave_is_not_supported_by_the_laws_bound_it_lies_in(pack):
    # "carries up to 15 years" says nothing of the nine years a court gave: the next topic, the terms given,
    # judges it
    law = Topic("penalty-law", Kind.PENALTY, "penalty: offence carries manslaughter",
                (rc("up to 15 years in prison", Penalty("prison", "up-to", None, 180.0), "wiki", 15),),
                keywords=("offence", "carries", "manslaughter", "halloway", "forced", "labour"))
    given = Topic("penalty-given", Kind.PENALTY, "penalty: factory owner jailed",
                  (rc("seven years", Penalty("prison", "exact", 84.0, 84.0), "wiki", 1),),
                  keywords=("factory", "owner", "jailed", "halloway"))
    reference = Reference(sources=(WIKI,), topics=(law, given))
    text = "Halloway, the factory owner, was sentenced to nine years for forced labour and manslaughter."
    assert verdict_of_in(text, "nine years", reference, pack)[0] is Verdict.MISMATCH
    text = "Halloway, the factory owner, was sentenced to seven years for forced labour and manslaughter."
    assert verdict_of_in(text, "seven years", reference, pack)[0] is Verdict.SUPPORTED
    # the law's own bound is the law's point, and so is a term after a court's word in another clause
    text = "Forced labour and manslaughter carry up to 15 years for Halloway."
    assert verdict_of_in(text, "up to 15 years", reference, pack)[0] is Verdict.SUPPORTED
    text = "Halloway received a summons; forced labour and manslaughter carry 15 years in prison."
    assert verdict_of_in(text, "15 years", reference, pack)[0] is Verdict.SUPPORTED
    # with no topic of terms given, the term is unsupported, not supported by the bound
    reference = Reference(sources=(WIKI,), topics=(law,))
    text = "Halloway was sentenced to nine years for forced labour and manslaughter."
    assert verdict_of_in(text, "nine years", reference, pack)[0] is Verdict.UNSUPPORTED
    # a range of terms a court gave is no law's maximum
    court_range = replace(law, claims=(rc("from 18 months to four years", Penalty("prison", "range", 18.0, 48.0),
                                          "wiki", 20),))
    reference = Reference(sources=(WIKI,), topics=(court_range,))
    text = "Halloway was sentenced to ten years for forced labour and manslaughter."
    assert verdict_of_in(text, "ten years", reference, pack)[0] is Verdict.MISMATCH


def test_an_article_a_source_names_is_not_contested_by_an_article_on_a_closer_topic(pack):
    # a code has many articles on kindred offences: the draft's Article 233 is the one a source gives for
    # crossing the border, though its words ("women", "punished") fit the prostitution article's better
    state = Source("state", "TIP report", "United States Department of State", date="2011", path="004.txt")
    crossing = Topic("crossing", Kind.STATUTE, "penal code article that criminalises crossing the border",
                     (rc("Article 233 of the Penal Code", Statute(("233",), law="criminal-code"), "state", 25),),
                     keywords=("criminalizes", "border", "crossing"))
    prostitution = Topic("prostitution", Kind.STATUTE, "criminal code article that punishes prostitution by women",
                         (rc("Article 261", Statute(("261",), law="criminal-code"), "wiki", 7),),
                         keywords=("punished", "prostitution", "women"))
    text = "Women who cross into China without permission are punished under Article 233 of the Penal Code."
    reference = Reference(sources=(WIKI, state), topics=(crossing, prostitution))
    assert verdict_of_in(text, "Article 233", reference, pack)[0] is Verdict.SUPPORTED


def test_a_laws_penalty_under_a_named_provision_finds_that_provisions_penalty(pack):
    # the draft names Section 23 and gives its maximum in words no source uses ("the bribery clause, which
    # allows prison terms"): the provision says which penalty it is
    from lint.settings import MatchSettings, Settings

    courier = Source("courier", "Cartel", "The Dravon Courier", date="2024", path="005.txt")
    term = Topic("section-23-penalty", Kind.PENALTY, "penalty: section carries",
                 (rc("up to ten years", Penalty("unspecified", "up-to", None, 120), "wiki", 30),
                  rc("up to twelve years in prison", Penalty("prison", "up-to", None, 144), "courier", 41)),
                 keywords=("section", "carries", "whoever", "official", "advantage", "§23"))
    reference = Reference(sources=(WIKI, courier), topics=(term,))
    text = "Two buyers were also found guilty under Section 23, the bribery clause, which allows prison terms of " \
           "up to 15 years."
    assert verdict_of_in(text, "up to 15 years", reference, pack)[0] is Verdict.MISMATCH
    without = Settings(match=MatchSettings(provision_bonus=0.0))
    hit = next(c for c in lint_text(text, "d.md", reference, pack, without).claims if "15 years" in c.claim.text)
    assert hit.verdict is Verdict.UNSUPPORTED  # (the words alone do not reach the topic)
    # a term a court gave under the provision is not the law's penalty
    text = "Two buyers were also found guilty under Section 23, the bribery clause, and got 15 years."
    assert verdict_of_in(text, "15 years", reference, pack)[0] is Verdict.UNSUPPORTED
    # the section of another law than the reference knows it of is another provision
    penal = Topic("section-23", Kind.STATUTE, "section on bribery in procurement",
                  (rc("Section 23 of the Penal Code", Statute(("23",), law="criminal-code"), "wiki", 29),),
                  keywords=("bribery", "procurement"))
    reference = Reference(sources=(WIKI, courier), topics=(term, penal))
    text = "Trading pangolin scales falls under Section 23 of the Wildlife Act, which allows prison terms of " \
           "up to 15 years."
    assert verdict_of_in(text, "up to 15 years", reference, pack)[0] is Verdict.UNSUPPORTED
    # ... but where the sentence names it of both laws, the one the reference knows counts
    text = "Trading pangolin scales falls under Section 23 of the Penal Code and Section 23 of the Wildlife Act, " \
           "which allow prison terms of up to 15 years."
    assert verdict_of_in(text, "up to 15 years", reference, pack)[0] is Verdict.MISMATCH


def test_a_value_another_topic_gives_contests_the_topic_of_the_drafts_words_when_they_may_be_one_point(pack):
    # the Herald's fourteen stood trial; the court's twelve were charged: two topics, maybe one point
    herald = Source("herald", "Timber baron", "The Morava Herald", date="2024", path="005.txt")
    court = Source("court", "Judgment summary", "Dravina Regional Court", date="2024", path="004.txt")
    stood = Topic("stood-trial", Kind.FIGURE, "defendants stood trial",
                  (rc("Fourteen", Figure(14, 14, noun="defendants"), "herald", 17),),
                  keywords=("defendants", "stood", "trial"))
    charged = Topic("charged", Kind.FIGURE, "prosecution charged defendants with offences",
                    (rc("twelve", Figure(12, 12, noun="defendants"), "court", 16),),
                    keywords=("prosecution", "charged", "defendants", "offences", "dravina"))
    text = "Twelve people stood trial in Dravina."
    reference = Reference(sources=(herald, court), topics=(stood, charged))
    assert verdict_of_in(text, "Twelve", reference, pack)[0] is Verdict.CONTESTED
    # one source giving both counts gives two points: the draft's twelve is likely the other point's
    wire = Source("wire", "Trial opens", "Kestova Press Agency", date="2024", path="002.txt")
    stood_both = replace(stood, claims=(*stood.claims, rc("14", Figure(14, 14, noun="defendants"), "wire", 9)))
    both = replace(charged, claims=(rc("twelve", Figure(12, 12, noun="defendants"), "herald", 16),
                                    rc("twelve", Figure(12, 12, noun="defendants"), "court", 16)))
    reference = Reference(sources=(herald, court, wire), topics=(stood_both, both))
    assert verdict_of_in(text, "Twelve", reference, pack)[0] is Verdict.UNSUPPORTED


def test_a_topic_orders_of_magnitude_off_gives_way_to_the_next(pack):
    # the words find the overpayment (212.6 million); the count of hospitals is the next topic's point
    audit = Source("audit", "Special audit", "National Audit Chamber", date="2023", path="001.md")
    overpaid = Topic("overpaid", Kind.FIGURE, "hospitals paid too much for their medicines overpayment",
                     (rc("212.6 million", Figure(212.6e6, 212.6e6), "audit", 36),),
                     keywords=("hospitals", "paid", "much", "medicines", "overpayment", "concluded"))
    hospitals = Topic("hospitals", Kind.FIGURE, "public hospitals whose contracts the audit examined",
                      (rc("46", Figure(46, 46, noun="hospitals"), "audit", 28),),
                      keywords=("public", "hospitals", "audit", "contracts", "examined", "medicines"))
    reference = Reference(sources=(audit,), topics=(overpaid, hospitals))
    text = "The audit concluded that 48 hospitals had paid too much for their medicines."
    assert verdict_of_in(text, "48", reference, pack)[0] is Verdict.MISMATCH


def test_a_topic_set_aside_for_a_sibling_is_not_found_again(pack):
    # 390 is far from the ore topic's 2 million, and the next topic is the one its sibling 412 took
    herald = Source("herald", "Mine", "The Herald", date="2024", path="005.txt")
    workers = Topic("workers", Kind.FIGURE, "workers employed at the Velmar mine",
                    (rc("412 workers", Figure(412, 412, noun="workers"), "herald", 3),),
                    keywords=("workers", "employed", "velmar", "mine"))
    ore = Topic("ore", Kind.FIGURE, "ore mined under contract at Velmar", (rc("2 million", Figure(2e6, 2e6), "herald", 5),),
                keywords=("ore", "workers", "velmar", "mine", "contract"))
    result = lint_text("The Velmar mine employed 412 workers and 390 contractors.", "d.md",
                       Reference(sources=(herald,), topics=(workers, ore)), pack)
    assert [c.verdict for c in result.claims] == [Verdict.SUPPORTED, Verdict.UNSUPPORTED]


def test_a_value_orders_of_magnitude_off_is_about_another_point_not_a_mismatch(pack):
    # 20,000 against about 2,000 is a decimal slip, reported; 2 million against it is another count
    verdict, _ = verdict_of("The kippumjo pleasure groups numbered 20,000 women and girls.", "20,000", pack)
    assert verdict is Verdict.MISMATCH
    verdict, finding = verdict_of("The kippumjo pleasure groups numbered 2 million women and girls.", "2 million", pack)
    assert verdict is Verdict.UNSUPPORTED and (finding is None or finding.severity == "info")
    # a date decades from every date on its topic is another event
    verdict, _ = verdict_of("Kim Jong Un restarted the kippumjo pleasure groups in 1975.", "1975", pack)
    assert verdict is Verdict.UNSUPPORTED


@pytest.mark.parametrize(("body", "named"), [
    ("Loranda Wildlife Service", True), ("the Society's", True), ("a Hamhung-based source", False), ("Mr. Park", False),
])
def test_a_body_is_named_by_its_organisation_word(body, named):
    from lint.judge import is_named_body

    assert is_named_body(body) is named


def test_a_report_in_a_later_clause_does_not_hedge_an_earlier_claim(pack):
    from lint.engine import draft_hedges
    from lint.extract import extract_claims
    from lint.source import parse_document

    text = ("The squads, restarted in 2015, held some 2,000 women, which the paper reported was a record. "
            "According to the paper, they were restarted in 2015.")
    claims = {(c.text, c.sentence_start > 0): c for c in extract_claims(parse_document(text, "d.md"), pack)}
    assert not draft_hedges(claims[("2015", False)])
    assert draft_hedges(claims[("2015", True)])  # a credit opening the sentence hedges all of it


def assert_draft_hedges(text, chosen, hedged, pack):
    """The draft's claims `chosen` picks out of `text` are all hedged by the draft, or none is (engine.draft_hedges)."""
    from lint.engine import draft_hedges
    from lint.extract import extract_claims
    from lint.source import parse_document

    claims = [c for c in extract_claims(parse_document(text, "d.md"), pack) if chosen(c)]
    assert claims and all(draft_hedges(c) is hedged for c in claims), text


@pytest.mark.parametrize(("text", "hedged"), [
    # a date opening its clause before who told: the telling's, stated as fact
    ("In October 2022 plant operators reported in writing that the points could be confused.", False),
    ("On 3 May workers had told managers about the cracks.", False),
    # ... unless another cue hedges the whole statement
    ("In 2019 smelter managers told workers to falsify safety records, former employees said.", True),
    # what was reported, in the passive or as a participle; a date of what was told
    ("In 2017 Corvast smelter workers were reported missing after the blast.", True),
    ("In 2019 the number of injuries reported rose sharply.", True),
    ("Based on 2019 figures plant operators reported that the points were confused.", True),
    ("Managers ordered the records shredded in 2019 after staff complained to the union, former employees said.", True),
    # a timeline label, as hedged as its entry's own statement (not a later part, nor a relative clause in it)
    ("- **2011** – Barvik opens his first fuel depot, with a single pump, according to his sister.", True),
    ("- **2012** – Barvik opens his second fuel depot; rivals allegedly set it on fire a year later.", False),
    ("- **2013** – Barvik opens a third depot and hires Mirela Dorn, who according to her lawyer had never driven a "
     "tanker.", False),
])
def test_a_date_is_hedged_by_its_own_statements_cues(text, hedged, pack):
    assert_draft_hedges(text, lambda c: c.kind is Kind.DATE, hedged, pack)


def test_a_credit_before_a_colon_covers_the_list_it_introduces(pack):
    credited = "Rhino losses followed the same curve, according to the ministry: 39 in 2020, 41 in 2022 and 28 last year."
    plain = "Rhino losses followed the same curve, a ministry table shows: 39 in 2020, 41 in 2022 and 28 last year."
    after = "Losses rose, according to the ministry; our own count: 39 in 2020 and 28 last year."
    for text, hedged in ((credited, True), (plain, False), (after, False)):
        assert_draft_hedges(text, lambda c: c.text in ("39", "41", "28"), hedged, pack)


@pytest.mark.parametrize(("text", "hedged"), [
    ("Another 400 families are preparing claims of their own.", False),
    ("The court rejected compensation claims from 400 families.", False),
    ("The insurer received 400 claims.", False), ("400 of the members' claims were paid.", False),
    ("The union claims 400 families were evicted.", True),
    # "said no" is a refusal, not a telling
    ("Some 400 of the staff feared losing their jobs if they said no.", False),
    ("The staff said 400 families were evicted.", True),
    ("Residents claim that 400 families were evicted.", True),
])
def test_a_claim_as_a_noun_is_no_hedge_the_verb_is(text, hedged, pack):
    assert_draft_hedges(text, lambda c: c.text.endswith("400"), hedged, pack)


@pytest.mark.parametrize(("text", "hedged"), [
    # a death toll is no claim made ("the fire claimed the lives of two", "claimed 12 lives")
    ("The contamination claimed the lives of 400 residents.", False),
    ("The fire claimed 400 lives.", False),
    ("The company claimed 400 workers had been paid.", True),
    ("The asylum seekers claimed their lives were at risk after raids that killed 400 people.", True),
    ("The militia of 400 men is a force to be reckoned with.", False),
    # papers that only point to it
    ("Invoices shared with us suggest that 400 boilers were supplied.", True),
    ("Customs papers appear to show that 400 crates arrived.", True),
    ("Customs papers show that 400 crates arrived.", False),
    # a belief, an estimate, an admission or a count that is someone's
    ("Their union believes around 400 posts were left empty.", True),
    ("The network goes further: it estimates that 400 accounts were emptied.", True),
    ("The Observer, citing former employees, puts the number of meetings at 400.", True),
    ("The inspectorate made 38 recommendations; by its own count, 400 have been carried out.", True),
    ("Its survey finds that 400 parents had not heard of it.", True),
    ("The coalition estimates the number of children affected at 400.", True),
    ("It found that 400 parents had noticed portions shrinking.", True),
    ("The auditors went back to the depot, and it found 400 more.", False),
    ("The mayor has admitted that 400 councillors were warned.", True),
    ("The inspectorate made 38 recommendations; in the end, 400 have been carried out.", False),
    ("Staff were ordered to approve 400 suspect claims without opening the files.", False),
    # a frame set off in an aside covers the rest of its sentence, up to a clause set against it
    ("The Observer, citing former employees, dates the first meeting earlier, to when the firm had 400 staff.", True),
    ("Korvant, we are told by patient advocates, received a bonus of 400 lornas.", True),
    ("Prosecutors, citing bank records, said he took 2 million; in the end he kept 400.", False),
])
def test_a_death_toll_claimed_is_stated_papers_that_suggest_it_hedge_it(text, hedged, pack):
    assert_draft_hedges(text, lambda c: c.text.endswith("400"), hedged, pack)


@pytest.mark.parametrize(("text", "hedged"), [
    # a survey the draft names tells its findings as the survey's, whatever lies between it and its verb (a number's
    # thousands are no clause break)
    ("The league's survey of 1,140 runners found that 400 had come across an empty station.", True),
    ("The federation's survey of 52 current and former workers, carried out in July and August 2024, found that 400 "
     "had never been trained.", True),
    ("The league, which surveyed 1,140 runners, says 400 of them found a station empty.", True),
    ("The coalition surveyed 2,000 travellers and found that 400 were never checked.", True),
    ("In the league's survey, 400 runners had come across an empty station.", True),
    # those asked told without who asked them: no credit
    ("Some 400 lift technicians surveyed in Velmont have been asked to sign for work they never did.", False),
    ("The league counted 1,140 runners, and 400 of them came across an empty station.", False),
])
def test_a_survey_the_draft_names_hedges_what_it_found(text, hedged, pack):
    assert_draft_hedges(text, lambda c: c.text.endswith("400"), hedged, pack)


@pytest.mark.parametrize(("text", "hedged"), [
    ("Residents had reported cracks in the embankment on 4 April 2019.", False),
    ("Workers reported the irregularities to the head of the office in April 2019.", False),
    ("Residents say the levy rose on 4 April 2019.", True),
    ("Workers reported that they went unpaid from April 2019.", True),
    ("Workers told the Federation of Metal Workers that the alarm was switched off in April 2019.", True),
])
def test_a_telling_done_is_the_fact_its_date_places_whoever_told(text, hedged, pack):
    assert_draft_hedges(text, lambda c: c.kind is Kind.DATE, hedged, pack)


@pytest.mark.parametrize(("text", "hedged"), [
    # those counted are the ones told, or the ones telling: the telling is the fact the count states
    ("Nearly 45 per cent of the tenants were never told that the pipes held lead.", False),
    ("Some 230 drivers have reported a faulty brake to the depot.", False),
    ("Nearly 45 per cent of the tenants were never told, the survey found, that the pipes held lead.", False),
    # what was told, or a telling of the count by someone else, hedges it
    ("About 230 faults were reported in the depot.", True),
    ("Some 230 faults were reported the next day.", True),
    ("The depot was told that 230 drivers had complained.", True),
])
def test_a_telling_whose_subject_is_the_count_does_not_hedge_it(text, hedged, pack):
    assert_draft_hedges(text, lambda c: c.kind is Kind.FIGURE, hedged, pack)


def test_a_draft_restating_a_source_in_other_words_finds_its_topic(pack):
    herald = Source("herald", "Rangers", "Herald", date="2024", path="h.txt", aliases=("Herald",))
    reference = Reference(sources=(herald,), topics=(
        Topic("rangers-recruited", Kind.DATE, "month from which new rangers were recruited",
              (rc("after January 2022", DateValue("2022-01-01", "2022-01-31", "month", "after"), "herald", 33),),
              keywords=("rangers", "recruited", "service")),
    ))
    result = lint_text("The service has 2,340 rangers, 410 of them hired after January 2021.", "draft.md",
                       reference, pack)
    assert [c.verdict for c in result.claims if c.claim.kind is Kind.DATE] == [Verdict.MISMATCH]


def test_a_rare_qualifier_does_not_push_out_the_words_a_topic_is_about():
    from collections import Counter

    from lint.match import Matcher

    df = Counter({"^from": 1, "abduction": 4, "children": 4, "criminalizes": 6})
    anchors = Matcher._anchors({"^from", "abduction", "children", "criminalizes"}, df, 2.0)
    assert {"abduction", "children"} <= anchors and "criminalizes" not in anchors


@pytest.mark.parametrize(("text", "claim", "words"), [
    ("The Halvern Bridge collapsed, 30 km downstream, on 22 September 2021.", "22 September 2021", {"colap", "bridg"}),
    ("Police raided the yard at Danso, some 240 kilometres north of the capital, on 9 July 2022.", "9 July 2022",
     {"raid", "yard"}),
])
def test_an_aside_that_opens_with_a_claim_lends_its_words_to_that_claim_only(text, claim, words):
    """The date's words are those before the aside, not the distance's ("downstream", "north")."""
    from lint.context import claim_context
    from lint.engine import sentence_siblings

    claims = [c.claim for c in lint_text(text, "d.md", REFERENCE, load_pack()).claims]
    date = next(c for c in claims if c.text.endswith(claim))
    local = set(claim_context(date, 8, sentence_siblings(claims)[date.sentence_start]).local.split())
    assert words <= local and not local & {"downstream", "north", "capital"}


def test_laws_used_to_prosecute_are_not_an_earlier_value():
    from lint.context import claim_context

    claims = lint_text("Laws used to prosecute trafficking include Article 289, which bans abduction.",
                       "d.md", REFERENCE, load_pack()).claims
    assert "^from" not in claim_context(claims[0].claim, 8).local.split()


@pytest.mark.parametrize(("one", "other"), [
    ("prostitution is punishable", "prostitution punishment"),
    ("410 rangers were hired", "410 rangers were recruited"),
    ("ivory sales were outlawed", "ivory sales were banned"),
    ("Kippeumjo", "kippumjo"),
    ("the authority was set up in 1996", "the authority was established in 1996"),
    ("the authority was founded in 1996", "the authority was created in 1996"),
    ("Pangolin scales (kg)", "pangolin scales, in kilograms"),
    ("a park of 9,800 km", "a park of 9,800 kilometres"),
    ("the courts convicted 57 persons", "the courts' 57 convictions of people"),
    ("goods worth 380 million", "goods valued at 380 million"),
    ("trading in a protected species", "dealing in a protected species"),
    ("the trial opened in June 2023", "the trial began in June 2023"),
    ("the works started in 2019", "the works commenced in 2019"),
])
def test_words_a_writer_puts_for_one_another_are_one_word_to_matching(one, other):
    from lint.context import token_spans, tokens

    assert tokens(one) == tokens(other)
    assert [t for _, _, t in token_spans(one)] == tokens(one)  # a phrase is one token where it stands


def test_a_phrase_or_a_respelled_form_leaves_the_other_senses_of_its_words_alone():
    from lint.context import token_spans, tokens

    assert "establi" not in tokens("the survey found 12 percent failed")  # found, of find
    assert "establi" not in tokens("the court set a fine of up to 5 million")  # set, without up
    text = "The NMCA was set up in 1996."
    assert [text[s:e] for s, e, t in token_spans(text) if t == "establi"] == ["set up"]
    # letters that case folding matches and lowercasing does not give back are read, not a crash
    assert "establi" in tokens("the NMCA was ſet up") and token_spans("SETTİNG UP the NMCA")


def test_a_noun_in_tion_meets_its_verb_and_a_short_one_stays_a_word_of_its_own():
    from lint.context import stem

    assert stem("convictions") == stem("convicted") and stem("protection") == stem("protected")
    for noun, other in (("question", "quest"), ("position", "posit"), ("station", "state"), ("section", "sect")):
        assert stem(noun) != stem(other), noun


def test_a_short_verbs_past_meets_its_present_and_its_noun():
    """'filed' and 'files', 'fined' and 'fine': a four-letter verb ending in a silent 'e' is one word in every form;
    a past that lost no 'e' keeps its letters, and one whose 'e' form is another word stays apart from it."""
    from lint.context import stem

    for past, other in (("filed", "files"), ("fined", "fine"), ("fined", "fines"), ("voted", "votes"),
                        ("ruled", "rule")):
        assert stem(past) == stem(other), past
    for past in ("owned", "boxed", "fixed", "vowed", "used"):
        assert stem(past) == past, past
    for past, other in (("fired", "fire"), ("lived", "lives"), ("waged", "wages")):
        assert stem(past) != stem(other), past


def test_a_stem_read_again_is_the_same_stem():
    """A built reference stores stems as keywords and reads them again as words: they must come back."""
    from pathlib import Path

    from lint.context import stem, words

    text = " ".join(p.read_text(encoding="utf-8") for p in (Path(__file__).parents[1] / "fixtures").glob("*.md"))
    text += " punish punishable English fisheries establishment criminalizes Kippeumjo sentences"
    for word in set(words(text)):
        assert stem(stem(word)) == stem(word), word


def _report_dates_reference(*claims):
    topic = Topic("tip-report-published", Kind.DATE, "date the TIP report was published", claims,
                  keywords=("report", "published", "state", "department"))
    return Reference(sources=(WIKI, DNK, STATE), topics=(topic,))


def test_the_most_precise_source_decides_a_day_that_a_coarser_year_holds(pack):
    reference = _report_dates_reference(
        rc("2011", year(2011), "wiki", 3), rc("27 June 2011", DateValue("2011-06-27", "2011-06-27", "day"), "state", 6))
    text = "The State Department report was published on June 17, 2011."
    result = lint_text(text, "draft.md", reference, pack)
    (claim,) = [c for c in result.claims if c.claim.kind is Kind.DATE]
    assert claim.verdict is Verdict.MISMATCH
    (finding,) = [f for f in result.findings if f.found == "June 17, 2011"]
    assert "27 June 2011" in finding.message
    # the right day is supported, and the year that holds it is not another side of a dispute
    result = lint_text(text.replace("June 17", "June 27"), "draft.md", reference, pack)
    assert [c.verdict for c in result.claims if c.claim.kind is Kind.DATE] == [Verdict.SUPPORTED]
    # a month inside the year, with no source as precise as a month, still agrees
    result = lint_text("The State Department report was published in June 2011.", "draft.md",
                       _report_dates_reference(rc("2011", year(2011), "wiki", 3)), pack)
    assert [c.verdict for c in result.claims if c.claim.kind is Kind.DATE] == [Verdict.SUPPORTED]


def test_a_precise_date_of_another_year_does_not_decide_a_month_a_period_holds(pack):
    """A period's "October 2022" end says nothing of its start: the draft's "January 2017" lies inside another
    source's "between 2017 and 2022"; a precise date of the draft's own year still decides."""
    period = DateValue("2017-01-01", "2022-12-31", "year")
    text = "The under-declared landings ran from January 2017 in the report on the landings."
    for other, verdict in (("2022-10-01", Verdict.SUPPORTED), ("2017-03-01", Verdict.MISMATCH)):
        month = DateValue(other, other[:8] + "31", "month")
        reference = _report_dates_reference(rc("between 2017 and 2022", period, "wiki", 3),
                                            rc(other[:7], month, "state", 6))
        result = lint_text(text, "draft.md", reference, pack)
        assert [c.verdict for c in result.claims if c.claim.kind is Kind.DATE] == [verdict], other
    # not a decade's, nor the same day of another year (a slip of the year)
    decade = DateValue("2010-01-01", "2019-12-31", "decade")
    reference = _report_dates_reference(rc("the 2010s", decade, "wiki", 3), rc("2018", year(2018), "state", 6))
    result = lint_text("The State Department report was published in 2019.", "draft.md", reference, pack)
    assert [c.verdict for c in result.claims if c.claim.kind is Kind.DATE] == [Verdict.MISMATCH]
    reference = _report_dates_reference(rc("2018-2019", DateValue("2018-01-01", "2019-12-31", "year"), "wiki", 3),
                                        rc("3 March 2018", DateValue("2018-03-03", "2018-03-03", "day"), "state", 6))
    result = lint_text("The State Department report was published on 3 March 2019.", "draft.md", reference, pack)
    assert [c.verdict for c in result.claims if c.claim.kind is Kind.DATE] == [Verdict.MISMATCH]


def test_a_topic_another_value_of_the_sentence_agrees_with_is_that_values(pack):
    # the source's one sentence gave two topics with the same words; the draft's 412 is the first
    # topic's value, so its "five" is checked against the other topic, not against 412
    network = Source("network", "Debt survey", "Migrant Justice Network", date="2023", path="n.txt")
    words = ("researchers", "interviewed", "migrant", "workers", "provinces", "survey")
    reference = Reference(sources=(network,), topics=(
        Topic("survey-interviews", Kind.FIGURE, "migrant workers interviewed by the survey in provinces",
              (rc("412", Figure(412.0, 412.0, noun="workers"), "network", 26),), keywords=words),
        Topic("survey-provinces", Kind.FIGURE, "provinces the survey covered",
              (rc("four", Figure(4.0, 4.0, noun="provinces"), "network", 26),), keywords=words[:-2]),
    ))
    text = "Researchers interviewed 412 migrant workers in five provinces for the survey."
    result = lint_text(text, "draft.md", reference, pack)
    verdicts = {c.claim.text: (c.verdict, c.topics) for c in result.claims}
    assert verdicts["412"] == (Verdict.SUPPORTED, ("survey-interviews",))
    assert verdicts["five"] == (Verdict.MISMATCH, ("survey-provinces",))


def test_an_amount_with_the_sources_conversion_is_the_sources_figure_with_a_slip(pack):
    # the words say little ("night" is all they share); the same $3.30 says it is the source's figure
    usd = Figure(3.3, 3.3, "currency:USD")
    reference = Reference(sources=(DNK,), topics=(
        Topic("room-price", Kind.FIGURE, "what women who are sold receive for rented rooms",
              (rc("10,000 won ($3.30)", Figure(10000.0, 10000.0, "currency:KRW", per="night", conversion=usd),
                  "dnk", 26),),
              keywords=("rented", "rooms", "receive", "women", "sold", "night", "separately")),
    ))
    text = "In the border city a night costs 100,000 won ($3.30), the paper says."
    verdict, finding = verdict_of_in(text, "100,000 won", reference, pack)
    assert verdict is Verdict.MISMATCH and "10,000 won ($3.30)" in finding.message
    # another conversion is another figure: nothing says it is this one
    verdict, _ = verdict_of_in(text.replace("$3.30", "$33"), "100,000 won", reference, pack)
    assert verdict is Verdict.UNSUPPORTED


def test_a_date_that_only_holds_the_claims_day_does_not_outweigh_the_words_of_another_point(pack):
    """A network "organised between March 2020 and May 2022" cannot contradict "17 May 2022", so agreeing
    with it says little; the draft's words are those of the raid, which a source dates 14 May 2022."""
    network = Topic("network-period", Kind.DATE, "period the smuggling network was organised",
                    (rc("between March 2020 and May 2022", DateValue("2020-03-01", "2022-05-31", "month"), "dnk", 5),),
                    keywords=("network", "organised", "smuggling", "timber", "port"))
    raid = Topic("raid-day", Kind.DATE, "day customs officers raided the port warehouse",
                 (rc("14 May 2022", DateValue("2022-05-14", "2022-05-14", "day"), "wiki", 9),),
                 keywords=("customs", "officers", "raided", "warehouse", "seized"))
    reference = Reference(sources=(WIKI, DNK), topics=(network, raid))
    text = "On 17 May 2022 customs officers raided a warehouse that the timber network used."
    assert verdict_of_in(text, "17 May 2022", reference, pack)[0] is Verdict.MISMATCH


def test_a_collapse_is_the_day_a_structure_gave_way(pack):
    """Writers say "collapse" where a source says the embankment "gave way" or "burst" (match.toml synonyms)."""
    gave_way = Topic("dam-day", Kind.DATE, "night the Verenka dam embankment gave way",
                     (rc("17 October 2022", DateValue("2022-10-17", "2022-10-17", "day"), "wiki", 4),),
                     keywords=("verenka", "embankment", "gave", "way", "night"))
    reference = Reference(sources=(WIKI,), topics=(gave_way,))
    assert verdict_of_in("The collapse of the embankment on 19 October 2022 flooded the valley.", "19 October 2022",
                         reference, pack)[0] is Verdict.MISMATCH


def test_another_paragraph_of_the_article_cited_for_the_same_person_is_the_other_side_of_the_point(pack):
    """The court and the wire convict Brannik under Article 342(3); a paper cites 342(4) for his conviction, in
    words the build kept apart: the draft's 342(3) is contested. The 342(1) the six examiners were convicted under
    is another person's provision."""
    from lint.context import tokens

    brannik = tokens("Brannik")[0]  # (as a build writes a topic's keywords)

    ours = Topic("brannik-article", Kind.STATUTE, "article Brannik was convicted under for taking bribes",
                 (code_article("342(3)", "wiki", 5), code_article("342(3)", "state", 9)),
                 keywords=("convicted", brannik, "bribes", "large", "amount"))
    paper = Topic("paper-article", Kind.STATUTE, "provision the paper says Brannik was convicted under",
                  (code_article("342(4)", "dnk", 14),), keywords=("paper", brannik, "provision", "sentenced"))
    examiners = Topic("examiners-article", Kind.STATUTE, "article the six examiners were convicted under",
                      (code_article("342(1)", "dnk", 20),), keywords=("six", "examiners", "convicted", "bribes"))
    reference = Reference(sources=(WIKI, DNK, STATE), topics=(ours, paper, examiners))
    text = "The court convicted Teodor Brannik of taking bribes under Article 342(3) of the Criminal Code."
    assert verdict_of_in(text, "Article 342(3)", reference, pack)[0] is Verdict.CONTESTED
    alone = Reference(sources=(WIKI, DNK, STATE), topics=(ours, examiners))
    assert verdict_of_in(text, "Article 342(3)", alone, pack)[0] is Verdict.SUPPORTED
    # a later sentence names him by his surname alone, as the draft named him in full before: the same person
    later = ("Teodor Brannik ran the board's regional office for a decade. "
             "Brannik was convicted of taking bribes under Article 342(3) of the Criminal Code.")
    assert verdict_of_in(later, "Article 342(3)", reference, pack)[0] is Verdict.CONTESTED
    # ... but a capitalised word is no person where neither the draft nor the sources name anyone by it
    unnamed = "Brannik was convicted of taking bribes under Article 342(3) of the Criminal Code."
    assert verdict_of_in(unnamed, "Article 342(3)", reference, pack)[0] is Verdict.SUPPORTED


def test_a_value_credited_to_a_body_the_sources_credit_with_the_other_side_is_misattributed(pack):
    """The wire and the court give the bribes prosecutors alleged as 6.8 million; a paper's documents show 7.4 million.
    "Prosecutors put the bribes at 7.4 million" credits the paper's side to the prosecutors: an attribution, not a
    dispute the draft settled. Told uncredited, it is the disputed point; credited to the prosecutors, the 6.8 million
    is theirs."""
    def million(n):
        return Figure(n * 1e6, n * 1e6, "currency:VELTS")

    topic = Topic("bribes", Kind.FIGURE, "bribes Brannik took",
                  (replace(rc("6.8 million", million(6.8), "wiki", 7), credited="prosecutors"),
                   replace(rc("6.8 million", million(6.8), "state", 12), credited="prosecutors"),
                   rc("7.4 million", million(7.4), "dnk", 30)),
                  keywords=("bribes", "brannik", "took", "velts", "total"))
    reference = Reference(sources=(WIKI, DNK, STATE), topics=(topic,))
    credited = "Prosecutors put the total of the bribes Brannik took at 7.4 million velts."
    assert verdict_of_in(credited, "7.4 million", reference, pack)[0] is Verdict.ATTRIBUTION
    plain = "The bribes Brannik took totalled 7.4 million velts."
    assert verdict_of_in(plain, "7.4 million", reference, pack)[0] is Verdict.CONTESTED
    theirs = "Prosecutors put the total of the bribes Brannik took at 6.8 million velts."
    assert verdict_of_in(theirs, "6.8 million", reference, pack)[0] is Verdict.SUPPORTED


def test_a_laws_year_is_judged_by_the_citations_that_give_one(pack):
    """The report cites Article 34 of the Road Vehicles Safety Act 2012; the wire and the court cite Article 34 alone.
    A draft's "Act 2010" is wrong, however many citations leave the year out; its "Act 2012", or no year, agrees."""
    def article(text, source, line, year=None):
        return rc(text, Statute(("34",), law="road vehicles safety act", year=year), source, line)

    topic = Topic("notify-duty", Kind.STATUTE, "article requiring an importer to notify a defect",
                  (article("Article 34 of the Road Vehicles Safety Act 2012", "wiki", 58, 2012),
                   article("Article 34 of the Road Vehicles Safety Act", "dnk", 12),
                   article("Article 34", "state", 19)),
                  keywords=("importer", "notify", "defect", "authority", "working", "days"))
    reference = Reference(sources=(WIKI, DNK, STATE), topics=(topic,))
    text = "Article 34 of the Road Vehicles Safety Act{} requires an importer to notify the authority of a defect."
    assert verdict_of_in(text.format(" 2010"), "Article 34", reference, pack)[0] is Verdict.MISMATCH
    assert verdict_of_in(text.format(" 2012"), "Article 34", reference, pack)[0] is Verdict.SUPPORTED
    assert verdict_of_in(text.format(""), "Article 34", reference, pack)[0] is Verdict.SUPPORTED
    # where no citation gives the year, the draft's year is not contradicted
    yearless = Reference(sources=(WIKI, DNK, STATE), topics=(replace(topic, claims=topic.claims[1:]),))
    assert verdict_of_in(text.format(" 2010"), "Article 34", yearless, pack)[0] is Verdict.SUPPORTED


def test_a_topic_naming_no_one_is_still_the_persons_conviction_another_paragraph_contests(pack):
    """A report gives the chief executive's conviction under Article 214(3) without his name; a paper, in words of its
    own, says Orvalle was convicted under 214(2). The draft names Orvalle: the paper's paragraph is the other side. Not
    where the report's topic names another of the draft's persons: that is the other person's conviction."""
    from lint.context import tokens

    orvalle, sauveny = tokens("Orvalle")[0], tokens("Sauveny")[0]
    paper = Topic("paper-article", Kind.STATUTE, "", (code_article("214(2)", "dnk", 24),),
                  keywords=("ledger", orvalle, "copy", "operative", "part"))

    def report(*names):
        return Topic("report-article", Kind.STATUTE, "",
                     (code_article("214(3)", "wiki", 69), code_article("214(3)", "state", 9)),
                     keywords=("convicted", *names, "aggravated", "fraud", "causing", "damage"))

    text = ("Matej Orvalle and Ilja Sauveny stood trial together, and Sauveny was acquitted. "
            "Orvalle was convicted of aggravated fraud under Article 214(3), causing damage to the fund.")
    by_role = Reference(sources=(WIKI, DNK, STATE), topics=(report("chief", "executive"), paper))
    assert verdict_of_in(text, "Article 214(3)", by_role, pack)[0] is Verdict.CONTESTED
    by_another = Reference(sources=(WIKI, DNK, STATE), topics=(report(sauveny), paper))
    assert verdict_of_in(text, "Article 214(3)", by_another, pack)[0] is Verdict.SUPPORTED


def test_a_near_day_whose_words_fit_the_draft_better_is_the_other_side_though_under_the_cutoff(pack):
    """The draft's "14 November 2023" finds the inspectorate's day by its value alone (its words say little); a
    paper's "21 November 2023", told in the draft's own words but not enough of them to pass the cutoff, is the other
    side of the point. A day months away is another event."""
    def day(iso):
        return DateValue(iso, iso, "day")

    ours = Topic("raid-day", Kind.DATE, "", (rc("14 November 2023", day("2023-11-14"), "wiki", 4),),
                 keywords=("inspectors", "morning", "plant", "tolvik", "pellet", "contract", "signed", "winter",
                           "stock", "delivery"))

    def paper(iso):
        return Topic("raid-day-paper", Kind.DATE, "", (rc(iso, day(iso), "dnk", 9),),
                     keywords=("raided", "offices", "cartel", "feature", "boilers", "rigged", "prices", "heating",
                               "suppliers", "hearing", "tender", "firms", "ledger", "former", "employees", "notes",
                               "handwritten", "meeting", "carve"))

    text = "Inspectors raided the suppliers' offices on 14 November 2023."
    near = Reference(sources=(WIKI, DNK), topics=(ours, paper("2023-11-21")))
    assert verdict_of_in(text, "14 November 2023", near, pack)[0] is Verdict.CONTESTED
    far = Reference(sources=(WIKI, DNK), topics=(ours, paper("2023-03-21")))
    assert verdict_of_in(text, "14 November 2023", far, pack)[0] is Verdict.SUPPORTED


def test_what_the_prosecution_sought_is_what_prosecutors_asked_for(pack):
    """"The prosecution sought eight years" and a draft's "prosecutors had asked for nine years": one point told in
    other words (match.toml synonyms), not the eleven years sought for another defendant."""
    def sought(tid, subject, years, words):
        return Topic(tid, Kind.PENALTY, subject,
                     (rc(f"{years} years", Penalty("prison", "exact", 12.0 * years, 12.0 * years), "wiki", 4),),
                     keywords=words)

    ours = sought("sought-aumont", "term the prosecution sought", 8,
                  ("prosecution", "sought", "aumont", "operations", "manager", "metro", "pumps"))
    other = sought("sought-ederle", "term Ederle was given for the flooding", 11, ("ederle", "given", "flooding"))
    reference = Reference(sources=(WIKI,), topics=(ours, other))
    verdict, finding = verdict_of_in("Prosecutors had asked for nine years in prison.", "nine years", reference, pack)
    assert verdict is Verdict.MISMATCH and finding.topic == "sought-aumont"


def test_a_term_given_never_lands_on_the_term_asked_for(pack):
    """A source's "Prosecutors had asked for ... 10 for his wife" is a point of its own ("^asked"): a draft's "his wife
    Ilinka received eight years", in words nearer that point's few than the sentence's, is the eight years she was
    given, not a wrong value of the ten asked for; and a draft's "will ask for ten years" is the demand's."""
    asked = Topic("asked-ilinka", Kind.PENALTY, "term prosecutors asked for Ilinka Vesk",
                  (rc("10", Penalty("unspecified", "exact", 120.0, 120.0), "wiki", 4),),
                  keywords=("^asked", "wife", "ilinka", "vesk", "prosecutor", "radomir"))
    given = Topic("given-ilinka", Kind.PENALTY, "term Ilinka Vesk received",
                  (rc("eight years in prison", Penalty("prison", "exact", 96.0, 96.0), "wiki", 9),),
                  keywords=("ilinka", "vesk", "finance", "director", "co", "owner", "received", "fraud", "fine",
                            "adulteration", "convicted", "november"))
    reference = Reference(sources=(WIKI,), topics=(asked, given))
    verdict, finding = verdict_of_in("Radomir Vesk was sentenced to 14 years; his wife Ilinka received eight years.",
                                     "eight years", reference, pack)
    assert verdict is Verdict.SUPPORTED and finding is None
    verdict, finding = verdict_of_in("Prosecutors will ask for eleven years for his wife Ilinka Vesk.",
                                     "eleven years", reference, pack)
    assert verdict is Verdict.MISMATCH and finding.topic == "asked-ilinka"
    # ... nor a demand's second item, after a comma, of the terms asked for
    verdict, finding = verdict_of_in("Prosecutors had asked for 14 years for Radomir Vesk, ten years for Ilinka Vesk.",
                                     "ten years", reference, pack)
    assert verdict is Verdict.SUPPORTED and finding is None


def test_a_report_made_public_is_a_report_published(pack):
    """Two days of one report, told in words alike but for the deed: "made public" is the publishing."""
    def day(tid, subject, iso, deed):
        return Topic(tid, Kind.DATE, subject, (rc(iso, DateValue(iso, iso, "day"), "wiki", 4),),
                     keywords=("audit", "report", deed))

    signed = day("report-signed", "day the audit report was signed", "2023-06-02", "signed")
    published = day("report-published", "day the audit report was published", "2023-05-16", "published")
    reference = Reference(sources=(WIKI,), topics=(signed, published))
    result = lint_text("The audit report was made public in April 2023.", "d.md", reference, pack)
    assert [(c.verdict, c.topics) for c in result.claims] == [(Verdict.MISMATCH, ("report-published",))]


@pytest.mark.parametrize(("text", "found"), [
    ("Fourteen men were rounded up on 19 June 2023.", "19 June 2023"),
    ("Nineteen have never been found.", "Nineteen"),
    ("The firm must hand over the $3.2 million its staff are owed.", "$3.2 million"),
])
def test_a_writers_words_for_a_sources_deed_find_its_topic(pack, text, found):
    """"rounded up" is arrested, "never been found" is missing, "owed" is unpaid (match.toml synonyms)."""
    def topic(tid, kind, subject, value, norm):
        return Topic(tid, kind, subject, (rc(value, norm, "wiki", 4),), keywords=tuple(subject.split()))

    reference = Reference(sources=(WIKI,), topics=(
        topic("arrests", Kind.DATE, "day arrested", "21 June 2023",
              DateValue("2023-06-21", "2023-06-21", "day")),
        topic("missing", Kind.FIGURE, "missing", "21", Figure(21, 21)),
        topic("wages", Kind.FIGURE, "unpaid wages", "$2.3 million", Figure(2.3e6, 2.3e6, "currency:USD"))))
    assert verdict_of_in(text, found, reference, pack)[0] is Verdict.MISMATCH


@pytest.mark.parametrize(("text", "found"), [
    ("The blast killed 41 people.", "41"),
    ("The blast left 41 dead.", "41"),
    ("There were 41 deaths in the blast.", "41"),
    ("The blast caused 41 fatalities.", "41"),
])
def test_a_death_toll_is_found_however_the_writer_counts_the_dead(pack, text, found):
    """"killed", "dead", "deaths", "fatalities": one death toll, where the source says "died" (match.toml synonyms)."""
    died = Topic("toll", Kind.FIGURE, "people died", (rc("37", Figure(37, 37, noun="people"), "wiki", 4),),
                 keywords=("people", "died"))
    assert verdict_of_in(text, found, Reference(sources=(WIKI,), topics=(died,)), pack)[0] is Verdict.MISMATCH


@pytest.mark.parametrize("text", ["Owing to the fire, the firm lost $3.2 million.",
                                  "Fishing boats picked up survivors on 19 June 2023."])
def test_other_senses_of_a_sources_deed_find_no_topic(pack, text):
    arrests = Topic("arrests", Kind.DATE, "day arrested",
                    (rc("21 June 2023", DateValue("2023-06-21", "2023-06-21", "day"), "wiki", 4),), keywords=("arrested",))
    wages = Topic("wages", Kind.FIGURE, "unpaid wages", (rc("$2.3 million", Figure(2.3e6, 2.3e6, "currency:USD"), "wiki", 5),),
                  keywords=("unpaid", "wages"))
    result = lint_text(text, "d.md", Reference(sources=(WIKI,), topics=(arrests, wages)), pack)
    assert [c.verdict for c in result.claims] == [Verdict.UNSUPPORTED]


def test_one_persons_age_is_not_disputed_by_the_ages_of_many(pack):
    """A topic a curator made of the nurse's age and the patients' ages: the patients' span of ages is no
    other side of the nurse's."""
    ages = Topic("ages", Kind.FIGURE, "age of the night nurse and of the patients at the clinic",
                 (rc("34-year-old", Figure(34, 34, "age"), "wiki", 4),
                  rc("aged between 67 and 94", Figure(67, 94, "age"), "dnk", 9)),
                 keywords=("nurse", "patients", "clinic", "night"))
    reference = Reference(sources=(WIKI, DNK), topics=(ages,))
    assert verdict_of_in("The 34-year-old night nurse raised the alarm at the clinic.", "34", reference, pack)[0] \
        is Verdict.SUPPORTED


def test_the_start_of_a_total_is_not_an_events_date(pack):
    """"bringing the total since 2019 to 98.8 million" is the start of a sum, not the year of the topic's
    event; "the plant has been closed since 2019" against "closed in 2021" is still wrong."""
    prosecutions = Topic("prosecutions-year", Kind.DATE, "year the prosecutions for illegal logging were opened",
                         (rc("2023", year(2023), "wiki", 4),), keywords=("prosecutions", "opened", "logging", "fines"))
    closed = Topic("plant-closed", Kind.DATE, "year the sawmill plant was closed",
                   (rc("2021", year(2021), "wiki", 6),), keywords=("sawmill", "plant", "closed"))
    reference = Reference(sources=(WIKI,), topics=(prosecutions, closed))
    total = "Logging prosecutions were opened and fines handed down, bringing the total since 2019 to 98.8 million."
    assert verdict_of_in(total, "since 2019", reference, pack)[0] is Verdict.UNSUPPORTED
    total = "Logging prosecutions were opened since 2019, bringing the total to 980."
    assert verdict_of_in(total, "since 2019", reference, pack)[0] is Verdict.UNSUPPORTED
    # a figure after the date that sums nothing leaves the date to be judged
    shut = "The sawmill plant has been closed since 2019 and 400 workers lost their jobs."
    assert verdict_of_in(shut, "since 2019", reference, pack)[0] is Verdict.MISMATCH
    assert verdict_of_in("The sawmill plant has been closed since 2019.", "since 2019", reference, pack)[0] \
        is Verdict.MISMATCH


def verdict_of_in(text, found, reference, pack):
    result = lint_text(text, "draft.md", reference, pack)
    hit = next(c for c in result.claims if found in c.claim.text)
    return hit.verdict, next((f for f in result.findings if f.start == hit.claim.start), None)


def test_a_table_row_giving_a_topics_very_value_finds_it_without_the_sources_rare_words(pack):
    # the source wrote "cashew nuts declared ... container" around July 2021; the draft's table row
    # says only "pangolin scales, 6.8 tonnes", words a dozen other topics share too
    courier = Source("courier", "Port seizures", "Kesaria Courier", date="2022", path="c.txt")
    seizure = Topic("scales-seized", Kind.DATE, "month the pangolin scales declared as cashew nuts were seized",
                    (rc("July 2021", DateValue("2021-07-01", "2021-07-31", "month"), "courier", 12),),
                    keywords=("cashew", "nuts", "declared", "container", "pangolin", "scales", "tonnes"))
    others = tuple(
        Topic(f"other-{i}", Kind.DATE, f"year of event {i}", (rc(str(1980 + i), year(1980 + i), "courier", 20 + i),),
              keywords=(f"place{chr(97 + i % 26)}{chr(97 + i // 26)}", "seizure", "port")
              + (("pangolin", "scales", "tonnes") if i % 3 == 0 else ()))
        for i in range(40))
    reference = Reference(sources=(courier,), topics=(seizure, *others))
    text = "| When | What | How much |\n|---|---|---|\n| July 2021 | pangolin scales | 6.8 tonnes |\n"
    verdict, _ = verdict_of_in(text, "July 2021", reference, pack)
    assert verdict is Verdict.SUPPORTED
    # a year is too common a value to stand for the topic's rare words
    verdict, _ = verdict_of_in(text.replace("July 2021", "1981"), "1981", reference, pack)
    assert verdict is Verdict.UNSUPPORTED
    # and the very day, with no word of its topic around it, is not that topic's either
    day = replace(seizure, claims=(rc("14 July 2021", DateValue("2021-07-14", "2021-07-14", "day"), "courier", 12),))
    day_reference = replace(reference, topics=(day,))  # a block small enough to be scored whole
    verdict, _ = verdict_of_in(text.replace("July 2021", "14 July 2021"), "14 July 2021", day_reference, pack)
    assert verdict is Verdict.SUPPORTED
    verdict, _ = verdict_of_in("The minister resigned on 14 July 2021.", "14 July 2021", day_reference, pack)
    assert verdict is Verdict.UNSUPPORTED


def test_an_article_is_not_its_topic_without_the_words_of_its_offence(pack):
    # the same section number, said of another offence, is no reason to call it this section's topic
    trust = Source("trust", "Wildlife crime", "Wildlife Trust", date="2023", path="t.txt")
    possession = Topic("trophy-possession", Kind.STATUTE, "section on possessing a trophy without a certificate",
                       (rc("Section 47", Statute(("47",), "section", "wildlife protection act"), "trust", 36),),
                       keywords=("possession", "trophy", "certificate", "ownership"))
    others = tuple(
        Topic(f"other-{i}", Kind.STATUTE, f"section {i}", (rc(f"Section {100 + i}", Statute((str(100 + i),), "section"),
                                                            "trust", 40 + i),),
              keywords=(f"offence{chr(97 + i)}", "wildlife"))
        for i in range(20))
    reference = Reference(sources=(trust,), topics=(possession, *others))
    text = "Trafficking in pangolin scales falls under Section 47 of the Wildlife Protection Act."
    verdict, _ = verdict_of_in(text, "Section 47", reference, pack)
    assert verdict is Verdict.UNSUPPORTED


def test_a_date_finer_than_the_reported_one_is_not_a_dropped_hedge(pack):
    # the source only reportedly gives the year; the draft's day is more than any source alleges
    reference = Reference(sources=(WIKI,), topics=(
        Topic("merek-detained", Kind.DATE, "year the network's director was detained",
              (rc("2019", year(2019), "wiki", 43, hedged=True),), keywords=("director", "detained", "merek")),
    ))
    verdict, _ = verdict_of_in("Its director, Daudi Merek, was detained on 2 April 2019.", "2 April 2019", reference, pack)
    assert verdict is Verdict.SUPPORTED
    verdict, finding = verdict_of_in("Its director, Daudi Merek, was detained in 2019.", "2019", reference, pack)
    assert verdict is Verdict.HEDGE and finding.code == "FL603"


def test_a_year_written_after_a_figure_is_judged_against_the_sources_year_for_it(pack):
    """The source: "fell from about 41,000 in 1979 to about 16,000 in 1989, during a poaching wave". The
    draft's "low point" shares no word with "poaching wave": its year is judged as the figure's own."""
    herald = Source("herald", "Elephants", "Herald", date="2024", path="h.txt")
    count = Figure(16000, 16000, "count", approx="about")
    reference = Reference(sources=(herald,), topics=(
        Topic("elephant-population", Kind.FIGURE, "elephant population after the poaching wave",
              (RefClaim("about 16,000", count, "herald", 7, evidence="41,000 in 1979 to about 16,000 in 1989, during a"),),
              keywords=("elephant", "population", "poaching", "wave")),
    ))

    def date_verdicts(text):
        result = lint_text(text, "draft.md", reference, pack)
        return [(c.claim.text, c.verdict) for c in result.claims if c.claim.kind is Kind.DATE]

    draft = "The elephant population is well above the low point of about 16,000 in {}."
    assert date_verdicts(draft.format(1999)) == [("1999", Verdict.MISMATCH)]
    assert date_verdicts(draft.format(1989)) == [("1989", Verdict.SUPPORTED)]
    # not written right after the figure, the year is not the figure's: judged on its own words
    assert date_verdicts("In 1999 the elephant population was well above the low point of about 16,000.") == [
        ("1999", Verdict.UNSUPPORTED)]
    # a source that gives the figure without a year of its own says nothing of the draft's year
    bare = replace(reference, topics=(replace(reference.topics[0], claims=(
        replace(reference.topics[0].claims[0], evidence="fell to about 16,000, during a"),)),))
    result = lint_text(draft.format(1999), "draft.md", bare, pack)
    assert [c.verdict for c in result.claims if c.claim.kind is Kind.DATE] == [Verdict.UNSUPPORTED]
    # the rest of the figure's clause may stand between it and its year
    long = "The elephant population is well above the low point of about 16,000 elephants counted in the park in {}."
    assert date_verdicts(long.format(1999)) == [("1999", Verdict.MISMATCH)]
    assert date_verdicts(long.format(1989)) == [("1989", Verdict.SUPPORTED)]
    # but not across punctuation
    assert date_verdicts("The low point was about 16,000, and the park was closed in 1999.") == [
        ("1999", Verdict.UNSUPPORTED)]


def test_a_year_further_on_in_a_figures_clause_is_judged_on_its_own_only_to_support_it(pack):
    """"16,000 elephants were counted before the park closed in 1999": the year may be the count's or the
    closing's. Where the count's topic gives no year, a date topic may support the year, never dispute it."""
    herald = Source("herald", "Elephants", "Herald", date="2024", path="h.txt")
    reference = Reference(sources=(herald,), topics=(
        Topic("elephant-count", Kind.FIGURE, "elephants counted in the park",
              (RefClaim("16,000", Figure(16000, 16000, "count"), "herald", 7, evidence="counted 16,000 elephants in the"),),
              keywords=("elephants", "counted", "park")),
        Topic("park-closed", Kind.DATE, "year the park closed",
              (RefClaim("1998", year(1998), "herald", 9, evidence="the park closed in 1998"),),
              keywords=("park", "closed", "gates")),
    ))

    def date_verdict(text):
        result = lint_text(text, "draft.md", reference, pack)
        return [c.verdict for c in result.claims if c.claim.kind is Kind.DATE]

    assert date_verdict("Rangers counted 16,000 elephants before the park closed in 1998.") == [Verdict.SUPPORTED]
    assert date_verdict("Rangers counted 16,000 elephants before the park closed in 1999.") == [Verdict.UNSUPPORTED]
    assert date_verdict("Rangers counted 16,000 elephants. The park closed in 1999.") == [Verdict.MISMATCH]
    # a date topic that gives the year judges it, even where the figure's source gives a year of its own
    dated = replace(reference, topics=(replace(reference.topics[0], claims=(
        replace(reference.topics[0].claims[0], evidence="counted 16,000 elephants in 1989"),)), reference.topics[1]))
    result = lint_text("Rangers counted 16,000 elephants before the park closed in 1998.", "draft.md", dated, pack)
    assert [c.verdict for c in result.claims if c.claim.kind is Kind.DATE] == [Verdict.SUPPORTED]
    # and a hedge on it stands: the year agrees, the source only reports it
    hedged = replace(reference, topics=(reference.topics[0], replace(reference.topics[1], claims=(
        replace(reference.topics[1].claims[0], hedged=True),))))
    result = lint_text("Rangers counted 16,000 elephants before the park closed in 1998.", "draft.md", hedged, pack)
    assert [c.verdict for c in result.claims if c.claim.kind is Kind.DATE] == [Verdict.HEDGE]


def test_a_figure_far_inside_another_points_open_bound_is_judged_on_its_own_point(pack):
    """2,400 kilograms lies inside "over 1.6 tonnes" only because an open bound holds all beyond it:
    the horn's own weight is the point the draft gets wrong."""
    herald = Source("herald", "Ivory dealer jailed", "Herald", date="2024", path="h.txt", aliases=("Herald",))
    reference = Reference(sources=(herald,), topics=(
        Topic("ivory-seized", Kind.FIGURE, "ivory found in the warehouse raid",
              (rc("over 1.6 tonnes", Figure(1600.0, 1600.0, "kg", approx="more-than"), "herald", 4),),
              keywords=("officers", "found", "ivory", "tusks")),
        Topic("horn-seized", Kind.FIGURE, "rhino horn found in the warehouse",
              (rc("2,100 kilograms", Figure(2100.0, 2100.0, "kg"), "herald", 5),),
              keywords=("rhino", "horn", "kg", "warehouse")),
    ))
    result = lint_text("In the raid officers found ivory and 2,400 kilograms of rhino horn in the warehouse.", "d.md",
                       reference, pack)
    [horn] = [c for c in result.claims if c.claim.text == "2,400"]
    assert horn.verdict is Verdict.MISMATCH and horn.topics == ("horn-seized",)


@pytest.mark.parametrize(("draft", "verdict"), [
    ("Customs seized 1.6 tonnes of ivory at the port.", Verdict.SUPPORTED),  # the source's 1,600 kg
    ("Customs seized 1,600 kg of ivory at the port.", Verdict.SUPPORTED),
    ("Customs seized 16 tonnes of ivory at the port.", Verdict.MISMATCH),
    # the source's number with a unit word a thousand times off: a wrong unit, not another point
    ("Customs seized 1,600 tonnes of ivory at the port.", Verdict.MISMATCH),
    ("Customs seized 1,700 tonnes of ivory at the port.", Verdict.UNSUPPORTED),  # a thousandfold, another number
])
def test_a_weight_is_compared_in_one_unit_whatever_unit_each_side_writes(pack, draft, verdict):
    gazette = Source("gazette", "Ivory seized", "Gazette", date="2024", path="g.txt", aliases=("Gazette",))
    reference = Reference(sources=(gazette,), topics=(
        Topic("ivory-seized", Kind.FIGURE, "ivory customs seized at the port",
              (rc("1,600 kilograms", Figure(1600.0, 1600.0, "kg"), "gazette", 3),),
              keywords=("customs", "seized", "ivory", "port")),
    ))
    [claim] = lint_text(draft, "d.md", reference, pack).claims
    assert claim.verdict is verdict


def test_a_topic_giving_the_claims_very_value_wins_over_a_table_total_sharing_more_words(pack):
    # a table's total row has only its header's words ("kilograms of pangolin scales"), all of them
    # in the draft's clause; the seizure's topic shares fewer of its many words, but gives 1,420
    trust = Source("trust", "Wildlife trade report", "Wildlife Trust", date="2024", path="t.txt")
    court = Source("court", "Judgment summary", "High Court", date="2024", path="c.txt")
    kg = "kg"
    seizure = Topic("airport-seizure", Kind.FIGURE, "kilograms of pangolin scales seized at the airport",
                    (rc("1,420", Figure(1420, 1420, kg), "court", 24), rc("1,420", Figure(1420, 1420, kg), "trust", 54)),
                    keywords=("airport", "cargo", "cashew", "consignment", "customs", "declared", "flight", "hanoi",
                              "sacks", "officers", "booked", "freight", "pangolin", "scales", "kilograms"))
    total = Topic("total-scales", Kind.FIGURE, "kilograms of pangolin scales",
                  (rc("4,125", Figure(4125, 4125, kg), "trust", 50),), keywords=("kilograms", "pangolin", "scales"))
    reference = Reference(sources=(trust, court), topics=(seizure, total))
    text = ("In March 2023 customs officers at the airport opened 38 sacks labelled as cashew nuts on a cargo flight. "
            "Inside were 1,420 kilograms of pangolin scales.\n")
    verdict, _ = verdict_of_in(text, "1,420", reference, pack)
    assert verdict is Verdict.SUPPORTED
    # another value is still judged against the topic its words find
    verdict, _ = verdict_of_in(text.replace("1,420", "1,240"), "1,240", reference, pack)
    assert verdict is Verdict.MISMATCH


def test_a_telling_value_a_source_gives_on_another_point_is_not_called_wrong(pack):
    tribune = Source("tribune", "Fake pesticides", "Tribune", date="2024", path="t.txt")
    reference = Reference(sources=(tribune,), topics=(
        Topic("fake-share", Kind.FIGURE, "share of pesticide samples found fake",
              (rc("27.8 percent", Figure(27.8, 27.8, "percent"), "tribune", 11),),
              keywords=("samples", "fake", "pesticide", "tested", "share")),
        Topic("farm-share", Kind.FIGURE, "share of farms in the delta using sprayers",
              (rc("34.1 percent", Figure(34.1, 34.1, "percent"), "tribune", 30),),
              keywords=("farms", "delta", "sprayers")),
    ))
    text = "Of the pesticide samples tested, {} were found to be fake.\n"
    verdict, _ = verdict_of_in(text.format("31.6 percent"), "31.6 percent", reference, pack)
    assert verdict is Verdict.MISMATCH
    # told in words that fit the samples only loosely, the farms' 34.1 percent may be what the draft means
    loose = "Some {} were found to be fake.\n"
    verdict, _ = verdict_of_in(loose.format("34.1 percent"), "34.1 percent", reference, pack)
    assert verdict is Verdict.UNSUPPORTED
    # ... not in the samples' very words, which share none of the farms' (WRONG_HERE_SCORE): the draft is wrong here
    verdict, _ = verdict_of_in(text.format("34.1 percent"), "34.1 percent", reference, pack)
    assert verdict is Verdict.MISMATCH
    # two significant digits are telling enough ("87 percent"); one ("30 percent") says nothing of which point
    two = replace(reference.topics[1], claims=(rc("87 percent", Figure(87, 87, "percent"), "tribune", 30),))
    verdict, _ = verdict_of_in(loose.format("87 percent"), "87 percent",
                               replace(reference, topics=(reference.topics[0], two)), pack)
    assert verdict is Verdict.UNSUPPORTED
    farm = replace(reference.topics[1], claims=(rc("30 percent", Figure(30, 30, "percent"), "tribune", 30),))
    common = replace(reference, topics=(reference.topics[0], farm))
    verdict, _ = verdict_of_in(text.format("30 percent"), "30 percent", common, pack)
    assert verdict is Verdict.MISMATCH


@pytest.mark.parametrize(("other", "verdict"), [
    ("2016", Verdict.CONTESTED),  # a year or two apart: a disputed date
    ("2013", Verdict.CONTESTED),
    ("2021", Verdict.SUPPORTED),  # six years apart: another event the topic took in
])
def test_a_source_date_years_from_the_drafts_is_another_event_not_another_side(pack, other, verdict):
    ban = Topic("bird-export-ban", Kind.DATE, "year wild bird exports were banned",
                (rc("2015", year(2015), "wiki", 13), rc(other, year(int(other)), "dnk", 26)),
                keywords=("wild", "birds", "export", "banned"))
    reference = replace(REFERENCE, topics=(*REFERENCE.topics, ban))
    result = lint_text("Exports of wild birds were banned in 2015.", "d.md", reference, pack)
    assert [c.verdict for c in result.claims] == [verdict]


def test_a_year_that_says_when_a_figure_holds_is_judged_with_the_figure_only(pack):
    ledger = Source("ledger", "Pension fraud", "National Ledger", date="2024", path="l.txt")
    audit = Topic("fraud-audit", Kind.DATE, "year the audit of fraud in the public sector was published",
                  (rc("2021", year(2021), "ledger", 9),), keywords=("fraud", "public", "sector", "audit", "cost"))
    reference = Reference(sources=(ledger,), topics=(audit,))
    result = lint_text("Fraud cost the public sector $240 million in 2023.", "d.md", reference, pack)
    assert [(c.claim.text, c.verdict) for c in result.claims] == [
        ("$240 million", Verdict.UNSUPPORTED), ("2023", Verdict.UNSUPPORTED)]
    # a year of its own, not after a figure, is still judged on the date topic
    result = lint_text("The audit of fraud in the public sector came out in 2023.", "d.md", reference, pack)
    assert [c.verdict for c in result.claims] == [Verdict.MISMATCH]


@pytest.mark.parametrize(("draft", "verdict"), [
    ("4,250 kilograms", Verdict.SUPPORTED),
    ("4,250 tonnes", Verdict.MISMATCH),  # the sources' number in a unit a thousand times off
    ("4.25 tonnes", Verdict.SUPPORTED),
    ("6,100 tonnes", Verdict.UNSUPPORTED),  # orders of magnitude off, and not the sources' number: another point
])
def test_the_sources_number_in_the_wrong_unit_is_a_mismatch(pack, draft, verdict):
    tribune = Source("tribune", "Warehouse raid", "Tribune", date="2022", path="t.txt")
    herald = Source("herald", "Raid", "Herald", date="2022", path="h.txt")
    powder = Topic("powder-seized", Kind.FIGURE, "powder seized in the warehouse raid",
                   (rc("4,250", Figure(4250, 4250, "kg"), "tribune", 28),
                    rc("more than four", Figure(4000, 4000, "kg", approx="more-than"), "herald", 19)),
                   keywords=("powder", "seized", "warehouse", "raid", "liquid"))
    reference = Reference(sources=(tribune, herald), topics=(powder,))
    text = f"Inspectors raided the warehouse, seizing liquid and {draft} of powder.\n"
    verdict_found, _ = verdict_of_in(text, draft.split()[0], reference, pack)
    assert verdict_found is verdict


def test_a_provision_in_a_table_is_about_the_offence_its_row_names(pack):
    # "| Plant Act, Section 16 | selling an adulterated pesticide |": the offence is in the next cell
    trust = Source("trust", "Fake pesticides", "Trust", date="2024", path="t.txt")
    law = "plant protection act"
    reference = Reference(sources=(trust,), topics=(
        Topic("adulterated", Kind.STATUTE, "section on selling an adulterated pesticide",
              (rc("Section 15", Statute(("15",), "section", law), "trust", 19),),
              keywords=("selling", "adulterated", "pesticide", "mislabelled")),
        Topic("licence", Kind.STATUTE, "section on dealing in pesticides without a licence",
              (rc("Section 27", Statute(("27",), "section", law), "trust", 20),),
              keywords=("dealing", "pesticides", "licence")),
    ))
    table = ("| Provision | Offence |\n|---|---|\n"
             "| Plant Protection Act, Section {} | selling an adulterated or mislabelled pesticide |\n")
    verdict, _ = verdict_of_in(table.format(16), "Section 16", reference, pack)
    assert verdict is Verdict.MISMATCH
    verdict, _ = verdict_of_in(table.format(15), "Section 15", reference, pack)
    assert verdict is Verdict.SUPPORTED


def test_a_figure_far_from_the_drafts_or_a_sentence_against_the_laws_range_is_not_another_side(pack):
    courier = Source("courier", "Raid", "Courier", date="2024", path="c.txt")
    court = Source("court", "Judgment", "High Court", date="2024", path="j.txt")
    reference = Reference(sources=(WIKI, courier, court), topics=(
        Topic("trapped-workers", Kind.FIGURE, "migrant domestic workers trapped in forced labour",
              (rc("as many as 60,000", Figure(60000, 60000, approx="up-to"), "wiki", 40),
               rc("412", Figure(412, 412), "courier", 12)),
              keywords=("migrant", "domestic", "workers", "trapped", "forced", "labour")),
        Topic("trafficking-term", Kind.PENALTY, "prison term for aggravated trafficking",
              (rc("five to 15 years' imprisonment", Penalty("prison", "range", 60, 180), "wiki", 22),
               rc("eight years' imprisonment", Penalty("prison", "exact", 96, 96), "court", 30)),
              keywords=("aggravated", "trafficking", "prison")),
    ))
    verdict, _ = verdict_of_in("Some 60,000 migrant domestic workers are trapped in forced labour.", "60,000",
                               reference, pack)
    assert verdict is Verdict.SUPPORTED
    verdict, _ = verdict_of_in("Aggravated trafficking carries five to 15 years in prison.", "five to 15",
                               reference, pack)
    assert verdict is Verdict.SUPPORTED
    # a disputed figure is a margin away: 300 against 412 is the other side
    verdict, _ = verdict_of_in("In all, 300 migrant domestic workers are trapped in forced labour.", "300",
                               replace(reference, topics=(replace(reference.topics[0], claims=(
                                   rc("300", Figure(300, 300), "wiki", 40), rc("412", Figure(412, 412), "courier", 12))),
                                   reference.topics[1])), pack)
    assert verdict is Verdict.CONTESTED


def test_a_coarser_date_holding_the_drafts_does_not_take_the_claim_from_its_topic(pack):
    # the audit's "2021" holds "12 May 2021" but does not give it: the raid's topic judges the day
    herald = Source("herald", "Raid", "Herald", path="h.txt", aliases=("Herald",))
    raid = Topic("raid-date", Kind.DATE, "day police raided the Varakh warehouse",
                 (RefClaim("14 May 2021", DateValue("2021-05-14", "2021-05-14", "day"), "herald", 3,
                           evidence="Police raided the Varakh warehouse on 14 May 2021"),),
                 keywords=("raid", "raided", "police", "varakh", "warehouse"))
    audit = Topic("audit-date", Kind.DATE, "year customs officers audited the Varakh warehouse documents",
                  (RefClaim("2021", year(2021), "herald", 9,
                            evidence="customs officers audited the Varakh warehouse documents in 2021"),),
                  keywords=("audit", "customs", "documents", "varakh", "warehouse", "officers"))
    reference = Reference(sources=(herald,), topics=(raid, audit))
    verdict, _ = verdict_of_in("Police raided the Varakh warehouse on 12 May 2021.", "12 May 2021", reference, pack)
    assert verdict is Verdict.MISMATCH


def test_the_agreeing_topic_rule_keeps_the_users_cutoff(pack):
    from lint.settings import MatchSettings, Settings

    trust = Source("trust", "Seizures", "Trust", date="2024", path="t.txt")
    seizure = Topic("airport-seizure", Kind.FIGURE, "kilograms of pangolin scales seized at the airport",
                    (rc("1,420", Figure(1420, 1420, "kg"), "trust", 54),),
                    keywords=("airport", "cargo", "cashew", "consignment", "customs", "declared", "flight", "hanoi",
                              "sacks", "officers", "booked", "freight", "pangolin", "scales", "kilograms"))
    total = Topic("total-scales", Kind.FIGURE, "kilograms of pangolin scales",
                  (rc("4,125", Figure(4125, 4125, "kg"), "trust", 50),), keywords=("kilograms", "pangolin", "scales"))
    reference = Reference(sources=(trust,), topics=(seizure, total))
    text = ("In March 2023 customs officers at the airport opened 38 sacks labelled as cashew nuts on a cargo flight. "
            "Inside were 1,420 kilograms of pangolin scales.\n")
    for cutoff, verdict in ((25.0, Verdict.SUPPORTED), (47.0, Verdict.UNSUPPORTED)):
        result = lint_text(text, "d.md", reference, pack, Settings(match=MatchSettings(cutoff=cutoff)))
        assert [c.verdict for c in result.claims if c.claim.text == "1,420"] == [verdict], cutoff


def test_a_hand_written_date_of_a_year_alone_is_compared_without_a_crash(pack):
    # a curated reference may write a norm as "1990" (not ISO) or a day that does not exist
    odd = Topic("ban-year", Kind.DATE, "year wild bird exports were banned",
                (rc("2015", year(2015), "wiki", 13), rc("1990", DateValue("1990", "1990", "year"), "dnk", 26),
                 rc("30 February 2016", DateValue("2016-02-30", "2016-02-30", "day"), "state", 27)),
                keywords=("wild", "birds", "export", "banned"))
    reference = replace(REFERENCE, topics=(*REFERENCE.topics, odd))
    result = lint_text("Exports of wild birds were banned in 2015.", "d.md", reference, pack)
    assert [c.verdict for c in result.claims] == [Verdict.CONTESTED]  # 30 February 2016 is a year away


def test_a_month_another_point_gives_is_still_judged_on_its_own_topic(pack):
    # months and years recur across a reference's points: "May 2021" is not taken for the audit's
    herald = Source("herald", "Raid", "Herald", path="h.txt", aliases=("Herald",))
    raid = Topic("raid-date", Kind.DATE, "month police raided the Varakh warehouse",
                 (RefClaim("April 2021", DateValue("2021-04-01", "2021-04-30", "month"), "herald", 3),),
                 keywords=("raid", "raided", "police", "varakh", "warehouse"))
    audit = Topic("audit-date", Kind.DATE, "month the ministry audited the port accounts",
                  (RefClaim("May 2021", DateValue("2021-05-01", "2021-05-31", "month"), "herald", 9),),
                  keywords=("audit", "ministry", "port", "accounts"))
    reference = Reference(sources=(herald,), topics=(raid, audit))
    verdict, _ = verdict_of_in("Police raided the Varakh warehouse in May 2021.", "May 2021", reference, pack)
    assert verdict is Verdict.MISMATCH


def test_a_body_named_by_its_kind_is_the_source_of_that_kind(pack):
    court = Source("court", "Judgment summary", "High Court of Belsarra", date="2024", path="c.txt")
    answer = Source("answer", "Written answer by the Minister of Tourism", "National Assembly", date="2024",
                    path="a.txt")
    cost = Topic("clean-up-cost", Kind.FIGURE, "cost of removing the waste and cleaning the riverbed",
                 (rc("3.2 billion corins", Figure(3.2e9, 3.2e9, "currency:CORINS"), "answer", 35),),
                 keywords=("removing", "waste", "cleaning", "riverbed", "cost"))
    reference = Reference(sources=(court, answer), topics=(cost,))
    text = "According to the {}, removing the waste and cleaning the riverbed will cost 3.2 billion corins."
    verdict, _ = verdict_of_in(text.format("court"), "3.2 billion", reference, pack)
    assert verdict is Verdict.ATTRIBUTION
    verdict, _ = verdict_of_in(text.format("ministry"), "3.2 billion", reference, pack)  # the minister's answer
    assert verdict is Verdict.SUPPORTED
    # a kind is named by a whole word: the "Daily Tribune" that gives it is no tribunal
    tribunal = Source("tribunal", "Ruling", "Belsarra Land Tribunal", date="2024", path="t.txt")
    tribune = replace(reference, sources=(replace(court, publisher="Daily Tribune"), answer, tribunal),
                      topics=(replace(cost, claims=(rc("3.2 billion corins", Figure(3.2e9, 3.2e9, "currency:CORINS"),
                                                       "court", 35),)),))
    verdict, _ = verdict_of_in(text.format("tribunal"), "3.2 billion", tribune, pack)
    assert verdict is Verdict.ATTRIBUTION
    # a kind no source is of says not which body is meant ("the foundation" for a Fundación): no finding
    verdict, _ = verdict_of_in(text.format("foundation"), "3.2 billion", reference, pack)
    assert verdict is Verdict.SUPPORTED
    # ... with its verb, and a word that narrows it: "the passengers' association says"
    association = Source("assoc", "Statement", "Stella Orsina Passengers' and Families' Association", date="2024",
                         path="s.txt")
    with_association = replace(reference, sources=(court, answer, association))
    text = "The passengers' association says removing the waste and cleaning the riverbed will cost 3.2 billion corins."
    verdict, _ = verdict_of_in(text, "3.2 billion", with_association, pack)
    assert verdict is Verdict.ATTRIBUTION


def test_a_statute_may_match_a_little_below_the_cutoff(pack):
    from lint.extract import extract_claims
    from lint.match import Matcher
    from lint.settings import MatchSettings, Settings
    from lint.source import parse_document

    text = "In North Korea, selling sex repeatedly falls under Article 262 of the criminal code."
    [claim] = [c for c in extract_claims(parse_document(text, "d.md"), pack) if c.kind is Kind.STATUTE]
    score = Matcher(REFERENCE, MatchSettings(cutoff=0.0)).match(claim, [claim]).score
    cutoff = score + 2.0  # the statute's best topic falls just short of it
    strict = lint_text(text, "d.md", REFERENCE, pack, Settings(match=MatchSettings(cutoff=cutoff, statute_margin=0.0)))
    default = lint_text(text, "d.md", REFERENCE, pack, Settings(match=MatchSettings(cutoff=cutoff)))
    [strict_verdict] = [c.verdict for c in strict.claims if c.claim.kind is Kind.STATUTE]
    [default_verdict] = [c.verdict for c in default.claims if c.claim.kind is Kind.STATUTE]
    assert (strict_verdict, default_verdict) == (Verdict.UNSUPPORTED, Verdict.MISMATCH)


def test_a_range_of_terms_is_the_laws_point_not_the_terms_a_court_gave(pack):
    """"A forestry official who takes a bribe faces three to ten years": the law's range, though the words
    fit the topic of the two inspectors' five-year terms better."""
    herald = Source("herald", "Timber case", "Herald", date="2024", path="h.txt")
    court = Source("court", "Judgment", "Court", date="2024", path="c.txt")
    penalty = Penalty("prison", "exact", 60, 60)
    reference = Reference(sources=(herald, court), topics=(
        Topic("inspectors-sentenced", Kind.PENALTY, "terms the forestry officials got for taking a bribe",
              (rc("five years", penalty, "herald", 12), rc("five years", penalty, "court", 50)),
              keywords=("forestry", "official", "bribe", "takes", "inspectors")),
        Topic("bribery-penalty", Kind.PENALTY, "penalty for corruption of officials",
              (rc("three to ten years", Penalty("prison", "range", 36, 120), "court", 37),),
              keywords=("corruption", "punished", "imprisonment", "barred")),
    ))
    result = lint_text("A forestry official who takes a bribe faces three to ten years.", "d.md", reference, pack)
    assert [(c.claim.text, c.verdict, c.topics) for c in result.claims] == [
        ("three to ten years", Verdict.SUPPORTED, ("bribery-penalty",))]
    # a range no topic gives is still not judged against the terms the court gave
    result = lint_text("A forestry official who takes a bribe faces two to ten years.", "d.md", reference, pack)
    assert [c.topics for c in result.claims] != [("inspectors-sentenced",)]


def test_a_sources_open_bound_does_not_vouch_for_an_exact_figure_well_beyond_it(pack):
    """"more than 12,000 were forced from their homes": the source gives 12,000 and some, not 14,500. A
    figure within the bound's reach ("12,400") is the source's; the draft's own bound ("more than 10,000")
    is still true of it."""
    wire = Source("wire", "Dam burst", "Wire", date="2023", path="w.txt")
    reference = Reference(sources=(wire,), topics=(
        Topic("displaced", Kind.FIGURE, "people forced from their homes by the flood",
              (rc("more than 12,000", Figure(12000, 12000, "count", approx="more-than"), "wire", 30),),
              keywords=("forced", "homes", "flood", "displaced")),
    ))

    def verdicts(text):
        return [c.verdict for c in lint_text(text, "d.md", reference, pack).claims]

    assert verdicts("The flood forced 14,500 people from their homes.") == [Verdict.MISMATCH]
    assert verdicts("The flood forced 12,400 people from their homes.") == [Verdict.SUPPORTED]
    assert verdicts("The flood forced more than 10,000 people from their homes.") == [Verdict.SUPPORTED]



def test_a_range_whose_ends_are_the_terms_a_court_gave_sums_them_up(pack):
    """"The drivers were given prison terms ranging from 18 months to four years", where the court gave some
    18 months and others four years: the range sums up the terms given, and is supported."""
    court = Source("court", "Judgment", "Court", date="2024", path="c.txt")
    reference = Reference(sources=(court,), topics=(
        Topic("drivers-sentenced", Kind.PENALTY, "terms the lorry drivers and fellers got",
              (rc("18 months", Penalty("prison", "exact", 18, 18), "court", 51),
               rc("4 years", Penalty("prison", "exact", 48, 48), "court", 51)),
              keywords=("drivers", "fellers", "lorry", "given")),
    ))
    result = lint_text("The lorry drivers and fellers were given prison terms ranging from 18 months to four years.",
                       "d.md", reference, pack)
    assert [(c.verdict, c.topics) for c in result.claims] == [(Verdict.SUPPORTED, ("drivers-sentenced",))]
    result = lint_text("The lorry drivers and fellers were given prison terms ranging from 18 months to five years.",
                       "d.md", reference, pack)
    assert [c.verdict for c in result.claims] != [Verdict.SUPPORTED]


# --- a figure no source gives, one digit off a source's: that source's point, mistyped ---------------------

AUDIT = Source("audit", "Special audit of medicine purchasing", "National Audit Chamber", date="2023", path="01.md")
AUDIT_REFERENCE = Reference(sources=(AUDIT,), topics=(
    Topic("hospitals-examined", Kind.FIGURE, "public hospitals whose contracts the audit examined",
          (RefClaim("46", Figure(46.0, 46.0, noun="hospitals"), "audit", 28,
                    evidence="contracts awarded by 46 public hospitals in all five health regions"),),
          keywords=("examined", "contracts", "awarded", "public", "hospitals", "regions")),
))


@pytest.mark.parametrize(("text", "verdict"), [
    ("In all, 48 hospitals were involved.", Verdict.MISMATCH),  # 48 for 46: a digit mistyped
    ("In all, 64 hospitals were involved.", Verdict.MISMATCH),  # two digits swapped
    ("In all, 46 hospitals were involved.", Verdict.SUPPORTED),
    ("In all, 12 hospitals were involved.", Verdict.UNSUPPORTED),  # too few words of the point to call it wrong
    ("In all, 460 hospitals were involved.", Verdict.UNSUPPORTED),  # another magnitude: no slip of a digit
])
def test_a_figure_a_digit_off_a_sources_is_matched_to_its_point(pack, text, verdict):
    assert lint_text(text, "draft.md", AUDIT_REFERENCE, pack).claims[0].verdict is verdict


@pytest.mark.parametrize(("draft", "source", "slip"), [
    (48, 46, True), (98.8e6, 88.8e6, True), (690_000, 960_000, True), (6.9, 9.6, True), (57e6, 51e6, True),
    (406, 460, True), (105, 100, True),
    (5, 6, False), (2000, 3000, False), (40, 50, False),  # one digit alone is any small count or round figure
    (-46, 48, False),
    (460, 46, False), (47, 64, False), (1234, 1432, False), (46, 46, False),
])
def test_a_digit_slip_is_one_digit_mistyped_or_two_swapped(draft, source, slip):
    from lint.match import digit_slip

    assert digit_slip(Figure(draft, draft), Figure(source, source)) is slip


def day(iso):
    return DateValue(iso, iso, "day")


@pytest.mark.parametrize(("draft", "source", "slip"), [
    (day("2022-10-19"), day("2022-10-17"), True), (day("2022-10-13"), day("2022-10-31"), True),
    (day("2022-10-03"), day("2022-10-28"), False),  # days apart in every digit: two events
    (day("2022-10-17"), day("2022-11-17"), False),  # another month: another event as often as a slip
    (day("2024-05-21"), day("2025-05-21"), True), (day("2052-05-21"), day("2025-05-21"), True),  # the year's digits
    (day("2021-05-21"), day("2025-05-21"), True), (day("2014-05-21"), day("2025-05-21"), False),
    (day("2024-05-22"), day("2025-05-21"), False),  # the day and the year both off: another day
    # a month in a year one digit off the source's month or day
    (DateValue("2022-07-01", "2022-07-31", "month"), DateValue("2023-07-01", "2023-07-31", "month"), True),
    (DateValue("2022-11-01", "2022-11-30", "month"), day("2023-11-20"), True),
    (DateValue("2022-11-01", "2022-11-30", "month"), day("2022-12-20"), False),  # another month
    (DateValue("2022-11-01", "2022-11-30", "month"), year(2023), False),  # a year holds no month to slip
    (year(2021), year(2022), False),  # every year is a digit off the next
    # an article's number one digit off, where no source cites the draft's (a wrong article told of a cited one)
    (Statute(("214",), law="criminal-code"), Statute(("212",), law="criminal-code"), True),
    (Statute(("349",)), Statute(("348(2)",)), True),
    (Statute(("21",)), Statute(("23",)), False),  # two digits: every article is a digit off another
    (Statute(("214(2)",)), Statute(("212(3)",)), False),  # the number and the paragraph both off: another provision
    (Statute(("214",), law="criminal-code"), Statute(("212",), law="labour-code"), False),  # another law
    (Figure(46.0, 46.0, "percent"), Figure(48.0, 48.0), False),  # another unit
])
def test_a_slip_is_of_a_day_a_figure_or_an_article_number(draft, source, slip):
    from lint.match import digit_slip

    assert digit_slip(draft, source) is slip


def test_an_article_is_never_judged_against_an_instruments_own_number(pack):
    gazette = Source("gazette", "Forest Protection Act 2016", "Official Gazette", date="2016", path="01.md")
    reference = Reference(sources=(gazette,), topics=(
        Topic("forest-act", Kind.STATUTE, "the forest protection act",
              (RefClaim("Act No. 27 of 2016", Statute(("27",), division="number", year=2016), "gazette", 16,
                        evidence="Forest Protection Act 2016 (Act No. 27 of 2016)"),),
              keywords=("forest", "protection", "act", "offence", "official")),
    ))
    text = "Taking such money is an offence for a forestry official under Article 47 of the Forest Protection Act."
    assert [c.verdict for c in lint_text(text, "draft.md", reference, pack).claims] == [Verdict.UNSUPPORTED]
    assert [c.verdict for c in lint_text("The Forest Protection Act (Act No. 27 of 2016) applies.", "draft.md",
                                         reference, pack).claims] == [Verdict.SUPPORTED]


def _lost_revenue_reference(rival_dissenter: str):
    """The wire's and the report's 48.6 million on one topic; on another, told in other words, the wire's
    48.6 million again against `rival_dissenter`'s 53 million."""
    million = 1_000_000
    agreed = Topic("figure-revenue", Kind.FIGURE, "figure: revenue lost veldars",
                   (rc("48.6 million", Figure(48.6 * million, 48.6 * million, "count"), "wiki", 19),
                    rc("48.6 million", Figure(48.6 * million, 48.6 * million, "count"), "state", 7)),
                   keywords=("scheme", "revenue", "lost", "veldars"))
    disputed = Topic("figure-budget", Kind.FIGURE, "figure: state budget veldars",
                     (rc("48.6 million", Figure(48.6 * million, 48.6 * million, "count"), "state", 9),
                      rc("53 million", Figure(53 * million, 53 * million, "count"), rival_dissenter, 30)),
                     keywords=("scheme", "cost", "state", "budget", "veldars"))
    return Reference(sources=(WIKI, STATE, HERALD), topics=(agreed, disputed))


def test_a_value_another_telling_of_its_point_disputes_is_contested(pack):
    # the build left the feature's 53 million with one telling of the wire's 48.6 million, apart from the
    # report's; the draft's words fit both tellings
    text = "The scheme lost 48.6 million veldars in revenue, a blow to the state budget."
    verdict, finding = verdict_of_in(text, "48.6 million", _lost_revenue_reference("herald"), pack)
    assert verdict is Verdict.CONTESTED
    assert {e.value for e in finding.evidence} == {"48.6 million", "53 million"}


def test_a_dissenter_that_gives_the_value_on_its_topic_disputes_another_point(pack):
    # the report gives 48.6 million on the claim's topic: its 53 million is another point, not a dispute
    text = "The scheme lost 48.6 million veldars in revenue, a blow to the state budget."
    assert verdict_of_in(text, "48.6 million", _lost_revenue_reference("wiki"), pack)[0] is Verdict.SUPPORTED


@pytest.mark.parametrize(("text", "verdict"), [
    # words fitting the dispute far less than the claim's topic (by 23.5): its value says it is the point
    ("The scheme lost 48.6 million veldars in revenue to the state.", Verdict.CONTESTED),
    # not by far more (36.6, 46.5): another point that happens to give the value
    ("The scheme's cost: 48.6 million veldars of lost revenue.", Verdict.SUPPORTED),
    ("The scheme lost 48.6 million veldars in revenue.", Verdict.SUPPORTED),
])
def test_a_dispute_over_the_value_rivals_from_further_than_words_alone(text, verdict, pack):
    assert verdict_of_in(text, "48.6 million", _lost_revenue_reference("herald"), pack)[0] is verdict


def test_a_disputed_rival_of_a_period_and_a_day_is_no_dispute_over_the_day(pack):
    # the build joined "2019 to 2022" and "16 May 2023": two points, no dispute over the report's day
    report = Topic("date-report", Kind.DATE, "date: report published",
                   (rc("16 May 2023", DateValue("2023-05-16", "2023-05-16", "day"), "wiki", 3),),
                   keywords=("audit", "report", "published"))
    joined = Topic("date-joined", Kind.DATE, "date: audit published period",
                   (rc("16 May 2023", DateValue("2023-05-16", "2023-05-16", "day"), "state", 8),
                    rc("2019 to 2022", DateValue("2019-01-01", "2022-12-31", "year"), "herald", 20)),
                   keywords=("audit", "published", "period", "contracts"))
    reference = Reference(sources=(WIKI, STATE, HERALD), topics=(report, joined))
    text = "The audit report was published on 16 May 2023, covering contracts."
    assert verdict_of_in(text, "16 May 2023", reference, pack)[0] is Verdict.SUPPORTED


@pytest.mark.parametrize(("text", "proposed"), [
    ("We support the board's recommendation to raise the maximum corporate fine to 60 million dukars.", True),
    ("Parliament should double the fine to 60 million dukars.", True),
    ("In 2021 parliament raised the maximum corporate fine to 60 million dukars.", False),  # a change made
    ("In March 2021 parliament voted to raise the maximum corporate fine to 60 million dukars.", False),
    ("The board proposed to raise the maximum corporate fine to 60 million dukars.", True),
])
def test_a_value_a_change_is_proposed_to_is_marked_apart_from_one_in_force(text, proposed):
    from lint.context import claim_context

    claims = [c.claim for c in lint_text(text, "d.md", REFERENCE, load_pack()).claims]
    fine = next(c for c in claims if c.text.startswith("60 million"))
    assert ("^proposed" in claim_context(fine, 8).local.split()) is proposed


def test_a_proposed_maximum_is_no_dispute_of_the_maximum_in_force():
    from tests.unit.test_build import build, contested_values

    ref, _ = build({"court.txt": "Court summary.\n\nSection 31(1) of the Act allows a corporate fine of up to 25 "
                                 "million dukars.\n",
                    "union.txt": "Union statement.\n\nWe support the board's recommendation to raise the maximum "
                                 "corporate fine under Section 31(1) to 60 million dukars.\n"})
    assert contested_values(ref, Kind.FIGURE) == [] and contested_values(ref, Kind.PENALTY) == []


def test_a_fine_a_court_gave_is_judged_on_the_fines_given_not_on_the_laws_cap(pack):
    # the court fined the company 3 million under a section capped at 5 million: a draft's 3.5 million lies
    # under the cap but is not the fine given, and the cap is no other side of the fine
    wire = Source("wire", "Verdict", "Press Agency", date="2024", path="w.txt")
    court = Source("court", "Judgment", "Regional Court", date="2024", path="j.txt")
    fines = Topic("company-fine", Kind.PENALTY, "fine on Stavrek Construction under Section 44",
                  (rc("fined 3 million strels", Penalty("fine", "exact", 3e6, 3e6, "STRELS"), "wire", 12),
                   rc("fined 3 million strels", Penalty("fine", "exact", 3e6, 3e6, "STRELS"), "court", 40),
                   rc("a fine of up to 5 million strels", Penalty("fine", "up-to", None, 5e6, "STRELS"), "court", 40)),
                  keywords=("stavrek", "construction", "company", "section", "§44"))
    reference = Reference(sources=(wire, court), topics=(fines,))
    draft = "Stavrek Construction, the company, was fined {} strels under Section 44."
    verdict, _ = verdict_of_in(draft.format("3.5 million"), "3.5 million", reference, pack)
    assert verdict is Verdict.MISMATCH
    verdict, _ = verdict_of_in(draft.format("3 million"), "3 million", reference, pack)
    assert verdict is Verdict.SUPPORTED


def test_an_amount_of_money_tells_more_than_a_count_of_the_same_digits():
    from lint.judge import specificity

    assert specificity(Figure(4.5e6, 4.5e6, "currency:VELARS")) > specificity(Figure(4.5e6, 4.5e6))
    assert specificity(Penalty("fine", "exact", 4.5e6, 4.5e6, "VELARS")) == \
        specificity(Figure(4.5e6, 4.5e6, "currency:VELARS"))
    assert specificity(Penalty("fine", "exact", 4_250_000, 4_250_000, "VELARS")) > \
        specificity(Penalty("fine", "exact", 4e6, 4e6, "VELARS"))


def test_a_wrong_fine_a_court_gave_is_not_supported_by_the_laws_cap_it_lies_under(pack, tmp_path):
    from lint.refcli import _built

    sources = {
        "court.md": "The court fined Halvard Construction Group 85 million sorels for the collapse of the Verenka Dam. "
                    "Under Article 12 of the Corporate Liability Act, a legal person may be given a fine of up to "
                    "100 million sorels.\n",
        "press.md": "Halvard Construction Group, the contractor, was fined 85 million sorels and barred from bidding.\n",
    }
    for name, text in sources.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    ref, _ = _built([(tmp_path / name, None) for name in sources], None, {}, None, tmp_path / "ref.toml")
    wrong = ("For the contractor, Halvard Construction Group, the day was costly. The firm was fined 65 million sorels "
             "and shut out of public tenders for a decade.")
    assert verdict_of_in(wrong, "65 million", ref, pack)[0] is not Verdict.SUPPORTED
    draft = "Halvard Construction Group was fined {} sorels for the collapse of the Verenka Dam."
    assert verdict_of_in(draft.format("65 million"), "65 million", ref, pack)[0] is Verdict.MISMATCH
    assert verdict_of_in(draft.format("85 million"), "85 million", ref, pack)[0] is Verdict.SUPPORTED


def test_a_fine_in_a_list_of_fines_is_judged_as_a_fine(pack):
    from tests.unit.test_build import build

    ref, _ = build({
        "wire.txt": "The court fined Medora Pharma $4 million, Vistal Distribution $3 million and Kern Medical "
                    "$2.5 million for rigging tenders.\n",
    })
    fines = [c for t in ref.topics for c in t.claims if isinstance(c.norm, Penalty)]
    assert sorted(c.norm.low for c in fines) == [2.5e6, 3e6, 4e6]
    draft = "Kern Medical was fined {} for rigging tenders."
    assert verdict_of_in(draft.format("$2.5 million"), "$2.5 million", ref, pack)[0] is Verdict.SUPPORTED


def test_a_fine_a_hundred_or_a_thousand_times_its_persons_is_wrong_not_another_point(pack):
    from tests.unit.test_build import build

    ref, _ = build({
        "court.md": "Radek Hollan, 52, was sentenced to nine years in prison and fined $250,000. Brenna Water Ltd was "
                    "fined $2 million under the Corporate Liability Act.\n",
        "wire.txt": "Radek Hollan was sentenced to nine years in prison and fined $250,000 on Monday.\n",
    })
    draft = "Radek Hollan was sentenced to nine years in prison and fined $25 million."
    assert verdict_of_in(draft, "$25 million", ref, pack)[0] is Verdict.MISMATCH
    draft = "Brenna Water Ltd was fined $2,000 under the Corporate Liability Act."
    assert verdict_of_in(draft, "$2,000", ref, pack)[0] is Verdict.MISMATCH


def test_a_count_that_names_an_offence_lends_its_words_to_the_offences_cap():
    """'negligent homicide of two or more people carries up to 12 years': the count is part of the offence's
    name, not a point whose words stop the cap's at it."""
    from lint.context import claim_context
    from lint.engine import sentence_siblings

    text = "Negligent homicide of two or more people carries up to 12 years in prison."
    claims = [c.claim for c in lint_text(text, "d.md", REFERENCE, load_pack()).claims]
    cap = next(c for c in claims if c.text.startswith("up to 12"))
    local = set(claim_context(cap, 8, sentence_siblings(claims)[cap.sentence_start]).local.split())
    assert {"negligent", "homicid"} <= local  # (words stemmed)


def test_a_wrong_cap_of_an_offence_is_a_mismatch_on_the_offences_words_alone():
    """No rare word marks the law's cap (every source says "negligent homicide", "two or more persons"): a
    draft's cap with the offence's words beside it is judged on it."""
    from tests.unit.test_build import build

    ref, _ = build({
        "court.md": "Court summary.\n\nThe court convicted the stadium director of negligent homicide under "
                    "Article 212(3) of the Criminal Code, which allows a sentence of up to 10 years for negligent "
                    "homicide of two or more persons. The director was sentenced to six years in prison for failing "
                    "to inspect the stands.\n",
        "wire.md": "Wire.\n\nThe stadium director was jailed for six years for failing to inspect the "
                   "stands. Negligent homicide of two or more persons carries up to 10 years' imprisonment under "
                   "Article 212(3).\n",
    })
    draft = ("Critics say the court was lenient: negligent homicide of two or more people carries up to 12 years "
             "in prison, and the director received only half of that.\n")
    cap = next(c for c in lint_text(draft, "d.md", ref, load_pack()).claims if c.claim.text.startswith("up to 12"))
    assert cap.verdict is Verdict.MISMATCH


def test_a_value_in_force_is_not_judged_on_the_value_before_a_change():
    """A report that the new Act 'raises the maximum term from three years to ten years' tells the old cap
    too; a draft's cap of the new Act is judged on the value now in force, not called wrong on the old."""
    from tests.unit.test_build import build

    ref, _ = build({
        "report.md": "Annual report.\n\nThe new Act raises the maximum prison term for trafficking in protected "
                     "species from three years to ten years.\n",
        "wire.md": "Wire.\n\nThe Wildlife Act makes trafficking in protected species punishable under Article 41 by "
                   "up to ten years in prison.\n",
    })
    draft = "Under the new Act, trafficking in protected species is punishable by up to ten years in prison.\n"
    cap = next(c for c in lint_text(draft, "d.md", ref, load_pack()).claims if c.claim.text.startswith("up to ten"))
    assert cap.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize("stamp", [
    "KESTROVA, May 22 (VPS) - The court delivered its verdict in the warehouse fire case.",
    "*By our court correspondent, Kestrova warehouse fire verdict — 22 May 2025*",
    "By Anna Vell, Kestrova court | warehouse fire verdict | 22 May 2025",
    "Published 22 May 2025 | Kestrova court | warehouse fire verdict",
])
def test_the_drafts_own_date_in_its_dateline_or_byline_is_never_called_wrong(stamp):
    """Issue 3: the draft's own date stamp may be read, but never reported as a mismatch; a date of its prose is
    judged as ever."""
    from tests.unit.test_build import build

    ref, _ = build({"court.md": "Court summary.\n\nThe Kestrova court delivered its verdict in the warehouse fire "
                                "case on 21 May 2025.\n",
                    "wire.md": "Wire.\n\nThe Kestrova court delivered its verdict in the warehouse fire case on "
                               "21 May 2025, the agency reported.\n"})
    result = lint_text(f"{stamp}\n\nThe court delivered its verdict in the warehouse fire case on 22 May 2025.\n",
                       "d.md", ref, load_pack())
    verdicts = [(c.claim.text, c.verdict) for c in result.claims if c.claim.kind is Kind.DATE]
    assert verdicts[-1] == ("22 May 2025", Verdict.MISMATCH)
    assert all(v not in (Verdict.MISMATCH, Verdict.CONTESTED) for _, v in verdicts[:-1]), verdicts


@pytest.mark.parametrize(("draft", "verdict"), [
    ("In the winter of 2021, 180,000 insulin pens were held back in three warehouses in Pellik while hospitals "
     "were told there was no stock.", Verdict.HEDGE),
    ("In the winter of 2021, 180,000 insulin pens were held back in three warehouses in Pellik, but the ministry "
     "said there was no stock.", Verdict.HEDGE),
    ("Warehouse workers say 180,000 insulin pens were held back in three warehouses in Pellik in the winter of 2021.",
     Verdict.SUPPORTED),
])
def test_a_telling_in_a_clause_set_against_the_claims_does_not_hedge_it(draft, verdict):
    """'... while hospitals were told there was no stock': what the hospitals were told is not the pens held
    back, which only the campaigners' witnesses allege."""
    from tests.unit.test_build import build

    ref, _ = build({"league.md": "Patients' League statement.\n\nWarehouse workers told us that during the winter "
                                 "shortage of 2021, about 180,000 insulin pens were held back in three warehouses "
                                 "in Pellik.\n",
                    "wire.md": "Wire.\n\nThe ministry said there was no insulin shortage in Pellik in 2021.\n"})
    result = lint_text(draft, "d.md", ref, load_pack())
    pens = next(c for c in result.claims if c.claim.text.startswith("180,000"))
    found = {f.start for f in result.findings if f.category == "hedge"}
    assert (Verdict.HEDGE if pens.verdict is Verdict.HEDGE and found else pens.verdict) is verdict


@pytest.mark.parametrize("prose", [
    'Filed in June 2022, the families\' lawsuit called the closure "a disgrace."',
    "- Filed in June 2022, the families' lawsuit against the owner",
    "The Kestrova sawmill closed in May 2022 after the explosion, our correspondent learned (see below)",
    "On Tuesday, 5 March 2022 — two days after the explosion — the Kestrova sawmill closed.",
    "In Kestrova, on 5 March 2022 – a Tuesday – the sawmill closed after the explosion.",
])
def test_a_date_of_prose_that_looks_like_a_byline_or_dateline_is_still_judged(prose):
    from tests.unit.test_build import build

    ref, _ = build({"court.md": "Court.\n\nThe families filed the lawsuit in June 2020. The Kestrova sawmill closed on "
                                "3 March 2019 after the explosion.\n",
                    "wire.md": "Wire.\n\nThe families filed their lawsuit in June 2020 and the Kestrova sawmill closed "
                               "on 3 March 2019 after the explosion.\n"})
    dates = [c.verdict for c in lint_text(prose + "\n", "d.md", ref, load_pack()).claims if c.claim.kind is Kind.DATE]
    assert dates == [Verdict.MISMATCH]


def test_a_wrong_value_before_a_change_is_judged_on_the_value_before_it():
    """Only a topic that gives the draft's value sets aside the value before a change: "stood at 14 million before
    the cut" is wrong against the 12 million it was, not the 9 million it became."""
    from tests.unit.test_build import build

    ref, _ = build({"report.md": "Annual report.\n\nThe ministry cut the forestry budget from 12 million lorins to "
                                 "9 million lorins in 2022.\n",
                    "wire.md": "Wire.\n\nThe forestry budget was cut from 12 million lorins to 9 million lorins in "
                               "2022, the ministry said.\n"})
    result = lint_text("Before the 2022 cut, the forestry budget stood at 14 million lorins.\n", "d.md", ref,
                       load_pack())
    wrong = [f for f in result.findings if f.category == "mismatch"]
    assert len(wrong) == 1 and "12 million" in wrong[0].message and "9 million" not in wrong[0].message


def _arrests_reference():
    from tests.unit.test_build import build

    ref, _ = build({"inspectorate.md": "Inspectorate report.\n\nPolice arrested nine people in the raids on the "
                                       "refunds office on 22 November 2023.\n",
                    "ledger.md": "Ledger.\n\nPolice arrested thirteen people in the raids on the refunds office "
                                 "on 22 November 2023.\n",
                    "court.md": "Court summary.\n\nThe court found that police arrested nine people in the raids on "
                                "the refunds office.\n"})
    return ref


@pytest.mark.parametrize(("draft", "verdict"), [
    ("Nine people were arrested in the raids on the refunds office.", Verdict.CONTESTED),
    # told as the account of a source that gives it: the draft says whose value it is
    ("Nine people were arrested in the raids on the refunds office, according to the inspectorate.",
     Verdict.SUPPORTED),
    ("The inspectorate says nine people were arrested in the raids on the refunds office.", Verdict.SUPPORTED),
    ("The inspectorate's own count of the arrests in the raids on the refunds office is nine.", Verdict.SUPPORTED),
    # a possessive credit nearer the value than a credit opening the sentence
    ("According to the Ledger, the inspectorate's total of nine arrests in the raids on the refunds office is too "
     "low.", Verdict.SUPPORTED),
    ("Nine people were arrested, according to the inspectorate and the court; the Ledger counts thirteen.",
     Verdict.SUPPORTED),
    # the draft tells both sides: it settles nothing
    ("Nine people were arrested in the raids on the refunds office, thirteen by another count.", Verdict.SUPPORTED),
    # a finding credited to the body that found it is that body's side, told as its own
    ("The court found that nine people were arrested in the raids on the refunds office.", Verdict.SUPPORTED),
    # a verdict's "found ... guilty" credits the conviction, not the figure; nor is "found no evidence" a finding of it
    ("The court found Havel guilty over the raids in which nine people were arrested.", Verdict.CONTESTED),
    ("The court found Havel, the former head of the refunds office in the east, guilty over raids in which nine "
     "people were arrested.", Verdict.CONTESTED),
    ("The court found no evidence that nine people were arrested in the raids on the refunds office.",
     Verdict.CONTESTED),
    # credited to the side that gives another value: the credit is what is wrong
    ("According to the Ledger, nine people were arrested in the raids on the refunds office.", Verdict.ATTRIBUTION),
    # told as an account whose teller the draft names as no body ("the judgment summary") or not at all: not settled
    ("According to the judgment summary, nine people were arrested in the raids on the refunds office.",
     Verdict.SUPPORTED),
    ("Nine people were reportedly arrested in the raids on the refunds office.", Verdict.SUPPORTED),
])
def test_a_disputed_value_told_as_the_account_of_a_source_giving_it_is_not_contested(draft, verdict):
    result = lint_text(draft, "d.md", _arrests_reference(), load_pack())
    nine = next(c for c in result.claims if c.claim.text.lower().startswith("nine"))
    assert nine.verdict is verdict


@pytest.mark.parametrize(("draft", "verdict"), [
    ("Each passenger who fell ill is owed 2,400 thalers under the judgment.", Verdict.SUPPORTED),
    ("Under the ruling, each passenger who fell ill is owed 2,400 thalers.", Verdict.SUPPORTED),
    ("Each passenger who fell ill is owed 2,400 thalers.", Verdict.CONTESTED),
])
def test_a_disputed_award_told_as_what_the_judgment_orders_is_the_courts_account(draft, verdict):
    """"Under the judgment" credits the court as "according to the judgment" does: its award is its own account,
    whatever another source says was ordered."""
    from tests.unit.test_build import build

    ref, _ = build({"court.md": "Court judgment summary.\n\nThe company must pay 2,400 thalers to each passenger who "
                                "fell ill.\n",
                    "sentinel.md": "Sentinel.\n\nThe company was ordered to pay 2,100 thalers to each passenger who "
                                   "fell ill.\n"})
    result = lint_text(draft, "d.md", ref, load_pack())
    award = next(c for c in result.claims if "2,400" in c.claim.text)
    assert award.verdict is verdict


@pytest.mark.parametrize("draft", [
    "The company has also set aside 20 million thalers for claims.",
    "The company has set aside 20 million thalers to cover claims.",
])
def test_claims_as_a_noun_after_a_preposition_hedge_nothing(draft):
    """"for claims", "to cover claims" are insurance claims, not the draft's "claims that": a figure only the wire
    reports stays stated as fact."""
    from tests.unit.test_build import build

    ref, _ = build({"wire.txt": "Wire.\n\nThe company has reportedly set aside 20 million thalers to cover claims "
                                "arising from the accident.\n"})
    result = lint_text(draft, "d.md", ref, load_pack())
    assert next(c for c in result.claims if "20 million" in c.claim.text).verdict is Verdict.HEDGE


def test_a_value_another_point_gives_is_wrong_where_the_drafts_words_fit_only_this_point():
    """"heard 14 witnesses", told in the court's own words, where the court heard 41 and only the ombudsman's count
    of officers, which shares none of the draft's words, gives 14: the draft is wrong here, not on that point. A
    sentence whose words fit the court's point only loosely stays quiet (it may be the officers' count)."""
    from tests.unit.test_build import build

    ref, _ = build({"court.md": "Court summary.\n\nThe trial chamber heard 41 witnesses over 22 hearing days before "
                                "the verdict.\n",
                    "ombudsman.md": "Ombudsman report.\n\nInvestigators identified 14 officers who had taken part in "
                                    "the covert surveillance operation.\n"})
    wrong = lint_text("The trial chamber heard 14 witnesses over 22 hearing days before the verdict.", "d.md", ref,
                      load_pack())
    assert next(c for c in wrong.claims if c.claim.text == "14").verdict is Verdict.MISMATCH
    loose = lint_text("The chamber heard from 14 people.", "d.md", ref, load_pack())
    assert next(c for c in loose.claims if c.claim.text == "14").verdict is Verdict.UNSUPPORTED


def test_a_disputed_value_credited_to_a_source_giving_it_on_a_kindred_point_is_not_contested():
    """The court's table row gives the fishermen's 9.8 million, which the build parts from the wire's sentence
    giving it against the Ledger's 12.4 million: "according to the court" still credits a giver."""
    from tests.unit.test_build import build

    ref, _ = build({
        "court.md": "Court judgment summary.\n\n| Civil party | Amount |\n|---|---|\n"
                    "| Licensed fishermen of the northern basin | SRN 9.8 million |\n",
        "wire.txt": "Wire.\n\nThe licensed fishermen of the northern basin are to share 9.8 million sorins.\n",
        "ledger.md": "Ledger.\n\nThe licensed fishermen of the northern basin are to share 12.4 million sorins.\n"})
    joined = next(t for t in ref.topics if any(c.value == "12.4 million" for c in t.claims))
    court = [c for c in joined.claims if c.source.startswith("court")]
    assert court, "the build joins the court's row to the point"
    parted = [replace(joined, claims=tuple(c for c in joined.claims if c not in court)),
              replace(joined, id=joined.id + "-row", claims=tuple(court))]
    ref = replace(ref, topics=tuple(t for t in ref.topics if t is not joined) + tuple(parted))
    credited = "According to the court, the licensed fishermen of the northern basin are to share 9.8 million sorins."
    assert verdict_of_in(credited, "9.8 million", ref, load_pack())[0] is Verdict.SUPPORTED
    flat = "The licensed fishermen of the northern basin are to share 9.8 million sorins."
    assert verdict_of_in(flat, "9.8 million", ref, load_pack())[0] is Verdict.CONTESTED


@pytest.mark.parametrize(("draft", "verdict"), [
    # the credit is for the day too: it is the signing's own date, not when a figure held
    ("According to the inspectorate, the contract was signed on 2 July 2019 and was worth 4.8 million thalers.",
     Verdict.SUPPORTED),
    ("The contract was signed on 2 July 2019 and was worth 4.8 million thalers.", Verdict.CONTESTED),
])
def test_a_credited_day_beside_a_figure_is_credited_too(draft, verdict):
    from tests.unit.test_build import build

    ref, _ = build({"inspectorate.md": "Inspectorate report.\n\nThe maintenance contract was signed on 2 July 2019 "
                                      "and was worth 4.8 million thalers.\n",
                    "courier.md": "Courier.\n\nThe maintenance contract was signed on 12 August 2019, the Courier "
                                  "found.\n"})
    result = lint_text(draft, "d.md", ref, load_pack())
    day = next(c for c in result.claims if c.claim.text == "2 July 2019")
    assert day.verdict is verdict


@pytest.mark.parametrize(("sentence", "account"), [
    ("The Ledger puts the number at 71.", True),
    # an aside set off by commas between the body and its verb
    ("The Ledger, citing an internal audit never shown in court, puts the number at 71.", True),
    ("The Ledger found 71 forged certificates.", True),  # a finding, told as the Ledger's
    ("The verdict follows a report by the Ledger, which found that 71 certificates were forged.", True),
    ("The Ledger found the owner guilty of forging 71 certificates.", False),  # a verdict, not its finding
    ("The Ledger believes the true number was 71.", True),  # its stance: its side, told as such
    ("The Ledger alleges that 71 certificates were forged.", True),
    # what the body gives a value as, or the report it puts out, counting it
    ("The forgeries came to what the Ledger gives as 71.", True),
    ("The Ledger publishes its report, counting 71 forged certificates.", True),
    # any verb that credits the body tells its account: it states, notes, traces, admits, reveals
    ("The Ledger traced 71 forged certificates to the office.", True),
    ("The Ledger states that 71 certificates were forged.", True),
    ("As the Ledger's own report admits, 71 certificates were forged.", True),
    ("The Ledger revealed that 71 certificates were forged.", True),
])
def test_a_value_told_as_a_bodys_account(pack, sentence, account):
    from lint.extract import extract_claims
    from lint.judge import _told_as_an_account
    from lint.source import parse_document

    claim = next(c for c in extract_claims(parse_document(sentence, "d.md"), pack) if c.text == "71")
    assert _told_as_an_account(replace(claim, attributed_to="Ledger")) is account


@pytest.mark.parametrize(("sentence", "account"), [
    # the body's document the value is told in, or what that document does with it
    ("He was convicted of negligent homicide, Article 141(2) of the Criminal Code in the court's summary.", True),
    ("He was convicted of an offence that the court's judgment summary places under Article 214(3).", True),
    ("The court convicted him under Article 214(3) in its second week of hearings.", False),
])
def test_a_provision_told_as_a_courts_account(pack, sentence, account):
    from lint.extract import extract_claims
    from lint.judge import _told_as_an_account
    from lint.source import parse_document

    claim = next(c for c in extract_claims(parse_document(sentence, "d.md"), pack) if c.text.startswith("Article"))
    assert _told_as_an_account(replace(claim, attributed_to="court")) is account


def _refund_sources(credits_prosecutors: bool) -> dict[str, str]:
    said = "Prosecutors said" if credits_prosecutors else "The indictment says"
    return {"wire.md": f"Wire.\n\n{said} the ring used 38 shell companies to claim refunds.\n",
            "courier.md": "Courier feature.\n\nThe export declarations listed around 180,000 tonnes of sunflower "
                          "oil that never left the port.\n"}


def test_a_courts_figure_credited_to_prosecutors_is_not_misattributed():
    """The court's figures are the prosecution's case as often as not: crediting them to prosecutors is no
    wrong credit, though a source credits other values to prosecutors."""
    from tests.unit.test_build import build

    ref, _ = build({"wire.md": "Wire.\n\nProsecutors said the ring used 38 shell companies to claim refunds.\n",
                    "court.md": "Court summary.\n\nThe defendants embezzled 2.3 million dravins from the refunds "
                                "office between 2019 and 2022.\n"})
    draft = "Prosecutors said the defendants embezzled 2.3 million dravins from the refunds office."
    result = lint_text(draft, "d.md", ref, load_pack())
    assert next(c for c in result.claims if c.claim.text.startswith("2.3")).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(("credits_prosecutors", "verdict"), [(True, Verdict.ATTRIBUTION), (False, Verdict.SUPPORTED)])
def test_a_value_credited_to_prosecutors_whom_the_sources_credit_otherwise_is_misattributed(credits_prosecutors,
                                                                                             verdict):
    """Prosecutors publish no source, but where the sources credit values to them the reader knows whom the draft
    names: a value only the paper gives, credited to them, is misattributed. Where no source speaks of them, which
    body the draft means is unknown, and the credit is left alone."""
    from tests.unit.test_build import build

    ref, _ = build(_refund_sources(credits_prosecutors))
    draft = "Prosecutors said the export declarations listed some 180,000 tonnes of sunflower oil that never left."
    result = lint_text(draft, "d.md", ref, load_pack())
    oil = next(c for c in result.claims if "180,000" in c.claim.text)
    assert oil.verdict is verdict
    if credits_prosecutors:  # the value they are credited with stays theirs
        rightly = lint_text("Prosecutors said the ring used 38 shell companies to claim refunds.", "d.md", ref,
                            load_pack())
        assert next(c for c in rightly.claims if c.claim.text == "38").verdict is Verdict.SUPPORTED


def test_a_value_credited_to_prosecutors_that_the_courts_record_does_not_hold_is_misattributed():
    """What prosecutors told the court is in the court's record: a value only the paper gives, credited to them where
    the sources hold a court's record, is misattributed, though no source credits anything to them."""
    from tests.unit.test_build import build

    sources = _refund_sources(False) | {
        "court.md": "Court summary.\n\nThe defendants embezzled 2.3 million dravins from the refunds office.\n"}
    ref, _ = build(sources)
    draft = "Prosecutors told the court the export declarations listed some 180,000 tonnes of sunflower oil."
    oil = next(c for c in lint_text(draft, "d.md", ref, load_pack()).claims if "180,000" in c.claim.text)
    assert oil.verdict is Verdict.ATTRIBUTION


def test_two_clauses_of_the_draft_alleging_two_things_are_two_hedges_though_one_source_line_alleges_both(tmp_path):
    from lint import refdata
    from tests.unit.test_build import built_from_folder

    ref = refdata.load(built_from_folder(tmp_path, ["a.md | Staff Alliance | Statement | | 2025",
                                                    "b.md | Revenue Wire | Story | | 2025"], {
        "a.md": "We also understand that at least 17 internal complaints about the division were never acted on. "
                "Two senior officials allegedly knew of these warnings as early as 2021.\n",
        "b.md": "The division approved 1,164 refund claims.\n"}))
    two = lint_text("Seventeen internal complaints about the division went nowhere, and senior officials knew of "
                    "these warnings as early as 2021.", "d.md", ref, load_pack())
    assert sorted(f.found for f in two.findings if f.category == "hedge") == ["2021", "Seventeen"]
    # one statement: the year says when it holds, and the complaints are what it alleges
    one = lint_text("In 2021 seventeen internal complaints about the division went nowhere.", "d.md", ref,
                    load_pack())
    assert [f.found for f in one.findings if f.category == "hedge"] == ["seventeen"]


def test_claims_as_a_noun_do_not_hedge_what_a_campaigning_body_alone_alleges():
    from tests.unit.test_build import build

    ref, _ = build({"alliance.md": "Staff Alliance statement.\n\nWorkers told us that at least 23 staff were "
                                   "instructed to approve refund claims without opening the file.\n",
                    "wire.md": "Wire.\n\nThe division approved 1,164 refund claims.\n"})
    for draft, verdict in (("At least 23 staff were ordered to approve suspect claims without opening the files.",
                            Verdict.HEDGE),
                           ("The alliance claims that at least 23 staff were ordered to approve refunds unread.",
                            Verdict.SUPPORTED)):
        result = lint_text(draft, "d.md", ref, load_pack())
        assert next(c for c in result.claims if "23" in c.claim.text).verdict is verdict, draft


def test_a_value_credited_to_the_disputing_side_is_misattributed_unless_that_side_gives_it_elsewhere():
    from tests.unit.test_build import build

    sources = {"court.md": "Court summary.\n\nThe court found that Brannik paid the inspectors 146,000 velars in "
                           "bribes.\n",
               "ledger.md": "Ledger feature.\n\nBrannik paid the inspectors 162,000 velars in bribes, the Ledger "
                            "found.\n"}
    ref, _ = build(sources)
    draft = "The court found that Brannik paid the inspectors 162,000 velars in bribes."
    result = lint_text(draft, "d.md", ref, load_pack())
    finding = next(f for f in result.findings if f.found.startswith("162,000"))
    assert finding.category == "attribution"
    assert "Court gives 146,000" in finding.message and "Ledger" in finding.message
    # the court gives 162,000 on another point: the draft may mean that one; the dispute is what is sure
    ref, _ = build({**sources, "court.md": sources["court.md"] + "\nThe company's bonus pool was 162,000 velars.\n"})
    result = lint_text(draft, "d.md", ref, load_pack())
    assert next(f for f in result.findings if f.found.startswith("162,000")).category == "contested"


def test_a_credit_finds_the_topic_where_the_credited_source_gives_the_value():
    """"Six died, according to the inspectorate": the build kept the inspectorate's six, disputed by the paper's
    seven, apart from the wire's six; the draft's credit finds the inspectorate's telling."""
    million = 1_000_000  # noqa: F841 - (kept for symmetry with the other references here)
    six = Figure(6.0, 6.0, "count")
    wire = Topic("figure-killed", Kind.FIGURE, "figure: housing tower killed people",
                 (rc("six", six, "dnk", 3),), keywords=("housing", "tower", "killed", "people", "died", "lift"))
    inspectorate = Topic("figure-died", Kind.FIGURE, "figure: died in the lift",
                         (rc("Six", six, "state", 9), rc("Seven", Figure(7.0, 7.0, "count"), "wiki", 4)),
                         keywords=("died", "lift", "car", "fell"))
    ref = Reference(sources=(WIKI, DNK, STATE), topics=(wire, inspectorate))
    text = "Six died in the housing tower when the lift fell, according to the State Department."
    result = lint_text(text, "d.md", ref, load_pack())
    assert next(c for c in result.claims if c.claim.text == "Six").verdict is Verdict.SUPPORTED


def test_a_draft_that_gives_the_other_sides_value_too_settles_no_dispute():
    """"replaced in 2006, or in 2008 when ...": the draft tells both tellings of the point, though its 2008 is
    matched elsewhere; alone, the 2006 takes one side."""
    ropes = Topic("date-ropes", Kind.DATE, "date: suspension ropes last replaced",
                  (rc("2008", year(2008), "state", 3), rc("2006", year(2006), "wiki", 5)),
                  keywords=("suspension", "ropes", "last", "replaced"))
    contract = Topic("date-contract", Kind.DATE, "date: maintenance contract signed",
                     (rc("2019", year(2019), "dnk", 3),), keywords=("maintenance", "contract", "signed", "kordal"))
    ref = Reference(sources=(WIKI, DNK, STATE), topics=(ropes, contract))
    both = "The suspension ropes were last replaced in 2006, or in 2008 when Kordal signed its maintenance contract."
    assert verdict_of_in(both, "2006", ref, load_pack())[0] is Verdict.SUPPORTED
    alone = "The suspension ropes were last replaced in 2006, when Kordal signed its maintenance contract."
    assert verdict_of_in(alone, "2006", ref, load_pack())[0] is Verdict.CONTESTED


def test_a_dissenter_that_gives_the_drafts_value_on_another_point_disputes_nothing():
    """The court's table gives the total award, 17,300,000, and the families' row, 14,400,000, which the build
    joined to the wire's total: the court gives the draft's total itself, on a kindred point, so its row is
    another point."""
    total = Topic("figure-compensation-total", Kind.FIGURE, "figure: compensation totalling velars families",
                  (rc("17.3 million", Figure(17.3e6, 17.3e6, "currency:VELARS"), "dnk", 33),
                   rc("14,400,000", Figure(14.4e6, 14.4e6, "currency:VELARS"), "state", 69)),
                  keywords=("compensation", "totalling", "families", "pay", "survivors"))
    row = Topic("figure-total-row", Kind.FIGURE, "figure: total",
                (rc("17,300,000", Figure(17.3e6, 17.3e6, "currency:VELARS"), "state", 72),),
                keywords=("total", "compensation", "families"))
    ref = Reference(sources=(WIKI, DNK, STATE), topics=(total, row))
    text = "The court ordered compensation totalling 17.3 million velars to the families and survivors."
    assert verdict_of_in(text, "17.3 million", ref, load_pack())[0] is Verdict.SUPPORTED
    # without the court's total elsewhere, its other value is a dissent
    alone = Reference(sources=(WIKI, DNK, STATE), topics=(total,))
    assert verdict_of_in(text, "17.3 million", alone, load_pack())[0] is Verdict.CONTESTED


def test_a_disputed_value_credited_to_a_source_that_gives_nothing_on_the_point_is_misattributed():
    from tests.unit.test_build import build

    sources = {"court.md": "Court summary.\n\nThe court sentenced Brannik to nine years.\n",
               "wire.md": "Wire.\n\nBrannik paid the inspectors 146,000 velars in bribes.\n",
               "ledger.md": "Ledger feature.\n\nBrannik paid the inspectors 162,000 velars in bribes.\n"}
    ref, _ = build(sources)
    draft = "The court found that Brannik paid the inspectors 162,000 velars in bribes."
    finding = next(f for f in lint_text(draft, "d.md", ref, load_pack()).findings if f.found.startswith("162,000"))
    assert finding.category == "attribution" and "Court does not give it" in finding.message
    # a source giving the value credits it to the body the draft names, which says nothing on the point: credited as
    # the sources tell it, the draft says whose value it is
    ref, _ = build({**sources, "ledger.md": "Ledger feature.\n\nThe Ledger's reading of the "
                                            "ruling is plain: the court put the total of the bribes Brannik paid "
                                            "the inspectors at 162,000 velars.\n"})
    assert verdict_of_in(draft, "162,000", ref, load_pack())[0] is Verdict.SUPPORTED


@pytest.mark.parametrize(("draft", "found", "verdict"), [
    ("Ferreng was convicted of neglect of duty and received three years, suspended for five years.", "five years", Verdict.MISMATCH),
    ("Ferreng was convicted of neglect of duty and received three years, suspended for four years.", "four years", Verdict.SUPPORTED),
    # the term itself is judged as a term, never against the period it is suspended for
    ("Ferreng was convicted of neglect of duty and received three years, suspended for four years.", "three years", Verdict.SUPPORTED),
])
def test_the_period_a_term_is_suspended_for_is_judged_as_such(draft, found, verdict):
    from tests.unit.test_build import build

    ref, _ = build({"court.md": "Court summary.\n\nLusa Ferreng, refund inspector, was convicted of neglect of duty. "
                                "She was sentenced to three years' imprisonment, suspended for a probation period of "
                                "four years.\n",
                    "wire.md": "Wire.\n\nThe inspector Lusa Ferreng was given a suspended sentence for neglect of "
                               "duty.\n"})
    result = lint_text(draft, "d.md", ref, load_pack())
    assert next(c for c in result.claims if c.claim.text == found).verdict is verdict


@pytest.mark.parametrize(("article", "verdict"), [
    ("Article 301(2)", Verdict.SUPPORTED),
    ("Article 301(3)", Verdict.MISMATCH),  # another paragraph of the row's article
    ("Article 310(2)", Verdict.MISMATCH),  # the article's number with its digits swapped
    ("Article 302", Verdict.MISMATCH),  # ... or one digit off ("214" for 212, "349" for 348(2))
    ("Article 405", Verdict.UNSUPPORTED),  # another article: as often another offence, nothing here speaks to it
])
def test_an_article_no_source_cites_that_is_a_slip_of_a_cited_one_is_judged_on_it(article, verdict):
    """A court's table cites each defendant's articles with the row's words alone, which the draft's sentence
    shares little of; a draft's article that no source cites, one paragraph or two swapped digits away from one
    the row cites, is that article mistold."""
    court = Source("court", "Judgment", "Velmont Regional Court", date="2025", path="c.md")
    row_words = ("offence", "pavel", "sorin", "head", "technical", "services", "vmha", "agata", "renn", "estate",
                 "engineer", "guilty", "years", "months", "imprisonment", "suspended", "fine", "velars", "ban",
                 "public", "office", "acquitted")
    rows = Topic("statute-6", Kind.STATUTE, "statute", (rc("Art. 301(2)", Statute(("301(2)",)), "court", 41),
                                                       rc("Art. 301(2)", Statute(("301(2)",)), "court", 42)),
                 keywords=row_words)
    bribe = Topic("statute-bribe", Kind.STATUTE, "statute: giving a bribe",
                  (rc("Art. 288(1)", Statute(("288(1)",)), "court", 38),),
                  keywords=("brannik", "operations", "director", "kordal", "bribe", "giving"))
    ref = Reference(sources=(court,), topics=(rows, bribe))
    draft = ("Then there is the housing authority. Pavel Sorin, who sat on 27 written complaints from Tower B "
             f"residents, was convicted under {article} of the Criminal Code and walked out with a suspended sentence, "
             "a fine of 120,000 velars and a five-year ban from office.")
    result = lint_text(draft, "d.md", ref, load_pack())
    assert next(c for c in result.claims if c.claim.kind is Kind.STATUTE).verdict is verdict


def test_a_value_another_points_topic_gives_credited_to_a_body_that_does_not_give_it_is_misattributed():
    """"According to the court, 46 firefighters fought the blaze": the paper's "more than 40" does not bear it out,
    the fire service's report counts 46 on a point of its own, and the court gives none: a wrong credit."""
    from tests.unit.test_build import build

    ref, _ = build({"court.md": "Court summary.\n\nThe court convicted the clinic's director of negligent homicide "
                                "and sentenced her to six years.\n",
                    "fire.md": "Fire service report.\n\nIn total 46 firefighters with 14 vehicles were deployed to "
                               "the clinic.\n",
                    "courier.md": "Courier feature.\n\nMore than 40 firefighters fought the blaze until after six in "
                                  "the morning.\n"})
    credited = lint_text("According to the court, 46 firefighters were deployed and fought the blaze.", "d.md", ref,
                         load_pack())
    assert next(f for f in credited.findings if f.found.startswith("46")).category == "attribution"
    plain = lint_text("In all, 46 firefighters were deployed and fought the blaze.", "d.md", ref, load_pack())
    assert next(c for c in plain.claims if c.claim.text.startswith("46")).verdict not in (Verdict.MISMATCH,
                                                                                       Verdict.ATTRIBUTION)


COURT = Source("court", "Judgment summary", "Veldmark Regional Court", date="2025-05-21", path="04.md")
VERDICT_DAY = Reference(sources=(COURT,), topics=(
    Topic("date-press-release", Kind.DATE, "date: press release veldmark regional court",
          (RefClaim("21 May 2025", day("2025-05-21"), "court", 4, evidence="Press release no. 31/2025, 21 May 2025"),),
          keywords=("press", "release", "veldmark", "regional", "court")),
    Topic("figure-villa", Kind.FIGURE, "figure: villa bought marsk coast company",
          (RefClaim("4.5 million", Figure(4.5e6, 4.5e6, "count"), "court", 12,
                    evidence="bought a villa for 4.5 million in 2020"),),
          keywords=("villa", "bought", "marsk", "coast", "company")),
    # other points the court's and the company's words are of: those words are no point's own
    *(Topic(f"figure-{n}", Kind.FIGURE, f"figure: {n} marsk coast company",
            (RefClaim(str(n), Figure(n, n, "count"), "court", 20 + n, evidence=f"{n} defendants"),),
            keywords=("marsk", "coast", "company")) for n in (3, 7)),
    *(Topic(f"date-{n}", Kind.DATE, "date: veldmark regional court hearing",
            (RefClaim(f"{n} March 2025", day(f"2025-03-{n:02d}"), "court", 30 + n, evidence="a hearing"),),
            keywords=("veldmark", "regional", "court", "hearing")) for n in (3, 10)),
))


@pytest.mark.parametrize(("text", "verdict"), [
    # no word of the point's own, but the day of its date in a year one digit off: that date, mistyped
    ("The Veldmark Regional Court gave its judgment on 21 May 2024.", Verdict.MISMATCH),
    ("The Veldmark Regional Court gave its judgment on 21 May 2025.", Verdict.SUPPORTED),
    ("The Veldmark Regional Court gave its judgment on 12 March 2024.", Verdict.UNSUPPORTED),
    ("The Veldmark Regional Court gave its judgment in May 2024.", Verdict.UNSUPPORTED),
    # a figure of two digits one off another is as likely any other figure
    ("A company on the Marsk coast received 6.5 million.", Verdict.UNSUPPORTED),
    # a day told as a year or more after another, and a month, may be another event's
    ("On 21 May 2026, the first anniversary of the Veldmark Regional Court's judgment, the families met.",
     Verdict.UNSUPPORTED),
    # a term's length before the day is no "years on"
    ("The Veldmark Regional Court jailed Orsen for 3 years on 21 May 2024.", Verdict.MISMATCH),
])
def test_a_day_one_digit_off_a_sources_is_that_point_without_its_words(pack, text, verdict):
    claims = lint_text(text, "draft.md", VERDICT_DAY, pack).claims
    assert next(c for c in claims if c.claim.kind in (Kind.DATE, Kind.FIGURE)).verdict is verdict



def _law(tid, years, words):
    return Topic(tid, Kind.PENALTY, "penalty: " + " ".join(words),
                 (RefClaim(f"up to {years} years", Penalty("prison", "up-to", None, years * 12), "court", 5,
                           evidence=f"carries up to {years} years"),), keywords=words)


def _term(tid, years, words):
    return Topic(tid, Kind.PENALTY, "penalty: " + " ".join(words),
                 (RefClaim(f"{years} years", Penalty("prison", "exact", years * 12, years * 12), "court", 9,
                           evidence=f"{years} years"),), keywords=words)


# a law's caps, the terms a court gave for the same offences, and other points: the offence's words are no rare
# word of any one topic
OFFENCES = Reference(sources=(COURT,), topics=(
    _law("law-negligence", 12, ("causing", "deaths", "negligence", "several", "persons", "carries", "operator",
                                "licence", "roadworthiness", "certificate", "fleet", "coach", "inspection", "register",
                                "varnholm", "office", "transport", "ministry", "criminal", "code")),
    _law("law-bribes", 8, ("taking", "bribes", "official", "carries")),
    _term("owner-term", 7, ("owner", "company", "causing", "deaths", "negligence")),
    _term("driver-term", 4, ("driver", "causing", "deaths", "negligence", "several")),
    _term("clerk-term", 3, ("clerk", "persons", "several", "licence")),
    _term("term-2", 2, ("name", "causing", "deaths", "negligence", "several", "persons")),
    *(Topic(f"figure-{w}", Kind.FIGURE, f"figure: {w}", (RefClaim("41", Figure(41, 41), "court", 30, evidence=f"41 {w}"),),
            keywords=(w, "court", "heard")) for w in ("witnesses", "days", "hearings", "buses", "inspections", "routes")),
))


@pytest.mark.parametrize(("cap", "verdict"), [("up to 10 years", Verdict.MISMATCH), ("up to 12 years", Verdict.SUPPORTED)])
def test_a_caps_offence_told_in_words_finds_the_laws_penalty_as_its_article_would(pack, cap, verdict):
    """A cap whose clause holds more of one law's offence words than of any other's is that law's penalty, on words
    that fit it less than a rare word would ("causing the deaths of several persons by negligence ... carries up
    to 10 years", where the law gives 12)."""
    text = ("Whatever one thinks of that strange balance between the sentences, causing the deaths of several persons "
            f"by negligence in transport carries {cap}.\n")
    claim = next(c for c in lint_text(text, "d.md", OFFENCES, pack).claims if c.claim.text == cap)
    assert (claim.verdict, claim.topics) == (verdict, ("law-negligence",))



LEDGER = Source("ledger", "Feature", "The Ledger", date="2025-05-24", path="05.md")
MALVIC = Reference(sources=(COURT, LEDGER), topics=(
    Topic("malvic-bribes", Kind.PENALTY, "penalty: malvic sentenced taking bribes tuesday", (
        RefClaim("six years in prison", Penalty("prison", "exact", 72, 72), "court", 40,
                 evidence="sentenced Malvic to six years in prison for taking bribes", holder="Malvic"),),
          keywords=("malvic", "sentenced", "taking", "bribes", "tuesday", "court")),
    Topic("malvic-tax", Kind.PENALTY, "penalty: malvic previously jailed tax evasion", (
        RefClaim("four years", Penalty("prison", "exact", 48, 48), "ledger", 37,
                 evidence="was previously jailed for four years in 2019 for tax evasion", holder="Malvic"),),
          keywords=("malvic", "previously", "jailed", "tax", "evasion")),
))


def test_a_persons_term_for_another_offence_does_not_vouch_for_the_draft_s(pack):
    """The draft gives Malvic's bribery term the length of his earlier term for tax evasion: flagged on the bribery
    term (wrong, or at best the other case's value), never supported by the other case."""
    claim = lint_text("On Tuesday the court sentenced Malvic to four years in prison for taking bribes.\n", "d.md",
                      MALVIC, pack).claims[0]
    assert claim.topics == ("malvic-bribes",) and claim.verdict in (Verdict.MISMATCH, Verdict.CONTESTED)


def test_another_paragraph_of_the_article_the_others_cite_that_a_source_cites_is_the_other_side():
    """The court and the wire cite Article 214(3), one paper 214(4), in words the build kept apart: a draft's
    214(4) is that paper's side of one conviction, not an article no source gives."""
    from tests.unit.test_build import build

    ref, _ = build({
        "court.md": "Court summary.\n\nThe court convicted the branch director of embezzlement on a large scale under "
                    "Article 214(3) of the Criminal Code and sentenced him to nine years.\n",
        "wire.md": "Wire.\n\nThe branch director was found guilty of embezzlement under Article 214(3) of the Criminal "
                   "Code on Monday.\n",
        "courier.md": "Courier feature.\n\nProsecutors charged the director with aggravated embezzlement of public "
                      "property under Article 214(4) of the Criminal Code, the gravest form of the offence.\n",
    })
    for draft in ("The director was convicted of aggravated embezzlement under Article 214(4) of the Criminal Code.\n",
                  "The director was convicted of embezzlement under Article 214(4) of the Criminal Code.\n"):
        claim = next(c for c in lint_text(draft, "d.md", ref, load_pack()).claims if "214" in c.claim.text)
        assert claim.verdict is Verdict.CONTESTED, draft


def _water_depth_reference(alleger: Source) -> Reference:
    inspectorate = Source("nsi", "Investigation report", "National Safety Inspectorate", date="2024", path="01.md")
    return Reference(sources=(inspectorate, alleger), topics=(
        Topic("figure-water-depth", Kind.FIGURE, "figure: water depth tunnel metres", (
            RefClaim("up to 1.3 metres", Figure(0.0013, 0.0013, "km", approx="up-to"), "nsi", 12,
                     evidence="water in the tunnel reached up to 1.3 metres"),
            RefClaim("up to 1.6 metres", Figure(0.0016, 0.0016, "km", approx="up-to"), alleger.id, 20, hedged=True,
                     evidence="our members allegedly measured water up to 1.6 metres deep in the tunnel")),
              keywords=("water", "depth", "tunnel", "metres", "measured", "reached")),
    ))


@pytest.mark.parametrize(("alleger", "verdict"), [
    (Source("union", "Statement", "Union of Transit and Tunnel Workers", date="2024", path="03.md"), Verdict.HEDGE),
    (Source("ledger", "Feature", "The Corvessa Ledger", date="2025", path="05.md"), Verdict.CONTESTED),
])
def test_a_value_only_a_campaigning_body_alleges_against_a_plain_one_is_a_dropped_hedge(pack, alleger, verdict):
    """The union alleges 1.6 metres where the inspectorate measured 1.3: stated as fact, the draft passes off an
    allegation (a hedge finding), as where no one disputes it; a paper's own reckoning stays one side of a dispute."""
    result = lint_text("In the tunnel the water reached up to 1.6 metres.\n", "d.md", _water_depth_reference(alleger),
                       pack)
    assert next(c for c in result.claims if "1.6" in c.claim.text).verdict is verdict


def test_paragraphs_of_one_article_are_of_one_law():
    from lint.engine import _paragraphs_of_one_article

    assert _paragraphs_of_one_article(Statute(("214(4)",)), [Statute(("214(3)",), law="criminal code")])
    # "214" of the Criminal Code and of the Customs Code are two provisions, whatever the draft names
    assert not _paragraphs_of_one_article(Statute(("214(4)",)), [Statute(("214(3)",), law="criminal code"),
                                                                  Statute(("214(4)",), law="customs code")])


def test_another_persons_paragraph_of_the_article_is_no_other_side_of_this_persons_conviction(pack):
    """Menske was convicted under 214(3), his deputy Varek under 214(4): a draft giving Menske 214(4) is wrong about
    Menske, not one side of a dispute between the sources."""
    from lint.context import tokens

    wire = Source("wire", "Wire", "Dravian Press Agency", date="2024", path="02.md")
    reference = Reference(sources=(COURT, wire), topics=(
        Topic("statute-menske", Kind.STATUTE, "statute: menske embezzlement large scale", (
            RefClaim("Article 214(3) of the Criminal Code", Statute(("214(3)",), law="criminal-code"), "court", 7,
                     evidence="convicted Aurel Menske of embezzlement on a large scale under Article 214(3)"),),
              keywords=tuple(tokens("menske aurel convicted embezzlement large scale"))),
        Topic("statute-varek", Kind.STATUTE, "statute: varek deputy aiding", (
            RefClaim("Article 214(4) of the Criminal Code", Statute(("214(4)",), law="criminal-code"), "wire", 9,
                     evidence="his deputy Lina Varek was convicted under Article 214(4) of aiding"),),
              keywords=tuple(tokens("varek lina deputy aiding separate trial"))),
    ))
    draft = "Aurel Menske was convicted of embezzlement on a large scale under Article 214(4) of the Criminal Code.\n"
    claim = next(c for c in lint_text(draft, "d.md", reference, pack).claims if "214" in c.claim.text)
    assert claim.verdict is Verdict.MISMATCH


@pytest.mark.parametrize(("text", "verdict"), [
    # a count of the same thing near the topic's, on words that say little: the point, counted wrong
    ("Prosecutors called 58 witnesses.", Verdict.MISMATCH),
    # a count of another thing, or one far from the topic's, is no telling of it
    ("Prosecutors called 58 experts.", Verdict.UNSUPPORTED),
    ("Prosecutors called 90 witnesses.", Verdict.UNSUPPORTED),
])
def test_a_near_count_of_the_same_thing_finds_its_topic(pack, text, verdict):
    heard = Topic("witnesses", Kind.FIGURE, "judges heard testimony from witnesses over eleven months of hearings",
                  (rc("64 witnesses", Figure(64, 64, noun="witnesses"), "wiki", 3),),
                  keywords=("judges", "heard", "testimony", "witnesses", "months", "hearings"))
    reference = Reference(sources=(WIKI,), topics=(heard,))
    assert verdict_of_in(text, text.split()[2], reference, pack)[0] is verdict


def test_a_provision_a_source_cites_is_never_wrong_on_a_kindred_topic(pack):
    """'a deeper inspection is required under Section 12(3) of the Public Roads Act', whose words fit the topic of
    Section 12(1) (a principal inspection every two years): a source cites 12(3) itself, on words the draft does not
    share, and the provision the draft names is that topic's."""
    from tests.unit.test_build import build

    ref, _ = build({"report.md": "Report.\n\nUnder Section 12(1) of the Public Roads Act, every road bridge must get a "
                                 "principal inspection every two years.\n\nNo work was done after 2016, so the audit "
                                 "required by Section 12(3) of the Public Roads Act was overdue.\n"})
    text = "Every road bridge must also get a deeper inspection every six years under Section 12(3) of the Public Roads Act."
    assert verdict_of_in(text, "Section 12(3)", ref, pack)[0] is Verdict.SUPPORTED
    # an article no source cites is still wrong on the topic its words found
    text = "Every road bridge must also get a deeper inspection every six years under Section 12(4) of the Public Roads Act."
    assert verdict_of_in(text, "Section 12(4)", ref, pack)[0] is Verdict.MISMATCH


def _bribes_reference(observer: str = "The bribes paid to the examiners came to 7.4 million velts."):
    from tests.unit.test_build import build

    ref, _ = build({"wire.md": "Wire.\n\nProsecutors had put the total of the bribes paid to the examiners at about "
                               "6.8 million velts.\n",
                    "observer.md": f"Observer.\n\n{observer}\n"})
    return ref


@pytest.mark.parametrize(("draft", "verdict"), [
    ("The bribes paid to the examiners came to about 6.8 million velts.", Verdict.CONTESTED),
    # credited to the body the wire credits it to: the draft says whose value it is
    ("Prosecutors had put the total of the bribes paid to the examiners at about 6.8 million velts.",
     Verdict.SUPPORTED),
])
def test_a_disputed_value_credited_to_the_body_a_source_credits_is_not_contested(draft, verdict):
    result = lint_text(draft, "d.md", _bribes_reference(), load_pack())
    value = next(c for c in result.claims if "6.8" in c.claim.text)
    assert value.verdict is verdict


def test_a_value_two_sources_credit_differently_to_one_body_is_contested_when_credited_to_it():
    """The wire says prosecutors put the bribes at about 6.8 million, the Observer that they put them at 7.4
    million: what prosecutors said is itself disputed."""
    ref = _bribes_reference("Prosecutors put the total of the bribes paid to the examiners at 7.4 million velts.")
    draft = "Prosecutors had put the total of the bribes paid to the examiners at about 6.8 million velts."
    assert verdict_of_in(draft, "6.8 million", ref, load_pack())[0] is Verdict.CONTESTED


def test_a_body_that_is_a_source_speaks_for_itself_not_through_a_paper_that_credits_it():
    """The Herald says the audit chamber put the losses at 41.3 million; the chamber's own report says 38.6: a
    draft crediting the chamber with 41.3 million tells the Herald's reading of it as settled."""
    from tests.unit.test_build import build

    ref, _ = build({"audit.md": "Supreme Audit Chamber report.\n\nThe pension fund's losses came to 38.6 million "
                                "brods between 2017 and 2021.\n",
                    "herald.md": "Velgrad Herald.\n\nThe Supreme Audit Chamber put the pension fund's losses at 41.3 "
                                 "million brods between 2017 and 2021.\n"})
    result = lint_text("The Supreme Audit Chamber put the pension fund's losses at 41.3 million brods.", "d.md", ref,
                       load_pack())
    value = next(c for c in result.claims if "41.3" in c.claim.text)
    assert value.verdict is Verdict.CONTESTED


@pytest.mark.parametrize(("credits_another_value", "verdict"), [(False, Verdict.SUPPORTED), (True, Verdict.CONTESTED)])
def test_a_credit_to_a_source_silent_on_the_point_stands_on_the_sources_that_credit_it(credits_another_value,
                                                                                       verdict):
    """The inspectorate's report says nothing the build joined to the point; the wire credits it with 64 voyages,
    the paper counts 71: a draft crediting the inspectorate with 64 tells whose value it is, unless another source
    credits the inspectorate with another value."""
    from tests.unit.test_build import build

    sources = {"inspectorate.md": "Inspectorate report.\n\nThe port authority cleared every departure.\n",
               "wire.md": "Wire.\n\nThe Inspectorate found that the barge sailed overloaded on 64 of its 212 "
                          "loaded voyages.\n",
               "courier.md": "Courier.\n\nWeighbridge records show the barge sailed overloaded on 71 of its 212 "
                             "loaded voyages.\n"}
    if credits_another_value:
        sources["union.md"] = ("Union statement.\n\nThe Inspectorate found that the barge sailed overloaded on 71 of "
                               "its 212 loaded voyages.\n")
    ref, _ = build(sources)
    result = lint_text("The Inspectorate found that the barge sailed overloaded on 64 of its 212 loaded voyages.",
                       "d.md", ref, load_pack())
    assert next(c for c in result.claims if c.claim.text.startswith("64")).verdict is verdict


@pytest.mark.parametrize(("month", "lead", "verdict"), [("January 2018", -50.0, Verdict.CONTESTED),
                                                     ("January 2018", -30.0, Verdict.MISMATCH),
                                                     ("February 2018", -50.0, Verdict.MISMATCH)])
def test_a_month_one_source_gives_on_the_point_told_otherwise_is_contested_not_unsupported(month, lead, verdict,
                                                                                           monkeypatch):
    """The inspectorate and the wire date the first inflated return to March 2018; the Ledger, in other words,
    dates the inflation's start to January 2018: a draft's January 2018 is the Ledger's side where the Ledger's
    words fit the draft's within MONTH_GIVER_LEAD of the inspectorate's (here they fit 47 points less: a lead of
    -50 takes them, the default does not); its February 2018 is no one's."""
    from lint import engine
    from tests.unit.test_build import build

    monkeypatch.setattr(engine, "MONTH_GIVER_LEAD", lead)
    ref, _ = build({
        "inspectorate.md": "Inspectorate report.\n\nThe first inflated monthly occupancy return was sent to the "
                           "ministry in March 2018.\n",
        "wire.md": "Wire.\n\nThe homes sent their first inflated occupancy return to the ministry in March 2018, the "
                   "inspectorate said.\n",
        "ledger.md": "Ledger feature.\n\nDocuments seen by the Ledger show that the inflation began in January 2018, "
                     "two months earlier than the date used in the official audit.\n"})
    draft = f"The inflation began with the first inflated occupancy return, sent to the ministry in {month}."
    assert [c.verdict for c in lint_text(draft, "d.md", ref, load_pack()).claims] == [verdict]



def test_a_time_of_day_is_compared_with_the_sources_times_never_with_their_days():
    from tests.unit.test_build import build

    ref, _ = build({"report.md": "Inspectorate report.\n\nThe generator failed at 22:47 on 9 March 2023, and the "
                                 "backup started at 23:58.\n",
                    "wire.txt": "Wire.\n\nThe generator failed at 22:47 on 9 March 2023.\n"})
    draft = "The generator failed at 22:40 on 9 March 2023; the backup started at 23:58."
    verdicts = {c.claim.text: c.verdict for c in lint_text(draft, "d.md", ref, load_pack()).claims}
    assert verdicts == {"22:40": Verdict.MISMATCH, "9 March 2023": Verdict.SUPPORTED, "23:58": Verdict.SUPPORTED}
    finding = next(f for f in lint_text(draft, "d.md", ref, load_pack()).findings if f.found == "22:40")
    assert "22:47" in finding.message and finding.suggestion == "22:47"


@pytest.mark.parametrize(("value", "score", "found"), [
    # a figure near the topic's, a little under the cutoff: a slip of that point's value, judged on it
    (Figure(2_100_000_000, 2_100_000_000, "currency:DRV"), 23.0, True),
    # too far under the cutoff, too far from the topic's value, its very value, a small count, a term
    (Figure(2_100_000_000, 2_100_000_000, "currency:DRV"), 19.0, False),
    (Figure(5_000_000_000, 5_000_000_000, "currency:DRV"), 23.0, False),
    (Figure(1_900_000_000, 1_900_000_000, "currency:DRV"), 23.0, False),
    (Figure(4, 4, "count"), 23.0, False),
])
def test_a_value_near_the_topics_may_match_a_little_under_the_cutoff(value, score, found):
    from lint.engine import matcher_for
    from lint.model import Claim
    from lint.settings import Settings

    sales = Topic("ticket-sales", Kind.FIGURE, "ticket sales in 2022",
                  (rc("1.9 billion", Figure(1_900_000_000, 1_900_000_000, "currency:DRV"), "wiki", 3),
                   rc("4", Figure(5, 5, "count"), "dnk", 4)), keywords=("ticket", "sales"))
    matcher = matcher_for(Reference(sources=(WIKI, DNK), topics=(sales,)), Settings())
    claim = Claim(kind=Kind.FIGURE, text="x", start=0, end=1, value=value, rule="t", sentence="x")
    assert (matcher.best([(0, score, score, None)], claim) is not None) is found


def test_a_term_near_the_topics_stays_under_the_cutoff():
    from lint.engine import matcher_for
    from lint.model import Claim
    from lint.settings import Settings

    terms = Topic("venn-term", Kind.PENALTY, "term given to Venn",
                  (rc("six years", Penalty("prison", "exact", 72, 72), "wiki", 3),), keywords=("venn",))
    matcher = matcher_for(Reference(sources=(WIKI,), topics=(terms,)), Settings())
    claim = Claim(kind=Kind.PENALTY, text="x", start=0, end=1, value=Penalty("prison", "exact", 84, 84), rule="t",
                  sentence="x")
    assert matcher.best([(0, 23.0, 23.0, None)], claim) is None


def built_from(sources: dict[str, str]) -> Reference:
    from tests.unit.test_build import build

    return build(sources)[0]


def test_a_near_amount_of_another_point_gains_less_than_the_very_amount(pack):
    # "1.5 million" agrees with "about 1.6 million" only within "about"'s reach: a topic giving it is not one giving
    # the draft's very value, and its agreeing draws the claim half as hard ("compensation of 1.5 million" is not
    # "Hennik retained about 1.6 million")
    from lint.extract import extract_claims
    from lint.match import Matcher
    from lint.settings import MatchSettings
    from lint.source import parse_document

    def topic(topic_id, value, norm):
        return Topic(topic_id, Kind.FIGURE, "kelders the defendants kept", (rc(value, norm, "wiki", 3),),
                     keywords=("kelders", "defendants", "kept"))

    near = topic("near", "about 1.6 million", Figure(1.6e6, 1.6e6, "count", approx="about", noun="kelders"))
    very = topic("very", "1.5 million", Figure(1.5e6, 1.5e6, "count", noun="kelders"))
    reference = Reference(sources=(WIKI,), topics=(near, very))
    text = "The defendants kept 1.5 million kelders."
    [claim] = [c for c in extract_claims(parse_document(text, "d.md"), pack) if "1.5" in c.text]
    ranked = {reference.topics[i].id: (score, context, agreeing)
              for i, score, context, agreeing in Matcher(reference, MatchSettings()).ranking(claim, [claim])}
    assert ranked["near"][1] == ranked["very"][1]  # the same words
    assert ranked["near"][0] < ranked["very"][0]


def test_a_short_count_a_credited_body_gives_of_something_else_does_not_excuse_the_credit(pack):
    # the inspectorate counts 64 schools, the paper 71; the inspectorate's "71" is a count of samples: crediting it
    # with 71 schools is the misattribution, not a mere side of the dispute
    reference = built_from({
        "inspectorate.md": "The plant supplied 190 institutional customers, including 64 schools and 11 hospitals.\n\n"
                           "Pork was the undeclared species in 71 of the 87 positive samples.\n",
        "courier.md": "The recall that followed reached canteens across two provinces, including 71 schools.\n"})
    text = "The inspectorate said the plant's institutional customers included 71 schools."
    assert verdict_of_in(text, "71", reference, pack)[0] is Verdict.ATTRIBUTION


def test_a_count_of_those_who_told_is_stated_not_hedged_by_their_telling(pack):
    # "29 workers had reported fresh cracks": the telling is what the count states, not a hedge of it; only the
    # union's survey gives it, hedged, so stated as fact it is a hedge finding
    reference = built_from({
        "union.md": "In our survey, 41 of the 62 respondents had seen fresh cracks in the lining before the collapse. "
                    "Of those, 29 said they had reported the cracks to a foreman.\n"})
    text = "In those final weeks, 29 workers had reported fresh cracks in the lining to a foreman."
    assert verdict_of_in(text, "29", reference, pack)[0] is Verdict.HEDGE
    # another hedge of the sentence still hedges it
    text = "It is alleged that 29 workers had reported fresh cracks in the lining to a foreman."
    assert verdict_of_in(text, "29", reference, pack)[0] is Verdict.SUPPORTED


def test_a_source_relaying_one_bodys_value_and_giving_another_tells_both_sides_of_one_point(pack):
    """The Courier relays the inspectorate's 186 million and gives a leaked review's 240 million, which the build kept
    apart: a draft's 240 million is told the sources disagree. A source giving two values on its own account gives two
    points."""
    inspectorate = Source("haci", "Special report", "Anti-Corruption Inspectorate", date="2025", path="01.md",
                          aliases=("Anti-Corruption Inspectorate", "Inspectorate"))
    courier = Source("courier", "Feature", "The Vesmar Courier", date="2025", path="05.md", aliases=("Courier",))
    million = lambda n: Figure(n * 1e6, n * 1e6, "currency:HVD")  # noqa: E731
    lost = Topic("lost-revenue", Kind.FIGURE, "figure: state lost revenue", (
        replace(rc("186 million", million(186), "haci", 13), credited="Inspectorate"),
        replace(rc("186 million", million(186), "courier", 26), credited="Anti-Corruption Inspectorate")),
        keywords=("state", "lost", "revenue", "auction", "rigged"))
    review = Topic("review-higher", Kind.FIGURE, "figure: review higher reserve prices",
                   (rc("240 million", million(240), "courier", 26),),
                   keywords=("internal", "review", "higher", "reserve", "prices", "lost"))
    draft = "The rigged auction cost the state HVD 240 million in lost revenue."
    reference = Reference(sources=(inspectorate, courier), topics=(lost, review))
    assert verdict_of_in(draft, "240 million", reference, pack)[0] is Verdict.CONTESTED
    # the Courier's own 186 million beside its 240 million: two points of its own; nor is a 240 million it gives
    # paragraphs away from the one it relays one side of that point
    own = replace(lost, claims=(lost.claims[0], replace(lost.claims[1], credited="")))
    far = replace(review, claims=(replace(review.claims[0], location=40),))
    for topics in ((own, review), (lost, far)):
        reference = Reference(sources=(inspectorate, courier), topics=topics)
        assert verdict_of_in(draft, "240 million", reference, pack)[0] is not Verdict.CONTESTED


def test_a_count_of_a_named_thing_a_source_gives_on_a_topic_of_its_own_is_the_other_side(pack):
    """"The plasma went to 41 hospitals": the draft's words find the 37 hospitals supplied; a paper's 41 hospitals,
    told in words of procurement records the draft does not use, count the same thing: the sources disagree, and a
    draft crediting 41 to the inspectorate, which gives 37, credits the wrong body."""
    inspectorate = Source("btsi", "Inspection report", "Blood and Tissue Safety Inspectorate", date="2024",
                          path="01.md", aliases=("Blood and Tissue Safety Inspectorate", "inspectorate"))
    courier = Source("courier", "Feature", "The Karvel Courier", date="2024", path="05.md", aliases=("Courier",))
    hospitals = lambda n: Figure(n, n, "count", noun="hospitals")  # noqa: E731
    supplied = Topic("hospitals-supplied", Kind.FIGURE, "figure: plasma supplied hospitals", (
        rc("37", hospitals(37), "btsi", 8),
        replace(rc("37", hospitals(37), "courier", 42), credited="inspectorate")),
        keywords=("plasma", "supplied", "went", "hospitals", "unscreened"))
    records = Topic("procurement-records", Kind.FIGURE, "figure: procurement records regional authorities",
                    (rc("41", hospitals(41), "courier", 42),),
                    keywords=("procurement", "records", "regional", "authorities", "obtained"))
    reference = Reference(sources=(inspectorate, courier), topics=(supplied, records))
    assert verdict_of_in("The unscreened plasma went to 41 hospitals.", "41", reference, pack)[0] is Verdict.CONTESTED
    assert verdict_of_in("The unscreened plasma went to 41 hospitals, the inspectorate said.", "41", reference,
                         pack)[0] is Verdict.ATTRIBUTION
    # a count of another thing is no other side
    other = replace(records, claims=(rc("41", Figure(41, 41, "count", noun="clinics"), "courier", 42),))
    reference = Reference(sources=(inspectorate, courier), topics=(supplied, other))
    assert verdict_of_in("The unscreened plasma went to 41 hospitals.", "41", reference, pack)[0] is not \
        Verdict.CONTESTED


def test_an_events_day_and_a_span_of_years_are_two_points(pack):
    # "On 5 February 2025 the city council voted", "Between 2019 and 2023 the City Council received ...": a day and a
    # period, matched to one topic, are no two sides of one date
    ledger = Source("ledger", "Feature", "The Veltorian Ledger", date="2025", path="05.md")
    finance = Source("lfi", "Report", "Local Finance Inspectorate", date="2024", path="01.md")
    council = Topic("council-dates", Kind.DATE, "date: city council received voted", (
        rc("Between 2019 and 2023", DateValue("2019-01-01", "2023-12-31", "range"), "lfi", 49),
        rc("5 February 2025", DateValue("2025-02-05", "2025-02-05", "day"), "ledger", 46)),
        keywords=("city", "council", "voted", "received"))
    reference = Reference(sources=(ledger, finance), topics=(council,))
    draft = "On 5 February 2025 the city council voted to ban the payments."
    assert verdict_of_in(draft, "5 February 2025", reference, pack)[0] is Verdict.SUPPORTED
    # a day against a day days apart is still the other side
    other = replace(council, claims=(rc("9 February 2025", DateValue("2025-02-09", "2025-02-09", "day"), "lfi", 49),
                                     council.claims[1]))
    reference = Reference(sources=(ledger, finance), topics=(other,))
    assert verdict_of_in(draft, "5 February 2025", reference, pack)[0] is Verdict.CONTESTED


AUTHORITY = Source("tpra", "Report on the outage", "Telecommunications Regulatory Authority", date="2024", path="01.md",
                   aliases=("TPRA",))
TOLD_BESIDE = Reference(
    sources=(AUTHORITY,),
    topics=(
        Topic("late-notification-article", Kind.STATUTE, "article requiring notification of a significant incident",
              (rc("Article 52(2) of the Act", Statute(("52(2)",), law="act"), "tpra", 18),),
              keywords=("notify", "significant", "incident", "hour", "late", "notification")),
        Topic("fine-article", Kind.STATUTE, "article",
              (RefClaim("Article 88(3) of the Act", Statute(("88(3)",), law="act"), "tpra", 20,
                        evidence="DVM 38.2 million under Article 88(3) of the Act and a further"),),
              keywords=("impose",)),
        Topic("authority-fine", Kind.PENALTY, "fine the authority imposed",
              (RefClaim("fine of DVM 38.2 million", Penalty("fine", "exact", 38.2e6, 38.2e6, "DVM"), "tpra", 20,
                        evidence="imposed a fine of DVM 38.2 million under Article 88(3) of"),),
              keywords=("authority", "imposed", "fine")),
    ),
)


def test_an_article_a_source_tells_beside_the_sentences_amount_is_that_amounts_article(pack):
    # the draft binds the article to the fine as the source's line does: the article's topic is that telling,
    # though another article's topic shares more of the sentence's words
    text = ("The regulator fined Vellacom DVM 38.2 million under Article 88(3) of the Act, "
            "the largest penalty for a late incident notification.")
    result = lint_text(text, "draft.md", TOLD_BESIDE, pack)
    article = next(c for c in result.claims if c.claim.text.startswith("Article 88(3)"))
    assert article.verdict is Verdict.SUPPORTED
    # without the amount beside it, the same words find the other article's point: the wrong article for it
    text = "The regulator's largest penalty for a late incident notification fell under Article 88(3) of the Act."
    result = lint_text(text, "draft.md", TOLD_BESIDE, pack)
    article = next(c for c in result.claims if c.claim.text.startswith("Article 88(3)"))
    assert article.verdict is Verdict.MISMATCH


COURT = Source("court", "Judgment summary", "Regional Court", date="2024", path="04.md")
TOLD_BESIDE_ANOTHER = Reference(
    sources=(COURT,),
    topics=(
        Topic("fine-per-worker", Kind.PENALTY, "fine per worker without a contract",
              (RefClaim("Fine of VMR 5,000", Penalty("fine", "exact", 5000, 5000, "VMR"), "court", 47,
                        evidence="Article 140: fine of VMR 5,000 per worker"),),
              keywords=("worker", "contract")),
        Topic("labour-fine", Kind.PENALTY, "further fine for breaches",
              (RefClaim("VMR 340,000", Penalty("fine", "exact", 340000, 340000, "VMR"), "court", 27,
                        evidence="fined the company a further VMR 340,000 for breaches"),),
              keywords=("further", "breaches")),
        Topic("labour-article", Kind.STATUTE, "article on employment without a contract",
              (RefClaim("Article 140 of the Labour Code", Statute(("140",), law="labour code"), "court", 47,
                        evidence="under Article 140 of the Labour Code. Fine of"),),
              keywords=("employment", "contract")),
    ),
)


def test_a_value_told_beside_another_topics_value_is_not_drawn_to_it(pack):
    # the article is told beside the per-worker fine, not beside this amount: that point gains nothing from it
    from lint.engine import matcher_for, sentence_siblings
    from lint.extract import extract_claims
    from lint.settings import Settings
    from lint.source import parse_document

    doc = parse_document("Kessolt was fined VMR 340,000 under Article 140 of the Labour Code.", "draft.md")
    matcher = matcher_for(TOLD_BESIDE_ANOTHER, Settings())
    claims = extract_claims(doc, pack, matcher.currency_words, None, cues=False)
    fine = next(c for c in claims if "340,000" in c.text)
    ranking = {i: (score, context) for i, score, context, _ in
               matcher.ranking(fine, sentence_siblings(claims)[fine.sentence_start])}
    score, context = ranking[0]  # the per-worker fine's point: told beside the article, but another amount
    assert score == context  # no bonus over its words' fit
    result = lint_text(doc.text, "draft.md", TOLD_BESIDE_ANOTHER, pack)
    assert next(c for c in result.claims if "340,000" in c.claim.text).topics == ("labour-fine",)


def test_a_count_a_source_gives_of_the_same_thing_finds_its_topic_without_its_rare_words(pack):
    """The Ledger counts 41 branches where the authority counts 37: a draft's "41 branches", in a sentence about
    bonuses that shares none of the topic's own words, is on that disputed point. The same number of anything else
    ("41 staff") is not."""
    branches = Topic("goldhand-branches", Kind.FIGURE, "branches goldhand operated, inspected unannounced",
                     (rc("37", Figure(37.0, 37.0, noun="branches"), "wiki", 39),
                      rc("41", Figure(41.0, 41.0, noun="branches"), "dnk", 17)),
                     keywords=("unannounced", "inspections", "goldhand", "chain", "branches", "seized", "registry"))
    # branches, staff and pledges are every topic's words here, "chain" a few's: none marks a topic
    others = tuple(Topic(f"other-{i}", Kind.FIGURE, f"other point {i}",
                         (rc(str(100 + i), Figure(100.0 + i, 100.0 + i), "wiki", 50 + i),),
                         keywords=("branches", "staff", "pledge", "sold", "bonus", f"word{chr(97 + i)}",
                                   *(("chain",) if i % 5 == 0 else ())))
                   for i in range(20))
    reference = Reference(sources=(WIKI, DNK), topics=(branches, *others))
    text = "Staff at the chain's 41 branches were paid a bonus for every pledge they sold early."
    result = lint_text(text, "d.md", reference, pack)
    assert [(c.verdict, c.topics) for c in result.claims] == [(Verdict.CONTESTED, ("goldhand-branches",))]
    result = lint_text(text.replace("41 branches", "41 staff members"), "d.md", reference, pack)
    assert [c.verdict for c in result.claims] == [Verdict.UNSUPPORTED]


def _admissions_reference():
    admissions = Topic("figure-hospital-admissions", Kind.FIGURE, "hospital admissions after the race",
                       (rc("61 hospital admissions", Figure(61.0, 61.0, noun="admissions"), "wiki", 4),
                        rc("73 admissions", Figure(73.0, 73.0, noun="admissions"), "dnk", 9),
                        # (the inspectorate's count of all who were seen, which the build joined: no side)
                        rc("76 runners", Figure(76.0, 76.0, noun="runners"), "wiki", 3)),
                       keywords=("runners", "hospital", "admissions", "counted", "race", "records"))
    treated = Topic("figure-runners-treated", Kind.FIGURE, "runners treated on the course",
                    (rc("214 runners", Figure(214.0, 214.0, noun="runners"), "wiki", 5),),
                    keywords=("runners", "treated", "course"))
    return Reference(sources=(WIKI, DNK), topics=(admissions, treated))


@pytest.mark.parametrize(("text", "verdict"), [
    # the draft tells the dispute across two sentences of a paragraph: it settles nothing
    ("The inspectorate counted 61 hospital admissions after the race. The paper's own trawl of hospital records "
     "puts hospital admissions at 73.", Verdict.SUPPORTED),
    # ... not where the other number is another point (runners treated on the course), nor in another paragraph
    ("The inspectorate counted 61 hospital admissions after the race, and 214 runners were treated on the course.",
     Verdict.CONTESTED),
    ("The inspectorate counted 61 hospital admissions after the race.\n\nThe paper's own trawl of hospital records "
     "puts hospital admissions at 73.", Verdict.CONTESTED),
    # ... nor where the other number is another value of the source that gives the claim's, not the other side's
    ("Medics saw 76 runners after the race. Of those, 61 hospital admissions followed.", Verdict.CONTESTED),
])
def test_both_sides_of_a_dispute_told_in_one_paragraph_settle_nothing(text, verdict, pack):
    assert verdict_of_in(text, "61", _admissions_reference(), pack)[0] is verdict


def test_both_days_of_a_dispute_told_in_one_paragraph_settle_nothing_though_one_leaves_its_year_out(pack):
    """"admitted on 31 July 2023, according to hospital records ... The agency's own timeline puts the first admission
    on 3 August": the second day is 3 August 2023, the other side of the point, told without its year."""
    admitted = Topic("date-first-admission", Kind.DATE, "first patient admitted to hospital",
                     (rc("31 July 2023", DateValue("2023-07-31", "2023-07-31", "day"), "dnk", 16),
                      rc("3 August 2023", DateValue("2023-08-03", "2023-08-03", "day"), "wiki", 30)),
                     keywords=("first", "patient", "admitted", "admission", "hospital"))
    reference = Reference(sources=(WIKI, DNK), topics=(admitted,))
    told = ("The first patient was admitted to hospital on 31 July 2023, according to hospital records. The agency's "
            "own timeline puts the first admission on {}.")
    assert verdict_of_in(told.format("3 August"), "31 July", reference, pack)[0] is Verdict.SUPPORTED
    # (another day of the year is no side of the point: the first day stays contested)
    assert verdict_of_in(told.format("3 November"), "31 July", reference, pack)[0] is Verdict.CONTESTED


@pytest.mark.parametrize(("text", "found", "verdict"), [
    # the draft sets one side up as the truth against the other it tells: it settles the dispute
    ("The inspectorate counted 61 hospital admissions after the race. In reality 73 hospital admissions followed it.",
     "73", Verdict.CONTESTED),
    ("The inspectorate counted 61 hospital admissions after the race. The paper's trawl of hospital records puts "
     "hospital admissions at 73.", "73", Verdict.SUPPORTED),
    # credited to the official record, the value is one side's: the draft says there is another account
    ("The official record gives 61 hospital admissions after the race.", "61", Verdict.SUPPORTED),
    ("There were 61 hospital admissions after the race.", "61", Verdict.CONTESTED),
])
def test_a_side_told_as_the_official_account_is_one_side_and_one_set_up_as_the_truth_settles(text, found, verdict,
                                                                                             pack):
    assert verdict_of_in(text, found, _admissions_reference(), pack)[0] is verdict


def test_a_time_is_found_by_the_day_a_source_tells_beside_it_though_the_draft_gives_no_year(pack):
    # the report's timeline gives the day and the time of the warning on one line; the draft's words say little of it,
    # and fit the report's recall time better
    report = Source("report", "Recall report", "Medicines Authority", date="2023", path="1.md")
    day = DateValue("2023-06-12", "2023-06-12", "day")
    line = "12 June 2023, 16:20: the hospital's officer reports the cluster by telephone"
    reference = Reference(sources=(report,), topics=(
        Topic("warning-day", Kind.DATE, "day the hospital reported the cluster",
              (RefClaim("12 June 2023", day, "report", 24, evidence=line),), keywords=("officer", "cluster")),
        Topic("warning-time", Kind.DATE, "time the hospital reported the cluster",
              (RefClaim("16:20", DateValue("0000-01-01T16:20", "0000-01-01T16:20", "time"), "report", 24,
                        evidence=line),), keywords=("officer", "cluster", "telephone")),
        Topic("recall-time", Kind.DATE, "time the recall notice reached the authority's list",
              (RefClaim("18:00", DateValue("0000-01-01T18:00", "0000-01-01T18:00", "time"), "report", 11),),
              keywords=("warning", "reached", "authority", "hospital")),
    ))
    text = "The hospital's warning reached the authority at 16:20 on 12 June."
    assert verdict_of_in(text, "16:20", reference, pack)[0] is Verdict.SUPPORTED
    # another day beside the time says nothing of the report's line
    assert verdict_of_in(text.replace("12 June", "19 June"), "16:20", reference, pack)[0] is Verdict.MISMATCH


def test_a_topic_giving_the_drafts_count_is_found_though_every_topic_shares_its_words(pack):
    """Every point of a zoo's story is about animals that died: those words find no topic in particular. The one topic
    that gives the draft's very count of animals ("more than 600", the campaigners' hedged estimate, against the
    inspectorate's 522) is still its point: the finding shows both, not "no source gives this"."""
    campaign = Source("campaign", "Zoo deaths statement", "Open Cages", date="2024", path="c.txt",
                      aliases=("Open Cages",))
    inspectorate = Source("inspectorate", "Zoo inspection", "Animal Welfare Inspectorate", date="2023", path="i.txt",
                          aliases=("Inspectorate",))
    pens = tuple(
        Topic(f"pen-{n}-deaths", Kind.FIGURE, f"animals that died in pen {n} of the zoo",
              (rc(f"{n + 3} animals", Figure(float(n + 3), float(n + 3), noun="animals"), "inspectorate", n + 1),),
              keywords=("animals", "died", "zoo", "years", "pen", f"pen{n}"))
        for n in range(60))
    total = Topic("deaths-over-five-years", Kind.FIGURE, "animals that died at the zoo from 2018 to 2022",
                  (rc("522", Figure(522.0, 522.0, noun="animals"), "inspectorate", 80),
                   rc("more than 600", Figure(600.0, 600.0, approx="more-than", noun="animals"), "campaign", 22,
                      hedged=True)),
                  keywords=("animals", "died", "zoo", "years"))
    # (and as many points about other things: words in most of a reference's topics tell nothing at all)
    visits = tuple(Topic(f"visitors-{n}", Kind.FIGURE, f"visitors on open day {n}",
                         (rc(f"{n + 1000} visitors", Figure(float(n + 1000), float(n + 1000), noun="visitors"),
                             "inspectorate", n + 100),), keywords=("visitors", "tickets", "open", "day"))
                   for n in range(70))
    reference = Reference(sources=(campaign, inspectorate), topics=(*pens, *visits, total))
    result = lint_text("The real toll was higher still: more than 600 animals died over those five years.",
                       "draft.md", reference, pack)
    claim = next(c for c in result.claims if "600" in c.claim.text)
    assert claim.topics == ("deaths-over-five-years",), claim.topics
    assert claim.verdict in (Verdict.CONTESTED, Verdict.HEDGE), claim.verdict


def _told_by(point, values):
    """A topic of `point` that each source in `values` tells with its own count."""
    return Topic(point, Kind.FIGURE, point, tuple(rc(str(v), Figure(v, v, "count"), s, 1) for s, v in values.items()))


def test_a_split_dispute_is_one_only_where_the_references_dissenter_takes_a_side():
    """The Ledger stands alone against the court, the wire and the inspectorate on three points: it is the reference's
    dissenter, and a value the build split from another topic is a dispute over one point where the Ledger gives one
    of the two values; two topics told apart by the other sources alone are more likely two points. Where no source
    dissents that often, a split may be a dispute whoever tells it."""
    from lint.engine import _a_dissenters_dispute
    from lint.judge import Judgement
    from lint.model import Evidence

    sides = {"court": 10, "wire": 10, "inspectorate": 10}
    points = [_told_by(f"point-{n}", {**sides, "ledger": 12}) for n in range(3)]
    reference = Reference(sources=tuple(Source(s, s, s) for s in (*sides, "ledger")), topics=tuple(points))

    def dispute(*sources):
        evidence = tuple(Evidence(value="9", source=s, location="", publisher=s, date="", hedged=False,
                                  agrees=i == 0) for i, s in enumerate(sources))
        return Judgement(Verdict.CONTESTED, points[0], evidence, "")

    assert _a_dissenters_dispute(dispute("court", "ledger"), reference)
    assert not _a_dissenters_dispute(dispute("court", "wire"), reference)
    agreed = Reference(sources=reference.sources, topics=tuple(points[:2]))  # alone on two points only
    assert _a_dissenters_dispute(dispute("court", "wire"), agreed)


@pytest.mark.parametrize(("wire", "ledger", "verdict"), [
    # the court and the wire differ on the day, the Ledger (the reference's dissenter) says nothing of it: more
    # likely two events the build joined than a dispute
    ("1 December 2022", None, Verdict.SUPPORTED),
    # the dissenter gives the other day: a dispute
    ("14 November 2022", "1 December 2022", Verdict.CONTESTED),
])
def test_a_day_two_sources_tell_differently_is_disputed_where_the_dissenter_takes_a_side(wire, ledger, verdict):
    from tests.unit.test_build import build

    points = ("Police seized {} kilograms of cocaine in the port. The trial lasted {} hearing days. The court heard {} "
              "witnesses.")
    raid = "The raid on the warehouse took place on {}. "
    ref, _ = build({"court.md": "Court summary.\n\n" + raid.format("14 November 2022") + points.format(40, 22, 41),
                    "wire.md": "Wire.\n\n" + raid.format(wire) + points.format(40, 22, 41),
                    "inspectorate.md": "Inspectorate.\n\n" + points.format(40, 22, 41),
                    "ledger.md": "Ledger.\n\n" + (raid.format(ledger) if ledger else "") + points.format(52, 25, 47)})
    result = lint_text("The raid on the warehouse took place on 14 November 2022.", "d.md", ref, load_pack())
    assert result.claims[0].verdict is verdict


def _death_toll_reference():
    """One dispute (five deaths or seven) the build kept as two topics: each gives both values."""
    official = Topic("figure-official-deaths", Kind.FIGURE, "official count of deaths from the poisoning",
                     (rc("five", Figure(5.0, 5.0), "wiki", 43), rc("Seven", Figure(7.0, 7.0), "dnk", 11)),
                     keywords=("official", "count", "deaths", "poisoning"))
    hospital = Topic("figure-died-after-hospital", Kind.FIGURE, "patients who died after leaving hospital",
                     (rc("five", Figure(5.0, 5.0), "state", 15), rc("seven", Figure(7.0, 7.0), "dnk", 13)),
                     keywords=("courier", "victims", "died", "leaving", "hospital", "puts"))
    injured = Topic("figure-workers-injured", Kind.FIGURE, "kitchen workers injured",
                    (rc("seven", Figure(7.0, 7.0), "wiki", 50),), keywords=("kitchen", "workers", "injured"))
    return Reference(sources=(WIKI, DNK, STATE), topics=(official, hospital, injured))


def test_both_sides_told_in_a_sentence_settle_nothing_though_the_build_kept_them_as_two_topics(pack):
    text = ("The official count of deaths from the poisoning is five; the Courier, which includes victims who died "
            "after leaving hospital, puts it at seven.")
    reference = _death_toll_reference()
    result = lint_text(text, "d.md", reference, pack)
    assert {c.claim.text: c.verdict for c in result.claims} == {"five": Verdict.SUPPORTED, "seven": Verdict.SUPPORTED}
    assert not result.findings
    # ... but a seven that only another point's topic gives is that point's, and the five stays disputed
    other = "The official count of deaths from the poisoning is five; seven kitchen workers were injured."
    assert verdict_of_in(other, "five", reference, pack)[0] is Verdict.CONTESTED


def test_an_open_count_beside_a_disputed_one_is_no_side_of_its_dispute(pack):
    # "over two" agrees with any count above two, the agency's 58 portions too; its topic is another point, which
    # gives the draft's 74 only as a bound would: the paper's 74 against the agency's 58 stays disputed
    portions = Topic("figure-portions-served", Kind.FIGURE, "portions of the ragout served",
                     (rc("58", Figure(58.0, 58.0), "wiki", 51), rc("74", Figure(74.0, 74.0), "dnk", 41)),
                     keywords=("served", "portions", "ragout"))
    services = Topic("figure-services", Kind.FIGURE, "services the ragout was served at",
                     (rc("over two", Figure(2.0, 2.0, approx="more-than"), "wiki", 51),),
                     keywords=("ragout", "services", "two"))
    reference = Reference(sources=(WIKI, DNK), topics=(portions, services))
    text = "The kitchen served 74 portions of its ragout over two services."
    assert verdict_of_in(text, "74", reference, pack)[0] is Verdict.CONTESTED


@pytest.mark.parametrize(("text", "hedged"), [
    # a telling after the claim that only says when its event happened hedges nothing of it
    ("Relatives waited up to five hours at Ostrevo hospital that morning before anyone told them whether their mother "
     "or son was alive.", False),
    ("Relatives reportedly waited up to five hours at the hospital before anyone told them.", True),
    # ... nor what was told, named as a thing
    ("Samples were swapped in around five hours so that results matched what had already been reported.", False),
    # a body's reckoning told by pronoun does hedge
    ("It puts the total at DLN 3 million, which it estimates is five hours of revenue.", True),
])
def test_a_telling_hedges_what_it_tells_not_the_events_time_nor_a_thing_told_of(text, hedged, pack):
    assert_draft_hedges(text, lambda c: "five hours" in c.text, hedged, pack)


def _missing_objects_reference():
    missing = Topic("figure-objects-missing", Kind.FIGURE, "objects missing from the museum's store",
                    (rc("1,437", Figure(1437.0, 1437.0), "wiki", 11), rc("1,612", Figure(1612.0, 1612.0), "dnk", 13)),
                    keywords=("spreadsheet", "listed", "located", "objects", "museum"))
    # (the build kept the official side's own telling apart: "1,437 objects are gone")
    gone = Topic("figure-objects-gone", Kind.FIGURE, "objects gone",
                 (rc("1,437", Figure(1437.0, 1437.0), "wiki", 25),),
                 keywords=("officially", "gone", "inventory"))
    return Reference(sources=(WIKI, DNK), topics=(missing, gone))


@pytest.mark.parametrize(("text", "verdict"), [
    # the other side told as the very value the build kept on another topic, too telling to recur by chance
    ("Officially, 1,437 objects are gone from the inventory. But the museum's own spreadsheet listed 1,612 as not "
     "located.", Verdict.SUPPORTED),
    # ... not a value no side gives
    ("Officially, 1,438 objects are gone from the inventory. But the museum's own spreadsheet listed 1,612 as not "
     "located.", Verdict.CONTESTED),
])
def test_the_other_side_of_a_dispute_told_in_a_paragraph_counts_though_matched_to_another_topic(text, verdict, pack):
    assert verdict_of_in(text, "1,612", _missing_objects_reference(), pack)[0] is verdict


def test_two_days_each_the_others_side_told_in_a_paragraph_settle_nothing(pack):
    """"We were told the pump failed in the small hours of 14 March. The dosing rate jumped on 13 March": each day is
    matched to a topic of its own, each holding the other day as its other side."""
    failed = Topic("date-pump-failed", Kind.DATE, "pump failed small hours",
                   (rc("14 March 2023", DateValue("2023-03-14", "2023-03-14", "day"), "wiki", 11),
                    rc("13 March", DateValue("0001-03-13", "0001-03-13", "day", month_day_only=True), "dnk", 13)),
                   keywords=("pump", "failed", "small", "hours"))
    jumped = Topic("date-dosing-jumped", Kind.DATE, "dosing rate jumped",
                   (rc("13 March", DateValue("0001-03-13", "0001-03-13", "day", month_day_only=True), "dnk", 17),
                    rc("14 March 2023", DateValue("2023-03-14", "2023-03-14", "day"), "wiki", 23)),
                   keywords=("dosing", "rate", "jumped", "telemetry"))
    reference = Reference(sources=(WIKI, DNK), topics=(failed, jumped))
    text = ("We were told for a year that the pump failed in the small hours of 14 March. The telemetry shows the "
            "dosing rate jumped on 13 March.")
    assert verdict_of_in(text, "14 March", reference, pack)[0] is Verdict.SUPPORTED
    # (alone, the day is one side stated as settled)
    alone = "We were told for a year that the pump failed in the small hours of 14 March."
    assert verdict_of_in(alone, "14 March", reference, pack)[0] is Verdict.CONTESTED


def test_a_laws_range_beside_the_term_given_under_it_is_judged_on_their_one_topic(pack):
    # a judgment's table row holds the range and the term as one topic: the term the draft gives beside the range takes
    # that topic, and the range is still judged on it, not left unsupported
    court = Source("court", "Judgment", "Dravik Regional Court", date="2024", path="j.txt")
    reference = Reference(sources=(court,), topics=(
        Topic("fraud-count", Kind.PENALTY, "aggravated fraud Halvik sentence count",
              (rc("3 to 12 years' imprisonment", Penalty("prison", "range", 36, 144), "court", 40),
               rc("8 years", Penalty("unspecified", "exact", 96, 96), "court", 40)),
              keywords=("aggravated", "fraud", "halvik", "sentence", "count")),
    ))
    draft = ("The judge gave Halvik eight years for aggravated fraud, an offence that carries {} years, on this "
             "count.")
    verdict, finding = verdict_of_in(draft.format("four to 12"), "four to 12 years", reference, pack)
    assert verdict is Verdict.MISMATCH and "3 to 12 years" in finding.message
    verdict, _ = verdict_of_in(draft.format("three to 12"), "three to 12 years", reference, pack)
    assert verdict is Verdict.SUPPORTED


def test_a_count_of_the_thing_its_topic_counts_is_wrong_there_though_another_count_gives_its_number(pack):
    # "14 veterinarians" against the inspectorate's 12 veterinarians: the 14 a source gives elsewhere counts dogs, so
    # the draft's number is no other point's; a count of nothing named still goes to the point giving it
    inspectorate = Source("oawi", "Raid report", "Animal Welfare Inspectorate", date="2024", path="r.txt")
    reference = Reference(sources=(inspectorate,), topics=(
        Topic("raid-team", Kind.FIGURE, "raid team personnel veterinarians",
              (rc("12", Figure(12, 12, noun="veterinarians"), "oawi", 25),),
              keywords=("raid", "team", "personnel", "veterinarians")),
        Topic("dogs-dead", Kind.FIGURE, "dead dogs found in the sheds",
              (rc("14", Figure(14, 14, noun="dogs"), "oawi", 30),),
              keywords=("dead", "dogs", "found", "sheds")),
    ))
    draft = "Inspectors found the sheds full of dogs; the raid team included 14 {}."
    verdict, finding = verdict_of_in(draft.format("veterinarians"), "14", reference, pack)
    assert verdict is Verdict.MISMATCH and "12" in finding.message
    verdict, _ = verdict_of_in(draft.format("of them"), "14", reference, pack)
    assert verdict is not Verdict.MISMATCH


def test_a_value_credited_to_two_bodies_that_both_give_it_is_rightly_credited(pack):
    # "the MFEA and the court say 1,126 embryos": each body gives it, so the joint credit is right; a joint credit
    # naming a body that does not give it is still wrong
    mfea = Source("mfea", "Inquiry report", "Morvanne Fertility and Embryology Authority (MFEA)", path="r.txt")
    court = Source("court", "Judgment summary", "Castrel District Court", path="c.txt")
    union = Source("union", "Statement", "Clinic Workers Union", path="u.txt")
    reference = Reference(sources=(mfea, court, union), topics=(
        Topic("embryos-lost", Kind.FIGURE, "embryos destroyed in the tank",
              (rc("1,126", Figure(1126, 1126, noun="embryos"), "mfea", 20),
               rc("1,126", Figure(1126, 1126, noun="embryos"), "court", 24)),
              keywords=("embryos", "destroyed", "tank")),
    ))
    verdict, _ = verdict_of_in("The MFEA and the court say 1,126 embryos were destroyed in the tank.", "1,126",
                               reference, pack)
    assert verdict is Verdict.SUPPORTED
    verdict, _ = verdict_of_in("The MFEA and the union say 1,126 embryos were destroyed in the tank.", "1,126",
                               reference, pack)
    assert verdict is Verdict.ATTRIBUTION


def test_a_night_told_as_two_days_is_one_span_not_a_dispute_between_its_days(pack):
    # "the night of 17 to 18 March 2023": a span of days, which the report's span supports; its last day alone is not
    # set against a source's first
    report = Source("report", "Inquiry report", "Fertility Authority", path="r.txt")
    wire = Source("wire", "Wire", "Press Agency", path="w.txt")
    night = DateValue("2023-03-17", "2023-03-18", "day")
    reference = Reference(sources=(report, wire), topics=(
        Topic("tank-failed", Kind.DATE, "night the storage tank failed",
              (rc("17 to 18 March 2023", night, "report", 12),
               rc("17 to 18 March 2023", night, "wire", 9)),
              keywords=("night", "storage", "tank", "failed")),
    ))
    verdict, _ = verdict_of_in("On the night of 17 to 18 March 2023, the storage tank failed.",
                               "17 to 18 March 2023", reference, pack)
    assert verdict is Verdict.SUPPORTED
    verdict, _ = verdict_of_in("On the night of 18 to 19 March 2023, the storage tank failed.",
                               "18 to 19 March 2023", reference, pack)
    assert verdict is Verdict.MISMATCH


def test_an_age_a_year_older_in_a_later_source_is_the_person_aged_not_a_dispute(pack):
    # "Edrin Maskell, 51" in the wire of 2025 and "Edrin Maskell (52)" in the court's summary of 2026: a year older by
    # the later telling; but a later source's younger age ("13" against the report's "14") disputes it
    wire = Source("wire", "Wire", "Press Agency", date="2025-06-15", path="w.txt")
    court = Source("court", "Judgment summary", "Regional Court", date="2026-02-27", path="c.txt")

    def told(wire_age, court_age):
        return Reference(sources=(wire, court), topics=(
            Topic("maskell-age", Kind.FIGURE, "Edrin Maskell managing director age",
                  (rc(str(wire_age), Figure(wire_age, wire_age, "age"), "wire", 17),
                   rc(str(court_age), Figure(court_age, court_age, "age"), "court", 23)),
                  keywords=("edrin", "maskell", "managing", "director")),
        ))

    draft = "The court found Edrin Maskell, 52, the managing director, guilty."
    assert verdict_of_in(draft, "52", told(51, 52), pack)[0] is Verdict.SUPPORTED
    assert verdict_of_in(draft, "52", told(52, 51), pack)[0] is Verdict.CONTESTED


def test_a_source_telling_its_side_several_times_is_named_once_in_the_dispute():
    deaths = Topic("deaths", Kind.FIGURE, "figure: people died in the leak",
                   (rc("seven", Figure(7, 7), "state", 3), rc("nine", Figure(9, 9), "dnk", 11),
                    rc("nine", Figure(9, 9), "dnk", 30), rc("nine", Figure(9, 9), "dnk", 41)),
                   keywords=("died", "leak", "people"))
    ref = Reference(sources=(STATE, DNK), topics=(deaths,))
    result = lint_text("Seven people died in the leak.", "d.md", ref, load_pack())
    message = next(f.message for f in result.findings if f.category == "contested")
    assert message.count("nine (Daily NK, 2022)") == 1
    assert "seven (United States Department of State" in message



def test_a_value_another_point_gives_is_wrong_where_the_draft_matches_well_and_that_point_fits_barely():
    # an invented set of eval/: the inspectorate's team of eleven labour inspectors, where a paper's table gives 15 of
    # something else (the boys' ages, 13-16), which the draft's words barely fit
    from pathlib import Path

    from lint.build import build_reference
    from tests.unit.test_build import texts_for

    folder = Path(__file__).resolve().parents[2] / "eval" / "sets" / "academy-dorsavia"
    if not folder.is_dir():
        pytest.skip("eval/sets/academy-dorsavia is not in this checkout")
    sources = {p.name: p.read_text(encoding="utf-8") for p in sorted((folder / "sources").iterdir())
               if p.suffix in (".md", ".txt") and p.name != "SOURCES.md"}
    ref, _ = build_reference(texts_for(sources))
    draft = ("Recall how this began. On 14 May 2023 a team of 15 labour inspectors and sixteen police officers arrived "
             "at the Quarry Lane dormitory at 05:50, before most of the town was awake.")
    claim = next(c for c in lint_text(draft, "d.md", ref, load_pack()).claims if c.claim.text == "15")
    assert claim.verdict is Verdict.MISMATCH


def test_an_age_told_against_the_bare_number_the_others_give_tells_both_sides(pack):
    """"which would make him 17, not 19 as the regulator and the court recorded": the draft's bare 19 is the age the
    others give, so the draft tells the dispute and settles nothing."""
    age = Topic("figure-ebberling-age", Kind.FIGURE, "Jonas Ebberling, the conveyor operator, aged 19",
                (rc("aged 19", Figure(19.0, 19.0, unit="age"), "wiki", 4),
                 rc("make him 17", Figure(17.0, 17.0, unit="age"), "dnk", 9)),
                keywords=("jonas", "ebberling", "conveyor", "operator", "born", "birth"))
    reference = Reference(sources=(WIKI, DNK), topics=(age,))
    text = ("Jonas Ebberling, the conveyor operator, was born on 2 May 2007, which would make him 17, not 19 as the "
            "regulator recorded.")
    assert verdict_of_in(text, "17", reference, pack)[0] is Verdict.SUPPORTED
    alone = "Jonas Ebberling, the conveyor operator, was born on 2 May 2007, which would make him 17."
    assert verdict_of_in(alone, "17", reference, pack)[0] is Verdict.CONTESTED


def test_both_sides_told_in_a_sentence_settle_nothing_though_one_side_matched_a_point_the_build_split_off(pack):
    """"The official count is five, a child among the dead; the Courier puts the toll at seven": the five matched a
    topic of its own ("five people, including a child"), which the inspectorate gives as it gives the five the
    Courier disputes: one point the build split, not another point."""
    toll = Topic("figure-people-died", Kind.FIGURE, "people died after eating the mushrooms",
                 (rc("five", Figure(5.0, 5.0), "wiki", 43), rc("seven", Figure(7.0, 7.0), "dnk", 11)),
                 keywords=("courier", "puts", "toll", "died", "mushrooms"))
    child = Topic("figure-people-including-child", Kind.FIGURE, "people including a child",
                  (rc("five", Figure(5.0, 5.0), "wiki", 44),), keywords=("official", "count", "including", "child"))
    text = "The official count is five, including a child; the Courier puts the toll of the mushrooms at seven."
    reference = Reference(sources=(WIKI, DNK), topics=(toll, child))
    assert verdict_of_in(text, "seven", reference, pack)[0] is Verdict.SUPPORTED
    # (where another source gives the five of the child's topic, it is another point, and the seven stays disputed)
    other = replace(child, claims=(rc("five", Figure(5.0, 5.0), "state", 44),))
    reference = Reference(sources=(WIKI, DNK, STATE), topics=(toll, other))
    assert verdict_of_in(text, "seven", reference, pack)[0] is Verdict.CONTESTED


def test_a_fines_very_amount_finds_the_topic_giving_it():
    # "- Fine: ODL 45,000." under a bold label: a list item of few words, found by its amount in its currency
    court = Source("court", "Judgment summary", "District Court", date="2024", path="c.txt")
    fines = (Topic("fine-records", Kind.PENALTY, "fine for missing records",
                   (rc("Fine: ODL 45,000", Penalty("fine", "exact", 45000.0, 45000.0, "ODL"), "court", 50),),
                   keywords=("odl",)),
             Topic("fine-company", Kind.PENALTY, "company fine",
                   (rc("Fine: ODL 1.2 million", Penalty("fine", "exact", 1.2e6, 1.2e6, "ODL"), "court", 48),),
                   keywords=("company", "fine", "corporate", "liability")))
    from lint.engine import matcher_for
    from lint.settings import Settings

    matcher = matcher_for(Reference(sources=(court,), topics=fines), Settings())
    found = matcher.topics_giving(Penalty("fine", "exact", 45000.0, 45000.0, "ODL"))
    assert [t.id for t in found] == ["fine-records"]
    assert matcher.topics_giving(Penalty("fine", "exact", 45000.0, 45000.0, "USD")) == []
