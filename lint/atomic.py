"""Atomic file writes: a crash or a kill leaves either the old file or the new one, never half."""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path

# A temporary file older than this, left beside its target by a killed write, is removed by the next
# write of that target; a younger one may belong to a write still running in another process.
STALE_TEMP_SECONDS = 3600


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` so that a crash leaves either the old file or the new one."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _remove_stale_temps(folder, path.name)


def _remove_stale_temps(folder: Path, name: str) -> None:
    """Temporary files of earlier writes of `name` that were killed before they could clean up."""
    own = re.compile(rf"\.{re.escape(name)}\.[A-Za-z0-9_]{{8}}\.tmp")
    cutoff = time.time() - STALE_TEMP_SECONDS
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            if (own.fullmatch(entry.name) and entry.is_file(follow_symlinks=False)
                    and entry.stat(follow_symlinks=False).st_mtime < cutoff):
                os.unlink(entry.path)
        except OSError:
            continue  # gone already, or not ours to remove: the write itself succeeded
