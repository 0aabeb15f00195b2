"""Hand-written, hand-annotated held-out Arabic news paragraphs.

Used by the suggester benchmarks (entity suggester, claim-attribution
suggester).  The paragraphs are original writing in the style of Arabic
security/politics news about Libya, Algeria, Tunisia, Egypt and the Sahel.
Persons are fictional; institutions and places are real but the events and
quotes are invented.  ``build_heldout.py`` turns this module into
``heldout.jsonl`` with code-point offsets.

Each span gives its exact surface ``text`` and ``occurrence``, the 1-based
index of that substring among all (possibly overlapping, possibly
word-internal) matches of it in the paragraph text.

Annotation conventions
----------------------
* Proclitics و ف ب ل ك (and chains such as وب) stay outside every span; the
  article ال stays inside.  ل + ال with elided alef (للقاهرة) is avoided.
* ACTOR ``type``: person, organisation, state, armed_group, unnamed_source.
  - person: the whole referring noun phrase, title + nationality + name
    ("وزير الداخلية التونسي كمال الحدّاد"); an appositive set off by commas is
    not included.  A spokesperson identified by role is a person.
  - unnamed_source: anonymous sources, the whole noun phrase
    ("مصدر أمني جزائري رفيع", "مصادر محلية في أوباري", "شهود عيان").
  - organisation / armed_group: the name only; unit nouns (وحدات، مفارز،
    قوات، عناصر) and appositive classifiers (حزب، جماعة، تنظيم، حركة،
    مجموعة، منظمة) before a name are left out unless they head the
    official name (قوات الدعم السريع، جبهة القوى الاشتراكية، منظمة العفو
    الدولية).  Indefinite armed actors (مسلحون، جماعات مسلحة) are tagged.
  - state: a country or capital acting or speaking (metonymy:
    "وكانت القاهرة قد عززت"); the same string used as a place is a LOCATION.
  - Organisations named inside a person or unnamed-source phrase are tagged
    as nested ACTOR spans.  Anaphoric repeats of an actor already mentioned
    (المصدر، البيان، المنظمة، الرئيس) and counted people (متهمين، جنديا)
    are not tagged.
* LOCATION: named places; generic heads (مدينة، ولاية، بلدة، منطقة، حي،
  منفذ، حقل، قاعدة) are left out unless part of the name (جبل الشعانبي،
  قصر قرطاج، شمال سيناء).  Place names inside organisation / armed-group
  names are not tagged; inside person, unnamed-source and CLAIM spans they are.
* CLAIM: the reported content only - what follows إن/أن (or فإن، بأن) up to
  the end of its clause, or the text inside « » “ ” "..." - without the
  reporting verb, the complementiser or the quotation marks.  When the
  complementiser carries a pronoun (أنها، أنه) the whole word stays outside.
  A claim ends before "، فيما" / "، وأن" / "، و..." that starts a new
  statement.  Quotation marks around names or labels («الخبر»، «إيكواس»،
  «التآمر على أمن الدولة») are not claims, and neither are أن after غير/دون.
  ``source_kind``: named_actor | unnamed_source | author; ``quote``: direct
  (inside quotation marks) | indirect; ``certainty`` (FactBank-style) is the
  source's commitment to the main predicate of the claim, negation included
  (أكد → CT+، نفى / "لن نسمح" → CT-، رجّح → PR+، استبعد → PR-، لم يستبعد /
  قد → PS+، "من غير الواضح ما إذا" → Uu).
* CUE: the reporting verb or phrase (قال، أكد، أضاف، حسب، وفق، نقلا عن، لم
  يستبعد، معتبرة ...), tagged only where it introduces an annotated CLAIM.
  When a document (البيان) or a relaying outlet reports, the SOURCE is still
  the actor behind it.
* Relations: SOURCE from every CLAIM (head) to the ACTOR span that made it
  (tail); with a dropped subject ("وأضاف أن ...") the tail is the earlier
  ACTOR span.  Author claims ("ويبدو أن"، "ومن المؤكد أن") have no SOURCE.
"""

