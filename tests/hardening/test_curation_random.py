"""Curation is never lost: random hand edits to a built reference survive rebuilds, and nothing new is
silently dropped.

Each seed builds a reference from three small sources written here (an invented island), applies
random curator's edits (subjects, keywords, notes, decisions rewritten; built claims removed; topics
merged; claims moved between topics; hand-made claims added), writes and reads the file back, then
rebuilds it from the same sources and from changed ones (lines moved down, sentences deleted, values
changed, sentences added). After every rebuild:

- every edit survives: each curated topic keeps its subject, keywords, note and decision; each
  curated claim stays in the topic the curator put it in, or, when its source no longer says it,
  is named in the build report as dropped;
- a claim removed by hand stays out, and is counted as such;
- nothing is silently dropped: every claim extracted from the sources now is in a topic, or counted
  as removed by hand; every claim added is named in the report.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass, field, replace

import pytest

from lint import refdata
from lint.build import SourceText, build_reference, fresh_claims
from lint.extract import extract_claims
from lint.manifest import source_for
from lint.model import RefClaim, Reference
from lint.patterns import load_pack
from lint.source import parse_document

SOURCES = {
    "harbour-gazette.txt": """The Harbour Gazette, on the island of Calvera.

The lighthouse on the north cape was built in 1874 and rebuilt in 1952.
Under Article 31 of the Maritime Code, fishing inside the reef is punishable by up to six months in prison.
About 1,200 ships passed the cape in 2019, and the harbour fee was 40 crowns a day.
The island had 8,500 residents at the 2011 census.
The ferry to the mainland began running on 3 May 1961.
""",
    "island-monitor.md": """# Island Monitor

The north cape lighthouse dates from 1874.
Fishing inside the reef is banned by Article 33 of the Maritime Code, officials said, with fines of up to 500 crowns.
Some 1,200 ships pass the cape each year.
Calvera's population was about 8,000 in 2011.
""",
    "travel-notes.txt": """Travel notes from Calvera.

