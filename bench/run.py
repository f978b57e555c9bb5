"""Run factlint's benchmarks: `python bench/run.py` (options: --quick, --repeat N).

Generates the inputs (bench/generate.py, into bench/out/), then runs factlint
as a user would: a fresh process per run, `factlint lint ... --format json`,
with and without its cache, several times each. Reports the median wall time
and the peak memory (the largest resident set of the process and its workers,
from wait4), times proselint on the same inputs in the same run where it is
installed, and checks the targets of issue 7. Prints a table and writes it to
bench/out/results.md (and the raw figures to bench/out/results.json).

A benchmark, not a test: nothing fails on a slow machine; a target not met is
reported as such and the exit status stays 0 (2 only when factlint itself
could not run).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from generate import FOLDER_FILES, OUT, generate  # noqa: E402 - bench/ is not a package

PROSELINT_VENV = OUT / "proselint-venv"
# A run whose exit status is not in this set did not complete (2: usage or input error).
COMPLETED = {0, 1}
# factlint's compile caches (lint/regex_cache.py, lint/toml_cache.py) go to $XDG_CACHE_HOME: kept in bench/out,
# so a benchmark neither reads nor fills the user's, and the first-run case can empty them.
USER_CACHE = OUT / "user-cache"


def run_environment() -> dict[str, str]:
    """The environment every timed process runs in.

    Bytecode: an installed package has its .pyc files (pip compiles them at install); a checkout
    run with PYTHONDONTWRITEBYTECODE set (as some sandboxes and CI images do) compiles every
    module of lint/ from source on every run, 0.15 s here that no user pays. So every process,
    the import floor's and proselint's alike, keeps its bytecode under bench/out/pycache; the
    untimed warm-up run of each case writes it.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    env["XDG_CACHE_HOME"] = str(USER_CACHE)
    env.pop("FACTLINT_REGEX_CACHE", None)
    return env


RUN_ENV = run_environment()


@dataclass
class Case:
    key: str
    label: str
    argv: list[str]
    before_each: object = None  # callable run before every timed run (clearing the cache)
    warm_up: bool = True  # one untimed run first, so the page cache is warm for every case alike
    files: int | None = None  # a `lint --format json` run: its report must cover this many files


@dataclass
class Result:
    case: Case
    times: list[float] = field(default_factory=list)
    peaks_mb: list[float] = field(default_factory=list)
    error: str | None = None

    @property
    def median(self) -> float | None:
        return statistics.median(self.times) if self.times else None

    @property
    def peak_mb(self) -> float | None:
        return max(self.peaks_mb) if self.peaks_mb else None


def run_once(argv: list[str], stdout_path: Path) -> tuple[float, float, int, str]:
    """(seconds, peak MB, exit status, stderr tail) of one fresh process."""
    with open(stdout_path, "wb") as out, open(OUT / "stderr.txt", "w+b") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=RUN_ENV)
        # wait4 reports this child's own peak RSS, or its largest worker's (Linux folds reaped children in)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        tail = err.read()[-400:].decode("utf-8", "replace").strip()
    scale = 1024 if sys.platform != "darwin" else 1  # ru_maxrss is KiB on Linux, bytes on macOS
    return elapsed, usage.ru_maxrss * scale / 1e6, proc.returncode, tail


def measure(case: Case, repeat: int) -> Result:
    result = Result(case)
    stdout_path = OUT / f"stdout-{case.key}.txt"
    runs = ([False] if case.warm_up else []) + [True] * repeat
    for timed in runs:
        if case.before_each:
            case.before_each()
        seconds, peak, status, tail = run_once(case.argv, stdout_path)
        problem = None if status in COMPLETED else f"exit {status}"
        if problem is None and case.files is not None:
            problem = check_report(stdout_path, case.files)
        if problem:
            result.error = f"{problem}: {tail.splitlines()[-1] if tail else '(nothing on stderr)'}"
            break
        if timed:
            result.times.append(seconds)
            result.peaks_mb.append(peak)
    shown = f"{result.median:.3f} s, {result.peak_mb:.0f} MB" if result.times else result.error
    print(f"  {case.label:<58} {shown}", file=sys.stderr, flush=True)
    return result


def check_report(path: Path, files: int) -> str | None:
    """Why the JSON report at `path` is not a whole report of `files` files (a crash also exits 1), or None."""
    try:
        summary = json.loads(path.read_text(encoding="utf-8"))["summary"]
    except (OSError, ValueError, KeyError, TypeError):
        return "no JSON report on standard output"
    return None if summary.get("files") == files else f"the report covers {summary.get('files')} of {files} files"


