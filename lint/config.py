"""Configuration: `[tool.factlint]` in pyproject.toml, or a `factlint.toml`, then command-line overrides.

The file is found by walking up from the first linted path; in one folder
`factlint.toml` wins over `pyproject.toml`, and a pyproject.toml without a
`[tool.factlint]` table is passed over. Relative paths and globs in a file are
read from the file's folder. Every key is checked: an unknown key or a wrong
type is an InputError naming the file and the key.

A configuration file found by the search belongs to the repository being
linted, which may be anyone's: the paths it gives (`reference`, `rules`,
`cache-dir`) must stay inside its own folder tree, symbolic links resolved, so
a cloned repository cannot make factlint read or write files elsewhere. A file
named with `--config`, and paths given on the command line, are the user's
own and are taken as they are.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from lint.discover import Glob
from lint.errors import InputError
from lint.filters import check_codes
from lint.model import Severity
from lint.settings import MatchSettings, Settings

CONFIG_FILE = "factlint.toml"
PYPROJECT = "pyproject.toml"
LEVELS = tuple(s.value for s in Severity)
DEFAULT = "default"
DEFAULT_MAX_FILE_SIZE = 10_000_000  # bytes: larger drafts are skipped with a notice (0: no limit)
_SIZE = re.compile(r"(?i)\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|kib|mib|gib)?\s*")
_SIZE_UNITS = {"b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "kib": 2**10, "mib": 2**20, "gib": 2**30}


def parse_size(value: object) -> int | None:
    """`10000000`, `"10 MB"`, `"512kB"`, `"2 MiB"` -> bytes; None for anything else (negative, a float of bytes)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if not isinstance(value, str):
        return None
    m = _SIZE.fullmatch(value)
    if not m:
        return None
    number, unit = m.group(1), (m.group(2) or "b").lower()
    if unit == "b" and "." in number:
        return None
    return int(float(number) * _SIZE_UNITS[unit])


def show_size(size: int) -> str:
    """Bytes as a person reads them: '10 MB', '52.4 MB', '900 bytes'."""
    if size >= 10**6:
        return f"{size / 10**6:.1f}".removesuffix(".0") + " MB"
    if size >= 10**3:
        return f"{size / 10**3:.1f}".removesuffix(".0") + " kB"
    return f"{size} bytes"


