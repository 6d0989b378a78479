"""What is public though it reads like a name: NHS bodies, national and regional places, public-body
websites and mailboxes, and the works a draft cites (reference lists and author-year citations).

A published review names the NHS trusts and boards that took part, England and the North West, the
gov.uk guidance it relies on and the authors it cites; none of these identifies the family. A person's
e-mail at a public body ("jane.smith@county.gov.uk") still identifies them and is not public.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from recognizers import gazetteer as gz

# Nations, the UK's regions and London: too large to locate anyone.
_NATIONAL_PLACES: Final = frozenset(gz.place_key(p) for p in (
    "England", "Wales", "Scotland", "Northern Ireland", "Great Britain", "Britain", "United Kingdom", "UK",
    "GB", "the British Isles", "London", "Greater London", "Inner London", "Outer London", "North East",
    "North West", "Yorkshire and the Humber", "Yorkshire and Humber", "East Midlands", "West Midlands",
    "the Midlands", "Midlands", "East of England", "East Anglia", "South East", "South West", "the North",
    "the South", "North of England", "South of England", "North East England", "North West England",
    "South East England", "South West England", "North Wales", "South Wales", "Mid Wales", "West Wales",
    "the Highlands", "Scottish Highlands", "Home Counties", "Europe", "European Union",
    # continents and regions of several countries: larger than a country of origin
    "Africa", "Asia", "North America", "South America", "Central America", "Latin America", "Oceania",
    "the Caribbean", "Caribbean", "the West Indies", "West Indies", "West Africa", "East Africa", "North Africa",
    "Southern Africa", "Central Africa", "Sub-Saharan Africa", "the Horn of Africa", "Horn of Africa",
    "the Middle East", "Middle East", "South Asia", "South East Asia", "Southeast Asia", "East Asia",
    "Central Asia", "the Indian subcontinent", "Eastern Europe", "Western Europe", "Central Europe",
    "Southern Europe", "Northern Europe", "Scandinavia", "the Balkans", "Balkans", "the Baltic states",
))
# The metropolitan counties (no county council since 1986, each spans several boroughs), and conurbations and named
# regions that span several councils.
_REGIONS: Final = frozenset(gz.place_key(p) for p in (
    "Greater Manchester", "Merseyside", "South Yorkshire", "Tyne and Wear", "West Midlands", "West Yorkshire",
    "Tyneside", "Teesside", "Clydeside", "Deeside", "Black Country", "Tees Valley", "Peak District",
    "Lake District", "Cotswolds", "Home Counties", "Midlands", "East Midlands", "Fens", "Solent",
    # hills and mountains that span several councils ("across the Pennines")
    "Pennines", "the Pennines", "Chilterns", "Mendips", "Cheviots", "Brecon Beacons", "Bannau Brycheiniog",
    "Snowdonia", "Eryri", "Cairngorms", "Yorkshire Dales", "North York Moors", "Dartmoor", "Exmoor",
))
# Statutory NHS bodies (the agencies of a review): a trust, board or commissioning group, not a building.
_NHS_BODY: Final = re.compile(
    r"(?:\bNHS\b.*|(?:NHS\s+)?(?:Foundation\s+)?Trust|Health\s+Board|Clinical\s+Commissioning\s+Group|CCG|"
    r"Integrated\s+Care\s+(?:Board|System)|Community\s+Health\s+Services|Health\s+and\s+Social\s+Care\s+Trust"
    r"|Ambulance\s+Service)$",  # (an ambulance service is an NHS trust)
    re.IGNORECASE,
)
_NHS_TRUST_WORDS: Final = re.compile(r"\b(?:NHS|Hospitals?|Health|Healthcare|Care|Partnership|Foundation|"
                                     r"Community|Mental|Ambulance|Clinical|Commissioning)\b", re.IGNORECASE)
# Public bodies' domains, and national organisations' own.
_PUBLIC_SUFFIXES: Final = (
    "gov.uk", "nhs.uk", "nhs.net", "police.uk", "parliament.uk", "judiciary.uk", "mod.uk", "gov.wales",
    "gov.scot", "llyw.cymru", "ac.uk", "europa.eu", "who.int", "un.org",
)
_NATIONAL_ORGS: Final = frozenset({
    "nspcc.org.uk", "barnardos.org.uk", "scie.org.uk", "rcpch.ac.uk", "rcgp.org.uk", "nice.org.uk",
    "childrenssociety.org.uk", "actionforchildren.org.uk", "ncb.org.uk", "researchinpractice.org.uk", "rip.org.uk",
    "childline.org.uk", "thinkuknow.co.uk", "missingpeople.org.uk", "womensaid.org.uk", "refuge.org.uk",
    "youngminds.org.uk", "mind.org.uk", "family-action.org.uk", "familyrightsgroup.org.uk", "coramvoice.org.uk",
    "coram.org.uk", "cafcass.gov.uk", "ofsted.gov.uk", "legislation.gov.uk", "basw.co.uk", "nmc.org.uk",
    "gmc-uk.org", "hcpc-uk.org", "socialworkengland.org.uk", "lucyfaithfull.org.uk", "stopitnow.org.uk",
    "iwf.org.uk", "ceop.police.uk", "samaritans.org", "shelter.org.uk", "citizensadvice.org.uk",
    "whatworks-csc.org.uk", "foundations.org.uk", "csaprevention.org.uk", "safelives.org.uk", "nwgnetwork.org",
    "lullabytrust.org.uk", "iconcope.org", "mariecollinsfoundation.org.uk", "mollyrosefoundation.org",
    "winstonswish.org", "papyrus-uk.org", "nrpfnetwork.org.uk", "brook.org.uk", "ncmec.org",
})
# The platforms a draft names by their sites ("web.snapchat.com", "fortnite.com"): everyone's, but an address with a
# path on one is an account's ("facebook.com/darren.hartley.77").
_PLATFORM_SITES: Final = frozenset({
    "snapchat.com", "discord.com", "fortnite.com", "tiktok.com", "instagram.com", "facebook.com", "roblox.com",
    "youtube.com", "x.com", "twitter.com", "whatsapp.com", "telegram.org", "onlyfans.com", "epicgames.com",
})
# Role mailboxes ("lscb@…", "safeguarding.board@…"): no person's name.
_ROLE_MAILBOX_WORDS: Final = frozenset({
    "lscb", "lscp", "scb", "scp", "slscb", "mash", "cyp", "csc", "hr", "foi", "info", "enquiries", "enquiry",
    "contact", "admin", "office", "reception", "referrals", "referral", "duty", "board", "partnership",
    "safeguarding", "children", "childrens", "team", "help", "helpline", "mail", "post", "communications",
    "press", "media", "complaints", "feedback", "business", "unit", "hub", "edt", "lado", "cp", "cpr",
    # an adults' board, a community safety partnership, their reviews
    "sab", "ssab", "csp", "dhr", "sar", "cspr", "scr", "reviews", "review", "learning", "adults",
})
_CAMEL_CASE: Final = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A board's abbreviation as a mailbox: its area's initials before SCB or SCP ("pscb", "wscp", "mkscb").
_BOARD_MAILBOX: Final = re.compile(r"[a-z]{1,3}sc[bp]")
_HOST: Final = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/\s]*@)?(?P<host>[^/\s:?#]+)", re.IGNORECASE)


def is_national_place(name: str) -> bool:
    """Whether a place name is a nation, a UK region, London or the like ("England", "the North West"), or
    a country abroad ("Poland"): a family's country of origin is written openly in published reviews."""
    return gz.place_key(name) in _NATIONAL_PLACES or gz.is_country(name)


