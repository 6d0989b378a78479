"""Names from many countries, each written in full once and then in a shorter form: is the shorter form found?

    .venv/bin/python benchmarks/name_sweep.py [--locales en_GB,pl_PL,…] [--results] [--show N]

A review names a person in full once ("the health visitor saw Dilcan Riley at home") and then by first name
("Later Dilcan said …") or title and surname ("Later Ms Riley said …"). This sweep takes every first name and
every surname of Faker's person lists in many locales (a source independent of ``recognizers/data``), writes
each into those two sentences (first names beside English surnames from Faker's en_GB list, surnames beside
ten common first names), analyses the text in paragraphs of 40 people with no register, every suggestion
accepted, and counts the shorter forms left uncovered: each is a name a published review would leak. A third
row writes each first name with a surname of its own locale in a sentence that gives no cue at all ("Later
Codrina Cole was seen at the clinic"): a full name only the name itself shows.

``--results`` writes the table into ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import write_section  # noqa: E402

LOCALES = ("en_GB,en_IE,en_IN,en_NZ,pl_PL,ro_RO,lt_LT,sk_SK,hu_HU,tr_TR,fa_IR,hi_IN,yo_NG,tw_GH,zu_ZA,"
           "it_IT,pt_PT,es_ES,fr_FR,de_DE,nl_NL,ga_IE")
FIRST_NAMES = ("Anna", "Maria", "Sarah", "Fatima", "Olena", "Grace", "Chloe", "Amira", "Joanna", "Ewa")
PER_TEXT = 40


def faker_names(locales: list[str], kind: str) -> list[str]:
    """Faker's first names or last names (``kind``) of every locale given, one word each, capitalised."""
    from faker import Faker

    found: set[str] = set()
    for locale in locales:
        try:
            provider = Faker(locale).provider("faker.providers.person")
        except AttributeError:
            continue  # a locale this Faker lacks
        for attr in (f"{kind}s", f"{kind}s_female", f"{kind}s_male"):
            names = getattr(provider, attr, None) or ()
            found.update(names.keys() if isinstance(names, dict) else names)
    return sorted(n for n in found if n[:1].isupper() and n.replace("-", "").replace("'", "").isalpha())


def own_locale_names(locales: list[str]) -> list[str]:
    """Each locale's first names, each with a surname of the same locale ("Codrina Cole" is not: "Codrina
    Popescu"), deterministic."""
    found: set[str] = set()
    for locale in locales:
        firsts, lasts = faker_names([locale], "first_name"), faker_names([locale], "last_name")
        if lasts:
            found.update(f"{f} {lasts[(7 * i) % len(lasts)]}" for i, f in enumerate(firsts))
    return sorted(found)


def english_surnames(count: int = 3000) -> list[str]:
    from faker import Faker

    fake = Faker("en_GB")
    fake.seed_instance(7)
    return sorted({fake.last_name() for _ in range(count)})


def sweep(names: list[str], sentence: Callable[[int, str], tuple[str, str]]) -> list[str]:
    """The names whose shorter form (the second string ``sentence`` gives, inside the first) is not covered."""
    from recognizers.keep import default_keep_phrases
    from redactor.analysis import Analyzer
    from redactor.entities import group
    from redactor.load import load

    analyzer = Analyzer()
    folder = Path(tempfile.mkdtemp(prefix="name-sweep-"))
    missed = []
    for k in range(0, len(names), PER_TEXT):
        batch = names[k:k + PER_TEXT]
        pairs = [sentence(k + i, n) for i, n in enumerate(batch)]
        text = "\n\n".join(p for p, _ in pairs) + "\n"
        (folder / "draft.txt").write_text(text, encoding="utf-8")
        doc = load(folder / "draft.txt")
        entities = group(doc, analyzer.analyze(doc), None, default_keep_phrases(doc, []))
        covered = bytearray(len(text))
        for e in entities:
            for m in e.mentions:
                covered[m.start:m.end] = b"\x01" * (m.end - m.start)
        pos = 0
        for name, (paragraph, short) in zip(batch, pairs, strict=True):
            at = text.index(paragraph, pos)
            pos = at + len(paragraph)
            start = at + paragraph.rindex(f"Later {short}") + len("Later ")
            if not all(covered[start:start + len(short)]):
                missed.append(name)
    return missed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--locales", default=LOCALES)
    ap.add_argument("--results", action="store_true", help="write the table into benchmarks/RESULTS.md")
    ap.add_argument("--show", type=int, default=60, help="list up to N missed names of each kind")
    args = ap.parse_args()
    locales = args.locales.split(",")
    surnames = english_surnames()
    firsts, lasts = faker_names(locales, "first_name"), faker_names(locales, "last_name")
    full_names = own_locale_names(locales)
    rows = []
    for label, names, sentence in (
            ("first name alone", firsts, lambda i, n: (
                f"The health visitor saw {n} {surnames[i % len(surnames)]} at home. Later {n} said she was tired.",
                n)),
            ("title and surname", lasts, lambda i, n: (
                f"The health visitor saw {FIRST_NAMES[i % 10]} {n} at home. Later Ms {n} said she was tired.",
                f"Ms {n}")),
            ("full name, no cue", full_names, lambda i, n: (
                f"The family was known to services. Later {n} was seen at the clinic.", n))):
        began = time.perf_counter()
        missed = sweep(names, sentence)
        rows.append((label, len(names), missed, time.perf_counter() - began))
        print(f"{label}: {len(missed)} of {len(names)} missed ({time.perf_counter() - began:.0f} s)")
        print("  " + " ".join(missed[:args.show]))
    if args.results:
        table = ["| form | names | missed | share found | missed (first 40) |", "|---|---:|---:|---:|---|"]
        for label, n, missed, _ in rows:
            table.append(f"| {label} | {n:,} | {len(missed)} | {1 - len(missed) / max(n, 1):.4f} | "
                         f"{', '.join(missed[:40])} |")
        write_section(ROOT / "benchmarks" / "RESULTS.md", "name-sweep", "\n".join([
            "# Name sweep (`benchmarks/name_sweep.py`)", "",
            f"Faker person lists of {len(locales)} locales ({', '.join(locales)}): each first name written in full "
            "beside an English surname, then alone (\"Later Dilcan said\"); each surname beside a common first "
            "name, then after a title (\"Later Ms Riley said\"); each first name with a surname of its own locale in a "
            "sentence with no cue (\"Later Codrina Popescu was seen at the clinic\"). Paragraphs of 40 people, no "
            "register.", "",
            *table]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
