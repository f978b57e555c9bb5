"""The rule pack's macros expanded, kept between runs: a pack's `{{name}}` bodies are worked out once per content.

Expanding the pack's word lists into regex sources (lint.patterns: a trie of
each list's phrases, written out letter by letter) took about 40 ms of every
run, more than compiling the patterns once lint/regex_cache.py replays them.
`load(fingerprint)` gives back the bodies (name -> regex source) an earlier run
worked out for a pack of the same files, `save` keeps them.

Never a wrong pattern, never a crash: the file is named by a hash of the pack's
files (their names and bytes), of lint/patterns.py (the code that expands) and
of the `regex` version (its escaping); it repeats that key inside, carries a
SHA-256 of its own contents and belongs to one Python (its Unicode tables decide
letter case). It is plain strings in marshal, nothing that runs as it loads.
Whatever goes wrong in reading or writing it, the pack expands as usual.

Off unless `enable()` is called (the CLI does, with the compile caches, in the
same user cache folder; `FACTLINT_REGEX_CACHE=off` turns them all off).
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from pathlib import Path

from lint.sealed import CacheFolder, read_sealed, write_sealed

FORMAT = b"factlint-expansions 1\n"
_EXPANDER_SOURCE = Path(__file__).with_name("patterns.py")

_folder = CacheFolder()
enable, disable = _folder.enable, _folder.disable


def enabled() -> bool:
    return _folder.path is not None


def load(pack_fingerprint: str) -> dict[str, str] | None:
    """The bodies kept for a pack of this fingerprint, or None (off, never kept, or not exactly this pack's)."""
    key = _key(pack_fingerprint)
    if key is None:
        return None
    data = read_sealed(_folder.path / f"{key}.marshal", FORMAT, marshal.loads, _environment(), key)
    if type(data) is not dict or not all(type(k) is str and type(v) is str for k, v in data.items()):
        return None
    return data


def save(pack_fingerprint: str, bodies: dict[str, str]) -> bool:
    """Keep `bodies` for this pack; False when off or not written (a read-only home: the next run expands)."""
    key = _key(pack_fingerprint)
    if key is None:
        return False
    payload = marshal.dumps((_environment(), key, dict(bodies)))
    return write_sealed(_folder.path / f"{key}.marshal", FORMAT, payload, stale="*.marshal")  # old packs: a month


def _key(pack_fingerprint: str) -> str | None:
    if _folder.path is None:
        return None
    try:
        import regex

        h = hashlib.sha256()
        for part in (pack_fingerprint.encode(), _EXPANDER_SOURCE.read_bytes(), regex.__version__.encode()):
            h.update(f"{len(part)}:".encode() + part)
        return h.hexdigest()
    except Exception:  # an unusual install (no source beside the bytecode): expand as usual
        return None


def _environment() -> tuple:
    return (sys.hexversion, marshal.version)
