"""A draft as blocks of pieces, rendered to plain text with exact mention and keep offsets.

A piece is plain text, a mention of an entity (``M``), a span that must be kept (``K``), a footnote
reference (``FootRef``) or a person's name that a page break splits in the PDF (``Split``). The same
blocks are written to draft.txt (here) and to draft.docx (``office``), so the truth's offsets into
draft.txt and the Word document say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Style = Literal["title", "subtitle", "cover", "heading1", "heading2", "body", "bullet", "caption", "toc",
                "reference"]


@dataclass
class Entity:
    """One thing the truth says identifies someone (or a keepable label, never listed here)."""

    id: str
    type: str  # PERSON | LOCATION | ORGANISATION | DATE | IDENTIFIER
    role: str
    canonical: str
    pseudonym: str
    action: str  # pseudonymise | redact
    register_variants: list[str] = field(default_factory=list)  # what a reviewer would type
    in_register: bool = True


@dataclass(frozen=True, slots=True)
class M:
    """A mention: ``text`` is the exact surface form of entity ``eid``."""

    eid: str
    text: str


@dataclass(frozen=True, slots=True)
class K:
    """A span that must survive redaction unchanged."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class FootRef:
    """A footnote reference; the footnote body is ``Doc.footnotes[n]``."""

    n: int


@dataclass(frozen=True, slots=True)
class Split:
    """A person's full name ``first last`` that the Word/PDF version breaks across a page."""

    eid: str
    first: str
    last: str

    @property
    def text(self) -> str:
        return f"{self.first} {self.last}"


Piece = str | M | K | FootRef | Split


@dataclass
class Para:
    pieces: list[Piece]
    style: Style = "body"
    page_break_before: bool = False


@dataclass
class Table:
    rows: list[list[list[Piece]]]  # rows of cells of pieces; row 0 is the header
    widths: list[float] | None = None


Block = Para | Table


@dataclass
class HiddenText:
    """Identifying text outside draft.txt: header/footer, core properties, PDF metadata, sticky note."""

    where: str  # docx header | docx footer | docx core properties | pdf metadata | pdf annotation
    field: str  # content | title | author | subject | keywords | comments | lastModifiedBy
    pieces: list[Piece]


@dataclass
class Doc:
    doc_id: str
    kind: str
    blocks: list[Block] = field(default_factory=list)
    footnotes: dict[int, list[Piece]] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    hidden: list[HiddenText] = field(default_factory=list)
    register_keep: list[str] = field(default_factory=list)
    split_names: int = 0
    info: dict[str, object] = field(default_factory=dict)

    def add(self, block: Block) -> None:
        self.blocks.append(block)


SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def footnote_mark(n: int) -> str:
    return str(n).translate(SUPERSCRIPT)


@dataclass
class Rendered:
    text: str
    mentions: list[tuple[int, int, str, str]]  # start, end, entity id, text
    keeps: list[tuple[int, int, str, str]]  # start, end, text, reason


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.mentions: list[tuple[int, int, str, str]] = []
        self.keeps: list[tuple[int, int, str, str]] = []

    def raw(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def pieces(self, pieces: list[Piece]) -> None:
        for p in pieces:
            if isinstance(p, str):
                self.raw(p)
            elif isinstance(p, (M, Split)):
                self.mentions.append((self.pos, self.pos + len(p.text), p.eid, p.text))
                self.raw(p.text)
            elif isinstance(p, K):
                self.keeps.append((self.pos, self.pos + len(p.text), p.text, p.reason))
                self.raw(p.text)
            else:
                self.raw(footnote_mark(p.n))


def plain(pieces: list[Piece]) -> str:
    """The text of some pieces (footnote references dropped)."""
    out = []
    for p in pieces:
        if isinstance(p, str):
            out.append(p)
        elif isinstance(p, FootRef):
            continue
        else:
            out.append(p.text)
    return "".join(out)


def refs(pieces: list[Piece]) -> list[int]:
    return [p.n for p in pieces if isinstance(p, FootRef)]


def render_text(doc: Doc) -> Rendered:
    """draft.txt: blocks separated by a blank line, table rows by newlines and cells by tabs,
    bullets as "• ", footnote bodies after the paragraph that cites them."""
    w = _Writer()
    first = True
    for block in doc.blocks:
        if not first:
            w.raw("\n\n")
        first = False
        if isinstance(block, Table):
            for r, row in enumerate(block.rows):
                if r:
                    w.raw("\n")
                for c, cell in enumerate(row):
                    if c:
                        w.raw("\t")
                    w.pieces(cell)
            notes = [n for row in block.rows for cell in row for n in refs(cell)]
        else:
            if block.style == "bullet":
                w.raw("• ")
            w.pieces(block.pieces)
            notes = refs(block.pieces)
        for n in notes:
            w.raw("\n\n")
            w.raw(footnote_mark(n) + " ")
            w.pieces(doc.footnotes[n])
    w.raw("\n")
    return Rendered("".join(w.parts), w.mentions, w.keeps)
