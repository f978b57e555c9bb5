"""Where does a lint's time go? `python bench/profile_lint.py [DRAFT] [--reference FILE]`.

Runs the stages of `factlint lint` in this process under cProfile, counting CPU
time (process_time, so a busy machine does not inflate the figures), and
prints the time per stage, then per module of lint/ and per library, then the
costliest functions. Defaults: bench/out/draft-100k.md against the bundled
reference. Writes the raw profile to bench/out/profile.prof (for snakeviz or pstats).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

from generate import OUT, generate  # noqa: E402 - bench/ is not a package


def stages(draft: Path, reference: Path | None) -> dict[str, float]:
    """Each stage of a lint, timed in CPU seconds, in the order the CLI runs them."""
    timings: dict[str, float] = {}

    def stage(name, fn, *args):
        start = time.process_time()
        value = fn(*args)
        timings[name] = time.process_time() - start
        return value

    from lint import refdata
    from lint.resources import default_reference

    ref = stage("read the reference", refdata.load, reference or default_reference())
    from lint.patterns import load_pack

    pack = stage("load and compile the rule pack", load_pack)
    from lint.source import read_document

    doc = stage("read and parse the draft", read_document, draft)
    from lint.extract import extract_claims

    claims = stage("extract claims", lambda: list(extract_claims(doc, pack)))
    from lint.engine import _matcher
    from lint.settings import Settings

    matcher = stage("prepare the matcher", _matcher, ref, Settings())
    stage("match claims to topics", lambda: [matcher.match(c) for c in claims])
    from lint.engine import lint_document

    result = stage("whole lint_document (extract + match + judge + filter)", lint_document, doc, ref, pack)
    from lint.report import Options, render

    stage("render JSON", render, "json", [result], Options(color=False, width=100, quiet=False,
                                                            sources={s.id: s for s in ref.sources}))
    timings["claims"] = len(claims)
    return timings


def by_module(stats: pstats.Stats) -> dict[str, float]:
    """Own (not cumulative) CPU time per lint module and per library."""
    totals: dict[str, float] = defaultdict(float)
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():
        path = Path(filename)
        if "lint" in path.parts and path.suffix == ".py":
            key = "lint/" + "/".join(path.parts[path.parts.index("lint") + 1:])
        elif "site-packages" in path.parts:
            key = path.parts[path.parts.index("site-packages") + 1]
        elif filename.startswith("~") or filename.startswith("<"):
            key = "builtins (C: regex matching, rapidfuzz, str methods)"
        else:
            key = "stdlib: " + path.name
        totals[key] += tottime
    return dict(sorted(totals.items(), key=lambda kv: -kv[1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("draft", nargs="?", type=Path, default=None)
    parser.add_argument("--reference", type=Path, default=None)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    draft = args.draft or generate()["draft-100k.md"]
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    timings = stages(draft, args.reference)
    profiler.disable()
    profiler.dump_stats(OUT / "profile.prof")
    print(f"{draft} ({len(draft.read_text(encoding='utf-8').split()):,} words, {timings.pop('claims'):,} claims), "
          f"reference {args.reference or 'bundled'}; CPU seconds under cProfile (about 1.5-2x the real cost):")
    for name, seconds in timings.items():
        print(f"  {seconds:7.2f}  {name}")
    stats = pstats.Stats(profiler)
    print("\nown time per module:")
    for key, seconds in list(by_module(stats).items())[:15]:
        print(f"  {seconds:7.2f}  {key}")
    print(f"\ntop {args.top} functions by own time:")
    stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
