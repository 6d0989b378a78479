"""Load any supported draft into the one document model."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from redactor.document import Document
from redactor.errors import InputError
from redactor.forked import Staged, can_fork
from redactor.load_docx import load_docx
from redactor.load_pdf import load_pdf
from redactor.load_txt import load_txt
from redactor.progress import Progress

# Drafts are 100-300 pages; anything far larger is almost certainly the wrong file.
MAX_INPUT_BYTES = 512 * 1024 * 1024
_early: dict[tuple[Path, str | None], Staged[Document, Any]] = {}
_prepared: dict[tuple[Path, str | None], Staged[Document, Any]] = {}


def sha256_file(path: Path) -> str:
    """SHA-256 of a file, streamed."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def load_early(path: Path, *, password: str | None = None, progress: Callable[[Progress], None] | None = None,
               prepare: Callable[[Document], Any] | None = None) -> None:
    """Start loading a draft in a forked child now, for a later :func:`load` of the same file to take.

    The command line calls it first thing, so the draft is read while this process imports the
    NLP libraries and builds the recognisers. Does nothing where the platform cannot fork.

    Args:
        path: The draft.
        password: The password of an encrypted PDF.
        progress: Called as pictures are read by OCR.
        prepare: Further work on the loaded document alone, done by the child once it has given the
            document back (this process analyses it meanwhile); its result is taken with
            :func:`take_prepared`. If it fails, there is simply no result.
    """
    if not can_fork():
        return
    _early[(path.resolve(), password)] = Staged(lambda: load(path, password=password, progress=progress),
                                                prepare or (lambda document: None))


def preparing(path: Path, password: str | None = None) -> bool:
    """Whether :func:`load_early`'s child is still preparing what :func:`take_prepared` will give for the draft
    that :func:`load` took from it."""
    return (path.resolve(), password) in _prepared


def take_prepared(path: Path, password: str | None = None) -> Any:
    """What :func:`load_early`'s ``prepare`` made of the draft that :func:`load` took from it (waiting for the child
    to finish it), or None."""
    staged = _prepared.pop((path.resolve(), password), None)
    if staged is None:
        return None
    try:
        return staged.second()
    except Exception:  # optional work: the caller does it itself without a result
        staged.stop()
        return None


def load(path: Path, *, password: str | None = None, progress: Callable[[Progress], None] | None = None) -> Document:
    """Load a PDF, DOCX or TXT draft. The file is only read, never modified.

    Args:
        path: The draft.
        password: The password of an encrypted PDF (ignored for other files).
        progress: Called as pictures are read by OCR (scanned pages, images).

    Raises:
        PasswordError: An encrypted draft, and the password is missing or wrong.
        InputError: Missing, unsupported, too large, or unreadable (with a one-line reason).
    """
    key = (path.resolve(), password)
    if (left := _prepared.pop(key, None)) is not None:
        left.stop()  # an earlier load's preparation, never taken
    early = _early.pop(key, None)
    if early is not None:
        try:
            document = early.first()
        except Exception:  # loaded again here, for the error (or the document) of this process
            early.stop()
        else:
            _prepared[key] = early
            return document
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a file")
    size = path.stat().st_size
    if size > MAX_INPUT_BYTES:
        raise InputError(f"{path.name}: {size // (1024 * 1024)} MB is larger than the 512 MB limit")
    suffix = path.suffix.lower()
    with path.open("rb") as fh:
        head = fh.read(8)
    if suffix == ".pdf" or head.startswith(b"%PDF"):
        return load_pdf(path, sha256_file(path), password, progress)
    if suffix == ".docx":
        return load_docx(path, sha256_file(path), progress)
    if suffix in (".txt", ".text", ".md", ""):
        data = path.read_bytes()
        return load_txt(path, data, hashlib.sha256(data).hexdigest())
    if suffix == ".doc":
        raise InputError(f"{path.name}: old Word .doc files are not supported; save it as .docx first")
    raise InputError(f"{path.name}: unsupported file type {suffix!r} (use PDF, DOCX or TXT)")
