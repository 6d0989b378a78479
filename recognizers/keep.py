"""What must never be changed: the shipped keep vocabulary, the register's keep list, public names
found from context (the publishing board, its area with the area's councils and police force, cited
authors, people named with a public role), and the pseudonym labels the draft already uses ("Child K",
"LA2")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, Protocol

from recognizers import gazetteer as gz
from recognizers.gazetteer import keep_phrases
from recognizers.legislation import reported_cases, statute_names
from recognizers.national_cases import national_case_names
from recognizers.newspapers import newspaper_names
from recognizers.person_initials import words_used_as_names
from recognizers.pseudonyms import draft_labels, first_of_a_full_name
from recognizers.public_people import (
    affiliations,
    author_places_of_study,
    authoring_companies,
    cover_authors,
    listing_owner_bodies,
    national_review_authors,
    public_people,
    titled_office_holders,
)
from recognizers.research_bodies import research_bodies
from recognizers.titles import CIVIC, DOCTOR, PERSONAL, PROFESSOR, alternation
from recognizers.vehicle_models import vehicle_names

_NAME: Final = r"(?:[A-Z][\w'\u2019-]+(?:\s+(?:and|of|upon|on)\s+|\s+|-))*[A-Z][\w'\u2019-]+"
# One word of an area name: capitalised, and not itself part of a board's title.
_AREA_WORD: Final = (r"(?!(?i:local|regional|safeguarding|children|childrens|adults?|board|partnership|l?scbs?|l?scp"
                     r"|the|multi|joint|area|community|keeping|safe|integrated)\b)[A-Z][\w'\u2019-]+")
# The area's words stand on one line (a PDF page's running footer follows the body's last word on the next).
# A list of areas before the last one ("Leicester, Leicestershire and Rutland Safeguarding Children Board").
_AREA_LIST: Final = rf"(?:{_AREA_WORD}(?:,[^\S\n]+{_AREA_WORD})+,?[^\S\n]+(?:and|&)[^\S\n]+)?"
_AREA: Final = (rf"{_AREA_LIST}{_AREA_WORD}(?:(?:[^\S\n]+(?:(?:and|AND|&)(?:[^\S\n]+(?:the|THE))?"
                rf"|of|OF|upon|UPON|on|ON|with|WITH)[^\S\n]+|[^\S\n]+|-)"
                rf"{_AREA_WORD})*")
# "Dudley Safeguarding Children Board", "Kent Local Safeguarding Children's Board", "Torbay Children's
# Safeguarding Partnership", "Birmingham Safeguarding Board", "Derby LSCB", "Southwark & Wandsworth
# Safeguarding Children Boards"; the area's child death overview panel ("Pan-Lancashire CDOP"); and the
# area's local child safeguarding practice reviews, which its safeguarding partners hold by statute.
_CHILDREN: Final = r"Children(?:['\u2019]?s)?"
# A board's name ends at a word boundary or at a footnote mark run into it ("… Children Board1 determined").
_END: Final = r"(?:\b|(?=\d{1,2}(?!\w)))"
_BOARD: Final = re.compile(
    rf"\b(?P<area>{_AREA})(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)(?i:(?:Local\s+|Regional\s+)?(?:(?:{_CHILDREN}|Adults?)\s+)?"
    rf"(?:Community\s+Safety\s+(?:and|&)\s+|Integrated\s+)?Safeguarding\s+(?:(?:{_CHILDREN}|Adults?|(?:Vulnerable\s+)?People)"
    rf"\s+(?:and\s+(?:{_CHILDREN}|Adults?)\s+)?)?(?:Assurance\s+)?"
    rf"(?:Boards?|(?:Multi-Agency\s+)?Partnerships?|Partners|Arrangements)|{_CHILDREN}\s+Boards?"
    r"|Child\s+Death\s+Overview\s+Panels?|Safeguarding\s+Together"
    # a partnership named for the area's children (and families), and its statutory arrangements by their name
    rf"|{_CHILDREN}\s+(?:and\s+Families\s+)?Partnerships?|Multi-Agency\s+Safeguarding\s+Arrangements"
    r"|Local\s+Child\s+Safeguarding\s+Practice\s+Reviews?"
    # a domestic homicide review's commissioning body, the area's community safety partnership
    r"|Community\s+Safety\s+Partnerships?|Safe\s+City\s+Partnerships?"
    # Scotland's: the child (adult, public) protection committee and the chief officers' group; Northern Ireland's
    # former area child protection committees
    r"|(?:Area\s+|Joint\s+)?(?:Child|Adult|Public)\s+Protection\s+Committees?|Chief\s+Officers['\u2019]?\s+Groups?)"
    rf"{_END}|\b(?P<area2>{_AREA})[^\S\n]+(?:L?SCBs?|L?SCPs?|CSP|CDOPs?|[CA]PCs?){_END}"
    # a partnership named for its aim: "Keeping Bristol Safe Partnership"
    rf"|\b(?i:keeping)[^\S\n]+(?P<area3>{_AREA})[^\S\n]+(?i:safe)(?:[^\S\n]+(?i:partnership|board))?\b"
    # ... or a community safety partnership's: "Safer Devon Partnership"
    rf"|\b(?-i:Safer)[^\S\n]+(?P<area4>{_AREA})[^\S\n]+(?i:partnership)\b"
)
# A cover's area alone on its line, over a blank line and the board's words without an area ("Croydon" / "" /
# "Safeguarding Children Board"): public where the line is a council's area (a line naming anything else is not).
_AREA_OVER_BOARD: Final = re.compile(
    rf"(?m)^[ \t]*(?P<area>{_AREA})[ \t]*\n(?:[ \t]*\n)+[ \t]*(?i:(?:Local\s+)?Safeguarding\s+(?:{_CHILDREN}\s+)?"
    r"(?:Boards?|Partnerships?))\b")
# The boards of one or more areas, the areas after them: "The three Safeguarding Children Boards of Luton, Ealing
# and Hammersmith & Fulham".
# (… or community safety partnerships', each area with an aside: "the Community Safety Partnerships (CSPs) of
# Brighton & Hove (the Safe in the City Partnership) and East Sussex (…)")
# (one area of a community safety partnership, its aside after it)
_CSP_AREA: Final = (rf"{_AREA_WORD}(?:[^\S\n]+(?:and|&)[^\S\n]+{_AREA_WORD}|[^\S\n]+{_AREA_WORD})*"
                    r"(?:[^\S\n]*\([^()\n]{1,60}\))?")
_BOARDS_OF: Final = re.compile(
    rf"(?i:\bSafeguarding\s+(?:{_CHILDREN}\s+)?(?:Boards?|Partnerships?))[^\S\n]+(?:of|for)[^\S\n]+(?P<after>{_AREA})"
    rf"|(?i:\bCommunity\s+Safety\s+Partnerships?)(?:[^\S\n]*\((?-i:[A-Z]{{2,5}})s?\))?[^\S\n]+(?:of|for)[^\S\n]+"
    rf"(?P<csp>{_CSP_AREA}(?:(?:,[^\S\n]*|[^\S\n]+(?:and|&)[^\S\n]+){_CSP_AREA})*)")
_ASIDE: Final = re.compile(r"[^\S\n]*\([^()\n]*\)")
# The area after the board's words ("The Local Safeguarding Children Board Northamptonshire", "LOCAL
# SAFEGUARDING CHILDREN BOARD BLACKPOOL SERIOUS CASE REVIEW"): the listed place its first words make.
_BOARD_THEN_AREA: Final = re.compile(
    rf"(?i:\bLocal\s+Safeguarding\s+{_CHILDREN}\s+Board)"
    r"(?:[^\S\n]+(?:(?i:for|of)[^\S\n]+)?|(?P<below>[ \t]*\n(?:[ \t]*\n)?[ \t]*))"
    r"(?P<after>[A-Z][\w'\u2019-]*(?:[^\S\n]+[A-Z][\w'\u2019-]*){0,3})")
# A board cited for its published review: its name, then the review's year ("… Partnership (2009)",
# "(Croydon Safeguarding Children Board, 2014)").
_CITED_YEAR: Final = re.compile(r"['\u2019]?s?\s*(?:\(|,|\[)\s*(?:19|20)\d{2}\b")
_AREA_PARTS: Final = re.compile(r"\s+(?:and|AND|&)\s+|\s*,\s*")
# The names a council goes by ("London Borough of Bromley", "Kent County Council", "Dudley MBC").
_COUNCIL_NAMES: Final = ("{} Council", "{} City Council", "{} County Council", "{} Borough Council",
                         "{} County Borough Council", "{} District Council", "{} Metropolitan Borough Council",
                         "{} Metropolitan District Council", "{} MBC", "{} BC", "{} CC", "City of {} Council",
                         "City of {} Metropolitan District Council",
                         "London Borough of {}", "Royal Borough of {}", "Borough of {}", "County of {}",
                         "{} Children's Services", "{} Children's Social Care")


def _review_kinds(space: str) -> str:
    """The words of the statutory review kinds before "review" ("serious case", "child safeguarding practice",
    "extended child practice"), ``space`` between words."""
    return (rf"serious{space}case|(?:local{space})?child{space}safeguarding{space}practice"
            rf"|(?:extended{space})?child{space}practice")


# Whose review it is, where the board's full name is missing (web copies, summaries): a review's title with
# the area after a dash ("SERIOUS CASE REVIEW - Dudley", "Serious Case Review Ben - Cumbria \u00b7 3",
# "… Review \u2013 Child T \u2013 North Yorkshire"), the
# board's remit ("safeguard children in Rotherham") and the council that commissioned it ("commissioned by
# Rotherham Metropolitan Borough Council"). Each gives words that must begin with a council area.
# The remit may leave the children out ("improve child protection and safeguarding in Brighton & Hove").
_AREA_WORDS: Final = r"[A-Z][\w'\u2019-]*(?:[^\S\n]+(?:(?:of|and|&)[^\S\n]+)?[A-Z][\w'\u2019-]*){0,4}"
_WORDS_AFTER: Final = rf"(?P<after>{_AREA_WORDS})"
_REVIEW_TITLE: Final = re.compile(
    r"\b(?i:" + _review_kinds(r"\s+") + r"|safeguarding\s+adults?)\s+(?i:review)(?:[^\S\n]+[A-Z][\w'\u2019]*){0,3}"
    r"(?:[^\S\n]+[-\u2013\u2014](?:[^\S\n]+[A-Z][\w'\u2019]*){1,3})?[^\S\n]+[-\u2013\u2014][^\S\n]+" + _WORDS_AFTER)
_REMIT: Final = re.compile(
    r"(?i:\bsafeguard(?:s|ing)?(?:\s+and\s+promot\w+\s+the\s+welfare\s+of)?(?:\s+children(?:\s+and\s+young\s+people)?)?"
    r"\s+(?:in|across|within|throughout))\s+(?:the\s+)?" + _WORDS_AFTER)
# The board's mission: "to make Greenwich a safer place for children".
_SAFER_PLACE: Final = re.compile(r"\b(?i:mak(?:e|es|ing))\s+(?:the\s+)?" + _WORDS_AFTER + r"\s+a\s+safer\s+place")
# (… the council that commissioned the review or inquiry, named earlier in its sentence: not a placement's or a
# service's commissioner)
_COMMISSIONED: Final = re.compile(r"(?i:\b(?:review|inquiry|report|scr|l?cspr|sar|dhr)\b)[^.!?\n]{0,80}?"
                                  r"\bcommissioned\s+by\s+(?:the\s+)?" + _WORDS_AFTER)
# The council whose leader speaks on the review's publication ("the leader of Thurrock Council, Councillor X,
# said", "Wigan Council leader X said"): no case's narrative has a council's political leader in it.
_LEADER_OF: Final = re.compile(r"\b(?i:leader)\s+of\s+(?:the\s+)?" + _WORDS_AFTER)
# … or the area's elected mayor ("the Mayor of Hackney Philip Glanville said"), named by the area alone
_MAYOR_OF: Final = re.compile(r"\b(?-i:Mayor)\s+of\s+" + _WORDS_AFTER)
_COUNCIL_LEADER: Final = re.compile(rf"(?P<before>{_AREA_WORDS})[^\S\n]+Council[^\S\n]+(?i:leader)\b")
# ... or its safeguarding partners by the area's name ("will require Sutton partners to review …")
_AREA_PARTNERS: Final = re.compile(rf"(?P<before>{_AREA_WORDS})[^\S\n]+(?:(?i:safeguarding)[^\S\n]+)?partners\b")
# A headline opening its line with the area's review ("Somerset Serious Case Review calls for …", "Doncaster
# SCR causes …"); a review cited with its year ("Croydon Serious Case Review (2009)") is another board's.
# (… or a board's page of its published reviews: "Worcestershire Published Safeguarding Adults Reviews")
_AREA_REVIEW_HEADLINE: Final = re.compile(
    rf"(?m)^[ \t]*(?P<before>{_AREA_WORDS})(?<!Published)(?<!Recent)[ \t]+(?:(?i:published|recent)[ \t]+)?(?:(?i:"
    + _review_kinds(r"[ \t]+")
    + r"|safeguarding[ \t]+adults?)[ \t]+(?i:reviews?)"
    r"|(?:L?CSPR|SCR|E?CPR|SAR)s?)\b(?![ \t]*[(,\[][ \t]*(?:19|20)\d\d)")
# A headline: the area that publishes the review ("Haringey publishes Serious Case Review on …").
_PUBLISHES: Final = re.compile(
    rf"(?P<before>{_AREA_WORDS})[^\S\n]+(?i:publishes|has[^\S\n]+published)[^\S\n]+(?:(?i:a|an|its|the)[^\S\n]+)?"
    r"(?i:" + _review_kinds(r"[^\S\n]+") + r")[^\S\n]+(?i:review)")
# After a title's area: the line's end or punctuation ("Dudley...", "Cumbria \u00b7 3"), never more words.
_TITLE_END: Final = re.compile(r"[^\S\n]*(?:$|\n|[.\u00b7:|\u2026,;(])")
# Cited works: "Brandon et al. (2020)", "Munro (2011)", "(Sidebotham and Brandon, 2016)".
_AUTHORS: Final = rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*"
_CITATION: Final = re.compile(
    rf"\b(?P<authors>{_AUTHORS})(?:\s+et\s+al\.?)?\s*\((?:19|20)\d\d[a-z]?\)"
    rf"|\((?P<inner>{_AUTHORS})(?:\s+et\s+al\.?)?,?\s*(?:19|20)\d\d[a-z]?[);]"
)


# A published work's title right before its citation ("The Windrush Lessons Learned Review (Williams, 2020)").
_CITED_TITLE: Final = re.compile(
    r"(?P<title>(?:The[ \t]+)?[A-Z][\w'\u2019-]+(?:[ \t]+(?:of|and|the|for|on|in|to|into|[A-Z][\w'\u2019-]+)){0,8}"
    r"[ \t]+(?:Review|Report|Inquiry|Strategy|Framework|Guidance|Study|Analysis|Programme|Standards|Protocol|Toolkit"
    r"|Briefing|Evaluation|Paper))[ \t]*\((?:[A-Z][\w'\u2019-]+(?:[ \t]+et[ \t]+al\.?)?"
    r"|[A-Z][\w'\u2019-]+[ \t]+(?:and|&)[ \t]+[A-Z][\w'\u2019-]+),?[ \t]+(?:19|20)\d\d[a-z]?\)")
# A reference list's entry: authors by surname and initials, then the year ("Munro, E. (2011)", "Brandon, M.,
# Sidebotham, P., Belderson, P. et al. (2020)").
_LISTED_AUTHOR: Final = re.compile(r"((?:[A-Z][\w'\u2019-]+[ \t]+(?:(?:de|da|van|von|der|den|du|le|la)[ \t]+)*){0,2}"
                                   r"[A-Z][\w'\u2019-]+),[ \t]*(?:[A-Z]\.[ \t]?){1,3}")
_REFERENCE_ENTRY: Final = re.compile(
    rf"(?<![\w'\u2019-])(?P<listed>{_LISTED_AUTHOR.pattern}(?:,?[ \t]*(?:(?:and|&)[ \t]+)?{_LISTED_AUTHOR.pattern})*)"
    r"(?:,?[ \t]*et[ \t]+al\.?)?,?[ \t]*\((?:19|20)\d\d[a-z]?\)")

# An academic by title, first name and a surname of one or two words ("Professor Jane Monckton Smith"); a doctor is
# as likely the family's GP or paediatrician ("Dr Eilidh Munro" beside "Munro, E. (2011)").
_ACADEMIC: Final = re.compile(r"\b(?:Professor|Prof\.?)[ \t]+(?P<first>[A-Z][a-z'\u2019-]+)[ \t]+"
                              r"(?P<surname>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?)")


def _academics_cited(text: str, draft: str) -> list[str]:
    """Academics named by title and full name whose surname the draft's reference list gives with their first
    name's initial ("Professor Jane Monckton Smith" and "Monckton Smith, J. (2020)"): the authors, as written, with
    and without the title."""
    found = []
    for m in _ACADEMIC.finditer(text):
        words = [re.sub(r"['\u2019]s$", "", w) for w in m.group("surname").split()]  # ("Monckton Smith's")
        for surname in (" ".join(words), words[0]) if len(words) == 2 else (words[0],):
            entry = rf"(?<![\w'\u2019-]){re.escape(surname)},[ \t]+{m.group('first')[0]}\.(?:[ \t]?[A-Z]\.)*,?[ \t]*" \
                    r"(?:(?:and|&)[ \t]+[^()\n]{0,60})?\((?:19|20)\d\d"
            if re.search(entry, draft):
                name = f"{m.group('first')} {surname}"
                found += [m.group(0)[:m.start("surname") - m.start() + len(surname)], name]
                break
    return found


# A review that may be named for its child as well as its area: only a place before it is an area.
_CHILDS_REVIEW: Final = re.compile(r"(?i:Practice\s+Reviews?)\b")


# Where a draft's own text is written; metadata and sticky notes name their writer without a role.
_RUNNING_TEXT: Final = frozenset({"page", "body", "header", "footer", "footnote", "endnote", "image_text"})


class _HasText(Protocol):
    text: str


def _first_name_alone(name: str, text: str) -> bool:
    """Whether a cited name's first word, a first name, stands alone elsewhere in ``text`` as a person's name does
    ("Kathleen Butcher (2022)" over "Kathleen, a divorced woman …", a list of reviews named for their subjects):
    an author is cited by the surname, never by the first name alone."""
    words = name.split()
    if len(words) < 2 or not gz.is_first_name(words[0]) or gz.is_english_word(words[0]):
        return False
    rest = r"\s+".join(map(re.escape, words[1:]))
    return re.search(rf"(?<![\w'\u2019-]){re.escape(words[0])}(?![\w'\u2019-])(?!\s+{rest})", text) is not None


class _Draft:
    """A draft's whole text, read once for what one of its texts cannot say alone (a Word draft's paragraph cites
    "Brandon et al. (2008)"; another says "Brandon chose …")."""

    def __init__(self, texts: list[str]) -> None:
        self.text = "\n".join(texts)
        self._used: set[str] | None = None

    def used_as_names(self) -> set[str]:
        if self._used is None:
            self._used = words_used_as_names(self.text)
        return self._used


def _cited_authors(text: str, draft: _Draft) -> list[str]:
    """The authors ``text`` cites with a year ("Munro (2011)", "(Brandon et al., 2020)") or lists in its references by
    surname and initials ("Munro, E. (2011)", "Brandon, M., Sidebotham, P. et al. (2020)"). An author cited by a
    surname that the draft also writes as a person's first name ("Brandon chose …") is public only as the citation
    and the reference's entry; one cited by a full name whose first name the draft writes alone, not at all. A
    work's title right before its citation is public too ("The Windrush Lessons Learned Review (Williams, 2020)")."""
    found: list[str] = []
    cited = [(m.group(0) if m.group("authors") else m.group(0)[1:].rstrip(");"),
              [a.strip() for a in re.split(r"\s*(?:,|\band\b|&)\s*", m.group("authors") or m.group("inner"))])
             for m in _CITATION.finditer(text)]
    cited += [(m.group(0), [a.group(1) for a in _LISTED_AUTHOR.finditer(m.group("listed"))])
              for m in _REFERENCE_ENTRY.finditer(text)]
    found.extend(m.group("title") for m in _CITED_TITLE.finditer(text))
    found.extend(_academics_cited(text, draft.text))
    for citation, authors in cited:
        for author in authors:
            if not author or _first_name_alone(author, draft.text):
                continue
            if _first_name_word(author, draft.text) and _used_as_a_name(author, draft.text, draft.used_as_names()):
                # "Brandon et al. (2008)", "(Brandon et al., 2020)": the citation, and the reference list's entry by
                # the surname and initials ("Brandon, M."), and no more
                found.append(citation)
                entry = rf"(?<![\w'\u2019-]){re.escape(author)},[ \t]+[A-Z]\.(?:[ \t]?[A-Z]\.)*"
                found.extend(re.findall(entry, text))
                continue
            found.append(author)
    return found


