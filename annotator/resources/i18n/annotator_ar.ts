<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="200"/>
        <source>Accept the selected span&apos;s suggested links</source>
        <translation>قبول الروابط المقترحة للمقطع المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="203"/>
        <source>Reject the selected span&apos;s suggested links</source>
        <translation>رفض الروابط المقترحة للمقطع المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="185"/>
        <source>Link the claim to its source…</source>
        <translation>ربط الادعاء بمصدره…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="187"/>
        <source>Link the claim to what it is about…</source>
        <translation>ربط الادعاء بما يتناوله…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="189"/>
        <source>Edit labels and relations…</source>
        <translation>تحرير الوسوم والعلاقات…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="191"/>
        <source>Actor registry…</source>
        <translation>سجل الفاعلين…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="231"/>
        <source>Focus the attributes and relations</source>
        <translation>الانتقال إلى الخصائص والعلاقات</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="81"/>
        <source>&amp;Document</source>
        <extracomment>What an action runs: a function of the workspace (its result, a dialog for tests, is ignored).</extracomment>
        <translation>&amp;المستند</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="82"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="83"/>
        <source>&amp;Span</source>
        <translation>&amp;المقطع</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="84"/>
        <source>&amp;Labels</source>
        <translation>&amp;الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="85"/>
        <source>Sea&amp;rch</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="87"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="88"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="125"/>
        <source>Next document</source>
        <translation>المستند التالي</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="127"/>
        <source>Previous document</source>
        <translation>المستند السابق</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="129"/>
        <source>Mark document done</source>
        <translation>تعليم المستند كمنجز</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="131"/>
        <source>Reopen document</source>
        <translation>إعادة فتح المستند</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="133"/>
        <source>Save now</source>
        <translation>حفظ الآن</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="135"/>
        <source>Reload from disk</source>
        <translation>إعادة التحميل من القرص</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="137"/>
        <source>Replace the text from a file…</source>
        <translation>استبدال النص من ملف…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="143"/>
        <source>Open project…</source>
        <translation>فتح مشروع…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="145"/>
        <source>New project…</source>
        <translation>مشروع جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="147"/>
        <source>Recent projects…</source>
        <translation>المشاريع الأخيرة…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="149"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="152"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="154"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="157"/>
        <source>Next span</source>
        <translation>المقطع التالي</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="159"/>
        <source>Previous span</source>
        <translation>المقطع السابق</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="161"/>
        <source>Delete selected span (reject a suggestion)</source>
        <translation>حذف المقطع المحدد (رفض الاقتراح)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="163"/>
        <source>Accept selected suggestion</source>
        <translation>قبول الاقتراح المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="165"/>
        <source>Clear the selection</source>
        <translation>إلغاء التحديد</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="167"/>
        <source>Move start edge left by a character</source>
        <translation>تحريك بداية المقطع يسارًا بحرف</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="169"/>
        <source>Move start edge right by a character</source>
        <translation>تحريك بداية المقطع يمينًا بحرف</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="172"/>
        <source>Move end edge left by a character</source>
        <translation>تحريك نهاية المقطع يسارًا بحرف</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="174"/>
        <source>Move end edge right by a character</source>
        <translation>تحريك نهاية المقطع يمينًا بحرف</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="176"/>
        <source>Move start edge left by a word</source>
        <translation>تحريك بداية المقطع يسارًا بكلمة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="178"/>
        <source>Move start edge right by a word</source>
        <translation>تحريك بداية المقطع يمينًا بكلمة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="180"/>
        <source>Move end edge left by a word</source>
        <translation>تحريك نهاية المقطع يسارًا بكلمة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="182"/>
        <source>Move end edge right by a word</source>
        <translation>تحريك نهاية المقطع يمينًا بكلمة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="216"/>
        <source>Find…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="218"/>
        <source>Next match</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="220"/>
        <source>Previous match</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="222"/>
        <source>Tag all occurrences…</source>
        <translation>وسم كل المواضع…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="225"/>
        <source>Focus the text</source>
        <translation>الانتقال إلى النص</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="227"/>
        <source>Focus the document list</source>
        <translation>الانتقال إلى قائمة المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="229"/>
        <source>Focus the span list</source>
        <translation>الانتقال إلى قائمة المقاطع</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="234"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="236"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="238"/>
        <source>Reset zoom</source>
        <translation>إعادة ضبط التكبير</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="240"/>
        <source>English interface</source>
        <translation>الواجهة الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="242"/>
        <source>Arabic interface</source>
        <translation>الواجهة العربية</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="244"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="250"/>
        <source>Extend the selection by a character</source>
        <translation>توسيع التحديد بحرف</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="251"/>
        <source>Extend the selection by a word</source>
        <translation>توسيع التحديد بكلمة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="253"/>
        <source>Extend the selection to the line edge</source>
        <translation>توسيع التحديد إلى طرف السطر</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="254"/>
        <source>Move the cursor</source>
        <translation>تحريك المؤشر</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="275"/>
        <source>The key %1 of the label %2 is already the shortcut of “%3”, so the label has no key; give it another in Labels → Edit labels and relations.</source>
        <translation>المفتاح %1 للوسم %2 هو أصلًا اختصار «%3»، لذا لا مفتاح لهذا الوسم؛ أعطه مفتاحًا آخر من الوسوم ← تحرير الوسوم والعلاقات.</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="294"/>
        <source>Tag as %1 / relabel</source>
        <translation>وسم بـ %1 / تغيير الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="295"/>
        <source>Tag as %1, exact selection</source>
        <translation>وسم بـ %1، التحديد كما هو</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="316"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="139"/>
        <source>Import documents…</source>
        <translation>استيراد مستندات…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="141"/>
        <source>Export annotations…</source>
        <translation>تصدير التوسيمات…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="86"/>
        <source>Re&amp;view</source>
        <translation>&amp;مراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="194"/>
        <source>Next suggestion</source>
        <translation>الاقتراح التالي</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="196"/>
        <source>Previous suggestion</source>
        <translation>الاقتراح السابق</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="198"/>
        <source>Reject suggestion and go to the next</source>
        <translation>رفض الاقتراح والانتقال إلى التالي</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="206"/>
        <source>Accept all suggestions of a label…</source>
        <translation>قبول كل اقتراحات وسم…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="208"/>
        <source>Accept all suggestions above a score…</source>
        <translation>قبول كل الاقتراحات فوق درجة…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="211"/>
        <source>Run a suggester / train the model…</source>
        <translation>تشغيل مقترِح / تدريب النموذج…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="213"/>
        <source>Import suggestions…</source>
        <translation>استيراد اقتراحات…</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <location filename="../../ui/agreement_view.py" line="77"/>
        <source>Agreement</source>
        <extracomment>document id, layer a, layer b, start, end</extracomment>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="104"/>
        <source> · %1 documents skipped</source>
        <translation> · تُخطّي %1 من المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="106"/>
        <source>Exact F1 per pair and label (overlap F1 and kappa in the tooltip) · Krippendorff&apos;s alpha: %1</source>
        <translation>F1 المطابق لكل زوج وتسمية (F1 التداخل وكابا في التلميح) · ألفا كريبندورف: %1</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="134"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="134"/>
        <source>Pair</source>
        <translation>الزوج</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="134"/>
        <source>Exact F1</source>
        <translation>F1 المطابق</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="135"/>
        <source>Disagreements</source>
        <translation>الاختلافات</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="54"/>
        <source>Details were written to %1.</source>
        <translation>كُتبت التفاصيل في %1.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="58"/>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="59"/>
        <source>Your annotations are saved automatically; restart the application if it misbehaves.</source>
        <translation>تُحفظ وسومك تلقائيًا؛ أعد تشغيل التطبيق إذا لم يعمل كما ينبغي.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="77"/>
        <source>%1

