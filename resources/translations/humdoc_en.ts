<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="78"/>
        <source>The vault database failed its integrity check: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="81"/>
        <location filename="../../humdoc/gui/vault_actions.py" line="83"/>
        <location filename="../../humdoc/gui/vault_actions.py" line="85"/>
        <source>Check integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="83"/>
        <source>The vault database is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="85"/>
        <source>Checking every page of the vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleResultsDialog</name>
    <message numerus="yes">
        <location filename="../../humdoc/gui/centre_dialogs.py" line="130"/>
        <source>%n received</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../humdoc/gui/centre_dialogs.py" line="132"/>
        <source>%n verified (nothing imported)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../humdoc/gui/centre_dialogs.py" line="134"/>
        <source>%n rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../humdoc/gui/centre_dialogs.py" line="136"/>
        <source>%n not received</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/centre_dialogs.py" line="137"/>
        <source>Nothing checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="150"/>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="150"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="155"/>
        <source>A short name for the investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="161"/>
        <source>Vault default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="167"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="168"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="170"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="171"/>
        <source>Metadata policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="54"/>
        <source>Edit case…</source>
        <extracomment>Emitted after the case was edited; carries the case id. Emitted after the case was deleted; carries the case id. Emitted when the user asks to export this case (the window opens the export dialog).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="55"/>
        <source>Delete case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="58"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="59"/>
        <source>Write this case into a signed, encrypted bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="77"/>
        <source>Testimonies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="78"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="88"/>
        <source>Select a case on the left, or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="118"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="118"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="120"/>
        <source>Metadata policy: {policy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="121"/>
        <source>vault default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="124"/>
        <source>No description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="156"/>
        <source>Delete the case “{title}” with all its incidents and testimonies? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_view.py" line="159"/>
        <location filename="../../humdoc/gui/case_view.py" line="164"/>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="28"/>
        <location filename="../../humdoc/gui/vault_actions.py" line="57"/>
        <location filename="../../humdoc/gui/vault_actions.py" line="63"/>
        <source>Change passphrase</source>
        <extracomment>``runner(fn, title, message, on_success, cancellable)``: how the window runs a session job.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="31"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="32"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="33"/>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="34"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="35"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="36"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="46"/>
        <source>The two new passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="48"/>
        <source>The new passphrase must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="58"/>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="63"/>
        <source>Rewrapping the vault key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompartmentDialog</name>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="151"/>
        <source>Create identity compartment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="153"/>
        <source>Change identity-compartment passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="160"/>
        <source>The identity compartment keeps witnesses&apos; real names, contacts and notes under a passphrase of its own, different from the vault&apos;s: someone made to unlock the vault still cannot read them. The passphrase cannot be recovered: lose it and the identities in the compartment are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="167"/>
        <source>Only the compartment&apos;s key is rewrapped; the identities in it stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="172"/>
        <source>Current compartment passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="173"/>
        <source>New compartment passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="174"/>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="176"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="177"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="177"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="178"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="193"/>
        <source>The two new passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="195"/>
        <source>The new passphrase must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="219"/>
        <source>The identity compartment is created. Keep its passphrase apart from the vault&apos;s; it cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="223"/>
        <source>The compartment passphrase is changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="231"/>
        <source>Sealing the identity key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="239"/>
        <source>Wrong passphrase.</source>
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
    <name>CustodyDialog</name>
    <message>
        <location filename="../../humdoc/gui/media_dialogs.py" line="170"/>
        <source>Chain of custody — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_dialogs.py" line="196"/>
        <source>this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_dialogs.py" line="199"/>
        <source>the chain is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_dialogs.py" line="203"/>
        <source>Chain broken: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../humdoc/gui/media_dialogs.py" line="209"/>
        <source>Chain verified: %n entries, every hash link and device signature checks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceKeysDialog</name>
    <message>
        <location filename="../../humdoc/gui/keys_dialog.py" line="60"/>
        <source>Device keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/keys_dialog.py" line="65"/>
        <source>Signing key (minisign) — the centre enrols this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/keys_dialog.py" line="66"/>
        <source>Fingerprint — the centre must see exactly this when it enrols you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/keys_dialog.py" line="68"/>
        <source>Signing key (minisign) — the centre&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/keys_dialog.py" line="69"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/keys_dialog.py" line="81"/>
        <source>The public key as a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/keys_dialog.py" line="82"/>
        <source>Copy public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/keys_dialog.py" line="96"/>
        <source>Encryption recipient (age) — field devices add this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/keys_dialog.py" line="100"/>
        <source>Field devices encrypt their bundles to this key: Exchange ▸ Export cases… ▸ Add recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/keys_dialog.py" line="109"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../humdoc/gui/centre_dialogs.py" line="207"/>
        <source>Enrolled devices</source>
        <extracomment>Emitted with the new ``Device`` after an enrolment.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/centre_dialogs.py" line="212"/>
        <source>e.g. Laptop field team B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/centre_dialogs.py" line="215"/>
        <source>Paste the device&apos;s minisign public key (both lines, or the RW… line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/centre_dialogs.py" line="224"/>
        <source>The device shows exactly this fingerprint (I compared every group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/centre_dialogs.py" line="226"/>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/centre_dialogs.py" line="234"/>
        <source>Enrol a field device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/centre_dialogs.py" line="236"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/centre_dialogs.py" line="237"/>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/centre_dialogs.py" line="238"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../humdoc/gui/safety_dialogs.py" line="65"/>
        <location filename="../../humdoc/gui/safety_dialogs.py" line="76"/>
        <location filename="../../humdoc/gui/safety_dialogs.py" line="81"/>
        <source>Duress passphrase</source>
        <extracomment>The file name a backup gets when the user types none of its own. ``run(fn, title, message, on_success, cancellable)``: runs a session job, returns its dialog. Emitted with True once a duress passphrase was set, False once it was removed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/safety_dialogs.py" line="68"/>
        <source>A duress passphrase is one to give if someone forces you to unlock the vault. Typed at unlock, it destroys the vault&apos;s keys for good, and humdoc answers “Wrong passphrase.” exactly as for a mistyped one. Copies and backups made before are not affected: they still open with the vault passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/safety_dialogs.py" line="75"/>
        <source>The passphrase you unlock with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/safety_dialogs.py" line="77"/>
        <source>The same duress passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/safety_dialogs.py" line="80"/>
        <source>Vault passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/safety_dialogs.py" line="82"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/safety_dialogs.py" line="86"/>
        <source>Set duress passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/safety_dialogs.py" line="90"/>
        <source>Remove duress passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/safety_dialogs.py" line="93"/>
        <source>Only the vault passphrase is needed; the duress fields are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/safety_dialogs.py" line="123"/>
        <location filename="../../humdoc/gui/safety_dialogs.py" line="149"/>
        <source>Type the vault&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/safety_dialogs.py" line="126"/>
        <source>Type a duress passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/safety_dialogs.py" line="129"/>
        <source>The two duress passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/safety_dialogs.py" line="140"/>
        <source>The duress passphrase is set. Typed at unlock, it destroys the keys for good and shows “Wrong passphrase.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/safety_dialogs.py" line="156"/>
        <source>No duress passphrase is set any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/safety_dialogs.py" line="173"/>
        <source>Sealing the vault&apos;s keys…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCopyDialog</name>
    <message>
        <location filename="../../humdoc/gui/media_dialogs.py" line="94"/>
        <source>Export a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_dialogs.py" line="98"/>
        <source>The original, untouched (all its metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_dialogs.py" line="100"/>
        <source>Evidence copy (location, serials, names removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_dialogs.py" line="102"/>
        <source>Stripped copy (nothing identifying left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_dialogs.py" line="106"/>
        <source>Where to save the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_dialogs.py" line="107"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_dialogs.py" line="115"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_dialogs.py" line="116"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_dialogs.py" line="117"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_dialogs.py" line="138"/>
        <source>Save the copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_dialogs.py" line="150"/>
        <source>The original carries its location, serial number or names. Hand it over only where that is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_dialogs.py" line="161"/>
        <source>Choose where to save the copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="126"/>
        <source>Export cases</source>
        <extracomment>Emitted with the ``ExportResult`` after a bundle was written.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="128"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="128"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="130"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="130"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="132"/>
        <source>Add recipient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="136"/>
        <source>Name, e.g. Documentation centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="138"/>
        <source>age1… (the centre&apos;s Device keys show it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="139"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="148"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="152"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="157"/>
        <source>Each case&apos;s own policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="162"/>
        <source>Include witness identities (only where the witness consented to share-identity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="170"/>
        <source>This vault has no identity compartment (Vault ▸ Identity compartment…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="174"/>
        <source>&lt;b&gt;The bundle will carry these witnesses&apos; real names, contacts and notes.&lt;/b&gt; Every recipient can read them: encrypt it to the documentation centre only. Export asks for the identity-compartment passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="182"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="191"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="200"/>
        <location filename="../../humdoc/gui/export_dialog.py" line="453"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="206"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="208"/>
        <source>Encrypt to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="217"/>
        <source>Metadata policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="220"/>
        <source>What will leave, and what is held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="225"/>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="255"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="255"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="311"/>
        <source>Press Preview to see what this export carries and what it holds back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="313"/>
        <source>Tick the cases to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="346"/>
        <source>Carried: {t} testimonies, {m} media files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../humdoc/gui/export_dialog.py" line="351"/>
        <source>&lt;b&gt;Witness identities: %n&lt;/b&gt; (names, contacts and notes).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../humdoc/gui/export_dialog.py" line="357"/>
        <source>&lt;b&gt;Held back: %n item(s)&lt;/b&gt; — they stay on this device (reasons below).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="362"/>
        <source>Nothing is held back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="370"/>
        <source>Preview export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="371"/>
        <source>Checking consent and preparing cleaned copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="393"/>
        <source>Write the bundle to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="393"/>
        <source>humdoc bundles (*.humdoc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="415"/>
        <source>Include witness identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="417"/>
        <source>The identities of the witnesses listed in the preview will leave in this bundle. Type the identity-compartment passphrase to include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="447"/>
        <source>Export cancelled; no bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="454"/>
        <source>Signing and encrypting the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="481"/>
        <source>Bundle written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="485"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="486"/>
        <source>Bundle id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="487"/>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="488"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="489"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="489"/>
        <source>{n} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="490"/>
        <source>Testimonies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="491"/>
        <source>Media files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="492"/>
        <source>Witness identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/export_dialog.py" line="493"/>
        <source>Held back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="270"/>
        <source>Identity of {code}</source>
        <extracomment>Emitted with the person id after the identity was saved or deleted (never its content).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="277"/>
        <source>The real identity of {code} is kept in the identity compartment. Its passphrase opens it for this window only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="282"/>
        <source>An identity is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="284"/>
        <source>No identity is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="288"/>
        <source>Identity-compartment passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="292"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="309"/>
        <source>Full name, as the witness gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="311"/>
        <source>Telephone, address or go-between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="320"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="329"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="330"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="331"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="350"/>
        <source>Type the identity-compartment passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="363"/>
        <source>Opening the identity compartment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="371"/>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="423"/>
        <source>Delete the real identity of {code}? It cannot be recovered; the pseudonym and its testimonies stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="426"/>
        <source>Delete identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../humdoc/gui/media_dialogs.py" line="39"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../humdoc/gui/media_dialogs.py" line="56"/>
        <source>%n file(s) imported and sealed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../humdoc/gui/media_dialogs.py" line="61"/>
        <source>%n file(s) refused:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_dialogs.py" line="68"/>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="194"/>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="199"/>
        <source>What happened, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="204"/>
        <source>Coarse is safer: district or town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="205"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="206"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="207"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="208"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/dialogs.py" line="209"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="256"/>
        <source>New incident…</source>
        <extracomment>Emitted after an incident was added or deleted; carries the incident id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="257"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="307"/>
        <source>Delete the incident “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="308"/>
        <location filename="../../humdoc/gui/case_tabs.py" line="313"/>
        <source>Delete incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../humdoc/gui/workers.py" line="191"/>
        <source>Cancelling…</source>
        <extracomment>What a job runs: ``fn(progress, cancelled)``; its return value is passed to ``succeeded``. ``(done, total)`` from the job&apos;s progress callback; ``total`` is 0 when unknown. The job returned normally; carries its return value. The job raised; carries a ``HumdocError`` (anything else is wrapped in one). The job stopped because the user cancelled it (it raised ``OperationCancelled``). Emitted last, exactly once, after whichever of the three signals above applied.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="162"/>
        <source>&amp;Vault</source>
        <extracomment>Lock the vault after this many minutes without a key press or mouse click. Emitted on every key press, click, wheel or mouse move anywhere in the application. Emitted with the ``Session`` once the vault is unlocked (or created) and shown. Emitted after the session was closed and the unlock screen shown again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="163"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="164"/>
        <source>Device &amp;keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="165"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="167"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="170"/>
        <source>&amp;Identity compartment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="172"/>
        <source>&amp;Check integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="173"/>
        <source>&amp;Back up vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="174"/>
        <source>&amp;Duress passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="177"/>
        <source>Panic: destroy keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="178"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="195"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="197"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="200"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="204"/>
        <source>E&amp;xchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="205"/>
        <source>&amp;Export cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="206"/>
        <source>&amp;Verify bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="207"/>
        <source>&amp;Receive bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="208"/>
        <source>Enrolled &amp;devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="214"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="215"/>
        <source>&amp;About humdoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="246"/>
        <source>Field device</source>
        <extracomment>Only a documentation centre verifies, receives and enrols; a field device never sees them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="246"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="250"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="290"/>
        <source>Vault locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../humdoc/gui/main_window.py" line="480"/>
        <source>%n bundle(s) received.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="491"/>
        <source>Receive bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="493"/>
        <source>If these bundles carry witness identities, humdoc needs the identity-compartment passphrase to file them in this centre&apos;s compartment. Skip: a bundle that carries identities is then not received (nothing of it is kept); the others are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="498"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="515"/>
        <source>About humdoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/main_window.py" line="519"/>
        <source>&lt;b&gt;humdoc {version}&lt;/b&gt;&lt;br&gt;Offline-first, encrypted documentation of human rights testimonies and evidence.&lt;br&gt;&lt;br&gt;Everything you record stays in the encrypted vault on this computer until you export it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="76"/>
        <source>Import files…</source>
        <extracomment>The side of the preview in the detail pane, in pixels. Emitted after items were imported or one was deleted; carries the case id. Emitted with the ``ImportReport`` once an import job has ended (also when it refused all). Emitted with a one-line message for the status bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="83"/>
        <source>The original is always sealed untouched as evidence; this chooses the cleaned copy made at intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="87"/>
        <source>Export copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="89"/>
        <source>Custody…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="91"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="113"/>
        <source>Import policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="145"/>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="145"/>
        <source>vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="147"/>
        <source>Default: {policy} ({origin})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="196"/>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="223"/>
        <source>, altitude {alt} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="226"/>
        <source>removed at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="228"/>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="231"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="232"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="233"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="234"/>
        <source>Imported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="235"/>
        <source>Capture time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="236"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="237"/>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="238"/>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="239"/>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="240"/>
        <source>GPS location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="241"/>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="242"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="245"/>
        <source>Sealed SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="249"/>
        <source>nothing needed removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="250"/>
        <source> (converted to {fmt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="282"/>
        <source>Import files into “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="304"/>
        <location filename="../../humdoc/gui/media_tab.py" line="334"/>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../humdoc/gui/media_tab.py" line="306"/>
        <source>Hashing, sealing and reading the metadata of %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../humdoc/gui/media_tab.py" line="325"/>
        <source>%n file(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../humdoc/gui/media_tab.py" line="326"/>
        <source>%n refused.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="341"/>
        <source>Import cancelled; the files imported before that are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="374"/>
        <location filename="../../humdoc/gui/media_tab.py" line="386"/>
        <source>Export a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="375"/>
        <source>Saved the {what} of {name} as {out}.

SHA-256: {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="387"/>
        <source>Checking and writing the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="409"/>
        <source>Delete “{name}” and its cleaned copies from the vault? The sealed original is destroyed; its chain of custody is kept. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/media_tab.py" line="412"/>
        <location filename="../../humdoc/gui/media_tab.py" line="417"/>
        <source>Delete media item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="82"/>
        <source>Panic: destroy keys</source>
        <extracomment>What the user types to enable the panic button (as in ``humdoc panic``); never translated. The folder a restore goes into when the one chosen already holds something. Emitted with ``wipe`` (bool) once the user confirmed, after the dialog closed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="86"/>
        <source>&lt;b&gt;This destroys the keys of the vault at {path} now, without a passphrase. Nothing in it can ever be opened again, by you or by anyone, and there is no undo.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Afterwards, unlocking it says “Wrong passphrase.” like any mistyped passphrase. Only a backup made earlier can bring the material back; a backup or copy made earlier is not destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="95"/>
        <source>Also delete all vault files (wipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="98"/>
        <source>Without wipe, the vault&apos;s files stay, unreadable. With wipe, they are deleted too and the vault folder is removed if nothing else is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="104"/>
        <source>Type {word} to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="108"/>
        <location filename="../../humdoc/gui/panic_restore.py" line="139"/>
        <source>Destroy the keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="137"/>
        <source>Destroy the keys and delete the files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="72"/>
        <source>Identity-compartment passphrase</source>
        <extracomment>Emitted with the passphrase (``bytes``) on OK, or None on Skip, after the prompt closed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/identity_dialogs.py" line="97"/>
        <source>Type the identity-compartment passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="176"/>
        <source>Restore from backup</source>
        <extracomment>Emitted with the restored vault&apos;s folder (``Path``) after the dialog closed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="179"/>
        <source>Restores a humdoc backup into a new, empty folder, then checks that it opens with the passphrase and is intact. Nothing that exists is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="185"/>
        <source>The backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="186"/>
        <location filename="../../humdoc/gui/panic_restore.py" line="190"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="189"/>
        <source>A new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="192"/>
        <source>The vault&apos;s passphrase when it was backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="195"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="196"/>
        <location filename="../../humdoc/gui/panic_restore.py" line="227"/>
        <source>Restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="197"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="201"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="217"/>
        <source>Choose the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="218"/>
        <source>humdoc backups (*.tar);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="245"/>
        <source>Choose the backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="249"/>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="252"/>
        <source>Choose a new or empty folder to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="255"/>
        <source>Type the vault&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/panic_restore.py" line="267"/>
        <source>Restoring and checking the vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="95"/>
        <source>Vault settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="101"/>
        <source>keep — the original, untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="102"/>
        <source>evidence — location, serials and names removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="103"/>
        <source>strip — nothing identifying left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="107"/>
        <source>Never store the location of new files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="111"/>
        <source>GPS data is removed before the file is sealed. The sealed copy then differs from the original file; both hashes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="116"/>
        <source>How you appear in the chain of custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="117"/>
        <source>Default metadata policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="118"/>
        <source>Strip location at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/vault_actions.py" line="119"/>
        <source>Actor name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestimoniesTab</name>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="89"/>
        <source>New testimony…</source>
        <extracomment>Emitted after a testimony was added, edited or deleted; carries the testimony id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="90"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="91"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="92"/>
        <source>Identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="94"/>
        <source>The witness&apos;s real identity, kept in the identity compartment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="161"/>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="162"/>
        <source>Interview date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="163"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="164"/>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="165"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="165"/>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="166"/>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="167"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="213"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="215"/>
        <source>This vault has no identity compartment yet. Create one with Vault ▸ Identity compartment… to record witnesses&apos; real identities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="231"/>
        <source>Delete the testimony of {code}? Its statement is overwritten and cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/case_tabs.py" line="233"/>
        <location filename="../../humdoc/gui/case_tabs.py" line="238"/>
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
        <location filename="../../humdoc/gui/unlock.py" line="72"/>
        <source>Choose another vault…</source>
        <extracomment>Emitted with the open ``Session`` once an unlock or a creation succeeded. Emitted with the new vault folder when the user picks another one. Emitted with True when an unlock or creation starts, False when it ends.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="77"/>
        <location filename="../../humdoc/gui/unlock.py" line="114"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="79"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="83"/>
        <source>Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="86"/>
        <source>Panic: destroy keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="99"/>
        <source>Field device (records testimonies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="100"/>
        <source>Documentation centre (receives bundles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="101"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="102"/>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="104"/>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="107"/>
        <source>Unlock an existing vault instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="113"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="115"/>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="122"/>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="170"/>
        <source>Vault: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="231"/>
        <source>Choose the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="246"/>
        <source>Type the vault&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="253"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="264"/>
        <source>The two passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="271"/>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="286"/>
        <source>Restored. Unlock it with its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="311"/>
        <source>Please wait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/unlock.py" line="322"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../humdoc/gui/workspace.py" line="38"/>
        <source>New case…</source>
        <extracomment>Emitted with a one-line message for the status bar (search errors, counts).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/workspace.py" line="43"/>
        <source>Search  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/workspace.py" line="56"/>
        <source>Back to cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../humdoc/gui/workspace.py" line="86"/>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../humdoc/gui/workspace.py" line="183"/>
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
        <location filename="../../humdoc/gui/dialogs.py" line="92"/>
        <source>Unknown</source>
        <extracomment>The earliest date a date field accepts; showing it means &quot;no date&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
