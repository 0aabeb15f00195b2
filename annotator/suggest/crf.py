"""The ``model`` suggester: a CRF sequence tagger trained on the project's accepted spans.

It learns whatever the accepted spans do; the guideline they follow is
``docs/GUIDELINE.md``.

Tokens are clitic-split words, so a span over ``الجزائر`` inside
``والجزائر`` is a sequence of whole tokens; tokens and their features are
in :mod:`annotator.suggest.crf_features`.

Spans nest (actors inside claims), so there is one BIO model per label,
each tagging that label's outermost spans. The training data is every
accepted span of the documents marked done or in progress.

Files: ``PROJECT/models/crf/meta.json`` (labels, training counts,
cross-validated precision/recall/F1 per label, the dictionary's scores on
the same held-out folds, ``is_recommended``, and the model file of each
label) and those files, ``<LABEL>.<generation>.crfsuite``. They live in the
project, not in ``.cache/``, so a trained model and the figures that
justify offering it travel with the project through git.

Training can be stopped (``should_stop``, checked between documents,
folds and optimiser iterations: :class:`TrainingCancelled`) and can fail
or crash at any point without harm: new model files get new names, and
the atomic replacement of ``meta.json`` is the one step that switches
from the old model to the new one (see :func:`_install`).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import secrets
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycrfsuite

from annotator.core.arabic import normalize_query, vocabulary
from annotator.core.model import AnnotationSet, DocStatus, Document, Span, Status, now_iso
from annotator.core.schema import LabelSchema
from annotator.core.text import span_problem
from annotator.formats.atomic import atomic_writer, dumps, fsync_path
from annotator.formats.errors import ProjectError
from annotator.formats.filenames import safe_stem
from annotator.formats.project import Project
from annotator.formats.report import Progress, no_progress
from annotator.suggest.base import (
    Evaluation,
    LabelScores,
    SuggesterBase,
    SuggestError,
    Suggestions,
    micro,
    suggested_span,
)
from annotator.suggest.crf_features import (
    bio_tags,
    decode,
    features,
    lexicon_tags,
    sentences,
)
from annotator.suggest.dictionary import DictionaryMatcher
from annotator.suggest.lexicon import Lexicon, LexiconError, default_lexicon_paths, load_lexicon

MODEL_DIR = Path("models") / "crf"
META_FILE = "meta.json"
FEATURES_VERSION = "1"
TRAIN_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 100,
                "feature.possible_transitions": True}

#: (document, its accepted spans): one training example.
Example = tuple[Document, Sequence[Span]]

#: Asked often during training (at least once per optimiser iteration); True stops it.
ShouldStop = Callable[[], bool]


def never_stop() -> bool:
    """A ``should_stop`` that never asks to stop."""
    return False


class TrainingCancelled(SuggestError):
    """Training stopped because ``should_stop`` said so; the installed model is unchanged."""

    def __init__(self) -> None:
        super().__init__("training cancelled; the previous model is unchanged")


def _stop_if_asked(should_stop: ShouldStop) -> None:
    if should_stop():
        raise TrainingCancelled()


# ------------------------------------------------------------------ the tagger


def known_words(examples: Sequence[Example], matcher: DictionaryMatcher | None = None
                ) -> frozenset[str]:
    """Normalised first words of the examples' spans and of the lexicon's entries.

    Passed to proclitic splitting as known words, so ``وقال`` splits into
    و + قال when قال was annotated somewhere, as the dictionary does.
    """
    words = {normalize_query(s.text.split()[0]) for _, spans in examples for s in spans
             if s.text.split()}
    if matcher is not None:
        words.update(key.split(" ")[0] for key in matcher.lexicon.entries)
    return frozenset(w for w in words if len(w) >= 2)


class CRFTagger:
    """Per-label CRF models, the lexicon for the gazetteer feature, known words for clitics."""

    def __init__(self, model_files: dict[str, Path], matcher: DictionaryMatcher | None,
                 known: frozenset[str] = frozenset()) -> None:
        self.labels = sorted(model_files)
        self.model_files = dict(model_files)
        self.matcher = matcher
        self.known = known
        self._taggers: dict[str, pycrfsuite.Tagger] = {}
        for label, path in model_files.items():
            tagger = pycrfsuite.Tagger()
            try:
                tagger.open(str(path))
            except (OSError, ValueError) as err:
                raise SuggestError(f"cannot read the trained model {path}: {err}; "
                                   "retrain with `annotator train PROJECT`") from err
            self._taggers[label] = tagger

    def predict(self, text: str) -> list[tuple[int, int, str, float]]:
        """(start, end, label, score) of every span the models find in ``text``."""
        sents = sentences(text, vocabulary(text) | self.known)
        lex = lexicon_tags(self.matcher, text, sents)
        out: list[tuple[int, int, str, float]] = []
        for k, sent in enumerate(sents):
            xseq = features(sent, lex[k] if lex else None)
            for label, tagger in self._taggers.items():
                tags = tagger.tag(xseq)
                if all(t == "O" for t in tags):
                    continue
                marg = [tagger.marginal(t, i) for i, t in enumerate(tags)]
                for s, e, score in decode(sent, tags, marg):
                    if span_problem(text, s, e) is None:
                        out.append((s, e, label, score))
        return out


class CancellableTrainer(pycrfsuite.Trainer):
    """A CRFsuite trainer that asks ``should_stop`` at every line of the optimiser's log.

    CRFsuite logs several lines per iteration; an exception raised from
    :meth:`message` aborts ``train()`` (no model file is written) and
    reaches its caller, so a stop takes effect within one iteration.
    """

    def __init__(self, should_stop: ShouldStop) -> None:
        super().__init__(verbose=False)
        self.should_stop = should_stop

    def message(self, message: str) -> None:
        """Raise :class:`TrainingCancelled` when asked to stop (the log itself is dropped)."""
        _stop_if_asked(self.should_stop)


def _train_label(xs: Sequence[pycrfsuite.ItemSequence], ys: list[list[str]], path: Path,
                 should_stop: ShouldStop = never_stop) -> bool:
    """Train one label's model to ``path``; False when there is no positive example."""
    if not any(t != "O" for y in ys for t in y):
        return False
    trainer = CancellableTrainer(should_stop)
    for x, y in zip(xs, ys, strict=True):
        trainer.append(x, y)
    trainer.set_params(TRAIN_PARAMS)
    trainer.train(str(path))
    return True


