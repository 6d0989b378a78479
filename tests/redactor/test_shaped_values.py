"""A value written in the shape of an identifier the draft labels elsewhere is that kind of identifier."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.document import Document, Segment
from redactor.mention import Mention
from redactor.shaped_values import shaped_like_labelled

LABELLED = "LabelledIdentifierRecognizer"


def _doc(*texts: str) -> Document:
    return Document(Path("d.txt"), "txt", "0", tuple(Segment(f"p{i}", "body", t, "text") for i, t in enumerate(texts)))


def _labelled(doc: Document, value: str, entity: str = "AGENCY_REFERENCE") -> Mention:
    seg = next(s for s in doc.segments if value in s.text)
    start = seg.text.index(value)
    return Mention(seg.id, start, start + len(value), value, entity, 0.75, LABELLED)


def test_a_value_of_a_labelled_values_shape_is_found_in_any_paragraph() -> None:
    doc = _doc("Siobh\u00e1n's PPS number (7823451KA) was on the letter.",
               "His number was confirmed by Tusla as 6654312WA to support the transfer.")
    found = shaped_like_labelled(doc, [_labelled(doc, "7823451KA", "IE_PPS")])
    assert [(m.segment_id, m.text, m.entity) for m in found] == [("p1", "6654312WA", "IE_PPS")]


@pytest.mark.parametrize("labelled, text", [
    ("2671", "Log 2671 was raised; 4410 officers attended."),  # too short a shape to say anything
    ("12/03", "ref 12/03 and 14/05"),
    ("ABC123", "ref ABC123 and DEF456"),  # too few digits
])
def test_a_short_or_plain_shape_gives_nothing(labelled: str, text: str) -> None:
    doc = _doc(f"ref {labelled}.", text)
    assert shaped_like_labelled(doc, [_labelled(doc, labelled)]) == []


def test_a_value_found_already_or_inside_a_longer_one_is_left() -> None:
    doc = _doc("CRIS 1234567/14 was opened.", "Then 7654321/14 and X7654321/14 and 7654321/145; 1234567/14 again.")
    found = shaped_like_labelled(doc, [_labelled(doc, "1234567/14", "POLICE_REFERENCE")])
    assert [m.text for m in found] == ["7654321/14"]
