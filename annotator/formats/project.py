"""The project folder: schema and settings, one file per document, one per document per annotator.

Layout::

    PROJECT/
      project.json                      schema, settings, schema_version
      documents/<stem>.json             id, sha256, meta, text
      annotations/<annotator>/<stem>.json
      .cache/index.json                 cache for listing; rebuilt when stale (git-ignored)
      .annotator.lock                   while an instance writes the project

File rules (DESIGN.md "Files on disk"): readable JSON with stable order,
atomic durable writes, migrations on read, unknown keys preserved, and a
file changed on disk since it was read is never overwritten silently.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.core.model import AnnotationSet, DocStatus, Document
from annotator.core.schema import LabelSchema, default_schema
from annotator.core.text import sha256_bytes, sha256_text
from annotator.formats.atomic import (
    LineCache,
    atomic_writer,
    dumps,
    dumps_record_lines,
    loads,
    read_bytes_and_stat,
    read_json,
    read_json_if_present,
    record_line,
    record_lines_cached,
    remove_dead_temporaries,
)
from annotator.formats.errors import (
    ConflictError,
    HashMismatchError,
    ProjectError,
    ReadError,
    WriteError,
)
from annotator.formats.filenames import safe_stem
from annotator.formats.guards import is_within, merge_gitignore, read_reason
from annotator.formats.listing import (
    DocumentEntry,
    empty_scandir,
    summary_from_layout,
    summary_record,
    unchanged_since,
)
from annotator.formats.lock import ProjectLock
from annotator.formats.migrations import CURRENT_VERSION, index_is_sound, migrate
from annotator.formats.serialize import (
    FormatProblem,
    document_to_dict,
    relation_from_dict,
    relation_to_dict,
    schema_from_dict,
    schema_to_dict,
    span_from_dict,
    span_to_dict,
)

PROJECT_FILE = "project.json"
INDEX_FILE = ".cache/index.json"
GITIGNORE = ".cache/\n.annotator.lock\n.*.tmp\n"
DOCS_DIR = "documents"
ANN_DIR = "annotations"
_PROJECT_KEYS = ("schema_version", "name", "schema", "settings")
_ANN_KEYS = ("schema_version", "document_id", "annotator", "text_sha256", "status",
             "spans", "relations")
_DOC_KEYS = ("schema_version", "id", "sha256", "meta", "text")


class DuplicateDocumentError(ProjectError):
    """A document with this id is already in the project."""


def default_annotator(settings: dict[str, Any] | None = None) -> str:
    """The annotator name used when none is given.

    $ANNOTATOR, else the project's ``default_annotator`` setting (the sample
    project sets one so its hand annotations show), else the login name.
    """
    name = os.environ.get("ANNOTATOR") or (settings or {}).get("default_annotator")
    if name:
        return str(name)
    try:
        return getpass.getuser() or "annotator"
    except (KeyError, OSError):
        return "annotator"


class Project:
    """An open project folder. Use :meth:`create` or :meth:`open`."""

    def __init__(self, path: Path, data: dict[str, Any], raw: bytes, annotator: str) -> None:
        self.path = Path(path)
        self._data = data
        self.schema: LabelSchema = self._parse_schema(data, self.path)
        self.annotator = annotator
        self._disk_hashes: dict[Path, str | None] = {self.path / PROJECT_FILE: sha256_bytes(raw)}
        self._lock = ProjectLock(self.path)
        self._entries: dict[str, DocumentEntry] | None = None
        #: Files the last listing could not read (document and annotation files), with why.
        #: Every command that reads the project names them; an export refuses to run past them.
        self.unreadable: dict[Path, str] = {}
        # safe_stem of ids and annotator names met so far (an export asks for each twice).
        self._stems: dict[str, str] = {}
        # The encoded lines of the annotation file saved last (see _record_lines).
        self._saved_lines: tuple[Path, LineCache, LineCache] | None = None

    # ------------------------------------------------------------ opening

    @classmethod
    def create(cls, path: Path | str, schema: LabelSchema | None = None, *,
               name: str | None = None, annotator: str | None = None) -> Project:
        """Make a new project folder (which must not already hold a project)."""
        path = Path(path)
        if (path / PROJECT_FILE).exists():
            raise ProjectError(f"{path} already holds a project")
        if path.exists() and not path.is_dir():
            raise ProjectError(f"{path} exists and is not a folder")
        data = {"schema_version": CURRENT_VERSION, "name": name or path.name,
                "schema": schema_to_dict(schema or default_schema()),
                "settings": {"snap_to_words": True, "strip_proclitics": True,
                             "language": "en"}}
        text = dumps(data)
        with atomic_writer(path / PROJECT_FILE) as handle:
            handle.write(text)
        (path / DOCS_DIR).mkdir(exist_ok=True)
        (path / ANN_DIR).mkdir(exist_ok=True)
        merge_gitignore(path / ".gitignore", GITIGNORE)
        return cls(path, data, text.encode("utf-8"), annotator or default_annotator())

    @classmethod
    def open(cls, path: Path | str, *, annotator: str | None = None) -> Project:
        """Open an existing project; raises :class:`ProjectError` with a clear message."""
        path = Path(path)
        file = path / PROJECT_FILE
        if not path.is_dir():
            raise ProjectError(f"{path} is not a folder")
        if not file.is_file():
            raise ProjectError(f"{path} is not a project (no {PROJECT_FILE}); "
                               f"create one with `annotator new {path}`")
        value, raw = read_json(file)
        data = migrate("project", value, file)
        return cls(path, data, raw, annotator or default_annotator(data.get("settings")))

    @classmethod
    def open_damaged(cls, path: Path | str, *, annotator: str | None = None) -> Project:
        """Open a project whose ``project.json`` cannot be read, to view it (default schema).

        Nothing that writes ``project.json`` succeeds: it differs from what
        this object believes it read, so the damaged file is never replaced.
        """
        return cls(Path(path), {"name": Path(path).name}, b"", annotator or default_annotator())

    @staticmethod
    def _parse_schema(data: dict[str, Any], path: Path) -> LabelSchema:
        if "schema" not in data:
            return default_schema()
        try:
            return schema_from_dict(data["schema"])
        except FormatProblem as err:  # a ReadError of project.json: the GUI opens read-only
            raise ReadError(path / PROJECT_FILE, str(err)) from err

    @property
    def name(self) -> str:
        """The project's display name."""
        return str(self._data.get("name") or self.path.name)

    @property
    def settings(self) -> dict[str, Any]:
        """Project settings (a live dict; call :meth:`save_project` after changing it)."""
        settings = self._data.setdefault("settings", {})
        assert isinstance(settings, dict)
        return settings

    # ------------------------------------------------------------ locking

    def lock(self) -> None:
        """Take the project's lock for writing (raises :class:`LockError` if held); then
        remove the temporary files that killed runs left in the project."""
        self._lock.acquire()
        for folder in self.temporary_folders():
            remove_dead_temporaries(folder)

    def temporary_folders(self) -> list[Path]:
        """The folders where the project's writes leave temporary files while they run."""
        ann = self.path / ANN_DIR
        who = sorted(p for p in ann.iterdir() if p.is_dir()) if ann.is_dir() else []
        return [self.path, self.path / DOCS_DIR, ann, *who, self.path / ".cache"]

    def close(self) -> None:
        """Release the lock, if held."""
        self._lock.release()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ files

    def document_path(self, doc_id: str) -> Path:
        """Where document ``doc_id`` is stored."""
        return self.path / DOCS_DIR / f"{self._stem(doc_id)}.json"

    def annotations_path(self, doc_id: str, annotator: str | None = None) -> Path:
        """Where ``annotator``'s annotations of ``doc_id`` are stored."""
        who = self._stem(annotator or self.annotator)
        return self.path / ANN_DIR / who / f"{self._stem(doc_id)}.json"

    def _stem(self, name: str) -> str:
        """``safe_stem(name)``, remembered (for an unusual id it hashes the id)."""
        stem = self._stems.get(name)
        if stem is None:
            stem = self._stems[name] = safe_stem(name)
        return stem

    def write_file(self, path: Path | str, data: bytes | str) -> None:
        """Write ``data`` (bytes, or text as UTF-8) to ``path`` atomically and durably.

        Raises :class:`ConflictError` (and writes nothing) when the file
        exists but this project never read it, or changed or was deleted on
        disk since this project last read or wrote it; :class:`WriteError` when
        it cannot be written. Afterwards the project trusts the new content as
        what is on disk.
        """
        path = Path(path)
        self.check_inside(path)
        if isinstance(data, str):
            data = data.encode("utf-8")
        known = self._disk_hashes.get(path, None)
        try:
            current: str | None = sha256_bytes(path.read_bytes())
        except FileNotFoundError:
            current = None
        except OSError as err:
            raise WriteError(path, err.strerror or str(err)) from err
        if current is not None and known != current:
            raise ConflictError(path)
        if current is None and known is not None:
            raise ConflictError(path)  # deleted by someone else since we read it
        with atomic_writer(path, "wb") as handle:
            handle.write(data)
        self._disk_hashes[path] = sha256_bytes(data)

    def check_inside(self, path: Path) -> None:
        """Raise :class:`WriteError` when writing ``path`` would land outside the project.

        A symbolic link inside the project (``annotations/<name>``, ``.cache``)
        must never carry a write to somewhere else on the disk.
        """
        real = os.path.realpath(Path(path).parent)
        if not is_within(real, self.path):
            raise WriteError(path, f"a symbolic link leads outside the project folder (to "
                                   f"{real}); the project writes only inside itself. Replace "
                                   "the link with a real folder")

    def save_project(self) -> None:
        """Write ``project.json`` (schema and settings), keeping unknown keys."""
        self._data["schema"] = schema_to_dict(self.schema)
        self._data["schema_version"] = CURRENT_VERSION
        ordered = {k: self._data[k] for k in _PROJECT_KEYS if k in self._data}
        ordered.update({k: v for k, v in self._data.items() if k not in ordered})
        self.write_file(self.path / PROJECT_FILE, dumps(ordered))

    def set_schema(self, schema: LabelSchema) -> None:
        """Replace the schema and save it."""
        problems = schema.problems()
        if problems:
            raise ProjectError("; ".join(problems))
        self.schema = schema
        self.save_project()

    # ------------------------------------------------------------ documents

    def add_document(self, doc: Document, *, replace: bool = False) -> None:
        """Store a new document (``replace`` allows overwriting one with the same id).

        Safe to call from several threads at once for different ids (the
        importer writes with a pool of 8): it touches only this document's file
        and this document's keys of ``_disk_hashes`` and ``_entries`` (one
        dict assignment each, atomic under the GIL); keep it that way.
        """
        path = self.document_path(doc.id)
        if path.exists() and not replace:
            raise DuplicateDocumentError(f"a document with id {doc.id!r} is already in "
                                         "the project")
        if replace and path.exists() and path not in self._disk_hashes:
            self._disk_hashes[path] = sha256_bytes(path.read_bytes())
        record = {"schema_version": CURRENT_VERSION, **document_to_dict(doc)}
        self.write_file(path, dumps(record))
        if self._entries is not None:
            self._entries[doc.id] = self._entry_for(path.stem, record, path.stat())

    def load_document(self, doc_id: str) -> Document:
        """Read a document, checking its stored hash against its text."""
        path = self.document_path(doc_id)
        found = read_json_if_present(path)
        if found is None:
            raise ProjectError(f"no document {doc_id!r} in {self.path}")
        value, raw = found
        data = migrate("document", value, path)
        self._disk_hashes[path] = sha256_bytes(raw)
        return self._document_from(data, path)

    @staticmethod
    def _document_from(data: dict[str, Any], path: Path) -> Document:
        text, doc_id = data.get("text"), data.get("id")
        if not isinstance(text, str) or not isinstance(doc_id, str):
            raise ReadError(path, "a document needs a string 'id' and 'text'")
        actual = sha256_text(text)
        if data.get("sha256") and data["sha256"] != actual:
            raise ReadError(path, "the text does not match its recorded SHA-256; the file was "
                                  "edited by hand. Restore it from version control.")
        meta = data.get("meta") or {}
        extra = {k: v for k, v in data.items() if k not in _DOC_KEYS}
        if extra:
            meta = {**meta, "_extra": extra}
        return Document(id=doc_id, text=text, meta=meta, sha256=actual)

    def iter_documents(self) -> Iterator[Document]:
        """Every document, in id order, read one at a time (for streaming exports)."""
        for entry in self.documents():
            yield self.load_document(entry.id)

    def has_document(self, doc_id: str) -> bool:
        """True when a document with this id exists."""
        return self.document_path(doc_id).exists()

    # ------------------------------------------------------------ annotations

    def annotators(self, doc_id: str | None = None) -> list[str]:
        """Names of annotators with annotation files (of ``doc_id`` when given)."""
        root = self.path / ANN_DIR
        if not root.is_dir():
            return []
        names = []
        for folder in sorted(p for p in root.iterdir() if p.is_dir()):
            if doc_id is None or (folder / f"{safe_stem(doc_id)}.json").exists():
                names.append(folder.name)
        return names

    def load_annotations(self, doc: Document, annotator: str | None = None) -> AnnotationSet:
        """``annotator``'s annotations of ``doc`` (empty when there are none yet).

        Raises :class:`HashMismatchError` when they were made on another text,
        and :class:`ReadError` when the file is corrupt: nothing is attached.
        """
        who = annotator or self.annotator
        path = self.annotations_path(doc.id, who)
        found = read_json_if_present(path)
        if found is None:
            self._disk_hashes[path] = None
            return AnnotationSet(document_id=doc.id, annotator=who, text_sha256=doc.sha256)
        value, raw = found
        data = migrate("annotations", value, path)
        ann = self.parse_annotations(data, path)
        if ann.document_id != doc.id:
            raise ReadError(path, f"belongs to document {ann.document_id!r}, not {doc.id!r}")
        if ann.text_sha256 != doc.sha256:
            raise HashMismatchError(path, doc.id)
        self._disk_hashes[path] = sha256_bytes(raw)
        return ann

    @staticmethod
    def parse_annotations(data: dict[str, Any], path: Path) -> AnnotationSet:
        """Build an :class:`AnnotationSet` from a migrated annotation file."""
        try:
            spans = [span_from_dict(d) for d in data.get("spans") or []]
            rels = [relation_from_dict(d) for d in data.get("relations") or []]
            status = DocStatus(data.get("status", "new"))
        except (FormatProblem, ValueError) as err:
            raise ReadError(path, str(err)) from err
        for key in ("document_id", "annotator", "text_sha256"):
            if not isinstance(data.get(key), str):
                raise ReadError(path, f"missing {key!r}")
        table = {s.id: s for s in spans}
        if len(table) != len(spans):
            raise ReadError(path, "two spans share an id")
        return AnnotationSet(
            document_id=data["document_id"], annotator=data["annotator"],
            text_sha256=data["text_sha256"], spans=table,
            relations={r.id: r for r in rels}, status=status,
            extra={k: v for k, v in data.items() if k not in _ANN_KEYS})

    def save_annotations(self, ann: AnnotationSet) -> None:
        """Write an annotation set durably (refusing if the file changed on disk).

        The lines of the file saved last are kept, each with the span or
        relation object it encodes: those objects are immutable (an edit
        always makes a new one), so only the records that changed are encoded
        again. The cache is one tuple swapped whole, so concurrent saves of
        other files at worst miss it.
        """
        path = self.annotations_path(ann.document_id, ann.annotator)
        head = {"schema_version": CURRENT_VERSION, "document_id": ann.document_id,
                "annotator": ann.annotator, "text_sha256": ann.text_sha256,
                "status": ann.status.value, **ann.extra}
        previous = self._saved_lines
        old_spans, old_rels = previous[1:] if previous and previous[0] == path else ({}, {})
        spans, span_lines = record_lines_cached(ann.sorted_spans(), old_spans, span_to_dict)
        rels, rel_lines = record_lines_cached(ann.sorted_relations(), old_rels, relation_to_dict)
        self._saved_lines = (path, spans, rels)
        self.write_file(path, dumps_record_lines(head, {"spans": span_lines,
                                                        "relations": rel_lines}))
        if self._entries is not None and ann.document_id in self._entries:
            self._entries[ann.document_id].annotations[ann.annotator] = \
                self._annotation_summary(ann, path)

    def trust_disk_state(self, path: Path, raw: bytes) -> None:
        """Record ``raw`` as what this project read from ``path`` (so a save may replace it).

        For code that read a file itself (``reattach``): a later write still
        refuses when the file on disk is no longer ``raw``.
        """
        self._disk_hashes[Path(path)] = sha256_bytes(raw)

    def forget_disk_state(self, path: Path) -> None:
        """Accept the file as it is on disk now (after the user chose to reload it)."""
        self._disk_hashes.pop(path, None)

    def invalidate_index(self) -> None:
        """Forget the document list, so that the next :meth:`documents` re-checks every file.

        For code that replaced project files other than through
        :meth:`add_document` and :meth:`save_annotations`; files whose size and
        modification time did not change are not re-read.
        """
        self._entries = None

    # ------------------------------------------------------------ index

    def documents(self) -> list[DocumentEntry]:
        """All documents in id order, from the index (refreshed for files that changed)."""
        if self._entries is None:
            self._entries = self._refresh_index()
        return sorted(self._entries.values(), key=lambda e: e.id)

    def entry(self, doc_id: str) -> DocumentEntry | None:
        """The index entry of one document."""
        if self._entries is None:
            self.documents()
        assert self._entries is not None
        return self._entries.get(doc_id)

    @staticmethod
    def _entry_for(stem: str, record: dict[str, Any], st: os.stat_result) -> DocumentEntry:
        doc_id, text = record["id"], record["text"]
        doc = Document(id=doc_id, text=text, meta=record.get("meta") or {},
                       sha256=record.get("sha256") or "")
        return DocumentEntry(id=doc_id, stem=stem, title=doc.title, chars=len(text),
                             sha256=doc.sha256, mtime_ns=st.st_mtime_ns, size=st.st_size)

    @staticmethod
    def _annotation_summary(ann: AnnotationSet, path: Path,
                            st: os.stat_result | None = None) -> dict[str, Any]:
        counts = {k.value: v for k, v in ann.count_by_status().items() if v}
        return summary_record(ann.status.value, counts, st or path.stat())

    def _refresh_index(self) -> dict[str, DocumentEntry]:
        cached = self._read_index()
        by_stem = {e.stem: e for e in cached.values()}
        entries: dict[str, DocumentEntry] = {}
        self.unreadable = {}
        changed = False
        docs_dir = str(self.path / DOCS_DIR)
        with os.scandir(docs_dir) if os.path.isdir(docs_dir) else empty_scandir() as it:
            for item in sorted(it, key=lambda i: i.name):  # the same duplicate wins every time
                if not item.name.endswith(".json") or item.name.startswith("."):
                    continue
                old = by_stem.get(item.name[:-5])
                if old and unchanged_since(item, old.mtime_ns, old.size):
                    entry = old
                else:
                    try:
                        entry = self._read_entry(item.path)
                    except (ProjectError, KeyError, TypeError, ValueError, OSError,
                            RecursionError) as err:
                        self.unreadable[Path(item.path)] = read_reason(err)
                        continue
                    changed = True
                first = entries.get(entry.id)
                if first is not None:  # never silently shadow one document by another
                    self.unreadable[Path(item.path)] = (f"duplicate document id {entry.id!r} "
                                                        f"(also in {first.stem}.json)")
                    continue
                entries[entry.id] = entry
        changed |= self._refresh_annotation_summaries(entries)
        if changed or set(entries) != set(cached):
            self._write_index(entries)
        return entries

    def _read_entry(self, path: str) -> DocumentEntry:
        """The index entry of one document file (parsed in full: the text is needed)."""
        data, st = read_bytes_and_stat(path)  # stat before reading: a change is seen next time
        try:
            value = loads(data)
        except UnicodeDecodeError as err:
            raise ReadError(path, f"not UTF-8 (byte {err.start})") from err
        except ValueError as err:
            raise ReadError(path, f"not valid JSON ({err})") from err
        value = migrate("document", value, Path(path))  # also checks the types
        if type(value.get("id")) is not str or type(value.get("text")) is not str:
            raise ReadError(path, "a document needs a string 'id' and 'text'")
        stem = os.path.basename(path)[:-5]  # minus ".json"
        if self._stem(value["id"]) != stem:
            raise ReadError(path, f"document {value['id']!r} should be stored as "
                                  f"{self._stem(value['id'])}.json; under this name it "
                                  "cannot be opened")
        return self._entry_for(stem, value, st)

    def _refresh_annotation_summaries(self, entries: dict[str, DocumentEntry]) -> bool:
        changed = False
        by_stem = {e.stem: e for e in entries.values()}
        root = str(self.path / ANN_DIR)
        seen: set[tuple[str, str]] = set()
        with os.scandir(root) if os.path.isdir(root) else empty_scandir() as folders:
            for folder in folders:
                if folder.is_dir():
                    changed |= self._refresh_annotator(folder.name, folder.path, by_stem, seen)
        for entry in entries.values():
            for who in list(entry.annotations):
                if (entry.id, who) not in seen:
                    del entry.annotations[who]
                    changed = True
        return changed

    def _refresh_annotator(self, who: str, folder: str, by_stem: dict[str, DocumentEntry],
                           seen: set[tuple[str, str]]) -> bool:
        """Update ``who``'s summaries from the files in ``folder`` that changed; True if any."""
        changed = False
        with os.scandir(folder) as it:
            for item in it:
                entry = by_stem.get(item.name[:-5])
                if entry is None or not item.name.endswith(".json"):
                    continue
                old = entry.annotations.get(who)
                seen.add((entry.id, who))
                if old and unchanged_since(item, old["mtime_ns"], old["size"]):
                    continue
                summary = self._read_summary(item.path)
                if isinstance(summary, str):  # why it cannot be read
                    self.unreadable[Path(item.path)] = summary
                    changed |= entry.annotations.pop(who, None) is not None
                else:
                    entry.annotations[who] = summary
                    changed = True
        return changed

    def _read_summary(self, path: str) -> dict[str, Any] | str:
        """An annotation file's summary, or why it cannot be read."""
        try:
            raw, st = read_bytes_and_stat(path)
            found = summary_from_layout(raw)
            if found is not None:
                return summary_record(*found, st)
            data = migrate("annotations", read_json(Path(path))[0], Path(path))
            return self._annotation_summary(self.parse_annotations(data, Path(path)),
                                            Path(path), st)
        except (ProjectError, OSError, ValueError, TypeError) as err:
            return read_reason(err)

    def unreadable_lines(self) -> list[str]:
        """One line per file the last listing could not read: ``path: reason``."""
        return [f"{path}: {reason}" for path, reason in sorted(self.unreadable.items())]

    def _read_index(self) -> dict[str, DocumentEntry]:
        path = self.path / INDEX_FILE
        try:
            value, _ = read_json(path)
            if value.get("schema_version") != CURRENT_VERSION or not index_is_sound(value):
                return {}
            return {d["id"]: DocumentEntry(**d) for d in value["documents"]}
        except (ProjectError, KeyError, TypeError, AttributeError):
            return {}  # a cache: rebuild it

    def _write_index(self, entries: dict[str, DocumentEntry]) -> None:
        lines = [record_line(vars(e)) for e in sorted(entries.values(), key=lambda e: e.id)]
        try:
            self.check_inside(self.path / INDEX_FILE)
            with atomic_writer(self.path / INDEX_FILE, "wb") as handle:
                handle.write(dumps_record_lines({"schema_version": CURRENT_VERSION},
                                                {"documents": lines}))
        except WriteError:
            pass  # a read-only project still lists; the cache is just not kept
