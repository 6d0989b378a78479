"""A public body's published contact card is kept; a person's details never are."""

from __future__ import annotations

import pytest

from recognizers import catalogue as cat
from recognizers.contact_blocks import contact_cards, is_office_detail, licence_notices

CARD = ("Westshire Safeguarding Children Board, Room 4, Civic Centre, Mill Road, Westbridge WB1 2AB, "
        "tel 01632 960718, wscb@westshire.gov.uk, www.westshiresafeguarding.org")


@pytest.mark.parametrize("text", [
    CARD,
    "LSCB Business Unit\nCounty Hall, Mill Road, Westbridge WB1 2AB\nTel: 01632 960718 | lscb@westshire.gov.uk",
    "Published by the Westshire Safeguarding Partnership\nTown Hall, Westbridge WB1 2AB",
    "Contents\n\nWestshire SCB Business Unit, Civic Centre, Westbridge WB1 2AB, 0300 123 4567",
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
