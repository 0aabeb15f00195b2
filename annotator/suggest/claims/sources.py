"""Sources: the speaker's noun phrase after a cue, and which actor it stands for.

The speaker is the noun phrase between the verb and the complementiser
(``قال وزير الداخلية التونسي إن``), cut before a phrase about the speech
event (في بيان، للصحفيين)، an appositive set off by commas and ``وهو ...``.
An anaphor (المصدر، البيان، المسؤولة الأميركية) or a dropped subject
(وأضاف أن) refers back to the speaker named last (``Discourse.last_speaker``).
An ACTOR span already in the annotations over the phrase is reused.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from annotator.core.arabic import normalize, strip_proclitics
from annotator.suggest.claims.analysis import COMMA, Tok, original_offset, strip_conj
from annotator.suggest.claims.cues import (
    Cue,
    complementiser,
    event_noun,
    verb_gender,
    verb_with_object,
)
from annotator.suggest.claims.discourse import Context, Discourse, Phrase, SourceRef
from annotator.suggest.claims.tuning import (
    APPOSITIVE_WORDS,
    ISSUER_REACH,
    NATIONALITY_AFTER,
    NATIONALITY_BEFORE,
    NOUN_PHRASE_MAX_TOKENS,
    QUOTED_NAME_SPAN,
    QUOTED_SOURCE_SPAN,
    SUBJECT_BEFORE_TOKENS,
)
from annotator.suggest.claims.words import VERBS, WORDS

# Read for every word of a speaker's phrase: module globals are the fastest lookups.
_STOP_WORDS = WORDS.stop_words
_VERB_OF = VERBS.verb_of
_PARTICIPLE_OF = VERBS.participle_of


def actor_ref(ctx: Context, phrase: Phrase) -> SourceRef:
    """Source over a phrase: an existing ACTOR span there, or new offsets."""
    an = ctx.an
    a, b = phrase.first, phrase.last
    start, end = an.offsets(a, b)
    if phrase.cut:
        start = original_offset(an.toks[a], phrase.cut)
    else:
        # Only the first word's possible remainders are looked up (proclitic_length
        # normalises the whole known-word set on every call).
        first = an.toks[a].norm
        known = {w for w in (first[1:], first[2:]) if w in ctx.known}
        start = strip_proclitics(ctx.text, start, end, known)
    # An annotated ACTOR stands for the phrase when it starts within the phrase's
    # first word (its head) and covers at least half of it: "الجيش الوطني الليبي"
    # inside "المتحدث باسم الجيش الوطني الليبي" is another actor, not the speaker.
    head_end = an.toks[a].end
    best = None
    lo = bisect_left(ctx.actor_starts, start - ctx.longest_actor)
    hi = bisect_right(ctx.actor_starts, head_end - 1)
    for s in ctx.actors[lo:hi]:
        inter = min(end, s.end) - max(start, s.start)
        if inter > 0 and inter * 2 >= (end - start) and (
                best is None or (s.end - s.start) > (best.end - best.start)):
            best = s
    kind = actor_type(phrase_words(ctx, phrase))
    if best is not None and not (kind == "person" and _name_after(ctx, best.end, b)):
        return SourceRef(best.start, best.end, best.id,
                         best.attributes.get("type") if best.attributes else None)
    return SourceRef(start, end, None, kind)


def phrase_words(ctx: Context, phrase: Phrase) -> list[str]:
    """Normalised words of a phrase, its preposition cut off the first (لمسؤول)."""
    words = [t.norm for t in ctx.an.toks[phrase.first:phrase.last + 1] if t.word]
    if phrase.cut and words:
        words[0] = words[0][phrase.cut:]
    return words


def _name_after(ctx: Context, offset: int, b: int) -> bool:
    """True when a name follows ``offset`` within the phrase ending at token ``b``.

    An ACTOR over the title alone ("وزير الخارجية") does not stand for
    "وزير الخارجية أحمد عطاف": the speaker is the whole phrase.
    """
    k = bisect_left(ctx.an.tok_starts, offset)
    return any(name_like(t) and not nisba_like(t.norm) for t in ctx.an.toks[k:b + 1])


def noun_phrase(ctx: Context, a: int, limit: int) -> Phrase | None:
    """The noun phrase starting at token ``a`` (before ``limit``), if any."""
    an = ctx.an
    toks = an.toks
    i, last = a, None
    while i < limit and i - a < NOUN_PHRASE_MAX_TOKENS:
        tok = toks[i]
        close = an.quote_close.get(i)
        if close is not None and QUOTED_NAME_SPAN[0] <= close - i <= QUOTED_NAME_SPAN[1] \
                and close < limit:
            # A quoted name: "قالت «الوطن» إن" (the name inside), "صحيفة «الوطن»".
            if last is None:
                return Phrase(i + 1, close - 1)
            last, i = close, close + 1
            continue
        if close is not None or not tok.word or _ends_phrase(ctx, i, limit, last):
            break
        last = i
        i += 1
    return Phrase(a, last) if last is not None else None


def _ends_phrase(ctx: Context, i: int, limit: int, last: int | None) -> bool:
    """True when word ``i`` cannot continue the speaker's phrase that ends at ``last``."""
    toks = ctx.an.toks
    norm = toks[i].norm
    nxt = toks[i + 1].norm if i + 1 < limit else ""
    if norm in _STOP_WORDS and not (last is not None and _name_ali(ctx, i)) or \
            complementiser(toks[i]) is not None:
        return True
    if norm == "عن" and not (last is not None and toks[last].norm.endswith("دفاع")):
        return True  # "المتحدث باسم وزارة الدفاع عن": عن after دفاع is part of a name
    if norm == "في" and event_noun(nxt):
        return True
    if norm == "الي" and (i + 1 >= limit or complementiser(toks[i + 1]) is not None):
        return True
    if norm in ("في", "الي", "ل") and i + 1 >= limit:
        return True
    return norm in _VERB_OF or norm in _PARTICIPLE_OF or strip_conj(norm)[0] in _VERB_OF


