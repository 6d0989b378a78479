"""Word files hide text in SmartArt, charts, embedded objects, custom XML, building blocks, hidden runs and
settings: each is analysed and cleaned, and nothing identifying is left anywhere in the written file."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document as DocxDocument

from redactor import case as case_module
from redactor import pipeline
from redactor.document import Document
from redactor.errors import InputError
from redactor.load import load
from redactor.mention import Mention
from redactor.pipeline import analyse, export
from tests.redactor.awkward_docx import NAME, awkward_docx, every_byte
from tests.redactor.builders import StubAnalyzer, register


class EmailStub:
    """Finds the e-mail address in every segment (as Presidio's e-mail recogniser would); names come from the
    register."""

    def analyze(self, document: Document, progress: object = None, extra: object = (),
                table_findings: object = None) -> list[Mention]:
        email = "chloe.hartley@example.org"
        return [Mention(s.id, i, i + len(email), email, "EMAIL_ADDRESS", 1.0, "EmailRecognizer")
                for s in document.segments if (i := s.text.find(email)) >= 0]


@pytest.fixture()
def awkward(tmp_path: Path) -> Path:
    return awkward_docx(tmp_path / "awkward.docx")


def _texts(path: Path) -> dict[str, list[str]]:
    by_kind: dict[str, list[str]] = {}
    for seg in load(path).segments:
        by_kind.setdefault(seg.kind, []).append(f"{seg.where}: {seg.text}")
    return by_kind


def test_every_hiding_place_is_analysed(awkward: Path) -> None:
    doc = load(awkward)
    found = {s.id.rsplit(":", 1)[0] if s.id.startswith(("xml:", "attr:")) else s.id: s.text for s in doc.segments}
    texts = _texts(awkward)
    assert any(NAME in t for t in texts["diagram"])  # SmartArt data and its drawing
    assert any("Hartley" in t for t in texts["diagram"] if "data1" in t)
    chart = " | ".join(texts["chart"])
    assert f"Visits to {NAME}" in chart and "Hartley family" in chart and "Chloe" in chart
    assert any(NAME in t for t in texts["metadata"] if "custom XML" in t)
    assert any(f"Signed for {NAME}" in t for t in texts["body"] if "building blocks" in t)
    fields = " | ".join(texts["field_code"])
    for place in ("chloe.hartley@example.org", "bookmark name: Chloe_Hartley_DOB", f"form field default: {NAME}",
                  f"content control title: Child: {NAME}", f"content control tag: {NAME}"):
        assert place in fields, place
    assert any(f"Private: {NAME}" in t for t in texts["hidden_text"])  # read on its own, like any other text
    assert not any("Private" in t for t in texts["body"])  # not part of the paragraph as shown
    assert any("hidden text (w:vanish)" in w for w in doc.warnings)
    assert any("oleObject1.bin is an embedded object" in w for w in doc.warnings)
    assert any("Microsoft_Excel_Worksheet.xlsx is an embedded object" in w for w in doc.warnings)
    assert any("[embedded object removed]" in t for t in texts["body"])
    assert "xml:word/charts/chart1.xml" in found


def test_nothing_identifying_is_left_anywhere_in_the_written_file(awkward: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "soffice", lambda: None)
    reg_path, _ = register(tmp_path)
    before = every_byte(awkward)
    assert NAME.encode() in before and NAME.encode("utf-16-le") in before
    result = export(analyse(awkward, reg_path, analyzer=EmailStub()),  # type: ignore[arg-type]
                    tmp_path / "out.pdf", accept=True)
    out = next(p for p in result.outputs if p.suffix == ".docx")
    data = every_byte(out)
    for needle in ("Chloe", "Hartley", "chloe.hartley"):
        for enc in ("utf-8", "utf-16-le"):
            assert needle.encode(enc) not in data, (needle, enc)
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        document = zf.read("word/document.xml").decode()
        types = zf.read("[Content_Types].xml").decode()
        chart_rels = zf.read("word/charts/_rels/chart1.xml.rels").decode()
    assert not any(n.startswith("word/embeddings/") for n in names) and "word/media/ole_preview.png" not in names
    assert "[embedded object removed]" in document and "w:object" not in document
    assert "embeddings" not in types and "embeddings" not in chart_rels
    assert "Child Q" in document and "Westbridge" in document
    DocxDocument(str(out))  # still a valid Word package


@pytest.mark.libreoffice
def test_cleaned_file_converts_with_libreoffice(awkward: Path, tmp_path: Path) -> None:
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice not installed")
    reg_path, _ = register(tmp_path)
    result = export(analyse(awkward, reg_path, analyzer=StubAnalyzer([])),  # type: ignore[arg-type]
                    tmp_path / "out.pdf", accept=True)
    assert result.outputs[0].stat().st_size > 0


def test_imported_document_chunk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "chunk.docx"
    DocxDocument().save(str(path))
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    rels = members["word/_rels/document.xml.rels"].decode().replace(
        "</Relationships>", '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/aFChunk" Target="afchunk.docx"/></Relationships>')
    members["word/_rels/document.xml.rels"] = rels.encode()
    members["word/afchunk.docx"] = b"PK"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    with pytest.raises(InputError, match="imports another document"):
        load(path)


def test_cli_redacts_the_awkward_file(awkward: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from redactor.cli import main

    monkeypatch.setattr(pipeline, "soffice", lambda: None)
    monkeypatch.setattr(case_module, "Analyzer", EmailStub)
    reg_path, _ = register(tmp_path)
    out = tmp_path / "out.pdf"
    assert main(["redact", str(awkward), "--register", str(reg_path), "--accept-all", "-o", str(out)]) == 0
    assert b"Hartley" not in every_byte(out.with_suffix(".docx"))
