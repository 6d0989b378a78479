"""Names found from their context in the draft, not from a name list: an unlisted first name written before a
confident person's surname, a guess ending in a surname the draft gives a title, initials the draft defines."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.document import Document, Segment
from redactor.entities import Entity, group
from redactor.guesses import reconcile
from redactor.mention import Mention
from redactor.pipeline import analyse
from redactor.register import Register

NER = "SpacyRecognizer"
RULES = "PersonNameRecognizer"


def _m(text: str, source: str, entity: str, recognizer: str = NER, nth: int = 0, score: float = 0.85) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = source.index(text, start + 1)
    return Mention("txt", start, start + len(text), text, entity, score, recognizer)


def _group(text: str, mentions: list[Mention]) -> list[Entity]:
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    return group(doc, mentions, None)


def _group_kept(text: str, mentions: list[Mention]) -> list[Entity]:
    """Grouped with the default keep vocabulary, as the pipeline groups."""
    from recognizers.keep import default_keep_phrases

    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    return group(doc, mentions, None, default_keep_phrases(doc, []))


def _covered(entities: list[Entity], text: str) -> str:
    """The text with every mention of every person blanked out."""
    chars = list(text)
    for e in entities:
        for m in e.mentions:
            chars[m.start:m.end] = "#" * (m.end - m.start)
    return "".join(chars)


def test_an_unlisted_first_name_before_a_known_surname_is_a_full_name() -> None:
    text = ("Tomasina Verrall-Obi was the mother. Plans were made for Tomasina and Zuvelo Verrall-Obi. "
            "Later Zuvelo said he was scared.")
    entities = _group(text, [_m("Tomasina Verrall-Obi", text, "PERSON", RULES, score=0.8)])
    zuvelo = next(e for e in entities if e.name == "Zuvelo Verrall-Obi")
    assert zuvelo.type == "PERSON" and "Zuvelo" in zuvelo.forms
    assert "Zuvelo" not in _covered(entities, text)


@pytest.mark.model
def test_an_unlisted_first_name_the_draft_writes_alone_vouches_for_the_full_name(tmp_path: Path) -> None:
    """NER reads "Musafet Johnston" as a place (Johnston is a Welsh town) and the place rule finds "Johnston" in
    it; the draft writes "Musafet" alone before a verb only people do, so the guess is a person, and its first
    name a form of it."""
    text = "The health visitor saw Musafet Johnston at home. Later Musafet said she was tired.\n"
    draft = tmp_path / "d.txt"
    draft.write_text(text, encoding="utf-8")
    found = [m for e in analyse(draft).entities for m in e.mentions]
    assert any(m.text == "Musafet" and m.start == text.rindex("Musafet") for m in found), found


@pytest.mark.model
@pytest.mark.parametrize("name", ["Darren Ward", "Leah West", "Cody Page"])
def test_a_clear_first_name_s_surname_that_is_also_a_word_is_replaced_whole(tmp_path: Path, name: str) -> None:
    """ "Ward", "West", "Page" are words a review writes on their own; after a first name no dictionary holds,
    with nothing reading them as a ward, a region or a page, they are the surname: the whole name is found."""
    text = f"The family was known to services. Later {name} was seen at the clinic.\n"
    draft = tmp_path / "d.txt"
    draft.write_text(text, encoding="utf-8")
    assert [m.text for e in analyse(draft).entities for m in e.mentions] == [name]


def test_a_surname_written_after_a_title_is_enough() -> None:
    text = "Mrs Ekwuobi attended. Ifenna Ekwuobi, her son, did not."
    entities = _group(text, [_m("Mrs Ekwuobi", text, "PERSON", RULES)])
    assert "Ifenna" not in _covered(entities, text)


@pytest.mark.parametrize("text, alone", [
    ("The school's DSL, Mr Khan, made a referral; Khan's referral was graded amber.", True),
    ("Mr Page made a referral. Page 3 of the report shows it.", False),  # an ordinary word
    ("Mrs Leeds made a referral. Leeds City Council graded it.", False),  # a place
])
def test_a_titled_surname_is_a_form_alone_where_it_names_no_thing(text: str, alone: bool) -> None:
    """A person known only by title and surname is named by the surname alone too ("Khan's referral")."""
    name = text.split("Mr ")[-1].split("Mrs ")[-1].split()[0].strip(",")
    titled = next(t for t in ("Mr ", "Mrs ") if t + name in text) + name
    entities = _group(text, [_m(titled, text, "PERSON", RULES)])
    rest = _covered(entities, text)[text.index(titled) + len(titled):]
    assert (name not in rest) is alone, entities


@pytest.mark.parametrize("before", [
    "Hospital",   # an ordinary word
    "Kent",       # a place
    "NHS",        # capitals before a capitalised surname
    "Tuesday",    # calendar word
])
def test_words_that_are_no_first_names_do_not_join_a_surname(before: str) -> None:
    text = f"Tomasina Verrall-Obi was seen. The {before} Verrall-Obi file was late. The hospital was busy."
    entities = _group(text, [_m("Tomasina Verrall-Obi", text, "PERSON", RULES, score=0.8)])
    assert all(f"{before} Verrall-Obi" not in e.forms for e in entities)
    assert before in _covered(entities, text)


def test_a_word_before_an_unconfident_guess_is_not_taken() -> None:
    text = "Silver Birch saw her. Zuvelo Birch came."
    entities = _group(text, [_m("Silver Birch", text, "PERSON")])
    assert "Zuvelo" in _covered(entities, text)


def test_a_place_guess_ending_in_a_titled_surname_is_a_person() -> None:
    text = "Mrs Ubondu was seen. In 2014, Kelechiwa Ubondu made a referral. Later Kelechiwa left."
    entities = _group(text, [_m("Mrs Ubondu", text, "PERSON", RULES),
                             _m("Kelechiwa Ubondu", text, "LOCATION")])
    person = next(e for e in entities if e.name == "Kelechiwa Ubondu")
    assert person.type == "PERSON" and "Kelechiwa" in person.forms
    assert "Kelechiwa" not in _covered(entities, text)


ORG_RULES = "UkOrganisationRecognizer"


@pytest.mark.parametrize("text, name, person", [
    # A listed first name before a head word the draft writes after a title is a person's name.
    ("Mrs Church rang. Aislinn Church (AC) visited. Later AC wrote.", "Aislinn Church", True),
    ("Mr Chapel rang. Later Dariusz Chapel visited.", "Dariusz Chapel", True),
    # A first name no list knows, the draft abbreviating the two words to a person's initials.
    ("Mrs Church rang. Widisha Church (WC) visited. Later WC wrote.", "Widisha Church", True),
    ("Mrs Church rang. Wistow Church (WSC) held a fair.", "Wistow Church", False),  # no initials of two words
    # No title with the head word, or no first name before it: the organisation stays.
    ("Aislinn Church visited. The vicar rang.", "Aislinn Church", False),
    ("Mrs Church rang. Grace Church held a fair.", "Grace Church", False),  # "Grace": a word too
    ("Mrs Church rang. Elim Pentecostal Church held a fair.", "Elim Pentecostal Church", False),
])
def test_an_organisation_ending_in_a_titled_surname_after_a_first_name_is_a_person(
        text: str, name: str, person: bool) -> None:
    titled = text.split(" rang")[0] if " rang" in text else None
    mentions = [_m(name, text, "ORGANISATION", ORG_RULES, score=0.7)]
    if titled and titled.startswith(("Mr", "Mrs")):
        mentions.append(_m(titled, text, "PERSON", RULES))
    entities = _group(text, mentions)
    found = next(e for e in entities if e.name == name)
    assert (found.type == "PERSON") == person
    for initials in ("AC", "WC"):
        if f"({initials})" in text:
            assert initials not in _covered(entities, text).replace(f"({initials})", "")


@pytest.mark.parametrize("text, name, person", [
    # A listed first name that is also an organisation word opens a guess ending in a titled surname: a person.
    ("Mrs Obi rang. Charity Obi (CO) made a referral. Later CO wrote.", "Charity Obi", True),
    ("Mrs Obi rang. In 2020, Charity Obi made a referral.", "Charity Obi", True),
    # The organisation word at the end, or no title with the last word: the organisation stays.
    ("Mrs Trust rang. Charity Trust held a fair.", "Charity Trust", False),
    ("Mrs Ede rang. Charity Obi made a referral.", "Charity Obi", False),
    ("Mrs Obi rang. Council Obi made a referral.", "Council Obi", False),  # no first name
])
def test_a_guessed_organisation_opening_with_a_first_name_that_is_an_organisation_word(
        text: str, name: str, person: bool) -> None:
    titled = text.split(" rang")[0]
    entities = _group(text, [_m(titled, text, "PERSON", RULES), _m(name, text, "ORGANISATION")])
    found = next((e for e in entities if e.name == name), None)
    # (no first name: the guess is no person, though the titled surname alone may name Mrs Obi inside it)
    assert (found is not None and found.type == "PERSON") == person
    if "(CO)" in text:
        assert "CO" not in _covered(entities, text).replace("(CO)", "")


def test_a_person_guess_the_draft_abbreviates_is_a_person_not_a_hall() -> None:
    text = "The social worker and Sophia Hall (SH) visited. Later SH wrote. Sophia of Kent Police called."
    judged = reconcile([_m("Sophia Hall", text, "PERSON")], {"txt": text}, frozenset())
    assert [m.entity for m in judged] == ["PERSON"]
    entities = _group(text, [_m("Sophia Hall", text, "PERSON"), _m("Sophia of", text, "PERSON")])
    person = next(e for e in entities if e.name == "Sophia Hall")
    assert {"SH", "Sophia"} <= set(person.forms)
    covered = _covered(entities, text)
    assert "SH" not in covered and "Sophia" not in covered and " of Kent" in covered


def test_a_guessed_name_does_not_end_in_a_function_word() -> None:
    text = "In August, Sophia of Kent Police called."
    judged = reconcile([_m("Sophia of", text, "PERSON")], {"txt": text}, frozenset())
    assert [m.text for m in judged] == ["Sophia"]


def test_a_guessed_body_does_not_end_in_a_function_word() -> None:
    """"Chronologies and" (of "Chronologies and Individual Management Reviews were requested"): no body's name."""
    text = "2.1 Chronologies and Individual Management Reviews were requested from the council."
    judged = reconcile([_m("Chronologies and", text, "ORGANISATION")], {"txt": text}, frozenset())
    assert [m.text for m in judged] == []


