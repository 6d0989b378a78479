"""The publishing board's area, its councils and its police force are public; so are people named with a
public role in the draft's own text (not in its metadata)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from recognizers.keep import board_area_names, default_keep_phrases, public_names, public_people_in


@pytest.mark.parametrize("text, area", [
    ("Medway Safeguarding Children Partnership", "Medway"),
    ("Torbay Children's Safeguarding Partnership", "Torbay"),
    # ... and adults' ("Adult Safeguarding Partnership Board")
    ("In 2017 the Staffordshire and Stoke-on-Trent Adult Safeguarding Partnership Board (SSASPB) received",
     "Stoke-on-Trent"),
    ("the Wiltshire Adults Safeguarding Board met", "Wiltshire"),
    ("the Staffordshire and Stoke-on-Trent Adult Safeguarding Partnership Board", "Stoke on Trent"),
    # a board's name in capitals with its council's kind ("ROCHDALE BOROUGH"): the area as its council names it
    ("ROCHDALE BOROUGH SAFEGUARDING CHILDREN PARTNERSHIP\n", "Rochdale Borough Council"),
    ("ROCHDALE BOROUGH SAFEGUARDING CHILDREN PARTNERSHIP\n", "GMP"),  # its force, by its initials too
    # a partnership for the area's vulnerable people, or its children's safeguarding assurance partnership
    ("Wiltshire Safeguarding Vulnerable People Partnership", "Wiltshire Council"),
    ("Pan-Lancashire Children's Safeguarding Assurance Partnership", "Lancashire Constabulary"),
    ("The Role of Kirklees Safeguarding Board in the review", "Kirklees"),
    ("presented to the Wigan Children Board in May", "Wigan"),
    ("Rutland LSCB", "Rutland"),
    ("the Halton SCP", "Halton"),
    # a partnership for the area's people, or its adults and children ("Safeguarding People Partnership")
    ("Dudley Safeguarding People Partnership are undertaking", "Dudley"),
    ("the Bexley Safeguarding Adults and Children Partnership", "Bexley"),
    # a partnership named for the area's children (and families), and its statutory arrangements
    ("This guidance provides Rutland Children Partnership Multi-Agency Safeguarding Arrangements with", "Rutland"),
    ("the Torbay Children and Families Partnership published it", "Torbay"),
    ("the Torbay Children's Partnership published it", "Torbay"),
    ("under the Medway Multi-Agency Safeguarding Arrangements", "Medway"),
    # the area's child death overview panel is a statutory partnership body too
    ("notified the Pan-Lancashire Child Death Overview Panel", "Pan-Lancashire Child Death Overview Panel"),
    ("reported to the Medway CDOP in May", "Medway"),
    # a local child safeguarding practice review is the area's own, by the statute that defines it
    ("The Leicester, Leicestershire and Rutland Local Child Safeguarding Practice Reviews Framework", "Rutland"),
    ("The Leicester, Leicestershire and Rutland Local Child Safeguarding Practice Reviews Framework",
     "Leicestershire"),
    ("This Bradford Local Child Safeguarding Practice Review considers", "Bradford"),
    # Scotland's boards: the child (or adult, or public) protection committee and the chief officers' group
    ("Angus Child Protection Committee \u2013 \u201cIsabelle\u201d", "Angus"),
    ("chairwoman of the Perth and Kinross chief officers\u2019 group, said", "Perth and Kinross"),
    ("published by the Glasgow Joint Public Protection Committees of the", "Glasgow"),
    ("commissioned on behalf of the Angus Chief Officers Group for Public Protection", "Angus"),
    ("the Fife CPC published it", "Fife"),
    # a domestic homicide review's commissioning body: the area's community safety partnership
    ("North East Lincolnshire Community Safety Partnership published reviews", "North East Lincolnshire"),
    ("the Sefton Community Safety Partnership commissioned it", "Sefton"),
    # ... named for a safe city; a partnership that integrates the area's safeguarding
    ("SOUTHAMPTON SAFE CITY PARTNERSHIP\nDOMESTIC HOMICIDE REVIEW", "SOUTHAMPTON"),
    ("The Southampton Safe City Partnership commissioned this review.", "Southampton City Council"),
    ("Bury Integrated Safeguarding Partnership\nChild Safeguarding Practice Review", "Bury"),
    # Northern Ireland's former area committees
    ("the Eastern Area Child Protection Committee", "Eastern Area Child Protection Committee"),
    # the boards of several areas, named once ("The three Safeguarding Children Boards of Luton, Ealing and …")
    ("The three Safeguarding Children Boards of Luton, Ealing and Hammersmith & Fulham, join together", "Ealing"),
    ("The three Safeguarding Children Boards of Luton, Ealing and Hammersmith & Fulham, join together",
     "Hammersmith & Fulham"),
    ("the Safeguarding Children Board of Luton met", "Luton"),
    # a council's short name, as its partnership writes it (Cheshire West and Chester)
    ("commissioned by Cheshire West and Cheshire East Safeguarding Children Partnerships following", "Cheshire West"),
    # a partnership named for working together ("Wolverhampton Safeguarding Together")
    ("WOLVERHAMPTON SAFEGUARDING TOGETHER\nChild Safeguarding Practice Review", "WOLVERHAMPTON"),
    ("WOLVERHAMPTON SAFEGUARDING TOGETHER\nChild Safeguarding Practice Review", "City of Wolverhampton Council"),
])
def test_board_names_give_their_area(text: str, area: str) -> None:
    assert area in public_names([text])


def test_a_national_review_names_no_area() -> None:
    assert "Leeds" not in public_names(["The family moved to Leeds Child Safeguarding Practice Review Panel notified"])


@pytest.mark.parametrize("text, name", [
    ("The Tri-Borough Safeguarding Children Board1 determined to conduct",
     "Tri-Borough Safeguarding Children Board"),
    ("Medway Safeguarding Children Partnership12 agreed", "Medway Safeguarding Children Partnership"),
])
def test_a_footnote_mark_after_a_board_name_leaves_it_public(text: str, name: str) -> None:
    assert name in public_names([text])


@pytest.mark.parametrize("text", [
    "the Medway Safeguarding Children Board2019 report",  # a year run into it is no footnote mark
    "the Medway Safeguarding Children Boardroom",
])
def test_a_board_name_ends_at_a_word_boundary_or_a_footnote_mark(text: str) -> None:
    assert "Medway Safeguarding Children Board" not in public_names([text])


@pytest.mark.parametrize("text, names", [
    ("Brighton & Hove Safeguarding Children Board Serious Case Review", ["Brighton & Hove Safeguarding Children Board",
                                                                         "Brighton & Hove"]),
    ("4.2 Southwark & Wandsworth Safeguarding Children Boards 23", ["Southwark", "Wandsworth",
                                                                   "Wandsworth Children's Social Care"]),
    # an adults' board, "Adult" in the singular as some boards write it
    ("Boards (i.e. Cambridgeshire and Peterborough Safeguarding Adult Partnership Board) must",
     ["Cambridgeshire", "Peterborough"]),
    ("1.3 Leicester, Leicestershire and Rutland Safeguarding Children Board is committed",
     ["Leicester", "Leicestershire", "Rutland", "Leicester, Leicestershire and Rutland Safeguarding Children Board"]),
])
def test_an_area_joined_with_an_ampersand_and_boards_in_the_plural(text: str, names: list[str]) -> None:
    found = public_names([text])
    assert all(n in found for n in names), found


@pytest.mark.parametrize("text, areas", [
    # the area after the board's words, in any case
    ("09 October 2013 The Local Safeguarding Children Board Northamptonshire has today published",
     ["Northamptonshire"]),
    ("Appendix 6 (b) LOCAL SAFEGUARDING CHILDREN BOARD BLACKPOOL SERIOUS CASE REVIEW", ["BLACKPOOL"]),
    # two areas, one of them no listed place by itself ("Kingston" upon Thames)
    ("The Kingston and Richmond Safeguarding Children Partnership commissioned it", ["Kingston", "Richmond"]),
    # a council named for two towns joined by "with" ("Blackburn with Darwen")
    ("Blackburn with Darwen Safeguarding Children Partnership\n\nChild Safeguarding Practice Review",
     ["Blackburn with Darwen Safeguarding Children Partnership", "Blackburn with Darwen", "Lancashire Constabulary"]),
    # a Welsh regional board
    ("Powys Regional Safeguarding Board published it", ["Powys", "Powys County Council"]),
    ("Cornwall and the Isles of Scilly Safeguarding Children Partnership", ["Cornwall", "Isles of Scilly"]),
    ("CORNWALL AND THE ISLES OF SCILLY SAFEGUARDING CHILDREN PARTNERSHIP", ["CORNWALL", "ISLES OF SCILLY"]),
    # a multi-agency partnership by that name
    ("KENT SAFEGUARDING CHILDREN MULTI-AGENCY PARTNERSHIP (KSCMP)", ["KENT"]),
    ("commissioned by the Kent Safeguarding Children Multi-Agency Partnership in", ["Kent"]),
    # a partnership named "Keeping … Safe"; one that joins community safety to safeguarding
    ("KEEPING BRISTOL SAFE PARTNERSHIP\n\nChild Safeguarding Practice Review", ["BRISTOL", "Avon and Somerset Police"]),
    ("commissioned by the Keeping Bristol Safe Partnership.", ["Bristol", "Avon and Somerset Police"]),
    ("Bath and North East Somerset Community Safety and Safeguarding Partnership",
     ["Bath and North East Somerset"]),
    # a community safety partnership named "Safer …"; the partnerships of several areas, each with an aside
    ("the Safer Devon Partnership domestic homicide review into", ["Devon"]),
    ("commissioned by Safer Devon Community Safety Partnership on", ["Devon"]),
    ("jointly commissioned by the Community Safety Partnerships (CSPs) of Brighton & Hove (the Safe in the City "
     "Partnership) and East Sussex (the East Sussex Safer Communities Partnership), in accordance",
     ["Brighton & Hove", "East Sussex"]),
    # a cover: the board's words on one line, its area alone on the next
    ("Appendix 6 (b)\n\nLOCAL SAFEGUARDING CHILDREN BOARD\n\nBLACKPOOL\n\nSERIOUS CASE REVIEW", ["BLACKPOOL"]),
])
def test_more_ways_a_board_names_its_area(text: str, areas: list[str]) -> None:
    found = public_names([text])
    assert all(a in found for a in areas), found
    assert not any(f.split()[0] == "The" and len(f.split()) <= 3 for f in found), found  # no article as an area
    assert "SERIOUS" not in " ".join(found) and "Powys Regional" not in found
    assert "Communities" not in found  # "the East Sussex Safer Communities Partnership": an aim, no place


def test_a_place_opening_the_line_after_a_board_heading_is_no_area_unless_alone() -> None:
    found = public_names(["LOCAL SAFEGUARDING CHILDREN BOARD\nLeeds City Council told the family"])
    assert "Leeds" not in found


@pytest.mark.parametrize("text", [
    "the findings of its review concerning ‘Janet Clayton’ Oxfordshire Safeguarding Children Board (OSCB) today",
    "the family of Janet Clayton and Oxfordshire Safeguarding Children Board agreed",
])
def test_a_name_before_a_board_name_is_no_part_of_it(text: str) -> None:
    """A Word paragraph runs a sentence's last words into the board's name: the board's name starts at its
    area, and a person's name is no area."""
    found = public_names([text])
    assert "Oxfordshire" in found
    assert not any("Janet" in f or "Clayton" in f for f in found), found


