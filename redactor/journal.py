"""The case journal: an append-only, SHA-256-chained JSON-lines record of everything done to a case.

Each line is one entry: sequence number, UTC time, reviewer, operation, its arguments, the value it
replaced, its basis (register entry, recogniser with score and reason, or manual) and optional
reason code. Every entry holds the hash of the one before, and its own hash over all of that, so
editing, deleting or reordering any entry breaks the chain at that line.

An entry is appended with one ``write`` on a file opened for appending, then ``fsync``'d: a crash
loses at most the entry being written. Such a torn last line is detected on opening, set aside in
``journal.jsonl.damaged-<time>`` (never silently dropped) and reported; damage anywhere before the
last line is refused as a damaged (or tampered) journal.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from redactor.atomic import atomic_write_bytes, fsync_dir
from redactor.case_crypto import SealedDataError, Sealer
from redactor.errors import CaseError

GENESIS = "0" * 64
SEALED_KIND = b"journal"  # what a sealed journal line is bound to
FILE_MODE = 0o600


class JournalError(CaseError):
    """The journal is missing, unreadable, or its chain is broken (names the line)."""


def utc_now() -> str:
    """The current UTC time, ISO 8601 with microseconds (entries made in one second still sort)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def canonical(data: Any) -> bytes:
    """The bytes an entry's hash is taken over: sorted keys, no spaces, UTF-8."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def entry_hash(entry: dict[str, Any]) -> str:
    """SHA-256 of an entry without its own ``hash`` field (which includes ``prev_hash``)."""
    return hashlib.sha256(canonical({k: v for k, v in entry.items() if k != "hash"})).hexdigest()


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One journalled operation.

    Attributes:
        seq: 1-based position in the journal.
        time: When, ISO 8601 UTC.
        reviewer: Who (the reviewer's name; empty if not set).
        op: The operation (``decide``, ``merge``, ``undo``, ``export`` …).
        args: Its arguments.
        draft: The draft it concerns (``{"name", "sha256"}``), if any.
        prev: The value it replaced, where relevant.
        basis: Why: ``{"kind": "register" | "recogniser" | "suggestion" | "manual" | "bulk", …}``.
        reason: The reviewer's reason code, if given.
        prev_hash: Hash of the entry before (``GENESIS`` for the first).
        hash: Hash of this entry.
    """

    seq: int
    time: str
    reviewer: str
    op: str
    args: dict[str, Any]
    draft: dict[str, Any] | None = None
    prev: Any = None
    basis: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None
    prev_hash: str = GENESIS
    hash: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The entry as written to the journal."""
        return {"seq": self.seq, "time": self.time, "reviewer": self.reviewer, "op": self.op, "args": self.args,
                "draft": self.draft, "prev": self.prev, "basis": self.basis, "reason": self.reason,
                "prev_hash": self.prev_hash, "hash": self.hash}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> JournalEntry:
        """Rebuild an entry read from the journal.

        Raises:
            KeyError, TypeError: A field is missing or of the wrong shape.
        """
        if not isinstance(data["args"], dict) or not isinstance(data["seq"], int):
            raise TypeError("args must be a mapping and seq a number")
        return cls(data["seq"], str(data["time"]), str(data["reviewer"]), str(data["op"]), data["args"],
                   data.get("draft"), data.get("prev"), data.get("basis") or {}, data.get("reason"),
                   str(data["prev_hash"]), str(data["hash"]))


def parse_entries(lines: list[bytes], source: str) -> list[JournalEntry]:
    """Parse and check complete journal lines: each well formed, numbered in order and chained.

    Raises:
        JournalError: Naming the first bad line.
    """
    entries: list[JournalEntry] = []
    prev = GENESIS
    for n, line in enumerate(lines, start=1):
        try:
            data = json.loads(line)
            entry = JournalEntry.from_dict(data)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise JournalError(f"{source}: line {n} is not a journal entry ({type(exc).__name__})") from exc
        if entry.seq != n:
            raise JournalError(f"{source}: line {n} has sequence number {entry.seq}: an entry was removed, "
                               "added or moved")
        if entry.prev_hash != prev:
            raise JournalError(f"{source}: line {n} does not follow line {n - 1}: an entry was removed, "
                               "changed or moved")
        if entry_hash(data) != entry.hash:
            raise JournalError(f"{source}: line {n} was changed after it was written (its hash does not match)")
        entries.append(entry)
        prev = entry.hash
    return entries


class Journal:
    """An open journal file; appends go straight to disk.

    Use :meth:`Journal.open`.
    """

    def __init__(self, path: Path, entries: list[JournalEntry], recovered: str | None,
                 sealer: Sealer | None = None) -> None:
        self.path = path
        self.entries = entries
        self.recovered = recovered
        self._sealer = sealer

    @classmethod
    def open(cls, path: Path, *, create: bool = False, sealer: Sealer | None = None) -> Journal:
        """Read and check a journal, setting a torn last line aside.

        Args:
            path: The journal file.
            create: Start an empty journal when there is none.
            sealer: The key of an encrypted case: every line is sealed (see ``redactor.case_crypto``).

        Raises:
            JournalError: Missing (and not ``create``), unreadable, or damaged before its last line.
        """
        if not path.exists():
            if not create:
                raise JournalError(f"{path}: no journal")
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
            os.fsync(fd)
            os.close(fd)
            fsync_dir(path.parent)
            return cls(path, [], None, sealer)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise JournalError(f"{path}: cannot read the journal ({exc.strerror})") from exc
        lines = data.split(b"\n")
        tail = lines.pop()  # after the last newline: b"" when the file ends cleanly
        entries = parse_entries(_opened(lines, sealer, path.name), path.name)
        recovered = None
        if tail:
            try:
                entries = parse_entries(_opened([*lines, tail], sealer, path.name), path.name)
                _rewrite(path, data + b"\n")  # complete: only its newline was missing
            except JournalError:
                recovered = _set_aside(path, lines, tail)
        return cls(path, entries, recovered, sealer)

    def append(self, op: str, args: dict[str, Any], *, reviewer: str = "", draft: dict[str, Any] | None = None,
               prev: Any = None, basis: dict[str, Any] | None = None, reason: str | None = None) -> JournalEntry:
        """Write one entry, durably (``fsync``), and return it."""
        last = self.entries[-1] if self.entries else None
        entry = JournalEntry(len(self.entries) + 1, utc_now(), reviewer, op, args, draft, prev, basis or {},
                             reason, last.hash if last else GENESIS)
        data = entry.to_dict()
        data["hash"] = entry_hash(data)
        entry = JournalEntry.from_dict(data)
        line = canonical(data) if self._sealer is None else self._sealer.seal_line(canonical(data), SEALED_KIND)
        line += b"\n"
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
        self.entries.append(entry)
        return entry


def _opened(lines: list[bytes], sealer: Sealer | None, source: str) -> list[bytes]:
    """The journal lines as written, unsealed in an encrypted case.

    Raises:
        JournalError: Naming the first line that does not open (damaged, changed or not sealed).
    """
    if sealer is None:
        return lines
    out = []
    for n, line in enumerate(lines, start=1):
        try:
            out.append(sealer.open_line(line, SEALED_KIND))
        except SealedDataError as exc:
            raise JournalError(f"{source}: line {n} does not open with the case key: it was changed, "
                               "damaged or written without encryption") from exc
    return out


def _set_aside(path: Path, good: list[bytes], tail: bytes) -> str:
    """Move a torn last line to a side file and cut the journal back to its last good line."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    side = path.with_name(f"{path.name}.damaged-{stamp}")
    atomic_write_bytes(side, tail)
    os.chmod(side, FILE_MODE)
    _rewrite(path, b"".join(x + b"\n" for x in good))
    return (f"{path.name}: line {len(good) + 1} was incomplete (the program stopped while writing it); "
            f"the last operation was not saved and the fragment was kept in {side.name}")


def _rewrite(path: Path, data: bytes) -> None:
    atomic_write_bytes(path, data)
    os.chmod(path, FILE_MODE)
    fsync_dir(path.parent)
