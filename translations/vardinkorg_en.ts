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
    <name>vk::CodeCatalogue</name>
    <message>
        <source>The first line must name the columns code, label_sv, label_en, sort_order and active.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected %1 fields but found %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A code may only contain capital letters A-Z, digits and '_' (at most 16).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code "%1" is already defined on line %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Swedish label is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The English label is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A label is longer than 200 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A label contains control characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sort order must be a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The active column must be true or false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file contains no codes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not shown.</source>
        <translation><numerusform>%n more problem not shown.</numerusform><numerusform>%n more problems not shown.</numerusform></translation>
    </message>
    <message>
        <source>The code list was not imported:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The built-in code list is missing.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vk::CsvReader</name>
    <message>
        <source>Text follows the closing quote of a field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A quote appears inside a field that is not quoted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A quoted field is not closed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vk::IdentityNumber</name>
    <message>
        <source>No identity number was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An identity number is written YYMMDD-NNNC, YYMMDD+NNNC or YYYYMMDD-NNNC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check digit of the identity number is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth number 000 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The identity number does not contain a valid date of birth.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a personnummer or samordningsnummer, not a reservnummer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reservnummer does not match the region's format.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number is a samordningsnummer, not a personnummer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number is a personnummer, not a samordningsnummer.</source>
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
    <name>vk::ReservnummerPattern</name>
    <message>
        <source>The reservnummer pattern is not a valid regular expression.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vk::SwedishHolidays</name>
    <message>
        <source>New Year's Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epiphany</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>May Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ascension Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National Day of Sweden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Midsummer Eve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Midsummer Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All Saints' Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Boxing Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Year's Eve</source>
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
