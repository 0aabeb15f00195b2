"""Exports of a hostile synthetic project stay byte-identical across speed work.

The digests below were taken from the jsonl, conll and hf exports before
their fast paths were written (tokens as plain tuples, cached proclitic cuts,
rows formatted in one pass, a shared JSON encoder, a fast span check). Any
change to a byte of these exports fails here: if a format change is meant,
regenerate the digests with ``python -m tests.test_export_golden`` and say why
in the commit.
"""

# ruff: noqa: E501 (the digests)
from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest

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
            ann.spans[s.id] = s
        for k in range(min(3, len(spans) // 2)):
            head, tail = rng.sample(spans, 2)
            rel = Relation(id=f"r{d}-{k}", type=rng.choice(["SOURCE", "ABOUT"]), head=head.id,
                           tail=tail.id, status=rng.choice([Status.ACCEPTED, Status.SUGGESTED]),
                           origin="manual", created=STAMP, modified=STAMP)
            ann.relations[rel.id] = rel
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
               'README.md': 'b2e9f244df3483b00602d363fcf2cf8517d670c5de36e087e3c9cf517f3af625',
               'clitic.conll': 'ae9094f50ac8e5646033aa3e78e423cf506a828c0390a42a62b05e199972e6e6',
               'word.conll': '1bdd601ff9a7dbce50ee924cd9c10660178181b9f83561880361e02665d9ec89'},
 'conll/done-split': {'.annotator-export': '7e7a27e157abdb45ffa4d53e66de068b8ee7665d287d50fa8d6ee2a5922390ac',
                      'README.md': 'bd245d1283b7f6b6fd4af543ebd70ed1fa63c9fc80fd41f3dc72322e170abf55',
                      'clitic.dev.conll': 'ebbc8008c5edf9a541e075cc4304383631660c1568cc8398571ada6c650ec1be',
                      'clitic.test.conll': 'f13ebe0bc970777ea5a38e755c4fa4a8b79764f339d40d132067ed4cd7e049d0',
                      'clitic.train.conll': '968704d060ea773db25c9719eaee8f40ade213c9a77b585dceab6cc252b1eda5',
                      'word.dev.conll': '89d8b17369ef57aa7c9caf193abc557552a75d0414b16b5995e769bbe66d41e6',
                      'word.test.conll': 'a8493356d1825c7335d15cd3d52ccb87b54f33f260c662d8fc3d555e1eee7da3',
                      'word.train.conll': '7899297be6866e86ece958d52666af9bdacde4a29b937d33eca42de5882bb982'},
 'hf/all': {'.annotator-export': '029c62ba0fdc883dc3474023861115de1fdee55ba491b1ad0bf6e6f51e2fccc3',
            'README.md': '70878f1abfea2ea2106d2d5d66efd36aa263cf752eb496782dbebcfd41f9f894',
            'labels.json': '803a80288718f125030e776ad92eca358d055558d5ab3e5b4960783c1f3cc8bb',
            'spans/all.jsonl': '36a384f3a258741ccd1ee66581c9b764bca214dd47246c7d9094d6637ee4d28a',
            'tokens/all.jsonl': '3676a1cfddfd9552fb60a45c260bf8ebb13c7637d64b3b51769b0fa84b03d93b'},
 'hf/done-split': {'.annotator-export': 'ee7eca199f586e0d01a64b7d6a279315d36fc5011c5d4033f727ef2601d9fb83',
                   'README.md': '34d436329e800c2d354223c24452d5a576629bd7b351abe2c9ff17f1a9547ba2',
                   'labels.json': '803a80288718f125030e776ad92eca358d055558d5ab3e5b4960783c1f3cc8bb',
                   'spans/dev.jsonl': '9a3d932b757371e50f05c44f628d8e8a09ed46f08a6f8b5457f2c08ab1a1c183',
                   'spans/test.jsonl': '44961fa3d726e24e15136d0d53b74d1a0b354be81f24307d751a6cf993be207d',
                   'spans/train.jsonl': 'f059fc229f6487e986590a5e533a3e632bacb6a40b791c970ea4a30da68d5e64',
                   'tokens/dev.jsonl': '3d846210abc154ad32d7d6127035b0713fc0a5f6056f52bed154d36ba5b80f99',
                   'tokens/test.jsonl': '413d76746337307ec601d1911517c8883b5d0ee893d7bc5f64db605da016ed92',
                   'tokens/train.jsonl': '7c3e0b069ab04f824d8b43fc2fc6494fd6675a84aa705024ac17f0d57100649c'},
 'jsonl/all': {'': 'c889728e1d2e561103f0d3439dbb9e810603c10b4d325df4adcf375abb238c46'},
 'jsonl/done-split': {'.annotator-export': 'ed237721005dff2330374d10c8fa36c4ab09a8e158a5ba7c04a9342ab2b34c79',
                      'dev.jsonl': '8346e99b09f7beeda8018bda33d44a7e04279ed08531a3381a59c775c22985e6',
                      'test.jsonl': 'afaa7132dd3c3331002c6f4751f009ccce48a06b9e41718fc4d3589601a6bb1e',
                      'train.jsonl': 'b5627cf8f07cf4e6a61d4f7f60c568de817fcfd1427ba53aaeed6d3955d74b65'}}


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
