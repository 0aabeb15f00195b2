"""On-disk format versions of the project files, and the steps between them.

Changelog (``schema_version``):

- 1: first released layout. ``project.json`` holds ``name``, ``schema``
  (span labels, relation types) and ``settings``; ``documents/<stem>.json``
  holds ``id``, ``sha256``, ``meta`` and ``text``; ``annotations/<annotator>/
  <stem>.json`` holds ``document_id``, ``annotator``, ``text_sha256``,
  ``status``, ``spans`` and ``relations``. Review keys a span or relation
  may carry: ``reviewed_by``, ``suggested_as`` and ``review_mode``
  (``"bulk"`` for a decision made in bulk, which review statistics count
  apart). They were added within version 1: a reader that does not know
  them keeps them as unknown keys, so no new version was needed.
- 0 (pre-release drafts): annotation files called the review state of a
  span ``state`` and had no document ``status``.

Readers migrate old files one step at a time; writers only write
:data:`CURRENT_VERSION`. Keys unknown to this version are carried along.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from pathlib import Path
from typing import Any

from annotator.formats.errors import ReadError, VersionError

CURRENT_VERSION = 1

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _annotations_0_to_1(data: dict[str, Any]) -> dict[str, Any]:
    for span in data.get("spans") or []:
        if isinstance(span, dict) and "state" in span and "status" not in span:
            span["status"] = span.pop("state")
    data.setdefault("status", "new")
    return data


def _identity(data: dict[str, Any]) -> dict[str, Any]:
    return data


# kind -> {from_version: step to from_version + 1}
STEPS: dict[str, dict[int, Migration]] = {
    "project": {0: _identity},
    "document": {0: _identity},
    "annotations": {0: _annotations_0_to_1},
}


def migrate(kind: str, data: Any, path: Path) -> dict[str, Any]:
    """Bring a parsed file of ``kind`` up to :data:`CURRENT_VERSION`."""
    if not isinstance(data, dict):
        raise ReadError(path, "expected a JSON object")
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or version < 0:
        raise ReadError(path, f"invalid schema_version {version!r}")
    if version > CURRENT_VERSION:
        raise VersionError(path, f"written by a newer version of the annotator (format "
                                 f"{version}, this one reads up to {CURRENT_VERSION}); "
                                 "update the annotator")
    while version < CURRENT_VERSION:
        data = STEPS[kind][version](data)
        version += 1
    data["schema_version"] = CURRENT_VERSION
    problem = shape_problem(kind, data)
    if problem:
        raise ReadError(path, problem)
    return data


#: kind -> (key, expected type, its name) of what a current file must hold.
_SHAPES: dict[str, tuple[tuple[str, type | tuple[type, ...], str, bool], ...]] = {
    "project": (("name", str, "a string", False), ("schema", dict, "an object", False),
                ("settings", dict, "an object", False)),
    "document": (("id", str, "a string", True), ("text", str, "a string", True),
                 ("meta", dict, "an object", False), ("sha256", str, "a string", False)),
    "annotations": (("spans", list, "a list", False), ("relations", list, "a list", False)),
}


def shape_problem(kind: str, data: dict[str, Any]) -> str | None:
    """Why a migrated file of ``kind`` has the wrong shape (an integer id, list settings), or None.

    Checked on every read, so a damaged file is refused with its reason
    instead of breaking whatever later touches the wrong type.
    """
    for key, kind_type, name, required in _SHAPES.get(kind, ()):
        if key not in data or data[key] is None and not required:
            if required:
                return f"needs {key!r} ({name})"
            continue
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, kind_type):
            return f"{key!r} must be {name} (it is {type(value).__name__})"
    return None


#: Fields of an index entry (``.cache/index.json``) and their types.
_INDEX_FIELDS: dict[str, type] = {
    "id": str, "stem": str, "title": str, "chars": int, "sha256": str, "mtime_ns": int,
    "size": int, "annotations": dict}
_SUMMARY_FIELDS: dict[str, type] = {
    "status": str, "spans": dict, "mtime_ns": int, "size": int}
#: (the keys, a getter of their values, the values' types) of a record shape.
_Shape = tuple[frozenset[str], Callable[[dict[str, Any]], tuple[Any, ...]], tuple[type, ...]]


def _shape(fields: dict[str, type]) -> _Shape:
    return frozenset(fields), itemgetter(*fields), tuple(fields.values())


_INDEX_SHAPE, _SUMMARY_SHAPE = _shape(_INDEX_FIELDS), _shape(_SUMMARY_FIELDS)


def index_is_sound(value: Any) -> bool:
    """Whether a parsed index cache has the shape its reader trusts (else it is rebuilt).

    The index is only a cache, so a damaged one is never an error: every
    entry must have exactly the known fields, each of its type, and each
    annotation summary its fields, with integer span counts and a known status.
    Every command reads it (10,000 entries: checked at C speed where it can be).
    """
    documents = value.get("documents") if isinstance(value, dict) else None
    if not isinstance(documents, list):
        return False
    return all(_fields_ok(d, _INDEX_SHAPE) and all(
        isinstance(who, str) and _fields_ok(info, _SUMMARY_SHAPE)
        and info["status"] in ("new", "in_progress", "done")
        and all(isinstance(k, str) and type(n) is int for k, n in info["spans"].items())
        for who, info in d["annotations"].items()) for d in documents)


def _fields_ok(d: Any, shape: _Shape) -> bool:
    """Exactly the shape's keys, each value of exactly its type (parsed JSON has no
    subclasses but bool, which must not pass for an int)."""
    keys, values_of, types = shape
    return type(d) is dict and d.keys() == keys and tuple(map(type, values_of(d))) == types