# --- what is run -------------------------------------------------------------------------------


def script_python(script: str) -> str:
    """The interpreter a console script runs with (its #! line), so the import floor uses the same one."""
    try:
        first = Path(script).read_text(encoding="utf-8", errors="replace").splitlines()[0]
    except (OSError, IndexError):
        return sys.executable
    candidate = first[2:].strip().split()[0] if first.startswith("#!") else ""
    return candidate if candidate and Path(candidate).exists() and "python" in Path(candidate).name else sys.executable


def find_proselint(explicit: str | None) -> str | None:
    if explicit:
        return explicit
    local = PROSELINT_VENV / "bin" / "proselint"
    if local.exists():
        return str(local)
    return shutil.which("proselint")


def install_proselint() -> str:
    """proselint in its own venv under bench/out/: measured beside factlint, never a dependency of it."""
    subprocess.run([sys.executable, "-m", "venv", str(PROSELINT_VENV)], check=True)
    subprocess.run([str(PROSELINT_VENV / "bin" / "pip"), "install", "-q", "proselint"], check=True)
    return str(PROSELINT_VENV / "bin" / "proselint")


def version_of(argv: list[str]) -> str:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return (done.stdout or done.stderr).strip().splitlines()[0] if (done.stdout or done.stderr).strip() else "?"


def build_cases(args, inputs: dict[str, Path], factlint: list[str], python: str, proselint: str | None) -> list[Case]:
    cache = OUT / ".factlint_cache"

    def clear_cache() -> None:
        shutil.rmtree(cache, ignore_errors=True)

    def clear_all_caches() -> None:  # as on a machine that never ran this factlint: nothing compiled yet
        clear_cache()
        shutil.rmtree(USER_CACHE, ignore_errors=True)

    ref = ["--reference", str(args.reference)] if args.reference else []
    lint = [*factlint, "lint", "--format", "json"]
    folder = str(inputs["folder"])
    files = len(list(inputs["folder"].glob("*.md")))
    cases = [
        Case("floor", "import floor: python -c 'import typer, rich, regex, rapidfuzz'",
             [python, "-c", "import typer, rich, regex, rapidfuzz"]),
        Case("version", "factlint --version", [*factlint, "--version"]),
        Case("help", "factlint --help", [*factlint, "--help"]),
        Case("lint-2k", "lint 2,000 words", [*lint, *ref, "--no-cache", str(inputs["draft-2k.md"])]),
        Case("lint-2k-first-run", "lint 2,000 words, first run (nothing compiled yet)",
             [*lint, *ref, "--no-cache", str(inputs["draft-2k.md"])], before_each=clear_all_caches, warm_up=False),
        Case("lint-10k", "lint 10,000 words", [*lint, *ref, "--no-cache", str(inputs["draft-10k.md"])]),
    ]
    if not args.quick:
        cases.append(Case("lint-50k", "lint 50,000 words", [*lint, *ref, "--no-cache", str(inputs["draft-50k.md"])]))
    cases += [
        Case("lint-100k", "lint 100,000 words", [*lint, *ref, "--no-cache", str(inputs["draft-100k.md"])]),
        Case("lint-100k-10k-topics", "lint 100,000 words, 10,000-topic reference",
             [*lint, "--reference", str(inputs["reference"]), "--no-cache", str(inputs["draft-100k.md"])]),
        Case("lint-100k-cache-first", "lint 100,000 words, cache empty", [*lint, *ref, str(inputs["draft-100k.md"])],
             before_each=clear_cache, warm_up=False),
        Case("lint-100k-cache-second", "lint 100,000 words, cache filled", [*lint, *ref, str(inputs["draft-100k.md"])]),
        Case("folder-j1", f"lint {files} files, --jobs 1", [*lint, *ref, "--no-cache", "--jobs", "1", folder]),
        Case("folder-j2", f"lint {files} files, --jobs 2", [*lint, *ref, "--no-cache", "--jobs", "2", folder]),
        Case("folder-cache-first", f"lint {files} files, cache empty", [*lint, *ref, folder],
             before_each=clear_cache, warm_up=False),
        Case("folder-cache-second", f"lint {files} files, cache filled", [*lint, *ref, folder]),
    ]
    for case in cases:  # every lint run is checked to have reported on every file it was given
        if case.key.startswith(("lint-", "folder-")):
            case.files = files if case.key.startswith("folder-") else 1
    if proselint:
        check = [proselint, "check", "--output-format", "json"]
        cases += [
            Case("proselint-2k", "proselint 2,000 words", [*check, str(inputs["draft-2k.md"])]),
            Case("proselint-100k", "proselint 100,000 words", [*check, str(inputs["draft-100k.md"])]),
            Case("proselint-folder", f"proselint {files} files", [*check, folder]),
        ]
    return cases


