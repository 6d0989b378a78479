"""The case register: confirmed entities with their pseudonyms, the keep list, and pseudonym formats."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal, get_args

import yaml

from recognizers.titles import DOCTOR, PERSONAL, titles
from redactor.atomic import atomic_write_bytes
from redactor.errors import RegisterError
from redactor.types import EntityType

REDACTED: Final = "[redacted]"

# What kind of thing an entity is, for suggesting a pseudonym in published style.
Kind = Literal[
    "child", "adult", "person", "local_authority", "police_force", "school", "hospital", "gp",
    "childrens_home", "organisation", "place", "address", "date_of_birth", "date", "identifier",
]

# Pseudonym formats, defined once. ``{letter}`` counts A, B, …, Z, AA …; ``{n}`` counts 1, 2, ….
PSEUDONYM_FORMATS: Final[dict[str, str]] = {
    "child": "Child {letter}",
    "adult": "Adult {letter}",
    "person": "Adult {letter}",
    "local_authority": "LA{n}",
    "police_force": "Police Force {n}",
    "school": "School {n}",
    "hospital": "Hospital {n}",
    "gp": "GP Practice {n}",
    "childrens_home": "Children's Home {n}",
    "organisation": "Organisation {n}",
    "place": "Place {n}",
}
# Kinds that are always replaced by the plain redaction marker.
REDACT_KINDS: Final = frozenset({"address", "date_of_birth", "identifier"})

_ENTITY_TYPES: Final = frozenset(get_args(EntityType))
_TITLES: Final = titles(PERSONAL, DOCTOR)
# What a pseudonym says of whom it stands for ("his mother", "Father", "Child A"), and what a title says.
_SEX_CUES: Final = {
    "child": frozenset({"child", "baby", "infant", "young", "sibling", "son", "daughter", "boy", "girl", "yp"}),
    "female": frozenset({"mother", "mum", "grandmother", "nan", "aunt", "sister", "stepmother", "woman", "wife",
                         "girlfriend", "ms", "mrs", "miss", "female"}),
    "male": frozenset({"father", "dad", "grandfather", "uncle", "brother", "stepfather", "man", "husband",
                       "boyfriend", "mr", "male"}),
}
_TITLE_SEX: Final = {"Mr": "male", "Mrs": "female", "Ms": "female", "Miss": "female"}


@dataclass(slots=True)
class RegisterEntry:
    """One confirmed entity.

    Attributes:
        name: Canonical name, as the reviewer typed it.
        type: PERSON, LOCATION, ORGANISATION, DATE or IDENTIFIER.
        pseudonym: Text that replaces every mention (``[redacted]`` for plain redaction).
        variants: Other surface forms the reviewer listed.
        extra: Any further YAML fields, kept so a save does not lose them.
    """

    name: str
    type: EntityType
    pseudonym: str
    variants: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def forms(self) -> list[str]:
        """The name and variants, without duplicates, in the order given."""
        return list(dict.fromkeys(f for f in [self.name, *self.variants] if f.strip()))

    def derived_forms(self) -> list[str]:
        """Forms the reviewer did not type but that name the same person.

        For a plain personal name of two or three words, with or without a title ("Chloe Hartley",
        "Dr Anna Kowalczyk"): the first name on its own (it may stand alone, as where a page
        break splits the name), the surname, title + surname ("Miss Hartley", "Mr Hartley", …) and
        first name + surname. Other entities get none.
        """
        if self.type != "PERSON":
            return []
        words = self.name.split()
        if words and words[0].rstrip(".") in _TITLES:
            words = words[1:]
        if not 2 <= len(words) <= 3 or any(w.lower() in ("and", "&", "the") for w in words):
            return []
        if not all(w[:1].isupper() for w in words):
            return []
        first, last = words[0], words[-1]
        derived = [first, last, *(f"{t} {last}" for t in _TITLES), f"{first} {last}",
                   f"{first[0]}. {last}", f"{first[0]} {last}"]  # "K. Walsh", "K Walsh": the initial and surname
        return [d for d in dict.fromkeys(derived) if d not in self.forms()]

    def surname(self) -> str | None:
        """The last word of a plain personal name ("Walsh" of "Kerry Walsh"), else ``None``."""
        words = [w for w in self.name.split() if w.rstrip(".") not in _TITLES]
        return words[-1] if self.type == "PERSON" and len(words) >= 2 and words[-1][:1].isupper() else None

    def sex(self) -> str | None:
        """"child", "female" or "male" where the pseudonym says so ("Child A", "his mother", "Father"), else None."""
        words = {w.casefold() for w in re.findall(r"[A-Za-z]+", self.pseudonym)}
        for sex, cues in _SEX_CUES.items():
            if words & cues:
                return sex
        return None


@dataclass(slots=True)
class Register:
    """The case's confirmed decisions, read from and written to YAML."""

    entries: list[RegisterEntry] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def titled_owner(self, title: str, surname: str) -> RegisterEntry | None:
        """Whose "Ms Walsh" it is, where several people the register names share the surname: the one whose
        pseudonym fits the title ("his mother" for "Ms", "Father" for "Mr"; no child), if only one does."""
        sharing = [e for e in self.entries if e.surname() == surname]
        if len(sharing) < 2:
            return None
        want = _TITLE_SEX.get(title.rstrip("."))
        fits = [e for e in sharing if e.sex() != "child" and (want is None or e.sex() in (want, None))]
        exact = [e for e in fits if want is not None and e.sex() == want]
        if len(exact) == 1:
            return exact[0]
        return fits[0] if len(fits) == 1 else None

    @classmethod
    def load(cls, path: Path) -> Register:
        """Read a register file.

        Raises:
            RegisterError: Missing file, bad YAML, or an entry without name/type/pseudonym.
        """
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise RegisterError(f"register {path}: no such file") from exc
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise RegisterError(f"register {path}: not valid YAML ({str(exc).splitlines()[0]})") from exc
        return cls.from_dict(data or {}, str(path))

    @classmethod
    def from_dict(cls, data: Any, source: str = "register") -> Register:
        """Build a register from parsed YAML.

        Raises:
            RegisterError: Malformed content, naming the offending entry.
        """
        if not isinstance(data, dict):
            raise RegisterError(f"{source}: expected a mapping with 'entities' and 'keep'")
        entries: list[RegisterEntry] = []
        for i, raw in enumerate(data.get("entities") or [], start=1):
            if not isinstance(raw, dict):
                raise RegisterError(f"{source}: entity {i} is not a mapping")
            raw = dict(raw)
            name, etype, pseudonym = raw.pop("name", None), raw.pop("type", None), raw.pop("pseudonym", None)
            variants = raw.pop("variants", None) or []
            if not isinstance(name, str) or not name.strip():
                raise RegisterError(f"{source}: entity {i} has no name")
            if etype not in _ENTITY_TYPES:
                raise RegisterError(f"{source}: entity {name!r} has type {etype!r}; use one of "
                                    + ", ".join(sorted(_ENTITY_TYPES)))
            if not isinstance(pseudonym, str) or not pseudonym.strip():
                raise RegisterError(f"{source}: entity {name!r} has no pseudonym")
            if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
                raise RegisterError(f"{source}: entity {name!r}: variants must be a list of strings")
            entries.append(RegisterEntry(name.strip(), etype, pseudonym.strip(),
                                         [v.strip() for v in variants if v.strip()], raw))
        keep = data.get("keep") or []
        if not isinstance(keep, list) or not all(isinstance(k, str) for k in keep):
            raise RegisterError(f"{source}: keep must be a list of strings")
        extra = {k: v for k, v in data.items() if k not in ("entities", "keep")}
        return cls(entries, [k.strip() for k in keep if k.strip()], extra)

    def to_dict(self) -> dict[str, Any]:
        """The YAML shape: ``entities`` then ``keep`` then any other fields."""
        entities = []
        for e in self.entries:
            item: dict[str, Any] = {"name": e.name, "type": e.type, "pseudonym": e.pseudonym,
                                    "variants": list(e.variants)}
            item.update(e.extra)
            entities.append(item)
        return {"entities": entities, "keep": list(self.keep), **self.extra}

    def save(self, path: Path) -> None:
        """Write the register atomically (a crash never leaves a half-written file)."""
        text = yaml.safe_dump(self.to_dict(), sort_keys=False, allow_unicode=True, width=100)
        atomic_write_bytes(path, text.encode("utf-8"))


