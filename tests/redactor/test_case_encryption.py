"""Passphrase encryption of a case folder: journal, register and cached analyses never stored in the clear."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import redactor.case_crypto as case_crypto
from redactor.case import CACHE_DIR, Case
from redactor.case_crypto import CasePassphraseError, SealedDataError, Sealer
from redactor.cli import main
from redactor.errors import CaseError
from redactor.journal import JournalError
from tests.redactor.builders import StubAnalyzer, make_pdf_pages, register

PAGES = [["Review of the care of Chloe Hartley, aged 7.", "Chloe lived with her uncle Jack Smith in Oldham."],
         ["Jack Smith was interviewed by Rachel Reviewer.", "The house in Oldham was sold."]]
FOUND = [("Jack Smith", "PERSON", 0.85), ("Oldham", "LOCATION", 0.6)]
SECRET = "correct horse battery staple"
NAMES = ("Chloe", "Hartley", "Jack Smith", "Oldham", "Rachel")


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cheaper scrypt cost keeps the tests fast; the cost is stored with the case, so opening follows it."""
    monkeypatch.setattr(case_crypto, "SCRYPT_N", 2**12)


def _case(tmp_path: Path, passphrase: str | None = SECRET) -> tuple[Case, Path]:
    reg_path, _ = register(tmp_path)
    draft = make_pdf_pages(tmp_path / "draft.pdf", PAGES)
    case = Case.create(tmp_path / "case", register_path=reg_path, reviewer="Ann Author",
                       analyzer=StubAnalyzer(FOUND), passphrase=passphrase)
    return case, draft


