"""People a review names because of a public office: its authors, reviewers and chairs, ministers and
commissioners, and anyone written with academic or honorary post-nominals.

A published review keeps "Author: Jane Smith", "Jane Smith, Independent Chair of the Partnership",
"Report by: JANE SMITH (NSPCC)", "Lead Reviewer Dr Jane Smith", "the Minister of State, Jane Smith," and
"Jane Smith MSc, PhD": these people are named because of the role they had in the review or in public
life, never because of the family. A named professional in the case ("the social worker Jane Smith",
"the conference chair Jane Smith", "the Independent Reviewing Officer") is not public, so the roles
here are the review's own (author, reviewer, panel or board chair) and public offices only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from recognizers import gazetteer as gz
from recognizers.cue_lines import on_cue_lines
from recognizers.dates import MONTH_NUMBERS
from recognizers.titles import CIVIC, DOCTOR, HONOURS, NURSING, PERSONAL, POLICE_RANKS, PROFESSOR, alternation

# Post-nominal letters: degrees, professional qualifications and registrations, honours. Written after
# a full name they mark a professional's signature line, never a family member.
POST_NOMINALS: Final = frozenset({
    "BA", "BSc", "BEd", "BPhil", "BCL", "LLB", "LLM", "MA", "MSc", "MEd", "MPhil", "MRes", "MBA", "MPA", "MSW",
    "MBChB", "MBBS", "MB", "ChB", "BS", "BM", "MD", "PhD", "DPhil", "EdD", "DClinPsy", "DSW", "DProf",
    "PGCE", "PgCert", "PGCert", "PgDip", "PGDip", "PG", "Dip", "DipSW", "CQSW", "CSS", "AASW", "ASW", "RSW",
    "RGN", "RSCN", "RMN", "RNLD", "RHV", "SCPHN", "RM", "RN", "FRCPCH", "MRCPCH", "FRCP", "MRCP", "MRCGP",
    "FRCGP", "FRCPsych", "MRCPsych", "FRCS", "FFPH", "CPsychol", "AFBPsS", "HCPC", "OBE", "MBE", "CBE", "MP", "MSP",
    "DBE", "KBE", "QPM", "QFSM", "KPM", "JP", "DL", "QC", "KC", "FRSA", "FHEA", "SFHEA", "Hons", "Cantab",
    "Oxon", "HE",
})
# Post-nominals that alone could be someone's initials ("Jane Smith MA" is rare, "Jane Smith (MA)" an
# abbreviation): they count only beside another post-nominal.
WEAK_POST_NOMINALS: Final = frozenset({"BA", "MA", "BS", "BM", "MB", "MD", "RN", "RM", "JP", "DL", "PG", "HE",
                                        "Dip", "Hons", "KC", "QC", "ASW", "CSS"})
# The same letters written with full stops ("C.B.E.", "Q.P.M."), as older reports print honours, and degrees by
# their parts ("M.Sc.", "Ph.D.", "B.Ed.").
# (The last full stop is optional, as after any post-nominal: a name's guess may end before it.)
_DOTTED: Final = tuple(sorted({
    *(r"\.".join(p) for p in POST_NOMINALS if p.isupper() and 2 <= len(p) <= 5),
    *(r"\.".join(re.findall(r"[A-Z][a-z]*", p)) for p in POST_NOMINALS
      if not p.isupper() and re.fullmatch(r"(?:[A-Z][a-z]{0,2}){2,3}", p))}))


def _longest_first(alternatives: Iterable[str]) -> list[str]:
    """Longest first, then alphabetical: the patterns' text is the same in every run, whatever a set's order."""
    return sorted(alternatives, key=lambda p: (-len(p), p))


_POST_NOMINAL: Final = r"(?:\(?(?:" + "|".join(_longest_first(
    [*_DOTTED, *(re.escape(p) for p in POST_NOMINALS)])) + \
    r")\)?\.?(?:[ \t]*\((?:Hons|Oxon|Cantab)\.?\))?)"
# (… no reference's letters: "MP/22/004417" is a missing person's report)
_POST_NOMINALS_RUN: Final = re.compile(rf"(?:[ \t]*,?[ \t]*{_POST_NOMINAL}(?![\w/]))+")
# A degree written by its dotted parts ("M.Sc.", "Ph.D."), which no one's initials and surname are.
DOTTED_DEGREE: Final = re.compile("(?:" + "|".join(_longest_first(d for d in _DOTTED if not d.isupper())) +
                                  r")\.?(?![\w'\u2019-])")
POST_NOMINALS_TAIL: Final = re.compile(rf"(?:[ \t]*,?[ \t]*{_POST_NOMINAL}(?![\w/]))+[ \t]*$")

_TITLE: Final = rf"(?:(?:{alternation(PERSONAL, DOCTOR, PROFESSOR, HONOURS, CIVIC)}|Rt\.?[ \t]+Hon\.?)\.?[ \t]+)"
_POST_NOMINAL_WORD: Final = r"(?:" + "|".join(_longest_first([*_DOTTED, *POST_NOMINALS])) + \
    r")(?![\w'\u2019-])"
# A name word: capitalised (or in capitals), and not post-nominal letters ("PhD").
_WORD: Final = rf"(?:(?!{_POST_NOMINAL_WORD})[A-Z\u00c0-\u00d6\u00d8-\u00de][^\W\d_]*(?:['\u2019-][^\W\d_]+)*)"
_PARTICLE: Final = r"(?:(?:de|van|von|der|den|le|la|da|du|di|al|bin|ibn|ap|ní|nic|mac)[ \t]+)"
# A full name on one line: two to four capitalised words (or capitals: "JANE SMITH").
_FULL_NAME: Final = rf"{_TITLE}?{_WORD}(?:[ \t]+{_PARTICLE}{{0,2}}{_WORD}){{1,3}}"

# The review's own roles (author, reviewer, panel or board chair) and public offices. A conference
# chair, an Independent Reviewing Officer or an "Independent Child Protection Chair" is not one of them,
# nor the board's business manager, whom a draft names as the contact for comments (with an e-mail
# address and phone number that are redacted anyway): replacing that name costs the review nothing.
_ROLE: Final = (
    # (not an agency's own report's author, a practitioner there: "IMR author: X", "Police IMR (author DI X)")
    r"(?<!\bIMR[ \t])(?<!\bIMR[ \t]\()(?<!\bIMRs[ \t])"
    r"(?:independent[ \t]+)?(?:(?:lead|overview|review|report|serious[ \t]+case|sar|dhr|l?cspr|scr)[ \t]+){0,3}"
    r"(?:co-?)?(?:author|reviewer|writer)s?(?:\b|(?-i:(?=[A-Z][a-z])))"  # "Report AuthorJane Smith": no space
    r"|independent[ \t]+(?:(?:overview|review|serious[ \t]+case)[ \t]+)?"
    r"(?:chair(?:person|man|woman)?|person|scrutineer|consultant)\b"
    # (not a case's conference chair: "Independent Chair of the (Review) Child Protection Conference")
    r"(?![ \t]+(?:of|for)[ \t]+(?:the[ \t]+|an?[ \t]+)?(?:(?:initial|review|case)[ \t]+)?"
    r"(?:child[ \t]+protection[ \t]+)?(?:conference|case[ \t]+conference|icpc|rcpc|core[ \t]+group))"
    # "Mayor" alone may be a surname ("Lisa Jane Mayor"): a deputy mayor, or the mayor of a place
    r"|our[ \t]+(?:independent[ \t]+)?(?:co-?)?chair(?:person|man|woman)?s?\b|deputy[ \t]+mayor\b|mayor(?=[ \t]+of\b)"
    r"|(?:(?:review[ \t]+)?panel|board|partnership)[ \t]+(?:co-?)?chairs?\b"
    # the board's chair as news and minutes name them: "the board's chairman, X", "QSCB chair X" (a board's
    # capitals hold S and B, C or P: "ICPC chair" is a conference's)
    r"|(?:board|partnership|committee)['\u2019]s[ \t]+chair(?:person|man|woman)?\b"
    r"|(?-i:(?=[A-Z]{3,6}[ \t])[A-Z]*S[BCP][A-Z]*)[ \t]+chair(?:person|man|woman)?\b"
    # (a portfolio in lower case between the office and the name: "Cabinet member for children's services X")
    r"|(?:cabinet|lead)[ \t]+member[ \t]+for\b(?:(?-i:[ \t]+[a-z'\u2019]+){1,4}(?=[ \t]+[A-Z]))?"
    r"|portfolio[ \t]+holder\b"
    # a council's chief executive (not a nursery's or a charity's, which may be in the case)
    r"|(?:council|authority)['\u2019]s[ \t]+chief[ \t]+executive\b"
    r"|chief[ \t]+executive[ \t]+of[ \t]+(?:the[ \t]+)?(?:[a-z&'\u2019-]+[ \t]+){0,4}(?:council|authority)\b"
    r"|(?:(?:interim|acting|vice|deputy)[ \t-]+)?chair(?:person|man|woman)?[ \t]+of[ \t]+"
    r"(?:the[ \t]+|that[ \t]+|this[ \t]+)?(?:[a-z&'\u2019]+[ \t]+){0,8}"
    r"(?:board|partnership|panel|review|[a-z]{0,4}sc[bp]|(?:child|adult|public)[ \t]+protection[ \t]+committees?"
    r"|chief[ \t]+officers['\u2019]?[ \t]+group)\b(?![ \t]+(?:child[ \t]+protection[ \t]+)?conference)"
    # (a government's minister is "for" something or "of State"; a chapel's "minister of Capel Bethel" is in the case)
    r"|(?:(?:parliamentary[ \t]+)?under[ \t]+)?secretary[ \t]+of[ \t]+state\b|minister\b(?![ \t]+of[ \t]+(?!state\b))"
    r"|commissioner\b"
    # a commissioner by its remit ("the Children's Commissioner", "Police and Crime Commissioner")
    r"|(?:children['\u2019]?s|victims['\u2019]?|domestic[ \t]+abuse|police[ \t]+and[ \t]+crime|(?:independent[ \t]+)?"
    r"anti-slavery|information|equality|social[ \t]+mobility)[ \t]+commissioner\b"
    r"|(?:education|home|health|justice|foreign|culture|communities|shadow(?:[ \t]+[a-z]+)?)[ \t]+secretary\b"
    r"|chief[ \t]+constable\b|director[ \t]+of[ \t]+children['\u2019]?s[ \t]+services\b"
    r"|national[ \t]+director\b|director[ \t]+general\b"
    r"|(?:hm|h\.m\.|(?:her|his)[ \t]+majesty['\u2019]?s)[ \t]+chief[ \t]+inspector\b"
    r"|(?:vice[ \t-]+)?president\b"  # of a national body or court ("ADCS president X"); no one in a case is one
    # a council's or board's committee or democratic services officer, as minutes and agendas name them
    r"|(?:committee|democratic[ \t]+services|governance)[ \t]+(?:officer|manager|adviser|advisor)\b"
)
# "Author: X", "Lead Reviewer X", "Report by: X", "Independent Reviewers X and Y", "the Minister of State, X".
_ROLE_BEFORE: Final = re.compile(
    rf"(?i:\b(?:{_ROLE})(?:[ \t]+(?:of|for)[ \t]+(?:(?!and\b)[a-z'\u2019 ]){{3,40}}?)?(?:[ \t]+(?:was|were|is|are))?"
    r"|\b(?:report|review|summary|overview)[ \t]+(?:\([A-Z]{2,8}\)[ \t]+)?(?:(?:was|has[ \t]+been)[ \t]+)?"
    r"(?:prepared[ \t]+|written[ \t]+|authored[ \t]+|endorsed[ \t]+|compiled[ \t]+|produced[ \t]+"
    r"|undertaken[ \t]+|conducted[ \t]+|carried[ \t]+out[ \t]+|led[ \t]+)?by"
    r"|\b(?:prepared|authored|endorsed|compiled)[ \t]+by|\b(?:foreword|preface)[ \t]+(?:written[ \t]+)?by"
    # the board's chair on the line below the board's name, as a cover gives it ("… Children Board" / "Chair X")
    r"|(?:safeguarding[ \t]+(?:children['\u2019]?s?[ \t]+)?(?:board|partnership)|\bl?sc[bp])\b[^\n]{0,40}\n[ \t]*"
    r"(?:independent[ \t]+)?chair(?:person|man|woman)?\b)"
    # "… carried out by Independent Reviewers X and Y", "Foreword by Chair, X": the role after "by"
    r"(?:[ \t]+(?i:(?:the[ \t]+)?(?:independent[ \t]+)?(?:lead[ \t]+)?(?:reviewer|author|writer|chair)s?)\b)?"
    # (their part of the review in brackets: "Co-reviewer (policing): X")
    r"(?:[ \t]*\([A-Z]{2,8}\)|[ \t]*\((?-i:[a-z][a-z ,&-]{2,30})\))?"
    r"[ \t]*(?::-?|[\u2013\u2014-]|,)?[ \t]*(?:\n[ \t]*){0,2}"
    rf"(?P<name>{_FULL_NAME})"
)
# The same roles after the name: "X, Independent Chair of …", "X - Independent Chair of …", "X Independent Author",
# "X (NSPCC) Lead Reviewer", "X (Chair of the Panel)", "X, one of the Lead Reviewers,".
_ROLE_AFTER: Final = re.compile(
    rf"[ \t]*(?:,|[-\u2013\u2014])?[ \t]*(?:\([A-Za-z]{{2,10}}\)[ \t]*,?[ \t]*)?\(?(?:one[ \t]+of[ \t]+)?"
    # ("the" before a role in lower case only after a comma, dash or bracket: "Without Ms X the reviewer believes"
    # is the sentence's subject; "said X the Independent Chair of …" is X's office)
    r"(?:(?:(?<=[,(\u2013\u2014-])|(?<=[,(\u2013\u2014-][ \t])|(?<=of[ \t]))the[ \t]+|the[ \t]+(?=[A-Z]))?"
    r"(?:then[ \t]+)?"  # an office the name held at the time ("X, then Children's Commissioner,")
    # the board's name before the role ("X, Quillbury Safeguarding Children Board independent chair")
    r"(?:,[ \t]*(?:[A-Z][\w'\u2019-]*[ \t]+){1,4}(?i:safeguarding[ \t]+(?:children['\u2019]?s?[ \t]+)?"
    r"(?:board|partnership)|l?scb|l?scp)[ \t]+)?"
    rf"(?i:{_ROLE})")
# A word every role holds, as the role's regex reads it (so a line without one holds no role).
_ROLE_AFTER_CUE: Final = re.compile(r"(?i:author|reviewer|writer|independent|chair|mayor|member|holder|secretary"
                                    r"|minister|commissioner|constable|director|inspector|president|executive"
                                    r"|officer|manager|advis[eo]r)")
_NAME_BEFORE: Final = re.compile(rf"(?P<name>{_FULL_NAME})$")
# A second name after a dash, ending the line: the name beside the reviewer's firm (either may come first).
_DASH_THEN_NAME: Final = re.compile(rf"[ \t]+[\u2013\u2014-][ \t]+(?P<name>{_FULL_NAME})[ \t]*(?:\n|$)")
# An office in brackets after a name, before the role that follows the names ("X (CEO of …), our Chair").
_OFFICE_ASIDE: Final = re.compile(r"[ \t]*\([^()\n]{1,80}\)(?=[ \t]*(?:,|and\b|&|$))")
# A line that opens with a full name, then a comma or dash: the role after it on that line is that name's.
_NAME_OPENS_LINE: Final = re.compile(rf"[ \t]*{_FULL_NAME}[ \t]*(?:,|[-\u2013\u2014])")
_LABEL_COLON: Final = re.compile(r"s?[ \t]*:")
# An office's one word written straight after a name, with no comma, bracket or article, and no "of" or "for"
# after it, may be the name's surname ("Lisa Jane Minister"); "X, Minister …" and "X Minister for …" hold it.
_BARE_OFFICE: Final = re.compile(r"[ \t]+(?i:minister|commissioner)")
_OF_OR_FOR: Final = re.compile(r"[ \t]+(?:of|for)\b")
# A name alone on its line, its role alone on the next ("Steve Quillfeather" / "Independent Chair"); a role
# that labels a name after it ("Independent author: Professor X") is that name's, and the line above the
# review's subject.
_NAME_LINE: Final = re.compile(rf"[ \t]*\n?[ \t]*(?P<below>{_FULL_NAME})[ \t]*(?:\n|$)")
_ROLE_BELOW: Final = re.compile(rf"(?m:^)[ \t]*(?P<name>{_FULL_NAME})[ \t]*\n[ \t]*(?i:{_ROLE})[ \t]*(?:\n|$)")
_JOINED_BEFORE: Final = re.compile(rf"(?P<name>{_FULL_NAME})[ \t]*(?:&|and|,)[ \t]*$")
# Words that introduce a review's subject, not its author ("… circumstances concerning: X", "In respect of X").
SUBJECT_CUES: Final = r"in[ \t]+respect[ \t]+of|concerning|regarding|relating[ \t]+to|into[ \t]+the[ \t]+death[ \t]+of"
_SUBJECT_BEFORE: Final = re.compile(rf"(?i:\b(?:{SUBJECT_CUES}|death[ \t]+of|re)[ \t]*:?[ \t]*)$")
# ... or inside the capitals read as the name ("the Circumstances Concerning X Independent Author Y")
_SUBJECT_INSIDE: Final = re.compile(rf"(?i:\b(?:{SUBJECT_CUES})\b)")
# Words that end a name read from an author line ("… Independent", "… Date", "… Signature").
_NOT_NAME_WORDS: Final = frozenset({
    "independent", "author", "authors", "chair", "chairs", "reviewer", "reviewers", "review", "report", "overview",
    "lead", "date", "dated", "signature", "signed", "director", "manager", "board", "partnership", "safeguarding",
    "children", "childrens", "children's", "local", "serious", "case", "practice", "final", "draft", "version",
    "executive", "summary", "published", "publication", "panel", "consultant", "associate", "contents", "page",
    "and", "minister", "secretary", "state", "commissioner", "writer", "council", "county", "city", "borough",
    "the", "of", "for", "by", "on", "in", "at", "with", "nspcc", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december",
})


_TITLES: Final = frozenset({"Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Professor", "Sir", "Dame", "Lord",
                            "Baroness", "Rt", "Hon", "Cllr", "Councillor"})


def strip_post_nominals(name: str) -> str:
    """``name`` without the post-nominal letters after it ("Michael Gove MP" -> "Michael Gove")."""
    return POST_NOMINALS_TAIL.sub("", name)


def _trim(name: str) -> str | None:
    """The name's own words: role and layout words cut off either side; None unless two or more are left."""
    words = name.split()
    titled = bool(words) and words[0].rstrip(".") in _TITLES
    while words and words[0].rstrip(".") in _TITLES:
        words.pop(0)
    kept: list[str] = []
    for i, w in enumerate(words):
        if gz.strip_possessive(w).casefold() in _NOT_NAME_WORDS or w.strip("()").replace(".", "") in POST_NOMINALS:
            if len(kept) == 1 and (_surname_after(kept[0], w) or (titled and _month_surname(kept[0], w))):
                kept.append(w)  # "Sian Page": the layout word is the surname of the first name before it
                continue
            if not kept and _month_first_name(w, words[i + 1:]):
                kept.append(w)  # "June Lancaster": a month opening a name is its first name
                continue
            if kept:
                break
            continue
        kept.append(w)
    if len(kept) < 2:
        return None
    return " ".join(kept)


