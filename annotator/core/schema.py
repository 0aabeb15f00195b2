"""Label schema: span labels, relation types and their attributes, per project.

The description of a label is its annotation guideline, in English and
Arabic, shown next to the text while annotating: the short form of the
guideline ``docs/GUIDELINE.md``, which the default schema's labels follow.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

MAX_NAME_LENGTH = 100


def name_problem(name: str, what: str = "label") -> str | None:
    """Why ``name`` cannot name a span label or relation type, or None.

    A name is one word (brat's ``.ann`` lines and CoNLL's tag columns are
    split at whitespace) of readable characters: no space, line break,
    control character or lone surrogate, at most :data:`MAX_NAME_LENGTH` long.
    """
    if not name:
        return f"{what} is empty"
    if len(name) > MAX_NAME_LENGTH:
        return f"{what} {name[:20]!r}... is longer than {MAX_NAME_LENGTH} characters"
    for c in name:
        if c.isspace():
            return (f"{what} {name!r} contains a space or line break (brat and CoNLL need "
                    "one word)")
        if c < " " or "\x7f" <= c <= "\x9f" or "\ud800" <= c <= "\udfff":
            kind = "a lone surrogate" if c >= "\ud800" else "control characters"
            return f"{what} {name!r} contains {kind} (U+{ord(c):04X})"
    return None


@dataclass(frozen=True)
class AttributeDef:
    """An attribute a span or relation may carry: a closed list of values, or free text."""

    name: str
    values: tuple[str, ...] = ()
    default: str | None = None
    description: dict[str, str] = field(default_factory=dict)
    value_labels: dict[str, dict[str, str]] = field(default_factory=dict)

    def problem(self, value: Any) -> str | None:
        """Why ``value`` is not allowed for this attribute, or None."""
        if value is None:
            return None
        if self.values and value not in self.values:
            return f"attribute {self.name!r} must be one of {', '.join(self.values)}; got {value!r}"
        if not self.values and not isinstance(value, (str, int, float, bool)):
            return f"attribute {self.name!r} must be a string, number or boolean"
        return None


@dataclass(frozen=True)
class SpanLabel:
    """A span label: name, display colour (#rrggbb), shortcut key and guideline.

    ``caption`` is the short text drawn above its spans in the reading view
    (empty: the name).
    """

    name: str
    colour: str
    key: str = ""
    description: dict[str, str] = field(default_factory=dict)
    attributes: tuple[AttributeDef, ...] = ()
    caption: str = ""

    def attribute(self, name: str) -> AttributeDef | None:
        """The attribute definition called ``name``, if this label has one."""
        return next((a for a in self.attributes if a.name == name), None)


@dataclass(frozen=True)
class RelationType:
    """A relation type with the labels its head and tail may carry (empty = any)."""

    name: str
    head_labels: tuple[str, ...] = ()
    tail_labels: tuple[str, ...] = ()
    colour: str = "#555555"
    key: str = ""
    description: dict[str, str] = field(default_factory=dict)
    attributes: tuple[AttributeDef, ...] = ()

    def attribute(self, name: str) -> AttributeDef | None:
        """The attribute definition called ``name``, if this type has one."""
        return next((a for a in self.attributes if a.name == name), None)


@dataclass(frozen=True)
class LabelSchema:
    """The labels and relation types of a project."""

    span_labels: tuple[SpanLabel, ...]
    relation_types: tuple[RelationType, ...] = ()

    def label(self, name: str) -> SpanLabel | None:
        """The span label called ``name``, if any."""
        return next((lab for lab in self.span_labels if lab.name == name), None)

    def relation_type(self, name: str) -> RelationType | None:
        """The relation type called ``name``, if any."""
        return next((r for r in self.relation_types if r.name == name), None)

    def label_for_key(self, key: str) -> SpanLabel | None:
        """The span label whose shortcut is ``key``, if any."""
        return next((lab for lab in self.span_labels if key and lab.key == key), None)

    @property
    def label_names(self) -> list[str]:
        """Span label names in schema order."""
        return [lab.name for lab in self.span_labels]

    def problems(self) -> list[str]:
        """Inconsistencies: duplicate names or keys, relations naming unknown labels."""
        out: list[str] = []
        names = [lab.name for lab in self.span_labels]
        for name in {n for n in names if names.count(n) > 1}:
            out.append(f"span label {name!r} is defined twice")
        keys = [lab.key for lab in self.span_labels if lab.key]
        for key in {k for k in keys if keys.count(k) > 1}:
            out.append(f"shortcut key {key!r} is used by two labels")
        for rel in self.relation_types:
            for lab in rel.head_labels + rel.tail_labels:
                if lab not in names:
                    out.append(f"relation {rel.name!r} names unknown label {lab!r}")
        return out

    def with_label(self, label: SpanLabel) -> LabelSchema:
        """A copy with ``label`` replacing the label of the same name, or appended."""
        labels = list(self.span_labels)
        for i, lab in enumerate(labels):
            if lab.name == label.name:
                labels[i] = label
                break
        else:
            labels.append(label)
        return replace(self, span_labels=tuple(labels))


# ---------------------------------------------------------------- as a mapping

def _attribute_to_mapping(a: AttributeDef) -> dict[str, Any]:
    d: dict[str, Any] = {"name": a.name, "values": list(a.values)}
    if a.default is not None:
        d["default"] = a.default
    if a.description:
        d["description"] = dict(a.description)
    if a.value_labels:
        d["value_labels"] = {k: dict(v) for k, v in a.value_labels.items()}
    return d


def _attribute_from_mapping(d: dict[str, Any]) -> AttributeDef:
    return AttributeDef(name=str(d["name"]), values=tuple(d.get("values") or ()),
                        default=d.get("default"), description=dict(d.get("description") or {}),
                        value_labels={k: dict(v) for k, v in
                                      (d.get("value_labels") or {}).items()})


def _label_to_mapping(lab: SpanLabel) -> dict[str, Any]:
    d: dict[str, Any] = {"name": lab.name, "colour": lab.colour, "key": lab.key,
                         "description": dict(lab.description),
                         "attributes": [_attribute_to_mapping(a) for a in lab.attributes]}
    if lab.caption:  # only when set: older files stay byte for byte
        d["caption"] = lab.caption
    return d


def schema_to_mapping(schema: LabelSchema) -> dict[str, Any]:
    """The schema as plain data: what ``project.json`` stores under ``"schema"``."""
    return {
        "span_labels": [_label_to_mapping(lab) for lab in schema.span_labels],
        "relation_types": [
            {"name": r.name, "head_labels": list(r.head_labels),
             "tail_labels": list(r.tail_labels), "colour": r.colour, "key": r.key,
             "description": dict(r.description),
             "attributes": [_attribute_to_mapping(a) for a in r.attributes]}
            for r in schema.relation_types],
    }


def schema_from_mapping(d: Any) -> LabelSchema:
    """A schema from plain data; ValueError naming what is wrong."""
    if not isinstance(d, dict) or not isinstance(d.get("span_labels"), list):
        raise ValueError("the schema needs a list 'span_labels'")
    try:
        labels = tuple(
            SpanLabel(name=str(x["name"]), colour=str(x.get("colour") or "#888888"),
                      key=str(x.get("key") or ""), description=dict(x.get("description") or {}),
                      attributes=tuple(_attribute_from_mapping(a)
                                       for a in x.get("attributes") or ()),
                      caption=str(x.get("caption") or ""))
            for x in d["span_labels"])
        rels = tuple(
            RelationType(name=str(x["name"]), head_labels=tuple(x.get("head_labels") or ()),
                         tail_labels=tuple(x.get("tail_labels") or ()),
                         colour=str(x.get("colour") or "#555555"), key=str(x.get("key") or ""),
                         description=dict(x.get("description") or {}),
                         attributes=tuple(_attribute_from_mapping(a)
                                          for a in x.get("attributes") or ()))
            for x in d.get("relation_types") or ())
    except (KeyError, TypeError, AttributeError, ValueError) as err:
        raise ValueError(f"malformed schema: {err}") from err
    schema = LabelSchema(span_labels=labels, relation_types=rels)
    problems = schema.problems()
    if problems:
        raise ValueError("; ".join(problems))
    return schema


# ---------------------------------------------------------------- the default schema

#: The default schema, a resource shipped in the package (package-data): ACTOR,
#: LOCATION, CLAIM, CUE; relations SOURCE and ABOUT. Its label descriptions are
#: the short form of the guideline ``docs/GUIDELINE.md``.
DEFAULT_SCHEMA_FILE = (Path(__file__).resolve().parent.parent / "resources" / "schema"
                       / "default.json")


@cache
def _default_schema_text() -> str:
    return DEFAULT_SCHEMA_FILE.read_text(encoding="utf-8")


def default_schema() -> LabelSchema:
    """ACTOR (1), LOCATION (2), CLAIM (3), CUE (4); relations SOURCE and ABOUT.

    Read from :data:`DEFAULT_SCHEMA_FILE`; every call returns a fresh value.
    """
    return schema_from_mapping(json.loads(_default_schema_text()))