def _prepare(examples: Sequence[Example], labels: Sequence[str],
             matcher: DictionaryMatcher | None, known: frozenset[str],
             should_stop: ShouldStop = never_stop
             ) -> list[tuple[list[list[list[str]]], dict[str, list[list[str]]]]]:
    """Per example: features of each sentence, and the BIO tags per label."""
    out = []
    for doc, spans in examples:
        _stop_if_asked(should_stop)
        sents = sentences(doc.text, vocabulary(doc.text) | known)
        lex = lexicon_tags(matcher, doc.text, sents)
        xs = [features(s, lex[k] if lex else None) for k, s in enumerate(sents)]
        ys = {label: [bio_tags(s, [(sp.start, sp.end) for sp in spans if sp.label == label])
                      for s in sents] for label in labels}
        out.append((xs, ys))
    return out


def fit(examples: Sequence[Example], out_dir: Path, labels: Sequence[str],
        matcher: DictionaryMatcher | None, should_stop: ShouldStop = never_stop) -> CRFTagger:
    """Train one model per label on ``examples`` into ``out_dir``; the tagger using them.

    Raises :class:`TrainingCancelled` when ``should_stop`` turns true.
    """
    known = known_words(examples, matcher)
    prepared = _prepare(examples, labels, matcher, known, should_stop)
    files = _fit_prepared(prepared, out_dir, labels, should_stop)
    return CRFTagger(files, matcher, known)


def _fit_prepared(prepared: Sequence[tuple[list, dict[str, list]]], out_dir: Path,
                  labels: Sequence[str], should_stop: ShouldStop = never_stop
                  ) -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    xs = [pycrfsuite.ItemSequence(x) for ex, _ in prepared for x in ex]  # converted once
    for label in labels:
        ys = [y for _, tags in prepared for y in tags[label]]
        path = out_dir / f"{safe_stem(label)}.crfsuite"
        if _train_label(xs, ys, path, should_stop):
            files[label] = path
    return files


# ------------------------------------------------------------------ training with evaluation


