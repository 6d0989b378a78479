"""What the document view draws: one highlight per mention, with the decision that applies to it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from redactor.pipeline import Analysis
from redactor.register import REDACTED
from redactor.types import MentionKey


@dataclass(frozen=True, slots=True)
class Highlight:
    """One finding as the reviewer sees it in the document.

    Attributes:
        entity_id: The entity the mention belongs to.
        key: The mention's ``(segment_id, start, end)``.
        name: The entity's name.
        kind: The entity's kind (``child``, ``school`` …), or ``manual`` for a manual redaction.
        action: ``replace`` or ``keep`` (the mention's own override, else its entity's decision).
        replacement: What the mention becomes on export (empty when kept).
        reviewed: Whether the entity's decision has been reviewed.
        overridden: Whether this mention has its own decision, different from its entity's.
        text: The mention's text.
        recognizer: What found it (a recogniser, ``register``, ``linked`` or ``manual``).
        score: The recogniser's confidence.
        explanation: Why it was found.
    """

    entity_id: str
    key: MentionKey
    name: str
    kind: str
    action: str
    replacement: str
    reviewed: bool
    overridden: bool
    text: str
    recognizer: str
    score: float
    explanation: str

    @property
    def segment_id(self) -> str:
        """The segment the mention is in."""
        return self.key[0]

    def tooltip(self) -> str:
        """Rich-text tooltip: what it is, what it becomes, and why it was found."""
        becomes = "kept as written" if self.action == "keep" else (
            "removed" if self.replacement == REDACTED else f"“{_esc(self.replacement)}”")
        status = "reviewed" if self.reviewed else "<b>not yet reviewed</b>"
        found = {"register": "the case register", "linked": "another mention of the same name",
                 "manual": "the reviewer (manual redaction)"}.get(self.recognizer, self.recognizer)
        lines = [f"<b>{_esc(self.text)}</b> &nbsp;·&nbsp; {_esc(self.name)}",
                 f"Exports as: {becomes}{' (this mention only)' if self.overridden else ''}",
                 f"Found by: {_esc(found)} &nbsp;·&nbsp; score {self.score:.2f}",
                 f"Status: {status}"]
        if self.explanation:
            lines.append(f"<span style='color:#475569'>Why: {_esc(self.explanation[:300])}</span>")
        return "<br>".join(lines)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def highlights_by_segment(analysis: Analysis) -> dict[str, list[Highlight]]:
    """Every mention of every entity as a highlight, grouped by segment and sorted by position."""
    return HighlightIndex(analysis).by_segment


class HighlightIndex:
    """The highlights of an analysis by segment, kept up to date one changed entity at a time.

    A reviewer's decision changes a few entities; recomputing only theirs keeps a decision on a
    long draft cheap.
    """

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.by_segment: dict[str, list[Highlight]] = {}
        self._segments_of: dict[str, set[str]] = {}
        self.update(None)

    def update(self, entity_ids: set[str] | frozenset[str] | None) -> set[str]:
        """Recompute the highlights of these entities (all when None).

        Returns:
            The segments whose highlights changed.
        """
        a = self.analysis
        if entity_ids is None:
            old = set(self.by_segment)
            self.by_segment, self._segments_of = {}, {}
            entities = list(a.entities)
        else:
            old = set()
            for eid in entity_ids:
                old |= self._segments_of.pop(eid, set())
            for seg in old:
                kept = [h for h in self.by_segment.get(seg, []) if h.entity_id not in entity_ids]
                if kept:
                    self.by_segment[seg] = kept
                else:
                    self.by_segment.pop(seg, None)
            entities = [e for e in a.entities if e.id in entity_ids]
        fresh: dict[str, list[Highlight]] = defaultdict(list)
        overrides = a.overrides
        for e in entities:
            d = a.decisions[e.id]
            kind = "manual" if e.source == "manual" else e.kind
            segments = self._segments_of.setdefault(e.id, set())
            for m in e.mentions:
                key = (m.segment_id, m.start, m.end)
                own = overrides.get(key)
                use = own or d
                if e.source == "manual" and use.action == "keep":
                    continue  # other occurrences of a one-off manual redaction are not findings
                fresh[m.segment_id].append(Highlight(
                    e.id, key, e.name, kind, use.action, use.replacement if use.action == "replace" else "",
                    d.reviewed, own is not None and (own.action, own.replacement) != (d.action, d.replacement),
                    m.text, m.recognizer, m.score, m.explanation))
                segments.add(m.segment_id)
        for seg, items in fresh.items():
            items.extend(self.by_segment.get(seg, []))
            items.sort(key=lambda h: (h.key[1], -h.key[2], h.recognizer in ("linked", "register"), h.entity_id))
            self.by_segment[seg] = [h for i, h in enumerate(items) if i == 0 or (h.key, h.entity_id) != (
                items[i - 1].key, items[i - 1].entity_id)]
        return old | set(fresh)
