"""People's names from Faker locales (and short lists written here), in every form authors use."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from faker import Faker

# Faker locale -> country code used for phone numbers, passports and places abroad.
LOCALES = {"en_GB": "GB", "en_IE": "IE", "ga_IE": "IE", "pl_PL": "PL", "ro_RO": "RO", "en_PK": "PK",
           "yo_NG": "NG", "en_NG": "NG", "ig_NG": "NG", "ha_NG": "NG", "en_IN": "IN", "pt_PT": "PT",
           "lt_LT": "LT", "tw_GH": "GH", "en_KE": "KE", "zu_ZA": "ZA"}
WEIGHTS = {"en_GB": 10, "en_IE": 2, "ga_IE": 1, "pl_PL": 3, "ro_RO": 2, "en_PK": 2, "yo_NG": 1, "en_NG": 1,
           "ig_NG": 1, "ha_NG": 1, "en_IN": 2, "pt_PT": 1, "lt_LT": 1, "tw_GH": 1, "en_KE": 1, "zu_ZA": 1}
# Transliterated Arabic and Somali names (Faker's Arabic locales write Arabic script; it has no Somali).
ARABIC = (("Yusuf", "Omar", "Khalid", "Tariq", "Bilal", "Hamza", "Ibrahim", "Zakariya", "Idris", "Mustafa"),
          ("Amira", "Layla", "Noor", "Yasmin", "Huda", "Mariam", "Safiya", "Rania", "Samira", "Aaliyah"),
          ("Al-Hashimi", "El-Sayed", "Haddad", "Mansour", "Nasser", "Qureshi", "Saleh", "Al-Amin", "Darwish",
           "Khalil"))
SOMALI = (("Abdirahman", "Mohamed", "Abdullahi", "Hassan", "Liban", "Guled", "Ayanle", "Warsame"),
          ("Hodan", "Ayaan", "Faadumo", "Ubah", "Sagal", "Hibaaq", "Ifrah", "Nimco"),
          ("Farah", "Warsame", "Abdi", "Osman", "Jama", "Hirsi", "Egal", "Aden"))
# First names and surnames that are also English words or places.
WORD_FIRST_F = ("Hope", "Rose", "Grace", "Summer", "Faith", "Joy", "Holly", "Ivy", "Amber", "Hazel", "Daisy",
                "Poppy", "Violet", "Autumn", "Skye", "Ruby", "Pearl", "Florence", "Chelsea", "Paris", "Sydney")
WORD_FIRST_M = ("Will", "Mark", "Bill", "Jack", "Frank", "Dean", "Guy", "Miles", "Rocky", "Chase", "Hunter",
                "Mason", "Lincoln", "Chester", "Austin", "Jordan", "Kent", "Reed", "Stone")
WORD_SURNAMES = ("Baker", "Green", "Hill", "Brown", "Fox", "Wood", "Church", "Hall", "Marsh", "Young", "King",
                 "Sharp", "Best", "Bird", "Cook", "Bell", "Lamb", "Moss", "Bush", "Rivers", "Banks", "Lane", "Field",
                 "Street", "Long", "Little", "Friend", "Lord", "Bishop", "Parish", "Preston", "Lancaster", "Buxton",
                 "Kendal", "Whitby", "Hastings", "Wakefield", "Stafford", "Ashford")
IRISH_PREFIX = ("O'", "Mc", "Mac")
HYPHEN_F = ("Kerry-Ann", "Mary-Jane", "Lily-Mae", "Ellie-May", "Anne-Marie", "Leigh-Ann", "Rosie-Leigh")
HYPHEN_M = ("Jean-Paul", "Tyler-James", "Alfie-Lee", "Jay-Jay", "Harley-Jay")


def is_latin(s: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in s) and "˜" not in s


@dataclass
class Person:
    eid: str
    first: str
    last: str
    female: bool
    locale: str
    role: str
    title: str = ""
    middle: str = ""
    dob: date | None = None
    initials: str = ""
    forms_used: set[str] = field(default_factory=set)
    introduced: bool = False

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def country(self) -> str:
        return LOCALES.get(self.locale, "GB")

    @property
    def titled(self) -> str:
        return f"{self.title} {self.last}" if self.title else self.full


class NameSource:
    """Draws names from many locales, never repeating a first name, surname or initials in one draft."""

    def __init__(self, rng: random.Random, reserved: set[str]) -> None:
        self.rng = rng
        self.fakers: dict[str, Faker] = {}
        self.reserved = reserved
        self.used_first: set[str] = set()
        self.used_last: set[str] = set()

    def faker(self, locale: str) -> Faker:
        if locale not in self.fakers:
            f = Faker(locale)
            f.seed_instance(self.rng.randrange(2**31))
            self.fakers[locale] = f
        return self.fakers[locale]

    def locale(self) -> str:
        locs = list(WEIGHTS)
        return self.rng.choices(locs, weights=[WEIGHTS[x] for x in locs])[0]

    def _ok(self, name: str) -> bool:
        return (bool(name) and is_latin(name) and len(name) > 1 and name not in self.reserved
                and not any(part in self.reserved for part in name.replace("-", " ").split())
                and "." not in name)

    def first(self, locale: str, female: bool) -> str:
        for _ in range(60):
            r = self.rng.random()
            if r < 0.06:
                name = self.rng.choice(WORD_FIRST_F if female else WORD_FIRST_M)
            elif r < 0.1:
                name = self.rng.choice(HYPHEN_F if female else HYPHEN_M)
            elif r < 0.14:
                name = self.rng.choice((ARABIC, SOMALI)[self.rng.randrange(2)][1 if female else 0])
            else:
                f = self.faker(locale)
                name = f.first_name_female() if female else f.first_name_male()
            if self._ok(name) and name not in self.used_first and " " not in name:
                self.used_first.add(name)
                return name
        raise RuntimeError("no first name")

    def last(self, locale: str) -> str:
        for _ in range(60):
            r = self.rng.random()
            if r < 0.07:
                name = self.rng.choice(WORD_SURNAMES)
            elif r < 0.11:
                name = self.rng.choice(IRISH_PREFIX) + self.faker("en_GB").last_name()
            elif r < 0.15:
                name = f"{self.faker('en_GB').last_name()}-{self.faker(locale).last_name()}"
            elif r < 0.18:
                name = self.rng.choice((ARABIC, SOMALI)[self.rng.randrange(2)][2])
            else:
                name = self.faker(locale).last_name()
            if self._ok(name) and name not in self.used_last:
                self.used_last.add(name)
                return name
        raise RuntimeError("no surname")
