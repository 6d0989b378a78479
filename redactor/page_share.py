"""Redact a long PDF's pages in two processes at once: this one and a child forked for it.

Each process opens the draft and redacts its own pages; the child redacts a run of the last pages
and hands over the objects that its redaction changed (see ``redactor.page_graft``), which this
process writes into its own copy. Pages with pictures or whole-area redactions stay here (a picture
may be shared with another page), and so does any page the child could not hand over: this process
then redacts it itself, so the output is the same either way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

import pymupdf

from redactor.forked import Forked, WorkerError, can_fork
from redactor.page_graft import PdfObject, changed_objects, take_objects

T = TypeVar("T")
log = logging.getLogger(__name__)
MIN_SHARED_PAGES = 8  # fewer pages to hand over are not worth a child (forking, reopening the draft)
# The child's share of the work: a little under half, as it also forks, reopens the draft and hands its objects
# over (on an 86-page draft, half kept this process waiting 0.14 s for it at the end; 45 % about 0.015 s).
CHILD_SHARE = 0.45


class Handover(Generic[T]):
    """What the child did: each of its pages' result by position, and the objects to take over."""

    def __init__(self, done: dict[int, T], objects: list[PdfObject], first_new: int) -> None:
        self.done, self.objects, self.first_new = done, objects, first_new


def share_pages(doc: pymupdf.Document, count: int, redact: Callable[[pymupdf.Document, int], T], *,
                weight: Callable[[int], int], shareable: Callable[[int], bool],
                reopen: Callable[[], pymupdf.Document], page_of: Callable[[int], int],
                progress: Callable[[int], None] | None = None) -> list[T]:
    """``redact(doc, i)`` for each ``i`` in ``range(count)``, the later shareable ones in a child.

    Args:
        doc: The draft, opened here and not yet changed.
        count: How many items (page segments) there are.
        redact: Redacts item ``i`` on the given open document and returns its result (which must pickle).
        weight: Roughly how much work item ``i`` is (0 for none).
        shareable: Whether item ``i`` may be redacted in the child.
        reopen: Opens the draft again (in the child).
        page_of: Item ``i``'s 0-based page.
        progress: Called with the number of items done so far.

    Returns:
        Each item's result, in order.
    """
    child_items = _child_items(count, weight, shareable)
    results: dict[int, T] = {}

    def tick() -> None:
        if progress is not None:
            progress(len(results))

    if len(child_items) < MIN_SHARED_PAGES or not can_fork():
        child_items = []
    first_new = doc.xref_length()
    wanted = set(child_items)
    with Forked(lambda: _child(reopen, child_items, redact, page_of), fork=bool(child_items)) as child:
        for i in range(count):
            if i not in wanted:
                results[i] = redact(doc, i)
                tick()
        handover = _handed_over(child) if child_items else None
    if handover is not None and handover.first_new == first_new:  # the same file, read the same way
        take_objects(doc, handover.objects, first_new)
        log.info("%d of %d pages redacted in a second process", len(handover.done), count)
        results.update(handover.done)
        tick()
    for i in child_items:
        if i not in results:  # not handed over: redacted here after all
            results[i] = redact(doc, i)
            tick()
    return [results[i] for i in range(count)]


def _handed_over(child: Forked[Handover[T] | None]) -> Handover[T] | None:
    """The child's handover; ``None`` (its pages are then redacted here) if it died without one."""
    try:
        return child.result()
    except WorkerError as exc:
        log.warning("redacting pages in a second process failed (%s); redacting them here", exc)
        return None


def _child_items(count: int, weight: Callable[[int], int], shareable: Callable[[int], bool]) -> list[int]:
    """The last shareable items with :data:`CHILD_SHARE` of the work between them (the rest stays here)."""
    weights = [weight(i) for i in range(count)]
    share = sum(weights) * CHILD_SHARE
    taken: list[int] = []
    load = 0
    for i in reversed(range(count)):
        if load >= share:
            break
        if weights[i] and shareable(i):
            taken.append(i)
            load += weights[i]
    return sorted(taken)


def _child(reopen: Callable[[], pymupdf.Document], items: Sequence[int], redact: Callable[[pymupdf.Document, int], T],
           page_of: Callable[[int], int]) -> Handover[T] | None:
    """In the child: redact ``items`` on a fresh copy of the draft and give back what changed.

    Nothing if anything fails here: this process's parent then redacts the items itself, where a
    real error (a draft changed since its analysis) is raised as it would be without a child.
    """
    try:
        with reopen() as doc:
            first_new = doc.xref_length()
            done = {i: redact(doc, i) for i in items if not doc[page_of(i)].get_images()}
            objects = changed_objects(doc, sorted({page_of(i) for i in done}), first_new)
    except Exception as exc:  # told, and the work is done again in the parent
        log.info("pages not redacted in a second process: %s", exc)
        return None
    if objects is None:
        return None
    return Handover(done, objects, first_new)
