"""Area redactions on PDF pages: remove everything under a rectangle, and prove it by re-reading the output.

An area is what a reviewer draws over a photo, a signature or a handwritten note. MuPDF redaction
annotations remove the text whose characters touch the rectangle, blank the image pixels under it
and remove the vector drawings it touches; a black box is then drawn over it. Verification re-opens
the written file and checks that no character, image pixel or drawing (other than the box) is left
under any area.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pymupdf

from redactor.document import CharBoxes, Rect
from redactor.plan import AreaRedaction
from redactor.verify import Leak

AREA_FILL = (0.0, 0.0, 0.0)
MIN_SIDE = 1.0  # points: a narrower rectangle is a slip of the mouse, not a redaction
_SAMPLES = 24  # grid of pixel samples per image and area, per side


def clip_rect(rect: Rect, page_rect: Rect) -> Rect | None:
    """The rectangle ordered (x0 < x1, y0 < y1) and clipped to the page; None if (nearly) empty."""
    x0, x1 = sorted((rect[0], rect[2]))
    y0, y1 = sorted((rect[1], rect[3]))
    x0, y0 = max(x0, page_rect[0]), max(y0, page_rect[1])
    x1, y1 = min(x1, page_rect[2]), min(y1, page_rect[3])
    if x1 - x0 < MIN_SIDE or y1 - y0 < MIN_SIDE:
        return None
    return (round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2))


def touches(box: Rect, rect: Rect) -> bool:
    """Whether two rectangles overlap."""
    return box[0] < rect[2] and rect[0] < box[2] and box[1] < rect[3] and rect[1] < box[3]


def text_under(text: str, boxes: CharBoxes, rect: Rect) -> str:
    """The characters of a page's text whose boxes touch ``rect`` (runs joined by a space)."""
    out: list[str] = []
    last = -2
    for i in range(min(len(text), len(boxes))):
        box = boxes.box(i)
        if box is None or not touches(box, rect):
            continue
        if out and i != last + 1:
            out.append(" ")
        out.append(text[i])
        last = i
    return " ".join("".join(out).split())


def redact_areas(page: pymupdf.Page, areas: Iterable[AreaRedaction]) -> None:
    """Remove text, image pixels and drawings under each area of one page, and draw a black box there."""
    rects = [pymupdf.Rect(a.rect) for a in areas]
    if not rects:
        return
    for rect in rects:
        page.add_redact_annot(rect, fill=AREA_FILL, cross_out=False)
    page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
                          graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_TOUCHED,
                          text=pymupdf.PDF_REDACT_TEXT_REMOVE)


def verify_areas(path: Path, areas: Iterable[AreaRedaction]) -> list[Leak]:
    """Re-open a written PDF and report anything left under an area: text, image pixels, drawings."""
    by_page: dict[int, list[AreaRedaction]] = {}
    for a in areas:
        by_page.setdefault(a.page, []).append(a)
    leaks: list[Leak] = []
    with pymupdf.open(path) as doc:
        for number, page_areas in sorted(by_page.items()):
            page = doc[number]
            where = f"{path.name} page {number + 1}"
            chars = _chars(page)
            for a in page_areas:
                inner = _inset(a.rect, 0.5)
                found = "".join(c for c, box in chars if touches(box, inner)).strip()
                if found:
                    leaks.append(Leak(where, found, f"area {a.id}", f"text under area {a.id}: {found}"))
                if _image_pixels_left(doc, page, inner):
                    leaks.append(Leak(where, "image", f"area {a.id}", f"image pixels under area {a.id}"))
                if _drawings_left(page, [b.rect for b in page_areas], inner):
                    leaks.append(Leak(where, "drawing", f"area {a.id}", f"drawing under area {a.id}"))
    return leaks


def _inset(rect: Rect, by: float) -> Rect:
    return (rect[0] + by, rect[1] + by, rect[2] - by, rect[3] - by)


def _chars(page: pymupdf.Page) -> list[tuple[str, Rect]]:
    raw: dict[str, Any] = page.get_text("rawdict", flags=pymupdf.TEXT_PRESERVE_WHITESPACE)
    out: list[tuple[str, Rect]] = []
    for block in raw["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                for ch in span["chars"]:
                    if not ch["c"].isspace():
                        out.append((ch["c"], tuple(ch["bbox"])))
    return out


def _image_pixels_left(doc: pymupdf.Document, page: pymupdf.Page, rect: Rect) -> bool:
    """Whether any image drawn under ``rect`` still has non-blank pixels there (sampled on a grid)."""
    for info in page.get_image_info(xrefs=True):
        box = tuple(info["bbox"])
        if not touches(box, rect) or not info.get("xref"):
            continue
        pix = pymupdf.Pixmap(doc, info["xref"])
        if pix.colorspace is None or pix.n - pix.alpha != 3:
            pix = pymupdf.Pixmap(pymupdf.csRGB, pix)
        # Page space -> the image's unit square -> pixels.
        to_unit = ~pymupdf.Matrix(info["transform"])
        x0, y0 = max(rect[0], box[0]), max(rect[1], box[1])
        x1, y1 = min(rect[2], box[2]), min(rect[3], box[3])
        for i in range(_SAMPLES):
            for j in range(_SAMPLES):
                p = pymupdf.Point(x0 + (x1 - x0) * (i + 0.5) / _SAMPLES,
                                  y0 + (y1 - y0) * (j + 0.5) / _SAMPLES) * to_unit
                px = min(pix.width - 1, max(0, int(p.x * pix.width)))
                py = min(pix.height - 1, max(0, int(p.y * pix.height)))
                if any(v < 250 for v in pix.pixel(px, py)[:3]):
                    return True
    return False


def _drawings_left(page: pymupdf.Page, areas: list[Rect], inner: Rect) -> bool:
    """Whether a drawing other than the black boxes of the page's areas touches an area.

    A drawing is one path of many pieces (all of a page's pseudonym boxes can be one path), so each
    piece is checked, not the box around the whole path. Every area of the page counts as its own
    box: a reviewer often covers a picture with several overlapping boxes.
    """
    for d in page.get_drawings():
        box = tuple(d["rect"])
        if not touches(box, inner):
            continue
        own = d.get("fill") == AREA_FILL and any(all(abs(a - b) < 0.6 for a, b in zip(box, area, strict=True))
                                                 for area in areas)
        if not own and any(touches(piece, inner) for piece in _pieces(d)):
            return True
    return False


def _pieces(drawing: dict[str, Any]) -> list[Rect]:
    """The bounding box of each piece (line, curve, rectangle, quad) of a drawing's path."""
    out: list[Rect] = []
    for item in drawing.get("items", []):
        points = [p for p in item[1:] if isinstance(p, pymupdf.Point)]
        if item[0] == "re":
            r = pymupdf.Rect(item[1])
        elif item[0] == "qu":
            r = pymupdf.Quad(item[1]).rect
        elif points:
            r = pymupdf.Rect(points[0], points[0])
            for p in points[1:]:
                r |= p
        else:
            continue
        width = float(drawing.get("width") or 0.0) / 2  # a stroke is as wide as its pen
        out.append((r.x0 - width, r.y0 - width, r.x1 + width, r.y1 + width))
    return out or [tuple(drawing["rect"])]
