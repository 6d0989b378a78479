"""Load a Word draft: every story paragraph, tracked deletions, field codes, alt text, links, properties."""

from __future__ import annotations

from pathlib import Path

from redactor.document import Document, Segment
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


def load_docx(path: Path, sha256: str) -> Document:
    """Load a .docx draft.

    Tracked deletions are reported as ``revision`` segments (analysed, then removed on export).

    Raises:
        InputError: Not a readable Word document.
    """
    pkg = Package.open(path)
    deleted: list[Segment] = []
    for part, _kind, root in pkg.stories():
        for i, text in enumerate(accept_revisions(root)):
            deleted.append(Segment(f"rev:{part}:{i}", "revision", text, f"{part} tracked deletion {i + 1}"))
    segs = docx_segments(pkg)
    warnings = tuple(
        f"{name} is an embedded picture or object; text inside it is not inspected"
        for name in sorted(pkg.members) if name.startswith(("word/media/", "word/embeddings/"))
    )
    return Document(path, "docx", sha256, tuple(segs + deleted), 0, warnings)
