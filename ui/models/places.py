"""Plain-English names for where a piece of text is in a draft ("Page 3", "Header", "Comment")."""

from __future__ import annotations

import re

from redactor.document import Segment

_PARTS = {
    "document": "Paragraph",
    "header": "Header",
    "footer": "Footer",
    "footnotes": "Footnote",
    "endnotes": "Endnote",
    "comments": "Comment",
}


def place_label(segment: Segment, offset: int = 0) -> str:
    """Where ``offset`` of ``segment`` is, for a reviewer."""
    if segment.kind == "page" and segment.page is not None:
        return f"Page {segment.page + 1}"
    if segment.id == "txt":
        return f"Line {segment.text.count(chr(10), 0, offset) + 1}"
    m = re.match(r"word/([a-z]+?)\d*\.xml (paragraph|tracked deletion) (\d+)", segment.where)
    if m:
        part = _PARTS.get(m.group(1), m.group(1).capitalize())
        if m.group(2) == "tracked deletion":
            return f"Tracked deletion ({part.lower()})"
        return f"Paragraph {m.group(3)}" if part == "Paragraph" else part
    where = re.sub(r"word/([a-z]+?)\d*\.xml", lambda x: _PARTS.get(x.group(1), x.group(1)), segment.where)
    return where[:1].upper() + where[1:]


def snippet(text: str, start: int, end: int, width: int = 42) -> tuple[str, str, str]:
    """The text around a span: ``(before, span, after)``, whitespace collapsed, ellipses at cuts."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    before = " ".join(text[lo:start].split())
    after = " ".join(text[end:hi].split())
    if lo > 0:
        before = "…" + before
    if hi < len(text):
        after = after + "…"
    pad_b = " " if start > lo and text[start - 1].isspace() else ""
    pad_a = " " if end < hi and text[end].isspace() else ""
    return before + pad_b, " ".join(text[start:end].split()), pad_a + after
