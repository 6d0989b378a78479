"""Shared prose samples, a span helper for the identifier recogniser tests, and a whole draft's analysis."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from presidio_analyzer import EntityRecognizer

# Ordinary numbers in safeguarding-review prose that no identifier recogniser may flag.
PROSE_SNIPPETS = (
    "In 2015 the family moved.",
    "During 2016-2017 there were concerns.",
    "The academic year 2015/16 began.",
    "Child A, aged 14, was seen.",
    "an 11 year old boy",
    "A Section 47 enquiry was held.",
    "The S.47 enquiry ended.",
    "See Learning Point 4.",
    "Recommendation 3 is accepted.",
    "as set out in paragraph 4.2.1 above",
    "see page 12 of the report",
    "rent arrears of £2,500 were owed",
    "attendance fell by 10%",
    "1-2-1 conversations took place",
    "On 24 June 2016 she was seen.",
    "between June 10-24 the school closed",
    "over 2 years 3 months",
    "Working Together 2018 says",
    "under the Children Act 1989",
    "on 12/05/2019 and 01/06/19",
    "the meeting at 10.30am",
    "she had 3 siblings and 12 cousins",
    "Section 17 and Section 20 of the Act",
    "between 2019 and 2021",
    "£150 per week",
    "ages 0-5",
)

PROSE_PARAGRAPH = (
    "In 2015 the family moved to the area, and during 2016-2017 concerns grew. Child A, aged 14, "
    "and her brother, an 11 year old, were subject to a Section 47 enquiry; the S.47 enquiry "
    "concluded in June. Learning Point 4 and Recommendation 3 (see paragraph 4.2.1 and page 12) "
    "address the rent arrears of £2,500, a 10% fall in attendance and the 1-2-1 conversations "
    "with staff. On 24 June 2016, and again between June 10-24 the following year, the school "
    "raised concerns. Over 2 years 3 months, agencies did not apply Working Together 2018 or the "
    "Children Act 1989 consistently. A number of meetings took place on 12/05/2019 at 10.30am, "
    "attended by 3 professionals; No 10 guidance from 2020/21 was cited in section 5.3."
)


def found(recognizer: EntityRecognizer, text: str, entity: str) -> list[tuple[int, int]]:
    """Return the sorted spans a recogniser finds on its own (no NLP artefacts).

    Args:
        recognizer: The recogniser under test.
        text: The text to analyse.
        entity: The entity name to ask for.

    Returns:
        ``(start, end)`` pairs, sorted.
    """
    results = recognizer.analyze(text, [entity], nlp_artifacts=None)
    assert all(r.entity_type == entity for r in results)
    return sorted((r.start, r.end) for r in results)


def spans_of(text: str, *values: str) -> list[tuple[int, int]]:
    """Return the spans of ``values`` in ``text`` (each must occur exactly once).

    Args:
        text: The text the values occur in.
        *values: The substrings expected to be found.

    Returns:
        ``(start, end)`` pairs, sorted.
    """
    spans = []
    for value in values:
        assert text.count(value) == 1, f"{value!r} must occur once in {text!r}"
        start = text.index(value)
        spans.append((start, start + len(value)))
    return sorted(spans)


def analysed_entities(folder: Path, text: str) -> list[Any]:
    """The entities the whole engine groups for ``text`` written as a plain-text draft in ``folder``."""
    from redactor.pipeline import analyse

    draft = folder / "d.txt"
    draft.write_text(text, encoding="utf-8")
    return analyse(draft).entities