def _first_name_word(author: str, text: str) -> bool:
    """Whether a cited author is one word that is a first name: no English word ("Brandon"), or one the draft writes
    as the first name of a full name ("Brook" of "Brook Pike")."""
    return " " not in author and gz.is_first_name(author) and (
        not gz.is_english_word(author) or first_of_a_full_name(author, [text]))


def _used_as_a_name(word: str, text: str, used_as_names: set[str]) -> bool:
    """Whether ``text`` writes ``word`` as a person's name: before a verb only people do ("Brandon chose"), or with a
    possessive before a word in lower case ("Brandon's father")."""
    return word in used_as_names or re.search(
        rf"(?<![\w'\u2019-]){re.escape(word)}['\u2019]s\s+[a-z]", text) is not None


def public_names(texts: Iterable[str], own: set[str] | None = None,
                 boards: dict[str, list[re.Match[str]]] | None = None) -> list[str]:
    """Names a draft itself shows to be public: board names and areas (a repository's list of published reviews
    names each one's area), and cited authors.

    Args:
        texts: The draft's texts.
        own: The areas of the draft's own boards (see :func:`_own_boards`), where ``texts`` read some text twice
            (a Word draft's paragraphs, then joined): else counted from ``texts``.
        boards: Each text's board names, where the caller found them already.
    """
    found: list[str] = []
    listings: list[str] = []
    labelled: list[str] = []  # listed reviews named by a review's label
    texts = list(texts)
    draft = _Draft(texts)
    boards = {text: boards[text] if boards is not None and text in boards else list(_BOARD.finditer(text))
              for text in texts}  # (each text read once: its own boards are counted from the same matches)
    own = _own_boards(texts, boards) if own is None else own
    for text in texts:
        for m in _LISTED_REVIEW.finditer(text):
            (labelled if _REVIEW_LABEL.fullmatch(m.group("name")) else listings).append(m.group("after"))
        for m in boards[text]:
            area = _board_area(m)
            if m.group("area4") and not _listed(area):
                continue  # "Safer Communities Partnership": a partnership's aim, no place
            if _CHILDS_REVIEW.search(m.group(0)) and _listed_tail(area) is None:
                continue  # a review named for its child ("Darius Nagys Local Child Safeguarding Practice Review")
            if own and _board_key(area) not in own and not _CITED_YEAR.match(text, m.end()):
                continue  # another area's board ("share this report with the Luton Safeguarding Adults Board"):
                # where the family lived before, no public name of this review's
            start = _area_start(area)  # "… concerning ‘Janet Clayton’ Oxfordshire Safeguarding Children Board"
            found.append(m.group(0)[start:])
            if not _CITED_YEAR.match(text, m.end()):  # another board cited for its review: its name alone
                found.extend(board_area_names(area[start:]))
        for m in _BOARD_THEN_AREA.finditer(text):
            words = m.group("after").split()
            if m.group("below") is not None and not re.match(r"[ \t]*(?:\n|$)", text[m.end():]):
                continue  # on the line under the board's heading, only an area alone on its line is the board's
            listed = next((" ".join(words[:k]) for k in range(len(words), 0, -1)
                           if _listed(" ".join(words[:k]))), None)
            if listed is not None:
                found.extend(board_area_names(listed))
        for m in _AREA_OVER_BOARD.finditer(text):
            if (council := gz.local_authority(m.group("area"))) is not None:
                found.extend([m.group("area"), *board_area_names(council)])
        for m in _BOARDS_OF.finditer(text):
            if m.group("csp"):  # each area, its aside dropped, a council's area alone
                for part in _ASIDE.split(m.group("csp")):
                    if gz.local_authority(area := re.sub(r"^(?:,|\s|and\b|&)+", "", part).strip()):
                        found.extend(board_area_names(area))
            elif all(_listed(p) for p in _AREA_PARTS.split(m.group("after")) if p.strip()):
                found.extend(board_area_names(m.group("after")))
        found.extend(_review_areas(text))
        found.extend(_cited_authors(text, draft))
    # a list of reviews (two lines or more, in any paragraphs), or a review named by its label
    for area in [*labelled, *(listings if len(listings) + len(labelled) >= 2 else [])]:
        if (council := gz.local_authority(area)) is not None:
            found.extend([area, *board_area_names(council)])
    return [f for f in dict.fromkeys(found) if len(f) > 2]


