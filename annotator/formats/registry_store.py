"""``PROJECT/registry.json``: the actor registry on disk, and what the registry view lists.

File format (``schema_version`` 1)::

    {
     "schema_version": 1,
     "actors": [
      {"id": "act-...", "name": "United States", "aliases": ["واشنطن", "..."],
       "type": "state"}
     ]
    }

Same rules as the other project files (DESIGN.md "Files on disk"): readable
JSON with Arabic as is, actors sorted by id (stable diffs), atomic durable
writes, unknown keys kept (on the file and on each actor), a file written by
a newer version refused, and a file changed on disk since it was read never
silently overwritten. A project without the file has an empty registry.

:func:`registry_index` lists, for each canonical actor, every mention
(document, span, text) and every claim whose SOURCE is one of those
mentions, across every document and annotator of the project.
:func:`link_mentions` sets or clears the canonical id of mentions in many
documents as one :class:`~annotator.formats.schema_change.ProjectChange`,
undoable byte for byte; :func:`group_suggestion` does that for an accepted
grouping suggestion together with its registry edit, and its undo takes
both back.

The registry view reads the project off the GUI thread with
:func:`read_project_actors`: what each annotation file contributes
(:class:`FileActors`) is kept in a :class:`ProjectActors`, over which the
open document's unsaved annotations are laid (:meth:`ProjectActors.put`)
and from which the index and the suggestions are made for the registry as
it is now.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from annotator.core.edits import EditError, apply_edit
from annotator.core.model import AnnotationSet, Status
from annotator.core.registry import (
    ActorEntry,
    ActorRegistry,
    GroupingSuggestion,
    Mention,
    RegistryError,
    accept_grouping,
    link_edits,
    mentions_of,
    name_key,
    redo_grouping,
    suggest_groupings,
    undo_grouping,
)
from annotator.core.text import sha256_bytes
from annotator.formats.atomic import atomic_writer, dumps, read_json
from annotator.formats.errors import ConflictError, ProjectError, ReadError, VersionError
from annotator.formats.project import Project
from annotator.formats.report import Progress, no_progress
from annotator.formats.schema_change import ChangeRecorder, ProjectChange, all_annotation_sets

REGISTRY_FILE = "registry.json"
REGISTRY_VERSION = 1
_FILE_KEYS = ("schema_version", "actors")
_ACTOR_KEYS = ("id", "name", "aliases", "type")


def registry_to_dict(registry: ActorRegistry) -> dict[str, Any]:
    """The registry as stored: version, actors by id, then unknown keys."""
    actors = []
    for entry in sorted(registry.entries.values(), key=lambda e: e.id):
        d: dict[str, Any] = {"id": entry.id, "name": entry.name, "aliases": list(entry.aliases)}
        if entry.type is not None:
            d["type"] = entry.type
        d.update({k: v for k, v in entry.extra.items() if k not in _ACTOR_KEYS})
        actors.append(d)
    out: dict[str, Any] = {"schema_version": REGISTRY_VERSION, "actors": actors}
    out.update({k: v for k, v in registry.extra.items() if k not in _FILE_KEYS})
    return out


def registry_from_dict(data: Any, path: Path | str = REGISTRY_FILE) -> ActorRegistry:
    """Parse a registry file's content; raises :class:`ReadError` naming what is wrong."""
    if not isinstance(data, dict):
        raise ReadError(path, "expected a JSON object")
    version = data.get("schema_version", 1)
    if not isinstance(version, int) or version < 1:
        raise ReadError(path, f"invalid schema_version {version!r}")
    if version > REGISTRY_VERSION:
        raise VersionError(path, f"written by a newer version of the annotator (format "
                                 f"{version}, this one reads up to {REGISTRY_VERSION}); "
                                 "update the annotator")
    actors = data.get("actors") or []
    if not isinstance(actors, list):
        raise ReadError(path, "'actors' must be a list")
    registry = ActorRegistry(extra={k: v for k, v in data.items() if k not in _FILE_KEYS})
    for n, d in enumerate(actors):
        what = f"actor {n + 1}"
        if not isinstance(d, dict) or not isinstance(d.get("id"), str) or \
                not isinstance(d.get("name"), str):
            raise ReadError(path, f"{what} needs a string 'id' and 'name'")
        aliases = d.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ReadError(path, f"{what} ({d['id']}): 'aliases' must be a list of strings")
        if d["id"] in registry.entries:
            raise ReadError(path, f"two actors share the id {d['id']}")
        entry = ActorEntry(d["id"], d["name"], tuple(aliases), d.get("type") or None,
                           {k: v for k, v in d.items() if k not in _ACTOR_KEYS})
        try:
            registry.put(entry)
        except RegistryError as err:
            raise ReadError(path, f"{what} ({d['id']}): {err}") from err
    return registry