def test_initials_the_draft_defines_for_a_person_outrank_the_vocabulary() -> None:
    text = "Teresa Abdi (TA) saw him. Later TA was not satisfied. The TA at school helped; OK."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("Teresa Abdi", text, "PERSON", RULES, score=0.8)], None, ["TA", "OK"])
    person = next(e for e in entities if e.name == "Teresa Abdi")
    assert [m.text for m in person.mentions].count("TA") == 3  # defined here for her, so hers everywhere
    alone = text.replace(" (TA)", "")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", alone, "text"),))
    entities = group(doc, [_m("Teresa Abdi", alone, "PERSON", RULES, score=0.8)], None, ["TA"])
    assert all("TA" not in e.forms for e in entities)  # written alone only: the vocabulary's


@pytest.mark.parametrize("defined, used", [("J.M.", "J.M."), ("J.M.", "JM"), ("J. M.", "J. M."), ("JM", "J.M.")])
def test_dotted_initials_the_draft_defines_are_the_persons_as_written(defined: str, used: str) -> None:
    text = f"James Mayhew ({defined}) was the uncle. Later {used} visited weekly."
    entities = _group(text, [_m("James Mayhew", text, "PERSON", RULES, score=0.8)])
    assert "James" not in _covered(entities, text) and "M" not in _covered(entities, text)[30:], entities


@pytest.mark.parametrize("definition", [
    'Kwame is "KO" in several agency records.',  # the name he goes by, then his initials in quotes
    'Kwame was recorded as \u201cKO\u201d by the school.',
    '"KO" is Kwame Osei in the police records.',  # the initials, then the full name
])
def test_initials_a_draft_says_a_person_is_written_as_are_that_persons_though_another_shares_them(
        definition: str) -> None:
    """Two people share the initials KO (Kwame Osei and his sister Kezia Osei), so initials alone are no one's; the
    draft saying whose they are makes them his."""
    text = (f"Kwame Osei was 15. His sister, Kezia Osei, is 9. {definition}\n"
            "03/03/2022 | School | KO found with a knife. KO excluded for 5 days.")
    entities = _group(text, [_m("Kwame Osei", text, "PERSON", RULES, score=0.8),
                             _m("Kezia Osei", text, "PERSON", RULES, score=0.8),
                             _m("Kwame", text, "PERSON", RULES, nth=1, score=0.5)])
    kwame = next(e for e in entities if e.name == "Kwame Osei")
    assert "KO" in kwame.forms, entities
    assert "KO" not in _covered(entities, text), entities


def test_a_roles_letters_a_draft_says_a_person_is_written_as_are_that_persons() -> None:
    text = ('"SW" is Mr Sunny Wakefield, then Head of Year 8.\n'
            '"Says the other boy has been targeting him. Logged as bullying. SW"')
    entities = _group(text, [_m("Mr Sunny Wakefield", text, "PERSON", RULES, score=0.8)])
    assert "SW" not in _covered(entities, text), entities


@pytest.mark.parametrize("name", ["Aspire Recovery Partnership", "Compass Outreach Service"])
def test_a_services_brand_word_before_its_kind_identifies_it(name: str) -> None:
    """A local service named by a dictionary word before its kind's head ("Aspire Recovery Partnership"): the brand
    identifies it, though "Partnership" is public vocabulary and "aspire" a dictionary word."""
    text = f"Mother was prescribed methadone by the {name}. Later the {name} closed the case."
    entities = _group_kept(text, [_m(name, text, "ORGANISATION", "UkOrganisationRecognizer", score=0.7),
                                  _m(name, text, "ORGANISATION", "UkOrganisationRecognizer", nth=1, score=0.7)])
    assert any(e.name == name for e in entities), entities


@pytest.mark.parametrize("name", ["Local Recovery Partnership", "Domestic Abuse Service", "Early Help Hub"])
def test_a_kind_of_service_named_by_vocabulary_is_no_one(name: str) -> None:
    text = f"Mother was referred to the {name}. Later the {name} closed the case."
    entities = _group_kept(text, [_m(name, text, "ORGANISATION", "UkOrganisationRecognizer", score=0.7)])
    assert not any(e.name == name for e in entities), entities


def test_the_initials_of_a_double_first_name_written_alone_are_the_persons() -> None:
    """"KJ" of Kai-Jordan Bailey, as a case note writes a child whose first name has two parts."""
    text = "Kai-Jordan Bailey was 14. Kai-Jordan was seen at school.\n\"Visited the lodge. KJ not in. Mum upset.\""
    entities = _group(text, [_m("Kai-Jordan Bailey", text, "PERSON", RULES, score=0.8)])
    person = next(e for e in entities if e.name == "Kai-Jordan Bailey")
    assert "KJ" in person.forms, entities


def test_initials_defined_for_an_irish_name_with_its_article_are_the_persons() -> None:
    text = "Kerry-Ann Mac Giolla an Chloig (KC) made a referral. In June, KC at the school noticed it."
    entities = _group(text, [_m("Kerry-Ann Mac Giolla an Chloig", text, "PERSON", RULES, score=0.8)])
    person = next(e for e in entities if e.name == "Kerry-Ann Mac Giolla an Chloig")
    assert "KC" in person.forms, entities


def test_a_roles_capitals_opening_a_guessed_name_are_no_form_of_it() -> None:
    text = "HV Joanne Pritchard visited. The HV weighed Child Q. Later Joanne rang."
    entities = _group(text, [_m("HV Joanne Pritchard", text, "PERSON", RULES, score=0.8)])
    assert "HV weighed" in _covered(entities, text) and "Joanne" not in _covered(entities, text), entities


def test_a_nickname_in_quotes_inside_a_full_name_is_the_persons_form() -> None:
    text = 'Father\'s friend, Tomasz "Tomek" Wi\u015bniewski, was present. Later Tomek left.'
    entities = _group(text, [_m('Tomasz "Tomek" Wi\u015bniewski', text, "PERSON", RULES, score=0.75),
                             _m("Tomek", text, "PERSON", RULES, nth=1, score=0.5)])
    people = [e for e in entities if e.type == "PERSON"]
    assert len(people) == 1 and "Tomek" in people[0].forms, people


