"""Hiding places: text kept in a file that no one reads on its pages (outline titles, metadata, annotations).

On a page, a one-word form that the draft also uses as an ordinary word ("AS", someone's initials,
and the word "as"; "Will" and "will") is matched only as written, so the word stands and the reader
sees which is which. Nobody reads a bookmark or a document property that way: there every replaced
form counts whatever its case. An outline entry that still holds one is dropped (its heading stands
on its page) and a title is cleared; the verifier looks in those places the same way
(``Place.hidden``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Final

from recognizers.dates import is_month_of_date
from redactor.forms import FormMatcher, tokens
from redactor.plan import Plan

# Segment kinds that are hiding places (see ``redactor.types.SegmentKind``).
HIDING_KINDS: Final = frozenset({"metadata", "annotation", "bookmark", "form_field", "embedded_file"})
_MASK = "\x00"  # token text standing for a pseudonym's token: no form contains it


class HidingPlaces:
    """Whether a text for a hiding place still holds a replaced form, in any case.

    Args:
        forms: Every replaced form.
        written: Every text the export writes in place of a form (pseudonyms): masked, never a form.
    """

    def __init__(self, forms: Iterable[str], written: Iterable[str]) -> None:
        self._forms = FormMatcher(((f, "form") for f in forms), any_case=True)
        self._written = FormMatcher((w, "written") for w in written if w.strip())

    @classmethod
    def of(cls, plan: Plan) -> HidingPlaces:
        """The check for one export: the plan's replaced forms and the replacements it writes."""
        return cls(plan.replaced_forms(), {r.replacement for r in plan.replacements})

    def holds_form(self, text: str) -> bool:
        """Whether ``text``, its pseudonyms masked, holds a replaced form whatever its case."""
        if not self._forms or not text.strip():
            return False
        toks = tokens(text)
        masked = [False] * len(toks)
        starts = [a for a, _, _ in toks]
        for hit in self._written.finditer(text, toks, overlapping=True):
            for i in range(starts.index(hit.start), len(toks)):
                if toks[i][0] >= hit.end:
                    break
                masked[i] = True
        shown = [(a, b, _MASK if m else t) for (a, b, t), m in zip(toks, masked, strict=True)]
        return any(not is_month_of_date(text, hit.start, hit.end) for hit in self._forms.finditer(text, shown))


def outline_without(toc: Sequence[list[object]], drop: Callable[[str], bool]) -> list[list[object]]:
    """A PDF outline (``get_toc`` entries: level, title, page, …) without the entries ``drop`` picks.

    An entry under a dropped one moves up as far as it must, so every level stays at most one below
    the entry before it (and the first is at level 1), as a PDF outline requires.
    """
    out: list[list[object]] = []
    for entry in toc:
        if drop(str(entry[1])):
            continue
        level = int(str(entry[0]))
        top = int(str(out[-1][0])) + 1 if out else 1
        out.append([min(level, top), *entry[1:]])
    return out
