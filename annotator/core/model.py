"""The annotation model: documents, spans, relations and one annotator's annotations of a document.

Plain Python, no Qt. Spans and relations are immutable values; an
:class:`AnnotationSet` holds the current ones, shows them read-only, and changes
only through the edits of :mod:`annotator.core.edits`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from enum import Enum
from types import MappingProxyType
from typing import Any

from annotator.core.text import sha256_text


def now_iso() -> str:
    """Current UTC time, ISO 8601 with seconds (what created/modified carry)."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def new_id(prefix: str) -> str:
    """A fresh, globally unique id such as ``s-1f3a...`` (short enough to read in JSON)."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


class Status(str, Enum):
    """Review state of a span or relation. Nothing is ever deleted by review."""

    ACCEPTED = "accepted"
    SUGGESTED = "suggested"
    REJECTED = "rejected"


class DocStatus(str, Enum):
    """How far an annotator has got with a document."""

    NEW = "new"
    IN_PROGRESS = "in_progress"
    DONE = "done"


@dataclass(frozen=True)
class Document:
    """A stored text and its metadata. ``text`` is never modified after import."""

    id: str
    text: str
    meta: Mapping[str, Any] = field(default_factory=dict)
    sha256: str = ""

    def __post_init__(self) -> None:
        if not self.sha256:
            object.__setattr__(self, "sha256", sha256_text(self.text))

    @property
    def title(self) -> str:
        """Title from metadata, else the first non-empty line of the text."""
        title = self.meta.get("title")
        if title:
            return str(title)
        for line in self.text.splitlines():
            if line.strip():
                return line.strip()[:120]
        return self.id


@dataclass(frozen=True)
class Span:
    """A labelled range ``[start, end)`` of code points in a document's stored text."""

    id: str
    start: int
    end: int
    label: str
    text: str
    attributes: Mapping[str, Any] = field(default_factory=dict)
    status: Status = Status.ACCEPTED
    origin: str = ""
    score: float | None = None
    created: str = ""
    modified: str = ""
    canonical_id: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def with_changes(self, **changes: Any) -> Span:
        """A copy with ``changes`` applied (the id stays)."""
        return replace(self, **changes)

    @property
    def key(self) -> tuple[int, int, str]:
        """(start, end, label): two spans with the same key are duplicates."""
        return (self.start, self.end, self.label)


@dataclass(frozen=True)
class Relation:
    """A typed, directed link between two spans (e.g. SOURCE: claim -> actor)."""

    id: str
    type: str
    head: str
    tail: str
    attributes: Mapping[str, Any] = field(default_factory=dict)
    status: Status = Status.ACCEPTED
    origin: str = ""
    score: float | None = None
    created: str = ""
    modified: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)

    def with_changes(self, **changes: Any) -> Relation:
        """A copy with ``changes`` applied (the id stays)."""
        return replace(self, **changes)


def span_sort_key(span: Span) -> tuple[int, int, str, str]:
    """Stable order for spans on disk and in exports: by start, longer first, label, id."""
    return (span.start, -span.end, span.label, span.id)


_OffsetsKey = tuple[int, int, str]
_LinkKey = tuple[str, str, str]


_PENDING = Status.SUGGESTED


