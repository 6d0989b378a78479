"""NER spans are cleaned before judging: never across lines, cells or blanked sentences, never with a
kinship or role noun in a person's name."""

from __future__ import annotations

import pytest

from redactor.ner_filter import refine_ner
from redactor.ner_focus import _written


def _pieces(text: str, entity: str = "PERSON") -> list[str]:
    return [text[a:b] for a, b in refine_ner(text, 0, len(text), entity)]


@pytest.mark.parametrize("text, expected", [
    ("Sarah Mother", ["Sarah"]),  # a family table's row read as one name
    ("Mother Sarah", ["Sarah"]),
    ("Quillon Abara Social Worker", ["Quillon Abara"]),
    ("Quillon Abara", ["Quillon Abara"]),
    ("Mother", []),
])
def test_a_person_stops_at_a_role_noun(text: str, expected: list[str]) -> None:
    assert _pieces(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bradford SCRs", []), ("Quillbury LSCBs", []), ("IMRs Quillon", []),  # an acronym's plural: no one's name
    ("Quillon Abara", ["Quillon Abara"]), ("QUILLON ABARA", ["QUILLON ABARA"]),
    ("Quillon McAbara", ["Quillon McAbara"]),
])
def test_a_person_has_no_plural_acronym(text: str, expected: list[str]) -> None:
    assert _pieces(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Romanian Roma", []), ("British Pakistani", []), ("Roma", []),  # peoples, no one's name
    ("Roma Okafor", ["Roma Okafor"]), ("Polish Nowak", ["Polish Nowak"]),
])
def test_a_person_is_no_people(text: str, expected: list[str]) -> None:
    assert _pieces(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Louise Quillon Learning Review", ["Louise Quillon"]), ("Jayden Abara Serious Case Review", ["Jayden Abara"]),
    ("Quillon Abara Review", ["Quillon Abara"]), ("Quillon Abara", ["Quillon Abara"]),
])
def test_a_reviews_name_is_no_part_of_the_person_it_is_named_after(text: str, expected: list[str]) -> None:
    assert _pieces(text) == expected


@pytest.mark.parametrize("text, entity, expected", [
    ("UKHL Lewes Crown Court", "ORGANISATION", ["Lewes Crown Court"]), ("EWCA Civ", "ORGANISATION", []),
    ("EWHC Quillon Abara", "PERSON", ["Quillon Abara"]),
])
def test_a_law_reports_court_code_is_no_part_of_a_name(text: str, entity: str, expected: list[str]) -> None:
    """A neutral citation's court ("[2023] UKHL", "EWCA Civ") before a court's or a party's name is the citation's."""
    assert _pieces(text, entity) == expected


@pytest.mark.parametrize("text, entity, expected", [
    ("Athena references", "ORGANISATION", []), ("Mosaic record showed", "ORGANISATION", []),
    ("Athena ref", "PERSON", []),
    ("Athena visited", "PERSON", ["Athena"]),
])
def test_a_records_systems_name_is_no_one(text: str, entity: str, expected: list[str]) -> None:
    """A one-word guess before "references", "record", "system" names a records system ("the Athena references")."""
    end = text.index(" ")
    assert [text[a:b] for a, b in refine_ner(text, 0, end, entity)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Ms Cunha that Witold", ["Ms Cunha", "Witold"]),  # "disclosed to Ms Cunha that Witold had hit ..."
    ("Quillon Abara and Zofia", ["Quillon Abara", "Zofia"]), ("Abara told Zofia", ["Abara", "Zofia"]),
    ("Pieter van der Berg", ["Pieter van der Berg"]), ("Omar bin Rashid", ["Omar bin Rashid"]),
    ("Maria de Souza", ["Maria de Souza"]), ("Aoife Nic Aodha", ["Aoife Nic Aodha"]),
    # a verb at the guess's end ("after Kelly-Ann rang 999") is no part of the name; nor a particle left last
    ("Kelly-Ann rang", ["Kelly-Ann"]), ("Abara said", ["Abara"]), ("Pieter van", ["Pieter"]),
])
def test_a_person_stops_at_a_lower_case_word_that_is_no_name_particle(text: str, expected: list[str]) -> None:
    assert _pieces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence's end: "… belonged to Mo. Kieran was admitted" is two people
    ("Mo. Kieran", ["Mo", "Kieran"]), ("Abdi. Later Kieran", ["Abdi", "Later Kieran"]),
    # an initial's or a title's stop is no sentence's end
    ("J. Okoro", ["J. Okoro"]), ("Dr. Okoro", ["Dr. Okoro"]), ("Mrs. Jane Okoro", ["Mrs. Jane Okoro"]),
    ("St. John Rivers", ["St. John Rivers"]),
])
def test_a_person_stops_at_a_sentences_end(text: str, expected: list[str]) -> None:
    assert _pieces(text) == expected


