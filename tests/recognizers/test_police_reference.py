"""Tests for the police reference and PNC ID recognisers."""

from __future__ import annotations

import pytest

from recognizers.catalogue import PNC_ID, POLICE_REFERENCE
from recognizers.police_reference import PncIdRecognizer, PoliceReferenceRecognizer, pnc_check_letter
from tests.recognizers.prose import PROSE_SNIPPETS, found, spans_of

POLICE_POSITIVE = [
    ("ref 12/34567/19 was", "12/34567/19", 0.6),
    ("43/12345/2019", "43/12345/2019", 0.6),
    ("CRN 12/34567/19.", "12/34567/19", 0.85),
    ("crime reference 43/1234/10", "43/1234/10", 0.85),
    ("Crime ref: 01/2019/20", "01/2019/20", 0.85),  # middle part is a year: needs the label
    ("URN 52/1187/19", "52/1187/19", 0.85),
    ("crime number CR/012345/19,", "CR/012345/19", 0.85),
    ("occurrence number MP-19-123456", "MP-19-123456", 0.85),
    ("police ref. 1234567/19", "1234567/19", 0.85),
    ("incident number 012345 was", "012345", 0.85),
    ("CAD 4521 was raised", "4521", 0.85),
    ("incident 0123 of 14/05/2019", "0123 of 14/05/2019", 0.85),
    ("log 1234 21/06/2016", "1234 21/06/2016", 0.85),
    ("Incident 123 of 4 May 2019 was graded", "123 of 4 May 2019", 0.85),  # its date in words
    ("STORM log 0456 dated 12th March 2019.", "0456 dated 12th March 2019", 0.85),
    ("police log number 5678 on 2/3/18.", "5678 on 2/3/18", 0.85),
    ("Event log (2951 18/10/11) recorded a call", "2951 18/10/11", 0.85),  # in brackets after its word
    ("the MFH/02/17/04412 report", "MFH/02/17/04412", 0.85),  # missing from home
    ("MISPER/2019/0081", "MISPER/2019/0081", 0.85),
    ("custody CU/12345/19", "CU/12345/19", 0.85),
    ("INC-1234-190518", "INC-1234-190518", 0.85),
    ("(0917/14MAR17)", "0917/14MAR17", 0.85),  # CAD log number and date
    ("record 52KT/48213/16) after", "52KT/48213/16", 0.6),  # a station code with letters (custody)
    ("AB3/1234567/2018", "AB3/1234567/2018", 0.6),
    # a year, a system's letters and a serial (a missing-person record); a Niche occurrence, its year and "*"
    ("| 1 | January 2021 | 21/MP/00412 | 6 hours |", "21/MP/00412", 0.6),
    ("| March 2021 | 21*011874 | 6 hours |", "21*011874", 0.6),
]

POLICE_NEGATIVE = [
    "12/05/2019",  # a date
    "2021*", "12*34", "3*4 = 12", "the 21/MP/12 page", "20*2021",  # a footnote's star, a product, short numbers
    "on 1/2/19",
    "crime reference 12/05/2019",  # a labelled date
    "Crime number: 2019",  # a labelled year
    "incident number 3 in the chronology",  # too short
    "police number 101",
    "incident 3 on 14/05/2019",  # log numbers need three digits
    "incident 3 on 14 May 2019", "the incidents of 2019 May",
    "the log (12 on 14/05/2019)", "the log (1234 pages)",
    "1/2 of the time",  # a fraction
    "01/2019/20",  # bare, middle part a year
    "URN 100000",  # an Ofsted URN
    "x12/34567/19",  # no word boundary
    "12/34567/19x",
    "12/34567/190",
    "12/345/19",  # serial too short
    "52kt/48213/16",  # station codes are capitals
    "KT/48213/16",  # letters only: a system prefix needs its label or list
    "A4/2019/20",  # middle part a year
    "52KT/48213",  # no year
    "15/123456U",  # a PNC ID
    "MFH/",  # a prefix with no number
    "0917/14MAX17",  # not a month
    "17/14MAR17",  # log numbers have three to five digits
    "XMFH/02/17/04412",  # no word boundary
    "mfh/02/17/04412",  # system prefixes are capitals
    "Call 0121 496 0587",
    *PROSE_SNIPPETS,
]


