"""Prepared references (lint/prepared.py): a reference read back from an earlier run's file lints exactly
as one read afresh; an edited reference, other settings, or a damaged or foreign file are only a miss."""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import pytest

from lint import engine, prepared, refdata, resources
from lint.errors import InputError
from lint.match import Matcher
from lint.patterns import load_pack
from lint.resources import default_reference
from lint.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DRAFT = (ROOT / "examples" / "briefing.md").read_text("utf-8")
PACK = load_pack()


@pytest.fixture
def kept(tmp_path, monkeypatch):
    """A copy of the bundled reference, counted as large, and an empty folder for prepared files."""
    monkeypatch.setattr(prepared, "MIN_BYTES", 0)
    reference = tmp_path / "reference.toml"
    shutil.copy(default_reference(), reference)
    folder = tmp_path / "prepared"
    prepared.enable(folder)
    yield reference, folder
    prepared.disable()


def findings(reference, settings: Settings | None = None) -> list[tuple]:
    result = engine.lint_text(DRAFT, "briefing.md", reference, PACK, settings)
    return [(f.start, f.code, f.category.value, f.message, f.topic) for f in result.findings]


def test_a_prepared_reference_lints_exactly_as_a_freshly_read_one(kept, monkeypatch):
    reference, folder = kept
    expected = findings(refdata.load(reference))
    assert expected  # the example draft has findings to compare
    first = prepared.load(reference, Settings())
    assert len(list(folder.glob("*.pickle"))) == 1
    assert findings(first) == expected

    def not_read_again(path):
        raise AssertionError("the reference was read again")

    def not_prepared_again(self, *args):
        raise AssertionError("the matcher was prepared again")

    monkeypatch.setattr(refdata, "load", not_read_again)
    monkeypatch.setattr(Matcher, "__init__", not_prepared_again)
    second = prepared.load(reference, Settings())
    assert second is not first and second.topics == first.topics
    assert findings(second) == expected


def test_the_same_reference_elsewhere_is_read_back_under_its_own_path(kept, tmp_path):
    reference, folder = kept
    prepared.load(reference, Settings())
    moved = tmp_path / "elsewhere.toml"
    shutil.copy(reference, moved)
    again = prepared.load(moved, Settings())
    assert len(list(folder.glob("*.pickle"))) == 1 and again.path == str(moved)


def test_a_reference_saved_while_it_is_read_is_kept_as_the_bytes_read(kept, monkeypatch):
    """An editor saving the reference between reading it for the key and parsing it: what is kept is the
    parse of the bytes the key was made from, so restoring the file never brings back the other version."""
    reference, _ = kept
    original = reference.read_text("utf-8")
    edited = original.replace('[[topic]]\nid = "', '[[topic]]\nid = "edited-')
    read = refdata.read_bytes

    def read_then_saved(path):
        content = read(path)
        reference.write_text(edited, "utf-8")  # saved right after
        return content

    monkeypatch.setattr(refdata, "read_bytes", read_then_saved)
    first = prepared.load(reference, Settings())
    monkeypatch.setattr(refdata, "read_bytes", read)
    assert not any(t.id.startswith("edited-") for t in first.topics)
    reference.write_text(original, "utf-8")  # undone
    assert not any(t.id.startswith("edited-") for t in prepared.load(reference, Settings()).topics)
    reference.write_text(edited, "utf-8")
    assert all(t.id.startswith("edited-") for t in prepared.load(reference, Settings()).topics)


def test_edited_bundled_rules_prepare_the_reference_again(kept, tmp_path, monkeypatch):
    """match.toml's words weigh the topics and the extraction rules read the reference's values."""
    reference, folder = kept
    prepared.load(reference, Settings())
    rules = tmp_path / "rules"
    shutil.copytree(resources.data_dir("rules"), rules)
    monkeypatch.setattr(resources, "data_dir", lambda name: rules if name == "rules" else tmp_path / name)
    prepared.load(reference, Settings())
    assert len(list(folder.glob("*.pickle"))) == 1  # the same rules, copied: the same key
    with (rules / "match.toml").open("a", encoding="utf-8") as handle:
        handle.write("\n# edited\n")
    prepared.load(reference, Settings())
    assert len(list(folder.glob("*.pickle"))) == 2


def test_only_the_users_own_file_is_read(kept):
    reference, folder = kept
    prepared.load(reference, Settings())
    [path] = folder.glob("*.pickle")
    assert prepared._read(path, path.stem) is not None
    path.chmod(0o666)  # others could have written it
    assert prepared._read(path, path.stem) is None
    path.chmod(0o600)
    folder.chmod(0o777)
    assert prepared._read(path, path.stem) is None
    folder.chmod(0o700)


