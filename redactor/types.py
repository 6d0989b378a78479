"""Shared type aliases for the engine."""

from __future__ import annotations

from typing import Literal, Protocol

from recognizers.catalogue import CoarseType

EntityType = CoarseType
InputFormat = Literal["pdf", "docx", "txt"]
SegmentKind = Literal[
    "page",  # PDF page text (body, headers and footers as drawn)
    "body",  # DOCX main story paragraph, or the whole TXT text
    "header",
    "footer",
    "footnote",
    "endnote",
    "comment",
    "revision",  # tracked deletions in DOCX (removed on export)
    "field_code",
    "alt_text",
    "link",
    "metadata",
    "annotation",
    "bookmark",
    "form_field",
    "embedded_file",
    "image_text",  # words read by OCR from a picture (a PDF image on a text page, a Word picture)
    "diagram",  # SmartArt text in a Word file
    "chart",  # chart titles, labels and series names in a Word file
    "hidden_text",  # Word runs formatted as hidden (w:vanish): not shown, still in the file
]
DecisionSource = Literal["register", "accepted_suggestion", "manual"]
Action = Literal["replace", "keep"]
# A mention is addressed by its segment and character offsets.
MentionKey = tuple[str, int, int]

__all__ = ["Action", "DecisionSource", "EntityType", "InputFormat", "MentionKey", "SegmentKind"]


class Replacing(Protocol):
    """Anything that replaces ``start:end`` of a text with ``replacement`` (a plan's or a writer's replacement)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def replacement(self) -> str: ...