@dataclass(frozen=True)
class Config:
    """Everything a run is configured with; `settings()` is the part the engine sees."""

    reference: tuple[Path, ...] = ()  # empty: the bundled reference
    rules: tuple[Path, ...] = ()  # extra extraction packs
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    fail_on: str = "warning"
    include: tuple[Glob, ...] = ()
    exclude: tuple[Glob, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    cutoff: float = MatchSettings().cutoff
    report_unsupported: bool = True
    cache_dir: Path | None = None
    max_file_size: int = DEFAULT_MAX_FILE_SIZE  # bytes; 0 = no limit
    file: Path | None = None  # the configuration file read, if any
    origins: dict[str, str] = field(default_factory=dict, compare=False)  # key -> where its value came from

    def settings(self) -> Settings:
        return Settings(
            match=replace(MatchSettings(), cutoff=self.cutoff),
            select=self.select,
            ignore=self.ignore,
            severity=self.severity,
            fail_on=self.fail_on,
            report_unsupported=self.report_unsupported,
            per_file_ignores=self.per_file_ignores,
            root=str(self.file.parent.resolve()) if self.file else "",
            max_file_bytes=self.max_file_size,
        )

    def origin(self, key: str) -> str:
        return self.origins.get(key, DEFAULT)


# --- reading values -------------------------------------------------------------------------


class _Reader:
    """Checks one file's values; every error names the file and the key."""

    def __init__(self, path: Path, table: str, confined: bool = False) -> None:
        self.path = path
        self.folder = path.parent
        self.where = f"{path}: {table}" if table else str(path)
        self.confined = confined  # paths must stay inside the file's folder tree

    def fail(self, key: str, problem: str) -> InputError:
        return InputError(f"{self.where} key '{key}': {problem}")

    def strings(self, key: str, value: Any) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return list(value)
        raise self.fail(key, "expected a string or a list of strings")

    def paths(self, key: str, value: Any) -> tuple[Path, ...]:
        return tuple(self.inside(key, p) for p in self.strings(key, value))

    def inside(self, key: str, value: str) -> Path:
        """`value` read from this file's folder; when confined, refused if it leads out of that folder."""
        path = self.folder / value
        if self.confined:
            top = os.path.realpath(self.folder)
            real = os.path.realpath(path)
            if os.path.commonpath([top, real]) != top:
                raise self.fail(key, f"'{value}' leads outside this file's folder; a configuration found in "
                                     "the linted folders may only name files inside its own folder (give it "
                                     "on the command line, or with --config, to use it)")
        return path

    def codes(self, key: str, value: Any) -> tuple[str, ...]:
        return check_codes(self.strings(key, value), f"{self.where} key '{key}'")

    def globs(self, key: str, value: Any) -> tuple[Glob, ...]:
        base = str(self.folder.resolve())
        return tuple(Glob(g, base) for g in self.strings(key, value))

    def severity(self, key: str, value: Any) -> tuple[tuple[str, str], ...]:
        if not isinstance(value, dict):
            raise self.fail(key, 'expected a table of code = level, e.g. severity = { FL8 = "warning" }')
        out = []
        for code, level in value.items():
            if level not in LEVELS:
                raise self.fail(f"{key}.{code}", f"'{level}' is not a severity ({', '.join(LEVELS)})")
            out += [(c, level) for c in check_codes([code], f"{self.where} key '{key}'")]
        return tuple(out)

    def level(self, key: str, value: Any) -> str:
        if value not in LEVELS:
            raise self.fail(key, f"'{value}' is not a severity ({', '.join(LEVELS)})")
        return value

    def per_file_ignores(self, key: str, value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
        if not isinstance(value, dict):
            raise self.fail(key, 'expected a table of glob = codes, e.g. "drafts/*.md" = ["FL8"]')
        return tuple((glob, self.codes(f"{key}.{glob}", codes)) for glob, codes in value.items())

    def cutoff(self, key: str, value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
            raise self.fail(key, "expected a number from 0 to 100")
        return float(value)

    def boolean(self, key: str, value: Any) -> bool:
        if not isinstance(value, bool):
            raise self.fail(key, "expected true or false")
        return value

    def path(self, key: str, value: Any) -> Path:
        if not isinstance(value, str):
            raise self.fail(key, "expected a path")
        return self.inside(key, value)

    def size(self, key: str, value: Any) -> int:
        size = parse_size(value)
        if size is None:
            raise self.fail(key, 'expected a size in bytes or with a unit, e.g. 10000000 or "10 MB" (0: no limit)')
        return size


# file key -> (Config field, reader method)
KEYS: dict[str, tuple[str, Callable[[_Reader, str, Any], Any]]] = {
    "reference": ("reference", _Reader.paths),
    "rules": ("rules", _Reader.paths),
    "select": ("select", _Reader.codes),
    "ignore": ("ignore", _Reader.codes),
    "severity": ("severity", _Reader.severity),
    "fail-on": ("fail_on", _Reader.level),
    "include": ("include", _Reader.globs),
    "exclude": ("exclude", _Reader.globs),
    "per-file-ignores": ("per_file_ignores", _Reader.per_file_ignores),
    "cutoff": ("cutoff", _Reader.cutoff),
    "report-unsupported": ("report_unsupported", _Reader.boolean),
    "cache-dir": ("cache_dir", _Reader.path),
    "max-file-size": ("max_file_size", _Reader.size),
}
FIELD_KEYS = {f: k for k, (f, _) in KEYS.items()}


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such configuration file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML: {exc}") from None


def _table(path: Path, data: dict) -> tuple[dict, str] | None:
    """The factlint table of a parsed file, and how to name it; None for a pyproject.toml without one."""
    if path.name == PYPROJECT:
        table = data.get("tool", {}).get("factlint")
        if table is None:
            return None
        if not isinstance(table, dict):
            raise InputError(f"{path}: [tool.factlint] must be a table")
        return table, "[tool.factlint]"
    return data, ""


def find_config(start: Path) -> Path | None:
    """The nearest factlint.toml, or pyproject.toml with [tool.factlint], at or above `start`."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        if (candidate / CONFIG_FILE).is_file():
            return candidate / CONFIG_FILE
        pyproject = candidate / PYPROJECT
        if pyproject.is_file():
            try:
                has_table = "factlint" in tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {})
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                has_table = False  # someone else's broken pyproject: not ours to judge unless it names us
            if has_table:
                return pyproject
    return None


def load_file(path: Path, confined: bool = False) -> Config:
    """A Config from one file: defaults, overridden by the keys the file sets.

    `confined`: the file was found in the linted folders, so its paths may not lead out of its folder."""
    found = _table(path, _read_toml(path))
    if found is None:
        return Config(file=path)
    table, name = found
    reader = _Reader(path, name, confined)
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in KEYS:
            close = difflib.get_close_matches(key.replace("_", "-"), KEYS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(KEYS)})"
            raise reader.fail(key, "unknown key" + hint)
        field_name, read = KEYS[key]
        values[field_name] = read(reader, key, value)
    shown = f"{path} {name}".strip()
    return Config(file=path, origins=dict.fromkeys(values, shown), **values)


def resolve(start: Path | None, config_file: Path | None = None, overrides: dict[str, Any] | None = None) -> Config:
    """Settings in effect: the config file (given, or found from `start`), then `overrides` from the command line.

    `overrides` maps Config field names to values already checked; `exclude` is added to the file's
    excludes rather than replacing them, every other key replaces the file's value.
    """
    path = config_file or (find_config(start) if start is not None else None)
    config = load_file(path, confined=config_file is None) if path is not None else Config()
    if not overrides:
        return config
    origins = dict(config.origins)
    values: dict[str, Any] = {}
    for name, value in overrides.items():
        if name == "exclude" and config.exclude:
            values[name] = config.exclude + tuple(value)
            origins[name] = f"{origins[name]} + command line"
        else:
            values[name] = value
            origins[name] = "command line"
    return replace(config, origins=origins, **values)


def describe(config: Config) -> list[tuple[str, str, str]]:
    """(key, value as TOML-ish text, origin) for every setting, in file-key order."""
    rows = []
    for f in fields(Config):
        if f.name not in FIELD_KEYS:
            continue
        value = getattr(config, f.name)
        if f.name == "max_file_size":
            shown = _show_max_file_size(value)
        else:
            shown = _DEFAULT_SHOWN.get(f.name, _show(value)) if value in ((), None) else _show(value)
        rows.append((FIELD_KEYS[f.name], shown, config.origin(f.name)))
    return rows


# What an empty value means, where "[]" would mislead
_DEFAULT_SHOWN = {
    "reference": "(the bundled reference)",
    "select": "(every code)",
    "include": '(".md", ".markdown", ".txt" files)',
    "cache_dir": "(.factlint_cache at the project root)",
}


def as_data(value: Any) -> Any:
    """A setting as JSON-able data."""
    if isinstance(value, Glob):
        return value.pattern
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple) and value and isinstance(value[0], tuple) and len(value[0]) == 2:
        return {k: as_data(v) for k, v in value}
    if isinstance(value, tuple):
        return [as_data(v) for v in value]
    return value


def _show(value: Any) -> str:
    data = as_data(value)
    if data is None:
        return "(none)"
    if isinstance(data, bool):
        return str(data).lower()
    if isinstance(data, list):
        return "[" + ", ".join(f'"{v}"' for v in data) + "]"
    if isinstance(data, dict):
        return "{ " + ", ".join(f'"{k}" = {_show(v)}' for k, v in data.items()) + " }"
    if isinstance(data, str):
        return f'"{data}"'
    return str(data)


def _show_max_file_size(size: int) -> str:
    return "0 (no limit)" if size == 0 else f'"{show_size(size)}" ({size} bytes)'

