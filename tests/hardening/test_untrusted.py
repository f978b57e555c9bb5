"""Untrusted input stays data: no code is run from what factlint reads, and a repository's own files
cannot make it read or write outside that repository, or delete anything of the user's.

The rule: a configuration file found in the linted folders may only name paths inside its own folder
tree (symbolic links resolved); paths given on the command line, or in a file named with --config,
are the user's own. A reference's source `path` is a bare file name. `cache-dir` must be a folder of
the cache's own, since the cache writes a `.gitignore` there and removes stale entries.
"""

from __future__ import annotations

import ast
import contextlib
import io
import os
import time
from pathlib import Path

import pytest

from lint.cli import main

LINT = Path(__file__).parents[2] / "lint"
REFERENCE = Path(__file__).parents[1] / "cli" / "data" / "ref.toml"
DRAFT = "# Ruritania\n\nThe lake ferry carried about 90,000 passengers each year.\n"

# Modules that may use marshal or pickle, and why: they keep factlint's own compiled patterns, parsed
# rule files, expanded word lists, dataclass methods and prepared large references in the user's cache folder
# ($XDG_CACHE_HOME/factlint), which no linted repository can write; every file is checksummed, named by what it was
# made from and tied to this Python (and what runs code, pickles and compiled methods, is read only from a file
# the user owns). Results cached in a project (.factlint_cache, which a repository could ship) are JSON, decoded
# field by field into lint.model's types.
LOADERS_ALLOWED = {"marshal": {"regex_cache.py", "re_cache.py", "toml_cache.py", "expansions.py", "dataclass_cache.py"},
                   "pickle": {"prepared.py"}}
FORBIDDEN_MODULES = {"pickle", "cPickle", "_pickle", "shelve", "dill", "cloudpickle", "jsonpickle", "yaml",
                     "marshal", "pty", "code", "codeop"}
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "execfile", "breakpoint", "input"}
# ... but the one module that compiles and runs the source text `dataclasses` writes for a class's methods, never
# anything factlint reads (lint/dataclass_cache.py)
CALLS_ALLOWED = {"dataclass_cache.py": {"compile", "builtins.exec"}}
FORBIDDEN_ATTRIBUTES = {("builtins", "eval"), ("builtins", "exec"), ("builtins", "compile"), ("os", "system"),
                        ("os", "popen"), ("os", "execv"), ("os", "execvp"), ("os", "spawnv"),
                        ("importlib", "import_module"), ("runpy", "run_path"), ("runpy", "run_module")}


def scan(root: Path) -> list[str]:
    """Every place under `root` that imports an unsafe loader, runs code or a shell."""
    problems = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), str(path))
        where = path.relative_to(root.parent)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                for name in names:
                    top = name.split(".")[0]
                    if top in FORBIDDEN_MODULES and path.name not in LOADERS_ALLOWED.get(top, ()):
                        problems.append(f"{where}:{node.lineno}: imports {name}")
            elif isinstance(node, ast.Call):
                func = node.func
                if isinstance(func, ast.Name) and func.id in FORBIDDEN_CALLS - CALLS_ALLOWED.get(path.name, set()):
                    problems.append(f"{where}:{node.lineno}: calls {func.id}()")
                if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and (
                        (func.value.id, func.attr) in FORBIDDEN_ATTRIBUTES) and (
                        f"{func.value.id}.{func.attr}" not in CALLS_ALLOWED.get(path.name, set())):
                    problems.append(f"{where}:{node.lineno}: calls {func.value.id}.{func.attr}()")
                for keyword in node.keywords:  # subprocess.run(..., shell=True)
                    if keyword.arg == "shell" and not (isinstance(keyword.value, ast.Constant)
                                                       and keyword.value.value is False):
                        problems.append(f"{where}:{node.lineno}: runs a shell")
    return problems


def test_no_module_runs_code_or_unpickles_what_it_reads():
    assert scan(LINT) == []


