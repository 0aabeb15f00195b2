"""Content: where a claim starts and ends, and adding it to the discourse.

The content follows إن / أن (a complementiser carrying a pronoun, أنه, stays
outside) up to the end of its clause: the sentence end, or a comma followed by
a word that starts a new statement (و...، فيما، بينما، في حين، another cue, a
clause with its own حسب). ``، وأن ...`` and ``، إلا أن ...`` start a second
claim of the same source. Quoted text is a direct claim.
"""

from __future__ import annotations

from bisect import bisect_left

from annotator.suggest.claims.analysis import COMMA, SENTENCE_END, original_offset, strip_conj
from annotator.suggest.claims.cues import (
    Cue,
    aside_at,
    complementiser,
    starts_cue,
    starts_statement,
    verb_gender,
)
from annotator.suggest.claims.discourse import ClaimCandidate, Context, Discourse, SourceRef
from annotator.suggest.claims.tuning import COLON_CLAUSE_MIN_TOKENS, SCORE_GUESSED_CLAUSE
from annotator.suggest.claims.words import VERBS, WORDS


def clause_end(ctx: Context, a: int, *, speech: bool = False) -> tuple[int, int | None]:
    """Last token of the clause starting at ``a``, and the index of a "، وأن" that follows.

    With ``speech`` only a comma before another cue ends it.
    """
    an = ctx.an
    toks = an.toks
    _, s_end = an.sentence(a)
    i = a
    while i < s_end:
        tok = toks[i]
        if i in an.quote_close:
            i = an.quote_close[i] + 1
            continue
        if tok.norm in SENTENCE_END or tok.norm == ":" and i > a + COLON_CLAUSE_MIN_TOKENS:
            break
        if tok.norm in COMMA and i + 1 < s_end:
            nxt = toks[i + 1]
            aside = aside_at(toks, i + 1)
            if aside:
                i += 1 + aside  # "، وفق قولها،": the clause goes on after the aside
                continue
            if complementiser(nxt) is not None and nxt.norm.startswith("و"):
                return an.trim(a, i - 1), i + 1
            if nxt.norm == "الا" and i + 2 < s_end and complementiser(toks[i + 2]):
                return an.trim(a, i - 1), i + 2  # "، إلا أن ...": a second claim
            if speech:
                if starts_cue(nxt.norm):
                    break
            elif nxt.norm not in WORDS.continuers and starts_statement(toks, i + 1, s_end) or \
                    _attributed_apart(ctx, i + 1, s_end):
                break
        i += 1
    return an.trim(a, i - 1), None


def _attributed_apart(ctx: Context, k: int, s_end: int) -> bool:
    """True when the clause from token ``k`` to the next comma holds its own حسب / وفق."""
    toks = ctx.an.toks
    n = bisect_left(ctx.according_at, k)
    if n == len(ctx.according_at) or ctx.according_at[n] >= s_end:
        return False
    return not any(toks[m].norm in COMMA for m in range(k, ctx.according_at[n]))


def add(ctx: Context, d: Discourse, a: int, b: int, quote: str, cue: Cue | None,
        source: SourceRef | None, score: float) -> Discourse:
    """``d`` with tokens ``a..b`` as a claim, unless it crosses a claim found already.

    A claim may nest in another or hold one, but not share only part of it.
    """
    if b < a:
        return d
    an = ctx.an
    start, end = an.offsets(a, b)
    if quote == "indirect" and a == b and not an.toks[a].word:
        return d
    for c in d.claims_from(start - d.longest, end):
        nested = c.start <= start and end <= c.end or start <= c.start and c.end <= end
        if c.start < end and start < c.end and (not nested or (c.start, c.end) ==
                                                (start, end)):
            return d
    claim = ClaimCandidate(
        start, end, quote, (cue.start, cue.end) if cue else None, source,
        VERBS.certainty.get(cue.lemma) or WORDS.impersonal_certainty.get(cue.lemma)
        if cue else None, score)
    # A reporting verb inside indirect content may report a nested claim, so only
    # the tokens before the content are used up; a quote is used up whole.
    return d.with_claim(claim, verb_gender(an.toks[cue.index].norm) if cue else None,
                        used=a - 1 if quote == "indirect" else b, content=b)


def add_quote(ctx: Context, d: Discourse, open_i: int, cue: Cue | None,
              source: SourceRef | None, score: float) -> Discourse:
    """``d`` with the quote opening at token ``open_i`` as a direct claim."""
    close_i = ctx.an.quote_close[open_i]
    if close_i - open_i < 2:
        return d
    d = add(ctx, d, open_i + 1, ctx.an.trim(open_i + 1, close_i - 1), "direct", cue, source,
            score)
    return d.used(close_i)


def add_indirect(ctx: Context, d: Discourse, a: int, cue: Cue | None,
                 source: SourceRef | None, score: float, *, speech: bool = False) -> Discourse:
    """Indirect content from token ``a``; a following "، وأن ..." adds a second claim.

    ``speech``: the content was introduced by a colon ("قائلا: إن ..."), so it runs
    to the sentence end or the next cue, whatever other statement it holds.
    """
    an = ctx.an
    toks = an.toks
    if a >= len(toks):
        return d
    close = an.quote_close.get(a)
    if close is not None and close - a >= 2 and \
            (close + 1 >= len(toks) or not toks[close + 1].word):
        d = add_quote(ctx, d, a, cue, source, score)
        after = close + 1
        if after + 1 < len(toks) and toks[after].norm in COMMA and \
                complementiser(toks[after + 1]) is not None and \
                toks[after + 1].norm.startswith("و"):
            d = add_indirect(ctx, d, after + 2, None, source, score)
        return d
    b, again = clause_end(ctx, a, speech=speech)
    d = add(ctx, d, a, b, "indirect", cue, source, score)
    if again is not None and again + 1 < len(toks):
        d = add_indirect(ctx, d, again + 1, None, source, score)
    return d


def insert_clause(ctx: Context, d: Discourse, a: int, b: int, cue: Cue,
                  source: SourceRef | None) -> Discourse:
    """``d`` with tokens ``a..b`` as an indirect claim, the conjunction و / ف left out.

    Nothing is added over a claim found already.
    """
    toks = ctx.an.toks
    while a < b and not toks[a].word:
        a += 1
    if a >= len(toks) or a > b:
        return d
    first = toks[a]
    _, cut = strip_conj(first.norm)
    if not cut and first.norm in WORDS.break_words and first.norm[0] == "ف":
        cut = 1  # "فهو" is too short for the rule of strip_conj
    claim_start = original_offset(first, cut) if cut else first.start
    end = toks[b].end
    if d.overlapping(claim_start, end):
        return d
    claim = ClaimCandidate(claim_start, end, "indirect", (cue.start, cue.end), source, None,
                           SCORE_GUESSED_CLAUSE)
    return d.with_claim(claim, None, content=b)
