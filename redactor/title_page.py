"""Names on a Word draft's title page, read with the paragraphs around them.

A plain-text or PDF draft reaches the recognisers a page at a time, so the person recogniser sees a
title page whole: the review's subject on the line under "In respect of" or over "A Serious Case
Review". A Word draft reaches them a paragraph at a time, and its title page puts each line in a
paragraph of its own, so the name arrives alone, with nothing to say it is a name. Here the draft's
opening paragraphs are read joined, one line each, by the same rules; a name found wholly inside one
paragraph that its own findings do not already cover is added there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from recognizers.catalogue import PERSON
from recognizers.person_name_recognizer import find_person_names
from redactor.document import Document
from redactor.mention import Mention

TITLE_PAGE_CHARS: Final = 1500  # the opening paragraphs read joined: a title page, not the report
RECOGNIZER: Final = "PersonNameRecognizer"


def title_page_names(document: Document, mentions: Sequence[Mention]) -> list[Mention]:
    """Personal names a Word draft's title page gives, found only when its paragraphs are read together.

    Args:
        document: The loaded draft (only a draft of body paragraphs has any).
        mentions: What the recognisers found paragraph by paragraph.

    Returns:
        The further mentions, one per name, in the paragraph that holds it.
    """
    body = [s for s in document.segments if s.kind == "body"]
    if len(body) < 2:
        return []
    opening, at = [], 0
    for seg in body:
        if at + len(seg.text) > TITLE_PAGE_CHARS:
            break
        opening.append((seg, at))
        at += len(seg.text) + 1
    if len(opening) < 2:
        return []
    text = "\n".join(seg.text for seg, _ in opening)
    found = [(m.segment_id, m.start, m.end) for m in mentions if m.entity == PERSON]  # (a guess of another
    # kind, "OSWIN QUILLFEATHER" as an organisation, gives way to the rule's reading as in any text)
    alone: dict[str, list[tuple[int, int]]] = {}  # the names each paragraph gives alone, found once
    out = []
    for name in find_person_names(text):
        for seg, start in opening:
            a, b = name.start - start, name.end - start
            if a < 0 or b > len(seg.text):
                continue
            # A name the paragraph gives alone is the paragraph's own to find (or to have judged).
            if seg.id not in alone:
                alone[seg.id] = [(n.start, n.end) for n in find_person_names(seg.text)]
            if not any(x < b and a < y for x, y in alone[seg.id]) \
                    and not any(s == seg.id and x < b and a < y for s, x, y in found):
                out.append(Mention(seg.id, a, b, seg.text[a:b], PERSON, name.score, RECOGNIZER,
                                   f"{RECOGNIZER}; {name.reason}; read with the title page's other paragraphs"))
            break
    return out