def _surname_after(first: str, word: str) -> bool:
    """Whether a layout or role word ("Page", "Case") written right after a lone first name is its surname:
    a listed surname after a listed first name. A month is not taken ("Sian May" may be a date's)."""
    key = gz.strip_possessive(word).casefold()
    return gz.is_first_name(first) and gz.is_surname(gz.strip_possessive(word)) and key not in MONTH_NUMBERS \
        and key not in gz.FUNCTION_WORDS


def _month_surname(first: str, word: str) -> bool:
    """Whether a month after a title and a first name ("Dr Tina May") is the surname: a listed first name, then
    a month that is a listed surname (a date never follows a title and a first name)."""
    key = gz.strip_possessive(word).casefold()
    return gz.is_first_name(first) and key in MONTH_NUMBERS and gz.is_surname(gz.strip_possessive(word))


def _month_first_name(word: str, rest: list[str]) -> bool:
    """Whether a month opening a name ("June Lancaster", "April Okafor") is its first name: a listed first
    name, followed by a name word that is no layout or role word."""
    return word.casefold() in MONTH_NUMBERS and gz.is_first_name(word) and bool(rest) \
        and gz.strip_possessive(rest[0]).casefold() not in _NOT_NAME_WORDS


# National reviews of children's services known by their author's surname, and their authors, as reviews cite
# them ("the Wood Report (Alan Wood was appointed by the Government …)", "the Munro Review"). An author is public
# only where the draft cites the review by that name: a family may share a name, never that citation too.
_NATIONAL_REVIEWS: Final = {
    "Munro": ("Eileen Munro",),
    "Laming": ("Herbert Laming",),
    "Wood": ("Alan Wood",),
    "MacAlister": ("Josh MacAlister",),
    "Casey": ("Louise Casey",),
    "Jay": ("Alexis Jay",),
    "Bichard": ("Michael Bichard",),
    "Narey": ("Martin Narey",),
    "Timpson": ("Edward Timpson",),
    "Butler-Sloss": ("Elizabeth Butler-Sloss",),
}
_NATIONAL_REVIEW: Final = re.compile(
    r"\b(?P<surname>" + "|".join(map(re.escape, _NATIONAL_REVIEWS))
    + r")(?:['\u2019]s)?[ \t]+(?i:report|review|inquiry)\b")