# A repository's list of published reviews, one a line: "December 2013 - Derbyshire - BDS12" (the month and year of
# publication, the area whose board published it, the review's name: a label or a few capitalised words).
# The year may stand alone, or run into the area as a PDF extracts it ("2012Ceredigion – Child J").
_LISTED_REVIEW: Final = re.compile(
    r"(?m)^[ \t]*(?:(?i:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"[ \t]+)?(?:19|20)\d\d(?:[ \t]+[-\u2013\u2014][ \t]+|[ \t]*(?=[A-Z]))(?P<after>" + _AREA_WORDS + r")[ \t]+"
    r"[-\u2013\u2014][ \t]+(?P<name>(?:[A-Z][\w'\u2019]*|\d+)(?:[ \t]+(?:[A-Z][\w'\u2019]*|\d+|and|&)){0,3})[ \t]*$")
# A review's label as its name ("Child BR", "Baby G", "Family A", "Young Person X"): one such line is a listing.
_REVIEW_LABEL: Final = re.compile(r"(?:Child|Baby|Infant|Family|Young[ \t]+Person|Children|Siblings)[ \t]+"
                                  r"[A-Z][A-Z0-9]{0,2}(?:[ \t]+(?:and|&)[ \t]+[A-Z][A-Z0-9]{0,2})?")


