"""An organisation's initials, written in capitals in the same draft ("QEH" after "Queen Elizabeth Hospital"), are
the same organisation; initials that are common vocabulary ("CSC", "ICB") are its form only where the draft defines
them for it, and a name only a model guessed gives none without that definition."""

from __future__ import annotations

from pathlib import Path

import pytest

from recognizers.keep import default_keep_phrases
from redactor.document import Document, Segment
from redactor.entities import group
from redactor.mention import Mention
from redactor.org_forms import acronym
from redactor.register import Register


@pytest.mark.parametrize("name, expected", [
    ("Queen Elizabeth Hospital", "QEH"),
    ("Royal Hospital for Children", "RHC"),  # joining words left out
    ("Fenland Fresh Produce Ltd", "FFP"),  # ... and a company's legal ending
    ("Hull Royal Infirmary", "HRI"),
    ("Royal Blackburn Teaching Hospital", "RBTH"),
    ("The Grange", None),  # two letters: too few to be anyone's initials alone
    ("Manor hospital", None),  # a word in lower case: no name's initials
    ("Northern Lincolnshire and Goole Hospitals NHS Foundation Trust", None),  # more than five letters
])
def test_acronym(name: str, expected: str | None) -> None:
    assert acronym(name) == expected


def _linked(text: str, name: str, recognizer: str = "UkOrganisationRecognizer") -> list[str]:
    start = text.index(name)
    mentions = [Mention("txt", start, start + len(name), name, "ORGANISATION", 0.85, recognizer)]
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, mentions, None, default_keep_phrases(doc, []))
    owner = next(e for e in entities if name in e.forms)
    return sorted({m.text for m in owner.mentions})


@pytest.mark.parametrize("text, name, expected", [
    ("He was born at Queen Elizabeth Hospital. Later QEH ED saw him.", "Queen Elizabeth Hospital",
     ["QEH", "Queen Elizabeth Hospital"]),
    # defined in a glossary line, or in brackets after the name
    ("The father worked for Fenland Fresh Produce Ltd.\nGlossary\nFFP\tFenland Fresh Produce Ltd\nFFP dismissed him.",
     "Fenland Fresh Produce Ltd", ["FFP", "Fenland Fresh Produce Ltd"]),
    ("Seen at Prince Charles Hospital (PCH). PCH maternity discharged the twins.", "Prince Charles Hospital",
     ["PCH", "Prince Charles Hospital"]),
    # initials in lower case are a word, not the hospital
    ("Seen at Queen Elizabeth Hospital. The qeh file was closed.", "Queen Elizabeth Hospital",
     ["Queen Elizabeth Hospital"]),
    # vocabulary initials not defined for the organisation stay the vocabulary's
    ("Referred to Ivel Care Bureau. ICB closed the case.", "Ivel Care Bureau",
     ["Ivel Care Bureau"]),
    # a body named for two places, by their initials joined by "&"
    ("She booked at the Luton and Dunstable University Hospital. Amara was born at the L&D on 24/05/2022.",
     "Luton and Dunstable University Hospital", ["L&D", "Luton and Dunstable University Hospital"]),
    ("She went to Accident and Emergency Wards Ltd. She went to A&E later.", "Accident and Emergency Wards Ltd",
     ["Accident and Emergency Wards Ltd"]),  # ... no vocabulary's letters
])
def test_an_organisations_initials_are_its_form(text: str, name: str, expected: list[str]) -> None:
    assert _linked(text, name) == expected


def test_a_guessed_name_gives_its_initials_only_where_the_draft_defines_them() -> None:
    text = "She worked at Quayside Rowing Club. QRC is a word here. Quayside Rowing Club (QRC) paid her."
    assert _linked(text, "Quayside Rowing Club", "SpacyRecognizer") == ["QRC", "Quayside Rowing Club"]
    text = "She worked at Quayside Rowing Club. Later QRC closed."
    assert _linked(text, "Quayside Rowing Club", "SpacyRecognizer") == ["Quayside Rowing Club"]


@pytest.mark.parametrize("text", [
    "Child B was in KWB (Kingsway Boys). Police linked KWB to the stabbing.",
    "Child B was in the Kingsway Boys (KWB). Police linked KWB to the stabbing.",
])
def test_a_groups_own_abbreviation_defined_beside_its_name_is_its_form(text: str) -> None:
    """"KWB (Kingsway Boys)": letters from inside a word may join its initials where the draft defines them."""
    assert _linked(text, "Kingsway Boys") == ["KWB", "Kingsway Boys"]


@pytest.mark.parametrize("name, initials", [
    ("James Paget University Hospitals NHS Foundation Trust", "JPUH"),
    ("Norfolk and Norwich University Hospitals NHS Foundation Trust", "NNUH"),
])
def test_a_registered_bodys_abbreviation_the_draft_defines_is_its_form(name: str, initials: str) -> None:
    """A registered trust's letters, in brackets after its name ("… NHS Foundation Trust (JPUH)"), are the trust
    wherever written: too many words for initials of its own, but the draft says so."""
    text = f"Agencies: {name} ({initials}) \u2013 paediatrics.\n14/01/2020 | {initials} | Seen in clinic."
    register = Register.from_dict({"entities": [{"name": name, "type": "ORGANISATION", "pseudonym": "Hospital 1"}]})
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [], register, default_keep_phrases(doc, []))
    trust = next(e for e in entities if e.name == name)
    assert sorted(m.text for m in trust.mentions) == [initials, initials, name]


@pytest.mark.parametrize("line", ["JPUH \u2013 James Paget University Hospitals NHS Foundation Trust",
                                  "James Paget University Hospitals NHS Foundation Trust: JPUH"])
def test_a_registered_bodys_abbreviation_a_glossary_defines_is_its_form(line: str) -> None:
    """A glossary's line of the letters and the registered name defines them for it, as brackets do."""
    name = "James Paget University Hospitals NHS Foundation Trust"
    text = f"Glossary\n{line}\n\n1.1 He was brought to the JPUH Emergency Department by his father."
    register = Register.from_dict({"entities": [{"name": name, "type": "ORGANISATION", "pseudonym": "Hospital 1"}]})
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [], register, default_keep_phrases(doc, []))
    assert "JPUH" in next(e for e in entities if e.name == name).forms


def test_letters_in_brackets_that_are_not_the_names_own_are_no_form() -> None:
    text = "Agencies: Fenland Hospitals NHS Trust (CAMHS) saw her. CAMHS closed the case."
    register = Register.from_dict({"entities": [{"name": "Fenland Hospitals NHS Trust", "type": "ORGANISATION",
                                                 "pseudonym": "Hospital 1"}]})
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, [], register, default_keep_phrases(doc, []))
    assert "CAMHS" not in next(e for e in entities if e.name == "Fenland Hospitals NHS Trust").forms


def test_a_registered_organisations_initials_in_capitals_are_its_form() -> None:
    """The register names the body; the draft writes its initials too ("UHNM"): the same body, replaced."""
    text = ("Ella was taken to University Hospitals of North Midlands by ambulance. UHNM staff noted bruising. "
            "UHNM made a referral.")
    register = Register.from_dict({"entities": [{"name": "University Hospitals of North Midlands",
                                                 "type": "ORGANISATION", "pseudonym": "Hospital Trust 1"}]})
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    owner = next(e for e in group(doc, [], register, default_keep_phrases(doc, [])) if e.name.startswith("Univ"))
    assert [m.text for m in owner.mentions].count("UHNM") == 2
