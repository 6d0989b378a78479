"""A draft read in a forked child while the command line imports the NLP libraries, with the keep
phrases its text gives found there too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import redactor.analysis as analysis
import redactor.load as load_module
import redactor.pipeline as pipeline
import redactor.plan as plan
from recognizers.keep import default_keep_phrases, document_keep_phrases, with_register_keep
from redactor.document import Document
from redactor.load import load, load_early, take_prepared
from redactor.pipeline import analyse
from redactor.register import Register
from redactor.text_only import text_only

DRAFT = ("Serious Case Review: Child K\n"
         "Westmarsh Safeguarding Children Board\n"
         "Author: Fenella Quarrie\n\n"
         "Ada Quill lived in Bath with her mother. Child K's school was told.\n")


@pytest.fixture()
def forking(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_module, "can_fork", lambda: True)


@pytest.fixture()
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def _texts(document: Document) -> list[str]:
    return [s.text for s in document.segments]


@pytest.mark.usefixtures("forking")
def test_an_early_load_gives_the_document_and_what_was_prepared_once(draft: Path) -> None:
    load_early(draft, prepare=_texts)
    document = load(draft)
    assert take_prepared(draft) == _texts(document)
    assert take_prepared(draft) is None


@pytest.mark.usefixtures("forking")
def test_a_preparation_that_fails_loses_nothing(draft: Path) -> None:
    def broken(document: Any) -> Any:
        raise ValueError("no")

    load_early(draft, prepare=broken)
    assert "Ada Quill" in "".join(_texts(load(draft)))
    assert take_prepared(draft) is None


@pytest.mark.usefixtures("forking")
def test_what_was_prepared_is_never_taken_for_a_later_load(draft: Path) -> None:
    load_early(draft, prepare=_texts)
    load(draft)
    load(draft)  # read again, not early: nothing of the first load's preparation is left
    assert take_prepared(draft) is None


def test_without_an_early_load_nothing_is_prepared(draft: Path) -> None:
    load(draft)
    assert take_prepared(draft) is None


def test_the_keep_list_is_the_registers_then_the_drafts(draft: Path) -> None:
    document = load(draft)
    words = ["Bath", "Westmarsh Safeguarding Children Board"]
    assert default_keep_phrases(document, words) == with_register_keep(words, document_keep_phrases(document))
    assert default_keep_phrases(document, words)[:2] == words


@pytest.mark.usefixtures("forking")
def test_the_analysis_is_the_same_with_the_text_only_work_found_early_or_not(draft: Path, tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    with draft.open("a", encoding="utf-8") as fh:  # a table: a header label and a date of birth in a column
        fh.write("\nName\tDate of birth\tAgency\nKit Marlowe\t03/04/2011\tSchool\n")
    register_path = tmp_path / "register.yaml"
    register_path.write_text("entities:\n  - name: Ada Quill\n    type: PERSON\n    pseudonym: Child A\n"
                             "keep: [Bath]\n", encoding="utf-8")
    register = Register.load(register_path)
    later = analyse(draft, register_path, register=register)
    load_early(draft, prepare=text_only)

    def not_again(*args: Any) -> None:
        raise AssertionError("what the text alone gives was found early")

    monkeypatch.setattr(pipeline, "text_only", not_again)
    monkeypatch.setattr(analysis, "find_tables", not_again)
    monkeypatch.setattr(plan, "draft_labels", not_again)
    early = analyse(draft, register_path, register=register)
    assert early.keep == later.keep
    assert "Bath" in early.keep and "Fenella Quarrie" in early.keep
    assert early.mentions == later.mentions
    assert any(m.text == "03/04/2011" and m.recognizer == "TableColumnRecognizer" for m in early.mentions)
    assert early.decisions == later.decisions


class _Forked(Exception):
    """Stands for the fork: the command stops there."""


def test_the_command_reads_the_keep_lists_before_it_forks(draft: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from recognizers import gazetteer
    from redactor import cli

    lists = [gazetteer._first_names, gazetteer._surnames, gazetteer._local_authorities, gazetteer._force_areas,
             gazetteer.keep_phrases]
    for read in lists:
        read.cache_clear()
    seen: list[int] = []

    def fork(*args: Any, **kwargs: Any) -> None:
        seen.extend(read.cache_info().currsize for read in lists)
        raise _Forked

    monkeypatch.setattr(load_module, "load_early", fork)
    with pytest.raises(_Forked):
        cli.main(["redact", str(draft), "-o", str(tmp_path / "out.pdf"), "--accept-all"])
    assert seen == [1] * len(lists)  # the child starts with them all
