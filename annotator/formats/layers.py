"""Annotation layers of a team: who annotated what, which layers are curated, and loading them.

Every annotator's work on a document is one file, ``annotations/<name>/<doc>.json``
(a *layer*). A layer written by ``annotator curate`` is a curated layer: it is
named in ``project.json`` under ``settings.curated_layers`` and its files carry
``"curation": {"strategy", "sources"}``; it never votes and agreement leaves it
out unless asked for by name.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.core.model import AnnotationSet, Document
from annotator.formats.atomic import read_json
from annotator.formats.errors import HashMismatchError, ProjectError
from annotator.formats.layer_digest import (
    LayerDigest,
    RecordShapeError,
    digest,
    digest_records,
)
from annotator.formats.migrations import migrate
from annotator.formats.project import DocumentEntry, Project

CURATED_SETTING = "curated_layers"
CURATION_KEY = "curation"


class TeamError(ProjectError):
    """A team option names something that does not exist, or is not allowed (one line)."""


def curated_layers(project: Project) -> list[str]:
    """Names of the layers made by ``annotator curate`` (from ``project.json``)."""
    names = project.settings.get(CURATED_SETTING) or []
    return [str(n) for n in names] if isinstance(names, list) else []


def mark_curated(project: Project, name: str) -> None:
    """Record ``name`` as a curated layer in ``project.json`` (once)."""
    names = curated_layers(project)
    if name not in names:
        project.settings[CURATED_SETTING] = sorted([*names, name])
        project.save_project()


def layer_names(project: Project) -> list[str]:
    """Every layer (annotators and curated layers) by its annotator's name, sorted.

    :meth:`Project.annotators`, which reads a hashed folder's real name back
    from its files (``أمينة``, not ``id-f86197dcc2``).
    """
    return project.annotators()


def annotator_layers(project: Project) -> list[str]:
    """Names of the annotators with at least one annotation file, curated layers left out."""
    curated = set(curated_layers(project))
    return [n for n in layer_names(project) if n not in curated]


def has_layer(entry: DocumentEntry | None, name: str) -> bool:
    """Whether the index knows ``name``'s layer of the document."""
    return entry is not None and entry.has_layer(name)


def split_names(value: str | None) -> list[str] | None:
    """A comma-separated option as a list of names (None when not given)."""
    if value is None:
        return None
    return [x.strip() for x in value.split(",") if x.strip()]


def check_known(option: str, asked: Sequence[str], known: Iterable[str], what: str) -> None:
    """Raise :class:`TeamError` naming the unknown values of ``option`` and what exists."""
    known_list = list(known)
    unknown = [x for x in asked if x not in known_list]
    if unknown:
        exists = ", ".join(known_list) if known_list else "none"
        raise TeamError(f"{option}: unknown {what} {', '.join(unknown)} (the project has: "
                        f"{exists})")


def choose_annotators(project: Project, asked: Sequence[str] | None) -> list[str]:
    """The annotators to compare: ``asked`` (checked to exist) or every non-curated layer."""
    if asked is None:
        return annotator_layers(project)
    check_known("--annotators", asked, layer_names(project), "annotator")
    return list(dict.fromkeys(asked))


def choose_documents(project: Project, asked: Sequence[str] | None) -> list[str]:
    """Document ids: ``asked`` (checked to exist) or all, in id order."""
    ids = [e.id for e in project.documents()]
    if asked is None:
        return ids
    known = set(ids)
    unknown = [x for x in asked if x not in known]
    if unknown:
        shown = ", ".join(ids[:10]) + (f" and {len(ids) - 10} more" if len(ids) > 10 else "")
        raise TeamError(f"--documents: no document {', '.join(unknown)} in the project "
                        f"(it has: {shown or 'none'})")
    return list(dict.fromkeys(asked))


def choose_labels(project: Project, asked: Sequence[str] | None) -> list[str]:
    """Span labels: ``asked`` (checked against the schema) or every label of the schema."""
    names = project.schema.label_names
    if asked is None:
        return list(names)
    check_known("--labels", asked, names, "label")
    return list(dict.fromkeys(asked))


@dataclass
class DocumentLayers:
    """One document with the layers (by annotator) that could be read for it."""

    document: Document
    layers: dict[str, AnnotationSet] = field(default_factory=dict)


@dataclass
class Skipped:
    """A layer (or a whole document) left out, and why."""

    document: str
    annotator: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {"document": self.document, "annotator": self.annotator, "reason": self.reason}


def load_document_layers(project: Project, doc_id: str, names: Sequence[str],
                         skipped: list[Skipped]) -> DocumentLayers | None:
    """The document and each of ``names``' layers that exist for it.

    A layer made on another text of the document (its SHA-256 differs)
    skips the whole document with a reason: its offsets cannot be compared.
    An unreadable document or layer is skipped with its reason too.
    """
    entry = project.entry(doc_id)
    present = [n for n in names
               if has_layer(entry, n) or project.annotations_path(doc_id, n).exists()]
    try:
        doc = project.load_document(doc_id)
    except ProjectError as err:
        skipped.append(Skipped(doc_id, "", str(err)))
        return None
    result = DocumentLayers(doc)
    for name in present:
        try:
            result.layers[name] = project.load_annotations(doc, name)
        except HashMismatchError:
            skipped.append(Skipped(doc_id, name, f"{name}'s layer was made on another text of "
                                                 "this document (its SHA-256 differs); run "
                                                 "`annotator reattach` first"))
            return None
        except ProjectError as err:
            skipped.append(Skipped(doc_id, name, str(err)))
            return None
    return result


def load_document_digests(project: Project, doc_id: str, names: Sequence[str],
                          labels: Container[str] | None, skipped: list[Skipped]
                          ) -> tuple[Document, dict[str, LayerDigest]] | None:
    """The document and the digest of each of ``names``' layers of it, read for agreement.

    The same checks and skips as :func:`load_document_layers` (a layer made on
    another text skips the document), reading only what agreement compares.
    """
    entry = project.entry(doc_id)
    try:
        doc = project.load_document(doc_id)
    except ProjectError as err:
        skipped.append(Skipped(doc_id, "", str(err)))
        return None
    digests: dict[str, LayerDigest] = {}
    for name in names:
        path = project.annotations_path(doc_id, name)
        if not has_layer(entry, name) and not path.exists():
            continue
        try:
            data = migrate("annotations", read_json(path)[0], path)
            if data.get("document_id") != doc_id or data.get("text_sha256") != doc.sha256:
                raise RecordShapeError("not this text")  # the full path says which problem
            digests[name] = digest_records(data.get("spans"), data.get("relations"), labels)
        except (RecordShapeError, ProjectError):
            slow = load_document_layers(project, doc_id, [name], skipped)
            if slow is None:
                return None
            digests.update({n: digest(a, labels) for n, a in slow.layers.items()})
    return doc, digests


def curated_sources(ann: AnnotationSet) -> list[str]:
    """The annotators a curated layer's document was merged from ([] for an annotator's layer)."""
    return sources_in_note(ann.extra.get(CURATION_KEY))


def sources_in_note(note: Any) -> list[str]:
    """The annotators named by a layer's curation note (its ``CURATION_KEY``), or []."""
    sources = note.get("sources") if isinstance(note, dict) else None
    return [str(s) for s in sources] if isinstance(sources, list) else []
