"""Analyses cached in a case folder: keyed by the engine that made them, stored as JSON."""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from functools import cache
from pathlib import Path
from typing import Any

from redactor.document import Document, ImageInfo, Segment
from redactor.entities import Entity
from redactor.mention import Mention
from redactor.pipeline import Analysis
from redactor.plan import Decision
from redactor.register import Register

CACHE_VERSION = 1


@cache
def engine_fingerprint() -> str:
    """Hash of the engine's code and data: a cached analysis is reused only by the same engine."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256(str(CACHE_VERSION).encode())
    for folder in ("redactor", "recognizers"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.suffix in (".py", ".txt", ".gz"):
                h.update(path.relative_to(root).as_posix().encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


def analysis_to_json(a: Analysis) -> dict[str, Any]:
    d = a.document
    return {
        "document": {"format": d.format, "sha256": d.sha256, "page_count": d.page_count,
                     "warnings": list(d.warnings), "images": [asdict(i) for i in d.images],
                     "ocr_pages": list(d.ocr_pages), "unread_pages": list(d.unread_pages),
                     "segments": [[s.id, s.kind, s.text, s.where, s.page, list(s.cell) if s.cell else None]
                                  for s in d.segments]},
        "mentions": [asdict(m) for m in a.mentions],
        "entities": [{"id": e.id, "name": e.name, "type": e.type, "kind": e.kind, "forms": e.forms,
                      "source": e.source, "entry": a.register.entries.index(e.entry)
                      if a.register is not None and e.entry is not None else None,
                      "mentions": [asdict(m) for m in e.mentions], "detectors": sorted(e.detectors),
                      "entity_names": sorted(e.entity_names)} for e in a.entities],
        "decisions": [asdict(x) for x in a.decisions.values()],
        "keep": a.keep,
    }


def analysis_from_json(data: dict[str, Any], draft: Path, register_path: Path | None,
                       register: Register | None = None) -> Analysis:
    """An analysis read back from the case cache (``register``: the one already read, else ``register_path``'s)."""
    if register is None and register_path:
        register = Register.load(register_path)
    doc = data["document"]
    segments = tuple(Segment(i, k, t, w, p, None, tuple(c) if c else None) for i, k, t, w, p, c in doc["segments"])
    images = tuple(ImageInfo(**{**i, "rect": tuple(i["rect"]) if i["rect"] else None}) for i in doc["images"])
    document = Document(draft, doc["format"], doc["sha256"], segments, doc["page_count"], tuple(doc["warnings"]),
                        images, tuple(doc["ocr_pages"]), tuple(doc["unread_pages"]))
    entities = [Entity(e["id"], e["name"], e["type"], e["kind"], e["forms"], e["source"],
                       register.entries[e["entry"]] if register is not None and e["entry"] is not None else None,
                       [Mention(**m) for m in e["mentions"]], set(e["detectors"]), set(e["entity_names"]))
                for e in data["entities"]]
    decisions = {x["entity_id"]: Decision(**x) for x in data["decisions"]}
    return Analysis(document, register, register_path, [Mention(**m) for m in data["mentions"]], entities,
                    decisions, data["keep"])
