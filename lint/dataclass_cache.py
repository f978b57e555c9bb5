"""The methods `@dataclass` writes for a class, compiled once per machine rather than once per run.

`dataclasses` writes each class's __init__, __repr__, __eq__ and __hash__ (and, for a frozen class,
__setattr__ and __delattr__) as Python source, and compiles that text as the class is made: the
forty-odd classes a lint imports took about 16 ms of every run to compile, the same texts each time.
`install()` gives the dataclasses module an `exec` that runs the code an earlier run compiled from
exactly the same text, compiled as `exec` compiles a string (file "<string>", and no future flags:
dataclasses has none), and compiles and keeps any text it has not seen. The classes made are the ones
`dataclasses` makes without it.

Never a wrong method, never a crash:
- an entry is found by the whole text it was compiled from;
- the file belongs to one Python (its version, its bytecode's cache tag, marshal's version) and
  carries a SHA-256 of its contents, so a truncated or damaged file is only a miss (and rewritten);
- whatever goes wrong in reading or writing it, the text is compiled as usual.

Trust: the code it holds runs as a class is made, so, like the prepared references (lint/prepared.py),
it lives only in the user's own cache folder (lint.sealed.user_folder), never in a project's, and is
read only when the user owns the file and its folder and nobody else may write them. What it compiles
is the text `dataclasses` writes, never anything factlint reads.

Written when the process ends, and only when something new was compiled. Off unless `install()` is
called (the CLI does, with the other compile caches; `FACTLINT_REGEX_CACHE=off` turns them all off).
"""

from __future__ import annotations

import atexit
import builtins
import marshal
import os
import sys
from pathlib import Path
from types import CodeType

from lint.sealed import environment_file, merged_for_saving, read_sealed, write_sealed

FORMAT = b"factlint-dataclass-code 1\n"
FILE_PATTERN = "code-*.marshal"
MAX_ENTRIES = 2000  # a file holding more keeps only what this run used

_state: _Codes | None = None


def install(folder: Path) -> bool:
    """Put the kept code in front of the compiling `dataclasses` does, for this process; True when in place.
    Idempotent; False (nothing changed) where dataclasses is not as this module knows it."""
    global _state
    if _state is not None:
        return True
    import dataclasses

    # another hook in place, or a dataclasses with future flags (its strings would compile with them)
    if "exec" in vars(dataclasses) or "annotations" in vars(dataclasses):
        return False
    environment = _environment()
    _state = _Codes(environment_file(folder, FILE_PATTERN, environment), environment)
    dataclasses.exec = _state.exec
    return True


def uninstall(save: bool = True) -> None:
    """Give dataclasses back the builtin `exec` (saving what was compiled first, unless told not to)."""
    global _state
    codes, _state = _state, None
    if codes is None:
        return
    import dataclasses

    if vars(dataclasses).get("exec") == codes.exec:
        del dataclasses.exec
    atexit.unregister(codes.save)
    if save:
        codes.save()


def _environment() -> tuple:
    return (sys.hexversion, sys.implementation.cache_tag, marshal.version)


class _Codes:
    """The code kept in one file, and the `exec` that uses it."""

    def __init__(self, path: Path, environment: tuple) -> None:
        self.path = path
        self.environment = environment
        self.pid = os.getpid()
        self.kept: dict[str, CodeType] | None = None  # read at the first class made
        self.used: set[str] = set()
        self.new: dict[str, CodeType] = {}

    def exec(self, source, global_names=None, local_names=None, /):
        """`exec(source, global_names, local_names)`, with the code kept for a text compiled before."""
        if global_names is None:  # exec's default: the caller's namespaces, not this module's
            caller = sys._getframe(1)
            global_names = caller.f_globals
            local_names = caller.f_locals if local_names is None else local_names
        if type(source) is str and type(global_names) is dict:
            source = self._code(source)
        return builtins.exec(source, global_names, local_names)

    def _code(self, text: str) -> CodeType:
        if self.kept is None:
            self.kept = self._read()
        code = self.kept.get(text)
        if code is not None:
            self.used.add(text)
            return code
        code = self.kept[text] = self.new[text] = compile(text, "<string>", "exec", dont_inherit=True)
        if len(self.new) == 1 and os.getpid() == self.pid:  # (a forked worker's own classes are not kept)
            atexit.register(self.save)
        return code

    def _read(self) -> dict[str, CodeType]:
        # (the code runs: read_sealed reads only a file private to the user)
        found = read_sealed(self.path, FORMAT, marshal.loads, self.environment, "code")
        if type(found) is not dict or not all(type(k) is str and type(v) is CodeType for k, v in found.items()):
            return {}
        return found

    def save(self) -> bool:
        """Merge this process's new code into the file, atomically; False when nothing was written."""
        if not self.new:
            return False
        merged = merged_for_saving(self._read(), self.kept or {}, self.used, self.new, MAX_ENTRIES)
        try:
            payload = marshal.dumps((self.environment, "code", merged))
        except ValueError:
            return False
        self.new = {}
        return write_sealed(self.path, FORMAT, payload, stale=FILE_PATTERN)  # other Pythons': removed after a month
