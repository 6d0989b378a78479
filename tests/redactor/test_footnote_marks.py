"""A footnote mark raised after a name ("visited Chloe Hartley¹ at home") is no letter of the name.

A PDF page reads the raised digits as superscripts ("Hartley¹"), which Unicode counts as word
characters: the name must still be found, linked, replaced and verified, and the mark left as it was.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from docx import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE

from redactor.forms import FormMatcher
from redactor.load import load
from redactor.pipeline import analyse, export
from tests.redactor.builders import analysis_from_register, register


@pytest.mark.parametrize("text, expected", [
    ("visited Chloe Hartley\u00b9 at home", ["Chloe Hartley"]),
    ("HARTLEY\u00b9\u2076 said", ["HARTLEY"]),
    ("Hartley\u2019s\u00b2 health visitor", ["Hartley"]),
    ("Mr Hartley\u2074,\u2075 attended", ["Hartley"]),
])
def test_a_form_is_found_before_a_footnote_mark(text: str, expected: list[str]) -> None:
    matcher = FormMatcher([("Chloe Hartley", "E1"), ("Hartley", "E1")])
    assert [text[h.start:h.end] for h in matcher.finditer(text)] == expected


def _marked_pdf(path: Path, before: str, mark: str, after: str) -> Path:
    """One line with a footnote mark raised after ``before`` (smaller, above the baseline)."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), before, fontname="helv", fontsize=11)
    x = 72 + pymupdf.get_text_length(before, fontname="helv", fontsize=11)
    page.insert_text((x, 96), mark, fontname="helv", fontsize=6.4)
    x += pymupdf.get_text_length(mark, fontname="helv", fontsize=6.4)
    page.insert_text((x, 100), after, fontname="helv", fontsize=11)
    doc.save(path)
    doc.close()
    return path


@pytest.mark.parametrize("before", ["The social worker visited Chloe Hartley", "HARTLEY", "Chloe"])
def test_a_registered_name_before_a_footnote_mark_is_replaced(tmp_path: Path, before: str) -> None:
    draft = _marked_pdf(tmp_path / "draft.pdf", before, "1", " at home and recorded that the house was cold.")
    reg_path, reg = register(tmp_path)
    assert "\u00b9" in load(draft).segments[0].text  # the page reads the mark as a superscript
    out = tmp_path / "out.pdf"
    export(analysis_from_register(draft, reg, reg_path), out, accept=True)
    text = load(out).segments[0].text
    assert "Hartley" not in text.replace("HARTLEY", "Hartley") and "Chloe" not in text, text
    assert "\u00b9" in text or "1" in text, text  # the mark itself is no part of the name


def _marked_docx(path: Path, before: str, mark: str, after: str, *, style: bool = False) -> Path:
    """One paragraph with a footnote mark typed as a raised run after ``before`` (or in Word's reference style)."""
    doc = DocxDocument()
    p = doc.add_paragraph(before)
    run = p.add_run(mark)
    if style:
        run.style = doc.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    else:
        run.font.superscript = True
    p.add_run(after)
    doc.save(str(path))
    return path


@pytest.mark.parametrize("style", [False, True])
def test_a_raised_mark_in_a_word_draft_is_read_as_a_mark(tmp_path: Path, style: bool) -> None:
    draft = _marked_docx(tmp_path / "draft.docx", "The social worker visited Chloe Hartley", "1",
                         " at home and recorded that the house was cold.", style=style)
    text = next(s.text for s in load(draft).segments if "Hartley" in s.text)
    assert "Hartley\u00b9 at home" in text, text


def test_a_registered_name_before_a_raised_mark_in_a_word_draft_is_replaced(tmp_path: Path) -> None:
    draft = _marked_docx(tmp_path / "draft.docx", "The social worker visited Chloe Hartley", "1",
                         " at home and recorded that the house was cold.")
    reg_path, reg = register(tmp_path)
    out = tmp_path / "out.pdf"
    export(analysis_from_register(draft, reg, reg_path), out, accept=True)
    for written in (out, out.with_suffix(".docx")):
        text = " ".join(s.text for s in load(written).segments if s.kind in ("page", "body"))
        assert "Hartley" not in text and "Child Q" in text, (written.name, text)


def test_a_page_of_marked_names_exports_and_keeps_its_marks(tmp_path: Path) -> None:
    """Once the name before it is gone, a mark may read back as a plain digit: it is the same mark."""
    doc = pymupdf.open()
    page = doc.new_page()
    for n in range(1, 15):
        before = f"Visit {n}: the social worker saw Chloe Hartley"
        y = 60 + 20 * n
        page.insert_text((72, y), before, fontname="helv", fontsize=11)
        x = 72 + pymupdf.get_text_length(before, fontname="helv", fontsize=11)
        page.insert_text((x, y - 4), str(n), fontname="helv", fontsize=6.4)
        x += pymupdf.get_text_length(str(n), fontname="helv", fontsize=6.4)
        page.insert_text((x, y), " at home.", fontname="helv", fontsize=11)
    doc.save(tmp_path / "draft.pdf")
    doc.close()
    reg_path, reg = register(tmp_path)
    out = tmp_path / "out.pdf"
    export(analysis_from_register(tmp_path / "draft.pdf", reg, reg_path), out, accept=True)
    text = load(out).segments[0].text
    assert "Hartley" not in text and text.count("Child Q") == 14, text


@pytest.mark.parametrize("before, value", [
    ("Her NHS number is 943 476 5919", "943 476 5919"),
    ("The crime reference was CRIS 1234567/14", "1234567/14"),
    ("Child Q's date of birth is 04/03/2012", "04/03/2012"),
])
def test_an_identifier_before_a_raised_mark_in_a_word_draft_is_found(tmp_path: Path, before: str, value: str) -> None:
    """The mark's digit is no digit of the value ("04/03/2012" and "5", not "04/03/20125")."""
    draft = _marked_docx(tmp_path / "draft.docx", before, "5", " as recorded.")
    result = export(analyse(draft), tmp_path / "out.pdf", accept=True)
    text = " ".join(s.text for s in load(result.outputs[1]).segments if s.kind == "body")
    assert value not in text and "\u2075" in text, text