@pytest.mark.parametrize("text, entity, expected", [
    # an organisation or a place stops at a sentence's end too ("heard at MARAC. Mason was subject to …")
    ("MARAC. Mason", "ORGANISATION", []), ("Quillon Ltd. Mason", "ORGANISATION", ["Quillon Ltd"]),
    ("Quillbury. Mason", "LOCATION", ["Quillbury", "Mason"]),
    # ... not at an abbreviation's stop
    ("St. Quillon's Hospital", "ORGANISATION", ["St. Quillon's Hospital"]), ("Co. Durham", "LOCATION", ["Co. Durham"]),
    ("Mt. Quillon", "LOCATION", ["Mt. Quillon"]),
])
def test_an_organisation_or_place_stops_at_a_sentences_end(text: str, entity: str, expected: list[str]) -> None:
    assert _pieces(text, entity) == expected


def test_lower_case_words_stay_in_organisations() -> None:
    assert _pieces("Quillon Centre for Families", "ORGANISATION") == ["Quillon Centre for Families"]
    assert _pieces("Abara and Sons Ltd", "ORGANISATION") == ["Abara and Sons Ltd"]


@pytest.mark.parametrize("text, expected", [
    # a guessed organisation needs a word that is no dictionary word, or a place, or a kind of body at its end:
    # headings are not bodies
    ("Critical Analysis Introduction National", []), ("Review Inter Agency", []), ("Life of", []),
    ("Turning Point", []),
    ("Quillon", ["Quillon"]), ("Quillbury Lions", ["Quillbury Lions"]), ("Barnsley Lions", ["Barnsley Lions"]),
    ("Keystone Care Ltd", ["Keystone Care Ltd"]),  # a registered company identifies whatever its words
    # a kind of body at its end (a home, a practice, a housing provider) makes dictionary words a name
    ("Priory Park Homes", ["Priory Park Homes"]), ("Willow Bank Lodge", ["Willow Bank Lodge"]),
    ("The Castle View Practice", ["The Castle View Practice"]),
])
def test_a_guessed_organisation_has_a_name_in_it(text: str, expected: list[str]) -> None:
    assert _pieces(text, "ORGANISATION") == expected


def test_role_nouns_stay_in_organisations() -> None:
    assert _pieces("Mother Teresa Hospice", "ORGANISATION") == ["Mother Teresa Hospice"]


def test_a_span_over_a_line_break_is_two_names() -> None:
    assert _pieces("Quillon Abara\nIndependent") == ["Quillon Abara"]


@pytest.mark.parametrize("text, expected", [
    ("Anonymous - Katie", ["Katie"]),  # a list's fields: "2019 – Anonymous - Katie"
    ("Quillon Abara \u2013 Independent", ["Quillon Abara"]), ("Abara \u2014 Quillon", ["Abara", "Quillon"]),
    ("Quillon Abara-Smith", ["Quillon Abara-Smith"]), ("Quillon Abara - Smith", ["Quillon Abara", "Smith"]),
])
def test_a_spaced_dash_ends_a_name(text: str, expected: list[str]) -> None:
    assert _pieces(text) == expected


@pytest.mark.parametrize("text, entity, expected", [
    # a spaced slash between two bodies in a chronology's agency column: two names
    ("West Midlands Police / University Hospital Coventry", "ORGANISATION",
     ["West Midlands Police", "University Hospital Coventry"]),
    ("Quillon Abara / Kezia Abara", "PERSON", ["Quillon Abara", "Kezia Abara"]),
    ("Quillon Abara/Kezia", "PERSON", ["Quillon Abara/Kezia"]),  # unspaced: left to the person rules
])
def test_a_spaced_slash_ends_a_name(text: str, entity: str, expected: list[str]) -> None:
    assert _pieces(text, entity) == expected