def _name_ali(ctx: Context, i: int) -> bool:
    """True when token ``i`` is the name علي, not the preposition على.

    Only in a text that writes the preposition with alef maqsura (على).
    """
    toks = ctx.an.toks
    tok = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return tok.norm == "علي" and ctx.writes_ala and "ى" not in tok.text and \
        nxt is not None and nxt.word and nxt.norm not in WORDS.stop_words


def segment_source(ctx: Context, a: int, limit: int, lemma: str) -> Phrase | None:
    """The speaker's noun phrase in tokens ``[a, limit)`` after a cue.

    After a title, a name set off by commas right before ``limit`` is the
    speaker ("السفير الأمريكي لدى تونس، دانيال روبينستن، إن").
    """
    toks = ctx.an.toks
    # "نقلت X عن Y" and "X، نقلا عن Y": the source is Y.
    for i in range(a, limit - 1):
        if toks[i].norm == "عن" and (lemma in VERBS.relay or toks[i - 1].norm == "نقلا"):
            return noun_phrase(ctx, i + 1, limit)
    rng = noun_phrase(ctx, a, limit)
    if rng is not None and actor_type([t.norm for t in toks[rng.first:rng.last + 1]]) == "person":
        return _appositive_name(ctx, rng.last + 1, limit) or rng
    return rng


