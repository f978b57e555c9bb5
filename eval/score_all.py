"""Score factlint on every labelled set in eval/sets/: `python eval/score_all.py [SET ...]`.

Each set is five invented source documents (sources/) and four drafts with their gold labels
(drafts/*.gold.toml, the format of shared/eval/). The reference is built from the sources,
uncurated, and every draft is linted against it with this checkout's factlint (`python -m
lint`, by the Python running this script), by shared/eval/score.py (looked for beside this
checkout: ../shared/eval/score.py, or $FACTLINT_SCORE). Prints one line per set and the labels
pooled over all of them; exits 1 if scoring a set fails. A measuring tool, not a test.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = HERE / "sets"
SCORE = Path(os.environ.get("FACTLINT_SCORE", HERE.parent.parent / "shared" / "eval" / "score.py"))
_FIGURES = re.compile(r"(\w+)=([\d.]+)")


def main(argv: list[str]) -> int:
    if not SCORE.is_file():
        sys.stderr.write(f"score_all: {SCORE}: no such file (set FACTLINT_SCORE to shared/eval/score.py)\n")
        return 2
    names = argv or sorted(p.name for p in SETS.iterdir() if p.is_dir())
    pooled = {"tp": 0, "fp": 0, "fn": 0}
    for name in names:
        folder = SETS / name
        if not (folder / "sources").is_dir():
            sys.stderr.write(f"score_all: {folder}: no sources/ folder\n")
            return 2
        # this checkout's factlint, run by this Python: not whichever `factlint` is first on PATH
        command = f"{shlex.quote(sys.executable)} -m lint"
        done = subprocess.run([sys.executable, str(SCORE), "--cmd", command, "--build", str(folder / "sources"),
                               str(folder / "drafts")], capture_output=True, text=True, cwd=HERE.parent)
        last = (done.stdout.strip().splitlines() or ["?"])[-1]
        figures = dict(_FIGURES.findall(last))
        if done.returncode != 0 or "tp" not in figures:
            detail = (done.stderr.strip() or last).splitlines()[-1:] or ["no output"]
            sys.stderr.write(f"score_all: {name}: score.py failed (exit {done.returncode}): {detail[0]}\n")
            return 1
        for key in pooled:
            pooled[key] += int(float(figures.get(key, 0)))
        shown = " ".join(f"{k}={figures[k]}" for k in ("precision", "recall", "coverage", "extraction") if k in figures)
        print(f"{name:24} {shown}")
    tp, fp, fn = pooled["tp"], pooled["fp"], pooled["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(f"{'pooled':24} precision={precision:.3f} recall={recall:.3f} tp={tp} fp={fp} fn={fn}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
