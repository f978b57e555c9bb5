"""Every labelled claim in the shared dev drafts is overlapped by an extracted claim of its kind.

The drafts are measuring sticks, not fixtures to tune against: nothing in the
extractor knows their sentences. Skipped when ../shared is absent.
"""

import tomllib
from pathlib import Path

import pytest

from lint.extract import extract_claims
from lint.patterns import load_pack
from lint.source import read_document

SHARED = Path(__file__).parents[2].parent / "shared"
DEV = SHARED / "eval" / "dev"
DRAFTS = sorted(p for p in DEV.glob("*.md") if p.with_name(p.stem + ".gold.toml").exists()) if DEV.is_dir() else []


def _labels(draft: Path) -> list[dict]:
    gold = tomllib.loads(draft.with_name(draft.stem + ".gold.toml").read_text(encoding="utf-8"))
    return [lab for section in ("expect", "clean") for lab in gold.get(section, []) if lab.get("kind")]


def _locate(text: str, label: dict) -> tuple[int, int]:
    nth, pos = label.get("nth", 1), -1
    for _ in range(nth):
        pos = text.find(label["text"], pos + 1)
        assert pos >= 0, f"label text not in draft: {label['text']!r}"
    return pos, pos + len(label["text"])


@pytest.mark.skipif(not DRAFTS, reason="../shared/eval/dev is not here")
@pytest.mark.parametrize("draft", DRAFTS, ids=lambda p: p.name)
def test_every_labelled_claim_is_extracted_with_its_kind(draft):
    doc = read_document(draft)
    claims = extract_claims(doc, load_pack())
    missing = []
    for label in _labels(draft):
        start, end = _locate(doc.text, label)
        if not any(c.kind == label["kind"] and c.start < end and start < c.end for c in claims):
            missing.append(f"{label['kind']}: {label['text']!r}")
    assert not missing, "not extracted:\n" + "\n".join(missing)
