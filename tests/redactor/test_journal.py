"""The case journal: append-only, hash-chained, fsync'd, owner-only; damage is found, never ignored silently."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from redactor.journal import GENESIS, Journal, JournalError, entry_hash


def _journal(tmp_path: Path) -> Journal:
    return Journal.open(tmp_path / "journal.jsonl", create=True)


def test_entries_are_chained_and_recorded_with_who_when_what(tmp_path: Path) -> None:
    j = _journal(tmp_path)
    a = j.append("decide", {"entity": "PERSON:chloe"}, reviewer="Ann Author", prev={"action": "keep"},
                 basis={"kind": "recogniser", "recognizer": "SpacyRecognizer", "score": 0.85})
    b = j.append("mark_reviewed", {"entity": "PERSON:chloe", "reviewed": True}, reviewer="Ann Author")
    assert (a.seq, b.seq) == (1, 2)
    assert a.prev_hash == GENESIS and b.prev_hash == a.hash
    assert a.hash == entry_hash(a.to_dict())
    assert a.time.endswith("+00:00") and "T" in a.time
    assert a.reviewer == "Ann Author" and a.prev == {"action": "keep"} and a.basis["score"] == 0.85
    again = Journal.open(tmp_path / "journal.jsonl")
    assert [e.to_dict() for e in again.entries] == [a.to_dict(), b.to_dict()]
    assert again.recovered is None


def test_journal_file_is_owner_only(tmp_path: Path) -> None:
    j = _journal(tmp_path)
    j.append("note", {})
    assert stat.S_IMODE(os.stat(j.path).st_mode) == 0o600


def test_truncated_last_line_is_reported_set_aside_and_not_replayed(tmp_path: Path) -> None:
    j = _journal(tmp_path)
    j.append("decide", {"n": 1})
    j.append("decide", {"n": 2})
    data = j.path.read_bytes()
    j.path.write_bytes(data[:-25])  # a crash in the middle of writing the second line
    again = Journal.open(j.path)
    assert [e.args for e in again.entries] == [{"n": 1}]
    assert again.recovered is not None and "line 2" in again.recovered
    saved = list(tmp_path.glob("journal.jsonl.damaged-*"))
    assert len(saved) == 1 and saved[0].read_bytes() == data[len(j.path.read_bytes()):-25]
    assert stat.S_IMODE(os.stat(saved[0]).st_mode) == 0o600
    # Appending carries on from the last good entry: the chain stays intact.
    c = again.append("decide", {"n": 3})
    assert c.seq == 2 and c.prev_hash == again.entries[0].hash
    assert [e.args for e in Journal.open(j.path).entries] == [{"n": 1}, {"n": 3}]


def test_complete_last_line_without_newline_is_kept(tmp_path: Path) -> None:
    j = _journal(tmp_path)
    j.append("decide", {"n": 1})
    j.path.write_bytes(j.path.read_bytes().rstrip(b"\n"))
    again = Journal.open(j.path)
    assert len(again.entries) == 1 and again.recovered is None
    again.append("decide", {"n": 2})
    assert len(Journal.open(j.path).entries) == 2


@pytest.mark.parametrize("damage", ["edit", "delete", "swap", "garbage"])
def test_damage_before_the_last_line_is_an_error(tmp_path: Path, damage: str) -> None:
    j = _journal(tmp_path)
    for n in range(4):
        j.append("decide", {"n": n}, reviewer="Ann")
    lines = j.path.read_text(encoding="utf-8").splitlines()
    if damage == "edit":
        entry = json.loads(lines[1])
        entry["reviewer"] = "Someone Else"
        lines[1] = json.dumps(entry)
    elif damage == "delete":
        del lines[1]
    elif damage == "swap":
        lines[1], lines[2] = lines[2], lines[1]
    else:
        lines[1] = "{not json"
    j.path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(JournalError, match="line 2"):
        Journal.open(j.path)


def test_missing_journal_is_an_error_unless_created(tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="no journal"):
        Journal.open(tmp_path / "journal.jsonl")


def test_a_journal_that_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    path.write_text('{"hello": 1}\n{"hello": 2}\n', encoding="utf-8")
    with pytest.raises(JournalError, match="line 1"):
        Journal.open(path)
