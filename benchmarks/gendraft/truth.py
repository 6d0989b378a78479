"""Exact ground truth for a generated draft, checked against the corpus README's invariants."""

from __future__ import annotations

import bisect
import re
from typing import Any

from benchmarks.gendraft.model import Doc, M, Rendered, plain, render_text


class Conflict(Exception):
    """The draft breaks an invariant (e.g. a name inside a keep span): it is generated again."""


def _word_re(form: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)", flags)


def close(doc: Doc, r: Rendered) -> tuple[list[tuple[int, int, str, str]], dict[str, list[str]]]:
    """Every word-bounded occurrence of every variant lies inside a mention; keep spans overlap none.

    Occurrences outside any mention are added as mentions of their entity (when they touch nothing
    else); anything that cannot be made exact raises ``Conflict``.
    """
    text = r.text
    mentions = sorted(r.mentions)
    variants: dict[str, list[str]] = {}
    for _, _, eid, t in mentions:
        variants.setdefault(eid, [])
        if t not in variants[eid]:
            variants[eid].append(t)
    keeps = sorted((s, e) for s, e, _, _ in r.keeps)
    spans = sorted([(s, e) for s, e, _, _ in mentions])
    starts = [s for s, _ in spans]

    def covered(s: int, e: int) -> bool:
        i = bisect.bisect_right(starts, s) - 1
        while i >= 0 and spans[i][0] <= s:
            if spans[i][1] >= e:
                return True
            i -= 1
        return False

    def overlaps(s: int, e: int, pool: list[tuple[int, int]]) -> bool:
        return any(a < e and s < b for a, b in pool)

    added = []
    for eid, forms in variants.items():
        for form in forms:
            for m in _word_re(form).finditer(text):
                s, e = m.span()
                if covered(s, e):
                    continue
                if overlaps(s, e, spans) or overlaps(s, e, keeps):
                    raise Conflict(f"{form!r} at {s} overlaps another span")
                added.append((s, e, eid, form))
    if added:
        mentions = sorted(mentions + added)
    for s, e in keeps:
        if overlaps(s, e, [(a, b) for a, b, _, _ in mentions]):
            raise Conflict(f"keep span {text[s:e]!r} overlaps a mention")
    # A keep span must not hold any identifying form, in any case (the scorer compares case-insensitively).
    keep_text = "\n".join(text[s:e] for s, e in keeps)
    for eid, forms in variants.items():
        if doc.entities[eid].type == "DATE":
            continue
        for form in forms:
            if _word_re(form, re.IGNORECASE).search(keep_text):
                raise Conflict(f"{form!r} inside a keep span")
    for s, e, _, t in mentions:
        assert text[s:e] == t
    return mentions, variants


def published(text: str, mentions: list[tuple[int, int, str, str]], doc: Doc) -> str:
    out, pos = [], 0
    for s, e, eid, _ in mentions:
        ent = doc.entities[eid]
        out.append(text[pos:s])
        out.append(ent.pseudonym if ent.action == "pseudonymise" else "[redacted]")
        pos = e
    out.append(text[pos:])
    return "".join(out)


def truth(doc: Doc) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """(draft.txt, truth.json, register.yaml) for a composed draft; raises Conflict when not exact."""
    r = render_text(doc)
    mentions, variants = close(doc, r)
    hidden = []
    for h in doc.hidden:
        whole = plain(h.pieces)
        for p in h.pieces:
            if isinstance(p, M):
                hidden.append({"where": h.where, "field": h.field, "text": whole, "entity_id": p.eid,
                               "span_text": p.text})
    used = set(variants) | {h["entity_id"] for h in hidden}
    entities = []
    for e in doc.entities.values():
        if e.id not in used:
            continue
        entities.append({"id": e.id, "type": e.type, "role": e.role, "canonical": e.canonical,
                         "variants": variants.get(e.id, [e.canonical]), "pseudonym": e.pseudonym,
                         "action": e.action})
    t = {
        "doc_id": doc.doc_id, "source_seed": f"generated:{doc.kind}", "split": "generated",
        "entities": entities,
        "mentions": [{"start": s, "end": e, "text": x, "entity_id": eid} for s, e, eid, x in mentions],
        "keep": [{"start": s, "end": e, "text": x, "reason": why} for s, e, x, why in sorted(r.keeps)],
        "hidden": hidden,
        "published_text": published(r.text, mentions, doc),
        "generator": doc.info,
    }
    reg_entities = []
    for e in doc.entities.values():
        if (e.id not in variants or not e.in_register or e.action != "pseudonymise"
                or e.type not in ("PERSON", "LOCATION", "ORGANISATION")):
            continue
        typed = [v for v in variants[e.id] if v != e.canonical and not (v.isupper() and ' ' in v)
                 and e.canonical not in v]
        reg_entities.append({"name": e.canonical, "type": e.type, "pseudonym": e.pseudonym, "variants": typed})
    register = {"entities": reg_entities, "keep": list(dict.fromkeys(doc.register_keep))}
    return r.text, t, register
