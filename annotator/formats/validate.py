"""Check a whole project on disk and list every problem, each naming its file.

Checks ``project.json`` (parse, version, schema), every document file
(parse, id, hash, file name), every annotation file of every annotator
(parse, document and hash, each span inside the text with valid boundaries
and matching text, labels, relation types and attribute values known to the
schema, relation endpoints, duplicate ids and duplicate spans) and
annotation files that belong to no document. Nothing is modified.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.model import DocStatus, Relation, Status
from annotator.core.schema import LabelSchema
from annotator.core.text import sha256_text, span_problem
from annotator.formats.atomic import read_json, temporaries
from annotator.formats.errors import ProjectError, ReadError
from annotator.formats.filenames import safe_stem
from annotator.formats.migrations import migrate
from annotator.formats.project import ANN_DIR, DOCS_DIR, PROJECT_FILE, Project
from annotator.formats.report import Problem, Progress, no_progress
from annotator.formats.serialize import FormatProblem, relation_from_dict, span_from_dict

#: Files kept next to annotation files on purpose (``annotator reattach``), not annotations.
SIDE_FILE_MARKERS = (".unplaced.json", ".bak-")


def is_side_file(name: str) -> bool:
    """True for reattach backups and unplaced-span sidecars, which validation leaves alone."""
    return name.endswith(SIDE_FILE_MARKERS[0]) or SIDE_FILE_MARKERS[1] in name


@dataclass
class Validation:
    """Problems found, and how many files were checked."""

    problems: list[Problem] = field(default_factory=list)
    #: Not wrong, but worth a look (``validate --strict`` fails on them): a
    #: document marked done that still holds pending suggestions.
    warnings: list[Problem] = field(default_factory=list)
    documents: int = 0
    annotation_files: int = 0
    #: Temporary files in the project: of a run still going, or left by one that was killed.
    #: Not problems (the data is intact); the next writer removes those of dead runs.
    leftovers: list[Path] = field(default_factory=list)


def _json_files(folder: Path) -> Iterator[Path]:
    if not folder.is_dir():
        return
    for name in sorted(os.listdir(folder)):
        if name.startswith(".") or is_side_file(name):
            continue
        path = folder / name
        if path.is_file():
            yield path


class _Validator:
    def __init__(self, project: Project, progress: Progress) -> None:
        self.project = project
        self.schema: LabelSchema = project.schema
        self.labels = {lab.name: lab for lab in self.schema.span_labels}
        self.attributes = {(lab.name, a.name): a for lab in self.schema.span_labels
                           for a in lab.attributes}
        self.progress = progress
        self.result = Validation()
        self.texts: dict[str, tuple[str, str]] = {}  # stem -> (id, text)
        self.stems: dict[str, str] = {}  # id -> stem of its first file
        self.lower_stems: dict[str, str] = {}  # lower-cased stem -> first file name

    def problem(self, path: Path, message: str, line: int | None = None) -> None:
        self.result.problems.append(Problem(path, message, line))

    def at_span(self, path: Path, span: tuple[str, str, int, int], message: str) -> None:
        sid, label, start, end = span
        self.problem(path, f"span {sid} ({label} {start}-{end}): {message}")

    def run(self) -> Validation:
        root = self.project.path
        doc_files = list(_json_files(root / DOCS_DIR))
        ann_root = root / ANN_DIR
        folders = sorted(p for p in ann_root.iterdir() if p.is_dir()) if ann_root.is_dir() else []
        for stray in _json_files(ann_root):
            self.problem(stray, "unexpected file in annotations/ (annotation files live in "
                                "annotations/<annotator>/)")
        ann_files = [(f, p) for f in folders for p in _json_files(f)]
        total = len(doc_files) + len(ann_files)
        done = 0
        for path in doc_files:
            self.check_document(path)
            done += 1
            self.progress(done, total)
        for folder, path in ann_files:
            self.check_annotations(folder.name, path)
            done += 1
            self.progress(done, total)
        return self.result

    # ------------------------------------------------------------ documents

    def check_document(self, path: Path) -> None:
        if not path.name.endswith(".json"):
            self.problem(path, "unexpected file in documents/ (documents are .json files)")
            return
        self.result.documents += 1
        try:
            data = migrate("document", read_json(path)[0], path)
        except ReadError as err:
            self.problem(path, err.reason, err.line)
            return
        text, doc_id = data.get("text"), data.get("id")
        if not isinstance(doc_id, str) or not isinstance(text, str):
            self.problem(path, "a document needs a string 'id' and 'text'")
            return
        if data.get("sha256") != sha256_text(text):
            what = "has no recorded SHA-256" if not data.get("sha256") else \
                "text does not match its recorded SHA-256 (edited by hand?)"
            self.problem(path, f"document {doc_id!r}: {what}")
        if not isinstance(data.get("meta", {}), dict):
            self.problem(path, f"document {doc_id!r}: 'meta' must be an object")
        if safe_stem(doc_id) != path.stem:
            self.problem(path, f"document {doc_id!r} should be stored as "
                               f"{safe_stem(doc_id)}.json; under this name it cannot be found")
        if doc_id in self.stems:
            self.problem(path, f"duplicate document id {doc_id!r} (also in "
                               f"{self.stems[doc_id]}.json)")
        self.stems.setdefault(doc_id, path.stem)
        other = self.lower_stems.setdefault(path.stem.lower(), path.name)
        if other != path.name:
            self.problem(path, f"the file name differs from {other} only in upper/lower case; "
                               "the two clash on Windows and macOS")
        self.texts[path.stem] = (doc_id, text)

    # ------------------------------------------------------------ annotations

    def check_annotations(self, folder: str, path: Path) -> None:
        if not path.name.endswith(".json"):
            self.problem(path, "unexpected file in annotations/ (annotations are .json files)")
            return
        self.result.annotation_files += 1
        try:
            data = migrate("annotations", read_json(path)[0], path)
        except ReadError as err:
            self.problem(path, err.reason, err.line)
            return
        document = self.texts.get(path.stem)
        if document is None:
            self.problem(path, f"orphan annotation file: there is no document "
                               f"documents/{path.stem}.json")
            return
        doc_id, text = document
        for key in ("document_id", "annotator", "text_sha256"):
            if not isinstance(data.get(key), str):
                self.problem(path, f"missing or invalid {key!r}")
                return
        if data["document_id"] != doc_id:
            self.problem(path, f"belongs to document {data['document_id']!r}, but is stored "
                               f"with document {doc_id!r}")
            return
        if safe_stem(data["annotator"]) != folder:
            self.problem(path, f"annotator {data['annotator']!r} is stored in the folder of "
                               f"{folder!r}")
        try:
            DocStatus(data.get("status", "new"))
        except ValueError:
            self.problem(path, f"unknown document status {data.get('status')!r}")
        if data["text_sha256"] != sha256_text(text):
            self.problem(path, f"made on a different text of document {doc_id!r} (SHA-256 "
                               f"differs); run `annotator reattach PROJECT {doc_id} "
                               f"--annotator {data['annotator']}`")
            return
        spans = self.check_spans(path, text, data.get("spans"))
        self.check_relations(path, spans, data.get("relations"))
        if data.get("status") == DocStatus.DONE.value:
            self.check_done(path, doc_id, data)

    def check_done(self, path: Path, doc_id: str, data: dict[str, Any]) -> None:
        """Warn when a document marked done still holds pending suggestions or links."""
        pending = _count_suggested(data.get("spans"))
        links = _count_suggested(data.get("relations"))
        if pending or links:
            self.result.warnings.append(Problem(
                path, f"document {doc_id!r} is marked done by {data['annotator']} but holds "
                      f"{pending} pending suggestions and {links} pending links; the default "
                      "export leaves them out"))

    def check_spans(self, path: Path, text: str, records: Any) -> dict[str, str]:
        """Check every span record; return span id -> label of the well-formed ones."""
        labels: dict[str, str] = {}
        if not isinstance(records, list):
            if records is not None:
                self.problem(path, "'spans' must be a list")
            return labels
        seen_keys: dict[tuple[int, int, str], str] = {}
        for record in records:
            try:
                sid, start, end, label, covered, attributes, rejected = _span_facts(record)
            except FormatProblem as err:
                self.problem(path, str(err))
                continue
            at = (sid, label, start, end)
            if sid in labels:
                self.at_span(path, at, f"duplicate span id {sid!r}")
                continue
            labels[sid] = label
            bad = span_problem(text, start, end)
            if bad:
                self.at_span(path, at, bad)
            elif text[start:end] != covered:
                self.at_span(path, at, f"its text “{covered}” does not match the document "
                                       f"there (“{text[start:end]}”)")
            if label not in self.labels:
                self.at_span(path, at, f"label {label!r} is not in the schema")
            else:
                for name, value in attributes.items():
                    adef = self.attributes.get((label, name))
                    msg = f"label {label} has no attribute {name!r}" if adef is None \
                        else adef.problem(value)
                    if msg:
                        self.at_span(path, at, msg)
            if not rejected:
                other = seen_keys.setdefault((start, end, label), sid)
                if other != sid:
                    self.at_span(path, at, f"duplicates span {other} (same offsets and label)")
        return labels

    def check_relations(self, path: Path, spans: dict[str, str], records: Any) -> None:
        if not isinstance(records, list):
            if records is not None:
                self.problem(path, "'relations' must be a list")
            return
        seen: set[str] = set()
        for record in records:
            try:
                rel = relation_from_dict(record)
            except FormatProblem as err:
                self.problem(path, str(err))
                continue
            where = f"relation {rel.id} ({rel.type})"
            if rel.id in seen:
                self.problem(path, f"{where}: duplicate relation id {rel.id!r}")
                continue
            seen.add(rel.id)
            self.check_relation(path, where, rel, spans)

    def check_relation(self, path: Path, where: str, rel: Relation,
                       spans: dict[str, str]) -> None:
        head, tail = spans.get(rel.head), spans.get(rel.tail)
        for end, span_id, label in (("head", rel.head, head), ("tail", rel.tail, tail)):
            if label is None:
                self.problem(path, f"{where}: its {end} span {span_id!r} does not exist")
        rtype = self.schema.relation_type(rel.type)
        if rtype is None:
            self.problem(path, f"{where}: relation type {rel.type!r} is not in the schema")
            return
        if head is not None and rtype.head_labels and head not in rtype.head_labels:
            self.problem(path, f"{where}: must start at {'/'.join(rtype.head_labels)}, "
                               f"not {head}")
        if tail is not None and rtype.tail_labels and tail not in rtype.tail_labels:
            self.problem(path, f"{where}: must point to {'/'.join(rtype.tail_labels)}, "
                               f"not {tail}")
        for name, value in rel.attributes.items():
            adef = rtype.attribute(name)
            msg = f"{rel.type} has no attribute {name!r}" if adef is None else adef.problem(value)
            if msg:
                self.problem(path, f"{where}: {msg}")


_STATUSES = frozenset(s.value for s in Status)


def _count_suggested(records: Any) -> int:
    """How many records of a spans/relations list have status 'suggested'."""
    if not isinstance(records, list):
        return 0
    return sum(1 for r in records if isinstance(r, dict)
               and r.get("status") == Status.SUGGESTED.value)
SpanFacts = tuple[str, int, int, str, str, dict[str, Any], bool]


def _span_facts(record: Any) -> SpanFacts:
    """(id, start, end, label, text, attributes, rejected) of a span record.

    Well-formed records take a fast path (validation reads hundreds of
    thousands of spans); anything unusual goes through ``span_from_dict``,
    which accepts or rejects it with its exact message.
    """
    if type(record) is dict:
        sid, start, end = record.get("id"), record.get("start"), record.get("end")
        label, covered = record.get("label"), record.get("text")
        status = record.get("status", "accepted")
        attributes = record.get("attributes") or {}
        score = record.get("score")
        if type(sid) is str and type(start) is int and type(end) is int \
                and type(label) is str and type(covered) is str and type(status) is str \
                and status in _STATUSES and type(attributes) is dict \
                and (score is None or type(score) in (int, float)):
            return sid, start, end, label, covered, attributes, status == "rejected"
    span = span_from_dict(record)
    return (span.id, span.start, span.end, span.label, span.text, dict(span.attributes),
            span.status is Status.REJECTED)


def validate(path_or_project: Path | str | Project,
             progress: Progress | None = None) -> Validation:
    """Validate a project; the problems, the warnings and the number of files checked."""
    if isinstance(path_or_project, Project):
        project = path_or_project
    else:
        path = Path(path_or_project)
        if not path.is_dir():
            return Validation([Problem(path, "is not a folder (a project is a folder)")])
        if not (path / PROJECT_FILE).is_file():
            return Validation([Problem(path / PROJECT_FILE,
                                       "missing: this folder is not a project")])
        try:
            project = Project.open(path)
        except ReadError as err:
            return Validation([Problem(err.path, err.reason, err.line)])
        except ProjectError as err:
            message = str(err).removeprefix(f"{PROJECT_FILE}: ")
            return Validation([Problem(path / PROJECT_FILE, message)])
    result = _Validator(project, progress or no_progress).run()
    result.leftovers = [p for folder in project.temporary_folders() for p in temporaries(folder)]
    return result


def validate_project(path_or_project: Path | str | Project,
                     progress: Progress | None = None) -> list[Problem]:
    """Every problem of a project on disk, each naming its file (empty list: all good)."""
    return validate(path_or_project, progress).problems
