"""Import plain documents into a project: UTF-8 ``.txt`` files, folders of them, and JSONL.

Every document is stored through :meth:`Project.add_document` with its text
canonicalised once (:func:`annotator.core.text.canonicalize`: BOM stripped,
CRLF and lone CR turned into LF) and what was changed recorded in its
metadata, together with the SHA-256 of the original bytes.

Nothing stops an import half-way: a file or record that cannot be imported
(another encoding, binary, empty, duplicate id, malformed JSON, missing or
mistyped fields) is skipped with a :class:`Problem` naming the file and line,
and the rest is imported. JSONL files whose records carry ``"spans"`` are
gold records and go to :func:`annotator.formats.exchange.import_annotated`,
as do the annotated formats (gold, brat, doccano, labelstudio, conll).
"""

from __future__ import annotations

import unicodedata
from collections import deque
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.model import Document
from annotator.core.text import canonicalize, sha256_bytes, sha256_text
from annotator.formats.atomic import one_sync_at_the_end
from annotator.formats.errors import ProjectError
from annotator.formats.exchange import import_annotated
from annotator.formats.format_table import IMPORTS, detect_format
from annotator.formats.import_checks import (
    MAX_ID_LENGTH,
    StemRegistry,
    id_problem,
    text_problem,
    value_problem,
)
from annotator.formats.jsonlines import LineProblem, parse_json
from annotator.formats.project import DOCS_DIR, DuplicateDocumentError, Project
from annotator.formats.report import Progress, Report, no_progress

#: The import formats of :mod:`annotator.formats.format_table`, and those with annotations.
ANNOTATED_FORMATS = tuple(n for n, f in IMPORTS.items() if not f.documents_only)
FORMATS = tuple(IMPORTS)
_EXTENSIONS = {".txt": "txt", ".jsonl": "jsonl"}


__all__ = ["ANNOTATED_FORMATS", "FORMATS", "MAX_ID_LENGTH", "ImportProblem", "collect",
           "decode_text", "id_problem", "import_paths", "make_document"]


class ImportProblem(ValueError):
    """Why one file or record cannot be imported (a message for the user)."""


# ------------------------------------------------------------------ bytes -> text


def _arabic_ratio(text: str) -> float:
    """Share of Arabic letters among the non-ASCII characters of ``text``."""
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return 0.0
    arabic = sum(1 for c in non_ascii if "\u0600" <= c <= "\u06ff")
    return arabic / len(non_ascii)


def _latin_ratio(text: str) -> float:
    """Share of letters among the non-ASCII characters of ``text``."""
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return 0.0
    return sum(1 for c in non_ascii if c.isalpha()) / len(non_ascii)


