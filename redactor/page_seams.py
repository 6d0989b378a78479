"""Text that runs over a PDF page break, joined for analysis.

A PDF draft is analysed page by page, so a name the page break splits ("… spoke to Maisie" at the
foot of one page, the running footer and the next page's running header, then "Kowalczyk about
…") reaches the recognisers as two lone words. Here each page's body is told apart from its running
header and footer (lines repeated at the top or foot of the pages, page numbers), and where a
sentence runs on over the break with a capitalised word (or a number) on each side, the end of one
page's body and the start of the next are joined into one small text: a *seam*. A finding that
crosses a seam's joint is mapped back to its two parts, one on each page.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from recognizers import gazetteer as gz
from recognizers.catalogue import SOCIAL_HANDLE, URL
from recognizers.public import is_public_url
from recognizers.titles import DOCTOR, PERSONAL, POLICE_RANKS, PROFESSOR, titles
from redactor.document import SUPERSCRIPT_DIGITS, Segment

EDGE_LINES = 3  # running headers and footers are among a page's first or last lines
REACH = 200  # characters of each page that a seam holds at most
ROW_HEAD = 120  # characters: a table's header row repeated on each page is at most this long
PROSE_WORDS = 6  # a sentence running on shows an ordinary lower-case word this soon after the break
_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)\]]*\s+")
_CLOSED = ".!?:;"
_ENDS = ".!?;"  # a label's colon ends no sentence: its value may start the next page ("snapchat:" | "kris.m7")
_PAGE_NUMBER = re.compile(r"(?:page\s*)?#(?:\s*(?:of|/)\s*#)?|[-\u2013\u2014]\s*#\s*[-\u2013\u2014]")
_WORD = re.compile(r"[^\W_][\w'\u2019.-]*")
_ENDS_IN_PAGE = re.compile(rf"(?:^|\s)(?:{_PAGE_NUMBER.pattern})$")  # a cell ending "Page 3 of 34", "3", "- 3 -"
_CONNECTORS = frozenset({"of", "and", "upon", "on", "le", "de", "under", "&"})  # words within a name
_TITLES = frozenset(titles(PERSONAL, DOCTOR, PROFESSOR, POLICE_RANKS))
# A house's number alone ("80", "12a"): it ends a page before its street, and names nothing by itself.
HOUSE_NUMBER: Final = re.compile(r"\d{1,4}[A-Za-z]?")


@dataclass(frozen=True, slots=True)
class Part:
    """The piece of a seam finding on one page."""

    segment_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Seam:
    """The end of one page's body and the start of the next, joined by one space.

    Attributes:
        text: ``tail + " " + head``.
        left: The page the tail ends (segment id) and where the tail starts in it.
        right: The page the head starts and where the head starts in it.
        joint: Offset of the joining space in ``text``.
    """

    text: str
    left: tuple[str, int]
    right: tuple[str, int]
    joint: int

    def crosses(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` has words on both sides of the joint."""
        return start < self.joint and end > self.joint + 1

    def parts(self, start: int, end: int) -> tuple[Part, Part]:
        """The two pieces of ``text[start:end]`` (which crosses the joint), in their pages' offsets."""
        (left_id, left_at), (right_id, right_at) = self.left, self.right
        return (Part(left_id, left_at + start, left_at + self.joint),
                Part(right_id, right_at, right_at + end - self.joint - 1))


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank line of ``text``, whitespace trimmed."""
    out = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            at = pos + line.index(stripped[0])
            out.append((at, at + len(stripped)))
        pos += len(line) + 1
    return out


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).casefold()


def _last_cell(line: str) -> str:
    """A table line's last cell as written, numbers and all, marked apart from whole lines' keys ("" for a
    line with no tab)."""
    tab = line.rfind("\t")
    return "\t" + " ".join(line[tab + 1:].split()) if tab >= 0 else ""


def body_spans(pages: Sequence[Segment]) -> list[tuple[int, int]]:
    """Per page, ``(start, end)`` of its body: the text between its running header and its footer.

    A running line is one of a page's first (or last) ``EDGE_LINES`` lines that, numbers aside,
    stands among the first (or last) lines of another page too, or a bare page number. A table's line
    (cells split by tabs) must also end in the same last cell, or in a page number: a table's header row
    repeated with a row's cell continued on its line ("… Event 7848680/15).") is the row's text, even where
    two pages continue the same words, as long as as many pages show the header row's last cell alone.

    The analysis, its seams and the grouping each ask for a draft's bodies: they depend on the pages' texts
    alone, and are kept for the last few drafts' pages.
    """
    return list(_body_spans(tuple(p.text for p in pages)))


@lru_cache(maxsize=4)
def _body_spans(pages: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """:func:`body_spans` of the pages' texts."""
    lines = [_lines(text) for text in pages]
    tops: Counter[str] = Counter()
    feet: Counter[str] = Counter()
    for page, spans in zip(pages, lines, strict=True):
        for seen, edge in ((tops, spans[:EDGE_LINES]), (feet, spans[-EDGE_LINES:])):
            texts = [page[a:b] for a, b in edge]
            seen.update({_key(t) for t in texts} | ({_last_cell(t) for t in texts} - {""}))
    out = []
    for page, spans in zip(pages, lines, strict=True):
        def running(n: int, seen: Counter[str], spans: list[tuple[int, int]] = spans, page: str = page) -> bool:
            line = page[spans[n][0]:spans[n][1]]
            key = _key(line)
            if _PAGE_NUMBER.fullmatch(key) is not None:
                return True
            cell = _last_cell(line)
            if not cell:
                return seen[key] >= 2
            # (the header row's last cell alone, on as many pages, shows the rest of this one a row's)
            head = cell.split(" ", 1)[0]
            return seen[key] >= 2 and (_ENDS_IN_PAGE.search(_key(cell)) is not None
                                       or (seen[cell] >= 2 and not (head != cell and seen[head] >= seen[cell])))

        first, last = 0, len(spans)
        while first < min(last, EDGE_LINES) and running(first, tops):
            first += 1
        while last > max(first, len(spans) - EDGE_LINES) and running(last - 1, feet):
            last -= 1
        out.append((spans[first][0], spans[last - 1][1]) if first < last else (0, 0))
    return tuple(_past_table_heads(pages, out, lines))