@dataclass
class TrainReport:
    """What training found: cross-validated scores per label, and the dictionary's."""

    documents: int
    spans: int
    folds: int
    labels: list[str]
    model: dict[str, LabelScores] = field(default_factory=dict)
    dictionary: dict[str, LabelScores] = field(default_factory=dict)
    compared_labels: list[str] = field(default_factory=list)
    seconds: float = 0.0
    path: str = ""
    trained: str = ""
    models: dict[str, str] = field(default_factory=dict)
    known_words: list[str] = field(default_factory=list)

    @property
    def model_f1(self) -> float:
        """Micro F1 of the model over the compared labels."""
        return micro(self.model, self.compared_labels).f1

    @property
    def dictionary_f1(self) -> float:
        """Micro F1 of the dictionary over the compared labels."""
        return micro(self.dictionary, self.compared_labels).f1

    @property
    def is_recommended(self) -> bool:
        """True only when the model beats the dictionary on the held-out folds."""
        return self.model_f1 > self.dictionary_f1

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (what ``meta.json`` stores)."""
        return {"documents": self.documents, "spans": self.spans, "folds": self.folds,
                "labels": self.labels, "compared_labels": self.compared_labels,
                "model": {k: v.as_dict() for k, v in self.model.items()},
                "dictionary": {k: v.as_dict() for k, v in self.dictionary.items()},
                "model_f1": round(self.model_f1, 4),
                "dictionary_f1": round(self.dictionary_f1, 4),
                "is_recommended": self.is_recommended, "seconds": round(self.seconds, 2),
                "trained": self.trained}

    def lines(self) -> list[str]:
        """A readable summary: one line per label, then the verdict."""
        out = [f"trained on {self.documents} documents, {self.spans} spans; "
               f"{self.folds}-fold cross-validation ({self.seconds:.1f} s)",
               f"{'label':<10} {'P':>6} {'R':>6} {'F1':>6}   dictionary P/R/F1"]
        for label in self.labels:
            m = self.model.get(label, LabelScores(label))
            d = self.dictionary.get(label)
            dtext = f"{d.precision:.2f}/{d.recall:.2f}/{d.f1:.2f}" if d else "-"
            out.append(f"{label:<10} {m.precision:6.2f} {m.recall:6.2f} {m.f1:6.2f}   {dtext}")
        verdict = "offered by default" if self.is_recommended else \
            "not offered by default (the dictionary does as well or better)"
        out.append(f"micro F1 on {', '.join(self.compared_labels)}: model {self.model_f1:.2f}, "
                   f"dictionary {self.dictionary_f1:.2f} -> {verdict}")
        return out


def _folds(n: int, k: int, seed: int = 13) -> list[list[int]]:
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def evaluate(examples: Sequence[Example], labels: Sequence[str], folds: int,
             matcher: DictionaryMatcher | None, progress: Progress = no_progress,
             should_stop: ShouldStop = never_stop,
             ) -> tuple[dict[str, LabelScores], dict[str, LabelScores]]:
    """Cross-validated (model scores, dictionary scores) per label, exact span match."""
    model_eval, dict_eval = Evaluation(), Evaluation()
    parts = _folds(len(examples), folds)
    with tempfile.TemporaryDirectory(prefix="annotator-crf-") as tmp:
        for k, held in enumerate(parts):
            progress(k, folds + 1)
            held_set = set(held)
            train = [examples[i] for i in range(len(examples)) if i not in held_set]
            tagger = fit(train, Path(tmp) / f"fold{k}", labels, matcher, should_stop)
            for i in held:
                _stop_if_asked(should_stop)
                doc, spans = examples[i]
                gold = [s.key for s in spans if s.label in labels]
                predicted = [(s, e, lab) for s, e, lab, _ in tagger.predict(doc.text)]
                model_eval.add(gold, predicted, labels)
                if matcher is not None:
                    dict_eval.add(gold, [(m.start, m.end, m.label)
                                         for m in matcher.match(doc.text)], labels)
    return model_eval.scores, dict_eval.scores


def train_examples(examples: Sequence[Example], out_dir: Path, *, folds: int = 5,
                   lexicon: Lexicon | None = None, progress: Progress = no_progress,
                   should_stop: ShouldStop = never_stop) -> TrainReport:
    """Cross-validate on ``examples``, then train on all of them into ``out_dir``.

    Raises :class:`TrainingCancelled` when ``should_stop`` turns true; like
    any other failure, that leaves the model installed in ``out_dir`` as it was.
    """
    examples = [(d, [s for s in spans]) for d, spans in examples if spans]
    if len(examples) < 2:
        raise SuggestError(f"training needs at least 2 documents with accepted spans; found "
                           f"{len(examples)}. Mark annotated documents done or in progress.")
    started = time.perf_counter()
    labels = sorted({s.label for _, spans in examples for s in spans})
    matcher = DictionaryMatcher(lexicon) if lexicon is not None and len(lexicon) else None
    folds = max(2, min(folds, len(examples)))
    model_scores, dict_scores = evaluate(examples, labels, folds, matcher, progress,
                                         should_stop)
    shared = [lab for lab in labels if lexicon is not None and lab in lexicon.labels]
    report = TrainReport(documents=len(examples), spans=sum(len(s) for _, s in examples),
                         folds=folds, labels=labels, model=model_scores,
                         dictionary=dict_scores if matcher else {},
                         compared_labels=shared or labels, trained=now_iso())
    progress(folds, folds + 1)
    with _staging_dir(out_dir) as staging:
        tagger = fit(examples, staging, labels, matcher, should_stop)
        report.path = str(out_dir)
        report.known_words = sorted(tagger.known)
        report.seconds = time.perf_counter() - started
        _install(tagger.model_files, out_dir, report, lexicon)
    progress(folds + 1, folds + 1)
    return report


@contextlib.contextmanager
def _staging_dir(out_dir: Path) -> Iterator[Path]:
    """A temporary folder beside ``out_dir`` (same file system), removed afterwards."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".crf-", dir=out_dir.parent,
                                     ignore_cleanup_errors=True) as tmp:
        yield Path(tmp)


