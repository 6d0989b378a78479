"""Probe drafts written by helpers who never saw the project's code or data, put in the corpus layout.

``benchmarks/probe_drafts/`` holds 590 un-anonymised draft excerpts (1,200–2,000 words each). 30 were written in the
session of 6 December (night) in six themes: families of ten origins (A), identifiers as records write them (B), partly
anonymised drafts, chronology tables, e-mails and public material (C), the four UK nations' naming customs (D),
messy drafts (E) and local places and services (F). 65 more were written in the next session, in three batches,
each measured before it was read: health-led reviews of infants (G), adolescents and exploitation (H), adults' and
domestic homicide reviews (I), education, disability and children in care (J), drafts in transition (K); families'
names in many languages (L), chronology-heavy drafts (M), rural neglect (N), online harm (O); a mixed city review (P),
Scotland and Northern Ireland (Q), institutional abuse (R), older adults and carers (S). 45 more came in two further
held-out batches: neglect where parents have learning disabilities (T), sudden deaths in infancy and accidents (U),
youth justice and county lines (V), drafts assembled from agencies' IMRs (W), faith settings, tutors and clubs (X);
child sexual exploitation in towns (Y), private fostering, kinship care and immigration status (Z), disabled children
in residential settings (AB), teenage relationship abuse and digital evidence (AC). 25 more came in the session of 7
December (morning), measured before they were read: Welsh child practice reviews (AD), families moving between
Scotland, Northern Ireland and England (AE), online sexual abuse of pupils (AF), babies with non-accidental injuries
(AG), adolescent suicide and self-harm (AH); a second batch, measured before it was read, on neglect of large Gypsy,
Roma and Traveller families (AI), exploitation across London boroughs (AJ), foreign national workers killed and their
children (AK), babies in care proceedings (AL) and children with complex medical needs (AM). 25 more came in the
session of 7 December (05:05), measured before they were read: domestic homicides of parents by adult children with
mental illness (AN), children placed out of area in unregulated homes (AO), trafficked and exploited children (AP),
children missing education and home educated (AQ) and fabricated illness and hospital wards (AR). 25 more came in
the session of 7 December (07:44), measured before they were read: chronic neglect and hoarding in coastal and rural
towns (AS), armed forces families (AT), parents' drug use and drug-related deaths (AU), thematic reviews of several
families across councils and forces (AV) and intrafamilial sexual abuse before the criminal and family courts (AW).
25 more came in the session of 7 December (10:05), measured before they were read: children in domestic abuse refuges
moving between councils (AX), concealed pregnancies and unassisted births (AY), honour-based abuse, forced marriage
and FGM (AZ), children excluded from school (BA) and young carers and medical neglect of chronic illness (BB). 25 more
came in the session of 7 December (12:33), measured before they were read: homeless families in temporary
accommodation moved between boroughs (BC), children of parents in prison and on licence (BD), babies harmed by
mothers' new partners, "hidden men" (BE), teenage radicalisation and Prevent (BF) and children harmed in early years
settings (BG); and 25 written late in that session, measured on its start and end code and never read (the next
session's held-out start): disabled parents and direct payments (BH), sibling sexual abuse (BI), deaths in fires and
drownings (BJ), unaccompanied asylum-seeking children (BK) and parents with severe mental illness (BL). 25 more came
in the session of 7 December (14:41), measured before they were read: children harmed after adoption breakdown or
under special guardianship (BM), affluent families and boarding schools (BN), teenage parents who are in care or
care leavers (BO), seasonal and agricultural migrant workers' children in eastern England (BP) and children in secure
homes, young offender institutions and secure training centres (BQ); and 25 written during that session, measured
on its start and end code and never read (the next session's held-out start): children killed or hurt by dogs (BR),
adults in positions of trust (BS), eating disorders and Tier 4 beds (BT), South Asian heritage extended families in
northern towns (BU) and road deaths (BV); and 25 more written at that session's end, measured on its start and end
code and never read: parents' gambling and debt (BW), Orthodox Jewish and other closed faith communities (BX),
islands and Crown dependencies (BY), sextortion from abroad (BZ) and families who came through resettlement schemes
(CA). 25 more came in the session of 7 December (17:23), measured before they were read: Hong Kong, mainland Chinese
and Vietnamese heritage families (CB), families who moved from the Republic of Ireland (CC), showmen's, circus and
canal-boat families (CD), domestic abuse in same-sex couples and donor-conceived children (CE) and student parents and
university staff (CF); and 25 written during that session, measured on its start and end code and never read (the
next session's held-out start): babies in maternity and neonatal care (CG), cuckooing in seaside towns (CH), damp,
mouldy and unsafe rented housing (CI), elderly kinship carers (CJ) and migrant warehouse workers' children (CK). 25
more came in the session of 7 December (19:38), measured before they were read: children harmed in sport (CL),
separated parents' child arrangements disputes (CM), Deaf parents and Deaf children (CN), parents who work in
safeguarding professions (CO) and children taken abroad (CP); and 25 written during that session, measured on its
start and end code and never read (the next session's held-out start): adultification and strip searches of Black
children (CQ), teenagers killed or hurt in knife attacks (CR), children whose mothers sell sex (CS), children bereaved
by a parent's suicide (CT) and 16- and 17-year-olds in supported accommodation (CU). 25 more came in the session of
7 December (22:10), measured before they were read: families with no recourse to public funds (CV), young children who
swallowed their parents' drugs (CW), children killed by a parent after separation (CX), disabled children harmed by
school transport drivers and escorts (CY) and asylum-seeking families in contingency hotels (CZ); and 25 written during
that session, measured on its start and end code and never read (the next session's held-out start): under-18
recruits in the armed forces (DA), children "not brought" to health appointments (DB), women who exploit or abuse
children (DC), twins and triplets where one was harmed (DD) and children who interpret for their parents (DE). 50 more
came in the session of 8 December: 25 measured on its start and end code and never read (its held-out set): parents'
alcohol dependency in market towns (DF), mothers' partners who were registered sex offenders managed under MAPPA (DG),
teenagers missing from foster care and exploited around stations (DH), children in cannabis farms (DI) and families
living in caravans on holiday parks (DJ); and 25 measured before they were read: court-ordered and supervised contact
(DK), children working in family-run takeaways and shops (DL), accidents on farms and in rural family businesses
(DM), babies of young fathers who were care leavers (DN) and lodgers and sofa-surfers in overcrowded homes (DO).
Each has its
``draft.txt`` and a ``truth.json`` of its writer: every surface form of every identifying entity, with a pseudonym,
and phrases that must stay. Their truth is the writer's judgement, not the corpus's: a police force or a day-precise
chronology date may be marked where the corpus would not.

This module writes them in the corpus layout (mentions at every word-bounded occurrence of a form, longest first;
keep spans; a register of the pseudonymised entities, their upper-case forms left out as the corpus's registers
leave them; the text with the truth applied as the published text; a Word file and its LibreOffice PDF), so that
``generalisation.py --corpus OUT --dev-only`` runs them like the dev set::

    .venv/bin/python benchmarks/probe_corpus.py /tmp/probes
    .venv/bin/python benchmarks/generalisation.py --seed 1 --dev-only --corpus /tmp/probes --formats txt,docx,pdf

A second argument names another folder of probes in the same layout (new, held-out ones kept outside the repository).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.reseed import write_office  # noqa: E402

PROBES = ROOT / "benchmarks" / "probe_drafts"


def spans_of_form(text: str, form: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w]){re.escape(form)}(?![\w])", text)]


def corpus_truth(text: str, probe: dict[str, Any], doc_id: str) -> dict[str, Any]:
    """The corpus's ``truth.json`` for a probe's draft text and its writer's truth."""
    entities, forms = [], []
    for i, e in enumerate(probe["entities"], 1):
        redact = e.get("pseudonym", "[redacted]") == "[redacted]" or e["type"] in ("IDENTIFIER", "DATE")
        entities.append({"id": f"E{i}", "type": e["type"], "role": e.get("role", ""), "canonical": e["canonical"],
                         "variants": e["variants"], "pseudonym": "[redacted]" if redact else e["pseudonym"],
                         "action": "redact" if redact else "pseudonymise"})
        forms += [(v, f"E{i}") for v in e["variants"]]
    mentions: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    for form, eid in sorted(forms, key=lambda f: -len(f[0])):
        for s, e in spans_of_form(text, form):
            if not any(a < e and s < b for a, b in taken):
                taken.append((s, e))
                mentions.append({"start": s, "end": e, "text": text[s:e], "entity_id": eid})
    mentions.sort(key=lambda m: m["start"])
    keep = [{"start": s, "end": e, "text": k, "reason": "probe keep"} for k in probe.get("keep", [])
            for s, e in spans_of_form(text, k) if not any(a < e and s < b for a, b in taken)]
    by_id = {e["id"]: e for e in entities}
    published, last = [], 0
    for m in mentions:
        published += [text[last:m["start"]], by_id[m["entity_id"]]["pseudonym"]]
        last = m["end"]
    published.append(text[last:])
    return {"doc_id": doc_id, "source_seed": "benchmarks/probe_drafts", "split": "probe", "entities": entities,
            "mentions": mentions, "keep": keep, "hidden": [], "published_text": "".join(published)}


