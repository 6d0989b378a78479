"""A PDF draft's pages for display: sizes, rendered images and character boxes (read-only, UI thread)."""

from __future__ import annotations

from pathlib import Path

import pymupdf
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

from redactor.document import CharBoxes
from redactor.load_pdf import open_pdf, page_segment


class PdfPages:
    """An open PDF: page sizes in points, page images at any scale, and the text layout of each page.

    The character boxes come from the engine's own page loader, so a mention's offsets map to
    exactly the characters the engine analysed.

    Raises:
        InputError: The file is not a readable PDF.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._doc = open_pdf(path)
        self.sizes = [QSizeF(p.rect.width, p.rect.height) for p in self._doc]
        self._boxes: dict[int, CharBoxes | None] = {}

    def __len__(self) -> int:
        return len(self.sizes)

    def render(self, page: int, scale: float) -> QImage:
        """The page as an image, ``scale`` pixels per point."""
        pix = self._doc[page].get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False)
        image = QImage(pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888)
        return image.copy()  # own the pixels: ``pix`` is freed when this returns

    def boxes(self, page: int) -> CharBoxes | None:
        """Character boxes of the page text, as the engine reads it (cached)."""
        if page not in self._boxes:
            self._boxes[page] = page_segment(self._doc[page]).boxes
        return self._boxes[page]

    def close(self) -> None:
        """Release the file."""
        self._doc.close()
