"""Tests for the day-precise date and date-of-birth recognisers."""

from __future__ import annotations

import pytest

from recognizers.catalogue import DATE_DAY, DATE_OF_BIRTH
from recognizers.date_recognizer import DateOfBirthRecognizer, DayDateRecognizer, YearlessDateRecognizer


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
    ('Logged 2002/03/14.', [(7, 17)]),  # year first with slashes, as record systems abroad write it
    ('Bence HORVATH (DOB 2006.11.03), aged 16', [(19, 29)]),  # ... or with dots (Hungarian, Chinese)
    ('Return leg for adult only (BA074, 06AUG22).', [(34, 41)]),  # an airline's compact date, in capitals
    ('the 06aug22 file and CODE12AUG22X', []),  # in capitals only, standing alone
    ('see section 2006.11.3 and version 2019.1.12', []),  # a number's parts, one digit each
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
    # a year of two digits hyphened to its month: the compact form, whatever follows
    ('took place on 30-Oct-16 at the school', [(14, 23)]), ('22-Dec-10\tHealth visitor', [(0, 9)]),
    ('on 3 SEPTEMBER 1999', [(3, 19)]),
    ('1 April 2019 to 31 March 2020', [(0, 12), (16, 29)]),
    # a range of days is one date: no first day stays behind the month its replacement gives
    ('10-24 June 2019', [(0, 15)]),
    ('Taking place from 24-28 June 2024, the', [(18, 33)]),
    ('The course ran 3\u20135 May 2021.', [(15, 27)]),
    ('ran 30 April - 2 May 2022.', [(4, 25)]),
    ('from 24th to 28th June 2024 at', [(5, 27)]),
    ('Monday 24 - Friday 28 June 2024', [(0, 31)]),
    ('aged 3 - 28 June 2024', [(9, 21)]),  # a spaced dash after a bare number is the sentence's
    ('from 24 to 28 June 2024', [(5, 23)]),
    ('between 3 and 5 May 2021 she', [(8, 24)]), ('between 30 April and 2 May 2022', [(8, 31)]),
    ('aged 3 and 5 May 2021', [(11, 21)]),  # "and" joins a range's days only after "between"
    ('between 2002-2004 and 28 June 2024', [(22, 34)]),  # a year before the dash is no day
    ('30-28 June 2024', [(3, 15)]),  # backwards: no range
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
    # ... or be followed by a word that opens a clause or a name, as a count's noun never is
    ('arrived on 12 Sep 22 and was allocated', [(11, 20)]), ('On 24 Nov 22 JS Mahmood complained', [(3, 12)]),
    ('absent on 28 Jan 23 at roll call', [(10, 19)]), ('On 4 March 12 children and 3 staff', []),
    # the night across two days: one range ("27/28 January 2023")
    ('On the night of 27/28 January 2023 he was hurt', [(16, 34)]),
    ('12-34-56', []),  # sort code that is not a date
    ('Row\n10\tSeptember 2013', []),  # a tab separates cells: a row number, then a month
    ('on 10\nSeptember 2013', [(3, 20)]),  # a line break inside a date in running text
    # a stop after a full month's name, as after an abbreviated one ("29 Feb. 2008")
    ('on 29 May. 2008 at the school', [(3, 15)]), ('on 3 June. 2008 at', [(3, 15)]),
    ('It was 29 May. 12 staff attended', []),
])
def test_day_date(text: str, expected: list[tuple[int, int]]) -> None:
    assert _spans(DayDateRecognizer(), text, DATE_DAY) == expected


@pytest.mark.parametrize("text, expected", [
    ('DOB 14/03/2002', [(4, 14)]),
    ('DOB: 2008/03/14', [(5, 15)]),
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
    # among the personal details someone gave, and beside an NHS number in a person's brackets
    ('Mr Landy gave his details as 21/06/1977, Flat 9, 177 Abbie Way', [(29, 39)]),
    ('She gave her details as 15 March 1969 and an address', [(24, 37)]),
    ('The records for Jackline Maina (628 121 7063, 4 August 1998) were merged', [(46, 59)]),
    ('the NHS number (628 121 7063) and 4 August 1998 were noted', []),
    ('He gave details of the meeting on 4 August 1998', []),
    ('2002-03-14 is the meeting date', []),
    ('seen on 14/03/2002', []),  # no cue
    # a birthday without its year after a label or "born on": the day and month still identify
    ('DOB 14 March', [(4, 12)]), ('Child Q (DOB: 3rd April) lived', [(14, 23)]),
    ('she was born on the 3rd of April at home', [(20, 32)]),
    ('her birthday, 14 March', [(14, 22)]),
    ("Kai's birthday (12 March) was celebrated", [(16, 24)]),  # in brackets after it
    ("Kai's birthday on March 14th", [(18, 28)]), ('on her 3rd birthday in March', []),
    ('DOB 31 February', []), ('DOB: 12 Jan', [(5, 11)]),
    # ... with its weekday
    ('Child A was born on Thursday 5th April.', [(29, 38)]), ('(DOB Tuesday 24th September)', [(13, 27)]),
    # a family list's item: a name, the date, then the relationship
    ('Kayla Okafor \u2013 12.03.11 \u2013 daughter', [(15, 23)]),
    ('Kayla Okafor, 12/03/2011, older sister\n', [(14, 24)]),
    ('Meeting \u2013 12.03.11 \u2013 mother attended', []), ('the strategy meeting \u2013 12.03.11 \u2013 father', []),
    ('born in March 2002', []),  # month-year only
    ('DOB 31/02/2002', []),  # not a calendar date
    ('newborn 14/03/2002', []),  # cue inside a word
    ('\nb. 14 March 2002 strategy meeting', []),  # list label at line start
    ('born prematurely and on 14 March 2002 was discharged', []),  # too far from the cue
    ('born. 14 March 2002', []),  # sentence break after the cue
])
def test_date_of_birth(text: str, expected: list[tuple[int, int]]) -> None:
    assert _spans(DateOfBirthRecognizer(), text, DATE_OF_BIRTH) == expected


