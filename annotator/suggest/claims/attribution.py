"""Attribution words: "حسب X"، "وفقا لـ X"، "نقلا عن X", and asides ("وفق قولها").

A preposed حسب / وفق (``وحسب X، فإن ...``) makes what follows the claim; a
postposed one (``X، حسب Y.``) the clause before it, and with no comma before
it only when a speaker follows (not ``وفقا للدستور``); an inline one the clause
around it. An aside (``فهو، وفق قولها، مهم``) gives the clause around it to
the last speaker.
"""

from __future__ import annotations

from dataclasses import replace

from annotator.suggest.claims.analysis import COMMA
from annotator.suggest.claims.content import add_indirect, add_quote, clause_end, insert_clause
from annotator.suggest.claims.cues import Cue, complementiser
from annotator.suggest.claims.discourse import Context, Discourse, Phrase, SourceRef
from annotator.suggest.claims.sources import according_source, resolve, source_like
from annotator.suggest.claims.tuning import SCORE_COMPLEMENTISER, SCORE_GUESSED_CLAUSE
from annotator.suggest.claims.words import WORDS


def according(ctx: Context, d: Discourse, cue: Cue) -> Discourse:
    """An attribution cue: an aside, a preposed one, or a postposed one."""
    an, toks = ctx.an, ctx.an.toks
    i = cue.index
    s_start, s_end = an.sentence(i)
    after = i + cue.width
    if after < s_end and toks[after].norm in WORDS.parenthetical:
        return aside(ctx, d, replace(cue, end=toks[after].end), after)
    # Preposed: "وحسب X، فإن ..." / "ووفق X، قتل ..." / "وحسب X فإن ...".
    comma = next((k for k in range(after, s_end)
                  if toks[k].norm in COMMA or toks[k].norm == "فان"), None)
    first_word = next((k for k in range(s_start, i + 1) if toks[k].word), i)
    if first_word == i and comma is not None and comma + 1 < s_end:
        source = resolve(ctx, d, according_source(ctx, after, comma), i)
        k = comma + 1 if toks[comma].norm in COMMA else comma
        if complementiser(toks[k]) is not None or toks[k].norm in ("فقد", "فان"):
            k += 1
        return add_indirect(ctx, d, k, cue, source, SCORE_GUESSED_CLAUSE)
    return _postposed(ctx, d, cue)


def _postposed(ctx: Context, d: Discourse, cue: Cue) -> Discourse:
    """"X، حسب Y.": the clause before the cue is Y's claim."""
    an, toks = ctx.an, ctx.an.toks
    i = cue.index
    s_start, s_end = an.sentence(i)
    after = i + cue.width
    end_i = i - 1
    while end_i >= s_start and not toks[end_i].word and end_i not in an.quote_open:
        end_i -= 1
    if end_i < s_start:
        return d
    limit = next((k for k in range(after, s_end) if toks[k].norm in COMMA), s_end)
    speaker = according_source(ctx, after, limit)
    source = resolve(ctx, d, speaker, i)
    if end_i <= max(d.used_until, d.content_until):
        # "تعتقد X أن ...، بحسب Y": the clause is claimed already, but Y was named
        # last ("لكنه أكد أن ..." is Y's).
        return d.with_speaker(source, None)
    if end_i in an.quote_open:
        return add_quote(ctx, d, an.quote_open[end_i], cue, source, SCORE_COMPLEMENTISER)
    a = max(s_start, d.used_until + 1, d.content_until + 1)
    if toks[i - 1].word and (speaker is None or not source_like(ctx, speaker)):
        return d  # "وزعت المساعدات حسب الحاجة": no comma, no speaker
    if speaker is not None and toks[i - 1].word and \
            any(t.word for t in toks[speaker.last + 1:limit]):
        a, end_i = _inline_clause(ctx, i, a, speaker)
    return insert_clause(ctx, d, a, end_i, cue, source).used(limit - 1)


def _inline_clause(ctx: Context, i: int, a: int, speaker: Phrase) -> tuple[int, int]:
    """Tokens of the clause around an inline حسب at ``i`` (not before ``a``).

    "اللقاءات تمحورت حسب المعلومات المتوفرة حول التهديد ...": the whole clause
    from the comma before the cue is the claim.
    """
    toks = ctx.an.toks
    comma = next((k for k in range(i - 1, a - 1, -1) if toks[k].norm in COMMA), a - 1)
    end_i, _ = clause_end(ctx, speaker.last + 1)
    return comma + 1, end_i


def aside(ctx: Context, d: Discourse, cue: Cue, after: int) -> Discourse:
    """"فهو، وفق قولها، مهم للغاية": the clause around the aside is the last speaker's."""
    an, toks = ctx.an, ctx.an.toks
    i = cue.index
    source: SourceRef | None = d.last_speaker
    if source is None or i <= d.content_until:
        return d  # no one to attribute it to, or an aside inside a claim already found
    s_start, s_end = an.sentence(i)
    k = i - 1
    if k >= s_start and toks[k].norm in COMMA:
        k -= 1
    while k >= s_start and toks[k].norm not in COMMA:
        k -= 1
    a = max(k + 1, d.used_until + 1, d.content_until + 1)
    if after + 2 < s_end and toks[after + 1].norm in COMMA:
        b, _ = clause_end(ctx, after + 2)  # the clause goes on after the aside
    else:
        b = an.trim(a, i - 1)
    return insert_clause(ctx, d, a, b, cue, source)
