"""Disputes the build must see whole, and disputed values a draft credits to the side that gives them."""

import pytest

from lint.build import build_reference
from lint.engine import lint_text
from lint.model import Figure, Kind, Penalty, RefClaim, Reference, Source, Topic, Verdict
from lint.patterns import load_pack
from tests.unit.test_build import texts_for
from tests.unit.test_verdicts import verdict_of_in


@pytest.fixture(scope="module")
def pack():
    return load_pack()


def verdict_in(sources, draft, found, pack):
    """The verdict on the draft's first claim holding `found`, against the reference built from `sources`."""
    return verdict_of_in(draft, found, build_reference(texts_for(sources))[0], pack)[0]


def topic_holding(ref, value):
    return next(t for t in ref.topics if any(c.value == value for c in t.claims))


def test_a_sources_estimate_up_to_a_bound_does_not_explain_another_sources_count_away():
    # the union gives the official 112 and its own "up to 130" on one line: 108 lies under that bound, which says
    # nothing of the paper's 108 being another point than the 112 it disputes
    ref, _ = build_reference(texts_for({
        "inspectorate.txt": "The inspectorate counted 112 guests registered at the hotel on the night of the fire.\n",
        "union.txt": "The official count is that 112 guests were registered on the night. We estimate that up to "
                     "130 people may have been staying at the hotel that night.\n",
        "paper.txt": "The hotel had 108 registered guests that night.\n",
    }))
    guests = topic_holding(ref, "108")
    assert {c.value for c in guests.claims} == {"108", "112"} and guests.contested


def test_a_count_told_of_the_same_thing_under_another_noun_does_not_part_a_dispute():
    # "11 members of staff" and the union's "11 colleagues" are one count; the paper's "14 members" disputes it
    ref, _ = build_reference(texts_for({
        "inspectorate.txt": "Following its interim findings, VRAS suspended 11 members of staff.\n",
        "union.txt": "The 11 colleagues suspended by VRAS face dismissal for following instructions.\n",
        "paper.txt": "In the months that followed, VRAS suspended 14 members of staff, most of them "
                     "control-room supervisors.\n",
    }))
    suspended = topic_holding(ref, "14")
    assert "11" in {c.value for c in suspended.claims} and suspended.contested


VOYAGES = {
    "inspectorate.txt": "The inspectorate found that the barge sailed overloaded on 64 of 212 loaded voyages.\n",
    "courier.txt": "Records examined by the Courier show the barge sailed overloaded on 71 of its 212 loaded voyages.\n",
}


@pytest.mark.parametrize("draft, contested", [
    ("The barge had sailed overloaded on 64 of 212 loaded voyages.", True),
    # "it" standing for something else than the body
    ("The inspectorate opened its inquiry after the barge had sailed overloaded on 64 of 212 loaded voyages, and it "
     "put the crew at risk.", True),
    # what the body noted is its account
    ("The inspectorate noted that the barge had sailed overloaded on 64 of 212 loaded voyages, and it put the "
     "crew at risk.", False),
    # what the body confirmed is its account too
    ("The inspectorate has confirmed that the barge sailed overloaded on 64 of 212 loaded voyages.", False),
    ("The inspectorate says not. It found that the barge had sailed overloaded on 64 of 212 loaded voyages.", False),
    ("The inspectorate published its report in May. According to its report, the barge sailed overloaded on 64 "
     "of 212 loaded voyages.", False),
    # the body's acronym in brackets before its account; its account told by what it recorded, or by its survey
    ("The Inspectorate (IWSI) found that the barge had sailed overloaded on 64 of 212 loaded voyages.", False),
    ("The inspectorate recorded 64 overloaded sailings among 212 loaded voyages.", False),
    ("The inspectorate's survey of 212 loaded voyages found the barge overloaded on 64.", False),
    ("The inspectorate identified 64 overloaded sailings among 212 loaded voyages.", False),
])
def test_a_disputed_value_credited_through_it_or_its_to_the_body_that_gives_it_is_its_side(draft, contested, pack):
    assert (verdict_in(VOYAGES, draft, "64", pack) is Verdict.CONTESTED) is contested