@pytest.mark.parametrize("titled", ["Constable Aoife McGuinness", "Detective Sergeant Aoife McGuinness",
                                    "Police Constable Aoife McGuinness", "Inspector Aoife McGuinness"])
def test_a_police_rank_written_in_full_is_a_title(titled: str) -> None:
    text = f"{titled} made the referral. Later Aoife rang the school."
    entities = _group(text, [_m(titled, text, "PERSON", RULES, score=0.85)])
    assert "Aoife" not in _covered(entities, text) and len(entities) == 1, entities


@pytest.mark.parametrize("text, plural", [
    ("Mrs Brennan was a childminder. Child Q stayed with the Brennans at weekends.", "Brennans"),
    ("Ms Ross was the carer. The Rosses were described as warm.", "Rosses"),
])
def test_a_surnames_plural_after_the_names_the_family(text: str, plural: str) -> None:
    titled = text.split(" was")[0]
    entities = _group(text, [_m(titled, text, "PERSON", RULES, score=0.85)])
    assert plural not in _covered(entities, text), entities


@pytest.mark.parametrize("text, possessive", [
    # a name's possessive that lost its apostrophe, before a lower-case word
    ("Patrick Kane was the child. There was a bare flex in Patricks bedroom.", "Patricks"),
    ("Ghiyaath Oyelaran was seen. Later Oyelarans partner called.", "Oyelarans"),
])
def test_a_names_possessive_without_its_apostrophe_is_its_form(text: str, possessive: str) -> None:
    entities = _group(text, [_m(text.split(" was")[0], text, "PERSON", RULES, score=0.85)])
    assert possessive not in _covered(entities, text), entities


@pytest.mark.parametrize("text", [
    "Mrs Card was the carer. Cards were sent at Christmas.",  # a word's plural
    "Ann Field was seen. She walked across Fields near the farm.",
])
def test_no_word_ending_in_s_is_a_names_possessive(text: str) -> None:
    entities = _group(text, [_m(text.split(" was")[0], text, "PERSON", RULES, score=0.85)])
    assert all(not f.endswith("s") for e in entities for f in e.forms), entities


def test_a_first_name_that_is_a_word_born_alone_vouches_for_the_full_name() -> None:
    """A cover's "Ross Lee" (two words a dictionary holds, a weak reading) where the text says "Ross was born":
    the first name is used alone as a name, so the full name's forms are the person's."""
    text = "Overview Report Ross Lee Author: Peter Maddocks\n\nRoss was born in 2010 and lived with his mother.\n"
    entities = _group(text, [_m("Ross Lee", text, "PERSON", RULES, score=0.4)])
    assert "Ross was" not in _covered(entities, text)


def test_a_first_name_that_is_a_word_quoted_alone_vouches_for_the_full_name() -> None:
    """A quoted first name ("the death of “Ross”") is written as a name: its capital is not a sentence's."""
    text = ("Publication of Summary of Serious Case Review of \u201cRoss Lee\u201d\n\nThe board has completed a "
            "review into the death of \u201cRoss\u201d in 2010.\n")
    entities = _group(text, [_m("Ross Lee", text, "PERSON", RULES, score=0.4)])
    assert "\u201cRoss\u201d in" not in _covered(entities, text)


def test_known_names_in_a_row_are_not_first_names() -> None:
    text = "Tomasina Verrall-Obi and Mrs Ekwuobi. Keywords: Ekwuobi Verrall-Obi; Ekwuobi."
    entities = _group(text, [_m("Tomasina Verrall-Obi", text, "PERSON", RULES, score=0.8),
                             _m("Mrs Ekwuobi", text, "PERSON", RULES)])
    assert all(e.name != "Ekwuobi Verrall-Obi" for e in entities)


@pytest.mark.parametrize("found, parts", [
    ("Chinedu EzeAaliyah", ["Chinedu Eze", "Aaliyah"]),   # a line ended after "Eze"
    ("Chinedu EzeAaliyah's", ["Chinedu Eze", "Aaliyah"]),
    ("Morag MacLeod", ["Morag MacLeod"]),                  # a prefix joined to a name
    ("LaToya DeShawn", ["LaToya DeShawn"]),
    ("Chinedu EzeHouse", ["Chinedu EzeHouse"]),            # an ordinary word after the join
])
def test_two_names_that_lost_their_space(found: str, parts: list[str]) -> None:
    text = f"In 2016 {found} father moved."
    judged = reconcile([_m(found, text, "PERSON", RULES, score=0.8)], {"txt": text}, frozenset())
    assert [m.text for m in judged] == parts


def test_an_organisation_does_not_run_into_a_case_system() -> None:
    text = "Records: Oldham Council Mosaic case ID 2316754."
    judged = reconcile([_m("Oldham Council Mosaic", text, "ORGANISATION")], {"txt": text}, frozenset())
    assert [m.text for m in judged] == ["Oldham Council"]


def test_a_first_name_that_is_an_ordinary_word_is_a_form_where_the_draft_uses_it_as_a_name() -> None:
    text = ("Job Ankrah-Vell was the father. He lost his job in 2015. Later, Job's sister said that Job had "
            "left, and neither Esther nor Job attended. Advice came from the Job Centre.")
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("Job Ankrah-Vell", text, "PERSON", RULES, score=0.7)], None, ["Job Centre"])
    person = next(e for e in entities if e.name == "Job Ankrah-Vell")
    assert "Job" in person.forms
    covered = _covered(entities, text)
    assert "Job's sister" not in covered and "that Job had" not in covered and "nor Job" not in covered
    assert "his job in" in covered and "the Job Centre" in covered


@pytest.mark.parametrize("name, rest", [
    ("Hope", "There was little hope of change. Hope remained."),   # capital only opening a sentence
    ("Summer", "The family moved in Summer 2016."),                 # a season before a year
    ("Bill", "The bill was unpaid; they said the Bill was passed."),  # after an article: a thing
    ("Hope", "With little hope, they lived at Hope Street."),         # part of a longer proper name
    ("Job", "He lost his job."),                                   # only ever an ordinary word
    ("Summer", "She started in the Summer and Autumn terms."),      # a season beside a season
    ("Bill", "The bill was unpaid; the Bill and Act were passed."),   # beside a thing, not a person
    ("Summer", "In summer they met.\n\nSpring and Summer\n\nThe terms."),  # a heading beside a season
    ("Summer", "In summer they met.\n\nHope and Summer\n\nThe camps."),   # ... or beside another word
])
def test_an_ordinary_word_first_name_never_used_alone_as_a_name_is_no_form(name: str, rest: str) -> None:
    """A first name the draft also writes as an ordinary word needs a use as a name on its own."""
    text = f"{name} Ankrah-Vell was the father. {rest}"
    entities = _group(text, [_m(f"{name} Ankrah-Vell", text, "PERSON", RULES, score=0.7)])
    person = next(e for e in entities if e.name == f"{name} Ankrah-Vell")
    assert name not in person.forms


@pytest.mark.parametrize("rest", [
    "The Summer & D LCSPR is now available.",       # beside another child's initial: two children's review
    "The review of the Summer and Kai families.",   # beside another first name
    "Joanne and Summer\n\nThe review began.",        # a heading naming the children, after another first name
    "Summer and Joanne\n\nThe review began.",        # ... or before one
])
def test_an_ordinary_word_first_name_after_an_article_beside_another_persons_name_is_a_form(rest: str) -> None:
    text = f"Summer Ankrah-Vell was the child. {rest}"
    entities = _group(text, [_m("Summer Ankrah-Vell", text, "PERSON", RULES, score=0.7)])
    person = next(e for e in entities if e.name == "Summer Ankrah-Vell")
    assert "Summer" in person.forms


def test_initials_the_draft_uses_for_a_person_never_named_in_full_are_a_person() -> None:
    text = ("TQ visited the family home. Later Mrs Adeyemi and TQ undertook a joint visit; TQ's manager agreed. "
            "The GP saw him. A TQR form was filed.")
    entities = _group(text, [_m("Mrs Adeyemi", text, "PERSON", RULES)])
    person = next(e for e in entities if e.name == "TQ")
    assert person.type == "PERSON" and len(person.mentions) == 3
    covered = _covered(entities, text)
    assert "TQ " not in covered and "TQ'" not in covered and "GP" in covered and "TQR" in covered