The documents are shown with the default labels; nothing can be changed until project.json is repaired (restore it from version control).</source>
        <translation>%1

تُعرض المستندات بالوسوم الافتراضية؛ لا يمكن تغيير شيء حتى يُصلَح الملف project.json (استعده من نظام إدارة الإصدارات).</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="111"/>
        <source>Cannot open the project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="119"/>
        <source>Opened read-only</source>
        <translation>فُتح للقراءة فقط</translation>
    </message>
</context>
<context>
    <name>AttributePanel</name>
    <message>
        <location filename="../../ui/attribute_panel.py" line="126"/>
        <source>Relations (Enter: go to, Delete: remove)</source>
        <translation>العلاقات (Enter: انتقال، Delete: حذف)</translation>
    </message>
    <message>
        <location filename="../../ui/attribute_panel.py" line="169"/>
        <source>No span selected.</source>
        <translation>لم يُحدَّد أي مقطع.</translation>
    </message>
    <message>
        <location filename="../../ui/attribute_panel.py" line="176"/>
        <source>This label has no attributes.</source>
        <translation>لا خصائص لهذا الوسم.</translation>
    </message>
    <message>
        <location filename="../../ui/attribute_panel.py" line="198"/>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <location filename="../../ui/attribute_panel.py" line="225"/>
        <source>claims made (%1): %2</source>
        <translation>ادعاءات صادرة عنه (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/attribute_panel.py" line="228"/>
        <source>%1 from: %2</source>
        <translation>%1 من: %2</translation>
    </message>
    <message>
        <location filename="../../ui/attribute_panel.py" line="235"/>
        <source>No relations.</source>
        <translation>لا علاقات.</translation>
    </message>
    <message>
        <location filename="../../ui/attribute_panel.py" line="242"/>
        <source>(missing span)</source>
        <translation>(مقطع مفقود)</translation>
    </message>
    <message>
        <location filename="../../ui/attribute_panel.py" line="280"/>
        <source>Remove relation</source>
        <translation>حذف العلاقة</translation>
    </message>
</context>
<context>
    <name>BulkAcceptDialog</name>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="47"/>
        <source>Accept suggestions of a label</source>
        <extracomment>(label, min_score, origin) -&gt; this document&apos;s candidates, each with &quot;is a conflict&quot;.</extracomment>
        <translation>قبول اقتراحات وسم واحد</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="48"/>
        <source>Accept suggestions above a score</source>
        <translation>قبول الاقتراحات فوق درجة معيّنة</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="58"/>
        <source>Leave out conflicts (another label suggested on the same words)</source>
        <translation>استبعاد التعارضات (وسم آخر مقترح على الكلمات نفسها)</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="88"/>
        <source>%1 (%2 here)</source>
        <translation>%1 (%2 هنا)</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="93"/>
        <source>Label:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="101"/>
        <source>Score at least:</source>
        <translation>الدرجة على الأقل:</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="103"/>
        <source>any origin</source>
        <translation>أي مصدر اقتراح</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="106"/>
        <source>Origin:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="120"/>
        <source>conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="134"/>
        <source>%1 of %2 suggestions here will be accepted</source>
        <translation>سيُقبل %1 من %2 اقتراحًا هنا</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="50"/>
        <source>In this document (one undo step)</source>
        <translation>في هذا المستند (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="51"/>
        <source>In every document of the project</source>
        <translation>في كل مستندات المشروع</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../ui/conflict.py" line="29"/>
        <source>Discard your changes?</source>
        <translation>تجاهل تعديلاتك؟</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="30"/>
        <source>Reloading reads the file from disk and discards your unsaved changes to this document.</source>
        <translation>إعادة التحميل تقرأ الملف من القرص وتتجاهل تعديلاتك غير المحفوظة على هذا المستند.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="48"/>
        <source>Changed by someone else</source>
        <translation>عدّله شخص آخر</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="50"/>
        <source>Reload theirs</source>
        <translation>تحميل نسختهم</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="52"/>
        <source>Keep mine and overwrite</source>
        <translation>الإبقاء على نسختي والكتابة فوق نسختهم</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="54"/>
        <source>Save mine as a copy, reload theirs</source>
        <translation>حفظ نسختي كنسخة منفصلة وتحميل نسختهم</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="57"/>
        <source>Decide later</source>
        <translation>القرار لاحقًا</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="70"/>
        <source>Your version was written over theirs.</source>
        <translation>كُتبت نسختك فوق نسختهم.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="74"/>
        <source>Yours is saved as %1; theirs is open.</source>
        <translation>حُفظت نسختك باسم %1؛ ونسختهم مفتوحة الآن.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="78"/>
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../../ui/document_list.py" line="259"/>
        <source>Filter documents (title, status)</source>
        <translation>تصفية المستندات (العنوان، الحالة)</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../ui/document_list.py" line="72"/>
        <location filename="../../ui/document_list.py" line="126"/>
        <source>unreadable</source>
        <translation>تعذّرت قراءته</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.py" line="74"/>
        <location filename="../../ui/document_list.py" line="108"/>
        <source>Cannot be read: %1</source>
        <translation>تعذّرت القراءة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.py" line="83"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.py" line="83"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.py" line="83"/>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.py" line="116"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.py" line="116"/>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.py" line="117"/>
        <source>done</source>
        <translation>منجز</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="79"/>
        <source>Gold JSONL: one document a line, lossless (relations, attributes, origins).</source>
        <extracomment>The dialog&apos;s description of each format of :data:`EXPORTS` (translated when shown).</extracomment>
        <translation>ملف JSONL المرجعي: مستند في كل سطر، بلا فقد (العلاقات والسمات والمصادر).</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>Hugging Face datasets folder: spans with offsets and token classification (IOB2), with a dataset card.</source>
        <translation>مجلد Hugging Face datasets: مقاطع بمواضعها وتصنيف الرموز (IOB2)، مع بطاقة وصف البيانات.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="85"/>
        <source>CoNLL IOB2 folder: word-level and clitic-split views, nested spans as extra columns.</source>
        <translation>مجلد CoNLL IOB2: عرض على مستوى الكلمة وعرض بفصل السوابق، والمقاطع المتداخلة في أعمدة إضافية.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="88"/>
        <source>brat standoff folder: .txt and .ann per document with annotation.conf.</source>
        <translation>مجلد brat: ملفا ‎.txt و‎.ann لكل مستند مع annotation.conf.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="91"/>
        <source>doccano JSONL with entities and relations.</source>
        <translation>ملف JSONL لـ doccano بالكيانات والعلاقات.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="93"/>
        <source>Label Studio folder: JSON tasks and a matching labeling config.</source>
        <translation>مجلد Label Studio: مهام JSON مع إعداد وسم مطابق.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="95"/>
        <source>spaCy DocBin (.spacy) with doc.ents and doc.spans[&quot;sc&quot;]; needs spaCy installed.</source>
        <translation>ملف spaCy DocBin ‏(.spacy) فيه doc.ents وdoc.spans[&quot;sc&quot;]؛ يتطلب تثبيت spaCy.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="175"/>
        <source>Export annotations</source>
        <translation>تصدير التوسيمات</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="188"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="195"/>
        <source>Only documents marked done</source>
        <translation>المستندات المنجزة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="196"/>
        <source>All documents</source>
        <translation>كل المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="203"/>
        <source>Include suggested and rejected spans, with their status, origin and score</source>
        <translation>تضمين المقاطع المقترحة والمرفوضة مع حالتها ومصدرها ودرجتها</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="237"/>
        <source>Split documents into train / dev / test</source>
        <translation>تقسيم المستندات إلى تدريب / تطوير / اختبار</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="243"/>
        <source>train</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="243"/>
        <source>dev</source>
        <translation>تطوير</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="243"/>
        <source>test</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="247"/>
        <source>seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="213"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="112"/>
        <source>Word-level and clitic-split (a folder)</source>
        <extracomment>The formats of the format table, in its order (a format lacking a description fails here).</extracomment>
        <translation>على مستوى الكلمة وبفصل السوابق (مجلد)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="113"/>
        <source>Word-level only (one file)</source>
        <translation>على مستوى الكلمة فقط (ملف واحد)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="114"/>
        <source>Clitic-split only (one file)</source>
        <translation>بفصل السوابق فقط (ملف واحد)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="215"/>
        <source>Token view</source>
        <translation>عرض الرموز</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="216"/>
        <source>Write to</source>
        <translation>الكتابة في</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="217"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="218"/>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="222"/>
        <source>Annotator</source>
        <translation>الموسِّم</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="227"/>
        <source>The result of the export appears here.</source>
        <translation>تظهر نتيجة التصدير هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="228"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="312"/>
        <source>(%1 is not installed here: this format will fail.)</source>
        <translation>(%1 غير مثبّت هنا: ستفشل هذه الصيغة.)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="346"/>
        <source>Export into folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="351"/>
        <source>Export to file</source>
        <translation>التصدير إلى ملف</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="352"/>
        <source>%1 files (*%2)</source>
        <translation>ملفات %1 ‏(*%2)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="379"/>
        <source>Choose where to write the export.</source>
        <translation>اختر مكان كتابة التصدير.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="384"/>
        <source>Your latest changes could not be saved, so they would be missing from the export. Resolve the save problem first.</source>
        <translation>تعذّر حفظ آخر تغييراتك، فلن تظهر في التصدير. عالج مشكلة الحفظ أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="403"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="412"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="429"/>
        <source>No document is marked done (Ctrl+Return marks one); choose &quot;All documents&quot; to export work in progress.</source>
        <translation>لا يوجد مستند منجز (Ctrl+Return يجعله منجزًا)؛ اختر &quot;كل المستندات&quot; لتصدير العمل الجاري.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="437"/>
        <source>Export failed, nothing was written.</source>
        <translation>فشل التصدير ولم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="442"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help_dialog.py" line="22"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialog.py" line="24"/>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialog.py" line="24"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialog.py" line="25"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="62"/>
        <source>Automatic: from each file&apos;s extension and content (.txt, .jsonl, brat folders, CoNLL, Label Studio)</source>
        <extracomment>(format or None for automatic, description): automatic first, then the format table&apos;s import formats in its order (a format lacking a description fails here).</extracomment>
        <translation>تلقائي: من امتداد كل ملف ومحتواه (‎.txt و‎.jsonl ومجلدات brat وCoNLL وLabel Studio)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="48"/>
        <source>Plain UTF-8 text files; the file name becomes the document id</source>
        <extracomment>The dialog&apos;s description of each format of :data:`IMPORTS` (translated when shown).</extracomment>
        <translation>ملفات نصية بترميز UTF-8؛ يصبح اسم الملف معرّف المستند</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="50"/>
        <source>JSONL records {&quot;id&quot;, &quot;text&quot;, &quot;meta&quot;}</source>
        <translation>سجلات JSONL ‏{&quot;id&quot;, &quot;text&quot;, &quot;meta&quot;}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="51"/>
        <source>Gold JSONL exported by this tool, with spans and relations</source>
        <translation>ملف JSONL مرجعي صدّرته هذه الأداة، بالمقاطع والعلاقات</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="53"/>
        <source>brat standoff folder (.txt and .ann)</source>
        <translation>مجلد brat ‏(‎.txt و‎.ann)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="54"/>
        <source>doccano JSONL with entities and relations</source>
        <translation>ملف JSONL لـ doccano بالكيانات والعلاقات</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="56"/>
        <source>Label Studio JSON tasks</source>
        <translation>مهام Label Studio بصيغة JSON</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="57"/>
        <source>CoNLL IOB2, word-level</source>
        <translation>صيغة CoNLL IOB2 على مستوى الكلمة</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="112"/>
        <source>Import documents</source>
        <extracomment>Document ids imported (emitted after every run, also a cancelled or failed one).</extracomment>
        <translation>استيراد مستندات</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="116"/>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="117"/>
        <source>Add folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="118"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="132"/>
        <source>automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="138"/>
        <source>Files and folders</source>
        <translation>الملفات والمجلدات</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="139"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="144"/>
        <source>Skipped file</source>
        <translation>الملف المتروك</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="144"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="145"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="157"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="172"/>
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="173"/>
        <source>Documents and annotated data (*.txt *.jsonl *.json *.conll *.iob *.bio);;All files (*)</source>
        <translation>مستندات وبيانات موسومة (*.txt *.jsonl *.json *.conll *.iob *.bio);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="179"/>
        <source>Import a folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="233"/>
        <source>Add files or a folder to import first.</source>
        <translation>أضف ملفات أو مجلدًا للاستيراد أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="249"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="257"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="282"/>
        <source>Documents imported: %1; skipped: %2.</source>
        <translation>المستندات المستوردة: %1؛ المتروكة: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="286"/>
        <source>Import cancelled; the documents imported before stay.</source>
        <translation>أُلغي الاستيراد؛ تبقى المستندات التي استُوردت قبل ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="288"/>
        <source>Import stopped:</source>
        <translation>توقف الاستيراد:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="291"/>
        <source>The data added labels to the project: %1.</source>
        <translation>أضافت البيانات وسومًا إلى المشروع: %1.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../ui/review_jobs.py" line="93"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/review_jobs.py" line="118"/>
        <source>Stopping after the current document…</source>
        <translation>يتوقف بعد المستند الحالي…</translation>
    </message>
    <message>
        <location filename="../../ui/review_jobs.py" line="141"/>
        <source>The job ended without a result.</source>
        <translation>انتهت المهمة دون نتيجة.</translation>
    </message>
</context>
<context>
    <name>LabelPalette</name>
    <message>
        <location filename="../../ui/label_palette.py" line="77"/>
        <source>Key %1 tags the selection; Alt+%1 keeps it exact</source>
        <extracomment>A run of Arabic words (letters, marks, digits, spaces and Arabic punctuation between them), never crossing Latin text or symbols such as &quot;-&gt;&quot;.</extracomment>
        <translation>المفتاح %1 يسم التحديد؛ Alt+%1 يبقيه كما هو</translation>
    </message>
</context>
<context>
    <name>LayerController</name>
    <message>
        <location filename="../../ui/layers.py" line="83"/>
        <source>&amp;Project</source>
        <extracomment>Review actions that write to every document of the open layer: off while it is read-only.</extracomment>
        <translation>&amp;المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="84"/>
        <source>Open layer</source>
        <translation>فتح طبقة</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="85"/>
        <source>Compare with</source>
        <translation>المقارنة مع</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="86"/>
        <source>Agreement…</source>
        <translation>الاتفاق…</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="87"/>
        <source>Curate into a layer…</source>
        <translation>الدمج في طبقة مرجعية…</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="88"/>
        <source>Report…</source>
        <translation>التقرير…</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="105"/>
        <source> (curated)</source>
        <translation> (مرجعية)</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="106"/>
        <source> (read-only)</source>
        <translation> (للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="114"/>
        <source>Nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="146"/>
        <source>Cannot open the layer</source>
        <translation>تعذّر فتح الطبقة</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="182"/>
        <source>Curating %1</source>
        <translation>دمج %1</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="184"/>
        <source>Layer: %1 (read-only)</source>
        <translation>الطبقة: %1 (للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="186"/>
        <source>Layer: %1</source>
        <translation>الطبقة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="188"/>
        <source> · compared with %1</source>
        <translation> · مقارنة مع %1</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="202"/>
        <source>%1 · voted by %2 (%3 of %4)</source>
        <translation>%1 · صوّت له %2 (%3 من %4)</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="206"/>
        <source>; not by %1</source>
        <translation>؛ ولم يصوّت %1</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="218"/>
        <location filename="../../ui/layers.py" line="223"/>
        <source>Curate</source>
        <translation>الدمج</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="219"/>
        <source>Curated layer:</source>
        <translation>الطبقة المرجعية:</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="224"/>
        <source>Strategy:</source>
        <translation>القاعدة:</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="235"/>
        <location filename="../../ui/layers.py" line="245"/>
        <source>Cannot curate</source>
        <translation>تعذّر الدمج</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="241"/>
        <source>Curating into %1: %2 of %3 documents</source>
        <translation>جارٍ الدمج في %1: %2 من %3 مستندات</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="257"/>
        <source>Curated %1 documents: %2</source>
        <translation>دُمج %1 من المستندات: %2</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="274"/>
        <source>Cannot compute agreement</source>
        <translation>تعذّر حساب الاتفاق</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="275"/>
        <source>Computing agreement…</source>
        <translation>جارٍ حساب الاتفاق…</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="305"/>
        <source>Write the report into</source>
        <translation>اكتب التقرير في</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="311"/>
        <source>Cannot write the report</source>
        <translation>تعذّرت كتابة التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/layers.py" line="313"/>
        <source>Report written to %1</source>
        <translation>كُتب التقرير في %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/handlers/bulk.py" line="165"/>
        <source>Accepted %1 suggestions and %2 links in other documents.</source>
        <translation>قُبل %1 من الاقتراحات و%2 من الروابط في مستندات أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/review.py" line="119"/>
        <source>The selected span has no pending links.</source>
        <translation>لا روابط معلّقة للمقطع المحدد.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/review.py" line="124"/>
        <source>Accept the other end of its links first: %1 links wait for it.</source>
        <translation>اقبل الطرف الآخر لروابطه أولًا: %1 من الروابط بانتظاره.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/review.py" line="131"/>
        <source>Accepted %1 links; %2 wait for their other span.</source>
        <translation>قُبل %1 من الروابط؛ %2 بانتظار مقطعها الآخر.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/review.py" line="135"/>
        <source>Rejected %1 links.</source>
        <translation>رُفض %1 من الروابط.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/bulk.py" line="96"/>
        <source>Accepted %1 suggestions and %2 links (one undo step).</source>
        <translation>قُبل %1 من الاقتراحات و%2 من الروابط (خطوة تراجع واحدة).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Attributes and relations</source>
        <translation>الخصائص والعلاقات</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/relations.py" line="21"/>
        <source>Select a claim first (Tab selects the next span).</source>
        <translation>حدّد ادعاءً أولًا (Tab يحدد المقطع التالي).</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/relations.py" line="23"/>
        <source>This project has no %1 relation.</source>
        <translation>لا توجد في هذا المشروع علاقة %1.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/relations.py" line="25"/>
        <source>%1 links start at a %2 span.</source>
        <translation>تبدأ روابط %1 من مقطع %2.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/relations.py" line="49"/>
        <source>Link %1</source>
        <translation>ربط %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Label keys</source>
        <translation>مفاتيح الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Labels and guideline</source>
        <translation>الوسوم ودليل الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Undo %1</source>
        <translation>تراجع: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Redo %1</source>
        <translation>إعادة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>This project has no documents yet: import some with `annotator import`.</source>
        <translation>لا مستندات في هذا المشروع بعد: استوردها بالأمر `annotator import`.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>Cannot open the document</source>
        <translation>تعذّر فتح المستند</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Annotations not shown</source>
        <translation>لم تُعرض التوسيمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="477"/>
        <source>Cannot read the project&apos;s labels</source>
        <translation>تعذّرت قراءة وسوم المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/documents.py" line="39"/>
        <source>No more documents in this direction.</source>
        <translation>لا مستندات أخرى في هذا الاتجاه.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/documents.py" line="65"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>Cannot reload the document</source>
        <translation>تعذّرت إعادة تحميل المستند</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>NOT SAVED (retrying)</source>
        <translation>غير محفوظ (تُعاد المحاولة)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>[read-only]</source>
        <translation>[للقراءة فقط]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>%1 · %2 spans · %3</source>
        <translation>%1 · %2 مقطع · %3</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/spans.py" line="36"/>
        <source>No spans in this document yet.</source>
        <translation>لا مقاطع في هذا المستند بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/spans.py" line="74"/>
        <source>Select some text first (Shift+arrows), or a span (Tab) to relabel it.</source>
        <translation>حدّد نصًا أولًا (Shift+الأسهم)، أو مقطعًا (Tab) لتغيير وسمه.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/spans.py" line="87"/>
        <source>The selection holds no word to tag.</source>
        <translation>لا يحتوي التحديد على كلمة للوسم.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/spans.py" line="90"/>
        <source>Tag %1</source>
        <translation>وسم %1</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/review.py" line="115"/>
        <location filename="../../ui/handlers/spans.py" line="104"/>
        <location filename="../../ui/handlers/spans.py" line="132"/>
        <source>No span selected (Tab selects the next one).</source>
        <translation>لا مقطع محددًا (Tab يحدد المقطع التالي).</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/spans.py" line="141"/>
        <source>The edge cannot move further.</source>
        <translation>لا يمكن تحريك الطرف أكثر.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/documents.py" line="78"/>
        <source>Replace the document&apos;s text</source>
        <translation>استبدال نص المستند</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/documents.py" line="87"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>ملفات نصية (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/documents.py" line="91"/>
        <source>The open document could not be saved, so its text was not replaced.</source>
        <translation>تعذّر حفظ المستند المفتوح، لذا لم يُستبدل نصه.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/documents.py" line="100"/>
        <source>The file holds the text the document already has; nothing was changed.</source>
        <translation>يحوي الملف النص الذي في المستند أصلًا؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/documents.py" line="106"/>
        <source>Text replaced. %1</source>
        <translation>استُبدل النص. %1</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/documents.py" line="137"/>
        <source>Nothing to undo.</source>
        <translation>لا شيء للتراجع عنه.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/documents.py" line="140"/>
        <source>Undone: %1</source>
        <translation>تم التراجع: %1</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/documents.py" line="148"/>
        <source>Nothing to redo.</source>
        <translation>لا شيء لإعادته.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/documents.py" line="151"/>
        <source>Redone: %1</source>
        <translation>تمت الإعادة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/search.py" line="41"/>
        <source>Search for something first, then tag all its occurrences.</source>
        <translation>ابحث عن شيء أولًا، ثم وسم كل مواضعه.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/search.py" line="90"/>
        <source>Tagged %1 spans here and %2 in other documents.</source>
        <translation>وُسم %1 مقطعًا هنا و%2 في مستندات أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/view.py" line="58"/>
        <source>The translation for this language is missing.</source>
        <translation>ترجمة هذه اللغة غير موجودة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559"/>
        <source>Your changes were not saved</source>
        <translation>لم تُحفظ تغييراتك</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="560"/>
        <source>Your edits are kept, and saving is retried every few seconds.</source>
        <translation>تعديلاتك محفوظة في الذاكرة، ويُعاد الحفظ كل بضع ثوانٍ.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="565"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="566"/>
        <source>Your latest changes could not be saved. Quit anyway and lose them?</source>
        <translation>تعذّر حفظ آخر تغييراتك. هل تريد الخروج رغم ذلك وفقدانها؟</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="180"/>
        <source>End of the queue: nothing pending after this in the project.</source>
        <translation>نهاية قائمة المراجعة: لا اقتراحات معلقة بعد هذا في المشروع.</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="183"/>
        <source>Start of the queue: nothing pending before this in the project.</source>
        <translation>بداية قائمة المراجعة: لا اقتراحات معلقة قبل هذا في المشروع.</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="186"/>
        <source>%1 suggestions are still pending elsewhere.</source>
        <translation>ما زال %1 اقتراحًا معلقًا في مواضع أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/review.py" line="44"/>
        <location filename="../../ui/handlers/review.py" line="65"/>
        <source>Select a pending suggestion first (N selects the next one).</source>
        <translation>اختر اقتراحًا معلّقًا أولًا (N يختار الاقتراح التالي).</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="251"/>
        <source>No pending suggestion here</source>
        <translation>لا اقتراحات معلقة هنا</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="253"/>
        <source>%1 pending here</source>
        <translation>%1 معلق هنا</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="256"/>
        <source>Suggestion %1 of %2 here</source>
        <translation>الاقتراح %1 من %2 هنا</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="261"/>
        <source>document %1 of %2 with pending</source>
        <translation>المستند %1 من %2 فيها اقتراحات معلقة</translation>
    </message>
    <message>
        <location filename="../../ui/review_queue.py" line="264"/>
        <source>%1 pending in the project</source>
        <translation>%1 معلق في المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/documents.py" line="169"/>
        <source>Pending suggestions</source>
        <translation>اقتراحات معلقة</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/documents.py" line="170"/>
        <source>This document still holds %1 pending suggestions and %2 pending links. A done document should hold only decisions.</source>
        <translation>ما زال في هذا المستند %1 اقتراحًا معلقًا و%2 رابطًا معلقًا. المستند المنجز يجب ألا يحوي إلا قرارات.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/documents.py" line="174"/>
        <source>Review them</source>
        <translation>مراجعتها</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/documents.py" line="176"/>
        <source>Reject the rest and mark done</source>
        <translation>رفض الباقي ووسم المستند منجزًا</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/bulk.py" line="91"/>
        <source>No pending suggestion matches.</source>
        <translation>لا اقتراح معلّق مطابق.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/bulk.py" line="98"/>
        <source>Accepted %1 suggestions (one undo step).</source>
        <translation>قُبل %1 من الاقتراحات (خطوة تراجع واحدة).</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/bulk.py" line="115"/>
        <source>Counting suggestions…</source>
        <translation>عدّ الاقتراحات…</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/bulk.py" line="123"/>
        <source>No pending suggestion matches in the project.</source>
        <translation>لا اقتراح معلّق مطابق في المشروع.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/bulk.py" line="127"/>
        <source>Accept across the project</source>
        <translation>القبول في كامل المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/bulk.py" line="128"/>
        <source>Accept %1 suggestions in %2 documents?

The %3 in this document are one undo step. The others are saved in their files at once and cannot be undone with Undo; each can still be rejected later.</source>
        <translation>قبول %1 من الاقتراحات في %2 من المستندات؟

الاقتراحات الـ%3 في هذا المستند خطوة تراجع واحدة. أما البقية فتُحفظ في ملفاتها فورًا ولا يمكن التراجع عنها بأمر التراجع؛ ويمكن رفض كل منها لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/bulk.py" line="158"/>
        <source>Accepting suggestions…</source>
        <translation>قبول الاقتراحات…</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/bulk.py" line="168"/>
        <source>Accepted %1 suggestions in other documents.</source>
        <translation>قُبل %1 من الاقتراحات في مستندات أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/bulk.py" line="188"/>
        <source>Import suggestions</source>
        <translation>استيراد الاقتراحات</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/bulk.py" line="190"/>
        <source>Suggestions (*.jsonl *.json);;All files (*)</source>
        <translation>اقتراحات (*.jsonl *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/bulk.py" line="206"/>
        <source>Importing suggestions…</source>
        <translation>استيراد الاقتراحات…</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/bulk.py" line="209"/>
        <source>Suggestions imported</source>
        <translation>استُوردت الاقتراحات</translation>
    </message>
    <message>
        <location filename="../../ui/review_jobs.py" line="158"/>
        <source>Another background job is still running.</source>
        <translation>ما زالت مهمة أخرى تعمل في الخلفية.</translation>
    </message>
    <message>
        <location filename="../../ui/review_jobs.py" line="162"/>
        <source>Save failed: the background job was not started.</source>
        <translation>فشل الحفظ: لم تبدأ المهمة في الخلفية.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
</context>
<context>
    <name>ProjectMenu</name>
    <message>
        <location filename="../../ui/handlers/projects.py" line="45"/>
        <location filename="../../ui/handlers/projects.py" line="52"/>
        <source>Cannot open the project</source>
        <extracomment>Windows opened from a menu: kept referenced for as long as they are open.</extracomment>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/projects.py" line="46"/>
        <source>The current document could not be saved; it stays open.</source>
        <translation>تعذّر حفظ المستند الحالي؛ يبقى مفتوحًا.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/projects.py" line="61"/>
        <source>Opened read-only</source>
        <translation>فُتح للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/projects.py" line="70"/>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/projects.py" line="77"/>
        <source>New project: choose an empty folder</source>
        <translation>مشروع جديد: اختر مجلدًا فارغًا</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/projects.py" line="84"/>
        <source>Cannot create the project</source>
        <translation>تعذّر إنشاء المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/projects.py" line="94"/>
        <location filename="../../ui/handlers/projects.py" line="98"/>
        <source>Recent projects</source>
        <translation>المشاريع الأخيرة</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/projects.py" line="95"/>
        <source>No project was opened from here yet.</source>
        <translation>لم يُفتح أي مشروع من هنا بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/handlers/projects.py" line="99"/>
        <source>Project:</source>
        <translation>المشروع:</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../ui/view_menu.py" line="45"/>
        <source>Show label captions</source>
        <extracomment>At most this share of the window&apos;s width goes to the panels of one side. The entries&apos; texts, marked for lupdate (translated by :func:`_tr` when shown).</extracomment>
        <translation>إظهار أسماء الوسوم فوق المقاطع</translation>
    </message>
    <message>
        <location filename="../../ui/view_menu.py" line="46"/>
        <source>Show all relation arcs</source>
        <translation>إظهار أقواس كل العلاقات</translation>
    </message>
    <message>
        <location filename="../../ui/view_menu.py" line="47"/>
        <source>Reading font</source>
        <translation>خط القراءة</translation>
    </message>
    <message>
        <location filename="../../ui/view_menu.py" line="48"/>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location filename="../../ui/view_menu.py" line="49"/>
        <source>Maximum line length</source>
        <translation>أقصى طول للسطر</translation>
    </message>
    <message>
        <location filename="../../ui/view_menu.py" line="50"/>
        <source>Panels</source>
        <translation>اللوحات</translation>
    </message>
    <message>
        <location filename="../../ui/view_menu.py" line="51"/>
        <source>Whole width</source>
        <translation>كامل العرض</translation>
    </message>
    <message>
        <location filename="../../ui/view_menu.py" line="52"/>
        <source>%1 characters</source>
        <translation>%1 حرفًا</translation>
    </message>
    <message>
        <location filename="../../ui/view_menu.py" line="53"/>
        <source>%1 pt</source>
        <translation>%1 نقطة</translation>
    </message>
    <message>
        <location filename="../../ui/view_menu.py" line="54"/>
        <source>Export as image…</source>
        <translation>تصدير صورةً…</translation>
    </message>
    <message>
        <location filename="../../ui/view_menu.py" line="55"/>
        <source>Export as PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/view_menu.py" line="56"/>
        <location filename="../../ui/handlers/reading.py" line="64"/>
        <source>Export as PDF</source>
        <extracomment>How long the outcome of an export as image or PDF stays in the status bar.</extracomment>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <location filename="../../ui/view_menu.py" line="57"/>
        <location filename="../../ui/handlers/reading.py" line="65"/>
        <source>Export as image</source>
        <translation>تصدير صورةً</translation>
    </message>
</context>
<context>
    <name>RegistryDialog</name>
    <message>
        <location filename="../../ui/registry_view.py" line="134"/>
        <source>Actor registry</source>
        <extracomment>The running count, if any (it holds itself alive: see annotator.ui.worker). The open document&apos;s states taken while a count runs (saved, or in memory at a redraw): the count may have read their files before, so they win over it.</extracomment>
        <translation>سجل الفاعلين</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="154"/>
        <source>Actor</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="154"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="154"/>
        <source>Aliases</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="155"/>
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="155"/>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="156"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="176"/>
        <source>name of a new actor, or the new name</source>
        <translation>اسم فاعل جديد، أو الاسم الجديد</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="178"/>
        <source>(no type)</source>
        <translation>(بلا نوع)</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="185"/>
        <source>New actor</source>
        <translation>فاعل جديد</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="186"/>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="187"/>
        <source>Set type</source>
        <translation>تعيين النوع</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="188"/>
        <source>Group the selected span here</source>
        <translation>ضمّ المقطع المحدد إلى هذا الفاعل</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="202"/>
        <source>Accept suggestion</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="204"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="206"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="140"/>
        <source>Suggested groupings (Enter accepts)</source>
        <translation>تجميعات مقترحة (Enter للقبول)</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="241"/>
        <source>Counting mentions…</source>
        <translation>جارٍ عدّ الإشارات…</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="264"/>
        <source>Counting mentions… %1 of %2 documents read</source>
        <translation>جارٍ عدّ الإشارات… قُرئ %1 من %2 مستند</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="281"/>
        <source>; and %1 more</source>
        <translation>؛ و%1 غيرها</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="282"/>
        <source>Not counted, because they could not be read (`annotator validate` lists them): %1</source>
        <translation>لم تُحتسب لأن قراءتها تعذّرت (يسردها الأمر `annotator validate`): %1</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="287"/>
        <source>The mentions could not be counted: %1</source>
        <translation>تعذّر عدّ الإشارات: %1</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="383"/>
        <source>(not in the registry) %1</source>
        <translation>(ليس في السجل) %1</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="407"/>
        <source>claim: %1</source>
        <translation>ادعاء: %1</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="539"/>
        <source>Nothing was grouped: %1</source>
        <translation>لم يُجمَع شيء: %1</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="540"/>
        <source>the change failed.</source>
        <translation>فشل التغيير.</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="371"/>
        <source>%1: %2 mentions in %3 documents (%4)</source>
        <translation>%1: %2 إشارة في %3 مستند (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="414"/>
        <source>a known name or alias</source>
        <translation>اسم أو اسم آخر معروف</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="415"/>
        <source>the lexicon&apos;s canonical name</source>
        <translation>الاسم المعتمد في المعجم</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="416"/>
        <source>the same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="470"/>
        <location filename="../../ui/registry_view.py" line="484"/>
        <location filename="../../ui/registry_view.py" line="499"/>
        <source>Highlight an actor of the registry first.</source>
        <translation>حدّد فاعلًا من السجل أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="496"/>
        <source>Select an ACTOR span in the text first.</source>
        <translation>حدّد مقطع ACTOR في النص أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="501"/>
        <source>Group under %1</source>
        <translation>ضمّ إلى %1</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="525"/>
        <source>Group %1</source>
        <translation>تجميع %1</translation>
    </message>
</context>
<context>
    <name>RelationPicker</name>
    <message>
        <location filename="../../ui/relation_picker.py" line="81"/>
        <source>Link %1</source>
        <translation>ربط %1</translation>
    </message>
    <message>
        <location filename="../../ui/relation_picker.py" line="84"/>
        <source>%1 of “%2”: type to filter, Enter links, Esc cancels</source>
        <translation>%1 لـ «%2»: اكتب للتصفية، Enter للربط، Esc للإلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/relation_picker.py" line="89"/>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <location filename="../../ui/relation_picker.py" line="118"/>
        <source>span</source>
        <translation>مقطع</translation>
    </message>
    <message>
        <location filename="../../ui/relation_picker.py" line="120"/>
        <source>No %1 in this document to link to.</source>
        <translation>لا يوجد %1 في هذا المستند للربط به.</translation>
    </message>
</context>
<context>
    <name>RemoveChoiceDialog</name>
    <message>
        <location filename="../../ui/schema_dialog.py" line="152"/>
        <source>Remove %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="154"/>
        <source>What should happen to the %1 annotations in every document?</source>
        <translation>ماذا يحدث لتوسيمات %1 في كل المستندات؟</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="156"/>
        <source>Change them to:</source>
        <translation>تغييرها إلى:</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="157"/>
        <source>Change their type to:</source>
        <translation>تغيير نوعها إلى:</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="160"/>
        <source>Archive them (kept in the files, hidden, restorable)</source>
        <translation>أرشفتها (تبقى في الملفات، مخفية، ويمكن استعادتها)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="167"/>
        <source>Skipped (%1):</source>
        <translation>متروك (%1):</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ui/review_panel.py" line="229"/>
        <source>Accept its links</source>
        <translation>قبول روابطه</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="230"/>
        <source>Reject its links</source>
        <translation>رفض روابطه</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="243"/>
        <source>Links (pending, precision)</source>
        <translation>الروابط (معلّقة، الدقة)</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="283"/>
        <source>Links: %1 pending, %2 accepted, %3 rejected</source>
        <translation>الروابط: %1 معلّقة، %2 مقبولة، %3 مرفوضة</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="225"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="172"/>
        <source>all</source>
        <extracomment>After an edit the document&apos;s counts wait this long, so they follow the paint and a burst of edits is counted once. The panel&apos;s buttons: key, handler, whether the keys go back to the text after it.</extracomment>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="179"/>
        <source>reading order</source>
        <translation>ترتيب القراءة</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="180"/>
        <source>lowest score first</source>
        <translation>الأدنى درجةً أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="225"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="226"/>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="226"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="227"/>
        <source>Accept all of a label…</source>
        <translation>قبول كل اقتراحات وسم…</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="228"/>
        <source>Accept all above a score…</source>
        <translation>قبول كل ما فوق درجة…</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="231"/>
        <source>Run a suggester…</source>
        <translation>تشغيل مقترِح…</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="231"/>
        <source>Import suggestions…</source>
        <translation>استيراد اقتراحات…</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="234"/>
        <source>Queue label:</source>
        <translation>وسم القائمة:</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="234"/>
        <source>Origin:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="235"/>
        <source>Score from, to:</source>
        <translation>الدرجة من، إلى:</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="235"/>
        <source>Order:</source>
        <translation>الترتيب:</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="238"/>
        <source>Suggest and import into done documents too</source>
        <translation>الاقتراح والاستيراد في المستندات المنجزة أيضًا</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="241"/>
        <source>Origin</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="241"/>
        <source>Pending</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="241"/>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="241"/>
        <source>Edited</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="242"/>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="242"/>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="242"/>
        <source>Bulk accepted</source>
        <translation>مقبول جملةً</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="247"/>
        <source>Over the suggestions decided one by one; bulk acceptances are counted apart</source>
        <translation>على الاقتراحات التي قُرّرت واحدًا واحدًا؛ القبول الجماعي يُعدّ على حدة</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="267"/>
        <source>This document: %1 pending, %2 accepted (%3 edited), %4 rejected — %5 of %6 reviewed</source>
        <translation>هذا المستند: %1 معلّق، %2 مقبول (%3 معدَّل)، %4 مرفوض — رُوجع %5 من %6</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="352"/>
        <source>Project: %1 pending in %2 documents, %3 accepted (%4 edited), %5 rejected</source>
        <translation>المشروع: %1 معلّق في %2 من المستندات، %3 مقبول (%4 معدَّل)، %5 مرفوض</translation>
    </message>
</context>
<context>
    <name>SchemaDialog</name>
    <message>
        <location filename="../../ui/schema_dialog.py" line="292"/>
        <source>Labels and relations of the project</source>
        <translation>وسوم المشروع وعلاقاته</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="294"/>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="295"/>
        <source>Relation types</source>
        <translation>أنواع العلاقات</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="302"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="329"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="330"/>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="331"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="373"/>
        <source>attribute name</source>
        <translation>اسم الخاصية</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="375"/>
        <source>values, comma separated (empty: free text)</source>
        <translation>القيم مفصولة بفواصل (فارغ: نص حر)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="380"/>
        <source>Add attribute</source>
        <translation>إضافة خاصية</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="381"/>
        <source>Rename attribute</source>
        <translation>إعادة تسمية الخاصية</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="382"/>
        <source>Remove attribute</source>
        <translation>حذف الخاصية</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="384"/>
        <location filename="../../ui/schema_dialog.py" line="489"/>
        <source>Apply changes</source>
        <translation>تطبيق التغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="385"/>
        <source>New label</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="386"/>
        <source>Remove label…</source>
        <translation>حذف الوسم…</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="387"/>
        <source>Attributes of this label</source>
        <translation>خصائص هذا الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="416"/>
        <source>The key %1 is already the shortcut of “%2”; choose another key.</source>
        <translation>المفتاح %1 هو أصلًا اختصار «%2»؛ اختر مفتاحًا آخر.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="450"/>
        <source>Type the attribute&apos;s name (and its values) first.</source>
        <translation>اكتب اسم الخاصية (وقيمها) أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="461"/>
        <source>Pick an attribute and type its new name first.</source>
        <translation>اختر خاصية واكتب اسمها الجديد أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="486"/>
        <source>From labels (empty: any)</source>
        <translation>من الوسوم (فارغ: أي وسم)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="487"/>
        <source>To labels (empty: any)</source>
        <translation>إلى الوسوم (فارغ: أي وسم)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="490"/>
        <source>New relation type</source>
        <translation>نوع علاقة جديد</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="491"/>
        <source>Remove relation type…</source>
        <translation>حذف نوع العلاقة…</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="562"/>
        <source>Undo %1</source>
        <translation>تراجع: %1</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="563"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="564"/>
        <source>Redo %1</source>
        <translation>إعادة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="565"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="400"/>
        <source>free text</source>
        <translation>نص حر</translation>
    </message>
</context>
<context>
    <name>SchemaHistory</name>
    <message>
        <location filename="../../ui/schema_dialog.py" line="134"/>
        <source>The open document could not be saved, so the labels were not changed.</source>
        <translation>تعذّر حفظ المستند المفتوح، لذا لم تُغيَّر الوسوم.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../ui/tag_all.py" line="111"/>
        <source>already tagged</source>
        <translation>موسوم مسبقًا</translation>
    </message>
    <message>
        <location filename="../../ui/tag_all.py" line="141"/>
        <source>Tag all as %1</source>
        <translation>وسم الكل بـ %1</translation>
    </message>
    <message>
        <location filename="../../ui/search_bar.py" line="82"/>
        <source>Search (ignores diacritics, alef forms, ى/ي, ة/ه)</source>
        <translation>بحث (يتجاهل التشكيل وصور الألف وى/ي وة/ه)</translation>
    </message>
    <message>
        <location filename="../../ui/search_bar.py" line="83"/>
        <source>Tag all…</source>
        <translation>وسم الكل…</translation>
    </message>
    <message>
        <location filename="../../ui/search_bar.py" line="84"/>
        <source>Whole words</source>
        <translation>كلمات كاملة</translation>
    </message>
    <message>
        <location filename="../../ui/search_bar.py" line="85"/>
        <source>Whole project</source>
        <translation>المشروع كله</translation>
    </message>
    <message>
        <location filename="../../ui/search_bar.py" line="86"/>
        <source>Previous match (Shift+F3)</source>
        <translation>النتيجة السابقة (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../ui/search_bar.py" line="87"/>
        <source>Next match (F3)</source>
        <translation>النتيجة التالية (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/search_bar.py" line="140"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_bar.py" line="143"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="83"/>
        <source>The current document could not be saved, so it stays open.</source>
        <extracomment>True while another annotator&apos;s layer is shown (annotator.ui.layers): no edits. Span ids touched by the last change; None when everything may have changed.</extracomment>
        <translation>تعذّر حفظ المستند الحالي، لذا يبقى مفتوحًا.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="148"/>
        <source>No document is open.</source>
        <translation>لا يوجد مستند مفتوح.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="133"/>
        <source>This is %1&apos;s layer, shown read-only; switch back to your own layer (Project menu) to edit.</source>
        <translation>هذه طبقة %1، معروضة للقراءة فقط؛ عد إلى طبقتك (قائمة المشروع) لتعدّل.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="127"/>
        <source>This project is read-only: %1</source>
        <translation>هذا المشروع للقراءة فقط: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="130"/>
        <source>This document&apos;s annotations cannot be shown: %1</source>
        <translation>تعذّر عرض توسيمات هذا المستند: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="171"/>
        <source>Mark done</source>
        <translation>تعليم كمنجز</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="172"/>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
</context>
<context>
    <name>SpanTableModel</name>
    <message>
        <location filename="../../ui/span_panel.py" line="69"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../ui/span_panel.py" line="69"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/span_panel.py" line="69"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/span_panel.py" line="70"/>
        <source>Origin</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/span_panel.py" line="70"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../../ui/span_panel.py" line="74"/>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../ui/span_panel.py" line="75"/>
        <source>suggested</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <location filename="../../ui/span_panel.py" line="76"/>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>SpanTextView</name>
    <message>
        <location filename="../../ui/text_view.py" line="511"/>
        <source>no SOURCE yet</source>
        <extracomment>Room around the text; relation arcs between lines run down the margin at the line ends. Keys the window binds (tagging, span navigation, review); the view lets them through.</extracomment>
        <translation>بلا SOURCE بعد</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="115"/>
        <source>Suggestions</source>
        <extracomment>(suggestions added, problems) in the open document by the last run</extracomment>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="117"/>
        <source>This document</source>
        <translation>هذا المستند</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="118"/>
        <source>All documents</source>
        <translation>كل المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="131"/>
        <source>Run</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="132"/>
        <source>Train model</source>
        <translation>تدريب النموذج</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="143"/>
        <source>Documents marked done too</source>
        <translation>المستندات المنجزة أيضًا</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="147"/>
        <source>Suggester:</source>
        <translation>المقترِح:</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="182"/>
        <source>(recommended)</source>
        <translation>(موصى به)</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="184"/>
        <source>unavailable: %1</source>
        <translation>غير متاح: %1</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="190"/>
        <source>The model is not trained yet: “Train model” learns from the accepted spans of documents in progress or done.</source>
        <translation>النموذج غير مدرَّب بعد: «تدريب النموذج» يتعلم من المقاطع المقبولة في المستندات قيد العمل أو المنجزة.</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="196"/>
        <source>offered by default</source>
        <translation>يُعرض افتراضيًا</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="197"/>
        <source>not offered by default (the dictionary does as well or better)</source>
        <translation>لا يُعرض افتراضيًا (القاموس يؤدي مثله أو أفضل)</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="199"/>
        <source>Model: %1 documents, %2-fold cross-validation; micro F1 %3 (dictionary %4): %5.</source>
        <translation>النموذج: %1 من المستندات، تحقق متقاطع بـ%2 طيّات؛ F1 الإجمالي %3 (القاموس %4): %5.</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="205"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="205"/>
        <source>Model P / R / F1</source>
        <translation>النموذج: الدقة / الاستدعاء / F1</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="206"/>
        <source>Dictionary P / R / F1</source>
        <translation>القاموس: الدقة / الاستدعاء / F1</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="232"/>
        <source>Choose a suggester that can run.</source>
        <translation>اختر مقترِحًا قابلًا للتشغيل.</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="248"/>
        <source>Running %1…</source>
        <translation>تشغيل %1…</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="266"/>
        <source>Run the project&apos;s command?</source>
        <translation>تشغيل أمر المشروع؟</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="267"/>
        <source>This project asks to run this command on your computer:

%1

It came with the project (project.json). Run it only if you trust where the project comes from. Allow it?</source>
        <translation>يطلب هذا المشروع تشغيل هذا الأمر على حاسوبك:

%1

جاء الأمر مع المشروع (project.json). لا تشغّله إلا إذا كنت تثق بمصدر المشروع. هل تسمح به؟</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="271"/>
        <source>The command was not run.</source>
        <translation>لم يُشغَّل الأمر.</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="283"/>
        <source>Suggestions from %1</source>
        <translation>اقتراحات من %1</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="302"/>
        <source>Stopped: the documents done so far keep their suggestions.</source>
        <translation>توقف: تحتفظ المستندات المنجزة حتى الآن باقتراحاتها.</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="327"/>
        <source>Training the model…</source>
        <translation>تدريب النموذج…</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="330"/>
        <source>Stopping the training…</source>
        <translation>جارٍ إيقاف التدريب…</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="347"/>
        <source>Training cancelled: the model is still not trained.</source>
        <translation>أُلغي التدريب: النموذج لم يُدرَّب بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="348"/>
        <source>Training cancelled: the previous model is unchanged and still in use.</source>
        <translation>أُلغي التدريب: النموذج السابق لم يتغيّر وما زال مستخدمًا.</translation>
    </message>
</context>
<context>
    <name>TagAllDialog</name>
    <message>
        <location filename="../../ui/tag_all.py" line="185"/>
        <source>Tag all occurrences</source>
        <translation>وسم كل المواضع</translation>
    </message>
    <message>
        <location filename="../../ui/tag_all.py" line="195"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location filename="../../ui/tag_all.py" line="195"/>
        <source>Match</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <location filename="../../ui/tag_all.py" line="196"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location filename="../../ui/tag_all.py" line="203"/>
        <source>Label:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <location filename="../../ui/tag_all.py" line="226"/>
        <source>(open, one undo step)</source>
        <translation>(مفتوح، خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <location filename="../../ui/tag_all.py" line="277"/>
        <source>%1 spans will be tagged as the label above, in %2 documents.</source>
        <translation>سيُوسم %1 مقطعًا بالوسم أعلاه، في %2 مستندات.</translation>
    </message>
    <message>
        <location filename="../../ui/tag_all.py" line="280"/>
        <source>Only the open document&apos;s are one undo step; the others are saved in their files at once.</source>
        <translation>مقاطع المستند المفتوح وحدها خطوة تراجع واحدة؛ أما الأخرى فتُحفظ في ملفاتها فورًا.</translation>
    </message>
    <message>
        <location filename="../../ui/tag_all.py" line="196"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/tag_all.py" line="195"/>
        <location filename="../../ui/tag_all.py" line="207"/>
        <source>Tag</source>
        <translation>وسم</translation>
    </message>
</context>
<context>
    <name>_ColourField</name>
    <message>
        <location filename="../../ui/schema_dialog.py" line="225"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
</context>
<context>
    <name>_Guidelines</name>
    <message>
        <location filename="../../ui/schema_dialog.py" line="204"/>
        <source>Guideline (English)</source>
        <translation>الإرشادات (بالإنجليزية)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="205"/>
        <source>Guideline (Arabic)</source>
        <translation>الإرشادات (بالعربية)</translation>
    </message>
</context>
</TS>