# A monarch or pope by style, name and regnal number ("Queen Elizabeth II", "King Charles III"): "King", "Prince" and
# "Princess" are first names too, so the number must be there.
_MONARCH: Final = re.compile(
    r"\b(?:King|Queen|Pope)[ \t]+[A-Z][a-z]+[ \t]+(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,2}|XI{1,3}|XIV|XV|XVI)\b")


def national_review_authors(text: str) -> list[str]:
    """The authors of the national reviews ``text`` cites by their surname, as it writes their full names."""
    found: list[str] = []
    for surname in dict.fromkeys(m.group("surname") for m in _NATIONAL_REVIEW.finditer(text)):
        found.extend(name for name in _NATIONAL_REVIEWS[surname]
                     if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
    return found


def public_people(text: str) -> list[str]:
    """Full names ``text`` gives with a public role: authors, reviewers, chairs, public offices, or
    post-nominal letters. Each name is returned as written, without its title."""
    found: list[str] = []
    for m in _ROLE_BEFORE.finditer(text):
        if "\n" in text[m.start():m.start("name")] and _NAME_OPENS_LINE.match(
                text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue  # "Jane Harrowby, Independent Reviewer and Author" / "Dr X, …": the role's name is before it
        named = _names_from(text, m.start("name"))
        if named and text.startswith(named[0], m.start("name")) \
                and _PRACTITIONER_AFTER.match(text, m.start("name") + len(named[0])):
            continue  # a record's author, a practitioner in the case: "author Lucy Penhaligon (social worker)"
        if _PRACTITIONER_OPENING.match(text, m.start("name")):
            continue  # ... or by the role before the name: "author: Support Worker Claire Tebbutt"
        found.extend(named)
        if (other := _DASH_THEN_NAME.match(text, m.end("name"))) is not None:
            found.append(other.group("name"))  # "SAR Reviewer" / "Making Connections – X": the firm, then the name
    for m in on_cue_lines(_ROLE_AFTER, _ROLE_AFTER_CUE, text):
        if _LABEL_COLON.match(text, m.end()) or _labels_a_name(text, m.end()):
            continue  # "X Serious Case Review Author: Y", "X Report Author Y": the role labels the name after it
        if _BARE_OFFICE.fullmatch(m.group()) and not _OF_OR_FOR.match(text, m.end()):
            continue  # "Lisa Jane Minister was the aunt": an office's one word straight after a name, its surname
        line_start = text.rfind("\n", 0, m.start()) + 1
        head = POST_NOMINALS_TAIL.sub("", text[line_start:m.start()])  # "… Rowena Feltham MP, Secretary of State"
        head = _OFFICE_ASIDE.sub("", head)  # "X (CEO of …) and Y (Chief Superintendent, …), our Co-Chairs"
        before = _NAME_BEFORE.search(head)
        if before is not None and not _SUBJECT_BEFORE.search(head, 0, before.start()) \
                and not _SUBJECT_INSIDE.search(before.group("name")) \
                and not _after_review_title(head, before.group("name")):
            found.append(before.group("name"))  # (not the review's subject: "concerning: X Independent Reviewer Y")
            joined = _JOINED_BEFORE.search(head, 0, before.start())
            if joined is not None and m.group().rstrip().endswith("s"):
                words = joined.group("name").split()  # "X & Y Panel chairs": a plural role is both names
                while words and (len(words[0]) < 2 or words[0].casefold() in _LABEL_WORDS):
                    words.pop(0)  # "Family A X & Y Panel chairs": the review's label is no part of X
                found.append(" ".join(words))
    found.extend(m.group("name") for m in on_cue_lines(_PHOTO_CREDIT, _PHOTO_CREDIT_CUE, text))
    for m in _ARTICLE_BYLINE.finditer(text):  # an article's byline: "By X & Y", alone on its line
        found.extend(name for name in (m.group("first"), m.group("second")) if name and _trim(name) == name)
    for m in _ROLE_BELOW.finditer(text):  # slides: "Steve Quillfeather" / "Independent Chair"
        below = _NAME_LINE.match(text, m.end())
        if below is None or _trim(below.group("below")) is None:  # "Report Author" / "Karen Tudor": the role
            found.append(m.group("name"))  # labels the name below it, not the one above
    for m in (m for start, end in _post_nominal_lines(text) for m in _FULL_NAME_RX.finditer(text, start, end)):
        run = _POST_NOMINALS_RUN.match(text, m.end())
        if (run is None or not run.group().strip()) and _alone_on_line(text, m.start(), m.end()):
            below = _NEXT_LINE.match(text, m.end())
            run = _POST_NOMINALS_RUN.match(text, below.end()) if below else None
            if run is not None and not _alone_on_line(text, below.end() if below else 0, run.end()):
                run = None  # a signature's letters fill their line ("MSc MA CQSW"), a sentence does not
        if run is None or not run.group().strip() or _ACTS_IN_THE_CASE.match(text, run.end()) \
                or _ROLE_IN_THE_CASE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # (a clinician's letters where the clinician acts in the case: "Dr X MRCPCH examined …", "The
            # school nurse, X RGN, leads …")
        letters = [x.replace(".", "") for x in re.findall(r"[A-Za-z]+(?:\.[A-Za-z]+)*", run.group())]
        if len(letters) >= 2 or any(x not in WEAK_POST_NOMINALS for x in letters):
            found.append(m.group())
            joined = _LIST_JOIN.match(text, run.end())  # "Jane Smith CBE and John Brown": an author line
            if joined is not None and re.match(r"[ \t]*(?:\n|$)", text[joined.end():]):
                found.append(joined.group("name"))
    for m in _signatories(text):
        name = m.group("name")
        if _alone_on_line(text, m.start("name"), m.end("name")) and all(
                len(re.findall(rf"(?<![\w'\u2019-]){re.escape(w)}(?![\w'\u2019-])", text, re.IGNORECASE)) == 1
                for w in name.split()):
            found.append(name)  # a name signing for the board, named nowhere else in the text
    found.extend(m.group("name") for m in on_cue_lines(_APPOINTED, _APPOINTED_CUE, text))
    found.extend(_in_minutes(text))
    found.extend(m.group("name") for m in _listing_owners(text))
    found.extend(_commissioned_by_a_board(text))
    # Not the subject after a review's title ("Overview Report X Published").
    for m in on_cue_lines(_PUBLISHED, _PUBLISHED_CUE, text):
        head = text[text.rfind("\n", 0, m.start()) + 1:m.end("name")]
        name = _unlabelled(m.group("name"))
        if not _after_review_title(head, name):
            found.append(name)
    found.extend(m.group("name") for rx in (_BYLINE, _SITE_CREDIT, _REPORTER, _HEADLINE_BYLINE)
                 for m in rx.finditer(text))
    found.extend(m.group("name") for m in _DATELINE.finditer(text))
    found.extend(m.group("name") for m in _HONOURED_OR_ELECTED.finditer(text))
    for heading in _AUTHORS_HEADING.finditer(text):
        end = heading.end()  # the items follow one another, with nothing but blank lines between
        for item in _AUTHOR_ITEM.finditer(text, end):
            if text[end:item.start()].strip():
                break
            found.append(item.group("name") or item.group("alone"))
            end = item.end()
    for m in _BOARD_COMMISSIONED.finditer(text):
        found.extend(_names_from(text, m.end()))
    for m in on_cue_lines(_PRESENTED, _PRESENTED_CUE, text):
        found.extend(_names_from(text, m.end()))
    found.extend(m.group("name") for m in on_cue_lines(_REVIEW_LED_BY, _REVIEW_LED_BY_CUE, text))
    names = [_trim(n) for n in found]
    names.extend(_peer(m) for m in _PEER.finditer(text))
    names.extend(m.group() for m in _MONARCH.finditer(text))
    return [n for n in dict.fromkeys(names) if n is not None]


# "X was appointed to produce the Overview Report", "X was commissioned as the independent reviewer".
_APPOINTED: Final = re.compile(
    rf"(?P<name>{_FULL_NAME})[ \t]*,?[ \t]*(?:\([A-Za-z]{{2,10}}\)[ \t]*,?[ \t]*)?"
    r"(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+(?:appointed|commissioned|engaged)[ \t]+"
    r"(?:as[ \t]+|to[ \t]+(?:produce|write|author|lead|chair|undertake|conduct|complete)[ \t]+)"
    r"(?:the[ \t]+|an?[ \t]+|this[ \t]+)?(?i:independent[ \t]+)?"
    r"(?i:(?:overview|review|serious[ \t]+case|lead|panel)[ \t]+)*"
    r"(?i:report|review|author|reviewer|writer|chair)\b"
)

_APPOINTED_CUE: Final = re.compile(r"appointed|commissioned|engaged")


# Whoever a board, partnership or panel commissioned is its reviewer ("Dr X and his colleague Dr Y were
# commissioned by Quillbury Safeguarding Children Board to look at …"); the names are the clause's subject.
_BOARD_WORD: Final = r"(?:Board|Partnership|Panel|L?SCB|L?SCP|[A-Z]{1,4}SC[BP])"  # the last word of a board's name
_COMMISSIONED: Final = re.compile(
    r"\b(?:was|were|(?:has|have|had)[ \t]+been)[ \t]+commissioned[ \t]+by[ \t]+"
    rf"(?:the[ \t]+)?(?:[A-Z][\w&'\u2019-]*[ \t]+){{0,6}}{_BOARD_WORD}\b")
_CLAUSE_CHARS: Final = 160
# Words before a name that make it no subject of the clause ("Following the death of X, Dr Y was …").
_NOT_SUBJECT: Final = re.compile(
    rf"(?i:\b(?:of|to|for|with|by|about|after|following|from|at|on|in|{SUBJECT_CUES})[ \t]+"
    r"(?:[a-z'\u2019]+[ \t]+){0,2})$")


def _commissioned_by_a_board(text: str) -> list[str]:
    names = []
    for m in _COMMISSIONED.finditer(text):
        before = text[max(0, m.start() - _CLAUSE_CHARS):m.start()]
        clause = before[max(before.rfind("."), before.rfind("\n")) + 1:]
        for n in re.finditer(rf"(?<![\w'\u2019-]){_FULL_NAME}", clause):
            if not _NOT_SUBJECT.search(clause, 0, n.start()):
                names.append(n.group())
    return names


# A name the report dates as published ("… CHILD M JANE SMITH Published March 2018"): its author; the
# review's label before it is no part of the name.
_PUBLISHED: Final = re.compile(
    rf"(?<![\w'\u2019-])(?P<name>{_FULL_NAME})[ \t]*,?[ \t]*(?i:published|publication[ \t]+date)[ \t]*:?[ \t]*"
    r"(?:\d|[A-Z][a-z]{2,8}[ \t]+(?:19|20)\d\d)")
_PUBLISHED_CUE: Final = re.compile(r"(?i:published|publication)")

# A news photograph's credit: the photographer and the agency ("Pic: Peter Macdiarmid/PA Wire", "Jane Smith/Getty").
_PHOTO_CREDIT: Final = re.compile(
    rf"(?P<name>{_FULL_NAME})[ \t]*/[ \t]*(?:PA(?:[ \t]+(?:Wire|Media|Archive|Images))?|Getty(?:[ \t]+Images)?|Reuters"
    r"|AFP|Alamy|Shutterstock|AP|EPA|Rex(?:[ \t]+Features)?|SWNS|Bav[ \t]+Media|Mercury[ \t]+Press|Cavendish[ \t]+Press"
    r"|Guzelian|Apex|Newsquest|Reach)\b")
# The agency after its slash, which every credit holds (its line alone is searched: the name is tried at every
# capital of a long text otherwise).
_PHOTO_CREDIT_CUE: Final = re.compile(r"/[ \t]*(?:PA|Getty|Reuters|AFP|Alamy|Shutterstock|AP|EPA|Rex|SWNS|Bav|Mercury"
                                      r"|Cavendish|Guzelian|Apex|Newsquest|Reach)\b")
# An article's byline, alone on its line: "By Jane Smith", "- By JANE SMITH & JOHN BROWN editorial@paper.co.uk".
_ARTICLE_BYLINE: Final = re.compile(
    rf"(?m:^)[ \t]*(?:[-\u2013\u2022][ \t]*)?By[ \t]+(?P<first>{_FULL_NAME})(?:[ \t]*(?:&|and|,)[ \t]*"
    rf"(?P<second>{_FULL_NAME}))?[ \t]*(?:[\w.+-]+@[\w.-]+)?[ \t]*"
    r"(?:\|[ \t]*\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}[ \t]*)?(?m:$)")  # ("By X | 19 June 2025")
# An article's byline under its headline at the head of the text, the day of publication on the line after it or
# after the name on its line ("Children and Domestic Homicide" / "Jane Smith" / "Tuesday, May 29, 2018"). A
# record's line gives a date without its weekday, and a sentence, not a headline, stands above it.
_HEADLINE_BYLINE: Final = re.compile(
    rf"\A(?:[^\n]*\n){{0,4}}?[ \t]*[^\n]{{2,120}}[^\n.\s][ \t]*\n(?:[ \t]*\n)?"
    rf"[ \t]*(?P<name>{_FULL_NAME})(?:[ \t]*\n[ \t]*|[ \t]+)"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t]+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+\d{1,2}(?:st|nd|rd|th)?),?[ \t]+\d{4}"
    r"[ \t]*(?:\n|\Z)")