def test_a_day_and_the_month_after_it_told_in_the_same_words_are_one_date_disputed():
    ref, _ = build_reference(texts_for({
        "inspectorate.txt": "Timeline. The CMI opened its inquiry on 14 February 2023 after a routine satellite review "
                            "of the forest plots.\n",
        "wire.txt": "The Carbon Market Inspectorate (CMI) opened its inquiry in March 2023 after satellite images "
                    "showed bare ground where the company's maps showed forest.\n",
    }))
    opened = topic_holding(ref, "14 February 2023")
    assert "March 2023" in {c.value for c in opened.claims} and opened.contested


@pytest.mark.parametrize("draft, verdict", [
    ("The directorate found that about 230 workers were laid off at the farm.", Verdict.ATTRIBUTION),
    ("The union says that about 230 workers were laid off at the farm.", Verdict.SUPPORTED),
])
def test_a_value_credited_to_a_directorate_that_does_not_give_it_is_misattributed(draft, verdict, pack):
    assert verdict_in({
        "directorate.txt": "The directorate found that the farm under-reported lice counts at 14 pens.\n",
        "union.txt": "About 230 workers were laid off at the farm after the scandal, the union says.\n",
    }, draft, "230", pack) is verdict


def test_a_judge_named_with_herself_is_credited():
    from lint.extract import extract_claims
    from lint.source import parse_document

    text = "Judge Anneliese Moravec herself pointed out that in 2022 the station recorded 3,512 violations."
    claims = extract_claims(parse_document(text, "d.md"), load_pack())
    assert {c.attributed_to for c in claims} == {"Judge Anneliese Moravec"}


def test_a_source_setting_its_own_count_beside_one_it_credits_to_another_body_tells_both_sides():
    ref, _ = build_reference(texts_for({
        "inspectorate.txt": "The inspectorate found 1,842 falsified entries in the screening log.\n",
        "courier.txt": "The paper hired auditors. They counted 2,310 falsified entries in the screening log, "
                       "against the 1,842 cited by the inspectorate.\n",
    }))
    entries = topic_holding(ref, "2,310")
    assert entries.contested
    # (its own value on the one point; the one it sets its count against is the inspectorate's, no telling of its own)
    assert sorted((c.value, c.credited) for c in entries.claims if c.source.startswith("courier")) == [("2,310", "")]
    assert sorted(c.value for c in entries.claims) == ["1,842", "2,310"]


def test_a_value_a_source_sets_against_one_it_rejects_past_another_value_is_the_other_side():
    # "rather than the 27 cited in official accounts", past "three receiving hospitals"
    ref, _ = build_reference(texts_for({
        "inspectorate.txt": "Twenty-seven passengers were admitted to hospital after the derailment.\n",
        "ledger.txt": "Thirty-one passengers were taken to hospital, according to figures from the city's three "
                      "receiving hospitals, rather than the 27 cited in official accounts.\n",
    }))
    taken = topic_holding(ref, "Thirty-one")
    assert "Twenty-seven" in {c.value for c in taken.claims} and taken.contested
    assert not any(c.value == "27" for t in ref.topics for c in t.claims)  # the rejected value is no telling of its own


def test_a_year_beside_a_day_in_a_group_does_not_let_in_a_day_two_years_off():
    ref, _ = build_reference(texts_for({
        "inspectorate.txt": "The plant was closed on 12 May 2023 after the second explosion.\n",
        "wire.txt": "The plant was closed in 2023 after the second explosion.\n",
        "paper.txt": "The plant was closed on 3 January 2022 after the first explosion.\n",
    }))
    closed = topic_holding(ref, "3 January 2022")
    assert "12 May 2023" not in {c.value for c in closed.claims}


def test_the_post_office_is_no_body_a_source_stands_for():
    from lint.extract import extract_claims
    from lint.source import parse_document

    text = "The post office said 40 branches would close next year."
    assert {c.attributed_to for c in extract_claims(parse_document(text, "d.md"), load_pack())} == {None}


