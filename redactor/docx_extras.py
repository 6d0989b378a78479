"""Text a Word file keeps outside its stories: SmartArt, charts, custom XML, building blocks, field and control
settings, hidden runs; and embedded objects, which cannot be read and are removed on export.

The loader turns each place into a segment and the renderer rewrites the same places, walking the
package in the same order, so segment ids (``xml:<part>:<n>``, ``attr:<part>:<n>``) match.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from lxml import etree

from redactor.docx_package import NS, Package, Paragraph, field_code_text, is_hidden, paragraphs
from redactor.errors import InputError
from redactor.types import Replacing, SegmentKind

_W = f"{{{NS['w']}}}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_O = "{urn:schemas-microsoft-com:office:office}"
_V = "{urn:schemas-microsoft-com:vml}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)

# Parts outside the stories whose text a reader of the document sees or can recover.
EXTRA_PARTS: tuple[tuple[str, SegmentKind, str], ...] = (
    (r"word/diagrams/(data|drawing)\d*\.xml", "diagram", "SmartArt"),
    (r"word/charts/chart\d*\.xml", "chart", "chart"),
    (r"customXml/item\d*\.xml", "metadata", "custom XML"),
    (r"word/glossary/document\.xml", "body", "building blocks"),
)
# Attribute values in the stories that hold text: simple fields' instructions, legacy form fields,
# content controls' titles and tags, and bookmark names.
TEXT_ATTRIBUTES: tuple[tuple[str, str, str], ...] = (
    ("fldSimple", "instr", "field code"),
    ("name", "val", "form field name"), ("default", "val", "form field default"),
    ("helpText", "val", "form field help"), ("statusText", "val", "form field status text"),
    ("listEntry", "val", "form field list entry"),
    ("alias", "val", "content control title"), ("tag", "val", "content control tag"),
    ("bookmarkStart", "name", "bookmark name"),
)
PLACEHOLDER = "[embedded object removed]"
IMPORTED = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"


@dataclass(slots=True)
class TextUnit:
    """One place of text outside the stories, as a paragraph of text nodes the renderer can rewrite."""

    id: str
    kind: SegmentKind
    where: str
    paragraph: Paragraph


def _parsed(pkg: Package, name: str) -> etree._Element:
    root = pkg.xml.get(name)
    if root is None:
        try:
            root = etree.fromstring(pkg.members[name], _PARSER)
        except etree.XMLSyntaxError as exc:
            raise InputError(f"{pkg.path.name}: the Word file is damaged ({name}: {exc})") from exc
        pkg.xml[name] = root  # written back (rewritten or not) by write_package
    return root


def _node_paragraph(nodes: Iterable[etree._Element]) -> Paragraph:
    parts: list[tuple[etree._Element | None, int, int]] = []
    text: list[str] = []
    pos = 0
    for el in nodes:
        s = el.text or ""
        parts.append((el, pos, pos + len(s)))
        text.append(s)
        pos += len(s)
    first = next(iter(parts))[0] if parts else None
    assert first is not None
    return Paragraph(first, parts, "".join(text))


def _xml_paragraphs(name: str, root: etree._Element) -> Iterator[Paragraph]:
    """Text of an extra part: DrawingML paragraphs (``a:p``), chart values (``c:v``), or any element text."""
    if name.startswith("word/glossary/"):
        yield from paragraphs(root)
        return
    if name.startswith("customXml/"):
        for el in root.iter():
            if isinstance(el.tag, str) and (el.text or "").strip():
                yield _node_paragraph([el])
        return
    for el in root.iter(_A + "p", _C + "v"):
        if el.tag == _C + "v":
            if el.getparent() is not None and el.getparent().tag == _C + "pt" and _in_string_cache(el):
                yield _node_paragraph([el])
            continue
        nodes = list(el.iter(_A + "t"))
        if nodes and "".join(n.text or "" for n in nodes).strip():
            yield _node_paragraph(nodes)


def _in_string_cache(el: etree._Element) -> bool:
    node = el.getparent()
    while node is not None:
        if node.tag in (_C + "strCache", _C + "multiLvlStrCache"):
            return True
        if node.tag == _C + "numCache":
            return False
        node = node.getparent()
    return False


def text_units(pkg: Package) -> Iterator[TextUnit]:
    """Every place of text outside the stories, in a stable order (parts by name)."""
    for name in sorted(pkg.members):
        for pattern, kind, label in EXTRA_PARTS:
            if re.fullmatch(pattern, name):
                for i, para in enumerate(_xml_paragraphs(name, _parsed(pkg, name))):
                    yield TextUnit(f"xml:{name}:{i}", kind, f"{label} {name.rsplit('/', 1)[-1]} text {i + 1}", para)


def attribute_text(el: etree._Element, attr: str) -> str:
    """The text of an attribute as analysed: a simple field's type and switches blanked (same offsets)."""
    value = el.get(attr) or ""
    return field_code_text(value) if el.tag == _W + "fldSimple" else value


def attribute_units(pkg: Package) -> Iterator[tuple[str, str, etree._Element, str]]:
    """``(segment id, where, element, attribute)`` for each text-bearing attribute in the stories."""
    for part, _kind, root in pkg.stories():
        i = 0
        for el in root.iter():
            if not isinstance(el.tag, str) or not el.tag.startswith(_W):
                continue
            local = el.tag[len(_W):]
            for tag, attr, label in TEXT_ATTRIBUTES:
                value = el.get(_W + attr)
                if local == tag and value and value.strip():
                    yield f"attr:{part}:{i}", f"{part} {label}", el, _W + attr
                    i += 1


