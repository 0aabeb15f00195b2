"""Review-related pieces of the ``annotator`` command: what suggest, import and export left alone.

Kept apart from :mod:`annotator.cli` so that the shared file only gains a
few lines. No PySide6 here either.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import Any

from annotator.cli_common import PROG, plural
from annotator.formats.report import Report

INCLUDE_DONE_HELP = ("also documents marked done (by default they are left alone, so "
                     "finished gold never gains undecided suggestions)")


def add_include_done(parser: argparse.ArgumentParser) -> None:
    """The ``--include-done`` option of ``suggest`` and ``import-suggestions``."""
    parser.add_argument("--include-done", action="store_true", help=INCLUDE_DONE_HELP)


def say_skipped_done(report: Report) -> None:
    """One stderr line when done documents were left alone, naming the option that adds them."""
    from annotator.suggest.runner import SKIPPED_DONE
    n = report.counts.get(SKIPPED_DONE, 0)
    if n:
        print(f"{PROG}: left {plural(n, 'document')} marked done alone (--include-done adds them)",
              file=sys.stderr)


def pending_left_out(project: Any, doc_ids: Iterable[str],
                     annotator: str | None) -> tuple[int, int]:
    """(pending suggestions, documents holding them) among ``doc_ids``, from the project index."""
    who = annotator or project.annotator
    wanted = set(doc_ids)
    spans = docs = 0
    for entry in project.documents():
        if entry.id in wanted:
            n = int(entry.span_counts(who).get("suggested", 0))
            spans += n
            docs += 1 if n else 0
    return spans, docs


def say_pending_left_out(project: Any, report: Report, annotator: str | None,
                         exported_suggestions: bool) -> None:
    """Tell on stderr how many pending suggestions an export left out, and in how many documents."""
    if exported_suggestions:
        return
    spans, docs = pending_left_out(project, report.done, annotator)
    if spans:
        print(f"{PROG}: left out {plural(spans, 'pending suggestion')} in "
              f"{docs} of {len(report.done)} exported documents (review them, or "
              "--include-suggestions exports them with their status)", file=sys.stderr)


def print_validation(result: Any, strict: bool) -> int:
    """Problems, then warnings, of :func:`annotator.formats.validate.validate`; the exit status.

    Warnings (such as a done document that still holds pending suggestions)
    fail only with ``strict``.
    """
    for problem in result.problems:
        print(problem)
    for warning in result.warnings:
        print(f"warning: {warning}")
    failing = len(result.problems) + (len(result.warnings) if strict else 0)
    if result.problems:
        print(f"{plural(len(result.problems), 'problem')} found", file=sys.stderr)
    if strict and result.warnings:
        print(f"{plural(len(result.warnings), 'warning')} (--strict makes them fail)",
              file=sys.stderr)
    return 1 if failing else 0