def test_a_time_of_day_a_body_is_credited_with_beside_a_count_is_credited_too(pack):
    # the credit is for the time as much as for the count: "at about 12:55" is the paper's side, not settled
    ref, _ = build_reference(texts_for({
        "inspectorate.txt": "The inspectorate found that the last passengers reached the surface at 11:48.\n",
        "ledger.txt": "The Ledger has learned that 31 alerts reached the control centre. The last passengers reached "
                      "the surface at 12:55, according to rescuers.\n",
    }))
    draft = ("The Ledger says 31 alerts reached the control centre, and that the last passengers did not reach the "
             "surface until about 12:55.")
    claim = next(c for c in lint_text(draft, "d.md", ref, pack).claims if c.claim.text.endswith("12:55"))
    assert claim.verdict is Verdict.SUPPORTED
    plain = "Thirty-one alerts reached the control centre, and the last passengers reached the surface at 12:55."
    claim = next(c for c in lint_text(plain, "d.md", ref, pack).claims if c.claim.text.endswith("12:55"))
    assert claim.verdict is Verdict.CONTESTED


def _fine(amount):
    return Penalty("fine", "exact", amount, amount, "DALMARS")


def _split_fines(paper_also_on_the_company=False):
    """A reference where the build split one fine: the wire's 2.4 million alone, on the company; the court's 2.4
    million beside the paper's 2.6 million, told in the court's words."""
    company = [RefClaim("fined 2.4 million dalmars", _fine(2.4e6), "wire", 3)]
    if paper_also_on_the_company:  # the paper gives the 2.4 million itself, on its own point: its 2.6 is another
        company.append(RefClaim("fined 2.4 million dalmars", _fine(2.4e6), "paper", 5))
    return Reference(
        sources=(Source("wire", "Importer fined", "Coastal Wire", date="2025-05-02", path="wire.txt"),
                 Source("court", "Judgment summary", "Velm Regional Court", date="2025-05-01", path="court.txt"),
                 Source("paper", "What the verdict left out", "Velm Herald", date="2025-06-01", path="paper.txt")),
        topics=(Topic("company-fine", Kind.PENALTY, "penalty: company", tuple(company), keywords=("company", "dalmar")),
                Topic("ordered-pay", Kind.PENALTY, "penalty: ordered pay",
                      (RefClaim("a fine of 2.4 million dalmars", _fine(2.4e6), "court", 9),
                       RefClaim("2.6 million dalmars", _fine(2.6e6), "paper", 14)),
                      keywords=("order", "pay", "import", "ltd", "liabl", "famil", "compen")),
                Topic("victims", Kind.FIGURE, "figure: children harmed",
                      (RefClaim("24 children", Figure(24, 24, noun="children"), "court", 11),
                       RefClaim("26 children", Figure(26, 26, noun="children"), "paper", 16)),
                      keywords=("child", "harm", "toy")),
                Topic("raids", Kind.FIGURE, "figure: shops raided",
                      (RefClaim("24", Figure(24, 24), "wire", 7),), keywords=("shop", "raid"))))


@pytest.mark.parametrize("draft, text, contested", [
    # the wire's fine, which the draft's words found alone, is the court's, which the paper disputes
    ("The company was fined 2.4 million dalmars.", "fined 2.4 million dalmars", True),
    # a short count another topic disputes is another point's, unless it counts the same thing
    ("Inspectors raided 24 of the shops.", "24", False),
])
def test_a_telling_value_the_build_left_apart_from_its_dispute_is_contested(draft, text, contested, pack):
    claim = next(c for c in lint_text(draft, "d.md", _split_fines(), pack).claims if c.claim.text == text)
    assert claim.verdict is (Verdict.CONTESTED if contested else Verdict.SUPPORTED)


