"""Command-line paths -> the files to lint, in a stable sorted order.

- a file is linted as named (whatever its extension), unless an exclude glob matches it;
- a folder is searched for .md, .markdown and .txt files (or the configured include globs),
  skipping hidden files and folders, and, inside a git repository, what .gitignore excludes;
- a glob (`docs/**/*.md`) is expanded like a folder's contents;
- `-` is standard input.
"""

from __future__ import annotations

import glob as globlib
import os
import re
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lint.errors import InputError

STDIN = "-"
DEFAULT_SUFFIXES = (".md", ".markdown", ".txt")
_GLOB_CHARS = re.compile(r"[*?\[]")


@dataclass(frozen=True)
class Target:
    """One thing to lint: a file, or standard input when `path` is None."""

    path: Path | None
    display: str  # the name reports use: as the user typed it, or folder/relative-path


@cache
def _glob_regex(pattern: str) -> re.Pattern[str]:
    """A gitignore-like glob as a regex over '/'-separated paths: `*` stays in a folder, `**` crosses them."""
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            close = pattern.find("]", i + 2)
            if close == -1:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1 : close]
                out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
                i = close
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out))


@dataclass(frozen=True)
class Glob:
    """An include/exclude/per-file-ignores glob, anchored at `base` (the config file's folder, or the cwd).

    A glob without '/' matches any file or folder name on the way (`*.txt`, `drafts`);
    a glob with '/' matches the path relative to `base`, or a folder above it (`docs/old`, `docs/**/*.txt`).
    """

    pattern: str
    base: str = ""  # absolute folder; "" = current directory

    def matches(self, path: str | Path) -> bool:
        parts = self._relative_parts(path)
        pattern = self.pattern.rstrip("/")
        rx = _glob_regex(pattern.lstrip("/"))
        if "/" not in pattern:
            return any(rx.fullmatch(part) for part in parts)
        return any(rx.fullmatch("/".join(parts[:n])) for n in range(1, len(parts) + 1))

    def _relative_parts(self, path: str | Path) -> list[str]:
        absolute = os.path.abspath(path)
        base = os.path.abspath(self.base or os.curdir)
        try:
            relative = os.path.relpath(absolute, base)
        except ValueError:  # another drive (Windows)
            relative = absolute
        if relative.startswith(os.pardir):
            relative = absolute.lstrip(os.sep)
        return [p for p in Path(relative).as_posix().split("/") if p not in ("", ".")]


def any_match(globs: Iterable[Glob], path: str | Path) -> bool:
    return any(g.matches(path) for g in globs)


def _git_listing(folder: Path) -> list[str] | None:
    """Files under `folder` that git tracks or would track (.gitignore applied); None outside a repository."""
    try:
        done = subprocess.run(
            ["git", "-C", str(folder), "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."],
            capture_output=True,
            check=False,
        )
    except OSError:  # no git on this machine
        return None
    if done.returncode != 0:
        return None
    return sorted({p for p in done.stdout.decode("utf-8", "surrogateescape").split("\0") if p})


