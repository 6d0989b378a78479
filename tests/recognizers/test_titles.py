import re

from recognizers.titles import DOCTOR, PERSONAL, POLICE_RANKS, alternation, titles


def test_titles_keep_their_order_and_appear_once() -> None:
    assert titles(PERSONAL, DOCTOR, ("Mr",)) == ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr")


def test_the_longest_title_is_read_first() -> None:
    rx = re.compile(rf"\b{alternation(POLICE_RANKS)}\b")
    assert rx.match("DCI Jones").group() == "DCI"  # not "DC"
    assert rx.match("DS Jones").group() == "DS"
    assert rx.match("Drive") is None
