"""The one error type users see: a one-line message, exit code 2."""

from __future__ import annotations


class InputError(Exception):
    """Bad input or usage: a missing file, a broken reference or rule file, a bad option.

    The message is one line and names the file (and line, key or option).
    The CLI prints it as `factlint: error: <message>` and exits with 2.
    """

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))
