"""Build ``local_authorities.txt``: every UK council area, current and recently abolished, by place name.

Run from the project root::

    .venv/bin/python recognizers/data/build/councils.py

Hand-curated from public knowledge of UK local government (the structure published by the Office
for National Statistics, the Welsh and Scottish Governments and the NI Executive); no case material.
Names are written as the place ("Kirklees", "Bath and North East Somerset"), without "Council",
"Borough of" or "City of" unless the prefix is part of the usual name ("City of London").
Where a name is commonly written two ways both are listed ("Rhondda Cynon Taf", "Rhondda Cynon Taff"; "Cheshire
West", as its partnership and board name it, for Cheshire West and Chester).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

DATA_DIR: Final = Path(__file__).resolve().parent.parent

ENGLAND_COUNTIES: Final = """
Cambridgeshire; Derbyshire; Devon; East Sussex; Essex; Gloucestershire; Hampshire; Hertfordshire; Kent;
Lancashire; Leicestershire; Lincolnshire; Norfolk; Nottinghamshire; Oxfordshire; Staffordshire; Suffolk;
Surrey; Warwickshire; West Sussex; Worcestershire
"""

ENGLAND_UNITARIES: Final = """
Bath and North East Somerset; Bedford; Blackburn with Darwen; Blackpool;
Bournemouth, Christchurch and Poole; Bournemouth Christchurch and Poole; Bracknell Forest;
Brighton and Hove; Bristol; City of Bristol; Buckinghamshire; Central Bedfordshire; Cheshire East;
Cheshire West and Chester; Cheshire West; Cornwall; Cumberland; Darlington; Derby; Dorset; Durham; County Durham;
East Riding of Yorkshire; Halton; Hartlepool; Herefordshire; County of Herefordshire; Isle of Wight;
Isles of Scilly; Kingston upon Hull; Hull; Leicester; Luton; Medway; Middlesbrough; Milton Keynes;
North East Lincolnshire; North Lincolnshire; North Northamptonshire; North Somerset; North Yorkshire;
Northumberland; Nottingham; Peterborough; Plymouth; Portsmouth; Reading; Redcar and Cleveland; Rutland;
Shropshire; Slough; Somerset; South Gloucestershire; Southampton; Southend-on-Sea; Southend;
Stockton-on-Tees; Stoke-on-Trent; Swindon; Telford and Wrekin; Thurrock; Torbay; Warrington;
West Berkshire; West Northamptonshire; Westmorland and Furness; Wiltshire; Windsor and Maidenhead;
Wokingham; York; City of York; City of London
"""

ENGLAND_METROPOLITAN: Final = """
Bolton; Bury; Manchester; Oldham; Rochdale; Salford; Stockport; Tameside; Trafford; Wigan;
Knowsley; Liverpool; St Helens; Sefton; Wirral;
Barnsley; Doncaster; Rotherham; Sheffield;
Gateshead; Newcastle upon Tyne; Newcastle; North Tyneside; South Tyneside; Sunderland;
Birmingham; Coventry; Dudley; Sandwell; Solihull; Walsall; Wolverhampton;
Bradford; Calderdale; Kirklees; Leeds; Wakefield
"""

LONDON_BOROUGHS: Final = """
Barking and Dagenham; Barnet; Bexley; Brent; Bromley; Camden; Croydon; Ealing; Enfield; Greenwich;
Royal Borough of Greenwich; Hackney; Hammersmith and Fulham; Haringey; Harrow; Havering; Hillingdon;
Hounslow; Islington; Kensington and Chelsea; Royal Borough of Kensington and Chelsea;
Kingston upon Thames; Royal Borough of Kingston upon Thames; Lambeth; Lewisham; Merton; Newham;
Redbridge; Richmond upon Thames; Southwark; Sutton; Tower Hamlets; Waltham Forest; Wandsworth;
Westminster; City of Westminster
"""

ENGLAND_DISTRICTS: Final = """
Cambridge; East Cambridgeshire; Fenland; Huntingdonshire; South Cambridgeshire;
Amber Valley; Bolsover; Chesterfield; Derbyshire Dales; Erewash; High Peak; North East Derbyshire;
South Derbyshire;
East Devon; Exeter; Mid Devon; North Devon; South Hams; Teignbridge; Torridge; West Devon;
Eastbourne; Hastings; Lewes; Rother; Wealden;
Basildon; Braintree; Brentwood; Castle Point; Chelmsford; Colchester; Epping Forest; Harlow; Maldon;
Rochford; Tendring; Uttlesford;
Cheltenham; Cotswold; Forest of Dean; Gloucester; Stroud; Tewkesbury;
Basingstoke and Deane; East Hampshire; Eastleigh; Fareham; Gosport; Hart; Havant; New Forest; Rushmoor;
Test Valley; Winchester;
Broxbourne; Dacorum; East Hertfordshire; Hertsmere; North Hertfordshire; St Albans; Stevenage;
Three Rivers; Watford; Welwyn Hatfield;
Ashford; Canterbury; Dartford; Dover; Folkestone and Hythe; Gravesham; Maidstone; Sevenoaks; Swale;
Thanet; Tonbridge and Malling; Tunbridge Wells;
Burnley; Chorley; Fylde; Hyndburn; Lancaster; Pendle; Preston; Ribble Valley; Rossendale; South Ribble;
West Lancashire; Wyre;
Blaby; Charnwood; Harborough; Hinckley and Bosworth; Melton; North West Leicestershire;
Oadby and Wigston;
Boston; East Lindsey; Lincoln; North Kesteven; South Holland; South Kesteven; West Lindsey;
Breckland; Broadland; Great Yarmouth; King's Lynn and West Norfolk; North Norfolk; Norwich;
South Norfolk;
Ashfield; Bassetlaw; Broxtowe; Gedling; Mansfield; Newark and Sherwood; Rushcliffe;
Cherwell; Oxford; South Oxfordshire; Vale of White Horse; West Oxfordshire;
Cannock Chase; East Staffordshire; Lichfield; Newcastle-under-Lyme; South Staffordshire; Stafford;
Staffordshire Moorlands; Tamworth;
Babergh; East Suffolk; Ipswich; Mid Suffolk; West Suffolk;
Elmbridge; Epsom and Ewell; Guildford; Mole Valley; Reigate and Banstead; Runnymede; Spelthorne;
Surrey Heath; Tandridge; Waverley; Woking;
North Warwickshire; Nuneaton and Bedworth; Rugby; Stratford-on-Avon; Warwick;
Adur; Arun; Chichester; Crawley; Horsham; Mid Sussex; Worthing;
Bromsgrove; Malvern Hills; Redditch; Worcester; Wychavon; Wyre Forest
"""

# Abolished in the 2009 English reorganisation.
ABOLISHED_2009: Final = """
Bedfordshire; Mid Bedfordshire; South Bedfordshire;
Cheshire; Chester; Congleton; Crewe and Nantwich; Ellesmere Port and Neston; Macclesfield; Vale Royal;
Caradon; Carrick; Kerrier; North Cornwall; Penwith; Restormel;
Chester-le-Street; Derwentside; City of Durham; Easington; Sedgefield; Teesdale; Wear Valley;
Alnwick; Berwick-upon-Tweed; Blyth Valley; Castle Morpeth; Tynedale; Wansbeck;
Bridgnorth; North Shropshire; Oswestry; Shrewsbury and Atcham; South Shropshire;
Kennet; North Wiltshire; Salisbury; West Wiltshire
"""

# Abolished or renamed 2018-2023: Dorset, Suffolk, Somerset (twice), Buckinghamshire,
# Northamptonshire, Cumbria, North Yorkshire; Shepway became Folkestone and Hythe.
ABOLISHED_2018_2023: Final = """
Shepway;
Bournemouth; Poole; Christchurch; East Dorset; North Dorset; Purbeck; West Dorset; Weymouth and Portland;
Forest Heath; St Edmundsbury; Suffolk Coastal; Waveney;
Taunton Deane; West Somerset; Somerset West and Taunton; Mendip; Sedgemoor; South Somerset;
Aylesbury Vale; Chiltern; South Bucks; Wycombe;
Northamptonshire; Corby; Daventry; East Northamptonshire; Kettering; Northampton; South Northamptonshire;
Wellingborough;
Cumbria; Allerdale; Barrow-in-Furness; Carlisle; Copeland; Eden; South Lakeland;
Craven; Hambleton; Harrogate; Richmondshire; Ryedale; Scarborough; Selby
"""

WALES: Final = """
Blaenau Gwent; Bridgend; Caerphilly; Cardiff; Carmarthenshire; Ceredigion; Conwy; Denbighshire;
Flintshire; Gwynedd; Isle of Anglesey; Anglesey; Ynys Môn; Merthyr Tydfil; Monmouthshire;
Neath Port Talbot; Newport; Pembrokeshire; Powys; Rhondda Cynon Taf; Rhondda Cynon Taff; Swansea;
Torfaen; Vale of Glamorgan; Wrexham
"""

SCOTLAND: Final = """
Aberdeen; Aberdeen City; Aberdeenshire; Angus; Argyll and Bute; Clackmannanshire; Dumfries and Galloway;
Dundee; Dundee City; East Ayrshire; East Dunbartonshire; East Lothian; East Renfrewshire; Edinburgh;
City of Edinburgh; Falkirk; Fife; Glasgow; Glasgow City; Highland; Inverclyde; Midlothian; Moray;
Na h-Eileanan Siar; Comhairle nan Eilean Siar; Western Isles; North Ayrshire; North Lanarkshire;
Orkney; Orkney Islands; Perth and Kinross; Renfrewshire; Scottish Borders; Shetland; Shetland Islands;
South Ayrshire; South Lanarkshire; Stirling; West Dunbartonshire; West Lothian
"""

NORTHERN_IRELAND: Final = """
Antrim and Newtownabbey; Ards and North Down; Armagh City, Banbridge and Craigavon;
Armagh City Banbridge and Craigavon; Armagh Banbridge and Craigavon; Belfast;
Causeway Coast and Glens; Derry City and Strabane; Derry and Strabane; Fermanagh and Omagh;
Lisburn and Castlereagh; Mid and East Antrim; Mid Ulster; Newry, Mourne and Down; Newry Mourne and Down
"""

# The 26 Northern Ireland districts replaced in 2015.
NORTHERN_IRELAND_BEFORE_2015: Final = """
Antrim; Ards; Armagh; Ballymena; Ballymoney; Banbridge; Carrickfergus; Castlereagh; Coleraine; Cookstown;
Craigavon; Derry; Londonderry; Down; Dungannon; Dungannon and South Tyrone; Fermanagh; Larne; Limavady;
Lisburn; Magherafelt; Moyle; Newry and Mourne; Newtownabbey; North Down; Omagh; Strabane
"""

GROUPS: Final = (
    ENGLAND_COUNTIES, ENGLAND_UNITARIES, ENGLAND_METROPOLITAN, LONDON_BOROUGHS, ENGLAND_DISTRICTS,
    ABOLISHED_2009, ABOLISHED_2018_2023, WALES, SCOTLAND, NORTHERN_IRELAND, NORTHERN_IRELAND_BEFORE_2015,
)


def names() -> list[str]:
    """Every council area name, sorted and unique."""
    found = {n.strip() for group in GROUPS for n in group.replace("\n", " ").split(";")}
    return sorted(n for n in found if n)


def main() -> None:
    """Write ``local_authorities.txt``."""
    entries = names()
    (DATA_DIR / "local_authorities.txt").write_text("".join(f"{n}\n" for n in entries), encoding="utf-8")
    print(f"local_authorities.txt: {len(entries)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
