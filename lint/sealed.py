"""Files of the user's cache folder (`user_folder`), sealed: a format line, the SHA-256 of the payload,
the payload.

The compile caches (lint/regex_cache.py, lint/toml_cache.py, lint/expansions.py) and the prepared
references (lint/prepared.py) keep their data this way, so a truncated, damaged
or foreign file is known before its payload is decoded, and is only a miss. The
seal is a checksum, not a signature: what runs code as it loads is also read
only from a file of the user's that nobody else may read or write (`private_file`).
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable
from pathlib import Path


def user_folder() -> Path:
    """factlint's folder in the user's cache folder: `$XDG_CACHE_HOME/factlint`, else `~/.cache/factlint`.
    A relative XDG_CACHE_HOME is ignored (the XDG rule): it would put the folder inside whatever
    folder factlint runs in, a cloned repository among them."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = str(Path.home() / ".cache")
    return Path(base) / "factlint"


class CacheFolder:
    """Where one of the caches kept between runs writes its files: off (`path` None) until `enable`d (the CLI
    does, in `user_folder`)."""

    def __init__(self) -> None:
        self.path: Path | None = None

    def enable(self, folder: Path) -> None:
        self.path = Path(folder)

    def disable(self) -> None:
        self.path = None


# The largest sealed file read: a prepared reference of tens of thousands of topics is tens of megabytes; a
# file past this is no file factlint wrote (a link to /dev/zero would be read until memory runs out).
MAX_SEALED_BYTES = 1 << 30


def private_file(path: Path) -> bool:
    """Whether `path` is a regular file of the user's, in a folder of theirs, neither readable nor writable by
    anyone else (0600 in 0700, as `write_sealed` makes them) and not past MAX_SEALED_BYTES: what factlint keeps
    in the user's cache folder is read only from such a file. A file checked out of a repository (0644), a
    folder others may write, a link or a pipe is not one, so an XDG_CACHE_HOME pointing into a cloned
    repository never reads what that repository ships."""
    if not hasattr(os, "getuid"):  # not POSIX: the folder's own access rules apply
        return path.is_file()
    try:
        file, folder = path.lstat(), path.parent.stat()
    except OSError:
        return False
    return (stat.S_ISREG(file.st_mode) and file.st_size <= MAX_SEALED_BYTES
            and all(st.st_uid == os.getuid() and not st.st_mode & 0o077 for st in (file, folder)))


def owned_by_user(path: Path) -> bool:
    """Whether `path` and its folder belong to the user running factlint, writable by nobody else:
    what runs code as it loads (a pickle) is read only from such a file."""
    if not hasattr(os, "getuid"):  # not POSIX: the folder's own access rules apply
        return True
    try:
        return all(st.st_uid == os.getuid() and not st.st_mode & 0o022 for st in (path.stat(), path.parent.stat()))
    except OSError:
        return False


def environment_file(folder: Path, pattern: str, environment: tuple) -> Path:
    """The file of a cache kept per environment (a Python, an engine's version): `pattern`'s "*" is a digest of it,
    so two installs sharing the folder keep a file each."""
    digest = hashlib.sha256(repr(environment).encode()).hexdigest()[:16]
    return Path(folder) / pattern.replace("*", digest)


def merged_for_saving(on_disk: dict, kept: dict, used: set, new: dict, max_entries: int) -> dict:
    """A cache's entries to write: the file's, with this run's over them; past `max_entries` (grown with entries no
    run makes any more), only those this run used or made."""
    merged = {**on_disk, **kept, **new}
    if len(merged) > max_entries:
        merged = {k: v for k, v in merged.items() if k in used or k in new}
    return merged


def seal(format_line: bytes, payload: bytes) -> bytes:
    return format_line + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload


def unseal(raw: bytes, format_line: bytes) -> bytes | None:
    """The payload of a sealed file of this format, or None when it is not exactly one."""
    if not raw.startswith(format_line):
        return None
    check, newline, payload = raw[len(format_line):].partition(b"\n")
    if not newline or check != hashlib.sha256(payload).hexdigest().encode():
        return None
    return payload


def read_sealed(path: Path, format_line: bytes, loads: Callable[[bytes], object], environment: tuple,
                key: str) -> object | None:
    """The data of a sealed file holding (environment, key, data) for exactly this environment and key,
    decoded by `loads` (marshal's, pickle's), or None; only from a `private_file`."""
    if not private_file(path):
        return None
    try:
        payload = unseal(path.read_bytes(), format_line)
        if payload is None:
            return None
        stored_environment, stored_key, data = loads(payload)
    except Exception:  # unreadable, or bad data (marshal raises ValueError, EOFError or TypeError)
        return None
    if stored_environment != environment or stored_key != key:
        return None
    return data


def write_sealed(path: Path, format_line: bytes, payload: bytes, stale: str | None = None) -> bool:
    """Write atomically, readable by the user alone; then, at most daily, remove files matching `stale`
    not rewritten for a month. False (nothing raised) when it cannot be written: a read-only home, a full disk."""
    from lint.cache import remove_stale_files, write_bytes_atomic

    try:
        make_private_folder(path.parent)
        write_bytes_atomic(path, seal(format_line, payload), 0o600)
        if stale is not None:
            remove_stale_files(path.parent, stale)
    except Exception:
        return False
    return True


def make_private_folder(folder: Path) -> None:
    """Create the folder for the user alone (0700), or make an existing one of theirs so: its files are read
    only from such a folder (`private_file`)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if hasattr(os, "getuid") and folder.stat().st_mode & 0o077 and folder.stat().st_uid == os.getuid():
        os.chmod(folder, 0o700)
