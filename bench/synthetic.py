"""Synthetic projects for benchmarks: Arabic-like news text with realistic hazards.

The text mixes what scraped Arabic news really contains and what breaks
offset code: tashkeel (combining marks), tatweel, words carrying proclitics
(و ف ب ل ك, وال, بال), lam-alef ligatures, emoji (astral characters, ZWJ
sequences, variation selectors, skin-tone modifiers), Latin words, ASCII and
Arabic-Indic digits, Arabic punctuation, newlines and paragraph breaks.

Spans always lie on word boundaries (and are checked with
:func:`annotator.core.text.span_problem`); they nest (actors inside claims)
and overlap (two claims sharing words); some are suggestions or rejected
suggestions with an origin and a score; claims are linked to actors with
SOURCE relations and sometimes to places with ABOUT.

Everything is drawn from one ``random.Random(seed)``, ids and timestamps
included, so a seed always produces byte-identical files.

Large projects are written directly (no fsync per file) with the very
serialisers :class:`~annotator.formats.project.Project` uses; the benchmark
smoke test checks that both paths produce identical bytes.
"""

from __future__ import annotations

import random
import sys
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.arabic import word_tokens
from annotator.core.model import AnnotationSet, DocStatus, Document, Relation, Span, Status
from annotator.core.text import span_problem
from annotator.formats.annotation_file import encode_annotations
from annotator.formats.atomic import dumps
from annotator.formats.errors import ProjectError
from annotator.formats.project import Project
from annotator.formats.serialize import document_record

# ------------------------------------------------------------------ vocabulary

_WORDS_TEXT = (
    "الجزائر ليبيا تونس المغرب مصر القاهرة طرابلس بنغازي سرت الرباط واشنطن باريس موسكو "
    "الحكومة الوزارة الرئيس الوزير الجيش الشرطة المعارضة البرلمان الأمم المتحدة الاتحاد "
    "الأوروبي الأفريقي مجلس الأمن الدولي وزارة الدفاع الداخلية الخارجية مصدر أمني رفيع "
    "قال أكد أشار أعلن كشف نفى أوضح صرح أفاد حسب وفق نقلا عن إن أن الذي التي هذا هذه "
    "في من إلى على مع بعد قبل خلال بين حول ضد منذ عند كما لكن حيث "
    "الانتخابات الاقتصاد النفط الغاز الحدود الساحل الهلال النفطي المنطقة العاصمة "
    "اجتماع مؤتمر اتفاق هجوم عملية مفاوضات أزمة قرار بيان تقرير مصادر مسؤول مسؤولون "
    "السلام الأمن الإسلام لإسرائيل الأزمة الإرهاب الآن لا إلا لأن لآخر الأطراف "
    "دونالد ترامب عبد المجيد تبون محمد أحمد علي حفتر الدبيبة السراج تنظيم داعش القاعدة "
    "يوم الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت العام الماضي المقبل "
    "مستشفى ميناء مطار جامعة شركة سوناطراك المؤسسة الوطنية للنفط"
)
_WORDS = _WORDS_TEXT.split()
_LATIN = ["Reuters", "AFP", "COVID-19", "UN", "Sonatrach", "Twitter", "AFRICOM", "GDP", "Wagner"]
_EMOJI = ["😀", "🇩🇿", "🇱🇾", "👨\u200d👩\u200d👧", "❤\ufe0f", "👍🏽", "🔥", "📢"]
_DIGITS_ASCII = "0123456789"
_DIGITS_ARABIC = "٠١٢٣٤٥٦٧٨٩"
_DIGITS_PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
_TASHKEEL = ["\u064e", "\u064f", "\u0650", "\u0652", "\u0651", "\u064b", "\u064c", "\u064d",
             "\u0651\u064e"]
_PROCLITICS = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب"]
_PUNCT = ["،", "،", ".", ".", "؛", "؟", ":", "!"]
_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإئؤةى"

_LABELS_WORDS = {"ACTOR": (1, 4), "LOCATION": (1, 3), "CUE": (1, 2), "CLAIM": (6, 25)}
_ACTOR_TYPES = ("person", "organisation", "state", "armed_group", "unnamed_source")
_CERTAINTY = ("CT+", "PR+", "PS+", "CT-", "PR-", "PS-", "CTu", "Uu")
_STAMP = "2026-01-15T09:30:00Z"


