"""Build ``police_forces.txt`` (the full name of every UK police force, current and recently merged) and
``police_force_areas.txt`` (the council areas each territorial force polices).

Run from the project root::

    .venv/bin/python recognizers/data/build/police.py

Hand-curated from public knowledge (the Home Office list of the 43 territorial forces of England and
Wales, Police Scotland and the eight Scottish forces it replaced in 2013, the Police Service of
Northern Ireland, the special national forces, and the crown dependencies). Where a force is
commonly written two ways both forms are listed ("Metropolitan Police", "Metropolitan Police Service",
"Avon and Somerset Police"), and so is a county force's name as its county is abbreviated ("Lincs Police").
The force areas follow the Home Office's police force area boundaries
(each force covers whole council areas: unitary authorities, counties and their districts, London
boroughs), written with the council names of ``local_authorities.txt``, former districts included.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

DATA_DIR: Final = Path(__file__).resolve().parent.parent

ENGLAND_AND_WALES: Final = """
Avon and Somerset Constabulary; Avon and Somerset Police; Bedfordshire Police; Cambridgeshire Constabulary;
Cambridgeshire Police; Cheshire Constabulary; Cheshire Police; City of London Police; Cleveland Police;
Cumbria Constabulary; Cumbria Police; Derbyshire Constabulary; Derbyshire Police;
Devon and Cornwall Police; Devon and Cornwall Constabulary; Dorset Police; Durham Constabulary;
Durham Police; Dyfed-Powys Police; Essex Police; Gloucestershire Constabulary;
Gloucestershire Police; Greater Manchester Police; Gwent Police; Hampshire Constabulary;
Hampshire and Isle of Wight Constabulary; Hampshire Police; Hertfordshire Constabulary;
Hertfordshire Police; Humberside Police; Kent Police; Lancashire Constabulary; Lancashire Police;
Leicestershire Police; Lincolnshire Police; Merseyside Police; Metropolitan Police;
Metropolitan Police Service; Met Police; Norfolk Constabulary; Norfolk Police; North Wales Police;
North Yorkshire Police; Northamptonshire Police; Northumbria Police; Nottinghamshire Police;
South Wales Police; South Yorkshire Police; Staffordshire Police; Suffolk Constabulary; Suffolk Police;
Surrey Police; Sussex Police; Thames Valley Police; Warwickshire Police; West Mercia Police;
West Midlands Police; West Yorkshire Police; Wiltshire Police; Wiltshire Constabulary;
Beds Police; Cambs Police; Glos Police; Hants Police; Herts Police; Lancs Police; Leics Police; Lincs Police;
Northants Police; Notts Police; Staffs Police; Wilts Police
"""

SCOTLAND: Final = """
Police Scotland; Central Scotland Police; Dumfries and Galloway Constabulary; Fife Constabulary;
Grampian Police; Lothian and Borders Police; Northern Constabulary; Strathclyde Police; Tayside Police
"""

NORTHERN_IRELAND: Final = """
Police Service of Northern Ireland; Royal Ulster Constabulary
"""

SPECIAL_AND_CROWN_DEPENDENCIES: Final = """
British Transport Police; Ministry of Defence Police; Civil Nuclear Constabulary;
Port of Dover Police; Port of Liverpool Police; Port of Tilbury Police; Port of Felixstowe Police;
Port of Bristol Police; Mersey Tunnels Police; Cambridge University Constabulary;
Isle of Man Constabulary; States of Jersey Police; Guernsey Police; Royal Military Police;
Royal Air Force Police; Royal Navy Police
"""

GROUPS: Final = (ENGLAND_AND_WALES, SCOTLAND, NORTHERN_IRELAND, SPECIAL_AND_CROWN_DEPENDENCIES)

# Each territorial force: the first words of its listed names (its "stems"), then the council areas it
# polices. A force's stems pick all its listed names ("Metropolitan" and "Met": "Metropolitan Police",
# "Metropolitan Police Service", "Met Police").
FORCE_AREAS: Final = {
    "Avon and Somerset": "Avon; Bath and North East Somerset; Bristol; City of Bristol; North Somerset; "
                         "South Gloucestershire; Somerset; Mendip; Sedgemoor; Somerset West and Taunton; "
                         "South Somerset; Taunton Deane; West Somerset",
    "Bedfordshire|Beds": "Bedfordshire; Bedford; Central Bedfordshire; Luton",
    "Cambridgeshire|Cambs": "Cambridgeshire; Peterborough; Cambridge; East Cambridgeshire; Fenland; Huntingdonshire; "
                      "South Cambridgeshire",
    "Cheshire": "Cheshire; Cheshire East; Cheshire West and Chester; Halton; Warrington",
    "City of London": "City of London",
    "Cleveland": "Cleveland; Hartlepool; Middlesbrough; Redcar and Cleveland; Stockton-on-Tees",
    "Cumbria": "Cumbria; Cumberland; Westmorland and Furness; Allerdale; Barrow-in-Furness; Carlisle; Copeland; "
               "Eden; South Lakeland",
    "Derbyshire": "Derbyshire; Derby; Amber Valley; Bolsover; Chesterfield; Derbyshire Dales; Erewash; High Peak; "
                  "North East Derbyshire; South Derbyshire",
    "Devon and Cornwall": "Devon; Cornwall; Plymouth; Torbay; Isles of Scilly; East Devon; Exeter; Mid Devon; "
                          "North Devon; South Hams; Teignbridge; Torridge; West Devon",
    "Dorset": "Dorset; Bournemouth Christchurch and Poole; Bournemouth; Christchurch; Poole; East Dorset; "
              "North Dorset; Purbeck; West Dorset; Weymouth and Portland",
    "Durham": "Durham; County Durham; Darlington",
    "Dyfed-Powys": "Dyfed; Powys; Carmarthenshire; Ceredigion; Pembrokeshire",
    "Essex": "Essex; Southend-on-Sea; Southend; Thurrock; Basildon; Braintree; Brentwood; Castle Point; Chelmsford; "
             "Colchester; Epping Forest; Harlow; Maldon; Rochford; Tendring; Uttlesford",
    "Gloucestershire|Glos": "Gloucestershire; Cheltenham; Cotswold; Forest of Dean; Gloucester; Stroud; Tewkesbury",
    "Greater Manchester": "Greater Manchester; Bolton; Bury; Manchester; Oldham; Rochdale; Salford; Stockport; "
                          "Tameside; Trafford; Wigan",
    "Gwent": "Gwent; Blaenau Gwent; Caerphilly; Monmouthshire; Newport; Torfaen",
    "Hampshire|Hampshire and Isle of Wight|Hants": "Hampshire; Isle of Wight; Portsmouth; Southampton; "
                                             "Basingstoke and Deane; East Hampshire; Eastleigh; Fareham; Gosport; "
                                             "Hart; Havant; New Forest; Rushmoor; Test Valley; Winchester",
    "Hertfordshire|Herts": "Hertfordshire; Broxbourne; Dacorum; East Hertfordshire; Hertsmere; North Hertfordshire; "
                     "St Albans; Stevenage; Three Rivers; Watford; Welwyn Hatfield",
    "Humberside": "Humberside; East Riding of Yorkshire; Kingston upon Hull; Hull; North East Lincolnshire; "
                  "North Lincolnshire",
    "Kent": "Kent; Medway; Ashford; Canterbury; Dartford; Dover; Folkestone and Hythe; Shepway; Gravesham; "
            "Maidstone; Sevenoaks; Swale; Thanet; Tonbridge and Malling; Tunbridge Wells",
    "Lancashire|Lancs": "Lancashire; Blackburn with Darwen; Blackpool; Burnley; Chorley; Fylde; Hyndburn; Lancaster; "
                  "Pendle; Preston; Ribble Valley; Rossendale; South Ribble; West Lancashire; Wyre",
    "Leicestershire|Leics": "Leicestershire; Leicester; Rutland; Blaby; Charnwood; Harborough; Hinckley and Bosworth; "
                      "Melton; North West Leicestershire; Oadby and Wigston",
    "Lincolnshire|Lincs": "Lincolnshire; Boston; East Lindsey; Lincoln; North Kesteven; South Holland; South Kesteven; "
                    "West Lindsey",
    "Merseyside": "Merseyside; Knowsley; Liverpool; Sefton; St Helens; Wirral",
    "Metropolitan|Met": "Barking and Dagenham; Barnet; Bexley; Brent; Bromley; Camden; Croydon; Ealing; Enfield; "
                        "Greenwich; Hackney; Hammersmith and Fulham; Haringey; Harrow; Havering; Hillingdon; "
                        "Hounslow; Islington; Kensington and Chelsea; Kingston upon Thames; Lambeth; Lewisham; "
                        "Merton; Newham; Redbridge; Richmond upon Thames; Southwark; Sutton; Tower Hamlets; "
                        "Waltham Forest; Wandsworth; Westminster; City of Westminster",
    "Norfolk": "Norfolk; Breckland; Broadland; Great Yarmouth; King's Lynn and West Norfolk; North Norfolk; "
               "Norwich; South Norfolk",
    "North Wales": "North Wales; Conwy; Denbighshire; Flintshire; Gwynedd; Anglesey; Isle of Anglesey; Wrexham",
    "North Yorkshire": "North Yorkshire; York; City of York; Craven; Hambleton; Harrogate; Richmondshire; "
                       "Ryedale; Scarborough; Selby",
    "Northamptonshire|Northants": "Northamptonshire; North Northamptonshire; West Northamptonshire; Corby; Daventry; "
                        "East Northamptonshire; Kettering; Northampton; South Northamptonshire; Wellingborough",
    "Northumbria": "Northumberland; Newcastle upon Tyne; Newcastle; Gateshead; North Tyneside; "
                   "South Tyneside; Sunderland; Tyne and Wear",
    "Nottinghamshire|Notts": "Nottinghamshire; Nottingham; Ashfield; Bassetlaw; Broxtowe; Gedling; Mansfield; "
                       "Newark and Sherwood; Rushcliffe",
    "South Wales": "South Wales; Bridgend; Cardiff; Merthyr Tydfil; Neath Port Talbot; Rhondda Cynon Taf; "
                   "Rhondda Cynon Taff; Swansea; Vale of Glamorgan",
    "South Yorkshire": "South Yorkshire; Barnsley; Doncaster; Rotherham; Sheffield",
    "Staffordshire|Staffs": "Staffordshire; Stoke-on-Trent; Cannock Chase; East Staffordshire; Lichfield; "
                     "Newcastle-under-Lyme; South Staffordshire; Stafford; Staffordshire Moorlands; Tamworth",
    "Suffolk": "Suffolk; Babergh; East Suffolk; Ipswich; Mid Suffolk; West Suffolk; Forest Heath; St Edmundsbury; "
               "Suffolk Coastal; Waveney",
    "Surrey": "Surrey; Elmbridge; Epsom and Ewell; Guildford; Mole Valley; Reigate and Banstead; Runnymede; "
              "Spelthorne; Surrey Heath; Tandridge; Waverley; Woking",
    "Sussex": "Sussex; East Sussex; West Sussex; Brighton and Hove; Brighton; Hove; Eastbourne; Hastings; Lewes; "
              "Rother; Wealden; Adur; Arun; Chichester; Crawley; Horsham; Mid Sussex; Worthing",
    "Thames Valley": "Oxfordshire; Buckinghamshire; Berkshire; Milton Keynes; Bracknell Forest; Reading; Slough; "
                     "West Berkshire; Windsor and Maidenhead; Wokingham; Cherwell; Oxford; South Oxfordshire; "
                     "Vale of White Horse; West Oxfordshire; Aylesbury Vale; Chiltern; South Bucks; Wycombe",
    "Warwickshire": "Warwickshire; North Warwickshire; Nuneaton and Bedworth; Rugby; Stratford-on-Avon; Warwick",
    "West Mercia": "Herefordshire; County of Herefordshire; Shropshire; Telford and Wrekin; Worcestershire; "
                   "Bromsgrove; Malvern Hills; Redditch; Worcester; Wychavon; Wyre Forest",
    "West Midlands": "Birmingham; Coventry; Dudley; Sandwell; Solihull; Walsall; Wolverhampton",
    "West Yorkshire": "West Yorkshire; Bradford; Calderdale; Kirklees; Leeds; Wakefield",
    "Wiltshire|Wilts": "Wiltshire; Swindon",
}


def names() -> list[str]:
    """Every force name, sorted and unique."""
    found = {n.strip() for group in GROUPS for n in group.replace("\n", " ").split(";")}
    return sorted(n for n in found if n)


def main() -> None:
    """Write ``police_forces.txt``."""
    entries = names()
    (DATA_DIR / "police_forces.txt").write_text("".join(f"{n}\n" for n in entries), encoding="utf-8")
    print(f"police_forces.txt: {len(entries)} names", file=sys.stderr)
    for stems in FORCE_AREAS:
        assert any(n.startswith(f"{stem} ") for stem in stems.split("|") for n in entries), stems
    lines = [f"{stems}\t{'; '.join(a.strip() for a in areas.split(';'))}\n"
             for stems, areas in sorted(FORCE_AREAS.items())]
    (DATA_DIR / "police_force_areas.txt").write_text("".join(lines), encoding="utf-8")
    print(f"police_force_areas.txt: {len(lines)} forces", file=sys.stderr)


if __name__ == "__main__":
    main()