def test_a_dispute_by_a_source_that_gives_the_value_on_the_drafts_point_is_of_another_point(pack):
    draft = "The company was fined 2.4 million dalmars."
    claims = lint_text(draft, "d.md", _split_fines(paper_also_on_the_company=True), pack).claims
    assert next(c for c in claims if c.claim.text == "fined 2.4 million dalmars").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize("sources, draft, text", [
    # a day or a count of the same thing another point gives, in other words, is that point's value, not its dispute
    ({"wire.txt": "A fire broke out at the Velm Toys warehouse on the harbour front on 3 May 2024, destroying 4,200 "
                  "boxes of dolls.\n",
      "court.txt": "The accused, Velm Toys director Arno Kessel, was taken into police custody on 3 May 2024 at his "
                   "home.\n",
      "paper.txt": "The accused, Velm Toys director Arno Kessel, was taken into police custody on 4 May 2024 at his "
                   "home.\n"},
     "A fire broke out at the Velm Toys warehouse on the harbour front on 3 May 2024.", "3 May 2024"),
    ({"wire.txt": "Firefighters evacuated 24 children from a nearby school.\n",
      "court.txt": "The court found that 24 children fell ill after playing with the toys.\n",
      "paper.txt": "The paper found that 26 children fell ill after playing with the toys.\n"},
     "Firefighters evacuated 24 children from a nearby school.", "24"),
])
def test_a_day_or_count_another_disputed_point_gives_in_other_words_is_not_disputed(sources, draft, text, pack):
    ref, _ = build_reference(texts_for(sources))
    claim = next(c for c in lint_text(draft, "d.md", ref, pack).claims if c.claim.text == text)
    assert claim.verdict is Verdict.SUPPORTED


AGES = {
    "court.md": "Judgment.\n\nThe court sentenced Kasimir Holt, 61, to five years.\n",
    "paper.md": ("Feature.\n\nThe court sentenced Kasimir Holt to five years. Court papers give his age as 61. His "
                 "sister says he turned 63 in January.\n"),
}


@pytest.mark.parametrize("sources, verdict", [
    (AGES, Verdict.CONTESTED),
    # where only the paper gives it, it gives it only to answer it, as it would "not the 61 in the court papers": no
    # source vouches for it
    ({"paper.md": AGES["paper.md"]}, Verdict.UNSUPPORTED),
])
def test_a_source_relaying_another_bodys_value_beside_its_own_is_the_other_side(sources, verdict, pack):
    # "Court papers give his age as 61 ... he turned 63": the paper gives 61 only as the court's, and disputes it
    assert verdict_in(sources, "The court sentenced Kasimir Holt, 61, to five years.", "61", pack) is verdict


def test_a_fine_a_source_sets_against_a_sum_it_rejects_disputes_the_fine_others_give(pack):
    # "a corporate fine of $1.25 million rather than the $1.5 million read out in court": the rejected sum is the fine
    # the wire gives, though the paper tells it as a sum, and the paper is its other side, though the two share few
    # words (the very value another source gives is most of the evidence)
    ref, _ = build_reference(texts_for({
        "wire.txt": "Wire.\n\nVelora itself was fined $1.5 million and barred from public contracts and subsidies for "
                    "four years.\n",
        "paper.md": "Feature.\n\nEven the sentence against the company is not quite what was announced. The full written "
                    "judgment, seen by the Ledger, sets Velora's corporate fine at $1.25 million rather than the $1.5 "
                    "million read out in court on 21 May, after a deduction for assets already forfeited.\n",
    }))
    fine = topic_holding(ref, "$1.25 million")
    assert {c.value for c in fine.claims} == {"fined $1.5 million", "$1.25 million"} and fine.contested
    assert not any(c.source.startswith("paper") and "1.5" in c.value for t in ref.topics for c in t.claims)
    claim = next(c for c in lint_text("Velora was fined $1.5 million.", "d.md", ref, pack).claims)
    assert claim.verdict is Verdict.CONTESTED


def test_a_count_a_source_rejects_beside_a_fine_is_no_fine(pack):
    # "fined $1.25 million ..., rather than the 1.5 million doses it had declared": doses, not the wire's fine
    ref, _ = build_reference(texts_for({
        "wire.txt": "Wire.\n\nThe court fined Velora $1.5 million in 2021 for selling unlicensed vaccine doses.\n",
        "paper.md": "Feature.\n\nIn 2024 the court fined Velora $1.25 million for selling unlicensed vaccine doses, rather "
                    "than the 1.5 million doses it had declared.\n",
    }))
    draft = "The court fined Velora $1.5 million in 2021 for selling unlicensed vaccine doses."
    claim = next(c for c in lint_text(draft, "d.md", ref, pack).claims if "1.5" in c.claim.text)
    assert claim.verdict is Verdict.SUPPORTED


