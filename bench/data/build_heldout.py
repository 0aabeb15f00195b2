"""Build ``heldout.jsonl`` from the hand-annotated spec in ``heldout_spec.py``.

Stdlib only.  Every span is resolved to code-point offsets: ``start`` is the
index of the ``occurrence``-th (1-based, overlapping) match of the span text
in the paragraph, ``end = start + len(text)``.  The script refuses to write
anything if a span cannot be found, if keys collide, if a relation points at
a missing or wrongly-labelled span, or if a span edge cuts through a word.

Usage:  python bench/data/build_heldout.py [output.jsonl]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from heldout_spec import DOCUMENTS  # noqa: E402

OUTPUT = HERE / "heldout.jsonl"

LABELS = {"ACTOR", "LOCATION", "CLAIM", "CUE"}
ACTOR_TYPES = {"person", "organisation", "state", "armed_group", "unnamed_source"}
SOURCE_KINDS = {"named_actor", "unnamed_source", "author"}
QUOTES = {"direct", "indirect"}
CERTAINTIES = {"CT+", "PR+", "PS+", "CT-", "PR-", "PS-", "CTu", "Uu"}
PROCLITICS = set("وفبلك")


def nth_occurrence(text: str, sub: str, n: int) -> int:
    """Start index of the n-th (1-based, overlapping) occurrence of sub, or -1."""
    if n < 1 or not sub:
        return -1
    pos = -1
    for _ in range(n):
        pos = text.find(sub, pos + 1)
        if pos == -1:
            return -1
    return pos


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


def edge_problem(text: str, start: int, end: int) -> str | None:
    """Return a description if the span edges cut through a word.

    A letter right before the span is allowed only when it is a chain of at
    most two proclitics (و ف ب ل ك) that itself starts a word.
    """
    if start > 0 and _is_letter(text[start - 1]):
        k = start - 1
        while k >= 0 and text[k] in PROCLITICS and start - k <= 2:
            k -= 1
        if k >= 0 and _is_letter(text[k]):
            return "starts inside a word"
    if end < len(text) and _is_letter(text[end]):
        return "ends inside a word"
    return None


def _check_attributes(where: str, label: str, attrs: dict) -> None:
    if label == "ACTOR":
        assert attrs.get("type") in ACTOR_TYPES, f"{where}: bad actor type {attrs}"
    elif label == "CLAIM":
        assert attrs.get("source_kind") in SOURCE_KINDS, f"{where}: bad source_kind {attrs}"
        assert attrs.get("quote") in QUOTES, f"{where}: bad quote {attrs}"
        assert attrs.get("certainty") in CERTAINTIES, f"{where}: bad certainty {attrs}"


def build_document(doc: dict) -> dict:
    doc_id = doc["id"]
    text = doc["text"]
    spans = []
    by_key: dict[str, dict] = {}
    for spec in doc["spans"]:
        key = spec["key"]
        where = f"{doc_id}/{key}"
        assert key not in by_key, f"{where}: duplicate key"
        label = spec["label"]
        assert label in LABELS, f"{where}: unknown label {label}"
        surface = spec["text"]
        start = nth_occurrence(text, surface, spec["occurrence"])
        assert start != -1, f"{where}: {surface!r} occurrence {spec['occurrence']} not found"
        end = start + len(surface)
        assert text[start:end] == surface, f"{where}: offset mismatch"
        assert surface == surface.strip(), f"{where}: span has outer whitespace"
        problem = edge_problem(text, start, end)
        assert problem is None, f"{where}: {surface!r} {problem}"
        attrs = dict(spec.get("attributes", {}))
        _check_attributes(where, label, attrs)
        span = {
            "id": key,
            "start": start,
            "end": end,
            "label": label,
            "text": surface,
            "attributes": attrs,
        }
        by_key[key] = span
        spans.append(span)
    spans.sort(key=lambda s: (s["start"], -s["end"]))

    relations = []
    sourced: Counter[str] = Counter()
    for i, rel in enumerate(doc.get("relations", []), start=1):
        head, tail = rel["head"], rel["tail"]
        where = f"{doc_id}/r{i}"
        assert rel["type"] == "SOURCE", f"{where}: unknown relation type"
        assert head in by_key and tail in by_key, f"{where}: dangling {head}->{tail}"
        assert by_key[head]["label"] == "CLAIM", f"{where}: head {head} is not a CLAIM"
        assert by_key[tail]["label"] == "ACTOR", f"{where}: tail {tail} is not an ACTOR"
        sourced[head] += 1
        relations.append(
            {"id": f"r{i}", "type": "SOURCE", "head": head, "tail": tail, "attributes": {}}
        )
    for span in spans:
        if span["label"] != "CLAIM":
            continue
        where = f"{doc_id}/{span['id']}"
        is_author = span["attributes"]["source_kind"] == "author"
        expected = 0 if is_author else 1
        assert sourced[span["id"]] == expected, f"{where}: needs {expected} SOURCE relation(s)"

    return {
        "id": doc_id,
        "text": text,
        "offset_unit": "codepoint",
        "spans": spans,
        "relations": relations,
        "meta": {"source": "hand-written held-out set"},
    }


def main(argv: list[str]) -> int:
    out_path = Path(argv[1]) if len(argv) > 1 else OUTPUT
    ids = [doc["id"] for doc in DOCUMENTS]
    assert len(ids) == len(set(ids)), "duplicate document ids"
    records = [build_document(doc) for doc in DOCUMENTS]
    with out_path.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    labels = Counter(s["label"] for rec in records for s in rec["spans"])
    n_rel = sum(len(rec["relations"]) for rec in records)
    summary = ", ".join(f"{k}={labels[k]}" for k in sorted(labels))
    print(f"wrote {len(records)} documents to {out_path}: {summary}, relations={n_rel}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