@pytest.mark.parametrize("acronym", ["SCB", "LSCB", "MASH", "CAMHS", "GMP", "TVP"])  # (a police force's too)
def test_an_agencys_acronym_is_no_persons_initials(acronym: str) -> None:
    """ "Endorsed … by SCB members": the board's acronym where a person might stand."""
    text = (f"Endorsed on 13 August 2012 by {acronym} members. Later Mrs Adeyemi and {acronym} agreed; "
            f"{acronym} said no.")
    entities = _group(text, [_m("Mrs Adeyemi", text, "PERSON", RULES)])
    assert acronym not in {e.name for e in entities}


@pytest.mark.parametrize("guess, person", [
    ("Kelechiwa Hall", True),   # a weak organisation word that the draft writes after a title is a surname
    ("Village Hall", False),    # an ordinary word before it: a building
    ("Kelechiwa Surgery", False),  # a strong organisation word is never a surname
])
def test_a_titled_surname_outranks_a_weak_organisation_word(guess: str, person: bool) -> None:
    surname = guess.split()[-1]
    text = f"Mr {surname} was seen. In 2014, {guess} made a referral (OH). Later {guess} left."
    entities = _group(text, [_m(f"Mr {surname}", text, "PERSON", RULES), _m(guess, text, "ORGANISATION"),
                             _m(guess, text, "ORGANISATION", nth=1)])
    found = next(e for e in entities if e.name == guess)
    assert (found.type == "PERSON") is person


def test_a_lone_ordinary_word_first_name_where_a_person_stands_is_a_person() -> None:
    text = "In May 2011, Hope completed a new birth visit. There was little hope. Later the mother told Hope that."
    entities = _group(text, [])
    person = next(e for e in entities if e.name == "Hope")
    assert person.type == "PERSON" and len(person.mentions) == 2
    assert "little hope" in _covered(entities, text)


def test_a_guess_ending_in_a_confident_family_members_surname_is_a_person() -> None:
    """A family shares a surname, here an English word: "Zuvelo Wise" beside "Tomasina Wise"."""
    text = "Tomasina Wise was seen by the GP. The review concerns Zuvelo Wise. Later Zuvelo said it was wise."
    entities = _group(text, [_m("Tomasina Wise", text, "PERSON", RULES, score=0.8),
                             _m("Zuvelo Wise", text, "PERSON")])
    covered = _covered(entities, text)
    assert "Zuvelo" not in covered and "it was wise" in covered


@pytest.mark.parametrize("entity", ["ORGANISATION", "LOCATION"])
def test_a_guessed_organisation_ending_in_a_confident_family_members_surname_is_a_person(entity: str) -> None:
    """NER read the subject child's name as an organisation ("… concerning Baaqir Best") where the draft
    names a family member in full ("Aahil Best"): the child is that family's person, and their first name
    alone ("Baaqir was seen") a form of them."""
    text = ("Zuvelo Wise\n\nThe review concerns Zuvelo Wise. Tomasina Wise was seen by the GP. "
            "Later Zuvelo said it was wise.")
    entities = _group(text, [_m("Tomasina Wise", text, "PERSON", RULES, score=0.8),
                             _m("Zuvelo Wise", text, entity), _m("Zuvelo Wise", text, entity, nth=1)])
    person = next(e for e in entities if e.name == "Zuvelo Wise")
    assert person.type == "PERSON"
    covered = _covered(entities, text)
    assert "Zuvelo" not in covered and "it was wise" in covered


@pytest.mark.parametrize("guess", ["Ipswich Wise", "Wise Wise", "Hope Wise Ltd", "Surgery Wise"])
def test_a_guessed_organisation_with_a_place_or_organisation_word_stays_one(guess: str) -> None:
    text = f"The review met {guess}. Tomasina Wise was seen by the GP. It was wise."
    entities = _group(text, [_m("Tomasina Wise", text, "PERSON", RULES, score=0.8),
                             _m(guess, text, "ORGANISATION")])
    assert all(e.type != "PERSON" for e in entities if e.name == guess)


@pytest.mark.parametrize("before, found", [
    ("Ikraam", True),     # an unlisted first name before a confident surname that is also a word
    ("Hospital", False),  # an ordinary word
    ("Kent", False),      # a place
])
def test_a_first_name_before_a_confident_surname_that_is_a_word(before: str, found: bool) -> None:
    text = f"{before} Wise\n\nTomasina Wise was seen. It was wise to wait."
    entities = _group(text, [_m("Tomasina Wise", text, "PERSON", RULES, score=0.8)])
    assert (before not in _covered(entities, text)) is found
    assert "wise to wait" in _covered(entities, text)


def test_initials_defined_for_the_last_words_of_a_longer_guess_are_the_persons() -> None:
    text = "Safeguarding Hub Kelvin Abara (KA) chaired it. Later KA left as planned."
    entities = _group(text, [_m("Hub Kelvin Abara", text, "PERSON", RULES, score=0.7)])
    assert "KA" not in _covered(entities, text)


def test_initials_defined_for_a_name_ending_in_a_titled_surname_are_a_persons() -> None:
    """"Lantern Mason (LM)" where the draft writes "Mrs Mason": both words are ordinary words, but the
    draft abbreviates them as it does people and writes the last after a title."""
    text = "In 2010, she told Lantern Mason (LM) that he had left. Mrs Mason visited. Later LM saw her."
    entities = _group(text, [_m("Mrs Mason", text, "PERSON", RULES)])
    covered = _covered(entities, text)
    assert "Lantern" not in covered and "LM" not in covered
    text = "In 2010, she told Lantern Tutor (LT) that he had left. Mrs Tutor visited. Later LT saw her."
    covered = _covered(_group(text, []), text)  # a surname that is a role, which no rule reads after "Mrs"
    assert "Lantern" not in covered and "LT" not in covered and "Mrs Tutor" not in covered


@pytest.mark.parametrize("text, person", [
    # the last word is a person a rule found: the word before it that the initials abbreviate is the first name
    ("3.7 Chasmum Stevens-Bhalla (CB) chaired a review. Later Stevens-Bhalla wrote.", True),
    ("3.7 The Lantern Project (LP) helped. Later Project wrote.", False),  # the last word is no one's name
])
def test_initials_defined_for_a_name_ending_in_a_known_persons_surname(text: str, person: bool) -> None:
    found = [_m("Stevens-Bhalla", text, "PERSON", RULES, nth=1)] if "Bhalla" in text else []
    entities = _group(text, found)
    covered = _covered(entities, text)
    first = "Chasmum" if person else "Lantern"
    assert (first not in covered and "(CB)" not in covered) == person
    if person:
        assert len([e for e in entities if e.type == "PERSON"]) == 1


@pytest.mark.parametrize("text", [
    "The Lantern Project (LP) helped. Mrs Project visited.",       # no title before the last word
    "The Lantern Mason (LMX) helped. Mrs Mason visited.",          # initials that are not the name's
])
def test_initials_defined_for_other_words_make_no_person(text: str) -> None:
    entities = _group(text, [_m("Mrs Mason", text, "PERSON", RULES)] if "Mason" in text else [])
    assert "Lantern" in _covered(entities, text)


@pytest.mark.parametrize("rest, form", [
    # an organisation word as a first name, used alone as a name and never as a thing: the person's form
    ("Neither Charity nor Mr Uche attended. Later, Charity disclosed low mood.", True),
    ("Charity could be contacted by phone. The officer told Charity.", True),
    # written as a thing too (after an article, or in a longer name): no form, as before
    ("The officer told Charity. The Charity wrote to the panel.", False),
    ("The officer told Charity. Help came from Eastvale Children's Charity.", False),
    ("The officer told Charity. Charity Commission guidance applies.", False),
    ("The Trust wrote to the panel.", False),  # never used alone as a name
])
def test_a_first_name_that_is_an_organisation_word_is_a_form_only_if_never_a_thing(rest: str, form: bool) -> None:
    name = "Trust" if "Trust" in rest else "Charity"
    text = f"{name} Nnamani was the mother. {rest}"
    entities = _group(text, [_m(f"{name} Nnamani", text, "PERSON", RULES, score=0.7)])
    person = next(e for e in entities if e.name == f"{name} Nnamani")
    assert (name in person.forms) == form