def test_the_files_used_last_are_kept(kept, tmp_path, monkeypatch):
    reference, folder = kept
    monkeypatch.setattr(prepared, "MAX_KEPT", 2)
    for n in range(3):
        version = tmp_path / f"v{n}.toml"
        version.write_text(reference.read_text("utf-8").replace('[[topic]]\nid = "', f'[[topic]]\nid = "v{n}-'),
                           "utf-8")
        prepared.load(version, Settings())
        os.utime(version)
    kept_versions = {prepared._read(p, p.stem)[0].topics[0].id.split("-")[0] for p in folder.glob("*.pickle")}
    assert kept_versions == {"v1", "v2"}


def test_an_edited_reference_is_prepared_again(kept):
    reference, folder = kept
    before = prepared.load(reference, Settings())
    dropped = before.topics[0].id
    text = reference.read_text("utf-8")
    reference.write_text(text.replace(f'id = "{dropped}"', f'id = "{dropped}-renamed"', 1), "utf-8")
    after = prepared.load(reference, Settings())
    assert dropped not in {t.id for t in after.topics} and f"{dropped}-renamed" in {t.id for t in after.topics}
    assert len(list(folder.glob("*.pickle"))) == 2


def test_other_match_settings_get_their_own_matcher(kept):
    reference, folder = kept
    strict = dataclasses.replace(Settings(), match=dataclasses.replace(Settings().match, cutoff=99.0))
    loose = prepared.load(reference, Settings())
    assert findings(loose, Settings()) != []
    strict_ref = prepared.load(reference, strict)
    assert len(list(folder.glob("*.pickle"))) == 2
    assert engine.matcher_for(strict_ref, strict).settings.cutoff == 99.0
    # with a cutoff only a near-verbatim context reaches, most claims go unsupported
    def matched(ref, settings):
        return [v for _, _, v, _, _ in findings(ref, settings) if v != "unsupported"]

    assert len(matched(strict_ref, strict)) < len(matched(loose, Settings()))


@pytest.mark.parametrize("damage", ["truncated", "flipped", "foreign"])
def test_a_damaged_or_foreign_prepared_file_is_only_a_miss(kept, tmp_path, damage):
    reference, folder = kept
    expected = findings(prepared.load(reference, Settings()))
    [path] = folder.glob("*.pickle")
    raw = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(raw[: len(raw) // 2])
    elif damage == "flipped":  # a topic's id changed by one letter: the pickle still loads, the seal fails
        at = raw.index(expected_id := refdata.load(reference).topics[0].id.encode())
        path.write_bytes(raw[:at] + b"X" + raw[at + 1 :])
        assert expected_id not in path.read_bytes()[at : at + len(expected_id)]
    else:  # another reference's prepared file under this one's name
        other = tmp_path / "other.toml"
        other.write_text(reference.read_text("utf-8").replace('[[topic]]\nid = "', '[[topic]]\nid = "x-'), "utf-8")
        prepared.load(other, Settings())
        [other_path] = [p for p in folder.glob("*.pickle") if p != path]
        path.write_bytes(other_path.read_bytes())
    again = prepared.load(reference, Settings())
    assert not any(t.id.startswith("x-") for t in again.topics)
    assert findings(again) == expected
    assert prepared._read(path, path.stem) is not None  # rewritten whole


def test_a_reference_with_problems_is_never_kept(kept):
    reference, folder = kept
    reference.write_text(reference.read_text("utf-8").replace("[[topic]]", "[[topic]]\nkind = 7", 1), "utf-8")
    with pytest.raises(InputError):
        prepared.load(reference, Settings())
    assert not list(folder.glob("*.pickle"))


def test_small_references_and_a_disabled_cache_keep_nothing(tmp_path):
    folder = tmp_path / "prepared"
    prepared.enable(folder)
    try:
        assert prepared.load(default_reference(), Settings()).topics  # the bundled one is small
        assert not folder.exists()
    finally:
        prepared.disable()
    big = tmp_path / "big.toml"
    shutil.copy(default_reference(), big)
    with big.open("a", encoding="utf-8") as handle:
        handle.write("# padding\n" * (prepared.MIN_BYTES // 10 + 1))
    assert prepared.load(big, Settings()).topics  # disabled: read as usual
    assert not folder.exists()


def test_a_long_running_process_keeps_the_matchers_of_its_last_references_only():
    """An editor's language server reads reference after reference: their matchers do not pile up."""
    readings = [refdata.load(default_reference()) for _ in range(engine.MATCHERS_KEPT + 3)]
    for reference in readings:
        engine.lint_text("The law was passed in 2011.", "d.md", reference, PACK)
    assert len(engine._matchers) == engine.MATCHERS_KEPT
    kept = readings[-1]
    assert engine.matcher_for(kept, Settings()) is engine.matcher_for(kept, Settings())  # the last one is reused
