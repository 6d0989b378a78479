"""Errors the engine raises, each carrying the command-line exit code and a one-line reason."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class RedactorError(Exception):
    """Base class: a problem the user can act on. ``str(err)`` is a one-line reason."""

    exit_code = 2


class InputError(RedactorError):
    """The draft cannot be read: missing, encrypted, corrupt, scanned, empty or of an unknown type."""


class PasswordError(InputError):
    """The draft is password-protected and no password, or a wrong one, was given.

    Attributes:
        wrong: True when a password was given but did not open the file (the app asks again).
    """

    def __init__(self, message: str, *, wrong: bool) -> None:
        super().__init__(message)
        self.wrong = wrong


class RegisterError(RedactorError):
    """The register file is missing or malformed."""


class UnreviewedError(RedactorError):
    """Suggestions remain that no one accepted or rejected."""

    def __init__(self, message: str, unreviewed: list[str]) -> None:
        super().__init__(message)
        self.unreviewed = unreviewed


class LeakError(RedactorError):
    """Verification found identifying text in the output."""

    exit_code = 1

    def __init__(self, message: str, leaks: list[str], found: Sequence[Any] = ()) -> None:
        super().__init__(message)
        self.leaks = leaks
        self.found = list(found)  # the verifier's Leak objects (file and page in ``where``, the text, its entity)


class OutputError(RedactorError):
    """The output cannot be written (bad path, same as input, conversion failed)."""


class CaseError(RedactorError):
    """The case folder is not a case, is damaged, or an operation does not apply to it."""


class Cancelled(RedactorError):
    """The user cancelled a long step (analysis or export); nothing was written."""
