"""``redactor check-log``: is the log intact, is this the PDF it describes, is every redaction where it says and gone?

Three checks, each naming what failed and where:

1. The log's SHA-256 chain is intact (no entry edited, removed, added or moved).
2. The output PDF is a file the log's export wrote (its SHA-256 is listed), and so are the DOCX/TXT
   beside it when present.
3. With the draft: it is the draft that export was made from (SHA-256), each logged redaction is
   where the log says (the original text is at that place in the draft: under its rectangles on a
   PDF page, at its offsets elsewhere) and its original text is gone from the output (no longer
   under those rectangles; elsewhere, no more occurrences left in each output file than the draft
   had minus those the log replaced). Area redactions are re-checked for text, pixels and drawings.

Exit 0 intact, 1 tampered or mismatched, 2 bad input.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf

from redactor.areas import verify_areas
from redactor.errors import RedactorError
from redactor.forms import FormMatcher, tokens
from redactor.journal import JournalEntry, JournalError
from redactor.load import load, sha256_file
from redactor.plan import AreaRedaction
from redactor.redaction_log import LogError, RedactionLog, load_log
from redactor.verify import output_texts

EXIT_INTACT, EXIT_TAMPERED, EXIT_BAD_INPUT = 0, 1, 2


@dataclass(slots=True)
class LogCheck:
    """The outcome: what was confirmed, what failed, and the exit code."""

    exit_code: int = EXIT_INTACT
    confirmed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _folded(text: str) -> tuple[str, ...]:
    return tuple(t for _, _, t in tokens(text))


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def check_log(log_path: Path, output: Path, draft: Path | None = None) -> LogCheck:
    """Check a redaction log against an output PDF and, optionally, the draft."""
    result = LogCheck()
    try:
        log = load_log(log_path)
    except LogError as exc:
        return LogCheck(EXIT_BAD_INPUT, [], [str(exc)])
    except JournalError as exc:
        return LogCheck(EXIT_TAMPERED, [], [f"the log was changed: {exc}"])
    result.confirmed.append(f"log {log_path.name}: {len(log.entries)} entries, SHA-256 chain intact "
                            f"(last entry's hash {log.entries[-1].hash[:16]}…)")
    if not output.is_file():
        return LogCheck(EXIT_BAD_INPUT, result.confirmed, [f"{output}: no such file"])
    if draft is not None and not draft.is_file():
        return LogCheck(EXIT_BAD_INPUT, result.confirmed, [f"{draft}: no such file"])
    sha = sha256_file(output)
    export = log.export_of(sha)
    if export is None:
        result.problems.append(_not_described(log, output, sha))
        result.exit_code = EXIT_TAMPERED
        return result
    when = export.time[:16].replace("T", " ")
    result.confirmed.append(f"{output.name} is the file exported at log entry {export.seq} ({when} UTC, "
                            f"by {export.reviewer or 'an unnamed reviewer'}); SHA-256 {sha[:16]}…")
    outputs = [output]
    for o in export.args["outputs"]:
        sibling = output.parent / Path(o["path"]).name
        if sibling == output or sibling.suffix.lower() == ".pdf":
            continue
        if not sibling.exists():
            result.confirmed.append(f"{sibling.name} (also exported) is not beside {output.name}: not checked")
        elif sha256_file(sibling) != o["sha256"]:
            result.problems.append(f"{sibling.name} is not the file the log describes: its SHA-256 is "
                                   f"{sha256_file(sibling)}, the log's is {o['sha256']}")
        else:
            result.confirmed.append(f"{sibling.name} is the file the log describes")
            outputs.append(sibling)
    if draft is not None:
        _check_draft(result, export, draft, outputs)
    result.exit_code = EXIT_TAMPERED if result.problems else EXIT_INTACT
    if result.exit_code == EXIT_INTACT and draft is None:
        result.confirmed.append("give --draft DRAFT to check each redaction against the draft too")
    return result


def _not_described(log: RedactionLog, output: Path, sha: str) -> str:
    last = log.exports[-1] if log.exports else None
    if last is None:
        return f"{output.name} is not described by the log: the log records no export"
    listed = ", ".join(f"{Path(o['path']).name} ({o['sha256'][:16]}…)" for o in last.args["outputs"])
    return (f"{output.name} is not a file this log describes: its SHA-256 is {sha}; the last export "
            f"(log entry {last.seq}) wrote {listed}. The PDF was swapped or changed after export.")


def _check_draft(result: LogCheck, export: JournalEntry, draft: Path, outputs: list[Path]) -> None:
    want = str((export.draft or {}).get("sha256", ""))
    try:
        document = load(draft)
    except RedactorError as exc:
        result.problems.append(f"the draft cannot be read, so it is not the one the log describes: {exc}")
        return
    got = document.sha256
    if got != want:
        result.problems.append(f"{draft.name} is a different draft: its SHA-256 is {got}, the export was made from "
                               f"{(export.draft or {}).get('name', 'a draft')} with SHA-256 {want}")
        return
    result.confirmed.append(f"{draft.name} is the draft the export was made from")
    rows: list[dict[str, Any]] = export.args["redactions"]
    texts = {s.id: s.text for s in document.segments}
    before = len(result.problems)
    with _Pages(draft if document.format == "pdf" else None) as drafted, _Pages(outputs[0]) as written:
        for i, r in enumerate(rows, 1):
            _check_row(result, i, r, texts, drafted, written, outputs[0], document.format)
    _check_counts(result, rows, texts, outputs)
    if len(result.problems) == before:
        result.confirmed.append(f"{len(rows)} redactions checked: each is where the log says, and its original "
                                "text is gone from the output")


class _Pages:
    """Characters with their boxes, per page of a PDF, read once."""

    def __init__(self, path: Path | None) -> None:
        self.doc = pymupdf.open(path) if path is not None else None
        self._chars: dict[int, list[tuple[str, tuple[float, float]]]] = {}

    def __enter__(self) -> _Pages:
        return self

    def __exit__(self, *_: object) -> None:
        if self.doc is not None:
            self.doc.close()

    def under(self, page: int, rects: list[list[float]]) -> tuple[str, ...]:
        """The folded tokens of the text whose characters' centres lie in the rectangles."""
        if self.doc is None or not 0 <= page < self.doc.page_count:
            return ()
        chars = self._chars.get(page)
        if chars is None:
            raw = self.doc[page].get_text("rawdict", flags=pymupdf.TEXT_PRESERVE_WHITESPACE)
            chars = [(ch["c"], ((ch["bbox"][0] + ch["bbox"][2]) / 2, (ch["bbox"][1] + ch["bbox"][3]) / 2))
                     for block in raw["blocks"] for line in block.get("lines", []) for span in line["spans"]
                     for ch in span["chars"]]
            self._chars[page] = chars
        parts = []
        for x0, y0, x1, y1 in rects:
            parts.append("".join(c for c, (x, y) in chars if x0 - 0.5 <= x <= x1 + 0.5 and y0 - 0.5 <= y <= y1 + 0.5))
        return _folded(" ".join(parts))


