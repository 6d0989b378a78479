"""Presidio patterns compiled once, with their recogniser's flags, and searched only where their cue is.

Presidio's ``Pattern`` compiles its regex when it is made, only to check it, and its recogniser
compiles it again with the recogniser's flags on first use. The ``regex`` module's compiler is
written in Python: compiling our patterns twice cost about half a second of every run's start.
Our ``Pattern`` is compiled once, by :func:`compile_patterns` (an invalid regex still fails
there, when the recognisers are built).

A pattern that can match only after (or before) a label word ("passport", "date of birth")
names that word as its *cue*. A recogniser's text is searched for the cue first, a fast scan of
the text in lower case, and the pattern (whose look-behinds are tried at every word otherwise)
runs only on a text that holds it. The cue must be implied by the pattern: every match needs the
cue somewhere in the text searched. Cues are written in lower case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import regex
from presidio_analyzer import Pattern as PresidioPattern
from presidio_analyzer import PatternRecognizer


class Pattern(PresidioPattern):
    """A Presidio pattern, compiled by :func:`compile_patterns`, with an optional cue.

    Args:
        name: The pattern's name (shown in explanations).
        regex: The regex.
        score: Its base score, 0-1.
        cue: A regex, in lower case, that every text the pattern matches in must hold (in any case), or None.
    """

    def __init__(self, name: str, regex: str, score: float, cue: str | None = None) -> None:
        # Presidio's __init__ would compile the regex to validate it: compile_patterns does, once.
        if not 0 <= score <= 1:
            raise ValueError(f"Invalid score: {score}. Score should be between 0 and 1")
        self.name = name
        self.regex = regex
        self.score = score
        self.compiled_regex = None
        self.compiled_with_flags = None
        self.cue = _cue(cue) if cue else None


class Cue:
    """A regex (in lower case) that a text must hold, in lower case, for a pattern to match in it.

    The answer for the last text asked about is kept: a recogniser's patterns often share one cue.
    """

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern)
        self._last: tuple[str | None, bool] = (None, False)

    def found_in(self, text: str) -> bool:
        """Whether ``text`` holds the cue, in any case."""
        last_text, found = self._last
        if last_text is not text:
            found = self.regex.search(_lowered(text)) is not None
            self._last = (text, found)
        return found


@cache
def _cue(pattern: str) -> Cue:
    return Cue(pattern)


_last_lowered: tuple[str, str] = ("", "")


def _lowered(text: str) -> str:
    """``text.lower()``, kept for the next cue asking about the same text."""
    global _last_lowered
    last = _last_lowered
    if last[0] is not text:
        last = (text, text.lower())
        _last_lowered = last
    return last[1]


class CuedRegex:
    """A compiled regex that finds nothing, at once, in a text without its cue."""

    def __init__(self, compiled: regex.Pattern[str], cue: Cue) -> None:
        self.compiled = compiled
        self.cue = cue
        self.pattern = compiled.pattern

    def finditer(self, text: str, *args: Any, **kwargs: Any) -> Iterator[regex.Match[str]]:
        """``regex`` ``finditer``, or nothing when ``text`` lacks the cue."""
        if not self.cue.found_in(text):
            return iter(())
        found: Iterator[regex.Match[str]] = self.compiled.finditer(text, *args, **kwargs)
        return found


def compile_patterns(recognizer: PatternRecognizer) -> None:
    """Compile each of the recogniser's patterns with its flags, once (Presidio then uses them as they are).

    Raises:
        ValueError: A pattern's regex is invalid.
    """
    flags = recognizer.global_regex_flags
    patterns: list[PresidioPattern] = recognizer.patterns  # type: ignore[has-type]  # untyped in Presidio
    for pattern in patterns:
        # A recogniser's patterns are shared by its instances: one may have compiled them already, or
        # Presidio (for an instance that never called this), without the cue.
        done: Any = pattern.compiled_regex
        if done is not None and pattern.compiled_with_flags == flags:
            compiled = done.compiled if isinstance(done, CuedRegex) else done
        else:
            try:
                compiled = regex.compile(pattern.regex, flags=flags)
            except regex.error as exc:
                raise ValueError(f"Invalid regex pattern {pattern.name!r}: {exc}") from exc
        cue = getattr(pattern, "cue", None)
        # Presidio declares both None until its recogniser compiles the pattern itself.
        pattern.compiled_regex = CuedRegex(compiled, cue) if cue is not None else compiled  # type: ignore[assignment]
        pattern.compiled_with_flags = flags  # type: ignore[assignment]
