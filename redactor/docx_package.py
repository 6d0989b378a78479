"""Read a .docx package at XML level: every story part, paragraphs with their text runs, properties.

Shared by the loader and the DOCX renderer so both walk the same paragraphs in the same order.
Working on the XML (rather than python-docx's object model) reaches text python-docx skips:
text boxes, footnotes, endnotes, comments, field codes and tracked changes.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from redactor.document import SUPERSCRIPT_DIGITS, composed
from redactor.errors import InputError
from redactor.types import SegmentKind

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
_Q = f"{{{W}}}"

# Story parts, by file-name pattern, and the segment kind their paragraphs get.
STORY_PARTS: tuple[tuple[str, SegmentKind], ...] = (
    (r"word/document\.xml", "body"),
    (r"word/header\d*\.xml", "header"),
    (r"word/footer\d*\.xml", "footer"),
    (r"word/footnotes\.xml", "footnote"),
    (r"word/endnotes\.xml", "endnote"),
    (r"word/comments\.xml", "comment"),
)
# Parts outside the stories that can hold names: document variables and the template path
# (settings), and the list of people who commented or tracked changes.
SIDE_PARTS = ("word/settings.xml", "word/people.xml")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def story_kind(part_name: str) -> SegmentKind | None:
    """The segment kind of a story part, or ``None`` if the part holds no story text."""
    for pattern, kind in STORY_PARTS:
        if re.fullmatch(pattern, part_name):
            return kind
    return None


@dataclass(slots=True)
class Package:
    """A .docx opened in memory: raw members plus parsed XML for the parts we read or rewrite."""

    path: Path
    members: dict[str, bytes]
    xml: dict[str, etree._Element]

    @classmethod
    def open(cls, path: Path) -> Package:
        """Read every member of the package and parse its story and property parts.

        Raises:
            InputError: Not a Word document, or a damaged one.
        """
        try:
            with zipfile.ZipFile(path) as zf:
                members = {info.filename: zf.read(info) for info in zf.infolist()}
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise InputError(f"{path.name}: not a readable Word (.docx) file ({exc})") from exc
        if "word/document.xml" not in members:
            raise InputError(f"{path.name}: not a Word document (word/document.xml is missing)")
        xml: dict[str, etree._Element] = {}
        for name, data in members.items():
            if story_kind(name) or name in SIDE_PARTS or (
                name.startswith("docProps/") and name.endswith(".xml")) or name.endswith(".rels"):
                try:
                    xml[name] = etree.fromstring(data, _PARSER)
                except etree.XMLSyntaxError as exc:
                    raise InputError(f"{path.name}: the Word file is damaged ({name}: {exc})") from exc
        return cls(path, members, xml)

    def stories(self) -> Iterator[tuple[str, SegmentKind, etree._Element]]:
        """Story parts in a stable order: body first, then headers, footers, notes, comments."""
        order = {kind: i for i, (_, kind) in enumerate(STORY_PARTS)}
        named = [(n, story_kind(n)) for n in self.xml]
        for name, kind in sorted(((n, k) for n, k in named if k), key=lambda nk: (order[nk[1]], nk[0])):
            yield name, kind, self.xml[name]


def accept_revisions(root: etree._Element) -> list[str]:
    """Accept all tracked changes in a story part, in place.

    Deleted text (``w:del``, ``w:moveFrom``) is removed from the file; inserted text is kept
    and unwrapped; formatting-change records (which can hold old text properties) are dropped.

    Returns:
        The text that was deleted, so it can be analysed and audited.
    """
    deleted: list[str] = []
    for tag in ("del", "moveFrom"):
        for el in list(root.iter(_Q + tag)):
            text = "".join(t.text or "" for t in el.iter(_Q + "delText", _Q + "t"))
            if text.strip():
                deleted.append(text)
            parent = el.getparent()
            if parent is not None:
                parent.remove(el)
    for tag in ("ins", "moveTo"):
        for el in list(root.iter(_Q + tag)):
            parent = el.getparent()
            if parent is None or el.tag not in (_Q + "ins", _Q + "moveTo") or parent.tag == _Q + "rPr":
                continue
            idx = parent.index(el)
            for child in list(el):
                parent.insert(idx, child)
                idx += 1
            parent.remove(el)
    for tag in ("rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange",
                "numberingChange", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
                "moveToRangeEnd"):
        for el in list(root.iter(_Q + tag)):
            parent = el.getparent()
            if parent is not None:
                parent.remove(el)
    # Deleted paragraph marks and inserted-run markers inside rPr are harmless once unwrapped.
    return deleted


@dataclass(slots=True)
class Paragraph:
    """One ``w:p`` with its text nodes, so a character offset maps to a ``w:t`` and a position in it."""

    element: etree._Element
    nodes: list[tuple[etree._Element | None, int, int]]  # (w:t or None for tab/break, start, end)
    text: str
    cell: tuple[int, int, int] | None = None  # (table, row, column) for a paragraph in a table cell


def paragraphs(root: etree._Element) -> Iterator[Paragraph]:
    """Every paragraph of a story part in document order, including text boxes and table cells.

    Paragraphs nested inside another paragraph (text boxes) are yielded on their own and their
    text is not repeated in the outer paragraph. Hidden runs (``w:vanish``) are not part of the
    paragraph as shown: ``docx_extras.hidden_units`` reads them on their own.
    """
    tables: dict[etree._Element, int] = {}
    for p in root.iter(_Q + "p"):
        nodes: list[tuple[etree._Element | None, int, int]] = []
        parts: list[str] = []
        pos = 0
        for el in p.iter(_Q + "t", _Q + "tab", _Q + "br", _Q + "cr", _Q + "noBreakHyphen"):
            if _nearest_paragraph(el) is not p or is_hidden(el):
                continue
            if el.tag == _Q + "t":
                s = el.text or ""
                if (whole := composed(s)) is not s:
                    el.text = s = whole  # letters composed in the node itself, so its offsets are the text's
                if _FOOTNOTE_MARK.fullmatch(s) and _raised(el):
                    s = s.translate(SUPERSCRIPT_DIGITS)  # read as a PDF page reads it ("Hartley¹"): no digit of a word
            elif el.tag == _Q + "noBreakHyphen":
                s = "-"
            else:
                s = "\t" if el.tag == _Q + "tab" else "\n"
            if el.tag == _Q + "tab" and el.getparent() is not None and el.getparent().tag != _Q + "r":
                continue  # tab stops in paragraph properties, not text
            nodes.append((el if el.tag == _Q + "t" else None, pos, pos + len(s)))
            parts.append(s)
            pos += len(s)
        yield Paragraph(p, nodes, "".join(parts), _cell(p, tables))


# A footnote mark typed as a raised run: digits, and the commas and dashes of several ("4,5", "7-9").
_FOOTNOTE_MARK = re.compile(r"\d+(?:[,\u2013-]\d+)*")
# Word's own character styles for a note's reference mark (a style id, as the run names it).
_NOTE_REFERENCE_STYLE = re.compile(r"(?i)(?:foot|end)note(?:reference|anchor|characters)")


def _raised(t: etree._Element) -> bool:
    """Whether a ``w:t``'s run is set raised: superscript, or in a note reference's character style."""
    props = t.getparent().find(_Q + "rPr") if t.getparent() is not None else None
    if props is None:
        return False
    align = props.find(_Q + "vertAlign")
    style = props.find(_Q + "rStyle")
    return (align is not None and align.get(_Q + "val") == "superscript") or (
        style is not None and bool(_NOTE_REFERENCE_STYLE.fullmatch(style.get(_Q + "val") or "")))


def is_hidden(el: etree._Element) -> bool:
    """Whether a text node's run is hidden text (``w:vanish``, not switched off)."""
    run = el.getparent()
    vanish = run.find(f"{_Q}rPr/{_Q}vanish") if run is not None and run.tag == _Q + "r" else None
    return vanish is not None and vanish.get(_Q + "val") not in ("0", "false", "off")


