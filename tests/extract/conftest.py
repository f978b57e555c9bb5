"""Fixtures for the extraction tests."""

import pytest

from lint.patterns import load_pack


@pytest.fixture(scope="session")
def pack():
    return load_pack()
