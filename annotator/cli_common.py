"""What every ``annotator`` command shares: one-line errors, progress, opening a project.

No PySide6 here (see :mod:`annotator.cli`).
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from annotator.formats.report import Report

PROG = "annotator"
PROGRESS_THRESHOLD = 50


class CliError(Exception):
    """A failure to report on one line (exit status 1)."""


# ------------------------------------------------------------------ output helpers


def print_error(message: str, stream: TextIO | None = None) -> None:
    """Print ``annotator: error: MESSAGE`` (on stderr unless ``stream`` is given)."""
    print(f"{PROG}: error: {message}", file=stream or sys.stderr)


def print_problems(report: Report) -> None:
    """One stderr line per thing ``report`` skipped, with its reason."""
    for problem in report.problems:
        print(f"{PROG}: skipped {problem}", file=sys.stderr)


class TerminalProgress:
    """A one-line counter on stderr, only for terminals and only for big jobs."""

    def __init__(self, verb: str, stream: TextIO | None = None) -> None:
        self.verb = verb
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.shown = False
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= PROGRESS_THRESHOLD:
            return
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        self.stream.write(f"\r{self.verb} {done}/{total}")
        self.stream.flush()
        self.shown = True

    def finish(self) -> None:
        """End the progress line so that what follows starts on a fresh line."""
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
            self.shown = False


def figure(value: float | None) -> str:
    """A measure for a table: three decimals, or "-" when there is none."""
    return "-" if value is None else f"{value:.3f}"


def plural(n: int, noun: str) -> str:
    """``1 document``, ``2 documents``."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


#: Projects the running command opened: files their listing could not read are named at exit.
_OPENED: list[Any] = []


def open_project(path: str, annotator_name: str | None = None) -> Any:
    """Open the project at ``path``; :func:`report_unreadable` names its unreadable files."""
    from annotator.formats.project import Project
    project = Project.open(Path(path), annotator=annotator_name)
    _OPENED.append(project)
    return project


def report_unreadable() -> None:
    """Name every file an opened project could not read (no command hides one silently)."""
    for project in _OPENED:
        for line in project.unreadable_lines():
            print(f"{PROG}: cannot read {line}", file=sys.stderr)
    _OPENED.clear()


@contextlib.contextmanager
def locked_with_progress(project: Any, verb: str) -> Iterator[TerminalProgress]:
    """Hold ``project``'s lock and a terminal progress line (``verb``) for a writing command.

    On leaving, however it ends, the progress line is closed and the project
    unlocked.
    """
    progress = TerminalProgress(verb)
    project.lock()
    try:
        yield progress
    finally:
        progress.finish()
        project.close()


def check_known_layer(project: Any, name: str | None) -> None:
    """Refuse ``--annotator NAME`` naming no layer of the project (export, stats,
    review-stats)."""
    from annotator.formats.layers import check_known, layer_names
    if name:
        check_known("--annotator", [name], layer_names(project), "annotator")
