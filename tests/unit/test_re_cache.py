"""The standard library `re` cache (lint/re_cache.py): a pattern replayed from the file is the pattern `re`
compiles (text, flags and code: Pattern equality), with the same groups; a damaged file is only a miss."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from lint import re_cache

LINT = Path(__file__).resolve().parents[2] / "lint"


def lint_patterns() -> list[tuple[str | bytes, int]]:
    """Every `re.compile(literal[, flags])` of factlint's modules, with its flags worked out."""
    found = []
    for path in sorted(LINT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "compile"
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args):
                try:
                    pattern = ast.literal_eval(node.args[0])
                except ValueError:
                    continue  # built at run time
                flags = 0
                for arg in node.args[1:]:
                    flags |= eval(compile(ast.Expression(arg), "<flags>", "eval"), {"re": re})
                found.append((pattern, flags))
    return found


PATTERNS = list(dict.fromkeys([*lint_patterns(), (r"(?P<year>\d{4})-(\d\d)?", re.I | re.M), (rb"\x01+", 0), ("", 0)]))


def compiled_by_re(pattern, flags):
    re.purge()
    return re._compiler.compile(pattern, flags) if re_cache._state is None else re_cache._state.original(pattern,
                                                                                                           flags)


@pytest.fixture
def folder(tmp_path):
    re_cache.uninstall(save=False)
    yield tmp_path
    re_cache.uninstall(save=False)
    re.purge()


def same(a: re.Pattern, b: re.Pattern) -> bool:
    return a == b and a.groups == b.groups and a.groupindex == b.groupindex


def test_the_lint_modules_patterns_are_found():
    assert len(lint_patterns()) > 50


def test_replayed_patterns_are_the_ones_re_compiles(folder):
    expected = [compiled_by_re(p, f) for p, f in PATTERNS]
    assert re_cache.install(folder)
    first = [re_cache._state.compile(p, f) for p, f in PATTERNS]
    re_cache.uninstall(save=True)
    assert re_cache.install(folder)
    second = [re_cache._state.compile(p, f) for p, f in PATTERNS]
    assert re_cache._state.used and not re_cache._state.new
    assert all(same(a, b) and same(a, c) for a, b, c in zip(expected, first, second, strict=True))
    text = "In 2023-04 the ministry said 1,240 claims [12] were paid; see https://example.org <b>x</b>."
    assert [p.findall(text) for p in second if isinstance(p.pattern, str)] == \
        [p.findall(text) for p in expected if isinstance(p.pattern, str)]


def test_re_compiles_through_it_and_errors_stay_res(folder):
    assert re_cache.install(folder)
    re.purge()
    assert re.compile(r"a(b)c", re.I).match("ABC").group(1) == "B"
    with pytest.raises(re.error):
        re.compile(r"(unclosed")
    assert re.Scanner([(r"\d+", lambda s, t: int(t))]).scan("12")[0] == [12]  # a parsed pattern: as before


@pytest.mark.parametrize("damage", [
    lambda raw: raw[: len(raw) // 2],
    lambda raw: raw[:-1] + bytes([raw[-1] ^ 1]),
    lambda raw: b"",
])
def test_a_damaged_file_is_a_miss(folder, damage):
    assert re_cache.install(folder)
    for p, f in PATTERNS:
        re_cache._state.compile(p, f)
    re_cache.uninstall(save=True)
    (path,) = folder.glob(re_cache.FILE_PATTERN)
    path.write_bytes(damage(path.read_bytes()))
    assert re_cache.install(folder)
    replayed = [re_cache._state.compile(p, f) for p, f in PATTERNS]
    assert re_cache._state.new and not re_cache._state.used
    assert all(same(a, compiled_by_re(p, f)) for a, (p, f) in zip(replayed, PATTERNS, strict=True))


def test_data_the_engine_rejects_is_compiled_again(folder):
    assert re_cache.install(folder)
    state = re_cache._state
    state.entries = {(r"ab", 0): (r"ab", 32, [999, 1, 2], 0, {}, ())}  # code _sre refuses
    assert same(state.compile(r"ab", 0), compiled_by_re(r"ab", 0))


def test_a_whole_file_of_entries_of_another_shape_is_a_miss_not_a_crash(folder):
    """A sealed file of this Python whose entries factlint never writes (a key holding a list cannot be a key):
    patterns compile as usual, and saving replaces it."""
    import marshal

    from lint.sealed import write_sealed

    assert re_cache.install(folder)
    state = re_cache._state
    path = state.path
    assert write_sealed(path, re_cache.FORMAT, marshal.dumps((state.environment, "re", [((["x"], 0), (["x"], 0, [], 0, {}, ()))])))
    re_cache.uninstall(save=False)
    assert re_cache.install(folder)
    assert same(re_cache._state.compile(r"a+b", 0), compiled_by_re(r"a+b", 0))
    re_cache.uninstall(save=True)
    assert re_cache.install(folder)
    re_cache._state.compile(r"a+b", 0)
    assert re_cache._state.used
