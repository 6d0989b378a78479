"""The label rule: a value after an identifying label is an identifier of that kind, checksum or not."""

from __future__ import annotations

from pathlib import Path

import pytest

from recognizers import catalogue as cat
from recognizers.labelled_identifier import LABELLED_SCORE, LabelledIdentifierRecognizer, find_labelled
from tests.recognizers.prose import PROSE_PARAGRAPH, PROSE_SNIPPETS

POSITIVE = [
    ("UPN X123456789012 was issued", "X123456789012", cat.UK_UPN),  # check letter wrong
    ("(Metropolitan Police Service, CRIS 7654321/16)", "7654321/16", cat.POLICE_REFERENCE),
    ("Ref: ABC/123/45 after the crime reference ABC/123/45 was", "ABC/123/45", cat.POLICE_REFERENCE),
    ("Her NHS number is 123 456 7890 and", "123 456 7890", cat.UK_NHS),  # check digit wrong
    ("NHS no. 123 456 7890.", "123 456 7890", cat.UK_NHS),
    ("My NI number is QQ 12 34 56 A", "QQ 12 34 56 A", cat.UK_NINO),  # QQ is never issued
    ("nino: PR 402231C", "PR 402231C", cat.UK_NINO),
    ("passport number 305867214", "305867214", cat.UK_PASSPORT),
    ("driving licence: HARLO706123JT9XK", "HARLO706123JT9XK", cat.UK_DRIVING_LICENCE),
    ("his DVLA no is HARLO 706 123 JT9XK 01 as", "HARLO 706 123 JT9XK 01", cat.UK_DRIVING_LICENCE),
    ("UTR 97305 21846", "97305 21846", cat.UK_TAX_REFERENCE),
    ("PAYE temp number is 47H58213, which", "47H58213", cat.UK_TAX_REFERENCE),
    ("CHI 1403820636", "1403820636", cat.UK_CHI),  # check digit wrong
    ("H&C number 361 205 8738", "361 205 8738", cat.UK_HCN),
    ("case no. ZW16X00421", "ZW16X00421", cat.COURT_CASE_NUMBER),
    ("mobile +48 512 345 678.", "+48 512 345 678", cat.PHONE_NUMBER),
    ("custody record 01/12345/19 shows", "01/12345/19", cat.POLICE_REFERENCE),
    # a professional's registration (GMC, NMC, HCPC) and a college's UK provider number
    ("Dr Aisling Byrne (GMC 7041187) provided", "7041187", cat.AGENCY_REFERENCE),
    ("Eastcliff College, UKPRN 10004417; his", "10004417", cat.AGENCY_REFERENCE),
    ("the social worker (HCPC SW123456) was", "SW123456", cat.AGENCY_REFERENCE),
    # ... a radiology accession; the number's place between label and "was"
    ("Skeletal survey, radiology accession 881187, reported", "881187", cat.AGENCY_REFERENCE),
    ("His ED attendance number at Royal Fellside was 21/006293.", "21/006293", cat.AGENCY_REFERENCE),
    # ... or the hospital's letters right before the value ("MRN at JPUH J0049172")
    ("NHS number on post-mortem report; MRN at JPUH J0049172.", "J0049172", cat.AGENCY_REFERENCE),
    # ... or whose it is, then how the record gave it ("WCCIS ID for Rhys recorded as 3318274")
    ("offered a food bank voucher. WCCIS ID for Rhys recorded as 3318274.", "3318274", cat.AGENCY_REFERENCE),
    # ... or an identity card's number by "card no." ("Card no. RX 458921")
    ("was never surrendered. Card no. RX 458921 - confirm with police", "RX 458921", cat.AGENCY_REFERENCE),
    ("CAD 4521 was raised", "4521", cat.POLICE_REFERENCE),
    ("the STORM incident log (0917/14MAR17) recorded", "0917/14MAR17", cat.POLICE_REFERENCE),
    ("PNC ID: 07/555K", "07/555K", cat.PNC_ID),
    ("VAT registration number 314159229", "314159229", cat.UK_VAT),
    ("The number is QQ 123 456 A.", "QQ 123 456 A", cat.AGENCY_REFERENCE),
    ("missing person report 2019/00451 ", "2019/00451", cat.POLICE_REFERENCE),
    ("The case-record ID for Child Q is 96038165.", "96038165", cat.AGENCY_REFERENCE),  # whose, then "is"
    ("The NHS number for Ann Bell was 943 476 5919", "943 476 5919", cat.UK_NHS),
    ("The Niche occurrence number for the assault is 31902845617.", "31902845617", cat.POLICE_REFERENCE),
    ("the crime reference for this incident was 4471902/16", "4471902/16", cat.POLICE_REFERENCE),
    ("His passport number for the visa was 305867214", "305867214", cat.UK_PASSPORT),
    ("at the magistrates' court (URN 49 YZ 05004 13).", "49 YZ 05004 13", cat.AGENCY_REFERENCE),
    # A letter group in capitals between a value's digit groups is the value's, though it spells a word.
    ("at the magistrates' court (URN 28 UP 87483 11).", "28 UP 87483 11", cat.AGENCY_REFERENCE),
    ("police URN 07 AS 12345 16 was", "07 AS 12345 16", cat.AGENCY_REFERENCE),
    ("SEDOL B05FFN7 held by", "B05FFN7", cat.AGENCY_REFERENCE),
    ("SEDOL: 0263494", "0263494", cat.AGENCY_REFERENCE),
    ("ISIN GB00B03MLX29", "GB00B03MLX29", cat.AGENCY_REFERENCE),
    # a learner's, a patient's record and the Home Office's numbers by their labels
    ("Child Q's UPN is A123456789012 and her ULN 1234567890.", "1234567890", cat.AGENCY_REFERENCE),
    ("Unique Learner Number: 5012345678", "5012345678", cat.AGENCY_REFERENCE),
    # "ref." abbreviated, a member's "no.", whose number before a colon
    ("Her Teachers' Pension (ref. TP 4417-0032) and", "TP 4417-0032", cat.AGENCY_REFERENCE),
    ("tenancy ref. FWH-004471-T). No", "FWH-004471-T", cat.AGENCY_REFERENCE),
    ("the West Yorkshire Pension Fund (member no. 00418827). All", "00418827", cat.AGENCY_REFERENCE),
    ("Mosaic ID for Yusuf: 1463302. Staff", "1463302", cat.AGENCY_REFERENCE),
    # a log number with a slash; a bank account as "a/c"; what the reference is for, before a colon
    ("driving him home. Log 2291/1022 | no PPN", "2291/1022", cat.POLICE_REFERENCE),
    ("(Barclays, sort code 20-45-77, a/c 43918826) opened", "43918826", cat.AGENCY_REFERENCE),
    ("Crime ref for collision: 20BE/61234X/23", "20BE/61234X/23", cat.POLICE_REFERENCE),
    ("MASH CONTACT 2023/0114-77 | CHILD: QURESHI", "2023/0114-77", cat.AGENCY_REFERENCE),
    # a taxi's plate, a badge, an intelligence log, a crime's long number, a citizen card, a card's last digits
    ("Seen dropped off by taxi, plate HBC 0931 (Brook Private Hire).", "HBC 0931", cat.UK_VEHICLE_REG),
    ("passenger assistant badge was PA-0457.", "PA-0457", cat.AGENCY_REFERENCE),
    ('"INT 22/3391 - BROOKS, Keeley-Ann', "22/3391", cat.POLICE_REFERENCE),
    ("Driver says so. Intel log 22/118743. | LP4", "22/118743", cat.POLICE_REFERENCE),
    ("| Police | Crime 23000412876 (harassment) recorded", "23000412876", cat.POLICE_REFERENCE),
    ("citizen card number (Cartão de Cidadão 15872390 4ZY7) and", "15872390 4ZY7", cat.AGENCY_REFERENCE),
    # a table's cell for the label, the next for the value; where the number is from, before "was"
    ("| Saoirse | CHI (NHSGGC) | 2208174826 |", "2208174826", cat.UK_CHI),
    ("| Tomasz | NHS number | 943 476 5919 |", "943 476 5919", cat.UK_NHS),
    ("Child C's UPN in England was M352412318007. APPENDIX", "M352412318007", cat.UK_UPN),
    # a vehicle and its registration's shape; a care record system's number; a police exhibit; a report's number
    ("father's NI number withheld, vehicle KXZ 4418. [3]", "KXZ 4418", cat.UK_VEHICLE_REG),
    ("Polish mobile withheld, Polish car EL 4471K; Lena at nursery", "EL 4471K", cat.UK_VEHICLE_REG),
    ("| Hosp unit no. withheld | WCCIS 30049127 |", "30049127", cat.AGENCY_REFERENCE),
    # ... with whose system it is in brackets between
    ("| Mosaic (Mersey Vale) 7720415 Adult T came into care", "7720415", cat.AGENCY_REFERENCE),
    ("seized the iPhone (exhibit TB/04, IMEI withheld)", "TB/04", cat.POLICE_REFERENCE),
    ("NCMEC report 152893341 from Snapchat", "152893341", cat.AGENCY_REFERENCE),
    # an asylum seeker's Application Registration Card; a force's Operational Information System log
    ("Shares room with Y (also age-disputed). ARC issued, UKA 40218877.", "UKA 40218877", cat.AGENCY_REFERENCE),
    ("999 call from Adult A. OIS log 20/1187. DASH: standard.", "20/1187", cat.POLICE_REFERENCE),
    # a device's name, as an asset register writes it
    ("a search on school Chromebook FRA-CB-0417 while", "FRA-CB-0417", cat.AGENCY_REFERENCE),
    ("connecting from school laptop SMHS-LT-0413 (home-use loan)", "SMHS-LT-0413", cat.AGENCY_REFERENCE),
    # a mental health record system's number, a hospital's unit number, a certificate of sponsorship, BTP's crime
    ("| Organisation 2 (RiO 30091847) | Assessed by", "30091847", cat.AGENCY_REFERENCE),
    ("hosp no withheld / ELHT unit no RXR7718245 LAS person ID", "RXR7718245", cat.AGENCY_REFERENCE),
    ("Certificate of Sponsorship: C2X4M71903K Mobile: withheld", "C2X4M71903K", cat.AGENCY_REFERENCE),
    ("outside linked to the network. BTP CRM 23/0551897. Both boys", "23/0551897", cat.POLICE_REFERENCE),
    ("Santander account ending 4471 (sort code", "4471", cat.AGENCY_REFERENCE),
    ("(sort code 09-01-28) in Stephen's name", "09-01-28", cat.AGENCY_REFERENCE),  # a date's shape, a sort code
    ("the hospital MRN 00456123 was used", "00456123", cat.AGENCY_REFERENCE),
    ("his Home Office reference B1234567 was", "B1234567", cat.AGENCY_REFERENCE),
    # the Home Office's Unique Client Identifier, which follows a person through every immigration application
    ("The family's NASS ref 123456/01; UCI 1234-5678.", "1234-5678", cat.AGENCY_REFERENCE),
    ("Mother\tBRP: RX6193027", "RX6193027", cat.AGENCY_REFERENCE),
    ("Her UAN 3307-5521-9946-1180 was quoted.", "3307-5521-9946-1180", cat.AGENCY_REFERENCE),
    ("The dog \u2013 Winston, male XL bully type, microchip 826097800415532", "826097800415532", cat.AGENCY_REFERENCE),
    ("Mother \u2013 Siobh\u00e1n Doyle, PPSN: 7823451KA", "7823451KA", cat.AGENCY_REFERENCE),
    ("(DOB 27/11/2008; HKID Y582913(4)) arrived", "Y582913(4)", cat.AGENCY_REFERENCE),
    ("BRENNAN, Darren Paul \u2013 serving officer, collar 4471 \u2013 no previous", "4471", cat.POLICE_REFERENCE),
    ("her unique client identifier 8765-4321 was", "8765-4321", cat.AGENCY_REFERENCE),
    # a school's DfE (LA and establishment) number names the school
    ("Oakwood Academy (URN 137456; DfE 881/4021) until", "881/4021", cat.AGENCY_REFERENCE),
    ("the school's LAESTAB number 8814021 was", "8814021", cat.AGENCY_REFERENCE),
    # The value set off by commas after a label that names its kind (an apposition).
    ("His National Insurance number, QQ-12-34-56-A, was used", "QQ-12-34-56-A", cat.UK_NINO),
    ("Her NHS number, 123 456 7890, was", "123 456 7890", cat.UK_NHS),
    ("the crime reference, 4471902/16, shows", "4471902/16", cat.POLICE_REFERENCE),
    # an officer's collar (shoulder) number after the rank names the officer
    ("PC 4471 attended the address", "4471", cat.POLICE_REFERENCE),
    ("with DC 2290 Hartley", "2290", cat.POLICE_REFERENCE),
    ("PCSO 61234 spoke to the boys", "61234", cat.POLICE_REFERENCE),
    ("Sgt 1187 was the custody sergeant", "1187", cat.POLICE_REFERENCE),
    ("the officer's collar number, 5521, was noted", "5521", cat.POLICE_REFERENCE),
    ("PC 1234AB from the borough", "1234AB", cat.POLICE_REFERENCE),
    # a family's bank details
    ("Payments were made to sort code 20-45-77, account", "20-45-77", cat.AGENCY_REFERENCE),
    ("account number 43218765, and later", "43218765", cat.AGENCY_REFERENCE),
    ("later to IBAN PL61 1090 1014 0000 0712 1981 2874.", "PL61 1090 1014 0000 0712 1981 2874", cat.AGENCY_REFERENCE),
    ("council tax account 90012345 were checked", "90012345", cat.AGENCY_REFERENCE),
    # the address a device or an account was reached from, as online abuse is traced
    ("IP address 192.168.12.45 was linked to the account.", "192.168.12.45", cat.AGENCY_REFERENCE),
    ("Her IPv6 address 2a00:23c6:1234::5 was logged.", "2a00:23c6:1234::5", cat.AGENCY_REFERENCE),
    ("the IPv4 address 81.2.69.160 was logged", "81.2.69.160", cat.AGENCY_REFERENCE),
    ("the IP addresses were 2a00:23c6:1b04:2f01::5 and", "2a00:23c6:1b04:2f01::5", cat.AGENCY_REFERENCE),
    ("accessed from IP 81.2.69.160 on two occasions", "81.2.69.160", cat.AGENCY_REFERENCE),  # "IP" alone
    ("the phone's MAC address, 3C:22:FB:91:0A:7E, showed", "3C:22:FB:91:0A:7E", cat.AGENCY_REFERENCE),
    # a vehicle's registration, of any country's format
    ("The car, registration TM-86-SBP, was seen outside.", "TM-86-SBP", cat.UK_VEHICLE_REG),
    ("The car registration was FU-158-XJ.", "FU-158-XJ", cat.UK_VEHICLE_REG),
    ("the number plate 4GJ97 was seen", "4GJ97", cat.UK_VEHICLE_REG),
    ("a van (registration mark DBR-S-995) parked", "DBR-S-995", cat.UK_VEHICLE_REG),
    # whose number it is, a person in lower case, between a generic label and its value
    ("The LCS number for the child is 7654321.", "7654321", cat.AGENCY_REFERENCE),
    # a dash between label and value, as a list writes them; the label in brackets after its value
    ("LCS ID \u2013 1202415", "1202415", cat.AGENCY_REFERENCE), ("hospital number - W6239186", "W6239186",
                                                                   cat.AGENCY_REFERENCE),
    ("UPN \u2014 R332349917044 was", "R332349917044", cat.UK_UPN),
    ("58176866 (case-record ID) was noted.", "58176866", cat.AGENCY_REFERENCE),
    ("On file: 999 100 7795 (NHS number).", "999 100 7795", cat.UK_NHS),
    ("EHC-2019-0411 (EHCP reference)", "EHC-2019-0411", cat.AGENCY_REFERENCE),
    # ... and a person's initials in brackets after their name
    ("The case-record ID for Tina Marsh (TM) is 58176855.", "58176855", cat.AGENCY_REFERENCE),
    ("The LCS number for Lily-Mae Dumakude (LD) was 11989933.", "11989933", cat.AGENCY_REFERENCE),
    ("The school's MIS (SIMS) ID for the child was 004567.", "004567", cat.AGENCY_REFERENCE),
    ("the reference for her mother was AB123456", "AB123456", cat.AGENCY_REFERENCE),
    # an aside in brackets between the label and its value
    ("His national identity number (Finland) was 270137-434S.", "270137-434S", cat.AGENCY_REFERENCE),
    ("the mother's NHS number (as recorded by the GP) is 943 476 5918", "943 476 5918", cat.UK_NHS),
    # ... its letters last (Estonian, Slovene) or a word's first (Danish "AN 81 241")
    ("The car, registration 786 JJS, was seen outside.", "786 JJS", cat.UK_VEHICLE_REG),
    ("The car registration was 124 NRU.", "124 NRU", cat.UK_VEHICLE_REG),
    ("The car, registration AN 81 241, was seen outside.", "AN 81 241", cat.UK_VEHICLE_REG),
    ("VRM 65 ZRN 344 was stopped", "65 ZRN 344", cat.UK_VEHICLE_REG),
    # a postcode abroad, by its label
    ("They lived near Lyon, postcode 36701.", "36701", cat.UK_POSTCODE),
    ("her post code was 3851-781", "3851-781", cat.UK_POSTCODE),
    ("zip code 94103-1234", "94103-1234", cat.UK_POSTCODE),
    ("They lived near Kraków, postcode 30-926.", "30-926", cat.UK_POSTCODE),
    ("postcode 1869 EP, in the Netherlands", "1869 EP", cat.UK_POSTCODE),
    ("her postcode was 707 36", "707 36", cat.UK_POSTCODE),
    # a national identity number abroad, by its label
    ("Her codice fiscale was TRCTNO50R68A345D.", "TRCTNO50R68A345D", cat.AGENCY_REFERENCE),
    ("PESEL 85071412345 was given", "85071412345", cat.AGENCY_REFERENCE),
    ("his CNP: 1850714123456", "1850714123456", cat.AGENCY_REFERENCE),
    ("her social security number 078-05-1120", "078-05-1120", cat.AGENCY_REFERENCE),
    ("identity card AB1234567 was seen", "AB1234567", cat.AGENCY_REFERENCE),
    # a generic label that a system's or a body's name qualifies names its kind: its value may be set off by commas
    ("The Liquidlogic ID, 3385191, was passed to police.", "3385191", cat.AGENCY_REFERENCE),
    ("The SystmOne number, S1-773462, was passed to police.", "S1-773462", cat.AGENCY_REFERENCE),
    ("The Home Office reference, K1234517, was passed to police.", "K1234517", cat.AGENCY_REFERENCE),
    ("The ContrOCC number, CO-554362, was shared.", "CO-554362", cat.AGENCY_REFERENCE),
    ("The council tax account, 60012345620, was in arrears.", "60012345620", cat.AGENCY_REFERENCE),
    # a court's case number right after "case"; a police log by its capital; IDs; a hospital's, a care service's, a
    # firearm certificate's and a farm holding's numbers
    ("Plymouth Youth Court case 1420PL0873 – possession", "1420PL0873", cat.COURT_CASE_NUMBER),
    ("Welfare check. Log 2301030112. Seren says", "2301030112", cat.POLICE_REFERENCE),
    ("LCS IDs 3390128 (Idris)", "3390128", cat.AGENCY_REFERENCE),
    ("NHS 485 201 7763   Hosp no RCH0091827", "RCH0091827", cat.AGENCY_REFERENCE),
    ("supported living | CQC location 1-10493827761 |", "1-10493827761", cat.AGENCY_REFERENCE),
    ("His firearms certificate 0884123 was revoked", "0884123", cat.AGENCY_REFERENCE),
    ("They farmed Tyddyn Uchaf (CPH 65/123/4567) for years.", "65/123/4567", cat.AGENCY_REFERENCE),
    # a person's device and account: network log-in, user, device, asset tag, serial, IMEI; Home Office CID; "acc"
    ("Kacper's network log-in 19WISNIEWSKIK searched", "19WISNIEWSKIK", cat.AGENCY_REFERENCE),
    ("network log: user JTRELOAR21 on device", "JTRELOAR21", cat.AGENCY_REFERENCE),
    ("on device BPA-ICT2-14 visits", "BPA-ICT2-14", cat.AGENCY_REFERENCE),
    ("a college Chromebook (asset tag SSFC-CB-2231).", "SSFC-CB-2231", cat.AGENCY_REFERENCE),
    ("a Lenovo tablet (serial HA1Q7KZ3) that", "HA1Q7KZ3", cat.AGENCY_REFERENCE),
    ("iPhone 12 (IMEI 354071159023371) and", "354071159023371", cat.AGENCY_REFERENCE),
    ("(HO ref K1190336, CID 11963027).", "11963027", cat.AGENCY_REFERENCE),
    ("Bank account (sort code 30-96-41, acc 28817465) receives", "28817465", cat.AGENCY_REFERENCE),
    ("a child concern form (VPA 22/338812) to the MASH", "22/338812", cat.POLICE_REFERENCE),
    ("a deputyship (case COP 14820917), which", "14820917", cat.COURT_CASE_NUMBER),
    ("Basic DBS only (cert no 001744215906) via", "001744215906", cat.AGENCY_REFERENCE),
    ("Adult at risk notification (log 13221019-0388) sent", "13221019-0388", cat.POLICE_REFERENCE),
    ("Kai's SCN (164029885), his", "164029885", cat.AGENCY_REFERENCE),
    ("via the FA's system; FAN 203344178 recorded", "203344178", cat.AGENCY_REFERENCE),
    ("drives a silver VW Passat, reg AXZ 2264. PSNI", "AXZ 2264", cat.UK_VEHICLE_REG),
    # a reference, then when it was raised, then its value
    ("the crime reference later raised was 13220138841.", "13220138841", cat.POLICE_REFERENCE),
    # a police log's daily number, with its leading zero (no count's or year's)
    ("following a 999 call from a neighbour (log 0391) reporting", "0391", cat.POLICE_REFERENCE),
    ("a Joint Agency Response (child death review ref PCDOP-23-014). No charges", "PCDOP-23-014",
     cat.AGENCY_REFERENCE),
    ("a Joint Agency Response (Child Death Review ref PCDOP-23-014). No charges", "PCDOP-23-014",
     cat.AGENCY_REFERENCE),
    ("attended after a neighbour reported shouting (GMP log 1187). Kirsty", "1187", cat.POLICE_REFERENCE),
    ("a home visit on 11 January 2022 and updated ViSOR record 21/0093345. DC Hale", "21/0093345",
     cat.POLICE_REFERENCE),
    # a log's number and its date's digits after a dash, the label capitalised in brackets
    ("West Midlands Police log, 02/09/2023, 23:14 (Log 4412-020923):", "4412-020923", cat.POLICE_REFERENCE),
    # a report the system's label names, its number in brackets after it was made
    ("He was searched. A CRIS report was created (4401877/23) and a Merlin submitted.", "4401877/23",
     cat.POLICE_REFERENCE),
    # a front door's contact, by the agency's letters ("MASH contact 23/118842")
    ("The MASH logged the e-mail (MASH contact 23/118842) as information only", "23/118842", cat.AGENCY_REFERENCE),
    # a school transport route's code
    ("the route serving her address (Route HB-17) was re-tendered", "HB-17", cat.AGENCY_REFERENCE),
    ("commissioned the minibus firm to run route CC-PEN-07, a 40-minute journey", "CC-PEN-07", cat.AGENCY_REFERENCE),
    # an asylum seeker's card by its letters and "no."
    ("hospital MRN RBH7093318; JP's ARC no. UKJ 0093481; Mme L attends", "UKJ 0093481", cat.AGENCY_REFERENCE),
    ("The case number subsequently allocated was 1420PL0873.", "1420PL0873", cat.COURT_CASE_NUMBER),
    # a hospital's incident report (Datix), however the note writes it
    ("Security attended. Datix completed W128845. L. Whitworth SN", "W128845", cat.AGENCY_REFERENCE),
    ("Datix 2022/11843 raised by ED consultant", "2022/11843", cat.AGENCY_REFERENCE),
    ("Bradford Teaching Hospitals hospital numbers M4467391 (as \"Baby T\")", "M4467391", cat.AGENCY_REFERENCE),
    ("Marian's clock number at the factory was BCF20417. The house", "BCF20417", cat.AGENCY_REFERENCE),
    ("with Hungarian ID card 487215LA and NI number", "487215LA", cat.AGENCY_REFERENCE),
    ("her Romanian identity card (seria VS nr. 482913) was copied", "482913", cat.AGENCY_REFERENCE),
    # whose file it is on, the value on the next line
    ("UK passport no. on our file\n    is 549102817.", "549102817", cat.UK_PASSPORT),
    # a registration of a plate's shape after a country's word
    ("a blue VW Passat, Romanian registration DJ 07 FLR.", "DJ 07 FLR", cat.UK_VEHICLE_REG),
    # a force's logs, in the plural and of eleven digits
    ("domestic incidents (WYP logs 13210045631 and 13210077902). Kerry", "13210077902", cat.POLICE_REFERENCE),
    # a flight, by the word or the airline ("PIA flight PK702", "Ethiopian Airlines ET 701")
    ("flew to Islamabad on PIA flight PK702. The school", "PK702", cat.AGENCY_REFERENCE),
    ("we land Luton 13.20 tomorrow, flight W6 1651. I am scared", "W6 1651", cat.AGENCY_REFERENCE),
    ("to Addis Ababa on Ethiopian Airlines ET 701, connecting", "ET 701", cat.AGENCY_REFERENCE),
    ("a black Volkswagen Passat with Bulgarian plates PB 4417 KX, having", "PB 4417 KX", cat.UK_VEHICLE_REG),
]

