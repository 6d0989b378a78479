"""The sections of each kind of review (overview report, rapid review, learning brief, board response)."""

from __future__ import annotations

from datetime import date

from benchmarks.gendraft import identifiers as ids
from benchmarks.gendraft import templates as tp
from benchmarks.gendraft.compose import MONTH_ABBR, PROF_ROLES, Composer, Skip
from benchmarks.gendraft.model import Doc, HiddenText, K, M, Para, Piece, Table, plain

KIND_TITLES = {"cspr": "Child Safeguarding Practice Review", "scr": "Serious Case Review",
               "brief": "Learning Brief", "rapid": "Rapid Review", "response": "Partnership Response"}


def build(seed: int, index: int, attempt: int = 0) -> Doc:
    """One complete draft (blocks, entities, hidden texts, register keep list)."""
    c = Composer(seed, index, attempt)
    c.cast_family()
    rng = c.rng
    pages = _target_pages(c)
    cover(c)
    kind = c.doc.kind
    if kind in ("cspr", "scr"):
        introduction(c, 1)
        key_people_table(c, 2)
        narrative(c, 3, max(4, pages * 7))
        analysis(c, 4, max(2, pages // 2))
        recommendations(c, 5, table=rng.random() < 0.5)
        references(c, 6)
        glossary(c)
    elif kind == "rapid":
        introduction(c, 1)
        key_people_table(c, 2)
        chronology_table(c, 3, max(6, pages * 10))
        analysis(c, 4, max(1, pages // 4))
    elif kind == "brief":
        brief(c, max(3, pages * 3))
    else:
        response(c, max(3, pages * 2))
    contact(c)
    hidden(c)
    c.doc.register_keep = [c.board, c.area.name, c.area.council, c.area.force.removeprefix("the "), c.author]
    c.doc.register_keep = [k for k in c.doc.register_keep if k]
    c.doc.info = {"kind": kind, "partly_anonymised": c.partly, "target_pages": pages,
                  "families": 1 + ("C3" in c.slots), "footnotes": c.footnotes, "split_names": c.doc.split_names,
                  "area": c.area.name}
    return c.doc


def _target_pages(c: Composer) -> int:
    r = c.rng.random()
    if c.doc.kind == "brief":
        return c.rng.randint(1, 3)
    if c.doc.kind == "response":
        return c.rng.randint(2, 5)
    if r < 0.55:
        return c.rng.randint(3, 12)
    if r < 0.85:
        return c.rng.randint(12, 30)
    return c.rng.randint(40, 70)


def cover(c: Composer) -> None:
    rng, doc = c.rng, c.doc
    board = c.board.upper() if rng.random() < 0.5 else c.board
    doc.add(Para([K(board, "publishing board")], "title"))
    doc.add(Para([KIND_TITLES[doc.kind] if doc.kind != "cspr" or rng.random() < 0.5 else c.review_name],
                 "subtitle"))
    doc.add(Para([rng.choice(["Overview Report", "Final Report", "Report", "Briefing"]) +
                  f" – DRAFT v{rng.randint(1, 6)} ({rng.choice(['NOT FOR PUBLICATION', 'RESTRICTED', 'panel only'])})"],
                 "subtitle"))
    if c.partly:
        doc.add(Para([K(c.existing_label, "case label already anonymised")], "cover"))
    else:
        ch = c.slots["C"]
        ch.introduced = True
        doc.add(Para([c.m(ch, ch.full.upper()) if rng.random() < 0.5 else c.m(ch, ch.full)], "cover"))
        if "C2" in c.slots and rng.random() < 0.5:
            s = c.slots["C2"]
            doc.add(Para([c.m(s, s.full)], "cover"))
    first_name = c.names.first("en_GB", rng.random() < 0.6)
    last_name = c.names.last("en_GB")
    c.author = f"{rng.choice(['Dr ', '', '', 'Professor '])}{first_name} {last_name}".strip()
    doc.add(Para(["Independent author: ", K(c.author, "named independent author")], "cover"))
    d = c.review_date
    doc.add(Para([K(f"{ids.MONTHS[d.month - 1]} {d.year}", "report date (month-year)")], "cover"))


def introduction(c: Composer, n: int) -> None:
    rng = c.rng
    c.heading(f"{n}. Introduction")
    ch = c.child_label()
    age = rng.randint(0, 16)
    intro: list[Piece] = ["This review concerns ", *ch, ", who was ",
                          K(f"aged {age}" if age else "aged 4 months", "age"),
                          " at the time of the incident that led to it."]
    c.para(intro, number=f"{n}.1")
    c.para(["The ", K(c.board, "publishing board"), " commissioned the review under ", K(rng.choice(tp.LAWS),
            "legislation"), ". The Rapid Review meeting was held on ",
            K(c.review_day(-rng.randint(200, 300)), "date about the review (meeting)"), "."], number=f"{n}.2")
    c.para([rng.choice(tp.GENERIC), " The panel met on ",
            K(c.review_day(-rng.randint(30, 150)), "date about the review (panel meeting)"), " and agreed the ",
            "terms of reference. This report was finalised on ",
            K(c.review_day(rng.randint(0, 20)), "date about the review (report date)"), "."], number=f"{n}.3")
    c.para(["Agencies that contributed to the review were:"], number=f"{n}.4")
    for agency in rng.sample(tp.AGENCY_TYPES, rng.randint(3, 6)):
        c.doc.add(Para([K(agency, "agency type")], "bullet"))
    c.doc.add(Para([K(c.area.council, "publishing local authority")], "bullet"))
    c.doc.add(Para([K(c.area.force.removeprefix("the "), "police force named openly")], "bullet"))
    if rng.random() < 0.6:
        c.doc.add(Para(c.org("SCHOOL"), "bullet"))
    note = c.footnote(["See ", K(rng.choice(tp.WEBSITES), "public website"), " for the national guidance."])
    c.para([rng.choice(tp.GENERIC), " The methodology followed national guidance.", note], number=f"{n}.5")


def key_people_table(c: Composer, n: int) -> None:
    rng = c.rng
    c.heading(f"{n}. {rng.choice(['Key individuals', 'The family', 'Family composition'])}")
    c.para([rng.choice(["Table 1 lists the people referred to in this report (to be removed before publication).",
                        "The family members referred to in this report are:"])])
    cols = rng.sample(["NHS number", "LCS ID", "UPN", "NI number", "Mosaic ID", "PNC ID"], rng.randint(1, 3))
    key = {"NHS number": "nhs", "LCS ID": "case", "UPN": "upn", "NI number": "nino", "Mosaic ID": "case",
           "PNC ID": "pnc"}
    rows: list[list[list[Piece]]] = [[["No."], ["Name"], ["Relationship"], ["Date of birth"], *[[x] for x in cols]]]
    members = [(s, p) for s, p in c.slots.items() if s in ("C", "C2", "C3", "M", "F", "YP", "G")]
    seen = set()
    style = rng.randrange(10**6)
    for i, (slot, p) in enumerate(members, 1):
        if p.eid in seen:
            continue
        seen.add(p.eid)
        num: list[Piece] = [K(str(i), "row number")] if rng.random() < 0.3 else [str(i)]
        row = [num, [c.m(p, p.full)], [p.role.capitalize()], c.dob(slot, style)]
        for col in cols:
            k = key[col]
            adult = slot in ("M", "F", "G")
            if (k == "upn" and adult) or (k == "nino" and not adult) or (k == "pnc" and slot not in ("F", "YP")):
                row.append(["–"])
            else:
                row.append(c.ident(k, slot))
        rows.append(row)
    c.doc.add(Table(rows))
    if not c.partly and rng.random() < 0.6:
        ch = c.slots["C"]
        c.heading([c.m(ch, ch.full.upper()), " – BACKGROUND"], 2)
    for i, t in enumerate(rng.sample(tp.ID_SENTENCES, rng.randint(3, 7)), 1):
        c.para(c.join(c.sentence([t]), c.sentence(tp.ANALYSIS)), number=f"{n}.{i}")
    if rng.random() < 0.5:
        c.para(["Records checked for this review:"])
        for label, template in rng.sample(RECORD_LIST, rng.randint(2, 4)):
            item = c.choose(lambda t=template: c.fill(t))
            if item:
                c.doc.add(Para([K(label, "agency type"), ": ", *item], "bullet"))


RECORD_LIST = [("the Police", "crime reference {ID_athena:case}"), ("Health", "NHS number {ID_nhs:C}"),
               ("Education", "UPN {ID_upn:C}"), ("Housing", "application {ID_housing:case}"),
               ("Children's Social Care", "LCS {ID_case:C}"), ("the Police", "custody record {ID_custody:case}"),
               ("the Probation Service", "CRN {ID_crn_probation:F}"), ("Health", "hospital number {ID_hospital:C}")]


def narrative(c: Composer, n: int, events: int) -> None:
    rng = c.rng
    c.heading(f"{n}. {rng.choice(['Narrative', 'Summary of agency involvement', 'What happened'])}")
    dates = c.timeline(events)
    per = max(3, len(dates) // rng.randint(2, 5))
    split_at = rng.randrange(len(dates)) if rng.random() < 0.6 else -1
    for i, when in enumerate(dates):
        if i % per == 0:
            end = dates[min(i + per, len(dates)) - 1]
            c.heading([f"Period {i // per + 1}: ", K(f"{ids.MONTHS[when.month - 1]} {when.year}", "month-year date"),
                       " to ", K(f"{ids.MONTHS[end.month - 1]} {end.year}", "month-year date")], 2)
        parts = [c.sentence(tp.EVENTS, when)]
        if i == split_at:
            parts.append(_split_sentence(c, when))
        r = rng.random()
        if r < 0.25:
            parts.append(c.sentence(tp.ID_SENTENCES, when))
        elif r < 0.55:
            parts.append([rng.choice(tp.ANALYSIS)])
        elif r < 0.65:
            parts.append(["This was in line with ", K(rng.choice(tp.LAWS), "legislation"), "."])
        elif r < 0.7:
            parts.append(["The child was ", K(f"aged {rng.randint(2, 16)} years", "age"), " at this point."])
        elif r < 0.75:
            parts.append(_citation_sentence(c))
        elif r < 0.8:
            parts.append(["By ", K(str(when.year + 1), "year"), " the concerns had become more serious."])
        body = c.join(*parts)
        if rng.random() < 0.04:
            body.append(c.footnote(c.sentence(tp.ID_SENTENCES, when)))
        c.para(body, number=f"{n}.{i + 1}")


def _split_sentence(c: Composer, when: date) -> list[Piece]:
    candidates = [p for p in c.people if p.introduced and p.role in ("mother", "father", "mother's partner",
                                                                         "subject child", "sibling")]
    if not candidates:
        return []
    p = c.rng.choice(candidates)
    return ["Later that month the family support worker spoke to ", *c.ref(p, allow_split=True),
            " about the concerns raised by the school, and a further visit was arranged."]


def _citation_sentence(c: Composer) -> list[Piece]:
    rng = c.rng
    a, b = rng.sample(tp.CITED, 2)
    year = rng.randint(2003, 2022)
    if rng.random() < 0.25:
        review = f"{c.cited_area.name} Safeguarding Children Partnership ({year})"
        return ["A similar pattern was found by the ", K(review, "other area's published review"), "."]
    form = rng.choice([f"{a[0]} et al. ({year})", f"{a[0]} and {b[0]} ({year})", f"{a[0]} ({year})",
                       f"({a[0]} and {b[0]}, {year})", f"{a[0]} {a[1]} ({year})"])
    return ["Research by ", K(form, "cited author"), " describes this pattern."]


def analysis(c: Composer, n: int, paras: int) -> None:
    rng = c.rng
    c.heading(f"{n}. {rng.choice(['Findings and analysis', 'Analysis', 'Key findings'])}")
    lp = 0
    for i in range(1, paras + 1):
        if i % 3 == 1:
            lp += 1
            c.heading([K(f"Learning Point {lp}", "numbered label"), ": ", rng.choice(tp.LEARNING_POINTS)], 2)
        elif rng.random() < 0.3:
            c.heading([K(rng.choice(tp.THEMES), "heading")], 2)
        parts = [[rng.choice(tp.ANALYSIS)], [rng.choice(tp.ANALYSIS)]]
        if rng.random() < 0.4:
            parts.append(c.sentence(tp.EVENTS, c.timeline(1)[0]))
        if rng.random() < 0.25:
            parts.append(_citation_sentence(c))
        if rng.random() < 0.2:
            parts.append(["This is consistent with ", K(f"Regulation {rng.randint(2, 12)}", "numbered label"),
                          " and with ", K(rng.choice(tp.LAWS), "legislation"), "."])
        if rng.random() < 0.15:
            region = rng.choice(["London", "the North West", "the North East", "the South West", "the Midlands"])
            parts.append(["Similar findings were reported by reviews in ", K(region, "national or regional place"),
                          "."])
        c.para(c.join(*parts), number=f"{n}.{i}")


def recommendations(c: Composer, n: int, table: bool) -> None:
    rng = c.rng
    c.heading(f"{n}. Recommendations")
    recs = rng.sample(tp.RECOMMENDATIONS, rng.randint(3, 7))
    if table:
        rows: list[list[list[Piece]]] = [[["No."], ["Recommendation"], ["Lead agency"], ["Timescale"]]]
        for i, r in enumerate(recs, 1):
            d = c.review_date
            rows.append([[K(str(i), "row number")] if rng.random() < 0.3 else [str(i)], [r],
                         [K(rng.choice(tp.AGENCY_TYPES), "agency type")],
                         [K(f"{MONTH_ABBR[(d.month + i) % 12]} {d.year + 1}", "month abbreviation and year")]])
        c.doc.add(Table(rows))
    else:
        for i, r in enumerate(recs, 1):
            c.para([K(f"Recommendation {i}", "numbered label"), ": ", r])


def references(c: Composer, n: int) -> None:
    rng = c.rng
    c.heading(f"{n}. References")
    for a in rng.sample(tp.CITED, rng.randint(3, 9)):
        year = rng.randint(1999, 2023)
        title, pub = rng.choice(tp.TITLES), rng.choice(tp.PUBLISHERS)
        style = rng.randrange(3)
        if style == 0:
            head = f"{a[0]} {a[1]} ({year})"
        elif style == 1:
            head = f"{a[0]} {a[1]}., ({year})"
        else:
            b = rng.choice(tp.CITED)
            head = f"{a[0]}, {a[1]}., {b[0]}, {b[1]}. et al. ({year})"
        c.doc.add(Para([K(head, "cited author"), f". {title}. {pub}."], "reference"))
    c.doc.add(Para(["Available at: ", K(rng.choice(tp.WEBSITES), "public website")], "reference"))


def glossary(c: Composer) -> None:
    rng = c.rng
    c.heading("Appendix 1: Glossary")
    rows: list[list[list[Piece]]] = [[["Term"], ["Meaning"]]]
    for abbr, full in rng.sample([("CAMHS", "Child and Adolescent Mental Health Services"),
                                  ("MASH", "Multi-Agency Safeguarding Hub"), ("IRO", "Independent Reviewing Officer"),
                                  ("LADO", "Local Authority Designated Officer"), ("CSC", "Children's Social Care"),
                                  ("DSL", "Designated Safeguarding Lead"), ("EHA", "Early Help Assessment"),
                                  ("YOS", "Youth Offending Service")], 5):
        rows.append([[K(abbr, "agency acronym")], [full]])
    c.doc.add(Table(rows))


def chronology_table(c: Composer, n: int, events: int) -> None:
    rng = c.rng
    c.heading(f"{n}. Chronology of agency involvement")
    rows: list[list[list[Piece]]] = [[["#"], ["Date"], ["Agency"], ["Event"]]]
    for i, when in enumerate(c.timeline(events), 1):
        date_cell = c.event_date(when, True)[1:]
        rows.append([[K(str(i), "row number")] if rng.random() < 0.3 else [str(i)], date_cell,
                     [K(rng.choice(tp.AGENCY_TYPES), "agency type")], c.sentence(tp.EVENTS, when)])
    c.doc.add(Table(rows))


def brief(c: Composer, events: int) -> None:
    rng = c.rng
    c.heading("Case summary")
    for when in c.timeline(events):
        c.para(c.join(c.sentence(tp.EVENTS, when), c.sentence(tp.ID_SENTENCES, when) if rng.random() < 0.3
                      else [rng.choice(tp.ANALYSIS)]))
    c.heading("What did we learn?")
    for lp in rng.sample(tp.LEARNING_POINTS, rng.randint(3, 6)):
        c.doc.add(Para([lp], "bullet"))
    c.heading("Further reading")
    for site in rng.sample(tp.WEBSITES, 2):
        c.doc.add(Para([K(site, "public website")], "bullet"))
    c.doc.add(Para(_citation_sentence(c), "body"))


def response(c: Composer, events: int) -> None:
    rng = c.rng
    c.heading("Response of the Partnership")
    c.para(["The ", K(c.board, "publishing board"), " accepts the findings of the review concerning ",
            *c.child_label(), ". The review was presented to the Partnership on ",
            K(c.review_day(rng.randint(5, 40)), "date about the review (meeting)"), "."])
    for when in c.timeline(events):
        c.para(c.sentence(tp.EVENTS, when))
    rows: list[list[list[Piece]]] = [[["No."], ["Recommendation"], ["Response"], ["Lead"]]]
    for i, r in enumerate(rng.sample(tp.RECOMMENDATIONS, rng.randint(3, 6)), 1):
        rows.append([[K(str(i), "row number")] if rng.random() < 0.3 else [str(i)], [r],
                     [rng.choice(["Accepted.", "Accepted in part.", "Complete."])],
                     [K(rng.choice(tp.AGENCY_TYPES), "agency type")]])
    c.doc.add(Table(rows))


def contact(c: Composer) -> None:
    rng = c.rng
    if rng.random() < 0.5:
        return
    bm = c.make_person("partnership business manager", "the Business Manager", rng.random() < 0.7,
                       c.names.locale(), title="Ms")
    c.doc.add(Para(["Comments on this draft to the Business Manager, ", *c.ref(bm), " (",
                    *c.simple_id_for(bm, "WORKEMAIL"), ", tel. ", *c.simple_id_for(bm, "PHONE"), ") by ",
                    K(c.review_day(rng.randint(-60, -10)), "date about the review (comments deadline)"), "."]))


def hidden(c: Composer) -> None:
    """Text outside draft.txt: the Word header and footer, core properties, PDF metadata and a sticky note."""
    rng, doc = c.rng, c.doc
    who = c.people[0] if c.people else None
    if who is None:
        return
    named = [p for p in c.people if p.forms_used]
    subject = rng.choice(named) if named else who
    abbr = "".join(w[0] for w in c.board.split() if w[0].isupper())
    header: list[Piece] = [f"DRAFT – {abbr} {c.review_name} re ", M(subject.eid, subject.full), " – RESTRICTED"]
    subject.forms_used.add(subject.full)
    doc.hidden.append(HiddenText("docx header", "content", header))
    footer: list[Piece] = [f"{c.board} – {c.review_name} (draft)"]
    if rng.random() < 0.5:
        footer = [*footer, " – ", *c.choose(lambda: c.ident("case", "C"))]
    doc.hidden.append(HiddenText("docx footer", "content", footer))
    prof = rng.choice([p for p in c.people if p.role not in ("subject child", "sibling")] or c.people)
    prof.forms_used.add(prof.full)
    doc.hidden.append(HiddenText("docx core properties", "title",
                                 [f"{c.review_name} – ", M(subject.eid, subject.full), " – draft"]))
    doc.hidden.append(HiddenText("docx core properties", "author", [M(prof.eid, prof.full)]))
    doc.hidden.append(HiddenText("docx core properties", "keywords",
                                 [M(subject.eid, subject.last), "; safeguarding; ",
                                  *c.choose(lambda: c.ident("case", "C"))]))
    doc.hidden.append(HiddenText("docx core properties", "lastModifiedBy", [M(prof.eid, prof.full)]))
    doc.hidden.append(HiddenText("pdf metadata", "title",
                                 [f"{c.review_name} – ", M(subject.eid, subject.full), " – draft"]))
    doc.hidden.append(HiddenText("pdf metadata", "author", [M(prof.eid, prof.full)]))
    doc.hidden.append(HiddenText("pdf metadata", "subject", [f"{c.review_name} – ", *c.choose(lambda: c.dob("C"))]))
    doc.hidden.append(HiddenText("pdf annotation", "content",
                                 ["Check this with ", M(subject.eid, subject.full), " – ",
                                  *c.choose(lambda: c.ident("nhs", "C"))]))
    doc.hidden.append(HiddenText("pdf annotation", "author", [M(prof.eid, prof.full)]))


__all__ = ["KIND_TITLES", "PROF_ROLES", "Skip", "build", "plain"]
