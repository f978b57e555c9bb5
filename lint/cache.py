"""A per-file result cache: an unchanged draft, linted the same way, is not linted again.

An entry is keyed by everything a result depends on: the file's bytes, the
reference's bytes, the rule files (the bundled ones and any user pack), the
settings (but the exit rule), factlint's version and code, the versions of the
libraries that read and match, and the shape of the result types. All but the
first make the run's *fingerprint*; entries of one fingerprint share a folder,
so an upgrade or a changed reference simply stops finding the old ones.

The cache is a convenience, never an authority: an entry that cannot be read,
is truncated, was written by something else, fails its checksum or does not
decode into exactly the types of lint.model is a miss, and the next `put`
rewrites it. Entries are JSON (never pickle: a cache folder is as untrusted as
any other input) and are written to a temporary file and renamed into place,
so a reader sees the old entry or the new one, never half of one. Failing to
write the cache (a read-only checkout, a full disk) never fails a lint.

A file's rendered part of a report (a view, beside its entry) is printed as it
is stored, so it is also signed, with a key kept in the user's own cache folder,
never in the project: a view a cloned repository ships cannot pass for one, and
cannot slip, say, workflow commands into a CI log.

This module is one of the I/O edges (with cli.py and the readers): it reads
and writes only inside its own folder, and the signing key in the user's.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import hmac
import json
import os
import re
import tempfile
import time
import types
import typing
from collections.abc import Callable, Iterable
from enum import Enum
from pathlib import Path
from typing import Any

from lint import __version__
from lint.model import FileResult, Severity, Verdict
from lint.sealed import owned_by_user, user_folder

CACHE_DIR_NAME = ".factlint_cache"
ENTRY_FOLDER_LENGTH = 24  # entries live in a folder named by the fingerprint's first hex digits
_ENTRY_FOLDER = re.compile(rf"[0-9a-f]{{{ENTRY_FOLDER_LENGTH}}}")
FORMAT = "factlint-cache"
FORMAT_VERSION = 3
VIEW_FORMAT = "factlint-cache-view"
VIEW_SUFFIX = ".view"
VIEW_KEY_FILE = "keys/view-signing.key"  # in the user's cache folder; `keys` is made 0700 whatever the umask
# Entries and fingerprint folders not written for this long are removed (checked at most daily).
STALE_AFTER_SECONDS = 30 * 24 * 3600
PRUNE_EVERY_SECONDS = 24 * 3600
STALE_TEMP_SECONDS = 3600  # a temporary file this old was left by a killed write
# Claim fields that repeat across a file's claims: stored once per entry.
_SHARED_STRINGS = frozenset({"sentence", "paragraph", "heading"})


# --- where the cache lives and what it is keyed by -------------------------------------------


def cache_folder(config_file: Path | None = None, cache_dir: Path | None = None, start: Path | None = None) -> Path:
    """The cache folder: `cache-dir` from the config if set, else `.factlint_cache` at the project root.

    The project root is the configuration file's folder; without one, the
    nearest folder at or above `start` (the first linted path) holding `.git`.
    Outside any project the cache goes to the user's cache folder
    (`$XDG_CACHE_HOME/factlint`, by default `~/.cache/factlint`), so linting a
    stray file never leaves a folder beside it.
    """
    if cache_dir is not None:
        return Path(cache_dir)
    if config_file is not None:
        return Path(config_file).resolve().parent / CACHE_DIR_NAME
    here = Path(start if start is not None else Path.cwd()).resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder / CACHE_DIR_NAME
    return user_folder()


def fingerprint(
    references: bytes | Path | Iterable[bytes | Path],
    rules: Iterable[Path],
    settings: Any,
    version: str = __version__,
) -> str:
    """A hash of everything besides the file itself that a result depends on.

    `references` are the reference files (paths or their bytes); `rules` the
    rule folders or files the run reads: the bundled `rules/` folder and any
    user pack. `settings` is the engine's Settings (any dataclass of plain values).
    """
    h = hashlib.sha256()

    def part(label: str, data: bytes) -> None:
        h.update(f"{label}:{len(data)}:".encode())
        h.update(data)

    part("format", f"{FORMAT} {FORMAT_VERSION}".encode())
    part("version", version.encode())
    part("code", _code_digest().encode())
    part("libraries", _library_versions().encode())
    part("schema", _schema_signature().encode())
    if isinstance(references, bytes | Path | str):
        references = [references]
    for ref in references:
        part("reference", ref if isinstance(ref, bytes) else _read_or_mark(Path(ref)))
    for root in rules:
        for name, data in _rule_files(Path(root)):
            part("rule", name.encode())
            part("rule-content", data)
    part("settings", json.dumps(_plain(settings), sort_keys=True, ensure_ascii=False).encode())
    return h.hexdigest()


@functools.cache
def _code_digest() -> str:
    """factlint's own source: an edited engine (a checkout between releases) never serves old results."""
    package = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        h.update(path.relative_to(package).as_posix().encode() + b"\0" + _read_or_mark(path) + b"\0")
    return h.hexdigest()


