"""Model <-> plain dicts, in one stable key order, keeping keys this version does not know.

Used by the project files and by the gold JSONL format, so both spell a
span the same way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from annotator.core.model import Document, Relation, Span, Status
from annotator.core.schema import LabelSchema, schema_from_mapping, schema_to_mapping
from annotator.core.text import sha256_text
from annotator.formats.migrations import CURRENT_VERSION

_SPAN_KEYS = ("id", "start", "end", "label", "text", "attributes", "status", "origin", "score",
              "created", "modified", "canonical_id")
_REL_KEYS = ("id", "type", "head", "tail", "attributes", "status", "origin", "score",
             "created", "modified")
_N_SPAN_REQUIRED = len(_SPAN_KEYS) - 1  # all but canonical_id, which is written when set
_STATUS_BY_VALUE = {s.value: s for s in Status}
_VALUE_OF_STATUS = {s: s.value for s in Status}  # Enum.value is a slow property


def _can_fill_directly(cls: type, names: tuple[str, ...]) -> bool:
    """True when ``cls`` is a plain frozen dataclass with exactly these fields, in order.

    Such an object can be made by filling its ``__dict__``, which gives the
    same object as its generated ``__init__`` (whose frozen ``__setattr__``
    per field is most of the cost of reading a span) in half the time.
    """
    fields = tuple(f.name for f in dataclasses.fields(cls))
    return fields == names and "__slots__" not in vars(cls) \
        and not hasattr(cls, "__post_init__")


_FILL_SPAN = _can_fill_directly(Span, ("id", "start", "end", "label", "text", "attributes",
                                       "status", "origin", "score", "created", "modified",
                                       "canonical_id", "extra"))
_FILL_RELATION = _can_fill_directly(Relation, ("id", "type", "head", "tail", "attributes",
                                               "status", "origin", "score", "created",
                                               "modified", "extra"))
_new = object.__new__


class FormatProblem(ValueError):
    """A record that does not have the expected shape (message names the field)."""


def _require(d: dict[str, Any], key: str, kind: type | tuple[type, ...], what: str) -> Any:
    if key not in d:
        raise FormatProblem(f"{what} has no {key!r}")
    value = d[key]
    if not isinstance(value, kind) or isinstance(value, bool) and kind is int:
        raise FormatProblem(f"{what}: {key!r} has the wrong type ({type(value).__name__})")
    return value


def _status(value: Any, what: str) -> Status:
    try:
        return Status(value)
    except ValueError as err:
        raise FormatProblem(f"{what}: unknown status {value!r}") from err


def span_to_dict(span: Span, *, full: bool = True, review: bool = False) -> dict[str, Any]:
    """A span as a dict; with ``full=False`` only the gold fields (no review data).

    ``review`` adds to the gold fields the status, origin and score (what
    an export with suggestions carries); ``full`` implies it.
    """
    d = gold_span_dict(span.id, span.start, span.end, span.label, span.text, span.attributes,
                       span.canonical_id, _VALUE_OF_STATUS[span.status], span.origin,
                       span.score, full or review)
    if full:
        d["created"] = span.created
        d["modified"] = span.modified
        if span.extra:
            d.update(span.extra)
    return d


def gold_span_dict(sid: str, start: int, end: int, label: str, text: str,
                   attrs: Mapping[str, Any], canonical: Any, status: str, origin: str,
                   score: float | None, review: bool) -> dict[str, Any]:
    """The gold fields of a span in their order (``review``: with status, origin and score).

    The one spelling of a span in gold records, for :func:`span_to_dict` and
    for the gold export's reader of stored records (:mod:`.codecs.gold_record`).
    """
    d: dict[str, Any] = {"id": sid, "start": start, "end": end, "label": label, "text": text,
                         "attributes": dict(attrs)}
    if canonical:
        d["canonical_id"] = canonical
    if review:
        d["status"] = status
        d["origin"] = origin
        d["score"] = score
    return d


def span_from_dict(d: Any) -> Span:
    """Parse a span dict; unknown keys are kept in ``extra``.

    Records as this module writes them (only known keys, each of the
    expected type) take a fast path that builds the same :class:`Span`
    without the per-field checks: exports and listings read hundreds of
    thousands of spans. Anything else is checked field by field.
    """
    # Every key written, none unknown: the required ones, perhaps with canonical_id.
    n = len(d) if type(d) is dict else 0
    if n == _N_SPAN_REQUIRED or n == _N_SPAN_REQUIRED + 1 and "canonical_id" in d:
        try:
            sid, start, end, label, text = d["id"], d["start"], d["end"], d["label"], d["text"]
            attrs, value, origin, score = d["attributes"], d["status"], d["origin"], d["score"]
            created, modified = d["created"], d["modified"]
        except KeyError:  # an unknown key in place of a required one
            return _span_checked(d)
        status = _STATUS_BY_VALUE.get(value) if type(value) is str else None
        if type(sid) is str and type(start) is int and type(end) is int \
                and type(label) is str and type(text) is str and status is not None \
                and type(attrs) is dict and type(origin) is str \
                and type(created) is str and type(modified) is str \
                and (score is None or type(score) is float or type(score) is int):
            canonical = d.get("canonical_id") or None
            if not _FILL_SPAN:
                return Span(sid, start, end, label, text, attrs, status, origin, score,
                            created, modified, canonical, {})
            span = _new(Span)
            span.__dict__.update(id=sid, start=start, end=end, label=label, text=text,
                                 attributes=attrs, status=status, origin=origin, score=score,
                                 created=created, modified=modified, canonical_id=canonical,
                                 extra={})
            return span
    elif 6 <= n <= 10:
        gold = _gold_span(d)
        if gold is not None:
            return gold
    return _span_checked(d)


_GOLD_KEYS = frozenset(("id", "start", "end", "label", "text", "attributes", "canonical_id",
                        "status", "origin", "score"))


def _known_status(value: Any) -> Status | None:
    """The status a fast path may take as it is, or None (any JSON value may come: a list
    cannot even be looked up)."""
    return _STATUS_BY_VALUE.get(value) if type(value) is str else None


def _gold_span(d: dict[str, Any]) -> Span | None:
    """A span as a gold export writes it (no times), or None to take the checked path.

    Builds the very :class:`Span` :func:`_span_checked` would, for records
    whose keys are all known and whose values have the expected types.
    """
    if not _GOLD_KEYS.issuperset(d):
        return None
    get = d.get
    sid, start, end, label, text = get("id"), get("start"), get("end"), get("label"), get("text")
    attrs, origin, score = get("attributes"), get("origin", ""), get("score")
    status = _known_status(get("status", "accepted"))
    canonical = get("canonical_id") or None
    if type(sid) is not str or type(start) is not int or type(end) is not int \
            or type(label) is not str or type(text) is not str or type(attrs) is not dict \
            or status is None or type(origin) is not str \
            or not (score is None or type(score) is float or type(score) is int) \
            or not (canonical is None or type(canonical) is str):
        return None
    if not _FILL_SPAN:
        return Span(sid, start, end, label, text, attrs, status, origin, score, "", "",
                    canonical, {})
    span = _new(Span)
    span.__dict__.update(id=sid, start=start, end=end, label=label, text=text,
                         attributes=attrs, status=status, origin=origin, score=score,
                         created="", modified="", canonical_id=canonical, extra={})
    return span


def _span_checked(d: Any) -> Span:
    if not isinstance(d, dict):
        raise FormatProblem("a span must be a JSON object")
    what = f"span {d.get('id', '?')}"
    score = d.get("score")
    if score is not None and not isinstance(score, (int, float)):
        raise FormatProblem(f"{what}: score must be a number")
    attrs = d.get("attributes") or {}
    if not isinstance(attrs, dict):
        raise FormatProblem(f"{what}: attributes must be an object")
    return Span(
        id=str(_require(d, "id", (str, int), what)),
        start=_require(d, "start", int, what), end=_require(d, "end", int, what),
        label=_require(d, "label", str, what), text=_require(d, "text", str, what),
        attributes=attrs, status=_status(d.get("status", "accepted"), what),
        origin=str(d.get("origin") or ""), score=score,
        created=str(d.get("created") or ""), modified=str(d.get("modified") or ""),
        canonical_id=d.get("canonical_id") or None,
        extra={k: v for k, v in d.items() if k not in _SPAN_KEYS},
    )


def relation_to_dict(rel: Relation, *, full: bool = True, review: bool = False
                     ) -> dict[str, Any]:
    """A relation as a dict; with ``full=False`` only the gold fields (``review``: as spans)."""
    d = gold_relation_dict(rel.id, rel.type, rel.head, rel.tail, rel.attributes,
                           _VALUE_OF_STATUS[rel.status], rel.origin, rel.score, full or review)
    if full:
        d["created"] = rel.created
        d["modified"] = rel.modified
        if rel.extra:
            d.update(rel.extra)
    return d


def gold_relation_dict(rid: str, kind: str, head: str, tail: str, attrs: Mapping[str, Any],
                       status: str, origin: str, score: float | None, review: bool
                       ) -> dict[str, Any]:
    """The gold fields of a relation in their order, as :func:`gold_span_dict` for spans."""
    d: dict[str, Any] = {"id": rid, "type": kind, "head": head, "tail": tail,
                         "attributes": dict(attrs)}
    if review:
        d["status"] = status
        d["origin"] = origin
        d["score"] = score
    return d


def relation_from_dict(d: Any) -> Relation:
    """Parse a relation dict; unknown keys are kept in ``extra``.

    Well-formed records take a fast path, as in :func:`span_from_dict`.
    """
    if type(d) is dict and len(d) == len(_REL_KEYS):  # every key written, none unknown
        try:
            rid, kind, head, tail = d["id"], d["type"], d["head"], d["tail"]
            attrs, value, origin, score = d["attributes"], d["status"], d["origin"], d["score"]
            created, modified = d["created"], d["modified"]
        except KeyError:  # an unknown key in place of a known one
            return _relation_checked(d)
        status = _STATUS_BY_VALUE.get(value) if type(value) is str else None
        if type(rid) is str and type(kind) is str and type(head) is str \
                and type(tail) is str and status is not None and type(attrs) is dict \
                and type(origin) is str and type(created) is str \
                and type(modified) is str \
                and (score is None or type(score) is float or type(score) is int):
            if not _FILL_RELATION:
                return Relation(rid, kind, head, tail, attrs, status, origin, score, created,
                                modified, {})
            rel = _new(Relation)
            rel.__dict__.update(id=rid, type=kind, head=head, tail=tail, attributes=attrs,
                                status=status, origin=origin, score=score, created=created,
                                modified=modified, extra={})
            return rel
    elif type(d) is dict and 5 <= len(d) <= 8:
        gold_rel = _gold_relation(d)
        if gold_rel is not None:
            return gold_rel
    return _relation_checked(d)


_GOLD_REL_KEYS = frozenset(("id", "type", "head", "tail", "attributes", "status", "origin",
                            "score"))


def _gold_relation(d: dict[str, Any]) -> Relation | None:
    """A relation as a gold export writes it (no times), or None to take the checked path."""
    if not _GOLD_REL_KEYS.issuperset(d):
        return None
    get = d.get
    rid, kind, head, tail = get("id"), get("type"), get("head"), get("tail")
    attrs, origin, score = get("attributes"), get("origin", ""), get("score")
    status = _known_status(get("status", "accepted"))
    if type(rid) is not str or type(kind) is not str or type(head) is not str \
            or type(tail) is not str or type(attrs) is not dict or status is None \
            or type(origin) is not str \
            or not (score is None or type(score) is float or type(score) is int):
        return None
    return Relation(rid, kind, head, tail, attrs, status, origin, score, "", "", {})


def _relation_checked(d: Any) -> Relation:
    if not isinstance(d, dict):
        raise FormatProblem("a relation must be a JSON object")
    what = f"relation {d.get('id', '?')}"
    score = d.get("score")
    if score is not None and not isinstance(score, (int, float)):
        raise FormatProblem(f"{what}: score must be a number")
    attrs = d.get("attributes") or {}
    if not isinstance(attrs, dict):
        raise FormatProblem(f"{what}: attributes must be an object")
    return Relation(
        id=str(_require(d, "id", (str, int), what)), type=_require(d, "type", str, what),
        head=str(_require(d, "head", (str, int), what)),
        tail=str(_require(d, "tail", (str, int), what)),
        attributes=attrs, status=_status(d.get("status", "accepted"), what),
        origin=str(d.get("origin") or ""), score=score,
        created=str(d.get("created") or ""), modified=str(d.get("modified") or ""),
        extra={k: v for k, v in d.items() if k not in _REL_KEYS},
    )


def document_to_dict(doc: Document) -> dict[str, Any]:
    """A document as stored: id, hash, metadata, then the text."""
    return {"id": doc.id, "sha256": doc.sha256, "meta": dict(doc.meta), "text": doc.text}


def document_record(doc: Document) -> dict[str, Any]:
    """A document file's content: the current ``schema_version``, then :func:`document_to_dict`."""
    return {"schema_version": CURRENT_VERSION, **document_to_dict(doc)}


