"""A persistent cache of compiled `regex` patterns: a run replays what an earlier run compiled.

The `regex` module parses and compiles a pattern in pure Python, then hands
plain data (the pattern, its flags, the code as bytes, the group tables...) to
its C engine, `_regex.compile`. The rule pack's patterns and the engine's word
lists took about 0.7 s of every run to compile that way, far more than linting
a draft. The same data is what `regex` itself pickles a compiled pattern as
(`Pattern._pickled_data`); this module keeps it, after a normal compile, in one
marshal file, and on later runs gives `_regex.compile` that data directly.

`install()` puts the cache in front of `regex`'s own compile function, for the
whole process: the rule pack's patterns, the word lists the engine compiles as
it lints and the modules' own patterns all go through it. The CLI installs it
when it lints; the library and the tests compile normally unless they install
it. `FACTLINT_REGEX_CACHE=off` in the environment turns it off.

Never a wrong pattern, never a crash:
- a cached pattern is found by its exact text, flags and `regex`'s default
  version; the file as a whole belongs to one Python (`sys.hexversion`), one
  `regex` (its version, its C engine's magic number and code size, and the size
  and time of its files, so even a reinstall of the same version starts afresh);
- the file carries a SHA-256 of its contents, so a truncated or damaged file is
  dropped whole; a pattern whose data the engine rejects, or that comes back
  with another text, is compiled again;
- whatever goes wrong (an unreadable folder, a foreign file, a full disk), the
  pattern is compiled the normal way, and the next run rewrites the file.

Where: `$XDG_CACHE_HOME/factlint/regex/` (by default `~/.cache/factlint/regex/`),
not the project's `.factlint_cache/`. Compiled patterns depend on the program,
not on the project, so one copy serves every project; and the data goes to the
C matcher unchecked (unlike the standard library's `re`, `regex` does not verify
the code it is given), so it must come from a folder only the user writes, never
one a cloned repository could ship. `--no-cache` is about results (lint/cache.py),
and does not turn this off: like Python's own `__pycache__`, it cannot change
what a run finds.

Writes happen once, when the process ends (a worker process when the pool
stops it), only when something was compiled, and atomically (a temporary file
renamed into place); a run that finds nothing new writes nothing.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
from pathlib import Path

from lint.sealed import (
    environment_file,
    make_private_folder,
    merged_for_saving,
    private_file,
    seal,
    unseal,
    user_folder,
)

FORMAT = b"factlint-regex-cache 1\n"
# one file per environment (patterns-<hash of _environment>.marshal): two installs of factlint (a pre-commit hook's
# and a project's) each replay their own, not rewrite one file in turn
FILE_PATTERN = "patterns-*.marshal"
MAX_ENTRIES = 4000  # a file holding more keeps only what this run used
MAX_MEMO = 2000  # patterns kept compiled in this process by the hook
ENV_SWITCH = "FACTLINT_REGEX_CACHE"

_state: _Cache | None = None


def switched_off() -> bool:
    """Whether the environment turns the compile caches off (FACTLINT_REGEX_CACHE=off)."""
    return os.environ.get(ENV_SWITCH, "").strip().lower() in ("0", "off", "no", "false")


def install(where: Path | None = None) -> bool:
    """Put the persistent cache in front of `regex.compile` for this process; True when it is in place.

    Idempotent. Returns False (and changes nothing) when it is switched off by
    the environment or when this `regex` does not look like the one it knows.
    """
    global _state
    if _state is not None:
        return True
    if switched_off():
        return False
    try:
        import regex
        import regex._main as main
        from regex import _regex
    except ImportError:
        return False
    original = getattr(main, "_compile", None)
    if original is None or not callable(getattr(_regex, "compile", None)) or not _supports_replay(regex):
        return False
    try:
        where = Path(where) if where is not None else user_folder() / "regex"
        environment = _environment(regex, main, _regex)
        cache = _Cache(file_for(where, environment), environment, regex, original, _regex.compile)
    except Exception:  # an unusual install (no __file__, no stat): compile as usual
        return False
    main._compile = cache.compile
    _state = cache
    return True


def uninstall(save: bool = True) -> None:
    """Restore `regex`'s own compile function (saving what was compiled first, unless told not to)."""
    global _state
    cache, _state = _state, None
    if cache is None:
        return
    import regex._main as main

    if main._compile == cache.compile:
        main._compile = cache.original
    atexit.unregister(cache.save)
    if save:
        cache.save()


def save() -> bool:
    """Write what this process compiled now (it is also written at exit); True when written."""
    return _state.save() if _state is not None else False


def _supports_replay(regex) -> bool:
    probe = regex.compile(r"(?P<a>x)|y", regex.IGNORECASE, cache_pattern=False)
    data = getattr(probe, "_pickled_data", None)
    return isinstance(data, tuple) and len(data) == 11 and data[0] == probe.pattern


def file_for(folder: Path, environment: tuple) -> Path:
    """The cache file of an environment (_environment) in `folder`."""
    return environment_file(folder, FILE_PATTERN, environment)


def _environment(regex, main, engine) -> tuple:
    """What a cache file must have been written under to be read: Python, regex, and regex's files."""
    files = []
    for module in (main, engine):
        st = os.stat(module.__file__)
        files.append((os.path.basename(module.__file__), st.st_size, st.st_mtime_ns))
    return (sys.hexversion, sys.implementation.cache_tag, marshal.version, regex.__version__,
            getattr(engine, "MAGIC", None), engine.get_code_size(), tuple(files))