def is_regional_place(name: str) -> bool:
    """Whether a place name is a region that spans several councils and has none of its own: a metropolitan
    county ("Merseyside"), the region a police force is named after ("Thames Valley", "West Mercia"), or a
    compass part of either, of London or of a UK nation ("South London", "North West London"). Like a nation, it
    locates no family; a council's area ("Shropshire", "Wirral", "East Sussex") does."""
    if gz.place_key(name) in _REGIONS or gz.is_police_force_region(name):
        return True
    part = _COMPASS_PART.match(name.strip())
    return part is not None and gz.local_authority(name) is None and (
        gz.place_key(part.group("whole")) in _WHOLES or is_regional_place(part.group("whole")))


# "South London", "North West London", "East Merseyside": a compass part of a larger whole.
_COMPASS_PART: Final = re.compile(
    r"(?i:the[ \t]+)?(?i:north|south|east|west|central|mid)(?:[ \t-]+(?i:east|west))?[ \t]+(?P<whole>[A-Z].*)")
_WHOLES: Final = frozenset(gz.place_key(p) for p in ("London", "England", "Scotland", "Wales", "Northern Ireland"))


def is_nhs_body(name: str) -> bool:
    """Whether an organisation is a statutory NHS body: a trust, health board or commissioning group
    ("Heatherwood and Wexham Park Hospital Trust", "Dudley CCG"), as opposed to a hospital or surgery."""
    name = gz.strip_possessive(name.strip())
    if not _NHS_BODY.search(name):
        return False
    if re.search(r"\bTrust$", name, re.IGNORECASE):  # a housing trust is a charity, not the NHS
        body = re.sub(r"\b(?:NHS\s+)?(?:Foundation\s+)?Trust$", "", name, flags=re.IGNORECASE)
        return bool(re.search(r"\bNHS\b", name)) or _NHS_TRUST_WORDS.search(body) is not None
    return True


