"""The one surface-form matcher used for linking, rendering and verifying."""

from __future__ import annotations

import pytest

from redactor.forms import FormMatcher, normalise, word_like_forms


def _spans(forms: list[str], text: str) -> list[str]:
    wl = word_like_forms(forms, [text])
    return [text[h.start:h.end] for h in FormMatcher(((f, f) for f in forms), wl).finditer(text)]


@pytest.mark.parametrize("forms, text, expected", [
    (["Chloe Hartley", "Chloe"], "Chloe Hartley met Chloe.", ["Chloe Hartley", "Chloe"]),
    (["Chloe"], "Chloe's bag", ["Chloe"]),  # possessive outside the form
    (["Chloe"], "Chloe\u2019s bag", ["Chloe"]),
    (["Chloe Hartley"], "CHLOE HARTLEY", ["CHLOE HARTLEY"]),  # headings in capitals
    (["Chloe Hartley"], "Chloe\n  Hartley", ["Chloe\n  Hartley"]),  # split across lines
    (["O'Neill"], "Mr O\u2019Neill", ["O\u2019Neill"]),
    (["Chloe"], "Chloes and Chloe1", []),  # word-bounded
    (["Will"], "Will said he will go", ["Will"]),  # ordinary lower-case word in this text: exact case
    (["Reading"], "in Reading, reading a book", ["Reading"]),
    # a name no dictionary holds is the name in lower case too (a quoted message)
    (["Kayla"], 'Kayla said so. A message read "kayla ur dead".', ["Kayla", "kayla"]),
    (["Hartlepool"], "In Hartlepool (see www.hartlepool.gov.uk)", ["Hartlepool"]),  # a web address: as written
    # ... and a place in lower case in a message or an address line is the place ("they are at marsworth")
    (["Marsworth"], "She lived at Marsworth. A text said: they are at marsworth by the reservoirs.",
     ["Marsworth", "marsworth"]),
    # ... though a name the draft also writes in lower case in its prose is the name there too
    (["Tamsin"], "Tamsin e-mails from tamsin.rowe@example.com. GP sees tamsin: not eating.", ["Tamsin", "tamsin",
                                                                                          "tamsin"]),
    (["AS"], "As agreed, AS visited as planned.", ["AS"]),  # initials that are a word: in capitals only
    (["AS"], "AS told her; As agreed, AS left.", ["AS", "AS"]),
    (["Kerry-Ann"], "Kerry\u2013Ann", ["Kerry\u2013Ann"]),
    (["8 September 2013", "Chloe"], "8\tSeptember 2013\tChloe", ["Chloe"]),  # never across table cells
    (["Page"], "Erica O'Page, JOANA O\u2019PAGE, D'Page and Page 3", ["Page"]),  # never inside "O'Page"
    (["Page"], "the 'Page' heading", ["Page"]),  # a quotation mark is no part of a word
    # Turkish dotted and dotless i: "FIRAT" is the capitals of "Fırat", "İlkay" those of "ilkay"
    (["Bilginur Fırat"], "BILGINUR FIRAT (MOTHER)", ["BILGINUR FIRAT"]), (["Fırat"], "Mr FIRAT", ["FIRAT"]),
    (["İlkay Demir"], "ILKAY DEMIR", ["ILKAY DEMIR"]),
])
def test_form_matching(forms: list[str], text: str, expected: list[str]) -> None:
    assert _spans(forms, text) == expected


def test_longest_form_wins() -> None:
    m = FormMatcher([("Chloe", "a"), ("Chloe Hartley", "b")])
    hits = list(m.finditer("Chloe Hartley"))
    assert [(h.key, h.form) for h in hits] == [("b", "Chloe Hartley")]


@pytest.mark.parametrize("text, form", [
    ("Ms Quillon-\n  Abara", "Ms Quillon-Abara"),  # a double-barrelled name wrapped at its hyphen
    ("Tomasz Quillon- Abara", "Tomasz Quillon-Abara"),  # the same line break, read as a space
    ("multi-\nagency work", "multi- agency work"),  # a word's hyphen: no name
    ("Hull -\nAbara", "Hull - Abara"),  # a dash between words
])
def test_a_name_wrapped_at_its_hyphen_is_one_form(text: str, form: str) -> None:
    assert normalise(text) == form


@pytest.mark.parametrize("text, form", [
    ("Ms McAl-\nlister", "Ms McAllister"), ("Oliver Prze-\nbylski", "Oliver Przebylski"),
    ("multi-\nagency work", "multi- agency work"),  # a compound's hyphen, not a name's
])
def test_a_name_a_line_break_hyphenated_is_one_form(text: str, form: str) -> None:
    assert normalise(text) == form


@pytest.mark.parametrize("text, expected", [
    # an invisible character inside a word (zero-width space, soft hyphen, word joiner) is no break in it
    ("Kelly Mar\u200bsh at home", ["Kelly Mar\u200bsh"]), ("Mar\u00adsh said", ["Mar\u00adsh"]),
    ("KEL\u2060LY MARSH", ["KEL\u2060LY MARSH"]), ("Marshal\u200b said", []),
])
def test_a_form_is_found_through_an_invisible_character(text: str, expected: list[str]) -> None:
    matcher = FormMatcher([("Kelly Marsh", "E1"), ("Marsh", "E1")])
    assert [text[h.start:h.end] for h in matcher.finditer(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a letter written decomposed, its accent a combining mark after it ("S\u030cimkova\u0301", as some software
    # and PDFs write it), is the same letter as the composed one
    ("Police spoke to Zoe\u0308 S\u030cimkova\u0301 at home", ["Zoe\u0308 S\u030cimkova\u0301"]),
    ("S\u030cIMKOVA\u0301 said", ["S\u030cIMKOVA\u0301"]),
])
def test_a_form_is_found_written_with_combining_accents(text: str, expected: list[str]) -> None:
    matcher = FormMatcher([("Zo\u00eb \u0160imkov\u00e1", "E1"), ("\u0160imkov\u00e1", "E1")])
    assert [text[h.start:h.end] for h in matcher.finditer(text)] == expected