@pytest.mark.parametrize("text", [
    "Published Case Review - 'Darius Nagys'\nLocal Child Safeguarding Practice Review (LCSPR), known as Darius",
    "The Darius Nagys Local Child Safeguarding Practice Review found",
])
def test_a_review_named_for_its_child_names_no_area(text: str) -> None:
    """A local child safeguarding practice review is named for its area or its child: only a place is an
    area."""
    assert not any("Darius" in f or "Nagys" in f for f in public_names([text]))


def test_only_a_list_of_areas_joins_a_board_name_with_commas() -> None:
    names = public_names(["The family moved from Quillbury, Leeds Safeguarding Children Board was told."])
    assert "Leeds" in names and not any("Quillbury" in n for n in names), names


def test_a_board_name_starts_on_its_own_line() -> None:
    """A PDF page's running footer follows the body on the next line: the name ending the body
    ("… In June 2015, Harriet") is no part of the board's area, nor public."""
    names = public_names(["In June 2015, Harriet \nMedway Safeguarding Children Board \u2013 Serious Case Review"])
    assert "Medway Safeguarding Children Board" in names and "Medway" in names
    assert not any("Harriet" in n for n in names), names


def test_a_board_abbreviation_opening_the_next_line_makes_no_area_of_the_line_before() -> None:
    """A list of a board's reviews: "LSCB" opens the next line, so the line before is no area of it."""
    names = public_names(["Marcel Street Overview Report\n\nLSCB Improvement Report \u2013 Marcel 18th February 2015",
                          "Marcel Street Overview Report\nLSCB media statement"])
    assert not any("Marcel" in n for n in names), names
    assert "Medway" in public_names(["the Medway LSCB met"])
    # nor a line before a blank line and the board's name without its area (one line break joins a wrapped name)
    names = public_names(["Marcel Street\n\nSafeguarding Children Board\n\nOverview Report"])
    assert not any("Marcel" in n for n in names), names


