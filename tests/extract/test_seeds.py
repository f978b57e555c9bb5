"""The five source documents: every statute, penalty, date and figure they state is read, and
their captions, bylines and boilerplate give nothing. Skipped when ../shared is absent.

The expected lists are the sources' points as short values (what the bundled reference
is built from); a change that loses one, or reads something new, shows up here.
"""

from pathlib import Path

import pytest

from lint.extract import extract_claims
from lint.source import parse_document, read_document

SEEDS = Path(__file__).parents[2].parent / "shared" / "seeds"

EXPECTED = {
    "000_a213e90651eac8da.txt": [
        ("date", "until 2011"), ("statute", "Article 261 of the criminal law"), ("penalty", "up to two years labour"),
        ("figure", "approximately 2,000"), ("figure", "14- to 20-year-old"), ("figure", "about 20 months"),
        ("figure", "25 years old"), ("date", "2011"), ("date", "2015"), ("figure", "Tier 3"),
    ],
    "001_9be9f40dc1243d71.txt": [
        ("date", "September 3"), ("figure", "at least four"), ("figure", "100 Chinese yuan"), ("figure", "200 yuan"),
    ],
    "002_b169668185c3824f.txt": [
        ("date", "2011"), ("figure", "two"), ("figure", "in their late 20s"), ("figure", "between five and nine months"),
        ("date", "November 2020"), ("date", "November 2021"), ("date", "the latter half of the 1990s"),
        ("statute", "Article 249 of North Korea’s Criminal Code"), ("penalty", "up to one year of forced labor"),
        ("penalty", "up to five years at a forced labor correctional facility"),
        ("penalty", "three months at a forced labor camp"),
    ],
    "003_d700171db15f83a1.txt": [
        ("date", "Since 2000"), ("penalty", "death penalty"), ("figure", "10,000 won ($3.30)"),
        ("date", "August"), ("penalty", "six months"), ("penalty", "over a year"),
    ],
    "004_53ca5f886e744d10.txt": [
        ("date", "24 May 2016"), ("date", "11:51"), ("date", "2011"), ("date", "27 June 2011"), ("date", "2011"), ("date", "27 June 2011"),
        ("date", "25 May 2016"), ("figure", "Tier 3"), ("figure", "thousands"), ("figure", "as many as 70 percent"),
        ("figure", "An estimated 150,000 to 200,000"), ("figure", "Tens of thousands"), ("figure", "two days"),
        ("statute", "Article 233 of the Penal Code"), ("statute", "Article 234"),
        ("penalty", "up to two to five years of labor correction"), ("statute", "Article 289 of the Penal Code"),
        ("statute", "Article 290"), ("penalty", "up to three to 10 years of labor correction"),
        ("statute", "Article 7 of the 1946 Law on Equality of the Sexes"), ("penalty", "one month to several years"),
        ("date", "2000"),
    ],
}

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not here")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_point_of_a_source_is_read(name, pack):
    found = [(c.kind.value, " ".join(c.text.split())) for c in extract_claims(read_document(SEEDS / name), pack)]
    assert found == EXPECTED[name]


@pytest.mark.parametrize("line", ["Comments are closed.", "Search Refworld", "Read in Korean", "Image: Daily NK",
                                  "Translated by Gabriela Bernal", "Kim Min Se", "Publisher United States Department of"
                                  " State"])
def test_boilerplate_gives_nothing(line, pack):
    assert extract_claims(parse_document(line, "seed.txt"), pack) == []
