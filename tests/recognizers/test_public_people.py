"""People named with a public role are public: the review's authors, reviewers and chairs, public offices,
post-nominal letters. Professionals in the case are not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import recognizers.public_people as pp
from recognizers.public_people import (
    affiliations,
    author_places_of_study,
    authoring_companies,
    cover_authors,
    public_people,
    titled_office_holders,
)
from tests.recognizers.prose import analysed_entities


@pytest.mark.parametrize("text, expected", [
    ("Author: Marta Quillfeather 14.02.19", ["Marta Quillfeather"]),
    # a co-reviewer, with the part of the review theirs in brackets
    ("Co-reviewer (policing): Stephen Ashdown, former Detective Superintendent", ["Stephen Ashdown"]),
    # a secretary of state by the department's name
    ("Last year, Education Secretary Michael Gove rejected the review", ["Michael Gove"]),
    ("the Home Secretary, Priti Patel, said", ["Priti Patel"]),
    # His (Her) Majesty's Chief Inspector, written out
    ("Christine Gilbert, Her Majesty\u2019s Chief Inspector, said:", ["Christine Gilbert"]),
    # an article's byline at its head
    ("Battered baby was let down, says report\n\n- By EDDIE BISKNELL & RICHARD CASTLE editorial@mail.co.uk\n",
     ["EDDIE BISKNELL", "RICHARD CASTLE"]),
    ("By Jane Quillfeather\n\nThe review found", ["Jane Quillfeather"]),
    # ... or the name alone under the headline, the day of publication on the next line
    ("Children and Domestic Homicide\n\nJane Quillfeather\nTuesday, May 29, 2018\n\nResearchers found",
     ["Jane Quillfeather"]),
    ("Review published\nJane Quillfeather\nMonday 4 June 2018\nThe board said", ["Jane Quillfeather"]),
    # ... the name and the day on one line, as a Word or PDF copy joins them
    ("Children and Domestic Homicide\nJane Quillfeather Tuesday, May 29, 2018\nResearchers found",
     ["Jane Quillfeather"]),
    # the foreword's writer: the report's own
    ("resources of practitioners\u201d\n(Foreword by Chair, Annie Hudson).", ["Annie Hudson"]),
    ("Foreword by Lysander Quayle, Independent Chair", ["Lysander Quayle"]),
    ("Report by: OSWIN DELACROIX (NSPCC)", ["OSWIN DELACROIX"]),
    ("Overview report prepared by:-\nPerpetua Ashgrove, Independent Author\nSignature:", ["Perpetua Ashgrove"]),
    ("Endorsed by:- Lysander Quayle, Independent Chair of the QSCB", ["Lysander Quayle"]),
    ("The chair of Quillbury Safeguarding Children Board, Lysander Quayle, agreed that", ["Lysander Quayle"]),
    ("Report by: Idony Marchbank Independent Overview Report Writer", ["Idony Marchbank"]),
    ("Review Panel Chair – Dr Casimir Vantongeren\nOverview Report Author – Ebba Thornquist",
     ["Casimir Vantongeren", "Ebba Thornquist"]),
    ("carried out by Independent Reviewers Dr Wilfreda Ostrander and Ansel Pemberly in May",
     ["Wilfreda Ostrander", "Ansel Pemberly"]),
    ("Saffi Wrenfield Independent review author April 2016", ["Saffi Wrenfield"]),
    ("Lead Reviewer\n\nMerewen Abernethy PhD, BNSc. (Hons.) RGN", ["Merewen Abernethy"]),
    ("a letter from the Minister of State, Rowena Feltham, to chairs", ["Rowena Feltham"]),
    # a commissioner of any kind after the name, "then" before the office too
    ("Anne Quillfeather, then Children's Commissioner, spoke about it.", ["Anne Quillfeather"]),
    ("Anne Quillfeather, the Children\u2019s Commissioner for England, said", ["Anne Quillfeather"]),
    ("Nicole Quillfeather, the Domestic Abuse Commissioner, said", ["Nicole Quillfeather"]),
    ("Jo Quillfeather, the then Police and Crime Commissioner, said", ["Jo Quillfeather"]),
    # a national body's president: an office no one in a case holds
    ("Association of Directors of Children\u2019s Services president Rowena Feltham said", ["Rowena Feltham"]),
    ("Rowena Feltham, Vice President of the ADCS, said", ["Rowena Feltham"]),
    ("The Chair of that Board, Ms Tamsin Oakhurst, decided", ["Tamsin Oakhurst"]),
    ("Fenella Quarrington MSc MA CQSW AASW", ["Fenella Quarrington"]),
    ("statement of the Independent Child Safeguarding Commissioner, Bram Kettleby QPM, can be found",
     ["Bram Kettleby"]),
    ("the independent author, Jude Harkaway,", ["Jude Harkaway"]),
    ("The session began with Dr Wilfreda Ostrander, one of the Lead Reviewers, giving an overview",
     ["Wilfreda Ostrander"]),  # one of the review's authors
    ("Lead reviewer: Dr Amara Okafor", ["Amara Okafor"]),
    ("Report AuthorIsolde Brackenridge\n", ["Isolde Brackenridge"]),  # the label ran into the name
    ("Isolde Brackenridge\n\nMSc MA CQSW AASW\n", ["Isolde Brackenridge"]),  # letters on the next line
    ("the purpose of the review.\n\nPeregrine Ashdown\nQuillbury Safeguarding Children Board\n",
     ["Peregrine Ashdown"]),  # the board's signatory
    ("A SERIOUS CASE REVIEW OVERVIEW REPORT Marwenna Castellane C.B.E.\n", ["Marwenna Castellane"]),  # dotted honours
    ("Rosalind Penhallow O.B.E., Q.P.M. chaired the panel", ["Rosalind Penhallow"]),
    ("Report produced by Marwenna Castellane M.Sc.\n\nIndependent Chair and Author\n", ["Marwenna Castellane"]),
    ("Rosalind Penhallow Ph.D., B.Ed. chaired the panel", ["Rosalind Penhallow"]),  # mixed-case degrees, dotted
    ("Published 22 December 2015\nAuthors: Fenella Quarrington with Ysolde Trenchard\nSCIE Lead Reviewers",
     ["Fenella Quarrington", "Ysolde Trenchard"]),  # a co-author joined with "with", ending the line
    ("authored by independent reviewers Gwladys Penhallow-Wyatt OBE and Dilys Bracewell.",
     ["Gwladys Penhallow-Wyatt", "Dilys Bracewell"]),  # honours between two joined names
    ("can be found in Bertram Quayle (Chair of the Panel) letter titled", ["Bertram Quayle"]),
    ("Ottilie Harcourt (Independent Chair of the QSCB) wrote", ["Ottilie Harcourt"]),
    # a peer: a member of the House of Lords, named by the style alone
    ("Lord Quillfeather recommended that the highest priority", ["Lord Quillfeather"]),
    ("Acting on Lord Quillfeather's 2009 report", ["Lord Quillfeather"]),
    ("the review by Baroness Ashgrove of Quillbury found", ["Baroness Ashgrove of Quillbury"]),
    # a surname that is also a layout word, after a first name: the name's own word
    ("Independent author: Sian Page\nSeptember 2021", ["Sian Page"]),
    ("Lead Reviewer: Dr Amara Case", ["Amara Case"]),
    ("Author: Jane Smith Page 3", ["Jane Smith"]),  # after a full name, the page's number
    # a month that opens a name before a surname is a first name
    ("Independent author: June Lancaster\n\nJanuary 2021", ["June Lancaster"]),
    ("Lead reviewer: Dr April Okafor", ["April Okafor"]),
    # appointed or commissioned to write or lead the review
    ("The membership of the Panel is detailed at Appendix B. Mr Ranulph Quayle was appointed to produce the "
     "Overview Report.", ["Ranulph Quayle"]),
    ("Dr Ebba Thornquist was commissioned as the independent reviewer.", ["Ebba Thornquist"]),
    # a board's statement on publication: its chair, scrutineer or a council's lead member, quoted
    ("said Tamsin Oakhurst the Independent Chair of the Safeguarding Board in Quillshire.", ["Tamsin Oakhurst"]),
    ("On 30th January 2017, Ottilie Harcourt, the Independent Chair of Quillbury Safeguarding Children Board, agreed",
     ["Ottilie Harcourt"]),
    ("Bram Kettleby, Independent Scrutineer of the QSCP and Chair of the Youth Justice Board, said",
     ["Bram Kettleby"]),
    ("Councillor Rowena Feltham, cabinet member for children and education, said", ["Rowena Feltham"]),
    # the review carried out by, or its authors were
    ("Executive Summary of a Thematic Child Safeguarding Practice Review (CSPR) undertaken by Jude Harkaway in "
     "respect of three families", ["Jude Harkaway"]),
    ("This learning review was undertaken by Saffi Wrenfield and Dilys Bracewell. It concerns a young woman",
     ["Saffi Wrenfield", "Dilys Bracewell"]),
    ("The authors were Marta Quillfeather, Ebba Thornquist and Ansel Pemberly. There is learning",
     ["Marta Quillfeather", "Ebba Thornquist", "Ansel Pemberly"]),
    ("The independent authors were Fenella Quarrington and Ysolde Trenchard. The mother",
     ["Fenella Quarrington", "Ysolde Trenchard"]),
    # slides: each name alone on its line, its role on the next
    ("Summary and Findings\nSteve Quillfeather\nIndependent Chair\nSCR Panel\nKeith Thornquist\nIndependent Author\n",
     ["Steve Quillfeather", "Keith Thornquist"]),
    ("at the request of The Rt Hon Rowena Feltham MP, Secretary of State for Education", ["Rowena Feltham"]),
    ("Serious Case Review Family A Fenella Quarrington & Ysolde Trenchard-Wyatt Panel chairs, Authors and Lead "
     "Reviewers", ["Ysolde Trenchard-Wyatt", "Fenella Quarrington"]),
    # a chair of a named group of the partnership; a board's own chair in its statement; a mayor
    ("Marta Quillfeather, Chair of the Strategic Leadership Group for the Quillbury Safeguarding Children "
     "Partnership.", ["Marta Quillfeather"]),
    ("Our chairperson, Ansel Pemberly said: \u201cWe accept the findings.\u201d", ["Ansel Pemberly"]),
    ("Cllr Rowena Feltham, Deputy Mayor and Cabinet Member for Children's Services, and the Mayor of Quillbury, "
     "Ebba Thornquist, said", ["Ebba Thornquist", "Rowena Feltham"]),
    ("Ebba Thornquist, Mayor of Quillbury, said", ["Ebba Thornquist"]),
    # the partnership's co-chairs, each with their office in brackets
    ("Ansel Pemberly (CEO of Quillbury Children\u2019s Trust) and Ebba Thornquist (Chief Superintendent, Quillshire "
     "Police), our Co-Chairs, introduced the session.", ["Ebba Thornquist", "Ansel Pemberly"]),
    ("Ansel Pemberly and Ebba Thornquist, the Partnership Co-Chairs, opened it.",
     ["Ebba Thornquist", "Ansel Pemberly"]),
    ("Ebba Thornquist Minister for Children said", ["Ebba Thornquist"]),
    ("Ebba Thornquist, Commissioner, said", ["Ebba Thornquist"]),
    # whoever a board commissioned is its reviewer
    ("Respected academic Dr Saffi Wrenfield and his colleague Dr Dilys Bracewell were commissioned by Quillbury "
     "Safeguarding Children Board to look at the issues", ["Saffi Wrenfield", "Dilys Bracewell"]),
    # an independent consultant who assisted the inquiry
    ("I was assisted in the Inquiry by Fenella Quarrington, independent consultant and Associate of the "
     "Institute", ["Fenella Quarrington"]),
    # an honour marks a public figure; a co-author joined to them ends the author line
    ("Bram Kettleby CBE and Jude Harkaway\nThis anonymised report", ["Bram Kettleby", "Jude Harkaway"]),
    ("Bram Kettleby CBE and Jude Harkaway met the father on 3 May", ["Bram Kettleby"]),  # in a sentence
    # a month after a title and a first name is the surname ("Author: Sian May" alone may be a date's)
    ("Independent author: Dr Tina May\nSeptember 2021", ["Tina May"]),
    # national offices of public bodies
    ("in December 2011 a letter was issued by Ansel Pemberly, National Director, Development and Strategy, Ofsted.",
     ["Ansel Pemberly"]),
    ("Dilys Bracewell, HM Chief Inspector of Education, Children's Services and Skills, wrote", ["Dilys Bracewell"]),
    # a name the cover dates as published
    ("SERIOUS CASE REVIEW CHILD M YSOLDE TRENCHARD Published March 2018", ["YSOLDE TRENCHARD"]),
    # the board's chair as news and minutes name them
    ("thanked the board's chairman, Perpetua Ashgrove, for all their efforts", ["Perpetua Ashgrove"]),
    ("The board\u2019s chair Ansel Pemberly said things were improving", ["Ansel Pemberly"]),
    ("In an interview, QSCB chair Lysander Quayle confirmed the two cases", ["Lysander Quayle"]),
    ("it was agreed that Casimir Vantongeren, Interim Chair of the Quillbury Safeguarding Children Board (QSCB), would",
     ["Casimir Vantongeren"]),
    # a knight or dame, an elected councillor, a minister by title
    ("recognised by Sir Bram Kettleby, of HM Inspectorate of Constabulary, as good practice", ["Bram Kettleby"]),
    ("Coun Jude Harkaway said: \u201cIt is so sad.\u201d Cllr Tamsin Oakhurst agreed.",
     ["Jude Harkaway", "Tamsin Oakhurst"]),
    ("Minister Rowena Feltham today welcomed the launch of the report", ["Rowena Feltham"]),
    # a judge by title: a public office ("sentence handed down by Judge X")
    ("welcomed the lengthy sentence handed down by Judge Isolde Brackenridge. A council", ["Isolde Brackenridge"]),
    # Scotland's boards: the chair of the child protection committee or of the chief officers' group
    ("in the words of the chair of the Child Protection Committee, Lysander Quayle.", ["Lysander Quayle"]),
    ("Ansel Pemberly, chairwoman of the Quillbury and Kinross chief officers\u2019 group, said", ["Ansel Pemberly"]),
    ("Ansel Pemberly, Chair of Quillbury Chief Officers Group (COG) said", ["Ansel Pemberly"]),
    # the role after the board's name
    ("Saffi Wrenfield, Quillbury Safeguarding Children Board independent chair, said:", ["Saffi Wrenfield"]),
    # reviewers, one with a title
    ("This Serious Case Review was carried out by Independent Reviewers Dr Isolde Brackenridge and Ebba Thornquist "
     "in September 2019.", ["Isolde Brackenridge", "Ebba Thornquist"]),
    # a list of those present: the name, a dash, the role
    ("Saffi Wrenfield - Independent Chair of the Quillbury Safeguarding Children Partnership (QSCP)\n"
     "Mrs Kate Quillan - Cabinet Member for Children, Young People and Families (QCC)", ["Saffi Wrenfield",
                                                                                        "Kate Quillan"]),
    # a statutory review led by its reviewer, whose employer and job come first
    ("A significant case review (SCR) was carried out following Child B\u2019s hospitalisation, led by Quillbury "
     "Council improvement officer Kate Quillan.", ["Kate Quillan"]),
    # a web page's byline: "published on this site <date> by X"
    ("Source: Quillbury Safeguarding Children Board published on this site Wednesday 9th August 2017 by Kate Quillan",
     ["Kate Quillan"]),
    # ... or a document site's credit for the page, a line of its own
    ("Serious Case Review Child E\nPage created by Kate Quillan\n", ["Kate Quillan"]),
    # reviewers a board commissioned, in the active voice
    ("To coincide with the publication, QSCB commissioned Dr Isolde Brackenridge and Dr Ebba Thornquist to compile "
     "an independent report", ["Isolde Brackenridge", "Ebba Thornquist"]),
    ("The Partnership commissioned Saffi Wrenfield to lead the review", ["Saffi Wrenfield"]),
    # a list of the review's authors under its heading
    ("Authors\n\n  \u2022 Kate Quillan, Head of Service, Public Health Nursing\n\n  \u2022 Ansel Pemberly, "
     "Improvement Lead\n\nIntroduction\n", ["Kate Quillan", "Ansel Pemberly"]),
    # ... the list run together on one line, as a PDF's or a Word paragraph's text may give it
    ("Authors\n\u2022 Kate Quillan, Head of Service, Public Health Nursing   \u2022 Ansel Pemberly, Improvement Lead"
     "   \u2022 Orla Brightwater, Improvement Director\n1.0 Introduction\n",
     ["Kate Quillan", "Ansel Pemberly", "Orla Brightwater"]),
    # ... or one name to a line, as a document's cover lists its authors
    ("Version control\nDate of V5\n10/11/2015\nAuthors:\nKate Quillan\nAnsel Pemberly\nOrla Brightwater\n"
     "Review date:\nMay 2016\n", ["Kate Quillan", "Ansel Pemberly", "Orla Brightwater"]),
    ("Authors:\nKate Quillan\nAnsel Pemberly saw the mother.\n", ["Kate Quillan"]),  # a sentence ends the list
    # a learning event's speaker: no one in the case presents the review's webinar or seminar
    ("You can also watch the webinar, hosted by BSCP, which begins with an overview of the case, delivered by "
     "Dr Russell Quillbank.", ["Russell Quillbank"]),
    ("A seminar on the learning was presented by Amara Fenwright and Ola Brisk.", ["Amara Fenwright", "Ola Brisk"]),
    ("This was then followed by a talk delivered by Amara Fenwright (Assistant Director, Safeguarding).",
     ["Amara Fenwright"]),
    ("a talk delivered by Amara Fenwright (Assistant Director, Safeguarding (Partnerships, Quill Trust) and Ola Brisk "
     "(Director of Safeguarding, Quill Hospital)", ["Amara Fenwright", "Ola Brisk"]),  # each with a role in brackets
    # the members of the review's panel, listed under their heading
    ("Panel members are as follows:\n\n\u2022 Kate Quillan is a practising barrister.\n\n\u2022 Ansel Pemberly "
     "is Head of Development at the Branch.\n", ["Kate Quillan", "Ansel Pemberly"]),
    ("Review panel membership\n\u2022 Kate Quillan, Designated Nurse\n\u2022 Ansel Pemberly, Head of Service\n",
     ["Kate Quillan", "Ansel Pemberly"]),
    ("4. Panel members are as follows:\n\n\u2022 Kate Quillan is a practising barrister.\n", ["Kate Quillan"]),
    # a panel list: the author's line holds the author's name, so the role labels no name on the next line
    ("Jane Harrowby, Independent Reviewer and Author\nDr Simon Okoro, Designated Doctor for Safeguarding",
     ["Jane Harrowby"]),
    # a news report's reporter
    ("The Report made a series of recommendations - as Richard Slee reports.", ["Richard Slee"]),
    # a list of reviewers with its last comma before "and", and the report's date after the last name
    ("Reviewers: Alex Quillan, Jane Brightwater, and Jenny Fenwright September 2021",
     ["Alex Quillan", "Jane Brightwater", "Jenny Fenwright"]),
    # a byline with the day of publication after a bar
    ("By Simon Quillfeather | 19 June 2025", ["Simon Quillfeather"]),
    # the board's chair as the press writes it: "independent chairman of …"
    ("Dr Saffi Wrenfield, independent chairman of Quillbury SCB, said:", ["Saffi Wrenfield"]),
    ("Responding to the report, Kate Quillan, independent chairwoman of Quillbury Safeguarding Children Board "
     "apologised.", ["Kate Quillan"]),
    # a cabinet member, the portfolio between the office and the name
    ("Cabinet member for children's services Ansel Pemberly subsequently told Community Care", ["Ansel Pemberly"]),
    # a council's chief executive
    ("The review team was led by Orla Brightwater, the council's chief executive, who has a long career.",
     ["Orla Brightwater"]),
    ("Orla Brightwater, chief executive of Quillbury County Council, said", ["Orla Brightwater"]),
    # the board's chair on the cover, on the line below the board's name
    ("AMY\nOn behalf of the Quillbury Safeguarding Children Board\nChair Saffi Wrenfield\nSeptember 2012\n",
     ["Saffi Wrenfield"]),
    # a review's kind by its letters before the role, and the reviewer's firm before the name with a dash
    ("Date of SAR December 2021\nSAR Reviewer\n\nMaking Connections \u2013 Jude Harkaway\n",
     ["Making Connections", "Jude Harkaway"]),  # (the firm's words, public too)
    ("DHR Chair and Author: Fenella Quarrington\n", ["Fenella Quarrington"]),
    # a news photograph's credit: the photographer, then the agency
    ("A review has highlighted missed chances. Pic: Bram Kettleby/PA Wire - Credit: PA", ["Bram Kettleby"]),
    # a council's minutes: the committee officer, the members who sent apologies, who presented an item
    ("Agenda and draft minutes\n\nVenue: County Hall\n\nContact: Kate Griffiths, Committee Officer\n\n"
     "Apologies were received from Nyear Nazir, Kate Bailey and Nina Warrington.\n\n"
     "To receive a presentation from Maria White.", ["Kate Griffiths", "Nyear Nazir", "Kate Bailey", "Nina Warrington",
                                                    "Maria White"]),
    ("Minutes of the meeting of the Health and Wellbeing Board\nApologies were received from Jo Bond and Amy Lee.",
     ["Jo Bond", "Amy Lee"]),
    # a board's list of its published reviews: the reviewer and the council's owner of each
    ("Date of review\nJune 2024\nReviewer\nSteve Chamberlain\nOwner\nMonuara Ullah, London Borough of Hounslow\n",
     ["Steve Chamberlain", "Monuara Ullah"]),
    ("SAR Reviewer\n\nMaking Links \u2013 Eliot Quillon\n\nOwner\n\nMonuara Abara \u2013 LB Hounslow\n",
     ["Making Links", "Eliot Quillon", "Monuara Abara"]),  # (the reviewer's company, before the name)
    ("Jane Smith, the reviewer, met the family.", ["Jane Smith"]), ("Jane Smith (the author) wrote", ["Jane Smith"]),
    ("Jane Smith Independent Author\n", ["Jane Smith"]),
    # the review's author, an independent practitioner
    ("Independent author: Jane Smith, independent social worker\n", ["Jane Smith"]),
    ("Lead reviewer: Jane Smith (an independent social worker)\n", ["Jane Smith"]),
    # a surname opening with a particle in capitals, or with two particles
    ("Independent Reviewer: Declan \u00d3 Murch\u00fa\n", ["Declan \u00d3 Murch\u00fa"]),
    ("Independent Reviewer: Jan van der Berg\n", ["Jan van der Berg"]),
])
def test_public_roles(text: str, expected: list[str]) -> None:
    assert public_people(text) == expected


@pytest.mark.parametrize("text", [
    "the social worker Jane Smith visited the family",
    # a strategy meeting's apologies in a case's chronology: practitioners in the case
    "Strategy meeting 4 May 2021. Apologies: Dr Sarah Brown (GP). Minutes of the meeting were shared.",
    "Minutes of the strategy meeting\nApologies: Sarah Brown (GP)",
    "Jane Smith, chair of the Initial Child Protection Conference, said",
    "SAR Reviewer\n\nthe social worker \u2013 Jane Smith\n",  # no firm's name before the dash
    "Jane Smith/Kelly Brown attended the meeting",  # two people, no agency
    "Jane Smith (chair of the Initial Child Protection Conference) said",
    "Jane Smith (the social worker) said",
    # a reference's letters after a name are no post-nominals ("MP/22/004417": a missing person's report)
    "| 2 | 05.09.22 | First missing episode. | Lincs Pol MP/22/004417 |",
    # a person the sentence's subject speaks of: "the reviewer" after a name without a comma is no apposition
    "Without Ms Qureshi the reviewer believes Minh might have stayed in prison.",
    "When Jane Smith the author said so, the panel agreed.",
    "the family lived on Lord Street in 2015",  # a street named after a lord
    "the Lord Mayor's show", "Lord", "LORD QUILLFEATHER said",
    "the Independent Reviewing Officer, Jane Smith, said",
    "Independent Child Protection Chair Jane Smith",
    "Jane Smith MA visited",  # letters that could be initials need another post-nominal
    "Chloe Hartley (CH) said",
    "Lead Reviewer\nContents Page",  # layout words are no name
    "Independent author: Contents Page",
    "Author: Sian May",  # a month after a first name may be a date's: no full name
    "Independent author\nJune 2019",  # a date, no name
    "Report author: June Safeguarding Board",  # a month before layout words only
    "Author: Smith",  # one word is not a full name
    "A video of the child was uploaded on 3 March 2019 by Kyle Brown",  # no web page's own credit
    "in the words of the chair of the parents' group, Kyle Brown.",  # no board's chair
    "the conference was chaired by the Independent Child Protection Chair Jane Smith",
    "The child's looked-after review was led by the IRO Jane Smith.",  # a professional in the case
    "The serious case review found that the visit was led by social worker Jane Smith and her manager.",
    "Comments to the partnership business manager Jane Smith (jane.smith@example.gov.uk)",
    "the authorship of Jane Smith",  # a word that only starts with a role
    "Jane Smith\n\nMA\n",  # one weak post-nominal on the next line
    "Jane Smith\nMA visited",  # letters at the start of a sentence on the next line
    "Jane Smith moved to\nQuillbury Safeguarding Children Board",  # no name alone on its line
    "Jane Smith\n\nQuillbury Safeguarding Children Board",  # a blank line between: a cover, not a signature
    "Jane Smith\nQuillbury Safeguarding Children Board\nJane Smith was born",  # named again: the child
    "Jane Smith J.P. visited",  # one weak post-nominal, dotted, is still weak
    "Jane Smith C.B. said",  # dotted initials that are no post-nominal
    "Jane Smith was appointed as the child's social worker",  # a professional in the case
    "Jane Smith was appointed to produce a parenting assessment",
    "A home visit was undertaken by Jane Smith, the social worker",  # a visit, not the review
    "Jane Smith, the social worker, said",
    "The assessment was carried out by Jane Smith in May",
    "Jane Smith\nsocial worker\n",  # a role of the case on the next line
    "Jane Smith\nIndependent Reviewing Officer\n",
    "Jane Smith, a consultant paediatrician, said",  # a consultant in the case
    "Jane Smith was commissioned by the school to provide mentoring",  # commissioned, not by a board
    "Jane Smith's mother was born in March 2018",
    "Our social worker, Jane Smith, said",
    "Jane Smith, director of the nursery, said",  # a director of a place in the case
    "Chronology\nJane Smith\n12 May 2019\nseen at home",  # a date without its weekday: a record's line
    "The visit was cancelled.\nJane Smith\nTuesday, May 29, 2018\n" * 1 + "x" * 400,  # no article's head
    "Jane Smith, chief executive of the nursery, said",  # a chief executive of a place in the case
    "Jane Smith, chairman of the residents' association, said",
    "The Quillbury Safeguarding Children Board met.\nThe chair of the conference, Jane Smith, said",
    "Detective Chief Inspector Jane Smith led the investigation",  # a police officer in the case
    "Ms Lisa Jane Mayor visited the family",  # a surname that is an office's word, after two first names
    "Lisa Jane Mayor was the child's aunt",
    "Lisa Jane Minister was the child's aunt", "Lisa Jane Commissioner said",
    "Jane Smith, Chief Inspector, said",
    "the ICPC chair Jane Smith decided", "the conference chair, Jane Smith, decided",  # a chair in the case
    "The school commissioned Jane Smith to provide mentoring", "Sir", "Dame Street",
    "the mother's chair Jane Smith bought",
    "Family members\n\n  \u2022 Jane Smith, mother\n",  # a list under another heading
    "Authors\n\nThe review met Jane Smith, the mother.\n",  # no list item
    "The parenting course was delivered by Jane Smith, the family support worker.",  # work with the family
    "The webinar was missed. The assessment was delivered by Jane Smith.",  # another sentence's event
    "The parenting talk was missed. A talk was then given by the mother, Jane Smith.",
    "Family members\n\u2022 Jane Smith is the mother.\n",  # a list under another heading
    "She attended a seminar. Support was delivered by Jane Smith",
    "As Dawn Hartley reports in her statement, the mother was seen.",  # a practitioner's report
    # an independent chair of a conference in the case
    "The strategy meeting was chaired by Jane Smith, Independent Chair of the Child Protection Conference.",
    "Jane Smith, Independent Chair of the Review Child Protection Conference, agreed the plan.",
    # a clinician's letters, where the clinician acts in the case
    "Dr Amara Obi MBBS MRCPCH examined the child at the hospital.",
    "Child Q was seen by Dr Ann Lee FRCPCH, consultant paediatrician.",
    "The school nurse, Bernadette N\u00ed Fhloinn RGN (NMC PIN 04I0712E), leads the team.",  # a role before the name
    # a chapel's minister, in the case
    "The Reverend Dafydd Ellis, minister of Capel Bethel, visited the farm.",
    # an agency's own report's author: a practitioner of that agency, not the review's author
    "5.1 Royal Cornwall Hospitals NHS Trust (IMR author: Claire Penrose, Named Nurse for Safeguarding Children)\n",
    "4.1 Northumbria Police IMR (author DI Karen Woodhouse), paragraph 5.3:\n",
    "The IMR author, Claire Penrose, accepts this.\n", "Claire Penrose, IMR Author\n",
    # ... or of a record quoted, a practitioner's role after the name
    "B1.2 Case note, Plymouth City Council Children's Social Care, 03/11/2020, author Lucy Penhaligon (social "
    "worker), reproduced verbatim:\n",
    "Extract B - Evington Vale Primary School, author: Mr Graham Tuffnell, Deputy Headteacher and DSL\n",
    # ... or a practitioner's role before the name
    "Kinship Care Team – case note, 09/11/2022, author: Support Worker Claire Tebbutt\n",
    "Ward record, author: Staff Nurse Lauren Whitworth\n",
    "IMR 5: Blackburn with Darwen Children's Services (author: Service Manager, Mr Olu Adeyemi-Brown)\n",
    "Health chronology, author: Team Manager Priya Lal\n",
    # ... or a police rank before it: an officer in the case ("the notification was authored by Sgt Murphy")
    "The reviewers note that the notification was in fact authored by Sgt Murphy. Children's social care",
])
def test_not_public(text: str) -> None:
    assert public_people(text) == []


def test_a_dash_inside_an_authors_item_starts_no_item() -> None:
    text = "Authors\n\u2022 Kate Quillan, Head of Service \u2013 Jane Smith, the mother, was seen\n"
    assert public_people(text) == ["Kate Quillan"]


def test_the_subject_right_after_the_reviews_title_is_not_public() -> None:
    text = ("Published 5 th January 2018 1 Quillbury Safeguarding Children Board SERIOUS CASE REVIEW Sylwia Wojcik "
            "Lead Reviewer Second Reviewer and Report Author Idony Marchbank")
    assert "Sylwia Wojcik" not in public_people(text)


@pytest.mark.parametrize("text, expected", [
    # the subject right after a review's title and its report words, before the author's label or the date
    ("Serious Case Review Overview Report Oluchi Chukwu Author: Peter Maddocks Date: September 2015",
     ["Peter Maddocks"]),
    ("Overview Report Oluchi Chukwu Publication Date: March 2017 Page 2 of 37", []),
    ("Serious Case Review Executive Summary Oluchi Chukwu Published March 2017", []),
    # a cover's lines run together: the review's number after its title, and a role that labels the name after it
    ("DORSET SAFEGUARDING CHILDREN BOARD SERIOUS CASE REVIEW S25 GREGORY FREEMAN Report Author Karen Tudor "
     "November 2017", ["Karen Tudor"]),
    ("SERIOUS CASE REVIEW Malachy Keenaghan and Luke Thompson Independent Reviewer Karen Tudor June 2019",
     ["Karen Tudor"]),
    # a role with a colon labels the name after it, not the one before ("Board X Serious Case Review Author: Y")
    ("1 Quillbury Safeguarding Children Board Pamela Lees Serious Case Review Author: Joanna Nicolas. Independent "
     "child protection consultant.", ["Joanna Nicolas"]),
])
def test_the_subject_after_a_reviews_title_and_report_words_is_not_public(text: str, expected: list[str]) -> None:
    assert public_people(text) == expected


def test_a_role_alone_on_its_line_labels_the_name_below_it_not_the_one_above() -> None:
    """A Word cover, one paragraph a line: "SERIOUS CASE REVIEW S25" / the subject / "Report Author" / the author."""
    cover = "DORSET\nSAFEGUARDING CHILDREN BOARD\nSERIOUS CASE REVIEW S25\nUHBAN IHAB\nReport Author\nKaren Tudor\n"
    assert public_people(cover) == ["Karen Tudor"]


def test_the_subject_on_the_line_above_the_authors_label_is_not_public() -> None:
    assert public_people("JANE SMITH\nIndependent author: Professor Idony Marchbank\n") == ["Idony Marchbank"]


def test_the_subject_before_the_author_on_one_line_is_not_public() -> None:
    """A cover's lines run together in one paragraph: the name after "concerning:" is the child's."""
    text = ("The Overview Report into a Serious Case Review of the circumstances concerning: Oswin Delacroix "
            "Independent Lead Reviewer and Author Marta Quillfeather MSc, PhD. October 2016")
    found = public_people(text)
    assert "Oswin Delacroix" not in found and "Marta Quillfeather" in found, found
    # ... and in title case, where the cue runs into the name's capitals
    text = ("The Overview Report into a Serious Case Review of the Circumstances Concerning Oswin Delacroix "
            "Independent Author Dr Marta Quillfeather MSc, PhD. February 2015")
    found = public_people(text)
    assert not any("Delacroix" in name for name in found) and "Marta Quillfeather" in found, found


def test_a_name_joined_with_with_is_public_only_where_it_ends_the_line() -> None:
    """ "Author: X with Y" on a cover is a co-author; "Lead Reviewer X with Y, the father of Child A," in a
    sentence is someone the reviewer met."""
    assert public_people("Lead Reviewer Jane Smith with John Brown, the father of Child A, in May") == ["Jane Smith"]


COVER = ("Quillbury Safeguarding Children Board\n\nSerious Case Review\n\nChild R\n\nFinal Report\n\n{line}"
         "\n\nContents\n")
BODY = "\n1. Introduction\n1.1 Child R lived with her mother. {more}"


@pytest.mark.parametrize("line, expected", [
    ("Marta Quillfeather", ["Marta Quillfeather"]),
    ("Marta Quillfeather March 2019", ["Marta Quillfeather"]),
    ("OSWIN DELACROIX", ["OSWIN DELACROIX"]),
    ("CHILD R\n\nOSWIN DELACROIX", ["OSWIN DELACROIX"]),  # the subject's label on a line of its own
    ("Baby W\nMarta Quillfeather", ["Marta Quillfeather"]),
    ("Young Person B\n\nMarta Quillfeather\n\nMay 2019", ["Marta Quillfeather"]),
    ("CHILD M\n\nOSWIN DELACROIX Published March 2018", ["OSWIN DELACROIX"]),  # the publication date beside it
    ("Marta Quillfeather, published 14 June 2017", ["Marta Quillfeather"]),
    ("Independent author\nMarta Quillfeather", ["Marta Quillfeather"]),  # the label's own name, alone on its line
    # two authors on one line, joined
    ("Nicki Quillhall and Sue Gregorby", ["Nicki Quillhall", "Sue Gregorby"]),
    ("Marta Quillfeather & Oswin Delacroix\n\nMay 2019", ["Marta Quillfeather", "Oswin Delacroix"]),
])
def test_the_author_on_the_cover(line: str, expected: list[str]) -> None:
    assert cover_authors([COVER.format(line=line), BODY.format(more="")]) == expected


@pytest.mark.parametrize("line, more", [
    # the cover's author-and-date line again as a running footer, or a page repeating the cover
    ("Marta Quillfeather March 2019", "\nMarta Quillfeather March 2019\n"),
    ("Marta Quillfeather March 2019", "Child R \u201cWhere were you?\u201d Marta Quillfeather March 2019 page 2"),
    # ... the name alone on its line, then the date on the next, run together again (a page repeating the cover)
    ("Marta Quillfeather\n\nNovember 2017", "Serious Case Review Final Report Marta Quillfeather November 2017"),
    # ... or the date in figures ("FERGUS SMITH" / "07.09.18"), run together again as a running footer
    ("Marta Quillfeather\n\n07.09.18", "\nMarta Quillfeather 07.09.18\n"),
])
def test_the_cover_line_repeated_is_still_named_once(line: str, more: str) -> None:
    assert cover_authors([COVER.format(line=line), BODY.format(more=more)]) == ["Marta Quillfeather"]


def test_named_again_beside_a_repeated_cover_line_is_not_the_author() -> None:
    line = "Marta Quillfeather March 2019"
    more = f"\n{line}\nMarta moved to live with her aunt."
    assert cover_authors([COVER.format(line=line), BODY.format(more=more)]) == []


@pytest.mark.parametrize("line, more", [
    ("Marta Quillfeather", "Marta was seen by the health visitor."),  # named again: a family member
    ("Marta Quillfeather", "Ms Quillfeather said"),
    ("Marta Quillfeather", "Marta Quillfeather was born in 2010."),  # the name alone repeated: named again
    ("Marta Quillfeather\n\nNovember 2017", "Marta Quillfeather 12 November 2017 was seen."),  # a day: no cover's
    ("Oswin Delacroix 17 years\nPerpetua Ashgrove 15 years", ""),  # a list of children, not a date
    ("Marta Quillfeather\nOswin Delacroix", ""),  # one name a line, several lines: a list
    ("Child E Marta Quillfeather", ""),  # a label beside a name
    ("CHILD E MARTA QUILLFEATHER", ""),
    ("Child E\nMarta Quillfeather\nOswin Delacroix", ""),  # a label, then a list of names
    ("Child E\n\nMarta Quillfeather", "Child E, Marta, lived with her mother."),  # the child, named again
    ("Marta Quillfeather born March 2018", ""),  # a birth date beside a name is no publication date
    ("Marta Quillfeather Published", ""),  # no date
    # The cover names its author with a label: a name alone on a line beside it is someone else's.
    ("OSWIN DELACROIX\nIndependent author: Dr Marta Quillfeather", ""),
    ("Oswin Delacroix\n\nLead reviewer: Marta Quillfeather", ""),
    ("Oswin Delacroix\n\nReport written by Marta Quillfeather", ""),
    # a possessive is no part of an author's name; the child named again with one is named again
    ("Marta's Story", "Marta was placed on a child protection plan."),
    ("Marta Quillfeather", "Marta's father was convicted."),
    # a letter's signatory under its valediction, in a short draft that is all cover
    ("Yours sincerely,\nMarta Quillfeather", ""), ("Kind regards\nMarta Quillfeather", ""),
    # a heading over a paragraph of what happened: a case's summary, no cover ("Eta Nanda" / "A 16-year-old …")
    ("Marta Quillfeather\n\nA 16-year-old girl with autism and an eye condition experienced long-term neglect.", ""),
    ("Three serious incidents of parental neglect causing harm to children were notified this year.\n\n"
     "Marta Quillfeather\n\nFive children showed signs of neglect.", ""),
])
def test_not_the_author_on_the_cover(line: str, more: str) -> None:
    assert cover_authors([COVER.format(line=line), BODY.format(more=more)]) == []


@pytest.mark.parametrize("cover", [
    # the line under the review's title names its subject (the child), not its author
    "Serious Case Review\n\nOswin Delacroix\n\nDecember 2020\n\nContents",
    "Quillbury Safeguarding Partnership\nChild Safeguarding Practice Review\nOswin Delacroix\nContents",
    "SERIOUS CASE REVIEW\n\nOSWIN DELACROIX\n\nContents",
    "Serious Case Review in respect of\n\nOswin Delacroix\n\nContents",
    "Learning Review\n\nOswin Delacroix\n\nReport AuthorMarta Quillfeather\n\nContents",
    "Serious Case Review Summary\n\nOswin Delacroix\n\n\u201cWhere were you when I was six?\u201d\n\nContents",
    # the cover gives its author a role after the name: the name alone on a line is someone else's
    "Quillbury Safeguarding Children Board\n\nOswin Delacroix\n\nDecember 2020\n\n"
    "Marta Quillfeather, Independent Reviewer\n\nContents",
    # a review's title naming its two subjects on one line: the first half is no name, so neither is an author's
    "Quillbury SCR Oswin Delacroix and Marta Quillfeather\n\nContents",
    "Serious Case Review: Oswin Delacroix and Marta Quillfeather\n\nContents",
])
def test_the_subject_on_the_cover_is_no_author(cover: str) -> None:
    assert cover_authors([cover, BODY.format(more="")]) == []


def test_a_name_after_the_contents_is_no_cover_author() -> None:
    text = "Serious Case Review\n\nContents\n\n1. Introduction\n\nMarta Quillfeather\n\nmore text"
    assert cover_authors([text]) == []


def test_the_companies_that_produced_the_report() -> None:
    text = ("This anonymised report has been produced independently by Quillmere Ltd and GKQ\nPartnerships Ltd. "
            "Quillmere Ltd and GKQ Partnerships Ltd do not express an opinion. The father worked for Ashdene "
            "Roofing Ltd, and a quote was prepared by Ashdene Roofing Ltd's manager.")
    assert authoring_companies(text) == ["Quillmere Ltd", "GKQ Partnerships Ltd"]


def test_affiliations() -> None:
    text = ("Report Author\n\nFenella Quarrington\n\nMSc MA CQSW AASW\n\nAssociate of Quill Training and "
            "Consultancy Ltd\n\n2\n\nContents\n\nThe mother worked for Westbridge Cleaning Ltd.")
    assert affiliations(text, ["Fenella Quarrington"]) == ["Quill Training and Consultancy Ltd"]
    assert affiliations("The mother, Ada Obi, worked at Westbridge Cleaning Ltd.", []) == []


@pytest.mark.parametrize("text, expected", [
    ("About the author\n\nI qualified as a social worker at the University of Quillbury in 1994 and have "
     "worked in child protection since.", ["University of Quillbury"]),
    ("I have been a social worker for 20 years, having gained the Diploma in\n\nSocial Work from the "
     "University of Westbridge in 1995, and have worked in\n\nsocial care for 23 years.", ["University of Westbridge"]),
    ("The review was written by Fenella Quarrington. My MSc in Social Policy is from Quillbury College, "
     "and I have led ten reviews.", ["Quillbury College"]),
    ("I graduated in law from Westbridge University and the University of Quillbury.",
     ["Westbridge University", "University of Quillbury"]),
])
def test_the_authors_own_places_of_study(text: str, expected: list[str]) -> None:
    assert author_places_of_study(text) == expected


@pytest.mark.parametrize("text", [
    "She qualified from the University of Quillbury in 2015.",  # a third person
    "The young person had a place at the University of Quillbury.",  # no first person
    "Her mother said \u201cI graduated from the University of Quillbury\u201d and felt let down.",  # quoted
    'YPA told the panel: "I studied at Quillbury College for a diploma."',
    "I met Child K's mother, who had studied at the University of Quillbury.",  # the family's, in a sentence of mine
    "I spoke to YPB's tutor at Quillbury College about the diploma.",
    "I visited the University of Quillbury, where the father worked.",
    "I qualified in 1994. The family moved to the University of Quillbury campus.",  # another sentence
    "I qualified as a nurse and worked at Westbridge Hospital.",  # a hospital is no place of study
])
def test_not_the_authors_places_of_study(text: str) -> None:
    assert author_places_of_study(text) == []


_ROLE_LINES = [
    "Jane Smith, Independent Chair of the Partnership\n",
    "The report was written by JANE SMITH (NSPCC) Lead Reviewer and John Brown, independent author",
    "Chairman of the Board\nno role here at all\n\nDr Ann Lee was appointed to produce the Overview Report\n",
    "Mr Tom Quill was commissioned as the independent reviewer; Sue Hart, the Minister of State, and "
    "Kay Ash Commissioner for Children\n",
    "\nthe CHIEF CONSTABLE and the director of children's services met the Deputy Mayor of Bath\n",
    "author\n\nreviewer",  # a role alone, at the start and end of the text
    "Lisa Jane Minister was the child's aunt\nX\n",
    "CHILD M JANE SMITH Published March 2018\nJohn Brown, publication date: 3 May 2019",
    "\nthe webinar on the review, delivered by Dr Jane Smith\nseminar\nThe seminar was led by John Brown\n",
]


@pytest.mark.parametrize("pattern, cue", [(pp._ROLE_AFTER, pp._ROLE_AFTER_CUE), (pp._APPOINTED, pp._APPOINTED_CUE),
                                          (pp._PUBLISHED, pp._PUBLISHED_CUE), (pp._PRESENTED, pp._PRESENTED_CUE)])
def test_cue_lines_find_what_the_whole_text_search_finds(pattern: re.Pattern[str], cue: re.Pattern[str]) -> None:
    text = "".join(_ROLE_LINES * 2)
    whole = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
    assert whole  # the examples hold matches
    assert [(m.start(), m.end(), m.group()) for m in pp.on_cue_lines(pattern, cue, text)] == whole
    for line in _ROLE_LINES:
        assert [m.span() for m in pp.on_cue_lines(pattern, cue, line)] == [m.span() for m in pattern.finditer(line)]


def test_the_patterns_are_the_same_in_every_run() -> None:
    """The post-nominal alternatives come from sets; their order must not follow the process's string hashing."""
    import os
    import subprocess
    import sys

    code = ("import re, recognizers.public_people as pp; "
            "print('\\n'.join(v.pattern for k, v in sorted(vars(pp).items()) if isinstance(v, re.Pattern)))")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")]
    assert runs[0] == runs[1]


