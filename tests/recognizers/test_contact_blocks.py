"""A public body's published contact card is kept; a person's details never are."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from recognizers import catalogue as cat
from recognizers.contact_blocks import (
    contact_cards,
    is_office_detail,
    letterhead,
    licence_notices,
    opening_letterhead,
    reader_calls,
    reader_posts,
)

CARD = ("Westshire Safeguarding Children Board, Room 4, Civic Centre, Mill Road, Westbridge WB1 2AB, "
        "tel 01632 960718, wscb@westshire.gov.uk, www.westshiresafeguarding.org")


@pytest.mark.parametrize("text", [
    CARD,
    "LSCB Business Unit\nCounty Hall, Mill Road, Westbridge WB1 2AB\nTel: 01632 960718 | lscb@westshire.gov.uk",
    "Published by the Westshire Safeguarding Partnership\nTown Hall, Westbridge WB1 2AB",
    "Contents\n\nWestshire SCB Business Unit, Civic Centre, Westbridge WB1 2AB, 0300 123 4567",
    # a full postal address, a line each: building, floor, street, town, county, postcode (Royal Mail's longest)
    "Westshire Safeguarding Children Partnership (WSCP)\nWestshire House\n2nd Floor\n117 Mill Road\nWestbridge\n"
    "Westshire\nWB1 2AB",
])
def test_cards(text: str) -> None:
    [(start, end)] = contact_cards(text)
    assert "WB1 2AB" in text[start:end]


@pytest.mark.parametrize("text", [
    # A person's details beside the body's name.
    "Comments to Ms Ada Obi, Board Manager, Westshire Safeguarding Children Board, tel 01632 960718",
    "Westshire Safeguarding Children Board: the mother lived at 4 Mill Road, Westbridge WB1 2AB",
    "Westshire SCB, Civic Centre; her mobile 07700 900123",
    "Westshire Safeguarding Children Board\tFoster carer\t4 Mill Road, Westbridge WB1 2AB",  # a table row
    # A sentence, not a card.
    "The family moved to 4 Mill Road, Westbridge WB1 2AB, which is near the Civic Centre and the park.",
    "Westshire Safeguarding Children Board commissioned this review after the incident at 4 Mill Road, "
    "Westbridge WB1 2AB, and agreed its terms of reference in May 2019.",
    # The body's name far into a line of running text.
    "When the police were called to 4 Mill Road the Westshire Safeguarding Children Board was told, WB1 2AB",
    # No public body.
    "Piccadilly House, London Road, Westbridge WB1 2AB 01632 960718",
])
def test_not_cards(text: str) -> None:
    assert contact_cards(text) == []


def test_card_ends_at_a_blank_line() -> None:
    text = "Westshire LSCB\nCivic Centre, Westbridge WB1 2AB\n\nChild R lived at 4 Mill Road, Westbridge WB1 2CD."
    [(start, end)] = contact_cards(text)
    assert text[start:end] == "Westshire LSCB\nCivic Centre, Westbridge WB1 2AB"


def test_card_ends_before_a_line_that_is_no_card() -> None:
    """A PDF page has no blank lines: the card ends where running text starts."""
    card = ("Contact Details: Westshire Safeguarding Children Board (WSCB) Civic Centre, Mill Road, Westbridge "
            "WB1 2AB Tel: 01632 960718 Web: www.westshiresafeguarding.org")
    text = (f"APPENDIX G GLOSSARY\n38\n{card}\n2\n"
            "1. INTRODUCTION 1.1 This review concerns the death of Child R at 4 Elm Road.")
    [(start, end)] = contact_cards(text)
    assert text[start:end] == f"{card}\n2"


@pytest.mark.parametrize("entity, value, office", [
    (cat.PHONE_NUMBER, "01632 960718", True),  # a landline
    (cat.PHONE_NUMBER, "020 7946 0958", True),
    (cat.PHONE_NUMBER, "0300 123 4567", True),  # non-geographic
    (cat.PHONE_NUMBER, "0800 123 4567", True),  # freephone
    (cat.PHONE_NUMBER, "07700 900123", False),  # a mobile is a person's
    (cat.PHONE_NUMBER, "+48 512 345 678", False),  # a foreign number
    (cat.EMAIL_ADDRESS, "lscb@westshire.gov.uk", True),
    (cat.EMAIL_ADDRESS, "wscb@westshire.gov.uk", True),  # the board's acronym
    (cat.EMAIL_ADDRESS, "safeguarding.board@westshire.gov.uk", True),
    (cat.EMAIL_ADDRESS, "ada.obi@westshire.gov.uk", False),  # a person's mailbox
    (cat.EMAIL_ADDRESS, "aobi@westshire.gov.uk", False),
    (cat.URL, "www.westshiresafeguarding.org", True),
    (cat.URL, "https://www.westshiresafeguarding.org/", True),
    (cat.URL, "facebook.com/ada.obi", False),  # a page with a path
    (cat.UK_ADDRESS, "Civic Centre, Mill Road, Westbridge WB1 2AB", True),
    (cat.UK_POSTCODE, "WB1 2AB", True),
    (cat.UK_NHS, "943 476 5919", False),  # never an office's
    (cat.PERSON, "Ada Obi", False),
])
def test_office_details(entity: str, value: str, office: bool) -> None:
    assert is_office_detail(entity, value) is office


def test_licence_notice() -> None:
    notice = ("\u00a9 Crown copyright 2020 This publication is licensed under the terms of the Open Government "
              "Licence v3.0. To view this licence write to Information Policy Team, The Office, Westbridge WB1 2AB")
    text = f"Contents\n\n{notice}\n\nChild R lived at 4 Mill Road, Westbridge WB1 2CD."
    [(start, end)] = licence_notices(text)
    assert text[start:end] == notice
    assert licence_notices("Child R lived at 4 Mill Road, Westbridge WB1 2CD.") == []


@pytest.mark.parametrize("text, office", [
    # A card read from a PDF: a blank line between its lines.
    ("Westshire Safeguarding Children Board\n\n3 Civic House,\n\nHigh Road, Westbridge, WB1 2AB\n\n01632-960718",
     ["WB1 2AB", "01632-960718"]),
    ("Contents\n\nWestshire SCP Business Unit\n\nCivic Centre, High Road,\n\nWestbridge WB1 2AB\n\nChild R was born",
     ["WB1 2AB"]),
    # The board's details after "published by", "contact", "available from" in a sentence.
    ("This report is published by Westshire Safeguarding Children Board, 3 Civic House, High Road, Westbridge "
     "WB1 2AB. Telephone 01632 960718.\n\nChild R was born in 2010.", ["WB1 2AB", "01632 960718"]),
    ("For further information contact Westshire Safeguarding Children Board at 3 Civic House, High Road, "
     "Westbridge WB1 2AB or on 01632 960718.", ["WB1 2AB", "01632 960718"]),
    ("Copies of this report are available from: Westshire LSCB, 3 Civic House, High Road, Westbridge WB1 2AB",
     ["WB1 2AB"]),
])
def test_cards_over_blank_lines_and_after_contact_words(text: str, office: list[str]) -> None:
    [(start, end)] = contact_cards(text)
    assert all(detail in text[start:end] for detail in office)
    assert "Child R" not in text[start:end]


@pytest.mark.parametrize("text, private", [
    # A title page: the board's name, then the child's address.
    ("Westshire Safeguarding Children Board\n\nSerious Case Review\n\nChild R lived at 4 Mill Road, Westbridge "
     "WB1 2AB", "WB1 2AB"),
    ("Westshire LSCB\n\nWestbridge WB1 2AB\n\nChild R's home, 4 Mill Road, WB1 2CD", "WB1 2CD"),
    ("Westshire Safeguarding Children Board\n\nOverview Report\n\nHarrowby Primary School\n\nMay 2019",
     "Harrowby"),  # no address line after the blank lines
    # A sentence that goes on about the case.
    ("Published by Westshire Safeguarding Children Board. The mother lived at 4 Mill Road, Westbridge WB1 2AB.",
     "WB1 2AB"),
    ("For further information contact Westshire Safeguarding Children Board after the incident at 4 Mill Road, "
     "Westbridge WB1 2AB.", "WB1 2AB"),
    ("The police contacted Westshire Safeguarding Children Board about 4 Mill Road, Westbridge WB1 2AB.",
     "WB1 2AB"),
    ("The family asked us to contact Westshire Safeguarding Children Board at their home, 4 Mill Road, "
     "Westbridge WB1 2AB.", "WB1 2AB"),
    ("Comments to Ms Ada Obi, Board Manager, contact Westshire Safeguarding Children Board, tel 01632 960718",
     "01632 960718"),
])
def test_no_card_holds_a_familys_details(text: str, private: str) -> None:
    assert not any(private in text[start:end] for start, end in contact_cards(text))


@pytest.mark.parametrize("text, block", [
    ("Page 1 of 12\n\nQuill House,\n\nStation Road, Westbridge, WB1 2AB 01632-960718\n\nSerious Case Review: Child R",
     "Quill House,\n\nStation Road, Westbridge, WB1 2AB 01632-960718"),
    ("Quill House, Station Road, Westbridge WB1 2AB\nTel: 0300 123 4567\n\nOverview Report\n\n1. Introduction",
     "Quill House, Station Road, Westbridge WB1 2AB\nTel: 0300 123 4567"),
    # a web page's lines before the report: its first page opens at "Page 1 of N"
    ("re-consideration of serious case review - westbridge...\n\nUpload: someone\n\nPage 1 of 37\n\nQuill House,"
     "\n\nStation Road, Westbridge, WB1 2AB 01632-960718\n\nRe-consideration of Serious Case Review",
     "Quill House,\n\nStation Road, Westbridge, WB1 2AB 01632-960718"),
])
def test_the_letterhead_that_opens_a_document(text: str, block: str) -> None:
    found = letterhead(text)
    assert found is not None and text[found[0]:found[1]] == block


@pytest.mark.parametrize("text", [
    "4 Mill Road,\nWestbridge WB1 2AB\n07700 900123\n\nChild R",  # a mobile is a person's
    "4 Mill Road, Westbridge WB1 2AB\n\nSerious Case Review",  # no office telephone
    "Quill House, Station Road, Westbridge 01632 960718\n\nSerious Case Review",  # no postcode
    "Serious Case Review\n\n4 Mill Road, Westbridge WB1 2AB 01632 960718",  # not the document's opening
    "Mother: 4 Mill Road, Westbridge WB1 2AB 01632 960718",  # a person's
    "The family home, 4 Mill Road, Westbridge WB1 2AB, 01632 960718",
    "Child R lived at 4 Mill Road, Westbridge WB1 2AB (01632 960718) with her mother.",
    "Piccadilly House, Mill Road, Westbridge WB1 2AB\tFoster carer\t01632 960718",  # a table row
    "Serious Case Review\n\nPage 2 of 37\n\n4 Mill Road, Westbridge WB1 2AB 01632 960718",  # not the first page
    "Serious Case Review\n\nPage 1 of 37\n\nMother: 4 Mill Road, Westbridge WB1 2AB 01632 960718",
])
def test_no_letterhead(text: str) -> None:
    assert letterhead(text) is None


@dataclass(frozen=True)
class _Seg:
    id: str
    kind: str
    text: str


def test_a_letterhead_over_a_word_drafts_first_paragraphs() -> None:
    paragraphs = ["Page 1 of 3", "Quill House,", "Station Road, Westbridge, WB1 2AB 01632-960718",
                  "Serious Case Review"]
    spans = opening_letterhead([_Seg(f"p{i}", "body", t) for i, t in enumerate(paragraphs)])
    assert spans == {"p1": (0, 12), "p2": (0, 46)}
    assert opening_letterhead([_Seg("p0", "body", "Serious Case Review"), _Seg("p1", "body", "Quill House,")]) == {}


def test_a_letterhead_on_a_pdfs_first_page_only() -> None:
    page = "Quill House,\nStation Road, Westbridge, WB1 2AB 01632-960718\nSerious Case Review"
    assert opening_letterhead([_Seg("page:0", "page", page), _Seg("page:1", "page", page)]) == {"page:0": (0, 59)}



@pytest.mark.parametrize("text, number", [
    ("Children's Services\n01454 868007 \u2010 Monday to Friday 9am \u2010 5pm\n", "01454 868007"),
    ("01454 615165 \u2010 Out of hours and at weekends\n", "01454 615165"),
    ("Tel: 0300 123 4567 (Mon-Fri 8.30am to 5pm)\n", "0300 123 4567"),
    # the day line beside its out-of-hours line: "office hours", "working hours", "in hours"
    ("Non-emergency\n01482 448 879 (office hours)\n01482 300 304 (out of hours)\n", "01482 448 879"),
    ("0300 123 4567 - working hours\n", "0300 123 4567"), ("0300 123 4567 (in hours)\n", "0300 123 4567"),
])
def test_a_services_number_with_its_opening_hours(text: str, number: str) -> None:
    assert any(number in text[a:b] for a, b in contact_cards(text))


@pytest.mark.parametrize("text", [
    "The mother's number 01632 960718 - she rang on Monday at 9am\n",  # a person, in a sentence
    "Call 01632 960718 on Monday at 9am, the father said.\n",
    "Mrs Okafor: 01632 960718 - Monday to Friday 9am - 5pm\n",  # whose number it is stands first
    "01632 960718 (her hours were irregular)\n",
])
def test_a_number_with_hours_in_a_sentence_is_no_service(text: str) -> None:
    assert not any("01632 960718" in text[a:b] for a, b in contact_cards(text))


@pytest.mark.parametrize("text, call", [
    # The publication's instruction to its reader: an imperative opening its sentence, or after a clause
    # addressed to the reader, gives a service's number.
    ("If you suspect a child is at risk of harm, please call The Contact Centre on 01632 960718.",
     "please call The Contact Centre on 01632 960718"),
    ("Please call the NSPCC helpline free on 0808 800 5000.", "Please call the NSPCC helpline free on 0808 800 5000"),
    ("For further advice, contact the Safeguarding Hub on (01632) 960718 or e-mail lscb@westshire.gov.uk.",
     "contact the Safeguarding Hub on (01632) 960718"),
    ("Worried about a child?\n\u2022 Telephone the Duty Team: 0300 123 4567", "Telephone the Duty Team: 0300 123 4567"),
    ("Should anyone have concerns about a child in Westshire, ring the MASH on 01632 960718.",
     "ring the MASH on 01632 960718"),
    ("This review is closed. Contact us on 01632 960718.", "Contact us on 01632 960718"),
    ("Call the Hope Centre on 01632 960718.", "Call the Hope Centre on 01632 960718"),  # a service's name
    ("Contact us: 01632 960718", "Contact us: 01632 960718"),
    # after a question to the reader about their worry, the number alone is the service's for it
    ("Are you worried about an adult? Please call 0344 800 8020", "Please call 0344 800 8020"),
    ("Worried about a child? Call 01632 960718.", "Call 01632 960718"),
])
def test_the_readers_instruction_to_call_a_service(text: str, call: str) -> None:
    assert [text[a:b] for a, b in reader_calls(text)] == [call]
    assert any(call in text[a:b] for a, b in contact_cards(text))


@pytest.mark.parametrize("text", [
    # Someone in the case called, would call, was told to call: told in the third person or the past.
    "The mother called the GP on 01632 960718.",
    "She was told to call the Contact Centre on 01632 960718.",
    "The mother would call the GP on 01632 960718 when worried.",
    "If the mother was worried, call the Duty Team on 01632 960718.",  # a clause about a person, not the reader
    "Contact was made by phone on 01632 960718.",
    "Call handlers at the Contact Centre on 01632 960718 took the report.",  # a noun, no imperative
    "Mother: call 01632 960718 if worried",
    # The number is a person's: the instruction names them, or the sentence says whose it is.
    "Please call me on 01632 960718, the mother wrote.",
    "Call Carl on 01632 960718.", "Call Jane on 01632 960718.",
    "Please phone Mr Hartley on 01632 960718.",
    "Please contact his father on 01632 960718.",
    "Please call the social worker on 01632 960718.",
    "Please contact the Aaliyah Okafor Trust on 01632 960718.",
    "If you need her, call her mobile on 07700 900123.",
    "Call 01632 960718 (the mother's landline).",
    "If you are worried, please call the Contact Centre on 01632 960718, said the grandmother.",
    # A field's label says what the number is, not whom to call: a person's details in a record.
    "Name: Chloe Hartley\nContact: 01632 960718", "Phone 01632 960718", "Contact Details: 01632 960718",
    "Contact Number \u2013 01632 960718", "Telephone Number: 01632 960718",
    "Please call 01632 960718 to book.",  # whose number, it does not say
    "Was she worried about the baby? Please call 01632 960718.",  # a question about someone in the case
    "Are you worried about an adult? Please call 07700 900123",  # a mobile is a person's
    # A school, surgery, nursery, hospital or children's home named as the service points at one child's
    # place: its number identifies it as its name does.
    "If you are worried about a child, please call Oakfield Primary School on 01632 960718.",
    "For advice, call the Limes Surgery on 01632 960718.", "Please ring Willow House Children's Home on 01632 960718.",
])
def test_no_readers_instruction(text: str) -> None:
    assert reader_calls(text) == []
    assert contact_cards(text) == []


def test_a_letterhead_after_a_word_drafts_first_page_line_past_its_first_paragraphs() -> None:
    """A web page's lines come first, each a paragraph of a Word draft; the letterhead follows the first page's
    "Page 1 of N" line, as it does in the text of the same page."""
    paragraphs = ["re-consideration of serious case review...", "37", "Upload: dohanh", "Post on 27-May-2018",
                  "214 views", "Category:", "Documents", "0 download", "TRANSCRIPT", "Page 1 of 37", "Quill House,",
                  "Station Road, Westbridge, WB1 2AB 01632-960718", "Re-consideration of Serious Case Review"]
    spans = opening_letterhead([_Seg(f"p{i}", "body", t) for i, t in enumerate(paragraphs)])
    assert spans == {"p10": (0, 12), "p11": (0, 46)}


@pytest.mark.parametrize("text, post", [
    # The publication tells its reader where to send something: an imperative opening its sentence, then the
    # office's address, a part to a line or on one line, to its postcode.
    ("If you feel a case would benefit from review please use the same form.\n\nPlease return any completed "
     "SCR referral forms to:\nGalley Hill Centre,\nGalley Hill,\nMilton Keynes\nMK11 1PA",
     "Please return any completed SCR referral forms to:\nGalley Hill Centre,\nGalley Hill,\nMilton Keynes\nMK11 1PA"),
    ("Send your comments to: Quill House, Station Road, Westbridge WB1 2AB.",
     "Send your comments to: Quill House, Station Road, Westbridge WB1 2AB"),
    ("To request a copy, write to:\nQuill House\nStation Road\nWestbridge\nWB1 2AB",
     "write to:\nQuill House\nStation Road\nWestbridge\nWB1 2AB"),
])
def test_the_readers_instruction_to_post_to_an_office(text: str, post: str) -> None:
    assert [text[a:b] for a, b in reader_posts(text)] == [post]
    assert any(post in text[a:b] for a, b in contact_cards(text))


@pytest.mark.parametrize("text", [
    "The mother was asked to return the form to:\nRose Court,\nAsh Grove,\nWestbridge\nWB1 2AB",  # no imperative
    "She would send letters to:\nRose Court,\nAsh Grove,\nWestbridge\nWB1 2AB",
    "Please send the letter to his father at:\nRose Court,\nAsh Grove,\nWestbridge\nWB1 2AB",  # a person's
    "Please return the form to:\nMrs Jane Wood,\nRose Court,\nWestbridge\nWB1 2AB",
    "Please return the form to the school.\nRose Court,\nAsh Grove,\nWestbridge\nWB1 2AB",  # the sentence ended
    "Please return the form to:\nthe family home where Child R lived\nWestbridge WB1 2AB",
    "Please return any forms to the office.",  # no address
])
def test_no_readers_instruction_to_post(text: str) -> None:
    assert reader_posts(text) == []