def test_the_scan_would_catch_what_it_looks_for(tmp_path):
    """The scan above is only worth something if it fails on the real thing."""
    bad = tmp_path / "lint" / "bad.py"
    bad.parent.mkdir()
    bad.write_text("import pickle\nimport subprocess\nfrom yaml import load\nimport marshal\neval('1')\n"
                   "subprocess.run('ls', shell=True)\nos.system('ls')\n", "utf-8")
    assert scan(bad.parent) == ["lint/bad.py:1: imports pickle", "lint/bad.py:3: imports yaml",
                                "lint/bad.py:4: imports marshal", "lint/bad.py:5: calls eval()",
                                "lint/bad.py:6: runs a shell", "lint/bad.py:7: calls os.system()"]


def test_marshal_and_pickle_caches_live_only_in_the_users_cache_folder(tmp_path, monkeypatch):
    from lint import prepared, regex_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    monkeypatch.setattr(prepared, "MIN_BYTES", 0)  # the reference below counts as large: it is prepared
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factlint.toml").write_text('cache-dir = "here"\n', "utf-8")  # a repository cannot move it
    (tmp_path / "a.md").write_text(DRAFT, "utf-8")
    assert regex_cache.user_folder() == tmp_path / "user-cache" / "factlint"
    monkeypatch.setenv("XDG_CACHE_HOME", "user-cache")  # relative: it would be inside the folder linted
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert regex_cache.user_folder() == tmp_path / "home" / ".cache" / "factlint"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    try:
        code, _, _ = run("lint", "--reference", str(REFERENCE), "a.md")
    finally:
        prepared.disable()
    assert code == 1
    kept = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.pickle"))
    assert len(kept) == 1 and kept[0].parts[:3] == ("user-cache", "factlint", "prepared")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(list(argv))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    assert "Traceback" not in err.getvalue()
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A cloned repository (`repo/`) beside the user's other files (`private/`)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "repo" / "docs").mkdir(parents=True)
    (tmp_path / "repo" / "docs" / "a.md").write_text(DRAFT, "utf-8")
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "ref.toml").write_text(REFERENCE.read_text("utf-8"), "utf-8")
    (tmp_path / "private" / "pack").mkdir()
    return tmp_path / "repo"


@pytest.mark.parametrize(("body", "key", "shown"), [
    ('reference = "../private/ref.toml"', "reference", "../private/ref.toml"),
    ('reference = ["refs/../../private/ref.toml"]', "reference", "refs/../../private/ref.toml"),
    ('rules = "../private/pack"', "rules", "../private/pack"),
    ('cache-dir = "../private"', "cache-dir", "../private"),
    ('cache-dir = "/tmp"', "cache-dir", "/tmp"),
])
def test_a_found_configuration_may_not_lead_out_of_its_folder(repo, body, key, shown):
    (repo / "factlint.toml").write_text(body + "\n", "utf-8")
    code, out, err = run("lint", "repo/docs/a.md")
    assert code == 2 and out == ""
    assert err.startswith(f"factlint: error: {repo / 'factlint.toml'} key '{key}': '{shown}' leads outside this "
                          "file's folder")
    assert err.count("\n") == 1


def test_a_symbolic_link_inside_the_repository_does_not_lead_out_either(repo):
    (repo / "refs").mkdir()
    os.symlink(repo.parent / "private" / "ref.toml", repo / "refs" / "ref.toml")
    (repo / "factlint.toml").write_text('reference = "refs/ref.toml"\n', "utf-8")
    code, _, err = run("lint", "repo/docs/a.md")
    assert code == 2 and "key 'reference': 'refs/ref.toml' leads outside this file's folder" in err


def test_paths_inside_the_repository_and_the_users_own_paths_are_used(repo):
    (repo / "refs").mkdir()
    (repo / "refs" / "ref.toml").write_text(REFERENCE.read_text("utf-8"), "utf-8")
    (repo / "factlint.toml").write_text('reference = "refs/ref.toml"\n', "utf-8")
    assert run("lint", "repo/docs/a.md", "-f", "concise")[0] == 1  # the mismatch, found with the repo's reference
    # the user's own choices: on the command line, or in a configuration file named with --config
    (repo / "factlint.toml").write_text('fail-on = "error"\n', "utf-8")
    assert run("lint", "repo/docs/a.md", "--reference", "private/ref.toml")[0] == 1
    (repo / "factlint.toml").write_text('reference = "../private/ref.toml"\n', "utf-8")
    assert run("lint", "repo/docs/a.md", "--config", "repo/factlint.toml")[0] == 1