The ferry began service in 1961 and reportedly carries about 30,000 passengers a year.
A night at the harbour inn cost 90 crowns in 2015.
The reef has been protected since 1988.
""",
}
# Changes a later edition of the sources may bring; each seed applies some of them.
CHANGES = [
    ("harbour-gazette.txt", lambda t: "A new first line about the island.\n\n" + t),
    ("harbour-gazette.txt", lambda t: t.replace("8,500 residents", "8,700 residents")),
    ("harbour-gazette.txt", lambda t: t.replace("The ferry to the mainland began running on 3 May 1961.\n", "")),
    ("harbour-gazette.txt", lambda t: t + "The new pier opened in 2020 at a cost of 2 million crowns.\n"),
    ("island-monitor.md", lambda t: t.replace("Article 33", "Article 34")),
    ("island-monitor.md", lambda t: t.replace("Some 1,200 ships pass the cape each year.\n", "")),
    ("travel-notes.txt", lambda t: t.replace("A night at the harbour inn cost 90 crowns in 2015.\n", "")),
    ("travel-notes.txt", lambda t: "# Notes\n\n" + t + "Divers found 14 wrecks off the reef in 1999.\n"),
]
SEEDS = range(int(os.environ.get("FACTLINT_CURATION_SEEDS", "30")))  # more for a longer hunt


def texts_for(sources: dict[str, str]) -> list[SourceText]:
    pack = load_pack()
    taken: set[str] = set()
    out = []
    for name, text in sources.items():
        doc = parse_document(text, name)
        claims = extract_claims(doc, pack)
        source = source_for(name, {"publisher": name.split(".")[0].title(), "title": name}, taken)
        out.append(SourceText(source, tuple(claims), tuple(doc.position(c.start, c.end).line for c in claims),
                                 text=doc.text))
    return out


@dataclass
class Edits:
    removed: set[str] = field(default_factory=set)  # keys of built claims removed by hand
    texts: dict[str, dict[str, object]] = field(default_factory=dict)  # topic id -> edited fields
    manual: list[tuple[str, RefClaim]] = field(default_factory=list)  # (topic id, hand-made claim)
    log: list[str] = field(default_factory=list)


def curate(ref: Reference, rng: random.Random) -> tuple[Reference, Edits]:
    """Random hand edits, as a curator makes them in the file."""
    topics = {t.id: t for t in ref.topics}
    edits = Edits()
    for _ in range(rng.randint(3, 10)):
        action = rng.choice(["subject", "keywords", "note", "decision", "remove", "merge", "move", "manual"])
        tid = rng.choice(sorted(topics))
        topic = topics[tid]
        same_kind = sorted(t for t in topics if t != tid and topics[t].kind == topic.kind)
        if action in ("subject", "keywords", "note", "decision"):
            value = (f"{action} {rng.randint(0, 999)}",) if action == "keywords" else f"{action} {rng.randint(0, 999)}"
            topics[tid] = replace(topic, **{action: value})
            edits.texts.setdefault(tid, {})[action] = value
        elif action == "remove":
            built = [c for c in topic.claims if c.key]
            if not built:
                continue
            gone = rng.choice(built)
            edits.removed.add(gone.key)
            claims = tuple(c for c in topic.claims if c is not gone)
            if claims:
                topics[tid] = replace(topic, claims=claims)
            else:  # its last claim: the curator deletes the topic
                del topics[tid]
                edits.texts.pop(tid, None)
        elif action == "merge" and same_kind:
            other = rng.choice(same_kind)
            topics[tid] = replace(topic, claims=topic.claims + topics[other].claims)
            del topics[other]
            edits.texts.pop(other, None)
        elif action == "move" and same_kind and len(topic.claims) > 1:
            moved = rng.choice(topic.claims)
            target = rng.choice(same_kind)
            topics[tid] = replace(topic, claims=tuple(c for c in topic.claims if c is not moved))
            topics[target] = replace(topics[target], claims=(*topics[target].claims, moved))
        elif action == "manual":
            template = topic.claims[0]
            hand = replace(template, value=f"{template.value} (by hand {rng.randint(0, 999)})", key="", location=0,
                           evidence="")
            topics[tid] = replace(topic, claims=(*topic.claims, hand))
            edits.manual.append((tid, hand))
        else:
            continue
        edits.log.append(f"{action} {tid}")
    order = [t.id for t in ref.topics if t.id in topics]
    return replace(ref, topics=tuple(topics[t] for t in order)), edits


def round_trip(ref: Reference, tmp_path) -> Reference:
    path = tmp_path / "ref.toml"
    refdata.write(ref, path)
    return refdata.load(path)


def check_rebuild(curated: Reference, edits: Edits, sources: dict[str, str], tmp_path) -> None:
    texts = texts_for(sources)
    rebuilt, report = build_reference(texts, curated)
    rebuilt = round_trip(rebuilt, tmp_path)  # it must still be a valid reference
    context = f"edits: {edits.log}; report: {report.summary()}; dropped: {report.dropped}"
    topics = {t.id: t for t in rebuilt.topics}
    fresh = {f.claim.key for f in fresh_claims(texts)}
    where = {c.key: t.id for t in rebuilt.topics for c in t.claims if c.key}

    # every topic edit survives, where the topic has claims left
    for tid, fields in edits.texts.items():
        if f"topic {tid}: no claims left" in report.dropped:
            continue  # every claim of the topic is gone from the sources, and the build says so
        assert tid in topics, (tid, context)
        for name, value in fields.items():
            assert getattr(topics[tid], name) == value, (tid, name, context)
    # every curated claim stays where the curator put it, or is reported gone
    for topic in curated.topics:
        for claim in topic.claims:
            if not claim.key:
                assert claim in topics.get(topic.id, replace(topic, claims=())).claims, (claim, context)
            elif claim.key in fresh:
                assert where.get(claim.key) == topic.id, (claim.value, topic.id, where.get(claim.key), context)
            else:
                relinked = any(line.startswith((f"{topic.id}: {claim.value} kept; now read as",
                                                f"{topic.id}: {claim.value} is now "))
                               for line in report.changed)
                dropped = f"{topic.id}: {claim.value} ({claim.source}) is no longer in its source" in report.dropped
                assert relinked or dropped, (claim.value, topic.id, context)
    # removed by hand stays removed, and is counted
    assert not edits.removed & set(where), context
    assert report.kept_removed == len(edits.removed & fresh), context
    # nothing silently dropped: every claim the sources give is in a topic, or removed by hand
    assert fresh - set(where) - edits.removed == set(), context
    curated_keys = {c.key for t in curated.topics for c in t.claims if c.key}
    for t in rebuilt.topics:
        for c in t.claims:
            if c.key and c.key not in curated_keys and not any(
                    line.startswith(f"{t.id}: ") and (f"now read as {c.value!r}" in line or
                                                     line.endswith(f" is now {c.value} in its source"))
                    for line in report.changed):
                assert f"{t.id}: {c.value} ({c.source})" in report.added, (c.value, t.id, context)
    # hand-made claims are kept
    for _tid, hand in edits.manual:
        assert any(hand in t.claims for t in rebuilt.topics), (hand.value, context)


@pytest.mark.parametrize("seed", SEEDS)
def test_random_curation_survives_rebuilds_from_the_same_and_from_changed_sources(seed, tmp_path):
    rng = random.Random(seed)
    built, _ = build_reference(texts_for(SOURCES))
    curated, edits = curate(round_trip(built, tmp_path), rng)
    curated = round_trip(curated, tmp_path)

    same, report = build_reference(texts_for(SOURCES), curated)
    assert same.topics == curated.topics, edits.log  # the same sources: nothing moves, nothing comes back
    assert not report.added and not report.dropped, (edits.log, report.added, report.dropped)
    check_rebuild(curated, edits, SOURCES, tmp_path)

    changed = dict(SOURCES)
    for name, change in rng.sample(CHANGES, rng.randint(1, len(CHANGES))):
        changed[name] = change(changed[name])
    check_rebuild(curated, edits, changed, tmp_path)
    # and a second rebuild over the first is a fixed point
    once, _ = build_reference(texts_for(changed), curated)
    once = round_trip(once, tmp_path)
    twice, report = build_reference(texts_for(changed), once)
    assert twice.topics == once.topics and not report.added and not report.dropped, edits.log


def test_a_topic_whose_value_changed_in_its_source_keeps_its_curation(tmp_path):
    """A source's new edition changes the figure ('8,500 residents' -> '8,700'): the curated topic on that
    point should keep its subject, note and decision and take the new value (a reviewer then sees the
    change as a diff of one claim), not be dropped and replaced by a fresh topic with a generated subject."""
    built, _ = build_reference(texts_for(SOURCES))
    curated = round_trip(replace(built, topics=tuple(
        replace(t, subject="people living on the island", note="census only", decision="checked with the desk")
        if any(c.value == "8,500" for c in t.claims) else t for t in built.topics)), tmp_path)
    changed = dict(SOURCES)
    changed["harbour-gazette.txt"] = changed["harbour-gazette.txt"].replace("8,500 residents", "8,700 residents")
    rebuilt, report = build_reference(texts_for(changed), curated)
    [topic] = [t for t in rebuilt.topics if any(c.value == "8,700" for c in t.claims)]
    assert (topic.subject, topic.note, topic.decision) == ("people living on the island", "census only",
                                                           "checked with the desk"), report.dropped
