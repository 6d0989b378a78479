"""Recognises social-media handles and usernames."""

from __future__ import annotations

from typing import ClassVar, Final

import regex as re

from recognizers import gazetteer as gz
from recognizers.base import TablePatternRecognizer
from recognizers.catalogue import SOCIAL_HANDLE
from recognizers.name_judge import ROLE_WORDS
from recognizers.patterns import Pattern

_PLATFORM = (
    r"(?:snap\s?chat|snap|instagram|insta|ig|tik\s?tok|twitter|facebook|fb|messenger|kik|discord"
    r"|telegram|you\s?tube|twitch|roblox|xbox(?:\s?live)?|psn|playstation|fortnite|minecraft"
    r"|reddit|tumblr|pinterest|omegle|yubo|houseparty|grindr|tinder|badoo|only\s?fans|skype"
    r"|we\s?chat|whats\s?app|threads|bluesky|mastodon|steam|spotify)(?:'s|’s)?"
)
# Labels that name the handle itself, after a platform ("Instagram username xyz").
_NAME_LABEL = (
    r"(?:user\s?name|screen\s?name|display\s?name|profile\s?name|account\s?name|handle|name|id"
    r"|gamer\s?tag|log-?\s?in)s?"
)
# Labels that mean a handle on their own ("the username dark_angel99").
_GENERIC_LABEL = (r"(?:user\s?name|screen\s?name|gamer\s?tag|online\s?name|profile\s?name|account\s?name"
                  r"|display\s?name)s?")
# Nouns that only introduce a handle when it is quoted or clearly handle-like.
_WEAK_LABEL = r"(?:account|profile|page|channel|group|chat)s?"
_LABELLED = rf"(?:\b{_PLATFORM}\s+{_NAME_LABEL}|\b{_GENERIC_LABEL})"

_HANDLE = r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,28}[A-Za-z0-9_])?"
_END = r"(?![\w@]|[.\-]\w)"
_HAS_LETTER = r"(?=[\w.\-]*[A-Za-z])"
# Handle-like: at least three characters, a letter, and a digit, underscore or dot.
# (an inner dot: a sentence's stop after a word is none, "Instagram post.")
_HANDLE_LIKE = rf"(?=[A-Za-z0-9_.\-]{{3}}){_HAS_LETTER}(?=[\w.\-]*(?:[\d_]|\.\w)){_HANDLE}"
# A name written in camel case, capitals inside it ("GreyManKL"), as no word of prose is (a brand's is vocabulary).
# (not a surname's prefix: "McDonald", "DeShawn"; its case matters, whatever the pattern's flags)
_CAMEL = r"(?-i:(?!(?:Ma?c|De|Le|La|Di|Du|Van|Von)[A-Z][a-z]+\b)(?=[A-Za-z0-9]*[a-z][A-Z])[A-Za-z][A-Za-z0-9]{3,29})"
_OPEN_QUOTE = r"[\"'“‘]"
_QUOTED = rf"(?<={_OPEN_QUOTE}){_HAS_LETTER}{_HANDLE}(?=[\"'”’])"

# Cheap check first, so the long look-behinds only run where a value could start.
_VALUE_START = r"(?<=[\s:\"'“‘\-–(])(?=[@\w])"
# Every label above holds a platform's name or a generic label (a text without either has no labelled handle).
_LABEL_CUE = rf"\b{_PLATFORM}\b|{_GENERIC_LABEL}"