class RegistryStore:
    """Reads and writes one project's ``registry.json``, refusing to overwrite others' changes."""

    def __init__(self, project_path: Path | str) -> None:
        self.path = Path(project_path) / REGISTRY_FILE
        self._disk_sha: str | None = None
        self._read = False

    def load(self) -> ActorRegistry:
        """The registry on disk (empty when the project has none yet)."""
        if not self.path.exists():
            self._disk_sha, self._read = None, True
            return ActorRegistry()
        value, raw = read_json(self.path)
        registry = registry_from_dict(value, self.path)
        self._disk_sha, self._read = sha256_bytes(raw), True
        return registry

    def save(self, registry: ActorRegistry) -> None:
        """Write the registry atomically.

        Raises :class:`ConflictError` when the file changed (or appeared)
        on disk since :meth:`load`; load it again to see the other changes.
        """
        current = sha256_bytes(self.path.read_bytes()) if self.path.exists() else None
        if not self._read and current is not None or self._read and current != self._disk_sha:
            raise ConflictError(self.path)
        data = dumps(registry_to_dict(registry)).encode("utf-8")
        with atomic_writer(self.path, "wb") as handle:
            handle.write(data)
        self._disk_sha, self._read = sha256_bytes(data), True


# ------------------------------------------------------------------ the registry view


@dataclass(frozen=True)
class ClaimRef:
    """A claim whose SOURCE relation points at a mention."""

    document_id: str
    annotator: str
    claim_span_id: str
    claim_text: str
    source_span_id: str
    relation_id: str


@dataclass
class ActorIndex:
    """One canonical actor with its mentions and the claims made by them."""

    entry: ActorEntry | None
    canonical_id: str
    mentions: list[Mention] = field(default_factory=list)
    claims: list[ClaimRef] = field(default_factory=list)

    @property
    def documents(self) -> list[str]:
        """Ids of the documents where the actor is mentioned."""
        return sorted({m.document_id for m in self.mentions})


def collect_mentions(project: Project, annotators: Iterable[str] | None = None,
                     progress: Progress = no_progress) -> list[Mention]:
    """Every non-rejected ACTOR span of the project (all annotators unless given)."""
    return [m for ann in all_annotation_sets(project, annotators, progress)
            for m in mentions_of(ann)]


def registry_index(project: Project, registry: ActorRegistry,
                   annotators: Iterable[str] | None = None,
                   progress: Progress = no_progress) -> list[ActorIndex]:
    """For each registry entry (and each canonical id not in the registry, ``entry`` None):
    its mentions and the claims whose SOURCE is one of them, in entry-name order.

    Rejected spans and relations are left out. Raises :class:`ProjectError`
    when an annotation file cannot be read (:func:`read_project_actors`
    skips it instead).
    """
    sets = all_annotation_sets(project, annotators, progress)
    return build_index((file_actors(ann) for ann in sets), registry)


@dataclass(frozen=True)
class FileActors:
    """What one annotation file gives the registry view: its mentions, and the claims
    (non-rejected SOURCE relations) made by one of them."""

    document_id: str
    annotator: str
    mentions: tuple[Mention, ...]
    claims: tuple[ClaimRef, ...]

    @property
    def key(self) -> tuple[str, str]:
        """(document id, annotator): the file it comes from."""
        return self.document_id, self.annotator


def file_actors(ann: AnnotationSet) -> FileActors:
    """The mentions of one annotation set and the claims whose SOURCE is one of them."""
    mentions = mentions_of(ann)
    sources = {m.span_id for m in mentions}
    claims = []
    for rel in ann.sorted_relations():
        if rel.type != "SOURCE" or rel.status is Status.REJECTED or rel.tail not in sources:
            continue
        claim = ann.spans.get(rel.head)
        if claim is None or claim.status is Status.REJECTED:
            continue
        claims.append(ClaimRef(ann.document_id, ann.annotator, claim.id, claim.text,
                               rel.tail, rel.id))
    return FileActors(ann.document_id, ann.annotator, tuple(mentions), tuple(claims))


