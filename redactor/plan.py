"""Decisions on entities, and the replacement plan they produce for every segment."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from recognizers import catalogue as cat
from recognizers.dates import generalise
from redactor.analysis import Mention
from redactor.entities import Entity
from redactor.errors import UnreviewedError
from redactor.register import REDACTED, PseudonymAllocator, Register
from redactor.types import Action, DecisionSource, EntityType

# Words just before a day-precise date that mark it as about the review itself (a panel meeting,
# a reporting period, a deadline), which published reviews keep.
_PROCESS_CONTEXT = re.compile(
    r"\b(meetings?|met|panel|board|circulated|published|publication|comments?|deadline|reviews?|"
    r"reports?|evaluations?|period|dated|signed|consultation)\b[^.\n]{0,80}$|\bby\s*(?:the\s*)?$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Decision:
    """What happens to one entity.

    Attributes:
        entity_id: The entity decided on.
        action: ``replace`` every mention, or ``keep`` it unchanged.
        replacement: Text that replaces every mention (ignored for ``keep``).
        source: ``register``, ``accepted_suggestion`` or ``manual``.
        reviewed: False for a suggestion nobody has accepted or rejected yet.
    """

    entity_id: str
    action: Action
    replacement: str
    source: DecisionSource
    reviewed: bool = True


@dataclass(frozen=True, slots=True)
class Replacement:
    """One span of one segment to replace, with everything the audit log needs."""

    segment_id: str
    start: int
    end: int
    original: str
    replacement: str
    entity_id: str
    entity_name: str
    type: EntityType
    entity: str
    recognizer: str
    score: float
    source: DecisionSource
    explanation: str


@dataclass(slots=True)
class Plan:
    """All replacements, by segment, plus the entities and decisions behind them."""

    entities: list[Entity]
    decisions: dict[str, Decision]
    by_segment: dict[str, list[Replacement]] = field(default_factory=dict)

    @property
    def replacements(self) -> list[Replacement]:
        """Every replacement, in segment order."""
        return [r for reps in self.by_segment.values() for r in reps]

    def replaced_forms(self) -> dict[str, str]:
        """Every surface form that was replaced, mapped to the entity name (what verify looks for)."""
        out: dict[str, str] = {}
        for e in self.entities:
            d = self.decisions.get(e.id)
            if d is None or d.action != "replace":
                continue
            for f in [*e.forms, *(m.text for m in e.mentions)]:
                out.setdefault(f, e.name)
        return out

    def allowed_phrases(self, keep: Iterable[str]) -> list[str]:
        """Text the output may legitimately contain: replacements and keep phrases."""
        reps = {d.replacement for d in self.decisions.values() if d.action == "replace"}
        reps.update(r.replacement for r in self.replacements)
        return [p for p in [*reps, *keep] if p.strip()]


def suggest(entities: list[Entity], register: Register | None, texts: dict[str, str]) -> dict[str, Decision]:
    """Decisions for every entity: the register's for register entities, suggestions for the rest.

    Suggestions follow published practice: children Child A, B …; councils LA1 …; schools School 1;
    identifiers, addresses and dates of birth ``[redacted]``; other day-precise dates are generalised
    to month and year, except dates about the review itself (panel meetings, reporting periods).
    """
    allocator = PseudonymAllocator([e.pseudonym for e in (register.entries if register else [])])
    decisions: dict[str, Decision] = {}
    for e in entities:
        if e.source == "register":
            assert e.entry is not None
            decisions[e.id] = Decision(e.id, "replace", e.entry.pseudonym, "register")
        elif e.kind == "date":
            decisions[e.id] = _date_decision(e, texts)
        else:
            decisions[e.id] = Decision(e.id, "replace", allocator.allocate(e.kind), "accepted_suggestion",
                                       reviewed=False)
    return decisions


def _date_decision(e: Entity, texts: dict[str, str]) -> Decision:
    about_review = all(_PROCESS_CONTEXT.search(texts[m.segment_id][max(0, m.start - 100): m.start])
                       for m in e.mentions)
    if about_review:
        return Decision(e.id, "keep", "", "accepted_suggestion", reviewed=False)
    month_year = generalise(e.name)
    return Decision(e.id, "replace", month_year or REDACTED, "accepted_suggestion", reviewed=False)


def accept_all(decisions: dict[str, Decision]) -> None:
    """Mark every suggestion as reviewed and accepted (the headless 'approve everything')."""
    for d in decisions.values():
        d.reviewed = True


def unreviewed(entities: list[Entity], decisions: dict[str, Decision]) -> list[Entity]:
    """Entities whose decision is still an unreviewed suggestion."""
    return [e for e in entities if not decisions[e.id].reviewed]


def require_reviewed(entities: list[Entity], decisions: dict[str, Decision]) -> None:
    """Refuse to export while suggestions are unreviewed.

    Raises:
        UnreviewedError: Listing each unreviewed entity with its suggestion.
    """
    pending = unreviewed(entities, decisions)
    if pending:
        lines = [f"{e.type.lower()} '{e.name}' -> {_describe(decisions[e.id])}" for e in pending]
        shown = "; ".join(lines[:12]) + (f"; … and {len(lines) - 12} more" if len(lines) > 12 else "")
        raise UnreviewedError(
            f"{len(pending)} finding(s) not in the register are unreviewed: {shown}. Add them to the "
            "register (or its keep list), or pass --accept-all to accept every suggestion",
            lines,
        )


def _describe(d: Decision) -> str:
    return "keep" if d.action == "keep" else repr(d.replacement)


_PRIORITY = {"register": 3, "manual": 3, "accepted_suggestion": 1}


def build_plan(entities: list[Entity], decisions: dict[str, Decision], texts: dict[str, str]) -> Plan:
    """Turn decisions into non-overlapping replacements per segment.

    Overlapping mentions are merged into one replacement covering their union, so nothing is left
    half-replaced; the longest mention (then the register's) supplies the replacement text.
    """
    plan = Plan(entities, decisions)
    raw: dict[str, list[tuple[Mention, Entity, Decision]]] = defaultdict(list)
    for e in entities:
        d = decisions[e.id]
        if d.action != "replace":
            continue
        for m in e.mentions:
            raw[m.segment_id].append((m, e, d))
    for seg_id, items in raw.items():
        items.sort(key=lambda t: (t[0].start, -(t[0].end - t[0].start)))
        merged: list[list[tuple[Mention, Entity, Decision]]] = []
        end = -1
        for item in items:
            if merged and item[0].start < end:
                merged[-1].append(item)
                end = max(end, item[0].end)
            else:
                merged.append([item])
                end = item[0].end
        plan.by_segment[seg_id] = [_replacement(group, texts[seg_id]) for group in merged]
    return plan


def _replacement(group: list[tuple[Mention, Entity, Decision]], text: str) -> Replacement:
    start = min(m.start for m, _, _ in group)
    end = max(m.end for m, _, _ in group)
    m, e, d = max(group, key=lambda t: (t[0].end - t[0].start, _PRIORITY[t[2].source], t[0].score))
    original = text[start:end]
    detected = [x for x, _, _ in group if x.recognizer not in ("register", "linked")]
    best = max(detected, key=lambda x: x.score) if detected else m
    new = d.replacement
    if e.kind == "date" and m.entity == cat.DATE_DAY:
        new = generalise(m.text) or d.replacement
    return Replacement(m.segment_id, start, end, original, new, e.id, e.name, e.type, m.entity,
                       best.recognizer, best.score, d.source, best.explanation)