@pytest.mark.parametrize("cover", ["Croydon\n\nSafeguarding Children Board\n\nThe Overview Report",
                                   "URL: x\n\nBlackpool\n \nLocal Safeguarding Children Board\nSerious Case Review"])
def test_a_council_area_alone_on_a_covers_line_over_the_board_name(cover: str) -> None:
    """A cover sets the area on its own line over a blank line and the board's words: a council's area alone on
    its line is the board's (a name on that line is not: see above)."""
    area = cover.split("\n\n")[0] if cover[0] == "C" else "Blackpool"
    assert area in public_names([cover])


def test_an_area_of_two_councils_gives_both() -> None:
    names = board_area_names("Brighton and Hove and Eastbourne")
    assert "Eastbourne" in names
    names = board_area_names("Cheshire East and Halton")
    assert {"Cheshire East", "Halton"} <= set(names)


def test_a_council_area_named_with_and_is_not_split() -> None:
    names = board_area_names("Bath and North East Somerset")
    assert "Bath and North East Somerset" in names and "Somerset" not in names


def test_a_council_named_for_its_towns_names_each_town() -> None:
    """"Brighton & Hove": the board's area is each of its towns too ("stabbed outside her work in Brighton")."""
    assert {"Brighton", "Hove"} <= set(board_area_names("Brighton & Hove"))
    assert "Bath" in board_area_names("Bath and North East Somerset")


@pytest.mark.parametrize("area, force", [
    ("Medway", "Kent Police"),
    ("Kirklees", "West Yorkshire Police"),
    ("Torbay", "Devon and Cornwall Police"),
    ("Lewisham", "Metropolitan Police Service"),
    ("Wokingham", "Thames Valley Police"),
    ("Telford and Wrekin", "West Mercia Police"),
])
def test_the_area_makes_its_police_force_public(area: str, force: str) -> None:
    assert force in board_area_names(area)


