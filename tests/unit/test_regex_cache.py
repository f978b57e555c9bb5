"""The compile caches (lint/regex_cache.py, lint/toml_cache.py): what they give back is exactly what
compiling or parsing gives, and a damaged, foreign or outdated file is only a miss."""

from __future__ import annotations

import marshal
import tomllib
from pathlib import Path

import pytest
import regex

from lint import regex_cache, toml_cache
from lint.patterns import FLAGS, load_pack
from lint.resources import data_dir, default_reference

ROOT = Path(__file__).resolve().parents[2]
PACK = load_pack()


def sample_texts() -> list[str]:
    texts = [(ROOT / "examples" / "briefing.md").read_text("utf-8")]
    texts += [p.read_text("utf-8") for p in sorted((ROOT / "tests" / "fixtures").glob("*.md"))]
    texts.append("\n".join(e for r in PACK.rules for e in (*r.examples, *r.counterexamples)))
    return texts


TEXTS = sample_texts()


def pack_sources() -> list[str]:
    """Every pattern the pack compiles: the scanners, each rule alone, and every word list."""
    sources = [s.pattern.pattern for s in PACK.scanners] + [r.source for r in PACK.rules]
    sources += [PACK.word_pattern(name).pattern for name in PACK.lexicon]
    return list(dict.fromkeys(sources))


SOURCES = pack_sources()


def behaviour(pattern: regex.Pattern, texts: list[str] = TEXTS) -> list:
    """What a pattern is and what it finds: its tables, then every match with its groups."""
    found: list = [pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)]
    for text in texts:
        found.append([(m.span(), m.lastgroup, m.groupdict(), m.captures()) for m in pattern.finditer(text)])
    return found


@pytest.fixture
def fresh(tmp_path):
    """No cache installed before or after the test (a CLI test in this process may have installed one)."""
    regex_cache.uninstall(save=False)
    toml_cache.disable()
    yield tmp_path
    regex_cache.uninstall(save=False)
    toml_cache.disable()


def compile_all(sources: list[str], flags: int = FLAGS) -> list[regex.Pattern]:
    return [regex.compile(s, flags) for s in sources]


def fill(folder: Path, sources: list[str]) -> None:
    """One run that compiles `sources` with the cache and writes it."""
    assert regex_cache.install(folder)
    compile_all(sources)
    regex_cache.uninstall(save=True)


def replayed_run(folder: Path, sources: list[str]) -> tuple[list[regex.Pattern], int, int]:
    """A later run: (the patterns, how many came from the file, how many were compiled anew)."""
    assert regex_cache.install(folder)
    state = regex_cache._state
    patterns = compile_all(sources)
    return patterns, len(state.used), len(state.new)


def this_environment(folder: Path) -> tuple:
    assert regex_cache.install(folder)
    environment = regex_cache._state.environment
    regex_cache.uninstall(save=False)
    return environment


# --- regex -------------------------------------------------------------------------------------------


def test_replayed_patterns_behave_exactly_as_freshly_compiled_ones(fresh):
    fresh_patterns = [regex.compile(s, FLAGS, cache_pattern=False) for s in SOURCES]
    fill(fresh, SOURCES)
    replayed, from_file, compiled = replayed_run(fresh, SOURCES)
    assert (from_file, compiled) == (len(SOURCES), 0)
    for source, old, new in zip(SOURCES, fresh_patterns, replayed, strict=True):
        assert new is not old
        assert behaviour(new) == behaviour(old), source[:80]


def test_a_replayed_pack_extracts_the_same_claims(fresh):
    from lint.extract import extract_claims
    from lint.patterns import _build, _bundled_files
    from lint.source import parse_document

    files = tuple(_bundled_files())
    doc = parse_document(TEXTS[0], "briefing.md")
    expected = list(extract_claims(doc, _build(files)))
    assert regex_cache.install(fresh)
    _build(files)  # compiles and remembers
    regex_cache.uninstall(save=True)
    assert regex_cache.install(fresh)
    pack = _build(files)
    assert regex_cache._state.used and not regex_cache._state.new
    assert list(extract_claims(doc, pack)) == expected


def test_flags_and_the_default_version_are_part_of_the_key(fresh):
    source = r"(?P<n>\d+) (?:years?|months?)|article\s+(?P<a>\d+)"
    fill(fresh, [source])
    assert regex_cache.install(fresh)
    state = regex_cache._state
    plain = regex.compile(source)  # other flags: compiled anew, not the IGNORECASE | VERBOSE one
    assert (len(state.used), len(state.new)) == (0, 1)
    assert plain.search("Article 261") is None
    assert regex.compile(source, FLAGS).search("Article 261")["a"] == "261"
    assert len(state.used) == 1