def guess_legacy_encoding(raw: bytes) -> str | None:
    """A sentence naming the likely encoding of bytes that are not UTF-8, or None.

    Arabic news archives are often Windows-1256; Western files Latin-1; Windows
    tools also write UTF-16 with a byte-order mark.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "looks like UTF-16; convert it to UTF-8 (e.g. iconv -f utf-16 -t utf-8)"
    sample = raw[:65536]
    if _arabic_ratio(sample.decode("cp1256", errors="replace")) >= 0.6:
        return "looks like Windows-1256; convert it to UTF-8 (e.g. iconv -f cp1256 -t utf-8)"
    if _latin_ratio(sample.decode("latin-1")) >= 0.6:
        return "looks like Latin-1 (ISO-8859-1); convert it to UTF-8 " \
               "(e.g. iconv -f latin1 -t utf-8)"
    return None


def _is_binary(raw: bytes) -> bool:
    """NUL bytes, or many control characters that text files do not contain."""
    sample = raw[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in b"\t\n\r\f\v\x1b")
    return bool(sample) and controls / len(sample) > 0.1


def decode_text(raw: bytes) -> str:
    """Decode the bytes of a text file as UTF-8 or raise :class:`ImportProblem` saying why not."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportProblem(guess_legacy_encoding(raw) or "not UTF-8")
    if _is_binary(raw):
        raise ImportProblem("binary file (it contains NUL or control bytes), not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        hint = guess_legacy_encoding(raw)
        if hint:
            raise ImportProblem(f"not UTF-8: {hint}") from err
        raise ImportProblem(f"not UTF-8 text (invalid byte 0x{raw[err.start]:02x} at byte "
                            f"{err.start}); convert it to UTF-8") from err


def first_line_title(text: str) -> str:
    """The first non-empty line of ``text`` (at most 120 characters), or ''."""
    for line in text.split("\n"):
        if line.strip():
            return line.strip()[:120]
    return ""


def is_blank(text: str) -> bool:
    """True when ``text`` has nothing to annotate: only spaces, line breaks, invisible marks."""
    return all(c.isspace() or unicodedata.category(c) == "Cf" for c in text)


def make_document(doc_id: str, raw_text: str, meta: dict[str, Any]) -> Document:
    """A document with canonical text; line-ending and BOM changes recorded in ``meta``.

    Raises :class:`ImportProblem` for a text with nothing to annotate (:func:`is_blank`).
    """
    problem = text_problem(raw_text) or value_problem(meta, "meta")
    if problem:
        raise ImportProblem(problem)
    canon = canonicalize(raw_text)
    if is_blank(canon.text):
        raise ImportProblem("empty document (no text to annotate)")
    meta = dict(meta)
    meta.setdefault("bom", canon.had_bom)
    meta.setdefault("line_endings", {"crlf": canon.crlf_count, "cr": canon.lone_cr_count})
    title = first_line_title(canon.text)
    if not meta.get("title") and title:
        meta["title"] = title
    return Document(id=doc_id, text=canon.text, meta=meta, sha256=sha256_text(canon.text))


# ------------------------------------------------------------------ collecting files


@dataclass(frozen=True)
class ImportItem:
    """One file to import and its format."""

    path: Path
    fmt: str


def collect(paths: Iterable[Path | str], fmt: str | None, report: Report) -> list[ImportItem]:
    """Files to import from ``paths`` (folders searched recursively, in sorted order).

    Without ``fmt`` the format comes from each file's extension; a folder
    yields its ``*.txt`` and ``*.jsonl`` files unless it is recognisably an
    annotated export (a brat folder with ``.ann`` files, a Label Studio
    folder, a CoNLL export's ``word*.conll``), and a file with another extension is imported when
    :func:`annotator.formats.format_table.detect_format` recognises it (CoNLL,
    Label Studio JSON). Paths that do not exist or cannot be recognised are
    recorded in ``report`` and left out. Annotated formats take each path as
    given: they know their own folder layouts.
    """
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"unknown import format {fmt!r}; choose one of {', '.join(FORMATS)}")
    items: list[ImportItem] = []
    for path in map(Path, paths):
        detected = None if fmt or not path.exists() else _detect(path)
        if not path.exists():
            report.skip(path, "no such file or folder")
        elif fmt in ANNOTATED_FORMATS:
            items.append(ImportItem(path, fmt))
        elif path.is_dir() and detected in ANNOTATED_FORMATS:
            items.append(ImportItem(path, detected))
        elif path.is_dir():
            found = _folder_files(path, fmt)
            if not found:
                wanted = f"*.{fmt}" if fmt else "*.txt or *.jsonl"
                report.skip(path, f"the folder holds no {wanted} files")
            items += found
        elif fmt is not None:
            items.append(ImportItem(path, fmt))
        elif path.suffix.lower() in _EXTENSIONS and detected != "doccano":
            items.append(ImportItem(path, _EXTENSIONS[path.suffix.lower()]))
        elif detected in ANNOTATED_FORMATS:
            items.append(ImportItem(path, detected))
        else:
            report.skip(path, f"unknown file type {path.suffix or '(no extension)'!r}; "
                              f"name it .txt or .jsonl or give --format "
                              f"({', '.join(FORMATS)})")
    return items


def _detect(path: Path) -> str | None:
    """The annotated format ``path`` is recognisably in, or None."""
    found = detect_format(path)
    return found if found in ANNOTATED_FORMATS else None


def _folder_files(folder: Path, fmt: str | None) -> list[ImportItem]:
    out = []
    for path in sorted(folder.rglob("*"), key=lambda p: p.relative_to(folder).as_posix()):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue  # hidden files and folders (.git, .DS_Store)
        kind = _EXTENSIONS.get(path.suffix.lower())
        if kind is not None and (fmt is None or kind == fmt):
            out.append(ImportItem(path, kind))
    return out


# ------------------------------------------------------------------ importing


