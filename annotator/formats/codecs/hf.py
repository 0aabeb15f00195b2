"""Hugging Face dataset folder: spans with character offsets, token classification, dataset card.

Layout (``out``)::

    README.md              dataset card (YAML configs ``spans`` and ``tokens``)
    labels.json            names of ner_tags / claim_tags ids, span labels, relation types
    spans/all.jsonl        one document a row (train.jsonl, dev.jsonl, test.jsonl with a split)
    tokens/all.jsonl       one sentence a row, clitic-split tokens, IOB2 ids

Both load as is: ``datasets.load_dataset("json", data_files="OUT/tokens/all.jsonl")``
or ``datasets.load_dataset("OUT", "tokens")``. ``ner_tags`` holds the outer
layer of entity tags (claims are in ``claim_tags``); nested entities are
complete in the spans form. Attributes are JSON-encoded strings so every row
has the same Arrow type. Rows are compact JSON lines
(:func:`~annotator.formats.atomic.compact_line`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import annotator
from annotator.core.model import now_iso
from annotator.formats.atomic import compact_line
from annotator.formats.codecs.format import Format
from annotator.formats.codecs.options import SPLIT_NAMES, ExportOptions
from annotator.formats.codecs.output import SplitFiles, open_text, staged
from annotator.formats.codecs.parallel import Rendered, render_items
from annotator.formats.codecs.selection import CLAIM_LABELS, ExportItem
from annotator.formats.codecs.stored import load_stored
from annotator.formats.codecs.tokenise import (
    Bounds,
    _bounds,
    clitic_view,
    sentences_of,
    tag_columns_of,
    word_view,
)
from annotator.formats.layers import curated_sources
from annotator.formats.report import Progress, Report

if TYPE_CHECKING:
    from annotator.core.model import Document
    from annotator.core.schema import LabelSchema
    from annotator.formats.project import Project

FORMS = ("spans", "tokens")

# Attributes are a JSON string in every row (its spelling is the value: kept as it was);
# json.dumps(..., ensure_ascii=False) would build a new encoder on every call.
_JSON_SORTED = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def _attributes(attributes: Any) -> str:
    """Attributes as a JSON string (sorted keys), as every row carries them."""
    return _JSON_SORTED.encode(dict(attributes)) if attributes else "{}"


class TagNames:
    """IOB2 tag names and their ids, fixed from the schema, extended for unknown labels."""

    def __init__(self, labels: list[str]) -> None:
        self.names = ["O"]
        self._ids: dict[str, int] = {"O": 0}
        for label in labels:
            self.add(label)

    def add(self, label: str) -> None:
        """Give ``B-label`` and ``I-label`` ids (once)."""
        for tag in (f"B-{label}", f"I-{label}"):
            if tag not in self._ids:
                self._ids[tag] = len(self.names)
                self.names.append(tag)

    def knows(self, tags: Iterable[str]) -> bool:
        """True when every tag already has an id."""
        return self._ids.keys() >= set(tags)

    def ids(self, tags: list[str]) -> list[int]:
        """Ids of ``tags`` (unknown labels get new ids)."""
        if self.knows(tags):
            return list(map(self._ids.__getitem__, tags))
        out = []
        for tag in tags:
            if tag not in self._ids:
                self.add(tag[2:])
            out.append(self._ids[tag])
        return out


# How a span or relation says its status: the model's an enum, a stored record's its value.
_STATUS_OF_MODEL = attrgetter("status.value")
_STATUS_OF_STORED = attrgetter("status")


def span_row(doc: Document, spans: Sequence[Any], relations: Sequence[Any], review: bool,
             status_of: Callable[[Any], str]) -> dict[str, Any]:
    """The spans-form row of one document, from its spans and relations (the model's or
    stored records, which have the same fields; ``status_of`` reads a status)."""
    rows = []
    for s in spans:
        d: dict[str, Any] = {"id": s.id, "start": s.start, "end": s.end, "label": s.label,
                             "text": s.text, "attributes": _attributes(s.attributes),
                             "canonical_id": s.canonical_id or None}  # as the model reads ""
        if review:
            d.update(status=status_of(s), origin=s.origin,
                     score=None if s.score is None else float(s.score))
        rows.append(d)
    rels = []
    for r in relations:
        d = {"id": r.id, "type": r.type, "head": r.head, "tail": r.tail,
             "attributes": _attributes(r.attributes)}
        if review:
            d.update(status=status_of(r), origin=r.origin,
                     score=None if r.score is None else float(r.score))
        rels.append(d)
    return {"id": doc.id, "text": doc.text, "text_sha256": doc.sha256,
            "offset_unit": "codepoint", "title": doc.title, "spans": rows, "relations": rels}


def token_rows(doc_id: str, text: str, spans: Sequence[Bounds]) -> list[dict[str, Any]]:
    """The token-classification rows (one per sentence) of one document, tags as names."""
    toks = clitic_view(text, spans, word_view(text))
    starts, ends = _bounds(toks)  # whole-document lists, sliced per sentence
    # The outer layer of each kind (tag_columns_of's first column).
    ner_tags = tag_columns_of(starts, ends, [s for s in spans if s.label not in CLAIM_LABELS])[0]
    claim_tags = tag_columns_of(starts, ends, [s for s in spans if s.label in CLAIM_LABELS])[0]
    words = [text[a:b] for a, b in toks]
    ordered = sorted((s.start, s.end) for s in spans)
    rows = []
    for k, sent in enumerate(sentences_of(text, starts, ends, ordered)):
        a, b = sent.start, sent.stop
        rows.append({
            "id": f"{doc_id}#{k}", "document_id": doc_id, "sentence": k,
            "tokens": words[a:b], "ner_tags": ner_tags[a:b], "claim_tags": claim_tags[a:b],
            "token_starts": starts[a:b], "token_ends": ends[a:b],
        })
    return rows


def encode_rows(rows: list[dict[str, Any]], ner: TagNames, claim: TagNames) -> bytes:
    """JSONL of token rows (compact lines, UTF-8) with tag names replaced by their ids."""
    return b"".join(compact_line({**row, "ner_tags": ner.ids(row["ner_tags"]),
                                  "claim_tags": claim.ids(row["claim_tags"])})
                    for row in rows)


Context = tuple[ExportOptions, list[str], list[str]]


def render(item: ExportItem, context: Context) -> tuple[dict[str, Any], dict[str, int]]:
    """Both forms of one document (runs in export workers).

    Both forms are UTF-8 bytes (they cross processes as such). Token rows
    are encoded here when every tag has an id already; rows with
    a label the schema lacks go back as names, for the writer to number.
    """
    return _payload(item.document, item.spans, item.relations,
                    curated_sources(item.annotations), context, _STATUS_OF_MODEL), {}


def render_stored(project: Project, doc_id: str, who: str, options: ExportOptions,
                  context: Context) -> Rendered | None:
    """:func:`render` of a document read from its stored records, or None to leave it to
    the model path (:mod:`~annotator.formats.codecs.stored`)."""
    stored = load_stored(project, doc_id, who, options)
    if stored is None:
        return None
    return stored.rendered(_payload(stored.document, stored.spans, stored.relations,
                                    stored.curated_from, context, _STATUS_OF_STORED), options)


def _payload(doc: Document, spans: Sequence[Any], relations: Sequence[Any],
             curated_from: list[str], context: Context, status_of: Callable[[Any], str]
             ) -> dict[str, Any]:
    options, ner_labels, claim_labels = context
    rows = token_rows(doc.id, doc.text, spans)
    ner, claim = TagNames(ner_labels), TagNames(claim_labels)
    known = ner.knows(set().union(*(r["ner_tags"] for r in rows))) and \
        claim.knows(set().union(*(r["claim_tags"] for r in rows)))
    return {
        "spans": compact_line(span_row(doc, spans, relations, options.include_suggestions,
                                       status_of)),
        "tokens": encode_rows(rows, ner, claim) if known else rows,
        "sentences": len(rows), "tokens_count": sum(len(r["tokens"]) for r in rows),
        "labels": [s.label for s in spans], "relations": [r.type for r in relations],
        "curated_from": curated_from,
    }


class _Stats:
    """Counts for the dataset card."""

    def __init__(self) -> None:
        self.docs: Counter[str] = Counter()
        self.sentences: Counter[str] = Counter()
        self.tokens: Counter[str] = Counter()
        self.labels: Counter[str] = Counter()
        self.relations: Counter[str] = Counter()
        self.label_split: Counter[tuple[str, str]] = Counter()
        #: the annotators a curated layer was merged from (empty for an annotator's layer)
        self.curated_from: set[str] = set()


def export(project: Project, out: Path, options: ExportOptions, report: Report,
           progress: Progress | None = None) -> None:
    """Write the Hugging Face dataset folder ``out``."""
    schema = project.schema
    labels = list(options.labels) if options.labels is not None else schema.label_names
    ner_labels = [lab for lab in labels if lab not in CLAIM_LABELS]
    claim_labels = [lab for lab in labels if lab in CLAIM_LABELS]
    ner, claim = TagNames(ner_labels), TagNames(claim_labels)
    stats = _Stats()
    context = (options, ner_labels, claim_labels)
    with staged(out, folder=True) as tmp:
        files = {form: SplitFiles(tmp / form, lambda s: f"{s or 'all'}.jsonl", binary=True)
                 for form in FORMS}
        try:
            if options.split is None:
                for f in files.values():
                    f.get(None)
            for done in render_items(project, options, report, progress, render, context,
                                     fast=render_stored):
                split = done.split or "all"
                payload = done.payload
                files["spans"].get(done.split).write(payload["spans"])
                tokens = payload["tokens"]
                files["tokens"].get(done.split).write(
                    tokens if isinstance(tokens, bytes)
                    else encode_rows(tokens, ner, claim))
                stats.docs[split] += 1
                stats.sentences[split] += payload["sentences"]
                stats.tokens[split] += payload["tokens_count"]
                for label in payload["labels"]:
                    stats.labels[label] += 1
                    stats.label_split[(label, split)] += 1
                stats.relations.update(payload["relations"])
                stats.curated_from.update(payload["curated_from"])
            splits = [s or "all" for s in files["spans"].splits]
        finally:
            for f in files.values():
                f.close()
        names = {"ner_tags": ner.names, "claim_tags": claim.names, "span_labels": labels,
                 "relation_types": [r.name for r in schema.relation_types]}
        with open_text(tmp / "labels.json") as handle:
            handle.write(json.dumps(names, ensure_ascii=False, indent=1) + "\n")
        with open_text(tmp / "README.md") as handle:
            handle.write(dataset_card(project.name, schema, options, stats, splits, names,
                                      options.annotator or project.annotator))


def _yaml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def _card_header(name: str, splits: list[str], names: dict[str, list[str]]) -> list[str]:
    order = [s for s in ("all", *SPLIT_NAMES) if s in splits]
    lines = ["---", "language:", "- ar", f"pretty_name: {_yaml_str(name)}",
             "task_categories:", "- token-classification", "configs:"]
    for form in FORMS:
        lines += [f"- config_name: {form}", "  data_files:"]
        for s in order:
            lines += [f"  - split: {'train' if s == 'all' else s}",
                      f"    path: {form}/{s}.jsonl"]
    lines += ["dataset_info:", "- config_name: tokens", "  features:",
              "  - name: id", "    dtype: string", "  - name: document_id", "    dtype: string",
              "  - name: sentence", "    dtype: int64",
              "  - name: tokens", "    sequence: string"]
    for col in ("ner_tags", "claim_tags"):
        lines += [f"  - name: {col}", "    sequence:", "      class_label:", "        names:"]
        lines += [f"          '{i}': {_yaml_str(n)}" for i, n in enumerate(names[col])]
    lines += ["  - name: token_starts", "    sequence: int64",
              "  - name: token_ends", "    sequence: int64", "---", ""]
    return lines


def dataset_card(name: str, schema: LabelSchema, options: ExportOptions, stats: _Stats,
                 splits: list[str], names: dict[str, list[str]], annotator_name: str) -> str:
    """The README.md dataset card: counts, label distribution, schema, guidelines, provenance."""
    lines = _card_header(name, splits, names)
    lines += [f"# {name}", "",
              "Arabic news text annotated for actors, locations, claims and their sources.", "",
              "## Configurations", "",
              "- `spans`: one document a row: `text`, `spans` (`start`/`end` are Python code-point "
              "offsets, end-exclusive; `text[start:end] == span.text` was checked for every span), "
              "`relations` (`head`/`tail` are span ids); `attributes` are JSON strings.",
              "- `tokens`: one sentence a row, clitic-split tokens (proclitics و ف ب ل ك cut "
              "off, every span covers whole tokens), `ner_tags` (outer layer of entity spans, "
              "IOB2) and `claim_tags` (claims, IOB2) as ids into `labels.json`; "
              "`token_starts`/`token_ends` map each token back to the document.", "",
              "```python", "import datasets, json",
              "ds = datasets.load_dataset(\"json\", data_files=\"tokens/"
              f"{'all' if 'all' in splits else 'train'}.jsonl\")",
              "names = json.load(open(\"labels.json\"))[\"ner_tags\"]",
              "ds = ds.cast_column(\"ner_tags\",",
              "                    datasets.Sequence(datasets.ClassLabel(names=names)))",
              "```", "", "## Counts", "",
              "| split | documents | sentences | tokens |", "| --- | --- | --- | --- |"]
    for s in splits:
        lines.append(f"| {s} | {stats.docs[s]} | {stats.sentences[s]} | {stats.tokens[s]} |")
    lines += ["", "## Label distribution", "",
              "| label | " + " | ".join(splits) + " | total |",
              "| --- |" + " --- |" * (len(splits) + 1)]
    for label in sorted(stats.labels, key=lambda lab: -stats.labels[lab]):
        cells = [str(stats.label_split[(label, s)]) for s in splits]
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {stats.labels[label]} |")
    lines += ["", "| relation | count |", "| --- | --- |"]
    lines += [f"| {t} | {n} |" for t, n in sorted(stats.relations.items())]
    lines += ["", "## Schema and guidelines", ""]
    for lab in schema.span_labels:
        lines.append(f"### {lab.name}")
        lines += ["", lab.description.get("en", ""), "", lab.description.get("ar", ""), ""]
        for a in lab.attributes:
            lines.append(f"- attribute `{a.name}`: {', '.join(a.values) or 'free text'}")
        lines.append("")
    for rel in schema.relation_types:
        heads, tails = "/".join(rel.head_labels) or "any", "/".join(rel.tail_labels) or "any"
        lines += [f"### {rel.name} ({heads} -> {tails})", "", rel.description.get("en", ""), "",
                  rel.description.get("ar", ""), ""]
    split_text = ("none" if options.split is None else
                  f"{'/'.join(f'{f:g}' for f in options.split)} by document, seed {options.seed}")
    lines += ["## How it was made", "",
              f"- exported {now_iso()} by annotator {annotator.__version__}",
              f"- annotations of: {annotator_name}"
              + (f", curated from the layers of {', '.join(sorted(stats.curated_from))}"
                 if stats.curated_from else ""),
              f"- documents: {options.documents}; labels: "
              f"{', '.join(options.labels) if options.labels is not None else 'all'}; "
              f"suggestions included: {'yes' if options.include_suggestions else 'no'}",
              f"- split: {split_text}", ""]
    return "\n".join(lines)


FORMAT = Format(
    "hf", "Hugging Face datasets folder: spans with offsets and token classification (IOB2), "
    "with a dataset card.", write=export, folder=True, holds="spans/, tokens/ and README.md")
