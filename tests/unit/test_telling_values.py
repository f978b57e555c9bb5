"""A value that tells its point where the draft's words are the story's common ones: an article a source cites, a
timeline's date."""

from pathlib import Path

import pytest

from lint.build import build_reference
from lint.engine import lint_text
from lint.model import Verdict
from lint.patterns import load_pack
from tests.unit.test_build import texts_for


@pytest.fixture(scope="module")
def pack():
    return load_pack()


def verdict_of(draft, surface, ref, pack):
    result = lint_text(draft, "d.md", ref, pack)
    return next(c for c in result.claims if c.claim.text.startswith(surface)).verdict


# a cold store's fire, one of the evaluation sets: every provision's words are the story's ("fire", "safety", "exits")
COLD_STORE = Path(__file__).resolve().parents[2] / "eval" / "sets" / "coldstore-venmarra"


@pytest.fixture(scope="module")
def cold_store():
    if not COLD_STORE.is_dir():
        pytest.skip("the evaluation sets are not in this checkout")
    sources = sorted((COLD_STORE / "sources").glob("0*"))
    return build_reference(texts_for({path.name: path.read_text(encoding="utf-8") for path in sources}))[0]


def test_an_article_a_source_cites_is_found_by_its_number_where_its_words_are_the_storys(cold_store, pack):
    # the court's table cites Section 42 read with Section 61(2) for the locked exits; the words of the draft's list
    # item anchor no topic, and another article's topic shares the story's words
    draft = "The other provisions used in the case:\n\n- **Section 42 with Section 61(2), Fire Safety Act 2011** " \
            "(locked exits): up to five years.\n"
    assert verdict_of(draft, "Section 42", cold_store, pack) is Verdict.SUPPORTED
    # a section no source cites is still wrong
    draft = draft.replace("Section 42", "Section 44")
    assert verdict_of(draft, "Section 44", cold_store, pack) is not Verdict.SUPPORTED


def test_a_timelines_date_is_the_date_of_every_value_of_its_entry(cold_store, pack):
    # the review's timeline: "9 May 2019 — last full inspection ... Inspectors recorded 14 violations ... fined VMR
    # 180,000": the draft's year beside those values is that entry's, not the year the number recorded was 2022
    draft = "Its inspectors visited the site in 2019, recorded 14 violations and fined the operator 180,000 marks."
    assert verdict_of(draft, "2019", cold_store, pack) is Verdict.SUPPORTED


SETS = Path(__file__).resolve().parents[2] / "eval" / "sets"


@pytest.fixture(scope="module")
def set_reference(tmp_path_factory):
    """An evaluation set's reference, by the set's name, as `factlint reference build` makes it (its SOURCES.md says
    which source campaigns); built once per module."""
    from lint import refdata
    from lint.cli import main

    built: dict[str, object] = {}

    def reference(name: str):
        if name not in built:
            folder = SETS / name
            if not folder.is_dir():
                pytest.skip("the evaluation sets are not in this checkout")
            path = tmp_path_factory.mktemp(name) / "reference.toml"
            with pytest.raises(SystemExit) as ended:
                main(["reference", "build", str(folder / "sources"), "-o", str(path)])
            assert ended.value.code in (0, None)
            built[name] = refdata.load(path)
        return built[name]

    return reference


def test_a_count_given_with_the_sources_own_more_than_is_its_point(set_reference, pack):
    # a metro station's flooding: the inspectorate counted 23 pump failure alerts; the union, in words of its own,
    # believes there were more than 40. The draft gives the union's very count, "more than" and all: its hedged
    # estimate stated as fact, not a figure no source gives
    draft = "More than 40 pump failure alerts reached the control centre over the winter, and none led to a repair."
    assert verdict_of(draft, "More than 40", set_reference("metro-valdrenna"), pack) is Verdict.HEDGE


def test_a_count_its_dissenter_sets_beside_its_own_is_contested(set_reference, pack):
    # illegal wiretapping: the ombudsman counted 18,400 recorded calls; the paper, having told that count as the
    # ombudsman's, lists 26,012 call records from a seized server right after it. 26,012 is further from 18,400 than
    # two tellings of one count usually are, but the paper itself sets them side by side
    draft = "Over those months the unit recorded 18,400 calls, most of them between reporters and their sources."
    assert verdict_of(draft, "18,400", set_reference("wiretap-selvanne"), pack) is Verdict.CONTESTED