def test_a_reference_source_path_may_only_be_a_file_name(tmp_path):
    from lint import refdata

    text = REFERENCE.read_text("utf-8").replace('path = "gazette.txt"', 'path = "/etc/passwd"')
    (tmp_path / "ref.toml").write_text(text, "utf-8")
    _, problems = refdata.check(tmp_path / "ref.toml")
    assert [str(p) for p in problems] == [f"{tmp_path / 'ref.toml'}:{problems[0].line}: source 'gazette-2021': "
                                          "'path' must be the document's file name, without folders, got "
                                          "'/etc/passwd'"]


def test_cache_dir_must_be_a_folder_of_its_own_and_nothing_of_the_users_is_deleted(repo):
    """A `cache-dir` naming a folder of the user's (the project itself, `docs`) would get a `.gitignore` of
    `*` (hiding the project from git) and lose every month-old subfolder to the cache's pruning."""
    notes = repo / "notes"
    notes.mkdir()
    (notes / "keep.txt").write_text("a month of work\n", "utf-8")
    old = time.time() - 90 * 24 * 3600
    os.utime(notes, (old, old))
    (repo / "refs").mkdir()
    (repo / "refs" / "ref.toml").write_text(REFERENCE.read_text("utf-8"), "utf-8")
    (repo / "factlint.toml").write_text("", "utf-8")
    before = sorted(p.name for p in repo.iterdir())
    for folder in (".", "docs", "refs/ref.toml"):
        (repo / "factlint.toml").write_text(f'reference = "refs/ref.toml"\ncache-dir = "{folder}"\n', "utf-8")
        code, _, err = run("lint", "repo/docs/a.md")
        assert code == 2 and f"key 'cache-dir': '{repo / folder}'" in err, err
    assert sorted(p.name for p in repo.iterdir()) == before
    assert (notes / "keep.txt").read_text("utf-8") == "a month of work\n"
    assert not (repo / ".gitignore").exists() and not (repo / "docs" / ".gitignore").exists()
    # a new folder, an empty one, or one the cache made before, are the cache's
    for folder in ("build/lint-cache", "empty", "build/lint-cache"):
        (repo / "empty").mkdir(exist_ok=True)
        (repo / "factlint.toml").write_text(f'reference = "refs/ref.toml"\ncache-dir = "{folder}"\n', "utf-8")
        assert run("lint", "repo/docs/a.md")[0] == 1
        assert (repo / folder / "CACHEDIR.TAG").is_file()
    assert (notes / "keep.txt").is_file()


@pytest.mark.parametrize("shipped", ["the cache folder", "a folder inside it"])
def test_a_cache_folder_shipped_as_a_link_is_not_used_and_nothing_elsewhere_is_touched(repo, shipped):
    """A cloned repository can ship `.factlint_cache` as a symbolic link to the user's home, or a link
    inside it: the cache's pruning would delete month-old files and folders there."""
    victim = repo.parent / "private"
    old = time.time() - 90 * 24 * 3600
    (victim / "archive").mkdir()
    (victim / "data.json").write_text('{"a year of": "work"}\n', "utf-8")
    for path in (victim / "archive", victim / "data.json"):
        os.utime(path, (old, old))
    (repo / "factlint.toml").write_text("", "utf-8")  # the project root: the cache goes beside it
    if shipped == "the cache folder":
        os.symlink(victim, repo / ".factlint_cache")
    else:
        (repo / ".factlint_cache").mkdir()
        os.symlink(victim, repo / ".factlint_cache" / "0123456789abcdef01234567")
    before = sorted(p.name for p in victim.iterdir())
    code, out, err = run("lint", "repo/docs/a.md", "-r", str(REFERENCE), "-f", "concise")
    assert sorted(p.name for p in victim.iterdir()) == before
    assert (victim / "data.json").read_text("utf-8") == '{"a year of": "work"}\n'
    assert code == 1 and "FL104" in out
    assert err == (f"factlint: warning: {repo / '.factlint_cache'}: the result cache folder is or holds a symbolic "
                   "link; the cache is not used\n")