def _decorate(rng: random.Random, word: str) -> str:
    """A variant of ``word``: maybe with tashkeel, tatweel or a proclitic."""
    r = rng.random()
    if r < 0.12:  # tashkeel after some letters (never before the first letter)
        word = "".join(ch + (rng.choice(_TASHKEEL) if rng.random() < 0.4 else "")
                       for ch in word)
    elif r < 0.15 and len(word) > 3:  # tatweel inside the word
        i = rng.randrange(1, len(word) - 1)
        word = word[:i] + "\u0640" * rng.randint(1, 3) + word[i:]
    if rng.random() < 0.15:
        if word.startswith("ال") and rng.random() < 0.5:
            word = rng.choice(["و", "ف", "ب", "وب", "ك"]) + word  # والجزائر, بالقاهرة
        else:
            word = rng.choice(_PROCLITICS) + word
    return word


def _random_word(rng: random.Random) -> str:
    return "".join(rng.choice(_LETTERS) for _ in range(rng.randint(2, 7)))


def _number(rng: random.Random) -> str:
    digits = rng.choice((_DIGITS_ASCII, _DIGITS_ASCII, _DIGITS_ARABIC, _DIGITS_PERSIAN))
    return "".join(rng.choice(digits) for _ in range(rng.randint(1, 4)))


@dataclass
class _Pool:
    """Pre-made word variants, drawn from in bulk (keeps generation fast)."""

    words: list[str]

    @classmethod
    def make(cls, rng: random.Random, size: int = 6000) -> _Pool:
        words = []
        for _ in range(size):
            r = rng.random()
            if r < 0.80:
                base = rng.choice(_WORDS)
            elif r < 0.90:
                base = _random_word(rng)
            elif r < 0.94:
                words.append(rng.choice(_LATIN))
                continue
            elif r < 0.98:
                words.append(_number(rng))
                continue
            else:
                words.append(rng.choice(_EMOJI))
                continue
            words.append(_decorate(rng, base))
        return cls(words)


def make_text(rng: random.Random, pool: _Pool, chars: int) -> str:
    """About ``chars`` code points of news-like text with sentences and paragraphs."""
    parts: list[str] = []
    length = 0
    sentence = 0
    paragraph = 0
    while length < chars:
        words = rng.choices(pool.words, k=rng.randint(6, 24))
        if rng.random() < 0.15:  # a quotation
            i = rng.randrange(len(words))
            j = min(len(words), i + rng.randint(2, 8))
            words[i] = "«" + words[i]
            words[j - 1] = words[j - 1] + "»"
        piece = " ".join(words) + rng.choice(_PUNCT)
        sentence += 1
        paragraph += 1
        if paragraph >= rng.randint(3, 6):
            piece += "\n\n"
            paragraph = 0
        elif rng.random() < 0.1:
            piece += "\n"
        else:
            piece += " "
        parts.append(piece)
        length += len(piece)
    return "".join(parts).rstrip() + "\n"


# ------------------------------------------------------------------ spans


