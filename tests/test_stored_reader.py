"""The exports' reader of stored records gives what the model path gives, or leaves it to it.

Each format's ``render_stored`` (gold JSONL, CoNLL, Hugging Face) must, for every
annotation file, either return exactly the model path's result (the same
bytes, counts, split) or None; and for files as this version writes them,
with spans that fit plainly, it must not leave the work to the model path
(or it would be no faster).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from annotator.core.model import Document, Status
from annotator.formats.codecs import conll, gold_jsonl, gold_record, hf
from annotator.formats.codecs.options import ExportOptions
from annotator.formats.codecs.parallel import _render_one
from annotator.formats.codecs.selection import ExportAborted, SkippedUnreadable, load_item
from annotator.formats.project import Project
from annotator.formats.report import Report
from tests.strategies import hostile_text

#: name -> (the model path's render, the stored reader, the context the export gives both
#: for these options)
FORMATS: dict[str, tuple[Any, Any, Any]] = {
    "jsonl": (gold_jsonl.render, gold_record.render_stored, lambda options: options),
    "conll": (conll.render, conll.render_stored, lambda _: (True, conll.VIEWS)),
    "conll-word": (conll.render, conll.render_stored, lambda _: (False, ("word",))),
    # one label of each kind known to the schema: tags of the others are numbered later
    "hf": (hf.render, hf.render_stored, lambda options: (options, ["ACTOR"], ["CLAIM"])),
}

WHO = "ana"
LABELS = ["ACTOR", "LOCATION", "CLAIM"]
STATUSES = [s.value for s in Status]
scores = st.one_of(st.none(), st.integers(-3, 3), st.floats(allow_nan=False, allow_infinity=False))


@st.composite
def stored_spans(draw: st.DrawFn, text: str) -> list[dict[str, Any]]:
    """Span dicts as an annotation file stores them, most fitting the text, some not."""
    spans = []
    for i in range(draw(st.integers(0, 6))):
        start = draw(st.integers(-1, len(text) + 1))
        end = draw(st.integers(start - 1, len(text) + 2))
        recorded = "x" if draw(st.integers(0, 9)) == 0 else text[max(0, start):max(0, end)]
        shared_id = draw(st.integers(0, 9)) == 0  # sometimes the id of span 0 again
        span = {"id": "s0" if shared_id else f"s{i}", "start": start, "end": end,
                "label": draw(st.sampled_from(LABELS)), "text": recorded,
                "attributes": draw(st.sampled_from([{}, {"type": "state"}])),
                "status": draw(st.sampled_from(STATUSES)), "origin": "model:x",
                "score": draw(scores), "created": "2026-01-01T00:00:00Z",
                "modified": "2026-01-01T00:00:00Z"}
        if draw(st.booleans()):
            span["canonical_id"] = draw(st.sampled_from(["", "c1", "s0"]))
        spans.append(span)
    return spans


@st.composite
def stored_relations(draw: st.DrawFn, span_ids: list[str]) -> list[dict[str, Any]]:
    ids = [*span_ids, "gone"]
    return [{"id": draw(st.sampled_from([f"r{i}", "r0"])), "type": "SOURCE",
             "head": draw(st.sampled_from(ids)), "tail": draw(st.sampled_from(ids)),
             "attributes": {}, "status": draw(st.sampled_from(STATUSES)), "origin": "",
             "score": draw(scores), "created": "", "modified": ""}
            for i in range(draw(st.integers(0, 4)))]


DAMAGE = ["none"] * 8 + ["key", "type", "status", "head", "curated", "review", "bool score",
                        "big int", "bom", "surrogate", "infinite", "int canonical", "version",
                        "no file"]


def _damage(kind: str, data: dict[str, Any]) -> None:
    """Make the file differ from what this version writes (the model path decides then), or
    carry what this version also writes (a curation note, review keys)."""
    spans = data["spans"]
    if kind == "key" and spans:
        spans[0]["extra"] = 1  # an unknown key: kept by the model in extra
    elif kind == "type" and spans:
        spans[0]["start"] = str(spans[0]["start"])
    elif kind == "status":
        data["status"] = "bogus"
    elif kind == "head":
        data["document_id"] = "another"
    elif kind == "curated":  # a curated layer: a note on the file, each span and relation
        data["curation"] = {"sources": ["ana", "bo"]}
        for item in [*spans, *data["relations"]]:
            item["curation"] = {"voters": ["ana"], "of": 2}
    elif kind == "review" and spans:
        spans[0].update(reviewed_by="ana", review_mode="bulk",
                        suggested_as={"start": 0, "end": 1, "label": "ACTOR"})
        for rel in data["relations"]:
            rel["reviewed_by"] = "ana"
    elif kind == "bool score" and spans:
        spans[0]["score"] = True  # the model takes it as a number
    elif kind == "big int" and spans:
        spans[0]["attributes"] = {"n": 2 ** 70}
    elif kind == "surrogate" and spans:
        spans[0]["label"] = "\ud800"
    elif kind == "int canonical" and spans:
        spans[0]["canonical_id"] = 5
    elif kind == "version":
        data["schema_version"] = 0


def _file_bytes(kind: str, data: dict[str, Any]) -> bytes:
    raw = json.dumps(data).encode("utf-8")
    if kind == "bom":
        return b"\xef\xbb\xbf" + raw
    if kind == "infinite" and data["spans"]:
        return raw.replace(b'"score": ', b'"score": 1e400, "x": ', 1)
    return raw


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text, st.data())
def test_stored_reader_gives_the_model_paths_result_or_leaves_it(fmt: str, text: str,
                                                                 data: st.DataObject) -> None:
    render, render_stored, context_of = FORMATS[fmt]
    spans = data.draw(stored_spans(text))
    file = {"schema_version": 1, "document_id": "d1", "annotator": WHO,
            "text_sha256": "", "status": data.draw(st.sampled_from(["new", "done"])),
            "spans": spans,
            "relations": data.draw(stored_relations([s["id"] for s in spans]))}
    damage = data.draw(st.sampled_from(DAMAGE))
    _damage(damage, file)
    options = ExportOptions(
        documents=data.draw(st.sampled_from(["all", "done"])),
        labels=data.draw(st.sampled_from([None, ["ACTOR"], ["ACTOR", "CLAIM"]])),
        include_suggestions=data.draw(st.booleans()), annotator=WHO,
        split=data.draw(st.sampled_from([None, (0.5, 0.25, 0.25)])))
    with tempfile.TemporaryDirectory() as folder:
        project = Project.create(Path(folder) / "p", annotator=WHO)
        doc = Document(id="d1", text=text, meta={"title": "t"})
        project.add_document(doc)
        file["text_sha256"] = project.load_document("d1").sha256
        path = project.annotations_path("d1", WHO)
        path.parent.mkdir(parents=True, exist_ok=True)
        if damage != "no file":  # a document nobody annotated yet
            path.write_bytes(_file_bytes(damage, file))
        context = context_of(options)
        fast = render_stored(Project.open(project.path, annotator=WHO), "d1", WHO, options,
                             context)
        model = _model_path(Project.open(project.path, annotator=WHO), options, render, context)
    event("stored reader took it" if fast is not None else "left to the model path")
    if fast is not None:
        assert fast == model
    elif model is not None and _as_written(damage, file, text):
        raise AssertionError("a file as this version writes it was left to the model path")


def _model_path(project: Project, options: ExportOptions, render: Any, context: Any) -> object:
    try:
        item = load_item(project, "d1", WHO, options, local := Report())
    except (ExportAborted, SkippedUnreadable):
        return None
    return None if item is None else _render_one(item, render, context, local)


#: Changes that leave a file as this version writes it.
AS_WRITTEN = {"none", "curated", "review", "big int", "no file"}


def _as_written(damage: str, file: dict[str, Any], text: str) -> bool:
    """Whether the file is one this version writes, with every span plainly inside the text."""
    if damage == "no file":
        return True
    spans = file["spans"]
    return damage in AS_WRITTEN and len({s["id"] for s in spans}) == len(spans) \
        and len({r["id"] for r in file["relations"]}) == len(file["relations"]) \
        and all(type(s["start"]) is int and 0 <= s["start"] < s["end"] <= len(text)
                and text[s["start"]:s["end"]] == s["text"] and _plain_ends(text, s)
                for s in spans)


def _plain_ends(text: str, span: dict[str, Any]) -> bool:
    """Both ends of ``span`` on boundaries the fast check vouches for: next to ASCII letters."""
    return all(i in (0, len(text)) or text[i - 1].isascii() and text[i].isascii()
               and text[i].isalpha() for i in (span["start"], span["end"]))


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_document_of_the_sample_project_takes_the_stored_reader(fmt: str,
                                                                      sample_copy: Path) -> None:
    """On real data the fast path is taken for every annotated document, and agrees."""
    render, render_stored, context_of = FORMATS[fmt]
    project = Project.open(sample_copy)
    options = ExportOptions(documents="all", include_suggestions=True)
    context = context_of(options)
    compared = 0
    for who in project.annotators():
        for entry in project.documents():
            fast = render_stored(project, entry.id, who, options, context)
            item = load_item(project, entry.id, who, options, local := Report())
            if item is None or not item.spans:
                continue
            assert fast == _render_one(item, render, context, local), entry.id
            compared += 1
    assert compared >= 4
