<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ArchiveConnectDialog</name>
    <message>
        <source>Open a shared archive</source>
        <extracomment>The setting holding the saved connections: a map of name to ``postgresql://`` address. Emitted with the open ``ArchiveSession``; the receiver owns it and must close it.</extracomment>
        <translation>Abrir un archivo compartido</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Conexiones guardadas</translation>
    </message>
    <message>
        <source>Type an address below</source>
        <translation>Escriba una dirección abajo</translation>
    </message>
    <message>
        <source>postgresql://role@host/archive?sslmode=verify-full</source>
        <translation>postgresql://rol@servidor/archivo?sslmode=verify-full</translation>
    </message>
    <message>
        <source>Archive address</source>
        <translation>Dirección del archivo</translation>
    </message>
    <message>
        <source>Your humdoc passphrase</source>
        <translation>Su frase de contraseña de humdoc</translation>
    </message>
    <message>
        <source>Empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>Vacía: de PGPASSWORD o ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Opening the archive…</source>
        <translation>Abriendo el archivo…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardadas</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Type the archive&apos;s address (postgresql://…).</source>
        <translation>Escriba la dirección del archivo (postgresql://…).</translation>
    </message>
    <message>
        <source>An archive&apos;s address starts with postgresql://.</source>
        <translation>La dirección de un archivo empieza por postgresql://.</translation>
    </message>
    <message>
        <source>Type your humdoc passphrase.</source>
        <translation>Escriba su frase de contraseña de humdoc.</translation>
    </message>
    <message>
        <source>Optional: to preview images</source>
        <translation>Opcional: para ver vistas previas de imágenes</translation>
    </message>
    <message>
        <source>Blob store folder</source>
        <translation>Carpeta del almacén de archivos</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the blob store folder</source>
        <translation>Elegir la carpeta del almacén de archivos</translation>
    </message>
    <message>
        <source>Blob store</source>
        <translation>Almacén de archivos</translation>
    </message>
    <message>
        <source>The archive&apos;s blob store folder</source>
        <translation>Carpeta del almacén de archivos de este archivo</translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message>
        <source>{archive} — {role}, {duty} — humdoc archive</source>
        <extracomment>The fields shown first, in this order, of any record (the rest follow by name). Fields that hold a moment (ISO 8601), shown in the interface&apos;s locale. Lock after this long without a key press or mouse use (the vault&apos;s default). The files previewed: images the vault&apos;s media tab previews too. The side of a preview, in pixels (the vault&apos;s media tab&apos;s). Emitted with the tag of a read (``cases``, ``case``, ``summary``, ``testimony``, ``media``, ``custody``, ``versions``, ``identity``, ``search``, ``log``, ``export``) once its result (or its error) is shown. Emitted with the archive&apos;s address (without password) after a lock closed the session. The archive&apos;s blob store folder, if one was given: media previews come from it. Reads on a worker not yet reported, and sessions locked while some were: libpq must not close a connection another thread is using, so those close when the last ends.</extracomment>
        <translation>{archive} — {role}, {duty} — archivo humdoc</translation>
    </message>
    <message>
        <source>Search the archive  (Ctrl+F)</source>
        <translation>Buscar en el archivo  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Buscar en el archivo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Choose a case from the list.</source>
        <translation>Elija un caso en la lista.</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Testimonio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Testimonios</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <source>&amp;Read the testimony</source>
        <translation>&amp;Leer el testimonio</translation>
    </message>
    <message>
        <source>Media &amp;details</source>
        <translation>&amp;Detalles del medio</translation>
    </message>
    <message>
        <source>&amp;Custody chain</source>
        <translation>&amp;Cadena de custodia</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versiones</translation>
    </message>
    <message>
        <source>Witness &amp;identity</source>
        <translation>&amp;Identidad del testigo</translation>
    </message>
    <message>
        <source>The archive&apos;s access log records this read, with your name.</source>
        <translation>El registro de accesos del archivo anota esta lectura con su nombre.</translation>
    </message>
    <message>
        <source>Opening this testimony is recorded in the archive&apos;s access log.</source>
        <translation>Abrir este testimonio queda registrado en el registro de accesos del archivo.</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Detalles del registro</translation>
    </message>
    <message>
        <source>{role}, duty: {duty}</source>
        <translation>{role}, función: {duty}</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>recepción</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analista</translation>
    </message>
    <message>
        <source>protection</source>
        <translation>protección</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administración</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incidente</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>testimonio</translation>
    </message>
    <message>
        <source>media item</source>
        <translation>elemento multimedia</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Witness code</source>
        <translation>Código del testigo</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Fecha de la entrevista</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violaciones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Access &amp;log…</source>
        <translation>&amp;Registro de accesos…</translation>
    </message>
    <message numerus="yes">
        <source>Testimonies (%n)</source>
        <translation>
            <numerusform>Testimonios (%n)</numerusform>
            <numerusform>Testimonios (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incidents (%n)</source>
        <translation>
            <numerusform>Incidentes (%n)</numerusform>
            <numerusform>Incidentes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Media (%n)</source>
        <translation>
            <numerusform>Multimedia (%n)</numerusform>
            <numerusform>Multimedia (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>no consta</translation>
    </message>
    <message>
        <source>{kind} · {format}</source>
        <translation>{kind} · {format}</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>You opened this testimony; the archive&apos;s access log records it.</source>
        <translation>Ha abierto este testimonio; el registro de accesos del archivo lo registra.</translation>
    </message>
    <message>
        <source>File kept</source>
        <translation>Archivo conservado</translation>
    </message>
    <message>
        <source>{mime}, {size}, SHA-256 {digest}</source>
        <translation>{mime}, {size}, SHA-256 {digest}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>not shown: no blob store is set for this connection</source>
        <translation>no se muestra: esta conexión no tiene almacén de archivos</translation>
    </message>
    <message>
        <source>{action} by {actor} on {device}</source>
        <translation>{action} por {actor} en {device}</translation>
    </message>
    <message>
        <source>Custody chain</source>
        <translation>Cadena de custodia</translation>
    </message>
    <message>
        <source>Chain broken: {problem}</source>
        <translation>Cadena rota: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Chain verified: %n entries, every hash link and device signature checks.</source>
        <translation>
            <numerusform>Cadena verificada: %n entrada; cada enlace de hash y firma de dispositivo es válido.</numerusform>
            <numerusform>Cadena verificada: %n entradas; cada enlace de hash y firma de dispositivo es válido.</numerusform>
        </translation>
    </message>
    <message>
        <source>No custody events.</source>
        <translation>No hay eventos de custodia.</translation>
    </message>
    <message>
        <source>Version {rank}</source>
        <translation>Versión {rank}</translation>
    </message>
    <message>
        <source>received {when} in bundle {bundle} from {device}</source>
        <translation>recibida {when} en el paquete {bundle} desde {device}</translation>
    </message>
    <message>
        <source>You opened this witness&apos;s identity; the archive&apos;s access log records it.</source>
        <translation>Ha abierto la identidad de este testigo; el registro de accesos del archivo lo registra.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Registro de accesos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Showing this media item&apos;s details and preview is recorded in the archive&apos;s access log.</source>
        <translation>Ver los detalles y la vista previa de este elemento multimedia queda registrado en el registro de accesos del archivo.</translation>
    </message>
    <message>
        <source>Showing this media item&apos;s details is recorded in the archive&apos;s access log.</source>
        <translation>Ver los detalles de este elemento multimedia queda registrado en el registro de accesos del archivo.</translation>
    </message>
    <message>
        <source>none: the archive keeps no image of this item</source>
        <translation>ninguna: el archivo no guarda ninguna imagen de este elemento</translation>
    </message>
    <message>
        <source>shown above, decrypted in memory</source>
        <translation>se muestra arriba, descifrada en memoria</translation>
    </message>
</context>
<context>
    <name>BundleResultsDialog</name>
    <message>
        <source>Bundles</source>
        <translation>Paquetes</translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n recibido</numerusform>
            <numerusform>%n recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already received (nothing new)</source>
        <translation>
            <numerusform>%n ya recibido (nada nuevo)</numerusform>
            <numerusform>%n ya recibidos (nada nuevo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified (nothing imported)</source>
        <translation>
            <numerusform>%n verificado (nada importado)</numerusform>
            <numerusform>%n verificados (nada importado)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not received</source>
        <translation>
            <numerusform>%n no recibido</numerusform>
            <numerusform>%n no recibidos</numerusform>
        </translation>
    </message>
    <message>
        <source>{outcomes}.</source>
        <translation>{outcomes}.</translation>
    </message>
    <message>
        <source>Nothing checked.</source>
        <translation>No se comprobó nada.</translation>
    </message>
</context>
<context>
    <name>BundleSummary</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>%n testimonio</numerusform>
            <numerusform>%n testimonios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s)</source>
        <translation>
            <numerusform>%n archivo multimedia</numerusform>
            <numerusform>%n archivos multimedia</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle {id} from {device} (sequence {seq}): {counts}.</source>
        <translation>Paquete {id} de {device} (secuencia {seq}): {counts}.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Edit case</source>
        <translation>Editar caso</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>A short name for the investigation</source>
        <translation>Un nombre breve para la investigación</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Vault default: {label}</source>
        <translation>Predeterminada de la bóveda: {label}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Metadata policy</source>
        <translation>Política de metadatos</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Edit case…</source>
        <extracomment>Emitted after the case was edited; carries the case id. Emitted after the case was deleted; carries the case id. Emitted when the user asks to export this case (the window opens the export dialog).</extracomment>
        <translation>Editar caso…</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>Eliminar caso…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write this case into a signed, encrypted bundle</source>
        <translation>Escribir este caso en un paquete firmado y cifrado</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Informe…</translation>
    </message>
    <message>
        <source>Save the custody report of this case for investigators and courts</source>
        <translation>Guardar el informe de custodia de este caso para investigadores y tribunales</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Testimonios</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Select a case on the left, or create one.</source>
        <translation>Seleccione un caso a la izquierda o cree uno.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Metadata policy: {policy}</source>
        <translation>Política de metadatos: {policy}</translation>
    </message>
    <message>
        <source>vault default</source>
        <translation>predeterminada de la bóveda</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Sin descripción.</translation>
    </message>
    <message>
        <source>Delete the case “{title}” with all its incidents and testimonies? This cannot be undone.</source>
        <translation>¿Eliminar el caso «{title}» con todos sus incidentes y testimonios? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Eliminar caso</translation>
    </message>
</context>
<context>
    <name>CentreKeysDialog</name>
    <message>
        <source>Centres&apos; signing keys</source>
        <extracomment>Emitted with the updated ``Recipient`` after its key was saved.</extracomment>
        <translation>Claves de firma de los centros</translation>
    </message>
    <message>
        <source>Centre&apos;s signing key</source>
        <translation>Clave de firma del centro</translation>
    </message>
    <message>
        <source>Paste the centre&apos;s signing key (the file its &apos;keys export --recipient&apos; wrote, its .pub file, or the RW… line), or open the file</source>
        <translation>Pegue la clave de firma del centro (el archivo que escribió su &apos;keys export --recipient&apos;, su archivo .pub o la línea RW…), o abra el archivo</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>Abrir archivo de clave…</translation>
    </message>
    <message>
        <source>The centre shows exactly this fingerprint (I compared every group).</source>
        <translation>El centro muestra exactamente esta huella (he comparado cada grupo).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>No centre added yet (Exchange ▸ Export cases… ▸ Add recipient).</source>
        <translation>Aún no hay ningún centro (Intercambio ▸ Exportar casos… ▸ Añadir destinatario).</translation>
    </message>
    <message>
        <source>Its receipts cannot be checked until its signing key is added.</source>
        <translation>Sus acuses de recibo no se pueden comprobar hasta añadir su clave de firma.</translation>
    </message>
    <message>
        <source>Signing key held, fingerprint {fp}.</source>
        <translation>Clave de firma guardada, huella {fp}.</translation>
    </message>
    <message>
        <source>Open the centre&apos;s key</source>
        <translation>Abrir la clave del centro</translation>
    </message>
    <message>
        <source>Keys (*.pub *.txt);;All files (*)</source>
        <translation>Claves (*.pub *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>far larger than a key file</source>
        <translation>mucho mayor que un archivo de clave</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <extracomment>``runner(fn, title, message, on_success, cancellable)``: how the window runs a session job.</extracomment>
        <translation>Cambiar frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>The two new passphrases differ; type them again.</source>
        <translation>Las dos nuevas frases de contraseña no coinciden; escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>La nueva frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>La frase de contraseña se ha cambiado. Use la nueva a partir de ahora.</translation>
    </message>
    <message>
        <source>Rewrapping the vault key…</source>
        <translation>Volviendo a cifrar la clave de la bóveda…</translation>
    </message>
</context>
<context>
    <name>CompartmentDialog</name>
    <message>
        <source>Create identity compartment</source>
        <translation>Crear compartimento de identidades</translation>
    </message>
    <message>
        <source>Change identity-compartment passphrase</source>
        <translation>Cambiar frase de contraseña del compartimento de identidades</translation>
    </message>
    <message>
        <source>The identity compartment keeps witnesses&apos; real names, contacts and notes under a passphrase of its own, different from the vault&apos;s: someone made to unlock the vault still cannot read them. The passphrase cannot be recovered: lose it and the identities in the compartment are lost.</source>
        <translation>El compartimento de identidades guarda los nombres reales, contactos y notas de los testigos bajo una frase de contraseña propia, distinta de la de la bóveda: quien sea obligado a desbloquear la bóveda sigue sin poder leerlos. La frase de contraseña no se puede recuperar: si la pierde, se pierden las identidades del compartimento.</translation>
    </message>
    <message>
        <source>Only the compartment&apos;s key is rewrapped; the identities in it stay as they are.</source>
        <translation>Solo se vuelve a cifrar la clave del compartimento; las identidades que contiene no cambian.</translation>
    </message>
    <message>
        <source>Current compartment passphrase</source>
        <translation>Frase de contraseña actual del compartimento</translation>
    </message>
    <message>
        <source>New compartment passphrase</source>
        <translation>Nueva frase de contraseña del compartimento</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Repita la misma frase de contraseña</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>The two new passphrases differ; type them again.</source>
        <translation>Las dos nuevas frases de contraseña no coinciden; escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>La nueva frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <source>The identity compartment is created. Keep its passphrase apart from the vault&apos;s; it cannot be recovered.</source>
        <translation>Se ha creado el compartimento de identidades. Guarde su frase de contraseña aparte de la de la bóveda; no se puede recuperar.</translation>
    </message>
    <message>
        <source>The compartment passphrase is changed. Use the new one from now on.</source>
        <translation>La frase de contraseña del compartimento se ha cambiado. Use la nueva a partir de ahora.</translation>
    </message>
    <message>
        <source>Sealing the identity key…</source>
        <translation>Sellando la clave de identidades…</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Frase de contraseña incorrecta.</translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>Consent given by the witness</source>
        <translation>Consentimiento dado por el testigo</translation>
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
        <translation>Cadena de custodia — {name}</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>este dispositivo</translation>
    </message>
    <message>
        <source>the chain is empty</source>
        <translation>la cadena está vacía</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Cadena de custodia</translation>
    </message>
    <message>
        <source>Chain broken: {problem}</source>
        <translation>Cadena rota: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Chain verified: %n entries, every hash link and device signature checks.</source>
        <translation>
            <numerusform>Cadena verificada: %n entrada; cada enlace de hash y firma de dispositivo es válido.</numerusform>
            <numerusform>Cadena verificada: %n entradas; cada enlace de hash y firma de dispositivo es válido.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceKeysDialog</name>
    <message>
        <source>Device keys</source>
        <translation>Claves del dispositivo</translation>
    </message>
    <message>
        <source>Signing key (minisign) — the centre enrols this</source>
        <translation>Clave de firma (minisign): la que registra el centro</translation>
    </message>
    <message>
        <source>Fingerprint — the centre must see exactly this when it enrols you:</source>
        <translation>Huella: el centro debe ver exactamente esto al registrarle:</translation>
    </message>
    <message>
        <source>Signing key (minisign) — the centre&apos;s own</source>
        <translation>Clave de firma (minisign): la del propio centro</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <source>The public key as a QR code</source>
        <translation>La clave pública como código QR</translation>
    </message>
    <message>
        <source>Copy public key</source>
        <translation>Copiar clave pública</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save as a .pub file the centre enrols</source>
        <translation>Guardar como archivo .pub que el centro registra</translation>
    </message>
    <message>
        <source>Encryption recipient (age) — field devices add this</source>
        <translation>Destinatario de cifrado (age): lo añaden los dispositivos de campo</translation>
    </message>
    <message>
        <source>Field devices encrypt their bundles to this key: Exchange ▸ Export cases… ▸ Add recipient.</source>
        <translation>Los dispositivos de campo cifran sus paquetes para esta clave: Intercambio ▸ Exportar casos… ▸ Añadir destinatario.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Save as a file field devices add</source>
        <translation>Guardar como archivo que añaden los dispositivos de campo</translation>
    </message>
    <message>
        <source>Recipient fingerprint — field devices see exactly this:</source>
        <translation>Huella del destinatario: los dispositivos de campo ven exactamente esto:</translation>
    </message>
    <message>
        <source>Save public key</source>
        <translation>Guardar clave pública</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub);;All files (*)</source>
        <translation>Claves públicas minisign (*.pub);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save recipient</source>
        <translation>Guardar destinatario</translation>
    </message>
    <message>
        <source>age recipients (*.txt);;All files (*)</source>
        <translation>Destinatarios age (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{name} could not be written: {why}</source>
        <translation>No se pudo escribir {name}: {why}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Enrolled devices</source>
        <extracomment>Emitted with the new ``Device`` after an enrolment. Emitted with the ``Revocation`` after a device was revoked.</extracomment>
        <translation>Dispositivos registrados</translation>
    </message>
    <message>
        <source>e.g. Laptop field team B</source>
        <translation>p. ej. Portátil equipo de campo B</translation>
    </message>
    <message>
        <source>Paste the device&apos;s public key (its .pub file, the RW… line or what &apos;keys show&apos; prints), or open the file</source>
        <translation>Pegue la clave pública del dispositivo (su archivo .pub, la línea RW… o lo que muestra &apos;keys show&apos;), o abra el archivo</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>Abrir archivo de clave…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Stop accepting the selected device&apos;s bundles</source>
        <translation>Dejar de aceptar los paquetes del dispositivo seleccionado</translation>
    </message>
    <message>
        <source>This key was revoked: trust it again (the device is back in safe hands)</source>
        <translation>Esta clave fue revocada: volver a confiar en ella (el dispositivo vuelve a estar en manos seguras)</translation>
    </message>
    <message>
        <source>The device shows exactly this fingerprint (I compared every group).</source>
        <translation>El dispositivo muestra exactamente esta huella (he comparado cada grupo).</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Enrol a field device</source>
        <translation>Registrar un dispositivo de campo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Open public key</source>
        <translation>Abrir clave pública</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.txt);;All files (*)</source>
        <translation>Claves públicas (*.pub *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>far larger than a key file</source>
        <translation>mucho más grande que un archivo de clave</translation>
    </message>
    <message>
        <source>{name} could not be read: {why}</source>
        <translation>No se pudo leer {name}: {why}</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <extracomment>The file name a backup gets when the user types none of its own. ``run(fn, title, message, on_success, cancellable)``: runs a session job, returns its dialog. Emitted with True once a duress passphrase was set, False once it was removed.</extracomment>
        <translation>Frase de coacción</translation>
    </message>
    <message>
        <source>A duress passphrase is one to give if someone forces you to unlock the vault. Typed at unlock, it destroys the vault&apos;s keys for good, and humdoc answers “Wrong passphrase.” exactly as for a mistyped one. Copies and backups made before are not affected: they still open with the vault passphrase. Typed in any passphrase field of humdoc, this one included, it destroys the keys too.</source>
        <translation>Una frase de coacción es la que se da si alguien le obliga a desbloquear la bóveda. Escrita al desbloquear, destruye para siempre las claves de la bóveda, y humdoc responde «Frase de contraseña incorrecta.» exactamente como ante un error de escritura. Las copias y copias de seguridad hechas antes no se ven afectadas: siguen abriéndose con la frase de contraseña de la bóveda. Escrita en cualquier campo de frase de contraseña de humdoc, incluido este, también destruye las claves.</translation>
    </message>
    <message>
        <source>The passphrase you unlock with</source>
        <translation>La frase de contraseña con la que desbloquea</translation>
    </message>
    <message>
        <source>The same duress passphrase again</source>
        <translation>Repita la misma frase de coacción</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Frase de contraseña de la bóveda</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation>Establecer frase de coacción</translation>
    </message>
    <message>
        <source>Remove duress passphrase</source>
        <translation>Quitar frase de coacción</translation>
    </message>
    <message>
        <source>Only the vault passphrase is needed; the duress fields are ignored.</source>
        <translation>Solo hace falta la frase de contraseña de la bóveda; los campos de coacción se ignoran.</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Escriba la frase de contraseña de la bóveda.</translation>
    </message>
    <message>
        <source>Type a duress passphrase.</source>
        <translation>Escriba una frase de coacción.</translation>
    </message>
    <message>
        <source>The two duress passphrases differ; type them again.</source>
        <translation>Las dos frases de coacción no coinciden; escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>The duress passphrase is set. Typed at unlock, it destroys the keys for good and shows “Wrong passphrase.”</source>
        <translation>La frase de coacción está establecida. Escrita al desbloquear, destruye las claves para siempre y muestra «Frase de contraseña incorrecta.»</translation>
    </message>
    <message>
        <source>No duress passphrase is set any more.</source>
        <translation>Ya no hay ninguna frase de coacción establecida.</translation>
    </message>
    <message>
        <source>Sealing the vault&apos;s keys…</source>
        <translation>Sellando las claves de la bóveda…</translation>
    </message>
</context>
<context>
    <name>ExportCopyDialog</name>
    <message>
        <source>Export a copy</source>
        <translation>Exportar una copia</translation>
    </message>
    <message>
        <source>The original, untouched (all its metadata)</source>
        <translation>El original, intacto (con todos sus metadatos)</translation>
    </message>
    <message>
        <source>The evidence copy this vault received (not the original)</source>
        <translation>La copia probatoria que recibió esta bóveda (no el original)</translation>
    </message>
    <message>
        <source>The stripped copy this vault received (not the original)</source>
        <translation>La copia depurada que recibió esta bóveda (no el original)</translation>
    </message>
    <message>
        <source>The copy sealed at intake, location removed (not the original)</source>
        <translation>La copia sellada al importar, sin ubicación (no el original)</translation>
    </message>
    <message>
        <source>Where to save the copy</source>
        <translation>Dónde guardar la copia</translation>
    </message>
    <message>
        <source>File to save the copy to</source>
        <translation>Archivo donde guardar la copia</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the file to save the copy to</source>
        <translation>Elegir el archivo donde guardar la copia</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Save the copy as</source>
        <translation>Guardar la copia como</translation>
    </message>
    <message>
        <source>The original carries its location, serial number or names. Hand it over only where that is safe.</source>
        <translation>El original contiene su ubicación, número de serie o nombres. Entréguelo solo donde sea seguro.</translation>
    </message>
    <message>
        <source>Choose where to save the copy.</source>
        <translation>Elija dónde guardar la copia.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export cases</source>
        <extracomment>Emitted with the ``ExportResult`` after a bundle was written.</extracomment>
        <translation>Exportar casos</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cases to export</source>
        <translation>Casos que exportar</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Add recipient…</source>
        <translation>Añadir destinatario…</translation>
    </message>
    <message>
        <source>Name, e.g. Documentation centre</source>
        <translation>Nombre, p. ej. Centro de documentación</translation>
    </message>
    <message>
        <source>age1… (the centre&apos;s Device keys show it)</source>
        <translation>age1… (aparece en Claves del dispositivo del centro)</translation>
    </message>
    <message>
        <source>Recipient name</source>
        <translation>Nombre del destinatario</translation>
    </message>
    <message>
        <source>Recipient key (age1…)</source>
        <translation>Clave del destinatario (age1…)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Each case&apos;s own policy</source>
        <translation>La política de cada caso</translation>
    </message>
    <message>
        <source>Include witness identities (only where the witness consented to share-identity)</source>
        <translation>Incluir identidades de testigos (solo si el testigo consintió share-identity)</translation>
    </message>
    <message>
        <source>This vault has no identity compartment (Vault ▸ Identity compartment…).</source>
        <translation>Esta bóveda no tiene compartimento de identidades (Bóveda ▸ Compartimento de identidades…).</translation>
    </message>
    <message>
        <source>&lt;b&gt;The bundle will carry these witnesses&apos; real names, contacts and notes.&lt;/b&gt; Every recipient can read them: encrypt it to the documentation centre only. Export asks for the identity-compartment passphrase.</source>
        <translation>&lt;b&gt;El paquete llevará los nombres reales, contactos y notas de estos testigos.&lt;/b&gt; Cualquier destinatario podrá leerlos: cífrelo solo para el centro de documentación. La exportación pide la frase de contraseña del compartimento de identidades.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>What the bundle will hold</source>
        <translation>Contenido del paquete</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>Elegir el archivo del paquete</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Encrypt to</source>
        <translation>Cifrar para</translation>
    </message>
    <message>
        <source>Metadata policy</source>
        <translation>Política de metadatos</translation>
    </message>
    <message>
        <source>What will leave, and what is held back</source>
        <translation>Qué saldrá y qué se retiene</translation>
    </message>
    <message>
        <source>Carried: {testimonies}, {media}.</source>
        <translation>Incluye: {testimonies}, {media}.</translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies)</source>
        <translation>
            <numerusform>%n testimonio</numerusform>
            <numerusform>%n testimonios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s)</source>
        <translation>
            <numerusform>%n archivo multimedia</numerusform>
            <numerusform>%n archivos multimedia</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>Press Preview to see what this export carries and what it holds back.</source>
        <translation>Pulse Vista previa para ver qué lleva esta exportación y qué retiene.</translation>
    </message>
    <message>
        <source>Tick the cases to export.</source>
        <translation>Marque los casos que desea exportar.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Witness identities: %n&lt;/b&gt; (names, contacts and notes).</source>
        <translation>
            <numerusform>&lt;b&gt;Identidades de testigos: %n&lt;/b&gt; (nombres, contactos y notas).</numerusform>
            <numerusform>&lt;b&gt;Identidades de testigos: %n&lt;/b&gt; (nombres, contactos y notas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Held back: %n item(s)&lt;/b&gt; — they stay on this device (reasons below).</source>
        <translation>
            <numerusform>&lt;b&gt;Retenido: %n elemento&lt;/b&gt; — se queda en este dispositivo (motivos abajo).</numerusform>
            <numerusform>&lt;b&gt;Retenidos: %n elementos&lt;/b&gt; — se quedan en este dispositivo (motivos abajo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is held back.</source>
        <translation>No se retiene nada.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Vista previa cancelada.</translation>
    </message>
    <message>
        <source>Preview export</source>
        <translation>Vista previa de la exportación</translation>
    </message>
    <message>
        <source>Checking consent and preparing cleaned copies…</source>
        <translation>Comprobando el consentimiento y preparando copias limpias…</translation>
    </message>
    <message>
        <source>Write the bundle to</source>
        <translation>Escribir el paquete en</translation>
    </message>
    <message>
        <source>humdoc bundles (*.humdoc)</source>
        <translation>Paquetes humdoc (*.humdoc)</translation>
    </message>
    <message>
        <source>Include witness identities</source>
        <translation>Incluir identidades de testigos</translation>
    </message>
    <message>
        <source>The identities of the witnesses listed in the preview will leave in this bundle. Type the identity-compartment passphrase to include them.</source>
        <translation>Las identidades de los testigos de la vista previa saldrán en este paquete. Escriba la frase de contraseña del compartimento de identidades para incluirlas.</translation>
    </message>
    <message>
        <source>Export cancelled; no bundle was written.</source>
        <translation>Exportación cancelada; no se escribió ningún paquete.</translation>
    </message>
    <message>
        <source>Signing and encrypting the bundle…</source>
        <translation>Firmando y cifrando el paquete…</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <extracomment>The duties that read records, to whom the menu is shown. The case the window shows: ``(id, title)``, or None before one is chosen.</extracomment>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Custody &amp;report…</source>
        <translation>&amp;Informe de custodia…</translation>
    </message>
    <message>
        <source>For &amp;Uwazi…</source>
        <translation>Para &amp;Uwazi…</translation>
    </message>
    <message>
        <source>For &amp;publication…</source>
        <translation>Para &amp;publicación…</translation>
    </message>
    <message>
        <source>Every record it reads, and the export itself, go into the access log.</source>
        <translation>Cada registro que lee, y la exportación misma, quedan en el registro de accesos.</translation>
    </message>
    <message>
        <source>Save for Uwazi</source>
        <translation>Guardar para Uwazi</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <source>Save for publication</source>
        <translation>Guardar para publicación</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to {path} and its template beside it. Rows: {rows}; files: {files}.</source>
        <translation>Guardado en {path}, con su plantilla al lado. Filas: {rows}; archivos: {files}.</translation>
    </message>
    <message>
        <source>Export for Uwazi</source>
        <translation>Exportación para Uwazi</translation>
    </message>
    <message>
        <source>Saved to {path}. Testimonies written: {rows}.</source>
        <translation>Guardado en {path}. Testimonios escritos: {rows}.</translation>
    </message>
    <message>
        <source>Export for publication</source>
        <translation>Exportación para publicación</translation>
    </message>
    <message>
        <source>Held back (consent or policy): {n}.</source>
        <translation>Retenidos (consentimiento o política): {n}.</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Bundle written</source>
        <translation>Paquete escrito</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Bundle id</source>
        <translation>Id. del paquete</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} bytes</translation>
    </message>
    <message>
        <source>The bundle written</source>
        <translation>El paquete escrito</translation>
    </message>
    <message>
        <source>The bundle is signed and encrypted. Note its SHA-256 to compare it at the centre.</source>
        <translation>El paquete está firmado y cifrado. Anote su SHA-256 para compararlo en el centro.</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Testimonios</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>Archivos multimedia</translation>
    </message>
    <message>
        <source>Witness identities</source>
        <translation>Identidades de testigos</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Retenidos</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Identity of {code}</source>
        <extracomment>Emitted with the person id after the identity was saved or deleted (never its content).</extracomment>
        <translation>Identidad de {code}</translation>
    </message>
    <message>
        <source>The real identity of {code} is kept in the identity compartment. Its passphrase opens it for this window only.</source>
        <translation>La identidad real de {code} se guarda en el compartimento de identidades. Su frase de contraseña lo abre solo para esta ventana.</translation>
    </message>
    <message>
        <source>An identity is recorded.</source>
        <translation>Hay una identidad registrada.</translation>
    </message>
    <message>
        <source>No identity is recorded yet.</source>
        <translation>Aún no hay ninguna identidad registrada.</translation>
    </message>
    <message>
        <source>Identity-compartment passphrase</source>
        <translation>Frase de contraseña del compartimento de identidades</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Full name, as the witness gave it</source>
        <translation>Nombre completo, tal como lo dio el testigo</translation>
    </message>
    <message>
        <source>Telephone, address or go-between</source>
        <translation>Teléfono, dirección o intermediario</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Type the identity-compartment passphrase.</source>
        <translation>Escriba la frase de contraseña del compartimento de identidades.</translation>
    </message>
    <message>
        <source>Opening the identity compartment…</source>
        <translation>Abriendo el compartimento de identidades…</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Frase de contraseña incorrecta.</translation>
    </message>
    <message>
        <source>Delete the real identity of {code}? It cannot be recovered; the pseudonym and its testimonies stay.</source>
        <translation>¿Eliminar la identidad real de {code}? No se podrá recuperar; el seudónimo y sus testimonios se conservan.</translation>
    </message>
    <message>
        <source>Delete identity</source>
        <translation>Eliminar identidad</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported and sealed.</source>
        <translation>
            <numerusform>%n archivo importado y sellado.</numerusform>
            <numerusform>%n archivos importados y sellados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>%n archivo rechazado:</numerusform>
            <numerusform>%n archivos rechazados:</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>Nuevo incidente</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Qué ocurrió, en pocas palabras</translation>
    </message>
    <message>
        <source>Coarse is safer: district or town</source>
        <translation>Lo impreciso es más seguro: distrito o localidad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>Incidents of the case</source>
        <extracomment>Emitted after an incident was added or deleted; carries the incident id.</extracomment>
        <translation>Incidentes del caso</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Nuevo incidente…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the incident “{title}”?</source>
        <translation>¿Eliminar el incidente «{title}»?</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Eliminar incidente</translation>
    </message>
</context>
<context>
    <name>IntegrityWords</name>
    <message>
        <source>The vault is intact: the database, {chains} and {attachments} checked.</source>
        <translation>La bóveda está intacta: se comprobaron la base de datos, {chains} y {attachments}.</translation>
    </message>
    <message numerus="yes">
        <source>%n custody chain(s)</source>
        <translation>
            <numerusform>%n cadena de custodia</numerusform>
            <numerusform>%n cadenas de custodia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n adjunto</numerusform>
            <numerusform>%n adjuntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Damage found in %n place(s). The first: {finding}</source>
        <translation>
            <numerusform>Se encontraron daños en %n lugar. El primero: {finding}</numerusform>
            <numerusform>Se encontraron daños en %n lugares. El primero: {finding}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancelling…</source>
        <extracomment>What a job runs: ``fn(progress, cancelled)``; its return value is passed to ``succeeded``. ``(done, total)`` from the job&apos;s progress callback; ``total`` is 0 when unknown. The job returned normally; carries its return value. The job raised; carries a ``HumdocError`` (anything else is wrapped in one). The job stopped because the user cancelled it (it raised ``OperationCancelled``). Emitted last, exactly once, after whichever of the three signals above applied. The task&apos;s function returned; carries its return value. The task raised; carries a ``HumdocError`` (anything else is wrapped in one).</extracomment>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Vault</source>
        <extracomment>How often a lock that waits for a running job looks again whether the job has ended. Emitted on every key press, click, wheel or mouse move anywhere in the application. Emitted with the ``Session`` once the vault is unlocked (or created) and shown. Emitted after the session was closed and the unlock screen shown again. The last receipts offer (centre, after a receive) and applied receipt (field). The shared archives open in windows of their own. The blob store folder given for each archive address, for this run of humdoc only. What this window put on each clipboard (and, on X11, the selection) while unlocked.</extracomment>
        <translation>&amp;Bóveda</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Open a shared &amp;archive…</source>
        <translation>Abrir un &amp;archivo compartido…</translation>
    </message>
    <message>
        <source>Device &amp;keys…</source>
        <translation>&amp;Claves del dispositivo…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>&amp;Identity compartment…</source>
        <translation>Compartimento de &amp;identidades…</translation>
    </message>
    <message>
        <source>&amp;Check integrity</source>
        <translation>Comprobar i&amp;ntegridad</translation>
    </message>
    <message>
        <source>&amp;Back up vault…</source>
        <translation>Copia de segu&amp;ridad…</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase…</source>
        <translation>Frase de c&amp;oacción…</translation>
    </message>
    <message>
        <source>Panic: destroy keys…</source>
        <translation>Pánico: destruir las claves…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <source>New &amp;testimony…</source>
        <translation>Nuevo &amp;testimonio…</translation>
    </message>
    <message>
        <source>&amp;Import media…</source>
        <translation>&amp;Importar multimedia…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>&amp;Intercambio</translation>
    </message>
    <message>
        <source>&amp;Export cases…</source>
        <translation>&amp;Exportar casos…</translation>
    </message>
    <message>
        <source>&amp;Verify bundle…</source>
        <translation>&amp;Verificar paquete…</translation>
    </message>
    <message>
        <source>&amp;Receive bundles…</source>
        <translation>&amp;Recibir paquetes…</translation>
    </message>
    <message>
        <source>Enrolled &amp;devices…</source>
        <translation>&amp;Dispositivos registrados…</translation>
    </message>
    <message>
        <source>&amp;Apply a receipt…</source>
        <translation>&amp;Aplicar un acuse de recibo…</translation>
    </message>
    <message>
        <source>Centres&apos; &amp;signing keys…</source>
        <translation>Claves de &amp;firma de los centros…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About humdoc</source>
        <translation>&amp;Acerca de humdoc</translation>
    </message>
    <message>
        <source>Create a case</source>
        <extracomment>Only a documentation centre verifies, receives and enrols; a field device never sees them. Only a field device applies the receipts a centre sends back.</extracomment>
        <translation>Crear un caso</translation>
    </message>
    <message>
        <source>Record a testimony</source>
        <translation>Registrar un testimonio</translation>
    </message>
    <message>
        <source>Import photos, video and documents</source>
        <translation>Importar fotos, vídeos y documentos</translation>
    </message>
    <message>
        <source>Write this case into a signed, encrypted bundle</source>
        <translation>Escribir este caso en un paquete firmado y cifrado</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Delete the selected one</source>
        <translation>Eliminar el elemento seleccionado</translation>
    </message>
    <message>
        <source>Field device</source>
        <translation>Dispositivo de campo</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Vault locked.</source>
        <translation>Bóveda bloqueada.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Bloqueada tras %n minuto sin uso.</numerusform>
            <numerusform>Bloqueada tras %n minutos sin uso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n second(s) without use.</source>
        <translation>
            <numerusform>Bloqueada tras %n segundo sin uso.</numerusform>
            <numerusform>Bloqueada tras %n segundos sin uso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked because the screen locked.</source>
        <translation>Bloqueada porque se bloqueó la pantalla.</translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation>Bloqueada porque el equipo entró en suspensión.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) received.</source>
        <translation>
            <numerusform>%n paquete recibido.</numerusform>
            <numerusform>%n paquetes recibidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already received before.</source>
        <translation>
            <numerusform>%n ya se había recibido antes.</numerusform>
            <numerusform>%n ya se habían recibido antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive bundles</source>
        <translation>Recibir paquetes</translation>
    </message>
    <message>
        <source>If these bundles carry witness identities, humdoc needs the identity-compartment passphrase to file them in this centre&apos;s compartment. Skip: a bundle that carries identities is then not received (nothing of it is kept); the others are.</source>
        <translation>Si estos paquetes llevan identidades de testigos, humdoc necesita la frase de contraseña del compartimento de identidades para archivarlas en el compartimento de este centro. Omitir: un paquete que lleve identidades no se recibe (no se conserva nada de él); los demás sí.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>The archive was locked.</source>
        <translation>El archivo se ha bloqueado.</translation>
    </message>
    <message>
        <source>About humdoc</source>
        <translation>Acerca de humdoc</translation>
    </message>
    <message>
        <source>&lt;b&gt;humdoc {version}&lt;/b&gt;&lt;br&gt;Offline-first, encrypted documentation of human rights testimonies and evidence.&lt;br&gt;&lt;br&gt;Everything you record stays in the encrypted vault on this computer until you export it.</source>
        <translation>&lt;b&gt;humdoc {version}&lt;/b&gt;&lt;br&gt;Documentación cifrada y sin conexión de testimonios y pruebas de violaciones de derechos humanos.&lt;br&gt;&lt;br&gt;Todo lo que registra permanece en la bóveda cifrada de este equipo hasta que lo exporte.</translation>
    </message>
</context>
<context>
    <name>MediaTab</name>
    <message>
        <source>Import files…</source>
        <translation>Importar archivos…</translation>
    </message>
    <message>
        <source>The original is always sealed untouched as evidence; this chooses the cleaned copy made at intake.</source>
        <translation>El original siempre se sella intacto como prueba; esto elige la copia limpia que se hace al importar.</translation>
    </message>
    <message>
        <source>Export copy…</source>
        <translation>Exportar copia…</translation>
    </message>
    <message>
        <source>Custody…</source>
        <translation>Custodia…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Import policy:</source>
        <translation>Política de importación:</translation>
    </message>
    <message>
        <source>case</source>
        <extracomment>What the import policy chosen does (its name alone says too little). Files of the last import that cannot leave under their policy (not a modal dialog: work goes on; it stays until the next import or another case).</extracomment>
        <translation>caso</translation>
    </message>
    <message>
        <source>vault</source>
        <translation>bóveda</translation>
    </message>
    <message>
        <source>Default: {policy} ({origin})</source>
        <translation>Predeterminada: {policy} ({origin})</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <source>Media of the case</source>
        <extracomment>The side of the preview in the detail pane, in pixels. Videos up to this size get a poster frame when selected (decrypted into memory to decode it). Emitted after items were imported or one was deleted; carries the case id. Emitted with the ``ImportReport`` once an import job has ended (also when it refused all). Emitted with a one-line message for the status bar. Emitted with the item id once the selected item&apos;s preview (made on a worker) is shown.</extracomment>
        <translation>Multimedia del caso</translation>
    </message>
    <message>
        <source>Play…</source>
        <translation>Reproducir…</translation>
    </message>
    <message>
        <source>Play the sound or video from memory</source>
        <translation>Reproducir el sonido o el vídeo desde la memoria</translation>
    </message>
    <message>
        <source>Metadata of the selected item</source>
        <extracomment>The last poster frame shown (for tests and screenshots).</extracomment>
        <translation>Metadatos del elemento seleccionado</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Cargando vista previa…</translation>
    </message>
    <message>
        <source>No preview (too large to decode here)</source>
        <translation>Sin vista previa (demasiado grande para decodificarlo aquí)</translation>
    </message>
    <message>
        <source>Decoding a frame…</source>
        <translation>Decodificando un fotograma…</translation>
    </message>
    <message>
        <source>No preview: {reason}</source>
        <translation>Sin vista previa: {reason}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Decrypting {name} into memory…</source>
        <translation>Descifrando {name} en memoria…</translation>
    </message>
    <message>
        <source>{lat}, {lon}, altitude {alt} m</source>
        <translation>{lat}, {lon}, altitud {alt} m</translation>
    </message>
    <message>
        <source>{lat}, {lon}</source>
        <translation>{lat}, {lon}</translation>
    </message>
    <message>
        <source>removed at intake</source>
        <translation>eliminada al importar</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>no consta</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Importado por</translation>
    </message>
    <message>
        <source>Capture time</source>
        <translation>Hora de captura</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>GPS location</source>
        <translation>Ubicación GPS</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensiones</translation>
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
        <translation>Copia probatoria</translation>
    </message>
    <message>
        <source>Strip copy</source>
        <translation>Copia depurada</translation>
    </message>
    <message>
        <source>Copy sealed without location</source>
        <translation>Copia sellada sin ubicación</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>size not known here</source>
        <translation>tamaño desconocido aquí</translation>
    </message>
    <message>
        <source>{size}, sealed in this vault</source>
        <translation>{size}, sellado en esta bóveda</translation>
    </message>
    <message>
        <source>{policy} (converted to {format}) — {size}</source>
        <translation>{policy} (convertido a {format}) — {size}</translation>
    </message>
    <message>
        <source>{policy} — {size}</source>
        <translation>{policy} — {size}</translation>
    </message>
    <message>
        <source>Removed: {what}</source>
        <translation>Eliminado: {what}</translation>
    </message>
    <message>
        <source>No cleaned copy yet (one is made on export).</source>
        <translation>Aún no hay copia limpia (se hace al exportar).</translation>
    </message>
    <message>
        <source>Derivatives</source>
        <translation>Copias derivadas</translation>
    </message>
    <message>
        <source>Saved the original of {name} as {out}.

SHA-256: {sha}</source>
        <translation>Se guardó el original de {name} como {out}.

SHA-256: {sha}</translation>
    </message>
    <message>
        <source>Saved the {policy} copy of {name} as {out}.

SHA-256: {sha}</source>
        <translation>Se guardó la copia {policy} de {name} como {out}.

SHA-256: {sha}</translation>
    </message>
    <message>
        <source>nothing needed removing</source>
        <translation>no hubo nada que eliminar</translation>
    </message>
    <message>
        <source>Import files into “{title}”</source>
        <translation>Importar archivos en «{title}»</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importar archivos</translation>
    </message>
    <message numerus="yes">
        <source>Hashing, sealing and reading the metadata of %n file(s)…</source>
        <translation>
            <numerusform>Calculando el hash, sellando y leyendo los metadatos de %n archivo…</numerusform>
            <numerusform>Calculando el hash, sellando y leyendo los metadatos de %n archivos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n archivo importado.</numerusform>
            <numerusform>%n archivos importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused.</source>
        <translation>
            <numerusform>%n rechazado.</numerusform>
            <numerusform>%n rechazados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported file(s) cannot leave this device under their policy; they are sealed and kept:</source>
        <translation>
            <numerusform>%n archivo importado no puede salir de este dispositivo según su política; queda sellado y conservado:</numerusform>
            <numerusform>%n archivos importados no pueden salir de este dispositivo según su política; quedan sellados y conservados:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the files imported before that are kept.</source>
        <translation>Importación cancelada; se conservan los archivos importados antes.</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Exportar una copia</translation>
    </message>
    <message>
        <source>Checking and writing the copy…</source>
        <translation>Comprobando y escribiendo la copia…</translation>
    </message>
    <message>
        <source>Delete “{name}” and its cleaned copies from the vault? The sealed original is destroyed; its chain of custody is kept. This cannot be undone.</source>
        <translation>¿Eliminar «{name}» y sus copias limpias de la bóveda? El original sellado se destruye; su cadena de custodia se conserva. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete media item</source>
        <translation>Eliminar elemento multimedia</translation>
    </message>
</context>
<context>
    <name>NewPassphraseRow</name>
    <message>
        <source>Su&amp;ggest…</source>
        <translation>Su&amp;gerir…</translation>
    </message>
    <message>
        <source>Show six random words to use as the passphrase</source>
        <translation>Mostrar seis palabras aleatorias para usar como frase de contraseña</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <source>Destroy the keys</source>
        <extracomment>What the user types to enable the panic button (as in ``humdoc panic``); never translated. The folder a restore goes into when the one chosen already holds something. Emitted with ``wipe`` (bool) once the user confirmed, after the dialog closed.</extracomment>
        <translation>Destruir las claves</translation>
    </message>
    <message>
        <source>Panic: destroy keys</source>
        <translation>Pánico: destruir las claves</translation>
    </message>
    <message>
        <source>&lt;b&gt;This destroys the keys of the vault at {path} now, without a passphrase. Nothing in it can ever be opened again, by you or by anyone, and there is no undo.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Afterwards, unlocking it says “Wrong passphrase.” like any mistyped passphrase. Only a backup made earlier can bring the material back; a backup or copy made earlier is not destroyed.</source>
        <translation>&lt;b&gt;Esto destruye ahora las claves de la bóveda en {path}, sin frase de contraseña. Nada de lo que contiene podrá volver a abrirse, ni por usted ni por nadie, y no se puede deshacer.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Después, al desbloquearla se mostrará «Frase de contraseña incorrecta.» como ante cualquier error de escritura. Solo una copia de seguridad anterior puede recuperar el material; una copia de seguridad o copia anterior no se destruye.</translation>
    </message>
    <message>
        <source>Also delete all vault files (wipe)</source>
        <translation>Eliminar también todos los archivos de la bóveda (borrado)</translation>
    </message>
    <message>
        <source>Without wipe, the vault&apos;s files stay, unreadable. With wipe, they are deleted too and the vault folder is removed if nothing else is in it.</source>
        <translation>Sin borrado, los archivos de la bóveda se quedan, ilegibles. Con borrado, también se eliminan, y la carpeta de la bóveda se quita si no contiene nada más.</translation>
    </message>
    <message>
        <source>Type {word} to confirm:</source>
        <translation>Escriba {word} para confirmar:</translation>
    </message>
    <message>
        <source>Destroy the keys and delete the files</source>
        <translation>Destruir las claves y eliminar los archivos</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <source>Identity-compartment passphrase</source>
        <extracomment>Emitted with the passphrase (``bytes``) on OK, or None on Skip, after the prompt closed.</extracomment>
        <translation>Frase de contraseña del compartimento de identidades</translation>
    </message>
    <message>
        <source>Type the identity-compartment passphrase.</source>
        <translation>Escriba la frase de contraseña del compartimento de identidades.</translation>
    </message>
</context>
<context>
    <name>PlayerDialog</name>
    <message>
        <source>Play {name}</source>
        <translation>Reproducir {name}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>{position} / {duration}</source>
        <translation>{position} / {duration}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>PosterFrame</name>
    <message>
        <source>No picture came in time.</source>
        <extracomment>The largest item played or given a poster frame here (it is decrypted into memory). How long a poster frame may take before the attempt is given up. The first decoded frame, as an image. Why no frame came: a decoder error, no video track, or the timeout.</extracomment>
        <translation>No llegó ninguna imagen a tiempo.</translation>
    </message>
    <message>
        <source>The file holds no picture.</source>
        <translation>El archivo no contiene ninguna imagen.</translation>
    </message>
    <message>
        <source>The file cannot be decoded.</source>
        <translation>El archivo no se puede decodificar.</translation>
    </message>
</context>
<context>
    <name>ReceiptAppliedDialog</name>
    <message>
        <source>Receipt applied</source>
        <extracomment>Emitted with the ``Removal`` once items were removed.</extracomment>
        <translation>Acuse de recibo aplicado</translation>
    </message>
    <message>
        <source>Also remove the testimony texts</source>
        <translation>Quitar también los textos de los testimonios</translation>
    </message>
    <message>
        <source>Only testimonies unchanged since they were sent. Keep them if you still need them here, e.g. for follow-up interviews.</source>
        <translation>Solo los testimonios sin cambios desde su envío. Consérvelos si aún los necesita aquí, p. ej. para entrevistas de seguimiento.</translation>
    </message>
    <message>
        <source>&amp;Remove from this device</source>
        <translation>&amp;Quitar de este dispositivo</translation>
    </message>
    <message>
        <source>Removing crypto-erases the items&apos; files and deletes their records; a tombstone (id, hashes, this receipt) keeps the chain of custody whole. Media go only if the centre holds their sealed original.</source>
        <translation>Quitar borra criptográficamente los archivos de los elementos y elimina sus registros; una marca de borrado (id, hashes, este acuse) mantiene completa la cadena de custodia. El multimedia solo se quita si el centro tiene su original sellado.</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Remove from this device</source>
        <translation>Quitar de este dispositivo</translation>
    </message>
    <message>
        <source>Crypto-erasing what the centre holds…</source>
        <translation>Borrando criptográficamente lo que tiene el centro…</translation>
    </message>
</context>
<context>
    <name>ReceiptQrDialog</name>
    <message>
        <source>Receipt as QR codes</source>
        <translation>Acuse de recibo en códigos QR</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Scan every code with the phone that carries the receipt to the field device, in any order; save what it reads, one code per line, as a text file and apply it there (Exchange ▸ Apply a receipt…).</source>
        <translation>Escanee cada código, en cualquier orden, con el teléfono que lleva el acuse al dispositivo de campo; guarde lo que lee, un código por línea, como archivo de texto y aplíquelo allí (Intercambio ▸ Aplicar un acuse de recibo…).</translation>
    </message>
    <message>
        <source>Code {n} of {count}</source>
        <translation>Código {n} de {count}</translation>
    </message>
</context>
<context>
    <name>ReceiptsDialog</name>
    <message>
        <source>Receipts for the field</source>
        <extracomment>Emitted with the path of the receipt document after it was saved (its .minisig beside).</extracomment>
        <translation>Acuses de recibo para el campo</translation>
    </message>
    <message>
        <source>{file} — {bundle}</source>
        <translation>{file} — {bundle}</translation>
    </message>
    <message>
        <source>A signed receipt tells the field device what this centre now holds; applied there, it lets the device mark those items safe and remove them from the laptop. Save it next to the bundle on the stick, or show it as QR codes.</source>
        <translation>Un acuse de recibo firmado indica al dispositivo de campo lo que este centro ya tiene; aplicado allí, permite marcar esos elementos como seguros y quitarlos del portátil. Guárdelo junto al paquete en la memoria USB o muéstrelo como códigos QR.</translation>
    </message>
    <message>
        <source>&amp;Save receipt…</source>
        <translation>&amp;Guardar acuse…</translation>
    </message>
    <message>
        <source>Show as &amp;QR codes…</source>
        <translation>Mostrar como códigos &amp;QR…</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Guardar acuse de recibo</translation>
    </message>
    <message>
        <source>Wrote {doc} and {sig}. Carry both back to the field device.</source>
        <translation>Se escribieron {doc} y {sig}. Lleve ambos de vuelta al dispositivo de campo.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record testimony</source>
        <extracomment>How often the synthetic source delivers sound, and the elapsed time is redrawn. The recording was saved as a media item; carries the item.</extracomment>
        <translation>Grabar testimonio</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Nivel de entrada</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Detener y guardar</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Test source: a synthetic voice, no microphone.</source>
        <translation>Fuente de prueba: una voz sintética, sin micrófono.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer.</source>
        <translation>No se encontró ningún micrófono en este equipo.</translation>
    </message>
    <message>
        <source>Microphone: {name}</source>
        <translation>Micrófono: {name}</translation>
    </message>
    <message>
        <source>Saving the recording…</source>
        <translation>Guardando la grabación…</translation>
    </message>
    <message>
        <source>Discard this recording? The sound recorded so far is deleted.</source>
        <translation>¿Descartar esta grabación? Se elimina el sonido grabado hasta ahora.</translation>
    </message>
    <message>
        <source>Discard recording</source>
        <translation>Descartar grabación</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>{time}  (paused)</source>
        <translation>{time}  (en pausa)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Custody report</source>
        <translation>Informe de custodia</translation>
    </message>
    <message>
        <source>Saved to {path}.

Every custody event verified.</source>
        <translation>Guardado en {path}.

Todos los eventos de custodia verificados.</translation>
    </message>
    <message>
        <source>Saved to {path}.

VERIFICATION FAILED for {n} custody event(s).</source>
        <translation>Guardado en {path}.

VERIFICACIÓN FALLIDA en {n} evento(s) de custodia.</translation>
    </message>
    <message>
        <source>Checking every custody event and writing the report…</source>
        <translation>Comprobando cada evento de custodia y escribiendo el informe…</translation>
    </message>
    <message>
        <source>Save custody report</source>
        <translation>Guardar informe de custodia</translation>
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
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Restores a humdoc backup into a new, empty folder, then checks that it opens with the passphrase and is intact. Nothing that exists is overwritten.</source>
        <translation>Restaura una copia de seguridad de humdoc en una carpeta nueva y vacía, y comprueba que se abre con la frase de contraseña y está intacta. No se sobrescribe nada existente.</translation>
    </message>
    <message>
        <source>The backup file</source>
        <translation>El archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Elegir el archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Una carpeta nueva o vacía</translation>
    </message>
    <message>
        <source>Folder to restore into</source>
        <translation>Carpeta donde restaurar</translation>
    </message>
    <message>
        <source>Choose the folder to restore into</source>
        <translation>Elegir la carpeta donde restaurar</translation>
    </message>
    <message>
        <source>The vault&apos;s passphrase when it was backed up</source>
        <translation>La frase de contraseña de la bóveda cuando se hizo la copia</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Restaurar en</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Elegir la copia de seguridad</translation>
    </message>
    <message>
        <source>humdoc backups (*.tar);;All files (*)</source>
        <translation>Copias de seguridad de humdoc (*.tar);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Elija el archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>No hay ningún archivo en {path}.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder to restore into.</source>
        <translation>Elija una carpeta nueva o vacía donde restaurar.</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Escriba la frase de contraseña de la bóveda.</translation>
    </message>
    <message>
        <source>Restoring and checking the vault…</source>
        <translation>Restaurando y comprobando la bóveda…</translation>
    </message>
</context>
<context>
    <name>RevokeDeviceDialog</name>
    <message>
        <source>Revoke the device</source>
        <extracomment>Emitted with the ``Revocation`` once the device is revoked, after the dialog closed.</extracomment>
        <translation>Revocar el dispositivo</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Revocar dispositivo</translation>
    </message>
    <message>
        <source>Revoke {name}? From now on this centre rejects every bundle its key signs, whenever it says it was made. What it sent before stays, and the custody of each item it delivered records the revocation. Do this when the device is lost or seized.</source>
        <translation>¿Revocar {name}? A partir de ahora este centro rechaza todo paquete firmado con su clave, diga la fecha que diga. Lo que envió antes se conserva, y la custodia de cada elemento que entregó registra la revocación. Hágalo si el dispositivo se pierde o es incautado.</translation>
    </message>
    <message>
        <source>e.g. seized at the checkpoint</source>
        <translation>p. ej. incautado en el puesto de control</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Type {name} to confirm</source>
        <translation>Escriba {name} para confirmar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Vault settings</source>
        <translation>Ajustes de la bóveda</translation>
    </message>
    <message>
        <source>Never store the location of new files</source>
        <translation>No guardar nunca la ubicación de los archivos nuevos</translation>
    </message>
    <message>
        <source>GPS data is removed before the file is sealed. The sealed copy then differs from the original file; both hashes are kept.</source>
        <translation>Los datos GPS se eliminan antes de sellar el archivo. La copia sellada difiere entonces del archivo original; se conservan ambos hashes.</translation>
    </message>
    <message>
        <source>How you appear in the chain of custody</source>
        <translation>Cómo aparece usted en la cadena de custodia</translation>
    </message>
    <message>
        <source>Default metadata policy</source>
        <translation>Política de metadatos predeterminada</translation>
    </message>
    <message>
        <source>Strip location at intake</source>
        <translation>Eliminar la ubicación al importar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without a key press or mouse use. It also locks when the screen locks or the computer goes to sleep.</source>
        <translation>Bloquear la bóveda tras estos minutos sin pulsar teclas ni usar el ratón. También se bloquea al bloquearse la pantalla o al suspenderse el equipo.</translation>
    </message>
    <message>
        <source>Actor name</source>
        <translation>Nombre del responsable</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Bloquear por inactividad</translation>
    </message>
    <message>
        <source>Remove media once the centre&apos;s receipt says so</source>
        <translation>Quitar el multimedia cuando lo indique el acuse del centro</translation>
    </message>
    <message>
        <source>When a receipt from the centre is applied, media whose sealed original the centre holds are crypto-erased from this device (a tombstone stays). Testimony texts are removed only when you ask.</source>
        <translation>Al aplicar un acuse de recibo del centro, el multimedia cuyo original sellado tiene el centro se borra criptográficamente de este dispositivo (queda una marca de borrado). Los textos de los testimonios solo se quitan si usted lo pide.</translation>
    </message>
    <message>
        <source>After a receipt</source>
        <translation>Tras un acuse de recibo</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Kept on this computer outside the vault, beside the window size and the last vault folder.</source>
        <translation>Se guarda en este equipo fuera de la bóveda, junto al tamaño de la ventana y la última carpeta de bóveda.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language takes effect when humdoc next starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie humdoc.</translation>
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
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <extracomment>Emitted with the rating (0 Poor … 3 Excellent, -1 empty) whenever it changes.</extracomment>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Use four or more random words; Suggest… gives six.</source>
        <translation>Use cuatro o más palabras aleatorias; Sugerir… da seis.</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excelente</translation>
    </message>
    <message>
        <source>{rating}: about {bits} bits.</source>
        <translation>{rating}: unos {bits} bits.</translation>
    </message>
    <message>
        <source>Too easy to guess; humdoc will refuse it.</source>
        <translation>Demasiado fácil de adivinar; humdoc la rechazará.</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <source>Suggested passphrase</source>
        <translation>Frase de contraseña sugerida</translation>
    </message>
    <message>
        <source>Six words chosen at random (about 77 bits). Learn them or write them down and keep the paper apart from the laptop: nobody can recover a lost passphrase.</source>
        <translation>Seis palabras elegidas al azar (unos 77 bits). Apréndalas o anótelas y guarde el papel lejos del portátil: nadie puede recuperar una frase de contraseña perdida.</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>&amp;Usarla</translation>
    </message>
    <message>
        <source>&amp;Another</source>
        <translation>&amp;Otra</translation>
    </message>
</context>
<context>
    <name>TestimoniesTab</name>
    <message>
        <source>Testimonies of the case</source>
        <extracomment>Emitted after a testimony was added, edited or deleted; carries the testimony id.</extracomment>
        <translation>Testimonios del caso</translation>
    </message>
    <message>
        <source>Statement of the selected testimony</source>
        <translation>Declaración del testimonio seleccionado</translation>
    </message>
    <message>
        <source>New testimony…</source>
        <translation>Nuevo testimonio…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Identity…</source>
        <translation>Identidad…</translation>
    </message>
    <message>
        <source>The witness&apos;s real identity, kept in the identity compartment</source>
        <translation>La identidad real del testigo, guardada en el compartimento de identidades</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Grabar…</translation>
    </message>
    <message>
        <source>Record the witness speaking; the sound goes straight into the vault</source>
        <translation>Grabar la voz del testigo; el sonido va directamente a la bóveda</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Fecha de la entrevista</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>No consta</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violaciones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>This vault has no identity compartment yet. Create one with Vault ▸ Identity compartment… to record witnesses&apos; real identities.</source>
        <translation>Esta bóveda aún no tiene compartimento de identidades. Cree uno con Bóveda ▸ Compartimento de identidades… para registrar las identidades reales de los testigos.</translation>
    </message>
    <message>
        <source>Delete the testimony of {code}? Its statement is overwritten and cannot be recovered.</source>
        <translation>¿Eliminar el testimonio de {code}? Su declaración se sobrescribe y no se podrá recuperar.</translation>
    </message>
    <message>
        <source>Delete testimony</source>
        <translation>Eliminar testimonio</translation>
    </message>
</context>
<context>
    <name>TestimonyDialog</name>
    <message>
        <source>Edit testimony</source>
        <translation>Editar testimonio</translation>
    </message>
    <message>
        <source>New testimony</source>
        <translation>Nuevo testimonio</translation>
    </message>
    <message>
        <source>Pseudonym code, e.g. W-017 (never a name)</source>
        <translation>Código de seudónimo, p. ej. W-017 (nunca un nombre)</translation>
    </message>
    <message>
        <source>The statement, in the witness&apos;s words</source>
        <translation>La declaración, con las palabras del testigo</translation>
    </message>
    <message>
        <source>e.g. en, ar, fr</source>
        <translation>p. ej. es, ar, en</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. checkpoint, night</source>
        <translation>Separadas por comas, p. ej. control, noche</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Fecha de la entrevista</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violaciones</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>C&amp;hoose another vault…</source>
        <extracomment>Emitted with the open ``Session`` once an unlock or a creation succeeded. Emitted with the new vault folder when the user picks another one. Emitted with True when an unlock or creation starts, False when it ends. Emitted when the user asks to open a shared archive instead of a vault.</extracomment>
        <translation>E&amp;legir otra bóveda…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation>Crear una bóveda &amp;nueva…</translation>
    </message>
    <message>
        <source>Panic: destroy keys…</source>
        <translation>Pánico: destruir las claves…</translation>
    </message>
    <message>
        <source>Open a shared &amp;archive…</source>
        <translation>Abrir un &amp;archivo compartido…</translation>
    </message>
    <message>
        <source>Field device (records testimonies)</source>
        <translation>Dispositivo de campo (registra testimonios)</translation>
    </message>
    <message>
        <source>Documentation centre (receives bundles)</source>
        <translation>Centro de documentación (recibe paquetes)</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Repita la misma frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
    <message>
        <source>Unlock an &amp;existing vault instead</source>
        <translation>Desbloquear una bóveda &amp;existente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <source>Vault: {path}</source>
        <translation>Bóveda: {path}</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Elegir la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Escriba la frase de contraseña de la bóveda.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Las dos frases de contraseña no coinciden; escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Creando la bóveda…</translation>
    </message>
    <message>
        <source>Restored. Unlock it with its passphrase.</source>
        <translation>Restaurada. Desbloquéela con su frase de contraseña.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Espere…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>New case…</source>
        <extracomment>Emitted with a one-line message for the status bar (search errors, counts).</extracomment>
        <translation>Nuevo caso…</translation>
    </message>
    <message>
        <source>Search  (Ctrl+F)</source>
        <translation>Buscar  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Words of statements, titles and tags, or a witness&apos;s pseudonym code</source>
        <translation>Palabras de declaraciones, títulos y etiquetas, o el código de seudónimo de un testigo</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Back to cases</source>
        <translation>Volver a los casos</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>centre_dialogs</name>
    <message>
        <source>humdoc bundles (*.humdoc);;All files (*)</source>
        <translation>Paquetes humdoc (*.humdoc);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not checked: cancelled.</source>
        <translation>Sin comprobar: cancelado.</translation>
    </message>
    <message>
        <source>Receive bundles</source>
        <translation>Recibir paquetes</translation>
    </message>
    <message>
        <source>Verify bundle</source>
        <translation>Verificar paquete</translation>
    </message>
    <message>
        <source>Decrypting and checking every signature and hash…</source>
        <translation>Descifrando y comprobando cada firma y hash…</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <source>Record the testimony</source>
        <extracomment>What separates tags as people type them: a comma in Latin, Arabic (،) or Burmese (၊) script.</extracomment>
        <translation>Registrar el testimonio</translation>
    </message>
    <message>
        <source>Share with the documentation centre</source>
        <translation>Compartir con el centro de documentación</translation>
    </message>
    <message>
        <source>Share with accountability bodies</source>
        <translation>Compartir con órganos de rendición de cuentas</translation>
    </message>
    <message>
        <source>Publish anonymised</source>
        <translation>Publicar anonimizado</translation>
    </message>
    <message>
        <source>Share the witness&apos;s identity</source>
        <translation>Compartir la identidad del testigo</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Unknown</source>
        <extracomment>The earliest date a date field accepts; showing it means &quot;no date&quot;.</extracomment>
        <translation>Desconocida</translation>
    </message>
</context>
<context>
    <name>exchange_models</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Reason / detail</source>
        <translation>Motivo / detalle</translation>
    </message>
    <message>
        <source>carried</source>
        <translation>incluido</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>retenido</translation>
    </message>
    <message>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incidente</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>testimonio</translation>
    </message>
    <message>
        <source>media</source>
        <translation>multimedia</translation>
    </message>
    <message>
        <source>witness identity</source>
        <translation>identidad del testigo</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>already received</source>
        <translation>ya recibido</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>no recibido</translation>
    </message>
    <message>
        <source>not received (cancelled)</source>
        <translation>no recibido (cancelado)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>revoked {date}</source>
        <translation>revocado el {date}</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>consent: {scopes}</source>
        <translation>consentimiento: {scopes}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>{policy} copy; removed: {removed}</source>
        <translation>copia {policy}; eliminado: {removed}</translation>
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
        <translation>sí</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Captura</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
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
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>Hash del registro</translation>
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
        <translation>Caso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>no consta</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Testimonio</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <source>the original, untouched (location, serial numbers and names stay in it)</source>
        <extracomment>The sentences of ``POLICY_EXPLANATIONS`` written out for pyside6-lupdate, which reads source text only; tests/gui/test_policy_text.py fails if they ever differ from core&apos;s.</extracomment>
        <translation>el original, intacto (conserva la ubicación, los números de serie y los nombres)</translation>
    </message>
    <message>
        <source>capture time, camera and orientation kept; location, serial numbers, names and free text removed</source>
        <translation>se conservan la hora de captura, la cámara y la orientación; se eliminan la ubicación, los números de serie, los nombres y el texto libre</translation>
    </message>
    <message>
        <source>nothing identifying left (every metadata field removed)</source>
        <translation>nada que identifique (se eliminan todos los campos de metadatos)</translation>
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
        <translation>Acuses de recibo de humdoc (*.receipt *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Receipt from {centre} checked: bundle {bundle} (sequence {seq}) arrived. {count} item(s) marked safe at the centre in their chain of custody.</source>
        <translation>Acuse de recibo de {centre} verificado: el paquete {bundle} (secuencia {seq}) llegó. Elementos marcados como seguros en el centro en su cadena de custodia: {count}.</translation>
    </message>
    <message>
        <source>Not marked (sent before humdoc recorded what it sent): {ids}.</source>
        <translation>Sin marcar (enviados antes de que humdoc registrara lo que enviaba): {ids}.</translation>
    </message>
    <message>
        <source>Removed from this device: {count} item(s), {files} file(s) crypto-erased. A tombstone and the chain of custody stay.</source>
        <translation>Quitado de este dispositivo: {count} elemento(s), {files} archivo(s) borrado(s) criptográficamente. Quedan una marca de borrado y la cadena de custodia.</translation>
    </message>
    <message>
        <source>Kept {kind} {id}: {reason}.</source>
        <translation>Conservado: {kind} {id}: {reason}.</translation>
    </message>
    <message>
        <source>Apply a receipt</source>
        <translation>Aplicar un acuse de recibo</translation>
    </message>
    <message>
        <source>Checking the centre&apos;s receipt…</source>
        <translation>Comprobando el acuse de recibo del centro…</translation>
    </message>
</context>
<context>
    <name>report_pdf</name>
    <message>
        <source>humdoc custody report</source>
        <translation>Informe de custodia de humdoc</translation>
    </message>
</context>
<context>
    <name>safety_dialogs</name>
    <message>
        <source>Back up the vault to</source>
        <translation>Hacer copia de seguridad de la bóveda en</translation>
    </message>
    <message>
        <source>humdoc backups (*.tar);;All files (*)</source>
        <translation>Copias de seguridad de humdoc (*.tar);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backup written: {name} ({size}).

It is as sensitive as the vault itself: encrypted, and it opens with the same passphrase. Keep it as safe as the laptop, and not with it.</source>
        <translation>Copia de seguridad escrita: {name} ({size}).

Es tan sensible como la propia bóveda: está cifrada y se abre con la misma frase de contraseña. Guárdela con tanto cuidado como el portátil, y no junto a él.</translation>
    </message>
    <message>
        <source>Back up vault</source>
        <translation>Copia de seguridad de la bóveda</translation>
    </message>
    <message>
        <source>Copying the vault&apos;s encrypted files…</source>
        <translation>Copiando los archivos cifrados de la bóveda…</translation>
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
        <translation>Comprobar integridad</translation>
    </message>
    <message>
        <source>Decrypting and checking every attachment…</source>
        <translation>Descifrando y comprobando cada adjunto…</translation>
    </message>
</context>
</TS>
