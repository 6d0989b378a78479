"""The redaction log a legal adviser checks: reading it, its rows for people, filters, and its CSV.

The log written next to an export (``OUT.log.jsonl``) is the case journal up to and including that
export's entry: the same hash-chained JSON lines (see :mod:`redactor.journal`). Its ``export``
entry lists every redaction with its page, rectangles, original, replacement, basis, reason and who
decided it, the SHA-256 of the draft and of every exported file, the register and board settings
used, and the tool and model versions.

Originals-free variants (for sharing beyond the board) put a keyed hash in place of every original
text: HMAC-SHA-256 under the case's own key (recorded in the log), so the same original always
gives the same hash and the board can match rows, but nobody without the log can test guesses.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redactor.errors import RedactorError
from redactor.forms import normalise
from redactor.journal import JournalEntry, JournalError, parse_entries

LOG_SUFFIX = ".log.jsonl"
# Reason a decision gets in the log when the reviewer gave none, by the entity's kind.
_DEFAULT_REASONS = {
    "child": "child", "adult": "third_party", "person": "third_party", "local_authority": "agency",
    "police_force": "agency", "school": "agency", "hospital": "agency", "gp": "agency", "childrens_home": "agency",
    "organisation": "agency", "place": "location", "address": "location", "date_of_birth": "identifier",
    "date": "date", "identifier": "identifier",
}
CSV_FIELDS = ("draft", "page", "location", "original", "replacement", "entity", "type", "kind", "action", "basis",
              "recogniser", "score", "reason_code", "reason", "reason_given", "decided_by", "decided_at",
              "exported_at", "rectangles")


class LogError(RedactorError):
    """The file is not a redaction log (exit 2); damage inside a log is a :class:`JournalError`."""


def default_reason(kind: str, action: str) -> str:
    """The reason code a decision gets when the reviewer chose none."""
    if action == "keep":
        return "not_identifying"
    return _DEFAULT_REASONS.get(kind, "other")


def keyed_hash(key: str, text: str) -> str:
    """A short keyed hash of an original text (normalised, case-folded), for originals-free outputs."""
    digest = hmac.new(bytes.fromhex(key), normalise(text).casefold().encode("utf-8"), hashlib.sha256).hexdigest()
    return f"#{digest[:12]}"


def log_bytes(entries: Iterable[JournalEntry]) -> bytes:
    """The journal lines of ``entries``, exactly as the journal writes them."""
    from redactor.journal import canonical

    return b"".join(canonical(e.to_dict()) + b"\n" for e in entries)


@dataclass(frozen=True, slots=True)
class RedactionLog:
    """A redaction log read from a file, its chain already checked."""

    path: Path
    entries: list[JournalEntry]

    @property
    def exports(self) -> list[JournalEntry]:
        """The successful exports it records, in order."""
        return [e for e in self.entries if e.op == "export"]

    @property
    def hash_key(self) -> str:
        """The case's key for originals-free hashes."""
        return str(self.entries[0].args.get("hash_key", "")) if self.entries else ""

    def export_of(self, sha256: str) -> JournalEntry | None:
        """The last export that wrote a file with this SHA-256."""
        for e in reversed(self.exports):
            if any(o["sha256"] == sha256 for o in e.args["outputs"]):
                return e
        return None