def build_index(files: Iterable[FileActors], registry: ActorRegistry) -> list[ActorIndex]:
    """The :func:`registry_index` of what ``files`` hold, for ``registry`` (files in order)."""
    index: dict[str, ActorIndex] = {e.id: ActorIndex(e, e.id) for e in registry.sorted_entries()}
    for f in files:
        linked: dict[str, ActorIndex] = {}
        for m in f.mentions:
            if m.canonical_id:
                item = index.get(m.canonical_id)
                if item is None:
                    item = index[m.canonical_id] = ActorIndex(None, m.canonical_id)
                item.mentions.append(m)
                linked[m.span_id] = item
        for claim in f.claims:
            item = linked.get(claim.source_span_id)
            if item is not None:
                item.claims.append(claim)
    known = [index[e.id] for e in registry.sorted_entries()]
    unknown = sorted((v for k, v in index.items() if k not in registry.entries),
                     key=lambda v: v.canonical_id)
    return known + unknown


@dataclass
class ProjectActors:
    """What every annotation file of the project gives the registry view, as last read.

    ``files`` by (document id, annotator); ``problems`` names the files that
    could not be read (they are not counted); ``name_keys`` holds the
    :func:`~annotator.core.registry.name_key` of mention texts, computed
    with the reading so that suggesting groupings does not normalise every
    name again.
    """

    files: dict[tuple[str, str], FileActors] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    name_keys: dict[str, str] = field(default_factory=dict)

    def put(self, files: FileActors) -> None:
        """Replace (or add) one file's contribution, e.g. the open document's unsaved state."""
        self.files[files.key] = files

    def _in_order(self) -> list[FileActors]:
        return [self.files[key] for key in sorted(self.files)]

    def mentions(self) -> list[Mention]:
        """Every mention, by document id and annotator."""
        return [m for f in self._in_order() for m in f.mentions]

    def index(self, registry: ActorRegistry) -> list[ActorIndex]:
        """The registry view's rows for ``registry`` (see :func:`registry_index`)."""
        return build_index(self._in_order(), registry)

    def suggestions(self, registry: ActorRegistry) -> list[GroupingSuggestion]:
        """Grouping suggestions for the mentions not linked yet, given ``registry``."""
        return suggest_groupings(self.mentions(), registry, name_keys=self.name_keys)

    def link(self, mentions: Iterable[Mention], canonical_id: str | None) -> None:
        """Record that ``mentions`` now point at ``canonical_id`` (after :func:`link_mentions`
        wrote it), without reading the files again."""
        wanted: dict[tuple[str, str], set[str]] = {}
        for m in mentions:
            wanted.setdefault((m.document_id, m.annotator), set()).add(m.span_id)
        for key, span_ids in wanted.items():
            old = self.files.get(key)
            if old is None:
                continue
            relinked = tuple(replace(m, canonical_id=canonical_id) if m.span_id in span_ids
                             else m for m in old.mentions)
            self.put(replace(old, mentions=relinked))


def read_project_actors(project: Project, annotators: Iterable[str] | None = None,
                        progress: Progress = no_progress) -> ProjectActors:
    """Read every annotation file (all annotators unless given) for the registry view.

    Meant for a background thread, with a :class:`Project` of its own.
    Unlike :func:`registry_index` a file that cannot be read does not stop
    the reading: it is named in ``problems``. ``progress`` is called once
    per document.
    """
    wanted = set(annotators) if annotators is not None else None
    entries = project.documents()
    everyone = [w for w in project.annotators() if wanted is None or w in wanted]
    out = ProjectActors()
    progress(0, len(entries))
    for n, entry in enumerate(entries):
        names = [w for w in everyone if project.annotations_path(entry.id, w).exists()]
        if names:
            _read_document_actors(project, entry.id, names, out)
        progress(n + 1, len(entries))
    texts = {m.text for f in out.files.values() for m in f.mentions}
    out.name_keys = {text: name_key(text) for text in texts}
    return out


