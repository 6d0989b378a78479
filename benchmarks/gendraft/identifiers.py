"""Identifier formats seen in UK case-review drafts, each generated from a seed.

Every format is built from its published structure (check digits where the format has one):

* NHS number (England/Wales), CHI number (Scotland) and H&C number (Northern Ireland): ten digits,
  modulus-11 check digit (weights 10..2); CHI starts with the date of birth.
* National Insurance number: two prefix letters (not D F I Q U V; second not O; not BG GB KN NK NT TN
  ZZ), six digits, suffix A-D; written in every spacing and case.
* Unique Pupil Number (DfE): check letter + 3-digit LA code + 4-digit school + 2-digit year + 3 digits;
  the check letter is the weighted sum (weights 2..13) mod 23 over ``ABCDEFGHJKLMNPQRTUVWXYZ``.
  Some are generated with a wrong check letter (always with their "UPN" label).
* HMRC UTR: ten digits, the first a check digit (weights 6,7,8,9,10,5,4,3,2 over the rest, mod 11,
  mapped through "21987654321"); HMRC TRN: two digits, a letter, five digits.
* DVLA driving licence: surname (5, padded with 9), decade, month (+5 for women), day, year digit,
  initials (padded with 9), a digit and two check letters; sometimes with its two-digit issue number.
* PNC ID: year / serial + check letter (``ZABCDEFGHJKLMNPQRTUVWXY`` [int(yy+serial) mod 23]).
* Police references: Metropolitan Police CRIS ("1234567/14"), Athena-style (force/serial/year),
  Niche occurrence numbers, GMP-style CRI references, STORM/CAD incident logs, missing-person (MFH)
  references, custody record numbers, probation (nDelius) CRN, prison numbers.
* Courts: family (court code + year + C/P + serial), county court claim numbers, magistrates' (police
  URN: force, station, serial, year), Crown Court (T + year + serial).
* Case records (LCS, Mosaic, Liquidlogic, CareFirst, EHM: bare digits), Ofsted URNs (SC + 6 digits,
  schools 6 digits), hospital numbers, vehicle registrations (current and prefix style).
* Phone numbers: UK (Ofcom's drama ranges: never real subscribers) and international (Poland,
  Romania, Nigeria, Pakistan, India, Lithuania, Portugal) in E.164 and national forms; e-mail
  addresses; social media profile URLs and handles.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

UPN_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ"
PNC_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY"
# Real DfE local-authority codes (a sample across England).
LA_CODES = (202, 204, 206, 208, 210, 212, 302, 306, 308, 312, 316, 318, 330, 331, 332, 333, 335, 336, 341,
            343, 350, 352, 354, 356, 358, 371, 373, 380, 382, 384, 390, 392, 394, 800, 801, 803, 821, 825,
            826, 830, 845, 850, 855, 860, 865, 873, 878, 881, 885, 886, 888, 891, 908, 909, 916, 919, 925,
            926, 931, 933, 935, 936, 937, 938)
NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
LETTERS_NO_IO = [c for c in string.ascii_uppercase if c not in "IOQ"]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def mod11_check(nine: str) -> int | None:
    """The NHS / CHI / H&C check digit of nine digits, or None when the number cannot be issued."""
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def _mod11_number(rng: random.Random, prefix: str) -> str:
    while True:
        nine = prefix + digits(rng, 9 - len(prefix))
        check = mod11_check(nine)
        if check is not None:
            return nine + str(check)


def nhs_number(rng: random.Random) -> str:
    raw = _mod11_number(rng, rng.choice(["4", "6", "7", "9"]) + str(rng.randint(0, 9)))
    style = rng.random()
    if style < 0.55:
        return f"{raw[:3]} {raw[3:6]} {raw[6:]}"
    if style < 0.85:
        return raw
    return f"{raw[:3]}-{raw[3:6]}-{raw[6:]}"


def chi_number(rng: random.Random, dob: date, female: bool) -> str:
    while True:
        serial = digits(rng, 2)
        sex = rng.choice("02468" if female else "13579")
        nine = dob.strftime("%d%m%y") + serial + sex
        check = mod11_check(nine)
        if check is not None:
            raw = nine + str(check)
            return raw if rng.random() < 0.6 else f"{raw[:6]} {raw[6:]}"


def hc_number(rng: random.Random) -> str:
    raw = _mod11_number(rng, str(rng.randint(320, 399)))
    return raw if rng.random() < 0.5 else f"{raw[:3]} {raw[3:6]} {raw[6:]}"


def nino(rng: random.Random) -> str:
    while True:
        a, b = rng.choice(string.ascii_uppercase), rng.choice(string.ascii_uppercase)
        if a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND and a + b not in NINO_BAD_PAIRS:
            break
    num, suffix = digits(rng, 6), rng.choice("ABCD")
    style = rng.randrange(6)
    forms = [f"{a}{b} {num[:2]} {num[2:4]} {num[4:]} {suffix}", f"{a}{b}{num}{suffix}",
             f"{a}{b} {num} {suffix}", f"{a}{b}{num[:2]} {num[2:4]} {num[4:]}{suffix}",
             f"{a}{b}{num}{suffix}".lower(), f"{a}{b}-{num[:2]}-{num[2:4]}-{num[4:]}-{suffix}"]
    return forms[style]


def upn_check_letter(body12: str) -> str:
    return UPN_ALPHABET[sum(int(d) * w for d, w in zip(body12, range(2, 14), strict=True)) % 23]


def upn(rng: random.Random, valid: bool = True) -> str:
    body = f"{rng.choice(LA_CODES):03d}{rng.randint(2000, 7999):04d}{rng.randint(5, 22):02d}{digits(rng, 3)}"
    letter = upn_check_letter(body)
    if not valid:
        letter = rng.choice([c for c in UPN_ALPHABET if c != letter])
    return letter + body


def utr(rng: random.Random) -> str:
    rest = digits(rng, 9)
    check = "21987654321"[sum(int(d) * w for d, w in zip(rest, (6, 7, 8, 9, 10, 5, 4, 3, 2), strict=True)) % 11]
    raw = check + rest
    return raw if rng.random() < 0.6 else f"{raw[:5]} {raw[5:]}"


def trn(rng: random.Random) -> str:
    return f"{digits(rng, 2)}{rng.choice(LETTERS_NO_IO)}{digits(rng, 5)}"


def passport(rng: random.Random, country: str = "GB") -> str:
    if country == "GB":
        return str(rng.randint(1, 9)) + digits(rng, 8)
    if country in ("PL", "PK"):
        return "".join(rng.choice(LETTERS_NO_IO) for _ in range(2)) + digits(rng, 7)
    if country == "NG":
        return rng.choice("ABD") + digits(rng, 8)
    if country == "IN":
        return rng.choice(LETTERS_NO_IO) + digits(rng, 7)
    return digits(rng, 8)  # RO and others: eight digits


def driving_licence(rng: random.Random, surname: str, forenames: list[str], dob: date, female: bool) -> str:
    letters = "".join(c for c in surname.upper() if c.isascii() and c.isalpha())
    if letters.startswith("MAC"):
        letters = "MC" + letters[3:]
    block = (letters[:5]).ljust(5, "9")
    month = dob.month + (50 if female else 0)
    initials = "".join(f[0].upper() for f in forenames if f[:1].isascii() and f[:1].isalpha())[:2].ljust(2, "9")
    core = (f"{block}{str(dob.year)[2]}{month:02d}{dob.day:02d}{str(dob.year)[3]}{initials}"
            f"{rng.choice('9' * 4 + '0123')}{rng.choice(LETTERS_NO_IO)}{rng.choice(LETTERS_NO_IO)}")
    r = rng.random()
    if r < 0.2:
        return f"{core} {rng.randint(1, 9):02d}"
    if r < 0.35:
        return f"{core[:5]} {core[5:11]} {core[11:]}"
    return core


def pnc_id(rng: random.Random, year: int) -> str:
    yy, serial = f"{year % 100:02d}", f"{rng.randint(1, 999999):07d}"
    letter = PNC_LETTERS[int(yy + serial) % 23]
    if rng.random() < 0.5:
        return f"{yy}/{serial.lstrip('0') or '0'}{letter}"
    return f"{year}/{serial}{letter}"


def cris(rng: random.Random, year: int) -> str:
    return f"{rng.randint(1000000, 9999999)}/{year % 100:02d}"


def athena(rng: random.Random, year: int) -> str:
    return f"{rng.choice([36, 37, 42, 43, 20, 22, 41, 34])}/{rng.randint(1000, 99999)}/{year % 100:02d}"


def niche(rng: random.Random, year: int) -> str:
    return f"{rng.choice([13, 14, 16, 6, 5, 3])}{year % 100:02d}{rng.randint(0, 9999999):07d}"


def gmp_cri(rng: random.Random, year: int) -> str:
    return f"CRI/{rng.randint(1, 12):02d}{rng.choice('ABCDEFGHKLMN')}{rng.choice('ABCDEFGHKLMN')}/" \
           f"{rng.randint(1, 999999):07d}/{year % 100:02d}"


def storm_log(rng: random.Random, when: date) -> str:
    if rng.random() < 0.5:
        return f"{rng.randint(1, 2999):04d} {when:%d/%m/%y}"
    return f"{rng.randint(1, 2999)}/{when:%d%b%y}".upper()


def mfh(rng: random.Random, year: int) -> str:
    return f"MFH/{rng.randint(1, 24):02d}/{year % 100:02d}/{rng.randint(1, 99999):05d}"


def custody(rng: random.Random, year: int) -> str:
    if rng.random() < 0.5:
        return f"{rng.randint(1, 60):02d}{rng.choice(LETTERS_NO_IO)}{rng.choice(LETTERS_NO_IO)}/" \
               f"{rng.randint(1, 99999):05d}/{year % 100:02d}"
    return f"CUS/{year}/{rng.randint(1, 999999):06d}"


def probation_crn(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMNPRSTUVWX") + digits(rng, 6)


def prison_number(rng: random.Random) -> str:
    return rng.choice("AG") + digits(rng, 4) + "".join(rng.choice(LETTERS_NO_IO) for _ in range(2))


COURT_CODES = ("BM", "LV", "MA", "LS", "SD", "NE", "BS", "CF", "NR", "PE", "RG", "SL", "CV", "NG", "ZW", "ZC",
               "LO", "EC", "IP", "YO")


def family_court(rng: random.Random, year: int) -> str:
    return f"{rng.choice(COURT_CODES)}{year % 100:02d}{rng.choice('CCCCP')}{rng.randint(1, 1999):05d}"


def county_court(rng: random.Random) -> str:
    return f"{rng.choice('ABCDEFGHK')}{rng.randint(0, 9):02d}{rng.choice(COURT_CODES)}{rng.randint(1, 999):03d}"


def magistrates_urn(rng: random.Random, year: int) -> str:
    force, station = rng.randint(1, 62), "".join(rng.choice(LETTERS_NO_IO) for _ in range(2))
    serial = f"{rng.randint(1, 99999):05d}"
    if rng.random() < 0.5:
        return f"{force:02d}{station}{serial}{year % 100:02d}"
    return f"{force:02d} {station} {serial} {year % 100:02d}"


def crown_court(rng: random.Random, year: int) -> str:
    return f"T{year}{rng.randint(1, 9999):04d}"


def case_record(rng: random.Random) -> str:
    return str(rng.randint(10 ** (n := rng.choice([6, 7, 7, 8])) // 10, 10 ** n - 1))


def ofsted_urn(rng: random.Random, school: bool = False) -> str:
    return str(rng.randint(100000, 149999)) if school else f"SC{rng.randint(10000, 999999):06d}"


def hospital_number(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return rng.choice("BDHKMRSW") + digits(rng, 7)
    if r < 0.7:
        return rng.choice(["RX", "RJ", "RM", "RT", "RW"]) + digits(rng, 7)
    return digits(rng, 8)


def vehicle_registration(rng: random.Random, year: int) -> str:
    if rng.random() < 0.8:
        age = (year % 100) + rng.choice([0, 50])
        area = rng.choice("ABCDEFGHKLMNOPRSVWY") + rng.choice(LETTERS_NO_IO)
        return f"{area}{age:02d} {''.join(rng.choice(LETTERS_NO_IO) for _ in range(3))}"
    return f"{rng.choice('ABCDEFGHJKLMNPRSTVWXY')}{rng.randint(1, 999)} " \
           f"{''.join(rng.choice(LETTERS_NO_IO) for _ in range(3))}"


def housing_reference(rng: random.Random, year: int) -> str:
    return f"{rng.choice(['HOU', 'HA', 'HSG', 'HO'])}/{year}/{rng.randint(1, 99999):05d}"


UK_DRAMA = [("01632", "960{:03d}"), ("0113", "496 0{:03d}"), ("0114", "496 0{:03d}"), ("0115", "496 0{:03d}"),
            ("0116", "496 0{:03d}"), ("0117", "496 0{:03d}"), ("0118", "496 0{:03d}"), ("0121", "496 0{:03d}"),
            ("0131", "496 0{:03d}"), ("0141", "496 0{:03d}"), ("0151", "496 0{:03d}"), ("0161", "496 0{:03d}"),
            ("0191", "498 0{:03d}"), ("020", "7946 0{:03d}"), ("07700", "900{:03d}")]


def uk_phone(rng: random.Random, mobile: bool | None = None) -> str:
    if mobile is None:
        mobile = rng.random() < 0.55
    code, rest = UK_DRAMA[-1] if mobile else rng.choice(UK_DRAMA[:-1])
    local = rest.format(rng.randint(0, 999))
    r = rng.random()
    if r < 0.6:
        return f"{code} {local}"
    if r < 0.75:
        return f"{code}{local.replace(' ', '')}"
    if r < 0.85 and not mobile:
        return f"({code}) {local}"
    return f"+44 {code[1:]} {local}"


# Mobile numbering plans (country code, national trunk prefix, mobile prefixes, subscriber digits).
INTL = {
    "PL": ("48", "", ["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"], 7),
    "RO": ("40", "0", ["72", "73", "74", "75", "76", "77", "78"], 7),
    "NG": ("234", "0", ["803", "806", "813", "703", "705", "802", "808", "812", "902"], 7),
    "PK": ("92", "0", ["300", "301", "303", "321", "333", "345", "312"], 7),
    "IN": ("91", "0", ["98", "97", "96", "93", "90", "88", "70"], 8),
    "LT": ("370", "8", ["60", "61", "62", "65", "67", "68", "69"], 6),
    "PT": ("351", "", ["91", "92", "93", "96"], 7),
}


def intl_phone(rng: random.Random, country: str) -> str:
    cc, trunk, prefixes, n = INTL[country]
    prefix, sub = rng.choice(prefixes), digits(rng, n)
    national = prefix + sub
    r = rng.random()
    if country == "PL":
        groups = f"{national[:3]} {national[3:6]} {national[6:]}"
    elif country == "IN":
        groups = f"{national[:5]} {national[5:]}"
    elif country == "PK":
        groups = f"{national[:3]} {national[3:]}"
    elif country == "NG":
        groups = f"{national[:3]} {national[3:6]} {national[6:]}"
    else:
        groups = f"{national[:3]} {national[3:6]} {national[6:]}"
    if r < 0.4:
        return f"+{cc} {groups}"
    if r < 0.55:
        return f"+{cc}{national}"
    if r < 0.7:
        return f"00{cc} {groups}"
    return f"{trunk}{groups}" if trunk else groups


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_forms(rng: random.Random, d: date) -> str:
    """A date of birth as UK authors write it; sometimes US month-first (only when unambiguous) or ISO."""
    r = rng.random()
    if r < 0.35:
        return d.strftime("%d/%m/%Y")
    if r < 0.55:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if r < 0.63:
        return f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    if r < 0.70:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if r < 0.78:
        return d.strftime("%d/%m/%y")
    if r < 0.88 and d.day > 12:
        return f"{d.month:02d}/{d.day:02d}/{d.year}" if rng.random() < 0.5 else \
            f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    return d.isoformat()


@dataclass(frozen=True)
class IdFormat:
    """A kind of identifier: how it is named in prose (labels), in a table (column header), and made."""

    key: str
    role: str
    labels: tuple[str, ...]  # prose labels written before the value
    column: str
    make: Callable[..., str]
    needs_label: bool = False  # the bare value is ambiguous (e.g. a case-record number)


def _with_year(f: Callable[[random.Random, int], str]) -> Callable[..., str]:
    def make(rng: random.Random, ctx: dict[str, object]) -> str:
        year = ctx.get("year", 2016)
        assert isinstance(year, int)
        return f(rng, year)
    return make


def _plain(f: Callable[[random.Random], str]) -> Callable[..., str]:
    def make(rng: random.Random, ctx: dict[str, object]) -> str:
        return f(rng)
    return make


def _person(f: Callable[..., str]) -> Callable[..., str]:
    def make(rng: random.Random, ctx: dict[str, object]) -> str:
        return f(rng, ctx)
    return make


def _chi(rng: random.Random, ctx: dict[str, object]) -> str:
    dob, female = ctx["dob"], ctx["female"]
    assert isinstance(dob, date) and isinstance(female, bool)
    return chi_number(rng, dob, female)


def _dvla(rng: random.Random, ctx: dict[str, object]) -> str:
    dob, female, surname, forenames = ctx["dob"], ctx["female"], ctx["surname"], ctx["forenames"]
    assert isinstance(dob, date) and isinstance(female, bool) and isinstance(surname, str)
    assert isinstance(forenames, list)
    return driving_licence(rng, surname, forenames, dob, female)


def _passport(rng: random.Random, ctx: dict[str, object]) -> str:
    country = ctx.get("country", "GB")
    assert isinstance(country, str)
    return passport(rng, country if country in ("GB", "PL", "PK", "NG", "IN", "RO") else "GB")


def _storm(rng: random.Random, ctx: dict[str, object]) -> str:
    when = ctx.get("when")
    assert isinstance(when, date)
    return storm_log(rng, when)


# Person-level identifiers (belong to one person) and case-level ones (an incident, a proceeding).
PERSON_IDS = [
    IdFormat("nhs", "NHS number", ("NHS number", "NHS no.", "NHS No:", "NHS"), "NHS number", _plain(nhs_number)),
    IdFormat("chi", "CHI number", ("CHI number", "CHI no.", "CHI"), "CHI number", _person(_chi)),
    IdFormat("hc", "Health and Care number", ("H&C number", "Health and Care number", "H&C no."), "H&C number",
             _plain(hc_number)),
    IdFormat("nino", "National Insurance number", ("National Insurance number", "NI number", "NINO", "NI No."),
             "NI number", _plain(nino)),
    IdFormat("upn", "unique pupil number", ("UPN", "unique pupil number", "UPN:"), "UPN", _plain(upn)),
    IdFormat("upn_bad", "unique pupil number (invalid check letter)", ("UPN", "UPN:", "Unique Pupil Number"), "UPN",
             _plain(lambda rng: upn(rng, valid=False)), needs_label=True),
    IdFormat("passport", "passport number", ("passport number", "passport no.", "passport"), "Passport",
             _person(_passport)),
    IdFormat("dvla", "driving licence number", ("driving licence number", "driving licence no.", "DVLA licence"),
             "Driving licence", _person(_dvla)),
    IdFormat("utr", "HMRC UTR", ("UTR", "Unique Taxpayer Reference", "HMRC UTR"), "UTR", _plain(utr),
             needs_label=True),
    IdFormat("trn", "HMRC TRN", ("TRN", "HMRC temporary reference number", "temporary reference number (TRN)"),
             "TRN", _plain(trn), needs_label=True),
    IdFormat("pnc", "PNC ID", ("PNC ID", "PNC", "PNC number"), "PNC ID", _with_year(pnc_id)),
    IdFormat("crn_probation", "probation case reference (CRN)", ("nDelius CRN", "probation CRN", "CRN"),
             "Probation CRN", _plain(probation_crn), needs_label=True),
    IdFormat("prison", "prison number", ("prison number", "prisoner number", "prison no."), "Prison number",
             _plain(prison_number), needs_label=True),
    IdFormat("case", "case-record ID", ("LCS ID", "LCS", "Mosaic ID", "Mosaic number", "Liquidlogic ID",
                                        "CareFirst ID", "EHM ref", "case record number", "client ID"),
             "LCS ID", _plain(case_record), needs_label=True),
    IdFormat("hospital", "hospital number", ("hospital number", "hospital no.", "MRN", "hospital record number"),
             "Hospital no.", _plain(hospital_number), needs_label=True),
]
CASE_IDS = [
    IdFormat("cris", "Metropolitan Police CRIS reference", ("CRIS", "CRIS ref", "CRIS number"), "CRIS",
             _with_year(cris), needs_label=True),
    IdFormat("athena", "police crime reference", ("crime reference", "crime ref.", "CRN", "crime number"),
             "Crime ref", _with_year(athena)),
    IdFormat("niche", "Niche occurrence number", ("Niche occurrence", "occurrence number", "OEL ref",
                                                   "occurrence no."), "Occurrence", _with_year(niche),
             needs_label=True),
    IdFormat("gmp", "police crime reference (CRI)", ("crime reference", "crime ref"), "Crime ref",
             _with_year(gmp_cri)),
    IdFormat("storm", "STORM/CAD incident log", ("STORM log", "incident log", "CAD", "STORM incident"),
             "Incident log", _person(_storm), needs_label=True),
    IdFormat("mfh", "missing-person report reference", ("MFH ref", "missing person report", "MISPER ref"),
             "MFH ref", _with_year(mfh)),
    IdFormat("custody", "custody record number", ("custody record", "custody number", "custody ref."),
             "Custody no.", _with_year(custody), needs_label=True),
    IdFormat("family_court", "family court case number", ("case number", "case no.", "care proceedings",
                                                           "court ref."), "Court no.", _with_year(family_court)),
    IdFormat("county_court", "county court claim number", ("claim number", "claim no.", "county court claim"),
             "Claim no.", _plain(county_court), needs_label=True),
    IdFormat("magistrates", "magistrates' court URN", ("URN", "magistrates' court ref.", "police URN"),
             "URN", _with_year(magistrates_urn), needs_label=True),
    IdFormat("crown", "Crown Court case number", ("Crown Court ref.", "Crown Court case", "case number"),
             "Crown Court no.", _with_year(crown_court)),
    IdFormat("housing", "housing reference", ("housing application", "housing ref.", "tenancy ref."),
             "Housing ref", _with_year(housing_reference)),
]
BY_KEY = {f.key: f for f in PERSON_IDS + CASE_IDS}
