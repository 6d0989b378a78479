"""Children whose deaths were the subject of a national inquiry or review are public names; their first names
alone only where the draft writes the full name and gives no one else that first name."""

from __future__ import annotations

import pytest

from recognizers.national_cases import national_case_names


@pytest.mark.parametrize("text, expected", [
    ("the national review into the murders of Arthur Labinjo-Hughes and Star Hobson. As in the cases of Arthur and "
     "Star, the concerns of a grandparent were not heard.",
     ["Arthur Labinjo-Hughes", "Star Hobson", "Arthur", "Star"]),
    ("The report of the Victoria Climbi\u00e9 Inquiry found",
     ["Victoria Climbi\u00e9", "Climbi\u00e9 Inquiry", "Victoria"]),
    ("THE MURDERS OF ARTHUR LABINJO-HUGHES AND STAR HOBSON",
     ["Arthur Labinjo-Hughes", "Star Hobson", "Arthur", "Star"]),
    ("As in the Peter Connelly case (Baby P), a man was unassessed.", ["Baby P"]),  # a common name: not listed
    # a hyphened surname written spaced, as the press wrote it
    ("Arthur Labinjo Hughes: the boy's family", ["Arthur Labinjo-Hughes", "Arthur Labinjo Hughes", "Arthur"]),
    # the national training named for a young man
    ("Staff had completed the Oliver McGowan Mandatory Training.", ["Oliver McGowan", "Oliver"]),
    # children who died in custody, named in national reports on restraint
    ("Since the deaths of Gareth Myatt and Adam Rickwood in 2004, pain-inducing restraint has been questioned.",
     ["Gareth Myatt", "Adam Rickwood", "Gareth", "Adam"]),
    # a first name the draft also gives someone else is theirs: never kept
    ("Arthur Smith, the subject of this review, was 6. The review into Arthur Labinjo-Hughes found",
     ["Arthur Labinjo-Hughes"]),
    # no national case named whole: nothing, whatever first names stand alone
    ("Arthur and Star went to school.", []), ("Daniel Pelkason was there.", []),
])
def test_national_case_names(text: str, expected: list[str]) -> None:
    assert national_case_names([text]) == expected
