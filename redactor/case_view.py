"""An analysis handed out by a case, with its overlay of reviewer decisions and its current plan."""

from __future__ import annotations

from pathlib import Path

from redactor.document import CharBoxes
from redactor.entities import Entity
from redactor.errors import CaseError
from redactor.mention import Mention
from redactor.pipeline import Analysis
from redactor.plan import Plan, build_plan
from redactor.review import Overlay, ReviewState, mention_key
from redactor.types import MentionKey


class CaseView:
    """An analysis handed out by the case: its overlay, its current plan, and where its pages are."""

    def __init__(self, analysis: Analysis, path: Path) -> None:
        self.analysis = analysis
        self.overlay = Overlay(analysis)
        self.path = path
        self.ref = {"name": path.name, "sha256": analysis.document.sha256}
        self.pages = {s.id: s.page for s in analysis.document.segments if s.kind == "page" and s.page is not None}
        self.texts = analysis.texts()
        self.plan = Plan([], {})
        self.warnings: list[str] = []
        self.boxes: dict[int, CharBoxes | None] = {}
        self.picture_boxes: dict[str, CharBoxes] = {}  # words read by OCR, by segment id, for previews

    def apply(self, state: ReviewState) -> None:
        """Lay the state over the base analysis and plan it in full."""
        self.warnings = self.overlay.apply(state, self.analysis)
        self.plan = self.analysis.plan()

    def replan(self, segments: set[str]) -> None:
        """Re-plan only the given segments (where decisions or mentions changed), reusing the rest."""
        a = self.analysis
        fresh = build_plan(a.entities, a.decisions, self.texts, a.overrides, a.areas, only=segments)
        by_segment = {k: v for k, v in self.plan.by_segment.items() if k not in segments}
        by_segment.update(fresh.by_segment)
        fresh.by_segment = by_segment
        self.plan = fresh

    def entity(self, entity_id: str) -> Entity:
        for e in self.analysis.entities:
            if e.id == entity_id:
                return e
        raise CaseError(f"no entity {entity_id!r} in {self.path.name}")

    def mention(self, key: MentionKey) -> tuple[Entity, Mention]:
        for e in self.analysis.entities:
            for m in e.mentions:
                if mention_key(m) == tuple(key):
                    return e, m
        raise CaseError(f"no mention at {key[0]} {key[1]}-{key[2]} in {self.path.name}")

    def page_of(self, segment_id: str) -> int | None:
        return self.pages.get(segment_id)


def located(view: CaseView, segment_id: str) -> str:
    page = view.page_of(segment_id)
    if page is not None:
        return f"on page {page + 1}"
    seg = view.analysis.document.segment(segment_id)
    return f"in {seg.where}"
