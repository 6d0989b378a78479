"""Public though name-like: national places, NHS bodies, public websites and mailboxes, works cited."""

from __future__ import annotations

import pytest

from recognizers.public import (
    cited_spans,
    is_national_body,
    is_national_place,
    is_nhs_body,
    is_public_email,
    is_public_url,
    is_regional_fire_service,
    is_regional_place,
    is_state_body,
)


@pytest.mark.parametrize("name, expected", [
    ("England", True), ("the North West", True), ("London", True), ("West Midlands", True), ("UK", True),
    ("Poland", True), ("Nigeria", True), ("United Arab Emirates", True),  # a country of origin
    ("Westbridge", False), ("Lincolnshire", False), ("Oldbury", False),
    ("Jersey", False), ("Isle of Man", False), ("Gibraltar", False),  # small enough to locate a family
    # a continent or a region of several countries, larger still ("came to London from the Caribbean")
    ("Caribbean", True), ("the Caribbean", True), ("West Africa", True), ("Middle East", True),
    ("Eastern Europe", True), ("South Asia", True), ("Latin America", True), ("Africa", True),
])
def test_national_places(name: str, expected: bool) -> None:
    assert is_national_place(name) is expected


@pytest.mark.parametrize("name, expected", [
    ("Merseyside", True), ("Tyne and Wear", True), ("South Yorkshire", True), ("Greater Manchester", True),
    ("Thames Valley", True), ("West Mercia", True), ("Northumbria", True),  # a police force's region
    ("Shropshire", False), ("Kent", False), ("Liverpool", False), ("Telford and Wrekin", False),  # councils
    ("Birkenhead", False), ("Westbridge", False), ("Wirral", False),
    # a compass part of London, a nation or such a region spans councils too; not where a council has the name
    ("South London", True), ("North West London", True), ("North Wales", True), ("East Merseyside", True),
    ("North Yorkshire", False), ("East Sussex", False), ("South Tyneside", False), ("West Berkshire", False),
    ("South Shields", False), ("North Kent", False), ("West Poland", False),
    # a conurbation or a named region over several councils, with no council of its own
    ("Tyneside", True), ("Teesside", True), ("the Black Country", True), ("the Peak District", True),
    ("the Home Counties", True), ("the Midlands", True), ("the Fens", True),
    ("the Pennines", True), ("Pennines", True), ("the Brecon Beacons", True), ("Dartmoor", True),  # hills over several
    ("Tameside", False), ("North Tyneside", False),  # a council's
    ("Wearside", False),  # the one city of Sunderland, nearly
])
def test_regional_places(name: str, expected: bool) -> None:
    assert is_regional_place(name) is expected


@pytest.mark.parametrize("name, expected", [
    ("Quillbury and Eastvale Hospital Trust", True), ("Quillbury Teaching Hospitals NHS Foundation Trust", True),
    ("Eastvale Community Health Services", True), ("NHS Quillbury CCG", True), ("Quillbury Health Board", True),
    ("Quillbury Clinical Commissioning Group", True), ("Quillbury Partnership NHS Foundation Trust", True),
    ("Quillbury Hospital", False), ("The Quinces Surgery", False), ("Quillbury Housing Trust", False),
    ("Quill Academy Trust", False), ("Quillbury Primary School", False),
    # an ambulance service is an NHS trust, whatever its name says
    ("London Ambulance Service", True), ("Yorkshire Ambulance Service", True),
    ("East of England Ambulance Service NHS Trust", True), ("Quillbury Fire and Rescue Service", False),
])
def test_nhs_bodies(name: str, expected: bool) -> None:
    assert is_nhs_body(name) is expected


@pytest.mark.parametrize("name, expected", [
    ("National Domestic Abuse Helpline", True), ("the National Crime Agency", True),
    ("National Referral Mechanism", True), ("National Probation Service", True),
    ("National", False), ("Nationals Ltd", False), ("Quillbury National School", False),  # one word; not first
    ("National Quillbury", False),  # a national body's name says what it does, in words
])
def test_national_bodies(name: str, expected: bool) -> None:
    assert is_national_body(name) is expected


