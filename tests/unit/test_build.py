"""`reference build`: topics from sources, contested points kept, curation surviving rebuilds."""

import os
import re
import subprocess
import sys
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from lint import build as build_module
from lint import refdata
from lint.build import SourceText, TopicIds, build_reference
from lint.engine import lint_text
from lint.extract import extract_claims
from lint.manifest import derive_aliases, parse_prose_date, read_manifest, source_for
from lint.model import DateValue, Figure, Kind, Penalty, RefClaim, Verdict, currency_unit
from lint.overlap import WordWeights
from lint.patterns import load_pack
from lint.source import parse_document

# Two small sources written for these tests; they disagree on the article.
ALPHA = """The Alpha Gazette on fishing rules.

Under Article 12 of the Fisheries Code, fishing in a closed season is punishable by up to two years in prison.
The closed season was introduced in 1998, and about 4,000 boats are registered on the coast.

Inspectors carried out 120 checks at the harbour.
"""
BETA = """Beta News on the coast.

Fishing out of season is banned by Article 14 of the Fisheries Code, officials said.
Some 4,000 boats work the coast, and the season rule dates from 1998.
"""


def texts_for(sources: dict[str, str]) -> list[SourceText]:
    pack = load_pack()
    out = []
    taken: set[str] = set()
    for name, text in sources.items():
        doc = parse_document(text, name)
        claims = extract_claims(doc, pack, a_source=True)
        source = source_for(name, {"publisher": name.split(".")[0].title(), "title": name}, taken)
        out.append(SourceText(source, tuple(claims), tuple(doc.position(c.start, c.end).line for c in claims),
                              text=doc.text))
    return out


def build(sources, old=None):
    return build_reference(texts_for(sources), old)


def topic_with(ref, value_part):
    return next(t for t in ref.topics if any(value_part in c.value for c in t.claims))


def contested_values(ref, kind):
    """The values of each contested topic of `kind` (empty when none is): what an assert shows."""
    return [[c.value for c in t.claims] for t in ref.topics if t.kind is kind and t.contested]


def assert_two_points(kind, alpha, beta):
    """Two sources, one value each: two points of `kind`, neither contested."""
    assert_undisputed(kind, {"alpha.txt": alpha, "beta.txt": beta})


def assert_undisputed(kind, sources: dict[str, str]):
    """The sources' reference holds no contested point of `kind`."""
    ref, _ = build(sources)
    assert contested_values(ref, kind) == []


def test_claims_about_the_same_point_from_two_sources_form_one_contested_topic():
    ref, report = build({"alpha.txt": ALPHA, "beta.txt": BETA})
    statute = topic_with(ref, "Article 12")
    assert {c.value.split(" of")[0] for c in statute.claims} == {"Article 12", "Article 14"}
    assert statute.contested
    boats = topic_with(ref, "4,000")
    assert len(boats.claims) == 2 and not boats.contested
    assert report.topics_added == len(ref.topics)
    for topic in ref.topics:
        for claim in topic.claims:
            assert claim.key and claim.location > 0 and claim.evidence


def test_every_value_stands_on_its_cited_line():
    sources = {"alpha.txt": ALPHA, "beta.txt": BETA}
    ref, _ = build(sources)
    by_id = {s.id: sources[s.path] for s in ref.sources}
    for topic in ref.topics:
        for claim in topic.claims:
            line = by_id[claim.source].splitlines()[claim.location - 1]
            assert claim.value in " ".join(line.split()), (claim.value, line)


def curate(ref):
    """A curator's edits: a subject, keywords, a note, a removed claim, two topics merged."""
    statute = topic_with(ref, "Article 12")
    boats = topic_with(ref, "4,000")
    checks = topic_with(ref, "120")
    removed = next(c for c in boats.claims if c.source.startswith("beta"))
    topics = []
    for t in ref.topics:
        if t.id == statute.id:
            t = replace(t, subject="which article bans fishing out of season", keywords=("season", "fishing"),
                        note="Alpha is the more careful source")
        elif t.id == boats.id:
            kept = tuple(c for c in t.claims if c.key != removed.key)
            t = replace(t, claims=kept + checks.claims, decision="merged on purpose")
        elif t.id == checks.id:
            continue
        topics.append(t)
    return replace(ref, topics=tuple(topics)), removed


def round_trip(ref, tmp_path):
    path = tmp_path / "ref.toml"
    refdata.write(ref, path)
    return refdata.load(path)


def test_rebuild_from_the_same_sources_keeps_every_edit(tmp_path):
    ref, _ = build({"alpha.txt": ALPHA, "beta.txt": BETA})
    curated, removed = curate(ref)
    curated = round_trip(curated, tmp_path)
    rebuilt, report = build({"alpha.txt": ALPHA, "beta.txt": BETA}, curated)
    assert rebuilt.topics == curated.topics  # nothing moved, nothing came back
    assert removed.key not in {c.key for t in rebuilt.topics for c in t.claims}
    assert report.kept_removed == 1 and not report.added and not report.dropped


def test_rebuild_from_changed_sources_adds_new_claims_and_keeps_edits(tmp_path):
    ref, _ = build({"alpha.txt": ALPHA, "beta.txt": BETA})
    curated, removed = curate(ref)
    curated = round_trip(curated, tmp_path)
    changed = "A new first line moves everything down.\n\n" + ALPHA.replace("about 4,000 boats", "about 5,000 boats")
    rebuilt, report = build({"alpha.txt": changed, "beta.txt": BETA}, curated)
    statute = next(t for t in rebuilt.topics if t.note == "Alpha is the more careful source")
    assert statute.subject == "which article bans fishing out of season" and statute.keywords == ("season", "fishing")
    assert any(t.decision == "merged on purpose" for t in rebuilt.topics)
    assert removed.key not in {c.key for t in rebuilt.topics for c in t.claims}
    # the source now gives another value in the same words: the claim keeps its topic, and the build says so
    assert any("4,000 is now about 5,000" in line for line in report.changed), report.changed
    assert report.changed  # lines moved
    kept_line = next(c for c in statute.claims if "Article 12" in c.value).location
    assert "Article 12" in changed.splitlines()[kept_line - 1]


def test_hand_made_claims_survive_a_rebuild(tmp_path):
    ref, _ = build({"alpha.txt": ALPHA})
    statute = topic_with(ref, "Article 12")
    manual = replace(statute.claims[0], value="Article 12(1)", key="", location=3)
    curated = replace(ref, topics=tuple(replace(t, claims=(*t.claims, manual)) if t.id == statute.id else t
                                        for t in ref.topics))
    rebuilt, report = build({"alpha.txt": ALPHA}, round_trip(curated, tmp_path))
    assert manual in topic_with(rebuilt, "Article 12").claims
    assert report.kept_manual == 1


def test_a_curated_claim_survives_when_the_extractor_reads_its_value_anew(tmp_path):
    """A newer extractor normalizes a value differently, so its key changes: the curated claim keeps its
    topic, wording and norm, takes the new key, and no duplicate topic appears."""
    ref, _ = build({"alpha.txt": ALPHA, "beta.txt": BETA})
    penalty = topic_with(ref, "two years")
    claim = next(c for c in penalty.claims if "two years" in c.value)
    stale = replace(claim, value="up to two years in prison (closed season)", key="0123456789ab")
    curated = replace(
        ref,
        topics=tuple(replace(t, claims=tuple(stale if c is claim else c for c in t.claims)) for t in ref.topics),
        built_keys=tuple(sorted({*ref.built_keys, "0123456789ab"} - {claim.key})),
    )
    rebuilt, report = build({"alpha.txt": ALPHA, "beta.txt": BETA}, round_trip(curated, tmp_path))
    kept = topic_with(rebuilt, "closed season")
    assert kept.id == penalty.id
    assert replace(stale, key=claim.key) in kept.claims
    assert not report.added and not report.dropped and report.topics_added == 0
    assert any("up to two years in prison (closed season) kept" in line for line in report.changed)


SOURCES_MD = """# Sources

| file | publisher | title | author | date |
|---|---|---|---|---|
| a.txt | Wikipedia | Fishing | (collaborative) | undated; mentions 2015 |
| b.txt | United States Department of State (via Refworld) | 2011 Trafficking in Persons Report | | published 27 June 2011 |
| c.txt | Daily NK | (untitled) | Kim | 2022 (inferred from a birth in November 2021) |
"""


def test_manifest_table_gives_metadata_and_aliases(tmp_path):
    (tmp_path / "SOURCES.md").write_text(SOURCES_MD, encoding="utf-8")
    meta = read_manifest(tmp_path / "SOURCES.md")
    assert set(meta) == {"a.txt", "b.txt", "c.txt"}
    state = source_for("b.txt", meta["b.txt"], set())
    assert state.publisher == "United States Department of State" and state.date == "2011-06-27"
    assert {"State Department", "TIP report", "Refworld"} <= set(state.aliases)
    assert source_for("a.txt", meta["a.txt"], set()).date is None
    assert source_for("c.txt", meta["c.txt"], set()).date == "2022"


@pytest.mark.parametrize(("text", "iso"), [("June 27, 2011", "2011-06-27"), ("March 2020", "2020-03"),
                                           ("unknown", None), ("1999", "1999")])
def test_prose_dates(text, iso):
    assert parse_prose_date(text) == iso


def test_derived_aliases_name_the_department():
    assert "State Department" in derive_aliases("United States Department of State", "")


def test_derived_aliases_name_the_body_without_its_asides_and_the_documents_kind():
    aliases = derive_aliases("Pharmacy and Medicines Board (Republic of Veskara), press release PR/2024/019", "")
    assert "Pharmacy and Medicines Board" in aliases
    assert "Smith" not in derive_aliases("Smith, Jones and Partners", "")  # one word is not a body's name
    assert "High Court of Ostrel" in derive_aliases("High Court of Ostrel, Criminal Division (press office)", "")
    # a comma inside a body's name: the name is whole or not at all
    assert derive_aliases("Ministry of Agriculture, Forestry and Fisheries", "")[1:] == []
    assert derive_aliases("Ministry of Labour, Invalids and Social Affairs, press release 12/2023", "")[1:] == [
        "Ministry of Labour, Invalids and Social Affairs"]
    assert "Amnesty International" in derive_aliases("Amnesty International, Annual Report", "")


def test_built_file_is_valid_toml_with_build_keys(tmp_path):
    ref, _ = build({"alpha.txt": ALPHA, "beta.txt": BETA})
    path = tmp_path / "ref.toml"
    refdata.write(ref, path)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert sorted(data["build"]["keys"]) == sorted(c.key for t in ref.topics for c in t.claims)
    assert {t["kind"] for t in data["topic"]} <= {k.value for k in Kind}


def test_a_reference_built_from_terms_listed_longest_first_loads_again(tmp_path):
    # "six-year and five-year terms" once became a range running backwards, which the build wrote and lint refused
    ref, _ = build({"alpha.txt": "The two managers received six-year and five-year terms under Article 12.\n"})
    loaded = round_trip(ref, tmp_path)
    terms = sorted(c.norm.low for t in loaded.topics for c in t.claims if t.kind is Kind.PENALTY)
    assert terms == [60, 72]


def test_figures_orders_of_magnitude_apart_are_two_points_not_a_dispute():
    ref, _ = build({
        "alpha.txt": "The commercial fleet employs some 45,000 migrant fishers on its trawlers.\n",
        "beta.txt": "Two of the migrant fishers on the trawlers were 16 years old.\n",
    })
    counts = [t for t in ref.topics if any(getattr(c.norm, "unit", "") == "count" for c in t.claims)]
    assert counts and not any(t.contested for t in counts)


def test_one_persons_age_and_the_ages_of_many_or_decades_apart_are_two_points():
    from lint.disputes import ages_of_others
    from lint.model import Figure

    def age(low, high=None):
        return Figure(low, low if high is None else high, "age")

    assert ages_of_others(age(34), age(67, 94))  # the nurse, and the patients
    assert ages_of_others(age(34), age(59))
    assert not ages_of_others(age(59), age(61))  # one man's age as two sources give it
    assert not ages_of_others(age(34), age(40, 49))  # "34" and "in her forties": maybe one woman's
    assert not ages_of_others(age(20, 30), age(25, 35))
    assert_two_points(Kind.FIGURE, "The 34-year-old night nurse raised the alarm at the Serafin clinic.\n",
                      "The patients at the Serafin clinic were aged between 67 and 94.\n")


def test_the_body_a_source_credits_is_kept_so_a_draft_may_credit_it_too():
    from lint.engine import lint_text
    from lint.model import Verdict

    pack = load_pack()
    ref, _ = build({"alpha.txt": "The State Department placed Veloria on its Tier 2 Watch List in 2014.\n"})
    tier = next(c for t in ref.topics for c in t.claims if getattr(c.norm, "unit", "") == "rank:tier")
    assert tier.credited == "State Department"
    ok = lint_text("The State Department put Veloria on its Tier 2 Watch List.", "d.md", ref, pack)
    assert [c.verdict for c in ok.claims] == [Verdict.SUPPORTED]
    wrong = lint_text("Amnesty International put Veloria on its Tier 2 Watch List.", "d.md", ref, pack)
    assert [c.verdict for c in wrong.claims] == [Verdict.ATTRIBUTION]


def test_a_fine_and_a_prison_term_for_one_offence_are_two_points():
    ref, _ = build({
        "alpha.txt": "Poaching is punishable by up to five years in prison or a fine of up to 500 dollars.\n",
        "beta.txt": "Poaching carries a fine of up to 500 dollars, or up to five years in prison.\n",
    })
    penalties = [t for t in ref.topics if t.kind is Kind.PENALTY]
    assert len(penalties) == 2 and not any(t.contested for t in penalties)
    assert all(len({c.norm.type == "fine" for c in t.claims}) == 1 for t in penalties)


def test_people_may_be_civilians_and_a_term_given_far_from_its_verb_is_still_a_sentence():
    ref, _ = build({
        "alpha.txt": "The shelling of the Varakh market killed 14 civilians.\n",
        "beta.txt": "The shelling of the Varakh market killed 12 people.\n",
    })
    assert topic_with(ref, "14") is topic_with(ref, "12") and topic_with(ref, "14").contested
    ref, _ = build({
        "alpha.txt": "For timber laundering under the Forestry Act, Halloway was sentenced by the Velmar district court "
                     "to 11 years in prison.\n",
        "beta.txt": "Timber laundering carries up to 15 years in prison under the Forestry Act.\n",
    })
    assert topic_with(ref, "11 years") is not topic_with(ref, "up to 15 years")


@pytest.mark.parametrize("given", [
    "the Velmar district court sent Halloway, 58, to prison for 15 years for timber laundering.",
    "Halloway was jailed for 15 years for timber laundering.",
])
def test_a_term_a_court_gave_is_not_the_laws_range_it_falls_in(given):
    """"sent Halloway, 58, to prison for 15 years": a term given, which the law's "eight to 15 years" holds but is
    not (as "was jailed for 15 years" is not)."""
    ref, _ = build({
        "alpha.txt": "Timber laundering carries eight to 15 years in prison under the Forestry Act. Halloway was "
                     "sentenced to 14 years for timber laundering.\n",
        "beta.txt": given[0].upper() + given[1:] + "\n",
    })
    given_topic = next(t for t in ref.topics if any(c.value == "15 years" for c in t.claims))
    assert given_topic is not topic_with(ref, "eight to 15 years")


def test_another_persons_term_on_a_line_does_not_explain_away_a_dispute_over_this_persons():
    """The wire gives Stavosk three and a half years and, on the same line, Ostrin four years; the Ledger gives
    Stavosk four years. The wire's four years are Ostrin's: the Ledger's are the other side of Stavosk's term."""
    wire = ("Plant manager Mirela Stavosk, 46, was sentenced to three and a half years in prison. "
            "Pavel Ostrin, 51, a senior inspector, was jailed for four years.\n")
    ledger = ("The court sent the director, Anselm Korrith, to prison for six years. His plant manager, Mirela Stavosk, "
              "received four years.\n")
    ref, _ = build({"alpha.txt": wire, "beta.txt": ledger})
    stavosk = [t for t in ref.topics if t.kind is Kind.PENALTY and any(c.holder == "Stavosk" for c in t.claims)]
    assert len(stavosk) == 1 and stavosk[0].contested
    assert sorted(c.value for c in stavosk[0].claims) == ["four years", "three and a half years in prison"]


def test_a_laws_own_exact_term_may_meet_another_sources_bound_for_it():
    # "punishable by 15 years" is the law's term, not a sentence: one point with "up to 12 years"
    ref, _ = build({
        "alpha.txt": "Under the Forestry Act, timber laundering is punishable by 15 years in prison.\n",
        "beta.txt": "Timber laundering carries up to 12 years in prison under the Forestry Act.\n",
    })
    assert topic_with(ref, "15 years in prison") is topic_with(ref, "up to 12 years")


def test_people_and_homes_are_counts_of_two_things():
    # "people" may stand for any persons counted, never for homes
    ref, _ = build({
        "alpha.txt": "The flood in the Varakh valley destroyed 300 homes in March.\n",
        "beta.txt": "The flood in the Varakh valley killed 310 people in March.\n",
    })
    assert not topic_with(ref, "300").contested and topic_with(ref, "300") is not topic_with(ref, "310")


def test_a_term_a_court_gave_and_the_laws_maximum_are_two_points():
    # eleven years lies inside "up to 15 years", but one is a sentence, the other the law
    ref, _ = build({
        "alpha.txt": "Forced labour carries up to 15 years in prison. Halloway was sentenced to 11 years for forced labour.\n",
        "beta.txt": "For forced labour, which carries up to 15 years in prison, Halloway was sentenced to nine years.\n",
    })
    law = topic_with(ref, "up to 15 years")
    assert all(c.norm.bound == "up-to" for c in law.claims) and not law.contested
    assert topic_with(ref, "11 years") is not law


def test_agreements_are_settled_before_disputes():
    """A source's old and new value in one sentence: the new one joins the other source's equal value,
    and the old one is not made a dispute with it."""
    ref, _ = build({
        "alpha.txt": "Crews earn well below the national minimum wage of 4,200,000 kora ($180) a month.\n",
        "beta.txt": "The national minimum wage rose from 3,800,000 kora to 4,200,000 kora ($180) a month.\n",
    })
    wage = topic_with(ref, "4,200,000 kora ($180)")
    assert len({c.source for c in wage.claims}) == 2 and not wage.contested
    assert not topic_with(ref, "3,800,000").contested


def test_an_earlier_value_or_another_year_is_another_point():
    ref, _ = build({
        "alpha.txt": "As first enacted, selling fake medicines carried up to three years in prison.\n\n"
                     "In the 2021 market survey, 12 percent of antimalarial samples failed.\n",
        "beta.txt": "Selling fake medicines carries up to seven years in prison.\n\n"
                    "In the 2023 market survey, 15 percent of antimalarial samples failed.\n",
    })
    assert not any(t.contested for t in ref.topics), [[c.value for c in t.claims] for t in ref.topics]


@pytest.mark.parametrize("total_row", ["Total   10,240         745", "| **Total** | 10,240 | 745 |", "All years  10,240  745"])
def test_a_tables_total_row_is_not_a_dispute_with_one_years_figure(total_row):
    markdown = total_row.startswith("|")
    rows = ["| Year | Inspections | Premises closed |", "|---|---|---|", "| 2021 | 2,850 | 212 |",
            "| 2022 | 3,120 | 264 |", total_row] if markdown else [
        "Year       Inspections    Premises closed", "2021       2,850          212", "2022       3,120          264",
        total_row]
    ref, _ = build({
        "alpha.md" if markdown else "alpha.txt": "The Board's enforcement record by year.\n\n" + "\n".join(rows) + "\n",
        "beta.txt": "Enforcement in 2023.\n\n" + "\n".join([
            "Year    Inspections    Premises closed", "2022    3,120          264", "2023    3,640          301"]) + "\n",
    })
    assert contested_values(ref, Kind.FIGURE) == []
    assert len(topic_with(ref, "3,120").claims) == 2


def test_a_tables_total_row_is_not_a_dispute_with_another_tables_row():
    ref, _ = build({
        "alpha.md": "Inspections by district.\n\n" + "\n".join(
            ["| District | Inspections |", "|---|---|", "| North | 2,850 |", "| South | 3,120 |", "| Total | 5,970 |"]),
        "beta.md": "Inspections by district.\n\n" + "\n".join(
            ["| District | Inspections |", "|---|---|", "| South | 3,120 |", "| East | 2,100 |", "| Total | 5,220 |"]),
    })
    assert contested_values(ref, Kind.FIGURE) == [["5,970", "5,220"]]


def test_a_tables_total_row_is_still_disputed_by_another_total():
    rows = ["| Year | Inspections |", "|---|---|", "| 2021 | 2,850 |", "| 2022 | 3,120 |", "| Total | 5,970 |"]
    ref, _ = build({
        "alpha.md": "The Board's inspections by year.\n\n" + "\n".join(rows) + "\n",
        "beta.txt": "Over the two years the Board's inspections totalled 5,790.\n",
    })
    assert contested_values(ref, Kind.FIGURE) == [["5,970", "5,790"]]


def test_two_dates_at_one_court_for_two_cases_are_two_points():
    # the same few words before each date ("the Regional Court at Tarnow on"), the clauses apart
    assert_two_points(Kind.DATE,
                      "The importer Pavel Lind was convicted of selling fake antibiotics by the Regional "
                      "Court at Tarnow on 12 April 2024.\n",
                      "The trial of the laboratory's director, Mara Odell, is to open at the Regional Court at "
                      "Tarnow on 3 October 2024.\n")


def test_a_period_on_the_line_of_a_date_does_not_hide_another_sources_date_for_it():
    # "July and August 2022" holds both recall dates: alpha gives one recall date, not two
    ref, _ = build({
        "alpha.txt": "In July and August 2022 children fell ill; the Board found a solvent in Calmex syrup and "
                     "ordered a nationwide recall on 8 August 2022.\n",
        "beta.txt": "The Board found a solvent in Calmex syrup and ordered a recall on 18 August 2022.\n",
    })
    assert contested_values(ref, Kind.DATE) == [["8 August 2022", "18 August 2022"]]


