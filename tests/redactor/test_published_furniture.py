"""What a published review prints for its reader is public; what identifies the family is still found.

Each row is a sentence as published reviews write it, run through the whole analysis: ``kept`` must not be
suggested for change, ``found`` must be.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.pipeline import analyse

pytestmark = pytest.mark.model


def _changed(tmp_path: Path, text: str) -> list[str]:
    """The text of every mention the analysis would change."""
    draft = tmp_path / "d.txt"
    draft.write_text(text, encoding="utf-8")
    analysis = analyse(draft)
    return [m.text for e in analysis.entities for m in e.mentions]


def _check(tmp_path: Path, text: str, kept: str | None, found: str | None) -> None:
    changed = _changed(tmp_path, text)
    if kept is not None:
        assert not any(kept in c or c in kept for c in changed), changed
    if found is not None:
        assert any(found in c for c in changed), changed


@pytest.mark.parametrize("text, kept, found", [
    ("For more information visit www.quillburyLSCB.com\n", "www.quillburyLSCB.com", None),
    ("The review is published at http://www.westbridgescb.org/reviews and on the council's site.\n",
     "http://www.westbridgescb.org/reviews", None),
    ("Copies are on www.lscb-quillbury.org and https://www.eastvale.gov.wales for staff.\n",
     "www.lscb-quillbury.org", None),
    # A family's, a person's or a school's site and a person's e-mail are still found.
    ("The father posted on www.facebook.com/darren.hartley.77 every night.\n", None,
     "www.facebook.com/darren.hartley.77"),
    ("Her blog, www.chloehartleyblog.co.uk, described the baby.\n", None, "www.chloehartleyblog.co.uk"),
    ("The school's site, www.quillbury-primary.sch.uk, named the class.\n", None, "www.quillbury-primary.sch.uk"),
    ("She wrote to chloe.hartley@quillburylscb.com about the case.\n", None, "chloe.hartley@quillburylscb.com"),
])
def test_a_board_website_is_public(tmp_path: Path, text: str, kept: str | None, found: str | None) -> None:
    _check(tmp_path, text, kept, found)


@pytest.mark.parametrize("text, kept, found", [
    ("If you suspect a child is at risk of harm, please call The Contact Centre on 01632 960718.\n",
     "01632 960718", None),
    ("Please call the NSPCC helpline free on 0808 800 5000.\n", "0808 800 5000", None),
    ("For further advice, contact the Safeguarding Hub on 0300 123 4567.\n", "0300 123 4567", None),
    # A number someone in the case called or owned is still found.
    ("Child R's mother called the GP on 01632 960718 twice that week.\n", None, "01632 960718"),
    ("Please call me on 01632 960718, the mother wrote to the school.\n", None, "01632 960718"),
    ("Call Darren Hartley on 01632 960718.\n", None, "01632 960718"),
    ("If you are worried, please call the Duty Team on 07700 900123.\n", None, "07700 900123"),  # a mobile
    ("Her mobile number was 07700 900456.\n", None, "07700 900456"),
    ("Grandmother\nName: Chloe Hartley\nContact: 01632 960718\n", None, "01632 960718"),  # a field, no instruction
])
def test_the_readers_instruction_gives_a_public_number(tmp_path: Path, text: str, kept: str | None,
                                                       found: str | None) -> None:
    _check(tmp_path, text, kept, found)


@pytest.mark.parametrize("text, kept, found", [
    ("This review follows the sad death of Baby E. Due to our concerns the board commissioned it.\n", "Due", None),
    ("The board reviewed the care of Child K. Following this, agencies changed their plans.\n", "Following", None),
    # A real name is still found: initials and a surname, or a name opening the next sentence.
    ("J. Smith visited the home with the health visitor.\n", None, "J. Smith"),
    ("The police spoke to Child K. Aaliyah Okafor visited the next day.\n", None, "Aaliyah Okafor"),
    ("The house was searched after the death of Baby E. Hartley was arrested.\n", None, "Hartley"),
])
def test_a_labels_letter_ends_its_sentence(tmp_path: Path, text: str, kept: str | None, found: str | None) -> None:
    _check(tmp_path, text, kept, found)


@pytest.mark.parametrize("text, kept, found", [
    ("Embed Size (px)\n", "Embed Size", None),
    ("Serious Case Review Child K\n\nDownload Report\n\nEmbed Size (px)\n\n344 x 292\n", "Embed Size", None),
    # A name with no listed word is still found where a person's context says so, and wherever it is repeated.
    ("The report was sent to Zorbeth Hollow in May.\n\nLater, her partner Zorbeth Hollow moved in.\n", None,
     "Zorbeth Hollow"),
    ("The report was sent to Heather Church in May.\n", None, "Heather Church"),
])
def test_web_page_furniture_is_no_name(tmp_path: Path, text: str, kept: str | None, found: str | None) -> None:
    _check(tmp_path, text, kept, found)


@pytest.mark.parametrize("text, kept, found", [
    ("Comments\n\nPosted by Chris A Brown at 09/10/2013 23:17:09\n\nThe review was useful.\n", "Chris A Brown", None),
    ("Published by: Jane Smithson on Jun 24, 2010\n", "Jane Smithson", None),
    # a news page's dateline and author, the line under the headline
    ("Baby D Serious Case Review\n\nThursday, 7 April 2016 | Alisha Spaldwick\n\nThis report concerns a baby.\n",
     "Alisha Spaldwick", None),
    ("Baby E Review\n\nWednesday 22 February 2017 | Paulo Nicholby\n\nThe Board has today published it.\n",
     "Paulo Nicholby", None),
    # A sentence telling what someone posted is still found.
    ("The video was posted by Darren Hartley on 12 May 2019 and shared widely.\n", None, "Darren Hartley"),
    ("Posted by Darren Hartley on 12 May 2019, the video was shared by his friends.\n", None, "Darren Hartley"),
    # a chronology's row: a date and what the person did
    ("12 May 2019 | Darren Hartley visited the home\n", None, "Darren Hartley"),
    ("12/05/2019 | Darren Hartley\n", None, "Darren Hartley"),
])
def test_a_web_pages_byline_is_public(tmp_path: Path, text: str, kept: str | None, found: str | None) -> None:
    _check(tmp_path, text, kept, found)


@pytest.mark.parametrize("text, kept, found", [
    ("BSCP2020-21-01: Never, Ever Shake a Baby\n\nWe held a webinar titled \u2018Never, Ever shake a Baby\u2019.\n",
     "Ever Shake", None),
    # A name written with its capitals wherever it stands is still found.
    ("Grace Archer visited the home.\n\nLater Grace Archer rang the school.\n", None, "Grace Archer"),
    ("Grace Archer visited the home. She would grace archery classes.\n", None, "Grace Archer"),
])
def test_words_the_draft_writes_in_lower_case_as_a_phrase_are_no_name(tmp_path: Path, text: str, kept: str | None,
                                                                        found: str | None) -> None:
    _check(tmp_path, text, kept, found)


@pytest.mark.parametrize("text, kept, found", [
    ("Minister for Health Minister Rowena Feltham today welcomed the report. Launching it, the Minister said: "
     "\u201cI welcome it.\u201d\n", "Minister", None),
    ("Coun Jude Harkaway said: \u201cIt is so sad.\u201d Sir Bram Kettleby agreed.\n", "Harkaway", None),
    ("It was agreed that Casimir Vantongeren, Interim Chair of the Quillbury Safeguarding Children Board (QSCB), "
     "would present it. Mr Vantongeren informed the committee.\n", "Vantongeren", None),
    # an office's word as a surname, and a name after a title that is no office, are still found
    ("Lisa Jane Minister was the child's aunt. Ms Minister visited.\n", None, "Lisa Jane Minister"),
    ("The Minister visited Jayden Smith at home.\n", None, "Jayden Smith"),
])
def test_public_officials_in_news_and_minutes(tmp_path: Path, text: str, kept: str | None, found: str | None) -> None:
    _check(tmp_path, text, kept, found)


@pytest.mark.parametrize("text, kept, found", [
    # the review's named author's own mailbox: as public as the author
    ("Independent Reviewer: Dr Helen Carrow\n\nComments to h.carrow@reviewassociates.co.uk by March 2024.\n"
     "Kayden Price was 15.\n", "h.carrow@reviewassociates.co.uk", None),
    ("Independent Reviewer: Dr Helen Carrow\n\nComments to helen.carrow@reviewassociates.co.uk by March 2024.\n",
     "helen.carrow@reviewassociates.co.uk", None),
    # ... never a family member's who shares the surname only
    ("Independent Reviewer: Dr Helen Carrow\n\nThe mother, Kim Carrow, wrote from k.carrow77@gmail.com often.\n",
     None, "k.carrow77@gmail.com"),
])
def test_the_named_authors_mailbox_is_public(tmp_path: Path, text: str, kept: str | None, found: str | None) -> None:
    _check(tmp_path, text, kept, found)
