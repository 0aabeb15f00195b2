"""Import of a large gold JSONL file: records prepared in worker processes, stored in order.

Profiled on 10,000 records with 500,000 spans, an import is Python work per
record (parse, check, build the two files) and then two small writes. The
work is independent per record, so above :data:`BULK_MIN_RECORDS` lines the
records go to worker processes (started as the large exports' are) in chunks;
each worker does exactly what :meth:`Importer.store` does for a new document
(:func:`prepare`: the same checks in the same order, the same bytes as
:meth:`Project.add_document` and :meth:`Project.save_annotations`), and the
calling process, in file order, checks the id against the project (present
already: the record goes through :meth:`Importer.store` itself, which knows
what to do with it; differing only in case: refused), creates the two files
(:meth:`Project.file_creator`: atomic, never over a file that exists) and
notes the labels used. Results, problems and line numbers are the
same as in-process; ``ANNOTATOR_EXPORT_WORKERS=0`` keeps it in-process.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.model import Document
from annotator.core.schema import LabelSchema
from annotator.core.text import sha256_bytes
from annotator.formats.annotation_file import encode_annotations
from annotator.formats.atomic import dumps
from annotator.formats.codecs.gold_jsonl import parse_record
from annotator.formats.codecs.importing import (
    Importer,
    RecordProblem,
    SchemaUse,
    _annotations,
    canonical,
    record_problem,
    schema_use,
)
from annotator.formats.codecs.parallel import worker_pool, workers
from annotator.formats.errors import ProjectError
from annotator.formats.jsonlines import LineProblem, iter_lines, parse_json
from annotator.formats.report import Progress, Report
from annotator.formats.serialize import document_record

if TYPE_CHECKING:
    from annotator.formats.project import Project
    from annotator.formats.write_guard import FileCreator

#: Files with at least this many lines are imported with worker processes.
BULK_MIN_RECORDS = 1000
#: Lines per task sent to a worker, and tasks in flight per worker.
CHUNK = 50
WINDOW = 3


@dataclass(frozen=True)
class Prepared:
    """A record ready to store as a new document: its two files' bytes and what it used."""

    id: str
    document: bytes
    annotations: bytes
    digests: tuple[str, str]  # SHA-256 of the two (the write guard's record, made here)
    spans: int
    relations: int
    use: SchemaUse


def prepare(line: bytes, schema: LabelSchema, annotator: str) -> Prepared:
    """A gold JSONL line checked and turned into files; :class:`RecordProblem` says why not."""
    try:
        value = parse_json(line)
    except LineProblem as err:
        raise RecordProblem(str(err)) from err
    rec = parse_record(value)
    problem = record_problem(rec, schema)
    if problem:
        raise RecordProblem(problem)
    rec = canonical(rec)
    doc = Document(id=rec.id, text=rec.text, meta=rec.meta)
    ann = _annotations(doc, rec, annotator)
    document = dumps(document_record(doc)).encode("utf-8")
    annotations = encode_annotations(ann)
    return Prepared(doc.id, document, annotations,
                    (sha256_bytes(document), sha256_bytes(annotations)), len(ann.spans),
                    len(ann.relations), schema_use(rec))


def _work(job: tuple[LabelSchema, str, list[tuple[int, bytes]]]
          ) -> list[Prepared | RecordProblem]:
    """Worker: prepare the lines of one chunk (a problem in place of each bad one)."""
    schema, annotator, lines = job
    out: list[Prepared | RecordProblem] = []
    for _number, line in lines:
        try:
            out.append(prepare(line, schema, annotator))
        except RecordProblem as err:
            out.append(err)
    return out


def count_lines(path: Path, at_least: int) -> bool:
    """Whether ``path`` has at least ``at_least`` lines (reading no further than needed)."""
    with open(path, "rb") as handle:
        return sum(1 for _ in islice(handle, at_least)) >= at_least


def wants_bulk(path: Path) -> bool:
    """Whether a gold import of ``path`` should use worker processes."""
    try:
        return path.is_file() and bool(workers()) and count_lines(path, BULK_MIN_RECORDS)
    except OSError:
        return False


def import_bulk(project: Project, path: Path, importer: Importer, report: Report,
                progress: Progress) -> None:
    """Import the gold JSONL file ``path`` with worker processes (see the module docstring)."""
    schema, who = project.schema, project.annotator
    chunks = _chunks(iter_lines(path))
    pool = worker_pool(workers())
    n = 0
    creator = project.file_creator()
    try:
        pending = deque((lines, pool.submit(_work, (schema, who, lines)))
                        for lines in islice(chunks, WINDOW * workers()))
        while pending:
            lines, future = pending.popleft()
            results = future.result()
            following = next(chunks, None)
            if following is not None:
                pending.append((following, pool.submit(_work, (schema, who, following))))
            for (number, line), result in zip(lines, results, strict=True):
                _store(project, creator, importer, report, (path, number, line), result)
                n += 1
                progress(n, 0)
    finally:
        pool.shutdown(cancel_futures=True)
        project.invalidate_index()  # written with write_file: the listing re-reads them


def _chunks(lines: Iterator[tuple[int, bytes]]) -> Iterator[list[tuple[int, bytes]]]:
    while True:
        chunk = list(islice(lines, CHUNK))
        if not chunk:
            return
        yield chunk


def _store(project: Project, creator: FileCreator, importer: Importer, report: Report,
           where: tuple[Path, int, bytes], result: Prepared | RecordProblem) -> None:
    """Store one prepared record in the calling process, as :meth:`Importer.store` would.

    ``where`` is the file, line number and line the record came from.
    """
    path, number, line = where
    if isinstance(result, RecordProblem):
        report.skip(path, str(result), number)
        return
    try:
        if project.has_document(result.id):  # present: store() knows what to do with it
            spans, relations = importer.store(parse_record(parse_json(line)), f"{path}:{number}")
        else:
            importer.claim_new_id(result.id, f"{path}:{number}")
            importer.note_use(result.use)
            importer.extend_schema()  # the schema before the record (issue 14 item 8)
            creator.create(project.document_path(result.id), result.document,
                           result.digests[0])
            creator.create(project.annotations_path(result.id), result.annotations,
                           result.digests[1])
            spans, relations = result.spans, result.relations
    except (RecordProblem, LineProblem, ProjectError) as err:
        report.skip(path, str(err), number)
        return
    report.done.append(result.id)
    report.count("spans", spans)
    report.count("relations", relations)