@pytest.mark.parametrize("damage", [
    lambda raw: b"",
    lambda raw: b"not a cache file at all\n" * 10,
    lambda raw: raw[: len(raw) // 2],  # truncated
    lambda raw: raw[:-40] + bytes(40),  # damaged: the checksum no longer matches
    lambda raw: marshal.dumps({"some": "other program's data"}),
    lambda raw: regex_cache.FORMAT + b"0" * 64 + b"\n" + marshal.dumps(("x", [])),  # foreign, wrong checksum
])
def test_a_damaged_or_foreign_file_is_ignored_and_rewritten(fresh, damage):
    sources = SOURCES[:6]
    fill(fresh, sources)
    path = regex_cache.file_for(fresh, this_environment(fresh))
    path.write_bytes(damage(path.read_bytes()))
    patterns, from_file, compiled = replayed_run(fresh, sources)
    assert (from_file, compiled) == (0, len(sources))
    assert [behaviour(p) for p in patterns] == [behaviour(regex.compile(s, FLAGS, cache_pattern=False))
                                               for s in sources]
    regex_cache.uninstall(save=True)
    assert replayed_run(fresh, sources)[1:] == (len(sources), 0)  # rewritten whole


def test_an_entry_that_is_not_its_patterns_data_is_compiled_anew(fresh):
    a, b = r"\bfoo(?P<x>\d+)", r"\bbar(?P<y>\d+)"
    fill(fresh, [a, b])
    path = regex_cache.file_for(fresh, this_environment(fresh))
    environment = this_environment(fresh)
    entries = regex_cache._decode(path.read_bytes(), environment)
    swapped = {k: entries[(b, *k[1:])] if k[0] == a else v for k, v in entries.items()}
    path.write_bytes(regex_cache._encode(swapped, environment))
    (pattern,), from_file, compiled = replayed_run(fresh, [a])
    assert (from_file, compiled) == (0, 1)
    assert pattern.pattern == a and pattern.search("foo12")["x"] == "12"


def test_another_regex_version_starts_afresh(fresh, monkeypatch):
    fill(fresh, SOURCES[:4])
    monkeypatch.setattr(regex, "__version__", regex.__version__ + ".1")
    assert replayed_run(fresh, SOURCES[:4])[1:] == (0, 4)


def test_two_environments_keep_a_file_each(fresh, monkeypatch):
    """Another install's runs (another regex, another Python) never overwrite this one's patterns."""
    fill(fresh, SOURCES[:4])
    with monkeypatch.context() as other:
        other.setattr(regex, "__version__", regex.__version__ + ".1")
        fill(fresh, SOURCES[:4])
    assert len(list(fresh.glob(regex_cache.FILE_PATTERN))) == 2
    assert replayed_run(fresh, SOURCES[:4])[1:] == (4, 0)


def test_another_python_starts_afresh(fresh, monkeypatch):
    fill(fresh, SOURCES[:4])
    monkeypatch.setattr(regex_cache.sys, "hexversion", regex_cache.sys.hexversion + 1)
    assert replayed_run(fresh, SOURCES[:4])[1:] == (0, 4)


def test_an_unwritable_folder_never_fails_a_run(fresh):
    blocker = fresh / "a-file"
    blocker.write_text("in the way")
    assert regex_cache.install(blocker)  # the folder cannot be made: saving fails quietly
    assert regex.compile(r"ab+c", FLAGS).search("xabbbc")
    assert regex_cache.save() is False
    regex_cache.uninstall(save=True)


def test_nothing_new_writes_nothing(fresh):
    fill(fresh, SOURCES[:3])
    path = regex_cache.file_for(fresh, this_environment(fresh))
    before = path.stat().st_mtime_ns
    replayed_run(fresh, SOURCES[:3])
    assert regex_cache.save() is False
    assert path.stat().st_mtime_ns == before


def test_switched_off_by_the_environment(fresh, monkeypatch):
    monkeypatch.setenv(regex_cache.ENV_SWITCH, "off")
    assert regex_cache.install(fresh) is False
    assert regex_cache._state is None


def test_locale_dependent_and_named_list_patterns_are_not_kept(fresh):
    assert regex_cache.install(fresh)
    state = regex_cache._state
    regex.compile(r"(?L)\w+")
    regex.compile(r"\L<words>", words=["a", "b"])
    regex.compile(rb"bytes+")
    assert state.new == {}
    assert regex.compile(r"\L<words>", words=["cat"]).fullmatch("cat")


def test_errors_are_raised_as_without_the_cache(fresh):
    assert regex_cache.install(fresh)
    with pytest.raises(regex.error):
        regex.compile(r"(unclosed", FLAGS)
    assert regex_cache._state.new == {}


# --- TOML ----------------------------------------------------------------------------------------------


def toml_files() -> list[Path]:
    rules = data_dir("rules")
    return [*sorted(rules.rglob("*.toml")), default_reference()]


@pytest.mark.parametrize("path", toml_files(), ids=lambda p: p.name)
def test_cached_toml_is_exactly_what_tomllib_parses(fresh, path):
    text = path.read_text("utf-8")
    expected = tomllib.loads(text)
    toml_cache.enable(fresh)
    first = toml_cache.loads(text)
    second = toml_cache.loads(text)
    assert first == expected and second == expected
    assert marshal.dumps(second) == marshal.dumps(expected)  # the same types too (1 is not 1.0, nor True)
    if len(text) >= toml_cache.MIN_TEXT:
        assert len(list(fresh.glob("*.marshal"))) == 1


def big_toml(extra: str = "") -> str:
    return extra + "".join(f'[[topic]]\nid = "t{i}"\nvalue = {i}.5\nflag = true\n' for i in range(200))


def test_a_damaged_toml_cache_file_is_ignored_and_rewritten(fresh):
    text = big_toml()
    toml_cache.enable(fresh)
    toml_cache.loads(text)
    [path] = fresh.glob("*.marshal")
    path.write_bytes(path.read_bytes()[:-10])
    assert toml_cache.loads(text) == tomllib.loads(text)
    assert toml_cache._read(path, path.stem) == tomllib.loads(text)  # rewritten


def test_a_toml_cache_file_whose_data_was_altered_is_not_used(fresh):
    """A byte changed inside the data (a value, not the structure): marshal would read it back; the seal
    does not."""
    text = big_toml()
    toml_cache.enable(fresh)
    toml_cache.loads(text)
    [path] = fresh.glob("*.marshal")
    raw = path.read_bytes()
    at = raw.index(b"t199")
    path.write_bytes(raw[:at] + b"x" + raw[at + 1 :])
    assert toml_cache.loads(text) == tomllib.loads(text)


def test_a_toml_cache_file_of_another_text_is_not_used(fresh):
    one, two = big_toml(), big_toml("title = 'other'\n")
    toml_cache.enable(fresh)
    toml_cache.loads(one)
    [path] = fresh.glob("*.marshal")
    toml_cache.loads(two)
    [other] = [p for p in fresh.glob("*.marshal") if p != path]
    other.write_bytes(path.read_bytes())  # the first text's data under the second's name
    assert toml_cache.loads(two) == tomllib.loads(two)


def test_toml_dates_and_syntax_errors_are_not_kept(fresh):
    toml_cache.enable(fresh)
    dated = big_toml("published = 2024-05-01\n")
    assert toml_cache.loads(dated) == tomllib.loads(dated)
    with pytest.raises(tomllib.TOMLDecodeError):
        toml_cache.loads(big_toml("broken = [\n"))
    assert list(fresh.glob("*.marshal")) == []


def test_toml_cache_off_writes_nothing(fresh):
    text = big_toml()
    assert toml_cache.loads(text) == tomllib.loads(text)
    assert list(fresh.iterdir()) == []


def test_the_catalogue_and_matchings_word_lists_read_through_the_cache_are_those_parsed(fresh):
    """rules/checks/*.toml and rules/match.toml go through the TOML cache: read back, and from a damaged
    file, they are what parsing gives."""
    from dataclasses import replace

    from lint.catalog import load_catalog
    from lint.context import lexicon

    def read() -> tuple:
        words = lexicon.__wrapped__()  # not the process's one, kept by @cache
        return load_catalog(), replace(words, phrases=None), words.phrases.pattern

    parsed = read()
    toml_cache.enable(fresh)
    assert read() == parsed  # parsed, and kept
    assert read() == parsed  # read back
    kept = sorted(fresh.glob("*.marshal"))
    assert kept
    for path in kept:
        path.write_bytes(path.read_bytes()[:-10])
    assert read() == parsed
