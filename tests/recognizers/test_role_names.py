"""People named right after their worker's role, whatever their names: no list or NER needed."""

from __future__ import annotations

import pytest

from recognizers.role_names import find_role_names


def _names(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_role_names(text)]


@pytest.mark.parametrize("text, name", [
    ("On 10.06.12, the health visitor Londisizwe Phoseka completed a new birth visit.", "Londisizwe Phoseka"),
    ("The social worker, Thandeka Mhlongo, visited the home.", "Thandeka Mhlongo"),
    ("Her GP Onyinye Okeke noted bruising to the upper arm.", "Onyinye Okeke"),
    ("The school's designated safeguarding lead Ximena Quispe Mamani rang the duty desk.", "Ximena Quispe Mamani"),
    ("It was seen by the family support worker Bheki Dlamini.", "Bheki Dlamini"),
    ("The Independent Reviewing Officer Aroha Ngata (AN) chaired the review.", "Aroha Ngata"),
    # a relative named right after the family word (written in lower case)
    ("Her mother, Codrina Cole, said she had not seen the bruise.", "Codrina Cole"),
    ("The child's maternal grandmother Jinthe Porter cared for him.", "Jinthe Porter"),
    ("Y's step-father Sihawukele Dube moved in during 2016.", "Sihawukele Dube"),
    # a name right before a verb only people do, whatever is before it
    ("Codrina Cole visited the home on 3 May.", "Codrina Cole"),
    ("Later Codrina Cole said she was tired.", "Codrina Cole"),
    # a role's capitals before the name are no part of it
    ("12/03/2019\tHealth Visiting\tHV Joanne Pritchard visited; Child Q weighed.", "Joanne Pritchard"),
    ("SW Codrina Cole visited the home.", "Codrina Cole"),
    ("On 12.03.19 Ebuakil Nnamdi Okafor told the nurse.", "Ebuakil Nnamdi Okafor"),
    # a surname that is a word of a Welsh review's name ("Adolygiad Ymarfer Plant") is still a surname
    ("16/06/2020 | CSC | Former social worker Gemma Plant offers a referral.", "Gemma Plant"),
])
def test_a_name_after_a_workers_or_relatives_role_or_before_a_verb_only_people_do(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    "The social worker Team Manager agreed the plan.",                # role words, not a name
    "The health visitor Service was reorganised in 2014.",            # one word: not enough
    "The social worker Children's Social Care employed left.",         # agency words
    "The health visitor Leeds City Council employed visited.",        # an organisation
    "The GP Practice Manager wrote to the family.",                   # ordinary words
    "The social worker Monday Morning visited.",                      # calendar and English words
    "The health visitor on 3 May Jane visited.",                      # no name right after the role
    "The social worker Westbridge Children's Services assigned left.",
    "Father Christmas visited the nursery.",              # a capitalised family word is a title or a name's part
    "Mother Teresa said it first.",
    "Her mother, Children's Social Care said, was told.",  # agency words
    "Kirklees Council visited the home.",                  # an organisation
    "North Yorkshire said it would review it.",            # a place
    "Learning Point said nothing.",                        # ordinary words
    "Early Help visited the home.",                        # a keep phrase
    "the mother Child B said",                            # a pseudonym label
    "Good practice. EHW SB was described as kind.",        # a role's abbreviation and initials
])
def test_no_name_after_a_role_or_before_a_verb(text: str) -> None:
    assert _names(text) == []