DOCUMENTS: list[dict] = [
    {
        "id": "h001",
        "text": (
            "قال وزير الداخلية التونسي كمال الحدّاد إن وحدات الحرس الوطني أحبطت "
            "محاولة تسلل لعناصر مسلحة عبر الحدود مع الجزائر قرب مدينة القصرين. وأضاف "
            "أن العملية أسفرت عن توقيف ثلاثة مشتبه بهم وحجز أسلحة وذخائر، فيما تواصل "
            "وحدات الجيش تمشيط جبل الشعانبي. وتشهد المنطقة الحدودية منذ عام ٢٠١٣ "
            "مواجهات متقطعة مع جماعات مسلحة."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "قال",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "وزير الداخلية التونسي كمال الحدّاد",
                "attributes": {"type": "person"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "وحدات الحرس الوطني أحبطت محاولة تسلل لعناصر مسلحة عبر الحدود مع "
                    "الجزائر قرب مدينة القصرين"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الحرس الوطني",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "عناصر مسلحة",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الجزائر",
                "attributes": {},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "القصرين",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أضاف",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "العملية أسفرت عن توقيف ثلاثة مشتبه بهم وحجز أسلحة وذخائر",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الجيش",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "جبل الشعانبي",
                "attributes": {},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "جماعات مسلحة",
                "attributes": {"type": "armed_group"},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
        ],
    },
    {
        "id": "h002",
        "text": (
            "أكد مصدر أمني جزائري رفيع أن مفارز الجيش الوطني الشعبي قضت على مسلحَين "
            "اثنين في كمين نُصب بولاية عين الدفلى غرب الجزائر العاصمة. وأوضح، في "
            "تصريح لصحيفة «الخبر»، أن العملية جاءت بناء على معلومات استخباراتية "
            "دقيقة. ولم تصدر وزارة الدفاع الوطني بيانا رسميا حول العملية حتى مساء "
            "الأحد."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "أكد",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مصدر أمني جزائري رفيع",
                "attributes": {"type": "unnamed_source"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "مفارز الجيش الوطني الشعبي قضت على مسلحَين اثنين في كمين نُصب "
                    "بولاية عين الدفلى غرب الجزائر العاصمة"
                ),
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الجيش الوطني الشعبي",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "عين الدفلى",
                "attributes": {},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الجزائر العاصمة",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أوضح",
                "attributes": {},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الخبر",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "العملية جاءت بناء على معلومات استخباراتية دقيقة",
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "وزارة الدفاع الوطني",
                "attributes": {"type": "organisation"},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
        ],
    },
    {
        "id": "h003",
        "text": (
            "قال المتحدث باسم حكومة الوحدة الوطنية الليبية عبد الرزاق المبروك، في "
            "مؤتمر صحفي بطرابلس: «لن نسمح بعودة الاقتتال إلى العاصمة تحت أي ظرف». "
            "وأعلن المجلس الرئاسي في بيان لاحق تشكيل لجنة أمنية مشتركة مع وزارة "
            "الداخلية لمتابعة وقف إطلاق النار. وحسب شهود عيان، فإن اشتباكات متقطعة "
            "اندلعت ليلا في حي أبو سليم جنوبي المدينة."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "قال",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "المتحدث باسم حكومة الوحدة الوطنية الليبية عبد الرزاق المبروك",
                "attributes": {"type": "person"},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "حكومة الوحدة الوطنية الليبية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "طرابلس",
                "attributes": {},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "لن نسمح بعودة الاقتتال إلى العاصمة تحت أي ظرف",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT-",
                },
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "المجلس الرئاسي",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "وزارة الداخلية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "حسب",
                "attributes": {},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "شهود عيان",
                "attributes": {"type": "unnamed_source"},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "اشتباكات متقطعة اندلعت ليلا في حي أبو سليم جنوبي المدينة",
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "أبو سليم",
                "attributes": {},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a5"},
        ],
    },
    {
        "id": "h004",
        "text": (
            "رجّحت مصادر دبلوماسية مصرية أن تستضيف القاهرة جولة جديدة من المحادثات "
            "بين الأطراف الليبية مطلع الشهر المقبل. وأضافت أن وفدا من مجلس النواب "
            "الليبي سيصل إلى القاهرة قادما من بنغازي خلال أيام، وأن ممثلين عن المجلس "
            "الأعلى للدولة أبدوا موافقة مبدئية على المشاركة. ولم يصدر أي تعليق رسمي "
            "من وزارة الخارجية المصرية حتى الآن."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "رجّحت",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مصادر دبلوماسية مصرية",
                "attributes": {"type": "unnamed_source"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "تستضيف القاهرة جولة جديدة من المحادثات بين الأطراف الليبية مطلع الشهر المقبل"
                ),
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "PR+",
                },
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "القاهرة",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أضافت",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": ("وفدا من مجلس النواب الليبي سيصل إلى القاهرة قادما من بنغازي خلال أيام"),
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مجلس النواب الليبي",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 2,
                "text": "القاهرة",
                "attributes": {},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "بنغازي",
                "attributes": {},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "ممثلين عن المجلس الأعلى للدولة أبدوا موافقة مبدئية على المشاركة",
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "المجلس الأعلى للدولة",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "وزارة الخارجية المصرية",
                "attributes": {"type": "organisation"},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
            {"type": "SOURCE", "head": "c3", "tail": "a1"},
        ],
    },
    {
        "id": "h005",
        "text": (
            "أعلنت القيادة العسكرية الأمريكية في أفريقيا (AFRICOM) أنها نفذت غارة "
            "جوية استهدفت قياديا في تنظيم «داعش» قرب بلدة ميناكا شمال شرقي مالي. "
            "وأشار البيان إلى أن الغارة لم تسفر عن سقوط ضحايا مدنيين، دون أن يحدد "
            "هوية القيادي المستهدف. في المقابل، نفى المجلس العسكري الحاكم في باماكو "
            "أن يكون قد أُبلغ مسبقا بالعملية."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "أعلنت",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "القيادة العسكرية الأمريكية في أفريقيا",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "AFRICOM",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "نفذت غارة جوية استهدفت قياديا في تنظيم «داعش» قرب بلدة ميناكا شمال شرقي مالي"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "داعش",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "ميناكا",
                "attributes": {},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "مالي",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أشار",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "الغارة لم تسفر عن سقوط ضحايا مدنيين",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT-",
                },
            },
            {
                "key": "q3",
                "label": "CUE",
                "occurrence": 1,
                "text": "نفى",
                "attributes": {},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "المجلس العسكري الحاكم في باماكو",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "يكون قد أُبلغ مسبقا بالعملية",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT-",
                },
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
            {"type": "SOURCE", "head": "c3", "tail": "a4"},
        ],
    },
    {
        "id": "h006",
        "text": (
            "وفق بيان لوزارة الدفاع الوطني الجزائرية، فإن وحدات حرس الحدود أوقفت 14 "
            "مهاجرا غير نظامي و3 مهربين بمنطقة برج باجي مختار المحاذية لمالي. وتأتي "
            "هذه العملية بعد أسبوع من زيارة قائد أركان الجيش الوطني الشعبي إلى ولاية "
            "تمنراست. ويبدو أن السلطات الجزائرية تتجه إلى تشديد الرقابة على شريطها "
            "الحدودي الجنوبي، في ظل تدهور الأوضاع الأمنية في منطقة الساحل."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "وفق",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "وزارة الدفاع الوطني الجزائرية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "وحدات حرس الحدود أوقفت 14 مهاجرا غير نظامي و3 مهربين بمنطقة برج "
                    "باجي مختار المحاذية لمالي"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "حرس الحدود",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "برج باجي مختار",
                "attributes": {},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "مالي",
                "attributes": {},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "قائد أركان الجيش الوطني الشعبي",
                "attributes": {"type": "person"},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الجيش الوطني الشعبي",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "تمنراست",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "السلطات الجزائرية تتجه إلى تشديد الرقابة على شريطها الحدودي "
                    "الجنوبي، في ظل تدهور الأوضاع الأمنية في منطقة الساحل"
                ),
                "attributes": {"source_kind": "author", "quote": "indirect", "certainty": "PR+"},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "السلطات الجزائرية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l4",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الساحل",
                "attributes": {},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
        ],
    },
    {
        "id": "h007",
        "text": (
            "أفادت إذاعة «موزاييك إف إم»، نقلا عن مصدر قضائي تونسي، بأن قاضي التحقيق "
            "بالقطب القضائي لمكافحة الإرهاب أصدر بطاقات إيداع بالسجن في حق خمسة "
            "متهمين، وأن الأبحاث كشفت ارتباطهم بخلية تنشط بين سيدي بوزيد والقيروان. "
            "وكانت الوحدة الوطنية للأبحاث في جرائم الإرهاب قد أوقفت المتهمين في "
            "مداهمات متزامنة بصفاقس وقفصة الشهر الماضي. ولم تعلق هيئة الدفاع عن "
            "المتهمين على القرار حتى الآن."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "أفادت",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "موزاييك إف إم",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "نقلا عن",
                "attributes": {},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مصدر قضائي تونسي",
                "attributes": {"type": "unnamed_source"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "قاضي التحقيق بالقطب القضائي لمكافحة الإرهاب أصدر بطاقات إيداع "
                    "بالسجن في حق خمسة متهمين"
                ),
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "قاضي التحقيق بالقطب القضائي لمكافحة الإرهاب",
                "attributes": {"type": "person"},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "القطب القضائي لمكافحة الإرهاب",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "الأبحاث كشفت ارتباطهم بخلية تنشط بين سيدي بوزيد والقيروان",
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "سيدي بوزيد",
                "attributes": {},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "القيروان",
                "attributes": {},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الوحدة الوطنية للأبحاث في جرائم الإرهاب",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "صفاقس",
                "attributes": {},
            },
            {
                "key": "l4",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "قفصة",
                "attributes": {},
            },
            {
                "key": "a6",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "هيئة الدفاع عن المتهمين",
                "attributes": {"type": "organisation"},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a2"},
            {"type": "SOURCE", "head": "c2", "tail": "a2"},
        ],
    },
    {
        "id": "h008",
        "text": (
            "صرح المتحدث العسكري المصري العقيد أحمد فتحي الشاذلي بأن القوات المسلحة "
            "دمرت 12 نفقا على الشريط الحدودي في شمال سيناء خلال الأسبوع الماضي. "
            "وأضاف في بيان نشره على صفحته الرسمية: “العمليات مستمرة حتى تطهير "
            "المنطقة بالكامل من العناصر التكفيرية”. وكانت القاهرة قد عززت وجودها "
            "العسكري في رفح والشيخ زويد منذ عام ٢٠١٤."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "صرح",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "المتحدث العسكري المصري العقيد أحمد فتحي الشاذلي",
                "attributes": {"type": "person"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "القوات المسلحة دمرت 12 نفقا على الشريط الحدودي في شمال سيناء "
                    "خلال الأسبوع الماضي"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "القوات المسلحة",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "شمال سيناء",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أضاف",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "العمليات مستمرة حتى تطهير المنطقة بالكامل من العناصر التكفيرية",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "العناصر التكفيرية",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "القاهرة",
                "attributes": {"type": "state"},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "رفح",
                "attributes": {},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الشيخ زويد",
                "attributes": {},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
        ],
    },
    {
        "id": "h009",
        "text": (
            "قال الناطق باسم القيادة العامة للجيش الوطني الليبي إن وحدات اللواء 128 "
            "مشاة سيطرت على منفذ إيسين الحدودي مع الجزائر بعد انسحاب مجموعات مسلحة "
            "تشادية. وأكد أن «المنطقة الجنوبية الغربية باتت آمنة بالكامل»، فيما قالت "
            "مصادر محلية في أوباري إن التوتر لا يزال قائما في محيط المنفذ. ولم يتسن "
            "التحقق من هذه المعلومات من مصدر مستقل."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "قال",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الناطق باسم القيادة العامة للجيش الوطني الليبي",
                "attributes": {"type": "person"},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "القيادة العامة للجيش الوطني الليبي",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "وحدات اللواء 128 مشاة سيطرت على منفذ إيسين الحدودي مع الجزائر "
                    "بعد انسحاب مجموعات مسلحة تشادية"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "اللواء 128 مشاة",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "إيسين",
                "attributes": {},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الجزائر",
                "attributes": {},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مجموعات مسلحة تشادية",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أكد",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "المنطقة الجنوبية الغربية باتت آمنة بالكامل",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT+",
                },
            },
            {
                "key": "q3",
                "label": "CUE",
                "occurrence": 1,
                "text": "قالت",
                "attributes": {},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مصادر محلية في أوباري",
                "attributes": {"type": "unnamed_source"},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "أوباري",
                "attributes": {},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "التوتر لا يزال قائما في محيط المنفذ",
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
            {"type": "SOURCE", "head": "c3", "tail": "a5"},
        ],
    },
    {
        "id": "h010",
        "text": (
            "أعلن المجلس الوطني لحماية الوطن الحاكم في النيجر أن هجوما نفذه مسلحون "
            "يُشتبه في انتمائهم إلى جماعة «نصرة الإسلام والمسلمين» أسفر عن مقتل 17 "
            "جنديا قرب بلدة بانيبانغو في إقليم تيلابيري. وأوضح، في بيان تلاه "
            "التلفزيون الرسمي في نيامي، أن الجيش رد بقصف مواقع المهاجمين، ما أدى إلى "
            "تحييد عشرات منهم. من جهتها، دعت الولايات المتحدة وفرنسا إلى حماية "
            "المدنيين في المثلث الحدودي بين النيجر ومالي وبوركينا فاسو."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "أعلن",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "المجلس الوطني لحماية الوطن",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "النيجر",
                "attributes": {},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "هجوما نفذه مسلحون يُشتبه في انتمائهم إلى جماعة «نصرة الإسلام "
                    "والمسلمين» أسفر عن مقتل 17 جنديا قرب بلدة بانيبانغو في إقليم "
                    "تيلابيري"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مسلحون",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "نصرة الإسلام والمسلمين",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "بانيبانغو",
                "attributes": {},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "تيلابيري",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أوضح",
                "attributes": {},
            },
            {
                "key": "l4",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "نيامي",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "الجيش رد بقصف مواقع المهاجمين، ما أدى إلى تحييد عشرات منهم",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الجيش",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الولايات المتحدة",
                "attributes": {"type": "state"},
            },
            {
                "key": "a6",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "فرنسا",
                "attributes": {"type": "state"},
            },
            {
                "key": "l5",
                "label": "LOCATION",
                "occurrence": 2,
                "text": "النيجر",
                "attributes": {},
            },
            {
                "key": "l6",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "مالي",
                "attributes": {},
            },
            {
                "key": "l7",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "بوركينا فاسو",
                "attributes": {},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
        ],
    },
    {
        "id": "h011",
        "text": (
            "اعتبر وزير الخارجية الجزائري رشيد بن عيسى أن «الحل العسكري في ليبيا "
            "أثبت فشله»، داعيا إلى حوار ليبي-ليبي برعاية الأمم المتحدة. وأشار، خلال "
            "لقائه نظيره التونسي في الجزائر، إلى أن بلاده ترفض أي تدخل أجنبي في شؤون "
            "جيرانها. وتتقاسم الجزائر وتونس حدودا طويلة مع ليبيا تمتد لأكثر من ألف "
            "كيلومتر."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "اعتبر",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "وزير الخارجية الجزائري رشيد بن عيسى",
                "attributes": {"type": "person"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "الحل العسكري في ليبيا أثبت فشله",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "ليبيا",
                "attributes": {},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الأمم المتحدة",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أشار",
                "attributes": {},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "نظيره التونسي",
                "attributes": {"type": "person"},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 2,
                "text": "الجزائر",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "بلاده ترفض أي تدخل أجنبي في شؤون جيرانها",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 3,
                "text": "الجزائر",
                "attributes": {},
            },
            {
                "key": "l4",
                "label": "LOCATION",
                "occurrence": 2,
                "text": "تونس",
                "attributes": {},
            },
            {
                "key": "l5",
                "label": "LOCATION",
                "occurrence": 2,
                "text": "ليبيا",
                "attributes": {},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
        ],
    },
    {
        "id": "h012",
        "text": (
            "نفى مصدر مسؤول بوزارة الداخلية التونسية أن تكون الوحدات الأمنية قد "
            "استخدمت الرصاص الحي لتفريق المحتجين قرب محطة الكامور في ولاية تطاوين. "
            "وشدد على أن قوات الأمن التزمت بضبط النفس رغم إصابة 7 أعوان بجروح. في "
            "المقابل، أكدت منظمة العفو الدولية أنها وثقت حالات استخدام مفرط للقوة، "
            "وطالبت بفتح تحقيق مستقل."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "نفى",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مصدر مسؤول بوزارة الداخلية التونسية",
                "attributes": {"type": "unnamed_source"},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "وزارة الداخلية التونسية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "تكون الوحدات الأمنية قد استخدمت الرصاص الحي لتفريق المحتجين قرب "
                    "محطة الكامور في ولاية تطاوين"
                ),
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT-",
                },
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الوحدات الأمنية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الكامور",
                "attributes": {},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "تطاوين",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "شدد",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "قوات الأمن التزمت بضبط النفس رغم إصابة 7 أعوان بجروح",
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "قوات الأمن",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "q3",
                "label": "CUE",
                "occurrence": 1,
                "text": "أكدت",
                "attributes": {},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "منظمة العفو الدولية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "وثقت حالات استخدام مفرط للقوة",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
            {"type": "SOURCE", "head": "c3", "tail": "a5"},
        ],
    },
    {
        "id": "h013",
        "text": (
            "كشف تقرير صادر عن المنظمة الدولية للهجرة أن أكثر من 1,200 مهاجر اعترضهم "
            "خفر السواحل الليبي قبالة سواحل صبراتة والزاوية خلال شهر واحد. وقالت "
            "المتحدثة باسم المنظمة في جنيف صفاء المرزوقي إن «معظم من أعيدوا نُقلوا "
            "إلى مراكز احتجاز في طرابلس تفتقر إلى أدنى المعايير الإنسانية». وتعتمد "
            "روما على التعاون مع السلطات الليبية للحد من تدفق المهاجرين نحو جزيرة "
            "لامبيدوزا."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "كشف",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "المنظمة الدولية للهجرة",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "أكثر من 1,200 مهاجر اعترضهم خفر السواحل الليبي قبالة سواحل "
                    "صبراتة والزاوية خلال شهر واحد"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "خفر السواحل الليبي",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "صبراتة",
                "attributes": {},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الزاوية",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "قالت",
                "attributes": {},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "المتحدثة باسم المنظمة في جنيف صفاء المرزوقي",
                "attributes": {"type": "person"},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "جنيف",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "معظم من أعيدوا نُقلوا إلى مراكز احتجاز في طرابلس تفتقر إلى أدنى "
                    "المعايير الإنسانية"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l4",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "طرابلس",
                "attributes": {},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "روما",
                "attributes": {"type": "state"},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "السلطات الليبية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l5",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "لامبيدوزا",
                "attributes": {},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a3"},
        ],
    },
    {
        "id": "h014",
        "text": (
            "لم يستبعد اللواء المتقاعد حسام عبد العال، الخبير في الشؤون العسكرية، أن "
            "تلجأ القاهرة إلى تعزيز انتشارها على الحدود الغربية مع ليبيا في الأسابيع "
            "المقبلة. وأوضح في حديث لقناة «القاهرة الإخبارية» أن الوضع في منطقة "
            "الكفرة والمثلث الحدودي مع السودان يثير قلقا متزايدا لدى الأجهزة "
            "الأمنية. وتعود آخر مواجهة كبيرة مرتبطة بهذه الحدود إلى عام 2017، حين "
            "استهدف مسلحون حافلة تقل مسيحيين في محافظة المنيا."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "لم يستبعد",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "اللواء المتقاعد حسام عبد العال",
                "attributes": {"type": "person"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "تلجأ القاهرة إلى تعزيز انتشارها على الحدود الغربية مع ليبيا في "
                    "الأسابيع المقبلة"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "PS+",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "القاهرة",
                "attributes": {"type": "state"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "ليبيا",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أوضح",
                "attributes": {},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "القاهرة الإخبارية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "الوضع في منطقة الكفرة والمثلث الحدودي مع السودان يثير قلقا "
                    "متزايدا لدى الأجهزة الأمنية"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الكفرة",
                "attributes": {},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "السودان",
                "attributes": {},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الأجهزة الأمنية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مسلحون",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "l4",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "المنيا",
                "attributes": {},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
        ],
    },
    {
        "id": "h015",
        "text": (
            "وقال رئيس الحكومة الجزائرية في كلمة أمام نواب المجلس الشعبي الوطني: "
            '"الجزائر لن تكون أبدا قاعدة خلفية لأي تهديد ضد جيرانها". وأكد أن '
            "الحكومة خصصت غلافا ماليا إضافيا لتنمية ولايات الجنوب الكبير، وأن برامج "
            "التشغيل في إليزي وأدرار ستنطلق قبل نهاية السنة. من جانبه، اعتبر حزب "
            "جبهة القوى الاشتراكية أن الخطاب الحكومي يفتقر إلى رؤية واضحة لمعالجة "
            "البطالة في ورقلة وتقرت."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "قال",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "رئيس الحكومة الجزائرية",
                "attributes": {"type": "person"},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "المجلس الشعبي الوطني",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "الجزائر لن تكون أبدا قاعدة خلفية لأي تهديد ضد جيرانها",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT-",
                },
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 2,
                "text": "الجزائر",
                "attributes": {"type": "state"},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أكد",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "الحكومة خصصت غلافا ماليا إضافيا لتنمية ولايات الجنوب الكبير",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 2,
                "text": "الحكومة",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الجنوب الكبير",
                "attributes": {},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "برامج التشغيل في إليزي وأدرار ستنطلق قبل نهاية السنة",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "إليزي",
                "attributes": {},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "أدرار",
                "attributes": {},
            },
            {
                "key": "q3",
                "label": "CUE",
                "occurrence": 1,
                "text": "اعتبر",
                "attributes": {},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "جبهة القوى الاشتراكية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c4",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "الخطاب الحكومي يفتقر إلى رؤية واضحة لمعالجة البطالة في ورقلة وتقرت",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l4",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "ورقلة",
                "attributes": {},
            },
            {
                "key": "l5",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "تقرت",
                "attributes": {},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
            {"type": "SOURCE", "head": "c3", "tail": "a1"},
            {"type": "SOURCE", "head": "c4", "tail": "a5"},
        ],
    },
    {
        "id": "h016",
        "text": (
            "ووفقا لمصادر في المجلس البلدي مصراتة، فإن قوة مشتركة تابعة لرئاسة "
            "الأركان العامة انتشرت على الطريق الساحلي الرابط بين مصراتة وسرت. وقال "
            "عميد البلدية محمود الشتيوي إن «الانتشار يهدف إلى تأمين حركة المسافرين "
            "ومنع أي احتكاك بين التشكيلات المسلحة». ورحبت بعثة الأمم المتحدة للدعم "
            "في ليبيا بالخطوة، معتبرة أنها «تعزز الثقة بين الأطراف»."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "وفقا",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مصادر في المجلس البلدي مصراتة",
                "attributes": {"type": "unnamed_source"},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "المجلس البلدي مصراتة",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "قوة مشتركة تابعة لرئاسة الأركان العامة انتشرت على الطريق "
                    "الساحلي الرابط بين مصراتة وسرت"
                ),
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "رئاسة الأركان العامة",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 2,
                "text": "مصراتة",
                "attributes": {},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "سرت",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "قال",
                "attributes": {},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "عميد البلدية محمود الشتيوي",
                "attributes": {"type": "person"},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "الانتشار يهدف إلى تأمين حركة المسافرين ومنع أي احتكاك بين التشكيلات المسلحة"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "التشكيلات المسلحة",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "a6",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "بعثة الأمم المتحدة للدعم في ليبيا",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "q3",
                "label": "CUE",
                "occurrence": 1,
                "text": "معتبرة",
                "attributes": {},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "تعزز الثقة بين الأطراف",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT+",
                },
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a4"},
            {"type": "SOURCE", "head": "c3", "tail": "a6"},
        ],
    },
    {
        "id": "h017",
        "text": (
            "قالت مصادر أمنية مالية إن عناصر من مجموعة «فاغنر» الروسية شاركوا إلى "
            "جانب الجيش المالي في عملية عسكرية بين كيدال وتساليت. وأضافت أن "
            "الاشتباكات مع مقاتلين طوارق استمرت يومين كاملين، وأن حصيلة القتلى لم "
            "تُعرف بعد. في المقابل، قال متحدث باسم تنسيقية حركات أزواد إن «مقاتلي "
            "الحركة صدّوا الهجوم وكبّدوا المهاجمين خسائر فادحة». ولم تعلق موسكو على "
            "هذه الأنباء."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "قالت",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مصادر أمنية مالية",
                "attributes": {"type": "unnamed_source"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "عناصر من مجموعة «فاغنر» الروسية شاركوا إلى جانب الجيش المالي في "
                    "عملية عسكرية بين كيدال وتساليت"
                ),
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "فاغنر",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الجيش المالي",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "كيدال",
                "attributes": {},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "تساليت",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أضافت",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "الاشتباكات مع مقاتلين طوارق استمرت يومين كاملين",
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مقاتلين طوارق",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "حصيلة القتلى لم تُعرف بعد",
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT-",
                },
            },
            {
                "key": "q3",
                "label": "CUE",
                "occurrence": 2,
                "text": "قال",
                "attributes": {},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "متحدث باسم تنسيقية حركات أزواد",
                "attributes": {"type": "person"},
            },
            {
                "key": "a6",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "تنسيقية حركات أزواد",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "c4",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "مقاتلي الحركة صدّوا الهجوم وكبّدوا المهاجمين خسائر فادحة",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a7",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "موسكو",
                "attributes": {"type": "state"},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
            {"type": "SOURCE", "head": "c3", "tail": "a1"},
            {"type": "SOURCE", "head": "c4", "tail": "a5"},
        ],
    },
    {
        "id": "h018",
        "text": (
            "أعلنت السلطات التونسية إعادة فتح معبر رأس جدير الحدودي مع ليبيا أمام "
            "حركة المسافرين اعتبارا من صباح الاثنين. وقال والي مدنين عادل الغربي إن "
            "«الإجراءات الأمنية والجمركية عادت إلى نسقها الطبيعي»، مضيفا أن الجانب "
            "الليبي التزم بتأمين الطريق المؤدية إلى زوارة. وكان المعبر قد أغلق لأكثر "
            "من ثلاثة أشهر إثر خلافات بين بلدية زوارة وحكومة طرابلس."
        ),
        "spans": [
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "السلطات التونسية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "رأس جدير",
                "attributes": {},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "ليبيا",
                "attributes": {},
            },
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "قال",
                "attributes": {},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "والي مدنين عادل الغربي",
                "attributes": {"type": "person"},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "مدنين",
                "attributes": {},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "الإجراءات الأمنية والجمركية عادت إلى نسقها الطبيعي",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT+",
                },
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "مضيفا",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "الجانب الليبي التزم بتأمين الطريق المؤدية إلى زوارة",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الجانب الليبي",
                "attributes": {"type": "state"},
            },
            {
                "key": "l4",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "زوارة",
                "attributes": {},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "بلدية زوارة",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "حكومة طرابلس",
                "attributes": {"type": "organisation"},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a2"},
            {"type": "SOURCE", "head": "c2", "tail": "a2"},
        ],
    },
    {
        "id": "h019",
        "text": (
            "استبعدت مصادر أمنية مصرية أن يكون تنظيم «ولاية سيناء» قد استعاد قدرته "
            "على شن هجمات واسعة في شمال سيناء. وأوضحت أن آخر هجوم كبير تبناه التنظيم "
            "يعود إلى صيف ٢٠٢٢ قرب مدينة بئر العبد، وأن قوات الجيش والشرطة تسيطر "
            "حاليا على الطرق الرئيسية المؤدية إلى العريش. غير أن شيوخ قبائل محلية "
            "أشاروا إلى أن خلايا صغيرة لا تزال تنشط في المناطق الجبلية وسط سيناء."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "استبعدت",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مصادر أمنية مصرية",
                "attributes": {"type": "unnamed_source"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "يكون تنظيم «ولاية سيناء» قد استعاد قدرته على شن هجمات واسعة في شمال سيناء"
                ),
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "PR-",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "ولاية سيناء",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "شمال سيناء",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أوضحت",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "آخر هجوم كبير تبناه التنظيم يعود إلى صيف ٢٠٢٢ قرب مدينة بئر العبد",
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "بئر العبد",
                "attributes": {},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "قوات الجيش والشرطة تسيطر حاليا على الطرق الرئيسية المؤدية إلى العريش",
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الجيش",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الشرطة",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "العريش",
                "attributes": {},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "شيوخ قبائل محلية",
                "attributes": {"type": "unnamed_source"},
            },
            {
                "key": "q3",
                "label": "CUE",
                "occurrence": 1,
                "text": "أشاروا",
                "attributes": {},
            },
            {
                "key": "c4",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "خلايا صغيرة لا تزال تنشط في المناطق الجبلية وسط سيناء",
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l4",
                "label": "LOCATION",
                "occurrence": 3,
                "text": "سيناء",
                "attributes": {},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
            {"type": "SOURCE", "head": "c3", "tail": "a1"},
            {"type": "SOURCE", "head": "c4", "tail": "a5"},
        ],
    },
    {
        "id": "h020",
        "text": (
            "شهدت منطقة الساحل خلال عام 2023 ارتفاعا غير مسبوق في عدد الهجمات "
            "المسلحة، ولا سيما في بوركينا فاسو ومالي والنيجر. وانسحبت الدول الثلاث "
            "لاحقا من المجموعة الاقتصادية لدول غرب أفريقيا «إيكواس» وأسست «تحالف دول "
            "الساحل». وقال الباحث في معهد الدراسات الأمنية في داكار إبراهيما سال إن "
            "«التحالف يفتقر حتى الآن إلى آليات تمويل واضحة»."
        ),
        "spans": [
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الساحل",
                "attributes": {},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "بوركينا فاسو",
                "attributes": {},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "مالي",
                "attributes": {},
            },
            {
                "key": "l4",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "النيجر",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "المجموعة الاقتصادية لدول غرب أفريقيا",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "إيكواس",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "تحالف دول الساحل",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "قال",
                "attributes": {},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الباحث في معهد الدراسات الأمنية في داكار إبراهيما سال",
                "attributes": {"type": "person"},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "معهد الدراسات الأمنية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l5",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "داكار",
                "attributes": {},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "التحالف يفتقر حتى الآن إلى آليات تمويل واضحة",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT+",
                },
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a4"},
        ],
    },
    {
        "id": "h021",
        "text": (
            "رجح مسؤول في المؤسسة الوطنية للنفط أن يستأنف حقل الشرارة إنتاجه خلال "
            "أيام، بعد توقف دام أسبوعين بسبب احتجاجات محلية. وأشار، مفضلا عدم ذكر "
            "اسمه، إلى أن المفاوضات مع المحتجين في أوباري تسير في الاتجاه الصحيح. من "
            "جهته، أكد مصرف ليبيا المركزي أن إيرادات النفط المحولة إليه تراجعت بنسبة "
            "30% مقارنة بالشهر الماضي."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "رجح",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مسؤول في المؤسسة الوطنية للنفط",
                "attributes": {"type": "unnamed_source"},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "المؤسسة الوطنية للنفط",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "يستأنف حقل الشرارة إنتاجه خلال أيام، بعد توقف دام أسبوعين بسبب احتجاجات محلية"
                ),
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "PR+",
                },
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الشرارة",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أشار",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "المفاوضات مع المحتجين في أوباري تسير في الاتجاه الصحيح",
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "أوباري",
                "attributes": {},
            },
            {
                "key": "q3",
                "label": "CUE",
                "occurrence": 1,
                "text": "أكد",
                "attributes": {},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مصرف ليبيا المركزي",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "إيرادات النفط المحولة إليه تراجعت بنسبة 30% مقارنة بالشهر الماضي",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
            {"type": "SOURCE", "head": "c3", "tail": "a3"},
        ],
    },
    {
        "id": "h022",
        "text": (
            "حسب وكالة الأنباء الجزائرية، فإن محكمة الجنايات بالدار البيضاء في "
            "الجزائر العاصمة أدانت متهمَين اثنين بالانتماء إلى خلية كانت تخطط "
            "لاستهداف منشآت نفطية في حاسي مسعود. وقال محامي الدفاع عبد الحميد بوزيدي "
            "إن «موكليه سيستأنفان الحكم لأن الملف يخلو من أي دليل مادي». وتعد هذه "
            "القضية الثالثة من نوعها منذ مطلع ٢٠٢٤."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "حسب",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "وكالة الأنباء الجزائرية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "محكمة الجنايات بالدار البيضاء في الجزائر العاصمة أدانت متهمَين "
                    "اثنين بالانتماء إلى خلية كانت تخطط لاستهداف منشآت نفطية في حاسي "
                    "مسعود"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "محكمة الجنايات",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الدار البيضاء",
                "attributes": {},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الجزائر العاصمة",
                "attributes": {},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "حاسي مسعود",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "قال",
                "attributes": {},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "محامي الدفاع عبد الحميد بوزيدي",
                "attributes": {"type": "person"},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "موكليه سيستأنفان الحكم لأن الملف يخلو من أي دليل مادي",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT+",
                },
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a3"},
        ],
    },
    {
        "id": "h023",
        "text": (
            "ترأس الرئيس التونسي اجتماعا لمجلس الأمن القومي بقصر قرطاج خُصص لبحث "
            "الوضع على الحدود الجنوبية. وأعلنت رئاسة الجمهورية في بيان أن الرئيس "
            "أسدى تعليماته بتكثيف الدوريات في المناطق الصحراوية المتاخمة لليبيا "
            "والجزائر. وفي سياق متصل، قال مصدر عسكري تونسي لوكالة «رويترز» إن طائرات "
            "استطلاع رصدت تحركات مشبوهة قرب منطقة الذهيبة."
        ),
        "spans": [
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الرئيس التونسي",
                "attributes": {"type": "person"},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مجلس الأمن القومي",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "قصر قرطاج",
                "attributes": {},
            },
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "أعلنت",
                "attributes": {},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "رئاسة الجمهورية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "الرئيس أسدى تعليماته بتكثيف الدوريات في المناطق الصحراوية "
                    "المتاخمة لليبيا والجزائر"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "ليبيا",
                "attributes": {},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الجزائر",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "قال",
                "attributes": {},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مصدر عسكري تونسي",
                "attributes": {"type": "unnamed_source"},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "رويترز",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "طائرات استطلاع رصدت تحركات مشبوهة قرب منطقة الذهيبة",
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l4",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الذهيبة",
                "attributes": {},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a3"},
            {"type": "SOURCE", "head": "c2", "tail": "a4"},
        ],
    },
    {
        "id": "h024",
        "text": (
            "قال عميد بلدية سبها إن اشتباكات اندلعت مساء الجمعة بين مجموعتين مسلحتين "
            "في حي الطيوري القريب من قلعة سبها، فيما أفاد مركز سبها الطبي بأن أربعة "
            "قتلى و11 جريحا وصلوا إلى أقسامه. وطالب المجلس الاجتماعي لقبائل أولاد "
            "سليمان الحكومة الليبية في الشرق بالتدخل العاجل لوقف القتال. وقال مصدر "
            "محلي إن من غير الواضح ما إذا كانت قوات القيادة العامة ستتدخل من بنغازي "
            "لفض الاشتباك."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "قال",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "عميد بلدية سبها",
                "attributes": {"type": "person"},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "بلدية سبها",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "اشتباكات اندلعت مساء الجمعة بين مجموعتين مسلحتين في حي الطيوري "
                    "القريب من قلعة سبها"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مجموعتين مسلحتين",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الطيوري",
                "attributes": {},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "قلعة سبها",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أفاد",
                "attributes": {},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مركز سبها الطبي",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "أربعة قتلى و11 جريحا وصلوا إلى أقسامه",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "المجلس الاجتماعي لقبائل أولاد سليمان",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "a6",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الحكومة الليبية في الشرق",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "q3",
                "label": "CUE",
                "occurrence": 2,
                "text": "قال",
                "attributes": {},
            },
            {
                "key": "a7",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مصدر محلي",
                "attributes": {"type": "unnamed_source"},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "من غير الواضح ما إذا كانت قوات القيادة العامة ستتدخل من بنغازي لفض الاشتباك"
                ),
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "Uu",
                },
            },
            {
                "key": "a8",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "القيادة العامة",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "بنغازي",
                "attributes": {},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a4"},
            {"type": "SOURCE", "head": "c3", "tail": "a7"},
        ],
    },
    {
        "id": "h025",
        "text": (
            "أكد وزير الخارجية المصري خلال اتصال هاتفي مع نظيره الجزائري أن البلدين "
            "يتفقان على ضرورة إجراء الانتخابات الليبية في أقرب وقت. وأضاف أن القاهرة "
            "والجزائر ستنسقان مواقفهما قبل اجتماع دول جوار ليبيا المرتقب في تونس. "
            "وكانت مصر قد استضافت في مارس/آذار الماضي اجتماعا لرؤساء المجالس "
            "التشريعية الليبية في مدينة العلمين."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "أكد",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "وزير الخارجية المصري",
                "attributes": {"type": "person"},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "نظيره الجزائري",
                "attributes": {"type": "person"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "البلدين يتفقان على ضرورة إجراء الانتخابات الليبية في أقرب وقت",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أضاف",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "القاهرة والجزائر ستنسقان مواقفهما قبل اجتماع دول جوار ليبيا المرتقب في تونس"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "القاهرة",
                "attributes": {"type": "state"},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 2,
                "text": "الجزائر",
                "attributes": {"type": "state"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "ليبيا",
                "attributes": {},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "تونس",
                "attributes": {},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 2,
                "text": "مصر",
                "attributes": {"type": "state"},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "العلمين",
                "attributes": {},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
        ],
    },
    {
        "id": "h026",
        "text": (
            "أعلن الجيش التشادي أنه صد هجوما شنته عناصر من جبهة التناوب والوفاق في "
            "تشاد انطلاقا من الأراضي الليبية قرب منطقة تيبستي شمال فايا لارجو. وقال "
            "المتحدث باسم الجيش الجنرال محمد أبكر صالح إن «المهاجمين تكبدوا خسائر "
            "كبيرة وفرّ من تبقى منهم نحو الشمال». واعتبرت نجامينا أن «السلطات "
            "الليبية تتحمل مسؤولية ما يجري على حدودها الجنوبية»."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "أعلن",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الجيش التشادي",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "صد هجوما شنته عناصر من جبهة التناوب والوفاق في تشاد انطلاقا من "
                    "الأراضي الليبية قرب منطقة تيبستي شمال فايا لارجو"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "جبهة التناوب والوفاق في تشاد",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "تيبستي",
                "attributes": {},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "فايا لارجو",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "قال",
                "attributes": {},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "المتحدث باسم الجيش الجنرال محمد أبكر صالح",
                "attributes": {"type": "person"},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "المهاجمين تكبدوا خسائر كبيرة وفرّ من تبقى منهم نحو الشمال",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT+",
                },
            },
            {
                "key": "q3",
                "label": "CUE",
                "occurrence": 1,
                "text": "اعتبرت",
                "attributes": {},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "نجامينا",
                "attributes": {"type": "state"},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "السلطات الليبية تتحمل مسؤولية ما يجري على حدودها الجنوبية",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "السلطات الليبية",
                "attributes": {"type": "organisation"},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a3"},
            {"type": "SOURCE", "head": "c3", "tail": "a4"},
        ],
    },
    {
        "id": "h027",
        "text": (
            "قال المبعوث الجزائري الخاص إلى منطقة الساحل إن «الجزائر لن تتخلى عن "
            "اتفاق السلم والمصالحة في مالي» رغم إعلان باماكو انسحابها منه. وأوضح، في "
            "تصريح أدلى به إلى الإذاعة الجزائرية، أن الوساطة الجزائرية ما زالت "
            "مطلوبة من قبل الحركات الموقعة في شمال مالي. في المقابل، اتهم المجلس "
            "العسكري في مالي الجزائر بالتدخل في شؤونه الداخلية، واستدعى سفيرها في "
            "باماكو."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "قال",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "المبعوث الجزائري الخاص إلى منطقة الساحل",
                "attributes": {"type": "person"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الساحل",
                "attributes": {},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "الجزائر لن تتخلى عن اتفاق السلم والمصالحة في مالي",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT-",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 2,
                "text": "الجزائر",
                "attributes": {"type": "state"},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "مالي",
                "attributes": {},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "باماكو",
                "attributes": {"type": "state"},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أوضح",
                "attributes": {},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الإذاعة الجزائرية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "الوساطة الجزائرية ما زالت مطلوبة من قبل الحركات الموقعة في شمال مالي",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 2,
                "text": "مالي",
                "attributes": {},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "المجلس العسكري في مالي",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "a6",
                "label": "ACTOR",
                "occurrence": 5,
                "text": "الجزائر",
                "attributes": {"type": "state"},
            },
            {
                "key": "l4",
                "label": "LOCATION",
                "occurrence": 2,
                "text": "باماكو",
                "attributes": {},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
        ],
    },
    {
        "id": "h028",
        "text": (
            "قالت وزارة الداخلية المصرية في بيان إن قوات الأمن قتلت ستة عناصر من "
            "حركة حسم في تبادل لإطلاق النار بمنطقة صحراوية في محافظة الجيزة. وأضاف "
            "البيان أن العناصر كانوا يخططون لتنفيذ عمليات تستهدف منشآت حيوية في "
            "القاهرة والإسكندرية. وتصنف السلطات المصرية حركة حسم منظمة إرهابية منذ "
            "عام ٢٠١٧، وتتهمها بالارتباط بجماعة الإخوان المسلمين."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "قالت",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "وزارة الداخلية المصرية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "قوات الأمن قتلت ستة عناصر من حركة حسم في تبادل لإطلاق النار "
                    "بمنطقة صحراوية في محافظة الجيزة"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "قوات الأمن",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "حسم",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الجيزة",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أضاف",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "العناصر كانوا يخططون لتنفيذ عمليات تستهدف منشآت حيوية في القاهرة والإسكندرية"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "القاهرة",
                "attributes": {},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الإسكندرية",
                "attributes": {},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "السلطات المصرية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 2,
                "text": "حسم",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "a6",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الإخوان المسلمين",
                "attributes": {"type": "organisation"},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
        ],
    },
    {
        "id": "h029",
        "text": (
            "حذرت المبعوثة الأممية إلى ليبيا، في إحاطة أمام مجلس الأمن الدولي، من أن "
            "الانقسام المؤسسي يهدد بتقويض الهدنة الهشة القائمة منذ أكتوبر/تشرين "
            "الأول 2020. وأشارت إلى أن بعثة الأمم المتحدة رصدت تحشيدات عسكرية في "
            "محيط سرت والجفرة، ودعت الأطراف إلى ضبط النفس. من جانبه، قال المندوب "
            "الروسي إن «روسيا لا تملك أي قوات نظامية على الأراضي الليبية»."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "حذرت",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "المبعوثة الأممية إلى ليبيا",
                "attributes": {"type": "person"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "ليبيا",
                "attributes": {},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مجلس الأمن الدولي",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "الانقسام المؤسسي يهدد بتقويض الهدنة الهشة القائمة منذ أكتوبر/تشرين الأول 2020"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أشارت",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "بعثة الأمم المتحدة رصدت تحشيدات عسكرية في محيط سرت والجفرة",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "بعثة الأمم المتحدة",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "سرت",
                "attributes": {},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الجفرة",
                "attributes": {},
            },
            {
                "key": "q3",
                "label": "CUE",
                "occurrence": 1,
                "text": "قال",
                "attributes": {},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "المندوب الروسي",
                "attributes": {"type": "person"},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "روسيا لا تملك أي قوات نظامية على الأراضي الليبية",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT-",
                },
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "روسيا",
                "attributes": {"type": "state"},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
            {"type": "SOURCE", "head": "c3", "tail": "a4"},
        ],
    },
    {
        "id": "h030",
        "text": (
            "قالت مصادر من هيئة الدفاع في ما يعرف بقضية «التآمر على أمن الدولة» إن "
            "الدائرة الجنائية المختصة بالمحكمة الابتدائية بتونس قد تؤجل النظر في "
            "الملف إلى موعد لاحق. وأوضحت أن عددا من المتهمين الموقوفين في سجن "
            "المرناقية يرفضون المثول عن بعد. وتحاكم السلطات التونسية في هذه القضية "
            "سياسيين ورجال أعمال بتهم من بينها «التخابر مع جهات أجنبية»، وهو ما "
            "ينفيه المتهمون. وقد اعتبرت منظمة هيومن رايتس ووتش أن المحاكمة تفتقر إلى "
            "ضمانات المحاكمة العادلة."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "قالت",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مصادر من هيئة الدفاع",
                "attributes": {"type": "unnamed_source"},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "هيئة الدفاع",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "الدائرة الجنائية المختصة بالمحكمة الابتدائية بتونس قد تؤجل "
                    "النظر في الملف إلى موعد لاحق"
                ),
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "PS+",
                },
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الدائرة الجنائية المختصة بالمحكمة الابتدائية بتونس",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أوضحت",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "عددا من المتهمين الموقوفين في سجن المرناقية يرفضون المثول عن بعد",
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "المرناقية",
                "attributes": {},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "السلطات التونسية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "q3",
                "label": "CUE",
                "occurrence": 1,
                "text": "اعتبرت",
                "attributes": {},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "هيومن رايتس ووتش",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "المحاكمة تفتقر إلى ضمانات المحاكمة العادلة",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
            {"type": "SOURCE", "head": "c3", "tail": "a5"},
        ],
    },
    {
        "id": "h031",
        "text": (
            "كشفت وزارة الدفاع الوطني في حصيلتها الأسبوعية أن مفارز الجيش الوطني "
            "الشعبي أوقفت ١٢ عنصر دعم لجماعات إرهابية ودمرت ٤ مخابئ في عمليات متفرقة "
            "عبر التراب الوطني. وأضافت أن حرس السواحل أحبط محاولات هجرة غير شرعية "
            "لـ٢٤٠ شخصا على متن قوارب تقليدية الصنع بكل من وهران ومستغانم وعنابة. "
            "وتنشر وزارة الدفاع الوطني هذه الحصيلة بشكل دوري منذ عام 2016، وتشمل "
            "عادة ولايات تلمسان وعين قزام الحدودية."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "كشفت",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "وزارة الدفاع الوطني",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "مفارز الجيش الوطني الشعبي أوقفت ١٢ عنصر دعم لجماعات إرهابية "
                    "ودمرت ٤ مخابئ في عمليات متفرقة عبر التراب الوطني"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الجيش الوطني الشعبي",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "جماعات إرهابية",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أضافت",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "حرس السواحل أحبط محاولات هجرة غير شرعية لـ٢٤٠ شخصا على متن "
                    "قوارب تقليدية الصنع بكل من وهران ومستغانم وعنابة"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "حرس السواحل",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "وهران",
                "attributes": {},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "مستغانم",
                "attributes": {},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "عنابة",
                "attributes": {},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 2,
                "text": "وزارة الدفاع الوطني",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l4",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "تلمسان",
                "attributes": {},
            },
            {
                "key": "l5",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "عين قزام",
                "attributes": {},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
        ],
    },
    {
        "id": "h032",
        "text": (
            "قال رئيس المجلس العسكري الحاكم في بوركينا فاسو إن أجهزة استخبارات "
            "أجنبية تقف وراء محاولة انقلابية أُحبطت الأسبوع الماضي في واغادوغو، "
            "متهما ساحل العاج بإيواء ضباط فارين. ونفت وزارة الخارجية الإيفوارية في "
            "بيان صدر بأبيدجان أن تكون كوت ديفوار قد وفرت أي دعم لمعارضين بوركينيين، "
            "ووصفت الاتهامات بأنها «لا أساس لها من الصحة». وتشهد العلاقات بين "
            "واغادوغو وأبيدجان توترا متصاعدا منذ عام 2022."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "قال",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "رئيس المجلس العسكري الحاكم في بوركينا فاسو",
                "attributes": {"type": "person"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "بوركينا فاسو",
                "attributes": {},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "أجهزة استخبارات أجنبية تقف وراء محاولة انقلابية أُحبطت الأسبوع "
                    "الماضي في واغادوغو"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "أجهزة استخبارات أجنبية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "واغادوغو",
                "attributes": {},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "ساحل العاج",
                "attributes": {"type": "state"},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "نفت",
                "attributes": {},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "وزارة الخارجية الإيفوارية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "أبيدجان",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "تكون كوت ديفوار قد وفرت أي دعم لمعارضين بوركينيين",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT-",
                },
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "كوت ديفوار",
                "attributes": {"type": "state"},
            },
            {
                "key": "q3",
                "label": "CUE",
                "occurrence": 1,
                "text": "وصفت",
                "attributes": {},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "لا أساس لها من الصحة",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT-",
                },
            },
            {
                "key": "a6",
                "label": "ACTOR",
                "occurrence": 2,
                "text": "واغادوغو",
                "attributes": {"type": "state"},
            },
            {
                "key": "a7",
                "label": "ACTOR",
                "occurrence": 2,
                "text": "أبيدجان",
                "attributes": {"type": "state"},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a4"},
            {"type": "SOURCE", "head": "c3", "tail": "a4"},
        ],
    },
    {
        "id": "h033",
        "text": (
            "أعلنت وزارة الدفاع التركية أن فرقاطة تركية رست في ميناء الخمس في إطار "
            "برنامج تدريب مشترك مع البحرية الليبية. وأكد متحدث عسكري تركي في مؤتمر "
            "صحفي بأنقرة أن «وجودنا في ليبيا، بما في ذلك قاعدة الوطية، يستند إلى "
            "اتفاقية موقعة مع حكومة شرعية». في المقابل، اعتبر مجلس النواب الليبي أن "
            "الاتفاقيات الموقعة مع أنقرة باطلة ولا تلزم الدولة الليبية."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "أعلنت",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "وزارة الدفاع التركية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "فرقاطة تركية رست في ميناء الخمس في إطار برنامج تدريب مشترك مع البحرية الليبية"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الخمس",
                "attributes": {},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "البحرية الليبية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أكد",
                "attributes": {},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "متحدث عسكري تركي",
                "attributes": {"type": "person"},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "أنقرة",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "وجودنا في ليبيا، بما في ذلك قاعدة الوطية، يستند إلى اتفاقية "
                    "موقعة مع حكومة شرعية"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "ليبيا",
                "attributes": {},
            },
            {
                "key": "l4",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الوطية",
                "attributes": {},
            },
            {
                "key": "q3",
                "label": "CUE",
                "occurrence": 1,
                "text": "اعتبر",
                "attributes": {},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مجلس النواب الليبي",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "الاتفاقيات الموقعة مع أنقرة باطلة ولا تلزم الدولة الليبية",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 2,
                "text": "أنقرة",
                "attributes": {"type": "state"},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a3"},
            {"type": "SOURCE", "head": "c3", "tail": "a4"},
        ],
    },
    {
        "id": "h034",
        "text": (
            "قالت مفوضية الأمم المتحدة لشؤون اللاجئين إن أكثر من 500 ألف سوداني "
            "عبروا الحدود إلى مصر منذ اندلاع الحرب بين الجيش السوداني وقوات الدعم "
            "السريع في نيسان/أبريل 2023. وأوضحت ممثلة المفوضية في القاهرة نادية "
            "الحسيني أن معبري أرقين وقسطل يستقبلان يوميا آلاف الفارين، مشيرة إلى أن "
            "الاحتياجات الإنسانية تفوق بكثير الموارد المتاحة في أسوان. وكانت الحكومة "
            "المصرية قد فرضت في يونيو/حزيران من العام نفسه تأشيرة مسبقة على جميع "
            "القادمين من السودان."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "قالت",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مفوضية الأمم المتحدة لشؤون اللاجئين",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "أكثر من 500 ألف سوداني عبروا الحدود إلى مصر منذ اندلاع الحرب "
                    "بين الجيش السوداني وقوات الدعم السريع في نيسان/أبريل 2023"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "مصر",
                "attributes": {},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الجيش السوداني",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "قوات الدعم السريع",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أوضحت",
                "attributes": {},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "ممثلة المفوضية في القاهرة نادية الحسيني",
                "attributes": {"type": "person"},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "القاهرة",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "معبري أرقين وقسطل يستقبلان يوميا آلاف الفارين",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "أرقين",
                "attributes": {},
            },
            {
                "key": "l4",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "قسطل",
                "attributes": {},
            },
            {
                "key": "q3",
                "label": "CUE",
                "occurrence": 1,
                "text": "مشيرة",
                "attributes": {},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "الاحتياجات الإنسانية تفوق بكثير الموارد المتاحة في أسوان",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l5",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "أسوان",
                "attributes": {},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الحكومة المصرية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l6",
                "label": "LOCATION",
                "occurrence": 2,
                "text": "السودان",
                "attributes": {},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a4"},
            {"type": "SOURCE", "head": "c3", "tail": "a4"},
        ],
    },
    {
        "id": "h035",
        "text": (
            "قالت منظمات إنسانية عاملة في شمال النيجر إن السلطات الجزائرية رحّلت "
            "أكثر من ألفي مهاجر من جنسيات أفريقية مختلفة نحو بلدة أساماكا الحدودية "
            "خلال أسبوعين. واستدعت وزارة الخارجية النيجرية السفير الجزائري في نيامي "
            "للاحتجاج على «الطابع العنيف» لعمليات الترحيل. في المقابل، أكدت مصادر "
            "رسمية جزائرية أن عمليات الترحيل تتم وفق الاتفاقيات الثنائية الموقعة مع "
            "نيامي."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "قالت",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "منظمات إنسانية عاملة في شمال النيجر",
                "attributes": {"type": "unnamed_source"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "النيجر",
                "attributes": {},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "السلطات الجزائرية رحّلت أكثر من ألفي مهاجر من جنسيات أفريقية "
                    "مختلفة نحو بلدة أساماكا الحدودية خلال أسبوعين"
                ),
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "السلطات الجزائرية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "أساماكا",
                "attributes": {},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "وزارة الخارجية النيجرية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "السفير الجزائري في نيامي",
                "attributes": {"type": "person"},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "نيامي",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أكدت",
                "attributes": {},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مصادر رسمية جزائرية",
                "attributes": {"type": "unnamed_source"},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "عمليات الترحيل تتم وفق الاتفاقيات الثنائية الموقعة مع نيامي",
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a6",
                "label": "ACTOR",
                "occurrence": 2,
                "text": "نيامي",
                "attributes": {"type": "state"},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a5"},
        ],
    },
    {
        "id": "h036",
        "text": (
            "قالت رئيسة الوزراء الإيطالية خلال زيارتها إلى تونس إن الاتحاد الأوروبي "
            "سيخصص حزمة مساعدات جديدة لدعم جهود مكافحة الهجرة غير النظامية. وأضافت "
            "أن الوكالة الأوروبية لحرس الحدود والسواحل (Frontex) ستعزز تعاونها مع "
            "الحرس البحري التونسي قبالة سواحل صفاقس. غير أن الرئيس التونسي شدد على "
            "أن «تونس لن تكون حارسا لحدود غير حدودها»."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "قالت",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "رئيسة الوزراء الإيطالية",
                "attributes": {"type": "person"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "تونس",
                "attributes": {},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "الاتحاد الأوروبي سيخصص حزمة مساعدات جديدة لدعم جهود مكافحة الهجرة غير النظامية"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الاتحاد الأوروبي",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أضافت",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "الوكالة الأوروبية لحرس الحدود والسواحل (Frontex) ستعزز تعاونها "
                    "مع الحرس البحري التونسي قبالة سواحل صفاقس"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الوكالة الأوروبية لحرس الحدود والسواحل",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "Frontex",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الحرس البحري التونسي",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "صفاقس",
                "attributes": {},
            },
            {
                "key": "a6",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الرئيس التونسي",
                "attributes": {"type": "person"},
            },
            {
                "key": "q3",
                "label": "CUE",
                "occurrence": 1,
                "text": "شدد",
                "attributes": {},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "تونس لن تكون حارسا لحدود غير حدودها",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT-",
                },
            },
            {
                "key": "a7",
                "label": "ACTOR",
                "occurrence": 4,
                "text": "تونس",
                "attributes": {"type": "state"},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
            {"type": "SOURCE", "head": "c3", "tail": "a6"},
        ],
    },
    {
        "id": "h037",
        "text": (
            "ذكرت مصادر مطلعة في طرابلس أن مسلحين مجهولين اختطفوا مسؤولا في وزارة "
            "المالية قرب مطار معيتيقة مساء الثلاثاء. ورجّحت أن تكون عملية الاختطاف "
            "مرتبطة بخلافات حول صرف الاعتمادات المالية، فيما أكد جهاز الردع لمكافحة "
            "الجريمة المنظمة والإرهاب أنه فتح تحقيقا في الحادثة. وتتكرر حوادث الخطف "
            "في طرابلس منذ عام ٢٠١١، وسط تنافس التشكيلات المسلحة على النفوذ."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "ذكرت",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مصادر مطلعة في طرابلس",
                "attributes": {"type": "unnamed_source"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "طرابلس",
                "attributes": {},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "مسلحين مجهولين اختطفوا مسؤولا في وزارة المالية قرب مطار معيتيقة مساء الثلاثاء"
                ),
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مسلحين مجهولين",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "مسؤولا في وزارة المالية",
                "attributes": {"type": "person"},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "وزارة المالية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "معيتيقة",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "رجّحت",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "تكون عملية الاختطاف مرتبطة بخلافات حول صرف الاعتمادات المالية",
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "PR+",
                },
            },
            {
                "key": "q3",
                "label": "CUE",
                "occurrence": 1,
                "text": "أكد",
                "attributes": {},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "جهاز الردع لمكافحة الجريمة المنظمة والإرهاب",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "فتح تحقيقا في الحادثة",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 2,
                "text": "طرابلس",
                "attributes": {},
            },
            {
                "key": "a6",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "التشكيلات المسلحة",
                "attributes": {"type": "armed_group"},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
            {"type": "SOURCE", "head": "c3", "tail": "a5"},
        ],
    },
    {
        "id": "h038",
        "text": (
            "أكد الناطق باسم الحكومة الموريتانية أن الجيش الموريتاني عزز انتشاره على "
            "طول الحدود الشرقية مع مالي، خصوصا في محيط مدينة باسكنو. وأضاف أن "
            "«نواكشوط لن تسمح بأن تتحول أراضيها إلى ساحة لتصفية الحسابات بين أطراف "
            "النزاع في البلد الجار». وكان سكان محليون قد أفادوا بأن دوريات تابعة "
            "لفاغنر توغلت داخل الأراضي الموريتانية قرب بلدة فصالة مطلع الشهر الجاري."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "أكد",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الناطق باسم الحكومة الموريتانية",
                "attributes": {"type": "person"},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الحكومة الموريتانية",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "الجيش الموريتاني عزز انتشاره على طول الحدود الشرقية مع مالي، "
                    "خصوصا في محيط مدينة باسكنو"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الجيش الموريتاني",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "مالي",
                "attributes": {},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "باسكنو",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أضاف",
                "attributes": {},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "نواكشوط لن تسمح بأن تتحول أراضيها إلى ساحة لتصفية الحسابات بين "
                    "أطراف النزاع في البلد الجار"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT-",
                },
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "نواكشوط",
                "attributes": {"type": "state"},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "سكان محليون",
                "attributes": {"type": "unnamed_source"},
            },
            {
                "key": "q3",
                "label": "CUE",
                "occurrence": 1,
                "text": "أفادوا",
                "attributes": {},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "دوريات تابعة لفاغنر توغلت داخل الأراضي الموريتانية قرب بلدة "
                    "فصالة مطلع الشهر الجاري"
                ),
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a6",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "فاغنر",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "فصالة",
                "attributes": {},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a1"},
            {"type": "SOURCE", "head": "c3", "tail": "a5"},
        ],
    },
    {
        "id": "h039",
        "text": (
            "يرى محللون أن التقارب بين القاهرة وأنقرة قد ينعكس إيجابا على مسار "
            "التسوية في ليبيا. وقال أستاذ العلوم السياسية في جامعة القاهرة مُحمّد "
            "الطاهر عبد اللطيف إن «الطرفين باتا يدركان أن أي حل عسكري في طرابلس أو "
            "بنغازي لن يصمد طويلا». ومن المؤكد أن ملف الهلال النفطي سيكون حاضرا على "
            "طاولة أي محادثات مقبلة بين البلدين."
        ),
        "spans": [
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "يرى",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "محللون",
                "attributes": {"type": "unnamed_source"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "التقارب بين القاهرة وأنقرة قد ينعكس إيجابا على مسار التسوية في ليبيا",
                "attributes": {
                    "source_kind": "unnamed_source",
                    "quote": "indirect",
                    "certainty": "PS+",
                },
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "القاهرة",
                "attributes": {"type": "state"},
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "أنقرة",
                "attributes": {"type": "state"},
            },
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "ليبيا",
                "attributes": {},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "قال",
                "attributes": {},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "أستاذ العلوم السياسية في جامعة القاهرة مُحمّد الطاهر عبد اللطيف",
                "attributes": {"type": "person"},
            },
            {
                "key": "a5",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "جامعة القاهرة",
                "attributes": {"type": "organisation"},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "الطرفين باتا يدركان أن أي حل عسكري في طرابلس أو بنغازي لن يصمد طويلا",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "طرابلس",
                "attributes": {},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "بنغازي",
                "attributes": {},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "ملف الهلال النفطي سيكون حاضرا على طاولة أي محادثات مقبلة بين البلدين",
                "attributes": {"source_kind": "author", "quote": "indirect", "certainty": "CT+"},
            },
            {
                "key": "l4",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الهلال النفطي",
                "attributes": {},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a1"},
            {"type": "SOURCE", "head": "c2", "tail": "a4"},
        ],
    },
    {
        "id": "h040",
        "text": (
            "اختتم في مدينة غدامس الليبية اجتماع ثلاثي ضم وزراء داخلية ليبيا وتونس "
            "والجزائر لبحث تأمين الحدود المشتركة. وقال وزير الداخلية الليبي في ختام "
            'الاجتماع: "اتفقنا على إنشاء غرفة عمليات مشتركة لتبادل المعلومات حول '
            'تحركات الجماعات الإرهابية وشبكات التهريب". وأوضح نظيره التونسي أن '
            "الغرفة ستتخذ من غدامس مقرا لها. ومن المنتظر أن يُعقد الاجتماع المقبل في "
            "تمنراست خلال الربع الأول من عام ٢٠٢٥."
        ),
        "spans": [
            {
                "key": "l1",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "غدامس",
                "attributes": {},
            },
            {
                "key": "a1",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "وزراء داخلية ليبيا وتونس والجزائر",
                "attributes": {"type": "person"},
            },
            {
                "key": "l2",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "ليبيا",
                "attributes": {},
            },
            {
                "key": "l3",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "تونس",
                "attributes": {},
            },
            {
                "key": "l4",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "الجزائر",
                "attributes": {},
            },
            {
                "key": "q1",
                "label": "CUE",
                "occurrence": 1,
                "text": "قال",
                "attributes": {},
            },
            {
                "key": "a2",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "وزير الداخلية الليبي",
                "attributes": {"type": "person"},
            },
            {
                "key": "c1",
                "label": "CLAIM",
                "occurrence": 1,
                "text": (
                    "اتفقنا على إنشاء غرفة عمليات مشتركة لتبادل المعلومات حول تحركات "
                    "الجماعات الإرهابية وشبكات التهريب"
                ),
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "direct",
                    "certainty": "CT+",
                },
            },
            {
                "key": "a3",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "الجماعات الإرهابية",
                "attributes": {"type": "armed_group"},
            },
            {
                "key": "q2",
                "label": "CUE",
                "occurrence": 1,
                "text": "أوضح",
                "attributes": {},
            },
            {
                "key": "a4",
                "label": "ACTOR",
                "occurrence": 1,
                "text": "نظيره التونسي",
                "attributes": {"type": "person"},
            },
            {
                "key": "c2",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "الغرفة ستتخذ من غدامس مقرا لها",
                "attributes": {
                    "source_kind": "named_actor",
                    "quote": "indirect",
                    "certainty": "CT+",
                },
            },
            {
                "key": "l5",
                "label": "LOCATION",
                "occurrence": 2,
                "text": "غدامس",
                "attributes": {},
            },
            {
                "key": "c3",
                "label": "CLAIM",
                "occurrence": 1,
                "text": "يُعقد الاجتماع المقبل في تمنراست خلال الربع الأول من عام ٢٠٢٥",
                "attributes": {"source_kind": "author", "quote": "indirect", "certainty": "PR+"},
            },
            {
                "key": "l6",
                "label": "LOCATION",
                "occurrence": 1,
                "text": "تمنراست",
                "attributes": {},
            },
        ],
        "relations": [
            {"type": "SOURCE", "head": "c1", "tail": "a2"},
            {"type": "SOURCE", "head": "c2", "tail": "a4"},
        ],
    },
]