#: Documents written at the same time. Each write is fsynced (file and folder);
#: overlapping them makes a bulk import about five times faster on a VM disk.
WRITERS = 8
_MAX_PENDING = 4 * WRITERS


@dataclass
class _Pending:
    future: Future[None]
    doc_id: str
    path: Path
    line: int | None


class _Importer:
    """State of one import run: ids seen so far, the report, progress, writes in flight.

    Documents are written by a small thread pool through
    :meth:`Project.add_document`, which touches only its own document file
    and per-path entries of the project's dictionaries. Results are
    collected in submission order, so ``report.done`` keeps the input order.
    """

    def __init__(self, project: Project, report: Report, progress: Progress,
                 total: int) -> None:
        self.project = project
        self.report = report
        self.progress = progress
        self.total = total
        self.done = 0
        self.seen: dict[str, str] = {}  # id -> where it came from in this run
        # File stems in use, lower-cased: ids that differ only in case would share a
        # file on Windows and macOS, where a project shared through git may be checked out.
        self.stems = StemRegistry(project.path / DOCS_DIR)
        self.pool = ThreadPoolExecutor(max_workers=WRITERS,
                                       thread_name_prefix="annotator-import")
        self.pending: deque[_Pending] = deque()

    def tick(self, n: int = 1) -> None:
        self.done += n
        self.progress(min(self.done, self.total), self.total)

    def store(self, doc: Document, where: str, path: Path, line: int | None) -> None:
        """Add ``doc`` unless its id was seen already in this run or is in the project."""
        if doc.id in self.seen:
            self.report.skip(path, f"duplicate id {doc.id!r} (already imported from "
                                   f"{self.seen[doc.id]})", line)
            return
        if self.project.has_document(doc.id):
            self.report.skip(path, f"duplicate id {doc.id!r}: a document with this id is "
                                   "already in the project (`annotator replace-text` gives "
                                   "it a corrected text)", line)
            return
        problem = self.stems.problem(doc.id)
        if problem:
            self.report.skip(path, problem, line)
            return
        self.seen[doc.id] = where
        self.stems.add(doc.id, where)
        self.pending.append(_Pending(self.pool.submit(self.project.add_document, doc),
                                     doc.id, path, line))
        if len(self.pending) >= _MAX_PENDING:
            self._collect_one()

    def _collect_one(self) -> None:
        item = self.pending.popleft()
        try:
            item.future.result()
        except DuplicateDocumentError:  # created meanwhile by someone else
            self.report.skip(item.path, f"duplicate id {item.doc_id!r}: a document with this "
                                        "id is already in the project", item.line)
        else:
            self.report.done.append(item.doc_id)

    def finish_pending(self) -> None:
        """Wait for the writes in flight (before another importer touches the project)."""
        while self.pending:
            self._collect_one()

    def finish(self) -> None:
        """Wait for every write and stop the writers; re-raise the first write failure."""
        try:
            self.finish_pending()
        finally:
            for item in self.pending:
                item.future.cancel()
            self.pool.shutdown(wait=True)

    def import_txt(self, path: Path) -> None:
        try:
            doc = self._txt_document(path)
        except ImportProblem as err:
            self.report.skip(path, str(err))
        else:
            self.store(doc, str(path), path, None)
        self.tick()

    @staticmethod
    def _txt_document(path: Path) -> Document:
        try:
            raw = path.read_bytes()
        except OSError as err:
            raise ImportProblem(f"cannot read: {err.strerror or err}") from err
        if not raw:
            raise ImportProblem("empty file")
        problem = id_problem(path.stem)
        if problem:
            raise ImportProblem(f"the file name cannot be a document id: {problem}")
        text = decode_text(raw)
        meta = {"source": path.name, "original_file": path.name,
                "original_sha256": sha256_bytes(raw)}
        return make_document(path.stem, text, meta)

    def import_jsonl(self, path: Path, lines: list[bytes]) -> None:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                doc = self._record(path, number, line)
            except ImportProblem as err:
                self.report.skip(path, str(err), number)
            else:
                self.store(doc, f"{path}:{number}", path, number)
            self.tick()

    def _record(self, path: Path, number: int, line: bytes) -> Document:
        if number == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        try:
            record = parse_json(line)
        except LineProblem as err:
            hint = guess_legacy_encoding(line) if str(err).startswith("not UTF-8") else None
            message = str(err).replace("not valid JSON", "malformed JSON", 1)
            raise ImportProblem(f"not UTF-8: {hint}" if hint else message) from err
        if not isinstance(record, dict):
            raise ImportProblem(f"expected a JSON object {{\"id\", \"text\", \"meta\"}}, "
                                f"got {type(record).__name__}")
        for key in ("id", "text"):
            if key not in record:
                raise ImportProblem(f"the record has no {key!r}")
        problem = id_problem(record["id"])
        if problem:
            raise ImportProblem(problem)
        if not isinstance(record["text"], str):
            raise ImportProblem(f"'text' must be a string (got {type(record['text']).__name__})")
        meta = record.get("meta") if record.get("meta") is not None else {}
        if not isinstance(meta, dict):
            raise ImportProblem(f"'meta' must be an object (got {type(meta).__name__})")
        meta = dict(meta)
        for key, value in record.items():
            if key not in ("id", "text", "meta"):
                meta.setdefault(key, value)  # e.g. a top-level "title": keep it
        meta.setdefault("source", path.name)
        meta.setdefault("original_file", path.name)
        meta.setdefault("original_line", number)
        if canonicalize(record["text"]).changed:
            meta.setdefault("original_sha256", sha256_text(record["text"]))
        return make_document(record["id"], record["text"], meta)