_FIRE_SERVICE: Final = re.compile(r"(?:the[ \t]+)?(?P<area>.+?)[ \t]+(?:Fire[ \t]+(?:and|&)[ \t]+Rescue"
                                   r"(?:[ \t]+Services?)?|Fire[ \t]+Service|Fire[ \t]+Brigade)", re.IGNORECASE)


def is_regional_fire_service(name: str) -> bool:
    """Whether a fire and rescue service is a region's or a nation's ("Greater Manchester Fire and Rescue Service",
    "Scottish Fire and Rescue Service"), public as its region is; a county's names the county."""
    m = _FIRE_SERVICE.fullmatch(gz.strip_possessive(name.strip()))
    return m is not None and (is_regional_place(m.group("area")) or is_national_place(m.group("area"))
                              or m.group("area").casefold() in ("scottish", "welsh", "northern ireland"))


_NATIONAL_BODY: Final = re.compile(r"(?i:the[ \t]+)?National(?:[ \t]+[A-Z][\w'\u2019&-]*|[ \t]+(?:and|of|for|&)){1,5}")


def is_national_body(name: str) -> bool:
    """Whether an organisation is a national one by its name ("National Domestic Abuse Helpline", "the National
    Crime Agency"): "National", then words that say what it does, the first an ordinary word and none a place's or
    a person's name ("National Quillbury" is no body's name)."""
    m = _NATIONAL_BODY.fullmatch(gz.strip_possessive(name.strip()))
    if m is None:
        return False
    words = [w for w in re.split(r"[ \t]+", name.strip())
             if w.casefold() not in ("the", "national", "and", "of", "for", "&")]
    return bool(words) and gz.is_english_word(words[0]) and all(
        gz.is_english_word(w) or w.isupper() or not (gz.is_uk_place(w) or gz.is_first_name(w) or gz.is_surname(w))
        for w in words)


# What only a state has, ending its body's name ("the Afghan National Army", "Nigerian … Crimes Commission"), or
# opening it before the state's name ("Armed Forces of Ukraine", "Government of Pakistan"); and a state's schemes
# named for a people or a country ("Ukraine Family Scheme", "Afghan Relocations and Assistance Policy").
_STATE_HEAD: Final = re.compile(r"(?:Armed[ \t]+Forces|Army|Navy|Air[ \t]+Force|Government|Ministry|Embassy"
                                r"|High[ \t]+Commission|Consulate(?:[ \t]+General)?|Commission|Parliament"
                                r"|Scheme|Programme|Program|Policy)$")
_STATE_OPENER: Final = re.compile(r"(?i:the[ \t]+)?(?:Armed[ \t]+Forces|Government|Ministry|Embassy|High[ \t]+"
                                  r"Commission|Consulate|Parliament|Republic|Kingdom)[ \t]+of[ \t]+")


