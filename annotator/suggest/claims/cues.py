"""Cues: the words that introduce reported content, and the small word tests around them.

A cue is a reporting verb (قال، تؤكد ...), its participle (مضيفا), an
attribution word (حسب، وفقا لـ، نقلا عن), an aside (على حد قوله) or an
impersonal phrase of the author (يبدو أن، من المتوقع أن). The word lists are
in ``annotator/resources/claims/`` (:mod:`annotator.suggest.claims.words`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotator.suggest.claims.analysis import Analysis, Tok, original_offset, strip_conj
from annotator.suggest.claims.tuning import IMPERSONAL_SUBJECT_WORDS
from annotator.suggest.claims.words import VERBS, WORDS

#: The lemma of the aside "على حد قوله".
ASIDE_LEMMA = "حد"
# Read for every token of a text: module globals are the fastest lookups.
_VERB_OF = VERBS.verb_of
_PARTICIPLE_OF = VERBS.participle_of
_ACCORDING = WORDS.according
_COMPLEMENTISERS = WORDS.complementisers
_COMPLEMENTISER_PRONOUNS = WORDS.complementiser_pronouns


@dataclass(frozen=True)
class Cue:
    """A cue at token ``index``, its kind and lemma, and the offsets of its CUE span."""

    index: int
    kind: str  # "verb" | "participle" | "according" | "impersonal"
    lemma: str
    start: int
    end: int
    width: int = 1  # tokens covered (نقلا عن = 2)


def find_cues(an: Analysis) -> list[Cue]:
    """Every cue of the text, in text order."""
    cues = []
    toks = an.toks
    for i, tok in enumerate(toks):
        if tok.word:
            cue = _cue_at(toks, i)
            if cue is not None:
                cues.append(cue)
    return cues


def _cue_at(toks: Sequence[Tok], i: int) -> Cue | None:
    """The cue at token ``i``, if any; the proclitics و ف (and ب of بحسب) stay outside it."""
    tok = toks[i]
    bare, cut = strip_conj(tok.norm)
    start = original_offset(tok, cut) if cut else tok.start
    if tok.norm in _VERB_OF:
        return Cue(i, "verb", _VERB_OF[tok.norm], tok.start, tok.end)
    if bare in _VERB_OF:
        return Cue(i, "verb", _VERB_OF[bare], start, tok.end)
    if bare in _PARTICIPLE_OF:
        return Cue(i, "participle", _PARTICIPLE_OF[bare], start, tok.end)
    if width := impersonal_width(toks, i):
        last = toks[i + width - 1]
        if width == 2:  # "ومن المتوقع": the conjunction stays outside, as for verbs
            start = original_offset(tok, len(tok.norm) - len("من"))
        return Cue(i, "impersonal", last.norm, start, last.end, width)
    return _according_at(toks, i, bare, cut, start)


def _according_at(toks: Sequence[Tok], i: int, word: str, cut: int, start: int) -> Cue | None:
    """An attribution cue (حسب، بحسب، وفق، نقلا عن) or the aside "على حد قوله" at ``i``."""
    tok = toks[i]
    if word == "بحسب":
        word, cut = word[1:], cut + 1
        start = original_offset(tok, cut)
    if word == "علي" and i + 2 < len(toks) and toks[i + 1].norm == ASIDE_LEMMA and \
            toks[i + 2].norm in WORDS.parenthetical:
        return Cue(i, "according", ASIDE_LEMMA, start, toks[i + 1].end, 2)
    if word not in _ACCORDING or tok.norm == "فحسب":  # فحسب = "only"
        return None
    lemma = _ACCORDING[word]
    if lemma == "نقلا":
        if i + 1 < len(toks) and toks[i + 1].norm == "عن":
            return Cue(i, "according", lemma, start, toks[i + 1].end, 2)
        return None
    return Cue(i, "according", lemma, start, tok.end)


def impersonal_width(toks: Sequence[Tok], i: int) -> int:
    """Tokens of an impersonal cue at ``i`` that إن / أن follows, else 0.

    "يبدو أن"، "من المتوقع أن"، and "يعني أن" with at most a short subject
    between ("وتعني كل هذه المعطيات أن"; not "لا يعني أن").
    """
    norm = toks[i].norm
    bare = strip_conj(norm)[0]
    if bare == "يبدو":
        width = 1
    elif norm in ("من", "ومن", "فمن") and i + 1 < len(toks) and \
            toks[i + 1].norm in WORDS.impersonal_adjectives:
        width = 2
    elif bare in ("يعني", "تعني") and not (i > 0 and toks[i - 1].norm in WORDS.negations):
        return 1 if complementiser_after(toks, i + 1) is not None else 0
    else:
        return 0
    return width if i + width < len(toks) and complementiser(toks[i + width]) else 0


def complementiser_after(toks: Sequence[Tok], a: int,
                         words: int = IMPERSONAL_SUBJECT_WORDS) -> int | None:
    """Index of إن / أن at ``a`` or after at most ``words`` words of a subject, if any."""
    for k in range(a, min(len(toks), a + words + 1)):
        if complementiser(toks[k]):
            return k
        if not toks[k].word or starts_cue(toks[k].norm):
            return None
    return None


def complementiser(tok: Tok) -> bool | None:
    """True for إن/أن/بأن/فإن, False for one carrying a pronoun (أنه), None otherwise."""
    if not tok.word:
        return None
    norm = tok.norm[1:] if tok.norm[0] == "و" and len(tok.norm) > 2 else tok.norm
    if norm in _COMPLEMENTISERS:
        return True
    for base in _COMPLEMENTISERS:
        if norm.startswith(base) and norm[len(base):] in _COMPLEMENTISER_PRONOUNS:
            return False
    return None


def starts_cue(norm: str) -> bool:
    """True for a reporting verb, participle or حسب / وفق / نقلا, with و / ف or not."""
    bare, _ = strip_conj(norm)
    return bare in _VERB_OF or bare in _PARTICIPLE_OF or bare in _ACCORDING


def is_reporting_verb(norm: str) -> bool:
    """True for a finite reporting verb, with or without the conjunction و / ف."""
    return norm in _VERB_OF or strip_conj(norm)[0] in _VERB_OF


def verb_gender(norm: str) -> str | None:
    """"f" for a feminine singular reporting verb or participle (قالت، تقول، مؤكدة), "m" for a
    masculine singular one, None for a plural or any other word."""
    bare = norm if norm in _VERB_OF or norm in _PARTICIPLE_OF else strip_conj(norm)[0]
    if bare in _PARTICIPLE_OF:
        return "f" if bare.endswith("ه") else "m" if bare.endswith("ا") else None
    lemma = _VERB_OF.get(bare)
    if lemma is None or bare.endswith(("وا", "ون")) or bare == "قلن":
        return None
    forms = VERBS.forms[lemma]
    if bare.endswith("ت") and (bare[:-1] in forms or bare[:-1] + "ي" in forms) or \
            bare.startswith("ت") and "ي" + bare[1:] in forms:
        return "f"
    return "m"


def aside_at(toks: Sequence[Tok], k: int) -> int:
    """Tokens of the aside that token ``k`` starts ("وفق قولها"، "على حد قوله"), else 0."""
    if k + 1 >= len(toks):
        return 0
    bare = strip_conj(toks[k].norm)[0]
    width = 2
    if bare == "علي" and toks[k + 1].norm == ASIDE_LEMMA:
        width = 3
    elif bare not in _ACCORDING:
        return 0
    return width if k + width - 1 < len(toks) and \
        toks[k + width - 1].norm in WORDS.parenthetical else 0


def starts_statement(toks: Sequence[Tok], k: int, s_end: int) -> bool:
    """True when token ``k``, after a comma, opens a new statement that ends a claim.

    A word with the conjunction و, فيما / بينما / ثم ..., "في حين", فهو / فعلى ...,
    another cue.
    """
    norm = toks[k].norm
    return norm.startswith("و") and norm not in WORDS.w_words or norm in WORDS.break_words or \
        norm == "في" and k + 1 < s_end and toks[k + 1].norm == "حين" or starts_cue(norm)


def event_noun(norm: str) -> bool:
    """True for a noun of the speech event (بيان، تصريح، الاجتماع), with و or ال or not."""
    nouns = WORDS.event_nouns
    return norm in nouns or strip_conj(norm)[0] in nouns or \
        norm.startswith("ال") and norm[2:] in nouns


def stance_noun(norm: str) -> bool:
    """True for a stance noun carrying its pronoun (أمله، قلقها، ثقتهم)."""
    return any(norm.endswith(p) and norm[:-len(p)] in WORDS.stance_nouns
               for p in WORDS.stance_pronouns)


def verb_with_object(norm: str) -> bool:
    """A past-tense verb carrying an object pronoun (أعلنتها، نشرته), roughly."""
    return len(norm) > 4 and norm.endswith(("ها", "ه")) and norm.startswith(("ا", "ن", "ت"))
