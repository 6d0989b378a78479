"""People named with a public role are public: the review's authors, reviewers and chairs, public offices,
post-nominal letters. Professionals in the case are not."""

from __future__ import annotations

import pytest

from recognizers.public_people import public_people


@pytest.mark.parametrize("text, expected", [
    ("Author: Marta Quillfeather 14.02.19", ["Marta Quillfeather"]),
    ("Report by: OSWIN DELACROIX (NSPCC)", ["OSWIN DELACROIX"]),
    ("Overview report prepared by:-\nPerpetua Ashgrove, Independent Author\nSignature:", ["Perpetua Ashgrove"]),
    ("Endorsed by:- Lysander Quayle, Independent Chair of the QSCB", ["Lysander Quayle"]),
    ("The chair of Quillbury Safeguarding Children Board, Lysander Quayle, agreed that", ["Lysander Quayle"]),
    ("Report by: Idony Marchbank Independent Overview Report Writer", ["Idony Marchbank"]),
    ("Review Panel Chair – Dr Casimir Vantongeren\nOverview Report Author – Ebba Thornquist",
     ["Casimir Vantongeren", "Ebba Thornquist"]),
    ("carried out by Independent Reviewers Dr Wilfreda Ostrander and Ansel Pemberly in May",
     ["Wilfreda Ostrander", "Ansel Pemberly"]),
    ("Saffi Wrenfield Independent review author April 2016", ["Saffi Wrenfield"]),
    ("Lead Reviewer\n\nMerewen Abernethy PhD, BNSc. (Hons.) RGN", ["Merewen Abernethy"]),
    ("a letter from the Minister of State, Rowena Feltham, to chairs", ["Rowena Feltham"]),
    ("The Chair of that Board, Ms Tamsin Oakhurst, decided", ["Tamsin Oakhurst"]),
    ("Fenella Quarrington MSc MA CQSW AASW", ["Fenella Quarrington"]),
    ("statement of the Independent Child Safeguarding Commissioner, Bram Kettleby QPM, can be found",
     ["Bram Kettleby"]),
    ("the independent author, Jude Harkaway,", ["Jude Harkaway"]),
    ("Lead reviewer: Dr Amara Okafor", ["Amara Okafor"]),
])
def test_public_roles(text: str, expected: list[str]) -> None:
    assert public_people(text) == expected


@pytest.mark.parametrize("text", [
    "the social worker Jane Smith visited the family",
    "Jane Smith, chair of the Initial Child Protection Conference, said",
    "the Independent Reviewing Officer, Jane Smith, said",
    "Independent Child Protection Chair Jane Smith",
    "Jane Smith MA visited",  # letters that could be initials need another post-nominal
    "Chloe Hartley (CH) said",
    "Lead Reviewer\nContents Page",  # layout words are no name
    "Author: Smith",  # one word is not a full name
    "Comments to the partnership business manager Jane Smith (jane.smith@example.gov.uk)",
])
def test_not_public(text: str) -> None:
    assert public_people(text) == []