@pytest.mark.parametrize("rest, forms", [
    # The draft writes the first name alone as a name: the whole name is a person's, forms and all.
    ("The review concerns Mason. In April, Mason was reported missing.", {"Mason", "Hunt"}),
    # Never alone as a name (only opening sentences), and one of its words an ordinary word here: the full name alone.
    ("Mason was seen. The mason's yard was closed.", set()),
    ("Mason was seen. The hunt was called off.", set()),
    # Neither word written in lower case anywhere in the draft: they are its names, not its words.
    ("The review met in April.", {"Mason", "Hunt"}),
])
def test_a_full_name_of_dictionary_words_is_vouched_for_by_its_first_name_used_alone(
        rest: str, forms: set[str]) -> None:
    """A first name and surname that are both ordinary words ("Mason Hunt") read only weakly as a name;
    where the draft also writes the first name on its own as a name, it is one, and its one-word
    forms name the person (the child was "Mason" four times in an unseen draft, left on the page)."""
    text = f"Mason Hunt was admitted to hospital in March. {rest}"
    entities = _group(text, [_m("Mason Hunt", text, "PERSON", RULES, score=0.4)])
    person = next(e for e in entities if e.name == "Mason Hunt")
    assert {f for f in person.forms if " " not in f} == forms


@pytest.mark.parametrize("text, name, initials", [
    # a name no list knows before a surname that is also a town, abbreviated by the draft: a person
    ("On 1 October 2022, Silondile Preston (SP) made a referral. Later SP rang the school.", "Silondile Preston", "SP"),
    # an Irish surname with its h- prefix ("Ó hAlmhain"): its initials as the draft writes them
    ("She was seen by Ronald Ó hAlmhain (RH) and prescribed sertraline. Later RH saw her again.",
     "Ronald Ó hAlmhain", "RH"),
])
def test_a_name_the_draft_abbreviates_is_a_person(text: str, name: str, initials: str) -> None:
    mentions = [_m(name, text, "PERSON", RULES, score=0.7)] if "Ronald" in name else []
    entities = _group(text, mentions)
    person = next((e for e in entities if e.type == "PERSON" and e.name == name), None)
    assert person is not None, [(e.name, e.type) for e in entities]
    assert initials in person.forms


@pytest.mark.parametrize("text", [
    "The family moved to Milton Keynes (MK) in 2019. Later MK was mentioned.",  # a town, not a person
    "Lancashire Preston (LP) was formed. LP later merged.",                     # ordinary words
])
def test_a_place_the_draft_abbreviates_is_no_person(text: str) -> None:
    assert not any(e.type == "PERSON" for e in _group(text, []))


def test_a_name_the_draft_abbreviates_is_a_person_though_its_surname_was_read_as_the_town() -> None:
    text = ("On 1 October 2022, Silondile Preston (SP) made a referral. Later SP rang the school. "
            "The family lived in Preston.")
    place = "UkPlaceRecognizer"
    entities = _group(text, [_m("Silondile", text, "ORGANISATION"), _m("Preston", text, "LOCATION", place),
                             _m("Preston", text, "LOCATION", place, nth=1)])
    person = next((e for e in entities if e.type == "PERSON" and e.name == "Silondile Preston"), None)
    assert person is not None and "SP" in person.forms, [(e.name, e.type) for e in entities]


@pytest.mark.parametrize("titled", ["Baby Julian Wiśniewski", "Dr Julian Wiśniewski"])
def test_a_full_name_after_a_title_is_the_same_person_as_the_full_name(titled: str) -> None:
    """The cover's "Baby Julian Wiśniewski" and the text's "Julian Wiśniewski" are one child, given one
    pseudonym; the title is no first name ("Baby" alone names no one)."""
    text = f"{titled}\n\nA review relating to Julian Wiśniewski. Later Julian missed appointments. Baby clinic."
    entities = _group(text, [_m(titled, text, "PERSON", RULES),
                             _m("Julian Wiśniewski", text, "PERSON", RULES, score=0.8)])
    people = [e for e in entities if e.type == "PERSON"]
    assert len(people) == 1, [e.name for e in people]
    covered = _covered(entities, text)
    assert "Julian" not in covered and "Baby clinic" in covered


def test_a_full_name_no_list_knows_joins_the_guess_of_its_surname() -> None:
    """ "Ikrimah Aazim completed a new birth visit" (no list knows either word; NER read only "Aazim" later):
    one person, the first name covered too."""
    text = "In May 2018, Ikrimah Aazim completed a new birth visit at the home. Later Aazim wrote to the GP."
    entities = _group(text, [_m("Aazim", text, "PERSON", nth=1)])
    people = [e for e in entities if e.type == "PERSON"]
    assert [e.name for e in people] == ["Ikrimah Aazim"]
    assert "Ikrimah" not in _covered(entities, text) and "Aazim" not in _covered(entities, text)


@pytest.mark.parametrize("text, found", [
    # a listed first name that is also a word, opening a table cell, before a surname the draft titles
    ("Heather Barker tried to contact YPA.\n\nMs Barker tried again.", True),
    ("Grace Barker said so.\n\nMs Barker agreed.", True),
    # a word the draft writes in lower case, a calendar word, or a surname no title vouches for
    ("Will Barker be told?\n\nMs Barker will.", False),
    ("May Barker called.\n\nMs Barker did.", False),
])
def test_a_listed_first_name_that_is_a_word_before_a_titled_surname(text: str, found: bool) -> None:
    entities = _group(text, [_m("Ms Barker", text, "PERSON", RULES)])
    first = text.split()[0]
    assert (first not in _covered(entities, text)) is found


@pytest.mark.parametrize("text, found", [
    # a titled surname that is also a building's word ("Miss Hall"): the title makes it a surname
    ("In 2012, designated safeguarding lead Autumn Hall noticed bruising.\n\nMiss Hall made a referral.", True),
    ("In 2012, Esther disclosed to Autumn Hall that she was hit.\n\nMiss Hall made a referral.", True),
    # ... but no building's name before it is a first name
    ("The Town Hall was used.\n\nMiss Hall made a referral.", False),
])
def test_a_first_name_before_a_titled_surname_that_is_an_organisations_word(text: str, found: bool) -> None:
    entities = _group(text, [_m("Miss Hall", text, "PERSON", RULES)])
    first = "Autumn" if "Autumn" in text else "Town"
    assert (first not in _covered(entities, text)) is found


def test_a_listed_first_name_that_is_an_organisations_word_before_a_titled_surname() -> None:
    text = "3.11 Charity Friend missed three appointments.\n\nMs Friend agreed to attend."
    entities = _group(text, [_m("Ms Friend", text, "PERSON", RULES)])
    assert "Charity" not in _covered(entities, text)


@pytest.mark.parametrize("text, person", [
    # a teaching assistant's abbreviation that the draft only ever uses as the sibling's initials
    ("Tyler-James Ahmed was born in 2015. Later TA arrived at school with a burn. The birth of TA was noted.", True),
    # written as a thing too ("the TA"): the role's abbreviation, left alone
    ("Tyler-James Ahmed was born in 2015. The TA noticed a burn. Later TA arrived at school.", False),
])
def test_a_confident_persons_initials_that_are_vocabulary_are_theirs_where_only_used_as_a_person(
        text: str, person: bool) -> None:
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    # "TA" is in the keep vocabulary (a teaching assistant)
    entities = group(doc, [_m("Tyler-James Ahmed", text, "PERSON", RULES, score=0.8)], None, keep=["TA"])
    assert ("TA arrived" not in _covered(entities, text)) is person


@pytest.mark.parametrize("text, person", [
    # an abbreviation ("HR": human resources) that the draft only ever uses as a named worker's initials
    ("The social worker, Hollie Rudd, visited. A strategy meeting was chaired by HR's team manager. Later HR and the "
     "police undertook a joint visit.", True),
    # ... written as the thing too ("the HR department"): left alone
    ("The social worker, Hollie Rudd, visited. The HR department was told. Later HR and the police undertook a joint "
     "visit.", False),
])
def test_a_confident_persons_initials_that_are_an_abbreviation_are_theirs_where_only_used_as_a_person(
        text: str, person: bool) -> None:
    entities = _group(text, [_m("Hollie Rudd", text, "PERSON", RULES, score=0.8)])
    assert ("HR and" not in _covered(entities, text)) is person