def test_a_bare_article_beside_its_subsection_does_not_hide_another_sources_subsection():
    """The agency's line cites "Article 58" and "Article 58(2)", one provision told twice; the paper's 58(4), in a
    sentence that also names the fraud charge, disputes that provision, not the fraud article."""
    ref, _ = build({
        "agency.txt": "Dumping waste into a protected wetland is punishable under Article 58 of the Penal Code, "
                      "and the agency cited Article 58(2) of the Penal Code in its referral.\n",
        "court.txt": "The court convicted Orlet of dumping waste into a protected wetland under Article 58(2) of the "
                     "Penal Code and of subsidy fraud under Article 140(1) of the Penal Code.\n",
        "paper.txt": "Orlet was convicted of aggravated dumping under Article 58(4) of the Penal Code, together with "
                     "subsidy fraud.\n",
    })
    disputed = [sorted(set(values)) for values in contested_values(ref, Kind.STATUTE)]
    assert len(disputed) == 1 and "Article 58(4) of the Penal Code" in disputed[0], disputed
    assert not any("140" in value for value in disputed[0]), disputed


def test_a_source_giving_both_values_on_one_line_treats_them_as_two_points():
    ref, _ = build({
        "alpha.txt": "In its 2021 survey, 12 percent failed, down from 19 percent in its 2016 survey.\n",
        "beta.txt": "The 2016 survey found that 19 percent of samples failed.\n",
    })
    years = [t for t in ref.topics if t.kind is Kind.DATE]
    assert not any(t.contested for t in years), [[c.value for c in t.claims] for t in years]


def test_groups_split_by_the_order_of_placing_are_joined():
    """'dozens' takes the 34 first; the 31 from a third source still meets it, and the dispute shows."""
    ref, _ = build({
        "alpha.txt": "In 2012, 31 children died in Lower Sefa Province after taking a contaminated syrup.\n",
        "beta.txt": "The syrup deaths of 2012, when dozens of children in Lower Sefa Province died.\n",
        "gamma.txt": "In 2012, 34 children died in Lower Sefa Province after they were given a contaminated syrup.\n",
    })
    deaths = topic_with(ref, "31")
    assert {c.value for c in deaths.claims} >= {"31", "34"} and deaths.contested


def test_two_sections_of_one_named_law_for_the_same_offence_are_a_dispute():
    ref, _ = build({
        "alpha.txt": "The two crew members also face charges of smuggling timber under Section 64 of the Harbour Duties Act 1987, "
                     "which is punishable by a heavy fine.\n",
        "beta.txt": "Smuggling timber through a harbour may also be charged under Section 46 of the Harbour Duties Act "
                    "1987, which carries up to four years.\n",
    })
    section = topic_with(ref, "Section 64")
    assert {c.value.split(" of")[0] for c in section.claims} == {"Section 64", "Section 46"}
    assert section.contested


def test_two_sections_of_one_law_for_different_offences_stay_two_points():
    ref, _ = build({
        "alpha.txt": "Felling a protected tree without a licence is an offence under Section 12 of the Forests Act 2001.\n\n"
                     "Exporting logs from a reserve is banned by Section 30 of the Forests Act 2001.\n",
        "beta.txt": "Section 12 of the Forests Act 2001 makes felling a protected tree without a licence an offence.\n\n"
                    "Section 30 of the Forests Act 2001 bans exporting logs from a reserve.\n",
    })
    assert len([t for t in ref.topics if t.kind is Kind.STATUTE]) == 2
    assert contested_values(ref, Kind.STATUTE) == []


def test_a_penalty_is_the_provisions_the_sentence_before_names():
    """"Section 12 makes it an offence ... The offence is punishable by ...": the penalty is Section 12's,
    so another source's different penalty for Section 12 is a dispute, and one for Section 30 is not."""
    alpha = ("Section 12 of the Immigration Act 2003 makes it an offence for an employer to hold a worker's passport. "
             "The offence is punishable by up to two years in prison.\n")
    beta = ("Holding a worker's passport is an offence under Section 12 of the Immigration Act, which carries a "
            "penalty of up to three years in prison.\n")
    ref, _ = build({"alpha.txt": alpha, "beta.txt": beta})
    penalty = topic_with(ref, "up to two years")
    assert {c.value for c in penalty.claims} == {"up to two years in prison", "up to three years in prison"}
    assert penalty.contested
    ref, _ = build({"alpha.txt": alpha, "beta.txt": beta.replace("Section 12", "Section 30")})
    assert contested_values(ref, Kind.PENALTY) == []


def test_a_provision_that_names_its_law_does_not_draw_one_about_another_offence():
    """"Article 34 of the Wildlife Act" on capturing birds is a dispute with the "Article 31" two other
    sources give for capturing birds, without naming the Act, not with the Article 27 on selling
    Schedule I species that sources name with the Act."""
    schedule_one = "possessing, selling or exporting a Schedule I species or its parts"
    birds = "Article 31 makes capturing, selling or exporting a Schedule II species, which includes most wild birds, " \
            "an offence without a permit."
    ref, _ = build({
        "alpha.txt": f"Article 27 of the Wildlife Act 2009 covers {schedule_one}.\n\n{birds}\n",
        "beta.txt": f"Under Article 27 of the Wildlife Act 2009, {schedule_one} is an offence.\n\n{birds}\n",
        "gamma.txt": f"The two were charged under Article 27 of the Wildlife Act 2009 with {schedule_one}.\n",
        "delta.txt": "The traders will be charged under Article 34 of the Wildlife Act 2009, which makes it an offence "
                     "to capture or sell protected birds.\n",
    })
    assert sorted(sorted(values) for values in contested_values(ref, Kind.STATUTE)) == [
        ["Article 31", "Article 31", "Article 34 of the Wildlife Act 2009"]]


def test_a_section_one_source_alone_cites_against_all_the_others_is_a_dispute():
    consensus = {
        "alpha.txt": "Section 23 of the Medicines Act 2009 prohibits the manufacture and sale of falsified medicines.\n",
        "beta.txt": "The accused were charged under Section 23 of the Medicines Act 2009 with importing fake tablets.\n",
    }
    lone = {"gamma.txt": "Selling falsified medicines is already an offence under Section 32 of the Medicines Act 2009, "
                         "which Parliament toughened.\n"}
    ref, _ = build({**consensus, **lone})
    section = topic_with(ref, "Section 23")
    assert {c.value.split(" of")[0] for c in section.claims} == {"Section 23", "Section 32"}
    assert section.contested
    # one source against one other is no consensus: the words decide, and here they differ
    ref, _ = build({"alpha.txt": consensus["alpha.txt"], **lone})
    assert contested_values(ref, Kind.STATUTE) == []
    # a number no slip makes of the other ("23", "61") is another provision
    other = {"gamma.txt": lone["gamma.txt"].replace("Section 32", "Section 61")}
    ref, _ = build({**consensus, **other})
    assert contested_values(ref, Kind.STATUTE) == []


# the court and the NGO cite Article 162 for mercury in rivers, and Article 164 of the same code besides
_MERCURY_SOURCES = {
    "court.txt": "Article 162 of the Mining Code punishes anyone who discharges mercury into a river. Article 164 of "
                 "the Mining Code covers polluting a lake.\n",
    "ngo.txt": "Under Article 162 of the Mining Code, pouring mercury into rivers is a crime, the foundation says. "
               "Article 164 of the Mining Code protects lakes.\n",
}
_MERCURY_FEATURE = "Gold dredges on the Sarapi are covered by Article 126 of the Mining Code, which carries a heavy " \
                   "sentence for mercury"


def test_a_lone_section_is_a_dispute_though_its_sources_cite_other_sections():
    """The feature alone gives Article 126 for mercury in rivers: a slip of the 162 the others give, one
    point, disputed, though they cite Article 164 of the code too."""
    ref, _ = build({**_MERCURY_SOURCES, "feature.txt": _MERCURY_FEATURE + ".\n"})
    section = topic_with(ref, "Article 126")
    assert {c.value.split(" of")[0] for c in section.claims} == {"Article 162", "Article 126"}
    assert section.contested


@pytest.mark.parametrize("feature", [
    pytest.param(_MERCURY_FEATURE + ".\n\nArticle 162 of the Mining Code covers polluting lakes.\n",
                 id="its source cites the other section too"),
    pytest.param(_MERCURY_FEATURE.replace("126", "163") + ".\n", id="a slip of either of two cited sections"),
])
def test_a_lone_section_that_may_be_another_provision_stays_its_own_point(feature):
    ref, _ = build({**_MERCURY_SOURCES, "feature.txt": feature})
    assert contested_values(ref, Kind.STATUTE) == []


def test_a_lone_sections_consensus_is_counted_in_its_own_law():
    """The NGO's Article 162 is of the Forestry Code: it is no second source citing the Mining Code's 162, so
    the feature's Mining Code Article 126 stands against the court's alone (no consensus)."""
    ref, _ = build({
        "court.txt": "Article 162 of the Mining Code punishes anyone who discharges mercury into a river.\n",
        "ngo.txt": "Under Article 162 of the Forestry Code, felling trees in a reserve is a crime, the foundation says.\n",
        "feature.txt": _MERCURY_FEATURE + ".\n",
    })
    assert contested_values(ref, Kind.STATUTE) == []


def test_two_sections_cited_of_two_persons_are_two_provisions():
    ref, _ = build({
        "court.txt": "The court found Ivan Dorn, director of the agency, guilty of fraud under Article 162 of the "
                     "Criminal Code. Dorn will appeal.\n",
        "prosecutor.txt": "The prosecutor charged Lena Sork, the deputy director of the agency, with abuse of office "
                          "under Article 164 of the Criminal Code. Sork denies the charge.\n",
        "wire.txt": "Ivan Dorn, the director of the agency, was convicted of fraud under Article 162 of the Criminal "
                    "Code. Dorn will appeal.\n",
    })
    assert contested_values(ref, Kind.STATUTE) == []


@pytest.mark.parametrize(("a", "b", "slip"), [
    ("14", "41", True), ("341(1)", "314", True), ("47", "48", True), ("61(2)", "63", True), ("212", "213", True),
    ("19", "61", False), ("23", "31", False), ("7", "70", False), ("3", "9", False), ("61", "69", False),
    ("62", "62a", False),
])
def test_a_misnumbering_is_digits_swapped_one_digit_off_or_two_apart(a, b, slip):
    from lint.disputes import a_slip_of

    assert a_slip_of((a,), (b,)) is slip


@pytest.mark.parametrize(("a", "b", "slip"), [
    # of three digits or more, one digit mistyped; not two, nor one of two digits ("61" for "69")
    ("188(3)", "183(3)", True), ("263", "253", True), ("188", "138", True), ("188", "133", False),
    ("1880", "1830", True), ("188", "1883", False), ("61", "69", False), ("162", "126", False),
])
def test_a_mistyped_number_is_one_digit_of_three_or_more_changed(a, b, slip):
    from lint.disputes import a_slip_of

    assert a_slip_of((a,), (b,), mistyped=True) is slip


def test_a_lone_section_is_taken_for_a_swap_before_a_mistyping():
    # the Herald's 126: a swap of the court's 162, though one digit mistyped would make it 106, cited by two too
    ref, _ = build({
        "court.txt": "The court convicted Pereira under Article 162 for discharging mercury into the river. Article "
                     "106 empowers the agency to act.\n",
        "ngo.txt": "Pereira was convicted under Article 162 for discharging mercury into the river. Article 106 "
                   "empowers the agency.\n",
        "herald.txt": "Pereira was convicted under Article 126 for discharging mercury into the river.\n",
    })
    assert [sorted(set(values)) for values in contested_values(ref, Kind.STATUTE)] == [["Article 126", "Article 162"]]


def test_a_lone_section_is_a_slip_of_a_section_its_sources_cite_with_and_without_its_subsection():
    """The agency cites Article 236, the court Art. 236(1): two sources of one section, so the Herald's lone
    Article 263 for the same forgery is a slip of it, one disputed point."""
    ref, _ = build({
        "agency.txt": "Her conviction for falsifying documents was under Article 236 of the code.\n",
        "court.txt": "Kornbrand ordered a fake rope test entered in the logbook and is guilty under Art. 236(1) of "
                     "falsifying documents.\n",
        "herald.txt": "Kornbrand was sentenced to eight years, in part for forging the false test certificate under "
                      "Article 263 of the Criminal Code.\n",
    })
    section = topic_with(ref, "263")
    assert {c.value.split(" of")[0] for c in section.claims} == {"Article 236", "Art. 236(1)", "Article 263"}
    assert section.contested


def test_a_lone_section_for_another_offence_stays_its_own_point():
    assert_undisputed(Kind.STATUTE, {
        "alpha.txt": "Section 23 of the Medicines Act 2009 prohibits the manufacture and sale of falsified medicines.\n",
        "beta.txt": "The accused were charged under Section 23 of the Medicines Act 2009 with selling falsified medicines.\n",
        "gamma.txt": "Pharmacists must renew their licence every year under Section 31 of the Medicines Act 2009.\n",
    })


@pytest.mark.parametrize(("alpha", "beta"), [
    pytest.param("When customs officers at Port Halvana opened three containers on 14 March 2019, they found "
                 "elephant tusks beneath sacks of sesame.",
                 "On 14 March 2019 customs officers at Port Halvana found elephant tusks, 3.2 tonnes of them, "
                 "beneath sacks of sesame.", id="counts of two things"),
    pytest.param("Prosecutors allege the network shipped some nine tonnes of ivory abroad through the port in 2016.",
                 "Seizures of pangolin scales at the port rose to 11 tonnes in 2016, officials said.",
                 id="two weights in one year weigh two things"),
    pytest.param("In 2023 the police arrested 318 persons for wildlife offences. Of these, 141 were charged under "
                 "Section 41 of the Wildlife Act.",
                 "Sentencing has become heavier. We identified 54 convictions under Section 41 since the amendment "
                 "came into force.", id="two counts under one provision"),
    pytest.param("In 2023 police arrested 64 people on suspicion of poaching.",
                 "Magistrates convicted 57 people of poaching offences in 2023.", id="two counts of people in a year"),
])
def test_figures_of_two_points_are_not_a_dispute(alpha, beta):
    ref, _ = build({"alpha.txt": alpha + "\n", "beta.txt": beta + "\n"})
    assert contested_values(ref, Kind.FIGURE) == []


def test_two_claims_that_share_only_a_year_are_not_close():
    """'172' under 'Cases filed' and '289' under 'Persons arrested', both in a 2023 row: the year
    says when, not what; a shared word of their own makes them close."""
    from lint.build import Fresh, _Closeness
    from lint.model import Figure, RefClaim

    def fresh(value, words, source):
        norm = Figure(value, value)
        return Fresh(RefClaim(str(value), norm, source, 1), Kind.FIGURE, ("figure", "count"), words, words, words)

    cases, arrests, convictions = (fresh(172, "case filed @2023", "a"), fresh(289, "person arest @2023", "b"),
                                   fresh(38, "case convict @2023", "c"))
    close = _Closeness([cases, arrests, convictions])
    assert close(cases, arrests) == 0
    assert close(cases, convictions) > 0


def test_two_maximum_terms_for_one_provision_are_a_dispute_though_read_as_figures():
    ref, _ = build({
        "alpha.txt": "Section 41, which covers dealing in the trophies of endangered species, has carried a minimum "
                     "sentence of seven years since Parliament amended the Act in 2016, and a maximum of 20 years.\n",
        "beta.txt": "Section 41 of the Wildlife Protection Act 2004, as amended in 2016, provides that a person "
                    "convicted of dealing in the trophies of an endangered species is liable to imprisonment for a "
                    "term of not less than seven years and not more than twenty-five years.\n",
    })
    disputes = contested_values(ref, Kind.FIGURE) + contested_values(ref, Kind.PENALTY)
    assert any(any("20 years" in v for v in values) and any("twenty-five" in v for v in values)
               for values in disputes), disputes


def test_a_laws_minimum_and_its_maximum_are_two_points_though_two_sources_give_one_each():
    assert_two_points(Kind.PENALTY,
                      "Under Section 31 of the Forest Act, felling a protected tree carries a maximum of 15 years "
                      "in prison.\n",
                      "Felling a protected tree under Section 31 of the Forest Act carries a minimum of four years "
                      "in prison.\n")


def built_from_folder(folder: Path, rows: list[str], files: dict[str, str]) -> Path:
    """`factlint reference build FOLDER`, as a user runs it, on these files and a SOURCES.md of these
    rows ("a.txt | The Observer | title | author | date"): the file built."""
    head = "| file | publisher | title | author | date |\n|---|---|---|---|---|\n"
    (folder / "SOURCES.md").write_text(head + "".join(f"| {row} |\n" for row in rows), encoding="utf-8")
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = folder / "ref.toml"
    done = subprocess.run([sys.executable, "-m", "lint", "reference", "build", str(folder), "-o", str(out), "-q"],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    return out


def test_two_sources_date_stamps_are_not_a_dispute(tmp_path):
    out = built_from_folder(tmp_path, ["a.txt | The Observer | Timber baron jailed | | 3 October 2024",
                                       "b.txt | Forest Network | Felled in the dark | | May 2024"], {
        "a.txt": "THE OBSERVER\n\nVeltrin, Thursday 3 October 2024\n\nThe timber trader was jailed for nine years.\n",
        "b.txt": "FOREST NETWORK\n\nVeltrin, May 2024\n\nIllegal logging has cost the country 3 percent of its forest.\n"})
    ref = refdata.load(out)
    assert contested_values(ref, Kind.DATE) == []
    assert {"3 October 2024", "May 2024"} <= {c.value for t in ref.topics for c in t.claims}  # still claims


def test_a_sentence_giving_the_sources_own_date_is_a_claim_not_a_stamp(tmp_path):
    out = built_from_folder(tmp_path, ["a.txt | The Observer | Fines raised | | May 2024",
                                       "b.txt | Forest Network | Felled in the dark | | October 2024"], {
        "a.txt": "New fines took effect in May 2024.\n", "b.txt": "New fines took effect in June 2024.\n"})
    assert sorted(map(sorted, contested_values(refdata.load(out), Kind.DATE))) == [["June 2024", "May 2024"]]


def test_a_campaigning_bodys_own_estimate_is_hedged_an_official_one_is_not(tmp_path):
    out = built_from_folder(tmp_path, ["a.txt | Forest Authority, government agency | Annual report | | May 2024",
                                       "b.txt | Canopy Watch (NGO) | Hollow forests | | June 2024"], {
        "a.txt": "We estimate that illegal felling cost the treasury 1.3 billion dalens.\n"
                 "Our inspectors estimate that 7,400 hectares were cleared.\n",
        "b.txt": "We estimate that illegal felling cost the treasury 1.1 billion dalens.\n"
                 "Our field teams estimate that 9,000 hectares were cleared.\n"
                 "Rangers seized 41 lorries in 2023.\n"
                 "The Forest Authority estimated that 6,100 hectares of the reserve burned.\n"
                 "The reserve has 64 ranger posts, but according to our figures 19 of them are vacant.\n"
                 "In July 2023 there were, by our count, 62 vacancies for rangers.\n"
                 "Our research unit was founded in 2015.\n"
                 "Our research team was set up with 17 members.\n"})
    hedged = {c.value: c.hedged for t in refdata.load(out).topics for c in t.claims}
    assert hedged["1.1 billion"] and hedged["9,000"] and hedged["19"] and hedged["62"]
    assert not hedged["2015"]  # what the unit's founding says is no estimate of it
    assert not hedged["17"]  # nor is its team's size
    assert not hedged["41"] and not hedged["6,100"]  # an official estimate the NGO passes on
    assert not hedged["1.3 billion"] and not hedged["7,400"]


def test_a_campaigning_bodys_further_estimate_is_hedged_though_a_passive_verb_names_something_before_it(tmp_path):
    """"We further estimate" is its estimate too; and "cells in Block C described to us by former occupants" credits
    nothing to Block C (a participle its doer follows), so the estimate after it stays the body's own."""
    out = built_from_folder(tmp_path, ["b.txt | Prisoners' Rights Coalition (NGO) | Report | | June 2024"], {
        "b.txt": "We further estimate that the unit earned the bank around 74 million velars in fees.\n"
                 "Using the measurements of 14 cells in Block C described to us by former occupants, we estimate "
                 "that living space averaged 1.6 square metres per prisoner.\n"
                 "The prison held 412 men in 2023.\n"})
    claims = {c.value: c for t in refdata.load(out).topics for c in t.claims}
    assert claims["around 74 million"].hedged and claims["1.6"].hedged
    assert not claims["1.6"].credited and not claims["14"].credited
    assert not claims["412"].hedged


def test_testimony_a_campaigning_body_passes_on_is_hedged_in_its_text_alone(tmp_path):
    """"Workers at the Karsby plant told us that ...", "Our members say that ...": in a union's or an NGO's
    statement, what it was told is an allegation; the same words in an inspectorate's report are how it knows."""
    testimony = ("Workers at the Karsby plant told us that 23 tonnes of waste were dumped.\n"
                 "Our members say that 31 patrols were walked alone.\n"
                 "Of the savers who have given us testimony, 67 lost everything.\n"
                 "The council's own figures tell us that 4,130 children live in temporary housing.\n")
    out = built_from_folder(tmp_path, ["a.txt | Food Safety Authority, government agency | Report | | May 2024",
                                       "b.txt | Safe Cradle Alliance | Statement | | June 2024"], {
        "a.txt": testimony.replace("23", "19").replace("31", "28").replace("67", "58"),
        "b.txt": testimony})
    hedged = {c.value: c.hedged for t in refdata.load(out).topics for c in t.claims}
    assert hedged["23"] and hedged["31"] and hedged["67"]
    assert not hedged["4,130"]  # a document's telling, the council's own figures: not testimony
    assert not hedged["19"] and not hedged["28"] and not hedged["58"]


def test_crews_and_survey_shares_a_campaigning_body_passes_on_are_its_allegations_in_its_text_alone(tmp_path):
    """What crews told it (a credit to people, no body), what it has also been told, what a share of those it asked
    said: in a union's statement, its account; the same words in an inspectorate's report are how it knows."""
    told = ("Crews told us that on an average winter night, as many as 23 ambulances were off the road.\n"
            "We have also been told that three workers who complained were dismissed.\n"
            "In our survey, most workers had been instructed to relabel meat. Almost half said they were threatened.\n"
            "According to our survey, 62% were turned away. Almost a third, 31%, said they paid the full price.\n"
            "Membership grew to 48,200 in 2023, an increase of 12%, said general secretary Ana Ruiz.\n")
    out = built_from_folder(tmp_path, ["a.txt | Food Safety Authority, government agency | Report | | May 2024",
                                       "b.txt | Union of Meat Workers, trade union | Statement | | June 2024"], {
        "a.txt": "The Authority found that 19 ambulances were off the road.\n",
        "b.txt": told})
    hedged = {c.value: c.hedged for t in refdata.load(out).topics for c in t.claims}
    assert hedged["as many as 23"] and hedged["three"] and hedged["Almost half"] and hedged["31%"]
    assert not hedged["19"] and not hedged["12%"]  # (a quote's speaker, not a survey's share)


def test_records_and_staff_a_campaigning_body_cites_are_its_allegations_in_its_text_alone(tmp_path):
    """Documents it has seen, its own records, what its volunteers documented or staff reported: in a union's or an
    NGO's statement, its account; the same words in an inspectorate's report are how it knows. A count of its own
    people is no allegation."""
    told = ("According to budget documents seen by the federation, maintenance was cut by 35 per cent.\n"
            "According to the alliance's records, 11 elderly residents died.\n"
            "Our health volunteers have documented 64 children with skin lesions.\n"
            "Night staff reported that one carer looked after up to 22 children.\n"
            "Our 18 field monitors walked the river.\n")
    out = built_from_folder(tmp_path, ["a.txt | Food Safety Authority, government agency | Report | | May 2024",
                                       "b.txt | Safe Cradle Alliance | Statement | | June 2024"], {
        "a.txt": told.replace("35", "31").replace("11", "13").replace("64", "58").replace("22", "26")
                     .replace("18", "19"),
        "b.txt": told})
    hedged = {c.value: c.hedged for t in refdata.load(out).topics for c in t.claims}
    assert hedged["35 per cent"] and hedged["11"] and hedged["64"] and hedged["up to 22"]
    assert not hedged["18"]
    assert not hedged["31 per cent"] and not hedged["13"] and not hedged["58"] and not hedged["up to 26"]


def test_what_a_campaigning_body_alleges_once_it_alleges_wherever_it_tells_it_again(tmp_path):
    statement = ("The union claims that 17 technicians were forced out in 2021.\n\n"
                 "The 17 technicians forced out of the hangar were never rehired.\n\n"
                 "Its board has 17 members.\n\nIn 2021 the hangar also closed.\n\n"
                 "We allege that the company knew of the leak on 12 May 2023.\n\n"
                 "On 12 May 2023 more than 300 residents attended a public meeting.\n")
    out = built_from_folder(tmp_path, ["a.txt | Aviation Technicians' Union | Statement | | May 2024"],
                            {"a.txt": statement})
    hedged = sorted((c.value, c.hedged) for t in refdata.load(out).topics for c in t.claims if "17" in c.value)
    assert hedged == [("17", False), ("17", True), ("17", True)]
    lines = {c.location: c.hedged for t in refdata.load(out).topics for c in t.claims if "17" in c.value}
    assert lines == {1: True, 3: True, 5: False}  # not the board's 17 members, another thing counted
    # a month told again is not the allegation told again; a day is as telling as a figure
    (tmp_path / "again").mkdir()
    again = built_from_folder(tmp_path / "again", ["a.txt | Aviation Technicians' Union | Statement | | May 2024"], {
        "a.txt": "We allege that 12 residents died of the heat in July 2023.\n\nResidents died in the heatwave of "
                 "July 2023.\n\nWe allege the memo was dated 2 May 2023.\n\nThe memo dated 2 May 2023 was lost.\n"})
    told = sorted((c.location, c.hedged) for t in refdata.load(again).topics for c in t.claims
                  if c.value in ("July 2023", "2 May 2023"))
    assert told == [(1, True), (3, False), (5, True), (7, True)]
    years = {c.location: c.hedged for t in refdata.load(out).topics for c in t.claims if c.value == "2021"}
    assert years == {1: True, 7: False}  # a year recurs too often to be the allegation told again
    days = {c.location: c.hedged for t in refdata.load(out).topics for c in t.claims if c.value == "12 May 2023"}
    assert days == {9: True, 11: False}  # the same day, another event: told in none of the allegation's words


SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def seed_texts() -> dict[str, str]:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not here")
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))} | {
        "alpha.txt": ALPHA, "beta.txt": BETA}