def register(truth: dict[str, Any]) -> dict[str, Any]:
    """The case register a reviewer would type: the pseudonymised entities, without upper-case heading forms."""
    return {"entities": [{"name": e["canonical"], "type": e["type"], "pseudonym": e["pseudonym"],
                          "variants": [v for v in e["variants"] if v != e["canonical"]
                                       and not (v.isupper() and len(v) > 3)]}
                         for e in truth["entities"] if e["action"] == "pseudonymise"], "keep": []}


def write(probe_dir: Path, out: Path, formats: tuple[str, ...] = ("docx", "pdf")) -> Path:
    """One probe in the corpus layout under ``out``."""
    text = (probe_dir / "draft.txt").read_text(encoding="utf-8")
    truth = corpus_truth(text, json.loads((probe_dir / "truth.json").read_text(encoding="utf-8")), probe_dir.name)
    folder = out / probe_dir.name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "draft.txt").write_text(text, encoding="utf-8")
    (folder / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False), encoding="utf-8")
    (folder / "register.yaml").write_text(yaml.safe_dump(register(truth), allow_unicode=True, sort_keys=False),
                                          encoding="utf-8")
    if formats:
        write_office(folder, formats)
    return folder


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("probe-corpus")
    source = Path(sys.argv[2]) if len(sys.argv) > 2 else PROBES
    for probe_dir in sorted(p for p in source.iterdir() if (p / "truth.json").exists()):
        folder = write(probe_dir, out)
        print(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