def _read_lines(path: Path) -> list[bytes]:
    return path.read_bytes().split(b"\n")


def _has_gold_records(lines: Sequence[bytes]) -> bool:
    """True when some record of a JSONL file carries ``spans`` (a gold/annotated record)."""
    for number, line in enumerate(lines, 1):
        if b'"spans"' not in line:
            continue
        try:
            record = parse_json(line[3:] if number == 1 and line.startswith(b"\xef\xbb\xbf")
                                else line)
        except LineProblem:
            continue
        if isinstance(record, dict) and "spans" in record:
            return True
    return False


def _merge(into: Report, other: Report) -> None:
    into.done += other.done
    into.problems += other.problems
    for key, value in other.counts.items():
        into.count(key, value)


def import_paths(project: Project, paths: Iterable[Path | str], fmt: str | None = None,
                 progress: Progress = no_progress, report: Report | None = None) -> Report:
    """Import files and folders into ``project``; return what was imported and skipped.

    ``fmt`` is one of :data:`FORMATS` or None (recognised per path, see
    :func:`collect`). Progress is reported as (items done, items total), an
    item being a ``.txt`` file, a JSONL line or an annotated file or folder.
    A failure to write
    (disk full) stops the import with :class:`ProjectError`; pass ``report``
    to know what had been imported by then.
    """
    report = report if report is not None else Report()
    with one_sync_at_the_end():  # atomic renames per file, one sync for the whole import
        return _import_paths(project, paths, fmt, progress, report)


def _import_paths(project: Project, paths: Iterable[Path | str], fmt: str | None,
                  progress: Progress, report: Report) -> Report:
    items = collect(paths, fmt, report)
    jsonl: dict[Path, list[bytes]] = {}
    for item in items:
        if item.fmt == "jsonl":
            try:
                jsonl[item.path] = _read_lines(item.path)
            except OSError as err:
                report.skip(item.path, f"cannot read: {err.strerror or err}")
    total = sum(len(jsonl[i.path]) if i.fmt == "jsonl" else 1
                for i in items if i.fmt != "jsonl" or i.path in jsonl)
    importer = _Importer(project, report, progress, total)
    try:
        for item in items:
            if item.fmt == "txt":
                importer.import_txt(item.path)
            elif item.fmt in ANNOTATED_FORMATS:
                importer.finish_pending()
                _import_annotated(project, item.path, item.fmt, report)
                importer.tick()
            elif item.path in jsonl:
                lines = jsonl[item.path]
                if _has_gold_records(lines):
                    importer.finish_pending()
                    _import_annotated(project, item.path, "gold", report)
                    importer.tick(len(lines))
                else:
                    importer.import_jsonl(item.path, lines)
                    importer.tick(sum(1 for line in lines if not line.strip()))
    finally:
        importer.finish()
    return report


def _import_annotated(project: Project, path: Path, fmt: str, report: Report) -> None:
    try:
        _merge(report, import_annotated(project, path, fmt, no_progress))
    except ProjectError as err:
        report.skip(path, str(err))