def test_grouping_in_worker_processes_gives_the_same_reference(monkeypatch):
    texts = texts_for(seed_texts())
    alone, _ = build_reference(texts)
    monkeypatch.setattr(build_module, "PARALLEL_MIN_CLAIMS", 0)  # the seeds are too few to start workers
    shared, _ = build_reference(texts, workers=2)
    assert refdata.dumps(shared) == refdata.dumps(alone)
    assert len(alone.topics) > 20


def test_a_rebuild_in_another_process_writes_the_same_file(tmp_path):
    """Python hashes words differently in every process, so sets of words come in another order;
    closeness adds word weights exactly, so no tie between two groups is broken by that order."""
    for name, text in seed_texts().items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"ref-{seed}.toml"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "lint", "reference", "build", str(tmp_path), "-o", str(out), "-q"],
                       check=True, env=env, capture_output=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_topics_with_one_id_stem_are_numbered_in_order_around_ids_in_use():
    ids = TopicIds(["figure-boats-coast-2"])
    assert [ids.new("figure-boats-coast") for _ in range(3)] == [
        "figure-boats-coast", "figure-boats-coast-3", "figure-boats-coast-4"]
    ids.add("figure-boats-coast-5")
    assert ids.new("figure-boats-coast") == "figure-boats-coast-6"
    assert ids.new("date-season") == "date-season"


def test_the_weight_of_shared_words_does_not_depend_on_their_order():
    """0.1 + 0.2 + 0.3 and 0.3 + 0.2 + 0.1 differ in the last bit; a set's order changes between
    processes, and a tie between two candidate topics must not be broken by it."""
    weights = WordWeights([["alpha"], ["beta"], ["gamma"]])
    weights.weight = {"alpha": 0.1, "beta": 0.2, "gamma": 0.3}
    assert (0.1 + 0.2) + 0.3 != 0.1 + (0.2 + 0.3)  # what the test is about
    assert weights.mass(["alpha", "beta", "gamma"]) == weights.mass(["gamma", "beta", "alpha"]) == 0.6


def test_an_unknown_word_folds_onto_the_same_known_word_in_every_process():
    """Two known words equally close to an unknown one ("smugglersc"): the tie goes to the same one
    whatever order Python's string hashes put the vocabulary in, so builds and lints repeat."""
    script = ("from lint.overlap import WordWeights; "
              "print(sorted(WordWeights([['smugglersa', 'smugglersb', 'port', 'boat'], ['port'], ['c']])"
              ".fold(['smugglersc'])))")
    seen = {subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(1, 7)}
    assert seen == {"['smugglersa']\n"}


def test_people_and_persons_counted_differently_are_one_disputed_point():
    ref, _ = build({
        "alpha.txt": "A total of 412 persons were treated in hospital after the spill.\n",
        "beta.txt": "At least 463 people were treated in hospital after the spill.\n",
    })
    assert contested_values(ref, Kind.FIGURE) == [["412", "At least 463"]]


def test_a_claim_is_compared_with_each_source_that_tells_the_point_not_only_its_first_members():
    """Three sources give Article 44 in the law's own words, a fourth as "timber smuggling under
    Article 44"; a fifth's "timber smuggling under Article 45" is close to the fourth's telling only,
    and still disputes the point (not a topic of its own)."""
    law = ("Article 44 of the Forest Act (transport, sale or export of timber without a valid certificate of "
           "origin) sets the offence.\n")
    sources = {
        "court.txt": "Whoever transports, sells or exports timber without a certificate of origin breaks "
                     "Article 44 of the Forest Act.\n",
        "agency.txt": law,
        "ministry.txt": "Transport or export of timber without a certificate of origin is an offence under "
                        "Article 44 of the Forest Act.\n",
        "wire.txt": "Borek was convicted of timber smuggling under Article 44 of the Forest Act last week.\n",
        "herald.txt": "The trader was convicted of timber smuggling under Article 45 of the Forest Act on Monday.\n",
    }
    ref, _ = build(sources)
    assert [sorted(c.value for c in t.claims) for t in ref.topics if any("45" in c.value for c in t.claims)] == [
        ["Article 44 of the Forest Act"] * 4 + ["Article 45 of the Forest Act"]]


def test_two_sections_of_one_act_that_each_require_something_else_are_two_points():
    """'Section 9 ... requires a full safety inspection of every large dam' and 'Section 16 ... requires
    the operator of a large dam to maintain a warning system': what any provision does ('requires') is no
    word of the point; the two are two provisions, not one misnumbered."""
    sources = {
        "inquiry.txt": "Section 9 of the Water Resources Act 2011 requires a full safety inspection of every large "
                       "dam once a year.\n",
        "relief.txt": "Section 16 of the Water Resources Act 2011 requires the operator of a large dam to maintain a "
                      "warning system.\n",
    }
    ref, _ = build(sources)
    assert contested_values(ref, Kind.STATUTE) == []


def test_days_months_apart_are_two_events_days_a_digit_apart_one_disputed_day():
    """The judge's name ties 'the trial opened on 5 June 2023 before Judge Ana Meyrin' to 'on 22 November,
    Judge Ana Meyrin ruled': days five months apart are two events. 3 March and 13 March, told in the same
    words, are one disputed day."""
    ref, _ = build({
        "court.txt": "The trial opened on 5 June 2023 before presiding judge Ana Meyrin in Teskov.\n",
        "courier.txt": "On Wednesday, 22 November, Judge Ana Meyrin of the provincial court in Teskov ruled.\n",
    })
    assert contested_values(ref, Kind.DATE) == []
    ref, _ = build({
        "court.txt": "Prosecutors filed the indictment against the engineers on 3 March 2023.\n",
        "courier.txt": "Prosecutors filed the indictment against the engineers on 13 March 2023.\n",
    })
    assert contested_values(ref, Kind.DATE) == [["3 March 2023", "13 March 2023"]]
    # the same day in another year is a slip of the year, one disputed day
    ref, _ = build({
        "court.txt": "The dam at Teskov collapsed on 14 March 2019, killing dozens of villagers.\n",
        "courier.txt": "The dam at Teskov collapsed on 14 March 2018, killing dozens of villagers.\n",
    })
    assert contested_values(ref, Kind.DATE) == [["14 March 2019", "14 March 2018"]]
    # but near in the calendar years apart are two events still
    ref, _ = build({
        "court.txt": "The trial opened on 5 June 2023 before presiding judge Ana Meyrin in Teskov.\n",
        "courier.txt": "On 22 July 2024, Judge Ana Meyrin of the provincial court in Teskov ruled.\n",
    })
    assert contested_values(ref, Kind.DATE) == []


def test_a_wire_storys_dateline_does_not_date_the_figures_of_its_first_sentence():
    wire = ("Wire.\n\nTESKOV, Nov 22, 2023 (KPA) - The collapse of the Verenka Dam killed 132 people in October last "
            "year, the court heard.\n")
    courier = "Courier.\n\nThe collapse of the Verenka Dam in October 2022 killed 141 people, by the Courier's own count.\n"
    ref, _ = build({"wire.md": wire, "courier.md": courier})
    assert contested_values(ref, Kind.FIGURE) == [["132", "141"]]


def test_fines_teach_their_currency_to_every_amount_the_sources_give_in_it():
    from lint.build import learned_currencies

    pack = load_pack()

    def first_reading(text):
        return extract_claims(parse_document(text, "court.md"), pack, guess_currencies=True)

    court = "The court fined the airline 4.5 million velars. Its owner was fined 250,000 velars."
    learned = learned_currencies(first_reading(court))
    assert learned == {"velars": "currency:VELARS"}
    # one fine's word may be anything ("fined 3 million last year"): two of other amounts must name it
    assert learned_currencies(first_reading("The court fined the airline 4.5 million velars.")) == {}
    assert learned_currencies(first_reading("Police fined 12,400 truckers. In all police fined 12,400 truckers.")) == {}
    # ... or one fine's word the sources count other amounts in, in three places: what they are counted in
    amounts = ("He was fined 1.2 million velts. Bail was set at 300,000 velts. Each family gets 18,000 velts. "
               "A clerk earns 2,100 velts a month.")
    assert learned_currencies(first_reading(amounts)) == {"velts": "currency:VELTS"}
    assert learned_currencies(first_reading("He was fined 1.2 million velts. Bail was set at 300,000 velts.")) == {}
    # a currency the pack knows by its symbol or word is no currency to learn
    assert learned_currencies(first_reading("The court fined the bank CHF 4 million and the broker CHF 2 million.")) == {}
    # read again with it: another source's amount, hard-wrapped before its currency, is money
    wire = ("Officers reportedly found 4.1 million\nvelars in a safe and **2 million** velars in a car.\n\n"
            "Passengers: 4.1 million\nVelars Air flew.")
    units = [c.value.unit for c in extract_claims(parse_document(wire, "wire.txt"), pack, learned)]
    assert units == ["currency:VELARS", "currency:VELARS", "count"]  # not the next line's capitalised name


def test_a_code_the_sources_write_before_amounts_is_their_currency():
    from lint.build import learned_currencies

    pack = load_pack()

    def learned(*texts):
        docs = [parse_document(text, f"s{i}.md") for i, text in enumerate(texts)]
        return learned_currencies([c for doc in docs for c in extract_claims(doc, pack, guess_currencies=True)],
                                  [doc.text for doc in docs])

    report = "The Inspectorate fined the company SVC 850,000. The emergency response cost SVC 18.6 million."
    feature = "The response has cost the state 21 million crowns ($1.9 million) so far."
    # one unknown code and one unknown currency word in one set of sources: the code is that currency's
    assert learned(report, feature) == {"crowns": "currency:CROWNS", "SVC": "currency:CROWNS"}
    assert learned(report) == {"SVC": "currency:SVC"}
    # a code named in brackets after the currency's word is that currency, however often it is used
    assert learned("All sums are in Derovan marks (DM). The contract was worth DM 146 million.",
                   "The deal was worth 164 million marks ($9 million).")["DM"] == "currency:MARKS"
    # not a code before numbers no sentence speaks of as money (a standard's, a party's votes, a badge's,
    # a capitalised headline's word), nor before one amount alone
    for text in ("The plant held ISO 9001 and ISO 14001 certificates.", "Results: SNP 18,234, Labour 14,002, SNP 16,950.",
                 "Officers PC 2345 and PC 4512 made the arrest.", "FIRM TO CUT 1,200 JOBS AS ORDERS FALL; CUT 3,000 MORE",
                 "The contract was worth DM 146 million."):
        assert learned(text) == {}, text
    # a standard's code beside the currency's does not make two codes: SVC is still the crowns
    assert learned(report + " The plant held ISO 9001 and ISO 14001 certificates.", feature)["SVC"] == "currency:CROWNS"
    # two unknown codes and one word: which code is that currency's is not known
    assert learned(report, "Its parent paid KRV 4 million and a fine of KRV 2 million.", feature) == {
        "crowns": "currency:CROWNS", "SVC": "currency:SVC", "KRV": "currency:KRV"}
    # read again with it, the code makes an amount money (a fine's, after whom it fines); the code is never a word
    # after a number ("12 pc")
    currencies = learned(report, feature) | learned("Fees paid to PC 2345 and PC 4512 rose.")
    read = extract_claims(parse_document(report + " Rents rose by 12 pc.", "r.md"), pack, currencies)
    assert [currency_unit(c.value) or c.value.unit for c in read] == ["currency:CROWNS", "currency:CROWNS", "count"]
    assert read[0].value == Penalty("fine", "exact", 850_000, 850_000, "CROWNS")


def test_a_fine_in_a_code_the_sources_taught_is_a_fine():
    pack = load_pack()
    text = "The court imposed a fine of SVC 150,000 on the water company."
    read = {c.text: c.value for c in extract_claims(parse_document(text, "t.md"), pack, {"SVC": "currency:CROWNS"})}
    assert read["a fine of SVC 150,000"] == Penalty("fine", "exact", 150_000, 150_000, "CROWNS")
    # a code no source taught is no currency: the number stays a number
    assert [c.kind for c in extract_claims(parse_document(text, "t.md"), pack)] == [Kind.FIGURE]


def test_a_code_the_sources_write_after_amounts_is_their_currency_and_its_fines_are_fines():
    from lint.build import learned_currencies

    pack = load_pack()
    court = ("All sums are in Ostrevian solvars (SLV). The company was fined 38 million solvars. Its director was "
             "fined 4.5 million solvars. The court ordered compensation of 152.3 million SLV.\n\n"
             "| Name | Sentence |\n|---|---|\n| Mirela Tosk | 2 years' imprisonment; fine of 150,000 SLV |\n")
    doc = parse_document(court, "court.md")
    learned = learned_currencies(extract_claims(doc, pack, guess_currencies=True), [doc.text])
    assert learned["SLV"] == "currency:SOLVARS"
    read = {c.text: c.value for c in extract_claims(doc, pack, learned)}
    assert read["152.3 million"] == Figure(152_300_000, 152_300_000, "currency:SOLVARS")
    assert read["fine of 150,000 SLV"] == Penalty("fine", "exact", 150_000, 150_000, "SOLVARS")
    # not three capitals after a number no sentence speaks of as money, nor after one amount alone
    for text in ("The route carried 4,200 passengers on line TRX and 3,100 on TRX again.",
                 "The contract was worth 146 million DMK.",
                 "The port's expansion cost 480 million velars and handled 2.4 million TEU; its rival, with a "
                 "similar budget, handled 3.1 million TEU. The court fined one 4 million velars, the other 2 million "
                 "velars."):
        doc = parse_document(text, "t.md")
        learned = learned_currencies(extract_claims(doc, pack, guess_currencies=True), [doc.text])
        assert not {"TRX", "DMK", "TEU"} & learned.keys(), text


def test_an_open_bound_and_a_value_orders_of_magnitude_beyond_it_are_two_points():
    # every contract above 100,000 vesk was audited; hospitals overpaid by 212.6 million vesk: neither
    # contradicts the other, and nothing says they are one point
    ref, _ = build({
        "alpha.txt": "The audit of hospital medicine contracts above 100,000 dollars found hospitals overpaid.\n",
        "beta.txt": "The audit found hospitals overpaid by $212.6 million on medicine contracts.\n",
    })
    assert topic_with(ref, "above 100,000") is not topic_with(ref, "$212.6 million")


def test_two_fines_orders_of_magnitude_apart_are_two_points_not_a_dispute():
    ref, _ = build({
        "alpha.txt": "On Monday the court fined Brightloom Apparel, the factory's owner, $1.2 million for unpaid wages.\n",
        "beta.txt": "On Monday the court fined Brightloom Apparel, the factory's owner, $40,000 for unpaid wages.\n",
    })
    assert topic_with(ref, "$1.2 million") is not topic_with(ref, "$40,000")
    assert not topic_with(ref, "$1.2 million").contested


def test_a_references_values_and_evidence_are_words_not_markup():
    ref, _ = build({"court.md": "Halloway: eight years in prison, a fine of **$250,000**, and a ban from office. "
                                "The file catch__2019__final.csv lists 412 boats.\n"})
    fine = next(c for t in ref.topics for c in t.claims if "250,000" in c.value)
    assert fine.value == "a fine of $250,000"
    assert "**" not in fine.evidence
    assert "catch__2019__final.csv" in next(c.evidence for t in ref.topics for c in t.claims if c.value == "412")


def _death_toll_told_twice(value: str) -> dict[str, str]:
    return {
        "inspectorate.txt": f"The inspectorate's report says the collapse of the east stand killed {value} people on "
                            "14 October 2023.\n",
        "court.txt": f"The court found that the collapse caused the deaths of {value} people and convicted the "
                     "inspector.\n",
    }


def figure_topics(ref) -> list[list[str]]:
    return [[c.value for c in t.claims] for t in ref.topics if t.kind is Kind.FIGURE]


def test_two_sources_giving_one_specific_value_in_other_words_are_one_point():
    """"killed 37 people" and "caused the deaths of 37 people" share few words, but the same death toll
    from two sources is one point: it is there for a third source's 39 to dispute."""
    ref, _ = build(_death_toll_told_twice("37"))
    assert figure_topics(ref) == [["37", "37"]]


@pytest.mark.parametrize("common", ["three", "4,000"])
def test_a_value_that_recurs_by_chance_needs_the_words_of_one_point(common):
    ref, _ = build(_death_toll_told_twice(common))
    assert figure_topics(ref) == [[common], [common]]


def test_one_value_of_two_different_things_stays_two_points():
    ref, _ = build({"police.txt": "Police arrested 37 people after the match, the police said on Sunday.\n",
                    "court.txt": "The court found that the collapse caused the deaths of 37 people.\n"})
    assert figure_topics(ref) == [["37"], ["37"]]


def test_one_source_giving_one_value_for_two_things_keeps_them_apart():
    """The lower bar is for two sources agreeing, not for a source repeating a number of its own."""
    ref, _ = build({"police.txt": "After the collapse, police arrested 37 people near the stadium.\n\n"
                                  "The collapse of the stadium's east stand killed 37 people.\n"})
    assert figure_topics(ref) == [["37"], ["37"]]


HEROIN_LAW = {
    "code.txt": "Under Article 58 of the Criminal Code, trafficking more than 500 grams of heroin is punishable by "
                "death. Possession of heroin is punishable by up to five years in prison under Article 61.\n",
    "paper.txt": "Trafficking more than 500 grams of heroin carries the death penalty, while possession carries up "
                 "to seven years in prison. The crackdown killed 12 people in its first month, the Herald found.\n",
}


@pytest.mark.parametrize(("draft", "found", "verdict"), [
    ("Possession of heroin is punishable by up to five years in prison under Article 61, while trafficking carries "
     "the death penalty.", "up to five years", Verdict.CONTESTED),
    ("Heroin traffickers in Velmar face the death penalty under Article 58.", "Article 58", Verdict.SUPPORTED),
])
def test_a_death_penalty_is_a_penalty_not_the_deaths_an_offence_caused(draft, found, verdict):
    """"the death penalty" and "punishable by death" name a penalty's kind (match.toml): they neither set apart
    two tellings of the term beside them nor bury the article that carries it."""
    ref, _ = build(HEROIN_LAW)
    result = lint_text(draft, "draft.md", ref, load_pack())
    assert next(c.verdict for c in result.claims if found in c.claim.text) is verdict


def test_a_text_names_a_surname_as_a_word_and_a_full_name_as_its_words_in_a_row():
    from lint.build import _names_in

    names = frozenset({"Hollan", "O'Brien", "Novak-Ruiz", "Ilse Malvich", "Venn"})
    text = "Hollan's lawyer met O'Brien and Ilse Malvich; Novak-Ruiz's firm paid Venning."
    assert _names_in(names, text) == {"Hollan", "O'Brien", "Novak-Ruiz", "Ilse Malvich"}  # not "Venn" of "Venning"


