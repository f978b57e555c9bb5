"""The result cache: a hit is exactly the fresh result; anything changed or damaged is a miss, never a crash."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from dataclasses import fields, replace
from pathlib import Path

import pytest

from lint import cache as cache_module
from lint.cache import Cache, cache_folder, fingerprint
from lint.engine import lint_text
from lint.model import (
    Claim,
    ClaimResult,
    DateValue,
    Evidence,
    Figure,
    FileResult,
    Finding,
    Kind,
    Penalty,
    Position,
    RefClaim,
    Reference,
    Severity,
    Source,
    Statute,
    Topic,
    Verdict,
)
from lint.patterns import load_pack
from lint.report import Options, render
from lint.settings import MatchSettings, Settings

WIKI = Source("wiki", "Prostitution in North Korea", "Wikipedia", path="000.txt", aliases=("Wikipedia",))
STATE = Source("state", "2011 Trafficking in Persons Report", "United States Department of State",
               date="2011-06-27", path="004.txt", aliases=("State Department",))
REFERENCE = Reference(
    sources=(WIKI, STATE),
    topics=(
        Topic("prostitution-article", Kind.STATUTE, "criminal code article punishing prostitution",
              (RefClaim("Article 261", Statute(("261",), law="criminal-code"), "wiki", 7),),
              keywords=("prostitution", "sell", "sex", "punish")),
        Topic("prison-camp-population", Kind.FIGURE, "people held in political prison camps",
              (RefClaim("150,000 to 200,000 persons", Figure(150000.0, 200000.0, approx="about"), "state", 16),),
              keywords=("held", "political", "prison", "camps", "persons")),
    ),
)
DRAFT = (
    "# Camps\n\n"
    "Selling sex is punished under Article 262 of the criminal law.\n\n"
    "Between 150,000 and 200,000 people are held in political prison camps.\n\n"
    "About 300,000 people were held in political prison camps in 2011.\n\n"
    "The mayor was elected in 2004.\n"
)


@pytest.fixture(scope="module")
def pack():
    return load_pack()


@pytest.fixture
def fresh(pack) -> FileResult:
    return lint_text(DRAFT, "draft.md", REFERENCE, pack)


def make_cache(folder: Path, reference: bytes = b"reference", settings: Settings | None = None) -> Cache:
    return Cache(folder / ".factlint_cache", fingerprint(reference, [], settings or Settings()))


def as_json(result: FileResult) -> str:
    return render("json", [result], Options())


# --- a hit is the fresh result ------------------------------------------------------------------


def test_a_cached_result_renders_exactly_as_the_fresh_one(tmp_path, fresh):
    assert fresh.claims and fresh.findings, "the draft should give claims and findings to cache"
    make_cache(tmp_path).put("draft.md", DRAFT.encode(), fresh)
    cached = make_cache(tmp_path).get("draft.md", DRAFT.encode())  # a new Cache object: read from disk
    assert cached == fresh
    assert as_json(cached) == as_json(fresh)
    assert render("text", [cached], Options()) == render("text", [fresh], Options())


def test_every_kind_of_value_comes_back_with_its_types(tmp_path):
    position = Position(3, 5, 3, 17)
    values = [
        Statute(("261", "5(2)"), law="criminal-code", year=2004),
        Penalty("labour-correction", "range", 24.0, 60.0),
        Penalty("death", "exact"),
        DateValue("1995-01-01", "1999-12-31", "decade-part", anchor="since", month_day_only=False),
        Figure(10000, 10000.0, unit="currency:KPW", per="night",
               conversion=Figure(3.3, 3.3, unit="currency:USD", approx="about")),
    ]
    claims = [
        ClaimResult(Claim(Kind(kind), 10, 20, "text", value, "rule", sentence="A sentence.", paragraph="Para.",
                          heading="Heading", hedged=True, attributed_to="Human Rights Watch"),
                    position, verdict, ("topic-a", "topic-b"))
        for kind, value, verdict in zip(("statute", "penalty", "penalty", "date", "figure"), values, Verdict,
                                        strict=False)
    ]
    finding = Finding("FL104", "mismatched-figure", Verdict.MISMATCH, Kind.FIGURE, Severity.ERROR, 10, 20,
                      position, "10,000 won", "Daily NK gives 5,000 won", (Evidence("5,000 won", "dnk", "line 4",
                      "Daily NK", "2022", hedged=True, agrees=False),), suggestion="5,000 won", topic="wage")
    result = FileResult("docs/a.md", claims, [finding], ["decoded as Windows-1252"], "the text\r\nwith é")
    make_cache(tmp_path).put("docs/a.md", b"bytes", result)
    back = make_cache(tmp_path).get("docs/a.md", b"bytes")
    assert back == result
    figure = back.claims[4].claim.value
    assert type(figure.low) is int and type(figure.high) is float  # 10000 stays 10000, 10000.0 stays 10000.0
    assert isinstance(back.claims[0].claim.value.articles, tuple) and isinstance(back.claims, list)


# --- what changes the key ------------------------------------------------------------------------


def test_a_changed_file_misses(tmp_path, fresh):
    make_cache(tmp_path).put("draft.md", DRAFT.encode(), fresh)
    assert make_cache(tmp_path).get("draft.md", DRAFT.replace("262", "261").encode()) is None
    assert make_cache(tmp_path).get("other.md", DRAFT.encode()) is None  # another file with the same text


@pytest.fixture
def rule_pack(tmp_path) -> Path:
    pack = tmp_path / "pack"
    (pack / "lexicon").mkdir(parents=True)
    (pack / "lexicon" / "extra.toml").write_text('[hedges]\nentries = ["rumour has it"]\n', encoding="utf-8")
    return pack


def _edit_rule(pack: Path) -> None:
    (pack / "lexicon" / "extra.toml").write_text('[hedges]\nentries = ["word is"]\n', encoding="utf-8")


@pytest.mark.parametrize("change", ["reference", "rule", "new rule file", "setting", "version"])
def test_a_changed_reference_rule_setting_or_version_misses(tmp_path, fresh, rule_pack, change):
    reference = tmp_path / "ref.toml"
    reference.write_text("version = 1\n", encoding="utf-8")

    def key(settings=Settings(), version="1.0"):
        return fingerprint([reference], [rule_pack], settings, version)

    before = key()
    assert key() == before, "the same inputs must give the same key"
    Cache(tmp_path / "cache", before).put("draft.md", DRAFT.encode(), fresh)
    if change == "reference":
        reference.write_text("version = 1\n# curated\n", encoding="utf-8")
        after = key()
    elif change == "rule":
        _edit_rule(rule_pack)
        after = key()
    elif change == "new rule file":
        (rule_pack / "lexicon" / "more.toml").write_text("", encoding="utf-8")
        after = key()
    elif change == "setting":
        after = key(settings=Settings(match=MatchSettings(cutoff=70.0)))
    else:
        after = key(version="1.1")
    assert after != before
    assert Cache(tmp_path / "cache", after).get("draft.md", DRAFT.encode()) is None
    assert Cache(tmp_path / "cache", before).get("draft.md", DRAFT.encode()) == fresh


# --- damaged and foreign entries --------------------------------------------------------------------


def _entry(cache: Cache) -> Path:
    [entry] = cache.entries.glob("*.json")
    return entry


def _reseal(raw: bytes, edit) -> bytes:
    """A forged entry: the payload edited, and its checksum recomputed to match."""
    header, _, payload = raw.partition(b"\n")
    body = edit(json.loads(payload))
    new_payload = json.dumps(body).encode()
    head = json.loads(header)
    head["payload"] = hashlib.sha256(new_payload).hexdigest()
    return json.dumps(head).encode() + b"\n" + new_payload


def _at(cls, name: str) -> int:
    """Where a field sits in its class's stored list (fields in declaration order)."""
    return [f.name for f in fields(cls)].index(name)


