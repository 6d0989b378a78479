"""Engine-level identifier principles: bare short numbers never become identifiers; labels make one."""

from __future__ import annotations

from pathlib import Path

import pytest
from presidio_analyzer import Pattern, PatternRecognizer

from redactor.board import BoardConfig
from redactor.pipeline import analyse, export

pytestmark = pytest.mark.model

NUMBERED_DRAFT = (
    "Learning Point 3: agencies did not share information (see Regulation 5).\n"
    "The Police Force 4 officers saw Child Q, aged 4 years, twice.[12]\n"
    "No.\tAgency\tContacts\tRef\n"
    "1\tPolice Force 4\t12\t3\n"
    "2\tLA2\t40\t4\n"
    "3\tSchool 1\t7\t12\n"
    "Number of contacts\tAgency\n"
    "40\tHealth\n"
    "12\tEducation\n"
)


def test_bare_short_numbers_are_never_suggested_as_identifiers(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(NUMBERED_DRAFT, encoding="utf-8")
    any_number = PatternRecognizer(supported_entity="BOARD_REF", name="board any number",
                                   patterns=[Pattern("digits", r"\b\d+\b", 0.9)])
    analysis = analyse(draft, board=BoardConfig(recognizers=(any_number,)))
    assert [e.name for e in analysis.entities if e.type == "IDENTIFIER"] == []


def test_numbered_draft_exports_and_verifies(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(NUMBERED_DRAFT + "Her NHS number is 943 476 5919.\n", encoding="utf-8")
    result = export(analyse(draft), tmp_path / "out.pdf", accept=True)
    text = result.outputs[1].read_text(encoding="utf-8")
    assert "943 476 5919" not in text
    assert "Police Force 4" in text and "Learning Point 3" in text and "aged 4 years" in text


@pytest.mark.parametrize("sentence, value", [
    ("The assault was recorded (Metropolitan Police Service, CRIS 7654321/16).", "7654321/16"),
    ("A missing-person report, MFH/02/17/04412, was opened.", "MFH/02/17/04412"),
    ("The school gave UPN X123456789012 for Child Q.", "X123456789012"),  # check letter wrong
    ("His driving licence number is HARLO706123JT9XK.", "HARLO706123JT9XK"),
    ("Her mother's Polish mobile, +48 512 345 678, was called.", "+48 512 345 678"),
    ("Child Q was born on 12/25/2015 in hospital.", "12/25/2015"),
    ("Child E (DOB 27.8.05) was seen.", "27.8.05"),  # one-digit month, two-digit year
    ("Child E, born 4.8.07, was seen.", "4.8.07"),
    ("Her d.o.b. 2.1.15 was recorded.", "2.1.15"),
    ("Her date of birth 23-2-04 was recorded.", "23-2-04"),
    ("Name\tRole\tDate of birth / contact\nChild E\tsubject\tdate of birth 27.8.05\n", "27.8.05"),
    ("Name\tRole\tDOB\nChild E\tsubject\t4.8.07\n", "4.8.07"),
])
def test_labelled_and_new_formats_are_redacted(tmp_path: Path, sentence: str, value: str) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(sentence + "\n", encoding="utf-8")
    result = export(analyse(draft), tmp_path / "out.pdf", accept=True)
    assert value not in result.outputs[1].read_text(encoding="utf-8")


def test_short_day_dates_are_generalised_and_paragraph_numbers_kept(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text("See 4.2.12 and version 1.2.10. The GP saw Child E on 4.8.07 and on 11.10.15.\n",
                     encoding="utf-8")
    result = export(analyse(draft), tmp_path / "out.pdf", accept=True)
    text = result.outputs[1].read_text(encoding="utf-8")
    assert "See 4.2.12 and version 1.2.10." in text
    assert "on August 2007 and on October 2015." in text


def test_the_boards_published_contact_card_is_kept_and_a_persons_details_are_not(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(
        "Westshire Safeguarding Children Board, Civic Centre, Mill Road, Westbridge WB1 2AB, tel 01632 960718, "
        "lscb@westshire.gov.uk\n\n"
        "Child R's mother could be reached on 07700 900123 or at ada.obi@example.org. She lived at 4 Elm Grove, "
        "Westbridge WB2 3DE. The Board Manager, Ms Ada Obi (tel 01632 960719), chaired the meeting. Comments "
        "to the Board on 01632 960718.\n",
        encoding="utf-8")
    result = export(analyse(draft), tmp_path / "out.pdf", accept=True)
    text = result.outputs[1].read_text(encoding="utf-8")
    assert "Westbridge WB1 2AB, tel 01632 960718, lscb@westshire.gov.uk" in text
    assert "Comments to the Board on 01632 960718." in text  # the office's number, wherever written
    for personal in ("07700 900123", "ada.obi@example.org", "4 Elm Grove", "WB2 3DE", "01632 960719"):
        assert personal not in text


@pytest.mark.parametrize("first_line, kept", [
    # the office's building is named for its street: the street's words name no one
    ("Galley Hill Centre,\nGalley Hill,", True),
    # a person to send it to: her name is no office's, so the card is no public one
    ("Jane Wood,\nGalley Hill Centre,", False),
])
def test_the_publications_return_address_is_kept_unless_it_names_someone(tmp_path: Path, first_line: str,
                                                                         kept: bool) -> None:
    draft = tmp_path / "d.txt"
    address = f"{first_line}\nMilton Keynes\nMK11 1PA"
    draft.write_text("Child R was seen by Jane Wood in May 2015.\n\n"
                     f"Please return any completed SCR referral forms to:\n{address}\n", encoding="utf-8")
    result = export(analyse(draft), tmp_path / "out.pdf", accept=True)
    text = result.outputs[1].read_text(encoding="utf-8")
    assert (address in text) == kept, text
    assert "Jane Wood" not in text


def test_the_authors_own_university_is_kept_and_the_familys_college_is_not(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(
        "About the author\n\nI have been a social worker for 20 years, having gained a Diploma in Social Work "
        "from the University of Quillbury in 1995.\n\n"
        "1. Introduction\n\nChild R's mother, Ada Obi, studied at Westbridge College. Ada Obi left Westbridge "
        "College in 2012.\n",
        encoding="utf-8")
    result = export(analyse(draft), tmp_path / "out.pdf", accept=True)
    text = result.outputs[1].read_text(encoding="utf-8")
    assert "from the University of Quillbury in 1995" in text
    assert "Westbridge College" not in text and "Ada Obi" not in text


def test_the_author_under_the_subjects_label_on_the_cover_is_kept(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(
        "Quillbury Safeguarding Children Board\n\nOVERVIEW REPORT\n\nCHILD R\n\nMARTA QUILLFEATHER\n\n"
        "1. Introduction\n\nChild R lived with her mother, Ada Obi, in Westbridge. Ada Obi worked nights.\n",
        encoding="utf-8")
    result = export(analyse(draft), tmp_path / "out.pdf", accept=True)
    text = result.outputs[1].read_text(encoding="utf-8")
    assert "CHILD R\n\nMARTA QUILLFEATHER" in text
    assert "Ada Obi" not in text


def test_the_boards_details_after_contact_words_and_over_blank_lines_are_kept(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(
        "Westshire Safeguarding Children Board\n\n3 Civic House,\n\nHigh Road, Westbridge, WB1 2AB\n\n"
        "01632-960718\n\n1. Introduction\n\nChild R's mother lived at 4 Elm Grove, Westbridge WB2 3DE, with "
        "her partner.\n\nFor further information contact Westshire Safeguarding Children Board at 3 Civic House, "
        "High Road, Westbridge WB1 2AB.\n",
        encoding="utf-8")
    result = export(analyse(draft), tmp_path / "out.pdf", accept=True)
    text = result.outputs[1].read_text(encoding="utf-8")
    assert "3 Civic House,\n\nHigh Road, Westbridge, WB1 2AB\n\n01632-960718" in text
    assert "Board at 3 Civic House, High Road, Westbridge WB1 2AB." in text
    assert "4 Elm Grove" not in text and "WB2 3DE" not in text


def test_the_letterhead_that_opens_the_report_is_kept_and_the_familys_details_are_not(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(
        "Page 1 of 3\n\nQuill House,\n\nStation Road, Westbridge, WB1 2AB 01632-960718\n\nSerious Case Review\n\n"
        "Child R's mother moved to 4 Elm Grove, Westbridge WB2 3DE, and her landline was 01632 960555.\n",
        encoding="utf-8")
    result = export(analyse(draft), tmp_path / "out.pdf", accept=True)
    text = result.outputs[1].read_text(encoding="utf-8")
    assert "Quill House,\n\nStation Road, Westbridge, WB1 2AB 01632-960718" in text
    for personal in ("4 Elm Grove", "WB2 3DE", "01632 960555"):
        assert personal not in text


def test_a_letterhead_in_paragraphs_of_its_own_opens_a_word_draft_too(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    for text in ("Page 1 of 3", "Quill House,", "Station Road, Westbridge, WB1 2AB 01632-960718", "Serious Case Review",
                 "Child R's mother moved to 4 Elm Grove, Westbridge WB2 3DE, and her landline was 01632 960555."):
        d.add_paragraph(text)
    d.save(str(tmp_path / "d.docx"))
    result = export(analyse(tmp_path / "d.docx"), tmp_path / "out.pdf", accept=True)
    out = next(p for p in result.outputs if p.suffix == ".docx")
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Station Road, Westbridge, WB1 2AB 01632-960718" in text
    for personal in ("4 Elm Grove", "WB2 3DE", "01632 960555"):
        assert personal not in text


def test_a_name_in_capitals_whose_surname_looks_like_a_label_is_replaced(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(
        "Westshire Safeguarding Children Board\n\nOverview Report\n\nOSWIN LAW\n\nIndependent author: Marta "
        "Quillfeather\n\n1. Introduction\n\nThis review concerns Oswin Law, aged 6. Oswin lived with his mother.\n",
        encoding="utf-8")
    result = export(analyse(draft), tmp_path / "out.pdf", accept=True)
    text = result.outputs[1].read_text(encoding="utf-8")
    assert "OSWIN LAW" not in text and "Oswin Law" not in text


def test_a_named_author_with_a_title_and_a_word_surname_stays_whole(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(
        "Quillshire Safeguarding Children Partnership\n\nChild Safeguarding Practice Review\n\nChild M\n\n"
        "Independent author: Professor Elizabeth West\n\nPublished February 2021\n\n1. Introduction\n\n"
        "Child M lived with her mother, Zofia Abara, in a flat.\n", encoding="utf-8")
    result = export(analyse(draft), tmp_path / "out.pdf", accept=True)
    text = result.outputs[1].read_text(encoding="utf-8")
    assert "Independent author: Professor Elizabeth West" in text
    assert "Zofia" not in text and "Abara" not in text


def test_two_people_either_side_of_a_lower_case_word_are_two_people(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(
        "1. Introduction\n\nOn 9 May 2016, Child M disclosed to designated safeguarding lead Luisa Cunha that "
        "Witold Janiga (WJ) had hit Michal Janiga with a belt.\n\nOn 21.06.19, Child M disclosed to Ms Cunha "
        "that Witold had hit Michal with a belt.\n", encoding="utf-8")
    result = export(analyse(draft), tmp_path / "out.pdf", accept=True)
    text = result.outputs[1].read_text(encoding="utf-8")
    assert "Cunha" not in text and "Witold" not in text and "Michal" not in text
    assert text.count(" that ") == 2
