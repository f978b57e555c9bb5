"""The dataclass code cache (lint/dataclass_cache.py): a class made with kept code is the class `dataclasses`
makes without it, and a damaged, foreign or unsafe file is only a miss."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field

import pytest

from lint import dataclass_cache


@pytest.fixture
def folder(tmp_path):
    """No cache installed before or after the test (a CLI test in this process may have installed one)."""
    dataclass_cache.uninstall(save=False)
    yield tmp_path
    dataclass_cache.uninstall(save=False)


def make_classes():
    """A frozen class, an ordered one with defaults and a factory, and one with a field named `self`."""

    @dataclass(frozen=True)
    class Point:
        """A point."""

        x: int
        y: int = 0

    @dataclass(order=True)
    class Row:
        """A row."""

        name: str
        cells: list[str] = field(default_factory=list)

    @dataclass
    class Odd:
        """Field names that the generated code must not confuse with its own."""

        self: int
        object: str = "o"

    return Point, Row, Odd


def behaviour(classes) -> list:
    point, row, odd = classes
    p = point(1)
    try:
        p.x = 3
        frozen = None
    except dataclasses.FrozenInstanceError as exc:
        frozen = str(exc)
    out = [repr(p), p == point(1, 0), p == point(2), hash(p) == hash(point(1)), frozen,
           repr(row("a")), row("a") < row("b"), row("a", ["x"]) == row("a", ["x"]), repr(odd(3))]
    for cls in classes:
        for name in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__lt__"):
            method = cls.__dict__.get(name)
            code = getattr(method, "__code__", None)
            out.append((cls.__name__, name, None if code is None else (code.co_code, code.co_consts, code.co_names,
                                                                       code.co_varnames, code.co_filename),
                        getattr(method, "__annotations__", None), getattr(method, "__defaults__", None)))
    return out


def test_kept_code_makes_the_same_classes(folder):
    expected = behaviour(make_classes())
    assert dataclass_cache.install(folder)
    first = behaviour(make_classes())  # compiled, and kept when saved
    assert dataclass_cache._state.new
    dataclass_cache.uninstall(save=True)
    assert list(folder.glob(dataclass_cache.FILE_PATTERN))
    assert dataclass_cache.install(folder)
    second = behaviour(make_classes())  # from the file
    assert dataclass_cache._state.used and not dataclass_cache._state.new
    assert first == expected and second == expected


def test_uninstall_gives_back_the_builtin_exec(folder):
    assert dataclass_cache.install(folder)
    assert "exec" in vars(dataclasses)
    dataclass_cache.uninstall(save=False)
    assert "exec" not in vars(dataclasses)


@pytest.mark.parametrize("damage", [
    lambda raw: raw[: len(raw) // 2],  # truncated
    lambda raw: raw[:-1] + bytes([raw[-1] ^ 1]),  # a bit flipped
    lambda raw: b"",
    lambda raw: b"not a cache file at all",
])
def test_a_damaged_file_is_a_miss(folder, damage):
    assert dataclass_cache.install(folder)
    make_classes()
    dataclass_cache.uninstall(save=True)
    (path,) = folder.glob(dataclass_cache.FILE_PATTERN)
    path.write_bytes(damage(path.read_bytes()))
    assert dataclass_cache.install(folder)
    assert behaviour(make_classes()) == behaviour_without_cache()
    assert dataclass_cache._state.new and not dataclass_cache._state.used
    dataclass_cache.uninstall(save=True)  # and the next run finds it whole again
    assert dataclass_cache.install(folder)
    make_classes()
    assert not dataclass_cache._state.new


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_file_others_may_write_is_not_read(folder):
    """Its code runs as a class is made: a file (or folder) anyone else may write is not read."""
    assert dataclass_cache.install(folder)
    make_classes()
    dataclass_cache.uninstall(save=True)
    (path,) = folder.glob(dataclass_cache.FILE_PATTERN)
    path.chmod(0o666)
    assert dataclass_cache.install(folder)
    make_classes()
    assert dataclass_cache._state.new and not dataclass_cache._state.used


def behaviour_without_cache() -> list:
    state, dataclass_cache._state = dataclass_cache._state, None
    own_exec = vars(dataclasses).pop("exec")
    try:
        return behaviour(make_classes())
    finally:
        dataclasses.exec = own_exec
        dataclass_cache._state = state
