"""An enormous file neither exhausts memory nor stalls a run: over `max-file-size` (10 MB by default) it
is skipped before a byte is read; under it, it is linted in bounded memory.

Peak memory is the largest resident set of the factlint process, measured from a fresh intermediate
process (resource.getrusage(RUSAGE_CHILDREN) counts every child a process ever waited for, so the
test process itself would report its earlier children). The 50 MB file linted in full is measured
by bench/bench_big_file.py (minutes, not a test).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REFERENCE = Path(__file__).parents[1] / "cli" / "data" / "ref.toml"
GIGABYTE = 1 << 30

MEASURE = textwrap.dedent("""
    import json, resource, subprocess, sys, time
    started = time.monotonic()
    done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
    print(json.dumps({"code": done.returncode, "seconds": time.monotonic() - started, "stdout": done.stdout,
                      "stderr": done.stderr,
                      "peak_bytes": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024}))
""")

PARAGRAPHS = [
    "The lake ferry carried about 90,000 passengers each year, and the canal to the capital opened in 1987.",
    "Smuggling goods across the river border is punished under Article 112 of the penal code.",
    "| year | boats | fee |\n|---|---|---|\n| 2011 | 4,000 | 40 crowns |\n| 2012 | 4,100 | 45 crowns |",
    "> Officials said some 2,000 people were held in 2015, reportedly for up to two years of labour.",
    "- a list item from March 2020\n- another from 3 May 1961",
    "```\ncode 1234 5678 not a claim\n```",
    "Plain words to fill the page the way a generated reference page fills it, with no numbers at all here.",
]


def markdown(size: int) -> str:
    """About `size` bytes of generated Markdown: headings, prose, tables, quotes, lists, code."""
    block = "\n\n".join(f"## Section {i}\n\n" + "\n\n".join(PARAGRAPHS) for i in range(20)) + "\n\n"
    return block * (size // len(block) + 1)


def measured(cwd: Path, *args: str) -> dict:
    argv = [sys.executable, "-c", MEASURE, sys.executable, "-m", "lint", *args]
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=900, check=True)
    return json.loads(done.stdout)


def test_a_50_mb_draft_over_the_default_limit_is_skipped_at_once_in_little_memory(tmp_path):
    (tmp_path / "huge.md").write_text(markdown(50_000_000), "utf-8")
    (tmp_path / "small.md").write_text(PARAGRAPHS[0] + "\n", "utf-8")
    run = measured(tmp_path, "lint", "huge.md", "small.md", "-r", str(REFERENCE), "-f", "json", "--no-cache")
    assert run["code"] == 1, run["stderr"]  # small.md's mismatch; the skipped file fails nothing
    assert run["stderr"].startswith("factlint: warning: huge.md: not linted: 50")
    assert run["stderr"].rstrip("\n").endswith("MB, over the 10 MB limit (max-file-size)")
    files = {f["path"]: f for f in json.loads(run["stdout"])["files"]}
    assert files["huge.md"]["claims"] == [] and files["small.md"]["findings"]
    assert run["peak_bytes"] < 300 * (1 << 20), run["peak_bytes"]  # the file was never read
    assert run["seconds"] < 60, run["seconds"]


@pytest.mark.slow
def test_a_draft_just_under_a_limit_is_linted_in_bounded_memory(tmp_path):
    """A 1 MB generated page, claim-dense (tables of figures, dates in every line), linted in full.

    Measured here: 1 MB, 25,000 claims, about 130 MB at peak; memory grows by about 110 MB per MB of
    such dense text (prose with a claim every few sentences: under 10 MB per MB)."""
    (tmp_path / "page.md").write_text(markdown(1_000_000), "utf-8")
    run = measured(tmp_path, "lint", "page.md", "-r", str(REFERENCE), "-f", "json", "--no-cache", "-o", "out.json",
                   "--max-file-size", "3MB")
    assert run["code"] in (0, 1), run["stderr"]
    assert json.loads((tmp_path / "out.json").read_text("utf-8"))["summary"]["claims"] > 10_000
    assert run["peak_bytes"] < GIGABYTE, run["peak_bytes"]
