"""The suggestion commands of ``annotator``: suggest, import-suggestions, train, review-stats.

No PySide6 here (see :mod:`annotator.cli`).
"""

from __future__ import annotations

import argparse
import contextlib
import shlex
import signal
import sys
import threading
from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from typing import Any

from annotator import cli_review
from annotator.cli_common import (
    PROG,
    CliError,
    check_known_layer,
    figure,
    locked_with_progress,
    open_project,
    print_problems,
)


def _doc_ids(project: Any, value: str | None) -> list[str] | None:
    """``--documents`` as ids: None (all), or a comma-separated list checked to exist."""
    if not value or value == "all":
        return None
    ids = [x.strip() for x in value.split(",") if x.strip()]
    missing = [x for x in ids if not project.has_document(x)]
    if missing:
        raise CliError(f"--documents: no document {', '.join(map(repr, missing))} in the project")
    return ids


def cmd_suggest(args: argparse.Namespace) -> int:
    """Run a suggester over a project; suggestions are added for review, never accepted."""
    from annotator.suggest.runner import run_suggester, suggester_names
    if args.name not in suggester_names():
        raise CliError(f"--with {args.name}: unknown suggester (known: "
                       f"{', '.join(suggester_names())})")
    project = open_project(args.project, args.annotator)
    ids = _doc_ids(project, args.documents)
    if args.name == "command" and args.trust:
        from annotator.suggest.trust import trust
        argv = project.settings.get("suggest_command")
        if argv:
            trust(project.path, argv if isinstance(argv, list) else shlex.split(str(argv)))
    with locked_with_progress(project, "suggesting") as progress:
        report = run_suggester(project, args.name, ids, progress,
                               include_done=args.include_done)
    print_problems(report)
    cli_review.say_skipped_done(report)
    print(report.summary("document"))
    return 0


def cmd_import_suggestions(args: argparse.Namespace) -> int:
    """Import model output (gold JSONL with scores, doccano, Label Studio) as suggestions."""
    from annotator.suggest.runner import import_suggestions_for_review
    project = open_project(args.project, args.annotator)
    with locked_with_progress(project, "importing suggestions") as progress:
        report = import_suggestions_for_review(
            project, Path(args.file), args.format, origin=args.origin,
            offset_unit=args.offset_unit, progress=progress, include_done=args.include_done)
    print_problems(report)
    cli_review.say_skipped_done(report)
    print(report.summary("document"))
    return 0 if report.done or not report.problems else 1


def cmd_train(args: argparse.Namespace) -> int:
    """Train the CRF model suggester and print its cross-validated scores.

    Ctrl+C stops training within about one optimiser iteration and leaves the
    installed model as it was: one line on stderr, exit status 130.
    """
    from annotator.suggest.crf import TrainingCancelled, train
    project = open_project(args.project, args.annotator)
    check_known_layer(project, args.annotator)
    try:
        with locked_with_progress(project, "training") as progress, \
                _ctrl_c_asks_to_stop() as should_stop:
            report = train(project, args.folds, annotator=args.annotator, progress=progress,
                           should_stop=should_stop)
    except TrainingCancelled as err:
        print(f"{PROG}: {err}", file=sys.stderr)
        return 130
    print("\n".join(report.lines()))
    return 0


@contextlib.contextmanager
def _ctrl_c_asks_to_stop() -> Iterator[Callable[[], bool]]:
    """Yield a ``should_stop`` that turns true on Ctrl+C; a second Ctrl+C interrupts at once.

    The work then stops at one of its own checks, never halfway through
    switching files. Outside the main thread (no signals there) it never stops.
    """
    asked = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield asked.is_set
        return

    def on_ctrl_c(_signum: int, _frame: object) -> None:
        if asked.is_set():
            raise KeyboardInterrupt
        asked.set()

    previous = signal.signal(signal.SIGINT, on_ctrl_c)
    try:
        yield asked.is_set
    finally:
        signal.signal(signal.SIGINT, previous)


