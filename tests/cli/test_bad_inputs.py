"""Bad input, a row each: what a user sees (one line on standard error, never a traceback) and the exit code.

Input errors exit 2 and name the file (and line or key); what is only skipped (a file over the size
limit) or only read with a notice (Latin-1, UTF-16) is said, and the other files are still linted.
"""

import json
import os
from pathlib import Path

import pytest
from cli_helpers import MISMATCH, REFERENCE, SUPPORTED, UNSUPPORTED, draft, factlint


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def one_line(err: str) -> str:
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    return err.rstrip("\n")


def write(path: str, content: str | bytes) -> Path:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


REF_HEAD = ('version = 1\n\n[[source]]\nid = "monitor"\ntitle = "Monitor"\npublisher = "Ruritania Monitor"\n'
            'path = "monitor.txt"\n')
UNKNOWN_SOURCE = REF_HEAD + ('\n[[topic]]\nid = "canal"\nkind = "date"\nsubject = "year the canal opened"\n'
                             '\n[[topic.claim]]\nvalue = "1987"\nsource = "nobody"\nline = 3\n')
FOLDER_IN_PATH = REF_HEAD.replace('path = "monitor.txt"', 'path = "../../secrets/monitor.txt"')


# (files to write, arguments after `lint`, exit code, the one line on standard error)
ERRORS = {
    "missing path": ({}, ["no-such.md"], "factlint: error: no-such.md: no such file or folder"),
    "folder with nothing to lint": ({"pics/a.png": b"\x89PNG", "pics/notes.docx": b"PK"}, ["pics"],
                                    "factlint: error: pics: no .md, .markdown or .txt files to lint in this folder"),
    "a folder as --reference": ({"refs/ref.toml": "version = 1\n"}, ["ok.md", "-r", "refs"],
                                "factlint: error: refs: is a folder, not a reference file"),
    "binary file": ({"photo.md": bytes(range(256)) * 8}, ["photo.md"],
                    "factlint: error: photo.md: binary file, not linted"),
    "binary file without NULs": ({"blob.md": bytes(range(1, 32)) * 100}, ["blob.md"],
                                 "factlint: error: blob.md: binary file, not linted"),
    "a broken UTF-16 file": ({"u16.md": b"\xff\xfe" + b"a\x00\x00\xd8"}, ["u16.md"],
                             "factlint: error: u16.md: starts with a UTF-16 byte-order mark but is not valid "
                             "UTF-16 (byte 4), not linted"),
    "a link to itself": ({}, ["self.md"], "factlint: error: self.md: a symbolic link to nothing (broken, or a loop)"),
    "reference with a TOML syntax error": (
        {"broken.toml": 'version = 1\n\n[[source]\nid = "x"\n'}, ["ok.md", "-r", "broken.toml"],
        "factlint: error: broken.toml:3: TOML syntax error: Expected ']]' at the end of an array declaration"),
    "reference that is not UTF-8": ({"latin.toml": b'title = "caf\xe9"\n'}, ["ok.md", "-r", "latin.toml"],
                                    "factlint: error: latin.toml: reference is not UTF-8 text"),
    "reference citing an unknown source": ({"ref.toml": UNKNOWN_SOURCE}, ["ok.md", "-r", "ref.toml"],
                                           "factlint: error: ref.toml:14: topic 'canal' claim '1987': unknown "
                                           "source 'nobody'"),
    "reference source path with folders": ({"ref.toml": FOLDER_IN_PATH}, ["ok.md", "-r", "ref.toml"],
                                           "factlint: error: ref.toml:3: source 'monitor': 'path' must be the "
                                           "document's file name, without folders, got '../../secrets/monitor.txt'"),
    "rule pack with an invalid regex": (
        {"pack/date.toml": 'kind = "date"\n[[pattern]]\nname = "mine"\nnormalize = "date"\nregex = "(19|20"\n'},
        ["ok.md", "--rules", "pack"], "factlint: error: pack/date.toml: pattern 'mine': invalid regex: missing ) "
                                      "at position 6"),
    "config with an unknown key": ({"factlint.toml": 'colour = "red"\n'}, ["ok.md"],
                                   "factlint: error: factlint.toml key 'colour': unknown key (known keys: "),
    "config key with a wrong type": ({"factlint.toml": "cutoff = \"high\"\n"}, ["ok.md"],
                                     "factlint: error: factlint.toml key 'cutoff': expected a number from 0 to 100"),
    "config max-file-size that is no size": ({"factlint.toml": 'max-file-size = "big"\n'}, ["ok.md"],
                                             "factlint: error: factlint.toml key 'max-file-size': expected a size"),
    "config that is not TOML": ({"factlint.toml": "select = [\n"}, ["ok.md"],
                                "factlint: error: factlint.toml: not valid TOML"),
    "unknown --format": ({}, ["ok.md", "--format", "yaml"], "factlint: error: --format: unknown format 'yaml' "
                                                            "(text, concise, json, sarif, github, html)"),
    "a --select code that does not exist": ({}, ["ok.md", "--select", "FL999"],
                                            "factlint: error: --select: unknown code 'FL999'"),
    "--max-file-size that is no size": ({}, ["ok.md", "--max-file-size", "-5"],
                                        "factlint: error: --max-file-size: '-5' is not a size"),
    "--output that is a folder": ({"out/x": "x"}, ["ok.md", "-o", "out"],
                                  "factlint: error: --output out: is a folder, not a file"),
    "--output that is a draft": ({}, ["ok.md", "-f", "json", "-o", "./ok.md"],
                                 "factlint: error: --output ok.md: is ok.md, a file being linted; the report "
                                 "would replace it"),
}