NEGATIVE = [
    # a review's own reference, by its kind or its board's letters
    "Re: Ffion (15)        Board ref: CTMSB CPR 2023/04", "Board ref: GRSB/CPR/2024/02",
    "Document ref: 3RSCP/CSPR/2023/02", "Report reference: TGRSB 01/2023",
    "incident 3 on the ward",  # a bare short number
    "| Team | NHS | Trust |", "the vehicle was a black Corsa", "the vehicle in 2019", "exhibit A of the bundle",
    "the report 2019 found", "a school laptop in 2021", "UPN in England was unknown", "WCCIS 2019",
    "the NHS 111 service", "the ARC 2 meeting", "ARC issued in March 2023", "OIS log checked",
    "a claim in 2016",  # a year
    "case number 4",
    "the crime reference later raised was 2 weeks after",  # no identifier's value
    "the log 2019 showed", "a log 300 entries long",  # a year, a count
    "the bus route 66 to town", "Route A was longer", "the route M6 north", "route 2019 changes",
    "the MASH contact 2 weeks later", "a CRIS report was created (see 4.2)", "ARC no. was not known",
    # the review's own number in the national repository, printed on its cover
    "Serious Case Review No: 2017/C6969\nPublished by the NSPCC",
    "SCR No. 2014/C4321",
    "Joint Domestic Homicide Review\nReview reference: DHR 2022/03 and CSPR \"Child F\"",
    "Safeguarding Adults Review reference 2021/07",
    "Joint Domestic Homicide Review and Child Safeguarding Practice Review Review reference: DHR 2022/03",
    "Serious Case Review\n\nNo: 2017/C6969",  # the cover's lines
    "Child Safeguarding Practice Review number 2021/0042",
    "his passport in 2016",
    "a number of 1500 children",  # a generic label needs five characters
    "NHS number on 943 476 5919",  # an ordinary word between label and value
    "URN up 87483 11",  # the word in lower case is a word
    "the Licence 2019/20",  # a span of years
    "the incident on 12/05/2019",  # a date
    "the IP address 4.2.1 of the policy", "the IP address was not kept",  # no network address
    "the IP 2019 meeting", "IP 4.2 of the plan",  # "IP" alone takes nothing but a network address
    "section 4.2 (reference) says", "in 2019 (case number) and", "aged 4 (NHS number)",  # no value before a label
    "NI number: not known",
    "incident of 14 May",
    "UPN: [redacted]",
    "NHS943 4765919",  # label glued to the value
    "see Learning Point 3 and Regulation 5",
    "the Police Force 4 NHS team",
    "the SEDOL 12 rules",  # a short number
    "the sedol rules",  # the acronym counts only in capitals
    "the uln rules", "the Home Office in 2016", "the Home Office reference group met",
    "The number for 2016 was 12345",  # "for" needs whose number it is (a name)
    "the number for families was 12345",
    "the number for the families was 12345",  # a generic label: whose, only by name
    "the incident for the second time was 4",  # a bare short number
    "the crime reference for the review is to follow",  # no value
    "the ID for Child Q",  # no value
    "Her NHS number, 2 weeks later, was found",  # a bare short number after the comma
    "the passport, 2016 and 2017",  # years
    "The number, 12345, was large",  # a generic label takes no apposition
    "The total number, 12345, was large", "The Total Number, 12345, was large", "In total the number, 12345, was",
    "the number (of families) was 12345", "the number (for the area) was 12345",  # a count's aside
    "the number for the children was 4", "the number for the area was 12345",  # a count, a place's
    "the incident, 14 May 2019",  # a date
    # a rank with a short number is a published review's label for an officer, no collar number
    "PC1 attended", "PC 2 and PC 3 attended", "DS 12 noted", "DC 101 wrote",
    "the PC 2019 guidance",  # a year
    "took into account 12 reports", "the account of 2019", "an account, 12345, was",
    "registration in 2016", "the registration of 12 births", "the car, registration of 12 cars",
    "a van (registration 4)",
    "a postcode lottery in 2019", "the postcode NG9 area",
    "postcode 2019 changes", "postcode 12-14 were checked",
    "the social security rules of 2012", "identity card checks in 2018",
    "the court case 2019 and", "a court case 4 years later", "the log 2019 entries",
    "hospital no longer", "a certificate in 2015", "the CQC location of 2019",
    "the log 2019 entries", "the reg was not noted", "the reg 2019 changes", "a DBS check in 2019",
    "the certificate no longer", "the SCN rules",
    'Police | "MISPER FOUND AT FLAT 3, 118',  # a log's words in capitals, then a flat's number: no value
    "see ref. 12 above", "the plate was changed", "his ending 2019", "a Crime 2019 report", "INT 2 was held",
    "the account ending soon", "CONTACT 2019 REVIEW", "the contact 20194 times", "the log 2019/2020 shows",
    "the refs 2019, 2020 and 2021", "the number for the children was 12345", "the member no. 3 said", "ref. to the GP",
    "the ID for Yusuf: see below",
    "the CSC log 2019 shows", "an ED log 120 entries long",  # a year, a count after an agency's log
    "the Datix system in 2019", "a Datix was completed", "the Datix 2 weeks later", "the clock number was wrong",
    "the flight 2 hours later", "the flight in 2019", "a flight of 12 stairs", "Airways 2019 report",
    "the ID card checks in 2019", "the seria VS nr. 12 list", "the plates were changed", "hospital numbers of 2019",
    "the user of the service", "the device was old", "a serial offender", "the log-in was shared", "acc. to the GP",
    *PROSE_SNIPPETS,
    PROSE_PARAGRAPH,
]


