"""Redact a Word draft in place of its text runs: pseudonyms inline, formatting kept, every part cleaned."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from redactor.document import Segment
from redactor.docx_extras import (
    attribute_text,
    attribute_units,
    hidden_units,
    remove_embedded_objects,
    replace_in_nodes,
    text_units,
)
from redactor.docx_package import (
    NS,
    Package,
    accept_revisions,
    alt_text_holders,
    clean_side_parts,
    external_links,
    field_code_text,
    field_codes,
    paragraphs,
    write_package,
)
from redactor.docx_pictures import paint_pictures, remove_pictures
from redactor.hiding import HidingPlaces
from redactor.plan import Plan
from redactor.written import Written, apply_replacements

_Q = f"{{{NS['w']}}}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_COMMENT_MARKS = ("commentRangeStart", "commentRangeEnd", "commentReference")
# Core properties that name the drafter or carry notes: emptied. The title is kept, pseudonymised.
_CLEARED_CORE = ("subject", "creator", "keywords", "description", "lastModifiedBy", "category",
                 "contentStatus", "identifier")
_CLEARED_APP = ("Company", "Manager", "HyperlinkBase", "Template", "lpstr")


def _remove_comments(pkg: Package) -> None:
    for _part, _kind, root in pkg.stories():
        for tag in _COMMENT_MARKS:
            for el in list(root.iter(_Q + tag)):
                parent = el.getparent()
                if parent is not None:
                    parent.remove(el)
    for name in ("word/comments.xml", "word/commentsExtended.xml", "word/commentsIds.xml",
                 "word/commentsExtensible.xml"):
        root = pkg.xml.get(name)
        if root is None and name in pkg.members:
            root = etree.fromstring(pkg.members[name])
        if root is not None:
            for child in list(root):
                root.remove(child)
            pkg.xml[name] = root


def _clean_properties(pkg: Package, plan: Plan, written: dict[str, Written]) -> None:
    core = pkg.xml.get("docProps/core.xml")
    if core is not None:
        for el in core:
            local = etree.QName(el).localname
            if local == "title":
                title = apply_replacements(el.text or "", plan.by_segment.get("core:title", []),
                                           plan.kept_spans().get("core:title", ()))
                if HidingPlaces.of(plan).holds_form(title.text):
                    title = Written("")  # a replaced form in any case: nobody reads a property to tell
                written["core:title"] = title
                el.text = title.text
            elif local in _CLEARED_CORE:
                el.text = ""
    app = pkg.xml.get("docProps/app.xml")
    if app is not None:
        for el in app.iter():
            if isinstance(el.tag, str) and etree.QName(el).localname in _CLEARED_APP:
                el.text = ""
    custom = pkg.xml.get("docProps/custom.xml")
    if custom is not None:
        for child in list(custom):
            custom.remove(child)


def _drop_thumbnails(pkg: Package) -> None:
    thumbs = [n for n in pkg.members if re.fullmatch(r"docProps/thumbnail\.\w+", n)]
    for name in thumbs:
        del pkg.members[name]
    rels = pkg.xml.get("_rels/.rels")
    if rels is not None:
        for rel in list(rels):
            if "thumbnail" in (rel.get("Type") or ""):
                rels.remove(rel)


# A row no longer than this (in characters) fits on a page: it is kept whole. A longer one may still break.
_WHOLE_ROW_CHARS = 1200


def _keep_short_rows_whole(root: etree._Element) -> None:
    """Mark each short table row "do not break across pages", unless the author said whether it may. A row the
    export's new layout breaks over a page reads in two halves, the repeated header between them ("the
    ambulance" / "Event" / "service")."""
    for tr in root.iter(f"{_Q}tr"):
        props = tr.find(f"{_Q}trPr")
        if props is not None and props.find(f"{_Q}cantSplit") is not None:
            continue
        if sum(len(t.text or "") for t in tr.iter(f"{_Q}t")) > _WHOLE_ROW_CHARS:
            continue
        if props is None:
            props = etree.Element(f"{_Q}trPr")
            tr.insert(1 if len(tr) and tr[0].tag == f"{_Q}tblPrEx" else 0, props)
        etree.SubElement(props, f"{_Q}cantSplit")