# --- targets (issue 7) ---------------------------------------------------------------------------


@dataclass
class Target:
    name: str
    measured: str
    limit: str
    met: bool | None  # None: could not be measured in this run


def ratio(a: Result | None, b: Result | None) -> float | None:
    if a is None or b is None or a.median is None or not b.median:
        return None
    return a.median / b.median


def targets(r: dict[str, Result]) -> list[Target]:
    out: list[Target] = []

    def against(name: str, value: float | None, limit: float, unit: str = "x", what: str = "") -> None:
        shown = "n/a" if value is None else (f"{value:.2f}{unit}" + (f" ({what})" if what else ""))
        out.append(Target(name, shown, f"<= {limit:g}{unit}", None if value is None else value <= limit))

    def secs(key: str) -> str:
        return f"{r[key].median:.2f} s" if key in r and r[key].median is not None else "n/a"

    against("cold lint of 2,000 words / import floor", ratio(r.get("lint-2k"), r.get("floor")), 2,
            what=f"{secs('lint-2k')} vs {secs('floor')}")
    against("--help / import floor", ratio(r.get("help"), r.get("floor")), 1.5, what=secs("help"))
    against("--version / import floor", ratio(r.get("version"), r.get("floor")), 1.5, what=secs("version"))
    against("100,000 words / proselint", ratio(r.get("lint-100k"), r.get("proselint-100k")), 0.5,
            what=f"{secs('lint-100k')} vs {secs('proselint-100k')}")
    peak = r["lint-100k"].peak_mb if "lint-100k" in r else None
    against("100,000 words: peak memory", peak, 150, unit=" MB")
    against("100,000 words, bundled reference (issue 5)", r["lint-100k"].median if "lint-100k" in r else None, 2,
            unit=" s")
    against("folder / proselint (both cores)", ratio(r.get("folder-j2"), r.get("proselint-folder")), 0.5,
            what=f"{secs('folder-j2')} vs {secs('proselint-folder')}")
    against("folder, 2 cores (issue 6)", r["folder-j2"].median if "folder-j2" in r else None, 10, unit=" s")
    speedup = ratio(r.get("folder-j1"), r.get("folder-j2"))
    out.append(Target("folder: --jobs 1 / --jobs 2 (issue 6)", "n/a" if speedup is None else f"{speedup:.2f}x",
                      ">= 1.6x", None if speedup is None else speedup >= 1.6))
    against("folder: second run with the cache / first", ratio(r.get("folder-cache-second"),
                                                                 r.get("folder-cache-first")), 0.1,
            what=f"{secs('folder-cache-second')} vs {secs('folder-cache-first')}")
    against("100,000 words: 10,000-topic reference / bundled", ratio(r.get("lint-100k-10k-topics"),
                                                                       r.get("lint-100k")), 1.5,
            what=f"{secs('lint-100k-10k-topics')} vs {secs('lint-100k')}")
    out.append(linear_growth(r))
    return out


def linear_growth(r: dict[str, Result]) -> Target:
    """Time per extra 10,000 words from 10k to 50k against 50k to 100k: equal slopes mean linear growth."""
    points = [r.get(k) for k in ("lint-10k", "lint-50k", "lint-100k")]
    if any(p is None or p.median is None for p in points):
        return Target("time grows linearly with length (10k, 50k, 100k)", "n/a", "slope ratio <= 1.25", None)
    t10, t50, t100 = (p.median for p in points)
    first, second = (t50 - t10) / 4, (t100 - t50) / 5
    slope_ratio = second / first if first > 0 else math.inf
    shown = f"{t10:.2f} / {t50:.2f} / {t100:.2f} s; {first:.3f} then {second:.3f} s per 10k words"
    return Target("time grows linearly with length (10k, 50k, 100k)", shown, "slope ratio <= 1.25",
                  slope_ratio <= 1.25)


# --- reporting ---------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.1f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{cpu}, {cores} cores{memory}; {platform.system()} {platform.release()}; Python {platform.python_version()}"


