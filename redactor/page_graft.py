"""Carry pages redacted in another process into this process's copy of the same PDF.

A long PDF's pages are redacted in two processes at once (see ``render_pdf``): each opens the draft
and redacts its own pages. The child then hands over exactly what its redaction changed: MuPDF keeps
every object it alters or makes in the document's incremental section, so the changed objects are
known, not guessed. Only the child's own page objects may have been altered (anything else, such as
an object its pages share with others, and the handover is refused: the caller redacts those pages
itself). New objects are renumbered into this document; old, unaltered ones are the same objects in
both copies (both were read from the same file), so references to them stand as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pymupdf
from pymupdf import mupdf

_REF = re.compile(r"(?<![\w.])(\d+) 0 R\b")


@dataclass(frozen=True, slots=True)
class PdfObject:
    """One object as the other process left it: its number there, its dictionary, its raw stream."""

    xref: int
    source: str
    stream: bytes | None


def changed_objects(doc: pymupdf.Document, pages: list[int], first_new: int) -> list[PdfObject] | None:
    """The objects that redacting ``pages`` altered or made, reachable from those pages.

    Args:
        doc: The document, as opened from the draft and then changed on ``pages`` only.
        pages: The 0-based pages changed.
        first_new: The document's object count before any change (objects made since are new).

    Returns:
        The page objects and every new object they reach; ``None`` when an object other than those
        pages was altered, which another process's copy could not take over safely.
    """
    pdf = pymupdf._as_pdf_document(doc)
    page_xrefs = {doc.page_xref(p) for p in pages}
    for xref in range(1, min(first_new, doc.xref_length())):
        if xref not in page_xrefs and mupdf.pdf_xref_is_incremental(pdf, xref):
            return None
    found: list[PdfObject] = []
    seen: set[int] = set()
    todo = sorted(page_xrefs)
    while todo:
        xref = todo.pop()
        if xref in seen:
            continue
        seen.add(xref)
        source = doc.xref_object(xref, compressed=True)
        stream = doc.xref_stream_raw(xref) if doc.xref_is_stream(xref) else None
        found.append(PdfObject(xref, source, stream))
        todo += [n for m in _REF.finditer(source) if (n := int(m[1])) >= first_new and n not in seen]
    return found


def take_objects(doc: pymupdf.Document, objects: list[PdfObject], first_new: int) -> None:
    """Write ``objects`` (from :func:`changed_objects` in another copy of the same draft) into ``doc``.

    Objects numbered from ``first_new`` on are new there: each gets a new number here, and references
    to it are renumbered. The others (the pages) replace this document's objects of the same number.
    """
    pdf = pymupdf._as_pdf_document(doc)
    numbers = {o.xref: doc.get_new_xref() for o in objects if o.xref >= first_new}

    def renumber(match: re.Match[str]) -> str:
        n = int(match[1])
        return f"{numbers.get(n, n)} 0 R"

    for obj in objects:
        xref = numbers.get(obj.xref, obj.xref)
        doc.update_object(xref, _REF.sub(renumber, obj.source))
        if obj.stream is not None:
            buffer = mupdf.fz_new_buffer_from_copied_data(obj.stream)
            mupdf.pdf_update_stream(pdf, mupdf.pdf_new_indirect(pdf, xref, 0), buffer, 1)