# A web page's byline, a line of its own: "Posted by Chris A Brown at 09/10/2013 23:17:09", "Published by:
# Jane Smith on Jun 24, 2010". A draft's sentence ("the video was posted by Jayden Smith on 12 May 2019 and
# shared") neither opens its line with the words nor ends it with the date.
_BYLINE: Final = re.compile(
    rf"(?m)^[ \t]*(?i:posted|published|uploaded)[ \t]+by:?[ \t]+(?P<name>{_FULL_NAME})[ \t]+(?:on|at)[ \t]+"
    r"(?:\d{1,2}/\d{1,2}/\d{2,4}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{4})"
    r"(?:,?[ \t]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]*[ap]\.?m\.?)?)?[ \t]*$")
# A news report's reporter, after a dash and ending its line: "… - as Richard Slee reports.", "… - our reporter
# Jane Smith reports". News style only: "as Dawn Hartley reports in her statement" is a practitioner's report in
# a draft.
_REPORTER: Final = re.compile(rf"[-\u2013\u2014][ \t]*(?:as|(?i:our[ \t]+(?:reporter|correspondent)))[ \t]+"
                              rf"(?P<name>{_FULL_NAME})[ \t]+reports?[ \t]*[.:]?[ \t]*$", re.MULTILINE)
_MONTHS: Final = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A web page's credit, ending its line: "… published on this site Wednesday 9th August 2017 by Jane Smith".
_SITE_CREDIT: Final = re.compile(
    r"(?m)(?:\b(?i:posted|published|uploaded)[ \t]+on[ \t]+this[ \t]+(?i:site|page|website)[ \t]+"
    r"(?:(?:on[ \t]+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    rf"\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTHS}[ \t]+(?:19|20)\d\d[ \t]+)?"
    r"|^[ \t]*(?:Page|Document|Post)[ \t]+(?:created|uploaded|posted)[ \t]+)"  # a document site's credit line
    rf"by:?[ \t]+(?P<name>{_FULL_NAME})[ \t]*$")
