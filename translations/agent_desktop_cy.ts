<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cy_GB">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="25" />
        <source>Agent desktop</source>
        <translation>Desg asiant</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="29" />
        <source>Work queue</source>
        <translation>Ciw gwaith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="32" />
        <source>Loading the work queue…</source>
        <translation>Wrthi'n llwytho'r ciw gwaith…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="34" />
        <source>embedded database</source>
        <translation>cronfa ddata fewnol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="34" />
        <source>central database</source>
        <translation>cronfa ddata ganolog</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="35" />
        <source>not signed in</source>
        <translation>heb fewngofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="36" />
        <source>Signed in as %1 · %2</source>
        <translation>Wedi mewngofnodi fel %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/main_window.py" line="46" />
        <source>%n item(s) in the queue</source>
        <translation>
            <numerusform>%n eitem yn y ciw</numerusform>
            <numerusform>%n eitem yn y ciw</numerusform>
            <numerusform>%n eitem yn y ciw</numerusform>
            <numerusform>%n eitem yn y ciw</numerusform>
            <numerusform>%n eitem yn y ciw</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="50" />
        <source>Could not load the work queue</source>
        <translation>Methu llwytho'r ciw gwaith</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../agent_desktop/ui/queue_model.py" line="19" />
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_model.py" line="19" />
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_model.py" line="19" />
        <source>Customer</source>
        <translation>Cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_model.py" line="19" />
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_model.py" line="20" />
        <source>Assigned to</source>
        <translation>Wedi'i neilltuo i</translation>
    </message>
</context>
</TS>