"""The standard library's `re` patterns kept compiled between runs, as lint/regex_cache.py keeps `regex`'s.

`re` parses and compiles a pattern in pure Python, then hands plain data (the pattern, its flags, the
code as a list of integers, the group tables) to its C engine, `_sre.compile`. The sixty-odd patterns
factlint's modules compile with `re` as they are imported took about 5 ms of every run that way.
`install()` puts a cache in front of `re`'s compile step: a pattern compiled before is given to
`_sre.compile` from its kept data, any other is compiled as usual and kept.

Never a wrong pattern, never a crash:
- a kept pattern is found by its exact text and flags; the file belongs to one Python (its version and
  `_sre`'s magic number and code size) and carries a SHA-256 of its contents, so a damaged file is a miss;
- `_sre` checks the code it is given (unlike `regex`'s engine), and a pattern it rejects, or that
  comes back with another text or other flags, is compiled again;
- the cache is installed only where the compile step it stands in for gives, for a probe, exactly the
  pattern `re` gives (its code compared); whatever else goes wrong, `re` compiles as usual.

Where, when and why there: as lint/regex_cache.py (`$XDG_CACHE_HOME/factlint/re/`, written when the
process ends, only when something new was compiled; installed by the CLI, off with
`FACTLINT_REGEX_CACHE=off`). It is plain data in marshal: nothing in it runs.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
from pathlib import Path

from lint.sealed import environment_file, merged_for_saving, read_sealed, write_sealed

FORMAT = b"factlint-re-cache 1\n"
FILE_PATTERN = "patterns-*.marshal"
MAX_ENTRIES = 2000  # a file holding more keeps only what this run used

_state: _Cache | None = None


def install(folder: Path) -> bool:
    """Put the kept patterns in front of `re`'s compile step for this process; True when in place.
    Idempotent; False (nothing changed) where `re` is not as this module knows it."""
    global _state
    if _state is not None:
        return True
    try:
        import _sre
        import re._compiler as compiler
        from re import _parser

        original = compiler.compile
        if not _same_as_re(r"(?P<a>x)|(y)\b(?i:z)", original, compiler, _parser, _sre.compile):
            return False
        environment = (sys.hexversion, _sre.MAGIC, _sre.CODESIZE, marshal.version)
        cache = _Cache(environment_file(folder, FILE_PATTERN, environment), environment, original, compiler, _parser,
                       _sre.compile)
    except Exception:  # an unusual `re`: compile as usual
        return False
    compiler.compile = cache.compile
    _state = cache
    return True


def uninstall(save: bool = True) -> None:
    """Give `re` back its own compile step (saving what was compiled first, unless told not to)."""
    global _state
    cache, _state = _state, None
    if cache is None:
        return
    if cache.compiler.compile == cache.compile:
        cache.compiler.compile = cache.original
    atexit.unregister(cache.save)
    if save:
        cache.save()


def _compile_data(pattern, flags: int, compiler, parser) -> tuple:
    """What `re._compiler.compile(pattern, flags)` hands `_sre.compile`, worked out as it does."""
    p = parser.parse(pattern, flags)
    code = compiler._code(p, flags)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    # (the code's opcodes are named ints: kept as plain ones, which is what _sre reads)
    return (pattern, flags | p.state.flags, [int(c) for c in code], p.state.groups - 1, dict(groupindex),
            tuple(indexgroup))


def _same_as_re(probe: str, original, compiler, parser, engine_compile) -> bool:
    """Whether a probe compiled from its worked-out data is the pattern `re` makes of it (Pattern equality
    compares the text, the flags and the code), with the same groups."""
    ours, theirs = engine_compile(*_compile_data(probe, 0, compiler, parser)), original(probe, 0)
    return ours == theirs and ours.groups == theirs.groups and ours.groupindex == theirs.groupindex


class _Cache:
    """The entries of one cache file, and the compile step that uses them."""

    def __init__(self, path: Path, environment: tuple, original, compiler, parser, engine_compile) -> None:
        self.path = path
        self.environment = environment
        self.original = original
        self.compiler = compiler
        self.parser = parser
        self.engine_compile = engine_compile
        self.debug = int(compiler.SRE_FLAG_DEBUG)
        self.pid = os.getpid()
        self.entries: dict[tuple, tuple] | None = None  # (pattern, flags) -> _sre.compile's arguments; read at need
        self.used: set[tuple] = set()
        self.new: dict[tuple, tuple] = {}

    def compile(self, p, flags=0):
        if type(p) not in (str, bytes) or not isinstance(flags, int) or flags & self.debug:
            return self.original(p, flags)  # a parsed pattern (re.Scanner's), or one printed as it compiles
        key = (p, int(flags))
        if self.entries is None:
            self.entries = self._read()
        data = self.entries.get(key)
        if data is not None:
            compiled = self._replay(p, data)
            if compiled is not None:
                self.used.add(key)
                return compiled
        try:
            data = _compile_data(p, int(flags), self.compiler, self.parser)
            compiled = self.engine_compile(*data)
        except Exception:  # re's own error (a bad pattern) comes from re's own compile
            return self.original(p, flags)
        self.entries[key] = self.new[key] = data
        if len(self.new) == 1 and os.getpid() == self.pid:  # (a forked worker's own patterns are not kept)
            atexit.register(self.save)
        return compiled

    def _replay(self, pattern, data: tuple):
        """The pattern rebuilt from its data, or None when the data is not exactly this pattern's."""
        try:
            compiled = self.engine_compile(*data)
        except Exception:  # rejected by _sre's check of the code
            return None
        return compiled if compiled.pattern == pattern and compiled.flags == data[1] else None

    def _read(self) -> dict[tuple, tuple]:
        found = read_sealed(self.path, FORMAT, marshal.loads, self.environment, "re")
        if type(found) is not list:
            return {}
        entries = {}
        try:
            for item in found:
                if (type(item) is tuple and len(item) == 2 and type(item[0]) is tuple and type(item[1]) is tuple
                        and len(item[1]) == 6 and item[1][0] == item[0][0]):
                    entries[item[0]] = item[1]
        except Exception:  # an entry of another shape (a key holding a list cannot be hashed): the file is a miss
            return {}
        return entries

    def save(self) -> bool:
        """Merge this process's new patterns into the file, atomically; False when nothing was written."""
        if not self.new:
            return False
        merged = merged_for_saving(self._read(), self.entries or {}, self.used, self.new, MAX_ENTRIES)
        try:
            payload = marshal.dumps((self.environment, "re", list(merged.items())))
        except ValueError:
            return False
        self.new = {}
        return write_sealed(self.path, FORMAT, payload, stale=FILE_PATTERN)  # other Pythons': removed after a month
