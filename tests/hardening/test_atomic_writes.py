"""No run loses a user's file: every write is atomic, and a failing build writes nothing.

A real `factlint` process is killed (SIGKILL: no handler, no cleanup) in the middle of writing
`--output`, `reference build -o` and a result-cache entry: half the new bytes are on disk, in the
temporary file, when it dies. The old file must be there, byte for byte, and a later run must work.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

REFERENCE = Path(__file__).parents[1] / "cli" / "data" / "ref.toml"
DRAFT = "# Ruritania\n\nThe lake ferry carried about 90,000 passengers each year.\n"

# Runs `factlint ARGS` with every temporary file whose name starts with ".$TARGET." written slowly:
# half its bytes, then a marker file, then a long sleep (the test kills the process there).
SLOW_WRITER = textwrap.dedent("""
    import os, sys, tempfile, time
    target, marker = os.environ["SLOW_TARGET"], os.environ["SLOW_MARKER"]
    slow_fds = set()
    real_mkstemp, real_fdopen = tempfile.mkstemp, os.fdopen

    def mkstemp(*args, **kwargs):
        fd, name = real_mkstemp(*args, **kwargs)
        if os.path.basename(name).startswith("." + target + "."):
            slow_fds.add(fd)
        return fd, name

    class Slow:
        def __init__(self, handle):
            self.handle = handle
        def write(self, data):
            half = len(data) // 2
            self.handle.write(data[:half])
            self.handle.flush()
            os.fsync(self.handle.fileno())
            open(marker, "w").close()
            time.sleep(120)
            return self.handle.write(data[half:])
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            return self.handle.__exit__(*exc)
        def __getattr__(self, name):
            return getattr(self.handle, name)

    def fdopen(fd, *args, **kwargs):
        handle = real_fdopen(fd, *args, **kwargs)
        return Slow(handle) if fd in slow_fds else handle

    tempfile.mkstemp, os.fdopen = mkstemp, fdopen
    from lint.cli import main
    main(sys.argv[1:])
""")


def killed_mid_write(folder: Path, target: str, *args: str) -> None:
    """Run `factlint ARGS` in `folder`, and SIGKILL it once half of the new `target` is written."""
    marker = folder / ".half-written"
    marker.unlink(missing_ok=True)
    env = {**os.environ, "SLOW_TARGET": target, "SLOW_MARKER": str(marker), "FACTLINT_REGEX_CACHE": "off"}
    process = subprocess.Popen([sys.executable, "-c", SLOW_WRITER, *args], cwd=folder, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert process.poll() is None, f"factlint ended before writing {target}: {process.stderr.read()}"
            assert time.monotonic() < deadline, f"factlint never wrote {target}"
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert process.returncode == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stderr.close()
    partial = list(folder.rglob(f".{target}.*.tmp"))
    assert partial, "the kill did not come in the middle of the write"  # the half-written temporary file
    for leftover in partial:
        leftover.unlink()


def factlint(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lint", *args], cwd=folder, capture_output=True, text=True,
                          timeout=120)


@pytest.fixture(autouse=True)
def _own_user_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))


@pytest.fixture
def project(tmp_path):
    (tmp_path / "a.md").write_text(DRAFT, "utf-8")
    (tmp_path / "ref.toml").write_text(REFERENCE.read_text("utf-8"), "utf-8")
    return tmp_path


def test_a_report_killed_mid_write_leaves_the_old_report(project):
    old = '{"an": "earlier report, still wanted"}\n'
    (project / "report.json").write_text(old, "utf-8")
    killed_mid_write(project, "report.json", "lint", "a.md", "-r", "ref.toml", "-f", "json", "-o", "report.json",
                     "--no-cache")
    assert (project / "report.json").read_text("utf-8") == old
    done = factlint(project, "lint", "a.md", "-r", "ref.toml", "-f", "json", "-o", "report.json", "--no-cache")
    assert done.returncode == 1
    assert json.loads((project / "report.json").read_text("utf-8"))["summary"]["findings"] == 1


SOURCE = """The Harbour Gazette.

