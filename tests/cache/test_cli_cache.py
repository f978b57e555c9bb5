"""`factlint lint` with its cache, as a user runs it: same output, served from the cache, --no-cache bypasses it."""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import fields
from pathlib import Path

import pytest

import lint.engine
from lint.cli import main
from lint.model import FileResult, Finding

REFERENCE = Path(__file__).parent / "data" / "ref.toml"
MISMATCH = "The lake ferry carried about 90,000 passengers each year.\n"  # FL104 against data/ref.toml
CONTESTED = "Smuggling goods across the river border is punished under Article 112 of the penal code.\n"
UNSUPPORTED = "The mayor was elected in 2004.\n"


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A docs project: factlint.toml at its root, a reference, a draft; the cache belongs in its root."""
    root = tmp_path / "project"
    (root / "docs").mkdir(parents=True)
    shutil.copy(REFERENCE, root / "ref.toml")
    (root / "factlint.toml").write_text('reference = "ref.toml"\n', encoding="utf-8")
    (root / "docs" / "draft.md").write_text("# Ruritania\n\n" + MISMATCH + "\n" + CONTESTED + "\n" + UNSUPPORTED,
                                           encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    return root


def run(capsys, *args: str) -> tuple[int, str]:
    try:
        main(["lint", "--format", "json", *args])
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    return code, capsys.readouterr().out


def codes(out: str) -> list[str]:
    return [f["code"] for file in json.loads(out)["files"] for f in file["findings"]]


def entries(root: Path) -> list[Path]:
    return sorted((root / ".factlint_cache").glob("*/*.json"))


def views(root: Path) -> list[Path]:
    return sorted((root / ".factlint_cache").glob("*/*.view"))


@pytest.fixture
def engine_disabled(monkeypatch):
    """After this, any lint that is not served from the cache fails loudly."""

    def refuse(*args, **kwargs):
        raise AssertionError("the engine ran: the cache was not used")

    return lambda: monkeypatch.setattr(lint.engine, "lint_document", refuse)


def test_a_run_the_cache_answers_whole_does_not_load_the_rule_pack(project, capsys, monkeypatch):
    import lint.patterns

    first = run(capsys, "docs/draft.md")

    def refuse(*args, **kwargs):
        raise AssertionError("the rule pack was loaded: nothing needed it")

    monkeypatch.setattr(lint.patterns, "load_pack", refuse)
    assert run(capsys, "docs/draft.md") == first
    (project / "docs" / "draft.md").write_text("# Ruritania\n\nA new draft of 2011.\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="rule pack was loaded"):
        run(capsys, "docs/draft.md")  # a file the cache does not hold needs it


def test_a_second_run_is_served_from_the_cache_with_the_same_output(project, capsys, engine_disabled):
    first = run(capsys, "docs/draft.md")
    assert first[0] == 1 and {"FL104", "FL501"} <= set(codes(first[1]))
    assert len(entries(project)) == 1
    assert (project / ".factlint_cache" / ".gitignore").is_file()
    engine_disabled()
    assert run(capsys, "docs/draft.md") == first


def test_no_cache_neither_writes_nor_reads(project, capsys):
    code, out = run(capsys, "--no-cache", "docs/draft.md")
    assert code == 1 and "FL104" in codes(out)
    assert not (project / ".factlint_cache").exists()

    run(capsys, "docs/draft.md")  # fills the cache
    [entry] = entries(project)
    forged = _forge_message(entry.read_bytes(), "FORGED IN THE CACHE")
    entry.write_bytes(forged)
    for view in views(project):  # else the run's rendered part is served, not the entry
        view.unlink()
    assert "FORGED IN THE CACHE" in run(capsys, "docs/draft.md")[1]  # the cache is read when allowed...
    assert "FORGED IN THE CACHE" not in run(capsys, "--no-cache", "docs/draft.md")[1]  # ...and not with --no-cache
    assert entry.read_bytes() == forged  # nor rewritten


def _forge_message(raw: bytes, message: str) -> bytes:
    header, _, payload = raw.partition(b"\n")
    body = json.loads(payload)
    body["strings"].append(message)
    findings = body["result"][[f.name for f in fields(FileResult)].index("findings")]
    for finding in findings:
        finding[[f.name for f in fields(Finding)].index("message")] = len(body["strings"]) - 1
    new_payload = json.dumps(body).encode()
    head = json.loads(header)
    head["payload"] = hashlib.sha256(new_payload).hexdigest()
    return json.dumps(head).encode() + b"\n" + new_payload


def test_an_edited_draft_is_linted_again(project, capsys):
    run(capsys, "docs/draft.md")
    draft = project / "docs" / "draft.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("90,000", "40,000"), encoding="utf-8")
    assert "FL104" not in codes(run(capsys, "docs/draft.md")[1])


def test_an_edited_reference_is_used_at_once(project, capsys):
    assert "FL501" in codes(run(capsys, "docs/draft.md")[1])
    ref = project / "ref.toml"
    ref.write_text(ref.read_text(encoding="utf-8").replace('value = "Article 118"', 'value = "Article 112"')
                   .replace('articles = ["118"]', 'articles = ["112"]'), encoding="utf-8")
    assert "FL501" not in codes(run(capsys, "docs/draft.md")[1])  # the sources now agree: no longer contested


def test_a_changed_setting_is_not_served_old_results(project, capsys):
    assert "FL803" in codes(run(capsys, "docs/draft.md")[1])
    assert "FL803" not in codes(run(capsys, "--ignore", "FL8", "docs/draft.md")[1])
    (project / "factlint.toml").write_text('reference = "ref.toml"\nreport-unsupported = false\n', encoding="utf-8")
    assert "FL803" not in codes(run(capsys, "docs/draft.md")[1])


def test_a_garbage_entry_is_ignored_and_rewritten(project, capsys, engine_disabled):
    first = run(capsys, "docs/draft.md")
    [entry] = entries(project)
    entry.write_bytes(b"\x00not json at all\xff")
    assert run(capsys, "docs/draft.md") == first
    engine_disabled()
    assert run(capsys, "docs/draft.md") == first  # rewritten by the run before


def test_cache_dir_from_the_config(project, capsys):
    (project / "factlint.toml").write_text('reference = "ref.toml"\ncache-dir = "build/lint-cache"\n',
                                           encoding="utf-8")
    run(capsys, "docs/draft.md")
    assert list((project / "build" / "lint-cache").glob("*/*.json"))
    assert not (project / ".factlint_cache").exists()


def test_many_files_in_parallel_are_cached_and_served(project, capsys, engine_disabled):
    for i in range(12):
        (project / "docs" / f"story-{i:02d}.md").write_text(f"# Story {i}\n\n{MISMATCH}", encoding="utf-8")
    first = run(capsys, "--jobs", "2", "docs")
    assert len(entries(project)) == 13
    engine_disabled()  # workers fork from this process, so they see the refusal too
    assert run(capsys, "--jobs", "2", "docs") == first



def test_a_folder_the_cache_holds_whole_is_served_without_starting_workers(project, capsys, monkeypatch):
    import concurrent.futures

    for i in range(12):
        (project / "docs" / f"story-{i:02d}.md").write_text(f"# Story {i}\n\n{MISMATCH}", encoding="utf-8")
    first = run(capsys, "--jobs", "2", "docs")

    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started for files the cache holds")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    assert run(capsys, "--jobs", "2", "docs") == first
    # one edited file is linted again; the rest still come from the cache
    (project / "docs" / "story-03.md").write_text("# Story 3\n\nThe mayor was elected in 2004.\n", encoding="utf-8")
    code, out = run(capsys, "--jobs", "2", "docs")
    assert code == 1 and len(json.loads(out)["files"]) == 13


def test_a_large_reference_is_prepared_once_and_lints_the_same(project, capsys, monkeypatch, tmp_path):
    """The second run reads the prepared reference from the user's cache folder, not the TOML, and reports
    exactly what the first did; after an edit of the reference it is read and prepared again."""
    from lint import prepared, refdata

    monkeypatch.setattr(prepared, "MIN_BYTES", 0)  # the test reference counts as large
    monkeypatch.setattr(prepared._folder, "path", None)  # as the CLI leaves it: switched off after this test
    kept = tmp_path / "user-cache" / "factlint" / "prepared"
    first = run(capsys, "--no-cache", "docs")
    assert codes(first[1]) and len(list(kept.glob("*.pickle"))) == 1
    read = refdata.load
    monkeypatch.setattr(refdata, "load", lambda path: pytest.fail("the reference was read again"))
    assert run(capsys, "--no-cache", "docs") == first
    monkeypatch.setattr(refdata, "load", read)
    ref = project / "ref.toml"
    # the source now says what the draft says: its mismatch is gone
    text = ref.read_text("utf-8").replace("about 40,000", "about 90,000").replace("= 40000", "= 90000")
    ref.write_text(text, encoding="utf-8")
    edited = run(capsys, "--no-cache", "docs")
    assert "FL104" in codes(first[1]) and "FL104" not in codes(edited[1])
    assert len(list(kept.glob("*.pickle"))) == 2


# --- rendered parts: an unchanged file is neither decoded nor rendered again --------------------------


@pytest.fixture
def entries_unreadable(monkeypatch):
    """After this, any cached result that has to be decoded fails loudly."""
    from lint import cache as cache_module

    def refuse(*args, **kwargs):
        raise AssertionError("a cache entry was decoded: the rendered part was not used")

    return lambda: monkeypatch.setattr(cache_module, "_decode_entry", refuse)


def _story_folder(project: Path) -> None:
    for i in range(12):
        body = MISMATCH if i % 3 else UNSUPPORTED
        (project / "docs" / f"story-{i:02d}.md").write_text(f"# Story {i}\n\n{body}", encoding="utf-8")


@pytest.mark.parametrize("output_format", ["json", "text", "concise", "github"])
def test_a_second_run_serves_each_file_s_rendered_part(project, capsys, engine_disabled, entries_unreadable,
                                                       output_format):
    _story_folder(project)
    args = ["--format", output_format, "--jobs", "2", "docs"]
    uncached = run(capsys, "--no-cache", *args)
    assert run(capsys, *args) == uncached  # workers rendered the parts and cached them
    assert len(views(project)) == 13
    engine_disabled()
    entries_unreadable()
    assert run(capsys, *args) == uncached  # served from the parts alone: same report, same exit code


def test_a_part_in_another_format_is_rendered_from_the_cached_result(project, capsys, engine_disabled):
    _story_folder(project)
    run(capsys, "docs")  # json parts
    engine_disabled()
    text = ["--format", "text", "docs"]
    first = run(capsys, *text)  # from the cached results, rendered here
    assert "FL104" in first[1] and "claims read" in first[1]
    assert len(views(project)) == 26
    assert run(capsys, *text) == first


def test_the_exit_code_and_the_summary_come_from_the_parts(project, capsys, engine_disabled, entries_unreadable):
    notes = project / "notes"
    notes.mkdir()
    for i in range(3):  # only unsupported claims: findings at info
        (notes / f"note-{i}.md").write_text(f"# Note {i}\n\n{UNSUPPORTED}", encoding="utf-8")
    first = run(capsys, "notes")
    summary = json.loads(first[1])["summary"]
    assert first[0] == 0 and summary["infos"] >= 3 and summary["warnings"] == summary["errors"] == 0
    engine_disabled()
    entries_unreadable()
    assert run(capsys, "notes") == first
    # the exit rule is not part of the key: a CI job failing on info reads the editor's cache
    assert run(capsys, "--fail-on", "info", "notes") == (1, first[1])


def _forge_part(view: Path, text: str) -> None:
    """The part's text replaced, its checksum recomputed: what a repository shipping a cache could do."""
    header, _, payload = view.read_bytes().partition(b"\n")
    counts, _, _ = payload.partition(b"\n")
    new_payload = counts + b"\n" + text.encode()
    head = json.loads(header)
    head["payload"] = hashlib.sha256(new_payload).hexdigest()
    view.write_bytes(json.dumps(head).encode() + b"\n" + new_payload)


