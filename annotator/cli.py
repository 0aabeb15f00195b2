"""The ``annotator`` command: open the GUI, or do the data work headless.

Commands: ``open``, ``new``, ``import``, ``export``, ``validate``, ``stats``,
``reattach``, ``suggest``, ``import-suggestions``, ``train``, ``review-stats``,
``render``, and for teams ``assign``, ``agreement``, ``curate``, ``report``.
Without a command the GUI opens the sample project. This module never
imports PySide6 (the GUI is imported only by ``open``). Every error is one
line on stderr, ``annotator: error: ...``, with exit status 1 (2 for usage
errors); users never see a traceback.

Each command's parser is one small function; the suggestion commands live in
:mod:`annotator.cli_suggest`, the team commands in :mod:`annotator.cli_teams`,
``render`` in :mod:`annotator.cli_render`, and what they share (errors,
progress, opening a project) in :mod:`annotator.cli_common`.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any

import annotator
from annotator import cli_review, cli_suggest, cli_teams
from annotator.cli_common import (
    PROG,
    CliError,
    TerminalProgress,
    check_known_layer,
    locked_with_progress,
    open_project,
    plural,
    print_error,
    print_problems,
    report_unreadable,
)
from annotator.cli_export_args import empty_split_warnings, out_problem
from annotator.cli_render import _add_render_parser
from annotator.formats.codecs.options import TOKEN_VIEWS
from annotator.formats.errors import ProjectError
from annotator.formats.report import Report

SAMPLE_PROJECT = Path(annotator.__file__).resolve().parent.parent / "projects" / "sample"


# ------------------------------------------------------------------ commands


def cmd_open(args: argparse.Namespace) -> int:
    """Open the GUI on a project (the sample project when none is given)."""
    if args.project is None:
        from annotator.formats.user_copy import user_sample
        path = user_sample(SAMPLE_PROJECT)  # the user's own copy, made on first run
    else:
        path = Path(args.project)
        if not (path / "project.json").is_file():
            open_project(str(path))  # a clear error before Qt starts (the GUI shows others)
    try:
        app = importlib.import_module("annotator.ui.app")
    except ImportError as err:
        raise CliError(f"the desktop GUI cannot start: {err} (is PySide6 installed?). The "
                       f"headless commands still work: `{PROG} --help`") from err
    result = app.main(path)
    return int(result or 0)


def load_schema_file(path: Path) -> Any:
    """A label schema from a JSON file (a schema, or a project.json holding one)."""
    from annotator.formats.atomic import read_json
    from annotator.formats.serialize import FormatProblem, schema_from_dict
    value, _ = read_json(path)
    if isinstance(value, dict) and "schema" in value and "span_labels" not in value:
        value = value["schema"]
    try:
        return schema_from_dict(value)
    except FormatProblem as err:
        raise CliError(f"{path}: not a valid label schema: {err}") from err


def cmd_new(args: argparse.Namespace) -> int:
    """Create a project folder."""
    from annotator.formats.project import Project
    schema = load_schema_file(Path(args.schema)) if args.schema else None
    project = Project.create(Path(args.project), schema)
    labels = ", ".join(project.schema.label_names)
    print(f"Created project {project.name} at {project.path} (labels: {labels})")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import documents (or annotated data) into a project, holding its lock."""
    from annotator.formats.importers import import_paths
    project = open_project(args.project, args.annotator)
    cli_teams.check_import_annotator(project, args.annotator)
    report = Report()
    try:
        with locked_with_progress(project, "importing") as progress:
            import_paths(project, args.paths, args.format, progress, report)
    except BaseException:
        print_problems(report)
        print(f"stopped after {plural(len(report.done), 'document')} imported", file=sys.stderr)
        raise
    print_problems(report)
    parts = [f"{plural(len(report.done), 'document')} imported",
             f"{len(report.problems)} skipped"]
    parts += [f"{v} {k}" for k, v in sorted(report.counts.items())]
    print(", ".join(parts))
    return 0 if report.done or not report.problems else 1


