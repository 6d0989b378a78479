"""Hiding places (outline titles, metadata): a replaced form is looked for there whatever its case.

On the page, a one-word form that is also an ordinary word of the draft ("AS", the initials of Amir
Sayed, and the word "as") is matched only as written, so the word stands. Nobody reads an outline
title or a document property to tell the two apart: there every replaced form counts in any case.
An outline entry that still holds one is dropped (its heading stands on its page), a title cleared,
and the verifier looks in those places the same way.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from docx import Document as DocxDocument

from redactor.align import PLAIN, REPLACED
from redactor.hiding import HidingPlaces, outline_without
from redactor.register import Register
from redactor.render_docx import render_docx
from redactor.render_pdf import render_pdf, scrub_pdf_file
from redactor.verify import Checker, Place, verify_outputs
from redactor.written import Expected
from tests.redactor.builders import plan_from_register

LINES = ["1. Introduction", "Amir Sayed (AS) moved to the area as a baby.", "2. Learning as a system",
         "The panel met AS twice.", "2.1 What we will do"]
REGISTER = {"entities": [{"name": "Amir Sayed", "type": "PERSON", "pseudonym": "Child S", "variants": ["AS"]}]}


def _pdf(path: Path, toc: list[list[object]], title: str) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    for i, line in enumerate(LINES):
        page.insert_text((72, 72 + 16 * i), line, fontname="helv", fontsize=11)
    doc.set_toc(toc)
    doc.set_metadata({"title": title})
    doc.save(path)
    doc.close()
    return path


@pytest.mark.parametrize("text, holds", [
    ("Learning as a system", True),  # "as": the initials AS, in lower case
    ("LEARNING AS A SYSTEM", True),
    ("Amir's story", True),
    ("About Child S", False),  # the pseudonym written is no form
    ("Child S and the panel", False),
    ("Learning from the review", False),
    ("Assessments", False),  # word-bounded: "as" inside a word is no form
])
def test_a_hiding_place_holds_a_form_in_any_case(text: str, holds: bool) -> None:
    hiding = HidingPlaces(["Amir Sayed", "Amir", "AS"], ["Child S"])
    assert hiding.holds_form(text) is holds


def test_an_outline_drops_entries_holding_a_form_and_keeps_its_levels_valid() -> None:
    hiding = HidingPlaces(["AS"], ["Child S"])
    toc = [[1, "1. Introduction", 1], [1, "2. Learning as a system", 1], [2, "2.1 What we will do", 1],
           [3, "2.1.1 Next", 1], [1, "3. About Child S", 1]]
    kept = outline_without(toc, hiding.holds_form)
    assert [(e[0], e[1]) for e in kept] == [
        (1, "1. Introduction"), (2, "2.1 What we will do"), (3, "2.1.1 Next"), (1, "3. About Child S")]
    assert outline_without([[1, "Learning as a system", 1], [2, "Child", 1]], hiding.holds_form) == [[1, "Child", 1]]


def test_a_pdf_outline_entry_holding_a_form_in_lower_case_is_dropped(tmp_path: Path) -> None:
    toc = [[1, "1. Introduction", 1], [1, "2. Learning as a system", 1], [2, "2.1 What we will do", 1],
           [1, "About Amir Sayed", 1]]
    src = _pdf(tmp_path / "draft.pdf", toc, "Learning as a system")
    document, plan = plan_from_register(src, Register.from_dict(REGISTER))
    out = tmp_path / "out.pdf"
    rendering = render_pdf(document, plan, out)
    with pymupdf.open(out) as doc:
        assert [(e[0], e[1]) for e in doc.get_toc()] == [
            (1, "1. Introduction"), (2, "2.1 What we will do"), (1, "About Child S")]
        assert doc.metadata["title"] == ""  # a title holding a form is cleared
        assert "2. Learning as a system" in doc[0].get_text()  # the heading stands on its page
    checker = Checker(plan.replaced_forms(), [], [], [s.text for s in document.segments])
    assert verify_outputs([rendering.expected], checker, 1).leaks == []


def test_a_pdf_made_elsewhere_loses_outline_entries_and_title_holding_a_form(tmp_path: Path) -> None:
    """LibreOffice's PDF of a Word output takes its outline from the headings: the same rule applies."""
    out = _pdf(tmp_path / "made.pdf", [[1, "Learning as a system", 1], [1, "About Child S", 1]], "As told")
    scrub_pdf_file(out, HidingPlaces(["AS"], ["Child S"]))
    with pymupdf.open(out) as doc:
        assert [e[1] for e in doc.get_toc()] == ["About Child S"]
        assert doc.metadata["title"] == ""


def test_a_word_title_holding_a_form_is_cleared(tmp_path: Path) -> None:
    src = tmp_path / "draft.docx"
    d = DocxDocument()
    for line in LINES:
        d.add_paragraph(line)
    d.core_properties.title = "Learning as a system"
    d.save(str(src))
    _, plan = plan_from_register(src, Register.from_dict(REGISTER))
    out = tmp_path / "out.docx"
    written = render_docx(plan, src, out)
    assert DocxDocument(str(out)).core_properties.title == ""
    assert written["core:title"].text == ""


def test_the_verifier_looks_in_hiding_places_in_any_case() -> None:
    """'will' is an ordinary word on the page (a form 'Will' matches only as written there); in a
    bookmark it counts whatever its case. A pseudonym written there is masked."""
    text = "What we will do"
    page = Place("out.pdf page 1", text, bytearray([PLAIN]) * len(text))
    bookmark = Place("out.pdf bookmark 1", text, bytearray([PLAIN]) * len(text), hidden=True)
    checker = Checker({"Will Barnes": "Will Barnes", "Will": "Will Barnes"}, [], [], ["We will see."])
    assert checker.leaks([page]) == []
    assert [(leak.where, leak.form) for leak in checker.leaks([bookmark])] == [("out.pdf bookmark 1", "Will")]
    written = "About Will"
    masked = Place("out.pdf bookmark 2", written, bytearray([PLAIN]) * 6 + bytearray([REPLACED]) * 4, hidden=True)
    assert checker.leaks([masked]) == []


def test_the_verifier_reads_a_pdfs_bookmarks_as_hiding_places(tmp_path: Path) -> None:
    out = _pdf(tmp_path / "planted.pdf", [[1, "Learning as a system", 1]], "")
    checker = Checker({"AS": "Amir Sayed"}, [], [], LINES)
    leaks = verify_outputs([Expected(out, "places")], checker, 1).leaks
    assert [leak.form for leak in leaks if "bookmark" in leak.where] == ["AS"]
