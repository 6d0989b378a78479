"""Local services named with a brand word before their kind."""

from __future__ import annotations

import pytest

from recognizers.brand_services import brand_services
from recognizers.organisation_recognizer import find_organisations


@pytest.mark.parametrize("text, names", [
    ("the Compass Harmful Sexual Behaviour Service, which", ["Compass Harmful Sexual Behaviour Service"]),
    ("The referral to the Compass service was made on 4 April.", ["Compass"]),
    ("She was seen by the Harbour Team twice.", ["Harbour Team"]),
    ("Oak Tree Children's Trauma Service offered sessions.", ["Oak Tree Children's Trauma Service"]),
    ("He attended The Lighthouse Youth Project weekly.", ["The Lighthouse Youth Project"]),
    ("Willow HSB Team for AIM3 assessment", ["Willow HSB Team"]),
    ("the Phoenix Rise Advocacy Service", ["Phoenix Rise Advocacy Service"]),
    ("referred to CAMHS and to Ripple Youth Counselling. He did not", ["Ripple Youth Counselling"]),
])
def test_a_brand_word_before_a_services_kind_names_the_service(text: str, names: list[str]) -> None:
    assert [text[a:b] for a, b in brand_services(text)] == names


@pytest.mark.parametrize("text", [
    "The Thrive Approach was used in school.",  # a national programme's word is on no list
    "The Gateway Team took the referral.", "the Pathway Team and the pathway plan",
    "She drew a rainbow and a willow tree.",  # the words in lower case
    "The Harbour was busy. Compass points were drawn.",  # no service's kind after them
    "Rainbow Trust Children's Charity supported the family.",  # a national charity (the keep list's)
])
def test_no_brand_service(text: str) -> None:
    assert [text[a:b] for a, b in brand_services(text)
            if any(o.start <= a and b <= o.end for o in find_organisations(text))] == []