# A country's police abroad ("Nigeria Police Force", "Romanian Police"): a state's own, unless the state is one of the
# United Kingdom's nations ("South Wales Police" is a territorial force, which names its area).
_POLICE_HEAD: Final = re.compile(r"Police(?:[ \t]+(?:Force|Service))?$")
_HOME_NATIONS: Final = frozenset({"england", "wales", "scotland", "northern ireland", "britain", "great britain",
                                  "united kingdom", "uk", "english", "welsh", "scottish", "british", "irish"})


def is_state_body(name: str) -> bool:
    """Whether an organisation is a state's by its name: a country's or a people's name with a word only a state's
    bodies end in (its army, government, embassy, commission, or a scheme or policy) or open with ("Armed Forces of
    Ukraine"), or its police abroad ("Nigeria Police Force"; a UK nation's is a territorial force). A people's own
    group, church or team ("Polish Community Centre") is no state's."""
    name = gz.strip_possessive(name.strip())
    words = re.findall(r"[A-Z][\w'\u2019-]*", name)
    if _POLICE_HEAD.search(name):
        states = [w for w in (*words, *map(" ".join, itertools.pairwise(words))) if gz.is_country(w)
                  or gz.is_nationality(w)]
        return bool(states) and not any(w.casefold() in _HOME_NATIONS for w in (*words, *states))
    if not (_STATE_HEAD.search(name) or _STATE_OPENER.match(name)):
        return False
    return any(gz.is_country(w) or gz.is_nationality(w) for w in words) \
        or any(gz.is_country(f"{a} {b}") for a, b in itertools.pairwise(words))


# A host a line's end wrapped at its hyphen ("whatworks-" / "csc.org.uk"), as found or with its whitespace
# collapsed: the hyphen joins the parts.
_WRAPPED_HOST: Final = re.compile(r"(?<=[a-z0-9])-\s+(?=[a-z0-9])", re.IGNORECASE)


def _host(address: str) -> str:
    m = _HOST.match(_WRAPPED_HOST.sub("-", address.strip()))
    return m.group("host").casefold().rstrip(".") if m else ""


# A safeguarding board's or partnership's own site: the publisher of the review, public. The name it registers
# (the label before the ending) carries the board's abbreviation (LSCB, SCB, LSCP, SCP, CSCP …) after the area,
# run together or as a hyphenated part ("chscb.org.uk", "quillburylscb.org.uk", "cumbriaLSCB.com",
# "lscb-quillbury.org"), or the word "safeguarding" ("safeguardingquillbury.org.uk"); whatever the ending, as
# boards register .com and .org as well as .org.uk. The abbreviation must end its part: "scbhomes.co.uk" and
# "quillburyscaffolding.co.uk" are no board's. A school's site (.sch.uk) names the school: never public.
_BOARD_ABBREVIATION: Final = r"[a-z0-9]*sc[bp]s?"
_BOARD_LABEL: Final = (rf"(?:(?:[a-z0-9]+-)*{_BOARD_ABBREVIATION}(?:-[a-z0-9]+)*"
                       r"|[a-z0-9-]*safeguarding[a-z0-9-]*)")
_BOARD_SITE: Final = re.compile(rf"(?:^|\.){_BOARD_LABEL}\.(?:(?:org|co|gov|net|ltd|me)\.uk|[a-z]{{2,24}})$")
# A safeguarding partnership's "SP" after its council's area ("suffolksp.org.uk"); after any other word it says
# nothing ("wasp.org.uk").
_PARTNERSHIP_SITE: Final = re.compile(r"(?:^|\.)(?P<area>[a-z-]+?)-?sp\.(?:(?:org|co|gov|net)\.uk|[a-z]{2,24})$")


def is_public_domain(host: str) -> bool:
    """Whether a web or mail host belongs to a public body, a national organisation or a safeguarding
    board or partnership (the review's publisher)."""
    host = host.casefold().removeprefix("www.")
    if host.endswith(".sch.uk"):
        return False  # a school's own site names the school
    return host in _NATIONAL_ORGS or any(host == s or host.endswith("." + s) for s in _PUBLIC_SUFFIXES) \
        or any(host.endswith("." + o) for o in _NATIONAL_ORGS) or _BOARD_SITE.search(host) is not None \
        or ((m := _PARTNERSHIP_SITE.search(host)) is not None and gz.is_area_label(m.group("area")))