The lighthouse on the north cape was built in 1874.
About 1,200 ships passed it in 2019, and the harbour fee was 40 crowns.
"""


def test_a_reference_build_killed_mid_write_leaves_the_old_reference(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "gazette.txt").write_text(SOURCE, "utf-8")
    first = factlint(tmp_path, "reference", "build", "sources", "-o", "ref.toml")
    assert first.returncode == 0, first.stderr
    curated = (tmp_path / "ref.toml").read_text("utf-8").replace('subject = "', 'note = "checked by the desk"\n'
                                                                 'subject = "', 1)
    (tmp_path / "ref.toml").write_text(curated, "utf-8")
    (tmp_path / "sources" / "gazette.txt").write_text(SOURCE + "A second pier opened in 1902.\n", "utf-8")
    killed_mid_write(tmp_path, "ref.toml", "reference", "build", "sources", "-o", "ref.toml")
    assert (tmp_path / "ref.toml").read_text("utf-8") == curated
    assert factlint(tmp_path, "reference", "check", "ref.toml").returncode == 0
    again = factlint(tmp_path, "reference", "build", "sources", "-o", "ref.toml")
    assert again.returncode == 0, again.stderr
    rebuilt = (tmp_path / "ref.toml").read_text("utf-8")
    assert 'note = "checked by the desk"' in rebuilt and "1902" in rebuilt


def test_a_cache_entry_killed_mid_write_leaves_the_old_entry_and_a_later_run_is_right(project):
    (project / "factlint.toml").write_text("", "utf-8")  # the project's root: the cache goes beside it
    assert factlint(project, "lint", "a.md", "-r", "ref.toml", "-f", "json").returncode == 1
    [entry] = project.glob(".factlint_cache/*/*.json")
    old = entry.read_bytes()
    (project / "a.md").write_text(DRAFT.replace("90,000", "40,000"), "utf-8")  # now supported: a new entry
    killed_mid_write(project, entry.name, "lint", "a.md", "-r", "ref.toml", "-f", "json")
    assert entry.read_bytes() == old
    run = factlint(project, "lint", "a.md", "-r", "ref.toml", "-f", "json")
    assert run.returncode == 0 and json.loads(run.stdout)["summary"]["findings"] == 0
    (project / "a.md").write_text(DRAFT, "utf-8")
    run = factlint(project, "lint", "a.md", "-r", "ref.toml", "-f", "json")
    assert run.returncode == 1 and json.loads(run.stdout)["summary"]["findings"] == 1


# --- a failing build writes nothing -----------------------------------------------------------------


@pytest.fixture
def built(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "gazette.txt").write_text(SOURCE, "utf-8")
    assert factlint(tmp_path, "reference", "build", "sources", "-o", "ref.toml").returncode == 0
    path = tmp_path / "ref.toml"
    path.write_text(path.read_text("utf-8") + "# a curator's last word\n", "utf-8")
    return path


@pytest.mark.parametrize("breakage", ["no claims", "missing source", "broken manifest", "broken reference",
                                      "binary source"])
def test_a_failing_build_leaves_the_old_reference_untouched(built, breakage):
    folder = built.parent
    sources = folder / "sources"
    args = ["reference", "build", "sources", "-o", "ref.toml"]
    if breakage == "no claims":
        (sources / "gazette.txt").write_text("Nothing here is a number.\n", "utf-8")
    elif breakage == "missing source":
        args = ["reference", "build", "sources/gone.txt", "-o", "ref.toml"]
    elif breakage == "broken manifest":
        (sources / "sources.toml").write_text("[[source]\nfile = 'gazette.txt'\n", "utf-8")
    elif breakage == "broken reference":
        built.write_text(built.read_text("utf-8").replace("[[topic]]", "[[topic]", 1), "utf-8")
    elif breakage == "binary source":
        (sources / "gazette.txt").write_bytes(bytes(range(256)) * 16)
    before = built.read_bytes()
    stat = built.stat()
    run = factlint(folder, *args)
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines()[-1].startswith("factlint: error: ")
    assert built.read_bytes() == before and built.stat().st_mtime_ns == stat.st_mtime_ns
    assert sorted(p.name for p in folder.iterdir() if p.name != "user-cache") == ["ref.toml", "sources"]  # no temporary file left


def test_a_temporary_file_left_by_a_killed_write_is_removed_by_the_next_write(tmp_path):
    import os
    import time

    from lint.atomic import STALE_TEMP_SECONDS, write_atomic

    target = tmp_path / "report.html"
    stale = tmp_path / ".report.html.ab12cd34.tmp"  # what mkstemp names a write's temporary file
    running = tmp_path / ".report.html.ef56gh78.tmp"  # a write still going on in another process
    other = tmp_path / ".notes.md.ab12cd34.tmp"  # another file's
    for leftover in (stale, running, other):
        leftover.write_text("half a report", encoding="utf-8")
    old = time.time() - STALE_TEMP_SECONDS - 60
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    write_atomic(target, "<html></html>")
    assert target.read_text(encoding="utf-8") == "<html></html>"
    assert not stale.exists() and running.exists() and other.exists()
