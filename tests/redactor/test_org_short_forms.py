"""A found organisation's name without its institutional head word ("Royal Peterborough" after "Royal
Peterborough Hospital") is the same organisation, while it is still specific; a short form that is only a
place, a council, a keep phrase, one ordinary word or name, or a dangling possessive is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from recognizers.keep import default_keep_phrases
from redactor.document import Document, Segment
from redactor.entities import group
from redactor.mention import Mention
from redactor.org_forms import short_forms, trading_name


@pytest.mark.parametrize("name, expected", [
    ("Royal Peterborough Hospital", ["Royal Peterborough"]),
    ("Quillbury General Hospital", ["Quillbury General"]),
    ("Quillbury District General Hospital", ["Quillbury District General"]),
    # one word left, a coined name no list holds: the school's own ("The Hollinsbrook safeguarding lead")
    ("Brookvale Primary School", ["Brookvale", "Brookvale Primary"]),
    ("Hollinsbrook Primary School", ["Hollinsbrook", "Hollinsbrook Primary"]),
    ("Whitfield Academy", []),  # one word left that is a surname: anyone's
    ("Dudley College", []),  # ... a place
    ("Acle Vehicle Repairs Ltd", ["Acle Vehicle Repairs"]),
    ("Kestrel House", ["Kestrel"]),  # a word rare enough for no list of ours: the home's name alone
    ("Heron House", []),  # one word left, a dictionary word and a name
    ("St Mary's Hospital", []),  # a dangling possessive: any St Mary's
    ("Addenbrooke's Hospital", ["Addenbrooke's"]),  # a coined name's possessive, as people call the hospital
    ("Guy's Hospital", []),  # ... but a first name's: anyone's
    ("Peterborough Children's Hospital", []),  # head "Children's Hospital": the place alone is left
    ("Leeds City Council", []),  # a council is no place of care
    ("Greater Manchester Police", []),
    ("Newcastle upon Tyne Hospital", []),  # the rest is a place on its own
    ("The Limes Surgery", []),  # "The Limes": dictionary words
    ("Children's Services Centre", []),  # a keep phrase / common words
    ("Royal Hospital", []),
])
def test_short_forms(name: str, expected: list[str]) -> None:
    assert short_forms(name) == expected


def _replaced(text: str, name: str) -> list[str]:
    start = text.index(name)
    mentions = [Mention("txt", start, start + len(name), name, "ORGANISATION", 0.85, "UkOrganisationRecognizer")]
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    entities = group(doc, mentions, None, default_keep_phrases(doc, []))
    return sorted({m.text for e in entities for m in e.mentions})


@pytest.mark.parametrize("text, name, expected", [
    # The board's own area in the name changes nothing: the short form names the hospital.
    ("Peterborough Safeguarding Children Partnership\nIn May 2019 the child was taken to Royal Peterborough "
     "Hospital. Staff at Royal Peterborough made a referral.", "Royal Peterborough Hospital",
     ["Royal Peterborough", "Royal Peterborough Hospital"]),
    ("Westbridge Safeguarding Children Partnership\nShe was seen at Quillbury General Hospital; Quillbury "
     "General discharged her.", "Quillbury General Hospital", ["Quillbury General", "Quillbury General Hospital"]),
    # The start of a longer name (its trust) names the hospital there too.
    ("Westbridge Safeguarding Children Partnership\nShe was seen at Royal Quillbury Hospital. Royal Quillbury "
     "Hospitals NHS Trust reviewed it.", "Royal Quillbury Hospital", ["Royal Quillbury", "Royal Quillbury Hospital"]),
])
def test_a_short_form_is_linked_to_its_organisation(text: str, name: str, expected: list[str]) -> None:
    assert _replaced(text, name) == expected


@pytest.mark.parametrize("name, expected", [
    # a company's name without its legal ending, its trading name, though its words are ordinary ones
    ("Pathway Living Ltd", "Pathway Living"), ("Coastline Independence Ltd", "Coastline Independence"),
    ("Horizons Pathway Limited", "Horizons Pathway"),
    ("Family Support Ltd", None), ("Children First Ltd", None),  # every word a common one: anyone's words
    ("Kestrel Ltd", None), ("Leeds Ltd", None), ("Pathway Living", None),  # one word left; no legal ending
])
def test_a_companys_trading_name(name: str, expected: str | None) -> None:
    assert trading_name(name) == expected


@pytest.mark.parametrize("text, name, expected", [
    # the trading name wherever it stands, before another capitalised word too
    ("Child A moved to Pathway Living Ltd in May. Pathway Living staff said so. The Pathway Living Manager rang.",
     "Pathway Living Ltd", ["Pathway Living", "Pathway Living Ltd"]),
    # the company's first word, where the draft writes it alone as the company's name in a sentence
    ("He was placed with Horizons Pathway Ltd in 2021. He remains at Horizons; Horizons staff reported him missing.",
     "Horizons Pathway Ltd", ["Horizons", "Horizons Pathway Ltd"]),
    ("She moved to Coastline Independence Ltd. Later she moved into Coastline's house.",
     "Coastline Independence Ltd", ["Coastline", "Coastline Independence Ltd"]),
    # ... not where the draft only opens a sentence with it, as an ordinary word may
    ("She moved to Coastline Independence Ltd. Coastline erosion was in the news.", "Coastline Independence Ltd",
     ["Coastline Independence Ltd"]),
    # ... nor where the draft also writes it in another name: that name is not the company's
    ("Gofal Cymuned Ltd ran the flat. Staff at the Gofal office were kind. (Gofal Glan Cynon ran a café.)",
     "Gofal Cymuned Ltd", ["Gofal Cymuned Ltd"]),
    # ... and a shorter start of its name beside it is the company's too, no other name
    ("Quillcare Bridge Solutions Ltd runs it. | Quillcare Bridge | Notes. Shared with Quillcare only.",
     "Quillcare Bridge Solutions Ltd", ["Quillcare", "Quillcare Bridge Solutions Ltd"]),
    # a provider's name without its head, written alone inside a sentence, though its words are ordinary ones
    ("She lived at Anchor Point Children's Home. Staff at Anchor Point for young people said so.",
     "Anchor Point Children's Home", ["Anchor Point", "Anchor Point Children's Home"]),
    ("She lived at Anchor Point Children's Home. Anchor Point is on the coast.",  # opening a sentence only
     "Anchor Point Children's Home", ["Anchor Point Children's Home"]),
    # a saint's name a school or church is named for ("St Bede's"), written alone for it
    ("Transition notes from St Bede's C of E Primary School record it. The boy's school (St Bede's) was asked.",
     "St Bede's C of E Primary School", ["St Bede's", "St Bede's C of E Primary School"]),
    ("She attended St Bede's Primary School. St Bede's Church held the funeral.", "St Bede's Primary School",
     ["St Bede's Primary School"]),  # the saint's name opens another body's name too
    # ... or filling a table's cell or a bracket, as an agency's column or a signature gives it
    ("Triplets start at Sunflower Seeds Day Nursery.\n06/10/2022 | Sunflower Seeds / CCS | Manager e-mails the HV.",
     "Sunflower Seeds Day Nursery", ["Sunflower Seeds", "Sunflower Seeds Day Nursery"]),
    ("The twin attended Little Stars Day Nursery.\n\"Could the HV give us a call? Lesley (Little Stars)\"",
     "Little Stars Day Nursery", ["Little Stars", "Little Stars Day Nursery"]),
    # ... nor a place's, a person's or a council's word
    ("She moved to Lancaster Care Ltd. She lived in Lancaster then.", "Lancaster Care Ltd", ["Lancaster Care Ltd"]),
])
def test_a_companys_trading_name_and_first_word_are_its_forms(text: str, name: str, expected: list[str]) -> None:
    assert _replaced(text, name) == expected
