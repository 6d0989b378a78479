"""Recognises email addresses without any network look-up."""

from __future__ import annotations

from typing import ClassVar

from recognizers.base import TablePatternRecognizer
from recognizers.catalogue import EMAIL_ADDRESS
from recognizers.patterns import Pattern

# Endings that make "name@2x.png" look like an address but are file names.
_FILE_ENDINGS = frozenset({"png", "jpg", "jpeg", "gif", "pdf", "doc", "docx", "xls", "xlsx", "txt"})


_DOT_BRACKETED = r"(?:\.|\s*[\[(]\s*dot\s*[\])]\s*)"
_AT_BRACKETED = r"\s*[\[(]\s*at\s*[\])]\s*"
_LOCAL_WRITTEN = (r"(?=[\w%+'-]*(?:[._\d]|[\[(]\s*dot))[\w%+'-]+"
                  rf"(?:{_DOT_BRACKETED}[\w%+'-]+)*")
_COMMON_TLD = r"(?:com|org|net|uk|gov|ac|edu|info|me|io)"  # ("co dot uk": the dotted parts before it take "co")


class EmailRecognizer(TablePatternRecognizer):
    """Email addresses of the form ``local@domain.tld``.

    Formats covered: ``jo.bloggs@example.org``, ``j_bloggs+school@mail.example.co.uk``,
    ``Name.Surname99@example.gov.uk``, a local part in any script's letters (``Alžběta.Hodgson@example.org``),
    and addresses wrapped in ``<...>``, ``(...)`` or
    followed by sentence punctuation (which is not part of the span); an address written out so no program reads
    it (``tina.marsh84 [at] gmail [dot] com``, ``jo.bloggs at example dot org``).

    The top-level domain is checked for shape only (2-24 letters), on purpose: Presidio's
    own email recogniser uses ``tldextract``, which fetches the public-suffix list from
    the network. Local parts with ``..`` or leading/trailing dots are rejected.
    """

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "Email address",
            r"(?<![\w.%+'-])"
            r"[\w%+'-](?:[\w.%+'-]{0,62}[\w%+'-])?"  # (any script's letters: "alžběta.hodgson@…")
            r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
            r"(?![\w@-]|\.[A-Za-z0-9])",
            0.85,
        ),
        # Written out so no program reads it, as people post an address: "tina.marsh84 [at] gmail [dot] com",
        # "tina(dot)marsh(at)gmail(dot)com". The local part has a dot, an underscore or a digit: "school (at) home
        # (dot) com" is words.
        Pattern(
            "Email address (written out, bracketed)",
            rf"(?<![\w.%+'-]){_LOCAL_WRITTEN}{_AT_BRACKETED}"
            rf"[A-Za-z0-9-]+(?:{_DOT_BRACKETED}[A-Za-z0-9-]+)*{_DOT_BRACKETED}[A-Za-z]{{2,24}}(?![\w-])",
            0.75,
            cue=r"[\[(]\s*at\s*[\])]",
        ),
        # ... or in words ("jo.bloggs at example dot org"), its top-level domain a common one
        Pattern(
            "Email address (written out, in words)",
            rf"(?<![\w.%+'-])(?=[\w%+'-]*[._\d])[\w%+'-]+(?:\.[\w%+'-]+)*[ \t]+at[ \t]+[A-Za-z0-9-]+"
            rf"(?:[ \t]+dot[ \t]+[A-Za-z0-9-]+)*[ \t]+dot[ \t]+{_COMMON_TLD}(?![\w-])",
            0.7,
            cue=r"\sdot\s",
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("email", "e-mail", "mail", "address", "contact", "emailed")

    ENTITY: ClassVar[str] = EMAIL_ADDRESS

    def invalidate_result(self, pattern_text: str) -> bool:
        """Reject local parts with doubled dots and file names such as ``icon@2x.png``.

        Args:
            pattern_text: The matched text.

        Returns:
            True when the match should be discarded.
        """
        local, _, domain = pattern_text.rpartition("@")
        return ".." in local or domain.rsplit(".", 1)[-1].lower() in _FILE_ENDINGS
