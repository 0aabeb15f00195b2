"""CRF model suggester: clitic-split tokens, cross-validated training, sensible predictions."""

from __future__ import annotations

import json
import random
import signal
from pathlib import Path

import pytest

from annotator import cli
from annotator.core.model import DocStatus, Document
from annotator.formats.errors import WriteError
from annotator.suggest import crf
from annotator.suggest.base import SuggestError
from annotator.suggest.crf import (
    MODEL_DIR,
    CRFSuggester,
    TrainingCancelled,
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
    assert (project.path / MODEL_DIR / meta["models"]["LOCATION"]).is_file()
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


# ------------------------------------------------------------------ stopping and the files


def _model_files(project) -> dict[str, bytes | None]:
    """Everything under ``models/`` (relative path -> bytes, None for a folder): the
    installed model, and anything a training left behind."""
    root = project.path / "models"
    return {str(p.relative_to(root)): p.read_bytes() if p.is_file() else None
            for p in sorted(root.rglob("*"))}


class _StopLater:
    """``progress`` and ``should_stop`` for one training: stop at the ``calls``-th check
    made once progress reached step ``from_step`` (step ``folds`` is the final fit)."""

    def __init__(self, from_step: int, calls: int, stop: type[BaseException] | None = None
                 ) -> None:
        self.from_step, self.calls, self.stop = from_step, calls, stop
        self.step = -1
        self.checks = 0

    def progress(self, done: int, _total: int) -> None:
        self.step = done

    def should_stop(self) -> bool:
        if self.step >= self.from_step:
            self.checks += 1
        if self.checks < self.calls:
            return False
        if self.stop is not None:
            raise self.stop()
        return True


def _raised_inside_crfsuite(excinfo: pytest.ExceptionInfo) -> bool:
    """True when the exception came from the trainer's log callback (inside one fit)."""
    return any(entry.name == "message" and entry.path == Path(crf.__file__)
               for entry in excinfo.traceback)


@pytest.mark.parametrize(("from_step", "where"), [(0, "first fold"), (3, "final fit")])
def test_cancelling_inside_a_fit_keeps_the_installed_model(trained, from_step, where):
    project, _ = trained
    before = _model_files(project)
    # 12 documents are prepared (one check each) before the optimiser starts logging.
    stopper = _StopLater(from_step, calls=40)
    with pytest.raises(TrainingCancelled, match="previous model is unchanged") as excinfo:
        train(project, folds=3, progress=stopper.progress, should_stop=stopper.should_stop)
    assert stopper.step == from_step, where
    assert _raised_inside_crfsuite(excinfo)
    assert _model_files(project) == before  # byte for byte; no leftover staging folder
    assert CRFSuggester.load(project).tagger.labels == ["ACTOR", "LOCATION"]


def test_ctrl_c_inside_the_final_fit_keeps_the_installed_model(trained):
    project, _ = trained
    before = _model_files(project)
    stopper = _StopLater(3, calls=40, stop=KeyboardInterrupt)
    with pytest.raises(KeyboardInterrupt) as excinfo:
        train(project, folds=3, progress=stopper.progress, should_stop=stopper.should_stop)
    assert _raised_inside_crfsuite(excinfo)
    assert _model_files(project) == before


def test_a_failure_while_switching_models_keeps_the_installed_model(trained, monkeypatch):
    project, _ = trained
    before = _model_files(project)

    def disk_full(out_dir, report, lexicon):
        raise WriteError(out_dir / "meta.json", "No space left on device")

    monkeypatch.setattr(crf, "_write_meta", disk_full)  # the new files are in place by now
    with pytest.raises(WriteError):
        train(project, folds=3)
    assert _model_files(project) == before


def test_retraining_replaces_the_model_files_named_in_meta(trained):
    project, _ = trained
    old = load_metadata(project)["models"]
    # An older layout (or a crash) left a file meta.json does not name: it goes too.
    (project.path / MODEL_DIR / "STALE.crfsuite").write_bytes(b"old")
    train(project, folds=3)
    new = load_metadata(project)["models"]
    assert new.keys() == old.keys() and not set(new.values()) & set(old.values())
    assert sorted(_model_files(project)) == sorted(
        [f"crf/{name}" for name in new.values()] + ["crf", "crf/meta.json"])


def test_ctrl_c_in_annotator_train_says_the_model_is_unchanged(trained, monkeypatch, capsys):
    project, _ = trained
    before = _model_files(project)
    message = crf.CancellableTrainer.message
    interrupted: list[bool] = []

    def ctrl_c_once(self, text):
        if not interrupted:
            interrupted.append(True)
            signal.raise_signal(signal.SIGINT)  # what the terminal sends on Ctrl+C
        message(self, text)

    monkeypatch.setattr(crf.CancellableTrainer, "message", ctrl_c_once)
    assert cli.main(["train", str(project.path), "--folds", "3"]) == 130
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [
        "annotator: training cancelled; the previous model is unchanged"]
    assert _model_files(project) == before
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