def markdown(results: list[Result], goals: list[Target], header: list[str]) -> str:
    by_key = {r.case.key: r for r in results}
    pairs = {"lint-2k": "proselint-2k", "lint-100k": "proselint-100k", "folder-j2": "proselint-folder"}
    lines = [*header, "", "| run | median | min - max | peak memory | factlint / proselint |",
             "|---|---:|---:|---:|---:|"]
    for r in results:
        if r.error:
            lines.append(f"| {r.case.label} | failed: {r.error} | | | |")
            continue
        vs = ratio(r, by_key.get(pairs.get(r.case.key, "")))
        lines.append(f"| {r.case.label} | {r.median:.3f} s | {min(r.times):.3f} - {max(r.times):.3f} s "
                     f"| {r.peak_mb:.0f} MB | {'' if vs is None else f'{vs:.2f}x'} |")
    lines += ["", "| target (issue 7) | measured | limit | met |", "|---|---|---|---|"]
    for g in goals:
        met = "n/a" if g.met is None else ("yes" if g.met else "**no**")
        lines.append(f"| {g.name} | {g.measured} | {g.limit} | {met} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0], prog="python bench/run.py")
    parser.add_argument("--quick", action="store_true",
                        help="short version: 2 runs each, a 200-file folder, no 50,000-word point")
    parser.add_argument("--repeat", type=int, default=None, metavar="N", help="timed runs per case (default 5)")
    parser.add_argument("--reference", type=Path, default=None,
                        help="stand-in for the bundled reference (default: factlint's own)")
    parser.add_argument("--proselint", default=None, help="proselint executable (default: bench/out/proselint-venv, "
                                                           "then PATH)")
    parser.add_argument("--install-proselint", action="store_true",
                        help="install proselint into bench/out/proselint-venv first (not a factlint dependency)")
    parser.add_argument("--only", default="", help="comma-separated case keys to run (for investigating one)")
    args = parser.parse_args(argv)
    repeat = args.repeat or (2 if args.quick else 5)

    print("generating inputs in bench/out/ ...", file=sys.stderr, flush=True)
    inputs = generate(folder_files=200 if args.quick else FOLDER_FILES)
    # An empty configuration in bench/out makes it the project root, so the cache lives (and is cleared) there.
    (OUT / "factlint.toml").write_text('# Benchmark runs: the cache stays inside bench/out.\n'
                                       'cache-dir = ".factlint_cache"\n')

    script = shutil.which("factlint")
    factlint = [script] if script else [sys.executable, "-m", "lint"]
    python = script_python(script) if script else sys.executable
    proselint = install_proselint() if args.install_proselint else find_proselint(args.proselint)
    if not proselint:
        print("proselint not found: ratios left out (--install-proselint installs it under bench/out/)",
              file=sys.stderr)

    cases = build_cases(args, inputs, factlint, python, proselint)
    if args.only:
        wanted = set(args.only.split(","))
        cases = [c for c in cases if c.key in wanted]
    print(f"running {len(cases)} cases, {repeat} timed runs each:", file=sys.stderr, flush=True)
    results = [measure(c, repeat) for c in cases]
    by_key = {r.case.key: r for r in results if r.error is None}
    goals = targets(by_key)

    header = [
        "# factlint benchmarks",
        "",
        f"- date: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- machine: {machine()}",
        f"- {version_of([*factlint, '--version'])}; proselint "
        + (version_of([proselint, "version"]) if proselint else "not installed"),
        f"- {repeat} timed runs per case after one untimed warm-up (none for the empty-cache runs); "
        "median wall time; peak memory is the largest resident set of the process or its workers",
        f"- inputs: bench/generate.py ({len(list(inputs['folder'].glob('*.md')))} files of about 500 words in the "
        "folder); `--format json` for factlint, `--output-format json` for proselint",
        "- every process reads its modules' bytecode, as an installed package does (kept in bench/out/pycache); "
        "factlint's compiled patterns and parsed TOML (lint/regex_cache.py) are kept in bench/out/user-cache, "
        "filled by the warm-up runs and emptied before each 'first run'",
    ]
    text = markdown(results, goals, header)
    (OUT / "results.md").write_text(text, encoding="utf-8")
    raw = {r.case.key: {"label": r.case.label, "argv": r.case.argv, "times": r.times, "peak_mb": r.peak_mb,
                        "error": r.error} for r in results}
    (OUT / "results.json").write_text(json.dumps(raw, indent=2) + "\n", encoding="utf-8")
    print(text)
    print(f"written to {OUT / 'results.md'}", file=sys.stderr)
    return 2 if any(r.error for r in results if not r.case.key.startswith("proselint")) else 0


if __name__ == "__main__":
    sys.exit(main())