def test_another_areas_force_is_not_public() -> None:
    assert "Kent Police" not in board_area_names("Kirklees")
    assert "West Midlands Police" not in board_area_names("Medway")


def test_the_areas_councils_are_public() -> None:
    names = board_area_names("Bromley")
    assert {"London Borough of Bromley", "Bromley Council"} <= set(names)


@dataclass
class _Seg:
    text: str
    kind: str
    cell: tuple[int, int, int] | None = None


def test_public_people_come_from_running_text_only() -> None:
    segments = [_Seg("Author: Marta Quillfeather", "body"), _Seg("Author: Oswin Delacroix", "metadata"),
                _Seg("Lead Reviewer Ebba Thornquist", "footer"), _Seg("Report by: Idony Marchbank", "annotation")]
    assert public_people_in(segments) == ["Marta Quillfeather", "Ebba Thornquist"]
    keep = default_keep_phrases(segments, [])
    assert "Marta Quillfeather" in keep and "Oswin Delacroix" not in keep


def test_a_name_alone_in_a_table_cell_or_after_a_police_rank_is_no_cover_author() -> None:
    """A short draft's chronology table, early enough to read as its cover: a practitioner's cell is no credit."""
    cells = [_Seg(t, "body", (1, 3, k)) for k, t in enumerate(("14/03/2019", "Police", "Oswin reported Ada missing",
                                                                 "Idony Marchbank"))]
    segments = [_Seg("Serious Case Review: Child A", "body"), _Seg("Chronology of key events", "body"), *cells,
                _Seg("02/04/2019", "body", (1, 4, 0))]
    assert public_people_in(segments) == []
    ranked = [_Seg("Serious Case Review: Child A", "body"), _Seg("Chronology of key events", "body"),
              _Seg("Police\nOswin reported Ada missing\nPC Marchbank\n02/04/2019", "page")]
    assert public_people_in(ranked) == []


def test_an_authors_company_in_a_paragraph_of_its_own_is_public() -> None:
    """A Word title page puts the author, the post-nominals and the company in paragraphs of their own."""
    segments = [_Seg(t, "body") for t in ("Report Author", "Fenella Quarrington", "MSc MA CQSW AASW",
                                          "Quill Training and Consultancy Ltd", "Contents",
                                          "The mother worked for Westbridge Cleaning Ltd.")]
    found = public_people_in(segments)
    assert "Quill Training and Consultancy Ltd" in found
    assert "Westbridge Cleaning Ltd" not in found


def test_a_role_in_the_paragraph_before_a_name_makes_it_public() -> None:
    """A Word title page puts each credit's role and name in paragraphs of their own."""
    segments = [_Seg(t, "body") for t in ("Westmarsh Safeguarding Children Board Chair:", "Idony Marchbank",
                                          "Review Panel Chair:", "Oswin Delacroix", "Author:",
                                          "Fenella Quarrington MA. RN.", "Contents",
                                          "The social worker:", "Ebba Thornquist visited the family.")]
    found = public_people_in(segments)
    assert {"Idony Marchbank", "Oswin Delacroix", "Fenella Quarrington"} <= set(found)
    assert "Ebba Thornquist" not in found


def test_an_authors_place_of_study_over_a_page_break_is_public() -> None:
    segments = [_Seg("I have been a social worker for 20 years, having gained the relevant Diploma in", "page"),
                _Seg("Social Work from the University of Westbridge in 1995, and have worked in care.", "page")]
    assert "University of Westbridge" in public_people_in(segments)


def test_a_board_name_wrapped_into_the_next_paragraph_is_public() -> None:
    """A Word draft made from wrapped lines holds a heading's board name in two paragraphs."""
    segments = [_Seg(t, "body") for t in ("7. Recommendations for Westmarsh", "Safeguarding Children Board",
                                          "The family moved to Eastmoor.")]
    keep = default_keep_phrases(segments, [])
    assert "Westmarsh" in keep and "Eastmoor" not in keep


def test_a_page_ending_on_a_place_before_a_running_header_naming_the_board_keeps_nothing() -> None:
    """PDF pages are not joined: a page's last word and the next page's running header are no board name."""
    segments = [_Seg("The family moved to Eastmoor", "page"),
                _Seg("Safeguarding Children Board - Practice Review\nIn June the family returned.", "page")]
    assert "Eastmoor" not in default_keep_phrases(segments, [])


@pytest.mark.parametrize("cited", [
    "A similar pattern was found by the Croydon Safeguarding Children Partnership (2009).",
    "See the review of Child Q (Croydon Safeguarding Children Board, 2014).",
    "Croydon Safeguarding Children Board (2019) Serious Case Review: Child T.",
])
def test_another_boards_cited_review_is_public_but_not_its_area(cited: str) -> None:
    """A board cited for its published review is public by name; its area, councils and police force are
    not made public by it (the Metropolitan Police may be where the family lived)."""
    found = public_names([f"Northumberland Safeguarding Children Board\n\n3.1 {cited}"])
    assert "Northumberland" in found and "Northumbria Police" in found
    assert any(n.startswith("Croydon Safeguarding Children") for n in found)
    assert "Croydon" not in found and "Metropolitan Police Service" not in found


