"""A local police operation's code name identifies the case; a national programme's is public."""

from __future__ import annotations

import pytest

from recognizers.police_operation import PoliceOperationRecognizer


def _found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in PoliceOperationRecognizer().analyze(text, [])]


@pytest.mark.parametrize("text, names", [
    ("Nene Valley Police ran the criminal investigation as Operation Tamarind. On 24 May", ["Tamarind"]),
    ('THEMATIC REVIEW - "Operation Lantern" children', ["Lantern"]),
    ("Marker: VULNERABLE ADULT - CSE HISTORY - OP FENNEL", ["FENNEL"]),
    ("a police investigation (Lancashire Constabulary, Operation Larkspur) and", ["Larkspur"]),
    ("officers from Op. Harrier attended", ["Harrier"]),
    # a name in capitals after the word in title case, of two words too
    ("the Constabulary's investigation (Operation KESTREL SANDS, crime ref 1142)", ["KESTREL SANDS"]),
    ("Op SKYLARK was closed in May.", ["SKYLARK"]),
])
def test_finds_operation_names(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize("text", [
    "The school was notified under Operation Encompass the next morning.",  # a national programme
    "Operation Makesafe training was given to hotel staff.", "under Operation Hydrant",
    "The Operation Manager agreed.", "Operation details were shared.",  # words about an operation
    "an operation on his knee", "the operation of the scheme", "OP 12 was closed",
    "Operation ENCOMPASS notified the school.", "the Op NHS number",
    "her father was deployed on Op CABRIT in Estonia", "a tour on Operation TOSCA",  # the forces' deployments
])
def test_ignores_national_programmes_and_words(text: str) -> None:
    assert _found(text) == []
