"""Board settings without code: extra identifier patterns, keep/deny words and the date policy, in YAML.

The recogniser entries use Presidio's recogniser-registry format (``PatternRecognizer.from_dict``);
Redactor adds ``keep`` (words never to change) and ``dates`` (what to do with each kind of date)::

    recognizers:
      - name: Westbridge housing reference
        supported_language: en
        supported_entity: AGENCY_REFERENCE
        patterns:
          - {name: WHR, regex: "\\\\bWHR-\\\\d{6}\\\\b", score: 0.8}
        context: [housing, tenancy]
      - name: Westbridge estates
        supported_language: en
        supported_entity: LOCATION
        deny_list: [Fenwick Estate, Hollins Park]
    keep: [Westbridge, Westbridge Safeguarding Children Partnership]
    dates:
      date_of_birth: redact      # redact | generalise
      day: generalise            # generalise | redact | keep
    name: Westbridge Safeguarding Children Partnership   # shown on the redaction report
    reason_codes:                # the reasons a reviewer can give (default: DEFAULT_REASONS)
      - {code: child, label: Identifies the child}
      - {code: family, label: Identifies a family member}
    images: remove               # keep (default: words read in them are redacted) | remove (every picture)
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal, get_args

import yaml
from presidio_analyzer import PatternRecognizer

from redactor.errors import RedactorError

BOARD_ENV: Final = "REDACTOR_BOARD"
BirthPolicy = Literal["redact", "generalise"]
DayPolicy = Literal["generalise", "redact", "keep"]
ImagePolicy = Literal["keep", "remove"]


class BoardConfigError(RedactorError):
    """The board settings file is missing or malformed."""


@dataclass(frozen=True, slots=True)
class DatePolicy:
    """What happens to dates of birth and to other day-precise dates (month-year and years are kept)."""

    date_of_birth: BirthPolicy = "redact"
    day: DayPolicy = "generalise"


@dataclass(frozen=True, slots=True)
class ReasonCode:
    """Why something was redacted or kept: a short code for the log and a label for people."""

    code: str
    label: str


DEFAULT_REASONS: Final = (
    ReasonCode("child", "Identifies the child"),
    ReasonCode("family", "Identifies a family member"),
    ReasonCode("third_party", "Third-party personal data"),
    ReasonCode("professional", "Professional's name"),
    ReasonCode("location", "Identifies a location"),
    ReasonCode("agency", "Identifies an agency, school or service"),
    ReasonCode("identifier", "Reference number or identifier"),
    ReasonCode("date", "Date that could identify"),
    ReasonCode("sensitive", "Health or other special-category detail"),
    ReasonCode("public", "Public information (kept)"),
    ReasonCode("not_identifying", "Not identifying (kept)"),
    ReasonCode("other", "Other"),
)
_CODE = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")


@dataclass(frozen=True, slots=True)
class BoardConfig:
    """A board's settings: extra recognisers, keep words, date policy, its name and reason codes."""

    path: Path | None = None
    recognizers: tuple[PatternRecognizer, ...] = ()
    keep: tuple[str, ...] = ()
    dates: DatePolicy = field(default_factory=DatePolicy)
    name: str = ""
    reasons: tuple[ReasonCode, ...] = DEFAULT_REASONS
    images: ImagePolicy = "keep"

    def reason(self, code: str) -> ReasonCode | None:
        """The reason with this code, if the board has it."""
        return next((r for r in self.reasons if r.code == code), None)

    @classmethod
    def load(cls, path: Path) -> BoardConfig:
        """Read and validate a board settings file.

        Raises:
            BoardConfigError: Missing file, bad YAML, or an invalid entry (named in the message).
        """
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except FileNotFoundError as exc:
            raise BoardConfigError(f"board settings {path}: no such file") from exc
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise BoardConfigError(f"board settings {path}: not valid YAML ({str(exc).splitlines()[0]})") from exc
        if not isinstance(data, dict):
            raise BoardConfigError(f"board settings {path}: expected a mapping")
        recognizers = tuple(_recognizer(path, i, raw) for i, raw in enumerate(data.get("recognizers") or [], 1))
        keep = data.get("keep") or []
        if not isinstance(keep, list) or not all(isinstance(k, str) for k in keep):
            raise BoardConfigError(f"board settings {path}: keep must be a list of strings")
        name = data.get("name") or ""
        if not isinstance(name, str):
            raise BoardConfigError(f"board settings {path}: name must be text")
        images = data.get("images", "keep")
        if images not in get_args(ImagePolicy):
            raise BoardConfigError(f"board settings {path}: images must be one of " + ", ".join(get_args(ImagePolicy)))
        return cls(path, recognizers, tuple(k.strip() for k in keep if k.strip()), _dates(path, data.get("dates")),
                   name.strip(), _reasons(path, data.get("reason_codes")), images)

    @classmethod
    def from_environment(cls, path: Path | None = None) -> BoardConfig:
        """The settings at ``path``, else at ``$REDACTOR_BOARD``, else the defaults."""
        chosen = path or (Path(os.environ[BOARD_ENV]) if os.environ.get(BOARD_ENV) else None)
        return cls.load(chosen) if chosen else cls()


