"""Progress reports that long steps yield or pass to a callback."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Progress:
    """``done`` of ``total`` units of the step named ``stage`` are complete."""

    done: int
    total: int
    stage: str = ""

    @property
    def fraction(self) -> float:
        """Completion between 0 and 1."""
        return self.done / self.total if self.total else 1.0
