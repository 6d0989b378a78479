"""Dates about the review itself (its own date, versions, meetings) are kept; dates of the family's life are not."""

from __future__ import annotations

import pytest

from redactor.mention import Mention
from redactor.report_dates import about_the_review

TITLE = "Serious Case Review\n\nChild R\n\nOVERVIEW REPORT\n\nThe Board\n\n"
PROSE = "Serious case reviews shed light on whether lessons can be learned about the way local agencies work.\n\n"


def _mention(text: str, date: str, segment: str = "txt", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(date, start + 1)
    return Mention(segment, start, start + len(date), date, "DATE_DAY", 0.6, "DayDateRecognizer")


@pytest.mark.parametrize("text, date", [
    (TITLE + "3rd June 2019\n\nLead Reviewer\n", "3rd June 2019"),  # alone on the title page
    ("Baby T\n\nLearning Review\n\nAuthor: A. Writer\n\n12.09.16\n\nCONTENTS\n", "12.09.16"),
    (TITLE + "Date: 10 October 2018\n", "10 October 2018"),
    (TITLE + "Dated 10/10/2018.\n", "10/10/2018"),
    ("Learning review\nPublished: 10 March 2018\n", "10 March 2018"),
    ("Report date: 11.10.15", "11.10.15"),  # a report word before it on the line
    ("The final report dated 12 May 2019 was sent.", "12 May 2019"), ("Draft dated 3 May 2019", "3 May 2019"),
    ("Date of publication: 12 May 2019", "12 May 2019"),
    ("Final version 12.05.2019", "12.05.2019"),
    ("Draft 3 – 12/05/2019", "12/05/2019"),
    ("v2 12/05/2019", "12/05/2019"),
    ("Draft v.3, 12 May 2019", "12 May 2019"),
    ("Version 2.1, 12 May 2019", "12 May 2019"),
    ("Last updated: 12 May 2019", "12 May 2019"),
    ("The panel met on 19 January 2011.", "19 January 2011"),
    ("The Rapid Review meeting was held on 3 May 2019.", "3 May 2019"),
    ("This report was finalised on 12 May 2019.", "12 May 2019"),
    ("The review was presented to the Partnership on 12 May 2019.", "12 May 2019"),
    ("Comments on this draft to the Board by 9 December 2016.", "9 December 2016"),
    ("The terms of reference were signed off on 2 April 2019.", "2 April 2019"),
    ("Comments on the draft were due by the Board on 3 June 2019.", "3 June 2019"),
    ("The family consultation on the draft report took place on 4 June 2019.", "4 June 2019"),
    ("Key individuals\nName\tRole\nA\tChild R\n\nThis report belongs to the Board.\n\nSerious Case Review\n\n"
     "12 May 2019\n", "12 May 2019"),  # a table before the title does not end the title page
    # approved or endorsed by the board, named by its acronym
    ("Approved by the IOWSCB on 8 July 2014", "8 July 2014"),
    ("Child Sexual Exploitation: Children A to F Approved by the OSCB February 26th 2015 Independent Reviewer",
     "February 26th 2015"),
    ("Endorsed on 13/08/2012 by SCB members", "13/08/2012"),
    ("Date Original SCR submitted to Ofsted 22/11/07", "22/11/07"),
    # the board or the review is what the sentence goes on about
    ("On 23/3/10 the Westbridge Safeguarding Children Board (WSCB) Serious Case Review Panel decided", "23/3/10"),
    ("On 4 September 2008 Ofsted deemed the SCR to be inadequate.", "4 September 2008"),
    # under the report's credit (its author, or the board it was presented to), after an opening in prose
    (PROSE + "Report by:\n\nA. WRITER (NSPCC)\n\nIndependent Overview Report Writer\nMonday 26th April 2010\n",
     "26th April 2010"),
    (PROSE + "Presented to Westbridge Safeguarding Children Board\n\non\n\n16 July 2012\n", "16 July 2012"),
    (PROSE + "Prepared by:- A. Writer Independent Author Date: 3rd April 2015\n", "3rd April 2015"),
    ("Learning Review\n\nReport AuthorA. Writer\n\nMSc MA CQSW\n\nAssociate of Writer Consulting Ltd\n\n"
     "12.10.2020 (revised for publication 05.01.2021)Page 1 of 49\n", "12.10.2020"),
])
def test_kept_as_about_the_review(text: str, date: str) -> None:
    assert about_the_review([_mention(text, date)], {"txt": text})


@pytest.mark.parametrize("text, date", [
    ("She was admitted on 12 October 2010.", "12 October 2010"),
    ("The IRO chaired a looked after review on 9.3.13; Child R did not attend.", "9.3.13"),  # the child's review
    ("A strategy meeting was held on 14 March 2015.", "14 March 2015"),  # the child's meeting
    ("The core group meeting on 14 March 2015 was cancelled.", "14 March 2015"),
    ("The social worker met Child R on 14 March 2015.", "14 March 2015"),
    ("The school made a report to the police on 14 March 2015.", "14 March 2015"),
    (TITLE + "Chronology\n\n14/03/2015\nHome visit by the health visitor.\n", "14/03/2015"),  # a chronology
    (TITLE + "14/03/2015 Home visit\n", "14/03/2015"),  # more on the line than a date
    ("Her version of events changed. On 14 March 2015 she left.", "14 March 2015"),  # "version" not right before
    # "dated" of anything but the report: a fracture's age, a child's letter
    ("the rib fractures, which the radiologist dated as two to five weeks old on 22 April 2023, may", "22 April 2023"),
    ("Cafcass carried out safeguarding checks (letter dated 02/09/2020) and noted", "02/09/2020"),
    ("Child R was seen at home by the health visitor, who noted no concerns at all.\n\n14/03/2015\n",
     "14/03/2015"),  # running text before it: the title page has ended
    ("Child R\n\n14/03/2015\n", "14/03/2015"),  # nothing names a report
    (TITLE + "x" * 1600 + "\n14/03/2015\n", "14/03/2015"),  # too far into the document
    ("A\tB\tC\n1\tChild R\t14/03/2015\n", "14/03/2015"),  # a table cell
    # a child's label that is a version's letter: "Child V (NHS number, date of birth)"
    ("The records for Child V (997 368 3994, 1st October 2010) were merged.", "1st October 2010"),
    # a family's approval, a child's presentation; a credit with more on the date's line, or too far above
    ("Her housing application was approved on 12 May 2015.", "12 May 2015"),
    ("She presented to the Emergency Department on 12 May 2015.", "12 May 2015"),
    ("On 12 May 2015 Ofsted inspected the children's home where she lived.", "12 May 2015"),
    ("On 12 May 2015 she was seen at home. The Board later asked why.", "12 May 2015"),
    ("The Independent Reviewer met the mother\n12 May 2015 Home visit\n", "12 May 2015"),
    (PROSE + "Report by: A. Writer\none\ntwo\nthree\nfour\n12 May 2015\n", "12 May 2015"),
    (PROSE + "Chronology\n\nThe reviewer read the records.\n\n12 May 2015\n", "12 May 2015"),
    # "By" opening a sentence tells the story's time, no deadline ("By 2nd May 2016, the family had moved")
    ("The flat was damp. By 2nd May 2016, the family had moved.", "2nd May 2016"),
    ("By 13 September 2012, the family had moved.", "13 September 2012"),
    # the review's words, then what happened to the child in a clause of its own ("who died on …")
    ("This review concerns Child R, who died on 17 November 2023 aged two years.", "17 November 2023"),
    ("The review is about Baby E, born on 3 March 2022 at home.", "3 March 2022"),
    # ... or what an agency told the review happened to the family ("it received a self-referral on …")
    ("The charity has told the review that it received a self-referral from Mr Lowe on 3 March 2020.",
     "3 March 2020"),
    ("B1. Period under review: Child R's birth (14/05/2021) to his death.", "14/05/2021"),
    # the family's paper signed, no report's ("The safety plan signed on …", "a tenancy agreement signed on …")
    ("The safety plan signed on 21/06/2022 named his grandmother as the supervisor.", "21/06/2022"),
    ("The tenancy agreement was signed on 3 May 2021.", "3 May 2021"),
    # ... or a panel of the child's, no review panel ("the Out of Court Disposal panel 10/05/2023")
    ("The officer completed a referral to the Out of Court Disposal panel 10/05/2023. The panel had", "10/05/2023"),
    ("The fostering panel approved the carers on 4 June 2020.", "4 June 2020"),
    # someone's comment, a doctor's consultation: the family's, no review's comments or consultation
    ("9. Stefan's comment on 7 June 2022 was recorded accurately.", "7 June 2022"),
    ("The DSL recorded Brooklyn's comment about doing the breakfast on 24/01/2023 and sent it on.", "24/01/2023"),
    ("The consultation on 09.01.23 with Dr Quigley recorded her son interpreting.", "09.01.23"),
    # the review named after the date only as where something matters ("… is the pivotal moment in this review")
    ("The DSL's entry of 12 May 2023 is the pivotal moment in this review.", "12 May 2023"),
])
def test_not_about_the_review(text: str, date: str) -> None:
    assert not about_the_review([_mention(text, date)], {"txt": text})


def test_every_mention_must_be_about_the_review() -> None:
    text = TITLE + "10 October 2018\n\nContents\n\nOn 10 October 2018 Child R was admitted.\n"
    first, second = _mention(text, "10 October 2018"), _mention(text, "10 October 2018", nth=1)
    assert about_the_review([first], {"txt": text})
    assert not about_the_review([first, second], {"txt": text})


def test_title_page_across_segments_in_document_order() -> None:
    body = [("docx:word/document.xml:0", "Serious Case Review"), ("docx:word/document.xml:1", "Child R"),
            ("docx:word/document.xml:2", "10 October 2018")]
    text = "Child R was seen at home by the health visitor, who noted no concerns at all. " * 30
    rest = [("docx:word/document.xml:3", text), ("docx:word/footer1.xml:0", "10 October 2018")]
    texts = dict(body + rest)
    on_title = _mention("10 October 2018", "10 October 2018", "docx:word/document.xml:2")
    in_footer = _mention("10 October 2018", "10 October 2018", "docx:word/footer1.xml:0")
    assert about_the_review([on_title], texts)
    assert not about_the_review([in_footer], texts)  # headers and footers come after the body
    later = dict([*body[:2], ("docx:word/document.xml:9", text), body[2]])
    assert not about_the_review([on_title], later)
