"""The document index: the project's document list and its cache, ``.cache/index.json``.

Listing a project must not open 10,000 documents each time. The index keeps,
per document, what the list shows (:class:`DocumentEntry`: title, length,
hash, and per annotator the document status and spans per review status),
each with the modification time and size of the file it came from. A
listing scans the folders and re-reads only the files whose time or size
changed; with no cache (or a stale one) it reads every file, documents in
full (the text is needed) and annotation files through the codec's summary
path (:func:`annotator.formats.annotation_file.read_summary`). The cache is
written back when anything changed; in a read-only project it is simply not
kept.

Files the scan cannot read (corrupt, a newer format, a duplicate id, a
document stored under the wrong name) are left out of the list and recorded
with the reason in :attr:`DocumentIndex.unreadable`: every command names
them, and an export refuses to run past them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.model import AnnotationSet, DocStatus, Document
from annotator.formats.annotation_file import read_summary, status_counts
from annotator.formats.atomic import (
    atomic_writer,
    dumps_record_lines,
    loads,
    read_bytes_and_stat,
    read_json,
    record_line,
)
from annotator.formats.errors import ProjectError, ReadError, WriteError
from annotator.formats.filenames import safe_stem
from annotator.formats.guards import read_reason
from annotator.formats.migrations import CURRENT_VERSION, index_is_sound, migrate
from annotator.formats.write_guard import WriteGuard

INDEX_FILE = ".cache/index.json"
DOCS_DIR = "documents"
ANN_DIR = "annotations"


def summary_record(status: str, spans: dict[str, int], st: os.stat_result) -> dict[str, Any]:
    """One annotator's entry in :attr:`DocumentEntry.annotations` (as the index stores it)."""
    return {"status": status, "spans": spans, "mtime_ns": st.st_mtime_ns, "size": st.st_size}


def unchanged_since(item: os.DirEntry[str], mtime_ns: int, size: int) -> bool:
    """Whether the file ``item`` still has the modification time and size the index recorded."""
    st = item.stat()
    return st.st_mtime_ns == mtime_ns and st.st_size == size


class empty_scandir:  # noqa: N801 - used like os.scandir
    """What ``os.scandir`` gives for a missing folder: nothing, as a context manager."""

    def __enter__(self) -> list[Any]:
        return []

    def __exit__(self, *exc: object) -> None:
        return None


@dataclass
class DocumentEntry:
    """What the document list shows, without opening the document."""

    id: str
    stem: str
    title: str
    chars: int
    sha256: str
    mtime_ns: int = 0
    size: int = 0
    # annotator's folder name (safe_stem) -> {"status", "spans": {status: count}, "mtime_ns",
    # "size"}: a listing finds the folders, not the names. Look a name up with the methods
    # below; Project.annotator_of names a folder.
    annotations: dict[str, dict[str, Any]] = field(default_factory=dict)

    def status_for(self, annotator: str) -> DocStatus:
        """The annotator's status for this document (new when never opened)."""
        info = self.annotations.get(safe_stem(annotator))
        return DocStatus(info["status"]) if info else DocStatus.NEW

    def span_counts(self, annotator: str) -> dict[str, int]:
        """Spans per review status for the annotator."""
        info = self.annotations.get(safe_stem(annotator))
        return dict(info["spans"]) if info else {}

    def has_layer(self, annotator: str) -> bool:
        """Whether the annotator has an annotation file of this document."""
        return safe_stem(annotator) in self.annotations


def entry_from_record(stem: str, record: dict[str, Any], st: os.stat_result) -> DocumentEntry:
    """The index entry of a document file's (migrated) record, stored as ``<stem>.json``."""
    doc_id, text = record["id"], record["text"]
    doc = Document(id=doc_id, text=text, meta=record.get("meta") or {},
                   sha256=record.get("sha256") or "")
    return DocumentEntry(id=doc_id, stem=stem, title=doc.title, chars=len(text),
                         sha256=doc.sha256, mtime_ns=st.st_mtime_ns, size=st.st_size)


def annotation_summary(ann: AnnotationSet, st: os.stat_result) -> dict[str, Any]:
    """The index record of an annotation file holding ``ann``, whose stat is ``st``."""
    return summary_record(ann.status.value, status_counts(ann), st)