class _Ids:
    """Deterministic ids in the shape of :func:`annotator.core.model.new_id`."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def __call__(self, prefix: str) -> str:
        return f"{prefix}-{self._rng.getrandbits(48):012x}"


def _review(rng: random.Random) -> dict[str, Any]:
    r = rng.random()
    if r < 0.70:
        origin = rng.choice(["annotator:ali", "annotator:sara"])
        return {"status": Status.ACCEPTED, "origin": origin, "score": None}
    origin = rng.choice(["dictionary:actors", "model:camelbert-ner", "propagation"])
    score = round(rng.uniform(0.3, 0.99), 3)
    status = Status.SUGGESTED if r < 0.90 else Status.REJECTED
    return {"status": status, "origin": origin, "score": score}


def _attributes(rng: random.Random, label: str) -> dict[str, Any]:
    if label == "ACTOR" and rng.random() < 0.6:
        return {"type": rng.choice(_ACTOR_TYPES)}
    if label == "CLAIM":
        attrs: dict[str, Any] = {"quote": rng.choice(("direct", "indirect"))}
        if rng.random() < 0.7:
            attrs["certainty"] = rng.choice(_CERTAINTY)
        if rng.random() < 0.5:
            attrs["source_kind"] = rng.choice(("named_actor", "unnamed_source", "author"))
        return attrs
    return {}


def make_spans(rng: random.Random, text: str, n: int, ids: _Ids) -> list[Span]:
    """``n`` spans on word boundaries: nested, overlapping, some suggested or rejected."""
    toks = list(word_tokens(text))
    if not toks:
        return []
    starts = [t.start for t in toks]
    spans: list[Span] = []
    keys: set[tuple[int, int, str]] = set()
    claims: list[Span] = []
    attempts = 0
    while len(spans) < n and attempts < n * 20:
        attempts += 1
        if claims and rng.random() < 0.3:
            # Nested: an actor or cue inside an existing claim.
            outer = rng.choice(claims)
            lo, hi = bisect_left(starts, outer.start), bisect_left(starts, outer.end)
            label = rng.choice(("ACTOR", "CUE", "LOCATION"))
            i = rng.randrange(lo, hi)
            k = rng.randint(1, min(3, hi - i))
            start, end = toks[i].start, toks[i + k - 1].end
        elif claims and rng.random() < 0.08:
            # Overlapping: a second claim starting inside an existing one and running past it.
            outer = rng.choice(claims)
            lo, hi = bisect_right(starts, outer.start), bisect_left(starts, outer.end)
            if lo >= hi:
                continue
            i = rng.randrange(lo, hi)
            k = rng.randint(*_LABELS_WORDS["CLAIM"])
            label, start, end = "CLAIM", toks[i].start, toks[min(len(toks) - 1, i + k)].end
        else:
            label = rng.choices(("ACTOR", "LOCATION", "CLAIM", "CUE"), (5, 3, 2, 1))[0]
            lo, hi = _LABELS_WORDS[label]
            i = rng.randrange(len(toks))
            k = rng.randint(lo, hi)
            start, end = toks[i].start, toks[min(len(toks) - 1, i + k - 1)].end
        review = _review(rng)
        if review["status"] is not Status.REJECTED and (start, end, label) in keys:
            continue
        if span_problem(text, start, end) is not None:
            continue
        span = Span(id=ids("s"), start=start, end=end, label=label, text=text[start:end],
                    attributes=_attributes(rng, label), created=_STAMP, modified=_STAMP,
                    **review)
        if review["status"] is not Status.REJECTED:
            keys.add(span.key)
        spans.append(span)
        if label == "CLAIM":
            claims.append(span)
    return spans


def make_relations(rng: random.Random, spans: list[Span], ids: _Ids) -> list[Relation]:
    """SOURCE links from most claims to an actor, ABOUT links from some to a place."""
    actors = [s for s in spans if s.label == "ACTOR"]
    places = [s for s in spans if s.label == "LOCATION"]
    rels: list[Relation] = []
    for claim in (s for s in spans if s.label == "CLAIM"):
        review = _review(rng)
        if actors and rng.random() < 0.8:
            actor = min(rng.sample(actors, min(3, len(actors))),
                        key=lambda a: abs(a.start - claim.start))
            rels.append(Relation(id=ids("r"), type="SOURCE", head=claim.id, tail=actor.id,
                                 created=_STAMP, modified=_STAMP, **review))
        if places and rng.random() < 0.2:
            rels.append(Relation(id=ids("r"), type="ABOUT", head=claim.id,
                                 tail=rng.choice(places).id, created=_STAMP, modified=_STAMP,
                                 status=Status.ACCEPTED, origin="annotator:ali"))
    return rels


# ------------------------------------------------------------------ documents


def make_document(rng: random.Random, pool: _Pool, index: int, chars: int) -> Document:
    """Document number ``index``: a few ids are Arabic or hostile, to exercise safe file names."""
    if index % 97 == 5:
        doc_id = f"خبر-{index}"
    elif index % 211 == 7:
        doc_id = f"../scraped/{index}.txt"
    else:
        doc_id = f"doc-{index:06d}"
    text = make_text(rng, pool, chars)
    meta = {"title": f"خبر رقم {index} 📰", "source": rng.choice(["alwatan.dz", "libyaobserver.ly",
                                                                 "aljazeera.net"]),
            "date": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "url": f"https://example.org/news/{index}"}
    return Document(id=doc_id, text=text, meta=meta)


def make_annotations(rng: random.Random, doc: Document, n_spans: int, annotator: str,
                     ids: _Ids) -> AnnotationSet:
    """One annotator's annotations of ``doc`` with ``n_spans`` spans and their relations."""
    spans = make_spans(rng, doc.text, n_spans, ids)
    rels = make_relations(rng, spans, ids)
    status = rng.choices((DocStatus.NEW, DocStatus.IN_PROGRESS, DocStatus.DONE), (1, 2, 4))[0]
    return AnnotationSet(document_id=doc.id, annotator=annotator, text_sha256=doc.sha256,
                         spans={s.id: s for s in spans}, relations={r.id: r for r in rels},
                         status=status)