@pytest.mark.parametrize("name, expected", [
    # a state's armed forces, government, ministries, embassies and commissions, by its country or people's name
    ("Armed Forces of Ukraine", True), ("the Afghan National Army", True), ("Polish Embassy", True),
    # a country's police abroad, never a territorial force at home ("South Wales Police")
    ("Nigeria Police Force", True), ("Romanian Police", True), ("South Wales Police", False),
    ("Scottish Police", False),
    ("Nigerian Economic and Financial Crimes Commission", True), ("Government of Pakistan", True),
    ("Ministry of Interior of Afghanistan", True),
    # ... and the schemes and programmes named for a people or a country
    ("Afghan Relocations and Assistance Policy", True), ("Hong Kong BN(O) Welcome Programme", True),
    ("Ukraine Family Scheme", True), ("Syrian Vulnerable Persons Resettlement Scheme", True),
    # a people's or a country's local group, church or shop is no state's
    ("Polish Community Centre", False), ("Romanian Orthodox Church", False), ("Somali Women's Group", False),
    ("Afghan Resettlement Team", False), ("Quillbury Army Cadets", False), ("Poland Street Surgery", False),
])
def test_state_bodies(name: str, expected: bool) -> None:
    assert is_state_body(name) is expected


@pytest.mark.parametrize("url, expected", [
    ("https://www.gov.uk/government/publications/working-together", True),
    ("www.nspcc.org.uk/learning", True), ("https://learning.nspcc.org.uk/research", True),
    ("http://www.westbridge.gov.uk/lscb", True), ("https://www.nhs.uk/conditions", True),
    ("www.facebook.com/chloe.hartley", False), ("https://quillbury-primary.sch.uk", False),
    ("http://notgov.uk.example.com", False),
    # A safeguarding board's or partnership's own website publishes its reviews.
    ("http://www.chscb.org.uk/wp-content/uploads/2019/03/review.pdf", True),
    ("https://www.quillburylscb.org.uk/reviews", True), ("www.westbridgescp.co.uk", True),
    ("https://www.safeguardingquillbury.org.uk", True), ("https://quillbury-scp.org.uk", True),
    ("https://www.scbhomes.co.uk", False), ("https://www.quillburyscaffolding.co.uk", False),
    # national research bodies' sites, and one a line's end wraps at its hyphen
    ("https://whatworks-csc.org.uk/research", True), ("whatworks-\ncsc.org.uk", True),
    ("https://www.foundations.org.uk/our-work", True),
    # a document an organisation's site publishes (its uploads or documents folder, or a PDF): a citation's
    ("\u2026mandatenow.org.uk/wp-content/uploads/2017/02/west...", True),
    ("https://www.quillburytrust.org/documents/annual-review.pdf", True),
    ("https://www.quillburyhousing.org.uk/reports/neglect.pdf", True),
    # ... never a person's page there, nor a company's or a family's site
    ("https://www.quillburytrust.org.uk/team/chloe-hartley", False),
    ("https://www.hartleyfamily.co.uk/wp-content/uploads/2017/02/photo.jpg", False),
    ("https://www.chloehartley.com/documents/cv.pdf", False),
    # a platform's site named bare, and a bereavement or bereaved parents' charity's; never an account's page on one
    ("web.snapchat.com", True), ("fortnite.com", True), ("www.lullabytrust.org.uk", True),
    ("https://www.tiktok.com/@kay_x", False), ("discord.com/invite/abc12", False),
])
def test_public_urls(url: str, expected: bool) -> None:
    assert is_public_url(url) is expected


@pytest.mark.parametrize("address, expected", [
    # A board's site carries its abbreviation or "safeguarding" in the name it registers, whatever the ending.
    ("www.quillburyLSCB.com", True), ("http://www.westbridgescb.org/reviews/child-r.pdf", True),
    ("www.lscb-quillbury.org", True), ("https://quillbury-cscp.net", True), ("www.eastvaleSCP.org.uk", True),
    ("https://www.quillburysafeguardingpartnership.com/about", True), ("https://www.westbridge.gov.wales", True),
    ("www.quillbury.police.uk/contact", True), ("https://www.eastvale.nhs.uk", True),
    # A person's, a family's or a school's site is still found.
    ("www.chloehartleyblog.co.uk", False), ("https://www.facebook.com/QuillburyLSCB.chloe", False),
    ("instagram.com/chloe_hartley", False), ("www.hartleyfamily.com", False),
    ("https://www.quillbury-primary.sch.uk", False), ("www.lscb-quillbury.sch.uk", False),  # a school names itself
    ("www.scbhomes.com", False), ("www.scpaving.com", False),  # the abbreviation must end its part
    # a safeguarding partnership's "SP" after its council's area, never after any other word
    ("https://www.rutlandsp.org.uk/reviews", True), ("www.north-somerset-sp.org.uk", True),
    ("www.wasp.org.uk", False), ("www.chloehartleysp.com", False), ("www.rutlandsp.sch.uk", False),
    ("chloe.hartley@quillburylscb.com", False),  # an e-mail address is no web page
])
def test_a_board_site_is_public_whatever_its_ending(address: str, expected: bool) -> None:
    assert is_public_url(address) is expected


