"""The claims suggester: claims, cues, sources and SOURCE relations on reported speech."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from annotator.core.edits import apply_edit, load_items, make_span
from annotator.core.model import AnnotationSet, Document, Status
from annotator.core.schema import default_schema
from annotator.core.text import sha256_text, span_problem
from annotator.suggest.base import Suggester, collect
from annotator.suggest.claims import ORIGIN, ClaimSuggester, find_claims
from annotator.suggest.merge import suggestion_edits
from tests.strategies import hostile_text

SCHEMA = default_schema()


def run(text: str, ann: AnnotationSet | None = None):
    ann = ann or AnnotationSet("d", "a", sha256_text(text))
    out = ClaimSuggester(SCHEMA).suggest_full(Document("d", text), ann)
    by_id = {s.id: s for s in out.spans}
    by_id.update(ann.spans)
    claims = [s for s in out.spans if s.label == "CLAIM"]
    source = {r.head: by_id[r.tail] for r in out.relations if r.type == "SOURCE"}
    return out, claims, source


def test_named_source_between_verb_and_complementiser():
    text = "وقال وزير الداخلية التونسي إن قوات الأمن أحبطت هجوما قرب الحدود."
    out, claims, source = run(text)
    [claim] = claims
    assert claim.text == "قوات الأمن أحبطت هجوما قرب الحدود"
    assert claim.status is Status.SUGGESTED and claim.origin == ORIGIN == "claims@2"
    assert claim.attributes == {"quote": "indirect", "source_kind": "named_actor"}
    assert source[claim.id].text == "وزير الداخلية التونسي"
    assert source[claim.id].attributes == {"type": "person"}
    cues = [s.text for s in out.spans if s.label == "CUE"]
    assert cues == ["قال"]  # the conjunction و stays outside the cue
    [rel] = out.relations
    assert (rel.type, rel.head, rel.status, rel.origin) == \
        ("SOURCE", claim.id, Status.SUGGESTED, ORIGIN)


def test_unnamed_source_becomes_actor_of_type_unnamed_source():
    text = "أكد مصدر أمني جزائري رفيع أن الجيش أوقف خمسة مسلحين."
    _, [claim], source = run(text)
    actor = source[claim.id]
    assert actor.text == "مصدر أمني جزائري رفيع"
    assert actor.attributes == {"type": "unnamed_source"}
    assert claim.attributes["source_kind"] == "unnamed_source"


def test_continuation_and_anaphor_reuse_the_previous_source():
    text = ("قال مصدر عسكري ليبي إن الطيران قصف مخزنا للذخيرة. وأضاف أن الضربة وقعت ليلا. "
            "وأوضح المصدر أن الخسائر محدودة.")
    out, claims, source = run(text)
    assert [c.text for c in claims] == ["الطيران قصف مخزنا للذخيرة", "الضربة وقعت ليلا",
                                        "الخسائر محدودة"]
    assert {source[c.id].id for c in claims} == {source[claims[0].id].id}
    assert [s.text for s in out.spans if s.label == "ACTOR"] == ["مصدر عسكري ليبي"]


def test_participle_cue_takes_the_subject_of_the_opening_verb():
    text = "وحذر رئيس أركان الجيش من تصاعد التهريب، مؤكدا أن الوحدات رفعت درجة التأهب."
    _, [claim], source = run(text)
    assert claim.text == "الوحدات رفعت درجة التأهب"
    assert source[claim.id].text == "رئيس أركان الجيش"


def test_clause_breaks_and_coordinated_second_claim():
    text = ("أكد الوزير في ندوة صحفية أن بلاده ترفض التدخل، فيما دعا نظيره إلى الحوار. "
            "وقالت البعثة إن جنديا أصيب، وإن القافلة واصلت طريقها.")
    _, claims, source = run(text)
    assert [c.text for c in claims] == ["بلاده ترفض التدخل", "جنديا أصيب",
                                        "القافلة واصلت طريقها"]
    assert source[claims[0].id].text == "الوزير"
    assert source[claims[1].id].text == source[claims[2].id].text == "البعثة"


def test_direct_quotes_after_colon_and_before_the_verb():
    text = ("وقال وزير الدفاع للصحفيين: «الحدود مؤمنة. لن نسمح بأي اختراق». "
            "“الوضع صعب للغاية”، قال سائق شاحنة.")
    _, claims, source = run(text)
    assert [(c.text, c.attributes["quote"]) for c in claims] == [
        ("الحدود مؤمنة. لن نسمح بأي اختراق", "direct"), ("الوضع صعب للغاية", "direct")]
    assert source[claims[0].id].text == "وزير الدفاع"
    assert source[claims[1].id].text == "سائق شاحنة"


def test_quoted_names_are_not_claims():
    text = "ونشرت صحيفة «الوطن» تقريرا عن عملية «درع الصحراء» بعد أن انتهت المرحلة الأولى."
    assert find_claims(text) == []


def test_postposed_and_preposed_attribution_phrases():
    text = ("قُتل سبعة جنود في هجوم قرب ميناكا، حسب مصادر محلية. "
            "ووفقا لمسؤول في المؤسسة الوطنية للنفط، فإن الإنتاج تراجع.")
    out, claims, source = run(text)
    assert [c.text for c in claims] == ["قُتل سبعة جنود في هجوم قرب ميناكا", "الإنتاج تراجع"]
    assert source[claims[0].id].text == "مصادر محلية"
    assert source[claims[1].id].text == "مسؤول في المؤسسة الوطنية للنفط"  # ل left outside
    assert sorted(s.text for s in out.spans if s.label == "CUE") == ["حسب", "وفقا"]


def test_tashkeel_and_hamza_variants_of_the_cue():
    text = "قالَتْ الوزارةُ إنّ الوضعَ مستقر."
    out, [claim], _ = run(text)
    assert claim.text == "الوضعَ مستقر"
    [cue] = [s for s in out.spans if s.label == "CUE"]
    assert cue.text == "قالَتْ"  # the marks stay with their letters


def test_existing_actor_is_reused_and_existing_claims_are_not_repeated():
    text = "قال وزير الداخلية التونسي إن الوضع مستقر. وقالت الوزارة إن الحدود مغلقة."
    ann = AnnotationSet("d", "a", sha256_text(text))
    start = text.index("وزير")
    actor = make_span(text, start, start + len("وزير الداخلية التونسي"), "ACTOR", origin="me")
    start2 = text.index("الحدود")
    claim = make_span(text, start2, start2 + len("الحدود مغلقة"), "CLAIM", origin="me")
    load_items(ann, spans=[actor])
    load_items(ann, spans=[claim])
    out, claims, source = run(text, ann)
    assert [c.text for c in claims] == ["الوضع مستقر"]
    assert source[claims[0].id].id == actor.id
    assert not [s for s in out.spans if s.label == "ACTOR"]


def test_suggestions_merge_into_one_valid_batch():
    text = ("قال المتحدث باسم الجيش إن قواته سيطرت على المنطقة. وأضاف أن الاشتباكات انتهت. "
            "وأكدت مصادر محلية أن السكان نزحوا.")
    ann = AnnotationSet("d", "a", sha256_text(text))
    out = collect(ClaimSuggester(SCHEMA), Document("d", text), ann)
    edit = suggestion_edits(text, ann, out.spans, out.relations, schema=SCHEMA)
    inverse = apply_edit(text, ann, edit, SCHEMA)
    assert len([s for s in ann.spans.values() if s.label == "CLAIM"]) == 3
    assert len(ann.relations) == 3
    apply_edit(text, ann, inverse, SCHEMA)
    assert not ann.spans and not ann.relations


def test_it_is_a_suggester():
    assert isinstance(ClaimSuggester(), Suggester)
    assert ClaimSuggester().origin == "claims@2"


def test_schema_without_claims_says_so():
    from annotator.core.schema import LabelSchema
    schema = LabelSchema(span_labels=(SCHEMA.label("ACTOR"),))
    out = ClaimSuggester(schema).suggest_full(Document("d", "قال الوزير إن الوضع مستقر."),
                                              AnnotationSet("d", "a", ""))
    assert not out.spans and "CLAIM" in out.problems[0]


_VERBS = ["قال", "قالت", "وقال", "أكد", "وأكدت", "أوضح", "صرح", "أعلنت", "كشف", "يقول"]
_SOURCES = ["وزير الدفاع المصري", "مصدر أمني رفيع", "الحكومة التشادية", "بعثة الأمم المتحدة"]
_COMPS = ["إن", "أن", "بأن"]
_CONTENTS = ["الوضع الأمني مستقر", "الجيش أحبط هجوما قرب الحدود",
             "المفاوضات ستستأنف الأسبوع المقبل"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_VERBS), st.sampled_from(_SOURCES),
                          st.sampled_from(_COMPS), st.sampled_from(_CONTENTS)),
                min_size=1, max_size=4),
       st.sampled_from([" ", "\n", "  "]))
def test_template_sentences_give_their_content_and_source(parts, sep):
    text = sep.join(f"{v} {s} {c} {x}." for v, s, c, x in parts)
    _, claims, source = run(text)
    assert [(c.text, source[c.id].text) for c in claims] == [(x, s) for _, s, _, x in parts]


_CLAIM_PIECES = ["إن", "أن", "أنه", "قالت", "وأضاف", "حسب", "نقلا", "عن", "مصدر", "مضيفا", ":",
                 "«", "»", "“", "”", '"', "، و", "، فيما", ".", " "]
claimy_text = st.lists(st.one_of(hostile_text, st.sampled_from(_CLAIM_PIECES)),
                       max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(claimy_text)
def test_hostile_text_gives_only_valid_spans(text):
    out, _, _ = run(text)
    ids = {s.id for s in out.spans}
    for span in out.spans:
        assert span_problem(text, span.start, span.end) is None
        assert text[span.start:span.end] == span.text
    for rel in out.relations:
        assert rel.head in ids and rel.tail in ids


def test_subject_before_the_verb_and_nested_claims():
    text = "وذكرت مصادر أن مسؤولين أمريكيين أكدوا أن التنظيم يفقد قوته."
    _, claims, source = run(text)
    outer, inner = sorted(claims, key=lambda c: c.start)
    assert outer.text == "مسؤولين أمريكيين أكدوا أن التنظيم يفقد قوته"
    assert inner.text == "التنظيم يفقد قوته"
    assert source[inner.id].text == "مسؤولين أمريكيين"


def test_a_quoted_sentence_after_a_claim_continues_its_speaker():
    text = ("وشددت ريتشاردز على أن التنظيم يتراجع في العراق. «لكن هناك من تم تجنيدهم محليا "
            "وبإمكانهم تنفيذ هجمات». وفي سياق آخر «قصير جدا».")
    _, claims, source = run(text)
    assert [(c.text, c.attributes["quote"]) for c in claims] == [
        ("التنظيم يتراجع في العراق", "indirect"),  # "على أن": the preposition is left out
        ("لكن هناك من تم تجنيدهم محليا وبإمكانهم تنفيذ هجمات", "direct")]
    assert source[claims[1].id].id == source[claims[0].id].id


def test_right_double_quote_used_on_both_sides():
    text = "وقال المتحدث ” الوضع في ليبيا صعب جدا ” و أضاف ” الدول الكبرى لم تساعدنا ”."
    _, claims, source = run(text)
    assert [c.text for c in claims] == ["الوضع في ليبيا صعب جدا", "الدول الكبرى لم تساعدنا"]
    assert {source[c.id].text for c in claims} == {"المتحدث"}


def test_terms_in_quotes_are_not_claims():
    text = "وكان من الخيارات نقل «الإرهابيين» المحتجزين إلى بلدانهم. وأشارت المسؤولة إلى الحوار."
    assert find_claims(text) == []


def test_importance_after_the_cue_and_an_aside_are_claims_of_the_speaker():
    text = "وأشارت المسؤولة إلى أهمية الحوار، فهو، وفق قولها، مهم للغاية."
    out, claims, source = run(text)
    assert [c.text for c in claims] == ["أهمية الحوار", "هو، وفق قولها، مهم للغاية"]
    assert {source[c.id].text for c in claims} == {"المسؤولة"}
    assert sorted(s.text for s in out.spans if s.label == "CUE") == ["أشارت", "وفق قولها"]


@settings(max_examples=300, deadline=None)
@given(claimy_text)
@example(" \u200c")  # a joiner next to a space is collapsed into it in the whole copy
@example("word\u200d word")
def test_token_forms_cut_from_one_normalised_copy_equal_per_token_normalisation(text):
    from annotator.core.arabic import normalize, tokens
    from annotator.suggest.claims.analysis import text_tokens as _tokens
    assert [t.norm for t in _tokens(text)] == [normalize(t.text).text for t in tokens(text)]


def test_an_actor_nested_in_the_source_phrase_is_not_taken_for_the_speaker():
    text = "قال المتحدث باسم الجيش الوطني الليبي إن قواته تقدمت. وأضاف أن المعارك انتهت."
    ann = AnnotationSet("d", "a", sha256_text(text))
    army = _actor(text, "الجيش الوطني الليبي")
    load_items(ann, spans=[army])
    _, claims, source = run(text, ann)
    assert {source[c.id].text for c in claims} == {"المتحدث باسم الجيش الوطني الليبي"}


def test_dropped_subject_falls_back_to_the_nearest_actor_before():
    text = "التقى وزير الخارجية نظيره الليبي. وأكد أن التنسيق مستمر."
    ann = AnnotationSet("d", "a", sha256_text(text))
    minister = _actor(text, "وزير الخارجية")
    load_items(ann, spans=[minister])
    _, [claim], source = run(text, ann)
    assert source[claim.id].id == minister.id


def _actor(text: str, words: str):
    start = text.index(words)
    return make_span(text, start, start + len(words), "ACTOR", origin="dictionary@1",
                     status=Status.SUGGESTED)


def test_runner_offers_claims_and_a_second_run_adds_nothing(project):
    from annotator.suggest.runner import run_suggester, suggester_names
    assert "claims" in suggester_names()
    text = "قال مصدر أمني إن الحدود مغلقة. وأضاف أن الدوريات تضاعفت."
    project.add_document(Document("d1", text))
    first = run_suggester(project, "claims")
    assert not first.problems
    doc = project.load_document("d1")
    ann = project.load_annotations(doc)
    claims = sorted((s for s in ann.spans.values() if s.label == "CLAIM"),
                    key=lambda s: s.start)
    assert [c.text for c in claims] == ["الحدود مغلقة", "الدوريات تضاعفت"]
    assert {c.origin for c in claims} == {"claims@2"}
    assert len([r for r in ann.relations.values() if r.type == "SOURCE"]) == 2
    run_suggester(project, "claims")
    assert project.load_annotations(doc).spans.keys() == ann.spans.keys()


# ------------------------------------------------------------ claims without "قال ... إن"


def _claims(text: str, ann: AnnotationSet | None = None):
    """(claim, source or None, cue) texts of the claims found in ``text``."""
    def part(rng):
        return text[rng[0]:rng[1]] if rng else None
    return [(part((c.start, c.end)), part((c.source.start, c.source.end) if c.source else None),
             part(c.cue)) for c in find_claims(text, ann)]


def test_impersonal_cues_give_claims_of_the_author_with_no_source():
    text = ("ويبدو أن الهدنة صامدة رغم الخروقات. فمن المتوقع أن تستأنف المفاوضات الأسبوع "
            "المقبل، فعلى الرغم من الخلافات، لا يريد أحد العودة إلى الحرب.")
    out, claims, _ = run(text)
    assert _claims(text) == [("الهدنة صامدة رغم الخروقات", None, "يبدو"),
                             ("تستأنف المفاوضات الأسبوع المقبل", None, "من المتوقع")]
    assert not out.relations and not [s for s in out.spans if s.label == "ACTOR"]
    assert "source_kind" not in claims[0].attributes


def test_what_something_means_is_a_claim_of_the_author_unless_negated():
    text = ("أغلقت الحدود، ما يعني أن التجارة ستتوقف. وتعني كل هذه المعطيات أن الأزمة ستطول. "
            "وهذا لا يعني أن الحرب انتهت.")
    assert _claims(text) == [("التجارة ستتوقف", None, "يعني"),
                             ("الأزمة ستطول", None, "تعني")]


def test_likely_states_its_certainty():
    [claim] = find_claims("ومن المرجح أن يعلن الجيش حصيلة جديدة.")
    assert claim.certainty == "PR+" and claim.source is None


def test_impersonal_cue_inside_a_reported_claim_is_the_speakers():
    text = "قال الوزير إن من المتوقع أن تنتهي العملية قريبا. ولا يبدو الوضع مستقرا."
    assert _claims(text) == [("من المتوقع أن تنتهي العملية قريبا", "الوزير", "قال")]


def test_a_noun_of_importance_or_necessity_after_the_cue_opens_the_claim():
    text = ("أكد وزير الداخلية على ضرورة التنسيق مع دول الجوار. ولفت المتحدث إلى خطورة "
            "الوضع في الجنوب، وأشار مصدر أمني إلى عدم وجود أي تهديد مباشر.")
    assert _claims(text) == [
        ("ضرورة التنسيق مع دول الجوار", "وزير الداخلية", "أكد"),
        ("خطورة الوضع في الجنوب", "وزير الداخلية", "لفت"),  # "المتحدث": the last speaker
        ("عدم وجود أي تهديد مباشر", "مصدر أمني", "أشار")]


def test_a_cue_with_any_other_object_is_not_a_claim():
    text = ("وأشار الوزير إلى الحدود الجنوبية. وحذر الجيش من التهريب. وأكد على الدور "
            "الكبير للشرطة.")
    assert find_claims(text) == []


def test_a_noun_of_importance_far_from_the_cue_is_not_its_object():
    text = ("أكد الوزير أمس خلال زيارته الميدانية للمناطق الحدودية الجنوبية التي تعاني منذ "
            "سنوات من خطورة الوضع الأمني.")
    assert find_claims(text) == []


def test_what_a_fear_verb_fears_is_a_claim():
    text = ("وتتخوف الجزائر من أن ينتقل المقاتلون إلى الساحل، بينما تتخوف دول الخليج من "
            "تحول ليبيا إلى مكان لتدريب المقاتلين.")
    assert _claims(text) == [("ينتقل المقاتلون إلى الساحل", "الجزائر", "تتخوف"),
                             ("تحول ليبيا إلى مكان لتدريب المقاتلين", "دول الخليج", "تتخوف")]


def test_a_stance_verb_reports_the_object_of_its_stance():
    text = ("وعبر الوفد الأمريكي في الاجتماع المغلق عن أمله في إقناع الحلفاء بتحمل مسؤولية "
            "أكبر. وأعربت الوزارة عن قلقها إزاء تصاعد العنف في الجنوب. وأبدت الحكومة "
            "ارتياحها من أن الانتخابات جرت بهدوء.")
    assert _claims(text) == [
        ("إقناع الحلفاء بتحمل مسؤولية أكبر", "الوفد الأمريكي", "عبر"),
        ("تصاعد العنف في الجنوب", "الوزارة", "أعربت"),
        ("الانتخابات جرت بهدوء", "الحكومة", "أبدت")]


def test_stance_verbs_without_a_stance_are_not_cues():
    text = ("عبر المهاجرون الحدود قبل أن يعتقلوا. وأبدت إدارة ترامب اهتماما بمعالجة الملف. "
            "وأعرب الوزير عن شكره للمشاركين بعد أن انتهى الاجتماع.")
    assert find_claims(text) == []


def test_new_reporting_verbs():
    text = ("توقعت تقارير أمنية أن يتضاعف عدد الهجمات. وقال المسؤول: إن الوضع صعب، بينما "
            "في الماضي كان أصعب، مشيدا بـ«جهود الجيش في حماية الحدود».")
    assert _claims(text) == [
        ("يتضاعف عدد الهجمات", "تقارير أمنية", "توقعت"),
        ("الوضع صعب، بينما في الماضي كان أصعب", "المسؤول", "قال"),  # after ":" to the cue
        ("جهود الجيش في حماية الحدود", "المسؤول", "مشيدا")]


def test_unquoted_speech_after_a_colon_is_a_direct_claim():
    text = ("إذ صرح وزير الخارجية الإسباني بالقول: نشعر بالقلق إزاء العدد المتزايد من "
            "المقاتلين، الذين ينتقلون إلى الساحل. وقال: نعم.")
    _, [claim], source = run(text)
    assert claim.text == "نشعر بالقلق إزاء العدد المتزايد من المقاتلين، الذين ينتقلون إلى الساحل"
    assert claim.attributes["quote"] == "direct"
    assert source[claim.id].text == "وزير الخارجية الإسباني"


def test_but_that_after_a_claim_starts_a_second_claim_of_the_same_source():
    text = ("وأشار مصدرنا إلى أن اللقاءات الحالية تقنية، إلا أن اللقاءات الأهم ستتم قريبا، "
            "فهي ستحسم مسألة التدخل.")
    assert _claims(text) == [("اللقاءات الحالية تقنية", "مصدرنا", "أشار"),
                             ("اللقاءات الأهم ستتم قريبا", "مصدرنا", None)]  # one cue


def test_asides_make_the_clause_around_them_a_claim_of_the_last_speaker():
    text = ("قال الوزير إن الحوار مهم. فالأزمة، على حد قوله، ستطول كثيرا. "
            "وأكد أن الوضع، حسب تعبيره، مستقر تماما.")
    assert _claims(text) == [("الحوار مهم", "الوزير", "قال"),
                             ("الأزمة، على حد قوله، ستطول كثيرا", "الوزير", "على حد قوله"),
                             ("الوضع، حسب تعبيره، مستقر تماما", "الوزير", "أكد")]


def test_an_aside_with_no_speaker_before_is_not_a_claim():
    assert find_claims("فالأزمة، على حد قوله، ستطول كثيرا.") == []


def test_inline_according_to_makes_its_own_clause_a_claim():
    text = ("قال المصدر إن الوفد وصل أمس، اللقاءات تمحورت حسب المعلومات المتوفرة حول الأمن. "
            "ووزعت المساعدات حسب الحاجة على السكان.")
    assert _claims(text) == [
        ("الوفد وصل أمس", "المصدر", "قال"),
        ("اللقاءات تمحورت حسب المعلومات المتوفرة حول الأمن", "المعلومات المتوفرة", "حسب")]


# ------------------------------------------------------------ sources


def test_subject_before_the_verb_leaves_the_auxiliary_and_the_emphasis_out():
    text = "وكانت إسبانيا هي الأخرى أعلنت أنها تشعر بالقلق."
    assert _claims(text) == [("تشعر بالقلق", "إسبانيا", "أعلنت")]


def test_a_pronoun_subject_is_the_speaker_named_last():
    text = ("تعتقد الإدارة الأميركية أن الجهود تصطدم بالمنافسة الدولية، بحسب المسؤول "
            "الأميركي بول والتزفيك، لكنه أكد أن واشنطن تتواصل مع جميع الفئات.")
    assert _claims(text) == [
        ("الجهود تصطدم بالمنافسة الدولية", "الإدارة الأميركية", "تعتقد"),
        ("واشنطن تتواصل مع جميع الفئات", "المسؤول الأميركي بول والتزفيك", "أكد")]


def test_an_appositive_clause_after_the_name_is_left_out_and_the_speaker_is_the_name():
    text = ("وقال السيد جيلاني حسان وهو قيادي في قوات فجر ليبيا إن الدول الكبرى تريد تعفين "
            "الوضع. وأشار المتحدث إلى أن ليبيا بحاجة إلى جيرانها.")
    assert _claims(text) == [("الدول الكبرى تريد تعفين الوضع", "السيد جيلاني حسان", "قال"),
                             ("ليبيا بحاجة إلى جيرانها", "السيد جيلاني حسان", "أشار")]


def test_a_definite_description_of_the_same_gender_is_the_speaker_again():
    text = ("والتقت ماري ريتشاردز من الخارجية الأميركية مسؤولين جزائريين. وشددت ريتشاردز على أن "
            "التنظيم يتراجع. وأكدت المسؤولة الأميركية أن واشنطن تراقب بدقة. وقال المسؤول "
            "الجزائري إن الحدود مؤمنة.")
    assert _claims(text) == [("التنظيم يتراجع", "ريتشاردز", "شددت"),
                             ("واشنطن تراقب بدقة", "ريتشاردز", "أكدت"),
                             ("الحدود مؤمنة", "المسؤول الجزائري", "قال")]


def test_a_description_with_another_nationality_is_another_speaker():
    text = ("وقال بول والتزفيك من الخارجية الأميركية إن التنظيم يتراجع. وقال المسؤول الروسي إن "
            "موسكو تراقب الوضع.")
    assert [s for _, s, _ in _claims(text)] == ["بول والتزفيك", "المسؤول الروسي"]


def test_a_feminine_verb_does_not_take_a_man_named_before_as_its_source():
    text = ("وأثار بول والتزفيك، نائب المدير، الهاجس الأمني قائلا: إن التنظيم يتحرك. وحضرت "
            "ماري ريتشاردز لقاء مع مسؤولين، وقالت إنها حضرت مؤتمرا. وأضاف أن التعاون مستمر.")
    assert _claims(text) == [("التنظيم يتحرك", "بول والتزفيك", "قائلا"),
                             ("حضرت مؤتمرا", None, "قالت"),
                             ("التعاون مستمر", "بول والتزفيك", "أضاف")]


def test_a_name_set_off_by_commas_after_a_title_is_the_speaker():
    text = ("وقال السفير الأمريكي لدى تونس، دانيال روبينستن، إن واشنطن ملتزمة بمساعدة تونس. "
            "وأكد وزير الخارجية الجزائري، أحمد عطاف، أن الحل سياسي.")
    assert [s for _, s, _ in _claims(text)] == ["دانيال روبينستن", "أحمد عطاف"]


def test_other_asides_between_commas_leave_the_title_as_the_speaker():
    text = ("وقال الوزير، في تصريح صحفي، إن الحل سياسي. وقال الرئيس، مخاطبا الحضور، إن "
            "الحوار مستمر. وقال وزير الدفاع، مساء أمس، إن الجيش مستعد. وقال القائد، الذي "
            "رفض ذكر اسمه، إن الهدنة صامدة.")
    assert [s for _, s, _ in _claims(text)] == ["الوزير", "الرئيس", "وزير الدفاع", "القائد"]


def test_the_name_ali_is_not_the_preposition_in_a_text_that_writes_ala():
    text = "أكد وزير الداخلية علي الجعفري على أن الحدود مؤمنة."
    assert _claims(text) == [("الحدود مؤمنة", "وزير الداخلية علي الجعفري", "أكد")]
    # A text that writes the preposition علي: no name can be told from it.
    assert _claims("أكد وزير الداخلية علي أن الحدود مؤمنة.") == [
        ("الحدود مؤمنة", "وزير الداخلية", "أكد")]


def test_an_actor_over_the_title_alone_does_not_stand_for_title_and_name():
    for text, speaker in (("وقال وزير الخارجية أحمد عطاف إن الوضع مستقر.", "whole phrase"),
                          ("وقال وزير الخارجية الجزائري إن الحل قريب.", "actor")):
        ann = AnnotationSet("d", "a", sha256_text(text))
        title = _actor(text, "وزير الخارجية")
        load_items(ann, spans=[title])
        _, [claim], source = run(text, ann)
        if speaker == "actor":  # a nationality is not a name: the annotated actor stands
            assert source[claim.id].id == title.id
        else:
            assert source[claim.id].text == "وزير الخارجية أحمد عطاف"


def test_attribution_phrases_with_a_separate_lam_a_quoted_outlet_or_no_comma():
    text = ("ووفقاً لـ مصادر محلية، فإن القتال تجدد. وقتل خمسة أشخاص وفقاً لـ«رويترز». "
            "وحسب مصدر عسكري فإن الهجوم فشل. وتراجع الإنتاج وفقا لبيانات رسمية.")
    assert _claims(text) == [("القتال تجدد", "مصادر محلية", "وفقاً"),
                             ("قتل خمسة أشخاص", "رويترز", "وفقاً"),
                             ("الهجوم فشل", "مصدر عسكري", "حسب"),
                             ("تراجع الإنتاج", "بيانات رسمية", "وفقا")]


def test_according_to_something_that_is_not_a_speaker_is_not_attribution():
    text = ("وكان المجلس قد قرر تأجيل الجلسة وفقا للدستور. ووزعت الحصص حسب عدد السكان في كل "
            "منطقة.")
    assert find_claims(text) == []


def test_a_quoted_outlet_is_the_speaker():
    text = "وقالت «الوطن» إن الحدود أغلقت. وذكرت صحيفة «الخبر» الجزائرية أن المعبر فتح."
    assert [(c, s) for c, s, _ in _claims(text)] == [
        ("الحدود أغلقت", "الوطن"), ("المعبر فتح", "صحيفة «الخبر» الجزائرية")]