class AnnotationSet:
    """One annotator's spans and relations over one document, plus its status.

    ``text_sha256`` is the hash of the document text the offsets refer to; a
    set whose hash differs from its document is never attached silently.

    ``spans`` and ``relations`` are read-only views. The constructor is the
    builder (codecs and fixtures pass the items in); afterwards only the edits
    of :mod:`annotator.core.edits` change them, through the ``_put_*`` /
    ``_drop_*`` writers, which keep the lookup indexes current.
    """

    def __init__(self, document_id: str, annotator: str, text_sha256: str,
                 spans: Mapping[str, Span] | None = None,
                 relations: Mapping[str, Relation] | None = None,
                 status: DocStatus = DocStatus.NEW,
                 extra: dict[str, Any] | None = None) -> None:
        self.document_id = document_id
        self.annotator = annotator
        self.text_sha256 = text_sha256
        self.status = status
        self.extra: dict[str, Any] = {} if extra is None else extra
        self._spans: dict[str, Span] = dict(spans or {})
        self._relations: dict[str, Relation] = dict(relations or {})
        self._spans_view = MappingProxyType(self._spans)
        self._relations_view = MappingProxyType(self._relations)
        # Built on first use, then kept current by the writers below.
        self._by_offsets: dict[_OffsetsKey, list[str]] | None = None
        self._links: _RelationIndex | None = None
        self._suggestions_version = 0

    @property
    def spans(self) -> Mapping[str, Span]:
        """Spans by id (read-only: change them with an edit)."""
        return self._spans_view

    @property
    def relations(self) -> Mapping[str, Relation]:
        """Relations by id (read-only: change them with an edit)."""
        return self._relations_view

    @property
    def suggestions_version(self) -> int:
        """How many changes touched a pending suggestion (a span or link whose status was or
        becomes suggested): a key for caches of the review queue, which tagging by hand
        leaves as it is (equal values of one set mean the same pending suggestions)."""
        return self._suggestions_version

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AnnotationSet):
            return NotImplemented
        return (self.document_id, self.annotator, self.text_sha256, self._spans,
                self._relations, self.status, self.extra) == \
            (other.document_id, other.annotator, other.text_sha256, other._spans,
             other._relations, other.status, other.extra)

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it was

    def __repr__(self) -> str:
        return (f"AnnotationSet(document_id={self.document_id!r}, annotator={self.annotator!r},"
                f" spans={len(self._spans)}, relations={len(self._relations)},"
                f" status={self.status.value})")

    def __getstate__(self) -> dict[str, Any]:
        # Views cannot be pickled (the parallel exporters send sets to workers).
        state = dict(self.__dict__)
        for key in ("_spans_view", "_relations_view", "_by_offsets", "_links"):
            del state[key]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._spans_view = MappingProxyType(self._spans)
        self._relations_view = MappingProxyType(self._relations)
        self._by_offsets, self._links = None, None

    def sorted_spans(self) -> list[Span]:
        """Spans in the stable order used on disk and in exports."""
        return sorted(self._spans.values(), key=span_sort_key)

    def sorted_relations(self) -> list[Relation]:
        """Relations ordered by head span position, type and id."""
        def key(r: Relation) -> tuple[int, str, str]:
            head = self._spans.get(r.head)
            return (head.start if head else -1, r.type, r.id)
        return sorted(self._relations.values(), key=key)

    def relations_of(self, span_id: str) -> Iterator[Relation]:
        """Relations in which ``span_id`` is head or tail (from an index by span)."""
        for rel_id in list(self._relation_index().by_span.get(span_id, ())):
            yield self._relations[rel_id]

    def find_duplicate(self, start: int, end: int, label: str,
                       ignore_id: str | None = None) -> Span | None:
        """A non-rejected span with the same offsets and label, if one exists.

        Looked up in an index of the spans by offsets and label, built on the
        first call and kept up to date by the edits, so tagging among 10,000
        spans does not visit them all.
        """
        for span_id in self._offsets_index().get((start, end, label), ()):
            span = self._spans[span_id]
            if span_id != ignore_id and span.status is not Status.REJECTED:
                return span
        return None

    def find_link(self, rel_type: str, head: str, tail: str,
                  ignore_id: str | None = None) -> Relation | None:
        """A non-rejected relation of ``rel_type`` from ``head`` to ``tail``, if one exists."""
        for rel_id in self._relation_index().by_link.get((rel_type, head, tail), ()):
            rel = self._relations[rel_id]
            if rel_id != ignore_id and rel.status is not Status.REJECTED:
                return rel
        return None

    # -------------------------------------------------- writers (for core.edits only)

    def _put_span(self, span: Span) -> None:
        """Add ``span``, or replace the span with its id."""
        old = self._spans.get(span.id)
        if span.status is _PENDING or (old is not None and old.status is _PENDING):
            self._suggestions_version += 1
        self._spans[span.id] = span
        if self._by_offsets is not None and (old is None or old.key != span.key):
            if old is not None:
                _unindex(self._by_offsets, old.key, old.id)
            self._by_offsets.setdefault(span.key, []).append(span.id)

    def _drop_span(self, span_id: str) -> None:
        """Remove the span ``span_id``."""
        old = self._spans.pop(span_id)
        if old.status is _PENDING:
            self._suggestions_version += 1
        if self._by_offsets is not None:
            _unindex(self._by_offsets, old.key, old.id)

    def _put_relation(self, rel: Relation) -> None:
        """Add ``rel``, or replace the relation with its id."""
        old = self._relations.get(rel.id)
        if rel.status is _PENDING or (old is not None and old.status is _PENDING):
            self._suggestions_version += 1
        self._relations[rel.id] = rel
        if self._links is not None and (old is None or _link(old) != _link(rel)):
            if old is not None:
                self._links.remove(old)
            self._links.add(rel)

    def _drop_relation(self, rel_id: str) -> None:
        """Remove the relation ``rel_id``."""
        old = self._relations.pop(rel_id)
        if old.status is _PENDING:
            self._suggestions_version += 1
        if self._links is not None:
            self._links.remove(old)

    def _offsets_index(self) -> dict[_OffsetsKey, list[str]]:
        if self._by_offsets is None:
            index: dict[_OffsetsKey, list[str]] = {}
            for span in self._spans.values():
                index.setdefault(span.key, []).append(span.id)
            self._by_offsets = index
        return self._by_offsets

    def _relation_index(self) -> _RelationIndex:
        if self._links is None:
            links = _RelationIndex()
            for rel in self._relations.values():
                links.add(rel)
            self._links = links
        return self._links

    def count_by_status(self) -> dict[Status, int]:
        """Number of spans per review status."""
        counts = {s: 0 for s in Status}
        for span in self._spans.values():
            counts[span.status] += 1
        return counts


class _RelationIndex:
    """Relation ids by (type, head, tail) and by the spans they link."""

    def __init__(self) -> None:
        self.by_link: dict[_LinkKey, list[str]] = {}
        self.by_span: dict[str, list[str]] = {}

    def add(self, rel: Relation) -> None:
        self.by_link.setdefault(_link(rel), []).append(rel.id)
        for end in {rel.head, rel.tail}:
            self.by_span.setdefault(end, []).append(rel.id)

    def remove(self, rel: Relation) -> None:
        _unindex(self.by_link, _link(rel), rel.id)
        for end in {rel.head, rel.tail}:
            _unindex(self.by_span, end, rel.id)


def _link(rel: Relation) -> _LinkKey:
    """What makes two relations the same link: (type, head, tail)."""
    return (rel.type, rel.head, rel.tail)


def _unindex(index: dict[Any, list[str]], key: Any, item_id: str) -> None:
    """Take ``item_id`` out of ``index[key]``, dropping the key when nothing is left."""
    ids = index[key]
    ids.remove(item_id)
    if not ids:
        del index[key]
