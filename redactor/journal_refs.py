"""How journal entries name entities, decisions and the basis of a finding."""

from __future__ import annotations

from typing import Any

from redactor.entities import Entity
from redactor.mention import Mention
from redactor.plan import Decision


def entity_ref(e: Entity, key: str) -> dict[str, Any]:
    return {"key": key, "entity_id": e.id, "name": e.name, "type": e.type, "kind": e.kind, "forms": list(e.forms)}


def decision_ref(d: Decision | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {"action": d.action, "replacement": d.replacement, "source": d.source, "reviewed": d.reviewed}


def mention_basis(m: Mention) -> dict[str, Any]:
    return {"recognizer": m.recognizer, "score": m.score, "reason": m.explanation, "detected_as": m.entity}


def entity_basis(e: Entity) -> dict[str, Any]:
    """Why an entity is in the analysis: its register entry, the recogniser that found it, or a manual redaction."""
    if e.source == "register":
        return {"kind": "register", "entry": e.entry.name if e.entry else e.name}
    if e.source == "manual":
        return {"kind": "manual"}
    detected = [m for m in e.mentions if m.recognizer not in ("linked", "register")] or e.mentions
    best = max(detected, key=lambda m: m.score)
    return {"kind": "recogniser", **mention_basis(best)}


def short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
