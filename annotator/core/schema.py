"""Label schema: span labels, relation types and their attributes, per project.

The description of a label is its annotation guideline, in English and
Arabic, shown next to the text while annotating.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

MAX_NAME_LENGTH = 100


def name_problem(name: str, what: str = "label") -> str | None:
    """Why ``name`` cannot name a span label or relation type, or None.

    A name is one word (brat's ``.ann`` lines and CoNLL's tag columns are
    split at whitespace) of readable characters: no space, line break,
    control character or lone surrogate, at most :data:`MAX_NAME_LENGTH` long.
    """
    if not name:
        return f"{what} is empty"
    if len(name) > MAX_NAME_LENGTH:
        return f"{what} {name[:20]!r}... is longer than {MAX_NAME_LENGTH} characters"
    for c in name:
        if c.isspace():
            return (f"{what} {name!r} contains a space or line break (brat and CoNLL need "
                    "one word)")
        if c < " " or "\x7f" <= c <= "\x9f" or "\ud800" <= c <= "\udfff":
            kind = "a lone surrogate" if c >= "\ud800" else "control characters"
            return f"{what} {name!r} contains {kind} (U+{ord(c):04X})"
    return None


@dataclass(frozen=True)
class AttributeDef:
    """An attribute a span or relation may carry: a closed list of values, or free text."""

    name: str
    values: tuple[str, ...] = ()
    default: str | None = None
    description: dict[str, str] = field(default_factory=dict)
    value_labels: dict[str, dict[str, str]] = field(default_factory=dict)

    def problem(self, value: Any) -> str | None:
        """Why ``value`` is not allowed for this attribute, or None."""
        if value is None:
            return None
        if self.values and value not in self.values:
            return f"attribute {self.name!r} must be one of {', '.join(self.values)}; got {value!r}"
        if not self.values and not isinstance(value, (str, int, float, bool)):
            return f"attribute {self.name!r} must be a string, number or boolean"
        return None


@dataclass(frozen=True)
class SpanLabel:
    """A span label: name, display colour (#rrggbb), shortcut key and guideline."""

    name: str
    colour: str
    key: str = ""
    description: dict[str, str] = field(default_factory=dict)
    attributes: tuple[AttributeDef, ...] = ()

    def attribute(self, name: str) -> AttributeDef | None:
        """The attribute definition called ``name``, if this label has one."""
        return next((a for a in self.attributes if a.name == name), None)


@dataclass(frozen=True)
class RelationType:
    """A relation type with the labels its head and tail may carry (empty = any)."""

    name: str
    head_labels: tuple[str, ...] = ()
    tail_labels: tuple[str, ...] = ()
    colour: str = "#555555"
    key: str = ""
    description: dict[str, str] = field(default_factory=dict)
    attributes: tuple[AttributeDef, ...] = ()

    def attribute(self, name: str) -> AttributeDef | None:
        """The attribute definition called ``name``, if this type has one."""
        return next((a for a in self.attributes if a.name == name), None)


@dataclass(frozen=True)
class LabelSchema:
    """The labels and relation types of a project."""

    span_labels: tuple[SpanLabel, ...]
    relation_types: tuple[RelationType, ...] = ()

    def label(self, name: str) -> SpanLabel | None:
        """The span label called ``name``, if any."""
        return next((lab for lab in self.span_labels if lab.name == name), None)

    def relation_type(self, name: str) -> RelationType | None:
        """The relation type called ``name``, if any."""
        return next((r for r in self.relation_types if r.name == name), None)

    def label_for_key(self, key: str) -> SpanLabel | None:
        """The span label whose shortcut is ``key``, if any."""
        return next((lab for lab in self.span_labels if key and lab.key == key), None)

    @property
    def label_names(self) -> list[str]:
        """Span label names in schema order."""
        return [lab.name for lab in self.span_labels]

    def problems(self) -> list[str]:
        """Inconsistencies: duplicate names or keys, relations naming unknown labels."""
        out: list[str] = []
        names = [lab.name for lab in self.span_labels]
        for name in {n for n in names if names.count(n) > 1}:
            out.append(f"span label {name!r} is defined twice")
        keys = [lab.key for lab in self.span_labels if lab.key]
        for key in {k for k in keys if keys.count(k) > 1}:
            out.append(f"shortcut key {key!r} is used by two labels")
        for rel in self.relation_types:
            for lab in rel.head_labels + rel.tail_labels:
                if lab not in names:
                    out.append(f"relation {rel.name!r} names unknown label {lab!r}")
        return out

    def with_label(self, label: SpanLabel) -> LabelSchema:
        """A copy with ``label`` replacing the label of the same name, or appended."""
        labels = list(self.span_labels)
        for i, lab in enumerate(labels):
            if lab.name == label.name:
                labels[i] = label
                break
        else:
            labels.append(label)
        return replace(self, span_labels=tuple(labels))


# ---------------------------------------------------------------- the default schema

CERTAINTY_VALUES = ("CT+", "PR+", "PS+", "CT-", "PR-", "PS-", "CTu", "Uu")
CERTAINTY_LABELS = {
    "CT+": {"en": "certainly true", "ar": "صحيح يقينًا"},
    "PR+": {"en": "probably true", "ar": "صحيح على الأرجح"},
    "PS+": {"en": "possibly true", "ar": "ربما صحيح"},
    "CT-": {"en": "certainly false", "ar": "خاطئ يقينًا"},
    "PR-": {"en": "probably false", "ar": "خاطئ على الأرجح"},
    "PS-": {"en": "possibly false", "ar": "ربما خاطئ"},
    "CTu": {"en": "source is certain it is unknown", "ar": "المصدر متيقن أنه غير معروف"},
    "Uu": {"en": "uncommitted / unknown", "ar": "غير ملتزم / غير معروف"},
}

ACTOR_TYPE_LABELS = {
    "person": {"en": "person", "ar": "شخص"},
    "organisation": {"en": "organisation", "ar": "منظمة"},
    "state": {"en": "state", "ar": "دولة"},
    "armed_group": {"en": "armed group", "ar": "جماعة مسلحة"},
    "unnamed_source": {"en": "unnamed source", "ar": "مصدر غير مسمّى"},
}
SOURCE_KIND_LABELS = {
    "named_actor": {"en": "named actor", "ar": "فاعل مسمّى"},
    "unnamed_source": {"en": "unnamed source", "ar": "مصدر غير مسمّى"},
    "author": {"en": "the article's author", "ar": "كاتب المقال"},
}
QUOTE_LABELS = {
    "direct": {"en": "direct quote", "ar": "اقتباس مباشر"},
    "indirect": {"en": "paraphrase", "ar": "نقل غير مباشر"},
}
STANCE_LABELS = {
    "support": {"en": "supports", "ar": "مؤيد"},
    "oppose": {"en": "opposes", "ar": "معارض"},
    "neutral": {"en": "neutral", "ar": "محايد"},
}

_PROCLITIC_RULE_EN = (
    "Proclitics و ف ب ل ك stay OUTSIDE the span; the article ال stays inside "
    "(والجزائر -> الجزائر, بالقاهرة -> القاهرة)."
)
_PROCLITIC_RULE_AR = (
    "تبقى السوابق و ف ب ل ك خارج الوسم، وتبقى أداة التعريف ال داخله "
    "(والجزائر ← الجزائر، بالقاهرة ← القاهرة)."
)


def default_schema() -> LabelSchema:
    """ACTOR (1), LOCATION (2), CLAIM (3), CUE (4); relations SOURCE and ABOUT."""
    actor = SpanLabel(
        name="ACTOR", colour="#e6194b", key="1",
        description={
            "en": "A person, organisation, state, armed group or unnamed source that acts or "
                  "speaks: دونالد ترامب, وزارة الدفاع الجزائرية, تنظيم داعش, مصدر أمني رفيع. "
                  "Tag the full name with its title when the title identifies the actor "
                  "(وزير الداخلية التونسي). " + _PROCLITIC_RULE_EN,
            "ar": "شخص أو منظمة أو دولة أو جماعة مسلحة أو مصدر غير مسمّى يقوم بفعل أو يدلي "
                  "بتصريح: دونالد ترامب، وزارة الدفاع الجزائرية، تنظيم داعش، مصدر أمني رفيع. "
                  "يوسم الاسم كاملًا مع اللقب إذا كان اللقب يحدد الفاعل (وزير الداخلية "
                  "التونسي). " + _PROCLITIC_RULE_AR,
        },
        attributes=(
            AttributeDef("type", ("person", "organisation", "state", "armed_group",
                                  "unnamed_source"),
                         description={"en": "What kind of actor", "ar": "نوع الفاعل"},
                         value_labels=ACTOR_TYPE_LABELS),
        ),
    )
    location = SpanLabel(
        name="LOCATION", colour="#3cb44b", key="2",
        description={
            "en": "A named place: country, city, region, border area, facility "
                  "(الجزائر, سرت, الهلال النفطي, منطقة الساحل). A country that acts "
                  "(واشنطن تدعو) is an ACTOR, not a LOCATION. " + _PROCLITIC_RULE_EN,
            "ar": "مكان مسمّى: دولة أو مدينة أو منطقة أو شريط حدودي أو منشأة (الجزائر، سرت، "
                  "الهلال النفطي، منطقة الساحل). الدولة التي تفعل أو تصرّح (واشنطن تدعو) "
                  "فاعل وليست مكانًا. " + _PROCLITIC_RULE_AR,
        },
    )
    claim = SpanLabel(
        name="CLAIM", colour="#4363d8", key="3",
        description={
            "en": "Reported content: what a source says, asserts, reveals or believes. Tag the "
                  "content only (after إن / أن, or inside the quotation marks), not the "
                  "reporting verb, and link it to its source with SOURCE.",
            "ar": "مضمون منقول: ما يقوله مصدر أو يؤكده أو يكشفه أو يعتقده. يوسم المضمون فقط "
                  "(بعد إن / أن أو داخل علامات الاقتباس) دون فعل القول، ويربط بمصدره "
                  "بعلاقة SOURCE.",
        },
        attributes=(
            AttributeDef("source_kind", ("named_actor", "unnamed_source", "author"),
                         description={"en": "Who the source is", "ar": "نوع المصدر"},
                         value_labels=SOURCE_KIND_LABELS),
            AttributeDef("quote", ("direct", "indirect"),
                         description={"en": "Quoted or paraphrased",
                                      "ar": "اقتباس مباشر أم غير مباشر"},
                         value_labels=QUOTE_LABELS),
            AttributeDef("certainty", CERTAINTY_VALUES, value_labels=CERTAINTY_LABELS,
                         description={"en": "Certainty relative to the source (FactBank)",
                                      "ar": "درجة اليقين بالنسبة للمصدر"}),
            AttributeDef("stance", ("support", "oppose", "neutral"), value_labels=STANCE_LABELS,
                         description={"en": "Stance of the source", "ar": "موقف المصدر"}),
        ),
    )
    cue = SpanLabel(
        name="CUE", colour="#f58231", key="4",
        description={
            "en": "The reporting verb or phrase that introduces a claim: قال, أكد, أشار, "
                  "حسب, وفق, نقلا عن.",
            "ar": "فعل القول أو العبارة التي تقدّم الادعاء: قال، أكد، أشار، حسب، وفق، نقلا عن.",
        },
    )
    source = RelationType(
        name="SOURCE", head_labels=("CLAIM",), tail_labels=("ACTOR",), colour="#911eb4", key="s",
        description={"en": "Links a claim to the actor who made it.",
                     "ar": "يربط الادعاء بالفاعل الذي أدلى به."},
    )
    about = RelationType(
        name="ABOUT", head_labels=("CLAIM",), tail_labels=("ACTOR", "LOCATION"),
        colour="#008080", key="a",
        description={"en": "Links a claim to an actor or place it is about.",
                     "ar": "يربط الادعاء بفاعل أو مكان يتناوله."},
    )
    return LabelSchema(span_labels=(actor, location, claim, cue),
                       relation_types=(source, about))