@pytest.mark.parametrize("case", list(ERRORS))
def test_input_errors_are_one_line_naming_the_problem_and_exit_2(capsys, tmp_path, case):
    files, args, message = ERRORS[case]
    draft(tmp_path, "ok.md", SUPPORTED)
    for name, content in files.items():
        write(name, content)
    if case == "a link to itself":
        os.symlink("self.md", "self.md")
    with_reference = "-r" not in args
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file() and not p.is_symlink()}
    run = factlint(capsys, "lint", *args, reference=with_reference)
    assert {p: p.read_bytes() for p in before} == before  # nothing the user wrote was touched
    assert run.code == 2, run
    line = one_line(run.err)
    assert line.startswith("factlint: error: ") and message.removeprefix("factlint: error: ") in line, line


def test_an_empty_file_is_linted_quietly(capsys, tmp_path):
    write("empty.md", b"")
    run = factlint(capsys, "lint", "empty.md", "-f", "json")
    assert (run.code, run.err) == (0, "")
    [file] = json.loads(run.out)["files"]
    assert (file["path"], file["claims"], file["findings"]) == ("empty.md", [], [])
    assert "No findings in 1 file (0 claims read)." in factlint(capsys, "lint", "empty.md").out


@pytest.mark.parametrize(("encoding", "notice"), [
    ("latin-1", "decoded as Windows-1252 (not valid UTF-8)"),
    ("utf-16", "decoded as UTF-16 (byte-order mark)"),
    ("utf-16-le", "decoded as UTF-16LE (no byte-order mark)"),
    ("utf-8-sig", None),
])
def test_other_encodings_are_read_with_a_notice_and_positions_as_an_editor_shows_them(capsys, tmp_path,
                                                                                         encoding, notice):
    text = "# Ruritania, café\r\n\r\nCafé owners say the lake ferry carried about 90,000 passengers each year.\r\n"
    column = text.splitlines()[2].index("about 90,000") + 1
    write("draft.md", text.encode(encoding))
    run = factlint(capsys, "lint", "draft.md", "-f", "json")
    assert (run.code, run.err) == (1, "")
    [file] = json.loads(run.out)["files"]
    assert [n["message"] for n in file["notices"]] == ([notice] if notice else [])
    [finding] = file["findings"]
    assert (finding["code"], finding["line"], finding["column"], finding["end_column"]) == (
        "FL104", 3, column, column + 12)
    assert finding["found"] == "about 90,000"


