<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="146"/>
        <source>Accept the selected span&apos;s suggested links</source>
        <translation>قبول الروابط المقترحة للمقطع المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="149"/>
        <source>Reject the selected span&apos;s suggested links</source>
        <translation>رفض الروابط المقترحة للمقطع المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="131"/>
        <source>Link the claim to its source…</source>
        <translation>ربط الادعاء بمصدره…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="133"/>
        <source>Link the claim to what it is about…</source>
        <translation>ربط الادعاء بما يتناوله…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="135"/>
        <source>Edit labels and relations…</source>
        <translation>تحرير الوسوم والعلاقات…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="137"/>
        <source>Actor registry…</source>
        <translation>سجل الفاعلين…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="177"/>
        <source>Focus the attributes and relations</source>
        <translation>الانتقال إلى الخصائص والعلاقات</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="49"/>
        <source>&amp;Document</source>
        <translation>&amp;المستند</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="50"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="51"/>
        <source>&amp;Span</source>
        <translation>&amp;المقطع</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="52"/>
        <source>&amp;Labels</source>
        <translation>&amp;الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="53"/>
        <source>Sea&amp;rch</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="55"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="56"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="73"/>
        <source>Next document</source>
        <translation>المستند التالي</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75"/>
        <source>Previous document</source>
        <translation>المستند السابق</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="77"/>
        <source>Mark document done</source>
        <translation>تعليم المستند كمنجز</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79"/>
        <source>Reopen document</source>
        <translation>إعادة فتح المستند</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="81"/>
        <source>Save now</source>
        <translation>حفظ الآن</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="83"/>
        <source>Reload from disk</source>
        <translation>إعادة التحميل من القرص</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="89"/>
        <source>Open project…</source>
        <translation>فتح مشروع…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="91"/>
        <source>New project…</source>
        <translation>مشروع جديد…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="93"/>
        <source>Recent projects…</source>
        <translation>المشاريع الأخيرة…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="95"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="98"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="100"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="103"/>
        <source>Next span</source>
        <translation>المقطع التالي</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="105"/>
        <source>Previous span</source>
        <translation>المقطع السابق</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="107"/>
        <source>Delete selected span (reject a suggestion)</source>
        <translation>حذف المقطع المحدد (رفض الاقتراح)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="109"/>
        <source>Accept selected suggestion</source>
        <translation>قبول الاقتراح المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="111"/>
        <source>Clear the selection</source>
        <translation>إلغاء التحديد</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="113"/>
        <source>Move start edge left by a character</source>
        <translation>تحريك بداية المقطع يسارًا بحرف</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="115"/>
        <source>Move start edge right by a character</source>
        <translation>تحريك بداية المقطع يمينًا بحرف</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="118"/>
        <source>Move end edge left by a character</source>
        <translation>تحريك نهاية المقطع يسارًا بحرف</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="120"/>
        <source>Move end edge right by a character</source>
        <translation>تحريك نهاية المقطع يمينًا بحرف</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="122"/>
        <source>Move start edge left by a word</source>
        <translation>تحريك بداية المقطع يسارًا بكلمة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="124"/>
        <source>Move start edge right by a word</source>
        <translation>تحريك بداية المقطع يمينًا بكلمة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="126"/>
        <source>Move end edge left by a word</source>
        <translation>تحريك نهاية المقطع يسارًا بكلمة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="128"/>
        <source>Move end edge right by a word</source>
        <translation>تحريك نهاية المقطع يمينًا بكلمة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="162"/>
        <source>Find…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="164"/>
        <source>Next match</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="166"/>
        <source>Previous match</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="168"/>
        <source>Tag all occurrences…</source>
        <translation>وسم كل المواضع…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="171"/>
        <source>Focus the text</source>
        <translation>الانتقال إلى النص</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="173"/>
        <source>Focus the document list</source>
        <translation>الانتقال إلى قائمة المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="175"/>
        <source>Focus the span list</source>
        <translation>الانتقال إلى قائمة المقاطع</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="180"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="182"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="184"/>
        <source>Reset zoom</source>
        <translation>إعادة ضبط التكبير</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="186"/>
        <source>English interface</source>
        <translation>الواجهة الإنجليزية</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="188"/>
        <source>Arabic interface</source>
        <translation>الواجهة العربية</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="190"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="196"/>
        <source>Extend the selection by a character</source>
        <translation>توسيع التحديد بحرف</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="197"/>
        <source>Extend the selection by a word</source>
        <translation>توسيع التحديد بكلمة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="199"/>
        <source>Extend the selection to the line edge</source>
        <translation>توسيع التحديد إلى طرف السطر</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="200"/>
        <source>Move the cursor</source>
        <translation>تحريك المؤشر</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="215"/>
        <source>Tag as %1 / relabel</source>
        <translation>وسم بـ %1 / تغيير الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="216"/>
        <source>Tag as %1, exact selection</source>
        <translation>وسم بـ %1، التحديد كما هو</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialog.py" line="31"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="85"/>
        <source>Import documents…</source>
        <translation>استيراد مستندات…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="87"/>
        <source>Export annotations…</source>
        <translation>تصدير التوسيمات…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="54"/>
        <source>Re&amp;view</source>
        <translation>&amp;مراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="140"/>
        <source>Next suggestion</source>
        <translation>الاقتراح التالي</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="142"/>
        <source>Previous suggestion</source>
        <translation>الاقتراح السابق</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="144"/>
        <source>Reject suggestion and go to the next</source>
        <translation>رفض الاقتراح والانتقال إلى التالي</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="152"/>
        <source>Accept all suggestions of a label…</source>
        <translation>قبول كل اقتراحات وسم…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="154"/>
        <source>Accept all suggestions above a score…</source>
        <translation>قبول كل الاقتراحات فوق درجة…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="157"/>
        <source>Run a suggester / train the model…</source>
        <translation>تشغيل مقترِح / تدريب النموذج…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="159"/>
        <source>Import suggestions…</source>
        <translation>استيراد اقتراحات…</translation>
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
        <location filename="../../ui/app.py" line="108"/>
        <source>Cannot open the project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="116"/>
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
        <location filename="../../ui/attribute_panel.py" line="175"/>
        <source>This label has no attributes.</source>
        <translation>لا خصائص لهذا الوسم.</translation>
    </message>
    <message>
        <location filename="../../ui/attribute_panel.py" line="197"/>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <location filename="../../ui/attribute_panel.py" line="224"/>
        <source>claims made (%1): %2</source>
        <translation>ادعاءات صادرة عنه (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/attribute_panel.py" line="227"/>
        <source>%1 from: %2</source>
        <translation>%1 من: %2</translation>
    </message>
    <message>
        <location filename="../../ui/attribute_panel.py" line="234"/>
        <source>No relations.</source>
        <translation>لا علاقات.</translation>
    </message>
    <message>
        <location filename="../../ui/attribute_panel.py" line="241"/>
        <source>(missing span)</source>
        <translation>(مقطع مفقود)</translation>
    </message>
    <message>
        <location filename="../../ui/attribute_panel.py" line="279"/>
        <source>Remove relation</source>
        <translation>حذف العلاقة</translation>
    </message>
</context>
<context>
    <name>BulkAcceptDialog</name>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="43"/>
        <source>Accept suggestions of a label</source>
        <translation>قبول اقتراحات وسم واحد</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="44"/>
        <source>Accept suggestions above a score</source>
        <translation>قبول الاقتراحات فوق درجة معيّنة</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="50"/>
        <source>%1 (%2 here)</source>
        <translation>%1 (%2 هنا)</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="55"/>
        <source>Label:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="63"/>
        <source>Score at least:</source>
        <translation>الدرجة على الأقل:</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="64"/>
        <source>In this document (one undo step)</source>
        <translation>في هذا المستند (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="65"/>
        <source>In every document of the project</source>
        <translation>في كل مستندات المشروع</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../../ui/document_list.py" line="206"/>
        <source>Filter documents (title, status)</source>
        <translation>تصفية المستندات (العنوان، الحالة)</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../ui/document_list.py" line="56"/>
        <source>unreadable</source>
        <translation>تعذّرت قراءته</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.py" line="58"/>
        <source>Cannot be read: %1</source>
        <translation>تعذّرت القراءة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.py" line="67"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.py" line="67"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.py" line="67"/>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.py" line="97"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.py" line="97"/>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.py" line="98"/>
        <source>done</source>
        <translation>منجز</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="59"/>
        <source>Gold JSONL: one document a line, lossless (relations, attributes, origins).</source>
        <translation>ملف JSONL المرجعي: مستند في كل سطر، بلا فقد (العلاقات والسمات والمصادر).</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="62"/>
        <source>Hugging Face datasets folder: spans with offsets and token classification (IOB2), with a dataset card.</source>
        <translation>مجلد Hugging Face datasets: مقاطع بمواضعها وتصنيف الرموز (IOB2)، مع بطاقة وصف البيانات.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="65"/>
        <source>CoNLL IOB2 folder: word-level and clitic-split views, nested spans as extra columns.</source>
        <translation>مجلد CoNLL IOB2: عرض على مستوى الكلمة وعرض بفصل السوابق، والمقاطع المتداخلة في أعمدة إضافية.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="68"/>
        <source>brat standoff folder: .txt and .ann per document with annotation.conf.</source>
        <translation>مجلد brat: ملفا ‎.txt و‎.ann لكل مستند مع annotation.conf.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="71"/>
        <source>doccano JSONL with entities and relations.</source>
        <translation>ملف JSONL لـ doccano بالكيانات والعلاقات.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="73"/>
        <source>Label Studio folder: JSON tasks and a matching labeling config.</source>
        <translation>مجلد Label Studio: مهام JSON مع إعداد وسم مطابق.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="76"/>
        <source>spaCy DocBin (.spacy) with doc.ents and doc.spans[&quot;sc&quot;]; needs spaCy installed.</source>
        <translation>ملف spaCy DocBin ‏(.spacy) فيه doc.ents وdoc.spans[&quot;sc&quot;]؛ يتطلب تثبيت spaCy.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="145"/>
        <source>Export annotations</source>
        <translation>تصدير التوسيمات</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="154"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="161"/>
        <source>Only documents marked done</source>
        <translation>المستندات المنجزة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="162"/>
        <source>All documents</source>
        <translation>كل المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="169"/>
        <source>Include suggested and rejected spans, with their status, origin and score</source>
        <translation>تضمين المقاطع المقترحة والمرفوضة مع حالتها ومصدرها ودرجتها</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="171"/>
        <source>Split documents into train / dev / test</source>
        <translation>تقسيم المستندات إلى تدريب / تطوير / اختبار</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="177"/>
        <source>train</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="177"/>
        <source>dev</source>
        <translation>تطوير</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="177"/>
        <source>test</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="181"/>
        <source>seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="191"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="193"/>
        <source>Write to</source>
        <translation>الكتابة في</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="194"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="195"/>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="199"/>
        <source>Annotator</source>
        <translation>الموسِّم</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="204"/>
        <source>The result of the export appears here.</source>
        <translation>تظهر نتيجة التصدير هنا.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="205"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="269"/>
        <source>(%1 is not installed here: this format will fail.)</source>
        <translation>(%1 غير مثبّت هنا: ستفشل هذه الصيغة.)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="290"/>
        <source>Export into folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="294"/>
        <source>Export to file</source>
        <translation>التصدير إلى ملف</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="295"/>
        <source>%1 files (*%2)</source>
        <translation>ملفات %1 ‏(*%2)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="322"/>
        <source>Choose where to write the export.</source>
        <translation>اختر مكان كتابة التصدير.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="327"/>
        <source>Your latest changes could not be saved, so they would be missing from the export. Resolve the save problem first.</source>
        <translation>تعذّر حفظ آخر تغييراتك، فلن تظهر في التصدير. عالج مشكلة الحفظ أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="346"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="355"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="372"/>
        <source>No document is marked done (Ctrl+Return marks one); choose &quot;All documents&quot; to export work in progress.</source>
        <translation>لا يوجد مستند منجز (Ctrl+Return يجعله منجزًا)؛ اختر &quot;كل المستندات&quot; لتصدير العمل الجاري.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="380"/>
        <source>Export failed, nothing was written.</source>
        <translation>فشل التصدير ولم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="385"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help_dialog.py" line="42"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialog.py" line="45"/>
        <source>Menu</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialog.py" line="45"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialog.py" line="46"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="47"/>
        <source>Automatic: from each file&apos;s extension and content (.txt, .jsonl, brat folders, CoNLL, Label Studio)</source>
        <extracomment>(format or None for automatic, description); descriptions are translated when shown.</extracomment>
        <translation>تلقائي: من امتداد كل ملف ومحتواه (‎.txt و‎.jsonl ومجلدات brat وCoNLL وLabel Studio)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="49"/>
        <source>Plain UTF-8 text files; the file name becomes the document id</source>
        <translation>ملفات نصية بترميز UTF-8؛ يصبح اسم الملف معرّف المستند</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="51"/>
        <source>JSONL records {&quot;id&quot;, &quot;text&quot;, &quot;meta&quot;}</source>
        <translation>سجلات JSONL ‏{&quot;id&quot;, &quot;text&quot;, &quot;meta&quot;}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="52"/>
        <source>Gold JSONL exported by this tool, with spans and relations</source>
        <translation>ملف JSONL مرجعي صدّرته هذه الأداة، بالمقاطع والعلاقات</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="54"/>
        <source>brat standoff folder (.txt and .ann)</source>
        <translation>مجلد brat ‏(‎.txt و‎.ann)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="55"/>
        <source>doccano JSONL with entities and relations</source>
        <translation>ملف JSONL لـ doccano بالكيانات والعلاقات</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="57"/>
        <source>Label Studio JSON tasks</source>
        <translation>مهام Label Studio بصيغة JSON</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="58"/>
        <source>CoNLL IOB2, word-level</source>
        <translation>صيغة CoNLL IOB2 على مستوى الكلمة</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="106"/>
        <source>Import documents</source>
        <extracomment>Document ids imported (emitted after every run, also a cancelled or failed one).</extracomment>
        <translation>استيراد مستندات</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="110"/>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="111"/>
        <source>Add folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="112"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="126"/>
        <source>automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="132"/>
        <source>Files and folders</source>
        <translation>الملفات والمجلدات</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="133"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="138"/>
        <source>Skipped file</source>
        <translation>الملف المتروك</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="138"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="139"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="166"/>
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="167"/>
        <source>Documents and annotated data (*.txt *.jsonl *.json *.conll *.iob *.bio);;All files (*)</source>
        <translation>مستندات وبيانات موسومة (*.txt *.jsonl *.json *.conll *.iob *.bio);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="173"/>
        <source>Import a folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="227"/>
        <source>Add files or a folder to import first.</source>
        <translation>أضف ملفات أو مجلدًا للاستيراد أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="243"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="251"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="276"/>
        <source>Documents imported: %1; skipped: %2.</source>
        <translation>المستندات المستوردة: %1؛ المتروكة: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="280"/>
        <source>Import cancelled; the documents imported before stay.</source>
        <translation>أُلغي الاستيراد؛ تبقى المستندات التي استُوردت قبل ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="282"/>
        <source>Import stopped:</source>
        <translation>توقف الاستيراد:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="285"/>
        <source>The data added labels to the project (%1); reopen the project to tag with them.</source>
        <translation>أضافت البيانات وسومًا إلى المشروع (%1)؛ أعد فتح المشروع لتوسم بها.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../ui/review_jobs.py" line="90"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/review_jobs.py" line="115"/>
        <source>Stopping after the current document…</source>
        <translation>يتوقف بعد المستند الحالي…</translation>
    </message>
    <message>
        <location filename="../../ui/review_jobs.py" line="138"/>
        <source>The job ended without a result.</source>
        <translation>انتهت المهمة دون نتيجة.</translation>
    </message>
</context>
<context>
    <name>LabelPalette</name>
    <message>
        <location filename="../../ui/label_palette.py" line="59"/>
        <source>Key %1 tags the selection; Alt+%1 keeps it exact</source>
        <translation>المفتاح %1 يسم التحديد؛ Alt+%1 يبقيه كما هو</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/review_actions.py" line="406"/>
        <source>Accepted %1 suggestions and %2 links in other documents.</source>
        <translation>قُبل %1 من الاقتراحات و%2 من الروابط في مستندات أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="237"/>
        <source>The selected span has no pending links.</source>
        <translation>لا روابط معلّقة للمقطع المحدد.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="244"/>
        <source>Accept the other end of its links first: %1 links wait for it.</source>
        <translation>اقبل الطرف الآخر لروابطه أولًا: %1 من الروابط بانتظاره.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="252"/>
        <source>Accepted %1 links; %2 wait for their other span.</source>
        <translation>قُبل %1 من الروابط؛ %2 بانتظار مقطعها الآخر.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="256"/>
        <source>Rejected %1 links.</source>
        <translation>رُفض %1 من الروابط.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="306"/>
        <source>Accepted %1 suggestions and %2 links (one undo step).</source>
        <translation>قُبل %1 من الاقتراحات و%2 من الروابط (خطوة تراجع واحدة).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Attributes and relations</source>
        <translation>الخصائص والعلاقات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="551"/>
        <source>Select a claim first (Tab selects the next span).</source>
        <translation>حدّد ادعاءً أولًا (Tab يحدد المقطع التالي).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="554"/>
        <source>This project has no %1 relation.</source>
        <translation>لا توجد في هذا المشروع علاقة %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557"/>
        <source>%1 links start at a %2 span.</source>
        <translation>تبدأ روابط %1 من مقطع %2.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="570"/>
        <source>Link %1</source>
        <translation>ربط %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Labels and guideline</source>
        <translation>الوسوم ودليل الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>This project has no documents yet: import some with `annotator import`.</source>
        <translation>لا مستندات في هذا المشروع بعد: استوردها بالأمر `annotator import`.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>Cannot open the document</source>
        <translation>تعذّر فتح المستند</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Annotations not shown</source>
        <translation>لم تُعرض التوسيمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>No more documents in this direction.</source>
        <translation>لا مستندات أخرى في هذا الاتجاه.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>Cannot reload the document</source>
        <translation>تعذّرت إعادة تحميل المستند</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>NOT SAVED (retrying)</source>
        <translation>غير محفوظ (تُعاد المحاولة)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>[read-only]</source>
        <translation>[للقراءة فقط]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>%1 · %2 spans · %3</source>
        <translation>%1 · %2 مقطع · %3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416"/>
        <source>No spans in this document yet.</source>
        <translation>لا مقاطع في هذا المستند بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>Select some text first (Shift+arrows), or a span (Tab) to relabel it.</source>
        <translation>حدّد نصًا أولًا (Shift+الأسهم)، أو مقطعًا (Tab) لتغيير وسمه.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>The selection holds no word to tag.</source>
        <translation>لا يحتوي التحديد على كلمة للوسم.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
        <source>Tag %1</source>
        <translation>وسم %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485"/>
        <location filename="../../ui/main_window.py" line="520"/>
        <location filename="../../ui/review_actions.py" line="229"/>
        <source>No span selected (Tab selects the next one).</source>
        <translation>لا مقطع محددًا (Tab يحدد المقطع التالي).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <source>The edge cannot move further.</source>
        <translation>لا يمكن تحريك الطرف أكثر.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="658"/>
        <source>Search for something first, then tag all its occurrences.</source>
        <translation>ابحث عن شيء أولًا، ثم وسم كل مواضعه.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="678"/>
        <source>Tagged %1 spans.</source>
        <translation>وُسم %1 مقطعًا.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="725"/>
        <source>The translation for this language is missing.</source>
        <translation>ترجمة هذه اللغة غير موجودة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="793"/>
        <source>Your edits are kept, and saving is retried every few seconds.</source>
        <translation>تعديلاتك محفوظة في الذاكرة، ويُعاد الحفظ كل بضع ثوانٍ.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="794"/>
        <source>Your changes were not saved</source>
        <translation>لم تُحفظ تغييراتك</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="799"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="800"/>
        <source>Your latest changes could not be saved. Quit anyway and lose them?</source>
        <translation>تعذّر حفظ آخر تغييراتك. هل تريد الخروج رغم ذلك وفقدانها؟</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="188"/>
        <source>No pending suggestions in this document.</source>
        <translation>لا اقتراحات معلّقة في هذا المستند.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="200"/>
        <source>Select a pending suggestion first (N selects the next one).</source>
        <translation>اختر اقتراحًا معلّقًا أولًا (N يختار الاقتراح التالي).</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="300"/>
        <source>No pending suggestion matches.</source>
        <translation>لا اقتراح معلّق مطابق.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="310"/>
        <source>Accepted %1 suggestions (one undo step).</source>
        <translation>قُبل %1 من الاقتراحات (خطوة تراجع واحدة).</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="339"/>
        <source>Counting suggestions…</source>
        <translation>عدّ الاقتراحات…</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="347"/>
        <source>No pending suggestion matches in the project.</source>
        <translation>لا اقتراح معلّق مطابق في المشروع.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="354"/>
        <source>Accept across the project</source>
        <translation>القبول في كامل المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="355"/>
        <source>Accept %1 suggestions in %2 documents?

The %3 in this document are one undo step. The others are saved in their files at once and cannot be undone with Undo; each can still be rejected later.</source>
        <translation>قبول %1 من الاقتراحات في %2 من المستندات؟

الاقتراحات الـ%3 في هذا المستند خطوة تراجع واحدة. أما البقية فتُحفظ في ملفاتها فورًا ولا يمكن التراجع عنها بأمر التراجع؛ ويمكن رفض كل منها لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="398"/>
        <source>Accepting suggestions…</source>
        <translation>قبول الاقتراحات…</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="410"/>
        <source>Accepted %1 suggestions in other documents.</source>
        <translation>قُبل %1 من الاقتراحات في مستندات أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="438"/>
        <source>Import suggestions</source>
        <translation>استيراد الاقتراحات</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="440"/>
        <source>Suggestions (*.jsonl *.json);;All files (*)</source>
        <translation>اقتراحات (*.jsonl *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="458"/>
        <source>Importing suggestions…</source>
        <translation>استيراد الاقتراحات…</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="463"/>
        <source>Suggestions imported</source>
        <translation>استُوردت الاقتراحات</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="484"/>
        <source>Another background job is still running.</source>
        <translation>ما زالت مهمة أخرى تعمل في الخلفية.</translation>
    </message>
    <message>
        <location filename="../../ui/review_actions.py" line="489"/>
        <source>Save failed: the background job was not started.</source>
        <translation>فشل الحفظ: لم تبدأ المهمة في الخلفية.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
</context>
<context>
    <name>ProjectMenu</name>
    <message>
        <location filename="../../ui/project_menu.py" line="49"/>
        <location filename="../../ui/project_menu.py" line="56"/>
        <source>Cannot open the project</source>
        <extracomment>Windows opened from a menu: kept referenced for as long as they are open.</extracomment>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/project_menu.py" line="50"/>
        <source>The current document could not be saved; it stays open.</source>
        <translation>تعذّر حفظ المستند الحالي؛ يبقى مفتوحًا.</translation>
    </message>
    <message>
        <location filename="../../ui/project_menu.py" line="66"/>
        <source>Opened read-only</source>
        <translation>فُتح للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/project_menu.py" line="75"/>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location filename="../../ui/project_menu.py" line="82"/>
        <source>New project: choose an empty folder</source>
        <translation>مشروع جديد: اختر مجلدًا فارغًا</translation>
    </message>
    <message>
        <location filename="../../ui/project_menu.py" line="89"/>
        <source>Cannot create the project</source>
        <translation>تعذّر إنشاء المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/project_menu.py" line="99"/>
        <location filename="../../ui/project_menu.py" line="103"/>
        <source>Recent projects</source>
        <translation>المشاريع الأخيرة</translation>
    </message>
    <message>
        <location filename="../../ui/project_menu.py" line="100"/>
        <source>No project was opened from here yet.</source>
        <translation>لم يُفتح أي مشروع من هنا بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/project_menu.py" line="104"/>
        <source>Project:</source>
        <translation>المشروع:</translation>
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
        <location filename="../../ui/registry_view.py" line="138"/>
        <source>Actor</source>
        <translation>الفاعل</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="138"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="138"/>
        <source>Aliases</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="139"/>
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="139"/>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="140"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="153"/>
        <source>name of a new actor, or the new name</source>
        <translation>اسم فاعل جديد، أو الاسم الجديد</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="155"/>
        <source>(no type)</source>
        <translation>(بلا نوع)</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="162"/>
        <source>New actor</source>
        <translation>فاعل جديد</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="163"/>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="164"/>
        <source>Set type</source>
        <translation>تعيين النوع</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="165"/>
        <source>Group the selected span here</source>
        <translation>ضمّ المقطع المحدد إلى هذا الفاعل</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="173"/>
        <source>Accept suggestion</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="175"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="177"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="191"/>
        <source>Suggested groupings (Enter accepts)</source>
        <translation>تجميعات مقترحة (Enter للقبول)</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="226"/>
        <source>Counting mentions…</source>
        <translation>جارٍ عدّ الإشارات…</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="249"/>
        <source>Counting mentions… %1 of %2 documents read</source>
        <translation>جارٍ عدّ الإشارات… قُرئ %1 من %2 مستند</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="266"/>
        <source>; and %1 more</source>
        <translation>؛ و%1 غيرها</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="267"/>
        <source>Not counted, because they could not be read (`annotator validate` lists them): %1</source>
        <translation>لم تُحتسب لأن قراءتها تعذّرت (يسردها الأمر `annotator validate`): %1</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="272"/>
        <source>The mentions could not be counted: %1</source>
        <translation>تعذّر عدّ الإشارات: %1</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="368"/>
        <source>(not in the registry) %1</source>
        <translation>(ليس في السجل) %1</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="392"/>
        <source>claim: %1</source>
        <translation>ادعاء: %1</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="524"/>
        <source>Nothing was grouped: %1</source>
        <translation>لم يُجمَع شيء: %1</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="525"/>
        <source>the change failed.</source>
        <translation>فشل التغيير.</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="356"/>
        <source>%1: %2 mentions in %3 documents (%4)</source>
        <translation>%1: %2 إشارة في %3 مستند (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="399"/>
        <source>a known name or alias</source>
        <translation>اسم أو اسم آخر معروف</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="400"/>
        <source>the lexicon&apos;s canonical name</source>
        <translation>الاسم المعتمد في المعجم</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="401"/>
        <source>the same name</source>
        <translation>الاسم نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="455"/>
        <location filename="../../ui/registry_view.py" line="469"/>
        <location filename="../../ui/registry_view.py" line="484"/>
        <source>Highlight an actor of the registry first.</source>
        <translation>حدّد فاعلًا من السجل أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="481"/>
        <source>Select an ACTOR span in the text first.</source>
        <translation>حدّد مقطع ACTOR في النص أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="486"/>
        <source>Group under %1</source>
        <translation>ضمّ إلى %1</translation>
    </message>
    <message>
        <location filename="../../ui/registry_view.py" line="510"/>
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
        <location filename="../../ui/schema_dialog.py" line="177"/>
        <source>Remove %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="179"/>
        <source>What should happen to the %1 annotations in every document?</source>
        <translation>ماذا يحدث لتوسيمات %1 في كل المستندات؟</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="181"/>
        <source>Change them to:</source>
        <translation>تغييرها إلى:</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="182"/>
        <source>Change their type to:</source>
        <translation>تغيير نوعها إلى:</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="185"/>
        <source>Archive them (kept in the files, hidden, restorable)</source>
        <translation>أرشفتها (تبقى في الملفات، مخفية، ويمكن استعادتها)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/bulk_dialog.py" line="108"/>
        <source>Skipped (%1):</source>
        <translation>متروك (%1):</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../ui/review_panel.py" line="147"/>
        <source>Accept its links</source>
        <translation>قبول روابطه</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="148"/>
        <source>Reject its links</source>
        <translation>رفض روابطه</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="154"/>
        <source>Links (pending, precision)</source>
        <translation>الروابط (معلّقة، الدقة)</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="190"/>
        <source>Links: %1 pending, %2 accepted, %3 rejected</source>
        <translation>الروابط: %1 معلّقة، %2 مقبولة، %3 مرفوضة</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="143"/>
        <source>Previous</source>
        <extracomment>After an edit the document&apos;s counts wait this long, so they follow the paint and a burst of edits is counted once.</extracomment>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="143"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="144"/>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="144"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="145"/>
        <source>Accept all of a label…</source>
        <translation>قبول كل اقتراحات وسم…</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="146"/>
        <source>Accept all above a score…</source>
        <translation>قبول كل ما فوق درجة…</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="149"/>
        <source>Run a suggester…</source>
        <translation>تشغيل مقترِح…</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="149"/>
        <source>Import suggestions…</source>
        <translation>استيراد اقتراحات…</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="153"/>
        <source>Origin</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="153"/>
        <source>Pending</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="153"/>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="153"/>
        <source>Edited</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="154"/>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="154"/>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="174"/>
        <source>This document: %1 pending, %2 accepted (%3 edited), %4 rejected — %5 of %6 reviewed</source>
        <translation>هذا المستند: %1 معلّق، %2 مقبول (%3 معدَّل)، %4 مرفوض — رُوجع %5 من %6</translation>
    </message>
    <message>
        <location filename="../../ui/review_panel.py" line="257"/>
        <source>Project: %1 pending in %2 documents, %3 accepted (%4 edited), %5 rejected</source>
        <translation>المشروع: %1 معلّق في %2 من المستندات، %3 مقبول (%4 معدَّل)، %5 مرفوض</translation>
    </message>
</context>
<context>
    <name>SchemaDialog</name>
    <message>
        <location filename="../../ui/schema_dialog.py" line="317"/>
        <source>Labels and relations of the project</source>
        <translation>وسوم المشروع وعلاقاته</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="319"/>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="320"/>
        <source>Relation types</source>
        <translation>أنواع العلاقات</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="327"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="354"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="355"/>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="356"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="398"/>
        <source>attribute name</source>
        <translation>اسم الخاصية</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="400"/>
        <source>values, comma separated (empty: free text)</source>
        <translation>القيم مفصولة بفواصل (فارغ: نص حر)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="405"/>
        <source>Add attribute</source>
        <translation>إضافة خاصية</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="406"/>
        <source>Rename attribute</source>
        <translation>إعادة تسمية الخاصية</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="407"/>
        <source>Remove attribute</source>
        <translation>حذف الخاصية</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="409"/>
        <location filename="../../ui/schema_dialog.py" line="506"/>
        <source>Apply changes</source>
        <translation>تطبيق التغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="410"/>
        <source>New label</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="411"/>
        <source>Remove label…</source>
        <translation>حذف الوسم…</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="412"/>
        <source>Attributes of this label</source>
        <translation>خصائص هذا الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="467"/>
        <source>Type the attribute&apos;s name (and its values) first.</source>
        <translation>اكتب اسم الخاصية (وقيمها) أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="478"/>
        <source>Pick an attribute and type its new name first.</source>
        <translation>اختر خاصية واكتب اسمها الجديد أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="503"/>
        <source>From labels (empty: any)</source>
        <translation>من الوسوم (فارغ: أي وسم)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="504"/>
        <source>To labels (empty: any)</source>
        <translation>إلى الوسوم (فارغ: أي وسم)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="507"/>
        <source>New relation type</source>
        <translation>نوع علاقة جديد</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="508"/>
        <source>Remove relation type…</source>
        <translation>حذف نوع العلاقة…</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="579"/>
        <source>Undo %1</source>
        <translation>تراجع: %1</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="580"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="581"/>
        <source>Redo %1</source>
        <translation>إعادة: %1</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="582"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="425"/>
        <source>free text</source>
        <translation>نص حر</translation>
    </message>
</context>
<context>
    <name>SchemaHistory</name>
    <message>
        <location filename="../../ui/schema_dialog.py" line="159"/>
        <source>The open document could not be saved, so the labels were not changed.</source>
        <translation>تعذّر حفظ المستند المفتوح، لذا لم تُغيَّر الوسوم.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../ui/search_bar.py" line="66"/>
        <source>already tagged</source>
        <translation>موسوم مسبقًا</translation>
    </message>
    <message>
        <location filename="../../ui/search_bar.py" line="76"/>
        <source>Tag all as %1</source>
        <translation>وسم الكل بـ %1</translation>
    </message>
    <message>
        <location filename="../../ui/search_bar.py" line="158"/>
        <source>Search (ignores diacritics, alef forms, ى/ي, ة/ه)</source>
        <translation>بحث (يتجاهل التشكيل وصور الألف وى/ي وة/ه)</translation>
    </message>
    <message>
        <location filename="../../ui/search_bar.py" line="159"/>
        <source>Tag all…</source>
        <translation>وسم الكل…</translation>
    </message>
    <message>
        <location filename="../../ui/search_bar.py" line="160"/>
        <source>Previous match (Shift+F3)</source>
        <translation>النتيجة السابقة (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../ui/search_bar.py" line="161"/>
        <source>Next match (F3)</source>
        <translation>النتيجة التالية (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/search_bar.py" line="211"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_bar.py" line="214"/>
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
        <location filename="../../ui/session.py" line="76"/>
        <source>The current document could not be saved, so it stays open.</source>
        <extracomment>Span ids touched by the last change; None when everything may have changed.</extracomment>
        <translation>تعذّر حفظ المستند الحالي، لذا يبقى مفتوحًا.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="120"/>
        <source>This project is read-only: %1</source>
        <translation>هذا المشروع للقراءة فقط: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="123"/>
        <source>This document&apos;s annotations cannot be shown: %1</source>
        <translation>تعذّر عرض توسيمات هذا المستند: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="137"/>
        <source>No document is open.</source>
        <translation>لا يوجد مستند مفتوح.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="157"/>
        <source>Mark done</source>
        <translation>تعليم كمنجز</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="158"/>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
</context>
<context>
    <name>SpanTableModel</name>
    <message>
        <location filename="../../ui/span_panel.py" line="68"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../ui/span_panel.py" line="68"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/span_panel.py" line="68"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/span_panel.py" line="69"/>
        <source>Origin</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/span_panel.py" line="73"/>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../ui/span_panel.py" line="74"/>
        <source>suggested</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <location filename="../../ui/span_panel.py" line="75"/>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="101"/>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="103"/>
        <source>This document</source>
        <translation>هذا المستند</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="104"/>
        <source>All documents</source>
        <translation>كل المستندات</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="117"/>
        <source>Run</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="118"/>
        <source>Train model</source>
        <translation>تدريب النموذج</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="130"/>
        <source>Suggester:</source>
        <translation>المقترِح:</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="165"/>
        <source>(recommended)</source>
        <translation>(موصى به)</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="167"/>
        <source>unavailable: %1</source>
        <translation>غير متاح: %1</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="173"/>
        <source>The model is not trained yet: “Train model” learns from the accepted spans of documents in progress or done.</source>
        <translation>النموذج غير مدرَّب بعد: «تدريب النموذج» يتعلم من المقاطع المقبولة في المستندات قيد العمل أو المنجزة.</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="179"/>
        <source>offered by default</source>
        <translation>يُعرض افتراضيًا</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="180"/>
        <source>not offered by default (the dictionary does as well or better)</source>
        <translation>لا يُعرض افتراضيًا (القاموس يؤدي مثله أو أفضل)</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="182"/>
        <source>Model: %1 documents, %2-fold cross-validation; micro F1 %3 (dictionary %4): %5.</source>
        <translation>النموذج: %1 من المستندات، تحقق متقاطع بـ%2 طيّات؛ F1 الإجمالي %3 (القاموس %4): %5.</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="188"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="188"/>
        <source>Model P / R / F1</source>
        <translation>النموذج: الدقة / الاستدعاء / F1</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="189"/>
        <source>Dictionary P / R / F1</source>
        <translation>القاموس: الدقة / الاستدعاء / F1</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="215"/>
        <source>Choose a suggester that can run.</source>
        <translation>اختر مقترِحًا قابلًا للتشغيل.</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="229"/>
        <source>Running %1…</source>
        <translation>تشغيل %1…</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="247"/>
        <source>Run the project&apos;s command?</source>
        <translation>تشغيل أمر المشروع؟</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="248"/>
        <source>This project asks to run this command on your computer:

%1

It came with the project (project.json). Run it only if you trust where the project comes from. Allow it?</source>
        <translation>يطلب هذا المشروع تشغيل هذا الأمر على حاسوبك:

%1

جاء الأمر مع المشروع (project.json). لا تشغّله إلا إذا كنت تثق بمصدر المشروع. هل تسمح به؟</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="252"/>
        <source>The command was not run.</source>
        <translation>لم يُشغَّل الأمر.</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="264"/>
        <source>Suggestions from %1</source>
        <translation>اقتراحات من %1</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="283"/>
        <source>Stopped: the documents done so far keep their suggestions.</source>
        <translation>توقف: تحتفظ المستندات المنجزة حتى الآن باقتراحاتها.</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="308"/>
        <source>Training the model…</source>
        <translation>تدريب النموذج…</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="311"/>
        <source>Stopping the training…</source>
        <translation>جارٍ إيقاف التدريب…</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="328"/>
        <source>Training cancelled: the model is still not trained.</source>
        <translation>أُلغي التدريب: النموذج لم يُدرَّب بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/suggest_dialog.py" line="329"/>
        <source>Training cancelled: the previous model is unchanged and still in use.</source>
        <translation>أُلغي التدريب: النموذج السابق لم يتغيّر وما زال مستخدمًا.</translation>
    </message>
</context>
<context>
    <name>TagAllDialog</name>
    <message>
        <location filename="../../ui/search_bar.py" line="85"/>
        <source>Tag all occurrences</source>
        <translation>وسم كل المواضع</translation>
    </message>
    <message>
        <location filename="../../ui/search_bar.py" line="87"/>
        <source>%1 spans will be tagged %2 (one undo step):</source>
        <translation>سيوسم %1 مقطعًا بالوسم %2 (خطوة تراجع واحدة):</translation>
    </message>
    <message>
        <location filename="../../ui/search_bar.py" line="90"/>
        <source>Offsets</source>
        <translation>المواضع</translation>
    </message>
    <message>
        <location filename="../../ui/search_bar.py" line="90"/>
        <source>Text in context</source>
        <translation>النص في سياقه</translation>
    </message>
    <message>
        <location filename="../../ui/search_bar.py" line="91"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../ui/search_bar.py" line="101"/>
        <source>Tag</source>
        <translation>وسم</translation>
    </message>
</context>
<context>
    <name>_ColourField</name>
    <message>
        <location filename="../../ui/schema_dialog.py" line="250"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
</context>
<context>
    <name>_Guidelines</name>
    <message>
        <location filename="../../ui/schema_dialog.py" line="229"/>
        <source>Guideline (English)</source>
        <translation>الإرشادات (بالإنجليزية)</translation>
    </message>
    <message>
        <location filename="../../ui/schema_dialog.py" line="230"/>
        <source>Guideline (Arabic)</source>
        <translation>الإرشادات (بالعربية)</translation>
    </message>
</context>
</TS>