def _parse_split(value: str | None) -> tuple[float, float, float] | None:
    if value is None:
        return None
    try:
        parts = tuple(float(x) for x in value.split(","))
    except ValueError:
        raise CliError(f"--split {value!r}: give fractions such as 0.8,0.1,0.1") from None
    if len(parts) != 3 or any(not p >= 0 for p in parts) or abs(sum(parts) - 1) > 1e-6:
        raise CliError(f"--split {value!r}: three fractions train,dev,test that add up to 1 "
                       "(such as 0.8,0.1,0.1)")
    return parts[0], parts[1], parts[2]


def cmd_export(args: argparse.Namespace) -> int:
    """Export a project through :mod:`annotator.formats.export`."""
    labels = [x.strip() for x in args.labels.split(",") if x.strip()] if args.labels else None
    split = _parse_split(args.split)
    problem = out_problem(args.format, args.out, split is not None, args.view)
    if problem:
        raise CliError(problem)
    project = open_project(args.project, args.annotator)
    check_known_layer(project, args.annotator)
    if labels:
        unknown = [x for x in labels if project.schema.label(x) is None]
        if unknown:
            raise CliError(f"--labels: {', '.join(unknown)} not in the project's schema "
                           f"({', '.join(project.schema.label_names)})")
    from annotator.formats import export
    options = export.ExportOptions(documents=args.documents, labels=labels,
                                   include_suggestions=args.include_suggestions,
                                   split=split, seed=args.seed, annotator=args.annotator,
                                   skip_unreadable=args.skip_unreadable, view=args.view)
    progress = TerminalProgress("exporting")
    try:
        report = export.export_project(project, args.format, Path(args.out), options, progress)
    finally:
        progress.finish()
    print_problems(report)
    cli_review.say_pending_left_out(project, report, args.annotator,
                                    args.include_suggestions)
    parts = [f"{plural(len(report.done), 'document')} exported to {args.out}"]
    if report.problems:
        parts.append(f"{len(report.problems)} skipped")
    parts += [f"{v} {k}" for k, v in sorted(report.counts.items())]
    print(", ".join(parts))
    for warning in empty_split_warnings(report.counts):
        print(f"{PROG}: {warning}", file=sys.stderr)
    if not report.done and args.documents == "done":
        print("no document is marked done; `--documents all` exports work in progress too",
              file=sys.stderr)
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    """Check every file of a project; exit 1 when anything is wrong."""
    from annotator.formats.validate import validate
    progress = TerminalProgress("checking")
    try:
        result = validate(Path(args.project), progress)
    finally:
        progress.finish()
    for path in result.leftovers:
        print(f"note: {path}: a temporary file of a running or interrupted write (the next "
              f"`{PROG}` command that writes removes it when its run is over)")
    status = cli_review.print_validation(result, args.strict)
    if not status:
        warned = f", {plural(len(result.warnings), 'warning')}" if result.warnings else ""
        print(f"OK: {plural(result.documents, 'document')}, "
              f"{plural(result.annotation_files, 'annotation file')}{warned}")
    return status


def cmd_stats(args: argparse.Namespace) -> int:
    """Print counts of documents, spans and relations."""
    from annotator.formats.assignment import format_progress, progress_by_annotator
    from annotator.formats.stats import format_stats, project_stats
    project = open_project(args.project)
    check_known_layer(project, args.annotator)
    print(format_stats(project_stats(project, args.annotator), shape=args.shape))
    for line in format_progress(progress_by_annotator(project)):
        print(line)
    return 0


def cmd_reattach(args: argparse.Namespace) -> int:
    """Relocate annotations whose document text changed, by finding each span's text."""
    from annotator.formats.reattach import reattach_annotations
    project = open_project(args.project)
    doc = project.load_document(args.doc_id)
    names = [args.annotator] if args.annotator else project.annotators(doc.id)
    names = [n for n in names if project.annotations_path(doc.id, n).exists()]
    if not names:
        who = f" by {args.annotator}" if args.annotator else ""
        raise CliError(f"no annotations{who} of document {doc.id!r}")
    project.lock()
    try:
        for who in names:
            print(reattach_annotations(project, doc, who))
    finally:
        project.close()
    return 0


def cmd_replace_text(args: argparse.Namespace) -> int:
    """Give a document a corrected text; relocate every annotator's annotations onto it."""
    from annotator.formats.replace_text import replace_text
    project = open_project(args.project)
    project.load_document(args.doc_id)  # an unknown id is said before the lock is taken
    project.lock()
    try:
        done = replace_text(project, args.doc_id, Path(args.file))
    finally:
        project.close()
    if not done.changed:
        print(f"{args.doc_id}: {args.file} holds the text the document already has; "
              "nothing to do")
        return 0
    print(f"{args.doc_id}: text replaced ({len(done.document.text)} characters)")
    for outcome in done.outcomes:
        print(outcome)
    return 0


