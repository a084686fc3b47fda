<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ArchiveConnectDialog</name>
    <message>
        <source>Open a shared archive</source>
        <extracomment>The setting holding the saved connections: a map of name to ``postgresql://`` address. Emitted with the open ``ArchiveSession``; the receiver owns it and must close it.</extracomment>
        <translation>Ouvrir une archive partagée</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <source>Type an address below</source>
        <translation>Saisissez une adresse ci-dessous</translation>
    </message>
    <message>
        <source>postgresql://role@host/archive?sslmode=verify-full</source>
        <translation>postgresql://rôle@hôte/archive?sslmode=verify-full</translation>
    </message>
    <message>
        <source>Archive address</source>
        <translation>Adresse de l’archive</translation>
    </message>
    <message>
        <source>Your humdoc passphrase</source>
        <translation>Votre phrase de passe humdoc</translation>
    </message>
    <message>
        <source>Empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>Vide : PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Opening the archive…</source>
        <translation>Ouverture de l’archive…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrées</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base</translation>
    </message>
    <message>
        <source>Type the archive&apos;s address (postgresql://…).</source>
        <translation>Saisissez l’adresse de l’archive (postgresql://…).</translation>
    </message>
    <message>
        <source>An archive&apos;s address starts with postgresql://.</source>
        <translation>L’adresse d’une archive commence par postgresql://.</translation>
    </message>
    <message>
        <source>Type your humdoc passphrase.</source>
        <translation>Saisissez votre phrase de passe humdoc.</translation>
    </message>
    <message>
        <source>Optional: to preview images</source>
        <translation>Facultatif : pour l’aperçu des images</translation>
    </message>
    <message>
        <source>Blob store folder</source>
        <translation>Dossier du stockage de fichiers</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the blob store folder</source>
        <translation>Choisir le dossier du stockage de fichiers</translation>
    </message>
    <message>
        <source>Blob store</source>
        <translation>Stockage de fichiers</translation>
    </message>
    <message>
        <source>The archive&apos;s blob store folder</source>
        <translation>Dossier du stockage de fichiers de l’archive</translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message>
        <source>{archive} — {role}, {duty} — humdoc archive</source>
        <extracomment>The fields shown first, in this order, of any record (the rest follow by name). Fields that hold a moment (ISO 8601), shown in the interface&apos;s locale. Lock after this long without a key press or mouse use (the vault&apos;s default). The files previewed: images the vault&apos;s media tab previews too. The side of a preview, in pixels (the vault&apos;s media tab&apos;s). Emitted with the tag of a read (``cases``, ``case``, ``summary``, ``testimony``, ``media``, ``custody``, ``versions``, ``identity``, ``search``, ``log``, ``export``) once its result (or its error) is shown. Emitted with the archive&apos;s address (without password) after a lock closed the session. The archive&apos;s blob store folder, if one was given: media previews come from it. Reads on a worker not yet reported, and sessions locked while some were: libpq must not close a connection another thread is using, so those close when the last ends.</extracomment>
        <translation>{archive} — {role}, {duty} — archive humdoc</translation>
    </message>
    <message>
        <source>Search the archive  (Ctrl+F)</source>
        <translation>Rechercher dans l’archive  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Rechercher dans l’archive</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Choose a case from the list.</source>
        <translation>Choisissez un dossier dans la liste.</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Témoignages</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Prise de vue</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>&amp;Read the testimony</source>
        <translation>&amp;Lire le témoignage</translation>
    </message>
    <message>
        <source>Media &amp;details</source>
        <translation>&amp;Détails du média</translation>
    </message>
    <message>
        <source>&amp;Custody chain</source>
        <translation>&amp;Chaîne de traçabilité</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>Witness &amp;identity</source>
        <translation>&amp;Identité du témoin</translation>
    </message>
    <message>
        <source>The archive&apos;s access log records this read, with your name.</source>
        <translation>Le journal des accès de l’archive consigne cette lecture à votre nom.</translation>
    </message>
    <message>
        <source>Opening this testimony is recorded in the archive&apos;s access log.</source>
        <translation>L’ouverture de ce témoignage est consignée dans le journal des accès de l’archive.</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Détails de l’enregistrement</translation>
    </message>
    <message>
        <source>{role}, duty: {duty}</source>
        <translation>{role}, fonction : {duty}</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>réception</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analyste</translation>
    </message>
    <message>
        <source>protection</source>
        <translation>protection</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administration</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>case</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>témoignage</translation>
    </message>
    <message>
        <source>media item</source>
        <translation>élément média</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Witness code</source>
        <translation>Code du témoin</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Date de l’entretien</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Access &amp;log…</source>
        <translation>&amp;Journal des accès…</translation>
    </message>
    <message numerus="yes">
        <source>Testimonies (%n)</source>
        <translation>
            <numerusform>Témoignages (%n)</numerusform>
            <numerusform>Témoignages (%n)</numerusform>
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
            <numerusform>Médias (%n)</numerusform>
            <numerusform>Médias (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>{kind} · {format}</source>
        <translation>{kind} · {format}</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>You opened this testimony; the archive&apos;s access log records it.</source>
        <translation>Vous avez ouvert ce témoignage ; le journal des accès de l’archive le consigne.</translation>
    </message>
    <message>
        <source>File kept</source>
        <translation>Fichier conservé</translation>
    </message>
    <message>
        <source>{mime}, {size}, SHA-256 {digest}</source>
        <translation>{mime}, {size}, SHA-256 {digest}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>not shown: no blob store is set for this connection</source>
        <translation>non affiché : aucun stockage de fichiers n’est défini pour cette connexion</translation>
    </message>
    <message>
        <source>{action} by {actor} on {device}</source>
        <translation>{action} par {actor} sur {device}</translation>
    </message>
    <message>
        <source>Custody chain</source>
        <translation>Chaîne de traçabilité</translation>
    </message>
    <message>
        <source>Chain broken: {problem}</source>
        <translation>Chaîne rompue&#xa0;: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Chain verified: %n entries, every hash link and device signature checks.</source>
        <translation>
            <numerusform>Chaîne vérifiée&#xa0;: %n entrée, chaque lien de hachage et chaque signature d&apos;appareil sont valides.</numerusform>
            <numerusform>Chaîne vérifiée&#xa0;: %n entrées, chaque lien de hachage et chaque signature d&apos;appareil sont valides.</numerusform>
        </translation>
    </message>
    <message>
        <source>No custody events.</source>
        <translation>Aucun événement de traçabilité.</translation>
    </message>
    <message>
        <source>Version {rank}</source>
        <translation>Version {rank}</translation>
    </message>
    <message>
        <source>received {when} in bundle {bundle} from {device}</source>
        <translation>reçue le {when} dans le lot {bundle} de {device}</translation>
    </message>
    <message>
        <source>You opened this witness&apos;s identity; the archive&apos;s access log records it.</source>
        <translation>Vous avez ouvert l’identité de ce témoin ; le journal des accès de l’archive le consigne.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Journal des accès</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Showing this media item&apos;s details and preview is recorded in the archive&apos;s access log.</source>
        <translation>L’affichage des détails et de l’aperçu de ce média est consigné dans le journal des accès de l’archive.</translation>
    </message>
    <message>
        <source>Showing this media item&apos;s details is recorded in the archive&apos;s access log.</source>
        <translation>L’affichage des détails de ce média est consigné dans le journal des accès de l’archive.</translation>
    </message>
    <message>
        <source>none: the archive keeps no image of this item</source>
        <translation>aucun : l’archive ne garde aucune image de cet élément</translation>
    </message>
    <message>
        <source>shown above, decrypted in memory</source>
        <translation>affiché ci-dessus, déchiffré en mémoire</translation>
    </message>
</context>
<context>
    <name>BundleResultsDialog</name>
    <message>
        <source>Bundles</source>
        <translation>Lots</translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n reçu</numerusform>
            <numerusform>%n reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already received (nothing new)</source>
        <translation>
            <numerusform>%n déjà reçu (rien de nouveau)</numerusform>
            <numerusform>%n déjà reçus (rien de nouveau)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified (nothing imported)</source>
        <translation>
            <numerusform>%n vérifié (rien d&apos;importé)</numerusform>
            <numerusform>%n vérifiés (rien d&apos;importé)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejeté</numerusform>
            <numerusform>%n rejetés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not received</source>
        <translation>
            <numerusform>%n non reçu</numerusform>
            <numerusform>%n non reçus</numerusform>
        </translation>
    </message>
    <message>
        <source>{outcomes}.</source>
        <translation>{outcomes}.</translation>
    </message>
    <message>
        <source>Nothing checked.</source>
        <translation>Rien n&apos;a été vérifié.</translation>
    </message>
</context>
<context>
    <name>BundleSummary</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>%n témoignage</numerusform>
            <numerusform>%n témoignages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s)</source>
        <translation>
            <numerusform>%n fichier média</numerusform>
            <numerusform>%n fichiers médias</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle {id} from {device} (sequence {seq}): {counts}.</source>
        <translation>Lot {id} de {device} (séquence {seq})&#xa0;: {counts}.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Edit case</source>
        <translation>Modifier le dossier</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>A short name for the investigation</source>
        <translation>Un nom court pour l&apos;enquête</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Vault default: {label}</source>
        <translation>Par défaut du coffre&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Metadata policy</source>
        <translation>Règle de métadonnées</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Edit case…</source>
        <extracomment>Emitted after the case was edited; carries the case id. Emitted after the case was deleted; carries the case id. Emitted when the user asks to export this case (the window opens the export dialog).</extracomment>
        <translation>Modifier le dossier…</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>Supprimer le dossier…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write this case into a signed, encrypted bundle</source>
        <translation>Écrire ce dossier dans un lot signé et chiffré</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <source>Save the custody report of this case for investigators and courts</source>
        <translation>Enregistrer le rapport de traçabilité de ce dossier pour les enquêteurs et les tribunaux</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Témoignages</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Select a case on the left, or create one.</source>
        <translation>Choisissez un dossier à gauche, ou créez-en un.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Metadata policy: {policy}</source>
        <translation>Règle de métadonnées&#xa0;: {policy}</translation>
    </message>
    <message>
        <source>vault default</source>
        <translation>par défaut du coffre</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Aucune description.</translation>
    </message>
    <message>
        <source>Delete the case “{title}” with all its incidents and testimonies? This cannot be undone.</source>
        <translation>Supprimer le dossier «&#xa0;{title}&#xa0;» avec tous ses incidents et témoignages&#xa0;? C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Supprimer le dossier</translation>
    </message>
</context>
<context>
    <name>CentreKeysDialog</name>
    <message>
        <source>Centres&apos; signing keys</source>
        <extracomment>Emitted with the updated ``Recipient`` after its key was saved.</extracomment>
        <translation>Clés de signature des centres</translation>
    </message>
    <message>
        <source>Centre&apos;s signing key</source>
        <translation>Clé de signature du centre</translation>
    </message>
    <message>
        <source>Paste the centre&apos;s signing key (the file its &apos;keys export --recipient&apos; wrote, its .pub file, or the RW… line), or open the file</source>
        <translation>Collez la clé de signature du centre (le fichier écrit par son &apos;keys export --recipient&apos;, son fichier .pub ou la ligne RW…), ou ouvrez le fichier</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>Ouvrir un fichier de clé…</translation>
    </message>
    <message>
        <source>The centre shows exactly this fingerprint (I compared every group).</source>
        <translation>Le centre affiche exactement cette empreinte (j&apos;ai comparé chaque groupe).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>No centre added yet (Exchange ▸ Export cases… ▸ Add recipient).</source>
        <translation>Aucun centre ajouté (Échanges ▸ Exporter des dossiers… ▸ Ajouter un destinataire).</translation>
    </message>
    <message>
        <source>Its receipts cannot be checked until its signing key is added.</source>
        <translation>Ses accusés de réception ne peuvent être vérifiés avant l&apos;ajout de sa clé de signature.</translation>
    </message>
    <message>
        <source>Signing key held, fingerprint {fp}.</source>
        <translation>Clé de signature enregistrée, empreinte {fp}.</translation>
    </message>
    <message>
        <source>Open the centre&apos;s key</source>
        <translation>Ouvrir la clé du centre</translation>
    </message>
    <message>
        <source>Keys (*.pub *.txt);;All files (*)</source>
        <translation>Clés (*.pub *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>far larger than a key file</source>
        <translation>bien plus gros qu&apos;un fichier de clé</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <extracomment>``runner(fn, title, message, on_success, cancellable)``: how the window runs a session job.</extracomment>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Répétez la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>The two new passphrases differ; type them again.</source>
        <translation>Les deux nouvelles phrases de passe diffèrent&#xa0;; saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>La nouvelle phrase de passe ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>La phrase de passe est changée. Utilisez désormais la nouvelle.</translation>
    </message>
    <message>
        <source>Rewrapping the vault key…</source>
        <translation>Rechiffrement de la clé du coffre…</translation>
    </message>
</context>
<context>
    <name>CompartmentDialog</name>
    <message>
        <source>Create identity compartment</source>
        <translation>Créer le compartiment des identités</translation>
    </message>
    <message>
        <source>Change identity-compartment passphrase</source>
        <translation>Changer la phrase de passe du compartiment des identités</translation>
    </message>
    <message>
        <source>The identity compartment keeps witnesses&apos; real names, contacts and notes under a passphrase of its own, different from the vault&apos;s: someone made to unlock the vault still cannot read them. The passphrase cannot be recovered: lose it and the identities in the compartment are lost.</source>
        <translation>Le compartiment des identités protège les vrais noms, contacts et notes des témoins par sa propre phrase de passe, distincte de celle du coffre&#xa0;: une personne contrainte d&apos;ouvrir le coffre ne peut toujours pas les lire. La phrase de passe est irrécupérable&#xa0;: si vous la perdez, les identités du compartiment sont perdues.</translation>
    </message>
    <message>
        <source>Only the compartment&apos;s key is rewrapped; the identities in it stay as they are.</source>
        <translation>Seule la clé du compartiment est rechiffrée&#xa0;; les identités qu&apos;il contient restent inchangées.</translation>
    </message>
    <message>
        <source>Current compartment passphrase</source>
        <translation>Phrase de passe actuelle du compartiment</translation>
    </message>
    <message>
        <source>New compartment passphrase</source>
        <translation>Nouvelle phrase de passe du compartiment</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Répétez la phrase de passe</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>The two new passphrases differ; type them again.</source>
        <translation>Les deux nouvelles phrases de passe diffèrent&#xa0;; saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>La nouvelle phrase de passe ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The identity compartment is created. Keep its passphrase apart from the vault&apos;s; it cannot be recovered.</source>
        <translation>Le compartiment des identités est créé. Gardez sa phrase de passe à part de celle du coffre&#xa0;; elle est irrécupérable.</translation>
    </message>
    <message>
        <source>The compartment passphrase is changed. Use the new one from now on.</source>
        <translation>La phrase de passe du compartiment est changée. Utilisez désormais la nouvelle.</translation>
    </message>
    <message>
        <source>Sealing the identity key…</source>
        <translation>Scellement de la clé des identités…</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase de passe incorrecte.</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>Consent given by the witness</source>
        <translation>Consentement donné par le témoin</translation>
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
        <translation>Chaîne de traçabilité — {name}</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>cet appareil</translation>
    </message>
    <message>
        <source>the chain is empty</source>
        <translation>la chaîne est vide</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Chaîne de traçabilité</translation>
    </message>
    <message>
        <source>Chain broken: {problem}</source>
        <translation>Chaîne rompue&#xa0;: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Chain verified: %n entries, every hash link and device signature checks.</source>
        <translation>
            <numerusform>Chaîne vérifiée&#xa0;: %n entrée, chaque lien de hachage et chaque signature d&apos;appareil sont valides.</numerusform>
            <numerusform>Chaîne vérifiée&#xa0;: %n entrées, chaque lien de hachage et chaque signature d&apos;appareil sont valides.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceKeysDialog</name>
    <message>
        <source>Device keys</source>
        <translation>Clés de l&apos;appareil</translation>
    </message>
    <message>
        <source>Signing key (minisign) — the centre enrols this</source>
        <translation>Clé de signature (minisign) — le centre enrôle celle-ci</translation>
    </message>
    <message>
        <source>Fingerprint — the centre must see exactly this when it enrols you:</source>
        <translation>Empreinte — le centre doit voir exactement ceci en vous enrôlant&#xa0;:</translation>
    </message>
    <message>
        <source>Signing key (minisign) — the centre&apos;s own</source>
        <translation>Clé de signature (minisign) — celle du centre</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>The public key as a QR code</source>
        <translation>La clé publique en code QR</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>Copier la clé publique</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save as a .pub file the centre enrols</source>
        <translation>Enregistrer en fichier .pub que le centre enrôle</translation>
    </message>
    <message>
        <source>Encryption recipient (age) — field devices add this</source>
        <translation>Destinataire de chiffrement (age) — les appareils de terrain l&apos;ajoutent</translation>
    </message>
    <message>
        <source>Field devices encrypt their bundles to this key: Exchange ▸ Export cases… ▸ Add recipient.</source>
        <translation>Les appareils de terrain chiffrent leurs lots pour cette clé&#xa0;: Échanges ▸ Exporter des dossiers… ▸ Ajouter un destinataire.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Save as a file field devices add</source>
        <translation>Enregistrer en fichier que les appareils de terrain ajoutent</translation>
    </message>
    <message>
        <source>Recipient fingerprint — field devices see exactly this:</source>
        <translation>Empreinte du destinataire — les appareils de terrain voient exactement ceci&#xa0;:</translation>
    </message>
    <message>
        <source>Save public key</source>
        <translation>Enregistrer la clé publique</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub);;All files (*)</source>
        <translation>Clés publiques minisign (*.pub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save recipient</source>
        <translation>Enregistrer le destinataire</translation>
    </message>
    <message>
        <source>age recipients (*.txt);;All files (*)</source>
        <translation>Destinataires age (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{name} could not be written: {why}</source>
        <translation>Impossible d&apos;écrire {name}&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Enrolled devices</source>
        <extracomment>Emitted with the new ``Device`` after an enrolment. Emitted with the ``Revocation`` after a device was revoked.</extracomment>
        <translation>Appareils enrôlés</translation>
    </message>
    <message>
        <source>e.g. Laptop field team B</source>
        <translation>p. ex. Portable équipe de terrain B</translation>
    </message>
    <message>
        <source>Paste the device&apos;s public key (its .pub file, the RW… line or what &apos;keys show&apos; prints), or open the file</source>
        <translation>Collez la clé publique de l&apos;appareil (son fichier .pub, la ligne RW… ou ce qu&apos;affiche &apos;keys show&apos;), ou ouvrez le fichier</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>Ouvrir un fichier de clé…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Stop accepting the selected device&apos;s bundles</source>
        <translation>Ne plus accepter les lots de l&apos;appareil sélectionné</translation>
    </message>
    <message>
        <source>This key was revoked: trust it again (the device is back in safe hands)</source>
        <translation>Cette clé a été révoquée&#xa0;: lui refaire confiance (l&apos;appareil est de nouveau en lieu sûr)</translation>
    </message>
    <message>
        <source>The device shows exactly this fingerprint (I compared every group).</source>
        <translation>L&apos;appareil affiche exactement cette empreinte (j&apos;ai comparé chaque groupe).</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enrôler</translation>
    </message>
    <message>
        <source>Enrol a field device</source>
        <translation>Enrôler un appareil de terrain</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Open public key</source>
        <translation>Ouvrir la clé publique</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.txt);;All files (*)</source>
        <translation>Clés publiques (*.pub *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>far larger than a key file</source>
        <translation>bien plus gros qu&apos;un fichier de clé</translation>
    </message>
    <message>
        <source>{name} could not be read: {why}</source>
        <translation>Impossible de lire {name}&#xa0;: {why}</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <extracomment>The file name a backup gets when the user types none of its own. ``run(fn, title, message, on_success, cancellable)``: runs a session job, returns its dialog. Emitted with True once a duress passphrase was set, False once it was removed.</extracomment>
        <translation>Phrase de passe sous contrainte</translation>
    </message>
    <message>
        <source>A duress passphrase is one to give if someone forces you to unlock the vault. Typed at unlock, it destroys the vault&apos;s keys for good, and humdoc answers “Wrong passphrase.” exactly as for a mistyped one. Copies and backups made before are not affected: they still open with the vault passphrase. Typed in any passphrase field of humdoc, this one included, it destroys the keys too.</source>
        <translation>Une phrase de passe sous contrainte est celle à donner si quelqu&apos;un vous force à ouvrir le coffre. Saisie au déverrouillage, elle détruit définitivement les clés du coffre, et humdoc répond «&#xa0;Phrase de passe incorrecte.&#xa0;» exactement comme pour une faute de frappe. Les copies et sauvegardes faites avant ne sont pas touchées&#xa0;: elles s&apos;ouvrent toujours avec la phrase de passe du coffre. Saisie dans n&apos;importe quel champ de phrase de passe de humdoc, y compris celui-ci, elle détruit aussi les clés.</translation>
    </message>
    <message>
        <source>The passphrase you unlock with</source>
        <translation>La phrase de passe qui déverrouille le coffre</translation>
    </message>
    <message>
        <source>The same duress passphrase again</source>
        <translation>Répétez la phrase sous contrainte</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Phrase de passe du coffre</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation>Définir la phrase sous contrainte</translation>
    </message>
    <message>
        <source>Remove duress passphrase</source>
        <translation>Retirer la phrase sous contrainte</translation>
    </message>
    <message>
        <source>Only the vault passphrase is needed; the duress fields are ignored.</source>
        <translation>Seule la phrase de passe du coffre est nécessaire&#xa0;; les champs sous contrainte sont ignorés.</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Saisissez la phrase de passe du coffre.</translation>
    </message>
    <message>
        <source>Type a duress passphrase.</source>
        <translation>Saisissez une phrase de passe sous contrainte.</translation>
    </message>
    <message>
        <source>The two duress passphrases differ; type them again.</source>
        <translation>Les deux phrases sous contrainte diffèrent&#xa0;; saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>The duress passphrase is set. Typed at unlock, it destroys the keys for good and shows “Wrong passphrase.”</source>
        <translation>La phrase sous contrainte est définie. Saisie au déverrouillage, elle détruit définitivement les clés et affiche «&#xa0;Phrase de passe incorrecte.&#xa0;»</translation>
    </message>
    <message>
        <source>No duress passphrase is set any more.</source>
        <translation>Plus aucune phrase sous contrainte n&apos;est définie.</translation>
    </message>
    <message>
        <source>Sealing the vault&apos;s keys…</source>
        <translation>Scellement des clés du coffre…</translation>
    </message>
</context>
<context>
    <name>ExportCopyDialog</name>
    <message>
        <source>Export a copy</source>
        <translation>Exporter une copie</translation>
    </message>
    <message>
        <source>The original, untouched (all its metadata)</source>
        <translation>L&apos;original, intact (toutes ses métadonnées)</translation>
    </message>
    <message>
        <source>The evidence copy this vault received (not the original)</source>
        <translation>La copie de preuve reçue par ce coffre (pas l&apos;original)</translation>
    </message>
    <message>
        <source>The stripped copy this vault received (not the original)</source>
        <translation>La copie épurée reçue par ce coffre (pas l&apos;original)</translation>
    </message>
    <message>
        <source>The copy sealed at intake, location removed (not the original)</source>
        <translation>La copie scellée à l&apos;import, position retirée (pas l&apos;original)</translation>
    </message>
    <message>
        <source>Where to save the copy</source>
        <translation>Où enregistrer la copie</translation>
    </message>
    <message>
        <source>File to save the copy to</source>
        <translation>Fichier où enregistrer la copie</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the file to save the copy to</source>
        <translation>Choisir le fichier où enregistrer la copie</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Save the copy as</source>
        <translation>Enregistrer la copie sous</translation>
    </message>
    <message>
        <source>The original carries its location, serial number or names. Hand it over only where that is safe.</source>
        <translation>L&apos;original contient son lieu, son numéro de série ou des noms. Ne le remettez que là où c&apos;est sans danger.</translation>
    </message>
    <message>
        <source>Choose where to save the copy.</source>
        <translation>Choisissez où enregistrer la copie.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export cases</source>
        <extracomment>Emitted with the ``ExportResult`` after a bundle was written.</extracomment>
        <translation>Exporter des dossiers</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cases to export</source>
        <translation>Dossiers à exporter</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Add recipient…</source>
        <translation>Ajouter un destinataire…</translation>
    </message>
    <message>
        <source>Name, e.g. Documentation centre</source>
        <translation>Nom, p. ex. Centre de documentation</translation>
    </message>
    <message>
        <source>age1… (the centre&apos;s Device keys show it)</source>
        <translation>age1… (affiché dans les Clés de l&apos;appareil du centre)</translation>
    </message>
    <message>
        <source>Recipient name</source>
        <translation>Nom du destinataire</translation>
    </message>
    <message>
        <source>Recipient key (age1…)</source>
        <translation>Clé du destinataire (age1…)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Each case&apos;s own policy</source>
        <translation>La règle propre à chaque dossier</translation>
    </message>
    <message>
        <source>Include witness identities (only where the witness consented to share-identity)</source>
        <translation>Inclure l&apos;identité des témoins (seulement s&apos;ils ont consenti à share-identity)</translation>
    </message>
    <message>
        <source>This vault has no identity compartment (Vault ▸ Identity compartment…).</source>
        <translation>Ce coffre n&apos;a pas de compartiment des identités (Coffre ▸ Compartiment des identités…).</translation>
    </message>
    <message>
        <source>&lt;b&gt;The bundle will carry these witnesses&apos; real names, contacts and notes.&lt;/b&gt; Every recipient can read them: encrypt it to the documentation centre only. Export asks for the identity-compartment passphrase.</source>
        <translation>&lt;b&gt;Le lot contiendra les vrais noms, contacts et notes de ces témoins.&lt;/b&gt; Chaque destinataire pourra les lire&#xa0;: chiffrez-le pour le seul centre de documentation. L&apos;export demande la phrase de passe du compartiment des identités.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>What the bundle will hold</source>
        <translation>Contenu du lot</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>Choisir le fichier du lot</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Encrypt to</source>
        <translation>Chiffrer pour</translation>
    </message>
    <message>
        <source>Metadata policy</source>
        <translation>Règle de métadonnées</translation>
    </message>
    <message>
        <source>What will leave, and what is held back</source>
        <translation>Ce qui part, et ce qui est retenu</translation>
    </message>
    <message>
        <source>Carried: {testimonies}, {media}.</source>
        <translation>Emporté&#xa0;: {testimonies}, {media}.</translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>%n témoignage</numerusform>
            <numerusform>%n témoignages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s)</source>
        <translation>
            <numerusform>%n fichier média</numerusform>
            <numerusform>%n fichiers médias</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Fichier du lot</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>Press Preview to see what this export carries and what it holds back.</source>
        <translation>Cliquez sur Aperçu pour voir ce que cet export emporte et ce qu&apos;il retient.</translation>
    </message>
    <message>
        <source>Tick the cases to export.</source>
        <translation>Cochez les dossiers à exporter.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Witness identities: %n&lt;/b&gt; (names, contacts and notes).</source>
        <translation>
            <numerusform>&lt;b&gt;Identités de témoins&#xa0;: %n&lt;/b&gt; (noms, contacts et notes).</numerusform>
            <numerusform>&lt;b&gt;Identités de témoins&#xa0;: %n&lt;/b&gt; (noms, contacts et notes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Held back: %n item(s)&lt;/b&gt; — they stay on this device (reasons below).</source>
        <translation>
            <numerusform>&lt;b&gt;Retenu&#xa0;: %n élément&lt;/b&gt; — il reste sur cet appareil (raisons ci-dessous).</numerusform>
            <numerusform>&lt;b&gt;Retenus&#xa0;: %n éléments&lt;/b&gt; — ils restent sur cet appareil (raisons ci-dessous).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is held back.</source>
        <translation>Rien n&apos;est retenu.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Aperçu annulé.</translation>
    </message>
    <message>
        <source>Preview export</source>
        <translation>Aperçu de l&apos;export</translation>
    </message>
    <message>
        <source>Checking consent and preparing cleaned copies…</source>
        <translation>Vérification du consentement et préparation des copies nettoyées…</translation>
    </message>
    <message>
        <source>Write the bundle to</source>
        <translation>Écrire le lot dans</translation>
    </message>
    <message>
        <source>humdoc bundles (*.humdoc)</source>
        <translation>Lots humdoc (*.humdoc)</translation>
    </message>
    <message>
        <source>Include witness identities</source>
        <translation>Inclure l&apos;identité des témoins</translation>
    </message>
    <message>
        <source>The identities of the witnesses listed in the preview will leave in this bundle. Type the identity-compartment passphrase to include them.</source>
        <translation>L&apos;identité des témoins listés dans l&apos;aperçu partira dans ce lot. Saisissez la phrase de passe du compartiment des identités pour les inclure.</translation>
    </message>
    <message>
        <source>Export cancelled; no bundle was written.</source>
        <translation>Export annulé&#xa0;; aucun lot n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Signing and encrypting the bundle…</source>
        <translation>Signature et chiffrement du lot…</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <extracomment>The duties that read records, to whom the menu is shown. The case the window shows: ``(id, title)``, or None before one is chosen.</extracomment>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Custody &amp;report…</source>
        <translation>&amp;Rapport de traçabilité…</translation>
    </message>
    <message>
        <source>For &amp;Uwazi…</source>
        <translation>Pour &amp;Uwazi…</translation>
    </message>
    <message>
        <source>For &amp;publication…</source>
        <translation>Pour la &amp;publication…</translation>
    </message>
    <message>
        <source>Every record it reads, and the export itself, go into the access log.</source>
        <translation>Chaque fiche lue, et l’export lui-même, sont consignés dans le journal des accès.</translation>
    </message>
    <message>
        <source>Save for Uwazi</source>
        <translation>Enregistrer pour Uwazi</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <source>Save for publication</source>
        <translation>Enregistrer pour la publication</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to {path} and its template beside it. Rows: {rows}; files: {files}.</source>
        <translation>Enregistré dans {path}, avec son modèle à côté. Lignes&#xa0;: {rows}&#xa0;; fichiers&#xa0;: {files}.</translation>
    </message>
    <message>
        <source>Export for Uwazi</source>
        <translation>Export pour Uwazi</translation>
    </message>
    <message>
        <source>Saved to {path}. Testimonies written: {rows}.</source>
        <translation>Enregistré dans {path}. Témoignages écrits&#xa0;: {rows}.</translation>
    </message>
    <message>
        <source>Export for publication</source>
        <translation>Export pour la publication</translation>
    </message>
    <message>
        <source>Held back (consent or policy): {n}.</source>
        <translation>Retenus (consentement ou politique)&#xa0;: {n}.</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Bundle written</source>
        <translation>Lot écrit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>Identifiant du lot</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} octets</translation>
    </message>
    <message>
        <source>The bundle written</source>
        <translation>Le lot écrit</translation>
    </message>
    <message>
        <source>The bundle is signed and encrypted. Note its SHA-256 to compare it at the centre.</source>
        <translation>Le lot est signé et chiffré. Notez son SHA-256 pour le comparer au centre.</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Témoignages</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>Fichiers média</translation>
    </message>
    <message>
        <source>Witness identities</source>
        <translation>Identités des témoins</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Retenus</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Identity of {code}</source>
        <extracomment>Emitted with the person id after the identity was saved or deleted (never its content).</extracomment>
        <translation>Identité de {code}</translation>
    </message>
    <message>
        <source>The real identity of {code} is kept in the identity compartment. Its passphrase opens it for this window only.</source>
        <translation>La véritable identité de {code} est gardée dans le compartiment des identités. Sa phrase de passe l&apos;ouvre pour cette fenêtre seulement.</translation>
    </message>
    <message>
        <source>An identity is recorded.</source>
        <translation>Une identité est enregistrée.</translation>
    </message>
    <message>
        <source>No identity is recorded yet.</source>
        <translation>Aucune identité n&apos;est encore enregistrée.</translation>
    </message>
    <message>
        <source>Identity-compartment passphrase</source>
        <translation>Phrase de passe du compartiment des identités</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Full name, as the witness gave it</source>
        <translation>Nom complet, tel que le témoin l&apos;a donné</translation>
    </message>
    <message>
        <source>Telephone, address or go-between</source>
        <translation>Téléphone, adresse ou intermédiaire</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Type the identity-compartment passphrase.</source>
        <translation>Saisissez la phrase de passe du compartiment des identités.</translation>
    </message>
    <message>
        <source>Opening the identity compartment…</source>
        <translation>Ouverture du compartiment des identités…</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase de passe incorrecte.</translation>
    </message>
    <message>
        <source>Delete the real identity of {code}? It cannot be recovered; the pseudonym and its testimonies stay.</source>
        <translation>Supprimer la véritable identité de {code}&#xa0;? Elle sera irrécupérable&#xa0;; le pseudonyme et ses témoignages restent.</translation>
    </message>
    <message>
        <source>Delete identity</source>
        <translation>Supprimer l&apos;identité</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported and sealed.</source>
        <translation>
            <numerusform>%n fichier importé et scellé.</numerusform>
            <numerusform>%n fichiers importés et scellés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>%n fichier refusé&#xa0;:</numerusform>
            <numerusform>%n fichiers refusés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Ce qui s&apos;est passé, en quelques mots</translation>
    </message>
    <message>
        <source>Coarse is safer: district or town</source>
        <translation>Le moins précis est le plus sûr&#xa0;: district ou ville</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>Incidents of the case</source>
        <extracomment>Emitted after an incident was added or deleted; carries the incident id.</extracomment>
        <translation>Incidents du dossier</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Nouvel incident…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the incident “{title}”?</source>
        <translation>Supprimer l&apos;incident «&#xa0;{title}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Supprimer l&apos;incident</translation>
    </message>
</context>
<context>
    <name>IntegrityWords</name>
    <message>
        <source>The vault is intact: the database, {chains} and {attachments} checked.</source>
        <translation>Le coffre est intact&#xa0;: base de données, {chains} et {attachments} vérifiés.</translation>
    </message>
    <message numerus="yes">
        <source>%n custody chain(s)</source>
        <translation>
            <numerusform>%n chaîne de traçabilité</numerusform>
            <numerusform>%n chaînes de traçabilité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Damage found in %n place(s). The first: {finding}</source>
        <translation>
            <numerusform>Dégât constaté en %n endroit. Le premier&#xa0;: {finding}</numerusform>
            <numerusform>Dégâts constatés en %n endroits. Le premier&#xa0;: {finding}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancelling…</source>
        <extracomment>What a job runs: ``fn(progress, cancelled)``; its return value is passed to ``succeeded``. ``(done, total)`` from the job&apos;s progress callback; ``total`` is 0 when unknown. The job returned normally; carries its return value. The job raised; carries a ``HumdocError`` (anything else is wrapped in one). The job stopped because the user cancelled it (it raised ``OperationCancelled``). Emitted last, exactly once, after whichever of the three signals above applied. The task&apos;s function returned; carries its return value. The task raised; carries a ``HumdocError`` (anything else is wrapped in one).</extracomment>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Vault</source>
        <extracomment>How often a lock that waits for a running job looks again whether the job has ended. Emitted on every key press, click, wheel or mouse move anywhere in the application. Emitted with the ``Session`` once the vault is unlocked (or created) and shown. Emitted after the session was closed and the unlock screen shown again. The last receipts offer (centre, after a receive) and applied receipt (field). The shared archives open in windows of their own. The blob store folder given for each archive address, for this run of humdoc only. What this window put on each clipboard (and, on X11, the selection) while unlocked.</extracomment>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Open a shared &amp;archive…</source>
        <translation>Ouvrir une &amp;archive partagée…</translation>
    </message>
    <message>
        <source>Device &amp;keys…</source>
        <translation>Clés de l&apos;&amp;appareil…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la p&amp;hrase de passe…</translation>
    </message>
    <message>
        <source>&amp;Identity compartment…</source>
        <translation>Compartiment des &amp;identités…</translation>
    </message>
    <message>
        <source>&amp;Check integrity</source>
        <translation>Vérifier l&apos;i&amp;ntégrité</translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>&amp;Sauvegarder le coffre…</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase…</source>
        <translation>Phrase sous &amp;contrainte…</translation>
    </message>
    <message>
        <source>Panic: destroy keys…</source>
        <translation>Panique&#xa0;: détruire les clés…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>New &amp;testimony…</source>
        <translation>Nouveau &amp;témoignage…</translation>
    </message>
    <message>
        <source>&amp;Import media…</source>
        <translation>&amp;Importer des médias…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>Éc&amp;hanges</translation>
    </message>
    <message>
        <source>&amp;Export cases…</source>
        <translation>&amp;Exporter des dossiers…</translation>
    </message>
    <message>
        <source>&amp;Verify bundle…</source>
        <translation>&amp;Vérifier un lot…</translation>
    </message>
    <message>
        <source>&amp;Receive bundles…</source>
        <translation>&amp;Recevoir des lots…</translation>
    </message>
    <message>
        <source>Enrolled &amp;devices…</source>
        <translation>&amp;Appareils enrôlés…</translation>
    </message>
    <message>
        <source>&amp;Apply a receipt…</source>
        <translation>&amp;Appliquer un accusé de réception…</translation>
    </message>
    <message>
        <source>Centres&apos; &amp;signing keys…</source>
        <translation>Clés de &amp;signature des centres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About humdoc</source>
        <translation>À &amp;propos de humdoc</translation>
    </message>
    <message>
        <source>Create a case</source>
        <extracomment>Only a documentation centre verifies, receives and enrols; a field device never sees them. Only a field device applies the receipts a centre sends back.</extracomment>
        <translation>Créer un dossier</translation>
    </message>
    <message>
        <source>Record a testimony</source>
        <translation>Enregistrer un témoignage</translation>
    </message>
    <message>
        <source>Import photos, video and documents</source>
        <translation>Importer photos, vidéos et documents</translation>
    </message>
    <message>
        <source>Write this case into a signed, encrypted bundle</source>
        <translation>Écrire ce dossier dans un lot signé et chiffré</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Delete the selected one</source>
        <translation>Supprimer l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Field device</source>
        <translation>Appareil de terrain</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Vault locked.</source>
        <translation>Coffre verrouillé.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Verrouillé après %n minute sans utilisation.</numerusform>
            <numerusform>Verrouillé après %n minutes sans utilisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n second(s) without use.</source>
        <translation>
            <numerusform>Verrouillé après %n seconde sans utilisation.</numerusform>
            <numerusform>Verrouillé après %n secondes sans utilisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked because the screen locked.</source>
        <translation>Verrouillé car l&apos;écran s&apos;est verrouillé.</translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation>Verrouillé car l&apos;ordinateur s&apos;est mis en veille.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) received.</source>
        <translation>
            <numerusform>%n lot reçu.</numerusform>
            <numerusform>%n lots reçus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already received before.</source>
        <translation>
            <numerusform>%n déjà reçu auparavant.</numerusform>
            <numerusform>%n déjà reçus auparavant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive bundles</source>
        <translation>Recevoir des lots</translation>
    </message>
    <message>
        <source>If these bundles carry witness identities, humdoc needs the identity-compartment passphrase to file them in this centre&apos;s compartment. Skip: a bundle that carries identities is then not received (nothing of it is kept); the others are.</source>
        <translation>Si ces lots contiennent des identités de témoins, humdoc a besoin de la phrase de passe du compartiment des identités pour les classer dans le compartiment de ce centre. Ignorer&#xa0;: un lot qui contient des identités n&apos;est alors pas reçu (rien n&apos;en est gardé)&#xa0;; les autres le sont.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>The archive was locked.</source>
        <translation>L’archive a été verrouillée.</translation>
    </message>
    <message>
        <source>About humdoc</source>
        <translation>À propos de humdoc</translation>
    </message>
    <message>
        <source>&lt;b&gt;humdoc {version}&lt;/b&gt;&lt;br&gt;Offline-first, encrypted documentation of human rights testimonies and evidence.&lt;br&gt;&lt;br&gt;Everything you record stays in the encrypted vault on this computer until you export it.</source>
        <translation>&lt;b&gt;humdoc {version}&lt;/b&gt;&lt;br&gt;Documentation chiffrée, hors ligne d&apos;abord, des témoignages et preuves de violations des droits humains.&lt;br&gt;&lt;br&gt;Tout ce que vous enregistrez reste dans le coffre chiffré de cet ordinateur jusqu&apos;à ce que vous l&apos;exportiez.</translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <source>The original is always sealed untouched as evidence; this chooses the cleaned copy made at intake.</source>
        <translation>L&apos;original est toujours scellé intact comme preuve&#xa0;; ceci choisit la copie nettoyée faite à l&apos;import.</translation>
    </message>
    <message>
        <source>Export copy…</source>
        <translation>Exporter une copie…</translation>
    </message>
    <message>
        <source>Custody…</source>
        <translation>Traçabilité…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Import policy:</source>
        <translation>Règle d&apos;import&#xa0;:</translation>
    </message>
    <message>
        <source>case</source>
        <extracomment>What the import policy chosen does (its name alone says too little). Files of the last import that cannot leave under their policy (not a modal dialog: work goes on; it stays until the next import or another case).</extracomment>
        <translation>dossier</translation>
    </message>
    <message>
        <source>vault</source>
        <translation>coffre</translation>
    </message>
    <message>
        <source>Default: {policy} ({origin})</source>
        <translation>Par défaut&#xa0;: {policy} ({origin})</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d&apos;aperçu</translation>
    </message>
    <message>
        <source>Media of the case</source>
        <extracomment>The side of the preview in the detail pane, in pixels. Videos up to this size get a poster frame when selected (decrypted into memory to decode it). Emitted after items were imported or one was deleted; carries the case id. Emitted with the ``ImportReport`` once an import job has ended (also when it refused all). Emitted with a one-line message for the status bar. Emitted with the item id once the selected item&apos;s preview (made on a worker) is shown.</extracomment>
        <translation>Médias du dossier</translation>
    </message>
    <message>
        <source>Play…</source>
        <translation>Lire…</translation>
    </message>
    <message>
        <source>Play the sound or video from memory</source>
        <translation>Lire le son ou la vidéo depuis la mémoire</translation>
    </message>
    <message>
        <source>Metadata of the selected item</source>
        <extracomment>The last poster frame shown (for tests and screenshots).</extracomment>
        <translation>Métadonnées de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Chargement de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>No preview (too large to decode here)</source>
        <translation>Pas d&apos;aperçu (trop gros pour être décodé ici)</translation>
    </message>
    <message>
        <source>Decoding a frame…</source>
        <translation>Décodage d&apos;une image…</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>Pas d&apos;aperçu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Decrypting {name} into memory…</source>
        <translation>Déchiffrement de {name} en mémoire…</translation>
    </message>
    <message>
        <source>{lat}, {lon}, altitude {alt} m</source>
        <translation>{lat}, {lon}, altitude {alt} m</translation>
    </message>
    <message>
        <source>{lat}, {lon}</source>
        <translation>{lat}, {lon}</translation>
    </message>
    <message>
        <source>removed at intake</source>
        <translation>retiré à l&apos;import</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importé par</translation>
    </message>
    <message>
        <source>Capture time</source>
        <translation>Prise de vue</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Appareil photo</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>GPS location</source>
        <translation>Position GPS</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>{width} × {height}</source>
        <translation>{width} × {height}</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Evidence copy</source>
        <translation>Copie de preuve</translation>
    </message>
    <message>
        <source>Strip copy</source>
        <translation>Copie épurée</translation>
    </message>
    <message>
        <source>Copy sealed without location</source>
        <translation>Copie scellée sans position</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>size not known here</source>
        <translation>taille inconnue ici</translation>
    </message>
    <message>
        <source>{size}, sealed in this vault</source>
        <translation>{size}, scellé dans ce coffre</translation>
    </message>
    <message>
        <source>{policy} (converted to {format}) — {size}</source>
        <translation>{policy} (converti en {format}) — {size}</translation>
    </message>
    <message>
        <source>{policy} — {size}</source>
        <translation>{policy} — {size}</translation>
    </message>
    <message>
        <source>Removed: {what}</source>
        <translation>Retiré&#xa0;: {what}</translation>
    </message>
    <message>
        <source>No cleaned copy yet (one is made on export).</source>
        <translation>Pas encore de copie nettoyée (elle est faite à l&apos;export).</translation>
    </message>
    <message>
        <source>Derivatives</source>
        <translation>Copies dérivées</translation>
    </message>
    <message>
        <source>Saved the original of {name} as {out}.

SHA-256: {sha}</source>
        <translation>Original de {name} enregistré sous {out}.

SHA-256&#xa0;: {sha}</translation>
    </message>
    <message>
        <source>Saved the {policy} copy of {name} as {out}.

SHA-256: {sha}</source>
        <translation>Copie {policy} de {name} enregistrée sous {out}.

SHA-256&#xa0;: {sha}</translation>
    </message>
    <message>
        <source>nothing needed removing</source>
        <translation>rien à retirer</translation>
    </message>
    <message>
        <source>Import files into “{title}”</source>
        <translation>Importer des fichiers dans «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message numerus="yes">
        <source>Hashing, sealing and reading the metadata of %n file(s)…</source>
        <translation>
            <numerusform>Hachage, scellement et lecture des métadonnées de %n fichier…</numerusform>
            <numerusform>Hachage, scellement et lecture des métadonnées de %n fichiers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n fichier importé.</numerusform>
            <numerusform>%n fichiers importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused.</source>
        <translation>
            <numerusform>%n refusé.</numerusform>
            <numerusform>%n refusés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported file(s) cannot leave this device under their policy; they are sealed and kept:</source>
        <translation>
            <numerusform>%n fichier importé ne peut pas quitter cet appareil selon sa règle&#xa0;; il est scellé et conservé&#xa0;:</numerusform>
            <numerusform>%n fichiers importés ne peuvent pas quitter cet appareil selon leur règle&#xa0;; ils sont scellés et conservés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the files imported before that are kept.</source>
        <translation>Import annulé&#xa0;; les fichiers importés avant sont conservés.</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Exporter une copie</translation>
    </message>
    <message>
        <source>Checking and writing the copy…</source>
        <translation>Vérification et écriture de la copie…</translation>
    </message>
    <message>
        <source>Delete “{name}” and its cleaned copies from the vault? The sealed original is destroyed; its chain of custody is kept. This cannot be undone.</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;» et ses copies nettoyées du coffre&#xa0;? L&apos;original scellé est détruit&#xa0;; sa chaîne de traçabilité est conservée. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Delete media item</source>
        <translation>Supprimer le média</translation>
    </message>
</context>
<context>
    <name>NewPassphraseRow</name>
    <message>
        <source>Su&amp;ggest…</source>
        <translation>Pr&amp;oposer…</translation>
    </message>
    <message>
        <source>Show six random words to use as the passphrase</source>
        <translation>Afficher six mots aléatoires à utiliser comme phrase de passe</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <source>Destroy the keys</source>
        <extracomment>What the user types to enable the panic button (as in ``humdoc panic``); never translated. The folder a restore goes into when the one chosen already holds something. Emitted with ``wipe`` (bool) once the user confirmed, after the dialog closed.</extracomment>
        <translation>Détruire les clés</translation>
    </message>
    <message>
        <source>Panic: destroy keys</source>
        <translation>Panique&#xa0;: détruire les clés</translation>
    </message>
    <message>
        <source>&lt;b&gt;This destroys the keys of the vault at {path} now, without a passphrase. Nothing in it can ever be opened again, by you or by anyone, and there is no undo.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Afterwards, unlocking it says “Wrong passphrase.” like any mistyped passphrase. Only a backup made earlier can bring the material back; a backup or copy made earlier is not destroyed.</source>
        <translation>&lt;b&gt;Ceci détruit maintenant les clés du coffre situé dans {path}, sans phrase de passe. Rien de ce qu&apos;il contient ne pourra plus jamais être ouvert, ni par vous ni par personne, et c&apos;est irréversible.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Ensuite, le déverrouiller affiche «&#xa0;Phrase de passe incorrecte.&#xa0;» comme pour toute faute de frappe. Seule une sauvegarde antérieure peut restituer le contenu&#xa0;; une sauvegarde ou copie antérieure n&apos;est pas détruite.</translation>
    </message>
    <message>
        <source>Also delete all vault files (wipe)</source>
        <translation>Supprimer aussi tous les fichiers du coffre (effacement)</translation>
    </message>
    <message>
        <source>Without wipe, the vault&apos;s files stay, unreadable. With wipe, they are deleted too and the vault folder is removed if nothing else is in it.</source>
        <translation>Sans effacement, les fichiers du coffre restent, illisibles. Avec effacement, ils sont aussi supprimés, et le dossier du coffre est retiré s&apos;il ne contient rien d&apos;autre.</translation>
    </message>
    <message>
        <source>Type {word} to confirm:</source>
        <translation>Tapez {word} pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Destroy the keys and delete the files</source>
        <translation>Détruire les clés et supprimer les fichiers</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Identity-compartment passphrase</source>
        <extracomment>Emitted with the passphrase (``bytes``) on OK, or None on Skip, after the prompt closed.</extracomment>
        <translation>Phrase de passe du compartiment des identités</translation>
    </message>
    <message>
        <source>Type the identity-compartment passphrase.</source>
        <translation>Saisissez la phrase de passe du compartiment des identités.</translation>
    </message>
</context>
<context>
    <name>PlayerDialog</name>
    <message>
        <source>Play {name}</source>
        <translation>Lire {name}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>{position} / {duration}</source>
        <translation>{position} / {duration}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>PosterFrame</name>
    <message>
        <source>No picture came in time.</source>
        <extracomment>The largest item played or given a poster frame here (it is decrypted into memory). How long a poster frame may take before the attempt is given up. The first decoded frame, as an image. Why no frame came: a decoder error, no video track, or the timeout.</extracomment>
        <translation>Aucune image reçue à temps.</translation>
    </message>
    <message>
        <source>The file holds no picture.</source>
        <translation>Le fichier ne contient aucune image.</translation>
    </message>
    <message>
        <source>The file cannot be decoded.</source>
        <translation>Le fichier ne peut pas être décodé.</translation>
    </message>
</context>
<context>
    <name>ReceiptAppliedDialog</name>
    <message>
        <source>Receipt applied</source>
        <extracomment>Emitted with the ``Removal`` once items were removed.</extracomment>
        <translation>Accusé de réception appliqué</translation>
    </message>
    <message>
        <source>Also remove the testimony texts</source>
        <translation>Retirer aussi les textes des témoignages</translation>
    </message>
    <message>
        <source>Only testimonies unchanged since they were sent. Keep them if you still need them here, e.g. for follow-up interviews.</source>
        <translation>Seulement les témoignages inchangés depuis leur envoi. Gardez-les si vous en avez encore besoin ici, p. ex. pour des entretiens de suivi.</translation>
    </message>
    <message>
        <source>&amp;Remove from this device</source>
        <translation>&amp;Retirer de cet appareil</translation>
    </message>
    <message>
        <source>Removing crypto-erases the items&apos; files and deletes their records; a tombstone (id, hashes, this receipt) keeps the chain of custody whole. Media go only if the centre holds their sealed original.</source>
        <translation>Le retrait efface cryptographiquement les fichiers des éléments et supprime leurs fiches&#xa0;; une trace de suppression (identifiant, hachages, cet accusé) garde la chaîne de traçabilité complète. Les médias ne partent que si le centre détient leur original scellé.</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Remove from this device</source>
        <translation>Retirer de cet appareil</translation>
    </message>
    <message>
        <source>Crypto-erasing what the centre holds…</source>
        <translation>Effacement cryptographique de ce que détient le centre…</translation>
    </message>
</context>
<context>
    <name>ReceiptQrDialog</name>
    <message>
        <source>Receipt as QR codes</source>
        <translation>Accusé de réception en codes QR</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Scan every code with the phone that carries the receipt to the field device, in any order; save what it reads, one code per line, as a text file and apply it there (Exchange ▸ Apply a receipt…).</source>
        <translation>Scannez chaque code, dans n&apos;importe quel ordre, avec le téléphone qui porte l&apos;accusé à l&apos;appareil de terrain&#xa0;; enregistrez ce qu&apos;il lit, un code par ligne, dans un fichier texte et appliquez-le là-bas (Échanges ▸ Appliquer un accusé de réception…).</translation>
    </message>
    <message>
        <source>Code {n} of {count}</source>
        <translation>Code {n} sur {count}</translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <source>Receipts for the field</source>
        <extracomment>Emitted with the path of the receipt document after it was saved (its .minisig beside).</extracomment>
        <translation>Accusés de réception pour le terrain</translation>
    </message>
    <message>
        <source>{file} — {bundle}</source>
        <translation>{file} — {bundle}</translation>
    </message>
    <message>
        <source>A signed receipt tells the field device what this centre now holds; applied there, it lets the device mark those items safe and remove them from the laptop. Save it next to the bundle on the stick, or show it as QR codes.</source>
        <translation>Un accusé de réception signé indique à l&apos;appareil de terrain ce que ce centre détient désormais&#xa0;; appliqué là-bas, il permet de marquer ces éléments en sûreté et de les retirer de l&apos;ordinateur portable. Enregistrez-le à côté du lot sur la clé USB, ou affichez-le en codes QR.</translation>
    </message>
    <message>
        <source>&amp;Save receipt…</source>
        <translation>&amp;Enregistrer l&apos;accusé…</translation>
    </message>
    <message>
        <source>Show as &amp;QR codes…</source>
        <translation>Afficher en codes &amp;QR…</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Enregistrer l&apos;accusé de réception</translation>
    </message>
    <message>
        <source>Wrote {doc} and {sig}. Carry both back to the field device.</source>
        <translation>{doc} et {sig} écrits. Rapportez-les tous deux à l&apos;appareil de terrain.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record testimony</source>
        <extracomment>How often the synthetic source delivers sound, and the elapsed time is redrawn. The recording was saved as a media item; carries the item.</extracomment>
        <translation>Enregistrer un témoignage audio</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Niveau d&apos;entrée</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Arrêter et conserver</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Test source: a synthetic voice, no microphone.</source>
        <translation>Source de test&#xa0;: une voix de synthèse, sans micro.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>Aucun micro trouvé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Microphone: {name}</source>
        <translation>Micro&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Saving the recording…</source>
        <translation>Écriture de l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Discard this recording? The sound recorded so far is deleted.</source>
        <translation>Abandonner cet enregistrement&#xa0;? Le son enregistré jusqu&apos;ici est supprimé.</translation>
    </message>
    <message>
        <source>Discard recording</source>
        <translation>Abandonner l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>{time}  (paused)</source>
        <translation>{time}  (en pause)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Custody report</source>
        <translation>Rapport de traçabilité</translation>
    </message>
    <message>
        <source>Saved to {path}.

Every custody event verified.</source>
        <translation>Enregistré dans {path}.

Chaque événement de traçabilité vérifié.</translation>
    </message>
    <message>
        <source>Saved to {path}.

VERIFICATION FAILED for {n} custody event(s).</source>
        <translation>Enregistré dans {path}.

ÉCHEC DE LA VÉRIFICATION pour {n} événement(s) de traçabilité.</translation>
    </message>
    <message>
        <source>Checking every custody event and writing the report…</source>
        <translation>Vérification de chaque événement de traçabilité et écriture du rapport…</translation>
    </message>
    <message>
        <source>Save custody report</source>
        <translation>Enregistrer le rapport de traçabilité</translation>
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
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restores a humdoc backup into a new, empty folder, then checks that it opens with the passphrase and is intact. Nothing that exists is overwritten.</source>
        <translation>Restaure une sauvegarde humdoc dans un dossier nouveau et vide, puis vérifie qu&apos;elle s&apos;ouvre avec la phrase de passe et qu&apos;elle est intacte. Rien d&apos;existant n&apos;est écrasé.</translation>
    </message>
    <message>
        <source>The backup file</source>
        <translation>Le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choisir le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>Folder to restore into</source>
        <translation>Dossier où restaurer</translation>
    </message>
    <message>
        <source>Choose the folder to restore into</source>
        <translation>Choisir le dossier où restaurer</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase when it was backed up</source>
        <translation>La phrase de passe du coffre au moment de la sauvegarde</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Restaurer dans</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Choisir la sauvegarde</translation>
    </message>
    <message>
        <source>humdoc backups (*.tar);;All files (*)</source>
        <translation>Sauvegardes humdoc (*.tar);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Choisissez le fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Aucun fichier à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder to restore into.</source>
        <translation>Choisissez un dossier nouveau ou vide où restaurer.</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Saisissez la phrase de passe du coffre.</translation>
    </message>
    <message>
        <source>Restoring and checking the vault…</source>
        <translation>Restauration et vérification du coffre…</translation>
    </message>
</context>
<context>
    <name>RevokeDeviceDialog</name>
    <message>
        <source>Revoke the device</source>
        <extracomment>Emitted with the ``Revocation`` once the device is revoked, after the dialog closed.</extracomment>
        <translation>Révoquer l&apos;appareil</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Révoquer l&apos;appareil</translation>
    </message>
    <message>
        <source>Revoke {name}? From now on this centre rejects every bundle its key signs, whenever it says it was made. What it sent before stays, and the custody of each item it delivered records the revocation. Do this when the device is lost or seized.</source>
        <translation>Révoquer {name}&#xa0;? Désormais, ce centre rejette tout lot signé par sa clé, quelle que soit la date de création annoncée. Ce qu&apos;il a envoyé avant reste, et la traçabilité de chaque élément livré enregistre la révocation. À faire quand l&apos;appareil est perdu ou saisi.</translation>
    </message>
    <message>
        <source>e.g. seized at the checkpoint</source>
        <translation>p. ex. saisi au poste de contrôle</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Type {name} to confirm</source>
        <translation>Tapez {name} pour confirmer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Vault settings</source>
        <translation>Paramètres du coffre</translation>
    </message>
    <message>
        <source>Never store the location of new files</source>
        <translation>Ne jamais garder la position des nouveaux fichiers</translation>
    </message>
    <message>
        <source>GPS data is removed before the file is sealed. The sealed copy then differs from the original file; both hashes are kept.</source>
        <translation>Les données GPS sont retirées avant le scellement du fichier. La copie scellée diffère alors du fichier original&#xa0;; les deux empreintes sont conservées.</translation>
    </message>
    <message>
        <source>How you appear in the chain of custody</source>
        <translation>Votre nom dans la chaîne de traçabilité</translation>
    </message>
    <message>
        <source>Default metadata policy</source>
        <translation>Règle de métadonnées par défaut</translation>
    </message>
    <message>
        <source>Strip location at intake</source>
        <translation>Retirer la position à l&apos;import</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without a key press or mouse use. It also locks when the screen locks or the computer goes to sleep.</source>
        <translation>Verrouiller le coffre après ce nombre de minutes sans frappe ni usage de la souris. Il se verrouille aussi quand l&apos;écran se verrouille ou que l&apos;ordinateur se met en veille.</translation>
    </message>
    <message>
        <source>Actor name</source>
        <translation>Nom de l&apos;intervenant</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
        <source>Remove media once the centre&apos;s receipt says so</source>
        <translation>Retirer les médias dès que l&apos;accusé du centre le permet</translation>
    </message>
    <message>
        <source>When a receipt from the centre is applied, media whose sealed original the centre holds are crypto-erased from this device (a tombstone stays). Testimony texts are removed only when you ask.</source>
        <translation>Quand un accusé de réception du centre est appliqué, les médias dont le centre détient l&apos;original scellé sont effacés cryptographiquement de cet appareil (une trace de suppression reste). Les textes des témoignages ne sont retirés que sur demande.</translation>
    </message>
    <message>
        <source>After a receipt</source>
        <translation>Après un accusé de réception</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Kept on this computer outside the vault, beside the window size and the last vault folder.</source>
        <translation>Conservé sur cet ordinateur hors du coffre, avec la taille de la fenêtre et le dernier dossier du coffre.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language takes effect when humdoc next starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de humdoc.</translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <extracomment>The languages humdoc ships, by code, with their names in themselves (what a chooser shows). The language of the source strings (its translation file holds only the plural forms). The QSettings key of the language chosen in Settings (absent: follow the system). The environment variables that name the user&apos;s language, in gettext&apos;s order of precedence. Added to the style sheet of a right-to-left interface. Qt draws a line of Arabic a few pixels wider than it measured it (marks, a Latin word in the line): without room at the sides, the first and last letters of a wrapped label&apos;s lines, or of a combo box&apos;s text, are cut off. The translators installed by ``install_translations`` (kept so a second call replaces them).</extracomment>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <extracomment>Emitted with the rating (0 Poor … 3 Excellent, -1 empty) whenever it changes.</extracomment>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <source>Use four or more random words; Suggest… gives six.</source>
        <translation>Utilisez au moins quatre mots aléatoires&#xa0;; Proposer… en donne six.</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Médiocre</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excellente</translation>
    </message>
    <message>
        <source>{rating}: about {bits} bits.</source>
        <translation>{rating}&#xa0;: environ {bits} bits.</translation>
    </message>
    <message>
        <source>Too easy to guess; humdoc will refuse it.</source>
        <translation>Trop facile à deviner&#xa0;; humdoc la refusera.</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggested passphrase</source>
        <translation>Phrase de passe proposée</translation>
    </message>
    <message>
        <source>Six words chosen at random (about 77 bits). Learn them or write them down and keep the paper apart from the laptop: nobody can recover a lost passphrase.</source>
        <translation>Six mots tirés au hasard (environ 77 bits). Apprenez-les ou notez-les et gardez le papier loin de l&apos;ordinateur&#xa0;: personne ne peut récupérer une phrase de passe perdue.</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <source>&amp;Another</source>
        <translation>Une &amp;autre</translation>
    </message>
</context>
<context>
    <name>TestimoniesTab</name>
    <message>
        <source>Testimonies of the case</source>
        <extracomment>Emitted after a testimony was added, edited or deleted; carries the testimony id.</extracomment>
        <translation>Témoignages du dossier</translation>
    </message>
    <message>
        <source>Statement of the selected testimony</source>
        <translation>Déclaration du témoignage sélectionné</translation>
    </message>
    <message>
        <source>New testimony…</source>
        <translation>Nouveau témoignage…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Identity…</source>
        <translation>Identité…</translation>
    </message>
    <message>
        <source>The witness&apos;s real identity, kept in the identity compartment</source>
        <translation>La véritable identité du témoin, gardée dans le compartiment des identités</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Enregistrer l&apos;audio…</translation>
    </message>
    <message>
        <source>Record the witness speaking; the sound goes straight into the vault</source>
        <translation>Enregistrer la parole du témoin&#xa0;; le son va directement dans le coffre</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Date de l&apos;entretien</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucun enregistré</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>This vault has no identity compartment yet. Create one with Vault ▸ Identity compartment… to record witnesses&apos; real identities.</source>
        <translation>Ce coffre n&apos;a pas encore de compartiment des identités. Créez-en un avec Coffre ▸ Compartiment des identités… pour enregistrer la véritable identité des témoins.</translation>
    </message>
    <message>
        <source>Delete the testimony of {code}? Its statement is overwritten and cannot be recovered.</source>
        <translation>Supprimer le témoignage de {code}&#xa0;? Sa déclaration est écrasée et irrécupérable.</translation>
    </message>
    <message>
        <source>Delete testimony</source>
        <translation>Supprimer le témoignage</translation>
    </message>
</context>
<context>
    <name>TestimonyDialog</name>
    <message>
        <source>Edit testimony</source>
        <translation>Modifier le témoignage</translation>
    </message>
    <message>
        <source>New testimony</source>
        <translation>Nouveau témoignage</translation>
    </message>
    <message>
        <source>Pseudonym code, e.g. W-017 (never a name)</source>
        <translation>Pseudonyme, p. ex. W-017 (jamais un nom)</translation>
    </message>
    <message>
        <source>The statement, in the witness&apos;s words</source>
        <translation>La déclaration, dans les mots du témoin</translation>
    </message>
    <message>
        <source>e.g. en, ar, fr</source>
        <translation>p. ex. fr, ar, en</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. checkpoint, night</source>
        <translation>Séparées par des virgules, p. ex. checkpoint, nuit</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Date de l&apos;entretien</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>C&amp;hoose another vault…</source>
        <extracomment>Emitted with the open ``Session`` once an unlock or a creation succeeded. Emitted with the new vault folder when the user picks another one. Emitted with True when an unlock or creation starts, False when it ends. Emitted when the user asks to open a shared archive instead of a vault.</extracomment>
        <translation>C&amp;hoisir un autre coffre…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation>Créer un &amp;nouveau coffre…</translation>
    </message>
    <message>
        <source>Panic: destroy keys…</source>
        <translation>Panique&#xa0;: détruire les clés…</translation>
    </message>
    <message>
        <source>Open a shared &amp;archive…</source>
        <translation>Ouvrir une &amp;archive partagée…</translation>
    </message>
    <message>
        <source>Field device (records testimonies)</source>
        <translation>Appareil de terrain (recueille les témoignages)</translation>
    </message>
    <message>
        <source>Documentation centre (receives bundles)</source>
        <translation>Centre de documentation (reçoit les lots)</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Répétez la phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <source>Unlock an &amp;existing vault instead</source>
        <translation>Déverrouiller plutôt un coffre &amp;existant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Vault: {path}</source>
        <translation>Coffre&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Choisir le dossier du coffre</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Saisissez la phrase de passe du coffre.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Les deux phrases de passe diffèrent&#xa0;; saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Création du coffre…</translation>
    </message>
    <message>
        <source>Restored. Unlock it with its passphrase.</source>
        <translation>Restauré. Déverrouillez-le avec sa phrase de passe.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Veuillez patienter…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>New case…</source>
        <extracomment>Emitted with a one-line message for the status bar (search errors, counts).</extracomment>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Search  (Ctrl+F)</source>
        <translation>Rechercher  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Words of statements, titles and tags, or a witness&apos;s pseudonym code</source>
        <translation>Mots des déclarations, titres et étiquettes, ou code pseudonyme d&apos;un témoin</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Back to cases</source>
        <translation>Retour aux dossiers</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>centre_dialogs</name>
    <message>
        <source>humdoc bundles (*.humdoc);;All files (*)</source>
        <translation>Lots humdoc (*.humdoc);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not checked: cancelled.</source>
        <translation>Non vérifié&#xa0;: annulé.</translation>
    </message>
    <message>
        <source>Receive bundles</source>
        <translation>Recevoir des lots</translation>
    </message>
    <message>
        <source>Verify bundle</source>
        <translation>Vérifier un lot</translation>
    </message>
    <message>
        <source>Decrypting and checking every signature and hash…</source>
        <translation>Déchiffrement et vérification de chaque signature et empreinte…</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <source>Record the testimony</source>
        <extracomment>What separates tags as people type them: a comma in Latin, Arabic (،) or Burmese (၊) script.</extracomment>
        <translation>Enregistrer le témoignage</translation>
    </message>
    <message>
        <source>Share with the documentation centre</source>
        <translation>Partager avec le centre de documentation</translation>
    </message>
    <message>
        <source>Share with accountability bodies</source>
        <translation>Partager avec les instances de redevabilité</translation>
    </message>
    <message>
        <source>Publish anonymised</source>
        <translation>Publier anonymisé</translation>
    </message>
    <message>
        <source>Share the witness&apos;s identity</source>
        <translation>Partager l&apos;identité du témoin</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Unknown</source>
        <extracomment>The earliest date a date field accepts; showing it means &quot;no date&quot;.</extracomment>
        <translation>Inconnue</translation>
    </message>
</context>
<context>
    <name>exchange_models</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Reason / detail</source>
        <translation>Raison / détail</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>emporté</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>case</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>témoignage</translation>
    </message>
    <message>
        <source>media</source>
        <translation>média</translation>
    </message>
    <message>
        <source>witness identity</source>
        <translation>identité du témoin</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>already received</source>
        <translation>déjà reçu</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>non reçu</translation>
    </message>
    <message>
        <source>not received (cancelled)</source>
        <translation>non reçu (annulé)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrôlé le</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>revoked {date}</source>
        <translation>révoqué le {date}</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>consent: {scopes}</source>
        <translation>consentement&#xa0;: {scopes}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>{policy} copy; removed: {removed}</source>
        <translation>copie {policy}&#xa0;; retiré&#xa0;: {removed}</translation>
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
        <translation>oui</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Prise de vue</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>{kind} · {format}</source>
        <translation>{kind} · {format}</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>Empreinte de l&apos;entrée</translation>
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
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Témoignage</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>the original, untouched (location, serial numbers and names stay in it)</source>
        <extracomment>The sentences of ``POLICY_EXPLANATIONS`` written out for pyside6-lupdate, which reads source text only; tests/gui/test_policy_text.py fails if they ever differ from core&apos;s.</extracomment>
        <translation>l&apos;original, intact (position, numéros de série et noms y restent)</translation>
    </message>
    <message>
        <source>capture time, camera and orientation kept; location, serial numbers, names and free text removed</source>
        <translation>heure de prise de vue, appareil photo et orientation gardés&#xa0;; position, numéros de série, noms et texte libre retirés</translation>
    </message>
    <message>
        <source>nothing identifying left (every metadata field removed)</source>
        <translation>rien d&apos;identifiant (tous les champs de métadonnées retirés)</translation>
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
        <translation>Accusés de réception humdoc (*.receipt *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Receipt from {centre} checked: bundle {bundle} (sequence {seq}) arrived. {count} item(s) marked safe at the centre in their chain of custody.</source>
        <translation>Accusé de réception de {centre} vérifié&#xa0;: le lot {bundle} (séquence {seq}) est arrivé. Éléments marqués en sécurité au centre dans leur chaîne de traçabilité&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Not marked (sent before humdoc recorded what it sent): {ids}.</source>
        <translation>Non marqués (envoyés avant que humdoc n&apos;enregistre ce qu&apos;il envoyait)&#xa0;: {ids}.</translation>
    </message>
    <message>
        <source>Removed from this device: {count} item(s), {files} file(s) crypto-erased. A tombstone and the chain of custody stay.</source>
        <translation>Retiré de cet appareil&#xa0;: {count} élément(s), {files} fichier(s) effacé(s) cryptographiquement. Une trace de suppression et la chaîne de traçabilité restent.</translation>
    </message>
    <message>
        <source>Kept {kind} {id}: {reason}.</source>
        <translation>Gardé&#xa0;: {kind} {id}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Apply a receipt</source>
        <translation>Appliquer un accusé de réception</translation>
    </message>
    <message>
        <source>Checking the centre&apos;s receipt…</source>
        <translation>Vérification de l&apos;accusé de réception du centre…</translation>
    </message>
</context>
<context>
    <name>report_pdf</name>
    <message>
        <source>humdoc custody report</source>
        <translation>Rapport de traçabilité humdoc</translation>
    </message>
</context>
<context>
    <name>safety_dialogs</name>
    <message>
        <source>Back up the vault to</source>
        <translation>Sauvegarder le coffre dans</translation>
    </message>
    <message>
        <source>humdoc backups (*.tar);;All files (*)</source>
        <translation>Sauvegardes humdoc (*.tar);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backup written: {name} ({size}).

It is as sensitive as the vault itself: encrypted, and it opens with the same passphrase. Keep it as safe as the laptop, and not with it.</source>
        <translation>Sauvegarde écrite&#xa0;: {name} ({size}).

Elle est aussi sensible que le coffre lui-même&#xa0;: chiffrée, elle s&apos;ouvre avec la même phrase de passe. Gardez-la aussi sûrement que l&apos;ordinateur portable, et pas avec lui.</translation>
    </message>
    <message>
        <source>Back up vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <source>Copying the vault&apos;s encrypted files…</source>
        <translation>Copie des fichiers chiffrés du coffre…</translation>
    </message>
</context>
<context>
    <name>sizes</name>
    <message>
        <source>{number} {unit}</source>
        <translation>{number}&#xa0;{unit}</translation>
    </message>
    <message>
        <source>kB</source>
        <translation>ko</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>vault_actions</name>
    <message>
        <source>Check integrity</source>
        <translation>Vérifier l&apos;intégrité</translation>
    </message>
    <message>
        <source>Decrypting and checking every attachment…</source>
        <translation>Déchiffrement et vérification de chaque pièce jointe…</translation>
    </message>
</context>
</TS>
