<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CommandLine</name>
    <message>
        <source>Vårdinkorg: one inbox for callbacks, voicemails and 1177 requests.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User interface language: sv or en.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown language "%1": use sv or en.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write the screenshot to %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contacts waiting. Callbacks, voicemails and 1177 requests for your units appear here, earliest deadline first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts you have claimed and contacts from your patients appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search for a patient by personnummer, samordningsnummer or reservnummer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The queue review for team leads: backlog, overdue contacts and who holds what.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a contact to see its details.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vk::NavigationWidget</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sync %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
