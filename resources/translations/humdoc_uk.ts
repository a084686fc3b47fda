<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>ArchiveConnectDialog</name>
    <message>
        <source>Open a shared archive</source>
        <extracomment>The setting holding the saved connections: a map of name to ``postgresql://`` address. Emitted with the open ``ArchiveSession``; the receiver owns it and must close it.</extracomment>
        <translation>Відкрити спільний архів</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Збережені з’єднання</translation>
    </message>
    <message>
        <source>Type an address below</source>
        <translation>Введіть адресу нижче</translation>
    </message>
    <message>
        <source>postgresql://role@host/archive?sslmode=verify-full</source>
        <translation>postgresql://роль@сервер/архів?sslmode=verify-full</translation>
    </message>
    <message>
        <source>Archive address</source>
        <translation>Адреса архіву</translation>
    </message>
    <message>
        <source>Your humdoc passphrase</source>
        <translation>Ваша парольна фраза humdoc</translation>
    </message>
    <message>
        <source>Empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>Порожньо: з PGPASSWORD або ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Opening the archive…</source>
        <translation>Відкриття архіву…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Збережені</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Пароль бази даних</translation>
    </message>
    <message>
        <source>Type the archive&apos;s address (postgresql://…).</source>
        <translation>Введіть адресу архіву (postgresql://…).</translation>
    </message>
    <message>
        <source>An archive&apos;s address starts with postgresql://.</source>
        <translation>Адреса архіву починається з postgresql://.</translation>
    </message>
    <message>
        <source>Type your humdoc passphrase.</source>
        <translation>Введіть вашу парольну фразу humdoc.</translation>
    </message>
    <message>
        <source>Optional: to preview images</source>
        <translation>Необов’язково: для перегляду зображень</translation>
    </message>
    <message>
        <source>Blob store folder</source>
        <translation>Тека сховища файлів</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ви&amp;брати…</translation>
    </message>
    <message>
        <source>Choose the blob store folder</source>
        <translation>Вибрати теку сховища файлів</translation>
    </message>
    <message>
        <source>Blob store</source>
        <translation>Сховище файлів</translation>
    </message>
    <message>
        <source>The archive&apos;s blob store folder</source>
        <translation>Тека сховища файлів архіву</translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message>
        <source>{archive} — {role}, {duty} — humdoc archive</source>
        <extracomment>The fields shown first, in this order, of any record (the rest follow by name). Fields that hold a moment (ISO 8601), shown in the interface&apos;s locale. Lock after this long without a key press or mouse use (the vault&apos;s default). The files previewed: images the vault&apos;s media tab previews too. The side of a preview, in pixels (the vault&apos;s media tab&apos;s). Emitted with the tag of a read (``cases``, ``case``, ``summary``, ``testimony``, ``media``, ``custody``, ``versions``, ``identity``, ``search``, ``log``, ``export``) once its result (or its error) is shown. Emitted with the archive&apos;s address (without password) after a lock closed the session. The archive&apos;s blob store folder, if one was given: media previews come from it. Reads on a worker not yet reported, and sessions locked while some were: libpq must not close a connection another thread is using, so those close when the last ends.</extracomment>
        <translation>{archive} — {role}, {duty} — архів humdoc</translation>
    </message>
    <message>
        <source>Search the archive  (Ctrl+F)</source>
        <translation>Пошук в архіві  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Пошук в архіві</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Оновлено</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Знайдено</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <source>Choose a case from the list.</source>
        <translation>Виберіть справу у списку.</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Свідчення</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свідок</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Інцидент</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Знято</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Свідчення</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Опитування</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Елемент</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Знято</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Політика</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Інциденти</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Медіа</translation>
    </message>
    <message>
        <source>&amp;Read the testimony</source>
        <translation>&amp;Читати свідчення</translation>
    </message>
    <message>
        <source>Media &amp;details</source>
        <translation>&amp;Деталі медіа</translation>
    </message>
    <message>
        <source>&amp;Custody chain</source>
        <translation>&amp;Ланцюг зберігання доказів</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Версії</translation>
    </message>
    <message>
        <source>Witness &amp;identity</source>
        <translation>&amp;Особа свідка</translation>
    </message>
    <message>
        <source>The archive&apos;s access log records this read, with your name.</source>
        <translation>Журнал доступу архіву записує це читання з вашим ім’ям.</translation>
    </message>
    <message>
        <source>Opening this testimony is recorded in the archive&apos;s access log.</source>
        <translation>Відкриття цього свідчення записується в журнал доступу архіву.</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Деталі запису</translation>
    </message>
    <message>
        <source>{role}, duty: {duty}</source>
        <translation>{role}, обов’язок: {duty}</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>приймання</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>аналітик</translation>
    </message>
    <message>
        <source>protection</source>
        <translation>захист</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>адміністрування</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрита</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрита</translation>
    </message>
    <message>
        <source>case</source>
        <translation>справа</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>інцидент</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>свідчення</translation>
    </message>
    <message>
        <source>media item</source>
        <translation>медіаелемент</translation>
    </message>
    <message>
        <source>person</source>
        <translation>особа</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Witness code</source>
        <translation>Код свідка</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Дата опитування</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Хто опитував</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Порушення</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Ідентифікатор</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Пристрій</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архів</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Шукати…</translation>
    </message>
    <message>
        <source>Access &amp;log…</source>
        <translation>&amp;Журнал доступу…</translation>
    </message>
    <message numerus="yes">
        <source>Testimonies (%n)</source>
        <translation>
            <numerusform>Свідчення (%n)</numerusform>
            <numerusform>Свідчення (%n)</numerusform>
            <numerusform>Свідчення (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incidents (%n)</source>
        <translation>
            <numerusform>Інциденти (%n)</numerusform>
            <numerusform>Інциденти (%n)</numerusform>
            <numerusform>Інциденти (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Media (%n)</source>
        <translation>
            <numerusform>Медіа (%n)</numerusform>
            <numerusform>Медіа (%n)</numerusform>
            <numerusform>Медіа (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>{kind} · {format}</source>
        <translation>{kind} · {format}</translation>
    </message>
    <message>
        <source>image</source>
        <translation>зображення</translation>
    </message>
    <message>
        <source>video</source>
        <translation>відео</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>аудіо</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>You opened this testimony; the archive&apos;s access log records it.</source>
        <translation>Ви відкрили це свідчення; журнал доступу архіву це записує.</translation>
    </message>
    <message>
        <source>File kept</source>
        <translation>Збережений файл</translation>
    </message>
    <message>
        <source>{mime}, {size}, SHA-256 {digest}</source>
        <translation>{mime}, {size}, SHA-256 {digest}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Перегляд</translation>
    </message>
    <message>
        <source>not shown: no blob store is set for this connection</source>
        <translation>не показано: для цього з’єднання не задано сховище файлів</translation>
    </message>
    <message>
        <source>{action} by {actor} on {device}</source>
        <translation>{action}: {actor} на {device}</translation>
    </message>
    <message>
        <source>Custody chain</source>
        <translation>Ланцюг зберігання доказів</translation>
    </message>
    <message>
        <source>Chain broken: {problem}</source>
        <translation>Ланцюг порушено: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Chain verified: %n entries, every hash link and device signature checks.</source>
        <translation>
            <numerusform>Ланцюг перевірено: %n запис, усі геш-зв&apos;язки й підписи пристроїв дійсні.</numerusform>
            <numerusform>Ланцюг перевірено: %n записи, усі геш-зв&apos;язки й підписи пристроїв дійсні.</numerusform>
            <numerusform>Ланцюг перевірено: %n записів, усі геш-зв&apos;язки й підписи пристроїв дійсні.</numerusform>
        </translation>
    </message>
    <message>
        <source>No custody events.</source>
        <translation>Немає записів ланцюга зберігання.</translation>
    </message>
    <message>
        <source>Version {rank}</source>
        <translation>Версія {rank}</translation>
    </message>
    <message>
        <source>received {when} in bundle {bundle} from {device}</source>
        <translation>отримано {when} у пакеті {bundle} з {device}</translation>
    </message>
    <message>
        <source>You opened this witness&apos;s identity; the archive&apos;s access log records it.</source>
        <translation>Ви відкрили особові дані цього свідка; журнал доступу архіву це записує.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результати</numerusform>
            <numerusform>%n результатів</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Читання</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Журнал доступу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Showing this media item&apos;s details and preview is recorded in the archive&apos;s access log.</source>
        <translation>Показ подробиць і перегляду цього медіафайлу записується в журнал доступу архіву.</translation>
    </message>
    <message>
        <source>Showing this media item&apos;s details is recorded in the archive&apos;s access log.</source>
        <translation>Показ подробиць цього медіафайлу записується в журнал доступу архіву.</translation>
    </message>
    <message>
        <source>none: the archive keeps no image of this item</source>
        <translation>немає: архів не зберігає зображення цього елемента</translation>
    </message>
    <message>
        <source>shown above, decrypted in memory</source>
        <translation>показано вище, розшифровано в пам’яті</translation>
    </message>
</context>
<context>
    <name>BundleResultsDialog</name>
    <message>
        <source>Bundles</source>
        <translation>Пакети</translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n отримано</numerusform>
            <numerusform>%n отримано</numerusform>
            <numerusform>%n отримано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already received (nothing new)</source>
        <translation>
            <numerusform>%n уже отримано (нічого нового)</numerusform>
            <numerusform>%n уже отримано (нічого нового)</numerusform>
            <numerusform>%n уже отримано (нічого нового)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified (nothing imported)</source>
        <translation>
            <numerusform>%n перевірено (нічого не імпортовано)</numerusform>
            <numerusform>%n перевірено (нічого не імпортовано)</numerusform>
            <numerusform>%n перевірено (нічого не імпортовано)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n відхилено</numerusform>
            <numerusform>%n відхилено</numerusform>
            <numerusform>%n відхилено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not received</source>
        <translation>
            <numerusform>%n не отримано</numerusform>
            <numerusform>%n не отримано</numerusform>
            <numerusform>%n не отримано</numerusform>
        </translation>
    </message>
    <message>
        <source>{outcomes}.</source>
        <translation>{outcomes}.</translation>
    </message>
    <message>
        <source>Nothing checked.</source>
        <translation>Нічого не перевірено.</translation>
    </message>
</context>
<context>
    <name>BundleSummary</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n справа</numerusform>
            <numerusform>%n справи</numerusform>
            <numerusform>%n справ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>%n свідчення</numerusform>
            <numerusform>%n свідчення</numerusform>
            <numerusform>%n свідчень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s)</source>
        <translation>
            <numerusform>%n медіафайл</numerusform>
            <numerusform>%n медіафайли</numerusform>
            <numerusform>%n медіафайлів</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle {id} from {device} (sequence {seq}): {counts}.</source>
        <translation>Пакет {id} від {device} (номер {seq}): {counts}.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Edit case</source>
        <translation>Редагувати справу</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Нова справа</translation>
    </message>
    <message>
        <source>A short name for the investigation</source>
        <translation>Коротка назва розслідування</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрита</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрита</translation>
    </message>
    <message>
        <source>Vault default: {label}</source>
        <translation>Типова для сховища: {label}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Metadata policy</source>
        <translation>Політика метаданих</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Edit case…</source>
        <extracomment>Emitted after the case was edited; carries the case id. Emitted after the case was deleted; carries the case id. Emitted when the user asks to export this case (the window opens the export dialog).</extracomment>
        <translation>Редагувати справу…</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>Видалити справу…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експортувати…</translation>
    </message>
    <message>
        <source>Write this case into a signed, encrypted bundle</source>
        <translation>Записати цю справу в підписаний зашифрований пакет</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Звіт…</translation>
    </message>
    <message>
        <source>Save the custody report of this case for investigators and courts</source>
        <translation>Зберегти звіт про ланцюг зберігання доказів цієї справи для слідчих і судів</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Свідчення</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Інциденти</translation>
    </message>
    <message>
        <source>Select a case on the left, or create one.</source>
        <translation>Виберіть справу ліворуч або створіть нову.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрита</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрита</translation>
    </message>
    <message>
        <source>Metadata policy: {policy}</source>
        <translation>Політика метаданих: {policy}</translation>
    </message>
    <message>
        <source>vault default</source>
        <translation>типова для сховища</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Без опису.</translation>
    </message>
    <message>
        <source>Delete the case “{title}” with all its incidents and testimonies? This cannot be undone.</source>
        <translation>Видалити справу «{title}» з усіма її інцидентами й свідченнями? Це неможливо скасувати.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Видалити справу</translation>
    </message>
</context>
<context>
    <name>CentreKeysDialog</name>
    <message>
        <source>Centres&apos; signing keys</source>
        <extracomment>Emitted with the updated ``Recipient`` after its key was saved.</extracomment>
        <translation>Ключі підпису центрів</translation>
    </message>
    <message>
        <source>Centre&apos;s signing key</source>
        <translation>Ключ підпису центру</translation>
    </message>
    <message>
        <source>Paste the centre&apos;s signing key (the file its &apos;keys export --recipient&apos; wrote, its .pub file, or the RW… line), or open the file</source>
        <translation>Вставте ключ підпису центру (файл, записаний його &apos;keys export --recipient&apos;, його файл .pub або рядок RW…) чи відкрийте файл</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>Відкрити файл ключа…</translation>
    </message>
    <message>
        <source>The centre shows exactly this fingerprint (I compared every group).</source>
        <translation>Центр показує саме цей відбиток (я звірив кожну групу).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ підпису</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
    <message>
        <source>No centre added yet (Exchange ▸ Export cases… ▸ Add recipient).</source>
        <translation>Центрів ще не додано (Обмін ▸ Експортувати справи… ▸ Додати отримувача).</translation>
    </message>
    <message>
        <source>Its receipts cannot be checked until its signing key is added.</source>
        <translation>Його квитанції неможливо перевірити, доки не додано його ключ підпису.</translation>
    </message>
    <message>
        <source>Signing key held, fingerprint {fp}.</source>
        <translation>Ключ підпису збережено, відбиток {fp}.</translation>
    </message>
    <message>
        <source>Open the centre&apos;s key</source>
        <translation>Відкрити ключ центру</translation>
    </message>
    <message>
        <source>Keys (*.pub *.txt);;All files (*)</source>
        <translation>Ключі (*.pub *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>far larger than a key file</source>
        <translation>значно більший за файл ключа</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <extracomment>``runner(fn, title, message, on_success, cancellable)``: how the window runs a session job.</extracomment>
        <translation>Змінити парольну фразу</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Поточна парольна фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Повторіть нову парольну фразу</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Поточна</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нова</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Підтвердження</translation>
    </message>
    <message>
        <source>The two new passphrases differ; type them again.</source>
        <translation>Дві нові парольні фрази різняться; введіть їх ще раз.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>Нова парольна фраза не може бути порожньою.</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>Парольну фразу змінено. Відтепер використовуйте нову.</translation>
    </message>
    <message>
        <source>Rewrapping the vault key…</source>
        <translation>Перешифрування ключа сховища…</translation>
    </message>
</context>
<context>
    <name>CompartmentDialog</name>
    <message>
        <source>Create identity compartment</source>
        <translation>Створити відсік особових даних</translation>
    </message>
    <message>
        <source>Change identity-compartment passphrase</source>
        <translation>Змінити парольну фразу відсіку особових даних</translation>
    </message>
    <message>
        <source>The identity compartment keeps witnesses&apos; real names, contacts and notes under a passphrase of its own, different from the vault&apos;s: someone made to unlock the vault still cannot read them. The passphrase cannot be recovered: lose it and the identities in the compartment are lost.</source>
        <translation>Відсік особових даних зберігає справжні імена, контакти й нотатки свідків під власною парольною фразою, відмінною від фрази сховища: той, кого змусили розблокувати сховище, усе одно не зможе їх прочитати. Парольну фразу неможливо відновити: якщо її втратити, особові дані у відсіку буде втрачено.</translation>
    </message>
    <message>
        <source>Only the compartment&apos;s key is rewrapped; the identities in it stay as they are.</source>
        <translation>Перешифровується лише ключ відсіку; особові дані в ньому лишаються без змін.</translation>
    </message>
    <message>
        <source>Current compartment passphrase</source>
        <translation>Поточна парольна фраза відсіку</translation>
    </message>
    <message>
        <source>New compartment passphrase</source>
        <translation>Нова парольна фраза відсіку</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Повторіть парольну фразу</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Поточна</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нова</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Підтвердження</translation>
    </message>
    <message>
        <source>The two new passphrases differ; type them again.</source>
        <translation>Дві нові парольні фрази різняться; введіть їх ще раз.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>Нова парольна фраза не може бути порожньою.</translation>
    </message>
    <message>
        <source>The identity compartment is created. Keep its passphrase apart from the vault&apos;s; it cannot be recovered.</source>
        <translation>Відсік особових даних створено. Зберігайте його парольну фразу окремо від фрази сховища; її неможливо відновити.</translation>
    </message>
    <message>
        <source>The compartment passphrase is changed. Use the new one from now on.</source>
        <translation>Парольну фразу відсіку змінено. Відтепер використовуйте нову.</translation>
    </message>
    <message>
        <source>Sealing the identity key…</source>
        <translation>Запечатування ключа особових даних…</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Неправильна парольна фраза.</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>Consent given by the witness</source>
        <translation>Згода, надана свідком</translation>
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
        <translation>Ланцюг зберігання доказів — {name}</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>цей пристрій</translation>
    </message>
    <message>
        <source>the chain is empty</source>
        <translation>ланцюг порожній</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Ланцюг зберігання доказів</translation>
    </message>
    <message>
        <source>Chain broken: {problem}</source>
        <translation>Ланцюг порушено: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Chain verified: %n entries, every hash link and device signature checks.</source>
        <translation>
            <numerusform>Ланцюг перевірено: %n запис, усі геш-зв&apos;язки й підписи пристроїв дійсні.</numerusform>
            <numerusform>Ланцюг перевірено: %n записи, усі геш-зв&apos;язки й підписи пристроїв дійсні.</numerusform>
            <numerusform>Ланцюг перевірено: %n записів, усі геш-зв&apos;язки й підписи пристроїв дійсні.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceKeysDialog</name>
    <message>
        <source>Device keys</source>
        <translation>Ключі пристрою</translation>
    </message>
    <message>
        <source>Signing key (minisign) — the centre enrols this</source>
        <translation>Ключ підпису (minisign) — його реєструє центр</translation>
    </message>
    <message>
        <source>Fingerprint — the centre must see exactly this when it enrols you:</source>
        <translation>Відбиток — центр має побачити саме його, коли реєструє вас:</translation>
    </message>
    <message>
        <source>Signing key (minisign) — the centre&apos;s own</source>
        <translation>Ключ підпису (minisign) — власний ключ центру</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Відбиток:</translation>
    </message>
    <message>
        <source>The public key as a QR code</source>
        <translation>Відкритий ключ як QR-код</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>Копіювати відкритий ключ</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Зберегти…</translation>
    </message>
    <message>
        <source>Save as a .pub file the centre enrols</source>
        <translation>Зберегти як файл .pub, який реєструє центр</translation>
    </message>
    <message>
        <source>Encryption recipient (age) — field devices add this</source>
        <translation>Отримувач шифрування (age) — його додають польові пристрої</translation>
    </message>
    <message>
        <source>Field devices encrypt their bundles to this key: Exchange ▸ Export cases… ▸ Add recipient.</source>
        <translation>Польові пристрої шифрують свої пакети для цього ключа: Обмін ▸ Експортувати справи… ▸ Додати отримувача.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Save as a file field devices add</source>
        <translation>Зберегти як файл, який додають польові пристрої</translation>
    </message>
    <message>
        <source>Recipient fingerprint — field devices see exactly this:</source>
        <translation>Відбиток отримувача — польові пристрої бачать саме його:</translation>
    </message>
    <message>
        <source>Save public key</source>
        <translation>Зберегти відкритий ключ</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub);;All files (*)</source>
        <translation>Відкриті ключі minisign (*.pub);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Save recipient</source>
        <translation>Зберегти отримувача</translation>
    </message>
    <message>
        <source>age recipients (*.txt);;All files (*)</source>
        <translation>Отримувачі age (*.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>{name} could not be written: {why}</source>
        <translation>Не вдалося записати {name}: {why}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Enrolled devices</source>
        <extracomment>Emitted with the new ``Device`` after an enrolment. Emitted with the ``Revocation`` after a device was revoked.</extracomment>
        <translation>Зареєстровані пристрої</translation>
    </message>
    <message>
        <source>e.g. Laptop field team B</source>
        <translation>напр. Ноутбук польової групи Б</translation>
    </message>
    <message>
        <source>Paste the device&apos;s public key (its .pub file, the RW… line or what &apos;keys show&apos; prints), or open the file</source>
        <translation>Вставте відкритий ключ пристрою (його файл .pub, рядок RW… або вивід &apos;keys show&apos;) чи відкрийте файл</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>Відкрити файл ключа…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Відкликати…</translation>
    </message>
    <message>
        <source>Stop accepting the selected device&apos;s bundles</source>
        <translation>Більше не приймати пакети вибраного пристрою</translation>
    </message>
    <message>
        <source>This key was revoked: trust it again (the device is back in safe hands)</source>
        <translation>Цей ключ було відкликано: знову довіряти йому (пристрій знову в надійних руках)</translation>
    </message>
    <message>
        <source>The device shows exactly this fingerprint (I compared every group).</source>
        <translation>Пристрій показує саме цей відбиток (я звірив кожну групу).</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Зареєструвати</translation>
    </message>
    <message>
        <source>Enrol a field device</source>
        <translation>Зареєструвати польовий пристрій</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Відкритий ключ</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
    <message>
        <source>Open public key</source>
        <translation>Відкрити відкритий ключ</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.txt);;All files (*)</source>
        <translation>Відкриті ключі (*.pub *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>far larger than a key file</source>
        <translation>набагато більший за файл ключа</translation>
    </message>
    <message>
        <source>{name} could not be read: {why}</source>
        <translation>Не вдалося прочитати {name}: {why}</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <extracomment>The file name a backup gets when the user types none of its own. ``run(fn, title, message, on_success, cancellable)``: runs a session job, returns its dialog. Emitted with True once a duress passphrase was set, False once it was removed.</extracomment>
        <translation>Фраза під примусом</translation>
    </message>
    <message>
        <source>A duress passphrase is one to give if someone forces you to unlock the vault. Typed at unlock, it destroys the vault&apos;s keys for good, and humdoc answers “Wrong passphrase.” exactly as for a mistyped one. Copies and backups made before are not affected: they still open with the vault passphrase. Typed in any passphrase field of humdoc, this one included, it destroys the keys too.</source>
        <translation>Фраза під примусом — це та, яку називають, якщо вас змушують розблокувати сховище. Введена під час розблокування, вона назавжди знищує ключі сховища, а humdoc відповідає «Неправильна парольна фраза.» так само, як на помилково введену. Раніше зроблені копії й резервні копії це не зачіпає: вони й далі відкриваються парольною фразою сховища. Введена в будь-яке поле парольної фрази humdoc, зокрема в це, вона теж знищує ключі.</translation>
    </message>
    <message>
        <source>The passphrase you unlock with</source>
        <translation>Парольна фраза, якою ви розблоковуєте</translation>
    </message>
    <message>
        <source>The same duress passphrase again</source>
        <translation>Повторіть фразу під примусом</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Парольна фраза сховища</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Підтвердження</translation>
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation>Встановити фразу під примусом</translation>
    </message>
    <message>
        <source>Remove duress passphrase</source>
        <translation>Прибрати фразу під примусом</translation>
    </message>
    <message>
        <source>Only the vault passphrase is needed; the duress fields are ignored.</source>
        <translation>Потрібна лише парольна фраза сховища; поля фрази під примусом ігноруються.</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Введіть парольну фразу сховища.</translation>
    </message>
    <message>
        <source>Type a duress passphrase.</source>
        <translation>Введіть фразу під примусом.</translation>
    </message>
    <message>
        <source>The two duress passphrases differ; type them again.</source>
        <translation>Дві фрази під примусом різняться; введіть їх ще раз.</translation>
    </message>
    <message>
        <source>The duress passphrase is set. Typed at unlock, it destroys the keys for good and shows “Wrong passphrase.”</source>
        <translation>Фразу під примусом встановлено. Введена під час розблокування, вона назавжди знищує ключі й показує «Неправильна парольна фраза.»</translation>
    </message>
    <message>
        <source>No duress passphrase is set any more.</source>
        <translation>Фразу під примусом більше не встановлено.</translation>
    </message>
    <message>
        <source>Sealing the vault&apos;s keys…</source>
        <translation>Запечатування ключів сховища…</translation>
    </message>
</context>
<context>
    <name>ExportCopyDialog</name>
    <message>
        <source>Export a copy</source>
        <translation>Експортувати копію</translation>
    </message>
    <message>
        <source>The original, untouched (all its metadata)</source>
        <translation>Оригінал, недоторканий (з усіма метаданими)</translation>
    </message>
    <message>
        <source>The evidence copy this vault received (not the original)</source>
        <translation>Доказова копія, яку отримало це сховище (не оригінал)</translation>
    </message>
    <message>
        <source>The stripped copy this vault received (not the original)</source>
        <translation>Знеособлена копія, яку отримало це сховище (не оригінал)</translation>
    </message>
    <message>
        <source>The copy sealed at intake, location removed (not the original)</source>
        <translation>Копія, запечатана під час імпорту, без геоданих (не оригінал)</translation>
    </message>
    <message>
        <source>Where to save the copy</source>
        <translation>Куди зберегти копію</translation>
    </message>
    <message>
        <source>File to save the copy to</source>
        <translation>Файл для збереження копії</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose the file to save the copy to</source>
        <translation>Вибрати файл для збереження копії</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Елемент</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копія</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Зберегти як</translation>
    </message>
    <message>
        <source>Save the copy as</source>
        <translation>Зберегти копію як</translation>
    </message>
    <message>
        <source>The original carries its location, serial number or names. Hand it over only where that is safe.</source>
        <translation>Оригінал містить місце зйомки, серійний номер або імена. Передавайте його лише там, де це безпечно.</translation>
    </message>
    <message>
        <source>Choose where to save the copy.</source>
        <translation>Виберіть, куди зберегти копію.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export cases</source>
        <extracomment>Emitted with the ``ExportResult`` after a bundle was written.</extracomment>
        <translation>Експорт справ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Cases to export</source>
        <translation>Справи для експорту</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Отримувач</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Отримувачі</translation>
    </message>
    <message>
        <source>Add recipient…</source>
        <translation>Додати отримувача…</translation>
    </message>
    <message>
        <source>Name, e.g. Documentation centre</source>
        <translation>Назва, напр. Документаційний центр</translation>
    </message>
    <message>
        <source>age1… (the centre&apos;s Device keys show it)</source>
        <translation>age1… (показано в Ключах пристрою центру)</translation>
    </message>
    <message>
        <source>Recipient name</source>
        <translation>Назва отримувача</translation>
    </message>
    <message>
        <source>Recipient key (age1…)</source>
        <translation>Ключ отримувача (age1…)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Each case&apos;s own policy</source>
        <translation>Власна політика кожної справи</translation>
    </message>
    <message>
        <source>Include witness identities (only where the witness consented to share-identity)</source>
        <translation>Додати особові дані свідків (лише за згоди свідка на share-identity)</translation>
    </message>
    <message>
        <source>This vault has no identity compartment (Vault ▸ Identity compartment…).</source>
        <translation>У цьому сховищі немає відсіку особових даних (Сховище ▸ Відсік особових даних…).</translation>
    </message>
    <message>
        <source>&lt;b&gt;The bundle will carry these witnesses&apos; real names, contacts and notes.&lt;/b&gt; Every recipient can read them: encrypt it to the documentation centre only. Export asks for the identity-compartment passphrase.</source>
        <translation>&lt;b&gt;Пакет міститиме справжні імена, контакти й нотатки цих свідків.&lt;/b&gt; Їх зможе прочитати кожен отримувач: шифруйте лише для документаційного центру. Експорт запитає парольну фразу відсіку особових даних.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Перегляд</translation>
    </message>
    <message>
        <source>What the bundle will hold</source>
        <translation>Вміст пакета</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>Вибрати файл пакета</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експортувати</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>Encrypt to</source>
        <translation>Шифрувати для</translation>
    </message>
    <message>
        <source>Metadata policy</source>
        <translation>Політика метаданих</translation>
    </message>
    <message>
        <source>What will leave, and what is held back</source>
        <translation>Що буде передано, а що затримано</translation>
    </message>
    <message>
        <source>Carried: {testimonies}, {media}.</source>
        <translation>Передається: {testimonies}, {media}.</translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>%n свідчення</numerusform>
            <numerusform>%n свідчення</numerusform>
            <numerusform>%n свідчень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s)</source>
        <translation>
            <numerusform>%n медіафайл</numerusform>
            <numerusform>%n медіафайли</numerusform>
            <numerusform>%n медіафайлів</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>open</source>
        <translation>відкрита</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрита</translation>
    </message>
    <message>
        <source>Press Preview to see what this export carries and what it holds back.</source>
        <translation>Натисніть «Перегляд», щоб побачити, що містить цей експорт і що затримано.</translation>
    </message>
    <message>
        <source>Tick the cases to export.</source>
        <translation>Позначте справи для експорту.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Witness identities: %n&lt;/b&gt; (names, contacts and notes).</source>
        <translation>
            <numerusform>&lt;b&gt;Особові дані свідків: %n&lt;/b&gt; (імена, контакти й нотатки).</numerusform>
            <numerusform>&lt;b&gt;Особові дані свідків: %n&lt;/b&gt; (імена, контакти й нотатки).</numerusform>
            <numerusform>&lt;b&gt;Особові дані свідків: %n&lt;/b&gt; (імена, контакти й нотатки).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Held back: %n item(s)&lt;/b&gt; — they stay on this device (reasons below).</source>
        <translation>
            <numerusform>&lt;b&gt;Затримано: %n елемент&lt;/b&gt; — він лишається на цьому пристрої (причини нижче).</numerusform>
            <numerusform>&lt;b&gt;Затримано: %n елементи&lt;/b&gt; — вони лишаються на цьому пристрої (причини нижче).</numerusform>
            <numerusform>&lt;b&gt;Затримано: %n елементів&lt;/b&gt; — вони лишаються на цьому пристрої (причини нижче).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is held back.</source>
        <translation>Нічого не затримано.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Перегляд скасовано.</translation>
    </message>
    <message>
        <source>Preview export</source>
        <translation>Перегляд експорту</translation>
    </message>
    <message>
        <source>Checking consent and preparing cleaned copies…</source>
        <translation>Перевірка згоди й підготовка очищених копій…</translation>
    </message>
    <message>
        <source>Write the bundle to</source>
        <translation>Записати пакет у</translation>
    </message>
    <message>
        <source>humdoc bundles (*.humdoc)</source>
        <translation>Пакети humdoc (*.humdoc)</translation>
    </message>
    <message>
        <source>Include witness identities</source>
        <translation>Додати особові дані свідків</translation>
    </message>
    <message>
        <source>The identities of the witnesses listed in the preview will leave in this bundle. Type the identity-compartment passphrase to include them.</source>
        <translation>Особові дані свідків, перелічених у перегляді, буде передано в цьому пакеті. Введіть парольну фразу відсіку особових даних, щоб їх додати.</translation>
    </message>
    <message>
        <source>Export cancelled; no bundle was written.</source>
        <translation>Експорт скасовано; пакет не записано.</translation>
    </message>
    <message>
        <source>Signing and encrypting the bundle…</source>
        <translation>Підписання й шифрування пакета…</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <extracomment>The duties that read records, to whom the menu is shown. The case the window shows: ``(id, title)``, or None before one is chosen.</extracomment>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <source>Custody &amp;report…</source>
        <translation>&amp;Звіт про ланцюг зберігання…</translation>
    </message>
    <message>
        <source>For &amp;Uwazi…</source>
        <translation>Для &amp;Uwazi…</translation>
    </message>
    <message>
        <source>For &amp;publication…</source>
        <translation>Для &amp;публікації…</translation>
    </message>
    <message>
        <source>Every record it reads, and the export itself, go into the access log.</source>
        <translation>Кожен прочитаний запис і сам експорт потрапляють до журналу доступу.</translation>
    </message>
    <message>
        <source>Save for Uwazi</source>
        <translation>Зберегти для Uwazi</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <source>Save for publication</source>
        <translation>Зберегти для публікації</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to {path} and its template beside it. Rows: {rows}; files: {files}.</source>
        <translation>Збережено в {path}, шаблон поруч. Рядків: {rows}; файлів: {files}.</translation>
    </message>
    <message>
        <source>Export for Uwazi</source>
        <translation>Експорт для Uwazi</translation>
    </message>
    <message>
        <source>Saved to {path}. Testimonies written: {rows}.</source>
        <translation>Збережено в {path}. Записано свідчень: {rows}.</translation>
    </message>
    <message>
        <source>Export for publication</source>
        <translation>Експорт для публікації</translation>
    </message>
    <message>
        <source>Held back (consent or policy): {n}.</source>
        <translation>Затримано (згода чи політика): {n}.</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Bundle written</source>
        <translation>Пакет записано</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>Ідентифікатор пакета</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Порядковий номер</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} байтів</translation>
    </message>
    <message>
        <source>The bundle written</source>
        <translation>Записаний пакет</translation>
    </message>
    <message>
        <source>The bundle is signed and encrypted. Note its SHA-256 to compare it at the centre.</source>
        <translation>Пакет підписано й зашифровано. Запишіть його SHA-256, щоб звірити в центрі.</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Свідчення</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>Медіафайли</translation>
    </message>
    <message>
        <source>Witness identities</source>
        <translation>Особові дані свідків</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Затримано</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Identity of {code}</source>
        <extracomment>Emitted with the person id after the identity was saved or deleted (never its content).</extracomment>
        <translation>Особа {code}</translation>
    </message>
    <message>
        <source>The real identity of {code} is kept in the identity compartment. Its passphrase opens it for this window only.</source>
        <translation>Справжні дані особи {code} зберігаються у відсіку особових даних. Його парольна фраза відкриває його лише для цього вікна.</translation>
    </message>
    <message>
        <source>An identity is recorded.</source>
        <translation>Дані особи записано.</translation>
    </message>
    <message>
        <source>No identity is recorded yet.</source>
        <translation>Дані особи ще не записано.</translation>
    </message>
    <message>
        <source>Identity-compartment passphrase</source>
        <translation>Парольна фраза відсіку особових даних</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Full name, as the witness gave it</source>
        <translation>Повне ім&apos;я, як його назвав свідок</translation>
    </message>
    <message>
        <source>Telephone, address or go-between</source>
        <translation>Телефон, адреса або посередник</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Type the identity-compartment passphrase.</source>
        <translation>Введіть парольну фразу відсіку особових даних.</translation>
    </message>
    <message>
        <source>Opening the identity compartment…</source>
        <translation>Відкриття відсіку особових даних…</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Неправильна парольна фраза.</translation>
    </message>
    <message>
        <source>Delete the real identity of {code}? It cannot be recovered; the pseudonym and its testimonies stay.</source>
        <translation>Видалити справжні дані особи {code}? Їх неможливо відновити; псевдонім і його свідчення лишаться.</translation>
    </message>
    <message>
        <source>Delete identity</source>
        <translation>Видалити дані особи</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Звіт про імпорт</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported and sealed.</source>
        <translation>
            <numerusform>%n файл імпортовано й запечатано.</numerusform>
            <numerusform>%n файли імпортовано й запечатано.</numerusform>
            <numerusform>%n файлів імпортовано й запечатано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>%n файл відхилено:</numerusform>
            <numerusform>%n файли відхилено:</numerusform>
            <numerusform>%n файлів відхилено:</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Попередження:</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>Новий інцидент</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Що сталося, кількома словами</translation>
    </message>
    <message>
        <source>Coarse is safer: district or town</source>
        <translation>Що загальніше, то безпечніше: район або місто</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>Incidents of the case</source>
        <extracomment>Emitted after an incident was added or deleted; carries the incident id.</extracomment>
        <translation>Інциденти справи</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Новий інцидент…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <source>Delete the incident “{title}”?</source>
        <translation>Видалити інцидент «{title}»?</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Видалити інцидент</translation>
    </message>
</context>
<context>
    <name>IntegrityWords</name>
    <message>
        <source>The vault is intact: the database, {chains} and {attachments} checked.</source>
        <translation>Сховище ціле: перевірено базу даних, {chains} і {attachments}.</translation>
    </message>
    <message numerus="yes">
        <source>%n custody chain(s)</source>
        <translation>
            <numerusform>%n ланцюг зберігання</numerusform>
            <numerusform>%n ланцюги зберігання</numerusform>
            <numerusform>%n ланцюгів зберігання</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n вкладення</numerusform>
            <numerusform>%n вкладення</numerusform>
            <numerusform>%n вкладень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Damage found in %n place(s). The first: {finding}</source>
        <translation>
            <numerusform>Пошкодження знайдено в %n місці. Перше: {finding}</numerusform>
            <numerusform>Пошкодження знайдено в %n місцях. Перше: {finding}</numerusform>
            <numerusform>Пошкодження знайдено в %n місцях. Перше: {finding}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancelling…</source>
        <extracomment>What a job runs: ``fn(progress, cancelled)``; its return value is passed to ``succeeded``. ``(done, total)`` from the job&apos;s progress callback; ``total`` is 0 when unknown. The job returned normally; carries its return value. The job raised; carries a ``HumdocError`` (anything else is wrapped in one). The job stopped because the user cancelled it (it raised ``OperationCancelled``). Emitted last, exactly once, after whichever of the three signals above applied. The task&apos;s function returned; carries its return value. The task raised; carries a ``HumdocError`` (anything else is wrapped in one).</extracomment>
        <translation>Скасування…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Vault</source>
        <extracomment>How often a lock that waits for a running job looks again whether the job has ended. Emitted on every key press, click, wheel or mouse move anywhere in the application. Emitted with the ``Session`` once the vault is unlocked (or created) and shown. Emitted after the session was closed and the unlock screen shown again. The last receipts offer (centre, after a receive) and applied receipt (field). The shared archives open in windows of their own. The blob store folder given for each archive address, for this run of humdoc only. What this window put on each clipboard (and, on X11, the selection) while unlocked.</extracomment>
        <translation>&amp;Сховище</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <source>Open a shared &amp;archive…</source>
        <translation>Відкрити спільний &amp;архів…</translation>
    </message>
    <message>
        <source>Device &amp;keys…</source>
        <translation>&amp;Ключі пристрою…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Змінити &amp;парольну фразу…</translation>
    </message>
    <message>
        <source>&amp;Identity compartment…</source>
        <translation>Відсік &amp;особових даних…</translation>
    </message>
    <message>
        <source>&amp;Check integrity</source>
        <translation>Перевірити &amp;цілісність</translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>&amp;Резервна копія сховища…</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase…</source>
        <translation>Фраза під при&amp;мусом…</translation>
    </message>
    <message>
        <source>Panic: destroy keys…</source>
        <translation>Паніка: знищити ключі…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Шукати…</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Нова справа…</translation>
    </message>
    <message>
        <source>New &amp;testimony…</source>
        <translation>Нове &amp;свідчення…</translation>
    </message>
    <message>
        <source>&amp;Import media…</source>
        <translation>&amp;Імпортувати медіа…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Видалити…</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>&amp;Обмін</translation>
    </message>
    <message>
        <source>&amp;Export cases…</source>
        <translation>&amp;Експортувати справи…</translation>
    </message>
    <message>
        <source>&amp;Verify bundle…</source>
        <translation>&amp;Перевірити пакет…</translation>
    </message>
    <message>
        <source>&amp;Receive bundles…</source>
        <translation>&amp;Отримати пакети…</translation>
    </message>
    <message>
        <source>Enrolled &amp;devices…</source>
        <translation>&amp;Зареєстровані пристрої…</translation>
    </message>
    <message>
        <source>&amp;Apply a receipt…</source>
        <translation>&amp;Застосувати квитанцію…</translation>
    </message>
    <message>
        <source>Centres&apos; &amp;signing keys…</source>
        <translation>Ключі &amp;підпису центрів…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About humdoc</source>
        <translation>&amp;Про humdoc</translation>
    </message>
    <message>
        <source>Create a case</source>
        <extracomment>Only a documentation centre verifies, receives and enrols; a field device never sees them. Only a field device applies the receipts a centre sends back.</extracomment>
        <translation>Створити справу</translation>
    </message>
    <message>
        <source>Record a testimony</source>
        <translation>Записати свідчення</translation>
    </message>
    <message>
        <source>Import photos, video and documents</source>
        <translation>Імпортувати фото, відео й документи</translation>
    </message>
    <message>
        <source>Write this case into a signed, encrypted bundle</source>
        <translation>Записати цю справу в підписаний зашифрований пакет</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Delete the selected one</source>
        <translation>Видалити вибране</translation>
    </message>
    <message>
        <source>Field device</source>
        <translation>Польовий пристрій</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Центр</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <source>Vault locked.</source>
        <translation>Сховище заблоковано.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Заблоковано після %n хвилини бездіяльності.</numerusform>
            <numerusform>Заблоковано після %n хвилин бездіяльності.</numerusform>
            <numerusform>Заблоковано після %n хвилин бездіяльності.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n second(s) without use.</source>
        <translation>
            <numerusform>Заблоковано після %n секунди бездіяльності.</numerusform>
            <numerusform>Заблоковано після %n секунд бездіяльності.</numerusform>
            <numerusform>Заблоковано після %n секунд бездіяльності.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked because the screen locked.</source>
        <translation>Заблоковано, бо заблоковано екран.</translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation>Заблоковано, бо комп&apos;ютер перейшов у сон.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) received.</source>
        <translation>
            <numerusform>Отримано %n пакет.</numerusform>
            <numerusform>Отримано %n пакети.</numerusform>
            <numerusform>Отримано %n пакетів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already received before.</source>
        <translation>
            <numerusform>%n пакет уже було отримано раніше.</numerusform>
            <numerusform>%n пакети вже було отримано раніше.</numerusform>
            <numerusform>%n пакетів уже було отримано раніше.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive bundles</source>
        <translation>Отримати пакети</translation>
    </message>
    <message>
        <source>If these bundles carry witness identities, humdoc needs the identity-compartment passphrase to file them in this centre&apos;s compartment. Skip: a bundle that carries identities is then not received (nothing of it is kept); the others are.</source>
        <translation>Якщо ці пакети містять особові дані свідків, humdoc потрібна парольна фраза відсіку особових даних, щоб зберегти їх у відсіку цього центру. Пропустити: тоді пакет з особовими даними не буде отримано (з нього нічого не збережеться); решту буде.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустити</translation>
    </message>
    <message>
        <source>The archive was locked.</source>
        <translation>Архів заблоковано.</translation>
    </message>
    <message>
        <source>About humdoc</source>
        <translation>Про humdoc</translation>
    </message>
    <message>
        <source>&lt;b&gt;humdoc {version}&lt;/b&gt;&lt;br&gt;Offline-first, encrypted documentation of human rights testimonies and evidence.&lt;br&gt;&lt;br&gt;Everything you record stays in the encrypted vault on this computer until you export it.</source>
        <translation>&lt;b&gt;humdoc {version}&lt;/b&gt;&lt;br&gt;Зашифроване документування свідчень і доказів порушень прав людини, що працює без мережі.&lt;br&gt;&lt;br&gt;Усе, що ви записуєте, лишається в зашифрованому сховищі на цьому комп&apos;ютері, доки ви це не експортуєте.</translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <source>Import files…</source>
        <translation>Імпортувати файли…</translation>
    </message>
    <message>
        <source>The original is always sealed untouched as evidence; this chooses the cleaned copy made at intake.</source>
        <translation>Оригінал завжди запечатується недоторканим як доказ; тут вибирають очищену копію, що створюється під час імпорту.</translation>
    </message>
    <message>
        <source>Export copy…</source>
        <translation>Експортувати копію…</translation>
    </message>
    <message>
        <source>Custody…</source>
        <translation>Ланцюг зберігання…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <source>Import policy:</source>
        <translation>Політика імпорту:</translation>
    </message>
    <message>
        <source>case</source>
        <extracomment>What the import policy chosen does (its name alone says too little). Files of the last import that cannot leave under their policy (not a modal dialog: work goes on; it stays until the next import or another case).</extracomment>
        <translation>справи</translation>
    </message>
    <message>
        <source>vault</source>
        <translation>сховища</translation>
    </message>
    <message>
        <source>Default: {policy} ({origin})</source>
        <translation>Типова для {origin}: {policy}</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Немає перегляду</translation>
    </message>
    <message>
        <source>Media of the case</source>
        <extracomment>The side of the preview in the detail pane, in pixels. Videos up to this size get a poster frame when selected (decrypted into memory to decode it). Emitted after items were imported or one was deleted; carries the case id. Emitted with the ``ImportReport`` once an import job has ended (also when it refused all). Emitted with a one-line message for the status bar. Emitted with the item id once the selected item&apos;s preview (made on a worker) is shown.</extracomment>
        <translation>Медіа справи</translation>
    </message>
    <message>
        <source>Play…</source>
        <translation>Відтворити…</translation>
    </message>
    <message>
        <source>Play the sound or video from memory</source>
        <translation>Відтворити звук або відео з пам&apos;яті</translation>
    </message>
    <message>
        <source>Metadata of the selected item</source>
        <extracomment>The last poster frame shown (for tests and screenshots).</extracomment>
        <translation>Метадані вибраного елемента</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Завантаження перегляду…</translation>
    </message>
    <message>
        <source>No preview (too large to decode here)</source>
        <translation>Без попереднього перегляду (завеликий для декодування тут)</translation>
    </message>
    <message>
        <source>Decoding a frame…</source>
        <translation>Декодування кадру…</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>Без попереднього перегляду: {reason}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Відтворити</translation>
    </message>
    <message>
        <source>Decrypting {name} into memory…</source>
        <translation>Розшифрування {name} у пам&apos;ять…</translation>
    </message>
    <message>
        <source>{lat}, {lon}, altitude {alt} m</source>
        <translation>{lat}, {lon}, висота {alt} м</translation>
    </message>
    <message>
        <source>{lat}, {lon}</source>
        <translation>{lat}, {lon}</translation>
    </message>
    <message>
        <source>removed at intake</source>
        <translation>вилучено під час імпорту</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Хто імпортував</translation>
    </message>
    <message>
        <source>Capture time</source>
        <translation>Час зйомки</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Серійний номер</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Програма</translation>
    </message>
    <message>
        <source>GPS location</source>
        <translation>GPS-координати</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Розміри</translation>
    </message>
    <message>
        <source>{width} × {height}</source>
        <translation>{width} × {height}</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригінал</translation>
    </message>
    <message>
        <source>Evidence copy</source>
        <translation>Доказова копія</translation>
    </message>
    <message>
        <source>Strip copy</source>
        <translation>Знеособлена копія</translation>
    </message>
    <message>
        <source>Copy sealed without location</source>
        <translation>Копія, запечатана без геоданих</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>size not known here</source>
        <translation>розмір тут невідомий</translation>
    </message>
    <message>
        <source>{size}, sealed in this vault</source>
        <translation>{size}, запечатано в цьому сховищі</translation>
    </message>
    <message>
        <source>{policy} (converted to {format}) — {size}</source>
        <translation>{policy} (перетворено на {format}) — {size}</translation>
    </message>
    <message>
        <source>{policy} — {size}</source>
        <translation>{policy} — {size}</translation>
    </message>
    <message>
        <source>Removed: {what}</source>
        <translation>Вилучено: {what}</translation>
    </message>
    <message>
        <source>No cleaned copy yet (one is made on export).</source>
        <translation>Очищеної копії ще немає (її створять під час експорту).</translation>
    </message>
    <message>
        <source>Derivatives</source>
        <translation>Похідні копії</translation>
    </message>
    <message>
        <source>Saved the original of {name} as {out}.

SHA-256: {sha}</source>
        <translation>Оригінал {name} збережено як {out}.

SHA-256: {sha}</translation>
    </message>
    <message>
        <source>Saved the {policy} copy of {name} as {out}.

SHA-256: {sha}</source>
        <translation>Копію {policy} файлу {name} збережено як {out}.

SHA-256: {sha}</translation>
    </message>
    <message>
        <source>nothing needed removing</source>
        <translation>нічого не треба було вилучати</translation>
    </message>
    <message>
        <source>Import files into “{title}”</source>
        <translation>Імпорт файлів у «{title}»</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Імпортувати файли</translation>
    </message>
    <message numerus="yes">
        <source>Hashing, sealing and reading the metadata of %n file(s)…</source>
        <translation>
            <numerusform>Гешування, запечатування й читання метаданих %n файлу…</numerusform>
            <numerusform>Гешування, запечатування й читання метаданих %n файлів…</numerusform>
            <numerusform>Гешування, запечатування й читання метаданих %n файлів…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n файл імпортовано.</numerusform>
            <numerusform>%n файли імпортовано.</numerusform>
            <numerusform>%n файлів імпортовано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused.</source>
        <translation>
            <numerusform>%n відхилено.</numerusform>
            <numerusform>%n відхилено.</numerusform>
            <numerusform>%n відхилено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported file(s) cannot leave this device under their policy; they are sealed and kept:</source>
        <translation>
            <numerusform>%n імпортований файл не може залишити цей пристрій за своєю політикою; його запечатано й збережено:</numerusform>
            <numerusform>%n імпортовані файли не можуть залишити цей пристрій за своєю політикою; їх запечатано й збережено:</numerusform>
            <numerusform>%n імпортованих файлів не можуть залишити цей пристрій за своєю політикою; їх запечатано й збережено:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the files imported before that are kept.</source>
        <translation>Імпорт скасовано; файли, імпортовані до того, збережено.</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Експортувати копію</translation>
    </message>
    <message>
        <source>Checking and writing the copy…</source>
        <translation>Перевірка й запис копії…</translation>
    </message>
    <message>
        <source>Delete “{name}” and its cleaned copies from the vault? The sealed original is destroyed; its chain of custody is kept. This cannot be undone.</source>
        <translation>Видалити «{name}» і його очищені копії зі сховища? Запечатаний оригінал буде знищено; його ланцюг зберігання доказів збережеться. Це неможливо скасувати.</translation>
    </message>
    <message>
        <source>Delete media item</source>
        <translation>Видалити медіафайл</translation>
    </message>
</context>
<context>
    <name>NewPassphraseRow</name>
    <message>
        <source>Su&amp;ggest…</source>
        <translation>&amp;Запропонувати…</translation>
    </message>
    <message>
        <source>Show six random words to use as the passphrase</source>
        <translation>Показати шість випадкових слів для парольної фрази</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <source>Destroy the keys</source>
        <extracomment>What the user types to enable the panic button (as in ``humdoc panic``); never translated. The folder a restore goes into when the one chosen already holds something. Emitted with ``wipe`` (bool) once the user confirmed, after the dialog closed.</extracomment>
        <translation>Знищити ключі</translation>
    </message>
    <message>
        <source>Panic: destroy keys</source>
        <translation>Паніка: знищити ключі</translation>
    </message>
    <message>
        <source>&lt;b&gt;This destroys the keys of the vault at {path} now, without a passphrase. Nothing in it can ever be opened again, by you or by anyone, and there is no undo.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Afterwards, unlocking it says “Wrong passphrase.” like any mistyped passphrase. Only a backup made earlier can bring the material back; a backup or copy made earlier is not destroyed.</source>
        <translation>&lt;b&gt;Це негайно знищує ключі сховища в {path}, без парольної фрази. Ніщо в ньому вже ніколи не зможе відкрити ні ви, ні будь-хто інший, і скасувати це неможливо.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Після цього спроба розблокування покаже «Неправильна парольна фраза.», як для будь-якої помилково введеної фрази. Повернути матеріали може лише раніше зроблена резервна копія; раніше зроблені резервні копії чи копії не знищуються.</translation>
    </message>
    <message>
        <source>Also delete all vault files (wipe)</source>
        <translation>Також видалити всі файли сховища (стирання)</translation>
    </message>
    <message>
        <source>Without wipe, the vault&apos;s files stay, unreadable. With wipe, they are deleted too and the vault folder is removed if nothing else is in it.</source>
        <translation>Без стирання файли сховища лишаються, але їх неможливо прочитати. Зі стиранням їх теж видаляють, а теку сховища прибирають, якщо в ній більше нічого немає.</translation>
    </message>
    <message>
        <source>Type {word} to confirm:</source>
        <translation>Введіть {word} для підтвердження:</translation>
    </message>
    <message>
        <source>Destroy the keys and delete the files</source>
        <translation>Знищити ключі й видалити файли</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Identity-compartment passphrase</source>
        <extracomment>Emitted with the passphrase (``bytes``) on OK, or None on Skip, after the prompt closed.</extracomment>
        <translation>Парольна фраза відсіку особових даних</translation>
    </message>
    <message>
        <source>Type the identity-compartment passphrase.</source>
        <translation>Введіть парольну фразу відсіку особових даних.</translation>
    </message>
</context>
<context>
    <name>PlayerDialog</name>
    <message>
        <source>Play {name}</source>
        <translation>Відтворення {name}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Відтворити</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>{position} / {duration}</source>
        <translation>{position} / {duration}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
</context>
<context>
    <name>PosterFrame</name>
    <message>
        <source>No picture came in time.</source>
        <extracomment>The largest item played or given a poster frame here (it is decrypted into memory). How long a poster frame may take before the attempt is given up. The first decoded frame, as an image. Why no frame came: a decoder error, no video track, or the timeout.</extracomment>
        <translation>Зображення не надійшло вчасно.</translation>
    </message>
    <message>
        <source>The file holds no picture.</source>
        <translation>Файл не містить зображення.</translation>
    </message>
    <message>
        <source>The file cannot be decoded.</source>
        <translation>Файл неможливо декодувати.</translation>
    </message>
</context>
<context>
    <name>ReceiptAppliedDialog</name>
    <message>
        <source>Receipt applied</source>
        <extracomment>Emitted with the ``Removal`` once items were removed.</extracomment>
        <translation>Квитанцію застосовано</translation>
    </message>
    <message>
        <source>Also remove the testimony texts</source>
        <translation>Також видалити тексти свідчень</translation>
    </message>
    <message>
        <source>Only testimonies unchanged since they were sent. Keep them if you still need them here, e.g. for follow-up interviews.</source>
        <translation>Лише свідчення, не змінені після надсилання. Залиште їх, якщо вони ще потрібні тут, напр. для повторних опитувань.</translation>
    </message>
    <message>
        <source>&amp;Remove from this device</source>
        <translation>&amp;Видалити з цього пристрою</translation>
    </message>
    <message>
        <source>Removing crypto-erases the items&apos; files and deletes their records; a tombstone (id, hashes, this receipt) keeps the chain of custody whole. Media go only if the centre holds their sealed original.</source>
        <translation>Видалення криптографічно стирає файли елементів і видаляє їхні записи; запис про видалення (ідентифікатор, геші, ця квитанція) зберігає ланцюг зберігання доказів цілим. Медіа видаляються, лише якщо центр має їхній запечатаний оригінал.</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <source>Remove from this device</source>
        <translation>Видалення з цього пристрою</translation>
    </message>
    <message>
        <source>Crypto-erasing what the centre holds…</source>
        <translation>Криптографічне стирання того, що має центр…</translation>
    </message>
</context>
<context>
    <name>ReceiptQrDialog</name>
    <message>
        <source>Receipt as QR codes</source>
        <translation>Квитанція у вигляді QR-кодів</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Попередній</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Наступний</translation>
    </message>
    <message>
        <source>Scan every code with the phone that carries the receipt to the field device, in any order; save what it reads, one code per line, as a text file and apply it there (Exchange ▸ Apply a receipt…).</source>
        <translation>Скануйте кожен код у будь-якому порядку телефоном, який перенесе квитанцію на польовий пристрій; збережіть прочитане, по одному коду в рядку, як текстовий файл і застосуйте його там (Обмін ▸ Застосувати квитанцію…).</translation>
    </message>
    <message>
        <source>Code {n} of {count}</source>
        <translation>Код {n} з {count}</translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <source>Receipts for the field</source>
        <extracomment>Emitted with the path of the receipt document after it was saved (its .minisig beside).</extracomment>
        <translation>Квитанції для польових пристроїв</translation>
    </message>
    <message>
        <source>{file} — {bundle}</source>
        <translation>{file} — {bundle}</translation>
    </message>
    <message>
        <source>A signed receipt tells the field device what this centre now holds; applied there, it lets the device mark those items safe and remove them from the laptop. Save it next to the bundle on the stick, or show it as QR codes.</source>
        <translation>Підписана квитанція повідомляє польовому пристрою, що тепер має цей центр; застосована там, вона дає змогу позначити ці елементи як убезпечені й видалити їх з ноутбука. Збережіть її поруч із пакетом на флешці або покажіть як QR-коди.</translation>
    </message>
    <message>
        <source>&amp;Save receipt…</source>
        <translation>&amp;Зберегти квитанцію…</translation>
    </message>
    <message>
        <source>Show as &amp;QR codes…</source>
        <translation>Показати як &amp;QR-коди…</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Зберегти квитанцію</translation>
    </message>
    <message>
        <source>Wrote {doc} and {sig}. Carry both back to the field device.</source>
        <translation>Записано {doc} і {sig}. Перенесіть обидва файли назад на польовий пристрій.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record testimony</source>
        <extracomment>How often the synthetic source delivers sound, and the elapsed time is redrawn. The recording was saved as a media item; carries the item.</extracomment>
        <translation>Запис свідчення</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Рівень входу</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записати</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Зупинити й зберегти</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Відкинути…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Test source: a synthetic voice, no microphone.</source>
        <translation>Тестове джерело: синтезований голос, без мікрофона.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>На цьому комп&apos;ютері не знайдено мікрофона.</translation>
    </message>
    <message>
        <source>Microphone: {name}</source>
        <translation>Мікрофон: {name}</translation>
    </message>
    <message>
        <source>Saving the recording…</source>
        <translation>Збереження запису…</translation>
    </message>
    <message>
        <source>Discard this recording? The sound recorded so far is deleted.</source>
        <translation>Відкинути цей запис? Записаний досі звук буде видалено.</translation>
    </message>
    <message>
        <source>Discard recording</source>
        <translation>Відкинути запис</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>{time}  (paused)</source>
        <translation>{time}  (пауза)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Custody report</source>
        <translation>Звіт про ланцюг зберігання</translation>
    </message>
    <message>
        <source>Saved to {path}.

Every custody event verified.</source>
        <translation>Збережено в {path}.

Усі події ланцюга зберігання перевірено.</translation>
    </message>
    <message>
        <source>Saved to {path}.

VERIFICATION FAILED for {n} custody event(s).</source>
        <translation>Збережено в {path}.

ПЕРЕВІРКА НЕ ПРОЙШЛА для подій ланцюга зберігання: {n}.</translation>
    </message>
    <message>
        <source>Checking every custody event and writing the report…</source>
        <translation>Перевірка кожної події ланцюга зберігання й запис звіту…</translation>
    </message>
    <message>
        <source>Save custody report</source>
        <translation>Зберегти звіт про ланцюг зберігання</translation>
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
        <translation>Відновити з резервної копії</translation>
    </message>
    <message>
        <source>Restores a humdoc backup into a new, empty folder, then checks that it opens with the passphrase and is intact. Nothing that exists is overwritten.</source>
        <translation>Відновлює резервну копію humdoc у нову порожню теку, потім перевіряє, що вона відкривається парольною фразою і ціла. Нічого наявного не перезаписується.</translation>
    </message>
    <message>
        <source>The backup file</source>
        <translation>Файл резервної копії</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервної копії</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Вибрати файл резервної копії</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Нова або порожня тека</translation>
    </message>
    <message>
        <source>Folder to restore into</source>
        <translation>Тека для відновлення</translation>
    </message>
    <message>
        <source>Choose the folder to restore into</source>
        <translation>Вибрати теку для відновлення</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase when it was backed up</source>
        <translation>Парольна фраза сховища на час резервного копіювання</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Відновити в</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Вибір резервної копії</translation>
    </message>
    <message>
        <source>humdoc backups (*.tar);;All files (*)</source>
        <translation>Резервні копії humdoc (*.tar);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Виберіть файл резервної копії.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Файлу {path} не існує.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder to restore into.</source>
        <translation>Виберіть нову або порожню теку для відновлення.</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Введіть парольну фразу сховища.</translation>
    </message>
    <message>
        <source>Restoring and checking the vault…</source>
        <translation>Відновлення й перевірка сховища…</translation>
    </message>
</context>
<context>
    <name>RevokeDeviceDialog</name>
    <message>
        <source>Revoke the device</source>
        <extracomment>Emitted with the ``Revocation`` once the device is revoked, after the dialog closed.</extracomment>
        <translation>Відкликати пристрій</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Відкликати пристрій</translation>
    </message>
    <message>
        <source>Revoke {name}? From now on this centre rejects every bundle its key signs, whenever it says it was made. What it sent before stays, and the custody of each item it delivered records the revocation. Do this when the device is lost or seized.</source>
        <translation>Відкликати {name}? Відтепер цей центр відхилятиме кожен пакет, підписаний його ключем, хоч би якою була зазначена дата створення. Надіслане раніше лишається, а ланцюг зберігання кожного доставленого ним елемента фіксує відкликання. Робіть це, коли пристрій втрачено або вилучено.</translation>
    </message>
    <message>
        <source>e.g. seized at the checkpoint</source>
        <translation>напр. вилучено на блокпосту</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Type {name} to confirm</source>
        <translation>Введіть {name} для підтвердження</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Vault settings</source>
        <translation>Налаштування сховища</translation>
    </message>
    <message>
        <source>Never store the location of new files</source>
        <translation>Ніколи не зберігати місце нових файлів</translation>
    </message>
    <message>
        <source>GPS data is removed before the file is sealed. The sealed copy then differs from the original file; both hashes are kept.</source>
        <translation>GPS-дані вилучаються до запечатування файлу. Тоді запечатана копія відрізняється від оригінального файлу; зберігаються обидва геші.</translation>
    </message>
    <message>
        <source>How you appear in the chain of custody</source>
        <translation>Як вас записано в ланцюгу зберігання доказів</translation>
    </message>
    <message>
        <source>Default metadata policy</source>
        <translation>Типова політика метаданих</translation>
    </message>
    <message>
        <source>Strip location at intake</source>
        <translation>Вилучати місце під час імпорту</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without a key press or mouse use. It also locks when the screen locks or the computer goes to sleep.</source>
        <translation>Блокувати сховище після стількох хвилин без натискання клавіш чи руху миші. Воно також блокується, коли блокується екран або комп&apos;ютер переходить у сон.</translation>
    </message>
    <message>
        <source>Actor name</source>
        <translation>Ім&apos;я виконавця</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Блокувати після бездіяльності</translation>
    </message>
    <message>
        <source>Remove media once the centre&apos;s receipt says so</source>
        <translation>Видаляти медіа, щойно це дозволить квитанція центру</translation>
    </message>
    <message>
        <source>When a receipt from the centre is applied, media whose sealed original the centre holds are crypto-erased from this device (a tombstone stays). Testimony texts are removed only when you ask.</source>
        <translation>Коли застосовано квитанцію від центру, медіа, запечатаний оригінал яких має центр, криптографічно стираються з цього пристрою (лишається запис про видалення). Тексти свідчень видаляються лише на ваше прохання.</translation>
    </message>
    <message>
        <source>After a receipt</source>
        <translation>Після квитанції</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <source>Kept on this computer outside the vault, beside the window size and the last vault folder.</source>
        <translation>Зберігається на цьому комп&apos;ютері поза сховищем, поряд із розміром вікна й останньою текою сховища.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>A new language takes effect when humdoc next starts.</source>
        <translation>Нова мова діятиме після наступного запуску humdoc.</translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <extracomment>The languages humdoc ships, by code, with their names in themselves (what a chooser shows). The language of the source strings (its translation file holds only the plural forms). The QSettings key of the language chosen in Settings (absent: follow the system). The environment variables that name the user&apos;s language, in gettext&apos;s order of precedence. Added to the style sheet of a right-to-left interface. Qt draws a line of Arabic a few pixels wider than it measured it (marks, a Latin word in the line): without room at the sides, the first and last letters of a wrapped label&apos;s lines, or of a combo box&apos;s text, are cut off. The translators installed by ``install_translations`` (kept so a second call replaces them).</extracomment>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байти</numerusform>
            <numerusform>%n байтів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <extracomment>Emitted with the rating (0 Poor … 3 Excellent, -1 empty) whenever it changes.</extracomment>
        <translation>Надійність парольної фрази</translation>
    </message>
    <message>
        <source>Use four or more random words; Suggest… gives six.</source>
        <translation>Використайте чотири або більше випадкових слів; «Запропонувати…» дає шість.</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Дуже слабка</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабка</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Добра</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Відмінна</translation>
    </message>
    <message>
        <source>{rating}: about {bits} bits.</source>
        <translation>{rating}: близько {bits} біт.</translation>
    </message>
    <message>
        <source>Too easy to guess; humdoc will refuse it.</source>
        <translation>Надто легко вгадати; humdoc її не прийме.</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggested passphrase</source>
        <translation>Запропонована парольна фраза</translation>
    </message>
    <message>
        <source>Six words chosen at random (about 77 bits). Learn them or write them down and keep the paper apart from the laptop: nobody can recover a lost passphrase.</source>
        <translation>Шість випадково вибраних слів (близько 77 біт). Запам&apos;ятайте їх або запишіть і зберігайте папірець окремо від ноутбука: втрачену парольну фразу не відновить ніхто.</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>&amp;Використати</translation>
    </message>
    <message>
        <source>&amp;Another</source>
        <translation>&amp;Інша</translation>
    </message>
</context>
<context>
    <name>TestimoniesTab</name>
    <message>
        <source>Testimonies of the case</source>
        <extracomment>Emitted after a testimony was added, edited or deleted; carries the testimony id.</extracomment>
        <translation>Свідчення справи</translation>
    </message>
    <message>
        <source>Statement of the selected testimony</source>
        <translation>Показання вибраного свідчення</translation>
    </message>
    <message>
        <source>New testimony…</source>
        <translation>Нове свідчення…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <source>Identity…</source>
        <translation>Особа…</translation>
    </message>
    <message>
        <source>The witness&apos;s real identity, kept in the identity compartment</source>
        <translation>Справжні дані особи свідка, що зберігаються у відсіку особових даних</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Записати…</translation>
    </message>
    <message>
        <source>Record the witness speaking; the sound goes straight into the vault</source>
        <translation>Записати мовлення свідка; звук іде одразу до сховища</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свідок</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Дата опитування</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Хто опитував</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Порушення</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>This vault has no identity compartment yet. Create one with Vault ▸ Identity compartment… to record witnesses&apos; real identities.</source>
        <translation>У цьому сховищі ще немає відсіку особових даних. Створіть його через Сховище ▸ Відсік особових даних…, щоб записувати справжні дані осіб свідків.</translation>
    </message>
    <message>
        <source>Delete the testimony of {code}? Its statement is overwritten and cannot be recovered.</source>
        <translation>Видалити свідчення {code}? Його показання буде перезаписано, і відновити їх неможливо.</translation>
    </message>
    <message>
        <source>Delete testimony</source>
        <translation>Видалити свідчення</translation>
    </message>
</context>
<context>
    <name>TestimonyDialog</name>
    <message>
        <source>Edit testimony</source>
        <translation>Редагувати свідчення</translation>
    </message>
    <message>
        <source>New testimony</source>
        <translation>Нове свідчення</translation>
    </message>
    <message>
        <source>Pseudonym code, e.g. W-017 (never a name)</source>
        <translation>Код-псевдонім, напр. W-017 (ніколи не ім&apos;я)</translation>
    </message>
    <message>
        <source>The statement, in the witness&apos;s words</source>
        <translation>Показання словами свідка</translation>
    </message>
    <message>
        <source>e.g. en, ar, fr</source>
        <translation>напр. uk, ar, en</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. checkpoint, night</source>
        <translation>Через кому, напр. блокпост, ніч</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свідок</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Показання</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Дата опитування</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Хто опитував</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Порушення</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Інциденти</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>C&amp;hoose another vault…</source>
        <extracomment>Emitted with the open ``Session`` once an unlock or a creation succeeded. Emitted with the new vault folder when the user picks another one. Emitted with True when an unlock or creation starts, False when it ends. Emitted when the user asks to open a shared archive instead of a vault.</extracomment>
        <translation>Вибрати &amp;інше сховище…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Розблокувати</translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation>Створити &amp;нове сховище…</translation>
    </message>
    <message>
        <source>Panic: destroy keys…</source>
        <translation>Паніка: знищити ключі…</translation>
    </message>
    <message>
        <source>Open a shared &amp;archive…</source>
        <translation>Відкрити спільний &amp;архів…</translation>
    </message>
    <message>
        <source>Field device (records testimonies)</source>
        <translation>Польовий пристрій (записує свідчення)</translation>
    </message>
    <message>
        <source>Documentation centre (receives bundles)</source>
        <translation>Документаційний центр (отримує пакети)</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Повторіть парольну фразу</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Створити сховище</translation>
    </message>
    <message>
        <source>Unlock an &amp;existing vault instead</source>
        <translation>Розблокувати &amp;наявне сховище</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Підтвердження</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Відновити з резервної копії…</translation>
    </message>
    <message>
        <source>Vault: {path}</source>
        <translation>Сховище: {path}</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Вибір теки сховища</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Введіть парольну фразу сховища.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Розблокування…</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Дві парольні фрази різняться; введіть їх ще раз.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Створення сховища…</translation>
    </message>
    <message>
        <source>Restored. Unlock it with its passphrase.</source>
        <translation>Відновлено. Розблокуйте його парольною фразою.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Зачекайте…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>New case…</source>
        <extracomment>Emitted with a one-line message for the status bar (search errors, counts).</extracomment>
        <translation>Нова справа…</translation>
    </message>
    <message>
        <source>Search  (Ctrl+F)</source>
        <translation>Пошук  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Words of statements, titles and tags, or a witness&apos;s pseudonym code</source>
        <translation>Слова з показань, назв і міток або код псевдоніма свідка</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <source>Back to cases</source>
        <translation>Назад до справ</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Медіа</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результати</numerusform>
            <numerusform>%n результатів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>centre_dialogs</name>
    <message>
        <source>humdoc bundles (*.humdoc);;All files (*)</source>
        <translation>Пакети humdoc (*.humdoc);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Not checked: cancelled.</source>
        <translation>Не перевірено: скасовано.</translation>
    </message>
    <message>
        <source>Receive bundles</source>
        <translation>Отримати пакети</translation>
    </message>
    <message>
        <source>Verify bundle</source>
        <translation>Перевірити пакет</translation>
    </message>
    <message>
        <source>Decrypting and checking every signature and hash…</source>
        <translation>Розшифрування й перевірка кожного підпису та геша…</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <source>Record the testimony</source>
        <extracomment>What separates tags as people type them: a comma in Latin, Arabic (،) or Burmese (၊) script.</extracomment>
        <translation>Записати свідчення</translation>
    </message>
    <message>
        <source>Share with the documentation centre</source>
        <translation>Передати документаційному центру</translation>
    </message>
    <message>
        <source>Share with accountability bodies</source>
        <translation>Передати органам притягнення до відповідальності</translation>
    </message>
    <message>
        <source>Publish anonymised</source>
        <translation>Оприлюднити анонімно</translation>
    </message>
    <message>
        <source>Share the witness&apos;s identity</source>
        <translation>Передати дані особи свідка</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Unknown</source>
        <extracomment>The earliest date a date field accepts; showing it means &quot;no date&quot;.</extracomment>
        <translation>Невідомо</translation>
    </message>
</context>
<context>
    <name>exchange_models</name>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Елемент</translation>
    </message>
    <message>
        <source>Reason / detail</source>
        <translation>Причина / подробиці</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>передається</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>затримано</translation>
    </message>
    <message>
        <source>case</source>
        <translation>справа</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>інцидент</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>свідчення</translation>
    </message>
    <message>
        <source>media</source>
        <translation>медіа</translation>
    </message>
    <message>
        <source>witness identity</source>
        <translation>особові дані свідка</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>received</source>
        <translation>отримано</translation>
    </message>
    <message>
        <source>already received</source>
        <translation>уже отримано</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>перевірено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>не отримано</translation>
    </message>
    <message>
        <source>not received (cancelled)</source>
        <translation>не отримано (скасовано)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Пристрій</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>прийнято</translation>
    </message>
    <message>
        <source>revoked {date}</source>
        <translation>відкликано {date}</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>consent: {scopes}</source>
        <translation>згода: {scopes}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>нічого</translation>
    </message>
    <message>
        <source>{policy} copy; removed: {removed}</source>
        <translation>копія {policy}; вилучено: {removed}</translation>
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
        <translation>так</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>вилучено</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Знято</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Геодані</translation>
    </message>
    <message>
        <source>image</source>
        <translation>зображення</translation>
    </message>
    <message>
        <source>video</source>
        <translation>відео</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>аудіо</translation>
    </message>
    <message>
        <source>{kind} · {format}</source>
        <translation>{kind} · {format}</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Час (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Виконавець</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Пристрій</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>Геш запису</translation>
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
        <translation>Справа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Оновлено</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрита</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрита</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свідок</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Опитування</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Показання</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Інцидент</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Збіг</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Свідчення</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>the original, untouched (location, serial numbers and names stay in it)</source>
        <extracomment>The sentences of ``POLICY_EXPLANATIONS`` written out for pyside6-lupdate, which reads source text only; tests/gui/test_policy_text.py fails if they ever differ from core&apos;s.</extracomment>
        <translation>оригінал, недоторканий (геодані, серійні номери й імена лишаються в ньому)</translation>
    </message>
    <message>
        <source>capture time, camera and orientation kept; location, serial numbers, names and free text removed</source>
        <translation>час зйомки, камеру й орієнтацію збережено; геодані, серійні номери, імена й довільний текст вилучено</translation>
    </message>
    <message>
        <source>nothing identifying left (every metadata field removed)</source>
        <translation>нічого, що ідентифікує (вилучено всі поля метаданих)</translation>
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
        <translation>Квитанції humdoc (*.receipt *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Receipt from {centre} checked: bundle {bundle} (sequence {seq}) arrived. {count} item(s) marked safe at the centre in their chain of custody.</source>
        <translation>Квитанцію від {centre} перевірено: пакет {bundle} (послідовність {seq}) надійшов. Елементів, позначених у ланцюгу зберігання як безпечні в центрі: {count}.</translation>
    </message>
    <message>
        <source>Not marked (sent before humdoc recorded what it sent): {ids}.</source>
        <translation>Не позначено (надіслано до того, як humdoc почав записувати надіслане): {ids}.</translation>
    </message>
    <message>
        <source>Removed from this device: {count} item(s), {files} file(s) crypto-erased. A tombstone and the chain of custody stay.</source>
        <translation>Видалено з цього пристрою: елементів — {count}, криптографічно стерто файлів — {files}. Запис про видалення й ланцюг зберігання залишаються.</translation>
    </message>
    <message>
        <source>Kept {kind} {id}: {reason}.</source>
        <translation>Залишено {kind} {id}: {reason}.</translation>
    </message>
    <message>
        <source>Apply a receipt</source>
        <translation>Застосувати квитанцію</translation>
    </message>
    <message>
        <source>Checking the centre&apos;s receipt…</source>
        <translation>Перевірка квитанції центру…</translation>
    </message>
</context>
<context>
    <name>report_pdf</name>
    <message>
        <source>humdoc custody report</source>
        <translation>Звіт humdoc про ланцюг зберігання</translation>
    </message>
</context>
<context>
    <name>safety_dialogs</name>
    <message>
        <source>Back up the vault to</source>
        <translation>Зберегти резервну копію сховища в</translation>
    </message>
    <message>
        <source>humdoc backups (*.tar);;All files (*)</source>
        <translation>Резервні копії humdoc (*.tar);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Backup written: {name} ({size}).

It is as sensitive as the vault itself: encrypted, and it opens with the same passphrase. Keep it as safe as the laptop, and not with it.</source>
        <translation>Резервну копію записано: {name} ({size}).

Вона така ж чутлива, як і саме сховище: зашифрована й відкривається тією самою парольною фразою. Бережіть її так само надійно, як ноутбук, і не разом із ним.</translation>
    </message>
    <message>
        <source>Back up vault</source>
        <translation>Резервна копія сховища</translation>
    </message>
    <message>
        <source>Copying the vault&apos;s encrypted files…</source>
        <translation>Копіювання зашифрованих файлів сховища…</translation>
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
        <translation>КБ</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>МБ</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>ГБ</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>ТБ</translation>
    </message>
</context>
<context>
    <name>vault_actions</name>
    <message>
        <source>Check integrity</source>
        <translation>Перевірка цілісності</translation>
    </message>
    <message>
        <source>Decrypting and checking every attachment…</source>
        <translation>Розшифрування й перевірка кожного вкладення…</translation>
    </message>
</context>
</TS>