def hidden_units(pkg: Package) -> Iterator[TextUnit]:
    """The hidden text (``w:vanish`` runs) of each paragraph of the stories, one unit per paragraph.

    Hidden text is not shown, so it is not part of its paragraph; it is analysed and redacted
    like shown text all the same (it is in the file, and Word shows it at a click).
    """
    for part, _kind, root in pkg.stories():
        i = 0
        for p in root.iter(_W + "p"):
            nodes = [t for t in p.iter(_W + "t") if is_hidden(t) and _nearest_paragraph(t) is p]
            if nodes and "".join(t.text or "" for t in nodes).strip():
                yield TextUnit(f"hidden:{part}:{i}", "hidden_text", f"{part} hidden text {i + 1}",
                               _node_paragraph(nodes))
                i += 1


def _nearest_paragraph(el: etree._Element) -> etree._Element | None:
    node = el.getparent()
    while node is not None and node.tag != _W + "p":
        node = node.getparent()
    return node


def refuse_imported_documents(pkg: Package) -> None:
    """Refuse a Word file that imports another document (``w:altChunk``): its text is not in the file's XML.

    Raises:
        InputError: Naming what to do.
    """
    for name, root in pkg.xml.items():
        if name.endswith(".rels") and any(rel.get("Type") == IMPORTED for rel in root):
            raise InputError(f"{pkg.path.name}: it imports another document (altChunk) whose text Redactor "
                             "cannot check; open it in Word and save it as .docx again (the imported text then "
                             "becomes ordinary text)")


def embedded_objects(pkg: Package) -> list[str]:
    """Embedded files (OLE objects, packages, chart workbooks): removed on export, never read."""
    return sorted(n for n in pkg.members if n.startswith("word/embeddings/"))


# -- rewriting -----------------------------------------------------------------------------------
def replace_in_nodes(para: Paragraph, reps: Iterable[Replacing]) -> None:
    """Apply replacements to a paragraph's text nodes: each goes into the first node its span touches.

    Applied from the end, so the offsets of the others stay valid.
    """
    for r in sorted(reps, key=lambda r: r.start, reverse=True):
        placed = False
        for node, ns, ne in para.nodes:
            if node is None or ne <= r.start or ns >= r.end:
                continue
            text = node.text or ""
            a, b = max(r.start, ns) - ns, min(r.end, ne) - ns
            node.text = text[:a] + ("" if placed else r.replacement) + text[b:]
            if node.tag == _W + "t":
                node.set(_XML_SPACE, "preserve")
            placed = True


def remove_embedded_objects(pkg: Package) -> list[str]:
    """Remove every embedded object, the pictures that preview it, and its relationships.

    An OLE object in the text becomes the words ``[embedded object removed]``; a chart keeps the
    values it shows but loses the workbook behind them.

    Returns:
        The package parts removed.
    """
    removed_ids: dict[str, set[str]] = {}
    for part, _kind, root in pkg.stories():
        for obj in list(root.iter(_W + "object")):
            ids = {v for el in obj.iter() for k, v in el.attrib.items() if k.startswith(_R)}
            removed_ids.setdefault(part, set()).update(ids)
            run = obj.getparent()
            if run is None:
                continue
            placeholder = etree.Element(_W + "t")
            placeholder.text = PLACEHOLDER
            run.replace(obj, placeholder)
    for name in list(pkg.members):
        if re.fullmatch(r"word/charts/chart\d*\.xml", name):
            root = _parsed(pkg, name)
            for ext in list(root.iter(_C + "externalData")):
                rid = ext.get(_R + "id")
                if rid:
                    removed_ids.setdefault(name, set()).add(rid)
                parent = ext.getparent()
                if parent is not None:
                    parent.remove(ext)
    gone = _drop_relationships(pkg, removed_ids)
    gone.update(embedded_objects(pkg))
    for name in gone:
        pkg.members.pop(name, None)
        pkg.xml.pop(name, None)
    _drop_content_types(pkg, gone)
    return sorted(gone)


def _drop_relationships(pkg: Package, ids: dict[str, set[str]]) -> set[str]:
    """Remove the given relationships of each part (and any to an embedding); return their targets."""
    targets: set[str] = set()
    for name in [n for n in pkg.members if n.endswith(".rels")]:
        root = _parsed(pkg, name)
        owner = posixpath.join(posixpath.dirname(posixpath.dirname(name)), posixpath.basename(name)[:-5])
        for rel in list(root):
            target = rel.get("Target") or ""
            if rel.get("TargetMode") == "External":
                continue
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(owner), target)).lstrip("/")
            if rel.get("Id") in ids.get(owner, set()) or resolved.startswith("word/embeddings/"):
                root.remove(rel)
                targets.add(resolved)
    still_used = {posixpath.normpath(posixpath.join(posixpath.dirname(
        posixpath.join(posixpath.dirname(posixpath.dirname(n)), posixpath.basename(n)[:-5])), rel.get("Target") or ""))
        for n in pkg.members if n.endswith(".rels") for rel in _parsed(pkg, n)
        if rel.get("TargetMode") != "External"}
    return {t for t in targets if t not in still_used and t in pkg.members}


def _drop_content_types(pkg: Package, parts: set[str]) -> None:
    name = "[Content_Types].xml"
    if name not in pkg.members:
        return
    root = _parsed(pkg, name)
    for override in list(root.iter(_CT + "Override")):
        if (override.get("PartName") or "").lstrip("/") in parts:
            root.remove(override)


__all__ = ["PLACEHOLDER", "TextUnit", "attribute_text", "attribute_units", "embedded_objects", "hidden_units",
           "refuse_imported_documents", "remove_embedded_objects", "replace_in_nodes", "text_units"]