def test_a_public_persons_titled_surname_the_draft_writes_is_public_too() -> None:
    text = ("Derek Benson, Independent Chair of the Board, said: “This was a tragedy.” Mr Benson said the review was "
            "late. Mrs Okafor visited.")
    keep = public_people_in([_Seg(text, "body")])
    assert "Derek Benson" in keep and "Mr Benson" in keep
    assert "Mrs Benson" not in keep and "Mrs Okafor" not in keep  # only as the draft writes it, and only theirs


def test_a_public_persons_full_name_after_a_title_is_public_with_it() -> None:
    """ "Independent author: Dr Thomas Lamb" beside a "Nicholas Thomas" in the case: the author's name stands with
    its title, so the case's "Dr Thomas" form found inside it is no survivor (a verifier's false refusal)."""
    text = "Independent author: Dr Thomas Lamb\n\nNicholas Thomas, the GP, saw the child. Dr Thomas said so."
    keep = public_people_in([_Seg(text, "body")])
    assert "Thomas Lamb" in keep and "Dr Thomas Lamb" in keep
    assert "Dr Thomas" not in keep



@pytest.mark.parametrize("text, area", [
    # a review's title, its area after a dash (a web copy's title line)
    ("Page 1: SERIOUS CASE REVIEW - Dudley...placements arranged by the same local authority", "Dudley"),
    ("Serious Case Review Ben - Cumbria \u00b7 3 1. Introduction", "Cumbria"),
    ("Child Safeguarding Practice Review \u2013 Child T \u2013 North Yorkshire\n", "North Yorkshire"),
    # the board's remit
    ("agencies work together to safeguard children in Rotherham.", "Rotherham"),
    ("to safeguard and promote the welfare of children across Wigan and", "Wigan"),
    ("to improve child protection and safeguarding in Brighton & Hove. The Board", "Brighton & Hove"),
    ("take the necessary steps in order to make Greenwich a safer place for children to live", "Greenwich"),
    # a headline: the area publishes its review
    ("Haringey publishes Serious Case Review on Child A", "Haringey"),
    ("Today Wigan Council has published a Child Safeguarding Practice Review", "Wigan"),
    # a headline opening with the area's review
    ("Somerset Serious Case Review calls for better understanding\n", "Somerset"),
    ("Nottinghamshire serious case reviews reveal safeguarding failings\n", "Nottinghamshire"),
    ("Doncaster SCR causes publication debate to flare up\n", "Doncaster"),  # the review kind abbreviated
    ("Wirral CSPR: learning for all agencies\n", "Wirral"),
    # the board's name after the area's possessive
    ("Monmouthshire\u2019s Local Safeguarding Children Board has completed a Serious Case Review", "Monmouthshire"),
    # the council that commissioned the review or inquiry
    ("This Independent Inquiry was commissioned by Rotherham Metropolitan Borough Council in", "Rotherham"),
    ("The review was commissioned by the London Borough of Bromley after", "Bromley"),
    # the council whose leader speaks on the review's publication
    ("Following the publication, the leader of Thurrock Council, Councillor Rob Gledhill said:", "Thurrock"),
    ("Wigan Council leader David Molyneux said the council accepted the findings", "Wigan"),
    ("following the publication of the review, the Mayor of Hackney Philip Glanville said", "Hackney"),
    ("Worcestershire Published Safeguarding Adults Reviews\n", "Worcestershire"),  # a board's page of its reviews
    # the area's safeguarding partners by its name
    ("The Serious Youth Violence Duty will require Sutton partners to review how", "Sutton"),
    ("All Rotherham safeguarding partners agreed the plan.", "Rotherham"),
    # the council of the review's owner on a board's page of its published reviews
    ("Reviewer\nSteve Quillon\nOwner\nMonuara Abara, London Borough of Hounslow\n", "London Borough of Hounslow"),
    ("SAR Reviewer\n\nMaking Links \u2013 Eliot Quillon\n\nOwner\n\nMonuara Abara \u2013 LB Hounslow\n", "LB Hounslow"),
])
def test_the_reviews_own_area_named_by_its_title_remit_or_commissioner_is_public(text: str, area: str) -> None:
    """Web copies and summaries often drop the board's full name, yet say whose review it is: its title
    ("Serious Case Review - Dudley"), the board's remit ("safeguard children in Rotherham") or the council
    that commissioned it."""
    found = public_names([text])
    assert area in found, found