# ------------------------------------------------------------------ writing


def document_file_text(doc: Document) -> str:
    """Exactly what :meth:`Project.add_document` writes for ``doc``."""
    return dumps(document_record(doc))


def annotations_file_text(ann: AnnotationSet) -> str:
    """Exactly what :meth:`Project.save_annotations` writes for ``ann``."""
    return encode_annotations(ann).decode("utf-8")


def _write_plain(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


def _create(path: Path, annotator: str, name: str) -> Project:
    """A new project that opens with ``annotator`` (so its annotations show in the app)."""
    project = Project.create(path, annotator=annotator, name=name)
    project.settings["default_annotator"] = annotator
    project.save_project()
    return project


def make_project(path: Path | str, n_docs: int, spans_per_doc: int, chars_per_doc: int,
                 seed: int = 0, *, annotator: str = "bench", fast: bool | None = None
                 ) -> Project:
    """Create a synthetic project in ``path`` (which must not hold one) and open it.

    ``fast`` writes files directly, without an fsync per file, through the same
    serialisers as :class:`Project` (identical bytes); by default it is used
    for more than 50 documents. With ``fast=False`` every file goes through
    :meth:`Project.add_document` and :meth:`Project.save_annotations`.
    """
    path = Path(path)
    if fast is None:
        fast = n_docs > 50
    project = _create(path, annotator, f"synthetic-{seed}")
    rng = random.Random(seed)
    ids = _Ids(rng)
    pool = _Pool.make(rng)
    for index in range(n_docs):
        doc = make_document(rng, pool, index, chars_per_doc)
        ann = make_annotations(rng, doc, spans_per_doc, annotator, ids)
        if fast:
            _write_plain(project.document_path(doc.id), document_file_text(doc))
            _write_plain(project.annotations_path(doc.id, annotator), annotations_file_text(ann))
        else:
            project.add_document(doc)
            project.save_annotations(ann)
    return Project.open(path, annotator=annotator)


def make_big_document(path: Path | str, n_spans: int, chars: int, seed: int = 0,
                      *, annotator: str = "bench") -> tuple[Project, Document, AnnotationSet]:
    """A one-document project whose document holds ``n_spans`` spans (for save timing)."""
    project = _create(Path(path), annotator, "big-document")
    rng = random.Random(seed)
    ids = _Ids(rng)
    doc = make_document(rng, _Pool.make(rng), 0, chars)
    project.add_document(doc)
    project.save_annotations(make_annotations(rng, doc, n_spans, annotator, ids))
    project = Project.open(path, annotator=annotator)
    doc = project.load_document(doc.id)
    return project, doc, project.load_annotations(doc)


def main(argv: list[str] | None = None) -> int:
    """``python bench/synthetic.py DIR [--docs N] ...``: write a synthetic project to DIR."""
    import argparse

    parser = argparse.ArgumentParser(description="Write a synthetic annotation project.")
    parser.add_argument("path", type=Path, help="new project folder")
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--spans-per-doc", type=int, default=50)
    parser.add_argument("--chars-per-doc", type=int, default=1600)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--big-spans", type=int, default=0, metavar="N",
                        help="instead, one document holding N spans (about 55 characters each)")
    args = parser.parse_args(argv)
    try:
        if args.big_spans:
            make_big_document(args.path, args.big_spans, args.big_spans * 55, seed=args.seed)
        else:
            make_project(args.path, args.docs, args.spans_per_doc, args.chars_per_doc,
                         seed=args.seed)
    except ProjectError as err:
        print(f"synthetic: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