def test_a_forged_part_is_never_printed(project, capsys):
    """Parts are printed as stored, so they are signed with a key in the user's own cache folder: a part
    written by anyone else (a cloned repository's .factlint_cache) is a miss, rendered afresh and replaced."""
    fresh = run(capsys, "--format", "github", "docs/draft.md")
    [view] = views(project)
    _forge_part(view, "::warning file=docs/draft.md::fine\n::stop-commands::token\n")
    assert run(capsys, "--format", "github", "docs/draft.md") == fresh
    assert b"stop-commands" not in view.read_bytes()  # rewritten, signed


def test_a_part_signed_with_another_key_is_a_miss(project, capsys, monkeypatch, engine_disabled):
    from lint import cache as cache_module

    first = run(capsys, "docs/draft.md")
    engine_disabled()
    monkeypatch.setattr(cache_module, "_secret", [b"k" * 32])  # another user's, or another machine's, key
    assert run(capsys, "docs/draft.md") == first  # rendered again from the entry, then signed with this key
    [view] = views(project)
    assert json.loads(view.read_bytes().partition(b"\n")[0])["signature"]


def test_without_a_signing_key_results_are_still_cached(project, capsys, monkeypatch, engine_disabled):
    from lint import cache as cache_module

    monkeypatch.setattr(cache_module, "_secret", [None])  # a read-only home: no key can be made
    first = run(capsys, "docs/draft.md")
    assert entries(project) and not views(project)
    engine_disabled()
    assert run(capsys, "docs/draft.md") == first