class PseudonymAllocator:
    """Hands out the next unused pseudonym of each kind (Child A, Child B, LA1, LA2, …).

    Pseudonyms already in the register are never handed out again, so suggestions never
    collide with the reviewer's choices. A label whose letters are a replaced form ("Adult AB" where
    the draft abbreviates someone "AB") is skipped too: it would read as that person's initials.
    """

    def __init__(self, taken: list[str] | None = None, avoid: Iterable[str] = ()) -> None:
        self._taken = {t.casefold() for t in taken or []}
        self._avoid = {a.casefold() for a in avoid}
        self._next: dict[str, int] = {}

    def allocate(self, kind: str) -> str:
        """The next free pseudonym for ``kind`` (``[redacted]`` for identifiers, addresses, DOBs)."""
        if kind in REDACT_KINDS:
            return REDACTED
        fmt = PSEUDONYM_FORMATS.get(kind, PSEUDONYM_FORMATS["organisation"])
        while True:
            n = self._next.get(fmt, 0) + 1
            self._next[fmt] = n
            candidate = fmt.format(n=n, letter=_letters(n))
            held = _letters(n).casefold() in self._avoid and "{letter}" in fmt
            if candidate.casefold() not in self._taken and not held:
                self._taken.add(candidate.casefold())
                return candidate


def _letters(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out
