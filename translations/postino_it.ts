<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Postino::Account</name>
    <message>
        <source>&quot;%1&quot; cannot name an account: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>&quot;%1&quot; non può essere il nome di un account: usa da 1 a 64 lettere, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, iniziando con una lettera o una cifra.</translation>
    </message>
    <message>
        <source>The account %1 needs an e-mail address like name@example.com, not &quot;%2&quot;.</source>
        <translation>L&apos;account %1 richiede un indirizzo e-mail come nome@example.com, non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The account %1 needs a port from 1 to 65535.</source>
        <translation>L&apos;account %1 richiede una porta da 1 a 65535.</translation>
    </message>
    <message>
        <source>The account %1 needs at least one connection.</source>
        <translation>L&apos;account %1 richiede almeno una connessione.</translation>
    </message>
    <message>
        <source>The rate limit of the account %1 cannot be negative.</source>
        <translation>Il limite di invio dell&apos;account %1 non può essere negativo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a --resolve entry; write HOST:ADDR, e.g. smtp.example.com:192.0.2.1.</source>
        <translation>&quot;%1&quot; non è una voce valida per --resolve; scrivi HOST:ADDR, ad es. smtp.example.com:192.0.2.1.</translation>
    </message>
    <message>
        <source>The CA file %1 of the account %2 cannot be read: %3. Fix the path or add the account again without --ca-file.</source>
        <translation>Il file CA %1 dell&apos;account %2 non può essere letto: %3. Correggi il percorso o aggiungi di nuovo l&apos;account senza --ca-file.</translation>
    </message>
    <message>
        <source>The CA file %1 of the account %2 holds no PEM certificate.</source>
        <translation>Il file CA %1 dell&apos;account %2 non contiene alcun certificato PEM.</translation>
    </message>
    <message>
        <source>The other sender &quot;%1&quot; of the account %2 needs an e-mail address like name@example.com.</source>
        <translation>L’altro mittente &quot;%1&quot; dell’account %2 ha bisogno di un indirizzo e-mail come nome@esempio.it.</translation>
    </message>
</context>
<context>
    <name>Postino::AccountCredentialsProvider</name>
    <message>
        <source>The account &quot;%1&quot; has no password in the keychain: open the account&apos;s settings and enter it, then press Retry.</source>
        <translation>L&apos;account &quot;%1&quot; non ha una password nel portachiavi: apri le impostazioni dell&apos;account e inseriscila, poi premi Riprova.</translation>
    </message>
</context>
<context>
    <name>Postino::AccountSettingsDialog</name>
    <message>
        <source>Account Settings: %1</source>
        <translation>Impostazioni account: %1</translation>
    </message>
    <message>
        <source>The check was stopped; nothing was saved.</source>
        <translation>La verifica è stata interrotta; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Mittente</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Indirizzo e-mail</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Il tuo &amp;nome:</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>Indirizzo &amp;e-mail:</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Server in uscita</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Il tuo indirizzo</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Metodo di accesso</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation>Nessun accesso</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation>Sic&amp;urezza:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Metodo di accesso:</translation>
    </message>
    <message>
        <source>The password stays in the keychain: Account &gt; Change Password… changes it.</source>
        <translation>La password resta nel portachiavi; per cambiarla usa Account &gt; Cambia password…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Connections at once</source>
        <translation>Connessioni contemporanee</translation>
    </message>
    <message>
        <source>Messages per minute</source>
        <translation>Messaggi al minuto</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Nessun limite</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Messaggi al giorno</translation>
    </message>
    <message>
        <source>Send in chunks (BDAT) when the server offers CHUNKING</source>
        <translation>Invia a blocchi (BDAT) quando il server offre CHUNKING</translation>
    </message>
    <message>
        <source>&amp;Connections at once:</source>
        <translation>&amp;Connessioni contemporanee:</translation>
    </message>
    <message>
        <source>Messages per &amp;minute:</source>
        <translation>Messaggi al &amp;minuto:</translation>
    </message>
    <message>
        <source>Messages per &amp;day:</source>
        <translation>Messaggi al &amp;giorno:</translation>
    </message>
    <message>
        <source>Providers limit how much an account may send; Postino paces its messages to stay within these limits.</source>
        <translation>I provider limitano quanto può inviare un account; Postino distribuisce i messaggi per restare entro questi limiti.</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Certificato attendibile</translation>
    </message>
    <message>
        <source>&amp;Remove Trusted Certificate</source>
        <translation>&amp;Rimuovi certificato attendibile</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file)</source>
        <translation>Certificati CA aggiuntivi (file PEM)</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificate authorities</source>
        <translation>Nessuno: le autorità di certificazione del sistema</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Extra CA Certificates</source>
        <translation>Certificati CA aggiuntivi</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificati PEM (*.pem *.crt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;File CA:</translation>
    </message>
    <message>
        <source>No certificate is trusted by its fingerprint: the server&apos;s certificate must be valid for its name.</source>
        <translation>Nessun certificato è attendibile per la sua impronta: il certificato del server deve essere valido per il suo nome.</translation>
    </message>
    <message>
        <source>Trusted by its fingerprint, whether or not it verifies (SHA-256):
%1
Remove it if the server now has a valid certificate, or if you no longer trust this one.</source>
        <translation>Attendibile per la sua impronta, che sia verificabile o no (SHA-256):
%1
Rimuovilo se ora il server ha un certificato valido, o se non ti fidi più di questo.</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Lettura della password dal portachiavi…</translation>
    </message>
    <message>
        <source>Checking %1, port %2… (Cancel stops the check)</source>
        <translation>Verifica di %1, porta %2… (Annulla interrompe la verifica)</translation>
    </message>
    <message>
        <source>✔ These settings work.</source>
        <translation>✔ Queste impostazioni funzionano.</translation>
    </message>
    <message>
        <source>Settings Not Verified</source>
        <translation>Impostazioni non verificate</translation>
    </message>
    <message>
        <source>These settings did not work: %1

Save them anyway? Messages of this account wait in the outbox until the server accepts them.</source>
        <translation>Queste impostazioni non hanno funzionato: %1

Salvarle comunque? I messaggi di questo account restano nella posta in uscita finché il server non li accetta.</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Salva comunque</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Torna indietro</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Salvataggio dell&apos;account…</translation>
    </message>
    <message>
        <source>✘ The sending limits could not be written to %1; nothing was saved.</source>
        <translation>✘ Non è stato possibile scrivere i limiti di invio in %1; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Fir&amp;ma:</translation>
    </message>
    <message>
        <source>Other addresses sent through this account</source>
        <translation>Altri indirizzi inviati tramite questo account</translation>
    </message>
    <message>
        <source>Other addresses</source>
        <translation>Altri indirizzi</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>Altro indirizzo</translation>
    </message>
    <message>
        <source>info@example.org</source>
        <translation>info@esempio.it</translation>
    </message>
    <message>
        <source>Name for the other address</source>
        <translation>Nome per l’altro indirizzo</translation>
    </message>
    <message>
        <source>Signature for the other address</source>
        <translation>Firma per l’altro indirizzo</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Indi&amp;rizzo:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>Signa&amp;ture:</source>
        <translation>Fi&amp;rma:</translation>
    </message>
    <message>
        <source>Each appears in the composer&apos;s From list. The server must allow them: many let you send only as your own address or its aliases.</source>
        <translation>Ognuno compare nell’elenco Da della composizione. Il server deve consentirli: molti permettono di inviare solo come il tuo indirizzo o i suoi alias.</translation>
    </message>
    <message>
        <source>(no address yet)</source>
        <translation>(ancora nessun indirizzo)</translation>
    </message>
</context>
<context>
    <name>Postino::AccountStore</name>
    <message>
        <source>An account named %1 exists already. Remove it first (account remove %1) or choose another name.</source>
        <translation>Esiste già un account di nome %1. Rimuovilo prima (account remove %1) o scegli un altro nome.</translation>
    </message>
    <message>
        <source>The account %1 could not be written to %2. Check that the folder is writable and the disk not full.</source>
        <translation>Non è stato possibile scrivere l&apos;account %1 in %2. Controlla che la cartella sia scrivibile e che il disco non sia pieno.</translation>
    </message>
    <message>
        <source>There is no account named %1 (see account list).</source>
        <translation>Non esiste alcun account di nome %1 (vedi account list).</translation>
    </message>
    <message>
        <source>The account %1 could not be removed from %2.</source>
        <translation>Non è stato possibile rimuovere l&apos;account %1 da %2.</translation>
    </message>
    <message>
        <source>There is no account named %1 in %2. See account list, or add it with account add.</source>
        <translation>Non esiste alcun account di nome %1 in %2. Vedi account list, oppure aggiungilo con account add.</translation>
    </message>
</context>
<context>
    <name>Postino::AccountWizard</name>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Nessuna (non cifrata)</translation>
    </message>
    <message>
        <source>Postino&apos;s list</source>
        <translation>Elenco di Postino</translation>
    </message>
    <message>
        <source>Provider&apos;s autoconfig</source>
        <translation>Autoconfigurazione del provider</translation>
    </message>
    <message>
        <source>Domain&apos;s autoconfig</source>
        <translation>Autoconfigurazione del dominio</translation>
    </message>
    <message>
        <source>DNS SRV record</source>
        <translation>Record DNS SRV</translation>
    </message>
    <message>
        <source>Mail exchanger (MX)</source>
        <translation>Server di posta del dominio (MX)</translation>
    </message>
    <message>
        <source>Common name</source>
        <translation>Nome tipico del server</translation>
    </message>
    <message>
        <source>Given by hand</source>
        <translation>Inserito a mano</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funziona</translation>
    </message>
    <message>
        <source>No answer (timed out)</source>
        <translation>Nessuna risposta (tempo scaduto)</translation>
    </message>
    <message>
        <source>Encryption failed</source>
        <translation>Crittografia non riuscita</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Problema di certificato</translation>
    </message>
    <message>
        <source>No STARTTLS</source>
        <translation>STARTTLS assente</translation>
    </message>
    <message>
        <source>Password refused</source>
        <translation>Password rifiutata</translation>
    </message>
    <message>
        <source>No common sign-in method</source>
        <translation>Nessun metodo di accesso in comune</translation>
    </message>
    <message>
        <source>Not an SMTP server</source>
        <translation>Non è un server SMTP</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltato</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Aggiungi account</translation>
    </message>
    <message>
        <source>Set Up &amp;Manually</source>
        <translation>Configura &amp;manualmente</translation>
    </message>
    <message>
        <source>Your Address</source>
        <translation>Il tuo indirizzo</translation>
    </message>
    <message>
        <source>Postino looks up your provider&apos;s outgoing server and checks it with your password.</source>
        <translation>Postino cerca il server della posta in uscita del tuo provider e lo verifica con la tua password.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>Ada Lovelace</source>
        <translation>Ada Lovelace</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Indirizzo e-mail</translation>
    </message>
    <message>
        <source>ada@example.org</source>
        <translation>ada@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nome dell&apos;account</translation>
    </message>
    <message>
        <source>How Postino and postino-cli call this account: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Il nome con cui Postino e postino-cli indicano questo account: lettere, cifre, &apos;.&apos;, &apos;_&apos; e &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Il tuo &amp;nome:</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>Indirizzo &amp;e-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Account na&amp;me:</source>
        <translation>Nome dell&apos;a&amp;ccount:</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keychain, never in a file. Leave it empty for a server that does not ask for one.</source>
        <translation>La password è conservata nel portachiavi di sistema, mai in un file. Lasciala vuota per un server che non la richiede.</translation>
    </message>
    <message>
        <source>The account name may only have letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Il nome dell&apos;account può contenere solo lettere, cifre, &apos;.&apos;, &apos;_&apos; e &apos;-&apos;.</translation>
    </message>
    <message>
        <source>There is already an account called %1: choose another account name.</source>
        <translation>Esiste già un account chiamato %1: scegli un altro nome per l&apos;account.</translation>
    </message>
    <message>
        <source>Finding Your Server</source>
        <translation>Ricerca del tuo server</translation>
    </message>
    <message>
        <source>Every place that may name your server is asked at once; each server found is checked.</source>
        <translation>Tutte le fonti che possono indicare il tuo server vengono interrogate insieme; ogni server trovato viene verificato.</translation>
    </message>
    <message>
        <source>Servers found</source>
        <translation>Server trovati</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trovato in</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>S&amp;top Searching</source>
        <translation>Interrompi la &amp;ricerca</translation>
    </message>
    <message>
        <source>Server Settings</source>
        <translation>Impostazioni del server</translation>
    </message>
    <message>
        <source>Check them, change what you need, and send yourself a test message.</source>
        <translation>Controllale, modifica ciò che serve e inviati un messaggio di prova.</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Server della posta in uscita</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Il tuo indirizzo</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Metodo di accesso</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation>Senza accesso</translation>
    </message>
    <message>
        <source>&amp;Check Settings</source>
        <translation>&amp;Verifica le impostazioni</translation>
    </message>
    <message>
        <source>Send a &amp;Test Message to Myself</source>
        <translation>Invia a me un messaggio di &amp;prova</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation>Sicure&amp;zza:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Metodo di accesso:</translation>
    </message>
    <message>
        <source>What the server offers</source>
        <translation>Cosa offre il server</translation>
    </message>
    <message>
        <source>The Server&apos;s Certificate Is Not Trusted</source>
        <translation>Il certificato del server non è attendibile</translation>
    </message>
    <message>
        <source>Someone may be pretending to be your server, or the server is set up wrongly.</source>
        <translation>Qualcuno potrebbe spacciarsi per il tuo server, oppure il server è configurato male.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Impronta digitale SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 &amp;fingerprint (compare it with the one your provider publishes):</source>
        <translation>I&amp;mpronta digitale SHA-256 (confrontala con quella pubblicata dal tuo provider):</translation>
    </message>
    <message>
        <source>Only this exact certificate is trusted, only for this server. If the server&apos;s certificate changes, Postino stops and asks again.</source>
        <translation>Viene considerato attendibile solo questo preciso certificato, e solo per questo server. Se il certificato del server cambia, Postino si ferma e te lo chiede di nuovo.</translation>
    </message>
    <message>
        <source>Trust and &amp;Continue</source>
        <translation>Considera attendibile e &amp;continua</translation>
    </message>
    <message>
        <source>Looking for the outgoing server of %1…</source>
        <translation>Ricerca del server della posta in uscita di %1…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Found and checked: %1, port %2 (%3).</source>
        <translation>Trovato e verificato: %1, porta %2 (%3).</translation>
    </message>
    <message>
        <source>No working outgoing server was found for %1. Enter the settings your provider gives on the next page.</source>
        <translation>Non è stato trovato alcun server della posta in uscita funzionante per %1. Inserisci nella pagina successiva le impostazioni fornite dal tuo provider.</translation>
    </message>
    <message>
        <source>Largest message: %1</source>
        <translation>Dimensione massima dei messaggi: %1</translation>
    </message>
    <message>
        <source>Largest message: no limit announced</source>
        <translation>Dimensione massima dei messaggi: nessun limite dichiarato</translation>
    </message>
    <message>
        <source>Sign-in methods: none offered</source>
        <translation>Metodi di accesso: nessuno offerto</translation>
    </message>
    <message>
        <source>Sign-in methods: %1</source>
        <translation>Metodi di accesso: %1</translation>
    </message>
    <message>
        <source>Encryption: %1 (%2)</source>
        <translation>Crittografia: %1 (%2)</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, valid until %3%4</source>
        <translation>Certificato: %1, emesso da %2, valido fino al %3%4</translation>
    </message>
    <message>
        <source> (trusted by its fingerprint)</source>
        <translation> (attendibile tramite la sua impronta digitale)</translation>
    </message>
    <message>
        <source>Encryption: none – messages and passwords travel in clear</source>
        <translation>Crittografia: nessuna – messaggi e password viaggiano in chiaro</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>Non è stato possibile verificare il certificato di %1.</translation>
    </message>
    <message>
        <source>What is wrong: %1</source>
        <translation>Cosa non va: %1</translation>
    </message>
    <message>
        <source>Trust exactly this certificate for %1, port %2</source>
        <translation>Considera attendibile esattamente questo certificato per %1, porta %2</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Impostazioni non ancora verificate.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>✔ These settings work: the server accepted the connection%1.</source>
        <translation>✔ Queste impostazioni funzionano: il server ha accettato la connessione%1.</translation>
    </message>
    <message>
        <source> and the password</source>
        <translation> e la password</translation>
    </message>
    <message>
        <source>The server wants a password: enter it above.</source>
        <translation>Il server richiede una password: inseriscila qui sopra.</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Settings Not Verified</source>
        <translation>Impostazioni non verificate</translation>
    </message>
    <message>
        <source>These settings did not work: %1

Keep the account anyway? Messages will wait in the outbox until the server accepts them.</source>
        <translation>Queste impostazioni non hanno funzionato: %1

Vuoi tenere comunque l&apos;account? I messaggi attenderanno nella posta in uscita finché il server non li accetterà.</translation>
    </message>
    <message>
        <source>Keep Account</source>
        <translation>Tieni l&apos;account</translation>
    </message>
    <message>
        <source>Postino test message</source>
        <translation>Messaggio di prova di Postino</translation>
    </message>
    <message>
        <source>This message was sent by Postino to check the account %1 (%2, port %3).
</source>
        <translation>Questo messaggio è stato inviato da Postino per verificare l&apos;account %1 (%2, porta %3).
</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Invio di un messaggio di prova a %1…</translation>
    </message>
    <message>
        <source>✔ The server accepted the test message: look for it in your inbox.</source>
        <translation>✔ Il server ha accettato il messaggio di prova: cercalo nella tua posta in arrivo.</translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation>Salvataggio della password nel portachiavi…</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Nessun portachiavi</translation>
    </message>
    <message>
        <source>The password could not be stored: %1

Keep the account without a stored password? Postino cannot send through it until a keychain is available and the password is entered again.</source>
        <translation>Non è stato possibile salvare la password: %1

Vuoi tenere l&apos;account senza una password salvata? Postino non potrà inviare tramite questo account finché non sarà disponibile un portachiavi e non avrai inserito di nuovo la password.</translation>
    </message>
    <message>
        <source>Keep Without Password</source>
        <translation>Tieni senza password</translation>
    </message>
    <message>
        <source>The account was not saved: no keychain answered (%1).</source>
        <translation>L&apos;account non è stato salvato: nessun portachiavi ha risposto (%1).</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Salvataggio dell&apos;account…</translation>
    </message>
    <message>
        <source>A preferred server, %1 port %2, answered late; the next page offers it.</source>
        <translation>Un server preferito, %1 porta %2, ha risposto in ritardo; la pagina successiva te lo propone.</translation>
    </message>
    <message>
        <source>Now using %1, port %2 (%3). It worked with the search&apos;s user name and password; Finish checks it with yours.</source>
        <translation>Ora si usa %1, porta %2 (%3). Ha funzionato con il nome utente e la password della ricerca; Fine lo verifica con i tuoi.</translation>
    </message>
    <message>
        <source>Now using %1, port %2 (%3): it was checked and works.</source>
        <translation>Ora si usa %1, porta %2 (%3): è stato verificato e funziona.</translation>
    </message>
    <message>
        <source>Use &amp;It</source>
        <translation>Usa&amp;lo</translation>
    </message>
    <message>
        <source>&amp;Keep Current</source>
        <translation>&amp;Tieni quello attuale</translation>
    </message>
    <message>
        <source>A preferred server answered late: use %1:%2 (%3) instead? It was checked and works (%4).</source>
        <translation>Un server preferito ha risposto in ritardo: vuoi usare %1:%2 (%3) al suo posto? È stato verificato e funziona (%4).</translation>
    </message>
    <message>
        <source>A preferred server answered late</source>
        <translation>Un server preferito ha risposto in ritardo</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>Nome non trovato</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connessione rifiutata</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connessione persa</translation>
    </message>
    <message>
        <source>Busy, try later</source>
        <translation>Occupato, riprova più tardi</translation>
    </message>
    <message>
        <source>Search &amp;Again</source>
        <translation>&amp;Cerca di nuovo</translation>
    </message>
    <message>
        <source>Not known yet for this server: Check Settings asks it.</source>
        <translation>Non ancora noto per questo server: «Verifica le impostazioni» glielo chiede.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avanti &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Indietro</translation>
    </message>
    <message>
        <source>After Finish, Postino reads your domain&apos;s SPF, DKIM and DMARC records and says what to publish so that Gmail, Yahoo and Outlook.com trust your mail.</source>
        <translation>Dopo Fine, Postino legge i record SPF, DKIM e DMARC del tuo dominio e dice che cosa pubblicare perché Gmail, Yahoo e Outlook.com si fidino della tua posta.</translation>
    </message>
    <message>
        <source>Check whether mail from %1 will be trusted</source>
        <translation>Controlla se la posta da %1 sarà considerata affidabile</translation>
    </message>
    <message>
        <source>Sign in with %1 on the first page first.</source>
        <translation>Accedi prima con %1 nella prima pagina.</translation>
    </message>
    <message>
        <source>Keeping the sign-in in the keychain…</source>
        <translation>Conservo l&apos;accesso nel portachiavi…</translation>
    </message>
    <message>
        <source>The account was not saved: the sign-in could not be kept in the keychain (%1).</source>
        <translation>L&apos;account non è stato salvato: non è stato possibile conservare l&apos;accesso nel portachiavi (%1).</translation>
    </message>
    <message>
        <source>Use an &amp;App Password Instead</source>
        <translation>Usa invece una &amp;password per le app</translation>
    </message>
    <message>
        <source>Names: none (the certificate lists no host name)</source>
        <translation>Nomi: nessuno (il certificato non indica alcun nome host)</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Nomi: %1</translation>
    </message>
    <message>
        <source>Issued to: %1
Issued by: %2
Valid from %3 to %4</source>
        <translation>Rilasciato a: %1
Emesso da: %2
Valido dal %3 al %4</translation>
    </message>
</context>
<context>
    <name>Postino::Address</name>
    <message>
        <source>The address &quot;%1&quot; has a quote (&quot;) that is never closed. Close the quote or remove it.</source>
        <translation>L&apos;indirizzo &quot;%1&quot; ha una virgoletta (&quot;) che non viene mai chiusa. Chiudi la virgoletta o rimuovila.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has a &quot;(&quot; without its &quot;)&quot;. Close the comment or remove it.</source>
        <translation>L&apos;indirizzo &quot;%1&quot; ha una &quot;(&quot; senza la sua &quot;)&quot;. Chiudi il commento o rimuovilo.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has a &quot;[&quot; without its &quot;]&quot;. An address literal is written like user@[192.0.2.1].</source>
        <translation>L&apos;indirizzo &quot;%1&quot; ha una &quot;[&quot; senza la sua &quot;]&quot;. Un indirizzo letterale si scrive come utente@[192.0.2.1].</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has a &quot;%2&quot; that closes nothing. Remove it.</source>
        <translation>L&apos;indirizzo &quot;%1&quot; ha un &quot;%2&quot; che non chiude nulla. Rimuovilo.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has a backslash outside quotes. Remove it, or put the part that needs it in quotes.</source>
        <translation>L&apos;indirizzo &quot;%1&quot; ha una barra rovesciata fuori dalle virgolette. Rimuovila, oppure metti tra virgolette la parte che ne ha bisogno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing before the @. Write the whole address, like mario.rossi@example.it.</source>
        <translation>&quot;%1&quot; non ha nulla prima della @. Scrivi l&apos;indirizzo completo, come mario.rossi@example.it.</translation>
    </message>
    <message>
        <source>The part before the @ in &quot;%1&quot; contains %2, which is only allowed in quotes. Check the address.</source>
        <translation>La parte prima della @ in &quot;%1&quot; contiene %2, ammesso solo tra virgolette. Controlla l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>The part before the @ in &quot;%1&quot; starts or ends with a dot, or has two dots in a row. Check the address.</source>
        <translation>La parte prima della @ in &quot;%1&quot; inizia o termina con un punto, oppure ha due punti consecutivi. Controlla l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>The part before the @ in &quot;%1&quot; is longer than %2 characters, which mail servers refuse. Check the address.</source>
        <translation>La parte prima della @ in &quot;%1&quot; supera i %2 caratteri, e i server di posta la rifiutano. Controlla l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing after the @. Add the domain, like mario.rossi@example.it.</source>
        <translation>&quot;%1&quot; non ha nulla dopo la @. Aggiungi il dominio, come mario.rossi@example.it.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; in &quot;%2&quot; is not valid: %3. Check the spelling of the address.</source>
        <translation>Il dominio &quot;%1&quot; in &quot;%2&quot; non è valido: %3. Controlla come è scritto l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>The address literal &quot;%1&quot; in &quot;%2&quot; is not an IP address. Write it like user@[192.0.2.1] or user@[IPv6:2001:db8::1].</source>
        <translation>L&apos;indirizzo letterale &quot;%1&quot; in &quot;%2&quot; non è un indirizzo IP. Scrivilo come utente@[192.0.2.1] o utente@[IPv6:2001:db8::1].</translation>
    </message>
    <message>
        <source>it contains %1; a domain has only letters, digits, hyphens and dots</source>
        <translation>contiene %1; un dominio ha solo lettere, cifre, trattini e punti</translation>
    </message>
    <message>
        <source>it starts or ends with a dot, or has two dots in a row</source>
        <translation>inizia o termina con un punto, oppure ha due punti consecutivi</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; starts or ends with a hyphen</source>
        <translation>la parte &quot;%1&quot; inizia o termina con un trattino</translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is longer than %2 characters</source>
        <translation>la parte &quot;%1&quot; supera i %2 caratteri</translation>
    </message>
    <message>
        <source>it is not a valid internationalised domain name</source>
        <translation>non è un nome di dominio internazionalizzato valido</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>supera i %1 caratteri</translation>
    </message>
    <message>
        <source>it has an empty label</source>
        <translation>ha un&apos;etichetta vuota</translation>
    </message>
    <message>
        <source>it contains %1 (%2), which a domain cannot have</source>
        <translation>contiene %1 (%2), che un dominio non può avere</translation>
    </message>
    <message>
        <source>The name in &quot;%1&quot; hides a control character in an encoded word. Remove the name or write it again in plain text.</source>
        <translation>Il nome in &quot;%1&quot; nasconde un carattere di controllo in una encoded word. Rimuovi il nome o riscrivilo come testo semplice.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; contains %2. An address is one line without control characters; remove it (a line break here could add headers or recipients nobody asked for).</source>
        <translation>L&apos;indirizzo &quot;%1&quot; contiene %2. Un indirizzo è una sola riga senza caratteri di controllo; rimuovilo (un a capo qui potrebbe aggiungere intestazioni o destinatari che nessuno ha chiesto).</translation>
    </message>
    <message>
        <source>The address is empty. Write an address like mario.rossi@example.it.</source>
        <translation>L&apos;indirizzo è vuoto. Scrivi un indirizzo come mario.rossi@example.it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds more than one address. Give one address here; where several are allowed, separate them with commas.</source>
        <translation>&quot;%1&quot; contiene più di un indirizzo. Indica un solo indirizzo qui; dove ne sono ammessi più di uno, separali con virgole.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group or has a &quot;%2&quot; outside quotes. Give one address, like Mario Rossi &lt;mario@example.it&gt;, and put a name with %2 in quotes.</source>
        <translation>&quot;%1&quot; è un gruppo o ha un &quot;%2&quot; fuori dalle virgolette. Indica un solo indirizzo, come Mario Rossi &lt;mario@example.it&gt;, e metti tra virgolette un nome che contiene %2.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has more than one &quot;&lt;&quot;. Write it like Mario Rossi &lt;mario@example.it&gt;.</source>
        <translation>L&apos;indirizzo &quot;%1&quot; ha più di un &quot;&lt;&quot;. Scrivilo come Mario Rossi &lt;mario@example.it&gt;.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has a &quot;&gt;&quot; without a &quot;&lt;&quot; before it. Write it like Mario Rossi &lt;mario@example.it&gt;.</source>
        <translation>L&apos;indirizzo &quot;%1&quot; ha un &quot;&gt;&quot; senza un &quot;&lt;&quot; prima. Scrivilo come Mario Rossi &lt;mario@example.it&gt;.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has a &quot;&lt;&quot; without its &quot;&gt;&quot;. Write it like Mario Rossi &lt;mario@example.it&gt;.</source>
        <translation>L&apos;indirizzo &quot;%1&quot; ha un &quot;&lt;&quot; senza il suo &quot;&gt;&quot;. Scrivilo come Mario Rossi &lt;mario@example.it&gt;.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has text after the closing &quot;&gt;&quot;. Put the name before the address, like Mario Rossi &lt;mario@example.it&gt;.</source>
        <translation>L&apos;indirizzo &quot;%1&quot; ha del testo dopo il &quot;&gt;&quot; di chiusura. Metti il nome prima dell&apos;indirizzo, come Mario Rossi &lt;mario@example.it&gt;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one @. Check the address; a name that contains an @ goes in quotes before the address: &quot;a@b&quot; &lt;mario@example.it&gt;.</source>
        <translation>&quot;%1&quot; ha più di una @. Controlla l&apos;indirizzo; un nome che contiene una @ va tra virgolette prima dell&apos;indirizzo: &quot;a@b&quot; &lt;mario@example.it&gt;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no address between &lt; and &gt;. Write it like Mario Rossi &lt;mario@example.it&gt;.</source>
        <translation>&quot;%1&quot; non ha alcun indirizzo tra &lt; e &gt;. Scrivilo come Mario Rossi &lt;mario@example.it&gt;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: the @ is missing. Write it like mario.rossi@example.it; a name with a comma goes in quotes: &quot;Rossi, Mario&quot; &lt;mario.rossi@example.it&gt;.</source>
        <translation>&quot;%1&quot; non è un indirizzo e-mail: manca la @. Scrivilo come mario.rossi@example.it; un nome con una virgola va tra virgolette: &quot;Rossi, Mario&quot; &lt;mario.rossi@example.it&gt;.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has a &quot;%2&quot; where it does not belong. Write it like Mario Rossi &lt;mario@example.it&gt;, with a name that has punctuation in quotes.</source>
        <translation>L&apos;indirizzo &quot;%1&quot; ha un &quot;%2&quot; fuori posto. Scrivilo come Mario Rossi &lt;mario@example.it&gt;, con tra virgolette un nome che contiene punteggiatura.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has spaces but no &lt;...&gt;. Write a name with its address like Mario Rossi &lt;mario@example.it&gt;.</source>
        <translation>&quot;%1&quot; contiene spazi ma non &lt;...&gt;. Scrivi un nome con il suo indirizzo come Mario Rossi &lt;mario@example.it&gt;.</translation>
    </message>
    <message>
        <source>The address in &quot;%1&quot; has spaces in it. Remove them, or put the part before the @ in quotes if it really has spaces.</source>
        <translation>L&apos;indirizzo in &quot;%1&quot; contiene spazi. Rimuovili, oppure metti tra virgolette la parte prima della @ se contiene davvero spazi.</translation>
    </message>
    <message>
        <source>The part before the @ in &quot;%1&quot; has square brackets. Check the address.</source>
        <translation>La parte prima della @ in &quot;%1&quot; contiene parentesi quadre. Controlla l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>The domain in &quot;%1&quot; is in quotes. Write the domain without quotes, like mario.rossi@example.it.</source>
        <translation>Il dominio in &quot;%1&quot; è tra virgolette. Scrivi il dominio senza virgolette, come mario.rossi@example.it.</translation>
    </message>
    <message>
        <source>The address list &quot;%1&quot; contains %2. Addresses are one line without control characters; remove it (a line break here could add headers or recipients nobody asked for).</source>
        <translation>L&apos;elenco di indirizzi &quot;%1&quot; contiene %2. Gli indirizzi stanno su una sola riga senza caratteri di controllo; rimuovilo (un a capo qui potrebbe aggiungere intestazioni o destinatari che nessuno ha chiesto).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a bare address (like mario.rossi@example.it) because the name is given separately.</source>
        <translation>&quot;%1&quot; dovrebbe essere un indirizzo semplice (come mario.rossi@example.it), perché il nome è indicato a parte.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; for %2 contains %3. Write the name on one line without control characters.</source>
        <translation>Il nome &quot;%1&quot; per %2 contiene %3. Scrivi il nome su una sola riga senza caratteri di controllo.</translation>
    </message>
    <message>
        <source>The part before the @ in &quot;%1&quot; contains a tab, which mail servers do not accept even in quotes. Write it with spaces, or check the address.</source>
        <translation>La parte prima della @ in &quot;%1&quot; contiene una tabulazione, che i server di posta non accettano neanche tra virgolette. Scrivila con degli spazi, o controlla l&apos;indirizzo.</translation>
    </message>
</context>
<context>
    <name>Postino::AppController</name>
    <message>
        <source>Postino</source>
        <translation>Postino</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>Messaggio inviato</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was accepted by the server.</source>
        <translation>&quot;%1&quot; è stato accettato dal server.</translation>
    </message>
    <message>
        <source>A message was accepted by the server.</source>
        <translation>Un messaggio è stato accettato dal server.</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>Messaggio non inviato</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be sent: %2 See the Outbox.</source>
        <translation>Non è stato possibile inviare &quot;%1&quot;: %2 Vedi la Posta in uscita.</translation>
    </message>
    <message>
        <source>Password refused</source>
        <translation>Password rifiutata</translation>
    </message>
    <message>
        <source>Postino Test &lt;me@postino.test&gt;</source>
        <translation>Postino Test &lt;me@postino.test&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; via %3, port %4</source>
        <translation>%1 &lt;%2&gt; tramite %3, porta %4</translation>
    </message>
    <message>
        <source>&amp;Check Connection…</source>
        <translation>&amp;Verifica connessione…</translation>
    </message>
    <message>
        <source>Select an account in the sidebar first.</source>
        <translation>Seleziona prima un account nella barra laterale.</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>&amp;Rimuovi account…</translation>
    </message>
    <message>
        <source>Acc&amp;ount</source>
        <translation>Acc&amp;ount</translation>
    </message>
    <message>
        <source>Message Not Sent</source>
        <translation>Messaggio non inviato</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Account %1 aggiunto.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Rimuovi account</translation>
    </message>
    <message>
        <source>Remove the account %1 and its password from the keychain? Messages already in the outbox stay there and cannot be sent until you add the account again.</source>
        <translation>Rimuovere l&apos;account %1 e la sua password dal portachiavi? I messaggi già nella posta in uscita restano lì e non potranno essere inviati finché non aggiungerai di nuovo l&apos;account.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>The account %1 was removed, but its password could not be deleted from the keychain: %2</source>
        <translation>L&apos;account %1 è stato rimosso, ma non è stato possibile eliminarne la password dal portachiavi: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server refused the password of %1. Its messages wait in the outbox.</source>
        <translation>Il server ha rifiutato la password di %1. I suoi messaggi attendono nella posta in uscita.</translation>
    </message>
    <message>
        <source>The server refused the password of %1. Its messages wait in the outbox until you enter it again (Account &gt; Change Password…, or Enter Password… in the Outbox).</source>
        <translation>Il server ha rifiutato la password di %1. I messaggi di questo account sono in attesa nella posta in uscita finché non la inserisci di nuovo (Account &gt; Cambia password…, oppure Inserisci password… nella Posta in uscita).</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Cambia &amp;password…</translation>
    </message>
    <message>
        <source>The account %1 signs in without a password: there is none to change.</source>
        <translation>L&apos;account %1 accede senza password: non c&apos;è alcuna password da cambiare.</translation>
    </message>
    <message>
        <source>The server refused the stored password: %1</source>
        <translation>Il server ha rifiutato la password salvata: %1</translation>
    </message>
    <message>
        <source>The server refused the stored password.</source>
        <translation>Il server ha rifiutato la password salvata.</translation>
    </message>
    <message numerus="yes">
        <source>The new password of %1 is in the keychain; %n waiting message(s) will be sent now.</source>
        <translation>
            <numerusform>La nuova password di %1 è nel portachiavi; %n messaggio in attesa viene inviato ora.</numerusform>
            <numerusform>La nuova password di %1 è nel portachiavi; %n messaggi in attesa vengono inviati ora.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new password of %1 is in the keychain.</source>
        <translation>La nuova password di %1 è nel portachiavi.</translation>
    </message>
    <message>
        <source>Postino: %1</source>
        <translation>Postino: %1</translation>
    </message>
    <message>
        <source>Messages Waiting</source>
        <translation>Messaggi in attesa</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still wait in the outbox. Postino sends them only while it runs.</source>
        <translation>
            <numerusform>%n messaggio è ancora in attesa nella posta in uscita. Postino lo invia solo mentre è aperto.</numerusform>
            <numerusform>%n messaggi sono ancora in attesa nella posta in uscita. Postino li invia solo mentre è aperto.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send Now, Then Quit</source>
        <translation>&amp;Invia ora, poi esci</translation>
    </message>
    <message>
        <source>&amp;Keep Them and Quit</source>
        <translation>&amp;Tienili ed esci</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Quit</source>
        <translation>&amp;Non uscire</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n waiting message(s); Postino quits when they are done.</source>
        <translation>
            <numerusform>Invio di %n messaggio in attesa; Postino esce quando ha finito.</numerusform>
            <numerusform>Invio di %n messaggi in attesa; Postino esce quando ha finito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Sending in the &amp;Background</source>
        <translation>Continua a inviare in &amp;background</translation>
    </message>
    <message>
        <source>In the background, Postino keeps trying from its icon in the tray and quits by itself once nothing waits.</source>
        <translation>In background, Postino continua a provare dalla sua icona nell&apos;area di notifica e si chiude da solo quando non resta nulla in attesa.</translation>
    </message>
    <message>
        <source>Sending in the background</source>
        <translation>Invio in background</translation>
    </message>
    <message numerus="yes">
        <source>Postino sends the %n waiting message(s) and then quits; click its icon to open it.</source>
        <translation>
            <numerusform>Postino invia %n messaggio in attesa e poi si chiude; fai clic sulla sua icona per aprirlo.</numerusform>
            <numerusform>Postino invia i %n messaggi in attesa e poi si chiude; fai clic sulla sua icona per aprirlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Postino</source>
        <translation>&amp;Apri Postino</translation>
    </message>
    <message>
        <source>&amp;New Message</source>
        <translation>&amp;Nuovo messaggio</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Account &amp;Settings…</source>
        <translation>&amp;Impostazioni account…</translation>
    </message>
    <message numerus="yes">
        <source>The settings of %1 are saved; %n waiting message(s) will be sent now.</source>
        <translation>
            <numerusform>Le impostazioni di %1 sono salvate; %n messaggio in attesa sarà inviato ora.</numerusform>
            <numerusform>Le impostazioni di %1 sono salvate; %n messaggi in attesa saranno inviati ora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;Domain Health…</source>
        <translation>Controlla la salute del &amp;dominio…</translation>
    </message>
    <message>
        <source>Mail from %1 sent through %2 will probably be refused or marked as spam (%3).</source>
        <translation>La posta da %1 inviata attraverso %2 sarà probabilmente rifiutata o segnata come spam (%3).</translation>
    </message>
    <message>
        <source>The settings of %1 are saved.</source>
        <translation>Le impostazioni di %1 sono salvate.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Accedi di nuovo</translation>
    </message>
    <message>
        <source>The sign-in of %1 has expired or was withdrawn (%2). Its messages wait in the outbox until you sign in again: click here, or Account &gt; Sign In Again….</source>
        <translation>L&apos;accesso di %1 è scaduto o è stato revocato (%2). I suoi messaggi restano in attesa nella posta in uscita finché non accedi di nuovo: fai clic qui, oppure Account &gt; Accedi di nuovo….</translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation>&amp;Accedi di nuovo…</translation>
    </message>
    <message>
        <source>Sign &amp;In Again… (needed)</source>
        <translation>&amp;Accedi di nuovo… (necessario)</translation>
    </message>
    <message>
        <source>The account %1 signs in with a password: choose Account &gt; Change Password… instead.</source>
        <translation>L&apos;account %1 accede con una password: scegli invece Account &gt; Cambia password….</translation>
    </message>
    <message>
        <source>The sign-in has expired or was withdrawn.</source>
        <translation>L&apos;accesso è scaduto o è stato revocato.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is signed in again; %n waiting message(s) will be sent now.</source>
        <translation>
            <numerusform>%1 ha eseguito di nuovo l&apos;accesso; %n messaggio in attesa sarà inviato ora.</numerusform>
            <numerusform>%1 ha eseguito di nuovo l&apos;accesso; %n messaggi in attesa saranno inviati ora.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is signed in again.</source>
        <translation>%1 ha eseguito di nuovo l&apos;accesso.</translation>
    </message>
    <message>
        <source>&amp;Trusted Certificates…</source>
        <translation>Certificati &amp;attendibili…</translation>
    </message>
    <message>
        <source>The certificates your accounts trust by their fingerprint, with Remove</source>
        <translation>I certificati che i tuoi account considerano attendibili per la loro impronta, con Rimuovi</translation>
    </message>
    <message>
        <source>%1 no longer trusts a certificate by its fingerprint.</source>
        <translation>L&apos;account %1 non considera più attendibile un certificato per la sua impronta.</translation>
    </message>
    <message>
        <source>Offline: messages wait for the network</source>
        <translation>Non in linea: i messaggi attendono la rete</translation>
    </message>
    <message>
        <source>The network is back; sending what waited.</source>
        <translation>La rete è tornata; invio di ciò che era in attesa.</translation>
    </message>
    <message>
        <source>Messages cannot be sent</source>
        <translation>Impossibile inviare i messaggi</translation>
    </message>
</context>
<context>
    <name>Postino::AuthorizationCodeFlow</name>
    <message numerus="yes">
        <source>The sign-in was not finished in the browser within %n minute(s); nothing was stored. Start it again.</source>
        <translation>
            <numerusform>L&apos;accesso non è stato completato nel browser entro %n minuto; non è stato salvato nulla. Ricomincia.</numerusform>
            <numerusform>L&apos;accesso non è stato completato nel browser entro %n minuti; non è stato salvato nulla. Ricomincia.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider has no OAuth2 sign-in.</source>
        <translation>Il provider non prevede l&apos;accesso OAuth2.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled; nothing was stored.</source>
        <translation>L&apos;accesso è stato annullato; non è stato salvato nulla.</translation>
    </message>
</context>
<context>
    <name>Postino::AutoconfigClient</name>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 non ha risposto entro %2 secondi.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 bytes; a mail configuration is never that large.</source>
        <translation>%1 ha inviato più di %2 byte; una configurazione di posta non è mai così grande.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 ha risposto con HTTP %2.</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>Non è stato possibile scaricare %1: %2</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was refused: %2. Its SHA-256 fingerprint is %3.</source>
        <translation>Il certificato TLS di %1 è stato rifiutato: %2. La sua impronta SHA-256 è %3.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was refused: %2. Its SHA-256 fingerprint is %3, not the pinned %4; the autoconfig file was not read. Check the fingerprint you gave.</source>
        <translation>Il certificato TLS di %1 è stato rifiutato: %2. La sua impronta SHA-256 è %3, non quella fissata %4; il file di configurazione automatica non è stato letto. Controlla l&apos;impronta che hai indicato.</translation>
    </message>
</context>
<context>
    <name>Postino::Autostart</name>
    <message>
        <source>%1 could not be removed; remove it yourself to stop Postino starting at login.</source>
        <translation>Non è stato possibile rimuovere %1; rimuovilo tu per evitare che Postino si avvii all&apos;accesso.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2); Postino will not start at login.</source>
        <translation>Non è stato possibile scrivere %1 (%2); Postino non si avvierà all&apos;accesso.</translation>
    </message>
</context>
<context>
    <name>Postino::Campaign</name>
    <message>
        <source>The campaign&apos;s file is not valid: %1.</source>
        <translation>Il file della campagna non è valido: %1.</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>versione del formato sconosciuta %1</translation>
    </message>
    <message>
        <source>neither an account nor a server</source>
        <translation>né un account né un server</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;</source>
        <translation>stato sconosciuto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a campaign&apos;s name: use 1 to 64 letters, digits, spaces, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, not starting with &apos;.&apos; and without a space at either end.</source>
        <translation>&quot;%1&quot; non può essere il nome di una campagna: usa da 1 a 64 lettere, cifre, spazi, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;, senza iniziare con &apos;.&apos; e senza spazi all&apos;inizio o alla fine.</translation>
    </message>
</context>
<context>
    <name>Postino::CampaignComposer</name>
    <message>
        <source>The sender &quot;%1&quot; is not an address: %2</source>
        <translation>Il mittente &quot;%1&quot; non è un indirizzo: %2</translation>
    </message>
    <message>
        <source>the subject</source>
        <translation>l&apos;oggetto</translation>
    </message>
    <message>
        <source>the text body</source>
        <translation>il testo semplice</translation>
    </message>
    <message>
        <source>the HTML body</source>
        <translation>il testo HTML</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header: write it as &quot;Name: value&quot;.</source>
        <translation>&quot;%1&quot; non è un&apos;intestazione: scrivila come &quot;Nome: valore&quot;.</translation>
    </message>
    <message>
        <source>the header %1</source>
        <translation>l&apos;intestazione %1</translation>
    </message>
    <message>
        <source>The unsubscribe address &quot;%1&quot; must start with mailto: or https:.</source>
        <translation>L&apos;indirizzo di disiscrizione &quot;%1&quot; deve iniziare con mailto: o https:.</translation>
    </message>
    <message>
        <source>the unsubscribe address %1</source>
        <translation>l&apos;indirizzo di disiscrizione %1</translation>
    </message>
    <message>
        <source>[Test] %1</source>
        <translation>[Prova] %1</translation>
    </message>
</context>
<context>
    <name>Postino::CampaignEditor</name>
    <message>
        <source>New Campaign</source>
        <translation>Nuova campagna</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Import the Recipient List</source>
        <translation>Importa la lista dei destinatari</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Reading the recipient list…</source>
        <translation>Lettura della lista dei destinatari…</translation>
    </message>
    <message>
        <source>The list %1 is larger than %2; split it into smaller lists.</source>
        <translation>La lista %1 supera %2: dividila in liste più piccole.</translation>
    </message>
    <message>
        <source>The list %1 cannot be read: %2.</source>
        <translation>Impossibile leggere la lista %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) will get a message</source>
        <translation>
            <numerusform>%n destinatario riceverà un messaggio</numerusform>
            <numerusform>%n destinatari riceveranno un messaggio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n row(s) skipped:</source>
        <translation>
            <numerusform>%1; %n riga esclusa:</numerusform>
            <numerusform>%1; %n righe escluse:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the table above shows the first %n row(s))</source>
        <translation>
            <numerusform>(la tabella qui sopra mostra %n riga)</numerusform>
            <numerusform>(la tabella qui sopra mostra le prime %n righe)</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is ready. Write the message next.</source>
        <translation>La lista è pronta. Ora scrivi il messaggio.</translation>
    </message>
    <message>
        <source>Add an account first (File &gt; Add Account…): a campaign is sent through one.</source>
        <translation>Aggiungi prima un account (File &gt; Aggiungi account…): una campagna parte sempre da un account.</translation>
    </message>
    <message>
        <source>Import the recipient list first (Import CSV…).</source>
        <translation>Importa prima la lista dei destinatari (Importa CSV…).</translation>
    </message>
    <message>
        <source>Write the message first: the plain text, the HTML, or both.</source>
        <translation>Scrivi prima il messaggio: il testo semplice, l&apos;HTML o entrambi.</translation>
    </message>
    <message>
        <source>Creating the campaign…</source>
        <translation>Creazione della campagna…</translation>
    </message>
    <message>
        <source>A campaign named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Esiste già una campagna di nome &quot;%1&quot;: scegli un altro nome.</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campagna %1</translation>
    </message>
    <message>
        <source>The campaign is saved as a draft. Look at the messages and send yourself a test, then Start Sending.</source>
        <translation>La campagna è salvata come bozza. Controlla i messaggi e inviati una prova, poi Avvia l&apos;invio.</translation>
    </message>
    <message>
        <source>From: %1
To: %2
Subject: %3</source>
        <translation>Da: %1
A: %2
Oggetto: %3</translation>
    </message>
    <message>
        <source>Sending row %1&apos;s message to %2…</source>
        <translation>Invio del messaggio della riga %1 a %2…</translation>
    </message>
    <message>
        <source>✔ The test message was accepted by the server (%1); look for it in your inbox.</source>
        <translation>✔ Il server ha accettato il messaggio di prova (%1): cercalo nella tua posta in arrivo.</translation>
    </message>
    <message>
        <source>The test message was not sent: %1 It stays in the Outbox, marked failed.</source>
        <translation>Il messaggio di prova non è stato inviato: %1 Resta nella Posta in uscita, segnato come non riuscito.</translation>
    </message>
    <message>
        <source>The test message waits in the Outbox and will be tried again at %1: %2</source>
        <translation>Il messaggio di prova attende nella Posta in uscita e sarà ritentato alle %1: %2</translation>
    </message>
    <message>
        <source>Writing the messages into the outbox…</source>
        <translation>Scrittura dei messaggi nella posta in uscita…</translation>
    </message>
    <message>
        <source>Writing the messages into the outbox: %1 of %2</source>
        <translation>Scrittura dei messaggi nella posta in uscita: %1 di %2</translation>
    </message>
    <message>
        <source>Every message is in the outbox; they go at the campaign&apos;s pace.</source>
        <translation>Tutti i messaggi sono nella posta in uscita; partono al ritmo della campagna.</translation>
    </message>
    <message>
        <source>1. &amp;Recipients</source>
        <translation>1. D&amp;estinatari</translation>
    </message>
    <message>
        <source>2. &amp;Message</source>
        <translation>2. &amp;Messaggio</translation>
    </message>
    <message>
        <source>3. &amp;Pace</source>
        <translation>3. &amp;Ritmo</translation>
    </message>
    <message>
        <source>4. Pre&amp;view and Test</source>
        <translation>4. Anteprima e pro&amp;va</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nome della campagna</translation>
    </message>
    <message>
        <source>e.g. Newsletter March</source>
        <translation>es. Newsletter di marzo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Your accounts</source>
        <translation>I tuoi account</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>Acc&amp;ount:</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importa CSV…</translation>
    </message>
    <message>
        <source>No list yet.</source>
        <translation>Nessuna lista per ora.</translation>
    </message>
    <message>
        <source>Recipient list:</source>
        <translation>Lista dei destinatari:</translation>
    </message>
    <message>
        <source>Address column</source>
        <translation>Colonna dell&apos;indirizzo</translation>
    </message>
    <message>
        <source>The list&apos;s columns</source>
        <translation>Le colonne della lista</translation>
    </message>
    <message>
        <source>A CSV file with a header row, one recipient per row (as a spreadsheet saves it). Every column can be used in the message as a field.</source>
        <translation>Un file CSV con una riga di intestazione e un destinatario per riga (come lo salva un foglio di calcolo). Ogni colonna si può usare nel messaggio come campo.</translation>
    </message>
    <message>
        <source>First rows of the list</source>
        <translation>Prime righe della lista</translation>
    </message>
    <message>
        <source>Rows that get no message</source>
        <translation>Righe che non ricevono alcun messaggio</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga del file</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Why it is skipped</source>
        <translation>Perché è esclusa</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Da:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>e.g. News for you, {{name}}</source>
        <translation>es. Novità per te, {{nome}}</translation>
    </message>
    <message>
        <source>Put a field of the list at the cursor: each recipient gets their own value</source>
        <translation>Inserisce un campo della lista nel punto del cursore: ogni destinatario riceve il proprio valore</translation>
    </message>
    <message>
        <source>{{name}} becomes each recipient&apos;s value; {{name|friend}} gives a default for empty values.</source>
        <translation>{{nome}} diventa il valore di ciascun destinatario; {{nome|amico}} dà un valore predefinito per quelli vuoti.</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Testo semplice</translation>
    </message>
    <message>
        <source>Hello {{name}},

…</source>
        <translation>Ciao {{nome}},

…</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hello {{name}},&lt;/p&gt;  (optional: with HTML the plain text is the alternative, made from the HTML when left empty)</source>
        <translation>&lt;p&gt;Ciao {{nome}},&lt;/p&gt;  (facoltativo: con l&apos;HTML il testo semplice è l&apos;alternativa, ricavata dall&apos;HTML se lo lasci vuoto)</translation>
    </message>
    <message>
        <source>Plain &amp;Text</source>
        <translation>&amp;Testo semplice</translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>Unsubscribe URLs</source>
        <translation>Indirizzi di disiscrizione</translation>
    </message>
    <message>
        <source>mailto:unsubscribe@example.org?subject=unsubscribe https://example.org/unsub?e={{email}}</source>
        <translation>mailto:disiscrizione@esempio.it?subject=disiscrivimi https://esempio.it/disiscrizione?e={{email}}</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe:</source>
        <translation>Di&amp;siscrizione:</translation>
    </message>
    <message>
        <source>One or more mailto: or https: addresses separated by spaces; mail programs show an Unsubscribe button for them (List-Unsubscribe). {{unsubscribe}} puts the first one in the text.</source>
        <translation>Uno o più indirizzi mailto: o https: separati da spazi; i programmi di posta mostrano per essi un pulsante per disiscriversi (List-Unsubscribe). {{unsubscribe}} mette il primo nel testo.</translation>
    </message>
    <message>
        <source>Messages per minute</source>
        <translation>Messaggi al minuto</translation>
    </message>
    <message>
        <source>the account&apos;s pace</source>
        <translation>il ritmo dell&apos;account</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> al minuto</translation>
    </message>
    <message>
        <source>Messages per 24 hours</source>
        <translation>Messaggi ogni 24 ore</translation>
    </message>
    <message>
        <source>the account&apos;s limit</source>
        <translation>il limite dell&apos;account</translation>
    </message>
    <message>
        <source> per 24 hours</source>
        <translation> ogni 24 ore</translation>
    </message>
    <message>
        <source>&amp;Daily limit:</source>
        <translation>Limite &amp;giornaliero:</translation>
    </message>
    <message>
        <source>Pause after this many refusals</source>
        <translation>Sospendi dopo questo numero di rifiuti</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> messaggi</translation>
    </message>
    <message>
        <source>0 keeps the pace of the account: its own setting, or the limit its provider is known to have (Gmail, Microsoft 365 and others refuse mail or block the account when too much goes at once). A lower rate spreads the messages evenly; the daily limit counts the last 24 hours, so a long list goes on by itself the next day. Postino pauses the campaign when the server refuses this many messages for good, so that a broken list does not burn through.</source>
        <translation>0 mantiene il ritmo dell&apos;account: la sua impostazione, o il limite noto del suo fornitore (Gmail, Microsoft 365 e altri rifiutano la posta o bloccano l&apos;account quando ne parte troppa in una volta). Una velocità più bassa distribuisce i messaggi in modo uniforme; il limite giornaliero conta le ultime 24 ore, così una lista lunga prosegue da sola il giorno dopo. Postino sospende la campagna quando il server rifiuta definitivamente questo numero di messaggi, perché una lista sbagliata non venga consumata tutta.</translation>
    </message>
    <message>
        <source>Row of the &amp;list:</source>
        <translation>Riga della &amp;lista:</translation>
    </message>
    <message>
        <source>Row to preview</source>
        <translation>Riga da visualizzare in anteprima</translation>
    </message>
    <message>
        <source>Send &amp;Test to Myself</source>
        <translation>Invia una &amp;prova a me</translation>
    </message>
    <message>
        <source>Send this row&apos;s message to the account&apos;s own address, marked as a test</source>
        <translation>Invia il messaggio di questa riga all&apos;indirizzo dell&apos;account stesso, segnato come prova</translation>
    </message>
    <message>
        <source>Create the campaign to see its messages exactly as they will be sent.</source>
        <translation>Crea la campagna per vedere i suoi messaggi esattamente come saranno inviati.</translation>
    </message>
    <message>
        <source>Plain text as sent</source>
        <translation>Testo semplice come viene inviato</translation>
    </message>
    <message>
        <source>HTML as sent</source>
        <translation>HTML come viene inviato</translation>
    </message>
    <message>
        <source>The message&apos;s source</source>
        <translation>Il sorgente del messaggio</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sorgente</translation>
    </message>
    <message>
        <source>Messages written into the outbox</source>
        <translation>Messaggi scritti nella posta in uscita</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crea</translation>
    </message>
    <message>
        <source>Save the campaign as a draft: nothing is sent yet</source>
        <translation>Salva la campagna come bozza: per ora non parte nulla</translation>
    </message>
    <message>
        <source>&amp;Start Sending</source>
        <translation>&amp;Avvia l&apos;invio</translation>
    </message>
    <message>
        <source>Put every message into the outbox; they go at the campaign&apos;s pace</source>
        <translation>Mette tutti i messaggi nella posta in uscita; partono al ritmo della campagna</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Address co&amp;lumn:</source>
        <translation>Colonna dell&apos;indiri&amp;zzo:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <source>&amp;Insert Field</source>
        <translation>I&amp;nserisci campo</translation>
    </message>
    <message>
        <source>R&amp;ate:</source>
        <translation>Veloci&amp;tà:</translation>
    </message>
    <message>
        <source>Pause after re&amp;fusals:</source>
        <translation>Sospendi dopo i ri&amp;fiuti:</translation>
    </message>
</context>
<context>
    <name>Postino::CampaignListModel</name>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 di %2 inviati</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n skipped)</source>
        <translation>
            <numerusform>%1 (%n esclusa)</numerusform>
            <numerusform>%1 (%n escluse)</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creata il</translation>
    </message>
</context>
<context>
    <name>Postino::CampaignReport</name>
    <message>
        <source>the campaign was cancelled before it was sent</source>
        <translation>la campagna è stata annullata prima dell&apos;invio</translation>
    </message>
    <message>
        <source>its message was removed from the outbox</source>
        <translation>il suo messaggio è stato tolto dalla posta in uscita</translation>
    </message>
</context>
<context>
    <name>Postino::CampaignReportModel</name>
    <message>
        <source>next attempt %1</source>
        <translation>prossimo tentativo %1</translation>
    </message>
    <message>
        <source>%1 (it may have arrived twice: the connection was lost after the message was sent)</source>
        <translation>%1 (potrebbe essere arrivato due volte: la connessione si è interrotta dopo l&apos;invio del messaggio)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Reason or reply</source>
        <translation>Motivo o risposta</translation>
    </message>
</context>
<context>
    <name>Postino::CampaignService</name>
    <message>
        <source>the recipient list</source>
        <translation>la lista dei destinatari</translation>
    </message>
    <message>
        <source>Cannot read the attachment %1; check the file&apos;s name.</source>
        <translation>Impossibile leggere l&apos;allegato %1; controlla il nome del file.</translation>
    </message>
    <message numerus="yes">
        <source>The list of campaign &quot;%1&quot; has %n data row(s); there is no row %2.</source>
        <translation>
            <numerusform>La lista della campagna &quot;%1&quot; ha %n riga di dati; non esiste la riga %2.</numerusform>
            <numerusform>La lista della campagna &quot;%1&quot; ha %n righe di dati; non esiste la riga %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 is neither sent nor skipped.</source>
        <translation>La riga %1 non è né da inviare né esclusa.</translation>
    </message>
    <message>
        <source>Row %1 of campaign &quot;%2&quot; has no valid address to make a test from; pick another with --row.</source>
        <translation>La riga %1 della campagna &quot;%2&quot; non ha un indirizzo valido per un invio di prova; scegline un&apos;altra con --row.</translation>
    </message>
    <message>
        <source>Row %1 (line %2): %3</source>
        <translation>Riga %1 (linea %2): %3</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; was cancelled; it cannot start again. Create a new one to send it.</source>
        <translation>La campagna &quot;%1&quot; è stata annullata e non può ripartire. Creane una nuova per inviarla.</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is %2, not sending: there is nothing to pause.</source>
        <translation>La campagna &quot;%1&quot; è in stato %2, non in invio: non c&apos;è nulla da sospendere.</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is %2, not paused: there is nothing to resume%3.</source>
        <translation>La campagna &quot;%1&quot; è in stato %2, non sospesa: non c&apos;è nulla da riprendere%3.</translation>
    </message>
    <message>
        <source> (start it with campaign start)</source>
        <translation> (avviala con campaign start)</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is done: every message has gone, there is nothing to cancel.</source>
        <translation>La campagna &quot;%1&quot; è conclusa: tutti i messaggi sono partiti, non c&apos;è nulla da annullare.</translation>
    </message>
    <message>
        <source>Row %1 (line %2) gets no message: %3</source>
        <translation>La riga %1 (linea %2) non riceve alcun messaggio: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were refused for good (the last: %1). Check the list and the server&apos;s replies in the report, then resume.</source>
        <translation>
            <numerusform>%n messaggio è stato rifiutato definitivamente (l&apos;ultimo: %1). Controlla la lista e le risposte del server nel resoconto, poi riprendi.</numerusform>
            <numerusform>%n messaggi sono stati rifiutati definitivamente (l&apos;ultimo: %1). Controlla la lista e le risposte del server nel resoconto, poi riprendi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postino::CampaignStatus</name>
    <message>
        <source>Paused.</source>
        <translation>In pausa.</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>In pausa: %1</translation>
    </message>
    <message>
        <source>Waiting to try again at %1 after a temporary failure.</source>
        <translation>In attesa di riprovare alle %1 dopo un errore temporaneo.</translation>
    </message>
    <message>
        <source>Waiting to try again at %1: %2</source>
        <translation>In attesa di riprovare alle %1: %2</translation>
    </message>
    <message>
        <source>A message waits to be tried again at %1: %2</source>
        <translation>Un messaggio attende di essere ritentato alle %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n per minute</source>
        <translation>
            <numerusform>%n al minuto</numerusform>
            <numerusform>%n al minuto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n per 24 hours</source>
        <translation>
            <numerusform>%n ogni 24 ore</numerusform>
            <numerusform>%n ogni 24 ore</numerusform>
        </translation>
    </message>
    <message>
        <source>as fast as the server takes them</source>
        <translation>alla velocità che il server accetta</translation>
    </message>
</context>
<context>
    <name>Postino::CampaignStore</name>
    <message>
        <source>Could not write %1: %2. Check that the disk has room and the folder can be written.</source>
        <translation>Impossibile scrivere %1: %2. Controlla che il disco abbia spazio e che la cartella sia scrivibile.</translation>
    </message>
    <message>
        <source>Cannot read the attachment %1: %2. Check the file&apos;s name.</source>
        <translation>Impossibile leggere l&apos;allegato %1: %2. Controlla il nome del file.</translation>
    </message>
    <message>
        <source>Another program is creating a campaign; try again in a moment.</source>
        <translation>Un altro programma sta creando una campagna; riprova tra un momento.</translation>
    </message>
    <message>
        <source>There is already a campaign named &quot;%1&quot;; choose another name (campaign list shows them).</source>
        <translation>Esiste già una campagna di nome &quot;%1&quot;; scegli un altro nome (campaign list le mostra).</translation>
    </message>
    <message>
        <source>There is no campaign named &quot;%1&quot;; campaign list shows the campaigns.</source>
        <translation>Non esiste una campagna di nome &quot;%1&quot;; campaign list mostra le campagne.</translation>
    </message>
    <message>
        <source>Cannot read the campaign file %1: %2.</source>
        <translation>Impossibile leggere il file della campagna %1: %2.</translation>
    </message>
    <message>
        <source>The campaign file %1 is damaged (%2); it was left as it is.</source>
        <translation>Il file della campagna %1 è danneggiato (%2); è stato lasciato com&apos;è.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is being changed by another program; try again in a moment.</source>
        <translation>La campagna &quot;%1&quot; è in modifica da parte di un altro programma; riprova tra un momento.</translation>
    </message>
    <message>
        <source>Cannot read the campaign&apos;s recipient list %1: %2.</source>
        <translation>Impossibile leggere la lista dei destinatari della campagna %1: %2.</translation>
    </message>
    <message>
        <source>the list of campaign &quot;%1&quot;</source>
        <translation>la lista della campagna &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is %2: only a draft can be removed, since its messages and report belong to it. Cancel it to stop it; a new campaign needs another name.</source>
        <translation>La campagna &quot;%1&quot; è %2: si può eliminare solo una bozza, perché i messaggi e il resoconto appartengono alla campagna. Annullala per fermarla; una nuova campagna richiede un altro nome.</translation>
    </message>
</context>
<context>
    <name>Postino::CampaignTemplate</name>
    <message>
        <source>There is a placeholder without a field name ({{}}) in %1. Write the name of a column between the braces, like {{email}}.</source>
        <translation>Segnaposto senza nome di campo ({{}}) in: %1. Scrivi tra le parentesi graffe il nome di una colonna, per esempio {{email}}.</translation>
    </message>
    <message>
        <source>The field {{%1}} in %2 is not in the recipient list (the fields are: %3). Correct its name, or add a column with that name to the list.</source>
        <translation>Il campo {{%1}} (in: %2) non è nella lista dei destinatari (i campi sono: %3). Correggi il nome, oppure aggiungi alla lista una colonna con quel nome.</translation>
    </message>
</context>
<context>
    <name>Postino::CampaignText</name>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>In invio</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Escluso</translation>
    </message>
</context>
<context>
    <name>Postino::CampaignWindow</name>
    <message>
        <source>Campaign %1</source>
        <translation>Campagna %1</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Messaggi inviati</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Inviati:</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>In attesa:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Non riusciti:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Esclusi:</translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation>Ritmo:</translation>
    </message>
    <message>
        <source>Next message:</source>
        <translation>Prossimo messaggio:</translation>
    </message>
    <message>
        <source>Last message expected:</source>
        <translation>Ultimo messaggio previsto:</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Sospendi</translation>
    </message>
    <message>
        <source>No more of its messages go until you resume (one already being sent finishes)</source>
        <translation>Non parte più nessun suo messaggio finché non riprendi (quello già in invio viene completato)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <source>&amp;Cancel Campaign…</source>
        <translation>A&amp;nnulla la campagna…</translation>
    </message>
    <message>
        <source>Take its waiting messages out of the outbox for good</source>
        <translation>Toglie definitivamente dalla posta in uscita i suoi messaggi in attesa</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Esporta &amp;JSON…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Resoconto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 di %2 inviati</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>In pausa: %1</translation>
    </message>
    <message>
        <source>A draft: nothing is sent until it starts.</source>
        <translation>Una bozza: non parte nulla finché non viene avviata.</translation>
    </message>
    <message>
        <source>The campaign %1 is paused.</source>
        <translation>La campagna %1 è in pausa.</translation>
    </message>
    <message>
        <source>The campaign %1 is sending again.</source>
        <translation>La campagna %1 ha ripreso l&apos;invio.</translation>
    </message>
    <message>
        <source>Cancel Campaign</source>
        <translation>Annulla la campagna</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the campaign %1? Its %n waiting message(s) leave the outbox and are never sent; a cancelled campaign cannot start again.</source>
        <translation>
            <numerusform>Annullare la campagna %1? Il suo %n messaggio in attesa esce dalla posta in uscita e non sarà mai inviato; una campagna annullata non può ripartire.</numerusform>
            <numerusform>Annullare la campagna %1? I suoi %n messaggi in attesa escono dalla posta in uscita e non saranno mai inviati; una campagna annullata non può ripartire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>Mantienila</translation>
    </message>
    <message>
        <source>The campaign %1 is cancelled.</source>
        <translation>La campagna %1 è annullata.</translation>
    </message>
    <message>
        <source>Export the Report as CSV</source>
        <translation>Esporta il resoconto in CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the Report as JSON</source>
        <translation>Esporta il resoconto in JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2. Choose another place.</source>
        <translation>Impossibile scrivere il resoconto in %1: %2. Scegli un&apos;altra posizione.</translation>
    </message>
    <message>
        <source>The report is in %1.</source>
        <translation>Il resoconto è in %1.</translation>
    </message>
    <message>
        <source>&amp;Start Sending</source>
        <translation>&amp;Avvia l&apos;invio</translation>
    </message>
    <message>
        <source>Put every message of this draft into the outbox; they go at the campaign&apos;s pace</source>
        <translation>Mette tutti i messaggi di questa bozza nella posta in uscita; partono al ritmo della campagna</translation>
    </message>
    <message>
        <source>Writing the messages into the outbox…</source>
        <translation>Scrittura dei messaggi nella posta in uscita…</translation>
    </message>
    <message>
        <source>Writing the messages into the outbox: %1 of %2</source>
        <translation>Scrittura dei messaggi nella posta in uscita: %1 di %2</translation>
    </message>
    <message>
        <source>Every message of %1 is in the outbox; they go at its pace.</source>
        <translation>Tutti i messaggi di %1 sono nella posta in uscita; partono al suo ritmo.</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
</context>
<context>
    <name>Postino::CampaignsView</name>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Nuova campagna…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>&amp;Suppression List…</source>
        <translation>Destinatari &amp;esclusi…</translation>
    </message>
    <message>
        <source>A newsletter or mail merge: one personal message to each recipient of a list</source>
        <translation>Una newsletter o una stampa unione: un messaggio personale a ciascun destinatario di una lista</translation>
    </message>
    <message>
        <source>See how the selected campaign goes, pause or cancel it, export its report</source>
        <translation>Guarda come procede la campagna selezionata, sospendila o annullala, esporta il suo resoconto</translation>
    </message>
    <message>
        <source>The addresses no campaign sends to</source>
        <translation>Gli indirizzi a cui nessuna campagna invia</translation>
    </message>
</context>
<context>
    <name>Postino::Cli</name>
    <message>
        <source>Print the SMTP dialogue on stderr, credentials redacted.</source>
        <translation>Mostra il dialogo SMTP su stderr, con le credenziali oscurate.</translation>
    </message>
    <message>
        <source>Keep configuration and data in DIR for this run.</source>
        <translation>Conserva configurazione e dati in DIR per questa esecuzione.</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout.</source>
        <translation>Stampa un unico oggetto JSON su stdout.</translation>
    </message>
    <message>
        <source>Read the password from the environment variable VAR.</source>
        <translation>Leggi la password dalla variabile d&apos;ambiente VAR.</translation>
    </message>
    <message>
        <source>Read the password from the first line of stdin.</source>
        <translation>Leggi la password dalla prima riga di stdin.</translation>
    </message>
</context>
<context>
    <name>Postino::Cli::AccountCommand</name>
    <message>
        <source>The account&apos;s e-mail address.</source>
        <translation>L&apos;indirizzo e-mail dell&apos;account.</translation>
    </message>
    <message>
        <source>The name shown to recipients.</source>
        <translation>Il nome mostrato ai destinatari.</translation>
    </message>
    <message>
        <source>Find and verify the server (as postino-cli probe does).</source>
        <translation>Trova e verifica il server (come fa postino-cli probe).</translation>
    </message>
    <message>
        <source>With --host: connect and verify before storing the account.</source>
        <translation>Con --host: connettiti e verifica il server prima di salvare l&apos;account.</translation>
    </message>
    <message>
        <source>Outgoing server.</source>
        <translation>Server della posta in uscita (SMTP).</translation>
    </message>
    <message>
        <source>Server port (465, 587, 25, ...).</source>
        <translation>Porta del server (465, 587, 25, ...).</translation>
    </message>
    <message>
        <source>tls (implicit TLS), starttls, or none.</source>
        <translation>tls (TLS implicito, SSL/TLS), starttls oppure none.</translation>
    </message>
    <message>
        <source>Sign in with this user name (default: the address).</source>
        <translation>Accedi con questo nome utente (predefinito: l&apos;indirizzo).</translation>
    </message>
    <message>
        <source>Authentication mechanism (PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-256, XOAUTH2, OAUTHBEARER), or NONE for a server that needs no sign-in; default: the strongest offered.</source>
        <translation>Meccanismo di autenticazione (PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-256, XOAUTH2, OAUTHBEARER), oppure NONE per un server che non richiede l&apos;accesso; predefinito: il più robusto offerto.</translation>
    </message>
    <message>
        <source>Store no password (for systems without a keychain): send and account test then need --password-env or --password-stdin on every run.</source>
        <translation>Non salvare alcuna password (per sistemi senza portachiavi): send e account test richiederanno poi --password-env o --password-stdin a ogni esecuzione.</translation>
    </message>
    <message>
        <source>Add, list, test and remove stored accounts.</source>
        <translation>Aggiungi, elenca, verifica e rimuovi gli account salvati.</translation>
    </message>
    <message>
        <source>The account&apos;s name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>Il nome dell&apos;account (lettere, cifre, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <source>account add wants one NAME, like: postino-cli account add work --email ada@example.com --probe</source>
        <translation>account add richiede un solo NAME, ad esempio: postino-cli account add lavoro --email ada@example.com --probe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name an account: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>&quot;%1&quot; non può essere il nome di un account: usa da 1 a 64 lettere, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, iniziando con una lettera o una cifra.</translation>
    </message>
    <message>
        <source>account add needs the address: --email ADDR.</source>
        <translation>account add richiede l&apos;indirizzo: --email ADDR.</translation>
    </message>
    <message>
        <source>Say how to find the server: --probe, or --host HOST --port N --security tls|starttls|none (not both).</source>
        <translation>Indica come trovare il server: --probe, oppure --host HOST --port N --security tls|starttls|none (non entrambi).</translation>
    </message>
    <message>
        <source>--port, --security and --test go with --host; --probe finds them itself.</source>
        <translation>--port, --security e --test vanno usati con --host; --probe trova da solo porta e sicurezza.</translation>
    </message>
    <message>
        <source>--host needs --port N (465 for implicit TLS, 587 for STARTTLS).</source>
        <translation>--host richiede --port N (465 per TLS implicito, 587 per STARTTLS).</translation>
    </message>
    <message>
        <source>--auth: unknown mechanism &quot;%1&quot;.</source>
        <translation>--auth: meccanismo sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An account named %1 exists already (in %2). Choose another name, or remove it first with &apos;postino-cli account remove %1&apos;.</source>
        <translation>Esiste già un account di nome %1 (in %2). Scegli un altro nome, oppure rimuovilo prima con &apos;postino-cli account remove %1&apos;.</translation>
    </message>
    <message>
        <source>--no-password and a password (--password-env or --password-stdin) contradict each other; give one.</source>
        <translation>--no-password e una password (--password-env o --password-stdin) si escludono a vicenda; scegline uno.</translation>
    </message>
    <message>
        <source>--auth NONE signs in with no password; drop --password-env / --password-stdin.</source>
        <translation>--auth NONE non usa alcuna password; togli --password-env / --password-stdin.</translation>
    </message>
    <message>
        <source>Give the account&apos;s password with --password-env VAR or --password-stdin (it goes to the system keychain), or --no-password to store none (send and account test will then need --password-env every time), or --auth NONE for a server without sign-in.</source>
        <translation>Fornisci la password dell&apos;account con --password-env VAR o --password-stdin (verrà salvata nel portachiavi di sistema), oppure usa --no-password per non salvarne alcuna (send e account test richiederanno poi --password-env ogni volta), oppure --auth NONE per un server che non richiede l&apos;accesso.</translation>
    </message>
    <message>
        <source>Cannot store the password of %1 in the system keychain (%2). The account was not added. Start a keyring (e.g. gnome-keyring), or add the account with --no-password and give the password to each run with --password-env.</source>
        <translation>Impossibile salvare la password di %1 nel portachiavi di sistema (%2). L&apos;account non è stato aggiunto. Avvia un portachiavi (ad es. gnome-keyring), oppure aggiungi l&apos;account con --no-password e fornisci la password a ogni esecuzione con --password-env.</translation>
    </message>
    <message>
        <source>The account %1 was not added.</source>
        <translation>L&apos;account %1 non è stato aggiunto.</translation>
    </message>
    <message>
        <source>Added the account %1: %2:%3 (%4)%5.</source>
        <translation>Account %1 aggiunto: %2:%3 (%4)%5.</translation>
    </message>
    <message>
        <source>, password in the system keychain</source>
        <translation>, password nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>, no password stored: give it with --password-env on each run</source>
        <translation>, nessuna password salvata: forniscila con --password-env a ogni esecuzione</translation>
    </message>
    <message>
        <source>account list takes no arguments.</source>
        <translation>account list non accetta argomenti.</translation>
    </message>
    <message>
        <source>No accounts yet; add one with &apos;postino-cli account add NAME --email ADDR --probe&apos;.</source>
        <translation>Non ci sono ancora account; aggiungine uno con &apos;postino-cli account add NAME --email ADDR --probe&apos;.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>SICUREZZA</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>NOME UTENTE</translation>
    </message>
    <message>
        <source>(no sign-in)</source>
        <translation>(senza autenticazione)</translation>
    </message>
    <message>
        <source>The stored account to test.</source>
        <translation>L&apos;account salvato da verificare.</translation>
    </message>
    <message>
        <source>account test wants one NAME.</source>
        <translation>account test richiede un solo NAME.</translation>
    </message>
    <message>
        <source>account remove wants one NAME.</source>
        <translation>account remove richiede un solo NAME.</translation>
    </message>
    <message>
        <source>Removed the account %1; no keychain answered to delete its password, if it had one (%2).</source>
        <translation>Account %1 rimosso; nessun portachiavi ha risposto per eliminarne la password, se ne aveva una (%2).</translation>
    </message>
    <message>
        <source>Removed the account %1 and its password.</source>
        <translation>Account %1 rimosso insieme alla sua password.</translation>
    </message>
    <message>
        <source>Note: the server&apos;s message size limit could not be stored with the account: %1</source>
        <translation>Nota: non è stato possibile salvare con l&apos;account il limite di dimensione dei messaggi del server: %1</translation>
    </message>
    <message>
        <source>Sign in with OAuth2 through the browser (Gmail, Microsoft 365, and any provider whose provider file has &lt;oAuth2&gt;).</source>
        <translation>Accedi con OAuth2 dal browser (Gmail, Microsoft 365 e ogni provider il cui file di provider ha &lt;oAuth2&gt;).</translation>
    </message>
    <message>
        <source>The OAuth2 client ID registered for Postino with the provider (default: the setting oauth/PROVIDER/client_id).</source>
        <translation>Il client ID OAuth2 registrato per Postino presso il provider (predefinito: l&apos;impostazione oauth/PROVIDER/client_id).</translation>
    </message>
    <message>
        <source>With --oauth: sign in on another device with a code (RFC 8628), where the provider allows it.</source>
        <translation>Con --oauth: accedi da un altro dispositivo con un codice (RFC 8628), dove il provider lo consente.</translation>
    </message>
    <message>
        <source>account wants add, login, list, test or remove, not &quot;%1&quot;. Run &apos;postino-cli account --help&apos; for the forms.</source>
        <translation>account richiede add, login, list, test o remove, non &quot;%1&quot;. Esegui &apos;postino-cli account --help&apos; per la sintassi.</translation>
    </message>
    <message>
        <source>--oauth-client-id and --device-code go with --oauth.</source>
        <translation>--oauth-client-id e --device-code vanno con --oauth.</translation>
    </message>
    <message>
        <source>--oauth finds the server in the provider database; drop --probe (or give --host, --port and --security).</source>
        <translation>--oauth trova il server nel database dei provider; togli --probe (oppure indica --host, --port e --security).</translation>
    </message>
    <message>
        <source>Cannot keep the sign-in of %1 in the system keychain (%2); nothing was stored. Start a keyring (e.g. gnome-keyring) and sign in again.</source>
        <translation>Impossibile conservare l&apos;accesso di %1 nel portachiavi di sistema (%2); non è stato salvato nulla. Avvia un portachiavi (ad es. gnome-keyring) e accedi di nuovo.</translation>
    </message>
    <message>
        <source>Usage:
  postino-cli account add NAME --email ADDR [--display-name TEXT]
                          (--probe | --host HOST --port N --security tls|starttls|none [--test])
                          [--username U] [--auth MECH]
                          [--password-env VAR | --password-stdin | --no-password]
  postino-cli account add NAME --email ADDR --oauth [--oauth-client-id ID] [--device-code]
  postino-cli account login NAME [--device-code]
  postino-cli account list [--json]
  postino-cli account test NAME [--json]
  postino-cli account remove NAME
Passwords are kept in the system keychain only. Run &apos;postino-cli account add --help&apos; for the options.</source>
        <translation>Uso:
  postino-cli account add NAME --email ADDR [--display-name TEXT]
                          (--probe | --host HOST --port N --security tls|starttls|none [--test])
                          [--username U] [--auth MECH]
                          [--password-env VAR | --password-stdin | --no-password]
  postino-cli account add NAME --email ADDR --oauth [--oauth-client-id ID] [--device-code]
  postino-cli account login NAME [--device-code]
  postino-cli account list [--json]
  postino-cli account test NAME [--json]
  postino-cli account remove NAME
Le password sono conservate solo nel portachiavi di sistema. Esegui &apos;postino-cli account add --help&apos; per le opzioni.</translation>
    </message>
    <message>
        <source>--oauth signs in through the browser with the provider&apos;s own mechanism; drop --password-env, --password-stdin, --no-password and --auth.</source>
        <translation>--oauth accede dal browser con il meccanismo del provider; togli --password-env, --password-stdin, --no-password e --auth.</translation>
    </message>
    <message>
        <source>Added the account %1: %2:%3 (%4), signed in with OAuth2 (%5); the sign-in is kept in the system keychain.</source>
        <translation>Aggiunto l&apos;account %1: %2:%3 (%4), con accesso OAuth2 (%5); l&apos;accesso è conservato nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>The stored OAuth2 account to sign in again.</source>
        <translation>L&apos;account OAuth2 salvato con cui accedere di nuovo.</translation>
    </message>
    <message>
        <source>account login wants one NAME.</source>
        <translation>account login richiede un solo NAME.</translation>
    </message>
    <message>
        <source>The account %1 signs in with a password, not OAuth2; to sign in with OAuth2, remove it and add it again with --oauth.</source>
        <translation>L&apos;account %1 accede con una password, non con OAuth2; per accedere con OAuth2, rimuovilo e aggiungilo di nuovo con --oauth.</translation>
    </message>
    <message>
        <source>Signed in again as %1; the messages of %2 waiting in the outbox go with the next queue run.</source>
        <translation>Accesso eseguito di nuovo come %1; i messaggi di %2 in attesa nella posta in uscita partono con il prossimo queue run.</translation>
    </message>
</context>
<context>
    <name>Postino::Cli::CampaignCommand</name>
    <message>
        <source>create: the sender (From), e.g. &quot;Negozio Rossi &lt;info@negozio.example&gt;&quot;.</source>
        <translation>create: il mittente (From), ad esempio &quot;Negozio Rossi &lt;info@negozio.example&gt;&quot;.</translation>
    </message>
    <message>
        <source>create: the recipient list (CSV with a header row).</source>
        <translation>create: la lista dei destinatari (CSV con una riga di intestazione).</translation>
    </message>
    <message>
        <source>create: the list&apos;s address column, if it is not &quot;email&quot;.</source>
        <translation>create: la colonna degli indirizzi della lista, se non si chiama &quot;email&quot;.</translation>
    </message>
    <message>
        <source>create: the subject template.</source>
        <translation>create: il modello dell&apos;oggetto.</translation>
    </message>
    <message>
        <source>create: the plain-text body template from FILE.</source>
        <translation>create: il modello del testo semplice, da FILE.</translation>
    </message>
    <message>
        <source>create: the HTML body template from FILE (sent with a plain-text alternative).</source>
        <translation>create: il modello HTML del messaggio, da FILE (inviato con un&apos;alternativa in testo semplice).</translation>
    </message>
    <message>
        <source>create: attach FILE to every message (repeatable).</source>
        <translation>create: allega FILE a ogni messaggio (ripetibile).</translation>
    </message>
    <message>
        <source>create: add a header template (repeatable).</source>
        <translation>create: aggiunge un modello di intestazione (ripetibile).</translation>
    </message>
    <message>
        <source>create: a mailto: or https: unsubscribe URL template, for List-Unsubscribe (repeatable).</source>
        <translation>create: un modello di URL di disiscrizione mailto: o https:, per List-Unsubscribe (ripetibile).</translation>
    </message>
    <message>
        <source>create: at most N messages per minute, evenly spaced (default: the account&apos;s or its provider&apos;s limit).</source>
        <translation>create: al massimo N messaggi al minuto, distanziati in modo uniforme (predefinito: il limite dell&apos;account o del suo provider).</translation>
    </message>
    <message>
        <source>create: at most N messages in any 24 hours (default: the account&apos;s or its provider&apos;s limit).</source>
        <translation>create: al massimo N messaggi in 24 ore (predefinito: il limite dell&apos;account o del suo provider).</translation>
    </message>
    <message>
        <source>create: pause the campaign after N messages refused for good (default 50; 0: never).</source>
        <translation>create: mette in pausa la campagna dopo N messaggi rifiutati definitivamente (predefinito 50; 0: mai).</translation>
    </message>
    <message>
        <source>preview, test: the data row (default 1).</source>
        <translation>preview, test: la riga di dati (predefinita 1).</translation>
    </message>
    <message>
        <source>test: send the test message to ADDR only.</source>
        <translation>test: invia il messaggio di prova solo a ADDR.</translation>
    </message>
    <message>
        <source>report: write the report as CSV to FILE.</source>
        <translation>report: scrive il resoconto in formato CSV in FILE.</translation>
    </message>
    <message>
        <source>--%1 wants a whole number from %2, not &quot;%3&quot;.</source>
        <translation>--%1 richiede un numero intero a partire da %2, non &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Say who the campaign is from with --from ADDR.</source>
        <translation>Indica il mittente della campagna con --from ADDR.</translation>
    </message>
    <message>
        <source>Give the recipient list with --recipients FILE.csv (a header row, one recipient per row).</source>
        <translation>Indica la lista dei destinatari con --recipients FILE.csv (una riga di intestazione, un destinatario per riga).</translation>
    </message>
    <message>
        <source>Give the message&apos;s text with --body-file FILE, --html-file FILE, or both.</source>
        <translation>Indica il testo del messaggio con --body-file FILE, --html-file FILE o entrambi.</translation>
    </message>
    <message>
        <source>body</source>
        <translation>del testo</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>--column wants email=NAME (the list&apos;s address column), not &quot;%1&quot;.</source>
        <translation>--column richiede email=NOME (la colonna degli indirizzi della lista), non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>  line %1 skipped: %2</source>
        <translation>  linea %1 saltata: %2</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more (the report lists every one).</source>
        <translation>
            <numerusform>  ... e ancora %n (il resoconto li elenca tutti).</numerusform>
            <numerusform>  ... e altri %n (il resoconto li elenca tutti).</numerusform>
        </translation>
    </message>
    <message>
        <source>The recipient list &quot;%1&quot; does not exist.</source>
        <translation>La lista dei destinatari &quot;%1&quot; non esiste.</translation>
    </message>
    <message>
        <source>The recipient list &quot;%1&quot; cannot be read: %2.</source>
        <translation>Impossibile leggere la lista dei destinatari &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Reading the recipient list %1 (%2)...</source>
        <translation>Lettura della lista dei destinatari %1 (%2)...</translation>
    </message>
    <message>
        <source>A campaign named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Esiste già una campagna chiamata &quot;%1&quot;; scegli un altro nome.</translation>
    </message>
    <message>
        <source>Look at a message with `postino-cli campaign preview %1`, send yourself a test with `campaign test %1 --to ADDR`, then `campaign start %1`.</source>
        <translation>Guarda un messaggio con `postino-cli campaign preview %1`, mandati un invio di prova con `campaign test %1 --to ADDR`, poi `campaign start %1`.</translation>
    </message>
    <message>
        <source>Say where the test goes with --to ADDR.</source>
        <translation>Indica dove inviare la prova con --to ADDR.</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to: %1</translation>
    </message>
    <message>
        <source>Test message of row %1 sent to %2 (%3).</source>
        <translation>Messaggio di prova della riga %1 inviato a %2 (%3).</translation>
    </message>
    <message>
        <source>The test message stays in the outbox as %1, marked failed; remove it with `postino-cli queue remove %1`.</source>
        <translation>Il messaggio di prova resta nella posta in uscita come %1, segnato come non riuscito; rimuovilo con `postino-cli queue remove %1`.</translation>
    </message>
    <message>
        <source>The test message is safe in the outbox as %1 and will be retried at %2.</source>
        <translation>Il messaggio di prova è al sicuro nella posta in uscita come %1 e sarà ritentato alle %2.</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is done: nothing is sent again.</source>
        <translation>La campagna &quot;%1&quot; è conclusa: non viene inviato nulla di nuovo.</translation>
    </message>
    <message>
        <source>Writing the messages into the outbox: %1 of %2</source>
        <translation>Scrittura dei messaggi nella posta in uscita: %1 di %2</translation>
    </message>
    <message>
        <source>The campaign is paused: `campaign resume %1` lets them go.</source>
        <translation>La campagna è in pausa: `campaign resume %1` li fa partire.</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is paused: no more of its messages go until `campaign resume %1` (a message already handed to the server is not recalled).</source>
        <translation>La campagna &quot;%1&quot; è in pausa: nessun altro suo messaggio parte fino a `campaign resume %1` (un messaggio già consegnato al server non viene richiamato).</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is sending again; `postino-cli queue run` sends its messages.</source>
        <translation>La campagna &quot;%1&quot; riprende l&apos;invio; `postino-cli queue run` ne invia i messaggi.</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot;: %2</source>
        <translation>Campagna &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 rows: %2 sent, %3 waiting, %4 failed, %5 skipped</source>
        <translation>%1 righe: %2 inviati, %3 in attesa, %4 non riusciti, %5 saltati</translation>
    </message>
    <message>
        <source>pace: %1</source>
        <translation>ritmo: %1</translation>
    </message>
    <message>
        <source>next message: %1</source>
        <translation>prossimo messaggio: %1</translation>
    </message>
    <message>
        <source>last message expected: %1</source>
        <translation>ultimo messaggio previsto: %1</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Impossibile scrivere il resoconto in %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The report of %n row(s) is in %1.</source>
        <translation>
            <numerusform>Il resoconto di %n riga è in %1.</numerusform>
            <numerusform>Il resoconto di %n righe è in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>next attempt %1</source>
        <translation>prossimo tentativo %1</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 di %2 inviati</translation>
    </message>
    <message>
        <source>There is no campaign yet; make one with `postino-cli campaign create`.</source>
        <translation>Non c&apos;è ancora nessuna campagna; creane una con `postino-cli campaign create`.</translation>
    </message>
    <message>
        <source>Newsletters and mail merge: one personal message per recipient of a list, paced.</source>
        <translation>Newsletter e stampa unione: un messaggio personale per ogni destinatario di una lista, a ritmo controllato.</translation>
    </message>
    <message>
        <source>the campaign&apos;s name</source>
        <translation>il nome della campagna</translation>
    </message>
    <message>
        <source>report takes --json or --csv FILE, not both.</source>
        <translation>report accetta --json oppure --csv FILE, non entrambi.</translation>
    </message>
    <message numerus="yes">
        <source>Campaign &quot;%1&quot; created with %n recipient(s).</source>
        <translation>
            <numerusform>Campagna &quot;%1&quot; creata con %n destinatario.</numerusform>
            <numerusform>Campagna &quot;%1&quot; creata con %n destinatari.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the list skipped:</source>
        <translation>
            <numerusform>%n riga della lista saltata:</numerusform>
            <numerusform>%n righe della lista saltate:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait in the outbox; `postino-cli queue run` sends them.</source>
        <translation>
            <numerusform>%n messaggio attende nella posta in uscita; `postino-cli queue run` lo invia.</numerusform>
            <numerusform>%n messaggi attendono nella posta in uscita; `postino-cli queue run` li invia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pace: %1.</source>
        <translation>Ritmo: %1.</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is cancelled: nothing of it stays in the outbox.</source>
        <translation>La campagna &quot;%1&quot; è annullata: nella posta in uscita non ne resta nulla.</translation>
    </message>
    <message numerus="yes">
        <source>%n of its messages had already gone.</source>
        <translation>
            <numerusform>%n suo messaggio era già partito.</numerusform>
            <numerusform>%n suoi messaggi erano già partiti.</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft &quot;%1&quot; is removed.</source>
        <translation>La bozza &quot;%1&quot; è stata eliminata.</translation>
    </message>
    <message>
        <source>create, preview, test, start, pause, resume, cancel, status, report, remove (a draft) or list</source>
        <translation>create, preview, test, start, pause, resume, cancel, status, report, remove (una bozza) o list</translation>
    </message>
    <message>
        <source>Say what to do: campaign create|preview|test|start|pause|resume|cancel|status|report|remove NAME, or campaign list (see --help).</source>
        <translation>Indica cosa fare: campaign create|preview|test|start|pause|resume|cancel|status|report|remove NOME, oppure campaign list (vedi --help).</translation>
    </message>
</context>
<context>
    <name>Postino::Cli::CliCommon</name>
    <message>
        <source>%1 wants a port number from 1 to 65535, not &quot;%2&quot;.</source>
        <translation>%1 richiede un numero di porta da 1 a 65535, non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is tls, starttls or none, not &quot;%2&quot;.</source>
        <translation>%1 può essere tls, starttls o none, non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the password of the account %1 from the system keychain (%2). Start a keyring (e.g. gnome-keyring), or give the password for this run with --password-env VAR or --password-stdin.</source>
        <translation>Impossibile leggere la password dell&apos;account %1 dal portachiavi di sistema (%2). Avvia un portachiavi (ad es. gnome-keyring), oppure fornisci la password per questa esecuzione con --password-env VAR o --password-stdin.</translation>
    </message>
    <message>
        <source>The keychain holds no password for the account %1. Give it with --password-env VAR or --password-stdin, or store it with &apos;postino-cli account remove %1&apos; and &apos;account add&apos; again.</source>
        <translation>Il portachiavi non contiene alcuna password per l&apos;account %1. Forniscila con --password-env VAR o --password-stdin, oppure salvala con &apos;postino-cli account remove %1&apos; e poi di nuovo &apos;account add&apos;.</translation>
    </message>
    <message>
        <source>--retry-initial wants a whole number of seconds, not &quot;%1&quot;.</source>
        <translation>--retry-initial richiede un numero intero di secondi, non &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Postino::Cli::Command</name>
    <message>
        <source>Run &apos;postino-cli %1 --help&apos; for the options.</source>
        <translation>Esegui &apos;postino-cli %1 --help&apos; per le opzioni.</translation>
    </message>
    <message>
        <source>Usage: postino-cli COMMAND [OPTIONS]</source>
        <translation>Uso: postino-cli COMANDO [OPZIONI]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>Run &apos;postino-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Esegui &apos;postino-cli COMANDO --help&apos; per le opzioni di un comando.</translation>
    </message>
    <message>
        <source>postino-cli: unknown command &apos;%1&apos;.</source>
        <translation>postino-cli: comando sconosciuto &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>server said: %1</source>
        <translation>risposta del server: %1</translation>
    </message>
</context>
<context>
    <name>Postino::Cli::ConnectionOptions</name>
    <message>
        <source>Extra trusted CA certificates (PEM), added to the system&apos;s.</source>
        <translation>Certificati CA aggiuntivi considerati attendibili (PEM), oltre a quelli di sistema.</translation>
    </message>
    <message>
        <source>Accept this one server certificate (hex SHA-256 of its DER) even if it does not verify.</source>
        <translation>Accetta questo specifico certificato del server (SHA-256 esadecimale del suo DER) anche se non supera la verifica.</translation>
    </message>
    <message>
        <source>Connect to ADDR when HOST is wanted (repeatable); TLS still verifies HOST.</source>
        <translation>Connettiti ad ADDR quando è richiesto HOST (ripetibile); TLS verifica comunque HOST.</translation>
    </message>
    <message>
        <source>Per-connection inactivity limit in seconds.</source>
        <translation>Limite di inattività per connessione, in secondi.</translation>
    </message>
    <message>
        <source>Write the SMTP dialogue to FILE, credentials redacted.</source>
        <translation>Scrivi il dialogo SMTP in FILE, con le credenziali oscurate.</translation>
    </message>
    <message>
        <source>Cannot use &quot;%1&quot; as the configuration folder: it cannot be created. Choose a folder you can write to.</source>
        <translation>Impossibile usare &quot;%1&quot; come cartella di configurazione: non può essere creata. Scegli una cartella in cui puoi scrivere.</translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation>--timeout richiede un numero di secondi tra 0 e 3600, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--resolve wants HOST:ADDR with an IP address, like smtp.example.com:127.0.0.1; &quot;%1&quot; is not that.</source>
        <translation>--resolve richiede HOST:ADDR con un indirizzo IP, come smtp.example.com:127.0.0.1; &quot;%1&quot; non lo è.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; (--ca-file) does not exist.</source>
        <translation>Il file CA &quot;%1&quot; (--ca-file) non esiste.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; (--ca-file) holds no PEM certificate. Give a file with -----BEGIN CERTIFICATE----- blocks.</source>
        <translation>Il file CA &quot;%1&quot; (--ca-file) non contiene alcun certificato PEM. Indica un file con blocchi -----BEGIN CERTIFICATE-----.</translation>
    </message>
    <message>
        <source>--trust-fingerprint wants the certificate&apos;s SHA-256 as 64 hex digits (colons allowed), not &quot;%1&quot;.</source>
        <translation>--trust-fingerprint richiede l&apos;impronta digitale SHA-256 del certificato come 64 cifre esadecimali (due punti ammessi), non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give the password one way: --password-env or --password-stdin, not both.</source>
        <translation>Fornisci la password in un solo modo: --password-env oppure --password-stdin, non entrambi.</translation>
    </message>
    <message>
        <source>The environment variable %1 named by --password-env is not set. Set it, for example with read -s %1 &amp;&amp; export %1.</source>
        <translation>La variabile d&apos;ambiente %1 indicata da --password-env non è impostata. Impostala, ad esempio con read -s %1 &amp;&amp; export %1.</translation>
    </message>
    <message>
        <source>--password-stdin was given but standard input cannot be read.</source>
        <translation>È stato indicato --password-stdin, ma lo standard input non può essere letto.</translation>
    </message>
    <message>
        <source>--password-stdin was given but standard input had no password on its first line.</source>
        <translation>È stato indicato --password-stdin, ma la prima riga dello standard input non conteneva alcuna password.</translation>
    </message>
    <message>
        <source>Name server for every DNS look-up (MX, SRV, TXT, ...); port 53 unless given.</source>
        <translation>Server dei nomi per ogni interrogazione DNS (MX, SRV, TXT, ...); porta 53 se non indicata.</translation>
    </message>
    <message>
        <source>--dns-server wants an IP address and optionally a port, like 127.0.0.1, 127.0.0.1:5353 or [::1]:5353, not &quot;%1&quot;.</source>
        <translation>--dns-server richiede un indirizzo IP ed eventualmente una porta, come 127.0.0.1, 127.0.0.1:5353 o [::1]:5353, non &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Postino::Cli::DomainCommand</name>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>AVVISO</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ERRORE</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>Checks a domain&apos;s mail records (MX, SPF, DKIM, DMARC, reverse DNS, blocklists) and says what to fix.</source>
        <translation>Controlla i record di posta di un dominio (MX, SPF, DKIM, DMARC, DNS inverso, blocklist) e dice cosa correggere.</translation>
    </message>
    <message>
        <source>Check mail sent through this stored account&apos;s server.</source>
        <translation>Controlla la posta inviata attraverso il server di questo account salvato.</translation>
    </message>
    <message>
        <source>ACC</source>
        <translation>ACCOUNT</translation>
    </message>
    <message>
        <source>A server that sends for the domain (repeatable).</source>
        <translation>Un server che invia per il dominio (ripetibile).</translation>
    </message>
    <message>
        <source>HOST|IP</source>
        <translation>HOST|IP</translation>
    </message>
    <message>
        <source>A DKIM selector to look up (repeatable); else the usual ones.</source>
        <translation>Un selettore DKIM da cercare (ripetibile); altrimenti quelli consueti.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>A blocklist zone (repeatable), instead of the default ones.</source>
        <translation>Una zona di blocklist (ripetibile), al posto di quelle predefinite.</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONA</translation>
    </message>
    <message>
        <source>check DOMAIN|ADDR</source>
        <translation>check DOMINIO|INDIRIZZO</translation>
    </message>
    <message>
        <source>Say what to check: postino-cli domain check DOMAIN|ADDR.</source>
        <translation>Indica cosa controllare: postino-cli domain check DOMINIO|INDIRIZZO.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name or an address; give e.g. example.com or me@example.com.</source>
        <translation>&apos;%1&apos; non è un nome di dominio né un indirizzo; indica per esempio example.com o io@example.com.</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>Controllo di %1...</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>correzione: %1</translation>
    </message>
    <message>
        <source>The DNS gave no answer for some look-ups: try again, or use --dns-server.</source>
        <translation>Il DNS non ha risposto ad alcune ricerche: riprova, oppure usa --dns-server.</translation>
    </message>
    <message>
        <source>%1 checked in %2 ms.</source>
        <translation>%1 controllato in %2 ms.</translation>
    </message>
    <message>
        <source>Also test each MX on port 25: reachable, STARTTLS and its certificate, not an open relay.</source>
        <translation>Verifica anche ogni MX sulla porta 25: raggiungibile, STARTTLS e il suo certificato, non un open relay.</translation>
    </message>
</context>
<context>
    <name>Postino::Cli::OAuthLogin</name>
    <message>
        <source>Could not start the browser %1; open the address above yourself.</source>
        <translation>Impossibile avviare il browser %1; apri tu l&apos;indirizzo qui sopra.</translation>
    </message>
    <message>
        <source>To sign in, open this address on any device and enter the code %1:</source>
        <translation>Per accedere, apri questo indirizzo su un dispositivo qualsiasi e inserisci il codice %1:</translation>
    </message>
    <message>
        <source>Waiting for the sign-in…</source>
        <translation>In attesa dell&apos;accesso…</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Apri questo indirizzo in un browser per accedere:</translation>
    </message>
    <message>
        <source>its last refresh was refused</source>
        <translation>il suo ultimo rinnovo è stato rifiutato</translation>
    </message>
</context>
<context>
    <name>Postino::Cli::ProbeCommand</name>
    <message>
        <source>Sign in with this user name (default: the address, then its local part).</source>
        <translation>Accedi con questo nome utente (predefinito: l&apos;indirizzo, poi la sua parte prima della @).</translation>
    </message>
    <message>
        <source>Skip discovery and probe this host&apos;s ports.</source>
        <translation>Salta la ricerca automatica e prova le porte di questo host.</translation>
    </message>
    <message>
        <source>Probe only this port.</source>
        <translation>Prova solo questa porta.</translation>
    </message>
    <message>
        <source>With --host and --port: probe only this security (tls, starttls or none).</source>
        <translation>Con --host e --port: prova solo questo tipo di sicurezza (tls, starttls o none).</translation>
    </message>
    <message>
        <source>a new connection, to try another user name</source>
        <translation>una nuova connessione, per provare un altro nome utente</translation>
    </message>
    <message>
        <source>  %1 %2 (%3): %4 in %5 ms - %6</source>
        <translation>  %1 %2 (%3): %4 in %5 ms - %6</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORTA</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>SICUREZZA</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ESITO</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TEMPO</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETTAGLI</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No usable server found for %1.</source>
        <translation>Nessun server utilizzabile trovato per %1.</translation>
    </message>
    <message>
        <source>Server:       %1 %2 (found by %3), verified</source>
        <translation>Server:       %1 %2 (trovato tramite %3), verificato</translation>
    </message>
    <message>
        <source>Server:       %1 %2 (found by %3), password refused</source>
        <translation>Server:       %1 %2 (trovato tramite %3), password rifiutata</translation>
    </message>
    <message>
        <source>Sign-in:      %1 as %2</source>
        <translation>Accesso:      %1 come %2</translation>
    </message>
    <message>
        <source>User name:    %1 (not tried: no password given)</source>
        <translation>Nome utente:  %1 (non provato: nessuna password fornita)</translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation>Funzionalità: %1</translation>
    </message>
    <message>
        <source>Largest message: %1 bytes</source>
        <translation>Dimensione massima del messaggio: %1 byte</translation>
    </message>
    <message>
        <source>TLS:          %1, %2</source>
        <translation>TLS:          %1, %2</translation>
    </message>
    <message>
        <source>Certificate:  %1, issued by %2, valid until %3%4</source>
        <translation>Certificato:  %1, emesso da %2, valido fino al %3%4</translation>
    </message>
    <message>
        <source> (accepted by its pinned fingerprint)</source>
        <translation> (accettato tramite la sua impronta digitale memorizzata)</translation>
    </message>
    <message>
        <source>SHA-256:      %1</source>
        <translation>SHA-256:      %1</translation>
    </message>
    <message>
        <source>TLS:          none: the connection is not encrypted</source>
        <translation>TLS:          nessuno: la connessione non è cifrata</translation>
    </message>
    <message>
        <source>candidate %1 %2 (%3): %4</source>
        <translation>candidato %1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>Find and verify the outgoing server for an address.</source>
        <translation>Trova e verifica il server della posta in uscita per un indirizzo.</translation>
    </message>
    <message>
        <source>Finds the outgoing (SMTP) server for EMAIL and verifies it: connect, TLS with the certificate checked, EHLO, and AUTH when a password is given. No message is sent.
Exit: 0 found (and signed in, when a password was given), 77 the password was refused, 69 nothing usable found.</source>
        <translation>Trova il server della posta in uscita (SMTP) per EMAIL e lo verifica: connessione, TLS con controllo del certificato, EHLO e AUTH se è fornita una password. Non viene inviato alcun messaggio.
Codice di uscita: 0 server trovato (e accesso riuscito, se è stata fornita una password), 77 password rifiutata, 69 nessun server utilizzabile trovato.</translation>
    </message>
    <message>
        <source>The address to find the server for.</source>
        <translation>L&apos;indirizzo per cui trovare il server.</translation>
    </message>
    <message>
        <source>probe wants exactly one address, like postino-cli probe ada@example.com.</source>
        <translation>probe richiede esattamente un indirizzo, ad esempio postino-cli probe ada@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; give one like ada@example.com.</source>
        <translation>&quot;%1&quot; non è un indirizzo e-mail; indicane uno come ada@example.com.</translation>
    </message>
    <message>
        <source>--host wants a host name, not &quot;%1&quot;.</source>
        <translation>--host richiede un nome host, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--security needs --host and --port (it names the security of that one port).</source>
        <translation>--security richiede --host e --port (indica la sicurezza di quell&apos;unica porta).</translation>
    </message>
    <message>
        <source>Cannot write the transcript to &quot;%1&quot;: %2. Choose a file you can write to.</source>
        <translation>Impossibile scrivere la trascrizione in &quot;%1&quot;: %2. Scegli un file in cui puoi scrivere.</translation>
    </message>
    <message>
        <source>Probing %1 for %2...</source>
        <translation>Verifica di %1 per %2...</translation>
    </message>
    <message>
        <source>Looking for the outgoing server of %1...</source>
        <translation>Ricerca del server della posta in uscita di %1...</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Found %1 %2 (%3) in %4 ms.</source>
        <translation>Trovato %1 %2 (%3) in %4 ms.</translation>
    </message>
    <message>
        <source>Once a server has verified, wait this many seconds for a preferred one that has not greeted yet (default 2, and no longer than 3 s after the start; 0: take the first verified server at once).</source>
        <translation>Quando un server è stato verificato, attendi per questi secondi un server preferito che non ha ancora inviato il saluto (predefinito 2, e non oltre 3 s dall&apos;inizio; 0: prendi subito il primo server verificato).</translation>
    </message>
    <message>
        <source>--grace wants a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation>--grace richiede un numero di secondi tra 0 e 3600, non &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Postino::Cli::QueueCommand</name>
    <message>
        <source>postino-cli: the queued message %1 was damaged (%2); it was moved to %3.</source>
        <translation>postino-cli: il messaggio in coda %1 era danneggiato (%2); è stato spostato in %3.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>La posta in uscita è vuota.</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>da: %1</translation>
    </message>
    <message>
        <source>to: %1</source>
        <translation>a: %1</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>oggetto: %1</translation>
    </message>
    <message>
        <source>attempts: %1, next attempt: %2, size: %3</source>
        <translation>tentativi: %1, prossimo tentativo: %2, dimensione: %3</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>ultimo errore: %1</translation>
    </message>
    <message>
        <source>the connection was lost after the message was handed over: it may arrive twice</source>
        <translation>la connessione si è interrotta dopo la consegna del messaggio al server: potrebbe arrivare due volte</translation>
    </message>
    <message>
        <source>Show and send what waits in the outbox (list, run, flush, retry, remove).</source>
        <translation>Mostra e invia ciò che attende nella posta in uscita (list, run, flush, retry, remove).</translation>
    </message>
    <message>
        <source>run: return when nothing queued is left (failed messages stay).</source>
        <translation>run: termina quando in coda non resta nulla da inviare (i messaggi non riusciti restano).</translation>
    </message>
    <message>
        <source>run: keep running and send new messages as they are queued (until --max-time or interrupted).</source>
        <translation>run: resta attivo e invia i nuovi messaggi man mano che vengono messi in coda (fino a --max-time o a un&apos;interruzione).</translation>
    </message>
    <message>
        <source>run: stop after SECONDS.</source>
        <translation>run: termina dopo SECONDS secondi.</translation>
    </message>
    <message>
        <source>First backoff step in SECONDS; a waiting message becomes due no later than SECONDS after its last attempt.</source>
        <translation>Primo intervallo tra un tentativo e l&apos;altro, SECONDS secondi; un messaggio in attesa torna pronto per l&apos;invio al più tardi SECONDS secondi dopo il suo ultimo tentativo.</translation>
    </message>
    <message>
        <source>list, run, flush, retry ID or remove ID</source>
        <translation>list, run, flush, retry ID o remove ID</translation>
    </message>
    <message>
        <source>Usage: postino-cli queue list | run | flush | retry ID | remove ID</source>
        <translation>Uso: postino-cli queue list | run | flush | retry ID | remove ID</translation>
    </message>
    <message>
        <source>--max-time wants a number of seconds, not &quot;%1&quot;.</source>
        <translation>--max-time richiede un numero di secondi, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is due now; `postino-cli queue run` sends it.</source>
        <translation>%1 è ora pronto per l&apos;invio; `postino-cli queue run` lo invia.</translation>
    </message>
    <message>
        <source>%1 was removed from the outbox.</source>
        <translation>%1 è stato rimosso dalla posta in uscita.</translation>
    </message>
    <message>
        <source>Another Postino is sending this outbox (%1); waiting for it.</source>
        <translation>Un altro Postino sta inviando questa posta in uscita (%1); attendo che finisca.</translation>
    </message>
    <message>
        <source>%1 sent.</source>
        <translation>%1 inviato.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Invio di %1 non riuscito: %2</translation>
    </message>
    <message>
        <source>%1 is still queued (next attempt %2): %3</source>
        <translation>%1 è ancora in coda (prossimo tentativo %2): %3</translation>
    </message>
    <message>
        <source>The network is back; sending what waited.</source>
        <translation>La rete è tornata; invio di ciò che era in attesa.</translation>
    </message>
    <message>
        <source>Offline: no network connection; waiting for it to return.</source>
        <translation>Non in linea: nessuna connessione di rete; in attesa che torni.</translation>
    </message>
    <message>
        <source>Offline: no network connection, so nothing was tried; the messages stay queued and are sent when the network returns (`postino-cli queue run`).</source>
        <translation>Non in linea: nessuna connessione di rete, quindi non è stato tentato nulla; i messaggi restano in coda e vengono inviati quando la rete torna (`postino-cli queue run`).</translation>
    </message>
    <message>
        <source>postino-cli: %1</source>
        <translation>postino-cli: %1</translation>
    </message>
</context>
<context>
    <name>Postino::Cli::SendCommand</name>
    <message>
        <source>Send with this stored account.</source>
        <translation>Invia con questo account salvato.</translation>
    </message>
    <message>
        <source>Outgoing server.</source>
        <translation>Server della posta in uscita (SMTP).</translation>
    </message>
    <message>
        <source>Server port (465, 587, 25, ...).</source>
        <translation>Porta del server (465, 587, 25, ...).</translation>
    </message>
    <message>
        <source>tls (implicit TLS), starttls, or none.</source>
        <translation>tls (TLS implicito, SSL/TLS), starttls oppure none.</translation>
    </message>
    <message>
        <source>Log in with this user name.</source>
        <translation>Accedi con questo nome utente.</translation>
    </message>
    <message>
        <source>Authentication mechanism (PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-256, XOAUTH2, OAUTHBEARER); default: the strongest offered.</source>
        <translation>Meccanismo di autenticazione (PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-256, XOAUTH2, OAUTHBEARER); predefinito: il più robusto offerto.</translation>
    </message>
    <message>
        <source>Allow sending the password without TLS to a remote server (never do this over the internet).</source>
        <translation>Consenti l&apos;invio della password senza TLS a un server remoto (non farlo mai attraverso Internet).</translation>
    </message>
    <message>
        <source>Sender address.</source>
        <translation>Indirizzo del mittente.</translation>
    </message>
    <message>
        <source>Recipient (repeatable).</source>
        <translation>Destinatario (ripetibile).</translation>
    </message>
    <message>
        <source>Copy recipient (repeatable).</source>
        <translation>Destinatario in copia, Cc (ripetibile).</translation>
    </message>
    <message>
        <source>Blind copy recipient (repeatable).</source>
        <translation>Destinatario in copia nascosta, Ccn (ripetibile).</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>Oggetto.</translation>
    </message>
    <message>
        <source>Plain-text body.</source>
        <translation>Corpo del messaggio in testo semplice.</translation>
    </message>
    <message>
        <source>Read the plain-text body from FILE.</source>
        <translation>Leggi il corpo in testo semplice da FILE.</translation>
    </message>
    <message>
        <source>HTML body from FILE (sent with a plain-text alternative).</source>
        <translation>Corpo HTML da FILE (inviato con un&apos;alternativa in testo semplice).</translation>
    </message>
    <message>
        <source>Attach FILE (repeatable).</source>
        <translation>Allega FILE (ripetibile).</translation>
    </message>
    <message>
        <source>Add a header (repeatable).</source>
        <translation>Aggiungi un&apos;intestazione (ripetibile).</translation>
    </message>
    <message>
        <source>Send this ready message as it is.</source>
        <translation>Invia così com&apos;è questo messaggio già pronto.</translation>
    </message>
    <message>
        <source>Only queue the message; do not send now.</source>
        <translation>Metti solo in coda il messaggio; non inviarlo ora.</translation>
    </message>
    <message>
        <source>Send UTF-8 text as 8bit (only for servers with 8BITMIME).</source>
        <translation>Invia il testo UTF-8 come 8bit (solo per server con 8BITMIME).</translation>
    </message>
    <message>
        <source>Ask for delivery status notifications.</source>
        <translation>Richiedi le notifiche sullo stato di consegna (DSN).</translation>
    </message>
    <message>
        <source>The %1 file &quot;%2&quot; does not exist.</source>
        <translation>Il file %1 &quot;%2&quot; non esiste.</translation>
    </message>
    <message>
        <source>The %1 file &quot;%2&quot; cannot be read: %3.</source>
        <translation>Il file %1 &quot;%2&quot; non può essere letto: %3.</translation>
    </message>
    <message>
        <source>The %1 file &quot;%2&quot; is not UTF-8 text. Convert it, for example with iconv -t UTF-8.</source>
        <translation>Il file %1 &quot;%2&quot; non è testo UTF-8. Convertilo, ad esempio con iconv -t UTF-8.</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from: %1</translation>
    </message>
    <message>
        <source>The message &quot;%1&quot; has no From or Sender header; give the sender with --from.</source>
        <translation>Il messaggio &quot;%1&quot; non ha l&apos;intestazione From né Sender; indica il mittente con --from.</translation>
    </message>
    <message>
        <source>The message &quot;%1&quot; names no recipient (To, Cc or Bcc); give them with --to.</source>
        <translation>Il messaggio &quot;%1&quot; non indica alcun destinatario (To, Cc o Bcc); indicali con --to.</translation>
    </message>
    <message>
        <source>Say who the message is from with --from ADDR (or send a ready message with --eml FILE).</source>
        <translation>Indica il mittente del messaggio con --from ADDR (oppure invia un messaggio già pronto con --eml FILE).</translation>
    </message>
    <message>
        <source>Give at least one recipient with --to, --cc or --bcc.</source>
        <translation>Indica almeno un destinatario con --to, --cc o --bcc.</translation>
    </message>
    <message>
        <source>Give the body one way: --body or --body-file, not both.</source>
        <translation>Fornisci il corpo in un solo modo: --body oppure --body-file, non entrambi.</translation>
    </message>
    <message>
        <source>body</source>
        <translation>del testo</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; does not exist or is not a file.</source>
        <translation>L&apos;allegato &quot;%1&quot; non esiste o non è un file.</translation>
    </message>
    <message>
        <source>--header wants &quot;Name: value&quot;, not &quot;%1&quot;.</source>
        <translation>--header richiede &quot;Nome: valore&quot;, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Send a message (it is stored in the outbox first).</source>
        <translation>Invia un messaggio (viene prima salvato nella posta in uscita).</translation>
    </message>
    <message>
        <source>send takes no arguments without an option name: &quot;%1&quot;.</source>
        <translation>send non accetta argomenti senza il nome di un&apos;opzione: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Say where to send: --account NAME, or --host HOST --port N --security tls|starttls|none.</source>
        <translation>Indica dove inviare: --account NOME, oppure --host HOST --port N --security tls|starttls|none.</translation>
    </message>
    <message>
        <source>--security is tls, starttls or none, not &quot;%1&quot;.</source>
        <translation>--security può essere tls, starttls o none, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--port wants a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>--port richiede un numero da 1 a 65535, non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--auth: unknown mechanism &quot;%1&quot;.</source>
        <translation>--auth: meccanismo sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A password was given but no --username to log in with.</source>
        <translation>È stata indicata una password, ma nessun --username con cui accedere.</translation>
    </message>
    <message>
        <source>--username %1 needs a password: give it with --password-env VAR or --password-stdin.</source>
        <translation>--username %1 richiede una password: forniscila con --password-env VAR o --password-stdin.</translation>
    </message>
    <message>
        <source>Sent to %1 (%2).</source>
        <translation>Inviato a %1 (%2).</translation>
    </message>
    <message>
        <source>First retry after SECONDS if sending fails for now.</source>
        <translation>Primo nuovo tentativo dopo SECONDS secondi, se per ora l&apos;invio non riesce.</translation>
    </message>
    <message>
        <source>Give either --account NAME or --host HOST, not both.</source>
        <translation>Indica --account NAME oppure --host HOST, non entrambi.</translation>
    </message>
    <message>
        <source>Queued as %1; `postino-cli queue run` sends it.</source>
        <translation>Messo in coda come %1; `postino-cli queue run` lo invia.</translation>
    </message>
    <message>
        <source>The message is safe in the outbox as %1 and will be retried at %2 (`postino-cli queue run`).</source>
        <translation>Il messaggio è al sicuro nella posta in uscita come %1 e l&apos;invio verrà riprovato il %2 (`postino-cli queue run`).</translation>
    </message>
    <message>
        <source>server said: %1</source>
        <translation>risposta del server: %1</translation>
    </message>
    <message>
        <source>The message stays in the outbox as %1, marked failed: fix the problem, then `postino-cli queue retry %1`.</source>
        <translation>Il messaggio resta nella posta in uscita come %1, segnato come non riuscito: risolvi il problema, poi esegui `postino-cli queue retry %1`.</translation>
    </message>
</context>
<context>
    <name>Postino::Cli::SuppressCommand</name>
    <message>
        <source>The suppression list is empty.</source>
        <translation>L&apos;elenco dei destinatari esclusi è vuoto.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linea %1: %2</translation>
    </message>
    <message>
        <source>%1 added, %2 already on the list.</source>
        <translation>%1 aggiunti, %2 già nell&apos;elenco.</translation>
    </message>
    <message>
        <source>%1 removed, %2 not on the list.</source>
        <translation>%1 tolti, %2 non presenti nell&apos;elenco.</translation>
    </message>
    <message>
        <source>The addresses no campaign sends to again (add, remove, import, list).</source>
        <translation>Gli indirizzi a cui nessuna campagna scrive più (add, remove, import, list).</translation>
    </message>
    <message>
        <source>add ADDR..., remove ADDR..., import FILE.csv or list</source>
        <translation>add INDIRIZZO..., remove INDIRIZZO..., import FILE.csv o list</translation>
    </message>
    <message>
        <source>Say what to do: suppress add ADDR..., suppress remove ADDR..., suppress import FILE.csv or suppress list.</source>
        <translation>Indica cosa fare: suppress add INDIRIZZO..., suppress remove INDIRIZZO..., suppress import FILE.csv o suppress list.</translation>
    </message>
</context>
<context>
    <name>Postino::ComposedMessage</name>
    <message>
        <source>The saved message is damaged: %1.</source>
        <translation>Il messaggio salvato è danneggiato: %1.</translation>
    </message>
    <message>
        <source>it was written in an unknown format (version %1)</source>
        <translation>è stato scritto in un formato sconosciuto (versione %1)</translation>
    </message>
    <message>
        <source>the field “%1” is not text</source>
        <translation>il campo “%1” non è testo</translation>
    </message>
    <message>
        <source>the attachments are not a list</source>
        <translation>gli allegati non sono un elenco</translation>
    </message>
    <message>
        <source>an attachment is not a file name</source>
        <translation>un allegato non è un nome di file</translation>
    </message>
    <message>
        <source>the time to send it is not a time</source>
        <translation>l&apos;ora di invio non è un&apos;ora valida</translation>
    </message>
</context>
<context>
    <name>Postino::ComposerWindow</name>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Your name &lt;you@example.org&gt;</source>
        <translation>Il tuo nome &lt;tu@example.org&gt;</translation>
    </message>
    <message>
        <source>Your addresses</source>
        <translation>I tuoi indirizzi</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>name@example.org, another@example.org</source>
        <translation>nome@example.org, altro@example.org</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Copia a</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Ccn</translation>
    </message>
    <message>
        <source>Blind copy to (not shown to the others)</source>
        <translation>Copia nascosta a (non visibile agli altri destinatari)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Da:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>Cc&amp;n:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Allegati:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected attachments (Delete)</source>
        <translation>Rimuovi gli allegati selezionati (Canc)</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Testo del messaggio</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>Trascina qui i file per allegarli.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Invia il messaggio (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>Alle&amp;ga file…</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Salva &amp;bozza</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Bozza salvata.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Scarta</translation>
    </message>
    <message>
        <source>Delete this draft and close the window</source>
        <translation>Elimina questa bozza e chiudi la finestra</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>&amp;Rich Text</source>
        <translation>&amp;Testo formattato</translation>
    </message>
    <message>
        <source>Write with bold, italic and underline (sent as HTML with a plain text copy)</source>
        <translation>Scrivi con grassetto, corsivo e sottolineato (inviato come HTML con una copia in testo semplice)</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Grassetto</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Corsivo</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Sottolineato</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Messaggio</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Nuovo messaggio</translation>
    </message>
    <message>
        <source>%1 – New Message</source>
        <translation>%1 – Nuovo messaggio</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Drafts are not available in this window.</source>
        <translation>Le bozze non sono disponibili in questa finestra.</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Bozza salvata alle %1.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non inviato: %1</translation>
    </message>
    <message>
        <source>Not sent: add at least one recipient in To, Cc or Bcc.</source>
        <translation>Non inviato: aggiungi almeno un destinatario in A, Cc o Ccn.</translation>
    </message>
    <message>
        <source>Not sent: these attachments are no longer there: %1. Remove them or attach them again.</source>
        <translation>Non inviato: questi allegati non ci sono più: %1. Rimuovili o allegali di nuovo.</translation>
    </message>
    <message>
        <source>Message Too Large?</source>
        <translation>Messaggio troppo grande?</translation>
    </message>
    <message>
        <source>This message will be about %1, but the server accepts at most %2. It will probably be refused.

Remove or shrink some attachments, or send it anyway.</source>
        <translation>Questo messaggio sarà di circa %1, ma il server accetta al massimo %2. Probabilmente verrà rifiutato.

Rimuovi o riduci alcuni allegati, oppure invialo comunque.</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Invia comunque</translation>
    </message>
    <message>
        <source>Not sent. The message is still here.</source>
        <translation>Non inviato. Il messaggio è ancora qui.</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (mancante)</translation>
    </message>
    <message>
        <source>Draft Not Saved</source>
        <translation>Bozza non salvata</translation>
    </message>
    <message>
        <source>The draft could not be saved, so closing now would lose what you wrote.

%1</source>
        <translation>Non è stato possibile salvare la bozza: chiudendo ora perderesti quello che hai scritto.

%1</translation>
    </message>
    <message>
        <source>Warning about the From address</source>
        <translation>Avviso sull&apos;indirizzo del mittente</translation>
    </message>
    <message>
        <source>Check &amp;Domain…</source>
        <translation>Controlla il &amp;dominio…</translation>
    </message>
    <message>
        <source>Show what the From address&apos;s domain publishes, and what to fix</source>
        <translation>Mostra che cosa pubblica il dominio del mittente, e che cosa correggere</translation>
    </message>
    <message>
        <source>That time has passed: choose a later one, or Send.</source>
        <translation>Quell’ora è passata: scegline una successiva, oppure Invia.</translation>
    </message>
    <message>
        <source>Send &amp;Later…</source>
        <translation>Invia &amp;più tardi…</translation>
    </message>
    <message>
        <source>Choose when the message goes (Ctrl+Shift+Return)</source>
        <translation>Scegli quando parte il messaggio (Ctrl+Maiusc+Invio)</translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>Controllo &amp;ortografico</translation>
    </message>
    <message>
        <source>S&amp;pelling</source>
        <translation>&amp;Ortografia</translation>
    </message>
    <message>
        <source>No spelling dictionary is installed. Install the package %1 (Italian) or %2 (English), then open the message again.</source>
        <translation>Non è installato nessun dizionario. Installa il pacchetto %1 (italiano) o %2 (inglese), poi apri di nuovo il messaggio.</translation>
    </message>
    <message>
        <source>No dictionaries installed</source>
        <translation>Nessun dizionario installato</translation>
    </message>
    <message>
        <source>Underline the words the dictionary does not know (right-click one for suggestions)</source>
        <translation>Sottolinea le parole che il dizionario non conosce (clic destro su una per i suggerimenti)</translation>
    </message>
    <message>
        <source>(No suggestions)</source>
        <translation>(Nessun suggerimento)</translation>
    </message>
    <message>
        <source>&amp;Ignore “%1” in This Message</source>
        <translation>&amp;Ignora “%1” in questo messaggio</translation>
    </message>
    <message>
        <source>Add “%1” to Dicti&amp;onary</source>
        <translation>Aggiungi “%1” al di&amp;zionario</translation>
    </message>
</context>
<context>
    <name>Postino::ConnectionCheckResult</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Postino::ConnectionDoctor</name>
    <message>
        <source>Check &amp;Again</source>
        <translation>Verifica di &amp;nuovo</translation>
    </message>
    <message>
        <source>&amp;Copy Transcript</source>
        <translation>Copia la &amp;trascrizione</translation>
    </message>
    <message>
        <source>Check Connection – %1</source>
        <translation>Verifica connessione – %1</translation>
    </message>
    <message>
        <source>Checking %1 at %2, port %3, step by step.</source>
        <translation>Verifica passo per passo di %1 su %2, porta %3.</translation>
    </message>
    <message>
        <source>Connection steps</source>
        <translation>Passaggi della connessione</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Find the server&apos;s address</source>
        <translation>Trova l&apos;indirizzo del server</translation>
    </message>
    <message>
        <source>Connect (TCP)</source>
        <translation>Connessione (TCP)</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Crittografia (TLS)</translation>
    </message>
    <message>
        <source>Greeting and EHLO</source>
        <translation>Saluto ed EHLO</translation>
    </message>
    <message>
        <source>Sign in (AUTH)</source>
        <translation>Accesso (AUTH)</translation>
    </message>
    <message>
        <source>What Postino and the server said (&amp;passwords removed):</source>
        <translation>Cosa si sono detti Postino e il server (&amp;password rimosse):</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Trascrizione</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>Non ancora provato</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Ricerca di %1…</translation>
    </message>
    <message>
        <source>The name %1 was not found (%2). Check the server&apos;s name for typing mistakes, and that this computer is online.</source>
        <translation>Il nome %1 non è stato trovato (%2). Controlla che il nome del server non contenga errori di battitura e che questo computer sia connesso a Internet.</translation>
    </message>
    <message>
        <source>%1 is at %2</source>
        <translation>%1 si trova all&apos;indirizzo %2</translation>
    </message>
    <message>
        <source>The keychain did not answer (%1); signing in will not be tried.</source>
        <translation>Il portachiavi non ha risposto (%1); l&apos;accesso non verrà tentato.</translation>
    </message>
    <message>
        <source>Connecting to %1, port %2…</source>
        <translation>Connessione a %1, porta %2…</translation>
    </message>
    <message>
        <source>Connected to %1, port %2</source>
        <translation>Connesso a %1, porta %2</translation>
    </message>
    <message>
        <source>Negotiating encryption…</source>
        <translation>Negoziazione della crittografia…</translation>
    </message>
    <message>
        <source>%1, %2; certificate of %3%4</source>
        <translation>%1, %2; certificato di %3%4</translation>
    </message>
    <message>
        <source> (trusted by its fingerprint)</source>
        <translation> (attendibile tramite la sua impronta digitale)</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s greeting…</source>
        <translation>In attesa del saluto del server…</translation>
    </message>
    <message>
        <source>The server greeted and answered EHLO</source>
        <translation>Il server ha inviato il saluto e ha risposto a EHLO</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Accesso come %1…</translation>
    </message>
    <message>
        <source>%1, %2; certificate of %3</source>
        <translation>%1, %2; certificato di %3</translation>
    </message>
    <message>
        <source>Not used: this account is set to send unencrypted (security: none)</source>
        <translation>Non usata: questo account è impostato per inviare senza crittografia (sicurezza: nessuna)</translation>
    </message>
    <message>
        <source>Signed in as %1 with %2</source>
        <translation>Accesso eseguito come %1 con %2</translation>
    </message>
    <message>
        <source>Not needed: this account does not sign in</source>
        <translation>Non necessario: questo account non esegue l&apos;accesso</translation>
    </message>
    <message>
        <source>Everything works: Postino can send through this account.</source>
        <translation>Tutto funziona: Postino può inviare tramite questo account.</translation>
    </message>
    <message>
        <source>Not tried: an earlier step failed</source>
        <translation>Non provato: un passaggio precedente non è riuscito</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Il server ha risposto: %1</translation>
    </message>
    <message>
        <source>The server wants a password and none is stored for this account. Enter it with Account &gt; Change Password…, then check again.</source>
        <translation>Il server richiede una password e per questo account non ne è salvata alcuna. Inseriscila con Account &gt; Cambia password…, poi verifica di nuovo.</translation>
    </message>
    <message>
        <source>Sending the waiting messages now; see the Outbox.</source>
        <translation>Invio dei messaggi in attesa in corso; guarda la Posta in uscita.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of this account wait in the outbox.</source>
        <translation>
            <numerusform>%n messaggio di questo account è in attesa nella posta in uscita.</numerusform>
            <numerusform>%n messaggi di questo account sono in attesa nella posta in uscita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n Waiting Message(s) Now</source>
        <translation>
            <numerusform>&amp;Invia ora %n messaggio in attesa</numerusform>
            <numerusform>&amp;Invia ora %n messaggi in attesa</numerusform>
        </translation>
    </message>
    <message>
        <source>The step “%1” failed: %2</source>
        <translation>Il passaggio «%1» non è riuscito: %2</translation>
    </message>
</context>
<context>
    <name>Postino::CsvReader</name>
    <message>
        <source>%1, line %2: a quoted field starts here and its closing quote (&quot;) is missing. Add it; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>%1, riga %2: qui inizia un campo tra virgolette a cui manca la virgoletta di chiusura (&quot;). Aggiungila; una virgoletta dentro un campo tra virgolette si scrive due volte (&quot;&quot;).</translation>
    </message>
    <message>
        <source>%1, line %2: there is text after the closing quote of a field. Put the whole field inside the quotes, and write a quote inside it twice (&quot;&quot;).</source>
        <translation>%1, riga %2: c&apos;è del testo dopo la virgoletta di chiusura di un campo. Metti tutto il campo tra le virgolette e scrivi due volte (&quot;&quot;) ogni virgoletta al suo interno.</translation>
    </message>
    <message>
        <source>The CSV data</source>
        <translation>Il testo CSV</translation>
    </message>
    <message>
        <source>%1, line %2: column %3 of the header has no name. Give every column a name in the first row (the address column, for example, &quot;email&quot;).</source>
        <translation>%1, riga %2: la colonna %3 dell&apos;intestazione non ha un nome. Dai un nome a ogni colonna nella prima riga (per esempio &quot;email&quot; alla colonna degli indirizzi).</translation>
    </message>
    <message>
        <source>%1, line %2: the header names the column &quot;%3&quot; twice (names are compared ignoring case). Give each column a name of its own.</source>
        <translation>%1, riga %2: l&apos;intestazione nomina due volte la colonna &quot;%3&quot; (i nomi si confrontano senza distinguere maiuscole e minuscole). Dai a ogni colonna un nome diverso.</translation>
    </message>
    <message>
        <source>%1 is empty. A CSV file starts with a header row naming its columns, for example: email,nome.</source>
        <translation>%1 è vuoto. Un file CSV inizia con una riga di intestazione con i nomi delle colonne, per esempio: email,nome.</translation>
    </message>
    <message>
        <source>%1, line %2: this row has %3 fields but the header has %4 columns. Put a value that contains %5 in quotes, or name the extra column in the header.</source>
        <translation>%1, riga %2: questa riga ha %3 campi ma l&apos;intestazione ha %4 colonne. Metti tra virgolette un valore che contiene %5, oppure dai un nome alla colonna in più nell&apos;intestazione.</translation>
    </message>
    <message>
        <source>%1, line %2: the text is not valid UTF-8. Save the file again as CSV in UTF-8 (in LibreOffice: character set &quot;Unicode (UTF-8)&quot;; in Excel: &quot;CSV UTF-8&quot;) and try again.</source>
        <translation>%1, riga %2: il testo non è UTF-8 valido. Salva di nuovo il file come CSV in UTF-8 (in LibreOffice: set di caratteri &quot;Unicode (UTF-8)&quot;; in Excel: &quot;CSV UTF-8&quot;) e riprova.</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Check the path and that the file can be read.</source>
        <translation>Non è stato possibile aprire %1: %2. Controlla il percorso e che il file si possa leggere.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a list. Split it into smaller files.</source>
        <translation>%1 supera i %2 MB, troppo per una lista. Dividilo in file più piccoli.</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Check the disk and try again.</source>
        <translation>Non è stato possibile leggere %1: %2. Controlla il disco e riprova.</translation>
    </message>
</context>
<context>
    <name>Postino::DeviceAuthorization</name>
    <message>
        <source>The sign-in server %1 gave an answer that is not a device code (%2).</source>
        <translation>Il server di accesso %1 ha dato una risposta che non è un codice dispositivo (%2).</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>no device_code or user_code</source>
        <translation>manca device_code o user_code</translation>
    </message>
    <message>
        <source>the verification_uri is not a web address</source>
        <translation>verification_uri non è un indirizzo web</translation>
    </message>
    <message>
        <source>expires_in is not a positive number</source>
        <translation>expires_in non è un numero positivo</translation>
    </message>
    <message>
        <source>interval is not a sensible number of seconds</source>
        <translation>interval non è un numero di secondi sensato</translation>
    </message>
    <message>
        <source>This provider does not allow signing in with a code on another device; sign in through the browser instead (without --device-code).</source>
        <translation>Questo provider non consente l&apos;accesso con un codice da un altro dispositivo; accedi invece dal browser (senza --device-code).</translation>
    </message>
    <message>
        <source>The sign-in was cancelled; nothing was stored.</source>
        <translation>L&apos;accesso è stato annullato; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The code %1 expired before the sign-in was finished; start again.</source>
        <translation>Il codice %1 è scaduto prima che l&apos;accesso fosse completato; ricomincia.</translation>
    </message>
</context>
<context>
    <name>Postino::DkimKeyRecord</name>
    <message>
        <source>v=%1: a DKIM key record says v=DKIM1</source>
        <translation>v=%1: un record di chiave DKIM indica v=DKIM1</translation>
    </message>
    <message>
        <source>v=DKIM1 must be the first tag of the record</source>
        <translation>v=DKIM1 deve essere il primo tag del record</translation>
    </message>
    <message>
        <source>h=%1 names no hash algorithm a verifier knows (sha256)</source>
        <translation>h=%1 non indica nessun algoritmo di hash noto a chi verifica (sha256)</translation>
    </message>
    <message>
        <source>k=%1 is not a key type verifiers know (rsa or ed25519)</source>
        <translation>k=%1 non è un tipo di chiave noto a chi verifica (rsa o ed25519)</translation>
    </message>
    <message>
        <source>s=%1: the key is not for email (s=* or s=email)</source>
        <translation>s=%1: la chiave non è per la posta (s=* o s=email)</translation>
    </message>
    <message>
        <source>the record has no p= tag, the public key</source>
        <translation>il record non ha il tag p=, la chiave pubblica</translation>
    </message>
    <message>
        <source>p= is not valid base64</source>
        <translation>p= non è base64 valido</translation>
    </message>
    <message>
        <source>p= wraps the Ed25519 key in a SubjectPublicKeyInfo; RFC 8463 publishes the raw 32-byte key</source>
        <translation>p= avvolge la chiave Ed25519 in una SubjectPublicKeyInfo; l&apos;RFC 8463 pubblica la chiave grezza di 32 byte</translation>
    </message>
    <message>
        <source>an Ed25519 key is 32 bytes; p= holds %1</source>
        <translation>una chiave Ed25519 è di 32 byte; p= ne contiene %1</translation>
    </message>
    <message>
        <source>p= cannot be read: %1</source>
        <translation>p= non si può leggere: %1</translation>
    </message>
    <message>
        <source>k=rsa, but p= holds an Ed25519 key: say k=ed25519 and publish the raw key</source>
        <translation>k=rsa, ma p= contiene una chiave Ed25519: indica k=ed25519 e pubblica la chiave grezza</translation>
    </message>
    <message>
        <source>The DKIM key record cannot be used: %1</source>
        <translation>Il record della chiave DKIM non è utilizzabile: %1</translation>
    </message>
    <message>
        <source>The key is revoked (p= is empty): signatures with this selector fail.</source>
        <translation>La chiave è revocata (p= è vuoto): le firme con questo selettore falliscono.</translation>
    </message>
    <message>
        <source>RSA key of %1 bits: below %2 bits receivers ignore the signature. Publish a %3-bit key.</source>
        <translation>Chiave RSA di %1 bit: sotto i %2 bit chi riceve ignora la firma. Pubblica una chiave di %3 bit.</translation>
    </message>
    <message>
        <source>RSA key of %1 bits: it still works, but %2 bits is the recommended size.</source>
        <translation>Chiave RSA di %1 bit: funziona ancora, ma la dimensione consigliata è %2 bit.</translation>
    </message>
    <message>
        <source>Ed25519 key.</source>
        <translation>Chiave Ed25519.</translation>
    </message>
    <message>
        <source>RSA key of %1 bits.</source>
        <translation>Chiave RSA di %1 bit.</translation>
    </message>
</context>
<context>
    <name>Postino::DmarcRecord</name>
    <message>
        <source>a DMARC record starts with v=DMARC1</source>
        <translation>un record DMARC inizia con v=DMARC1</translation>
    </message>
    <message>
        <source>v=%1: a DMARC record starts with v=DMARC1, in capitals</source>
        <translation>v=%1: un record DMARC inizia con v=DMARC1, in maiuscolo</translation>
    </message>
    <message>
        <source>v= must be the first tag</source>
        <translation>v= deve essere il primo tag</translation>
    </message>
    <message>
        <source>%1=%2 is not a policy: none, quarantine or reject</source>
        <translation>%1=%2 non è un criterio: none, quarantine o reject</translation>
    </message>
    <message>
        <source>%1=%2: alignment is r (relaxed) or s (strict)</source>
        <translation>%1=%2: l&apos;allineamento è r (rilassato) o s (stretto)</translation>
    </message>
    <message>
        <source>pct=%1 is not a percentage from 0 to 100</source>
        <translation>pct=%1 non è una percentuale da 0 a 100</translation>
    </message>
    <message>
        <source>%1= is empty: give mailto: addresses or leave the tag out</source>
        <translation>%1= è vuoto: indica indirizzi mailto: oppure togli il tag</translation>
    </message>
    <message>
        <source>%1=: “%2” is not a report address: write mailto:name@example.com, optionally with a size limit such as !10m</source>
        <translation>%1=: “%2” non è un indirizzo per i rapporti: scrivi mailto:nome@example.com, eventualmente con un limite di dimensione come !10m</translation>
    </message>
    <message>
        <source>fo=%1: the failure options are 0, 1, d and s, separated by “:”</source>
        <translation>fo=%1: le opzioni di errore sono 0, 1, d e s, separate da “:”</translation>
    </message>
    <message>
        <source>rf=%1: the only failure report format is afrf</source>
        <translation>rf=%1: l&apos;unico formato dei rapporti di errore è afrf</translation>
    </message>
    <message>
        <source>ri=%1 is not a number of seconds</source>
        <translation>ri=%1 non è un numero di secondi</translation>
    </message>
    <message>
        <source>t=%1: testing is y or n</source>
        <translation>t=%1: la modalità di prova è y o n</translation>
    </message>
    <message>
        <source>psd=%1 is y, n or u</source>
        <translation>psd=%1 è y, n o u</translation>
    </message>
    <message>
        <source>the record has no p= policy: receivers treat it as p=none when rua= has a valid address, and ignore it otherwise</source>
        <translation>il record non ha un criterio p=: chi riceve lo tratta come p=none se rua= ha un indirizzo valido, altrimenti lo ignora</translation>
    </message>
    <message>
        <source>a DMARC record starts with v=DMARC1, with nothing but spaces before it</source>
        <translation>un record DMARC inizia con v=DMARC1, preceduto al più da spazi</translation>
    </message>
</context>
<context>
    <name>Postino::DomainCheck</name>
    <message>
        <source>an answer outside 127.0.0.0/8 (%1), which is not a listing: the zone is misconfigured or hijacked</source>
        <translation>una risposta fuori da 127.0.0.0/8 (%1), che non è un inserimento in lista: la zona è configurata male o dirottata</translation>
    </message>
    <message>
        <source>the query was refused (%1): the blocklist does not answer queries through public or busy name servers; use your own resolver</source>
        <translation>la richiesta è stata rifiutata (%1): la blocklist non risponde alle richieste che passano da name server pubblici o molto usati; usa un resolver tuo</translation>
    </message>
    <message>
        <source>%1: SBL, a known source of spam</source>
        <translation>%1: SBL, una fonte di spam nota</translation>
    </message>
    <message>
        <source>%1: DROP, a hijacked or spammer-run network</source>
        <translation>%1: DROP, una rete dirottata o gestita da spammer</translation>
    </message>
    <message>
        <source>%1: XBL, an infected or exploited machine</source>
        <translation>%1: XBL, una macchina infetta o compromessa</translation>
    </message>
    <message>
        <source>%1: PBL, a residential or dynamic range that should not send mail directly</source>
        <translation>%1: PBL, un intervallo residenziale o dinamico che non dovrebbe inviare posta direttamente</translation>
    </message>
    <message>
        <source>%1: listed as a source of spam</source>
        <translation>%1: in lista come fonte di spam</translation>
    </message>
    <message>
        <source>No answer within %1 ms: the DNS did not answer in time</source>
        <translation>Nessuna risposta entro %1 ms: il DNS non ha risposto in tempo</translation>
    </message>
    <message>
        <source>Try again, or ask another name server with --dns-server.</source>
        <translation>Riprova, oppure interroga un altro name server con --dns-server.</translation>
    </message>
    <message>
        <source>The DNS gave no answer for the MX of %1</source>
        <translation>Il DNS non ha risposto per l&apos;MX di %1</translation>
    </message>
    <message>
        <source>%1 does not exist in the DNS</source>
        <translation>%1 non esiste nel DNS</translation>
    </message>
    <message>
        <source>The name server says there is no such domain: check its spelling, or register it.</source>
        <translation>Il name server dice che il dominio non esiste: controlla come è scritto, oppure registralo.</translation>
    </message>
    <message>
        <source>%1 has no MX record: replies and bounces cannot reach it</source>
        <translation>%1 non ha un record MX: risposte e notifiche di mancato recapito non possono arrivare</translation>
    </message>
    <message>
        <source>Without an MX, senders fall back to the domain&apos;s own address, which rarely runs a mail server; many receivers also distrust mail from a domain that cannot receive.</source>
        <translation>Senza MX, i mittenti ripiegano sull&apos;indirizzo del dominio stesso, che di rado ospita un server di posta; molti destinatari diffidano inoltre della posta di un dominio che non può riceverne.</translation>
    </message>
    <message>
        <source>%1. MX 10 mail.%1.</source>
        <translation>%1. MX 10 mail.%1.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX: it receives no mail (RFC 7505)</source>
        <translation>%1 pubblica un MX nullo: non riceve posta (RFC 7505)</translation>
    </message>
    <message>
        <source>Mail to this domain is refused at once. That is right for a domain that only sends, but replies to its addresses will bounce.</source>
        <translation>La posta per questo dominio viene rifiutata subito. Va bene per un dominio che si limita a inviare, ma le risposte ai suoi indirizzi torneranno indietro.</translation>
    </message>
    <message>
        <source>%1 is an alias (CNAME) of %2; an MX must name a host directly (RFC 2181 §10.3)</source>
        <translation>%1 è un alias (CNAME) di %2; un MX deve indicare direttamente un host (RFC 2181 §10.3)</translation>
    </message>
    <message>
        <source>%1. MX 10 %2.</source>
        <translation>%1. MX 10 %2.</translation>
    </message>
    <message>
        <source>%1 has no address (no A or AAAA record)</source>
        <translation>%1 non ha un indirizzo (nessun record A o AAAA)</translation>
    </message>
    <message>
        <source>The MX hosts of %1 could not all be looked up</source>
        <translation>Non è stato possibile cercare tutti gli host MX di %1</translation>
    </message>
    <message>
        <source>MX: %1</source>
        <translation>MX: %1</translation>
    </message>
    <message>
        <source>Every MX host has an address and none is an alias.</source>
        <translation>Ogni host MX ha un indirizzo e nessuno è un alias.</translation>
    </message>
    <message>
        <source>The DNS gave no answer for the TXT records of %1</source>
        <translation>Il DNS non ha risposto per i record TXT di %1</translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation>%1 non ha un record SPF</translation>
    </message>
    <message>
        <source>Without SPF, receivers cannot tell your servers from anyone else&apos;s; Gmail, Yahoo and Outlook.com reject or file as spam mail from domains without SPF or DKIM.</source>
        <translation>Senza SPF, i destinatari non distinguono i tuoi server da quelli di chiunque altro; Gmail, Yahoo e Outlook.com rifiutano o mettono nello spam la posta dei domini senza SPF né DKIM.</translation>
    </message>
    <message>
        <source>%1 has more than one SPF record: SPF fails for every message</source>
        <translation>%1 ha più di un record SPF: SPF fallisce per ogni messaggio</translation>
    </message>
    <message>
        <source>RFC 7208 allows exactly one TXT record starting with v=spf1; with two, receivers return a permanent error.</source>
        <translation>L&apos;RFC 7208 ammette un solo record TXT che inizia con v=spf1; con due, i destinatari restituiscono un errore permanente.</translation>
    </message>
    <message>
        <source>Merge them into one record, e.g. %1</source>
        <translation>Uniscili in un solo record, per esempio %1</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Record: %1</translation>
    </message>
    <message>
        <source>The SPF record lets any server on the internet send as %1 (+all)</source>
        <translation>Il record SPF permette a qualsiasi server di internet di inviare come %1 (+all)</translation>
    </message>
    <message>
        <source>The SPF record ends in ?all: servers not listed are neutral, as without SPF</source>
        <translation>Il record SPF finisce con ?all: i server non elencati sono neutri, come senza SPF</translation>
    </message>
    <message>
        <source>The SPF record needs more than 10 DNS look-ups: SPF fails (permerror)</source>
        <translation>Il record SPF richiede più di 10 ricerche DNS: SPF fallisce (permerror)</translation>
    </message>
    <message>
        <source>Replace a, mx and include terms by the ip4:/ip6: ranges they stand for, or remove unused ones</source>
        <translation>Sostituisci i termini a, mx e include con gli intervalli ip4:/ip6: che rappresentano, oppure togli quelli inutilizzati</translation>
    </message>
    <message>
        <source>Replace includes by the ip4:/ip6: ranges they list, or remove unused ones (most look-ups come from %1)</source>
        <translation>Sostituisci gli include con gli intervalli ip4:/ip6: che elencano, oppure togli quelli inutilizzati (la maggior parte delle ricerche viene da %1)</translation>
    </message>
    <message>
        <source>The SPF record has more than 2 look-ups that find nothing: SPF fails (permerror)</source>
        <translation>Il record SPF ha più di 2 ricerche che non trovano nulla: SPF fallisce (permerror)</translation>
    </message>
    <message>
        <source>Remove the terms whose names do not exist: %1</source>
        <translation>Togli i termini i cui nomi non esistono: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The SPF record of %1 does not allow %2</source>
        <translation>Il record SPF di %1 non autorizza %2</translation>
    </message>
    <message>
        <source>SPF record valid (%1)</source>
        <translation>Record SPF valido (%1)</translation>
    </message>
    <message>
        <source>SPF record valid and allows %1</source>
        <translation>Record SPF valido, autorizza %1</translation>
    </message>
    <message>
        <source>Selectors tried: %1.</source>
        <translation>Selettori provati: %1.</translation>
    </message>
    <message>
        <source>_domainkey.%1 exists, so keys are published under selectors not tried here (give them with --dkim-selector).</source>
        <translation>_domainkey.%1 esiste, quindi ci sono chiavi pubblicate con selettori non provati qui (indicali con --dkim-selector).</translation>
    </message>
    <message>
        <source>No DKIM key found for %1</source>
        <translation>Nessuna chiave DKIM trovata per %1</translation>
    </message>
    <message>
        <source>Turn on DKIM signing at your mail provider and publish the key it gives at SELECTOR._domainkey.%1</source>
        <translation>Attiva la firma DKIM presso il tuo fornitore di posta e pubblica la chiave che ti dà in SELETTORE._domainkey.%1</translation>
    </message>
    <message>
        <source>The DKIM key %1 is %2 bits; 2048 is recommended</source>
        <translation>La chiave DKIM %1 è di %2 bit; se ne raccomandano 2048</translation>
    </message>
    <message>
        <source>Make a new 2048-bit key at your provider and publish it at %1</source>
        <translation>Crea una nuova chiave da 2048 bit presso il tuo fornitore e pubblicala in %1</translation>
    </message>
    <message>
        <source>The DKIM key %1 cannot be used: %2</source>
        <translation>La chiave DKIM %1 non è utilizzabile: %2</translation>
    </message>
    <message>
        <source>DKIM keys found: %1</source>
        <translation>Chiavi DKIM trovate: %1</translation>
    </message>
    <message>
        <source>The DNS gave no answer for %1</source>
        <translation>Il DNS non ha risposto per %1</translation>
    </message>
    <message>
        <source>%1 has no DMARC record</source>
        <translation>%1 non ha un record DMARC</translation>
    </message>
    <message>
        <source>Gmail, Yahoo and Outlook.com require DMARC from bulk senders, and without it nobody can tell receivers what to do with forged mail. Start with p=none and reports.</source>
        <translation>Gmail, Yahoo e Outlook.com esigono DMARC da chi invia in grandi quantità, e senza DMARC nessuno può dire ai destinatari cosa fare della posta falsificata. Comincia con p=none e i rapporti.</translation>
    </message>
    <message>
        <source>%1 has more than one DMARC record: receivers ignore all of them</source>
        <translation>%1 ha più di un record DMARC: i destinatari li ignorano tutti</translation>
    </message>
    <message>
        <source>Keep one: %1</source>
        <translation>Tienine uno: %1</translation>
    </message>
    <message>
        <source>The DMARC record of %1 is not valid</source>
        <translation>Il record DMARC di %1 non è valido</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>rigoroso</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>rilassato</translation>
    </message>
    <message>
        <source>Policy %1, subdomains %2; SPF alignment %3, DKIM alignment %4</source>
        <translation>Criterio %1, sottodomini %2; allineamento SPF %3, allineamento DKIM %4</translation>
    </message>
    <message>
        <source>DMARC policy %1</source>
        <translation>Criterio DMARC %1</translation>
    </message>
    <message>
        <source>DMARC p=none: forged mail from %1 is still delivered</source>
        <translation>DMARC p=none: la posta falsificata a nome di %1 viene comunque recapitata</translation>
    </message>
    <message>
        <source>The path to enforcement: read the aggregate reports until every legitimate source passes, then p=quarantine (pct=25, then 100), then p=reject.</source>
        <translation>La strada verso l&apos;applicazione: leggi i rapporti aggregati finché ogni fonte legittima supera il controllo, poi p=quarantine (pct=25, poi 100), poi p=reject.</translation>
    </message>
    <message>
        <source>DMARC sp=none: forged mail from subdomains of %1 is still delivered</source>
        <translation>DMARC sp=none: la posta falsificata a nome dei sottodomini di %1 viene comunque recapitata</translation>
    </message>
    <message>
        <source>No rua= address: you receive no reports of who sends as %1.</source>
        <translation>Nessun indirizzo rua=: non ricevi rapporti su chi invia come %1.</translation>
    </message>
    <message>
        <source>Report destinations outside %1 must agree to receive its reports (RFC 7489 §7.1); until they do, receivers send them nothing.</source>
        <translation>Le destinazioni dei rapporti fuori da %1 devono acconsentire a riceverne i rapporti (RFC 7489 §7.1); finché non lo fanno, i destinatari non inviano loro nulla.</translation>
    </message>
    <message>
        <source>The DMARC report address at %1 has not authorised reports for %2</source>
        <translation>L&apos;indirizzo per i rapporti DMARC presso %1 non ha autorizzato i rapporti per %2</translation>
    </message>
    <message>
        <source>%1 is not the account&apos;s address (%2): the envelope sender&apos;s domain %3 cannot align with %4 for SPF</source>
        <translation>%1 non è l&apos;indirizzo dell&apos;account (%2): il dominio del mittente della busta, %3, non può allinearsi con %4 per SPF</translation>
    </message>
    <message>
        <source>No server given: use --account or --server to check mail sent through it</source>
        <translation>Nessun server indicato: usa --account o --server per controllare la posta inviata attraverso di esso</translation>
    </message>
    <message>
        <source>Alignment depends on the server the mail goes through.</source>
        <translation>L&apos;allineamento dipende dal server attraverso cui passa la posta.</translation>
    </message>
    <message>
        <source>SPF: the servers pass and the envelope domain %1 aligns with %2</source>
        <translation>SPF: i server superano il controllo e il dominio della busta %1 è allineato con %2</translation>
    </message>
    <message>
        <source>SPF: does not align (the servers do not pass for %1, or the envelope domain %2 differs)</source>
        <translation>SPF: non allineato (i server non superano il controllo per %1, oppure il dominio della busta %2 è diverso)</translation>
    </message>
    <message>
        <source>Mail From @%1 through another provider&apos;s server fails DMARC</source>
        <translation>La posta con mittente @%1 inviata dal server di un altro fornitore non supera DMARC</translation>
    </message>
    <message>
        <source>%1 signs only what its own servers send and lists only them in SPF; receivers reject or file as spam anything else claiming to be from it.</source>
        <translation>%1 firma solo ciò che inviano i suoi server ed elenca solo quelli in SPF; i destinatari rifiutano o mettono nello spam tutto il resto che dichiara di venire da lì.</translation>
    </message>
    <message>
        <source>Send @%1 mail through %1&apos;s own submission server, or use an address on your own domain</source>
        <translation>Invia la posta @%1 attraverso il server di invio di %1, oppure usa un indirizzo del tuo dominio</translation>
    </message>
    <message>
        <source>Send From the account&apos;s own address, or through an account of %1</source>
        <translation>Invia con l&apos;indirizzo dell&apos;account come mittente, oppure attraverso un account di %1</translation>
    </message>
    <message>
        <source>Mail From %1 through these servers aligns with SPF</source>
        <translation>La posta con mittente %1 inviata da questi server è allineata con SPF</translation>
    </message>
    <message>
        <source>Only DKIM can align: SPF does not allow these servers for %1</source>
        <translation>Solo DKIM può allinearsi: SPF non autorizza questi server per %1</translation>
    </message>
    <message>
        <source>Make sure the server signs with d=%1, or add it to the SPF record</source>
        <translation>Assicurati che il server firmi con d=%1, oppure aggiungilo al record SPF</translation>
    </message>
    <message>
        <source>Mail From %1 through these servers fails DMARC: neither SPF nor DKIM aligns</source>
        <translation>La posta con mittente %1 inviata da questi server non supera DMARC: né SPF né DKIM sono allineati</translation>
    </message>
    <message>
        <source>No server given: use --account or --server to check its reverse DNS</source>
        <translation>Nessun server indicato: usa --account o --server per controllarne il DNS inverso</translation>
    </message>
    <message>
        <source>%1: the reverse look-up gave no answer</source>
        <translation>%1: la ricerca inversa non ha avuto risposta</translation>
    </message>
    <message>
        <source>%1 has no reverse name (PTR)</source>
        <translation>%1 non ha un nome inverso (PTR)</translation>
    </message>
    <message>
        <source>Ask the provider of %1 to set its reverse name (PTR) to your server&apos;s name, e.g. mail.%2</source>
        <translation>Chiedi al fornitore di %1 di impostarne il nome inverso (PTR) sul nome del tuo server, per esempio mail.%2</translation>
    </message>
    <message>
        <source>%1 has the reverse name %2, which does not resolve back to it</source>
        <translation>%1 ha il nome inverso %2, che non risolve di nuovo in esso</translation>
    </message>
    <message>
        <source>%1 A %2 (or set the PTR of %2 to a name that has this address)</source>
        <translation>%1 A %2 (oppure imposta il PTR di %2 su un nome che ha questo indirizzo)</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>Forward-confirmed reverse DNS: %1</source>
        <translation>DNS inverso confermato in avanti: %1</translation>
    </message>
    <message>
        <source>No server IPv4 address given: use --account or --server to check the blocklists</source>
        <translation>Nessun indirizzo IPv4 di server indicato: usa --account o --server per controllare le blocklist</translation>
    </message>
    <message>
        <source>Find and stop the cause (an infected machine, an open relay, a leaked password), then ask each blocklist to delist the address; a PBL listing means sending through your provider&apos;s submission server instead</source>
        <translation>Trova ed elimina la causa (una macchina infetta, un open relay, una password trapelata), poi chiedi a ogni blocklist di togliere l&apos;indirizzo; un inserimento in PBL significa che devi inviare attraverso il server di invio del tuo fornitore</translation>
    </message>
    <message>
        <source>Some blocklists did not answer: the result is incomplete</source>
        <translation>Alcune blocklist non hanno risposto: il risultato è incompleto</translation>
    </message>
    <message>
        <source>%1 not listed on %2</source>
        <translation>%1 non è in lista su %2</translation>
    </message>
    <message>
        <source>%1 on %2: the blocklist gave no answer (%3); this is not a listing</source>
        <translation>%1 su %2: la blocklist non ha risposto (%3); non è un inserimento in lista</translation>
    </message>
    <message>
        <source>%1 is not on %2</source>
        <translation>%1 non è su %2</translation>
    </message>
    <message>
        <source>%1 is listed on %2: %3</source>
        <translation>%1 è in lista su %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 su %2: %3</translation>
    </message>
    <message>
        <source>_mta-sts.%1 TXT &quot;v=STSv1; id=20240101&quot; and the policy at https://mta-sts.%1/.well-known/mta-sts.txt</source>
        <translation>_mta-sts.%1 TXT &quot;v=STSv1; id=20240101&quot; e il criterio in https://mta-sts.%1/.well-known/mta-sts.txt</translation>
    </message>
    <message>
        <source>The DNS gave no answer for _mta-sts.%1</source>
        <translation>Il DNS non ha risposto per _mta-sts.%1</translation>
    </message>
    <message>
        <source>No MTA-STS: senders may deliver to %1 without TLS</source>
        <translation>Nessun MTA-STS: i mittenti possono recapitare a %1 senza TLS</translation>
    </message>
    <message>
        <source>MTA-STS (RFC 8461) tells sending servers to insist on a valid certificate.</source>
        <translation>MTA-STS (RFC 8461) dice ai server mittenti di pretendere un certificato valido.</translation>
    </message>
    <message>
        <source>More than one MTA-STS record: senders ignore them</source>
        <translation>Più di un record MTA-STS: i mittenti li ignorano</translation>
    </message>
    <message>
        <source>The MTA-STS record has no valid id=</source>
        <translation>Il record MTA-STS non ha un id= valido</translation>
    </message>
    <message>
        <source>The DNS gave no answer for _smtp._tls.%1</source>
        <translation>Il DNS non ha risposto per _smtp._tls.%1</translation>
    </message>
    <message>
        <source>No TLS-RPT: you receive no reports of failed TLS deliveries</source>
        <translation>Nessun TLS-RPT: non ricevi rapporti sui recapiti TLS falliti</translation>
    </message>
    <message>
        <source>TLS-RPT (RFC 8460) asks senders to report TLS failures to you.</source>
        <translation>TLS-RPT (RFC 8460) chiede ai mittenti di segnalarti i problemi TLS.</translation>
    </message>
    <message>
        <source>The TLS-RPT record is not valid (one record with rua= is needed)</source>
        <translation>Il record TLS-RPT non è valido (serve un solo record con rua=)</translation>
    </message>
    <message>
        <source>TLS-RPT record published</source>
        <translation>Record TLS-RPT pubblicato</translation>
    </message>
    <message>
        <source>No MX host to check for DANE</source>
        <translation>Nessun host MX da controllare per DANE</translation>
    </message>
    <message>
        <source>_25._tcp.%1: no TLSA record</source>
        <translation>_25._tcp.%1: nessun record TLSA</translation>
    </message>
    <message>
        <source>_25._tcp.%1: %2 TLSA records, DNSSEC %3: not trusted</source>
        <translation>_25._tcp.%1: %2 record TLSA, DNSSEC %3: non attendibili</translation>
    </message>
    <message>
        <source>_25._tcp.%1: %2 TLSA records, DNSSEC secure</source>
        <translation>_25._tcp.%1: %2 record TLSA, DNSSEC sicuro</translation>
    </message>
    <message>
        <source>No DANE: the MX hosts publish no TLSA records</source>
        <translation>Nessun DANE: gli host MX non pubblicano record TLSA</translation>
    </message>
    <message>
        <source>TLSA records without DNSSEC: senders ignore them</source>
        <translation>Record TLSA senza DNSSEC: i mittenti li ignorano</translation>
    </message>
    <message>
        <source>Sign the zone with DNSSEC at your DNS provider</source>
        <translation>Firma la zona con DNSSEC presso il tuo fornitore DNS</translation>
    </message>
    <message>
        <source>DANE on some MX hosts only</source>
        <translation>DANE solo su alcuni host MX</translation>
    </message>
    <message>
        <source>DANE: every MX host has DNSSEC-secure TLSA records</source>
        <translation>DANE: ogni host MX ha record TLSA sicuri con DNSSEC</translation>
    </message>
    <message>
        <source>The DNS gave no answer for the DKIM keys of %1: none could be checked</source>
        <translation>Il DNS non ha risposto per le chiavi DKIM di %1: non è stato possibile controllarne nessuna</translation>
    </message>
    <message>
        <source>%1. A ADDRESS (the mail server&apos;s IPv4 address)</source>
        <translation>%1. A INDIRIZZO (l&apos;indirizzo IPv4 del server di posta)</translation>
    </message>
    <message>
        <source>%1
The id is 1 to 32 letters and digits, changed whenever the policy changes.</source>
        <translation>%1
L&apos;id è fatto di 1-32 lettere e cifre, e cambia ogni volta che cambia la policy.</translation>
    </message>
    <message>
        <source>MTA-STS record published; its policy was not fetched</source>
        <translation>Record MTA-STS pubblicato; la sua policy non è stata scaricata</translation>
    </message>
    <message>
        <source>The DNS gave no answer for %1: the MTA-STS policy was not fetched</source>
        <translation>Il DNS non ha risposto per %1: la policy MTA-STS non è stata scaricata</translation>
    </message>
    <message>
        <source>%1 publishes an MTA-STS record (id=%2), but %3 has no address</source>
        <translation>%1 pubblica un record MTA-STS (id=%2), ma %3 non ha indirizzo</translation>
    </message>
    <message>
        <source>Senders fetch the policy from https://%1/.well-known/mta-sts.txt; without it the record is ignored, and a sender that cached an earlier policy may refuse to deliver.</source>
        <translation>I mittenti scaricano la policy da https://%1/.well-known/mta-sts.txt; senza di essa il record viene ignorato, e un mittente che ha in memoria una policy precedente può rifiutarsi di consegnare.</translation>
    </message>
    <message>
        <source>%1 A ADDRESS (a web server with a certificate for %1)</source>
        <translation>%1 A INDIRIZZO (un server web con un certificato per %1)</translation>
    </message>
    <message>
        <source>Serve this as text/plain at %1 (HTTPS, a certificate valid for mta-sts.%2, no redirect):
%3</source>
        <translation>Pubblica questo come text/plain a %1 (HTTPS, un certificato valido per mta-sts.%2, nessun redirect):
%3</translation>
    </message>
    <message>
        <source>The MTA-STS policy host&apos;s certificate is not valid</source>
        <translation>Il certificato del server della policy MTA-STS non è valido</translation>
    </message>
    <message>
        <source>Install a certificate for mta-sts.%1 from a public CA (e.g. Let&apos;s Encrypt) on the web server at %2</source>
        <translation>Installa un certificato per mta-sts.%1 di una CA pubblica (per esempio Let&apos;s Encrypt) sul server web di %2</translation>
    </message>
    <message>
        <source>The MTA-STS policy could not be fetched (id=%1)</source>
        <translation>Impossibile scaricare la policy MTA-STS (id=%1)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, a redirect: senders do not follow it (RFC 8461 §3.3)</source>
        <translation>%1 ha risposto HTTP %2, un redirect: i mittenti non lo seguono (RFC 8461 §3.3)</translation>
    </message>
    <message>
        <source>The policy must be at exactly this address.</source>
        <translation>La policy deve trovarsi esattamente a questo indirizzo.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, not the policy</source>
        <translation>%1 ha risposto HTTP %2, non con la policy</translation>
    </message>
    <message>
        <source>The record id=%1 promises a policy there.</source>
        <translation>Il record id=%1 promette una policy a quell&apos;indirizzo.</translation>
    </message>
    <message>
        <source>The MTA-STS policy is served as &quot;%1&quot;, not text/plain: senders ignore it</source>
        <translation>La policy MTA-STS è servita come &quot;%1&quot;, non text/plain: i mittenti la ignorano</translation>
    </message>
    <message>
        <source>Make the web server send Content-Type: text/plain for %1</source>
        <translation>Fai inviare al server web Content-Type: text/plain per %1</translation>
    </message>
    <message>
        <source>The MTA-STS policy at %1 is not valid: %2</source>
        <translation>La policy MTA-STS a %1 non è valida: %2</translation>
    </message>
    <message>
        <source>Policy: mode %1, max_age %2 seconds, mx %3</source>
        <translation>Policy: mode %1, max_age %2 secondi, mx %3</translation>
    </message>
    <message>
        <source>MTA-STS is switched off (mode: none, id=%1)</source>
        <translation>MTA-STS è disattivato (mode: none, id=%1)</translation>
    </message>
    <message>
        <source>The MTA-STS policy does not name the MX host %1: senders that honour it cannot deliver there</source>
        <translation>La policy MTA-STS non nomina l&apos;host MX %1: i mittenti che la rispettano non possono consegnare lì</translation>
    </message>
    <message>
        <source>MTA-STS in testing mode (id=%1): senders report TLS failures but still deliver</source>
        <translation>MTA-STS in modalità testing (id=%1): i mittenti segnalano gli errori TLS ma consegnano comunque</translation>
    </message>
    <message>
        <source>Once the TLS-RPT reports show no failures, change &quot;mode: testing&quot; to &quot;mode: enforce&quot; in the policy and give the TXT record a new id</source>
        <translation>Quando i rapporti TLS-RPT non mostrano errori, cambia &quot;mode: testing&quot; in &quot;mode: enforce&quot; nella policy e dai al record TXT un nuovo id</translation>
    </message>
    <message>
        <source>MTA-STS enforced, but max_age is only %1 seconds (id=%2)</source>
        <translation>MTA-STS in enforce, ma max_age è di soli %1 secondi (id=%2)</translation>
    </message>
    <message>
        <source>max_age: 604800 (a week) or more, so that senders keep the policy between visits</source>
        <translation>max_age: 604800 (una settimana) o più, così che i mittenti conservino la policy tra una visita e l&apos;altra</translation>
    </message>
    <message>
        <source>MTA-STS enforced (id=%1): every MX host is in the policy</source>
        <translation>MTA-STS in enforce (id=%1): ogni host MX è nella policy</translation>
    </message>
    <message>
        <source>Not tested: the MX hosts were not known in time</source>
        <translation>Non verificato: gli host MX non erano noti in tempo</translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms</source>
        <translation>%1: nessuna risposta entro %2 ms</translation>
    </message>
    <message>
        <source>The server answered too slowly for this check; try again, or with a longer --timeout.</source>
        <translation>Il server ha risposto troppo lentamente per questa verifica; riprova, oppure con un --timeout più lungo.</translation>
    </message>
    <message>
        <source>No MX host to test on port 25</source>
        <translation>Nessun host MX da verificare sulla porta 25</translation>
    </message>
    <message>
        <source>The MX hosts were not tested: no connections in this run</source>
        <translation>Gli host MX non sono stati verificati: nessuna connessione in questa esecuzione</translation>
    </message>
    <message>
        <source>%1 has no address: it cannot be reached</source>
        <translation>%1 non ha indirizzo: non è raggiungibile</translation>
    </message>
    <message>
        <source>%1: not tested</source>
        <translation>%1: non verificato</translation>
    </message>
    <message>
        <source>%1 answers on port 25</source>
        <translation>%1 risponde sulla porta 25</translation>
    </message>
    <message>
        <source>%1, %2; certificate %3, issued by %4, valid until %5</source>
        <translation>%1, %2; certificato %3, emesso da %4, valido fino al %5</translation>
    </message>
    <message>
        <source>%1 offers STARTTLS, but only %2, which receivers and senders are dropping</source>
        <translation>%1 offre STARTTLS, ma solo %2, che destinatari e mittenti stanno abbandonando</translation>
    </message>
    <message>
        <source>Allow TLS 1.2 and 1.3 on %1 (Postfix: smtpd_tls_protocols = &gt;=TLSv1.2)</source>
        <translation>Abilita TLS 1.2 e 1.3 su %1 (Postfix: smtpd_tls_protocols = &gt;=TLSv1.2)</translation>
    </message>
    <message>
        <source>%1 offers STARTTLS (%2) with a certificate valid for it</source>
        <translation>%1 offre STARTTLS (%2) con un certificato valido per il suo nome</translation>
    </message>
    <message>
        <source>%1: not tested, port 25 did not answer</source>
        <translation>%1: non verificato, la porta 25 non ha risposto</translation>
    </message>
    <message>
        <source>%1 refused the connection on port 25: no mail server listens there</source>
        <translation>%1 ha rifiutato la connessione sulla porta 25: nessun server di posta è in ascolto</translation>
    </message>
    <message>
        <source>Start the mail server on %1, or open port 25 in its firewall</source>
        <translation>Avvia il server di posta su %1, oppure apri la porta 25 nel suo firewall</translation>
    </message>
    <message>
        <source>%1 offers no STARTTLS: mail to it travels in clear</source>
        <translation>%1 non offre STARTTLS: la posta verso di lui viaggia in chiaro</translation>
    </message>
    <message>
        <source>Enable STARTTLS on %1 with a certificate for that name (Postfix: smtpd_tls_security_level = may, smtpd_tls_chain_files = KEY, CERTIFICATE)</source>
        <translation>Abilita STARTTLS su %1 con un certificato per quel nome (Postfix: smtpd_tls_security_level = may, smtpd_tls_chain_files = CHIAVE, CERTIFICATO)</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, names: %3</source>
        <translation>Certificato: %1, emesso da %2, nomi: %3</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid for it: senders that check (MTA-STS, DANE) will not deliver</source>
        <translation>Il certificato di %1 non è valido per quel nome: i mittenti che lo verificano (MTA-STS, DANE) non consegneranno</translation>
    </message>
    <message>
        <source>Install a certificate for %1 from a public CA (e.g. Let&apos;s Encrypt), with %1 among its names</source>
        <translation>Installa un certificato per %1 di una CA pubblica (per esempio Let&apos;s Encrypt), con %1 tra i suoi nomi</translation>
    </message>
    <message>
        <source>STARTTLS with %1 failed</source>
        <translation>STARTTLS con %1 non è riuscito</translation>
    </message>
    <message>
        <source>Check the TLS settings of the mail server on %1 (its certificate, key and protocols)</source>
        <translation>Controlla le impostazioni TLS del server di posta su %1 (certificato, chiave e protocolli)</translation>
    </message>
    <message>
        <source>%1 accepted the connection on port 25 but did not answer in time</source>
        <translation>%1 ha accettato la connessione sulla porta 25 ma non ha risposto in tempo</translation>
    </message>
    <message>
        <source>%1 answered on port 25, but the session failed</source>
        <translation>%1 ha risposto sulla porta 25, ma la sessione non è riuscita</translation>
    </message>
    <message>
        <source>%1: the relay test could not be run</source>
        <translation>%1: impossibile eseguire la verifica di relay</translation>
    </message>
    <message>
        <source>%1 did not answer on port 25 while %2 did: your network blocks outbound port 25</source>
        <translation>%1 non ha risposto sulla porta 25 mentre %2 sì: la tua rete blocca la porta 25 in uscita</translation>
    </message>
    <message>
        <source>Home ISPs and cloud providers (AWS, Google Cloud, Azure, Hetzner and others) block outbound port 25 against spam. From here the MX cannot be tested, and a mail server here cannot deliver directly.
%1</source>
        <translation>I provider domestici e cloud (AWS, Google Cloud, Azure, Hetzner e altri) bloccano la porta 25 in uscita contro lo spam. Da qui l&apos;MX non si può verificare, e un server di posta qui non può consegnare direttamente.
%1</translation>
    </message>
    <message>
        <source>Run this test from a network that allows port 25, or ask your provider to unblock it; a server here must send through a relay (a smarthost on port 587)</source>
        <translation>Esegui la verifica da una rete che consente la porta 25, oppure chiedi al provider di sbloccarla; un server qui deve inviare tramite un relay (uno smarthost sulla porta 587)</translation>
    </message>
    <message>
        <source>%1 did not answer on port 25 (nor did %2)</source>
        <translation>%1 non ha risposto sulla porta 25 (e nemmeno %2)</translation>
    </message>
    <message>
        <source>Either the mail server is down or a firewall drops port 25, or this machine cannot reach the internet.
%1</source>
        <translation>O il server di posta è spento o un firewall scarta la porta 25, oppure questa macchina non raggiunge internet.
%1</translation>
    </message>
    <message>
        <source>Check that the mail server on %1 runs and that its firewall lets port 25 in</source>
        <translation>Controlla che il server di posta su %1 sia attivo e che il suo firewall lasci entrare la porta 25</translation>
    </message>
    <message>
        <source>%1: the relay test could not be finished</source>
        <translation>%1: impossibile completare la verifica di relay</translation>
    </message>
    <message>
        <source>MAIL FROM:&lt;%1&gt;, RCPT TO:&lt;%2&gt;, then RSET; nothing was sent (no DATA).</source>
        <translation>MAIL FROM:&lt;%1&gt;, RCPT TO:&lt;%2&gt;, poi RSET; non è stato inviato nulla (nessun DATA).</translation>
    </message>
    <message>
        <source>%1 is an open relay: it accepted mail from %2 to %3</source>
        <translation>%1 è un open relay: ha accettato posta da %2 a %3</translation>
    </message>
    <message>
        <source>Spammers find open relays within hours; blocklists then list the server and its mail is refused everywhere.</source>
        <translation>Gli spammer trovano gli open relay in poche ore; le blocklist poi elencano il server e la sua posta viene rifiutata ovunque.</translation>
    </message>
    <message>
        <source>Relay only for authenticated users and your own domains (Postfix: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination)</source>
        <translation>Fai relay solo per utenti autenticati e per i tuoi domini (Postfix: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination)</translation>
    </message>
    <message>
        <source>%1 refuses to relay (%2)</source>
        <translation>%1 rifiuta il relay (%2)</translation>
    </message>
    <message>
        <source>%1 deferred the foreign recipient (%2): not proven closed</source>
        <translation>%1 ha rimandato il destinatario esterno (%2): non è provato che sia chiuso</translation>
    </message>
    <message>
        <source>A temporary refusal (greylisting, a busy server) says nothing about relaying; try again later.</source>
        <translation>Un rifiuto temporaneo (greylisting, un server occupato) non dice nulla sul relay; riprova più tardi.</translation>
    </message>
    <message>
        <source>%1 refused the foreign sender (%2): it does not relay for it</source>
        <translation>%1 ha rifiutato il mittente esterno (%2): non fa relay per lui</translation>
    </message>
    <message>
        <source>%1: the relay test gave no verdict</source>
        <translation>%1: la verifica di relay non ha dato un verdetto</translation>
    </message>
    <message>
        <source>%1 could not be greeted for its EHLO name: %2</source>
        <translation>Impossibile salutare %1 per leggerne il nome EHLO: %2</translation>
    </message>
    <message>
        <source>%1 gave no name in its greeting or EHLO reply</source>
        <translation>%1 non ha dato alcun nome nel saluto o nella risposta a EHLO</translation>
    </message>
    <message>
        <source>%1 calls itself %2 in EHLO, as its reverse name says</source>
        <translation>%1 si presenta come %2 in EHLO, come dice il suo nome inverso</translation>
    </message>
    <message>
        <source>%1 calls itself %2 in EHLO, but its reverse name is %3</source>
        <translation>%1 si presenta come %2 in EHLO, ma il suo nome inverso è %3</translation>
    </message>
    <message>
        <source>Make the server at %1 say EHLO %2 (Postfix: myhostname = %2), or set the PTR of %1 to %3 (and %3 A %1)</source>
        <translation>Fai dire EHLO %2 al server a %1 (Postfix: myhostname = %2), oppure imposta il PTR di %1 a %3 (e %3 A %1)</translation>
    </message>
    <message>
        <source>The EHLO name %1 of %2 is not its reverse name %3</source>
        <translation>Il nome EHLO %1 di %2 non è il suo nome inverso %3</translation>
    </message>
</context>
<context>
    <name>Postino::DomainCheckCard</name>
    <message>
        <source>To fix it, publish or change this:</source>
        <translation>Per correggere, pubblica o cambia questo:</translation>
    </message>
    <message>
        <source>Fix for %1</source>
        <translation>Correzione per %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Copy the fix for %1</source>
        <translation>Copia la correzione per %1</translation>
    </message>
    <message>
        <source>Copy the fix, to paste it into your DNS panel</source>
        <translation>Copia la correzione, da incollare nel pannello DNS</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Postino::DomainCheckText</name>
    <message>
        <source>Mail servers (MX)</source>
        <translation>Server di posta (MX)</translation>
    </message>
    <message>
        <source>What is an MX record?</source>
        <translation>Che cos&apos;è un record MX?</translation>
    </message>
    <message>
        <source>The MX records say which servers receive mail for your domain. Without them, replies to you cannot be delivered, and many receivers distrust mail from a domain that cannot receive any.</source>
        <translation>I record MX dicono quali server ricevono la posta per il tuo dominio. Senza, le risposte non ti possono essere consegnate, e molti destinatari diffidano della posta di un dominio che non può riceverne.</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>What is SPF?</source>
        <translation>Che cos&apos;è SPF?</translation>
    </message>
    <message>
        <source>SPF is a list, published in your domain&apos;s DNS, of the servers allowed to send mail for it. A receiver compares the server a message comes from with that list: a server not on it looks like someone pretending to be you.</source>
        <translation>SPF è un elenco, pubblicato nel DNS del tuo dominio, dei server autorizzati a inviare posta a suo nome. Chi riceve confronta il server da cui arriva il messaggio con quell&apos;elenco: un server che non c&apos;è sembra qualcuno che si spaccia per te.</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>What is DKIM?</source>
        <translation>Che cos&apos;è DKIM?</translation>
    </message>
    <message>
        <source>DKIM is a signature your mail server adds to every message, like a seal. The key to check it is published in your DNS under a name called the selector; a receiver that finds the seal intact knows the message really comes from your domain and was not changed on the way.</source>
        <translation>DKIM è una firma che il tuo server di posta aggiunge a ogni messaggio, come un sigillo. La chiave per verificarla è pubblicata nel tuo DNS sotto un nome detto selettore; chi riceve e trova il sigillo intatto sa che il messaggio viene davvero dal tuo dominio e non è stato modificato lungo la strada.</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>What is DMARC?</source>
        <translation>Che cos&apos;è DMARC?</translation>
    </message>
    <message>
        <source>DMARC tells receivers what to do with mail that claims to be from your domain but passes neither SPF nor DKIM: deliver it anyway (none), put it in spam (quarantine) or refuse it (reject). It can also ask them to send you reports. Gmail, Yahoo and Outlook.com expect every sender to have one.</source>
        <translation>DMARC dice a chi riceve cosa fare della posta che dichiara di venire dal tuo dominio ma non supera né SPF né DKIM: consegnarla comunque (none), metterla nello spam (quarantine) o rifiutarla (reject). Può anche chiedere di mandarti dei rapporti. Gmail, Yahoo e Outlook.com si aspettano che ogni mittente ne abbia uno.</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Allineamento</translation>
    </message>
    <message>
        <source>What is alignment?</source>
        <translation>Che cos&apos;è l&apos;allineamento?</translation>
    </message>
    <message>
        <source>Passing SPF or DKIM is not enough: the domain that passes must be the domain in the From line people see. This check asks whether mail with your From address, sent through your server, would pass DMARC. The usual traps: sending as @gmail.com through another provider, or a hosting domain whose SPF does not include the provider.</source>
        <translation>Superare SPF o DKIM non basta: il dominio che li supera deve essere quello del mittente (From) che le persone vedono. Questo controllo verifica se la posta con il tuo indirizzo come mittente, inviata attraverso il tuo server, supererebbe DMARC. Le trappole più comuni: inviare come @gmail.com attraverso un altro provider, o un dominio in hosting il cui SPF non include il provider.</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>DNS inverso</translation>
    </message>
    <message>
        <source>What is reverse DNS?</source>
        <translation>Che cos&apos;è il DNS inverso?</translation>
    </message>
    <message>
        <source>Reverse DNS turns a server&apos;s address back into a name. Receivers expect a sending server&apos;s address to have a name that points back to the same address; servers without one look like home computers and their mail is often refused.</source>
        <translation>Il DNS inverso ritrasforma l&apos;indirizzo di un server in un nome. Chi riceve si aspetta che l&apos;indirizzo di un server che invia abbia un nome che rimandi allo stesso indirizzo; i server senza sembrano computer di casa e la loro posta viene spesso rifiutata.</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Liste di blocco</translation>
    </message>
    <message>
        <source>What is a blocklist?</source>
        <translation>Che cos&apos;è una lista di blocco?</translation>
    </message>
    <message>
        <source>Blocklists (such as Spamhaus) list addresses that sent spam or that belong to home connections. Many receivers refuse mail from a listed server. This check asks the lists about your sending servers&apos; addresses.</source>
        <translation>Le liste di blocco (come Spamhaus) elencano gli indirizzi che hanno inviato spam o che appartengono a connessioni domestiche. Molti destinatari rifiutano la posta di un server in lista. Questo controllo interroga le liste sugli indirizzi dei tuoi server di invio.</translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <source>What is MTA-STS?</source>
        <translation>Che cos&apos;è MTA-STS?</translation>
    </message>
    <message>
        <source>MTA-STS lets your domain say that mail to it must always travel encrypted, to servers with a valid certificate. It is optional, but it protects mail sent to you from being read or redirected on the way.</source>
        <translation>MTA-STS permette al tuo dominio di dichiarare che la posta diretta a lui deve viaggiare sempre cifrata, verso server con un certificato valido. È facoltativo, ma impedisce che la posta inviata a te venga letta o dirottata lungo la strada.</translation>
    </message>
    <message>
        <source>TLS reports</source>
        <translation>Rapporti TLS</translation>
    </message>
    <message>
        <source>What are TLS reports?</source>
        <translation>Che cosa sono i rapporti TLS?</translation>
    </message>
    <message>
        <source>With a TLS-RPT record, other mail servers send you a daily report when they could not deliver to you over an encrypted connection. It is optional and only tells you about problems.</source>
        <translation>Con un record TLS-RPT, gli altri server di posta ti mandano un rapporto giornaliero quando non sono riusciti a consegnarti la posta su una connessione cifrata. È facoltativo e ti informa soltanto dei problemi.</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>What is DANE?</source>
        <translation>Che cos&apos;è DANE?</translation>
    </message>
    <message>
        <source>DANE publishes your mail server&apos;s certificate in the DNS, protected by DNSSEC signatures, so that senders can check it without trusting a certificate authority. It only counts when your DNS is signed; it is optional.</source>
        <translation>DANE pubblica il certificato del tuo server di posta nel DNS, protetto dalle firme DNSSEC, così chi invia può verificarlo senza fidarsi di un&apos;autorità di certificazione. Conta solo se il tuo DNS è firmato; è facoltativo.</translation>
    </message>
    <message>
        <source>Port 25</source>
        <translation>Porta 25</translation>
    </message>
    <message>
        <source>What is port 25?</source>
        <translation>Che cos&apos;è la porta 25?</translation>
    </message>
    <message>
        <source>Mail servers hand mail to each other on port 25. This check tries to reach your mail server there from this computer. Many home connections and cloud providers block outgoing port 25, which looks like a timeout here even when the server is fine.</source>
        <translation>I server di posta si passano la posta sulla porta 25. Questo controllo prova a raggiungere lì il tuo server di posta da questo computer. Molte connessioni domestiche e molti provider cloud bloccano la porta 25 in uscita, e qui sembra un tempo scaduto anche quando il server funziona.</translation>
    </message>
    <message>
        <source>Encryption (STARTTLS)</source>
        <translation>Cifratura (STARTTLS)</translation>
    </message>
    <message>
        <source>What is STARTTLS?</source>
        <translation>Che cos&apos;è STARTTLS?</translation>
    </message>
    <message>
        <source>STARTTLS lets a sending server switch the connection to encryption. Your mail server should offer it, with a certificate valid for its name, so that mail to you cannot be read on the way.</source>
        <translation>STARTTLS permette a un server che invia di passare la connessione alla cifratura. Il tuo server di posta dovrebbe offrirlo, con un certificato valido per il suo nome, così la posta diretta a te non può essere letta lungo la strada.</translation>
    </message>
    <message>
        <source>Open relay</source>
        <translation>Open relay</translation>
    </message>
    <message>
        <source>What is an open relay?</source>
        <translation>Che cos&apos;è un open relay?</translation>
    </message>
    <message>
        <source>An open relay is a server that forwards mail from anyone to anyone. Spammers find such servers within hours, and they end up on every blocklist. Your server must refuse mail between two domains that are not its own.</source>
        <translation>Un open relay è un server che inoltra posta da chiunque a chiunque. Gli spammer trovano questi server in poche ore, e finiscono in tutte le liste di blocco. Il tuo server deve rifiutare la posta tra due domini che non sono i suoi.</translation>
    </message>
    <message>
        <source>What does this check mean?</source>
        <translation>Che cosa significa questo controllo?</translation>
    </message>
    <message>
        <source>This is one of the checks of what your domain publishes for mail (%1). Its summary and details above say what was found; where something needs doing, the fix says what to publish or change.</source>
        <translation>È uno dei controlli di ciò che il tuo dominio pubblica per la posta (%1). Il riepilogo e i dettagli qui sopra dicono che cosa è stato trovato; dove c&apos;è qualcosa da fare, la correzione dice che cosa pubblicare o cambiare.</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Superato</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Non superato</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Informazione</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controllo in corso…</translation>
    </message>
</context>
<context>
    <name>Postino::DomainHealthPage</name>
    <message>
        <source>Domain Health</source>
        <translation>Salute del dominio</translation>
    </message>
    <message>
        <source>Will mail from your address be trusted? Gmail, Yahoo and Outlook.com refuse or file as spam mail whose domain does not vouch for the server that sent it. Postino reads what your domain publishes in the DNS and says exactly what to add or change.</source>
        <translation>La posta dal tuo indirizzo sarà considerata affidabile? Gmail, Yahoo e Outlook.com rifiutano o mettono nello spam la posta il cui dominio non garantisce per il server che l&apos;ha inviata. Postino legge ciò che il tuo dominio pubblica nel DNS e dice esattamente che cosa aggiungere o cambiare.</translation>
    </message>
    <message>
        <source>Domain or address</source>
        <translation>Dominio o indirizzo</translation>
    </message>
    <message>
        <source>example.com or you@example.com</source>
        <translation>esempio.it oppure tu@esempio.it</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>Selettore DKIM</translation>
    </message>
    <message>
        <source>Optional: the usual ones are tried</source>
        <translation>Facoltativo: si provano quelli più comuni</translation>
    </message>
    <message>
        <source>Sending server</source>
        <translation>Server di invio</translation>
    </message>
    <message>
        <source>Optional: e.g. smtp.example.com or its address</source>
        <translation>Facoltativo: per esempio smtp.esempio.it o il suo indirizzo</translation>
    </message>
    <message>
        <source>&amp;Domain or address:</source>
        <translation>&amp;Dominio o indirizzo:</translation>
    </message>
    <message>
        <source>DKIM &amp;selector:</source>
        <translation>&amp;Selettore DKIM:</translation>
    </message>
    <message>
        <source>Sending se&amp;rver:</source>
        <translation>Se&amp;rver di invio:</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>C&amp;ontrolla</translation>
    </message>
    <message>
        <source>R&amp;e-check</source>
        <translation>Contro&amp;lla di nuovo</translation>
    </message>
    <message>
        <source>Check the same domain again, e.g. after changing its DNS records</source>
        <translation>Controlla di nuovo lo stesso dominio, per esempio dopo averne cambiato i record DNS</translation>
    </message>
    <message>
        <source>Type your domain or address and choose Check. Nothing is sent: Postino only reads public DNS records.</source>
        <translation>Scrivi il tuo dominio o indirizzo e scegli Controlla. Non viene inviato nulla: Postino legge soltanto record DNS pubblici.</translation>
    </message>
    <message>
        <source>Type a domain (example.com) or an address (you@example.com) first.</source>
        <translation>Scrivi prima un dominio (esempio.it) o un indirizzo (tu@esempio.it).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name or an address: type e.g. example.com or you@example.com.</source>
        <translation>«%1» non è un nome di dominio né un indirizzo: scrivi per esempio esempio.it o tu@esempio.it.</translation>
    </message>
    <message>
        <source>Postino has no DNS resolver here, so it cannot look anything up.</source>
        <translation>Qui Postino non ha un resolver DNS, quindi non può cercare nulla.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Controllo di %1 in corso…</translation>
    </message>
    <message>
        <source>The fix for %1 is on the clipboard: paste it into your domain&apos;s DNS panel (or the setting it names), then choose Re-check.</source>
        <translation>La correzione per %1 è negli appunti: incollala nel pannello DNS del tuo dominio (o nell&apos;impostazione che nomina), poi scegli Controlla di nuovo.</translation>
    </message>
    <message>
        <source>Checking %1… %2 of %3 done.</source>
        <translation>Controllo di %1 in corso… %2 di %3 fatti.</translation>
    </message>
    <message>
        <source>Checked in %1 s.</source>
        <translation>Controllato in %1 s.</translation>
    </message>
    <message>
        <source>The DNS did not answer every look-up for %1, so this verdict is not complete: choose Re-check in a moment.</source>
        <translation>Il DNS non ha risposto a tutte le ricerche per %1, quindi questo verdetto non è completo: scegli Controlla di nuovo tra poco.</translation>
    </message>
    <message numerus="yes">
        <source>Mail from %1 may not be trusted: %n check(s) failed.</source>
        <translation>
            <numerusform>La posta da %1 potrebbe non essere considerata affidabile: %n controllo non superato.</numerusform>
            <numerusform>La posta da %1 potrebbe non essere considerata affidabile: %n controlli non superati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mail from %1 should be trusted, with %n warning(s).</source>
        <translation>
            <numerusform>La posta da %1 dovrebbe essere considerata affidabile, con %n avviso.</numerusform>
            <numerusform>La posta da %1 dovrebbe essere considerata affidabile, con %n avvisi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail from %1 should be trusted: nothing failed.</source>
        <translation>La posta da %1 dovrebbe essere considerata affidabile: nessun controllo è fallito.</translation>
    </message>
</context>
<context>
    <name>Postino::DraftStore</name>
    <message>
        <source>Could not save the draft: “%1” is not a valid draft name.</source>
        <translation>Impossibile salvare la bozza: “%1” non è un nome di bozza valido.</translation>
    </message>
    <message>
        <source>Could not save the draft: the folder %1 could not be created. Check its permissions.</source>
        <translation>Impossibile salvare la bozza: non è stato possibile creare la cartella %1. Controllane i permessi.</translation>
    </message>
    <message>
        <source>Could not save the draft to %1: %2. Check that the disk is not full; your text is still in the window.</source>
        <translation>Impossibile salvare la bozza in %1: %2. Controlla che il disco non sia pieno; il testo è ancora nella finestra.</translation>
    </message>
    <message>
        <source>There is no draft named “%1”.</source>
        <translation>Non esiste alcuna bozza di nome “%1”.</translation>
    </message>
    <message>
        <source>Could not open the draft %1: %2.</source>
        <translation>Impossibile aprire la bozza %1: %2.</translation>
    </message>
    <message>
        <source>The draft %1 is too large to be a draft; it was not opened.</source>
        <translation>La bozza %1 è troppo grande per essere una bozza; non è stata aperta.</translation>
    </message>
    <message>
        <source>The draft %1 is damaged and could not be read (%2). Its file was left in place.</source>
        <translation>La bozza %1 è danneggiata e non può essere letta (%2). Il suo file è stato lasciato dov&apos;era.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>The draft %1 could not be read: %2</source>
        <translation>Non è stato possibile leggere la bozza %1: %2</translation>
    </message>
    <message>
        <source>Could not delete the draft %1. Check the folder&apos;s permissions.</source>
        <translation>Impossibile eliminare la bozza %1. Controlla i permessi della cartella.</translation>
    </message>
</context>
<context>
    <name>Postino::Error</name>
    <message>
        <source>The address &quot;%1&quot; contains a character that cannot be sent (a space, a control character or an angle bracket). Correct the address.</source>
        <translation>L&apos;indirizzo &quot;%1&quot; contiene un carattere che non può essere inviato (uno spazio, un carattere di controllo o una parentesi angolare). Correggi l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: it needs a name, an @ and a domain, like mario.rossi@example.it.</source>
        <translation>&quot;%1&quot; non è un indirizzo e-mail: servono un nome, una @ e un dominio, come mario.rossi@example.it.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has non-ASCII characters before the @, which needs a server that offers SMTPUTF8; this server does not. Use an ASCII address for this recipient.</source>
        <translation>L&apos;indirizzo &quot;%1&quot; ha caratteri non ASCII prima della @, che richiedono un server che offra SMTPUTF8; questo server non lo offre. Usa un indirizzo ASCII per questo destinatario.</translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; is not a valid internationalised domain name.</source>
        <translation>Il dominio di &quot;%1&quot; non è un nome di dominio internazionalizzato valido.</translation>
    </message>
</context>
<context>
    <name>Postino::HeaderEncoding</name>
    <message>
        <source>A header has no name. Write custom headers as &quot;Name: value&quot;, for example &quot;X-Priority: 1&quot;.</source>
        <translation>Un&apos;intestazione non ha nome. Scrivi le intestazioni personalizzate come &quot;Nome: valore&quot;, ad esempio &quot;X-Priority: 1&quot;.</translation>
    </message>
    <message>
        <source>The header name &quot;%1...&quot; is longer than %2 characters. Use a shorter name.</source>
        <translation>Il nome dell&apos;intestazione &quot;%1...&quot; supera i %2 caratteri. Usa un nome più corto.</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; contains %2, which a header name cannot have. Use only printable ASCII letters, digits and punctuation other than the colon, for example &quot;X-Project-Id&quot;.</source>
        <translation>Il nome dell&apos;intestazione &quot;%1&quot; contiene %2, che il nome di un&apos;intestazione non può avere. Usa solo lettere ASCII stampabili, cifre e segni di punteggiatura diversi dai due punti, ad esempio &quot;X-Project-Id&quot;.</translation>
    </message>
    <message>
        <source>The value of the header &quot;%1&quot; contains %2 at position %3. A header value must be a single line without control characters; remove it (a line break here could add headers nobody asked for).</source>
        <translation>Il valore dell&apos;intestazione &quot;%1&quot; contiene %2 alla posizione %3. Il valore di un&apos;intestazione deve essere una sola riga senza caratteri di controllo; rimuovilo (un a capo qui potrebbe aggiungere intestazioni che nessuno ha chiesto).</translation>
    </message>
    <message>
        <source>a line break (CR)</source>
        <translation>un a capo (CR)</translation>
    </message>
    <message>
        <source>a line break (LF)</source>
        <translation>un a capo (LF)</translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation>un carattere NUL</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>una tabulazione</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>uno spazio</translation>
    </message>
    <message>
        <source>a colon</source>
        <translation>i due punti</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos;</source>
        <translation>il carattere &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the character U+%1</source>
        <translation>il carattere U+%1</translation>
    </message>
</context>
<context>
    <name>Postino::HttpsMtaStsFetcher</name>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 non ha risposto entro %2 secondi.</translation>
    </message>
    <message>
        <source>%1 sent more than %2 bytes; an MTA-STS policy is at most 64 KiB (RFC 8461 §3.3).</source>
        <translation>%1 ha inviato più di %2 byte; una policy MTA-STS è al massimo di 64 KiB (RFC 8461 §3.3).</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid for it: %2</source>
        <translation>Il certificato di %1 non è valido per quel nome: %2</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>Impossibile scaricare %1: %2</translation>
    </message>
</context>
<context>
    <name>Postino::IspdbParser</name>
    <message>
        <source>an outgoing server has no &lt;hostname&gt;</source>
        <translation>un server in uscita non ha &lt;hostname&gt;</translation>
    </message>
    <message>
        <source>the outgoing server %1 has no valid &lt;port&gt; (1-65535)</source>
        <translation>il server in uscita %1 non ha una &lt;port&gt; valida (1-65535)</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>la porta &quot;%1&quot; non è un numero da 1 a 65535</translation>
    </message>
    <message>
        <source>the socketType &quot;%1&quot; is none of SSL, STARTTLS, plain</source>
        <translation>il socketType &quot;%1&quot; non è né SSL, né STARTTLS, né plain</translation>
    </message>
    <message>
        <source>the authentication &quot;%1&quot; is not an ISPDB authentication method</source>
        <translation>l&apos;autenticazione &quot;%1&quot; non è un metodo di autenticazione ISPDB</translation>
    </message>
    <message>
        <source>the provider kind &quot;%1&quot; is none of mailbox, hosting, pec, bridge</source>
        <translation>il tipo di provider &quot;%1&quot; non è né mailbox, né hosting, né pec, né bridge</translation>
    </message>
    <message>
        <source>it is not well-formed XML (line %1: %2)</source>
        <translation>non è XML ben formato (riga %1: %2)</translation>
    </message>
    <message>
        <source>it has no &lt;emailProvider&gt; element</source>
        <translation>non ha un elemento &lt;emailProvider&gt;</translation>
    </message>
    <message>
        <source>it names no outgoing SMTP server</source>
        <translation>non indica alcun server della posta in uscita (SMTP)</translation>
    </message>
    <message>
        <source>The mail configuration %1 could not be read: %2.</source>
        <translation>Non è stato possibile leggere la configurazione di posta %1: %2.</translation>
    </message>
    <message>
        <source>the sending limit %1=&quot;%2&quot; is not a whole number of 0 or more</source>
        <translation>il limite di invio %1=&quot;%2&quot; non è un numero intero pari o superiore a 0</translation>
    </message>
    <message>
        <source>the sending limits&apos; addresses &quot;%1&quot; are none of any, own, other</source>
        <translation>gli indirizzi dei limiti di invio &quot;%1&quot; non sono né any, né own, né other</translation>
    </message>
    <message>
        <source>the app password address &quot;%1&quot; is not an https:// URL</source>
        <translation>l&apos;indirizzo per le password per le app &quot;%1&quot; non è un URL https://</translation>
    </message>
    <message>
        <source>the OAuth2 mechanism &quot;%1&quot; is neither XOAUTH2 nor OAUTHBEARER</source>
        <translation>il meccanismo OAuth2 &quot;%1&quot; non è né XOAUTH2 né OAUTHBEARER</translation>
    </message>
    <message>
        <source>the &lt;oAuth2&gt; element has no &lt;%1&gt;</source>
        <translation>l&apos;elemento &lt;oAuth2&gt; non ha &lt;%1&gt;</translation>
    </message>
    <message>
        <source>the OAuth2 endpoint &quot;%1&quot; is not an https:// URL</source>
        <translation>l&apos;endpoint OAuth2 &quot;%1&quot; non è un URL https://</translation>
    </message>
</context>
<context>
    <name>Postino::KeychainSecretStore</name>
    <message>
        <source>The system keychain refused access to the password of the account %1. Unlock the keychain (or allow Postino) and try again.</source>
        <translation>Il portachiavi di sistema ha negato l&apos;accesso alla password dell&apos;account %1. Sblocca il portachiavi (o autorizza Postino) e riprova.</translation>
    </message>
</context>
<context>
    <name>Postino::MainWindow</name>
    <message>
        <source>Postino</source>
        <translation>Postino</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Posta in uscita</translation>
    </message>
    <message>
        <source>The outbox is empty.

Messages you send wait here until the server has accepted them; if the network or the server is down, Postino tries again by itself.</source>
        <translation>La posta in uscita è vuota.

I messaggi che invii restano qui finché il server non li ha accettati; se la rete o il server non sono disponibili, Postino riprova da solo.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Posta inviata</translation>
    </message>
    <message>
        <source>Nothing sent yet.

Messages the server has accepted are listed here.</source>
        <translation>Non hai ancora inviato nulla.

Qui trovi i messaggi accettati dal server.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Bozze</translation>
    </message>
    <message>
        <source>No drafts.

What you write is saved here as you type, and stays until you send it.</source>
        <translation>Nessuna bozza.

Quello che scrivi viene salvato qui mentre digiti e ci resta finché non lo invii.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvata</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;pri</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Pronto.</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>A&amp;ccount</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Ancora nessun account.</translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation>Aggiungi account…</translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation>Vi&amp;ste</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Viste</translation>
    </message>
    <message>
        <source>Get Started</source>
        <translation>Per iniziare</translation>
    </message>
    <message>
        <source>Test Server</source>
        <translation>Server di prova</translation>
    </message>
    <message>
        <source>Welcome to Postino</source>
        <translation>Ti diamo il benvenuto in Postino</translation>
    </message>
    <message>
        <source>Postino sends your e-mail and makes sure it arrives: it finds the right server for your address, checks that it works, and keeps every message in the outbox until the server has accepted it.</source>
        <translation>Postino invia la tua posta e si assicura che arrivi: trova il server giusto per il tuo indirizzo, verifica che funzioni e tiene ogni messaggio nella posta in uscita finché il server non lo ha accettato.</translation>
    </message>
    <message>
        <source>Add an Account</source>
        <translation>Aggiungi un account</translation>
    </message>
    <message>
        <source>Set up the address you send from. Postino looks up the server settings for you.</source>
        <translation>Configura l&apos;indirizzo da cui invii. Postino cerca per te le impostazioni del server.</translation>
    </message>
    <message>
        <source>Try Postino with the Built-in Test Server</source>
        <translation>Prova Postino con il server di prova integrato</translation>
    </message>
    <message>
        <source>Send messages to a mail server inside Postino and see exactly what would be sent. Nothing leaves this computer.</source>
        <translation>Invia messaggi a un server di posta interno a Postino e guarda esattamente cosa verrebbe inviato. Nulla esce da questo computer.</translation>
    </message>
    <message>
        <source>&amp;New Message</source>
        <translation>&amp;Nuovo messaggio</translation>
    </message>
    <message>
        <source>Write a new message (Ctrl+N)</source>
        <translation>Scrivi un nuovo messaggio (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Aggiungi account…</translation>
    </message>
    <message>
        <source>Try the &amp;Test Server</source>
        <translation>Avvia il server di &amp;prova</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;About Postino</source>
        <translation>&amp;Informazioni su Postino</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>Posta in &amp;uscita</translation>
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation>Posta &amp;inviata</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Bozze</translation>
    </message>
    <message>
        <source>&amp;Test Server</source>
        <translation>Server di &amp;prova</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barra principale</translation>
    </message>
    <message>
        <source>Message to %1 handed to the outbox.</source>
        <translation>Messaggio per %1 messo in coda nella posta in uscita.</translation>
    </message>
    <message>
        <source>Draft Not Opened</source>
        <translation>Bozza non aperta</translation>
    </message>
    <message>
        <source>About Postino</source>
        <translation>Informazioni su Postino</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Postino %1&lt;/h3&gt;&lt;p&gt;Finds, tests and uses the right outgoing mail server, and keeps every message until the server has taken it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Postino %1&lt;/h3&gt;&lt;p&gt;Trova, verifica e usa il server della posta in uscita giusto, e conserva ogni messaggio finché il server non lo ha preso in carico.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(nessun oggetto)</translation>
    </message>
    <message>
        <source>(damaged draft)</source>
        <translation>(bozza danneggiata)</translation>
    </message>
    <message>
        <source>Test server: %1:%2</source>
        <translation>Server di prova: %1:%2</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Come il &amp;sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The language could not be saved in %1. Check that the folder is writable and the disk not full.</source>
        <translation>Non è stato possibile salvare la lingua in %1. Controlla che la cartella sia scrivibile e che il disco non sia pieno.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>No campaign yet.

A campaign sends one personal message to each recipient of a list (a CSV file), at a pace the provider accepts. Choose New Campaign… to make one.</source>
        <translation>Ancora nessuna campagna.

Una campagna invia un messaggio personale a ciascun destinatario di una lista (un file CSV), al ritmo che il fornitore accetta. Scegli Nuova campagna… per crearne una.</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>&amp;Campagne</translation>
    </message>
    <message>
        <source>Postino speaks the new language from its next start. Restart it now? Nothing is lost: drafts are saved and the outbox keeps every message.</source>
        <translation>Postino userà la nuova lingua dal prossimo avvio. Riavviarlo ora? Non si perde nulla: le bozze sono salvate e la posta in uscita conserva ogni messaggio.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Riavvia ora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Più tardi</translation>
    </message>
    <message>
        <source>%1 waiting, %2 failed</source>
        <translation>%1 in attesa, %2 non riusciti</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 non riusciti</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 in attesa</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Posta in uscita (%1)</translation>
    </message>
    <message>
        <source>Postino – %1</source>
        <translation>Postino – %1</translation>
    </message>
    <message>
        <source>Start Postino at &amp;Login</source>
        <translation>Avvia Postino all&apos;&amp;accesso</translation>
    </message>
    <message>
        <source>Start Postino in the tray when you log in, so that waiting messages go out</source>
        <translation>Avvia Postino nell&apos;area di notifica quando accedi, così i messaggi in attesa partono</translation>
    </message>
    <message>
        <source>Postino will start in the tray when you log in.</source>
        <translation>Postino si avvierà nell&apos;area di notifica quando accedi.</translation>
    </message>
    <message>
        <source>Domain Health</source>
        <translation>Salute del dominio</translation>
    </message>
    <message>
        <source>Domain &amp;Health</source>
        <translation>Salute del &amp;dominio</translation>
    </message>
    <message>
        <source>Postino will not start when you log in.</source>
        <translation>Postino non si avvierà quando accedi.</translation>
    </message>
</context>
<context>
    <name>Postino::MessageBuilder</name>
    <message>
        <source>The attachment &quot;%1&quot; does not exist. Check the path, or remove it from the message.</source>
        <translation>L&apos;allegato &quot;%1&quot; non esiste. Controlla il percorso o rimuovilo dal messaggio.</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is a folder, not a file. Attach the files in it one by one, or an archive of it.</source>
        <translation>L&apos;allegato &quot;%1&quot; è una cartella, non un file. Allega uno per uno i file che contiene, oppure un archivio della cartella.</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; cannot be read: %2. Check that you may read it, or remove it from the message.</source>
        <translation>L&apos;allegato &quot;%1&quot; non può essere letto: %2. Controlla di avere il permesso di leggerlo, oppure rimuovilo dal messaggio.</translation>
    </message>
    <message>
        <source>The message could not be written: %1. Check that the disk has free space and try again.</source>
        <translation>Non è stato possibile scrivere il messaggio: %1. Controlla che ci sia spazio libero sul disco e riprova.</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; cannot be read: %2. Check that you may read it, or remove it.</source>
        <translation>L&apos;allegato &quot;%1&quot; non può essere letto: %2. Controlla di avere il permesso di leggerlo, oppure rimuovilo.</translation>
    </message>
    <message>
        <source>Reading the attachment &quot;%1&quot; failed: %2. Check the file and try again.</source>
        <translation>La lettura dell&apos;allegato &quot;%1&quot; non è riuscita: %2. Controlla il file e riprova.</translation>
    </message>
    <message>
        <source>No MIME boundary could be found that does not occur in the text. Try again.</source>
        <translation>Non è stato trovato alcun separatore MIME che non compaia nel testo. Riprova.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; cannot be added as a custom header: Postino writes it itself from the message&apos;s own fields. Set the matching field (from, to, cc, bcc, subject, ...) instead.</source>
        <translation>L&apos;intestazione &quot;%1&quot; non può essere aggiunta come intestazione personalizzata: Postino la scrive da sé in base ai campi del messaggio. Imposta invece il campo corrispondente (mittente, destinatari, Cc, Ccn, oggetto, ...).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header: write it as &quot;Name: value&quot;, for example &quot;X-Priority: 1&quot;.</source>
        <translation>&quot;%1&quot; non è un&apos;intestazione: scrivila come &quot;Nome: valore&quot;, ad esempio &quot;X-Priority: 1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Message-ID. Write it like &lt;unique-part@example.it&gt;, in printable ASCII without spaces.</source>
        <translation>&quot;%1&quot; non è un Message-ID valido. Scrivilo come &lt;parte-univoca@example.it&gt;, in ASCII stampabile senza spazi.</translation>
    </message>
    <message>
        <source>The message has no sender. Set the From address, like mario.rossi@example.it.</source>
        <translation>Il messaggio non ha un mittente. Imposta l&apos;indirizzo del mittente (Da), come mario.rossi@example.it.</translation>
    </message>
    <message>
        <source>The message has no recipients. Add at least one To, Cc or Bcc address.</source>
        <translation>Il messaggio non ha destinatari. Aggiungi almeno un indirizzo in A, Cc o Ccn.</translation>
    </message>
    <message>
        <source>The subject contains %1. Write the subject on one line without control characters.</source>
        <translation>L&apos;oggetto contiene %1. Scrivi l&apos;oggetto su una sola riga senza caratteri di controllo.</translation>
    </message>
    <message>
        <source>The attachment name &quot;%1&quot; is empty or has a control character. Give the attachment a plain file name.</source>
        <translation>Il nome dell&apos;allegato &quot;%1&quot; è vuoto o contiene un carattere di controllo. Dai all&apos;allegato un semplice nome di file.</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; given for the attachment &quot;%2&quot; is not a MIME type. Give one like application/pdf, or none to let Postino choose.</source>
        <translation>Il tipo &quot;%1&quot; indicato per l&apos;allegato &quot;%2&quot; non è un tipo MIME. Indicane uno come application/pdf, oppure nessuno per lasciare che sia Postino a sceglierlo.</translation>
    </message>
    <message>
        <source>The Reply-To address %1 has non-ASCII characters before the @, which only UTF-8 headers can carry. Use an ASCII address or enable UTF-8 headers (SMTPUTF8).</source>
        <translation>L&apos;indirizzo Reply-To %1 ha caratteri non ASCII prima della @, che solo le intestazioni UTF-8 possono contenere. Usa un indirizzo ASCII o abilita le intestazioni UTF-8 (SMTPUTF8).</translation>
    </message>
    <message>
        <source>The message could not be written: the output is not open for writing.</source>
        <translation>Non è stato possibile scrivere il messaggio: l&apos;output non è aperto in scrittura.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; must be plain ASCII: percent-encode the non-ASCII characters of its URLs (for example %C3%A8 for è).</source>
        <translation>L&apos;intestazione &quot;%1&quot; deve essere in ASCII semplice: codifica con il percento i caratteri non ASCII dei suoi URL (per esempio %C3%A8 per è).</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; has a part of %2 characters without a space, longer than a line of a message can be (998 with the header&apos;s name): make its URL or the value in it shorter.</source>
        <translation>L&apos;intestazione &quot;%1&quot; ha una parte di %2 caratteri senza spazi, più lunga di quanto possa essere una riga di un messaggio (998 con il nome dell&apos;intestazione): rendi più corto il suo URL o il valore che contiene.</translation>
    </message>
</context>
<context>
    <name>Postino::MessageViewer</name>
    <message>
        <source>Message headers</source>
        <translation>Intestazioni del messaggio</translation>
    </message>
    <message>
        <source>Message as the recipient sees it</source>
        <translation>Il messaggio come lo vede il destinatario</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>Sorgente del messaggio</translation>
    </message>
    <message>
        <source>&amp;Rendered</source>
        <translation>Ante&amp;prima</translation>
    </message>
    <message>
        <source>R&amp;aw</source>
        <translation>S&amp;orgente</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a message to read it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleziona un messaggio per leggerlo.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Da:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(nessun oggetto)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Envelope:</source>
        <translation>Busta:</translation>
    </message>
    <message>
        <source>from %1 to %2, received %3, %4</source>
        <translation>da %1 a %2, ricevuto il %3, %4</translation>
    </message>
    <message>
        <source>&lt;&gt; (null sender)</source>
        <translation>&lt;&gt; (mittente nullo)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>senza nome</translation>
    </message>
    <message>
        <source>[… %1 more not shown]</source>
        <translation>[… altri %1 non mostrati]</translation>
    </message>
    <message>
        <source>&lt;i&gt;Loading the message…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Caricamento del messaggio…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Allegati:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>Open the attachment with the program your desktop uses for its type</source>
        <translation>Apri l&apos;allegato con il programma che il desktop usa per il suo tipo</translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>Sal&amp;va come…</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>allegato</translation>
    </message>
    <message>
        <source>%1 could not be written to %2 (%3).</source>
        <translation>Non è stato possibile scrivere %1 in %2 (%3).</translation>
    </message>
    <message>
        <source>No program on this desktop opens %1 (%2); use Save As… instead.</source>
        <translation>Nessun programma di questo desktop apre %1 (%2); usa invece Salva come….</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Aperto %1.</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Salva allegato</translation>
    </message>
    <message>
        <source>Attachment Not Saved</source>
        <translation>Allegato non salvato</translation>
    </message>
    <message>
        <source>%1 could not be saved to %2: %3. Choose another folder and try again.</source>
        <translation>Non è stato possibile salvare %1 in %2: %3. Scegli un’altra cartella e riprova.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Salvato %1.</translation>
    </message>
</context>
<context>
    <name>Postino::MtaStsPolicy</name>
    <message>
        <source>The policy is %1 bytes long; RFC 8461 allows at most %2.</source>
        <translation>La policy è lunga %1 byte; la RFC 8461 ne consente al massimo %2.</translation>
    </message>
    <message>
        <source>Line %1 is empty; the policy has one &quot;key: value&quot; on every line.</source>
        <translation>La riga %1 è vuota; la policy ha un &quot;chiave: valore&quot; su ogni riga.</translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;) is not &quot;key: value&quot;.</source>
        <translation>La riga %1 (&quot;%2&quot;) non è &quot;chiave: valore&quot;.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a key (letters, digits and _, at most 32).</source>
        <translation>Riga %1: &quot;%2&quot; non è una chiave (lettere, cifre e _, al massimo 32).</translation>
    </message>
    <message>
        <source>Line %1: version is given twice.</source>
        <translation>Riga %1: version è indicato due volte.</translation>
    </message>
    <message>
        <source>Line %1: the version is &quot;%2&quot;; it must be STSv1.</source>
        <translation>Riga %1: la versione è &quot;%2&quot;; deve essere STSv1.</translation>
    </message>
    <message>
        <source>Line %1: mode is given twice.</source>
        <translation>Riga %1: mode è indicato due volte.</translation>
    </message>
    <message>
        <source>Line %1: the mode is &quot;%2&quot;; it must be enforce, testing or none.</source>
        <translation>Riga %1: il mode è &quot;%2&quot;; deve essere enforce, testing o none.</translation>
    </message>
    <message>
        <source>Line %1: max_age is given twice.</source>
        <translation>Riga %1: max_age è indicato due volte.</translation>
    </message>
    <message>
        <source>Line %1: max_age &quot;%2&quot; is not a number of seconds.</source>
        <translation>Riga %1: max_age &quot;%2&quot; non è un numero di secondi.</translation>
    </message>
    <message>
        <source>Line %1: max_age %2 is more than a year (%3 seconds), the most RFC 8461 allows.</source>
        <translation>Riga %1: max_age %2 supera un anno (%3 secondi), il massimo che la RFC 8461 consente.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not an MX host name or a *.name pattern.</source>
        <translation>Riga %1: &quot;%2&quot; non è un nome di host MX né un modello *.nome.</translation>
    </message>
    <message>
        <source>The policy has no &quot;version: STSv1&quot; line.</source>
        <translation>La policy non ha la riga &quot;version: STSv1&quot;.</translation>
    </message>
    <message>
        <source>The policy has no &quot;mode:&quot; line (enforce, testing or none).</source>
        <translation>La policy non ha la riga &quot;mode:&quot; (enforce, testing o none).</translation>
    </message>
    <message>
        <source>The policy has no &quot;max_age:&quot; line.</source>
        <translation>La policy non ha la riga &quot;max_age:&quot;.</translation>
    </message>
    <message>
        <source>The policy has no &quot;mx:&quot; line; in mode %1 it needs one for each MX host.</source>
        <translation>La policy non ha righe &quot;mx:&quot;; in mode %1 ne serve una per ogni host MX.</translation>
    </message>
</context>
<context>
    <name>Postino::OAuthAccount</name>
    <message>
        <source>No provider file says how %1 signs in with OAuth2. Add one in %2 (an ISPDB config-v1.1.xml with its &lt;oAuth2&gt; element), or sign in with a password.</source>
        <translation>Nessun file di provider dice come %1 accede con OAuth2. Aggiungine uno in %2 (un config-v1.1.xml ISPDB con il suo elemento &lt;oAuth2&gt;), oppure accedi con una password.</translation>
    </message>
    <message>
        <source>The provider file of %1 names no outgoing server; give one with --host, --port and --security.</source>
        <translation>Il file di provider di %1 non indica alcun server in uscita; indicane uno con --host, --port e --security.</translation>
    </message>
</context>
<context>
    <name>Postino::OAuthClientConfig</name>
    <message>
        <source>%1 has no OAuth2 sign-in in the provider database; add an &lt;oAuth2&gt; element in a provider file of your own, or sign in with a password.</source>
        <translation>%1 non ha un accesso OAuth2 nel database dei provider; aggiungi un elemento &lt;oAuth2&gt; in un tuo file di provider, oppure accedi con una password.</translation>
    </message>
    <message>
        <source>Register Postino as a desktop (installed) application with %1.</source>
        <translation>Registra Postino come applicazione desktop (installata) presso %1.</translation>
    </message>
    <message>
        <source>Register Postino as a desktop (installed) application with %1 at %2, with the redirect http://127.0.0.1 and the scope %3.</source>
        <translation>Registra Postino come applicazione desktop (installata) presso %1 su %2, con il reindirizzamento http://127.0.0.1 e l&apos;ambito %3.</translation>
    </message>
    <message>
        <source>Then give its client ID with --oauth-client-id ID, or set oauth/%1/client_id in postino.ini.</source>
        <translation>Poi indica il suo client ID con --oauth-client-id ID, oppure imposta oauth/%1/client_id in postino.ini.</translation>
    </message>
    <message>
        <source>Postino has no OAuth2 client ID for %1 (none is built in).</source>
        <translation>Postino non ha un client ID OAuth2 per %1 (nessuno è incorporato).</translation>
    </message>
    <message>
        <source>Or sign in with an app password made at %1 (account add with --password-env or --password-stdin).</source>
        <translation>Oppure accedi con una password per le app creata su %1 (account add con --password-env o --password-stdin).</translation>
    </message>
</context>
<context>
    <name>Postino::OAuthHttp</name>
    <message>
        <source>%1 is not an https:// address; Postino sends no token over plain HTTP.</source>
        <translation>%1 non è un indirizzo https://; Postino non invia token su HTTP in chiaro.</translation>
    </message>
    <message>
        <source>The sign-in server %1 did not answer within %2 seconds; try again later, or give a longer --timeout.</source>
        <translation>Il server di accesso %1 non ha risposto entro %2 secondi; riprova più tardi, oppure indica un --timeout più lungo.</translation>
    </message>
    <message>
        <source>The sign-in server %1 sent more than %2 bytes.</source>
        <translation>Il server di accesso %1 ha inviato più di %2 byte.</translation>
    </message>
    <message>
        <source>The sign-in server %1 could not be reached: %2</source>
        <translation>Il server di accesso %1 non è raggiungibile: %2</translation>
    </message>
</context>
<context>
    <name>Postino::OAuthSignInPanel</name>
    <message>
        <source>Sign In on &amp;Another Device…</source>
        <translation>Accedi da un &amp;altro dispositivo…</translation>
    </message>
    <message>
        <source>&amp;Cancel Sign-In</source>
        <translation>&amp;Annulla l&apos;accesso</translation>
    </message>
    <message>
        <source>Co&amp;py Code</source>
        <translation>Co&amp;pia il codice</translation>
    </message>
    <message>
        <source>&amp;Open the Page</source>
        <translation>&amp;Apri la pagina</translation>
    </message>
    <message>
        <source>Sign in on a phone or another computer with a code, when this computer&apos;s browser cannot reach the provider&apos;s page.</source>
        <translation>Accedi da un telefono o da un altro computer con un codice, quando il browser di questo computer non raggiunge la pagina del provider.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>In attesa che tu acceda nel browser…</translation>
    </message>
    <message>
        <source>Asking %1 for a code…</source>
        <translation>Richiesta di un codice a %1…</translation>
    </message>
    <message>
        <source>On this or any other device, open &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and enter this code:</source>
        <translation>Su questo o su un altro dispositivo, apri &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; e inserisci questo codice:</translation>
    </message>
    <message>
        <source>Code to enter: %1</source>
        <translation>Codice da inserire: %1</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code at %1…</source>
        <translation>In attesa che tu inserisca il codice su %1…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Accesso eseguito come %1.</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Accesso non eseguito: %1</translation>
    </message>
    <message>
        <source>%1 signs in through its own page, not with a password here.</source>
        <translation>Con %1 si accede dalla sua pagina, non con una password qui.</translation>
    </message>
    <message>
        <source>&amp;Sign in with %1…</source>
        <translation>&amp;Accedi con %1…</translation>
    </message>
</context>
<context>
    <name>Postino::OAuthTokenClient</name>
    <message>
        <source>The sign-in server %1 gave no refresh token, so Postino could not send later without asking again; check that the provider file&apos;s scope asks for offline access.</source>
        <translation>Il server di accesso %1 non ha dato un refresh token, quindi Postino non potrebbe inviare più tardi senza chiedere di nuovo; controlla che l&apos;ambito del file del provider chieda l&apos;accesso offline.</translation>
    </message>
</context>
<context>
    <name>Postino::OAuthTokenResponse</name>
    <message>
        <source>The sign-in server %1 gave an answer that is not a token response (%2); try again later.</source>
        <translation>Il server di accesso %1 ha dato una risposta che non è una risposta con token (%2); riprova più tardi.</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>più grande di %1 byte</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>non è JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>no access_token</source>
        <translation>manca access_token</translation>
    </message>
    <message>
        <source>the token_type is not Bearer</source>
        <translation>token_type non è Bearer</translation>
    </message>
    <message>
        <source>expires_in is not a positive number of seconds</source>
        <translation>expires_in non è un numero positivo di secondi</translation>
    </message>
    <message>
        <source>the refresh_token is not a string</source>
        <translation>refresh_token non è una stringa</translation>
    </message>
    <message>
        <source>The sign-in server %1 answered HTTP %2 without an OAuth2 error; try again later.</source>
        <translation>Il server di accesso %1 ha risposto HTTP %2 senza un errore OAuth2; riprova più tardi.</translation>
    </message>
    <message>
        <source>The sign-in server %1 refused the grant (%2): the sign-in has expired or was revoked; sign in again.</source>
        <translation>Il server di accesso %1 ha rifiutato l&apos;autorizzazione (%2): l&apos;accesso è scaduto o è stato revocato; accedi di nuovo.</translation>
    </message>
    <message>
        <source>The sign-in server %1 does not accept this client ID (%2): check the client ID registered for Postino with the provider.</source>
        <translation>Il server di accesso %1 non accetta questo client ID (%2): controlla il client ID registrato per Postino presso il provider.</translation>
    </message>
    <message>
        <source>The sign-in was refused (%1): nothing was stored. Sign in again and allow Postino to send mail.</source>
        <translation>L&apos;accesso è stato rifiutato (%1): non è stato salvato nulla. Accedi di nuovo e consenti a Postino di inviare posta.</translation>
    </message>
    <message>
        <source>The code to enter expired before the sign-in was finished (%1); start again.</source>
        <translation>Il codice da inserire è scaduto prima che l&apos;accesso fosse completato (%1); ricomincia.</translation>
    </message>
    <message>
        <source>The sign-in is not finished yet (%1).</source>
        <translation>L&apos;accesso non è ancora completato (%1).</translation>
    </message>
    <message>
        <source>The sign-in server %1 answered with an error: %2.</source>
        <translation>Il server di accesso %1 ha risposto con un errore: %2.</translation>
    </message>
</context>
<context>
    <name>Postino::OAuthTokenSource</name>
    <message>
        <source>The account %1 must sign in again (%2); its messages wait. To do so, %3.</source>
        <translation>L&apos;account %1 deve accedere di nuovo (%2); i suoi messaggi restano in attesa. Per farlo, %3.</translation>
    </message>
    <message>
        <source>The sign-in of %1 gave no refresh token to keep.</source>
        <translation>L&apos;accesso di %1 non ha dato un refresh token da conservare.</translation>
    </message>
    <message>
        <source>no sign-in is stored in the keychain</source>
        <translation>nel portachiavi non è salvato alcun accesso</translation>
    </message>
    <message>
        <source>sign in again: postino-cli account login %1, or Account &gt; Sign In Again… in Postino&apos;s window</source>
        <translation>accedi di nuovo: postino-cli account login %1, oppure Account &gt; Accedi di nuovo… nella finestra di Postino</translation>
    </message>
</context>
<context>
    <name>Postino::OutboxItem</name>
    <message>
        <source>The CA file %1 kept with this message holds no readable PEM certificate. Restore the file, or remove the message and send it again.</source>
        <translation>Il file CA %1 conservato con questo messaggio non contiene alcun certificato PEM leggibile. Ripristina il file, oppure rimuovi il messaggio e invialo di nuovo.</translation>
    </message>
    <message>
        <source>The item&apos;s metadata is not valid: %1.</source>
        <translation>I metadati dell&apos;elemento non sono validi: %1.</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>nessun id</translation>
    </message>
    <message>
        <source>neither an account nor a server</source>
        <translation>né un account né un server</translation>
    </message>
    <message>
        <source>server port out of range</source>
        <translation>porta del server fuori intervallo</translation>
    </message>
    <message>
        <source>unknown server security</source>
        <translation>sicurezza del server sconosciuta</translation>
    </message>
    <message>
        <source>no recipients</source>
        <translation>nessun destinatario</translation>
    </message>
    <message>
        <source>a recipient without address or state</source>
        <translation>un destinatario senza indirizzo o stato</translation>
    </message>
    <message>
        <source>unknown state</source>
        <translation>stato sconosciuto</translation>
    </message>
    <message>
        <source>no creation time</source>
        <translation>nessuna data di creazione</translation>
    </message>
    <message>
        <source>creating the folder</source>
        <translation>la creazione della cartella</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>la scrittura di</translation>
    </message>
    <message>
        <source>flushing to disk</source>
        <translation>la sincronizzazione su disco di</translation>
    </message>
    <message>
        <source>renaming into place</source>
        <translation>la ridenominazione definitiva di</translation>
    </message>
    <message>
        <source>flushing the folder to disk</source>
        <translation>la sincronizzazione su disco della cartella</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>la rimozione di</translation>
    </message>
    <message>
        <source>The outbox could not be written: %1 %2 failed (%3). Free some disk space or make the folder writable, then try again; nothing half-written was kept.</source>
        <translation>Non è stato possibile scrivere nella posta in uscita: non è riuscita %1 %2 (%3). Libera spazio sul disco o rendi scrivibile la cartella, poi riprova; nulla di scritto a metà è stato conservato.</translation>
    </message>
</context>
<context>
    <name>Postino::OutboxModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(nessun oggetto)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>In attesa di invio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
</context>
<context>
    <name>Postino::OutboxRunner</name>
    <message>
        <source>outcome unknown: connection lost after the final dot; the message may arrive twice</source>
        <translation>esito sconosciuto: connessione persa dopo il punto finale; il messaggio potrebbe arrivare due volte</translation>
    </message>
    <message>
        <source>Postino stopped while waiting for the server&apos;s answer to the message; it may have arrived. It will be sent again, and may arrive twice.</source>
        <translation>Postino si è interrotto mentre attendeva la risposta del server al messaggio; il messaggio potrebbe essere arrivato. Verrà inviato di nuovo e potrebbe arrivare due volte.</translation>
    </message>
    <message>
        <source>interrupted before the message was sent; it will be sent again</source>
        <translation>interrotto prima dell&apos;invio del messaggio; verrà inviato di nuovo</translation>
    </message>
    <message>
        <source>No submission could be created for %1.</source>
        <translation>Non è stato possibile preparare l&apos;invio per %1.</translation>
    </message>
    <message>
        <source>The stored message %1 could not be read (%2); it cannot be sent.</source>
        <translation>Il messaggio salvato %1 non può essere letto (%2); non può essere inviato.</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>inviato: %1</translation>
    </message>
    <message>
        <source>The server refused %1 (%2). Nobody was sent the message. Correct the address, then retry or remove the message.</source>
        <translation>Il server ha rifiutato %1 (%2). Il messaggio non è stato inviato a nessuno. Correggi l&apos;indirizzo, poi riprova o rimuovi il messaggio.</translation>
    </message>
    <message>
        <source>Sent to some recipients; %1 refused for now and will be retried.</source>
        <translation>Inviato ad alcuni destinatari; per %1 l&apos;invio è stato rifiutato per ora e verrà riprovato.</translation>
    </message>
    <message>
        <source>Sent to some recipients; the server refused %1 (%2).</source>
        <translation>Inviato ad alcuni destinatari; il server ha rifiutato %1 (%2).</translation>
    </message>
    <message>
        <source>The server did not take the message: %1</source>
        <translation>Il server non ha preso in carico il messaggio: %1</translation>
    </message>
    <message>
        <source>The server refused %1 for now; the message will be retried.</source>
        <translation>Il server ha rifiutato %1 per ora; l&apos;invio del messaggio verrà riprovato.</translation>
    </message>
    <message>
        <source>Gave up after %1 hours of trying. The last error was: %2</source>
        <translation>Invio abbandonato dopo %1 ore di tentativi. L&apos;ultimo errore è stato: %2</translation>
    </message>
    <message>
        <source>gave up</source>
        <translation>abbandonato</translation>
    </message>
    <message>
        <source>The connection to the server failed.</source>
        <translation>La connessione al server non è riuscita.</translation>
    </message>
    <message>
        <source>The server closed the connection during the transaction.</source>
        <translation>Il server ha chiuso la connessione durante la transazione.</translation>
    </message>
    <message>
        <source>The server %1 asks for the password of %2 and none was given; the message stays queued. Give the password (--password-env VAR or --password-stdin, or store it with the account) and run the queue again.</source>
        <translation>Il server %1 chiede la password di %2 e non ne è stata fornita alcuna; il messaggio resta in coda. Fornisci la password (--password-env VAR o --password-stdin, oppure salvala con l&apos;account) ed elabora di nuovo la coda.</translation>
    </message>
    <message>
        <source>The message %1 is being sent right now; wait for the attempt to end.</source>
        <translation>Il messaggio %1 è in fase di invio proprio ora; attendi la fine del tentativo.</translation>
    </message>
    <message>
        <source>retry requested</source>
        <translation>nuovo tentativo richiesto</translation>
    </message>
    <message>
        <source>The message %1 is being sent right now; remove it when the attempt has ended.</source>
        <translation>Il messaggio %1 è in fase di invio proprio ora; rimuovilo quando il tentativo sarà terminato.</translation>
    </message>
    <message>
        <source>message.eml does not match its checksum: it was changed or damaged; it was not sent</source>
        <translation>message.eml non corrisponde al suo checksum: è stato modificato o danneggiato; non è stato inviato</translation>
    </message>
    <message>
        <source>The server refused the message because the account has used up its sending quota (%1). It stays queued; the account&apos;s messages are tried again from %2.</source>
        <translation>Il server ha rifiutato il messaggio perché l&apos;account ha esaurito la sua quota di invio (%1). Il messaggio resta in coda; i messaggi dell&apos;account verranno ritentati a partire da %2.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Non è stato inviato nulla: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the outbox %1 cannot be written (%2). Free some disk space or make the folder writable; every message stays queued and is sent once the outbox can record it.</source>
        <translation>Non è stato inviato nulla: non è possibile scrivere nella posta in uscita %1 (%2). Libera spazio sul disco o rendi la cartella scrivibile; ogni messaggio resta in coda e viene inviato quando la posta in uscita potrà registrarlo.</translation>
    </message>
</context>
<context>
    <name>Postino::OutboxStore</name>
    <message>
        <source>An item with the id %1 is already in the outbox; nothing was queued. Try again.</source>
        <translation>Nella posta in uscita c&apos;è già un elemento con id %1; non è stato messo in coda nulla. Riprova.</translation>
    </message>
    <message>
        <source>The message %1 is no longer in the outbox (sent or removed elsewhere).</source>
        <translation>Il messaggio %1 non è più nella posta in uscita (inviato o rimosso altrove).</translation>
    </message>
    <message>
        <source>There is no message %1 in the outbox; `queue list` shows the ids.</source>
        <translation>Nella posta in uscita non c&apos;è alcun messaggio %1; `queue list` mostra gli id.</translation>
    </message>
    <message>
        <source>The message %1 could not be read from the outbox (%2).</source>
        <translation>Non è stato possibile leggere il messaggio %1 dalla posta in uscita (%2).</translation>
    </message>
    <message>
        <source>item.json is missing</source>
        <translation>item.json manca</translation>
    </message>
    <message>
        <source>item.json cannot be read (%1)</source>
        <translation>item.json non può essere letto (%1)</translation>
    </message>
    <message>
        <source>item.json is empty (zero bytes)</source>
        <translation>item.json è vuoto (zero byte)</translation>
    </message>
    <message>
        <source>item.json is not valid JSON (%1 at byte %2): truncated or overwritten</source>
        <translation>item.json non è JSON valido (%1 al byte %2): troncato o sovrascritto</translation>
    </message>
    <message>
        <source>item.json has an unknown format</source>
        <translation>item.json ha un formato sconosciuto</translation>
    </message>
    <message>
        <source>item.json does not match its checksum: it was changed or damaged</source>
        <translation>item.json non corrisponde al suo checksum: è stato modificato o danneggiato</translation>
    </message>
    <message>
        <source>item.json belongs to %1, not to this folder</source>
        <translation>item.json appartiene a %1, non a questa cartella</translation>
    </message>
    <message>
        <source>message.eml is missing</source>
        <translation>message.eml manca</translation>
    </message>
    <message>
        <source>message.eml cannot be read (%1)</source>
        <translation>message.eml non può essere letto (%1)</translation>
    </message>
    <message>
        <source>message.eml has %1 bytes instead of %2: it was truncated or changed</source>
        <translation>message.eml ha %1 byte invece di %2: è stato troncato o modificato</translation>
    </message>
    <message>
        <source>message.eml does not match its checksum: it was changed or damaged</source>
        <translation>message.eml non corrisponde al suo checksum: è stato modificato o danneggiato</translation>
    </message>
    <message>
        <source>The outbox item %1 is damaged (%2); it was moved to %3.</source>
        <translation>L&apos;elemento %1 della posta in uscita è danneggiato (%2); è stato spostato in %3.</translation>
    </message>
    <message>
        <source>a stray file where an item folder belongs</source>
        <translation>un file estraneo dove dovrebbe esserci la cartella di un elemento</translation>
    </message>
    <message>
        <source>The sent message %1 could not be read (%2).</source>
        <translation>Non è stato possibile leggere il messaggio inviato %1 (%2).</translation>
    </message>
    <message>
        <source>no such message</source>
        <translation>il messaggio non esiste</translation>
    </message>
</context>
<context>
    <name>Postino::OutboxSubmitter</name>
    <message>
        <source>The message could not be put in the outbox: %1</source>
        <translation>Non è stato possibile mettere il messaggio nella posta in uscita: %1</translation>
    </message>
    <message>
        <source>The message stays in the outbox: its draft could not be saved (%1).</source>
        <translation>Il messaggio resta nella posta in uscita: non è stato possibile salvarne la bozza (%1).</translation>
    </message>
    <message>
        <source>The message could not be taken out of the outbox (%1): it is still there and will be sent as it was. Delete it in the Outbox if you send the edited one.</source>
        <translation>Non è stato possibile togliere il messaggio dalla posta in uscita (%1): è ancora lì e sarà inviato così com&apos;era. Eliminalo dalla posta in uscita se invii quello modificato.</translation>
    </message>
</context>
<context>
    <name>Postino::OutboxTableModel</name>
    <message>
        <source>Outcome unknown</source>
        <translation>Esito sconosciuto</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>In attesa di riprovare</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>The connection was lost after the whole message was sent: the server may have it already, so retrying may make it arrive twice.</source>
        <translation>La connessione si è interrotta dopo l&apos;invio dell&apos;intero messaggio: il server potrebbe averlo già ricevuto, quindi riprovare potrebbe farlo arrivare due volte.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Ultimo errore: %1</translation>
    </message>
    <message>
        <source>Talking to the server (attempt %1).</source>
        <translation>Comunicazione con il server in corso (tentativo n. %1).</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Il server ha risposto: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(nessun oggetto)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Sending… %1 %</source>
        <translation>Invio in corso… %1 %</translation>
    </message>
    <message>
        <source>%1 of %2 handed to the server (attempt %3).</source>
        <translation>%1 di %2 consegnati al server (tentativo %3).</translation>
    </message>
    <message>
        <source>Next try at %1, attempt %2.</source>
        <translation>Prossimo tentativo alle %1, tentativo %2.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmato</translation>
    </message>
    <message>
        <source>Sent later, at %1 (Retry Now sends it at once).</source>
        <translation>Invio programmato alle %1 (Riprova ora lo invia subito).</translation>
    </message>
</context>
<context>
    <name>Postino::OutboxView</name>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Riprova ora</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Try to send the selected messages now (Ctrl+R)</source>
        <translation>Prova a inviare ora i messaggi selezionati (Ctrl+R)</translation>
    </message>
    <message>
        <source>Take the message out of the outbox and open it in the composer (Ctrl+E)</source>
        <translation>Togli il messaggio dalla posta in uscita e aprilo nella finestra di composizione (Ctrl+E)</translation>
    </message>
    <message>
        <source>Delete the selected messages without sending them (Delete)</source>
        <translation>Elimina i messaggi selezionati senza inviarli (Canc)</translation>
    </message>
    <message>
        <source>Selected message&apos;s state</source>
        <translation>Stato del messaggio selezionato</translation>
    </message>
    <message>
        <source>Select a message to see what happens to it.</source>
        <translation>Seleziona un messaggio per vederne lo stato.</translation>
    </message>
    <message numerus="yes">
        <source>%n messages selected.</source>
        <translation>
            <numerusform>%n messaggio selezionato.</numerusform>
            <numerusform>%n messaggi selezionati.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Server reply: %1</source>
        <translation>Risposta del server: %1</translation>
    </message>
    <message>
        <source>Delete Messages</source>
        <translation>Elimina messaggi</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the outbox? They will not be sent.</source>
        <translation>
            <numerusform>Eliminare %n messaggio dalla posta in uscita? Non verrà inviato.</numerusform>
            <numerusform>Eliminare %n messaggi dalla posta in uscita? Non verranno inviati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Enter &amp;Password…</source>
        <translation>Inserisci &amp;password…</translation>
    </message>
    <message>
        <source>The server refused the password of this message&apos;s account: enter it again</source>
        <translation>Il server ha rifiutato la password dell&apos;account di questo messaggio: inseriscila di nuovo</translation>
    </message>
    <message>
        <source>Choose Enter Password… to type the account&apos;s password again.</source>
        <translation>Scegli Inserisci password… per digitare di nuovo la password dell&apos;account.</translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation>&amp;Accedi di nuovo…</translation>
    </message>
    <message>
        <source>The sign-in of this message&apos;s account has expired or was withdrawn: sign in again</source>
        <translation>L&apos;accesso dell&apos;account di questo messaggio è scaduto o è stato revocato: accedi di nuovo</translation>
    </message>
    <message>
        <source>Choose Sign In Again… to sign in to the account&apos;s provider again.</source>
        <translation>Scegli Accedi di nuovo… per accedere di nuovo al provider dell&apos;account.</translation>
    </message>
</context>
<context>
    <name>Postino::OutgoingMessage</name>
    <message>
        <source>The message has no account to go out through: choose a sender in the From list, or add an account first.</source>
        <translation>Il messaggio non ha un account tramite cui uscire: scegli un mittente nell&apos;elenco Da, oppure aggiungi prima un account.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Da: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <source>Bcc: %1</source>
        <translation>Ccn: %1</translation>
    </message>
</context>
<context>
    <name>Postino::PaceLog</name>
    <message>
        <source>The sending pace of %1 could not be written to %2 (%3). Until it can, a restart may send faster than the account&apos;s limits; free some disk space or make the folder writable.</source>
        <translation>Il ritmo di invio di %1 non è stato scritto in %2 (%3). Finché non sarà possibile, un riavvio potrebbe inviare più in fretta dei limiti dell&apos;account; libera spazio sul disco o rendi scrivibile la cartella.</translation>
    </message>
</context>
<context>
    <name>Postino::PasswordDialog</name>
    <message>
        <source>&amp;Show password</source>
        <translation>&amp;Mostra password</translation>
    </message>
    <message>
        <source>&amp;Check it with the server before saving</source>
        <translation>&amp;Verificala con il server prima di salvare</translation>
    </message>
    <message>
        <source>Password – %1</source>
        <translation>Password – %1</translation>
    </message>
    <message>
        <source>Enter the password of %1 for the server %2 (user name %3). It is kept in the system keychain.</source>
        <translation>Inserisci la password di %1 per il server %2 (nome utente %3). Viene conservata nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostra password</translation>
    </message>
    <message>
        <source>Check the password with the server before saving</source>
        <translation>Verifica la password con il server prima di salvare</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>The server asked for the password again.</source>
        <translation>Il server ha chiesto di nuovo la password.</translation>
    </message>
    <message>
        <source>Checking the password with %1, port %2… (Cancel stops the check)</source>
        <translation>Verifica della password con %1, porta %2… (Annulla interrompe la verifica)</translation>
    </message>
    <message>
        <source>✘ The server refused this password: %1</source>
        <translation>✘ Il server ha rifiutato questa password: %1</translation>
    </message>
    <message>
        <source>✘ The password could not be checked: %1
To save it without checking, untick &quot;Check it with the server before saving&quot;.</source>
        <translation>✘ Non è stato possibile verificare la password: %1
Per salvarla senza verifica, togli la spunta da &quot;Verificala con il server prima di salvare&quot;.</translation>
    </message>
    <message>
        <source>Check stopped. Nothing was saved.</source>
        <translation>Verifica interrotta. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation>Salvataggio della password nel portachiavi…</translation>
    </message>
    <message>
        <source>✘ The password could not be stored in the keychain: %1</source>
        <translation>✘ Non è stato possibile salvare la password nel portachiavi: %1</translation>
    </message>
    <message>
        <source>The password is in the keychain.</source>
        <translation>La password è nel portachiavi.</translation>
    </message>
</context>
<context>
    <name>Postino::ProbeResult</name>
    <message>
        <source>%1 refused the password for %2 (%3).</source>
        <translation>%1 ha rifiutato la password per %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>No usable outgoing server was found for %1 (%n candidate(s) tried). Check the address, or give the server with --host and --port.</source>
        <translation>
            <numerusform>Non è stato trovato alcun server della posta in uscita utilizzabile per %1 (%n candidato provato). Controlla l&apos;indirizzo, oppure indica il server con --host e --port.</numerusform>
            <numerusform>Non è stato trovato alcun server della posta in uscita utilizzabile per %1 (%n candidati provati). Controlla l&apos;indirizzo, oppure indica il server con --host e --port.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers, but its certificate could not be verified.</source>
        <translation>%1 risponde, ma non è stato possibile verificarne il certificato.</translation>
    </message>
    <message>
        <source>%1 is your server, but it refused the password.</source>
        <translation>%1 è il tuo server, ma ha rifiutato la password.</translation>
    </message>
    <message>
        <source>%1 answers, but it cannot be used as it is.</source>
        <translation>%1 risponde, ma non può essere usato così com&apos;è.</translation>
    </message>
    <message>
        <source>None of the server names could be looked up: you seem to be offline, or %1 is not a mail domain. Check your connection and the address, then search again.</source>
        <translation>Non è stato possibile risolvere nessuno dei nomi dei server: sembra che tu non sia connesso a Internet, oppure %1 non è un dominio di posta. Controlla la connessione e l&apos;indirizzo, poi cerca di nuovo.</translation>
    </message>
</context>
<context>
    <name>Postino::ProviderDatabase</name>
    <message>
        <source>No provider files were found in %1.</source>
        <translation>Nessun file di provider trovato in %1.</translation>
    </message>
    <message>
        <source>The provider file %1 could not be opened: %2.</source>
        <translation>Impossibile aprire il file di provider %1: %2.</translation>
    </message>
    <message>
        <source>The domain %1 in %2 is already claimed by the provider %3.</source>
        <translation>Il dominio %1 in %2 è già rivendicato dal provider %3.</translation>
    </message>
    <message>
        <source>The provider id %1 in %2 is used twice.</source>
        <translation>L&apos;id di provider %1 in %2 è usato due volte.</translation>
    </message>
</context>
<context>
    <name>Postino::PublicKeyInfo</name>
    <message>
        <source>the key is not a DER-encoded public key</source>
        <translation>la chiave non è una chiave pubblica codificata in DER</translation>
    </message>
    <message>
        <source>the RSA key is damaged: its modulus and exponent cannot be read</source>
        <translation>la chiave RSA è danneggiata: modulo ed esponente non si possono leggere</translation>
    </message>
    <message>
        <source>the key does not say its algorithm</source>
        <translation>la chiave non indica il suo algoritmo</translation>
    </message>
    <message>
        <source>the key&apos;s bit string has unused bits</source>
        <translation>la stringa di bit della chiave ha bit inutilizzati</translation>
    </message>
    <message>
        <source>an Ed25519 key is 32 bytes; this one is %1</source>
        <translation>una chiave Ed25519 è di 32 byte; questa è di %1</translation>
    </message>
    <message>
        <source>the key&apos;s algorithm %1 is neither RSA nor Ed25519</source>
        <translation>l&apos;algoritmo %1 della chiave non è né RSA né Ed25519</translation>
    </message>
</context>
<context>
    <name>Postino::RawMessage</name>
    <message>
        <source>The message file &quot;%1&quot; does not exist. Check the path.</source>
        <translation>Il file del messaggio &quot;%1&quot; non esiste. Controlla il percorso.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>è una cartella</translation>
    </message>
    <message>
        <source>The message file &quot;%1&quot; cannot be read: %2. Check that it is a file you may read.</source>
        <translation>Il file del messaggio &quot;%1&quot; non può essere letto: %2. Controlla che sia un file che hai il permesso di leggere.</translation>
    </message>
    <message>
        <source>The message file &quot;%1&quot; is empty. Give a complete message (headers, an empty line, the body).</source>
        <translation>Il file del messaggio &quot;%1&quot; è vuoto. Fornisci un messaggio completo (intestazioni, una riga vuota, il corpo).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid message: line %2 %3. Give a file in RFC 5322 format (header lines &quot;Name: value&quot;, an empty line, the body), such as a mail program&apos;s .eml export.</source>
        <translation>&quot;%1&quot; non è un messaggio valido: la riga %2 %3. Fornisci un file in formato RFC 5322 (righe di intestazione &quot;Nome: valore&quot;, una riga vuota, il corpo), come un file .eml esportato da un programma di posta.</translation>
    </message>
    <message>
        <source>Reading the message file &quot;%1&quot; failed: %2.</source>
        <translation>La lettura del file del messaggio &quot;%1&quot; non è riuscita: %2.</translation>
    </message>
    <message>
        <source>contains a NUL byte (the file looks binary)</source>
        <translation>contiene un byte NUL (il file sembra binario)</translation>
    </message>
    <message>
        <source>The header section of &quot;%1&quot; is larger than %2 KiB, more than any real message has. Check that the file is an e-mail message.</source>
        <translation>La sezione delle intestazioni di &quot;%1&quot; supera i %2 KiB, più di quanto abbia qualsiasi messaggio reale. Controlla che il file sia un messaggio e-mail.</translation>
    </message>
    <message>
        <source>starts with a space before any header</source>
        <translation>inizia con uno spazio prima di qualsiasi intestazione</translation>
    </message>
    <message>
        <source>is an mbox &quot;From &quot; separator; remove that first line</source>
        <translation>è un separatore mbox &quot;From &quot;; rimuovi quella prima riga</translation>
    </message>
    <message>
        <source>is not a header line (&quot;Name: value&quot;)</source>
        <translation>non è una riga di intestazione (&quot;Nome: valore&quot;)</translation>
    </message>
    <message>
        <source>is empty: the message has no headers</source>
        <translation>è vuota: il messaggio non ha intestazioni</translation>
    </message>
    <message>
        <source>The %1 header of &quot;%2&quot; has an address that cannot be used: %3</source>
        <translation>L&apos;intestazione %1 di &quot;%2&quot; contiene un indirizzo che non può essere usato: %3</translation>
    </message>
    <message>
        <source>The message &quot;%1&quot; has no From or Sender header, so its sender is unknown. Add a From header to the file or give the sender explicitly.</source>
        <translation>Il messaggio &quot;%1&quot; non ha l&apos;intestazione From né Sender, quindi il mittente è sconosciuto. Aggiungi un&apos;intestazione From al file o indica esplicitamente il mittente.</translation>
    </message>
    <message>
        <source>The message &quot;%1&quot; has no recipients in To, Cc or Bcc. Add them to the file or give the recipients explicitly.</source>
        <translation>Il messaggio &quot;%1&quot; non ha destinatari in To, Cc o Bcc. Aggiungili al file o indica esplicitamente i destinatari.</translation>
    </message>
    <message>
        <source>The message could not be written: %1. Check that the disk has free space and try again.</source>
        <translation>Non è stato possibile scrivere il messaggio: %1. Controlla che ci sia spazio libero sul disco e riprova.</translation>
    </message>
    <message>
        <source>The message could not be written: the output is not open for writing.</source>
        <translation>Non è stato possibile scrivere il messaggio: l&apos;output non è aperto in scrittura.</translation>
    </message>
    <message>
        <source>The message file &quot;%1&quot; cannot be read any more: %2. Check that it is still there.</source>
        <translation>Il file del messaggio &quot;%1&quot; non può più essere letto: %2. Controlla che sia ancora al suo posto.</translation>
    </message>
    <message>
        <source>The message file &quot;%1&quot; changed while it was being sent. Send it again once it is complete.</source>
        <translation>Il file del messaggio &quot;%1&quot; è cambiato durante l&apos;invio. Invialo di nuovo quando sarà completo.</translation>
    </message>
    <message>
        <source>The message file &quot;%1&quot; could not be read past its headers: %2.</source>
        <translation>Non è stato possibile leggere il file del messaggio &quot;%1&quot; oltre le intestazioni: %2.</translation>
    </message>
</context>
<context>
    <name>Postino::RecipientEdit</name>
    <message>
        <source>Address suggestions</source>
        <translation>Suggerimenti di indirizzi</translation>
    </message>
    <message>
        <source>“%1” is missing its closing “&gt;”.</source>
        <translation>A “%1” manca la “&gt;” di chiusura.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Write it like name@example.org.</source>
        <translation>“%1” non è un indirizzo e-mail. Scrivilo come nome@example.org.</translation>
    </message>
    <message>
        <source>No problem with these addresses</source>
        <translation>Nessun problema con questi indirizzi</translation>
    </message>
</context>
<context>
    <name>Postino::RecipientList</name>
    <message>
        <source>no address in the column &quot;%1&quot;</source>
        <translation>nessun indirizzo nella colonna &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a valid address: %1</source>
        <translation>indirizzo non valido: %1</translation>
    </message>
    <message>
        <source>same address as row %1</source>
        <translation>stesso indirizzo della riga %1</translation>
    </message>
    <message>
        <source>on the suppression list</source>
        <translation>tra i destinatari esclusi</translation>
    </message>
    <message>
        <source>The recipient list has no column &quot;%1&quot; (its columns are: %2). Name one of them with --column email=NAME.</source>
        <translation>La lista dei destinatari non ha una colonna &quot;%1&quot; (le sue colonne sono: %2). Indicane una con --column email=NAME.</translation>
    </message>
    <message>
        <source>The recipient list has more than one column that could hold the addresses (%1). Name the one to use with --column email=NAME.</source>
        <translation>La lista dei destinatari ha più di una colonna che potrebbe contenere gli indirizzi (%1). Indica quella da usare con --column email=NAME.</translation>
    </message>
    <message>
        <source>The recipient list has no &quot;email&quot; column (its columns are: %1). Name the column that holds the addresses with --column email=NAME, or call it &quot;email&quot; in the header.</source>
        <translation>La lista dei destinatari non ha una colonna &quot;email&quot; (le sue colonne sono: %1). Indica la colonna degli indirizzi con --column email=NAME, oppure chiamala &quot;email&quot; nell&apos;intestazione.</translation>
    </message>
</context>
<context>
    <name>Postino::RedirectListener</name>
    <message>
        <source>Postino could not listen on 127.0.0.1 for the sign-in&apos;s answer: %1.</source>
        <translation>Postino non è riuscito ad ascoltare su 127.0.0.1 la risposta dell&apos;accesso: %1.</translation>
    </message>
    <message>
        <source>This address belongs to a sign-in in Postino; it was not the answer Postino waits for. You can close this page.</source>
        <translation>Questo indirizzo appartiene a un accesso in Postino; non era la risposta che Postino attende. Puoi chiudere questa pagina.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation>Non è questo accesso</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Accesso rifiutato</translation>
    </message>
    <message>
        <source>The answer came from another sign-in server. Nothing was stored.</source>
        <translation>La risposta è arrivata da un altro server di accesso. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The sign-in&apos;s answer names the issuer %1, not %2; it was refused and nothing was stored.</source>
        <translation>La risposta dell&apos;accesso indica l&apos;emittente %1, non %2; è stata rifiutata e non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Accesso non completato</translation>
    </message>
    <message>
        <source>Postino was not allowed to send mail. You can close this page.</source>
        <translation>Postino non è stato autorizzato a inviare posta. Puoi chiudere questa pagina.</translation>
    </message>
    <message>
        <source>The sign-in was refused in the browser (%1); nothing was stored. Sign in again and allow Postino to send mail.</source>
        <translation>L&apos;accesso è stato rifiutato nel browser (%1); non è stato salvato nulla. Accedi di nuovo e consenti a Postino di inviare posta.</translation>
    </message>
    <message>
        <source>The sign-in server answered with an error: %1; nothing was stored.</source>
        <translation>Il server di accesso ha risposto con un errore: %1; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The sign-in&apos;s answer had neither a code nor an error.</source>
        <translation>La risposta dell&apos;accesso non conteneva né un codice né un errore.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Accesso eseguito</translation>
    </message>
    <message>
        <source>Postino is signed in. You can close this page and go back to Postino.</source>
        <translation>Postino ha eseguito l&apos;accesso. Puoi chiudere questa pagina e tornare a Postino.</translation>
    </message>
</context>
<context>
    <name>Postino::RelativeTime</name>
    <message>
        <source>now</source>
        <translation>ora</translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>tra %n secondo</numerusform>
            <numerusform>tra %n secondi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n secondo fa</numerusform>
            <numerusform>%n secondi fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>tra %n minuto</numerusform>
            <numerusform>tra %n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minuto fa</numerusform>
            <numerusform>%n minuti fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>tra %n ora</numerusform>
            <numerusform>tra %n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n ora fa</numerusform>
            <numerusform>%n ore fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>tra %n giorno</numerusform>
            <numerusform>tra %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Postino::ReplyExplainer</name>
    <message>
        <source>Microsoft has SMTP AUTH turned off for this account or its whole organisation. Sign in with OAuth2 instead, or ask the administrator to enable authenticated SMTP for the mailbox.</source>
        <translation>Microsoft ha disattivato SMTP AUTH per questo account o per l&apos;intera organizzazione. Accedi invece con OAuth2, oppure chiedi all&apos;amministratore di abilitare l&apos;SMTP autenticato per la casella di posta.</translation>
    </message>
    <message>
        <source>The provider wants an app password, not the account&apos;s normal password. Turn on two-step verification, create an app password in the account&apos;s security settings and use that (or sign in with OAuth2).</source>
        <translation>Il provider richiede una password per le app, non la normale password dell&apos;account. Attiva la verifica in due passaggi, crea una password per le app nelle impostazioni di sicurezza dell&apos;account e usa quella (oppure accedi con OAuth2).</translation>
    </message>
    <message>
        <source>The server refused the username or password. Check both (the username is usually the full address) and, if the provider uses them, create an app password.</source>
        <translation>Il server ha rifiutato il nome utente o la password. Controllali entrambi (di solito il nome utente è l&apos;indirizzo completo) e, se il provider le usa, crea una password per le app.</translation>
    </message>
    <message>
        <source>The account has reached its daily sending limit. The messages stay queued; try again tomorrow or ask the provider for a higher limit.</source>
        <translation>L&apos;account ha raggiunto il limite giornaliero di invio. I messaggi restano in coda; riprova domani o chiedi al provider un limite più alto.</translation>
    </message>
    <message>
        <source>The server has too many connections open from this account at once (Microsoft allows three). Postino will retry; lower the account&apos;s maximum connections if it keeps happening.</source>
        <translation>Il server ha troppe connessioni aperte contemporaneamente da questo account (Microsoft ne consente tre). Postino riproverà; se continua a succedere, riduci il numero massimo di connessioni dell&apos;account.</translation>
    </message>
    <message>
        <source>The server wants the connection encrypted first. Use STARTTLS on port 587 or implicit TLS on port 465.</source>
        <translation>Il server richiede prima una connessione crittografata. Usa STARTTLS sulla porta 587 o la crittografia SSL/TLS (TLS implicito) sulla porta 465.</translation>
    </message>
    <message>
        <source>The server is closing the connection for now (busy or in maintenance). Postino will try again later.</source>
        <translation>Il server sta chiudendo la connessione per ora (è occupato o in manutenzione). Postino riproverà più tardi.</translation>
    </message>
    <message>
        <source>The server offers no encryption here, so Postino will not send the password. Use port 465 (implicit TLS) or 587 (STARTTLS).</source>
        <translation>Qui il server non offre alcuna crittografia, quindi Postino non invierà la password. Usa la porta 465 (SSL/TLS) o la 587 (STARTTLS).</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS, so the connection would stay unencrypted. Use port 465 (implicit TLS) if the provider has it.</source>
        <translation>Il server non ha offerto STARTTLS, quindi la connessione resterebbe non crittografata. Usa la porta 465 (SSL/TLS) se il provider la offre.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. If this is your own server, trust its fingerprint explicitly; otherwise do not continue.</source>
        <translation>Non è stato possibile verificare il certificato del server. Se è un tuo server, considera esplicitamente attendibile la sua impronta digitale (SHA-256); altrimenti non proseguire.</translation>
    </message>
    <message>
        <source>PEC (posta elettronica certificata): mail must leave through the provider&apos;s own server, with the PEC mailbox&apos;s own credentials. For every message you will receive an ACCETTAZIONE (acceptance) receipt and then a CONSEGNA (delivery) receipt, or a non-delivery notice within 24 hours.</source>
        <translation>PEC (Posta Elettronica Certificata): la posta deve partire dal server del gestore PEC, con le credenziali della casella PEC. Per ogni messaggio riceverai una ricevuta di accettazione e poi una ricevuta di avvenuta consegna, oppure un avviso di mancata consegna entro 24 ore.</translation>
    </message>
    <message>
        <source>Proton Mail is reached through Proton Mail Bridge on this computer: Bridge must be running, the password is the one Bridge shows (not the Proton account&apos;s), and Bridge&apos;s own certificate has to be trusted by its fingerprint.</source>
        <translation>Proton Mail si raggiunge tramite Proton Mail Bridge su questo computer: Bridge deve essere in esecuzione, la password è quella mostrata da Bridge (non quella dell&apos;account Proton) e il certificato di Bridge va considerato attendibile tramite la sua impronta digitale.</translation>
    </message>
</context>
<context>
    <name>Postino::ReplyPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Show What the Server Said</source>
        <translation>Mostra la risposta del server</translation>
    </message>
    <message>
        <source>What the server said</source>
        <translation>La risposta del server</translation>
    </message>
    <message>
        <source>Copy the server&apos;s words to the clipboard</source>
        <translation>Copia negli appunti la risposta del server</translation>
    </message>
</context>
<context>
    <name>Postino::SandboxMailbox</name>
    <message>
        <source>Could not save the captured message to %1: %2. Check that the folder is writable and the disk is not full.</source>
        <translation>Impossibile salvare il messaggio ricevuto in %1: %2. Controlla che la cartella sia scrivibile e che il disco non sia pieno.</translation>
    </message>
    <message>
        <source>Could not create the sandbox folder %1. Check its permissions.</source>
        <translation>Impossibile creare la cartella del server di prova %1. Controllane i permessi.</translation>
    </message>
    <message>
        <source>Could not open the captured message %1: %2. It may have been deleted; refresh the list.</source>
        <translation>Impossibile aprire il messaggio ricevuto %1: %2. Potrebbe essere stato eliminato; aggiorna l&apos;elenco.</translation>
    </message>
    <message>
        <source>Could not delete the captured message %1 in %2. Check the folder&apos;s permissions.</source>
        <translation>Impossibile eliminare il messaggio ricevuto %1 in %2. Controlla i permessi della cartella.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(nessun oggetto)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
</context>
<context>
    <name>Postino::SandboxServer</name>
    <message>
        <source>Could not start the test server on 127.0.0.1 port %1: %2. Choose another port, or 0 for any free one.</source>
        <translation>Impossibile avviare il server di prova su 127.0.0.1, porta %1: %2. Scegli un&apos;altra porta, oppure 0 per una qualsiasi porta libera.</translation>
    </message>
</context>
<context>
    <name>Postino::SandboxView</name>
    <message>
        <source>No messages captured yet.

Send a message to the address above, from Postino or from any mail program, and it appears here.</source>
        <translation>Nessun messaggio ricevuto finora.

Invia un messaggio all&apos;indirizzo qui sopra, da Postino o da qualsiasi programma di posta, e comparirà qui.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Delete &amp;All</source>
        <translation>Elimina &amp;tutti</translation>
    </message>
    <message>
        <source>Test Server</source>
        <translation>Server di prova</translation>
    </message>
    <message>
        <source>Test server address</source>
        <translation>Indirizzo del server di prova</translation>
    </message>
    <message>
        <source>Captured messages</source>
        <translation>Messaggi ricevuti</translation>
    </message>
    <message>
        <source>Delete the selected messages (Delete)</source>
        <translation>Elimina i messaggi selezionati (Canc)</translation>
    </message>
    <message>
        <source>Delete All Captured Messages?</source>
        <translation>Eliminare tutti i messaggi ricevuti?</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n captured message(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Eliminare %n messaggio ricevuto? L&apos;operazione non può essere annullata.</numerusform>
            <numerusform>Eliminare tutti i %n messaggi ricevuti? L&apos;operazione non può essere annullata.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete All</source>
        <translation>Elimina tutti</translation>
    </message>
    <message>
        <source>The test server captured a message.</source>
        <translation>Il server di prova ha ricevuto un messaggio.</translation>
    </message>
    <message>
        <source>The test server is listening on %1:%2.</source>
        <translation>Il server di prova è in ascolto su %1:%2.</translation>
    </message>
    <message>
        <source>The test server is stopped.</source>
        <translation>Il server di prova è fermo.</translation>
    </message>
    <message>
        <source>The test server is running at this address, without encryption. Every user name and password is accepted, and nothing leaves this computer.</source>
        <translation>Il server di prova è in esecuzione a questo indirizzo, senza crittografia. Qualsiasi nome utente e password vengono accettati, e nulla esce da questo computer.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Fer&amp;ma</translation>
    </message>
    <message>
        <source>The test server is stopped. Start it to receive messages on this computer.</source>
        <translation>Il server di prova è fermo. Avvialo per ricevere messaggi su questo computer.</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>Avv&amp;ia</translation>
    </message>
    <message>
        <source>The message is gone.</source>
        <translation>Il messaggio non c&apos;è più.</translation>
    </message>
</context>
<context>
    <name>Postino::SaslScramSha256</name>
    <message>
        <source>The server continued the SCRAM-SHA-256 exchange after it was complete.</source>
        <translation>Il server ha proseguito lo scambio SCRAM-SHA-256 dopo che era terminato.</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM-SHA-256 challenge is malformed (nonce, salt or iteration count).</source>
        <translation>La richiesta SCRAM-SHA-256 del server non è valida (nonce, salt o numero di iterazioni).</translation>
    </message>
    <message>
        <source>The server refused the SCRAM-SHA-256 proof (%1).</source>
        <translation>Il server ha rifiutato la prova SCRAM-SHA-256 (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM-SHA-256 signature is wrong: it does not know the password, so it may not be the server it claims to be. Nothing was sent; check the server address.</source>
        <translation>La firma SCRAM-SHA-256 del server è errata: non conosce la password, quindi potrebbe non essere il server che dichiara di essere. Non è stato inviato nulla; controlla l&apos;indirizzo del server.</translation>
    </message>
    <message>
        <source>The server accepted SCRAM-SHA-256 without proving that it knows the password; the connection is not trusted.</source>
        <translation>Il server ha accettato SCRAM-SHA-256 senza dimostrare di conoscere la password; la connessione non è attendibile.</translation>
    </message>
</context>
<context>
    <name>Postino::SecretStore</name>
    <message>
        <source>No keychain answered (Secret Service over D-Bus); Postino stores passwords only in the system keychain. Start a keyring (e.g. gnome-keyring) or use --password-env for this run.</source>
        <translation>Nessun portachiavi ha risposto (Secret Service su D-Bus); Postino salva le password solo nel portachiavi di sistema. Avvia un portachiavi (ad es. gnome-keyring) o usa --password-env per questa esecuzione.</translation>
    </message>
    <message>
        <source>no answer within the time limit</source>
        <translation>nessuna risposta entro il tempo limite</translation>
    </message>
</context>
<context>
    <name>Postino::SendLaterDialog</name>
    <message>
        <source>Send Later</source>
        <translation>Invia più tardi</translation>
    </message>
    <message>
        <source>The message waits in the outbox and goes at this time, while Postino runs (it can run in the tray, or start at login).</source>
        <translation>Il messaggio attende nella posta in uscita e parte a quest’ora, mentre Postino è in esecuzione (può restare nell’area di notifica o avviarsi all’accesso).</translation>
    </message>
    <message>
        <source>In an &amp;Hour</source>
        <translation>Tra un’&amp;ora</translation>
    </message>
    <message>
        <source>&amp;Tomorrow at 8:00</source>
        <translation>&amp;Domani alle 8:00</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Invia alle</translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation>Invia &amp;alle:</translation>
    </message>
    <message>
        <source>Send &amp;Later</source>
        <translation>Invia &amp;più tardi</translation>
    </message>
    <message>
        <source>Goes at %1.</source>
        <translation>Parte alle %1.</translation>
    </message>
</context>
<context>
    <name>Postino::SendPacer</name>
    <message>
        <source>Daily limit reached (%1 per 24 hours); the next goes at %2.</source>
        <translation>Limite giornaliero raggiunto (%1 ogni 24 ore); il prossimo parte alle %2.</translation>
    </message>
    <message>
        <source>Sending at most %1 a minute, evenly spaced; the next goes at %2.</source>
        <translation>Invio di al massimo %1 al minuto, distanziati in modo uniforme; il prossimo parte alle %2.</translation>
    </message>
</context>
<context>
    <name>Postino::SentCopy</name>
    <message>
        <source>The folder %1 for the attachments could not be made.</source>
        <translation>Non è stato possibile creare la cartella %1 per gli allegati.</translation>
    </message>
    <message>
        <source>The attachment %1 could not be written to %2: %3.</source>
        <translation>Non è stato possibile scrivere l&apos;allegato %1 in %2: %3.</translation>
    </message>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- Messaggio inoltrato --------</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Da:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
</context>
<context>
    <name>Postino::SentModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(nessun oggetto)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato il</translation>
    </message>
</context>
<context>
    <name>Postino::SentView</name>
    <message>
        <source>from %1 to %2, sent %3, %4</source>
        <translation>da %1 a %2, inviato %3, %4</translation>
    </message>
    <message>
        <source>&lt;&gt; (null sender)</source>
        <translation>&lt;&gt; (mittente nullo)</translation>
    </message>
    <message>
        <source>&amp;Resend…</source>
        <translation>&amp;Invia di nuovo…</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>I&amp;noltra…</translation>
    </message>
    <message>
        <source>Open a new copy of the message to the same recipients, to check and send (Ctrl+Shift+E)</source>
        <translation>Apri una nuova copia del messaggio per gli stessi destinatari, da controllare e inviare (Ctrl+Maiusc+E)</translation>
    </message>
    <message>
        <source>Forward the message, with its attachments, to someone else (Ctrl+L)</source>
        <translation>Inoltra il messaggio, con i suoi allegati, a qualcun altro (Ctrl+L)</translation>
    </message>
    <message>
        <source>The message is gone.</source>
        <translation>Il messaggio non c’è più.</translation>
    </message>
</context>
<context>
    <name>Postino::ServerProbe</name>
    <message>
        <source>%1 is not an e-mail address: there is no domain to look up.</source>
        <translation>%1 non è un indirizzo e-mail: non c&apos;è alcun dominio da cercare.</translation>
    </message>
    <message>
        <source>The server asked for a password and none was given.</source>
        <translation>Il server ha chiesto una password e non ne è stata fornita alcuna.</translation>
    </message>
    <message>
        <source>%1; signed in with %2 as %3</source>
        <translation>%1; accesso eseguito con %2 come %3</translation>
    </message>
    <message>
        <source>%1; EHLO accepted</source>
        <translation>%1; EHLO accettato</translation>
    </message>
    <message>
        <source>no encryption; signed in with %1 as %2</source>
        <translation>nessuna crittografia; accesso eseguito con %1 come %2</translation>
    </message>
    <message>
        <source>no encryption; EHLO accepted</source>
        <translation>nessuna crittografia; EHLO accettato</translation>
    </message>
    <message>
        <source> (certificate accepted by its pinned fingerprint)</source>
        <translation> (certificato accettato tramite la sua impronta digitale memorizzata)</translation>
    </message>
    <message>
        <source>server said: %1</source>
        <translation>risposta del server: %1</translation>
    </message>
    <message>
        <source>no answer from %1:%2 within %3 seconds</source>
        <translation>nessuna risposta da %1:%2 entro %3 secondi</translation>
    </message>
    <message>
        <source>not needed: %1:%2 answered first</source>
        <translation>non necessario: %1:%2 ha risposto prima</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>Warning: %1 offers no encryption at all; everything, the password included, would cross the network readable by anyone on the way.</source>
        <translation>Attenzione: %1 non offre alcuna crittografia; tutto, password compresa, attraverserebbe la rete leggibile da chiunque lungo il percorso.</translation>
    </message>
    <message>
        <source>%1 is outside your domain %2 (found through %3); confirm it is your provider&apos;s server before you trust it with your password.</source>
        <translation>%1 è fuori dal tuo dominio %2 (trovato tramite %3); conferma che è il server del tuo provider prima di affidargli la password.</translation>
    </message>
    <message>
        <source>%1:%2 accepted the connection but sent no greeting within %3 seconds; a server that expects TLS from the first byte (as on port 465) does this: try security tls</source>
        <translation>%1:%2 ha accettato la connessione ma non ha inviato il saluto entro %3 secondi; fa così un server che si aspetta TLS fin dal primo byte (come sulla porta 465): prova con la sicurezza tls</translation>
    </message>
    <message>
        <source>not tried: %1 had verified and the wait for preferred servers was over</source>
        <translation>non provato: %1 era già stato verificato e l&apos;attesa dei server preferiti era finita</translation>
    </message>
    <message>
        <source>no greeting within %1 s; a slower server may still answer (%2 had verified)</source>
        <translation>nessun saluto entro %1 s; un server più lento potrebbe ancora rispondere (%2 era già stato verificato)</translation>
    </message>
</context>
<context>
    <name>Postino::SignInDialog</name>
    <message>
        <source>Sign In – %1</source>
        <translation>Accesso – %1</translation>
    </message>
    <message>
        <source>Sign in to %1 again so that Postino may send its mail through %2. Nothing waiting in the outbox is lost meanwhile.</source>
        <translation>Accedi di nuovo a %1 perché Postino possa inviarne la posta tramite %2. Nel frattempo nulla di ciò che attende nella posta in uscita va perso.</translation>
    </message>
    <message>
        <source>Signed in as %1; keeping the sign-in in the keychain…</source>
        <translation>Accesso eseguito come %1; salvataggio dell&apos;accesso nel portachiavi…</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not keep the sign-in: %1 Sign in again once the keychain works.</source>
        <translation>Accesso eseguito, ma il portachiavi non ha conservato l&apos;accesso: %1 Accedi di nuovo quando il portachiavi funziona.</translation>
    </message>
    <message>
        <source>The sign-in is in the keychain, but the account could not be saved: %1</source>
        <translation>L&apos;accesso è nel portachiavi, ma non è stato possibile salvare l&apos;account: %1</translation>
    </message>
</context>
<context>
    <name>Postino::SmtpClient</name>
    <message>
        <source>%1 is closing the connection (421: %2). The service is not available now; the message was not sent and can be sent again later.</source>
        <translation>%1 sta chiudendo la connessione (421: %2). Il servizio non è disponibile ora; il messaggio non è stato inviato e potrà essere inviato di nuovo più tardi.</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for (%1).</source>
        <translation>Il server ha inviato una risposta non richiesta (%1).</translation>
    </message>
    <message>
        <source>The server sent a reply before the command it answers (%1).</source>
        <translation>Il server ha inviato una risposta prima del comando a cui risponde (%1).</translation>
    </message>
    <message>
        <source>%1 refused %2 for now (%3). Try again later.</source>
        <translation>%1 ha rifiutato %2 per ora (%3). Riprova più tardi.</translation>
    </message>
    <message>
        <source>%1 refused %2 (%3). Check the server settings (host, port, security) or ask its administrator.</source>
        <translation>%1 ha rifiutato %2 (%3). Controlla le impostazioni del server (host, porta, sicurezza) o rivolgiti al suo amministratore.</translation>
    </message>
    <message>
        <source>%1 answered %2 with an unexpected reply (%3). The server is not speaking SMTP as expected; check the port and security settings.</source>
        <translation>%1 ha dato una risposta inattesa durante %2 (%3). Il server non parla SMTP come previsto; controlla le impostazioni di porta e sicurezza.</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>la connessione</translation>
    </message>
    <message>
        <source>%1 offered no STARTTLS; refusing to send the password in clear (use --security tls on port 465, or fix the server)</source>
        <translation>%1 non ha offerto STARTTLS; invio della password in chiaro rifiutato (usa --security tls sulla porta 465, oppure correggi il server)</translation>
    </message>
    <message>
        <source>%1 refused STARTTLS for now (%2); nothing was sent in clear. Try again later.</source>
        <translation>%1 ha rifiutato STARTTLS per ora (%2); nulla è stato inviato in chiaro. Riprova più tardi.</translation>
    </message>
    <message>
        <source>%1 refused STARTTLS (%2); refusing to continue in clear (use --security tls on port 465, or fix the server).</source>
        <translation>%1 ha rifiutato STARTTLS (%2); Postino non prosegue senza crittografia (usa --security tls sulla porta 465, oppure correggi il server).</translation>
    </message>
    <message>
        <source>The server sent data after agreeing to STARTTLS and before the TLS handshake; this is a sign of a man-in-the-middle injecting commands.</source>
        <translation>Il server ha inviato dati dopo aver accettato STARTTLS e prima dell&apos;handshake TLS; è il segno di un attacco man-in-the-middle che inietta comandi.</translation>
    </message>
    <message>
        <source>valid from %1 to %2</source>
        <translation>valido dal %1 al %2</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was refused: %2. Subject %3, issuer %4, %5, SHA-256 fingerprint %6.</source>
        <translation>Il certificato TLS di %1 è stato rifiutato: %2. Soggetto %3, emittente %4, %5, impronta digitale SHA-256 %6.</translation>
    </message>
    <message>
        <source>It is not the pinned certificate (%1).</source>
        <translation>Non è il certificato memorizzato (%1).</translation>
    </message>
    <message>
        <source>If you trust this certificate, pin it with --trust-fingerprint %1.</source>
        <translation>Se ritieni attendibile questo certificato, memorizzalo con --trust-fingerprint %1.</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>è scaduto il %1</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>non è valido prima del %1</translation>
    </message>
    <message>
        <source>it is for %1, not for %2</source>
        <translation>è per %1, non per %2</translation>
    </message>
    <message>
        <source>it is self-signed</source>
        <translation>è autofirmato</translation>
    </message>
    <message>
        <source>its issuer (%1) is not a trusted authority</source>
        <translation>il suo emittente (%1) non è un&apos;autorità attendibile</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted; refusing to send the password in clear (use --security tls or starttls).</source>
        <translation>La connessione a %1 non è crittografata; invio della password in chiaro rifiutato (usa --security tls o starttls).</translation>
    </message>
    <message>
        <source>%1 does not offer authentication (no AUTH in its EHLO reply), but a user name was given. Use the submission port (587 or 465) or send without a user name.</source>
        <translation>%1 non offre l&apos;autenticazione (nessun AUTH nella risposta a EHLO), ma è stato indicato un nome utente. Usa la porta di invio (587 o 465) oppure invia senza nome utente.</translation>
    </message>
    <message>
        <source>%1 offers the authentication mechanisms %2, none of which is usable here (wanted: %3). Choose another mechanism for the account.</source>
        <translation>%1 offre i meccanismi di autenticazione %2, nessuno dei quali è utilizzabile qui (richiesti: %3). Scegli un altro meccanismo per l&apos;account.</translation>
    </message>
    <message>
        <source>Authentication with %1 failed: %2</source>
        <translation>Autenticazione con %1 non riuscita: %2</translation>
    </message>
    <message>
        <source>%1 could not check the credentials for %2 just now (%3). Try again later.</source>
        <translation>%1 non è riuscito a verificare le credenziali di %2 in questo momento (%3). Riprova più tardi.</translation>
    </message>
    <message>
        <source>%1 does not accept the %2 authentication it announced (%3). Choose another mechanism for the account.</source>
        <translation>%1 non accetta l&apos;autenticazione %2 che ha annunciato (%3). Scegli un altro meccanismo per l&apos;account.</translation>
    </message>
    <message>
        <source>%1 refused the credentials of %2 with %3 (%4). Check the user name and password; some providers need an app password.</source>
        <translation>%1 ha rifiutato le credenziali di %2 con %3 (%4). Controlla nome utente e password; alcuni provider richiedono una password per le app.</translation>
    </message>
    <message>
        <source>The connection to %1 is not ready to send a message.</source>
        <translation>La connessione a %1 non è pronta per inviare un messaggio.</translation>
    </message>
    <message>
        <source>The message has no recipients. Add at least one.</source>
        <translation>Il messaggio non ha destinatari. Aggiungine almeno uno.</translation>
    </message>
    <message>
        <source>The message to send to %1 could not be read.</source>
        <translation>Non è stato possibile leggere il messaggio da inviare a %1.</translation>
    </message>
    <message>
        <source>The message has 8-bit content, but %1 does not offer 8BITMIME. Encode the message as quoted-printable or base64, or use another server.</source>
        <translation>Il messaggio ha contenuto a 8 bit, ma %1 non offre 8BITMIME. Codifica il messaggio in quoted-printable o base64, oppure usa un altro server.</translation>
    </message>
    <message>
        <source>The message is %1, larger than the %2 that %3 accepts; it was not sent. Make it smaller (fewer or smaller attachments).</source>
        <translation>Il messaggio è di %1, più dei %2 che %3 accetta; non è stato inviato. Riducine le dimensioni (meno allegati o allegati più piccoli).</translation>
    </message>
    <message>
        <source>%1 refused the sender %2 (%3); nothing was sent.</source>
        <translation>%1 ha rifiutato il mittente %2 (%3); non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>%1 refused the recipient %2 (%3); the message was sent to nobody, so that no one gets a partial send. Correct or remove %4 and send again.</source>
        <translation>%1 ha rifiutato il destinatario %2 (%3); il messaggio non è stato inviato a nessuno, così che nessuno lo riceva solo in parte. Correggi o rimuovi %4 e invia di nuovo.</translation>
    </message>
    <message>
        <source>%1 refused every recipient for now (%2); nothing was sent. Try again later.</source>
        <translation>%1 ha rifiutato per ora tutti i destinatari (%2); non è stato inviato nulla. Riprova più tardi.</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>%1 did not take the message at %2 (%3); nothing was delivered. It can be sent again later.</source>
        <translation>%1 non ha preso in carico il messaggio durante %2 (%3); non è stato consegnato nulla. Potrà essere inviato di nuovo più tardi.</translation>
    </message>
    <message>
        <source>%1 refused the message at %2 (%3); nothing was delivered. Read the server&apos;s reason, change the message and send again.</source>
        <translation>%1 ha rifiutato il messaggio durante %2 (%3); non è stato consegnato nulla. Leggi il motivo indicato dal server, modifica il messaggio e invialo di nuovo.</translation>
    </message>
    <message>
        <source>the message source went away</source>
        <translation>l&apos;origine del messaggio non è più disponibile</translation>
    </message>
    <message>
        <source>the end of the message</source>
        <translation>la fine del messaggio</translation>
    </message>
    <message>
        <source>%1 took the message for some recipients but refused %2 for now; send again to those later.</source>
        <translation>%1 ha preso in carico il messaggio per alcuni destinatari ma per ora ha rifiutato %2; invialo di nuovo a questi più tardi.</translation>
    </message>
    <message>
        <source>The message could not be read while sending it to %1 (%2); nothing was delivered. Check the file and send again.</source>
        <translation>Non è stato possibile leggere il messaggio durante l&apos;invio a %1 (%2); non è stato consegnato nulla. Controlla il file e invia di nuovo.</translation>
    </message>
    <message>
        <source>Protocol error talking to %1: %2 The connection was closed; try again later, and tell the server&apos;s administrator if it persists.</source>
        <translation>Errore di protocollo nella comunicazione con %1: %2 La connessione è stata chiusa; riprova più tardi e, se il problema persiste, avvisa l&apos;amministratore del server.</translation>
    </message>
    <message>
        <source>%1 did not confirm the message within %2 seconds after it was sent; it may or may not have been delivered. Sending again may duplicate it.</source>
        <translation>%1 non ha confermato il messaggio entro %2 secondi dall&apos;invio; potrebbe essere stato consegnato oppure no. Inviarlo di nuovo potrebbe duplicarlo.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds while waiting for %3. The server may be down or a firewall may block the port; try again later.</source>
        <translation>%1 non ha risposto entro %2 secondi mentre si attendeva %3. Il server potrebbe non essere attivo o un firewall potrebbe bloccare la porta; riprova più tardi.</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>il saluto iniziale</translation>
    </message>
    <message>
        <source>the reply to EHLO</source>
        <translation>la risposta a EHLO</translation>
    </message>
    <message>
        <source>the reply to STARTTLS</source>
        <translation>la risposta a STARTTLS</translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>l&apos;handshake TLS</translation>
    </message>
    <message>
        <source>the reply to AUTH</source>
        <translation>la risposta ad AUTH</translation>
    </message>
    <message>
        <source>the reply to MAIL FROM</source>
        <translation>la risposta a MAIL FROM</translation>
    </message>
    <message>
        <source>the reply to RCPT TO</source>
        <translation>la risposta a RCPT TO</translation>
    </message>
    <message>
        <source>the reply to DATA</source>
        <translation>la risposta a DATA</translation>
    </message>
    <message>
        <source>the message upload to proceed</source>
        <translation>il via libera al caricamento del messaggio</translation>
    </message>
    <message>
        <source>the reply to RSET</source>
        <translation>la risposta a RSET</translation>
    </message>
    <message>
        <source>a reply</source>
        <translation>una risposta</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Check the host name and port, or try again later.</source>
        <translation>Impossibile connettersi a %1: la connessione è stata rifiutata. Controlla nome host e porta, oppure riprova più tardi.</translation>
    </message>
    <message>
        <source>The host %1 was not found. Check its name and your network connection.</source>
        <translation>Host %1 non trovato. Controlla il nome e la connessione di rete.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2). Check that the port matches the security setting: implicit TLS is usually port 465, STARTTLS port 587.</source>
        <translation>L&apos;handshake TLS con %1 non è riuscito (%2). Controlla che la porta corrisponda all&apos;impostazione di sicurezza: SSL/TLS (TLS implicito) usa di solito la porta 465, STARTTLS la porta 587.</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake. Check that the port matches the security setting: implicit TLS is usually port 465, STARTTLS port 587.</source>
        <translation>%1 ha chiuso la connessione durante l&apos;handshake TLS. Controlla che la porta corrisponda all&apos;impostazione di sicurezza: SSL/TLS (TLS implicito) usa di solito la porta 465, STARTTLS la porta 587.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost after the message was sent and before the server confirmed it; it may or may not have been delivered. Sending again may duplicate it.</source>
        <translation>La connessione a %1 si è interrotta dopo l&apos;invio del messaggio e prima della conferma del server; potrebbe essere stato consegnato oppure no. Inviarlo di nuovo potrebbe duplicarlo.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while waiting for %2. Try again later.</source>
        <translation>La connessione a %1 si è interrotta mentre si attendeva %2. Riprova più tardi.</translation>
    </message>
    <message>
        <source>Sending to %1 was cancelled.</source>
        <translation>L&apos;invio a %1 è stato annullato.</translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no greeting within %2 seconds. A server that expects TLS from the first byte (as on port 465) does this: try security tls; otherwise the server is busy, try again later.</source>
        <translation>%1 ha accettato la connessione ma non ha inviato il saluto entro %2 secondi. Fa così un server che si aspetta TLS fin dal primo byte (come sulla porta 465): prova con la sicurezza tls; altrimenti il server è occupato, riprova più tardi.</translation>
    </message>
    <message>
        <source>the server answered DATA with 354 although no recipient was accepted.</source>
        <translation>il server ha risposto 354 a DATA benché nessun destinatario fosse stato accettato.</translation>
    </message>
    <message>
        <source>The connection to %1 is not ready to check recipients.</source>
        <translation>La connessione a %1 non è pronta per verificare i destinatari.</translation>
    </message>
</context>
<context>
    <name>Postino::SmtpReplyParser</name>
    <message>
        <source>The server sent a line longer than %1 bytes, which SMTP does not allow.</source>
        <translation>Il server ha inviato una riga più lunga di %1 byte, cosa che SMTP non consente.</translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply (no three-digit code): &quot;%1&quot;.</source>
        <translation>Il server ha inviato una riga che non è una risposta SMTP (manca il codice a tre cifre): &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server sent the reply code %1, which is outside SMTP&apos;s 2xx-5xx range.</source>
        <translation>Il server ha inviato il codice di risposta %1, fuori dall&apos;intervallo 2xx-5xx di SMTP.</translation>
    </message>
    <message>
        <source>The server sent a reply line without the space or hyphen after its code: &quot;%1&quot;.</source>
        <translation>Il server ha inviato una riga di risposta senza lo spazio o il trattino dopo il codice: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server changed the reply code from %1 to %2 in the middle of a multi-line reply.</source>
        <translation>Il server ha cambiato il codice di risposta da %1 a %2 nel mezzo di una risposta su più righe.</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation>Il server ha inviato una risposta di più di %1 righe.</translation>
    </message>
    <message>
        <source>The server sent a reply larger than %1 bytes.</source>
        <translation>Il server ha inviato una risposta più grande di %1 byte.</translation>
    </message>
</context>
<context>
    <name>Postino::SpellDictionary</name>
    <message>
        <source>Cannot read the dictionary %1: %2</source>
        <translation>Impossibile leggere il dizionario %1: %2</translation>
    </message>
    <message>
        <source>The dictionary %1 is in %2, which Postino cannot read</source>
        <translation>Il dizionario %1 è in %2, una codifica che Postino non sa leggere</translation>
    </message>
</context>
<context>
    <name>Postino::Spelling</name>
    <message>
        <source>No dictionary for %1 is installed</source>
        <translation>Non è installato nessun dizionario per %1</translation>
    </message>
</context>
<context>
    <name>Postino::SpfAudit</name>
    <message>
        <source>%1 of %2 DNS look-ups</source>
        <translation>%1 di %2 ricerche DNS</translation>
    </message>
    <message>
        <source>%1 of %2 DNS look-ups, over the limit at %3</source>
        <translation>%1 di %2 ricerche DNS, oltre il limite a %3</translation>
    </message>
    <message>
        <source>The SPF records include more than %1 records; the audit stopped following them.</source>
        <translation>I record SPF ne includono più di %1; il controllo ha smesso di seguirli.</translation>
    </message>
    <message>
        <source>The %1 look-up of %2 failed (%3): this part of the record could not be checked.</source>
        <translation>La ricerca %1 di %2 non è riuscita (%3): questa parte del record non si è potuta controllare.</translation>
    </message>
    <message>
        <source>“%1” in the SPF record of %2 points to %3, which has no SPF record: receivers give up with a permanent error.</source>
        <translation>“%1” nel record SPF di %2 punta a %3, che non ha un record SPF: chi riceve si arrende con un errore permanente.</translation>
    </message>
    <message>
        <source>%1 has no SPF record (no TXT record starting with “v=spf1”).</source>
        <translation>%1 non ha un record SPF (nessun record TXT che inizi con “v=spf1”).</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records; there must be exactly one, so receivers give up with a permanent error. Merge them into one record.</source>
        <translation>%1 pubblica %2 record SPF; deve essercene esattamente uno, quindi chi riceve si arrende con un errore permanente. Uniscili in un solo record.</translation>
    </message>
    <message>
        <source>The SPF record of %1 has a syntax error: %2</source>
        <translation>Il record SPF di %1 ha un errore di sintassi: %2</translation>
    </message>
    <message>
        <source>%1, included through %2, ends in “%3”: every server on the internet passes this include, and so SPF for the whole domain.</source>
        <translation>%1, incluso tramite %2, termina con “%3”: ogni server di internet supera questo include, e quindi l&apos;SPF dell&apos;intero dominio.</translation>
    </message>
    <message>
        <source>The SPF record of %1 has mechanisms after “%2”; they are never evaluated.</source>
        <translation>Il record SPF di %1 ha meccanismi dopo “%2”; non vengono mai valutati.</translation>
    </message>
    <message>
        <source>“%1” in the SPF record of %2 looks up %3, which does not exist or has no records: a void look-up (receivers allow at most %4).</source>
        <translation>“%1” nel record SPF di %2 cerca %3, che non esiste o non ha record: una ricerca a vuoto (chi riceve ne ammette al massimo %4).</translation>
    </message>
    <message>
        <source>More than %1 look-ups in the SPF records of %2 find nothing: receivers give up with a permanent error. Remove the terms that point to names without records.</source>
        <translation>Più di %1 ricerche nei record SPF di %2 non trovano nulla: chi riceve si arrende con un errore permanente. Togli i termini che puntano a nomi senza record.</translation>
    </message>
    <message>
        <source>“%1” in the SPF record of %2 uses ptr, which RFC 7208 deprecates: it is slow and unreliable, and some receivers ignore it. List the servers with ip4:, ip6: or a: instead.</source>
        <translation>“%1” nel record SPF di %2 usa ptr, che l&apos;RFC 7208 sconsiglia: è lento e inaffidabile, e alcuni destinatari lo ignorano. Elenca invece i server con ip4:, ip6: o a:.</translation>
    </message>
    <message>
        <source>“%1” in the SPF record of %2 uses macros: its target depends on each message, so the audit cannot follow it.</source>
        <translation>“%1” nel record SPF di %2 usa delle macro: la sua destinazione dipende da ogni messaggio, quindi il controllo non può seguirla.</translation>
    </message>
    <message>
        <source>%1 has %2 MX hosts; “%3” in the SPF record of %4 may look up only %5, so an evaluation that needs more gives a permanent error.</source>
        <translation>%1 ha %2 server MX; “%3” nel record SPF di %4 può cercarne solo %5, quindi una verifica che ne richiede di più dà un errore permanente.</translation>
    </message>
    <message>
        <source>“%1” in the SPF record of %2 leads back to %3: a loop, a permanent error.</source>
        <translation>“%1” nel record SPF di %2 riporta a %3: un ciclo, un errore permanente.</translation>
    </message>
    <message>
        <source>“%1” in the SPF record of %2 is never used: a record with “all” ignores redirect=.</source>
        <translation>“%1” nel record SPF di %2 non viene mai usato: un record con “all” ignora redirect=.</translation>
    </message>
    <message>
        <source>The SPF record of %1 needs %2 DNS look-ups, more than the %3 allowed: receivers give up with a permanent error, so SPF fails for all your mail. The limit is crossed at %4.</source>
        <translation>Il record SPF di %1 richiede %2 ricerche DNS, più delle %3 consentite: chi riceve si arrende con un errore permanente, quindi l&apos;SPF fallisce per tutta la tua posta. Il limite si supera a %4.</translation>
    </message>
    <message>
        <source>“%1” lets every server on the internet send as %2: SPF protects nothing. End the record with “~all” or “-all”.</source>
        <translation>“%1” lascia inviare come %2 a ogni server di internet: l&apos;SPF non protegge nulla. Termina il record con “~all” o “-all”.</translation>
    </message>
    <message>
        <source>“%1” says nothing about servers not listed (neutral), so forged mail from %2 is not recognised. End the record with “~all” or “-all”.</source>
        <translation>“%1” non dice nulla dei server non elencati (neutral), quindi la posta contraffatta da %2 non viene riconosciuta. Termina il record con “~all” o “-all”.</translation>
    </message>
    <message>
        <source>“%1”: mail from servers not listed soft-fails; receivers usually accept it but mark it, and DMARC counts it as an SPF failure.</source>
        <translation>“%1”: la posta dai server non elencati ottiene softfail; di solito chi riceve la accetta ma la segnala, e DMARC la conta come un fallimento dell&apos;SPF.</translation>
    </message>
    <message>
        <source>“%1”: mail from servers not listed fails SPF, and receivers may reject it; with DMARC, a message signed with DKIM still passes, for example when it is forwarded.</source>
        <translation>“%1”: la posta dai server non elencati non supera l&apos;SPF, e chi riceve può rifiutarla; con DMARC, un messaggio firmato con DKIM passa comunque, per esempio quando viene inoltrato.</translation>
    </message>
    <message>
        <source>The SPF record of %1 has neither “all” nor “redirect=”: servers not listed get neutral, as if there were no SPF. End it with “~all” or “-all”.</source>
        <translation>Il record SPF di %1 non ha né “all” né “redirect=”: i server non elencati ottengono neutral, come se l&apos;SPF non ci fosse. Terminalo con “~all” o “-all”.</translation>
    </message>
</context>
<context>
    <name>Postino::SpfEvaluator</name>
    <message>
        <source>“%1” is not a valid domain name, so it has no SPF record.</source>
        <translation>“%1” non è un nome di dominio valido, quindi non ha un record SPF.</translation>
    </message>
    <message>
        <source>The TXT look-up of %1 failed: %2</source>
        <translation>La ricerca TXT di %1 non è riuscita: %2</translation>
    </message>
    <message>
        <source>%1 has no SPF record (no TXT record starting with “v=spf1”).</source>
        <translation>%1 non ha un record SPF (nessun record TXT che inizi con “v=spf1”).</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records; there must be exactly one, so receivers give up with a permanent error.</source>
        <translation>%1 pubblica %2 record SPF; deve essercene esattamente uno, quindi chi riceve si arrende con un errore permanente.</translation>
    </message>
    <message>
        <source>The SPF record of %1 has a syntax error: %2</source>
        <translation>Il record SPF di %1 ha un errore di sintassi: %2</translation>
    </message>
    <message>
        <source>%1 matched “%2” in the SPF record of %3, reached through %4; “%5” gives %6.</source>
        <translation>%1 corrisponde a “%2” nel record SPF di %3, raggiunto tramite %4; “%5” dà %6.</translation>
    </message>
    <message>
        <source>%1 matched “%2” in the SPF record of %3: %4.</source>
        <translation>%1 corrisponde a “%2” nel record SPF di %3: %4.</translation>
    </message>
    <message>
        <source>No mechanism in the SPF record of %1 matched %2, and it has neither “all” nor “redirect=”: the result is neutral.</source>
        <translation>Nessun meccanismo del record SPF di %1 corrisponde a %2, e il record non ha né “all” né “redirect=”: il risultato è neutral.</translation>
    </message>
    <message>
        <source>More than %1 DNS look-ups are needed (include, a, mx, ptr, exists, redirect): receivers give up with a permanent error at “%2” in the SPF record of %3.</source>
        <translation>Servono più di %1 ricerche DNS (include, a, mx, ptr, exists, redirect): chi riceve si arrende con un errore permanente a “%2” nel record SPF di %3.</translation>
    </message>
    <message>
        <source>“%1” in the SPF record of %2 leads back to %3: a loop, a permanent error.</source>
        <translation>“%1” nel record SPF di %2 riporta a %3: un ciclo, un errore permanente.</translation>
    </message>
    <message>
        <source>“%1” in the SPF record of %2 points to %3, which has no SPF record: a permanent error.</source>
        <translation>“%1” nel record SPF di %2 punta a %3, che non ha un record SPF: un errore permanente.</translation>
    </message>
    <message>
        <source>“%1” in the SPF record of %2 names “%3”, which is not a valid domain name: a permanent error.</source>
        <translation>“%1” nel record SPF di %2 indica “%3”, che non è un nome di dominio valido: un errore permanente.</translation>
    </message>
    <message>
        <source>More than %1 DNS look-ups found nothing (the last at “%2” in the SPF record of %3): receivers give up with a permanent error.</source>
        <translation>Più di %1 ricerche DNS non hanno trovato nulla (l&apos;ultima a “%2” nel record SPF di %3): chi riceve si arrende con un errore permanente.</translation>
    </message>
    <message>
        <source>The %1 look-up of %2 for “%3” failed: %4</source>
        <translation>La ricerca %1 di %2 per “%3” non è riuscita: %4</translation>
    </message>
    <message>
        <source>The MX look-up of %1 for “%2” failed: %3</source>
        <translation>La ricerca MX di %1 per “%2” non è riuscita: %3</translation>
    </message>
    <message>
        <source>The address look-up of %1, an MX host of %2, failed: %3</source>
        <translation>La ricerca dell&apos;indirizzo di %1, un server MX di %2, non è riuscita: %3</translation>
    </message>
    <message>
        <source>%1 has more than %2 MX hosts: receivers look up only %2 for “%3” in the SPF record of %4, a permanent error.</source>
        <translation>%1 ha più di %2 server MX: chi riceve ne cerca solo %2 per “%3” nel record SPF di %4, un errore permanente.</translation>
    </message>
</context>
<context>
    <name>Postino::SpfMacroString</name>
    <message>
        <source>a space cannot be part of a domain</source>
        <translation>uno spazio non può far parte di un dominio</translation>
    </message>
    <message>
        <source>“%1” (code %2) is not allowed here: only visible ASCII characters</source>
        <translation>“%1” (codice %2) non è ammesso qui: solo caratteri ASCII visibili</translation>
    </message>
    <message>
        <source>a “%” must be followed by “{”, “%”, “_” or “-”</source>
        <translation>un “%” deve essere seguito da “{”, “%”, “_” o “-”</translation>
    </message>
    <message>
        <source>the macro “%1” is not closed with “}”</source>
        <translation>la macro “%1” non è chiusa con “}”</translation>
    </message>
    <message>
        <source>the macro “%{}” has no letter</source>
        <translation>la macro “%{}” non ha una lettera</translation>
    </message>
    <message>
        <source>“%1” is not a macro letter (s, l, o, d, i, p, v, h)</source>
        <translation>“%1” non è una lettera di macro (s, l, o, d, i, p, v, h)</translation>
    </message>
    <message>
        <source>the macro letter “%1” is allowed only in an explanation (exp=)</source>
        <translation>la lettera di macro “%1” è ammessa solo in una spiegazione (exp=)</translation>
    </message>
    <message>
        <source>a macro cannot keep 0 parts: the number after the letter must be 1 or more</source>
        <translation>una macro non può tenere 0 parti: il numero dopo la lettera deve essere 1 o più</translation>
    </message>
    <message>
        <source>“%1” is not a macro delimiter (one of . - + , / _ =)</source>
        <translation>“%1” non è un delimitatore di macro (uno tra . - + , / _ =)</translation>
    </message>
</context>
<context>
    <name>Postino::SpfRecord</name>
    <message>
        <source>“%1” (character %2): %3</source>
        <translation>“%1” (carattere %2): %3</translation>
    </message>
    <message>
        <source>the record contains a character that is not printable ASCII (code %1); an SPF record is plain ASCII</source>
        <translation>il record contiene un carattere che non è ASCII stampabile (codice %1); un record SPF è solo ASCII</translation>
    </message>
    <message>
        <source>an SPF record starts with “v=spf1” and a space</source>
        <translation>un record SPF inizia con “v=spf1” e uno spazio</translation>
    </message>
    <message>
        <source>a modifier (name=value) cannot have a qualifier (+ - ~ ?)</source>
        <translation>un modificatore (nome=valore) non può avere un qualificatore (+ - ~ ?)</translation>
    </message>
    <message>
        <source>“%1” is not a modifier name: it must start with a letter, then letters, digits, “-”, “_” or “.”</source>
        <translation>“%1” non è un nome di modificatore: deve iniziare con una lettera, poi lettere, cifre, “-”, “_” o “.”</translation>
    </message>
    <message>
        <source>“%1=” needs a domain</source>
        <translation>“%1=” richiede un dominio</translation>
    </message>
    <message>
        <source>“%1” is not a domain: it must end in a dot and a top-level name (such as “.com”) or in a macro</source>
        <translation>“%1” non è un dominio: deve terminare con un punto e un nome di primo livello (come “.com”) o con una macro</translation>
    </message>
    <message>
        <source>“%1=” appears more than once; a record may have only one</source>
        <translation>“%1=” compare più di una volta; un record ne può avere uno solo</translation>
    </message>
    <message>
        <source>a qualifier must be followed by a mechanism</source>
        <translation>un qualificatore deve essere seguito da un meccanismo</translation>
    </message>
    <message>
        <source>“%1” is not a mechanism: use all, include, a, mx, ptr, ip4, ip6 or exists</source>
        <translation>“%1” non è un meccanismo: usa all, include, a, mx, ptr, ip4, ip6 o exists</translation>
    </message>
    <message>
        <source>“%1:” needs a domain after the colon</source>
        <translation>“%1:” richiede un dominio dopo i due punti</translation>
    </message>
    <message>
        <source>the prefix length “/%1” has a leading zero</source>
        <translation>la lunghezza del prefisso “/%1” ha uno zero iniziale</translation>
    </message>
    <message>
        <source>the prefix length /%1 is larger than %2</source>
        <translation>la lunghezza del prefisso /%1 è maggiore di %2</translation>
    </message>
    <message>
        <source>“all” takes nothing after it</source>
        <translation>“all” non vuole nulla dopo di sé</translation>
    </message>
    <message>
        <source>“%1” needs a colon and a domain, as in “%1:example.com”</source>
        <translation>“%1” richiede i due punti e un dominio, come in “%1:example.com”</translation>
    </message>
    <message>
        <source>“ptr” takes no prefix length; only “ptr” or “ptr:domain”</source>
        <translation>“ptr” non vuole una lunghezza di prefisso; solo “ptr” o “ptr:dominio”</translation>
    </message>
    <message>
        <source>after “%1” comes “:domain”, “/prefix” or “//prefix”</source>
        <translation>dopo “%1” viene “:dominio”, “/prefisso” o “//prefisso”</translation>
    </message>
    <message>
        <source>“ip6” needs a colon and an address, as in “ip6:2001:db8::/32”</source>
        <translation>“ip6” richiede i due punti e un indirizzo, come in “ip6:2001:db8::/32”</translation>
    </message>
    <message>
        <source>“ip4” needs a colon and an address, as in “ip4:192.0.2.0/24”</source>
        <translation>“ip4” richiede i due punti e un indirizzo, come in “ip4:192.0.2.0/24”</translation>
    </message>
    <message>
        <source>the prefix length “/%1” is not a number</source>
        <translation>la lunghezza del prefisso “/%1” non è un numero</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address</source>
        <translation>“%1” non è un indirizzo IPv6</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address (four numbers 0-255 without leading zeros)</source>
        <translation>“%1” non è un indirizzo IPv4 (quattro numeri da 0 a 255 senza zeri iniziali)</translation>
    </message>
</context>
<context>
    <name>Postino::StaticCredentialsProvider</name>
    <message>
        <source>The message %1 belongs to the account &quot;%2&quot;, which cannot be read here. Send it from Postino, or check the account with `postino-cli account list`.</source>
        <translation>Il messaggio %1 appartiene all&apos;account &quot;%2&quot;, che qui non può essere letto. Invialo da Postino, oppure controlla l&apos;account con `postino-cli account list`.</translation>
    </message>
    <message>
        <source>The message %1 needs the password of %2 on %3, and none was given. Run `postino-cli queue run` with --password-env VAR or --password-stdin.</source>
        <translation>Il messaggio %1 richiede la password di %2 su %3, e non ne è stata fornita alcuna. Esegui `postino-cli queue run` con --password-env VAR o --password-stdin.</translation>
    </message>
</context>
<context>
    <name>Postino::SuppressionDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importa CSV…</translation>
    </message>
    <message>
        <source>Suppression List</source>
        <translation>Destinatari esclusi</translation>
    </message>
    <message>
        <source>No campaign sends to these addresses: people who unsubscribed or asked not to get mail, and addresses that bounce. Messages already waiting for them are dropped.</source>
        <translation>Nessuna campagna invia a questi indirizzi: persone che si sono disiscritte o hanno chiesto di non ricevere posta, e indirizzi che tornano indietro. I messaggi già in attesa per loro vengono scartati.</translation>
    </message>
    <message>
        <source>Suppressed addresses</source>
        <translation>Indirizzi esclusi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Aggiunto il</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>The suppression list is empty.</source>
        <translation>L&apos;elenco dei destinatari esclusi è vuoto.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) on the list.</source>
        <translation>
            <numerusform>%n indirizzo nell&apos;elenco.</numerusform>
            <numerusform>%n indirizzi nell&apos;elenco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n aggiunto</numerusform>
            <numerusform>%n aggiunti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n già presente</numerusform>
            <numerusform>%n già presenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n rimosso</numerusform>
            <numerusform>%n rimossi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on the list</source>
        <translation>
            <numerusform>%n non nell&apos;elenco</numerusform>
            <numerusform>%n non nell&apos;elenco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (the first: line %1, %2)</source>
        <translation>
            <numerusform>%n riga saltata (riga %1 del file, %2)</numerusform>
            <numerusform>%n righe saltate (la prima: riga %1 del file, %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Fatto: %1.</translation>
    </message>
    <message>
        <source>Add to the Suppression List</source>
        <translation>Aggiungi ai destinatari esclusi</translation>
    </message>
    <message>
        <source>Addresses (separated by spaces, commas or semicolons):</source>
        <translation>Indirizzi (separati da spazi, virgole o punti e virgola):</translation>
    </message>
    <message>
        <source>Import Addresses into the Suppression List</source>
        <translation>Importa indirizzi nell&apos;elenco dei destinatari esclusi</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>Postino::SuppressionList</name>
    <message>
        <source>creating the folder</source>
        <translation>la creazione della cartella</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>la scrittura di</translation>
    </message>
    <message>
        <source>flushing to disk</source>
        <translation>la sincronizzazione su disco di</translation>
    </message>
    <message>
        <source>renaming into place</source>
        <translation>la ridenominazione definitiva di</translation>
    </message>
    <message>
        <source>flushing the folder to disk</source>
        <translation>la sincronizzazione su disco della cartella</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>la rimozione di</translation>
    </message>
    <message>
        <source>The suppression list was not changed: %1</source>
        <translation>L&apos;elenco dei destinatari esclusi non è stato modificato: %1</translation>
    </message>
    <message>
        <source>The suppression list was not changed: %1 addresses are not valid (%2). Correct them and try again. The first one: %3</source>
        <translation>L&apos;elenco dei destinatari esclusi non è stato modificato: %1 indirizzi non sono validi (%2). Correggili e riprova. Il primo: %3</translation>
    </message>
    <message>
        <source>%1 has no column of addresses that Postino can tell (its columns are: %2). Call that column &quot;email&quot; in the header, or give a file with just one address a line.</source>
        <translation>In %1 Postino non riconosce la colonna degli indirizzi (le colonne sono: %2). Chiama quella colonna &quot;email&quot; nell&apos;intestazione, oppure usa un file con un solo indirizzo per riga.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the suppression list. Check that it can be written.</source>
        <translation>Non è stato possibile creare la cartella %1 per l&apos;elenco dei destinatari esclusi. Controlla che sia scrivibile.</translation>
    </message>
    <message>
        <source>The suppression list %1 is being changed by another program (its lock file %2 is held). Try again in a moment.</source>
        <translation>L&apos;elenco dei destinatari esclusi %1 è in modifica da parte di un altro programma (il suo file di blocco %2 è occupato). Riprova tra un momento.</translation>
    </message>
    <message>
        <source>Could not lock the suppression list: its lock file %1 cannot be created. Check that the folder can be written.</source>
        <translation>Non è stato possibile bloccare l&apos;elenco dei destinatari esclusi: non si riesce a creare il suo file di blocco %1. Controlla che la cartella sia scrivibile.</translation>
    </message>
    <message>
        <source>Could not read the suppression list %1: %2. Check that the file can be read.</source>
        <translation>Non è stato possibile leggere l&apos;elenco dei destinatari esclusi %1: %2. Controlla che il file si possa leggere.</translation>
    </message>
    <message>
        <source>it is larger than %1 MB</source>
        <translation>supera i %1 MB</translation>
    </message>
    <message>
        <source>Could not read the suppression list %1: %2. Check the disk and try again.</source>
        <translation>Non è stato possibile leggere l&apos;elenco dei destinatari esclusi %1: %2. Controlla il disco e riprova.</translation>
    </message>
    <message>
        <source>it is not valid JSON: %1 at byte %2</source>
        <translation>non è JSON valido: %1 al byte %2</translation>
    </message>
    <message>
        <source>it is not a version %1 suppression list</source>
        <translation>non è un elenco di destinatari esclusi nel formato della versione %1</translation>
    </message>
    <message>
        <source>entry %1, &quot;%2&quot;, is not a valid address</source>
        <translation>la voce %1, &quot;%2&quot;, non è un indirizzo valido</translation>
    </message>
    <message>
        <source>The suppression list %1 was saved, but flushing its folder to disk failed (%2), so the change could be lost if the power fails now. Check the disk.</source>
        <translation>L&apos;elenco dei destinatari esclusi %1 è stato salvato, ma la sincronizzazione su disco della sua cartella non è riuscita (%2): la modifica potrebbe andare persa se ora mancasse la corrente. Controlla il disco.</translation>
    </message>
    <message>
        <source>Could not save the suppression list: %1 %2 failed (%3). Free some disk space or make the folder writable, then try again; the list on the disk was left as it was.</source>
        <translation>Non è stato possibile salvare l&apos;elenco dei destinatari esclusi: non è riuscita %1 %2 (%3). Libera spazio sul disco o rendi scrivibile la cartella, poi riprova; l&apos;elenco sul disco è rimasto com&apos;era.</translation>
    </message>
    <message>
        <source>The suppression list %1 is damaged: %2. It was left as it is: repair it, or move it aside to start an empty list (no campaign can be checked against it until then).</source>
        <translation>L&apos;elenco dei destinatari esclusi %1 è danneggiato: %2. È stato lasciato com&apos;è: riparalo, oppure spostalo altrove per ripartire da un elenco vuoto (fino ad allora nessuna campagna può essere confrontata con l&apos;elenco).</translation>
    </message>
</context>
<context>
    <name>Postino::TagList</name>
    <message>
        <source>an empty tag at character %1: two “;” with nothing between</source>
        <translation>un tag vuoto al carattere %1: due “;” senza nulla in mezzo</translation>
    </message>
    <message>
        <source>“%1” at character %2 is not a tag: a tag is name=value</source>
        <translation>“%1” al carattere %2 non è un tag: un tag è nome=valore</translation>
    </message>
    <message>
        <source>“%1” at character %2 is not a tag name: a letter, then letters, digits or “_”</source>
        <translation>“%1” al carattere %2 non è un nome di tag: una lettera, poi lettere, cifre o “_”</translation>
    </message>
    <message>
        <source>the value of “%1” contains a character that is not printable ASCII (code %2)</source>
        <translation>il valore di “%1” contiene un carattere che non è ASCII stampabile (codice %2)</translation>
    </message>
    <message>
        <source>the tag “%1” appears more than once</source>
        <translation>il tag “%1” compare più di una volta</translation>
    </message>
</context>
<context>
    <name>Postino::Transcript</name>
    <message>
        <source>Cannot write the transcript to %1: %2. Choose a writable file.</source>
        <translation>Impossibile scrivere la trascrizione in %1: %2. Scegli un file scrivibile.</translation>
    </message>
</context>
<context>
    <name>Postino::TrustedCertificatesDialog</name>
    <message>
        <source>Trusted Certificates</source>
        <translation>Certificati attendibili</translation>
    </message>
    <message>
        <source>Each of these certificates is trusted by its fingerprint, whether or not it verifies. Remove one when its server has a valid certificate again, or when you no longer trust it.</source>
        <translation>Ognuno di questi certificati è attendibile per la sua impronta, che sia verificabile o no. Rimuovine uno quando il suo server ha di nuovo un certificato valido, o quando non ti fidi più.</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificati attendibili</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Impronta digitale SHA-256</translation>
    </message>
    <message>
        <source>No certificate is trusted by its fingerprint: every server&apos;s certificate must be valid for its name. The account wizard asks before it trusts one that is not.</source>
        <translation>Nessun certificato è attendibile per la sua impronta: il certificato di ogni server deve essere valido per il suo nome. La procedura guidata dell&apos;account chiede prima di considerare attendibile uno che non lo è.</translation>
    </message>
    <message>
        <source>&amp;Copy Fingerprint</source>
        <translation>&amp;Copia impronta</translation>
    </message>
    <message>
        <source>Put the selected fingerprint on the clipboard, to compare it with the one your provider publishes</source>
        <translation>Copia negli appunti l&apos;impronta selezionata, per confrontarla con quella pubblicata dal tuo provider</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Rimuovi…</translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate</source>
        <translation>Non considerare più attendibile il certificato selezionato</translation>
    </message>
    <message>
        <source>The fingerprint of %1 is on the clipboard.</source>
        <translation>L&apos;impronta di %1 è negli appunti.</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Remove Trusted Certificate</source>
        <translation>Rimuovi certificato attendibile</translation>
    </message>
    <message>
        <source>Stop trusting the certificate of %1 for the account %2?

Its messages will then be sent only if the server&apos;s certificate is valid for its name; otherwise they wait in the outbox with the reason, until the certificate is fixed or you accept it again.</source>
        <translation>Non considerare più attendibile il certificato di %1 per l&apos;account %2?

I suoi messaggi saranno inviati solo se il certificato del server è valido per il suo nome; altrimenti restano nella posta in uscita con il motivo, finché il certificato non viene corretto o non lo accetti di nuovo.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>%1 no longer trusts a certificate by its fingerprint.</source>
        <translation>L&apos;account %1 non considera più attendibile un certificato per la sua impronta.</translation>
    </message>
</context>
<context>
    <name>Postino::UnboundDnsResolver</name>
    <message>
        <source>the system&apos;s name servers</source>
        <translation>i server dei nomi del sistema</translation>
    </message>
    <message>
        <source>The DNS resolver could not start (libunbound made no context).</source>
        <translation>Il risolutore DNS non si è potuto avviare (libunbound non ha creato alcun contesto).</translation>
    </message>
    <message>
        <source>The DNS resolver could not start: %1 (%2).</source>
        <translation>Il risolutore DNS non si è potuto avviare: %1 (%2).</translation>
    </message>
    <message>
        <source>an option was refused</source>
        <translation>un&apos;opzione è stata rifiutata</translation>
    </message>
    <message>
        <source>the name server %1 was refused</source>
        <translation>il server dei nomi %1 è stato rifiutato</translation>
    </message>
    <message>
        <source>the trust anchor %1 could not be read</source>
        <translation>non è stato possibile leggere l&apos;ancora di fiducia %1</translation>
    </message>
    <message>
        <source>no background thread</source>
        <translation>nessun thread in background</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name that can be looked up.</source>
        <translation>&quot;%1&quot; non è un nome di dominio che si possa cercare nel DNS.</translation>
    </message>
    <message>
        <source>The DNS look-up of %1 (%2) could not start: %3.</source>
        <translation>L&apos;interrogazione DNS di %1 (%2) non è potuta partire: %3.</translation>
    </message>
    <message>
        <source>The DNS look-up of %1 (%2) failed: %3.</source>
        <translation>L&apos;interrogazione DNS di %1 (%2) non è riuscita: %3.</translation>
    </message>
    <message>
        <source>The DNSSEC signatures of %1 (%2) do not verify, so the answer may be forged: %3. Ask the domain&apos;s DNS operator to fix its DNSSEC.</source>
        <translation>Le firme DNSSEC di %1 (%2) non sono valide, quindi la risposta potrebbe essere falsificata: %3. Chiedi a chi gestisce il DNS del dominio di correggerne il DNSSEC.</translation>
    </message>
    <message>
        <source>The DNS look-up of %1 (%2) failed: %3 could not answer (SERVFAIL).</source>
        <translation>L&apos;interrogazione DNS di %1 (%2) non è riuscita: nessuna risposta utile da %3 (SERVFAIL).</translation>
    </message>
    <message>
        <source>The DNS look-up of %1 (%2) failed: %3 refused to answer (REFUSED).</source>
        <translation>L&apos;interrogazione DNS di %1 (%2) non è riuscita: rifiuto di rispondere da parte di %3 (REFUSED).</translation>
    </message>
    <message>
        <source>The DNS look-up of %1 (%2) failed: %3 answered with error code %4.</source>
        <translation>L&apos;interrogazione DNS di %1 (%2) non è riuscita: risposta da %3 con il codice di errore %4.</translation>
    </message>
    <message numerus="yes">
        <source>The DNS look-up of %1 (%2) got no answer from %3 within %n second(s). Check the name server and the network.</source>
        <translation>
            <numerusform>L&apos;interrogazione DNS di %1 (%2) non ha avuto risposta da %3 entro %n secondo. Controlla il server dei nomi e la rete.</numerusform>
            <numerusform>L&apos;interrogazione DNS di %1 (%2) non ha avuto risposta da %3 entro %n secondi. Controlla il server dei nomi e la rete.</numerusform>
        </translation>
    </message>
    <message>
        <source>The DNS answer for %1 (%2) could not be read: its records are malformed.</source>
        <translation>Non è stato possibile leggere la risposta DNS per %1 (%2): i suoi record sono malformati.</translation>
    </message>
</context>
<context>
    <name>Postino::UserDictionary</name>
    <message>
        <source>Cannot read your dictionary %1: %2</source>
        <translation>Impossibile leggere il tuo dizionario %1: %2</translation>
    </message>
    <message>
        <source>Your dictionary %1 is larger than 4 MiB: it is not a word list</source>
        <translation>Il tuo dizionario %1 supera i 4 MiB: non è un elenco di parole</translation>
    </message>
    <message>
        <source>“%1” is not a word that can be added to your dictionary</source>
        <translation>“%1” non è una parola che si possa aggiungere al tuo dizionario</translation>
    </message>
    <message>
        <source>Cannot create the folder of your dictionary %1</source>
        <translation>Impossibile creare la cartella del tuo dizionario %1</translation>
    </message>
    <message>
        <source>Cannot write your dictionary %1: %2</source>
        <translation>Impossibile scrivere il tuo dizionario %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Send e-mail that arrives.</source>
        <translation>Invia e-mail che arrivano a destinazione.</translation>
    </message>
    <message>
        <source>Start in the system tray (or minimised), as at login.</source>
        <translation>Avvia nell&apos;area di notifica (o ridotto a icona), come all&apos;accesso.</translation>
    </message>
</context>
</TS>