# A document an organisation's site publishes: its uploads' or documents' folder, or a file of a report's kind.
_PUBLISHED_DOCUMENT: Final = re.compile(r"/(?:wp-content/uploads|uploads|documents|docs|downloads|media|assets)/"
                                        r"|\.(?:pdf|docx?)(?:[?#]|$)", re.IGNORECASE)
_ORGANISATION_HOST: Final = re.compile(r"\.(?:org|org\.uk|ac\.uk)$")


def is_public_url(url: str) -> bool:
    """Whether a web address is on a public body's or national organisation's site, or is a document an
    organisation's site publishes (a citation's: "mandatenow.org.uk/wp-content/uploads/…")."""
    if "@" in url:
        return False
    host = _host(url)
    site = host.casefold().removeprefix("www.")
    if any(site == p or site.endswith("." + p) for p in _PLATFORM_SITES):
        return not re.sub(r"^(?:[a-z][a-z0-9+.-]*://)?[^/\s]+", "", url.strip(), flags=re.IGNORECASE).strip("/")
    return is_public_domain(host) or (
        _ORGANISATION_HOST.search(host) is not None and _PUBLISHED_DOCUMENT.search(url) is not None)


def is_public_email(address: str) -> bool:
    """Whether an e-mail address is a public body's role mailbox (no person's name in it)."""
    local, _, host = address.strip().partition("@")
    if not host or not is_public_domain(host):
        return False
    # Words run together in capitals count apart ("NationalReviewPanel"); a name stays a name ("JaneSmith").
    words = [w.casefold() for part in re.split(r"[._+-]+", local) for w in _CAMEL_CASE.split(part) if w]
    return bool(words) and all(_role_mailbox_word(w) for w in words)


def _role_mailbox_word(word: str) -> bool:
    """A role mailbox's word, or two run together ("businessunit", "safeguardingadults")."""
    if word in _ROLE_MAILBOX_WORDS or _BOARD_MAILBOX.fullmatch(word) is not None \
            or (gz.is_english_word(word) and len(word) > 3 and not gz.is_first_name(word)):
        return True
    return any(word[:k] in _ROLE_MAILBOX_WORDS and word[k:] in _ROLE_MAILBOX_WORDS for k in range(2, len(word) - 1))


# -- works cited --------------------------------------------------------------------------------------
_NAME_WORD: Final = r"[A-Z][\w'\u2019-]+"
_INITIALS: Final = r"(?:[A-Z]\.?[ \t]?){1,3}(?![a-z])"
_PARTICLE: Final = r"(?:(?:de|van|von|der|den|le|la|du|da|di|al|el)[ \t]+)"
# A person as an author: surname and initials ("Morris K", "Smith, J.", "van der Berg A.B.").
_PERSON_AUTHOR: Final = rf"{_PARTICLE}?{_NAME_WORD}[ \t]*,?[ \t]*{_INITIALS}"
# A body as an author: a department, government, office, board … ("Department for Education", "HM Government").
_BODY_WORDS: Final = (r"(?:Department|Government|Office|Commission|Institute|Panel|Partnership|Board|Council|"
                      r"Agency|Society|Association|College|Foundation|Centre|Center|Service|Services|Inspectorate|"
                      r"Commissioner|"
                      r"Ofsted|NSPCC|SCIE|NICE|DfE|DfES|DCSF|DH|DHSC|HM|Home|Parliament|University|Trust)")
_BODY_AUTHOR: Final = (rf"(?:{_NAME_WORD}[ \t]+(?:(?:of|for|and|the|&)[ \t]+)?)*{_BODY_WORDS}"
                       rf"(?:[ \t]+(?:(?:of|for|and|the|&)[ \t]+)?{_NAME_WORD})*")
