#!/usr/bin/env python3
"""Check a blind set's layout and gold files: python3 check_gold.py SETDIR"""
import sys
import tomllib
from pathlib import Path

CATEGORIES = {"mismatch", "contested", "hedge", "attribution"}
KINDS = {"statute", "penalty", "date", "figure"}


def main(folder: Path) -> int:
    problems = []
    sources = sorted(p.name for p in (folder / "sources").glob("0[1-5]_*"))
    if len(sources) != 5:
        problems.append(f"sources/: expected five files 01_..05_, found {sources}")
    if not (folder / "sources" / "SOURCES.md").is_file():
        problems.append("sources/SOURCES.md is missing")
    if not (folder / "DISPUTES.md").is_file():
        problems.append("DISPUTES.md is missing")
    for n in range(1, 5):
        draft = folder / "drafts" / f"draft{n}.md"
        gold = folder / "drafts" / f"draft{n}.gold.toml"
        if not draft.is_file() or not gold.is_file():
            problems.append(f"{draft.name} or its gold file is missing")
            continue
        text = draft.read_text(encoding="utf-8")
        try:
            data = tomllib.loads(gold.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            problems.append(f"{gold.name}: not TOML: {exc}")
            continue
        unknown = set(data) - {"expect", "clean", "ignore"}
        if unknown:
            problems.append(f"{gold.name}: unknown sections {sorted(unknown)}")
        for section in ("expect", "clean", "ignore"):
            for entry in data.get(section, []):
                label = f"{gold.name} [[{section}]] {entry.get('text')!r}"
                phrase = entry.get("text", "")
                if not phrase:
                    problems.append(f"{label}: no text")
                    continue
                occurrences, nth = text.count(phrase), entry.get("nth", 1)
                if occurrences < nth:
                    problems.append(f"{label}: occurs {occurrences} times in the draft, nth={nth}")
                if len(phrase.split()) > 12:
                    problems.append(f"{label}: too long; label the value phrase, not a sentence")
                if section != "ignore" and entry.get("kind") not in KINDS:
                    problems.append(f"{label}: kind must be one of {sorted(KINDS)}")
                if section == "expect":
                    if entry.get("category") not in CATEGORIES:
                        problems.append(f"{label}: category must be one of {sorted(CATEGORIES)}")
                    if not entry.get("note"):
                        problems.append(f"{label}: no note")
    for p in problems:
        print(p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