@pytest.mark.parametrize("address, expected", [
    ("lscb@quillburyLSCB.com", True), ("chloe.hartley@quillburylscb.com", False), ("lscb@chloehartley.com", False),
    ("enquiries@rutlandsp.org.uk", True), ("chloe.hartley@rutlandsp.org.uk", False),
])
def test_a_board_site_s_mailboxes(address: str, expected: bool) -> None:
    assert is_public_email(address) is expected


@pytest.mark.parametrize("address, expected", [
    ("lscb@westbridge.gov.uk", True), ("safeguarding.board@westbridge.gov.uk", True),
    ("jane.smith@westbridge.gov.uk", False), ("jsmith@westbridge.gov.uk", False),
    ("aaliyah.okafor@nhs.net", False), ("lscb@gmail.com", False),
    # words run together in capitals: a role mailbox still, a person's name still not
    ("Mailbox.NationalReviewPanel@education.gov.uk", True), ("SafeguardingBoard@westbridge.gov.uk", True),
    ("JaneSmith@westbridge.gov.uk", False), ("Jane.Smith@westbridge.gov.uk", False),
    ("ReviewPanel.JSmith@westbridge.gov.uk", False), ("MailboxPanel@gmail.com", False),
    # a board's abbreviation: the area's initial before SCB or SCP ("pscb" of a board in P…)
    ("pscb@plymouth.gov.uk", True), ("WSCP@westbridge.gov.uk", True), ("hscb.admin@westbridge.gov.uk", True),
    ("pscb@gmail.com", False),
    # an adults' board's, a homicide review's and a business unit's mailboxes (two role words run together too)
    ("sab.admin@merseyvale.gov.uk", True), ("dhr@eastmarlshire.gov.uk", True),
    ("scp.businessunit@severnvale.gov.uk", True), ("dhr@gmail.com", False), ("sab.jsmith@merseyvale.gov.uk", False),
])
def test_public_emails(address: str, expected: bool) -> None:
    assert is_public_email(address) is expected


@pytest.mark.parametrize("text, expected", [
    ("Morris K (2012) Family support. London: Quill Press.", ["Morris K (2012) Family support. London: Quill Press."]),
    ("Smith J., (2015). A title. Journal of Care 3(2).", ["Smith J., (2015). A title. Journal of Care 3(2)."]),
    ("- Department for Education (2018) Working Together.", ["- Department for Education (2018) Working Together."]),
    # editors, marked so before the year
    ("Bernard, C. and Harris, P. (eds) (2016) Safeguarding Black Children. London: Jessica Kingsley.",
     ["Bernard, C. and Harris, P. (eds) (2016) Safeguarding Black Children. London: Jessica Kingsley."]),
    ("Smith, J. (ed.) (2010) Title. Bristol: Policy Press.", ["Smith, J. (ed.) (2010) Title. Bristol: Policy Press."]),
    # after a list's label on its line ("Further reading:", "Sources:")
    ("Further reading: Firmin, C. (2020) Contextual Safeguarding. Abingdon: Routledge.",
     ["Firmin, C. (2020) Contextual Safeguarding. Abingdon: Routledge."]),
    ("Sources: SafeLives (2015) Getting it right first time. Bristol: SafeLives.",
     ["SafeLives (2015) Getting it right first time. Bristol: SafeLives."]),
    # a body's name of any words, where its publisher's place and name or its address end the line
    ("Women's Aid (2023) The Domestic Abuse Report 2023. Bristol: Women's Aid.",
     ["Women's Aid (2023) The Domestic Abuse Report 2023. Bristol: Women's Aid."]),
    ("Children's Commissioner for England (2019) Skipping School: Invisible Children. London: Children's Commissioner.",
     ["Children's Commissioner for England (2019) Skipping School: Invisible Children. London: Children's "
      "Commissioner."]),
    ("as shown (Brandon et al., 2020) before", ["(Brandon et al., 2020)"]),
    ("Brandon et al. (2020) found", ["Brandon et al. (2020)"]),
    ("Available at: https://www.gov.uk/guidance", ["Available at: https://www.gov.uk/guidance"]),
    # a quoted title, then its date and author in brackets
    ("the publication of the 'Review of the role of Boards' (March 2016, Alan Wood).",
     ["(March 2016, Alan Wood)"]),
    ("the \u201cWood Report\u201d (2016, Sir Alan Wood) said", ["(2016, Sir Alan Wood)"]),
    # research named by its authors and year without brackets
    ("a study of Scottish reviews by Vincent and Petch in 2012 found", ["Vincent and Petch in 2012"]),
    ("research by Brandon et al. in 2008 showed", ["Brandon et al. in 2008"]),
    ("Research by Sidebotham et al.\n\nPage 8\n", ["Sidebotham et al."]),  # its year on the next page
    ("the analysis carried out by Sidebotham and colleagues in 2016", ["Sidebotham and colleagues in 2016"]),
    # ... "and colleagues" without the year, after a study's word
    ("The national analysis of SARs by Preston-Shoot and colleagues repeatedly identifies it",
     ["Preston-Shoot and colleagues"]),
    # "and colleagues" as "et al." before the year; "see" or "cf." before the authors
    ("Research by Brandon, Sidebotham and colleagues (2016) identified", ["Brandon, Sidebotham and colleagues (2016)"]),
    ("See Sidebotham P et al. (2016) Pathways to harm. London: DfE.", ["See Sidebotham P et al. (2016)"]),
    ("as found (see Brandon et al., 2020) before", ["(see Brandon et al., 2020)"]),
    ("cf. Munro E (2011) The Munro Review", ["cf. Munro E (2011)"]),
])
def test_cited(text: str, expected: list[str]) -> None:
    spans = cited_spans(text)
    outer = [(a, b) for a, b in spans if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in spans)]
    assert [text[a:b] for a, b in outer] == expected


