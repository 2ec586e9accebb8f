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
    <name>main</name>
    <message>
        <source>Could not write the screenshot to %1</source>
        <translation>Kunde inte spara skärmbilden till %1</translation>
    </message>
</context>
<context>
    <name>vk::CacheDatabase</name>
    <message>
        <source>The password is not correct.</source>
        <translation>Lösenordet är fel.</translation>
    </message>
    <message>
        <source>The file is not a Vårdinkorg cache.</source>
        <translation>Filen är inte en lokal lagring från Vårdinkorg.</translation>
    </message>
    <message>
        <source>The local cache is damaged. It can be removed and downloaded again from the region.</source>
        <translation>Den lokala lagringen är skadad. Den kan tas bort och hämtas på nytt från regionen.</translation>
    </message>
    <message>
        <source>The local cache could not be upgraded to this version of Vårdinkorg.</source>
        <translation>Den lokala lagringen kunde inte uppgraderas till den här versionen av Vårdinkorg.</translation>
    </message>
    <message>
        <source>The local cache is in use. Close other connections and try again.</source>
        <translation>Den lokala lagringen används. Stäng andra anslutningar och försök igen.</translation>
    </message>
    <message>
        <source>The local cache is locked.</source>
        <translation>Den lokala lagringen är låst.</translation>
    </message>
    <message>
        <source>The local cache cannot be opened with these settings.</source>
        <translation>Den lokala lagringen kan inte öppnas med de här inställningarna.</translation>
    </message>
    <message>
        <source>The local cache could not be read or written. Check the disk and its permissions.</source>
        <translation>Den lokala lagringen kunde inte läsas eller skrivas. Kontrollera disken och dess behörigheter.</translation>
    </message>
</context>
<context>
    <name>vk::KeyDerivation</name>
    <message>
        <source>The crypto library could not start.</source>
        <translation>Krypteringsbiblioteket kunde inte startas.</translation>
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
    <name>vk::SqlCipherDriver</name>
    <message>
        <source>A 32-byte key must be set before the database is opened.</source>
        <translation>En nyckel på 32 byte måste anges innan databasen öppnas.</translation>
    </message>
    <message>
        <source>The database could not be keyed.</source>
        <translation>Nyckeln kunde inte sättas på databasen.</translation>
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
        <translation>Endast en sats i taget kan köras.</translation>
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
        <translation>Det gick inte att läsa nästa rad.</translation>
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
