"""Pictures in a Word file: listed, the words in them read by OCR and painted over, or all removed.

A picture's words become a segment (``image:word/media/<name>``) whose character boxes are in the
picture's own pixels. On export each replaced word is painted over with a grey box holding its
pseudonym, and the picture is written back flattened (nothing of the old pixels remains under the
box). A board can instead remove every picture (``images: remove``): each becomes a blank of the
same proportions, so the layout does not move.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import pymupdf
from lxml import etree

from redactor.document import CharBoxes, ImageInfo, Segment
from redactor.docx_package import Package
from redactor.errors import OutputError
from redactor.ocr import DECODE_ERRORS, MIN_IMAGE_PX, OcrError, read_pixmaps, tesseract, words_segment
from redactor.progress import Progress

if TYPE_CHECKING:  # the plan (and the NLP it imports) is not needed to read a draft's pictures
    from redactor.plan import Plan

MEDIA = "word/media/"
WRITABLE = {".png": "png", ".jpeg": "jpeg", ".jpg": "jpeg"}
BLANK = (235, 235, 235)
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"


def media(pkg: Package) -> list[str]:
    """The package's pictures, by part name."""
    return sorted(n for n in pkg.members if n.startswith(MEDIA))


def _pixmap(data: bytes) -> pymupdf.Pixmap | None:
    """The picture decoded, or ``None`` (a vector picture, EMF/WMF, or an unknown format)."""
    try:
        return pymupdf.Pixmap(data)
    except DECODE_ERRORS:
        return None


def read_pictures(pkg: Package, progress: Callable[[Progress], None] | None = None
                  ) -> tuple[list[ImageInfo], list[Segment], list[str]]:
    """List every picture and read the words in each by OCR.

    Returns:
        The pictures, a segment per picture with words, and warnings about pictures not read.
    """
    images: list[ImageInfo] = []
    readable: list[tuple[str, pymupdf.Pixmap]] = []
    warnings: list[str] = []
    for name in media(pkg):
        pix = _pixmap(pkg.members[name])
        base = name.rsplit("/", 1)[-1]
        images.append(ImageInfo(f"image:{name}", f"Word picture {base}", None, None,
                                pix.width if pix else 0, pix.height if pix else 0))
        if pix is None:
            warnings.append(f"{base} is a vector picture (or one Redactor cannot decode): text inside it is not "
                            "inspected")
        elif min(pix.width, pix.height) >= MIN_IMAGE_PX:
            readable.append((f"image:{name}", pix))
    if not readable:
        return images, [], warnings
    if tesseract() is None:
        warnings.append(f"{len(readable)} picture(s) were not read (Tesseract is not installed): text inside them "
                        "is not inspected")
        return images, [], warnings
    results = read_pixmaps(readable, progress)
    segments: list[Segment] = []
    for k, info in enumerate(images):
        if info.id not in results:
            continue
        words, to_pixels, error = results[info.id]
        if words is None:
            warnings.append(f"{info.where}: OCR failed ({error}); text inside it is not inspected")
            continue
        seg = words_segment(words, to_pixels, info.id, "image_text", info.where, None)
        images[k] = ImageInfo(info.id, info.where, None, None, info.width, info.height,
                              "read" if seg.text.strip() else "none")
        if seg.text.strip():
            segments.append(seg)
    return images, segments, warnings


def _boxes(pkg: Package, seg: Segment) -> CharBoxes:
    """The picture's character boxes, read again by OCR when the analysis came from a cache."""
    if seg.boxes is not None:
        return seg.boxes
    name = seg.id.removeprefix("image:")
    pix = _pixmap(pkg.members.get(name, b""))
    if pix is None or tesseract() is None:
        raise OutputError(f"{seg.where} was read by OCR when analysed but cannot be read now; analyse again")
    try:
        words, to_pixels, error = read_pixmaps([(seg.id, pix)])[seg.id]
    except OcrError as exc:
        raise OutputError(f"{seg.where}: {exc}; analyse again") from exc
    fresh = words_segment(words or [], to_pixels, seg.id, seg.kind, seg.where, None)
    if words is None or fresh.text != seg.text or fresh.boxes is None:
        raise OutputError(f"{seg.where} no longer matches its analysis{f' ({error})' if error else ''}; analyse again")
    return fresh.boxes