def _install(staged: dict[str, Path], out_dir: Path, report: TrainReport,
             lexicon: Lexicon | None) -> None:
    """Move the ``staged`` model files into ``out_dir`` and switch ``meta.json`` to them.

    The new files get names no file there has (a new generation), so the
    installed model's files are never overwritten; the atomic replacement
    of ``meta.json`` that names them is the switch. Before it, the old
    model stays complete and in use; after it, the new one is. Either way
    the files ``meta.json`` does not name are removed at the end.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    generation = _new_generation(out_dir)
    added: list[Path] = []
    try:
        for label, path in staged.items():
            target = out_dir / f"{path.stem}.{generation}{path.suffix}"
            fsync_path(path)
            os.replace(path, target)
            added.append(target)
            report.models[label] = target.name
        fsync_path(out_dir)
        _write_meta(out_dir, report, lexicon)
    finally:
        _remove_unused(out_dir, added)


def _new_generation(out_dir: Path) -> str:
    """A tag no model file in ``out_dir`` carries yet."""
    while True:
        generation = secrets.token_hex(4)
        if not any(out_dir.glob(f"*.{generation}.crfsuite")):
            return generation


def _remove_unused(out_dir: Path, added: Sequence[Path]) -> None:
    """Delete the model files in ``out_dir`` that its ``meta.json`` does not name.

    After a switch that is the old model; after a failure, the files this
    training ``added`` (and leftovers of an earlier crash). When
    ``meta.json`` cannot be read, only ``added`` is removed.
    """
    meta = _read_meta(out_dir)
    used = {name for name in meta["models"].values() if isinstance(name, str)} \
        if meta is not None else set()
    for path in out_dir.glob("*.crfsuite") if meta is not None else added:
        if path.name not in used:
            with contextlib.suppress(OSError):
                path.unlink()


def _write_meta(out_dir: Path, report: TrainReport, lexicon: Lexicon | None) -> None:
    meta = {"features_version": FEATURES_VERSION, **report.as_dict(),
            "models": report.models, "known_words": report.known_words,
            "lexicon": {"fingerprint": lexicon.fingerprint() if lexicon else None,
                        "entries": len(lexicon) if lexicon else 0},
            "params": TRAIN_PARAMS}
    with atomic_writer(out_dir / META_FILE) as handle:
        handle.write(dumps(meta))


# ------------------------------------------------------------------ the project side


def project_lexicon(project: Project) -> Lexicon | None:
    """The dictionary suggester's lexicon for ``project`` (None when it cannot be read)."""
    from annotator.suggest.lexicon import project_lexicon_paths
    try:
        return load_lexicon(default_lexicon_paths() +
                            project_lexicon_paths(project.path, project.settings))
    except LexiconError:
        return None


