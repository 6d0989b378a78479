"""Statutes named with their year, and reported cases with their citation, are public words."""

from __future__ import annotations

from pathlib import Path

import pytest

from recognizers.legislation import reported_cases, statute_names
from tests.recognizers.prose import analysed_entities


@pytest.mark.parametrize("text, names", [
    ("The Domestic Violence, Crime and Victims Act 2004 places a duty",
     ["Domestic Violence, Crime and Victims Act 2004"]),
    ("under the Social Services and Well-being (Wales) Act 2014,", ["Social Services and Well-being (Wales) Act 2014"]),
    # any bracketed words of a title ("(Licensing)", "(Leaving Care)")
    ("not licensed under the Gangmasters (Licensing) Act 2004.", ["Gangmasters (Licensing) Act 2004"]),
    ("duties under the Children (Leaving Care) Act 2000", ["Children (Leaving Care) Act 2000"]),
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


@pytest.mark.parametrize("text, names", [
    ("The housing duty was set out in Nzolameso v City of Westminster [2015] UKSC 22, which found",
     ["Nzolameso v City of Westminster [2015] UKSC 22"]),
    ("Re B (Care Proceedings: Standard of Proof) [2008] UKHL 35 held that",
     ["Re B (Care Proceedings: Standard of Proof) [2008] UKHL 35"]),
    ("R (G) v Southwark LBC [2009] UKHL 26 applies.", ["R (G) v Southwark LBC [2009] UKHL 26"]),
    ("see A Local Authority v K [2013] EWHC 242 (Fam)", ["A Local Authority v K [2013] EWHC 242"]),
    ("Re W (Children) [2010] 1 FLR 1485", ["Re W (Children) [2010] 1 FLR 1485"]),
    # no citation, no reported case: parties alone may be the family's
    ("Kelly Smith v Tom Jones was listed for May.", []), ("the Smith v Jones hearing", []),
])
def test_reported_cases(text: str, names: list[str]) -> None:
    assert reported_cases([text]) == names


@pytest.mark.model
def test_a_reported_cases_parties_are_no_ones_name(tmp_path: Path) -> None:
    text = ("Kayleigh Smith was 14 when the family were placed in Luton. The duty was set out in Nzolameso v City of "
            "Westminster [2015] UKSC 22.\n")
    assert {e.name for e in analysed_entities(tmp_path, text)} <= {"Kayleigh Smith", "Luton"}
