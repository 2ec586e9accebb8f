<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>BulkActions</name>
    <message>
        <source>Select one or more contacts first.</source>
        <translation>Markera en eller flera kontakter först.</translation>
    </message>
    <message>
        <source>Choose who should take over the contacts.</source>
        <translation>Välj vem som ska ta över kontakterna.</translation>
    </message>
    <message>
        <source>Choose the unit to forward to.</source>
        <translation>Välj enheten att vidarebefordra till.</translation>
    </message>
    <message>
        <source>Choose an eftermärkning code before completing. Every completed contact needs one; nothing was completed.</source>
        <translation>Välj en eftermärkningskod innan du avslutar. Varje avslutad kontakt behöver en; ingenting avslutades.</translation>
    </message>
    <message>
        <source>%1 is not an active eftermärkning code; nothing was completed.</source>
        <translation>%1 är inte en aktiv eftermärkningskod; ingenting avslutades.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Vårdinkorg: one inbox for callbacks, voicemails and 1177 requests.</source>
        <translation>Vårdinkorg: en inkorg för återuppringningar, röstmeddelanden och 1177-ärenden.</translation>
    </message>
    <message>
        <source>User interface language: sv or en.</source>
        <translation>Språk i gränssnittet: sv eller en.</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>Rita huvudfönstret till en PNG-fil och avsluta.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Oväntat argument: %1</translation>
    </message>
    <message>
        <source>Unknown language "%1": use sv or en.</source>
        <translation>Okänt språk "%1": använd sv eller en.</translation>
    </message>
    <message>
        <source>Log in as this user without the dialog; the password is read from the environment variable VARDINKORG_PASSWORD.</source>
        <translation>Logga in som den här användaren utan dialogrutan; lösenordet läses från miljövariabeln VARDINKORG_PASSWORD.</translation>
    </message>
    <message>
        <source>Milliseconds a logged-in screenshot waits for the first sync.</source>
        <translation>Millisekunder som en inloggad skärmbild väntar på den första synkroniseringen.</translation>
    </message>
    <message>
        <source>--screenshot-wait needs a number of milliseconds.</source>
        <translation>--screenshot-wait behöver ett antal millisekunder.</translation>
    </message>
    <message>
        <source>Before the screenshot, open the first contact of this channel: callback, voicemail or eservice; or the patient panel of a patient with a SIP: patient, patient-care (its named contacts); or sip: a SIP plan that misses a required element; or a team lead's page: team or stats.</source>
        <translation>Öppna före skärmbilden det första ärendet i den här kanalen: callback, voicemail eller eservice; eller patientöversikten för en patient med SIP: patient, patient-care (patientens fasta kontakter); eller sip: en SIP-plan som saknar en del som lagen kräver; eller en teamledares sida: team eller stats.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The region store refused the operation: you do not have permission.</source>
        <translation>Regionlagret nekade åtgärden: du saknar behörighet.</translation>
    </message>
    <message>
        <source>The region store was busy with a conflicting change; try again.</source>
        <translation>Regionlagret var upptaget med en ändring som krockade; försök igen.</translation>
    </message>
    <message>
        <source>The region store cancelled the operation.</source>
        <translation>Regionlagret avbröt åtgärden.</translation>
    </message>
    <message>
        <source>The connection to the region store was lost.</source>
        <translation>Förbindelsen med regionlagret bröts.</translation>
    </message>
    <message>
        <source>The region store rejected the data: it breaks a rule of the database.</source>
        <translation>Regionlagret avvisade uppgifterna: de bryter mot en regel i databasen.</translation>
    </message>
    <message>
        <source>The region store rejected invalid input.</source>
        <translation>Regionlagret avvisade ogiltiga uppgifter.</translation>
    </message>
    <message>
        <source>The region store could not carry out the operation (error %1).</source>
        <translation>Regionlagret kunde inte utföra åtgärden (fel %1).</translation>
    </message>
    <message>
        <source>Could not connect to the region store.</source>
        <translation>Kunde inte ansluta till regionlagret.</translation>
    </message>
    <message>
        <source>The region store did not accept the user name or password.</source>
        <translation>Regionlagret godtog inte användarnamnet eller lösenordet.</translation>
    </message>
    <message>
        <source>The region store has no such database.</source>
        <translation>Regionlagret har ingen sådan databas.</translation>
    </message>
    <message>
        <source>Could not prepare the password for the region store.</source>
        <translation>Lösenordet för regionlagret kunde inte förberedas.</translation>
    </message>
</context>
<context>
    <name>RegionMigrator</name>
    <message>
        <source>The built-in migration %1 is misnamed or unreadable.</source>
        <translation>Den inbyggda migreringen %1 har fel namn eller går inte att läsa.</translation>
    </message>
    <message>
        <source>Two built-in migrations share the number %1.</source>
        <translation>Två inbyggda migreringar har samma nummer %1.</translation>
    </message>
    <message>
        <source>The region store has schema version %1, newer than this program knows (%2). Use a newer version of the program.</source>
        <translation>Regionlagret har schemaversion %1, nyare än programmet känner till (%2). Använd en nyare version av programmet.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) differs from the one applied to this database.</source>
        <translation>Migrering %1 (%2) skiljer sig från den som redan körts i databasen.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed and was rolled back: %3</source>
        <translation>Migrering %1 (%2) misslyckades och rullades tillbaka: %3</translation>
    </message>
</context>
<context>
    <name>TeamReportPrinter</name>
    <message>
        <source>Queue review report</source>
        <translation>Rapport: köuppföljning</translation>
    </message>
    <message>
        <source>Period %1 – %2. Figures from the region store; kontakt samma dag counts callbacks and voicemails on the day their promise falls due (after closing time, weekends and holidays count on the next working day; a booked callback called early is a miss).</source>
        <translation>Period %1–%2. Siffror från regionens databas; kontakt samma dag räknar återuppringningar och röstmeddelanden den dag löftet gäller (efter stängning, helger och helgdagar räknas nästa arbetsdag; en tidsbokad återuppringning som rings för tidigt räknas som missad).</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Same-day contact (phone)</source>
        <translation>Kontakt samma dag (telefon)</translation>
    </message>
    <message>
        <source>1177 answered within target</source>
        <translation>1177 besvarade inom målet</translation>
    </message>
    <message>
        <source>Medical assessment within 3 days</source>
        <translation>Medicinsk bedömning inom 3 dagar</translation>
    </message>
    <message>
        <source>Callers turned away</source>
        <translation>Avvisade uppringare</translation>
    </message>
    <message>
        <source>Same-day contact per day</source>
        <translation>Kontakt samma dag per dag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Eftermärkning</source>
        <translation>Eftermärkning</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Handled per staff member</source>
        <translation>Hanterade per medarbetare</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <source>Closed otherwise</source>
        <translation>Stängda på annat sätt</translation>
    </message>
    <message>
        <source>The PDF report could not be written to %1.</source>
        <translation>PDF-rapporten kunde inte sparas till %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write the screenshot to %1</source>
        <translation>Kunde inte spara skärmbilden till %1</translation>
    </message>
    <message>
        <source>The cache holds no SIP with a missing element to show.</source>
        <translation>Cachen har ingen SIP med en saknad del att visa.</translation>
    </message>
</context>
<context>
    <name>vk::AccessLogClient</name>
    <message>
        <source>The patient's id is not valid.</source>
        <translation>Patientens id är inte giltigt.</translation>
    </message>
    <message>
        <source>The region store cannot be reached, so the access log cannot be read now. The log lives only in the region store; try again when the desk is online. (%1)</source>
        <translation>Regionlagret går inte att nå, så åtkomstloggen kan inte läsas nu. Loggen finns bara i regionlagret; försök igen när datorn är ansluten. (%1)</translation>
    </message>
    <message>
        <source>Only a team lead of a unit the patient has contact with may read the access log.</source>
        <translation>Bara en teamledare för en enhet som patienten har kontakt med får läsa åtkomstloggen.</translation>
    </message>
    <message>
        <source>The region store did not hand out the access log: %1</source>
        <translation>Regionlagret lämnade inte ut åtkomstloggen: %1</translation>
    </message>
</context>
<context>
    <name>vk::AccessLogCsv</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>User HSA-id</source>
        <translation>Användarens HSA-id</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Unit HSA-id</source>
        <translation>Enhetens HSA-id</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
</context>
<context>
    <name>vk::AccessLogModel</name>
    <message>
        <source>Opened a contact</source>
        <translation>Öppnade ett ärende</translation>
    </message>
    <message>
        <source>Opened the patient panel</source>
        <translation>Öppnade patientöversikten</translation>
    </message>
    <message>
        <source>Read the access log</source>
        <translation>Läste åtkomstloggen</translation>
    </message>
    <message>
        <source>Exported the access log</source>
        <translation>Exporterade åtkomstloggen</translation>
    </message>
    <message>
        <source>Claimed a contact</source>
        <translation>Tog ett ärende</translation>
    </message>
    <message>
        <source>Released a contact</source>
        <translation>Släppte ett ärende</translation>
    </message>
    <message>
        <source>Released a contact (team lead)</source>
        <translation>Släppte ett ärende (teamledare)</translation>
    </message>
    <message>
        <source>Reassigned a contact</source>
        <translation>Fördelade om ett ärende</translation>
    </message>
    <message>
        <source>Logged a call attempt</source>
        <translation>Registrerade ett samtalsförsök</translation>
    </message>
    <message>
        <source>Rebooked a callback</source>
        <translation>Bokade om en återuppringning</translation>
    </message>
    <message>
        <source>Replied to a 1177 request</source>
        <translation>Svarade på ett 1177-ärende</translation>
    </message>
    <message>
        <source>Forwarded a contact</source>
        <translation>Vidarebefordrade ett ärende</translation>
    </message>
    <message>
        <source>Cancelled a contact</source>
        <translation>Makulerade ett ärende</translation>
    </message>
    <message>
        <source>Verified the identity</source>
        <translation>Kontrollerade identiteten</translation>
    </message>
    <message>
        <source>Completed a contact</source>
        <translation>Avslutade ett ärende</translation>
    </message>
    <message>
        <source>Assigned a named contact</source>
        <translation>Tilldelade en fast kontakt</translation>
    </message>
    <message>
        <source>Ended a named contact</source>
        <translation>Avslutade en fast kontakt</translation>
    </message>
    <message>
        <source>Created a SIP</source>
        <translation>Skapade en SIP</translation>
    </message>
    <message>
        <source>Changed a SIP</source>
        <translation>Ändrade en SIP</translation>
    </message>
    <message>
        <source>Wrote a SIP note</source>
        <translation>Skrev en SIP-anteckning</translation>
    </message>
    <message>
        <source>Recorded a SIP meeting</source>
        <translation>Registrerade ett SIP-möte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
