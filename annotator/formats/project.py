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

:class:`Project` is the one object callers hold; it owns ``project.json``
and the lock, names the files, and composes the parts that do each job:

- :mod:`annotator.formats.write_guard`: every write, refused when the file
  changed on disk since it was read;
- :mod:`annotator.formats.listing`: the document index and its cache, and
  the files a listing could not read;
- :mod:`annotator.formats.annotation_file`: the annotation file codec and
  its speed paths.
"""

from __future__ import annotations

import getpass
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.core.model import AnnotationSet, Document
from annotator.core.schema import LabelSchema, default_schema
from annotator.formats.annotation_file import (
    AnnotationEncoder,
    parse_annotations,
    read_annotations_of,
)
from annotator.formats.atomic import (
    atomic_writer,
    dumps,
    loads,
    read_bytes,
    read_json,
    read_json_if_present,
    remove_dead_temporaries,
)
from annotator.formats.errors import ProjectError, ReadError
from annotator.formats.filenames import safe_stem
from annotator.formats.guards import merge_gitignore
from annotator.formats.listing import (
    ANN_DIR,
    DOCS_DIR,
    INDEX_FILE,
    DocumentEntry,
    DocumentIndex,
)
from annotator.formats.lock import ProjectLock
from annotator.formats.migrations import CURRENT_VERSION, migrate
from annotator.formats.serialize import (
    FormatProblem,
    document_from_dict,
    document_record,
    schema_from_dict,
    schema_to_dict,
)
from annotator.formats.write_guard import FileCreator, WriteGuard

__all__ = ["ANN_DIR", "DOCS_DIR", "GITIGNORE", "INDEX_FILE", "PROJECT_FILE", "DocumentEntry",
           "DuplicateDocumentError", "Project", "default_annotator"]

PROJECT_FILE = "project.json"
GITIGNORE = ".cache/\n.annotator.lock\n.*.tmp\n"
_PROJECT_KEYS = ("schema_version", "name", "schema", "settings")
_HASHED = re.compile(r"-[0-9a-f]{10}$")  # what safe_stem appends to a name it had to change
_NAME_PROBES = 3  # files of a hashed folder read to find whose it is


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


def _name_in_folder(folder: Path) -> str | None:
    """The annotator named in a file of ``folder`` whose folder it is (None when none says)."""
    probes = 0
    try:
        with os.scandir(folder) as it:
            for item in it:
                if not item.name.endswith(".json"):
                    continue
                probes += 1
                try:
                    value = loads(read_bytes(item.path))
                except (ProjectError, OSError, ValueError):
                    value = None
                name = value.get("annotator") if isinstance(value, dict) else None
                if isinstance(name, str) and safe_stem(name) == folder.name:
                    return name
                if probes >= _NAME_PROBES:
                    break
    except OSError:
        pass
    return None


class Project:
    """An open project folder. Use :meth:`create` or :meth:`open`."""

    #: Build an :class:`AnnotationSet` from a migrated annotation file (the codec's parser).
    parse_annotations = staticmethod(parse_annotations)

    def __init__(self, path: Path, data: dict[str, Any], raw: bytes, annotator: str,
                 remember_reads: bool = True) -> None:
        self.path = Path(path)
        self._data = data
        self.schema: LabelSchema = self._parse_schema(data, self.path)
        self.annotator = annotator
        self._guard = WriteGuard(self.path, remember_reads=remember_reads)
        self._guard.trust(self.path / PROJECT_FILE, raw)
        self._lock = ProjectLock(self.path)
        self._index = DocumentIndex(self.path, self.stem_of, self._guard)
        self._encoder = AnnotationEncoder()
        # The documents' folder and each annotator's (an export joins them 20,000 times).
        self._docs_dir = self.path / DOCS_DIR
        self._ann_dirs: dict[str, Path] = {}
        # An annotator's folder name (safe_stem) -> the annotator's name, where they differ.
        self._folder_names: dict[str, str] = {}

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
        outer = next((p for p in Path(os.path.realpath(path)).parents
                      if (p / PROJECT_FILE).is_file()), None)
        if outer is not None:  # annotations/x/ would read as an annotator "x" of the outer one
            raise ProjectError(f"{path} is inside the project {outer}, whose files it would "
                               "be taken for; choose a folder outside it")
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
    def open(cls, path: Path | str, *, annotator: str | None = None,
             remember_reads: bool = True) -> Project:
        """Open an existing project; raises :class:`ProjectError` with a clear message.

        ``remember_reads=False`` is for processes that only read (an export's
        workers): files read are not hashed for the write guard, which then lets
        this object create files but never replace one.
        """
        path = Path(path)
        file = path / PROJECT_FILE
        if not path.is_dir():
            raise ProjectError(f"{path} is not a folder")
        if not file.is_file():
            raise ProjectError(f"{path} is not a project (no {PROJECT_FILE}); "
                               f"create one with `annotator new {path}`")
        value, raw = read_json(file)
        data = migrate("project", value, file)
        return cls(path, data, raw, annotator or default_annotator(data.get("settings")),
                   remember_reads)

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
        return self._docs_dir / f"{self.stem_of(doc_id)}.json"

    def annotations_path(self, doc_id: str, annotator: str | None = None) -> Path:
        """Where ``annotator``'s annotations of ``doc_id`` are stored."""
        who = annotator or self.annotator
        folder = self._ann_dirs.get(who)
        if folder is None:
            stem = self.stem_of(who)
            if stem != who:
                self._folder_names[stem] = who
            folder = self._ann_dirs[who] = self.path / ANN_DIR / stem
        return folder / f"{self.stem_of(doc_id)}.json"

    def stem_of(self, name: str) -> str:
        """The file stem a document id or annotator name is stored under (``safe_stem``)."""
        return safe_stem(name)

    def write_file(self, path: Path | str, data: bytes | str) -> None:
        """Write ``data`` (bytes, or text as UTF-8) to ``path`` atomically and durably.

        Raises :class:`ConflictError` (and writes nothing) when the file
        exists but this project never read it, or changed or was deleted on
        disk since this project last read or wrote it; :class:`WriteError` when
        it cannot be written. Afterwards the project trusts the new content as
        what is on disk. See :class:`~annotator.formats.write_guard.WriteGuard`.
        """
        self._guard.write(path, data)

    def file_creator(self) -> FileCreator:
        """Creates new files for one bulk import (exclusive creates; see :class:`FileCreator`)."""
        return FileCreator(self._guard)

    def check_inside(self, path: Path) -> None:
        """Raise :class:`WriteError` when writing ``path`` would land outside the project."""
        self._guard.check_inside(path)

    def trust_disk_state(self, path: Path, raw: bytes) -> None:
        """Record ``raw`` as what this project read from ``path`` (so a save may replace it).

        For code that read a file itself (``reattach``): a later write still
        refuses when the file on disk is no longer ``raw``.
        """
        self._guard.trust(path, raw)

    def forget_disk_state(self, path: Path) -> None:
        """Accept the file as it is on disk now (after the user chose to reload it)."""
        self._guard.forget(path)

    def save_project(self) -> None:
        """Write ``project.json`` (schema and settings), keeping unknown keys."""
        self._data["schema"] = schema_to_dict(self.schema)
        self._data["schema_version"] = CURRENT_VERSION
        ordered = {k: self._data[k] for k in _PROJECT_KEYS if k in self._data}
        ordered.update({k: v for k, v in self._data.items() if k not in ordered})
        self.write_file(self.path / PROJECT_FILE, dumps(ordered))

    def reload_project_file(self) -> bool:
        """Read ``project.json`` again after another writer changed it (an import that added
        labels, in a worker with its own Project); True when the schema changed.

        Raises :class:`ReadError` as :meth:`open` would, and then changes nothing.
        """
        file = self.path / PROJECT_FILE
        value, raw = read_json(file)
        data = migrate("project", value, file)
        schema = self._parse_schema(data, self.path)
        changed = schema != self.schema
        self._data, self.schema = data, schema
        self._guard.trust(file, raw)
        return changed

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
        and this document's entries in the write guard and the index (one
        dict assignment each, atomic under the GIL); keep it that way.
        """
        path = self.document_path(doc.id)
        if path.exists() and not replace:
            raise DuplicateDocumentError(f"a document with id {doc.id!r} is already in "
                                         "the project")
        if replace and path.exists() and not self._guard.knows(path):
            self._guard.trust(path, path.read_bytes())
        record = document_record(doc)
        self.write_file(path, dumps(record))
        self._index.document_written(path, record)

    def load_document(self, doc_id: str) -> Document:
        """Read a document, checking its stored hash against its text."""
        path = self.document_path(doc_id)
        found = read_json_if_present(path)
        if found is None:
            raise ProjectError(f"no document {doc_id!r} in {self.path}")
        value, raw = found
        data = migrate("document", value, path)
        self._guard.trust(path, raw)
        try:
            return document_from_dict(data)
        except FormatProblem as err:
            raise ReadError(path, str(err)) from err

    def iter_documents(self) -> Iterator[Document]:
        """Every document, in id order, read one at a time (for streaming exports)."""
        for entry in self.documents():
            yield self.load_document(entry.id)

    def has_document(self, doc_id: str) -> bool:
        """True when a document with this id exists."""
        return self.document_path(doc_id).exists()

    # ------------------------------------------------------------ annotations

    def annotators(self, doc_id: str | None = None) -> list[str]:
        """Names of annotators with annotation files (of ``doc_id`` when given), sorted.

        Real names (``أمينة``), not the folders they are stored in
        (``id-f86197dcc2``, see :meth:`annotator_of`): to reach a file, pass
        the name to :meth:`annotations_path` as everywhere else.
        """
        root = self.path / ANN_DIR
        if not root.is_dir():
            return []
        names = []
        for folder in (p for p in root.iterdir() if p.is_dir()):
            if doc_id is None or (folder / f"{safe_stem(doc_id)}.json").exists():
                names.append(self.annotator_of(folder.name))
        return sorted(names)

    def annotator_of(self, folder: str) -> str:
        """The annotator whose folder in ``annotations/`` is named ``folder``.

        The folder is the name's :func:`safe_stem`: the name itself when it is
        plain ASCII, otherwise a slug plus a hash (``أمينة`` is stored in
        ``id-f86197dcc2``), which the index also keys layers by. A hashed
        folder's name is read back from the ``"annotator"`` field of one of its
        files (once per folder), or known from this project having used the
        name; when no file says, the folder name is returned.
        """
        name = self._folder_names.get(folder)
        if name is not None:
            return name
        if not _HASHED.search(folder):
            return folder
        name = _name_in_folder(self.path / ANN_DIR / folder)
        if name is None:
            return folder
        self._folder_names[folder] = name
        return name

    def load_annotations(self, doc: Document, annotator: str | None = None) -> AnnotationSet:
        """``annotator``'s annotations of ``doc`` (empty when there are none yet).

        Raises :class:`HashMismatchError` when they were made on another text,
        and :class:`ReadError` when the file is corrupt: nothing is attached.
        """
        who = annotator or self.annotator
        path = self.annotations_path(doc.id, who)
        found = read_annotations_of(path, doc)
        if found is None:
            self._guard.trust_absent(path)
            return AnnotationSet(document_id=doc.id, annotator=who, text_sha256=doc.sha256)
        ann, raw = found
        self._guard.trust(path, raw)
        return ann

    def read_annotation_bytes(self, doc_id: str, annotator: str | None = None) -> bytes | None:
        """The bytes of ``annotator``'s annotation file of ``doc_id`` (None when there is none).

        For a reader that decodes them its own way (the exports' reader of
        stored records, :mod:`annotator.formats.codecs.stored`), which must
        check what :meth:`load_annotations` checks. :class:`ReadError` when the
        file cannot be read.
        """
        path = self.annotations_path(doc_id, annotator or self.annotator)
        try:
            raw = read_bytes(path)
        except (FileNotFoundError, NotADirectoryError):
            self._guard.trust_absent(path)
            return None
        except OSError as err:
            raise ReadError(path, err.strerror or str(err)) from err
        self._guard.trust(path, raw)
        return raw

    def save_annotations(self, ann: AnnotationSet) -> None:
        """Write an annotation set durably (refusing if the file changed on disk).

        Only the spans and relations that changed since the last save of this
        file are encoded again (see :mod:`annotator.formats.annotation_file`).
        """
        path = self.annotations_path(ann.document_id, ann.annotator)
        self.write_file(path, self._encoder.encode(path, ann))
        self._index.annotations_written(ann, path)

    # ------------------------------------------------------------ index

    def documents(self) -> list[DocumentEntry]:
        """All documents in id order, from the index (refreshed for files that changed)."""
        return self._index.entries()

    def entry(self, doc_id: str) -> DocumentEntry | None:
        """The index entry of one document."""
        return self._index.entry(doc_id)

    def invalidate_index(self) -> None:
        """Forget the document list, so that the next :meth:`documents` re-checks every file.

        For code that replaced project files other than through
        :meth:`add_document` and :meth:`save_annotations`; files whose size and
        modification time did not change are not re-read.
        """
        self._index.invalidate()

    @property
    def unreadable(self) -> dict[Path, str]:
        """Files the last listing could not read (document and annotation files), with why.

        Every command that reads the project names them; an export refuses to
        run past them.
        """
        return self._index.unreadable

    def unreadable_lines(self) -> list[str]:
        """One line per file the last listing could not read: ``path: reason``."""
        return self._index.unreadable_lines()
