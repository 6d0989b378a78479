"""Tests for the UK postcode and UK street-address recognisers."""

from __future__ import annotations

import pytest

from recognizers.address_recognizer import UkAddressRecognizer, UkPostcodeRecognizer
from recognizers.catalogue import UK_ADDRESS, UK_POSTCODE


@pytest.mark.parametrize("text, expected", [
    ('SW1A 1AA', [(0, 8)]),
    ('Postcode: B69 4JQ.', [(10, 17)]),
    ('NR3 6DE', [(0, 7)]),
    ('in M1 1AE today', [(3, 9)]),
    ('GIR 0AA', [(0, 7)]),
    ('W1A 0AX and EC1A 1BB', [(0, 7), (12, 20)]),
    ('NR3\n6DE', [(0, 7)]),  # split across a line break
    ('Sent to NR36DE', [(8, 14)]),  # unspaced, upper case
    ('postcode nr36de', [(9, 15)]),  # lower case with context
    ('Address: nr3 6de', [(9, 16)]),
    ('Postcode sw1A 0AA', [(9, 17)]),  # mixed case after a label
    ('post code: eh12ng', [(11, 17)]),
    ('Post code EC2V 7hh', [(10, 18)]),
    ('this is a sw1A 0AA test', [(10, 18)]),  # lower or mixed case, no label or address: still read
    ('this is a eh12ng test', [(10, 16)]),
    ('nr3 6de', [(0, 7)]),
    ('postcode ab1 2cd', []),  # C is never an inward letter
    ('ab1 2cd', []),
    ('meet at 5pm', []),
    ('a1 1st', []),
    ('The NR3 area', []),  # outward code alone
    ('XNR3 6DE', []),  # part of a word
    ('NR3 6DEX', []),  # part of a word
    ('NR3 6DE2', []),
    ('QQ123456C', []),  # a National Insurance number
    ('AB12 CDE', []),  # a vehicle registration
    ('VR3 6DE', []),  # V is not a first letter
])
def test_uk_postcode(text: str, expected: list[tuple[int, int]]) -> None:
    results = UkPostcodeRecognizer().analyze(text, [UK_POSTCODE])
    assert sorted((r.start, r.end) for r in results) == expected


@pytest.mark.parametrize("text, score", [
    ("NR3 6DE", 0.7),            # canonical
    ("NR36DE", 0.5),             # unspaced, upper case, no context
    ("postcode nr36de", 0.6),    # context
    ("Postcode: Nr3 6de", 0.6),
    ("nr3 6de", 0.45),           # lower case, no context
    ("EC2V 7hh", 0.45),
])
def test_uk_postcode_score(text: str, score: float) -> None:
    [result] = UkPostcodeRecognizer().analyze(text, [UK_POSTCODE])
    assert (result.entity_type, result.score) == (UK_POSTCODE, score)