@pytest.mark.parametrize("text, person", [
    # a condition's abbreviation (domestic abuse) that the draft only ever uses as the mother's initials
    ("Deborah Armstrong disclosed low mood. DA presented as tired. DA took Billy to the clinic.", True),
    ("Deborah Armstrong disclosed low mood. DA's NHS number is recorded. Later DA missed three appointments.", True),
    # written as the condition too ("experienced DA", defined for it): left alone
    ("Deborah Armstrong disclosed domestic abuse (DA). DA took many forms in the home.", False),
    ("Deborah Armstrong disclosed low mood. The DA referral was made. DA took Billy to the clinic.", False),
])
def test_a_confident_persons_initials_that_abbreviate_a_condition_are_theirs_where_only_used_as_a_person(
        text: str, person: bool) -> None:
    entities = _group(text, [_m("Deborah Armstrong", text, "PERSON", RULES, score=0.8)])
    assert ("DA" not in _covered(entities, text).split(". ", 1)[1]) is person


@pytest.mark.parametrize("text, name, entity, person", [
    # a first name and an organisation or street word, abbreviated to initials that act as a person
    ("Child Q was seen by Harley-Jay Church (HC) at the hospital. HC was not satisfied. Later she was seen by HC.",
     "Harley-Jay Church", "ORGANISATION", True),
    ("3.98 Sandra Street (SS) chaired a looked after review. SS chaired the next one.", "Sandra Street", "LOCATION",
     True),
    ("98\t22/03/2017\tthe NSPCC\tSandra Street (SS) chaired a looked after review.", "Sandra Street", "LOCATION",
     True),  # defined once, the name and its initials before a verb only people do
    # initials that never act as a person: a church, a street
    ("Services at Grace Church (GC) were held. The GC hall was used.", "Grace Church", "ORGANISATION", False),
    ("She lived at Sandra Street (SS) with her aunt.", "Sandra Street", "LOCATION", False),
])
def test_a_name_abbreviated_to_initials_that_act_as_a_person_is_a_person(
        text: str, name: str, entity: str, person: bool) -> None:
    entities = _group(text, [_m(name, text, entity, "OrganisationRecognizer" if entity == "ORGANISATION"
                                else "PlaceRecognizer", score=0.7)])
    owner = next(e for e in entities if name in e.forms)
    assert (owner.type == "PERSON") is person
    initials = text.split("(")[1][:2]
    if person:
        assert initials not in _covered(entities, text).replace(f"({initials})", "")


@pytest.mark.parametrize("text, form", [
    # a first name that is a word the draft writes in lower case, opening a sentence before a verb only people do
    ("Miles Garg completed an assessment. The home was 40 miles away.\n\n3.79 Miles visited the family home.", True),
    # opening a sentence, but no person's verb: its capital is the sentence's
    ("Miles Garg completed an assessment. The home was 40 miles away.\n\n3.79 Miles away, the school was told.",
     False),
])
def test_an_ordinary_word_first_name_opening_a_sentence_before_a_persons_verb(text: str, form: bool) -> None:
    entities = _group(text, [_m("Miles Garg", text, "PERSON", RULES, score=0.8)])
    person = next(e for e in entities if "Miles Garg" in e.forms)
    assert ("Miles" in person.forms) is form
    assert "40 miles" in _covered(entities, text)


def test_a_name_like_word_before_a_confident_surname_inside_a_keep_phrase_stays() -> None:
    text = "Derek Benson, Independent Chair of the Board, said so. Later Mr Benson said more."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("Mr Benson", text, "PERSON", RULES)], None, keep=["Derek Benson"])
    assert "Derek Benson" in _covered(entities, text)


@pytest.mark.parametrize("found", ["The Rt Hon Michael Gove MP", "Rt Hon Michael Gove"])
def test_a_public_person_with_an_honorific_and_post_nominals_stays(found: str) -> None:
    text = "at the request of The Rt Hon Michael Gove MP, Secretary of State for Education"
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m(found, text, "PERSON", RULES, score=0.8)], None, keep=["Michael Gove"])
    assert "Michael Gove" in _covered(entities, text)


@pytest.mark.parametrize("text, name, entity, initials, form", [
    # a replaced organisation's or place's abbreviation, defined for its whole name, identifies as much as it
    ("On 23/10/2020, Heather Church (HC) completed a new birth visit. HC noted a bruise.", "Heather Church",
     "ORGANISATION", "HC", True),
    ("Later Zorbeck Primary Academy (ZPA) made a referral. ZPA then held a meeting.", "Zorbeck Primary Academy",
     "ORGANISATION", "ZPA", True),
    ("The family lived on the Fallowmere Estate (FE). FE was then regenerated.", "Fallowmere Estate", "LOCATION",
     "FE", True),
    # initials of only the name's last words, or an abbreviation the vocabulary keeps: not the name's
    ("Zorbeck Child Protection Team (CPT) met. The CPT agreed a plan.", "Zorbeck Child Protection Team",
     "ORGANISATION", "CPT", False),
])
def test_an_abbreviation_defined_for_a_replaced_organisation_or_place_is_its_form(
        text: str, name: str, entity: str, initials: str, form: bool) -> None:
    entities = _group(text, [_m(name, text, entity, "OrganisationRecognizer" if entity == "ORGANISATION"
                                else "PlaceRecognizer", score=0.7)])
    owner = next(e for e in entities if name in e.forms)
    assert (initials in owner.forms) is form


@pytest.mark.parametrize("name, initials", [
    # a long name with joining words, and an NHS body's initials, which leave "NHS" out
    ("Severn Vale Health and Care NHS Trust", "SVHCT"), ("Anglian Fens Mental Health NHS Trust", "AFMHT"),
    ("Coventry and Warwickshire Partnership NHS Trust", "CWPT"), ("Quillbury Youth Offending Service", "QYOS"),
])
def test_an_abbreviation_defined_for_a_registered_organisation_is_its_form(name: str, initials: str) -> None:
    text = f"IMRs came from {name} ({initials}) and the police. Later {initials} should act."
    reg = Register.from_dict({"entities": [{"name": name, "type": "ORGANISATION", "pseudonym": "Trust 1"}]})
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    owner = next(e for e in group(doc, [], reg) if e.name == name)
    assert initials in owner.forms and [m.text for m in owner.mentions] == [name, initials, initials]


def test_a_name_like_word_after_a_lone_first_name_is_its_surname() -> None:
    """A running header writes the child's full name; the text only her first name, as NER guessed it."""
    text = ("1 | Page Heracleea Aanei Serious Case Review Findings\n\n"
            "It could not have been predicted by anyone who knew Heracleea. Aanei was in care.")
    entities = _group(text, [_m("Heracleea", text, "PERSON", nth=1)])
    person = next(e for e in entities if "Heracleea" in e.forms)
    assert "Heracleea Aanei" in person.forms and "Aanei" in person.forms
    covered = _covered(entities, text)
    assert "Heracleea" not in covered and "Aanei" not in covered


def test_a_word_in_capitals_after_a_lone_first_name_is_its_surname() -> None:
    """An e-mail's signature writes the surname in capitals, as records do ("Tudora ZICHICHI")."""
    text = "Later Tudora said so.\n\nTudora ZICHICHI\nFamily Support Worker\n\nZICHICHI was not told."
    entities = _group(text, [_m("Tudora", text, "PERSON")])
    person = next(e for e in entities if "Tudora" in e.forms)
    assert "ZICHICHI" in person.forms and "ZICHICHI" not in _covered(entities, text)


@pytest.mark.parametrize("after", ["Serious", "Kent", "NHS", "Tuesday", "Social", "CAMHS", "URGENT", "LEEDS"])
def test_no_word_that_is_no_surname_joins_a_lone_first_name(after: str) -> None:
    text = f"Zuvelo was seen by the nurse. Later Zuvelo {after} was mentioned."
    entities = _group(text, [_m("Zuvelo", text, "PERSON")])
    assert all(f"Zuvelo {after}" not in e.forms for e in entities)
    assert after in _covered(entities, text)


