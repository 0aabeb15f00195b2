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
from annotator.formats.format_table import EXPORTS, export_format
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
    report = Report()
    options = with_split_plan(project, options, report)  # every requested split gets one
    write(project, Path(out), options, report, progress)
    return report
