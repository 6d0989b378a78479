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
])
def test_a_name_after_a_workers_role(text: str, name: str) -> None:
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
])
def test_no_name_after_a_role(text: str) -> None:
    assert _names(text) == []