</context>
<context>
    <name>vk::AccessLogWidget</name>
    <message>
        <source>Read access log</source>
        <translation>Läs åtkomstloggen</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exportera som CSV…</translation>
    </message>
    <message>
        <source>Who has read this patient's data, from your units: read from the region store when you ask for it (the log is not kept on the desk).</source>
        <translation>Vem som har läst patientens uppgifter från dina enheter: hämtas från regionlagret när du ber om det (loggen sparas inte på datorn).</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Åtkomstlogg</translation>
    </message>
    <message>
        <source>The desk has no connection settings for the region store.</source>
        <translation>Datorn har inga anslutningsuppgifter till regionlagret.</translation>
    </message>
    <message>
        <source>Reading the access log from the region store…</source>
        <translation>Läser åtkomstloggen från regionlagret…</translation>
    </message>
    <message numerus="yes">
        <source>%n access(es) logged at your units, newest first.</source>
        <translation>
            <numerusform>%n åtkomst loggad vid dina enheter.</numerusform>
            <numerusform>%n åtkomster loggade vid dina enheter, senaste först.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a patient first.</source>
        <translation>Öppna en patient först.</translation>
    </message>
    <message>
        <source>The access log was not exported because the export could not be logged: %1</source>
        <translation>Åtkomstloggen exporterades inte eftersom exporten inte kunde loggas: %1</translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation>Filen kunde inte skrivas (%1).</translation>
    </message>
    <message>
        <source>Export access log</source>
        <translation>Exportera åtkomstloggen</translation>
    </message>
    <message>
        <source>access-log.csv</source>
        <translation>atkomstlogg.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n access(es). The export is logged.</source>
        <translation>
            <numerusform>Exporterade %n åtkomst. Exporten är loggad.</numerusform>
            <numerusform>Exporterade %n åtkomster. Exporten är loggad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vk::CacheDatabase</name>
    <message>
        <source>The password is not correct.</source>
        <translation>Lösenordet är inte rätt.</translation>
    </message>
    <message>
        <source>The file is not a Vårdinkorg cache.</source>
        <translation>Filen är inte en cache från Vårdinkorg.</translation>
    </message>
    <message>
        <source>The local cache is damaged. It can be removed and downloaded again from the region.</source>
        <translation>Den lokala cachen är skadad. Den kan tas bort och hämtas på nytt från regionen.</translation>
    </message>
    <message>
        <source>The local cache could not be upgraded to this version of Vårdinkorg.</source>
        <translation>Den lokala cachen kunde inte uppgraderas till den här versionen av Vårdinkorg.</translation>
    </message>
    <message>
        <source>The local cache is in use. Close other connections and try again.</source>
        <translation>Den lokala cachen används. Stäng andra anslutningar och försök igen.</translation>
    </message>
    <message>
        <source>The local cache is locked.</source>
        <translation>Den lokala cachen är låst.</translation>
    </message>
    <message>
        <source>The local cache cannot be opened with these settings.</source>
        <translation>Den lokala cachen kan inte öppnas med de här inställningarna.</translation>
    </message>
    <message>
        <source>The local cache could not be read or written. Check the disk and its permissions.</source>
        <translation>Den lokala cachen kunde inte läsas eller skrivas. Kontrollera disken och dess behörigheter.</translation>
    </message>
</context>
<context>
    <name>vk::CacheReadError</name>
    <message>
        <source>The local cache could not be read (%1).</source>
        <translation>Den lokala cachen kunde inte läsas (%1).</translation>
    </message>
</context>
<context>
    <name>vk::CallAttemptsWidget</name>
    <message>
        <source>Copy number</source>
        <translation>Kopiera nummer</translation>
    </message>
    <message>
        <source>Log attempt (L)</source>
        <translation>Logga försök (L)</translation>
    </message>
    <message>
        <source>Copy the phone number</source>
        <translation>Kopiera telefonnumret</translation>
    </message>
    <message>
        <source>Call attempts</source>
        <translation>Uppringningsförsök</translation>
    </message>
    <message>
        <source>Log a call attempt</source>
        <translation>Logga ett uppringningsförsök</translation>
    </message>
    <message>
        <source>No number registered</source>
        <translation>Inget nummer registrerat</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation>Inga försök ännu.</translation>
    </message>
    <message>
        <source>Failed attempts: %1 of %2</source>
        <translation>Misslyckade försök: %1 av %2</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>Kopierat. Urklippet töms om 30 sekunder.</translation>
    </message>
</context>
<context>
    <name>vk::CallbackPane</name>
    <message>
        <source>Rebook…</source>
        <translation>Boka om…</translation>
    </message>
    <message>
        <source>Rebook the callback to another time</source>
        <translation>Boka om återuppringningen till en annan tid</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kö</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Booked for %1</source>
        <translation>Bokad till %1</translation>
    </message>
    <message>
        <source>Booked callback: call at the booked time. Calling early also counts as a miss.</source>
        <translation>Tidsbokad återuppringning: ring på den bokade tiden. Att ringa för tidigt räknas också som en miss.</translation>
    </message>
    <message>
        <source>Booked callback: the slot has started. Calling early also counts as a miss.</source>
        <translation>Tidsbokad återuppringning: den bokade tiden har börjat. Att ringa för tidigt räknas också som en miss.</translation>
    </message>
    <message>
        <source>Asked for: %1</source>
        <translation>Önskad tid: %1</translation>
    </message>
    <message>
        <source>As soon as possible, by %1</source>
        <translation>Så snart som möjligt, senast %1</translation>
    </message>
</context>
<context>
    <name>vk::CancelContactDialog</name>
    <message>
        <source>Cancel contact</source>
        <translation>Makulera kontakt</translation>
    </message>
    <message>
        <source>Why the contact is cancelled</source>
        <translation>Varför kontakten makuleras</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Välj en anledning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Optional, e.g. which contact it duplicates</source>
        <translation>Valfritt, t.ex. vilken kontakt den är en dubblett av</translation>
    </message>
    <message>
        <source>Keep contact</source>
        <translation>Behåll kontakten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
</context>
<context>
    <name>vk::CareContactDialog</name>
    <message>
        <source>Until further notice</source>
        <translation>Tills vidare</translation>
    </message>
    <message>
        <source>The patient declined</source>
        <translation>Patienten avböjde</translation>
    </message>
    <message>
        <source>Assign named contact</source>
        <translation>Tilldela fast kontakt</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Why the patient needs a named contact, what was agreed (optional)</source>
        <translation>Varför patienten behöver en fast kontakt, vad som överenskoms (frivilligt)</translation>
    </message>
    <message>
        <source>The patient was offered the named contact and said no. The offer is kept in the history.</source>
        <translation>Patienten erbjöds den fasta kontakten och tackade nej. Erbjudandet sparas i historiken.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tilldela</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You belong to no unit on this desk yet.</source>
        <translation>Du tillhör ännu ingen enhet på den här datorn.</translation>
    </message>
    <message>
        <source>Choose the staff member to assign.</source>
        <translation>Välj vilken medarbetare som ska tilldelas.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>Slutdatumet ligger före startdatumet.</translation>
    </message>
    <message>
        <source>The note is longer than 4000 characters.</source>
        <translation>Anteckningen är längre än 4000 tecken.</translation>
    </message>
</context>
<context>
    <name>vk::CareContactsModel</name>
    <message>
        <source>Fast vårdkontakt</source>
        <translation>Fast vårdkontakt</translation>
    </message>
    <message>
        <source>Fast läkarkontakt</source>
        <translation>Fast läkarkontakt</translation>
    </message>
    <message>
        <source>Kontaktsjuksköterska</source>
        <translation>Kontaktsjuksköterska</translation>
    </message>
    <message>
        <source>Declined by the patient</source>
        <translation>Avböjd av patienten</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>Börjar %1</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltighet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Appointed by</source>
        <translation>Utsedd av</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>vk::ChangeApplier</name>
    <message>
        <source>A change from the region store could not be saved locally (%1).</source>
        <translation>En ändring från regionlagret kunde inte sparas lokalt (%1).</translation>
    </message>
</context>
<context>
    <name>vk::CodeCatalogue</name>
    <message>
        <source>Expected %1 fields but found %2.</source>
        <translation>Förväntade %1 fält men hittade %2.</translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation>Koden är tom.</translation>
    </message>
    <message>
        <source>A code may only contain capital letters A-Z, digits and '_' (at most 16).</source>
        <translation>En kod får bara innehålla versalerna A-Z, siffror och '_' (högst 16 tecken).</translation>
    </message>
    <message>
        <source>The code "%1" is already defined on line %2.</source>
        <translation>Koden "%1" finns redan på rad %2.</translation>
    </message>
    <message>
        <source>The Swedish label is empty.</source>
        <translation>Den svenska benämningen är tom.</translation>
    </message>
    <message>
        <source>The English label is empty.</source>
        <translation>Den engelska benämningen är tom.</translation>
    </message>
    <message>
        <source>A label is longer than 200 characters.</source>
        <translation>En benämning är längre än 200 tecken.</translation>
    </message>
    <message>
        <source>A label contains control characters.</source>
        <translation>En benämning innehåller styrtecken.</translation>
    </message>
    <message>
        <source>The sort order must be a whole number.</source>
        <translation>Sorteringsordningen måste vara ett heltal.</translation>
    </message>
    <message>
        <source>The active column must be true or false.</source>
        <translation>Kolumnen active måste vara true eller false.</translation>
    </message>
    <message>
        <source>The file contains no codes.</source>
        <translation>Filen innehåller inga koder.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not shown.</source>
        <translation>
            <numerusform>Ytterligare %n problem visas inte.</numerusform>
            <numerusform>Ytterligare %n problem visas inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code list was not imported:</source>
        <translation>Kodlistan importerades inte:</translation>
    </message>
    <message>
        <source>The built-in code list is missing.</source>
        <translation>Den inbyggda kodlistan saknas.</translation>
    </message>
    <message>
        <source>The first line must name the columns code, label_sv and label_en, and may name sort_order and active.</source>
        <translation>Första raden måste namnge kolumnerna code, label_sv och label_en, och får namnge sort_order och active.</translation>
    </message>
</context>
<context>
    <name>vk::CompleteDialog</name>
    <message>
        <source>Medical assessment done</source>
        <translation>Medicinsk bedömning gjord</translation>
    </message>
    <message>
        <source>Complete contact</source>
        <translation>Avsluta kontakt</translation>
    </message>
    <message>
        <source>Every contact is closed with an eftermärkning code: type the code or a word of its name and choose from the list.</source>
        <translation>Varje kontakt avslutas med en eftermärkningskod: skriv koden eller ett ord ur namnet och välj i listan.</translation>
    </message>
    <message>
        <source>Eftermärkning code</source>
        <translation>Eftermärkningskod</translation>
    </message>
    <message>
        <source>Type a code or a word, e.g. RAD or recept</source>
        <translation>Skriv en kod eller ett ord, t.ex. RAD eller recept</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Matchande koder</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Avslutande anteckning</translation>
    </message>
    <message>
        <source>Optional closing note</source>
        <translation>Valfri avslutande anteckning</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No active code matches.</source>
        <translation>Ingen aktiv kod matchar.</translation>
    </message>
    <message>
        <source>No code chosen yet.</source>
        <translation>Ingen kod vald ännu.</translation>
    </message>
    <message>
        <source>Chosen: %1 — %2</source>
        <translation>Vald: %1 — %2</translation>
    </message>
</context>
<context>
    <name>vk::ConflictNoticeWidget</name>
    <message>
        <source>Conflicts from the region store</source>
        <translation>Konflikter från regionlagret</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Show the contact</source>
        <translation>Visa kontakten</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Stäng meddelandet</translation>
    </message>
</context>
<context>
    <name>vk::ContactDetailRepository</name>
    <message>
        <source>The contact is no longer in your inbox.</source>
        <translation>Kontakten finns inte längre i din inkorg.</translation>
    </message>
