"""Tokens and features of the CRF tagger (``annotator.suggest.crf``).

Tokens are clitic-split words (:func:`annotator.core.arabic.tokens`, with
the proclitics و ف ب ل ك split off by
:func:`annotator.core.arabic.proclitic_length`), grouped into sentences.
Features per token: normalised word, prefixes and suffixes (1-3 letters),
character trigrams, the article, clitic flags, shape (Arabic, Latin, digits,
punctuation), length, the neighbours within two tokens, and whether the
dictionary lexicon matches there (a gazetteer feature). Spans become BIO
tags per sentence and back (:func:`bio_tags`, :func:`decode`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotator.core.arabic import WORD_RE, normalize_query, proclitic_length, tokens, vocabulary
from annotator.suggest.dictionary import DictionaryMatcher

_SENTENCE_END = {".", "!", "?", "؟", "…"}


@dataclass(frozen=True)
class Piece:
    """A clitic-split token: ``text[start:end]``, normalised form and clitic flags."""

    start: int
    end: int
    norm: str
    clitic: bool = False
    after_clitic: bool = False


def _split_word(word: str, vocab: frozenset[str]) -> int:
    """Proclitic length of ``word`` with the document's vocabulary as known words."""
    return proclitic_length(word, vocab)


def sentences(text: str, vocab: frozenset[str] | None = None) -> list[list[Piece]]:
    """Clitic-split tokens of ``text`` grouped into sentences (split at . ! ? ؟ and newlines)."""
    vocab = vocabulary(text) if vocab is None else vocab
    out: list[list[Piece]] = []
    current: list[Piece] = []
    prev_end = 0
    for tok in tokens(text):
        if current and "\n" in text[prev_end:tok.start]:
            out.append(current)
            current = []
        prev_end = tok.end
        if WORD_RE.fullmatch(tok.text):
            cut = _split_word(tok.text, vocab)
            if cut:
                current.append(Piece(tok.start, tok.start + cut,
                                     normalize_query(tok.text[:cut]), clitic=True))
                current.append(Piece(tok.start + cut, tok.end,
                                     normalize_query(tok.text[cut:]), after_clitic=True))
                continue
        current.append(Piece(tok.start, tok.end, normalize_query(tok.text) or tok.text))
        if tok.text in _SENTENCE_END:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def _shape(w: str) -> str:
    if not w:
        return "empty"
    if w.isdigit():
        return "digit"
    if all("\u0600" <= c <= "\u06ff" for c in w):
        return "arabic"
    if w.isascii() and w.isalpha():
        return "latin"
    if not any(c.isalnum() for c in w):
        return "punct"
    return "mixed"


def _token_features(p: Piece, prefix: str) -> list[str]:
    w = p.norm
    feats = [f"{prefix}w={w}", f"{prefix}shape={_shape(w)}",
             f"{prefix}p2={w[:2]}", f"{prefix}s2={w[-2:]}"]
    if p.clitic:
        feats.append(f"{prefix}clitic")
    if p.after_clitic:
        feats.append(f"{prefix}after_clitic")
    if w.startswith("ال"):
        feats.append(f"{prefix}al")
    return feats


def features(sentence: Sequence[Piece], lex_tags: Sequence[str] | None = None
             ) -> list[list[str]]:
    """CRFsuite features of each piece of a sentence (see the module docstring)."""
    out: list[list[str]] = []
    n = len(sentence)
    for i, p in enumerate(sentence):
        w = p.norm
        f = ["bias", f"len={min(len(w), 8)}"]
        f += _token_features(p, "")
        f += [f"p1={w[:1]}", f"p3={w[:3]}", f"s1={w[-1:]}", f"s3={w[-3:]}"]
        padded = f"<{w}>"
        f += [f"g3={padded[k:k + 3]}" for k in range(max(1, len(padded) - 2))]
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f += _token_features(sentence[j], f"{d:+d}:") if abs(d) == 1 else \
                    [f"{d:+d}:w={sentence[j].norm}"]
            else:
                f.append(f"{d:+d}:{'BOS' if d < 0 else 'EOS'}")
        if lex_tags is not None and lex_tags[i] != "O":
            f.append(f"lex={lex_tags[i]}")
            if i + 1 < n and lex_tags[i + 1] != "O":
                f.append(f"+1:lex={lex_tags[i + 1]}")
        out.append(f)
    return out


def lexicon_tags(matcher: DictionaryMatcher | None, text: str,
                  sents: Sequence[Sequence[Piece]]) -> list[list[str]] | None:
    """Per sentence and token, the dictionary's match there as a BIO tag (the gazetteer feature).

    Labels matching at one token are joined with ``|``; None without a dictionary.
    """
    if matcher is None:
        return None
    starts: dict[int, set[str]] = {}
    inside: dict[int, set[str]] = {}
    for m in matcher.match(text):
        starts.setdefault(m.start, set()).add(m.label)
        for pos in range(m.start + 1, m.end):
            inside.setdefault(pos, set()).add(m.label)
    out = []
    for sent in sents:
        tags = []
        for p in sent:
            if p.start in starts:
                tags.append("B-" + "|".join(sorted(starts[p.start])))
            elif p.start in inside:
                tags.append("I-" + "|".join(sorted(inside[p.start])))
            else:
                tags.append("O")
        out.append(tags)
    return out


def bio_tags(sentence: Sequence[Piece], spans: Iterable[tuple[int, int]]) -> list[str]:
    """B/I/O of each piece for the outermost of ``spans`` (pieces only partly inside are O)."""
    outer: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda x: (x[0], -x[1])):
        if outer and s < outer[-1][1]:
            continue
        outer.append((s, e))
    tags = ["O"] * len(sentence)
    k = 0
    for i, p in enumerate(sentence):
        while k < len(outer) and outer[k][1] <= p.start:
            k += 1
        if k < len(outer) and outer[k][0] <= p.start and p.end <= outer[k][1]:
            first = i == 0 or not (outer[k][0] <= sentence[i - 1].start)
            tags[i] = "B" if first else "I"
    return tags


def decode(sentence: Sequence[Piece], tags: Sequence[str],
           marginals: Sequence[float]) -> list[tuple[int, int, float]]:
    """(start, end, score) of the B/I runs in ``tags``; score = mean marginal of the run."""
    out: list[tuple[int, int, float]] = []
    i = 0
    while i < len(tags):
        if tags[i] in ("B", "I"):
            j = i + 1
            while j < len(tags) and tags[j] == "I":
                j += 1
            score = sum(marginals[i:j]) / (j - i)
            out.append((sentence[i].start, sentence[j - 1].end, score))
            i = j
        else:
            i += 1
    return out
