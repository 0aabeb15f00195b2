"""The ``claims`` suggester: reported speech as CLAIM, CUE and ACTOR spans linked by SOURCE.

Rules (issue 6, DESIGN.md "Claims"), all on :func:`annotator.core.arabic.tokens`
with every word compared in its normalised form
(:func:`annotator.core.arabic.normalize`, so hamza, alef, teh marbuta and
tashkeel variants of a verb are one form):

- A **cue** is a reporting verb in any of its common inflections (قال، قالت،
  يقول، أكد، تؤكد، أشار، أضاف، كشف، أعلن، صرح، اعتبر، أوضح، توقع، لفت ... and
  their participles مضيفا، مؤكدا، مشيرا ...), an attribution phrase (حسب /
  بحسب، وفق / وفقا لـ، نقلا عن), an aside (وفق قولها، على حد قوله), or an
  impersonal phrase of the author (يبدو أن، من المتوقع / المرجح أن، يعني أن).
  The proclitics و ف (and ب of بحسب) stay outside the CUE span.
- The **content** follows the complementiser إن / أن / بأن / فإن (a
  complementiser carrying a pronoun, أنه، stays outside) up to the end of its
  clause: the sentence end, or a comma followed by a word that starts a new
  statement (و...، فيما، بينما، في حين، إذ، فهو، another cue, a clause with
  its own حسب). ``، وأن ...`` and ``، إلا أن ...`` start a second claim of the
  same source. After a colon (``قائلا: إن ...``) the content runs to the
  sentence end or the next cue; unquoted words after a colon (``صرح بالقول:
  نشعر ...``) are a direct claim. Quoted text (« » “ ” ") after a colon or a
  cue is a direct claim; a quote right before ``، قال X`` / ``، حسب X`` too.
  Without a complementiser, an object is the claim after "أشار إلى / أكد على"
  and a noun such as أهمية، ضرورة، خطورة، عدم; after a fear verb and من
  (``تتخوف الجزائر من تحول ...``); after a stance (``أعرب / عبر عن أمله في``،
  ``أبدى قلقه من``). A postposed حسب / وفق / نقلا عن makes the clause before
  it the claim (with no comma before it, only when a speaker follows: not
  ``وفقا للدستور``), an inline one the clause around it; an aside the clause
  around it, for the last speaker.
- The **source** is the noun phrase between the verb and the complementiser
  (``قال وزير الداخلية التونسي إن``), cut before a prepositional phrase about
  the speech event (في بيان، للصحفيين، خلال ...), before an appositive set off
  by a comma and before ``وهو ...``; after a title, a name set off by commas
  is the source (``السفير الأمريكي لدى تونس، دانيال روبينستن، إن``). A quoted
  outlet (``قالت «الوطن»``) is named inside its quotes. A phrase headed by
  مصدر / مصادر / مسؤول / شهود / تقارير ... becomes an ACTOR of type
  ``unnamed_source``. With no phrase there (``وأكد أن``, ``لكنه أكد أن``), a
  participle (``مضيفا أن``) or an anaphoric one (``وأضاف المصدر``، ``وأشار
  البيان``، ``المتحدث``، a description such as ``المسؤولة الأميركية`` whose
  gender and nationality fit) the source is the speaker named last, else the
  subject of the sentence's opening verb, else the nearest ACTOR span before.
  A feminine verb (قالت) does not take a speaker whose verb was masculine, nor
  the reverse: no source is better than a wrong one. A subject before the
  verb leaves out كان and ``هي الأخرى``. An ACTOR span already in the
  annotations over that phrase is reused, unless it covers a title alone and
  a name follows (``وزير الخارجية أحمد عطاف``).

Everything is suggested (status ``suggested``, origin ``claims@<version>``)
and reviewed like any suggestion; nothing is ever written here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from annotator.core.arabic import normalize, strip_proclitics, tokens
from annotator.core.edits import make_relation
from annotator.core.model import AnnotationSet, Document, Relation, Span, Status
from annotator.core.schema import LabelSchema
from annotator.core.text import snap_out
from annotator.suggest.base import SuggesterBase, Suggestions, suggested_span, valid_attributes

VERSION = "2"
ORIGIN = f"claims@{VERSION}"


def _forms(*words: str) -> frozenset[str]:
    return frozenset(words)


# Normalised reporting-verb forms (normalize_query: أ->ا, ة->ه, ى->ي, ئ/ؤ->ي/و).
_VERBS: dict[str, frozenset[str]] = {
    "قال": _forms("قال", "قالت", "قالوا", "يقول", "تقول", "يقولون", "قلن"),
    "أكد": _forms("اكد", "اكدت", "اكدوا", "يوكد", "توكد", "يوكدون"),
    "أشار": _forms("اشار", "اشارت", "اشاروا", "يشير", "تشير", "يشيرون"),
    "أضاف": _forms("اضاف", "اضافت", "اضافوا", "يضيف", "تضيف", "يضيفون"),
    "كشف": _forms("كشف", "كشفت", "كشفوا", "يكشف", "تكشف"),
    "أعلن": _forms("اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن"),
    "صرح": _forms("صرح", "صرحت", "صرحوا", "يصرح", "تصرح"),
    "اعتبر": _forms("اعتبر", "اعتبرت", "اعتبروا", "يعتبر", "تعتبر"),
    "أوضح": _forms("اوضح", "اوضحت", "اوضحوا", "يوضح", "توضح"),
    "ذكر": _forms("ذكر", "ذكرت", "ذكروا", "يذكر", "تذكر"),
    "أفاد": _forms("افاد", "افادت", "افادوا", "يفيد", "تفيد"),
    "شدد": _forms("شدد", "شددت", "يشدد", "تشدد"),
    "نفى": _forms("نفي", "نفت", "نفوا", "ينفي", "تنفي"),
    "رأى": _forms("راي", "رات", "راوا", "يري", "تري", "يرون"),
    "رجح": _forms("رجح", "رجحت", "يرجح", "ترجح"),
    "استبعد": _forms("استبعد", "استبعدت", "يستبعد", "تستبعد"),
    "حذر": _forms("حذر", "حذرت", "يحذر", "تحذر"),
    "تابع": _forms("تابع", "تابعت", "اردف", "اردفت"),
    "زعم": _forms("زعم", "زعمت", "يزعم", "تزعم", "ادعي", "ادعت"),
    "رد": _forms("رد", "ردت"),
    "نقل": _forms("نقل", "نقلت"),
    "اعتقد": _forms("اعتقد", "اعتقدت", "يعتقد", "تعتقد", "يعتقدون"),
    "توقع": _forms("توقع", "توقعت", "توقعوا", "يتوقع", "تتوقع", "يتوقعون"),
    "لفت": _forms("لفت", "لفتت", "لفتوا", "يلفت", "تلفت"),
    "أشاد": _forms("اشاد", "اشادت", "اشادوا", "يشيد", "تشيد"),
    "تخوف": _forms("تخوف", "تخوفت", "تخوفوا", "يتخوف", "تتخوف", "يتخوفون"),
    "خشي": _forms("خشي", "خشيت", "خشوا", "يخشي", "تخشي", "يخشون"),
    # Stance verbs: a cue only with the stance they express (عبر عن أمله في ...).
    "أعرب": _forms("اعرب", "اعربت", "اعربوا", "يعرب", "تعرب"),
    "عبر": _forms("عبر", "عبرت", "عبروا", "يعبر", "تعبر"),
    "أبدى": _forms("ابدي", "ابدت", "ابدوا", "يبدي", "تبدي"),
}
_PARTICIPLES: dict[str, frozenset[str]] = {
    "قال": _forms("قايلا", "قايله"),
    "أكد": _forms("موكدا", "موكده"),
    "أشار": _forms("مشيرا", "مشيره"),
    "أضاف": _forms("مضيفا", "مضيفه"),
    "كشف": _forms("كاشفا", "كاشفه"),
    "أعلن": _forms("معلنا", "معلنه"),
    "اعتبر": _forms("معتبرا", "معتبره"),
    "أوضح": _forms("موضحا", "موضحه"),
    "شدد": _forms("مشددا", "مشدده"),
    "حذر": _forms("محذرا", "محذره"),
    "نفى": _forms("نافيا", "نافيه"),
    "توقع": _forms("متوقعا", "متوقعه"),
    "لفت": _forms("لافتا", "لافته"),
    "أشاد": _forms("مشيدا", "مشيده"),
    "تخوف": _forms("متخوفا", "متخوفه"),
    "أعرب": _forms("معربا", "معربه"),
    "عبر": _forms("معبرا", "معبره"),
    "أبدى": _forms("مبديا", "مبديه"),
    # "بقوله: «...»" (by his saying) reports like a participle.
    "قول": _forms("بقوله", "بقولها", "بقولهم"),
}
_VERB_OF = {f: lemma for lemma, forms in _VERBS.items() for f in forms}
_PARTICIPLE_OF = {f: lemma for lemma, forms in _PARTICIPLES.items() for f in forms}
#: Certainty (FactBank) that the cue itself states; other cues leave it to the analyst.
_CERTAINTY = {"نفى": "CT-", "رجح": "PR+", "استبعد": "PR-", "المرجح": "PR+", "المحتمل": "PS+"}
# Verbs that are also common words ("تابع" = to follow): a cue only before ":" or a quote.
_WEAK = {"تابع"}
# Verbs that report only the stance they name: "أعرب / عبر عن أمله في ..."، "أبدى قلقه من ...".
_STANCE_VERBS = {"أعرب", "عبر", "أبدى"}
# Stance nouns (without their pronoun) after a stance verb; the claim follows their preposition.
_STANCE_NOUNS = {"امل", "قلق", "ارتياح", "رفض", "استياء", "تخوف", "ثقت", "ترحيب", "تفاول",
                 "اسف", "استغراب", "انزعاج", "خشيت", "رغبت", "استعداد"}
_STANCE_PREPOSITIONS = {"في", "من", "ازاء", "حيال", "بشان", "تجاه", "علي"}
# Verbs of fearing: what follows "من" is the feared claim (تتخوف الجزائر من تحول ...).
_FEAR_VERBS = {"تخوف", "خشي"}
# "أشار إلى أهمية ..."، "أكد على ضرورة ...": after a cue and a preposition, these nouns
# open the claim.
_CLAIM_NOUNS = {"اهميه", "ضروره", "خطوره", "حاجه", "الحاجه", "وجوب", "صعوبه", "استحاله",
                "امكانيه", "احتمال", "عدم"}
_CLAIM_NOUN_PREPOSITIONS = {"الي", "علي", "من"}
# Tokens after the cue within which such an object is looked for (the speaker comes between).
_OBJECT_REACH = 12
# Claims of the author with no speaker: "ويبدو أن ..."، "ومن المتوقع أن ..."، "ما يعني أن ...".
_IMPERSONAL_ADJECTIVES = {"المتوقع", "المرجح", "المنتظر", "المحتمل"}
_NEGATIONS = {"لا", "ولا", "لن", "ولن", "ليس", "لم"}

_ACCORDING = {"حسب": "حسب", "بحسب": "حسب", "وفق": "وفق", "وفقا": "وفق", "نقلا": "نقلا"}

_COMPLEMENTISERS = {"ان", "بان", "فان"}
_PARENTHETICAL = {"قوله", "قولها", "قولهم", "تعبيره", "تعبيرها", "وصفه", "وصفها"}
_COMP_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "ني", "نا", "كم")
_SENTENCE_END = {".", "!", "?", ";", "…"}
_COMMA = {",", "،"}
_OPEN_QUOTES = {"«": "»", "“": "”", "„": "“"}
_BREAK_WORDS = {"فيما", "بينما", "حيث", "اما", "ثم", "اذ", "فهو", "فهي", "فهم", "فهذا", "فهذه",
                "فعلي", "فمن"}
# After a comma these continue the same statement ("، لكن", "، ولكن"), so no break.
_CONTINUERS = {"لكن", "ولكن", "لكنه", "لكنها", "ولكنه", "ولكنها", "الا", "غير"}
_STOP_WORDS = {
    "من", "علي", "مع", "خلال", "امام", "عبر", "بعد", "قبل", "منذ", "امس", "اليوم", "يوم",
    "صباح", "مساء", "ليله", "لدي", "حيث", "الذي", "التي", "الذين", "اللذين", "اللتين", "قد",
    "ما", "ايضا", "بدوره", "بدورها", "كذلك", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
    "الجمعه", "السبت", "الاحد", "عقب", "اثر", "بشان", "حول", "ردا", "تعليقا", "وفق",
    "للصحفيين", "للصحافيين", "للصحافه", "للاعلام", "لوسايل", "لوكاله", "لصحيفه", "لقناه",
    "لاذاعه", "لموقع", "للتلفزيون", "لتلفزيون", "لراديو", "لمراسل", "لمراسلنا", "للوكاله",
    "للقناه", "للصحيفه", "للاذاعه", "للموقع", "بالقول", "هناك", "هنالك",
    # "السيد جيلاني حسان وهو قيادي في ...": an appositive clause, not the name.
    "هو", "هي", "هم", "هما", "وهو", "وهي", "وهم", "وهما",
}
_PRONOUNS = {"هو", "هي", "هم", "هما"}
# Tokens before a speaker's name searched for the nationality a description gives it.
_NATIONALITY_WINDOW = 120
_RELATIVES = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"}
_PREPOSITIONS = {"في", "من", "عن", "الي", "علي", "مع", "ب", "ل", "الا", "ضد", "نحو", "دون"}
# Definite person nouns that, with a nisba, re-describe the speaker (المسؤولة الأميركية).
_DESCRIPTION_HEADS = {"المسوول", "المسووله", "الوزير", "الوزيره", "الدبلوماسي", "الدبلوماسيه",
                      "المبعوث", "المبعوثه", "السفير", "السفيره", "المتحدث", "المتحدثه",
                      "الخبير", "الخبيره", "الباحث", "الباحثه", "المحلل", "المحلله"}
# "وكانت إسبانيا هي الأخرى أعلنت": emphasis between a subject and its verb.
_EMPHATIC_TAILS = {"الاخري", "الاخر", "الاخرون", "الاخرين", "ايضا"}
_AUXILIARIES = {"كان", "كانت", "كانوا", "يكون", "تكون", "اصبح", "اصبحت"}
# After "في", these nouns describe the speech event, not the speaker (في بيان، في تصريح).
_EVENT_NOUNS = {
    "بيان", "تصريح", "تصريحات", "حديث", "مقابله", "ندوه", "موتمر", "خطاب", "كلمه", "احاطه",
    "اتصال", "لقاء", "رساله", "تغريده", "منشور", "حوار", "جلسه", "اجتماع", "تقرير", "ختام",
    "وقت", "ساعه", "تدوينه", "بلاغ", "افاده", "شريط", "فيديو", "تسجيل", "برنامج", "حفل",
    "زياره", "اعقاب", "معرض", "سياق", "اطار", "رده", "ردها", "تعليق",
}
_DOCUMENTS = {"البيان", "التقرير", "البلاغ", "الرساله", "الوثيقه", "بيان", "تقرير", "بلاغ",
              "حصيله", "تصريحات", "روايه", "معلومات", "ارقام", "احصاييات", "وثيقه", "رساله",
              "بيانات", "معطيات", "تقارير", "تقديرات"}
_UNNAMED_HEADS = {"مصدر", "مصادر", "مسوول", "مسوولون", "مسوولين", "شهود", "شاهد", "سكان",
                  "عضو", "ضابط", "دبلوماسي", "دبلوماسيون", "مراقبون", "ناشطون", "ناشط",
                  "اوساط", "جهات", "احد", "احدي", "تقارير"}
_PERSON_HEADS = {"وزير", "رييس", "متحدث", "ناطق", "قايد", "سفير", "العقيد", "اللواء",
                 "الجنرال", "العميد", "مبعوث", "باحث", "مدير", "امين", "محافظ", "والي",
                 "نايب", "زعيم", "الشيخ", "المشير", "الفريق", "مستشار", "المحلل", "محلل",
                 "خبير", "سايق", "قاضي", "النايب", "الوزير", "الرييس", "المتحدث", "الناطق",
                 "القايد", "السفير", "المبعوث", "الباحث", "المدير", "الامين", "المحافظ",
                 "الوالي", "الزعيم", "المستشار", "الخبير"}
_ORG_HEADS = {"وزاره", "الجيش", "جيش", "الحكومه", "حكومه", "منظمه", "هييه", "وكاله", "بعثه",
              "الرابطه", "رابطه", "المجلس", "مجلس", "الشرطه", "الحرس", "الاتحاد", "الامم",
              "المفوضيه", "الموسسه", "موسسه", "قوات", "لجنه", "اللجنه", "الاداره", "الرياسه",
              "رياسه", "حزب", "حركه", "جبهه", "تنظيم", "جماعه", "القياده", "قياده", "الوزاره",
              "البرلمان", "المحكمه", "محكمه", "النيابه", "الداخليه", "الخارجيه", "الدفاع",
              "السلطات", "الامن", "المديريه", "مديريه", "المنظمه", "الهييه", "الوكاله",
              "البعثه", "الحركه", "صحيفه", "الصحيفه", "قناه", "القناه", "اذاعه", "الاذاعه"}
# Sentence-initial words that begin with و / ف as part of the word, not as a conjunction.
_W_WORDS = {"وزير", "وزاره", "وحدات", "وكاله", "وفق", "وفقا", "ولايه", "واشنطن", "وادي",
            "وفد", "وقف", "وصل", "وقع", "وجه", "وضع", "وعد", "وجود", "وسط", "واصل", "وثيقه",
            "فرنسا", "فريق", "فصايل", "فرق", "فرع", "فتح", "فشل", "فقد"}


@dataclass(frozen=True)
class _Tok:
    """A token with its normalised form and whether it is a word."""

    start: int
    end: int
    text: str
    norm: str
    word: bool


@dataclass(frozen=True)
class SourceRef:
    """Where a claim's source is: an existing ACTOR span, or new offsets to suggest."""

    start: int
    end: int
    span_id: str | None = None
    actor_type: str | None = None