</context>
<context>
    <name>vk::ContactDetailWidget</name>
    <message>
        <source>Contact details</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <source>Claim (C)</source>
        <translation>Ta kontakten (C)</translation>
    </message>
    <message>
        <source>Claim the contact</source>
        <translation>Ta kontakten</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Släpp</translation>
    </message>
    <message>
        <source>Release the contact</source>
        <translation>Släpp kontakten</translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation>Kontrollera identitet…</translation>
    </message>
    <message>
        <source>Verify the caller's identity</source>
        <translation>Kontrollera uppringarens identitet</translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation>Vidarebefordra…</translation>
    </message>
    <message>
        <source>Forward to another unit</source>
        <translation>Vidarebefordra till en annan enhet</translation>
    </message>
    <message>
        <source>Cancel contact…</source>
        <translation>Makulera kontakt…</translation>
    </message>
    <message>
        <source>Cancel the contact</source>
        <translation>Makulera kontakten</translation>
    </message>
    <message>
        <source>Complete (Ctrl+Enter)</source>
        <translation>Avsluta (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Complete the contact with a code</source>
        <translation>Avsluta kontakten med en kod</translation>
    </message>
    <message>
        <source>Complete and open next</source>
        <translation>Avsluta och öppna nästa</translation>
    </message>
    <message>
        <source>Complete the contact and open the next one</source>
        <translation>Avsluta kontakten och öppna nästa</translation>
    </message>
    <message>
        <source>Rebook…</source>
        <translation>Boka om…</translation>
    </message>
    <message>
        <source>Rebook the callback</source>
        <translation>Boka om återuppringningen</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Avsluta…</translation>
    </message>
    <message>
        <source>Complete the contact</source>
        <translation>Avsluta kontakten</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Makulera…</translation>
    </message>
    <message>
        <source>The desk is locked. Unlock it to see the contact.</source>
        <translation>Skrivbordet är låst. Lås upp för att se kontakten.</translation>
    </message>
    <message>
        <source>Your desk does not know who you are yet.</source>
        <translation>Skrivbordet vet ännu inte vem du är.</translation>
    </message>
    <message>
        <source>The contact is not shown because the access could not be logged: %1</source>
        <translation>Kontakten visas inte eftersom åtkomsten inte kunde loggas: %1</translation>
    </message>
    <message>
        <source>Not reached after %1 attempts. Choose the next step: rebook the call, complete the contact or cancel it.</source>
        <translation>Ej nådd efter %1 försök. Välj nästa steg: boka om samtalet, avsluta kontakten eller makulera den.</translation>
    </message>
    <message>
        <source>Completed %1 with code %2.</source>
        <translation>Avslutad %1 med kod %2.</translation>
    </message>
    <message>
        <source>Medical assessment done.</source>
        <translation>Medicinsk bedömning gjord.</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Makulerad: %1.</translation>
    </message>
    <message>
        <source>Forwarded to %1.</source>
        <translation>Vidarebefordrad till %1.</translation>
    </message>
    <message>
        <source>another unit</source>
        <translation>en annan enhet</translation>
    </message>
    <message>
        <source>%1 Note: %2</source>
        <translation>%1 Anteckning: %2</translation>
    </message>
    <message>
        <source>Changes are not possible yet: your desk does not know who you are. Wait for the first sync and try again.</source>
        <translation>Ändringar går inte att göra ännu: skrivbordet vet inte vem du är. Vänta på första synken och försök igen.</translation>
    </message>
    <message>
        <source>You are already handling this contact.</source>
        <translation>Du handlägger redan den här kontakten.</translation>
    </message>
    <message>
        <source>Claimed. The region store confirms the claim at the next sync.</source>
        <translation>Tagen. Regionlagret bekräftar vid nästa synk.</translation>
    </message>
    <message>
        <source>This contact is not handled by phone; answer it with a message instead.</source>
        <translation>Den här kontakten hanteras inte per telefon; besvara den med ett meddelande i stället.</translation>
    </message>
    <message>
        <source>The booked time starts at %1. Calling before it counts as a miss.</source>
        <translation>Den bokade tiden börjar %1. Att ringa före den räknas som en miss.</translation>
    </message>
    <message>
        <source>The patient was not reached. Choose the next step.</source>
        <translation>Patienten nåddes inte. Välj nästa steg.</translation>
    </message>
    <message>
        <source>Only 1177 requests are answered with a message. Call the patient instead (L).</source>
        <translation>Bara 1177-ärenden besvaras med ett meddelande. Ring patienten i stället (L).</translation>
    </message>
    <message>
        <source>The reply is saved and is sent to 1177 at the next sync.</source>
        <translation>Svaret är sparat och skickas till 1177 vid nästa synk.</translation>
    </message>
    <message>
        <source>Forwarded. The contact leaves your inbox once the region store has it.</source>
        <translation>Vidarebefordrad. Kontakten försvinner ur din inkorg när regionlagret har tagit emot den.</translation>
    </message>
    <message>
        <source>Rebooked to %1.</source>
        <translation>Ombokad till %1.</translation>
    </message>
    <message>
        <source>Unsent reply</source>
        <translation>Osänt svar</translation>
    </message>
    <message>
        <source>The reply you wrote has not been sent. Complete the contact without sending it?</source>
        <translation>Svaret du skrev har inte skickats. Avsluta kontakten utan att skicka det?</translation>
    </message>
    <message>
        <source>Completed with code %1.</source>
        <translation>Avslutad med kod %1.</translation>
    </message>
    <message>
        <source>Completed with code %1. That was the last contact in the list.</source>
        <translation>Avslutad med kod %1. Det var den sista kontakten i listan.</translation>
    </message>
    <message>
        <source>The SIP is not shown because the access could not be logged: %1</source>
        <translation>SIP:en visas inte eftersom åtkomsten inte kunde loggas: %1</translation>
    </message>
    <message>
        <source>SIP — %1</source>
        <translation>SIP — %1</translation>
    </message>
</context>
<context>
    <name>vk::ContactHeaderWidget</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Okänd uppringare</translation>
    </message>
    <message>
        <source>Unknown caller, %1</source>
        <translation>Okänd uppringare, %1</translation>
    </message>
    <message>
        <source>Identity not verified: check the caller's identity before you disclose anything.</source>
        <translation>Identitet ej kontrollerad: kontrollera uppringarens identitet innan du lämnar ut något.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Inkom %1</translation>
    </message>
    <message>
        <source>you</source>
        <translation>dig</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>någon annan</translation>
    </message>
    <message>
        <source>%1 by %2 (not yet confirmed)</source>
        <translation>%1 av %2 (ej bekräftat)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>The claim is saved here and waits for the region store to confirm it.</source>
        <translation>Övertagandet är sparat här och väntar på att regionlagret bekräftar det.</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Tidsgräns %1</translation>
    </message>
    <message>
        <source>SIP…</source>
        <translation>SIP…</translation>
    </message>
    <message>
        <source>The patient's SIP plans</source>
        <translation>Patientens SIP-planer</translation>
    </message>
    <message>
        <source>Samordnad individuell plan: the plan, notes and meetings</source>
        <translation>Samordnad individuell plan: planen, anteckningar och möten</translation>
    </message>
    <message>
        <source>Patient overview</source>
        <translation>Patientöversikt</translation>
    </message>
    <message>
        <source>Every contact, named contacts and SIP plans of this patient</source>
        <translation>Patientens alla ärenden, fasta kontakter och SIP</translation>
    </message>
    <message>
        <source>%1 · offered to you until %2: you are the patient's named contact</source>
        <translation>%1 · erbjudet dig till %2: du är patientens fasta kontakt</translation>
    </message>
    <message>
        <source>%1 · offered to %2, the patient's named contact, until %3</source>
        <translation>%1 · erbjudet %2, patientens fasta kontakt, till %3</translation>
    </message>
    <message>
        <source>the named contact</source>
        <translation>den fasta kontakten</translation>
    </message>
</context>
<context>
    <name>vk::ContactTexts</name>
    <message>
        <source>Answered</source>
        <translation>Svarade</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Upptaget</translation>
    </message>
    <message>
        <source>Reached voicemail</source>
        <translation>Kom till röstbrevlåda</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Fel nummer</translation>
    </message>
    <message>
        <source>Duplicate of another contact</source>
        <translation>Dubblett av en annan kontakt</translation>
    </message>
    <message>
        <source>Sent to the wrong unit</source>
        <translation>Skickad till fel enhet</translation>
    </message>
    <message>
        <source>Spam or prank</source>
        <translation>Skräp eller bus</translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Samordningsnummer</source>
        <translation>Samordningsnummer</translation>
    </message>
    <message>
        <source>Reservnummer</source>
        <translation>Reservnummer</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>försenad sedan %1</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 tim %2 min kvar</translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min kvar</numerusform>
            <numerusform>%n min kvar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min overdue</source>
        <translation>%1 tim %2 min försenad</translation>
    </message>
    <message numerus="yes">
        <source>%n min overdue</source>
        <translation>
            <numerusform>%n min försenad</numerusform>
            <numerusform>%n min försenad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vk::CsvReader</name>
    <message>
        <source>Text follows the closing quote of a field.</source>
        <translation>Text följer efter ett fälts avslutande citattecken.</translation>
    </message>
    <message>
        <source>A quote appears inside a field that is not quoted.</source>
        <translation>Ett citattecken står inuti ett fält som inte är citerat.</translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation>Ett citerat fält avslutas aldrig.</translation>
    </message>
</context>
<context>
    <name>vk::DeskActions</name>
    <message>
        <source>Write a text first.</source>
        <translation>Skriv en text först.</translation>
    </message>
    <message>
        <source>The text is longer than 64 KiB. Shorten it; nothing was saved.</source>
        <translation>Texten är längre än 64 KiB. Korta den; ingenting har sparats.</translation>
    </message>
    <message>
        <source>The text contains control characters that cannot be saved. Remove them and try again.</source>
        <translation>Texten innehåller styrtecken som inte kan sparas. Ta bort dem och försök igen.</translation>
    </message>
    <message>
        <source>The contact is no longer in your inbox.</source>
        <translation>Kontakten finns inte längre i din inkorg.</translation>
    </message>
    <message>
        <source>The contact is already closed.</source>
        <translation>Kontakten är redan avslutad.</translation>
    </message>
    <message>
        <source>The local cache is busy. Try again in a moment.</source>
        <translation>Den lokala cachen är upptagen. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The change could not be saved locally.</source>
        <translation>Ändringen kunde inte sparas lokalt.</translation>
    </message>
    <message>
        <source>%1 is already handling this contact.</source>
        <translation>%1 handlägger redan den här kontakten.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
    <message>
        <source>Choose how the call went.</source>
        <translation>Välj hur samtalet gick.</translation>
    </message>
    <message>
        <source>Choose a time in the future.</source>
        <translation>Välj en tid framåt i tiden.</translation>
    </message>
    <message>
        <source>Only 1177 requests can be answered with a message.</source>
        <translation>Bara 1177-ärenden kan besvaras med ett meddelande.</translation>
    </message>
    <message>
        <source>Choose the unit to forward to.</source>
        <translation>Välj enheten att vidarebefordra till.</translation>
    </message>
    <message>
        <source>Choose why the contact is cancelled.</source>
        <translation>Välj varför kontakten makuleras.</translation>
    </message>
    <message>
        <source>Enter a valid identity number.</source>
        <translation>Ange ett giltigt identitetsnummer.</translation>
    </message>
    <message>
        <source>Choose an eftermärkning code before completing.</source>
        <translation>Välj en eftermärkningskod innan du avslutar.</translation>
    </message>
    <message>
        <source>%1 is not an active eftermärkning code.</source>
        <translation>%1 är inte en aktiv eftermärkningskod.</translation>
    </message>
    <message>
        <source>Choose who should take over the contact.</source>
        <translation>Välj vem som ska ta över kontakten.</translation>
    </message>
    <message>
        <source>Open a patient first.</source>
        <translation>Öppna en patient först.</translation>
    </message>
    <message>
        <source>Choose the unit the assignment belongs to.</source>
        <translation>Välj vilken enhet uppdraget hör till.</translation>
    </message>
    <message>
        <source>Choose the staff member to assign.</source>
        <translation>Välj vilken medarbetare som ska tilldelas.</translation>
    </message>
    <message>
        <source>Choose the kind of named contact.</source>
        <translation>Välj vilken sorts fast kontakt det gäller.</translation>
    </message>
    <message>
        <source>Enter the date the assignment starts.</source>
        <translation>Ange datumet då uppdraget börjar.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>Slutdatumet ligger före startdatumet.</translation>
    </message>
    <message>
        <source>The note is longer than 4000 characters. Shorten it; nothing was saved.</source>
        <translation>Anteckningen är längre än 4000 tecken. Korta den; inget sparades.</translation>
    </message>
    <message>
        <source>The assignment is no longer on this desk.</source>
        <translation>Uppdraget finns inte längre på den här datorn.</translation>
    </message>
    <message>
        <source>Enter the date the assignment ends.</source>
        <translation>Ange datumet då uppdraget slutar.</translation>
    </message>
    <message>
        <source>This contact is offered to %1, the patient's named contact, until %2. You can claim it after that.</source>
        <translation>Ärendet är erbjudet %1, patientens fasta kontakt, till %2. Du kan ta det efter det.</translation>
    </message>
    <message>
        <source>the named contact</source>
        <translation>den fasta kontakten</translation>
    </message>
</context>
<context>
    <name>vk::EServicePane</name>
    <message>
        <source>&amp;Send reply</source>
        <translation>&amp;Skicka svar</translation>
    </message>
    <message>
        <source>Messages in the request</source>
        <translation>Meddelanden i ärendet</translation>
    </message>
    <message>
        <source>Reply template</source>
        <translation>Svarsmall</translation>
    </message>
    <message>
        <source>Reply to the patient</source>
        <translation>Svar till patienten</translation>
    </message>
    <message>
        <source>Write the reply (R), or start from a template</source>
        <translation>Skriv svaret (R) eller utgå från en mall</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Skicka svaret</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>%1, %2 (verified with BankID)</source>
        <translation>%1, %2 (legitimerad med BankID)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Sent by %1 as ombud (guardian) for the child.</source>
        <translation>Skickat av %1 som ombud (vårdnadshavare) för barnet.</translation>
    </message>
    <message>
        <source>a guardian</source>
        <translation>en vårdnadshavare</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>Enheten</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Välj en mall…</translation>
    </message>
</context>
<context>
    <name>vk::EndCareContactDialog</name>
    <message>
        <source>The patient declines</source>
        <translation>Patienten avböjer</translation>
    </message>
    <message>
        <source>End assignment</source>
        <translation>Avsluta uppdraget</translation>
    </message>
    <message>
        <source>%1

The assignment is marked as declined by the patient and ends on the date below. It stays in the history.</source>
        <translation>%1

Uppdraget markeras som avböjt av patienten och slutar det datum som anges nedan. Det finns kvar i historiken.</translation>
    </message>
    <message>
        <source>%1

The assignment ends on the date below. It stays in the history.</source>
        <translation>%1

Uppdraget slutar det datum som anges nedan. Det finns kvar i historiken.</translation>
    </message>
    <message>
        <source>Declined on</source>
        <translation>Avböjt den</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Slutar den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>What the patient said (optional)</source>
        <translation>Vad patienten sa (frivilligt)</translation>
    </message>
    <message>
        <source>Record decline</source>
        <translation>Registrera att patienten avböjer</translation>
    </message>
</context>
<context>
    <name>vk::ForwardDialog</name>
    <message>
        <source>Forward to another unit</source>
        <translation>Vidarebefordra till en annan enhet</translation>
    </message>
    <message>
        <source>Unit to forward to</source>
        <translation>Enhet att vidarebefordra till</translation>
    </message>
    <message>
        <source>Choose a unit</source>
        <translation>Välj en enhet</translation>
    </message>
    <message>
        <source>Note for the receiving unit</source>
        <translation>Anteckning till mottagande enhet</translation>
    </message>
    <message>
        <source>What the receiving unit needs to know (required)</source>
        <translation>Vad mottagande enhet behöver veta (obligatoriskt)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vidarebefordra</translation>
    </message>
    <message>
        <source>There is no other unit in your cache to forward to.</source>
        <translation>Det finns ingen annan enhet i din cache att vidarebefordra till.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>vk::IdentityNumber</name>
    <message>
        <source>No identity number was given.</source>
        <translation>Inget identitetsnummer angavs.</translation>
    </message>
    <message>
        <source>An identity number is written YYMMDD-NNNC, YYMMDD+NNNC or YYYYMMDD-NNNC.</source>
        <translation>Ett identitetsnummer skrivs ÅÅMMDD-NNNK, ÅÅMMDD+NNNK eller ÅÅÅÅMMDD-NNNK.</translation>
    </message>
    <message>
        <source>The check digit of the identity number is wrong.</source>
        <translation>Identitetsnumrets kontrollsiffra stämmer inte.</translation>
    </message>
    <message>
        <source>The birth number 000 does not exist.</source>
        <translation>Födelsenumret 000 finns inte.</translation>
    </message>
    <message>
        <source>The identity number does not contain a valid date of birth.</source>
        <translation>Identitetsnumret innehåller inget giltigt födelsedatum.</translation>
    </message>
    <message>
        <source>This is a personnummer or samordningsnummer, not a reservnummer.</source>
        <translation>Detta är ett personnummer eller samordningsnummer, inte ett reservnummer.</translation>
    </message>
    <message>
        <source>The reservnummer does not match the region's format.</source>
        <translation>Reservnumret följer inte regionens format.</translation>
    </message>
    <message>
        <source>The number is a samordningsnummer, not a personnummer.</source>
        <translation>Numret är ett samordningsnummer, inte ett personnummer.</translation>
    </message>
    <message>
        <source>The number is a personnummer, not a samordningsnummer.</source>
        <translation>Numret är ett personnummer, inte ett samordningsnummer.</translation>
    </message>
</context>
<context>
    <name>vk::InboxItemDelegate</name>
    <message>
        <source>%1 · identity not verified</source>
        <translation>%1 · identitet ej kontrollerad</translation>
    </message>
    <message>
        <source>%1 · your patient</source>
        <translation>%1 · din patient</translation>
    </message>
</context>
<context>
    <name>vk::InboxModel</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Inkom</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tidsgräns</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Okänd uppringare</translation>
    </message>
    <message>
        <source>Unknown caller, %1</source>
        <translation>Okänd uppringare, %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 tim %2 min kvar</translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min kvar</numerusform>
            <numerusform>%n min kvar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min overdue</source>
        <translation>%1 tim %2 min försenad</translation>
    </message>
    <message numerus="yes">
        <source>%n min overdue</source>
        <translation>
            <numerusform>%n min försenad</numerusform>
            <numerusform>%n min försenad</numerusform>
        </translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Återuppringning</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Röstmeddelande</translation>
    </message>
    <message>
        <source>1177 request</source>
        <translation>1177-ärende</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Claimed (not yet confirmed)</source>
        <translation>Tagen (ej bekräftad)</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Ej nådd</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Makulerad</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Vidarebefordrad</translation>
    </message>
    <message>
        <source>Offered to you</source>
        <translation>Erbjuden dig</translation>
    </message>
    <message>
        <source>Offered to the named contact</source>
        <translation>Erbjuden den fasta kontakten</translation>
    </message>
    <message>
        <source>Offered to %1</source>
        <translation>Erbjuden %1</translation>
    </message>
</context>
<context>
    <name>vk::InboxView</name>
    <message>
        <source>Search name, personnummer or subject ( / )</source>
        <translation>Sök namn, personnummer eller ämne ( / )</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>Sök i inkorgen</translation>
    </message>
    <message>
        <source>Whose contacts</source>
        <translation>Vems kontakter</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mina</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ej tilldelade</translation>
    </message>
    <message>
        <source>My patients</source>
        <translation>Mina patienter</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Återuppringningar</translation>
    </message>
    <message>
        <source>Voicemails</source>
        <translation>Röstmeddelanden</translation>
    </message>
    <message>
        <source>1177 requests</source>
        <translation>1177-ärenden</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>At risk or overdue</source>
        <translation>Nära tidsgräns eller försenade</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vk::KeyDerivation</name>
    <message>
        <source>The crypto library could not start.</source>
        <translation>Krypteringsbiblioteket kunde inte starta.</translation>
    </message>
    <message>
        <source>The key derivation settings are not valid.</source>
        <translation>Inställningarna för nyckelhärledning är ogiltiga.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key.</source>
        <translation>Det finns inte tillräckligt med minne för att härleda nyckeln.</translation>
    </message>
</context>
<context>
    <name>vk::LocalEffects</name>
    <message>
        <source>The change could not be saved locally (%1).</source>
        <translation>Ändringen kunde inte sparas lokalt (%1).</translation>
    </message>
</context>
<context>
    <name>vk::LogAttemptDialog</name>
    <message>
        <source>Log call attempt</source>
        <translation>Logga uppringningsförsök</translation>
    </message>
    <message>
        <source>No number registered</source>
        <translation>Inget nummer registrerat</translation>
    </message>
    <message>
        <source>Called %1</source>
        <translation>Ringde %1</translation>
    </message>
    <message>
        <source>How did the call go?</source>
        <translation>Hur gick samtalet?</translation>
    </message>
    <message>
        <source>Note about the call</source>
        <translation>Anteckning om samtalet</translation>
    </message>
    <message>
        <source>Optional, e.g. "will call back after 14"</source>
        <translation>Valfritt, t.ex. ”ringer tillbaka efter 14”</translation>
    </message>
    <message>
        <source>Log attempt</source>
        <translation>Logga försök</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>vk::LoginDialog</name>
    <message>
        <source>Log in to Vårdinkorg</source>
        <translation>Logga in i Vårdinkorg</translation>
    </message>
    <message>
        <source>Vårdinkorg is locked</source>
        <translation>Vårdinkorg är låst</translation>
    </message>
    <message>
        <source>Log in with your user name and password. Your local data is encrypted with them.</source>
        <translation>Logga in med ditt användarnamn och lösenord. Dina lokala data är krypterade med dem.</translation>
    </message>
    <message>
        <source>The desk was locked after a period of inactivity. Enter your password to continue.</source>
        <translation>Arbetsplatsen låstes efter en stunds inaktivitet. Ange ditt lösenord för att fortsätta.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Användarnamn:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s)</source>
        <translation>
            <numerusform>Försök igen om %n sekund</numerusform>
            <numerusform>Försök igen om %n sekunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vk::MainWindow</name>
    <message>
        <source>Vårdinkorg</source>
        <translation>Vårdinkorg</translation>
    </message>
    <message>
        <source>No contacts waiting. Callbacks, voicemails and 1177 requests for your units appear here, earliest deadline first.</source>
        <translation>Inga kontakter väntar. Återuppringningar, röstmeddelanden och 1177-ärenden för dina enheter visas här, med den tidigaste tidsgränsen först.</translation>
    </message>
    <message>
        <source>Contacts you have claimed and contacts from your patients appear here.</source>
        <translation>Kontakter du har tagit och kontakter från dina patienter visas här.</translation>
    </message>
    <message>
        <source>Search for a patient by personnummer, samordningsnummer or reservnummer.</source>
        <translation>Sök efter en patient med personnummer, samordningsnummer eller reservnummer.</translation>
    </message>
    <message>
        <source>The queue review for team leads: backlog, overdue contacts and who holds what.</source>
        <translation>Kööversikten för teamledare: kö, försenade kontakter och vem som har vad.</translation>
    </message>
    <message>
        <source>Select a contact to see its details.</source>
        <translation>Välj en kontakt för att se detaljerna.</translation>
    </message>
    <message>
        <source>Contacts from patients whose named contact you are appear here.</source>
        <translation>Ärenden från patienter som har dig som fast kontakt visas här.</translation>
    </message>
