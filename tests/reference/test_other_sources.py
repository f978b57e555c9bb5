"""The builder, uncurated, on a different set of sources (an invented country written for this test)."""

from pathlib import Path

import pytest

from lint import refdata
from lint.cli import app
from lint.engine import lint_text
from lint.judge import agrees
from lint.model import DateValue, Figure, Kind, Penalty, Statute, Verdict
from lint.patterns import load_pack

SOURCES = Path(__file__).resolve().parents[1] / "fixtures" / "other_sources"


def year(y):
    return DateValue(f"{y}-01-01", f"{y}-12-31", "year")


# Every statute, penalty, date and figure the two sources state, as the judge compares them.
FACTS = [
    (Kind.FIGURE, Figure(61.0, 61.0, "vote", conversion=Figure(40.0, 40.0, "vote"))),
    (Kind.DATE, DateValue("2019-02-01", "2019-02-28", "month")),
    (Kind.STATUTE, Statute(("18",), law="fisheries act")),
    (Kind.PENALTY, Penalty("prison", "up-to", None, 36.0)),
    (Kind.PENALTY, Penalty("fine", "up-to", None, 20000.0, "EUR")),
    (Kind.DATE, year(2004)),
    (Kind.FIGURE, Figure(12.0, 12.0, "percent", approx="about")),
    (Kind.FIGURE, Figure(3500.0, 3500.0, approx="about")),
    (Kind.FIGURE, Figure(1200.0, 1200.0)),
    (Kind.FIGURE, Figure(900.0, 900.0, "currency:EUR", per="month", approx="about")),
    (Kind.FIGURE, Figure(18.0, 18.0, "hours", per="day", approx="up-to")),
    (Kind.STATUTE, Statute(("21",), law="fisheries act")),
    (Kind.PENALTY, Penalty("prison", "range", 24.0, 60.0)),
    (Kind.FIGURE, Figure(45.0, 45.0)),
    (Kind.DATE, year(2015)),
    (Kind.FIGURE, Figure(300.0, 300.0, "currency:EUR", per="month")),
    (Kind.DATE, year(2019)),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from typer.testing import CliRunner

    out = tmp_path_factory.mktemp("ref") / "built.toml"
    result = CliRunner().invoke(app, ["reference", "build", str(SOURCES), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return refdata.load(out)


def test_builder_finds_at_least_80_percent_of_the_facts(built):
    claims = [(t.kind, c.norm) for t in built.topics for c in t.claims]
    found = [f for f in FACTS if any(k == f[0] and agrees(f[1], n) for k, n in claims)]
    missing = [f for f in FACTS if f not in found]
    assert len(found) >= 0.8 * len(FACTS), missing


def test_builder_reads_the_manifest(built):
    by_path = {s.path: s for s in built.sources}
    assert by_path["a_monitor.txt"].publisher == "Harbour Monitor"
    assert by_path["a_monitor.txt"].date == "2019-03-04"
    assert by_path["b_ngo.txt"].date == "2020"


def test_an_uncurated_build_finds_the_disputes_and_the_hedge(built):
    statute = next(t for t in built.topics if any(getattr(c.norm, "articles", None) == ("18",) for c in t.claims))
    assert statute.contested, [c.value for c in statute.claims]
    pay = [c for t in built.topics for c in t.claims if isinstance(c.norm, Figure) and c.norm.low == 300.0]
    assert pay and all(c.hedged for c in pay)


def test_a_draft_linted_against_the_uncurated_build(built):
    draft = (
        "Fishing in a protected zone is punishable under Article 18 of the Fisheries Act.\n\n"
        "About 35,000 boats are licensed in Veloria.\n\n"
        "Crews are paid as little as 300 euros per month.\n"
    )
    result = lint_text(draft, "draft.md", built, load_pack())
    verdicts = {c.claim.text: c.verdict for c in result.claims}
    assert any("Article 18" in t and v is Verdict.CONTESTED for t, v in verdicts.items()), verdicts
    assert any("35,000" in t and v is Verdict.MISMATCH for t, v in verdicts.items()), verdicts
    # "as little as 300 euros" is the lowest pay, not the typical "around 900": no dispute, but the one
    # source that gives it only reports it ("reportedly"), and the draft states it flatly
    assert any("300 euros" in t and v is Verdict.HEDGE for t, v in verdicts.items()), verdicts


def test_an_in_process_build_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    """A build pauses Python's collector while it works (it makes millions of objects and no cycles
    worth a sweep); a program that runs it in-process, like this test, gets its collector back, whether
    the build succeeds or fails."""
    import gc

    from typer.testing import CliRunner

    assert gc.isenabled()
    result = CliRunner().invoke(app, ["reference", "build", str(SOURCES), "-o", str(tmp_path / "ok.toml"), "-q"])
    assert result.exit_code == 0, result.output
    assert gc.isenabled()
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "blank.txt").write_text("Nothing to see here.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["reference", "build", str(empty), "-o", str(tmp_path / "no.toml"), "-q"])
    assert result.exit_code != 0
    assert gc.isenabled()


def test_a_source_naming_a_learned_currency_in_greek_capitals_is_read_again(tmp_path):
    """The second reading, with the currencies the sources taught, skips a source that names none of
    them; each word is lowercased alone, as the extractor reads it (a whole text lowercased turns
    the capital sigma of "ΚΟΡΑΣ'Α" into a medial one: another word)."""
    from lint.refcli import _extract_one

    source = tmp_path / "greek.txt"
    source.write_text("The fine was raised to 5 million ΚΟΡΑΣ'Α last year.\n", encoding="utf-8")
    assert _extract_one(source, {"κορας": "currency:KORAS"}) is not None
    assert _extract_one(source, {"dalen": "currency:DALEN"}) is None  # names none of them: first reading stands


def test_running_the_cli_in_process_leaves_the_collectors_pace_as_it_was():
    import gc

    from lint.cli import main

    before = gc.get_threshold()
    with pytest.raises(SystemExit):
        main(["--version"])
    assert gc.get_threshold() == before