# Plain words that follow a label in prose and are not handles.
_STOPWORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "from", "by", "with",
    "as", "is", "was", "were", "be", "been", "are", "has", "had", "have", "it", "its", "this",
    "that", "these", "those", "he", "she", "they", "them", "his", "her", "their", "him", "we", "us",
    "our", "you", "your", "which", "who", "whom", "what", "when", "where", "how", "not", "no",
    "yes", "any", "some", "all", "unknown", "unclear", "none", "n/a", "na", "redacted", "withheld",
    "removed", "deleted", "changed", "blocked", "used", "account", "accounts", "profile", "page",
    "message", "messages", "messaging", "chat", "chats", "group", "groups", "app", "apps", "online",
    "number", "numbers", "password", "passwords", "name", "names", "details", "information",
    "later", "also", "then", "only", "both", "either", "neither",
    # a verb after the label ("the Snapchat handle must be removed")
    "must", "should", "could", "would", "will", "can", "may", "might", "shall", "did", "does", "do", "being",
    "needs", "needed", "remains", "remained", "appears", "appeared", "showed", "shows", "suggests", "suggested",
    "included", "includes", "include", "including", "contained", "contains", "check", "checked", "see", "seen",
})
_TIME = re.compile(r"\d{1,2}(?:[.:]\d{2})?(?:am|pm)|\d{1,2}[.:]\d{2}", re.IGNORECASE)


# A board's, agency's or public body's own account ("@WiltshireSCB", "@NSPCC", "@WestshirePolice").
_PUBLIC_BODY: Final = re.compile(
    r"(?:(?i:l?sc[bp]b?|safeguard|council|police|constabulary|nhs|nspcc|ofsted|gov|cafcass|barnardo|childline|cspr)"
    # ... an adults' board or a community safety partnership in capitals ("@MerseyValeSAB"), and what the account is
    # for after it ("@PBSCP_learning")
    r"|(?-i:S?SAB|CSP))(?:_?(?i:uk|learning|news|info|training|team))?$"
    r"|^(?i:nspcc|ofsted|cafcass|nhs|gov|barnardos|childline)")


