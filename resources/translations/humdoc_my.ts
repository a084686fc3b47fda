<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my">
<context>
    <name>ArchiveConnectDialog</name>
    <message>
        <source>Open a shared archive</source>
        <extracomment>The setting holding the saved connections: a map of name to ``postgresql://`` address. Emitted with the open ``ArchiveSession``; the receiver owns it and must close it.</extracomment>
        <translation>မျှဝေထားသော မှတ်တမ်းတိုက်ကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>သိမ်းထားသော ချိတ်ဆက်မှုများ</translation>
    </message>
    <message>
        <source>Type an address below</source>
        <translation>အောက်တွင် လိပ်စာ ရိုက်ထည့်ပါ</translation>
    </message>
    <message>
        <source>postgresql://role@host/archive?sslmode=verify-full</source>
        <translation>postgresql://role@host/archive?sslmode=verify-full</translation>
    </message>
    <message>
        <source>Archive address</source>
        <translation>မှတ်တမ်းတိုက် လိပ်စာ</translation>
    </message>
    <message>
        <source>Your humdoc passphrase</source>
        <translation>သင်၏ humdoc စကားဝှက်</translation>
    </message>
    <message>
        <source>Empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>ဗလာ- PGPASSWORD သို့မဟုတ် ~/.pgpass မှ</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ဖွင့်ရန်(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <source>Opening the archive…</source>
        <translation>မှတ်တမ်းတိုက်ကို ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>သိမ်းထားသည်</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>လိပ်စာ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>စကားဝှက်</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>ဒေတာဘေ့စ် စကားဝှက်</translation>
    </message>
    <message>
        <source>Type the archive&apos;s address (postgresql://…).</source>
        <translation>မှတ်တမ်းတိုက်၏ လိပ်စာကို ရိုက်ထည့်ပါ (postgresql://…)။</translation>
    </message>
    <message>
        <source>An archive&apos;s address starts with postgresql://.</source>
        <translation>မှတ်တမ်းတိုက် လိပ်စာသည် postgresql:// ဖြင့် စတင်သည်။</translation>
    </message>
    <message>
        <source>Type your humdoc passphrase.</source>
        <translation>သင်၏ humdoc စကားဝှက်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Optional: to preview images</source>
        <translation>ရွေးချယ်နိုင်သည်- ဓာတ်ပုံများကို အစမ်းကြည့်ရန်</translation>
    </message>
    <message>
        <source>Blob store folder</source>
        <translation>ဖိုင်သိုလှောင်ရာ ဖိုင်တွဲ</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ရွေးရန်…(&amp;H)</translation>
    </message>
    <message>
        <source>Choose the blob store folder</source>
        <translation>ဖိုင်သိုလှောင်ရာ ဖိုင်တွဲကို ရွေးရန်</translation>
    </message>
    <message>
        <source>Blob store</source>
        <translation>ဖိုင်သိုလှောင်ရာ</translation>
    </message>
    <message>
        <source>The archive&apos;s blob store folder</source>
        <translation>မှတ်တမ်းတိုက်၏ ဖိုင်သိုလှောင်ရာ ဖိုင်တွဲ</translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message>
        <source>{archive} — {role}, {duty} — humdoc archive</source>
        <extracomment>The fields shown first, in this order, of any record (the rest follow by name). Fields that hold a moment (ISO 8601), shown in the interface&apos;s locale. Lock after this long without a key press or mouse use (the vault&apos;s default). The files previewed: images the vault&apos;s media tab previews too. The side of a preview, in pixels (the vault&apos;s media tab&apos;s). Emitted with the tag of a read (``cases``, ``case``, ``summary``, ``testimony``, ``media``, ``custody``, ``versions``, ``identity``, ``search``, ``log``, ``export``) once its result (or its error) is shown. Emitted with the archive&apos;s address (without password) after a lock closed the session. The archive&apos;s blob store folder, if one was given: media previews come from it. Reads on a worker not yet reported, and sessions locked while some were: libpq must not close a connection another thread is using, so those close when the last ends.</extracomment>
        <translation>{archive} — {role}၊ {duty} — humdoc မှတ်တမ်းတိုက်</translation>
    </message>
    <message>
        <source>Search the archive  (Ctrl+F)</source>
        <translation>မှတ်တမ်းတိုက်တွင် ရှာရန်  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>မှတ်တမ်းတိုက်တွင် ရှာရန်</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>အမှုတွဲ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>နောက်ဆုံးပြင်ဆင်ချိန်</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>အမှုတွဲများ</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>တွေ့ရှိချက်</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>ရှာဖွေမှု ရလဒ်များ</translation>
    </message>
    <message>
        <source>Choose a case from the list.</source>
        <translation>စာရင်းမှ အမှုတွဲတစ်ခုကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>ထွက်ဆိုချက်</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>သက်သေ</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>ဖြစ်ရပ်</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ဖိုင်</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>ရိုက်ယူချိန်</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>ထွက်ဆိုချက်များ</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>မေးမြန်းသည့်ရက်</translation>
    </message>
    <message>
        <source>From</source>
        <translation>စတင်သည့်ရက်</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ပြီးဆုံးသည့်ရက်</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>အရာ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>အရွယ်အစား</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>ရိုက်ကူးချိန်</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>မူဝါဒ</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>မီဒီယာ</translation>
    </message>
    <message>
        <source>&amp;Read the testimony</source>
        <translation>ထွက်ဆိုချက်ကို ဖတ်ရန်(&amp;R)</translation>
    </message>
    <message>
        <source>Media &amp;details</source>
        <translation>မီဒီယာ အသေးစိတ်(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Custody chain</source>
        <translation>ထိန်းသိမ်းမှုကွင်းဆက်(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>ဗားရှင်းများ(&amp;V)</translation>
    </message>
    <message>
        <source>Witness &amp;identity</source>
        <translation>သက်သေ၏ ကိုယ်ရေးအချက်အလက်(&amp;I)</translation>
    </message>
    <message>
        <source>The archive&apos;s access log records this read, with your name.</source>
        <translation>မှတ်တမ်းတိုက်၏ ဝင်ရောက်မှတ်တမ်းတွင် ဤဖတ်ရှုမှုကို သင့်အမည်ဖြင့် မှတ်သားထားမည်။</translation>
    </message>
    <message>
        <source>Opening this testimony is recorded in the archive&apos;s access log.</source>
        <translation>ဤထွက်ဆိုချက်ကို ဖွင့်ခြင်းကို မှတ်တမ်းတိုက်၏ ဝင်ရောက်မှတ်တမ်းတွင် မှတ်သားထားမည်။</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>မှတ်တမ်း အသေးစိတ်</translation>
    </message>
    <message>
        <source>{role}, duty: {duty}</source>
        <translation>{role}၊ တာဝန်- {duty}</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>လက်ခံရေး</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>လေ့လာဆန်းစစ်သူ</translation>
    </message>
    <message>
        <source>protection</source>
        <translation>ကာကွယ်ရေး</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>စီမံခန့်ခွဲရေး</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ဖွင့်ထား</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ပိတ်ပြီး</translation>
    </message>
    <message>
        <source>case</source>
        <translation>အမှုတွဲ</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>ဖြစ်ရပ်</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>ထွက်ဆိုချက်</translation>
    </message>
    <message>
        <source>media item</source>
        <translation>မီဒီယာ တစ်ခု</translation>
    </message>
    <message>
        <source>person</source>
        <translation>လူပုဂ္ဂိုလ်</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ဖော်ပြချက်</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ဖန်တီးချိန်</translation>
    </message>
    <message>
        <source>Witness code</source>
        <translation>သက်သေ ကုဒ်</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>မေးမြန်းသည့်ရက်</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>မေးမြန်းသူ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>ကုဒ်</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>တင်သွင်းချိန်</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>သဘောတူညီချက်</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>ချိုးဖောက်မှုများ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>တဂ်များ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>နေရာ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ဆက်သွယ်ရန်</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>မှတ်ချက်များ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>အမှတ်အသား</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>စက်</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>အထုပ်</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>မှတ်တမ်းတိုက်(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>သော့ခတ်ရန်(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ပြန်လည်ဖတ်ရန်(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>ရှာဖွေရန်(&amp;F)…</translation>
    </message>
    <message>
        <source>Access &amp;log…</source>
        <translation>ဝင်ရောက်မှတ်တမ်း(&amp;L)…</translation>
    </message>
    <message numerus="yes">
        <source>Testimonies (%n)</source>
        <translation>
            <numerusform>ထွက်ဆိုချက်များ (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incidents (%n)</source>
        <translation>
            <numerusform>ဖြစ်ရပ်များ (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Media (%n)</source>
        <translation>
            <numerusform>မီဒီယာ (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>လက်ခံချိန်</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>မှတ်တမ်း မရှိ</translation>
    </message>
    <message>
        <source>{kind} · {format}</source>
        <translation>{kind} · {format}</translation>
    </message>
    <message>
        <source>image</source>
        <translation>ပုံ</translation>
    </message>
    <message>
        <source>video</source>
        <translation>ဗီဒီယို</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>အသံ</translation>
    </message>
    <message>
        <source>document</source>
        <translation>စာရွက်စာတမ်း</translation>
    </message>
    <message>
        <source>You opened this testimony; the archive&apos;s access log records it.</source>
        <translation>သင် ဤထွက်ဆိုချက်ကို ဖွင့်ခဲ့သည်၊ မှတ်တမ်းတိုက်၏ ဝင်ရောက်မှတ်တမ်းတွင် မှတ်သားထားသည်။</translation>
    </message>
    <message>
        <source>File kept</source>
        <translation>သိမ်းထားသော ဖိုင်</translation>
    </message>
    <message>
        <source>{mime}, {size}, SHA-256 {digest}</source>
        <translation>{mime}၊ {size}၊ SHA-256 {digest}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>အစမ်းကြည့်ရှုမှု</translation>
    </message>
    <message>
        <source>not shown: no blob store is set for this connection</source>
        <translation>မပြသပါ- ဤချိတ်ဆက်မှုအတွက် ဖိုင်သိုလှောင်ရာ မသတ်မှတ်ရသေးပါ</translation>
    </message>
    <message>
        <source>{action} by {actor} on {device}</source>
        <translation>{device} ပေါ်တွင် {actor} မှ {action}</translation>
    </message>
    <message>
        <source>Custody chain</source>
        <translation>ထိန်းသိမ်းမှုကွင်းဆက်</translation>
    </message>
    <message>
        <source>Chain broken: {problem}</source>
        <translation>ကွင်းဆက် ပြတ်နေသည်- {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Chain verified: %n entries, every hash link and device signature checks.</source>
        <translation>
            <numerusform>ကွင်းဆက် စစ်ဆေးပြီး- မှတ်တမ်း %n ခု၊ ဟက်ရှ်ချိတ်ဆက်မှုနှင့် စက်လက်မှတ်တိုင်း မှန်ကန်သည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>No custody events.</source>
        <translation>ထိန်းသိမ်းမှု မှတ်တမ်း မရှိပါ။</translation>
    </message>
    <message>
        <source>Version {rank}</source>
        <translation>ဗားရှင်း {rank}</translation>
    </message>
    <message>
        <source>received {when} in bundle {bundle} from {device}</source>
        <translation>{device} မှ အထုပ် {bundle} ဖြင့် {when} တွင် လက်ခံခဲ့သည်</translation>
    </message>
    <message>
        <source>You opened this witness&apos;s identity; the archive&apos;s access log records it.</source>
        <translation>သင် ဤသက်သေ၏ ကိုယ်ရေးအချက်အလက်ကို ဖွင့်ခဲ့သည်၊ မှတ်တမ်းတိုက်၏ ဝင်ရောက်မှတ်တမ်းတွင် မှတ်သားထားသည်။</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>ရလဒ် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>မည်သူ</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>ဖတ်ရှုမှု</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>မှတ်တမ်း</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>ဝင်ရောက်မှတ်တမ်း</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>Showing this media item&apos;s details and preview is recorded in the archive&apos;s access log.</source>
        <translation>ဤမီဒီယာ၏ အသေးစိတ်နှင့် အစမ်းကြည့်ရှုမှုကို ပြသခြင်းကို မှတ်တမ်းတိုက်၏ ဝင်ရောက်မှတ်တမ်းတွင် မှတ်သားထားမည်။</translation>
    </message>
    <message>
        <source>Showing this media item&apos;s details is recorded in the archive&apos;s access log.</source>
        <translation>ဤမီဒီယာ၏ အသေးစိတ်ကို ပြသခြင်းကို မှတ်တမ်းတိုက်၏ ဝင်ရောက်မှတ်တမ်းတွင် မှတ်သားထားမည်။</translation>
    </message>
    <message>
        <source>none: the archive keeps no image of this item</source>
        <translation>မရှိပါ- မှတ်တမ်းတိုက်တွင် ဤအရာ၏ ဓာတ်ပုံ မထားရှိပါ</translation>
    </message>
    <message>
        <source>shown above, decrypted in memory</source>
        <translation>အထက်တွင် ပြသထားသည်၊ မှတ်ဉာဏ်ထဲတွင်သာ ကုဒ်ဖြည်ထားသည်</translation>
    </message>
</context>
<context>
    <name>BundleResultsDialog</name>
    <message>
        <source>Bundles</source>
        <translation>အထုပ်များ</translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n ခု လက်ခံပြီး</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already received (nothing new)</source>
        <translation>
            <numerusform>%n ခု လက်ခံပြီးသား (အသစ်မပါ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified (nothing imported)</source>
        <translation>
            <numerusform>%n ခု စစ်ဆေးပြီး (ဘာမှမတင်သွင်းပါ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n ခု ငြင်းပယ်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not received</source>
        <translation>
            <numerusform>%n ခု လက်မခံခဲ့ပါ</numerusform>
        </translation>
    </message>
    <message>
        <source>{outcomes}.</source>
        <translation>{outcomes}။</translation>
    </message>
    <message>
        <source>Nothing checked.</source>
        <translation>ဘာမှ မစစ်ဆေးရသေးပါ။</translation>
    </message>
</context>
<context>
    <name>BundleSummary</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>အမှုတွဲ %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>ထွက်ဆိုချက် %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s)</source>
        <translation>
            <numerusform>မီဒီယာဖိုင် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle {id} from {device} (sequence {seq}): {counts}.</source>
        <translation>{device} မှ အထုပ် {id} (အစဉ် {seq})- {counts}။</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Edit case</source>
        <translation>အမှုတွဲ ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>အမှုတွဲအသစ်</translation>
    </message>
    <message>
        <source>A short name for the investigation</source>
        <translation>စုံစမ်းစစ်ဆေးမှုအတွက် အမည်တို</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ဖွင့်ထား</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ပိတ်ပြီး</translation>
    </message>
    <message>
        <source>Vault default: {label}</source>
        <translation>သိုလှောင်ခန်း၏ မူလ- {label}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ဖော်ပြချက်</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Metadata policy</source>
        <translation>မက်တာဒေတာ မူဝါဒ</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Edit case…</source>
        <extracomment>Emitted after the case was edited; carries the case id. Emitted after the case was deleted; carries the case id. Emitted when the user asks to export this case (the window opens the export dialog).</extracomment>
        <translation>အမှုတွဲ ပြင်ဆင်ရန်…</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>အမှုတွဲ ဖျက်ရန်…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <source>Write this case into a signed, encrypted bundle</source>
        <translation>ဤအမှုတွဲကို လက်မှတ်ထိုးပြီး ကုဒ်ဝှက်ထားသော အထုပ်အဖြစ် ရေးရန်</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>အစီရင်ခံစာ…</translation>
    </message>
    <message>
        <source>Save the custody report of this case for investigators and courts</source>
        <translation>စုံစမ်းစစ်ဆေးသူများနှင့် တရားရုံးများအတွက် ဤအမှုတွဲ၏ ထိန်းသိမ်းမှုကွင်းဆက် အစီရင်ခံစာကို သိမ်းရန်</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>ထွက်ဆိုချက်များ</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <source>Select a case on the left, or create one.</source>
        <translation>ဘယ်ဘက်မှ အမှုတွဲတစ်ခုကို ရွေးပါ၊ သို့မဟုတ် အသစ်ဖန်တီးပါ။</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ဖွင့်ထား</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ပိတ်ပြီး</translation>
    </message>
    <message>
        <source>Metadata policy: {policy}</source>
        <translation>မက်တာဒေတာ မူဝါဒ- {policy}</translation>
    </message>
    <message>
        <source>vault default</source>
        <translation>သိုလှောင်ခန်း၏ မူလသတ်မှတ်ချက်</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>ဖော်ပြချက် မရှိပါ။</translation>
    </message>
    <message>
        <source>Delete the case “{title}” with all its incidents and testimonies? This cannot be undone.</source>
        <translation>“{title}” အမှုတွဲကို ၎င်း၏ ဖြစ်ရပ်များနှင့် ထွက်ဆိုချက်များအားလုံးနှင့်အတူ ဖျက်မလား။ ပြန်ပြင်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>အမှုတွဲ ဖျက်ရန်</translation>
    </message>
</context>
<context>
    <name>CentreKeysDialog</name>
    <message>
        <source>Centres&apos; signing keys</source>
        <extracomment>Emitted with the updated ``Recipient`` after its key was saved.</extracomment>
        <translation>စင်တာများ၏ လက်မှတ်ထိုးသော့များ</translation>
    </message>
    <message>
        <source>Centre&apos;s signing key</source>
        <translation>စင်တာ၏ လက်မှတ်ထိုးသော့</translation>
    </message>
    <message>
        <source>Paste the centre&apos;s signing key (the file its &apos;keys export --recipient&apos; wrote, its .pub file, or the RW… line), or open the file</source>
        <translation>စင်တာ၏ လက်မှတ်ထိုးသော့ကို ကူးထည့်ပါ (၎င်း၏ &apos;keys export --recipient&apos; ရေးသော ဖိုင်၊ ၎င်း၏ .pub ဖိုင် သို့မဟုတ် RW… စာကြောင်း)၊ သို့မဟုတ် ဖိုင်ကို ဖွင့်ပါ</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>သော့ဖိုင် ဖွင့်ရန်…</translation>
    </message>
    <message>
        <source>The centre shows exactly this fingerprint (I compared every group).</source>
        <translation>စင်တာသည် ဤလက်ဗွေကို အတိအကျ ပြသည် (အုပ်စုတိုင်းကို တိုက်စစ်ပြီးပြီ)။</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>သိမ်းရန်</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>စင်တာ</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>လက်မှတ်ထိုးသော့</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>လက်ဗွေ</translation>
    </message>
    <message>
        <source>No centre added yet (Exchange ▸ Export cases… ▸ Add recipient).</source>
        <translation>စင်တာ မထည့်ရသေးပါ (ဖလှယ်ခြင်း ▸ အမှုတွဲများ ထုတ်ယူရန်… ▸ လက်ခံသူ ထည့်ရန်)။</translation>
    </message>
    <message>
        <source>Its receipts cannot be checked until its signing key is added.</source>
        <translation>၎င်း၏ လက်မှတ်ထိုးသော့ မထည့်မချင်း ၎င်း၏ လက်ခံဖြတ်ပိုင်းများကို စစ်ဆေး၍ မရပါ။</translation>
    </message>
    <message>
        <source>Signing key held, fingerprint {fp}.</source>
        <translation>လက်မှတ်ထိုးသော့ ရှိသည်၊ လက်ဗွေ {fp}။</translation>
    </message>
    <message>
        <source>Open the centre&apos;s key</source>
        <translation>စင်တာ၏ သော့ကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Keys (*.pub *.txt);;All files (*)</source>
        <translation>သော့များ (*.pub *.txt);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>far larger than a key file</source>
        <translation>သော့ဖိုင်ထက် အလွန်ကြီးသည်</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <extracomment>``runner(fn, title, message, on_success, cancellable)``: how the window runs a session job.</extracomment>
        <translation>စကားဝှက် ပြောင်းရန်</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>လက်ရှိ စကားဝှက်</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>စကားဝှက်အသစ်</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>စကားဝှက်အသစ်ကို ထပ်မံရိုက်ထည့်ပါ</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>လက်ရှိ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>အသစ်</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>အတည်ပြု</translation>
    </message>
    <message>
        <source>The two new passphrases differ; type them again.</source>
        <translation>စကားဝှက်အသစ် နှစ်ခု မတူပါ၊ ထပ်မံရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>စကားဝှက်အသစ်သည် အလွတ် မဖြစ်ရပါ။</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>စကားဝှက် ပြောင်းပြီးပါပြီ။ ယခုမှစ၍ အသစ်ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>Rewrapping the vault key…</source>
        <translation>သိုလှောင်ခန်းသော့ကို ပြန်လည်ကုဒ်ဝှက်နေသည်…</translation>
    </message>
</context>
<context>
    <name>CompartmentDialog</name>
    <message>
        <source>Create identity compartment</source>
        <translation>ကိုယ်ရေးအချက်အလက်အခန်း ဖန်တီးရန်</translation>
    </message>
    <message>
        <source>Change identity-compartment passphrase</source>
        <translation>ကိုယ်ရေးအချက်အလက်အခန်း စကားဝှက် ပြောင်းရန်</translation>
    </message>
    <message>
        <source>The identity compartment keeps witnesses&apos; real names, contacts and notes under a passphrase of its own, different from the vault&apos;s: someone made to unlock the vault still cannot read them. The passphrase cannot be recovered: lose it and the identities in the compartment are lost.</source>
        <translation>ကိုယ်ရေးအချက်အလက်အခန်းသည် သက်သေများ၏ အမည်ရင်း၊ ဆက်သွယ်ရန်နှင့် မှတ်စုများကို သိုလှောင်ခန်းနှင့်မတူသော ကိုယ်ပိုင်စကားဝှက်ဖြင့် သိမ်းထားသည်- သိုလှောင်ခန်းကို အတင်းဖွင့်ခိုင်းခံရသူပင် ၎င်းတို့ကို မဖတ်နိုင်ပါ။ စကားဝှက်ကို ပြန်ရယူ၍ မရပါ- ပျောက်ဆုံးပါက အခန်းထဲရှိ ကိုယ်ရေးအချက်အလက်များ ဆုံးရှုံးမည်။</translation>
    </message>
    <message>
        <source>Only the compartment&apos;s key is rewrapped; the identities in it stay as they are.</source>
        <translation>အခန်း၏ သော့ကိုသာ ပြန်လည်ကုဒ်ဝှက်သည်၊ ၎င်းထဲရှိ ကိုယ်ရေးအချက်အလက်များ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>Current compartment passphrase</source>
        <translation>လက်ရှိ အခန်းစကားဝှက်</translation>
    </message>
    <message>
        <source>New compartment passphrase</source>
        <translation>အခန်းစကားဝှက်အသစ်</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>စကားဝှက်ကို ထပ်မံရိုက်ထည့်ပါ</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>လက်ရှိ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>အသစ်</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>စကားဝှက်</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>အတည်ပြု</translation>
    </message>
    <message>
        <source>The two new passphrases differ; type them again.</source>
        <translation>စကားဝှက်အသစ် နှစ်ခု မတူပါ၊ ထပ်မံရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>စကားဝှက်အသစ်သည် အလွတ် မဖြစ်ရပါ။</translation>
    </message>
    <message>
        <source>The identity compartment is created. Keep its passphrase apart from the vault&apos;s; it cannot be recovered.</source>
        <translation>ကိုယ်ရေးအချက်အလက်အခန်း ဖန်တီးပြီးပါပြီ။ ၎င်း၏ စကားဝှက်ကို သိုလှောင်ခန်းစကားဝှက်နှင့် သီးခြားထားပါ၊ ပြန်ရယူ၍ မရပါ။</translation>
    </message>
    <message>
        <source>The compartment passphrase is changed. Use the new one from now on.</source>
        <translation>အခန်းစကားဝှက် ပြောင်းပြီးပါပြီ။ ယခုမှစ၍ အသစ်ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>Sealing the identity key…</source>
        <translation>ကိုယ်ရေးအချက်အလက်သော့ကို တံဆိပ်ခတ်နေသည်…</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>စကားဝှက် မှားနေသည်။</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>Consent given by the witness</source>
        <translation>သက်သေက ပေးထားသော သဘောတူညီချက်</translation>
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
        <translation>ထိန်းသိမ်းမှုကွင်းဆက် — {name}</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>ဤစက်</translation>
    </message>
    <message>
        <source>the chain is empty</source>
        <translation>ကွင်းဆက် ဗလာဖြစ်နေသည်</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>ထိန်းသိမ်းမှုကွင်းဆက်</translation>
    </message>
    <message>
        <source>Chain broken: {problem}</source>
        <translation>ကွင်းဆက် ပြတ်နေသည်- {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Chain verified: %n entries, every hash link and device signature checks.</source>
        <translation>
            <numerusform>ကွင်းဆက် စစ်ဆေးပြီး- မှတ်တမ်း %n ခု၊ ဟက်ရှ်ချိတ်ဆက်မှုနှင့် စက်လက်မှတ်တိုင်း မှန်ကန်သည်။</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceKeysDialog</name>
    <message>
        <source>Device keys</source>
        <translation>စက်၏ သော့များ</translation>
    </message>
    <message>
        <source>Signing key (minisign) — the centre enrols this</source>
        <translation>လက်မှတ်ထိုးသော့ (minisign) — စင်တာက ဤသော့ကို မှတ်ပုံတင်သည်</translation>
    </message>
    <message>
        <source>Fingerprint — the centre must see exactly this when it enrols you:</source>
        <translation>လက်ဗွေ — စင်တာက သင့်ကို မှတ်ပုံတင်ချိန်တွင် ဤအတိုင်းအတိအကျ မြင်ရမည်-</translation>
    </message>
    <message>
        <source>Signing key (minisign) — the centre&apos;s own</source>
        <translation>လက်မှတ်ထိုးသော့ (minisign) — စင်တာ၏ ကိုယ်ပိုင်</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>လက်ဗွေ-</translation>
    </message>
    <message>
        <source>The public key as a QR code</source>
        <translation>အများသုံးသော့ကို QR ကုဒ်အဖြစ်</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>အများသုံးသော့ ကူးယူရန်</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>သိမ်းရန်…</translation>
    </message>
    <message>
        <source>Save as a .pub file the centre enrols</source>
        <translation>စင်တာက မှတ်ပုံတင်မည့် .pub ဖိုင်အဖြစ် သိမ်းရန်</translation>
    </message>
    <message>
        <source>Encryption recipient (age) — field devices add this</source>
        <translation>ကုဒ်ဝှက်လက်ခံသူ (age) — ကွင်းဆင်းစက်များက ဤအရာကို ထည့်သည်</translation>
    </message>
    <message>
        <source>Field devices encrypt their bundles to this key: Exchange ▸ Export cases… ▸ Add recipient.</source>
        <translation>ကွင်းဆင်းစက်များသည် ၎င်းတို့၏ အထုပ်များကို ဤသော့ဖြင့် ကုဒ်ဝှက်သည်- ဖလှယ်ခြင်း ▸ အမှုတွဲများ ထုတ်ယူရန်… ▸ လက်ခံသူ ထည့်ရန်။</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>ကူးယူရန်</translation>
    </message>
    <message>
        <source>Save as a file field devices add</source>
        <translation>ကွင်းဆင်းစက်များ ထည့်မည့် ဖိုင်အဖြစ် သိမ်းရန်</translation>
    </message>
    <message>
        <source>Recipient fingerprint — field devices see exactly this:</source>
        <translation>လက်ခံသူ လက်ဗွေ — ကွင်းဆင်းစက်များက ဤအတိုင်းအတိအကျ မြင်ရသည်-</translation>
    </message>
    <message>
        <source>Save public key</source>
        <translation>အများသုံးသော့ သိမ်းရန်</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub);;All files (*)</source>
        <translation>minisign အများသုံးသော့များ (*.pub);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Save recipient</source>
        <translation>လက်ခံသူ သိမ်းရန်</translation>
    </message>
    <message>
        <source>age recipients (*.txt);;All files (*)</source>
        <translation>age လက်ခံသူများ (*.txt);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>{name} could not be written: {why}</source>
        <translation>{name} ကို ရေး၍ မရပါ- {why}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>မသိမ်းရသေးပါ</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Enrolled devices</source>
        <extracomment>Emitted with the new ``Device`` after an enrolment. Emitted with the ``Revocation`` after a device was revoked.</extracomment>
        <translation>မှတ်ပုံတင်ထားသော စက်များ</translation>
    </message>
    <message>
        <source>e.g. Laptop field team B</source>
        <translation>ဥပမာ- ကွင်းဆင်းအဖွဲ့ B ၏ လက်တော့ပ်</translation>
    </message>
    <message>
        <source>Paste the device&apos;s public key (its .pub file, the RW… line or what &apos;keys show&apos; prints), or open the file</source>
        <translation>စက်၏ အများသုံးသော့ကို ကူးထည့်ပါ (၎င်း၏ .pub ဖိုင်၊ RW… စာကြောင်း သို့မဟုတ် &apos;keys show&apos; ပြသည့်အရာ)၊ သို့မဟုတ် ဖိုင်ကို ဖွင့်ပါ</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>သော့ဖိုင် ဖွင့်ရန်…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>ရုပ်သိမ်းရန်…</translation>
    </message>
    <message>
        <source>Stop accepting the selected device&apos;s bundles</source>
        <translation>ရွေးထားသော စက်၏ အထုပ်များကို လက်ခံခြင်း ရပ်ရန်</translation>
    </message>
    <message>
        <source>This key was revoked: trust it again (the device is back in safe hands)</source>
        <translation>ဤသော့ကို ရုပ်သိမ်းထားသည်- ပြန်လည်ယုံကြည်ရန် (စက်သည် လုံခြုံသောလက်ထဲ ပြန်ရောက်ပြီ)</translation>
    </message>
    <message>
        <source>The device shows exactly this fingerprint (I compared every group).</source>
        <translation>စက်သည် ဤလက်ဗွေကို အတိအကျ ပြသည် (အုပ်စုတိုင်းကို တိုက်စစ်ပြီးပြီ)။</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>မှတ်ပုံတင်ရန်</translation>
    </message>
    <message>
        <source>Enrol a field device</source>
        <translation>ကွင်းဆင်းစက် မှတ်ပုံတင်ရန်</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>အများသုံးသော့</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>လက်ဗွေ</translation>
    </message>
    <message>
        <source>Open public key</source>
        <translation>အများသုံးသော့ ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.txt);;All files (*)</source>
        <translation>အများသုံးသော့များ (*.pub *.txt);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>far larger than a key file</source>
        <translation>သော့ဖိုင်ထက် အလွန်ကြီးသည်</translation>
    </message>
    <message>
        <source>{name} could not be read: {why}</source>
        <translation>{name} ကို ဖတ်၍ မရပါ- {why}</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <extracomment>The file name a backup gets when the user types none of its own. ``run(fn, title, message, on_success, cancellable)``: runs a session job, returns its dialog. Emitted with True once a duress passphrase was set, False once it was removed.</extracomment>
        <translation>အကျပ်ကိုင်ခံရချိန် စကားဝှက်</translation>
    </message>
    <message>
        <source>A duress passphrase is one to give if someone forces you to unlock the vault. Typed at unlock, it destroys the vault&apos;s keys for good, and humdoc answers “Wrong passphrase.” exactly as for a mistyped one. Copies and backups made before are not affected: they still open with the vault passphrase. Typed in any passphrase field of humdoc, this one included, it destroys the keys too.</source>
        <translation>အကျပ်ကိုင်ခံရချိန် စကားဝှက်ဆိုသည်မှာ တစ်စုံတစ်ယောက်က သိုလှောင်ခန်းကို အတင်းဖွင့်ခိုင်းလျှင် ပေးရမည့် စကားဝှက်ဖြစ်သည်။ သော့ဖွင့်ချိန်တွင် ရိုက်ထည့်ပါက သိုလှောင်ခန်း၏ သော့များကို အပြီးတိုင် ဖျက်ဆီးပြီး humdoc က မှားရိုက်သော စကားဝှက်အတွက်ကဲ့သို့ပင် “စကားဝှက် မှားနေသည်။” ဟု ဖြေသည်။ ယခင်က ပြုလုပ်ထားသော မိတ္တူများနှင့် အရန်မိတ္တူများ မထိခိုက်ပါ- ၎င်းတို့ကို သိုလှောင်ခန်းစကားဝှက်ဖြင့် ဖွင့်နိုင်ဆဲဖြစ်သည်။ ဤအကွက်အပါအဝင် humdoc ၏ မည်သည့်စကားဝှက်အကွက်တွင် ရိုက်ထည့်ပါစေ သော့များကို ဖျက်ဆီးသည်။</translation>
    </message>
    <message>
        <source>The passphrase you unlock with</source>
        <translation>သင် သော့ဖွင့်သည့် စကားဝှက်</translation>
    </message>
    <message>
        <source>The same duress passphrase again</source>
        <translation>အကျပ်ကိုင်စကားဝှက်ကို ထပ်မံရိုက်ထည့်ပါ</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>သိုလှောင်ခန်း စကားဝှက်</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>အတည်ပြု</translation>
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation>အကျပ်ကိုင်စကားဝှက် သတ်မှတ်ရန်</translation>
    </message>
    <message>
        <source>Remove duress passphrase</source>
        <translation>အကျပ်ကိုင်စကားဝှက် ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>Only the vault passphrase is needed; the duress fields are ignored.</source>
        <translation>သိုလှောင်ခန်းစကားဝှက်သာ လိုအပ်သည်၊ အကျပ်ကိုင်စကားဝှက် အကွက်များကို လျစ်လျူရှုမည်။</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>သိုလှောင်ခန်း၏ စကားဝှက်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Type a duress passphrase.</source>
        <translation>အကျပ်ကိုင်စကားဝှက်တစ်ခု ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The two duress passphrases differ; type them again.</source>
        <translation>အကျပ်ကိုင်စကားဝှက် နှစ်ခု မတူပါ၊ ထပ်မံရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The duress passphrase is set. Typed at unlock, it destroys the keys for good and shows “Wrong passphrase.”</source>
        <translation>အကျပ်ကိုင်စကားဝှက် သတ်မှတ်ပြီးပါပြီ။ သော့ဖွင့်ချိန်တွင် ရိုက်ထည့်ပါက သော့များကို အပြီးတိုင် ဖျက်ဆီးပြီး “စကားဝှက် မှားနေသည်။” ဟု ပြမည်။</translation>
    </message>
    <message>
        <source>No duress passphrase is set any more.</source>
        <translation>အကျပ်ကိုင်စကားဝှက် မသတ်မှတ်ထားတော့ပါ။</translation>
    </message>
    <message>
        <source>Sealing the vault&apos;s keys…</source>
        <translation>သိုလှောင်ခန်း၏ သော့များကို တံဆိပ်ခတ်နေသည်…</translation>
    </message>
</context>
<context>
    <name>ExportCopyDialog</name>
    <message>
        <source>Export a copy</source>
        <translation>မိတ္တူ ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>The original, untouched (all its metadata)</source>
        <translation>မူရင်း၊ မပြုပြင်ထား (မက်တာဒေတာ အားလုံးပါ)</translation>
    </message>
    <message>
        <source>The evidence copy this vault received (not the original)</source>
        <translation>ဤသိုလှောင်ခန်း လက်ခံရရှိသော သက်သေခံမိတ္တူ (မူရင်းမဟုတ်)</translation>
    </message>
    <message>
        <source>The stripped copy this vault received (not the original)</source>
        <translation>ဤသိုလှောင်ခန်း လက်ခံရရှိသော အပြည့်သန့်စင်မိတ္တူ (မူရင်းမဟုတ်)</translation>
    </message>
    <message>
        <source>The copy sealed at intake, location removed (not the original)</source>
        <translation>တင်သွင်းချိန်တွင် တည်နေရာ ဖယ်ရှား၍ တံဆိပ်ခတ်ထားသော မိတ္တူ (မူရင်းမဟုတ်)</translation>
    </message>
    <message>
        <source>Where to save the copy</source>
        <translation>မိတ္တူ သိမ်းမည့်နေရာ</translation>
    </message>
    <message>
        <source>File to save the copy to</source>
        <translation>မိတ္တူ သိမ်းမည့်ဖိုင်</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ရွေးရန်…</translation>
    </message>
    <message>
        <source>Choose the file to save the copy to</source>
        <translation>မိတ္တူ သိမ်းမည့်ဖိုင်ကို ရွေးရန်</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>အရာ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>မိတ္တူ</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>အမည်ဖြင့် သိမ်းရန်</translation>
    </message>
    <message>
        <source>Save the copy as</source>
        <translation>မိတ္တူကို ဤအမည်ဖြင့် သိမ်းရန်</translation>
    </message>
    <message>
        <source>The original carries its location, serial number or names. Hand it over only where that is safe.</source>
        <translation>မူရင်းတွင် ၎င်း၏ တည်နေရာ၊ စီးရီးနံပါတ် သို့မဟုတ် အမည်များ ပါသည်။ လုံခြုံသည့်နေရာတွင်သာ လွှဲပေးပါ။</translation>
    </message>
    <message>
        <source>Choose where to save the copy.</source>
        <translation>မိတ္တူ သိမ်းမည့်နေရာကို ရွေးပါ။</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export cases</source>
        <extracomment>Emitted with the ``ExportResult`` after a bundle was written.</extracomment>
        <translation>အမှုတွဲများ ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>အမှုတွဲ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Cases to export</source>
        <translation>ထုတ်ယူမည့် အမှုတွဲများ</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>လက်ခံသူ</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>လက်ဗွေ</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>လက်ခံသူများ</translation>
    </message>
    <message>
        <source>Add recipient…</source>
        <translation>လက်ခံသူ ထည့်ရန်…</translation>
    </message>
    <message>
        <source>Name, e.g. Documentation centre</source>
        <translation>အမည်၊ ဥပမာ- မှတ်တမ်းတင်ရေးစင်တာ</translation>
    </message>
    <message>
        <source>age1… (the centre&apos;s Device keys show it)</source>
        <translation>age1… (စင်တာ၏ စက်သော့များတွင် ပြသည်)</translation>
    </message>
    <message>
        <source>Recipient name</source>
        <translation>လက်ခံသူ အမည်</translation>
    </message>
    <message>
        <source>Recipient key (age1…)</source>
        <translation>လက်ခံသူ သော့ (age1…)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>ထည့်ရန်</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>သော့</translation>
    </message>
    <message>
        <source>Each case&apos;s own policy</source>
        <translation>အမှုတွဲတစ်ခုစီ၏ ကိုယ်ပိုင်မူဝါဒ</translation>
    </message>
    <message>
        <source>Include witness identities (only where the witness consented to share-identity)</source>
        <translation>သက်သေများ၏ ကိုယ်ရေးအချက်အလက် ထည့်ရန် (share-identity ကို သက်သေ သဘောတူထားမှသာ)</translation>
    </message>
    <message>
        <source>This vault has no identity compartment (Vault ▸ Identity compartment…).</source>
        <translation>ဤသိုလှောင်ခန်းတွင် ကိုယ်ရေးအချက်အလက်အခန်း မရှိပါ (သိုလှောင်ခန်း ▸ ကိုယ်ရေးအချက်အလက်အခန်း…)။</translation>
    </message>
    <message>
        <source>&lt;b&gt;The bundle will carry these witnesses&apos; real names, contacts and notes.&lt;/b&gt; Every recipient can read them: encrypt it to the documentation centre only. Export asks for the identity-compartment passphrase.</source>
        <translation>&lt;b&gt;အထုပ်တွင် ဤသက်သေများ၏ အမည်ရင်း၊ ဆက်သွယ်ရန်နှင့် မှတ်စုများ ပါမည်။&lt;/b&gt; လက်ခံသူတိုင်း ဖတ်နိုင်သည်- မှတ်တမ်းတင်ရေးစင်တာအတွက်သာ ကုဒ်ဝှက်ပါ။ ထုတ်ယူချိန်တွင် ကိုယ်ရေးအချက်အလက်အခန်း စကားဝှက်ကို တောင်းမည်။</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>အစမ်းကြည့်</translation>
    </message>
    <message>
        <source>What the bundle will hold</source>
        <translation>အထုပ်တွင် ပါဝင်မည့်အရာ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ရွေးရန်…</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>အထုပ်ဖိုင်ကို ရွေးရန်</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>အမှုတွဲများ</translation>
    </message>
    <message>
        <source>Encrypt to</source>
        <translation>ကုဒ်ဝှက်မည့် လက်ခံသူ</translation>
    </message>
    <message>
        <source>Metadata policy</source>
        <translation>မက်တာဒေတာ မူဝါဒ</translation>
    </message>
    <message>
        <source>What will leave, and what is held back</source>
        <translation>ထွက်သွားမည့်အရာနှင့် ထိန်းထားမည့်အရာ</translation>
    </message>
    <message>
        <source>Carried: {testimonies}, {media}.</source>
        <translation>ပါဝင်သည်- {testimonies}၊ {media}။</translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>ထွက်ဆိုချက် %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s)</source>
        <translation>
            <numerusform>မီဒီယာဖိုင် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>အထုပ်ဖိုင်</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ဖွင့်ထား</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ပိတ်ပြီး</translation>
    </message>
    <message>
        <source>Press Preview to see what this export carries and what it holds back.</source>
        <translation>ဤထုတ်ယူမှုတွင် ပါဝင်မည့်အရာနှင့် ထိန်းထားမည့်အရာကို ကြည့်ရန် အစမ်းကြည့် ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>Tick the cases to export.</source>
        <translation>ထုတ်ယူမည့် အမှုတွဲများကို အမှန်ခြစ်ပါ။</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Witness identities: %n&lt;/b&gt; (names, contacts and notes).</source>
        <translation>
            <numerusform>&lt;b&gt;သက်သေ ကိုယ်ရေးအချက်အလက်- %n&lt;/b&gt; (အမည်၊ ဆက်သွယ်ရန်နှင့် မှတ်စုများ)။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Held back: %n item(s)&lt;/b&gt; — they stay on this device (reasons below).</source>
        <translation>
            <numerusform>&lt;b&gt;ထိန်းထားသည်- %n ခု&lt;/b&gt; — ဤစက်ပေါ်တွင် ကျန်မည် (အကြောင်းရင်း အောက်တွင်)။</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is held back.</source>
        <translation>ဘာမှ ထိန်းမထားပါ။</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>အစမ်းကြည့်ခြင်း ပယ်ဖျက်လိုက်သည်။</translation>
    </message>
    <message>
        <source>Preview export</source>
        <translation>ထုတ်ယူမှု အစမ်းကြည့်</translation>
    </message>
    <message>
        <source>Checking consent and preparing cleaned copies…</source>
        <translation>သဘောတူညီချက် စစ်ဆေးပြီး သန့်စင်မိတ္တူများ ပြင်ဆင်နေသည်…</translation>
    </message>
    <message>
        <source>Write the bundle to</source>
        <translation>အထုပ်ကို ရေးမည့်နေရာ</translation>
    </message>
    <message>
        <source>humdoc bundles (*.humdoc)</source>
        <translation>humdoc အထုပ်များ (*.humdoc)</translation>
    </message>
    <message>
        <source>Include witness identities</source>
        <translation>သက်သေ ကိုယ်ရေးအချက်အလက် ထည့်ရန်</translation>
    </message>
    <message>
        <source>The identities of the witnesses listed in the preview will leave in this bundle. Type the identity-compartment passphrase to include them.</source>
        <translation>အစမ်းကြည့်တွင် ပါသော သက်သေများ၏ ကိုယ်ရေးအချက်အလက်သည် ဤအထုပ်ဖြင့် ထွက်သွားမည်။ ထည့်ရန် ကိုယ်ရေးအချက်အလက်အခန်း စကားဝှက်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Export cancelled; no bundle was written.</source>
        <translation>ထုတ်ယူမှု ပယ်ဖျက်လိုက်သည်၊ အထုပ် မရေးရသေးပါ။</translation>
    </message>
    <message>
        <source>Signing and encrypting the bundle…</source>
        <translation>အထုပ်ကို လက်မှတ်ထိုးပြီး ကုဒ်ဝှက်နေသည်…</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <extracomment>The duties that read records, to whom the menu is shown. The case the window shows: ``(id, title)``, or None before one is chosen.</extracomment>
        <translation>ထုတ်ယူရန်(&amp;E)</translation>
    </message>
    <message>
        <source>Custody &amp;report…</source>
        <translation>ထိန်းသိမ်းမှုအစီရင်ခံစာ(&amp;R)…</translation>
    </message>
    <message>
        <source>For &amp;Uwazi…</source>
        <translation>Uwazi အတွက်(&amp;U)…</translation>
    </message>
    <message>
        <source>For &amp;publication…</source>
        <translation>ထုတ်ဝေရန်အတွက်(&amp;P)…</translation>
    </message>
    <message>
        <source>Every record it reads, and the export itself, go into the access log.</source>
        <translation>ဖတ်သည့် မှတ်တမ်းတိုင်းနှင့် ထုတ်ယူမှုကိုယ်တိုင်ကို ဝင်ရောက်မှတ်တမ်းတွင် မှတ်သားထားမည်။</translation>
    </message>
    <message>
        <source>Save for Uwazi</source>
        <translation>Uwazi အတွက် သိမ်းရန်</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <source>Save for publication</source>
        <translation>ထုတ်ဝေရန်အတွက် သိမ်းရန်</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to {path} and its template beside it. Rows: {rows}; files: {files}.</source>
        <translation>{path} တွင် သိမ်းပြီး ၎င်း၏ ပုံစံခွက်ကို ဘေးတွင် ထားသည်။ အတန်း- {rows}၊ ဖိုင်- {files}။</translation>
    </message>
    <message>
        <source>Export for Uwazi</source>
        <translation>Uwazi အတွက် ထုတ်ယူမှု</translation>
    </message>
    <message>
        <source>Saved to {path}. Testimonies written: {rows}.</source>
        <translation>{path} တွင် သိမ်းပြီးပါပြီ။ ရေးသားသည့် ထွက်ဆိုချက်- {rows}။</translation>
    </message>
    <message>
        <source>Export for publication</source>
        <translation>ထုတ်ဝေရန်အတွက် ထုတ်ယူမှု</translation>
    </message>
    <message>
        <source>Held back (consent or policy): {n}.</source>
        <translation>ထိန်းထားသည် (သဘောတူညီချက် သို့မဟုတ် မူဝါဒ)- {n}။</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Bundle written</source>
        <translation>အထုပ် ရေးပြီးပါပြီ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ဖိုင်</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>အထုပ် ID</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>အစဉ်နံပါတ်</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>အရွယ်အစား</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} ဘိုက်</translation>
    </message>
    <message>
        <source>The bundle written</source>
        <translation>ရေးပြီးသော အထုပ်</translation>
    </message>
    <message>
        <source>The bundle is signed and encrypted. Note its SHA-256 to compare it at the centre.</source>
        <translation>အထုပ်ကို လက်မှတ်ထိုးပြီး ကုဒ်ဝှက်ထားသည်။ စင်တာတွင် နှိုင်းယှဉ်ရန် ၎င်း၏ SHA-256 ကို မှတ်ထားပါ။</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>ထွက်ဆိုချက်များ</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>မီဒီယာဖိုင်များ</translation>
    </message>
    <message>
        <source>Witness identities</source>
        <translation>သက်သေ ကိုယ်ရေးအချက်အလက်</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>ထိန်းထားသည်</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Identity of {code}</source>
        <extracomment>Emitted with the person id after the identity was saved or deleted (never its content).</extracomment>
        <translation>{code} ၏ ကိုယ်ရေးအချက်အလက်</translation>
    </message>
    <message>
        <source>The real identity of {code} is kept in the identity compartment. Its passphrase opens it for this window only.</source>
        <translation>{code} ၏ အမှန်တကယ် ကိုယ်ရေးအချက်အလက်ကို ကိုယ်ရေးအချက်အလက်အခန်းတွင် သိမ်းထားသည်။ ၎င်း၏ စကားဝှက်က ဤဝင်းဒိုးအတွက်သာ ဖွင့်ပေးသည်။</translation>
    </message>
    <message>
        <source>An identity is recorded.</source>
        <translation>ကိုယ်ရေးအချက်အလက် မှတ်တမ်းတင်ထားသည်။</translation>
    </message>
    <message>
        <source>No identity is recorded yet.</source>
        <translation>ကိုယ်ရေးအချက်အလက် မမှတ်တမ်းတင်ရသေးပါ။</translation>
    </message>
    <message>
        <source>Identity-compartment passphrase</source>
        <translation>ကိုယ်ရေးအချက်အလက်အခန်း စကားဝှက်</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Full name, as the witness gave it</source>
        <translation>သက်သေ ပေးသည့်အတိုင်း အမည်အပြည့်အစုံ</translation>
    </message>
    <message>
        <source>Telephone, address or go-between</source>
        <translation>ဖုန်း၊ လိပ်စာ သို့မဟုတ် ကြားခံဆက်သွယ်သူ</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>ဖျက်ရန်…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ဆက်သွယ်ရန်</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>မှတ်စုများ</translation>
    </message>
    <message>
        <source>Type the identity-compartment passphrase.</source>
        <translation>ကိုယ်ရေးအချက်အလက်အခန်း စကားဝှက်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Opening the identity compartment…</source>
        <translation>ကိုယ်ရေးအချက်အလက်အခန်းကို ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>စကားဝှက် မှားနေသည်။</translation>
    </message>
    <message>
        <source>Delete the real identity of {code}? It cannot be recovered; the pseudonym and its testimonies stay.</source>
        <translation>{code} ၏ အမှန်တကယ် ကိုယ်ရေးအချက်အလက်ကို ဖျက်မလား။ ပြန်ရယူ၍ မရပါ၊ အမည်ဝှက်နှင့် ၎င်း၏ ထွက်ဆိုချက်များ ကျန်ရှိမည်။</translation>
    </message>
    <message>
        <source>Delete identity</source>
        <translation>ကိုယ်ရေးအချက်အလက် ဖျက်ရန်</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>တင်သွင်းမှု အစီရင်ခံစာ</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported and sealed.</source>
        <translation>
            <numerusform>ဖိုင် %n ခု တင်သွင်းပြီး တံဆိပ်ခတ်ပြီးပါပြီ။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>ဖိုင် %n ခု ငြင်းပယ်ခံရသည်-</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>သတိပေးချက်များ-</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>ဖြစ်ရပ်အသစ်</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>ဘာဖြစ်ခဲ့သည်ကို စကားလုံးအနည်းငယ်ဖြင့်</translation>
    </message>
    <message>
        <source>Coarse is safer: district or town</source>
        <translation>အကြမ်းဖျင်းက ပိုလုံခြုံသည်- ခရိုင် သို့မဟုတ် မြို့</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>ဖော်ပြချက်</translation>
    </message>
    <message>
        <source>From</source>
        <translation>စတင်သည့်ရက်</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ပြီးဆုံးသည့်ရက်</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>တည်နေရာ</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>Incidents of the case</source>
        <extracomment>Emitted after an incident was added or deleted; carries the incident id.</extracomment>
        <translation>အမှုတွဲ၏ ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>ဖြစ်ရပ်အသစ်…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>ဖျက်ရန်…</translation>
    </message>
    <message>
        <source>Delete the incident “{title}”?</source>
        <translation>“{title}” ဖြစ်ရပ်ကို ဖျက်မလား။</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>ဖြစ်ရပ် ဖျက်ရန်</translation>
    </message>
</context>
<context>
    <name>IntegrityWords</name>
    <message>
        <source>The vault is intact: the database, {chains} and {attachments} checked.</source>
        <translation>သိုလှောင်ခန်း ပျက်စီးမှုမရှိပါ- ဒေတာဘေ့စ်၊ {chains} နှင့် {attachments} ကို စစ်ဆေးပြီး။</translation>
    </message>
    <message numerus="yes">
        <source>%n custody chain(s)</source>
        <translation>
            <numerusform>ထိန်းသိမ်းမှုကွင်းဆက် %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>ပူးတွဲဖိုင် %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Damage found in %n place(s). The first: {finding}</source>
        <translation>
            <numerusform>နေရာ %n ခုတွင် ပျက်စီးမှု တွေ့သည်။ ပထမ- {finding}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancelling…</source>
        <extracomment>What a job runs: ``fn(progress, cancelled)``; its return value is passed to ``succeeded``. ``(done, total)`` from the job&apos;s progress callback; ``total`` is 0 when unknown. The job returned normally; carries its return value. The job raised; carries a ``HumdocError`` (anything else is wrapped in one). The job stopped because the user cancelled it (it raised ``OperationCancelled``). Emitted last, exactly once, after whichever of the three signals above applied. The task&apos;s function returned; carries its return value. The task raised; carries a ``HumdocError`` (anything else is wrapped in one).</extracomment>
        <translation>ပယ်ဖျက်နေသည်…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Vault</source>
        <extracomment>How often a lock that waits for a running job looks again whether the job has ended. Emitted on every key press, click, wheel or mouse move anywhere in the application. Emitted with the ``Session`` once the vault is unlocked (or created) and shown. Emitted after the session was closed and the unlock screen shown again. The last receipts offer (centre, after a receive) and applied receipt (field). The shared archives open in windows of their own. The blob store folder given for each archive address, for this run of humdoc only. What this window put on each clipboard (and, on X11, the selection) while unlocked.</extracomment>
        <translation>သိုလှောင်ခန်း(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>သော့ခတ်ရန်(&amp;L)</translation>
    </message>
    <message>
        <source>Open a shared &amp;archive…</source>
        <translation>မျှဝေထားသော မှတ်တမ်းတိုက်ကို ဖွင့်ရန်(&amp;A)…</translation>
    </message>
    <message>
        <source>Device &amp;keys…</source>
        <translation>စက်၏ သော့များ(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>ဆက်တင်များ(&amp;S)…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>စကားဝှက် ပြောင်းရန်(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Identity compartment…</source>
        <translation>ကိုယ်ရေးအချက်အလက်အခန်း(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Check integrity</source>
        <translation>ခိုင်မာမှု စစ်ဆေးရန်(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>သိုလှောင်ခန်း အရန်ကူးရန်(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase…</source>
        <translation>အကျပ်ကိုင်ခံရချိန် စကားဝှက်(&amp;D)…</translation>
    </message>
    <message>
        <source>Panic: destroy keys…</source>
        <translation>အရေးပေါ်- သော့များ ဖျက်ဆီးရန်…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ထွက်ရန်(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ပြင်ဆင်(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>ရှာဖွေရန်(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>အမှုတွဲအသစ်(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;testimony…</source>
        <translation>ထွက်ဆိုချက်အသစ်(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Import media…</source>
        <translation>မီဒီယာ တင်သွင်းရန်(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>ဖျက်ရန်(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>ဖလှယ်ခြင်း(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Export cases…</source>
        <translation>အမှုတွဲများ ထုတ်ယူရန်(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Verify bundle…</source>
        <translation>အထုပ် စစ်ဆေးရန်(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Receive bundles…</source>
        <translation>အထုပ်များ လက်ခံရန်(&amp;R)…</translation>
    </message>
    <message>
        <source>Enrolled &amp;devices…</source>
        <translation>မှတ်ပုံတင်ထားသော စက်များ(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Apply a receipt…</source>
        <translation>လက်ခံဖြတ်ပိုင်း အသုံးချရန်(&amp;A)…</translation>
    </message>
    <message>
        <source>Centres&apos; &amp;signing keys…</source>
        <translation>စင်တာများ၏ လက်မှတ်ထိုးသော့များ(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>အကူအညီ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About humdoc</source>
        <translation>humdoc အကြောင်း(&amp;A)</translation>
    </message>
    <message>
        <source>Create a case</source>
        <extracomment>Only a documentation centre verifies, receives and enrols; a field device never sees them. Only a field device applies the receipts a centre sends back.</extracomment>
        <translation>အမှုတွဲ ဖန်တီးရန်</translation>
    </message>
    <message>
        <source>Record a testimony</source>
        <translation>ထွက်ဆိုချက် မှတ်တမ်းတင်ရန်</translation>
    </message>
    <message>
        <source>Import photos, video and documents</source>
        <translation>ဓာတ်ပုံ၊ ဗီဒီယိုနှင့် စာရွက်စာတမ်းများ တင်သွင်းရန်</translation>
    </message>
    <message>
        <source>Write this case into a signed, encrypted bundle</source>
        <translation>ဤအမှုတွဲကို လက်မှတ်ထိုး၍ ကုဒ်ဝှက်ထားသော အထုပ်ထဲ ရေးရန်</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ရှာဖွေရန်</translation>
    </message>
    <message>
        <source>Delete the selected one</source>
        <translation>ရွေးထားသည့်အရာကို ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Field device</source>
        <translation>ကွင်းဆင်းစက်</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>စင်တာ</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>သော့ခတ်ထားသည်</translation>
    </message>
    <message>
        <source>Vault locked.</source>
        <translation>သိုလှောင်ခန်းကို သော့ခတ်လိုက်ပြီ။</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>%n မိနစ် အသုံးမပြုသဖြင့် သော့ခတ်လိုက်ပြီ။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n second(s) without use.</source>
        <translation>
            <numerusform>%n စက္ကန့် အသုံးမပြုသဖြင့် သော့ခတ်လိုက်ပြီ။</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked because the screen locked.</source>
        <translation>မျက်နှာပြင် သော့ခတ်သွားသဖြင့် သော့ခတ်လိုက်ပြီ။</translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation>ကွန်ပျူတာ အိပ်စက်မုဒ်သို့ ဝင်သွားသဖြင့် သော့ခတ်လိုက်ပြီ။</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) received.</source>
        <translation>
            <numerusform>အထုပ် %n ခု လက်ခံပြီးပါပြီ။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already received before.</source>
        <translation>
            <numerusform>%n ခုကို ယခင်က လက်ခံပြီးသား။</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive bundles</source>
        <translation>အထုပ်များ လက်ခံရန်</translation>
    </message>
    <message>
        <source>If these bundles carry witness identities, humdoc needs the identity-compartment passphrase to file them in this centre&apos;s compartment. Skip: a bundle that carries identities is then not received (nothing of it is kept); the others are.</source>
        <translation>ဤအထုပ်များတွင် သက်သေ ကိုယ်ရေးအချက်အလက် ပါပါက ၎င်းတို့ကို ဤစင်တာ၏ အခန်းထဲ သိမ်းရန် humdoc သည် ကိုယ်ရေးအချက်အလက်အခန်း စကားဝှက် လိုအပ်သည်။ ကျော်ပါက- ကိုယ်ရေးအချက်အလက်ပါသော အထုပ်ကို လက်မခံပါ (ဘာမှ မသိမ်းပါ)၊ ကျန်အထုပ်များကို လက်ခံမည်။</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>ကျော်ရန်</translation>
    </message>
    <message>
        <source>The archive was locked.</source>
        <translation>မှတ်တမ်းတိုက်ကို သော့ခတ်လိုက်ပြီ။</translation>
    </message>
    <message>
        <source>About humdoc</source>
        <translation>humdoc အကြောင်း</translation>
    </message>
    <message>
        <source>&lt;b&gt;humdoc {version}&lt;/b&gt;&lt;br&gt;Offline-first, encrypted documentation of human rights testimonies and evidence.&lt;br&gt;&lt;br&gt;Everything you record stays in the encrypted vault on this computer until you export it.</source>
        <translation>&lt;b&gt;humdoc {version}&lt;/b&gt;&lt;br&gt;လူ့အခွင့်အရေးဆိုင်ရာ ထွက်ဆိုချက်များနှင့် သက်သေအထောက်အထားများကို အော့ဖ်လိုင်းဖြင့် ကုဒ်ဝှက်၍ မှတ်တမ်းတင်ခြင်း။&lt;br&gt;&lt;br&gt;သင် မှတ်တမ်းတင်သမျှ ထုတ်ယူသည်အထိ ဤကွန်ပျူတာပေါ်ရှိ ကုဒ်ဝှက်ထားသော သိုလှောင်ခန်းထဲတွင်သာ ရှိနေမည်။</translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <source>Import files…</source>
        <translation>ဖိုင်များ တင်သွင်းရန်…</translation>
    </message>
    <message>
        <source>The original is always sealed untouched as evidence; this chooses the cleaned copy made at intake.</source>
        <translation>မူရင်းကို သက်သေခံအဖြစ် မပြုပြင်ဘဲ အမြဲ တံဆိပ်ခတ်ထားသည်၊ ဤနေရာတွင် တင်သွင်းချိန်၌ ပြုလုပ်မည့် သန့်စင်မိတ္တူကို ရွေးသည်။</translation>
    </message>
    <message>
        <source>Export copy…</source>
        <translation>မိတ္တူ ထုတ်ယူရန်…</translation>
    </message>
    <message>
        <source>Custody…</source>
        <translation>ထိန်းသိမ်းမှုကွင်းဆက်…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>ဖျက်ရန်…</translation>
    </message>
    <message>
        <source>Import policy:</source>
        <translation>တင်သွင်းမှု မူဝါဒ-</translation>
    </message>
    <message>
        <source>case</source>
        <extracomment>What the import policy chosen does (its name alone says too little). Files of the last import that cannot leave under their policy (not a modal dialog: work goes on; it stays until the next import or another case).</extracomment>
        <translation>အမှုတွဲ</translation>
    </message>
    <message>
        <source>vault</source>
        <translation>သိုလှောင်ခန်း</translation>
    </message>
    <message>
        <source>Default: {policy} ({origin})</source>
        <translation>မူလ- {policy} ({origin})</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>အစမ်းကြည့်ရန် မရှိ</translation>
    </message>
    <message>
        <source>Media of the case</source>
        <extracomment>The side of the preview in the detail pane, in pixels. Videos up to this size get a poster frame when selected (decrypted into memory to decode it). Emitted after items were imported or one was deleted; carries the case id. Emitted with the ``ImportReport`` once an import job has ended (also when it refused all). Emitted with a one-line message for the status bar. Emitted with the item id once the selected item&apos;s preview (made on a worker) is shown.</extracomment>
        <translation>အမှုတွဲ၏ မီဒီယာ</translation>
    </message>
    <message>
        <source>Play…</source>
        <translation>ဖွင့်ကြည့်ရန်…</translation>
    </message>
    <message>
        <source>Play the sound or video from memory</source>
        <translation>အသံ သို့မဟုတ် ဗီဒီယိုကို မှတ်ဉာဏ်မှ ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Metadata of the selected item</source>
        <extracomment>The last poster frame shown (for tests and screenshots).</extracomment>
        <translation>ရွေးထားသည့်အရာ၏ မက်တာဒေတာ</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>အစမ်းကြည့်ရန် ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <source>No preview (too large to decode here)</source>
        <translation>အစမ်းကြည့်၍ မရပါ (ဤနေရာတွင် ဖြည်ရန် ကြီးလွန်းသည်)</translation>
    </message>
    <message>
        <source>Decoding a frame…</source>
        <translation>ဘောင်တစ်ခု ဖြည်နေသည်…</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>အစမ်းကြည့်၍ မရပါ- {reason}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Decrypting {name} into memory…</source>
        <translation>{name} ကို မှတ်ဉာဏ်ထဲသို့ ကုဒ်ဖြည်နေသည်…</translation>
    </message>
    <message>
        <source>{lat}, {lon}, altitude {alt} m</source>
        <translation>{lat}, {lon}၊ အမြင့် {alt} မီတာ</translation>
    </message>
    <message>
        <source>{lat}, {lon}</source>
        <translation>{lat}, {lon}</translation>
    </message>
    <message>
        <source>removed at intake</source>
        <translation>တင်သွင်းချိန်တွင် ဖယ်ရှားပြီး</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>မှတ်တမ်း မရှိ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ဖိုင်</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>တင်သွင်းချိန်</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>တင်သွင်းသူ</translation>
    </message>
    <message>
        <source>Capture time</source>
        <translation>ရိုက်ကူးချိန်</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>ကင်မရာ</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>စီးရီးနံပါတ်</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>ဖန်တီးသူ</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ဆော့ဖ်ဝဲ</translation>
    </message>
    <message>
        <source>GPS location</source>
        <translation>GPS တည်နေရာ</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>အတိုင်းအတာ</translation>
    </message>
    <message>
        <source>{width} × {height}</source>
        <translation>{width} × {height}</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>မူရင်း</translation>
    </message>
    <message>
        <source>Evidence copy</source>
        <translation>သက်သေခံမိတ္တူ</translation>
    </message>
    <message>
        <source>Strip copy</source>
        <translation>အပြည့်သန့်စင်မိတ္တူ</translation>
    </message>
    <message>
        <source>Copy sealed without location</source>
        <translation>တည်နေရာမပါဘဲ တံဆိပ်ခတ်ထားသော မိတ္တူ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>size not known here</source>
        <translation>ဤနေရာတွင် အရွယ်အစား မသိရ</translation>
    </message>
    <message>
        <source>{size}, sealed in this vault</source>
        <translation>{size}၊ ဤသိုလှောင်ခန်းတွင် တံဆိပ်ခတ်ထားသည်</translation>
    </message>
    <message>
        <source>{policy} (converted to {format}) — {size}</source>
        <translation>{policy} ({format} သို့ ပြောင်းထားသည်) — {size}</translation>
    </message>
    <message>
        <source>{policy} — {size}</source>
        <translation>{policy} — {size}</translation>
    </message>
    <message>
        <source>Removed: {what}</source>
        <translation>ဖယ်ရှားပြီး- {what}</translation>
    </message>
    <message>
        <source>No cleaned copy yet (one is made on export).</source>
        <translation>သန့်စင်မိတ္တူ မရှိသေးပါ (ထုတ်ယူချိန်တွင် ပြုလုပ်မည်)။</translation>
    </message>
    <message>
        <source>Derivatives</source>
        <translation>ဆင့်ပွားမိတ္တူများ</translation>
    </message>
    <message>
        <source>Saved the original of {name} as {out}.

SHA-256: {sha}</source>
        <translation>{name} ၏ မူရင်းကို {out} အဖြစ် သိမ်းပြီး။

SHA-256: {sha}</translation>
    </message>
    <message>
        <source>Saved the {policy} copy of {name} as {out}.

SHA-256: {sha}</source>
        <translation>{name} ၏ {policy} မိတ္တူကို {out} အဖြစ် သိမ်းပြီး။

SHA-256: {sha}</translation>
    </message>
    <message>
        <source>nothing needed removing</source>
        <translation>ဖယ်ရှားရန် မလိုအပ်ခဲ့ပါ</translation>
    </message>
    <message>
        <source>Import files into “{title}”</source>
        <translation>“{title}” ထဲသို့ ဖိုင်များ တင်သွင်းရန်</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>ဖိုင်များ တင်သွင်းရန်</translation>
    </message>
    <message numerus="yes">
        <source>Hashing, sealing and reading the metadata of %n file(s)…</source>
        <translation>
            <numerusform>ဖိုင် %n ခု၏ ဟက်ရှ်တွက်၊ တံဆိပ်ခတ်ပြီး မက်တာဒေတာ ဖတ်နေသည်…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>ဖိုင် %n ခု တင်သွင်းပြီးပါပြီ။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused.</source>
        <translation>
            <numerusform>%n ခု ငြင်းပယ်ခံရသည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported file(s) cannot leave this device under their policy; they are sealed and kept:</source>
        <translation>
            <numerusform>တင်သွင်းထားသော ဖိုင် %n ခုသည် ၎င်းတို့၏ မူဝါဒအရ ဤစက်မှ ထွက်ခွာ၍ မရပါ၊ တံဆိပ်ခတ်၍ ထိန်းထားသည်-</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the files imported before that are kept.</source>
        <translation>တင်သွင်းမှု ပယ်ဖျက်လိုက်သည်၊ ယခင် တင်သွင်းပြီးသော ဖိုင်များကို ထိန်းထားသည်။</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>မိတ္တူ ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>Checking and writing the copy…</source>
        <translation>မိတ္တူကို စစ်ဆေးပြီး ရေးနေသည်…</translation>
    </message>
    <message>
        <source>Delete “{name}” and its cleaned copies from the vault? The sealed original is destroyed; its chain of custody is kept. This cannot be undone.</source>
        <translation>“{name}” နှင့် ၎င်း၏ သန့်စင်မိတ္တူများကို သိုလှောင်ခန်းမှ ဖျက်မလား။ တံဆိပ်ခတ်ထားသော မူရင်းကို ဖျက်ဆီးမည်၊ ၎င်း၏ ထိန်းသိမ်းမှုကွင်းဆက်ကို ထိန်းထားမည်။ ပြန်ပြင်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Delete media item</source>
        <translation>မီဒီယာ ဖျက်ရန်</translation>
    </message>
</context>
<context>
    <name>NewPassphraseRow</name>
    <message>
        <source>Su&amp;ggest…</source>
        <translation>အကြံပြုရန်(&amp;G)…</translation>
    </message>
    <message>
        <source>Show six random words to use as the passphrase</source>
        <translation>စကားဝှက်အဖြစ် သုံးရန် ကျပန်းစကားလုံး ခြောက်လုံး ပြရန်</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <source>Destroy the keys</source>
        <extracomment>What the user types to enable the panic button (as in ``humdoc panic``); never translated. The folder a restore goes into when the one chosen already holds something. Emitted with ``wipe`` (bool) once the user confirmed, after the dialog closed.</extracomment>
        <translation>သော့များ ဖျက်ဆီးရန်</translation>
    </message>
    <message>
        <source>Panic: destroy keys</source>
        <translation>အရေးပေါ်- သော့များ ဖျက်ဆီးရန်</translation>
    </message>
    <message>
        <source>&lt;b&gt;This destroys the keys of the vault at {path} now, without a passphrase. Nothing in it can ever be opened again, by you or by anyone, and there is no undo.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Afterwards, unlocking it says “Wrong passphrase.” like any mistyped passphrase. Only a backup made earlier can bring the material back; a backup or copy made earlier is not destroyed.</source>
        <translation>&lt;b&gt;၎င်းသည် {path} ရှိ သိုလှောင်ခန်း၏ သော့များကို စကားဝှက်မလိုဘဲ ယခုပင် ဖျက်ဆီးမည်။ ၎င်းထဲရှိ မည်သည့်အရာကိုမျှ သင် သို့မဟုတ် မည်သူမျှ နောက်ထပ် ဖွင့်၍ မရတော့ဘဲ ပြန်ပြင်၍လည်း မရပါ။&lt;/b&gt;&lt;br&gt;&lt;br&gt;ထို့နောက် သော့ဖွင့်ပါက မှားရိုက်သော စကားဝှက်ကဲ့သို့ပင် “စကားဝှက် မှားနေသည်။” ဟု ပြမည်။ ယခင်က ပြုလုပ်ထားသော အရန်မိတ္တူသာ အချက်အလက်များကို ပြန်ရစေနိုင်သည်၊ ယခင်က ပြုလုပ်ထားသော အရန်မိတ္တူ သို့မဟုတ် မိတ္တူကို မဖျက်ဆီးပါ။</translation>
    </message>
    <message>
        <source>Also delete all vault files (wipe)</source>
        <translation>သိုလှောင်ခန်းဖိုင်အားလုံးကိုလည်း ဖျက်ရန် (wipe)</translation>
    </message>
    <message>
        <source>Without wipe, the vault&apos;s files stay, unreadable. With wipe, they are deleted too and the vault folder is removed if nothing else is in it.</source>
        <translation>wipe မပါလျှင် သိုလှောင်ခန်း၏ ဖိုင်များ မဖတ်နိုင်သည့်အနေဖြင့် ကျန်နေမည်။ wipe ပါလျှင် ၎င်းတို့ကိုလည်း ဖျက်ပြီး အခြားဘာမှမရှိပါက သိုလှောင်ခန်းဖိုဒါကို ဖယ်ရှားမည်။</translation>
    </message>
    <message>
        <source>Type {word} to confirm:</source>
        <translation>အတည်ပြုရန် {word} ကို ရိုက်ထည့်ပါ-</translation>
    </message>
    <message>
        <source>Destroy the keys and delete the files</source>
        <translation>သော့များ ဖျက်ဆီးပြီး ဖိုင်များ ဖျက်ရန်</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Identity-compartment passphrase</source>
        <extracomment>Emitted with the passphrase (``bytes``) on OK, or None on Skip, after the prompt closed.</extracomment>
        <translation>ကိုယ်ရေးအချက်အလက်အခန်း စကားဝှက်</translation>
    </message>
    <message>
        <source>Type the identity-compartment passphrase.</source>
        <translation>ကိုယ်ရေးအချက်အလက်အခန်း စကားဝှက်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>PlayerDialog</name>
    <message>
        <source>Play {name}</source>
        <translation>{name} ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>နေရာ</translation>
    </message>
    <message>
        <source>{position} / {duration}</source>
        <translation>{position} / {duration}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>ခဏရပ်ရန်</translation>
    </message>
</context>
<context>
    <name>PosterFrame</name>
    <message>
        <source>No picture came in time.</source>
        <extracomment>The largest item played or given a poster frame here (it is decrypted into memory). How long a poster frame may take before the attempt is given up. The first decoded frame, as an image. Why no frame came: a decoder error, no video track, or the timeout.</extracomment>
        <translation>အချိန်မီ ပုံ မရပါ။</translation>
    </message>
    <message>
        <source>The file holds no picture.</source>
        <translation>ဖိုင်တွင် ပုံ မပါပါ။</translation>
    </message>
    <message>
        <source>The file cannot be decoded.</source>
        <translation>ဖိုင်ကို ဖြည်၍ မရပါ။</translation>
    </message>
</context>
<context>
    <name>ReceiptAppliedDialog</name>
    <message>
        <source>Receipt applied</source>
        <extracomment>Emitted with the ``Removal`` once items were removed.</extracomment>
        <translation>လက်ခံဖြတ်ပိုင်း အသုံးချပြီး</translation>
    </message>
    <message>
        <source>Also remove the testimony texts</source>
        <translation>ထွက်ဆိုချက် စာသားများကိုလည်း ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>Only testimonies unchanged since they were sent. Keep them if you still need them here, e.g. for follow-up interviews.</source>
        <translation>ပို့ပြီးနောက် မပြောင်းလဲသော ထွက်ဆိုချက်များသာ။ ဤနေရာတွင် လိုအပ်သေးလျှင် (ဥပမာ နောက်ဆက်တွဲ မေးမြန်းမှုများအတွက်) ထားရှိပါ။</translation>
    </message>
    <message>
        <source>&amp;Remove from this device</source>
        <translation>ဤစက်မှ ဖယ်ရှားရန်(&amp;R)</translation>
    </message>
    <message>
        <source>Removing crypto-erases the items&apos; files and deletes their records; a tombstone (id, hashes, this receipt) keeps the chain of custody whole. Media go only if the centre holds their sealed original.</source>
        <translation>ဖယ်ရှားခြင်းသည် အရာများ၏ ဖိုင်များကို ကုဒ်ဝှက်နည်းဖြင့် ဖျက်ဆီးပြီး ၎င်းတို့၏ မှတ်တမ်းများကို ဖျက်သည်၊ ဖျက်ပြီးကြောင်း မှတ်တမ်း (id၊ ဟက်ရှ်များ၊ ဤလက်ခံဖြတ်ပိုင်း) က ထိန်းသိမ်းမှုကွင်းဆက်ကို ပြည့်စုံစေသည်။ စင်တာတွင် တံဆိပ်ခတ်ထားသော မူရင်း ရှိမှသာ မီဒီယာကို ဖယ်ရှားသည်။</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>ဖယ်ရှားပြီး</translation>
    </message>
    <message>
        <source>Remove from this device</source>
        <translation>ဤစက်မှ ဖယ်ရှားခြင်း</translation>
    </message>
    <message>
        <source>Crypto-erasing what the centre holds…</source>
        <translation>စင်တာတွင် ရှိပြီးသားအရာများကို ကုဒ်ဝှက်နည်းဖြင့် ဖျက်ဆီးနေသည်…</translation>
    </message>
</context>
<context>
    <name>ReceiptQrDialog</name>
    <message>
        <source>Receipt as QR codes</source>
        <translation>လက်ခံဖြတ်ပိုင်းကို QR ကုဒ်များအဖြစ်</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>ယခင်(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>နောက်တစ်ခု(&amp;N)</translation>
    </message>
    <message>
        <source>Scan every code with the phone that carries the receipt to the field device, in any order; save what it reads, one code per line, as a text file and apply it there (Exchange ▸ Apply a receipt…).</source>
        <translation>လက်ခံဖြတ်ပိုင်းကို ကွင်းဆင်းစက်သို့ သယ်မည့် ဖုန်းဖြင့် ကုဒ်တိုင်းကို မည်သည့်အစီအစဉ်ဖြင့်မဆို စကင်ဖတ်ပါ၊ ဖတ်ရသည်ကို တစ်ကြောင်းလျှင် ကုဒ်တစ်ခုစီ စာသားဖိုင်အဖြစ် သိမ်းပြီး ထိုစက်တွင် အသုံးချပါ (ဖလှယ်ခြင်း ▸ လက်ခံဖြတ်ပိုင်း အသုံးချရန်…)။</translation>
    </message>
    <message>
        <source>Code {n} of {count}</source>
        <translation>ကုဒ် {count} ခုအနက် {n}</translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <source>Receipts for the field</source>
        <extracomment>Emitted with the path of the receipt document after it was saved (its .minisig beside).</extracomment>
        <translation>ကွင်းဆင်းအတွက် လက်ခံဖြတ်ပိုင်းများ</translation>
    </message>
    <message>
        <source>{file} — {bundle}</source>
        <translation>{file} — {bundle}</translation>
    </message>
    <message>
        <source>A signed receipt tells the field device what this centre now holds; applied there, it lets the device mark those items safe and remove them from the laptop. Save it next to the bundle on the stick, or show it as QR codes.</source>
        <translation>လက်မှတ်ထိုးထားသော လက်ခံဖြတ်ပိုင်းက ဤစင်တာတွင် ယခု ရှိသည်များကို ကွင်းဆင်းစက်အား ပြောပြသည်၊ ထိုစက်တွင် အသုံးချလျှင် ထိုအရာများကို လုံခြုံပြီဟု မှတ်သားကာ လက်ပ်တော့မှ ဖယ်ရှားနိုင်သည်။ USB တွင် အထုပ်ဘေး၌ သိမ်းပါ၊ သို့မဟုတ် QR ကုဒ်များအဖြစ် ပြပါ။</translation>
    </message>
    <message>
        <source>&amp;Save receipt…</source>
        <translation>လက်ခံဖြတ်ပိုင်း သိမ်းရန်(&amp;S)…</translation>
    </message>
    <message>
        <source>Show as &amp;QR codes…</source>
        <translation>QR ကုဒ်များအဖြစ် ပြရန်(&amp;Q)…</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>လက်ခံဖြတ်ပိုင်း သိမ်းရန်</translation>
    </message>
    <message>
        <source>Wrote {doc} and {sig}. Carry both back to the field device.</source>
        <translation>{doc} နှင့် {sig} ကို ရေးပြီးပြီ။ နှစ်ခုစလုံးကို ကွင်းဆင်းစက်သို့ ပြန်သယ်ပါ။</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record testimony</source>
        <extracomment>How often the synthetic source delivers sound, and the elapsed time is redrawn. The recording was saved as a media item; carries the item.</extracomment>
        <translation>ထွက်ဆိုချက် အသံသွင်းရန်</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>အသံဝင် အဆင့်</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>အသံသွင်းရန်</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>ခဏရပ်ရန်</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>ရပ်ပြီး သိမ်းရန်</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>စွန့်ပစ်ရန်…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>အဆင့်</translation>
    </message>
    <message>
        <source>Test source: a synthetic voice, no microphone.</source>
        <translation>စမ်းသပ်ရင်းမြစ်- ဖန်တီးထားသော အသံ၊ မိုက်ခရိုဖုန်း မသုံးပါ။</translation>
    </message>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>ဤကွန်ပျူတာတွင် မိုက်ခရိုဖုန်း မတွေ့ပါ။</translation>
    </message>
    <message>
        <source>Microphone: {name}</source>
        <translation>မိုက်ခရိုဖုန်း- {name}</translation>
    </message>
    <message>
        <source>Saving the recording…</source>
        <translation>အသံသွင်းချက်ကို သိမ်းနေသည်…</translation>
    </message>
    <message>
        <source>Discard this recording? The sound recorded so far is deleted.</source>
        <translation>ဤအသံသွင်းချက်ကို စွန့်ပစ်မလား။ ယခုထိ သွင်းထားသော အသံကို ဖျက်မည်။</translation>
    </message>
    <message>
        <source>Discard recording</source>
        <translation>အသံသွင်းချက် စွန့်ပစ်ရန်</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>ဆက်လုပ်ရန်</translation>
    </message>
    <message>
        <source>{time}  (paused)</source>
        <translation>{time}  (ခဏရပ်ထား)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Custody report</source>
        <translation>ထိန်းသိမ်းမှုကွင်းဆက် အစီရင်ခံစာ</translation>
    </message>
    <message>
        <source>Saved to {path}.

Every custody event verified.</source>
        <translation>{path} တွင် သိမ်းပြီး။

ထိန်းသိမ်းမှု ဖြစ်ရပ်တိုင်း စစ်ဆေးပြီး။</translation>
    </message>
    <message>
        <source>Saved to {path}.

VERIFICATION FAILED for {n} custody event(s).</source>
        <translation>{path} တွင် သိမ်းပြီး။

ထိန်းသိမ်းမှု ဖြစ်ရပ် {n} ခုအတွက် စစ်ဆေးမှု မအောင်မြင်ပါ။</translation>
    </message>
    <message>
        <source>Checking every custody event and writing the report…</source>
        <translation>ထိန်းသိမ်းမှု ဖြစ်ရပ်တိုင်းကို စစ်ဆေးပြီး အစီရင်ခံစာ ရေးနေသည်…</translation>
    </message>
    <message>
        <source>Save custody report</source>
        <translation>ထိန်းသိမ်းမှုကွင်းဆက် အစီရင်ခံစာ သိမ်းရန်</translation>
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
        <translation>အရန်မိတ္တူမှ ပြန်ယူရန်</translation>
    </message>
    <message>
        <source>Restores a humdoc backup into a new, empty folder, then checks that it opens with the passphrase and is intact. Nothing that exists is overwritten.</source>
        <translation>humdoc အရန်မိတ္တူကို ဖိုဒါအသစ် (ဗလာ) ထဲသို့ ပြန်ယူပြီး စကားဝှက်ဖြင့် ဖွင့်နိုင်ကြောင်းနှင့် ပျက်စီးမှုမရှိကြောင်း စစ်ဆေးသည်။ ရှိပြီးသားအရာကို ထပ်မရေးပါ။</translation>
    </message>
    <message>
        <source>The backup file</source>
        <translation>အရန်မိတ္တူ ဖိုင်</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>အရန်မိတ္တူဖိုင်</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ရွေးရန်…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>အရန်မိတ္တူဖိုင်ကို ရွေးရန်</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>ဖိုဒါအသစ် သို့မဟုတ် ဗလာဖိုဒါ</translation>
    </message>
    <message>
        <source>Folder to restore into</source>
        <translation>ပြန်ယူမည့် ဖိုဒါ</translation>
    </message>
    <message>
        <source>Choose the folder to restore into</source>
        <translation>ပြန်ယူမည့် ဖိုဒါကို ရွေးရန်</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase when it was backed up</source>
        <translation>အရန်ကူးစဉ်က သိုလှောင်ခန်း၏ စကားဝှက်</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>အရန်မိတ္တူ</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>ပြန်ယူမည့်နေရာ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>စကားဝှက်</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ပြန်ယူရန်</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>အရန်မိတ္တူ ရွေးရန်</translation>
    </message>
    <message>
        <source>humdoc backups (*.tar);;All files (*)</source>
        <translation>humdoc အရန်မိတ္တူများ (*.tar);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>အရန်မိတ္တူဖိုင်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>{path} တွင် ဖိုင် မရှိပါ။</translation>
    </message>
    <message>
        <source>Choose a new or empty folder to restore into.</source>
        <translation>ပြန်ယူရန် ဖိုဒါအသစ် သို့မဟုတ် ဗလာဖိုဒါကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>သိုလှောင်ခန်း၏ စကားဝှက်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Restoring and checking the vault…</source>
        <translation>သိုလှောင်ခန်းကို ပြန်ယူပြီး စစ်ဆေးနေသည်…</translation>
    </message>
</context>
<context>
    <name>RevokeDeviceDialog</name>
    <message>
        <source>Revoke the device</source>
        <extracomment>Emitted with the ``Revocation`` once the device is revoked, after the dialog closed.</extracomment>
        <translation>စက်ကို ရုပ်သိမ်းရန်</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>စက် ရုပ်သိမ်းရန်</translation>
    </message>
    <message>
        <source>Revoke {name}? From now on this centre rejects every bundle its key signs, whenever it says it was made. What it sent before stays, and the custody of each item it delivered records the revocation. Do this when the device is lost or seized.</source>
        <translation>{name} ကို ရုပ်သိမ်းမလား။ ယခုမှစ၍ ဤစင်တာသည် ၎င်း၏သော့ဖြင့် လက်မှတ်ထိုးထားသော အထုပ်တိုင်းကို ပြုလုပ်သည့်ရက် မည်သို့ဖော်ပြပါစေ ငြင်းပယ်မည်။ ယခင် ပို့ထားသည်များ ကျန်ရှိမည်ဖြစ်ပြီး ၎င်းပို့ခဲ့သော အရာတိုင်း၏ ထိန်းသိမ်းမှုကွင်းဆက်တွင် ရုပ်သိမ်းမှုကို မှတ်တမ်းတင်မည်။ စက် ပျောက်ဆုံး သို့မဟုတ် သိမ်းဆည်းခံရသည့်အခါ ပြုလုပ်ပါ။</translation>
    </message>
    <message>
        <source>e.g. seized at the checkpoint</source>
        <translation>ဥပမာ- စစ်ဆေးရေးဂိတ်တွင် သိမ်းဆည်းခံရ</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>လက်ဗွေ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>အကြောင်းရင်း</translation>
    </message>
    <message>
        <source>Type {name} to confirm</source>
        <translation>အတည်ပြုရန် {name} ကို ရိုက်ထည့်ပါ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Vault settings</source>
        <translation>သိုလှောင်ခန်း ဆက်တင်များ</translation>
    </message>
    <message>
        <source>Never store the location of new files</source>
        <translation>ဖိုင်အသစ်များ၏ တည်နေရာကို ဘယ်တော့မှ မသိမ်းရန်</translation>
    </message>
    <message>
        <source>GPS data is removed before the file is sealed. The sealed copy then differs from the original file; both hashes are kept.</source>
        <translation>ဖိုင်ကို တံဆိပ်မခတ်မီ GPS ဒေတာကို ဖယ်ရှားသည်။ ထို့ကြောင့် တံဆိပ်ခတ်ထားသော မိတ္တူသည် မူရင်းဖိုင်နှင့် ကွာခြားမည်၊ ဟက်ရှ်နှစ်ခုလုံးကို သိမ်းထားသည်။</translation>
    </message>
    <message>
        <source>How you appear in the chain of custody</source>
        <translation>ထိန်းသိမ်းမှုကွင်းဆက်တွင် သင့်ကို ဖော်ပြမည့်ပုံ</translation>
    </message>
    <message>
        <source>Default metadata policy</source>
        <translation>မူလ မက်တာဒေတာ မူဝါဒ</translation>
    </message>
    <message>
        <source>Strip location at intake</source>
        <translation>တင်သွင်းချိန်တွင် တည်နေရာ ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source> min</source>
        <translation> မိနစ်</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without a key press or mouse use. It also locks when the screen locks or the computer goes to sleep.</source>
        <translation>ကီးမနှိပ်၊ မောက်စ်မသုံးဘဲ ဤမိနစ်အရေအတွက် ကြာလျှင် သိုလှောင်ခန်းကို သော့ခတ်မည်။ မျက်နှာပြင် သော့ခတ်သည့်အခါ သို့မဟုတ် ကွန်ပျူတာ အိပ်စက်မုဒ်သို့ ဝင်သည့်အခါလည်း သော့ခတ်မည်။</translation>
    </message>
    <message>
        <source>Actor name</source>
        <translation>ဆောင်ရွက်သူ အမည်</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>အသုံးမပြုလျှင် သော့ခတ်ရန်</translation>
    </message>
    <message>
        <source>Remove media once the centre&apos;s receipt says so</source>
        <translation>စင်တာ၏ လက်ခံဖြတ်ပိုင်းက ခွင့်ပြုသည်နှင့် မီဒီယာကို ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <source>When a receipt from the centre is applied, media whose sealed original the centre holds are crypto-erased from this device (a tombstone stays). Testimony texts are removed only when you ask.</source>
        <translation>စင်တာမှ လက်ခံဖြတ်ပိုင်းကို အသုံးချသောအခါ စင်တာတွင် တံဆိပ်ခတ်ထားသော မူရင်း ရှိသည့် မီဒီယာများကို ဤစက်မှ ကုဒ်ဝှက်နည်းဖြင့် ဖျက်ဆီးသည် (ဖျက်ပြီးကြောင်း မှတ်တမ်း ကျန်သည်)။ ထွက်ဆိုချက် စာသားများကို သင် တောင်းဆိုမှသာ ဖယ်ရှားသည်။</translation>
    </message>
    <message>
        <source>After a receipt</source>
        <translation>လက်ခံဖြတ်ပိုင်း ရပြီးနောက်</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>စနစ်၏ ဘာသာစကား</translation>
    </message>
    <message>
        <source>Kept on this computer outside the vault, beside the window size and the last vault folder.</source>
        <translation>ဤကွန်ပျူတာပေါ်တွင် သိုလှောင်ခန်းအပြင်ဘက်၌ ဝင်းဒိုးအရွယ်အစားနှင့် နောက်ဆုံးသုံးခဲ့သော သိုလှောင်ခန်းဖိုဒါတို့နှင့်အတူ သိမ်းထားသည်။</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <source>A new language takes effect when humdoc next starts.</source>
        <translation>ဘာသာစကားအသစ်သည် humdoc ကို နောက်တစ်ကြိမ် ဖွင့်သည့်အခါ သက်ရောက်မည်။</translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <extracomment>The languages humdoc ships, by code, with their names in themselves (what a chooser shows). The language of the source strings (its translation file holds only the plural forms). The QSettings key of the language chosen in Settings (absent: follow the system). The environment variables that name the user&apos;s language, in gettext&apos;s order of precedence. Added to the style sheet of a right-to-left interface. Qt draws a line of Arabic a few pixels wider than it measured it (marks, a Latin word in the line): without room at the sides, the first and last letters of a wrapped label&apos;s lines, or of a combo box&apos;s text, are cut off. The translators installed by ``install_translations`` (kept so a second call replaces them).</extracomment>
        <translation>
            <numerusform>%n ဘိုက်</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <extracomment>Emitted with the rating (0 Poor … 3 Excellent, -1 empty) whenever it changes.</extracomment>
        <translation>စကားဝှက် ခိုင်မာမှု</translation>
    </message>
    <message>
        <source>Use four or more random words; Suggest… gives six.</source>
        <translation>ကျပန်းစကားလုံး လေးလုံး သို့မဟုတ် ပိုသုံးပါ၊ အကြံပြုရန်… က ခြောက်လုံး ပေးသည်။</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>ညံ့</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>အားနည်း</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>ကောင်း</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>အလွန်ကောင်း</translation>
    </message>
    <message>
        <source>{rating}: about {bits} bits.</source>
        <translation>{rating}- ခန့်မှန်း {bits} ဘစ်။</translation>
    </message>
    <message>
        <source>Too easy to guess; humdoc will refuse it.</source>
        <translation>ခန့်မှန်းရ လွယ်လွန်းသည်၊ humdoc က ငြင်းပယ်မည်။</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggested passphrase</source>
        <translation>အကြံပြုထားသော စကားဝှက်</translation>
    </message>
    <message>
        <source>Six words chosen at random (about 77 bits). Learn them or write them down and keep the paper apart from the laptop: nobody can recover a lost passphrase.</source>
        <translation>ကျပန်းရွေးထားသော စကားလုံး ခြောက်လုံး (ခန့်မှန်း 77 ဘစ်)။ အလွတ်ကျက်ပါ သို့မဟုတ် ချရေးပြီး စာရွက်ကို လက်တော့ပ်နှင့် သီးခြားထားပါ- ပျောက်သွားသော စကားဝှက်ကို မည်သူမျှ ပြန်ရယူ၍ မရပါ။</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>သုံးမည်(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Another</source>
        <translation>နောက်တစ်ခု(&amp;A)</translation>
    </message>
</context>
<context>
    <name>TestimoniesTab</name>
    <message>
        <source>Testimonies of the case</source>
        <extracomment>Emitted after a testimony was added, edited or deleted; carries the testimony id.</extracomment>
        <translation>အမှုတွဲ၏ ထွက်ဆိုချက်များ</translation>
    </message>
    <message>
        <source>Statement of the selected testimony</source>
        <translation>ရွေးထားသည့် ထွက်ဆိုချက်၏ ပြောကြားချက်</translation>
    </message>
    <message>
        <source>New testimony…</source>
        <translation>ထွက်ဆိုချက်အသစ်…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ပြင်ဆင်ရန်…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>ဖျက်ရန်…</translation>
    </message>
    <message>
        <source>Identity…</source>
        <translation>ကိုယ်ရေးအချက်အလက်…</translation>
    </message>
    <message>
        <source>The witness&apos;s real identity, kept in the identity compartment</source>
        <translation>ကိုယ်ရေးအချက်အလက်အခန်းတွင် သိမ်းထားသော သက်သေ၏ အမှန်တကယ် ကိုယ်ရေးအချက်အလက်</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>အသံသွင်းရန်…</translation>
    </message>
    <message>
        <source>Record the witness speaking; the sound goes straight into the vault</source>
        <translation>သက်သေ ပြောသည်ကို အသံသွင်းရန်၊ အသံသည် သိုလှောင်ခန်းထဲသို့ တိုက်ရိုက် ဝင်သည်</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>သက်သေ</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>မေးမြန်းသည့်ရက်</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>မေးမြန်းသူ</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>သဘောတူညီချက်</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>မှတ်တမ်း မရှိ</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>ချိုးဖောက်မှုများ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>တဂ်များ</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>ကိုယ်ရေးအချက်အလက်</translation>
    </message>
    <message>
        <source>This vault has no identity compartment yet. Create one with Vault ▸ Identity compartment… to record witnesses&apos; real identities.</source>
        <translation>ဤသိုလှောင်ခန်းတွင် ကိုယ်ရေးအချက်အလက်အခန်း မရှိသေးပါ။ သက်သေများ၏ အမှန်တကယ် ကိုယ်ရေးအချက်အလက်ကို မှတ်တမ်းတင်ရန် သိုလှောင်ခန်း ▸ ကိုယ်ရေးအချက်အလက်အခန်း… ဖြင့် ဖန်တီးပါ။</translation>
    </message>
    <message>
        <source>Delete the testimony of {code}? Its statement is overwritten and cannot be recovered.</source>
        <translation>{code} ၏ ထွက်ဆိုချက်ကို ဖျက်မလား။ ၎င်း၏ ပြောကြားချက်ကို ထပ်ရေးဖျက်မည်ဖြစ်ပြီး ပြန်ရယူ၍ မရပါ။</translation>
    </message>
    <message>
        <source>Delete testimony</source>
        <translation>ထွက်ဆိုချက် ဖျက်ရန်</translation>
    </message>
</context>
<context>
    <name>TestimonyDialog</name>
    <message>
        <source>Edit testimony</source>
        <translation>ထွက်ဆိုချက် ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <source>New testimony</source>
        <translation>ထွက်ဆိုချက်အသစ်</translation>
    </message>
    <message>
        <source>Pseudonym code, e.g. W-017 (never a name)</source>
        <translation>အမည်ဝှက်ကုဒ်၊ ဥပမာ- W-017 (အမည်ရင်း ဘယ်တော့မှ မထည့်ရ)</translation>
    </message>
    <message>
        <source>The statement, in the witness&apos;s words</source>
        <translation>သက်သေ၏ ကိုယ်ပိုင်စကားဖြင့် ပြောကြားချက်</translation>
    </message>
    <message>
        <source>e.g. en, ar, fr</source>
        <translation>ဥပမာ- my, en, ar</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. checkpoint, night</source>
        <translation>ကော်မာဖြင့် ခြား၍၊ ဥပမာ- စစ်ဆေးရေးဂိတ်, ညအချိန်</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>သက်သေ</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>ပြောကြားချက်</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>မေးမြန်းသည့်ရက်</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>မေးမြန်းသူ</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>ချိုးဖောက်မှုများ</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>တဂ်များ</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>C&amp;hoose another vault…</source>
        <extracomment>Emitted with the open ``Session`` once an unlock or a creation succeeded. Emitted with the new vault folder when the user picks another one. Emitted with True when an unlock or creation starts, False when it ends. Emitted when the user asks to open a shared archive instead of a vault.</extracomment>
        <translation>အခြား သိုလှောင်ခန်း ရွေးရန်(&amp;H)…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>စကားဝှက်</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>သော့ဖွင့်ရန်(&amp;U)</translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation>သိုလှောင်ခန်းအသစ် ဖန်တီးရန်(&amp;N)…</translation>
    </message>
    <message>
        <source>Panic: destroy keys…</source>
        <translation>အရေးပေါ်- သော့များ ဖျက်ဆီးရန်…</translation>
    </message>
    <message>
        <source>Open a shared &amp;archive…</source>
        <translation>မျှဝေထားသော မှတ်တမ်းတိုက်ကို ဖွင့်ရန်(&amp;A)…</translation>
    </message>
    <message>
        <source>Field device (records testimonies)</source>
        <translation>ကွင်းဆင်းစက် (ထွက်ဆိုချက်များ မှတ်တမ်းတင်သည်)</translation>
    </message>
    <message>
        <source>Documentation centre (receives bundles)</source>
        <translation>မှတ်တမ်းတင်ရေးစင်တာ (အထုပ်များ လက်ခံသည်)</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>စကားဝှက်အသစ်</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>စကားဝှက်ကို ထပ်မံရိုက်ထည့်ပါ</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>သိုလှောင်ခန်း ဖန်တီးရန်(&amp;C)</translation>
    </message>
    <message>
        <source>Unlock an &amp;existing vault instead</source>
        <translation>ရှိပြီးသား သိုလှောင်ခန်းကို သော့ဖွင့်ရန်(&amp;E)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>အတည်ပြု</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>အရန်မိတ္တူမှ ပြန်ယူရန်(&amp;R)…</translation>
    </message>
    <message>
        <source>Vault: {path}</source>
        <translation>သိုလှောင်ခန်း- {path}</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>သိုလှောင်ခန်း ဖိုဒါ ရွေးရန်</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>သိုလှောင်ခန်း၏ စကားဝှက်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>သော့ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>စကားဝှက် နှစ်ခု မတူပါ၊ ထပ်မံရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>သိုလှောင်ခန်း ဖန်တီးနေသည်…</translation>
    </message>
    <message>
        <source>Restored. Unlock it with its passphrase.</source>
        <translation>ပြန်ယူပြီးပါပြီ။ ၎င်း၏ စကားဝှက်ဖြင့် သော့ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>ခဏစောင့်ပါ…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>ပြီးပါပြီ။</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>New case…</source>
        <extracomment>Emitted with a one-line message for the status bar (search errors, counts).</extracomment>
        <translation>အမှုတွဲအသစ်…</translation>
    </message>
    <message>
        <source>Search  (Ctrl+F)</source>
        <translation>ရှာဖွေရန်  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ရှာဖွေရန်</translation>
    </message>
    <message>
        <source>Words of statements, titles and tags, or a witness&apos;s pseudonym code</source>
        <translation>ပြောကြားချက်၊ ခေါင်းစဉ်နှင့် တဂ်များရှိ စကားလုံး သို့မဟုတ် သက်သေ၏ အမည်ဝှက်ကုဒ်</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>အမှုတွဲများ</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>ရှာဖွေမှု ရလဒ်များ</translation>
    </message>
    <message>
        <source>Back to cases</source>
        <translation>အမှုတွဲများသို့ ပြန်သွားရန်</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>မီဒီယာ</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>ရလဒ် %n ခု</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>centre_dialogs</name>
    <message>
        <source>humdoc bundles (*.humdoc);;All files (*)</source>
        <translation>humdoc အထုပ်များ (*.humdoc);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Not checked: cancelled.</source>
        <translation>မစစ်ဆေးရ- ပယ်ဖျက်လိုက်သည်။</translation>
    </message>
    <message>
        <source>Receive bundles</source>
        <translation>အထုပ်များ လက်ခံရန်</translation>
    </message>
    <message>
        <source>Verify bundle</source>
        <translation>အထုပ် စစ်ဆေးရန်</translation>
    </message>
    <message>
        <source>Decrypting and checking every signature and hash…</source>
        <translation>ကုဒ်ဖြည်ပြီး လက်မှတ်နှင့် ဟက်ရှ်တိုင်းကို စစ်ဆေးနေသည်…</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <source>Record the testimony</source>
        <extracomment>What separates tags as people type them: a comma in Latin, Arabic (،) or Burmese (၊) script.</extracomment>
        <translation>ထွက်ဆိုချက်ကို မှတ်တမ်းတင်ရန်</translation>
    </message>
    <message>
        <source>Share with the documentation centre</source>
        <translation>မှတ်တမ်းတင်ရေးစင်တာနှင့် မျှဝေရန်</translation>
    </message>
    <message>
        <source>Share with accountability bodies</source>
        <translation>တာဝန်ခံမှုဆိုင်ရာ အဖွဲ့များနှင့် မျှဝေရန်</translation>
    </message>
    <message>
        <source>Publish anonymised</source>
        <translation>အမည်မဖော်ဘဲ ထုတ်ပြန်ရန်</translation>
    </message>
    <message>
        <source>Share the witness&apos;s identity</source>
        <translation>သက်သေ၏ ကိုယ်ရေးအချက်အလက်ကို မျှဝေရန်</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Unknown</source>
        <extracomment>The earliest date a date field accepts; showing it means &quot;no date&quot;.</extracomment>
        <translation>မသိ</translation>
    </message>
</context>
<context>
    <name>exchange_models</name>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>အရာ</translation>
    </message>
    <message>
        <source>Reason / detail</source>
        <translation>အကြောင်းရင်း / အသေးစိတ်</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>ပါဝင်</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>ထိန်းထားသည်</translation>
    </message>
    <message>
        <source>case</source>
        <translation>အမှုတွဲ</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>ဖြစ်ရပ်</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>ထွက်ဆိုချက်</translation>
    </message>
    <message>
        <source>media</source>
        <translation>မီဒီယာ</translation>
    </message>
    <message>
        <source>witness identity</source>
        <translation>သက်သေ၏ ကိုယ်ရေးအချက်အလက်</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>အထုပ်</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ရလဒ်</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>အသေးစိတ်</translation>
    </message>
    <message>
        <source>received</source>
        <translation>လက်ခံပြီး</translation>
    </message>
    <message>
        <source>already received</source>
        <translation>လက်ခံပြီးသား</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>စစ်ဆေးပြီး</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ငြင်းပယ်</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>လက်မခံရ</translation>
    </message>
    <message>
        <source>not received (cancelled)</source>
        <translation>လက်မခံရ (ပယ်ဖျက်)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>စက်</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>လက်ဗွေ</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>မှတ်ပုံတင်သည့်ရက်</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>လက်ခံထား</translation>
    </message>
    <message>
        <source>revoked {date}</source>
        <translation>{date} တွင် ရုပ်သိမ်းပြီး</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>consent: {scopes}</source>
        <translation>သဘောတူညီချက်- {scopes}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ဘာမှမရှိ</translation>
    </message>
    <message>
        <source>{policy} copy; removed: {removed}</source>
        <translation>{policy} မိတ္တူ၊ ဖယ်ရှားပြီး- {removed}</translation>
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
        <translation>ရှိ</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>ဖယ်ရှားပြီး</translation>
    </message>
    <message>
        <source>no</source>
        <translation>မရှိ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ဖိုင်</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>အရွယ်အစား</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>ရိုက်ကူးချိန်</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>တည်နေရာ</translation>
    </message>
    <message>
        <source>image</source>
        <translation>ပုံ</translation>
    </message>
    <message>
        <source>video</source>
        <translation>ဗီဒီယို</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>အသံ</translation>
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
        <translation>အချိန် (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>ဆောင်ရွက်သူ</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>စက်</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>မှတ်တမ်း ဟက်ရှ်</translation>
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
        <translation>အမှုတွဲ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>ပြင်ဆင်ချိန်</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ဖွင့်ထား</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ပိတ်ပြီး</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>သက်သေ</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>မေးမြန်းသည့်ရက်</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>သဘောတူညီချက်</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>ပြောကြားချက်</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>မှတ်တမ်း မရှိ</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>ဖြစ်ရပ်</translation>
    </message>
    <message>
        <source>When</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>တည်နေရာ</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>ကိုက်ညီချက်</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>ထွက်ဆိုချက်</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>the original, untouched (location, serial numbers and names stay in it)</source>
        <extracomment>The sentences of ``POLICY_EXPLANATIONS`` written out for pyside6-lupdate, which reads source text only; tests/gui/test_policy_text.py fails if they ever differ from core&apos;s.</extracomment>
        <translation>မူရင်း၊ မပြုပြင်ထား (တည်နေရာ၊ စီးရီးနံပါတ်နှင့် အမည်များ ကျန်နေသည်)</translation>
    </message>
    <message>
        <source>capture time, camera and orientation kept; location, serial numbers, names and free text removed</source>
        <translation>ရိုက်ကူးချိန်၊ ကင်မရာနှင့် လှည့်ထားပုံကို ထားရှိ၊ တည်နေရာ၊ စီးရီးနံပါတ်၊ အမည်နှင့် စာသားအလွတ်များကို ဖယ်ရှား</translation>
    </message>
    <message>
        <source>nothing identifying left (every metadata field removed)</source>
        <translation>ကိုယ်ရေးဖော်ပြနိုင်သည့်အရာ မကျန် (မက်တာဒေတာ အကွက်တိုင်း ဖယ်ရှား)</translation>
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
        <translation>humdoc လက်ခံဖြတ်ပိုင်းများ (*.receipt *.txt);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Receipt from {centre} checked: bundle {bundle} (sequence {seq}) arrived. {count} item(s) marked safe at the centre in their chain of custody.</source>
        <translation>{centre} ထံမှ လက်ခံဖြတ်ပိုင်းကို စစ်ဆေးပြီး- အထုပ် {bundle} (အစဉ် {seq}) ရောက်ရှိပြီး။ ထိန်းသိမ်းမှုကွင်းဆက်တွင် စင်တာ၌ လုံခြုံကြောင်း မှတ်သားထားသော အရာ {count} ခု။</translation>
    </message>
    <message>
        <source>Not marked (sent before humdoc recorded what it sent): {ids}.</source>
        <translation>မှတ်သားမထားပါ (humdoc က ပို့သည့်အရာကို မှတ်တမ်းမတင်မီ ပို့ခဲ့သည်)- {ids}။</translation>
    </message>
    <message>
        <source>Removed from this device: {count} item(s), {files} file(s) crypto-erased. A tombstone and the chain of custody stay.</source>
        <translation>ဤစက်မှ ဖယ်ရှားပြီး- အရာ {count} ခု၊ ကုဒ်ဝှက်နည်းဖြင့် ဖျက်ဆီးသော ဖိုင် {files} ခု။ ဖျက်ပြီးကြောင်း မှတ်တမ်းနှင့် ထိန်းသိမ်းမှုကွင်းဆက် ကျန်ရှိသည်။</translation>
    </message>
    <message>
        <source>Kept {kind} {id}: {reason}.</source>
        <translation>{kind} {id} ကို ထားရှိသည်- {reason}။</translation>
    </message>
    <message>
        <source>Apply a receipt</source>
        <translation>လက်ခံဖြတ်ပိုင်း အသုံးချရန်</translation>
    </message>
    <message>
        <source>Checking the centre&apos;s receipt…</source>
        <translation>စင်တာ၏ လက်ခံဖြတ်ပိုင်းကို စစ်ဆေးနေသည်…</translation>
    </message>
</context>
<context>
    <name>report_pdf</name>
    <message>
        <source>humdoc custody report</source>
        <translation>humdoc ထိန်းသိမ်းမှုကွင်းဆက် အစီရင်ခံစာ</translation>
    </message>
</context>
<context>
    <name>safety_dialogs</name>
    <message>
        <source>Back up the vault to</source>
        <translation>သိုလှောင်ခန်းကို အရန်ကူးမည့်နေရာ</translation>
    </message>
    <message>
        <source>humdoc backups (*.tar);;All files (*)</source>
        <translation>humdoc အရန်မိတ္တူများ (*.tar);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Backup written: {name} ({size}).

It is as sensitive as the vault itself: encrypted, and it opens with the same passphrase. Keep it as safe as the laptop, and not with it.</source>
        <translation>အရန်မိတ္တူ ရေးပြီး- {name} ({size})။

၎င်းသည် သိုလှောင်ခန်းကဲ့သို့ပင် အရေးကြီးသည်- ကုဒ်ဝှက်ထားပြီး တူညီသော စကားဝှက်ဖြင့် ဖွင့်သည်။ လက်ပ်တော့ကဲ့သို့ လုံခြုံစွာ သိမ်းပါ၊ လက်ပ်တော့နှင့် အတူ မထားပါနှင့်။</translation>
    </message>
    <message>
        <source>Back up vault</source>
        <translation>သိုလှောင်ခန်း အရန်ကူးရန်</translation>
    </message>
    <message>
        <source>Copying the vault&apos;s encrypted files…</source>
        <translation>သိုလှောင်ခန်း၏ ကုဒ်ဝှက်ထားသော ဖိုင်များကို ကူးနေသည်…</translation>
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
        <translation>kB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
    </message>
</context>
<context>
    <name>vault_actions</name>
    <message>
        <source>Check integrity</source>
        <translation>ခိုင်မာမှု စစ်ဆေးရန်</translation>
    </message>
    <message>
        <source>Decrypting and checking every attachment…</source>
        <translation>ပူးတွဲဖိုင်တိုင်းကို ကုဒ်ဖြည်ပြီး စစ်ဆေးနေသည်…</translation>
    </message>
</context>
</TS>
