"""A territorial police force names the area it polices, as a council does: it is replaced (Police Force N)
unless it is the publishing board's own force, the register keeps it, or the review is already anonymised.
Its words being ordinary words ("Metropolitan", "Service") or a region's ("West Midlands") change nothing.
A force with a national remit (British Transport Police, Police Scotland) names no local area: it stays,
as the National Crime Agency does."""

from __future__ import annotations

from pathlib import Path

import pytest

from recognizers.keep import default_keep_phrases
from redactor.document import Document, Segment
from redactor.entities import Entity, group
from redactor.mention import Mention
from redactor.plan import suggest
from redactor.register import Register


def _entities(board: str, force: str, extra: str = "") -> tuple[list[Entity], str]:
    text = (f"{board} Safeguarding Children Partnership - Practice Review\n"
            f"In May 2019, officers of {force} recorded an allegation.{extra}")
    start = text.index(force, text.index("officers"))
    mentions = [Mention("txt", start, start + len(force), force, "ORGANISATION", 0.85, "UkOrganisationRecognizer")]
    if extra:
        name = "Dorota Quillfeather"
        at = text.index(name)
        mentions.append(Mention("txt", at, at + len(name), name, "PERSON", 0.85, "PersonNameRecognizer"))
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    return group(doc, mentions, None, default_keep_phrases(doc, [])), text


@pytest.mark.parametrize("board, force, replaced", [
    # Another area's territorial force identifies that area, whatever its words are.
    ("Westbridge", "Metropolitan Police Service", True),
    ("Westbridge", "Metropolitan Police", True),
    ("Westbridge", "Met Police", True),
    ("Westbridge", "West Midlands Police", True),  # a region's name, but a force of seven council areas
    ("Westbridge", "South Wales Police", True),
    ("Westbridge", "North Wales Police", True),
    ("Westbridge", "Kent Police", True),
    ("Westbridge", "Strathclyde Police", True),  # a former regional force of Scotland
    ("Westbridge", "Port of Dover Police", True),  # named for its town
    # The publishing board's own force is public.
    ("Lewisham", "Metropolitan Police Service", False),
    ("Lewisham", "Met Police", False),
    ("Lewisham", "the Met Police", False),
    ("Lewisham", "The Metropolitan Police Service's", False),
    ("Birmingham", "West Midlands Police", False),
    ("Medway", "Kent Police", False),
    # A force (or agency) with a national remit names no local area.
    ("Westbridge", "British Transport Police", False),
    ("Westbridge", "Ministry of Defence Police", False),
    ("Westbridge", "Civil Nuclear Constabulary", False),
    ("Westbridge", "Royal Military Police", False),
    ("Westbridge", "Police Scotland", False),
    ("Westbridge", "Police Service of Northern Ireland", False),
    ("Westbridge", "National Crime Agency", False),
])
def test_a_named_police_force_is_replaced_unless_it_is_the_boards_own_or_national(
        board: str, force: str, replaced: bool) -> None:
    entities, text = _entities(board, force, extra=" Dorota Quillfeather was seen.")
    decisions = suggest(entities, None, {"txt": text})
    actions = {e.name: decisions[e.id].action for e in entities if e.type == "ORGANISATION"}
    assert actions == ({force: "replace"} if replaced else {}), actions


@pytest.mark.parametrize("force", ["Metropolitan Police Service", "West Midlands Police", "Kent Police"])
def test_an_anonymised_review_keeps_the_forces_it_names(force: str) -> None:
    """A review that names nobody in full and holds no identifier names its forces deliberately."""
    entities, text = _entities("Westbridge", force)
    decisions = suggest(entities, None, {"txt": text})
    assert [decisions[e.id].action for e in entities] == ["keep"]


def test_a_force_the_register_keeps_is_kept_in_any_of_its_listed_names() -> None:
    """The reviewer keeps "Metropolitan Police": "the Metropolitan Police Service" holds it, and stays."""
    text = ("Westbridge Safeguarding Children Partnership - Practice Review\n"
            "In May 2019, the Metropolitan Police Service recorded an allegation. Kent Police did not.")
    mentions = [Mention("txt", text.index(f), text.index(f) + len(f), f, "ORGANISATION", 0.85,
                        "UkOrganisationRecognizer") for f in ("Metropolitan Police Service", "Kent Police")]
    doc = Document(Path("d.txt"), "txt", "0", (Segment("txt", "body", text, "text"),))
    register = Register(keep=["Metropolitan Police"])
    assert [e.name for e in group(doc, mentions, register, default_keep_phrases(doc, []))] == ["Kent Police"]