def _review_areas(text: str) -> list[str]:
    """The board's area as a review's title, the board's remit, the commissioning council, the council whose
    leader speaks, or a headline about the review's publication names it."""
    found: list[str] = []
    for rx in (_REVIEW_TITLE, _REMIT, _SAFER_PLACE, _COMMISSIONED, _LEADER_OF, _MAYOR_OF):
        for m in rx.finditer(text):
            words = m.group("after").split()
            for k in range(len(words), 0, -1):
                phrase = " ".join(words[:k])
                if rx is _REVIEW_TITLE and not _TITLE_END.match(text, m.start("after") + len(phrase)):
                    continue
                council = gz.local_authority(phrase)
                if council is None or (rx in (_COMMISSIONED, _LEADER_OF) and council.casefold() == phrase.casefold()):
                    continue  # "commissioned by Leeds": a council's name, not an area's, says who commissioned
                found.extend([phrase, *board_area_names(council)])  # as written too: "Brighton & Hove"
                break
    for body in listing_owner_bodies(text):  # a board's page of its published reviews: each one's owner
        words = body.split()
        for k in range(len(words)):  # "London Borough of Hounslow", "LB Hounslow": the council's name ends it
            council = gz.local_authority(" ".join(words[k:]))
            if council is not None and council.casefold() != body.casefold():
                found.extend([body, *board_area_names(council)])
                break
    for m in [*_PUBLISHES.finditer(text), *_AREA_REVIEW_HEADLINE.finditer(text), *_COUNCIL_LEADER.finditer(text),
              *_AREA_PARTNERS.finditer(text)]:
        words = m.group("before").split()
        for k in range(len(words)):  # the area opens the words, or follows one that is no first name
            council = gz.local_authority(" ".join(words[k:]))
            if council is not None and (k == 0 or not gz.is_first_name(words[k - 1])):
                found.extend([" ".join(words[k:]), *board_area_names(council)])
                break
    return found