# Day first with a one-digit day or month and a two-digit year: a date after a date word or a date-of-birth
# cue, never bare (where "4.2.12" is a paragraph and "1.2.10" a version).
@pytest.mark.parametrize("text, expected", [
    ('Seen on 11.10.15 at home', [(8, 16)]),  # two-digit parts are dates anywhere
    ('The GP saw her on 4.8.07.', [(18, 24)]),
    ('on the 4.8.07', [(7, 13)]),
    ('Dated 4.8.07', [(6, 12)]),
    ('From 4.8.07 until 6.8.07', [(5, 11), (18, 24)]),
    ('between 4-8-07 and 6-8-07', [(8, 14), (19, 25)]),
    ('by 12.5.19, and again on 3.6.19', [(3, 10), (25, 31)]),
    ('Monday 4.8.07', [(7, 13)]),
    ('Date: 4.8.07', [(6, 12)]),
    ('Date of visit: 4.8.07', [(15, 21)]),
    ('(on 4.8.07)', [(4, 10)]),
    ('See 4.2.12 and 4.2.13', []),  # paragraph numbers
    ('section 4.2.12', []),
    ('In 4.2.12 the panel found', []),
    ('4.2.12 The GP saw her', []),  # a numbered paragraph at the start of a line
    ('paragraphs 4.2.11 and 4.2.12', []),
    ('version 1.2.10 and v2.1.15', []),  # versions
    ('on 1.2.3', []),  # a section number: no two-digit year
    ('on 4.30 and at 14.30', []),  # times
    ('won 3-1-15 on penalties', []),  # a score-like run without a date word
    ('£4.50 on 4.8.7', []),  # money, and a one-digit year
    ('on 4.8.07.1', []),  # part of a longer number
    ('on 31.2.07', []),  # not a calendar date
    ('on 4.13.07', [(3, 10)]),  # month first where only that reading is possible (US)
    ('on 14.13.07', []),  # neither order
])
def test_short_day_date(text: str, expected: list[tuple[int, int]]) -> None:
    assert _spans(DayDateRecognizer(), text, DATE_DAY) == expected


@pytest.mark.parametrize("text, expected", [
    ('DOB 27.8.05', [(4, 11)]),
    ('born 4.8.07', [(5, 11)]),
    ('d.o.b. 2.1.15', [(7, 13)]),
    ('D.O.B.: 4-8-07', [(8, 14)]),
    ('d.o.b 2.1.15', [(6, 12)]),
    ('date of birth 23.2.04', [(14, 21)]),
    ('born on 4/8/07', [(8, 14)]),
    ('Sarah Jones (b. 4.8.07)', [(16, 22)]),
    ('Child E\tdate of birth 27.8.05', [(22, 29)]),
    ('Child E, 4.8.07 (DOB), lived', [(9, 15)]),
    ('DOB see 4.2.12', []),  # "see" is no filler between a cue and a date
    ('born 31.2.07', []),  # not a calendar date
    ('born 4.8.7', []),  # one-digit year
    ('DOB 1.2.3', []),
])
def test_short_date_of_birth(text: str, expected: list[tuple[int, int]]) -> None:
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


@pytest.mark.parametrize("text, expected", [
    ("On 22 March the IDVA called the refuge.", ["22 March"]),
    ("ED notes: baby born 14th Feb at home.", ["14th Feb"]),
    ("planned to travel on the 2nd of April with her aunt", ["2nd of April"]),
    ("The FMU referral was made on 11 October.", ["11 October"]),
    ("Seen by the GP on March 22nd, then discharged.", ["March 22nd"]),
    ("The panel met on 14 March to consider the review.", ["14 March"]),  # (the plan keeps the review's own)
    # a date with its year is the other recogniser's; a number after the month is no year but no date either
    ("On 22 March 2021 the IDVA called.", []), ("On 4 March 12 staff attended", []),
    ("On 22 March\n2021 the IDVA called.", []),
    # a table's row number, a tab, then a month; a range of months or days; a number that is no day
    ("7\tApr\u2013May 2022\tRemand", []), ("6 March - June 2020 all agencies", []),
    ("licensed for holiday use only, 1 March to 31 January.", []),
    ("Question 4 may be answered later.", []), ("31 February was the day", []),
    # the year's holidays, a pharmacy's or a school's closing days, no event's
    ("Chauhan's Chemist closing 25, 26 Dec + 1 Jan.", []), ("closed from 24 December to 2 January", []),
])
def test_yearless_day_date(text: str, expected: list[str]) -> None:
    found = YearlessDateRecognizer().analyze(text, [DATE_DAY])
    assert [text[r.start:r.end] for r in found] == expected