# A news page's dateline and author, a line of its own: "Thursday, 7 April 2016 | Jane Smith". The weekday and the
# date in words are a publishing system's; a chronology's row gives a date and what someone did.
_DATELINE: Final = re.compile(
    r"(?m)^[ \t]*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]+"
    rf"{_MONTHS}[ \t]+(?:19|20)\d\d[ \t]*\|[ \t]*(?P<name>{_FULL_NAME})[ \t]*$")

# A knight or dame ("Sir Tom X, of HM Inspectorate …"), an elected councillor ("Coun X said", "Cllr X") and a
# judge ("Judge X", "HHJ X", "Recorder X", "Mr Justice X") hold a public title: no family member in a review holds one.
_ELECTED_OR_JUDICIAL: Final = (r"Cllr\.?|Coun\.?|Councillor|(?:(?:His|Her)[ \t]+Honour[ \t]+|(?:Deputy[ \t]+)?District"
                               r"[ \t]+)?Judge|HHJ|(?-i:Recorder)|(?:Mr|Mrs|Ms|Lord|Lady)[ \t]+Justice")
_HONOURED_OR_ELECTED: Final = re.compile(
    rf"\b(?:Sir|Dame|{_ELECTED_OR_JUDICIAL})[ \t]+(?P<name>{_WORD}(?:[ \t]+{_PARTICLE}?{_WORD}){{1,2}})")
# The councillor's and judge's titles before a surname alone ("Councillor Maddison asked …", "Judge Khan"): the title
# and surname are the office-holder's, though the surname alone may be anyone's.
_TITLED_SURNAME: Final = re.compile(
    rf"\b(?:{_ELECTED_OR_JUDICIAL})[ \t]+{_WORD}(?![\w'\u2019-])(?![ \t]+{_PARTICLE}?{_WORD})")


def titled_office_holders(text: str) -> list[str]:
    """An elected councillor or a judge named by title and surname ("Councillor Maddison"), as written."""
    return [re.sub(r"\s+", " ", m.group()) for m in _TITLED_SURNAME.finditer(text)]


# The review's authors or its panel's members listed under their heading ("Authors" / "\u2022 Kate X, Head of Service,
# …", "Panel members are as follows:" / "\u2022 Kate X is a barrister …", or "Authors:" / "Kate X" / "Ansel Y", a name
# to a line).
_AUTHORS_HEADING: Final = re.compile(
    r"(?im)^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?"  # (a numbered heading: "4. Panel members …")
    r"(?:(?:(?:the[ \t]+)?(?:review|report|lead)[ \t]+)?(?:authors?|reviewers?)"
    # ... or the members of the review's panel
    r"|(?:(?:the|review)[ \t]+)?panel[ \t]+members(?:hip)?(?:[ \t]+(?:are|were)[ \t]+as[ \t]+follows)?"
    r"|members[ \t]+of[ \t]+the[ \t]+(?:review[ \t]+)?panel)[ \t]*:?[ \t]*$")
# (Items may run together on one line, as a PDF's or a Word paragraph's text gives a list: "\u2022 X, …   \u2022 Y, …".)
_AUTHOR_ITEM: Final = re.compile(
    rf"(?m)(?:^[ \t]*[\u2022\u00b7*\u2013-]|(?<=[ \t])[\u2022\u00b7])[ \t]*(?P<name>{_FULL_NAME})"
    r"(?:[ \t]*,|[ \t]+is[ \t]+)[^\n\u2022\u00b7]*"  # (its role after a comma, or "… is a barrister")
    # ... or a name alone on its line, one to a line, as a document's cover lists them
    rf"|^[ \t]*(?P<alone>{_FULL_NAME})[ \t]*$")
# Reviewers a board commissioned, in the active voice ("QSCB commissioned Dr X and Dr Y to compile a report").
_BOARD_COMMISSIONED: Final = re.compile(
    rf"\b{_BOARD_WORD}[ \t]+(?:has[ \t]+|had[ \t]+)?commissioned[ \t]+"
    rf"(?={_FULL_NAME}(?:[ \t]*(?:,|and|&)[ \t]+{_FULL_NAME})*[ \t]+to[ \t])")

# A learning event's speaker, in the event's sentence ("the webinar, hosted by BSCP, …, delivered by Dr X"): no one
# in the case presents the review's webinar, seminar or lecture.
_PRESENTED: Final = re.compile(
    r"(?i:\b(?:webinar|seminar|masterclass|lecture|conference[ \t]+(?:talk|session)|learning[ \t]+event|talk"
    r"|presentation|keynote|workshop)s?\b)"
    rf"[^.\n]{{0,200}}?\b(?i:delivered|presented|given|led|facilitated)[ \t]+by[ \t]+(?={_FULL_NAME})")
_PRESENTED_CUE: Final = re.compile(
    r"(?i:webinar|seminar|masterclass|lecture|conference|learning[ \t]+event|talk|presentation|keynote|workshop)")
# A statutory review "led by" its reviewer, whose employer and job may come first, in the same sentence: "A
# significant case review (SCR) was carried out following …, led by Quillbury Council improvement officer X."
# (Not a looked-after child's review, which a professional in the case chairs: only the statutory kinds.)
_REVIEW_LED_BY: Final = re.compile(
    r"(?i:\b(?:serious|significant)[ \t]+case[ \t]+review|\bchild[ \t]+(?:safeguarding[ \t]+)?practice[ \t]+review"
    r"|\bcase[ \t]+management[ \t]+review|\b(?:SCR|L?CSPR|E?CPR)\b)"
    rf"[^.\n]{{0,160}}?\bled[ \t]+by[ \t]+(?:[\w&'\u2019-]+[ \t]+){{0,8}}?(?P<name>{_FULL_NAME})(?=[ \t]*[.,;:)\n])")
_REVIEW_LED_BY_CUE: Final = re.compile(r"(?i:led[ \t]+by)")


def _unlabelled(name: str) -> str:
    """``name`` without a review's label before it ("CHILD M JANE SMITH" -> "JANE SMITH")."""
    words = name.split()
    if len(words) > 3 and words[0].casefold() in _LABEL_WORDS and len(words[1]) <= 2:
        return " ".join(words[2:])
    return name


# A peer, named by the style alone ("Lord Laming", "Baroness Ashgrove of Quillbury"): a member of the House
# of Lords, a public figure. Not a street ("Lord Street") or an office ("the Lord Mayor").
_PEER: Final = re.compile(
    r"\b(?:Lord|Baroness)[ \t]+(?P<name>[A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]+)*?)(?:['\u2019]s)?(?![\w'\u2019-])"
    r"(?P<seat>[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?")
_NOT_PEERS: Final = frozenset({
    "street", "road", "lane", "avenue", "close", "drive", "way", "crescent", "terrace", "gardens", "grove",
    "square", "place", "house", "hall", "court", "mayor", "lieutenant", "chancellor", "justice", "chief",
    "advocate", "president", "provost", "bishop", "chamberlain", "speaker", "high", "privy", "and", "the",
})


# After a name's letters: what a practitioner does in the case, or a practitioner's role in it.
# The roles a practitioner has in the case, not in the review.
_CASE_ROLES: Final = (r"consultant|paediatrician|gp|doctor|nurse|midwife|health[ \t]+visitor|social[ \t]+worker"
                      r"|psychiatrist|psychologist|registrar|surgeon|radiologist|dentist|therapist")
_ACTS_IN_THE_CASE: Final = re.compile(
    r"[ \t]*(?:,[ \t]*(?:(?:a|the|her|his)[ \t]+)?(?:(?:named|designated|locum)[ \t]+)?"
    rf"(?i:{_CASE_ROLES})\b"
    r"|[ \t]+(?:examined|saw|assessed|treated|visited|noted|reported|recorded|diagnosed|prescribed|referred"
    r"|reviewed|met|spoke|told|said|wrote|discharged|admitted)\b)")