@pytest.mark.parametrize("text, place", [
    ("Serious Case Review - Child M was born in Leeds", "Leeds"),            # no area after the dash
    ("the family moved to Leeds - Serious Case Review", "Leeds"),
    ("children in Leeds were seen by the same GP", "Leeds"),                 # no remit
    ("to safeguard children in Whitby", "Whitby"),                           # a town, no council area
    ("the family wanted to make Leeds their home, a safer place", "Leeds"),
    ("The assessment was commissioned by Leeds", "Leeds"),                   # no council's name
    ("a report commissioned by Ms Leeds Council", "Leeds"),
    ("In 2009 Croydon published a serious case review that found", "Croydon"),  # another board's, cited
    ("Jayden Leeds publishes a Serious Case Review", "Leeds"),
    ("the leader of Leeds said", "Leeds"),                                    # no council's name
    ("the leader of the Leeds gang was arrested", "Leeds"),
    ("Reviewer\nSteve Quillon\nOwner\nMonuara Abara, Hounslow\n", "Hounslow"),  # the owner's body, no council
    ("Owner\nMonuara Abara, London Borough of Hounslow\n", "Hounslow"),  # no reviewer: no listing
    # a council that commissioned the family's services, not the review
    ("The transport was commissioned by Lancashire County Council and run by a firm.", "Lancashire"),
    ("His placement was commissioned and funded by the London Borough of Lewisham.", "Lewisham"),
    ("Croydon Serious Case Review (2009) found the same\n", "Croydon"),  # another board's review, cited
    ("Croydon SCR (2009) found the same\n", "Croydon"),
    ("the Leeds partnership met", "Leeds"), ("Jayden Leeds partners with her", "Leeds"),  # no partners; a surname
    ("Leeds SCRIPT team met\n", "Leeds"),                                  # no review kind, a word
    ("The family moved. Croydon Serious Case Review findings were read\n", "Croydon"),  # not a headline
])
def test_no_other_words_make_an_area_public(text: str, place: str) -> None:
    assert place not in public_names([text])


_LISTING = ("Case reviews published in 2013\n\nDecember 2013 - Derbyshire - BDS12\nDeath of a 2-year-old boy.\n\n"
            "December 2013 - East Sussex - Child G\nAbduction of a 15-year-old girl.\n\n{more}")


def test_a_list_of_published_reviews_names_each_reviews_area() -> None:
    """A repository's list of reviews, one a line: "Month Year - Area - the review's name"."""
    found = public_names([_LISTING.format(more="November 2013 - Leeds - Family A\n")])
    assert {"Derbyshire", "East Sussex", "Leeds"} <= set(found), found


def test_a_list_of_published_reviews_in_paragraphs_of_their_own() -> None:
    """A Word draft reads a line a paragraph: the list runs over several texts."""
    found = public_names(["December 2013 - Derbyshire - BDS12", "Death of a boy.", "November 2013 - Leeds - Family A"])
    assert {"Derbyshire", "Leeds"} <= set(found), found


@pytest.mark.parametrize("text, area", [
    # one line, but the review's name is a review's label
    ("December 2014 \u2013 Blackpool - Child BR\nDeath of a 15-year-old in early 2014.\n", "Blackpool"),
    # the year alone, run into the area by a PDF's extraction
    ("2012Ceredigion \u2013 Child J\nSerious injury of a baby.\n\n2012Ceredigion \u2013 Child K\nDeath of a boy.\n",
     "Ceredigion"),
    ("2012 - Derbyshire - BDS12\nDeath of a boy.\n2012 - Leeds - Family A\nAbduction of a girl.\n", "Leeds"),
])
def test_more_lists_of_reviews(text: str, area: str) -> None:
    found = public_names([text])
    assert area in found, found


@pytest.mark.parametrize("text", [
    "December 2013 - Derbyshire - BDS12\nDeath of a 2-year-old boy.\n",  # one line: no list
    "December 2013 - Derbyshire - Child G moved house\n",  # a chronology's line
    "2013 Derbyshire Police\n2014 Derbyshire Council\n",
    "December 2013 - Derbyshire - the family moved house\nMarch 2014 - Leeds - mother arrested\n",  # a chronology
])
def test_no_list_of_reviews(text: str) -> None:
    found = public_names([text])
    assert "Derbyshire" not in found, found


def test_a_listed_town_that_is_no_council_area_is_not_public() -> None:
    found = public_names(["December 2013 - Derbyshire - BDS12\nMarch 2014 - Whitby - Family A\n"])
    assert "Derbyshire" in found and "Whitby" not in found, found


