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
    <name>vk::InboxItemDelegate</name>
    <message>
        <source>%1 · identity not verified</source>
        <translation>%1 · identitet ej kontrollerad</translation>
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
</context>
<context>
    <name>vk::InboxRepository</name>
    <message>
        <source>The local cache could not be read (%1).</source>
        <translation>Den lokala cachen kunde inte läsas (%1).</translation>
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
