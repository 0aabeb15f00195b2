"""What an import or export did: counts and the problems it skipped, for a summary line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

#: Progress callback: (done, total). ``total`` may be 0 when unknown.
Progress = Callable[[int, int], None]


def no_progress(done: int, total: int) -> None:
    """A progress callback that ignores progress."""


@dataclass(frozen=True)
class Problem:
    """One skipped item: the file, the line (1-based) when there is one, and why."""

    path: Path | str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else str(self.path)
        return f"{where}: {self.message}"


@dataclass
class Report:
    """Outcome of a bulk operation: what was done and what was skipped, with reasons."""

    done: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def skip(self, path: Path | str, message: str, line: int | None = None) -> None:
        """Record a skipped item."""
        self.problems.append(Problem(path, message, line))

    def count(self, key: str, n: int = 1) -> None:
        """Add ``n`` to the counter ``key`` (e.g. 'spans')."""
        self.counts[key] = self.counts.get(key, 0) + n

    def summary(self, noun: str = "document") -> str:
        """One line such as '5 documents imported, 2 skipped (see above), 120 spans'."""
        n = len(self.done)
        parts = [f"{n} {noun}{'' if n == 1 else 's'} done"]
        if self.problems:
            parts.append(f"{len(self.problems)} skipped")
        parts += [f"{v} {k}" for k, v in sorted(self.counts.items())]
        return ", ".join(parts)