def _first_claim(body) -> list:
    claim_result = body["result"][_at(FileResult, "claims")][0]
    return claim_result[_at(ClaimResult, "claim")]


def _wrong_type(body):
    _first_claim(body)[_at(Claim, "start")] = "ten"
    return body


def _unknown_verdict(body):
    body["result"][_at(FileResult, "claims")][0][_at(ClaimResult, "verdict")] = "probably-fine"
    return body


def _extra_field(body):
    _first_claim(body).append("cos\nsystem\n(S'echo owned'\ntR.")
    return body


def _bad_string_index(body):
    _first_claim(body)[_at(Claim, "sentence")] = 10_000
    return body


def _negative_string_index(body):
    _first_claim(body)[_at(Claim, "sentence")] = -1
    return body


def _unknown_value_class(body):
    _first_claim(body)[_at(Claim, "value")][0] = "Pickle"
    return body


def _other_header(raw: bytes, key: str, value) -> bytes:
    header, _, payload = raw.partition(b"\n")
    head = json.loads(header)
    head[key] = value
    return json.dumps(head).encode() + b"\n" + payload


DAMAGE = {
    "garbage bytes": lambda raw: b"\x00\xff\xfe garbage \x89PNG\r\n\x1a\n" * 50,
    "empty file": lambda raw: b"",
    "truncated": lambda raw: raw[: len(raw) // 2],
    "JSON of another shape": lambda raw: b'{"files": [], "summary": {}}\n[1, 2, 3]',
    "a JSON list": lambda raw: b"[]",
    "wrong format version": lambda raw: _other_header(raw, "format_version", 999),
    "another program's format": lambda raw: _other_header(raw, "format", "someone-else"),
    "another file's entry": lambda raw: _other_header(raw, "path", "elsewhere.md"),
    "edited payload, old checksum": lambda raw: raw.replace(b"Article 262", b"Article 999"),
    "forged: a string for an int": lambda raw: _reseal(raw, _wrong_type),
    "forged: an unknown verdict": lambda raw: _reseal(raw, _unknown_verdict),
    "forged: an extra field": lambda raw: _reseal(raw, _extra_field),
    "forged: a string index out of range": lambda raw: _reseal(raw, _bad_string_index),
    "forged: a negative string index": lambda raw: _reseal(raw, _negative_string_index),
    "forged: an unknown value class": lambda raw: _reseal(raw, _unknown_value_class),
}


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_a_damaged_or_foreign_entry_is_ignored_then_rewritten(tmp_path, fresh, damage):
    cache = make_cache(tmp_path)
    assert cache.put("draft.md", DRAFT.encode(), fresh)
    entry = _entry(cache)
    entry.write_bytes(DAMAGE[damage](entry.read_bytes()))
    assert make_cache(tmp_path).get("draft.md", DRAFT.encode()) is None
    assert make_cache(tmp_path).put("draft.md", DRAFT.encode(), fresh)
    assert make_cache(tmp_path).get("draft.md", DRAFT.encode()) == fresh


def test_an_entry_that_is_a_folder_or_unreadable_is_a_miss(tmp_path, fresh):
    cache = make_cache(tmp_path)
    cache.put("draft.md", DRAFT.encode(), fresh)
    entry = _entry(cache)
    entry.unlink()
    entry.mkdir()
    assert make_cache(tmp_path).get("draft.md", DRAFT.encode()) is None
    assert make_cache(tmp_path).put("draft.md", DRAFT.encode(), fresh) is False  # cannot replace it; no crash


def test_a_cache_that_cannot_be_written_never_fails_the_lint(tmp_path, fresh):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    cache = Cache(blocker, fingerprint(b"r", [], Settings()))
    assert cache.put("draft.md", DRAFT.encode(), fresh) is False
    assert cache.get("draft.md", DRAFT.encode()) is None


# --- the folder -----------------------------------------------------------------------------------------


def test_the_cache_folder_keeps_itself_out_of_git(tmp_path, fresh):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    folder = cache_folder(start=tmp_path / "draft.md")
    assert folder == tmp_path / ".factlint_cache"
    Cache(folder, fingerprint(b"r", [], Settings())).put(str(tmp_path / "draft.md"), DRAFT.encode(), fresh)
    assert (folder / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=tmp_path,
                            capture_output=True, text=True, check=True)
    assert status.stdout == ""


def test_where_the_cache_lives(tmp_path, monkeypatch):
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    config = project / "factlint.toml"
    config.write_text("", encoding="utf-8")
    assert cache_folder(config, None, project / "docs") == project.resolve() / ".factlint_cache"
    assert cache_folder(config, tmp_path / "elsewhere", project) == tmp_path / "elsewhere"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_folder(None, None, tmp_path / "stray.md") == tmp_path / "xdg" / "factlint"
    # a relative XDG_CACHE_HOME would be inside the folder linted (a cloned repository): ignored
    monkeypatch.setenv("XDG_CACHE_HOME", "xdg")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_folder(None, None, tmp_path / "stray.md") == tmp_path / "home" / ".cache" / "factlint"


def test_entries_of_an_old_configuration_are_pruned_after_a_month(tmp_path, fresh):
    import os
    import time

    old = make_cache(tmp_path, reference=b"old reference")
    old.put("draft.md", DRAFT.encode(), fresh)
    month_ago = time.time() - cache_module.STALE_AFTER_SECONDS - 60
    os.utime(old.entries, (month_ago, month_ago))
    # in the user's cache folder the compile caches live beside the entry folders: never pruned as such
    compiled = old.folder / "regex"
    compiled.mkdir()
    os.utime(compiled, (month_ago, month_ago))
    make_cache(tmp_path, reference=b"new reference").put("draft.md", DRAFT.encode(), fresh)
    assert not old.entries.exists()
    assert compiled.is_dir()


def test_an_upgraded_library_changes_the_key(monkeypatch):
    """A newer `regex` or markdown-it-py may read a draft differently: results of the old one are not served."""
    before = fingerprint(b"r", [], Settings())
    versions = cache_module._library_versions()
    assert "regex" in versions and "python" in versions and "unicode" in versions
    monkeypatch.setattr(cache_module, "_library_versions", lambda: "regex 1999.1.1; rapidfuzz 0.1; markdown-it")
    assert fingerprint(b"r", [], Settings()) != before


def test_a_changed_model_changes_the_key(monkeypatch):
    before = fingerprint(b"r", [], Settings())
    monkeypatch.setattr(cache_module, "_schema_signature", lambda: "Claim(start:int,extra:str)")
    assert fingerprint(b"r", [], Settings()) != before


def test_results_with_a_different_path_are_not_served(tmp_path, fresh):
    cache = make_cache(tmp_path)
    cache.put("draft.md", DRAFT.encode(), replace(fresh))
    assert cache.get("./draft.md", DRAFT.encode()) is None  # named differently: its findings would say draft.md


def test_temporary_files_of_killed_writes_are_pruned_once_an_hour_old(tmp_path):
    import os
    import time

    folder = tmp_path / "cache"
    (folder / "abc").mkdir(parents=True)
    stale = folder / "abc" / ".entry.json.x1y2z3w4.tmp"
    fresh_tmp = folder / "abc" / ".other.json.q1w2e3r4.tmp"
    entry = folder / "abc" / "entry.json"
    for f in (stale, fresh_tmp, entry):
        f.write_text("{}", encoding="utf-8")
    old = time.time() - cache_module.STALE_TEMP_SECONDS - 60
    os.utime(stale, (old, old))
    os.utime(entry, (old, old))
    cache_module.remove_stale_files(folder)
    assert not stale.exists() and fresh_tmp.exists() and entry.exists()  # an entry lives a month


# --- rendered parts (views) -----------------------------------------------------------------------


def _rendered(fresh):
    from lint.report import View

    return View.of("json", Options()).render(fresh)


def _view_file(cache: Cache) -> Path:
    [view] = cache.entries.glob("*.view")
    return view


def test_a_rendered_part_comes_back_as_it_was_stored(tmp_path, fresh):
    rendered = _rendered(fresh)
    cache = make_cache(tmp_path)
    assert cache.put_view("draft.md", DRAFT.encode(), "json", rendered)
    back = make_cache(tmp_path).get_view("draft.md", DRAFT.encode(), "json")
    assert back == rendered
    assert render("json", [back]) == as_json(fresh)  # the report made of the part is the fresh report
    assert make_cache(tmp_path).get_view("draft.md", DRAFT.encode(), "text color=False width=100") is None
    assert make_cache(tmp_path).get_view("draft.md", (DRAFT + "\n").encode(), "json") is None
    assert make_cache(tmp_path, reference=b"other").get_view("draft.md", DRAFT.encode(), "json") is None


def _forge_view(raw: bytes, change, text: bytes | None = None) -> bytes:
    """The view's counts changed by `change` (and its text replaced by `text`), its checksum recomputed."""
    header, _, payload = raw.partition(b"\n")
    counts, _, old_text = payload.partition(b"\n")
    body = json.loads(counts)
    change(body)
    new_payload = json.dumps(body).encode() + b"\n" + (old_text if text is None else text)
    head = json.loads(header)
    head["payload"] = hashlib.sha256(new_payload).hexdigest()
    return json.dumps(head).encode() + b"\n" + new_payload


VIEW_DAMAGE = {
    "garbage": lambda raw: b"\x00\xff not a view",
    "truncated": lambda raw: raw[: len(raw) // 2],
    "edited payload, old checksum": lambda raw: raw.replace(b"FL104", b"FL999"),
    "another view's key": lambda raw: _other_header(raw, "view", "concise"),
    "no signature": lambda raw: _other_header(raw, "signature", None),
    "a signature not hex": lambda raw: _other_header(raw, "signature", "é" * 64),
    "forged: an unknown verdict": lambda raw: _forge_view(raw, lambda b: b["verdicts"].update(bogus=1)),
    "forged: a negative count": lambda raw: _forge_view(raw, lambda b: b["severities"].update(error=-1)),
    "forged: a severity rank out of range": lambda raw: _forge_view(raw, lambda b: b.update(worst=7)),
    "forged: the text not UTF-8": lambda raw: _forge_view(raw, lambda b: None, b"\xff\xfe FL104"),
    "forged: no line of counts": lambda raw: _forge_view(raw, lambda b: None, b"").rpartition(b"\n")[0],
    "forged: an extra key": lambda raw: _forge_view(raw, lambda b: b.update(extra=1)),
    "forged: another file's path": lambda raw: _forge_view(raw, lambda b: b.update(path="elsewhere.md")),
}


@pytest.mark.parametrize("damage", VIEW_DAMAGE, ids=list(VIEW_DAMAGE))
def test_a_damaged_or_foreign_part_is_a_miss_then_rewritten(tmp_path, fresh, damage):
    rendered = _rendered(fresh)
    cache = make_cache(tmp_path)
    assert cache.put_view("draft.md", DRAFT.encode(), "json", rendered)
    view = _view_file(cache)
    view.write_bytes(VIEW_DAMAGE[damage](view.read_bytes()))
    assert make_cache(tmp_path).get_view("draft.md", DRAFT.encode(), "json") is None
    assert make_cache(tmp_path).put_view("draft.md", DRAFT.encode(), "json", rendered)
    assert make_cache(tmp_path).get_view("draft.md", DRAFT.encode(), "json") == rendered


def test_parts_are_pruned_with_the_entries(tmp_path, fresh):
    import os
    import time

    cache = make_cache(tmp_path)
    cache.put("draft.md", DRAFT.encode(), fresh)
    cache.put_view("draft.md", DRAFT.encode(), "json", _rendered(fresh))
    view = _view_file(cache)
    old = time.time() - cache_module.STALE_AFTER_SECONDS - 60
    os.utime(view, (old, old))
    (cache.folder / ".last-pruned").unlink()  # pruned a day later
    cache_module.remove_stale_files(cache.folder)
    assert not view.exists() and _entry(cache).exists()


# --- the key parts are signed with ------------------------------------------------------------------


@pytest.fixture
def fresh_key(tmp_path, monkeypatch):
    """A user cache folder of its own, and no key read yet in this process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(cache_module, "_secret", [])
    return tmp_path / "xdg" / "factlint" / cache_module.VIEW_KEY_FILE


def test_the_key_is_made_once_private_and_kept(fresh_key):
    import os
    import stat

    previous = os.umask(0o002)  # common for users with a group of their own: folders come out group-writable
    try:
        key = cache_module.view_secret()
    finally:
        os.umask(previous)
    assert key is not None and len(key) == 32 and fresh_key.read_bytes() == key
    assert stat.S_IMODE(fresh_key.stat().st_mode) == 0o600
    assert stat.S_IMODE(fresh_key.parent.stat().st_mode) == 0o700
    cache_module._secret.clear()
    assert cache_module.view_secret() == key  # read back by the next run


def test_processes_making_the_key_at_once_all_get_the_one_kept(fresh_key):
    import multiprocessing

    context = multiprocessing.get_context("fork")
    with context.Pool(4) as pool:
        keys = pool.map(_make_key, [fresh_key] * 8)
    made = [k for k in keys if k is not None]
    assert made and all(k == fresh_key.read_bytes() for k in made)


def _make_key(path):
    return cache_module._read_or_make_secret(path)


def test_a_key_that_is_a_link_or_the_wrong_size_is_not_used(fresh_key, tmp_path):
    fresh_key.parent.mkdir(parents=True)
    elsewhere = tmp_path / "planted.key"
    elsewhere.write_bytes(b"k" * 32)
    fresh_key.symlink_to(elsewhere)
    assert cache_module.view_secret() is None
    cache_module._secret.clear()
    fresh_key.unlink()
    fresh_key.write_bytes(b"short")
    assert cache_module.view_secret() is None


def test_a_cache_folder_that_cannot_be_searched_means_no_key_and_no_crash(fresh_key, monkeypatch):
    def refuse(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(cache_module, "_read_or_make_secret", refuse)
    assert cache_module.view_secret() is None