@pytest.mark.parametrize("text, found, other", [
    # a surname, then the first name alone in brackets, as police and health records write them; either read
    ("Owuor (Asmini) was interviewed by police.", "Asmini", "Owuor"),
    ("Owuor (Asmini) was interviewed by police.", "Owuor", "Asmini"),
    ("Benjam\u00ednsson (Eird\u00eds) was interviewed by police.", "Eird\u00eds", "Benjam\u00ednsson"),
])
def test_a_name_like_word_in_brackets_beside_a_one_word_name_is_its_other_name(text: str, found: str,
                                                                               other: str) -> None:
    entities = _group(text, [_m(found, text, "PERSON", RULES)])
    person = next(e for e in entities if found in e.forms)
    assert other in person.forms and other not in _covered(entities, text)


@pytest.mark.parametrize("text", [
    "Owuor (Mother) was interviewed by police.", "Owuor (Leeds) was interviewed.", "Owuor (YPA) was seen.",
    "Owuor (Adult F) was seen.", "Owuor (deceased) was seen.", "Owuor (Appendix) was seen.",
])
def test_no_role_label_or_word_in_brackets_joins_a_one_word_name(text: str) -> None:
    entities = _group(text, [_m("Owuor", text, "PERSON", RULES)])
    assert [f for e in entities for f in e.forms if f != "Owuor"] == []


def test_a_name_like_word_before_a_one_word_name_completes_it() -> None:
    """A rule read only "Qaseem" of "Naathim Qaseem's parents": the word before it is the rest of the name."""
    text = "Authors\n\n  \u2022 Naathim Qaseem\u2019s parents had vulnerabilities. Later Qaseem was seen again."
    entities = _group(text, [_m("Qaseem", text, "PERSON", RULES, score=0.5)])
    person = next(e for e in entities if "Qaseem" in e.forms)
    assert "Naathim Qaseem" in person.forms and "Naathim" not in _covered(entities, text)


@pytest.mark.parametrize("name, acronym", [("Cait", "CAIT"), ("Lea", "LEA"), ("Ed", "ED"), ("Isa", "ISA")])
def test_a_first_name_that_an_acronym_spells_is_a_form_of_its_person(name: str, acronym: str) -> None:
    """The keep vocabulary's "CAIT" (Child Abuse Investigation Team) never hides Cait, written in title case.
    (In capitals the word may be her name in a heading, so it is replaced there too: a safe over-redaction.)"""
    text = f"{name} Byrne was the mother. Later {name} said she was tired. The {acronym} team visited."
    entities = _group(text, [_m(f"{name} Byrne", text, "PERSON", RULES, score=0.7)])
    person = next(e for e in entities if e.name == f"{name} Byrne")
    assert name in person.forms
    assert f"Later {name} said" not in _covered(entities, text)


@pytest.mark.parametrize("full, surname", [("Cait de Brún", "de Brún"), ("Pieter van der Berg", "van der Berg"),
                                           ("Amira bin Rashid", "bin Rashid")])
def test_a_surname_with_its_particles_is_one_form_and_one_person(full: str, surname: str) -> None:
    """"Ms de Brún" is Cait de Brún, not a second person with a surname of her own."""
    first = full.split()[0]
    text = f"The health visitor saw {full} at home. Later Ms {surname} said she was tired; {first} left."
    entities = _group(text, [_m(full, text, "PERSON", RULES, score=0.7),
                             _m(f"Ms {surname}", text, "PERSON", RULES, score=0.7)])
    people = [e for e in entities if e.type == "PERSON"]
    assert len(people) == 1, [e.name for e in people]
    assert {surname, f"Ms {surname}", first} <= set(people[0].forms)


def test_a_name_in_capitals_with_a_prefix_is_not_read_as_the_word_after_its_apostrophe() -> None:
    """"PAGE" is keep vocabulary ("Page 3 of 10"); "O'PAGE" is a surname, and a sibling's on the cover."""
    text = "Learning Brief\n\nJOANA O'PAGE\n\nErica O'Page\n\nErica O'Page left. See Page 3."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("JOANA O'PAGE", text, "PERSON", RULES, score=0.6),
                           _m("Erica O'Page", text, "PERSON", RULES, score=0.8)], None, ["Page"])
    covered = _covered(entities, text)
    assert "JOANA" not in covered and "PAGE" not in covered and "O'Page" not in covered and "Page 3" in covered


def test_an_acronym_that_a_persons_full_name_spells_in_title_case_is_her_name_there() -> None:
    """"SUDI" (sudden unexpected death in infancy) is vocabulary; "Sudi Okafor" makes "Sudi" a first name here,
    though no list knows it."""
    text = "The health visitor saw Sudi Okafor at home. Later Sudi said she was tired. The SUDI protocol ran."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("Sudi Okafor", text, "PERSON", RULES, score=0.7)], None, ["SUDI", "CAMHS"])
    person = next(e for e in entities if e.name == "Sudi Okafor")
    assert "Sudi" in person.forms
    assert "Later Sudi said" not in _covered(entities, text)


def test_an_acronym_in_title_case_that_spells_no_name_in_the_draft_is_still_vocabulary() -> None:
    text = "The Camhs worker saw Sudi Okafor at home. Camhs closed the case."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("Sudi Okafor", text, "PERSON", RULES, score=0.7), _m("Camhs", text, "ORGANISATION")],
                     None, ["SUDI", "CAMHS"])
    assert "Camhs" not in {e.name for e in entities}


@pytest.mark.parametrize("full", ["Žigmund Ross", "Hannchen Graham", "Udarsh Dale"])
def test_a_guessed_name_of_an_unlisted_first_name_and_a_listed_surname_gives_its_first_name(full: str) -> None:
    """NER's "Udarsh Dale": a word no list or dictionary knows before a listed surname is a person's first name,
    though the surname is an ordinary word too."""
    first = full.split()[0]
    text = f"The health visitor saw {full} at home. Later {first} said she was tired."
    entities = _group(text, [_m(full, text, "PERSON")])
    person = next(e for e in entities if e.name == full)
    assert first in person.forms and f"Later {first} said" not in _covered(entities, text)


@pytest.mark.parametrize("guess", ["Snapchat Story", "Kirklees Field", "Tesco Page"])
def test_a_guess_of_a_brand_place_or_keep_word_before_an_ordinary_word_gives_no_first_name(guess: str) -> None:
    first = guess.split()[0]
    text = f"The family used {guess} often. Later {first} was closed."
    entities = _group(text, [_m(guess, text, "PERSON")])
    assert all(first not in e.forms for e in entities)


def test_a_keep_phrase_in_capitals_from_the_draft_is_no_acronym_that_a_name_spells() -> None:
    """The cover's "DUDLEY LSCB" makes "DUDLEY" a keep phrase; a person guessed as "Dudley Children" does not
    turn the board's area, written "Dudley", into a name."""
    text = "DUDLEY LSCB\n\nThe Dudley Children team met. Families in Dudley were seen."
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [_m("Dudley Children", text, "PERSON"), _m("Dudley", text, "LOCATION", nth=1)],
                     None, ["DUDLEY", "Dudley", "Dudley Council"])
    assert "in Dudley were" in _covered(entities, text)


@pytest.mark.parametrize("rest, person", [
    ("Later Blair said she was tired.", True),   # the first name alone, as a name: the draft vouches for it
    ("The review was read.", False),            # nothing else: two words of vocabulary, no one's name
])
def test_a_name_whose_surname_is_vocabulary_needs_its_first_name_used_alone(rest: str, person: bool) -> None:
    from recognizers.person_name_recognizer import VOCABULARY_PAIR_REASON

    text = f"The health visitor saw Blair Foster at home. {rest}"
    m = _m("Blair Foster", text, "PERSON", RULES, score=0.4)
    m = Mention(m.segment_id, m.start, m.end, m.text, m.entity, m.score, m.recognizer,
                f"{RULES}; {VOCABULARY_PAIR_REASON}")
    entities = _group(text, [m])
    names = {e.name for e in entities}
    assert ("Blair Foster" in names) is person
    if person:
        assert "Later Blair said" not in _covered(entities, text)