def _walk(folder: Path) -> list[str]:
    """Files under `folder`, relative, hidden folders pruned; for folders outside git."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel_root = os.path.relpath(root, folder)
        found += [os.path.normpath(os.path.join(rel_root, f)) for f in files]
    return sorted(found)


def _wanted(relative: str, include: Sequence[Glob], folder: Path) -> bool:
    parts = Path(relative).parts
    if any(part.startswith(".") for part in parts):
        return False
    if include:  # a glob without '/' names files ("*.mdx"); with '/', paths from the config's folder
        name = parts[-1]
        return any(g.matches(folder / relative) if "/" in g.pattern else _glob_regex(g.pattern).fullmatch(name)
                   for g in include)
    return Path(relative).suffix.lower() in DEFAULT_SUFFIXES


def _folder_targets(folder: Path, shown: str, include: Sequence[Glob], exclude: Sequence[Glob]) -> list[Target]:
    listing = _git_listing(folder)
    # An empty listing: a folder git ignores as a whole, which the user named anyway
    relatives = listing or _walk(folder)
    targets = []
    for relative in relatives:
        if not _wanted(relative, include, folder):
            continue
        path = folder / relative
        if any_match(exclude, path) or not path.is_file():  # git lists deleted tracked files too
            continue
        targets.append(Target(path, os.path.normpath(os.path.join(shown, relative))))
    return targets


def discover(
    args: Sequence[str],
    include: Sequence[Glob] = (),
    exclude: Sequence[Glob] = (),
) -> list[Target]:
    """The files `args` name, deduplicated and sorted; InputError for a path that names nothing to lint."""
    targets: list[Target] = []
    for arg in args:
        if arg == STDIN:
            targets.append(Target(None, "<stdin>"))
            continue
        path = Path(arg)
        if path.is_dir():
            if any_match(exclude, path) and arg not in (".", ""):
                continue
            found = _folder_targets(path, arg, include, exclude)
            if not found:
                kinds = ", ".join(g.pattern for g in include) if include else ".md, .markdown or .txt"
                raise InputError(f"{arg}: no {kinds} files to lint in this folder")
            targets += found
        elif path.is_file():
            if not any_match(exclude, path):
                targets.append(Target(path, arg))
        elif _GLOB_CHARS.search(arg):
            matched = _expand_glob(arg)
            if not matched:
                raise InputError(f"{arg}: no files match this pattern")
            for m in matched:
                if os.path.isdir(m):
                    targets += _folder_targets(Path(m), m, include, exclude)
                elif os.path.isfile(m) and _wanted(os.path.basename(m), include, Path(m).parent) \
                        and not any_match(exclude, m):  # not a link to nothing, as in a folder
                    targets.append(Target(Path(m), m))
        elif path.exists():
            raise InputError(f"{arg}: not a file or folder")
        elif path.is_symlink():
            raise InputError(f"{arg}: a symbolic link to nothing (broken, or a loop)")
        else:
            raise InputError(f"{arg}: no such file or folder")
    return _dedupe_sorted(targets)


def _expand_glob(pattern: str) -> list[str]:
    """`glob.glob(pattern, recursive=True)`, sorted, except that `**` neither follows nor gives a symbolic
    link to a folder: a link loop (`docs/up -> ..`) would otherwise repeat every file dozens of times, and two
    loops would make the walk exponential. Hidden files and folders are not matched, as with glob."""
    parts = pattern.split("/")
    if not any("**" in part for part in parts):
        return sorted(globlib.glob(pattern, recursive=True))
    fixed = 0
    while fixed < len(parts) and not _GLOB_CHARS.search(parts[fixed]):
        fixed += 1
    anchor = "/".join(parts[:fixed]) or ("/" if pattern.startswith("/") else "")
    rx = _glob_regex("/".join(parts[fixed:]))
    top = anchor or os.curdir
    if not os.path.isdir(top):
        return []
    matched = [anchor + "/"] if anchor and rx.fullmatch("") else []
    for root, dirs, files in os.walk(top):  # never into a linked folder: os.walk does not follow links
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not os.path.islink(os.path.join(root, d)))
        relative_root = os.path.relpath(root, top)
        for name in (*dirs, *(f for f in files if not f.startswith("."))):
            relative = name if relative_root == os.curdir else f"{relative_root}/{name}"
            if rx.fullmatch(relative):
                matched.append(os.path.join(anchor, relative) if anchor else relative)
    return sorted(matched)


def _dedupe_sorted(targets: list[Target]) -> list[Target]:
    seen: set[str] = set()
    unique = []
    for t in targets:
        key = os.path.abspath(t.path) if t.path is not None else STDIN
        if key not in seen:
            seen.add(key)
            unique.append(t)
    return sorted(unique, key=lambda t: (t.path is not None, Path(t.display).parts))
