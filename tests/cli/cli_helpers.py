"""Running `factlint` in this process (fast: the rule pack is compiled once) and drafts about a made-up country."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from lint.cli import main

DATA = Path(__file__).parent / "data"
REFERENCE = DATA / "ref.toml"

# Each draft's findings against data/ref.toml
MISMATCH = "The lake ferry carried about 90,000 passengers each year.\n"  # FL104, error
CONTESTED = "Smuggling goods across the river border is punished under Article 112 of the penal code.\n"  # FL501
SUPPORTED = "The canal to the capital opened in 1987.\n"  # no finding
UNSUPPORTED = "The mayor was elected in 2004.\n"  # FL803, info
NO_CLAIMS = "Nothing in this paragraph is a number.\n"


@dataclass
class Run:
    code: int
    out: str
    err: str


def factlint(capsys: pytest.CaptureFixture, *args: str, stdin: bytes | None = None, reference: bool = True) -> Run:
    """`factlint ARGS` (with `-r data/ref.toml` after `lint` unless reference=False); exit code and output."""
    argv = list(args)
    if reference and argv and argv[0] == "lint":
        argv[1:1] = ["-r", str(REFERENCE)]
    saved = sys.stdin
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        main(argv)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.stdin = saved
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def draft(folder: Path, name: str, *paragraphs: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# Ruritania\n\n" + "\n".join(paragraphs), encoding="utf-8")
    return path