def render_docx(plan: Plan, source: Path, out: Path, *, pictures: Iterable[Segment] = (),
                remove_images: bool = False) -> dict[str, Written]:
    """Write the redacted .docx of ``source`` to ``out``.

    Tracked changes are accepted (deleted text is gone), comments removed, field codes, alt text
    and link targets pseudonymised, properties cleaned and thumbnails dropped. Short table rows are kept
    whole across pages. Embedded objects are removed; words read in ``pictures`` are painted over, or
    every picture is blanked (``remove_images``).

    Returns:
        The text written into every place that keeps text (paragraphs of the body, headers,
        footers and notes; field codes; alt text; link targets; the title), by the loader's
        segment id, for verification.
    """
    pkg = Package.open(source)
    remove_embedded_objects(pkg)
    written: dict[str, Written] = {}
    kept = plan.kept_spans()
    for part, kind, root in pkg.stories():
        accept_revisions(root)
        _keep_short_rows_whole(root)
        keeps_text = kind != "comment"
        for i, para in enumerate(paragraphs(root)):
            reps = plan.by_segment.get(f"docx:{part}:{i}", [])
            if keeps_text:
                written[f"docx:{part}:{i}"] = apply_replacements(para.text, reps, kept.get(f"docx:{part}:{i}", ()))
            if reps:
                replace_in_nodes(para, reps)
        for i, el in enumerate(field_codes(root)):
            reps = plan.by_segment.get(f"field:{part}:{i}", [])
            # Replacements fall in the field's arguments only: its type and switches were blanked.
            written[f"field:{part}:{i}"] = apply_replacements(field_code_text(el.text or ""), reps,
                                                              kept.get(f"field:{part}:{i}", ()))
            if reps:
                el.text = apply_replacements(el.text or "", reps).text
        for i, el in enumerate(alt_text_holders(root)):
            for attr in ("descr", "title", "name"):
                key = f"alt:{part}:{i}:{attr}"
                done = apply_replacements(el.get(attr) or "", plan.by_segment.get(key, []), kept.get(key, ()))
                written[f"alt:{part}:{i}:{attr}"] = done
                if done.spans:
                    el.set(attr, done.text)
    for unit in [*hidden_units(pkg), *text_units(pkg)]:  # hidden text, SmartArt, charts, custom XML, building blocks
        done = apply_replacements(unit.paragraph.text, plan.by_segment.get(unit.id, []), kept.get(unit.id, ()))
        written[unit.id] = done
        replace_in_nodes(unit.paragraph, plan.by_segment.get(unit.id, []))
    for seg_id, _where, el, attr in attribute_units(pkg):  # field, form-field, control and bookmark settings
        reps = plan.by_segment.get(seg_id, [])
        written[seg_id] = apply_replacements(attribute_text(el, attr), reps, kept.get(seg_id, ()))
        if reps:  # a simple field's type and switches were blanked when read: replacements are elsewhere
            el.set(attr, apply_replacements(el.get(attr) or "", reps).text)
    for part, rel in external_links(pkg):
        if plan.by_segment.get(f"rel:{part}:{rel.get('Id')}"):
            rel.set("Target", "#")
        written[f"rel:{part}:{rel.get('Id')}"] = Written(rel.get("Target") or "")
    if remove_images:
        remove_pictures(pkg)
    else:
        paint_pictures(pkg, plan, pictures)
    _remove_comments(pkg)
    _clean_properties(pkg, plan, written)
    _drop_thumbnails(pkg)
    clean_side_parts(pkg)
    write_package(pkg, out)
    return written

