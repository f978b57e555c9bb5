"""Large references prepared once per content: the parsed reference and its Matcher, kept between runs.

Reading a 10,000-topic reference (its TOML, then its topics and their values)
and preparing its Matcher (every topic's words, weighed and indexed) took about
1.4 s of every run that used it; reading both back from one pickle takes about
0.35 s. `load(path, settings)` returns the same Reference that
`refdata.load(path)` would, and hands the engine its Matcher (lint.engine), from
the file an earlier run prepared from the same bytes, under the same bundled
rules, match settings and factlint (its version and source).

Only references of at least MIN_BYTES: a small one reads faster than its
prepared file. A reference with problems is never kept: it fails as before.

Never a wrong value, never a crash: the file is named by a hash of everything
the result depends on (lint.cache.fingerprint), repeats that key inside, carries
a SHA-256 of its own contents and belongs to one Python; whatever goes wrong in
reading or writing it, the reference is read and prepared as usual.

Trust: a pickle runs code as it loads, so these files live only in the user's
own cache folder (lint.sealed.user_folder, beside the compiled patterns), never
in a project's folder that a cloned repository could ship, and one is read only
when the user owns it and its folder and nobody else may write them. Off unless
`enable()` is called (the CLI does, with the compile caches;
`FACTLINT_REGEX_CACHE=off` turns them all off). The MAX_KEPT files used last
are kept; any not used for a month are removed (checked at most daily).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
from pathlib import Path

from lint.sealed import CacheFolder, read_sealed, write_sealed
from lint.settings import Settings

# (pickle is imported where a prepared file is read or written: most runs read a small reference, never one)

FORMAT = b"factlint-prepared-reference 1\n"
MIN_BYTES = 256 * 1024
MAX_KEPT = 8  # prepared files kept (references, settings, factlint versions)

_folder = CacheFolder()
enable, disable = _folder.enable, _folder.disable


def load(path: Path, settings: Settings):
    """`refdata.load(path)`, with the engine's Matcher for it under `settings` ready when it was kept."""
    from lint import engine, refdata

    path = Path(path)
    if _folder.path is None or not _large(path):
        return refdata.load(path)
    content = refdata.read_bytes(path)  # read once: the key and the parse are of the same bytes
    key = _key(content, settings)
    if key is None:
        return refdata.load(path, content)
    kept = _folder.path / f"{key}.pickle"
    found = _read(kept, key)
    if found is not None:
        reference, matcher = found
        reference = dataclasses.replace(reference, path=str(path))  # the same content may live elsewhere
        engine.keep_matcher(reference, settings, matcher)
        with contextlib.suppress(OSError):
            os.utime(kept)  # in use: not pruned as stale
        return reference
    reference = refdata.load(path, content)  # problems are raised here, before anything is kept
    _write(kept, key, (reference, engine.matcher_for(reference, settings)))
    return reference


def _large(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size >= MIN_BYTES
    except OSError:
        return False  # refdata.load names the trouble


def _key(content: bytes, settings: Settings) -> str | None:
    """What a prepared file must have been made from: the reference, the bundled rules (its values are
    read with them; match.toml's words weigh its topics), the match settings, factlint's version and
    source. A user's own rule packs take no part in either."""
    from lint.cache import fingerprint
    from lint.resources import data_dir

    try:
        return fingerprint(content, (data_dir("rules"),), settings.match)
    except Exception:  # an unreadable or oddly named rule file: read as usual
        return None


def _environment() -> tuple:
    import pickle

    return (sys.hexversion, pickle.HIGHEST_PROTOCOL)


def _read(path: Path, key: str) -> tuple | None:
    import pickle

    from lint.match import Matcher
    from lint.model import Reference

    # (a pickle runs code as it loads: read_sealed reads only a file private to the user)
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
    import pickle

    try:
        payload = pickle.dumps((_environment(), key, prepared), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # cannot happen with lint.model's types; never worth failing a run over
        return
    if write_sealed(path, FORMAT, payload, stale="*.pickle"):  # references since edited: removed after a month
        _keep_newest(path.parent, MAX_KEPT)


def _keep_newest(folder: Path, count: int) -> None:
    """A few megabytes each: beyond `count`, the files least recently used go (a reference being edited
    leaves one per version)."""
    try:
        kept = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[count:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
