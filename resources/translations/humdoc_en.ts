<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="77"/>
        <source>The vault database failed its integrity check: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="80"/>
        <location filename="../../humdoc/gui/vault_actions.py" line="82"/>
        <location filename="../../humdoc/gui/vault_actions.py" line="84"/>
        <source>Check integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="82"/>
        <source>The vault database is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="84"/>
        <source>Checking every page of the vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="128"/>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="128"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="133"/>
        <source>A short name for the investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="139"/>
        <source>Vault default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="145"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="146"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="148"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="149"/>
        <source>Metadata policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="52"/>
        <source>Edit case…</source>
        <extracomment>Emitted after the case was edited; carries the case id. Emitted after the case was deleted; carries the case id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="53"/>
        <source>Delete case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="71"/>
        <source>Testimonies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="72"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="82"/>
        <source>Select a case on the left, or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="112"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="112"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="114"/>
        <source>Metadata policy: {policy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="115"/>
        <source>vault default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="118"/>
        <source>No description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="145"/>
        <source>Delete the case “{title}” with all its incidents and testimonies? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="148"/>
        <location filename="../../humdoc/gui/case_view.py" line="153"/>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="27"/>
        <location filename="../../humdoc/gui/vault_actions.py" line="56"/>
        <location filename="../../humdoc/gui/vault_actions.py" line="62"/>
        <source>Change passphrase</source>
        <extracomment>``runner(fn, title, message, on_success, cancellable)``: how the window runs a session job.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="30"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="31"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="32"/>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="33"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="34"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="35"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="45"/>
        <source>The two new passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="47"/>
        <source>The new passphrase must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="57"/>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="62"/>
        <source>Rewrapping the vault key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="48"/>
        <source>Consent given by the witness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="172"/>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="177"/>
        <source>What happened, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="182"/>
        <source>Coarse is safer: district or town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="183"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="184"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="185"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="186"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="187"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="224"/>
        <source>New incident…</source>
        <extracomment>Emitted after an incident was added or deleted; carries the incident id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="225"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="275"/>
        <source>Delete the incident “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="276"/>
        <location filename="../../humdoc/gui/case_tabs.py" line="281"/>
        <source>Delete incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../humdoc/gui/workers.py" line="162"/>
        <source>Cancelling…</source>
        <extracomment>What a job runs: ``fn(progress, cancelled)``; its return value is passed to ``succeeded``. ``(done, total)`` from the job&apos;s progress callback; ``total`` is 0 when unknown. The job returned normally; carries its return value. The job raised; carries a ``HumdocError`` (anything else is wrapped in one). The job stopped because the user cancelled it (it raised ``OperationCancelled``). Emitted last, exactly once, after whichever of the three signals above applied.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="134"/>
        <source>&amp;Vault</source>
        <extracomment>Lock the vault after this many minutes without a key press or mouse click. Emitted on every key press, click, wheel or mouse move anywhere in the application. Emitted with the ``Session`` once the vault is unlocked (or created) and shown. Emitted after the session was closed and the unlock screen shown again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="135"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="137"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="139"/>
        <source>&amp;Check integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="140"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="147"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="149"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="152"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="156"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="157"/>
        <source>&amp;About humdoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="171"/>
        <source>Field device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="171"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="175"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="205"/>
        <source>Vault locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="288"/>
        <source>About humdoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="292"/>
        <source>&lt;b&gt;humdoc {version}&lt;/b&gt;&lt;br&gt;Offline-first, encrypted documentation of human rights testimonies and evidence.&lt;br&gt;&lt;br&gt;Everything you record stays in the encrypted vault on this computer until you export it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestimoniesTab</name>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="88"/>
        <source>New testimony…</source>
        <extracomment>Emitted after a testimony was added, edited or deleted; carries the testimony id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="89"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="90"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="152"/>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="153"/>
        <source>Interview date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="154"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="155"/>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="156"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="156"/>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="157"/>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="158"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="199"/>
        <source>Delete the testimony of {code}? Its statement is overwritten and cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="201"/>
        <location filename="../../humdoc/gui/case_tabs.py" line="206"/>
        <source>Delete testimony</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestimonyDialog</name>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="118"/>
        <source>Edit testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="118"/>
        <source>New testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="126"/>
        <source>Pseudonym code, e.g. W-017 (never a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="128"/>
        <source>The statement, in the witness&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="130"/>
        <source>e.g. en, ar, fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="142"/>
        <source>Comma-separated, e.g. checkpoint, night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="144"/>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="145"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="146"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="147"/>
        <source>Interview date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="148"/>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="150"/>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="152"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="158"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="74"/>
        <source>Choose another vault…</source>
        <extracomment>Emitted with the open ``Session`` once an unlock or a creation succeeded. Emitted with the new vault folder when the user picks another one. Emitted with True when an unlock or creation starts, False when it ends.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="79"/>
        <location filename="../../humdoc/gui/unlock.py" line="112"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="81"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="85"/>
        <source>Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="97"/>
        <source>Field device (records testimonies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="98"/>
        <source>Documentation centre (receives bundles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="99"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="100"/>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="102"/>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="105"/>
        <source>Unlock an existing vault instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="111"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="113"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="164"/>
        <source>Vault: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="222"/>
        <source>Choose the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="237"/>
        <source>Type the vault&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="244"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="255"/>
        <source>The two passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="262"/>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../humdoc/gui/workspace.py" line="37"/>
        <source>New case…</source>
        <extracomment>Emitted with a one-line message for the status bar (search errors, counts).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/workspace.py" line="42"/>
        <source>Search  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/workspace.py" line="55"/>
        <source>Back to cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../humdoc/gui/workspace.py" line="179"/>
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="31"/>
        <source>Record the testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="32"/>
        <source>Share with the documentation centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="35"/>
        <source>Share with accountability bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="38"/>
        <source>Publish anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/testimony_dialog.py" line="39"/>
        <source>Share the witness&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="70"/>
        <source>Unknown</source>
        <extracomment>The earliest date a date field accepts; showing it means &quot;no date&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
