"""Pages nobody could read (no text layer, and no OCR): export waits until a reviewer has dealt with each.

A scanned page that Tesseract did not read may show a child's name that no analysis saw. Such a
page is exported only once the reviewer has looked at it and marked it reviewed, or covered
everything it shows (each picture, every drawing) with area redactions.
"""

from __future__ import annotations

from collections.abc import Iterable

import pymupdf

from redactor.document import Document, Rect
from redactor.errors import UnreviewedError
from redactor.load_pdf import open_pdf
from redactor.ocr import page_list
from redactor.plan import AreaRedaction

_GRID = 40  # sample points per side when checking that areas cover a picture


class UnreadPagesError(UnreviewedError):
    """Pages without a usable text layer were neither reviewed nor redacted (``pages`` are 1-based)."""

    def __init__(self, message: str, pages: list[int]) -> None:
        super().__init__(message, [f"page {p}" for p in pages])
        self.pages = pages


def covers(areas: Iterable[Rect], target: Rect) -> bool:
    """Whether the union of ``areas`` covers ``target`` (checked on a grid of points inside it)."""
    rects = [pymupdf.Rect(a) for a in areas]
    x0, y0, x1, y1 = target
    if x1 - x0 <= 1 or y1 - y0 <= 1:
        return True
    for i in range(_GRID):
        for j in range(_GRID):
            p = pymupdf.Point(x0 + 0.5 + (x1 - x0 - 1) * i / (_GRID - 1), y0 + 0.5 + (y1 - y0 - 1) * j / (_GRID - 1))
            if not any(p in r for r in rects):
                return False
    return True


def _shown(page: pymupdf.Page) -> list[Rect]:
    """What a page shows: each picture and each drawing, clipped to the page."""
    found = [pymupdf.Rect(info["bbox"]) & page.rect for info in page.get_image_info()]
    found += [pymupdf.Rect(d["rect"]) & page.rect for d in page.get_cdrawings()]
    return [(r.x0, r.y0, r.x1, r.y1) for r in found if not r.is_empty]


def pending_pages(document: Document, reviewed: Iterable[int], areas: Iterable[AreaRedaction]) -> list[int]:
    """Unread pages (0-based) not marked reviewed and not wholly covered by area redactions."""
    done = set(reviewed)
    waiting = [p for p in document.unread_pages if p not in done]
    by_page: dict[int, list[Rect]] = {}
    for a in areas:
        by_page.setdefault(a.page, []).append(a.rect)
    if not any(p in by_page for p in waiting):
        return waiting
    with open_pdf(document.path, document.password) as doc:
        return [p for p in waiting if not all(covers(by_page.get(p, []), r) for r in _shown(doc[p]))]


def require_pages_dealt_with(document: Document, reviewed: Iterable[int], areas: Iterable[AreaRedaction]) -> None:
    """Refuse to export while an unread page is neither reviewed nor redacted.

    Raises:
        UnreadPagesError: Naming the pages.
    """
    pending = pending_pages(document, reviewed, areas)
    if pending:
        raise UnreadPagesError(
            f"page(s) {page_list(pending)} have no text layer and were not read by OCR (Tesseract is not "
            "installed, or it failed), so nothing on them was checked: look at each and mark it reviewed, "
            "or redact it (--reviewed-pages / --redact-pages), or install Tesseract and analyse again",
            [p + 1 for p in pending])