@pytest.mark.parametrize("text, expected", [
    ('lived at 12 Park Road with her mother', [(9, 21)]),
    ('The family lived at 12a Church Street.', [(20, 37)]),
    ('The family lived at 4 Liam Wood.', [(20, 31)]),  # a person's name as a street, after address context
    ('Police attended 4 Liam Wood, Northallerton.', [(16, 42)]),  # a town after it
    ("12-14 St Mary's Road, Gorleston-on-Sea", [(0, 38)]),
    ('Flat 6, 12a Park Road, Norwich NR3 6DE', [(0, 38)]),
    ('Apartment 2B, 14 Quay Side, Great Yarmouth NR30 2AB', [(0, 51)]),
    ('Rose Cottage, 4 Mill Lane, Little Snoring NR21 0AA', [(0, 50)]),
    # a service family's British Forces Post Office number
    ('Quarter 14, Tuker Lines, Seria, BFPO 11.', [(32, 39)]), ('the BFPO address', []),
    # a flat in a block of a hall or an estate, named by the block's letter
    ('a student at DMU living in Flat 14, Block C. Officers', [(27, 43)]), ('Flat 14 Blk C', [(0, 13)]),
    ('Block C of the hospital', []), ('the flat in Block C', []),
    # in capitals, as a police log or a record's header writes it, to its postcode
    ('MISPER FOUND AT FLAT 3, 118 PIER AVENUE, CLACTON-ON-SEA CO15 1NJ WITH 2X', [(16, 64)]),
    ('ADDR: 2 CHAPEL ROW, GT SNORING, FAKENHAM, NORFOLK NR21 0HX', [(6, 58)]),
    ('SECTION 47 ROAD SAFETY', []), ('RECOMMENDATION 4 PARK LIFE CO15', []),
    # ... or after an address's cue in capitals, without a postcode, the listed town after it too
    ('07:05 ADDRESS 2 PUMP COTTAGES DEREHAM RD. SEVERE HOARDING', [(14, 40)]),
    ('MOP RPTS MALE AT 14 HIGH STREET BODMIN. UNITS ATTENDED', [(17, 38)]),
    ('UNDER SECTION 47 ROAD SAFETY', []), ('AT 4 PM', []),
    ('Unit 4, Riverside Works, 7 Mill Road', [(0, 36)]),
    ('Flat 6, Jubilee Court', [(0, 21)]),  # flat in a named block
    ('Apartment 5, The Maltings, Wharf Approach, Leeds', [(0, 48)]),  # a block named with "The"
    ('12 Park Road\nNewcastle upon Tyne\nNE1 4AB', [(0, 40)]),
    # a flat in a named block, no street, as a council estate's addresses are
    ('at Flat 12, Corrigan House, Tidemill Estate, Lambridge SE29 4NX, a council flat', [(3, 63)]),
    ('12 Park Road,\nNorwich,\nNR3 6DE', [(0, 30)]),
    ('3 Holly Tree Close Fakenham NR21 8AB', [(0, 36)]),  # no commas
    ("4 The Green, King's Lynn PE30 1AA", [(0, 33)]),
    ('10 Downing St, London SW1A 2AA', [(0, 30)]),
    ('6 Hill View Road, Stoke-on-Trent, Staffordshire ST4 1AA', [(0, 55)]),
    ('house at 4 Mill Lane, Little Snoring, Fakenham, Norfolk NR21 0AA, where', [(9, 64)]),
    ('moved to 12 Park Road, Norwich in 2019', [(9, 30)]),
    ('At 12 Park Road, Sarah was seen', [(3, 15)]),  # a comma and a name: the name is left out
    ('12 Park Road NR3 6DE', [(0, 20)]),
    ('12 High St. She left', [(0, 10)]),
    ("12 McDonald Road and 21 O'Neill Drive", [(0, 16), (21, 37)]),
    ('5 Weston-super-Mare Road', [(0, 24)]),
    ('19 Bury St Edmunds Road', [(0, 23)]),
    ('lived at 12\nPark Road', [(9, 21)]),  # split across lines
    ('Flat 6 Jubilee Court, 12 High Street, Norwich.', [(0, 45)]),
    ('The Old Rectory, 2 Church Lane', [(0, 30)]),
    ('12 Park Road, Norwich\nThe next day', [(0, 21)]),
    ('at number 12 Park Road', [(10, 22)]),
    ('12 Mill Lane, Norwich nr3 6de', [(0, 29)]),  # after a street, a postcode in any case
    ('Flat 6, 12a Park Road, Norwich Nr3 6De.', [(0, 38)]),
    ('12 Park Road\nLeeds\nls1 4ap', [(0, 26)]),
    ('12 Mill Lane, Norwich ab1 2cd', [(0, 12)]),  # not a postcode's shape
    ('12 Mill Lane, Norwich on 14 May', [(0, 21)]),
    ('12 Park Road Norwich', [(0, 12)]),  # capitalised word follows: low score
    ('moved to Station Terrace', [(9, 24)]),
    ('moved to Station Terrace, Stoke-on-Trent.', [(9, 40)]),
    ('lives on Station Road with her father', [(9, 21)]),
    ('Her home in Station Terrace was cold', [(12, 27)]),
    # Welsh streets and houses put the street's or house's word first ("Heol y Felin": Mill Road)
    ('14 Heol y Felin, Caerphilly', [(0, 27)]),
    ('flat 3, Ty Gwyn, Heol y Felin, Caerphilly', [(0, 41)]),
    ('She lived at 2 Ffordd Las with her aunt', [(13, 25)]),
    ('moved to Stryd Fawr', [(9, 19)]),
    # a street whose last word is no surname, after "in", "on", "off" or "along"
    ('The house in Oak Crescent was overcrowded.', [(13, 25)]),
    ('She was seen at the Co-op on Albert Street, Hexham.', [(29, 50)]),
    ('found walking along Station Road at 2am', [(20, 32)]),
    # the street named in brackets after "street" or "road"
    ('her friend lived on the same street (Marlborough Close).', [(37, 54)]),
    ('Address: Elm Grove, Norwich NR2 3AB', [(9, 35)]),
    ('lived at Rose Cottage, Mill Lane', [(9, 32)]),
    ('address: 3 Elm Grove', [(9, 20)]),
    ('Section 47 Road map', []),
    ('aged 14 Park', []),
    ('aged 14 Park Lane', []),  # an age, not a house number
    ('2 Learning Points', []),
    ('Working Together 2018', []),
    ('Children Act 1989', []),
    ('the South Coast', []),
    ('12 weeks', []),
    ("3 Children's Services", []),
    ('a Child Protection Conference on 4 March', []),
    ('on 4 March Crown Court', []),  # a date, not a house number
    ('at 3 Family Court hearings', []),
    ('5 The Family Court', []),
    ('7 The Way Forward', []),  # a heading
    ('4 Multi Agency Working Together Approach', []),  # a title-case heading
    ('7 Multi-Agency Way', []),
    ('She had 3 Barclays Bank accounts', []),
    ('Paragraph 12 Park Road', []),
    ('Page 1 of 37 Piccadilly House, London Road, Bath', []),  # a page count, no house number
    ('page 2 of 12 Park Road', []),
    ('Section 4 Park Road', []),
    ('Year 6 Green Class', []),
    ("In 2019 Children's Social Care Court", []),
    ('costs £12 Market Street', []),
    ('at 14:30 Park Road', []),
    ('table 1.2 Park Road', []),
    ('12 PARK ROAD', []),  # limit: capital letters only
    ('moved to the area', []),
    ('moved to Norfolk', []),  # no street suffix
    ('a letter on Liam Wood', []),
    ('Heol y Felin', []),  # no number and no address's cue
    ('2 Ty Gwyn visited', []),  # a surname's street word needs an address's cue
    ('Working in Close Partnership', []),
    ('in Family Court', []),
    ('lived at 12 park road', []),  # street words must be capitalised
    ('12 Road', []),  # a suffix alone is not a street
    ("5 Mr Green's licence was revoked.", []),  # a footnote's number and a person, not a street
    ("2 Robert Green-Bona (born 1968) was not known.", []),  # a footnote's number and a double-barrelled name
    ("4 Liam Wood gave his details as 24/12/68.", []),  # a footnote's number, a first name and a surname
    ('2 Mrs Hill said so.', []),
    ('3 Dr Lane saw her.', []),
    ('4 Lady Margaret Road', [(0, 20)]),  # a title-like word that real streets use
    ('6 Sir Thomas Street', [(0, 19)]),
    # a table row's cells: a row number and a name ending in a street word are no address
    ('3\tMolly Wood\tMother\t15/11/1974', []),
    ('3\tMill\tLane', []),
    ('lived at 12\nMill Lane until 2019', [(9, 21)]),  # a line break inside an address is no cell's edge
    # a plot, pitch or caravan on a site of caravans or Travellers' pitches
    ('lived at Plot 47, Sandholme Caravan Park, Carnaby Lane, Bridlington', [(9, 67)]),
    ("found on Pitch 7, Longford Meadow Travellers' Site, Watling Street, Nuneaton", [(9, 76)]),
    ('Addr: PLOT 47 Sandholme Caravan Park, Carnaby Lane', [(6, 50)]),
    ('the plot 47 results', []),
])
def test_uk_address(text: str, expected: list[tuple[int, int]]) -> None:
    results = UkAddressRecognizer().analyze(text, [UK_ADDRESS])
    assert sorted((r.start, r.end) for r in results) == expected


