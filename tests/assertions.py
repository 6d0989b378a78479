"""Shared assertions about redacted outputs."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import pymupdf


def pdf_all_text(path: Path) -> str:
    """Every text a PDF shows or hides: pages, annotations, widgets, outline, metadata, XMP, files."""
    parts: list[str] = []
    with pymupdf.open(path) as doc:
        for page in doc:
            parts.append(page.get_text())
            for annot in page.annots() or []:
                parts.extend(str(v) for v in (annot.info or {}).values())
            for w in page.widgets() or []:
                parts.extend([str(w.field_name), str(w.field_value)])
            parts.extend(str(link.get("uri", "")) for link in page.get_links())
        parts.extend(str(v) for v in (doc.metadata or {}).values())
        parts.append(doc.get_xml_metadata() or "")
        parts.extend(str(t[1]) for t in doc.get_toc())
        for i in range(doc.embfile_count()):
            parts.append(str(doc.embfile_info(i)))
    return "\n".join(parts)


def pdf_raw_bytes_text(path: Path) -> bytes:
    """The file's bytes with every Flate stream inflated, to search for text hidden in any object."""
    data = path.read_bytes()
    out = [data]
    for m in re.finditer(rb"stream\r?\n", data):
        chunk = data[m.end(): m.end() + 5_000_000]
        try:
            out.append(zlib.decompressobj().decompress(chunk))
        except zlib.error:
            continue
    return b"\n".join(out)


def assert_absent(needle: str, path: Path) -> None:
    """``needle`` appears nowhere in the PDF's text, containers or inflated raw bytes."""
    assert needle.lower() not in pdf_all_text(path).lower(), f"{needle!r} visible in {path.name}"
    raw = pdf_raw_bytes_text(path)
    for enc in ("latin-1", "utf-16-be"):
        try:
            assert needle.encode(enc) not in raw, f"{needle!r} in raw bytes of {path.name}"
        except UnicodeEncodeError:
            continue
