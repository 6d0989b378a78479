"""Which day-precise dates are about the review itself (its own date, meetings, versions), which it keeps.

A published review generalises the dates of the family's life to month and year, but it keeps the dates
of its own making: the report's date on its title page ("10th October 2018" under the board's name,
"Report date: 11.10.15", "Date of publication", a date under the author's credit), its versions ("Final
version 12.05.2019") and the meetings, deadlines and reporting periods of the review process (approved or
endorsed by the board; the board or the review as what the sentence goes on about). The judgement is made
from the words around a date and from where it stands, never from the date itself; a date is about the
review only when every mention of it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Final, Protocol

# Words shortly before a date, on its line and in its sentence, that make it a date of the review process
# (a panel meeting, a reporting period, a deadline, the report's own date). "Review" and "report" count
# only as this document ("this review", "the overview report", "report date"): a looked after review or a
# report to the police is the child's. A meeting counts unless it is one of the child's own (strategy,
# core group, child protection …).
_PROCESS_WORD: Final = re.compile(
    r"\b(?:(?P<meeting>meetings?)|(?:panel|board|group|partnership|team)\s+met|(?P<panel>panel)|board|circulated|"
    r"published|"
    r"publication|(?P<comment>comments?)|deadline|evaluations?|period|(?P<signed>signed)"
    r"|(?:public|formal|family|families['\u2019]?|draft|report|review)\s+consultation|endorsed|ratified"
    r"|(?-i:[A-Z]{0,6}SC[BP])"  # the board by its acronym ("LSCB", "IOWSCB", "LSCP")
    r"|(?:this|our|the)\s+(?:(?:serious\s+case|child\s+safeguarding\s+practice|safeguarding\s+practice|practice|"
    r"learning|rapid|local|overview|final|draft|executive)\s+)*(?:reviews?|reports?|summary)"
    r"|(?:review|report|version|draft|document|(?-i:SCR|CSPR|LCSPR))\s+(?:date|dated|published|finalised|finalized|signed|circulated|submitted|presented|completed"
    r"|approved))\b",
    re.IGNORECASE,
)
_CHILDS_MEETING: Final = re.compile(
    r"\b(?:strategy|core\s+group|professionals['’]?|network|family|TAF|TAC|team\s+around\s+the\s+(?:family|child)|"
    r"discharge|planning|child\s+protection|CP|safety|MARAC|MAPPA|CIN|child\s+in\s+need|LAC|CLA|looked\s+after|"
    r"placement|pathway|transition|school|health|multi[\s-]agency|safeguarding|case)\s*$",
    re.IGNORECASE,
)
# What the family or a practitioner signs ("safety plan", "tenancy agreement"), right before "signed" (perhaps with
# "was" or "were" between): no report's signing.
_FAMILYS_PAPER: Final = re.compile(r"\b(?:plan|agreement|contract|consent|form|declaration|statement|tenancy|lease)"
                                   r"(?:\s+(?:was|were|had\s+been|has\s+been))?\s*$", re.IGNORECASE)
# A panel that decides about the child, named right before "panel": no review's panel.
_CHILDS_PANEL: Final = re.compile(r"\b(?:disposal|court|fostering|adoption|resource|resources|channel|access|"
                                  r"allocation|admissions?|exclusions?|MACE|MARAC|risk|placement|permanence|"
                                  r"complex\s+case|housing|funding|education|SEND|EHCP)\s*$", re.IGNORECASE)
_SOMEONES: Final = re.compile(r"['\u2019]s?\s*$")
# A process word the words right before make the family's, by the word's group in ``_PROCESS_WORD``: a meeting or a
# panel of the child's ("strategy meeting", "the fostering panel"), someone's comment ("Stefan's comment on …") and
# the family's paper signed ("The safety plan signed on …").
_THE_FAMILYS: Final = {"meeting": _CHILDS_MEETING, "panel": _CHILDS_PANEL, "comment": _SOMEONES,
                       "signed": _FAMILYS_PAPER}
MAX_GAP_CHARS: Final = 80
# Right before the date: the document's version ("Final version 12.05.2019", "Draft 3 –", "Last updated:"),
# or a deadline ("by", "by the"; in lower case, as a deadline is written inside its sentence).
_RIGHT_BEFORE: Final = re.compile(
    r"\b(?:final|version|draft|last\s+(?:updated|revised|amended))\b[ \t\d.:,()–-]*$"
    r"|\b(?-i:v)\.?[ \t]?\d+(?:\.\d+)*[ \t.:,()–-]*$"  # "v2", "v.3": a version, not "Child V ("
    r"|\b(?-i:by)\s*(?:the\s*)?$",  # ("By" opening a sentence tells the story's time: "By 2 May 2016, they had")
    re.IGNORECASE,
)
CONTEXT_CHARS: Final = 100

# On a title page, what may stand on a line with the report's date: nothing, or a date label, or a weekday.
_TITLE_LABEL: Final = re.compile(
    r"[ \t]*(?:(?:(?:report|publication|review)[ \t]+)?dated?(?:[ \t]+of[ \t]+(?:publication|report|issue))?"
    r"|published|issued|final(?:[ \t]+version)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[ \t]*[:,–-]?[ \t]*",
    re.IGNORECASE,
)
# After the date: punctuation, or a bracketed note ("(revised for publication …)").
_LINE_END: Final = re.compile(r"[ \t.,;)]*(?:\(.*)?")
# The report's credit: its author, or the board it was presented to. The report's date stands under it (or
# after it on its line, behind a date label).
_CREDIT: Final = re.compile(
    r"\b(?:author|report[ \t]+writer|(?:independent|lead|overview)[ \t]+reviewer|(?:report|prepared|written|"
    r"compiled)[ \t]+by|(?:presented|submitted)[ \t]+to)\b",
    re.IGNORECASE,
)
_CREDIT_ON_LINE: Final = re.compile(r"(?P<credit>.*)\bdate[ \t]*[:–-][ \t]*", re.IGNORECASE)
CREDIT_LINES: Final = 3  # how many lines (not blank) above the date the credit may stand
# A title page names what the document is; its text has not begun.
_REPORT_WORD: Final = re.compile(
    r"\b(?:reviews?|reports?|summary|briefing|overview|SCR|CSPR|LCSPR|SCPR|SAR|DHR)\b", re.IGNORECASE)
_NOT_TITLE: Final = re.compile(r"\b(?:chronolog\w*|timeline|key\s+events|contents|introduction)\b", re.IGNORECASE)
TITLE_PAGE_CHARS: Final = 1500
PROSE_WORDS: Final = 12  # a line this long is running text: the title page has ended


class DateMention(Protocol):
    """Where one mention of a date stands."""

    @property
    def segment_id(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


# Shortly after the date, in its sentence: the board or the review as the sentence's subject or object
# ("On 23/3/10 the Board's panel decided", "On 4 May 2008 Ofsted deemed the SCR inadequate").
_PROCESS_AFTER: Final = re.compile(
    r"[^.\n]{0,60}?(?:\bsafeguarding\s+(?:children\s+)?(?:board|partnership)\b|(?-i:\b[A-Z]{0,6}SC[BP]\b)"
    r"|(?-i:\bSCR\b)|\b(?<!\bin\s)(?<!\bof\s)(?<!\bfor\s)(?:this|the)\s+(?:serious\s+case\s+|practice\s+)?review\b)",
    re.IGNORECASE,
)


# Between the review's words and the date: a clause about the child's life ("This review concerns Child R, who died
# on …"), whose date it is.
_LIFE_EVENT: Final = re.compile(r"\b(?:who|whose|died|born|birth|killed|injured|harmed|admitted|assaulted|found"
                                # ... or what an agency told the review it did ("it received a self-referral on …")
                                r"|received|(?:self-)?referral|referred|disclosed|visited|arrested|discharged)\b",
                                re.IGNORECASE)


def _in_process_context(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - CONTEXT_CHARS): start]
    if _RIGHT_BEFORE.search(window) or _PROCESS_AFTER.match(text, end):
        return True
    for word in _PROCESS_WORD.finditer(window):
        gap = window[word.end():]
        if len(gap) > MAX_GAP_CHARS or "." in gap or "\n" in gap or _LIFE_EVENT.search(gap):
            continue
        if any(word.group(name) and before.search(window, 0, word.start()) for name, before in _THE_FAMILYS.items()):
            continue
        return True
    return False


def _on_title_page(m: DateMention, texts: Mapping[str, str]) -> bool:
    """Whether a date stands alone on its line (or after a date label) on the report's title page.

    The title page is the document's opening, before any running text (a line of twelve words or more),
    contents, introduction or chronology, and it names the document (a review, report, summary …).
    """
    text = texts[m.segment_id]
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line_end = len(text) if line_end == -1 else line_end
    if not _TITLE_LABEL.fullmatch(text, line_start, m.start) or not _LINE_END.fullmatch(text, m.end, line_end):
        return False
    before: list[str] = []
    length = line_start
    for segment_id, segment_text in texts.items():
        if segment_id == m.segment_id:
            break
        length += len(segment_text) + 1
        if length > TITLE_PAGE_CHARS:
            return False
        before.append(segment_text)
    prefix = "\n".join([*before, text[:line_start]])
    if length > TITLE_PAGE_CHARS or _NOT_TITLE.search(prefix) or not _REPORT_WORD.search(prefix):
        return False
    return all(len(line.split()) < PROSE_WORDS for line in prefix.splitlines() if "\t" not in line)


def _lines_before(m: DateMention, texts: Mapping[str, str], count: int) -> list[str]:
    """The ``count`` lines that are not blank above the date's line, nearest first, across segments."""
    lines: list[str] = []
    ids = list(texts)
    at = ids.index(m.segment_id)
    text = texts[m.segment_id][: texts[m.segment_id].rfind("\n", 0, m.start) + 1]
    while len(lines) < count:
        lines += [line for line in reversed(text.splitlines()) if line.strip()][: count - len(lines)]
        at -= 1
        if at < 0:
            break
        text = texts[ids[at]]
    return lines


def _under_credit(m: DateMention, texts: Mapping[str, str]) -> bool:
    """Whether a date alone on its line (or after a date label) stands under the report's credit ("Report by",
    "Independent Overview Report Writer", "Presented to the Board … on"), or after it on its line."""
    text = texts[m.segment_id]
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    if not _LINE_END.fullmatch(text, m.end, len(text) if line_end == -1 else line_end):
        return False
    on_line = _CREDIT_ON_LINE.fullmatch(text, line_start, m.start)
    if on_line and _CREDIT.search(on_line["credit"]):
        return True
    if not _TITLE_LABEL.fullmatch(text, line_start, m.start):
        return False
    return any(_CREDIT.search(line) for line in _lines_before(m, texts, CREDIT_LINES))


def about_the_review(mentions: Iterable[DateMention], texts: Mapping[str, str]) -> bool:
    """Whether every mention of a date is about the review itself: after process words, or the report's date.

    Args:
        mentions: Where the date is written.
        texts: Every segment's text, in document order (body first).

    Returns:
        True when the date should be kept as written.
    """
    return all(_in_process_context(texts[m.segment_id], m.start, m.end) or _on_title_page(m, texts)
               or _under_credit(m, texts) for m in mentions)