@functools.cache
def _library_versions() -> str:
    """Python and the libraries that read and match (an upgraded `regex` or markdown-it-py may read a draft
    differently). Their own attributes, or the bytes of the file that names the version: package
    metadata would cost a tenth of a second."""
    import importlib.util
    import sys
    import unicodedata

    import rapidfuzz
    import regex

    # Python's own too: its Unicode tables (str.lower, what a letter is) change between versions
    found = [f"python {sys.version_info[:3]} unicode {unicodedata.unidata_version}",
             f"regex {regex.__version__}", f"rapidfuzz {rapidfuzz.__version__}"]
    try:
        spec = importlib.util.find_spec("markdown_it")
        origin = spec.origin if spec is not None else None
        found.append(hashlib.sha256(Path(origin).read_bytes()).hexdigest() if origin else "no markdown-it")
    except (OSError, ImportError, ValueError):
        found.append("markdown-it unreadable")
    return "; ".join(found)


def _read_or_mark(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:  # the run will report it; the fingerprint just must not match a readable file's
        return f"\0unreadable {path} {exc.errno}".encode()


def _rule_files(root: Path) -> list[tuple[str, bytes]]:
    """(name, bytes) of every rule file under `root`, in a stable order; a file root is itself."""
    if root.is_file():
        return [(root.name, _read_or_mark(root))]
    if not root.is_dir():
        return [(f"\0missing {root}", b"")]
    found = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.is_file() and not any(p.startswith(".") or p == "__pycache__" for p in relative.parts):
            found.append((relative.as_posix(), _read_or_mark(path)))
    return found


def _plain(value: Any) -> Any:
    """Settings as plain JSON data, deterministically (no ids or addresses)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((_plain(v) for v in value), key=repr)
    if isinstance(value, Path):
        return str(value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return {type(value).__name__: _plain(vars(value)) if hasattr(value, "__dict__") else str(value)}


# --- the cache ----------------------------------------------------------------------------------


class Cache:
    """Results of one run configuration (`fingerprint`), stored under `folder`."""

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = Path(folder)
        self.fingerprint = fingerprint
        self.entries = self.folder / fingerprint[:ENTRY_FOLDER_LENGTH]
        self._prepared = False
        self._stems: frozenset[str] | None = None  # may_hold's listing of the entries folder

    def _entry(self, path: str | Path) -> Path:
        shown = str(path)
        where = os.path.abspath(shown)
        # surrogateescape: a file name that is not UTF-8 ("caf\udce9.md") still names one entry
        key = f"{where}\0{shown}".encode("utf-8", "surrogateescape")
        return self.entries / (hashlib.sha256(key).hexdigest()[:32] + ".json")

    def may_hold(self, path: str | Path) -> bool:
        """False when the cache stores nothing for `path` (no entry, no rendered part), as one listing of its
        folder, taken when first asked, says; else True, and get() tells. Asking file by file with the cache
        empty read each draft and looked for its entry, 0.2 s of 1,000 files before any worker started. (An
        entry another run writes after the listing is only a miss.)"""
        if self._stems is None:
            try:
                self._stems = frozenset(name.partition(".")[0] for name in os.listdir(self.entries))
            except FileNotFoundError:
                self._stems = frozenset()
            except OSError:
                return True
        return self._entry(path).stem in self._stems

    def get(self, path: str | Path, content: bytes) -> FileResult | None:
        """The cached result for `path` with exactly these bytes, or None (a miss, whatever went wrong)."""
        try:
            raw = read_regular(self._entry(path))
        except (OSError, ValueError):
            return None
        if raw is None:
            return None
        try:
            return _decode_entry(raw, self.fingerprint, str(path), _content_hash(content))
        except Exception:  # whatever a damaged or foreign entry does, it is only a miss
            return None

    def put(self, path: str | Path, content: bytes, result: FileResult) -> bool:
        """Store `result` for `path` with these bytes; False (and nothing raised) when it cannot be written."""
        try:
            data = _encode_entry(result, self.fingerprint, str(path), _content_hash(content))
        except (TypeError, ValueError, AttributeError, KeyError):  # not what the model says: do not cache it
            return False
        try:
            self._prepare()
            write_bytes_atomic(self._entry(path), data)
        except OSError:
            return False
        return True

    # A file's rendered part of a report (lint/report: RenderedFile), beside its entry, one per
    # view key (the format and what else its rendering reads). A run in a per-file format reads only
    # these for unchanged files: nothing to decode, nothing to render.

    def _view(self, path: str | Path, key: str) -> Path:
        entry = self._entry(path)
        return entry.with_name(f"{entry.stem}.{hashlib.sha256(key.encode()).hexdigest()[:16]}{VIEW_SUFFIX}")

    def get_view(self, path: str | Path, content: bytes, key: str):
        """The rendered part cached for `path` with exactly these bytes under `key`, or None."""
        secret = view_secret()
        try:
            raw = read_regular(self._view(path, key)) if secret is not None else None
        except (OSError, ValueError):
            return None
        if raw is None:
            return None
        try:
            return _decode_view(raw, self.fingerprint, str(path), _content_hash(content), key, secret)
        except Exception:  # a damaged or foreign view is only a miss
            return None

    def put_view(self, path: str | Path, content: bytes, key: str, rendered) -> bool:
        """Store a RenderedFile for `path` with these bytes under `key`; False when it cannot be written."""
        secret = view_secret()
        if secret is None:
            return False
        try:
            data = _encode_view(rendered, self.fingerprint, str(path), _content_hash(content), key, secret)
            self._prepare()
            write_bytes_atomic(self._view(path, key), data)
        except (OSError, TypeError, ValueError):
            return False
        return True

    def _prepare(self) -> None:
        if self._prepared:
            return
        created = not self.entries.is_dir()
        self.entries.mkdir(parents=True, exist_ok=True)
        ignore = self.folder / ".gitignore"
        if not ignore.is_file():
            write_bytes_atomic(ignore, b"# Created by factlint: the cache stays out of commits.\n*\n", 0o644)
        tag = self.folder / "CACHEDIR.TAG"
        if not tag.is_file():  # backup tools skip folders carrying this tag (bford.info/cachedir)
            write_bytes_atomic(tag, b"Signature: 8a477f597d28d172789f06886806bc55\n# factlint's result cache.\n", 0o644)
        if created:
            _remove_stale_folders(self.folder, keep=self.entries)
        remove_stale_files(self.folder)
        self._prepared = True


def _content_hash(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def read_regular(path: Path) -> bytes | None:
    """The bytes of a regular file, else None: a pipe or a device put where an entry belongs is never
    waited on (opened without blocking, and checked before a byte is read)."""
    import stat

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except (OSError, ValueError):
        return None
    try:
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None
            return handle.read()
    except (OSError, ValueError):
        return None


_secret: list[bytes | None] = []  # the view-signing key, once read (or found missing) in this process


def view_secret() -> bytes | None:
    """The key views are signed with: 32 random bytes in the user's cache folder, made on first use and
    read only from a file the user owns and nobody else can write. None (views neither read nor
    written; results still are) when there is no such folder: a read-only home."""
    if not _secret:
        try:
            key = _read_or_make_secret(user_folder() / VIEW_KEY_FILE)
        except (OSError, ValueError):  # a cache folder that cannot even be searched
            key = None
        _secret.append(key)
    return _secret[0]


def _read_or_make_secret(path: Path) -> bytes | None:
    folder = path.parent
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask (002 leaves it group-writable)
    if not path.exists():
        try:  # O_EXCL: of two processes making the key at once, one makes it and both read that one
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "wb") as handle:
                handle.write(os.urandom(32))
    if path.is_symlink() or not owned_by_user(path):
        return None
    raw = read_regular(path)
    return raw if raw is not None and len(raw) == 32 else None  # a key being written this instant: not this run


def write_bytes_atomic(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write to a temporary file beside `path`, then rename it over `path` (no fsync: a cache may be lost)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _remove_stale_folders(folder: Path, keep: Path) -> None:
    """Remove fingerprint folders nobody has written to for a month (old versions, old references)."""
    import shutil

    cutoff = time.time() - STALE_AFTER_SECONDS
    try:
        # only the cache's own folders: in the user's cache folder the compile caches live beside them
        candidates = [p for p in folder.iterdir() if p.is_dir() and p != keep and not p.is_symlink()
                      and _ENTRY_FOLDER.fullmatch(p.name)]
        for old in candidates:
            if old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
    except OSError:
        pass


def remove_stale_files(folder: Path, pattern: str | tuple[str, ...] = ("*/*.json", f"*/*{VIEW_SUFFIX}")) -> None:
    """Once a day at most, remove entries not rewritten for a month (files renamed, moved or deleted)."""
    marker = folder / ".last-pruned"
    now = time.time()
    try:
        if marker.exists() and now - marker.stat().st_mtime < PRUNE_EVERY_SECONDS:
            return
        marker.touch()
        patterns = (pattern,) if isinstance(pattern, str) else pattern
        for entry in (e for p in patterns for e in folder.glob(p)):
            if now - entry.stat().st_mtime > STALE_AFTER_SECONDS:
                entry.unlink(missing_ok=True)
        # temporary files of writes killed before they could clean up (an hour on: not still being written)
        for entry in [*folder.glob(".*.tmp"), *folder.glob("*/.*.tmp")]:
            if now - entry.stat().st_mtime > STALE_TEMP_SECONDS and not entry.is_symlink():
                entry.unlink(missing_ok=True)
    except OSError:
        pass


# --- entries: a header line, then the result -------------------------------------------------------
#
# Line 1 is a small JSON header (format, version, fingerprint, path, content
# hash, and the SHA-256 of line 2), so a foreign or stale entry is rejected
# before its result is parsed; line 2 is the result.


def _encode_entry(result: FileResult, fp: str, path: str, content_hash: str) -> bytes:
    strings = _Strings()
    encoded = _CODEC.encode(FileResult, result, strings)
    body = {"strings": strings.items, "result": encoded}
    payload = json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
    header = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "fingerprint": fp,
        "path": path,
        "content": content_hash,
        "payload": hashlib.sha256(payload).hexdigest(),
    }
    return json.dumps(header, ensure_ascii=False).encode() + b"\n" + payload


def _decode_entry(raw: bytes, fp: str, path: str, content_hash: str) -> FileResult | None:
    header_bytes, newline, payload = raw.partition(b"\n")
    if not newline:
        return None
    header = json.loads(header_bytes)
    expected = {"format": FORMAT, "format_version": FORMAT_VERSION, "fingerprint": fp, "path": path,
                "content": content_hash, "payload": hashlib.sha256(payload).hexdigest()}
    if not isinstance(header, dict) or header != expected:
        return None
    body = json.loads(payload)
    if not isinstance(body, dict) or set(body) != {"strings", "result"}:
        return None
    strings = body["strings"]
    if not isinstance(strings, list) or not all(isinstance(s, str) for s in strings):
        return None
    result = _CODEC.decode(FileResult, body["result"], strings)
    return result if result.path == path else None


# --- views: a header line like an entry's, then a line of the rendered part's counts, then the part ------

_VERDICTS = frozenset(v.value for v in Verdict)
_SEVERITIES = frozenset(v.value for v in Severity)


def _encode_view(rendered, fp: str, path: str, content_hash: str, key: str, secret: bytes) -> bytes:
    # the counts as a line of JSON, then the rendered text as it is: a run over unchanged files reads
    # the text without decoding it from a JSON string (a third of such a run went on that)
    s = rendered.summary
    body = {"path": s.path, "verdicts": dict(s.verdicts), "severities": dict(s.severities),
            "notices": s.notices, "worst": s.worst, "read_notices": list(s.read_notices)}
    payload = (json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode() + b"\n"
               + rendered.text.encode("utf-8"))
    header = _view_header(fp, path, content_hash, key, payload, secret)
    return json.dumps(header, ensure_ascii=False).encode() + b"\n" + payload


def _view_header(fp: str, path: str, content_hash: str, key: str, payload: bytes, secret: bytes) -> dict:
    header = {"format": VIEW_FORMAT, "format_version": FORMAT_VERSION, "fingerprint": fp, "path": path,
              "content": content_hash, "view": key}
    signed = json.dumps(header, sort_keys=True, ensure_ascii=False).encode() + b"\n" + payload
    header["signature"] = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    return header


def _decode_view(raw: bytes, fp: str, path: str, content_hash: str, key: str, secret: bytes):
    from lint.report import FileSummary, RenderedFile

    header_bytes, newline, payload = raw.partition(b"\n")
    if not newline:
        return None
    header, expected = json.loads(header_bytes), _view_header(fp, path, content_hash, key, payload, secret)
    if not isinstance(header, dict) or not isinstance(header.get("signature"), str):
        return None
    if not hmac.compare_digest(header["signature"], expected["signature"]) or header != expected:
        return None
    body_bytes, newline, text = payload.partition(b"\n")
    body = json.loads(body_bytes)
    if not newline or not isinstance(body, dict) or set(body) != {"path", "verdicts", "severities", "notices", "worst",
                                                                  "read_notices"}:
        return None
    counts = (body["verdicts"], _VERDICTS), (body["severities"], _SEVERITIES)
    if not all(isinstance(c, dict) and set(c) <= names and all(type(n) is int and n >= 0 for n in c.values())
               for c, names in counts):
        return None
    notices, worst, read_notices = body["notices"], body["worst"], body["read_notices"]
    if (body["path"] != path or type(notices) is not int or notices < 0
            or type(worst) is not int or not -1 <= worst <= 2 or not isinstance(read_notices, list)
            or not all(type(n) is str for n in read_notices)):
        return None
    summary = FileSummary(path=path, verdicts=body["verdicts"], severities=body["severities"], notices=notices,
                          worst=worst, read_notices=tuple(read_notices))
    return RenderedFile(summary, text.decode("utf-8"))


# --- the codec: lint.model dataclasses <-> JSON data, driven by their type hints ------------------
#
# A dataclass is a JSON list of its fields in declaration order (the order is
# part of the fingerprint, through the schema signature), a member of the Value
# union is that list after its class name, an enum is its value, and a `str`
# field of a claim, finding or evidence is a position in the entry's string
# table (paragraphs, sentences, sources and messages repeat from claim to claim).


class _Corrupt(ValueError):
    """Data that is not what the type hints say: the entry is a miss."""


def _schema_signature() -> str:
    """The result types' fields and hints: a changed model changes every fingerprint."""
    parts = []
    for cls in _result_classes():
        hints = typing.get_type_hints(cls)
        parts.append(cls.__name__ + "(" + ",".join(f"{f.name}:{hints[f.name]}" for f in dataclasses.fields(cls)) + ")")
    return ";".join(parts)


def _result_classes() -> list[type]:
    """Every dataclass a FileResult is made of, FileResult first."""
    found: list[type] = []

    def visit(tp: Any) -> None:
        for arg in typing.get_args(tp):
            visit(arg)
        if isinstance(tp, type) and dataclasses.is_dataclass(tp) and tp not in found:
            found.append(tp)
            hints = typing.get_type_hints(tp)
            for f in dataclasses.fields(tp):
                visit(hints[f.name])

    visit(FileResult)
    return found


class _Strings:
    """The strings an entry stores once and refers to by position."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self._positions: dict[str, int] = {}

    def add(self, text: str) -> int:
        position = self._positions.get(text)
        if position is None:
            position = self._positions[text] = len(self.items)
            self.items.append(text)
        return position


Encoder = Callable[[Any, _Strings], Any]
Decoder = Callable[[Any, list[str]], Any]


class _Codec:
    """Encoders and decoders made once per type from lint.model's annotations.

    Decoding checks every value against its annotation: a string where an int
    belongs, a missing or an extra field, an unknown enum member or class tag
    raise _Corrupt. Numbers keep their JSON type (1 stays int, 1.0 float), so a
    decoded result renders exactly as the fresh one did.
    """

    def __init__(self) -> None:
        self._encoders: dict[Any, Encoder] = {}
        self._decoders: dict[Any, Decoder] = {}

    def encode(self, tp: Any, obj: Any, strings: _Strings) -> Any:
        return self._encoder(tp)(obj, strings)

    def decode(self, tp: Any, data: Any, strings: list[str]) -> Any:
        return self._decoder(tp)(data, strings)

    # made lazily and memoized; the forwarding lambda lets a type refer to itself (Figure.conversion)
    def _encoder(self, tp: Any) -> Encoder:
        if tp not in self._encoders:
            self._encoders[tp] = lambda o, s: self._encoders[tp](o, s)
            self._encoders[tp] = self._make_encoder(tp)
        return self._encoders[tp]

    def _decoder(self, tp: Any) -> Decoder:
        if tp not in self._decoders:
            self._decoders[tp] = lambda d, s: self._decoders[tp](d, s)
            self._decoders[tp] = self._make_decoder(tp)
        return self._decoders[tp]

    # --- encoding: trusts the objects (they come from the engine), shapes them for JSON

    def _make_encoder(self, tp: Any) -> Encoder:
        origin = typing.get_origin(tp)
        if tp in (str, int, float, bool, type(None)):
            return _same
        if origin in (types.UnionType, typing.Union):
            classes = {m: self._encoder(m) for m in typing.get_args(tp) if m is not type(None)}
            if len(classes) == 1:
                [inner] = classes.values()
                return lambda o, s: None if o is None else inner(o, s)
            return lambda o, s: None if o is None else [type(o).__name__, *classes[type(o)](o, s)]
        if origin in (tuple, list):
            item = self._encoder(typing.get_args(tp)[0])
            if item is _same:
                return lambda o, s: list(o)
            return lambda o, s: [item(x, s) for x in o]
        if isinstance(tp, type) and issubclass(tp, Enum):
            return lambda o, s: o.value
        if isinstance(tp, type) and dataclasses.is_dataclass(tp):
            plan = [(name, None if enc is _same else enc) for name, enc in self._fields(tp, self._encoder, _shared)]
            return lambda o, s: [getattr(o, n) if e is None else e(getattr(o, n), s) for n, e in plan]
        raise TypeError(f"no cache codec for {tp!r}")

    # --- decoding: trusts nothing

    def _make_decoder(self, tp: Any) -> Decoder:
        origin = typing.get_origin(tp)
        simple = _SIMPLE_CHECKS.get(tp)
        if simple is not None:
            return simple
        if origin in (types.UnionType, typing.Union):
            return self._union(typing.get_args(tp))
        if origin in (tuple, list):
            args = typing.get_args(tp)
            if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
                raise TypeError(f"fixed-length tuples are not cached: {tp}")
            item = self._decoder(args[0])
            make = tuple if origin is tuple else list

            def sequence(d, s):
                if type(d) is not list:
                    raise _Corrupt("expected a list")
                return make([item(x, s) for x in d])

            return sequence
        if isinstance(tp, type) and issubclass(tp, Enum):
            members = {m.value: m for m in tp}

            def member(d, s):
                try:
                    return members[d]
                except (KeyError, TypeError):
                    raise _Corrupt(f"not a {tp.__name__}: {d!r}") from None

            return member
        if isinstance(tp, type) and dataclasses.is_dataclass(tp):
            # (types taken as they are, decoder for anything else): plain fields cost no call
            decoders = [dec for _, dec in self._fields(tp, self._decoder, _shared_string)]
            count = len(decoders)
            # plain fields are checked by type alone; strings shared by index, and the rest, decoded
            plain = [(i, _SIMPLE_TYPES[dec]) for i, dec in enumerate(decoders) if dec in _SIMPLE_TYPES]
            shared = [i for i, dec in enumerate(decoders) if dec is _shared_string]
            other = [(i, dec) for i, dec in enumerate(decoders)
                     if dec not in _SIMPLE_TYPES and dec is not _shared_string]

            def build(d, s):
                if type(d) is not list or len(d) != count:
                    raise _Corrupt(f"not a {tp.__name__}")
                args = d.copy()
                for i, ok in plain:
                    if type(args[i]) not in ok:
                        raise _Corrupt(f"bad field in {tp.__name__}")
                try:
                    for i in shared:
                        index = args[i]
                        if type(index) is not int or index < 0:
                            raise _Corrupt("bad string index")
                        args[i] = s[index]
                except IndexError:
                    raise _Corrupt("bad string index") from None
                for i, dec in other:
                    args[i] = dec(args[i], s)
                return tp(*args)

            return build
        raise TypeError(f"no cache codec for {tp!r}")

    def _union(self, members: tuple) -> Decoder:
        optional = type(None) in members
        rest = [m for m in members if m is not type(None)]
        if len(rest) == 1:
            inner = self._decoder(rest[0])
            return lambda d, s: None if d is None and optional else inner(d, s)
        if not all(isinstance(m, type) and dataclasses.is_dataclass(m) for m in rest):
            raise TypeError(f"unions other than of dataclasses are not cached: {members}")
        by_tag = {m.__name__: self._decoder(m) for m in rest}

        def tagged(d, s):
            if d is None and optional:
                return None
            if type(d) is not list or not d or type(d[0]) is not str or d[0] not in by_tag:
                raise _Corrupt("expected a tagged value")
            return by_tag[d[0]](d[1:], s)

        return tagged

    @staticmethod
    def _fields(cls: type, codec_for: Callable, for_shared: Any) -> list[tuple[str, Any]]:
        """(field name, its encoder or decoder) in declaration order; positional arguments follow it."""
        hints = typing.get_type_hints(cls)
        fields = dataclasses.fields(cls)
        if any(not f.init for f in fields):
            raise TypeError(f"{cls.__name__} has fields outside __init__: not cached")
        shares = cls is not FileResult  # its text and path are one-off strings
        return [(f.name, for_shared if shares and hints[f.name] is str else codec_for(hints[f.name])) for f in fields]


def _same(o, s):
    return o


def _shared(o: str, strings: _Strings) -> int:
    return strings.add(o)


def _shared_string(d, strings: list[str]) -> str:
    if type(d) is not int or not 0 <= d < len(strings):
        raise _Corrupt("bad string index")
    return strings[d]


def _check(ok: Callable[[Any], bool], what: str) -> Decoder:
    def check(d, s):
        if not ok(d):
            raise _Corrupt(f"expected {what}, got {type(d).__name__}")
        return d

    return check


_SIMPLE_CHECKS: dict[Any, Decoder] = {
    type(None): _check(lambda d: d is None, "null"),
    str: _check(lambda d: type(d) is str, "a string"),
    bool: _check(lambda d: type(d) is bool, "true or false"),
    int: _check(lambda d: type(d) is int, "an integer"),
    float: _check(lambda d: type(d) in (int, float), "a number"),
}
_SIMPLE_TYPES: dict[Decoder, frozenset[type]] = {
    _SIMPLE_CHECKS[type(None)]: frozenset({type(None)}),
    _SIMPLE_CHECKS[str]: frozenset({str}),
    _SIMPLE_CHECKS[bool]: frozenset({bool}),
    _SIMPLE_CHECKS[int]: frozenset({int}),
    _SIMPLE_CHECKS[float]: frozenset({int, float}),
}
_CODEC = _Codec()
