"""A 50 MB Markdown draft: refused by the default size limit, and linted in full with the limit lifted.

`python bench/bench_big_file.py [--size MB] [--dense]` generates the file in bench/out/ (prose with a
claim every few sentences, as a long generated page; `--dense` for tables of figures in every block),
runs `factlint lint FILE --format json` in a fresh process, and prints the wall time and the peak
resident memory of that process (from wait4). A benchmark, not a test: it fails nothing; the suite
checks the refusal (tests/hardening/test_big_file.py), this measures the full run, which takes minutes.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
REFERENCE = Path(__file__).resolve().parents[1] / "tests" / "cli" / "data" / "ref.toml"
WORDS = ["the", "of", "and", "a", "to", "in", "is", "was", "for", "on", "that", "by", "with", "as", "from", "at",
         "river", "harbour", "council", "ministry", "report", "village", "road", "bridge", "school", "market"]
CLAIMS = ["opened in 1987", "about 40,000 passengers", "Article 112 of the penal code", "up to two years of labour",
          "in March 2020"]
DENSE = [
    "The lake ferry carried about 90,000 passengers each year, and the canal to the capital opened in 1987.",
    "| year | boats | fee |\n|---|---|---|\n| 2011 | 4,000 | 40 crowns |\n| 2012 | 4,100 | 45 crowns |",
    "> Officials said some 2,000 people were held in 2015, reportedly for up to two years of labour.",
]


def generate(path: Path, size: int, dense: bool) -> None:
    rng = random.Random(1)
    written = 0
    with path.open("w", encoding="utf-8") as out:
        i = 0
        while written < size:
            if i % 200 == 0:
                written += out.write(f"## Part {i}\n\n")
            if dense:
                paragraph = rng.choice(DENSE)
            else:
                words = [rng.choice(WORDS) for _ in range(rng.randint(40, 120))]
                if i % 4 == 0:
                    words.insert(len(words) // 2, rng.choice(CLAIMS))
                paragraph = " ".join(words).capitalize() + "."
            written += out.write(paragraph + "\n\n")
            i += 1


def run(*args: str) -> tuple[int, float, int]:
    """(exit code, seconds, peak resident bytes) of one fresh factlint process."""
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "lint", *args], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    return os.waitstatus_to_exitcode(status), time.monotonic() - started, usage.ru_maxrss * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50, help="megabytes (default 50)")
    parser.add_argument("--dense", action="store_true", help="a claim in every line (tables of figures)")
    options = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    path = OUT / f"big-{options.size}mb{'-dense' if options.dense else ''}.md"
    if not path.exists():
        generate(path, options.size * 1_000_000, options.dense)
    common = [str(path), "-r", str(REFERENCE), "-f", "json", "--no-cache", "-o", str(OUT / "big.json")]
    print(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB")
    for label, extra in (("default limit (refused)", []), ("no limit (linted)", ["--max-file-size", "0"])):
        code, seconds, peak = run("lint", *common, *extra)
        print(f"  {label:<24} exit {code}  {seconds:7.1f} s  peak {peak / (1 << 20):7.0f} MiB")


if __name__ == "__main__":
    main()