@dataclass(frozen=True)
class ClaimCandidate:
    """One claim found in a text: offsets of content, cue and source, with attributes."""

    start: int
    end: int
    quote: str
    cue: tuple[int, int] | None
    source: SourceRef | None
    certainty: str | None = None
    score: float = 0.6


# ------------------------------------------------------------------ tokens


def _tokens(text: str) -> list[_Tok]:
    """Tokens with their normalised form, cut from ONE normalised copy of the text."""
    nt = normalize(text)
    origin, hay = nt.origin, nt.text
    out = []
    for t in tokens(text):
        # Normalisation maps character by character, so a token's normalised form is
        # the normalised characters whose origin lies inside the token.
        norm = hay[bisect_left(origin, t.start, 0, len(hay)):
                   bisect_left(origin, t.end, 0, len(hay))]
        out.append(_Tok(t.start, t.end, t.text, norm, bool(norm) and norm[0].isalnum()))
    return out


def _strip_conj(norm: str) -> tuple[str, int]:
    """``norm`` without a leading و / ف conjunction, and how many letters were dropped."""
    if len(norm) > 3 and norm[0] in "وف" and norm not in _W_WORDS:
        return norm[1:], 1
    return norm, 0


def _original_offset(tok: _Tok, n_letters: int) -> int:
    """Original offset after the first ``n_letters`` normalised letters of ``tok``."""
    return tok.start + normalize(tok.text).origin[n_letters]


