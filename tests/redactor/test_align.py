"""Lining up text read back from an output with what was written: exact masks, whatever the layout."""

from __future__ import annotations

import pytest

from redactor.align import PLAIN, REPLACED, UNEXPECTED, Aligner
from redactor.forms import tokens
from redactor.written import Written, apply_replacements, join_written


def _masked(aligner: Aligner, text: str) -> list[str]:
    """The runs of ``text`` whose tokens line up with a written replacement."""
    states = aligner.align(text).states
    out: list[str] = []
    run: tuple[int, int] | None = None
    for start, end, _ in tokens(text):
        if states[start] == REPLACED:
            run = (run[0] if run else start, end)
        elif run:
            out.append(text[run[0]:run[1]])
            run = None
    return [*out, text[run[0]:run[1]]] if run else out


BODY = Written("The review concerns Police Force 4 and Child Q. Room 4 was searched by the police.", ((20, 34),
                                                                                                    (39, 46)))


@pytest.mark.parametrize("text, masked", [
    (BODY.text, ["Police Force 4", "Child Q"]),
    ("The review\nconcerns Police Force\n4 and Child Q. Room 4 was searched by the police.",
     ["Police Force\n4", "Child Q"]),
    ("1. The review concerns Police Force 4 and Child Q. Room 4 was searched by the police. Page 1",
     ["Police Force 4", "Child Q"]),
    # the pseudonym written once, read twice: only one of them is what was written
    ("The review concerns Police Force 4 and Child Q. Room 4 was searched by the police. Police Force 4 and Child Q",
     ["Police Force 4", "Child Q"]),
])
def test_replacements_are_masked_where_written_and_nowhere_else(text: str, masked: list[str]) -> None:
    assert _masked(Aligner([BODY]), text) == masked


def test_running_lines_line_up_every_time() -> None:
    header = Written("Police Force 4 – confidential draft", ((0, 14),))
    body = apply_replacements("Chloe went to school. " * 40, [])
    page = " ".join(body.text.split()[:40])
    text = "\n".join([header.text, page, header.text, " ".join(body.text.split()[40:]), header.text])
    aligner = Aligner([body], [header])
    assert _masked(aligner, text) == ["Police Force 4"] * 3
    assert aligner.align(text).coverage == 1.0


def test_reordered_rows_still_line_up() -> None:
    rows = [Written(f"Row {i} names Child {c} at home today", ((12, 19),)) for i, c in enumerate("ABCDEF")]
    text = "\n".join(r.text for r in [rows[1], rows[0], *rows[2:]])
    aligner = Aligner([join_written(rows)])
    assert _masked(aligner, text) == [f"Child {c}" for c in "BACDEF"]
    assert aligner.align(text).coverage > 0.95


def test_a_used_written_token_is_not_lined_up_twice() -> None:
    w = Written("alpha beta gamma delta Police Force 4 epsilon zeta", ((23, 37),))
    text = "alpha beta gamma delta Police Force 4 epsilon zeta Force 4 epsilon zeta"
    states = Aligner([w]).align(text).states
    tail = text.index("Force 4 epsilon zeta", 40)
    assert states[tail] == UNEXPECTED and states[tail + 6] == UNEXPECTED


def test_nothing_written_lines_up_with_nothing() -> None:
    result = Aligner([]).align("Chloe Hartley")
    assert result.coverage == 1.0 and set(result.states) == {UNEXPECTED, PLAIN}


@pytest.mark.parametrize("bullet", ["\uf0b7", "\u2022", "\u25aa", "\u25cf"])
def test_a_short_list_item_between_the_layouts_bullets_lines_up(bullet: str) -> None:
    """LibreOffice draws a Word list's bullets as glyphs ("\uf0b7" in the Symbol font) that no one wrote: items of
    one or two words between them must still line up, so a keep phrase there ("Kent Police") stands."""
    flow = [Written(t, ()) for t in ("The agencies were:", "the Local Authority Designated Officer", "Medway Council",
                                     "Kent Police", "School 1", "1.5 The purpose of the review")]
    flow[4] = Written("School 1", ((0, 8),))
    text = "".join(f"{bullet}\t{w.text}\n" if 0 < k < 5 else f"{w.text}\n" for k, w in enumerate(flow))
    states = Aligner(flow).align(text).states
    start = text.index("Kent Police")
    assert UNEXPECTED not in states[start:start + len("Kent Police")]
    assert UNEXPECTED not in states[text.index("Medway"):text.index("Medway") + 6]


def test_table_cells_the_output_reads_run_together_still_line_up() -> None:
    """A layout's text may run two cells together ("2020" | "LA1" read back as "2020LA1"): each part lines up with
    its own written token, and the replacement's part is masked."""
    w = Written("4\tAugust 2020\tLA1\tChild C enrolled at School 2 that week.", ((14, 17), (18, 25), (38, 46)))
    text = "4 August 2020LA1 Child C enrolled at School 2 that week."
    states = Aligner([w]).align(text).states
    joined = text.index("2020LA1")
    assert bytes(states[joined:joined + 4]) == bytes([PLAIN]) * 4
    assert bytes(states[joined + 4:joined + 7]) == bytes([REPLACED]) * 3
    assert _masked(Aligner([w]), text) == ["Child C", "School 2"]
