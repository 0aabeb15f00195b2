"""Import of annotated data: ``import_annotated(project, path, fmt)``.

Formats: gold JSONL, brat, doccano, Label Studio, CoNLL (word-level).


Each record (a JSONL line, a brat document, a Label Studio task, a CoNLL
document) is checked completely before anything of it is stored; a bad one
is reported with its file and line and skipped, the rest is imported.
Documents are created when absent (a present one must have the same text);
the annotations go to ``project.annotator`` and are marked done. Labels
and relation types the data uses but the schema lacks are added to it.
Round trips are lossless: export, import into a new project, export again
gives the same file (CoNLL word-level keeps tokens, not offsets inside words).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from annotator.formats.codecs import gold_bulk
from annotator.formats.codecs.importing import Importer, RecordProblem
from annotator.formats.errors import ProjectError
from annotator.formats.format_table import import_format
from annotator.formats.report import Progress, Report, no_progress

if TYPE_CHECKING:
    from annotator.formats.project import Project

__all__ = ["import_annotated"]


def import_annotated(project: Project, path: Path, fmt: str,
                     progress: Progress | None = None) -> Report:
    """Import the annotated documents in ``path`` (format ``fmt``) into ``project``.

    Raises :class:`ProjectError` for an unknown format or a path that does
    not exist; everything else is reported per record in the returned report.
    """
    reader = import_format(fmt).read
    assert reader is not None  # import_format only returns formats that can be read
    path = Path(path)
    if not path.exists():
        raise ProjectError(f"{path} does not exist")
    progress = progress or no_progress
    report = Report()
    importer = Importer(project)
    n = 0
    try:
        if fmt == "gold" and gold_bulk.wants_bulk(path):  # large: worker processes
            gold_bulk.import_bulk(project, path, importer, report, progress)
            return report
        for where, line, item in reader(path):
            n += 1
            if isinstance(item, RecordProblem):
                report.skip(where, str(item), line)
            else:
                try:
                    spans, relations = importer.store(
                        item, f"{where}:{line}" if line is not None else str(where))
                except RecordProblem as err:
                    report.skip(where, str(err), line)
                else:
                    report.done.append(item.id)
                    report.count("spans", spans)
                    report.count("relations", relations)
            progress(n, 0)
    finally:
        added = importer.finish()
        if added:
            report.count(f"labels added to the schema ({', '.join(added)})", len(added))
    return report
