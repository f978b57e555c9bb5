"""The user cache folder's files (lint/sealed.py): what factlint keeps there is read back only from a file of the
user's that nobody else may read or write, so a cache folder pointed into a cloned repository, or shared with
other users, never feeds factlint code or patterns it did not write itself."""

from __future__ import annotations

import os

import pytest

from lint.sealed import make_private_folder, private_file, read_sealed, write_sealed

pytestmark = pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")

FORMAT = b"factlint-test 1\n"


def written(folder):
    path = folder / "cache" / "entries.marshal"
    import marshal

    assert write_sealed(path, FORMAT, marshal.dumps(((1,), "key", {"a": 1})))
    return path


def read(path):
    import marshal

    return read_sealed(path, FORMAT, marshal.loads, (1,), "key")


def test_what_factlint_wrote_reads_back(tmp_path):
    path = written(tmp_path)
    assert private_file(path) and read(path) == {"a": 1}


@pytest.mark.parametrize(("file_mode", "folder_mode"), [
    (0o644, 0o700),  # as a repository's checkout makes its files
    (0o600, 0o755),  # in a folder others may list
    (0o666, 0o700),
    (0o600, 0o777),
])
def test_a_file_or_folder_others_may_read_or_write_is_not_read(tmp_path, file_mode, folder_mode):
    path = written(tmp_path)
    path.chmod(file_mode)
    path.parent.chmod(folder_mode)
    try:
        assert not private_file(path) and read(path) is None
    finally:
        path.parent.chmod(0o700)


def test_a_link_or_a_pipe_is_not_read(tmp_path):
    path = written(tmp_path)
    link = path.parent / "link.marshal"
    link.symlink_to(path)
    assert read(link) is None
    pipe = path.parent / "pipe.marshal"
    os.mkfifo(pipe, 0o600)
    assert read(pipe) is None  # (not read at all: reading a pipe no one writes would wait forever)


def test_writing_makes_a_folder_of_the_users_private_again(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    make_private_folder(folder)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert read(written(tmp_path)) == {"a": 1}
