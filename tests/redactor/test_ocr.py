"""Scanned pages, text drawn as shapes and words inside pictures: read by OCR, analysed and truly redacted."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactor import case as case_module
from redactor import pipeline
from redactor.case import Case
from redactor.cli import main
from redactor.load import load, sha256_file
from redactor.ocr import needs_ocr, page_list, page_texts, parse_tsv
from redactor.pipeline import analyse, export
from redactor.progress import Progress
from redactor.register import Register
from redactor.unread import UnreadPagesError, covers
from tests.redactor.builders import StubAnalyzer
from tests.redactor.scans import (
    LETTER,
    fake_tesseract,
    needs_tesseract,
    outlined,
    path_without_tesseract,
    rasterise,
    text_pdf,
    word_picture,
)

INTRO = ["Child Safeguarding Practice Review", "This review concerns Chloe Hartley and her family.",
         "The panel met in May 2021."]


def _register(tmp: Path) -> Path:
    """The reviewer's register: the child, her address and postcode."""
    path = tmp / "register.yaml"
    Register.from_dict({"entities": [
        {"name": "Chloe Hartley", "type": "PERSON", "pseudonym": "Child Q", "variants": ["Chloe", "Ms Hartley"]},
        {"name": "14 Mossbank Terrace", "type": "LOCATION", "pseudonym": "[redacted]"},
        {"name": "OL4 2RW", "type": "IDENTIFIER", "pseudonym": "[redacted]"},
    ], "keep": ["Westbridge"]}).save(path)
    return path


def _draft_with_scanned_letter(tmp: Path) -> Path:
    """Two text pages, the last a scanned letter naming the child and giving her address."""
    text = text_pdf(tmp / "typed.pdf", [INTRO, LETTER])
    return rasterise(text, tmp / "draft.pdf", pages={1})


def _ocr_text(path: Path, page: int) -> str:
    with pymupdf.open(path) as doc:
        return page_texts(doc, [page])[page]


