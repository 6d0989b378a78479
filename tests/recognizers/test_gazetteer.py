"""Tests for the shipped lists and their look-ups (recognizers/gazetteer.py, recognizers/data/)."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

from recognizers import gazetteer as gz

DATA = gz.DATA_DIR


def _lines(stem: str) -> list[str]:
    packed = DATA / f"{stem}.txt.gz"
    if packed.exists():
        return gzip.decompress(packed.read_bytes()).decode("utf-8").splitlines()
    return (DATA / f"{stem}.txt").read_text(encoding="utf-8").splitlines()


STEMS = ("first_names", "surnames", "english_words", "uk_places", "local_authorities", "police_forces",
         "keep_vocabulary", "org_head_words")


@pytest.mark.parametrize("stem", STEMS)
def test_data_file_is_sorted_unique_utf8(stem: str) -> None:
    lines = _lines(stem)
    assert lines, stem
    assert lines == sorted(lines)
    assert len(lines) == len(set(lines))
    assert all(line == line.strip() and line for line in lines)


@pytest.mark.parametrize("stem, minimum", [
    ("first_names", 50_000), ("surnames", 80_000), ("english_words", 15_000), ("uk_places", 5_000),
    ("local_authorities", 400), ("police_forces", 50), ("keep_vocabulary", 500), ("org_head_words", 100),
])
def test_data_file_sizes(stem: str, minimum: int) -> None:
    assert len(_lines(stem)) >= minimum


def test_data_total_under_15_mb_and_large_files_compressed() -> None:
    files = [p for p in DATA.iterdir() if p.is_file() and p.suffix in (".txt", ".gz")]
    assert sum(p.stat().st_size for p in files) < 15_000_000
    assert all(p.stat().st_size <= 1_000_000 for p in files if p.suffix == ".txt")


def test_data_readme_lists_every_file() -> None:
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for path in DATA.iterdir():
        if path.is_file() and path.suffix in (".txt", ".gz"):
            assert path.name in readme, path.name


@pytest.mark.parametrize("name", ["Siobhan", "Siobhán", "siobhan", "Grzegorz", "Łukasz", "Lukasz", "Chinonso",
                                  "Aaliyah", "Mohammed", "Kerry-Ann", "Oisín", "Patience", "Grace", "Abdirahman",
                                  "Tharshini", "Ionut", "Ngozi", "Kwame", "Thanh", "Mehmet", "Rebin", "Dafydd"])
def test_first_names(name: str) -> None:
    assert gz.is_first_name(name)


@pytest.mark.parametrize("name", ["Okafor", "O'Neill", "O\u2019Neill", "oneill", "McDonald", "Nowak", "Khan",
                                  "Nguyen", "Popescu", "Mensah", "Warsame", "Perera", "Yilmaz", "Smith",
                                  "D'Souza", "Kazlauskas", "Horvath", "Krasniqi"])
def test_surnames(name: str) -> None:
    assert gz.is_surname(name)


@pytest.mark.parametrize("word", ["Care", "Social", "Police", "January", "The", "Mr", "Council",
                                  "We'll", "We\u2019ll", "Shan't", "Ill'll", "Hell've", "Wer're", "Ma'm"])
def test_vocabulary_is_not_a_first_name(word: str) -> None:
    assert not gz.is_first_name(word)


@pytest.mark.parametrize("word, name", [("Afghanistan", False), ("Sudan", False), ("Poland", False),
                                        ("Jordan", True), ("Georgia", True), ("Kenya", True), ("Chad", True)])
def test_a_country_is_a_first_name_only_where_people_are_called_so(word: str, name: bool) -> None:
    assert gz.is_first_name(word) is name


@pytest.mark.parametrize("name", ["Republic of Ireland", "Ireland", "DRC", "Ivory Coast", "Czech Republic", "USA",
                                  # ... and states few others recognise, and regions as large as states
                                  "Kosovo", "Somaliland", "Kurdistan Region of Iraq", "Azad Jammu and Kashmir"])
def test_countries_by_any_name_drafts_give_them(name: str) -> None:
    assert gz.is_country(name)


@pytest.mark.parametrize("word", ["Well'll", "Will've", "Ware're", "Cant'nt", "Ma'm"])
def test_a_contraction_is_no_surname(word: str) -> None:  # "We'll" is "Well" to the list's key, not a name
    assert not gz.is_surname(word)


@pytest.mark.parametrize("word, expected", [
    ("patience", True), ("Patience", True), ("grace", True), ("will", True), ("hope", True), ("rose", True),
    ("reading", True), ("bath", True), ("carers", True), ("findings", True), ("colour", True),
    ("safeguarding", True), ("online", True), ("Reading's", True),
    ("john", False), ("Siobhan", False), ("winston", False), ("leeds", False), ("london", False),
    ("mohammed", False), ("jones", False), ("okafor", False), ("kirklees", False),
    # first names a derivation suffix or a British spelling rule would make words of: "car" + "-ly"
    ("carly", False), ("Polly", False), ("saeed", False), ("kindly", True), ("archaeological", True),
    # a British -ise or -yse spelling of a listed -ize or -yze word ("Summarise" opening a slide's line)
    ("Summarise", True), ("prioritised", True), ("normalising", True), ("analysed", True),
    ("Louise", False), ("Denise", False), ("Elise", False),  # no "-ize" word
    # a British "ae" or "oe" spelling of a listed word, as medicine writes them ("Anaesthetic", "Oesophagus")
    ("Anaesthetic", True), ("paediatric", True), ("foetal", True), ("Anaemia", True), ("Orthopaedic", True),
    ("Michael", False), ("Raphael", False), ("Joel", False), ("Ishmael", False), ("Gaelle", False),  # names
    ("shoe", True), ("Moe", False), ("Zoey", False),  # short words are left as listed
])
def test_english_words(word: str, expected: bool) -> None:
    assert gz.is_english_word(word) is expected


@pytest.mark.parametrize("word, expected", [
    ("Reviews", True), ("Teachers", True), ("review", True), ("Jones", False), ("Charles", False),
])
def test_words_and_their_plurals(word: str, expected: bool) -> None:
    assert gz.is_word_or_plural(word) is expected


@pytest.mark.parametrize("phrase", ["Leeds", "leeds", "Stoke-on-Trent", "Stoke on Trent", "Newcastle upon Tyne",
                                    "St Helens", "St. Helens", "Saint Helens", "Milton Keynes", "Kirklees",
                                    "Rhondda Cynon Taf", "Isle of Wight", "the Wirral", "Tower Hamlets",
                                    "Weston-super-Mare", "Aberdeenshire", "Belfast", "Caerdydd", "West Mercia",
                                    "Northumbria", "Telford & Wrekin"])
def test_uk_places(phrase: str) -> None:
    assert gz.is_uk_place(phrase)


@pytest.mark.parametrize("phrase", ["England", "Scotland", "United Kingdom", "the North", "South Coast",
                                    "Working", "Christmas", "March", "Paris", ""])
def test_not_uk_places(phrase: str) -> None:
    assert not gz.is_uk_place(phrase)


@pytest.mark.parametrize("phrase, expected", [
    ("Reading", "word"), ("Bath", "word"), ("Sale", "word"), ("Shirley", "name"), ("Stanley", "name"),
    ("Winston", "name"), ("Leeds", None), ("Derby", None), ("York", None), ("Nowhere Special", None),
])
def test_place_ambiguity(phrase: str, expected: str | None) -> None:
    assert gz.place_ambiguity(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Kirklees", "Kirklees"), ("kirklees council", "Kirklees"), ("Kirklees Metropolitan Borough Council", "Kirklees"),
    ("London Borough of Camden", "Camden"), ("Royal Borough of Greenwich", "Royal Borough of Greenwich"),
    ("City of York Council", "City of York"), ("Bath & North East Somerset Council", "Bath and North East Somerset"),
    ("Rhondda Cynon Taf County Borough Council", "Rhondda Cynon Taf"), ("Wakefield Council", "Wakefield"),
    ("Aylesbury Vale", "Aylesbury Vale"), ("Somerset West and Taunton", "Somerset West and Taunton"),
    ("Allerdale", "Allerdale"), ("Shepway", "Shepway"), ("Penwith", "Penwith"), ("Fife", "Fife"),
    ("Mid and East Antrim", "Mid and East Antrim"), ("Sandford", None), ("Council", None), ("Leeds Road", None),
])
def test_local_authority(phrase: str, expected: str | None) -> None:
    assert gz.local_authority(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Greater Manchester Police", "Greater Manchester Police"), ("thames valley police", "Thames Valley Police"),
    ("Avon & Somerset Constabulary", "Avon and Somerset Constabulary"), ("Dyfed Powys Police", "Dyfed-Powys Police"),
    ("Dyfed-Powys Police", "Dyfed-Powys Police"), ("Police Scotland", "Police Scotland"),
    ("Police Service of Northern Ireland", "Police Service of Northern Ireland"),
    ("British Transport Police", "British Transport Police"), ("the Police", None), ("Sandford Police", None),
    ("Lincs Police", "Lincs Police"), ("Notts Police", "Notts Police"),  # a county force, its county abbreviated
])
def test_police_force(phrase: str, expected: str | None) -> None:
    assert gz.police_force(phrase) == expected


def test_a_county_forces_abbreviated_name_polices_its_county() -> None:
    assert "Lincs Police" in gz.area_police_forces("Lincolnshire")


@pytest.mark.parametrize("phrase, expected", [
    ("Thames Valley", True), ("West Mercia", True), ("Northumbria", True), ("Merseyside", True),
    ("the West Midlands", True), ("Greater Manchester", True), ("Sussex", True),
    ("Kent", False), ("Shropshire", False), ("Wirral", False), ("Cheshire", False),  # council areas
    ("Metropolitan", False), ("Avon and Somerset", False), ("Quillshire", False),    # not a place
])
def test_police_force_regions(phrase: str, expected: bool) -> None:
    assert gz.is_police_force_region(phrase) is expected


def test_all_43_territorial_forces_of_england_and_wales_are_listed() -> None:
    forces = set(_lines("police_forces"))
    areas = ["Avon and Somerset", "Bedfordshire", "Cambridgeshire", "Cheshire", "City of London", "Cleveland",
             "Cumbria", "Derbyshire", "Devon and Cornwall", "Dorset", "Durham", "Dyfed-Powys", "Essex",
             "Gloucestershire", "Greater Manchester", "Gwent", "Hampshire", "Hertfordshire", "Humberside", "Kent",
             "Lancashire", "Leicestershire", "Lincolnshire", "Merseyside", "Metropolitan", "Norfolk", "North Wales",
             "North Yorkshire", "Northamptonshire", "Northumbria", "Nottinghamshire", "South Wales",
             "South Yorkshire", "Staffordshire", "Suffolk", "Surrey", "Sussex", "Thames Valley", "Warwickshire",
             "West Mercia", "West Midlands", "West Yorkshire", "Wiltshire"]
    assert len(areas) == 43
    for area in areas:
        assert f"{area} Police" in forces or f"{area} Constabulary" in forces, area


@pytest.mark.parametrize("phrase", ["Children's Social Care", "children’s social care", "CAMHS", "Care Order",
                                    "Learning Point", "Foster Carers", "the Local Authority", "Section 47",
                                    "Working Together to Safeguard Children", "Independent Reviewing Officer",
                                    "Asperger", "Significant Harm", "Lessons Learnt", "IRO Handbook", "NSPCC",
                                    "Paediatric Assessment Unit", "HM Government",
                                    # national charities that work with children and families
                                    "Kidscape", "Place2Be", "St Giles Trust", "Nacro", "We Are With You",
                                    "Missing People", "The Prince's Trust", "Lucy Faithfull Foundation",
                                    # the online platforms and games a child used
                                    "Xbox Live", "PlayStation Network", "Call of Duty", "Yubo", "Zalo", "WeChat",
                                    # a national programme and a national professional body
                                    "LeDeR", "British Association of Perinatal Medicine",
                                    # a web page's furniture
                                    "Hide Ad", "Advertisement", "Read More",
                                    # a cause of death, a condition ("recorded the cause of death as Hypothermia")
                                    "Hypothermia", "Bronchiolitis", "Positional Asphyxia", "Korsakoff Syndrome",
                                    # a cause of death not found; an ambulance crew's technician
                                    "Unascertained", "EMT", "Emergency Medical Technician",
                                    # a hospital's triage and the abbreviations of clinical notes ("Dx explained
                                    # to pt via son", "Triage recorded: …")
                                    "Triage", "Dx", "Hx", "PMH",
                                    # Cafcass's family court adviser; the pan-London partnership; a Welsh
                                    # regional board's words ("Bwrdd Diogelu Rhanbarthol Cwm Taf")
                                    "FCA", "London Safeguarding Children Partnership", "Bwrdd Diogelu Rhanbarthol",
                                    # the season's days ("until after Xmas")
                                    "Xmas", "Boxing Day",
                                    # the brands of epilepsy, diabetes and asthma medicines ("ran out of Keppra")
                                    "Keppra", "Buccolam", "NovoRapid", "Lantus", "Seretide", "Fostair",
                                    # ... a diabetes sensor, a hypo's sugary drink ("her Libre sensor", "gave
                                    # Lucozade as per her care plan"), infant formula
                                    "Libre", "FreeStyle Libre", "Dexcom", "Lucozade", "GlucoGel", "Aptamil",
                                    # a kind of school, as a review names one without its name
                                    "Supplementary School",
                                    # His Majesty's offices, Northern Ireland's abbreviation
                                    "HM", "HM Senior Coroner", "NI",
                                    # national charities, protocols and guidance a review cites by name
                                    "Papyrus", "Karma Nirvana", "DPJ Foundation", "Philomena Protocol",
                                    "Perplexing Presentations",
                                    # a tracking device, and the US centre's tipline that refers images of abuse
                                    "AirTag", "CyberTipline",
                                    # a learning disability's nurse and team, a deprivation of liberty, as adults'
                                    # reviews shorten them ("LD" alone stays a person's initials where one acts)
                                    "LD Team", "LD Nurse", "DoL",
                                    # the armed forces and their national bodies
                                    "RAF Police", "SSAFA", "Brigade of Gurkhas", "British Forces Post Office",
                                    "Army Welfare Service", "Royal Air Force", "UNFICYP",
                                    # a council's teams, a child's sexual violence adviser, a school's software
                                    "Private Sector Housing", "Pest Control", "Environmental Health", "CHISVA",
                                    "Witness Care Unit", "Registered Intermediary", "MyConcern", "CPOMS",
                                    # national reviews by their authors' names; Welsh language policy
                                    "Timpson Review of School Exclusion", "Casey Review", "Mwy na Geiriau",
                                    "Active Offer",
                                    # a domestic homicide review's labels; a role ("Faith" is a first name too)
                                    "Victim", "Perpetrator", "Faith Leader",
                                    # a crisis team's, a youth justice service's and a review's own letters
                                    "HTT", "CRHTT", "YJS", "LoE",
                                    # national gambling and debt charities; a faith community's court and patrol
                                    "GamCare", "GAMSTOP", "StepChange", "National Debtline", "Beth Din", "Shomrim",
                                    # travelling showmen's and circus families' national bodies; the canals'
                                    # trust; a national LGBT+ anti-abuse charity; a nationality's status
                                    "Showmen's Guild of Great Britain", "Association of Circus Proprietors",
                                    "Canal & River Trust", "Galop", "British National (Overseas)",
                                    # the national resettlement schemes and the operations that began them
                                    "Homes for Ukraine", "Afghan Citizens Resettlement Scheme", "ARAP",
                                    "Operation Pitting",
                                    # clothes' and toys' brands a draft names
                                    "Nike", "The North Face", "Peppa Pig",
                                    # a hospital's records and incident systems; shops; a bereavement charity
                                    "BadgerNet", "Datix", "Wilko", "Poundland", "Winston's Wish", "Scania",
                                    # a disease by its eponym alone, moulds and bacteria, a contraceptive injection
                                    "Alzheimer's", "Aspergillus", "Penicillium", "Depo-Provera",
                                    # a court order in the plural; Parliament's groups; the Windrush scheme
                                    "Special Guardianship Orders", "All-Party Parliamentary Group",
                                    "Home Office Windrush Taskforce", "Windrush",
                                    # sport's national bodies; Deaf people's national charities and relay services
                                    "Ann Craft Trust", "British Gymnastics", "Swim England", "The FA", "CPSU",
                                    "SignHealth", "National Deaf Children's Society", "Relay UK",
                                    # national providers and hair-strand laboratories; a Pakistani women's refuge
                                    "HCRG Care Group", "AlphaBio Laboratories", "Dar-ul-Aman", "Unipol",
                                    # airlines, coaches and the largest airports; a national border operation
                                    "Wizz Air", "Ethiopian Airlines", "Heathrow", "London Luton", "Manchester Airport",
                                    "Operation Limelight",
                                    # international family law and a litigant's helper in court
                                    "Hague Convention", "McKenzie friend",
                                    # a trainer's name, e-mail services, a draft's marking, a Deaf child's teacher
                                    "Air Max", "Hotmail", "Not Yet Anonymised", "QToD",
                                    # a child's competence, a police warning and a judgment by their cases' names;
                                    # Parliament's record; theme parks; benefits and a school's leaders
                                    "Fraser competence", "Osman warning", "Southwark assessment", "Southwark decision",
                                    "Hansard",
                                    "Drayton Manor", "Alton Towers", "UC", "SLT", "Edo State",
                                    # the nations' parliaments and assemblies
                                    "Senedd", "Northern Ireland Assembly", "Welsh Assembly",
                                    # national services for families with no recourse to public funds and for
                                    # veterans; academic publishers a reference list names
                                    "NRPF Connect", "Op COURAGE", "Oxford University Press", "Policy Press",
                                    # national charities named after children; a Scottish prosecutor; languages
                                    "Molly Rose Foundation", "Marie Collins Foundation", "Procurator Fiscal",
                                    "Hiligaynon", "Romanes", "NR3S"])
def test_keep_phrases(phrase: str) -> None:
    assert gz.is_keep_phrase(phrase)
    assert phrase in gz.keep_phrases() or gz.phrase_key(phrase) in gz.keep_keys() or phrase.startswith("the ")


@pytest.mark.parametrize("name, kind", [
    ("St Matthew's CE Primary School", "school"), ("Oakwood Academy", "school"),
    ("Kingsmead Community College", "college"),
    ("The Limes Surgery", "gp"), ("Fernhill Medical Centre", "gp"), ("Park Road Health Centre", "gp"),
    ("Royal Sandford Hospital", "hospital"), ("Sandford Teaching Hospitals NHS Trust", "hospital"),
    ("Kirklees Council", "council"), ("Sandford Metropolitan Borough Council", "council"),
    ("West Yorkshire Police", "police"), ("Sandford Constabulary", "police"), ("Willow House Children's Home",
                                                                               "childrens_home"),
    ("Acme Motors Ltd", "company"), ("Sandford Housing Association", "housing"), ("HMP Sandford", "prison"),
    ("University of Sandford", "college"), ("London Borough of Camden", "council"), ("Sandford Crown Court", "court"),
    ("Horizon Learning Hub", "school"), ("Fenlight Outreach", "charity"), ("Redeemed Glory Assembly", "religious"),
    ("Pathways Return Home Service", "charity"), ("Leeds Domestic Violence Service", "charity"),
    ("Kernow Connect Minibus Services", "company"), ("Selsdon Lodge Guest House", "company"),
    ("Ocean Blue", None),
])
def test_org_kind(name: str, kind: str | None) -> None:
    assert gz.org_kind(name) == kind


@pytest.mark.parametrize("head, expected", [
    ("Primary School", ("school", False)), ("house", ("childrens_home", True)), ("Trust", ("charity", True)),
    ("Surgery", ("gp", False)), ("Banana", None),
])
def test_org_head(head: str, expected: tuple[str, bool] | None) -> None:
    assert gz.org_head(head) == expected


def test_tokenize_keeps_inner_apostrophes_and_hyphens() -> None:
    text = "Aaliyah's O’Neill Kerry-Ann Stoke-on-Trent & 47"
    assert [t[2] for t in gz.tokenize(text)] == ["Aaliyah's", "O’Neill", "Kerry-Ann", "Stoke-on-Trent", "&"]


@pytest.mark.parametrize("word, expected", [("Aaliyah's", "Aaliyah"), ("Jones’s", "Jones"), ("is", "is"),
                                            ("Reading", "Reading")])
def test_strip_possessive(word: str, expected: str) -> None:
    assert gz.strip_possessive(word) == expected


@pytest.mark.parametrize("text, span, expected", [
    ("under Clare's Law the police", "Clare", True),
    ("the London Child Protection Procedures say", "London", True),
    ("she moved to London", "London", False),
    ("Children Act 1989", "Children Act", True),
])
def test_keep_phrase_finder(text: str, span: str, expected: bool) -> None:
    start = text.index(span)
    assert gz.KeepPhraseFinder(text).covers(start, start + len(span)) is expected


def test_generic_words_are_lower_case_vocabulary() -> None:
    words = gz.generic_words()
    assert {"foster", "care", "order", "learning"} <= words
    assert "fraser" not in words
    # a compass word would make a region's body vocabulary ("Southern Trust", Northern Ireland's health trust)
    assert "southern" not in words and "river" not in words


def test_loading_all_lists_is_small() -> None:
    # A fresh interpreter, so the cached lists are really read (load time: benchmarks/recognizer_speed.py).
    code = (
        "import tracemalloc\n"
        "from recognizers import gazetteer as gz\n"
        "for f in (gz._first_names, gz._surnames, gz._english_words, gz._places, gz._local_authorities,\n"
        "          gz._police_forces, gz._org_heads, gz.keep_phrases, gz.keep_keys, gz.generic_words,\n"
        "          gz._keep_token_index):\n"
        "    f.cache_clear()\n"
        "tracemalloc.start(); gz.preload()\n"
        "print(tracemalloc.get_traced_memory()[1])\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert int(out.stdout.strip()) < 100_000_000


def test_lists_are_read_once() -> None:
    gz.preload()
    before = gz._first_names.cache_info().misses, gz._places.cache_info().misses
    for _ in range(100):
        gz.is_first_name("Siobhan")
        gz.is_uk_place("Leeds")
    assert (gz._first_names.cache_info().misses, gz._places.cache_info().misses) == before


def test_the_world_city_list_is_keyed_like_the_names_looked_up() -> None:
    """The list's ASCII names skip the accent stripping: their keys must be what world_city_key makes."""
    lines = gz._read_lines("world_cities")
    assert gz._world_cities() == frozenset(gz.world_city_key(line) for line in lines)