def _stored(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_nothing_that_names_anyone_is_stored_in_the_clear(tmp_path: Path) -> None:
    case, draft = _case(tmp_path)
    analysis = case.analyse(draft)
    jack = next(e for e in analysis.entities if e.name == "Jack Smith")
    case.decide(analysis, jack.id, "replace", "Adult B")
    case.redact_text(analysis, "page:1", 0, 4)
    stored = _stored(case.folder)
    assert {"journal.jsonl", "register.yaml", "case.json"} <= set(stored)
    assert any(name.startswith(CACHE_DIR) for name in stored)
    for name, data in stored.items():
        for secret in NAMES:
            assert secret.encode() not in data, f"{secret} in {name}"
    assert case.encrypted and Case.is_encrypted(case.folder)
    assert json.loads(stored["case.json"])["encryption"]["kdf"] == "scrypt"


def test_reopened_with_the_passphrase_everything_is_back(tmp_path: Path) -> None:
    case, draft = _case(tmp_path)
    analysis = case.analyse(draft)
    jack = next(e for e in analysis.entities if e.name == "Jack Smith")
    case.decide(analysis, jack.id, "replace", "Adult B")
    stub = StubAnalyzer(FOUND)
    again = Case.open(case.folder, passphrase=SECRET, analyzer=stub)
    reopened = again.analyse(draft)
    assert stub.runs == 0  # the sealed cache was read
    assert next(e for e in reopened.entities if e.name == "Jack Smith").id == jack.id
    assert reopened.decisions[jack.id].replacement == "Adult B"
    assert again.undo_text == case.undo_text and again.can_undo
    assert [e.name for e in again.register.entries][:2] == ["Chloe Hartley", "Rachel Reviewer"]
    assert again.history()[-1].op == case.history()[-1].op


@pytest.mark.parametrize("given, wrong, message", [(None, False, "is encrypted; give its passphrase"),
                                                    ("", False, "is encrypted; give its passphrase"),
                                                    ("Correct horse battery staple", True, "passphrase is wrong")])
def test_a_missing_or_wrong_passphrase_is_a_clear_error(tmp_path: Path, given: str | None, wrong: bool,
                                                        message: str) -> None:
    case, _ = _case(tmp_path)
    with pytest.raises(CasePassphraseError, match=message) as err:
        Case.open(case.folder, passphrase=given)
    assert err.value.wrong is wrong and err.value.exit_code == 2


def test_a_changed_journal_line_is_refused_naming_the_line(tmp_path: Path) -> None:
    case, draft = _case(tmp_path)
    case.analyse(draft)
    journal = case.folder / "journal.jsonl"
    lines = journal.read_bytes().split(b"\n")
    body = bytearray(lines[1])
    body[20] = ord("A") if body[20] != ord("A") else ord("B")
    lines[1] = bytes(body)
    journal.write_bytes(b"\n".join(lines))
    with pytest.raises(JournalError, match="line 2 does not open with the case key"):
        Case.open(case.folder, passphrase=SECRET)


def test_a_torn_last_sealed_line_is_set_aside(tmp_path: Path) -> None:
    case, draft = _case(tmp_path)
    case.analyse(draft)
    journal = case.folder / "journal.jsonl"
    entries = len(case.history())
    journal.write_bytes(journal.read_bytes() + b"U2VhbGVkIGJ1dCB0b3Ju")  # a crash mid-append
    again = Case.open(case.folder, passphrase=SECRET)
    assert again.recovered and "incomplete" in again.recovered
    assert len(again.history()) == entries + 1  # the recovery itself is journalled


def test_a_cache_sealed_under_another_key_is_recomputed(tmp_path: Path) -> None:
    case, draft = _case(tmp_path)
    case.analyse(draft)
    cached = next((case.folder / CACHE_DIR).glob("*.json"))
    other, _ = Sealer.create("another passphrase")
    cached.write_bytes(other.seal(b"{}", b"cache"))
    stub = StubAnalyzer(FOUND)
    again = Case.open(case.folder, passphrase=SECRET, analyzer=stub)
    again.analyse(draft)
    assert stub.runs == 1


def test_sealed_items_are_bound_to_their_kind_and_key() -> None:
    sealer, record = Sealer.create(SECRET)
    sealed = sealer.seal(b"Chloe Hartley", b"cache")
    assert sealer.open(sealed, b"cache") == b"Chloe Hartley"
    assert sealed.count(b"Chloe") == 0 and sealer.seal(b"Chloe Hartley", b"cache") != sealed  # fresh nonce
    with pytest.raises(SealedDataError):
        sealer.open(sealed, b"register")
    with pytest.raises(SealedDataError):
        sealer.open(sealed[:-1] + bytes([sealed[-1] ^ 1]), b"cache")
    with pytest.raises(CaseError, match="empty"):
        Sealer.create("")
    assert Sealer.unlock(record, SECRET, "case").open(sealed, b"cache") == b"Chloe Hartley"



def test_a_case_without_a_passphrase_is_stored_as_before(tmp_path: Path) -> None:
    case, draft = _case(tmp_path, passphrase=None)
    case.analyse(draft)
    assert not case.encrypted and not Case.is_encrypted(case.folder)
    assert b"Chloe Hartley" in (case.folder / "register.yaml").read_bytes()
    assert Case.open(case.folder, passphrase="ignored").history()


def test_cli_redacts_an_encrypted_case_only_with_its_passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    case, draft = _case(tmp_path)
    case.analyse(draft)
    out = tmp_path / "out.pdf"
    monkeypatch.delenv("REDACTOR_CASE_PASSPHRASE", raising=False)
    monkeypatch.setattr("redactor.case.Analyzer", lambda: StubAnalyzer(FOUND))
    assert main(["redact", "--case", str(case.folder), "-o", str(out), "--accept-all"]) == 2
    assert "is encrypted; give its passphrase (--case-passphrase)" in capsys.readouterr().err
    assert main(["redact", "--case", str(case.folder), "-o", str(out), "--accept-all",
                 "--case-passphrase", "wrong"]) == 2
    assert "passphrase is wrong" in capsys.readouterr().err and not out.exists()
    monkeypatch.setenv("REDACTOR_CASE_PASSPHRASE", SECRET)
    assert main(["redact", "--case", str(case.folder), "-o", str(out), "--accept-all"]) == 0
    assert out.exists()
