"""Re-open written outputs and look everywhere for text that should be gone.

Every character read back gets a state: it lines up with a replacement the export wrote (masked),
with other written text (checked; a keep phrase there stands), or with nothing written (checked).
What is masked is exactly what the export wrote, at its own position (see ``written.py`` and
``align.py``), never a phrase wherever it occurs. In the unmasked text the check looks for every
replaced form of every replaced entity, and re-runs the structured-identifier recognisers. An
output that cannot be read, or whose text does not line up with what was written, fails.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np
import pymupdf

from recognizers.dates import is_month_of_date
from redactor.align import KEEP_PHRASE, KEPT, PLAIN, REPLACED, UNEXPECTED, Aligner
from redactor.document import CharBoxes
from redactor.forked import Forked, can_fork
from redactor.forms import FormMatcher, normalise, tokens, word_like_forms
from redactor.hiding import HIDING_KINDS
from redactor.load_docx import load_docx
from redactor.load_pdf import container_segments, open_pdf, page_segment
from redactor.written import Drawn, Expected, Written

# Share of the written main text that must be found again in an output laid out afresh.
MIN_COVERAGE = 0.9
_SENTINEL = "\x00"  # token text standing for a masked token: no form or keep phrase contains it
_HYPHEN_BREAK = re.compile(r"(?<=\w)-\s+(?=\w)")
_UNEXPECTED_RUN = re.compile(rb"\x00+")
_MASKED = (REPLACED, KEPT)
_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s?$")
_RESCAN_CONTEXT = 60  # characters either side of unexpected text that recognisers see as context
_WINDOW = 200_000  # characters of a long text checked at a time (about 70 pages)
SPLIT_PAGES = 16  # an output this long or longer is read back by two processes
SPLIT_CHARS = 50_000  # a text read back this long or longer is checked by two processes
_WINDOW_OVERLAP = 2_000  # characters either side of each stretch, longer than any form or keep phrase


@dataclass(frozen=True, slots=True)
class Leak:
    """Something found in an output that should not be there.

    Attributes:
        where: Which file and place ("out.pdf page 3", "out.docx document property title").
        form: The text found.
        entity: The entity it belongs to, the identifier kind found, or why the place cannot be verified.
        context: A few words around it, with the text found in brackets.
    """

    where: str
    form: str
    entity: str
    context: str

    def __str__(self) -> str:
        return f"{self.where}: '{self.form}' ({self.entity}) in \"{self.context}\""

    @property
    def page(self) -> int | None:
        """The 1-based page the leak is on, when it is on a page."""
        m = re.search(r"\bpage (\d+)", self.where)
        return int(m.group(1)) if m else None


@dataclass(slots=True)
class Place:
    """One text read back from an output, with the state of each character.

    Attributes:
        where: Where it was read ("out.pdf", "out.docx word/document.xml paragraph 3").
        text: The text.
        states: ``UNEXPECTED``, ``PLAIN``, ``REPLACED``, ``KEPT`` or ``KEEP_PHRASE`` per character.
        pages: ``(offset, where)`` of each page, when the text runs over several pages.
        hidden: A hiding place (an outline title, metadata, an annotation, see ``redactor.hiding``):
            every form counts there whatever its case.
    """

    where: str
    text: str
    states: bytearray
    pages: list[tuple[int, str]] = field(default_factory=list)
    hidden: bool = False

    def where_at(self, offset: int) -> str:
        """The place (page) holding the character at ``offset``."""
        where = self.where
        for start, name in self.pages:
            if start > offset:
                break
            where = name
        return where


@dataclass(slots=True)
class Reading:
    """Everything read back from the outputs of one export, and what could not be lined up."""

    places: list[Place] = field(default_factory=list)
    problems: list[Leak] = field(default_factory=list)


# -- reading outputs ---------------------------------------------------------------------------
def output_texts(path: Path) -> Iterator[tuple[str, str]]:
    """All text of an output file, by place (pages, containers, parts, properties)."""
    for place in read_plain(path):
        if place.pages:
            for (start, where), (end, _) in zip(place.pages, [*place.pages[1:], (len(place.text), "")],
                                                strict=True):
                yield where, place.text[start:end]
        else:
            yield place.where, place.text


def read_plain(path: Path) -> list[Place]:
    """Every text of an output with every character ``PLAIN`` (nothing known about what was written).

    Raises:
        redactor.errors.InputError: The file cannot be re-opened.
    """
    return read(Expected(path, "places"), plain=True).places


def read(expected: Expected, plain: bool = False, keep: FormMatcher | None = None) -> Reading:
    """Read an output back and line it up with what was written into it.

    Args:
        expected: What the export wrote.
        plain: Mark everything ``PLAIN`` instead (for checking a file whose writing is unknown).
        keep: Keep-list phrases, marked where the written text holds them (``KEEP_PHRASE``).

    Raises:
        redactor.errors.InputError: The file cannot be re-opened.
    """
    reading = Reading()
    name = expected.name or expected.path.name
    suffix = expected.path.suffix.lower()
    if suffix == ".pdf":
        _read_pdf(expected, name, reading, plain, keep)
    elif suffix == ".docx":
        for seg in load_docx(expected.path, "").segments:
            _add_text(reading, f"{name} {seg.where}", seg.text, expected.places.get(seg.id), plain, keep,
                      hidden=seg.kind in HIDING_KINDS)
    else:
        text = expected.path.read_text(encoding="utf-8")
        _add_text(reading, name, text, expected.places.get("text"), plain, keep)
    return reading


def _add_text(reading: Reading, where: str, text: str, written: Written | None, plain: bool,
              keep: FormMatcher | None, *, hidden: bool = False) -> None:
    if plain:
        states = bytearray([PLAIN]) * len(text)
    elif written is None:
        states = bytearray(len(text))
    else:
        alignment = Aligner([written], keep=keep).align(text)
        states = alignment.states
        if alignment.coverage < MIN_COVERAGE:
            reading.problems.append(_unverifiable(where, alignment.coverage))
    reading.places.append(Place(where, text, states, hidden=hidden))


def _unverifiable(where: str, coverage: float) -> Leak:
    return Leak(where, f"{coverage:.0%} of the written text", "output does not match what was written",
                "the text read back could not be lined up with the text written, so it cannot be verified")


@dataclass(slots=True)
class _Pages:
    """Pages read back from a PDF output: their texts, character states and boxes found wrong."""

    texts: list[str] = field(default_factory=list)
    states: bytearray = field(default_factory=bytearray)  # each page's states, then one PLAIN for its newline
    found: int = 0
    wanted: int = 0
    problems: list[Leak] = field(default_factory=list)


def _read_pages(expected: Expected, name: str, first: int, last: int, drawn: dict[int | None, list[Drawn]],
                aligned: bool, keep: FormMatcher | None) -> _Pages:
    """Read pages ``first`` to ``last - 1`` of a PDF output; ``aligned``: line each up with its written page."""
    out = _Pages()
    with open_pdf(expected.path) as doc:
        for number in range(first, last):
            page = doc[number]
            seg = page_segment(page)
            if aligned:
                alignment = Aligner([expected.flow[number]], keep=keep).align(seg.text)
                page_states = alignment.states
                out.found += alignment.found
                out.wanted += alignment.expected
                if drawn.get(number):
                    reading = Reading()
                    _box_states(page_states, 0, seg.text, seg.boxes, drawn[number], f"{name} page {number + 1}",
                                reading)
                    out.problems += reading.problems
            else:
                page_states = bytearray([PLAIN]) * len(seg.text)
            out.texts.append(seg.text)
            out.states += page_states + bytes([PLAIN])
    return out


def _read_pdf(expected: Expected, name: str, reading: Reading, plain: bool, keep: FormMatcher | None) -> None:
    with open_pdf(expected.path) as doc:
        # A PDF redacted in place keeps each page's text on its page: it is read and lined up page by
        # page, so memory stays bounded by one page's characters and boxes whatever the page count.
        by_page = expected.layout == "boxes" and len(expected.flow) == doc.page_count
        drawn: dict[int | None, list[Drawn]] = defaultdict(list)
        for d in expected.drawn:
            drawn[d.page].append(d)
        aligned = by_page and not plain
        # A long output is read in two halves at once: the second in a forked child (see redactor.forked).
        count = doc.page_count
        half = count // 2 if count >= SPLIT_PAGES and can_fork() else count
        with Forked(lambda: _read_pages(expected, name, half, count, drawn, aligned, keep),
                    fork=half < count) as rest:
            read = _read_pages(expected, name, 0, half, drawn, aligned, keep)
            if half < count:
                more = rest.result()
                read.texts += more.texts
                read.states += more.states
                read.found += more.found
                read.wanted += more.wanted
                read.problems += more.problems
        reading.problems += read.problems
        pages: list[tuple[int, str]] = []
        offset = 0
        for number, page_text in enumerate(read.texts):
            pages.append((offset, f"{name} page {number + 1}"))
            offset += len(page_text) + 1
        text = "\n".join(read.texts) + "\n"
        states, found, wanted = read.states, read.found, read.wanted
        del read
        aligner = None
        if not plain and not by_page:
            aligner = Aligner(expected.flow, expected.floating, keep)
            alignment = aligner.align(text)
            states, found, wanted = alignment.states, alignment.found, alignment.expected
            for (start, where), page in zip(pages, doc, strict=True):
                if drawn[page.number]:
                    seg = page_segment(page)
                    _box_states(states, start, seg.text, seg.boxes, drawn[page.number], where, reading)
        if not plain and wanted and found / wanted < MIN_COVERAGE:
            reading.problems.append(_unverifiable(name, found / wanted))
        reading.places.append(Place(name, text, states, pages))
        for seg in container_segments(doc):
            where = f"{name} {seg.where}"
            hidden = seg.kind in HIDING_KINDS
            if not plain and expected.layout == "relaid":
                aligner = aligner or Aligner(expected.flow, expected.floating, keep)
                reading.places.append(Place(where, seg.text, aligner.align(seg.text).states, hidden=hidden))
            else:
                _add_text(reading, where, seg.text, expected.places.get(seg.id), plain, keep, hidden=hidden)
        for i in range(doc.embfile_count()):
            content = doc.embfile_get(i).decode("utf-8", "replace")
            reading.places.append(Place(f"{name} embedded file {i + 1}", content, bytearray(len(content))))


def _box_states(states: bytearray, offset: int, text: str, boxes: CharBoxes | None, drawn: Sequence[Drawn],
                where: str, reading: Reading) -> None:
    """Inside each drawn box a page must hold exactly what was written there: then it is masked.

    Anything else in a box (text left under it, or a pseudonym that does not read back) is checked,
    and the box itself is reported: the output does not hold what the export wrote.
    """
    assert boxes is not None  # page segments always carry their boxes
    centres = boxes.centres()
    for d in drawn:
        x0, y0, x1, y1 = d.rect
        inside = np.flatnonzero((centres[:, 0] >= x0) & (centres[:, 0] <= x1)
                                & (centres[:, 1] >= y0) & (centres[:, 1] <= y1))
        found = "".join(text[i] for i in inside)
        same = [t for _, _, t in tokens(found)] == [t for _, _, t in tokens(d.text)]
        state = (REPLACED if d.replaced else PLAIN) if same else UNEXPECTED
        for i in inside:
            states[offset + i] = state
        if same:
            continue
        shown = " ".join(found.split()) or "nothing"
        reading.problems.append(Leak(where, shown, "box does not hold what was written",
                                     f"the box written '{d.text}' reads back '{shown}'"))


# -- checking ----------------------------------------------------------------------------------
class Checker:
    """Finds replaced forms and structured identifiers in the unmasked text of places read back.

    Args:
        forms: Every replaced surface form, mapped to its entity's name.
        keep: Phrases that stand where they were written unchanged (the keep list).
        kept_values: Values the reviewer chose to keep (forms of entities decided ``keep``).
        texts: The draft's texts, to learn which one-word forms are also ordinary words there.
        rescan: Where the structured-identifier recognisers re-run: ``unexpected`` text only (text
            that lines up with written text was analysed with the same recognisers, and each
            finding there was replaced or kept by decision), or ``all`` text (when nothing is
            known about what was written).
    """

    def __init__(self, forms: dict[str, str], keep: Iterable[str], kept_values: Iterable[str] = (),
                 texts: Iterable[str] = (), rescan: Literal["unexpected", "all"] = "unexpected") -> None:
        self.forms = forms
        self._texts = list(texts)
        self.keep = FormMatcher(((k, "keep") for k in keep), any_case=True)
        self._kept = {_value_key(v) for v in kept_values}
        self._rescan = rescan
        self._matcher: FormMatcher | None = None
        self._any_case: FormMatcher | None = None

    def leaks(self, places: Sequence[Place]) -> list[Leak]:
        """Every survivor in the given places, each reported once per place and context.

        In a hiding place (``Place.hidden``) every form counts whatever its case; elsewhere a one-word
        form that is also an ordinary word of the texts counts only as written (see ``redactor.forms``).
        """
        if self._matcher is None:
            word_like = word_like_forms(self.forms, [*self._texts, *(p.text for p in places)])
            self._matcher = FormMatcher(self.forms.items(), word_like)
        if self._any_case is None:
            self._any_case = FormMatcher(self.forms.items(), any_case=True)
        found: list[Leak] = []
        seen: set[tuple[str, str, str]] = set()
        for place in places:
            for leak in self._place_leaks(place, self._any_case if place.hidden else self._matcher):
                key = (leak.where, leak.form, leak.context)
                if key not in seen:
                    seen.add(key)
                    found.append(leak)
        return found

    def _place_leaks(self, place: Place, matcher: FormMatcher) -> Iterator[Leak]:
        # A long text is checked in two halves at once, the second in a forked child.
        split = len(place.text) >= SPLIT_CHARS and can_fork()
        windows = list(_windows(place.text, min(_WINDOW, len(place.text) // 2 + 1) if split else _WINDOW))
        half = len(windows) // 2 if split else len(windows)

        def check(part: list[tuple[int, tuple[int, int], int]]) -> tuple[list[Leak], list[tuple[int, int]]]:
            kept: list[tuple[int, int]] = []
            return [leak for w in part for leak in self._window_leaks(place, matcher, *w, kept)], kept

        with Forked(lambda: check(windows[half:]), fork=half < len(windows)) as rest:
            leaks, kept = check(windows[:half])
            if half < len(windows):
                more, more_kept = rest.result()
                leaks += more
                kept += more_kept
        yield from leaks
        yield from self._identifiers(place, _Spans(kept))

    def _window_leaks(self, place: Place, matcher: FormMatcher, lo: int, core: tuple[int, int], hi: int,
                      kept_out: list[tuple[int, int]]) -> Iterator[Leak]:
        """Forms left in ``place.text[lo:hi]`` starting inside ``core``; its keep-phrase spans go to ``kept_out``."""
        window, window_states = place.text[lo:hi], place.states[lo:hi]
        texts: list[tuple[str, bytearray, list[int] | None]] = [(window, window_states, None)]
        if _HYPHEN_BREAK.search(window):
            texts.append(_dehyphenated(window, window_states))
        for text, states, origin in texts:
            toks = _masked_tokens(text, states)
            spans = [(h.start, h.end) for h in self.keep.finditer(text, toks, overlapping=True)
                     if UNEXPECTED not in states[h.start:h.end]]
            kept = _Spans(spans)
            if origin is None:
                kept_out.extend((lo + a, lo + b) for a, b in spans)
            for hit in matcher.finditer(text, toks, overlapping=True):
                start = lo + (hit.start if origin is None else origin[hit.start])
                if not core[0] <= start < core[1]:
                    continue
                # A keep phrase stands with its possessive: "Child G's" keeps a form "G's".
                possessive = _POSSESSIVE.search(text, hit.start, hit.end)
                end = possessive.start() if possessive else hit.end
                if is_month_of_date(text, hit.start, end):
                    continue  # a name that is a month ("Tom May") left as a date's month ("16th May 2015")
                if not kept.covers(hit.start, end) and not _kept_as_written(text, states, hit.start, end):
                    yield Leak(place.where_at(start), hit.form, hit.key, _context(text, hit.start, hit.end))

    def _identifiers(self, place: Place, kept: _Spans) -> Iterator[Leak]:
        from recognizers.rescan import structured_findings

        text, states = place.text, place.states
        for lo, hi in self._rescan_windows(states):
            for entity, a, b in structured_findings(text[lo:hi]):
                start, end = lo + a, lo + b
                if REPLACED in states[start:end] or kept.covers(start, end):
                    continue
                if self._rescan == "unexpected" and UNEXPECTED not in states[start:end]:
                    continue
                if _value_key(text[start:end]) in self._kept:
                    continue
                yield Leak(place.where_at(start), text[start:end], entity, _context(text, start, end))

    def _rescan_windows(self, states: bytearray) -> list[tuple[int, int]]:
        """Stretches of text to re-run the recognisers on: all of it, or unexpected text with its context."""
        if self._rescan == "all":
            return [(0, len(states))]
        windows: list[tuple[int, int]] = []
        for m in _UNEXPECTED_RUN.finditer(states):
            lo, hi = max(0, m.start() - _RESCAN_CONTEXT), min(len(states), m.end() + _RESCAN_CONTEXT)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], hi)
            else:
                windows.append((lo, hi))
        return windows


class _Spans:
    """Spans (such as keep-phrase hits) with a fast "is this range inside one of them" test."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach: list[int] = []  # furthest end among spans starting at or before each one
        for _, b in ordered:
            self._reach.append(max(b, self._reach[-1]) if self._reach else b)

    def covers(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self._reach[i] >= end


def _kept_as_written(text: str, states: bytearray, start: int, end: int) -> bool:
    """Whether ``start:end`` lines up wholly with a keep phrase as the export wrote it."""
    return all(states[i] == KEEP_PHRASE or text[i].isspace() for i in range(start, end))


def _windows(text: str, size: int = _WINDOW) -> Iterator[tuple[int, tuple[int, int], int]]:
    """``(lo, (core_start, core_end), hi)``: a long text checked a stretch at a time (bounded memory).

    Each stretch (core) is checked with ``_WINDOW_OVERLAP`` characters either side, so a form or keep
    phrase across a boundary is seen whole; a hit counts in the stretch it starts in.
    """
    start = 0
    while True:
        end = len(text) if len(text) - start <= size else text.find(" ", start + size)
        end = len(text) if end < 0 else end
        yield max(0, start - _WINDOW_OVERLAP), (start, end), min(len(text), end + _WINDOW_OVERLAP)
        if end >= len(text):
            return
        start = end


def _value_key(text: str) -> str:
    return re.sub(r"[\W_]+", "", normalise(text)).casefold()


def _masked_tokens(text: str, states: bytearray) -> list[tuple[int, int, str]]:
    """Tokens of ``text``, those wholly written as replacements or deliberately kept replaced by a sentinel."""
    out = []
    for start, end, tok in tokens(text):
        if states[start] in _MASKED and all(v in _MASKED for v in states[start:end]):
            tok = _SENTINEL
        out.append((start, end, tok))
    return out


def _dehyphenated(text: str, states: bytearray) -> tuple[str, bytearray, list[int]]:
    """The text with words hyphenated at line ends joined up, its states, and each character's origin."""
    keep = bytearray([1]) * len(text)
    for m in _HYPHEN_BREAK.finditer(text):
        keep[m.start():m.end()] = bytes(m.end() - m.start())
    origin = [i for i, k in enumerate(keep) if k]
    return "".join(text[i] for i in origin), bytearray(states[i] for i in origin), origin


def _context(text: str, start: int, end: int) -> str:
    lo, hi = max(0, start - 30), min(len(text), end + 30)
    return " ".join((text[lo:start] + "[" + text[start:end] + "]" + text[end:hi]).split())


# -- the export's verification -----------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Verification:
    """The outcome of verifying one export's outputs."""

    leaks: list[Leak]
    outputs: list[str]
    forms: int
    entities: int

    def statement(self) -> str:
        """Exactly what was verified, in one sentence (for the command line and the audit log)."""
        names = ", ".join(self.outputs)
        return (f"verified: none of the {self.forms} replaced forms of {self.entities} replaced entities, "
                f"and no structured identifier the recognisers know, remains in {names}; "
                "text the engine did not find cannot be verified")


def verify_outputs(expected: Sequence[Expected], checker: Checker, entities: int) -> Verification:
    """Read back every output of one export and check it; a file that cannot be read fails.

    Raises:
        redactor.errors.InputError: An output could not be re-opened.
    """
    leaks: list[Leak] = []
    for exp in expected:
        reading = read(exp, keep=checker.keep)
        leaks.extend(reading.problems)
        leaks.extend(checker.leaks(reading.places))
    return Verification(leaks, [e.name or e.path.name for e in expected], len(checker.forms), entities)


def pdf_history_clean(path: Path) -> bool:
    """True when the PDF has a single revision (no incremental updates holding old text)."""
    data = path.read_bytes()
    with pymupdf.open(path) as doc:
        return data.count(b"%%EOF") <= 1 and not doc.is_dirty