# Where a draft names its own board: its title page, within the first characters of the draft.
_OWN_BOARD_REACH: Final = 3000


def _board_area(m: re.Match[str]) -> str:
    """The area a board's name gives, without a possessive ("… Local …", "Quillbury's")."""
    return re.sub(r"['\u2019]s$", "", m.group("area") or m.group("area2") or m.group("area3") or m.group("area4"))


def _board_key(area: str) -> str:
    return " ".join(area.split()).casefold()


def _own_boards(texts: list[str], boards: dict[str, list[re.Match[str]]]) -> set[str]:
    """The areas (folded) of the boards a draft names as its own: on its title page (within its first characters: the
    first board named there, and any other on a line of its own, as a title is) or three times or more. Empty where no
    board is named early, and then every board named counts as the draft's. ``boards`` gives each text's board
    names. (Another board named early in a sentence is another area's: "Slough's community safety partnership has
    been a full member of the panel".)"""
    early: set[str] = set()
    counts: dict[str, int] = {}
    seen = 0
    for text in texts:
        for m in boards[text]:
            key = _board_key(_board_area(m))
            counts[key] = counts.get(key, 0) + 1
            if seen + m.start() < _OWN_BOARD_REACH and (not early or _on_a_line_of_its_own(text, m)):
                early.add(key)
        seen += len(text)
        if seen > _OWN_BOARD_REACH and not early:
            return set()
    if not early:
        return set()
    # (… under a wider name too, the board's area grown: "Cwm Taf" became "Cwm Taf Morgannwg")
    return early | {k for k, n in counts.items() if n >= 3 or any(k.startswith(f"{e} ") for e in early)}


