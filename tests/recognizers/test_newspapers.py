"""Newspapers named by title are publications, public, though their titles start with a place."""

from __future__ import annotations

from pathlib import Path

import pytest

from recognizers.newspapers import newspaper_names
from tests.recognizers.prose import analysed_entities


@pytest.mark.parametrize("text, names", [
    ("Belfast Telegraph\nA baby died.", ["Belfast Telegraph"]),
    ("as the Manchester Evening News reported", ["Manchester Evening News"]),
    ("From the Yorkshire Post:", ["Yorkshire Post"]),
    ("the Barking and Dagenham Post said", ["Barking and Dagenham Post"]),
    ("the Hull Daily Mail and the Sunderland Echo", ["Hull Daily Mail", "Sunderland Echo"]),
    ("Read more in Wigan Today", ["Wigan Today"]),
    ("(Coventry Telegraph, 3 May 2019)", ["Coventry Telegraph"]),
])
def test_newspaper_names(text: str, names: list[str]) -> None:
    assert newspaper_names([text]) == names


@pytest.mark.parametrize("text", [
    "Jane Post visited the family.",  # a surname that is a masthead's word, after no place
    "She moved to Leeds. News of the move reached the school.",  # a sentence's end between them
    "The Priory Post was a care home's newsletter.",  # no place before the word
    "Sarah Times and Kelly News attended.",
    # a masthead's word running on into another capitalised word: a longer name's (a travel agent's)
    "booked through Sylhet Star Travels on Union Street", "the Leeds Post Office",
])
def test_not_newspapers(text: str) -> None:
    assert newspaper_names([text]) == []


@pytest.mark.model
def test_a_newspapers_place_is_kept_only_in_its_title(tmp_path: Path) -> None:
    text = ("Belfast Telegraph\n\nA baby died, the Belfast Telegraph reported. Jayden Marsh had lived in "
            "Belfast with his mother.\n")
    entities = analysed_entities(tmp_path, text)
    places = [e for e in entities if e.name == "Belfast"]
    assert places and len(places[0].mentions) == 1  # only "lived in Belfast"