def _ink(path: Path, words: str) -> pymupdf.Rect:
    """The box of the dark pixels of ``words`` on the first page (finer than the font's box)."""
    zoom = 8
    with pymupdf.open(path) as doc:
        area = doc[0].search_for(words)[0]
        pix = doc[0].get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), clip=area, colorspace=pymupdf.csGRAY)
    dark = [(i % pix.width, i // pix.width) for i, v in enumerate(pix.samples) if v < 128]
    xs, ys = [x for x, _ in dark], [y for _, y in dark]
    return pymupdf.Rect(area.x0 + min(xs) / zoom, area.y0 + min(ys) / zoom,
                        area.x0 + (max(xs) + 1) / zoom, area.y0 + (max(ys) + 1) / zoom)


@pytest.fixture()
def stub_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's NLP is a stub: these tests are about reading pictures, not detection."""
    monkeypatch.setattr(pipeline, "Analyzer", lambda: StubAnalyzer([]))
    monkeypatch.setattr(case_module, "Analyzer", lambda: StubAnalyzer([]))


def test_parse_tsv_words_with_their_line_boxes() -> None:
    tsv = ("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
           "4\t1\t1\t1\t1\t0\t10\t20\t200\t30\t-1\t\n"
           "5\t1\t1\t1\t1\t1\t10\t25\t80\t20\t95.5\tChloe\n"
           "5\t1\t1\t1\t1\t2\t100\t22\t110\t28\t91\tHartley\n"
           "5\t1\t1\t1\t1\t3\t215\t22\t5\t28\t10\t \n")
    words = parse_tsv(tsv)
    assert [w.text for w in words] == ["Chloe", "Hartley"]
    assert words[0].box == (10, 25, 90, 45) and words[0].line_box == (10, 20, 210, 50)


def test_page_list_collapses_runs() -> None:
    assert page_list([0, 2, 3, 4, 9]) == "1, 3-5, 10"


def test_covers_checks_the_union_of_areas() -> None:
    assert covers([(0, 0, 60, 100), (50, 0, 100, 100)], (10, 10, 90, 90))
    assert not covers([(0, 0, 60, 100), (70, 0, 100, 100)], (10, 10, 90, 90))


def test_pages_without_usable_text_layer_are_detected(tmp_path: Path) -> None:
    typed = text_pdf(tmp_path / "t.pdf", [INTRO, LETTER, []])
    scanned = rasterise(typed, tmp_path / "s.pdf", pages={1})
    shapes = outlined(typed, tmp_path / "o.pdf")
    with pymupdf.open(scanned) as doc:
        assert [needs_ocr(p, p.get_text()) for p in doc] == [False, True, False]  # text, scan, blank
    with pymupdf.open(shapes) as doc:
        assert doc[0].get_text().strip() == ""
        assert [needs_ocr(p, p.get_text()) for p in doc] == [True, True, False]


@needs_tesseract
def test_scanned_page_is_read_with_word_boxes_over_the_ink(tmp_path: Path) -> None:
    typed = text_pdf(tmp_path / "t.pdf", [LETTER])
    scanned = rasterise(typed, tmp_path / "s.pdf")
    steps: list[Progress] = []
    doc = load(scanned, progress=steps.append)
    assert doc.ocr_pages == (0,) and doc.unread_pages == ()
    assert steps[-1] == Progress(1, 1, "reading pictures (OCR)")
    assert next(doc.of_kind("page")).text == ""  # the text layer: none
    page = doc.segment("ocr:0")  # the words read, with boxes on the page
    assert page.kind == "image_text" and page.page == 0 and page.where == "page 1 (scanned, read by OCR)"
    assert "Chloe Hartley" in page.text and "14 Mossbank Terrace" in page.text
    assert [i.text for i in doc.images] == ["read"]
    ink = _ink(typed, "Chloe Hartley")
    i = page.text.index("Chloe Hartley")
    assert page.boxes is not None
    (rect, _), = page.boxes.line_rects(i, i + len("Chloe Hartley"))
    found = pymupdf.Rect(rect)
    assert found.contains(ink), (found, ink)  # covers the ink ...
    assert found.width < ink.width * 1.2 and found.height < ink.height * 1.8  # ... and not much more


@needs_tesseract
def test_redact_removes_name_and_address_from_scanned_last_page(tmp_path: Path, stub_engine: None,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Acceptance: the scanned letter's name and address are gone, checked by OCR of the output page."""
    draft = _draft_with_scanned_letter(tmp_path)
    before = sha256_file(draft)
    out = tmp_path / "out.pdf"
    assert main(["redact", str(draft), "--register", str(_register(tmp_path)), "--accept-all",
                 "-o", str(out)]) == 0, capsys.readouterr().err
    seen = _ocr_text(out, 1)
    for gone in ("Chloe", "Hartley", "Mossbank", "OL4"):
        assert gone not in seen, seen
    assert "Child Q" in seen and "Westbridge" in seen and "Duty Team" in seen  # the rest is still legible
    with pymupdf.open(out) as doc:
        assert "Chloe" not in doc[0].get_text() and "Child Q" in doc[0].get_text()
    assert sha256_file(draft) == before


@needs_tesseract
def test_export_fails_when_a_redacted_word_is_still_legible(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Verification reads the output's pictures again: a scanned name left legible fails the export."""
    from redactor import render_pdf
    from redactor.errors import LeakError

    draft = _draft_with_scanned_letter(tmp_path)
    analysis = analyse(draft, _register(tmp_path), analyzer=StubAnalyzer([]))  # type: ignore[arg-type]
    real = render_pdf.redact_page
    monkeypatch.setattr(render_pdf, "redact_page", lambda page, boxes, reps, text=None, shapes=False:
                        real(page, boxes, reps, text, shapes=shapes) if page.number == 0
                        else render_pdf.PageRecord([], [], []))  # page 2 "forgotten"
    with pytest.raises(LeakError) as err:
        export(analysis, tmp_path / "out.pdf", accept=True)
    assert "page 2 (read by OCR)" in str(err.value) and "Chloe Hartley" in str(err.value)
    assert not (tmp_path / "out.pdf").exists()


@needs_tesseract
def test_text_drawn_as_shapes_is_read_and_removed(tmp_path: Path) -> None:
    typed = text_pdf(tmp_path / "t.pdf", [LETTER])
    shapes = outlined(typed, tmp_path / "shapes.pdf")
    analysis = analyse(shapes, _register(tmp_path), analyzer=StubAnalyzer([]))  # type: ignore[arg-type]
    assert analysis.document.ocr_pages == (0,)
    result = export(analysis, tmp_path / "out.pdf", accept=True)
    seen = _ocr_text(result.outputs[0], 0)
    assert "Chloe" not in seen and "Mossbank" not in seen and "Duty Team" in seen


@needs_tesseract
def test_words_inside_a_picture_on_a_text_page_are_read_and_redacted(tmp_path: Path) -> None:
    draft = tmp_path / "draft.pdf"
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 80), "Genogram of the family (figure 1):", fontname="helv", fontsize=12)
    page.insert_image(pymupdf.Rect(72, 100, 372, 153), pixmap=word_picture("Chloe Hartley, aged 7"))
    page.insert_text((72, 200), "The panel met in May 2021.", fontname="helv", fontsize=12)
    doc.save(draft)
    doc.close()
    analysis = analyse(draft, _register(tmp_path), analyzer=StubAnalyzer([]))  # type: ignore[arg-type]
    document = analysis.document
    assert document.ocr_pages == ()
    (image,) = document.images
    assert image.where == "page 1 picture 1" and image.text == "read" and image.page == 0
    assert image.rect is not None and pymupdf.Rect(image.rect) in pymupdf.Rect(72, 100, 372, 153)
    picture = document.segment("image:0:0")
    assert picture.kind == "image_text" and "Chloe Hartley" in picture.text
    result = export(analysis, tmp_path / "out.pdf", accept=True)
    seen = _ocr_text(result.outputs[0], 0)
    assert "Chloe" not in seen and "Hartley" not in seen and "aged 7" in seen and "Genogram" in seen


def test_without_tesseract_scanned_page_needs_manual_review(tmp_path: Path, stub_engine: None,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Acceptance: with Tesseract hidden from PATH, redact refuses and names the page."""
    draft = _draft_with_scanned_letter(tmp_path)
    monkeypatch.setenv("PATH", path_without_tesseract(tmp_path))
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    out = tmp_path / "out.pdf"
    base = ["redact", str(draft), "--register", str(_register(tmp_path)), "--accept-all", "-o", str(out)]
    assert main(["analyze", str(draft)]) == 0
    printed = capsys.readouterr().out
    assert "NEEDS MANUAL REVIEW: page(s) 2 have no text layer" in printed
    assert main(base) == 2
    err = capsys.readouterr().err
    assert "page(s) 2 have no text layer and were not read by OCR" in err and "\n" not in err.strip()
    assert not out.exists()
    assert main([*base, "--reviewed-pages", "2"]) == 0
    assert main([*base, "--redact-pages", "2", "--force"]) == 0
    with pymupdf.open(out) as doc:
        assert doc[1].get_images() == [] and doc[1].get_text().strip() == ""  # the letter is gone ...
        pix = doc[1].get_pixmap(dpi=20, colorspace=pymupdf.csGRAY)
    assert sum(v > 40 for v in pix.samples) < 0.02 * len(pix.samples)  # ... under one black box


def test_unread_page_partly_covered_by_areas_is_still_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from redactor.plan import AreaRedaction

    draft = _draft_with_scanned_letter(tmp_path)
    monkeypatch.setenv("PATH", path_without_tesseract(tmp_path))
    analysis = analyse(draft, _register(tmp_path), analyzer=StubAnalyzer([]))  # type: ignore[arg-type]
    assert analysis.document.unread_pages == (1,)
    analysis.areas.append(AreaRedaction("A1", 1, (0, 0, 595, 400)))
    with pytest.raises(UnreadPagesError) as err:
        export(analysis, tmp_path / "out.pdf", accept=True)
    assert err.value.pages == [2]
    analysis.areas.append(AreaRedaction("A2", 1, (0, 390, 595, 842)))
    export(analysis, tmp_path / "out.pdf", accept=True)


def test_ocr_failure_leaves_the_page_for_manual_review(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draft = _draft_with_scanned_letter(tmp_path)
    monkeypatch.setenv("PATH", str(fake_tesseract(tmp_path / "bin", fail=True)))
    doc = load(draft)
    assert doc.unread_pages == (1,) and doc.ocr_pages == ()
    assert any("page 2: OCR failed (Tesseract failed (boom: cannot read))" in w for w in doc.warnings)


@needs_tesseract
def test_cached_analysis_of_a_scanned_page_exports(tmp_path: Path) -> None:
    draft = _draft_with_scanned_letter(tmp_path)
    case = Case.create(tmp_path / "case", register_path=_register(tmp_path), analyzer=StubAnalyzer([]))
    first = case.analyse(draft)
    assert first.document.ocr_pages == (1,)
    case.close()
    again = Case.open(tmp_path / "case", analyzer=StubAnalyzer([]))
    analysis = again.analyse(draft)  # from the cache: no character boxes, read again on export
    assert analysis.document.ocr_pages == (1,) and analysis.document.segment("ocr:1").boxes is None
    preview = again.preview_page(analysis, 1, zoom=0.5)
    assert preview.startswith(b"\x89PNG")
    result = again.export(analysis, tmp_path / "out.pdf", accept_all=True)
    again.close()
    assert "Chloe" not in _ocr_text(result.outputs[0], 1)


def test_scanned_fixture_is_read_or_listed_for_review(fixtures: Path) -> None:
    from redactor.ocr import tesseract

    doc = load(fixtures / "scanned.pdf")
    if tesseract() is None:
        assert doc.unread_pages == (0, 1) and doc.ocr_pages == ()
    else:
        assert doc.ocr_pages == (0, 1) and "Aaliyah" in doc.segment("ocr:0").text