@pytest.mark.parametrize("text, value, score", POLICE_POSITIVE)
def test_finds_police_reference(text: str, value: str, score: float) -> None:
    recognizer = PoliceReferenceRecognizer()
    assert found(recognizer, text, POLICE_REFERENCE) == spans_of(text, value)
    assert max(r.score for r in recognizer.analyze(text, [POLICE_REFERENCE])) == score


@pytest.mark.parametrize("text", POLICE_NEGATIVE)
def test_police_ignores(text: str) -> None:
    assert found(PoliceReferenceRecognizer(), text, POLICE_REFERENCE) == []


@pytest.mark.parametrize(
    "year, serial, letter",
    [
        # Worked examples from the Ministry of Justice's PNC validator tests.
        ("1979", "163001", "B"),
        ("2002", "73319", "Z"),
        ("1981", "34", "U"),
        # Fictional IDs computed by hand: int(yy + serial padded to 7 digits) % 23.
        ("15", "123456", "U"),
        ("2015", "0123456", "U"),
        ("07", "555", "J"),
        ("19", "98765", "R"),
    ],
)
def test_pnc_check_letter(year: str, serial: str, letter: str) -> None:
    assert pnc_check_letter(year, serial) == letter


PNC_POSITIVE = [
    ("PNC ID 15/123456U.", "15/123456U"),
    ("15/123456U", "15/123456U"),
    ("(19/98765R)", "19/98765R"),
    ("2015/0123456U", "2015/0123456U"),
    ("PNC 07/555J", "07/555J"),  # short serials need the label
    ("PNC no. 150123456U", "150123456U"),
    ("PNC: 20150123456U", "20150123456U"),  # 4-digit year and 7-digit serial run together
]

PNC_NEGATIVE = [
    "15/123456X",  # wrong check letter
    "07/555J",  # short serial without the label
    "15/123456u",  # lower case
    "X15/123456U",  # no word boundary
    "15/123456UU",
    "15/12345678U",  # serial too long
    "12/34567/19",
    *PROSE_SNIPPETS,
]


@pytest.mark.parametrize("text, value", PNC_POSITIVE)
def test_finds_pnc_id(text: str, value: str) -> None:
    recognizer = PncIdRecognizer()
    assert found(recognizer, text, PNC_ID) == spans_of(text, value)
    assert [r.score for r in recognizer.analyze(text, [PNC_ID])] == [1.0]


@pytest.mark.parametrize("text", PNC_NEGATIVE)
def test_pnc_ignores(text: str) -> None:
    assert found(PncIdRecognizer(), text, PNC_ID) == []


@pytest.mark.parametrize(
    "recognizer, entity, name",
    [
        (PoliceReferenceRecognizer(), POLICE_REFERENCE, "PoliceReferenceRecognizer"),
        (PncIdRecognizer(), PNC_ID, "PncIdRecognizer"),
    ],
)
def test_metadata(recognizer: PoliceReferenceRecognizer | PncIdRecognizer, entity: str, name: str) -> None:
    assert recognizer.supported_entities == [entity]
    assert recognizer.supported_language == "en"
    assert recognizer.name == name


def test_labelled_pnc_with_wrong_check_letter_is_still_found() -> None:
    from recognizers.police_reference import LABELLED_INVALID_SCORE, PncIdRecognizer

    text = "PNC 15/123456A; LCS 771904"  # the check letter for 15/123456 is not A
    results = PncIdRecognizer().analyze(text, ["PNC_ID"])
    assert [(text[r.start:r.end], r.score) for r in results] == [("15/123456A", LABELLED_INVALID_SCORE)]
    assert PncIdRecognizer().analyze("ref 15/123456A", ["PNC_ID"]) == []  # unlabelled: check letter rules
