"""Words in another script than the draft's own are names no list holds."""

from __future__ import annotations

import pytest

from recognizers.other_script_names import find_other_script_words


def _found(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_other_script_words(text)]


@pytest.mark.parametrize("text, expected", [
    ("The health visitor saw Ганна Колесниченко at home.", ["Ганна Колесниченко"]),
    ("Later Ганна's son was seen.", ["Ганна"]),
    ("Her mother, राहुल जैन, said no.", ["राहुल जैन"]),  # vowel signs are marks inside the word
    ("The GP saw 梁鑫 at the surgery.", ["梁鑫"]),
    ("Father: Πυθαγόρας Χατζηκύρκος (Greek)", ["Πυθαγόρας Χατζηκύρκος"]),
    ("She wrote \u2018نازنين معروف\u2019 on the card.", ["نازنين معروف"]),
    ("Mr Колесниченко visited.", ["Колесниченко"]),
    ("The child, 홍정훈, was 4.", ["홍정훈"]),
    # a Latin name with a look-alike letter of another script ("о" Cyrillic)
    ("The father, J\u043ehn Sm\u0456th, was seen.", ["J\u043ehn Sm\u0456th"]),
    ("\u0391nna was seen.", ["\u0391nna"]),  # a capital Greek Alpha for an A
    # a Latin-script name beside a name in another script is the same person's ("Omya \u062f\u0627\u062f\u0641\u0631")
    ("Omya \u062f\u0627\u062f\u0641\u0631 gave evidence at the trial.", ["Omya \u062f\u0627\u062f\u0641\u0631"]),
    # ... and one joined to it by a hyphen, a double-barrelled surname ("रेड्डी-Green")
    ("\u0930\u0947\u0921\u094d\u0921\u0940-Green was the mother.", ["\u0930\u0947\u0921\u094d\u0921\u0940-Green"]),
    ("Green-\u0930\u0947\u0921\u094d\u0921\u0940 was the mother.", ["Green-\u0930\u0947\u0921\u094d\u0921\u0940"]),
    ("\u0938\u0902\u091c\u093f\u0935 \u018fL\u0130B\u018fYL\u0130\n",
     ["\u0938\u0902\u091c\u093f\u0935 \u018fL\u0130B\u018fYL\u0130"]),
    ("The report \u062f\u0627\u062f\u0641\u0631 said", ["\u062f\u0627\u062f\u0641\u0631"]),  # a word is no name
    # a joiner inside a word of an Indic script is part of it ("\u0915\u0943\u0937\u094d\u200d\u0923")
    ("Young person: \u0915\u0943\u0937\u094d\u200d\u0923 was 15", ["\u0915\u0943\u0937\u094d\u200d\u0923"]),
    # an invisible character inside a name hides it from every list too ("Jo\u200bhn Brad\u00adshaw")
    ("Later Jo\u200bhn Brad\u00adshaw visited.", ["Jo\u200bhn Brad\u00adshaw"]),
    ("Later John Brad\u00adshaw visited.", ["John Brad\u00adshaw"]),
    ("Police spoke to Kelly Mar\u200bsh at home.", ["Kelly Mar\u200bsh"]),  # a word, after a listed first name
    ("Later Kay\u2060leigh visited.", ["Kay\u2060leigh"]),
])
def test_words_in_another_script(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "She was prescribed a \u03b2-blocker.",   # one letter: a symbol
    "p < 0.05 (\u03b1 = 0.05)",
    "a dose of 5 \u00b5g",                     # the micro sign is no script's
    "a level of 40 \u03bcmol/L and 5 \u03bcg/kg",  # ... nor a Greek letter before a unit
    "a positive \u03b2hCG test",
    "Siobh\u00e1n Ni Bhriain and \u0141ukasz Wi\u015bniewski",  # Latin with accents
    "Stra\u00dfe, \u00c6thelred, \u00f8re",
    "\u2022 Item \u2013 \u00a3100 \u20ac50 \u00a9 2020",
    # an optional hyphen inside an ordinary word, a joiner in a word of another language's spelling
    "The Safe\u00adguarding Board met.", "the safe\u00adguarding lead", "\ufeffSerious Case Review",
])
def test_latin_text_and_symbols_are_not(text: str) -> None:
    assert _found(text) == []
