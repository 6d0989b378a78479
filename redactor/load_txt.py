"""Load a plain-text draft, detecting its encoding and refusing binary files."""

from __future__ import annotations

import codecs
from pathlib import Path

from redactor.document import Document, Segment, composed
from redactor.errors import InputError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for UTF-16 text saved without a byte-order mark, else ``None``.

    Mostly-Latin text in UTF-16 has a zero byte in (nearly) every other position, on the odd side
    for little-endian and the even side for big-endian; binary files have zeros on both sides.
    """
    sample = data[:8192]
    if len(sample) < 4:
        return None
    pairs = len(sample) // 2
    even = sum(1 for i in range(0, 2 * pairs, 2) if sample[i] == 0)
    odd = sum(1 for i in range(1, 2 * pairs, 2) if sample[i] == 0)
    if odd >= 0.4 * pairs and even <= 0.02 * pairs:
        return "utf-16-le"
    if even >= 0.4 * pairs and odd <= 0.02 * pairs:
        return "utf-16-be"
    return None


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode a text file's bytes.

    Tries a byte-order mark, then UTF-16 without one (its zero bytes give it away), then strict
    UTF-8, then Windows-1252 (what Word's "Save as text" writes on English Windows).

    Returns:
        ``(text, encoding)`` with line endings normalised to ``\\n``.

    Raises:
        InputError: Empty, or binary rather than text.
    """
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None) or utf16_without_bom(data)
    if encoding is None:
        if b"\x00" in data[:4096]:
            raise InputError(f"{name}: this is a binary file, not plain text")
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
                encoding = "cp1252"
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: unknown text encoding (not UTF-8 or Windows-1252)") from exc
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: the text is not valid {encoding.upper()} (damaged at byte {exc.start})") from exc
    text = composed(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError(f"{name}: the file is empty")
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\n\t\f")
    if controls > max(8, len(text[:20000]) // 200):
        raise InputError(f"{name}: this looks like a binary file, not plain text")
    return text, encoding


def load_txt(path: Path, data: bytes, sha256: str) -> Document:
    """Load a .txt draft as a single body segment (analysis splits it into paragraphs itself)."""
    text, encoding = decode_text(data, path.name)
    warnings = () if encoding.startswith("utf-8") else (f"read as {encoding}; the .txt output is UTF-8",)
    return Document(path, "txt", sha256, (Segment("txt", "body", text, "text"),), 0, warnings)