@pytest.mark.parametrize("text", [
    "In 2015, Chloe Hartley moved.", "Chloe Hartley (2012) was born.", "June 2015 he moved.",
    "Ava Smith (2015) \u2013 sister, lives in Bristol: visited weekly.", "Kayden Jones (2012): Bristol",
    "Aaliyah Okafor (2012)", "Mrs Okafor (2019) said", "Okafor, J. (eds unknown) (2012)",
    "Present: Okafor (2012)", "Mother: Kayleigh (2012) said",  # a label that names no works
    "Mother moved (March 2016, Jane Smith was born).", "she said 'no' (March 2016, Jane Smith)",
    "(March 2016, Jane Smith)",
    # people, not authors: no research named before them
    "she was assaulted by Smith and Jones in 2012", "a report by Okafor in 2016 said",
])
def test_not_cited(text: str) -> None:
    assert cited_spans(text) == []


def test_an_entry_goes_on_over_wrapped_lines_on_a_page() -> None:
    text = "Morris K (2012) Family support in\npractice. London: Quill Press.\n\nChloe Hartley moved."
    a, b = max(cited_spans(text, continued=True), key=lambda s: s[1] - s[0])
    assert text[a:b].endswith("Quill Press.") and "Chloe" not in text[a:b]


def test_an_entry_on_a_page_goes_on_over_no_numbered_paragraph() -> None:
    """A page that opens with the end of the last page's sentence ("… by the Bradford Safeguarding" / "Children
    Partnership (2013). This is consistent …") reads like an entry; the paragraphs after it are no part of it."""
    text = ("Children Partnership (2013). This is consistent with Regulation 5.\n4.17 Practitioners described high "
            "caseloads. Ms Nnamani missed appointments on 22/01/2020, and the practice did not follow this up.\n"
            "Learning Point 7: Non-attendance should prompt curiosity.\n")
    assert not any("22/01/2020" in text[a:b] for a, b in cited_spans(text, continued=True))


@pytest.mark.parametrize("marker", ["[2]", "(2)", "2)", "\u2022", "*"])
def test_an_entry_on_a_page_goes_on_over_no_next_note(marker: str) -> None:
    """Footnotes on a page: a note citing a report ("[1] Department for Education (2022) …") ends where the next
    note's marker opens a line; the notes after it are the review's own (a record's date, a practitioner)."""
    text = (f"[1] Department for Education (2022) Working together to improve school attendance.\n{marker} "
            "Mr Pilling's words, from a conversation with the reviewer. [4] Hospital record, 27/02/2022 23:58.\n")
    assert not any("Pilling" in text[a:b] for a, b in cited_spans(text, continued=True))


@pytest.mark.parametrize("name, expected", [
    ("Greater Manchester Fire and Rescue Service", True), ("West Yorkshire Fire & Rescue Service", True),
    ("Scottish Fire and Rescue Service", True), ("London Fire Brigade", True),
    ("Norfolk Fire and Rescue Service", False), ("Quillbury Fire Service", False),  # a county's, a town's
])
def test_a_regions_fire_service_is_public(name: str, expected: bool) -> None:
    assert is_regional_fire_service(name) is expected
