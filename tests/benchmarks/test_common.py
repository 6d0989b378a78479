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


def _words(needle: str, hay: str) -> int:
    import re

    return len(re.findall(rf"(?<!\w){re.escape(needle)}(?!\w)", hay))


def _truth(*values: tuple[str, str]) -> dict[str, object]:
    return {"entities": [{"id": f"E{i}", "action": action, "variants": [value]}
                         for i, (value, action) in enumerate(values)]}


def test_a_fragment_of_a_redacted_value_left_in_the_output_counts() -> None:
    from benchmarks.common import fragments_left

    truth = _truth(("instagram.com/robert_p47", "redact"), ("19 February 1957", "redact"))
    draft = "messages (instagram.com/robert_p47). He gave his details as 19 February 1957."
    out = "messages ([redacted] rt_p47). He gave his details as February 1957."
    assert fragments_left(truth, draft, out, _words) == [("rt_p47", 1)]  # (a year alone is the date policy's)
    assert fragments_left(truth, draft, "messages ([redacted]). He gave his details as [redacted].", _words) == []


def test_a_fragment_the_draft_also_writes_elsewhere_is_no_leak() -> None:
    from benchmarks.common import fragments_left

    truth = _truth(("1 December 1989", "redact"), ("March 2019", "pseudonymise"))
    draft = "Born 1 December 1989. Under the Children Act 1989, in March 2019 the case closed."
    out = "Born [redacted]. Under the Children Act 1989, in March 2019 the case closed."
    assert fragments_left(truth, draft, out, _words) == []  # the Act's year, and a date the review keeps