def training_examples(project: Project, annotator: str | None = None) -> list[Example]:
    """Accepted spans of documents marked done or in progress (all annotators when None).

    A document annotated by several people is used once, from the first
    annotator (by name) who has it done or in progress.
    """
    out: list[Example] = []
    entries = project.documents()
    # by name: the index keys layers by folder, which for some names is not a name
    everyone = [annotator] if annotator else project.annotators()
    for entry in entries:
        for who in everyone:
            if annotator is None and entry.status_for(who) not in (DocStatus.DONE,
                                                                   DocStatus.IN_PROGRESS):
                continue
            try:
                doc = project.load_document(entry.id)
                ann = project.load_annotations(doc, who)
            except ProjectError:
                continue
            if ann.status not in (DocStatus.DONE, DocStatus.IN_PROGRESS):
                continue
            spans = [s for s in ann.spans.values() if s.status is Status.ACCEPTED]
            if spans:
                out.append((doc, spans))
                break
    return out


def train(project: Project, folds: int = 5, *, annotator: str | None = None,
          progress: Progress = no_progress, should_stop: ShouldStop = never_stop
          ) -> TrainReport:
    """Train the project's model on its accepted spans; cross-validate; compare with dictionary.

    Saves the models and ``meta.json`` under ``PROJECT/models/crf/``. Raises
    :class:`SuggestError` when there is too little to learn from, and
    :class:`TrainingCancelled` when ``should_stop`` turns true; after either,
    and after any other failure, the previously installed model is unchanged.
    """
    examples = training_examples(project, annotator)
    return train_examples(examples, project.path / MODEL_DIR, folds=folds,
                          lexicon=project_lexicon(project), progress=progress,
                          should_stop=should_stop)


def load_metadata(project: Project) -> dict[str, Any] | None:
    """The trained model's ``meta.json``, or None when there is no usable model."""
    return _read_meta(project.path / MODEL_DIR)


def _read_meta(folder: Path) -> dict[str, Any] | None:
    """``folder/meta.json`` when it names model files (label -> file name), else None."""
    try:
        meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict) or not isinstance(meta.get("models"), dict) \
            or not meta["models"]:
        return None
    return meta


class CRFSuggester(SuggesterBase):
    """Suggests the spans the trained CRF models find."""

    name = "model"
    version = "crf" + FEATURES_VERSION

    def __init__(self, tagger: CRFTagger, schema: LabelSchema | None = None,
                 meta: dict[str, Any] | None = None) -> None:
        self.tagger = tagger
        self.schema = schema
        self.meta = meta or {}

    @classmethod
    def load(cls, project: Project) -> CRFSuggester:
        """The project's trained model; :class:`SuggestError` when there is none."""
        meta = load_metadata(project)
        if meta is None:
            raise SuggestError("the model is not trained yet: run `annotator train PROJECT` "
                               "after annotating a few documents")
        folder = project.path / MODEL_DIR
        files = {label: folder / name for label, name in meta["models"].items()}
        missing = [str(p) for p in files.values() if not p.is_file()]
        if missing:
            raise SuggestError(f"model files are missing ({', '.join(missing)}); retrain with "
                               "`annotator train PROJECT`")
        lexicon = project_lexicon(project)
        matcher = DictionaryMatcher(lexicon) if lexicon is not None and len(lexicon) else None
        known = frozenset(w for w in meta.get("known_words") or () if isinstance(w, str))
        return cls(CRFTagger(files, matcher, known), project.schema, meta)

    def suggest_full(self, doc: Document, ann: AnnotationSet) -> Suggestions:
        """The models' spans in ``doc`` with their mean marginal probability as score."""
        spans = []
        for start, end, label, score in self.tagger.predict(doc.text):
            if self.schema is not None and self.schema.label(label) is None:
                continue
            spans.append(suggested_span(doc.text, start, end, label, origin=self.origin,
                                        score=score))
        return Suggestions(spans=tuple(spans))


__all__ = ["CRFSuggester", "CRFTagger", "CancellableTrainer", "TrainReport",
           "TrainingCancelled", "train", "train_examples", "training_examples",
           "load_metadata", "sentences", "features", "bio_tags", "decode"]
