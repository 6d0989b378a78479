"""Identifiers in a Word table's narrow cells, laid out by LibreOffice: each wraps inside its cell ("kelly.okafor35" /
"@outlook.com", "instagram.com" / "/" / "kelly_okafor84", "M8373054521" / "73"), and the PDF export must leave no
piece of any of them."""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf
import pytest

from redactor.cli import main
from redactor.convert import docx_to_pdf, soffice

# Each row's values, as typed into the cells (made up; the e-mail domains are the real ones a family would use).
ROWS = [
    ["@kelly_marsh47", "tiktok.com/@kelly_marsh47", "kelly.okafor35@outlook.com", "M837305452173", "RW 10 15 55 D",
     "07700 900079"],
    ["@tina_okafor69", "instagram.com/kelly_okafor84", "sam.marsh73@hotmail.co.uk", "R648261968882",
     "BR 41 84 10 A", "07700 900519"],
    ["@jo.nowak25", "instagram.com/jo.nowak25", "tina.marsh31@gmail.com", "T924361679703", "NT 37 88 13 A",
     "07700 900620"],
]
# What of each value identifies someone: the handle's name and digits, the address's local part, the number.
PIECES = [re.compile(p) for p in (r"kelly_?marsh\s*4\s*7", r"tina_?okafor\s*6\s*9", r"jo\.?nowak\s*2\s*5",
                                  r"kelly_?okafor\s*8\s*4", r"kelly\.okafor\s*3\s*5", r"sam\.marsh\s*7\s*3",
                                  r"tina\.marsh\s*3\s*1", r"\b73\b", r"\b82\b", r"\b03\b", r"8373054521")]


def _draft(path: Path) -> Path:
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    doc.add_paragraph("Records checked by the police for the review.")
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for cell, head in zip(table.rows[0].cells, ["Social media", "Profile", "Email", "UPN", "NI number", "Phone"],
                          strict=True):
        cell.text = head
    for values in ROWS:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    for row in table.rows:
        for cell, width in zip(row.cells, [1.6, 2.2, 2.2, 1.8, 1.6, 1.6], strict=True):
            cell.width = Cm(width)
            for run in (r for p in cell.paragraphs for r in p.runs):
                run.font.size = Pt(8)
    doc.save(str(path))
    return path


@pytest.mark.skipif(soffice() is None, reason="LibreOffice not installed")
def test_no_piece_of_an_identifier_a_narrow_cell_wraps_is_left(tmp_path: Path) -> None:
    pdf = tmp_path / "draft.pdf"
    docx_to_pdf(_draft(tmp_path / "draft.docx"), pdf)
    with pymupdf.open(pdf) as doc:  # the cells did wrap: the layout this test is about
        assert "kelly.okafor35\n@outlook.com" in doc[0].get_text()
    out = tmp_path / "out.pdf"
    assert main(["redact", str(pdf), "--accept-all", "-o", str(out)]) == 0
    with pymupdf.open(out) as doc:
        text = "".join(page.get_text() for page in doc)
    left = [p.pattern for p in PIECES if p.search(text)]
    assert left == [], text