class _Cache:
    """The entries of one cache file, and the hook that uses them."""

    def __init__(self, path: Path, environment: tuple, regex, original, engine_compile) -> None:
        self.path = path
        self.regex = regex
        self.uncached_flags = int(regex.DEBUG | regex.LOCALE)
        self.environment = environment
        self.original = original
        self.engine_compile = engine_compile
        self.pid = os.getpid()
        self.entries: dict[tuple, tuple] = {}  # (pattern, flags, default version) -> _regex.compile's arguments
        self.used: set[tuple] = set()
        self.new: dict[tuple, tuple] = {}
        self.memo: dict[tuple, object] = {}  # compiled in this process
        self.loaded = False
        self.save_registered_in: int | None = None

    # --- the hook: regex._main._compile(pattern, flags, ignore_unused, kwargs, cache_it) ---------------

    def compile(self, pattern, flags=0, ignore_unused=False, kwargs=None, cache_it=True):
        if kwargs or type(pattern) is not str or not isinstance(flags, int):
            return self.original(pattern, flags, ignore_unused, kwargs, cache_it)
        key = (pattern, int(flags), int(self.regex.DEFAULT_VERSION))
        compiled = self.memo.get(key)
        if compiled is not None:
            return compiled
        if flags & self.uncached_flags:  # printed while compiling, or dependent on the locale
            return self.original(pattern, flags, ignore_unused, kwargs, cache_it)
        if not self.loaded:
            self._load()
        data = self.entries.get(key)
        if data is not None:
            compiled = self._replay(pattern, data)
            if compiled is None:
                del self.entries[key]
        if compiled is None:
            compiled = self.original(pattern, flags, ignore_unused, kwargs, cache_it)
            if compiled.flags & self.uncached_flags:  # (?L) inline: its meaning depends on the locale
                return compiled
            self._remember(key, compiled)
        else:
            self.used.add(key)
        if len(self.memo) < MAX_MEMO:
            self.memo[key] = compiled
        return compiled

    def _replay(self, pattern: str, data: tuple):
        """The pattern rebuilt from its data, or None when the data is not exactly this pattern's."""
        try:
            if type(data) is not tuple or len(data) != 11 or data[0] != pattern:
                return None
            compiled = self.engine_compile(*data)
            if compiled.pattern != pattern or compiled.flags != data[1]:
                return None
            return compiled
        except Exception:
            return None

    def _remember(self, key: tuple, compiled) -> None:
        try:
            data = compiled._pickled_data
            marshal.dumps(data)  # only plain data is kept
        except Exception:
            return
        self.new[key] = data
        self._register_save()

    def _register_save(self) -> None:
        pid = os.getpid()
        if self.save_registered_in == pid:
            return
        self.save_registered_in = pid
        if pid == self.pid:
            atexit.register(self.save)
        else:  # a forked worker leaves through os._exit: multiprocessing runs its finalizers first
            try:
                from multiprocessing import util

                util.Finalize(None, self.save, exitpriority=0)
            except Exception:
                pass

    # --- the file: FORMAT, the SHA-256 of the rest, then marshal of (environment, entries) ------------

    def _load(self) -> None:
        self.loaded = True
        entries = self._read()
        if entries:
            self.entries.update(entries)

    def _read(self) -> dict[tuple, tuple]:
        if not private_file(self.path):  # (a pattern replayed is trusted as compiled: only the user's own file)
            return {}
        try:
            raw = self.path.read_bytes()
        except (OSError, ValueError):
            return {}
        return _decode(raw, self.environment)

    def save(self) -> bool:
        """Merge this process's new patterns into the file, atomically; False when nothing was written."""
        if not self.new:
            return False
        on_disk = self._read()
        merged = merged_for_saving(on_disk, self.entries, self.used, self.new, MAX_ENTRIES)
        try:
            from lint.cache import remove_stale_files, write_bytes_atomic

            data = _encode(merged, self.environment)
            make_private_folder(self.path.parent)
            write_bytes_atomic(self.path, data, 0o600)
            remove_stale_files(self.path.parent, FILE_PATTERN)  # other environments' not used for a month
        except Exception:  # a read-only home, a full disk: the next run compiles again
            return False
        self.entries.update(self.new)
        self.new = {}
        return True


def _encode(entries: dict[tuple, tuple], environment: tuple) -> bytes:
    return seal(FORMAT, marshal.dumps((environment, [(k, v) for k, v in entries.items()])))


def _decode(raw: bytes, environment: tuple) -> dict[tuple, tuple]:
    """The entries of a cache file, or {} when it is not exactly a file of this environment."""
    try:
        payload = unseal(raw, FORMAT)
        if payload is None:
            return {}
        stored_environment, items = marshal.loads(payload)
        if stored_environment != environment or type(items) is not list:
            return {}
        entries = {}
        for key, data in items:
            if (type(key) is tuple and len(key) == 3 and type(key[0]) is str and type(key[1]) is int
                    and type(data) is tuple and len(data) == 11 and data[0] == key[0]):
                entries[key] = data
        return entries
    except Exception:  # marshal raises ValueError, EOFError, TypeError on bad data; unpacking others
        return {}
