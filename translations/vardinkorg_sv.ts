<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
        <translation>Kunde inte förbereda lösenordet för regionlagret.</translation>
    </message>
</context>
<context>
    <name>RegionAdmin</name>
    <message>
        <source>The CSV file ends inside a quoted field.</source>
        <translation>CSV-filen tar slut inne i ett citerat fält.</translation>
    </message>
    <message>
        <source>The CSV file is empty.</source>
        <translation>CSV-filen är tom.</translation>
    </message>
    <message>
        <source>The first line must name the columns code, label_sv and label_en.</source>
        <translation>Första raden måste namnge kolumnerna code, label_sv och label_en.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; the header has %3.</source>
        <translation>Rad %1 har %2 fält; rubrikraden har %3.</translation>
    </message>
    <message>
        <source>Line %1: a code is 1 to 16 capital letters, digits or underscores.</source>
        <translation>Rad %1: en kod består av 1 till 16 versaler, siffror eller understreck.</translation>
    </message>
    <message>
        <source>Line %1: the code %2 appears twice.</source>
        <translation>Rad %1: koden %2 förekommer två gånger.</translation>
    </message>
    <message>
        <source>Line %1: both labels are required, at most 200 characters, without control characters.</source>
        <translation>Rad %1: båda benämningarna krävs, högst 200 tecken, utan styrtecken.</translation>
    </message>
    <message>
        <source>Line %1: sort_order must be a whole number.</source>
        <translation>Rad %1: sort_order måste vara ett heltal.</translation>
    </message>
    <message>
        <source>Line %1: active must be true or false.</source>
        <translation>Rad %1: active måste vara true eller false.</translation>
    </message>
    <message>
        <source>The CSV file holds no codes.</source>
        <translation>CSV-filen innehåller inga koder.</translation>
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
    <name>main</name>
    <message>
        <source>Could not write the screenshot to %1</source>
        <translation>Kunde inte spara skärmbilden till %1</translation>
    </message>
</context>
<context>
    <name>vk::CodeCatalogue</name>
    <message>
        <source>The first line must name the columns code, label_sv, label_en, sort_order and active.</source>
        <translation>Första raden måste namnge kolumnerna code, label_sv, label_en, sort_order och active.</translation>
    </message>
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
        <translation><numerusform>Ytterligare %n problem visas inte.</numerusform><numerusform>Ytterligare %n problem visas inte.</numerusform></translation>
    </message>
    <message>
        <source>The code list was not imported:</source>
        <translation>Kodlistan importerades inte:</translation>
    </message>
    <message>
        <source>The built-in code list is missing.</source>
        <translation>Den inbyggda kodlistan saknas.</translation>
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
</context>
<context>
    <name>vk::ReservnummerPattern</name>
    <message>
        <source>The reservnummer pattern is not a valid regular expression.</source>
        <translation>Mönstret för reservnummer är inte ett giltigt reguljärt uttryck.</translation>
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
</TS>
