<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
    <name>RegionAdmin</name>
    <message>
        <source>The CSV file ends inside a quoted field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must name the columns code, label_sv and label_en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; the header has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a code is 1 to 16 capital letters, digits or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the code %2 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: both labels are required, at most 200 characters, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: sort_order must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: active must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file holds no codes.</source>
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
    <name>main</name>
    <message>
        <source>Could not write the screenshot to %1</source>
        <translation type="unfinished"></translation>
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
    <name>vk::ChangeApplier</name>
    <message>
        <source>A change from the region store could not be saved locally (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vk::CodeCatalogue</name>
    <message>
        <source>The first line must name the columns code, label_sv, label_en, sort_order and active.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>The local cache could not be read (%1).</source>
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
</context>
<context>
    <name>vk::InboxRepository</name>
    <message>
        <source>The local cache could not be read (%1).</source>
        <translation type="unfinished"></translation>
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
    <name>vk::CacheDatabase</name>
    <message>
        <source>The password is not correct.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not a Vårdinkorg cache.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local cache is damaged. It can be removed and downloaded again from the region.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local cache could not be upgraded to this version of Vårdinkorg.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local cache is in use. Close other connections and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local cache is locked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local cache cannot be opened with these settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The local cache could not be read or written. Check the disk and its permissions.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vk::KeyDerivation</name>
    <message>
        <source>The crypto library could not start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key derivation settings are not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is not enough memory to derive the key.</source>
        <translation type="unfinished" />
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
</context>
<context>
    <name>vk::Outbox</name>
    <message>
        <source>The queue of pending changes could not be updated (%1).</source>
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
</context>
<context>
    <name>vk::SqlCipherDriver</name>
    <message>
        <source>A 32-byte key must be set before the database is opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database could not be keyed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database cannot be read with this key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass the key with setRawKey(), never as a password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown connection option.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SQLite library in this process is not SQLCipher.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statement failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new key must be 32 bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database could not be re-encrypted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statement could not be prepared.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vk::SqlCipherResult</name>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statement could not be prepared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only one statement can be executed at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statement is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of bound values does not match the statement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An unsigned value is too large for a 64-bit integer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A bound value has a type the database cannot store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A value could not be bound.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No statement has been prepared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statement failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the next row failed.</source>
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
</TS>
