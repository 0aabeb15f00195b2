"""The finder: reads the cues of a text in order and grows a :class:`Discourse`.

Each handler takes the discourse found so far and returns the next one; the
text's analysis (:class:`Context`) is read-only. Which handler a cue gets
depends on its kind: a reporting verb, a stance verb, an attribution word
(حسب / وفق / نقلا عن) or an impersonal phrase of the author (يبدو أن).
"""

from __future__ import annotations

from dataclasses import replace

from annotator.core.model import AnnotationSet
from annotator.core.text import snap_out
from annotator.suggest.claims.analysis import COMMA, SENTENCE_END, strip_conj
from annotator.suggest.claims.attribution import according
from annotator.suggest.claims.content import add, add_indirect, add_quote
from annotator.suggest.claims.cues import (
    Cue,
    aside_at,
    complementiser,
    complementiser_after,
    find_cues,
    is_reporting_verb,
    stance_noun,
)
from annotator.suggest.claims.discourse import ClaimCandidate, Context, Discourse, SourceRef
from annotator.suggest.claims.sources import resolve, segment_for, segment_source
from annotator.suggest.claims.tuning import (
    COLON_SPEECH_MIN_WORDS,
    CUE_REACH,
    OBJECT_REACH,
    QUOTE_MIN_WORDS,
    SCORE_COLON_SPEECH,
    SCORE_COMPLEMENTISER,
    SCORE_GUESSED_CLAUSE,
    SCORE_QUOTE_WITH_VERB,
    SCORE_UNSOURCED,
    STANDALONE_QUOTE_MIN_WORDS,
    STANDALONE_QUOTE_SENTENCES,
)
from annotator.suggest.claims.words import VERBS, WORDS


def find_claims(text: str, ann: AnnotationSet | None = None, *,
                actor_label: str | None = "ACTOR") -> list[ClaimCandidate]:
    """Claims of ``text`` with cue and source offsets (see the package docstring).

    ``ann`` lets the finder reuse its ``actor_label`` spans as sources.
    """
    ctx = Context.build(text, ann, actor_label)
    cues = find_cues(ctx.an)
    ctx = replace(ctx, according_at=tuple(
        c.index for c in cues if c.kind == "according" and not aside_at(ctx.an.toks, c.index)))
    d = Discourse()
    for cue in cues:
        if cue.index > d.used_until:
            d = read_cue(ctx, d, cue)
    d = standalone_quotes(ctx, d)
    return [_snapped(text, c) for c in d.claims]


def read_cue(ctx: Context, d: Discourse, cue: Cue) -> Discourse:
    """``d`` with what ``cue`` reports."""
    if cue.kind == "according":
        return according(ctx, d, cue)
    if cue.kind == "impersonal":
        return impersonal(ctx, d, cue)
    if cue.lemma in VERBS.stance:
        return stance(ctx, d, cue)
    return verb(ctx, d, cue)


def _reports(ctx: Context, cue: Cue, j: int) -> bool:
    """False for a relaying verb (نقل) with no عن before token ``j``: it reports nothing."""
    return cue.lemma not in VERBS.relay or \
        any(t.norm == "عن" for t in ctx.an.toks[cue.index:j])


def verb(ctx: Context, d: Discourse, cue: Cue) -> Discourse:
    """A reporting verb: a quote before it, or a quote, complementiser or object after it."""
    an, toks = ctx.an, ctx.an.toks
    i = cue.index
    _, s_end = an.sentence(i)
    opened = _quote_before(ctx, d, i)
    if opened is not None and cue.kind == "verb":
        source = resolve(ctx, d, segment_source(ctx, i + 1, s_end, cue.lemma), i)
        return add_quote(ctx, d, opened, cue, source, SCORE_QUOTE_WITH_VERB)
    j = i + cue.width
    while j < s_end and j - i <= CUE_REACH:
        tok = toks[j]
        if j in an.quote_close:
            # Right after the verb, a short quote is a name or a term («الإرهابيين»).
            if toks[j - 1].norm in (":", ",", "،") or \
                    an.words_between(j + 1, an.quote_close[j]) >= QUOTE_MIN_WORDS or \
                    complementiser(toks[j - 1]) is not None:
                if not _reports(ctx, cue, j):
                    return d
                source = segment_for(ctx, d, cue, i + cue.width, j)
                return add_quote(ctx, d, j, cue, source, SCORE_QUOTE_WITH_VERB)
            j = an.quote_close[j] + 1
            continue
        if tok.norm in COMMA and j + 1 < s_end and toks[j + 1].norm in WORDS.relatives:
            # "وقال المتحدث، الذي رفض ذكر اسمه، إن ...": the relative clause is skipped.
            j = next((k for k in range(j + 2, s_end) if toks[k].norm in COMMA), s_end) + 1
            continue
        content = object_content(ctx, cue, j) if j - i <= OBJECT_REACH else None
        if content is not None:
            source = segment_for(ctx, d, cue, i + cue.width, j)
            return add_indirect(ctx, d, content, cue, source, SCORE_GUESSED_CLAUSE)
        if tok.norm == ":":
            spoken = colon_speech(ctx, d, cue, j)
            if spoken is not None:
                return spoken
        if complementiser(tok) is not None:
            if cue.lemma in VERBS.weak or not _reports(ctx, cue, j):
                return d
            source = segment_for(ctx, d, cue, i + cue.width, j)
            return add_indirect(ctx, d, j + 1, cue, source,
                                SCORE_COMPLEMENTISER if source else SCORE_UNSOURCED,
                                speech=toks[j - 1].norm == ":")
        if tok.word and (is_reporting_verb(tok.norm) or
                         strip_conj(tok.norm)[0] in VERBS.participle_of) or \
                tok.norm in SENTENCE_END:
            return d  # another cue, or the sentence ended: this verb reports nothing
        j += 1
    return d


