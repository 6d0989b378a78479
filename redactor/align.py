"""Line up text read back from an output with the text that was written, token by token.

An output laid out afresh (a PDF made by LibreOffice, or typeset from text) holds the written text
in another shape: lines broken elsewhere, running headers and footers repeated on every page, list
numbers and page numbers added, notes moved to the page foot. Verification still has to know which
characters of it are the replacements the export wrote, to mask exactly those.

The aligner walks the output's tokens once. While the next output token is the next written token
it follows along; where they differ it re-synchronises on the next three tokens (an anchor) and
takes the candidate place that agrees longest. Each written token of the main flow lines up with at
most one output token, so a form that is also part of a pseudonym ("4" in "Police Force 4") is
masked once per time it was written, never anywhere else. Running headers and footers may line up
any number of times, each time in order. Output tokens that line up with nothing stay unmasked:
anything unexpected is checked.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from redactor.forms import FormMatcher, tokens
from redactor.written import Written

# Character states, shared with verification.
UNEXPECTED = 0  # lines up with nothing written: checked
PLAIN = 1  # lines up with written text outside any replacement: checked, but keep phrases hold
REPLACED = 2  # lines up with a written replacement: masked
KEPT = 3  # lines up with a replaced form the reviewer deliberately left unchanged there: masked
KEEP_PHRASE = 4  # lines up with written text inside a keep-list phrase: checked, but forms there stand

ANCHOR = 3  # tokens that must agree to re-synchronise
_CANDIDATES = 6  # candidate places examined per anchor, each way
_RUN_CAP = 64  # how far an agreement is followed when comparing candidates
_SURE = 8  # an agreement this long is certain: the nearest such candidate wins (text repeats)
_NEAR = 40  # tokens: a candidate this close ahead of where the flow left off wins over any further one


@dataclass(slots=True)
class _Source:
    toks: list[str]
    flags: bytearray  # PLAIN, REPLACED, KEPT or KEEP_PHRASE per token
    counted: bytearray  # 1 where the token is expected here (not written again elsewhere)


def _source(parts: Sequence[Written], keep: FormMatcher | None) -> _Source:
    toks: list[str] = []
    flags = bytearray()
    counted = bytearray()
    for part in parts:
        marked = sorted([(a, b, REPLACED) for a, b in part.spans] + [(a, b, KEPT) for a, b in part.kept])
        k = 0
        part_toks = [t for t in tokens(part.text) if not _list_mark(t[2])]
        first = len(flags)
        for start, end, tok in part_toks:
            while k < len(marked) and marked[k][1] <= start:
                k += 1
            inside = k < len(marked) and marked[k][0] <= start and end <= marked[k][1]
            toks.append(tok)
            flags.append(marked[k][2] if inside else PLAIN)
            counted.append(0 if any(a <= start and end <= b for a, b in part.moved) else 1)
        if keep:
            # Keep phrases as written, where the words around them are still in place.
            starts = {s: n for n, (s, _, _) in enumerate(part_toks)}
            masked = [(a, b, t if flags[first + n] == PLAIN else "\x00") for n, (a, b, t) in enumerate(part_toks)]
            for hit in keep.finditer(part.text, masked, overlapping=True):
                n = starts[hit.start]
                while n < len(part_toks) and part_toks[n][1] <= hit.end:
                    flags[first + n] = KEEP_PHRASE
                    n += 1
    return _Source(toks, flags, counted)


# Bullets a layout draws before a list's items: the common glyphs, and the Symbol and Wingdings fonts' private-use
# characters ("\uf0b7", "\uf0a7") that LibreOffice writes for a Word list's bullets.
_BULLETS = frozenset("\u2022\u25aa\u25ab\u25cf\u25e6\u2023\u2043\u2219\u25a0\u25a1\u27a2\u2756\u25c6\u25ba")


def _list_mark(tok: str) -> bool:
    return len(tok) == 1 and (tok in _BULLETS or "\uf000" <= tok <= "\uf0ff")


def _anchors(toks: list[str]) -> dict[tuple[str, ...], list[int]]:
    index: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(toks) - ANCHOR + 1):
        index.setdefault(tuple(toks[i:i + ANCHOR]), []).append(i)
    return index


@dataclass(frozen=True, slots=True)
class Alignment:
    """Per-character states of one output text, and how much of the main flow was found in it.

    Only the flow's text outside replacements counts: a PDF redacted in place draws its
    replacements apart from the text around them, where no anchor finds them.
    """

    states: bytearray
    found: int
    expected: int

    @property
    def coverage(self) -> float:
        """Share of the main flow's tokens (outside replacements) found in the output (1.0 when none)."""
        return self.found / self.expected if self.expected else 1.0


