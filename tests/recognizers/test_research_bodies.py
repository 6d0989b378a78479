"""Universities, institutes and journals named as the makers or publishers of research are public."""

from __future__ import annotations

from pathlib import Path

import pytest

from recognizers.research_bodies import research_bodies
from tests.recognizers.prose import analysed_entities


@pytest.mark.parametrize("text, names", [
    ("a commissioned analysis completed by the University of East Anglia and University\nof Birmingham: see",
     ["University of East Anglia", "University of Birmingham"]),
    ("Researchers at the Connect Centre at the University of Central Lancashire decided",
     ["Connect Centre", "University of Central Lancashire"]),
    ("Published by The British Journal of Social Work, April 2018", ["British Journal of Social Work"]),
    ("research by Oxford Brookes University found", ["Oxford Brookes University"]),
    # the researchers as a team, a group or a unit
    ("undertaken by the same research team from the University of Warwick and the University of East Anglia",
     ["University of Warwick", "University of East Anglia"]),
    ("a research group at Lancaster University found", ["Lancaster University"]),
    ("a study published in the Journal of Child Psychology and Psychiatry",
     ["Journal of Child Psychology and Psychiatry"]),
    # a report's credits bar, its partners between bars
    ("Research in Practice | University of East Anglia | CRCF | University of Warwick | Funded by the DfE",
     ["University of East Anglia", "University of Warwick"]),
])
def test_research_bodies(text: str, names: list[str]) -> None:
    assert research_bodies([text]) == names


@pytest.mark.parametrize("text", [
    "The mother was studying at the University of Leeds in 2019.",   # no research cue
    "The assessment was completed by Westfield Children's Centre.",  # a local service
    "The referral was completed by the school.",
    "The team from the University of Leeds hospital visited her.",  # no research cue
    "Name | University of Leeds | 2019",  # a table's row: one bar either side is no credits bar
])
def test_no_research_body(text: str) -> None:
    assert research_bodies([text]) == []


@pytest.mark.model
def test_a_research_body_is_kept_beside_a_named_person(tmp_path: Path) -> None:
    text = ("Jane Smith studied at the University of Leeds. An analysis completed by the University of "
            "East Anglia found the same.\n")
    names = {e.name for e in analysed_entities(tmp_path, text)}
    assert "University of East Anglia" not in names and "University of Leeds" in names
