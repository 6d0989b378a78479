"""Verify what OCR read: the written output's pictures are read again, and nothing redacted may be legible."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pymupdf

from redactor.align import PLAIN
from redactor.document import Document
from redactor.errors import OutputError
from redactor.ocr import OcrError, page_texts
from redactor.progress import Progress
from redactor.verify import Checker, Leak, Place


def pages_to_read(document: Document) -> list[int]:
    """Pages whose words came from pictures: scanned pages and pages with pictures that held words."""
    pages = set(document.ocr_pages)
    pages.update(s.page for s in document.of_kind("image_text") if s.page is not None)
    return sorted(pages)


def picture_leaks(output: Path, name: str, document: Document, checker: Checker,
                  progress: Callable[[Progress], None] | None = None) -> list[Leak]:
    """OCR the written PDF's pages that had legible pictures; report any replaced form still legible there.

    Args:
        output: The written PDF (a temporary file).
        name: Its final name, for messages.
        document: The draft, to know which pages were read by OCR.
        checker: The export's checker (replaced forms, identifiers).
        progress: Called per page read.

    Raises:
        OutputError: The draft's pictures were read by OCR but Tesseract cannot run now.
    """
    pages = pages_to_read(document)
    if not pages:
        return []
    try:
        with pymupdf.open(output) as doc:
            texts = page_texts(doc, pages, progress)
    except OcrError as exc:
        raise OutputError(f"the output's pictures cannot be checked by OCR: {exc}") from exc
    places = [Place(f"{name} page {p + 1} (read by OCR)", text, bytearray([PLAIN]) * len(text))
              for p, text in sorted(texts.items())]
    return checker.leaks(places)