# ... or a case's role right before the name ("The school nurse, Bernadette Ní Fhloinn RGN (NMC …), leads").
_ROLE_IN_THE_CASE_BEFORE: Final = re.compile(
    r"\b(?i:the|a|her|his|their)[ \t]+(?:[a-z-]+[ \t]+){0,2}"
    rf"(?i:{_CASE_ROLES}|teacher|worker|officer)[ \t]*,?[ \t]*$")
_NAME_AFTER_ROLE: Final = re.compile(rf"[ \t]+(?P<name>{_FULL_NAME})")
# The words a practitioner's role may open with ("Deputy Headteacher", "Family Support Worker").
_ROLE_MODIFIERS: Final = "deputy|assistant|senior|specialist|named|designated|school|family|support|key|duty|lead"
# A practitioner's role after a name, in brackets or after a comma ("(social worker)", ", Deputy Headteacher and
# DSL"): the name is a record's author in the case, not the review's (whose role is "independent …").
_PRACTITIONER_AFTER: Final = re.compile(
    r"[ \t]*(?:\([ \t]*|,[ \t]*)(?!(?i:an?[ \t]+)?(?i:independent)\b)(?:(?i:the|a|an)[ \t]+)?"
    rf"(?:(?i:{_ROLE_MODIFIERS})[ \t]+){{0,2}}"
    rf"(?i:{_CASE_ROLES}|head[ \t]?teacher|teacher|dsl|senco|safeguarding[ \t]+lead|team[ \t]+manager"
    r"|practice[ \t]+manager|family[ \t]+support[ \t]+worker|support[ \t]+worker|police[ \t]+officer|detective"
    r"|housing[ \t]+officer|probation[ \t]+officer|manager)\b")


# ... or a practitioner's role or an officer's rank opening the name read after the label ("author: Support Worker
# Claire Tebbutt", "authored by Sgt Murphy").
_PRACTITIONER_OPENING: Final = re.compile(
    rf"(?:(?:(?i:{_ROLE_MODIFIERS}|staff)[ \t]+){{0,2}}(?i:{_CASE_ROLES}|worker|officer|practitioner)"
    # (… or an agency's manager, a comma and a title between: "author: Service Manager, Mr Olu Adeyemi-Brown")
    r"|(?i:service|team|practice|operations|unit|ward|group|area|locality)[ \t]+(?i:manager|leader|lead)"
    r"(?:[ \t]*,(?:[ \t]*(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?)?)?"
    rf"|{alternation(POLICE_RANKS)}\.?)[ \t]+[A-Z]")


def _labels_a_name(text: str, end: int) -> bool:
    """Whether a role ending at ``end`` runs straight into a full name on its line, as a cover run together labels
    its author ("… GREGORY FREEMAN Report Author Karen Tudor November 2017"): the role is that name's."""
    after = _NAME_AFTER_ROLE.match(text, end)
    return after is not None and _trim(after.group("name")) is not None


def _after_review_title(head: str, name: str) -> bool:
    """Whether the name ending ``head`` comes right after a review's title: it is the review's subject
    ("SERIOUS CASE REVIEW Sylwia Wojcik Lead Reviewer … Report Author Jane Smith", "Overview Report X
    Author: …", a cover's lines run together), whatever title words the name's reading took in."""
    trimmed = _trim(name)
    # (the review's number may follow its title: "SERIOUS CASE REVIEW S25 X")
    title = (r"(?i:\b(?:review|report|summary|brief|briefing))(?:[ \t]+(?-i:[A-Z]{0,3}\d[\w/.-]{0,10}))?"
             r"[ \t]*[:\u2013-]?[ \t]*")
    return trimmed is not None and re.search(rf"{title}{re.escape(trimmed)}$", head) is not None


def _peer(m: re.Match[str]) -> str | None:
    if m.group("name").casefold() in _NOT_PEERS:
        return None
    style = m.group().split(maxsplit=1)[0]
    return f"{style} {m.group('name')}{m.group('seat') or ''}"


_FULL_NAME_RX: Final = re.compile(_FULL_NAME)
# A capitalised word, perhaps with full stops inside ("PhD", "C.B.E"): post-nominal letters are sought among these.
_CAPITALISED_TOKEN: Final = re.compile(r"(?<![A-Za-z.])[A-Z][A-Za-z]*(?:\.[A-Za-z]+)*")