def _recognizer(path: Path, index: int, raw: Any) -> PatternRecognizer:
    if not isinstance(raw, dict):
        raise BoardConfigError(f"board settings {path}: recogniser {index} is not a mapping")
    name = raw.get("name") or f"recogniser {index}"
    if not raw.get("supported_entity"):
        raise BoardConfigError(f"board settings {path}: {name!r} has no supported_entity")
    if not raw.get("patterns") and not raw.get("deny_list"):
        raise BoardConfigError(f"board settings {path}: {name!r} needs patterns or a deny_list")
    for pattern in raw.get("patterns") or []:
        try:
            re.compile(str(pattern.get("regex", "")))
        except (re.error, AttributeError) as exc:
            raise BoardConfigError(f"board settings {path}: {name!r} has a bad regex ({exc})") from exc
    entry = {"supported_language": "en", **raw, "name": name}
    try:
        return PatternRecognizer.from_dict(entry)
    except (TypeError, ValueError, KeyError) as exc:
        raise BoardConfigError(f"board settings {path}: {name!r} is invalid ({exc})") from exc


def _dates(path: Path, raw: Any) -> DatePolicy:
    if raw is None:
        return DatePolicy()
    if not isinstance(raw, dict):
        raise BoardConfigError(f"board settings {path}: dates must be a mapping")
    birth = raw.get("date_of_birth", "redact")
    day = raw.get("day", "generalise")
    if birth not in get_args(BirthPolicy):
        raise BoardConfigError(f"board settings {path}: dates.date_of_birth must be one of "
                               + ", ".join(get_args(BirthPolicy)))
    if day not in get_args(DayPolicy):
        raise BoardConfigError(f"board settings {path}: dates.day must be one of " + ", ".join(get_args(DayPolicy)))
    return DatePolicy(birth, day)


def _reasons(path: Path, raw: Any) -> tuple[ReasonCode, ...]:
    if raw is None:
        return DEFAULT_REASONS
    if not isinstance(raw, list):
        raise BoardConfigError(f"board settings {path}: reason_codes must be a list")
    out: list[ReasonCode] = []
    for i, item in enumerate(raw, 1):
        if isinstance(item, str):
            item = {"code": item, "label": item}
        if not isinstance(item, dict) or not item.get("code") or not item.get("label"):
            raise BoardConfigError(f"board settings {path}: reason code {i} needs a code and a label")
        code, label = str(item["code"]).strip(), str(item["label"]).strip()
        if not _CODE.match(code):
            raise BoardConfigError(f"board settings {path}: reason code {code!r} must be one word "
                                   "(letters, digits, _ . -)")
        if any(r.code == code for r in out):
            raise BoardConfigError(f"board settings {path}: reason code {code!r} is listed twice")
        out.append(ReasonCode(code, label))
    return tuple(out)