def test_blanked_sentences_are_not_part_of_an_entity() -> None:
    # What NER saw: the sentence without a name was blanked to spaces; its span took the spaces in.
    seen = "Born in May.                                                Gabriel"
    assert [seen[a:b] for a, b in _written(seen, 12, len(seen))] == ["Gabriel"]
    assert [seen[a:b] for a, b in _written(seen, 0, len(seen))] == ["Born in May.", "Gabriel"]
    assert list(_written("Quillon Abara", 0, 13)) == [(0, 13)]


def test_a_name_a_line_break_hyphenated_runs_on_to_its_rest() -> None:
    text = "Later Ms McAl-\nlister noted that the baby, Oliver Prze-\nbylski, was thriving."
    for name, whole in (("Ms McAl", "Ms McAl-\nlister"), ("Oliver Prze", "Oliver Prze-\nbylski")):
        start = text.index(name)
        assert [text[a:b] for a, b in refine_ner(text, start, start + len(name), "PERSON")] == [whole]


@pytest.mark.parametrize("text, expected", [
    # a version's letter after a name ("ALEX WALTERS V.3") is no surname; an initial between names stays
    ("ALEX WALTERS V.3", ["ALEX WALTERS"]), ("Quillon Abara V", ["Quillon Abara"]),
    ("John A. Quillon", ["John A. Quillon"]), ("Quillon Abara", ["Quillon Abara"]),
])
def test_a_person_ends_with_no_lone_letter(text: str, expected: list[str]) -> None:
    assert _pieces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # degrees and honours after a name ("Malcolm Ross M.Sc.", as a cover signs its author) are no part of it
    ("Quillon Abara M.Sc", ["Quillon Abara"]), ("Quillon Abara MSc, CQSW", ["Quillon Abara"]),
    ("Quillon Abara Ph.D", ["Quillon Abara"]), ("Quillon Abara", ["Quillon Abara"]),
    # ... nor is the armed service someone serves in ("Sgt Gareth Hughes RAF")
    ("Quillon Abara RAF", ["Quillon Abara"]), ("Quillon Abara, RN", ["Quillon Abara"]),
])
def test_a_person_ends_before_post_nominal_letters(text: str, expected: list[str]) -> None:
    assert _pieces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a web page's picture words ("Logo Alt Text will go here", "Kaylea Titford Image"): no part of a name
    ("Logo Alt Text", []), ("Quillon Abara Image", ["Quillon Abara"]), ("Quillon Abara Photo", ["Quillon Abara"]),
    ("Quillon Imageson", ["Quillon Imageson"]),
])
def test_a_person_stops_at_a_picture_word(text: str, expected: list[str]) -> None:
    assert _pieces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a.k.a" after a name begins another name: no part of this one ("Jordan Pike a.k.a. \"Junior\"")
    ("Quillon Abara a.k.a", ["Quillon Abara"]), ("Quillon Abara aka", ["Quillon Abara"]),
    ("Quillon Abara alias", ["Quillon Abara"]), ("Quillon Akaba", ["Quillon Akaba"]),
])
def test_a_person_stops_at_an_alias_word(text: str, expected: list[str]) -> None:
    assert _pieces(text) == expected


@pytest.mark.parametrize("text, word, expected", [
    # a contact line's label before its colon or stop ("Tel: 07700 900123") is no one's name; "Tel" said things
    ("Tel: 07700 900123", "Tel", []), ("Mob. 07700900123", "Mob", []), ("Fax: 0113 496 0000", "Fax", []),
    ("Email: kerry@example.org", "Email", []), ("Tel said he was fine.", "Tel", ["Tel"]),
    ("She lived with Tel. He was kind.", "Tel", ["Tel"]),
    ("Tel 07700 900753   Email", "Tel", []), ("Tel +44 7700 900753", "Tel", []),  # a space before the number
    ("11/11/21 \u2013 Tel call to Mr Pennifold.", "Tel", []),  # a telephone call
])
def test_a_contact_label_is_no_name(text: str, word: str, expected: list[str]) -> None:
    start = text.index(word)
    assert [text[a:b] for a, b in refine_ner(text, start, start + len(word), "PERSON")] == expected