def test_tokenize_keeps_only_the_last_texts_words() -> None:
    first, second = "Jane O'Neill & Tom", "Stoke-on-Trent"
    assert gz.tokenize(first) == [(0, 4, "Jane"), (5, 12, "O'Neill"), (13, 14, "&"), (15, 18, "Tom")]
    assert gz.tokenize(first) is gz.tokenize(first)  # read again by the next recogniser, not cut again
    assert gz.tokenize(second) == [(0, 14, "Stoke-on-Trent")]
    assert gz.tokenize("".join(first)) == [(0, 4, "Jane"), (5, 12, "O'Neill"), (13, 14, "&"), (15, 18, "Tom")]
    assert gz.tokenize("") == []


@pytest.mark.parametrize("acronym, name", [("CAIT", "Cait"), ("LEA", "Lea"), ("ED", "Ed"), ("FLO", "Flo"),
                                           ("ISA", "Isa"), ("ABE", "Abe")])
def test_an_acronym_that_spells_a_name_is_kept_only_in_capitals(acronym: str, name: str) -> None:
    """"CAIT" (Child Abuse Investigation Team) is vocabulary; "Cait" is a woman's first name."""
    assert gz.is_keep_phrase(acronym) and gz.is_keep_phrase(f"the {acronym}")
    assert not gz.is_keep_phrase(name)
    text = f"Later {name} said the {acronym} team had visited."
    finder = gz.KeepPhraseFinder(text)
    assert not finder.covers(6, 6 + len(name))
    at = text.index(acronym)
    assert finder.covers(at, at + len(acronym))


