"""Parsed TOML kept between runs: the rule pack and the reference are parsed once per content.

`tomllib` parses in pure Python: the rule pack's twelve files and the bundled
reference took about 35 ms of every run (matching's word lists, rules/match.toml,
and the finding catalogue a few more), and a generated 10,000-topic reference
about 4 s. `loads(text)` returns exactly what `tomllib.loads(text)`
returns, read back from a marshal file named by the SHA-256 of the text when an
earlier run has parsed that same text.

Never a wrong value, never a crash: the file is found by the hash of the whole
text and says which text it is, carries a SHA-256 of its own contents (a
truncated or damaged file is ignored and rewritten), and belongs to one Python
(`sys.hexversion`: tomllib and marshal change with it). Data marshal cannot hold
(TOML dates and times) is simply not kept. A syntax error is never kept: it is
raised by tomllib as before. Any failure to read or write falls back to tomllib.

Off unless `enable()` is called (the CLI does, with the compiled-pattern cache
of lint/regex_cache.py, in the same user cache folder and for the same reasons:
see there); `FACTLINT_REGEX_CACHE=off` turns both off. Files not rewritten for
a month are removed (checked at most daily, as lint/cache.py does its entries).
"""

from __future__ import annotations

import hashlib
import marshal
import sys
import tomllib
from pathlib import Path

from lint.sealed import CacheFolder, read_sealed, write_sealed

FORMAT = b"factlint-toml-cache 1\n"
MIN_TEXT = 2048  # a smaller text parses faster than its file is found and read

_folder = CacheFolder()
enable, disable = _folder.enable, _folder.disable


def loads(text: str) -> dict:
    """`tomllib.loads(text)`, from the cache when this exact text was parsed before."""
    if _folder.path is None or len(text) < MIN_TEXT:
        return tomllib.loads(text)
    try:
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        path = _folder.path / f"{digest}.marshal"
        data = _read(path, digest)
    except Exception:
        return tomllib.loads(text)
    if data is not None:
        return data
    data = tomllib.loads(text)  # a TOMLDecodeError goes to the caller, as without the cache
    _write(path, digest, data)
    return data


def _environment() -> tuple:
    return (sys.hexversion, marshal.version)


def _read(path: Path, digest: str) -> dict | None:
    data = read_sealed(path, FORMAT, marshal.loads, _environment(), digest)
    return data if type(data) is dict else None


def _write(path: Path, digest: str, data: dict) -> None:
    try:
        payload = marshal.dumps((_environment(), digest, data))
    except ValueError:  # a TOML date or time: marshal cannot hold it
        return
    write_sealed(path, FORMAT, payload, stale="*.marshal")  # texts since edited: removed after a month

