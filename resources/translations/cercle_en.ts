<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AttendanceDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/workshops.py" line="442"/>
        <source>{name} (%n place(s))</source>
        <translation>
            <numerusform>{name} (%n place)</numerusform>
            <numerusform>{name} (%n places)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/audit.py" line="228"/>
        <source>text (%n characters)</source>
        <translation>
            <numerusform>text (%n character)</numerusform>
            <numerusform>text (%n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/audit.py" line="230"/>
        <source>text unchanged (%n characters)</source>
        <translation>
            <numerusform>text unchanged (%n character)</numerusform>
            <numerusform>text unchanged (%n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/audit.py" line="231"/>
        <source>text changed (%n characters)</source>
        <translation>
            <numerusform>text changed (%n character)</numerusform>
            <numerusform>text changed (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/pages/decisions.py" line="539"/>
        <source>It opens for positions after %n more endorsement(s).</source>
        <translation>
            <numerusform>It opens for positions after %n more endorsement.</numerusform>
            <numerusform>It opens for positions after %n more endorsements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/decisions.py" line="605"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/decisions.py" line="668"/>
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%n active member</numerusform>
            <numerusform>%n active members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/imports.py" line="85"/>
        <source>%n line(s) to correct in the file before anything can be imported; nothing has been written.</source>
        <translation>
            <numerusform>%n line to correct in the file before anything can be imported; nothing has been written.</numerusform>
            <numerusform>%n lines to correct in the file before anything can be imported; nothing has been written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dialogs/imports.py" line="139"/>
        <source>Importing %n line(s)…</source>
        <translation>
            <numerusform>Importing %n line…</numerusform>
            <numerusform>Importing %n lines…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/month_calendar.py" line="83"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
</TS>