# ------------------------------------------------------------------ parser


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``annotator`` command: one small function per command."""
    from annotator.formats.format_table import EXPORTS, IMPORTS
    parser = argparse.ArgumentParser(
        prog=PROG, description="Annotate Arabic news text: spans, claims and their sources. "
                               "Without a command, opens the sample project in the GUI.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {annotator.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_open_parser(sub)
    _add_new_parser(sub)
    _add_import_parser(sub, IMPORTS)
    _add_export_parser(sub, EXPORTS)
    _add_validate_parser(sub)
    _add_stats_parser(sub)
    _add_reattach_parser(sub)
    _add_replace_text_parser(sub)
    cli_suggest.add_suggest_parsers(sub)
    cli_teams.add_team_parsers(sub)
    _add_render_parser(sub)
    return parser


def _add_open_parser(sub: Any) -> None:
    p = sub.add_parser("open", help="open a project in the desktop GUI")
    p.add_argument("project", metavar="PROJECT", help="project folder")
    p.set_defaults(func=cmd_open)


def _add_new_parser(sub: Any) -> None:
    p = sub.add_parser("new", help="create a project")
    p.add_argument("project", metavar="PROJECT", help="folder to create")
    p.add_argument("--schema", metavar="FILE",
                   help="label schema (JSON with span_labels and relation_types, or a "
                        "project.json); default: ACTOR, LOCATION, CLAIM, CUE")
    p.set_defaults(func=cmd_new)


def _add_import_parser(sub: Any, formats: Collection[str]) -> None:
    p = sub.add_parser(
        "import", help="import documents (.txt, folders, JSONL) or annotated data",
        description="Import UTF-8 .txt files (document id = file name without .txt), folders "
                    "of them (recursively), JSONL records {\"id\", \"text\", \"meta\"}, "
                    "or annotated data (gold JSONL, brat, doccano, Label Studio, CoNLL). "
                    "Files that cannot be imported are skipped with a reason on stderr; the "
                    "rest is imported. Exit status 1 when nothing could be imported.")
    p.add_argument("project", metavar="PROJECT", help="project folder")
    p.add_argument("paths", metavar="PATH", nargs="+", help="file or folder to import")
    p.add_argument("--format", choices=formats,
                   help="default: from the extension (.txt, .jsonl) or the content")
    p.add_argument("--annotator", metavar="NAME", help="whose layer annotated data goes to")
    p.set_defaults(func=cmd_import)


def _add_export_parser(sub: Any, formats: Collection[str]) -> None:
    p = sub.add_parser("export", help="export annotations for training and evaluation")
    p.add_argument("project", metavar="PROJECT", help="project folder")
    p.add_argument("--format", required=True, metavar="F", choices=formats,
                   help=f"output format: {', '.join(formats)}")
    p.add_argument("--out", required=True, metavar="PATH", help="file or folder to write")
    p.add_argument("--documents", choices=("done", "all"), default="done",
                   help="only documents marked done (default) or all")
    p.add_argument("--include-suggestions", action="store_true",
                   help="also suggested and rejected spans, with their status")
    p.add_argument("--labels", metavar="L1,L2", help="only these span labels")
    p.add_argument("--split", metavar="TRAIN,DEV,TEST",
                   help="split documents into train/dev/test, e.g. 0.8,0.1,0.1")
    p.add_argument("--seed", type=int, default=0, help="seed of the split (0)")
    p.add_argument("--annotator", metavar="NAME",
                   help="whose annotations (default: $ANNOTATOR or your login name)")
    p.add_argument("--skip-unreadable", action="store_true",
                   help="export the rest when some files cannot be read (default: refuse)")
    p.add_argument("--view", choices=TOKEN_VIEWS,
                   help="conll: only this token view, one file (a folder with --split)")
    p.set_defaults(func=cmd_export)


def _add_validate_parser(sub: Any) -> None:
    p = sub.add_parser("validate", help="check every file of a project",
                       description="Check project.json, every document and every annotation "
                                   "file; print each problem with its file. Exit status 1 "
                                   "when there is any.")
    p.add_argument("project", metavar="PROJECT", help="project folder")
    p.add_argument("--strict", action="store_true",
                   help="warnings (a done document holding pending suggestions) fail too")
    p.set_defaults(func=cmd_validate)


def _add_stats_parser(sub: Any) -> None:
    p = sub.add_parser("stats", help="count documents, spans and relations")
    p.add_argument("project", metavar="PROJECT", help="project folder")
    p.add_argument("--annotator", metavar="NAME", help="only this annotator (default: all)")
    p.add_argument("--shape", action="store_true",
                   help="shape Arabic for terminals that cannot (display only)")
    p.set_defaults(func=cmd_stats)


def _add_reattach_parser(sub: Any) -> None:
    p = sub.add_parser(
        "reattach", help="relocate annotations after a document's text changed",
        description="Move each span to where its text occurs in the document's new text. "
                    "A text that occurs several times is placed only when the spans placed "
                    "around it show which occurrence it is. The old annotation file is kept "
                    "as <file>.bak-<time>; spans that cannot be placed, and their relations, "
                    "are kept in <file>.unplaced.json, and each is listed with the reason.")
    p.add_argument("project", metavar="PROJECT", help="project folder")
    p.add_argument("doc_id", metavar="DOC_ID", help="document id")
    p.add_argument("--annotator", metavar="NAME",
                   help="only this annotator (default: every annotator of the document)")
    p.set_defaults(func=cmd_reattach)


def _add_replace_text_parser(sub: Any) -> None:
    p = sub.add_parser(
        "replace-text", help="give a document a corrected text and move its annotations",
        description="Replace the text of DOC_ID with the UTF-8 text of FILE (a typo fixed, "
                    "boilerplate removed, a re-scraped article), then move every annotator's "
                    "spans onto it as reattach does, comparing the old text with the new.")
    p.add_argument("project", metavar="PROJECT", help="project folder")
    p.add_argument("doc_id", metavar="DOC_ID", help="document id")
    p.add_argument("file", metavar="FILE", help="UTF-8 text file with the new text")
    p.set_defaults(func=cmd_replace_text)


def _safe_streams() -> None:
    """Never crash printing Arabic to a terminal that cannot encode it, or a lone surrogate
    (from a JSON escape in an input, quoted in a message) to one that can."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure: Callable[..., None] | None = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _describe_os_error(err: OSError) -> str:
    if err.filename is not None:
        return f"{err.filename}: {err.strerror or err}"
    return err.strerror or str(err)