_AUTHOR: Final = rf"(?:{_PERSON_AUTHOR}|{_BODY_AUTHOR})"
_AUTHOR_LIST: Final = rf"{_AUTHOR}(?:[ \t]*(?:,|;|&|\band\b)[ \t]*{_AUTHOR})*(?:,?[ \t]*et[ \t]+al\.?)?"
_YEAR: Final = r"\((?:19|20)\d\d[a-z]?\)"
# Editors, so marked between the names and the year: "Bernard, C. and Harris, P. (eds) (2016)".
_EDITORS: Final = r"(?:\((?:[Ee]ds?|[Ee]ditors?)\.?\)[ \t]*[.,]?[ \t]*)?"
# A reference-list entry: authors, then the year, at the start of a line ("Morris K (2012) Title …",
# "Smith, J., (2015). Title.", "Department for Education (2018) Working Together …").
# ... after a list's label on its line, where one word may be the author ("Sources: SafeLives (2015) …").
_LIST_LABEL: Final = (r"(?:(?:Further|Additional|Suggested)[ \t]+reading|Sources?|References?|Bibliography|"
                      r"See[ \t]+also|Reading)[ \t]*:[ \t]*")
_ENTRY: Final = re.compile(
    rf"^[ \t]*(?:[-\u2022*\u25cf]|\d+[.)]|\[\d+\])?[ \t]*(?:{_AUTHOR_LIST}[ \t]*[.,]?[ \t]*"
    rf"|{_LIST_LABEL}(?P<after_label>)(?:{_AUTHOR_LIST}|{_NAME_WORD})[ \t]*[.,]?[ \t]*)"
    rf"{_EDITORS}(?:{_YEAR}|(?:19|20)\d\d[a-z]?\.)",
    re.MULTILINE,
)
# In running text: "(Brandon et al., 2020)", "(Munro, 2011; Ofsted, 2010)", "Brandon et al. (2020)".
_SURNAMES: Final = rf"{_PARTICLE}?{_NAME_WORD}(?:[ \t]*(?:,|&|\band\b)[ \t]*{_PARTICLE}?{_NAME_WORD})*"
# ("and colleagues" names authors as "et al." does; "see" or "cf." may point to the work)
_ET_AL: Final = r"(?:et[ \t]+al\.?|and[ \t]+colleagues)"
_SEE: Final = r"(?:(?:[Ss]ee(?:[ \t]+also)?|[Cc]f\.?)[ \t]+)?"
_IN_TEXT: Final = re.compile(
    rf"\((?:see[ \t]+|e\.g\.[ \t]+)?(?:{_AUTHOR_LIST}|{_SURNAMES}(?:[ \t]+et[ \t]+al\.?)?)[ \t]*,[ \t]*"
    rf"(?:19|20)\d\d[a-z]?(?:[;,][^()\n]{{0,80}})?\)"
    rf"|(?<![\w-]){_SEE}(?:{_AUTHOR_LIST}|{_SURNAMES}[ \t]+{_ET_AL})[ \t]*{_YEAR}"
    # "et al." names authors, with or without the year (a page break may part them: "Sidebotham et al." |
    # footer | "(2010)")
    rf"|\b{_SURNAMES}[ \t]+et[ \t]+al\b\.?"
)
# A quoted title, then its date and author in brackets: "the 'Review of the role of Boards' (March 2016,
# Alan Wood)". The title has two words or more and starts with a capital: "she said 'no' (2016, X)" is no work.
_MONTH: Final = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                 r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_DATED_AUTHOR: Final = re.compile(
    r"['\u2018\"\u201c][A-Z][^'\u2019\"\u201d\n]*?[ \t][^'\u2019\"\u201d\n]*?['\u2019\"\u201d][ \t]*"
    rf"(?P<cite>\((?:{_MONTH}[ \t]+)?(?:19|20)\d\d[ \t]*,[ \t]*"
    rf"(?:(?:Sir|Dame|Lord|Baroness|Dr|Professor|Prof)\.?[ \t]+)?{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}}\))"
)
# Research named by its authors and year without brackets: "a study of reviews by Vincent and Petch in 2012",
# "research by Brandon et al. in 2008". The research word is needed: "assaulted by Smith and Jones in 2012" is
# no citation.
_RESEARCH_BY: Final = re.compile(
    r"\b(?i:research|stud(?:y|ies)|analys[ie]s|survey|paper|evaluation|literature[ \t]+review|review[ \t]+of)"
    r"\b[^.;:\n()]{0,60}?\bby[ \t]+"
    rf"(?P<cite>{_SURNAMES}(?:[ \t]+(?:et[ \t]+al\.?|and[ \t]+colleagues))?[ \t]+in[ \t]+(?:19|20)\d\d"
    # (… or "and colleagues" without its year: "the national analysis of SARs by Preston-Shoot and colleagues")
    rf"|{_SURNAMES}[ \t]+and[ \t]+colleagues)\b")