def _appositive_name(ctx: Context, a: int, limit: int) -> Phrase | None:
    """Tokens of a name between the last two commas of ``[a, limit)``, ending at ``limit``."""
    toks = ctx.an.toks
    close = limit - 1
    if close <= a or toks[close].norm not in COMMA:
        return None
    open_ = close - 1
    while open_ >= a and toks[open_].norm not in COMMA:
        open_ -= 1
    words = toks[open_ + 1:close]
    if open_ < a or not APPOSITIVE_WORDS[0] <= len(words) <= APPOSITIVE_WORDS[1]:
        return None
    first = words[0]
    if not (name_like(first) and not _participle_like(first.norm) or
            first.norm in WORDS.person_heads and len(words) > 1):
        return None  # "، في تصريح صحفي،"، "، مخاطبا الحضور،"
    if not all(t.word and t.norm not in WORDS.stop_words and t.norm not in WORDS.prepositions
               and strip_conj(t.norm)[0] not in VERBS.verb_of for t in words):
        return None
    return Phrase(open_ + 1, close - 1)


def is_anaphor(ctx: Context, d: Discourse, rng: Phrase) -> bool:
    """True when a source phrase refers back to the previous source.

    One word: "أحدهم", "المتحدث", a document, or a definite noun the previous
    source was named with. Or a definite description of a person ("المسؤولة
    الأميركية") whose gender is that of the previous speaker's verb.
    """
    a, b = rng.first, rng.last
    if a != b:
        return _describes_speaker(ctx, d, a, b)
    norm = ctx.an.toks[a].norm
    if norm in WORDS.anaphors:
        return True  # "one of them": the group named before; "the speaker"
    # A document speaks for whoever issued it; a definite noun ("المصدر", "الوزارة")
    # refers back only when the previous source was named with that noun.
    return norm.startswith("ال") and (norm in WORDS.documents or
                                      _previous_mentions(ctx, d, norm[2:]))


def _describes_speaker(ctx: Context, d: Discourse, a: int, b: int) -> bool:
    """True for "المسؤولة الأميركية" re-describing the speaker quoted last.

    A definite person noun with at most two nisba adjectives (الأميركي، الجزائرية)
    and no name, when its gender is that of the last speaker's verb and each
    nationality was written near where that speaker was named (not "المسؤول
    الروسي" after an American nobody called Russian).
    """
    toks = ctx.an.toks
    words = [t.norm for t in toks[a:b + 1]]
    prev = d.last_speaker
    if len(words) > 3 or words[0] not in WORDS.description_heads or prev is None or \
            d.speaker_gender is None or \
            not all(w.startswith("ال") and w.endswith(("ي", "يه")) for w in words[1:]):
        return False
    if ("f" if words[0].endswith("ه") else "m") != d.speaker_gender:
        return False
    named = bisect_left(ctx.an.tok_starts, prev.start)
    near = toks[max(0, named - NATIONALITY_BEFORE):min(a, named + NATIONALITY_AFTER)]
    return all(any(_nisba_stem(w) in t.norm for t in near) for w in words[1:])


def _previous_mentions(ctx: Context, d: Discourse, word: str) -> bool:
    """True when the last speaker was named with ``word`` (المصدر after "مصدر أمني")."""
    prev = d.last_speaker
    if prev is None:
        return False
    return any(word == w or word + "ه" == w or word == w + "ه"
               for w in normalize(ctx.text[prev.start:prev.end]).text.split())


def source_like(ctx: Context, phrase: Phrase) -> bool:
    """True when a phrase names a speaker: an actor, an unnamed source, a report."""
    words = phrase_words(ctx, phrase)
    head = words[0][2:] if words[0].startswith("ال") else words[0]
    return actor_type(words) is not None or head in WORDS.documents or \
        phrase.first - 1 in ctx.an.quote_close or actor_ref(ctx, phrase).span_id is not None


def name_like(tok: Tok) -> bool:
    """True for a word that may start a personal name: no article, no preposition."""
    norm = tok.norm
    return tok.word and not norm.startswith("ال") and norm not in WORDS.stop_words and \
        norm not in WORDS.prepositions and not norm.startswith(("بال", "لل", "كال")) and \
        not norm[0].isdigit() and norm not in WORDS.not_names


def _nisba_stem(norm: str) -> str:
    """"الأميركية" -> "اميرك": a nisba adjective without article and ending."""
    word = norm[2:] if norm.startswith("ال") else norm
    return word.removesuffix("يه").removesuffix("ي")


