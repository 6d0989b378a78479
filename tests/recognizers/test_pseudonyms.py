"""Tests for the pseudonym labels a draft already uses (Child K, LA2, Police Force 1, YPA, Baby JW)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from recognizers.keep import default_keep_phrases
from recognizers.pseudonyms import draft_labels, find_labels, is_label_letter, label_letters


def _labels(text: str) -> list[str]:
    return [text[s:e] for s, e in find_labels(text)]


@pytest.mark.parametrize("text, expected", [
    ("Child K's mother rang LA2.", ["Child K", "LA2"]),
    ("Police Force 1 and Police Force 12 attended.", ["Police Force 1", "Police Force 12"]),
    ("Young Person A (YPA) met PA2.", ["Young Person A", "YPA", "PA2"]),
    ("Adult B, Mother 1 and Baby JW.", ["Adult B", "Mother 1", "Baby JW"]),
    ("School 2, Hospital 1 and Children's Home 3 were told.", ["School 2", "Hospital 1", "Children's Home 3"]),
    ("The board called it Case Z.", ["Case Z"]),
    # a business or a local body by its kind and a letter ("Company A", "Farm B")
    ("The forklift belonged to Company A. Farm B and Restaurant 1 were visited.", ["Company A", "Farm B",
                                                                                   "Restaurant 1"]),
    ("Child Z ('CZ') moved.", ["Child Z", "CZ"]),
    ("YP1 and SW3 met.", ["YP1", "SW3"]),
    ("Mr A was seen.", ["Mr A"]),
    ("Child K lived in LAW, then LAX.", ["Child K", "LAW", "LAX"]),
    ("LA2 RESPONSE", ["LA2"]),  # a number makes it a label wherever it stands
    # any role's or agency's words in capitals with a number: a label the draft chose
    ("The site warden, Site Warden 1, noted it. Rabbi 1 arrived later.", ["Site Warden 1", "Rabbi 1"]),
    ("Exploitation Co-ordinator 1 attended with Bereavement Service 1.",
     ["Exploitation Co-ordinator 1", "Bereavement Service 1"]),
])
def test_finds_labels(text: str, expected: list[str]) -> None:
    assert _labels(text) == expected


@pytest.mark.parametrize("text", [
    "Child Karen was seen.",      # a name, not a label
    "the School I attended",      # the pronoun
    "School 2019 report",         # a year
    "Mr J.Smith called.",         # an initial and a surname
    "Dec 2015 and Jan 2016",      # dates
    "Sutton Coldfield B73 6AA",   # a postcode
    "She lived at Flat 4 and was seen on Ward 11 in Room 14.",  # a home's or a ward's number: an address's part
    "Dear Julie 2 the rescue",    # a name
    "Level 3 Diploma in 12 weeks", "He scored 12 in Year 9", "the flat in Tower 2 on the estate",  # no role
    "Grace Turner 14 was the eldest", "Sister\tGrace Turner\t14",  # a name and an age
    "child k was seen",           # lower case: no label
    "OSWIN LAW\nIndependent author",  # a surname in a name written in capitals
    "Father \u2013 LAM Wing Hong (uses the English name Raymond)",  # a record's surname before the given names
    "SERIOUS CASE REVIEW: PAT SWAN PAX MORRIS",
])
def test_no_label(text: str) -> None:
    assert _labels(text) == []


@pytest.mark.parametrize("text", [
    "Dr Imran Chaudhry (Dr IC) saw Ada. Later Dr IC said she was fine.",
    "KM \u2013 Dr Kirsty Munro, CAMHS clinical psychologist\n - Dr KM: disclosed debt in June.",
    "AM\tDr Anil Mehta\tGP\n9\t20/01/2022\tGP\tDr AM\tChantelle seen.",
    "Mr Jon O'Neill-Evans visited; Mr JO said it went well.",  # (a double-barrelled surname's first part)
])
def test_a_titles_initials_of_a_full_name_in_the_draft_are_no_label(text: str) -> None:
    # "Dr IC" beside "Dr Imran Chaudhry": his initials, no pseudonym the draft chose
    assert not [label for label in draft_labels([text]) if label.startswith(("Dr", "Mr"))]


def test_a_titles_letters_that_are_no_ones_initials_stay_a_label() -> None:
    assert draft_labels(["Ms BB told the panel. Ms BB's son, Child K, was 4. Mr Ben Jones attended."]) == [
        "Ms BB", "Child K"]


def test_labels_are_kept_and_listed_once() -> None:
    texts = ["Child K's mother and Child K.", "LA2 said"]
    assert draft_labels(texts) == ["Child K", "LA2"]
    keep = default_keep_phrases([SimpleNamespace(text=t) for t in texts], [])
    assert "Child K" in keep and "LA2" in keep


_DECLARING = [pytest.param(*p) for p in [
    ("The subject of this review is a young boy, John. John is a pseudonym, chosen with his family.", ["John"]),
    ("Amira (not her real name) was seen by the GP.", ["Amira"]),
    # a name someone chose for the review
    ("The adult at the centre of this review is referred to as Seren, a name chosen by her mother.", ["Seren"]),
    # set off by commas, and a list of names declared together
    ("Maisie, not her real name, had been made subject to a plan.", ["Maisie"]),
    ("her parents Natalie and Karl, also not their real names, were", ["Natalie", "Karl"]),
    ("the children, Ava, Mia and Leo (not their real names), lived", ["Ava", "Mia", "Leo"]),
    ("Baby Leo (a pseudonym) was born early.", ["Baby Leo"]),
    ("The name ‘Rachel’ has been used to protect her identity.", ["Rachel"]),
    ("She is referred to in this report as Molly.", ["Molly"]),
    ("The pseudonym Tyler has been chosen by his mother.", ["Tyler"]),
    ("To protect the identities of those involved, the child has been given the pseudonym Maisie Harrison.",
     ["Maisie Harrison"]),
    ("The review is anonymised to protect the family and uses the name ‘Delta’. Delta came from a stable home.",
     ["Delta"]),
    ("a briefing concerning a child who we shall refer to as Patricia. On 10th July", ["Patricia"]),
    ("The young person will be referred to as Rosie throughout.", ["Rosie"]),
    ("the death of a baby who shall be known as Theo.", ["Theo"]),  # the review's choice (future tense)
    # the name the review knows the child by
    ("Polly, as she is known in the review, was on a supervision order.", ["Polly"]),
    ('the child, known as "Ella" in this report, lived with her father', ["Ella"]),
    # the name a review goes by, in quotation marks after its title or a label's role word
    ("Agenda and draft minutes \u2013 Serious Case Review 'Sarah'\n\nSarah died in 2019.", ["Sarah"]),
    ("Title: Serious case review: overview report: Child \u2018Elias\u2019: DOB: 31.03.16", ["Elias"]),
    ("Angus Child Protection Committee \u2013 \u201cIsabelle\u201d", ["Isabelle"]),
    ("Learning from the SCR \u2018Jack\u2019 was shared.", ["Jack"]),
    ("The Child Safeguarding Practice Review: \u201cPoppy\u201d", ["Poppy"]),
    ('Child Safeguarding Practice Review in respect of "Azad"\n', ["Azad"]),
    # the name a family asked the published report to call someone
    ('His family have asked that the published report call him "Yusuf", his grandfather\'s name.', ["Yusuf"]),
    # a review listed by its name and its publication date, a line of its own
    ("Surrey Safeguarding Adults Board (SSAB)\n\nLouise | published February 2024\n\nThis review considered",
     ["Louise"]),
    ("Child Poppy \u2013 Published March 2021\n", ["Poppy"]),
    # a first name after "Child", alone on its line: a cover's name for the review ("Child Patrick")
    ("Bedford Borough Safeguarding\n\nChildren Board\nChild Patrick\nSerious Case Review\n", ["Patrick"]),
    ('Ania\'s family chose the pseudonym "Ania" for the published report.', ["Ania"]),
    # a review that goes by a first name, its kind after it, at the start of a line: "Gillian SAR (2023)"
    ("Gillian SAR (2023)\nGillian was in her late 60s.", ["Gillian"]),
    # ... whom friends called by it, where no full name of its letters is written: the published review's own
    ('Safeguarding Adults Review \u2013 "Ann"\n\nShe was widowed in 2012. Friends called her Ann.', ["Ann"]),
    ("Clive Discretionary SAR (2024)\nClive had a learning disability.", ["Clive"]),
    ("  Harry Safeguarding Adults Review\n", ["Harry"]),
    ("Sophie CSPR \u2013 published 2022\n", ["Sophie"]),
    # a key's note of the name the review will use: "(working pseudonym \u201cNasrin\u201d \u2013 to be confirmed)"
    ('Shilan HAMAD AMIN (working pseudonym "Nasrin" \u2013 to be confirmed with her family)', ["Nasrin"]),
    ("Proposed pseudonym: \u2018Jade\u2019", ["Jade"]),
    ('Subject: Mohammed Ayaan RAHMAN (pseudonym for publication: "Sami")', ["Sami"]),
    # pseudonyms a family chose, each for whom ("be \u201cAnia\u201d for Magda and \u201cKuba\u201d for Kacper")
    ('Justyna has asked that the family\'s chosen pseudonyms be "Ania" for Magda and "Kuba" for Kacper \u2013 to '
     "be confirmed.", ["Ania", "Kuba"]),
    # a name the review marks as its pseudonym, though it says friends know the child by it
    ('Yonas (pseudonym) was 15. Known to friends as "Yonas (pseudonym)".', ["Yonas"]),
]]


@pytest.mark.parametrize("text, expected", _DECLARING)
def test_names_the_draft_declares_pseudonyms_are_labels(text: str, expected: list[str]) -> None:
    assert draft_labels([text]) == expected
    keep = default_keep_phrases([SimpleNamespace(text=text)], [])
    assert all(name in keep for name in expected)


_NOT_DECLARING = (
    "Mohammed, known as Mo to his friends, was seen.",  # a nickname is the child's own
    "He was referred to as a risk by the school.",
    "The pseudonym used online by Jordan Price was 'Kay'.",  # an online alias, not the review's pseudonym
    'His online pseudonym "Kay" was used to groom her.',  # an alias he used, not the review's
    'She wrote "Mum" for her mother on the form.',  # a quoted word for someone, on no line about pseudonyms
    "Amira said her real name was Amina.",
    "The father uses the name Jay with friends.",  # a name someone goes by, not the review's
    "The school referred Amira to CAMHS as Patricia had asked.",
    "The child, known as 'Kenny', was seen.",  # a nickname in quotation marks is the child's own
    "Her mother told the review 'Kim was fine' that day.",  # a quotation, not a name
    "The father called the child 'Tiny'.",
    "Her son, Jayden, a name given by his father, was seen.",  # a child's name that his father gave, not a review's
    "The eldest Child Patrick Smith attended school.",  # not alone on its line
    "Child\tPatrick Smith\t4 years",  # a family table's row
    # the review's name is the first name the draft gives someone in full: a real name, no pseudonym
    "A Serious Case Review \u2018Anne-Marie Wallis\u2019\n\nA Serious Case Review \u2018Anne-Marie\u2019",
    "Serious Case Review 'Sarah'\n\nSarah Okonkwo was born in 2010.",
    # (a double first name's first part: "Florin-Alexandru Stoica")
    'Child Safeguarding Practice Review \u2013 "Florin"\n\n1.1 This review concerns Florin-Alexandru Stoica, aged 13.',
    # (a surname that opens with a particle: "Lucas da Silva Marques")
    'Child Safeguarding Practice Review: "Lucas" (working title)\n\nA1. This review concerns Lucas da Silva Marques.',
    # ... or the name the draft says someone goes by: a real nickname
    'Child Safeguarding Practice Review: "Abdi"\n\nAbdirahman Warsame, known to everyone as Abdi, was hurt.',
    "Serious Case Review 'Ola'\n\nThe reviewer met Aleksandra Kowalczyk, known to her friends as Ola.",
    # (… or what an adverb says the person is always called)
    'Child Safeguarding Practice Review \u2013 "Millie"\n\nAmelia-Rose Kowalczyk, always called Millie, was born '
    "in 2008.",
    'Local Child Safeguarding Practice Review: "Zosia"\n\n1. Zofia Penrose died.\n2. Zofia was known in the family '
    "as Zosia.",
    # ... in quotes after the full name, or "to everyone", or as friends called them
    'Safeguarding Adult Review \u2013 "Gwen"\n\n1.1 Gwendoline Tapper ("Gwen", sometimes recorded as Gwendoline Taper) '
    "died.",
    'SAFEGUARDING ADULT REVIEW \u2013 "Peggy"\n\n1.1 Margaret Ellis \u2013 "Peggy" to everyone in the village '
    '\u2013 died.',
    # ... or in quotes in brackets between the first name and the surname
    'Child Safeguarding Practice Review \u2013 "Tolu"\n\n1.1 This review concerns Tolulope ("Tolu") Adeyemi, a girl.',
    'SAFEGUARDING ADULTS REVIEW \u2013 "Zbyszek"\n\nZbigniew W\u00f3jcik died. Friends and colleagues called him '
    'Zbyszek.',
    # ... or the short form of the first name the draft gives someone in full
    'Safeguarding Adult Review \u2013 "Gwen"\n\nGwendoline Tapper died in 2023, aged 91.',
    # a first name before a review's kind in mid-sentence; the real first name of a full name
    "The panel told Gillian SAR findings would follow.",
    "Gillian SAR (2023)\nGillian Hughes was in her late 60s.",
    # a label's shape that is the initials of a full name the draft writes ("GP" + "H"; "HV" + "C")
    "The head coach, Gareth Pryce-Holloway, joined in 2019. A parent reported that GPH had sent messages.",
    "Health visitor Harriet Vance-Cole visited. HVC saw the baby.",
    "Review in respect of AC (Aiyaan Chaudhry, 15 years)\n1. May 2021 - Sibling AC noted in family record.",
)


@pytest.mark.parametrize("text", _NOT_DECLARING)
def test_no_declared_pseudonym(text: str) -> None:
    assert draft_labels([text]) == []


@pytest.mark.parametrize("text, expected", [
    ("the death of Baby E. Due to", True), ("Child K. Following", True), ("Young Person A. Sadly", True),
    ("Mother 1. Then", False),  # a number, no letter
    ("Dr A. Patel", False), ("Social Worker J. Smith", False), ("Sister A. Khan", False),  # a title or job opens a name
    ("J. Smith", False), ("the Child I. Then", False),  # "I" is the pronoun
])
def test_a_labels_letter(text: str, expected: bool) -> None:
    at = text.index(".") - 1
    assert is_label_letter(text, at, at + 1) is expected


def test_declarations_are_found_on_their_cue_lines_as_in_the_whole_text() -> None:
    """Only lines holding a declaration's cue are searched: the same declarations, at the same places."""
    from recognizers.cue_lines import on_cue_lines
    from recognizers.pseudonyms import _DECLARED, _DECLARED_CUE

    examples = [p.values[0] for p in _DECLARING] + list(_NOT_DECLARING)
    text = "\n".join(["The review met the family.", *examples, "No one else."])
    whole = [(m.start(), m.end(), m.group()) for m in _DECLARED.finditer(text)]
    assert len(whole) >= 20  # the examples hold declarations
    assert [(m.start(), m.end(), m.group()) for m in on_cue_lines(_DECLARED, _DECLARED_CUE, text)] == whole


@pytest.mark.parametrize("pseudonyms, letters", [
    (["Child BW", "Baby JW", "Young Person AB", "Sibling KLM"], ["BW", "JW", "AB", "KLM"]),
    # one letter, a number, four letters, a role without letters, an agency's label: none
    (["Child A", "Adult 2", "Child ABCD", "the social worker", "Police Force 4", "LA2", "School BW"], []),
])
def test_label_letters_are_a_person_labels_two_or_three_capitals(pseudonyms: list[str], letters: list[str]) -> None:
    assert label_letters(pseudonyms) == letters


def test_a_records_surname_in_capitals_is_no_label_anywhere() -> None:
    # "LAM" ("LA" and "M") before given names in one place, alone in another: the family's surname, no label
    text = ("Child B \u2013 LAM Chun Kit, aged 4.\nFather \u2013 LAM Wing Hong, aged 41.\n"
            'Records read "LAM" for both.')
    assert "LAM" not in draft_labels([text])