@pytest.mark.parametrize("name", ["Tod", "Jordan", "Ann"])
def test_a_first_name_is_no_keep_phrase_of_its_own(name: str) -> None:
    """"ToD" (a Teacher of the Deaf) is kept only written out or qualified ("QToD"): "Tod" is a boy's name."""
    assert not gz.is_keep_phrase(name)


def test_an_acronym_that_spells_no_name_is_kept_in_any_case() -> None:
    assert gz.is_keep_phrase("Camhs") and gz.is_keep_phrase("camhs")


@pytest.mark.parametrize("word", ["León", "Lúke", "Émily"])
def test_a_listed_first_name_written_with_accents_is_a_first_name(word: str) -> None:
    """"León Walker": the list holds Leon; an accent does not make a name a word."""
    assert gz.is_first_name(word)


@pytest.mark.parametrize("word", ["Tablé", "Kitchén", "Bóttle"])
def test_accents_make_no_word_a_first_name(word: str) -> None:
    assert not gz.is_first_name(word)


@pytest.mark.parametrize("word", [
    # made from a country's name by the usual endings
    "Romanian", "Nigerian", "Pakistani", "Somali", "Eritrean", "Sudanese", "Vietnamese", "Chinese", "Ghanaian",
    "Zimbabwean", "Brazilian", "Hungarian", "Turkish", "Iraqi", "Lithuanian", "Albanian", "Afghan", "Slovak",
    "Jamaican", "Congolese", "Maltese", "Bangladeshi",
    # the nations of the UK and Ireland, and the irregular ones
    "Scottish", "Welsh", "English", "British", "Irish", "Polish", "French", "Dutch", "German", "Greek", "Thai",
    "Portuguese", "Czech", "Filipino", "Kurdish", "Spanish", "Swiss",
    # Gypsy, Roma and Traveller peoples ("assumptions about Gypsy and Traveller culture")
    "Gypsy", "Romani", "Travellers",
    # a heritage of two, hyphened ("British-Jamaican", "Polish-Lithuanian")
    "British-Jamaican", "Polish-Lithuanian",
])
def test_nationalities(word: str) -> None:
    assert gz.is_nationality(word)


