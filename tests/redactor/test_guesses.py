"""Guesses do not spread: NER's readings weighed against the rules, composite guesses, confident persons."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.analysis import Mention
from redactor.document import Document, Segment
from redactor.entities import Entity, group
from redactor.guesses import reconcile, typographic_capital

NER = "SpacyRecognizer"


def _m(text: str, source: str, entity: str, recognizer: str = NER, nth: int = 0, score: float = 0.85) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = source.index(text, start + 1)
    return Mention("txt", start, start + len(text), text, entity, score, recognizer)


def _group(text: str, mentions: list[Mention]) -> list[Entity]:
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    return group(doc, mentions, None)


def _names(entities: list[Entity]) -> dict[str, str]:
    return {e.name: e.type for e in entities}


def test_a_guessed_hospital_does_not_turn_the_city_into_a_surname() -> None:
    text = ("She was taken to Royal Northfield on Friday. The family lived in Northfield. "
            "Northfield schools were told. Aaliyah Okafor was seen.")
    entities = _group(text, [
        _m("Royal Northfield", text, "PERSON"),
        _m("Northfield", text, "LOCATION", "UkPlaceRecognizer", nth=1, score=0.6),
        _m("Aaliyah Okafor", text, "PERSON", "PersonNameRecognizer", score=0.8),
    ])
    guess = next(e for e in entities if e.name == "Royal Northfield")
    assert "Northfield" not in guess.forms and "Royal" not in guess.forms
    person = next(e for e in entities if e.name == "Aaliyah Okafor")
    assert {"Aaliyah", "Okafor", "Ms Okafor"} <= set(person.forms)


def test_forms_are_derived_only_when_name_like() -> None:
    text = "Sam Surgery and Grace Hope came. Grace said there was hope. Kirsty Leeds lived in Leeds."
    entities = _group(text, [
        _m("Sam Surgery", text, "PERSON"),  # a guess, no rule: no forms
        _m("Grace Hope", text, "PERSON", "PersonNameRecognizer", score=0.6),
        _m("Kirsty Leeds", text, "PERSON", "PersonNameRecognizer", score=0.8),
        _m("Leeds", text, "LOCATION", "UkPlaceRecognizer", nth=1, score=0.6),
    ])
    forms = {e.name: set(e.forms) for e in entities}
    assert forms["Sam Surgery"] == {"Sam Surgery"}
    assert "Grace" in forms["Grace Hope"] and "Hope" not in forms["Grace Hope"]  # "hope" is a word here
    assert "Mrs Hope" in forms["Grace Hope"]
    assert "Kirsty" in forms["Kirsty Leeds"] and "Leeds" not in forms["Kirsty Leeds"]  # a place in this draft


@pytest.mark.parametrize("guess, entity, rule, rule_entity, expected", [
    ("Kingsway Surgery", "PERSON", "Kingsway Surgery", "ORGANISATION", None),  # the rule's reading wins
    ("Great Yarmouth", "ORGANISATION", "Great Yarmouth", "LOCATION", None),
    ("Norwich NR3 6DE", "PERSON", "Norwich", "LOCATION", None),  # a place and a postcode, nothing else
])
def test_rules_outrank_guesses(guess: str, entity: str, rule: str, rule_entity: str, expected: str | None) -> None:
    text = f"They moved to {guess} in May."
    mentions = [_m(guess, text, entity), _m(rule, text, rule_entity, "Rule", score=0.6)]
    if guess == "Norwich NR3 6DE":
        mentions.append(_m("NR3 6DE", text, "UK_POSTCODE", "UkPostcodeRecognizer", score=0.6))
    out = reconcile(mentions, {"txt": text}, frozenset())
    assert [m for m in out if m.recognizer == NER] == []


@pytest.mark.parametrize("guess, entity, expected", [
    ("Ashdown Lodge", "PERSON", "ORGANISATION"),  # ends in an organisation word
    ("Eastbourne", "PERSON", "LOCATION"),         # a listed place, no personal name
    ("Siobhan Brennan", "PERSON", "PERSON"),
])
def test_guesses_retyped_by_knowledge(guess: str, entity: str, expected: str) -> None:
    text = f"It was about {guess} in May."
    (out,) = reconcile([_m(guess, text, entity)], {"txt": text}, frozenset())
    assert out.entity == expected


@pytest.mark.parametrize("text, guess, entity, kept", [
    ("Success with the plan came later.", "Success", "ORGANISATION", False),
    ("The Teachers were told.", "Teachers", "PERSON", False),
    ("Grace was seen.", "Grace", "PERSON", False),          # capital of the sentence only
    ("They said Grace was seen.", "Grace", "PERSON", True),  # a first name mid-sentence
    ("They said Siobhan was seen.", "Siobhan", "PERSON", True),
])
def test_one_word_guesses(text: str, guess: str, entity: str, kept: bool) -> None:
    out = reconcile([_m(guess, text, entity)], {"txt": text}, frozenset())
    assert bool(out) == kept


def test_a_guess_joining_known_names_adds_no_entity() -> None:
    text = ("Winston Okafor and Bartosz Nowak met. Success with Winston came. Winston and Bartosz left. "
            "Mrs Nowak called.")
    entities = _group(text, [
        _m("Winston Okafor", text, "PERSON", "PersonNameRecognizer", score=0.8),
        _m("Bartosz Nowak", text, "PERSON", "PersonNameRecognizer", score=0.8),
        _m("Success with Winston", text, "ORGANISATION"),
        _m("Winston and Bartosz", text, "ORGANISATION"),
        _m("Mrs Nowak", text, "PERSON", "PersonNameRecognizer", score=0.85),
    ])
    assert _names(entities) == {"Winston Okafor": "PERSON", "Bartosz Nowak": "PERSON"}
    assert "Mrs Nowak" in next(e for e in entities if e.name == "Bartosz Nowak").forms


@pytest.mark.parametrize("text, at, expected", [
    ("Success came.", 0, True), ("- Success came.", 2, True), ("Then. Success came", 6, True),
    ("2.3 Success came", 4, True), ("the Success came", 4, False),
])
def test_typographic_capital(text: str, at: int, expected: bool) -> None:
    assert typographic_capital(text, at) is expected