def _post_nominal_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line that holds post-nominal letters, and of the two lines above it (a signature's
    name alone on its line, a blank line perhaps, then its letters), in order: the only lines where a name
    with letters can stand (a cheap scan of capitalised words, before the name's costly pattern)."""
    starts: set[int] = set()
    for token in _CAPITALISED_TOKEN.finditer(text):
        if token.group().replace(".", "") in POST_NOMINALS:
            line = text.rfind("\n", 0, token.start()) + 1
            for _ in range(3):
                starts.add(line)
                if line == 0:
                    break
                line = text.rfind("\n", 0, line - 1) + 1
    return [(start, end if (end := text.find("\n", start)) >= 0 else len(text)) for start in sorted(starts)]


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` is all there is on its line (apart from spaces)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end:len(text) if line_end < 0 else line_end].strip()


_NEXT_LINE: Final = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*")
# A name on its own line right above the board's name: the board's signatory ("Jane Smith" /
# "Quillbury Safeguarding Children Board"), as at the end of a foreword or an executive summary.
_BOARD_NAME_LINE: Final = (r"(?:[A-Z][\w&'\u2019-]*[ \t]+){1,5}(?:Local[ \t]+)?Safeguarding[ \t]+"
                           r"(?:Children(?:['\u2019]s)?[ \t]+)?(?:Board|Partnership)[ \t]*(?:\n|$)")
_SIGNATORY: Final = re.compile(rf"(?P<name>{_FULL_NAME})[ \t]*\n[ \t]*{_BOARD_NAME_LINE}")
# The board's line alone, found first (a few in a draft): the name is then sought on the line above it only.
_BOARD_LINE: Final = re.compile(rf"(?m:^)[ \t]*{_BOARD_NAME_LINE}")


def _signatories(text: str) -> Iterator[re.Match[str]]:
    """``_SIGNATORY.finditer(text)``, tried only on the line above each board's line."""
    for board in _BOARD_LINE.finditer(text):
        if board.start() == 0 or text[board.start() - 1] != "\n":
            continue
        above = text.rfind("\n", 0, board.start() - 1) + 1
        m = _SIGNATORY.search(text, above, board.end())
        if m is not None and m.end() == board.end():
            yield m


_LIST_JOIN: Final = re.compile(rf"[ \t]*(?:,(?:[ \t]+(?:and|&))?|and|&)[ \t]+(?P<name>{_FULL_NAME})")  # (", and")
# "Authors: Jane Smith with John Brown": a co-author, where the second name ends the line (in a sentence,
# "Lead Reviewer Jane Smith with John Brown, the father," names someone the reviewer met).
_WITH_JOIN: Final = re.compile(rf"[ \t]+with[ \t]+(?P<name>{_FULL_NAME})[ \t]*(?=\n|$)")


# A month ending a name read from a list, a year after it ("Jenny Myers September 2021"): the report's date.
_MONTH_ENDS_NAME: Final = re.compile(rf"[ \t]+{_MONTHS}$")
_YEAR_AFTER: Final = re.compile(r"[ \t]+(?:19|20)\d\d\b")


# A role in brackets after a name, perhaps holding brackets of its own, perhaps left open before the next name.
_ROLE_IN_BRACKETS: Final = re.compile(r"[ \t]*\([^()\n]*(?:\([^()\n]*\))?[^()\n]*?\)?")


# A council's or board's minutes, by their heading near the top ("Agenda and draft minutes", "Minutes of the
# meeting of …"): the members who sent apologies, the committee officer, who presented an item, are public.
_MINUTES_HEADING: Final = re.compile(
    r"(?m:^)[ \t]*(?i:(?:agenda[ \t]+and[ \t]+)?(?:draft[ \t]+|approved[ \t]+)?minutes[ \t]+of[ \t]+"
    r"(?:the[ \t]+|a[ \t]+)?(?:meeting[ \t]+of[ \t]+(?:the[ \t]+)?)(?-i:[A-Z])"
    r"|agenda[ \t]+and[ \t]+(?:draft[ \t]+|approved[ \t]+)?minutes\b)")
_MINUTES_REACH: Final = 1500
_IN_MINUTES: Final = re.compile(
    r"(?i:\bapologies(?:[ \t]+for[ \t]+absence)?(?:[ \t]+(?:were|was))?(?:[ \t]+(?:received|given|noted|tendered))?"
    r"(?:[ \t]+from)?[ \t]*:?"
    r"|\b(?:contact|clerk)[ \t]*:"
    r"|\bto[ \t]+receive[ \t]+(?:a|the|an)[ \t]+(?:presentation|report|update|briefing)[ \t]+from"
    r"|\b(?:presented|introduced)[ \t]+by)"
    rf"[ \t]*(?:\n[ \t]*)?(?P<name>{_FULL_NAME})")


# A board's page listing its published reviews names each one's reviewer and its owner, a council's or board's
# officer, each under its label ("Reviewer" / "Steve Chamberlain" / "Owner" / "Monuara Ullah, London Borough of
# Hounslow"): the owner is public as the reviewer is.
_LISTING_OWNER: Final = re.compile(
    r"(?m)^[ \t]*(?:[A-Z]{2,5}[ \t]+)?(?i:reviewer)[ \t]*:?[ \t]*\n(?:[^\n]*\n){1,4}?"
    r"[ \t]*(?i:owner)[ \t]*:?[ \t]*(?:\n[ \t]*)+"
    rf"(?P<name>{_FULL_NAME})[ \t]*(?:,|[-\u2013\u2014])[ \t]*(?P<body>[^\n]+)")
_OWNING_BODY: Final = re.compile(r"\b(?:Council|Borough|LB|Board|Partnership|Safeguarding|NHS|ICB|Police)\b")


def _listing_owners(text: str) -> list[re.Match[str]]:
    """Each owner a board's page of its published reviews lists under its label, with a council's or board's body
    after the name (see ``_LISTING_OWNER``)."""
    return [m for m in _LISTING_OWNER.finditer(text) if _OWNING_BODY.search(m.group("body"))]


def listing_owner_bodies(text: str) -> list[str]:
    """The bodies owning the reviews a board's page of its published reviews lists ("London Borough of Hounslow",
    "LB Hounslow"): the board's own council or partnership."""
    return [m.group("body").strip() for m in _listing_owners(text)]


def _in_minutes(text: str) -> list[str]:
    """The members, officers and presenters a council's or board's minutes name (see ``_MINUTES_HEADING``)."""
    if _MINUTES_HEADING.search(text, 0, _MINUTES_REACH) is None:
        return []
    return [name for m in _IN_MINUTES.finditer(text) for name in _names_from(text, m.start("name"))
            if not re.fullmatch(rf"(?i:{_ROLE})", name)]  # ("Contact: X, Committee Officer": the role is no name)


def _names_from(text: str, start: int) -> list[str]:
    """The name at ``start`` and any joined to it ("Dr Jane Smith and John Brown")."""
    out = []
    m = _FULL_NAME_RX.match(text, start)
    while m is not None:
        name = m.groupdict().get("name") or m.group()
        month = _MONTH_ENDS_NAME.search(name)
        if month is not None and _YEAR_AFTER.match(text, m.end()) and len(name[:month.start()].split()) >= 2:
            name = name[:month.start()].rstrip()  # "… and Jenny Myers September 2021": the report's date after it
        out.append(name)
        run = _POST_NOMINALS_RUN.match(text, m.end())  # "Jane Smith OBE and John Brown"
        end = run.end() if run is not None else m.end()
        if (bracket := _ROLE_IN_BRACKETS.match(text, end)) is not None:
            end = bracket.end()  # "Jane Smith (Director, …) and John Brown (…)"
        m = _LIST_JOIN.match(text, end) or _WITH_JOIN.match(text, end)
    return out


# -- the cover page ---------------------------------------------------------------------------------
# Where a report's cover ends: its contents list, introduction or first numbered section.
_COVER_END: Final = re.compile(
    r"^[ \t]*(?:(?i:contents|table[ \t]+of[ \t]+contents|introduction|foreword)\b|1\.?[ \t]+[A-Z])", re.MULTILINE)
COVER_CHARS: Final = 1500
VALEDICTION: Final = re.compile(r"[ \t]*(?i:yours[ \t]+(?:sincerely|faithfully|truly)|(?:kind|best|warm|many)[ \t]+"
                                 r"(?:regards|wishes|thanks)|regards|thanks|thank[ \t]+you|best)[ \t]*[,.!]?[ \t]*")
_REPORT_DATE: Final = (rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+)?{_MONTHS}[ \t]+(?:19|20)\d\d"
                       rf"|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})")
# The report's date may say what it dates ("Jane Smith Published March 2018", "Jane Smith, Date: May 2019").
_DATE_WORD: Final = r"(?:(?i:published|publication[ \t]+date|dated?|final(?:[ \t]+report)?)[ \t]*:?[ \t]*)"
_DATED: Final = re.compile(rf"[ \t]*,?[ \t]*{_DATE_WORD}(?={_REPORT_DATE}[ \t]*$)")
_COVER_LINE: Final = re.compile(rf"[ \t]*(?P<name>{_FULL_NAME})[ \t]*(?:,?[ \t]*{_REPORT_DATE})?[ \t]*")
# The report's month and year, or its date in figures, alone on a cover's line ("November 2017", "07.09.18").
_REPORT_DATE_LINE: Final = re.compile(
    rf"[ \t]*(?:{_MONTHS}[ \t]+(?:19|20)\d\d|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})[ \t]*")
# A board's name printed before its author on one extracted line ("… Safeguarding Children Board Jane Smith").
_BOARD_PREFIX: Final = re.compile(r"^.{0,80}?\b(?:Board|Partnership|L?SCB|L?SCP)[ \t]+(?=\S)")


# The label of a named author on a cover ("Independent author:", "Lead reviewer", "Report written by").
_AUTHOR_LABEL: Final = re.compile(
    r"(?i)\b(?:author|reviewer|writer)s?\b|\b(?:prepared|written|authored|compiled)[ \t]+by\b")
# A review's title, on the line above the name of its subject ("Serious Case Review" / "Oswin Delacroix"):
# the line under it names the child the review is about, as "Child R" does in the published report.
REVIEW_TITLE: Final = re.compile(
    r"(?i)[ \t]*.{0,80}\breview(?:[ \t]*\([A-Z]{2,6}\))?"
    r"(?:[ \t]+(?:(?:overview|final)[ \t]+)?report|[ \t]+(?:executive[ \t]+)?summary)?"
    rf"(?:[ \t]+(?:{SUBJECT_CUES}|re)\b:?)?[ \t]*:?[ \t]*")
# Police ranks and nursing titles before a name: an officer or a nurse in the case, never a cover's author.
_RANKS: Final = frozenset({*POLICE_RANKS, *NURSING})
_LABEL_WORDS: Final = frozenset({"child", "baby", "young", "person", "case", "family", "sibling", "subject", "mother",
                                 "father", "adult", "infant"})


def cover_authors(texts: list[str]) -> list[str]:
    """The author a report's cover names on a line of its own: a full name alone on its line (or after
    the board's name, or before the report's date) on the cover, which the report never names again (but
    in that same line repeated: a running footer, a page repeating the cover).

    A child or relative named on a cover is named again in the report, and a cover listing the children
    ("Oswin Delacroix 17 years", one per line) is a list, not an author: neither is taken. Nor is any
    name where the cover gives its author a label ("Independent author: …", "Report written by …"):
    a name alone on a line beside that is someone else's (the child's, under the title).

    Args:
        texts: The report's running text, in reading order (pages or paragraphs).
    """
    whole = "\n".join(texts)
    head = whole[:COVER_CHARS]
    end = _COVER_END.search(head)
    cover = head[: end.start()] if end else head
    labelled = {m.group("name").casefold() for m in _ROLE_BEFORE.finditer(cover)
                if _AUTHOR_LABEL.search(m.group(0), 0, m.start("name") - m.start())}
    lines = [line for line in cover.split("\n") if line.strip()]
    for line in lines:  # "Charlie Spencer, Independent Reviewer": the role after the name
        role = _ROLE_AFTER.search(line)
        before = _NAME_BEFORE.search(line[: role.start()]) if role and _AUTHOR_LABEL.search(role.group()) else None
        if before is not None:
            labelled.add(before.group("name").casefold())
    names = [_cover_names(line) for line in lines]
    found: list[str] = []
    for i, name in ((i, name) for i, joined in enumerate(names) for name in joined):
        if (i > 0 and names[i - 1]) or (i + 1 < len(names) and names[i + 1]):
            continue
        if i > 0 and REVIEW_TITLE.fullmatch(lines[i - 1]):
            continue  # the review's subject, under its title
        if i > 0 and VALEDICTION.fullmatch(lines[i - 1]):
            continue  # a letter's signatory ("Yours sincerely," / the name): no cover's author
        if any(0 <= k < len(lines) and _prose(lines[k]) for k in (i - 1, i + 1)):
            continue  # a heading over (or under) a paragraph of what happened: a case's summary, no cover
        if labelled and name.casefold() not in labelled:
            continue  # the cover labels its author: this is someone else
        words = name.split()
        if words[0] in _RANKS:
            continue  # "PC Marchbank": an officer in the case, no author
        if not all(_name_alone(n) for n in names[i]):
            # "Child E Jane Doherty": a label beside a name is the child's; "Marta's Story" a title; a pair
            # whose first half is no name ("Wirral SCR Jane Doherty and Tom Reid") names a review's subjects
            continue
        # The cover's line of a name and a date again (a running footer "Name Month Year", a page repeating the
        # cover) names no one again: every other mention is what counts. A name alone repeated is named again.
        line, rest, times = lines[i].strip(), whole, 1
        if len(line.split()) > len(words):  # the name and a date: remove the line's every copy
            rest, times = re.sub(rf"(?<!\w){re.escape(line)}(?!\w)", " ", whole), 0
        elif i + 1 < len(lines) and _REPORT_DATE_LINE.fullmatch(lines[i + 1]):
            # the name alone, the report's date on the next line: the two run together again are the cover's copy
            date = r"\s+".join(map(re.escape, lines[i + 1].split()))
            rest, times = re.sub(rf"(?<!\w){re.escape(line)}\s+{date}(?!\w)", " ", whole), 0
        if all(len(re.findall(rf"(?<![\w'\u2019-]){re.escape(w)}(?:['\u2019]s)?(?![\w'\u2019-])", rest,
                              re.IGNORECASE)) == times for w in words):
            found.append(name)
    return found


# A review's kind by its letters ("Wirral SCR Jane Doherty"): what follows is the review's subject.
_REVIEW_KIND: Final = re.compile(r"(?:SCR|L?CSPR|E?CPR|DHR|SAR)s?")


def _name_alone(name: str) -> bool:
    """Whether a cover's line gives ``name`` as a person's name alone: a listed first name or surname in it,
    and no place, review label, lone letter or possessive."""
    words = name.split()
    return any(gz.is_first_name(w) or gz.is_surname(w) for w in words) and not any(
        gz.is_uk_place(w) or len(w) < 2 or w.casefold() in _LABEL_WORDS or gz.strip_possessive(w) != w
        or _REVIEW_KIND.fullmatch(w) for w in words)


def _prose(line: str) -> bool:
    """Whether a line is a sentence of prose, as no cover holds: five words or more, most in lower case, ending
    with a full stop ("A 16-year-old girl with autism experienced long-term neglect.")."""
    words = line.split()
    return len(words) >= 5 and line.rstrip().endswith((".", "!", "?")) \
        and sum(w[:1].islower() for w in words) * 2 >= len(words)


# A pseudonym label on a line of its own ("Child E", "CHILD E", "Young Person B"): the report's subject,
# a line of the cover's own, not one more name in a list of names.
_LABEL_LINE: Final = re.compile(
    r"[ \t]*(?i:child|baby|infant|young[ \t]+person|sibling|adult|subject|family|case)[ \t]+"
    r"(?:[A-Z]{1,3}|\d{1,2})[ \t]*")


# Two authors on the cover's line: "Nicki X and Sue Y", "X & Y".
_COVER_PAIR: Final = re.compile(rf"[ \t]*(?P<first>{_FULL_NAME})[ \t]+(?:and|&)[ \t]+(?P<second>{_FULL_NAME})[ \t]*")


def _cover_names(line: str) -> list[str]:
    """The names a cover's line gives alone: one (see ``_cover_name``), or two joined by "and" or "&"."""
    pair = _COVER_PAIR.fullmatch(line)
    if pair is not None:
        first, second = _cover_name(pair.group("first")), _cover_name(pair.group("second"))
        return [first, second] if first is not None and second is not None else []
    name = _cover_name(line)
    return [name] if name is not None else []


def _cover_name(line: str) -> str | None:
    if _LABEL_LINE.fullmatch(line):
        return None
    line = _DATED.sub(" ", _BOARD_PREFIX.sub("", line, count=1), count=1)
    m = _COVER_LINE.fullmatch(line)
    if m is None:
        return None
    name = _trim(m.group("name"))
    return name if name is not None and name == re.sub(rf"^{_TITLE}", "", m.group("name")) else None


# -- whom a public person works for -----------------------------------------------------------------
# The words that end a company's or consultancy's name: its legal form, or what it does.
_LEGAL_FORM: Final = r"(?:Ltd|Limited|LLP|CIC)\b"
_COMPANY_END: Final = rf"(?:{_LEGAL_FORM}|(?:Consultancy|Consulting|Consultants|Associates)\b)\.?"
# A company or consultancy on the lines under an author's name ("Associate of In-Trac Training Ltd").
_COMPANY: Final = re.compile(rf"(?:[A-Z][\w&'\u2019-]*[ \t]+(?:(?:and|&|of|for)[ \t]+)?){{0,6}}{_COMPANY_END}")
AFFILIATION_LINES: Final = 3
_JOB_BEFORE: Final = re.compile(
    r"^(?:Associate|Director|Partner|Consultant|Member|Fellow|Founder|Head)\b.*?\b(?:of|at|for)[ \t]+")


def affiliations(text: str, people: list[str]) -> list[str]:
    """Companies named on the few lines after a public person's name (their employer or practice).

    Args:
        text: A segment's text.
        people: The public people found in it.
    """
    found: list[str] = []
    for person in people:
        for m in re.finditer(re.escape(person), text):
            after = text[m.end(): m.end() + 400].split("\n")
            window = "\n".join([after[0], *[line for line in after[1:] if line.strip()][:AFFILIATION_LINES]])
            companies = (_JOB_BEFORE.sub("", c.group()).rstrip(".") for c in _COMPANY.finditer(window))
            found.extend(c for c in companies if len(c.split()) >= 2)
    return list(dict.fromkeys(found))


# A company the report says produced it ("This anonymised report has been produced independently by Quillmere
# Ltd and GKQ Partnerships Ltd"): its author, public as a named author is.
_PRODUCED_BY: Final = re.compile(
    r"(?i:\b(?:report|review|summary)\b[^.\n]{0,40}?\b(?:produced|prepared|written|compiled|authored)[ \t]+"
    r"(?:independently[ \t]+)?by)[ \t\n]+")
# The same name over line breaks, and never running on past one company's legal form into the next's.
_COMPANY_NAME: Final = re.compile(
    rf"(?:(?!{_LEGAL_FORM})[A-Z][\w&'\u2019-]*\s+(?:(?:and|&|of|for)\s+)?){{1,6}}{_COMPANY_END}")
_COMPANY_JOIN: Final = re.compile(r"\s*(?:,|and|&)\s+")


def authoring_companies(text: str) -> list[str]:
    """Companies a report says produced it, each with its spacing made single."""
    found: list[str] = []
    for m in _PRODUCED_BY.finditer(text):
        company = _COMPANY_NAME.match(text, m.end())
        while company is not None:
            found.append(re.sub(r"\s+", " ", company.group()).rstrip("."))
            join = _COMPANY_JOIN.match(text, company.end())
            company = _COMPANY_NAME.match(text, join.end()) if join is not None else None
    return list(dict.fromkeys(found))


# -- the author's own places of study ---------------------------------------------------------------
# A review's author introduces themself in the first person ("I qualified in Social Work from the
# University of Quillbury in 1995"). Where the author studied is part of a public person's published
# biography, never the family's; a family member's or a professional's college is written in the third
# person or in quotation marks, and stays a finding.
_SENTENCE_END: Final = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?[A-Z])")
BIO_SENTENCE_CHARS: Final = 600
_FIRST_PERSON: Final = re.compile(r"\bI[ \t]+(?:[a-z]|\n)|(?<![\w'\u2019])[Mm]y(?![\w'\u2019])")
_QUALIFICATION: Final = re.compile(
    r"(?i:\b(?:qualif\w*|graduat\w*|degrees?|diplomas?|masters?|doctorate|studied|studying|trained)\b)"
    r"|\b(?:BA|BSc|MA|MSc|MPhil|PhD|DPhil|LLB|LLM|MBA|CQSW|DipSW|PGCE|PGDip)\b")
# Anyone else in the sentence: a pronoun, a relative, a young person or a label standing for one; or a
# quotation, whose "I" is someone else's.
_SOMEONE_ELSE: Final = re.compile(
    r"(?i:\b(?:he|she|his|her|hers|him|himself|herself|they|them|their|mother|father|mum|dad|parents?|son|"
    r"daughter|brother|sister|siblings?|step\w+|grand\w+|aunt|uncle|cousin|boyfriend|girlfriend|family|"
    r"young[ \t]+(?:person|people|man|woman)|pupil|baby)\b)"
    r"|\b(?:Child|Baby|Young[ \t]+Person|Adult|Sibling)[ \t]+[A-Z]{1,2}\b|\bYP[A-Z]?\b|[\"\u201c\u201d]")
_CAP: Final = r"[A-Z][\w'\u2019&-]*"
_PLACE_OF_STUDY: Final = re.compile(
    rf"\bUniversity[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?{_CAP}(?:[ \t\n]+(?:of[ \t\n]+|and[ \t\n]+)?{_CAP}){{0,3}}"
    rf"|\b{_CAP}(?:[ \t\n]+{_CAP}){{0,3}}[ \t\n]+(?:University|College|Polytechnic)\b")


def author_places_of_study(text: str) -> list[str]:
    """Universities and colleges the author names in a first-person sentence about their own studies.

    The sentence must speak in the first person ("I", "my"), of qualifications or study, of no one else
    (no pronoun, relative, young person or label) and quote no one.

    Args:
        text: A segment's text.
    """
    found: list[str] = []
    start = 0
    for end in [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        sentence, start = text[start:end], end
        if len(sentence) > BIO_SENTENCE_CHARS or not _FIRST_PERSON.search(sentence) \
                or not _QUALIFICATION.search(sentence) or _SOMEONE_ELSE.search(sentence):
            continue
        found.extend(re.sub(r"\s+", " ", m.group()) for m in _PLACE_OF_STUDY.finditer(sentence)
                     if not m.group().startswith(("I ", "My ")))
    return list(dict.fromkeys(found))