def test_a_draft_writes_a_code_the_sources_taught_before_its_amount(tmp_path):
    from lint.engine import lint_text
    from lint.model import Verdict

    out = built_from_folder(tmp_path, ["a.txt | Joint Inspectorate | Report | | May 2025"], {
        "a.txt": "The Inspectorate fined the company SVC 850,000.\n\nThe emergency response to the spill cost "
                 "SVC 18.6 million.\n"})
    draft = "The emergency response to the spill cost SVC 19.6 million. The Inspectorate fined the company SVC 850,000."
    result = lint_text(draft, "d.md", refdata.load(out), load_pack())
    assert [(c.claim.text, c.verdict) for c in result.claims] == [
        ("SVC 19.6 million", Verdict.MISMATCH), ("SVC 850,000", Verdict.SUPPORTED)]  # (each with its code)


def test_a_value_a_source_corrects_another_by_is_one_point_with_it_and_no_claim_of_its_own():
    """"41 shell exporters took part, not the 38 named in court": the paper disputes the 38 others give, in words
    of its own; its 41 joins their point as the other side, and the 38 it rejects is no value it gives."""
    ref, _ = build({
        "audit.txt": "The Varnholt division approved refunds for 38 shell exporters between 2019 and 2023.\n",
        "courier.txt": "By our count, 41 shell exporters took part, not the 38 named in court.\n",
    })
    assert contested_values(ref, Kind.FIGURE) == [["38", "41"]]
    given = [(c.value, c.source) for t in ref.topics for c in t.claims if c.value == "38"]
    assert given == [("38", "audit-audit-txt")]
    # "not only the 1,846 children": the value is counted too, not corrected
    ref, _ = build({"a.txt": "The agency listed 1,846 sick children in 2023.\n",
                 "b.txt": "Every child on our list, not only the 1,846 children on the agency's list, needs care.\n"})
    assert contested_values(ref, Kind.FIGURE) == []


def test_a_correction_joins_every_point_that_gives_the_value_it_rejects():
    """"41 shell exporters took part, not the 38 named in court", where the sources' 38 sits in two points (a sentence's
    and a table row's): the correction rejects the 38 wherever it is told in the correction's words, so both are the
    one disputed point, and the build keeps no point of its own for the table's 38."""
    ref, _ = build({
        "audit.txt": "The Varnholt division approved refunds for 38 shell exporters between 2019 and 2023.\n\n"
                     "| Finding | Value |\n|---|---|\n| Shell exporters named by the prosecution in court | 38 |\n",
        "wire.txt": "Prosecutors told the court that 38 shell exporters had received refunds.\n",
        "courier.txt": "By our count, 41 shell exporters took part, not the 38 named in court.\n",
    })
    assert [sorted(values) for values in contested_values(ref, Kind.FIGURE)] == [["38", "38", "38", "41"]]
    assert sum(1 for t in ref.topics if t.kind is Kind.FIGURE) == 1


@pytest.mark.parametrize("correction", [
    pytest.param("The review counts 341 fictitious awards, not the 312 cited by the inspectorate and the prosecution.",
                 id="a teller named after the rejected value is no plan"),
    pytest.param("The review counts 341 fictitious awards \u2013 not the 312 the inspectorate cited.",
                 id="set off by a dash"),
    pytest.param('The review counts 341 fictitious awards, not the "approximately 312" the inspectorate cited.',
                 id="the rejected value quoted"),
    pytest.param("The review counts 341 fictitious awards - not the 312 the inspectorate cited.",
                 id="set off by a typed hyphen"),
])
def test_a_correction_in_other_words_is_still_one_point_with_the_value_it_rejects(correction):
    """"not the 312 cited by the inspectorate and the prosecution": who cited it is its teller, not a plan or a demand
    ("not the six years prosecutors had demanded"); a dash or quotation marks may set the rejected value off."""
    ref, _ = build({
        "inspectorate.txt": "The inspectorate found 312 fictitious awards paid from the fund.\n",
        "ledger.txt": correction + "\n",
    })
    contested = contested_values(ref, Kind.FIGURE)
    assert len(contested) == 1 and "341" in contested[0]
    assert not any(c.source.startswith("ledger") and "312" in c.value for t in ref.topics for c in t.claims)


@pytest.mark.parametrize("sources, contested", [
    pytest.param({
        "court.txt": "Court.\n\nMirela Dask, aged 54, founder and chief executive of the Foundation, was convicted.\n",
        "wire.txt": "Wire.\n\nMirela Dask, 54, the charity's founder, was found guilty of breach of trust.\n",
        "ledger.txt": "Ledger.\n\nThe founder has never spoken in public. Her family says she is 56, not 54 as the "
                      "court and most reports have stated.\n",
    }, [["aged 54", "54", "56"]], id="a correction in other words"),
    pytest.param({
        "court.txt": "Court.\n\nThe deceased, Marta Isel, aged 81, died on 19 March 2023.\n",
        "wire.txt": "Wire.\n\nMarta Isel, 81, a retired teacher, died in hospital in March.\n",
        "herald.txt": "Herald.\n\nThe one death was that of Marta Isel. Court documents give her age as 81. Her family says "
                      "she was 84.\n",
    }, [["aged 81", "81", "84"]], id="the account, then the person told of again by a pronoun"),
    pytest.param({
        "court.md": "Court.\n\nThe court convicted Dario Membek, aged 54, of taking bribes.\n",
        "wire.md": "Wire.\n\nDario Membek, 54, the former head of enforcement, was jailed for nine years.\n",
        "courier.md": "Courier.\n\nThe court gave Membek's age as **54**. The company register gives his date of birth "
                      "as 3 March 1968, which makes him **56**.\n",
    }, [["aged 54", "54", "makes him 56"]], id="the age the paper works out for him"),
    pytest.param({
        "court.md": "Court.\n\nThe court convicted Dario Membek, aged 54, of taking bribes.\n",
        "wire.md": "Wire.\n\nDario Membek, 54, the former head of enforcement, was jailed for nine years.\n",
        "courier.md": "Courier.\n\nMembek was jailed last month. Court documents give his age as 54. Company registry "
                      "filings, which list his date of birth in 1968, make him 56.\n",
    }, [["aged 54", "54", "make him 56"]], id="the filings make him older"),
    pytest.param({
        "court.md": "Court.\n\nThe court convicted Dara Moltrey, aged 46, of fraud.\n",
        "wire.md": "Wire.\n\nDara Moltrey, 46, the operations director, received 30 months.\n",
        "herald.md": "Herald.\n\nDara Moltrey received 30 months. Court papers describe her as 46, but her family says "
                     "she turned 44 in January.\n",
    }, [["aged 46", "46", "turned 44"]], id="the account and the family's answer in one sentence"),
    pytest.param({
        "court.md": "Court.\n\nThe court convicted Ilja Varnhold, aged 46, of forging certificates.\n",
        "wire.md": "Wire.\n\nIlja Varnhold, 46, an engineer, was jailed for three years.\n",
        "observer.md": "Observer.\n\nVarnhold, whom the court and most reports described as 46, is 49 according to the "
                       "business register.\n",
    }, [["aged 46", "46", "49"]], id="the age past an aside that gives the account's"),
    pytest.param({
        "report.md": "Report.\n\nAmong the boys identified, the youngest victim was 13 at entry.\n",
        "court.md": "Court.\n\nThe court found that the youngest victim was 13 at entry.\n",
        "ledger.md": "Ledger.\n\nThe Inspectorate and the court say the youngest victim was **13** at entry. The Ledger has "
                     "seen a birth certificate showing that one boy, whose visa file lists him as 13, was in fact "
                     "**12** when he landed.\n",
    }, [["13", "13", "12"]], id="set right past the account told again"),
])
def test_an_age_a_source_sets_against_the_others_is_the_persons_age_in_whatever_words(sources, contested):
    """"She is 56, not 54 as the court and most reports have stated": the ages the others give the founder are the
    point the paper corrects, though it names neither her nor the charity. "Court documents give her age as 81. Her
    family says she was 84.": the paper reports the court's age only to set her family's beside it, the other side of
    the point whoever told it to the paper."""
    ref, _ = build(sources)
    assert contested_values(ref, Kind.FIGURE) == contested


@pytest.mark.parametrize("paper, answer", [
    pytest.param("Ledger.\n\nThe official fee is DSR 18,500. Receipts provided to the Ledger by 11 families show "
                 "placement fees of DSR 24,000 for each boy.\n", "24,000", id="the official fee"),
    pytest.param("Ledger.\n\nThe inspectorate's figure of DSR 18,500 per placement fee is what the academy declared. "
                 "Receipts kept by 11 families, which we have seen, record placement fees of DSR 24,000.\n",
                 "24,000", id="a body's figure of it"),
])
def test_an_account_told_as_another_bodys_figure_is_answered_by_the_paper(paper, answer):
    """"The official fee is DSR 18,500. Receipts ... show DSR 24,000": the paper recites the fee the others give only to
    answer it with its own evidence, so the two are one disputed point."""
    ref, _ = build({
        "inspectorate.md": "Inspectorate.\n\nEach family paid the academy a placement fee of DSR 18,500.\n",
        "court.md": "Court.\n\nThe court found that families paid a placement fee of DSR 18,500 for each boy.\n",
        "ledger.md": paper,
    })
    contested = contested_values(ref, Kind.FIGURE)
    assert len(contested) == 1 and answer in contested[0] and contested[0].count("18,500") == 2


@pytest.mark.parametrize("paper, answer", [
    pytest.param("Herald.\n\nOfficially, 19 people died in the prison fire: 17 prisoners and two officers. The Herald "
                 "has established that the true figure is 21.\n", "21", id="the true figure"),
    pytest.param("Herald.\n\nThe Inspectorate, the court and every official statement speak of 19 dead. We count 21.\n",
                 "21", id="every official statement, and our count"),
])
def test_the_papers_own_count_answers_the_official_one(paper, answer):
    """"Officially, 19 people died ... The Herald has established that the true figure is 21": the paper's answer
    points back at the point in words of its own ("the true figure", "We count"), not the account's."""
    ref, _ = build({
        "inspectorate.md": "Inspectorate.\n\nNineteen people died in the prison fire on 3 March.\n",
        "court.md": "Court.\n\nThe court found that 19 people died in the fire.\n",
        "herald.md": paper,
    })
    contested = contested_values(ref, Kind.FIGURE)
    assert len(contested) == 1 and answer in contested[0]


@pytest.mark.parametrize("sources, kind, answer", [
    pytest.param({
        "board.md": "Board.\n\nThe coach hit the barrier at 104 km/h, the tachograph shows.\n",
        "court.md": "Court.\n\nThe court found that the coach was travelling at 104 km/h when it hit the barrier.\n",
        "ledger.md": "Ledger.\n\nThe Safety Board says the coach hit the barrier at 104 km/h. That figure comes from the "
                     "tachograph. The engineer we commissioned read the engine control unit directly. It logged 117 "
                     "km/h two seconds before impact.\n",
    }, Kind.FIGURE, "117", id="a measure answered past two sentences of evidence"),
    pytest.param({
        "report.md": "Report.\n\nThe ambulance reached Mr Malvik 41 minutes after his wife's call was connected.\n",
        "court.md": "Court.\n\nAn ambulance reached Mr Malvik 41 minutes after his wife's call was connected.\n",
        "courier.md": "Courier.\n\nThe official account says the ambulance took 41 minutes to reach Mr Malvik. His "
                      "family does not accept that. Using the call log on his wife's phone, they have reconstructed "
                      "the night minute by minute. By their timeline, which the Courier has reviewed, 47 minutes "
                      "passed before paramedics came through the door.\n",
    }, Kind.FIGURE, "47 minutes", id="a duration answered past two sentences, none of them in minutes"),
    pytest.param({
        "report.md": "Report.\n\nThe recording equipment shows the coach entered the bend at 74 km/h.\n",
        "court.md": "Court.\n\nThe court accepts that the coach entered the bend at 74 km/h.\n",
        "courier.md": "Courier.\n\nThe Inspectorate and the court accept a speed of 74 km/h on the bend. An independent "
                      "reconstruction commissioned by the families' lawyers, based on the marks in the verge, puts the "
                      "speed at 81 km/h.\n",
    }, Kind.FIGURE, "81", id="a measure answered by an independent reconstruction"),
    pytest.param({
        "report.md": "Report.\n\nFour workers died and eleven were injured when the ladle fell.\n",
        "court.md": "Court.\n\nThe court found that eleven workers were injured when the ladle fell.\n",
        "observer.md": "Observer.\n\nThe official figure is eleven injured. Admission records at two hospitals list "
                       "**14 workers** from the mill treated for burns in the 24 hours after the spill.\n",
    }, Kind.FIGURE, "14", id="a count answered in bold with what it counts"),
    pytest.param({
        "report.md": "Report.\n\nThe first inspection to record cracking of the furnace wall took place on 12 June "
                     "2021.\n",
        "court.md": "Court.\n\nThe court found that inspectors first recorded cracking of the furnace wall on 12 June "
                    "2021.\n",
        "observer.md": "Observer.\n\nAn inspector first noted cracking of the furnace wall on 28 April 2021 - more than "
                       "six weeks before the inspection of 12 June that the published report treats as the first "
                       "finding.\n",
    }, Kind.DATE, "28 April 2021", id="a day set weeks before the one a report gives"),
    pytest.param({
        "report.md": "Report.\n\nThe audit was opened on 11 April 2022, following a whistleblower complaint received "
                     "by the Inspectorate on 3 March 2022.\n",
        "court.md": "Court.\n\nThe court heard that a junior accountant filed her whistleblower complaint on 3 March "
                    "2022.\n",
        "ledger.md": "Ledger.\n\nEmails seen by the Ledger show that she first raised concerns internally in the autumn "
                     "of 2021 and that her complaint reached the inspectorate on 3 February 2022, a month earlier than "
                     "the date given in the inspectorate's published report.\n",
    }, Kind.DATE, "3 February 2022", id="a day set a month before the one a report gives, which it does not write"),
    pytest.param({
        "report.md": "Report.\n\nThe vessel capsized at 06:40, eight minutes after the first Mayday call.\n",
        "wire.md": "Wire.\n\nThe Velsa Dawn went over at 06:40, the transport board said.\n",
        "courier.md": "Courier.\n\nA video filmed by a passenger, with a timestamp of 06:23, shows water on the car "
                      "deck. On this evidence the ship turned over at 06:25 - a quarter of an hour earlier than the "
                      "official time.\n",
    }, Kind.DATE, "06:25", id="a time set a quarter of an hour before the official one"),
    pytest.param({
        "report.md": "Report.\n\nEffluent from the tannery entered the river from March 2019 onwards.\n",
        "court.md": "Court.\n\nThe court found that the company discharged untreated effluent from March 2019.\n",
        "ledger.md": "Ledger.\n\nBy the plant's own logs, discharges began in September 2018, roughly six months "
                     "earlier than the date used in the inspectorate's report and in the judgment.\n",
    }, Kind.DATE, "September 2018", id="a month set roughly six months before the official one"),
    pytest.param({
        "report.md": "Report.\n\nThe first resale of the forged permits took place in 2016.\n",
        "court.md": "Court.\n\nThe court accepted that the first resale of the forged permits took place in 2016.\n",
        "ledger.md": "Ledger.\n\nThe review traces the first resale of the forged permits back to 2014, two years "
                     "earlier than the 2016 start date accepted by the court.\n",
    }, Kind.DATE, "2014", id="a year set two years before the one a court accepted, which it writes"),
])
def test_a_value_set_against_anothers_in_more_words_is_one_disputed_point(sources, kind, answer):
    """"The Safety Board says ... 104 km/h. [two sentences of evidence] It logged 117 km/h": a value in a unit few of a
    paragraph's values share is answered a sentence further on than a count may be. "on 28 April 2021 ... more than
    six weeks before the inspection of 12 June that the published report treats as the first finding": the paper's
    day is the other side of the report's. "on 3 February 2022, a month earlier than the date given in the
    inspectorate's published report": the report's day, a month on, though the paper does not write it."""
    contested = contested_values(build(sources)[0], kind)
    assert len(contested) == 1 and answer in contested[0]


def test_a_term_answered_with_its_suspended_part_beside_it_is_one_disputed_point():
    """"a sentence of two years, 18 months of it suspended": the 18 months are a part of the two years, not a list of
    terms, so the two years answer the court summary's two years and six months."""
    ref, _ = build({
        "court.md": "Court.\n\nThe court sentenced Petra Skovmo to two years and six months in prison.\n",
        "wire.md": "Wire.\n\nSkovmo, an engineer, was sentenced to two years and six months in prison.\n",
        "ledger.md": "Ledger.\n\nThe court summary gives Skovmo's sentence as two years and six months. Two people who "
                     "were in court told the Ledger that the judge pronounced a sentence of two years, 18 months of "
                     "it suspended.\n",
    })
    contested = contested_values(ref, Kind.PENALTY)
    assert len(contested) == 1 and "two years" in contested[0] and "18 months" not in contested[0]


def test_an_age_corrected_joins_no_range_of_ages():
    """"two years old instead of three": the children "aged three to six" of a ratio are no person's age."""
    assert_undisputed(Kind.FIGURE, {
        "report.txt": "Report.\n\nThe law requires one carer for every eight children aged three to six.\n",
        "wire.txt": "Wire.\n\nThe rules require one carer for every eight children aged three to six.\n",
        "ledger.txt": "Ledger.\n\nThe boy's mother says the court got his age wrong: two years old instead of three.\n",
    })


INSPECTION_REPORT = "Inspectorate.\n\nThe last bolt inspection on the turbine took place on 14 June 2022.\n"
INSPECTION_COURT = "Court.\n\nThe court found that the last bolt inspection before the collapse was on 14 June 2022.\n"


@pytest.mark.parametrize("paper", [
    pytest.param("Ledger.\n\nOfficial documents give 14 June 2022 as the date of the last bolt inspection. The "
                 "operator's own work sheets show that technicians last checked the bolts on 28 April 2022.\n",
                 id="the official account, then the paper's evidence"),
    pytest.param("Ledger.\n\nMost accounts date the last bolt inspection to 14 June 2022. The site log, which the "
                 "Ledger has seen, records the last inspection on 28 April 2022.\n", id="most accounts"),
    pytest.param("Ledger.\n\nThe intro.\n\nThe judgment states that the last bolt inspection took place on 14 June "
                 "2022. But the inspection sheet itself is dated 28 April 2022.\n", id="the judgment, a paragraph on"),
    pytest.param("Ledger.\n\nThe official report puts the last bolt inspection at 14 June 2022. The site log, which the "
                 "Ledger has seen, records inspectors on the tower on 28 April 2022.\n",
                 id="the official report, answered in another form of its words"),
    pytest.param("Ledger.\n\nAccording to the official timeline, the last bolt inspection took place on 14 June 2022. "
                 "We do not dispute the year. But the site log records inspectors on the tower on 28 April 2022.\n",
                 id="answered a sentence later"),
    pytest.param("Ledger.\n\nOfficial documents give 14 June 2022 as the date of the last bolt inspection. The\n"
                 "operator's own work sheets show that technicians last checked the bolts\non 28 April 2022.\n",
                 id="the answer's sentence broken across lines"),
    pytest.param("Ledger.\n\nOfficial documents give 14 June 2022 as the date of the last bolt inspection. But a "
                 "former technician has shown the Ledger the email of his last bolt inspection report, sent on 17 "
                 "March 2021.\n", id="a day fifteen months off"),
    pytest.param("Ledger.\n\nOfficial documents give 14 June 2022 as the date of the last bolt inspection. The "
                 "Ledger has seen the inspection sheet the technicians signed. It is dated 28 April 2022.\n",
                 id="the evidence told in the sentence between"),
    pytest.param("Ledger.\n\nOfficial documents give 14 June 2022 as the date of the last bolt inspection. A "
                 "technician's diary records a visit to the tower on 2 May 2022. Its entry mentions only the lift. "
                 "On this evidence, the last bolt inspection took place on 28 April 2022.\n",
                 id="the paper's own conclusion, after evidence giving another day"),
])
def test_an_account_a_source_reports_and_answers_in_its_next_sentence_is_one_point_with_its_answer(paper):
    """"Official documents give 14 June 2022 as the date of the last bolt inspection. The operator's own work sheets
    show ... 28 April 2022": the paper reports the others' date only to answer it; its own date is the other side of
    their point, whatever its words (a form of them: "inspection", "inspectors"), and the date it reports is none it
    gives. The answer may come a sentence later, after one that gives no date ("We do not dispute the year."), with
    its evidence told in the sentence between ("The Ledger has seen the inspection sheet ... It is dated"), and months
    off the account's day: the paper sets the two side by side, so they are one event's (two days a story tells
    unprompted are two events' once two months apart)."""
    ref, _ = build({"report.txt": INSPECTION_REPORT, "court.txt": INSPECTION_COURT, "ledger.txt": paper})
    answer = "17 March 2021" if "March 2021" in paper else "28 April 2022"
    assert contested_values(ref, Kind.DATE) == [["14 June 2022", "14 June 2022", answer]]
    assert not any(c.source.startswith("ledger") and c.value == "14 June 2022" for t in ref.topics for c in t.claims)


@pytest.mark.parametrize(("sources", "kind", "contested"), [
    pytest.param({
        "report.txt": "Inspectorate.\n\nThe face of the quarry gave way at 06:42, the inspectorate found.\n",
        "court.txt": "Court.\n\nThe court found that the quarry face collapsed at 06:42.\n",
        "ledger.txt": "Ledger.\n\nOfficially, the face gave way at 06:42. The quarry's own seismic log, which the "
                      "Ledger has seen, records the collapse of the face at 06:05.\n",
    }, Kind.DATE, [["06:42", "06:42", "06:05"]], id="officially"),
    pytest.param({
        "report.txt": "Agency.\n\nInspectors traced 412 containers of plastic waste shipped to the port.\n",
        "wire.txt": "Wire.\n\nInspectors traced 412 containers of waste to the port, the agency said.\n",
        "courier.txt": "Courier.\n\nA figure of 412 containers has been widely reported. A leaked review, which the "
                       "Courier has seen, counts 486 containers shipped to the port.\n",
    }, Kind.FIGURE, [["412", "412", "486"]], id="widely reported"),
    pytest.param({
        "report.txt": "Authority.\n\nThirty-one people died when the ferry capsized.\n",
        "court.txt": "Court.\n\nThe court found that 31 people died when the ferry capsized.\n",
        "ledger.txt": "Ledger.\n\nThe official toll is 31. The Ledger has found three further victims, farm workers "
                      "missing from the manifest, buried on the island. By our count, 34 people died.\n",
    }, Kind.FIGURE, [["Thirty-one", "31", "34"]], id="the official toll, answered by the paper's count two sentences on"),
    pytest.param({
        "report.txt": "Authority.\n\nThe first relay boards were bought in March 2021, the Authority found.\n",
        "court.txt": "Court.\n\nThe court found that the first relay boards were bought in March 2021.\n",
        "ledger.txt": "Ledger.\n\nOfficials say the first relay boards were bought in March 2021. The workshop log "
                      "begins earlier, with an entry dated 19 October 2020. The scheme, on this evidence, began in "
                      "October 2020.\n",
    }, Kind.DATE, [["March 2021", "March 2021", "19 October 2020", "October 2020"]],
        id="officials say, answered by the paper's conclusion set between commas"),
])
def test_an_account_told_as_others_without_naming_them_is_answered_as_a_credited_one(sources, kind, contested):
    """"Officially, the face gave way at 06:42", "A figure of 412 containers has been widely reported": the paper tells the value as
    others' account though it names no one, then answers it from its own evidence; the answer is the point's other
    side, as after "the inspectorate says"."""
    ref, _ = build(sources)
    assert contested_values(ref, kind) == contested


