"""Where does a lint's time go? `python bench/profile_lint.py [DRAFT or FOLDER] [--reference FILE]`.

Runs the stages of `factlint lint` in this process under cProfile, counting CPU
time (process_time, so a busy machine does not inflate the figures), and
prints the time per stage, then per module of lint/ and per library, then the
costliest functions. Defaults: bench/out/draft-100k.md against the bundled
reference; a folder lints each of its .md files in turn (the stages summed, as
one worker would). Compiled patterns and parsed TOML come from factlint's
compile caches, as in a `factlint lint` run (lint/regex_cache.py; the first
run fills them); --no-compile-cache compiles everything, as a first run does.
Writes the raw profile to bench/out/profile.prof (for snakeviz or pstats).
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
    """Each stage of a lint, timed in CPU seconds, in the order the CLI runs them (summed over a folder's files)."""
    timings: dict[str, float] = {}

    def stage(name, fn, *args):
        start = time.process_time()
        value = fn(*args)
        timings[name] = timings.get(name, 0.0) + time.process_time() - start
        return value

    from lint import refdata
    from lint.resources import default_reference

    ref = stage("read the reference", refdata.load, reference or default_reference())
    from lint.patterns import load_pack

    pack = stage("load and compile the rule pack", load_pack)
    from lint.engine import lint_document, matcher_for
    from lint.extract import extract_claims
    from lint.settings import Settings
    from lint.source import read_document

    matcher = stage("prepare the matcher", matcher_for, ref, Settings())
    results, count = [], 0
    for path in sorted(draft.glob("*.md")) if draft.is_dir() else [draft]:
        doc = stage("read and parse the draft", read_document, path)
        claims = stage("extract claims", lambda doc=doc: list(extract_claims(doc, pack)))
        stage("match claims to topics", lambda claims=claims: [matcher.match(c) for c in claims])
        results.append(stage("whole lint_document (extract + match + judge + filter)", lint_document, doc, ref,
                             pack))
        count += len(claims)
    from lint.report import Options, render

    stage("render JSON", render, "json", results, Options(color=False, width=100, quiet=False,
                                                          sources={s.id: s for s in ref.sources}))
    timings["claims"] = count
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
    parser.add_argument("--no-compile-cache", action="store_true",
                        help="compile every pattern and parse every TOML file, as the first run on a machine does")
    args = parser.parse_args()
    draft = args.draft or generate()["draft-100k.md"]
    if not args.no_compile_cache:
        from lint import regex_cache, sealed, toml_cache

        if regex_cache.install():
            toml_cache.enable(sealed.user_folder() / "toml")
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    timings = stages(draft, args.reference)
    profiler.disable()
    profiler.dump_stats(OUT / "profile.prof")
    files = sorted(draft.glob("*.md")) if draft.is_dir() else [draft]
    words = sum(len(f.read_text(encoding="utf-8").split()) for f in files)
    print(f"{draft} ({len(files):,} files, {words:,} words, {timings.pop('claims'):,} claims), "
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
