<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ArchiveConnectDialog</name>
    <message>
        <source>Open a shared archive</source>
        <extracomment>The setting holding the saved connections: a map of name to ``postgresql://`` address. Emitted with the open ``ArchiveSession``; the receiver owns it and must close it.</extracomment>
        <translation>فتح أرشيف مشترك</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>الاتصالات المحفوظة</translation>
    </message>
    <message>
        <source>Type an address below</source>
        <translation>اكتب عنوانًا أدناه</translation>
    </message>
    <message>
        <source>postgresql://role@host/archive?sslmode=verify-full</source>
        <translation>⁦postgresql://role@host/archive?sslmode=verify-full⁩</translation>
    </message>
    <message>
        <source>Archive address</source>
        <translation>عنوان الأرشيف</translation>
    </message>
    <message>
        <source>Your humdoc passphrase</source>
        <translation>عبارة مرورك في humdoc</translation>
    </message>
    <message>
        <source>Empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>فارغة: من ⁦PGPASSWORD⁩ أو ⁦~/.pgpass⁩</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Opening the archive…</source>
        <translation>جارٍ فتح الأرشيف…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>المحفوظة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>كلمة سر قاعدة البيانات</translation>
    </message>
    <message>
        <source>Type the archive&apos;s address (postgresql://…).</source>
        <translation>اكتب عنوان الأرشيف (⁦postgresql://…⁩).</translation>
    </message>
    <message>
        <source>An archive&apos;s address starts with postgresql://.</source>
        <translation>يبدأ عنوان الأرشيف بـ ⁦postgresql://⁩.</translation>
    </message>
    <message>
        <source>Type your humdoc passphrase.</source>
        <translation>اكتب عبارة مرورك في humdoc.</translation>
    </message>
    <message>
        <source>Optional: to preview images</source>
        <translation>اختياري: لمعاينة الصور</translation>
    </message>
    <message>
        <source>Blob store folder</source>
        <translation>مجلد مخزن الملفات</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Choose the blob store folder</source>
        <translation>اختيار مجلد مخزن الملفات</translation>
    </message>
    <message>
        <source>Blob store</source>
        <translation>مخزن الملفات</translation>
    </message>
    <message>
        <source>The archive&apos;s blob store folder</source>
        <translation>مجلد مخزن ملفات الأرشيف</translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message>
        <source>{archive} — {role}, {duty} — humdoc archive</source>
        <extracomment>The fields shown first, in this order, of any record (the rest follow by name). Fields that hold a moment (ISO 8601), shown in the interface&apos;s locale. Lock after this long without a key press or mouse use (the vault&apos;s default). The files previewed: images the vault&apos;s media tab previews too. The side of a preview, in pixels (the vault&apos;s media tab&apos;s). Emitted with the tag of a read (``cases``, ``case``, ``summary``, ``testimony``, ``media``, ``custody``, ``versions``, ``identity``, ``search``, ``log``, ``export``) once its result (or its error) is shown. Emitted with the archive&apos;s address (without password) after a lock closed the session. The archive&apos;s blob store folder, if one was given: media previews come from it. Reads on a worker not yet reported, and sessions locked while some were: libpq must not close a connection another thread is using, so those close when the last ends.</extracomment>
        <translation>{archive} — {role}، {duty} — أرشيف humdoc</translation>
    </message>
    <message>
        <source>Search the archive  (Ctrl+F)</source>
        <translation>البحث في الأرشيف  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>البحث في الأرشيف</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Choose a case from the list.</source>
        <translation>اختر قضية من القائمة.</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>تاريخ الالتقاط</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>وقت الالتقاط</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>السياسة</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>&amp;Read the testimony</source>
        <translation>&amp;قراءة الشهادة</translation>
    </message>
    <message>
        <source>Media &amp;details</source>
        <translation>&amp;تفاصيل الوسائط</translation>
    </message>
    <message>
        <source>&amp;Custody chain</source>
        <translation>&amp;سلسلة الحيازة</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>ال&amp;نسخ</translation>
    </message>
    <message>
        <source>Witness &amp;identity</source>
        <translation>&amp;هوية الشاهد</translation>
    </message>
    <message>
        <source>The archive&apos;s access log records this read, with your name.</source>
        <translation>يسجّل سجل الوصول في الأرشيف هذه القراءة باسمك.</translation>
    </message>
    <message>
        <source>Opening this testimony is recorded in the archive&apos;s access log.</source>
        <translation>فتح هذه الشهادة يُسجَّل في سجل الوصول الخاص بالأرشيف.</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>تفاصيل السجل</translation>
    </message>
    <message>
        <source>{role}, duty: {duty}</source>
        <translation>{role}، المهمة: {duty}</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>محلل</translation>
    </message>
    <message>
        <source>protection</source>
        <translation>الحماية</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>case</source>
        <translation>قضية</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>حادثة</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>شهادة</translation>
    </message>
    <message>
        <source>media item</source>
        <translation>عنصر وسائط</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Witness code</source>
        <translation>رمز الشاهد</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>تاريخ المقابلة</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>المحاوِر</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>الانتهاكات</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>وسيلة الاتصال</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>الأ&amp;رشيف</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Access &amp;log…</source>
        <translation>&amp;سجل الوصول…</translation>
    </message>
    <message numerus="yes">
        <source>Testimonies (%n)</source>
        <translation>
            <numerusform>الشهادات (%Ln)</numerusform>
            <numerusform>الشهادات (%Ln)</numerusform>
            <numerusform>الشهادات (%Ln)</numerusform>
            <numerusform>الشهادات (%Ln)</numerusform>
            <numerusform>الشهادات (%Ln)</numerusform>
            <numerusform>الشهادات (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incidents (%n)</source>
        <translation>
            <numerusform>الحوادث (%Ln)</numerusform>
            <numerusform>الحوادث (%Ln)</numerusform>
            <numerusform>الحوادث (%Ln)</numerusform>
            <numerusform>الحوادث (%Ln)</numerusform>
            <numerusform>الحوادث (%Ln)</numerusform>
            <numerusform>الحوادث (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Media (%n)</source>
        <translation>
            <numerusform>الوسائط (%Ln)</numerusform>
            <numerusform>الوسائط (%Ln)</numerusform>
            <numerusform>الوسائط (%Ln)</numerusform>
            <numerusform>الوسائط (%Ln)</numerusform>
            <numerusform>الوسائط (%Ln)</numerusform>
            <numerusform>الوسائط (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>لا شيء مسجَّل</translation>
    </message>
    <message>
        <source>{kind} · {format}</source>
        <translation>{kind} · {format}</translation>
    </message>
    <message>
        <source>image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>صوت</translation>
    </message>
    <message>
        <source>document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>You opened this testimony; the archive&apos;s access log records it.</source>
        <translation>فتحتَ هذه الشهادة؛ وسجل الوصول في الأرشيف يسجّل ذلك.</translation>
    </message>
    <message>
        <source>File kept</source>
        <translation>ملف محفوظ</translation>
    </message>
    <message>
        <source>{mime}, {size}, SHA-256 {digest}</source>
        <translation>{mime}، {size}، SHA-256 {digest}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
    <message>
        <source>not shown: no blob store is set for this connection</source>
        <translation>غير معروضة: لم يُحدَّد مخزن ملفات لهذا الاتصال</translation>
    </message>
    <message>
        <source>{action} by {actor} on {device}</source>
        <translation>{action} بواسطة {actor} على {device}</translation>
    </message>
    <message>
        <source>Custody chain</source>
        <translation>سلسلة الحيازة</translation>
    </message>
    <message>
        <source>Chain broken: {problem}</source>
        <translation>السلسلة مقطوعة: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Chain verified: %n entries, every hash link and device signature checks.</source>
        <translation>
            <numerusform>تم التحقق من السلسلة: لا قيود فيها.</numerusform>
            <numerusform>تم التحقق من السلسلة: قيد واحد، وكل روابط التجزئة وتواقيع الأجهزة سليمة.</numerusform>
            <numerusform>تم التحقق من السلسلة: قيدان، وكل روابط التجزئة وتواقيع الأجهزة سليمة.</numerusform>
            <numerusform>تم التحقق من السلسلة: %Ln قيود، وكل روابط التجزئة وتواقيع الأجهزة سليمة.</numerusform>
            <numerusform>تم التحقق من السلسلة: %Ln قيدًا، وكل روابط التجزئة وتواقيع الأجهزة سليمة.</numerusform>
            <numerusform>تم التحقق من السلسلة: %Ln قيد، وكل روابط التجزئة وتواقيع الأجهزة سليمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No custody events.</source>
        <translation>لا قيود في سلسلة الحيازة.</translation>
    </message>
    <message>
        <source>Version {rank}</source>
        <translation>النسخة {rank}</translation>
    </message>
    <message>
        <source>received {when} in bundle {bundle} from {device}</source>
        <translation>استُلمت {when} في الحزمة {bundle} من {device}</translation>
    </message>
    <message>
        <source>You opened this witness&apos;s identity; the archive&apos;s access log records it.</source>
        <translation>فتحتَ هوية هذا الشاهد؛ وسجل الوصول في الأرشيف يسجّل ذلك.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>سجل الوصول</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Showing this media item&apos;s details and preview is recorded in the archive&apos;s access log.</source>
        <translation>عرض تفاصيل عنصر الوسائط هذا ومعاينته يُسجَّل في سجل الوصول الخاص بالأرشيف.</translation>
    </message>
    <message>
        <source>Showing this media item&apos;s details is recorded in the archive&apos;s access log.</source>
        <translation>عرض تفاصيل عنصر الوسائط هذا يُسجَّل في سجل الوصول الخاص بالأرشيف.</translation>
    </message>
    <message>
        <source>none: the archive keeps no image of this item</source>
        <translation>لا توجد: لا يحفظ الأرشيف أي صورة لهذا العنصر</translation>
    </message>
    <message>
        <source>shown above, decrypted in memory</source>
        <translation>معروضة أعلاه، فُكّ تشفيرها في الذاكرة</translation>
    </message>
</context>
<context>
    <name>BundleResultsDialog</name>
    <message>
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>لم تُستلم أي حزمة</numerusform>
            <numerusform>استُلمت حزمة واحدة</numerusform>
            <numerusform>استُلمت حزمتان</numerusform>
            <numerusform>استُلمت %Ln حزم</numerusform>
            <numerusform>استُلمت %Ln حزمة</numerusform>
            <numerusform>استُلمت %Ln حزمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already received (nothing new)</source>
        <translation>
            <numerusform>لا حزم مستلمة سابقًا</numerusform>
            <numerusform>حزمة واحدة مستلمة سابقًا (لا جديد فيها)</numerusform>
            <numerusform>حزمتان مستلمتان سابقًا (لا جديد فيهما)</numerusform>
            <numerusform>%Ln حزم مستلمة سابقًا (لا جديد فيها)</numerusform>
            <numerusform>%Ln حزمة مستلمة سابقًا (لا جديد فيها)</numerusform>
            <numerusform>%Ln حزمة مستلمة سابقًا (لا جديد فيها)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified (nothing imported)</source>
        <translation>
            <numerusform>لم يُتحقق من أي حزمة</numerusform>
            <numerusform>تُحقق من حزمة واحدة (دون استيراد)</numerusform>
            <numerusform>تُحقق من حزمتين (دون استيراد)</numerusform>
            <numerusform>تُحقق من %Ln حزم (دون استيراد)</numerusform>
            <numerusform>تُحقق من %Ln حزمة (دون استيراد)</numerusform>
            <numerusform>تُحقق من %Ln حزمة (دون استيراد)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>لم تُرفض أي حزمة</numerusform>
            <numerusform>رُفضت حزمة واحدة</numerusform>
            <numerusform>رُفضت حزمتان</numerusform>
            <numerusform>رُفضت %Ln حزم</numerusform>
            <numerusform>رُفضت %Ln حزمة</numerusform>
            <numerusform>رُفضت %Ln حزمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not received</source>
        <translation>
            <numerusform>لا حزم غير مستلمة</numerusform>
            <numerusform>حزمة واحدة لم تُستلم</numerusform>
            <numerusform>حزمتان لم تُستلما</numerusform>
            <numerusform>%Ln حزم لم تُستلم</numerusform>
            <numerusform>%Ln حزمة لم تُستلم</numerusform>
            <numerusform>%Ln حزمة لم تُستلم</numerusform>
        </translation>
    </message>
    <message>
        <source>{outcomes}.</source>
        <translation>{outcomes}.</translation>
    </message>
    <message>
        <source>Nothing checked.</source>
        <translation>لم يُفحص شيء.</translation>
    </message>
</context>
<context>
    <name>BundleSummary</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>لا قضايا</numerusform>
            <numerusform>قضية واحدة</numerusform>
            <numerusform>قضيتان</numerusform>
            <numerusform>%Ln قضايا</numerusform>
            <numerusform>%Ln قضية</numerusform>
            <numerusform>%Ln قضية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>لا شهادات</numerusform>
            <numerusform>شهادة واحدة</numerusform>
            <numerusform>شهادتان</numerusform>
            <numerusform>%Ln شهادات</numerusform>
            <numerusform>%Ln شهادة</numerusform>
            <numerusform>%Ln شهادة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s)</source>
        <translation>
            <numerusform>لا ملفات وسائط</numerusform>
            <numerusform>ملف وسائط واحد</numerusform>
            <numerusform>ملفا وسائط</numerusform>
            <numerusform>%Ln ملفات وسائط</numerusform>
            <numerusform>%Ln ملف وسائط</numerusform>
            <numerusform>%Ln ملف وسائط</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle {id} from {device} (sequence {seq}): {counts}.</source>
        <translation>الحزمة {id} من {device} (التسلسل {seq}): {counts}.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Edit case</source>
        <translation>تعديل القضية</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>قضية جديدة</translation>
    </message>
    <message>
        <source>A short name for the investigation</source>
        <translation>اسم قصير للتحقيق</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Vault default: {label}</source>
        <translation>افتراضي الخزنة: {label}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Metadata policy</source>
        <translation>سياسة البيانات الوصفية</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Edit case…</source>
        <extracomment>Emitted after the case was edited; carries the case id. Emitted after the case was deleted; carries the case id. Emitted when the user asks to export this case (the window opens the export dialog).</extracomment>
        <translation>تعديل القضية…</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>حذف القضية…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Write this case into a signed, encrypted bundle</source>
        <translation>اكتب هذه القضية في حزمة موقَّعة ومشفَّرة</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>التقرير…</translation>
    </message>
    <message>
        <source>Save the custody report of this case for investigators and courts</source>
        <translation>حفظ تقرير سلسلة الحيازة لهذه القضية للمحققين والمحاكم</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Select a case on the left, or create one.</source>
        <translation>اختر قضية من القائمة، أو أنشئ قضية جديدة.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Metadata policy: {policy}</source>
        <translation>سياسة البيانات الوصفية: {policy}</translation>
    </message>
    <message>
        <source>vault default</source>
        <translation>الافتراضي في الخزنة</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>لا يوجد وصف.</translation>
    </message>
    <message>
        <source>Delete the case “{title}” with all its incidents and testimonies? This cannot be undone.</source>
        <translation>أتريد حذف القضية «{title}» مع كل حوادثها وشهاداتها؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>حذف القضية</translation>
    </message>
</context>
<context>
    <name>CentreKeysDialog</name>
    <message>
        <source>Centres&apos; signing keys</source>
        <extracomment>Emitted with the updated ``Recipient`` after its key was saved.</extracomment>
        <translation>مفاتيح توقيع المراكز</translation>
    </message>
    <message>
        <source>Centre&apos;s signing key</source>
        <translation>مفتاح توقيع المركز</translation>
    </message>
    <message>
        <source>Paste the centre&apos;s signing key (the file its &apos;keys export --recipient&apos; wrote, its .pub file, or the RW… line), or open the file</source>
        <translation>الصق مفتاح توقيع المركز (الملف الذي كتبه الأمر &apos;keys export --recipient&apos; لديه، أو ملف ‎.pub‎، أو السطر الذي يبدأ بـ RW…)، أو افتح الملف</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>فتح ملف المفتاح…</translation>
    </message>
    <message>
        <source>The centre shows exactly this fingerprint (I compared every group).</source>
        <translation>يعرض المركز هذه البصمة بالضبط (قارنتُ كل مجموعة).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>No centre added yet (Exchange ▸ Export cases… ▸ Add recipient).</source>
        <translation>لم يُضف أي مركز بعد (التبادل ◂ تصدير القضايا… ◂ إضافة مستلِم).</translation>
    </message>
    <message>
        <source>Its receipts cannot be checked until its signing key is added.</source>
        <translation>لا يمكن التحقق من إيصالاته قبل إضافة مفتاح توقيعه.</translation>
    </message>
    <message>
        <source>Signing key held, fingerprint {fp}.</source>
        <translation>مفتاح التوقيع محفوظ، بصمته {fp}.</translation>
    </message>
    <message>
        <source>Open the centre&apos;s key</source>
        <translation>فتح مفتاح المركز</translation>
    </message>
    <message>
        <source>Keys (*.pub *.txt);;All files (*)</source>
        <translation>المفاتيح (*.pub *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>far larger than a key file</source>
        <translation>أكبر بكثير من ملف مفتاح</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <extracomment>``runner(fn, title, message, on_success, cancellable)``: how the window runs a session job.</extracomment>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>الحالية</translation>
    </message>
    <message>
        <source>New</source>
        <translation>الجديدة</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>التأكيد</translation>
    </message>
    <message>
        <source>The two new passphrases differ; type them again.</source>
        <translation>عبارتا المرور الجديدتان مختلفتان؛ اكتبهما من جديد.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>يجب ألا تكون عبارة المرور الجديدة فارغة.</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>تغيّرت عبارة المرور. استخدم العبارة الجديدة من الآن فصاعدًا.</translation>
    </message>
    <message>
        <source>Rewrapping the vault key…</source>
        <translation>جارٍ إعادة تغليف مفتاح الخزنة…</translation>
    </message>
</context>
<context>
    <name>CompartmentDialog</name>
    <message>
        <source>Create identity compartment</source>
        <translation>إنشاء حجرة الهويات</translation>
    </message>
    <message>
        <source>Change identity-compartment passphrase</source>
        <translation>تغيير عبارة مرور حجرة الهويات</translation>
    </message>
    <message>
        <source>The identity compartment keeps witnesses&apos; real names, contacts and notes under a passphrase of its own, different from the vault&apos;s: someone made to unlock the vault still cannot read them. The passphrase cannot be recovered: lose it and the identities in the compartment are lost.</source>
        <translation>تحفظ حجرة الهويات الأسماء الحقيقية للشهود ووسائل الاتصال بهم والملاحظات بعبارة مرور خاصة بها، مختلفة عن عبارة مرور الخزنة: فمن يُكرَه على فتح الخزنة لا يستطيع مع ذلك قراءتها. لا يمكن استعادة عبارة المرور: إن فقدتها ضاعت الهويات المحفوظة في الحجرة.</translation>
    </message>
    <message>
        <source>Only the compartment&apos;s key is rewrapped; the identities in it stay as they are.</source>
        <translation>يُعاد تغليف مفتاح الحجرة فقط؛ وتبقى الهويات التي فيها كما هي.</translation>
    </message>
    <message>
        <source>Current compartment passphrase</source>
        <translation>عبارة مرور الحجرة الحالية</translation>
    </message>
    <message>
        <source>New compartment passphrase</source>
        <translation>عبارة مرور الحجرة الجديدة</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>عبارة المرور نفسها مرة أخرى</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>الحالية</translation>
    </message>
    <message>
        <source>New</source>
        <translation>الجديدة</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>التأكيد</translation>
    </message>
    <message>
        <source>The two new passphrases differ; type them again.</source>
        <translation>عبارتا المرور الجديدتان مختلفتان؛ اكتبهما من جديد.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>يجب ألا تكون عبارة المرور الجديدة فارغة.</translation>
    </message>
    <message>
        <source>The identity compartment is created. Keep its passphrase apart from the vault&apos;s; it cannot be recovered.</source>
        <translation>أُنشئت حجرة الهويات. احفظ عبارة مرورها بعيدًا عن عبارة مرور الخزنة؛ فلا يمكن استعادتها.</translation>
    </message>
    <message>
        <source>The compartment passphrase is changed. Use the new one from now on.</source>
        <translation>تغيّرت عبارة مرور الحجرة. استخدم العبارة الجديدة من الآن فصاعدًا.</translation>
    </message>
    <message>
        <source>Sealing the identity key…</source>
        <translation>جارٍ ختم مفتاح الهويات…</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>عبارة المرور خاطئة.</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>Consent given by the witness</source>
        <translation>الموافقة التي أعطاها الشاهد</translation>
    </message>
    <message>
        <source>{label}  ({scope})</source>
        <translation>{label}  ({scope})</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <source>Chain of custody — {name}</source>
        <translation>سلسلة الحيازة — {name}</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>the chain is empty</source>
        <translation>السلسلة فارغة</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>سلسلة الحيازة</translation>
    </message>
    <message>
        <source>Chain broken: {problem}</source>
        <translation>السلسلة مقطوعة: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Chain verified: %n entries, every hash link and device signature checks.</source>
        <translation>
            <numerusform>تم التحقق من السلسلة: لا قيود فيها.</numerusform>
            <numerusform>تم التحقق من السلسلة: قيد واحد، وكل روابط التجزئة وتواقيع الأجهزة سليمة.</numerusform>
            <numerusform>تم التحقق من السلسلة: قيدان، وكل روابط التجزئة وتواقيع الأجهزة سليمة.</numerusform>
            <numerusform>تم التحقق من السلسلة: %Ln قيود، وكل روابط التجزئة وتواقيع الأجهزة سليمة.</numerusform>
            <numerusform>تم التحقق من السلسلة: %Ln قيدًا، وكل روابط التجزئة وتواقيع الأجهزة سليمة.</numerusform>
            <numerusform>تم التحقق من السلسلة: %Ln قيد، وكل روابط التجزئة وتواقيع الأجهزة سليمة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceKeysDialog</name>
    <message>
        <source>Device keys</source>
        <translation>مفاتيح الجهاز</translation>
    </message>
    <message>
        <source>Signing key (minisign) — the centre enrols this</source>
        <translation>مفتاح التوقيع (minisign) — هذا ما يسجّله المركز</translation>
    </message>
    <message>
        <source>Fingerprint — the centre must see exactly this when it enrols you:</source>
        <translation>البصمة — يجب أن يرى المركز هذه البصمة بالضبط عند تسجيل جهازك:</translation>
    </message>
    <message>
        <source>Signing key (minisign) — the centre&apos;s own</source>
        <translation>مفتاح التوقيع (minisign) — الخاص بالمركز</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <source>The public key as a QR code</source>
        <translation>المفتاح العام في صورة رمز QR</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>نسخ المفتاح العام</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <source>Save as a .pub file the centre enrols</source>
        <translation>حفظه ملفًا ‎.pub‎ يسجّله المركز</translation>
    </message>
    <message>
        <source>Encryption recipient (age) — field devices add this</source>
        <translation>مستلِم التشفير (age) — تضيفه الأجهزة الميدانية</translation>
    </message>
    <message>
        <source>Field devices encrypt their bundles to this key: Exchange ▸ Export cases… ▸ Add recipient.</source>
        <translation>تشفّر الأجهزة الميدانية حزمها لهذا المفتاح: التبادل ◂ تصدير القضايا… ◂ إضافة مستلِم.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Save as a file field devices add</source>
        <translation>حفظه ملفًا تضيفه الأجهزة الميدانية</translation>
    </message>
    <message>
        <source>Recipient fingerprint — field devices see exactly this:</source>
        <translation>بصمة المستلِم — ترى الأجهزة الميدانية هذه البصمة بالضبط:</translation>
    </message>
    <message>
        <source>Save public key</source>
        <translation>حفظ المفتاح العام</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub);;All files (*)</source>
        <translation>مفاتيح minisign العامة (*.pub);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Save recipient</source>
        <translation>حفظ المستلِم</translation>
    </message>
    <message>
        <source>age recipients (*.txt);;All files (*)</source>
        <translation>مستلِمو age (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>{name} could not be written: {why}</source>
        <translation>تعذّرت كتابة {name}: {why}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Enrolled devices</source>
        <extracomment>Emitted with the new ``Device`` after an enrolment. Emitted with the ``Revocation`` after a device was revoked.</extracomment>
        <translation>الأجهزة المسجّلة</translation>
    </message>
    <message>
        <source>e.g. Laptop field team B</source>
        <translation>مثلًا: حاسوب الفريق الميداني ب</translation>
    </message>
    <message>
        <source>Paste the device&apos;s public key (its .pub file, the RW… line or what &apos;keys show&apos; prints), or open the file</source>
        <translation>الصق المفتاح العام للجهاز (ملف ‎.pub‎ أو السطر الذي يبدأ بـ RW… أو ما يطبعه الأمر &apos;keys show&apos;)، أو افتح الملف</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>فتح ملف المفتاح…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>إبطال…</translation>
    </message>
    <message>
        <source>Stop accepting the selected device&apos;s bundles</source>
        <translation>التوقف عن قبول حزم الجهاز المحدد</translation>
    </message>
    <message>
        <source>This key was revoked: trust it again (the device is back in safe hands)</source>
        <translation>أُبطل هذا المفتاح من قبل: الوثوق به من جديد (عاد الجهاز إلى أيدٍ أمينة)</translation>
    </message>
    <message>
        <source>The device shows exactly this fingerprint (I compared every group).</source>
        <translation>يعرض الجهاز هذه البصمة بالضبط (قارنتُ كل مجموعة).</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Enrol a field device</source>
        <translation>تسجيل جهاز ميداني</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>المفتاح العام</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Open public key</source>
        <translation>فتح المفتاح العام</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.txt);;All files (*)</source>
        <translation>المفاتيح العامة (*.pub *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>far larger than a key file</source>
        <translation>أكبر بكثير من ملف مفتاح</translation>
    </message>
    <message>
        <source>{name} could not be read: {why}</source>
        <translation>تعذّرت قراءة {name}: {why}</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <extracomment>The file name a backup gets when the user types none of its own. ``run(fn, title, message, on_success, cancellable)``: runs a session job, returns its dialog. Emitted with True once a duress passphrase was set, False once it was removed.</extracomment>
        <translation>عبارة مرور الإكراه</translation>
    </message>
    <message>
        <source>A duress passphrase is one to give if someone forces you to unlock the vault. Typed at unlock, it destroys the vault&apos;s keys for good, and humdoc answers “Wrong passphrase.” exactly as for a mistyped one. Copies and backups made before are not affected: they still open with the vault passphrase. Typed in any passphrase field of humdoc, this one included, it destroys the keys too.</source>
        <translation>عبارة مرور الإكراه هي العبارة التي تعطيها إن أجبرك أحد على فتح الخزنة. إذا كُتبت عند فتح القفل أتلفت مفاتيح الخزنة نهائيًا، ويجيب humdoc بعبارة «عبارة المرور خاطئة.» تمامًا كما لو أُخطئ في كتابتها. لا تتأثر النسخ والنسخ الاحتياطية المصنوعة قبل ذلك: فهي ما زالت تُفتح بعبارة مرور الخزنة. وإذا كُتبت في أي حقل لعبارة المرور في humdoc، بما فيه هذا الحقل، أتلفت المفاتيح أيضًا.</translation>
    </message>
    <message>
        <source>The passphrase you unlock with</source>
        <translation>عبارة المرور التي تفتح بها القفل</translation>
    </message>
    <message>
        <source>The same duress passphrase again</source>
        <translation>عبارة مرور الإكراه نفسها مرة أخرى</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>عبارة مرور الخزنة</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>التأكيد</translation>
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation>تعيين عبارة مرور الإكراه</translation>
    </message>
    <message>
        <source>Remove duress passphrase</source>
        <translation>إزالة عبارة مرور الإكراه</translation>
    </message>
    <message>
        <source>Only the vault passphrase is needed; the duress fields are ignored.</source>
        <translation>لا حاجة إلا إلى عبارة مرور الخزنة؛ وتُتجاهل حقول الإكراه.</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>اكتب عبارة مرور الخزنة.</translation>
    </message>
    <message>
        <source>Type a duress passphrase.</source>
        <translation>اكتب عبارة مرور للإكراه.</translation>
    </message>
    <message>
        <source>The two duress passphrases differ; type them again.</source>
        <translation>عبارتا مرور الإكراه مختلفتان؛ اكتبهما من جديد.</translation>
    </message>
    <message>
        <source>The duress passphrase is set. Typed at unlock, it destroys the keys for good and shows “Wrong passphrase.”</source>
        <translation>عُيّنت عبارة مرور الإكراه. إذا كُتبت عند فتح القفل أتلفت المفاتيح نهائيًا وأظهرت «عبارة المرور خاطئة.»</translation>
    </message>
    <message>
        <source>No duress passphrase is set any more.</source>
        <translation>لم تعد هناك عبارة مرور للإكراه.</translation>
    </message>
    <message>
        <source>Sealing the vault&apos;s keys…</source>
        <translation>جارٍ ختم مفاتيح الخزنة…</translation>
    </message>
</context>
<context>
    <name>ExportCopyDialog</name>
    <message>
        <source>Export a copy</source>
        <translation>تصدير نسخة</translation>
    </message>
    <message>
        <source>The original, untouched (all its metadata)</source>
        <translation>الأصل دون أي تعديل (بكل بياناته الوصفية)</translation>
    </message>
    <message>
        <source>The evidence copy this vault received (not the original)</source>
        <translation>نسخة الدليل التي استلمتها هذه الخزنة (لا الأصل)</translation>
    </message>
    <message>
        <source>The stripped copy this vault received (not the original)</source>
        <translation>النسخة المجرَّدة التي استلمتها هذه الخزنة (لا الأصل)</translation>
    </message>
    <message>
        <source>The copy sealed at intake, location removed (not the original)</source>
        <translation>النسخة المختومة عند الإدخال بعد إزالة الموقع (لا الأصل)</translation>
    </message>
    <message>
        <source>Where to save the copy</source>
        <translation>مكان حفظ النسخة</translation>
    </message>
    <message>
        <source>File to save the copy to</source>
        <translation>الملف الذي تُحفظ فيه النسخة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose the file to save the copy to</source>
        <translation>اختيار الملف الذي تُحفظ فيه النسخة</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>الحفظ باسم</translation>
    </message>
    <message>
        <source>Save the copy as</source>
        <translation>حفظ النسخة باسم</translation>
    </message>
    <message>
        <source>The original carries its location, serial number or names. Hand it over only where that is safe.</source>
        <translation>يحمل الأصل موقعه أو رقمه التسلسلي أو أسماء. لا تسلّمه إلا حيث يكون ذلك آمنًا.</translation>
    </message>
    <message>
        <source>Choose where to save the copy.</source>
        <translation>اختر مكان حفظ النسخة.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export cases</source>
        <extracomment>Emitted with the ``ExportResult`` after a bundle was written.</extracomment>
        <translation>تصدير القضايا</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Cases to export</source>
        <translation>القضايا المراد تصديرها</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>المستلِم</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>المستلِمون</translation>
    </message>
    <message>
        <source>Add recipient…</source>
        <translation>إضافة مستلِم…</translation>
    </message>
    <message>
        <source>Name, e.g. Documentation centre</source>
        <translation>الاسم، مثلًا: مركز التوثيق</translation>
    </message>
    <message>
        <source>age1… (the centre&apos;s Device keys show it)</source>
        <translation>مفتاح age1… (تعرضه نافذة «مفاتيح الجهاز» لدى المركز)</translation>
    </message>
    <message>
        <source>Recipient name</source>
        <translation>اسم المستلِم</translation>
    </message>
    <message>
        <source>Recipient key (age1…)</source>
        <translation>مفتاح المستلِم (age1…)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Each case&apos;s own policy</source>
        <translation>سياسة كل قضية</translation>
    </message>
    <message>
        <source>Include witness identities (only where the witness consented to share-identity)</source>
        <translation>تضمين هويات الشهود (فقط حيث وافق الشاهد على share-identity)</translation>
    </message>
    <message>
        <source>This vault has no identity compartment (Vault ▸ Identity compartment…).</source>
        <translation>لا تحتوي هذه الخزنة على حجرة هويات (الخزنة ◂ حجرة الهويات…).</translation>
    </message>
    <message>
        <source>&lt;b&gt;The bundle will carry these witnesses&apos; real names, contacts and notes.&lt;/b&gt; Every recipient can read them: encrypt it to the documentation centre only. Export asks for the identity-compartment passphrase.</source>
        <translation>&lt;b&gt;ستحمل الحزمة الأسماء الحقيقية لهؤلاء الشهود ووسائل الاتصال بهم والملاحظات.&lt;/b&gt; يستطيع كل مستلِم قراءتها: فلا تشفّرها إلا لمركز التوثيق. يطلب التصدير عبارة مرور حجرة الهويات.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>What the bundle will hold</source>
        <translation>محتوى الحزمة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>اختيار ملف الحزمة</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>Encrypt to</source>
        <translation>التشفير إلى</translation>
    </message>
    <message>
        <source>Metadata policy</source>
        <translation>سياسة البيانات الوصفية</translation>
    </message>
    <message>
        <source>What will leave, and what is held back</source>
        <translation>ما سيخرج، وما سيُحتجز</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Press Preview to see what this export carries and what it holds back.</source>
        <translation>اضغط «معاينة» لترى ما يحمله هذا التصدير وما يحتجزه.</translation>
    </message>
    <message>
        <source>Tick the cases to export.</source>
        <translation>حدّد القضايا المراد تصديرها.</translation>
    </message>
    <message>
        <source>Carried: {testimonies}, {media}.</source>
        <translation>المحمول: {testimonies}، {media}.</translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>لا شهادات</numerusform>
            <numerusform>شهادة واحدة</numerusform>
            <numerusform>شهادتان</numerusform>
            <numerusform>%Ln شهادات</numerusform>
            <numerusform>%Ln شهادة</numerusform>
            <numerusform>%Ln شهادة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s)</source>
        <translation>
            <numerusform>لا ملفات وسائط</numerusform>
            <numerusform>ملف وسائط واحد</numerusform>
            <numerusform>ملفا وسائط</numerusform>
            <numerusform>%Ln ملفات وسائط</numerusform>
            <numerusform>%Ln ملف وسائط</numerusform>
            <numerusform>%Ln ملف وسائط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Witness identities: %n&lt;/b&gt; (names, contacts and notes).</source>
        <translation>
            <numerusform>&lt;b&gt;هويات الشهود: لا شيء&lt;/b&gt; (الأسماء ووسائل الاتصال والملاحظات).</numerusform>
            <numerusform>&lt;b&gt;هويات الشهود: هوية واحدة&lt;/b&gt; (الأسماء ووسائل الاتصال والملاحظات).</numerusform>
            <numerusform>&lt;b&gt;هويات الشهود: هويتان&lt;/b&gt; (الأسماء ووسائل الاتصال والملاحظات).</numerusform>
            <numerusform>&lt;b&gt;هويات الشهود: %Ln هويات&lt;/b&gt; (الأسماء ووسائل الاتصال والملاحظات).</numerusform>
            <numerusform>&lt;b&gt;هويات الشهود: %Ln هوية&lt;/b&gt; (الأسماء ووسائل الاتصال والملاحظات).</numerusform>
            <numerusform>&lt;b&gt;هويات الشهود: %Ln هوية&lt;/b&gt; (الأسماء ووسائل الاتصال والملاحظات).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Held back: %n item(s)&lt;/b&gt; — they stay on this device (reasons below).</source>
        <translation>
            <numerusform>&lt;b&gt;المحتجز: لا عناصر&lt;/b&gt; — تبقى على هذا الجهاز (الأسباب أدناه).</numerusform>
            <numerusform>&lt;b&gt;المحتجز: عنصر واحد&lt;/b&gt; — يبقى على هذا الجهاز (الأسباب أدناه).</numerusform>
            <numerusform>&lt;b&gt;المحتجز: عنصران&lt;/b&gt; — يبقيان على هذا الجهاز (الأسباب أدناه).</numerusform>
            <numerusform>&lt;b&gt;المحتجز: %Ln عناصر&lt;/b&gt; — تبقى على هذا الجهاز (الأسباب أدناه).</numerusform>
            <numerusform>&lt;b&gt;المحتجز: %Ln عنصرًا&lt;/b&gt; — تبقى على هذا الجهاز (الأسباب أدناه).</numerusform>
            <numerusform>&lt;b&gt;المحتجز: %Ln عنصر&lt;/b&gt; — تبقى على هذا الجهاز (الأسباب أدناه).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is held back.</source>
        <translation>لا يُحتجز أي شيء.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>أُلغيت المعاينة.</translation>
    </message>
    <message>
        <source>Preview export</source>
        <translation>معاينة التصدير</translation>
    </message>
    <message>
        <source>Checking consent and preparing cleaned copies…</source>
        <translation>جارٍ التحقق من الموافقات وإعداد النسخ المنظَّفة…</translation>
    </message>
    <message>
        <source>Write the bundle to</source>
        <translation>كتابة الحزمة في</translation>
    </message>
    <message>
        <source>humdoc bundles (*.humdoc)</source>
        <translation>حزم humdoc (*.humdoc)</translation>
    </message>
    <message>
        <source>Include witness identities</source>
        <translation>تضمين هويات الشهود</translation>
    </message>
    <message>
        <source>The identities of the witnesses listed in the preview will leave in this bundle. Type the identity-compartment passphrase to include them.</source>
        <translation>ستخرج في هذه الحزمة هويات الشهود المذكورين في المعاينة. اكتب عبارة مرور حجرة الهويات لتضمينها.</translation>
    </message>
    <message>
        <source>Export cancelled; no bundle was written.</source>
        <translation>أُلغي التصدير؛ لم تُكتب أي حزمة.</translation>
    </message>
    <message>
        <source>Signing and encrypting the bundle…</source>
        <translation>جارٍ توقيع الحزمة وتشفيرها…</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <extracomment>The duties that read records, to whom the menu is shown. The case the window shows: ``(id, title)``, or None before one is chosen.</extracomment>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Custody &amp;report…</source>
        <translation>&amp;تقرير سلسلة الحيازة…</translation>
    </message>
    <message>
        <source>For &amp;Uwazi…</source>
        <translation>لـ &amp;Uwazi…</translation>
    </message>
    <message>
        <source>For &amp;publication…</source>
        <translation>لل&amp;نشر…</translation>
    </message>
    <message>
        <source>Every record it reads, and the export itself, go into the access log.</source>
        <translation>كل سجل يُقرأ، والتصدير نفسه، يُدوَّنان في سجل الوصول.</translation>
    </message>
    <message>
        <source>Save for Uwazi</source>
        <translation>حفظ لـ Uwazi</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <source>Save for publication</source>
        <translation>حفظ للنشر</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to {path} and its template beside it. Rows: {rows}; files: {files}.</source>
        <translation>حُفظ في {path}، وقالبه بجانبه. الصفوف: {rows}؛ الملفات: {files}.</translation>
    </message>
    <message>
        <source>Export for Uwazi</source>
        <translation>تصدير لـ Uwazi</translation>
    </message>
    <message>
        <source>Saved to {path}. Testimonies written: {rows}.</source>
        <translation>حُفظ في {path}. الشهادات المكتوبة: {rows}.</translation>
    </message>
    <message>
        <source>Export for publication</source>
        <translation>تصدير للنشر</translation>
    </message>
    <message>
        <source>Held back (consent or policy): {n}.</source>
        <translation>المحتجز (الموافقة أو السياسة): {n}.</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Bundle written</source>
        <translation>كُتبت الحزمة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>معرّف الحزمة</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>التسلسل</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} بايت</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>ملفات الوسائط</translation>
    </message>
    <message>
        <source>Witness identities</source>
        <translation>هويات الشهود</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>المحتجز</translation>
    </message>
    <message>
        <source>The bundle written</source>
        <translation>الحزمة المكتوبة</translation>
    </message>
    <message>
        <source>The bundle is signed and encrypted. Note its SHA-256 to compare it at the centre.</source>
        <translation>الحزمة موقَّعة ومشفَّرة. دوّن قيمة SHA-256 الخاصة بها لمقارنتها في المركز.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Identity of {code}</source>
        <extracomment>Emitted with the person id after the identity was saved or deleted (never its content).</extracomment>
        <translation>هوية {code}</translation>
    </message>
    <message>
        <source>The real identity of {code} is kept in the identity compartment. Its passphrase opens it for this window only.</source>
        <translation>تُحفظ الهوية الحقيقية لـ {code} في حجرة الهويات. تفتحها عبارة مرورها لهذه النافذة فقط.</translation>
    </message>
    <message>
        <source>An identity is recorded.</source>
        <translation>توجد هوية مسجّلة.</translation>
    </message>
    <message>
        <source>No identity is recorded yet.</source>
        <translation>لم تُسجَّل أي هوية بعد.</translation>
    </message>
    <message>
        <source>Identity-compartment passphrase</source>
        <translation>عبارة مرور حجرة الهويات</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Full name, as the witness gave it</source>
        <translation>الاسم الكامل كما ذكره الشاهد</translation>
    </message>
    <message>
        <source>Telephone, address or go-between</source>
        <translation>الهاتف أو العنوان أو الوسيط</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Type the identity-compartment passphrase.</source>
        <translation>اكتب عبارة مرور حجرة الهويات.</translation>
    </message>
    <message>
        <source>Opening the identity compartment…</source>
        <translation>جارٍ فتح حجرة الهويات…</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>عبارة المرور خاطئة.</translation>
    </message>
    <message>
        <source>Delete the real identity of {code}? It cannot be recovered; the pseudonym and its testimonies stay.</source>
        <translation>أتريد حذف الهوية الحقيقية لـ {code}؟ لا يمكن استعادتها؛ ويبقى الاسم المستعار وشهاداته.</translation>
    </message>
    <message>
        <source>Delete identity</source>
        <translation>حذف الهوية</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported and sealed.</source>
        <translation>
            <numerusform>لم يُستورد أي ملف.</numerusform>
            <numerusform>استُورد ملف واحد وخُتم.</numerusform>
            <numerusform>استُورد ملفان وخُتما.</numerusform>
            <numerusform>استُوردت %Ln ملفات وخُتمت.</numerusform>
            <numerusform>استُورد %Ln ملفًا وخُتمت.</numerusform>
            <numerusform>استُورد %Ln ملف وخُتمت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>لم يُرفض أي ملف:</numerusform>
            <numerusform>رُفض ملف واحد:</numerusform>
            <numerusform>رُفض ملفان:</numerusform>
            <numerusform>رُفضت %Ln ملفات:</numerusform>
            <numerusform>رُفض %Ln ملفًا:</numerusform>
            <numerusform>رُفض %Ln ملف:</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>تحذيرات:</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>حادثة جديدة</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>ما الذي حدث، في كلمات قليلة</translation>
    </message>
    <message>
        <source>Coarse is safer: district or town</source>
        <translation>التقريب أكثر أمانًا: الحي أو البلدة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>Incidents of the case</source>
        <extracomment>Emitted after an incident was added or deleted; carries the incident id.</extracomment>
        <translation>حوادث القضية</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>حادثة جديدة…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete the incident “{title}”?</source>
        <translation>أتريد حذف الحادثة «{title}»؟</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>حذف الحادثة</translation>
    </message>
</context>
<context>
    <name>IntegrityWords</name>
    <message>
        <source>The vault is intact: the database, {chains} and {attachments} checked.</source>
        <translation>الخزنة سليمة: فُحصت قاعدة البيانات و{chains} و{attachments}.</translation>
    </message>
    <message numerus="yes">
        <source>%n custody chain(s)</source>
        <translation>
            <numerusform>لا سلاسل حيازة</numerusform>
            <numerusform>سلسلة حيازة واحدة</numerusform>
            <numerusform>سلسلتا حيازة</numerusform>
            <numerusform>%Ln سلاسل حيازة</numerusform>
            <numerusform>%Ln سلسلة حيازة</numerusform>
            <numerusform>%Ln سلسلة حيازة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>لا مرفقات</numerusform>
            <numerusform>مرفق واحد</numerusform>
            <numerusform>مرفقان</numerusform>
            <numerusform>%Ln مرفقات</numerusform>
            <numerusform>%Ln مرفقًا</numerusform>
            <numerusform>%Ln مرفق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Damage found in %n place(s). The first: {finding}</source>
        <translation>
            <numerusform>لم يُعثر على تلف. {finding}</numerusform>
            <numerusform>عُثر على تلف في موضع واحد. أوله: {finding}</numerusform>
            <numerusform>عُثر على تلف في موضعين. أولهما: {finding}</numerusform>
            <numerusform>عُثر على تلف في %Ln مواضع. أولها: {finding}</numerusform>
            <numerusform>عُثر على تلف في %Ln موضعًا. أولها: {finding}</numerusform>
            <numerusform>عُثر على تلف في %Ln موضع. أولها: {finding}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancelling…</source>
        <extracomment>What a job runs: ``fn(progress, cancelled)``; its return value is passed to ``succeeded``. ``(done, total)`` from the job&apos;s progress callback; ``total`` is 0 when unknown. The job returned normally; carries its return value. The job raised; carries a ``HumdocError`` (anything else is wrapped in one). The job stopped because the user cancelled it (it raised ``OperationCancelled``). Emitted last, exactly once, after whichever of the three signals above applied. The task&apos;s function returned; carries its return value. The task raised; carries a ``HumdocError`` (anything else is wrapped in one).</extracomment>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Vault</source>
        <extracomment>How often a lock that waits for a running job looks again whether the job has ended. Emitted on every key press, click, wheel or mouse move anywhere in the application. Emitted with the ``Session`` once the vault is unlocked (or created) and shown. Emitted after the session was closed and the unlock screen shown again. The last receipts offer (centre, after a receive) and applied receipt (field). The shared archives open in windows of their own. The blob store folder given for each archive address, for this run of humdoc only. What this window put on each clipboard (and, on X11, the selection) while unlocked.</extracomment>
        <translation>&amp;الخزنة</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>Open a shared &amp;archive…</source>
        <translation>فتح أ&amp;رشيف مشترك…</translation>
    </message>
    <message>
        <source>Device &amp;keys…</source>
        <translation>&amp;مفاتيح الجهاز…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>تغيير &amp;عبارة المرور…</translation>
    </message>
    <message>
        <source>&amp;Identity compartment…</source>
        <translation>&amp;حجرة الهويات…</translation>
    </message>
    <message>
        <source>&amp;Check integrity</source>
        <translation>&amp;فحص السلامة</translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>&amp;نسخ الخزنة احتياطيًا…</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase…</source>
        <translation>عبارة مرور الإ&amp;كراه…</translation>
    </message>
    <message>
        <source>Panic: destroy keys…</source>
        <translation>طوارئ: إتلاف المفاتيح…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>قضية &amp;جديدة…</translation>
    </message>
    <message>
        <source>New &amp;testimony…</source>
        <translation>&amp;شهادة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Import media…</source>
        <translation>ا&amp;ستيراد وسائط…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>ال&amp;تبادل</translation>
    </message>
    <message>
        <source>&amp;Export cases…</source>
        <translation>&amp;تصدير القضايا…</translation>
    </message>
    <message>
        <source>&amp;Verify bundle…</source>
        <translation>الت&amp;حقق من حزمة…</translation>
    </message>
    <message>
        <source>&amp;Receive bundles…</source>
        <translation>ا&amp;ستلام الحزم…</translation>
    </message>
    <message>
        <source>Enrolled &amp;devices…</source>
        <translation>الأجهزة ال&amp;مسجّلة…</translation>
    </message>
    <message>
        <source>&amp;Apply a receipt…</source>
        <translation>&amp;تطبيق إيصال…</translation>
    </message>
    <message>
        <source>Centres&apos; &amp;signing keys…</source>
        <translation>مفاتيح &amp;توقيع المراكز…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About humdoc</source>
        <translation>&amp;عن humdoc</translation>
    </message>
    <message>
        <source>Create a case</source>
        <extracomment>Only a documentation centre verifies, receives and enrols; a field device never sees them. Only a field device applies the receipts a centre sends back.</extracomment>
        <translation>إنشاء قضية</translation>
    </message>
    <message>
        <source>Record a testimony</source>
        <translation>تسجيل شهادة</translation>
    </message>
    <message>
        <source>Import photos, video and documents</source>
        <translation>استيراد الصور والفيديو والمستندات</translation>
    </message>
    <message>
        <source>Write this case into a signed, encrypted bundle</source>
        <translation>كتابة هذه القضية في حزمة موقَّعة ومشفَّرة</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Delete the selected one</source>
        <translation>حذف العنصر المحدَّد</translation>
    </message>
    <message>
        <source>Field device</source>
        <translation>جهاز ميداني</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>مركز توثيق</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفلة</translation>
    </message>
    <message>
        <source>Vault locked.</source>
        <translation>قُفلت الخزنة.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>قُفلت فورًا لعدم الاستخدام.</numerusform>
            <numerusform>قُفلت بعد دقيقة واحدة دون استخدام.</numerusform>
            <numerusform>قُفلت بعد دقيقتين دون استخدام.</numerusform>
            <numerusform>قُفلت بعد %Ln دقائق دون استخدام.</numerusform>
            <numerusform>قُفلت بعد %Ln دقيقة دون استخدام.</numerusform>
            <numerusform>قُفلت بعد %Ln دقيقة دون استخدام.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n second(s) without use.</source>
        <translation>
            <numerusform>قُفلت فورًا لعدم الاستخدام.</numerusform>
            <numerusform>قُفلت بعد ثانية واحدة دون استخدام.</numerusform>
            <numerusform>قُفلت بعد ثانيتين دون استخدام.</numerusform>
            <numerusform>قُفلت بعد %Ln ثوانٍ دون استخدام.</numerusform>
            <numerusform>قُفلت بعد %Ln ثانية دون استخدام.</numerusform>
            <numerusform>قُفلت بعد %Ln ثانية دون استخدام.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked because the screen locked.</source>
        <translation>قُفلت لأن الشاشة قُفلت.</translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation>قُفلت لأن الحاسوب دخل في وضع السكون.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) received.</source>
        <translation>
            <numerusform>لم تُستلم أي حزمة.</numerusform>
            <numerusform>استُلمت حزمة واحدة.</numerusform>
            <numerusform>استُلمت حزمتان.</numerusform>
            <numerusform>استُلمت %Ln حزم.</numerusform>
            <numerusform>استُلمت %Ln حزمة.</numerusform>
            <numerusform>استُلمت %Ln حزمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already received before.</source>
        <translation>
            <numerusform>لم تُستلم أي حزمة من قبل.</numerusform>
            <numerusform>استُلمت حزمة واحدة من قبل.</numerusform>
            <numerusform>استُلمت حزمتان من قبل.</numerusform>
            <numerusform>استُلمت %Ln حزم من قبل.</numerusform>
            <numerusform>استُلمت %Ln حزمة من قبل.</numerusform>
            <numerusform>استُلمت %Ln حزمة من قبل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive bundles</source>
        <translation>استلام الحزم</translation>
    </message>
    <message>
        <source>If these bundles carry witness identities, humdoc needs the identity-compartment passphrase to file them in this centre&apos;s compartment. Skip: a bundle that carries identities is then not received (nothing of it is kept); the others are.</source>
        <translation>إذا كانت هذه الحزم تحمل هويات شهود، فإن humdoc يحتاج إلى عبارة مرور حجرة الهويات لحفظها في حجرة هذا المركز. عند التخطي: لا تُستلم الحزمة التي تحمل هويات (ولا يُحتفظ بشيء منها)، وتُستلم الحزم الأخرى.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطي</translation>
    </message>
    <message>
        <source>The archive was locked.</source>
        <translation>قُفل الأرشيف.</translation>
    </message>
    <message>
        <source>About humdoc</source>
        <translation>عن humdoc</translation>
    </message>
    <message>
        <source>&lt;b&gt;humdoc {version}&lt;/b&gt;&lt;br&gt;Offline-first, encrypted documentation of human rights testimonies and evidence.&lt;br&gt;&lt;br&gt;Everything you record stays in the encrypted vault on this computer until you export it.</source>
        <translation>&lt;b&gt;humdoc {version}&lt;/b&gt;&lt;br&gt;توثيق مشفَّر لشهادات حقوق الإنسان وأدلّتها، يعمل دون اتصال بالشبكة.&lt;br&gt;&lt;br&gt;كل ما تسجّله يبقى في الخزنة المشفَّرة على هذا الحاسوب إلى أن تصدّره.</translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <source>The original is always sealed untouched as evidence; this chooses the cleaned copy made at intake.</source>
        <translation>يُختم الأصل دائمًا دون تعديل بوصفه دليلًا؛ وهذا الخيار يحدد النسخة المنظَّفة التي تُصنع عند الإدخال.</translation>
    </message>
    <message>
        <source>Export copy…</source>
        <translation>تصدير نسخة…</translation>
    </message>
    <message>
        <source>Custody…</source>
        <translation>الحيازة…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Import policy:</source>
        <translation>سياسة الاستيراد:</translation>
    </message>
    <message>
        <source>case</source>
        <extracomment>What the import policy chosen does (its name alone says too little). Files of the last import that cannot leave under their policy (not a modal dialog: work goes on; it stays until the next import or another case).</extracomment>
        <translation>القضية</translation>
    </message>
    <message>
        <source>vault</source>
        <translation>الخزنة</translation>
    </message>
    <message>
        <source>Default: {policy} ({origin})</source>
        <translation>الافتراضي: {policy} ({origin})</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>لا معاينة</translation>
    </message>
    <message>
        <source>{lat}, {lon}, altitude {alt} m</source>
        <translation>{lat}، {lon}، الارتفاع {alt} م</translation>
    </message>
    <message>
        <source>{lat}, {lon}</source>
        <translation>{lat}، {lon}</translation>
    </message>
    <message>
        <source>removed at intake</source>
        <translation>أُزيل عند الإدخال</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>لا شيء مسجَّل</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>استورده</translation>
    </message>
    <message>
        <source>Capture time</source>
        <translation>وقت الالتقاط</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>الفنان</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>GPS location</source>
        <translation>موقع GPS</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>الأبعاد</translation>
    </message>
    <message>
        <source>{width} × {height}</source>
        <translation>{width} × {height}</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Media of the case</source>
        <extracomment>The side of the preview in the detail pane, in pixels. Videos up to this size get a poster frame when selected (decrypted into memory to decode it). Emitted after items were imported or one was deleted; carries the case id. Emitted with the ``ImportReport`` once an import job has ended (also when it refused all). Emitted with a one-line message for the status bar. Emitted with the item id once the selected item&apos;s preview (made on a worker) is shown.</extracomment>
        <translation>وسائط القضية</translation>
    </message>
    <message>
        <source>Play…</source>
        <translation>تشغيل…</translation>
    </message>
    <message>
        <source>Play the sound or video from memory</source>
        <translation>تشغيل الصوت أو الفيديو من الذاكرة</translation>
    </message>
    <message>
        <source>Metadata of the selected item</source>
        <extracomment>The last poster frame shown (for tests and screenshots).</extracomment>
        <translation>البيانات الوصفية للعنصر المحدَّد</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>جارٍ تحميل المعاينة…</translation>
    </message>
    <message>
        <source>No preview (too large to decode here)</source>
        <translation>لا معاينة (الملف أكبر من أن يُفكّ ترميزه هنا)</translation>
    </message>
    <message>
        <source>Decoding a frame…</source>
        <translation>جارٍ فك ترميز إطار…</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>لا معاينة: {reason}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Decrypting {name} into memory…</source>
        <translation>جارٍ فك تشفير {name} في الذاكرة…</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>Evidence copy</source>
        <translation>نسخة الدليل</translation>
    </message>
    <message>
        <source>Strip copy</source>
        <translation>النسخة المجرَّدة</translation>
    </message>
    <message>
        <source>Copy sealed without location</source>
        <translation>نسخة مختومة دون الموقع</translation>
    </message>
    <message>
        <source>size not known here</source>
        <translation>الحجم غير معروف هنا</translation>
    </message>
    <message>
        <source>{size}, sealed in this vault</source>
        <translation>{size}، مختوم في هذه الخزنة</translation>
    </message>
    <message>
        <source>nothing needed removing</source>
        <translation>لم يلزم حذف شيء</translation>
    </message>
    <message>
        <source>{policy} (converted to {format}) — {size}</source>
        <translation>نسخة {policy} (حُوّلت إلى {format}) — {size}</translation>
    </message>
    <message>
        <source>{policy} — {size}</source>
        <translation>نسخة {policy} — {size}</translation>
    </message>
    <message>
        <source>Removed: {what}</source>
        <translation>المحذوف: {what}</translation>
    </message>
    <message>
        <source>No cleaned copy yet (one is made on export).</source>
        <translation>لا توجد نسخة منظَّفة بعد (تُصنع عند التصدير).</translation>
    </message>
    <message>
        <source>Derivatives</source>
        <translation>النسخ المشتقة</translation>
    </message>
    <message>
        <source>Import files into “{title}”</source>
        <translation>استيراد ملفات إلى «{title}»</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>استيراد الملفات</translation>
    </message>
    <message numerus="yes">
        <source>Hashing, sealing and reading the metadata of %n file(s)…</source>
        <translation>
            <numerusform>لا ملفات لمعالجتها…</numerusform>
            <numerusform>جارٍ حساب التجزئة والختم وقراءة البيانات الوصفية لملف واحد…</numerusform>
            <numerusform>جارٍ حساب التجزئة والختم وقراءة البيانات الوصفية لملفين…</numerusform>
            <numerusform>جارٍ حساب التجزئة والختم وقراءة البيانات الوصفية لـ %Ln ملفات…</numerusform>
            <numerusform>جارٍ حساب التجزئة والختم وقراءة البيانات الوصفية لـ %Ln ملفًا…</numerusform>
            <numerusform>جارٍ حساب التجزئة والختم وقراءة البيانات الوصفية لـ %Ln ملف…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>لم يُستورد أي ملف.</numerusform>
            <numerusform>استُورد ملف واحد.</numerusform>
            <numerusform>استُورد ملفان.</numerusform>
            <numerusform>استُوردت %Ln ملفات.</numerusform>
            <numerusform>استُورد %Ln ملفًا.</numerusform>
            <numerusform>استُورد %Ln ملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused.</source>
        <translation>
            <numerusform>لم يُرفض أي ملف.</numerusform>
            <numerusform>رُفض ملف واحد.</numerusform>
            <numerusform>رُفض ملفان.</numerusform>
            <numerusform>رُفضت %Ln ملفات.</numerusform>
            <numerusform>رُفض %Ln ملفًا.</numerusform>
            <numerusform>رُفض %Ln ملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported file(s) cannot leave this device under their policy; they are sealed and kept:</source>
        <translation>
            <numerusform>لا ملفات محتجزة:</numerusform>
            <numerusform>ملف واحد مستورد لا يمكنه مغادرة هذا الجهاز بموجب سياسته؛ فهو مختوم ومحفوظ:</numerusform>
            <numerusform>ملفان مستوردان لا يمكنهما مغادرة هذا الجهاز بموجب سياستهما؛ فهما مختومان ومحفوظان:</numerusform>
            <numerusform>%Ln ملفات مستوردة لا يمكنها مغادرة هذا الجهاز بموجب سياستها؛ فهي مختومة ومحفوظة:</numerusform>
            <numerusform>%Ln ملفًا مستوردًا لا يمكنها مغادرة هذا الجهاز بموجب سياستها؛ فهي مختومة ومحفوظة:</numerusform>
            <numerusform>%Ln ملف مستورد لا يمكنها مغادرة هذا الجهاز بموجب سياستها؛ فهي مختومة ومحفوظة:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the files imported before that are kept.</source>
        <translation>أُلغي الاستيراد؛ ويُحتفظ بالملفات التي استُوردت قبل ذلك.</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>تصدير نسخة</translation>
    </message>
    <message>
        <source>Saved the original of {name} as {out}.

SHA-256: {sha}</source>
        <translation>حُفظ أصل {name} باسم {out}.

SHA-256: {sha}</translation>
    </message>
    <message>
        <source>Saved the {policy} copy of {name} as {out}.

SHA-256: {sha}</source>
        <translation>حُفظت نسخة {policy} من {name} باسم {out}.

SHA-256: {sha}</translation>
    </message>
    <message>
        <source>Checking and writing the copy…</source>
        <translation>جارٍ فحص النسخة وكتابتها…</translation>
    </message>
    <message>
        <source>Delete “{name}” and its cleaned copies from the vault? The sealed original is destroyed; its chain of custody is kept. This cannot be undone.</source>
        <translation>أتريد حذف «{name}» ونسخه المنظَّفة من الخزنة؟ سيُتلف الأصل المختوم؛ ويُحتفظ بسلسلة حيازته. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete media item</source>
        <translation>حذف عنصر الوسائط</translation>
    </message>
</context>
<context>
    <name>NewPassphraseRow</name>
    <message>
        <source>Su&amp;ggest…</source>
        <translation>ا&amp;قتراح…</translation>
    </message>
    <message>
        <source>Show six random words to use as the passphrase</source>
        <translation>عرض ست كلمات عشوائية لاستخدامها عبارةً للمرور</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <source>Destroy the keys</source>
        <extracomment>What the user types to enable the panic button (as in ``humdoc panic``); never translated. The folder a restore goes into when the one chosen already holds something. Emitted with ``wipe`` (bool) once the user confirmed, after the dialog closed.</extracomment>
        <translation>إتلاف المفاتيح</translation>
    </message>
    <message>
        <source>Panic: destroy keys</source>
        <translation>طوارئ: إتلاف المفاتيح</translation>
    </message>
    <message>
        <source>&lt;b&gt;This destroys the keys of the vault at {path} now, without a passphrase. Nothing in it can ever be opened again, by you or by anyone, and there is no undo.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Afterwards, unlocking it says “Wrong passphrase.” like any mistyped passphrase. Only a backup made earlier can bring the material back; a backup or copy made earlier is not destroyed.</source>
        <translation>&lt;b&gt;سيُتلف هذا مفاتيح الخزنة الموجودة في {path} الآن، دون عبارة مرور. لن يمكن فتح أي شيء فيها مرة أخرى، لا منك ولا من أي أحد، ولا تراجع عن ذلك.&lt;/b&gt;&lt;br&gt;&lt;br&gt;بعد ذلك، تظهر عند محاولة فتحها رسالة «عبارة المرور خاطئة.» كأي عبارة مرور كُتبت خطأً. وحدها نسخة احتياطية صُنعت قبل ذلك تستطيع إعادة المواد؛ فالنسخ الاحتياطية والنسخ المصنوعة من قبل لا تُتلف.</translation>
    </message>
    <message>
        <source>Also delete all vault files (wipe)</source>
        <translation>حذف كل ملفات الخزنة أيضًا (مسح)</translation>
    </message>
    <message>
        <source>Without wipe, the vault&apos;s files stay, unreadable. With wipe, they are deleted too and the vault folder is removed if nothing else is in it.</source>
        <translation>دون المسح تبقى ملفات الخزنة، غير قابلة للقراءة. ومع المسح تُحذف هي أيضًا ويُزال مجلد الخزنة إن لم يكن فيه شيء آخر.</translation>
    </message>
    <message>
        <source>Type {word} to confirm:</source>
        <translation>اكتب {word} للتأكيد:</translation>
    </message>
    <message>
        <source>Destroy the keys and delete the files</source>
        <translation>إتلاف المفاتيح وحذف الملفات</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Identity-compartment passphrase</source>
        <extracomment>Emitted with the passphrase (``bytes``) on OK, or None on Skip, after the prompt closed.</extracomment>
        <translation>عبارة مرور حجرة الهويات</translation>
    </message>
    <message>
        <source>Type the identity-compartment passphrase.</source>
        <translation>اكتب عبارة مرور حجرة الهويات.</translation>
    </message>
</context>
<context>
    <name>PlayerDialog</name>
    <message>
        <source>Play {name}</source>
        <translation>تشغيل {name}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>{position} / {duration}</source>
        <translation>{position} / {duration}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
</context>
<context>
    <name>PosterFrame</name>
    <message>
        <source>No picture came in time.</source>
        <extracomment>The largest item played or given a poster frame here (it is decrypted into memory). How long a poster frame may take before the attempt is given up. The first decoded frame, as an image. Why no frame came: a decoder error, no video track, or the timeout.</extracomment>
        <translation>لم تصل أي صورة في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The file holds no picture.</source>
        <translation>لا يحتوي الملف على أي صورة.</translation>
    </message>
    <message>
        <source>The file cannot be decoded.</source>
        <translation>تعذّر فك ترميز الملف.</translation>
    </message>
</context>
<context>
    <name>ReceiptAppliedDialog</name>
    <message>
        <source>Receipt applied</source>
        <extracomment>Emitted with the ``Removal`` once items were removed.</extracomment>
        <translation>طُبّق الإيصال</translation>
    </message>
    <message>
        <source>Also remove the testimony texts</source>
        <translation>إزالة نصوص الشهادات أيضًا</translation>
    </message>
    <message>
        <source>Only testimonies unchanged since they were sent. Keep them if you still need them here, e.g. for follow-up interviews.</source>
        <translation>الشهادات التي لم تتغير منذ إرسالها فقط. أبقِها إن كنت ما زلت تحتاجها هنا، كمقابلات المتابعة مثلًا.</translation>
    </message>
    <message>
        <source>&amp;Remove from this device</source>
        <translation>&amp;إزالة من هذا الجهاز</translation>
    </message>
    <message>
        <source>Removing crypto-erases the items&apos; files and deletes their records; a tombstone (id, hashes, this receipt) keeps the chain of custody whole. Media go only if the centre holds their sealed original.</source>
        <translation>تمحو الإزالة ملفات العناصر محوًا تشفيريًا وتحذف سجلاتها؛ ويُبقي أثرُ الحذف (المعرّف وقيم التجزئة وهذا الإيصال) سلسلةَ الحيازة كاملة. لا تُزال الوسائط إلا إذا كان المركز يحوز أصلها المختوم.</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>تمت الإزالة</translation>
    </message>
    <message>
        <source>Remove from this device</source>
        <translation>الإزالة من هذا الجهاز</translation>
    </message>
    <message>
        <source>Crypto-erasing what the centre holds…</source>
        <translation>جارٍ المحو التشفيري لما يحوزه المركز…</translation>
    </message>
</context>
<context>
    <name>ReceiptQrDialog</name>
    <message>
        <source>Receipt as QR codes</source>
        <translation>الإيصال في رموز QR</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;السابق</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>Scan every code with the phone that carries the receipt to the field device, in any order; save what it reads, one code per line, as a text file and apply it there (Exchange ▸ Apply a receipt…).</source>
        <translation>امسح كل رمز بأي ترتيب بالهاتف الذي سينقل الإيصال إلى الجهاز الميداني؛ واحفظ ما يقرؤه، رمزًا في كل سطر، في ملف نصي وطبّقه هناك (التبادل ◂ تطبيق إيصال…).</translation>
    </message>
    <message>
        <source>Code {n} of {count}</source>
        <translation>الرمز {n} من {count}</translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <source>Receipts for the field</source>
        <extracomment>Emitted with the path of the receipt document after it was saved (its .minisig beside).</extracomment>
        <translation>إيصالات للميدان</translation>
    </message>
    <message>
        <source>{file} — {bundle}</source>
        <translation>{file} — {bundle}</translation>
    </message>
    <message>
        <source>A signed receipt tells the field device what this centre now holds; applied there, it lets the device mark those items safe and remove them from the laptop. Save it next to the bundle on the stick, or show it as QR codes.</source>
        <translation>يُعلم الإيصال الموقَّع الجهازَ الميداني بما يحوزه هذا المركز الآن؛ وإذا طُبّق هناك أتاح للجهاز أن يعلّم تلك العناصر بأنها في أمان وأن يزيلها من الحاسوب المحمول. احفظه بجانب الحزمة على الذاكرة المحمولة، أو اعرضه رموز QR.</translation>
    </message>
    <message>
        <source>&amp;Save receipt…</source>
        <translation>&amp;حفظ الإيصال…</translation>
    </message>
    <message>
        <source>Show as &amp;QR codes…</source>
        <translation>عرض رموز &amp;QR…</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>حفظ الإيصال</translation>
    </message>
    <message>
        <source>Wrote {doc} and {sig}. Carry both back to the field device.</source>
        <translation>كُتب {doc} و{sig}. انقلهما كليهما إلى الجهاز الميداني.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record testimony</source>
        <extracomment>How often the synthetic source delivers sound, and the elapsed time is redrawn. The recording was saved as a media item; carries the item.</extracomment>
        <translation>تسجيل شهادة صوتيًا</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>مستوى الإدخال</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>إيقاف وحفظ</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>تجاهل…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Test source: a synthetic voice, no microphone.</source>
        <translation>مصدر اختبار: صوت اصطناعي، دون ميكروفون.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>لم يُعثر على أي ميكروفون في هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Microphone: {name}</source>
        <translation>الميكروفون: {name}</translation>
    </message>
    <message>
        <source>Saving the recording…</source>
        <translation>جارٍ حفظ التسجيل…</translation>
    </message>
    <message>
        <source>Discard this recording? The sound recorded so far is deleted.</source>
        <translation>أتريد تجاهل هذا التسجيل؟ سيُحذف الصوت المسجَّل حتى الآن.</translation>
    </message>
    <message>
        <source>Discard recording</source>
        <translation>تجاهل التسجيل</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>{time}  (paused)</source>
        <translation>{time}  (متوقف مؤقتًا)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Custody report</source>
        <translation>تقرير سلسلة الحيازة</translation>
    </message>
    <message>
        <source>Saved to {path}.

Every custody event verified.</source>
        <translation>حُفظ في {path}.

تم التحقق من كل أحداث الحيازة.</translation>
    </message>
    <message>
        <source>Saved to {path}.

VERIFICATION FAILED for {n} custody event(s).</source>
        <translation>حُفظ في {path}.

فشل التحقق — عدد أحداث الحيازة المعنية: {n}.</translation>
    </message>
    <message>
        <source>Checking every custody event and writing the report…</source>
        <translation>جارٍ التحقق من كل أحداث الحيازة وكتابة التقرير…</translation>
    </message>
    <message>
        <source>Save custody report</source>
        <translation>حفظ تقرير سلسلة الحيازة</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <extracomment>Emitted with the restored vault&apos;s folder (``Path``) after the dialog closed.</extracomment>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restores a humdoc backup into a new, empty folder, then checks that it opens with the passphrase and is intact. Nothing that exists is overwritten.</source>
        <translation>يستعيد نسخة humdoc الاحتياطية في مجلد جديد فارغ، ثم يتحقق من أنها تُفتح بعبارة المرور وأنها سليمة. لا يُكتب فوق أي شيء موجود.</translation>
    </message>
    <message>
        <source>The backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>اختيار ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>مجلد جديد أو فارغ</translation>
    </message>
    <message>
        <source>Folder to restore into</source>
        <translation>المجلد المراد الاستعادة إليه</translation>
    </message>
    <message>
        <source>Choose the folder to restore into</source>
        <translation>اختيار المجلد المراد الاستعادة إليه</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase when it was backed up</source>
        <translation>عبارة مرور الخزنة عند أخذ النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>الاستعادة إلى</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>اختيار النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>humdoc backups (*.tar);;All files (*)</source>
        <translation>نسخ humdoc الاحتياطية (*.tar);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>اختر ملف النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>لا يوجد ملف في {path}.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder to restore into.</source>
        <translation>اختر مجلدًا جديدًا أو فارغًا للاستعادة إليه.</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>اكتب عبارة مرور الخزنة.</translation>
    </message>
    <message>
        <source>Restoring and checking the vault…</source>
        <translation>جارٍ استعادة الخزنة وفحصها…</translation>
    </message>
</context>
<context>
    <name>RevokeDeviceDialog</name>
    <message>
        <source>Revoke the device</source>
        <extracomment>Emitted with the ``Revocation`` once the device is revoked, after the dialog closed.</extracomment>
        <translation>إبطال الجهاز</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>إبطال الجهاز</translation>
    </message>
    <message>
        <source>Revoke {name}? From now on this centre rejects every bundle its key signs, whenever it says it was made. What it sent before stays, and the custody of each item it delivered records the revocation. Do this when the device is lost or seized.</source>
        <translation>أتريد إبطال {name}؟ من الآن فصاعدًا يرفض هذا المركز كل حزمة يوقّعها مفتاحه، أيًّا كان التاريخ الذي تدّعيه لصنعها. ما أرسله من قبل يبقى، وتُسجَّل واقعة الإبطال في سلسلة حيازة كل عنصر سلّمه. افعل ذلك عند فقدان الجهاز أو مصادرته.</translation>
    </message>
    <message>
        <source>e.g. seized at the checkpoint</source>
        <translation>مثلًا: صودر عند نقطة التفتيش</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Type {name} to confirm</source>
        <translation>اكتب {name} للتأكيد</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Vault settings</source>
        <translation>إعدادات الخزنة</translation>
    </message>
    <message>
        <source>Never store the location of new files</source>
        <translation>عدم تخزين موقع الملفات الجديدة أبدًا</translation>
    </message>
    <message>
        <source>GPS data is removed before the file is sealed. The sealed copy then differs from the original file; both hashes are kept.</source>
        <translation>تُزال بيانات GPS قبل ختم الملف. وعندها تختلف النسخة المختومة عن الملف الأصلي؛ ويُحتفظ بقيمتي التجزئة كلتيهما.</translation>
    </message>
    <message>
        <source>How you appear in the chain of custody</source>
        <translation>الاسم الذي تظهر به في سلسلة الحيازة</translation>
    </message>
    <message>
        <source>Default metadata policy</source>
        <translation>سياسة البيانات الوصفية الافتراضية</translation>
    </message>
    <message>
        <source>Strip location at intake</source>
        <translation>إزالة الموقع عند الإدخال</translation>
    </message>
    <message>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without a key press or mouse use. It also locks when the screen locks or the computer goes to sleep.</source>
        <translation>تُقفل الخزنة بعد هذا العدد من الدقائق دون ضغط مفتاح أو استخدام الفأرة. وتُقفل أيضًا عند قفل الشاشة أو دخول الحاسوب في وضع السكون.</translation>
    </message>
    <message>
        <source>Actor name</source>
        <translation>اسم المنفِّذ</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>القفل بعد عدم النشاط</translation>
    </message>
    <message>
        <source>Remove media once the centre&apos;s receipt says so</source>
        <translation>إزالة الوسائط متى أكّد ذلك إيصالُ المركز</translation>
    </message>
    <message>
        <source>When a receipt from the centre is applied, media whose sealed original the centre holds are crypto-erased from this device (a tombstone stays). Testimony texts are removed only when you ask.</source>
        <translation>عند تطبيق إيصال من المركز، تُمحى من هذا الجهاز محوًا تشفيريًا الوسائطُ التي يحوز المركز أصلها المختوم (ويبقى أثر الحذف). ولا تُزال نصوص الشهادات إلا بطلب منك.</translation>
    </message>
    <message>
        <source>After a receipt</source>
        <translation>بعد الإيصال</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Kept on this computer outside the vault, beside the window size and the last vault folder.</source>
        <translation>يُحفظ على هذا الحاسوب خارج الخزنة، إلى جانب حجم النافذة وآخر مجلد خزنة.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>A new language takes effect when humdoc next starts.</source>
        <translation>تسري اللغة الجديدة عند تشغيل humdoc في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <extracomment>The languages humdoc ships, by code, with their names in themselves (what a chooser shows). The language of the source strings (its translation file holds only the plural forms). The QSettings key of the language chosen in Settings (absent: follow the system). The environment variables that name the user&apos;s language, in gettext&apos;s order of precedence. Added to the style sheet of a right-to-left interface. Qt draws a line of Arabic a few pixels wider than it measured it (marks, a Latin word in the line): without room at the sides, the first and last letters of a wrapped label&apos;s lines, or of a combo box&apos;s text, are cut off. The translators installed by ``install_translations`` (kept so a second call replaces them).</extracomment>
        <translation>
            <numerusform>صفر بايت</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%Ln بايتات</numerusform>
            <numerusform>%Ln بايتًا</numerusform>
            <numerusform>%Ln بايت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <extracomment>Emitted with the rating (0 Poor … 3 Excellent, -1 empty) whenever it changes.</extracomment>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Use four or more random words; Suggest… gives six.</source>
        <translation>استخدم أربع كلمات عشوائية أو أكثر؛ يعطيك «اقتراح…» ستًّا.</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>ضعيفة جدًا</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>ممتازة</translation>
    </message>
    <message>
        <source>{rating}: about {bits} bits.</source>
        <translation>{rating}: نحو {bits} بت.</translation>
    </message>
    <message>
        <source>Too easy to guess; humdoc will refuse it.</source>
        <translation>سهلة التخمين جدًا؛ سيرفضها humdoc.</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggested passphrase</source>
        <translation>عبارة مرور مقترحة</translation>
    </message>
    <message>
        <source>Six words chosen at random (about 77 bits). Learn them or write them down and keep the paper apart from the laptop: nobody can recover a lost passphrase.</source>
        <translation>ست كلمات اختيرت عشوائيًا (نحو ٧٧ بت). احفظها أو اكتبها واحتفظ بالورقة بعيدًا عن الحاسوب: لا أحد يستطيع استعادة عبارة مرور ضائعة.</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>ا&amp;ستخدامها</translation>
    </message>
    <message>
        <source>&amp;Another</source>
        <translation>&amp;غيرها</translation>
    </message>
</context>
<context>
    <name>TestimoniesTab</name>
    <message>
        <source>Testimonies of the case</source>
        <extracomment>Emitted after a testimony was added, edited or deleted; carries the testimony id.</extracomment>
        <translation>شهادات القضية</translation>
    </message>
    <message>
        <source>Statement of the selected testimony</source>
        <translation>إفادة الشهادة المحدَّدة</translation>
    </message>
    <message>
        <source>New testimony…</source>
        <translation>شهادة جديدة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Identity…</source>
        <translation>الهوية…</translation>
    </message>
    <message>
        <source>The witness&apos;s real identity, kept in the identity compartment</source>
        <translation>الهوية الحقيقية للشاهد، المحفوظة في حجرة الهويات</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>تسجيل…</translation>
    </message>
    <message>
        <source>Record the witness speaking; the sound goes straight into the vault</source>
        <translation>تسجيل كلام الشاهد؛ يذهب الصوت مباشرة إلى الخزنة</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>تاريخ المقابلة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>المحاوِر</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>لا شيء مسجَّل</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>الانتهاكات</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>This vault has no identity compartment yet. Create one with Vault ▸ Identity compartment… to record witnesses&apos; real identities.</source>
        <translation>لا تحتوي هذه الخزنة على حجرة هويات بعد. أنشئ واحدة من الخزنة ◂ حجرة الهويات… لتسجيل الهويات الحقيقية للشهود.</translation>
    </message>
    <message>
        <source>Delete the testimony of {code}? Its statement is overwritten and cannot be recovered.</source>
        <translation>أتريد حذف شهادة {code}؟ سيُكتب فوق نصّها ولا يمكن استعادته.</translation>
    </message>
    <message>
        <source>Delete testimony</source>
        <translation>حذف الشهادة</translation>
    </message>
</context>
<context>
    <name>TestimonyDialog</name>
    <message>
        <source>Edit testimony</source>
        <translation>تعديل الشهادة</translation>
    </message>
    <message>
        <source>New testimony</source>
        <translation>شهادة جديدة</translation>
    </message>
    <message>
        <source>Pseudonym code, e.g. W-017 (never a name)</source>
        <translation>رمز الاسم المستعار، مثلًا W-017 (وليس اسمًا أبدًا)</translation>
    </message>
    <message>
        <source>The statement, in the witness&apos;s words</source>
        <translation>الإفادة، بكلمات الشاهد نفسه</translation>
    </message>
    <message>
        <source>e.g. en, ar, fr</source>
        <translation>مثلًا: ar أو en أو fr</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. checkpoint, night</source>
        <translation>مفصولة بفواصل، مثلًا: حاجز، ليل</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>الإفادة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>تاريخ المقابلة</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>المحاوِر</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>الانتهاكات</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>C&amp;hoose another vault…</source>
        <extracomment>Emitted with the open ``Session`` once an unlock or a creation succeeded. Emitted with the new vault folder when the user picks another one. Emitted with True when an unlock or creation starts, False when it ends. Emitted when the user asks to open a shared archive instead of a vault.</extracomment>
        <translation>ا&amp;ختيار خزنة أخرى…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation>إنشاء خزنة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Panic: destroy keys…</source>
        <translation>طوارئ: إتلاف المفاتيح…</translation>
    </message>
    <message>
        <source>Open a shared &amp;archive…</source>
        <translation>فتح أ&amp;رشيف مشترك…</translation>
    </message>
    <message>
        <source>Field device (records testimonies)</source>
        <translation>جهاز ميداني (يسجّل الشهادات)</translation>
    </message>
    <message>
        <source>Documentation centre (receives bundles)</source>
        <translation>مركز توثيق (يستلم الحزم)</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>عبارة المرور نفسها مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>إ&amp;نشاء الخزنة</translation>
    </message>
    <message>
        <source>Unlock an &amp;existing vault instead</source>
        <translation>فتح خزنة &amp;موجودة بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>التأكيد</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>الا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Vault: {path}</source>
        <translation>الخزنة: {path}</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>اختيار مجلد الخزنة</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>اكتب عبارة مرور الخزنة.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>عبارتا المرور مختلفتان؛ اكتبهما من جديد.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>جارٍ إنشاء الخزنة…</translation>
    </message>
    <message>
        <source>Restored. Unlock it with its passphrase.</source>
        <translation>تمت الاستعادة. افتح قفلها بعبارة مرورها.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>يُرجى الانتظار…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>New case…</source>
        <extracomment>Emitted with a one-line message for the status bar (search errors, counts).</extracomment>
        <translation>قضية جديدة…</translation>
    </message>
    <message>
        <source>Search  (Ctrl+F)</source>
        <translation>بحث  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Words of statements, titles and tags, or a witness&apos;s pseudonym code</source>
        <translation>كلمات من الإفادات والعناوين والوسوم، أو رمز الاسم المستعار لشاهد</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Back to cases</source>
        <translation>العودة إلى القضايا</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%Ln نتائج</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
            <numerusform>%Ln نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>centre_dialogs</name>
    <message>
        <source>humdoc bundles (*.humdoc);;All files (*)</source>
        <translation>حزم humdoc (*.humdoc);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Not checked: cancelled.</source>
        <translation>لم تُفحص: أُلغي الفحص.</translation>
    </message>
    <message>
        <source>Receive bundles</source>
        <translation>استلام الحزم</translation>
    </message>
    <message>
        <source>Verify bundle</source>
        <translation>التحقق من حزمة</translation>
    </message>
    <message>
        <source>Decrypting and checking every signature and hash…</source>
        <translation>جارٍ فك التشفير والتحقق من كل توقيع وقيمة تجزئة…</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <source>Record the testimony</source>
        <extracomment>What separates tags as people type them: a comma in Latin, Arabic (،) or Burmese (၊) script.</extracomment>
        <translation>تسجيل الشهادة</translation>
    </message>
    <message>
        <source>Share with the documentation centre</source>
        <translation>المشاركة مع مركز التوثيق</translation>
    </message>
    <message>
        <source>Share with accountability bodies</source>
        <translation>المشاركة مع هيئات المساءلة</translation>
    </message>
    <message>
        <source>Publish anonymised</source>
        <translation>النشر بعد إخفاء الهوية</translation>
    </message>
    <message>
        <source>Share the witness&apos;s identity</source>
        <translation>مشاركة هوية الشاهد</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Unknown</source>
        <extracomment>The earliest date a date field accepts; showing it means &quot;no date&quot;.</extracomment>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>exchange_models</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Reason / detail</source>
        <translation>السبب / التفاصيل</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>محمول</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>محتجز</translation>
    </message>
    <message>
        <source>case</source>
        <translation>قضية</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>حادثة</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>شهادة</translation>
    </message>
    <message>
        <source>media</source>
        <translation>وسائط</translation>
    </message>
    <message>
        <source>witness identity</source>
        <translation>هوية شاهد</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>received</source>
        <translation>مستلمة</translation>
    </message>
    <message>
        <source>already received</source>
        <translation>مستلمة سابقًا</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>تم التحقق منها</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>غير مستلمة</translation>
    </message>
    <message>
        <source>not received (cancelled)</source>
        <translation>غير مستلمة (أُلغي)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>revoked {date}</source>
        <translation>أُبطل في {date}</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>consent: {scopes}</source>
        <translation>الموافقة: {scopes}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>{policy} copy; removed: {removed}</source>
        <translation>نسخة {policy}؛ المحذوف: {removed}</translation>
    </message>
</context>
<context>
    <name>keyboard</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>media_model</name>
    <message>
        <source>yes</source>
        <extracomment>The side of a list thumbnail, in pixels. How many list thumbnails stay in memory (the least recently made are dropped first).</extracomment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>أُزيل</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>وقت الالتقاط</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>صوت</translation>
    </message>
    <message>
        <source>{kind} · {format}</source>
        <translation>{kind} · {format}</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>المنفِّذ</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>تجزئة القيد</translation>
    </message>
    <message>
        <source>{name} ({fingerprint})</source>
        <translation>{name} ({fingerprint})</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Case</source>
        <extracomment>The id of the row&apos;s record (case, incident, testimony or search hit ref). The row&apos;s record itself (a core dataclass). The columns that show text someone wrote (titles, statements, snippets): each cell is aligned by its own text&apos;s direction, not the interface&apos;s. The columns of codes (fingerprints, hashes): always left to right, group by group.</extracomment>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>الشاهد</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>الإفادة</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>لا شيء مسجَّل</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>الشهادة</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>the original, untouched (location, serial numbers and names stay in it)</source>
        <extracomment>The sentences of ``POLICY_EXPLANATIONS`` written out for pyside6-lupdate, which reads source text only; tests/gui/test_policy_text.py fails if they ever differ from core&apos;s.</extracomment>
        <translation>الأصل دون أي تعديل (يبقى فيه الموقع والأرقام التسلسلية والأسماء)</translation>
    </message>
    <message>
        <source>capture time, camera and orientation kept; location, serial numbers, names and free text removed</source>
        <translation>يُبقى وقت الالتقاط والكاميرا والاتجاه؛ ويُزال الموقع والأرقام التسلسلية والأسماء والنص الحر</translation>
    </message>
    <message>
        <source>nothing identifying left (every metadata field removed)</source>
        <translation>لا يبقى ما يدل على الهوية (تُزال كل حقول البيانات الوصفية)</translation>
    </message>
    <message>
        <source>{policy} — {explanation}</source>
        <translation>{policy} — {explanation}</translation>
    </message>
</context>
<context>
    <name>receipt_dialogs</name>
    <message>
        <source>humdoc receipts (*.receipt *.txt);;All files (*)</source>
        <translation>إيصالات humdoc (*.receipt *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Receipt from {centre} checked: bundle {bundle} (sequence {seq}) arrived. {count} item(s) marked safe at the centre in their chain of custody.</source>
        <translation>تم التحقق من إيصال {centre}: وصلت الحزمة {bundle} (التسلسل {seq}). عدد العناصر المعلَّمة في سلسلة حيازتها بأنها في أمان لدى المركز: {count}.</translation>
    </message>
    <message>
        <source>Not marked (sent before humdoc recorded what it sent): {ids}.</source>
        <translation>غير معلَّمة (أُرسلت قبل أن يسجّل humdoc ما يرسله): {ids}.</translation>
    </message>
    <message>
        <source>Removed from this device: {count} item(s), {files} file(s) crypto-erased. A tombstone and the chain of custody stay.</source>
        <translation>أُزيل من هذا الجهاز: عدد العناصر {count}، وعدد الملفات الممحوة محوًا تشفيريًا {files}. ويبقى أثر الحذف وسلسلة الحيازة.</translation>
    </message>
    <message>
        <source>Kept {kind} {id}: {reason}.</source>
        <translation>أُبقي على {kind} {id}: {reason}.</translation>
    </message>
    <message>
        <source>Apply a receipt</source>
        <translation>تطبيق إيصال</translation>
    </message>
    <message>
        <source>Checking the centre&apos;s receipt…</source>
        <translation>جارٍ التحقق من إيصال المركز…</translation>
    </message>
</context>
<context>
    <name>report_pdf</name>
    <message>
        <source>humdoc custody report</source>
        <translation>تقرير سلسلة الحيازة من humdoc</translation>
    </message>
</context>
<context>
    <name>safety_dialogs</name>
    <message>
        <source>Back up the vault to</source>
        <translation>نسخ الخزنة احتياطيًا إلى</translation>
    </message>
    <message>
        <source>humdoc backups (*.tar);;All files (*)</source>
        <translation>نسخ humdoc الاحتياطية (*.tar);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Backup written: {name} ({size}).

It is as sensitive as the vault itself: encrypted, and it opens with the same passphrase. Keep it as safe as the laptop, and not with it.</source>
        <translation>كُتبت النسخة الاحتياطية: {name} ({size}).

هي بحساسية الخزنة نفسها: مشفَّرة، وتُفتح بعبارة المرور نفسها. احفظها بأمان كما تحفظ الحاسوب، ولا تحفظها معه.</translation>
    </message>
    <message>
        <source>Back up vault</source>
        <translation>نسخ الخزنة احتياطيًا</translation>
    </message>
    <message>
        <source>Copying the vault&apos;s encrypted files…</source>
        <translation>جارٍ نسخ ملفات الخزنة المشفَّرة…</translation>
    </message>
</context>
<context>
    <name>sizes</name>
    <message>
        <source>{number} {unit}</source>
        <translation>{number} {unit}</translation>
    </message>
    <message>
        <source>kB</source>
        <translation>ك.بايت</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>م.بايت</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>ج.بايت</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>ت.بايت</translation>
    </message>
</context>
<context>
    <name>vault_actions</name>
    <message>
        <source>Check integrity</source>
        <translation>فحص السلامة</translation>
    </message>
    <message>
        <source>Decrypting and checking every attachment…</source>
        <translation>جارٍ فك تشفير كل مرفق وفحصه…</translation>
    </message>
</context>
</TS>
