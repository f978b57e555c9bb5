"""Where the bundled data lives, installed or not.

A wheel carries `rules/` and `reference/` as `lint/_data/...`; an editable
install or a checkout finds them beside the `lint/` package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """The folder `name` ('rules' or 'reference') that ships with factlint."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"factlint's bundled '{name}' folder is missing (broken install?)")


def default_reference() -> Path:
    return data_dir("reference") / "default.toml"