def _cell(p: etree._Element, tables: dict[etree._Element, int]) -> tuple[int, int, int] | None:
    tc = p.getparent()
    while tc is not None and tc.tag != _Q + "tc":
        if tc.tag == _Q + "txbxContent":
            return None
        tc = tc.getparent()
    if tc is None:
        return None
    tr = tc.getparent()
    tbl = tr.getparent() if tr is not None else None
    if tr is None or tbl is None:
        return None
    table = tables.setdefault(tbl, len(tables))
    row = [c for c in tbl if c.tag == _Q + "tr"].index(tr)
    col = [c for c in tr if c.tag == _Q + "tc"].index(tc)
    return table, row, col


def _nearest_paragraph(el: etree._Element) -> etree._Element | None:
    node = el.getparent()
    while node is not None and node.tag != _Q + "p":
        node = node.getparent()
    return node


def field_codes(root: etree._Element) -> Iterator[etree._Element]:
    """``w:instrText`` elements (field instructions such as HYPERLINK "mailto:…")."""
    yield from root.iter(_Q + "instrText")


# Word's field types (ECMA-376 part 1, 17.16.5): fixed words that name no one.
_FIELD_WORDS = """
    ADDRESSBLOCK ADVANCE ASK AUTHOR AUTONUM AUTONUMLGL AUTONUMOUT AUTOTEXT AUTOTEXTLIST BARCODE BIBLIOGRAPHY
    BIDIOUTLINE CITATION COMMENTS COMPARE CREATEDATE DATABASE DATE DISPLAYBARCODE DOCPROPERTY DOCVARIABLE
    EDITTIME EQ FILENAME FILESIZE FILLIN FORMCHECKBOX FORMDROPDOWN FORMTEXT GOTOBUTTON GREETINGLINE HYPERLINK
    IF INCLUDEPICTURE INCLUDETEXT INDEX INFO KEYWORDS LASTSAVEDBY LINK LISTNUM MACROBUTTON MERGEBARCODE
    MERGEFIELD MERGEREC MERGESEQ NEXT NEXTIF NOTEREF NUMCHARS NUMPAGES NUMWORDS PAGE PAGEREF PRINT PRINTDATE
    PRIVATE QUOTE RD REF REVNUM SAVEDATE SECTION SECTIONPAGES SEQ SET SKIPIF STYLEREF SUBJECT SYMBOL TA TC
    TEMPLATE TIME TITLE TOA TOC USERADDRESS USERINITIALS USERNAME XE
"""
FIELD_KEYWORDS = frozenset(_FIELD_WORDS.split())
_FIELD_KEYWORD = re.compile(r"^\s*([A-Za-z]+)\b")
# Switches, with the picture or format after \* \# \@ ("\* MERGEFORMAT", "\@ \"d MMMM yyyy\"").
_FIELD_SWITCH = re.compile(r'\\[*#@]\s*(?:"[^"]*"|\S+)|\\[!A-Za-z]\b')


