"""Human and machine summaries of an analysis (for ``redactor analyze``)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from redactor.pipeline import Analysis


def analysis_json(a: Analysis) -> dict[str, Any]:
    """Everything found: entities with decisions and every mention with its explanation."""
    where = {s.id: s for s in a.document.segments}
    return {
        "input": {"path": str(a.document.path), "format": a.document.format, "sha256": a.document.sha256,
                  "pages": a.document.page_count},
        "warnings": list(a.document.warnings),
        "pages_read_by_ocr": [p + 1 for p in a.document.ocr_pages],
        "pages_needing_manual_review": [p + 1 for p in a.document.unread_pages],
        "images": [{"id": i.id, "where": i.where, "page": i.page + 1 if i.page is not None else None,
                    "rect": list(i.rect) if i.rect else None, "width": i.width, "height": i.height,
                    "text": i.text} for i in a.document.images],
        "entities": [{
            "id": e.id, "name": e.name, "type": e.type, "kind": e.kind, "source": e.source,
            "forms": e.forms, "score": e.score, "detectors": sorted(e.detectors),
            "decision": a.decisions[e.id].action, "replacement": a.decisions[e.id].replacement,
            "decision_source": a.decisions[e.id].source, "reviewed": a.decisions[e.id].reviewed,
            "mentions": [{
                "location": where[m.segment_id].where,
                "page": (where[m.segment_id].page or 0) + 1 if where[m.segment_id].page is not None else None,
                "start": m.start, "end": m.end, "text": m.text, "detected_as": m.entity,
                "recognizer": m.recognizer, "score": m.score, "explanation": m.explanation,
            } for m in e.mentions],
        } for e in a.entities],
    }


def picture_lines(a: Analysis) -> list[str]:
    """Pages read by OCR, pages needing manual review, and the pictures on each page."""
    from redactor.ocr import page_list

    d = a.document
    lines = []
    if d.ocr_pages:
        lines.append(f"  pages read by OCR (no text layer): {page_list(list(d.ocr_pages))}")
    if d.unread_pages:
        lines.append(f"  NEEDS MANUAL REVIEW: page(s) {page_list(list(d.unread_pages))} have no text layer "
                     "and were not read by OCR")
    by_page: dict[str, list[str]] = {}
    for image in d.images:
        place = f"pictures on page {image.page + 1}" if image.page is not None else "pictures in the Word file"
        text = {"read": "words read", "none": "no words", "not read": "not read"}.get(image.text, image.text)
        by_page.setdefault(place, []).append(f"{image.width}x{image.height} px ({text})")
    for place, images in by_page.items():
        lines.append(f"  {place}: " + "; ".join(images))
    return lines


def analysis_summary(a: Analysis) -> str:
    """A readable table of entities: type, name, mentions, decision."""
    lines = [f"{a.document.path.name}: {len(a.entities)} entities, "
             f"{sum(len(e.mentions) for e in a.entities)} mentions"]
    counts = Counter(e.type for e in a.entities)
    lines.append("  " + ", ".join(f"{k.lower()}: {v}" for k, v in sorted(counts.items())))
    for e in a.entities:
        d = a.decisions[e.id]
        decision = "keep" if d.action == "keep" else f"-> {d.replacement}"
        state = "" if d.reviewed else "  (suggested, unreviewed)"
        lines.append(f"  {e.id:>4} {e.type:<12} {e.name[:48]:<48} x{len(e.mentions):<3} {decision}{state}")
    lines.extend(picture_lines(a))
    for w in a.document.warnings:
        lines.append(f"  warning: {w}")
    return "\n".join(lines)