def _read_document_actors(project: Project, doc_id: str, annotators: list[str],
                          out: ProjectActors) -> None:
    """Add what the annotators' files of one document give to ``out`` (problems named)."""
    try:
        doc = project.load_document(doc_id)
    except ProjectError as err:
        out.problems.append(str(err))
        return
    for who in annotators:
        try:
            out.put(file_actors(project.load_annotations(doc, who)))
        except ProjectError as err:
            out.problems.append(str(err))


def link_mentions(project: Project, mentions: Iterable[Mention], canonical_id: str | None,
                  *, description: str = "Group actor mentions") -> ProjectChange:
    """Set (or with None clear) ``canonical_id`` on mentions across documents, undoably.

    Each affected annotation file is rewritten once through
    :meth:`Project.save_annotations`; the returned change's ``undo()`` puts
    every file back byte for byte. A mention whose span is gone raises
    :class:`RegistryError` before anything is written.
    """
    by_file: dict[tuple[str, str], list[str]] = {}
    for m in mentions:
        by_file.setdefault((m.document_id, m.annotator), []).append(m.span_id)
    plans = []
    for (doc_id, who), span_ids in sorted(by_file.items()):
        doc = project.load_document(doc_id)
        ann = project.load_annotations(doc, who)
        batch = link_edits(ann, span_ids, canonical_id, description)
        if batch.edits:
            plans.append((doc, ann, batch))
    recorder = ChangeRecorder(project, description)
    count = 0
    try:
        for doc, ann, batch in plans:
            apply_edit(doc.text, ann, batch)
            path = project.annotations_path(ann.document_id, ann.annotator)
            recorder.before_write(path)
            project.save_annotations(ann)
            recorder.after_write(path)
            count += len(batch.edits)
    except (ProjectError, EditError):
        recorder.rollback()
        raise
    recorder.change.counts = {"files": len(plans), "spans_changed": count}
    return recorder.change


@dataclass
class GroupingChange(ProjectChange):
    """An accepted grouping (:func:`group_suggestion`): linked mentions and the registry edit.

    Undo puts the annotation files back byte for byte, as any
    :class:`ProjectChange`, and takes the registry edit back by meaning
    (:func:`~annotator.core.registry.undo_grouping`): the actor the
    grouping created is removed, or the aliases it added to an existing
    one. Other registry edits made since are kept. Redo does both again.
    """

    entry_before: ActorEntry | None = None
    entry_after: ActorEntry | None = None
    _undone_entry: ActorEntry | None = field(default=None, init=False, repr=False)

    def undo(self) -> None:
        """Put the files back, then take back the registry edit (nothing half-undone)."""
        super().undo()
        try:
            self._edit_registry(undo=True)
        except ProjectError:
            super().redo()
            raise

    def redo(self) -> None:
        """Link the mentions again, then make the registry edit again."""
        super().redo()
        try:
            self._edit_registry(undo=False)
        except ProjectError:
            super().undo()
            raise

    def _edit_registry(self, *, undo: bool) -> None:
        after = self.entry_after
        if after is None:
            return
        store = RegistryStore(self.project.path)
        registry = store.load()
        if undo:
            self._undone_entry = undo_grouping(registry, self.entry_before, after)
        else:
            redo_grouping(registry, self.entry_before, after, self._undone_entry)
        store.save(registry)


def group_suggestion(project: Project, suggestion: GroupingSuggestion, *,
                     description: str = "Group actor mentions") -> GroupingChange:
    """Accept a grouping suggestion: create or extend its actor, link every mention.

    ``registry.json`` is read and written here (a file changed by someone
    else is read, not overwritten), then the mentions are linked with
    :func:`link_mentions`. If linking fails, the registry is put back and the
    error raised: nothing is half done. Raises :class:`RegistryError` when
    the suggested entry is gone, :class:`ProjectError` when a file cannot be
    read or written.
    """
    store = RegistryStore(project.path)
    registry = store.load()
    before = registry.get(suggestion.entry_id) if suggestion.entry_id else None
    after = accept_grouping(registry, suggestion)
    store.save(registry)
    try:
        linked = link_mentions(project, suggestion.mentions, after.id, description=description)
    except (ProjectError, RegistryError, EditError):
        undo_grouping(registry, before, after)
        with suppress(ProjectError):  # the error to report is the one raised
            store.save(registry)
        raise
    return GroupingChange(project, description, linked.files, counts=linked.counts,
                          entry_before=before, entry_after=after)