def test_a_written_judgment_the_paper_has_read_answers_the_press_summary_it_reports():
    """"The court's press summary says Brekk was convicted under Article 216 ... The written judgment, which the Ledger
    has read, convicts him under Article 217": the paper answers the summary from the judgment itself, its evidence;
    the two articles are one point's two sides."""
    ref, _ = build({
        "court.txt": "Court.\n\nThe clerk Tomas Brekk was convicted under Article 216 of the Criminal Code.\n",
        "wire.txt": "Wire.\n\nBrekk was convicted under Article 216 of the Criminal Code, the court said.\n",
        "ledger.txt": "Ledger.\n\nThe court's press summary says Brekk was convicted under Article 216 of the Criminal "
                      "Code. The written judgment, which the Ledger has read, convicts him under Article 217, a "
                      "different offence.\n",
    })
    assert [values[-1] for values in contested_values(ref, Kind.STATUTE)] == ["Article 217"]


def test_footage_of_the_moment_answers_an_accounts_time_of_day_in_other_words():
    """"The Authority's report and the court both give the time of the collapse as 10:42. Footage from a pharmacy camera
    shows the roof falling at 10:17": a camera shows the moment itself, told in its own words; its time is the
    answer, as a day told from a log would be."""
    ref, _ = build({
        "report.txt": "Authority.\n\nThe roof of the market hall collapsed at 10:42, the Authority found.\n",
        "court.txt": "Court.\n\nThe court found that the roof of the market hall collapsed at 10:42.\n",
        "sentinel.txt": "Sentinel.\n\nThe Authority's report and the court both give the time of the collapse as 10:42. "
                        "Footage from a pharmacy camera shows the roof falling at 10:17.\n",
    })
    assert contested_values(ref, Kind.DATE) == [["10:42", "10:42", "10:17"]]


def test_the_papers_conclusion_answers_an_account_before_the_evidence_told_on_the_way():
    """"... put the capsize at 06:40. A video ... with a timestamp of 06:23 shows the car deck flooding. On this
    evidence, the ferry capsized at about 06:25": the paper's answer is the time it concludes; the video's is no side
    of the dispute."""
    ref, _ = build({
        "report.txt": "Authority.\n\nThe ferry capsized at 06:40, the Authority found.\n",
        "court.txt": "Court.\n\nThe court found that the ferry capsized at 06:40.\n",
        "ledger.txt": "Ledger.\n\nThe Authority and the court put the capsize at 06:40. A video filmed by a passenger, "
                      "with a timestamp of 06:23, shows the car deck already flooding. On this evidence, the ferry "
                      "capsized at about 06:25.\n",
    })
    assert contested_values(ref, Kind.DATE) == [["06:40", "06:40", "06:25"]]


def test_a_count_of_others_after_an_account_answers_nothing():
    """"The court found two of the deaths proven. We cannot prove the other five": the five are other deaths."""
    ref, _ = build({
        "court.txt": "Court.\n\nThe court found that the pens caused two deaths.\n",
        "wire.txt": "Wire.\n\nThe court found the pens caused two deaths.\n",
        "union.txt": "Union.\n\nThe court found two of the deaths proven. We cannot prove the other five, but we ask "
                     "that each be examined.\n",
    })
    assert contested_values(ref, Kind.FIGURE) == []


@pytest.mark.parametrize("paper", [
    pytest.param("Ledger.\n\nEvery official document gives 14 June 2022 as the date of the last bolt inspection. The "
                 "Ledger has established that it was 28 April 2022.\n", id="answered in the source's own name"),
    pytest.param("Ledger.\n\nOfficial documents give 14 June 2022 as the date of the last bolt inspection. Work "
                 "sheets show the tower was refitted on 2 January 2022 and its bolts last checked on 28 April 2022.\n",
                 id="past another point's date"),
])
def test_an_account_answered_in_the_sources_own_name_or_past_another_value_is_one_point_with_it(paper):
    """"The Ledger has established that it was 28 April 2022": the paper credits its answer to itself, and "it"
    points back at the account's point; "refitted on 2 January 2022 and its bolts last checked on 28 April 2022":
    the first date of the next sentence is another point's, months away."""
    ref, _ = build({"report.txt": INSPECTION_REPORT, "court.txt": INSPECTION_COURT, "ledger.txt": paper})
    assert contested_values(ref, Kind.DATE) == [["14 June 2022", "14 June 2022", "28 April 2022"]]


@pytest.mark.parametrize("paper", [
    pytest.param("Ledger.\n\nThe court heard that the last bolt inspection took place on 14 June 2022. A new "
                 "tower crane arrived at the site in March 2023.\n", id="told in none of the account's words"),
    pytest.param("Ledger.\n\nOfficial documents give 14 June 2022 as the date of the last bolt inspection. In "
                 "2023 the inspection records were audited.\n", id="a year after a day"),
    pytest.param("Ledger.\n\nOfficial documents give 14 June 2022 as the date of the last bolt inspection. The "
                 "records show 40 bolt failures since January 2021.\n", id="the start of a period"),
    pytest.param("Ledger.\n\nOfficial documents give 14 June 2022 as the date of the last bolt inspection.\n\n"
                 "The inspection records show a check on 28 April 2022.\n", id="in another paragraph"),
])
def test_a_date_after_a_reported_account_that_dates_something_else_answers_nothing(paper):
    ref, _ = build({"report.txt": INSPECTION_REPORT, "court.txt": INSPECTION_COURT, "ledger.txt": paper})
    assert contested_values(ref, Kind.DATE) == []


def test_a_sentence_between_that_gives_a_value_of_the_accounts_sort_lends_its_words_to_no_answer():
    """"According to the Authority, 64 buyers paid ... The Authority identified 212 false certificates. The court
    ordered compensation for the 41 buyers who joined the case": the certificates' count between is another point's,
    and its words ("certificates") are no evidence that the 41 answers the account's 64."""
    ref, _ = build({
        "report.txt": "Report.\n\nThe forged works were sold to 64 buyers between 2014 and 2022.\n",
        "court.txt": "Court.\n\nThe court found that the forgeries were sold to 64 buyers.\n",
        "watch.txt": "Watch.\n\nAccording to the Authority, the forged works were sold to 64 buyers. The Authority "
                     "identified 212 false certificates. The court ordered compensation for the 41 buyers who joined "
                     "the case.\n",
    })
    assert contested_values(ref, Kind.FIGURE) == []


@pytest.mark.parametrize(("told", "court", "value", "answer"), [
    pytest.param("Police and inspectors raided three addresses at 06:15 on 14 March 2023.",
                 "The court found that the search of the studio began at 06:15.", "06:15",
                 "Official accounts give 06:15 as the time officers entered the studio. A neighbour's doorbell camera, "
                 "whose footage the Ledger has viewed, shows officers at the studio door at 05:40.",
                 id="a time of day"),
    pytest.param("In its annual return the company declared a levy debt of VMD 14.6 million for the three years.",
                 "The court found that Korvenna cheated the state of VMD 14.6 million in levy.", "14.6 million",
                 "The court put the evaded levy at VMD 14.6 million. The Ledger's analysis of the sales ledgers, which "
                 "it has seen, puts the evaded levy at VMD 19.2 million.", id="a telling amount"),
])
def test_an_answer_to_a_telling_value_joins_every_point_giving_it_whatever_their_words(told, court, value, answer):
    """A time of day ("06:15") or an amount as telling as "VMD 14.6 million" that a paper answers is that value
    wherever the others give it, in whatever words ("raided three addresses at 06:15"): such values rarely recur by
    chance, so every point giving it is the one the paper disputes (a day is often two events' date: it joins one)."""
    ref, _ = build({"report.txt": f"Report.\n\n{told}\n", "court.txt": f"Court.\n\n{court}\n",
                    "ledger.txt": f"Ledger.\n\n{answer}\n"})
    contested = contested_values(ref, Kind.DATE if ":" in value else Kind.FIGURE)
    assert len(contested) == 1 and sum(value in v for v in contested[0]) == 2, contested


def test_a_laws_range_told_beside_another_provision_answers_no_range_of_the_first():
    """"convicted ... under Article 214(3), which carries four to twelve years. The indictment ... charged her under
    Article 214(2), which carries two to eight years": each range is its own provision's; the paper disputes the
    provision, and the ranges stay two points (the paper's answer to the article is another matter)."""
    ref, _ = build({
        "court.txt": "Court.\n\nDousseau was convicted of aggravated fraud under Article 214(3) of the Penal Code, "
                     "which carries four to twelve years.\n",
        "watch.txt": "Watch.\n\nAggravated fraud under Article 214(3) of the Penal Code carries four to twelve "
                     "years.\n",
        "courier.txt": "Courier.\n\nThe court's press summary says Dousseau was convicted under Article 214(3) of "
                       "the Penal Code, which carries four to twelve years. The indictment, a copy of which the "
                       "Courier has obtained, charged her under Article 214(2), which carries two to eight years.\n",
    })
    assert contested_values(ref, Kind.PENALTY) == []


def lone_value_joined(sources: dict[str, str], lone: str, value_parts: tuple[str, str]) -> bool:
    """Does the lone source's value (value_parts[1]) join the group the other sources give value_parts[0] in, when
    grouping left them apart (build._lone_values_joined)?"""
    fresh = build_module.fresh_claims(texts_for(sources))
    theirs = [f for f in fresh if not f.claim.source.startswith(lone) and value_parts[0] in f.claim.value]
    mine = [f for f in fresh if f.claim.source.startswith(lone) and value_parts[1] in f.claim.value]
    assert len(theirs) >= 2 and len(mine) == 1
    out = build_module._lone_values_joined([theirs, mine], build_module._Closeness(fresh))
    return len(out) == 1


FINE_REPORT = "Report.\n\nIn April 2024 the inspectorate imposed an administrative fine of 15 million dravins on VSL.\n"
FINE_WIRE = "Wire.\n\nIn April the inspectorate fined VSL 15 million dravins under the State Lottery Act.\n"
TOLL_REPORT = "Inspectorate.\n\nThe collapse of the northern bore killed six workers.\n"
TOLL_WIRE = "Wire.\n\nSix workers were killed when the northern bore collapsed.\n"


def test_a_value_one_source_alone_gives_near_a_point_others_agree_on_disputes_that_point():
    """"the inspectorate fined the lottery 12 million dravins", where the report and the wire give the fine as 15
    million: told in other words than theirs, the paper's value is the other side of their point, not a point of its
    own; and so is "seven workers died" against the six the others count killed."""
    paper = "Courier.\n\nIn April 2024 the inspectorate fined the lottery 12 million dravins, a sum critics called small.\n"
    assert lone_value_joined({"report.txt": FINE_REPORT, "wire.txt": FINE_WIRE, "courier.txt": paper},
                             "courier", ("15 million", "12 million"))
    paper = "Courier.\n\nSeven workers died in the northern bore that night, hospital records show.\n"
    assert lone_value_joined({"report.txt": TOLL_REPORT, "wire.txt": TOLL_WIRE, "courier.txt": paper},
                             "courier", ("ix", "Seven"))


def test_a_lone_source_joins_a_point_once_and_gives_no_term_of_no_one_nor_a_day_a_month_off():
    """Two values of one source's are two points, not two sides of one ("10 | Tulle | acquitted", "11 | Halloran |
    acquitted" against "nine were convicted"); a term no one is named as given ("asked the court to jail him for nine
    years") is no telling of a person's; an indictment filed in December and admitted in February are two steps."""
    sources = {"report.txt": "Report.\n\nThe court convicted 113 defendants in the Halder case.\n",
               "wire.txt": "Wire.\n\nIn the Halder case the court convicted 113 defendants.\n",
               "court.txt": "Court.\n\nThe court convicted 110 defendants of fraud in the Halder case.\n\n"
                            "In the Halder case the court convicted 111 defendants of fraud.\n"}
    fresh = build_module.fresh_claims(texts_for(sources))
    theirs = [f for f in fresh if f.claim.value == "113"]
    mine = [[f] for f in fresh if f.claim.value in ("110", "111")]
    out = build_module._lone_values_joined([theirs, *mine], build_module._Closeness(fresh))
    assert len(out) == 2  # one of the court's two values joins, the other stays a point of its own
    term = ("Wire.\n\nThe prosecutor had asked the court to jail him for nine years, the wire said.\n")
    assert not lone_value_joined({"report.txt": "Report.\n\nBarvik was jailed for seven years by the court.\n",
                                  "court.txt": "Court.\n\nThe court jailed Barvik for seven years.\n",
                                  "wire.txt": term}, "wire", ("seven years", "nine years"))
    days = {"report.txt": "Report.\n\nThe prosecutor filed the indictment on 15 December 2023.\n",
            "court.txt": "Court.\n\nThe indictment was filed on 15 December 2023 by the prosecutor.\n",
            "wire.txt": "Wire.\n\nThe court admitted the prosecutor's indictment on 7 February 2024.\n"}
    assert not lone_value_joined(days, "wire", ("15 December", "7 February"))


def test_the_index_of_agreed_values_finds_every_near_telling():
    """A large build looks a lone value's near tellings up by amount, day or minute (build._NearIndex), not among all
    its block's points: the lookup must miss none that disputes.near_tellings would find."""
    from itertools import product

    from lint.disputes import near_tellings

    values = [Figure(n, n, "count") for n in (9, 10, 12, 13, 40, 52, 53, 54, 1000, 1290, 1400)]
    values += [Figure(n, n, "currency:EUR") for n in (1.2e6, 1.5e6, 1.7e6)]
    values += [Penalty("prison", "exact", m, m) for m in (60, 72, 84, 120)]
    values += [Penalty("fine", "exact", a, a, "EUR") for a in (1.4e6, 2e6)]
    values += [DateValue(d, d, "day") for d in ("2023-01-30", "2023-02-14", "2023-03-03", "2023-06-01")]
    values += [DateValue("2023-02-01", "2023-02-28", "month"), DateValue("2023-04-01", "2023-04-30", "month")]
    values += [DateValue(f"0000-01-01T{t}", f"0000-01-01T{t}", "time") for t in ("23:50", "00:10", "10:47", "11:30")]
    index = build_module._NearIndex(values)
    for i, j in product(range(len(values)), repeat=2):
        if near_tellings(values[i], values[j]):
            assert j in index.near(values[i]), (values[i], values[j])


def test_agreed_points_far_from_a_lone_value_do_not_count_against_its_joining():
    """Only the agreed points near a lone value make it ambiguous (LONE_VALUE_MAX_CANDIDATES), not the other events
    of the story a few months later that the index's wide window also holds."""
    months = ["April", "May"]
    later = [f"The depot inspection number {n} took place on {10 + n} {months[n % 2]} 2023." for n in range(14)]
    sources = {"report.txt": "Report.\n\nThe tunnel collapsed on 14 February 2023.\n\n" + "\n\n".join(later) + "\n",
               "wire.txt": "Wire.\n\nThe tunnel collapsed on 14 February 2023.\n\n" + "\n\n".join(later) + "\n",
               "courier.txt": "Courier.\n\nThe tunnel caved in on 15 February 2023, phone videos show.\n"}
    fresh = build_module.fresh_claims(texts_for(sources))
    by_value: dict[str, list] = {}
    for f in fresh:
        if not f.claim.source.startswith("courier"):
            by_value.setdefault(f.claim.value, []).append(f)
    mine = [f for f in fresh if f.claim.source.startswith("courier")]
    groups = [g for g in by_value.values() if len(g) == 2] + [mine]
    out = build_module._lone_values_joined(groups, build_module._Closeness(fresh))
    assert len(out) == len(groups) - 1


def test_a_source_the_manifest_calls_a_campaign_group_gives_no_lone_value_to_dispute_with():
    texts = texts_for({"report.txt": FINE_REPORT, "wire.txt": FINE_WIRE,
                       "roads.txt": "Roads.\n\nIn April 2024 the inspectorate fined the lottery 12 million dravins, a "
                                    "sum critics called small.\n"})
    texts = [replace(t, campaigning=t.source.id.startswith("roads")) for t in texts]
    fresh = build_module.fresh_claims(texts)
    theirs = [f for f in fresh if "15 million" in f.claim.value]
    mine = [f for f in fresh if "12 million" in f.claim.value]
    assert len(build_module._lone_values_joined([theirs, mine], build_module._Closeness(fresh))) == 2


ADMISSIONS_REPORT = "Report.\n\nEighty-seven people were admitted to hospital during the outbreak.\n"
ADMISSIONS_WIRE = "Wire.\n\nThe outbreak put 87 people in hospital, the authority said.\n"


def recited_and_own(paragraph: str) -> list[list[str]]:
    """The contested figures of a build where a paper gives `paragraph` beside the report's and the wire's 87."""
    ref, _ = build({"report.txt": ADMISSIONS_REPORT, "wire.txt": ADMISSIONS_WIRE, "herald.txt": "Herald.\n\n" + paragraph})
    return contested_values(ref, Kind.FIGURE)


def test_a_source_that_recites_the_agreed_value_and_then_gives_its_own_disputes_that_point():
    """The paper tells the official 87 as others' account, then its own count from hospital records: one point,
    disputed. The 87 the paper recites is the account its 112 answers (admissions and patients admitted, one count
    told in two nouns), not a value it gives on the agreed side."""
    found = recited_and_own("The official count of 87 hospital admissions has been repeated by the authority and the "
                            "court. Admission records from three hospitals show 112 patients admitted with symptoms.\n")
    assert [sorted(values) for values in found] == [sorted(["Eighty-seven", "87", "112"])]


def test_a_recital_whose_body_is_set_apart_from_its_verb_by_a_long_aside_is_still_a_recital():
    """"The court, which could rely only on cases backed by evidence meeting the criminal standard, accepted 87": the
    body's account, however long the aside between the body and its verb."""
    fresh = build_module.fresh_claims(texts_for({"herald.txt": "Herald.\n\nThe court, which could rely only on cases "
                                                 "backed by evidence meeting the criminal standard, accepted 87 "
                                                 "hospital admissions.\n"}))
    assert [f.recited for f in fresh if f.claim.value == "87"] == [True]


def test_a_sources_second_value_beside_its_first_is_no_dispute_unless_it_tells_the_first_as_others_account():
    """Two values of one paragraph are two points ("87 were admitted; 112 were treated as outpatients"), and so are
    two of one sentence, the first told as a body's ("The authority said 87 ..., and 112 ..."); a value recited
    several paragraphs away is not set beside the other."""
    assert recited_and_own("The authority said 87 people were admitted to hospital and 112 patients admitted to "
                           "clinics.\n") == []
    # a plain attribution is no recital, and a value told from no evidence of the source's own is another point
    assert recited_and_own("The authority said 87 people were admitted to hospital. Clinics across the valley saw 112 "
                           "patients admitted with milder symptoms.\n") == []
    assert recited_and_own("The official count of 87 hospital admissions has been repeated by the authority. A "
                           "further 112 patients were admitted as outpatients.\n") == []
    assert recited_and_own("In all, 87 people were admitted to hospital. Clinics across the valley saw 112 "
                           "patients admitted with milder symptoms.\n") == []
    assert recited_and_own("The official count of 87 hospital admissions has been repeated by the authority.\n\n"
                           "The valley has three hospitals.\n\nThe new wing opened in 2019.\n\n"
                           "Admission records show 112 patients admitted with symptoms.\n") == []


def test_a_campaigning_bodys_lone_value_or_a_small_count_of_another_event_disputes_no_point():
    """A union's figure is its own count more often than a dispute of the others' point; "five who were in the bore"
    counts others than the six the collapse killed."""
    union = "Union.\n\nIn April 2024 the inspectorate fined the lottery 12 million dravins, a sum critics called small.\n"
    assert not lone_value_joined({"report.txt": FINE_REPORT, "wire.txt": FINE_WIRE, "union.txt": union},
                                 "union", ("15 million", "12 million"))
    paper = "Courier.\n\nWe interviewed workers, including five who were in the northern bore that night.\n"
    assert not lone_value_joined({"report.txt": TOLL_REPORT, "wire.txt": TOLL_WIRE, "courier.txt": paper},
                                 "courier", ("ix", "five"))


@pytest.mark.parametrize(("correction", "inspectorate"), [
    pytest.param("Six villages went without tap water for 23 days rather than the widely reported 19.",
                 "Tap water in the villages was cut off for 19 days.", id="the unit left out, a telling's word before"),
    pytest.param("The permit office took 438 days, not the 412 cited, to answer the application.",
                 "The permit office took 412 days to answer the application.", id="the unit left out"),
])
def test_a_bare_number_a_source_rejects_is_in_its_own_values_unit(correction, inspectorate):
    """"for 23 days rather than the widely reported 19": the 19 rejected is days, as the source's own 23 are; the
    two are one point's two sides, and the bare 19 is no count the source gives."""
    ref, _ = build({"ledger.md": f"Ledger.\n\n{correction}\n", "inspectorate.md": f"Inspectorate.\n\n{inspectorate}\n"})
    assert len(contested_values(ref, Kind.FIGURE)) == 1
    rejected = re.search(r"(?:not|than) the (?:widely reported )?(\d+)", correction).group(1)
    assert rejected not in [c.value for t in ref.topics for c in t.claims if c.source.startswith("ledger")]
    # a bare number after a length and a count before it corrects the count, as no unit need be supplied for it
    ref, _ = build({"ledger.md": "Ledger.\n\nPolice arrested 14 protesters in 12 days, not the 11 reported by the "
                                 "ministry.\n",
                    "ministry.md": "Ministry.\n\nThe ministry reported a curfew of 11 days in the capital.\n"})
    assert contested_values(ref, Kind.FIGURE) == []
    # a value set against a plan, told before it ("the initially announced 50"), is no correction of another's
    ref, _ = build({"ledger.md": "Ledger.\n\nThe agency hired 41 inspectors this year, rather than the initially "
                                 "announced 50.\n",
                    "agency.md": "Agency.\n\nIn January the agency announced it would hire 50 inspectors.\n"})
    assert contested_values(ref, Kind.FIGURE) == []
    # a count after a measure is no telling of it in the measure's unit: a count of its own noun
    ref, _ = build({"ledger.md": "Ledger.\n\nThe fence ran 300 metres, not the 12 panels the plan showed.\n",
                    "plan.md": "Plan.\n\nThe plan showed 12 panels of fence.\n"})
    assert contested_values(ref, Kind.FIGURE) == []


