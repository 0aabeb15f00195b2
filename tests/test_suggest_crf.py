"""CRF model suggester: clitic-split tokens, cross-validated training, sensible predictions."""

from __future__ import annotations

import json
import random

import pytest

from annotator.core.model import DocStatus, Document
from annotator.suggest.base import SuggestError
from annotator.suggest.crf import (
    MODEL_DIR,
    CRFSuggester,
    bio_tags,
    decode,
    load_metadata,
    sentences,
    train,
)
from annotator.suggest.runner import available_suggesters, run_suggester
from tests.suggest_support import annotate, make_project

# Invented place and person names, so the shipped lexicon cannot be what finds them.
PLACES = ["سمراند", "بلقيسا", "تورانة", "مرجانة", "قصرين الغرب", "زهرانة", "كوتالا", "نيفارا"]
PEOPLE = ["سليم الورفلي", "كريم العبيدي", "نادر الزاوي", "هشام القماطي"]
TEMPLATES = [
    "قال {p} إن الوفد وصل إلى {l} أمس.",
    "وأعلن {p} عن اجتماع في {l} الأسبوع المقبل.",
    "وشهدت مدينة {l} اشتباكات عنيفة، حسب {p}.",
]


def _doc(rng: random.Random, n: int = 3) -> tuple[str, list[tuple[str, str, int]]]:
    parts, spans = [], []
    for _ in range(n):
        place, person = rng.choice(PLACES), rng.choice(PEOPLE)
        parts.append(rng.choice(TEMPLATES).format(p=person, l=place))
    text = " ".join(parts)
    for name, label in [(x, "LOCATION") for x in PLACES] + [(x, "ACTOR") for x in PEOPLE]:
        for k in range(text.count(name)):
            spans.append((name, label, k + 1))
    return text, spans


@pytest.fixture()
def trained(tmp_path):
    rng = random.Random(4)
    docs = {f"d{i:02d}": _doc(rng) for i in range(14)}
    project = make_project(tmp_path, {k: v[0] for k, v in docs.items()})
    for doc_id, (_, spans) in docs.items():
        annotate(project, doc_id, spans,
                 status=DocStatus.DONE if doc_id < "d12" else DocStatus.NEW)
    return project, train(project, folds=3)


def test_tokens_are_clitic_split_and_spans_round_trip_through_bio():
    text = "وصل الوفد إلى والجزائر وبالقاهرة. ثم عاد"
    (first, second) = sentences(text)
    words = [text[p.start:p.end] for p in first]
    assert words[:6] == ["وصل", "الوفد", "إلى", "و", "الجزائر", "وب"]
    assert [text[p.start:p.end] for p in second] == ["ثم", "عاد"]
    place = (text.index("الجزائر"), text.index("الجزائر") + 7)
    tags = bio_tags(first, [place, (0, 3), (0, 9)])  # nested (0,3) inside (0,9) is dropped
    assert tags[:5] == ["B", "I", "O", "O", "B"]
    assert decode(first, tags, [1.0] * len(tags)) == [(0, 9, 1.0), (*place, 1.0)]


def test_training_reports_cross_validated_scores_and_saves_json_metadata(trained):
    project, report = trained
    assert report.documents == 12 and report.folds == 3
    assert report.labels == ["ACTOR", "LOCATION"]
    assert report.model["LOCATION"].f1 > 0.5
    assert report.compared_labels == ["ACTOR", "LOCATION"]
    meta = load_metadata(project)
    assert meta is not None and meta["models"].keys() == {"ACTOR", "LOCATION"}
    assert meta["is_recommended"] == report.is_recommended
    json.dumps(meta)  # plain JSON
    assert (project.path / MODEL_DIR / "LOCATION.crfsuite").is_file()
    assert any("micro F1" in line for line in report.lines())


def test_the_model_finds_an_unseen_place_in_a_known_context(trained):
    project, report = trained
    # The dictionary knows none of these names, so the model beats it and is offered.
    assert report.dictionary_f1 == 0.0 and report.is_recommended
    info = {i.name: i for i in available_suggesters(project)}
    assert info["model"].available and info["model"].recommended
    assert not info["dictionary"].recommended
    suggester = CRFSuggester.load(project)
    doc = Document(id="x", text="قال سليم الورفلي إن الوفد وصل إلى قرطاسة أمس.")
    from annotator.core.model import AnnotationSet
    spans = suggester.suggest(doc, AnnotationSet("x", "ali", doc.sha256))
    got = {(s.label, s.text) for s in spans}
    assert ("LOCATION", "قرطاسة") in got and ("ACTOR", "سليم الورفلي") in got
    assert all(0 < s.score <= 1 and s.origin == "model@crf1" for s in spans)


def test_run_model_on_unannotated_documents(trained):
    project, _ = trained
    # d12 and d13 carry hand-made spans but were not used for training (status new):
    # the model finds those spans again, and the merge does not duplicate them.
    report = run_suggester(project, "model", doc_ids=["d12", "d13"])
    assert report.done == ["d12", "d13"] and report.counts["already there"] >= 4


def test_too_little_data_is_a_clear_error(tmp_path):
    project = make_project(tmp_path, {"a": "قال سليم إن الوفد وصل"})
    annotate(project, "a", [("سليم", "ACTOR", 1)])
    with pytest.raises(SuggestError, match="at least 2 documents"):
        train(project)
