"""The annotation model: documents, spans, relations and one annotator's annotations of a document.

Plain Python, no Qt. Spans and relations are immutable values; an
:class:`AnnotationSet` holds the current ones and changes only through
:func:`annotator.core.edits.apply_edit`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from enum import Enum
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


class SpanTable(dict[str, Span]):
    """Spans by id that count their own changes (``version``).

    A plain dict in every other way. The count lets :class:`AnnotationSet`
    tell whether its duplicate index still describes the spans: code that
    writes the table directly only makes the next lookup rebuild the index.
    """

    version = 0  # a class default: unpickling fills the table before any __init__

    def __setitem__(self, key: str, value: Span) -> None:
        super().__setitem__(key, value)
        self.version += 1

    def __delitem__(self, key: str) -> None:
        super().__delitem__(key)
        self.version += 1

    def __ior__(self, other: Any) -> SpanTable:  # type: ignore[override, misc]
        self.update(other)
        return self

    def _changed(self, result: Any) -> Any:
        self.version += 1
        return result

    # dict's own methods, counted
    def pop(self, *args: Any) -> Any:
        return self._changed(super().pop(*args))

    def popitem(self) -> tuple[str, Span]:
        return self._changed(super().popitem())

    def clear(self) -> None:
        self._changed(super().clear())

    def update(self, *args: Any, **kwargs: Any) -> None:
        self._changed(super().update(*args, **kwargs))

    def setdefault(self, key: str, default: Any = None) -> Any:
        return self._changed(super().setdefault(key, default))


_OffsetsKey = tuple[int, int, str]


@dataclass
class AnnotationSet:
    """One annotator's spans and relations over one document, plus its status.

    ``text_sha256`` is the hash of the document text the offsets refer to; a
    set whose hash differs from its document is never attached silently.
    """

    document_id: str
    annotator: str
    text_sha256: str
    spans: dict[str, Span] = field(default_factory=SpanTable)
    relations: dict[str, Relation] = field(default_factory=dict)
    status: DocStatus = DocStatus.NEW
    extra: dict[str, Any] = field(default_factory=dict)
    #: (start, end, label) -> ids, for find_duplicate; valid for ``spans.version``.
    _by_offsets: dict[_OffsetsKey, list[str]] | None = field(
        default=None, init=False, repr=False, compare=False)
    _by_offsets_version: int = field(default=-1, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.spans, SpanTable):
            self.spans = SpanTable(self.spans)

    def sorted_spans(self) -> list[Span]:
        """Spans in the stable order used on disk and in exports."""
        return sorted(self.spans.values(), key=span_sort_key)

    def sorted_relations(self) -> list[Relation]:
        """Relations ordered by head span position, type and id."""
        def key(r: Relation) -> tuple[int, str, str]:
            head = self.spans.get(r.head)
            return (head.start if head else -1, r.type, r.id)
        return sorted(self.relations.values(), key=key)

    def relations_of(self, span_id: str) -> Iterator[Relation]:
        """Relations in which ``span_id`` is head or tail."""
        for rel in self.relations.values():
            if rel.head == span_id or rel.tail == span_id:
                yield rel

    def find_duplicate(self, start: int, end: int, label: str,
                       ignore_id: str | None = None) -> Span | None:
        """A non-rejected span with the same offsets and label, if one exists.

        Looked up in an index of the spans by offsets and label, built on the
        first call and kept up to date by :meth:`put_span` and
        :meth:`drop_span` (any other change to ``spans`` rebuilds it), so
        tagging among 10,000 spans does not visit them all.
        """
        for span_id in self._offsets_index().get((start, end, label), ()):
            span = self.spans[span_id]
            if span_id != ignore_id and span.status is not Status.REJECTED:
                return span
        return None

    def put_span(self, span: Span) -> None:
        """Add ``span``, or replace the span with its id."""
        spans = self.spans
        current = self._index_is_current()
        old = spans.get(span.id)
        spans[span.id] = span
        if current:
            if old is not None:
                self._unindex(old)
            self._index(span)
            self._by_offsets_version = self._spans_version()

    def drop_span(self, span_id: str) -> None:
        """Remove the span ``span_id``."""
        current = self._index_is_current()
        old = self.spans[span_id]
        del self.spans[span_id]
        if current:
            self._unindex(old)
            self._by_offsets_version = self._spans_version()

    def _spans_version(self) -> int:
        """``spans.version`` (-2 for a plain dict put there by hand: never current)."""
        spans = self.spans
        return spans.version if isinstance(spans, SpanTable) else -2

    def _index_is_current(self) -> bool:
        version = self._spans_version()
        return self._by_offsets is not None and version >= 0 and \
            self._by_offsets_version == version

    def _offsets_index(self) -> dict[_OffsetsKey, list[str]]:
        if not self._index_is_current():
            self._by_offsets = {}
            for span in self.spans.values():
                self._index(span)
            self._by_offsets_version = self._spans_version()
        assert self._by_offsets is not None
        return self._by_offsets

    def _index(self, span: Span) -> None:
        assert self._by_offsets is not None
        self._by_offsets.setdefault((span.start, span.end, span.label), []).append(span.id)

    def _unindex(self, span: Span) -> None:
        assert self._by_offsets is not None
        key = (span.start, span.end, span.label)
        ids = self._by_offsets[key]
        ids.remove(span.id)
        if not ids:
            del self._by_offsets[key]

    def count_by_status(self) -> dict[Status, int]:
        """Number of spans per review status."""
        counts = {s: 0 for s in Status}
        for span in self.spans.values():
            counts[span.status] += 1
        return counts