def test_a_term_a_source_only_reports_beside_its_own_is_the_other_side(pack):
    # "was reported ... to have received three years. The written judgment ... sets her term at three and a half
    # years": the paper gives three years only as reported, and its own three and a half years disputes it
    ref, _ = build_reference(texts_for({
        "court.md": "Judgment.\n\nThe court sentenced Ilona Sarvek to three years' imprisonment. Sarvek will appeal.\n",
        "paper.md": "Feature.\n\nIlona Sarvek was reported on the day of the verdict to have received three years. The "
                    "written judgment, which the Courier has seen, sets her term at three and a half years.\n",
    }))
    term = topic_holding(ref, "three and a half years")
    assert {c.value for c in term.claims} >= {"three years' imprisonment", "three and a half years"}
    claim = next(c for c in lint_text("Ilona Sarvek was sentenced to three years.", "d.md", ref, pack).claims)
    assert claim.verdict is Verdict.CONTESTED


def test_a_survey_table_beside_the_prose_that_hedges_it_is_as_hedged(pack):
    # the campaign's table sums up what its survey found, told hedged beside it: a draft stating it plainly has
    # dropped the hedge, table or not
    ref, _ = build_reference(texts_for({
        "group.md": "# Statement\n\nWe ran a survey of families.\n\n| Survey item | Result |\n|---|---|\n"
                    "| Children still using an inhaler | 37 |\n\nParents told us that 37 children were allegedly still "
                    "using an inhaler in November.\n",
        "report.md": "# Report\n\nThe Inspectorate counted 63 hospital admissions.\n",
    }))
    draft = "Today 37 children are still using an inhaler."
    claim = next(c for c in lint_text(draft, "d.md", ref, pack).claims if c.claim.text.startswith("37"))
    assert claim.verdict is Verdict.HEDGE


def test_a_value_a_document_the_body_obtained_shows_is_that_bodys_side(pack):
    # "A release form obtained by the Ledger shows 96 days": the draft credits the Ledger's side of the dispute
    ref, _ = build_reference(texts_for({
        "report.md": "# Report\n\nOne body had been held on site for 71 days before cremation.\n",
        "court.md": "# Court\n\nThe court found that one body had been held on site for 71 days.\n",
        "ledger.md": "# Ledger\n\nThe official record says one body was held on site for 71 days. A hospital release "
                     "form, which the Ledger has obtained, shows the body was held on site for **96 days**.\n",
    }))
    credited = "A hospital release form obtained by the Ledger shows one body was held on site for 96 days."
    plain = "One body was held on site for 96 days."
    verdicts = [next(c for c in lint_text(text, "d.md", ref, pack).claims if c.claim.text.startswith("96")).verdict
                for text in (credited, plain)]
    assert verdicts == [Verdict.SUPPORTED, Verdict.CONTESTED]


SPLIT_TOLL = {
    "report.md": "Report.\n\nThe inspectorate found that seven workers died in the ammonia leak at the Orsk plant.\n",
    "court.md": "Judgment.\n\nThe court found that seven workers died in the ammonia leak at the Orsk plant.\n",
    "paper.md": "Feature.\n\nHospital records show that nine workers died in the ammonia leak at the Orsk plant.\n",
    "wire.txt": ("Wire.\n\nThe leak of ammonia killed seven people on the night shift, the plant's owner said.\n\n"
                 "Firefighters evacuated seven residents from the houses nearby.\n"),
}


@pytest.mark.parametrize("draft, contested", [
    # the wire's toll, told in the wire's words, is the toll the paper disputes
    ("The leak of ammonia killed seven people on the night shift.", True),
    # ... but the wire's small count of another event is not that point's
    ("Firefighters evacuated seven residents from the houses nearby.", False),
])
def test_a_value_one_source_alone_tells_in_its_own_words_joins_the_dispute_over_it(draft, contested, pack):
    assert (verdict_in(SPLIT_TOLL, draft, "seven", pack) is Verdict.CONTESTED) is contested


