"""Which capitalised words can be part of an identifying name."""

from __future__ import annotations

import pytest

from recognizers.name_judge import name_like, plausible_name


@pytest.mark.parametrize("word", [
    "Ante-natal", "Post-natal", "Non-accidental", "Pre-birth", "Anti-social", "Out-of-hours", "Cross-border",
    "Re-referral", "Well-being", "Mid-wife",
])
def test_a_prefixed_compound_of_ordinary_words_is_no_name(word: str) -> None:
    """A heading's "Ante-natal Service" or "Non-accidental Injury" is vocabulary, not a name."""
    assert not name_like(word, frozenset())


@pytest.mark.parametrize("word", [
    "Smith-Jones",  # a double-barrelled surname: no prefix
    "Anne-Marie", "Mary-Kate",  # double first names
    "Okafor", "Grzegorz",
    "Pre-Okonkwo",  # a prefix before a word that is no ordinary word
])
def test_names_stay_name_like(word: str) -> None:
    assert name_like(word, frozenset())


@pytest.mark.parametrize("word", ["Bereavement", "Resuscitation", "Disengagement", "Caseworker", "Keyworker"])
def test_a_long_abstract_noun_or_a_role_is_no_name(word: str) -> None:
    """"Bereavement Caseworker" (a published review's stand-in for a worker's name): a noun no dictionary of
    everyday words holds, and a role."""
    assert not name_like(word, frozenset())


@pytest.mark.parametrize("word", ["Clement", "Armitage", "Greenwood"])
def test_a_listed_name_with_a_nouns_ending_stays_name_like(word: str) -> None:
    assert name_like(word, frozenset())


@pytest.mark.parametrize("word", ["CSPRs", "SCRs", "CHSCP’s", "NSCP's", "MASH's"])
def test_an_acronym_in_the_plural_or_with_a_possessive_is_no_name(word: str) -> None:
    """"Key learning points from CSPRs", "CHSCP's Independent Child Safeguarding Commissioner": agencies and
    processes, as the acronym alone is."""
    assert not name_like(word, frozenset())


@pytest.mark.parametrize("word", ["Okafor's", "Khan's", "Ahmeds"])
def test_a_name_with_a_possessive_or_in_the_plural_stays_name_like(word: str) -> None:
    assert name_like(word, frozenset())


@pytest.mark.parametrize("span, plausible", [
    # a list of ordinary words, however it ends, is no body ("… Partnership and Accountability": the six principles)
    ("Empowerment, Prevention, Proportionality, Protection, Partnership and Accountability", False),
    ("Safety, Stability, Permanence", False),
    # a body's name with commas, or a list of names, still is one
    ("Okafor, Brennan and Partners", True), ("Quillon, Abara, Hartley and Tierney Solicitors", True),
])
def test_a_list_of_ordinary_words_is_no_organisation(span: str, plausible: bool) -> None:
    assert plausible_name(span, "ORGANISATION") is plausible


@pytest.mark.parametrize("span, entity", [("Roma", "LOCATION"), ("Romanian Roma", "PERSON"), ("Roma", "ORGANISATION"),
                                          ("Black Fijian", "PERSON"), ("White Irish", "PERSON")])
def test_a_people_is_no_name(span: str, entity: str) -> None:
    assert not plausible_name(span, entity)


@pytest.mark.parametrize("span", ["Brunei", "Kenya", "Poland"])
def test_a_country_is_no_organisation(span: str) -> None:
    assert not plausible_name(span, "ORGANISATION")
