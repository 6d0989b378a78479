"""Plain text typeset to PDF: wrapped to the page, paginated, text extractable unchanged."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactor.render_text import text_to_pdf, text_width, wrap


@pytest.mark.parametrize("line", ["", "short", "word " * 60, "x" * 400, "a\tb\tc " * 30])
def test_wrap_fits_and_keeps_every_word(line: str) -> None:
    lines = wrap(line, 300)
    assert all(text_width(part) <= 300 for part in lines)
    assert "".join(lines).replace(" ", "") == line.replace(" ", "")


def test_pdf_text_round_trips_without_ligatures(tmp_path: Path) -> None:
    text = "Confidential: the office staff\tfiled it.\n" * 200
    out = tmp_path / "t.pdf"
    text_to_pdf(text, out, title="T")
    with pymupdf.open(out) as doc:
        assert doc.page_count > 1
        got = " ".join(" ".join(p.get_text() for p in doc).split())
        assert doc.metadata["title"] == "T"
    assert "\ufb01" not in got and got.count("Confidential: the office staff filed it.") == 200


@pytest.mark.parametrize("text, expected", [
    ("3\tMarch 2014\tthe health visitor", "3\tMarch 2014\tthe health visitor"),  # cells stay cells
    # four cells or more: a tab's gap is the same everywhere, and still the cells stay cells
    *[(row, row) for row in ["21\tFebruary 2018\tOfsted\tIn February 2018, she was seen"]],
    ("\tMarch 2014\t\tseen", "March 2014\tseen"),  # empty cells leave only a gap
    ("3 March 2014 the health visitor", "3 March 2014 the health visitor"),  # no tab: one line of words
])
def test_table_cells_read_back_as_cells(tmp_path: Path, text: str, expected: str) -> None:
    from redactor.load_pdf import page_segment

    out = tmp_path / "t.pdf"
    text_to_pdf(text + "\n", out)
    with pymupdf.open(out) as doc:
        assert page_segment(doc[0]).text == expected