@pytest.mark.parametrize(("correction", "court"), [
    pytest.param("It counts nearly 1,900 pledged items sold before the period under Section 22(1) had run out, where "
                 "the court found 1,312.", "The court found that 1,312 pledged items were sold too early.",
                 id="where the court found"),
    pytest.param("It puts the unreturned surpluses at KRM 6.2 million, well above the KRM 4.6 million the court "
                 "accepted.", "Unreturned surpluses amounted to KRM 4.6 million, the court said.",
                 id="above the figure the court accepted"),
    pytest.param("Its count from the reconstruction register is higher: 437 houses were destroyed, against the 412 "
                 "cited by the Inspectorate.", "The fire destroyed 412 houses, the Inspectorate said.",
                 id="against the figure the inspectorate cited"),
    pytest.param("Its donor database records gifts from about 58,000 donors, fewer than the 62,400 cited by the "
                 "Commission.", "The Commission counted 62,400 donors to the foundation.",
                 id="fewer than the figure the commission cited"),
    pytest.param("The court assessed the damage to the state at SLM 88.2 million, below the Chamber's estimate of SLM "
                 "97.6 million.", "The Chamber put the damage to the state at SLM 97.6 million.",
                 id="below the chamber's estimate of it"),
])
def test_a_value_set_against_anothers_telling_of_it_is_that_points_other_side(correction, court):
    ref, _ = build({"ledger.md": f"Ledger.\n\n{correction}\n", "court.md": f"Court.\n\n{court}\n"})
    assert len(contested_values(ref, Kind.FIGURE)) == 1
    # a bound that no one tells is no correction: "well above the 4 per cent cap"
    ref, _ = build({"ledger.md": "Ledger.\n\nIt charged 9 per cent a month, well above the 4 per cent cap.\n",
                    "court.md": "Court.\n\nThe legal cap on charges is 4 per cent a month.\n"})
    assert contested_values(ref, Kind.FIGURE) == []


@pytest.mark.parametrize("sources", [
    # "where" after a place: another count of the place's, not a correction
    {"a.md": "A.\n\nThe firm employed 1,200 workers at its Hamburg plant, where the inspectors found 900 workers without "
             "contracts.\n",
     "b.md": "B.\n\nInspectors found 900 workers without contracts at the Hamburg plant.\n"},
    # a value set above the teller's own of another year
    {"a.md": "A.\n\nThe company sold 5.2 million cars in 2023, well above the 4.1 million it reported in 2022.\n",
     "b.md": "B.\n\nThe company reported sales of 4.1 million cars in 2022.\n"},
    {"a.md": "A.\n\nIt sold 5.2 million cars in 2023, well above the 4.1 million the company reported for 2022.\n",
     "b.md": "B.\n\nThe company reported sales of 4.1 million cars in 2022.\n"},
    # a value set against another point's, which no one tells: not a telling of it
    {"a.md": "A.\n\nThe lab ran with 11 technicians, against the 19 required by its own staffing plan.\n",
     "b.md": "B.\n\nThe staffing plan required 19 technicians at the lab.\n"},
    {"a.md": "A.\n\nThe lab ran with 11 technicians, against the staffing plan's figure of 19.\n",
     "b.md": "B.\n\nThe staffing plan required 19 technicians at the lab.\n"},
    {"a.md": "A.\n\nThe wing cost 65 million dravins, well above the finance committee's estimate of 40 million dravins.\n",
     "b.md": "B.\n\nThe finance committee budgeted 40 million dravins for the new wing.\n"},
    # ... another place's or another year's count, told in a participle or as a total
    {"a.md": "A.\n\nInspectors found 41 workers without contracts at the Hamburg plant, against the 38 found in Bremen.\n",
     "b.md": "B.\n\nInspectors found 38 workers without contracts at the Bremen plant.\n"},
    {"a.md": "A.\n\nThe company sold 5.2 million cars in 2023, well above the 4.1 million reported in 2022.\n",
     "b.md": "B.\n\nThe company reported sales of 4.1 million cars in 2022.\n"},
    {"a.md": "A.\n\nThe agency recorded 5,214 asylum applications in 2023, well above the previous year's total of 4,133.\n",
     "b.md": "B.\n\nThe agency recorded 4,133 asylum applications in 2022.\n"},
])
def test_a_count_of_a_place_or_of_another_year_beside_a_value_is_no_correction_of_it(sources):
    ref, _ = build(sources)
    assert contested_values(ref, Kind.FIGURE) == []


@pytest.mark.parametrize(("correction", "other", "kept"), [
    # another point that happens to give the corrected value: no words of it in the correction
    ("By our count, 41 shell exporters took part, not the 38 named in court.",
     "Customs officers seized 38 trucks at the Varn border crossing in March.", "38"),
    # a value set against what was asked for, budgeted or allowed is no correction of it
    ("Brisk was sentenced to four years in prison, not the six years prosecutors had demanded.",
     "The prosecution had asked for a sentence of six years in prison for Brisk.", "six years"),
    ("In the end the wing cost 65 million dravins, not the 40 million dravins budgeted.",
     "Officials had budgeted 40 million dravins for the new wing.", "40 million"),
    # ... told by a body as its plan, named after who gave it
    ("In the end the wing cost 65 million dravins, not the 40 million given by the ministry as its budget.",
     "Officials had budgeted 40 million dravins for the new wing.", "40 million"),
])
def test_a_correction_joins_no_point_it_shares_no_words_with_and_none_of_a_plan_or_a_demand(correction, other,
                                                                                               kept):
    ref, _ = build({"paper.md": f"Paper.\n\n{correction}\n", "wire.md": f"Wire.\n\n{other}\n"})
    assert [t for t in ref.topics if t.contested] == []
    assert any(c.value.startswith(kept) and c.source.startswith("wire") for t in ref.topics for c in t.claims)


def test_a_statute_in_a_list_is_told_of_by_its_own_words_not_the_items_before_it():
    ref, _ = build({"court.txt": "The defendants were convicted under Article 319(3) (accepting a bribe on a large "
                              "scale); Article 320(2) (giving a bribe); Article 342(1) (forgery of an official "
                              "document).\n"})
    evidence = {c.value: c.evidence for t in ref.topics for c in t.claims}
    assert "bribe" not in evidence["Article 342(1)"] and "forgery" in evidence["Article 342(1)"]
    assert "scale" not in evidence["Article 320(2)"]