@pytest.mark.parametrize("text, score", [
    ("12 Park Road", 0.8),
    ("12 Park Road, Norwich NR3 6DE", 0.9),
    ("moved to Station Terrace", 0.75),
    ("Address: Station Terrace NR3 6DE", 0.9),
    ("12 Park Road Norwich", 0.5),  # a capitalised word runs on: a town, or a heading
    ("moved to Station Terrace Norwich", 0.5),
])
def test_uk_address_score(text: str, score: float) -> None:
    [result] = UkAddressRecognizer().analyze(text, [UK_ADDRESS])
    assert (result.entity_type, result.score) == (UK_ADDRESS, score)


# A street name need not end in a street-type word ("Reach", "Hollies", "Greens"): a house number and
# a capitalised name, then a known town ending the clause or a postcode, make an address.
@pytest.mark.parametrize("text, address", [
    ("a home visit at 9 Kestrel Reach, Harrogate; the baby slept", "9 Kestrel Reach, Harrogate"),
    # ... the town before what the home was ("The family home at 4 The Paddocks, Wetherby was overcrowded")
    ("The family home at 4 The Paddocks, Wetherby was overcrowded.", "4 The Paddocks, Wetherby"),
    ("The flat at 9 Kestrel Reach, Harrogate had no heating.", "9 Kestrel Reach, Harrogate"),
    ("moved to 14 Alder Nook, Otley LS21 3AB in June", "14 Alder Nook, Otley LS21 3AB"),
    ("at 5 Bramble Spinney Norwich NR3 6DE, where", "5 Bramble Spinney Norwich NR3 6DE"),
    ("a visit at 58 March Hollies, Wakefield.", "58 March Hollies, Wakefield"),  # 58 is no day of a month
    ("stayed at 112b June Orchard, Bradford and", "112b June Orchard, Bradford"),
    # the town's clause goes on with a preposition
    ("a joint visit to 147b Jay Junction, Market Harborough under section 47", "147b Jay Junction, Market Harborough"),
    ("Police attended 147b Jay Junction, Market Harborough following a report", "147b Jay Junction, Market Harborough"),
])
def test_uk_address_without_street_type(text: str, address: str) -> None:
    start = text.index(address)
    results = UkAddressRecognizer().analyze(text, [UK_ADDRESS])
    assert [(r.start, r.end) for r in results] == [(start, start + len(address))]


