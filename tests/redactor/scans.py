"""Build awkward PDFs for tests: scanned pages (rasterised text pages), text drawn as shapes, word pictures."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pymupdf
import pytest

from redactor.ocr import tesseract

needs_tesseract = pytest.mark.skipif(tesseract() is None, reason="Tesseract (tesseract-ocr, tesseract-ocr-eng) "
                                                                  "is not installed")

LETTER = ["Westbridge Children's Services", "", "Dear Ms Hartley,",
          "I am writing about your daughter Chloe Hartley.", "She lives at 14 Mossbank Terrace, Oldham OL4 2RW.",
          "Yours sincerely,", "Duty Team"]


def text_pdf(path: Path, pages: list[list[str]], size: float = 13) -> Path:
    """A PDF with the given lines on each page (Helvetica, large enough to scan cleanly)."""
    doc = pymupdf.open()
    for lines in pages:
        page = doc.new_page()
        for i, line in enumerate(lines):
            page.insert_text((72, 90 + 1.6 * size * i), line, fontname="helv", fontsize=size)
    doc.save(path)
    doc.close()
    return path


def rasterise(src: Path, out: Path, pages: set[int] | None = None, dpi: int = 150) -> Path:
    """Replace the given pages (all if None) by greyscale images of themselves: a scanner's output."""
    with pymupdf.open(src) as doc, pymupdf.open() as scanned:
        for page in doc:
            if pages is not None and page.number not in pages:
                scanned.insert_pdf(doc, from_page=page.number, to_page=page.number)
                continue
            pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
            new = scanned.new_page(width=page.rect.width, height=page.rect.height)
            new.insert_image(new.rect, stream=pix.tobytes("jpeg", jpg_quality=80))
        scanned.save(out)
    return out


def outlined(src: Path, out: Path) -> Path:
    """The PDF with every glyph drawn as a vector outline (no text layer), as some exporters write it."""
    with pymupdf.open(src) as doc, pymupdf.open() as shapes:
        for page in doc:
            svg = page.get_svg_image(text_as_path=True)
            with pymupdf.open("svg", svg.encode()) as pic:
                pdf_bytes = pic.convert_to_pdf()
            with pymupdf.open("pdf", pdf_bytes) as one:
                shapes.insert_pdf(one)
        shapes.save(out)
    return out


def word_picture(text: str, width: int = 900, height: int = 160) -> pymupdf.Pixmap:
    """A greyscale picture with ``text`` written in it (a signature block, a genogram label)."""
    tmp = pymupdf.open()
    page = tmp.new_page(width=width / 3, height=height / 3)
    page.insert_text((6, height / 6 + 4), text, fontname="helv", fontsize=14)
    pix = page.get_pixmap(dpi=216, colorspace=pymupdf.csGRAY)
    tmp.close()
    return pix


def fake_tesseract(folder: Path, *, fail: bool) -> Path:
    """A ``tesseract`` stand-in on a PATH of its own: lists English, then fails (or hangs up) on reading."""
    folder.mkdir(parents=True, exist_ok=True)
    exe = folder / "tesseract"
    body = 'echo "boom: cannot read" >&2; exit 3' if fail else "cat >/dev/null; exit 0"
    exe.write_text('#!/bin/sh\nif [ "$1" = "--list-langs" ]; then printf \'List of available languages '
                   f'in "/x/" (1):\\neng\\n\'; exit 0; fi\n{body}\n')
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return folder


def path_without_tesseract(tmp: Path) -> str:
    """A PATH with the system folders, but where no ``tesseract`` can be found."""
    bin_dir = tmp / "bin-no-tesseract"
    bin_dir.mkdir(exist_ok=True)
    for name in ("soffice", "libreoffice", "pdftoppm"):
        for folder in os.environ.get("PATH", "").split(os.pathsep):
            exe = Path(folder) / name
            if exe.exists() and not (bin_dir / name).exists():
                (bin_dir / name).symlink_to(exe)
    return str(bin_dir)