def test_the_kind_of_document_the_manifest_gives_makes_a_campaigning_bodys_estimates_alleged(tmp_path):
    """A transparency group's name need not say it campaigns ("Clear Accounts Morvale"): the manifest's kind column
    ("NGO statement") does; an official report's kind keeps its estimates stated."""
    head = "| file | publisher | title | date | kind |\n|---|---|---|---|---|\n"
    (tmp_path / "SOURCES.md").write_text(head + "| a.md | Clear Accounts Morvale | Statement | 2025 | NGO statement |\n"
                                         "| b.md | Revenue Audit Office | Report | 2025 | Official audit report |\n",
                                         encoding="utf-8")
    text = "We estimate that losses reached 640 million talders.\n\nWe also understand that 17 complaints were ignored.\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    (tmp_path / "b.md").write_text(text.replace("640", "520").replace("17", "12"), encoding="utf-8")
    out = tmp_path / "ref.toml"
    done = subprocess.run([sys.executable, "-m", "lint", "reference", "build", str(tmp_path), "-o", str(out), "-q"],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    hedged = {c.value: c.hedged for t in refdata.load(out).topics for c in t.claims}
    assert hedged["640 million"] and hedged["17"]
    assert not hedged["520 million"] and not hedged["12"]


@pytest.mark.parametrize("sentence", [
    "Across all affected farms, we put the total loss at around 14 million talders.",
    "We also **estimate** that the cost will be around 14 million talders.",
    "According to figures given to us by former staff, the loss came to around 14 million talders.",
])
def test_a_campaigning_bodys_own_valuing_and_what_people_passed_it_are_alleged(tmp_path, sentence):
    """A union's "we put the loss at", its bold "**estimate**" and figures "given to us" are its allegations, as its
    "We estimate that" is; the same words in an official report state the figure."""
    head = "| file | publisher | title | date | kind |\n|---|---|---|---|---|\n"
    (tmp_path / "SOURCES.md").write_text(head + "| a.md | Farmers' Union | Statement | 2025 | Union statement |\n"
                                         "| b.md | Revenue Audit Office | Report | 2025 | Official audit report |\n",
                                         encoding="utf-8")
    (tmp_path / "a.md").write_text(sentence + "\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(sentence.replace("14 million", "9 million") + "\n", encoding="utf-8")
    out = tmp_path / "ref.toml"
    done = subprocess.run([sys.executable, "-m", "lint", "reference", "build", str(tmp_path), "-o", str(out), "-q"],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    hedged = {c.norm.low: c.hedged for t in refdata.load(out).topics for c in t.claims}
    assert hedged[14_000_000] and not hedged[9_000_000]


@pytest.mark.parametrize(("text", "alleged", "stated"), [
    # a list's items
    ("We ran a survey of our members. **According to our survey of 112 respondents**:\n\n"
     "- 61% said they had seen claims approved despite warnings;\n"
     "- 44% said they would fear retaliation.\n\n"
     "The agency employs 2,400 people:\n\n- 300 of them work in refunds.\n",
     ["61%", "44%"], ["300"]),  # (a lead with no hedge of its own)
    # a table's rows
    ("We surveyed 412 staff. According to our survey:\n\n| Question | Yes |\n|---|---|\n"
     "| Reported a concern and got no answer | 64% |\n| Took part in a drill | 29% |\n\n"
     "The hospital's budget:\n\n| Year | Budget |\n|---|---|\n| 2023 | 41 million |\n",
     ["64%", "29%"], ["41 million"]),
    # ... but a table after a hedged list is not the list's
    ("According to our survey:\n\n- 44% said they feared retaliation;\n- 61% saw warnings ignored.\n\n"
     "| Year | Budget |\n|---|---|\n| 2023 | 41 million |\n",
     ["44%", "61%"], ["41 million"]),
    # a campaigning body's table, led by a paragraph that hedges it, colon or not (its own tables of record are not)
    ("We interviewed 212 workers. The sample is not random, and our figures are only indicative.\n\n"
     "| Question (212 respondents) | Yes |\n|---|---|\n| Worked more than 50 hours a week | 61% |\n\n"
     "The firm's accounts were filed in March.\n\n| Year | Turnover |\n|---|---|\n| 2023 | 41 million |\n",
     ["61%"], ["41 million", "212"]),  # (the header names the columns: it alleges nothing)
    # a table led by its survey's respondents, no hedge word else
    ("Of the 212 survey respondents:\n\n| Question | Share answering yes |\n|---|---|\n"
     "| Asked to sign off work not done | 64% |\n\nThe network's budget:\n\n| Year | Budget |\n|---|---|\n"
     "| 2023 | 41 million |\n",
     ["64%"], ["41 million"]),
], ids=["list", "table", "table-after-a-list", "table-after-a-paragraph", "table-of-survey-respondents"])
def test_a_list_or_table_whose_lead_hedges_it_is_alleged_item_by_item(tmp_path, text, alleged, stated):
    out = built_from_folder(tmp_path, ["a.md | Staff Rights Alliance | Survey | | 2025"], {"a.md": text})
    hedged = {c.value: c.hedged for t in refdata.load(out).topics for c in t.claims}
    assert all(hedged[v] for v in alleged)
    assert not any(hedged[v] for v in stated)


DAM_REPORT = ("The collapse of the Morrow Dam killed 132 people in the valley in October 2022, and 21 are still "
              "missing.\nThe dam was built in 2014 by a state firm.\n")


@pytest.mark.parametrize(("other", "disputed"), [("141", True), ("230", False)])
def test_near_values_told_in_a_few_shared_words_are_one_disputed_point(other, disputed):
    """'killed 132 people' and 'By our count ... 141 people died': few words shared, but a value this near
    the other is likelier the same point disputed; 230 against 132 is not near, and needs the words of one point."""
    feature = f"By our count, drawn from burial records, {other} people died when the dam failed.\n" \
              "The dam was built in 2014 by a state firm.\n"
    ref, _ = build({"alpha.txt": DAM_REPORT, "beta.txt": feature})
    assert contested_values(ref, Kind.FIGURE) == ([["132", other]] if disputed else [])


@pytest.mark.parametrize(("alpha", "beta", "disputed"), [
    # one event's count, however else the words differ
    ("Besides the 132 dead, 21 people are still missing after the dam failed.",
     "The paper's own count, compiled from burial records, puts the number of people killed in the disaster at 141.",
     ["132", "141"]),
    # one thing counted by name, no event telling them apart
    ("The trial of Maskan ran to 23 hearings.",
     "From 4 February to 20 May 2025 the Court holds 26 hearings and examines 49 witnesses.", ["23", "26"]),
])
def test_near_counts_of_one_thing_are_one_disputed_point_in_few_shared_words(alpha, beta, disputed):
    ref, _ = build({"alpha.txt": alpha + "\n", "beta.txt": beta + "\n"})
    assert disputed in contested_values(ref, Kind.FIGURE)


def test_near_counts_of_two_things_one_event_befell_are_two_points():
    # "Floods killed 132 people", "141 passengers died": one event, two things counted
    ref, _ = build({"alpha.txt": "Floods in the north killed 132 people last spring.\n",
                    "beta.txt": "A ferry sank off Dunmor in March; 141 passengers died.\n"})
    assert contested_values(ref, Kind.FIGURE) == []


def test_near_small_counts_of_one_thing_need_the_words_of_one_point():
    # "Six died" and "seven were killed": a story's small counts are many, and these share too few words
    ref, _ = build({"alpha.txt": "Six died when the cabin fell, the inspectorate found.\n",
                    "beta.txt": "Relatives say seven were killed in the building that winter.\n"})
    assert contested_values(ref, Kind.FIGURE) == []


SHELTER_REPORT = ("When inspectors visited the nine shelters, the shelters had 2,310 residents on their lists. "
                  "Inspectors counted 1,487 people actually living in the shelters.\n")


@pytest.mark.parametrize(("listed", "disputed"), [("2,310", True), ("2,900", False)])
def test_near_values_told_beside_the_same_telling_figure_are_one_disputed_point(listed, disputed):
    """'the shelters had 2,310 residents on their lists. Inspectors counted 1,487' and 'The lists showed 2,310
    residents ... sheets record 1,560': told in other words, but each beside the same 2,310, in one place of one
    story; beside another figure, the words alone decide (and are too few)."""
    feature = (f"The shelters' lists showed {listed} residents that morning. Our reporters obtained the sign-in "
               "sheets, which record 1,560 people sleeping in the shelters.\n")
    ref, _ = build({"alpha.txt": SHELTER_REPORT, "beta.txt": feature})
    assert (["1,487", "1,560"] in contested_values(ref, Kind.FIGURE)) is disputed


@pytest.mark.parametrize(("listed", "disputed"), [("42", True), ("12", False)])
def test_counts_of_one_thing_beside_the_same_telling_figure_are_one_disputed_point(listed, disputed):
    """'23,460 members, 37 branches in 9 provinces' and 'had 42 branches across the east ... and 23,460
    members': the thing counted is the point, not a unit two parts share; a count three times away is another."""
    ref, _ = build({"alpha.txt": "At the time of its failure the cooperative had 23,460 members, 37 branches in 9 "
                                 "provinces and 286 employees.\n",
                    "beta.txt": f"By the time it collapsed, the cooperative had {listed} branches across the east "
                                "of the country and 23,460 members.\n"})
    assert (["37", listed] in contested_values(ref, Kind.FIGURE)) is disputed


def test_a_group_sharing_a_claims_rarest_word_is_a_candidate_though_others_share_more_words():
    """Six groups share two common words with the claim ("members", "cooperative"), one shares its rarest
    ("branches"): the six fill the candidates found by the number of words shared, the seventh is found by
    their weight; and a group is counted once per word, however many of its members use it."""
    def fresh(value, source, local, line):
        return build_module.Fresh(claim=RefClaim(str(value), Figure(value, value), source, line), kind=Kind.FIGURE,
                                  block=(Kind.FIGURE, "count"), local=local, sentence=local)

    decoys = [fresh(1200 + 100 * i, "alpha", f"coperativ memb count @{2015 + i}", i + 1) for i in range(6)]
    branches = fresh(37, "alpha", "branc provinc", 8)
    claim = fresh(42, "beta", "memb coperativ branc", 1)
    members = [*decoys, branches, claim]
    grouping = build_module._Grouping(build_module._Closeness(members), build_module._Mates(members))
    for f in [*decoys, branches]:
        grouping.place(f, disputes=True)
    grouping.place(fresh(1250, "gamma", "coperativ memb count @2015", 2), disputes=True)  # joins the first decoy
    assert len(grouping.groups) == 7
    assert all(len(postings) == len(set(postings)) for postings in grouping.index[claim.block].values())
    branches_group = next(i for i, g in enumerate(grouping.groups) if branches in g.members)
    candidates = []  # the groups the claim is scored against
    real_best = grouping.closeness.best

    def best(f, sample):
        candidates.append(next(i for i, g in enumerate(grouping.groups) if g.sample is sample))
        return real_best(f, sample)

    grouping.closeness.best = best
    grouping._scores(claim)
    assert branches_group in candidates


def test_two_parts_told_beside_the_same_total_are_two_points():
    """'Road repairs get 6.2 million lirats', 'New school buildings will take 7.4 million lirats', each beside the
    budget of 48.6 million: two parts of one total, whose clauses share no word but what they count."""
    ref, _ = build({"alpha.txt": "The council approved a budget of 48.6 million lirats. Road repairs get 6.2 million "
                                 "lirats.\n",
                    "beta.txt": "The council approved a budget of 48.6 million lirats. New school buildings will take "
                                "7.4 million lirats.\n"})
    assert contested_values(ref, Kind.FIGURE) == []


@pytest.mark.parametrize(("alpha", "beta"), [
    # a count of those an event befell, and a count of all: a part and its whole
    ("The Saskia ferry capsized on Lake Orvel in a storm, and 27 passengers died.",
     "The Saskia ferry was carrying 31 passengers when it capsized on Lake Orvel."),
    # a place's opening and its closing
    ("The Orvel clinic opened in January 2021 after two years of building work.",
     "The Orvel clinic was closed by inspectors in March 2021 after two years of complaints."),
])
def test_near_values_of_two_points_are_not_one_disputed_point(alpha, beta):
    ref, _ = build({"alpha.txt": alpha + "\n", "beta.txt": beta + "\n"})
    assert contested_values(ref, Kind.FIGURE) + contested_values(ref, Kind.DATE) == []


@pytest.mark.parametrize(("a", "b", "near"), [
    (Figure(132, 132, "count"), Figure(141, 141, "count"), True),
    (Figure(245_000, 245_000, "currency:EUR"), Figure(310_000, 310_000, "currency:EUR"), True),
    (Figure(132, 132, "count"), Figure(230, 230, "count"), False),
    (Figure(118, 118, "km/h"), Figure(80, 80, "km/h"), False),  # a third apart: further than disputed tellings are
    (Figure(100, 200, "count"), Figure(150, 150, "count"), False),  # a range is never near by this test
    (Penalty("prison", "exact", 72, 72), Penalty("prison", "exact", 84, 84), True),
    (Penalty("prison", "exact", 72, 72), Penalty("ban", "exact", 84, 84), False),
    (Penalty("prison", "up-to", None, 120), Penalty("prison", "up-to", None, 144), False),
    (Penalty("fine", "exact", 4.5e6, 4.5e6, "EUR"), Penalty("fine", "exact", 4e6, 4e6, "EUR"), True),
    (DateValue("2023-11-09", "2023-11-09", "day"), DateValue("2023-11-12", "2023-11-12", "day"), True),
    (DateValue("2023-11-09", "2023-11-09", "day"), DateValue("2024-03-12", "2024-03-12", "day"), False),
    (DateValue("2023-01-01", "2023-01-31", "month"), DateValue("2023-02-01", "2023-02-28", "month"), True),
    (DateValue("2021-01-01", "2021-12-31", "year"), DateValue("2022-01-01", "2022-12-31", "year"), False),
    # clock times half an hour apart at most: one moment, told from two records
    (DateValue("0000-01-01T10:47", "0000-01-01T10:47", "time"), DateValue("0000-01-01T10:52", "0000-01-01T10:52",
                                                                          "time"), True),
    (DateValue("0000-01-01T10:47", "0000-01-01T10:47", "time"), DateValue("0000-01-01T14:05", "0000-01-01T14:05",
                                                                          "time"), False),
    (DateValue("0000-01-01T23:50", "0000-01-01T23:50", "time"), DateValue("0000-01-01T00:10", "0000-01-01T00:10",
                                                                          "time"), True),  # across midnight
])
def test_near_tellings(a, b, near):
    from lint.disputes import near_tellings

    assert near_tellings(a, b) is near
    assert near_tellings(b, a) is near



def test_a_term_asked_for_is_judged_on_the_terms_asked_for_not_on_those_given():
    """"Prosecutors had asked for nine years behind bars", where the sources say the prosecution sought eight years
    and the court gave six: the draft's few words find the term asked for (both say "^asked"), which no source puts
    at nine."""
    from lint.context import qualifiers

    court = ("The Corvessa Regional Court sentenced Bertil Aumont, the operations manager, to six years in prison "
             "for negligent homicide.\n\nThe court also banned him from management posts for five years.\n")
    wire = ("Aumont, the operations manager, was jailed for six years on Thursday.\n\nProsecutors had sought "
            "eight years in prison for Aumont, who plans to appeal.\n\nProsecutors said the pumps had failed 40 times "
            "in 2023. Prosecutors said 312 alarms were ignored.\n")
    ref, _ = build({"court.txt": court, "wire.txt": wire})
    draft = "Aumont was jailed for six years. Prosecutors had asked for nine years behind bars."
    claims = {c.claim.text: c for c in lint_text(draft, "draft.md", ref, load_pack()).claims}
    assert claims["six years"].verdict is Verdict.SUPPORTED
    assert claims["nine years behind bars"].verdict is Verdict.MISMATCH
    asked = claims["nine years behind bars"].claim
    assert "^asked" in qualifiers(asked, (), asked.sentence[: asked.start - asked.sentence_start])
    given = claims["six years"].claim
    assert "^asked" not in qualifiers(given, (), given.sentence[: given.start - given.sentence_start])
    # the term asked for, told right, is supported
    told_right = lint_text(draft.replace("nine", "eight"), "draft.md", ref, load_pack()).claims
    assert {c.claim.text: c.verdict for c in told_right}["eight years behind bars"] is Verdict.SUPPORTED


def test_a_source_joins_a_side_of_a_dispute_its_value_is_already_on(tmp_path):
    """The audit's "873 children" and the paper's 912 make a disputed point; the wire's bare "Inspectors found 873"
    joins the audit's side of it (its very value, another source's), not a topic of its own where a draft
    giving 873 would look settled."""
    out = built_from_folder(tmp_path, ["a.md | National Inspectorate | Audit | | 2023",
                                       "b.txt | Press Agency | Wire | | 2024",
                                       "c.md | The Ledger | Feature | | 2024"], {
        "a.md": "On the day of the census, the fourteen homes together listed 1,240 children on their registers. "
                "Inspectors counted 873 children living there or absent on authorised leave.\n",
        "b.txt": "When 40 inspectors made a surprise visit to the 14 homes in November, the registers listed 1,240 "
                 "children. Inspectors found 873.\n",
        "c.md": "By the day of the inspectors' visit, the fourteen homes listed 1,240 children. The Ledger has seen the "
                "raw census sheets, which record 912 children present or on authorised leave.\n"})
    holding = [sorted(c.value for c in t.claims) for t in refdata.load(out).topics
               if any(c.value in ("873", "912") for c in t.claims)]
    assert holding == [["873", "873", "912"]]


@pytest.mark.parametrize(("text", "claim", "approx"), [
    ("Bottles sold for as much as SVC 4,000 each.", "as much as SVC 4,000", "up-to"),
    ("The repairs cost **about SVC 18.6 million**.", "about SVC 18.6 million", "about"),
    ("The repairs cost SVC 18.6 million.", "SVC 18.6 million", None),
    ("Bids ran between SVC 5 million and SVC 8 million.", "between SVC 5 million and SVC 8 million", None),
])
def test_an_amount_after_a_code_the_sources_taught_takes_in_the_code_and_its_approximation(text, claim, approx):
    """"as much as SVC 4,000": the approximation before the code bounds the amount, as it would before "$4,000"."""
    read = extract_claims(parse_document(text, "t.md"), load_pack(), {"SVC": "currency:CROWNS"})
    assert [(c.text, c.value.approx, c.value.unit) for c in read] == [(claim, approx, "currency:CROWNS")]


@pytest.mark.parametrize(("text", "claim", "fine"), [
    ("That comes on top of the SVC 4.8 million administrative fine the agency imposed.",
     "SVC 4.8 million administrative fine", True),
    ("The regulator fines NWC a record SVC 18.5 million.", "SVC 18.5 million", True),
    ("The court fined Solvera SVC 4.6 million.", "SVC 4.6 million", True),
    # not an amount beside a fine that is not its own
    ("It was fined for breaches and paid SVC 2 million.", "SVC 2 million", False),
    ("The SVC 4.8 million fine-free period ended.", "SVC 4.8 million", False),
])
def test_a_fine_in_a_code_the_sources_taught_is_read_by_its_word_or_its_verb(text, claim, fine):
    """The patterns run before a draft's taught codes are applied: "the SVC 4.8 million administrative fine" is still a
    fine, as "the EUR 4.8 million fine" is."""
    read = extract_claims(parse_document(text, "t.md"), load_pack(), {"SVC": "currency:CROWNS"})
    assert [c.text for c in read] == [claim]
    assert read[0].value == (Penalty("fine", "exact", read[0].value.low, read[0].value.low, "CROWNS") if fine
                             else Figure(read[0].value.low, read[0].value.low, "currency:CROWNS"))


def test_a_draft_writes_a_code_the_sources_define_for_their_currency(tmp_path):
    """"All sums are in Orvantine marks (ORM)": the sources' "ORM 4.6 million" is marks, and so is a draft's."""
    from lint.engine import lint_text
    from lint.model import Verdict

    out = built_from_folder(tmp_path, ["a.txt | Public Subsidies Inspectorate | Review | | May 2024"], {
        "a.txt": "All sums are in Orvantine marks (ORM).\n\nThe court fined Barvik 250,000 marks. The court fined "
                 "Stenner 40,000 marks.\n\nThe loss to the public purse is estimated at ORM 4.6 million.\n"})
    for draft, verdict in [("The loss to the public purse was ORM 4.6 million.", Verdict.SUPPORTED),
                           ("The loss to the public purse was ORM 5.1 million.", Verdict.MISMATCH)]:
        result = lint_text(draft, "d.md", refdata.load(out), load_pack())
        assert [(c.claim.value.unit, c.verdict) for c in result.claims] == [("currency:MARKS", verdict)]


def test_a_currency_name_glossing_a_coded_amount_is_that_currency_in_sources_and_drafts(tmp_path):
    """"TLR 6.8 million (Taldorian tal)": a name with no plural is counted by no noun, and one fine alone does not teach
    it; glossed so, a source's "1.5 million tal" is the tal, and so is a draft's."""
    from lint.engine import lint_text
    from lint.model import Verdict

    out = built_from_folder(tmp_path, ["a.txt | Food Standards Authority | Report | | May 2024",
                                       "b.txt | Northgate Wire | News | | June 2024"], {
        "a.txt": "Buyers paid TLR 6.8 million (Taldorian tal) for the bottles. The inquiry cost TLR 410,000.\n",
        "b.txt": "The judge fined him 1.2 million tal. He reportedly moved about 1.5 million tal abroad. The court "
                 "confiscated 860,000 tal from his accounts.\n"})
    reference = refdata.load(out)
    moved = [c for t in reference.topics for c in t.claims if c.value == "about 1.5 million"]
    assert [currency_unit(c.norm) for c in moved] == ["currency:TLR"]
    for draft, verdict in [("He moved 1.5 million tal abroad.", Verdict.HEDGE),
                           ("He moved TLR 1.5 million abroad.", Verdict.HEDGE),
                           ("The court confiscated 960,000 tal from his accounts.", Verdict.MISMATCH)]:
        result = lint_text(draft, "d.md", reference, load_pack())
        assert [(currency_unit(c.claim.value), c.verdict) for c in result.claims] == [("currency:TLR", verdict)], draft
    # a bracket after a coded amount that is no currency's name teaches nothing ("(Merovian households)")
    from lint.build import learned_currencies

    pack = load_pack()
    docs = [parse_document("Aid of TLR 6.8 million (Taldorian households) was paid. It cost TLR 410,000.", "s.md")]
    assert "households" not in learned_currencies([c for d in docs for c in extract_claims(d, pack, guess_currencies=True)],
                                                  [d.text for d in docs])


def test_a_currency_word_a_fine_closes_with_teaches_the_draft_too():
    """"fined 1.2 million crowns" and "a claim of about 4 million crowns", both MVC in the reference: the word closing the
    fine's own words counts as one written after an amount, so a draft's "4 million crowns" is money as the sources'
    is."""
    from lint.engine import lint_text
    from lint.model import Reference, Source, Topic

    wire = Source("wire", "Verdict", "Press Agency", path="w.txt")
    reference = Reference(sources=(wire,), topics=(
        Topic("fine", Kind.PENALTY, "company fined",
              (RefClaim("fined 1.2 million crowns", Penalty("fine", "exact", 1_200_000, 1_200_000, "MVC"), "wire", 19,
                        evidence="the company was fined 1.2 million crowns and ordered"),), keywords=("company", "fined")),
        Topic("claim", Kind.FIGURE, "insurer claim refused",
              (RefClaim("about 4 million", Figure(4_000_000, 4_000_000, "currency:MVC", approx="about"), "wire", 31,
                        evidence="pay a claim of about 4 million crowns lodged by"),),
              keywords=("insurer", "claim", "refused", "pay")),
    ))
    result = lint_text("The insurer has refused to pay the company's claim of about 4 million crowns.", "d.md",
                       reference, load_pack())
    assert [currency_unit(c.claim.value) for c in result.claims] == ["currency:MVC"]


def test_a_part_told_after_its_whole_is_not_the_wholes_point_for_a_vague_telling():
    """"3,870 forged cards, 2,410 of them in the names of dead people": the 2,410 is the deceased's count (a slip of
    the source's 2,140), though another source's "thousands of forged cards" takes in both numbers."""
    from lint.engine import lint_text
    from lint.model import Verdict

    ref, _ = build({
        "audit.txt": "The inspectorate identified 3,870 forged ration cards. Of the forged cards, 2,140 carried the "
                     "identity numbers of deceased persons.\n",
        "wire.txt": "The scheme used thousands of forged ration cards, the inspectorate said. It identified 3,870 "
                    "forged ration cards, many in the names of dead people.\n"})
    draft = "The inspectorate identified 3,870 forged ration cards, 2,410 of them registered in the names of dead people."
    result = lint_text(draft, "d.md", ref, load_pack())
    assert [(c.claim.text, c.verdict) for c in result.claims] == [("3,870", Verdict.SUPPORTED),
                                                                   ("2,410", Verdict.MISMATCH)]


def test_a_credit_to_a_body_that_gives_the_value_nowhere_stays_an_attribution():
    """"Even the inspectorate concedes that more than 200 patients may have been infected": the union's estimate,
    credited to the inspectorate; a topic of the inspectorate's where the bound takes in its figure (8,120 patients
    tested) is no point the draft means."""
    from lint.engine import lint_text
    from lint.model import Verdict

    ref, _ = build({
        "inspectorate.txt": "Inspectorate report.\n\nIn December the inspectorate traced 8,120 patients who had "
                            "received the plasma and had them tested. The official figure is 70 confirmed "
                            "infections.\n",
        "union.txt": "Union statement.\n\nWe estimate that more than 200 patients may have been infected by the "
                     "plasma once untraced recipients are taken into account.\n"})
    draft = "Even the inspectorate concedes that more than 200 patients may have been infected by the plasma."
    result = lint_text(draft, "d.md", ref, load_pack())
    assert [(c.claim.text, c.verdict) for c in result.claims] == [("more than 200", Verdict.ATTRIBUTION)]


def test_a_round_value_a_topic_gives_is_no_vague_telling_a_sibling_takes():
    """"The inspectorate said 40 people died ..., though relatives say 50 died": each value its own source's, however
    round; neither is moved off its topic for its sibling's."""
    from lint.engine import lint_text
    from lint.model import Verdict

    ref, _ = build({"inspectorate.txt": "The inspectorate said 40 people died in the collapse of the Velmora mine.\n",
                    "relatives.txt": "Relatives of the miners say 50 people died in the collapse of the Velmora mine.\n"})
    draft = "The inspectorate said 40 people died in the collapse of the Velmora mine, though relatives say 50 died."
    result = lint_text(draft, "d.md", ref, load_pack())
    assert Verdict.UNSUPPORTED not in [c.verdict for c in result.claims if c.claim.text in ("40", "50")]


def test_a_reference_built_before_fractions_were_read_keeps_its_keys_and_learns_them_on_rebuild():
    # a figure told as a fraction is now read as one (Figure.fraction): its key is the same as before, and a rebuild
    # of a reference that lacks the flag takes it, reporting no change, as nothing curated is lost
    sources = {"union.txt": "Nearly two-thirds of the 480 members we surveyed were paid late.\n"}
    ref, _ = build(sources)
    share = next(c for t in ref.topics for c in t.claims if c.value.startswith("Nearly two-thirds"))
    assert share.norm.fraction
    older = replace(ref, topics=tuple(replace(t, claims=tuple(
        replace(c, norm=replace(c.norm, fraction=False)) if c.key == share.key else c for c in t.claims))
        for t in ref.topics))
    again, report = build(sources, older)
    rebuilt = next(c for t in again.topics for c in t.claims if c.key == share.key)
    assert rebuilt.norm.fraction
    assert not report.changed


def test_a_corrected_fine_disputes_the_fine_imposed_not_the_laws_maximum_it_falls_under(tmp_path):
    """"shows Vesk's fine as KVL 350,000, not the 250,000 vells reported": the paper disputes the exact fine the court
    and the wire give, not the law's "fine of up to KVL 500,000" (which 250,000 agrees with, being under it)."""
    out = built_from_folder(tmp_path, ["report.md | Air Safety Board | Final report | | 2 May 2024",
                                       "wire.txt | Kastavian Wire | Balloon operator jailed | | 3 June 2024",
                                       "court.md | Regional Court | Judgment summary | | 3 June 2024",
                                       "paper.md | The Ledger | The order nobody read | | 9 January 2025"], {
        "report.md": "# Report\n\n- **Article 347 of the Penal Code**: forging an official document, punishable by one "
                     "to six years' imprisonment or a fine of up to 500,000 Kastavian vells (KVL).\n",
        "wire.txt": "Oren Vesk, who ran the tour firm, was also fined 250,000 vells and banned from aviation for ten "
                    "years.\n",
        "court.md": "# Judgment\n\n| Charge | Provision | Range |\n|---|---|---|\n| Forging an official document "
                    "| Penal Code, Article 347 | 1 to 6 years' imprisonment or a fine of up to KVL 500,000 |\n\n"
                    "**Oren Vesk** was sentenced to nine years' imprisonment, a fine of KVL 250,000 and a ban of ten "
                    "years.\n",
        "paper.md": "# The order\n\nThe certified order gives Vesk's fine for forging an official document as KVL "
                    "350,000, not the 250,000 vells reported at the time.\n",
    })
    ref = refdata.load(out)
    fines = [sorted(c.value for c in t.claims) for t in ref.topics if any("500,000" in c.value for c in t.claims)]
    assert len(fines) == 1 and not any("350,000" in v for v in fines[0])  # the law's maximum stands alone
    imposed = topic_with(ref, "350,000")
    assert imposed.contested and sum("250,000" in c.value for c in imposed.claims) == 2


def test_a_correction_disputes_a_bound_given_at_its_very_number(tmp_path):
    """"7.1 million, not the 6.4 million the court found": the court's "at least 6.4 million" is that 6.4 million,
    told as a bound; the paper's correction is of that point."""
    out = built_from_folder(tmp_path, ["court.md | Regional Court | Judgment summary | | 3 June 2024",
                                       "paper.md | The Ledger | The money trail | | 9 January 2025"], {
        "court.md": "# Judgment\n\nThe ring made betting profits of at least 6.4 million grivels from the fixed "
                    "races.\n",
        "paper.md": "# The money trail\n\nBank records show the ring's betting profits from the fixed races came to "
                    "7.1 million grivels, not the 6.4 million the court found.\n",
    })
    profits = topic_with(refdata.load(out), "7.1 million")
    assert sorted(c.value for c in profits.claims) == ["7.1 million", "at least 6.4 million"]


LEDGER_DISPUTE = {
    "audit.txt": "The auditors find that 63.4 kilometres the contractor billed for were never resurfaced.\n",
    "court.txt": "The court found that the firm billed the roads agency for 63.4 kilometres of road it never "
                 "resurfaced.\n",
    "wire.txt": "Prosecutors relied on an audit showing that 63.4 km of the billed roads had not been resurfaced.\n",
    "ledger.txt": "Officially the matter was settled: 63.4 kilometres of asphalt paid for and never laid.\n\n"
                  "Counting the access spurs, our reporters found 81 kilometres of road paid for and never laid, "
                  "not 63.4.\n",
}


def test_a_value_a_source_names_only_to_reject_it_is_marked_so():
    ref, _ = build(LEDGER_DISPUTE)
    ledger = [c for t in ref.topics for c in t.claims if c.source.startswith("ledger")]
    assert {(c.value, c.rejected) for c in ledger} == {("63.4", True), ("81", False)}, ledger
    # every telling of 63.4 is one point with the 81 that disputes it
    point = next(t for t in ref.topics if any(c.value == "81" for c in t.claims))
    assert {c.source.split("-")[0] for c in point.claims if c.value == "63.4"} >= {"audit", "court", "wire"}


@pytest.mark.parametrize("ledger", [
    LEDGER_DISPUTE["ledger.txt"],
    # the rejected value told in the very words of the point, so on the point itself
    "Officially, 63.4 kilometres of road were paid for and never laid. Counting the access spurs, our reporters "
    "found 81 kilometres of road paid for and never laid, not 63.4.\n",
])
def test_a_dissenter_naming_the_value_it_rejects_still_disputes_it(tmp_path, ledger):
    ref, _ = build({**LEDGER_DISPUTE, "ledger.txt": ledger})
    result = lint_text("The firm was paid for 63.4 kilometres of road that were never resurfaced.", "d.md", ref,
                       load_pack())
    assert [c.verdict for c in result.claims if c.claim.text.startswith("63.4")] == [Verdict.CONTESTED]
    # and the mark survives writing the reference and reading it back
    path = tmp_path / "reference.toml"
    path.write_text(refdata.dumps(ref), encoding="utf-8")
    again = refdata.load(path)
    assert any(c.rejected for t in again.topics for c in t.claims)


def test_a_value_a_dissenter_credits_to_another_body_does_not_make_it_a_giver():
    """The paper tells the inspectorate's 212 as the inspectorate's ("says"), on the inspectorate's point, and counts
    247 itself: its own count disputes the wire's 212 on the point the two tell alike."""
    ref, _ = build({
        "inspectorate.txt": "In all, 212 children met the outbreak case definition at 14 kindergartens.\n",
        "wire.txt": "Tainted lunches made 212 kindergarten children ill, the court found on Thursday.\n",
        "paper.txt": "The inspectorate says 212 children met its outbreak case definition at 14 kindergartens.\n\n"
                     "Counting the suburbs, tainted lunches made 247 kindergarten children ill.\n",
    })
    result = lint_text("Tainted lunches made 212 kindergarten children ill.", "d.md", ref, load_pack())
    assert [c.verdict for c in result.claims if c.claim.text.startswith("212")] == [Verdict.CONTESTED]


@pytest.mark.parametrize(("a", "b", "side_by_side"), [
    (18400.0, 26012.0, True), (63.4, 81.0, True), (11.0, 22.0, False), (1.4e6, 2.4e6, False),
])
def test_values_a_source_sets_side_by_side_may_lie_further_apart_than_near_tellings(a, b, side_by_side):
    from lint.disputes import near_tellings, tellings_set_side_by_side

    x, y = Figure(a, a), Figure(b, b)
    assert tellings_set_side_by_side(x, y) is side_by_side
    assert not near_tellings(x, y) or side_by_side


def test_a_provision_a_source_rules_out_is_the_one_its_own_disputes():
    """"cited Article 21, not Article 18": the paper's 21 disputes the 18 the others cite, on whatever words; a draft
    ruling a provision out makes no claim of it."""
    ref, _ = build({
        "ombudsman.txt": "All 38 warrants were sought from magistrates under Article 18 of the Surveillance Act.\n",
        "wire.txt": "The report found the warrants had been obtained under Article 18 of the Surveillance Act.\n",
        "ledger.txt": "We have copies of 11 of the applications. Every one cites Article 21, not Article 18, the "
                      "national-security ground.\n",
    })
    assert [sorted(set(values)) for values in contested_values(ref, Kind.STATUTE)] == [["Article 18 of the "
                                                                                       "Surveillance Act",
                                                                                       "Article 21"]]
    draft = lint_text("The warrants cited Article 21, not Article 18.", "d.md", ref, load_pack())
    assert [c.claim.text for c in draft.claims] == ["Article 21"]


def test_two_documents_lengths_in_pages_are_two_points():
    """The board's annexes of 186 pages and the court's judgment of 164 pages: each document's own length, never one
    point the two sources dispute."""
    assert_two_points(Kind.FIGURE,
                      "Board report.\n\nThe full technical annexes (186 pages) are available from the Board.\n",
                      "Court summary.\n\nThe written judgment, of 164 pages, will be served within 30 days.\n")


def test_a_recording_is_a_sources_own_evidence():
    """"The paper's audio recording of the verdict has the judge sentencing her to four years": told from the paper's
    own evidence, which may stand beside the term others agree on as the other side of that point."""
    fresh = build_module.fresh_claims(texts_for({"herald.txt": "Herald.\n\nThe paper's audio recording of the verdict "
                                                 "has Judge Holst sentencing Sorvik to four years.\n"}))
    assert [f.evidenced for f in fresh if f.claim.value == "four years"] == [True]


def test_a_count_of_its_own_thing_answers_an_accounts_count_told_beside_it():
    """"The Authority's report says 246 guests were on site. The caterer's final invoice ... charges for 271 dinner
    covers served on site": the paper sets its count against the account's, one point in two nouns; a count far off
    answers nothing."""
    report = "Report.\n\nOn the night, 246 guests were on site at the manor.\n"
    ledger = ("Ledger.\n\nThe Authority's report says 246 guests were on site. The caterer's final invoice, which the "
              "Ledger has seen, charges for 271 dinner covers served on site.\n")
    ref, _ = build({"report.txt": report, "ledger.txt": ledger})
    assert [sorted(values) for values in contested_values(ref, Kind.FIGURE)] == [["246", "271"]]
    far = ledger.replace("271 dinner covers", "1,271 dinner covers")
    assert contested_values(build({"report.txt": report, "ledger.txt": far})[0], Kind.FIGURE) == []


def test_an_age_told_as_a_bare_number_is_answered_by_the_persons_age():
    """"Every official document describes the injured girl as 17 ... On 14 March 2023 she was 16": the account's bare
    17 is the girl's age, which the paper answers."""
    report = "Report.\n\nThe burns were suffered by a 17-year-old customer of the salon.\n"
    ledger = ("Ledger.\n\nEvery official document describes the injured girl as 17. Her birth certificate, which her "
              "family showed us, gives a date of birth in June 2006. On 14 March 2023 she was 16.\n")
    ref, _ = build({"report.txt": report, "ledger.txt": ledger})
    assert [sorted(values) for values in contested_values(ref, Kind.FIGURE)] == [["16", "17-year-old"]]


def test_a_written_order_that_gives_another_length_disputes_the_ban():
    """"The press summary says Vrell was banned from running a company for 10 years. The written disqualification
    order ... gives a period of seven years": the order's length is the ban's, set against the summary's."""
    court = "Court.\n\nVrell was banned from running a company for 10 years.\n"
    ledger = ("Ledger.\n\nThe press summary says Vrell was banned from running a company for 10 years. The written "
              "disqualification order, a copy of which the Ledger has seen, gives a period of seven years.\n")
    ref, _ = build({"court.txt": court, "ledger.txt": ledger})
    assert [sorted(values) for values in contested_values(ref, Kind.PENALTY)] == [["10 years", "seven years"]]


def test_an_age_in_bold_after_he_was_answers_the_accounts_age():
    """"The court summary gave Dr Marask's age as 58. ... He was **61** when sentenced": the words before the age
    are read across its bold."""
    court = "Court.\n\nDr Teodor Marask, aged 58, was convicted.\n"
    ledger = ("Ledger.\n\nThe court summary gave Dr Marask's age as 58. The national register records his date of "
              "birth as 11 November 1962. He was **61** when sentenced.\n")
    ref, _ = build({"court.md": court, "ledger.md": ledger})
    assert [sorted(values) for values in contested_values(ref, Kind.FIGURE)] == [["61", "aged 58"]]


def test_an_age_worked_out_to_a_death_answers_an_official_age():
    """"Every official document gives his age as 71. The civil registry records his birth on 6 August 1949, which
    made him 74 when he died": the age worked out is the paper's answer."""
    report = "Report.\n\nAldo Pruitt, 71, died in his flat.\n"
    ledger = ("Ledger.\n\nEvery official document gives his age as 71. The civil registry records his birth on 6 "
              "August 1949, which made him 74 when he died.\n")
    ref, _ = build({"report.txt": report, "ledger.txt": ledger})
    assert [sorted(values) for values in contested_values(ref, Kind.FIGURE)] == [["71", "made him 74"]]


def test_a_summary_recited_with_an_aside_is_answered_by_what_a_reporter_heard_in_court():
    """"The summary gives the technical manager's sentence as four years. Our reporter in court ... heard Judge
    Venlade pronounce a sentence of three years and six months": the term as the summary gives it, and as heard."""
    court = "Court.\n\nLio Varnath, technical manager, was sentenced to four years in prison.\n"
    ledger = ("Ledger.\n\nThe summary gives the technical manager's sentence as four years. Our reporter in court, and "
              "two others present, heard Judge Venlade pronounce a sentence of three years and six months on Lio "
              "Varnath, 38.\n")
    ref, _ = build({"court.txt": court, "ledger.txt": ledger})
    assert [sorted(values) for values in contested_values(ref, Kind.PENALTY)] == [
        ["four years in prison", "three years and six months"]]
    aside = ("Ledger.\n\nThe press summary, and reports based on it, say the former finance director received three "
             "years. Our reporter in court heard the judge pronounce a sentence of two years and six months.\n")
    court = "Court.\n\nThe former finance director was sentenced to three years in prison.\n"
    ref, _ = build({"court.txt": court, "ledger.txt": aside})
    assert [sorted(values) for values in contested_values(ref, Kind.PENALTY)] == [
        ["three years in prison", "two years and six months"]]


def test_the_papers_own_count_a_few_sentences_on_answers_official_figures():
    """"Official figures give 11 injured. The hospital treated 11. But four more ... Counting them, we put the number
    injured at 15": the paper's conclusion answers the account, past the hospital's count on the way."""
    report = "Report.\n\nEleven people were injured, 11 of them treated in hospital.\n"
    ledger = ("Ledger.\n\nOfficial figures give 11 injured. Varrowmere General Hospital treated 11. But four more "
              "people were taken by private car to a clinic, where records we have seen show them treated. Counting "
              "them, we put the number injured at 15.\n")
    ref, _ = build({"report.txt": report, "ledger.txt": ledger})
    assert ["11", "11", "15", "Eleven"] in [sorted(values) for values in contested_values(ref, Kind.FIGURE)]


def test_a_birth_everywhere_misdescribed_is_answered_by_the_age_on_the_registration():
    """"Ilsa has been described everywhere as 11. ... On 14 September 2024 she was **10 years old**"."""
    report = "Report.\n\nThe child who died, Ilsa Marren, was 11 years old.\n"
    ledger = ("Ledger.\n\nIlsa has been described everywhere as 11. Her birth registration shows that she was born on "
              "21 September 2013. On 14 September 2024 she was **10 years old**.\n")
    ref, _ = build({"report.md": report, "ledger.md": ledger})
    assert ["10 years old", "11 years old"] in [sorted(values) for values in contested_values(ref, Kind.FIGURE)]


def test_a_makers_plate_photographed_by_the_paper_answers_the_reports_year():
    """"The report says the boiler was manufactured in 1987. The manufacturer's plate, photographed by our reporters
    among the debris, reads 1983": the plate is the paper's evidence."""
    report = "Report.\n\nThe boiler was manufactured in 1987 and refitted later.\n"
    ledger = ("Ledger.\n\nThe report says the boiler was manufactured in 1987. The manufacturer's plate, photographed "
              "by our reporters among the debris, reads 1983.\n")
    ref, _ = build({"report.txt": report, "ledger.txt": ledger})
    assert [sorted(values) for values in contested_values(ref, Kind.DATE)] == [["1983", "1987"]]
    unseen = ledger.replace("The manufacturer's plate, photographed by our reporters among the debris, reads 1983",
                            "A second boiler was installed in 1983")
    assert contested_values(build({"report.txt": report, "ledger.txt": unseen})[0], Kind.DATE) == []


def test_numbers_listed_toward_a_total_are_parts_and_the_total_answers_the_account():
    """"The official figure of 212 live dogs ... The intake logs ... list 97, 83 and 58 dogs respectively: a total of
    238": the total answers the account, not the first part of it."""
    report = "Report.\n\nInspectors removed 212 live dogs from the farm.\n"
    ledger = ("Ledger.\n\nThe official figure of 212 live dogs has never been questioned. But the intake logs of the "
              "three shelters, which we obtained, list 97, 83 and 58 dogs respectively: a total of 238.\n")
    ref, _ = build({"report.txt": report, "ledger.txt": ledger})
    assert [sorted(values) for values in contested_values(ref, Kind.FIGURE)] == [["212", "238"]]


def test_a_summary_and_the_wire_told_together_are_the_account_a_written_order_answers():
    """"Both the court summary and the wire coverage say Mr Venkell was banned ... for 15 years. The written
    disqualification order ..., which we have seen, states a period of ten years"; and "The court summary and the wire
    reports describe Mr Venkell as 54 ... That made him 57 when he was sentenced"."""
    court = "Court.\n\nTomas Venkell, 54, was banned from keeping animals for 15 years.\n"
    ledger = ("Ledger.\n\nBoth the court summary and the wire coverage say Mr Venkell was banned from keeping animals "
              "for 15 years. The written disqualification order, sealed on 11 December and served on the "
              "Inspectorate, which we have seen, states a period of ten years.\n\nThe court summary and the wire "
              "reports describe Mr Venkell as 54. His entry in the company registry gives his date of birth as 3 "
              "February 1967. That made him 57 when he was sentenced.\n")
    ref, _ = build({"court.txt": court, "ledger.txt": ledger})
    assert [sorted(values) for values in contested_values(ref, Kind.PENALTY)] == [["15 years", "ten years"]]
    assert [sorted(values) for values in contested_values(ref, Kind.FIGURE)] == [["54", "made him 57"]]


def test_the_accounts_value_told_again_is_passed_over_for_the_answer_after_it():
    """"The MFEA report states that the clinic notified it on 20 March 2023. The letter is dated 20 March. But the
    register ... records it as received on 24 March 2023": the letter's date repeats the account; the register's
    answers it."""
    report = "Report.\n\nThe clinic notified the Authority on 20 March 2023, within the 72-hour limit.\n"
    ledger = ("Ledger.\n\nThe MFEA report states that the clinic notified it on 20 March 2023, within the 72-hour "
              "limit. The letter is dated 20 March. But the incoming-mail register, released to the Courier, records "
              "it as received on 24 March 2023.\n")
    ref, _ = build({"report.txt": report, "ledger.txt": ledger})
    assert [sorted(values) for values in contested_values(ref, Kind.DATE)] == [["20 March 2023", "24 March 2023"]]


def test_that_makes_a_total_is_the_papers_conclusion_a_few_sentences_on():
    """"The MFEA found nine cases ... two further families ... That makes at least **11** known cases": the paper's
    count answers the account, past the two further families on the way."""
    report = "Report.\n\nThe Authority found nine cases of a wrong embryo transfer.\n"
    ledger = ("Ledger.\n\nThe MFEA found nine cases in which a patient received another patient's embryo. Since the "
              "verdict, two further families have had DNA tests. A geneticist has confirmed both results to the "
              "Courier. That makes at least **11** known cases.\n")
    ref, _ = build({"report.md": report, "ledger.md": ledger})
    assert [sorted(values) for values in contested_values(ref, Kind.FIGURE)] == [["at least 11", "nine"]]


def test_an_alarm_log_answers_an_accounts_time_of_day_in_other_words():
    """"The Authority says the pump failed at 09:50. The control-room alarm log ... shows a pressure alarm at 09:21": a
    log records the moment itself, as footage does."""
    report = "Authority.\n\nThe feed pump at the mill failed at 09:50, the Authority found.\n"
    paper = ("Herald.\n\nThe Authority says the pump failed at 09:50. The control-room alarm log, which the Herald "
             "obtained from a former engineer, shows a pressure alarm at 09:21.\n")
    ref, _ = build({"report.txt": report, "paper.txt": paper})
    assert [sorted(values) for values in contested_values(ref, Kind.DATE)] == [["09:21", "09:50"]]


def test_a_value_the_paper_sets_in_bold_answers_an_account_in_other_words():
    """"The Board says 40 passengers were aboard. Counting the people visible in the photograph, our reporters found
    **52**": the paper's bold highlight is its answer, though it shares no word with the account."""
    report = "Board.\n\nThere were 40 passengers aboard the cable car when it stopped.\n"
    paper = ("Herald.\n\nThe Board says 40 passengers were aboard. Counting the people visible in the photograph, our "
             "reporters found **52**.\n")
    ref, _ = build({"report.md": report, "paper.md": paper})
    assert ["40", "52"] in [sorted(values) for values in contested_values(ref, Kind.FIGURE)]
    plain = paper.replace("**52**", "52")
    assert contested_values(build({"report.md": report, "paper.md": plain})[0], Kind.FIGURE) == []


def test_counts_adding_up_to_a_total_told_after_them_are_its_parts():
    """"... show 30 admissions at North General, 15 at St Clare's and 9 at the children's hospital: **54** in all": the
    total answers the account of 50, not its first part."""
    report = "Board.\n\nFifty people were admitted to hospital after the leak.\n"
    paper = ("Herald.\n\nBoth the Board and the court give 50 hospital admissions. Records from the three hospitals, "
             "which families shared with us, show 30 admissions at North General, 15 at St Clare's and 9 at the "
             "children's hospital: **54** in all.\n")
    ref, _ = build({"report.md": report, "paper.md": paper})
    disputed = [sorted(values) for values in contested_values(ref, Kind.FIGURE)]
    assert any("54" in values for values in disputed)
    assert not any("30" in values for values in disputed)


def test_an_age_turned_after_a_birth_told_answers_the_official_age():
    """"Every official document gives Mira Dalen's age as six. ... she was born on 3 May 2017 and had turned seven
    shortly before": the age she had turned is the paper's answer."""
    report = "Report.\n\nMira Dalen, aged 6, died in hospital.\n"
    paper = ("Herald.\n\nEvery official document gives Mira Dalen's age as six. Her parents showed the Herald her birth "
             "certificate: she was born on 3 May 2017 and had turned **seven** shortly before the fire.\n")
    ref, _ = build({"report.md": report, "paper.md": paper})
    assert ["aged 6", "turned seven"] in [sorted(values) for values in contested_values(ref, Kind.FIGURE)]


def test_a_sentence_telling_the_accounts_value_again_lends_its_words_to_the_answer_after_it():
    """"The Board reports 12 guards on duty. The company's rota, which we have seen, shows 12 guards rostered, but four
    called in sick. Only **eight** were working": the rota is the evidence the answer stands on."""
    report = "Board.\n\nTwelve guards were on duty at the stadium that night.\n"
    paper = ("Herald.\n\nThe Board reports 12 guards on duty. The company's rota, which we have seen, shows 12 guards "
             "rostered, but four called in sick that morning. Only **eight** were working when the crowd surged.\n")
    ref, _ = build({"report.md": report, "paper.md": paper})
    assert any("eight" in values for values in contested_values(ref, Kind.FIGURE))


def test_people_a_paper_interviewed_are_no_count_of_the_dead():
    """"Seven months after six people died ..., the Ledger ... interviewed 17 people, among them survivors": an
    interview is an event of its own, not another side of the toll."""
    report = "Authority.\n\nSix people died in the fire at the baths. The youngest was a 17-year-old student.\n"
    paper = ("Ledger.\n\nSeven months after six people died at the baths, the official account rests on one report. "
             "Over four months the Ledger obtained more than 900 pages of records and interviewed 17 people, among "
             "them survivors and firefighters.\n")
    ref, _ = build({"report.txt": report, "paper.txt": paper})
    assert contested_values(ref, Kind.FIGURE) == []


def test_a_point_is_named_after_its_first_telling_with_words_around_it_not_a_bare_table_cell():
    """A table's cell ("| Dead dogs found on site | 17 |") has no words of its own around its value: the point it
    opens is named after the prose that tells it too ("Of the 17 dead dogs ..."), which an editor reads and matching
    weighs."""
    ref, _ = build({"report.md": "Report.\n\n| Category | Number |\n|---|---|\n| Live dogs removed | 212 |\n"
                                 "| Dead dogs found on site | 17 |\n\nOf the 17 dead dogs, 11 were in a freezer.\n"})
    assert topic_with(ref, "17").subject == "figure: dead dogs"


def test_a_campaigning_bodys_own_review_of_records_is_its_finding_to_hedge(tmp_path):
    """"Our review of published inspection records found that only 4% ...": in an NGO's statement, its own reading
    of the records is its allegation; an official body's review is how it knows."""
    review = ("**The inspections.** Our review of published inspection records found that only {} of certified "
              "sawmills received an unannounced inspection in 2022.\n")
    out = built_from_folder(tmp_path, ["a.txt | Forest Authority, government agency | Annual report | | May 2024",
                                       "b.txt | Canopy Watch (NGO) | Hollow forests | | June 2024"], {
        "a.txt": review.format("6%"), "b.txt": review.format("4%")})
    hedged = {c.value: c.hedged for t in refdata.load(out).topics for c in t.claims}
    assert hedged["4%"] and not hedged["6%"]


def test_a_courts_fine_and_a_regulators_are_two_points_whatever_their_amounts():
    """"The District Court fined Aerolynx $1.3 million" is no other side of the regulator's $1.2 million fine, which
    two sources give: a criminal fine and an administrative one are two points (holders.imposer_of)."""
    told = "{} fined Aerolynx {} for flying a faulty drone.\n"
    sources = {"report.txt": "Report.\n\n" + told.format("The Directorate", "$1.2 million"),
               "wire.txt": "Wire.\n\n" + told.format("The aviation regulator", "$1.2 million"),
               "court.txt": "Court.\n\n" + told.format("The District Court", "$1.3 million")}
    ref, _ = build(sources)
    assert contested_values(ref, Kind.PENALTY) == []
    # (a fine the court's own summary gives, naming no one, is the court's; another court's account disputes it)
    sources["court.txt"] = "District Court, press office.\n\n| Aerolynx Ltd | Guilty | Fine of $1.3 million |\n"
    sources["paper.txt"] = "Ledger.\n\nThe District Court fined Aerolynx $1.2 million, the judgment shows.\n"
    ref, _ = build(sources)
    assert sorted(map(sorted, contested_values(ref, Kind.PENALTY))) == [["$1.2 million", "Fine of $1.3 million"]]


def test_a_lone_value_others_agree_on_as_another_point_is_no_side_of_a_near_one():
    """The court's "illness in 47 persons", alone in its words, is the 47 cases the report and the wire give, not
    the other side of the 39 they say were admitted to hospital."""
    sources = {"report.txt": "Report.\n\nOf the 47 confirmed listeriosis cases, 39 were admitted to hospital.\n",
               "wire.txt": "Wire.\n\nOf 47 people confirmed with listeriosis, 39 were admitted to hospital.\n",
               "court.txt": "Court.\n\nProducts made on the line caused illness in 47 persons confirmed with "
                            "listeriosis.\n"}
    fresh = build_module.fresh_claims(texts_for(sources))
    cases = [f for f in fresh if f.claim.value == "47" and not f.claim.source.startswith("court")]
    admitted = [f for f in fresh if f.claim.value == "39"]
    lone = [f for f in fresh if f.claim.source.startswith("court")]
    out = build_module._lone_values_joined([admitted, cases, lone], build_module._Closeness(fresh))
    assert len(out) == 3 and not any(f.claim.value == "47" for f in out[0])
    # (with no point at its own value, the lone 47 is the 39's other side)
    assert len(build_module._lone_values_joined([admitted, lone], build_module._Closeness(fresh))) == 1


def test_a_source_setting_its_own_count_against_one_it_credits_needs_fewer_shared_words_to_dispute_it():
    """"The Inspectorate and the court speak of 147 forged deeds. Our review of the register found 162": the paper
    sets the two side by side itself, so the 162 needs less closeness to dispute the 147 (_relayed_beside)."""
    sources = {"report.txt": "Inspectorate.\n\nThe Inspectorate found 147 forged deeds at the office.\n",
               "herald.txt": "Herald.\n\nThe Inspectorate and the court speak of 147 forged deeds. Our review of the "
                             "register found 162.\n"}
    fresh = build_module.fresh_claims(texts_for(sources))
    group = build_module._Group()
    for f in fresh:
        if f.claim.value == "147":
            group.add(f)
    [ours] = [f for f in fresh if f.claim.value == "162"]
    assert group.dispute_threshold(ours) == build_module.RELAYED_DISPUTE_THRESHOLD
    assert build_module.RELAYED_DISPUTE_THRESHOLD < build_module.NEAR_DISPUTE_THRESHOLD


def test_one_persons_term_never_answers_anothers_account():
    """"Anton Brecke ... was given five years. Lenart Okkvist ... was sentenced to three years": where the first is
    told as another's account, the second is no answer to it, the two terms being two persons' (holders.holders_of);
    with no holders known, the same words read as an answer."""
    [st] = texts_for({"wire.txt": "Wire.\n\nAnton Brecke, 34, the painter who made most of the canvases, was given "
                                  "five years. Lenart Okkvist, 67, a retired curator who signed certificates of "
                                  "authenticity, was sentenced to three years.\n"})
    recites = {c.sentence: "Brecke" in c.sentence for c in st.claims}
    holders = {id(c): name for c in st.claims for name in ("Brecke", "Okkvist")
               if name in c.sentence and c.kind is Kind.PENALTY}

    def answered(holders):
        out = build_module._accounts_answered(st.claims, st.source, {}, recites, holders)
        return {c.text: out[id(c)][0].text for c in st.claims if id(c) in out}

    assert answered({}) == {"three years": "five years"}
    assert answered(holders) == {}


@pytest.mark.parametrize("text, answer, account", [
    # a value between of another point leaves the evidence told between to the answer ("we identified ... We found")
    ("The Inspectorate says unregistered interpreters worked in 1,184 hearings. The Ledger matched the names of the 71 "
     "unregistered interpreters we identified against the listing records of all nine judicial districts. We found "
     "them in 1,530 hearings.", "1,530", "1,184"),
    # a near count in the very next sentence, told on the source's evidence, whatever its noun
    ("The Inspectorate says volunteers made 62 test purchase attempts. The field logs we obtained, one sheet per "
     "visit, record 54 visits.", "54", "62"),
    # a fine answers the fine, not the term told before it
    ("The court's press summary says Sellin was given 10 months' imprisonment and a fine of $12,000. The written "
     "judgment, which we have read, sets the fine at $21,000.", "$21,000", "a fine of $12,000"),
    # an article answers an article, past an act's number ("No." ends no sentence)
    ("The Directorate and the court both cite Article 22 of the Weapons Act 2011 as the source of the duty. But the "
     "Weapons (Amendment) Act No. 9 of 2022 renumbered that part of the law. Since 1 July 2022, the duty has been in "
     "Article 24.", "Article 24", "Article 22 of the Weapons Act 2011"),
    # the source's own count, "we count 19", concludes it past the part it adds
    ("The official count is 14 injured. The first-aid book, a copy of which we have obtained, lists five workers "
     "treated that afternoon who do not appear in the hospital records. Adding them, we count 19 injured workers.",
     "19", "14"),
])
def test_a_sources_own_value_answers_the_account_it_tells_before_it(text, answer, account):
    [st] = texts_for({"paper.txt": "Paper.\n\n" + text + "\n"})
    first = st.claims[0].sentence
    recites = {c.sentence: c.sentence == first for c in st.claims}
    corrected = build_module._corrections(st.claims, load_pack())
    out = build_module._accounts_answered(st.claims, st.source, corrected, recites, {})
    assert {c.text: out[id(c)][0].text for c in st.claims if id(c) in out} == {answer: account}


def test_a_day_a_source_rejects_joins_the_point_giving_that_day_not_its_year():
    """"The Inspectorate says the first complaint arrived on 9 January 2024. Emails ... on 17 October 2023": the
    correction joins the report's 9 January 2024, not the year 2024 of another sentence whose words fit it better."""
    fresh = build_module.fresh_claims(texts_for({
        "report.txt": "Report.\n\nThe Inspectorate first received a complaint about the shops on 9 January 2024, from "
                      "a head teacher.\n\nIn 2024 the Inspectorate says the first complaint arrived from a parent about "
                      "the shops.\n",
        "paper.txt": "The Ledger.\n\nThe Inspectorate says the first complaint arrived on 9 January 2024. Emails "
                     "released to us show a parent writing to the Inspectorate about the shops on 17 October 2023.\n"}))
    dates = [f for f in fresh if f.claim.value in ("9 January 2024", "2024", "17 October 2023")]
    joined = build_module.corrections_joined([[f] for f in dates], build_module._Closeness(fresh))
    assert sorted(sorted(f.claim.value for f in g) for g in joined) == [["17 October 2023", "9 January 2024"],
                                                                         ["2024"]]