class DocumentIndex:
    """The document list of the project folder ``root``, refreshed from its cache and the disk.

    ``stem_of`` names the file a document id is stored under (a document
    stored under another name cannot be opened, so it is listed as
    unreadable); ``guard`` keeps the cache's write inside the project.
    """

    def __init__(self, root: Path, stem_of: Callable[[str], str], guard: WriteGuard) -> None:
        self.root = Path(root)
        self._stem_of = stem_of
        self._guard = guard
        self._entries: dict[str, DocumentEntry] | None = None
        #: Files the last listing could not read (document and annotation files), with why.
        self.unreadable: dict[Path, str] = {}

    def entries(self) -> list[DocumentEntry]:
        """All documents in id order, from the index (refreshed for files that changed)."""
        if self._entries is None:
            self._entries = self._refresh()
        return sorted(self._entries.values(), key=lambda e: e.id)

    def entry(self, doc_id: str) -> DocumentEntry | None:
        """The entry of one document (None when it is not listed)."""
        if self._entries is None:
            self._entries = self._refresh()
        return self._entries.get(doc_id)

    def invalidate(self) -> None:
        """Forget the list: the next listing re-checks every file (re-reading changed ones)."""
        self._entries = None

    def document_written(self, path: Path, record: dict[str, Any]) -> None:
        """Note the document file ``path`` just written (one dict assignment: thread-safe)."""
        if self._entries is not None:
            self._entries[record["id"]] = entry_from_record(path.stem, record, path.stat())

    def annotations_written(self, ann: AnnotationSet, path: Path) -> None:
        """Note the annotation file ``path`` just written with ``ann``."""
        if self._entries is not None and ann.document_id in self._entries:
            self._entries[ann.document_id].annotations[path.parent.name] = \
                annotation_summary(ann, path.stat())

    def unreadable_lines(self) -> list[str]:
        """One line per file the last listing could not read: ``path: reason``."""
        return [f"{path}: {reason}" for path, reason in sorted(self.unreadable.items())]

    # ------------------------------------------------------------ the scan

    def _refresh(self) -> dict[str, DocumentEntry]:
        cached = self._read_cache()
        self.unreadable = {}
        entries, changed = self._scan_documents({e.stem: e for e in cached.values()})
        changed |= self._refresh_annotation_summaries(entries)
        if changed or set(entries) != set(cached):
            self._write_cache(entries)
        return entries

    def _scan_documents(self, by_stem: dict[str, DocumentEntry]
                        ) -> tuple[dict[str, DocumentEntry], bool]:
        """The entries of the document files, re-reading those that changed; True if any did."""
        entries: dict[str, DocumentEntry] = {}
        changed = False
        docs_dir = str(self.root / DOCS_DIR)
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
        return entries, changed

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
        if self._stem_of(value["id"]) != stem:
            raise ReadError(path, f"document {value['id']!r} should be stored as "
                                  f"{self._stem_of(value['id'])}.json; under this name it "
                                  "cannot be opened")
        return entry_from_record(stem, value, st)

    def _refresh_annotation_summaries(self, entries: dict[str, DocumentEntry]) -> bool:
        changed = False
        by_stem = {e.stem: e for e in entries.values()}
        root = str(self.root / ANN_DIR)
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
                try:
                    summary = summary_record(*read_summary(item.path))
                except (ProjectError, OSError, ValueError, TypeError) as err:
                    self.unreadable[Path(item.path)] = read_reason(err)
                    changed |= entry.annotations.pop(who, None) is not None
                else:
                    entry.annotations[who] = summary
                    changed = True
        return changed

    # ------------------------------------------------------------ the cache file

    def _read_cache(self) -> dict[str, DocumentEntry]:
        path = self.root / INDEX_FILE
        try:
            value, _ = read_json(path)
            if value.get("schema_version") != CURRENT_VERSION or not index_is_sound(value):
                return {}
            return {d["id"]: DocumentEntry(**d) for d in value["documents"]}
        except (ProjectError, KeyError, TypeError, AttributeError):
            return {}  # a cache: rebuild it

    def _write_cache(self, entries: dict[str, DocumentEntry]) -> None:
        lines = [record_line(vars(e)) for e in sorted(entries.values(), key=lambda e: e.id)]
        try:
            self._guard.check_inside(self.root / INDEX_FILE)
            with atomic_writer(self.root / INDEX_FILE, "wb") as handle:
                handle.write(dumps_record_lines({"schema_version": CURRENT_VERSION},
                                                {"documents": lines}))
        except WriteError:
            pass  # a read-only project still lists; the cache is just not kept