def object_content(ctx: Context, cue: Cue, j: int) -> int | None:
    """First token of a claim that token ``j`` opens as the cue's object, if it does.

    "أشار إلى أهمية ..." (the noun opens the claim), "تتخوف X من تحول ..."
    (what is feared), "أعرب عن أمله في ..." (what the stance is about).
    """
    toks = ctx.an.toks
    if j + 1 >= len(toks) or not toks[j + 1].word or cue.lemma in VERBS.weak or \
            cue.lemma in VERBS.relay:
        return None
    norm, nxt = toks[j].norm, toks[j + 1]
    if cue.lemma in VERBS.stance:
        noun = j + 1 if norm == "عن" else j
        if not stance_noun(toks[noun].norm) or noun + 2 >= len(toks):
            return None
        k = noun + 1
        if toks[k].norm in WORDS.stance_prepositions:
            k += 1
        if complementiser(toks[k]):
            k += 1
        return k if k > noun + 1 and k < len(toks) and toks[k].word else None
    if cue.lemma in VERBS.fear and norm == "من":
        return j + 1 if complementiser(nxt) is None else None
    if norm in WORDS.claim_noun_prepositions and nxt.norm in WORDS.claim_nouns:
        return j + 1
    return None


def stance(ctx: Context, d: Discourse, cue: Cue) -> Discourse:
    """A stance verb reports only its object: "وعبر الوفد عن أمله في ..."."""
    toks = ctx.an.toks
    _, s_end = ctx.an.sentence(cue.index)
    for j in range(cue.index + 1, min(s_end, cue.index + OBJECT_REACH + 1)):
        if not toks[j].word or strip_conj(toks[j].norm)[0] in VERBS.verb_of:
            return d
        content = object_content(ctx, cue, j)
        if content is not None:
            source = segment_for(ctx, d, cue, cue.index + 1, j)
            return add_indirect(ctx, d, content, cue, source, SCORE_GUESSED_CLAUSE)
    return d


def colon_speech(ctx: Context, d: Discourse, cue: Cue, j: int) -> Discourse | None:
    """Unquoted speech after the cue and a colon ("صرح بالقول: نشعر بالقلق ...").

    The rest of the sentence is a direct claim; None when there is none.
    """
    an = ctx.an
    toks = an.toks
    _, s_end = an.sentence(j)
    k = j + 1
    if k >= s_end or k in an.quote_close or not toks[k].word or \
            complementiser(toks[k]) is not None or not _reports(ctx, cue, j):
        return None
    b = an.trim(k, s_end - 1)
    if an.words_between(k, b + 1) < COLON_SPEECH_MIN_WORDS:
        return None
    source = segment_for(ctx, d, cue, cue.index + cue.width, j)
    return add(ctx, d, k, b, "direct", cue, source, SCORE_COLON_SPEECH)


def impersonal(ctx: Context, d: Discourse, cue: Cue) -> Discourse:
    """"ويبدو أن ..."، "ومن المتوقع أن ...": the author's own claim, with no source."""
    if cue.index <= d.content_until:
        return d  # said inside a reported claim: the speaker's, not the author's
    k = complementiser_after(ctx.an.toks, cue.index + cue.width)
    if k is None:
        return d
    return add_indirect(ctx, d, k + 1, cue, None, SCORE_UNSOURCED)


def standalone_quotes(ctx: Context, d: Discourse) -> Discourse:
    """A quoted sentence right after a claim continues its speaker (direct, no cue)."""
    an, toks = ctx.an, ctx.an.toks
    for open_i, close_i in sorted(an.quote_close.items()):
        s_start, s_end = an.sentence(open_i)
        if open_i != s_start or any(toks[k].word for k in range(close_i + 1, s_end)):
            continue
        if an.words_between(open_i + 1, close_i) < STANDALONE_QUOTE_MIN_WORDS:
            continue
        start = toks[open_i].start
        # The nearest claim with a source ending in the previous sentences.
        sentence = max(0, an.sentence_of[open_i] - STANDALONE_QUOTE_SENTENCES)
        first_tok = an.sentence_bounds[sentence][0]
        near = [c for c in d.claims_from(toks[first_tok].start)
                if c.end <= start and c.source is not None]
        if near:
            prev = max(near, key=lambda c: c.end)
            d = add(ctx, d, open_i + 1, an.trim(open_i + 1, close_i - 1), "direct", None,
                    prev.source, SCORE_UNSOURCED)
    return d


def _quote_before(ctx: Context, d: Discourse, i: int) -> int | None:
    """Opening index of a quote that closes right before token ``i`` (optional comma)."""
    toks = ctx.an.toks
    j = i - 1
    if j >= 0 and toks[j].norm in COMMA:
        j -= 1
    if j >= 0 and j in ctx.an.quote_open and j > max(d.used_until, d.content_until - 1):
        return ctx.an.quote_open[j]
    return None


def _snapped(text: str, c: ClaimCandidate) -> ClaimCandidate:
    """``c`` with every range widened to valid boundaries (a mark the tokenizer split off)."""
    start, end = snap_out(text, c.start, c.end)
    cue = snap_out(text, *c.cue) if c.cue else None
    source = c.source
    if source is not None and source.span_id is None:
        s, e = snap_out(text, source.start, source.end)
        source = SourceRef(s, e, None, source.actor_type)
    return ClaimCandidate(start, end, c.quote, cue, source, c.certainty, c.score)
