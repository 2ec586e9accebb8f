<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BulkActions</name>
    <message>
        <source>Select one or more contacts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who should take over the contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit to forward to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an eftermärkning code before completing. Every completed contact needs one; nothing was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active eftermärkning code; nothing was completed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Vårdinkorg: one inbox for callbacks, voicemails and 1177 requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: sv or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use sv or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as this user without the dialog; the password is read from the environment variable VARDINKORG_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds a logged-in screenshot waits for the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot-wait needs a number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the screenshot, open the first contact of this channel: callback, voicemail or eservice; or the patient panel of a patient with a SIP: patient, patient-care (its named contacts); or sip: a SIP plan that misses a required element; or a team lead&apos;s page: team or stats.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The region store refused the operation: you do not have permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region store was busy with a conflicting change; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region store cancelled the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the region store was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region store rejected the data: it breaks a rule of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region store rejected invalid input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region store could not carry out the operation (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the region store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region store did not accept the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region store has no such database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the password for the region store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionMigrator</name>
    <message>
        <source>The built-in migration %1 is misnamed or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two built-in migrations share the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region store has schema version %1, newer than this program knows (%2). Use a newer version of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) differs from the one applied to this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed and was rolled back: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamReportPrinter</name>
    <message>
        <source>Queue review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 – %2. Figures from the region store; kontakt samma dag counts callbacks and voicemails on the day their promise falls due (after closing time, weekends and holidays count on the next working day; a booked callback called early is a miss).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same-day contact (phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1177 answered within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical assessment within 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers turned away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same-day contact per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eftermärkning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled per staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF report could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache holds no SIP with a missing element to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::AccessLogClient</name>
    <message>
        <source>The patient&apos;s id is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region store cannot be reached, so the access log cannot be read now. The log lives only in the region store; try again when the desk is online. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team lead of a unit the patient has contact with may read the access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region store did not hand out the access log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::AccessLogCsv</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User HSA-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit HSA-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::AccessLogModel</name>
    <message>
        <source>Opened a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the patient panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released a contact (team lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged a call attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebooked a callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied to a 1177 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified the identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned a named contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended a named contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a SIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a SIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a SIP note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a SIP meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::AccessLogWidget</name>
    <message>
        <source>Read access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has read this patient&apos;s data, from your units: read from the region store when you ask for it (the log is not kept on the desk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk has no connection settings for the region store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the access log from the region store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n access(es) logged at your units, newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open a patient first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access log was not exported because the export could not be logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access-log.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n access(es). The export is logged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vk::CacheDatabase</name>
    <message>
        <source>The password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Vårdinkorg cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache is damaged. It can be removed and downloaded again from the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not be upgraded to this version of Vårdinkorg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache is in use. Close other connections and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache cannot be opened with these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not be read or written. Check the disk and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::CacheReadError</name>
    <message>
        <source>The local cache could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::CallAttemptsWidget</name>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log attempt (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed attempts: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::CallbackPane</name>
    <message>
        <source>Rebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebook the callback to another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked callback: call at the booked time. Calling early also counts as a miss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked callback: the slot has started. Calling early also counts as a miss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As soon as possible, by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::CancelContactDialog</name>
    <message>
        <source>Cancel contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the contact is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. which contact it duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::CareContactDialog</name>
    <message>
        <source>Until further notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign named contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the patient needs a named contact, what was agreed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient was offered the named contact and said no. The offer is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You belong to no unit on this desk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the staff member to assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than 4000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::CareContactsModel</name>
    <message>
        <source>Fast vårdkontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast läkarkontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktsjuksköterska</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::ChangeApplier</name>
    <message>
        <source>A change from the region store could not be saved locally (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::CodeCatalogue</name>
    <message>
        <source>Expected %1 fields but found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code may only contain capital letters A-Z, digits and &apos;_&apos; (at most 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already defined on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Swedish label is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English label is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sort order must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active column must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not shown.</source>
        <translation>
            <numerusform>%n more problem not shown.</numerusform>
            <numerusform>%n more problems not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code list was not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in code list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must name the columns code, label_sv and label_en, and may name sort_order and active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::CompleteDialog</name>
    <message>
        <source>Medical assessment done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contact is closed with an eftermärkning code: type the code or a word of its name and choose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eftermärkning code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code or a word, e.g. RAD or recept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional closing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active code matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::ConflictNoticeWidget</name>
    <message>
        <source>Conflicts from the region store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::ContactDetailRepository</name>
    <message>
        <source>The contact is no longer in your inbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::ContactDetailWidget</name>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the caller&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the contact with a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete and open next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the contact and open the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebook the callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk is locked. Unlock it to see the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your desk does not know who you are yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is not shown because the access could not be logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached after %1 attempts. Choose the next step: rebook the call, complete the contact or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed %1 with code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical assessment done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Note: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are not possible yet: your desk does not know who you are. Wait for the first sync and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are already handling this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed. The region store confirms the claim at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is not handled by phone; answer it with a message instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booked time starts at %1. Calling before it counts as a miss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient was not reached. Choose the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only 1177 requests are answered with a message. Call the patient instead (L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is saved and is sent to 1177 at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded. The contact leaves your inbox once the region store has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebooked to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply you wrote has not been sent. Complete the contact without sending it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed with code %1. That was the last contact in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP is not shown because the access could not be logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::ContactHeaderWidget</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown caller, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity not verified: check the caller&apos;s identity before you disclose anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 (not yet confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim is saved here and waits for the region store to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s SIP plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samordnad individuell plan: the plan, notes and meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contact, named contacts and SIP plans of this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · offered to you until %2: you are the patient's named contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · offered to %2, the patient's named contact, until %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the named contact</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vk::ContactTexts</name>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of another contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the wrong unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam or prank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samordningsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min overdue</source>
        <translation>
            <numerusform>%n min overdue</numerusform>
            <numerusform>%n min overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vk::CsvReader</name>
    <message>
        <source>Text follows the closing quote of a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote appears inside a field that is not quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::DeskActions</name>
    <message>
        <source>Write a text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than 64 KiB. Shorten it; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains control characters that cannot be saved. Remove them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is no longer in your inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache is busy. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved locally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already handling this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the call went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only 1177 requests can be answered with a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit to forward to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the contact is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid identity number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an eftermärkning code before completing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active eftermärkning code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who should take over the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a patient first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit the assignment belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the staff member to assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of named contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the assignment starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than 4000 characters. Shorten it; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment is no longer on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the assignment ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is offered to %1, the patient's named contact, until %2. You can claim it after that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the named contact</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vk::EServicePane</name>
    <message>
        <source>&amp;Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages in the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply (R), or start from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (verified with BankID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by %1 as ombud (guardian) for the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::EndCareContactDialog</name>
    <message>
        <source>The patient declines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The assignment is marked as declined by the patient and ends on the date below. It stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The assignment ends on the date below. It stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the patient said (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::ForwardDialog</name>
    <message>
        <source>Forward to another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit to forward to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the receiving unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the receiving unit needs to know (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other unit in your cache to forward to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::IdentityNumber</name>
    <message>
        <source>No identity number was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity number is written YYMMDD-NNNC, YYMMDD+NNNC or YYYYMMDD-NNNC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of the identity number is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth number 000 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity number does not contain a valid date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a personnummer or samordningsnummer, not a reservnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservnummer does not match the region&apos;s format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is a samordningsnummer, not a personnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is a personnummer, not a samordningsnummer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::InboxItemDelegate</name>
    <message>
        <source>%1 · identity not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · your patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::InboxModel</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown caller, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min overdue</source>
        <translation>
            <numerusform>%n min overdue</numerusform>
            <numerusform>%n min overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1177 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed (not yet confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered to you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offered to the named contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offered to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vk::InboxView</name>
    <message>
        <source>Search name, personnummer or subject ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1177 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vk::KeyDerivation</name>
    <message>
        <source>The crypto library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation settings are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::LocalEffects</name>
    <message>
        <source>The change could not be saved locally (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::LogAttemptDialog</name>
    <message>
        <source>Log call attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the call go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. &quot;will call back after 14&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::LoginDialog</name>
    <message>
        <source>Log in to Vårdinkorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vårdinkorg is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your user name and password. Your local data is encrypted with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk was locked after a period of inactivity. Enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s)</source>
        <translation>
            <numerusform>Try again in %n second</numerusform>
            <numerusform>Try again in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vk::MainWindow</name>
    <message>
        <source>Vårdinkorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts waiting. Callbacks, voicemails and 1177 requests for your units appear here, earliest deadline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts you have claimed and contacts from your patients appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a patient by personnummer, samordningsnummer or reservnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue review for team leads: backlog, overdue contacts and who holds what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contact to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts from patients whose named contact you are appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::NavigationWidget</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My patients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::Outbox</name>
    <message>
        <source>The queue of pending changes could not be updated (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::PatientAccess</name>
    <message>
        <source>The patient has no contact with any of your units, so the panel is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is not shown because the access could not be logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::PatientContactsModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::PatientPanelWidget</name>
    <message>
        <source>The patient&apos;s contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s named contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient declines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s SIP plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your desk does not know who you are yet; the patient cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Contacts (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Named contacts (%n current)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SIP (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SIP at %1, started %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no start date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient has no SIP at your units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your desk does not know who you are yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::PatientRepository</name>
    <message>
        <source>The patient is not in your units&apos; data on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::PatientSearchBar</name>
    <message>
        <source>Open patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity number of the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnummer, samordningsnummer or reservnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the patient&apos;s personnummer, samordningsnummer or reservnummer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::PatientsView</name>
    <message>
        <source>No patient with this number has contact with your units on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::ReassignDialog</name>
    <message>
        <source>Reassign contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member who takes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected contact(s) go to the chosen staff member, who holds them at once.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::RebookDialog</name>
    <message>
        <source>Rebook callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the callback for the time the patient asked for. Calling before the booked time counts as a miss, just like calling late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::ReservnummerPattern</name>
    <message>
        <source>The reservnummer pattern is not a valid regular expression.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::ShortcutHelpDialog</name>
    <message>
        <source>J / K, ↓ / ↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous contact in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply (1177 request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete with an eftermärkning code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete and open the next contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back from the contact to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::SipActions</name>
    <message>
        <source>Choose the region or the kommun for the overall responsibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date lies before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the region, the kommun or other for every participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every participant needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant&apos;s name may be at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role may be at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the responsible huvudman (region or kommun) for every insats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every insats needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An insats may be at most 4000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every åtgärd needs the one who takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes an åtgärd may be at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every åtgärd needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An åtgärd may be at most 4000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the patient and the unit the SIP belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the action before naming who is responsible or when it is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action may be at most 4000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is responsible may be at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note to correct does not belong to this SIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write who attended the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of attendees may be at most 4000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::SipConsent</name>
    <message>
        <source>Write who gave consent to the SIP. A SIP is drawn up only with the person&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date consent was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave consent may be at most 200 characters and how at most 500.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::SipDateEdit</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::SipListEditor</name>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen row from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::SipMeetingDialog</name>
    <message>
        <source>Record a SIP meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person, närstående, staff of the region and the kommun (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::SipNoteDialog</name>
    <message>
        <source>Action to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New coordination note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was wrong and what is right (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what was agreed (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible for the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person, a role or a huvudman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects this note (it stays in the plan):
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::SipPdfExporter</name>
    <message>
        <source>The folder to save the PDF in does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing file could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written. Check that the folder is writable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::SipPlanDialog</name>
    <message>
        <source>New SIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit SIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit drawing up the SIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person, or who consented for them (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example orally at a home visit, or in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huvudman with the overall responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting or follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huvudman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insatser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible huvudman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>åtgärder by others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create SIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants per huvudman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insatser and responsible huvudman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder by others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::SipPlanHtml</name>
    <message>
        <source>Samordnad individuell plan (SIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by law and still missing from the plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan states all four elements the law requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huvudman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insatser and responsible huvudman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No insatser recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible huvudman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder by others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No åtgärder by others recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(corrects the note of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(corrected by a later note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1 — responsible: %2 — due: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::SipPlanWidget</name>
    <message>
        <source>The patient has no SIP at your units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SIP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP, samordnad individuell plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s SIP plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw up a new SIP with the person&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is logged as an access to the patient&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Coordination notes&lt;/b&gt; (appended, never changed; a correction is a new note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk is locked or has not finished its first sync yet. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP from %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan states all four elements the law requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by law and still missing from the plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected by a later note (shown below it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not a member of any unit in your cache yet; a SIP is drawn up at a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the note to correct in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SIP to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the SIP as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::SipRepository</name>
    <message>
        <source>The SIP is no longer in your cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::SipRequirements</name>
    <message>
        <source>Which insatser are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which insatser each huvudman is responsible for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which åtgärder others take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which huvudman has the overall responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan names no insatser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No insats has a responsible huvudman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan names no insats the kommun is responsible for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan names no insats the region is responsible for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan names no åtgärder by others (närstående, school, Försäkringskassan…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No huvudman has been given the overall responsibility.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::SipTexts</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others (närstående, school, Försäkringskassan…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::SqlCipherDriver</name>
    <message>
        <source>A 32-byte key must be set before the database is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be keyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be read with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the key with setRawKey(), never as a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown connection option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite library in this process is not SQLCipher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key must be 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be re-encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::SqlCipherResult</name>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one statement can be executed at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of bound values does not match the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unsigned value is too large for a 64-bit integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bound value has a type the database cannot store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value could not be bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement has been prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the next row failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::SwedishHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Day of Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midsummer Eve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midsummer Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::SyncEngine</name>
    <message>
        <source>The local cache could not be updated (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took this contact at %2 — your claim did not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact had already been closed — your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this — your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this at the same time — your change was not saved. The current version is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region store found the change invalid — it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region store refused the change (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation has not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region store answered the pull incompletely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A synchronisation step was made to fail on purpose (fault injection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the SIP at the same time — your change was not saved. The plan now shows the current version; make your change again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was offered to %1, the patient's named contact, until %2 — your claim did not count.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the named contact</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vk::SyncStatusWidget</name>
    <message>
        <source>Not connected to the region store</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::TeamContactsWidget</name>
    <message>
        <source>Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected contacts to a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free the selected contacts for anyone to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward the selected contacts to another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected contacts (duplicate, wrong unit, spam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the selected contacts with one eftermärkning code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more contacts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk is locked; unlock it to act on contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) could not be changed: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) reassigned to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) released.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) forwarded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) cancelled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) completed with %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vk::TeamOverviewWidget</name>
    <message>
        <source>Open contacts per unit and channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s vårdgaranti figures per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same-day contact (phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1177 answered within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical assessment within 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers turned away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load per staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median handling time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures yet: they come from the region store once the desk is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures yet. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live figures from the region store, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on data as of %1 (kept on this desk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on data as of %1 (kept on this desk). %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::TeamPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit settings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vk::TeamReviewService</name>
    <message>
        <source>Statistics are computed by the region store, which this desk cannot reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is made by the region store, which this desk cannot reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit settings are kept by the region store, which this desk cannot reach.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vk::TeamStatisticsWidget</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include patient identity (logged as access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eftermärkning per unit, channel and code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled per staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per contact that arrived in the period, for regional follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds personnummer and names to the CSV. Every exported contact is logged as an access in your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed contacts per eftermärkning code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed contacts in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same-day contact per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone contacts were due in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same-day contact per day (phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eftermärkning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts. Choose the dates again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the statistics in the region store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n contact(s) completed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export with patient identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will contain personnummer and names. Every exported contact is logged as an access in your name. Export with identity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting from the region store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported with patient identity to %1; the export is logged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::VerifyIdentityDialog</name>
    <message>
        <source>Verify identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the caller for their identity number and check it against the name before you disclose anything. Voicemails and callbacks can come from anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::VoicemailPane</name>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the caller back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number withheld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::VoicemailPlayer</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This voicemail has no recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording could not be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio playback is not available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording could not be played: the file format is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording did not start. Check the sound settings and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::UnitSettingsWidget</name>
    <message>
        <source>When a patient with a named contact (fast vårdkontakt, kontaktsjuksköterska) at the unit gets in touch, the new contact can be offered to that person first while they are signed in. The offer lasts at most 30 minutes and ends 30 minutes before the deadline; meanwhile colleagues see whom it is offered to and cannot claim it. Afterwards anyone may.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offer new contacts to the patient's named contact when on duty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-offer to the named contact at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved: new contacts are offered to the named contact while on duty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved: new contacts are no longer offered to the named contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The setting was not changed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