def test_a_pipe_where_an_entry_or_part_belongs_is_a_miss_not_a_hang(project, capsys):
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    first = run(capsys, "docs/draft.md")
    for path in [*entries(project), *views(project)]:
        path.unlink()
        os.mkfifo(path)
    assert run(capsys, "docs/draft.md") == first  # read with nothing to wait for; the pipes stay unread


def test_a_damaged_part_is_a_miss_and_is_rewritten(project, capsys, engine_disabled):
    first = run(capsys, "docs/draft.md")
    [view] = views(project)
    view.write_bytes(view.read_bytes()[:40])
    engine_disabled()  # the cached result is still good: rendered from it again
    assert run(capsys, "docs/draft.md") == first
    assert json.loads(view.read_bytes().partition(b"\n")[0])["format"] == "factlint-cache-view"


def test_a_file_name_that_is_not_utf8_is_linted_and_cached(project, tmp_path):
    import os
    import subprocess
    import sys

    name = b"caf\xe9.md"
    try:
        with open(os.path.join(os.fsencode(project / "docs"), name), "wb") as handle:
            handle.write(f"# Cafe\n\n{MISMATCH}".encode())
    except (OSError, ValueError):
        pytest.skip("this file system takes UTF-8 names only")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "user-cache"), "PYTHONUTF8": "1"}

    def lint_docs():  # a process of its own: its standard output writes the name as the file system gave it
        return subprocess.run([sys.executable, "-m", "lint", "lint", "--format", "json", "docs"], cwd=project,
                              env=env, capture_output=True, timeout=120)

    first = lint_docs()
    assert first.returncode == 1 and b"Traceback" not in first.stderr
    assert len(json.loads(first.stdout.decode("utf-8", "surrogateescape"))["files"]) == 2
    again = lint_docs()
    assert (again.returncode, again.stdout) == (first.returncode, first.stdout)
    assert len(entries(project)) == 1  # the draft named in UTF-8; the other is linted each time, never a crash