def nisba_like(norm: str) -> bool:
    """True for a long word with a nisba ending (جزائري، أمريكية), an adjective, not a name."""
    return len(norm) > 4 and norm.endswith(("ي", "يه", "يين", "يون"))


def _participle_like(norm: str) -> bool:
    """True for an accusative active participle (مخاطبا، متحدثا), which is not a name."""
    return len(norm) >= 5 and norm.startswith("م") and norm.endswith("ا")


def actor_type(words: Sequence[str]) -> str | None:
    """Guess an ACTOR type from the normalised words of a source phrase."""
    if not words:
        return None
    head = strip_conj(words[0])[0]
    if head in WORDS.unnamed_heads and not head.startswith("ال"):
        return "unnamed_source"
    if head in WORDS.person_heads or head.lstrip("ال") in WORDS.person_heads:
        return "person"
    if head in WORDS.organisation_heads:
        return "organisation"
    return None


def resolve(ctx: Context, d: Discourse, rng: Phrase | None, cue_index: int) -> SourceRef | None:
    """The source a phrase after a cue stands for; without one, the subject or the last speaker."""
    if rng is None:
        before = _subject_before(ctx, cue_index)
        if before is not None:
            return actor_ref(ctx, before)
        return continuation_source(ctx, d, cue_index, participle=False)
    if is_anaphor(ctx, d, rng) and d.last_speaker is not None:
        return d.last_speaker
    return actor_ref(ctx, rng)


def segment_for(ctx: Context, d: Discourse, cue: Cue, a: int, limit: int) -> SourceRef | None:
    """The source of a cue whose speaker phrase lies in tokens ``[a, limit)``."""
    if cue.kind == "participle":
        return continuation_source(ctx, d, cue.index, participle=True)
    return resolve(ctx, d, segment_source(ctx, a, limit, cue.lemma), cue.index)


def continuation_source(ctx: Context, d: Discourse, cue_index: int, *,
                        participle: bool) -> SourceRef | None:
    """The speaker of a cue with no phrase of its own (وأضاف أن، مضيفا أن، لكنه أكد أن).

    The last claim's source (for a participle in its sentence), the subject of
    the sentence's opening verb, the last speaker, else the nearest ACTOR span before.
    """
    an = ctx.an
    s_start, _ = an.sentence(cue_index)
    last = d.last_claim
    agrees = d.agrees(verb_gender(an.toks[cue_index].norm))
    if participle and last is not None and last.source is not None and \
            last.end > an.toks[s_start].start and agrees:
        return last.source
    if participle or last is None:
        subject = _sentence_subject(ctx, s_start, cue_index)
        if subject is not None:
            return actor_ref(ctx, subject)
    if d.last_speaker is not None:
        # "وقالت إنها ..." right after a man's claim: not his; better no source than his.
        return d.last_speaker if agrees else None
    cue_start = an.toks[cue_index].start
    for k in range(bisect_left(ctx.actor_starts, cue_start) - 1, -1, -1):
        s = ctx.actors[k]
        if s.end <= cue_start:  # the nearest ACTOR span before the cue
            return SourceRef(s.start, s.end, s.id, s.attributes.get("type"))
    return None


def _sentence_subject(ctx: Context, s_start: int, limit: int) -> Phrase | None:
    """The noun phrase after the verb that opens the sentence (VSO order).

    A reporting verb, or a word carrying the conjunction و / ف that is not
    a noun with the article (``وأثار بول والتزفيك ...``).
    """
    first = ctx.an.toks[s_start]
    if not first.word:
        return None
    bare, cut = strip_conj(first.norm)
    if first.norm in VERBS.verb_of or bare in VERBS.verb_of or \
            cut and len(bare) >= 3 and not bare.startswith("ال") and \
            bare not in WORDS.stop_words and bare not in VERBS.participle_of:
        return noun_phrase(ctx, s_start + 1, limit)
    return None