def test_a_file_over_the_size_limit_is_skipped_with_a_notice_and_the_rest_is_linted(capsys, tmp_path):
    draft(tmp_path, "docs/a.md", MISMATCH)
    write("docs/generated.md", "# Generated\n\n" + UNSUPPORTED * 200)  # 6 kB
    run = factlint(capsys, "lint", "docs", "-f", "json", "--max-file-size", "2kB")
    assert run.code == 1  # the mismatch in a.md; the skipped file is not a failure
    assert one_line(run.err) == ("factlint: warning: docs/generated.md: not linted: 6.2 kB, over the 2 kB limit "
                                 "(max-file-size)")
    files = {f["path"]: f for f in json.loads(run.out)["files"]}
    assert [f["code"] for f in files["docs/a.md"]["findings"]] == ["FL104"]
    skipped = files["docs/generated.md"]
    assert skipped["claims"] == [] and skipped["findings"] == []
    assert skipped["notices"][0]["message"].startswith("not linted: 6.2 kB, over the 2 kB limit")
    # every format says so
    assert "docs/generated.md:1:1: read-notice not linted" in factlint(
        capsys, "lint", "docs", "-f", "concise", "--max-file-size", "2kB").out
    # from the configuration file, and 0 for no limit
    write("ref.toml", REFERENCE.read_text("utf-8"))
    write("factlint.toml", 'reference = "ref.toml"\nmax-file-size = 2048\n')
    assert "not linted" in factlint(capsys, "lint", "docs", reference=False).err
    assert factlint(capsys, "lint", "docs", "--max-file-size", "0", reference=False).err == ""


def test_standard_input_over_the_size_limit_is_skipped_too(capsys):
    run = factlint(capsys, "lint", "-", "--max-file-size", "100", "-f", "concise", stdin=(UNSUPPORTED * 10).encode())
    assert run.code == 0
    assert one_line(run.err) == "factlint: warning: <stdin>: not linted: over the 100 bytes limit (max-file-size)"


def test_claims_command_skips_a_file_over_the_limit(capsys, tmp_path):
    write("factlint.toml", "max-file-size = 100\n")
    write("big.md", UNSUPPORTED * 10)
    draft(tmp_path, "small.md", "In 2004.\n")
    run = factlint(capsys, "claims", "big.md", "small.md", "-f", "json")
    assert run.code == 0 and "big.md: not linted" in one_line(run.err)
    assert "2004" in run.out


def test_a_symlink_loop_in_a_folder_lists_each_file_once_and_ends(capsys, tmp_path):
    draft(tmp_path, "docs/a.md", MISMATCH)
    draft(tmp_path, "docs/sub/b.md", UNSUPPORTED)
    os.symlink("..", tmp_path / "docs" / "sub" / "up")  # docs/sub/up/sub/up/... forever
    os.symlink(".", tmp_path / "docs" / "sub" / "here")
    os.symlink("missing.md", tmp_path / "docs" / "dangling.md")
    for args in (["docs"], ["docs/**/*.md"], ["docs/**"]):
        run = factlint(capsys, "lint", *args, "-f", "json")
        assert run.err == "" and run.code == 1, (args, run.err)
        assert [f["path"] for f in json.loads(run.out)["files"]] == ["docs/a.md", "docs/sub/b.md"], args


def test_a_permission_denied_file_is_named_and_the_others_are_still_linted(capsys, tmp_path, monkeypatch):
    draft(tmp_path, "docs/a.md", MISMATCH)
    secret = draft(tmp_path, "docs/secret.md", UNSUPPORTED)
    if os.geteuid() == 0:  # root reads anything: refuse the read as the kernel would for anyone else
        import builtins
        import io

        real_open = io.open

        def guarded(file, *args, **kwargs):
            if isinstance(file, str | os.PathLike) and Path(file).name == "secret.md":
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(io, "open", guarded)
        monkeypatch.setattr(builtins, "open", guarded)
    else:
        secret.chmod(0)
    for extra in ([], ["--no-cache"]):
        run = factlint(capsys, "lint", "docs", "-f", "concise", *extra)
        assert run.code == 2
        assert one_line(run.err) == "factlint: error: docs/secret.md: permission denied"
        assert run.out.startswith("docs/a.md:3:24: FL104")