</context>
<context>
    <name>vk::NavigationWidget</name>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inkorg</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Mina ärenden</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienter</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>My patients</source>
        <translation>Mina patienter</translation>
    </message>
</context>
<context>
    <name>vk::Outbox</name>
    <message>
        <source>The queue of pending changes could not be updated (%1).</source>
        <translation>Kön med väntande ändringar kunde inte uppdateras (%1).</translation>
    </message>
</context>
<context>
    <name>vk::PatientAccess</name>
    <message>
        <source>The patient has no contact with any of your units, so the panel is not shown.</source>
        <translation>Patienten har ingen kontakt med någon av dina enheter, så översikten visas inte.</translation>
    </message>
    <message>
        <source>The patient is not shown because the access could not be logged: %1</source>
        <translation>Patienten visas inte eftersom åtkomsten inte kunde loggas: %1</translation>
    </message>
</context>
<context>
    <name>vk::PatientContactsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Inkom</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>vk::PatientPanelWidget</name>
    <message>
        <source>The patient's contacts</source>
        <translation>Patientens ärenden</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>The patient's named contacts</source>
        <translation>Patientens fasta kontakter</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Tilldela…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Avsluta…</translation>
    </message>
    <message>
        <source>The patient declines…</source>
        <translation>Patienten avböjer…</translation>
    </message>
    <message>
        <source>Named contacts</source>
        <translation>Fasta kontakter</translation>
    </message>
    <message>
        <source>The patient's SIP plans</source>
        <translation>Patientens SIP</translation>
    </message>
    <message>
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Åtkomstlogg</translation>
    </message>
    <message>
        <source>Your desk does not know who you are yet; the patient cannot be shown.</source>
        <translation>Datorn vet ännu inte vem du är; patienten kan inte visas.</translation>
    </message>
    <message>
        <source>The desk is locked.</source>
        <translation>Datorn är låst.</translation>
    </message>
    <message>
        <source>No identity number</source>
        <translation>Inget identitetsnummer</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Name unknown</source>
        <translation>Namn okänt</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Inget telefonnummer</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message numerus="yes">
        <source>Contacts (%n)</source>
        <translation>
            <numerusform>Ärenden (%n)</numerusform>
            <numerusform>Ärenden (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Named contacts (%n current)</source>
        <translation>
            <numerusform>Fasta kontakter (%n gäller)</numerusform>
            <numerusform>Fasta kontakter (%n gäller)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SIP (%n)</source>
        <translation>
            <numerusform>SIP (%n)</numerusform>
            <numerusform>SIP (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>SIP at %1, started %2</source>
        <translation>SIP vid %1, startad %2</translation>
    </message>
    <message>
        <source>(no start date)</source>
        <translation>(inget startdatum)</translation>
    </message>
    <message>
        <source>Consent given by %1 on %2</source>
        <translation>Samtycke lämnat av %1 den %2</translation>
    </message>
    <message>
        <source>Next follow-up %1</source>
        <translation>Nästa uppföljning %1</translation>
    </message>
    <message>
        <source>The patient has no SIP at your units.</source>
        <translation>Patienten har ingen SIP vid dina enheter.</translation>
    </message>
    <message>
        <source>Your desk does not know who you are yet.</source>
        <translation>Datorn vet ännu inte vem du är.</translation>
    </message>
    <message>
        <source>No patient open</source>
        <translation>Ingen patient öppen</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>vk::PatientRepository</name>
    <message>
        <source>The patient is not in your units' data on this desk.</source>
        <translation>Patienten finns inte bland dina enheters uppgifter på den här datorn.</translation>
    </message>
</context>
<context>
    <name>vk::PatientSearchBar</name>
    <message>
        <source>Open patient</source>
        <translation>Öppna patient</translation>
    </message>
    <message>
        <source>Identity number of the patient</source>
        <translation>Patientens identitetsnummer</translation>
    </message>
    <message>
        <source>Personnummer, samordningsnummer or reservnummer</source>
        <translation>Personnummer, samordningsnummer eller reservnummer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter the patient's personnummer, samordningsnummer or reservnummer.</source>
        <translation>Skriv patientens personnummer, samordningsnummer eller reservnummer.</translation>
    </message>
</context>
<context>
    <name>vk::PatientsView</name>
    <message>
        <source>No patient with this number has contact with your units on this desk.</source>
        <translation>Ingen patient med det numret har kontakt med dina enheter på den här datorn.</translation>
    </message>
</context>
<context>
    <name>vk::ReassignDialog</name>
    <message>
        <source>Reassign contacts</source>
        <translation>Omfördela kontakter</translation>
    </message>
    <message>
        <source>Staff member who takes over</source>
        <translation>Medarbetare som tar över</translation>
    </message>
    <message>
        <source>Choose a staff member</source>
        <translation>Välj medarbetare</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Omfördela</translation>
    </message>
    <message numerus="yes">
        <source>%n selected contact(s) go to the chosen staff member, who holds them at once.</source>
        <translation>
            <numerusform>%n markerad kontakt går till vald medarbetare, som genast har den.</numerusform>
            <numerusform>%n markerade kontakter går till vald medarbetare, som genast har dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbetare</translation>
    </message>
</context>
<context>
    <name>vk::RebookDialog</name>
    <message>
        <source>Rebook callback</source>
        <translation>Boka om återuppringning</translation>
    </message>
    <message>
        <source>Book the callback for the time the patient asked for. Calling before the booked time counts as a miss, just like calling late.</source>
        <translation>Boka återuppringningen till den tid patienten önskade. Att ringa före den bokade tiden räknas som en miss, precis som att ringa för sent.</translation>
    </message>
    <message>
        <source>Booked time</source>
        <translation>Bokad tid</translation>
    </message>
    <message>
        <source>Rebook</source>
        <translation>Boka om</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>Ny tid</translation>
    </message>
</context>
<context>
    <name>vk::ReservnummerPattern</name>
    <message>
        <source>The reservnummer pattern is not a valid regular expression.</source>
        <translation>Mönstret för reservnummer är inte ett giltigt reguljärt uttryck.</translation>
    </message>
</context>
<context>
    <name>vk::ShortcutHelpDialog</name>
    <message>
        <source>J / K, ↓ / ↑</source>
        <translation>J / K, ↓ / ↑</translation>
    </message>
    <message>
        <source>Next / previous contact in the list</source>
        <translation>Nästa / föregående kontakt i listan</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>Öppna kontakten</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Claim the contact</source>
        <translation>Ta kontakten</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Log a call attempt</source>
        <translation>Logga ett uppringningsförsök</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Write a reply (1177 request)</source>
        <translation>Skriv ett svar (1177-ärende)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Retur</translation>
    </message>
    <message>
        <source>Complete with an eftermärkning code</source>
        <translation>Avsluta med en eftermärkningskod</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Enter</source>
        <translation>Ctrl+Skift+Retur</translation>
    </message>
    <message>
        <source>Complete and open the next contact</source>
        <translation>Avsluta och öppna nästa kontakt</translation>
    </message>
    <message>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>Sök i inkorgen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Back from the contact to the list</source>
        <translation>Tillbaka från kontakten till listan</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 eller ?</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Den här listan över kortkommandon</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Gör</translation>
    </message>
</context>
<context>
    <name>vk::SipActions</name>
    <message>
        <source>Choose the region or the kommun for the overall responsibility.</source>
        <translation>Välj regionen eller kommunen för det övergripande ansvaret.</translation>
    </message>
    <message>
        <source>The follow-up date lies before the start date.</source>
        <translation>Uppföljningsdatumet ligger före startdatumet.</translation>
    </message>
    <message>
        <source>Choose the region, the kommun or other for every participant.</source>
        <translation>Välj region, kommun eller övriga för varje deltagare.</translation>
    </message>
    <message>
        <source>Every participant needs a name.</source>
        <translation>Varje deltagare behöver ett namn.</translation>
    </message>
    <message>
        <source>A participant's name may be at most 200 characters.</source>
        <translation>En deltagares namn får vara högst 200 tecken.</translation>
    </message>
    <message>
        <source>A role may be at most 200 characters.</source>
        <translation>En roll får vara högst 200 tecken.</translation>
    </message>
    <message>
        <source>Choose the responsible huvudman (region or kommun) for every insats.</source>
        <translation>Välj ansvarig huvudman (region eller kommun) för varje insats.</translation>
    </message>
    <message>
        <source>Every insats needs a description.</source>
        <translation>Varje insats behöver en beskrivning.</translation>
    </message>
    <message>
        <source>An insats may be at most 4000 characters.</source>
        <translation>En insats får vara högst 4000 tecken.</translation>
    </message>
    <message>
        <source>Every åtgärd needs the one who takes it.</source>
        <translation>Varje åtgärd behöver ange vem som utför den.</translation>
    </message>
    <message>
        <source>Who takes an åtgärd may be at most 200 characters.</source>
        <translation>Vem som utför en åtgärd får vara högst 200 tecken.</translation>
    </message>
    <message>
        <source>Every åtgärd needs a description.</source>
        <translation>Varje åtgärd behöver en beskrivning.</translation>
    </message>
    <message>
        <source>An åtgärd may be at most 4000 characters.</source>
        <translation>En åtgärd får vara högst 4000 tecken.</translation>
    </message>
    <message>
        <source>Choose the patient and the unit the SIP belongs to.</source>
        <translation>Välj patienten och enheten som SIP:en hör till.</translation>
    </message>
    <message>
        <source>Describe the action before naming who is responsible or when it is due.</source>
        <translation>Beskriv åtgärden innan du anger vem som ansvarar eller när den ska vara klar.</translation>
    </message>
    <message>
        <source>An action may be at most 4000 characters.</source>
        <translation>En åtgärd får vara högst 4000 tecken.</translation>
    </message>
    <message>
        <source>Who is responsible may be at most 200 characters.</source>
        <translation>Vem som ansvarar får vara högst 200 tecken.</translation>
    </message>
    <message>
        <source>The note to correct does not belong to this SIP.</source>
        <translation>Anteckningen som ska rättas hör inte till den här SIP:en.</translation>
    </message>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation>Ange datum för mötet.</translation>
    </message>
    <message>
        <source>Write who attended the meeting.</source>
        <translation>Skriv vilka som deltog i mötet.</translation>
    </message>
    <message>
        <source>The list of attendees may be at most 4000 characters.</source>
        <translation>Listan över deltagare får vara högst 4000 tecken.</translation>
    </message>
</context>
<context>
    <name>vk::SipConsent</name>
    <message>
        <source>Write who gave consent to the SIP. A SIP is drawn up only with the person's consent.</source>
        <translation>Skriv vem som gav samtycke till SIP:en. En SIP upprättas bara med personens samtycke.</translation>
    </message>
    <message>
        <source>Enter the date consent was given.</source>
        <translation>Ange datum då samtycket gavs.</translation>
    </message>
    <message>
        <source>The consent date lies in the future.</source>
        <translation>Samtyckesdatumet ligger i framtiden.</translation>
    </message>
    <message>
        <source>Who gave consent may be at most 200 characters and how at most 500.</source>
        <translation>Vem som gav samtycke får vara högst 200 tecken och hur högst 500.</translation>
    </message>
</context>
<context>
    <name>vk::SipDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Ej angivet</translation>
    </message>
</context>
<context>
    <name>vk::SipListEditor</name>
    <message>
        <source>Add row</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Lägg till en rad i %1</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>Remove the chosen row from %1</source>
        <translation>Ta bort den valda raden från %1</translation>
    </message>
</context>
<context>
    <name>vk::SipMeetingDialog</name>
    <message>
        <source>Record a SIP meeting</source>
        <translation>Registrera ett SIP-möte</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Mötesdatum</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>Vilka som deltog</translation>
    </message>
    <message>
        <source>The person, närstående, staff of the region and the kommun (required)</source>
        <translation>Personen, närstående, personal från regionen och kommunen (obligatoriskt)</translation>
    </message>
    <message>
        <source>Save meeting</source>
        <translation>Spara möte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Deltog</translation>
    </message>
</context>
<context>
    <name>vk::SipNoteDialog</name>
    <message>
        <source>Action to follow up</source>
        <translation>Åtgärd att följa upp</translation>
    </message>
    <message>
        <source>Correct a note</source>
        <translation>Rätta en anteckning</translation>
    </message>
    <message>
        <source>New coordination note</source>
        <translation>Ny samordningsanteckning</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Rättelse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>What was wrong and what is right (required)</source>
        <translation>Vad som var fel och vad som är rätt (obligatoriskt)</translation>
    </message>
    <message>
        <source>What happened, what was agreed (required)</source>
        <translation>Vad som hänt, vad som överenskommits (obligatoriskt)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible for the action</source>
        <translation>Ansvarig för åtgärden</translation>
    </message>
    <message>
        <source>A person, a role or a huvudman</source>
        <translation>En person, en roll eller en huvudman</translation>
    </message>
    <message>
        <source>Action due</source>
        <translation>Åtgärden klar senast</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klar senast</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Spara rättelse</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Spara anteckning</translation>
    </message>
    <message>
        <source>Corrects this note (it stays in the plan):
%1</source>
        <translation>Rättar den här anteckningen (den finns kvar i planen):
%1</translation>
    </message>
</context>
<context>
    <name>vk::SipPdfExporter</name>
    <message>
        <source>The folder to save the PDF in does not exist.</source>
        <translation>Mappen där PDF:en ska sparas finns inte.</translation>
    </message>
    <message>
        <source>The existing file could not be replaced.</source>
        <translation>Den befintliga filen kunde inte ersättas.</translation>
    </message>
    <message>
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <source>The PDF could not be written. Check that the folder is writable and try again.</source>
        <translation>PDF:en kunde inte skrivas. Kontrollera att det går att skriva i mappen och försök igen.</translation>
    </message>
</context>
<context>
    <name>vk::SipPlanDialog</name>
    <message>
        <source>New SIP</source>
        <translation>Ny SIP</translation>
    </message>
    <message>
        <source>Edit SIP</source>
        <translation>Redigera SIP</translation>
    </message>
    <message>
        <source>Unit drawing up the SIP</source>
        <translation>Enhet som upprättar SIP:en</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Samtycke givet av</translation>
    </message>
    <message>
        <source>The person, or who consented for them (required)</source>
        <translation>Personen, eller den som samtyckte för personen (obligatoriskt)</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum för samtycke</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Hur samtycket gavs</translation>
    </message>
    <message>
        <source>For example orally at a home visit, or in writing</source>
        <translation>Till exempel muntligt vid hembesök, eller skriftligt</translation>
    </message>
    <message>
        <source>Huvudman with the overall responsibility</source>
        <translation>Huvudman med det övergripande ansvaret</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Inte bestämt ännu</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Next meeting or follow-up</source>
        <translation>Nästa möte eller uppföljning</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <source>Huvudman</source>
        <translation>Huvudman</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>insatser</source>
        <translation>insatser</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Responsible huvudman</source>
        <translation>Ansvarig huvudman</translation>
    </message>
    <message>
        <source>åtgärder by others</source>
        <translation>åtgärder av andra</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Create SIP</source>
        <translation>Upprätta SIP</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Consent and dates</source>
        <translation>Samtycke och datum</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Overall responsibility</source>
        <translation>Övergripande ansvar</translation>
    </message>
    <message>
        <source>Participants per huvudman</source>
        <translation>Deltagare per huvudman</translation>
    </message>
    <message>
        <source>Insatser and responsible huvudman</source>
        <translation>Insatser och ansvarig huvudman</translation>
    </message>
    <message>
        <source>Åtgärder by others</source>
        <translation>Åtgärder av andra</translation>
    </message>
</context>
<context>
    <name>vk::SipPlanHtml</name>
    <message>
        <source>Samordnad individuell plan (SIP)</source>
        <translation>Samordnad individuell plan (SIP)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Required by law and still missing from the plan:</source>
        <translation>Krävs enligt lag och saknas fortfarande i planen:</translation>
    </message>
    <message>
        <source>The plan states all four elements the law requires.</source>
        <translation>Planen anger alla fyra delar som lagen kräver.</translation>
    </message>
    <message>
        <source>Consent and dates</source>
        <translation>Samtycke och datum</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Samtycke givet av</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum för samtycke</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Hur samtycket gavs</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <source>Overall responsibility</source>
        <translation>Övergripande ansvar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>No participants recorded.</source>
        <translation>Inga deltagare registrerade.</translation>
    </message>
    <message>
        <source>Huvudman</source>
        <translation>Huvudman</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Insatser and responsible huvudman</source>
        <translation>Insatser och ansvarig huvudman</translation>
    </message>
    <message>
        <source>No insatser recorded.</source>
        <translation>Inga insatser registrerade.</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Responsible huvudman</source>
        <translation>Ansvarig huvudman</translation>
    </message>
    <message>
        <source>Åtgärder by others</source>
        <translation>Åtgärder av andra</translation>
    </message>
    <message>
        <source>No åtgärder by others recorded.</source>
        <translation>Inga åtgärder av andra registrerade.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>No meetings recorded.</source>
        <translation>Inga möten registrerade.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <source>Coordination notes</source>
        <translation>Samordningsanteckningar</translation>
    </message>
    <message>
        <source>No notes written.</source>
        <translation>Inga anteckningar skrivna.</translation>
    </message>
    <message>
        <source>(corrects the note of %1)</source>
        <translation>(rättar anteckningen från %1)</translation>
    </message>
    <message>
        <source>(corrected by a later note)</source>
        <translation>(rättad i en senare anteckning)</translation>
    </message>
    <message>
        <source>Action: %1 — responsible: %2 — due: %3</source>
        <translation>Åtgärd: %1 — ansvarig: %2 — klar senast: %3</translation>
    </message>
</context>
<context>
    <name>vk::SipPlanWidget</name>
    <message>
        <source>The patient has no SIP at your units.</source>
        <translation>Patienten har ingen SIP vid dina enheter.</translation>
    </message>
    <message>
        <source>New SIP…</source>
        <translation>Ny SIP…</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>Redigera plan…</translation>
    </message>
    <message>
        <source>New note…</source>
        <translation>Ny anteckning…</translation>
    </message>
    <message>
        <source>Correct note…</source>
        <translation>Rätta anteckning…</translation>
    </message>
    <message>
        <source>Record meeting…</source>
        <translation>Registrera möte…</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Skriv ut som PDF…</translation>
    </message>
    <message>
        <source>SIP, samordnad individuell plan</source>
        <translation>SIP, samordnad individuell plan</translation>
    </message>
    <message>
        <source>The patient's SIP plans</source>
        <translation>Patientens SIP-planer</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Coordination notes</source>
        <translation>Samordningsanteckningar</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriven</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klar senast</translation>
    </message>
    <message>
        <source>Draw up a new SIP with the person's consent</source>
        <translation>Upprätta en ny SIP med personens samtycke</translation>
    </message>
    <message>
        <source>The export is logged as an access to the patient's data</source>
        <translation>Exporten loggas som en åtkomst till patientens uppgifter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coordination notes&lt;/b&gt; (appended, never changed; a correction is a new note)</source>
        <translation>&lt;b&gt;Samordningsanteckningar&lt;/b&gt; (läggs till, ändras aldrig; en rättelse är en ny anteckning)</translation>
    </message>
    <message>
        <source>The desk is locked or has not finished its first sync yet. Try again in a moment.</source>
        <translation>Arbetsplatsen är låst eller har inte synkroniserat klart första gången. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>SIP from %1, %2</source>
        <translation>SIP från %1, %2</translation>
    </message>
    <message>
        <source>The plan states all four elements the law requires.</source>
        <translation>Planen anger alla fyra delar som lagen kräver.</translation>
    </message>
    <message>
        <source>Required by law and still missing from the plan:</source>
        <translation>Krävs enligt lag och saknas fortfarande i planen:</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Rättelse: %1</translation>
    </message>
    <message>
        <source>Corrected by a later note (shown below it)</source>
        <translation>Rättad i en senare anteckning (visas under den)</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (rättad)</translation>
    </message>
    <message>
        <source>You are not a member of any unit in your cache yet; a SIP is drawn up at a unit.</source>
        <translation>Du är ännu inte medlem i någon enhet i din cache; en SIP upprättas vid en enhet.</translation>
    </message>
    <message>
        <source>Choose the note to correct in the list first.</source>
        <translation>Välj först anteckningen som ska rättas i listan.</translation>
    </message>
    <message>
        <source>There is no SIP to print.</source>
        <translation>Det finns ingen SIP att skriva ut.</translation>
    </message>
    <message>
        <source>Save the SIP as PDF</source>
        <translation>Spara SIP:en som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>SIP.pdf</source>
        <translation>SIP.pdf</translation>
    </message>
</context>
<context>
    <name>vk::SipRepository</name>
    <message>
        <source>The SIP is no longer in your cache.</source>
        <translation>SIP:en finns inte längre i din cache.</translation>
    </message>
</context>
<context>
    <name>vk::SipRequirements</name>
    <message>
        <source>Which insatser are needed</source>
        <translation>Vilka insatser som behövs</translation>
    </message>
    <message>
        <source>Which insatser each huvudman is responsible for</source>
        <translation>Vilka insatser respektive huvudman ansvarar för</translation>
    </message>
    <message>
        <source>Which åtgärder others take</source>
        <translation>Vilka åtgärder som vidtas av någon annan än huvudmännen</translation>
    </message>
    <message>
        <source>Which huvudman has the overall responsibility</source>
        <translation>Vilken huvudman som har det övergripande ansvaret</translation>
    </message>
    <message>
        <source>The plan names no insatser.</source>
        <translation>Planen anger inga insatser.</translation>
    </message>
    <message>
        <source>No insats has a responsible huvudman.</source>
        <translation>Ingen insats har en ansvarig huvudman.</translation>
    </message>
    <message>
        <source>The plan names no insats the kommun is responsible for.</source>
        <translation>Planen anger ingen insats som kommunen ansvarar för.</translation>
    </message>
    <message>
        <source>The plan names no insats the region is responsible for.</source>
        <translation>Planen anger ingen insats som regionen ansvarar för.</translation>
    </message>
    <message>
        <source>The plan names no åtgärder by others (närstående, school, Försäkringskassan…).</source>
        <translation>Planen anger inga åtgärder av andra (närstående, skola, Försäkringskassan…).</translation>
    </message>
    <message>
        <source>No huvudman has been given the overall responsibility.</source>
        <translation>Ingen huvudman har fått det övergripande ansvaret.</translation>
    </message>
</context>
<context>
    <name>vk::SipTexts</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Others (närstående, school, Försäkringskassan…)</source>
        <translation>Övriga (närstående, skola, Försäkringskassan…)</translation>
    </message>
</context>
<context>
    <name>vk::SqlCipherDriver</name>
    <message>
        <source>A 32-byte key must be set before the database is opened.</source>
        <translation>En nyckel på 32 byte måste anges innan databasen öppnas.</translation>
    </message>
    <message>
        <source>The database could not be keyed.</source>
        <translation>Databasen kunde inte förses med nyckel.</translation>
    </message>
    <message>
        <source>The database cannot be read with this key.</source>
        <translation>Databasen kan inte läsas med den här nyckeln.</translation>
    </message>
    <message>
        <source>Pass the key with setRawKey(), never as a password.</source>
        <translation>Ange nyckeln med setRawKey(), aldrig som lösenord.</translation>
    </message>
    <message>
        <source>Unknown connection option.</source>
        <translation>Okänt anslutningsalternativ.</translation>
    </message>
    <message>
        <source>The database file could not be opened.</source>
        <translation>Databasfilen kunde inte öppnas.</translation>
    </message>
    <message>
        <source>The SQLite library in this process is not SQLCipher.</source>
        <translation>SQLite-biblioteket i den här processen är inte SQLCipher.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Databasen är inte öppen.</translation>
    </message>
    <message>
        <source>The statement failed.</source>
        <translation>Satsen misslyckades.</translation>
    </message>
    <message>
        <source>The new key must be 32 bytes.</source>
        <translation>Den nya nyckeln måste vara 32 byte.</translation>
    </message>
    <message>
        <source>The database could not be re-encrypted.</source>
        <translation>Databasen kunde inte krypteras om.</translation>
    </message>
    <message>
        <source>The statement could not be prepared.</source>
        <translation>Satsen kunde inte förberedas.</translation>
    </message>
</context>
<context>
    <name>vk::SqlCipherResult</name>
    <message>
        <source>The database is not open.</source>
        <translation>Databasen är inte öppen.</translation>
    </message>
    <message>
        <source>The statement could not be prepared.</source>
        <translation>Satsen kunde inte förberedas.</translation>
    </message>
    <message>
        <source>Only one statement can be executed at a time.</source>
        <translation>Bara en sats kan köras åt gången.</translation>
    </message>
    <message>
        <source>The statement is empty.</source>
        <translation>Satsen är tom.</translation>
    </message>
    <message>
        <source>The number of bound values does not match the statement.</source>
        <translation>Antalet bundna värden stämmer inte med satsen.</translation>
    </message>
    <message>
        <source>An unsigned value is too large for a 64-bit integer.</source>
        <translation>Ett teckenlöst värde är för stort för ett 64-bitars heltal.</translation>
    </message>
    <message>
        <source>A bound value has a type the database cannot store.</source>
        <translation>Ett bundet värde har en typ som databasen inte kan lagra.</translation>
    </message>
    <message>
        <source>A value could not be bound.</source>
        <translation>Ett värde kunde inte bindas.</translation>
    </message>
    <message>
        <source>No statement has been prepared.</source>
        <translation>Ingen sats har förberetts.</translation>
    </message>
    <message>
        <source>The statement failed.</source>
        <translation>Satsen misslyckades.</translation>
    </message>
    <message>
        <source>Reading the next row failed.</source>
        <translation>Läsning av nästa rad misslyckades.</translation>
    </message>
</context>
<context>
    <name>vk::SwedishHolidays</name>
    <message>
        <source>New Year's Day</source>
        <translation>Nyårsdagen</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Trettondedag jul</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Långfredagen</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Påskdagen</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Annandag påsk</translation>
    </message>
    <message>
        <source>May Day</source>
        <translation>Första maj</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Kristi himmelsfärdsdag</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Pingstdagen</translation>
    </message>
    <message>
        <source>National Day of Sweden</source>
        <translation>Sveriges nationaldag</translation>
    </message>
    <message>
        <source>Midsummer Eve</source>
        <translation>Midsommarafton</translation>
    </message>
    <message>
        <source>Midsummer Day</source>
        <translation>Midsommardagen</translation>
    </message>
    <message>
        <source>All Saints' Day</source>
        <translation>Alla helgons dag</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Julafton</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Juldagen</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Annandag jul</translation>
    </message>
    <message>
        <source>New Year's Eve</source>
        <translation>Nyårsafton</translation>
    </message>
</context>
<context>
    <name>vk::SyncEngine</name>
    <message>
        <source>The local cache could not be updated (%1).</source>
        <translation>Den lokala cachen kunde inte uppdateras (%1).</translation>
    </message>
    <message>
        <source>%1 took this contact at %2 — your claim did not count.</source>
        <translation>%1 tog detta ärende %2 — ditt anspråk gällde inte.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
    <message>
        <source>The contact had already been closed — your change was not saved.</source>
        <translation>Kontakten var redan avslutad — din ändring sparades inte.</translation>
    </message>
    <message>
        <source>You are not allowed to do this — your change was not saved.</source>
        <translation>Du har inte behörighet till detta — din ändring sparades inte.</translation>
    </message>
    <message>
        <source>Someone changed this at the same time — your change was not saved. The current version is shown.</source>
        <translation>Någon ändrade detta samtidigt — din ändring sparades inte. Den aktuella versionen visas.</translation>
    </message>
    <message>
        <source>The region store found the change invalid — it was not saved.</source>
        <translation>Regionlagret bedömde ändringen som ogiltig — den sparades inte.</translation>
    </message>
    <message>
        <source>The region store refused the change (%1).</source>
        <translation>Regionlagret avvisade ändringen (%1).</translation>
    </message>
    <message>
        <source>Synchronisation has not started.</source>
        <translation>Synkroniseringen har inte startat.</translation>
    </message>
    <message>
        <source>The local cache could not be updated.</source>
        <translation>Den lokala cachen kunde inte uppdateras.</translation>
    </message>
    <message>
        <source>The region store answered the pull incompletely.</source>
        <translation>Regionlagret besvarade hämtningen ofullständigt.</translation>
    </message>
    <message>
        <source>A synchronisation step was made to fail on purpose (fault injection).</source>
        <translation>Ett synkroniseringssteg fick avsiktligt misslyckas (felinjicering).</translation>
    </message>
    <message>
        <source>Someone else changed the SIP at the same time — your change was not saved. The plan now shows the current version; make your change again if it is still needed.</source>
        <translation>Någon annan ändrade SIP:en samtidigt — din ändring sparades inte. Planen visar nu den aktuella versionen; gör om din ändring om den fortfarande behövs.</translation>
    </message>
    <message>
        <source>The contact was offered to %1, the patient's named contact, until %2 — your claim did not count.</source>
        <translation>Ärendet var erbjudet %1, patientens fasta kontakt, till %2 — ditt anspråk gällde inte.</translation>
    </message>
    <message>
        <source>the named contact</source>
        <translation>den fasta kontakten</translation>
    </message>
</context>
<context>
    <name>vk::SyncStatusWidget</name>
    <message>
        <source>Not connected to the region store</source>
        <translation>Inte ansluten till regionlagret</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n ändring väntar</numerusform>
            <numerusform>%n ändringar väntar</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Aldrig synkroniserad</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Frånkopplad</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Senaste synk %1</translation>
    </message>
</context>
<context>
    <name>vk::TeamContactsWidget</name>
    <message>
        <source>Reassign…</source>
        <translation>Omfördela…</translation>
    </message>
    <message>
        <source>Give the selected contacts to a staff member</source>
        <translation>Ge de markerade kontakterna till en medarbetare</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>Släpp anspråk</translation>
    </message>
    <message>
        <source>Free the selected contacts for anyone to take</source>
        <translation>Frigör de markerade kontakterna så att vem som helst kan ta dem</translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation>Vidarebefordra…</translation>
    </message>
    <message>
        <source>Forward the selected contacts to another unit</source>
        <translation>Vidarebefordra de markerade kontakterna till en annan enhet</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Makulera…</translation>
    </message>
    <message>
        <source>Cancel the selected contacts (duplicate, wrong unit, spam)</source>
        <translation>Makulera de markerade kontakterna (dubblett, fel enhet, skräp)</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Avsluta…</translation>
    </message>
    <message>
        <source>Complete the selected contacts with one eftermärkning code</source>
        <translation>Avsluta de markerade kontakterna med en eftermärkningskod</translation>
    </message>
    <message>
        <source>Selected contacts:</source>
        <translation>Markerade kontakter:</translation>
    </message>
    <message>
        <source>Select one or more contacts first.</source>
        <translation>Markera en eller flera kontakter först.</translation>
    </message>
    <message>
        <source>The desk is locked; unlock it to act on contacts.</source>
        <translation>Arbetsplatsen är låst; lås upp den för att hantera kontakter.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) could not be changed: %1</source>
        <translation>
            <numerusform>%n kontakt kunde inte ändras: %1</numerusform>
            <numerusform>%n kontakter kunde inte ändras: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) reassigned to %1.</source>
        <translation>
            <numerusform>%n kontakt omfördelad till %1.</numerusform>
            <numerusform>%n kontakter omfördelade till %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) released.</source>
        <translation>
            <numerusform>%n anspråk släppt.</numerusform>
            <numerusform>%n anspråk släppta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) forwarded.</source>
        <translation>
            <numerusform>%n kontakt vidarebefordrad.</numerusform>
            <numerusform>%n kontakter vidarebefordrade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) cancelled.</source>
        <translation>
            <numerusform>%n kontakt makulerad.</numerusform>
            <numerusform>%n kontakter makulerade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) completed with %1.</source>
        <translation>
            <numerusform>%n kontakt avslutad med %1.</numerusform>
            <numerusform>%n kontakter avslutade med %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vk::TeamOverviewWidget</name>
    <message>
        <source>Open contacts per unit and channel</source>
        <translation>Öppna kontakter per enhet och kanal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ej tilldelade</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>I riskzonen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>Oldest waiting since</source>
        <translation>Äldsta väntar sedan</translation>
    </message>
    <message>
        <source>Stale claims</source>
        <translation>Utgångna anspråk</translation>
    </message>
    <message>
        <source>Today's vårdgaranti figures per unit</source>
        <translation>Dagens vårdgarantisiffror per enhet</translation>
    </message>
    <message>
        <source>Same-day contact (phone)</source>
        <translation>Kontakt samma dag (telefon)</translation>
    </message>
    <message>
        <source>Called too early</source>
        <translation>Ringd för tidigt</translation>
    </message>
    <message>
        <source>Still due today</source>
        <translation>Återstår i dag</translation>
    </message>
    <message>
        <source>1177 answered within target</source>
        <translation>1177 besvarade inom målet</translation>
    </message>
    <message>
        <source>Medical assessment within 3 days</source>
        <translation>Medicinsk bedömning inom 3 dagar</translation>
    </message>
    <message>
        <source>Callers turned away</source>
        <translation>Avvisade uppringare</translation>
    </message>
    <message>
        <source>Load per staff member</source>
        <translation>Belastning per medarbetare</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>Holding now</source>
        <translation>Har nu</translation>
    </message>
    <message>
        <source>Completed today</source>
        <translation>Avslutade i dag</translation>
    </message>
    <message>
        <source>Median handling time</source>
        <translation>Median handläggningstid</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 av %2 (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>No figures yet: they come from the region store once the desk is online.</source>
        <translation>Inga siffror ännu: de kommer från regionens databas när arbetsplatsen är uppkopplad.</translation>
    </message>
    <message>
        <source>No figures yet. %1</source>
        <translation>Inga siffror ännu. %1</translation>
    </message>
    <message>
        <source>Live figures from the region store, %1.</source>
        <translation>Aktuella siffror från regionens databas, %1.</translation>
    </message>
    <message>
        <source>Based on data as of %1 (kept on this desk).</source>
        <translation>Baserat på data från %1 (sparade på den här arbetsplatsen).</translation>
    </message>
    <message>
        <source>Based on data as of %1 (kept on this desk). %2</source>
        <translation>Baserat på data från %1 (sparade på den här arbetsplatsen). %2</translation>
    </message>
</context>
<context>
    <name>vk::TeamPage</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Unit settings</source>
        <translation>Enhetsinställningar</translation>
    </message>
</context>
<context>
    <name>vk::TeamReviewService</name>
    <message>
        <source>Statistics are computed by the region store, which this desk cannot reach.</source>
        <translation>Statistiken beräknas i regionens databas, som den här arbetsplatsen inte når.</translation>
    </message>
    <message>
        <source>The export is made by the region store, which this desk cannot reach.</source>
        <translation>Exporten görs av regionens databas, som den här arbetsplatsen inte når.</translation>
    </message>
    <message>
        <source>Unit settings are kept by the region store, which this desk cannot reach.</source>
        <translation>Enhetens inställningar finns i regionens databas, som den här arbetsplatsen inte når.</translation>
    </message>
</context>
<context>
    <name>vk::TeamStatisticsWidget</name>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF-rapport…</translation>
    </message>
    <message>
        <source>Include patient identity (logged as access)</source>
        <translation>Ta med patientidentitet (loggas som åtkomst)</translation>
    </message>
    <message>
        <source>Eftermärkning per unit, channel and code</source>
        <translation>Eftermärkning per enhet, kanal och kod</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Share of unit</source>
        <translation>Andel av enheten</translation>
    </message>
    <message>
        <source>Handled per staff member</source>
        <translation>Hanterade per medarbetare</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <source>Closed otherwise</source>
        <translation>Stängda på annat sätt</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Periodens första dag</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Periodens sista dag</translation>
    </message>
    <message>
        <source>One row per contact that arrived in the period, for regional follow-up</source>
        <translation>En rad per kontakt som kom in under perioden, för regional uppföljning</translation>
    </message>
    <message>
        <source>Adds personnummer and names to the CSV. Every exported contact is logged as an access in your name.</source>
        <translation>Lägger till personnummer och namn i CSV-filen. Varje exporterad kontakt loggas som en åtkomst i ditt namn.</translation>
    </message>
    <message>
        <source>Completed contacts per eftermärkning code</source>
        <translation>Avslutade kontakter per eftermärkningskod</translation>
    </message>
    <message>
        <source>No completed contacts in the period.</source>
        <translation>Inga avslutade kontakter under perioden.</translation>
    </message>
    <message>
        <source>Same-day contact per day</source>
        <translation>Kontakt samma dag per dag</translation>
    </message>
    <message>
        <source>No phone contacts were due in the period.</source>
        <translation>Inga telefonkontakter skulle hanteras under perioden.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Same-day contact per day (phone)</source>
        <translation>Kontakt samma dag per dag (telefon)</translation>
    </message>
    <message>
        <source>Eftermärkning</source>
        <translation>Eftermärkning</translation>
    </message>
    <message>
        <source>Save export</source>
        <translation>Spara export</translation>
    </message>
    <message>
        <source>The statistics could not be computed: %1</source>
        <translation>Statistiken kunde inte beräknas: %1</translation>
    </message>
    <message>
        <source>The export could not be made: %1</source>
        <translation>Exporten kunde inte göras: %1</translation>
    </message>
    <message>
        <source>The period ends before it starts. Choose the dates again.</source>
        <translation>Perioden slutar innan den börjar. Välj datumen igen.</translation>
    </message>
    <message>
        <source>Computing the statistics in the region store…</source>
        <translation>Statistiken beräknas i regionens databas…</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 av %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n contact(s) completed.</source>
        <translation>
            <numerusform>%1–%2: %n kontakt avslutad.</numerusform>
            <numerusform>%1–%2: %n kontakter avslutade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export with patient identity</source>
        <translation>Exportera med patientidentitet</translation>
    </message>
    <message>
        <source>The file will contain personnummer and names. Every exported contact is logged as an access in your name. Export with identity?</source>
        <translation>Filen kommer att innehålla personnummer och namn. Varje exporterad kontakt loggas som en åtkomst i ditt namn. Exportera med identitet?</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Exporting from the region store…</source>
        <translation>Exporterar från regionens databas…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported with patient identity to %1; the export is logged.</source>
        <translation>
            <numerusform>%n kontakt exporterad med patientidentitet till %1; exporten är loggad.</numerusform>
            <numerusform>%n kontakter exporterade med patientidentitet till %1; exporten är loggad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation>
            <numerusform>%n kontakt exporterad till %1.</numerusform>
            <numerusform>%n kontakter exporterade till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Filen %1 kunde inte sparas.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Rapporten sparades till %1.</translation>
    </message>
</context>
<context>
    <name>vk::VerifyIdentityDialog</name>
    <message>
        <source>Verify identity</source>
        <translation>Kontrollera identitet</translation>
    </message>
    <message>
        <source>Ask the caller for their identity number and check it against the name before you disclose anything. Voicemails and callbacks can come from anyone.</source>
        <translation>Be uppringaren om personnumret och stäm av det mot namnet innan du lämnar ut något. Röstmeddelanden och återuppringningar kan komma från vem som helst.</translation>
    </message>
    <message>
        <source>Type of identity number</source>
        <translation>Typ av identitetsnummer</translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation>Identitetsnummer</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identiteten är kontrollerad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Giltigt: %1</translation>
    </message>
</context>
<context>
    <name>vk::VoicemailPane</name>
    <message>
        <source>Call back</source>
        <translation>Ring upp</translation>
    </message>
    <message>
        <source>Call the caller back</source>
        <translation>Ring upp den som ringde</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Brevlåda</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Uppringare</translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation>Dolt nummer</translation>
    </message>
</context>
<context>
    <name>vk::VoicemailPlayer</name>
    <message>
        <source>Play</source>
        <translation>Spela upp</translation>
    </message>
    <message>
        <source>Play or pause the voicemail</source>
        <translation>Spela upp eller pausa röstmeddelandet</translation>
    </message>
    <message>
        <source>Position in the voicemail</source>
        <translation>Position i röstmeddelandet</translation>
    </message>
    <message>
        <source>Player state</source>
        <translation>Spelarens läge</translation>
    </message>
    <message>
        <source>This voicemail has no recording.</source>
        <translation>Röstmeddelandet har ingen inspelning.</translation>
    </message>
    <message>
        <source>Ready to play.</source>
        <translation>Klar att spela upp.</translation>
    </message>
    <message>
        <source>The recording could not be played: %1</source>
        <translation>Inspelningen kunde inte spelas upp: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>okänt fel</translation>
    </message>
    <message>
        <source>Audio playback is not available on this computer.</source>
        <translation>Ljuduppspelning finns inte på den här datorn.</translation>
    </message>
    <message>
        <source>No sound device</source>
        <translation>Ingen ljudenhet</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startar…</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Spelar upp</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Played to the end.</source>
        <translation>Uppspelad till slutet.</translation>
    </message>
    <message>
        <source>The recording could not be played: the file format is not supported.</source>
        <translation>Inspelningen kunde inte spelas upp: formatet stöds inte.</translation>
    </message>
    <message>
        <source>The recording did not start. Check the sound settings and try again.</source>
        <translation>Inspelningen startade inte. Kontrollera ljudinställningarna och försök igen.</translation>
    </message>
</context>
<context>
    <name>vk::UnitSettingsWidget</name>
    <message>
        <source>When a patient with a named contact (fast vårdkontakt, kontaktsjuksköterska) at the unit gets in touch, the new contact can be offered to that person first while they are signed in. The offer lasts at most 30 minutes and ends 30 minutes before the deadline; meanwhile colleagues see whom it is offered to and cannot claim it. Afterwards anyone may.</source>
        <translation>När en patient med fast kontakt (fast vårdkontakt, kontaktsjuksköterska) på enheten hör av sig kan det nya ärendet erbjudas den personen först, medan hen är inloggad. Erbjudandet gäller högst 30 minuter och upphör 30 minuter före tidsgränsen; under tiden ser kollegorna vem det är erbjudet och kan inte ta det. Därefter får vem som helst ta det.</translation>
    </message>
    <message>
        <source>Offer new contacts to the patient's named contact when on duty</source>
        <translation>Erbjud nya ärenden till patientens fasta kontakt när hen är i tjänst</translation>
    </message>
    <message>
        <source>Pre-offer to the named contact at %1</source>
        <translation>Erbjud först till den fasta kontakten på %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved: new contacts are offered to the named contact while on duty.</source>
        <translation>Sparat: nya ärenden erbjuds den fasta kontakten när hen är i tjänst.</translation>
    </message>
    <message>
        <source>Saved: new contacts are no longer offered to the named contact.</source>
        <translation>Sparat: nya ärenden erbjuds inte längre den fasta kontakten.</translation>
    </message>
    <message>
        <source>The setting was not changed: %1</source>
        <translation>Inställningen ändrades inte: %1</translation>
    </message>
</context>
</TS>
