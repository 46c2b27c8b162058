<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>DecisionsPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/pages/decisions.py" line="485"/>
        <source>It opens for positions after %n more endorsement(s).</source>
        <translation>
            <numerusform>It opens for positions after %n more endorsement.</numerusform>
            <numerusform>It opens for positions after %n more endorsements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/decisions.py" line="551"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/pages/decisions.py" line="610"/>
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%n active member</numerusform>
            <numerusform>%n active members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/pages/reception.py" line="100"/>
        <source>%n open seat(s)</source>
        <translation>
            <numerusform>%n open seat</numerusform>
            <numerusform>%n open seats</numerusform>
        </translation>
    </message>
</context>
</TS>
