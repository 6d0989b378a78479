"""Plain-text drafts in every encoding Windows and Word write, with and without a byte-order mark."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from redactor.errors import InputError
from redactor.load import load

TEXT = "Zoë Hartley’s social worker – Siobhán – met her on 3 March 2019.\r\nCost: £40 “for the taxi”.\r\n"
WIDE = "Łukasz Wiśniewski (Żaneta’s brother) lives in Gdańsk.\n"


@pytest.mark.parametrize("encoded, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),  # no BOM, as some editors save it
    (TEXT.encode("utf-16-be"), "utf-16-be"),
    (TEXT.encode("cp1252"), "cp1252"),  # Word's "Save as plain text" on English Windows
    (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32"),
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp1252", "utf32-bom"])
def test_every_encoding_reads_the_same_text(tmp_path: Path, encoded: bytes, encoding: str) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(encoded)
    doc = load(path)
    (seg,) = doc.segments
    assert seg.text == TEXT.replace("\r\n", "\n")
    assert "\ufeff" not in seg.text  # the byte-order mark is not text
    utf8 = encoding.startswith("utf-8")
    assert bool(doc.warnings) is not utf8 and (utf8 or encoding in doc.warnings[0])


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_outside_latin1(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(WIDE.encode(codec))
    assert load(path).segments[0].text == WIDE


@pytest.mark.parametrize("data, message", [
    (codecs.BOM_UTF16_LE, "empty"),
    (codecs.BOM_UTF8 + b"  \r\n", "empty"),
    (codecs.BOM_UTF16_LE + "Chloe".encode("utf-16-le") + b"\x00", "not valid UTF-16"),  # truncated mid-character
    (b"Chloe \x81\x8d\x8f\x90 Hartley \xff\xfe\xfa", "unknown text encoding"),  # not UTF-8, not cp1252
    (bytes(range(256)) * 4, "binary"),
])
def test_undecodable_text_is_refused_clearly(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        load(path)