@pytest.mark.parametrize("text", [
    "On 28 March Nurse Hollies, Wakefield.",  # a day and month, then a name
    "On 4 May Sarah Hollies, Leeds social worker, called",  # the town does not end its clause
    "there were 3 Kestrel Reach, Sarah and Tom",  # not a known town
    "Table 3 Kestrel Reach, Leeds.",  # a table number
    "aged 9 Kestrel Reach, Harrogate.",  # an age
    "12\tKestrel Reach, Leeds.",  # table cells, not an address line
    "at 3 Mr Reach, Leeds.",  # a title
    "2 Learning Points, Leeds.",  # jargon
])
def test_uk_address_without_street_type_negatives(text: str) -> None:
    assert UkAddressRecognizer().analyze(text, [UK_ADDRESS]) == []


# A house number and a street written in lower case, as an e-mail's subject line does ("27 wedgwood tce repairs"),
# where the street's name is no dictionary word.
@pytest.mark.parametrize("text, address", [
    ("   Subject: RE: 27 wedgwood tce repairs AGAIN", "27 wedgwood tce"),
    ("text from mum: im at 4b alderley rd now", "4b alderley rd"),
    ("meet at 12 castlegate street later", "12 castlegate street"),
])
def test_a_numbered_street_in_lower_case(text: str, address: str) -> None:
    start = text.index(address)
    results = UkAddressRecognizer().analyze(text, [UK_ADDRESS])
    assert [(r.start, r.end) for r in results] == [(start, start + len(address))]


@pytest.mark.parametrize("text", [
    "a 20 minute drive away", "it was 3 more streets on", "about 2 long roads", "section 4 wedgwood tce",
    "aged 9 the lane was dark", "she walked 5 miles down the road",
])
def test_no_numbered_street_in_lower_case(text: str) -> None:
    assert UkAddressRecognizer().analyze(text, [UK_ADDRESS]) == []


