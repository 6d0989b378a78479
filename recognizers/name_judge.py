"""Decide whether a cleaned NER span is plausibly an identifying name (placeholder until gazetteers land)."""

from __future__ import annotations


def plausible_name(span: str, entity: str, text: str, start: int) -> bool:
    """Accept every span (to be replaced by gazetteer and vocabulary checks)."""
    return True
