"""A Word draft's title page puts each line in a paragraph of its own; the review's subject named there
(under "In respect of", over the review's title) is found as it is in a plain-text draft."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from redactor.document import Document, Segment
from redactor.mention import Mention
from redactor.pipeline import analyse, export
from redactor.title_page import TITLE_PAGE_CHARS, title_page_names


def _document(paragraphs: list[str]) -> Document:
    segments = tuple(Segment(f"docx:word/document.xml:{i}", "body", text, f"paragraph {i + 1}")
                     for i, text in enumerate(paragraphs))
    return Document(Path("d.docx"), "docx", "0" * 64, segments)


COVER = ["Westshire Safeguarding Children Board", "Serious Case Review", "In respect of", "OSWIN QUILLFEATHER",
         "Report by: Marta Delacroix, Independent Reviewer", "1. Introduction",
         "This review concerns a boy who died in 2019. He lived with his mother."]


def test_a_name_the_title_page_gives_in_a_paragraph_of_its_own() -> None:
    found = title_page_names(_document(COVER), [])
    assert [(m.segment_id, m.text) for m in found] == [("docx:word/document.xml:3", "OSWIN QUILLFEATHER")]
    assert "title page" in found[0].explanation


@pytest.mark.parametrize("paragraphs", [
    ["OSWIN QUILLFEATHER", "A SERIOUS CASE REVIEW", "1. Introduction"],  # over the review's title
    # (two ordinary words: alone in its paragraph, a sentence's capitals; under the title, a name)
    ["Learning Review", "Grace Archer", "1. Introduction"],
])
def test_over_or_under_the_reviews_title(paragraphs: list[str]) -> None:
    expected = [p.casefold() for p in paragraphs if p.casefold() in ("oswin quillfeather", "grace archer")]
    assert [m.text.casefold() for m in title_page_names(_document(paragraphs), [])] == expected


def test_a_name_its_paragraph_already_found_is_not_found_again() -> None:
    doc = _document(COVER)
    own = Mention("docx:word/document.xml:3", 0, 18, "OSWIN QUILLFEATHER", "PERSON", 0.85, "SpacyRecognizer", "")
    assert title_page_names(doc, [own]) == []


def test_a_guess_of_another_kind_gives_way() -> None:
    doc = _document(COVER)
    guess = Mention("docx:word/document.xml:3", 0, 18, "OSWIN QUILLFEATHER", "ORGANISATION", 0.85,
                    "SpacyRecognizer", "")
    assert [m.text for m in title_page_names(doc, [guess])] == ["OSWIN QUILLFEATHER"]


def test_only_the_title_page() -> None:
    paragraphs = ["x " * (TITLE_PAGE_CHARS // 2), "Serious Case Review", "In respect of", "OSWIN QUILLFEATHER"]
    assert title_page_names(_document(paragraphs), []) == []


def test_a_plain_text_or_pdf_draft_is_read_whole_already() -> None:
    doc = Document(Path("d.txt"), "txt", "0" * 64, (Segment("txt", "body", "\n".join(COVER), "text"),))
    assert title_page_names(doc, []) == []


def test_the_subject_on_a_word_title_page_does_not_leak(tmp_path: Path) -> None:
    d = docx.Document()
    for text in COVER:
        d.add_paragraph(text)
    d.save(str(tmp_path / "d.docx"))
    result = export(analyse(tmp_path / "d.docx"), tmp_path / "out.pdf", accept=True)
    out = next(p for p in result.outputs if p.suffix == ".docx")
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "QUILLFEATHER" not in text.upper() and "OSWIN" not in text.upper()
    assert "Marta Delacroix" in text
    assert "In respect of\nChild A\n" in text  # the review's subject is a child, whatever its paragraph says
