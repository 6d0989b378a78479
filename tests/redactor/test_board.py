"""Board settings: extra patterns, deny and keep words, and the date policy, from YAML."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.board import DEFAULT_REASONS, BoardConfig, BoardConfigError, DatePolicy, ReasonCode


def test_sample_board_loads(fixtures: Path) -> None:
    board = BoardConfig.load(fixtures / "sample_board.yaml")
    assert [r.supported_entities for r in board.recognizers] == [["AGENCY_REFERENCE"], ["LOCATION"]]
    assert board.keep == ("Westbridge", "Westbridge Safeguarding Children Partnership")
    assert board.dates == DatePolicy("redact", "generalise")
    text = "Tenancy WHR-004512 at the Fenwick Estate"
    found = sorted((text[r.start:r.end], r.entity_type) for rec in board.recognizers
                   for r in rec.analyze(text, rec.supported_entities))
    assert found == [("Fenwick Estate", "LOCATION"), ("WHR-004512", "AGENCY_REFERENCE")]


@pytest.mark.parametrize("text, message", [
    ("recognizers: [{name: x, patterns: [{name: p, regex: 'a', score: 0.5}]}]", "has no supported_entity"),
    ("recognizers: [{name: x, supported_entity: A}]", "needs patterns or a deny_list"),
    ("recognizers: [{name: x, supported_entity: A, patterns: [{name: p, regex: '(', score: 0.5}]}]", "bad regex"),
    ("keep: Westbridge", "keep must be a list"),
    ("dates: {day: shred}", "dates.day must be one of"),
    ("dates: {date_of_birth: keep}", "dates.date_of_birth must be one of"),
    ("- a list", "expected a mapping"),
    ("reason_codes: child", "reason_codes must be a list"),
    ("reason_codes: [{label: No code}]", "reason code 1 needs a code and a label"),
    ("reason_codes: [child, child]", "reason code 'child' is listed twice"),
    ("reason_codes: [{code: 'has space', label: x}]", "reason code 'has space'"),
    ("name: [x]", "name must be text"),
])
def test_bad_board_settings(tmp_path: Path, text: str, message: str) -> None:
    p = tmp_path / "board.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(BoardConfigError, match=message):
        BoardConfig.load(p)


def test_environment_variable(tmp_path: Path, fixtures: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDACTOR_BOARD", str(fixtures / "sample_board.yaml"))
    assert BoardConfig.from_environment().keep
    monkeypatch.delenv("REDACTOR_BOARD")
    assert BoardConfig.from_environment() == BoardConfig()


def test_reason_codes_default_and_per_board(tmp_path: Path, fixtures: Path) -> None:
    assert BoardConfig().reasons == DEFAULT_REASONS
    assert {"child", "family", "third_party", "location", "professional"} <= {r.code for r in DEFAULT_REASONS}
    board = BoardConfig.load(fixtures / "sample_board.yaml")
    assert board.name == "Westbridge Safeguarding Children Partnership"
    assert board.reason("child") == ReasonCode("child", "Identifies the child")
    assert board.reason("nope") is None
    p = tmp_path / "board.yaml"
    p.write_text("reason_codes:\n  - {code: child, label: The child}\n  - sibling\n", encoding="utf-8")
    custom = BoardConfig.load(p)
    assert custom.reasons == (ReasonCode("child", "The child"), ReasonCode("sibling", "sibling"))
    assert custom.name == ""
