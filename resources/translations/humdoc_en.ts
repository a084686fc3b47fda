<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArchiveWindow</name>
    <message numerus="yes">
        <source>Testimonies (%n)</source>
        <translation>
            <numerusform>Testimonies (%n)</numerusform>
            <numerusform>Testimonies (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incidents (%n)</source>
        <translation>
            <numerusform>Incidents (%n)</numerusform>
            <numerusform>Incidents (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Media (%n)</source>
        <translation>
            <numerusform>Media (%n)</numerusform>
            <numerusform>Media (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chain verified: %n entries, every hash link and device signature checks.</source>
        <translation>
            <numerusform>Chain verified: %n entry, every hash link and device signature checks.</numerusform>
            <numerusform>Chain verified: %n entries, every hash link and device signature checks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleResultsDialog</name>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already received (nothing new)</source>
        <translation>
            <numerusform>%n already received (nothing new)</numerusform>
            <numerusform>%n already received (nothing new)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified (nothing imported)</source>
        <translation>
            <numerusform>%n verified (nothing imported)</numerusform>
            <numerusform>%n verified (nothing imported)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not received</source>
        <translation>
            <numerusform>%n not received</numerusform>
            <numerusform>%n not received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleSummary</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>%n testimony</numerusform>
            <numerusform>%n testimonies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s)</source>
        <translation>
            <numerusform>%n media file</numerusform>
            <numerusform>%n media files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message numerus="yes">
        <source>Chain verified: %n entries, every hash link and device signature checks.</source>
        <translation>
            <numerusform>Chain verified: %n entry, every hash link and device signature checks.</numerusform>
            <numerusform>Chain verified: %n entries, every hash link and device signature checks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>%n testimony</numerusform>
            <numerusform>%n testimonies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s)</source>
        <translation>
            <numerusform>%n media file</numerusform>
            <numerusform>%n media files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Witness identities: %n&lt;/b&gt; (names, contacts and notes).</source>
        <translation>
            <numerusform>&lt;b&gt;Witness identities: %n&lt;/b&gt; (names, contacts and notes).</numerusform>
            <numerusform>&lt;b&gt;Witness identities: %n&lt;/b&gt; (names, contacts and notes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Held back: %n item(s)&lt;/b&gt; — they stay on this device (reasons below).</source>
        <translation>
            <numerusform>&lt;b&gt;Held back: %n item&lt;/b&gt; — they stay on this device (reasons below).</numerusform>
            <numerusform>&lt;b&gt;Held back: %n items&lt;/b&gt; — they stay on this device (reasons below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <source>%n file(s) imported and sealed.</source>
        <translation>
            <numerusform>%n file imported and sealed.</numerusform>
            <numerusform>%n files imported and sealed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>%n file refused:</numerusform>
            <numerusform>%n files refused:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityWords</name>
    <message numerus="yes">
        <source>%n custody chain(s)</source>
        <translation>
            <numerusform>%n custody chain</numerusform>
            <numerusform>%n custody chains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Damage found in %n place(s). The first: {finding}</source>
        <translation>
            <numerusform>Damage found in %n place. The first: {finding}</numerusform>
            <numerusform>Damage found in %n places. The first: {finding}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Locked after %n minute without use.</numerusform>
            <numerusform>Locked after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n second(s) without use.</source>
        <translation>
            <numerusform>Locked after %n second without use.</numerusform>
            <numerusform>Locked after %n seconds without use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) received.</source>
        <translation>
            <numerusform>%n bundle received.</numerusform>
            <numerusform>%n bundles received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already received before.</source>
        <translation>
            <numerusform>%n already received before.</numerusform>
            <numerusform>%n already received before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message numerus="yes">
        <source>Hashing, sealing and reading the metadata of %n file(s)…</source>
        <translation>
            <numerusform>Hashing, sealing and reading the metadata of %n file…</numerusform>
            <numerusform>Hashing, sealing and reading the metadata of %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n file imported.</numerusform>
            <numerusform>%n files imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused.</source>
        <translation>
            <numerusform>%n refused.</numerusform>
            <numerusform>%n refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported file(s) cannot leave this device under their policy; they are sealed and kept:</source>
        <translation>
            <numerusform>%n imported file cannot leave this device under its policy; it is sealed and kept:</numerusform>
            <numerusform>%n imported files cannot leave this device under their policy; they are sealed and kept:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <extracomment>The languages humdoc ships, by code, with their names in themselves (what a chooser shows). The language of the source strings (its translation file holds only the plural forms). The QSettings key of the language chosen in Settings (absent: follow the system). The environment variables that name the user&apos;s language, in gettext&apos;s order of precedence. Added to the style sheet of a right-to-left interface. Qt draws a line of Arabic a few pixels wider than it measured it (marks, a Latin word in the line): without room at the sides, the first and last letters of a wrapped label&apos;s lines, or of a combo box&apos;s text, are cut off. The translators installed by ``install_translations`` (kept so a second call replaces them).</extracomment>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
</TS>