def paint_pictures(pkg: Package, plan: Plan, pictures: Iterable[Segment]) -> None:
    """Paint each replaced word of each picture over with a grey box holding its pseudonym."""
    from redactor.render_pdf import redact_page  # here: render_pdf -> verify -> load_docx -> this module

    for seg in pictures:
        reps = plan.by_segment.get(seg.id, [])
        name = seg.id.removeprefix("image:")
        if not reps or name not in pkg.members:
            continue
        boxes = _boxes(pkg, seg)
        pix = _pixmap(pkg.members[name])
        assert pix is not None
        doc = pymupdf.open()
        page = doc.new_page(width=pix.width, height=pix.height)  # one point per pixel
        page.insert_image(page.rect, pixmap=pix)
        redact_page(page, boxes, reps, seg.text, shapes=True)  # the pixels under each box go, as on a scan
        flat = page.get_pixmap(alpha=False, colorspace=pymupdf.csRGB if (pix.n - pix.alpha) >= 3 else pymupdf.csGRAY)
        doc.close()
        _replace(pkg, name, flat)


def remove_pictures(pkg: Package) -> list[str]:
    """Replace every picture by a blank of the same size (the board's ``images: remove``).

    Returns:
        The pictures' part names as they were.
    """
    removed = media(pkg)
    for name in removed:
        pix = _pixmap(pkg.members[name])
        w, h = (pix.width, pix.height) if pix is not None else (64, 64)
        scale = min(1.0, 256 / max(w, h))  # a blank needs no resolution: the drawing keeps its size
        blank = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, max(1, round(w * scale)), max(1, round(h * scale))),
                               False)
        blank.set_rect(blank.irect, BLANK)
        _replace(pkg, name, blank)
    return removed


def _replace(pkg: Package, name: str, pix: pymupdf.Pixmap) -> None:
    """Write a picture back in its own format, or as PNG under a new name when it cannot be written as it was."""
    ext = posixpath.splitext(name)[1].lower()
    if ext in WRITABLE:
        pkg.members[name] = pix.tobytes(WRITABLE[ext])
        return
    new = posixpath.splitext(name)[0] + ".png"
    while new in pkg.members:
        new = posixpath.splitext(new)[0] + "_.png"
    del pkg.members[name]
    pkg.members[new] = pix.tobytes("png")
    _retarget(pkg, name, new)


def _retarget(pkg: Package, old: str, new: str) -> None:
    """Point every relationship at ``old`` to ``new`` and declare PNG in the content types."""
    for rels_name, root in pkg.xml.items():
        if not rels_name.endswith(".rels"):
            continue
        owner_dir = posixpath.dirname(posixpath.dirname(rels_name))
        for rel in root:
            target = rel.get("Target") or ""
            if rel.get("TargetMode") != "External" and posixpath.normpath(posixpath.join(owner_dir, target)) == old:
                rel.set("Target", posixpath.relpath(new, owner_dir))
    types = "[Content_Types].xml"
    if types in pkg.members:
        root = pkg.xml.get(types)
        if root is None:
            root = etree.fromstring(pkg.members[types])
            pkg.xml[types] = root
        for override in list(root.iter(_CT + "Override")):
            if (override.get("PartName") or "").lstrip("/") == old:
                root.remove(override)
        if not any((d.get("Extension") or "").lower() == "png" for d in root.iter(_CT + "Default")):
            etree.SubElement(root, _CT + "Default", Extension="png", ContentType="image/png")
