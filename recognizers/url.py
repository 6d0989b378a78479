"""Recognises web addresses (URLs) without any network look-up."""

from __future__ import annotations

from typing import ClassVar

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
# A line's end that wraps a host at its hyphen ("www.smith-family-" / "photos.co.uk"): the address goes on.
_WRAP = r"[a-z0-9][a-z0-9-]*-[ \t]*\r?\n[ \t]*"
_WRAPPED_LABEL = rf"(?:{_WRAP})?{_LABEL}"
_HOST = rf"(?:{_WRAPPED_LABEL}\.)+[a-z]{{2,24}}"
_START = r"(?<![\w@.\-/])"
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
        Pattern("URL (scheme)", rf"{_START}(?:https?|ftp)://(?:(?:{_LABEL}\.)*{_WRAP})?{_PATH}", 0.85),
        Pattern("URL (www)", rf"{_START}www\.{_HOST}(?:[/?#]{_PATH}|[/?#])?(?![\w-])", 0.8),
        Pattern("URL (domain and path)", rf"{_START}{_HOST}/(?:{_PATH})?(?![\w-])", 0.6),
        Pattern("URL (bare domain)", rf"{_START}(?:{_WRAPPED_LABEL}\.)+{_COMMON_TLDS}(?![\w@-]|\.[a-z0-9])", 0.5),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "website", "site", "url", "link", "web", "page", "online", "profile",
    )

    ENTITY: ClassVar[str] = URL
