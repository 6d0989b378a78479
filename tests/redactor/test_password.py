"""Encrypted PDF drafts: opened with their password, refused with a clear reason without it."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactor import case as case_module
from redactor import pipeline
from redactor.case import Case
from redactor.cli import main
from redactor.errors import PasswordError
from redactor.load import load, sha256_file
from tests.redactor.builders import StubAnalyzer, make_pdf_pages, register

USER, OWNER = "secret", "owner-secret"  # fixtures/encrypted.pdf (see fixtures/make_fixtures.py)


def _encrypted(tmp_path: Path) -> Path:
    """A small AES-256 PDF naming the register's child, user password 'secret'."""
    plain = make_pdf_pages(tmp_path / "plain.pdf", [["Chloe Hartley lived in Westbridge."], ["Chloe was 7."]])
    out = tmp_path / "locked.pdf"
    with pymupdf.open(plain) as doc:
        doc.save(out, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=USER, owner_pw=OWNER)
    return out


@pytest.fixture()
def stub_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line analyses with a stub (no spaCy model): these tests are about opening files."""
    monkeypatch.setattr(pipeline, "Analyzer", lambda: StubAnalyzer([]))
    monkeypatch.setattr(case_module, "Analyzer", lambda: StubAnalyzer([]))


@pytest.mark.parametrize("password, wrong, message", [
    (None, False, "password-protected; give its password (--password)"),
    ("", False, "password-protected"),
    ("Secret", True, "the password is wrong"),
])
def test_missing_or_wrong_password_is_refused(fixtures: Path, password: str | None, wrong: bool,
                                              message: str) -> None:
    with pytest.raises(PasswordError) as err:
        load(fixtures / "encrypted.pdf", password=password)
    assert err.value.wrong is wrong
    assert message in str(err.value) and "\n" not in str(err.value)
    assert err.value.exit_code == 2


@pytest.mark.parametrize("password", [USER, OWNER])
def test_fixture_opens_with_user_or_owner_password(fixtures: Path, password: str) -> None:
    doc = load(fixtures / "encrypted.pdf", password=password)
    assert doc.page_count == 2
    assert "Aaliyah" in next(doc.of_kind("page")).text
    assert password not in repr(doc)  # never printed, logged or cached


def test_password_of_an_unencrypted_pdf_is_ignored(tmp_path: Path) -> None:
    plain = make_pdf_pages(tmp_path / "plain.pdf", [["Chloe Hartley"]])
    assert load(plain, password="anything").page_count == 1


def test_cli_refuses_without_password_and_redacts_with_it(fixtures: Path, tmp_path: Path, stub_engine: None,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    reg_path, _ = register(tmp_path)
    draft = _encrypted(tmp_path)
    before = sha256_file(draft)
    out = tmp_path / "out.pdf"
    base = ["redact", str(draft), "--register", str(reg_path), "--accept-all", "-o", str(out)]
    assert main(base) == 2
    assert "password-protected; give its password (--password)" in capsys.readouterr().err
    assert main([*base, "--password", "wrong"]) == 2
    assert "the password is wrong" in capsys.readouterr().err
    assert not out.exists()
    assert main([*base, "--password", USER]) == 0, capsys.readouterr().err
    with pymupdf.open(out) as doc:
        assert not doc.needs_pass and not doc.is_encrypted  # the redacted output is an ordinary PDF
        text = doc[0].get_text() + doc[1].get_text()
    assert "Child Q" in text and "Chloe" not in text
    assert sha256_file(draft) == before


def test_cli_fixture_needs_its_password(fixtures: Path, tmp_path: Path, stub_engine: None,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    draft = fixtures / "encrypted.pdf"
    assert main(["analyze", str(draft)]) == 2
    assert "password-protected" in capsys.readouterr().err
    assert main(["analyze", str(draft), "--password", USER]) == 0


def test_cli_asks_for_the_password_when_given_as_dash(fixtures: Path, stub_engine: None,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(USER + "\n"))
    assert main(["analyze", str(fixtures / "encrypted.pdf"), "--password", "-"]) == 0


def test_case_analyse_and_export_with_password(tmp_path: Path) -> None:
    reg_path, _ = register(tmp_path)
    draft = _encrypted(tmp_path)
    case = Case.create(tmp_path / "case", register_path=reg_path, analyzer=StubAnalyzer([]))
    with pytest.raises(PasswordError):
        case.analyse(draft)
    case.analyse(draft, password=USER)
    case.close()
    again = Case.open(tmp_path / "case", analyzer=StubAnalyzer([]))
    with pytest.raises(PasswordError):  # a cached analysis does not bypass the password
        again.analyse(draft)
    analysis = again.analyse(draft, password=USER)
    assert again.preview_page(analysis, 0).startswith(b"\x89PNG")
    result = again.export(analysis, tmp_path / "out.pdf", accept_all=True)
    again.close()
    with pymupdf.open(result.outputs[0]) as doc:
        assert "Child Q" in doc[0].get_text()