# ... or a body's name of any words, then the year, on a line that ends with its publisher's place and name or its
# address ("Women's Aid (2023) The Domestic Abuse Report 2023. Bristol: Women's Aid.", "SafeLives (2015) … Available
# at: …"): a family's list ("Ava Smith (2015) – sister") has neither.
_PUBLISHED_ENTRY: Final = re.compile(
    r"^[ \t]*(?:[-\u2022*\u25cf]|\d+[.)]|\[\d+\])?[ \t]*"
    r"[A-Z][\w'\u2019&-]*(?:[ \t]+(?:for|of|and|the|&|[A-Z][\w'\u2019&-]*)){0,6}[ \t]*[.,]?[ \t]*"
    r"\((?:19|20)\d\d[a-z]?\)[^\n]*?"
    r"(?:\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?:[ \t]*[A-Z][^\n:]*"
    r"|(?:https?://|www\.|[Aa]vailable[ \t]+(?:at|from))[^\n]*)$",
    re.MULTILINE)
_URL_LINE: Final = re.compile(r"^[ \t]*(?:(?:available|accessed|retrieved)[^\n:]{0,30}:?[ \t]*)?"
                              r"(?:https?://|www\.)\S+[ \t]*$", re.MULTILINE | re.IGNORECASE)


# A report's numbered paragraph ("4.17 Practitioners …", "12. The panel …"): no line of a reference-list entry.
_NUMBERED_PARAGRAPH: Final = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,3})*\.?[ \t]+[A-Z]")
# A note's or list item's marker opening a line ("[2] …", "(2) …", "2) …", "• …"): the next note, no line of this one.
_NEXT_NOTE: Final = re.compile(r"[ \t]*(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}\)|[\u2022\u25aa\u25e6\u00b7*])[ \t]+\S")


def cited_spans(text: str, continued: bool = False) -> list[tuple[int, int]]:
    """Where ``text`` cites published work: whole reference-list entries and author-year citations.

    Args:
        text: A segment's text.
        continued: Lines wrap inside a paragraph (a PDF page): an entry goes on over following lines
            until a blank line or the next entry.

    Returns:
        ``(start, end)`` spans, in text order.
    """
    spans: list[tuple[int, int]] = []
    for m in _ENTRY.finditer(text):
        start = m.start() if m.start("after_label") == -1 else m.start("after_label")
        end = text.find("\n", m.end())
        end = len(text) if end == -1 else end
        if continued:
            for _ in range(3):
                nxt = text.find("\n", end + 1)
                line = text[end + 1: len(text) if nxt == -1 else nxt]
                if not line.strip() or _ENTRY.match(line) or end >= len(text) or _NUMBERED_PARAGRAPH.match(line) \
                        or _NEXT_NOTE.match(line):
                    break  # a blank line, the next entry or note, or the report's next numbered paragraph
                end = len(text) if nxt == -1 else nxt
        spans.append((start, end))
    spans.extend((m.start(), m.end()) for m in _PUBLISHED_ENTRY.finditer(text))
    spans.extend((m.start(), m.end()) for m in _IN_TEXT.finditer(text))
    spans.extend((m.start(), m.end()) for m in _URL_LINE.finditer(text))
    spans.extend(m.span("cite") for m in _DATED_AUTHOR.finditer(text))
    spans.extend(m.span("cite") for m in _RESEARCH_BY.finditer(text))
    return sorted(set(spans))
