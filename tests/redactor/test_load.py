"""Loading drafts: one document model for PDF, DOCX and TXT, and clear errors for bad input."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactor.errors import InputError
from redactor.load import load
from redactor.load_pdf import page_segment


@pytest.mark.parametrize("name, message", [
    ("encrypted.pdf", "password-protected"),
    ("corrupt.pdf", "not a readable PDF"),
    ("empty.pdf", "contains no text"),
    ("not_a_docx.docx", "not a readable Word"),
    ("corrupt.docx", "word/document.xml is missing"),
    ("empty.txt", "empty"),
    ("binary.txt", "binary"),
    ("missing.pdf", "no such file"),
])
def test_bad_input_gives_one_line_reason(fixtures: Path, name: str, message: str) -> None:
    with pytest.raises(InputError) as err:
        load(fixtures / name)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_unsupported_type(tmp_path: Path) -> None:
    p = tmp_path / "draft.odt"
    p.write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match="unsupported file type"):
        load(p)


def test_pdf_pages_have_character_boxes(fixtures: Path) -> None:
    doc = load(fixtures / "sample_draft.pdf")
    pages = list(doc.of_kind("page"))
    assert len(pages) == doc.page_count > 1
    with pymupdf.open(fixtures / "sample_draft.pdf") as pdf:
        first = page_segment(pdf[0])
    assert first.text == pages[0].text
    assert first.boxes is not None and len(first.boxes) == len(first.text)
    i = first.text.index("Aaliyah")
    box = first.boxes.box(i)
    assert box is not None and box[2] > box[0]


def test_pdf_containers_are_loaded(fixtures: Path) -> None:
    kinds = {s.kind for s in load(fixtures / "sample_draft.pdf").segments}
    assert {"page", "metadata", "annotation", "bookmark", "form_field", "embedded_file", "link"} <= kinds


def test_docx_reaches_every_story_and_property(fixtures: Path) -> None:
    doc = load(fixtures / "sample_draft.docx")
    by_kind: dict[str, str] = {}
    for s in doc.segments:
        by_kind[s.kind] = by_kind.get(s.kind, "") + "\n" + s.text
    assert "Aaliyah Okafor" in by_kind["header"]
    assert "Nasreen Akhtar" in by_kind["footnote"]
    assert "Grace Okafor" in by_kind["comment"]
    assert "Chinedu Eze" in by_kind["revision"]  # tracked deletion, found before it is removed
    assert "mailto:" in by_kind["link"]
    assert "Aaliyah Okafor" in by_kind["alt_text"]
    assert "Nasreen Akhtar" in by_kind["metadata"]  # lastModifiedBy
    assert "604218" in by_kind["metadata"]  # custom property / document variable
    assert "Tomasz" in by_kind["body"]  # text box content


def test_docx_tracked_deletion_not_in_body(fixtures: Path) -> None:
    doc = load(fixtures / "sample_draft.docx")
    para = next(s for s in doc.of_kind("body") if s.text.startswith("3.3"))
    assert "In 2016 Aaliyah's father mo" in para.text  # deletion gone, insertion kept


@pytest.mark.parametrize("name, expected", [
    ("sample_draft_cp1252.txt", "Zoë"),
    ("sample_draft_utf16.txt", "\u0141ukasz"),
    ("sample_draft.txt", "Aaliyah"),
])
def test_text_encodings(fixtures: Path, name: str, expected: str) -> None:
    doc = load(fixtures / name)
    assert expected in doc.segments[0].text
    assert "\r" not in doc.segments[0].text


def test_source_is_never_modified(fixtures: Path, tmp_path: Path) -> None:
    from redactor.load import sha256_file

    before = {p.name: sha256_file(p) for p in fixtures.glob("sample_draft.*")}
    for p in fixtures.glob("sample_draft.*"):
        load(p)
    assert before == {p.name: sha256_file(p) for p in fixtures.glob("sample_draft.*")}


def test_a_loaded_pdf_keeps_character_boxes_for_table_pages_and_within_a_budget(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Boxes (about 100 KB a page) stay loaded for table pages, and for other pages while a fixed budget
    of characters lasts; later pages' boxes are read again page by page on export, so memory stops
    growing with the page count."""
    import redactor.load_pdf

    monkeypatch.setattr(redactor.load_pdf, "KEPT_BOX_CHARS", 40)
    pdf = pymupdf.open()
    for line in ("Chloe Hartley was seen at home.", "Her mother was not there that day."):
        pdf.new_page().insert_text((72, 72), line, fontsize=11)
    table = pdf.new_page()
    for x, cell in ((72, "Name"), (250, "NHS number")):
        table.insert_text((x, 72), cell, fontsize=11)
    pdf.save(tmp_path / "d.pdf")
    first, second, rows = load(tmp_path / "d.pdf").of_kind("page")
    assert first.boxes is not None and len(first.boxes) == len(first.text)  # within the budget
    assert second.boxes is None  # over it
    assert "\t" in rows.text and rows.boxes is not None and len(rows.boxes) == len(rows.text)


def test_a_pdf_cut_short_says_so(tmp_path: Path, fixtures: Path) -> None:
    """A truncated download: MuPDF repairs it and finds no page; the user is told the file is damaged."""
    data = (fixtures / "sample_draft.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 3])
    with pytest.raises(InputError, match=r"damaged or cut short .* get the file again"):
        load(cut)


def _blocks_pdf(blocks: list[tuple[float, float, list[str]]]) -> pymupdf.Page:
    """A page with each ``(x, y, lines)`` written as lines one under another from ``(x, y)`` (PyMuPDF reads
    text far apart as blocks of their own)."""
    doc = pymupdf.open()
    page = doc.new_page()
    for x, y, lines in blocks:
        for n, line in enumerate(lines):
            page.insert_text((x, y + 11 * n), line, fontname="helv", fontsize=9)
    return page


@pytest.mark.parametrize("blocks, expected", [
    # a row whose cells are blocks of their own: the next cell starts beside the last one, a tab between
    ([(72, 100, ["109"]), (110, 100, ["the Designated", "Nurse"]), (250, 100, ["Laura Kipchumba", "made a visit"])],
     "109\tthe Designated Nurse\tLaura Kipchumba made a visit"),
    ([(110, 100, ["the Designated", "Nurse", "Team"]), (250, 100, ["Laura Kipchumba"])],
     "Team\tLaura Kipchumba"),
    # a second column of text beside a long first one, or a block below: a new line
    ([(72, 100, [f"Line {n} of the left column" for n in range(20)]), (320, 100, ["Right column starts"])],
     "Line 19 of the left column\nRight column starts"),
    ([(110, 100, ["the Designated", "Nurse"]), (110, 140, ["Laura Kipchumba"])], "Nurse\nLaura Kipchumba"),
])
def test_a_table_cell_written_as_a_block_of_its_own_is_the_next_cell(blocks: list[tuple[float, float, list[str]]],
                                                                     expected: str) -> None:
    assert expected in page_segment(_blocks_pdf(blocks)).text