# A room a family lives in, in a hotel, hostel or house of rooms the text speaks of ("first in Room 214, later
# Room 118"): the home, as a flat's number is.
@pytest.mark.parametrize("text, rooms", [
    ("placed at the Wyndale Park Hotel, Stockport (first in Room 214, later Room 118), before being moved",
     ["Room 214", "Room 118"]),
    ("They lived in one room (Room 16) at the hotel for five months.", ["Room 16"]),
    ('Hotel incident log: "guest in room 16 (AHMADI) knocking on reception"', ["room 16"]),
    ("a resident of the hostel in room 27 was moved", ["room 27"]),
])
def test_a_room_in_a_hotel_or_hostel(text: str, rooms: list[str]) -> None:
    results = UkAddressRecognizer().analyze(text, [UK_ADDRESS])
    assert sorted(text[r.start:r.end] for r in results) == sorted(rooms)


@pytest.mark.parametrize("text", [
    "The strategy meeting was held in Room 3 at the police station.",  # no home's place
    "She stayed at the hotel. She was seen in Interview Room 2 at the station.",  # a room's kind before it
    "At the hotel, GL sat with him in quiet room 1:1 for 40 minutes.", "The hotel had 40 rooms.",
    "The Baby Room 2 at the nursery.", "hotel Room 2019 bookings",
])
def test_no_room_without_a_home_in_rooms(text: str) -> None:
    assert UkAddressRecognizer().analyze(text, [UK_ADDRESS]) == []


# An address written a part to a line, ending in its postcode, with no house number ("Galley Hill Centre,",
# "Galley Hill,", "Milton Keynes", "MK11 1PA"): every line from the first address line to the postcode.
@pytest.mark.parametrize("text, address", [
    ("Please return any forms to:\nGalley Hill Centre,\nGalley Hill,\nMilton Keynes\nMK11 1PA",
     "Galley Hill Centre,\nGalley Hill,\nMilton Keynes\nMK11 1PA"),
    ("The family moved to:\nRose Court,\nAsh Grove,\nWestbridge,\nWB1 2AB\n\nThey stayed there.",
     "Rose Court,\nAsh Grove,\nWestbridge,\nWB1 2AB"),
    ("Civic Centre\nSilver Street\nEnfield\nEN1 3XA", "Civic Centre\nSilver Street\nEnfield\nEN1 3XA"),
    ("Letters go to\nThe Old Rectory\nChurch Lane\nLittle Snoring, NR21 0AA",
     "The Old Rectory\nChurch Lane\nLittle Snoring, NR21 0AA"),
])
def test_uk_address_block(text: str, address: str) -> None:
    start = text.index(address)
    results = UkAddressRecognizer().analyze(text, [UK_ADDRESS])
    assert (start, start + len(address)) in [(r.start, r.end) for r in results]


@pytest.mark.parametrize("text", [
    "Jane Wood\nSocial Worker\nNR3 6DE",  # a person and a role above a postcode: no address line
    "Mrs Jane Wood,\nMilton Keynes\nMK11 1PA",  # a titled person and a town: one address line only
    "The report was sent.\nMilton Keynes\nMK11 1PA",  # a sentence above the town
    "Galley Hill,\nMilton Keynes\n\nMK11 1PA",  # a blank line parts them
])
def test_uk_address_block_negatives(text: str) -> None:
    assert not any(r.end - r.start > 9 for r in UkAddressRecognizer().analyze(text, [UK_ADDRESS]))


# A what3words address: three words and two stops, after its slashes or its name, a home's place to three metres.
@pytest.mark.parametrize("text, found", [
    ("services were told to use the what3words address ///ladder.quiet.basins.", ["///ladder.quiet.basins"]),
    ("the caravan's what3words: filled.count.soap, by the gate", ["filled.count.soap"]),
    ("Location (w3w) ///index.home.raft", ["///index.home.raft"]),
])
def test_a_what3words_address(text: str, found: list[str]) -> None:
    results = UkAddressRecognizer().analyze(text, [UK_ADDRESS])
    assert [text[r.start:r.end] for r in results] == found


@pytest.mark.parametrize("text", ["see www.gov.uk.", "e.g. i.e. etc.", "file report.final.docx", "a//b.c.d"])
def test_no_what3words_address(text: str) -> None:
    assert UkAddressRecognizer().analyze(text, [UK_ADDRESS]) == []