def _past_table_heads(pages: Sequence[str], spans: list[tuple[int, int]],
                      lines: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Bodies that start with a table's header row repeated on another page start after it.

    A table running over pages repeats its header row ("#  Date  Agency  Event") before the rows
    go on, in the same line of text as the row it continues. ``pages`` are the pages' texts, ``lines`` each
    page's lines (:func:`_lines`).
    """
    heads = [_row_heads(p, a, b) for p, (a, b) in zip(pages, spans, strict=True)]
    seen = Counter(key for page_heads in heads for key in {k for k, _ in page_heads})
    # (the header row stripped as a running line on other pages counts too: it is what most pages repeat)
    seen.update(key for p, (a, _), page_lines in zip(pages, spans, lines, strict=True)
                for key in {k for start, end in page_lines[:EDGE_LINES] if end <= a
                            for k, _ in _row_heads(p, start, end + 1)})
    out = []
    for (a, b), page_heads, page in zip(spans, heads, pages, strict=True):
        repeated = [(seen[key], end) for key, end in page_heads if seen[key] >= 2]
        if repeated:
            # The header row is what most pages repeat: a longer start two pages share is the rows they
            # continue ("Event Ortansa was seen", "Event Ortansa to the practice").
            most = max(count for count, _ in repeated)
            a = max(end for count, end in repeated if count == most)
            while a < b and page[a].isspace():
                a += 1
        out.append((a, b))
    return out


def _row_heads(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The beginnings of ``text[start:end]`` that could be a table's header row: two or more cells
    (a tab inside), short, ending before whitespace; as (key, end)."""
    stop = min(end, start + ROW_HEAD)
    tab = text.find("\t", start, stop)
    if tab < 0:
        return []
    return [(_key(text[start:p]), p) for p in range(tab + 1, stop)
            if text[p].isspace() and not text[p - 1].isspace()]


def seams(pages: Sequence[Segment]) -> list[Seam]:
    """Seams between consecutive pages where a sentence, and perhaps a name, runs over the break.

    Only where the first page's body does not end a sentence, the words either side of the break
    could belong to one name or number (both capitalised, or both holding digits), and both sides
    read as prose (an ordinary lower-case word before the break, or a table row's last cell, and a
    lower-case word soon after it, or the sentence ending soon after it).
    """
    return _joins(pages, names=True)


def context_seams(pages: Sequence[Segment]) -> list[Seam]:
    """Seams wherever a sentence runs on over a page break, whatever the words either side.

    A value's label may end one page and the value start the next ("the car's registration" |
    footer, header | "was K123 ABC"): the value read with the end of the page before has its label.
    """
    return _joins(pages, names=False)


def _joins(pages: Sequence[Segment], names: bool) -> list[Seam]:
    out = []
    spans = body_spans(pages)
    for n in range(len(pages) - 1):
        (a0, a1), (b0, b1) = spans[n], spans[n + 1]
        left, right = pages[n].text, pages[n + 1].text
        a1 = _before_footnotes(left, a0, a1)
        if a0 == a1 or b0 == b1 or left[a1 - 1] in (_CLOSED if names else _ENDS) \
                or not _consecutive(pages[n], pages[n + 1]):
            continue
        line_start = left.rfind("\n", a0, a1) + 1 or a0
        tail_from = max(line_start, a1 - REACH)
        ends = [m.end() for m in _SENTENCE_END.finditer(left, tail_from, a1)]
        tail_from = ends[-1] if ends else _word_start(left, tail_from, a1)
        line_end = right.find("\n", b0, b1)
        head_to = min(b1 if line_end < 0 else line_end, b0 + REACH)
        end = _SENTENCE_END.search(right, b0, head_to)
        head_to = end.end() if end else _word_end(right, b0, head_to)
        # In a table whose row runs over the break, the row's last cell goes on after its other cells.
        cell = left.rfind("\t", tail_from, a1)
        tail_from = max(tail_from, cell + 1)
        b0 = max(b0, right.rfind("\t", b0, head_to) + 1)
        tail, head = left[tail_from:a1].rstrip(), right[b0:head_to].rstrip()
        before, after = _WORD.findall(tail), _WORD.findall(head)
        if not before or not after:
            continue
        if not names:
            if _prose(before):
                out.append(Seam(f"{tail} {head}", (pages[n].id, tail_from), (pages[n + 1].id, b0), len(tail)))
            continue
        if not _may_continue(before[-2:], after[:2]):
            continue
        # A heading, a title-page line or a table's labels: nothing runs over here. A row's last cell that
        # the break cuts may hold no lower-case word yet ("In February 2014, Maisie").
        # The next page's words are prose where a lower-case word follows soon, or where the words after the
        # break end the sentence ("… staying with Ms" | "Black. The family …"): a heading ends in no full stop.
        closes = end is not None or head.endswith((".", "!", "?"))
        # A title alone at the foot of the page opens a sentence the next page goes on with ("… to the hand. Mr" |
        # "Bradshaw-Bennett had hit …"): a title never ends a sentence or a heading.
        titled = len(before) == 1 and before[0].rstrip(".") in _TITLES
        if not ((_prose(before[:-1]) or cell >= 0 or titled) and (_prose(after[1:PROSE_WORDS]) or (
                closes and (_prose(before[:-1]) or titled)))):
            continue
        out.append(Seam(f"{tail} {head}", (pages[n].id, tail_from), (pages[n + 1].id, b0), len(tail)))
    return out


_FOOTNOTE_LINE: Final = re.compile(r"(\d{1,3})[ \t]+\S")


def _before_footnotes(text: str, start: int, end: int) -> int:
    """Where a page's body ends before the footnotes at its foot: lines opening with the number of a raised
    footnote mark the page's text holds ("… account¹⁴ (snapchat: jean-" / "13 Relatives …" / "14 Her …")."""
    while True:
        line_start = text.rfind("\n", start, end) + 1
        m = _FOOTNOTE_LINE.match(text, line_start, end)
        mark = m.group(1).translate(SUPERSCRIPT_DIGITS) if m is not None else None
        if line_start <= start or mark is None or mark not in text[start:line_start]:
            return end
        end = line_start - 1


def _consecutive(a: Segment, b: Segment) -> bool:
    return a.page is not None and b.page == a.page + 1


def _prose(words: list[str]) -> bool:
    """Whether ``words`` hold an ordinary lower-case word: a name's own connector ("Fire and Rescue") is none."""
    return any(w[:1].islower() and w not in _CONNECTORS for w in words)


def _may_continue(before: list[str], after: list[str]) -> bool:
    """Whether the words ending a page and those starting the next can be one name or number: capitalised
    words either side, perhaps with a name's lower-case connector at the break ("Isle" | "of Wight
    Constabulary", "University of" | "Quillbury"), a house number before a street's capitalised words, or digits
    either side."""
    last, first = before[-1], after[0]
    if last[:1].isupper() and first[:1].isupper():
        return True
    if last[:1].isupper() and first in _CONNECTORS and len(after) > 1 and after[1][:1].isupper():
        return True
    if last in _CONNECTORS and len(before) > 1 and before[-2][:1].isupper() and first[:1].isupper():
        return True
    if HOUSE_NUMBER.fullmatch(last) and first[:1].isupper() and len(after) > 1 and after[1][:1].isupper():
        return True  # a house number, then its street's words ("a visit to 80" | "Market Close, Shrewsbury")
    return any(c.isdigit() for c in last) and any(c.isdigit() for c in first)


def _word_start(text: str, start: int, end: int) -> int:
    """``start`` moved on to a word's beginning (a seam never starts mid-word)."""
    if start == 0 or text[start - 1].isspace():
        return start
    space = re.compile(r"\s").search(text, start, end)
    return space.end() if space else end


def _word_end(text: str, start: int, end: int) -> int:
    """``end`` moved back to a word's end."""
    if end >= len(text) or text[end].isspace():
        return end
    cut = max(text.rfind(" ", start, end), text.rfind("\t", start, end))
    return cut if cut > start else end


# A web address ending a page's body, its path cut by the break (a scheme, "www." or a host with a path; no
# closing punctuation), or a handle after its platform's name cut at a hyphen, stop or underscore ("snapchat: jean-");
# and the run of an address's characters opening the next page: what the break cut off.
_ADDRESS_ENDING: Final = re.compile(r"(?:https?://|www\.|[\w-]+(?:\.[\w-]+)+/)[^\s()<>\"']*[\w/=&#%~+-]\Z")
_HANDLE_ENDING: Final = re.compile(
    r"(?i:\b(?:snapchat|instagram|insta|tiktok|facebook|twitter|kik|discord|username|user[ ]?name|handle|gamertag)"
    r"[\w ]{0,12}?[:\s]\s*@?)[\w.]*[\w][-._]\Z")
_ADDRESS_REST: Final = re.compile(r"[\w/.=&#%~+-]+?(?=[.,;:!?)\]\"'\u2019\u201d]*(?:\s|\Z))")


def address_rest(seam: Seam) -> tuple[int, int, str] | None:
    """Where the rest of a web address or a handle the page break cuts stands on the next page (``seam.right``'s
    offsets) and its entity, or ``None``. The rest must be no ordinary word ("www.facebook.com/jane" | "explains
    …", "Snapchat for well-" | "being"): a digit, an underscore, a slash or a stop in it, or letters no dictionary
    holds; and a web address no public body's."""
    url = _ADDRESS_ENDING.search(seam.text, 0, seam.joint)
    ending = url or _HANDLE_ENDING.search(seam.text, 0, seam.joint)
    m = _ADDRESS_REST.match(seam.text, seam.joint + 1) if ending is not None else None
    if ending is None or m is None or (url is not None and is_public_url(ending.group() + m.group())):
        return None  # (a public body's address is kept whole: "www.gov.uk/guid" | "ance")
    if m.group().isalpha() and (gz.is_word_or_plural(m.group()) or m.group().casefold() in gz.FUNCTION_WORDS):
        return None
    offset = m.start() - seam.joint - 1
    return seam.right[1] + offset, seam.right[1] + offset + len(m.group()), URL if url is not None else SOCIAL_HANDLE
