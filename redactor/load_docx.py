"""Load a Word draft: every story paragraph, tracked deletions, field codes, alt text, links, properties."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from redactor.document import Document, Segment
from redactor.docx_extras import (
    attribute_text,
    attribute_units,
    hidden_units,
    refuse_imported_documents,
    remove_embedded_objects,
    text_units,
)
from redactor.docx_package import (
    Package,
    accept_revisions,
    alt_text_holders,
    core_properties,
    external_links,
    field_code_text,
    field_codes,
    other_properties,
    paragraphs,
    side_texts,
)
from redactor.docx_pictures import read_pictures
from redactor.progress import Progress


def docx_segments(pkg: Package) -> list[Segment]:
    """Segments of a package whose tracked changes have already been accepted.

    Segment ids are ``docx:<part>:<paragraph index>`` and are reproduced by the renderer,
    which walks the same package in the same order.
    """
    segs: list[Segment] = []
    for part, kind, root in pkg.stories():
        for i, para in enumerate(paragraphs(root)):
            if para.text.strip():
                segs.append(Segment(f"docx:{part}:{i}", kind, para.text, f"{part} paragraph {i + 1}",
                                    cell=para.cell))
        for i, el in enumerate(field_codes(root)):
            instruction = field_code_text(el.text or "")
            if instruction.strip():
                segs.append(Segment(f"field:{part}:{i}", "field_code", instruction, f"{part} field code"))
        for i, el in enumerate(alt_text_holders(root)):
            for attr in ("descr", "title", "name"):
                if el.get(attr):
                    segs.append(Segment(f"alt:{part}:{i}:{attr}", "alt_text", el.get(attr) or "",
                                        f"{part} picture {attr}"))
    for i, (part, rel) in enumerate(external_links(pkg)):
        target = rel.get("Target") or ""
        segs.append(Segment(f"rel:{part}:{rel.get('Id')}", "link", target, f"{part} link {i}"))
    for key, value in core_properties(pkg).items():
        segs.append(Segment(f"core:{key}", "metadata", value, f"document property {key}"))
    for key, value in other_properties(pkg).items():
        segs.append(Segment(f"prop:{key}", "metadata", value, f"document property {key}"))
    for key, value in side_texts(pkg).items():
        segs.append(Segment(f"side:{key}", "metadata", value, f"document setting {key.split(':')[0]}"))
    return segs


def load_docx(path: Path, sha256: str, progress: Callable[[Progress], None] | None = None) -> Document:
    """Load a .docx draft.

    Tracked deletions are reported as ``revision`` segments (analysed, then removed on export).

    Raises:
        InputError: Not a readable Word document.
    """
    pkg = Package.open(path)
    refuse_imported_documents(pkg)
    deleted: list[Segment] = []
    for part, _kind, root in pkg.stories():
        for i, text in enumerate(accept_revisions(root)):
            deleted.append(Segment(f"rev:{part}:{i}", "revision", text, f"{part} tracked deletion {i + 1}"))
    removed = remove_embedded_objects(pkg)  # as the export will, so both read the same text
    segs = docx_segments(pkg) + extra_segments(pkg)
    warnings = [f"{name.rsplit('/', 1)[-1]} is an embedded object (OLE object, package or chart data); it cannot "
                "be checked, so it is removed from the output" for name in removed if "/embeddings/" in name]
    if hidden := sum(1 for s in segs if s.kind == "hidden_text"):
        warnings.append(f"{hidden} paragraph(s) hold hidden text (w:vanish): it was analysed and is redacted like "
                        "shown text")
    images, pictures, unread = read_pictures(pkg, progress)
    return Document(path, "docx", sha256, tuple(segs + pictures + deleted), 0, tuple(warnings + unread),
                    tuple(images))


def extra_segments(pkg: Package) -> list[Segment]:
    """SmartArt, charts, custom XML, building blocks, and text held in field, control and bookmark settings."""
    units = [*hidden_units(pkg), *text_units(pkg)]
    segs = [Segment(u.id, u.kind, u.paragraph.text, u.where) for u in units if u.paragraph.text.strip()]
    segs += [Segment(seg_id, "field_code", attribute_text(el, attr), where)
             for seg_id, where, el, attr in attribute_units(pkg)]
    return segs