@pytest.mark.parametrize("text, expected", [
    ("Councillor Maddison referred to the last slide.", ["Councillor Maddison"]),
    ("Cllr Kerin asked Officers whilst James was in school", ["Cllr Kerin"]),
    ("The sentence was passed by HHJ Okafor.", ["HHJ Okafor"]),
    ("Recorder Faulds sentenced the father.", ["Recorder Faulds"]),  # a part-time judge, and district judges
    ("District Judge Oyelaran made an interim care order.", ["District Judge Oyelaran"]),
    ("The recorder was broken.", []),
    ("Councillor Jude Harkaway said", []),  # a full name: public_people's
    ("Maddison told the councillor", []),
])
def test_a_councillor_or_judge_by_title_and_surname(text: str, expected: list[str]) -> None:
    assert titled_office_holders(text) == expected


@pytest.mark.model
def test_a_public_persons_surname_alone_is_that_person(tmp_path: Path) -> None:
    text = ("Shadow children's minister Tim Preston has criticised the board. In February, Preston told the House "
            "of Commons he had an agreement. However, safeguarding board chair Tony Howell said so. "
            "Howell, who is also the director, said: \"We agree.\" Ms Howell added more. "
            "Jayden Marsh was four years old.\n")
    assert {e.name for e in analysed_entities(tmp_path, text)} == {"Jayden Marsh"}


