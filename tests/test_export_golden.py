"""Exports of a hostile synthetic project stay byte-identical across speed work.

The digests below were taken from the jsonl, conll and hf exports before
their fast paths were written (tokens as plain tuples, cached proclitic cuts,
rows formatted in one pass, a shared JSON encoder, a fast span check). Any
change to a byte of these exports fails here: if a format change is meant,
regenerate the digests with ``python -m tests.test_export_golden`` and say why
in the commit. Changed on purpose once since (issue 14 item 20): CoNLL ``-DOCSTART-``
lines carry as many columns as token lines, and the clitic view (CoNLL, HF tokens)
keeps a proclitic-looking first letter on which a span starts. And the
``.annotator-export`` marker of folder exports lists the files the export
wrote (issue 14 item 2), so a re-export replaces only those. And JSONL lines are
compact JSON, without spaces after ``,`` and ``:`` (issue 14's JSONL export speed:
orjson writes them), with the same values; the HF export's spans and tokens
rows too (a third of its time was :mod:`json`'s encoder), same values.
"""

# ruff: noqa: E501 (the digests)
from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest

from annotator.core.edits import load_items
from annotator.core.model import AnnotationSet, DocStatus, Document, Relation, Span, Status
from annotator.core.text import boundary_problem
from annotator.formats.export import ExportOptions, export_project
from annotator.formats.project import Project

ANNOTATOR = "golden"
STAMP = "2026-01-01T00:00:00Z"

# Arabic words with and without proclitics and the article, tashkeel, tatweel, digits,
# emoji (with ZWJ sequences, skin tones and flags), Latin, punctuation that does and does
# not end sentences (3.5 is no sentence end), and line breaks.
PIECES = ["والجزائر", "وزيرُ", "الخارجيةِ", "بالقاهرة", "لإسرائيل", "فقال", "كالعادة", "و",
          "ليبيا", "مصدر", "أمني", "رفيع", "قالَ", "أكّد", "ســلام", "٣٫٥", "3.5", "2026",
          "😀", "👩‍👩‍👧", "👍🏽", "🇩🇿🇪🇬", "🇩🇿", "e\u0301", "ZWJ\u200dx", "NATO",
          ".", "؟", "!", "؛", "?", "،", "(", ")", "«", "»", ":", "\n", "\n\n", "-", "%"]
SEPARATORS = [" ", " ", " ", "", "  ", "\n"]
LABELS = ["ACTOR", "LOCATION", "CLAIM", "CUE", "CLAIM"]


def _text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 60)):
        parts.append(rng.choice(PIECES))
        parts.append(rng.choice(SEPARATORS))
    return "".join(parts)


def _spans(rng: random.Random, text: str, doc_no: int) -> list[Span]:
    ok = [i for i in range(len(text) + 1) if boundary_problem(text, i) is None]
    spans = []
    for k in range(rng.randint(0, 14) if len(ok) > 1 else 0):
        a, b = sorted(rng.sample(ok, 2))
        status = rng.choice([Status.ACCEPTED, Status.ACCEPTED, Status.SUGGESTED,
                             Status.REJECTED])
        spans.append(Span(
            id=f"s{doc_no}-{k}", start=a, end=b, label=rng.choice(LABELS), text=text[a:b],
            attributes={"type": "person"} if rng.random() < 0.3 else {},
            status=status, origin=rng.choice(["manual", "dictionary", "model"]),
            score=None if status is Status.ACCEPTED else round(rng.random(), 3),
            created=STAMP, modified=STAMP,
            canonical_id="actor:x" if rng.random() < 0.1 else None))
    return spans