@pytest.mark.parametrize("draft, contested", [
    ("The missing objects were worth SLD 46.2 million.", True),
    # what a body valued a thing at is its account
    ("The Inspectorate valued the missing objects at SLD 46.2 million.", False),
    ("The missing objects were worth SLD 58 million.", True),
    # ... and so is what a document a body reported gives
    ("An insurer's schedule reported by the Ledger values the missing objects at SLD 58 million.", False),
])
def test_a_disputed_sum_a_body_valued_a_thing_at_is_its_side(draft, contested, pack):
    ref, _ = build_reference(texts_for({
        "report.txt": "Report.\n\nThe Inspectorate puts the value of the missing objects at SLD 46.2 million.\n",
        "ledger.txt": "Feature.\n\nThe insurer's schedule values the missing objects at SLD 58 million.\n",
    }))
    claim = next(c for c in lint_text(draft, "d.md", ref, pack).claims if c.claim.text.endswith("million"))
    assert (claim.verdict is Verdict.CONTESTED) is contested


@pytest.mark.parametrize("draft, verdict", [
    # a year in a clause of its own is credited as the figures are: the court gives no such year
    ("The court found that the storerooms had not been fully inventoried since 2009, and that 17 of the 48 cameras "
     "covering them were not recording.", Verdict.ATTRIBUTION),
    # ... not a year that says when the credited figure holds
    ("The court found 17 of the 48 cameras covering the storerooms not recording in 2009.", Verdict.SUPPORTED),
])
def test_a_year_in_a_clause_of_its_own_is_credited_to_the_body_the_sentence_names(draft, verdict, pack):
    ref, _ = build_reference(texts_for({
        "inspectorate.txt": "Audit.\n\nThe audit found the storerooms had not been fully inventoried since 2009.\n",
        "court.txt": "Judgment.\n\nThe court found that 17 of the 48 cameras covering the storerooms were not "
                     "recording in 2009.\n",
    }))
    claim = next(c for c in lint_text(draft, "d.md", ref, pack).claims if c.claim.text.endswith("2009"))
    assert claim.verdict is verdict


@pytest.mark.parametrize("heading", ["What we ask for", "What we are asking for", "We are calling for"])
def test_what_a_body_asks_for_under_its_demands_is_no_side_of_the_value_in_force(heading, pack):
    sources = {
        "board.md": "Decision.\n\nThe Board ordered the company to refund excess charges to borrowers within 180 days.\n",
        "wire.txt": "Wire.\n\nThe company must refund the excess charges to borrowers within 180 days, the Board said.\n",
        "shield.md": (f"# Statement\n\nThe Board's order leaves borrowers waiting.\n\n### {heading}\n\n"
                      "1. Refunds to borrowers within **90 days**, not 180, paid without an application.\n"),
    }
    draft = "The Board ordered the company to refund excess charges to borrowers within 180 days."
    assert verdict_in(sources, draft, "180", pack) is Verdict.SUPPORTED


def test_a_value_told_as_done_under_a_bodys_demands_is_still_its_telling():
    """"What we are asking for ... Alpenor was fined KVD 4.6 million. We call for the maximum to be raised to KVD 10
    million": the fine the union tells as imposed is its telling of the fine, not a change it asks for; the maximum
    it asks for is."""
    sources = {
        "court.md": "Judgment.\n\nThe court fined Alpenor Resorts KVD 4.6 million under Section 47.\n",
        "union.md": ("# Statement\n\nThe verdict is too lenient.\n\n### What we are asking for\n\n"
                     "1. **Higher fines.** Alpenor was fined KVD 4.6 million, a sum it can absorb. We call for the "
                     "maximum to be raised to KVD 10 million.\n"),
    }
    ref, _ = build_reference(texts_for(sources))
    fine = next(t for t in ref.topics if any(c.source.startswith("court") for c in t.claims))
    assert [c.value for c in fine.claims if c.source.startswith("union")] == ["4.6 million"]
    assert "^proposed" not in fine.keywords  # (the point is the fine imposed, not one asked for)