_COUNCIL_KINDS: Final = frozenset({"borough", "city", "county", "district", "metropolitan"})


def _on_a_line_of_its_own(text: str, m: re.Match[str]) -> bool:
    """Whether a board's name stands on a line of its own, as a title does (a few words beside it at most)."""
    start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
    line = text[start:len(text) if end < 0 else end].strip()
    return len(line) <= len(m.group()) + 30


def board_area_names(area: str) -> list[str]:
    """What a publishing board's area makes public: the area and each council area in it ("Cambridgeshire
    and Peterborough", or a region's: "Mid and West Wales" covers Powys), their councils' names, and the police
    force that polices them.

    Args:
        area: The words before "Safeguarding Children Board" ("The Role of Birmingham" gives Birmingham).
    """
    # (a council's kind after its area, "ROCHDALE BOROUGH …": the area is the council's, as the lists name it)
    written, words = area, area.split()
    while len(words) > 1 and words[-1].casefold() in _COUNCIL_KINDS and gz.local_authority(" ".join(words[:-1])):
        words.pop()
        area = gz.local_authority(" ".join(words)) or area
    if area.isupper() and (council := gz.local_authority(area)):
        area = council
    region = gz.board_region_areas(area)
    places = [area if region else _listed_tail(area) or area]
    # Split at "and" unless the whole is one council's ("Bath and North East Somerset") or a region's.
    for part in [] if gz.local_authority(area) or region else _AREA_PARTS.split(area):
        place = _listed_tail(part) or _bare_area(part)
        if place and place not in places:
            places.append(place)
    places.extend(p for p in region if p not in places)  # "Mid and West Wales": Powys …
    # (a council named for its towns names each of them: "Brighton & Hove", "Telford and Wrekin")
    if gz.local_authority(area) and not region:
        towns = [p.strip() for p in _AREA_PARTS.split(area)]
        places.extend(t for t in towns if gz.is_uk_place(t) and t not in places)
    # (a town of hyphened words is written spaced too: "Stoke on Trent")
    places.extend(spaced for p in list(places) if "-" in p and (spaced := p.replace("-", " ")) not in places)
    out = list(places)
    for place in places:
        out.extend(form.format(place) for form in _COUNCIL_NAMES)
        forces = sorted(gz.area_police_forces(place))
        out.extend(forces)
        out.extend(a for force in forces if (a := gz.force_acronym(force)) is not None)  # "GMP"
    return out if written in out else [written, *out]