_DOC_KEYS = ("schema_version", "id", "sha256", "meta", "text")


def document_from_dict(data: dict[str, Any]) -> Document:
    """A stored document (migrated); unknown keys go to ``meta["_extra"]``.

    Raises :class:`FormatProblem` when the id or text is missing, or when the
    text does not match its recorded SHA-256 (the file was edited by hand).
    """
    text, doc_id = data.get("text"), data.get("id")
    if not isinstance(text, str) or not isinstance(doc_id, str):
        raise FormatProblem("a document needs a string 'id' and 'text'")
    actual = sha256_text(text)
    if data.get("sha256") and data["sha256"] != actual:
        raise FormatProblem("the text does not match its recorded SHA-256; the file was "
                            "edited by hand. Restore it from version control.")
    meta = data.get("meta") or {}
    extra = {k: v for k, v in data.items() if k not in _DOC_KEYS}
    if extra:
        meta = {**meta, "_extra": extra}
    return Document(id=doc_id, text=text, meta=meta, sha256=actual)


# ------------------------------------------------------------------ schema


def schema_to_dict(schema: LabelSchema) -> dict[str, Any]:
    """The schema as stored in ``project.json``."""
    return schema_to_mapping(schema)


def schema_from_dict(d: Any) -> LabelSchema:
    """Parse a schema; raises :class:`FormatProblem` naming what is wrong."""
    try:
        return schema_from_mapping(d)
    except ValueError as err:
        raise FormatProblem(str(err)) from err
