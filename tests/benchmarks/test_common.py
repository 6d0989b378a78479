"""The benchmark helpers that need no corpus."""

from __future__ import annotations

from benchmarks.common import keep_in


def _count(needle: str, hay: str) -> int:
    return hay.count(needle)


def test_keep_counts_only_phrases_the_draft_itself_shows() -> None:
    draft = "Working Together www.gov.uk/government/publi- cations Ofsted Ofsted"
    keep = ["Working Together", "www.gov.uk/government/publications", "Ofsted", "Ofsted"]
    assert keep_in(keep, draft, "Working Together Ofsted Ofsted", _count) == 1.0
    assert keep_in(keep, draft, "LA1 Ofsted", _count) == 0.3333


def test_keep_is_whole_when_the_draft_shows_no_keep_phrase() -> None:
    assert keep_in(["Ofsted"], "nothing here", "", _count) == 1.0