def _listed(phrase: str) -> bool:
    """Whether ``phrase`` (in any case: "BLACKPOOL") is a listed council area or UK place."""
    name = phrase if not phrase.isupper() else phrase.title()
    return bool(gz.local_authority(name) or gz.is_uk_place(name))


def _bare_area(part: str) -> str | None:
    """An area a board names that no list of UK places knows by itself ("Kingston" of "Kingston and
    Richmond"): one capitalised word, no dictionary word, and no person's name unless a place's somewhere."""
    words = part.split()
    if len(words) != 1 or not part[:1].isupper() or gz.is_english_word(part) or (
            (gz.is_first_name(part) or gz.is_surname(part)) and not gz.is_world_city(part)):
        return None
    return part


def _area_start(area: str) -> int:
    """Where a board's area starts in the words before its title: at the first word from which every part
    (between "and", "&" and commas) is a listed place or council area, or an unlisted area by itself
    (``_bare_area``); a sentence's words before it ("… concerning ‘Janet Clayton’ Oxfordshire") are no part."""
    previous = ""
    for m in re.finditer(r"\S+", area):
        rest, word = area[m.start():], m.group()
        parts = [p for p in _AREA_PARTS.split(rest) if p.strip()]
        # A surname after a first name ("Janet Clayton and Oxfordshire …") is a person's, though a place too.
        named = gz.is_first_name(previous.strip("‘’'\"“”")) and gz.is_surname(word.strip("‘’'\"“”"))
        if gz.board_region_areas(rest) or (parts and not named and (
                gz.local_authority(rest) or all(_listed(p) or _bare_area(p) for p in parts))):
            return m.start()
        previous = word
    return 0


