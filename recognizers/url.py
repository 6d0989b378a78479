"""Recognises web addresses (URLs) without any network look-up."""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import TablePatternRecognizer
from recognizers.catalogue import URL
from recognizers.patterns import Pattern

# A URL path may contain balanced brackets ("wiki/Foo_(bar)") but must not end with
# sentence punctuation or an unbalanced closing bracket: "(see www.example.org)." ends
# at "org".
_PATH_CHAR = r"[^\s<>\"'()\[\]{}]"
_PATH_END = r"[^\s<>\"'()\[\]{}.,;:!?]"
_PATH = rf"(?:{_PATH_CHAR}|\({_PATH_CHAR}*\))*(?:{_PATH_END}|\({_PATH_CHAR}*\))"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_HOST = rf"(?:{_LABEL}\.)+[a-z]{{2,24}}"
_START = r"(?<![\w@.\-/])"
# The first part of a host a line's end wraps at its hyphen, right before where an address's pattern starts.
_WRAPPED_BEFORE = re.compile(r"(?<![\w@./-])(?:(?:https?|ftp)://)?[a-z0-9][a-z0-9.-]*-[ \t]*\r?\n[ \t]*\Z",
                             re.IGNORECASE)
# Common endings for a bare domain with no path ("example.co.uk"); anything else needs
# a scheme, "www." or a path, so "e.g." and "S.47" never match.
_COMMON_TLDS = (
    r"(?:com|org|net|co\.uk|org\.uk|gov\.uk|ac\.uk|sch\.uk|nhs\.uk|police\.uk|me\.uk|ltd\.uk"
    r"|uk|io|info|biz|me|tv|app|online|site|xyz)"
)


class UrlRecognizer(TablePatternRecognizer):
    """Web addresses.

    Formats covered:

    * with a scheme: ``https://www.example.org/page?id=1``, ``http://example.com``;
    * starting ``www.``: ``www.example.co.uk/news``;
    * bare domains with a path: ``facebook.com/some.name``, ``instagram.com/some_name/``;
    * bare domains without a path, only for common endings: ``example.co.uk``,
      ``some-site.com``;
    * any of these with its host wrapped at a hyphen by a line's end (``www.smith-family-`` /
      ``photos.co.uk``): the whole address, so no part of it stays behind.

    Trailing punctuation (``)``, ``,``, ``.``, ``;``, ``:``, ``!``, ``?``) is not part of
    the span unless a closing bracket balances one inside the URL. Email addresses are
    not matched (the domain after ``@`` is skipped). No ``tldextract``: it downloads the
    public-suffix list.
    """

    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("URL (scheme)", rf"{_START}(?:https?|ftp)://{_PATH}", 0.85),
        Pattern("URL (www)", rf"{_START}www\.{_HOST}(?:[/?#]{_PATH}|[/?#])?(?![\w-])", 0.8),
        Pattern("URL (domain and path)", rf"{_START}{_HOST}/(?:{_PATH})?(?![\w-])", 0.6),
        Pattern("URL (bare domain)", rf"{_START}(?:{_LABEL}\.)+{_COMMON_TLDS}(?![\w@-]|\.[a-z0-9])", 0.5),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "website", "site", "url", "link", "web", "page", "online", "profile",
    )

    ENTITY: ClassVar[str] = URL

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        """The patterns' addresses, each joined to the part of its host that the line before ends with, wrapped
        at a hyphen ("www.smith-family-" / "photos.co.uk"); a part found on its own inside a joined one goes.
        (Joined here, not in the patterns: a wrap in every label's pattern made them four times slower.)"""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:
            wrapped = _WRAPPED_BEFORE.search(text, max(0, r.start - 120), r.start)
            if wrapped is not None:
                r.start = wrapped.start()
                # scored as its start reads: a scheme's or "www." address, whatever pattern found the rest
                start = text[r.start:r.start + 8].casefold()
                scheme, www = self.PATTERNS[0].score, self.PATTERNS[1].score
                score = scheme if start.startswith(("http://", "https://", "ftp://")) \
                    else www if start.startswith("www.") else r.score
                if score > r.score:
                    r.score = score
                    if r.analysis_explanation is not None:
                        r.analysis_explanation.set_improved_score(score)
        return [r for r in results if not any(o is not r and o.start <= r.start and r.end <= o.end
                                              and (o.start, o.end) != (r.start, r.end) for o in results)]
