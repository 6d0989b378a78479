"""Tests for the day-precise date and date-of-birth recognisers."""

from __future__ import annotations

import pytest

from recognizers.catalogue import DATE_DAY, DATE_OF_BIRTH
from recognizers.date_recognizer import DateOfBirthRecognizer, DayDateRecognizer


def _spans(
    recognizer: DayDateRecognizer | DateOfBirthRecognizer, text: str, entity: str
) -> list[tuple[int, int]]:
    return sorted((r.start, r.end) for r in recognizer.analyze(text, [entity]))


@pytest.mark.parametrize("text, expected", [
    ('Seen on 14/03/2002 by the GP.', [(8, 18)]),
    ('Seen on 14.03.2002.', [(8, 18)]),
    ('Seen on 14-03-02 at home', [(8, 16)]),
    ('Seen on 4/3/19.', [(8, 14)]),  # slashes allow short day, month and year
    ('Logged 2002-03-14.', [(7, 17)]),  # ISO
    ('On 14 March 2002 the school called.', [(3, 16)]),
    ('On 14th March, 2002 the school called.', [(3, 19)]),
    ('on the 14th of March, 2002', [(7, 26)]),  # 'the' stays outside the span
    ('March 14 2002 and March 15, 2002', [(0, 13), (18, 32)]),
    ('from Mar 14th 2002', [(5, 18)]),
    ('On Friday 14 March 2002 police attended', [(3, 23)]),  # weekday kept in the span
    ('Friday, the 14th of March 2002', [(0, 30)]),
    ('Meeting: 14 Mar 02', [(9, 18)]),
    ("Meeting: 14 Mar '02 at school", [(9, 19)]),
    ('on 14-Mar-2002', [(3, 14)]),
    ('on 3 SEPTEMBER 1999', [(3, 19)]),
    ('1 April 2019 to 31 March 2020', [(0, 12), (16, 29)]),
    ('10-24 June 2019', [(3, 15)]),  # limit: only the last day of a range
    ('(14/03/2002)', [(1, 11)]),
    ('14/03/2002\n15/03/2002', [(0, 10), (11, 21)]),
    ('29 February 2004', [(0, 16)]),
    ('Friday, March 14, 2002', [(0, 22)]),
    ('Thursday 1st January 2015', [(0, 25)]),
    ('she sat 14 March 2002', [(8, 21)]),  # weekday abbreviations must be capitalised
    ('On 31/02/2002', []),  # not a calendar date
    ('On 00/00/0000', []),
    ('On 29 February 2001', []),  # not a leap year
    ('On 03/14/2002', [(3, 13)]),  # US order where unambiguous
    ('On 13/14/2002', []),  # neither order
    ('In 2002 the family moved', []),  # year alone
    ('In March 2002 the family moved', []),  # month-year
    ('Between 2002-2004 and 2002/03', []),  # ranges of years
    ('June 10-24', []),  # no year
    ('On 14 March the conference met', []),  # day-month without year
    ('See section 4.2.1 and 3.1.10', []),  # section numbers
    ('See paragraph 4.2.12', []),  # dotted with short parts
    ('version 1.2.3 and v2.10.2019', []),  # version numbers
    ('Crime ref 12/34567/19', []),  # police reference
    ('Ref CR/14/03/2002', []),  # part of a longer reference
    ('14/03/2002/7', []),  # part of a longer reference
    ('About 1/2 of cases', []),  # fraction
    ('At 14:30 and 14.30', []),  # times
    ('On 4 March 12 staff attended', []),  # two-digit number after a month is not a year
    ('On 14 Mar 02 police attended', []),  # limit: two-digit year must end the clause
    ('12-34-56', []),  # sort code that is not a date
])
def test_day_date(text: str, expected: list[tuple[int, int]]) -> None:
    assert _spans(DayDateRecognizer(), text, DATE_DAY) == expected


@pytest.mark.parametrize("text, expected", [
    ('DOB 14/03/2002', [(4, 14)]),
    ('D.O.B.: 14.03.2002', [(8, 18)]),
    ('Child Q (DOB 14 March 2002) lived', [(13, 26)]),
    ('DoB:14/03/2002', [(4, 14)]),
    ('DOB:14 March 2002', [(4, 17)]),
    ('DOBs: 14/03/2002', [(6, 16)]),
    ('date of birth 14/03/2002', [(14, 24)]),
    ('Date of Birth: 14th March 2002', [(15, 30)]),
    ('Date of birth:\n14/03/2002', [(15, 25)]),  # label and value on separate lines
    ('born on 14th March 2002', [(8, 23)]),
    ('Child Q was born 14/03/2002.', [(17, 27)]),
    ('She was born on the 14th of March, 2002 in Norwich', [(20, 39)]),
    ('Child Q was born in Norwich on 14 March 2002', [(31, 44)]),
    ('Sarah Jones (b. 14/03/2002)', [(16, 26)]),
    ('Her date of birth is 2002-03-14', [(21, 31)]),
    ('born on Friday 14 March 2002', [(8, 28)]),
    ('DOB 14/03/2002; seen 20/05/2003', [(4, 14)]),  # only the date after the cue
    ('born 14/03/2002 and on 20 May 2003 moved', [(5, 15)]),
    ('2002-03-14 is her birthday.', [(0, 10)]),  # the cue after the date
    ('Child Q, 14/03/2002 (DOB), lived', [(9, 19)]),
    ('born on 11/22/1972', [(8, 18)]),  # US order where unambiguous
    ('DOB: May 24 2016', [(5, 16)]),
    ('2002-03-14 is the meeting date', []),
    ('seen on 14/03/2002', []),  # no cue
    ('DOB 14 March', []),  # no year
    ('born in March 2002', []),  # month-year only
    ('DOB 31/02/2002', []),  # not a calendar date
    ('newborn 14/03/2002', []),  # cue inside a word
    ('\nb. 14 March 2002 strategy meeting', []),  # list label at line start
    ('born prematurely and on 14 March 2002 was discharged', []),  # too far from the cue
    ('born. 14 March 2002', []),  # sentence break after the cue
])
def test_date_of_birth(text: str, expected: list[tuple[int, int]]) -> None:
    assert _spans(DateOfBirthRecognizer(), text, DATE_OF_BIRTH) == expected


def test_scores_and_entity_types() -> None:
    text = "Child Q (DOB 14/03/2002) was seen on 20 May 2003."
    [dob] = DateOfBirthRecognizer().analyze(text, [DATE_OF_BIRTH])
    assert (dob.entity_type, dob.score) == (DATE_OF_BIRTH, 0.9)
    days = DayDateRecognizer().analyze(text, [DATE_DAY])
    assert {(r.entity_type, r.score) for r in days} == {(DATE_DAY, 0.6)}
    assert len(days) == 2


def test_date_of_birth_keeps_an_explanation() -> None:
    [result] = DateOfBirthRecognizer().analyze("DOB 14/03/2002", [DATE_OF_BIRTH])
    assert result.analysis_explanation is not None
    assert result.analysis_explanation.recognizer == "DateOfBirthRecognizer"
