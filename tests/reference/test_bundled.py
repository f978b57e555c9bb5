"""The bundled reference: valid, complete, true to its sources, and a fixed point of a rebuild."""

from pathlib import Path

import pytest

from lint import refdata
from lint.build import SourceText, build_reference
from lint.extract import extract_claims
from lint.judge import agrees
from lint.manifest import read_manifest, source_for
from lint.patterns import load_pack
from lint.resources import default_reference
from lint.source import parse_document, read_document

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the checkout")


@pytest.fixture(scope="module")
def bundled():
    return refdata.load(default_reference())


def topic(ref, topic_id):
    return next(t for t in ref.topics if t.id == topic_id)


def test_loads_and_validates(bundled):
    assert len(bundled.sources) == 5
    assert len(bundled.topics) >= 40
    ids = [t.id for t in bundled.topics]
    assert len(ids) == len(set(ids))


def test_the_known_disagreements_are_contested(bundled):
    statute = topic(bundled, "prostitution-statute")
    assert statute.contested
    assert {c.norm.articles for c in statute.claims} == {("261",), ("249",)}
    penalty = topic(bundled, "prostitution-penalty")
    assert penalty.contested
    assert {c.source for c in penalty.claims} >= {"wikipedia-prostitution-nk", "dailynk-2022-hamhung"}
    assert sum(t.contested for t in bundled.topics) == 2  # nothing else disagrees


def test_hedged_claims_are_marked(bundled):
    assert all(c.hedged for c in topic(bundled, "kippumjo-size").claims)
    assert all(c.hedged for c in topic(bundled, "kippumjo-restarted").claims)
    assert not any(c.hedged for c in topic(bundled, "kippumjo-disbanded").claims)


def test_every_claim_has_provenance(bundled):
    for t in bundled.topics:
        for c in t.claims:
            assert c.location > 0 and bundled.source(c.source) is not None and c.evidence, (t.id, c.value)


@needs_seeds
def test_every_value_is_found_at_its_cited_line(bundled):
    pack = load_pack()
    for t in bundled.topics:
        for c in t.claims:
            path = SEEDS / bundled.source(c.source).path
            line = path.read_text(encoding="utf-8").splitlines()[c.location - 1]
            found = extract_claims(parse_document(line, path.name), pack)
            assert any(f.kind == t.kind and agrees(f.value, c.norm) for f in found), (
                f"{t.id}: {c.value!r} is not on line {c.location} of {path.name}"
            )


def seed_texts(old):
    pack = load_pack()
    meta = read_manifest(SEEDS / "SOURCES.md")
    taken = set()
    texts = []
    for path in sorted(SEEDS.glob("*.txt")):
        doc = read_document(path)
        claims = extract_claims(doc, pack)
        source = next((s for s in old.sources if s.path == path.name), None) or source_for(path.name, meta[path.name], taken)
        texts.append(SourceText(source, tuple(claims), tuple(doc.position(c.start, c.end).line for c in claims),
                                 text=doc.text))
    return texts


@needs_seeds
def test_a_fresh_build_agrees_with_the_bundled_file(bundled):
    """Rebuilding from the seeds over the curated file changes nothing: no point is missing, none moved."""
    rebuilt, report = build_reference(seed_texts(bundled), bundled)
    assert report.added == [] and report.dropped == [] and report.changed == []
    assert rebuilt.topics == bundled.topics
    fresh, _ = build_reference(seed_texts(bundled), None)
    assert {c.key for t in fresh.topics for c in t.claims} == set(bundled.built_keys)