@pytest.mark.parametrize(("sources", "draft", "found"), [
    pytest.param({
        "ministry.md": "Report.\n\nThe Ministry set up a compensation fund of TVL 38 million for victims in January "
                       "2024.\n",
        "wire.txt": "Wire.\n\nThe compensation fund for victims was set up with TVL 38 million in January 2024.\n",
        "courier.md": ("Feature.\n\nThe government has repeatedly said it set aside TVL 38 million for victims. Budget "
                       "papers show that TVL 13.5 million of that sum is ring-fenced for the administration of the "
                       "fund.\n"),
    }, "The Ministry set up a compensation fund of TVL 38 million for victims.", "38 million", id="a part of its sum"),
    pytest.param({
        "court.md": "Judgment.\n\nThe chain must repay VSC 512,750 to the owners within 90 days.\n",
        "wire.txt": "Wire.\n\nThe court ordered the chain to repay the owners within 90 days.\n",
        "ledger.md": ("Investigation.\n\nThe court gave the chain 90 days to repay VSC 512,750. According to a letter "
                      "from the administrators, VSC 198,400 had been repaid by 31 October 2024. That is less than "
                      "two-fifths of the sum ordered, with 56 days of the period remaining.\n"),
    }, "The chain was ordered to repay the owners within 90 days.", "90 days", id="the time left of its period"),
])
def test_a_part_of_the_accounts_value_told_after_it_is_no_answer(sources, draft, found, pack):
    assert verdict_in(sources, draft, found, pack) is Verdict.SUPPORTED


REGULATOR = ("The Energy Inspectorate found adulterated diesel at 14 stations of Solvarn Fuels and referred the case "
             "to prosecutors.\n")
FINES = {"inspectorate.txt": REGULATOR,
         "court.txt": "The District Court fined Solvarn Fuels $1.8 million for selling adulterated diesel.\n",
         "wire.txt": "Solvarn Fuels was fined $1.8 million by the court for selling adulterated diesel.\n"}
ORDERS = {"inspectorate.txt": REGULATOR,
          "court.txt": "The District Court ordered Solvarn Fuels to pay $162,000 in compensation to the drivers.\n",
          "wire.txt": "Solvarn Fuels was ordered to pay $162,000 in compensation to the drivers.\n"}


@pytest.mark.parametrize("sources, draft, found, verdict", [
    # the court's fine, or its order, told as the regulator's: the body is what is wrong
    (FINES, "The Energy Inspectorate fined Solvarn Fuels $1.8 million for selling adulterated diesel.", "1.8 million",
     Verdict.ATTRIBUTION),
    (FINES, "The District Court fined Solvarn Fuels $1.8 million for selling adulterated diesel.", "1.8 million",
     Verdict.SUPPORTED),
    (FINES, "Solvarn Fuels was fined $1.8 million for selling adulterated diesel.", "1.8 million", Verdict.SUPPORTED),
    (ORDERS, "The Energy Inspectorate ordered Solvarn Fuels to pay $162,000 in compensation to the drivers.",
     "162,000", Verdict.ATTRIBUTION),
    (ORDERS, "The District Court ordered Solvarn Fuels to pay $162,000 in compensation to the drivers.", "162,000",
     Verdict.SUPPORTED),
])
def test_a_fine_or_a_sum_the_draft_has_another_kind_of_body_impose_is_misattributed(sources, draft, found, verdict,
                                                                                     pack):
    assert verdict_in(sources, draft, found, pack) is verdict


def test_a_fines_imposer_named_after_it_is_read():
    # "by the court" after the fine names its imposer, before any body named earlier in the sentence
    ref, _ = build_reference(texts_for({
        "paper.txt": "After the Energy Inspectorate's report, Solvarn Fuels was fined $1.5 million by the court. The "
                     "Energy Inspectorate had fined it $1.8 million in 2022.\n",
    }))
    imposers = {c.value: c.imposer for t in ref.topics for c in t.claims if c.imposer}
    assert imposers == {"fined $1.5 million": "court", "$1.8 million": "regulator"}
