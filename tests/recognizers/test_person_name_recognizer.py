"""Tests for PersonNameRecognizer: names from titles, name lists and the dictionary, with no NER."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from recognizers.catalogue import PERSON
from recognizers.person_name_recognizer import PersonNameRecognizer, find_person_names

RECOGNIZER = PersonNameRecognizer()


def _found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, [PERSON])]


@pytest.mark.parametrize("text, expected", [
    # a name someone goes by, in brackets right after their full name ("Kit" is a word too)
    ("Child B \u2013 LAM Chun Kit (known as Kit), sibling, aged 4.", ["LAM Chun Kit", "Kit"]),
    # (a) a title, included in the span
    ("Mrs Okafor visited the home.", ["Mrs Okafor"]),
    ("It was Mr. Brennan who called.", ["Mr. Brennan"]),
    ("Dr Raj Patel referred her.", ["Dr Raj Patel"]),
    ("Later DC Mary Whitfield took a statement.", ["DC Mary Whitfield"]),
    ("Detective Sergeant Okonjo attended.", ["Detective Sergeant Okonjo"]),
    ("The letter from Ms Nguyen arrived.", ["Ms Nguyen"]),
    ("Cllr Hargreaves chaired it.", ["Cllr Hargreaves"]),
    ("Baby Okafor was born early.", ["Baby Okafor"]),
    ("Mrs A.B. Smith signed.", ["Mrs A.B. Smith"]),
    ("Nurse Adebayo saw her.", ["Nurse Adebayo"]),
    ("School Nurse Bev Lacey sees Maisie in school.", ["Bev Lacey", "Maisie"]),  # a role's title stays the role's
    ("MRS OKAFOR", ["MRS OKAFOR"]),
    # lower-case particles make a name of two ordinary words, even at a line's start
    ("Grace van der Berg\tMaternal grandmother", ["Grace van der Berg"]),
    # a rank's word ends one line, a doctor's title opens the next
    ("Karen Liddle, Head of Safeguarding, Westmoor Police\nDr Amara Obi, Named GP", ["Karen Liddle", "Dr Amara Obi"]),
    # the Irish article inside a surname after "Mac"
    ("In Apr 2012, Kerry-Ann Mac Giolla an Chloig (KC) made a referral", ["Kerry-Ann Mac Giolla an Chloig"]),
    # a whole name ends a line and another opens the next
    ("grooming rings, says Jack Straw\nShabir Ahmed was a leader", ["Jack Straw", "Shabir Ahmed"]),
    # a hyphenated first name of two listed ones, before a surname that also ends streets; what people do
    ("  \u2022 Harley-Jay Hill recognised the vulnerability of her mother.", ["Harley-Jay Hill"]),
    ("  \u2022 Harley Hill recognised the vulnerability of her mother.", ["Harley Hill"]),
    # a case study's name, a colon, then what happened only to a person
    ("Case studies\n\nVera Al-Amin: died in 2006 aged 16. She had a turbulent relationship with her mother.",
     ["Vera Al-Amin"]),
    ("Case studies\n\nGrace Archer: aged 15, she was placed in foster care.", ["Grace Archer"]),
    # ... in capitals too, as a cover gives the subject over its author
    ("SERIOUS CASE REVIEW\nAMIRA IHAB\nFERGUS SMITH Published March 2018\n", ["AMIRA IHAB", "FERGUS SMITH"]),
    ("SERIOUS CASE REVIEW\nUHBAN IHAB\nFERGUS SMITH Published March 2018\n", ["UHBAN IHAB", "FERGUS SMITH"]),
    # ... or alone on its line anywhere: a word no list knows, then a listed surname
    ("Family members:\nZAAKIR HASSAN\nShe was 15.", ["ZAAKIR HASSAN"]),
    ("INTRODUCTION\nMETHODOLOGY HASSAN\nAPPENDIX GLOSSARY\nKENT POLICE\n", []),
    # a name someone goes by, in quotes
    ('The mother\'s new partner, known as "Tank", had a history of violence.', ["Tank"]),
    ("he was nicknamed \u2018Smiley\u2019 at school", ["Smiley"]),
    # ... or before what the family calls the person by ("Lils, as her family call her, was born …")
    ("2.1 Lils, as her family call her, was born on 19.08.2013.", ["Lils"]),
    ("Tobs, as his friends called him, was quiet.", ["Tobs"]),
    ('Friends and professionals called Rhys "Pritch". He was 20.', ["Rhys", "Pritch"]),
    ('He was a friend of the family. His nickname among friends was "Gally". He had been evicted.', ["Gally"]),
    ("Her street name is 'Blaze'.", ["Blaze"]),
    # a family key's line: a given name, the surname in capitals though a word, a dash and who the person is
    ("Hope BAILEY \u2013 subject, triplet 3, DOB 11.10.21\nPrecious BAILEY \u2013 triplet 1\n",
     ["Hope BAILEY", "Precious BAILEY"]),
    ("Ezra FISHER - brother, aged 4\n", ["Ezra FISHER"]),
    ("Sarah SAID \u2013 no more visits.", ["Sarah"]),
    ("The GP, Dr J. Baker, saw her.", ["Dr J. Baker"]),  # a surname that is a word too, after an initial
    # a given name no dictionary holds and the surname's initial, as notes sign and name people ("Nicky B")
    ('"Might be worth a welfare chat before Xmas leave. Nicky B"\n', ["Nicky B"]),
    ("I spoke to Nicky B about it.", ["Nicky B"]),
    # a line in capitals after a name that ends its line: a marking's run, no record's surname
    ("Independent Chair and Author: Anita Deshpande-Holt\nPROTECTIVELY MARKED \u2013 OFFICIAL-SENSITIVE\n",
     ["Anita Deshpande-Holt"]),  # a word in capitals for emphasis: no one's role after it
    # a nurse's title before a surname that is also a hospital's word, in running text
    ("03/11/2021 | ESN | Nurse Ward texts the mother to rearrange the visit.", ["Nurse Ward"]),
    ("The ward sister, Sister Hall, was told.", ["Sister Hall"]),
    # ... or without quotes, where whom to or "also" says it is a name someone goes by
    ("Child B (known to the family as Johannes) attended nursery.", ["Johannes"]),
    ("her partner, also known as Tank, was violent", ["Tank"]),
    # ... or where an adverb says what the person is always called ("Amelia-Rose Kowalczyk, always called Millie")
    ("Amelia-Rose Kowalczyk, always called Millie, was born in 2008.", ["Amelia-Rose Kowalczyk", "Millie"]),
    # initials as another name someone goes by, after "or" or in a record's list of names in quotes
    ('Dad says the partner is called Ty or TJ and has "done time in Coventry".', ["Ty", "TJ"]),
    ('Agencies recorded the partner as "Ty", "TJ", "Tyrone Bennett" (the school)', ["Ty", "TJ", "Tyrone Bennett"]),
    ('She wrote the words "OK", "Fine" and "Later" in the log.', []),
    ('Child R (known to her family as "Poppy" and in nursery records as "PR") was born', ["Poppy", "PR"]),
    # a person's age after a name whose words are a place's and a ward's too
    ("in contact on Telegram with Lincoln Ward, aged 19, of Scunthorpe.", ["Lincoln Ward"]),
    ("She was moved on Jasmine Ward, aged 3 days, to the unit.", []),
    ('He met Kieran. Later Kieran, known online as "Linc", sent files.', ["Kieran", "Kieran", "Linc"]),
    # a relative's name after the kin word the family calls them by; a name gone by in a town
    ("Nan Lol is at the end of her tether.", ["Lol"]), ("Uncle Bobby came round.", ["Bobby"]),
    ("Nan And Grandad came", []),
    ('Lewis had "a temper on him" and was known in Hartlepool as "Brick". The', ["Brick"]),
    # a name opening an e-mail's reply, thanked
    ("Subject: RE: Student KL\n\nGrant, thanks for this. Having looked again I will refer.", ["Grant"]),
    ("Subject: RE: Student KL\n\nOK, thanks for this.", []),
    ("An older male, known only as \u2018\u015eahinder\u2019, picked her up.", ["\u015eahinder"]),
    ('a man known simply as "Tank" supplied drugs', ["Tank"]),
    # ... known locally, called by someone, or two names; in quotes and brackets, or after an age, right after a name
    ('Tyrell Mackie, known locally as "Tizz" or "T-Bone", drove.', ["Tyrell Mackie", "Tizz", "T-Bone"]),
    ('He is funny. Friends call him "Moz". He is 15.', ["Moz"]),
    ('Assoc: HEXT, Connor ("Hexy"); later', ["HEXT, Connor", "Hexy"]),
    ('4	Dante Ricketts (“D-Rick”)	17', ["Dante Ricketts", "D-Rick"]),
    ('Named adult: JAMIE CORKHILL, 26, "Jay". Keira', ["JAMIE CORKHILL", "Jay", "Keira"]),
    ('with her partner\'s friend "Dinger" (Dean Ingram) standing', ["Dinger", "Dean Ingram"]),
    ('the groomer, whom Kacper knew only as "Rook", sent messages', ["Kacper", "Rook"]),
    # ... known in the family, or in a sentence's first word; after "aka"; in brackets with whom to
    ('Kacey-Leigh, known in the family as "KK", is described', ["Kacey-Leigh", "KK"]),
    ('JT \u2013 Jaydn Tremayne, 15. Known as "Tremz". Lives with mum', ["Jaydn Tremayne", "Tremz"]),
    ('MASON, Tyrell aka "T-Bone" | 21/09/2003', ["MASON, Tyrell", "T-Bone"]),
    ('Harrison ("Harry" to his family) was the first child', ["Harrison", "Harry"]),
    # ... a word in quotes after a full name, though a dictionary's ("Kiwi")
    ('Ciar\u00e1n McCann ("Kiwi") \u2013 father, aged 27', ["Ciar\u00e1n McCann", "Kiwi"]),
    # ... or a key's entry that says the word is a nickname or a street name
    ('"Mackerel" \u2013 nickname used in messages to Jago', ["Mackerel", "Jago"]),
    ("Lucky \u2013 street name of an adult male linked to the supply", ["Lucky"]),
    # ... or a short form of the first name in brackets after the full name, unquoted ("Roxana Lungu (Roxy)")
    ("Roxana Lungu (Roxy) \u2013 victim, aged 34", ["Roxana Lungu", "Roxy"]),
    # ... or before what the person asked to be called
    ("Wenna, as she asked to be called, had been", ["Wenna"]),
    # ... or after whom someone is, unquoted ("an older lad called Ghost")
    ("Contact from a grandmother worried about an older lad called Ghost collecting him.", ["Ghost"]),
    # ... or a list of them in brackets after a full name
    ('Child T \u2013 Tobechukwu OKONKWO-HART ("Tobi", "Tobs"), born 2008', ["Tobechukwu OKONKWO-HART", "Tobi", "Tobs"]),
    ('Tyrese Okonkwo-Blake ("Ty"; "T-Bone" online) - subject', ["Tyrese Okonkwo-Blake", "Ty", "T-Bone"]),
    # ... or the name someone gave or introduced themselves by
    ("Male in lounge gave name as 'Jay' refused surname, left on foot.", ["Jay"]),
    ('a man who introduced himself as "Dee" collected her', ["Dee"]),
    # a name as a record misspelt it: in quotes or not, after "spelt"
    ('[RO-B: Emma\'s surname spelt "Ridley Sharp" in the CSC chronology - check]', ["Ridley Sharp"]),
    ('record shows surname misspelt as "Kowalcyzk" in the ambulance notes.', ["Kowalcyzk"]),
    ("Ashley McCready (21). His name is spelt Mcready and McReady on different systems.",
     ["Ashley McCready", "Mcready", "McReady"]),
    ('his surname was spelled "Kowalcik" in the maternity record', ["Kowalcik"]),
    ('[1] Spelling: several police records spell the surname "Persuad"; the school', ["Persuad"]),
    # a nickname in quotes with a label after it in brackets; a sender in quotes
    ('1.1 Lacey Marshall ("Lace", Child E), then 14, was seen', ["Lacey Marshall", "Lace"]),
    ('Ffion\'s phone confiscated; 140 messages from "Kacs" in one lesson.', ["Ffion", "Kacs"]),
    # a persona someone posed as
    ('He presented himself as a 16-year-old boy called "Lewis". Later he', ["Lewis"]),
    ('E7 MPS. Intelligence identifies "Dread" as Marlon Spence (31), running the line.', ["Dread", "Marlon Spence"]),
    # a practitioner by title and initials, as a chronology writes them; a rank and a surname on a line of capitals
    ("6 | 22.07.22 | HV | Mrs KD told the GP.", ["Mrs KD"]),
    ("STRATEGY MEETING. ATTENDEES: MK (SW), PC OKAFOR, SL (RVA). POLICE ADVISE", ["PC OKAFOR"]),
    # a minister of religion by title
    ("The Reverend Dafydd Ellis visited the farm.", ["Reverend Dafydd Ellis"]),
    ("Imam Yusuf Khan spoke to the family.", ["Imam Yusuf Khan"]),
    # a police community support officer, a constable abbreviated with its stop
    ("4 | Police | PCSO Lark (PCSO 7731) welfare check", ["PCSO Lark"]),
    ("OOH SW and Const. Wright attend home at 18:40.", ["Const. Wright"]),
    # an officer's collar number between rank and name
    ("PC 1978 Fraser records no further action.", ["PC 1978 Fraser"]),
    ("DC 4410 Amy Booth attended.", ["DC 4410 Amy Booth"]),
    # the child a review remembers, or is dedicated to the memory of
    ("The panel wishes to remember Emelina.", ["Emelina"]),
    ("This review is dedicated to the memory of Zilfa and her brother.", ["Zilfa"]),
    # a first name that a city abroad shares, where no journey leads to it
    ("A text from Adam said he was coming.", ["Adam"]),
    ("MRS Okafor attended the meeting.", ["MRS Okafor"]),  # a title in capitals before a name
    ("Mr O'Neill's van was seen.", ["Mr O'Neill"]),
    ("Mr van der Berg called.", ["Mr van der Berg"]),
    # (b) first name and surname
    ("The worker met Aaliyah Okafor at school.", ["Aaliyah Okafor"]),
    ("They spoke to Grzegorz Nowak and Siobhan Brennan.", ["Grzegorz Nowak", "Siobhan Brennan"]),
    ("It was Kerry-Ann Smith-Jones who phoned.", ["Kerry-Ann Smith-Jones"]),
    ("Then Fatima bin Rashid arrived.", ["Fatima bin Rashid"]),
    ("Then Pieter van der Berg arrived.", ["Pieter van der Berg"]),
    ("Then Aoife Nic Aodha arrived.", ["Aoife Nic Aodha"]),
    ("Then Omar al-Hassan arrived.", ["Omar al-Hassan"]),
    ("Then Mary Jane McAllister arrived.", ["Mary Jane McAllister"]),
    ("Then John A. Whitfield arrived.", ["John A. Whitfield"]),
    ("Then Patience Mensah arrived.", ["Patience Mensah"]),
    ("Then Chukwuemeka Eze arrived.", ["Chukwuemeka Eze"]),
    ("Then Abdirahman Warsame arrived.", ["Abdirahman Warsame"]),
    ("Then Thi Huong Nguyen arrived.", ["Thi Huong Nguyen"]),
    ("Then Andreea Popescu arrived.", ["Andreea Popescu"]),
    ("Then Mehmet Yilmaz arrived.", ["Mehmet Yilmaz"]),
    ("AALIYAH OKAFOR", ["AALIYAH OKAFOR"]),
    ("Aaliyah Okafor's mother said", ["Aaliyah Okafor"]),
    ("then Grace Archer said", ["Grace Archer"]),
    # a surname that is also a street's or building's last word, after a first name
    ("The health visitor saw Ana Green at home.", ["Ana Green"]),
    ("then Mary Hill said", ["Mary Hill"]), ("Later Tom Hall phoned the school.", ["Tom Hall"]),
    # a surname that is also agency vocabulary ("foster care", "young people"), after a listed first name
    ("The health visitor saw Blair Foster at home.", ["Blair Foster"]), ("then Grace Young said", ["Grace Young"]),
    ("Aaliyah\nOkafor", ["Aaliyah\nOkafor"]),
    ("6\tAaliyah Okafor\tYoung person who harmed", ["Aaliyah Okafor"]),  # a tab ends a table cell
    # initials
    ("A.B. Smith attended.", ["A.B. Smith"]),
    ("She saw J.W. again.", ["J.W."]),
    ("The letter was from J. Okafor.", ["J. Okafor"]),
    # (c) a first name alone that is no English word
    ("He phoned Siobhan yesterday.", ["Siobhan"]),
    ("Later Jan said no.", ["Jan"]),  # a month's abbreviation away from any number is a first name
    # a personal title makes a common noun a surname
    ("Then Ms Page rang.", ["Ms Page"]), ("Mrs Hall called.", ["Mrs Hall"]), ("Ms May rang.", ["Ms May"]),
    # ... and so does a police rank ("Page" is a layout word too)
    ("She was found by DS Page in a car.", ["DS Page"]), ("Later PC Page said so.", ["PC Page"]),
    # after a title and a first name, a street's word ending the name is the surname: no street has a title
    ("with a head injury. Dr Beth Lane was not satisfied", ["Dr Beth Lane"]),
    # a name the draft abbreviates to its initials
    ("after the birth of Qawee Naeem (QN). Then", ["Qawee Naeem"]),
    ("In 2010, Gautami Loyal (GL) at the school noticed", ["Gautami Loyal"]),  # a surname that is a word
    ("In 2010, Priya Loyal (PL) at the school noticed", ["Priya Loyal"]),
    ("3.71 Karina Front (KF) chaired a looked after review", ["Karina Front"]),  # a listed first name: any word
    # listed name words, one a country or a village too ("Jordan", "Meldon"), abbreviated as people are
    ("3.41 Jordan Meldon (JM) chaired a looked after review", ["Jordan Meldon"]),
    ("Later Chelsea Preston (CP) visited.", ["Chelsea Preston"]),
    # a clear first name and any capitalised word, abbreviated to their initials: a role's word is a surname too
    ("On 20/08/2010, Urvi Doctor (UD) saw Ms Ezeugo.", ["Urvi Doctor", "Ms Ezeugo"]),
    # a nickname in quotes between the first name and the surname
    ('Father\'s friend, known as Tomasz "Tomek" Wi\u015bniewski, was present.', ['Tomasz "Tomek" Wi\u015bniewski']),
    ("her partner Darren \u2018Daz\u2019 Kowalczyk moved in", ["Darren \u2018Daz\u2019 Kowalczyk"]),
    ("Later Grzegorz said no.", ["Grzegorz"]),
    ("they met Chinonso twice", ["Chinonso"]),
    ("Aaliyah's mother said", ["Aaliyah"]),
    ("Winston attended.", ["Winston"]),
    ("She called Chelsea that night.", ["Chelsea"]),
    # a label's letter is not a name, whatever follows it in a table row read as a line
    ("Relationship to Baby W Baby W Subject child Aaliyah Abara", ["Aaliyah Abara"]),
    # a name does not go on over a line break into an ordinary word, nor into a birth date
    ("Panel Chair – Dr Quillon Abara\nIndependent Overview Report", ["Dr Quillon Abara"]),
    ("Mrs Quillon\nAbara rang", ["Mrs Quillon\nAbara"]),
    ("the death of Aaliyah Abara Born 11 th December 2008", ["Aaliyah Abara"]),
    # a season that is a first name, before a surname no dictionary knows
    ("In May, Summer Quillon-Abara telephoned the hub.", ["Summer Quillon-Abara"]),
    ("In 2013, Autumn Kowalczyk rang.", ["Autumn Kowalczyk"]),
    # a table's cells read as lines: a word ending the cell before is no first name of the next line's name
    ("4\tJuly 2011\tthe Multi-Agency Safeguarding Hub\nDenzel Quillon chaired a review", ["Denzel Quillon"]),
    ("seen by the Health Visitor Hope\nQuillon at home", ["Hope\nQuillon"]),
    # a word alone on its line is a field's label, not the first name of the full name on the next line
    ("Reviewer\nSteve Quillon\nOwner\nMonuara Abara, London Borough of Ealing", ["Steve Quillon", "Monuara Abara"]),
    ("Chair\nEkanta McClark", ["Ekanta McClark"]),
    ("Later River Quillon rang the school.", ["River Quillon"]),  # a first name that is a river's word too
    # an unlisted first name before a surname with a patronymic prefix
    ("Aadhya was seen by Ekanta McClark at the hospital.", ["Ekanta McClark"]),
    # an initial and a surname that is also a word, before the person's role in brackets
    ("R. Green (health visitor) completed the visit.", ["R. Green"]),
    ("J. Church (maternal aunt) called", ["J. Church"]),
    ("See R. Green (2019) for more.", []), ("the J. Church (Anglican) hall", []),
    # ... with a middle initial between them
    ("Niyilolawa O. Adekunle was the mother's partner.", ["Niyilolawa O. Adekunle"]),
    ("\u013dudomil K. Novak was the mother's partner.", ["\u013dudomil K. Novak"]),
    ("Then Tadhgina O'Driscoll arrived.", ["Tadhgina O'Driscoll"]),
    # ... or before a surname whose patronymic particle is a word of its own ("Mac Con Rí", "Ó Mugabháin")
    ("the social worker and Jermiah Mac Con Rí (JR) undertook a visit", ["Jermiah Mac Con Rí"]),
    ("Later Tadhgina Ó Mugabháin arrived.", ["Tadhgina Ó Mugabháin"]),
    ("Then Quillonet Nic Aodha rang.", ["Quillonet Nic Aodha"]),
    # a listed first name and surname that are also words, which the draft abbreviates as it does people
    ("3.14 Holly Baker (HB) chaired a looked after review.", ["Holly Baker"]),
    # a table row read as lines: the name's cell ends before a role's
    ("5\tClara Quillon-\nAbara\nGrandparent\t8 March 1982", ["Clara Quillon-\nAbara"]),
    ("6\tDenzel Quillon\nYoung person who harmed\t–", ["Denzel Quillon"]),
    ("she told Denzel\nYoung that", ["Denzel\nYoung"]),
    # a double-barrelled surname a line wrap splits at its hyphen is one surname
    ("and to her partner, Tomasz Quillon-\nAbara, who said", ["Tomasz Quillon-\nAbara"]),
    ("the social worker spoke to Ms Quillon-\n  Abara's partner", ["Ms Quillon-\n  Abara"]),
    # a word a line break hyphenated (its second part in lower case) is one word
    ("Later Ms McAl-\nlister noted that the baby was thriving.", ["Ms McAl-\nlister"]),
    ("the baby, Oliver Prze-\nbylski, was thriving", ["Oliver Prze-\nbylski"]),
    # a month's name after a title, with no day or year after it, is a surname
    ("Later PC Teresa May attended.", ["PC Teresa May"]),
    ("PC May said that the family had left.", ["PC May"]),
    ("DC Ruth March visited.", ["DC Ruth March"]),
    ("Mr Smith May 2019 letter", ["Mr Smith"]),  # a date after the name
    ("DC Ruth March 2019 statement", ["DC Ruth"]),
    # a listed surname that is also a compass or other never-a-name word, after a title and a first name
    ("Later DS Aaliyah West undertook a joint visit.", ["DS Aaliyah West"]),
    ("Mrs Joan North said so.", ["Mrs Joan North"]),
    ("DS Aaliyah West Yorkshire Police attended.", ["DS Aaliyah"]),  # a place's word: the name ends before it
    ("Dr Ruth Street said so.", ["Dr Ruth Street"]),  # a street word ends the name: no street has a title
    ("Dr Ruth Street Surgery was told", ["Dr Ruth"]),  # more capitals run on: a place's words
    # after a title, a first name and a surname, an ordinary word is the next thing's ("… Chair – Dr Neil Fraser
    # Independent Overview Author")
    ("Panel Chair – Dr Quill Brennan Independent Overview Author", ["Dr Quill Brennan"]),
    ("Dr Mary Jane Okafor Independent Reviewer", ["Dr Mary Jane Okafor"]),
    # ... and a first name and a surname end at the line's end: the next line's opening word is its own, a surname
    # too or not ("Last edited: …")
    ("Independent reviewer: Dr Quill Brennan\nLast edited: September 2023\n", ["Dr Quill Brennan"]),
    ("Reviewed by Dr Quill\nBrennan in May.", ["Dr Quill\nBrennan"]),  # (the surname wrapped to the next line)
    # a family table's row: the name's cell, then the relationship's (a surname that is also a word too)
    ("Name\tRelationship\tDOB\nSA\u00c7I SEVEN\tSibling\t2012\n", ["SA\u00c7I SEVEN"]),
    ("Tygo Sire\tFather\t1990\n", ["Tygo Sire"]),
    ("Early Help\tMother\t2012\nMilton Keynes\tSibling\t2012\nChild Protection\tFather\t\n", []),
    # an e-mail's sender or recipient in its header; a letter's or an e-mail's greeting
    ("From: Elaine Wright\nSent: 12 March 2019 10:14\nTo: Duty Team", ["Elaine Wright"]),
    ("Dear Carl,\nThank you for the referral.", ["Carl"]),
    ("Dear Z\u00fclf\u00fcye,\nThank you", ["Z\u00fclf\u00fcye"]),
    ("Dear Harto,\nThank you", ["Harto"]),  # a surname no dictionary holds is greeted too
    ("Dear Sir,\nDear Colleague,\nDear All,\nDear Parent,\n", []),
    # ... and its signatory alone on the line under the sign-off
    ("Kind regards,\nPedro", ["Pedro"]), ("Yours sincerely,\n\nGbowoade\n", ["Gbowoade"]),
    ("Kind regards,\nSafeguarding\nYours sincerely,\nManager\nThanks,\nLeeds\n", []),
    # a role's noun after a personal title in running text is a surname ("Mrs Doctor telephoned"), then after a
    # clear first name too; a chair is addressed so
    ("In Feb 2019, Mrs Doctor telephoned the hub.", ["Mrs Doctor"]),
    ("She was staying with Vedika Doctor. Later Mrs Doctor telephoned.", ["Vedika Doctor", "Mrs Doctor"]),
    ("Mr Chair, I agree. Madam Chair said so. The doctor and Doctor Who.", []),
    # ... or after it on its line, ending the line ("Thanks, Ituri" / "Social Worker")
    ("Thanks, Ituri\nSocial Worker", ["Ituri"]), ("Many thanks, Pedro\n", ["Pedro"]),
    ("Thanks, Leeds\nThanks, Safeguarding\nThanks, everyone\nThanks, Ituri for the report\n", []),
    # ... a name alone in a header's or a record's field, a surname that is also a word too
    ("From: Fildan Seven\nSent: 12 March 2019", ["Fildan Seven"]), ("Name: Tygo Sire\n", ["Tygo Sire"]),
    ("Signed: Vincent King\n", ["Vincent King"]), ("Signature: Tygo Sire\n", ["Tygo Sire"]),
    ("To: Duty Team\nFrom: Children's Services\nName: Early Help\n", []),
    # ... an e-mail's or a cover's subject, the whole field
    ("Subject: Elaine Wright\n", ["Elaine Wright"]), ("RE: Tygo Sire\n", ["Tygo Sire"]),
    # a surname, a word too, before the person's label in brackets
    ("Walker (Adult H) was interviewed by police.", ["Walker"]), ("Later Young (Adult G) said so.", ["Young"]),
    ("Leeds (Child A) was the area. The Mother (Adult B) said so. Police (Adult C) attended.", []),
    ("Subject: Learning Review\nSubject: Child Protection\n", []),
    # a name heading the document about them
    ("IRIDENTA SUCIU \u2013 CHRONOLOGY\n", ["IRIDENTA SUCIU"]),
    ("Jane Okafor - Timeline of key events\n", ["Jane Okafor"]),
    ("Milton Keynes \u2013 Chronology\n", []),
    # a letter's or an e-mail's signatory, on the line after its sign-off
    ("Kind regards,\nNirg\u00fcl \u00c7amurcuo\u011flu\nFamily Support Worker", ["Nirg\u00fcl \u00c7amurcuo\u011flu"]),
    ("Yours sincerely,\n\nMosinmileoluwa Ogunbamigbe\n", ["Mosinmileoluwa Ogunbamigbe"]),
    ("Many thanks,\nQuillbury Safeguarding Team\n", []), ("Best wishes,\nThe Family Support Service\n", []),
    # the person an interview, a meeting or a letter is with or from, in a heading's capitals too
    ("INTERVIEW WITH NAZLIM DURAN\n", ["NAZLIM DURAN"]),
    ("Meeting with Zylfije Berisha, 3 May\n", ["Zylfije Berisha"]),
    ("MEETING WITH CHILDREN'S SOCIAL CARE\n", []), ("Interview with Child A\n", []),
    ("Letter from Quillbury Council\n", []), ("Meeting with Early Help, 3 May\n", []),
    # a first name called out at the start of quoted speech
    ("\u2018Maria, come here,\u2019 the father shouted.", ["Maria"]),
    ("\u2018Z\u00fclf\u00fcye, come here,\u2019 the father shouted.", ["Z\u00fclf\u00fcye"]),
    ("\u2018Look, come here,\u2019 he said. \u2018Mummy, help,\u2019 she cried. \"Sorry, no.\"", []),
    ("\u2018Honey, come here,\u2019 he said. \u2018Baby, stop,\u2019 she said. \u2018Love, no,\u2019 she said.", []),
    ("\u2018Leeds, that is where we lived,\u2019 she said.", []),
    ("it is rated as, 'Good', by Ofsted", []), ("rated \u2018Outstanding\u2019, by Ofsted", []),  # a quoted word
    # "Re" ("in the matter of") before a name is no part of it
    ("Serious Case Review Re Jonas Brennack (born 15th July 2007)", ["Jonas Brennack"]),
    ("The overview: The Quillan Pelka (d.o.b. 3rd May 2007) case", ["Quillan Pelka"]),
    ("by PC 1234 in May 2019", []),
    # a place whose name joins words with lower-case particles is no hyphenated first name
    ("The family moved to Chester-le-Street in May.", []),
    ("They lived at 12 Union Grove, Chester-le-", []),  # the rest on the next page
    ("The family moved to Stoke-on-", []),
    ("after a referral from the Pan-Lancashire Child Death Overview Panel (CDOP).", []),
    ("Kerry-Leigh was seen by the health visitor.", ["Kerry-Leigh"]),
    ("In respect of the death of Keanu Born 11th December 2008", ["Keanu"]),  # "Born" opens the date
    ("Serious Case Review on Siobhan Died March 2017", ["Siobhan"]),
    # a police rank before a surname that is also a word, as "Mr Hall"
    ("Later DS Hall said that the family had left.", ["DS Hall"]),
    ("The DS Team said that the family had left.", []),
    # a first name that an English word plus "-ly" would spell ("car" + "ly"), opening a paragraph
    ("3.7 Carly Cook made a referral to children's social care.", ["Carly Cook"]),
    # two dictionary words opening a line are a name where a date of birth or an age follows in brackets
    ("Serious Case Review\n\nAmber Davies (d.o.b. 11th May 2017)\n", ["Amber Davies"]),
    ("Grace Archer (DOB 01/02/2015) lived with her mother.", ["Grace Archer"]),
    ("Holly Bell (aged 4) was seen.", ["Holly Bell"]),
    ("Rose Hill (the nursery) was visited.", []),
    # two dictionary words inside a quoted title (its other words capitalised, a function word among them)
    ("we published two reviews: \u2018Never, Ever Shake a Baby\u2019 and another.", []),
    ("the campaign \u201cGrace Will Find a Way\u201d was launched.", []),
    ("the mother said \u2018Grace Archer hit me\u2019 to the nurse.", ["Grace Archer"]),  # a quote naming someone
    ("she was known as \u2018Grace Archer\u2019 at school.", ["Grace Archer"]),
    # the line under a review's title names the child it is about, where the report writes "Child B"
    ("Learning Review\n\nTaahir Maawiya\n\nReport Author: Fiona Quill", ["Taahir Maawiya", "Fiona Quill"]),
    ("Final\n\nLearning Review\n\nTaahir Maawiya\n\nReport Author", ["Taahir Maawiya"]),
    ("Serious Case Review Report\n\nIonelia Dobre\n\nAuthor:", ["Ionelia Dobre"]),
    ("SERIOUS CASE REVIEW\n\nTAAHIR MAAWIYA\n", ["TAAHIR MAAWIYA"]),
    ("Serious Case Review\n\nOverview Report\n", []),
    ("Serious Case Review\n\nExecutive Summary\n", []),
    ("Child Safeguarding Practice Review\n\nQuillbury Safeguarding Partnership\n", []),
    ("Learning Review\n\nChild B\n", []),
    ("Serious Case Review\n\nLeeds Bradford\n", []),
    ("A review of the evidence\n\nGrace Archer\n", []),  # (two ordinary words: only a title makes them a name)
    ("Harrington Associates Limited\n\nLUTF UBAID\n\nA SERIOUS CASE REVIEW\n\nKevin Harrington JP", ["LUTF UBAID",
                                                                                          "Kevin Harrington"]),
    ("Executive Summary\n\nSerious Case Review\n", []),
    # after "in respect of" on a cover, and before a date of birth in brackets
    ("THE OVERVIEW REPORT OF THE SERIOUS CASE REVIEW IN\n\nRESPECT OF LIBNI AGARWAL\n\nNovember 2012",
     ["LIBNI AGARWAL"]),
    ("SERIOUS CASE REVIEW\n\nIn respect of\n\nJAMES HURST\n\nReport by:", ["JAMES HURST"]),
    ("Quillbury Safeguarding Children Board\n\nBaghyawati Gokhale (d.o.b. 3rd September 2007)\n",
     ["Baghyawati Gokhale"]),
    ("Serious Case Review: Allan Church (d.o.b. 14/05/2011)\n", ["Allan Church"]),
    ("THE SERIOUS CASE REVIEW IN\n\nRESPECT OF AUTUMN WOODWARD\n\nNovember 2012", ["AUTUMN WOODWARD"]),
    ("Serious Case Review Overview Report\n\nRhianne Lord\n\nAuthor: Peter Quill", ["Rhianne Lord"]),
    ("Mother \u2013 Gaurika Bose\n\nStep-father \u2013 Trevor Bishop\n", ["Gaurika Bose", "Trevor Bishop"]),
    ("Serious Case Review\n\nMilton Keynes\n", []),
    # opening its title's line: a street's word is a surname there ("Marcel Street")
    ("Date of publication: 18th February 2015\n\nMarcel Street Overview Report\n", ["Marcel Street"]),
    ("Ionelia Dobre Serious Case Review\n", ["Ionelia Dobre"]),
    ("Thematic Learning Review\n", []), ("Milton Keynes Serious Case Review\n", []),
    ("Child K Overview Report\n", []), ("Quillbury Safeguarding Partnership Executive Summary\n", []),
    # ... a board's list of its reviews' documents: the name, a dash, the board's abbreviation, the document, its date
    ("Serious Case Review Reports\n\nRoland Fox \u2013 QSCB Report \u2013 December 2021\n", ["Roland Fox"]),
    ("Rose Hill \u2013 Learning Summary\nAutumn Woodward - QSCP Press Statement - May 2020\n",
     ["Rose Hill", "Autumn Woodward"]),
    ("Milton Keynes \u2013 QSCB Report \u2013 December 2021\n", []), ("Annual Report \u2013 QSCB Report\n", []),
    ("Child K \u2013 QSCB Learning Summary \u2013 May 2020\n", []),
    ("Rose Hill \u2013 QSCB Report \u2013 December 2021 was read by all\n", []),  # a sentence, not a list's line
    # ... or a document's file name: a board's list of its reports, a chronology's source
    ("Local reports\n\nHERACLEEA AANEI Final.pdf\n\nBABY MARY REPORT - Dec 2022 Final.pdf\n", ["HERACLEEA AANEI"]),
    ("Local reports\n\nJANE SMITH Final.pdf\n", ["JANE SMITH"]),
    ("Reports\n\nHeracleea Aanei - Overview Report v2.docx\n", ["Heracleea Aanei"]),
    ("HARINGEY SCR Final.pdf\nCHILD C7 LEARNING BRIEFING.pdf\nExecutive Summary FINAL.docx\n", []),
    ("QSCB LSCP Annual Report.pdf\nMilton Keynes Annual Report 2021.pdf\nQuillbury Neglect Strategy.pdf\n", []),
    ("See www.quillbury.gov.uk/Reports/Grace Church Report.pdf for more.\n", []),
    # ... its words joined by hyphens judged each ("CHSCB-Local- Review-X-FINAL.pdf", a web address wrapped)
    ("found at: X http://www.chscb.org.uk/wp-content/uploads/2019/03/CHSCB-Local- Review-X-FINAL.pdf Both", []),
    ("Local reports\n\nHERACLEEA-MARIA AANEI Final.pdf\n", ["HERACLEEA-MARIA AANEI"]),
    # after the review's title and a dash or colon, ending its line
    ("Serious Case Review - Lutf Urrab\n\nThe partnership is today publishing the report.", ["Lutf Urrab"]),
    ("Serious Case Review - Final Report\n", []),
    ("Child Safeguarding Practice Review \u2013 Child T\n", []),
    ("Serious Case Review - Milton Keynes\n", []),
    ("Serious Case Review - Safer Children York\n", []),
    ("The review was made in respect of Children's Social Care\n", []),
    ("The review was made in respect of Serious Youth Violence\n", []),
    ("St Mary's Church (born of a merger in 1850) was rebuilt.", []),
    # an unlisted first name before a listed surname no dictionary knows, on one line
    ("This baby is known as Bahadurjit and his twin as Ebuka. Bahadurjit Ghosh was born in May.",
     ["Ebuka", "Bahadurjit Ghosh"]),
    ("The Quillbury Hospital was closed.", []),
    # ... or before a listed surname that is also a rare word ("carter", "reeves"): still a name's shape
    ("The health visitor saw Aysevim Parsons at home.", ["Aysevim Parsons"]),
    ("Ebuakil Carter visited the flat.", ["Ebuakil Carter"]),
    ("The referral named Pekkan Reeves and Tekecan Woods.", ["Pekkan Reeves", "Tekecan Woods"]),
    ("They shopped at Zoopla Green and at the Kooth Service.", []),  # a street's, an organisation's word
    ("They used the Quillbury Hall rooms.", []),
    # ... or before a second word no list knows, both title case: a name's shape, whatever its origin
    ("Later Adekitan Olugbayila was seen at the clinic.", ["Adekitan Olugbayila"]),
    ("The referral came from Irmengard Kraushaar in May.", ["Irmengard Kraushaar"]),
    ("Later Hasso Holzapfel was seen at the clinic.", ["Hasso Holzapfel"]),  # a surname first: no other list
    ("The SystmOne Liquidlogic records were read.", []),  # inner capitals: a product's name
    ("Mplusww Children Logo CYSURAn Extended Child Practice Review", []),  # capitals run into a word: joined words
    ("Later Siobhan NHSmail said", ["Siobhan"]), ("Later Ashleigh McDONALD said", ["Ashleigh McDONALD"]),
    ("They used the Zoopla Kooth Service.", []),            # more capitals run on: an organisation's
    ("Partnership - Rhondda Cynon Taf, Merthyr Tydfil & Bridgend", []),  # or before them: a place's last words
    # ... or before a listed surname that is also a village's name ("Barton", "Hartley")
    ("The health visitor saw Abdulsemet Barton at home.", ["Abdulsemet Barton"]),
    # ... or a first name listed only as a surname, in letters English never writes, before an English surname
    ("The health visitor saw \u015eanl\u0131 Baker at home.", ["\u015eanl\u0131 Baker"]),
    ("The health visitor saw \u00d6zkent Ashworth at home.", ["\u00d6zkent Ashworth"]),
    ("They met at Barton Baker Ltd.", []),  # two English surnames: a firm's
    # ... or before any listed surname, where the text writes that word alone before a verb only people do
    ("The health visitor saw \u015eirivan Black at home. Later \u015eirivan said she was tired.",
     ["\u015eirivan Black"]),
    ("The family lived near Quillbury Black at the time.", []),  # no such use: a place's name
    ("The family moved from Kirkby Barton in May.", []),   # a listed place before it
    ("They lived in Melton Mowbray.", []),
    # a relative named after their relationship in a family list
    ("1.2 The Family\n\nMother \u2013 Ibironke Falabi\n\nStep-father \u2013 Carl Brown\n",
     ["Ibironke Falabi", "Carl Brown"]),
    ("Maternal Grandmother: Grace Archer (visited weekly)\n", ["Grace Archer"]),
    ("Mother: Grace Archer, Father: June Price\n", ["Grace Archer", "June Price"]),  # one line, a comma apart
    # a temperature's scale is no initial ("29°C. Florin did not go")
    ("The temperature reached 29\u00b0C. Florin did not go to school.", ["Florin"]),
    ("It was 30 \u00b0C. Lowe said so.", ["Lowe"]),
    # ... the relationship numbered or lettered, as a family key numbers siblings
    ("Sibling 1 \u2013 Ruby-Mae Marsh, half-sister, aged 7\nSibling B - Rose Baker (aged 5)\n",
     ["Ruby-Mae Marsh", "Rose Baker"]),
    ("Sibling 1 \u2013 see section 4\n", []),
    ("Father \u2013 Social Care\n", []),
    ("Mother \u2013 see section 4\n", []),
    # a surname a review also writes as a word (a compass point, a month, a season, a ward, a page)
    ("Later Darren Ward was seen at the clinic.", ["Darren Ward"]), ("Later Leah West said", ["Leah West"]),
    ("Later Paula May visited the home.", ["Paula May"]), ("Later Cody Page was seen.", ["Cody Page"]),
    ("Later Darren Ward, the father, was seen.", ["Darren Ward"]), ("Later Kirsten Winter said", ["Kirsten Winter"]),
    # ... after any first name the text also writes alone before a verb only people do
    ("The health visitor saw Violet Ward at home. Later Violet said she was tired.", ["Violet Ward"]),
    ("The health visitor saw \u00c7akar North at home. Later \u00c7akar said he was tired.", ["\u00c7akar North"]),
    ("The health visitor saw Violet Ward at home.", []),  # no such use: a ward's name
    ("She was moved onto Violet Ward. Later Violet said she was tired.", []),  # a place's preposition before
    # any word no surname list holds, after a clear first name, mid-sentence
    ("Later Agathe Killer was seen.", ["Agathe Killer"]), ("Later Sepp Glasses said", ["Sepp Glasses"]),
    ("Later Agathe Killer, the aunt, said", ["Agathe Killer"]),
    ("Later Agathe Assessment was done", ["Agathe"]),  # an agency's word
    ("Later Agathe Monday was seen", ["Agathe"]), ("Later Agathe Killer Whale was seen", ["Agathe"]),
    # a verb's -ing form is that verb's ("Charlie and Charlotte Informing practitioners of issues")
    ("Charlie and Charlotte Informing practitioners of issues.", ["Charlie", "Charlotte"]),
    ("Later Agathe Revising the plan helped", ["Agathe"]),
    # … but not a ward's, a date's, a page's or a region's word: the first name alone
    ("She was moved onto Darren Ward overnight", ["Darren"]), ("in Darren Ward 7", ["Darren"]),
    ("by Darren May 2019", ["Darren"]), ("see Darren Page 3", ["Darren"]),
    ("told Darren West Midlands Police were coming", ["Darren"]),
    # a city's name abroad before a word no list knows: a first name ("Toki", a town in Japan)
    ("Later Toki Morawo was seen at the clinic.", ["Toki Morawo"]),
    ("The family moved to Kampala Nakasero in May.", []),  # a place's preposition before
    ("They flew from Toki Morawo Airport.", []),          # more capitals after
    # Irish surnames after Ó, Ní, Uí: an "h", "n" or "t" before the capital ("Ó hAodha", "Ní hEachthairn")
    ("Later Annette \u00d3 hAoidhgin made a referral.", ["Annette \u00d3 hAoidhgin"]),
    ("Later Ms \u00d3 hAoidhgin said so.", ["Ms \u00d3 hAoidhgin"]),
    # ... and a double-barrelled name whose second part opens with the particle ("Clayton-\u00d3 R\u00f3l\u00e1in")
    ("Child E disclosed to Andrena Clayton-\u00d3 R\u00f3l\u00e1in (AR) that",
     ["Andrena Clayton-\u00d3 R\u00f3l\u00e1in"]),
    # a capitalised particle that ends the name is its surname ("Das", "Le", "Van"): a particle joins a name after it
    ("Later Advaith Das was seen at the clinic.", ["Advaith Das"]), ("Later Minh Le said", ["Minh Le"]),
    ("Later Rania Abu, the aunt, said", ["Rania Abu"]),
    ("Later Maria das Dores said", ["Maria das Dores"]), ("Later Jan van der Berg said", ["Jan van der Berg"]),
    ("Later Jan van said", ["Jan"]),  # a lower-case particle with no name after it is no surname
    # a possessive name before a disease is the patient's, not the disease's
    ("Kayleigh's sepsis was missed.", ["Kayleigh"]), ("Jayden Smith's epilepsy worsened.", ["Jayden Smith"]),
    # given names in title case, then the surname in capitals, as police and court records write it
    ("Police spoke to Ioana NISTOR at the address.", ["Ioana NISTOR"]),
    # ... double-barrelled, after a first name that is also a word ("Precious", "Grace")
    ("Precious ADEYEMI-CLARKE \u2013 mother, aged 27", ["Precious ADEYEMI-CLARKE"]),
    ("Grace ADEYEMI-CLARKE \u2013 half-sibling, aged 9 months", ["Grace ADEYEMI-CLARKE"]),
    ("Officers arrested Kelly SMITH-JONES on 4 May.", ["Kelly SMITH-JONES"]),
    ("BIRCHWOOD-HOLLIS, Mason \u2013 half-brother, aged 4 in 2021", ["BIRCHWOOD-HOLLIS, Mason"]),
    # a run of spaces ends a plain-text table's cell
    ("WHITLOCK-YILDIZ, Elif   Mosaic   4471902", ["WHITLOCK-YILDIZ, Elif"]),
    ("The Grace NHS-CSC protocol", []),  # agencies' letters joined are no surname
    # ... after two given names, or before the person's age in brackets, though the surname is also a word
    ("Care coordinator notes Harjit Singh DHILLON attended.", ["Harjit Singh DHILLON"]),
    ("Intelligence names the suspect as Marlon SPENCE (31), running the line.", ["Marlon SPENCE"]),
    ("Police spoke to Azeglio LERNER, who declined.", ["Azeglio LERNER"]),
    ("Officers arrested Kelly OKAFOR on 4 May.", ["Kelly OKAFOR"]),
    ("The log shows Dariusz KOWALCZYK was present.", ["Dariusz KOWALCZYK"]),
    ("Later Sarah SAID she was fine.", ["Sarah"]),  # a word in capitals for emphasis is no surname
    # a name never runs on from the last cell of a table's row (a line with a cell separator) into the next row
    ("Name | Ethnicity\nZofia | White \u2013 Polish\nKOWALCZYK, Aleksandra | White \u2013 Polish\n",
     ["Zofia", "KOWALCZYK, Aleksandra"]),
    ("Name\tEthnicity\nZofia\tWhite \u2013 Polish\nNOWAK, Pawe\u0142\tWhite \u2013 Polish\n",
     ["Zofia", "NOWAK, Pawe\u0142"]),
    ("Sarah\nKOWALCZYK attended.", ["Sarah\nKOWALCZYK"]),  # prose wraps a name at a line's end
    # ... after a given name no list holds, where the text writes it alone as a name ("Tudora said …")
    ("Later Tudora said she would ring.\n\nTudora ZICHICHI\nFamily Support Worker\n", ["Tudora ZICHICHI"]),
    ("Police arrested Theodoro \u00d3 MONACH\u00c1IN at the address.", ["Theodoro \u00d3 MONACH\u00c1IN"]),
    ("Summons issued to NATSIR Conchita for non-attendance.", ["NATSIR Conchita"]),
    ("Page 1: BBSCB Rosie Report Final 26.11", ["Rosie"]),  # a board's letters before it are no surname
    ("The LADO Sarah Quillon was told.", ["Sarah Quillon"]),  # an acronym before a given name is no surname
    ("Intelligence suggests V\u011bra POP was supplying drugs.", ["V\u011bra POP"]),  # a word, before a person's verb
    ("Later Ann Church visited the flat.", ["Ann Church"]), ("Later Jody House said so.", ["Jody House"]),
    ("Later Sarah POP music was playing.", ["Sarah"]), ("URGENT, Paul rang the duty desk.", ["Paul"]),
    ("MITERA, Tom\u00e1s \u2013 father \u2013 no trace on police systems.", ["MITERA, Tom\u00e1s"]),  # no list holds it
    # ... or the whole name in capitals in a sentence: a word no list knows before a listed surname
    ("A referral named AZEGLIO LERNER as the child\u2019s carer.", ["AZEGLIO LERNER"]),
    ("The log shows that BR\u0102DU\u021a NISTOR was arrested.", ["BR\u0102DU\u021a NISTOR"]),
    # a record's surname first, in capitals, then the given names ("SMITH, Kelly Ann", as police records write)
    ("SMITH, Kelly Ann (DOB 12/05/1990) \u2013 mother", ["SMITH, Kelly Ann"]),
    ("BROWN, Jason (DOB 03/11/1987) \u2013 partner", ["BROWN, Jason"]),
    ("Subject: McALLISTER Donna, born 2001", ["McALLISTER Donna"]),
    # ... names no list holds, or capitals beyond English's, before a date of birth in brackets
    ("AGRAWAL, Yahvi (DOB 12/03/2011)", ["AGRAWAL, Yahvi"]), ("TALAL, Qudamah (DOB 12/03/2011)", ["TALAL, Qudamah"]),
    ("KI\u0160KA, Ona (DOB 12/03/2011)", ["KI\u0160KA, Ona"]),
    ("G\u00c1L, Zs\u00f3fia (born 2011)", ["G\u00c1L, Zs\u00f3fia"]),
    # ... or in title case, with its comma, as a list's item or a sentence's start names someone: a role, an age or
    # a date of birth in brackets after it, or a line of its own in a list
    ("Present at the strategy meeting:\nPrieto, Martirio (mother)\nDominikovi\u0107, Janja (maternal aunt)\n",
     ["Prieto, Martirio", "Dominikovi\u0107, Janja"]),
    ("The social worker was late. Kowalski, Anna (mother) was present.", ["Kowalski, Anna"]),
    # ... or alone on its line, names no dictionary holds, their capitals any Latin script's
    ("Family members:\n\u018fhm\u0259dli, To\u011frul\nOwuor, Asmini\n",
     ["\u018fhm\u0259dli, To\u011frul", "Owuor, Asmini"]),
    # a relative's role in the bracket says a person stands there: a listed surname that is also a word, or
    # names no list holds
    # an initial in letters beyond English's, after a title or before a surname
    ("Dr \u013d. Pavko examined the baby.", ["Dr \u013d. Pavko"]), ("Later \u00c9. Dubois said", ["\u00c9. Dubois"]),
    # a name before its date of birth in brackets, in letters beyond English's
    ("\u015eAHINBEY ERTA\u015e (DOB 12/05/1990) is the father.", ["\u015eAHINBEY ERTA\u015e"]),
    ("\u00d6mer \u00c7elik (aged 4) was seen.", ["\u00d6mer \u00c7elik"]),
    # ... a first name, then a surname that is also a word: the date of birth says it is a name
    ("TYGO SIRE (DOB 12/05/1990) is the father.", ["TYGO SIRE"]), ("Kamil Wolf (d.o.b. 3.4.90)", ["Kamil Wolf"]),
    ("NO\u00cbL COUSIN (DOB 12/05/1990) is the father.", ["NO\u00cbL COUSIN"]),  # a surname that is also kin
    # two words opening a sentence, then a bracket only a person's name takes: "(deceased)", "(known as …)"
    ("Trevor Green (deceased) was the maternal grandfather.", ["Trevor Green"]),
    ("Jorn Baker (known as 'Jor') lived with her aunt.", ["Jorn Baker", "Jor"]),
    ("Grace Archer (n\u00e9e Lane) was the grandmother.", ["Grace Archer", "Lane"]),
    # a first name no list knows before a double-barrelled surname of names no dictionary holds
    ("Filofteia Aanei-Gheorghiu was the grandmother.", ["Filofteia Aanei-Gheorghiu"]),
    ("Later Filofteia Aanei-Gheorghiu rang.", ["Filofteia Aanei-Gheorghiu"]),
    ("The social worker was late. Smith, Jane (mother) was present.", ["Smith, Jane"]),
    # a surname before "family" after "the": the family's name, a listed surname or no dictionary word
    ("Later the Gray family moved to a new flat.", ["Gray"]), ("The Wood family had moved.", ["Wood"]),
    ("Later the Valachovi\u010d family moved.", ["Valachovi\u010d"]),
    ("The Smith-Jones family had moved.", ["Smith-Jones"]),
    # ... or before the family's children, and a surname in any script's capitals
    ("The \u017dukauskas children were made subject to plans.", ["\u017dukauskas"]),
    ("The Njoku siblings were placed together.", ["Njoku"]), ("Both Okafor twins were born early.", ["Okafor"]),
    # ... or before "family members" with no article ("Heggarty family members were not contacted")
    ("She was hungry; Heggarty family members were not contacted.", ["Heggarty"]),
    ("The social worker was late. Mani, Bishakha (mother) was present.", ["Mani, Bishakha"]),
    ("Garner, Thomas \u2013 uncle\nWood, Ellen \u2013 maternal grandmother\n", ["Garner, Thomas", "Wood, Ellen"]),
    ("Present:\nKorut\u00fcrk, Nuriyet (maternal grandmother)\n", ["Korut\u00fcrk, Nuriyet"]),
    ("Attendees:\n\u2022 Okafor, Chidinma \u2013 health visitor\n\u2022 Hassanah, Cinta\n",
     ["Okafor, Chidinma", "Hassanah, Cinta"]),
    ("Attendees:\n        \u2022    Okafor, Chidinma (health visitor)\n", ["Okafor, Chidinma"]),  # indented far
    # a name after "the" before a case, a review or a death is someone's
    ("Like the Kayden Morris case, it showed", ["Kayden Morris"]),
    ("Like the Grace Archer case, it showed", ["Grace Archer"]),  # words a name is made of, before "case"
    ("In the Siobhan case the court found", ["Siobhan"]),  # one first name after "the", before "case"
    # a first name a keep phrase borrows ("Lucy Faithfull Foundation", "Maria Colwell") is a name elsewhere
    ("LA Contact: Lucy Canning or Claire Farrelly", ["Lucy Canning", "Claire Farrelly"]),
    ("The health visitor, Maria Hunter, visited.", ["Maria Hunter"]),
    ("Name: Grace Archer\nDate of birth: 2 May 2015", ["Grace Archer"]),  # a field naming a private person
    # a listed surname that is also a function word, after a title, in running text
    ("and Ms Too was informed by the police", ["Ms Too"]), ("chaired by Ms Too's team manager", ["Ms Too"]),
    ("Meeting With Mr And Mrs Smith", ["Mrs Smith"]),  # a heading's title-case run: "And" joins
    # a first name before a colon and a number is someone's number, not a field's label
    ("Contacts: Kayleigh: 07700 900123", ["Kayleigh"]),
    # a field's label with its colon ends the name before it: "Author:" is no surname
    ("Overview Report Siobhan Author: Isobel Colquhoun Date: 22 June 2021", ["Siobhan", "Isobel Colquhoun"]),
    ("Family: Kayleigh Date: June 2019", ["Kayleigh"]),
    ("Jayden Smith Chair : Ms Isobel Colquhoun", ["Jayden Smith", "Ms Isobel Colquhoun"]),
    # ... and any word opening the next line before a colon is a field's label: an e-mail's "Cc:", "Sent:"
    ("To: Duty Team; Gareth Pugh\nCc: Safeguarding Hub", ["Gareth Pugh"]),
    ("From: Priya Natarajan\nSent: 12 March 2019", ["Priya Natarajan"]),
    # a surname that is also a role's word is still one without a colon
    ("Later Kayleigh Author said", ["Kayleigh Author"]),
    # a greeting is no first name
    ("Hi Sarah, Jayden was not in school.", ["Sarah", "Jayden"]),
    # two words a name is made of, opening a sentence, where what follows says a person stands there
    ("Hope Jenkins was the mother. She was 19.", ["Hope Jenkins"]),
    ("Storm Baxter (14) went missing.", ["Storm Baxter"]),
    ("Chase Miller, the father, was in prison.", ["Chase Miller"]),
    ("Jade Turner told the school.", ["Jade Turner"]),
    ("Comfort Obi was not satisfied with the explanation given.", ["Comfort Obi"]),  # a state only people are in
    # a season's first name before a surname that is a word, where a person stands ("told Autumn Field that")
    ("The mother told Autumn Field that she was fine.", ["Autumn Field"]),
    ("Hope Jenkins was tearful.", ["Hope Jenkins"]),
    # words a name is made of, whose date of birth or NHS number the text gives, even at a sentence's start
    ("Summer Fox's date of birth is recorded as 2 May 1990.", ["Summer Fox"]),
    ("Grace Archer\u2019s DOB was not known.", ["Grace Archer"]),
    ("The school noted that Will Thatcher's NHS number was wrong.", ["Will Thatcher"]),
    # a listed first name and surname that also name a town abroad (Juan Díaz, Panama)
    ("She met Juan Diaz at the airport.", ["Juan Diaz"]),
    # a record's surname first, then a double first name ("BRADSHAW, Tiana-Leigh")
    ('Mother \u2013 BRADSHAW, Tiana-Leigh ("Tia"), aged 16.', ["BRADSHAW, Tiana-Leigh", "Tia"]),
    # a family key's lines: the country ending one is no first name of the name opening the next
    ("Kwame Owusu - father, living in Kumasi, Ghana\nTiana Baptiste-Owusu - sister, aged 11\n",
     ["Kwame Owusu", "Tiana Baptiste-Owusu"]),
])
def test_finds_names(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text, reason", [
    ("SERIOUS CASE REVIEW\n\nIn respect of\n\nJAMES HURST\n\nReport by:", "the review's subject"),
    ("Learning Review\n\nTaahir Maawiya\n", "the review's subject"),
    ("Mother \u2013 Gaurika Bose\n", "a relative in a family list"),
    ("Quillbury Safeguarding Children Board\n\nBaghyawati Gokhale (d.o.b. 3rd September 2007)\n",
     "a name before a date of birth"),
])
def test_the_subject_rules_say_which_one_found_the_name(text: str, reason: str) -> None:
    assert [n.reason for n in find_person_names(text)] == [reason]


@pytest.mark.parametrize("text", [
    # "the ... family" with no surname: a nationality, a religion, a place, a public phrase, a kind of family
    "The Polish family had moved.", "the Muslim family next door", "Later the Kurdish family moved.",
    "The Syrian family and the Roma family arrived.", "the Chinese family", "the Afghan case",
    "the Leeds family court", "the Royal family", "The Polish children were seen.", "the Primary children",
    "The Looked After children", "the Year 9 children", "All Saints children",
    # a weekday and a month before the day: a date's words ("Joined: Mon Feb 13, 2017")
    "Joined: Mon Feb 13, 2017 11:01 am", "Adviser \u00bb Wed Aug 30, 2017 11:00 am",
    "edited on Wed Nov 01, 2017 at noon", "Posted Friday March 3 2017",
    "the Troubled Families programme", "the Hillside family centre", "The Tameside Family Court",
    "the Foster family placement ended", "The Extended family attended.",
    "Referred to Camden CAMHS in May.", "Discussed at Leeds MASH today.",
    "Kelly NFA was recorded.", "Refer to Cafcass NOW.", "Hope HOUSE", "Will CALL back.",
    "Report produced by the panel M.Sc. students", "awarded a Ph.D. in 2010",
    "NSPCC, Childline and the school were told.", "Referred to CAMHS Tier 3 by the GP.", "MASH Referral",
    "On 18 September 2021 Manorcourt Homecare, the agency commissioned to provide care, made a referral.",
    "Later Brackenfield Academy excluded him.",  # an unknown word before a body's head word that is no surname
    "We use cookies. We'd also like your consent to use analytics cookies.",
    "The referral went to CAFCASS NSPCC and the school.", "It was URGENT NOW that she was seen.",
    "The report of the SAFEGUARDING ADULTS BOARD KHAN review was read.",
    "Extended family members were not contacted.", "Birth family members attended.", "Polish family members",
    "Foster family members visited.", "Wider family members were asked.", "Some family members refused.",
    "Learning Point 4", "Foster Carers", "Care Order", "Children Act 1989", "Working Together",
    "Significant Harm", "Section 47", "Child Protection Plan", "Terms of Reference", "Serious Case Review",
    "The Local Authority", "However, the plan", "Following the meeting", "in March 2019", "at Christmas",
    "in April", "on Monday", "Lessons Learnt", "Key Findings", "The Independent Reviewing Officer",
    "in the Summer Holidays", "by Autumn Term", "over Summer Reading", "the Summer Fair was held",
    "the Multi-\nAgency Safeguarding Hub", "a Child-\nProtection Plan",
    "the Hope Street (HS) project", "at Grace Church (GC) on Sunday", "Early Help (EH) was offered",
    "the Mosaic Record (MR) showed", "the Zoopla Service (ZS) was used", "at Kirklees Hospital (KH) she",
    "the Zoopla Front (ZF) was used",  # an unknown word before agency vocabulary ("Front Door"): no name
    "the Milton Keynes (MK) area",  # a place's name
    "the Junior Doctor (JD) saw her", "the Family Nurse (FN) visited",  # no clear first name: a role's words
    "a Child Protection (CP) plan",
    "the Glasgow Mac Users group",  # a capitalised particle after a place, before no name
    # capitals that end a sentence before an ordinary word are initials, not a title ("MR" for Matthew R…)
    "following the birth of MR. Fathers and male carers were largely invisible",
    "the GP saw MS. Teachers were not told",
    "Asperger", "Asperger syndrome was diagnosed",
    # an eponymous condition: the names are the doctors' who described it
    "Treacher Collins Syndrome", "she has Treacher Collins syndrome", "Hallervorden Spatz disease",
    "Smith Magenis syndrome", "Cornelia de Lange Syndrome",
    # a word before a disease's own name describes it ("Florid" is also a listed first name)
    "due to Florid Rickets caused by a deficiency", "Bacterial Meningitis was suspected",
    "the Makaton Signalong course",  # communication programmes in the keep vocabulary
    "Nurse Practitioner", "the Health Visitor",
    "Children's Social Care", "CAMHS", "Ofsted visited", "the MASH", "Early Help",
    # ordinary words that are also first names
    "the child showed Patience and Hope", "• Patience", "1. Grace", "she will attend", "Will it work?",
    "Grace was seen", "Grace Archer was seen", "the Reading list", "a Rose garden", "Hope remained",
    "Reading the report, the panel", "Rose was not seen",
    # anonymised labels are not names
    "Mr A was seen", "Baby Q", "Mrs B.", "Child W", "Baby JW was born early.", "Baby A’s father", "Mr B's car",
    "Ms Social Worker", "Mr Chair opened it", "the Sexual Abuse Referral Centre (SARC)", "Kestrel View (KV)",
    # two capitals are an abbreviation
    "07/06/1983\tNI JG 10 37 52 A; 07700 900873",
    # one letter is a label, a country after "from" a place
    "at the time of K’s death", "before K's birth", "he came to England from Poland in 2006",
    # ... through a country, a town's country after a comma, a country after another and "and"
    "He reached Italy by boat, then went through France, and crossed", "family originally from Kumasi, Ghana.",
    # ... after a town of two words and a comma, the town after a place's cue
    "Born in Spanish Town, Jamaica and came to England aged 6 in 1962.",
    # a first name joined to a word in lower case is a compound word
    "They set up a Roma-led group in 2019.", "a Chelsea-born man",
    # the last letter of "B&B" before a full stop is no initial
    "5.3 Conditions in the B&B. Precious little was done about them.",
    # a language a first-name list holds too, where a language stands
    "He speaks Dari. He was given a Dari rather than a Pashto interpreter.",
    "a telephone interpreter who spoke Dari rather than Pashto", "the interpreter was a Dari speaker",
    "she told the registrar, through a Dari telephone interpreter, that she was scared",

    # a clinical note's fields; a perpetrator as notes shorten the word
    "O/E: happy, playing. Imp: minor injury. Adv: observe, Calpol PRN.", 'recorded: "Perp has family in Southall."',
    # a nursery's room and its leader
    "Kerry, the Baby Room Leader, said the sleep checks were done.",
    # a hospital's name with "The" inside it
    "She was admitted to the Queen Elizabeth The Queen Mother Hospital (QEQM) in Margate.",
    # a body's name, its head word a task force
    "She was referred to the Windrush Taskforce in 2019.", "a Home Office Task Force",
    "travelled through Chad and Libya, where he was held",
    "she grew up in south-east Poland", "a village in rural Poland", "the family moved from northern Poland",
    # a country someone fled or left in a year
    "The children left Iran in 2022 after their father was detained.", "The family fled Iran and came by lorry.",
    # a city abroad at a journey's end or start, though listed as a first name too
    "the family moved from Lagos to Peterborough", "the mother returned to Lagos in 2021",
    "he was deported back to Accra",
    "the parents arrived from Shenzhen in 2016", "they came from Lagos in 2012",
    # an image's alt text: an organisation's logo or an icon
    "Haringey Safeguarding Children Parternsip Logo\n\nRSS Icon", "Rainbow Trust Logo",
    # a name after "the" that names a project, a ward or a programme
    "Barnardo's ran the Hope Box project.", "She was moved to the Grace Archer ward.",
    "the Joshua Tree programme was offered",
    # a ward or unit named after someone: the name is the ward's
    "Staff on the Ada Holroyd Children's Ward recorded it.", "on the Florence Marsh Neonatal Unit",
    # an agency's acronym before a word a table's next cell opens with ("CSC<tab>Age assessment")
    "5\t17/10/2022\tCSC\tAge assessment allocated to the social worker", "MASH Grace reviewed",
    # a messaging app, a national programme
    "took part by video call using Zalo. The mother asked", "The LeDeR review was notified.",
    # a festival's short name
    "The service didn't read the email until after Xmas.",
    # a published review's label for a place, its kind before it ("Garrison" is a first name too)
    "The family moved from Garrison Town 2 to Garrison Town 1 in October 2021.",
    # a people's colour and nationality ("Black" is a first name too)
    "She was a Black Fijian woman and a Christian.",
    # an agency's letters after a word that is also a first name are no record's surname in capitals
    "Records did not link up at first. One CSC letter was addressed to her mother.",
    # a web page's furniture
    "Hide Ad\nHide Ad\n\nYet the mum had taken an overdose", "Read More\nShare this article",
    # a river after "the" ("River" is a first name too)
    "his body was left in the nearby River Ogmore in the early hours", "a walk by the River Severn",
    # capitals before a first name that are no surname
    "NHS, Kelly said", "POLICE, Kelly said", "NOTE: Grace periods apply",
    # a field's label before its number ("Tel" is a short form of Terence too)
    "Team Manager\nTel: 0161 496 0321", "Tel. 01632 960123", "Mob: 07700 900123",
    # a town's hospital, as people call it
    "she was brought to ED (Royal Oldham) by her father", "later moved to the Royal Bolton",
    # the name the review gives, or a place or service someone is known as
    'the partner, known as "Tank" for this review, lived', 'the estate, known locally as "The Bronx"',
    "The Hub, as the family call it, was open.", "Nanny, as the children call her, was kind.",
    "she had a friend called Mum at school", "a man called Police to the house",
    "Leeds Teaching Hospitals (LTH) and", "the Royal Free (Rf) unit",
    'the Safeguarding Partnership ("Partnership") met', 'Working Together ("Guidance") says', "PC 2 attended",
    # a country the draft names as one; a patient's abbreviation; a telephone's label before its number
    "Both parents were born in Ghana. Her Ghana number was the only contact.", "Pt appears to understand.",
    "Tel 07700 900753", "11/11/21 \u2013 Tel call to the GP.",
    "London: Children's Commissioner.\nJay, A. (2014) Independent Inquiry",  # a sentence's end, no title
    'the service known as "Early Help"',
    "the mother was known to Children's Social Care as Child B", "he was known to the police as a dealer",
    "Child B, also known as Child Bravo in this report,", "Child B, known to the review as Ben, moved school.",
    "the estate, known to residents as Leeds",
    # months next to a number are dates
    "- Dec 2015: he was arrested", "on 12 Jan the panel met", "Feb-16 review", "from 3rd Jan onwards",
    # a unit after a number is a measure ("Kb" and "Kg" are also listed first names)
    "Download 419.5 Kb.", "the file was 20 Kb in size", "she weighed 3.2 Kg at birth", "a 250 Mb video",
    # places, organisations, streets
    "Milton Keynes", "St Matthew's CE Primary School", "Winston Churchill Academy", "she lived in Chelsea",
    "Victoria Road", "Newcastle upon Tyne", "Stanley Park Road",
    "the family moved to Rose Hill in 2015", "they lived at 12 Mary Green", "a flat in Victoria Park, Leeds",
    "the Albert Hall concert", "near Primrose Hill", "the Rose Hill Lane flats",
    "the Foster Care team", "a Case Review", "Child Protection", "Young People", "the Will Foster Care plan",
    # keep phrases that hold a name
    "under Clare's Law", "the Pan-London Procedures", "Gypsy, Roma and Traveller",
    # "pan-" before a place is the prefix ("Pan London", all of London), no first name
    "the Pan London Threshold applies", "Pan London procedure for sharing information", "a Pan Cheshire protocol",
    # a word, place or capitals before a patronymic surname is no first name
    "the Apple MacBook was seized", "in Glasgow McDonald's was open", "the NHS McKinsey report",
    # abbreviations
    "the U.K. government", "N.B. this", "at 10 a.m. today",
    # an acronym's plural after a name-like word
    "Click here to see Bradford SCRs", "the Stanley LSCBs agreed", "all Leeds IMRs",
    # a body's or a document's own words before a date of birth are no name
    "The Children Act's date of birth rules apply.", "Child Protection's DOB field was blank.",
    # a sentence opening with two words, no person's context after them
    "Hope Street was closed.", "Grace Period ended in May.", "Rose Hill was the address.",
    # two words a name is made of, after "the": a thing's name ("the Green Book", the Treasury's guidance)
    "Treasury's latest review of the Green Book holds the line.", "as set out in the Orange Book last year",
    # ... and one word a first name list holds, after "the": a book's or a thing's ("the Bible")
    "read them passages from the Bible", "she said the Bible and the Torah forbade it",
    # a building named after someone
    "She practises from Queen Elizabeth Building, Temple.", "at the Rosalind Franklin Building",
    # a comma between places, bodies or words, and a cited work's author and year, are no record's order
    "Leeds, Bradford (the two areas)\n", "Oldham, Rochdale and Bury\n", "Health, Education (partners)\n",
    "Reading, Berkshire (mother)\n", "Reading, Berkshire \u2013 mother\n", "Ofsted, Cafcass (agencies)\n",
    "Brno, Czechia\n", "Summary, Findings\n", "Ofsted, Cafcass\n", "Tameside, Oldham\n",
    # a hotel chain's branch, where families are placed in an emergency
    "The mother stayed at Travelodge Crawley in May.", "They were moved to Premier Inn Crawley.",
    # two words after a capitalised pronoun: a campaign's or a leaflet's title ("Babies Cry, You Can Cope!")
    "The programme \u2013 ICON: Babies Cry, You Can Cope! \u2013 provides key messages",
    "the leaflet We Will Rock was given to parents",
    # kin and roles the first-name lists also hold ("Gran", "Staff")
    "Gran told the social worker that she was worried.", "Staff described her as quiet.",
    'She said "he shouted and Mama cried and I hid".', "Papa was not at home, the boy said.",
    "She said brother said 'Baba has booked it'.", 'she said "a man, Abba chose".',
    # a month's or a weekday's abbreviation, and a telephone's, that no one is called
    "draft 2 - for panel mtg (Feb) - do NOT forward", "attends evening madrasa Mon\u2013Fri 5pm\u20137pm.",
    "14-Mar-2022  Tel consult. Daughter translating.", "States partner 'couldnt get off work'. Pt tearful, K+ 6.4.",
    "Clinic on Weds cancelled.",
    "the separate Athena references for each incident", "No.\tMonth\tAthena ref\tSTORM log",  # a records system
    "She attended Park Academy (Adm. No 18/0294) from May.",  # an abbreviation before a number's label
    "The family are Pakistani Kashmiri and speak Pahari.",  # a people's words, no first name and surname
    # a city abroad whose words are first names and surnames too
    "tickets to Hargeisa via Addis Ababa are booked",
    # a country or territory whose words are a first name and a surname; a word's plural is no surname
    "the decision to leave Hong Kong was made quickly", "a project for Hong Kong families.",
    "families relocated under the Afghan Relocations and Assistance Policy (ARAP)",
    "The London Beth Din was consulted.",  # a first name before a public name's words
    # a city abroad the lists hold as a first name too, where only a city stands
    # a range of months
    "E1 | Sep-Dec 2022 | joins Year 8 at school", "attended Mar-Jul 2023, then left",
    "He had been a secondary school teacher in Lagos.", "trauma linked to the Kabul airport evacuation",
    "She worked in restaurants in Cork and Dublin before moving to England.",
    'The consultation note reads: "34F. Poor sleep, tearful."',  # a note's age and sex
    "He had survived the fall of Kabul, the death of his father", "Her mother died in Amman in 2017.",
    # a role the review names someone by, in quotes as a name gone by ("knew him only as \"Partner\"")
    'Several agencies knew him only as "Partner". He drove a van.',
    # what is spelt is no name unless a name's shape: a word, a system, a place
    "Names get spelt Wrong on Systems.", 'messages from "Mum" and "Dad" were read', "spelling the name out",
    'the word was spelt "Safeguarding" throughout', "it is spelt Leeds",
    # a word in capitals for emphasis after a name, a dash and no one's role after it
    "Hope ONLY \u2013 triplet 1",
    # a label's title and letter ending a sentence, then a word opening the next ("Mr A. Lives with …")
    "The lodger was Mr A. Lives with his mother now.",
    # a role the review names someone by, in quotes after it ("Farm Worker"), and a label's letter after a body
    'The farm worker, Farm Worker ("Farm Worker"), was driving.', "The forklift belonged to Company A. Company A, a",
    # a radio's or a message's acknowledgement opening quoted speech ('replied "Roger, will pick up"')
    'The troop commander replied "Roger, will pick up in the new year"',
    # a word's or a dictionary name's letter ("Plan B", "Hepatitis B", "Grace A" on a form), a label's
    "We moved to Plan B.", "Hepatitis B vaccine", "Class A drugs", "Mark A on the form", "Will B attend?",
    # a glossary's lines: words spelt out, then the next entry's capitals (a record's surname is on its name's line)
    "GA \u2013 General Anaesthetic\nMARU \u2013 Multi-Agency Referral Unit\n",
    # a nurse's title before a ward's number, or a ward of that name
    "Sister Ward 5 was closed.", "The Nurse Ward Round began.",
])
def test_ignores_vocabulary(text: str) -> None:
    assert _found(text) == []


def test_a_cited_works_author_and_year_is_no_record_order() -> None:
    assert "Brandon, Marian" not in _found("Brandon, Marian (2009) Understanding serious case reviews\n")


@pytest.mark.parametrize("text, expected", [
    ("Mrs Okafor visited", [(0, 10)]),
    ("Aaliyah's mother", [(0, 7)]),
    ("met Aaliyah Okafor's sister", [(4, 18)]),
])
def test_exact_offsets(text: str, expected: list[tuple[int, int]]) -> None:
    assert [(r.start, r.end) for r in RECOGNIZER.analyze(text, [PERSON])] == expected


@pytest.mark.parametrize("text, score", [
    ("Mrs Okafor", 0.85), ("met Aaliyah Okafor", 0.8), ("met Grace Okafor", 0.7), ("met Grace Archer", 0.4),
    ("met Siobhan", 0.5), ("Siobhan said", 0.4), ("A.B. Smith", 0.75), ("saw J.W. there", 0.35),
    ("AALIYAH OKAFOR", 0.6),
])
def test_scores(text: str, score: float) -> None:
    results = RECOGNIZER.analyze(text, [PERSON])
    assert [r.score for r in results] == [score]


@pytest.mark.parametrize("text, names", [
    # a list of children, a line each with an age, or items with dates of birth: words that are names there too
    ("The children are:\n Liberty, 17\n Kizzy, 13\n Delilah, 10\n Freedom, 7\n Honey, 3\n",
     ["Liberty", "Kizzy", "Delilah", "Freedom", "Honey"]),
    ("DOBs: Joey 21/01/2009; Kizzy 30/10/2010; Freedom 27/08/2016; Caleb 09/01/2019; Honey 12/12/2020.",
     ["Joey", "Kizzy", "Freedom", "Caleb", "Honey"]),
])
def test_a_list_of_children_with_ages_or_births_names_each(text: str, names: list[str]) -> None:
    assert all(n in _found(text) for n in names), _found(text)


@pytest.mark.parametrize("text", [
    "Visits: Monday 12/03/2021; Tuesday 13/03/2021; Friday 16/03/2021.",  # days, no names
    "Scores:\nReading, 7\nWriting, 6\nMaths, 5\n",
    "Kizzy, 13\nDelilah, 10\nReading, 7\n",  # too few names that are no words
])
def test_a_list_of_words_with_numbers_names_no_one(text: str) -> None:
    assert not {"Monday", "Tuesday", "Friday", "Reading", "Writing", "Maths"} & set(_found(text))


def test_a_nickname_in_quotes_after_a_name_with_a_long_aside_is_one_gone_by() -> None:
    """'Gwendoline Tapper ("Gwen", sometimes recorded as …)': the quoted name is the one she went by."""
    from recognizers.person_name_recognizer import SCORE_DEFINED_INITIALS

    text = '1.1 Gwendoline Tapper ("Gwen", sometimes recorded as Gwendoline Taper) died'
    scores = {text[r.start:r.end]: r.score for r in RECOGNIZER.analyze(text, [PERSON])}
    assert scores.get("Gwen") == SCORE_DEFINED_INITIALS, scores


def test_result_carries_explanation_and_metadata() -> None:
    (result,) = RECOGNIZER.analyze("Mrs Okafor visited", [PERSON])
    assert isinstance(result, RecognizerResult)
    assert result.entity_type == PERSON
    assert result.analysis_explanation is not None
    assert result.analysis_explanation.textual_explanation == "title"
    assert result.recognition_metadata[RecognizerResult.RECOGNIZER_NAME_KEY] == "PersonNameRecognizer"


def test_other_entities_are_not_answered() -> None:
    assert RECOGNIZER.analyze("Mrs Okafor visited", ["LOCATION"]) == []
    assert len(RECOGNIZER.analyze("Mrs Okafor visited", [])) == 1


def test_recogniser_settings() -> None:
    assert RECOGNIZER.supported_language == "en"
    assert RECOGNIZER.supported_entities == [PERSON]
    assert type(RECOGNIZER).__name__.endswith("Recognizer")


def test_works_with_a_blank_spacy_pipeline() -> None:
    spacy = pytest.importorskip("spacy")
    from presidio_analyzer.nlp_engine import NlpArtifacts

    nlp = spacy.blank("en")
    text = "Then Aaliyah Okafor met Mrs Brennan."
    doc = nlp(text)
    artifacts = NlpArtifacts(entities=[], tokens=doc, tokens_indices=[t.idx for t in doc], lemmas=[],
                             nlp_engine=None, language="en")
    found = [text[r.start : r.end] for r in RECOGNIZER.analyze(text, [PERSON], artifacts)]
    assert found == ["Aaliyah Okafor", "Mrs Brennan"]


def test_empty_and_odd_text() -> None:
    assert find_person_names("") == []
    assert find_person_names("   \n\n ") == []
    assert find_person_names("Mr") == []
    assert find_person_names("A.") == []


def test_long_text() -> None:
    paragraph = (
        "Following the Initial Child Protection Conference, Aaliyah Okafor and Mr Brennan met the Social "
        "Worker. Siobhan said that Grace was at Oakwood Academy; the Care Order and Section 47 enquiry "
        "followed in March 2019. Learning Point 4: Foster Carers in Reading need support.\n"
    )
    text = paragraph * 1000  # about 300 KB
    found = find_person_names(text)  # speed: benchmarks/recognizer_speed.py
    assert len(found) == 3000


def test_a_name_never_repeats_a_word() -> None:
    found = _found("daughter of Grace Okafor Okafor Eze Nowak")  # metadata fields run together
    assert found[0] == "Grace Okafor"
    assert all(len(set(name.split())) == len(name.split()) for name in found)


@pytest.mark.parametrize("text, expected", [
    # A label's letter ends its sentence: the next capitalised word opens a new one, never a surname.
    ("This review follows the sad death of Baby E. Due to our concerns the board met.", []),
    ("The board reviewed the care of Child K. Following this, the plan changed.", []),
    ("It was agreed to review Young Person A. Sadly the family declined to take part.", []),
    ("The assessment of Adult B. Concerns were raised again in May.", []),
    ("The mother of Child K. Young people were spoken to.", []),
    # A name opening the new sentence is still a name, alone.
    ("The police spoke to Child K. Aaliyah Okafor visited the next day.", ["Aaliyah Okafor"]),
    ("The house was visited after the death of Baby E. Hartley was arrested.", ["Hartley"]),
    ("The house was visited after the death of Baby E. Smith visited the next day.", ["Smith"]),
    ("The school was told about Child K. Siobhan telephoned.", ["Siobhan"]),
    # Initials and a surname stay a name wherever no label's role stands before them.
    ("J. Smith visited the home.", ["J. Smith"]),
    ("The health visitor, J. Smith, visited.", ["J. Smith"]),
    ("Social Worker J. Smith visited the home.", ["J. Smith"]),  # a job before an initial opens a name
    ("Dr A. Patel saw Child K.", ["Dr A. Patel"]),
    ("Sister A. Khan saw Baby E.", ["Sister A. Khan"]),
])
def test_a_labels_letter_is_no_initial(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # armed forces ranks, abbreviated and in full, one word or two, are titles
    ("Flt Lt Ayesha Qureshi (station) asks SSAFA to offer support.", ["Flt Lt Ayesha Qureshi"]),
    ("Pls check with Sqn Ldr Hale before the letter goes.", ["Sqn Ldr Hale"]),
    ("Lance Corporal Ryan Kearney had been deployed.", ["Lance Corporal Ryan Kearney"]),
    ("Cpl Jones and LCpl Price were on duty; Rfn Gurung was on leave.", ["Cpl Jones", "LCpl Price", "Rfn Gurung"]),
    ("Wg Cdr Jane Ellison chaired the meeting.", ["Wg Cdr Jane Ellison"]),
    ("the unit welfare officer, Captain Tom Briggs, visited", ["Captain Tom Briggs"]),
    ("Squadron Leader Hale said the family had moved.", ["Squadron Leader Hale"]),
    ("Major Harriet Dunne, the commanding officer's deputy, agreed.", ["Major Harriet Dunne"]),
])
def test_armed_forces_ranks_are_titles(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    # a rank's word that is an everyday word before what is no name
    "The Major Crime Review Team took the case.", "Private Fostering arrangements were not notified.",
    "She was taken to the General Hospital.", "Marine Parade was closed.",
    "the Flight Lieutenant said so", "Staff Sergeant duties were reassigned.",
])
def test_no_name_after_an_everyday_word_that_is_also_a_rank(text: str) -> None:
    assert _found(text) == []
