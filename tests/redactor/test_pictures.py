"""Pictures in PDF and Word drafts: listed, words in them redacted, whole or part covered, or all removed."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pymupdf
import pytest
from docx import Document as DocxDocument
from docx.shared import Cm

from redactor import pipeline
from redactor.board import BoardConfig, BoardConfigError
from redactor.case import Case
from redactor.load import load
from redactor.ocr import page_texts
from redactor.pipeline import analyse, export
from tests.redactor.builders import StubAnalyzer, register
from tests.redactor.scans import needs_tesseract, word_picture


def _board(tmp: Path, images: str) -> BoardConfig:
    path = tmp / "board.yaml"
    path.write_text(f"images: {images}\n", encoding="utf-8")
    return BoardConfig.load(path)


def _pdf_with_picture(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 80), "Genogram of the family (figure 1):", fontname="helv", fontsize=12)
    page.insert_image(pymupdf.Rect(72, 100, 372, 153), pixmap=word_picture("Chloe Hartley, aged 7"))
    page.insert_text((72, 200), "The panel met in May 2021.", fontname="helv", fontsize=12)
    doc.save(path)
    doc.close()
    return path


def _docx_with_pictures(path: Path, formats: tuple[str, ...] = ("png", "jpeg")) -> Path:
    d = DocxDocument()
    d.add_paragraph("The family's genogram:")
    for fmt in formats:
        pix = word_picture(f"Chloe Hartley {fmt}")
        data = pix.tobytes(fmt) if fmt != "bmp" else _bmp(pix)
        d.add_picture(io.BytesIO(data), width=Cm(10))
    d.add_paragraph("The panel met in May 2021.")
    d.save(str(path))
    return path


def _bmp(pix: pymupdf.Pixmap) -> bytes:
    """A 24-bit BMP (a format Redactor can read but not write back)."""
    import struct

    rgb = pymupdf.Pixmap(pymupdf.csRGB, pix) if pix.n != 3 else pix
    w, h, samples = rgb.width, rgb.height, rgb.samples
    pad = b"\0" * ((-3 * w) % 4)
    rows = bytearray()
    for y in range(h - 1, -1, -1):
        line = samples[y * w * 3:(y + 1) * w * 3]
        bgr = bytearray(len(line))
        bgr[0::3], bgr[1::3], bgr[2::3] = line[2::3], line[1::3], line[0::3]
        rows += bgr + pad
    header = b"BM" + struct.pack("<IHHI", 54 + len(rows), 0, 0, 54)
    return header + struct.pack("<IiiHHIIiiII", 40, w, h, 1, 24, 0, len(rows), 2835, 2835, 0, 0) + bytes(rows)


def _media(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist() if n.startswith("word/media/")}


def _ocr(data: bytes) -> str:
    pic = pymupdf.open()
    pix = pymupdf.Pixmap(data)
    page = pic.new_page(width=pix.width, height=pix.height)
    page.insert_image(page.rect, pixmap=pix)
    return page_texts(pic, [0])[0]


def test_board_images_setting(tmp_path: Path) -> None:
    assert BoardConfig().images == "keep"
    assert _board(tmp_path, "remove").images == "remove"
    with pytest.raises(BoardConfigError, match="images must be one of keep, remove"):
        _board(tmp_path, "blur")


def test_pictures_are_listed_per_page_in_the_analysis(tmp_path: Path) -> None:
    from redactor.report import analysis_json, analysis_summary

    analysis = analyse(_pdf_with_picture(tmp_path / "d.pdf"), analyzer=StubAnalyzer([]))  # type: ignore[arg-type]
    (image,) = analysis.document.images
    assert image.page == 0 and image.width > 0 and image.rect is not None
    listed = analysis_json(analysis)["images"]
    assert listed[0]["page"] == 1 and listed[0]["where"] == "page 1 picture 1" and len(listed[0]["rect"]) == 4
    assert "pictures on page 1: " in analysis_summary(analysis)


def test_board_removes_every_picture_from_a_pdf(tmp_path: Path) -> None:
    draft = _pdf_with_picture(tmp_path / "d.pdf")
    analysis = analyse(draft, register(tmp_path)[0], board=_board(tmp_path, "remove"),
                       analyzer=StubAnalyzer([]))  # type: ignore[arg-type]
    assert analysis.remove_images
    result = export(analysis, tmp_path / "out.pdf", accept=True)
    with pymupdf.open(result.outputs[0]) as doc:
        assert doc[0].get_images() == []
        assert "Genogram of the family" in doc[0].get_text()  # the text around it stays


def test_reviewer_covers_a_whole_picture_with_an_area(tmp_path: Path) -> None:
    draft = _pdf_with_picture(tmp_path / "d.pdf")
    case = Case.create(tmp_path / "case", register_path=register(tmp_path)[0], analyzer=StubAnalyzer([]))
    analysis = case.analyse(draft)
    (image,) = analysis.document.images
    assert image.rect is not None
    case.redact_area(analysis, image.page or 0, image.rect)
    result = case.export(analysis, tmp_path / "out.pdf", accept_all=True)  # verify_areas checks the pixels
    case.close()
    with pymupdf.open(result.outputs[0]) as doc:
        pix = doc[0].get_pixmap(clip=pymupdf.Rect(image.rect) + pymupdf.Rect(2, 2, -2, -2), colorspace=pymupdf.csGRAY)
    assert max(pix.samples) < 40  # black all over


def test_area_over_a_replaced_name_exports(tmp_path: Path) -> None:
    """An area drawn over a pseudonym box takes the box with it; verification expects that."""
    from tests.redactor.builders import make_pdf_pages

    draft = make_pdf_pages(tmp_path / "d.pdf", [["Chloe Hartley lived in Westbridge."]])
    case = Case.create(tmp_path / "case", register_path=register(tmp_path)[0], analyzer=StubAnalyzer([]))
    analysis = case.analyse(draft)
    case.redact_area(analysis, 0, (60, 55, 300, 80))
    result = case.export(analysis, tmp_path / "out.pdf", accept_all=True)
    case.close()
    with pymupdf.open(result.outputs[0]) as doc:
        assert "Chloe" not in doc[0].get_text() and "Child Q" not in doc[0].get_text()


@needs_tesseract
def test_words_in_word_pictures_are_read_and_painted_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "soffice", lambda: None)
    draft = _docx_with_pictures(tmp_path / "d.docx", ("png", "jpeg", "bmp"))
    doc = load(draft)
    assert [i.text for i in doc.images] == ["read", "read", "read"]
    pictures = list(doc.of_kind("image_text"))
    assert len(pictures) == 3 and all("Chloe Hartley" in p.text for p in pictures)
    assert pictures[0].where.startswith("Word picture image") and pictures[0].page is None
    result = export(analyse(draft, register(tmp_path)[0], analyzer=StubAnalyzer([])),  # type: ignore[arg-type]
                    tmp_path / "out.pdf", accept=True)
    out = next(p for p in result.outputs if p.suffix == ".docx")
    media = _media(out)
    assert len(media) == 3 and all(n.endswith((".png", ".jpeg", ".jpg")) for n in media)  # the BMP became a PNG
    for name, data in media.items():
        seen = _ocr(data)
        assert "Chloe" not in seen and "Hartley" not in seen, (name, seen)
        assert "Child Q" in seen or "Child" in seen
    DocxDocument(str(out))  # the renamed picture is still found by Word's relationships


def test_board_removes_every_word_picture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "soffice", lambda: None)
    draft = _docx_with_pictures(tmp_path / "d.docx", ("png", "bmp"))
    analysis = analyse(draft, register(tmp_path)[0], board=_board(tmp_path, "remove"),
                       analyzer=StubAnalyzer([]))  # type: ignore[arg-type]
    result = export(analysis, tmp_path / "out.pdf", accept=True)
    out = next(p for p in result.outputs if p.suffix == ".docx")
    for data in _media(out).values():
        pix = pymupdf.Pixmap(data)
        assert set(pix.samples) == {235}  # blank
    DocxDocument(str(out))


def test_vector_and_broken_pictures_are_noted_not_read(tmp_path: Path) -> None:
    draft = _docx_with_pictures(tmp_path / "d.docx", ("png",))
    with zipfile.ZipFile(draft) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    members["word/media/diagram.emf"] = b"\x01\x00\x00\x00 not really an EMF"
    with zipfile.ZipFile(draft, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    doc = load(draft)
    emf = next(i for i in doc.images if i.id.endswith("diagram.emf"))
    assert emf.text == "not read"
    assert any("diagram.emf is a vector picture" in w for w in doc.warnings)
