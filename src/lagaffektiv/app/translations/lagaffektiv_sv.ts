<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ui</name>
    <message>
        <source>Low-affective approach</source>
        <translation>Lågaffektivt bemötande</translation>
    </message>
    <message>
        <source>Practise meeting patients and companions who act out</source>
        <translation>Öva på att möta utåtagerande patienter och anhöriga</translation>
    </message>
    <message>
        <source>På svenska</source>
        <translation>In English</translation>
    </message>
    <message>
        <source>Byt till svenska</source>
        <translation>Switch the app to English</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <source>{n} scenarios</source>
        <translation>{n} scenarier</translation>
    </message>
    <message>
        <source>1 scenario</source>
        <translation>1 scenario</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Miljö</translation>
    </message>
    <message>
        <source>Acting out</source>
        <translation>Utåtagerande</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>about {n} min</source>
        <translation>ca {n} min</translation>
    </message>
    <message>
        <source>For</source>
        <translation>För</translation>
    </message>
    <message>
        <source>Files that cannot be used</source>
        <translation>Filer som inte kan användas</translation>
    </message>
    <message>
        <source>The files below have errors and are therefore not listed as scenarios. Fix the errors and restart the app.</source>
        <translation>Filerna nedan har fel och visas därför inte bland scenarierna. Rätta felen och starta om appen.</translation>
    </message>
    <message>
        <source>1 scenario file could not be used – see the errors in the list on the right.</source>
        <translation>1 scenariofil kunde inte användas – se felen i listan till höger.</translation>
    </message>
    <message>
        <source>{n} scenario files could not be used – see the errors in the list on the right.</source>
        <translation>{n} scenariofiler kunde inte användas – se felen i listan till höger.</translation>
    </message>
    <message>
        <source>… and {n} more. Show them all with: lagaffektiv lint {path}</source>
        <translation>… och {n} fel till. Visa alla med: lagaffektiv lint {path}</translation>
    </message>
    <message>
        <source>Line {line}, column {col}</source>
        <translation>Rad {line}, kolumn {col}</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>No scenarios yet</source>
        <translation>Inga scenarier än</translation>
    </message>
    <message>
        <source>The folder {folder} contains no scenario files (.yaml).</source>
        <translation>Mappen {folder} innehåller inga scenariofiler (.yaml).</translation>
    </message>
    <message>
        <source>Put scenario files in the folder, or start with: lagaffektiv --scenarios FOLDER</source>
        <translation>Lägg scenariofiler i mappen, eller starta med: lagaffektiv --scenarios MAPP</translation>
    </message>
    <message>
        <source>The scenarios folder does not exist</source>
        <translation>Scenariomappen finns inte</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} finns inte.</translation>
    </message>
    <message>
        <source>Create the folder and put scenario files in it, or start with: lagaffektiv --scenarios FOLDER</source>
        <translation>Skapa mappen och lägg scenariofiler där, eller starta med: lagaffektiv --scenarios MAPP</translation>
    </message>
    <message>
        <source>Scenarios folder: {folder}</source>
        <translation>Scenariomapp: {folder}</translation>
    </message>
    <message>
        <source>Loading the scenarios …</source>
        <translation>Läser in scenarierna …</translation>
    </message>
    <message>
        <source>lagaffektiv – an error occurred</source>
        <translation>lagaffektiv – ett fel uppstod</translation>
    </message>
    <message>
        <source>An unexpected error occurred. The app may need to be restarted.</source>
        <translation>Ett oväntat fel uppstod. Appen kan behöva startas om.</translation>
    </message>
    <message>
        <source>Please send the text under "Show Details" to whoever maintains the app.</source>
        <translation>Skicka gärna texten under "Visa detaljer" till den som förvaltar appen.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Emergency department</source>
        <translation>Akutmottagning</translation>
    </message>
    <message>
        <source>Dental clinic</source>
        <translation>Tandvårdsklinik</translation>
    </message>
    <message>
        <source>Other care setting</source>
        <translation>Annan vårdmiljö</translation>
    </message>
</context>
<context>
    <name>aggressors</name>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>relative or companion</source>
        <translation>anhörig eller medföljande</translation>
    </message>
    <message>
        <source>patient and companion</source>
        <translation>patient och anhörig</translation>
    </message>
</context>
<context>
    <name>difficulties</name>
    <message>
        <source>Introductory</source>
        <translation>Introduktion</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Fortsättning</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Fördjupning</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>nurse</source>
        <translation>sjuksköterska</translation>
    </message>
    <message>
        <source>assistant nurse</source>
        <translation>undersköterska</translation>
    </message>
    <message>
        <source>doctor</source>
        <translation>läkare</translation>
    </message>
    <message>
        <source>receptionist</source>
        <translation>receptionist</translation>
    </message>
    <message>
        <source>dentist</source>
        <translation>tandläkare</translation>
    </message>
    <message>
        <source>dental nurse</source>
        <translation>tandsköterska</translation>
    </message>
    <message>
        <source>dental hygienist</source>
        <translation>tandhygienist</translation>
    </message>
    <message>
        <source>security guard</source>
        <translation>väktare</translation>
    </message>
    <message>
        <source>any role</source>
        <translation>alla yrkesroller</translation>
    </message>
</context>
</TS>
