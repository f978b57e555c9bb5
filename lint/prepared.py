"""Large references prepared once per content: the parsed reference and its Matcher, kept between runs.

Reading a 10,000-topic reference (its TOML, then its topics and their values)
and preparing its Matcher (every topic's words, weighed and indexed) took about
1.4 s of every run that used it; reading both back from one pickle takes about
0.35 s. `load(path, rules, settings)` returns the same Reference that
`refdata.load(path)` would, and hands the engine its Matcher (lint.engine), from
the file an earlier run prepared, when the reference, the rules, the match
settings and factlint itself (its version and source) are all the same.

Only references of at least MIN_BYTES: a small one reads faster than its
prepared file. A reference with problems is never kept: it fails as before.

Never a wrong value, never a crash: the file is named by a hash of everything
the result depends on (lint.cache.fingerprint), repeats that key inside, carries
a SHA-256 of its own contents and belongs to one Python; whatever goes wrong in
reading or writing it, the reference is read and prepared as usual.

Trust: a pickle runs code as it loads, so these files live only in the user's
own cache folder (with the compiled patterns of lint/regex_cache.py), never in a
project's folder that a cloned repository could ship. Off unless `enable()` is
called (the CLI does, with the compile caches; `FACTLINT_REGEX_CACHE=off` turns
them all off). Files not rewritten for a month are removed (checked at most
daily, as lint/cache.py does its entries).
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

from lint.sealed import read_sealed, write_sealed
from lint.settings import Settings

FORMAT = b"factlint-prepared-reference 1\n"
MIN_BYTES = 256 * 1024

_folder: Path | None = None


def enable(folder: Path) -> None:
    global _folder
    _folder = Path(folder)


def disable() -> None:
    global _folder
    _folder = None


def load(path: Path, rules: tuple[Path, ...], settings: Settings):
    """`refdata.load(path)`, with the engine's Matcher for it under `settings` ready when it was kept.

    `rules`: the user's rule packs besides the bundled one (they are part of the key)."""
    from lint import engine, refdata

    path = Path(path)
    key = _key(path, rules, settings) if _folder is not None else None
    if key is None:
        return refdata.load(path)
    kept = _folder / f"{key}.pickle"
    found = _read(kept, key)
    if found is not None:
        reference, matcher = found
        engine.keep_matcher(reference, settings, matcher)
        return reference
    reference = refdata.load(path)  # problems are raised here, before anything is kept
    _write(kept, key, (reference, engine.matcher_for(reference, settings)))
    return reference


def _key(path: Path, rules: tuple[Path, ...], settings: Settings) -> str | None:
    """What a prepared file must have been made from; None for a small or unreadable reference."""
    from lint.cache import fingerprint
    from lint.resources import data_dir

    try:
        if not path.is_file() or path.stat().st_size < MIN_BYTES:
            return None
        return fingerprint(path.read_bytes(), (data_dir("rules"), *rules), settings.match)
    except OSError:
        return None  # refdata.load names the trouble


def _environment() -> tuple:
    return (sys.hexversion, pickle.HIGHEST_PROTOCOL)


def _read(path: Path, key: str) -> tuple | None:
    from lint.match import Matcher
    from lint.model import Reference

    found = read_sealed(path, FORMAT, pickle.loads, _environment(), key)
    if type(found) is not tuple or len(found) != 2:
        return None
    reference, matcher = found
    if not (isinstance(reference, Reference) and isinstance(matcher, Matcher)):
        return None
    if matcher.topics is not reference.topics:  # a matcher for another reference
        return None
    return reference, matcher


def _write(path: Path, key: str, prepared: tuple) -> None:
    try:
        payload = pickle.dumps((_environment(), key, prepared), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # cannot happen with lint.model's types; never worth failing a run over
        return
    write_sealed(path, FORMAT, payload, stale="*.pickle")  # references since edited: removed after a month