def field_code_text(instruction: str) -> str:
    """A field instruction with its field type and switches blanked out (same length, same offsets).

    Only a field's arguments (a link target, a bookmark, a merge field's text) can name anyone.
    Its type ("NUMPAGES", "PAGE") must never be read as a name: replaced, the field breaks and
    shows a stale result ("Page 2 of 1").
    """
    blank = list(instruction)
    m = _FIELD_KEYWORD.match(instruction)
    if m and m.group(1).upper() in FIELD_KEYWORDS:
        blank[m.start(1):m.end(1)] = " " * (m.end(1) - m.start(1))
    for sw in _FIELD_SWITCH.finditer(instruction):
        blank[sw.start():sw.end()] = " " * (sw.end() - sw.start())
    return "".join(blank)


def alt_text_holders(root: etree._Element) -> Iterator[etree._Element]:
    """Drawing properties that carry alternative text (``descr``/``title`` attributes)."""
    yield from root.iter(f"{{{NS['wp']}}}docPr")


def external_links(pkg: Package) -> Iterator[tuple[str, etree._Element]]:
    """External relationship targets (hyperlinks) in every .rels part."""
    for name, root in pkg.xml.items():
        if name.endswith(".rels"):
            for rel in root:
                if rel.get("TargetMode") == "External":
                    yield name, rel