@pytest.mark.model
def test_a_public_persons_surname_in_the_possessive_is_that_person(tmp_path: Path) -> None:
    text = ("The Munro Review (2011) said so. Eileen Munro later wrote that Munro's findings stood. "
            "Jayden Marsh was four years old.\n")
    assert {e.name for e in analysed_entities(tmp_path, text)} == {"Jayden Marsh"}


@pytest.mark.model
def test_a_public_persons_surname_that_a_private_person_shares_is_still_replaced(tmp_path: Path) -> None:
    text = ("The safeguarding board chair Tony Howell said so. Later Howell said the review was fair. "
            "Jayden Howell, the child, was four years old.\n")
    covered = {(m.start, m.end) for e in analysed_entities(tmp_path, text) for m in e.mentions}
    lone = text.index("Later Howell") + len("Later ")
    assert (lone, lone + len("Howell")) in covered


@pytest.mark.parametrize("text, expected", [
    ("Queen Elizabeth II died in 2022.", ["Queen Elizabeth II"]),
    ("after King Charles III's coronation", ["King Charles III"]),
    ("Prince Adebayo (aged 4) was seen.", []),  # "Prince" is a first name too
    ("King Charles was the father's name.", []),  # no regnal number
])
def test_a_monarch_by_style_and_number(text: str, expected: list[str]) -> None:
    assert public_people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the author of a national review the draft cites by the author's surname is public
    ("the key findings of the Wood Report (Alan Wood was appointed by the Government in 2016)", ["Alan Wood"]),
    ("The Munro Review (2011) said so. Eileen Munro later wrote that", ["Eileen Munro"]),
    ("as the MacAlister review found, Josh MacAlister said", ["Josh MacAlister"]),
    ("the Jay Report into Rotherham, by Professor Alexis Jay,", ["Alexis Jay"]),
    # the same name without the review cited is no one's public name
    ("Alan Wood was appointed as the child's guardian.", []),
    ("Eileen Munro was the maternal grandmother.", []),
    # a review named after a surname the list does not hold (a family's) makes no one public
    ("the Hartley Review found that Jayden Hartley was seen", []),
])
def test_the_author_of_a_national_review_the_draft_cites(text: str, expected: list[str]) -> None:
    assert pp.national_review_authors(text) == expected


@pytest.mark.model
def test_a_national_reviews_author_is_kept_in_the_export(tmp_path: Path) -> None:
    text = ("The Committee heard the key findings of the Wood Report (Alan Wood was appointed by the Government "
            "in January 2016 to lead a review of LSCBs). Wood recommended changes. Jayden Marsh was four.\n")
    assert {e.name for e in analysed_entities(tmp_path, text)} == {"Jayden Marsh"}


def test_an_owner_of_no_public_body_under_a_reviewer_is_not_public() -> None:
    """A garage's owner listed below a reviewer's name is no board's or council's officer."""
    assert "Gary Pickup" not in public_people("Reviewer\nSteve Chamberlain\nOwner\nGary Pickup, Pickup's Garage\n")
