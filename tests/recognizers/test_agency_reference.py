"""Tests for the other-agency reference recogniser."""

from __future__ import annotations

import pytest

from recognizers.agency_reference import AgencyReferenceRecognizer
from recognizers.catalogue import AGENCY_REFERENCE
from tests.recognizers.prose import PROSE_PARAGRAPH, PROSE_SNIPPETS, found, spans_of

POSITIVE = [
    # a run of eleven digits or more alone: a record's or a state's number, never a count ("Oliwia 14321407685")
    ("on the Polish judgment: Oliwia 14321407685.", "14321407685", 0.5),
    ("two police contacts (13210045631) for", "13210045631", 0.5),
    ("housing application HOU/2019/01234 was", "HOU/2019/01234", 0.5),
    ("hospital no. X1234567", "X1234567", 0.6),
    ("hospital number 123 456 7890", "123 456 7890", 0.5),
    ("case ref: AB/12345", "AB/12345", 0.6),
    ("tenancy ref T-55512.", "T-55512", 0.6),
    ("application number 2019/0456", "2019/0456", 0.6),
    ("reference number 12345678", "12345678", 0.5),
    ("ID 12345", "12345", 0.5),
    ("ref.12345", "12345", 0.5),
    ("their file HOU/2019/01234", "HOU/2019/01234", 0.5),
    ("claim AB-123456 was", "AB-123456", 0.5),
    ("Ref No: DWP/123/4567", "DWP/123/4567", 0.6),
    # a code of capitals and five digits or more stands for a record wherever it stands: no public text has one
    ("MERLIN missing report 20MIS045127 records that", "20MIS045127", 0.5),
    ("The Early Help Module record EH-0045127 shows", "EH-0045127", 0.5),
    ("NRM referral: NRM-2021-063390 (positive", "NRM-2021-063390", 0.5),
    ("a second hospital number, CVH-0091276, which", "CVH-0091276", 0.5),
    ("The interview after row 4 (RHI-21-0377) records", "RHI-21-0377", 0.5),
    ("radiology accession RXR21-118874, reported by", "RXR21-118874", 0.5),
    ("A youth court case, 2203NT1145, followed.", "2203NT1145", 0.5),
    ("Sudden death report 2203-SDR-118. Part 5", "2203-SDR-118", 0.5),
    # an IPv4 address of eight digits or more
    ("Kacper's home connection appeared as 86.145.22.197. DS Jones", "86.145.22.197", 0.5),
    ("| 19OSULLIVAN.O | 10.44.12.87 | discord.com |", "10.44.12.87", 0.5),
    ("a shotgun certificate NWP/SG/08841 was", "NWP/SG/08841", 0.5),
    # a planning notice's and a planning appeal's references: letters and digits in each group
    ("Planning Enforcement notice S21/ENF/0317 served on", "S21/ENF/0317", 0.5),
    ("Planning Inspectorate Appeal APP/E2530/C/21/3281946 lodged.", "APP/E2530/C/21/3281946", 0.5),
    # ... and digits in three groups or more joined by dashes, eleven or more (a Pakistani CNIC)
    ("Her Pakistani CNIC is 35202-8816427-4 and", "35202-8816427-4", 0.5),
    # a network address with colons (IPv6 whole or shortened, a device's MAC): no public text has one
    ("broadband (IPv6 prefix 2a02:c7c:5e21:8f00:91d4:3bff:fe0a:7c12) was", "2a02:c7c:5e21:8f00:91d4:3bff:fe0a:7c12",
     0.5),
    ("the router at 2001:db8::ff00:42:8329 logged", "2001:db8::ff00:42:8329", 0.5),
    ("a laptop with MAC 3C:22:FB:91:0A:7E was", "3C:22:FB:91:0A:7E", 0.5),
    # a file's name of joined words: a record's, named for its subject
    ("saved on the police system as Statement_KylePrice_final_v3.docx, was never", "Statement_KylePrice_final_v3.docx",
     0.5),
    ("see the attached SmithJ-chronology.pdf for", "SmithJ-chronology.pdf", 0.5),
    # the Home Office's visa application reference, named by its prefix
    ("visas were granted (GWF071833291 for Sofiia) in May", "GWF071833291", 0.6),
    # an anti-social behaviour case's number: "ASB" is no board's letters
    ("Neighbour complains. ASB case ASB/2022/117 opened by the housing team.", "ASB/2022/117", 0.5),
]