def _check_row(result: LogCheck, i: int, r: dict[str, Any], texts: dict[str, str], drafted: _Pages,
               written: _Pages, output: Path, fmt: str) -> None:
    where = f"redaction {i} ({r['location']}, '{r['original']}' -> '{r['replacement']}')"
    if r["type"] == "AREA":
        area = AreaRedaction(str(r["entity_id"]), int(r["page"]) - 1, tuple(r["rectangles"][0]))
        for leak in verify_areas(output, [area]):
            result.problems.append(f"{where}: {leak.context} in {output.name} page {r['page']}")
        return
    original = _folded(r["original"])
    rects = r.get("rectangles") or []
    if fmt == "pdf" and rects and r["page"]:
        page = int(r["page"]) - 1
        if not _contains(drafted.under(page, rects), original):
            result.problems.append(f"{where}: the draft does not have that text at that place on page {r['page']}")
        elif not _contains(_folded(r["replacement"]), original) and _contains(written.under(page, rects), original):
            result.problems.append(f"{where}: the original text is still under its box on page {r['page']} "
                                   f"of {output.name}")
        return
    seg = texts.get(str(r.get("segment_id")))
    start, end = r.get("start"), r.get("end")
    if seg is None or start is None or end is None or seg[start:end] != r["original"]:
        result.problems.append(f"{where}: the draft does not have that text at that place")


def _check_counts(result: LogCheck, rows: list[dict[str, Any]], texts: dict[str, str], outputs: list[Path]) -> None:
    """No output file holds more occurrences of an original than the draft had minus those the log replaced."""
    replaced: Counter[str] = Counter()
    forms: dict[str, str] = {}
    for r in rows:
        if r["type"] == "AREA" or not r["original"].strip() or _contains(_folded(r["replacement"]),
                                                                        _folded(r["original"])):
            continue
        key = " ".join(_folded(r["original"]))
        replaced[key] += 1
        forms.setdefault(key, r["original"])
    if not forms:
        return
    matcher = FormMatcher((f, k) for k, f in forms.items())
    in_draft = Counter(hit.key for text in texts.values() for hit in matcher.finditer(text))
    for path in outputs:
        found = Counter(hit.key for _, text in output_texts(path) for hit in matcher.finditer(text))
        for key, n in found.items():
            allowed = max(0, in_draft[key] - replaced[key])
            if n > allowed:
                result.problems.append(f"'{forms[key]}' occurs {n} time(s) in {path.name}, but the draft has "
                                       f"{in_draft[key]} and the log replaced {replaced[key]}: its original text is "
                                       "not gone")