def test_ners_reading_of_a_name_with_a_vocabulary_surname_stands_without_the_first_name_alone() -> None:
    """"taken to Jay Young's surgery": NER read a person; the rule's weaker reading must not replace it."""
    from recognizers.person_name_recognizer import VOCABULARY_PAIR_REASON

    text = "Padraig was taken to Jay Young\u2019s surgery by the father."
    rule = _m("Jay Young", text, "PERSON", RULES, score=0.4)
    rule = Mention(rule.segment_id, rule.start, rule.end, rule.text, rule.entity, rule.score, rule.recognizer,
                   f"{RULES}; {VOCABULARY_PAIR_REASON}")
    entities = _group(text, [rule, _m("Jay Young", text, "PERSON")])
    assert "Jay Young" in {e.name for e in entities}


def test_a_first_name_that_is_a_word_before_a_family_surname_alone_on_its_line_is_a_name() -> None:
    """A cover lists the children: "RHYS HILL" / "Grace Hill"; Grace is a word, but the line holds only a name."""
    text = "Partnership Response\n\nRHYS HILL\n\nGrace Hill\n\nRhys Hill lived with his mother."
    entities = _group(text, [_m("RHYS HILL", text, "PERSON", RULES, score=0.6),
                             _m("Rhys Hill", text, "PERSON", RULES, score=0.8)])
    assert "Grace Hill\n" not in _covered(entities, text).replace("#", "")
    assert "Grace" not in _covered(entities, text).split("Rhys")[0]


def test_a_first_name_that_is_a_word_before_a_family_surname_in_running_text_needs_more() -> None:
    text = "Rhys Hill lived with his mother. They said Grace Hill was the chapel there."
    entities = _group(text, [_m("Rhys Hill", text, "PERSON", RULES, score=0.8)])
    assert "Grace" in _covered(entities, text)


@pytest.mark.parametrize("name", ["June", "April", "August", "May"])
def test_a_first_name_that_is_a_month_is_a_form_where_a_person_cue_follows_it(name: str) -> None:
    """A month's name is capitalised wherever it stands, so its capital says nothing: only a verb only people do
    or a possessive says the draft uses it as the person's name. It is then the person's wherever it is not a
    date's month ("In June she moved", "June 2019")."""
    text = (f"The health visitor saw {name} Ankrah-Vell at home. Later {name} said she was tired. In {name} 2019 "
            f"the family moved, and in {name} they moved again. {name}'s sister was told.")
    entities = _group(text, [_m(f"{name} Ankrah-Vell", text, "PERSON", RULES, score=0.7)])
    person = next(e for e in entities if e.name == f"{name} Ankrah-Vell")
    assert name in person.forms
    covered = _covered(entities, text)
    assert f"Later {name} said" not in covered and f"{name}'s sister" not in covered
    assert f"In {name} 2019" in covered and f"in {name} they" in covered


@pytest.mark.parametrize("rest", [
    "In June 2019 the family moved.",           # a date's month only
    "In June the family moved; June was wet.",  # the capital of a month's name means nothing
])
def test_a_first_name_that_is_a_month_with_no_person_cue_is_no_form(rest: str) -> None:
    text = f"The health visitor saw June Ankrah-Vell at home. {rest}"
    entities = _group(text, [_m("June Ankrah-Vell", text, "PERSON", RULES, score=0.7)])
    person = next(e for e in entities if e.name == "June Ankrah-Vell")
    assert "June" not in person.forms


def test_a_guessed_first_name_and_surname_the_draft_writes_alone_as_a_name_is_confident() -> None:
    """Both words are listed names and ordinary words ("Summer", "Parker"): the draft's own "Later Summer said" says
    the guess is a person, so its first name is a form."""
    text = "The health visitor saw Summer Parker at home. Later Summer said she was tired."
    entities = _group(text, [_m("Summer Parker", text, "PERSON")])
    person = next(e for e in entities if e.name == "Summer Parker")
    assert "Summer" in person.forms
    text = "The health visitor saw Summer Parker at home. The family moved in Summer 2016."
    entities = _group(text, [_m("Summer Parker", text, "PERSON")])
    assert "Summer" not in next(e for e in entities if e.name == "Summer Parker").forms


@pytest.mark.parametrize("text, kind", [
    ("Hope Jenkins was the mother. Her daughter Autumn, aged 3, had a bruise.", "child"),
    ("Dean Marsh was seen at home. In May, Hope completed a visit with her manager.", "adult"),
])
def test_a_lone_first_name_is_a_child_or_an_adult_by_what_is_written_by_it(text: str, kind: str) -> None:
    word = "Autumn" if "Autumn" in text else "Hope"
    first = text.split()[0] + " " + text.split()[1]
    entities = _group(text, [_m(first, text, "PERSON", RULES)])
    assert next(e.kind for e in entities if e.name == word) == kind


def test_a_first_name_known_alone_before_a_titled_surname_is_the_full_name() -> None:
    """"Ms Too" (a surname that is also a word) is titled; "Grace" is known alone; "Grace Too" is one person's
    full name, replaced whole: its surname never stays beside a pseudonym."""
    text = ("In December 2013, Grace completed a single assessment. Later Ms Too visited the home. "
            "The police informed Grace Too of the caution. It was too late.")
    entities = _group(text, [_m("Grace", text, "PERSON", RULES, score=0.5), _m("Ms Too", text, "PERSON", RULES)])
    covered = _covered(entities, text)
    assert "Too of" not in covered and "Grace" not in covered and "too late" in covered


@pytest.mark.parametrize("later", ["Abigail's CHI number (2205792601) was obtained.",
                                   "Abigail's NHS number was wrong."])
def test_a_hyphenated_surname_no_dictionary_holds_vouches_for_its_first_name(tmp_path: Path, later: str) -> None:
    """"Al-Amin" is a surname, though "al" and "amin" are words: "Abigail" alone is hers too."""
    draft = tmp_path / "d.txt"
    draft.write_text(f"In April 2016, Abigail Al-Amin took Nigel to the surgery. {later}\n", encoding="utf-8")
    people = [e for e in analyse(draft).entities if e.type == "PERSON"]
    assert any("Abigail" in e.forms and "Abigail Al-Amin" in e.forms for e in people)


def test_a_judges_title_in_capitals_is_no_ones_initials(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text("Kerry Okonkwo is the mother. The case was heard by HHJ Pennington. HHJ Pennington made a "
                     "care order and DC Brierley attended.\n", encoding="utf-8")
    assert not any("HHJ" in e.forms or "DC" in e.forms for e in analyse(draft).entities)


def test_a_surname_misspelt_in_a_record_is_the_persons() -> None:
    """"Wisnieska": one letter off the mother's surname, a word no list holds."""
    text = ("Ms Zofia Wiśniewska is the mother. The name was spelt four ways (and, in one childminding record, "
            "\"Wisnieska\"). Ms Johnston visited; Mr Johnson did not.")
    entities = _group(text, [_m("Ms Zofia Wiśniewska", text, "PERSON", RULES),
                             _m("Ms Johnston", text, "PERSON", RULES)])
    mother = next(e for e in entities if "Ms Zofia Wiśniewska" in e.forms)
    assert "Wisnieska" in mother.forms
    assert not any("Johnson" in e.forms for e in entities if "Ms Johnston" in e.forms)  # a listed surname: another


def test_a_records_surname_in_capitals_before_the_given_names_is_a_form_alone() -> None:
    """"GEBREHIWOT, Selam Tesfamariam": a record's surname first in capitals is the person's surname alone too."""
    text = ("Recorded by the Home Office as GEBREHIWOT, Selam Tesfamariam.\n"
            '"Room 31 (GEBREHIWOT) \u2013 man called, maybe 30"')
    entities = _group(text, [_m("GEBREHIWOT, Selam Tesfamariam", text, "PERSON", "PersonNameRecognizer", score=0.8)])
    person = next(e for e in entities if "Selam Tesfamariam GEBREHIWOT" in e.forms)
    assert "GEBREHIWOT" in person.forms and "GEBREHIWOT" not in _covered(entities, text)


def test_a_roles_letters_before_a_name_are_no_records_surname() -> None:
    """"PDSN, Nessa Carveth": a role's letters, with no vowel as no surname is written, before the name."""
    text = "The PDSN, Nessa Carveth, visited. The school nurse and the PDSN trained staff."
    entities = _group(text, [_m("PDSN, Nessa Carveth", text, "PERSON", "PersonNameRecognizer", score=0.8)])
    assert "PDSN" not in {f for e in entities for f in e.forms}