def load_log(path: Path) -> RedactionLog:
    """Read a redaction log and check its chain.

    Raises:
        LogError: Missing, empty, or not a redaction log at all.
        JournalError: A log whose chain is broken (names the line): it was changed.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise LogError(f"{path}: no such file") from exc
    except OSError as exc:
        raise LogError(f"{path}: cannot read it ({exc.strerror})") from exc
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    if not lines:
        raise LogError(f"{path.name}: empty: not a redaction log")
    try:
        JournalEntry.from_dict(json.loads(lines[0]))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise LogError(f"{path.name}: not a redaction log (its first line is not a journal entry)") from exc
    entries = parse_entries(lines, path.name)
    if entries[0].op != "create":
        raise JournalError(f"{path.name}: line 1 is not the start of a case: the log was cut")
    return RedactionLog(path, entries)


# -- rows for people --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LogRow:
    """One journal entry as the app's Log view shows it.

    Attributes:
        seq: Line in the journal.
        time: ISO 8601 UTC.
        reviewer: Who.
        op: The operation.
        description: Plain English.
        reason: Reason code ("" if none).
        kind: The entity's kind ("" when not about one entity).
        pages: 1-based pages concerned (empty when unknown or not on pages).
        draft: The draft's file name ("" for case-wide entries).
        basis: ``register``, ``recogniser``, ``suggestion``, ``manual`` or ``bulk``.
        entry: The journal entry itself.
    """

    seq: int
    time: str
    reviewer: str
    op: str
    description: str
    reason: str
    kind: str
    pages: tuple[int, ...]
    draft: str
    basis: str
    entry: JournalEntry


def log_rows(entries: Iterable[JournalEntry], *, reviewer: str | None = None, reason: str | None = None,
             kind: str | None = None, page: int | None = None, op: str | None = None) -> list[LogRow]:
    """Journal entries as rows, filtered (each filter that is not None must match; ``page`` is 1-based)."""
    rows = []
    for e in entries:
        row = LogRow(e.seq, e.time, e.reviewer, e.op, str(e.args.get("description", e.op)), e.reason or "",
                     str(e.args.get("kind", "")), _pages(e), (e.draft or {}).get("name", ""),
                     str(e.basis.get("kind", "")), e)
        if reviewer is not None and row.reviewer != reviewer:
            continue
        if reason is not None and row.reason != reason:
            continue
        if kind is not None and row.kind != kind:
            continue
        if page is not None and page not in row.pages:
            continue
        if op is not None and row.op != op:
            continue
        rows.append(row)
    return rows


def _pages(e: JournalEntry) -> tuple[int, ...]:
    a = e.args
    if "page" in a and isinstance(a["page"], int):
        return (a["page"] + 1,)
    if "pages" in a and isinstance(a["pages"], list):
        return tuple(int(p) for p in a["pages"])
    if e.op == "export":
        return tuple(sorted({r["page"] for r in a.get("redactions", []) if r.get("page")}))
    return ()


def redactions_csv(export: JournalEntry, key: str | None = None) -> bytes:
    """One row per redaction of an export, for Excel: UTF-8 with BOM, ISO dates, CRLF rows.

    Args:
        export: The export's journal entry.
        key: With a key, original texts are replaced by keyed hashes (the originals-free variant).
    """
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    draft = (export.draft or {}).get("name", "")
    for r in export.args["redactions"]:
        original = r["original"] if key is None else keyed_hash(key, r["original"])
        entity = r["entity"] if key is None or r["type"] == "AREA" else keyed_hash(key, r["entity"])
        writer.writerow({
            "draft": draft if key is None else f"draft {str((export.draft or {}).get('sha256', ''))[:12]}",
            "page": r["page"] or "", "location": r["location"], "original": original,
            "replacement": r["replacement"], "entity": entity, "type": r["type"], "kind": r.get("kind", ""),
            "action": r["action"], "basis": r.get("basis", ""), "recogniser": r["recognizer"],
            "score": r["score"], "reason_code": r.get("reason_code", ""), "reason": r.get("reason", ""),
            "reason_given": "yes" if r.get("reason_given") else "no (default for its kind)",
            "decided_by": r.get("decided_by", ""), "decided_at": r.get("decided_at", ""),
            "exported_at": export.time, "rectangles": "; ".join(
                "(" + ", ".join(f"{v:.1f}" for v in rect) + ")" for rect in r.get("rectangles", [])),
        })
    return buf.getvalue().encode("utf-8-sig")


def summary(export: JournalEntry) -> dict[str, Any]:
    """Counts for a report's summary: per page, per reason, per reviewer, and the entities with their pseudonyms."""
    rows = export.args["redactions"]
    per_page: dict[int, int] = {}
    per_reason: dict[str, int] = {}
    per_reviewer: dict[str, int] = {}
    entities: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        if r["page"]:
            per_page[r["page"]] = per_page.get(r["page"], 0) + 1
        label = r.get("reason") or r.get("reason_code") or "not given"
        per_reason[label] = per_reason.get(label, 0) + 1
        who = r.get("decided_by") or "not recorded"
        per_reviewer[who] = per_reviewer.get(who, 0) + 1
        ent = entities.setdefault((r["entity_id"], r["entity"]), {
            "entity": r["entity"], "type": r["type"], "kind": r.get("kind", ""), "replacements": set(), "count": 0})
        if r["replacement"]:  # a later part of a name a page break splits is removed, not named again
            ent["replacements"].add(r["replacement"])
        ent["count"] += 1
    return {"per_page": dict(sorted(per_page.items())), "per_reason": per_reason, "per_reviewer": per_reviewer,
            "entities": list(entities.values())}
