"""Nothing the user wrote is modified: linting opens drafts read-only, and leaves them as they were.

A subprocess runs factlint under an audit hook (sys.addaudithook) that records every file opened,
with its mode and flags, and every rename, removal, truncation, permission or time change; the drafts
may only ever be opened for reading. Then every byte and timestamp of the drafts is compared.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REFERENCE = Path(__file__).parents[1] / "cli" / "data" / "ref.toml"

AUDITED = textwrap.dedent("""
    import json, os, sys
    events = []
    WRITES = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

    def hook(event, args):
        if event == "open":
            path, mode, flags = args
            if isinstance(path, (str, bytes, os.PathLike)):
                events.append(("open", os.fsdecode(path), mode, flags))
        elif event in ("os.rename", "os.replace", "os.remove", "os.unlink", "os.truncate", "os.chmod",
                       "os.utime", "os.rmdir", "shutil.rmtree", "os.chown", "os.link", "os.symlink"):
            path = args[0]
            if isinstance(path, (str, bytes, os.PathLike)):
                events.append((event, os.fsdecode(path), None, 0))
                if event in ("os.rename", "os.replace") and isinstance(args[1], (str, bytes, os.PathLike)):
                    events.append((event, os.fsdecode(args[1]), None, 0))

    sys.addaudithook(hook)
    from lint.cli import main
    code = 0
    try:
        main(sys.argv[2:])
    except SystemExit as exc:
        code = exc.code
    finally:
        with open(sys.argv[1], "w") as out:
            json.dump({"code": code, "events": events}, out)
""")

DRAFTS = {
    "docs/a.md": b"# Ruritania\n\nThe lake ferry carried about 90,000 passengers each year.\n",
    "docs/crlf.md": b"# Ruritania\r\n\r\nThe canal to the capital opened in 1987.\r\n",
    "docs/bom.md": "\ufeff# Ruritania\n\nThe mayor was elected in 2004.\n".encode(),
    "docs/latin.txt": "Caf\u00e9 owners: the lake ferry carried about 90,000 passengers each year.\n".encode("cp1252"),
    "docs/sub/suppressed.md": b"<!-- factlint: disable FL104 -->\nAbout 90,000 passengers rode the lake ferry.\n",
    "docs/readonly.md": b"The canal opened in 1987.\n",
}


def fingerprint(root: Path) -> dict[str, tuple]:
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            st = path.stat()
            out[str(path.relative_to(root))] = (hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mtime_ns,
                                                st.st_mode, st.st_size)
    return out


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    for name, data in DRAFTS.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (tmp_path / "docs" / "readonly.md").chmod(0o444)
    (tmp_path / "factlint.toml").write_text("", "utf-8")  # the project root: the cache goes beside it
    return tmp_path


def audited(folder: Path, *args: str) -> tuple[int, list]:
    log = folder / "audit.json"
    done = subprocess.run([sys.executable, "-c", AUDITED, str(log), *args], cwd=folder, capture_output=True,
                          text=True, timeout=300)
    assert "Traceback" not in done.stderr, done.stderr
    data = json.loads(log.read_text("utf-8"))
    log.unlink()
    return data["code"], data["events"]


@pytest.mark.parametrize("args", [
    ["lint", "docs", "-f", "json", "-o", "report.json"],  # writes a report and the result cache
    ["lint", "docs", "-f", "html", "-o", "report.html", "--no-cache"],
    ["lint", "docs/a.md", "docs/crlf.md", "--fail-on", "info"],
    ["claims", "docs", "-f", "json"],
])
def test_linting_opens_drafts_only_to_read_them_and_changes_nothing(drafts, args):
    before = fingerprint(drafts / "docs")
    args = [*args, "-r", str(REFERENCE)] if args[0] == "lint" else args
    for _ in range(2):  # the second run reads the cache
        code, events = audited(drafts, *args)
        assert code in (0, 1), code
        docs = str(drafts / "docs")
        touched = [e for e in events if os.path.abspath(os.path.join(drafts, e[1])).startswith(docs)]
        opened = {os.path.relpath(os.path.join(drafts, e[1]), drafts) for e in touched if e[0] == "open"}
        assert "docs/a.md" in opened  # the hook sees the drafts being read
        written = [e for e in touched if e[0] != "open" or (e[2] is not None and set(e[2]) & set("wax+"))
                   or (e[3] & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND))]
        assert written == []
    assert fingerprint(drafts / "docs") == before


def test_the_audit_would_see_a_write(drafts):
    """The hook above is only worth something if it records a draft opened for writing."""
    script = drafts / "writer.py"
    script.write_text("open('docs/a.md', 'a').close()\n", "utf-8")
    log = drafts / "audit.json"
    runner = AUDITED.replace("from lint.cli import main", "main = lambda argv: exec(open(argv[0]).read())")
    subprocess.run([sys.executable, "-c", runner, str(log), str(script)], cwd=drafts, check=True, timeout=60)
    events = json.loads(log.read_text("utf-8"))["events"]
    assert ["open", "docs/a.md", "a", os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC] in events
