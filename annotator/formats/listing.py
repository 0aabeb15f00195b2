"""What the document list needs from a project file, read as cheaply as possible.

Listing a project without its index cache reads every document file and
every annotation file (10,000 of each for a large project). A document
entry needs the text (its length and first line), so document files are
parsed; an annotation summary needs only the document status and the number
of spans per review status, so an annotation file in the layout
:meth:`Project.save_annotations` writes is not parsed as a whole: its head is
parsed and the status fields of the span lines are counted in the bytes.
Any file in another layout (hand-edited, an older format version) returns
``None`` here and the caller parses it in full.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

from annotator.core.model import DocStatus, Status
from annotator.formats.atomic import loads
from annotator.formats.migrations import CURRENT_VERSION

# In the writer's layout the head keys come first, one per line, then the spans,
# one JSON object per line, then the relations (annotator.formats.atomic.dumps_records).
_SPANS_OPEN = b',\n "spans": ['
_SPANS_END = b'\n ],\n "relations": ['
_RECORD_START = b"\n  {"
_DOC_STATUSES = frozenset(s.value for s in DocStatus)
# JSON escapes every quote inside a string, so this can only match a key and its value.
# A span's status is never its first key: the leading ", " is always there, and it makes
# the search faster than a leading quote (which is everywhere in JSON) would.
_STATUS_FIELD = re.compile(b', "status": "(' + b"|".join(s.value.encode() for s in Status)
                           + b')"')
_STATUS_VALUES = tuple((s.value, s.value.encode()) for s in Status)


def summary_from_layout(data: bytes) -> tuple[str, dict[str, int]] | None:
    """(document status, spans per review status) of an annotation file, or None.

    None means the bytes are not in the writer's current layout (or do not
    add up: a span line without exactly one status field, say), and the file
    must be parsed in full. The counts leave out statuses with no span, in
    the order of :class:`Status`, as :meth:`Project.save_annotations` does.
    """
    cut = data.find(_SPANS_OPEN)
    if cut < 0 or not data.endswith(b"]\n}\n"):  # the writer's end: not a truncated file
        return None
    try:
        head = loads(data[:cut] + b"\n}")
    except ValueError:  # JSONDecodeError and UnicodeDecodeError
        return None
    if type(head) is not dict or head.get("schema_version") != CURRENT_VERSION \
            or head.get("status") not in _DOC_STATUSES \
            or type(head.get("document_id")) is not str \
            or type(head.get("annotator")) is not str \
            or type(head.get("text_sha256")) is not str:
        return None
    start = cut + len(_SPANS_OPEN)
    if data.startswith(b"]", start):
        return head["status"], {}
    # The relations come last and are short: look for the end of the spans from the end.
    end = data.rfind(_SPANS_END, start)
    if end < 0 or not data.startswith(_RECORD_START, start):
        return None
    found = _STATUS_FIELD.findall(data, start, end)
    if len(found) != data.count(b"\n", start, end):  # not one known status per span line
        return None
    counts = {value: found.count(raw) for value, raw in _STATUS_VALUES}
    return head["status"], {k: v for k, v in counts.items() if v}


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
    # annotator -> {"status", "spans": {status: count}, "mtime_ns", "size"}
    annotations: dict[str, dict[str, Any]] = field(default_factory=dict)

    def status_for(self, annotator: str) -> DocStatus:
        """The annotator's status for this document (new when never opened)."""
        info = self.annotations.get(annotator)
        return DocStatus(info["status"]) if info else DocStatus.NEW

    def span_counts(self, annotator: str) -> dict[str, int]:
        """Spans per review status for the annotator."""
        info = self.annotations.get(annotator)
        return dict(info["spans"]) if info else {}
