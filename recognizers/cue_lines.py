"""Search a long text only on the lines that hold a cue word: most of a draft's lines hold none, and a pattern
with many alternatives is tried at every character of them."""

from __future__ import annotations

import re
from collections.abc import Iterator


def on_cue_lines(pattern: re.Pattern[str], cue: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, searching only the lines that hold ``cue``.

    For a pattern whose every match lies on one line (it matches no line break; a line's ``^`` and ``$`` in
    multi-line mode are fine, as each line is searched from its start to its end) and holds a match of ``cue``:
    the lines without one hold no match, and the matches on the others are the same (searched line by line, a
    match starts no earlier than the whole text's search would start it).
    """
    done = -1
    for hit in cue.finditer(text):
        if hit.start() < done:
            continue  # on a line already searched
        start = text.rfind("\n", 0, hit.start()) + 1
        done = text.find("\n", hit.end())
        if done < 0:
            done = len(text)
        yield from pattern.finditer(text, start, done)
