"""A name written in another script than the draft's English is found, replaced and gone from every output."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redactor.cli import main
from redactor.pipeline import analyse

pytestmark = pytest.mark.model

TEXT = ("Serious Case Review: Child A\n\n"
        "The health visitor saw \u0413\u0430\u043d\u043d\u0430 "
        "\u041a\u043e\u043b\u0435\u0441\u043d\u0438\u0447\u0435\u043d\u043a\u043e at home. "
        "Later \u0413\u0430\u043d\u043d\u0430 said she was tired.\n\n"
        "Her mother, \u0930\u093e\u0939\u0941\u0932 \u091c\u0948\u0928, said no. "
        "The GP saw \u6881\u946b at the surgery.\n\n"
        "The father, J\u043ehn Sm\u0456th, was seen by the social worker.\n")
NAMES = ("\u0413\u0430\u043d\u043d\u0430", "\u041a\u043e\u043b\u0435\u0441\u043d\u0438\u0447\u0435\u043d\u043a\u043e",
         "\u0930\u093e\u0939\u0941\u0932", "\u6881\u946b", "J\u043ehn")


def test_names_in_another_script_are_suggested(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(TEXT, encoding="utf-8")
    found = {m.text for e in analyse(draft).entities for m in e.mentions}
    assert all(any(n in f for f in found) for n in NAMES), found


def test_no_name_in_another_script_survives_the_export(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(TEXT, encoding="utf-8")
    assert main(["redact", str(draft), "-o", str(tmp_path / "out.txt"), "--accept-all"]) == 0
    text = (tmp_path / "out.txt").read_text(encoding="utf-8")
    with pymupdf.open(tmp_path / "out.pdf") as pdf:
        text += "".join(page.get_text() for page in pdf)
    assert not any(n in text for n in NAMES), text
    assert "social worker" in text