def cmd_review_stats(args: argparse.Namespace) -> int:
    """Per origin: suggested, accepted, edited, rejected, precision (spans, then links)."""
    from annotator.suggest.review import review_stats
    project = open_project(args.project)
    check_known_layer(project, args.annotator)
    rows = review_stats(project, args.annotator)
    if args.json:
        import json
        print(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print("no suggestions in this project")
        return 0
    width = max(len("origin"), *(len(r.origin) for r in rows))
    print(f"{'origin':<{width}}  {'pending':>7} {'accepted':>8} {'edited':>6} "
          f"{'rejected':>8} {'precision':>9} {'bulk':>6}")
    for r in rows:
        p = figure(r.precision)
        print(f"{r.origin:<{width}}  {r.suggested:>7} {r.accepted:>8} {r.edited:>6} "
              f"{r.rejected:>8} {p:>9} {r.bulk_accepted:>6}")
    print("precision counts decisions made one by one; 'bulk' counts bulk acceptances apart")
    linked = [r for r in rows if r.relations_suggested or r.relations_reviewed]
    if linked:
        print()
        print("relations (SOURCE/ABOUT links)")
        print(f"{'origin':<{width}}  {'pending':>7} {'accepted':>8} {'rejected':>8} "
              f"{'precision':>9}")
        for r in linked:
            p = figure(r.relations_precision)
            print(f"{r.origin:<{width}}  {r.relations_suggested:>7} {r.relations_accepted:>8} "
                  f"{r.relations_rejected:>8} {p:>9}")
    return 0


# ------------------------------------------------------------------ parsers


def add_suggest_parsers(sub: Any) -> None:
    """The suggestion commands' parsers, in the order ``annotator --help`` lists them."""
    from annotator.formats.format_table import SUGGESTION_FORMATS
    _add_suggest_parser(sub)
    _add_import_suggestions_parser(sub, SUGGESTION_FORMATS)
    _add_train_parser(sub)
    _add_review_stats_parser(sub)


def _add_suggest_parser(sub: Any) -> None:
    p = sub.add_parser("suggest", help="add a suggester's suggestions for review")
    p.add_argument("project", metavar="PROJECT", help="project folder")
    p.add_argument("--with", dest="name", required=True, metavar="NAME",
                   help="dictionary, propagate, model, command or claims")
    p.add_argument("--documents", metavar="IDS", help="comma-separated ids (default: all)")
    p.add_argument("--annotator", metavar="NAME", help="whose annotations receive them")
    cli_review.add_include_done(p)
    p.add_argument("--trust", action="store_true",
                   help="with --with command: allow the project's suggest_command to run on "
                        "this machine (it is refused until you do)")
    p.set_defaults(func=cmd_suggest)


def _add_import_suggestions_parser(sub: Any, formats: Collection[str]) -> None:
    p = sub.add_parser("import-suggestions",
                       help="import model output (gold JSONL, doccano, Label Studio) as "
                            "suggestions")
    p.add_argument("project", metavar="PROJECT", help="project folder")
    p.add_argument("file", metavar="FILE", help="suggestion file")
    p.add_argument("--format", choices=formats,
                   help="default: detected from the file")
    p.add_argument("--origin", help="origin recorded on each suggestion "
                                    "(default: the file's, else file:NAME)")
    p.add_argument("--offset-unit", choices=["codepoint", "utf16"], default="codepoint",
                   help="unit of offsets in records that do not declare one")
    p.add_argument("--annotator", metavar="NAME", help="whose annotations receive them")
    cli_review.add_include_done(p)
    p.set_defaults(func=cmd_import_suggestions)


def _add_train_parser(sub: Any) -> None:
    p = sub.add_parser("train", help="train the model suggester on accepted spans")
    p.add_argument("project", metavar="PROJECT", help="project folder")
    p.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    p.add_argument("--annotator", metavar="NAME", help="only this annotator's documents")
    p.set_defaults(func=cmd_train)


def _add_review_stats_parser(sub: Any) -> None:
    p = sub.add_parser("review-stats", help="review decisions and precision per origin")
    p.add_argument("project", metavar="PROJECT", help="project folder")
    p.add_argument("--annotator", metavar="NAME", help="only this annotator")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_review_stats)
