"""Paths -> files: folders by extension, hidden folders and .gitignore skipped, globs, stdin, excludes."""

import shutil
import subprocess
from pathlib import Path

import pytest

from lint.discover import Glob, discover
from lint.errors import InputError


def tree(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("text\n", encoding="utf-8")


def shown(targets) -> list[str]:
    return [t.display for t in targets]


def test_folder_gives_markdown_and_text_files_sorted_skipping_hidden(tmp_path, monkeypatch):
    tree(tmp_path, "b.md", "a.txt", "sub/c.markdown", "image.png", ".hidden/d.md", "sub/.e.md", "Z.MD")
    monkeypatch.chdir(tmp_path)
    assert shown(discover(["."])) == ["Z.MD", "a.txt", "b.md", "sub/c.markdown"]


def test_folder_names_are_kept_as_typed(tmp_path, monkeypatch):
    tree(tmp_path, "docs/a.md", "docs/sub/b.md")
    monkeypatch.chdir(tmp_path)
    assert shown(discover(["docs"])) == ["docs/a.md", "docs/sub/b.md"]


def test_named_files_are_linted_whatever_their_extension(tmp_path, monkeypatch):
    tree(tmp_path, "notes.rst", "a.md")
    monkeypatch.chdir(tmp_path)
    assert shown(discover(["notes.rst", "a.md", "./a.md"])) == ["a.md", "notes.rst"]


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_gitignored_files_are_skipped_inside_a_repository(tmp_path, monkeypatch):
    tree(tmp_path, "keep.md", "build/out.md", "scratch.md", "docs/draft.md")
    (tmp_path / ".gitignore").write_text("build/\nscratch.md\n", encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    monkeypatch.chdir(tmp_path)
    assert shown(discover(["."])) == ["docs/draft.md", "keep.md"]
    assert shown(discover(["docs"])) == ["docs/draft.md"]
    assert shown(discover(["scratch.md"])) == ["scratch.md"]  # named explicitly: linted


def test_globs_expand_recursively(tmp_path, monkeypatch):
    tree(tmp_path, "docs/a.md", "docs/x/b.md", "docs/x/c.txt", "other/d.md")
    monkeypatch.chdir(tmp_path)
    assert shown(discover(["docs/**/*.md"])) == ["docs/a.md", "docs/x/b.md"]


def test_exclude_globs(tmp_path, monkeypatch):
    tree(tmp_path, "docs/a.md", "docs/old/b.md", "docs/c.txt", "docs/x/old/d.md")
    monkeypatch.chdir(tmp_path)
    assert shown(discover(["docs"], exclude=[Glob("*.txt")])) == ["docs/a.md", "docs/old/b.md", "docs/x/old/d.md"]
    assert shown(discover(["docs"], exclude=[Glob("old")])) == ["docs/a.md", "docs/c.txt"]
    assert shown(discover(["docs"], exclude=[Glob("docs/old")])) == ["docs/a.md", "docs/c.txt", "docs/x/old/d.md"]
    assert shown(discover(["docs/a.md"], exclude=[Glob("docs/*.md")])) == []


def test_exclude_globs_from_a_config_are_anchored_at_its_folder(tmp_path, monkeypatch):
    tree(tmp_path, "project/docs/a.md", "project/docs/b.md")
    monkeypatch.chdir(tmp_path / "project" / "docs")
    assert shown(discover(["."], exclude=[Glob("docs/b.md", str(tmp_path / "project"))])) == ["a.md"]


def test_include_globs_replace_the_default_extensions(tmp_path, monkeypatch):
    tree(tmp_path, "a.md", "b.mdx", "c.txt")
    monkeypatch.chdir(tmp_path)
    assert shown(discover(["."], include=[Glob("*.mdx"), Glob("*.md")])) == ["a.md", "b.mdx"]


def test_stdin_comes_first():
    targets = discover(["-"])
    assert [(t.path, t.display) for t in targets] == [(None, "<stdin>")]


@pytest.mark.parametrize(("setup", "arg", "message"), [
    ((), "missing.md", r"missing\.md: no such file or folder"),
    (("empty/image.png",), "empty", r"empty: no \.md, \.markdown or \.txt files to lint in this folder"),
    ((), "nothing/*.md", r"nothing/\*\.md: no files match this pattern"),
])
def test_paths_with_nothing_to_lint_are_input_errors(tmp_path, monkeypatch, setup, arg, message):
    tree(tmp_path, *setup)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=message):
        discover([arg])
