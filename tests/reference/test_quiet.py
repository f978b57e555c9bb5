"""What must stay quiet: the sources against themselves, and articles that get their facts right."""

from pathlib import Path

import pytest

from lint import refdata
from lint.engine import lint_text
from lint.model import Verdict
from lint.patterns import load_pack
from lint.resources import default_reference

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ALARMS = {Verdict.MISMATCH, Verdict.CONTESTED, Verdict.HEDGE, Verdict.ATTRIBUTION}


@pytest.fixture(scope="module")
def setup():
    return refdata.load(default_reference()), load_pack()


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the checkout")
@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("*.txt")) if SEEDS.is_dir() else [])
def test_each_source_agrees_with_itself(setup, name):
    reference, pack = setup
    text = (SEEDS / name).read_text(encoding="utf-8")
    result = lint_text(text, name, reference, pack)
    mismatches = [f"{f.position.line}: {f.found} ({f.message})" for f in result.findings
                  if f.category is Verdict.MISMATCH]
    assert mismatches == []
    supported = sum(c.verdict is not Verdict.UNSUPPORTED for c in result.claims)
    assert supported >= 0.8 * len(result.claims)  # its own claims are found in the reference


@pytest.mark.parametrize("name", ["offtopic.md", "same_subject.md"])
def test_third_party_articles_raise_at_most_one_false_alarm_per_thousand_words(setup, name):
    reference, pack = setup
    text = (FIXTURES / name).read_text(encoding="utf-8")
    result = lint_text(text, name, reference, pack)
    alarms = [f"{f.position.line}: {f.code} {f.found}" for f in result.findings if f.category in ALARMS]
    assert len(alarms) <= max(1, len(text.split()) // 1000), alarms


def test_a_correct_article_gets_its_covered_claims_supported(setup):
    result = lint_text((FIXTURES / "same_subject.md").read_text(encoding="utf-8"), "same_subject.md", *setup)
    supported = {c.claim.text for c in result.claims if c.verdict is Verdict.SUPPORTED}
    for expected in ("Tier 3", "Article 233 of the Penal Code", "10,000 won ($3.30)"):
        assert any(expected in s for s in supported), (expected, supported)