def build(path: Path, n_docs: int = 60, seed: int = 5) -> Project:
    """A project of ``n_docs`` random hostile documents (deterministic for ``seed``)."""
    rng = random.Random(seed)
    project = Project.create(path, annotator=ANNOTATOR)
    for d in range(n_docs):
        doc = Document(id=f"doc {d}%/x" if d % 7 == 0 else f"doc-{d:03d}", text=_text(rng),
                       meta={"n": d})
        project.add_document(doc)
        ann = AnnotationSet(doc.id, ANNOTATOR, doc.sha256,
                            status=DocStatus.DONE if d % 3 else DocStatus.IN_PROGRESS)
        spans = _spans(rng, doc.text, d)
        for s in spans:
            load_items(ann, spans=[s])
        for k in range(min(3, len(spans) // 2)):
            head, tail = rng.sample(spans, 2)
            rel = Relation(id=f"r{d}-{k}", type=rng.choice(["SOURCE", "ABOUT"]), head=head.id,
                           tail=tail.id, status=rng.choice([Status.ACCEPTED, Status.SUGGESTED]),
                           origin="manual", created=STAMP, modified=STAMP)
            load_items(ann, relations=[rel])
        project.save_annotations(ann)
    return project


def digests(out: Path) -> dict[str, str]:
    """SHA-256 of every file of an export (the dataset card's date line left out)."""
    files = [out] if out.is_file() else sorted(p for p in out.rglob("*") if p.is_file())
    result = {}
    for p in files:
        data = p.read_bytes()
        if p.name == "README.md" and (p.parent / "labels.json").exists():
            data = b"\n".join(line for line in data.split(b"\n")
                              if not line.startswith(b"- exported "))
        result["" if p == out else str(p.relative_to(out))] = hashlib.sha256(data).hexdigest()
    return result


CASES = {
    "all": ExportOptions(documents="all", include_suggestions=True, annotator=ANNOTATOR),
    "done-split": ExportOptions(documents="done", include_suggestions=False,
                                split=(0.6, 0.2, 0.2), seed=3, annotator=ANNOTATOR),
}


def export_digests(project: Project, root: Path) -> dict[str, dict[str, str]]:
    """Digests of the jsonl, conll and hf exports of ``project`` for every case."""
    out = {}
    for case, options in CASES.items():
        for fmt in ("jsonl", "conll", "hf"):
            target = root / f"{fmt}-{case}"
            export_project(project, fmt, target, options)
            out[f"{fmt}/{case}"] = digests(target)
    return out


GOLDEN: dict[str, dict[str, str]] = {'conll/all': {'.annotator-export': 'fb991c8d542849f59ec1223144efa8bf49a6d0a4277a95694162dda94ef7aa58',
               'README.md': '53baa0a29feb0cd338fb6878a7c8be1411c2542403e3dfdb475b7071775ce3cc',
               'clitic.conll': '562fa5eea5e74043816a0fdd2da42547d2ab971bd2d80259138a2fde1d1e84b0',
               'word.conll': 'bbc6f2a76ad433e16855a2fe8abeb314f91f4762363f4cf61b07866a44c94a22'},
 'conll/done-split': {'.annotator-export': '7e7a27e157abdb45ffa4d53e66de068b8ee7665d287d50fa8d6ee2a5922390ac',
                      'README.md': '9a61690ba90500b8de2ee7558c60ab4f726f5502d87f161fd167c82b42e366bf',
                      'clitic.dev.conll': '12760b6994d57f2293ca3141c036cdcdafe63371b9256bd65038417beb060f7a',
                      'clitic.test.conll': '812e7cce349f7d649c7df1d99da3d93d4da6e7c62ce204e50f1c258c17023adc',
                      'clitic.train.conll': 'e16758dc124701528bbd13cb10a2182421d5b26e62984f5d1edec445502e7969',
                      'word.dev.conll': '2687faedde9926d0a5e909735a6e8a5cc0dfb5de19fcee9491807655a9d59fd0',
                      'word.test.conll': 'cd3fc7ef80c2fbc2753367584dc1a550ef429e1e9d3a58bbc1e3f67424877e4c',
                      'word.train.conll': 'ca6107829a01b33ec77d77c1a668ea0a5ef80c0e36984477d2664a1d5dab5228'},
 'hf/all': {'.annotator-export': '029c62ba0fdc883dc3474023861115de1fdee55ba491b1ad0bf6e6f51e2fccc3',
            'README.md': '61faca5e9bd4ee050d7bb1256290d565d40b9689c1651939a0e1bb123d9224e9',
            'labels.json': '803a80288718f125030e776ad92eca358d055558d5ab3e5b4960783c1f3cc8bb',
            'spans/all.jsonl': '9b545d36430062f4710d8af81f9dc8f97d768bb7397b1035612369cb837def0b',
            'tokens/all.jsonl': 'b1fdb704b18a7d215eaa72854996bf96d256f18f8882adfa954e4822426e4c15'},
 'hf/done-split': {'.annotator-export': 'ee7eca199f586e0d01a64b7d6a279315d36fc5011c5d4033f727ef2601d9fb83',
                   'README.md': '34d436329e800c2d354223c24452d5a576629bd7b351abe2c9ff17f1a9547ba2',
                   'labels.json': '803a80288718f125030e776ad92eca358d055558d5ab3e5b4960783c1f3cc8bb',
                   'spans/dev.jsonl': 'd6e0dcb218a4099435442d2e461fc62f7bea0e16f6a1f18da0e963bf44cf5839',
                   'spans/test.jsonl': '33b3aadf0c9bf8a4030a8c11a4293d3eae246173374570e1bbd0814b58d84422',
                   'spans/train.jsonl': '75ee24b0b700022b3bad1a7eaefbf35895af9caaed5cfe7fb87b60c017c41723',
                   'tokens/dev.jsonl': 'f0e4f12d004c384ac46a8ae6c6f787c62213799885586c7047a4a1b54e6d9fb0',
                   'tokens/test.jsonl': '144f83655186325473379d8db9159b54a4728f044cb994dbad36c95cc898743c',
                   'tokens/train.jsonl': 'e2ff67c0872d221629a5f8eb542043f8bcf851550b2c697dc9ed733ddfa387c5'},
 'jsonl/all': {'': '4b39dfdfde21122873399a6aa81f13644aaeab563d0e5ede2b45ea7320149e90'},
 'jsonl/done-split': {'.annotator-export': 'ed237721005dff2330374d10c8fa36c4ab09a8e158a5ba7c04a9342ab2b34c79',
                      'dev.jsonl': 'f8257d1cd2cf79889a6df964e8d907147fc0a1d2c34f07ba234fd20456eb0342',
                      'test.jsonl': 'bc23cf1dbdd6254a8ad54d6789565214ae07d0cd02deafb8dab35105c0eaf38d',
                      'train.jsonl': '79e123868a61788541d898f5021e22ee9492852376151fe92d43f421515ca4e7'}}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return build(tmp_path_factory.mktemp("golden") / "project")


def test_hostile_project_exports_are_byte_identical(project: Project, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNOTATOR_EXPORT_WORKERS", "0")
    got = export_digests(project, tmp_path)
    assert set(got) == set(GOLDEN)
    for key, files in GOLDEN.items():
        assert got[key] == files, key


if __name__ == "__main__":  # print the digests of the current code, to paste above
    import os
    import pprint
    import tempfile

    os.environ["ANNOTATOR_EXPORT_WORKERS"] = "0"
    with tempfile.TemporaryDirectory() as tmp:
        pprint.pprint(export_digests(build(Path(tmp) / "project"), Path(tmp) / "out"),
                      width=100)
