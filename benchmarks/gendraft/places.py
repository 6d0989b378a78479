"""Places and services written here for the benchmark (never read from recognizers/data).

Real English areas with their real councils, police forces, regions and towns (with postcode areas);
invented street, school, practice, hospital and home names built from common English place words.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from faker import Faker


@dataclass(frozen=True)
class Area:
    name: str
    council: str
    force: str
    region: str
    towns: tuple[tuple[str, str], ...]  # (town, postcode area)


AREAS = (
    Area("Kent", "Kent County Council", "Kent Police", "the South East",
         (("Maidstone", "ME"), ("Ashford", "TN"), ("Canterbury", "CT"), ("Dartford", "DA"), ("Margate", "CT"),
          ("Folkestone", "CT"), ("Gravesend", "DA"), ("Sevenoaks", "TN"))),
    Area("Lancashire", "Lancashire County Council", "Lancashire Constabulary", "the North West",
         (("Preston", "PR"), ("Burnley", "BB"), ("Lancaster", "LA"), ("Chorley", "PR"), ("Accrington", "BB"),
          ("Morecambe", "LA"), ("Skelmersdale", "WN"))),
    Area("Leeds", "Leeds City Council", "West Yorkshire Police", "Yorkshire and the Humber",
         (("Leeds", "LS"), ("Morley", "LS"), ("Otley", "LS"), ("Pudsey", "LS"), ("Garforth", "LS"))),
    Area("Hampshire", "Hampshire County Council", "Hampshire and Isle of Wight Constabulary", "the South East",
         (("Basingstoke", "RG"), ("Winchester", "SO"), ("Andover", "SP"), ("Aldershot", "GU"), ("Eastleigh", "SO"),
          ("Fareham", "PO"), ("Havant", "PO"))),
    Area("Essex", "Essex County Council", "Essex Police", "the East of England",
         (("Chelmsford", "CM"), ("Colchester", "CO"), ("Basildon", "SS"), ("Harlow", "CM"),
          ("Clacton-on-Sea", "CO"), ("Braintree", "CM"))),
    Area("Cornwall", "Cornwall Council", "Devon and Cornwall Police", "the South West",
         (("Truro", "TR"), ("Camborne", "TR"), ("Bodmin", "PL"), ("St Austell", "PL"), ("Penzance", "TR"),
          ("Newquay", "TR"))),
    Area("Cumberland", "Cumberland Council", "Cumbria Constabulary", "the North West",
         (("Carlisle", "CA"), ("Workington", "CA"), ("Whitehaven", "CA"), ("Maryport", "CA"))),
    Area("Bradford", "City of Bradford Metropolitan District Council", "West Yorkshire Police",
         "Yorkshire and the Humber", (("Bradford", "BD"), ("Keighley", "BD"), ("Shipley", "BD"), ("Bingley", "BD"))),
    Area("Sheffield", "Sheffield City Council", "South Yorkshire Police", "Yorkshire and the Humber",
         (("Sheffield", "S"), ("Stocksbridge", "S"), ("Chapeltown", "S"))),
    Area("Wigan", "Wigan Council", "Greater Manchester Police", "the North West",
         (("Wigan", "WN"), ("Leigh", "WN"), ("Ashton-in-Makerfield", "WN"), ("Hindley", "WN"))),
    Area("Stockport", "Stockport Metropolitan Borough Council", "Greater Manchester Police", "the North West",
         (("Stockport", "SK"), ("Cheadle", "SK"), ("Marple", "SK"), ("Bramhall", "SK"))),
    Area("Sunderland", "Sunderland City Council", "Northumbria Police", "the North East",
         (("Sunderland", "SR"), ("Washington", "NE"), ("Houghton-le-Spring", "DH"))),
    Area("Durham", "Durham County Council", "Durham Constabulary", "the North East",
         (("Bishop Auckland", "DL"), ("Consett", "DH"), ("Peterlee", "SR"), ("Chester-le-Street", "DH"),
          ("Newton Aycliffe", "DL"))),
    Area("Lincolnshire", "Lincolnshire County Council", "Lincolnshire Police", "the East Midlands",
         (("Lincoln", "LN"), ("Boston", "PE"), ("Grantham", "NG"), ("Skegness", "PE"), ("Spalding", "PE"),
          ("Gainsborough", "DN"))),
    Area("Nottinghamshire", "Nottinghamshire County Council", "Nottinghamshire Police", "the East Midlands",
         (("Mansfield", "NG"), ("Worksop", "S"), ("Newark", "NG"), ("Retford", "DN"), ("Hucknall", "NG"))),
    Area("Suffolk", "Suffolk County Council", "Suffolk Constabulary", "the East of England",
         (("Ipswich", "IP"), ("Lowestoft", "NR"), ("Bury St Edmunds", "IP"), ("Felixstowe", "IP"),
          ("Sudbury", "CO"))),
    Area("Devon", "Devon County Council", "Devon and Cornwall Police", "the South West",
         (("Exeter", "EX"), ("Barnstaple", "EX"), ("Newton Abbot", "TQ"), ("Tiverton", "EX"), ("Exmouth", "EX"))),
    Area("Somerset", "Somerset Council", "Avon and Somerset Police", "the South West",
         (("Taunton", "TA"), ("Yeovil", "BA"), ("Bridgwater", "TA"), ("Frome", "BA"), ("Minehead", "TA"))),
    Area("Staffordshire", "Staffordshire County Council", "Staffordshire Police", "the West Midlands",
         (("Stafford", "ST"), ("Burton upon Trent", "DE"), ("Cannock", "WS"), ("Tamworth", "B"),
          ("Lichfield", "WS"), ("Leek", "ST"))),
    Area("Wirral", "Wirral Council", "Merseyside Police", "the North West",
         (("Birkenhead", "CH"), ("Wallasey", "CH"), ("Bebington", "CH"), ("Heswall", "CH"))),
    Area("Croydon", "Croydon Council", "the Metropolitan Police Service", "London",
         (("Croydon", "CR"), ("Thornton Heath", "CR"), ("Purley", "CR"), ("Norbury", "SW"))),
    Area("Hertfordshire", "Hertfordshire County Council", "Hertfordshire Constabulary", "the East of England",
         (("Stevenage", "SG"), ("Watford", "WD"), ("Hemel Hempstead", "HP"), ("St Albans", "AL"),
          ("Hatfield", "AL"), ("Hitchin", "SG"))),
    Area("Oxfordshire", "Oxfordshire County Council", "Thames Valley Police", "the South East",
         (("Oxford", "OX"), ("Banbury", "OX"), ("Bicester", "OX"), ("Didcot", "OX"), ("Abingdon", "OX"))),
    Area("Wiltshire", "Wiltshire Council", "Wiltshire Police", "the South West",
         (("Salisbury", "SP"), ("Chippenham", "SN"), ("Trowbridge", "BA"), ("Devizes", "SN"), ("Melksham", "SN"))),
    Area("Northumberland", "Northumberland County Council", "Northumbria Police", "the North East",
         (("Blyth", "NE"), ("Cramlington", "NE"), ("Ashington", "NE"), ("Hexham", "NE"), ("Morpeth", "NE"))),
    Area("Cheshire East", "Cheshire East Council", "Cheshire Constabulary", "the North West",
         (("Crewe", "CW"), ("Macclesfield", "SK"), ("Congleton", "CW"), ("Nantwich", "CW"), ("Wilmslow", "SK"))),
    Area("Gloucestershire", "Gloucestershire County Council", "Gloucestershire Constabulary", "the South West",
         (("Gloucester", "GL"), ("Cheltenham", "GL"), ("Stroud", "GL"), ("Tewkesbury", "GL"),
          ("Cirencester", "GL"))),
    Area("Leicestershire", "Leicestershire County Council", "Leicestershire Police", "the East Midlands",
         (("Loughborough", "LE"), ("Hinckley", "LE"), ("Coalville", "LE"), ("Melton Mowbray", "LE"),
          ("Market Harborough", "LE"))),
    Area("Kirklees", "Kirklees Council", "West Yorkshire Police", "Yorkshire and the Humber",
         (("Huddersfield", "HD"), ("Dewsbury", "WF"), ("Batley", "WF"), ("Holmfirth", "HD"))),
    Area("Doncaster", "City of Doncaster Council", "South Yorkshire Police", "Yorkshire and the Humber",
         (("Doncaster", "DN"), ("Thorne", "DN"), ("Mexborough", "S"), ("Bentley", "DN"))),
    Area("Medway", "Medway Council", "Kent Police", "the South East",
         (("Chatham", "ME"), ("Gillingham", "ME"), ("Rochester", "ME"), ("Strood", "ME"))),
    Area("Blackpool", "Blackpool Council", "Lancashire Constabulary", "the North West",
         (("Blackpool", "FY"), ("Bispham", "FY"))),
    Area("Peterborough", "Peterborough City Council", "Cambridgeshire Constabulary", "the East of England",
         (("Peterborough", "PE"), ("Orton", "PE"))),
    Area("Torbay", "Torbay Council", "Devon and Cornwall Police", "the South West",
         (("Torquay", "TQ"), ("Paignton", "TQ"), ("Brixham", "TQ"))),
    Area("North Yorkshire", "North Yorkshire Council", "North Yorkshire Police", "Yorkshire and the Humber",
         (("Harrogate", "HG"), ("Scarborough", "YO"), ("Selby", "YO"), ("Northallerton", "DL"), ("Skipton", "BD"))),
    Area("Shropshire", "Shropshire Council", "West Mercia Police", "the West Midlands",
         (("Shrewsbury", "SY"), ("Oswestry", "SY"), ("Bridgnorth", "WV"), ("Market Drayton", "TF"),
          ("Ludlow", "SY"))),
    Area("Herefordshire", "Herefordshire Council", "West Mercia Police", "the West Midlands",
         (("Hereford", "HR"), ("Leominster", "HR"), ("Ross-on-Wye", "HR"))),
)

NATIONAL_PLACES = ("London", "England", "Wales", "Scotland", "Northern Ireland", "the United Kingdom",
                   "the North West", "the North East", "the South West", "the South East", "the Midlands",
                   "the East of England", "Yorkshire")
# Places abroad that families in these reviews come from or travel to.
ABROAD = {"PL": ("Poland", ("Kraków", "Gdańsk", "Łódź", "Wrocław", "Poznań")),
          "RO": ("Romania", ("Iași", "Cluj-Napoca", "Constanța", "Craiova", "Timișoara")),
          "NG": ("Nigeria", ("Lagos", "Ibadan", "Abuja", "Enugu", "Kano")),
          "PK": ("Pakistan", ("Mirpur", "Lahore", "Rawalpindi", "Faisalabad", "Karachi")),
          "IN": ("India", ("Amritsar", "Ahmedabad", "Jalandhar", "Surat", "Ludhiana")),
          "LT": ("Lithuania", ("Kaunas", "Klaipėda", "Šiauliai", "Vilnius")),
          "PT": ("Portugal", ("Porto", "Braga", "Funchal", "Coimbra"))}

PLACE_WORDS = ("Oakfield", "Beechwood", "Brookside", "Hillcrest", "Meadowbank", "Fairfield", "Highfield",
               "Longmoor", "Westfield", "Northgate", "Southfields", "Eastbrook", "Greenacres", "Moorside",
               "Parkside", "Riverside", "Woodlands", "Ashfield", "Birchwood", "Thornhill", "Elmhurst", "Kingsmead",
               "Queensbridge", "Millbrook", "Stonebridge", "Hollybank", "Rowanwood", "Larkhill", "Foxdale",
               "Cherry Tree", "Willow Bank", "Holmewood", "Fernside", "Heathfield", "Lowfield", "Redhill",
               "Sandhills", "Springfield", "Copperfield", "Ravenscroft", "Wheatley", "Haverleigh", "Marshside",
               "Coldwell", "Brackenhurst", "Oakridge", "Kestrel", "Heronsgate", "Swallowdale", "Larchmont",
               "Pinewood", "Orchard Vale", "Hawthorn", "Bramble Hill", "Meadowcroft", "Linden", "Greystones",
               "Harrowby", "Wellbrook", "Ferncliffe", "Sunnyside", "Castle View", "Abbeyfield", "Priory Park")
SAINTS = ("Mary", "John", "Peter", "Paul", "Anne", "Joseph", "Michael", "Bede", "Chad", "Aidan", "Cuthbert",
          "Hilda", "Wilfrid", "Teresa", "Patrick", "Thomas", "Luke", "Matthew", "Andrew", "Edmund", "Augustine",
          "Francis", "Margaret", "Catherine", "George", "Alban", "Oswald", "Barnabas", "Nicholas", "Bernadette")
STREET_WORDS = ("Oak", "Ash", "Beech", "Elm", "Willow", "Larch", "Hawthorn", "Rowan", "Hazel", "Holly", "Cedar",
                "Maple", "Chestnut", "Poplar", "Sycamore", "Birch", "Alder", "Juniper", "Heather", "Primrose",
                "Bluebell", "Foxglove", "Meadow", "Orchard", "Mill", "Church", "Station", "Park", "Victoria",
                "Albert", "Queens", "Kings", "Princess", "York", "Windsor", "Cambridge", "Richmond", "Grange",
                "Manor", "Priory", "Abbey", "Castle", "Bridge", "Water", "Brook", "River", "Canal", "Green", "Moor",
                "Valley", "Cliff", "Harbour", "Market", "Chapel", "School", "Union", "Wellington", "Nelson",
                "Trafalgar", "Coronation", "Jubilee", "Kingfisher", "Heron", "Swallow", "Lark", "Wren", "Falcon",
                "Curlew", "Linnet", "Dale", "Fell", "Ridge", "Quarry", "Forge", "Tannery", "Ropewalk")
STREET_TYPES = ("Road", "Street", "Lane", "Avenue", "Close", "Drive", "Grove", "Way", "Crescent", "Terrace",
                "Gardens", "Court", "Place", "Walk", "View", "Rise", "Mews", "Row", "Square", "Parade")
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def postcode(rng: random.Random, area: str) -> str:
    district = rng.randint(1, 28 if len(area) == 2 else 35)
    inward = f"{rng.randint(0, 9)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
    return f"{area}{district} {inward}"


def street(rng: random.Random, fake: Faker) -> str:
    if rng.random() < 0.35:
        name: str = fake.street_name()
        return name
    return f"{rng.choice(STREET_WORDS)} {rng.choice(STREET_TYPES)}"


def address(rng: random.Random, fake: Faker, town: str, pc_area: str) -> str:
    """A UK address as authors write it inline: house (or flat), street, town and postcode."""
    number = rng.randint(1, 180)
    line = f"{number} {street(rng, fake)}"
    r = rng.random()
    if r < 0.2:
        line = f"Flat {rng.randint(1, 24)}, {line}"
    elif r < 0.28:
        line = f"{number}{rng.choice('abc')} {line.split(' ', 1)[1]}"
    pc = postcode(rng, pc_area)
    if rng.random() < 0.15:
        return f"{line}, {town}, {pc}"
    if rng.random() < 0.1:
        return f"{line}, {town}"  # no postcode
    return f"{line}, {town} {pc}"


def school_name(rng: random.Random, town: str) -> str:
    word, saint = rng.choice(PLACE_WORDS), rng.choice(SAINTS)
    return rng.choice([f"{word} Primary School", f"St {saint}'s C of E Primary School",
                       f"St {saint}'s Catholic Primary School", f"{word} Academy", f"{town} High School",
                       f"{word} Infant School", f"{word} Junior School", f"{word} Community College",
                       f"{word} School", f"{word} Academy Trust", f"{word} Pupil Referral Unit"])


def gp_name(rng: random.Random) -> str:
    word = rng.choice(PLACE_WORDS)
    return rng.choice([f"{word} Medical Centre", f"{word} Surgery", f"The {word} Practice",
                       f"{word} Health Centre", f"{word} Family Practice", f"{word} Medical Practice"])


def hospital_name(rng: random.Random, town: str) -> str:
    return rng.choice([f"Royal {town} Hospital", f"{town} General Hospital", f"{town} Royal Infirmary",
                       f"{town} District General Hospital", f"St {rng.choice(SAINTS)}'s Hospital",
                       f"{town} Children's Hospital", f"{rng.choice(PLACE_WORDS)} Hospital"])


def home_name(rng: random.Random) -> str:
    word = rng.choice(PLACE_WORDS)
    return rng.choice([f"{word} House", f"{word} Lodge", f"{word} View", f"{word} Children's Home"])


def nursery_name(rng: random.Random) -> str:
    word = rng.choice(PLACE_WORDS)
    return rng.choice([f"{word} Day Nursery", f"Little {word} Nursery", f"{word} Pre-School"])


def housing_name(rng: random.Random) -> str:
    word = rng.choice(PLACE_WORDS)
    return rng.choice([f"{word} Housing Association", f"{word} Homes", f"{word} Housing Trust"])
