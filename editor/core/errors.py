"""The error a file the user named can raise: a code for programs, a sentence for people."""

from __future__ import annotations


class FileProblem(Exception):
    """A file cannot be used. `code` says why; the message says what to do about it."""

    def __init__(self, code: str, message: str, path: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.path = path

    def __str__(self) -> str:
        message = super().__str__()
        return f"{self.path}: {message}" if self.path else message