@pytest.mark.parametrize("board, council, kept", [
    # a regional board's name names its councils: each one's area, council and force are the board's own
    ("Mid and West Wales Safeguarding Board", "Powys County Council", True),
    ("Mid and West Wales Regional Safeguarding Children Board", "Ceredigion", True),
    ("North Wales Safeguarding Board", "Wrexham County Borough Council", True),
    ("North Wales Safeguarding Board", "North Wales Police", True),
    ("Cwm Taf Morgannwg Safeguarding Board", "Bridgend", True),
    ("Cwm Taff Morgannwg Children\u2019s Safeguarding Board", "Bridgend", True),  # the river's English spelling
    ("Cwm Taff Morgannwg Children\u2019s Safeguarding Board", "Cwm Taff Morgannwg", True),
    ("Pan-Dorset Safeguarding Children Partnership", "Poole", True),
    ("Berkshire West Safeguarding Children Partnership", "Wokingham", True),
    ("City and Hackney Safeguarding Children Partnership", "City of London Police", True),  # "City": of London
    ("City & Hackney Safeguarding Children Partnership", "City of London", True),
    # a region's board names no council outside it
    ("Mid and West Wales Safeguarding Board", "Wrexham", False),
    ("North Wales Safeguarding Board", "Powys", False),
])
def test_a_regional_boards_councils_are_public(board: str, council: str, kept: bool) -> None:
    names = public_names([f"This review was commissioned by the {board}.\nThe family moved often."])
    assert (council in names) == kept


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a family's faith and languages, and the national bodies and awards a young person knew, name no one
    "The young person was a Jehovah's Witness. The mother was Muslim and wore a hijab. The father was Sikh.",
    "The family spoke Urdu and Punjabi at home. An interpreter for Tigrinya was not booked.",
    "The family were Irish Travellers. The food bank run by the Trussell Trust supported the family.",
    "The Scouts and the Girl Guides have safeguarding policies. The Duke of Edinburgh Award was offered.",
    "The European Court of Human Rights ruled on Article 8. The Open University module covers this.",
    # ideologies and groups a Prevent referral names, a faith's words, national schemes and systems
    'He had been shown "Nazi stuff" online. A message read: "Allah will provide for u".',
    "He was asking about Granddad being in the National Front and watched Islamic State videos.",
    "The OASys assessment was not shared. The Tipstaff was told. She used FaceTime and Tax-Free Childcare.",
    # national asylum sites and contractors, and the legal test of an age assessment; a national safety charity
    "He arrived at Western Jet Foil and was moved to Manston. Serco ran the hotel. The Merton principles apply.",
    "Water safety advice from RLSS UK was given in Year 7.",
    "Fire and Rescue Service | Post-incident Safe and Well visit by the crew. Occupier declined onward referral.",
])
def test_faiths_languages_and_national_bodies_name_no_one(tmp_path: Path, text: str) -> None:
    from tests.recognizers.prose import analysed_entities

    entities = analysed_entities(tmp_path, f"Kayleigh Smith was 14 when she was referred. {text}\n")
    assert {e.name for e in entities} == {"Kayleigh Smith"}


@pytest.mark.parametrize("text, public", [
    # a cited author ("Eileen Munro (2011)") is public; a name whose first name the draft writes alone, as a person's,
    # is the person's (a list of reviews: "Kathleen Butcher (2022)" / "Kathleen, a divorced woman …")
    ("Eileen Munro (2011) found that systems matter. Later the panel met.", True),
    ("Kathleen Butcher (2022)\nKathleen, a divorced woman in her late eighties, lived alone. Kathleen fell.", False),
])
def test_a_cited_name_is_no_author_where_its_first_name_stands_alone(text: str, public: bool) -> None:
    names = public_names([text])
    assert (("Eileen Munro" in names) or ("Kathleen Butcher" in names)) is public, names


@pytest.mark.parametrize("text, authors", [
    # a reference list's entry by surname and initials, then the year
    ("[4] Munro, E. (2011) The Munro Review of Child Protection: Final Report.", ["Munro"]),
    ("Brandon, M., Sidebotham, P., Belderson, P. et al. (2020) Complexity and challenge.",
     ["Brandon", "Sidebotham", "Belderson"]),
    ("Firmin, C. and Lloyd, J. (2020) Contextual Safeguarding.", ["Firmin", "Lloyd"]),
])
def test_a_reference_lists_authors_are_public(text: str, authors: list[str]) -> None:
    names = public_names([f"References\n{text}"])
    assert set(authors) <= set(names) and not [n for n in names if "\n" in n], names


@pytest.mark.parametrize("text, public", [
    # an academic by title and full name whose surname the draft cites with her initial: the author
    ("Risk rose at separation (Monckton Smith, 2020). Professor Jane Monckton Smith's eight-stage timeline fits.\n"
     "References\nMonckton Smith, J. (2020) 'Intimate partner femicide'.", True),
    ("See Professor Ravi Sharma's model (Sharma, 2019).\nReferences\nSharma, R. (2019) Title.", True),
    # ... never a first name whose initial the entry does not give, nor a name without an academic's title (a doctor
    # is as likely the family's paediatrician)
    ("See Professor Anita Sharma's model (Sharma, 2019).\nReferences\nSharma, R. (2019) Title.", False),
    ("The paediatrician, Dr Eilidh Munro, saw him.\nReferences\nMunro, E. (2011) The Munro Review.", False),
    ("Jane Monckton Smith, the mother, was seen (Monckton Smith, 2020).\nReferences\nMonckton Smith, J. (2020) T.",
     False),
])
def test_an_academic_the_draft_cites_is_public_by_title_and_full_name(text: str, public: bool) -> None:
    names = public_names([text])
    assert any(n.endswith(("Jane Monckton Smith", "Ravi Sharma", "Anita Sharma", "Eilidh Munro")) for n in names) \
        is public, names


@pytest.mark.parametrize("text, title", [
    ("her solicitor raised it. The Windrush Lessons Learned Review (Williams, 2020) describes",
     "The Windrush Lessons Learned Review"),
    ("This mirrors the Wood Report (Wood, 2016).", "Wood Report"),
])
def test_a_works_title_before_its_citation_is_public(text: str, title: str) -> None:
    assert title in public_names([text])


