"""Expanded word lists kept between runs (lint/expansions.py): a pack built from them has exactly the
patterns of a pack expanded afresh, and a damaged, foreign or altered file is only a miss."""

from __future__ import annotations

import marshal

import pytest

from lint import expansions
from lint.errors import InputError
from lint.patterns import _build, _bundled_files, fingerprint, load_pack
from lint.sealed import seal


@pytest.fixture
def folder(tmp_path):
    expansions.disable()
    yield tmp_path
    expansions.disable()


def built(folder=None):
    """A pack of the bundled rules built now (load_pack keeps one per process), with the cache in `folder`."""
    if folder is None:
        expansions.disable()
    else:
        expansions.enable(folder)
    try:
        return _build(tuple(_bundled_files()))
    finally:
        expansions.disable()


def patterns_of(pack) -> list:
    """Every regex source the pack gives the engine: its rules, its scanners, its word lists, its cue alternations."""
    found = [r.source for r in pack.rules] + [s.pattern.pattern for s in pack.scanners]
    found += [pack.word_pattern(name).pattern for name in sorted(pack.lexicon)]
    found.append(pack.alternation([("hedge", ("hedges",)), (None, ("attributions",))], "test").combined.pattern)
    return found


def test_a_pack_from_kept_expansions_has_the_patterns_of_one_expanded_afresh(folder, monkeypatch):
    fresh = patterns_of(built())
    first = built(folder)  # expands, and keeps what it expanded
    assert len(list(folder.glob("*.marshal"))) == 1
    loaded = []
    real_load = expansions.load
    monkeypatch.setattr(expansions, "load", lambda key: loaded.append(real_load(key)) or loaded[-1])
    again = built(folder)  # expands nothing
    assert loaded and loaded[0] is not None  # (the kept bodies were read, not expanded again)
    assert patterns_of(first) == fresh
    assert patterns_of(again) == fresh
    assert again._expander._cache == built()._expander.all_bodies()


def test_a_damaged_file_is_a_miss_and_is_rewritten(folder):
    fresh = patterns_of(built())
    built(folder)
    [path] = folder.glob("*.marshal")
    path.write_bytes(path.read_bytes()[:-40])
    assert patterns_of(built(folder)) == fresh
    expansions.enable(folder)
    assert expansions.load(fingerprint(_bundled_files())) is not None  # written anew


@pytest.mark.parametrize("data", [{"numword": 7}, ["not", "a", "dict"], {1: "x"}])
def test_a_sealed_file_of_other_data_is_not_used(folder, data):
    """Sealed and keyed right, but not names and regex sources: expanded afresh, never a crash."""
    fresh = patterns_of(built())
    expansions.enable(folder)
    key = expansions._key(fingerprint(_bundled_files()))
    payload = marshal.dumps((expansions._environment(), key, data))
    (folder / f"{key}.marshal").write_bytes(seal(expansions.FORMAT, payload))
    assert expansions.load(fingerprint(_bundled_files())) is None
    assert patterns_of(built(folder)) == fresh


def test_another_packs_file_is_not_used(folder):
    """A file named for this pack that holds another key (copied over, say) is a miss."""
    expansions.enable(folder)
    key = expansions._key(fingerprint(_bundled_files()))
    payload = marshal.dumps((expansions._environment(), "another key", {"numword": "(?!)"}))
    (folder / f"{key}.marshal").write_bytes(seal(expansions.FORMAT, payload))
    assert expansions.load(fingerprint(_bundled_files())) is None
    assert patterns_of(built(folder)) == patterns_of(built())


BROKEN_PACKS = {  # a user's pack whose regexes do not compile, each file alone or beside a good one
    "an entry of a regex word list": {"words.toml": '[hedges]\nmatch = "regex"\nentries = ["(unclosed"]\n'},
    "a regex word list once its macros are in": {
        "words.toml": '[leads]\nmatch = "regex"\nentries = ["{{opener}}x"]\n',
        "define.toml": 'kind = "figure"\n[define]\nopener = "(?P<o>"\n'},
    "a pattern": {"bad.toml": 'kind = "figure"\n[[pattern]]\nname = "x"\nnormalize = "count"\nregex = "(?P<lo>[0-9"\n'},
}


def refusal(pack_folder) -> str:
    with pytest.raises(InputError) as err:
        load_pack([pack_folder])
    return str(err.value)


@pytest.mark.parametrize("files", BROKEN_PACKS.values(), ids=BROKEN_PACKS)
def test_a_broken_user_pack_is_refused_as_without_kept_expansions(folder, tmp_path_factory, files):
    """A pack's regexes are checked unless a clean build of that very pack was kept: kept expansions of the
    bundled rules change nothing in how a user's broken pack is refused, nor is a broken pack ever kept."""
    pack_folder = tmp_path_factory.mktemp("pack")
    for name, text in files.items():
        (pack_folder / name).write_text(text, encoding="utf-8")
    without = refusal(pack_folder)
    built(folder)  # the bundled rules' expansions kept
    expansions.enable(folder)
    try:
        assert refusal(pack_folder) == without
        assert refusal(pack_folder) == without
    finally:
        expansions.disable()
    assert len(list(folder.glob("*.marshal"))) == 1  # the bundled pack's only


def test_a_rule_file_saved_while_a_pack_builds_never_keeps_its_old_lists_under_its_new_content(folder, monkeypatch):
    """The bytes parsed are the bytes the kept lists are keyed by: a file rewritten just after it was read is
    built next time from what it now says."""
    import lint.patterns as patterns

    rules = folder / "rules"
    rules.mkdir()
    mine = rules / "mine.toml"
    mine.write_text('[my_words]\ndoc = "test"\nentries = ["alpha"]\n', encoding="utf-8")
    files = (*_bundled_files(), mine)
    real_read = patterns._read_toml

    def read_then_save_anew(path, raw):
        data = real_read(path, raw)
        if path == mine:
            mine.write_text('[my_words]\ndoc = "test"\nentries = ["beta"]\n', encoding="utf-8")
        return data

    expansions.enable(folder)
    monkeypatch.setattr(patterns, "_read_toml", read_then_save_anew)
    assert patterns._build(files).word_pattern("my_words").search("alpha")
    monkeypatch.setattr(patterns, "_read_toml", real_read)
    now = patterns._build(files).word_pattern("my_words")
    assert now.search("beta") and not now.search("alpha")