class Aligner:
    """Lines output texts up with what was written.

    Args:
        flow: Written texts in reading order; each token lines up at most once.
        floating: Written texts that may appear anywhere and repeatedly (headers, footers, notes).
        keep: The keep-list phrases, to mark where the written text holds them (``KEEP_PHRASE``).
    """

    def __init__(self, flow: Sequence[Written], floating: Sequence[Written] = (), keep: FormMatcher | None = None
                 ) -> None:
        self._main = _source(flow, keep)
        self._floats = [_source([w], keep) for w in floating]
        self._main_index = _anchors(self._main.toks)
        self._float_index: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        for k, src in enumerate(self._floats):
            for gram, positions in _anchors(src.toks).items():
                self._float_index.setdefault(gram, []).extend((k, p) for p in positions)

    def align(self, text: str, toks: list[tuple[int, int, str]] | None = None) -> Alignment:
        """States of every character of ``text`` (a fresh pass: nothing of the flow used yet)."""
        # (a list's bullet glyphs are laid out, not written: they line up with nothing and break no anchor)
        out = [t for t in (tokens(text) if toks is None else toks) if not _list_mark(t[2])]
        words = [t for _, _, t in out]
        main = self._main
        used = bytearray(len(main.toks))
        states = bytearray([PLAIN]) * len(text)  # whitespace between tokens holds nothing to check
        src: _Source | None = main  # the flow starts at its beginning
        pos = 0
        resume = 0  # where the main flow is expected to continue
        for i, (start, end, tok) in enumerate(out):
            if src is not None and pos < len(src.toks) and src.toks[pos] == tok and (src is not main or not used[pos]):
                flag = src.flags[pos]
            elif src is not None and (n := _run_together(src, pos, tok, end - start, used if src is main else None)):
                # cells the layout's text runs together ("2020" and "LA1" read back as "2020LA1"): each part
                # lines up with its own written token
                at = start
                for k in range(pos, pos + n):
                    states[at:at + len(src.toks[k])] = bytes([src.flags[k]]) * len(src.toks[k])
                    at += len(src.toks[k])
                    if src is main:
                        used[k] = 1
                        resume = k + 1
                pos += n
                continue
            else:
                found = self._resync(words, i, used, resume)
                if found is None:
                    src = None
                    states[start:end] = bytes(end - start)  # UNEXPECTED
                    continue
                src, pos = found
                flag = src.flags[pos]
            if src is main:
                used[pos] = 1
                resume = pos + 1
            states[start:end] = bytes([flag]) * (end - start)
            pos += 1
        plain = [u for u, f, c in zip(used, main.flags, main.counted, strict=True) if f in (PLAIN, KEEP_PHRASE) and c]
        return Alignment(states, sum(plain), len(plain))

    def _resync(self, words: list[str], i: int, used: bytearray, resume: int) -> tuple[_Source, int] | None:
        gram = tuple(words[i:i + ANCHOR])
        if len(gram) < ANCHOR:
            return None
        best: _Candidate | None = None
        positions = self._main_index.get(gram, [])
        at = bisect.bisect_left(positions, resume)
        ahead = [q for q in positions[at:at + 4 * _CANDIDATES] if not used[q]][:_CANDIDATES]
        behind = [q for q in reversed(positions[max(0, at - 4 * _CANDIDATES):at]) if not used[q]][:_CANDIDATES]
        for rank, q in enumerate(ahead):
            # Just ahead of where the flow left off is where it goes on (text repeats further on).
            near = q - resume <= _NEAR
            best = _better(best, self._run(words, i, self._main, q, used), near, -rank, self._main, q)
        for q in behind:
            best = _better(best, self._run(words, i, self._main, q, used), False, -2 * _CANDIDATES, self._main, q)
        for k, q in self._float_index.get(gram, [])[:4 * _CANDIDATES]:
            src = self._floats[k]
            best = _better(best, self._run(words, i, src, q, None), False, -_CANDIDATES, src, q)
        return None if best is None else (best[3], best[4])

    @staticmethod
    def _run(words: list[str], i: int, src: _Source, q: int, used: bytearray | None) -> int:
        n = 0
        limit = min(_RUN_CAP, len(words) - i, len(src.toks) - q)
        while n < limit and words[i + n] == src.toks[q + n] and (used is None or not used[q + n]):
            n += 1
        return n


def _run_together(src: _Source, pos: int, tok: str, length: int, used: bytearray | None) -> int:
    """How many written tokens from ``pos`` on (two or three) make up the token read back, ``tok`` (of ``length``
    characters, as many as its parts): 0 where none do."""
    for n in (2, 3):
        parts = src.toks[pos:pos + n]
        if len(parts) == n and "".join(parts) == tok and sum(map(len, parts)) == length \
                and (used is None or not any(used[pos:pos + n])):
            return n
    return 0


_Candidate = tuple[bool, int, int, _Source, int]  # (near, run, preference, source, position)


def _better(best: _Candidate | None, run: int, near: bool, preference: int, src: _Source, q: int) -> _Candidate | None:
    if run < ANCHOR:
        return best
    run = min(run, _SURE)
    if best is None or (near, run, preference) > best[:3]:
        return (near, run, preference, src, q)
    return best
