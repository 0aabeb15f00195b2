"""Dataset export: ``export_project(project, fmt, out, options)`` for every supported format.

Formats: ``jsonl`` (gold records, lossless), ``hf`` (Hugging Face folder:
spans and token classification, with a dataset card), ``conll`` (IOB2,
word-level and clitic-split views), ``brat`` (standoff with configuration),
``doccano`` (JSONL), ``labelstudio`` (tasks and labeling config), ``spacy``
(DocBin; needs the optional ``spacy`` extra).

Every export streams the project one document at a time, checks every span
against its text before writing it, and writes into a temporary file or
folder beside ``out`` that replaces ``out`` only when complete: a failure
leaves nothing behind. See :mod:`annotator.formats.codecs`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from annotator.formats.codecs.options import ExportOptions
from annotator.formats.codecs.selection import with_split_plan
from annotator.formats.errors import ProjectError
from annotator.formats.format_table import EXPORTS, export_format
from annotator.formats.guards import refuse_target_in_project
from annotator.formats.report import Progress, Report

if TYPE_CHECKING:
    from annotator.formats.project import Project

__all__ = ["FORMATS", "ExportOptions", "export_project"]

#: Names of the formats that can be exported (see :mod:`annotator.formats.format_table`).
FORMATS: tuple[str, ...] = tuple(EXPORTS)


def export_project(project: Project, fmt: str, out: Path, options: ExportOptions | None = None,
                   progress: Progress | None = None) -> Report:
    """Export ``project`` as ``fmt`` to ``out``; return what was exported.

    Raises :class:`ProjectError` (an unknown format, bad options, a span that
    does not match its text, a missing optional dependency) or
    :class:`WriteError` (``out`` cannot be written), in both cases leaving
    ``out`` as it was.
    """
    write = export_format(fmt).write
    assert write is not None  # every format of EXPORTS has a writer
    options = options or ExportOptions()
    options.check(project.schema)
    refuse_target_in_project(project.path, Path(out), "an export")
    refuse_unreadable(project, options)
    report = Report()
    options = with_split_plan(project, options, report)  # every requested split gets one
    write(project, Path(out), options, report, progress)
    return report


def refuse_unreadable(project: Project, options: ExportOptions) -> None:
    """Raise :class:`ProjectError` when a file the export would need cannot be read.

    Without ``skip_unreadable`` an export never silently leaves out a
    document: unreadable document files, and the exporting annotator's
    unreadable annotation files, stop it before anything is written.
    """
    project.documents()
    who = project.annotations_path("x", options.annotator or project.annotator).parent
    missed = [path for path in project.unreadable
              if path.parent.name == "documents" or path.parent == who]
    if missed and not options.skip_unreadable:
        first = missed[0]
        more = f" and {len(missed) - 1} more" if len(missed) > 1 else ""
        raise ProjectError(f"export stopped, nothing was written: {first} cannot be read "
                           f"({project.unreadable[first]}){more}. Fix it (`annotator "
                           f"validate` lists every problem), or give --skip-unreadable to "
                           f"export the rest")
