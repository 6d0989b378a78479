"""Tests for UkPlaceRecognizer: UK places from the gazetteer, ambiguous names only after a cue."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from recognizers.catalogue import LOCATION
from recognizers.place_recognizer import UkPlaceRecognizer, find_uk_places

RECOGNIZER = UkPlaceRecognizer()


def _found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, [LOCATION])]


@pytest.mark.parametrize("text, expected", [
    ("The family lived in Leeds.", ["Leeds"]),
    ("Leeds is a city.", ["Leeds"]),
    ("They moved to Newcastle upon Tyne.", ["Newcastle upon Tyne"]),
    ("They moved to Stoke-on-Trent.", ["Stoke-on-Trent"]),
    ("They moved to Stoke on Trent.", ["Stoke on Trent"]),
    ("Then Weston-super-Mare, then Milton Keynes.", ["Weston-super-Mare", "Milton Keynes"]),
    ("from St. Helens and St Albans", ["St. Helens", "St Albans"]),
    ("Bath and North East Somerset", ["Bath and North East Somerset"]),
    ("The Kirklees area", ["Kirklees"]),
    ("the Isle of Wight ferry", ["Isle of Wight"]),
    ("across Rhondda Cynon Taf", ["Rhondda Cynon Taf"]),
    ("in the Wirral", ["Wirral"]),
    ("a Tower Hamlets flat", ["Tower Hamlets"]),
    ("LEEDS", ["LEEDS"]),
    ("in Leeds's schools", ["Leeds"]),
    ("in Leeds and Wakefield", ["Leeds", "Wakefield"]),
    ("Shropshire, Telford & Wrekin YOS", ["Shropshire", "Telford & Wrekin"]),  # "&" inside a council's name
    ("in Brighton & Hove", ["Brighton & Hove"]),
    ("Bath & North East Somerset", ["Bath & North East Somerset"]),
    ("in Leeds & Wakefield", ["Leeds", "Wakefield"]),  # two places, no one name
    ("Kent & Medway", ["Kent", "Medway"]),
    # ambiguous names with a cue
    ("She moved to Reading in 2015.", ["Reading"]),
    ("They went to Bath.", ["Bath"]),
    ("born in Sale", ["Sale"]),
    ("the town of Bath", ["Bath"]),
    ("in Leeds and Bath", ["Leeds", "Bath"]),
    ("Leeds, Bath and Wakefield", ["Leeds", "Bath", "Wakefield"]),
    ("lived in Stanley", ["Stanley"]),
    # a district no list knows, where someone lived or moved: a word in no dictionary or list of names
    ("Mother grew up in Drumchapel and moved to Easterhouse in 2012.", ["Drumchapel", "Easterhouse"]),
    ("where Kaiden often stayed from Friday to Sunday.", []),  # a weekday
    # a seaside town by its first word, as people call it
    ("The family moved to Clacton in 2019.", ["Clacton"]), ("USING YOUNG MALE TO RUN LINE TO CLACTON.", ["CLACTON"]),
    ("at 47 Foxglove Rise, on the edge of the Longhurst estate. Tia-Rose was three", ["Longhurst"]),
    # ... never a month ("the scope runs from September 2022", "stopped in October 2022")
    ("The scope runs from September 2022, when they moved.", []), ("the lorry was stopped in Oct 2022", []),
    ("The family had lived in Zorbeck Vale since 2010.", ["Zorbeck Vale"]),
    # ... where a line ran from, or someone was found; the area by its name
    ("a county line running out of Wythenshawe into Blackpool", ["Wythenshawe", "Blackpool"]),
    ("She was found in Trecynon two days later.", ["Trecynon"]),
    ("the Dogsthorpe area of the city", ["Dogsthorpe"]),
    # ... or where someone's home is ("came to the house in Penhill twice", "the family home in Trowell Fields")
    ("He came to the house in Penhill twice.", ["Penhill"]), ("their flat in Dunmere was cold", ["Dunmere"]),
    ("the house in March was sold", []),  # a month
    # a numbered road, after a place's preposition
    ("Police stop vehicle PN68 WZT on the A671 at 01:20.", ["A671"]),
    ("Edna found at 02:40 walking on the A65 in her nightdress.", ["A65"]),
    # a housing estate by name
    ("then on the Meadow Well estate", ["Meadow Well"]),
    ("She moved to the Broadwater Farm Estate in Tottenham.", ["Broadwater Farm", "Tottenham"]),
    # towns of thousands whose names are everyday words, with a cue
    ("The family moved to Deal in 2015.", ["Deal"]),
    ("the father lived in Fleet", ["Fleet"]),
    ("a flat in Washington, near Sunderland", ["Washington", "Sunderland"]),
    ("She moved from Crook to Battle.", ["Crook", "Battle"]),
    ("a flat in Shirley", ["Shirley"]),
    ("in the North East", []),  # regions cover millions: public, on the keep list
    ("in County Down", ["County Down"]),
    ("she moved from the NHS hostel in Leeds", ["Leeds"]),  # "NHS" not right before the place
    ("NHS staff in Surrey", ["Surrey"]),
])
def test_finds_places(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "Reading the report, the panel noted", "the reading list", "bath time", "Bath time was at six",
    "the south coast", "the North", "in the north", "Working Together", "working", "from March 2019",
    "in Christmas week", "Sale was agreed", "found in Mosaic records", "the Eclipse area of the record",
    "found in Xbox Live chats", "driving on the M6 south", "on the A4 paper", "as set out in the A1 form", "READING",
    "England", "in England", "Down Syndrome",
    "Shirley said", "Winston attended", "Stanley Okafor", "Mrs Preston", "Beverley Preston",
    "Leeds Road", "Leeds City Council", "Thames Valley Police", "Sandford Hospital", "Paris",
    "the London Child Protection Procedures", "St John Ambulance", "Cafcass Cymru",
    # an everyday-word town capitalised by a title-case heading, or opening a longer proper name
    "Learning Point 3: How to Deal with Neglect", "Moving to Stone Walls and Fences", "a visit to Battle of Britain",
    "She moved in with Chantelle.", "He lived with Ghiyaath's family", "they moved to Ghiyaath's flat",
    "the Crown Estate", "an estate agent", "the estate of the late Mr Smith",
    "a good deal of support", "Deal with it", "the Royal Fleet Auxiliary", "March 2019", "in March",
    "in Hope", "in Church",
    "Designated Nurse, NHS Surrey", "NHS Leeds commissioned it", "NHS Wakefield CCG",  # an NHS body's name
    # a board's name, even where the page's end cuts it off before its last word
    "found by the Lancashire Safeguarding Children Partnership (2021).", "the Leeds Safeguarding Adults Board",
    "A similar pattern was found by the Lancashire Safeguarding Children\nDraft review \u2013 Page 11 of 34",
])
def test_ignores(text: str) -> None:
    assert _found(text) == []


def test_a_place_before_a_safeguarding_service_that_is_no_board_is_found() -> None:
    assert _found("She was referred to the Lancashire Safeguarding Hub in May.") == ["Lancashire"]


@pytest.mark.parametrize("text, expected", [
    ("moved to Reading", [(9, 16)]),
    ("Newcastle upon Tyne", [(0, 19)]),
])
def test_exact_offsets(text: str, expected: list[tuple[int, int]]) -> None:
    assert [(r.start, r.end) for r in RECOGNIZER.analyze(text, [LOCATION])] == expected


@pytest.mark.parametrize("text, score", [
    ("in Kirklees", 0.65), ("in Ilkley", 0.6), ("moved to Reading", 0.5),
])
def test_scores(text: str, score: float) -> None:
    assert [r.score for r in RECOGNIZER.analyze(text, [LOCATION])] == [score]


def test_result_metadata() -> None:
    (result,) = RECOGNIZER.analyze("in Leeds", [LOCATION])
    assert result.entity_type == LOCATION
    assert result.recognition_metadata[RecognizerResult.RECOGNIZER_NAME_KEY] == "UkPlaceRecognizer"
    assert result.analysis_explanation is not None
    assert RECOGNIZER.analyze("in Leeds", ["PERSON"]) == []
    assert RECOGNIZER.supported_language == "en"


def test_empty_text() -> None:
    assert find_uk_places("") == []


def test_long_text() -> None:
    paragraph = ("The family moved from Leeds to Reading, then to Newcastle upon Tyne; Reading the report, "
                 "the panel noted bath time and the Care Order. Stoke-on-Trent was visited.\n")
    text = paragraph * 2000  # about 330 KB
    found = find_uk_places(text)  # speed: benchmarks/recognizer_speed.py
    assert len(found) == 8000
