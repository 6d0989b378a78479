"""A long PDF's pages redacted in two processes give exactly the file one process would write."""

from __future__ import annotations

import sys
from pathlib import Path

import pymupdf
import pytest

import redactor.page_share as page_share
from redactor.page_graft import changed_objects, take_objects
from redactor.render_pdf import render_pdf
from tests.assertions import assert_absent
from tests.redactor.builders import make_pdf, plan_from_register, register

needs_fork = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="work is forked on Linux only")


LINES = ["The review concerns Chloe Hartley, aged 7.", "Chloe's school is in Westbridge.",
         "Her mother, Miss Hartley, attended.", "Guidance: see the national framework."]


def _draft(tmp_path: Path, pages: int, *, with_containers: bool = True) -> Path:
    """``pages`` pages of LINES, each with a link to public guidance (kept) on its last line."""
    path = make_pdf(tmp_path / "made.pdf", LINES, pages=pages, with_containers=with_containers)
    with pymupdf.open(path) as doc:
        for page in doc:
            page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 115, 250, 125),
                              "uri": "https://www.gov.uk/guidance"})
        doc.save(tmp_path / "draft.pdf")
    return tmp_path / "draft.pdf"


def _pages(path: Path) -> list[tuple[object, bytes, object]]:
    with pymupdf.open(path) as doc:
        return [(page.get_text("rawdict"), page.get_pixmap(dpi=40).samples, page.get_links()) for page in doc]


def _render(tmp_path: Path, name: str, pages: int = 20) -> Path:
    src = _draft(tmp_path, pages)
    _, reg = register(tmp_path)
    document, plan = plan_from_register(src, reg)
    out = tmp_path / name
    render_pdf(document, plan, out)
    return out


@needs_fork
def test_pages_shared_with_a_child_match_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    taken: list[int] = []
    real_take = page_share.take_objects
    monkeypatch.setattr(page_share, "take_objects", lambda doc, objs, first: (taken.append(len(objs)),
                                                                              real_take(doc, objs, first)))
    monkeypatch.setattr(page_share, "can_fork", lambda: True)
    shared = _render(tmp_path, "shared.pdf")
    assert taken, "no pages were handed over by a child"
    monkeypatch.setattr(page_share, "can_fork", lambda: False)
    alone = _render(tmp_path, "alone.pdf")
    assert _pages(shared) == _pages(alone)
    for out in (shared, alone):
        assert_absent("Hartley", out)
        assert_absent("Chloe", out)


@needs_fork
def test_a_child_that_fails_leaves_its_pages_to_this_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_share, "can_fork", lambda: True)
    monkeypatch.setattr(page_share, "changed_objects", lambda *a: 1 / 0)  # runs in the child only
    out = _render(tmp_path, "out.pdf")
    with pymupdf.open(out) as doc:
        assert all("Child Q" in page.get_text() for page in doc)
    assert_absent("Hartley", out)


def test_no_handover_when_an_object_beside_the_pages_changed(tmp_path: Path) -> None:
    src = _draft(tmp_path, 3, with_containers=False)
    with pymupdf.open(src) as doc:
        first_new = doc.xref_length()
        doc[1].add_redact_annot(doc[1].search_for("Hartley")[0])
        doc[1].apply_redactions()
        assert changed_objects(doc, [1], first_new) is not None
        font = doc[0].get_fonts()[0][0]  # shared by every page
        doc.xref_set_key(font, "Name", "/Changed")
        assert changed_objects(doc, [1], first_new) is None


def test_handed_over_page_replaces_the_same_page_here(tmp_path: Path) -> None:
    src = _draft(tmp_path, 3, with_containers=False)
    with pymupdf.open(src) as child, pymupdf.open(src) as here:
        first_new = child.xref_length()
        for rect in child[2].search_for("Hartley"):
            child[2].add_redact_annot(rect)
        child[2].apply_redactions()
        child[2].insert_text((72, 300), "Child Q was here", fontname="cour", fontsize=9)
        objects = changed_objects(child, [2], first_new)
        assert objects is not None
        here[0].add_redact_annot(here[0].search_for("Chloe")[0])  # this process's own work, first
        here[0].apply_redactions()
        take_objects(here, objects, first_new)
        assert here[2].get_text() == child[2].get_text()
        assert "Hartley" not in here[2].get_text() and "Child Q was here" in here[2].get_text()
        assert "Chloe" not in here[0].get_text().split("\n")[0]
        assert here[1].get_text() == child[1].get_text()  # untouched in both


def test_the_child_takes_the_last_shareable_pages_with_a_little_under_half_the_work() -> None:
    from redactor.page_share import CHILD_SHARE, _child_items

    weights = [10] * 20
    taken = _child_items(20, lambda i: weights[i], lambda i: i != 18)
    assert taken == sorted(taken) and 18 not in taken and taken[-1] == 19
    share = sum(weights[i] for i in taken) / sum(weights)
    assert CHILD_SHARE <= share < CHILD_SHARE + 0.1 and share < 0.5
