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

import importlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.formats.codecs import gold_bulk
from annotator.formats.codecs.importing import Importer, RecordProblem
from annotator.formats.errors import ProjectError
from annotator.formats.report import Progress, Report, no_progress

if TYPE_CHECKING:
    from annotator.formats.project import Project

__all__ = ["IMPORT_FORMATS", "detect_format", "import_annotated"]

#: Format name -> module of :mod:`annotator.formats.codecs` whose ``read(path)``
#: yields (file, line, record or problem).
IMPORT_FORMATS: dict[str, str] = {
    "gold": "gold_jsonl",
    "brat": "brat",
    "doccano": "doccano",
    "labelstudio": "labelstudio",
    "conll": "conll",
}
LABELSTUDIO_TASKS = "tasks.json"


def detect_format(path: Path) -> str | None:
    """The import format of ``path`` when its extension (and first record) make it unambiguous."""
    path = Path(path)
    if path.is_dir():
        if any(path.glob("*.ann")):
            return "brat"
        if (path / LABELSTUDIO_TASKS).is_file():
            return "labelstudio"
        return None
    suffix = path.suffix.lower()
    if suffix in (".conll", ".iob", ".bio"):
        return "conll"
    if suffix == ".json":
        return "labelstudio"
    if suffix == ".jsonl":
        try:
            with open(path, encoding="utf-8-sig") as handle:
                first = next((line for line in handle if line.strip()), "")
            value = json.loads(first) if first else {}
        except (OSError, ValueError, RecursionError):  # undecodable, not JSON, too deep
            return None
        if isinstance(value, dict):
            if "spans" in value or "text_sha256" in value:
                return "gold"
            if "entities" in value or "label" in value:
                return "doccano"
    return None


def import_annotated(project: Project, path: Path, fmt: str,
                     progress: Progress | None = None) -> Report:
    """Import the annotated documents in ``path`` (format ``fmt``) into ``project``.

    Raises :class:`ProjectError` for an unknown format or a path that does
    not exist; everything else is reported per record in the returned report.
    """
    module = IMPORT_FORMATS.get(fmt)
    if module is None:
        raise ProjectError(f"unknown import format {fmt!r}; known formats: "
                           f"{', '.join(IMPORT_FORMATS)}")
    path = Path(path)
    if not path.exists():
        raise ProjectError(f"{path} does not exist")
    reader = importlib.import_module(f"annotator.formats.codecs.{module}").read
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