class SocialHandleRecognizer(TablePatternRecognizer):
    """Social-media handles and usernames.

    Formats covered:

    * ``@some_name`` on its own (not an email address, not ``@ 5pm`` or ``@5pm``);
    * a platform then a colon or a spaced dash: ``Snapchat: lily_rose``, ``IG - @lily.rose``
      (not ``Facebook-based``);
    * a platform and a name label: ``Instagram username xyz``, ``TikTok handle @name``,
      ``Snapchat name is lily_99`` (after "is"/"was" only when the value looks like a
      handle: it has a digit, underscore or dot, or is quoted);
    * a platform and a handle: ``TikTok @name``;
    * a generic label: ``the username dark_angel99``, ``gamertag: Fr0sty``; a handle-like value set off by a
      comma after a label: ``Her Snapchat name, lily_99, was``;
    * Discord's tag, a name and four digits, wherever it stands: ``ghost#4821``;
    * a weak label with a quoted or handle-like value: ``Instagram account "lilyrose"``;
    * a handle-like value, then the platform it is used on: ``the name "jdog07" on Xbox Live``, or any name someone
      used there: ``as "rookexe" on Discord``;
    * a handle-like value in brackets right after its platform: ``Her Snapchat (tina_m84) was used``, or right after
      it, as contact details list it: ``Snapchat dawit.t05``, ``Snap: moz.o_07``, ``a new snapchat "chels_x"``, or
      after "is": ``his Snapchat is baileyd_08x``;
    * the platform earlier in the sentence, then the handle-like name used on it: ``On Snapchat she used the
      name lil_precious07``, or who wrote from it: ``threats on Snapchat from lewisgrant06``.

    The span is the handle (with its ``@`` when written), never the platform or label.
    Common English words after a label ("Snapchat username and password") are rejected.
    """

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("Handle (@)", rf"(?<![\w@.+\-/])@{_HAS_LETTER}{_HANDLE}{_END}", 0.6),
        Pattern(
            "Handle (platform then @)",
            rf"(?<=\s)(?=@)(?<=\b{_PLATFORM}\s+(?:{_NAME_LABEL}\s+)?)@{_HANDLE}{_END}",
            0.8,
            cue=_LABEL_CUE,
        ),
        Pattern(
            "Handle (label and colon)",
            rf"{_VALUE_START}(?<=(?:\b{_PLATFORM}(?:\s+{_NAME_LABEL})?|{_LABELLED})(?:\s*:|\s+[\-–])\s*{_OPEN_QUOTE}?)"
            rf"@?{_HAS_LETTER}{_HANDLE}{_END}",
            0.7,
            cue=_LABEL_CUE,
        ),
        Pattern(
            "Handle (label)",
            rf"{_VALUE_START}(?<={_LABELLED}\s+{_OPEN_QUOTE}?)@?{_HAS_LETTER}{_HANDLE}{_END}",
            0.6,
            cue=_LABEL_CUE,
        ),
        Pattern(
            "Handle (label is handle-like)",
            rf"{_VALUE_START}(?<={_LABELLED}(?:\s+(?:is|was|of|as|called|named)|\s*,)\s+{_OPEN_QUOTE}?)"
            rf"(?:{_HANDLE_LIKE}|{_QUOTED}){_END}",
            0.7,
            cue=_LABEL_CUE,
        ),
        Pattern(
            "Handle (in brackets after the platform)",
            rf"(?<=\b{_PLATFORM}\s*\()(?:@{_HAS_LETTER}{_HANDLE}|{_HANDLE_LIKE})(?=\))",
            0.7,
            cue=_LABEL_CUE,
        ),
        # ... or in brackets later in the platform's sentence ("the Discord name you gave me (GreyManKL)")
        Pattern(
            "Handle (in brackets, the platform earlier in its sentence)",
            rf"(?<=\b{_PLATFORM}\b[^.!?;\n()]{{0,60}}?\()(?:@{_HAS_LETTER}{_HANDLE}|{_HANDLE_LIKE}|{_CAMEL})(?=\))",
            0.6,
            cue=_LABEL_CUE,
        ),
        # a name joined by an underscore, wherever it stands ("jesss_m2k7", "Steam user AyoNoodle_99"): prose writes
        # nothing else so but a file's, an e-mail's or a web address's name, which the characters around it show
        Pattern("Handle (a name joined by an underscore)",
                r"(?<![\w@.+\-/#\\?&=])(?=[\w.]{5})(?=[\w.]*(?-i:[a-z]))[A-Za-z0-9]+(?:[._][A-Za-z0-9]+)*_[A-Za-z0-9]+"
                r"(?![\w@]|[.\-/\\]\w)", 0.6, cue=r"[A-Za-z0-9]_[A-Za-z0-9]"),
        # Discord's tag: a name and four digits after "#", a shape nothing else in a review has ("ghost#4821")
        Pattern("Discord tag", r"(?<![\w@#/.\-])[A-Za-z_.][\w.]{1,31}#\d{4}(?![\w#])", 0.6, cue=r"#\d{4}"),
        Pattern(
            "Handle (weak label, quoted or handle-like)",
            rf"{_VALUE_START}(?<=\b{_PLATFORM}\s+{_WEAK_LABEL}\s+(?:(?:is|was|called|named)\s+)?(?:{_OPEN_QUOTE}|\()?)"
            rf"(?:{_HANDLE_LIKE}|{_QUOTED}){_END}",
            0.6,
            cue=_LABEL_CUE,
        ),
        Pattern(
            "Handle (the platform, then the name used on it)",
            rf"{_VALUE_START}(?<=\b{_PLATFORM}\b[^.!?;\n]{{0,80}}?\b(?:names?\s+(?:of\s+)?|handles?\s+"
            rf"|(?:from|by)\s+(?:user\s+)?|{_WEAK_LABEL}\s+(?:called|named)\s+"
            rf"|(?<!\b(?:describ|regard|view|seen|see|treat|characteri[sz]|label|classed|classifi)\w*\s+(?:\w+\s+){{0,3}})"
            rf"as\s+(?={_OPEN_QUOTE}))"  # (not what someone calls it: "describe it as "advertising"")
            rf"{_OPEN_QUOTE}?)"
            rf"(?:{_HANDLE_LIKE}|{_QUOTED}){_END}",
            0.6,
            cue=_LABEL_CUE,
        ),
        # the platform earlier in the sentence, then a handle-like value in quotes ('Snapchat user @keelz_xo was in
        # contact with the accounts "reb.washbay" and "flor1n_91"'), or after "is"/"was" ("Kay's Snapchat at the time
        # was kayleeann_x05")
        Pattern(
            "Handle (the platform, then a quoted handle-like value in its sentence)",
            rf"{_VALUE_START}(?:(?<=\b{_PLATFORM}\b(?:[^.!?;\n]|\.(?=\w)){{0,100}}?{_OPEN_QUOTE})(?={_HANDLE_LIKE}[\"'”’])"
            rf"|(?<=\b{_PLATFORM}\b[^.!?;\n]{{0,40}}?\b(?:is|was)\s+)(?![\d.:]+(?:am|pm)?\b))"
            rf"(?=[\w\-]*(?:[\d_]|\.\w)){_HANDLE_LIKE}{_END}",  # (a digit, "_" or an inner dot: no sentence's stop)
            0.6,
            cue=_LABEL_CUE,
        ),
        # an account's name in quotes, handle-like, no platform named ('messaging provider: account "sunnysorcha84"');
        # not a bank's ("bank account", "savings account")
        Pattern(
            "Handle (an account's quoted handle-like name)",
            rf"(?<=(?<!\b(?:bank|savings|current|isa|building\s+society|joint)\s+)\baccounts?\s+{_OPEN_QUOTE})"
            rf"(?=[\w.]*[a-z])(?=[A-Za-z0-9_.\-]*\d)(?=[A-Za-z0-9_.\-]+[\"'”’]){_HANDLE_LIKE}{_END}",
            0.6,
            cue=r"(?i:accounts?)\s+[\"'“‘]",
        ),
        # a contact list's "Snapchat dawit.t05": a handle-like value (a letter, and a digit, "_" or ".") after it
        Pattern(
            "Handle (handle-like, right after the platform)",
            rf"{_VALUE_START}(?<=\b{_PLATFORM}[ \t]+(?:(?:is|was)[ \t]+)?{_OPEN_QUOTE}?)(?=[\w.\-]*[A-Za-z])"
            r"(?![\d.:]+(?:am|pm)?\b)"
            rf"{_HANDLE_LIKE}{_END}",
            0.6,
            cue=_LABEL_CUE,
        ),
        Pattern(
            "Handle (handle-like, then the platform)",
            rf"{_VALUE_START}(?:{_HANDLE_LIKE}|(?<=\bas\s+{_OPEN_QUOTE}){_QUOTED}){_END}"
            rf"(?=[\"'”’]?\s+(?:on|in|via)\s+{_PLATFORM}\b)",
            0.6,
            cue=_LABEL_CUE,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "snapchat", "instagram", "tiktok", "twitter", "facebook", "kik", "discord", "username",
        "handle", "account", "profile", "gamertag", "online", "social", "media",
    )

    ENTITY: ClassVar[str] = SOCIAL_HANDLE

    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject times (``@5pm``) and ordinary words after a label.

        Args:
            pattern_text: The matched text.

        Returns:
            True when the match should be discarded.
        """
        value = pattern_text.lstrip("@")
        if _TIME.fullmatch(value) or _PUBLIC_BODY.search(value):
            return True  # a time ("@5pm"); a public body's own account ("@WiltshireSCB")
        if not pattern_text.startswith("@") and gz.is_keep_phrase(value):
            return True  # a brand or a service in brackets ("(WhatsApp)", "(PlayStation)")
        # A written "@" marks a handle even when it is an ordinary word ("@name"); a family role is the review's
        # label for the person an account was named after ('an account in the name "Stepfather"').
        return not pattern_text.startswith("@") and (value.lower() in _STOPWORDS or value.lower() in ROLE_WORDS)
