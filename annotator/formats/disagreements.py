"""Where two annotators of one document differ, one record per difference.

Kinds, always seen from annotator ``a`` of the pair:

- ``label``: the same extent carries another label in ``b``;
- ``boundary``: ``a`` and ``b`` have overlapping spans of the same label
  with different extents (``other_start``/``other_end`` are ``b``'s);
- ``missing``: ``a`` has a span that ``b`` has nothing like;
- ``extra``: ``b`` has a span that ``a`` has nothing like;
- ``attribute``: both have the extent and label but an attribute differs;
- ``relation``: a relation only one of them has (``has`` names who).
"""

from __future__ import annotations

from typing import Any

from annotator.formats.layer_digest import LayerDigest, SpanKey

KINDS = ("missing", "extra", "boundary", "label", "relation", "attribute")


def _record(doc_id: str, a: str, b: str, kind: str, key: SpanKey, text: str,
            **more: Any) -> dict[str, Any]:
    start, end, label = key
    return {"document": doc_id, "a": a, "b": b, "kind": kind, "start": start, "end": end,
            "label": label, "text": text[start:end], **more}


def _overlapping(key: SpanKey, pool: list[SpanKey], same_label: bool) -> SpanKey | None:
    start, end, label = key
    for other in pool:
        if (other[2] == label) == same_label and other[0] < end and start < other[1]:
            return other
    return None


def span_disagreements(doc_id: str, text: str, a: str, b: str, da: LayerDigest,
                       db: LayerDigest) -> list[dict[str, Any]]:
    """The span differences of ``a`` and ``b`` on one document, in text order."""
    keys_a, keys_b = da.keys, db.keys
    only_a = sorted(keys_a - keys_b)
    only_b = sorted(keys_b - keys_a)
    out: list[dict[str, Any]] = []
    left_b = list(only_b)
    for key in only_a:
        swapped = next((o for o in left_b if o[:2] == key[:2]), None)
        if swapped is not None:
            left_b.remove(swapped)
            out.append(_record(doc_id, a, b, "label", key, text, other_label=swapped[2]))
            continue
        moved = _overlapping(key, left_b, same_label=True)
        if moved is not None:
            left_b.remove(moved)
            out.append(_record(doc_id, a, b, "boundary", key, text, other_start=moved[0],
                               other_end=moved[1], other_text=text[moved[0]:moved[1]]))
            continue
        out.append(_record(doc_id, a, b, "missing", key, text))
    out += [_record(doc_id, a, b, "extra", key, text) for key in left_b]
    for key in sorted(keys_a & keys_b):
        out += _attribute_differences(doc_id, text, a, b, key, da, db)
    out.sort(key=lambda d: (d["start"], -d["end"], d["label"], d["kind"]))
    return out


def _attribute_differences(doc_id: str, text: str, a: str, b: str, key: SpanKey,
                           da: LayerDigest, db: LayerDigest) -> list[dict[str, Any]]:
    attrs_a, attrs_b = da.attributes[key], db.attributes[key]
    if attrs_a == attrs_b:
        return []
    return [_record(doc_id, a, b, "attribute", key, text, attribute=name,
                    value_a=attrs_a.get(name), value_b=attrs_b.get(name))
            for name in sorted(set(attrs_a) | set(attrs_b))
            if attrs_a.get(name) != attrs_b.get(name)]


def relation_disagreements(doc_id: str, text: str, a: str, b: str, da: LayerDigest,
                           db: LayerDigest) -> list[dict[str, Any]]:
    """Relations only one of ``a`` and ``b`` has, placed at their head span."""
    out = []
    for has, rels in ((a, da.relations - db.relations), (b, db.relations - da.relations)):
        for rtype, head, tail in sorted(rels):
            out.append(_record(doc_id, a, b, "relation", head, text, type=rtype, has=has,
                               tail_start=tail[0], tail_end=tail[1], tail_label=tail[2]))
    return out
