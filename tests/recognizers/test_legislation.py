"""Statutes named with their year are public words."""

from __future__ import annotations

from pathlib import Path

import pytest

from recognizers.legislation import statute_names
from tests.recognizers.prose import analysed_entities


@pytest.mark.parametrize("text, names", [
    ("The Domestic Violence, Crime and Victims Act 2004 places a duty",
     ["Domestic Violence, Crime and Victims Act 2004"]),
    ("under the Social Services and Well-being (Wales) Act 2014,", ["Social Services and Well-being (Wales) Act 2014"]),
    ("section 47 of the Children Act 1989 and the Children and Social Work Act 2017",
     ["Children Act 1989", "Children and Social Work Act 2017"]),
    ("The Care Planning, Placement and Case Review (England) Regulations 2010 apply",
     ["Care Planning, Placement and Case Review (England) Regulations 2010"]),
    # a Bill before Parliament, after "the", with or without its year
    ("The Children's Wellbeing and Schools Bill, introduced in Parliament in December 2024,",
     ["Children's Wellbeing and Schools Bill"]),
    ("as the Online Safety Bill 2022 went through Parliament", ["Online Safety Bill 2022"]),
])
def test_statute_names(text: str, names: list[str]) -> None:
    assert statute_names([text]) == names


@pytest.mark.parametrize("text", ["Kayleigh Smith acted in 2004.", "The Act was passed.", "in 2004 Grace Act said",
                                  "Later Schools Bill said so.", "The Bill was passed.", "with Tom and Bill"])
def test_no_statute(text: str) -> None:
    assert statute_names([text]) == []


@pytest.mark.model
def test_a_statutes_words_are_no_ones_name(tmp_path: Path) -> None:
    text = ("Kayleigh Smith died in 2019. The Domestic Violence, Crime and Victims Act 2004 places a duty "
            "on partnerships.\n")
    assert {e.name for e in analysed_entities(tmp_path, text)} == {"Kayleigh Smith"}
