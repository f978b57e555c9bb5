"""Time claim extraction alone on a generated 100,000-word Markdown draft (one core).

    python bench/bench_extract.py [--words 100000] [--repeat 5] [--profile]

The draft comes from bench/generate.py's Writer (deterministic: the same seed
gives the same text; nothing is written to disk). Reading (markdown block
parse, masking) and extraction (scan text, patterns, normalizing, sentences,
hedges and attributions) are timed separately, in CPU seconds, best of
`--repeat` runs, and extraction once more without the hedges and credits (`cues=False`, as `factlint lint` runs it:
it reads them afterwards for the claims a topic speaks to); loading the rule pack is timed once. Target: reading plus
extraction under 1 second for 100,000 words. A benchmark, not a test: nothing
fails on a slow machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=100_000, help="draft length in words (default 100,000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs; the best is reported (default 5)")
    parser.add_argument("--seed", type=int, default=3, help="generator seed (default 3)")
    parser.add_argument("--profile", action="store_true", help="print the top functions of one run")
    args = parser.parse_args(argv)

    from generate import Writer

    from lint.extract import extract_claims
    from lint.patterns import load_pack
    from lint.source import parse_document

    text = Writer(args.seed).draft(args.words)
    started = time.process_time()
    pack = load_pack()
    load_seconds = time.process_time() - started

    best_read = best_extract = best_bare = float("inf")
    claims = []
    for _ in range(max(1, args.repeat)):
        started = time.process_time()
        doc = parse_document(text, "bench.md")
        read = time.process_time() - started
        started = time.process_time()
        claims = extract_claims(doc, pack)
        extract = time.process_time() - started
        started = time.process_time()
        extract_claims(doc, pack, cues=False)  # as `factlint lint` runs it: cues read later, for the claims it judges
        bare = time.process_time() - started
        best_read, best_extract, best_bare = min(best_read, read), min(best_extract, extract), min(best_bare, bare)

    words = len(text.split())
    kinds = Counter(c.kind.value for c in claims)
    total = best_read + best_extract
    print(f"draft: {words:,} words, {len(text):,} characters; {len(claims):,} claims "
          + ", ".join(f"{k} {n:,}" for k, n in sorted(kinds.items())))
    print(f"rule pack load (once): {load_seconds:.3f} s")
    print(f"read  (parse, mask, blocks): {best_read:.3f} s")
    print(f"extract (claims, cues):      {best_extract:.3f} s")
    print(f"extract (claims alone, as lint runs it; cues read later per judged claim): {best_bare:.3f} s")
    target = 1.0 * args.words / 100_000
    for label, seconds in (("read + claims and cues", total), ("read + claims alone", best_read + best_bare)):
        print(f"{label}: {seconds:.3f} s, {words / seconds:,.0f} words/s (best of {args.repeat}, CPU time); "
              f"target < 1 s for 100,000 words: {'met' if seconds < target else 'NOT met'}")

    if args.profile:
        import cProfile
        import pstats

        profile = cProfile.Profile()
        profile.enable()
        extract_claims(parse_document(text, "bench.md"), pack)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