@pytest.mark.parametrize("text, public", [
    # an author cited by a surname that is also a first name: public as the author ...
    ("This shows the fragmentation Brandon et al. (2008) describe. Brandon et al. (2020) found it again.", True),
    ("Munro (2011) found that systems matter. Munro said so.", True),
    # ... but the draft's child of that first name is no author: only the citation itself is public
    ("Sibling: Brandon, aged 11. Brandon chose to write to the review. Brandon's father called. This shows the "
     "fragmentation Brandon et al. (2008) describe.\nReferences\nBrandon, M., Belderson, P. (2008) Analysing child "
     "deaths.", False),
    # ... an English word too, where the draft writes it as the first name of a full name ("Brook Pike")
    ("1. In March 2023 Brook Pike, then aged ten, told the school nurse. Brook's younger brother Rowan lived there. "
     "The school used the Brook (2021) Traffic Light Tool.\n[1] Brook (2021) Sexual Behaviours Traffic Light Tool.",
     False),
    # ... and a charity cited by its one-word name stays public where no one bears it
    ("The school used the traffic light tool (Brook, 2021). Brook (2021) advises schools.", True),
])
def test_a_cited_surname_the_draft_writes_as_a_persons_first_name_is_public_only_as_the_citation(
        text: str, public: bool) -> None:
    names = public_names([text])
    assert bool({"Brandon", "Munro", "Brook"} & set(names)) is public, names
    if not public and "Brandon" in text:
        assert {"Brandon et al. (2008)", "Brandon, M."} <= set(names), names


def test_only_the_drafts_own_board_makes_its_area_public() -> None:
    """The board on the title page is the draft's: its area is public. Another area's board named later ("share
    this report with the Luton Safeguarding Adults Board") is where the family lived before, no public name."""
    text = ("Marlowe Safeguarding Adults Board\nSafeguarding Adults Review\n" + "The review found gaps. " * 200
            + "Marlowe Safeguarding Adults Board should share this report with the Luton Safeguarding Adults Board.")
    names = public_names([text])
    assert "Marlowe" in names and "Marlowe Safeguarding Adults Board" in names
    assert not {"Luton", "Luton Safeguarding Adults Board", "Luton Borough Council"} & set(names)


def test_a_cited_surname_is_judged_on_the_whole_draft_read_paragraph_by_paragraph() -> None:
    """A Word draft's paragraphs are read one by one: the child's name stands in other paragraphs than the citation."""
    names = public_names(["Sibling: Brandon, aged 11.", "Brandon chose to write to the review.",
                          "Brandon's father called.", "This shows the fragmentation Brandon et al. (2008) describe."])
    assert "Brandon" not in names and "Brandon et al. (2008)" in names, names


def test_another_board_named_early_in_a_sentence_is_another_areas() -> None:
    text = ("EALING COMMUNITY SAFETY PARTNERSHIP\n\nDOMESTIC HOMICIDE REVIEW\n\n1.2 The review was commissioned by "
            "the Ealing Community Safety Partnership. She had been placed in Slough by the London Borough of Ealing. "
            "Slough's community safety partnership has been a full member of the panel.\n")
    names = public_names([text])
    assert "Ealing" in names and "Slough" not in names, names


def test_every_board_counts_where_none_is_named_on_the_title_page() -> None:
    text = "The review found gaps. " * 200 + "The Luton Safeguarding Adults Board commissioned this review."
    assert "Luton" in public_names([text])


def test_a_board_the_draft_names_three_times_is_its_own() -> None:
    text = ("Marlowe Safeguarding Adults Board\n" + "The review found gaps. " * 200
            + "The Luton Safeguarding Children Partnership agreed. " * 3)
    assert "Luton" in public_names([text])


def test_a_word_drafts_paragraphs_read_twice_make_no_other_board_its_own() -> None:
    """A Word draft's paragraphs are read alone and joined: a board named twice is not named four times."""

    @dataclass
    class Seg:
        text: str
        kind: str = "body"

    paragraphs = ["Marlowe Safeguarding Adults Board", "Safeguarding Adults Review",
                  *["The review found gaps in practice. " * 10] * 10,
                  "Mihai was a looked after child of Luton Borough Council.",
                  "The Board should share this report with the Luton Safeguarding Adults Board.",
                  "The Luton Safeguarding Adults Board agreed."]
    keep = default_keep_phrases([Seg(p) for p in paragraphs], [])
    assert "Marlowe" in keep and "Luton" not in keep


def test_the_own_boards_wider_name_is_the_same_board() -> None:
    """A board renamed as its area grew ("Cwm Taf" became "Cwm Taf Morgannwg", adding Bridgend) is the draft's own
    board under both names: the wider area is public too."""
    text = ("Partnership - Rhondda Cynon Taf, Merthyr Tydfil & Bridgend\n\nUnder the Act the Cwm Taf Safeguarding Board"
            " has a duty to hold reviews. " + "The review found gaps. " * 20
            + "To view Cwm Taf Morgannwg Safeguarding Board's published reviews, see below.\n")
    assert "Bridgend" in public_names([text])