NEGATIVE = [
    "Childline number 0800 1111 and the helpline number 0808 800 5000",  # a helpline's freephone numbers
    "Serious Case Review No: 2017/C6969",  # the review's own number in the national repository
    "Serious Case Review\n\nNo: 2017/C6969",
    "SCR ref 2014/C4321 (published by the NSPCC)",
    "ref 2019",  # a plain year
    "number 2016-2017",  # a span of years
    "number 2015/16",
    "ref 4.2.1",  # a paragraph
    "ref 24/06/2016",  # a date
    "ref 2019-06-24",
    "ref 10th",  # an ordinal
    "ref 123",  # too few digits
    "No 10",
    "no 5 year olds",
    "no 12345 calls",  # "no" in lower case is not a label
    "id 12345",
    "reference to 2019 guidance",
    "application 12345",  # a domain word needs a strong code
    "hospital 2015/16",
    "ref AB/12",
    "ref X1234567Y/",
    "refX1234567",  # no word boundary
    "number 12,500",
    "ref £2,500",
    # public codes: publications, standards, citations, a review's own number, short codes, a year's disease
    "Working Together (DFE-00195-2018) sets out", "ISBN 978-1-84905-123-4", "ISO27001 certified", "COVID-19 and H1N1",
    "[2013] EWCA Civ 1146", "SI 2018/794", "NICE NG204", "the A4123 road", "BS7671", "Cm 5730",
    "Serious Case Review 2017/C6969", "published as SCR2017/C6969", "room B1234", "the 1-2-3 method",
    "2021-03-12", "12-03-2021", "0808 800 5000", "at 12:30:45 on", "ratio 1:2:3:4", "the score was 3:2",
    "the report.pdf was", "see guidance.docx", "www.gov.uk/working_together.pdf",  # one word; a web address
    "Review reference CWAC-LCSPR-2023-02 (final)", "the SAR-2021-004 report",  # a review's own reference
    # capitals and digits run together, or ten digits grouped 3-3-4, unlabelled: the shape of a passport, a UPN or
    # an NHS number whose checksum fails (a checksum or a label makes those identifiers)
    "entered on the minutes as F370212117008; this", "A12345678", "MORGA600054SM9IJ",
    "recorded as 718 364 0251.", "401-023-2138",
    "the 2019NHS plan", "in 12-AB-3 only", "COVID/SARS/19 notes",  # too few digits
    "GWF0718332", "the GWF form",  # too few digits; the form's name
    "ISBN 9781473913523 (paperback)", "0123456789 and 1234567890",  # a book's number; ten digits
    "CreationDate 20161212174200", "modified 201805140945",  # a PDF's or a system's time stamp
    "version 10.4.2.1 of the policy", "paragraph 4.2.12.3 applied", "1.22.333.44",  # a version, a paragraph
    *PROSE_SNIPPETS,
    PROSE_PARAGRAPH,
]


@pytest.mark.parametrize("text, value, score", POSITIVE)
def test_finds_reference(text: str, value: str, score: float) -> None:
    recognizer = AgencyReferenceRecognizer()
    assert found(recognizer, text, AGENCY_REFERENCE) == spans_of(text, value)
    assert max(r.score for r in recognizer.analyze(text, [AGENCY_REFERENCE])) == score


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert found(AgencyReferenceRecognizer(), text, AGENCY_REFERENCE) == []


def test_metadata() -> None:
    recognizer = AgencyReferenceRecognizer()
    assert recognizer.supported_entities == [AGENCY_REFERENCE]
    assert recognizer.supported_language == "en"
    assert recognizer.name == "AgencyReferenceRecognizer"