def _listed_tail(phrase: str) -> str | None:
    """The longest listed council area or place that ends ``phrase`` ("The Role of Birmingham" -> Birmingham)."""
    words = phrase.split()
    for i in range(len(words)):
        tail = " ".join(words[i:])
        if (gz.local_authority(tail) or gz.is_uk_place(tail)) and tail.casefold() != "the":
            return re.sub(r"^(?i:the)\s+", "", tail)  # "Cornwall and the Isles of Scilly": the place is its name
    return None


def public_people_in(segments: Iterable[_HasText]) -> list[str]:
    """People named with a public role in a draft's running text (not its metadata or sticky notes,
    which name their writer without one), and where the author says they studied."""
    segments = list(segments)
    running = [seg.text for seg in segments if getattr(seg, "kind", "body") in _RUNNING_TEXT]
    # (a Word table's cell is no cover's line: a short draft's chronology names its practitioners in cells)
    found: list[str] = cover_authors([seg.text for seg in segments if getattr(seg, "kind", "body") in _RUNNING_TEXT
                                      and getattr(seg, "cell", None) is None])
    # A Word draft's paragraphs and a PDF's pages are read joined: a title page puts a credit's role
    # ("Review Panel Chair:") and its name in paragraphs of their own, and a sentence runs on over a page
    # break. Headers, footers and notes are read on their own.
    body = "\n".join(seg.text for seg in segments if getattr(seg, "kind", "body") in ("body", "page"))
    others = [seg.text for seg in segments if getattr(seg, "kind", "body") in _RUNNING_TEXT - {"body", "page"}]
    for text in dict.fromkeys([body, *others]):
        found.extend(public_people(text))
        found.extend(national_review_authors(text))
        found.extend(author_places_of_study(text))
        found.extend(titled_office_holders(text))
    # Read across segments: a Word title page puts the name and the company in paragraphs of their own.
    found.extend(affiliations("\n".join(running), list(dict.fromkeys(found))))
    found.extend(authoring_companies("\n".join(running)))
    found.extend(_titled_names(running, found))
    return list(dict.fromkeys(found))


def _titled_names(texts: list[str], people: list[str]) -> list[str]:
    """A public person's surname, or full name, after a title, as the draft writes it ("Derek Benson, Independent
    Chair …" and later "Mr Benson said"; "Author: Dr Thomas Lamb")."""
    names = {name.split()[-1] for name in people if len(name.split()) >= 2 and name.split()[-1][:1].isupper()}
    # ... and the full name after a title ("Dr Thomas Lamb"), where the case's "Dr Thomas" would read inside it
    names |= {name for name in people if len(name.split()) >= 2}
    if not names:
        return []
    titled = re.compile(rf"\b{alternation(PERSONAL, DOCTOR, PROFESSOR, CIVIC)}\.?[ \t]+("
                        + "|".join(re.escape(s) for s in sorted(names, key=len, reverse=True))
                        + r")(?![\w'\u2019-])")
    return [re.sub(r"\s+", " ", m.group()) for text in texts for m in titled.finditer(text)]


def default_keep_phrases(document: Iterable[_HasText] | object, register_keep: Iterable[str]) -> list[str]:
    """The keep list for one draft.

    Args:
        document: The draft (anything with ``segments`` of objects with ``text``) or its segments.
        register_keep: The case register's keep list.
    """
    return with_register_keep(register_keep, document_keep_phrases(document))


def with_register_keep(register_keep: Iterable[str], document_keep: Iterable[str]) -> list[str]:
    """The keep list for one draft: the register's keep list, then :func:`document_keep_phrases`."""
    return list(dict.fromkeys([*register_keep, *document_keep]))


def document_keep_phrases(document: Iterable[_HasText] | object) -> list[str]:
    """The keep list that comes from the draft alone: our keep vocabulary, and the board names, public
    people, pseudonym labels, cars' makes and models, newspapers, research bodies, statutes and the children of
    national inquiries and reviews the draft uses.

    Args:
        document: The draft (anything with ``segments`` of objects with ``text``) or its segments.
    """
    segments: list[_HasText] = list(getattr(document, "segments", document))  # type: ignore[call-overload]
    texts = [s.text for s in segments]
    # A Word draft's paragraphs are read joined too: a board name wraps into the next paragraph when the
    # draft was made from wrapped lines. (PDF pages are not: a page's last word before the next page's
    # running header is no board name.)
    # A text given twice (a plain-text draft's one body segment is also its joined paragraphs) is read once.
    paragraphs = "\n".join(s.text for s in segments if getattr(s, "kind", "") == "body")
    read = list(dict.fromkeys([*texts, paragraphs]))
    boards = {text: list(_BOARD.finditer(text)) for text in read}
    own = _own_boards(texts, boards)  # (each text once: the joined paragraphs repeat them)
    return list(dict.fromkeys([*sorted(keep_phrases()), *public_names(read, own, boards),
                               *public_people_in(segments), *draft_labels(texts), *vehicle_names(texts),
                               *newspaper_names(texts), *research_bodies(texts), *statute_names(texts),
                               *reported_cases(texts), *national_case_names(texts)]))