def _reader_gone() -> int:
    """Exit quietly when stdout's reader has gone (``annotator stats | head -1``)."""
    with contextlib.suppress(OSError, ValueError):
        # Python flushes stdout again at exit: point it at /dev/null so that says nothing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 141  # 128 + SIGPIPE, what a command killed by the broken pipe would report


#: Path arguments, by their names in the parsed arguments and on the command line.
_PATH_ARGUMENTS = {"project": "PROJECT", "paths": "PATH", "out": "--out", "file": "FILE",
                   "schema": "--schema"}


def _empty_path(args: argparse.Namespace) -> str | None:
    """Why a path argument is refused: an empty one (an unset shell variable) would mean
    the current folder, which ``new`` would make a project and ``import`` would read whole."""
    for attr, name in _PATH_ARGUMENTS.items():
        value = getattr(args, attr, None)
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and not v.strip() for v in values):
            here = " (. is the current folder)" if attr in ("project", "paths") else ""
            return f"{name} is empty (an unset variable?); name it{here}"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``annotator`` command; return its exit status."""
    _safe_streams()
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 2
    empty = _empty_path(args)
    if empty:
        print_error(empty)
        return 2
    if args.command is None:
        args.project = None
        args.func = cmd_open
    try:
        return int(args.func(args))
    except (CliError, ProjectError, ValueError) as err:
        print_error(str(err))
    except BrokenPipeError:
        return _reader_gone()
    except OSError as err:
        print_error(_describe_os_error(err))
    except KeyboardInterrupt:
        print_error("interrupted")
        return 130
    except Exception as err:  # noqa: BLE001 - the user must never see a traceback
        print_error(f"unexpected {type(err).__name__}: {err} (please report this)")
    finally:
        report_unreadable()
    return 1