CORE_FIELDS = ("title", "subject", "creator", "keywords", "description", "lastModifiedBy", "category",
               "contentStatus", "identifier", "language", "version")


def core_properties(pkg: Package) -> dict[str, str]:
    """Text of the Word core properties (docProps/core.xml)."""
    root = pkg.xml.get("docProps/core.xml")
    out: dict[str, str] = {}
    if root is None:
        return out
    for el in root:
        local = etree.QName(el).localname
        if local in CORE_FIELDS and (el.text or "").strip():
            out[local] = el.text or ""
    return out


# Extended properties that can carry a name; the rest (application, counts, flags) cannot.
APP_TEXT_FIELDS = ("Company", "Manager", "HyperlinkBase", "lpstr")


def other_properties(pkg: Package) -> dict[str, str]:
    """Text of extended (app.xml) and custom (custom.xml) properties that can identify someone."""
    out: dict[str, str] = {}
    app = pkg.xml.get("docProps/app.xml")
    if app is not None:
        for i, el in enumerate(app.iter()):
            if not isinstance(el.tag, str) or not (el.text or "").strip():
                continue
            if etree.QName(el).localname in APP_TEXT_FIELDS:
                out[f"app:{etree.QName(el).localname}:{i}"] = el.text or ""
    custom = pkg.xml.get("docProps/custom.xml")
    if custom is not None:
        for prop in custom:
            text = " ".join(t.strip() for t in prop.itertext() if t.strip())
            if text:
                out[f"custom:{prop.get('name')}"] = f"{prop.get('name')}: {text}"
    return out


def side_texts(pkg: Package) -> dict[str, str]:
    """Names hidden in document variables (settings) and in the list of commenting/editing people."""
    out: dict[str, str] = {}
    settings = pkg.xml.get("word/settings.xml")
    if settings is not None:
        for i, var in enumerate(settings.iter(_Q + "docVar")):
            out[f"docvar:{i}"] = f"{var.get(_Q + 'name')}: {var.get(_Q + 'val')}"
    people = pkg.xml.get("word/people.xml")
    if people is not None:
        for i, person in enumerate(people):
            author = person.get(_Q + "author") or ""
            if author:
                out[f"person:{i}"] = author
    return {k: v for k, v in out.items() if v.strip()}


def clean_side_parts(pkg: Package) -> None:
    """Remove document variables and the people list; tracked-change authors go with the changes."""
    settings = pkg.xml.get("word/settings.xml")
    if settings is not None:
        for tag in ("docVars", "attachedTemplate"):
            for el in list(settings.iter(_Q + tag)):
                parent = el.getparent()
                if parent is not None:
                    parent.remove(el)
    people = pkg.xml.get("word/people.xml")
    if people is not None:
        for child in list(people):
            people.remove(child)


def write_package(pkg: Package, out: Path) -> None:
    """Write all members (re-serialising parsed XML) into a new zip at ``out``."""
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in pkg.members.items():
            root = pkg.xml.get(name)
            if root is not None:
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            zf.writestr(name, data)


def page_fields_for_layout(pkg: Package) -> int:
    """Make page-count fields ones a layout program computes; returns how many were changed.

    LibreOffice keeps the cached result of a SECTIONPAGES field ("Page 2 of 1"). In a document
    with one section that is the same number as NUMPAGES, which it computes.
    """
    body = pkg.xml.get("word/document.xml")
    if body is None or sum(1 for _ in body.iter(_Q + "sectPr")) > 1:
        return 0
    changed = 0
    for _part, _kind, root in pkg.stories():
        for el in field_codes(root):
            new = _SECTION_PAGES.sub(r"\1NUMPAGES", el.text or "")
            if new != (el.text or ""):
                el.text = new
                changed += 1
        for el in root.iter(_Q + "fldSimple"):
            instr = el.get(_Q + "instr") or ""
            if _SECTION_PAGES.match(instr):
                el.set(_Q + "instr", _SECTION_PAGES.sub(r"\1NUMPAGES", instr))
                changed += 1
    return changed


_SECTION_PAGES = re.compile(r"^(\s*)SECTIONPAGES\b", re.IGNORECASE)
