"""Small team projects built in code: documents and each annotator's spans and relations."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from annotator.core.edits import load_items
from annotator.core.model import AnnotationSet, DocStatus, Document, Relation, Span, Status
from annotator.formats.project import Project

# A span: (start, end, label) or (start, end, label, attributes) or with a status too.
SpanSpec = tuple[Any, ...]
# A relation: (type, head index, tail index) into the layer's span list.
RelSpec = tuple[str, int, int]


def build_layer(doc: Document, annotator: str, spans: Sequence[SpanSpec],
                relations: Sequence[RelSpec] = (), status: DocStatus = DocStatus.DONE
                ) -> AnnotationSet:
    """An annotation set of ``doc`` with the given spans (ids s0, s1, ...) and relations."""
    ann = AnnotationSet(document_id=doc.id, annotator=annotator, text_sha256=doc.sha256,
                        status=status)
    for i, spec in enumerate(spans):
        start, end, label = spec[:3]
        attrs = spec[3] if len(spec) > 3 else {}
        span_status = spec[4] if len(spec) > 4 else Status.ACCEPTED
        load_items(ann, spans=[Span(id=f"s{i}", start=start, end=end, label=label,
                                    text=doc.text[start:end], attributes=attrs,
                                    status=span_status)])
    load_items(ann, relations=[Relation(id=f"r{i}", type=rtype, head=f"s{head}", tail=f"s{tail}")
                               for i, (rtype, head, tail) in enumerate(relations)])
    return ann


def make_project(path: Path, texts: Mapping[str, str],
                 layers: Mapping[str, Mapping[str, Any]]) -> Project:
    """A project with ``texts`` {id: text} and ``layers`` {annotator: {doc id: spec}}.

    A spec is a list of spans, or a dict with "spans" and "relations".
    """
    project = Project.create(path, annotator="tester")
    docs = {}
    for doc_id, text in texts.items():
        docs[doc_id] = Document(id=doc_id, text=text)
        project.add_document(docs[doc_id])
    for name, per_doc in layers.items():
        for doc_id, spec in per_doc.items():
            if isinstance(spec, dict):
                ann = build_layer(docs[doc_id], name, spec.get("spans", []),
                                  spec.get("relations", []))
            else:
                ann = build_layer(docs[doc_id], name, spec)
            project.save_annotations(ann)
    return Project.open(path)
