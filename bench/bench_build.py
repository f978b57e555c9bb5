"""Time `factlint reference build` on 100 generated sources of 10,000 words each (issue 4: under a minute).

    python bench/bench_build.py [--sources N] [--words W]

Sources are generated deterministically with bench/generate.py's news writer
into bench/out/sources/; nothing is committed. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from generate import OUT, Writer  # noqa: E402 - bench/ is not a package


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=100)
    parser.add_argument("--words", type=int, default=10_000)
    args = parser.parse_args()
    folder = OUT / "sources"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.md"):
        old.unlink()
    for i in range(args.sources):
        text = Writer(seed=1000 + i).draft(args.words, title=f"Source {i}")
        (folder / f"source-{i:03d}.md").write_text(text, encoding="utf-8")
    output = OUT / "built-reference.toml"
    output.unlink(missing_ok=True)
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "lint", "reference", "build", str(folder), "-o", str(output), "-q"],
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "(no summary)")
    print(f"reference build: {args.sources} sources x {args.words:,} words in {elapsed:.1f} s, "
          f"peak {peak_mb:.0f} MB (target: under 60 s) -> {'met' if elapsed < 60 else 'NOT met'}")
    return 0 if proc.returncode == 0 else 2


if __name__ == "__main__":
    sys.exit(main())