@pytest.mark.parametrize("text, word, expected", [
    # a medicine: what is prescribed, a dose or a course of, or what a dose follows ("Sertraline 50mg")
    ("The father was prescribed Sertraline and Diazepam.", "Sertraline", []),
    ("The father was prescribed Sertraline and Diazepam.", "Diazepam", []),
    ("She took an overdose of Paracetamol.", "Paracetamol", []), ("a course of Amoxicillin", "Amoxicillin", []),
    ("He was taking Olanzapine 10mg daily.", "Olanzapine", []),
    # ... or what someone is given or takes for a symptom ("given Calpol for a temperature")
    ("The child was given Calpol for a temperature.", "Calpol", []),
    ("Mother said she gave him Nurofen for his teething pain.", "Nurofen", []),
    ("Dr Patel prescribed Amy some cream.", "Amy", ["Amy"]),  # the person it was prescribed for
    ("The mother left him with Amy for the weekend.", "Amy", ["Amy"]),
    ("Dr Patel prescribed for Amy.", "Amy", ["Amy"]),
])
def test_a_medicine_is_no_name(text: str, word: str, expected: list[str]) -> None:
    start = text.index(word)
    assert [text[a:b] for a, b in refine_ner(text, start, start + len(word), "PERSON")] == expected


@pytest.mark.parametrize("text, word, entity", [
    # "pan-" before a place is all of it ("Pan-Lancashire procedures", "Pan London"): no body of its own
    ("The Pan-Lancashire procedures were used.", "Pan-Lancashire", "ORGANISATION"),
    ("The Pan London procedures apply.", "Pan London", "ORGANISATION"),
    ("The Pan-Cheshire protocol applies.", "Pan-Cheshire", "LOCATION"),
])
def test_all_of_a_place_is_no_body_or_place_of_its_own(text: str, word: str, entity: str) -> None:
    start = text.index(word)
    assert refine_ner(text, start, start + len(word), entity) == []


@pytest.mark.parametrize("text, word, entity", [
    # a published report, review or public inquiry named after its author or chair ("the Casey report", "the
    # Bichard Inquiry"): no one in the case
    ("The Casey report on the council was published in 2015.", "Casey", "PERSON"),
    ("as the Laming review found", "Laming", "PERSON"),
    ("The Bichard Inquiry followed the murders.", "The Bichard Inquiry", "ORGANISATION"),
    ("the Independent Inquiry into Child Sexual Abuse", "Independent Inquiry into Child Sexual Abuse", "ORGANISATION"),
])
def test_a_report_or_inquiry_named_after_someone_is_public(text: str, word: str, entity: str) -> None:
    start = text.index(word)
    assert refine_ner(text, start, start + len(word), entity) == []


def test_a_person_before_a_report_without_the_is_still_a_name() -> None:
    text = "Casey reported that the child was hungry."
    assert [text[a:b] for a, b in refine_ner(text, 0, 5, "PERSON")] == ["Casey"]


@pytest.mark.parametrize("text, word, kept", [
    ("KIRKLEES SAFEGUARDING CHILDREN BOARD Summarie\u2026 \u00b7 Kirklees Board", "Summarie", False),
    ("Results for Reviewi... and more", "Reviewi", False),
    ("She spoke to Tamsin\u2026 and then left", "Tamsin", True),  # a listed name, trailing off
    ("Florentina attended Holyrood... [correction: she attended another school]", "Holyrood", True),  # no word cut
])
def test_a_word_cut_short_by_an_ellipsis_is_no_name(text: str, word: str, kept: bool) -> None:
    start = text.index(word)
    assert bool(refine_ner(text, start, start + len(word), "PERSON")) is kept


@pytest.mark.parametrize("text, word, entity", [
    # a hashtag's words are a campaign's, no one's name
    ("London Fire Brigade's #ChargeSafe campaign was shared.", "ChargeSafe", "PERSON"),
    ("The school ran #BeKind week.", "BeKind", "ORGANISATION"),
    # a word inside a rank of several words is the rank's ("Chief Petty Officer")
    ("Father - Gareth Mallory, 41, Chief Petty Officer, Royal Navy", "Petty", "PERSON"),
])
def test_a_hashtag_or_a_ranks_word_is_no_name(text: str, word: str, entity: str) -> None:
    start = text.index(word)
    assert refine_ner(text, start, start + len(word), entity) == []