@pytest.mark.parametrize("word", ["Adrian", "Brian", "Julian", "Ethan", "Ryan", "Damian", "Marian", "Sami", "Tyrese",
                                  "Christian", "Roman", "Logan", "Megan", "Poland", "Smith", "Keegan", "Ian"])
def test_names_are_no_nationalities(word: str) -> None:
    assert not gz.is_nationality(word)


@pytest.mark.parametrize("word", ["hall", "park", "view", "wood", "lane", "green", "hill", "faith", "eve", "day", "jay",
                                  "grace", "hope", "rose", "ann", "jordan", "craft", "plant",
                                  "manor", "towers", "valley", "beach", "molly", "collins", "sage"])
def test_a_word_that_names_places_and_people_is_not_made_vocabulary_by_a_keep_phrase_holding_it(word: str) -> None:
    """A multi-word keep phrase makes its dictionary words vocabulary ("Faith Leader", "Boxing Day"): never the words
    a home's, a street's or a person's name is made of, or "Hall View" and "Faith Day" would name no one."""
    assert word not in gz.generic_words()


@pytest.mark.parametrize("name, acronym", [
    ("Greater Manchester Police", "GMP"), ("Metropolitan Police Service", "MPS"), ("Thames Valley Police", "TVP"),
    ("Kent Police", None),  # two words: no acronym of note
    ("Greater Manchester Council", None),  # no force
])
def test_a_police_forces_initials(name: str, acronym: str | None) -> None:
    assert gz.force_acronym(name) == acronym


def test_a_kept_phrase_of_two_words_in_the_plural_is_kept() -> None:
    assert gz.is_keep_phrase("Moses baskets") and gz.is_keep_phrase("Moses basket")
    assert not gz.is_keep_phrase("Mosess")


def test_a_double_barrelled_name_is_no_nationality() -> None:
    assert not gz.is_nationality("Smith-Jamaican") and not gz.is_nationality("Walker-Bains")