def _subject_before(ctx: Context, cue_index: int) -> Phrase | None:
    """Subject written before a verb without conjunction (``مسؤولين أمريكيين أكدوا``).

    In ``وكانت إسبانيا هي الأخرى أعلنت`` the auxiliary and the emphasis stay
    outside; a pronoun subject (``لكنه أكد``) gives None.
    """
    toks = ctx.an.toks
    if toks[cue_index].norm not in VERBS.verb_of:
        return None
    s_start, _ = ctx.an.sentence(cue_index)
    end = cue_index - 1
    if end - 1 >= s_start and toks[end].norm in WORDS.emphatic_tails and \
            toks[end - 1].norm in WORDS.pronouns:
        end -= 2
    k = end
    while k >= s_start and cue_index - k <= SUBJECT_BEFORE_TOKENS:
        tok = toks[k]
        bare = strip_conj(tok.norm)[0]
        if not tok.word or tok.norm in WORDS.stop_words or complementiser(tok) is not None \
                or tok.norm in VERBS.verb_of or bare in VERBS.verb_of \
                or bare in WORDS.auxiliaries or tok.norm in WORDS.continuers \
                or tok.norm in WORDS.subject_stops:
            break
        k -= 1
    return Phrase(k + 1, end) if k + 1 <= end else None


def according_source(ctx: Context, a: int, limit: int) -> Phrase | None:
    """Source after حسب / وفق: skip "ما أفاد به"، "بيان صادر عن"، "حصيلة أعلنتها"، "لـ"."""
    toks = ctx.an.toks
    i = a
    if i < limit and toks[i].norm == "ل":
        i += 1  # "وفقا لـ مصادر"، "وفقا لـ«رويترز»"
    close = ctx.an.quote_close.get(i)
    if close is not None and close < limit and \
            QUOTED_SOURCE_SPAN[0] <= close - i <= QUOTED_SOURCE_SPAN[1]:
        return Phrase(i + 1, close - 1)  # a quoted name: "حسب «رويترز»"
    if i < limit and toks[i].norm == "ما":
        # "حسب ما أفاد به X" / "وفق ما ذكرته X": skip ما, its verb and به / بها.
        i += 2
        while i < limit and toks[i].norm in WORDS.resumptive_pronouns:
            i += 1
        return noun_phrase(ctx, i, limit)
    if i < limit and toks[i].norm in WORDS.documents:
        return _issuer(ctx, i, limit)
    if i < limit and toks[i].norm.startswith("ل") and len(toks[i].norm) > 3:
        return _prefixed(ctx, i, limit)
    return noun_phrase(ctx, i, limit)


def _issuer(ctx: Context, i: int, limit: int) -> Phrase | None:
    """"بيان صادر عن X", "بيان لوزارة X", "حصيلة أعلنتها X": the issuer of a document speaks."""
    toks = ctx.an.toks
    for j in range(i + 1, min(limit, i + ISSUER_REACH)):
        norm = toks[j].norm
        if norm == "عن":
            return noun_phrase(ctx, j + 1, limit)
        if norm.startswith("ل") and len(norm) > 3:
            return _prefixed(ctx, j, limit)
        if verb_with_object(norm) and j + 1 < limit:
            return noun_phrase(ctx, j + 1, limit)
    return noun_phrase(ctx, i, limit)


def _prefixed(ctx: Context, i: int, limit: int) -> Phrase | None:
    """Noun phrase whose first word carries the preposition ل (وفقا لمسؤول)."""
    rng = noun_phrase(ctx, i, limit)
    if rng is not None and rng.first == i:
        return rng._replace(cut=1)
    return rng


__all__ = ["according_source", "actor_ref", "actor_type", "continuation_source", "is_anaphor",
           "name_like", "noun_phrase", "phrase_words", "resolve", "segment_for",
           "segment_source", "source_like"]
