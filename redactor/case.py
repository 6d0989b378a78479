"""A case: one register, its drafts, cached analyses, decisions that re-render only what they touch.

This is the API the desktop app builds on. Analysing a draft whose content (and register, board
settings and engine) are unchanged is a cache read; changing one entity's decision re-plans in
memory and re-renders only the pages that entity appears on. The cache lives inside the case
folder (``.redactor/``, readable by the owner only), never in a shared cache: findings are
identifying data.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from functools import cache
from pathlib import Path
from typing import Any

import pymupdf

from redactor.analysis import Analyzer, Mention
from redactor.atomic import atomic_write_bytes
from redactor.board import BoardConfig
from redactor.document import Document, Segment
from redactor.entities import Entity
from redactor.load import sha256_file
from redactor.load_pdf import open_pdf, page_segment
from redactor.pipeline import Analysis, ProgressFn, analyse
from redactor.plan import Decision
from redactor.register import Register
from redactor.render_pdf import redact_page
from redactor.types import Action, DecisionSource

CACHE_DIR = ".redactor"
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


class Case:
    """A case folder with its register and board settings.

    Args:
        folder: Where the case lives (the cache goes in ``folder/.redactor``).
        register_path: The case register, if any.
        board: The board's settings.
        analyzer: A prepared analyzer (built on first use if not given).
    """

    def __init__(self, folder: Path, register_path: Path | None = None, board: BoardConfig | None = None,
                 analyzer: Analyzer | None = None) -> None:
        self.folder = folder
        self.register_path = register_path
        self.board = board or BoardConfig()
        self._analyzer = analyzer
        self._previews: dict[Path, pymupdf.Document] = {}

    # -- analysis, cached by content -----------------------------------------------------------
    def _cache_path(self, draft: Path) -> Path:
        h = hashlib.sha256()
        for part in (sha256_file(draft), self._file_hash(self.register_path), self._file_hash(self.board.path),
                     engine_fingerprint()):
            h.update(part.encode())
        return self.folder / CACHE_DIR / f"{h.hexdigest()}.json"

    @staticmethod
    def _file_hash(path: Path | None) -> str:
        return sha256_file(path) if path is not None and path.exists() else "-"

    def analyse(self, draft: Path, progress: ProgressFn | None = None) -> Analysis:
        """The draft's analysis: from the case cache when nothing changed, else computed and cached."""
        cached = self._cache_path(draft)
        if cached.exists():
            try:
                return _from_json(json.loads(cached.read_text(encoding="utf-8")), draft, self.register_path)
            except (KeyError, ValueError, TypeError):
                cached.unlink(missing_ok=True)  # unreadable (older format): recompute
        self._analyzer = self._analyzer or Analyzer()
        result = analyse(draft, self.register_path, board=self.board, analyzer=self._analyzer, progress=progress)
        cached.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(cached.parent, 0o700)
        atomic_write_bytes(cached, json.dumps(_to_json(result), ensure_ascii=False).encode("utf-8"))
        os.chmod(cached, 0o600)
        return result

    # -- decisions -----------------------------------------------------------------------------
    @staticmethod
    def decide(analysis: Analysis, entity_id: str, action: Action, replacement: str = "",
               source: DecisionSource = "manual") -> set[int]:
        """Change one entity's decision (no NLP re-run).

        Returns:
            The 0-based pages whose rendering changes (empty for formats without pages).
        """
        analysis.decisions[entity_id] = Decision(entity_id, action, replacement, source)
        return affected_pages(analysis, entity_id)

    def preview_page(self, analysis: Analysis, page: int, zoom: float = 1.0) -> bytes:
        """PNG of one PDF page as it will be exported under the current decisions."""
        document = analysis.document
        if document.format != "pdf":
            raise ValueError("page previews are for PDF drafts; other formats are typeset on export")
        source = self._previews.get(document.path)
        if source is None:
            source = open_pdf(document.path)
            self._previews[document.path] = source
        seg_id = f"page:{page}"
        reps = analysis.plan().by_segment.get(seg_id, [])
        single = pymupdf.open()
        single.insert_pdf(source, from_page=page, to_page=page)
        boxes = page_segment(single[0]).boxes
        if reps and boxes is not None:
            redact_page(single[0], boxes, reps)
        png: bytes = single[0].get_pixmap(matrix=pymupdf.Matrix(zoom, zoom)).tobytes("png")
        single.close()
        return png

    def close(self) -> None:
        """Close any source files held open for previews."""
        for doc in self._previews.values():
            doc.close()
        self._previews.clear()


def affected_pages(analysis: Analysis, entity_id: str) -> set[int]:
    """Pages on which an entity has a mention."""
    pages = {s.id: s.page for s in analysis.document.segments if s.kind == "page"}
    entity = next(e for e in analysis.entities if e.id == entity_id)
    return {p for m in entity.mentions if (p := pages.get(m.segment_id)) is not None}


# -- (de)serialisation -------------------------------------------------------------------------
def _to_json(a: Analysis) -> dict[str, Any]:
    d = a.document
    return {
        "document": {"format": d.format, "sha256": d.sha256, "page_count": d.page_count,
                     "warnings": list(d.warnings),
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


def _from_json(data: dict[str, Any], draft: Path, register_path: Path | None) -> Analysis:
    register = Register.load(register_path) if register_path else None
    doc = data["document"]
    segments = tuple(Segment(i, k, t, w, p, None, tuple(c) if c else None) for i, k, t, w, p, c in doc["segments"])
    document = Document(draft, doc["format"], doc["sha256"], segments, doc["page_count"], tuple(doc["warnings"]))
    entities = [Entity(e["id"], e["name"], e["type"], e["kind"], e["forms"], e["source"],
                       register.entries[e["entry"]] if register is not None and e["entry"] is not None else None,
                       [Mention(**m) for m in e["mentions"]], set(e["detectors"]), set(e["entity_names"]))
                for e in data["entities"]]
    decisions = {x["entity_id"]: Decision(**x) for x in data["decisions"]}
    return Analysis(document, register, register_path, [Mention(**m) for m in data["mentions"]], entities,
                    decisions, data["keep"])