@pytest.mark.parametrize("text, value, entity", POSITIVE)
def test_finds_labelled_value(text: str, value: str, entity: str) -> None:
    start = text.rindex(value)
    assert [(h.start, h.end, h.entity) for h in find_labelled(text)][-1:] == [(start, start + len(value), entity)]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert list(find_labelled(text)) == []


@pytest.mark.parametrize("text, value", [
    ("case no. 12345 and 2016", "12345"),  # a lower-case word ends the value
    ("URN 28 UP and more", "28"),  # capitals are the value's only before another digit group
])
def test_value_ends_at_a_word(text: str, value: str) -> None:
    assert [text[h.start:h.end] for h in find_labelled(text)] in ([value], [])


@pytest.mark.parametrize("text, values", [
    # one label, then a list of values of the same shape, each with its owner in brackets
    ("Eclipse ID 3390127 (Zayn), 3390128 (Aisha) and 3390129 (Lena).", ["3390127", "3390128", "3390129"]),
    ("NHS numbers 485 777 3456 and 485 777 3457 were", ["485 777 3456", "485 777 3457"]),
    ("crime refs 44/1123/21; 44/1187/21 were linked", ["44/1123/21", "44/1187/21"]),
    ("incidents recorded 2020-21 (refs 13200051187, 13200266930, 13210171442).",
     ["13200051187", "13200266930", "13210171442"]),
    ("CSC ref (Mosaic) for children: 1049387 / 1049388 / 1052216. Skye", ["1049387", "1049388", "1052216"]),
    # a value of another shape is not the list's: a count, a year, a date
    ("Eclipse ID 3390127 (Zayn), 14 (Aisha) and 2019.", ["3390127"]),
    ("case no. ZW16X00421 and 2016 hearings", ["ZW16X00421"]),
    ("NHS number 485 777 3456, 12 May 2019", ["485 777 3456"]),
    # each value after its owner's name, in the label's brackets
    ("to surrender their British passports (Hodan 556120934, Sagal 556120935) on arrival.",
     ["556120934", "556120935"]),
])
def test_a_labels_list_of_values_of_one_shape_is_all_its_own(text: str, values: list[str]) -> None:
    assert [text[h.start:h.end] for h in find_labelled(text)] == values