class _Analysis:
    """Tokens of one text with quote regions and sentence boundaries."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = _tokens(text)
        self.quote_close: dict[int, int] = {}  # opening quote index -> closing quote index
        self.quote_open: dict[int, int] = {}   # closing -> opening
        self._find_quotes()
        self.sentence_of: list[int] = []
        self.sentence_bounds: list[tuple[int, int]] = []  # token index ranges [start, end)
        self._find_sentences()

    def _find_quotes(self) -> None:
        toks = self.toks
        i = 0
        while i < len(toks):
            ch = toks[i].text
            # " and a lone ” (typed as both opening and closing mark) pair with the next one.
            closer = _OPEN_QUOTES.get(ch) or (ch if ch in ('"', "”") else None)
            if closer:
                for j in range(i + 1, len(toks)):
                    if toks[j].text == closer or (closer == "”" and toks[j].text == '"'):
                        self.quote_close[i] = j
                        self.quote_open[j] = i
                        i = j
                        break
                    if "\n" in self.text[toks[j - 1].end:toks[j].start]:
                        break  # quotes do not run across paragraphs
            i += 1

    def _find_sentences(self) -> None:
        toks, start, inside_until = self.toks, 0, -1
        for i, tok in enumerate(toks):
            if i in self.quote_close:
                inside_until = max(inside_until, self.quote_close[i])
            gap_break = i > 0 and "\n" in self.text[toks[i - 1].end:tok.start]
            if gap_break and i > start:
                self.sentence_bounds.append((start, i))
                start = i
            if i > inside_until and tok.norm in _SENTENCE_END:
                self.sentence_bounds.append((start, i + 1))
                start = i + 1
        if start < len(toks):
            self.sentence_bounds.append((start, len(toks)))
        self.sentence_of = [0] * len(toks)
        for n, (a, b) in enumerate(self.sentence_bounds):
            for i in range(a, b):
                self.sentence_of[i] = n

    def sentence(self, i: int) -> tuple[int, int]:
        """Token range ``[start, end)`` of the sentence holding token ``i``."""
        return self.sentence_bounds[self.sentence_of[i]]

    def offsets(self, a: int, b: int) -> tuple[int, int]:
        """Original offsets covering tokens ``a..b`` inclusive."""
        return self.toks[a].start, self.toks[b].end


# ------------------------------------------------------------------ cues


@dataclass(frozen=True)
class _Cue:
    index: int
    kind: str  # "verb" | "participle" | "according" | "impersonal"
    lemma: str
    start: int
    end: int
    width: int = 1  # tokens covered (نقلا عن = 2)


def _find_cues(an: _Analysis) -> list[_Cue]:
    cues = []
    toks = an.toks
    for i, tok in enumerate(toks):
        if not tok.word:
            continue
        bare, cut = _strip_conj(tok.norm)
        start = _original_offset(tok, cut) if cut else tok.start
        if tok.norm in _VERB_OF or bare in _VERB_OF:
            lemma = _VERB_OF.get(tok.norm) or _VERB_OF[bare]
            if tok.norm in _VERB_OF:
                start = tok.start
            cues.append(_Cue(i, "verb", lemma, start, tok.end))
        elif bare in _PARTICIPLE_OF:
            cues.append(_Cue(i, "participle", _PARTICIPLE_OF[bare], start, tok.end))
        elif width := _impersonal_width(toks, i):
            last = toks[i + width - 1]
            if width == 2:  # "ومن المتوقع": the conjunction stays outside, as for verbs
                start = _original_offset(tok, len(tok.norm) - len("من"))
            cues.append(_Cue(i, "impersonal", last.norm, start, last.end, width))
        else:
            word, cut = bare, cut
            if word.startswith("ب") and word[1:] in ("حسب",):
                word, cut = word[1:], cut + 1
                start = _original_offset(tok, cut)
            if word == "علي" and i + 2 < len(toks) and toks[i + 1].norm == "حد" and \
                    toks[i + 2].norm in _PARENTHETICAL:
                cues.append(_Cue(i, "according", "حد", start, toks[i + 1].end, 2))
                continue  # "على حد قوله": an aside
            if word in _ACCORDING and tok.norm != "فحسب":
                lemma = _ACCORDING[word]
                if lemma == "نقلا":
                    if i + 1 < len(toks) and toks[i + 1].norm == "عن":
                        cues.append(_Cue(i, "according", lemma, start, toks[i + 1].end, 2))
                    continue
                cues.append(_Cue(i, "according", lemma, start, tok.end))
    return cues


def _impersonal_width(toks: Sequence[_Tok], i: int) -> int:
    """Tokens of an impersonal cue at ``i`` that إن / أن follows, else 0.

    "يبدو أن"، "من المتوقع أن"، and "يعني أن" with at most a short subject
    between ("وتعني كل هذه المعطيات أن"; not "لا يعني أن").
    """
    norm = toks[i].norm
    bare = _strip_conj(norm)[0]
    if bare == "يبدو":
        width = 1
    elif norm in ("من", "ومن", "فمن") and i + 1 < len(toks) and \
            toks[i + 1].norm in _IMPERSONAL_ADJECTIVES:
        width = 2
    elif bare in ("يعني", "تعني") and not (i > 0 and toks[i - 1].norm in _NEGATIONS):
        return 1 if _complementiser_after(toks, i + 1) is not None else 0
    else:
        return 0
    return width if i + width < len(toks) and _complementiser(toks[i + width]) else 0


def _complementiser_after(toks: Sequence[_Tok], a: int, words: int = 5) -> int | None:
    """Index of إن / أن at ``a`` or after at most ``words`` words of a subject, if any."""
    for k in range(a, min(len(toks), a + words + 1)):
        if _complementiser(toks[k]):
            return k
        if not toks[k].word or _starts_cue(toks[k].norm):
            return None
    return None


def _complementiser(tok: _Tok) -> bool | None:
    """True for إن/أن/بأن/فإن, False for one carrying a pronoun (أنه), None otherwise."""
    if not tok.word:
        return None
    norm = tok.norm[1:] if tok.norm[0] == "و" and len(tok.norm) > 2 else tok.norm
    if norm in _COMPLEMENTISERS:
        return True
    for base in _COMPLEMENTISERS:
        if norm.startswith(base) and norm[len(base):] in _COMP_PRONOUNS:
            return False
    return None


# ------------------------------------------------------------------ the finder


class _Finder:
    def __init__(self, text: str, ann: AnnotationSet | None) -> None:
        self.an = _Analysis(text)
        self.text = text
        self.actors = sorted(
            (s for s in (ann.spans.values() if ann else ()) if s.label == "ACTOR"
             and s.status is not Status.REJECTED), key=lambda s: (s.start, -s.end))
        self._actor_starts = [s.start for s in self.actors]
        self._longest_actor = max((s.end - s.start for s in self.actors), default=0)
        # The text's words, normalised (what core.arabic.vocabulary gives, from our tokens).
        self.known = frozenset(t.norm for t in self.an.toks if t.word)
        self.claims: list[ClaimCandidate] = []
        self.used_until = -1  # tokens up to this index belong to a claim or its source
        self.content_until = -1  # last token of any claim found so far
        self._starts: list[int] = []  # claim starts, sorted, parallel to ``claims``
        self._longest = 0
        self._last_claim: ClaimCandidate | None = None
        # The speaker named last (a claim's source, or a حسب phrase over a clause already
        # claimed) and the gender of its verb ("f", "m", None when unknown or plural).
        self._last_speaker: SourceRef | None = None
        self._speaker_gender: str | None = None
        self.prefix_cut: dict[int, int] = {}  # token -> leading preposition letters to drop
        self._according_at: list[int] = []  # token indices of حسب / وفق / نقلا عن, sorted
        self._writes_ala: bool | None = None  # the text spells the preposition على
        self._tok_starts = [t.start for t in self.an.toks]

    # -------------------------------------------------------- sources

    def _actor_ref(self, a: int, b: int) -> SourceRef:
        """Source over tokens a..b: an existing ACTOR span there, or new offsets."""
        start, end = self.an.offsets(a, b)
        if a in self.prefix_cut:
            start = _original_offset(self.an.toks[a], self.prefix_cut[a])
        else:
            # Only the first word's possible remainders are looked up (proclitic_length
            # normalises the whole known-word set on every call).
            first = self.an.toks[a].norm
            known = {w for w in (first[1:], first[2:]) if w in self.known}
            start = strip_proclitics(self.text, start, end, known)
        # An annotated ACTOR stands for the phrase when it starts within the phrase's
        # first word (its head) and covers at least half of it: "الجيش الوطني الليبي"
        # inside "المتحدث باسم الجيش الوطني الليبي" is another actor, not the speaker.
        head_end = self.an.toks[a].end
        best = None
        lo = bisect_left(self._actor_starts, start - self._longest_actor)
        hi = bisect_right(self._actor_starts, head_end - 1)
        for s in self.actors[lo:hi]:
            inter = min(end, s.end) - max(start, s.start)
            if inter > 0 and inter * 2 >= (end - start) and (
                    best is None or (s.end - s.start) > (best.end - best.start)):
                best = s
        actor_type = _actor_type(self._phrase_words(a, b))
        if best is not None and not (actor_type == "person" and self._name_after(best.end, b)):
            return SourceRef(best.start, best.end, best.id,
                             best.attributes.get("type") if best.attributes else None)
        return SourceRef(start, end, None, actor_type)

    def _phrase_words(self, a: int, b: int) -> list[str]:
        """Normalised words of tokens ``a..b``, a preposition cut off the first (لمسؤول)."""
        words = [t.norm for t in self.an.toks[a:b + 1] if t.word]
        if a in self.prefix_cut and words:
            words[0] = words[0][self.prefix_cut[a]:]
        return words

    def _name_after(self, offset: int, b: int) -> bool:
        """True when a name follows ``offset`` within the phrase ending at token ``b``.

        An ACTOR over the title alone ("وزير الخارجية") does not stand for
        "وزير الخارجية أحمد عطاف": the speaker is the whole phrase.
        """
        k = bisect_left(self._tok_starts, offset)
        return any(_name_like(t) and not _nisba_like(t.norm) for t in self.an.toks[k:b + 1])

    def _noun_phrase(self, a: int, limit: int) -> tuple[int, int] | None:
        """Token range of the noun phrase starting at ``a`` (before ``limit``), if any."""
        toks = self.an.toks
        i, last = a, None
        while i < limit and i - a < 9:
            tok = toks[i]
            close = self.an.quote_close.get(i)
            if close is not None and 2 <= close - i <= 5 and close < limit:
                # A quoted name: "قالت «الوطن» إن" (the name inside), "صحيفة «الوطن»".
                if last is None:
                    return i + 1, close - 1
                last, i = close, close + 1
                continue
            if close is not None or not tok.word:
                break
            norm = tok.norm
            nxt = toks[i + 1].norm if i + 1 < limit else ""
            if norm in _STOP_WORDS and not (last is not None and self._name_ali(i)) or \
                    _complementiser(tok) is not None:
                break
            if norm == "عن" and not (last is not None and toks[last].norm.endswith("دفاع")):
                break
            if norm == "في" and _event_noun(nxt):
                break
            if norm == "الي" and (i + 1 >= limit or _complementiser(toks[i + 1]) is not None):
                break
            if norm in ("في", "الي", "ل") and i + 1 >= limit:
                break
            if norm in _VERB_OF or norm in _PARTICIPLE_OF or _strip_conj(norm)[0] in _VERB_OF:
                break
            last = i
            i += 1
        return (a, last) if last is not None else None

    def _name_ali(self, i: int) -> bool:
        """True when token ``i`` is the name علي, not the preposition على.

        Only in a text that writes the preposition with alef maqsura (على).
        """
        if self._writes_ala is None:
            self._writes_ala = "على" in self.text
        tok = self.an.toks[i]
        nxt = self.an.toks[i + 1] if i + 1 < len(self.an.toks) else None
        return tok.norm == "علي" and self._writes_ala and "ى" not in tok.text and \
            nxt is not None and nxt.word and nxt.norm not in _STOP_WORDS

    def _segment_source(self, a: int, limit: int, lemma: str) -> tuple[int, int] | None:
        """The speaker's noun phrase in tokens ``[a, limit)`` after a cue.

        After a title, a name set off by commas right before ``limit`` is the
        speaker ("السفير الأمريكي لدى تونس، دانيال روبينستن، إن").
        """
        toks = self.an.toks
        # "نقلت X عن Y" and "X، نقلا عن Y": the source is Y.
        for i in range(a, limit - 1):
            if toks[i].norm == "عن" and (lemma == "نقل" or toks[i - 1].norm == "نقلا"):
                return self._noun_phrase(i + 1, limit)
        rng = self._noun_phrase(a, limit)
        if rng is not None and _actor_type([t.norm for t in toks[rng[0]:rng[1] + 1]]) == "person":
            return self._appositive_name(rng[1] + 1, limit) or rng
        return rng

    def _appositive_name(self, a: int, limit: int) -> tuple[int, int] | None:
        """Tokens of a name between the last two commas of ``[a, limit)``, ending at ``limit``."""
        toks = self.an.toks
        close = limit - 1
        if close <= a or toks[close].norm not in _COMMA:
            return None
        open_ = close - 1
        while open_ >= a and toks[open_].norm not in _COMMA:
            open_ -= 1
        words = toks[open_ + 1:close]
        if open_ < a or not 1 <= len(words) <= 4:
            return None
        first = words[0]
        if not (_name_like(first) and not _participle_like(first.norm) or
                first.norm in _PERSON_HEADS and len(words) > 1):
            return None  # "، في تصريح صحفي،"، "، مخاطبا الحضور،"
        if not all(t.word and t.norm not in _STOP_WORDS and t.norm not in _PREPOSITIONS
                   and _strip_conj(t.norm)[0] not in _VERB_OF for t in words):
            return None
        return open_ + 1, close - 1

    def _according_source(self, a: int, limit: int) -> tuple[int, int] | None:
        """Source after حسب / وفق: skip "ما أفاد به"، "بيان صادر عن"، "حصيلة أعلنتها"، "لـ"."""
        toks = self.an.toks
        i = a
        if i < limit and toks[i].norm == "ل":
            i += 1  # "وفقا لـ مصادر"، "وفقا لـ«رويترز»"
        close = self.an.quote_close.get(i)
        if close is not None and close < limit and 2 <= close - i <= 6:
            return i + 1, close - 1  # a quoted name: "حسب «رويترز»"
        if i < limit and toks[i].norm == "ما":
            # "حسب ما أفاد به X" / "وفق ما ذكرته X": skip ما, its verb and به / بها.
            i += 2
            while i < limit and toks[i].norm in ("به", "بها", "عنه", "عنها"):
                i += 1
            return self._noun_phrase(i, limit)
        if i < limit and toks[i].norm in _DOCUMENTS:
            # "بيان صادر عن X", "بيان لوزارة X", "حصيلة أعلنتها X": the issuer speaks.
            for j in range(i + 1, min(limit, i + 6)):
                norm = toks[j].norm
                if norm == "عن":
                    return self._noun_phrase(j + 1, limit)
                if norm.startswith("ل") and len(norm) > 3:
                    return self._prefixed(j, limit)
                if _verb_with_object(norm) and j + 1 < limit:
                    return self._noun_phrase(j + 1, limit)
            return self._noun_phrase(i, limit)
        if i < limit and toks[i].norm.startswith("ل") and len(toks[i].norm) > 3:
            return self._prefixed(i, limit)
        return self._noun_phrase(i, limit)

    def _prefixed(self, i: int, limit: int) -> tuple[int, int] | None:
        """Noun phrase whose first word carries the preposition ل (وفقا لمسؤول)."""
        rng = self._noun_phrase(i, limit)
        if rng is not None:
            self.prefix_cut[i] = 1
        return rng

    def _is_anaphor(self, rng: tuple[int, int]) -> bool:
        """True when a source phrase refers back to the previous source.

        One word: "أحدهم", "المتحدث", a document, or a definite noun the previous
        source was named with. Or a definite description of a person ("المسؤولة
        الأميركية") whose gender is that of the previous speaker's verb.
        """
        a, b = rng
        if a != b:
            return self._describes_speaker(a, b)
        norm = self.an.toks[a].norm
        if norm in ("احدهم", "احدهما", "احدهن", "بعضهم", "المتحدث", "الناطق"):
            return True  # "one of them": the group named before; "the speaker"
        # A document speaks for whoever issued it; a definite noun ("المصدر", "الوزارة")
        # refers back only when the previous source was named with that noun.
        return norm.startswith("ال") and (norm in _DOCUMENTS or
                                          self._previous_mentions(norm[2:]))

    def _describes_speaker(self, a: int, b: int) -> bool:
        """True for "المسؤولة الأميركية" re-describing the speaker quoted last.

        A definite person noun with at most two nisba adjectives (الأميركي، الجزائرية)
        and no name, when its gender is that of the last speaker's verb and each
        nationality was written near where that speaker was named (not "المسؤول
        الروسي" after an American nobody called Russian).
        """
        toks = self.an.toks
        words = [t.norm for t in toks[a:b + 1]]
        prev = self._last_source()
        if len(words) > 3 or words[0] not in _DESCRIPTION_HEADS or prev is None or \
                self._speaker_gender is None or \
                not all(w.startswith("ال") and w.endswith(("ي", "يه")) for w in words[1:]):
            return False
        if ("f" if words[0].endswith("ه") else "m") != self._speaker_gender:
            return False
        named = bisect_left(self._tok_starts, prev.start)
        near = toks[max(0, named - _NATIONALITY_WINDOW):min(a, named + 20)]
        return all(any(_nisba_stem(w) in t.norm for t in near) for w in words[1:])

    def _previous_mentions(self, word: str) -> bool:
        prev = self._last_source()
        if prev is None:
            return False
        return any(word == w or word + "ه" == w or word == w + "ه"
                   for w in normalize(self.text[prev.start:prev.end]).text.split())

    def _last_source(self) -> SourceRef | None:
        """The speaker named last: the source of the latest claim that has one, mostly."""
        return self._last_speaker

    def _note_speaker(self, source: SourceRef | None, gender: str | None) -> None:
        """Remember ``source`` as the last speaker, with the gender of its verb if known."""
        if source is None:
            return
        if source != self._last_speaker or gender is not None:
            self._speaker_gender = gender
        self._last_speaker = source

    def _agrees_with_speaker(self, cue_index: int) -> bool:
        """False when the cue's verb and the last speaker's verb differ in gender (قالت / قال)."""
        gender = _verb_gender(self.an.toks[cue_index].norm)
        return gender is None or self._speaker_gender is None or gender == self._speaker_gender

    def _continuation_source(self, cue_index: int, *, participle: bool) -> SourceRef | None:
        an = self.an
        s_start, _ = an.sentence(cue_index)
        last = self._last_claim
        agrees = self._agrees_with_speaker(cue_index)
        if participle and last is not None and last.source is not None and \
                last.end > an.toks[s_start].start and agrees:
            return last.source
        if participle or last is None:
            subject = self._sentence_subject(s_start, cue_index)
            if subject is not None:
                return self._actor_ref(*subject)
        prev = self._last_source()
        if prev is not None:
            # "وقالت إنها ..." right after a man's claim: not his; better no source than his.
            return prev if agrees else None
        cue_start = an.toks[cue_index].start
        for k in range(bisect_left(self._actor_starts, cue_start) - 1, -1, -1):
            s = self.actors[k]
            if s.end <= cue_start:  # the nearest ACTOR span before the cue
                return SourceRef(s.start, s.end, s.id, s.attributes.get("type"))
        return None

    def _sentence_subject(self, s_start: int, limit: int) -> tuple[int, int] | None:
        """The noun phrase after the verb that opens the sentence (VSO order).

        A reporting verb, or a word carrying the conjunction و / ف that is not
        a noun with the article (``وأثار بول والتزفيك ...``).
        """
        toks = self.an.toks
        first = toks[s_start]
        if not first.word:
            return None
        bare, cut = _strip_conj(first.norm)
        if first.norm in _VERB_OF or bare in _VERB_OF or \
                cut and len(bare) >= 3 and not bare.startswith("ال") and \
                bare not in _STOP_WORDS and bare not in _PARTICIPLE_OF:
            return self._noun_phrase(s_start + 1, limit)
        return None

    def _subject_before(self, cue_index: int) -> tuple[int, int] | None:
        """Subject written before a verb without conjunction (``مسؤولين أمريكيين أكدوا``).

        In ``وكانت إسبانيا هي الأخرى أعلنت`` the auxiliary and the emphasis stay
        outside; a pronoun subject (``لكنه أكد``) gives None.
        """
        toks = self.an.toks
        cue_tok = toks[cue_index]
        if cue_tok.norm not in _VERB_OF:
            return None
        s_start, _ = self.an.sentence(cue_index)
        end = cue_index - 1
        if end - 1 >= s_start and toks[end].norm in _EMPHATIC_TAILS and \
                toks[end - 1].norm in _PRONOUNS:
            end -= 2
        k = end
        while k >= s_start and cue_index - k <= 6:
            tok = toks[k]
            bare = _strip_conj(tok.norm)[0]
            if not tok.word or tok.norm in _STOP_WORDS or _complementiser(tok) is not None \
                    or tok.norm in _VERB_OF or bare in _VERB_OF or bare in _AUXILIARIES \
                    or tok.norm in _CONTINUERS \
                    or tok.norm in ("في", "الي", "عن", "ان", "و", "ف"):
                break
            k -= 1
        return (k + 1, end) if k + 1 <= end else None

    # -------------------------------------------------------- content

    def _clause_end(self, a: int, *, speech: bool = False) -> tuple[int, int | None]:
        """Last token of the clause starting at ``a``, and the index of a "، وأن" that follows.

        With ``speech`` only a comma before another cue ends it.
        """
        an, toks = self.an, self.an.toks
        _, s_end = an.sentence(a)
        i = a
        while i < s_end:
            tok = toks[i]
            if i in an.quote_close:
                i = an.quote_close[i] + 1
                continue
            if tok.norm in _SENTENCE_END or tok.norm in (":",) and i > a + 2:
                break
            if tok.norm in _COMMA and i + 1 < s_end:
                nxt = toks[i + 1]
                aside = _aside_at(toks, i + 1)
                if aside:
                    i += 1 + aside  # "، وفق قولها،": the clause goes on after the aside
                    continue
                if _complementiser(nxt) is not None and nxt.norm.startswith("و"):
                    return self._trim(a, i - 1), i + 1
                if nxt.norm == "الا" and i + 2 < s_end and _complementiser(toks[i + 2]):
                    return self._trim(a, i - 1), i + 2  # "، إلا أن ...": a second claim
                if speech:
                    if _starts_cue(nxt.norm):
                        break
                elif nxt.norm not in _CONTINUERS and _starts_statement(toks, i + 1, s_end) or \
                        self._attributed_apart(i + 1, s_end):
                    break
            i += 1
        return self._trim(a, i - 1), None

    def _attributed_apart(self, k: int, s_end: int) -> bool:
        """True when the clause from token ``k`` to the next comma holds its own حسب / وفق."""
        toks = self.an.toks
        n = bisect_left(self._according_at, k)
        if n == len(self._according_at) or self._according_at[n] >= s_end:
            return False
        return not any(toks[m].norm in _COMMA for m in range(k, self._according_at[n]))

    def _insert(self, claim: ClaimCandidate, gender: str | None = None) -> None:
        """Add a claim, keeping ``claims`` sorted by start (for range lookups).

        ``gender`` is that of the cue's verb, which agrees with the source.
        """
        i = bisect_right(self._starts, claim.start)
        self._starts.insert(i, claim.start)
        self.claims.insert(i, claim)
        self._longest = max(self._longest, claim.end - claim.start)
        self._last_claim = claim
        self._note_speaker(claim.source, gender)

    def _claims_from(self, lo: int, hi: int | None = None) -> list[ClaimCandidate]:
        """Claims starting in ``[lo, hi)`` (to the end when ``hi`` is None)."""
        i = bisect_left(self._starts, lo)
        j = len(self._starts) if hi is None else bisect_left(self._starts, hi)
        return self.claims[i:j]

    def _trim(self, a: int, b: int) -> int:
        toks = self.an.toks
        while b > a and not toks[b].word and b not in self.an.quote_open:
            b -= 1
        return b

    def _add(self, a: int, b: int, quote: str, cue: _Cue | None, source: SourceRef | None,
             score: float) -> None:
        if b < a:
            return
        start, end = self.an.offsets(a, b)
        if quote == "indirect" and a == b and not self.an.toks[a].word:
            return
        for c in self._claims_from(start - self._longest, end):
            nested = c.start <= start and end <= c.end or start <= c.start and c.end <= end
            if c.start < end and start < c.end and (not nested or (c.start, c.end) ==
                                                    (start, end)):
                return
        self._insert(ClaimCandidate(
            start, end, quote, (cue.start, cue.end) if cue else None, source,
            _CERTAINTY.get(cue.lemma) if cue else None, score),
            _verb_gender(self.an.toks[cue.index].norm) if cue else None)
        # A reporting verb inside indirect content may report a nested claim, so only
        # the tokens before the content are used up; a quote is used up whole.
        self.used_until = max(self.used_until, a - 1 if quote == "indirect" else b)
        self.content_until = max(self.content_until, b)

    def _add_quote(self, open_i: int, cue: _Cue | None, source: SourceRef | None,
                   score: float) -> None:
        close_i = self.an.quote_close[open_i]
        if close_i - open_i < 2:
            return
        self._add(open_i + 1, self._trim(open_i + 1, close_i - 1), "direct", cue, source, score)
        self.used_until = max(self.used_until, close_i)

    def _add_indirect(self, a: int, cue: _Cue | None, source: SourceRef | None,
                      score: float, *, speech: bool = False) -> None:
        """Indirect content from token ``a``; a following "، وأن ..." adds a second claim.

        ``speech``: the content was introduced by a colon ("قائلا: إن ..."), so it runs
        to the sentence end or the next cue, whatever other statement it holds.
        """
        toks = self.an.toks
        if a >= len(toks):
            return
        close = self.an.quote_close.get(a)
        if close is not None and close - a >= 2 and \
                (close + 1 >= len(toks) or not toks[close + 1].word):
            self._add_quote(a, cue, source, score)
            after = self.an.quote_close[a] + 1
            if after + 1 < len(toks) and toks[after].norm in _COMMA and \
                    _complementiser(toks[after + 1]) is not None and \
                    toks[after + 1].norm.startswith("و"):
                self._add_indirect(after + 2, None, source, score)
            return
        b, again = self._clause_end(a, speech=speech)
        self._add(a, b, "indirect", cue, source, score)
        if again is not None and again + 1 < len(toks):
            self._add_indirect(again + 1, None, source, score)

    # -------------------------------------------------------- cue handlers

    def run(self) -> list[ClaimCandidate]:
        cues = _find_cues(self.an)
        self._according_at = [c.index for c in cues
                              if c.kind == "according" and not _aside_at(self.an.toks, c.index)]
        for cue in cues:
            if cue.index <= self.used_until:
                continue
            if cue.kind == "according":
                self._according(cue)
            elif cue.kind == "impersonal":
                self._impersonal(cue)
            elif cue.lemma in _STANCE_VERBS:
                self._stance(cue)
            else:
                self._verb(cue)
        self._standalone_quotes()
        return self.claims

    def _standalone_quotes(self) -> None:
        """A quoted sentence right after a claim continues its speaker (direct, no cue)."""
        an, toks = self.an, self.an.toks
        for open_i, close_i in sorted(an.quote_close.items()):
            s_start, s_end = an.sentence(open_i)
            if open_i != s_start or any(toks[k].word for k in range(close_i + 1, s_end)):
                continue
            if sum(1 for t in toks[open_i + 1:close_i] if t.word) < 4:
                continue
            start = toks[open_i].start
            # The nearest claim with a source ending in the previous two sentences.
            first_tok = an.sentence_bounds[max(0, an.sentence_of[open_i] - 2)][0]
            near = [c for c in self._claims_from(toks[first_tok].start)
                    if c.end <= start and c.source is not None]
            if not near:
                continue
            prev = max(near, key=lambda c: c.end)
            self._add(open_i + 1, self._trim(open_i + 1, close_i - 1), "direct", None,
                      prev.source, 0.5)

    def _quote_before(self, i: int) -> int | None:
        """Opening index of a quote that closes right before token ``i`` (optional comma)."""
        toks = self.an.toks
        j = i - 1
        if j >= 0 and toks[j].norm in _COMMA:
            j -= 1
        if j >= 0 and j in self.an.quote_open and j > max(self.used_until,
                                                            self.content_until - 1):
            return self.an.quote_open[j]
        return None

    def _verb(self, cue: _Cue) -> None:
        an, toks = self.an, self.an.toks
        i = cue.index
        s_start, s_end = an.sentence(i)
        opened = self._quote_before(i)
        if opened is not None and cue.kind == "verb":
            rng = self._segment_source(i + 1, s_end, cue.lemma)
            source = self._resolve(rng, i)
            self._add_quote(opened, cue, source, 0.8)
            return
        j = i + cue.width
        while j < s_end and j - i <= 25:
            tok = toks[j]
            if j in an.quote_close:
                prev = toks[j - 1].norm
                inside = sum(1 for t in toks[j + 1:an.quote_close[j]] if t.word)
                # Right after the verb, a short quote is a name or a term («الإرهابيين»).
                if prev in (":", ",", "،") or inside >= 3 or \
                        _complementiser(toks[j - 1]) is not None:
                    if cue.lemma == "نقل" and not any(t.norm == "عن" for t in toks[i:j]):
                        return
                    source = self._segment_for(cue, i + cue.width, j)
                    self._add_quote(j, cue, source, 0.8)
                    return
                j = an.quote_close[j] + 1
                continue
            if tok.norm in _COMMA and j + 1 < s_end and toks[j + 1].norm in _RELATIVES:
                # "وقال المتحدث، الذي رفض ذكر اسمه، إن ...": the relative clause is skipped.
                close = next((k for k in range(j + 2, s_end) if toks[k].norm in _COMMA), s_end)
                j = close + 1
                continue
            content = self._object_content(cue, j) if j - i <= _OBJECT_REACH else None
            if content is not None:
                source = self._segment_for(cue, i + cue.width, j)
                self._add_indirect(content, cue, source, 0.6)
                return
            if tok.norm == ":" and self._colon_speech(cue, j):
                return
            comp = _complementiser(tok)
            if comp is not None:
                if cue.lemma in _WEAK or cue.lemma == "نقل" and \
                        not any(t.norm == "عن" for t in toks[i:j]):
                    return
                source = self._segment_for(cue, i + cue.width, j)
                self._add_indirect(j + 1, cue, source, 0.7 if source else 0.5,
                                   speech=toks[j - 1].norm == ":")
                return
            bare, _ = _strip_conj(tok.norm)
            if tok.word and (bare in _VERB_OF or bare in _PARTICIPLE_OF or
                             tok.norm in _VERB_OF):
                return
            if tok.norm in _SENTENCE_END:
                return
            j += 1

    def _object_content(self, cue: _Cue, j: int) -> int | None:
        """First token of a claim that token ``j`` opens as the cue's object, if it does.

        "أشار إلى أهمية ..." (the noun opens the claim), "تتخوف X من تحول ..."
        (what is feared), "أعرب عن أمله في ..." (what the stance is about).
        """
        toks = self.an.toks
        if j + 1 >= len(toks) or not toks[j + 1].word or cue.lemma in _WEAK or \
                cue.lemma == "نقل":
            return None
        norm, nxt = toks[j].norm, toks[j + 1]
        if cue.lemma in _STANCE_VERBS:
            noun = j + 1 if norm == "عن" else j
            if not _stance_noun(toks[noun].norm) or noun + 2 >= len(toks):
                return None
            k = noun + 1
            if toks[k].norm in _STANCE_PREPOSITIONS:
                k += 1
            if _complementiser(toks[k]):
                k += 1
            return k if k > noun + 1 and k < len(toks) and toks[k].word else None
        if cue.lemma in _FEAR_VERBS and norm == "من":
            return j + 1 if _complementiser(nxt) is None else None
        if norm in _CLAIM_NOUN_PREPOSITIONS and nxt.norm in _CLAIM_NOUNS:
            return j + 1
        return None

    def _stance(self, cue: _Cue) -> None:
        """A stance verb reports only its object: "وعبر الوفد عن أمله في ..."."""
        toks = self.an.toks
        _, s_end = self.an.sentence(cue.index)
        for j in range(cue.index + 1, min(s_end, cue.index + _OBJECT_REACH + 1)):
            if not toks[j].word or _strip_conj(toks[j].norm)[0] in _VERB_OF:
                return
            content = self._object_content(cue, j)
            if content is not None:
                source = self._segment_for(cue, cue.index + 1, j)
                self._add_indirect(content, cue, source, 0.6)
                return

    def _colon_speech(self, cue: _Cue, j: int) -> bool:
        """Unquoted speech after the cue and a colon ("صرح بالقول: نشعر بالقلق ...").

        The rest of the sentence is a direct claim; True when one was added.
        """
        toks = self.an.toks
        _, s_end = self.an.sentence(j)
        k = j + 1
        if k >= s_end or k in self.an.quote_close or not toks[k].word or \
                _complementiser(toks[k]) is not None:
            return False
        if cue.lemma == "نقل" and not any(t.norm == "عن" for t in toks[cue.index:j]):
            return False
        b = self._trim(k, s_end - 1)
        if sum(1 for t in toks[k:b + 1] if t.word) < 3:
            return False
        self._add(k, b, "direct", cue, self._segment_for(cue, cue.index + cue.width, j), 0.7)
        return True

    def _impersonal(self, cue: _Cue) -> None:
        """"ويبدو أن ..."، "ومن المتوقع أن ...": the author's own claim, with no source."""
        if cue.index <= self.content_until:
            return  # said inside a reported claim: the speaker's, not the author's
        k = _complementiser_after(self.an.toks, cue.index + cue.width)
        if k is not None:
            self._add_indirect(k + 1, cue, None, 0.5)

    def _segment_for(self, cue: _Cue, a: int, limit: int) -> SourceRef | None:
        if cue.kind == "participle":
            return self._continuation_source(cue.index, participle=True)
        rng = self._segment_source(a, limit, cue.lemma)
        return self._resolve(rng, cue.index)

    def _resolve(self, rng: tuple[int, int] | None, cue_index: int) -> SourceRef | None:
        if rng is None:
            before = self._subject_before(cue_index)
            if before is not None:
                return self._actor_ref(*before)
            return self._continuation_source(cue_index, participle=False)
        if self._is_anaphor(rng):
            prev = self._last_source()
            if prev is not None:
                return prev
        return self._actor_ref(*rng)

    def _according(self, cue: _Cue) -> None:
        an, toks = self.an, self.an.toks
        i = cue.index
        s_start, s_end = an.sentence(i)
        after = i + cue.width
        if after < s_end and toks[after].norm in _PARENTHETICAL:
            self._aside(replace(cue, end=toks[after].end), after)
            return
        # Preposed: "وحسب X، فإن ..." / "ووفق X، قتل ..." / "وحسب X فإن ...".
        comma = next((k for k in range(after, s_end)
                      if toks[k].norm in _COMMA or toks[k].norm == "فان"), None)
        first_word = next((k for k in range(s_start, i + 1) if toks[k].word), i)
        if first_word == i and comma is not None and comma + 1 < s_end:
            source = self._resolve(self._according_source(after, comma), i)
            k = comma + 1 if toks[comma].norm in _COMMA else comma
            if _complementiser(toks[k]) is not None or toks[k].norm in ("فقد", "فان"):
                k += 1
            self._add_indirect(k, cue, source, 0.6)
            return
        # Postposed: "X، حسب Y." The clause before the cue is the claim.
        end_i = i - 1
        while end_i >= s_start and not toks[end_i].word and end_i not in an.quote_open:
            end_i -= 1
        if end_i < s_start:
            return
        limit = next((k for k in range(after, s_end) if toks[k].norm in _COMMA), s_end)
        speaker = self._according_source(after, limit)
        source = self._resolve(speaker, i)
        if end_i <= max(self.used_until, self.content_until):
            # "تعتقد X أن ...، بحسب Y": the clause is claimed already, but Y was named
            # last ("لكنه أكد أن ..." is Y's).
            self._note_speaker(source, None)
            return
        if end_i in an.quote_open:
            self._add_quote(an.quote_open[end_i], cue, source, 0.7)
            return
        a = max(s_start, self.used_until + 1, self.content_until + 1)
        if toks[i - 1].word and (speaker is None or not self._source_like(*speaker)):
            return  # "وزعت المساعدات حسب الحاجة": no comma, no speaker
        if speaker is not None and toks[i - 1].word and \
                any(t.word for t in toks[speaker[1] + 1:limit]):
            # Inline: "اللقاءات تمحورت حسب المعلومات المتوفرة حول التهديد ...": the whole
            # clause from the comma before the cue is the claim.
            comma = next((k for k in range(i - 1, a - 1, -1) if toks[k].norm in _COMMA), a - 1)
            end_i, _ = self._clause_end(speaker[1] + 1)
            a = comma + 1
        self._insert_clause(a, end_i, cue, source)
        self.used_until = max(self.used_until, limit - 1)

    def _insert_clause(self, a: int, b: int, cue: _Cue, source: SourceRef | None) -> None:
        """Tokens ``a..b`` as an indirect claim, the conjunction و / ف of the first left out.

        Nothing is added over a claim found already.
        """
        toks = self.an.toks
        while a < b and not toks[a].word:
            a += 1
        if a >= len(toks) or a > b:
            return
        first = toks[a]
        _, cut = _strip_conj(first.norm)
        if not cut and first.norm in _BREAK_WORDS and first.norm[0] == "ف":
            cut = 1  # "فهو" is short for the rule of _strip_conj
        claim_start = _original_offset(first, cut) if cut else first.start
        end = toks[b].end
        if any(c.start < end and claim_start < c.end
               for c in self._claims_from(claim_start - self._longest, end)):
            return
        self._insert(ClaimCandidate(claim_start, end, "indirect", (cue.start, cue.end), source,
                                    None, 0.6))
        self.content_until = max(self.content_until, b)

    def _aside(self, cue: _Cue, after: int) -> None:
        """"فهو، وفق قولها، مهم للغاية": the clause around the aside is the last speaker's."""
        an, toks = self.an, self.an.toks
        i = cue.index
        source = self._last_source()
        if source is None or i <= self.content_until:
            return  # no one to attribute it to, or an aside inside a claim already found
        s_start, s_end = an.sentence(i)
        k = i - 1
        if k >= s_start and toks[k].norm in _COMMA:
            k -= 1
        while k >= s_start and toks[k].norm not in _COMMA:
            k -= 1
        a = max(k + 1, self.used_until + 1, self.content_until + 1)
        if after + 2 < s_end and toks[after + 1].norm in _COMMA:
            b, _ = self._clause_end(after + 2)  # the clause goes on after the aside
        else:
            b = self._trim(a, i - 1)
        self._insert_clause(a, b, cue, source)

    def _source_like(self, a: int, b: int) -> bool:
        """True when tokens ``a..b`` name a speaker: an actor, an unnamed source, a report."""
        words = self._phrase_words(a, b)
        head = words[0][2:] if words[0].startswith("ال") else words[0]
        return _actor_type(words) is not None or head in _DOCUMENTS or \
            a - 1 in self.an.quote_close or self._actor_ref(a, b).span_id is not None


def _event_noun(norm: str) -> bool:
    """True for a noun of the speech event (بيان، تصريح، الاجتماع), with و or ال or not."""
    return norm in _EVENT_NOUNS or _strip_conj(norm)[0] in _EVENT_NOUNS or \
        norm.startswith("ال") and norm[2:] in _EVENT_NOUNS


def _starts_statement(toks: Sequence[_Tok], k: int, s_end: int) -> bool:
    """True when token ``k``, after a comma, opens a new statement that ends a claim.

    A word with the conjunction و, فيما / بينما / ثم ..., "في حين", فهو / فعلى ...,
    another cue.
    """
    norm = toks[k].norm
    return norm.startswith("و") and norm not in _W_WORDS or norm in _BREAK_WORDS or \
        norm == "في" and k + 1 < s_end and toks[k + 1].norm == "حين" or _starts_cue(norm)


def _aside_at(toks: Sequence[_Tok], k: int) -> int:
    """Tokens of the aside that token ``k`` starts ("وفق قولها"، "على حد قوله"), else 0."""
    if k + 1 >= len(toks):
        return 0
    bare = _strip_conj(toks[k].norm)[0]
    width = 2
    if bare == "علي" and toks[k + 1].norm == "حد":
        width = 3
    elif bare not in _ACCORDING and bare != "بحسب":
        return 0
    return width if k + width - 1 < len(toks) and \
        toks[k + width - 1].norm in _PARENTHETICAL else 0


def _name_like(tok: _Tok) -> bool:
    """True for a word that may start a personal name: no article, no preposition."""
    norm = tok.norm
    return tok.word and not norm.startswith("ال") and norm not in _STOP_WORDS and \
        norm not in _PREPOSITIONS and not norm.startswith(("بال", "لل", "كال")) and \
        not norm[0].isdigit() and norm not in ("باسم", "لدي")


def _nisba_stem(norm: str) -> str:
    """"الأميركية" -> "اميرك": a nisba adjective without article and ending."""
    word = norm[2:] if norm.startswith("ال") else norm
    return word.removesuffix("يه").removesuffix("ي")


def _nisba_like(norm: str) -> bool:
    """True for a long word with a nisba ending (جزائري، أمريكية), an adjective, not a name."""
    return len(norm) > 4 and norm.endswith(("ي", "يه", "يين", "يون"))


def _participle_like(norm: str) -> bool:
    """True for an accusative active participle (مخاطبا، متحدثا), which is not a name."""
    return len(norm) >= 5 and norm.startswith("م") and norm.endswith("ا")


def _starts_cue(norm: str) -> bool:
    """True for a reporting verb, participle or حسب / وفق / نقلا, with و / ف or not."""
    bare, _ = _strip_conj(norm)
    return bare in _VERB_OF or bare in _PARTICIPLE_OF or bare in _ACCORDING or bare == "بحسب"


def _verb_gender(norm: str) -> str | None:
    """"f" for a feminine singular reporting verb or participle (قالت، تقول، مؤكدة), "m" for a
    masculine singular one, None for a plural or any other word."""
    bare = norm if norm in _VERB_OF or norm in _PARTICIPLE_OF else _strip_conj(norm)[0]
    if bare in _PARTICIPLE_OF:
        return "f" if bare.endswith("ه") else "m" if bare.endswith("ا") else None
    lemma = _VERB_OF.get(bare)
    if lemma is None or bare.endswith(("وا", "ون")) or bare == "قلن":
        return None
    forms = _VERBS[lemma]
    if bare.endswith("ت") and (bare[:-1] in forms or bare[:-1] + "ي" in forms) or \
            bare.startswith("ت") and "ي" + bare[1:] in forms:
        return "f"
    return "m"


def _stance_noun(norm: str) -> bool:
    """True for a stance noun carrying its pronoun (أمله، قلقها، ثقتهم)."""
    return any(norm.endswith(p) and norm[:-len(p)] in _STANCE_NOUNS
               for p in ("ه", "ها", "هم", "هما", "هن", "نا"))


def _verb_with_object(norm: str) -> bool:
    """A past-tense verb carrying an object pronoun (أعلنتها، نشرته), roughly."""
    return len(norm) > 4 and norm.endswith(("ها", "ه")) and norm.startswith(("ا", "ن", "ت"))


def _actor_type(words: Sequence[str]) -> str | None:
    """Guess an ACTOR type from the normalised words of a source phrase."""
    if not words:
        return None
    head = _strip_conj(words[0])[0]
    if head in _UNNAMED_HEADS and not head.startswith("ال"):
        return "unnamed_source"
    if head in _PERSON_HEADS or head.lstrip("ال") in _PERSON_HEADS:
        return "person"
    if head in _ORG_HEADS:
        return "organisation"
    return None


def find_claims(text: str, ann: AnnotationSet | None = None) -> list[ClaimCandidate]:
    """Claims of ``text`` with cue and source offsets (see the module docstring).

    ``ann`` lets the finder reuse ACTOR spans already annotated as sources.
    """
    return [_snapped(text, c) for c in _Finder(text, ann).run()]


def _snapped(text: str, c: ClaimCandidate) -> ClaimCandidate:
    """``c`` with every range widened to valid boundaries (a mark the tokenizer split off)."""
    start, end = snap_out(text, c.start, c.end)
    cue = snap_out(text, *c.cue) if c.cue else None
    source = c.source
    if source is not None and source.span_id is None:
        s, e = snap_out(text, source.start, source.end)
        source = SourceRef(s, e, None, source.actor_type)
    return ClaimCandidate(start, end, c.quote, cue, source, c.certainty, c.score)


# ------------------------------------------------------------------ the suggester


class ClaimSuggester(SuggesterBase):
    """Suggests CLAIM, CUE and ACTOR spans with SOURCE relations (``--with claims``)."""

    name = "claims"
    version = VERSION

    def __init__(self, schema: LabelSchema | None = None) -> None:
        self.schema = schema

    def _has(self, label: str) -> bool:
        return self.schema is None or self.schema.label(label) is not None

    def _attrs(self, label: str, values: dict) -> dict:
        if self.schema is None:
            return {k: v for k, v in values.items() if v is not None}
        return valid_attributes(self.schema, label, values)

    def suggest_full(self, doc: Document, ann: AnnotationSet) -> Suggestions:
        """Claims of ``doc`` as suggested spans and SOURCE relations.

        A claim overlapping a CLAIM span already in ``ann`` (other than a
        rejected one) is left out: the analyst has dealt with that sentence.
        """
        if not self._has("CLAIM"):
            return Suggestions(problems=("the project has no CLAIM label; the claims "
                                         "suggester has nothing to suggest",))
        text = doc.text
        existing = [s for s in ann.spans.values()
                    if s.label == "CLAIM" and s.status is not Status.REJECTED]
        spans: list[Span] = []
        relations: list[Relation] = []
        new_actors: dict[tuple[int, int], Span] = {}
        has_source = self.schema is None or self.schema.relation_type("SOURCE") is not None
        for cand in find_claims(text, ann):
            if any(s.start < cand.end and cand.start < s.end for s in existing):
                continue
            actor = self._actor_span(text, cand.source, ann, new_actors, spans)
            kind = None
            if cand.source is not None:
                kind = "unnamed_source" if cand.source.actor_type == "unnamed_source" \
                    else "named_actor"
            claim = suggested_span(text, cand.start, cand.end, "CLAIM", origin=self.origin,
                                   score=cand.score, attributes=self._attrs("CLAIM", {
                                       "quote": cand.quote, "source_kind": kind,
                                       "certainty": cand.certainty}))
            spans.append(claim)
            if cand.cue is not None and self._has("CUE"):
                spans.append(suggested_span(text, cand.cue[0], cand.cue[1], "CUE",
                                            origin=self.origin, score=cand.score))
            if actor is not None and has_source:
                relations.append(make_relation("SOURCE", claim, actor, origin=self.origin,
                                               status=Status.SUGGESTED,
                                               score=round(cand.score, 4)))
        return Suggestions(spans=tuple(_dedupe(spans)), relations=tuple(relations))

    def _actor_span(self, text: str, ref: SourceRef | None, ann: AnnotationSet,
                    new_actors: dict[tuple[int, int], Span], spans: list[Span]) -> Span | None:
        if ref is None:
            return None
        if ref.span_id is not None and ref.span_id in ann.spans:
            return ann.spans[ref.span_id]
        if not self._has("ACTOR"):
            return None
        key = (ref.start, ref.end)
        if key not in new_actors:
            span = suggested_span(text, ref.start, ref.end, "ACTOR", origin=self.origin,
                                  score=0.6, attributes=self._attrs("ACTOR",
                                                                    {"type": ref.actor_type}))
            new_actors[key] = span
            spans.append(span)
        return new_actors[key]


def _dedupe(spans: list[Span]) -> list[Span]:
    """Drop repeated (start, end, label) keys (two claims sharing one cue)."""
    seen: set[tuple[int, int, str]] = set()
    out = []
    for s in spans:
        if s.key not in seen:
            seen.add(s.key)
            out.append(s)
    return out


__all__ = ["ORIGIN", "VERSION", "ClaimCandidate", "ClaimSuggester", "SourceRef",
           "find_claims"]


def _factory(project: Any, annotator: str, report: Any) -> ClaimSuggester:
    """Runner factory: the claims suggester with the project's schema."""
    return ClaimSuggester(project.schema)


def _register() -> None:
    from annotator.suggest.runner import register_suggester
    register_suggester("claims", _factory, "reported speech: claims with their cue and source "
                                           "(SOURCE links), quotes direct or indirect")


_register()