def test_one_value_one_entity() -> None:
    # "NHS number": the generic "number" adds no second reading of the same value.
    assert [h.entity for h in find_labelled("NHS number 123 456 7890")] == [cat.UK_NHS]


def test_recogniser_reports_values_with_explanations() -> None:
    recognizer = LabelledIdentifierRecognizer()
    assert recognizer.name == "LabelledIdentifierRecognizer"
    assert set(recognizer.supported_entities) <= {*cat.IDENTIFIERS, cat.UK_POSTCODE}  # (a postcode abroad, by label)
    text = "UPN X123456789012; CRIS 7654321/16"
    results = recognizer.analyze(text, [])
    assert [(text[r.start:r.end], r.entity_type, r.score) for r in results] == [
        ("X123456789012", cat.UK_UPN, LABELLED_SCORE), ("7654321/16", cat.POLICE_REFERENCE, LABELLED_SCORE)]
    assert "UPN" in results[0].analysis_explanation.textual_explanation
    assert recognizer.analyze(text, [cat.UK_NHS]) == []


@pytest.mark.model
def test_a_labelled_network_address_is_redacted_by_the_whole_engine(tmp_path: Path) -> None:
    """Every identifier passes the bare-short-number rule before it is suggested: a network address after its label
    passes it (no paragraph number runs to four parts and seven digits)."""
    from tests.recognizers.prose import analysed_entities

    text = "Her IP address 81.2.69.160 was logged. See paragraph 4.12.3.2 for more.\n"
    assert {e.name for e in analysed_entities(tmp_path, text)} == {"81.2.69.160"}


@pytest.mark.model
def test_a_labelled_sort_code_of_a_dates_shape_is_an_identifier_not_a_date(tmp_path: Path) -> None:
    """"sort code 09-01-28" has a date's shape: the label makes it a sort code, redacted, never generalised to
    "January 1928"."""
    from tests.recognizers.prose import analysed_entities

    text = "Payments went to a Santander account (sort code 09-01-28) in her name.\n"
    assert {(e.name, e.type) for e in analysed_entities(tmp_path, text)} == {("09-01-28", "IDENTIFIER")}
