<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../agent_desktop/ui/accessibility.py" line="130"/>
        <source>Clear the text</source>
        <translation>Clirio&apos;r testun</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="122"/>
        <source>Contact actions</source>
        <extracomment>Recorded, as a contact found by its id was: the rules allowed it when it was recorded. How often the preview is read again while a customer is open: windows open and close. The first and longest pauses between looking up a contact whose recording was not answered.</extracomment>
        <translation>Gweithredoedd cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="138"/>
        <location filename="../agent_desktop/ui/action_bar.py" line="160"/>
        <source>Log &amp;inbound…</source>
        <translation>Cofnodi cyswllt &amp;i mewn…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="139"/>
        <source>Log inbound contact</source>
        <translation>Cofnodi cyswllt i mewn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="143"/>
        <source>Log a call, text, email, letter, visit or social media message from the customer</source>
        <translation>Cofnodi galwad, neges destun, e-bost, llythyr, ymweliad neu neges cyfryngau cymdeithasol gan y cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="149"/>
        <location filename="../agent_desktop/ui/action_bar.py" line="162"/>
        <source>Request call-&amp;back</source>
        <translation>Gofyn am &amp;alwad yn ôl</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="150"/>
        <source>Request call-back</source>
        <translation>Gofyn am alwad yn ôl</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="154"/>
        <source>The customer asks to be called back; it is due by the end of the next working day</source>
        <translation>Mae&apos;r cwsmer yn gofyn am alwad yn ôl; mae&apos;n ddyledus erbyn diwedd y diwrnod gwaith nesaf</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="166"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="167"/>
        <source>Last action</source>
        <translation>Gweithred ddiwethaf</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="363"/>
        <source>Please wait: checking whether this contact is allowed.</source>
        <translation>Arhoswch: wrthi&apos;n gwirio a ganiateir y cyswllt hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="368"/>
        <source>Please wait: the last contact is still being recorded.</source>
        <translation>Arhoswch: mae&apos;r cyswllt diwethaf yn dal i gael ei gofnodi.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="433"/>
        <source>{name}, representative</source>
        <translation>{name}, cynrychiolydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="494"/>
        <source>{channel} not recorded: it is blocked.</source>
        <translation>Ni chofnodwyd {channel}: ni chaniateir y cyswllt.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="503"/>
        <source>Recorded {channel} at {time}, authorised by {leader}</source>
        <translation>Cofnodwyd {channel} am {time}, awdurdodwyd gan {leader}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="507"/>
        <source>Recorded {channel} at {time}, overriding the preference</source>
        <translation>Cofnodwyd {channel} am {time}, gan ddiystyru&apos;r dewis</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="511"/>
        <source>Recorded {channel} at {time}</source>
        <translation>Cofnodwyd {channel} am {time}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="513"/>
        <source>{text}, to the representative</source>
        <translation>{text}, i&apos;r cynrychiolydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="573"/>
        <source>Checking whether the call was recorded…</source>
        <translation>Wrthi&apos;n gwirio a gofnodwyd yr alwad…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="574"/>
        <source>Checking whether the email was recorded…</source>
        <translation>Wrthi&apos;n gwirio a gofnodwyd yr e-bost…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="575"/>
        <source>Checking whether the letter was recorded…</source>
        <translation>Wrthi&apos;n gwirio a gofnodwyd y llythyr…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="576"/>
        <source>Checking whether the text message was recorded…</source>
        <translation>Wrthi&apos;n gwirio a gofnodwyd y neges destun…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="578"/>
        <source>Checking whether the contact was recorded…</source>
        <translation>Wrthi&apos;n gwirio a gofnodwyd y cyswllt…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="582"/>
        <source>The call was not recorded. You may record it again.</source>
        <translation>Ni chofnodwyd yr alwad. Gallwch ei chofnodi eto.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="583"/>
        <source>The email was not recorded. You may record it again.</source>
        <translation>Ni chofnodwyd yr e-bost. Gallwch ei gofnodi eto.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="584"/>
        <source>The letter was not recorded. You may record it again.</source>
        <translation>Ni chofnodwyd y llythyr. Gallwch ei gofnodi eto.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="585"/>
        <source>The text message was not recorded. You may record it again.</source>
        <translation>Ni chofnodwyd y neges destun. Gallwch ei chofnodi eto.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="588"/>
        <source>The contact was not recorded. You may record it again.</source>
        <translation>Ni chofnodwyd y cyswllt. Gallwch ei gofnodi eto.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="641"/>
        <source>Asked a team leader to allow the {channel}.</source>
        <translation>Gofynnwyd i arweinydd tîm ganiatáu&apos;r cyswllt hwn ({channel}).</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="716"/>
        <source>Inbound {channel} saved on this desktop</source>
        <translation>Cadwyd {channel} i mewn ar y bwrdd gwaith hwn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="724"/>
        <source>Logged inbound {channel} at {time}</source>
        <translation>Cofnodwyd {channel} i mewn am {time}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="754"/>
        <source>Call-back request saved on this desktop</source>
        <translation>Cadwyd y cais am alwad yn ôl ar y bwrdd gwaith hwn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="756"/>
        <source>Call-back due by {when}</source>
        <translation>Galwad yn ôl erbyn {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/action_bar.py" line="766"/>
        <source>{what} at {time}; it will be sent when the central database is back (%n waiting)</source>
        <translation>
            <numerusform>{what} am {time}; caiff ei anfon pan fydd y gronfa ddata ganolog yn ôl (%n yn aros)</numerusform>
            <numerusform>{what} am {time}; caiff ei anfon pan fydd y gronfa ddata ganolog yn ôl (%n yn aros)</numerusform>
            <numerusform>{what} am {time}; caiff ei anfon pan fydd y gronfa ddata ganolog yn ôl (%n yn aros)</numerusform>
            <numerusform>{what} am {time}; caiff ei anfon pan fydd y gronfa ddata ganolog yn ôl (%n yn aros)</numerusform>
            <numerusform>{what} am {time}; caiff ei anfon pan fydd y gronfa ddata ganolog yn ôl (%n yn aros)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="783"/>
        <source>Not recorded: {message}</source>
        <translation>Ni chofnodwyd: {message}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="787"/>
        <source>The database cannot be reached, so this contact could not be checked. Try again in a moment.</source>
        <translation>Methu cyrraedd y gronfa ddata, felly nid oedd modd gwirio&apos;r cyswllt hwn. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="791"/>
        <source>The database cannot be reached, so nothing was recorded. Try again in a moment.</source>
        <translation>Methu cyrraedd y gronfa ddata, felly ni chofnodwyd dim. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="793"/>
        <source>Something went wrong, so nothing was recorded ({error}).</source>
        <translation>Aeth rhywbeth o&apos;i le, felly ni chofnodwyd dim ({error}).</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="801"/>
        <source>{ref}: {text}</source>
        <translation>{ref}: {text}</translation>
    </message>
</context>
<context>
    <name>ArrivalWatch</name>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="1083"/>
        <source>Your visitor {name} has arrived</source>
        <translation>Mae eich ymwelydd, {name}, wedi cyrraedd</translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="155"/>
        <source>Mark away</source>
        <translation>Nodi&apos;n absennol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="158"/>
        <source>No cover</source>
        <translation>Neb yn cyflenwi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="168"/>
        <source>&amp;Who:</source>
        <translation>&amp;Pwy:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="169"/>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="170"/>
        <source>&amp;To:</source>
        <translation>&amp;Hyd at:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="171"/>
        <source>&amp;Cover:</source>
        <translation>&amp;Cyflenwi:</translation>
    </message>
</context>
<context>
    <name>BlockedDialog</name>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="238"/>
        <source>{channel} to {whom} is blocked</source>
        <translation>Ni chaniateir {channel} i {whom}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="240"/>
        <source>{channel} is blocked</source>
        <translation>Cyswllt wedi&apos;i rwystro: {channel}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="245"/>
        <source>Blocked</source>
        <translation>Ni chaniateir</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="247"/>
        <source>This {channel} cannot go ahead now:</source>
        <translation>Ni chaniateir y cyswllt hwn ({channel}) nawr:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="255"/>
        <source>• {title}: {message}</source>
        <translation>• {title}: {message}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="264"/>
        <source>Next allowed {when}.</source>
        <translation>Caniateir eto: {when}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="268"/>
        <source>Time alone will not allow this.</source>
        <translation>Ni fydd aros yn caniatáu hyn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="274"/>
        <source>Allowed now: {channels}.</source>
        <translation>Caniateir nawr: {channels}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="276"/>
        <source>No channel is allowed now.</source>
        <translation>Ni chaniateir unrhyw sianel nawr.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="291"/>
        <source>Close</source>
        <extracomment>The request this dialog waits on, or shows the answer to.</extracomment>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="300"/>
        <source>No one can override this.</source>
        <translation>Ni all neb ddiystyru hyn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="303"/>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="304"/>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="336"/>
        <source>Summary of the contact</source>
        <translation>Crynodeb o&apos;r cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="337"/>
        <source>One-line &amp;summary of this contact:</source>
        <translation>C&amp;rynodeb un llinell o&apos;r cyswllt hwn:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="345"/>
        <source>Override the customer&apos;s preference</source>
        <translation>Diystyru dewis y cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="349"/>
        <source>Reason for overriding</source>
        <translation>Rheswm dros ddiystyru</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="351"/>
        <source>For example: the customer asked on the phone to be emailed instead</source>
        <translation>Er enghraifft: gofynnodd y cwsmer ar y ffôn am gael e-bost yn lle hynny</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="353"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="356"/>
        <source>&amp;Override and record</source>
        <translation>&amp;Diystyru a chofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="357"/>
        <source>Override and record</source>
        <translation>Diystyru a chofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="366"/>
        <source>A team leader must authorise this contact</source>
        <translation>Rhaid i arweinydd tîm awdurdodi&apos;r cyswllt hwn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="371"/>
        <source>Say why this contact is needed and ask a team leader of your team. Their answer shows here; you may close this window meanwhile and come back to it.</source>
        <translation>Dywedwch pam mae angen y cyswllt hwn a gofynnwch i arweinydd tîm yn eich tîm. Bydd yr ateb yn ymddangos yma; gallwch gau&apos;r ffenestr hon yn y cyfamser a dod yn ôl ati.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="379"/>
        <source>Your reason for asking</source>
        <translation>Eich rheswm dros ofyn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="380"/>
        <source>Your &amp;reason:</source>
        <translation>&amp;Eich rheswm:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="383"/>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="494"/>
        <source>Ask a &amp;team leader</source>
        <translation>Gofyn i arweinydd &amp;tîm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="384"/>
        <source>Ask a team leader</source>
        <translation>Gofyn i arweinydd tîm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="388"/>
        <source>Request</source>
        <translation>Cais</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="393"/>
        <source>Record with &amp;approval</source>
        <translation>&amp;Cofnodi gyda chymeradwyaeth</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="394"/>
        <source>Record with the team leader&apos;s approval</source>
        <translation>Cofnodi gyda chymeradwyaeth yr arweinydd tîm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="469"/>
        <source>Waiting for a team leader. You asked: {reason}</source>
        <translation>Yn aros am arweinydd tîm. Gofynnoch chi: {reason}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="473"/>
        <source>Approved by {leader}: {reason}</source>
        <translation>Cymeradwywyd gan {leader}: {reason}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="478"/>
        <source>Record the contact by {time}.</source>
        <translation>Cofnodwch y cyswllt erbyn {time}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="480"/>
        <source>The approval is used or has expired: ask again.</source>
        <translation>Mae&apos;r gymeradwyaeth wedi&apos;i defnyddio neu wedi dod i ben: gofynnwch eto.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="482"/>
        <source>Refused by {leader}: {reason}</source>
        <translation>Gwrthodwyd gan {leader}: {reason}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="492"/>
        <source>Ask a&amp;gain</source>
        <translation>Gofyn e&amp;to</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="533"/>
        <source>Approval: {message}</source>
        <translation>Cymeradwyaeth: {message}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="536"/>
        <source>Your reason: {message}</source>
        <translation>Eich rheswm: {message}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="430"/>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="431"/>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="432"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="539"/>
        <source>Reason: {message}</source>
        <translation>Rheswm: {message}</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="372"/>
        <source>Book a visit</source>
        <translation>Trefnu ymweliad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="375"/>
        <location filename="../agent_desktop/ui/visits_desk.py" line="377"/>
        <source>Find the customer</source>
        <translation>Chwilio am y cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="376"/>
        <source>F&amp;ind</source>
        <translation>&amp;Chwilio</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="379"/>
        <source>Customer</source>
        <translation>Cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="381"/>
        <source>Host</source>
        <translation>Gwesteiwr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="383"/>
        <source>Second member of staff</source>
        <translation>Ail aelod o staff</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="384"/>
        <source>Nobody</source>
        <translation>Neb</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="391"/>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="396"/>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="397"/>
        <source>Length</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="399"/>
        <source>Free time</source>
        <translation>Amser rhydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="401"/>
        <source>Room</source>
        <translation>Ystafell</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="403"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="404"/>
        <source>Int&amp;erpreter booked</source>
        <translation>Dehonglydd wedi&apos;i dr&amp;efnu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="405"/>
        <source>BSL interpreter booked</source>
        <translation>Dehonglydd BSL wedi&apos;i drefnu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="408"/>
        <source>BSL interpreter</source>
        <translation>Dehonglydd BSL</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="408"/>
        <location filename="../agent_desktop/ui/visits_desk.py" line="458"/>
        <source>Choose the customer first.</source>
        <translation>Dewiswch y cwsmer yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="411"/>
        <source>Booking result</source>
        <translation>Canlyniad trefnu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="417"/>
        <source>Fi&amp;nd the customer:</source>
        <translation>Chwilio a&amp;m y cwsmer:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="418"/>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;wsmer:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="419"/>
        <source>&amp;Host:</source>
        <translation>&amp;Gwesteiwr:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="420"/>
        <source>&amp;Second member of staff:</source>
        <translation>&amp;Ail aelod o staff:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="421"/>
        <source>&amp;Day:</source>
        <translation>&amp;Diwrnod:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="422"/>
        <source>&amp;Length:</source>
        <translation>&amp;Hyd:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="423"/>
        <source>Free &amp;time:</source>
        <translation>Amser &amp;rhydd:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="424"/>
        <source>&amp;Room:</source>
        <translation>&amp;Ystafell:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="425"/>
        <source>&amp;Purpose:</source>
        <translation>D&amp;iben:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="430"/>
        <source>&amp;Book</source>
        <translation>&amp;Trefnu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="462"/>
        <source>This customer needs a BSL interpreter: tick the box once one is booked.</source>
        <translation>Mae ar y cwsmer hwn angen dehonglydd BSL: ticiwch y blwch unwaith y bydd un wedi&apos;i drefnu.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="468"/>
        <source>This customer has no BSL interpreter recorded as a need.</source>
        <translation>Nid oes angen dehonglydd BSL wedi&apos;i gofnodi ar gyfer y cwsmer hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="475"/>
        <source>The customer&apos;s needs could not be read: tick the box if an interpreter is booked.</source>
        <translation>Nid oedd modd darllen anghenion y cwsmer: ticiwch y blwch os oes dehonglydd wedi&apos;i drefnu.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="484"/>
        <source>No customer matches that.</source>
        <translation>Nid oes cwsmer yn cyfateb i hynny.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="493"/>
        <source>The host has no free time that day.</source>
        <translation>Nid oes gan y gwesteiwr amser rhydd y diwrnod hwnnw.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="496"/>
        <source>Not booked: {why}</source>
        <translation>Heb ei drefnu: {why}</translation>
    </message>
</context>
<context>
    <name>BusyWords</name>
    <message>
        <location filename="../agent_desktop/ui/busy.py" line="23"/>
        <source>Please wait</source>
        <translation>Arhoswch</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/busy.py" line="26"/>
        <source>Opening the database…</source>
        <translation>Yn agor y gronfa ddata…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/busy.py" line="29"/>
        <source>Connecting to the central database at {where}…</source>
        <translation>Yn cysylltu â&apos;r gronfa ddata ganolog yn {where}…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/busy.py" line="32"/>
        <source>Preparing the demo data…</source>
        <translation>Yn paratoi&apos;r data arddangos…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/busy.py" line="35"/>
        <source>Opening this desktop&apos;s copy of the central database…</source>
        <translation>Yn agor copi&apos;r bwrdd gwaith hwn o&apos;r gronfa ddata ganolog…</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="51"/>
        <location filename="../agent_desktop/ui/call_timer.py" line="118"/>
        <source>No call in progress</source>
        <translation>Dim galwad ar y gweill</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="51"/>
        <source>Call time</source>
        <extracomment>How long before the limit the timer warns, in minutes.</extracomment>
        <translation>Hyd yr alwad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="52"/>
        <source>Call limit</source>
        <translation>Terfyn yr alwad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="53"/>
        <source>Stop &amp;timer</source>
        <translation>S&amp;topio&apos;r amserydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="54"/>
        <source>Stop call timer</source>
        <translation>Stopio amserydd yr alwad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="56"/>
        <source>Stop the call timer</source>
        <translation>Stopio amserydd yr alwad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="94"/>
        <source>{n}-minute limit</source>
        <translation>Terfyn o {n} munud</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="107"/>
        <source>Last call {elapsed}</source>
        <translation>Galwad ddiwethaf: {elapsed}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="126"/>
        <source>Call time {elapsed}</source>
        <translation>Hyd yr alwad: {elapsed}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="132"/>
        <location filename="../agent_desktop/ui/call_timer.py" line="182"/>
        <source>Call limit reached</source>
        <translation>Wedi cyrraedd terfyn yr alwad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="138"/>
        <location filename="../agent_desktop/ui/call_timer.py" line="186"/>
        <source>2 minutes left of the {n}-minute limit</source>
        <translation>Dau funud ar ôl o&apos;r terfyn o {n} munud</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="140"/>
        <location filename="../agent_desktop/ui/call_timer.py" line="188"/>
        <source>1 minute left of the {n}-minute limit</source>
        <translation>Un munud ar ôl o&apos;r terfyn o {n} munud</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="155"/>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="184"/>
        <source>Request call-back</source>
        <translation>Gofyn am alwad yn ôl</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="185"/>
        <source>&amp;Note for whoever returns the call (optional):</source>
        <translation>&amp;Nodyn i bwy bynnag fydd yn ffonio&apos;n ôl (dewisol):</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="186"/>
        <source>&amp;Request call-back</source>
        <translation>&amp;Gofyn am alwad yn ôl</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="188"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="191"/>
        <source>Call-back note</source>
        <translation>Nodyn galwad yn ôl</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="192"/>
        <source>Request the call-back</source>
        <translation>Gofyn am yr alwad yn ôl</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="613"/>
        <source>Cancel the appointment</source>
        <translation>Canslo&apos;r apwyntiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="615"/>
        <source>Reason for cancelling</source>
        <translation>Rheswm dros ganslo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="616"/>
        <source>&amp;Reason for cancelling {what}:</source>
        <translation>&amp;Rheswm dros ganslo apwyntiad {what}:</translation>
    </message>
</context>
<context>
    <name>CardHeader</name>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="96"/>
        <source>Customer name</source>
        <translation>Enw&apos;r cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="101"/>
        <source>Prefers Welsh</source>
        <translation>Dewis iaith: Cymraeg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="104"/>
        <source>The customer prefers Welsh: offer a Welsh speaker; letters and emails use the Welsh template.</source>
        <translation>Mae&apos;n well gan y cwsmer y Gymraeg: cynigiwch siaradwr Cymraeg; mae llythyrau a negeseuon e-bost yn defnyddio&apos;r templed Cymraeg.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="113"/>
        <source>Cymraeg</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="126"/>
        <source>Customer reference</source>
        <translation>Cyfeirnod y cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="127"/>
        <source>Phone numbers</source>
        <translation>Rhifau ffôn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="128"/>
        <source>Email addresses</source>
        <translation>Cyfeiriadau e-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="129"/>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="130"/>
        <source>Reference:</source>
        <translation>Cyfeirnod:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="131"/>
        <source>Phone:</source>
        <translation>Ffôn:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="132"/>
        <source>Email:</source>
        <translation>E-bost:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="133"/>
        <source>Address:</source>
        <translation>Cyfeiriad:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="150"/>
        <source>None recorded</source>
        <translation>Dim wedi&apos;i gofnodi</translation>
    </message>
</context>
<context>
    <name>CardSections</name>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="173"/>
        <source>Accessibility needs and reasonable adjustments</source>
        <translation>Anghenion hygyrchedd ac addasiadau rhesymol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="175"/>
        <source>Representative</source>
        <translation>Cynrychiolydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="176"/>
        <source>Contact preferences</source>
        <translation>Dewisiadau cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="178"/>
        <location filename="../agent_desktop/ui/card_sections.py" line="179"/>
        <location filename="../agent_desktop/ui/card_sections.py" line="278"/>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="207"/>
        <location filename="../agent_desktop/ui/card_sections.py" line="213"/>
        <source>None recorded</source>
        <translation>Dim wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="215"/>
        <source>{name} ({relationship})</source>
        <translation>{name} ({relationship})</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="224"/>
        <source>Phone: {phone}</source>
        <translation>Ffôn: {phone}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="225"/>
        <source>Email: {email}</source>
        <translation>E-bost: {email}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="226"/>
        <source>Contact only through them.</source>
        <translation>Cysylltu drwy&apos;r cynrychiolydd yn unig.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="234"/>
        <source>No preferences recorded — ask the customer how and how often they want to be kept informed.</source>
        <translation>Dim dewisiadau wedi&apos;u cofnodi — gofynnwch i&apos;r cwsmer sut a pha mor aml y mae am gael y wybodaeth ddiweddaraf.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="240"/>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="240"/>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="243"/>
        <source>Agreed on {date} with {name}.</source>
        <translation>Cytunwyd ar {date} gyda {name}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="247"/>
        <source>Agreed on {date}.</source>
        <translation>Cytunwyd ar {date}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="250"/>
        <source>Channels, in order of preference: {channels}</source>
        <translation>Sianeli, yn nhrefn blaenoriaeth: {channels}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="252"/>
        <source>Calls and texts welcome: {window}</source>
        <translation>Croeso i alwadau a negeseuon testun: {window}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="257"/>
        <source>Language: {language}</source>
        <translation>Iaith: {language}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="264"/>
        <source>No regular updates asked for</source>
        <translation>Dim cais am ddiweddariadau rheolaidd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="266"/>
        <source>Updates every day</source>
        <translation>Diweddariadau bob dydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="267"/>
        <source>Updates every {days} days</source>
        <translation>Diweddariadau bob {days} diwrnod</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="279"/>
        <source>No cases</source>
        <translation>Dim achosion</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="283"/>
        <source>Case {ref}</source>
        <translation>Achos {ref}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="292"/>
        <source>Stage: {stage}</source>
        <translation>Cam: {stage}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="296"/>
        <source>Target {date} (missed)</source>
        <translation>Targed {date} (wedi&apos;i fethu)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="299"/>
        <source>Target {date}</source>
        <translation>Targed {date}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="301"/>
        <source>Owner: {name}</source>
        <translation>Perchennog: {name}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="305"/>
        <source>What happens next: {steps}</source>
        <translation>Beth sy&apos;n digwydd nesaf: {steps}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="308"/>
        <source>In Welsh:</source>
        <translation>Yn Gymraeg:</translation>
    </message>
</context>
<context>
    <name>ChallengeDialog</name>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="700"/>
        <source>Date received</source>
        <translation>Dyddiad derbyn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="701"/>
        <source>What the customer says</source>
        <translation>Beth mae&apos;r cwsmer yn ei ddweud</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="702"/>
        <source>Date &amp;received:</source>
        <translation>&amp;Dyddiad derbyn:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="703"/>
        <source>&amp;What the customer says:</source>
        <translation>&amp;Beth mae&apos;r cwsmer yn ei ddweud:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="707"/>
        <source>Date received: must not be in the future.</source>
        <translation>Dyddiad derbyn: ni chaiff fod yn y dyfodol.</translation>
    </message>
</context>
<context>
    <name>ChannelPreview</name>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="146"/>
        <source>&amp;Call</source>
        <translation>&amp;Ffonio</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="146"/>
        <source>Call</source>
        <translation>Ffonio</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="147"/>
        <source>&amp;Email</source>
        <translation>&amp;E-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="147"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="148"/>
        <source>&amp;Letter</source>
        <translation>&amp;Llythyr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="148"/>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="149"/>
        <source>&amp;SMS</source>
        <translation>Neges de&amp;stun</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="149"/>
        <source>SMS</source>
        <translation>Neges destun</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="169"/>
        <source>{channel} status</source>
        <translation>Statws {channel}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="177"/>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="198"/>
        <source>No customer is open.</source>
        <translation>Nid oes cwsmer ar agor.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="208"/>
        <source>Checking…</source>
        <translation>Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="209"/>
        <source>Checking whether this contact is allowed now.</source>
        <translation>Yn gwirio a ganiateir y cyswllt hwn nawr.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="216"/>
        <source>Could not check</source>
        <translation>Methu gwirio</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="234"/>
        <source>Not by time alone</source>
        <translation>Ni fydd aros yn newid hyn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="235"/>
        <source>Next allowed {when}</source>
        <translation>Caniateir eto: {when}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="240"/>
        <source>• {title}: {message}</source>
        <translation>• {title}: {message}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="251"/>
        <source>Allowed</source>
        <translation>Caniateir</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="252"/>
        <source>You may use this now.</source>
        <translation>Gallwch ddefnyddio hwn nawr.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/channel_preview.py" line="259"/>
        <source>Blocked: {reason} (+%n more)</source>
        <translation>
            <numerusform>Ni chaniateir: {reason} (+%n arall)</numerusform>
            <numerusform>Ni chaniateir: {reason} (+%n arall)</numerusform>
            <numerusform>Ni chaniateir: {reason} (+%n arall)</numerusform>
            <numerusform>Ni chaniateir: {reason} (+%n arall)</numerusform>
            <numerusform>Ni chaniateir: {reason} (+%n arall)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="261"/>
        <source>Blocked: {reason}</source>
        <translation>Ni chaniateir: {reason}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="266"/>
        <source>You may override this preference with a written reason.</source>
        <translation>Gallwch ddiystyru&apos;r dewis hwn gyda rheswm ysgrifenedig.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="269"/>
        <source>A team leader may authorise one contact.</source>
        <translation>Gall arweinydd tîm awdurdodi un cyswllt.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="272"/>
        <source>No one can override this.</source>
        <translation>Ni all neb ddiystyru hyn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="282"/>
        <source>Shortcut {key}.</source>
        <translation>Llwybr byr {key}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="287"/>
        <source>{name} ({key})
{detail}</source>
        <translation>{name} ({key})
{detail}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="303"/>
        <source>Warnings: {titles}</source>
        <translation>Rhybuddion: {titles}</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="95"/>
        <source>Central database</source>
        <translation>Cronfa ddata ganolog</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="99"/>
        <source>Connect to your contact centre&apos;s central database, or use the embedded database on this computer.</source>
        <translation>Cysylltwch â chronfa ddata ganolog eich canolfan gyswllt, neu defnyddiwch y gronfa ddata fewnol ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="106"/>
        <source>Use the &amp;embedded database on this computer</source>
        <translation>Defnyddio&apos;r gronfa ddata &amp;fewnol ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="107"/>
        <source>Use the embedded database</source>
        <translation>Defnyddio&apos;r gronfa ddata fewnol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="110"/>
        <source>Server host</source>
        <translation>Gwesteiwr y gweinydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="111"/>
        <source>for example db.example.org</source>
        <translation>er enghraifft db.example.org</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="114"/>
        <source>Port</source>
        <translation>Porth</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="116"/>
        <source>Database name</source>
        <translation>Enw&apos;r gronfa ddata</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="118"/>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="121"/>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="123"/>
        <source>TLS mode</source>
        <translation>Modd TLS</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="128"/>
        <source>&amp;Remember password in the system&apos;s credential store</source>
        <translation>C&amp;ofio&apos;r cyfrinair yn storfa manylion adnabod y system</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="130"/>
        <source>Remember password</source>
        <translation>Cofio&apos;r cyfrinair</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="134"/>
        <source>Test co&amp;nnection</source>
        <translation>P&amp;rofi&apos;r cysylltiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="135"/>
        <source>Test connection</source>
        <translation>Profi&apos;r cysylltiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="137"/>
        <source>Connection test result</source>
        <translation>Canlyniad profi&apos;r cysylltiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="141"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="149"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="150"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="152"/>
        <source>Cancel (Esc)</source>
        <translation>Canslo (Esc)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="153"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="161"/>
        <source>Server &amp;host</source>
        <translation>&amp;Gwesteiwr y gweinydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="162"/>
        <source>&amp;Port</source>
        <translation>&amp;Porth</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="163"/>
        <source>&amp;Database</source>
        <translation>Cronfa &amp;ddata</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="164"/>
        <source>&amp;User name</source>
        <translation>&amp;Enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="165"/>
        <source>Pass&amp;word</source>
        <translation>C&amp;yfrinair</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="166"/>
        <source>&amp;TLS mode</source>
        <translation>Modd &amp;TLS</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="217"/>
        <source>Disable: never encrypt</source>
        <translation>Analluogi: byth amgryptio</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="218"/>
        <source>Allow: encrypt only if the server insists</source>
        <translation>Caniatáu: amgryptio dim ond os yw&apos;r gweinydd yn mynnu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="219"/>
        <source>Prefer: encrypt when the server can</source>
        <translation>Ffafrio: amgryptio pan fo&apos;r gweinydd yn gallu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="220"/>
        <source>Require: always encrypt</source>
        <translation>Mynnu: amgryptio bob amser</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="221"/>
        <source>Verify CA: encrypt and check the certificate</source>
        <translation>Gwirio&apos;r CA: amgryptio a gwirio&apos;r dystysgrif</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="222"/>
        <source>Verify full: encrypt, check the certificate and host name</source>
        <translation>Gwirio&apos;n llawn: amgryptio, gwirio&apos;r dystysgrif ac enw&apos;r gwesteiwr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="245"/>
        <source>No credential store is available on this computer, so the password cannot be remembered: you will be asked for it each time the desktop starts. It is never written to a file.</source>
        <translation>Nid oes storfa manylion adnabod ar gael ar y cyfrifiadur hwn, felly ni ellir cofio&apos;r cyfrinair: gofynnir i chi amdano bob tro y bydd y bwrdd gwaith yn cychwyn. Nid yw byth yn cael ei ysgrifennu i ffeil.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="276"/>
        <source>Enter the server&apos;s host name, or choose the embedded database.</source>
        <translation>Rhowch enw gwesteiwr y gweinydd, neu dewiswch y gronfa ddata fewnol.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="278"/>
        <source>Enter the name of the database on the server.</source>
        <translation>Rhowch enw&apos;r gronfa ddata ar y gweinydd.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="280"/>
        <source>Enter your user name on the server.</source>
        <translation>Rhowch eich enw defnyddiwr ar y gweinydd.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="326"/>
        <source>The embedded database needs no test.</source>
        <translation>Nid oes angen profi&apos;r gronfa ddata fewnol.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="334"/>
        <source>Connecting to {where}…</source>
        <translation>Yn cysylltu â {where}…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="339"/>
        <source>Connected to {where} (PostgreSQL {version}).</source>
        <translation>Wedi cysylltu â {where} (PostgreSQL {version}).</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="345"/>
        <source>Could not connect to {where}: {reason}</source>
        <translation>Methu cysylltu â {where}: {reason}</translation>
    </message>
</context>
<context>
    <name>CustomerCardPanel</name>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="81"/>
        <source>Customer card</source>
        <translation>Cerdyn cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="95"/>
        <location filename="../agent_desktop/ui/customer_card.py" line="221"/>
        <source>No customer open</source>
        <translation>Dim cwsmer ar agor</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="95"/>
        <source>Customer card status</source>
        <translation>Statws y cerdyn cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="108"/>
        <source>Restrictions</source>
        <translation>Cyfyngiadau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="112"/>
        <source>Warnings</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="126"/>
        <location filename="../agent_desktop/ui/customer_card.py" line="322"/>
        <source>Contact history (newest first)</source>
        <translation>Hanes cyswllt (y diweddaraf yn gyntaf)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="138"/>
        <source>Contact history</source>
        <translation>Hanes cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="141"/>
        <source>Contacts with the customer, newest first: when, channel, direction, staff and what was said.</source>
        <translation>Cysylltiadau â&apos;r cwsmer, y diweddaraf yn gyntaf: pryd, sianel, i mewn neu allan, staff a beth a ddywedwyd.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="202"/>
        <source>Loading the card of {ref}…</source>
        <translation>Wrthi&apos;n llwytho cerdyn {ref}…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="244"/>
        <source>{what} marked done on this desktop; it will be sent when the central database is back</source>
        <translation>{what} wedi&apos;i farcio&apos;n gyflawn ar y bwrdd gwaith hwn; caiff ei anfon pan fydd y gronfa ddata ganolog yn ôl</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="248"/>
        <source>{what} marked done</source>
        <translation>{what} wedi&apos;i farcio&apos;n gyflawn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="258"/>
        <source>Not marked done: {message}</source>
        <translation>Heb ei farcio&apos;n gyflawn: {message}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="260"/>
        <source>Not marked done: the database did not answer. Try again in a moment.</source>
        <translation>Heb ei farcio&apos;n gyflawn: ni atebodd y gronfa ddata. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="285"/>
        <source>No customer has the reference {ref}.</source>
        <translation>Nid oes cwsmer â&apos;r cyfeirnod {ref}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="297"/>
        <source>The card of {ref} is not kept on this desktop, and the central database cannot be reached. It opens when the connection is back.</source>
        <translation>Nid yw cerdyn {ref} yn cael ei gadw ar y bwrdd gwaith hwn, ac ni ellir cyrraedd y gronfa ddata ganolog. Bydd yn agor pan fydd y cysylltiad yn ôl.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="304"/>
        <source>Could not read the card of {ref}: the database did not answer. Try again in a moment.</source>
        <translation>Methu darllen cerdyn {ref}: ni atebodd y gronfa ddata. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="324"/>
        <source>Contact history: no contacts recorded</source>
        <translation>Hanes cyswllt: dim cysylltiadau wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="359"/>
        <source>{sentence} Reason: {reason} (decided by {name}; review by {date})</source>
        <translation>{sentence} Rheswm: {reason} (penderfynwyd gan {name}; adolygu erbyn {date})</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="387"/>
        <source>New restriction: {text}</source>
        <translation>Cyfyngiad newydd: {text}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="394"/>
        <source>Restrictions: {text}</source>
        <translation>Cyfyngiadau: {text}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="397"/>
        <source>Warnings: {text}</source>
        <translation>Rhybuddion: {text}</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="70"/>
        <location filename="../agent_desktop/ui/approval_requests.py" line="132"/>
        <source>Approve the request</source>
        <extracomment>How often the &quot;Waiting&quot; column is worded again (from what is shown: no read).</extracomment>
        <translation>Cymeradwyo&apos;r cais</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="70"/>
        <location filename="../agent_desktop/ui/approval_requests.py" line="132"/>
        <source>Refuse the request</source>
        <translation>Gwrthod y cais</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="75"/>
        <source>{agent} asks to contact {customer} ({ref}) by {channel}. Blocked by: {blocks}. Their reason: {reason}</source>
        <translation>Mae {agent} yn gofyn am gael cysylltu â {customer} ({ref}). Sianel: {channel}. Wedi&apos;i rwystro gan: {blocks}. Rheswm yr asiant: {reason}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="92"/>
        <source>The approval allows that one contact, by that agent, on that channel, within 30 minutes.</source>
        <translation>Mae&apos;r gymeradwyaeth yn caniatáu&apos;r un cyswllt hwnnw, gan yr asiant hwnnw, ar y sianel honno, o fewn 30 munud.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="99"/>
        <source>Your reason for the decision</source>
        <translation>Eich rheswm dros y penderfyniad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="100"/>
        <source>Your &amp;reason:</source>
        <translation>&amp;Eich rheswm:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="107"/>
        <source>Your password</source>
        <translation>Eich cyfrinair</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="108"/>
        <source>Your &amp;password:</source>
        <translation>Eich c&amp;yfrinair:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="113"/>
        <source>This desk is not signed in with your own login: your password is used for this decision only and is not kept.</source>
        <translation>Nid yw&apos;r ddesg hon wedi mewngofnodi gyda&apos;ch mewngofnodiad eich hun: defnyddir eich cyfrinair ar gyfer y penderfyniad hwn yn unig ac nid yw&apos;n cael ei gadw.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="125"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="128"/>
        <source>&amp;Approve</source>
        <translation>&amp;Cymeradwyo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="128"/>
        <source>Re&amp;fuse</source>
        <translation>&amp;Gwrthod</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="157"/>
        <source>Your reason</source>
        <translation>Eich rheswm</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="271"/>
        <source>Decide a restriction for {name} ({ref})</source>
        <translation>Penderfynu ar gyfyngiad ar gyfer {name} ({ref})</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="279"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="280"/>
        <source>Choose a kind…</source>
        <translation>Dewiswch fath…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="291"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="293"/>
        <source>Choose a category…</source>
        <translation>Dewiswch gategori…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="296"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="297"/>
        <source>Starts on</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="299"/>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="301"/>
        <source>Has an &amp;end date</source>
        <translation>Mae ganddo ddyddiad &amp;gorffen</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="302"/>
        <source>Ends on</source>
        <translation>Dyddiad gorffen</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="308"/>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="313"/>
        <source>Reasonable adjustments</source>
        <translation>Addasiadau rhesymol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="311"/>
        <source>I have &amp;considered the customer&apos;s reasonable adjustments</source>
        <translation>Rwyf wedi &amp;ystyried addasiadau rhesymol y cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="322"/>
        <source>&amp;Decide</source>
        <translation>&amp;Penderfynu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="329"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="331"/>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Categori:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="332"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="333"/>
        <source>&amp;Starts on:</source>
        <translation>Dyddiad &amp;dechrau:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="334"/>
        <source>Re&amp;view date:</source>
        <translation>Dyddiad &amp;adolygu:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="365"/>
        <source>Channels the customer may use:</source>
        <translation>Sianeli y caiff y cwsmer eu defnyddio:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="366"/>
        <source>Channels</source>
        <translation>Sianeli</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="373"/>
        <source>Contacts allowed</source>
        <translation>Cysylltiadau a ganiateir</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="377"/>
        <source>In any number of days</source>
        <translation>Mewn unrhyw gyfnod (nifer o ddiwrnodau)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="378"/>
        <source>Contacts allowed:</source>
        <translation>Cysylltiadau a ganiateir:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="379"/>
        <source>In any number of days:</source>
        <translation>Mewn unrhyw gyfnod (nifer o ddiwrnodau):</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="381"/>
        <source>Counting only (none for every channel):</source>
        <translation>Cyfrif y sianeli hyn yn unig (dim un i gyfrif pob sianel):</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="382"/>
        <source>Counting only</source>
        <translation>Cyfrif yn unig</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="386"/>
        <source>Counting</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="387"/>
        <source>Our contacts with the customer</source>
        <translation>Ein cysylltiadau ni â&apos;r cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="388"/>
        <source>Contacts either way</source>
        <translation>Cysylltiadau i mewn neu allan</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="389"/>
        <source>Counting:</source>
        <translation>Cyfrif:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="392"/>
        <source>Named contact</source>
        <translation>Cyswllt penodol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="394"/>
        <source>Deputy</source>
        <translation>Dirprwy</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="395"/>
        <source>Named contact (username):</source>
        <translation>Cyswllt penodol (enw defnyddiwr):</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="396"/>
        <source>Deputy (username, optional):</source>
        <translation>Dirprwy (enw defnyddiwr, dewisol):</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="404"/>
        <source>Days: {day}</source>
        <translation>Diwrnodau: {day}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="411"/>
        <source>From</source>
        <translation>Amser dechrau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="414"/>
        <source>Until</source>
        <translation>Amser gorffen</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="415"/>
        <source>Days:</source>
        <translation>Diwrnodau:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="416"/>
        <source>From:</source>
        <translation>Amser dechrau:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="417"/>
        <source>Until:</source>
        <translation>Amser gorffen:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="422"/>
        <source>Minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="423"/>
        <source>Longest call, in minutes:</source>
        <translation>Hyd hiraf galwad, mewn munudau:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="426"/>
        <source>Representative</source>
        <translation>Cynrychiolydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="427"/>
        <source>Representative&apos;s name:</source>
        <translation>Enw&apos;r cynrychiolydd:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="429"/>
        <source>Parameters</source>
        <translation>Paramedrau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="429"/>
        <source>This kind has no parameters.</source>
        <translation>Nid oes paramedrau i&apos;r math hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="476"/>
        <source>Channels: choose at least one channel the customer may use.</source>
        <translation>Sianeli: dewiswch o leiaf un sianel y caiff y cwsmer ei defnyddio.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="490"/>
        <source>Named contact: give the username of the member of staff.</source>
        <translation>Cyswllt penodol: rhowch enw defnyddiwr yr aelod o staff.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="492"/>
        <source>Deputy: must be someone other than the named contact.</source>
        <translation>Dirprwy: rhaid dewis rhywun heblaw&apos;r cyswllt penodol.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="499"/>
        <source>Days: choose at least one day.</source>
        <translation>Diwrnodau: dewiswch o leiaf un diwrnod.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="501"/>
        <source>Until: must be later than From.</source>
        <translation>Amser gorffen: rhaid iddo fod yn hwyrach na&apos;r amser dechrau.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="508"/>
        <source>Representative: give the representative&apos;s name.</source>
        <translation>Cynrychiolydd: rhowch enw&apos;r cynrychiolydd.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="516"/>
        <source>Kind: choose the kind of restriction.</source>
        <translation>Math: dewiswch y math o gyfyngiad.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="521"/>
        <source>Category: choose what the restriction is for.</source>
        <translation>Categori: dewiswch beth yw sail y cyfyngiad.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="525"/>
        <source>Reason: say why the restriction is needed.</source>
        <translation>Rheswm: dywedwch pam mae angen y cyfyngiad.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="527"/>
        <source>Review date: must not be before the start date.</source>
        <translation>Dyddiad adolygu: ni chaiff fod cyn y dyddiad dechrau.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="531"/>
        <source>Review date: must be no more than twelve months after the start date, so {latest} at the latest.</source>
        <translation>Dyddiad adolygu: ni chaiff fod fwy na deuddeg mis ar ôl y dyddiad dechrau, felly {latest} fan bellaf.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="546"/>
        <source>Ends on: must not be before the start date.</source>
        <translation>Dyddiad gorffen: ni chaiff fod cyn y dyddiad dechrau.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="572"/>
        <source>Not decided yet: confirm that you considered the customer&apos;s reasonable adjustments, then choose Decide again.</source>
        <translation>Ni phenderfynwyd eto: cadarnhewch eich bod wedi ystyried addasiadau rhesymol y cwsmer, yna dewiswch Penderfynu eto.</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <location filename="../agent_desktop/ui/desk_session.py" line="235"/>
        <source>Sign out</source>
        <translation>Allgofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/desk_session.py" line="237"/>
        <source>A call is being timed ({elapsed}). Sign out anyway? The call timer stops.</source>
        <translation>Mae galwad yn cael ei hamseru ({elapsed}). Allgofnodi beth bynnag? Bydd amserydd yr alwad yn stopio.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/desk_session.py" line="285"/>
        <source>{name} could not be signed in: {reason}</source>
        <translation>Nid oedd modd mewngofnodi {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/desk_session.py" line="287"/>
        <source>Could not sign in: {reason}</source>
        <translation>Methu mewngofnodi: {reason}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/desk_session.py" line="289"/>
        <source>Sign in</source>
        <translation>Mewngofnodi</translation>
    </message>
</context>
<context>
    <name>Desks</name>
    <message>
        <location filename="../agent_desktop/ui/desks.py" line="155"/>
        <source>Agent desk</source>
        <translation>Desg asiant</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="685"/>
        <source>Team board</source>
        <translation>Bwrdd y tîm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="688"/>
        <source>Team &amp;board</source>
        <translation>&amp;Bwrdd y tîm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="675"/>
        <source>Restrictions</source>
        <translation>Cyfyngiadau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="678"/>
        <source>Res&amp;trictions</source>
        <translation>C&amp;yfyngiadau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="1091"/>
        <source>Visits desk</source>
        <translation>Desg ymweliadau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="1094"/>
        <source>&amp;Visits desk</source>
        <translation>De&amp;sg ymweliadau</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="126"/>
        <location filename="../agent_desktop/ui/find_panel.py" line="135"/>
        <source>Find customer</source>
        <translation>Chwilio am gwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="133"/>
        <source>Reference, name, phone or email</source>
        <translation>Cyfeirnod, enw, ffôn neu e-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="138"/>
        <source>Type a reference, a name, a phone number in any form or an email address. Press Down to move to the results and Enter to open a customer.</source>
        <translation>Teipiwch gyfeirnod, enw, rhif ffôn ar unrhyw ffurf neu gyfeiriad e-bost. Pwyswch y saeth i lawr i symud i&apos;r canlyniadau ac Enter i agor cwsmer.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="142"/>
        <source>Find a customer ({shortcut})</source>
        <translation>Chwilio am gwsmer ({shortcut})</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="143"/>
        <source>&amp;Find customer ({shortcut})</source>
        <translation>&amp;Chwilio am gwsmer ({shortcut})</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="149"/>
        <source>Matching customers</source>
        <translation>Cwsmeriaid sy&apos;n cyfateb</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="154"/>
        <source>Press Enter to open the selected customer, Up from the first to return to the search.</source>
        <translation>Pwyswch Enter i agor y cwsmer a ddewiswyd, neu&apos;r saeth i fyny o&apos;r cyntaf i fynd yn ôl i&apos;r chwiliad.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="290"/>
        <source>No customer found</source>
        <translation>Ni chanfuwyd cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="301"/>
        <source>Could not search: the database did not answer. Try again.</source>
        <translation>Methu chwilio: ni atebodd y gronfa ddata. Rhowch gynnig arall arni.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/find_panel.py" line="306"/>
        <source>More than %n found: type more to narrow the search</source>
        <translation>
            <numerusform>Canfuwyd mwy na %n: teipiwch ragor i gyfyngu&apos;r chwiliad</numerusform>
            <numerusform>Canfuwyd mwy na %n: teipiwch ragor i gyfyngu&apos;r chwiliad</numerusform>
            <numerusform>Canfuwyd mwy na %n: teipiwch ragor i gyfyngu&apos;r chwiliad</numerusform>
            <numerusform>Canfuwyd mwy na %n: teipiwch ragor i gyfyngu&apos;r chwiliad</numerusform>
            <numerusform>Canfuwyd mwy na %n: teipiwch ragor i gyfyngu&apos;r chwiliad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/find_panel.py" line="307"/>
        <source>%n found</source>
        <translation>
            <numerusform>Canfuwyd %n</numerusform>
            <numerusform>Canfuwyd %n</numerusform>
            <numerusform>Canfuwyd %n</numerusform>
            <numerusform>Canfuwyd %n</numerusform>
            <numerusform>Canfuwyd %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindResultsModel</name>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="79"/>
        <source>{name} · {ref}</source>
        <translation>{name} · {ref}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="80"/>
        <source>No address held</source>
        <translation>Dim cyfeiriad ar gofnod</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="85"/>
        <source>{name}, reference {ref}, {where}</source>
        <translation>{name}, cyfeirnod {ref}, {where}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="88"/>
        <source>{name}, reference {ref}</source>
        <translation>{name}, cyfeirnod {ref}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="100"/>
        <source>{caller}, representative of {customer}</source>
        <translation>{caller}, cynrychiolydd {customer}</translation>
    </message>
</context>
<context>
    <name>InboundDialog</name>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="40"/>
        <source>Log inbound contact</source>
        <extracomment>The channels a customer reaches us on, in the order the dialog offers them.</extracomment>
        <translation>Cofnodi cyswllt i mewn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="42"/>
        <source>&amp;Phone call</source>
        <translation>&amp;Galwad ffôn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="42"/>
        <source>Phone call</source>
        <translation>Galwad ffôn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="43"/>
        <source>&amp;Text message</source>
        <translation>&amp;Neges destun</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="43"/>
        <source>Text message</source>
        <translation>Neges destun</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="44"/>
        <source>&amp;Email</source>
        <translation>&amp;E-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="44"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="45"/>
        <source>&amp;Letter</source>
        <translation>&amp;Llythyr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="45"/>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="46"/>
        <source>Office &amp;visit</source>
        <translation>&amp;Ymweliad â&apos;r swyddfa</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="46"/>
        <source>Office visit</source>
        <translation>Ymweliad â&apos;r swyddfa</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="47"/>
        <source>Social &amp;media message</source>
        <translation>&amp;Neges cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="47"/>
        <source>Social media message</source>
        <translation>Neges cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="49"/>
        <source>How did the customer contact us?</source>
        <translation>Sut cysylltodd y cwsmer â ni?</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="64"/>
        <source>Summary of the contact</source>
        <translation>Crynodeb o&apos;r cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="65"/>
        <source>Required</source>
        <translation>Gofynnol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="66"/>
        <source>&amp;Summary (required):</source>
        <translation>C&amp;rynodeb (gofynnol):</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="70"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="71"/>
        <source>Log &amp;contact</source>
        <translation>&amp;Cofnodi&apos;r cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="72"/>
        <source>Log the contact</source>
        <translation>Cofnodi&apos;r cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="100"/>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
</context>
<context>
    <name>LiftDialog</name>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="683"/>
        <source>&amp;Why it is lifted:</source>
        <translation>&amp;Pam mae&apos;n cael ei godi:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="92"/>
        <source>Agent desktop — {name}</source>
        <translation>Bwrdd gwaith asiant — {name}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="153"/>
        <source>&amp;Go</source>
        <translation>My&amp;nd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="155"/>
        <source>&amp;Work queue</source>
        <translation>Ciw g&amp;waith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="156"/>
        <source>Customer &amp;card</source>
        <translation>Cer&amp;dyn cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="162"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="166"/>
        <source>Sign &amp;out…</source>
        <translation>Allgo&amp;fnodi…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Quit</source>
        <translation>Gada&amp;el</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="169"/>
        <source>Co&amp;ntact</source>
        <translation>C&amp;yswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="171"/>
        <source>&amp;View</source>
        <translation>&amp;Golwg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="172"/>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="321"/>
        <source>Agent desktop</source>
        <translation>Bwrdd gwaith asiant</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="322"/>
        <source>Signed out. Choose who signs in next.</source>
        <translation>Wedi allgofnodi. Dewiswch pwy sy&apos;n mewngofnodi nesaf.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="183"/>
        <source>Central &amp;server…</source>
        <translation>&amp;Gweinydd canolog…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="186"/>
        <source>&amp;Help</source>
        <translation>Cymo&amp;rth</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="187"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="249"/>
        <source>No customer has the reference {ref}</source>
        <translation>Nid oes cwsmer â&apos;r cyfeirnod {ref}</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="97"/>
        <source>Assign to</source>
        <translation>Neilltuo i</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="100"/>
        <source>Find a member</source>
        <translation>Dod o hyd i aelod</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="101"/>
        <source>&amp;Find a member:</source>
        <translation>&amp;Dod o hyd i aelod:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="104"/>
        <source>Members</source>
        <translation>Aelodau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="106"/>
        <source>{name} ({username}): {open} open of {capacity}</source>
        <translation>{name} ({username}): {open} ar agor o {capacity}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="113"/>
        <source>, away</source>
        <translation>, i ffwrdd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="115"/>
        <source>, speaks Welsh</source>
        <translation>, yn siarad Cymraeg</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="94"/>
        <source>New customer</source>
        <translation>Cwsmer newydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="100"/>
        <source>No customer has the number {number}. Create a new customer?</source>
        <translation>Nid oes cwsmer â&apos;r rhif {number}. Creu cwsmer newydd?</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="105"/>
        <source>Create a new customer.</source>
        <translation>Creu cwsmer newydd.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="108"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="110"/>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="111"/>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="257"/>
        <source>Any written form, for example 029 2018 0123</source>
        <translation>Unrhyw ffurf ysgrifenedig, er enghraifft 029 2018 0123</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="113"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="115"/>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="128"/>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="129"/>
        <source>&amp;Phone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="130"/>
        <source>&amp;Email</source>
        <translation>E-&amp;bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="131"/>
        <source>&amp;Address</source>
        <translation>C&amp;yfeiriad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="141"/>
        <source>&amp;Create customer</source>
        <translation>&amp;Creu cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="142"/>
        <source>Create customer</source>
        <translation>Creu cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="144"/>
        <source>Cancel (Esc)</source>
        <translation>Canslo (Esc)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="145"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="217"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>Rhowch enw&apos;r cwsmer.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="219"/>
        <source>This is not a phone number that can be dialled. Type it in any written form, for example 029 2018 0123 or +44 29 2018 0123.</source>
        <translation>Nid yw hwn yn rhif ffôn y gellir ei ddeialu. Teipiwch ef ar unrhyw ffurf ysgrifenedig, er enghraifft 029 2018 0123 neu +44 29 2018 0123.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="222"/>
        <source>This is not an email address. It looks like name@example.org.</source>
        <translation>Nid yw hwn yn gyfeiriad e-bost. Mae cyfeiriad e-bost yn edrych fel enw@example.org.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="223"/>
        <source>The address is too long: shorten it to 2,000 characters.</source>
        <translation>Mae&apos;r cyfeiriad yn rhy hir: byrhewch ef i 2,000 nod.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="225"/>
        <source>Check this entry.</source>
        <translation>Gwiriwch y cofnod hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="278"/>
        <source>The customer could not be saved: the database did not answer. Nothing was saved; try again.</source>
        <translation>Methu cadw&apos;r cwsmer: ni atebodd y gronfa ddata. Ni chadwyd dim; rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>OutreachDialogs</name>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="56"/>
        <source>{field}: it holds a character that cannot be stored (a NUL, or part of a character). Remove it and try again.</source>
        <translation>{field}: mae ynddo nod na ellir ei gadw (NUL, neu ran o nod). Tynnwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="69"/>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="122"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>OwedWorkBox</name>
    <message>
        <location filename="../agent_desktop/ui/owed_work.py" line="98"/>
        <source>What we owe them</source>
        <translation>Yr hyn sy&apos;n ddyledus iddyn nhw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/owed_work.py" line="101"/>
        <source>Nothing open</source>
        <translation>Dim byd ar agor</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/owed_work.py" line="112"/>
        <source>Open work for this customer</source>
        <translation>Gwaith agored i&apos;r cwsmer hwn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/owed_work.py" line="115"/>
        <source>Soonest due first: what is owed, by when, the working time left, the case and who has it. Select one and press Mark done when it is done.</source>
        <translation>Yr hyn sy&apos;n ddyledus gyntaf yn gyntaf: beth sy&apos;n ddyledus, erbyn pryd, yr amser gwaith sydd ar ôl, yr achos a phwy sydd â&apos;r gwaith. Dewiswch un a phwyswch Marcio&apos;n gyflawn pan fydd wedi&apos;i wneud.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/owed_work.py" line="121"/>
        <source>Mar&amp;k done</source>
        <translation>Marcio&apos;n &amp;gyflawn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/owed_work.py" line="122"/>
        <source>Mark the selected item done</source>
        <translation>Marcio&apos;r eitem a ddewiswyd yn gyflawn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/owed_work.py" line="125"/>
        <source>Mark the selected item done: what was owed has been done</source>
        <translation>Marcio&apos;r eitem a ddewiswyd yn gyflawn: mae&apos;r hyn oedd yn ddyledus wedi&apos;i wneud</translation>
    </message>
</context>
<context>
    <name>OwedWorkModel</name>
    <message>
        <location filename="../agent_desktop/ui/owed_work.py" line="60"/>
        <source>{when} ({left})</source>
        <translation>{when} ({left})</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/owed_work.py" line="65"/>
        <source>{team} (unassigned)</source>
        <translation>{team} (heb ei neilltuo)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/owed_work.py" line="67"/>
        <source>Unassigned</source>
        <translation>Heb ei neilltuo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/owed_work.py" line="68"/>
        <source>{what} by {when} · {case} · {who}</source>
        <translation>{what} erbyn {when} · {case} · {who}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/owed_work.py" line="69"/>
        <source>No case</source>
        <translation>Dim achos</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/owed_work.py" line="72"/>
        <source>{text} · done, waiting to send</source>
        <translation>{text} · wedi&apos;i wneud, yn aros i&apos;w anfon</translation>
    </message>
</context>
<context>
    <name>OwnLoginPrompt</name>
    <message>
        <location filename="../agent_desktop/ui/desk_session.py" line="76"/>
        <location filename="../agent_desktop/ui/desk_session.py" line="105"/>
        <source>Sign in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/desk_session.py" line="79"/>
        <source>Sign in to the central database at {where} with your own user name and password.</source>
        <translation>Mewngofnodwch i&apos;r gronfa ddata ganolog yn {where} gyda&apos;ch enw defnyddiwr a&apos;ch cyfrinair eich hun.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/desk_session.py" line="85"/>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/desk_session.py" line="88"/>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/desk_session.py" line="91"/>
        <source>&amp;User name</source>
        <translation>&amp;Enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/desk_session.py" line="92"/>
        <source>Pass&amp;word</source>
        <translation>C&amp;yfrinair</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/desk_session.py" line="97"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/desk_session.py" line="104"/>
        <source>Sign &amp;in</source>
        <translation>&amp;Mewngofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/desk_session.py" line="119"/>
        <source>Enter your user name and your password.</source>
        <translation>Rhowch eich enw defnyddiwr a&apos;ch cyfrinair.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="371"/>
        <source>Central database password</source>
        <translation>Cyfrinair y gronfa ddata ganolog</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="372"/>
        <source>Enter the password for {where}.</source>
        <translation>Rhowch y cyfrinair ar gyfer {where}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="376"/>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="377"/>
        <source>Pass&amp;word</source>
        <translation>C&amp;yfrinair</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="380"/>
        <source>&amp;Remember password in the system&apos;s credential store</source>
        <translation>C&amp;ofio&apos;r cyfrinair yn storfa manylion adnabod y system</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="382"/>
        <source>Remember password</source>
        <translation>Cofio&apos;r cyfrinair</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="389"/>
        <source>No credential store is available on this computer: you will be asked for the password each time the desktop starts.</source>
        <translation>Nid oes storfa manylion adnabod ar gael ar y cyfrifiadur hwn: gofynnir i chi am y cyfrinair bob tro y bydd y bwrdd gwaith yn cychwyn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="400"/>
        <source>&amp;Connect</source>
        <translation>&amp;Cysylltu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="401"/>
        <source>Connect</source>
        <translation>Cysylltu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="403"/>
        <source>Cancel (Esc)</source>
        <translation>Canslo (Esc)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="404"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>PopController</name>
    <message>
        <location filename="../agent_desktop/ui/screen_pop.py" line="76"/>
        <source>Number withheld or not recognised</source>
        <translation>Rhif wedi&apos;i atal neu heb ei adnabod</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/screen_pop.py" line="111"/>
        <source>%n people have the number {number}: choose the caller</source>
        <translation>
            <numerusform>Mae gan %n person y rhif {number}: dewiswch y galwr</numerusform>
            <numerusform>Mae gan %n person y rhif {number}: dewiswch y galwr</numerusform>
            <numerusform>Mae gan %n person y rhif {number}: dewiswch y galwr</numerusform>
            <numerusform>Mae gan %n person y rhif {number}: dewiswch y galwr</numerusform>
            <numerusform>Mae gan %n person y rhif {number}: dewiswch y galwr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/screen_pop.py" line="117"/>
        <source>%n customers have the number {number}: choose the caller</source>
        <translation>
            <numerusform>Mae gan %n cwsmer y rhif {number}: dewiswch y galwr</numerusform>
            <numerusform>Mae gan %n cwsmer y rhif {number}: dewiswch y galwr</numerusform>
            <numerusform>Mae gan %n cwsmer y rhif {number}: dewiswch y galwr</numerusform>
            <numerusform>Mae gan %n cwsmer y rhif {number}: dewiswch y galwr</numerusform>
            <numerusform>Mae gan %n cwsmer y rhif {number}: dewiswch y galwr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/screen_pop.py" line="123"/>
        <source>More than %n customers have the number {number}: search by name or reference</source>
        <translation>
            <numerusform>Mae gan fwy na %n cwsmer y rhif {number}: chwiliwch yn ôl enw neu gyfeirnod</numerusform>
            <numerusform>Mae gan fwy na %n cwsmer y rhif {number}: chwiliwch yn ôl enw neu gyfeirnod</numerusform>
            <numerusform>Mae gan fwy na %n cwsmer y rhif {number}: chwiliwch yn ôl enw neu gyfeirnod</numerusform>
            <numerusform>Mae gan fwy na %n cwsmer y rhif {number}: chwiliwch yn ôl enw neu gyfeirnod</numerusform>
            <numerusform>Mae gan fwy na %n cwsmer y rhif {number}: chwiliwch yn ôl enw neu gyfeirnod</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/screen_pop.py" line="136"/>
        <source>Caller: {caller}</source>
        <translation>Galwr: {caller}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/screen_pop.py" line="149"/>
        <source>Could not look up the caller: the database did not answer. Press Enter to try again.</source>
        <translation>Methu chwilio am y galwr: ni atebodd y gronfa ddata. Pwyswch Enter i roi cynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="58"/>
        <source>&amp;Select All</source>
        <translation>De&amp;wis y cyfan</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="59"/>
        <source>&amp;Step up</source>
        <translation>Cam i f&amp;yny</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="60"/>
        <source>Step &amp;down</source>
        <translation>Cam i &amp;lawr</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="41"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="42"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="43"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="44"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="45"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="46"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="47"/>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="38"/>
        <source>Show Details...</source>
        <translation>Dangos y manylion...</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="39"/>
        <source>Hide Details...</source>
        <translation>Cuddio&apos;r manylion...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="19"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="20"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="21"/>
        <source>Save All</source>
        <translation>Cadw&apos;r cyfan</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="22"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="23"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="24"/>
        <source>Yes to &amp;All</source>
        <translation>Ie i&apos;r &amp;cyfan</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="25"/>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="26"/>
        <source>N&amp;o to All</source>
        <translation>Na i&apos;r cyf&amp;an</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="27"/>
        <source>Abort</source>
        <translation>Terfynu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="28"/>
        <source>Retry</source>
        <translation>Ceisio eto</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="29"/>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="30"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="31"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="32"/>
        <source>Discard</source>
        <translation>Hepgor</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="33"/>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="34"/>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="35"/>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="36"/>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="62"/>
        <source>Scroll here</source>
        <translation>Sgrolio yma</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="63"/>
        <source>Top</source>
        <translation>Brig</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="64"/>
        <source>Bottom</source>
        <translation>Gwaelod</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="65"/>
        <source>Page up</source>
        <translation>Tudalen i fyny</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="66"/>
        <source>Page down</source>
        <translation>Tudalen i lawr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="67"/>
        <source>Scroll up</source>
        <translation>Sgrolio i fyny</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="68"/>
        <source>Scroll down</source>
        <translation>Sgrolio i lawr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="69"/>
        <source>Left edge</source>
        <translation>Ymyl chwith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="70"/>
        <source>Right edge</source>
        <translation>Ymyl dde</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="71"/>
        <source>Page left</source>
        <translation>Tudalen i&apos;r chwith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="72"/>
        <source>Page right</source>
        <translation>Tudalen i&apos;r dde</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="73"/>
        <source>Scroll left</source>
        <translation>Sgrolio i&apos;r chwith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="74"/>
        <source>Scroll right</source>
        <translation>Sgrolio i&apos;r dde</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="49"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="50"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="51"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="52"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="53"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo lleoliad y &amp;ddolen</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="54"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="55"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/qt_words.py" line="56"/>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="137"/>
        <source>&amp;Work queue</source>
        <translation>Ciw g&amp;waith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="144"/>
        <source>Loading the work queue…</source>
        <translation>Wrthi&apos;n llwytho&apos;r ciw gwaith…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="144"/>
        <source>Work queue count</source>
        <translation>Nifer yn y ciw gwaith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="147"/>
        <source>Refresh (F5)</source>
        <translation>Adnewyddu (F5)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="148"/>
        <source>Refresh the work queue</source>
        <translation>Adnewyddu&apos;r ciw gwaith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="149"/>
        <source>Load the work queue again (F5)</source>
        <translation>Llwytho&apos;r ciw gwaith eto (F5)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="158"/>
        <source>&amp;Mine</source>
        <translation>Fy eite&amp;mau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="159"/>
        <source>Mine</source>
        <translation>Fy eitemau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="160"/>
        <source>Show work assigned to you</source>
        <translation>Dangos gwaith sydd wedi&apos;i neilltuo i chi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="166"/>
        <source>Show your team&apos;s work</source>
        <translation>Dangos gwaith eich tîm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="172"/>
        <source>Show only overdue work</source>
        <translation>Dangos gwaith sydd dros amser yn unig</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="178"/>
        <source>Show only work due today</source>
        <translation>Dangos gwaith sy&apos;n ddyledus heddiw yn unig</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="165"/>
        <source>My team</source>
        <translation>Eitemau&apos;r tîm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="164"/>
        <source>M&amp;y team</source>
        <translation>Eitema&amp;u&apos;r tîm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="170"/>
        <source>&amp;Overdue</source>
        <translation>Dr&amp;os amser</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="171"/>
        <source>Overdue</source>
        <translation>Dros amser</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="176"/>
        <source>Due to&amp;day</source>
        <translation>Erbyn hed&amp;diw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="177"/>
        <source>Due today</source>
        <translation>Erbyn heddiw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="190"/>
        <source>Reference, case or name</source>
        <translation>Cyfeirnod, achos neu enw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="192"/>
        <source>Filter queue</source>
        <translation>Hidlo&apos;r ciw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="195"/>
        <source>Narrows the queue to a customer reference, a case reference or a customer&apos;s name.</source>
        <translation>Yn cyfyngu&apos;r ciw i gyfeirnod cwsmer, cyfeirnod achos neu enw cwsmer.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="198"/>
        <source>Filter &amp;queue:</source>
        <translation>&amp;Hidlo&apos;r ciw:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="201"/>
        <source>Filter the queue by reference, case or name</source>
        <translation>Hidlo&apos;r ciw yn ôl cyfeirnod, achos neu enw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="208"/>
        <source>Work queue</source>
        <translation>Ciw gwaith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="211"/>
        <source>Open work, soonest due first. Press Enter to open the customer of the selected item.</source>
        <translation>Gwaith agored, gyda&apos;r dyddiad erbyn agosaf yn gyntaf. Pwyswch Enter i agor cwsmer yr eitem a ddewiswyd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/queue_panel.py" line="446"/>
        <source>%n item(s), {overdue} overdue</source>
        <translation>
            <numerusform>%n eitem, {overdue} dros amser</numerusform>
            <numerusform>%n eitem, {overdue} dros amser</numerusform>
            <numerusform>%n eitem, {overdue} dros amser</numerusform>
            <numerusform>%n eitem, {overdue} dros amser</numerusform>
            <numerusform>%n eitem, {overdue} dros amser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/queue_panel.py" line="455"/>
        <source>More than %n items match, {overdue} overdue: the %n due soonest are shown. Type more of the name or reference to narrow the search.</source>
        <translation>
            <numerusform>Mae mwy na %n eitem yn cyfateb, {overdue} dros amser: dangosir y %n sy&apos;n ddyledus gyntaf. Teipiwch ragor o&apos;r enw neu&apos;r cyfeirnod i gyfyngu&apos;r chwiliad.</numerusform>
            <numerusform>Mae mwy na %n eitem yn cyfateb, {overdue} dros amser: dangosir y %n sy&apos;n ddyledus gyntaf. Teipiwch ragor o&apos;r enw neu&apos;r cyfeirnod i gyfyngu&apos;r chwiliad.</numerusform>
            <numerusform>Mae mwy na %n eitem yn cyfateb, {overdue} dros amser: dangosir y %n sy&apos;n ddyledus gyntaf. Teipiwch ragor o&apos;r enw neu&apos;r cyfeirnod i gyfyngu&apos;r chwiliad.</numerusform>
            <numerusform>Mae mwy na %n eitem yn cyfateb, {overdue} dros amser: dangosir y %n sy&apos;n ddyledus gyntaf. Teipiwch ragor o&apos;r enw neu&apos;r cyfeirnod i gyfyngu&apos;r chwiliad.</numerusform>
            <numerusform>Mae mwy na %n eitem yn cyfateb, {overdue} dros amser: dangosir y %n sy&apos;n ddyledus gyntaf. Teipiwch ragor o&apos;r enw neu&apos;r cyfeirnod i gyfyngu&apos;r chwiliad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/queue_panel.py" line="462"/>
        <source>More than %n items match, at least %n overdue: the %n due soonest are shown. Type more of the name or reference to narrow the search.</source>
        <translation>
            <numerusform>Mae mwy na %n eitem yn cyfateb, o leiaf %n dros amser: dangosir y %n sy&apos;n ddyledus gyntaf. Teipiwch ragor o&apos;r enw neu&apos;r cyfeirnod i gyfyngu&apos;r chwiliad.</numerusform>
            <numerusform>Mae mwy na %n eitem yn cyfateb, o leiaf %n dros amser: dangosir y %n sy&apos;n ddyledus gyntaf. Teipiwch ragor o&apos;r enw neu&apos;r cyfeirnod i gyfyngu&apos;r chwiliad.</numerusform>
            <numerusform>Mae mwy na %n eitem yn cyfateb, o leiaf %n dros amser: dangosir y %n sy&apos;n ddyledus gyntaf. Teipiwch ragor o&apos;r enw neu&apos;r cyfeirnod i gyfyngu&apos;r chwiliad.</numerusform>
            <numerusform>Mae mwy na %n eitem yn cyfateb, o leiaf %n dros amser: dangosir y %n sy&apos;n ddyledus gyntaf. Teipiwch ragor o&apos;r enw neu&apos;r cyfeirnod i gyfyngu&apos;r chwiliad.</numerusform>
            <numerusform>Mae mwy na %n eitem yn cyfateb, o leiaf %n dros amser: dangosir y %n sy&apos;n ddyledus gyntaf. Teipiwch ragor o&apos;r enw neu&apos;r cyfeirnod i gyfyngu&apos;r chwiliad.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="471"/>
        <source>Could not load the work queue: the database did not answer. Press F5 to try again.</source>
        <translation>Methu llwytho&apos;r ciw gwaith: ni atebodd y gronfa ddata. Pwyswch F5 i roi cynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="475"/>
        <source>the work queue</source>
        <translation>y ciw gwaith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="479"/>
        <source>Some rows could not be loaded: press F5 to try again.</source>
        <translation>Methu llwytho rhai rhesi: pwyswch F5 i roi cynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="24"/>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="37"/>
        <source>No contact preferences are recorded; until they are, only {channels} may be used. Ask the customer and record their choice.</source>
        <translation>Nid oes dewisiadau cyswllt wedi&apos;u cofnodi; nes eu bod, dim ond {channels} y gellir eu defnyddio. Gofynnwch i&apos;r cwsmer a chofnodwch ei ddewis.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="42"/>
        <source>The customer has not agreed to {channel}; they agreed to {channels}.</source>
        <translation>Nid yw&apos;r cwsmer wedi cytuno i&apos;r sianel hon ({channel}); cytunodd i: {channels}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="46"/>
        <source>The customer asked for an update every {days} days and was last contacted {last}; the next update is due {due}.</source>
        <translation>Gofynnodd y cwsmer am ddiweddariad bob {days} diwrnod a chysylltwyd ag ef ddiwethaf {last}; mae&apos;r diweddariad nesaf yn ddyledus {due}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="54"/>
        <source>The customer agreed to calls and texts only {window}.</source>
        <translation>Cytunodd y cwsmer i alwadau a negeseuon testun yn unig {window}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="58"/>
        <source>Contact must go through the representative, {name}, not the customer.</source>
        <translation>Rhaid cysylltu drwy&apos;r cynrychiolydd, {name}, nid y cwsmer.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="62"/>
        <source>Contact is restricted to {channels}: {channel} may not be used.</source>
        <translation>Sianeli a ganiateir: {channels}. Ni ellir defnyddio&apos;r sianel hon: {channel}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="66"/>
        <source>Contact is limited to {limit} in any {days} days ({channels}) and {used} already happened in that time.</source>
        <translation>Mae cyswllt wedi&apos;i gyfyngu i {limit} mewn unrhyw {days} diwrnod ({channels}) ac mae {used} eisoes wedi digwydd yn yr amser hwnnw.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="76"/>
        <source>any channel</source>
        <translation>unrhyw sianel</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="80"/>
        <source>Only the named contact, {staff} (deputy: {deputy}), may contact this customer.</source>
        <translation>Dim ond y cyswllt penodol, {staff} (dirprwy: {deputy}), gaiff gysylltu â&apos;r cwsmer hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="84"/>
        <source>Only the named contact, {staff}, may contact this customer.</source>
        <translation>Dim ond y cyswllt penodol, {staff}, gaiff gysylltu â&apos;r cwsmer hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="88"/>
        <source>Calls and texts are permitted only {window}.</source>
        <translation>Caniateir galwadau a negeseuon testun yn unig {window}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="92"/>
        <source>No one but a team leader may contact this customer.</source>
        <translation>Dim ond arweinydd tîm gaiff gysylltu â&apos;r cwsmer hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="96"/>
        <source>This customer may not be offered an office appointment.</source>
        <translation>Ni ellir cynnig apwyntiad yn y swyddfa i&apos;r cwsmer hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="100"/>
        <source>No customer has this reference.</source>
        <translation>Nid oes gan unrhyw gwsmer y cyfeirnod hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="102"/>
        <source>The central database cannot be reached: outreach waits until it can.</source>
        <translation>Methu cyrraedd y gronfa ddata ganolog: rhaid aros cyn cysylltu â chwsmeriaid.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="106"/>
        <source>No contact preferences are recorded: ask how and how often the customer wants to be kept informed, and record it.</source>
        <translation>Nid oes dewisiadau cyswllt wedi&apos;u cofnodi: gofynnwch sut a pha mor aml y mae&apos;r cwsmer am gael y wybodaeth ddiweddaraf, a chofnodwch hynny.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="112"/>
        <source>The customer prefers Welsh: offer a Welsh speaker; letters and emails use the Welsh template.</source>
        <translation>Mae&apos;n well gan y cwsmer y Gymraeg: cynigiwch siaradwr Cymraeg; mae llythyrau ac e-byst yn defnyddio&apos;r templed Cymraeg.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="119"/>
        <source>Accessibility needs and reasonable adjustments: {needs}.</source>
        <translation>Anghenion hygyrchedd ac addasiadau rhesymol: {needs}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="123"/>
        <source>Calls with this customer are limited to {minutes} minutes.</source>
        <translation>Mae galwadau gyda&apos;r cwsmer hwn wedi&apos;u cyfyngu i {minutes} munud.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="127"/>
        <source>This customer has been warned about their behaviour: {reason}</source>
        <translation>Mae&apos;r cwsmer hwn wedi cael rhybudd am ei ymddygiad: {reason}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="131"/>
        <source>A restriction was due for review on {date} and still applies: ask a team leader to review it.</source>
        <translation>Roedd cyfyngiad i fod i gael ei adolygu ar {date} ac mae&apos;n dal i fod yn weithredol: gofynnwch i arweinydd tîm ei adolygu.</translation>
    </message>
</context>
<context>
    <name>RecipientChoice</name>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="53"/>
        <source>{name} ({relationship})</source>
        <translation>{name} ({relationship})</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="58"/>
        <source>no phone or email recorded</source>
        <translation>dim ffôn nac e-bost ar gofnod</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="75"/>
        <source>Contact:</source>
        <translation>Cysylltu â:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="76"/>
        <source>the c&amp;ustomer</source>
        <translation>y c&amp;wsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="77"/>
        <source>Contact the customer</source>
        <translation>Cysylltu â&apos;r cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="78"/>
        <source>their re&amp;presentative</source>
        <translation>eu c&amp;ynrychiolydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="79"/>
        <source>Contact their representative</source>
        <translation>Cysylltu â&apos;u cynrychiolydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="80"/>
        <source>Representative</source>
        <translation>Cynrychiolydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/channel_preview.py" line="116"/>
        <source>Contact their representative, {who}</source>
        <translation>Cysylltu â&apos;u cynrychiolydd, {who}</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="203"/>
        <source>Requests waiting</source>
        <translation>Ceisiadau sy&apos;n aros</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="203"/>
        <source>Reading requests…</source>
        <translation>Wrthi&apos;n darllen y ceisiadau…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="208"/>
        <source>Customer</source>
        <translation>Cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="209"/>
        <source>Agent</source>
        <translation>Asiant</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="210"/>
        <source>Channel</source>
        <translation>Sianel</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="211"/>
        <source>Blocked by</source>
        <translation>Wedi&apos;i rwystro gan</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="212"/>
        <source>Agent&apos;s reason</source>
        <translation>Rheswm yr asiant</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="213"/>
        <source>Waiting</source>
        <translation>Amser aros</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="216"/>
        <source>Requests for authorisation</source>
        <translation>Ceisiadau am awdurdodiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="223"/>
        <source>Re&amp;quests for authorisation</source>
        <translation>Cei&amp;siadau am awdurdodiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="226"/>
        <source>A&amp;pprove…</source>
        <translation>Cy&amp;meradwyo…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="228"/>
        <source>&amp;Refuse…</source>
        <translation>G&amp;wrthod…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="233"/>
        <source>Approve… (Ctrl+Shift+P)</source>
        <translation>Cymeradwyo… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="234"/>
        <source>Approve the selected request</source>
        <translation>Cymeradwyo&apos;r cais a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="236"/>
        <source>Refuse… (Ctrl+Shift+R)</source>
        <translation>Gwrthod… (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="237"/>
        <source>Refuse the selected request</source>
        <translation>Gwrthod y cais a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="288"/>
        <source>The requests could not be read. Try again with F5.</source>
        <translation>Nid oedd modd darllen y ceisiadau. Rhowch gynnig arall arni gydag F5.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="297"/>
        <source>New request for authorisation from {agent} about {customer}.</source>
        <translation>Cais newydd am awdurdodiad gan {agent} ynghylch {customer}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/approval_requests.py" line="301"/>
        <source>%n new request(s) for authorisation.</source>
        <translation>
            <numerusform>%n cais newydd am awdurdodiad.</numerusform>
            <numerusform>%n cais newydd am awdurdodiad.</numerusform>
            <numerusform>%n cais newydd am awdurdodiad.</numerusform>
            <numerusform>%n cais newydd am awdurdodiad.</numerusform>
            <numerusform>%n cais newydd am awdurdodiad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/approval_requests.py" line="329"/>
        <source>%n request(s) waiting for a decision</source>
        <translation>
            <numerusform>%n cais yn aros am benderfyniad</numerusform>
            <numerusform>%n cais yn aros am benderfyniad</numerusform>
            <numerusform>%n cais yn aros am benderfyniad</numerusform>
            <numerusform>%n cais yn aros am benderfyniad</numerusform>
            <numerusform>%n cais yn aros am benderfyniad</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="334"/>
        <source>No requests waiting</source>
        <translation>Dim ceisiadau yn aros</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="344"/>
        <source>just now</source>
        <translation>llai na munud</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/approval_requests.py" line="346"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/approval_requests.py" line="347"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="365"/>
        <source>Select a request first.</source>
        <translation>Dewiswch gais yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="392"/>
        <source>Approved: {agent} may contact {customer} once.</source>
        <translation>Cymeradwywyd: caiff {agent} gysylltu â {customer} unwaith.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="396"/>
        <source>Refused: {agent}&apos;s request about {customer}.</source>
        <translation>Gwrthodwyd: cais {agent} ynghylch {customer}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="410"/>
        <source>Your password: not accepted by the central database. Type it again.</source>
        <translation>Eich cyfrinair: ni chafodd ei dderbyn gan y gronfa ddata ganolog. Teipiwch ef eto.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="413"/>
        <source>You have no login of your own on the central database, so you cannot decide at this desk.</source>
        <translation>Nid oes gennych fewngofnodiad eich hun ar y gronfa ddata ganolog, felly ni allwch benderfynu wrth y ddesg hon.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="418"/>
        <source>Your reason: {message}</source>
        <translation>Eich rheswm: {message}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="423"/>
        <source>The database cannot be reached, so nothing was decided. Try again.</source>
        <translation>Methu cyrraedd y gronfa ddata, felly ni phenderfynwyd dim. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/approval_requests.py" line="425"/>
        <source>Something went wrong, so nothing was decided ({error}).</source>
        <translation>Aeth rhywbeth o&apos;i le, felly ni phenderfynwyd dim ({error}).</translation>
    </message>
</context>
<context>
    <name>RestrictionDesk</name>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="81"/>
        <source>{date} (overdue)</source>
        <translation>{date} (yn hwyr)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="83"/>
        <source>{date} (due today)</source>
        <translation>{date} (yn ddyledus heddiw)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="85"/>
        <source>{date} (tomorrow)</source>
        <translation>{date} (yfory)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="86"/>
        <source>{date} (in {days} days)</source>
        <translation>{date} (ymhen {days} diwrnod)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="93"/>
        <source>Decided</source>
        <translation>Penderfynwyd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="94"/>
        <source>Reviewed and renewed</source>
        <translation>Adolygwyd ac adnewyddwyd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="95"/>
        <source>Lifted</source>
        <translation>Codwyd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="96"/>
        <source>Notice letter sent</source>
        <translation>Anfonwyd y llythyr hysbysu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="97"/>
        <source>Challenged by the customer</source>
        <translation>Heriwyd gan y cwsmer</translation>
    </message>
</context>
<context>
    <name>RestrictionDeskScreen</name>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="150"/>
        <source>Restrictions status</source>
        <translation>Statws y cyfyngiadau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="150"/>
        <source>Loading…</source>
        <translation>Wrthi&apos;n llwytho…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="155"/>
        <source>Customer</source>
        <translation>Cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="155"/>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="183"/>
        <source>Restriction</source>
        <translation>Cyfyngiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="155"/>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="186"/>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="156"/>
        <source>Reviews due</source>
        <translation>Adolygiadau sy&apos;n ddyledus</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="159"/>
        <source>Reviews &amp;due (overdue, or within 14 days)</source>
        <translation>A&amp;dolygiadau sy&apos;n ddyledus (yn hwyr, neu o fewn 14 diwrnod)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="164"/>
        <source>Find a customer</source>
        <translation>Chwilio am gwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="165"/>
        <source>Reference or name</source>
        <translation>Cyfeirnod neu enw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="167"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cwsmer:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="169"/>
        <source>Find</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="172"/>
        <source>Customers found</source>
        <translation>Cwsmeriaid a ganfuwyd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="179"/>
        <source>Customer shown</source>
        <translation>Y cwsmer a ddangosir</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="184"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="185"/>
        <source>In force</source>
        <translation>Ar waith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="187"/>
        <source>Notice</source>
        <translation>Hysbysiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="188"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="190"/>
        <source>Restrictions</source>
        <translation>Cyfyngiadau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="193"/>
        <source>&amp;Restrictions</source>
        <translation>Cy&amp;fyngiadau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="197"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="197"/>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="197"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="197"/>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="198"/>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="200"/>
        <source>H&amp;istory</source>
        <translation>&amp;Hanes</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="203"/>
        <source>Decide…</source>
        <translation>Penderfynu…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="204"/>
        <source>Review…</source>
        <translation>Adolygu…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="205"/>
        <source>Lift…</source>
        <translation>Codi&apos;r cyfyngiad…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="207"/>
        <source>Record a challenge…</source>
        <translation>Cofnodi her…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="209"/>
        <source>Make letter…</source>
        <translation>Creu llythyr…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="210"/>
        <source>Mark letter sent</source>
        <translation>Nodi bod y llythyr wedi&apos;i anfon</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="226"/>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="316"/>
        <source>The restrictions could not be read. Try again with F5.</source>
        <translation>Nid oedd modd darllen y cyfyngiadau. Rhowch gynnig arall arni gydag F5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/restriction_desk.py" line="341"/>
        <source>%n review(s) due within 14 days, {overdue} overdue.</source>
        <translation>
            <numerusform>%n adolygiad yn ddyledus o fewn 14 diwrnod, {overdue} yn hwyr.</numerusform>
            <numerusform>%n adolygiad yn ddyledus o fewn 14 diwrnod, {overdue} yn hwyr.</numerusform>
            <numerusform>%n adolygiad yn ddyledus o fewn 14 diwrnod, {overdue} yn hwyr.</numerusform>
            <numerusform>%n adolygiad yn ddyledus o fewn 14 diwrnod, {overdue} yn hwyr.</numerusform>
            <numerusform>%n adolygiad yn ddyledus o fewn 14 diwrnod, {overdue} yn hwyr.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="355"/>
        <source>Customer: type a reference or a name to find.</source>
        <translation>Cwsmer: teipiwch gyfeirnod neu enw i chwilio.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="368"/>
        <source>No customer matches that reference or name.</source>
        <translation>Nid oes cwsmer yn cyfateb i&apos;r cyfeirnod neu&apos;r enw hwnnw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/restriction_desk.py" line="383"/>
        <source>%n customer(s) found: choose one with Enter.</source>
        <translation>
            <numerusform>Canfuwyd %n cwsmer: dewiswch un gydag Enter.</numerusform>
            <numerusform>Canfuwyd %n cwsmer: dewiswch un gydag Enter.</numerusform>
            <numerusform>Canfuwyd %n cwsmer: dewiswch un gydag Enter.</numerusform>
            <numerusform>Canfuwyd %n cwsmer: dewiswch un gydag Enter.</numerusform>
            <numerusform>Canfuwyd %n cwsmer: dewiswch un gydag Enter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="400"/>
        <source>No customer has that reference.</source>
        <translation>Nid oes cwsmer â&apos;r cyfeirnod hwnnw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/restriction_desk.py" line="406"/>
        <source>{name} ({ref}): %n restriction(s), lifted ones included</source>
        <translation>
            <numerusform>{name} ({ref}): %n cyfyngiad, gan gynnwys rhai a godwyd</numerusform>
            <numerusform>{name} ({ref}): %n cyfyngiad, gan gynnwys rhai a godwyd</numerusform>
            <numerusform>{name} ({ref}): %n cyfyngiad, gan gynnwys rhai a godwyd</numerusform>
            <numerusform>{name} ({ref}): %n cyfyngiad, gan gynnwys rhai a godwyd</numerusform>
            <numerusform>{name} ({ref}): %n cyfyngiad, gan gynnwys rhai a godwyd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="416"/>
        <source>Lifted</source>
        <translation>Wedi&apos;i godi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="418"/>
        <source>Ended {date}</source>
        <translation>Daeth i ben ar {date}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="420"/>
        <source>From {date}</source>
        <translation>O {date} ymlaen</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="422"/>
        <source>In force since {date}</source>
        <translation>Ar waith ers {date}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="424"/>
        <source>Sent {date}</source>
        <translation>Anfonwyd ar {date}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="426"/>
        <source>Not needed</source>
        <translation>Dim angen</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="428"/>
        <source>Not sent yet</source>
        <translation>Heb ei anfon eto</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="476"/>
        <source>Heard by {name}</source>
        <translation>Gwrandawiad gan {name}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="478"/>
        <source>{who} (open)</source>
        <translation>{who} (ar agor)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="509"/>
        <source>Customer: find the customer first.</source>
        <translation>Cwsmer: chwiliwch am y cwsmer yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="532"/>
        <source>Restriction decided. Send the notice letter next.</source>
        <translation>Penderfynwyd ar y cyfyngiad. Anfonwch y llythyr hysbysu nesaf.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="564"/>
        <source>Restriction renewed; next review {date}.</source>
        <translation>Adnewyddwyd y cyfyngiad; yr adolygiad nesaf: {date}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="575"/>
        <source>Restriction lifted.</source>
        <translation>Codwyd y cyfyngiad.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="594"/>
        <source>Challenge recorded: it goes to a manager who did not decide the restriction.</source>
        <translation>Cofnodwyd yr her: bydd yn mynd at reolwr na phenderfynodd ar y cyfyngiad.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="611"/>
        <source>Save the notice letter</source>
        <translation>Cadw&apos;r llythyr hysbysu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="613"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="629"/>
        <source>The letter could not be saved to {path}.</source>
        <translation>Nid oedd modd cadw&apos;r llythyr yn {path}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="632"/>
        <source>Letter saved to {path}. Mark it sent once it goes out.</source>
        <translation>Cadwyd y llythyr yn {path}. Nodwch ei fod wedi&apos;i anfon unwaith y bydd wedi mynd.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_desk.py" line="650"/>
        <source>Notice marked sent on {date}.</source>
        <translation>Nodwyd bod yr hysbysiad wedi&apos;i anfon ar {date}.</translation>
    </message>
</context>
<context>
    <name>RestrictionForms</name>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="52"/>
        <source>Only some channels</source>
        <translation>Rhai sianeli yn unig</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="55"/>
        <source>Limit on the number of contacts</source>
        <translation>Terfyn ar nifer y cysylltiadau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="58"/>
        <source>Single point of contact</source>
        <translation>Un pwynt cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="61"/>
        <source>Calls and texts only at set times</source>
        <translation>Galwadau a negeseuon testun ar adegau penodol yn unig</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="64"/>
        <source>Limit on call length</source>
        <translation>Terfyn ar hyd galwadau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="67"/>
        <source>No contact</source>
        <translation>Dim cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="68"/>
        <source>Only through a representative</source>
        <translation>Drwy gynrychiolydd yn unig</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="71"/>
        <source>No office visits</source>
        <translation>Dim ymweliadau â&apos;r swyddfa</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="74"/>
        <source>Letters and emails read and filed</source>
        <translation>Darllen a ffeilio llythyrau a negeseuon e-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="77"/>
        <source>Behaviour warning</source>
        <translation>Rhybudd ymddygiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="80"/>
        <source>Two staff present at appointments</source>
        <translation>Dau aelod o staff yn bresennol mewn apwyntiadau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="89"/>
        <source>Abusive</source>
        <translation>Difrïol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="90"/>
        <source>Aggressive</source>
        <translation>Ymosodol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="91"/>
        <source>Threatening</source>
        <translation>Bygythiol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="92"/>
        <source>Unreasonably persistent</source>
        <translation>Afresymol o barhaus</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="95"/>
        <source>At the customer&apos;s request</source>
        <translation>Ar gais y cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="98"/>
        <source>Safeguarding</source>
        <translation>Diogelu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="107"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="108"/>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="109"/>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="110"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="111"/>
        <source>Starts on</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="112"/>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="113"/>
        <source>Ends on</source>
        <translation>Dyddiad gorffen</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="114"/>
        <source>Channels</source>
        <translation>Sianeli</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="115"/>
        <source>Contacts allowed</source>
        <translation>Cysylltiadau a ganiateir</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="116"/>
        <source>In any number of days</source>
        <translation>Mewn unrhyw gyfnod (nifer o ddiwrnodau)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="117"/>
        <source>Counting</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="118"/>
        <source>Named contact</source>
        <translation>Cyswllt penodol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="119"/>
        <source>Deputy</source>
        <translation>Dirprwy</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="120"/>
        <source>Days</source>
        <translation>Diwrnodau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="121"/>
        <source>From</source>
        <translation>Amser dechrau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="122"/>
        <source>Until</source>
        <translation>Amser gorffen</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="123"/>
        <source>Minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="124"/>
        <source>Representative</source>
        <translation>Cynrychiolydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="125"/>
        <source>Date received</source>
        <translation>Dyddiad derbyn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="126"/>
        <source>What the customer says</source>
        <translation>Beth mae&apos;r cwsmer yn ei ddweud</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="127"/>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="128"/>
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="129"/>
        <source>Customer</source>
        <translation>Cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="137"/>
        <source>That could not be done. Nothing was changed.</source>
        <translation>Nid oedd modd gwneud hynny. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="142"/>
        <source>Not decided: with the customer&apos;s other restrictions this would leave them no way at all to reach us. Choose a kind or channels that leave one way open.</source>
        <translation>Ni phenderfynwyd: ynghyd â chyfyngiadau eraill y cwsmer, ni fyddai hyn yn gadael unrhyw ffordd o gwbl iddo gysylltu â ni. Dewiswch fath neu sianeli sy&apos;n gadael un ffordd yn agored.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="148"/>
        <source>Decided by: only a team leader or manager may decide, review or lift a restriction.</source>
        <translation>Penderfynwyd gan: dim ond arweinydd tîm neu reolwr a gaiff benderfynu ar gyfyngiad, ei adolygu neu ei godi.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="153"/>
        <source>{field}: no member of staff has that username.</source>
        <translation>{field}: nid oes aelod o staff â&apos;r enw defnyddiwr hwnnw.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="157"/>
        <source>Date received: a challenge must arrive within 20 working days of the notice.</source>
        <translation>Dyddiad derbyn: rhaid i her gyrraedd o fewn 20 diwrnod gwaith i&apos;r hysbysiad.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="162"/>
        <source>No manager other than the one who decided the restriction can hear the challenge.</source>
        <translation>Nid oes rheolwr ar gael, heblaw&apos;r un a benderfynodd ar y cyfyngiad, i ystyried yr her.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="167"/>
        <source>The restriction was already lifted. Nothing was changed.</source>
        <translation>Roedd y cyfyngiad eisoes wedi&apos;i godi. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="171"/>
        <source>The customer was already sent the notice. Nothing was changed.</source>
        <translation>Roedd yr hysbysiad eisoes wedi&apos;i anfon at y cwsmer. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="174"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="182"/>
        <source>A limit on call length conflicts with the customer&apos;s recorded need for more time.</source>
        <translation>Mae terfyn ar hyd galwadau yn gwrthdaro â&apos;r angen am ragor o amser a gofnodwyd ar gyfer y cwsmer.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="186"/>
        <source>Written-only contact conflicts with the customer&apos;s recorded need for audio or text relay.</source>
        <translation>Mae cyswllt ysgrifenedig yn unig yn gwrthdaro â&apos;r angen am sain neu gyfnewid testun (Text Relay) a gofnodwyd ar gyfer y cwsmer.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="216"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="239"/>
        <source>{what}: {channel}</source>
        <translation>{what}: {channel}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="639"/>
        <source>Review: {what}</source>
        <translation>Adolygu: {what}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="640"/>
        <source>&amp;Renew</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="641"/>
        <source>Reason: say why the restriction is still needed.</source>
        <translation>Rheswm: dywedwch pam mae angen y cyfyngiad o hyd.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="676"/>
        <source>Lift: {what}</source>
        <translation>Codi: {what}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="677"/>
        <source>&amp;Lift</source>
        <translation>&amp;Codi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="678"/>
        <source>Reason: say why the restriction is lifted.</source>
        <translation>Rheswm: dywedwch pam mae&apos;r cyfyngiad yn cael ei godi.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="692"/>
        <source>Challenge: {what}</source>
        <translation>Her: {what}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="693"/>
        <source>Record &amp;challenge</source>
        <translation>Cofnodi&apos;r &amp;her</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="694"/>
        <source>What the customer says: give the grounds of the challenge.</source>
        <translation>Beth mae&apos;r cwsmer yn ei ddweud: rhowch sail yr her.</translation>
    </message>
</context>
<context>
    <name>RestrictionWords</name>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="19"/>
        <source>calls</source>
        <translation>galwadau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="20"/>
        <source>emails</source>
        <translation>negeseuon e-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="21"/>
        <source>letters</source>
        <translation>llythyrau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="22"/>
        <source>text messages</source>
        <translation>negeseuon testun</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="23"/>
        <source>social media messages</source>
        <translation>negeseuon cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="24"/>
        <source>office visits</source>
        <translation>ymweliadau â&apos;r swyddfa</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="31"/>
        <source>call</source>
        <translation>galwad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="32"/>
        <source>email</source>
        <translation>e-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="33"/>
        <source>letter</source>
        <translation>llythyr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="34"/>
        <source>text message</source>
        <translation>neges destun</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="35"/>
        <source>social media message</source>
        <translation>neges cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="36"/>
        <source>office visit</source>
        <translation>ymweliad â&apos;r swyddfa</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="38"/>
        <source>contact</source>
        <translation>cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="49"/>
        <source>{items} and {last}</source>
        <translation>{items} a {last}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="63"/>
        <source>any day</source>
        <translation>unrhyw ddiwrnod</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="75"/>
        <source>{name}, {reach}</source>
        <translation>{name}, {reach}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="87"/>
        <source>Contacts by {channels}</source>
        <translation>Cysylltiadau ({channels})</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="92"/>
        <source>Contacts</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="96"/>
        <source>{things} limited to {limit} a week</source>
        <translation>{things} wedi&apos;u cyfyngu i {limit} yr wythnos</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="97"/>
        <source>this week</source>
        <translation>yr wythnos hon</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="99"/>
        <source>{things} limited to {limit} a day</source>
        <translation>{things} wedi&apos;u cyfyngu i {limit} y dydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="100"/>
        <source>today</source>
        <translation>heddiw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="102"/>
        <source>{things} limited to {limit} in any {days} days</source>
        <translation>{things} wedi&apos;u cyfyngu i {limit} mewn unrhyw gyfnod o {days} diwrnod</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="105"/>
        <source>in the last {days} days</source>
        <translation>yn ystod y {days} diwrnod diwethaf</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="110"/>
        <source>{head}, in or out</source>
        <translation>{head}, i mewn neu allan</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="113"/>
        <source>used {period}</source>
        <translation>defnyddiwyd {period}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="117"/>
        <source>{used} of {limit} used {period}</source>
        <translation>defnyddiwyd {used} o {limit} {period}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="126"/>
        <source>next {contact} allowed {when}</source>
        <translation>caniateir {contact} arall: {when}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="129"/>
        <source>{head}: {usage}, {after}.</source>
        <translation>{head}: {usage}, {after}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="132"/>
        <source>{head}: {usage}.</source>
        <translation>{head}: {usage}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="138"/>
        <source>{channels} only.</source>
        <translation>{channels} yn unig.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="147"/>
        <source>Named contact: {person} (deputy: {deputy}).</source>
        <translation>Cyswllt penodol: {person} (dirprwy: {deputy}).</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="150"/>
        <source>Named contact: {person}.</source>
        <translation>Cyswllt penodol: {person}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="157"/>
        <source>Calls and texts only {window}.</source>
        <translation>Galwadau a negeseuon testun yn unig: {window}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="167"/>
        <source>Calls limited to 1 minute.</source>
        <translation>Galwadau wedi&apos;u cyfyngu i 1 munud.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="168"/>
        <source>Calls limited to {minutes} minutes.</source>
        <translation>Galwadau wedi&apos;u cyfyngu i {minutes} munud.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="174"/>
        <source>No contact: only a team leader may contact this customer.</source>
        <translation>Dim cyswllt: dim ond arweinydd tîm a gaiff gysylltu â&apos;r cwsmer hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="180"/>
        <source>Contact only through {name}.</source>
        <translation>Cysylltu drwy {name} yn unig.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="186"/>
        <source>No office visits.</source>
        <translation>Dim ymweliadau â&apos;r swyddfa.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="190"/>
        <source>Letters and emails are read and filed: no reply is sent.</source>
        <translation>Caiff llythyrau a negeseuon e-bost eu darllen a&apos;u ffeilio: ni anfonir ateb.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="196"/>
        <source>Behaviour warning: {reason}</source>
        <translation>Rhybudd ymddygiad: {reason}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="202"/>
        <source>Two staff must be present at any appointment.</source>
        <translation>Rhaid i ddau aelod o staff fod yn bresennol mewn unrhyw apwyntiad.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="239"/>
        <source>Review overdue since {date}.</source>
        <extracomment>Each kind of restriction in words (domain/kinds.py registers the kinds; the words are the window&apos;s). tests/test_kinds.py fails for a registered kind missing here or untranslated.</extracomment>
        <translation>Adolygiad yn hwyr ers {date}.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="648"/>
        <source>Next review date</source>
        <translation>Dyddiad yr adolygiad nesaf</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="650"/>
        <source>&amp;Why it stays:</source>
        <translation>&amp;Pam mae&apos;n parhau:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="651"/>
        <source>&amp;Next review date:</source>
        <translation>Dyddiad yr adolygiad &amp;nesaf:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="658"/>
        <source>Next review date: must not be in the past.</source>
        <translation>Dyddiad yr adolygiad nesaf: ni chaiff fod yn y gorffennol.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="662"/>
        <source>Next review date: must be no more than twelve months from today, so {latest} at the latest.</source>
        <translation>Dyddiad yr adolygiad nesaf: ni chaiff fod fwy na deuddeg mis o heddiw, felly {latest} fan bellaf.</translation>
    </message>
</context>
<context>
    <name>RollCallDialog</name>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="300"/>
        <source>Who is in the building</source>
        <translation>Pwy sydd yn yr adeilad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="301"/>
        <source>Roll call</source>
        <translation>Cofrestr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="301"/>
        <source>Reading the list…</source>
        <translation>Wrthi&apos;n darllen y rhestr…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="308"/>
        <source>Visitors in the building</source>
        <translation>Ymwelwyr yn yr adeilad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="310"/>
        <source>&amp;Print to PDF…</source>
        <translation>&amp;Argraffu i PDF…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="335"/>
        <source>Nobody is in the building.</source>
        <translation>Nid oes neb yn yr adeilad.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="343"/>
        <source>The list could not be read. Try again with F9.</source>
        <translation>Nid oedd modd darllen y rhestr. Rhowch gynnig arall arni gydag F9.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="350"/>
        <source>Print the roll call to PDF</source>
        <translation>Argraffu&apos;r gofrestr i PDF</translation>
    </message>
</context>
<context>
    <name>RollCallWords</name>
    <message>
        <location filename="../agent_desktop/ui/roll_call_pdf.py" line="24"/>
        <source>{who}: visiting {host}, arrived {time}</source>
        <extracomment>Body text of the printed roll call, in points: read at arm&apos;s length, outside, in a hurry.</extracomment>
        <translation>{who}: yn ymweld â {host}, cyrhaeddodd am {time}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/roll_call_pdf.py" line="26"/>
        <source>no host</source>
        <translation>dim gwesteiwr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/roll_call_pdf.py" line="30"/>
        <source>, with {second}</source>
        <translation>, gyda {second}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/roll_call_pdf.py" line="32"/>
        <source>, in {place}</source>
        <translation>, yn {place}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/roll_call_pdf.py" line="34"/>
        <source> (checked in at this desktop, not yet sent)</source>
        <translation> (cofrestrwyd ar y bwrdd gwaith hwn, heb ei anfon eto)</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/roll_call_pdf.py" line="39"/>
        <source>%n visitor(s) in the building at {time}</source>
        <translation>
            <numerusform>%n ymwelydd yn yr adeilad am {time}</numerusform>
            <numerusform>%n ymwelydd yn yr adeilad am {time}</numerusform>
            <numerusform>%n ymwelydd yn yr adeilad am {time}</numerusform>
            <numerusform>%n ymwelydd yn yr adeilad am {time}</numerusform>
            <numerusform>%n ymwelydd yn yr adeilad am {time}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/roll_call_pdf.py" line="42"/>
        <source> (offline: as of {time})</source>
        <translation> (all-lein: yn gyfredol am {time})</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/roll_call_pdf.py" line="48"/>
        <source>Who is in the building</source>
        <translation>Pwy sydd yn yr adeilad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/roll_call_pdf.py" line="52"/>
        <source>Nobody is in the building.</source>
        <translation>Nid oes neb yn yr adeilad.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../agent_desktop/ui/shortcuts.py" line="82"/>
        <source>Shortcut</source>
        <translation>Llwybr byr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/shortcuts.py" line="109"/>
        <source>Move to: {name}</source>
        <translation>Mynd i: {name}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/shortcuts.py" line="115"/>
        <source>{menu} menu</source>
        <translation>Dewislen {menu}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../agent_desktop/ui/shortcuts.py" line="125"/>
        <location filename="../agent_desktop/ui/shortcuts.py" line="149"/>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/shortcuts.py" line="129"/>
        <source>Alt keys come from the underlined letter of each label in the interface language, so they differ between English and Welsh: Call is Alt+C in English and Alt+F in Welsh (Ffonio). The Ctrl, Ctrl+Shift and function-key shortcuts are the same in both languages.</source>
        <translation>Daw bysellau Alt o&apos;r llythyren sydd wedi&apos;i thanlinellu ym mhob label yn iaith y rhyngwyneb, felly maen nhw&apos;n wahanol yn Saesneg ac yn Gymraeg: Alt+C yw Call yn Saesneg, ac Alt+F yw Ffonio yn Gymraeg. Mae&apos;r llwybrau byr Ctrl, Ctrl+Shift a&apos;r bysellau swyddogaeth yr un fath yn y ddwy iaith.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/shortcuts.py" line="138"/>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/shortcuts.py" line="138"/>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/shortcuts.py" line="150"/>
        <source>Each row is a key and what it does.</source>
        <translation>Mae pob rhes yn dangos bysell a&apos;r hyn y mae&apos;n ei wneud.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../agent_desktop/ui/sign_in.py" line="39"/>
        <source>Sign in</source>
        <extracomment>The share of the screen&apos;s width the dialog may take to show whole entries.</extracomment>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/sign_in.py" line="41"/>
        <source>Choose your name to sign in to the embedded database.</source>
        <translation>Dewiswch eich enw i fewngofnodi i&apos;r gronfa ddata fewnol.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/sign_in.py" line="43"/>
        <source>Choose your name to sign in to the central database.</source>
        <translation>Dewiswch eich enw i fewngofnodi i&apos;r gronfa ddata ganolog.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/sign_in.py" line="47"/>
        <source>Type to filter</source>
        <translation>Teipiwch i hidlo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/sign_in.py" line="48"/>
        <source>Filter staff</source>
        <translation>Hidlo staff</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/sign_in.py" line="56"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/sign_in.py" line="58"/>
        <source>&amp;Staff</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/sign_in.py" line="63"/>
        <source>Sign &amp;in</source>
        <translation>&amp;Mewngofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/sign_in.py" line="117"/>
        <source>Could not load the staff list</source>
        <translation>Methu llwytho&apos;r rhestr staff</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../agent_desktop/ui/status_line.py" line="30"/>
        <source>Embedded database</source>
        <translation>Cronfa ddata fewnol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/status_line.py" line="30"/>
        <source>Central database</source>
        <translation>Cronfa ddata ganolog</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/status_line.py" line="32"/>
        <source>Signed in as {name} ({username}) · {role}</source>
        <translation>Wedi mewngofnodi fel {name} ({username}) · {role}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/status_line.py" line="35"/>
        <source>Signed in</source>
        <translation>Wedi mewngofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/status_line.py" line="37"/>
        <source>{database}: connecting…</source>
        <translation>{database}: yn cysylltu…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/status_line.py" line="37"/>
        <source>{database}: connected</source>
        <translation>{database}: wedi cysylltu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/status_line.py" line="40"/>
        <source>Database state</source>
        <translation>Statws y gronfa ddata</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/status_line.py" line="46"/>
        <source>Offline</source>
        <translation>All-lein</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/status_line.py" line="65"/>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/status_line.py" line="68"/>
        <source>Central database: up to date as of {time}</source>
        <translation>Cronfa ddata ganolog: yn gyfredol am {time}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/status_line.py" line="71"/>
        <source>Offline since {since}, showing data as of {time}</source>
        <translation>All-lein ers {since}, yn dangos data o {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/status_line.py" line="75"/>
        <source> · %n waiting to send</source>
        <translation>
            <numerusform> · %n yn aros i&apos;w anfon</numerusform>
            <numerusform> · %n yn aros i&apos;w anfon</numerusform>
            <numerusform> · %n yn aros i&apos;w anfon</numerusform>
            <numerusform> · %n yn aros i&apos;w anfon</numerusform>
            <numerusform> · %n yn aros i&apos;w anfon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/status_line.py" line="77"/>
        <source> · %n could not be sent</source>
        <translation>
            <numerusform> · %n heb ei anfon</numerusform>
            <numerusform> · %n heb ei anfon</numerusform>
            <numerusform> · %n heb ei anfon</numerusform>
            <numerusform> · %n heb ei anfon</numerusform>
            <numerusform> · %n heb ei anfon</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/status_line.py" line="102"/>
        <source>Inbound {channel} for {ref} at {time}</source>
        <translation>{channel} i mewn ar gyfer {ref} am {time}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/status_line.py" line="108"/>
        <source>Call-back request for {ref} at {time}</source>
        <translation>Cais am alwad yn ôl ar gyfer {ref} am {time}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/status_line.py" line="112"/>
        <source>Check-in of {ref}&apos;s visitor at {time}</source>
        <translation>Ymwelydd {ref} yn cyrraedd am {time}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/status_line.py" line="116"/>
        <source>Check-out of {ref}&apos;s visitor at {time}</source>
        <translation>Ymwelydd {ref} yn gadael am {time}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/status_line.py" line="120"/>
        <source>Work item marked done at {time}</source>
        <translation>Eitem waith a farciwyd yn gyflawn am {time}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/status_line.py" line="121"/>
        <source>Not sent: {what}. The central database refused it: {reason}</source>
        <translation>Heb ei anfon: {what}. Gwrthododd y gronfa ddata ganolog ef: {reason}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/status_line.py" line="127"/>
        <source>This desktop could not be brought up to date ({error}); trying again. Tell IT support if this stays.</source>
        <translation>Nid oedd modd diweddaru&apos;r bwrdd gwaith hwn ({error}); yn rhoi cynnig arall arni. Rhowch wybod i&apos;r tîm TG os yw hyn yn parhau.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/status_line.py" line="135"/>
        <source>Database: could not load {what}</source>
        <translation>Cronfa ddata: methu llwytho {what}</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="159"/>
        <source>Record {channel} to {whom}</source>
        <translation>Cofnodi {channel} i {whom}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="161"/>
        <source>Record {channel}</source>
        <translation>Cofnodi {channel}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="165"/>
        <source>One-line &amp;summary of this contact:</source>
        <translation>C&amp;rynodeb un llinell o&apos;r cyswllt hwn:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="166"/>
        <source>&amp;Record</source>
        <translation>&amp;Cofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="168"/>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="171"/>
        <source>Summary of the contact</source>
        <translation>Crynodeb o&apos;r cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="172"/>
        <source>Record the contact</source>
        <translation>Cofnodi&apos;r cyswllt</translation>
    </message>
</context>
<context>
    <name>TeamBoard</name>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="69"/>
        <source>You may not assign this item.</source>
        <translation>Ni chewch neilltuo&apos;r eitem hon.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="70"/>
        <source>That member of staff is no longer active.</source>
        <translation>Nid yw&apos;r aelod hwnnw o staff yn weithredol mwyach.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="73"/>
        <source>That member of staff is away today.</source>
        <translation>Mae&apos;r aelod hwnnw o staff i ffwrdd heddiw.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="76"/>
        <source>The customer has a single point of contact: only the named person or their deputy may hold their work.</source>
        <translation>Mae gan y cwsmer un pwynt cyswllt: dim ond yr unigolyn a enwyd neu ei ddirprwy a gaiff ddal ei waith.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="81"/>
        <source>The item is no longer open.</source>
        <translation>Nid yw&apos;r eitem ar agor mwyach.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="82"/>
        <source>The customer prefers Welsh and that member of staff does not speak it.</source>
        <translation>Mae&apos;n well gan y cwsmer Gymraeg ac nid yw&apos;r aelod hwnnw o staff yn ei siarad.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="85"/>
        <source>That member of staff would hold more open items than their capacity.</source>
        <translation>Byddai&apos;r aelod hwnnw o staff yn dal mwy o eitemau agored na&apos;i gapasiti.</translation>
    </message>
</context>
<context>
    <name>TeamBoardScreen</name>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="256"/>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="257"/>
        <source>T&amp;eam:</source>
        <translation>&amp;Tîm:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="260"/>
        <source>Board status</source>
        <translation>Statws y bwrdd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="260"/>
        <source>Loading the board…</source>
        <translation>Wrthi&apos;n llwytho&apos;r bwrdd…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="271"/>
        <source>Member</source>
        <translation>Aelod</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="272"/>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="273"/>
        <source>Due today</source>
        <translation>Yn ddyledus heddiw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="274"/>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="275"/>
        <source>At risk</source>
        <translation>Mewn perygl</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="276"/>
        <source>Capacity</source>
        <translation>Capasiti</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="277"/>
        <source>Away (cover)</source>
        <translation>I ffwrdd (cyflenwi)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="278"/>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="281"/>
        <source>Team members</source>
        <translation>Aelodau&apos;r tîm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="294"/>
        <source>&amp;Members</source>
        <translation>A&amp;elodau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="299"/>
        <source>Work at risk</source>
        <translation>Gwaith mewn perygl</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="300"/>
        <source>Unassigned work</source>
        <translation>Gwaith heb ei neilltuo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="301"/>
        <source>Work at &amp;risk</source>
        <translation>Gwaith mewn &amp;perygl</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="303"/>
        <source>&amp;Unassigned work</source>
        <translation>Gwaith &amp;heb ei neilltuo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="306"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Neilltuo…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="311"/>
        <source>Assign selected (Ctrl+Shift+A)</source>
        <translation>Neilltuo&apos;r rhai a ddewiswyd (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="313"/>
        <source>Mark a&amp;way…</source>
        <translation>Nodi&apos;n a&amp;bsennol…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="315"/>
        <source>&amp;Balance…</source>
        <translation>&amp;Cydbwyso…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="361"/>
        <source>You lead no team, so there is no board to show.</source>
        <translation>Nid ydych yn arwain tîm, felly nid oes bwrdd i&apos;w ddangos.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="396"/>
        <source>The board could not be loaded. Try again with F5.</source>
        <translation>Nid oedd modd llwytho&apos;r bwrdd. Rhowch gynnig arall arni gydag F5.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="405"/>
        <source>{team}: {risk} at risk ({overdue} overdue), {free} unassigned</source>
        <translation>{team}: {risk} mewn perygl ({overdue} yn hwyr), {free} heb eu neilltuo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="416"/>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="416"/>
        <source>No</source>
        <translation>Nac ydy</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="421"/>
        <source>Away, covered by {cover}</source>
        <translation>I ffwrdd, {cover} yn cyflenwi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="423"/>
        <source>Away</source>
        <translation>I ffwrdd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="426"/>
        <source>In</source>
        <translation>Yn y gwaith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="429"/>
        <source>{capacity} (over)</source>
        <translation>{capacity} (dros y capasiti)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="462"/>
        <source>Select one or more items to assign first.</source>
        <translation>Dewiswch un eitem neu fwy i&apos;w neilltuo yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="508"/>
        <source>Assign anyway?</source>
        <translation>Neilltuo beth bynnag?</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="511"/>
        <source>Assign to {to} anyway?</source>
        <translation>Neilltuo i {to} beth bynnag?</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/team_board.py" line="537"/>
        <source>Not assigned (%n item(s)): {why}</source>
        <translation>
            <numerusform>Heb ei neilltuo (%n eitem): {why}</numerusform>
            <numerusform>Heb ei neilltuo (%n eitem): {why}</numerusform>
            <numerusform>Heb ei neilltuo (%n eitem): {why}</numerusform>
            <numerusform>Heb ei neilltuo (%n eitem): {why}</numerusform>
            <numerusform>Heb ei neilltuo (%n eitem): {why}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/team_board.py" line="558"/>
        <source>%n item(s) assigned to {to}.</source>
        <translation>
            <numerusform>%n eitem wedi&apos;i neilltuo i {to}.</numerusform>
            <numerusform>%n eitem wedi&apos;i neilltuo i {to}.</numerusform>
            <numerusform>%n eitem wedi&apos;i neilltuo i {to}.</numerusform>
            <numerusform>%n eitem wedi&apos;i neilltuo i {to}.</numerusform>
            <numerusform>%n eitem wedi&apos;i neilltuo i {to}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="567"/>
        <source>That could not be done. Nothing was changed.</source>
        <translation>Nid oedd modd gwneud hynny. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="597"/>
        <source>Balancing would assign nothing now.</source>
        <translation>Ni fyddai cydbwyso&apos;n neilltuo dim nawr.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/team_board.py" line="603"/>
        <source>%n item(s) to {to}</source>
        <translation>
            <numerusform>%n eitem i {to}</numerusform>
            <numerusform>%n eitem i {to}</numerusform>
            <numerusform>%n eitem i {to}</numerusform>
            <numerusform>%n eitem i {to}</numerusform>
            <numerusform>%n eitem i {to}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/team_board.py" line="607"/>
        <source>Balance the team&apos;s work?</source>
        <translation>Cydbwyso gwaith y tîm?</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/team_board.py" line="610"/>
        <source>%n item(s) would stay unassigned.</source>
        <translation>
            <numerusform>Byddai %n eitem yn aros heb eu neilltuo.</numerusform>
            <numerusform>Byddai %n eitem yn aros heb eu neilltuo.</numerusform>
            <numerusform>Byddai %n eitem yn aros heb eu neilltuo.</numerusform>
            <numerusform>Byddai %n eitem yn aros heb eu neilltuo.</numerusform>
            <numerusform>Byddai %n eitem yn aros heb eu neilltuo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="19"/>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="20"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="21"/>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="22"/>
        <source>Text message</source>
        <translation>Neges destun</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="23"/>
        <source>Social media message</source>
        <translation>Neges cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="24"/>
        <source>Office visit</source>
        <translation>Ymweliad â&apos;r swyddfa</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="31"/>
        <source>Call-back</source>
        <translation>Galwad yn ôl</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="32"/>
        <source>Acknowledge email</source>
        <translation>Cydnabod e-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="33"/>
        <source>Reply to email</source>
        <translation>Ateb e-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="34"/>
        <source>Progress update due</source>
        <translation>Diweddariad cynnydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="35"/>
        <source>Delay notice</source>
        <translation>Hysbysiad oedi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="36"/>
        <source>Send restriction notice</source>
        <translation>Anfon hysbysiad cyfyngiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="39"/>
        <source>Review restriction</source>
        <translation>Adolygu cyfyngiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="40"/>
        <source>Restriction challenge</source>
        <translation>Her i gyfyngiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="41"/>
        <source>Check for new information</source>
        <translation>Gwirio gwybodaeth newydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="42"/>
        <source>Appointment</source>
        <translation>Apwyntiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="50"/>
        <source>son</source>
        <translation>mab</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="51"/>
        <source>daughter</source>
        <translation>merch</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="52"/>
        <source>father</source>
        <translation>tad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="53"/>
        <source>mother</source>
        <translation>mam</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="54"/>
        <source>parent</source>
        <translation>rhiant</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="55"/>
        <source>brother</source>
        <translation>brawd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="56"/>
        <source>sister</source>
        <translation>chwaer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="57"/>
        <source>husband</source>
        <translation>gŵr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="58"/>
        <source>wife</source>
        <translation>gwraig</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="59"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="60"/>
        <source>friend</source>
        <translation>ffrind</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="61"/>
        <source>neighbour</source>
        <translation>cymydog</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="62"/>
        <source>carer</source>
        <translation>gofalwr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="63"/>
        <source>guardian</source>
        <translation>gwarcheidwad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="64"/>
        <source>advocate</source>
        <translation>eiriolwr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="65"/>
        <source>solicitor</source>
        <translation>cyfreithiwr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="66"/>
        <source>social worker</source>
        <translation>gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="67"/>
        <source>attorney</source>
        <translation>atwrnai</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="68"/>
        <source>power of attorney</source>
        <translation>atwrneiaeth</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="69"/>
        <source>appointee</source>
        <translation>penodai</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="70"/>
        <source>deputy</source>
        <translation>dirprwy</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="77"/>
        <source>Agent</source>
        <translation>Asiant</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="78"/>
        <source>Team leader</source>
        <translation>Arweinydd tîm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="79"/>
        <source>Manager</source>
        <translation>Rheolwr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="80"/>
        <source>Visits officer</source>
        <translation>Swyddog ymweliadau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="81"/>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="88"/>
        <source>Enquiry</source>
        <translation>Ymholiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="89"/>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="90"/>
        <source>Investigation</source>
        <translation>Ymchwiliad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="91"/>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="92"/>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="93"/>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="101"/>
        <source>Large print</source>
        <translation>Print bras</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="102"/>
        <source>Braille</source>
        <translation>Braille</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="103"/>
        <source>Easy read</source>
        <translation>Hawdd ei ddeall</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="104"/>
        <source>Audio</source>
        <translation>Sain</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="105"/>
        <source>BSL interpreter</source>
        <translation>Dehonglydd BSL</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="106"/>
        <source>Text relay</source>
        <translation>Cyfnewid testun (Text Relay)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="107"/>
        <source>More time</source>
        <translation>Rhagor o amser</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="115"/>
        <source>Channel not agreed</source>
        <translation>Sianel heb ei chytuno</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="116"/>
        <source>Updated recently</source>
        <translation>Diweddarwyd yn ddiweddar</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="117"/>
        <source>Outside agreed hours</source>
        <translation>Y tu allan i&apos;r oriau a gytunwyd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="118"/>
        <source>Channel restricted</source>
        <translation>Sianel dan gyfyngiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="119"/>
        <source>Contact limit reached</source>
        <translation>Wedi cyrraedd y terfyn cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="120"/>
        <source>Named contact only</source>
        <translation>Cyswllt penodol yn unig</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="121"/>
        <source>Outside permitted times</source>
        <translation>Y tu allan i&apos;r amseroedd a ganiateir</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="122"/>
        <source>No contact</source>
        <translation>Dim cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="123"/>
        <source>Through representative only</source>
        <translation>Drwy gynrychiolydd yn unig</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="124"/>
        <source>No office visits</source>
        <translation>Dim ymweliadau â&apos;r swyddfa</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="125"/>
        <source>Central database unreachable</source>
        <translation>Methu cyrraedd y gronfa ddata ganolog</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="126"/>
        <source>Unknown customer</source>
        <translation>Cwsmer anhysbys</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="127"/>
        <source>Welsh preferred</source>
        <translation>Dewis iaith: Cymraeg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="128"/>
        <source>Accessibility needs</source>
        <translation>Anghenion hygyrchedd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="129"/>
        <source>Preferences not recorded</source>
        <translation>Dewisiadau heb eu cofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="130"/>
        <source>Call length limited</source>
        <translation>Hyd galwadau wedi&apos;i gyfyngu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="131"/>
        <source>Behaviour warning</source>
        <translation>Rhybudd ymddygiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="132"/>
        <source>Review overdue</source>
        <translation>Adolygiad yn hwyr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="133"/>
        <source>Conflicts with a reasonable adjustment</source>
        <translation>Yn gwrthdaro ag addasiad rhesymol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="142"/>
        <source>Mon</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="143"/>
        <source>Tue</source>
        <translation>Maw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="144"/>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="145"/>
        <source>Thu</source>
        <translation>Iau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="146"/>
        <source>Fri</source>
        <translation>Gwe</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="147"/>
        <source>Sat</source>
        <translation>Sad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="148"/>
        <source>Sun</source>
        <translation>Sul</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="155"/>
        <source>Jan</source>
        <translation>Ion</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="156"/>
        <source>Feb</source>
        <translation>Chwef</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="157"/>
        <source>Mar</source>
        <translation>Maw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="158"/>
        <source>Apr</source>
        <translation>Ebr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="159"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="160"/>
        <source>Jun</source>
        <translation>Meh</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="161"/>
        <source>Jul</source>
        <translation>Gorff</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="162"/>
        <source>Aug</source>
        <translation>Awst</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="163"/>
        <source>Sep</source>
        <translation>Medi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="164"/>
        <source>Oct</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="165"/>
        <source>Nov</source>
        <translation>Tach</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="166"/>
        <source>Dec</source>
        <translation>Rhag</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="192"/>
        <source>{when} (the office is closed then and opens {opens})</source>
        <translation>{when} (bydd y swyddfa ar gau bryd hynny ac yn agor {opens})</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="208"/>
        <source>{days}d</source>
        <translation>{days} diwrnod</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="210"/>
        <source>{days}d {hours}h</source>
        <translation>{days} diwrnod {hours} awr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="214"/>
        <source>{hours}h {minutes}m</source>
        <translation>{hours} awr {minutes} mun</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="218"/>
        <source>{minutes}m</source>
        <translation>{minutes} mun</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="220"/>
        <source>{span} overdue</source>
        <translation>{span} dros amser</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="221"/>
        <source>{span} left</source>
        <translation>{span} ar ôl</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="334"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="335"/>
        <source>Channel</source>
        <translation>Sianel</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="336"/>
        <source>Direction</source>
        <translation>I mewn/allan</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="337"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="338"/>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="359"/>
        <source>In</source>
        <translation>I mewn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="361"/>
        <source>Out (reply)</source>
        <translation>Allan (ateb)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="363"/>
        <source>Out</source>
        <translation>Allan</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="365"/>
        <source>could not be sent: {reason}</source>
        <translation>methu ei anfon: {reason}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="367"/>
        <source>waiting to send</source>
        <translation>yn aros i&apos;w anfon</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="370"/>
        <source>override: {reason}</source>
        <translation>diystyru: {reason}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="372"/>
        <source>authorised by {name}</source>
        <translation>awdurdodwyd gan {name}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="377"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
</context>
<context>
    <name>TurnedAwayDialog</name>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="523"/>
        <source>Turned away</source>
        <translation>Gwrthodwyd mynediad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="525"/>
        <source>Name given</source>
        <translation>Enw a roddwyd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="527"/>
        <source>Customer reference, if known</source>
        <translation>Cyfeirnod y cwsmer, os yw&apos;n hysbys</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="528"/>
        <source>What to know about this customer</source>
        <translation>Beth i&apos;w wybod am y cwsmer hwn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="531"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="533"/>
        <source>Offered</source>
        <translation>Cynigiwyd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="535"/>
        <source>An appointment</source>
        <translation>Apwyntiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="536"/>
        <source>A phone call</source>
        <translation>Galwad ffôn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="537"/>
        <source>Signposted elsewhere</source>
        <translation>Cyfeirio i rywle arall</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="538"/>
        <source>Nothing</source>
        <translation>Dim byd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="542"/>
        <source>Signposted to</source>
        <translation>Cyfeiriwyd at</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="543"/>
        <source>Form errors</source>
        <translation>Gwallau ar y ffurflen</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="546"/>
        <source>&amp;Name given:</source>
        <translation>&amp;Enw a roddwyd:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="547"/>
        <source>&amp;Customer reference:</source>
        <translation>&amp;Cyfeirnod y cwsmer:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="549"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="550"/>
        <source>&amp;Offered:</source>
        <translation>C&amp;ynigiwyd:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="551"/>
        <source>&amp;Signposted to:</source>
        <translation>Cyfeiriwyd &amp;at:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="572"/>
        <source>Nothing recorded that stops a visit.</source>
        <translation>Nid oes dim wedi&apos;i gofnodi sy&apos;n atal ymweliad.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="584"/>
        <source>Name given: say the name the person gave.</source>
        <translation>Enw a roddwyd: nodwch yr enw a roddodd yr unigolyn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="588"/>
        <source>Reason: say why they were turned away.</source>
        <translation>Rheswm: nodwch pam y gwrthodwyd mynediad iddyn nhw.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="592"/>
        <source>Signposted to: name the organisation.</source>
        <translation>Cyfeiriwyd at: enwch y sefydliad.</translation>
    </message>
</context>
<context>
    <name>UnreachableMessage</name>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="441"/>
        <source>Central database unreachable</source>
        <translation>Methu cyrraedd y gronfa ddata ganolog</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="443"/>
        <source>The central database at {where} could not be opened.</source>
        <translation>Methu agor y gronfa ddata ganolog yn {where}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="447"/>
        <source>Connection &amp;settings…</source>
        <translation>&amp;Gosodiadau cysylltu…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="449"/>
        <source>Connection settings</source>
        <translation>Gosodiadau cysylltu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="450"/>
        <source>&amp;Try again</source>
        <translation>&amp;Rhoi cynnig arall arni</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="451"/>
        <source>Try again</source>
        <translation>Rhoi cynnig arall arni</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="455"/>
        <source>Work &amp;offline as {username}</source>
        <translation>Gweithio all-&amp;lein fel {username}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="458"/>
        <source>Work offline</source>
        <translation>Gweithio all-lein</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="459"/>
        <source>&amp;Quit</source>
        <translation>Gada&amp;el</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="460"/>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
</context>
<context>
    <name>VisitsDesk</name>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="83"/>
        <source>No visits: this customer may not visit the office. Do not admit them.</source>
        <extracomment>Who may open the desk from the Go menu (visits.md: they may book and receive visitors).</extracomment>
        <translation>Dim ymweliadau: ni chaiff y cwsmer hwn ymweld â&apos;r swyddfa. Peidiwch â gadael iddyn nhw ddod i mewn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="86"/>
        <source>A second member of staff must be present: name a colleague other than the host.</source>
        <translation>Rhaid i ail aelod o staff fod yn bresennol: enwch gydweithiwr heblaw&apos;r gwesteiwr.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="90"/>
        <source>The appointment must start and end within office hours of one working day.</source>
        <translation>Rhaid i&apos;r apwyntiad ddechrau a gorffen o fewn oriau swyddfa un diwrnod gwaith.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="94"/>
        <source>The host or the second member of staff already has an appointment then.</source>
        <translation>Mae gan y gwesteiwr neu&apos;r ail aelod o staff apwyntiad eisoes bryd hynny.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="97"/>
        <source>The appointment would start in the past.</source>
        <translation>Byddai&apos;r apwyntiad yn dechrau yn y gorffennol.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="100"/>
        <source>You may not book office appointments.</source>
        <translation>Ni chewch drefnu apwyntiadau yn y swyddfa.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="103"/>
        <source>Behaviour warning: see the customer&apos;s record before meeting.</source>
        <translation>Rhybudd ymddygiad: edrychwch ar gofnod y cwsmer cyn y cyfarfod.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="106"/>
        <source>The customer prefers Welsh and the host does not speak it.</source>
        <translation>Mae&apos;n well gan y cwsmer Gymraeg ac nid yw&apos;r gwesteiwr yn ei siarad.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="109"/>
        <source>Two members of staff must be present at any meeting.</source>
        <translation>Rhaid i ddau aelod o staff fod yn bresennol mewn unrhyw gyfarfod.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="114"/>
        <source>Accessibility needs: {message}</source>
        <translation>Anghenion hygyrchedd: {message}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="125"/>
        <source>No visits: do not admit</source>
        <translation>Dim ymweliadau: peidiwch â rhoi mynediad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="127"/>
        <source>Behaviour warning</source>
        <translation>Rhybudd ymddygiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="130"/>
        <source>Two staff present (second: {second})</source>
        <translation>Dau aelod o staff yn bresennol (ail: {second})</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="134"/>
        <source>Two staff present: no second named</source>
        <translation>Dau aelod o staff yn bresennol: dim ail wedi&apos;i enwi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="139"/>
        <source>Needs a BSL interpreter: booked</source>
        <translation>Angen dehonglydd BSL: wedi&apos;i drefnu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="141"/>
        <source>Needs a BSL interpreter: NOT booked</source>
        <translation>Angen dehonglydd BSL: HEB ei drefnu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="145"/>
        <source>Needs: {need}</source>
        <translation>Anghenion: {need}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="150"/>
        <source>Accessibility needs</source>
        <translation>Anghenion hygyrchedd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="153"/>
        <source>Welsh: the host does not speak it</source>
        <translation>Cymraeg: nid yw&apos;r gwesteiwr yn ei siarad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="155"/>
        <source>Prefers Welsh</source>
        <translation>Dewis iaith: Cymraeg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="172"/>
        <source>Arrived {time}</source>
        <translation>Cyrhaeddodd am {time}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="176"/>
        <source>Left {time}</source>
        <translation>Gadawodd am {time}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="181"/>
        <source>Booked</source>
        <translation>Wedi&apos;i drefnu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="182"/>
        <source>Cancelled</source>
        <translation>Wedi&apos;i ganslo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="183"/>
        <source>Did not come</source>
        <translation>Heb ddod</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="186"/>
        <source> (waiting to send)</source>
        <translation> (yn aros i&apos;w anfon)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="232"/>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="233"/>
        <source>Visitor</source>
        <translation>Ymwelydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="234"/>
        <source>Host</source>
        <translation>Gwesteiwr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="235"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="236"/>
        <source>Warnings</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="248"/>
        <source>{host} with {second}</source>
        <translation>{host} gyda {second}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="255"/>
        <source>None</source>
        <translation>Dim</translation>
    </message>
</context>
<context>
    <name>VisitsDeskScreen</name>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="651"/>
        <source>Visits desk status</source>
        <translation>Statws y ddesg ymweliadau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="651"/>
        <source>Reading the day…</source>
        <translation>Wrthi&apos;n darllen apwyntiadau&apos;r dydd…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="653"/>
        <source>Last action</source>
        <translation>Gweithred ddiwethaf</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="658"/>
        <source>Today&apos;s appointments</source>
        <translation>Apwyntiadau heddiw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="666"/>
        <source>Today&apos;s &amp;appointments</source>
        <translation>&amp;Apwyntiadau heddiw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="669"/>
        <source>Arrived</source>
        <translation>Wedi cyrraedd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="670"/>
        <source>Left</source>
        <translation>Wedi gadael</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="672"/>
        <source>Who is in the building</source>
        <translation>Pwy sydd yn yr adeilad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="674"/>
        <source>Book a visit</source>
        <translation>Trefnu ymweliad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="676"/>
        <source>Turned away</source>
        <translation>Gwrthodwyd mynediad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="679"/>
        <source>Interpreter booked or not</source>
        <translation>Dehonglydd wedi&apos;i drefnu neu beidio</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="681"/>
        <source>Arrived (F7)</source>
        <translation>Wedi cyrraedd (F7)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="682"/>
        <source>Left (F8)</source>
        <translation>Wedi gadael (F8)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="683"/>
        <source>&amp;Did not come</source>
        <translation>&amp;Heb ddod</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="684"/>
        <source>Cance&amp;l…</source>
        <translation>Cans&amp;lo…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="685"/>
        <source>Interpreter booked (Ctrl+Shift+N)</source>
        <translation>Dehonglydd wedi&apos;i drefnu (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="687"/>
        <source>BSL interpreter booked</source>
        <translation>Dehonglydd BSL wedi&apos;i drefnu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="689"/>
        <source>&amp;Book a visit… (Ctrl+Shift+K)</source>
        <translation>&amp;Trefnu ymweliad… (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="691"/>
        <source>&amp;Turned away… (Ctrl+Shift+T)</source>
        <translation>Gwrthodwyd &amp;mynediad… (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="694"/>
        <source>Who is in the b&amp;uilding (F9)</source>
        <translation>Pwy sydd yn yr a&amp;deilad (F9)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="749"/>
        <source>Today&apos;s appointments could not be read. Try again with F5.</source>
        <translation>Nid oedd modd darllen apwyntiadau heddiw. Rhowch gynnig arall arni gydag F5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/visits_desk.py" line="757"/>
        <source>%n appointment(s) today</source>
        <translation>
            <numerusform>%n apwyntiad heddiw</numerusform>
            <numerusform>%n apwyntiad heddiw</numerusform>
            <numerusform>%n apwyntiad heddiw</numerusform>
            <numerusform>%n apwyntiad heddiw</numerusform>
            <numerusform>%n apwyntiad heddiw</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="758"/>
        <source>, {inside} in the building</source>
        <translation>, {inside} yn yr adeilad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="812"/>
        <source>The central database cannot be reached: kept here and sent later.</source>
        <translation>Methu cyrraedd y gronfa ddata ganolog: wedi&apos;i gadw yma a chaiff ei anfon yn nes ymlaen.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="824"/>
        <source>Not done: {why}</source>
        <translation>Heb ei wneud: {why}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="827"/>
        <source>That could not be done: the central database cannot be reached. Nothing was changed.</source>
        <translation>Nid oedd modd gwneud hynny: methu cyrraedd y gronfa ddata ganolog. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="838"/>
        <source>Choose a booked appointment to check in.</source>
        <translation>Dewiswch apwyntiad wedi&apos;i drefnu i gofnodi bod yr ymwelydd wedi cyrraedd.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="844"/>
        <source>{who} checked in.</source>
        <translation>Cofnodwyd bod {who} wedi cyrraedd.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="850"/>
        <source>Choose a visitor who has arrived to check out.</source>
        <translation>Dewiswch ymwelydd sydd wedi cyrraedd i gofnodi ei fod wedi gadael.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="856"/>
        <source>{who} checked out.</source>
        <translation>Cofnodwyd bod {who} wedi gadael.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="862"/>
        <source>Choose a booked appointment.</source>
        <translation>Dewiswch apwyntiad wedi&apos;i drefnu.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="868"/>
        <source>{who} marked as did not come.</source>
        <translation>Cofnodwyd na ddaeth {who}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="874"/>
        <source>Choose a booked appointment to cancel.</source>
        <translation>Dewiswch apwyntiad wedi&apos;i drefnu i&apos;w ganslo.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="885"/>
        <source>The appointment of {who} was cancelled.</source>
        <translation>Canslwyd apwyntiad {who}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="893"/>
        <source>Choose a booked appointment to record its interpreter.</source>
        <translation>Dewiswch apwyntiad sydd wedi&apos;i drefnu i gofnodi ei ddehonglydd.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="900"/>
        <source>{who}: BSL interpreter booked.</source>
        <translation>{who}: dehonglydd BSL wedi&apos;i drefnu.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="902"/>
        <source>{who}: BSL interpreter NOT booked.</source>
        <translation>{who}: dehonglydd BSL HEB ei drefnu.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="963"/>
        <source>The host&apos;s free times could not be read.</source>
        <translation>Nid oedd modd darllen amseroedd rhydd y gwesteiwr.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="972"/>
        <source>Customer: find and choose the customer.</source>
        <translation>Cwsmer: chwiliwch am y cwsmer a&apos;i ddewis.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="973"/>
        <source>Host: choose who the visitor will see.</source>
        <translation>Gwesteiwr: dewiswch pwy fydd yr ymwelydd yn ei weld.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="974"/>
        <source>Free time: choose one of the host&apos;s free times.</source>
        <translation>Amser rhydd: dewiswch un o amseroedd rhydd y gwesteiwr.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="987"/>
        <source>Booked {who} with {host} at {time}.</source>
        <translation>Trefnwyd apwyntiad i {who} gyda {host} am {time}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="1003"/>
        <source>Not booked: the central database cannot be reached.</source>
        <translation>Heb ei drefnu: methu cyrraedd y gronfa ddata ganolog.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="1022"/>
        <source>The customer could not be looked up.</source>
        <translation>Nid oedd modd chwilio am y cwsmer.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/visits_desk.py" line="1035"/>
        <source>{name} recorded as turned away.</source>
        <translation>Cofnodwyd y gwrthodwyd mynediad i {name}.</translation>
    </message>
</context>
<context>
    <name>WorkQueueModel</name>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="146"/>
        <source>Time left</source>
        <translation>Amser ar ôl</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="147"/>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="148"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="149"/>
        <source>Customer</source>
        <translation>Cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="150"/>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="151"/>
        <source>Assigned to</source>
        <translation>Cyfrifol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="154"/>
        <source>Working time until the item is due: office hours on working days only</source>
        <translation>Amser gwaith nes bod yr eitem yn ddyledus: oriau swyddfa ar ddiwrnodau gwaith yn unig</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="155"/>
        <source>When the item is due, in office time</source>
        <translation>Pryd mae&apos;r eitem yn ddyledus, yn ôl amser y swyddfa</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="156"/>
        <source>What is owed to the customer</source>
        <translation>Beth sy&apos;n ddyledus i&apos;r cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="157"/>
        <source>The customer&apos;s name and reference</source>
        <translation>Enw a chyfeirnod y cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="158"/>
        <source>The case the item belongs to</source>
        <translation>Yr achos y mae&apos;r eitem yn perthyn iddo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="159"/>
        <source>Who the item is assigned to</source>
        <translation>I bwy mae&apos;r eitem wedi&apos;i neilltuo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="163"/>
        <source>Loading</source>
        <translation>Wrthi&apos;n llwytho</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="168"/>
        <source>No longer in the queue</source>
        <translation>Nid yw yn y ciw mwyach</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="176"/>
        <source>Overdue</source>
        <translation>Dros amser</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="177"/>
        <source>Overdue: it was due {when}</source>
        <translation>Dros amser: roedd i fod erbyn {when}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="178"/>
        <source>Warning: {time_left}</source>
        <translation>Rhybudd: {time_left}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="179"/>
        <source>Due {when}: {time_left} in working time</source>
        <translation>Erbyn {when}: {time_left} mewn amser gwaith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="180"/>
        <source>Due {when}</source>
        <translation>Erbyn {when}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="181"/>
        <source>{name} ({ref})</source>
        <translation>{name} ({ref})</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="182"/>
        <source> · Cymraeg</source>
        <translation> · Cymraeg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="183"/>
        <source>, prefers Welsh</source>
        <translation>, dewis iaith: Cymraeg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="184"/>
        <source>, has a communication restriction</source>
        <translation>, cyfyngiad cyfathrebu ar waith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="186"/>
        <source>Communication restriction in force: read the customer&apos;s card before contacting them</source>
        <translation>Cyfyngiad cyfathrebu ar waith: darllenwch gerdyn y cwsmer cyn cysylltu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="189"/>
        <source>No case</source>
        <translation>Dim achos</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="190"/>
        <source>{name}, {team}</source>
        <translation>{name}, {team}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="191"/>
        <source>{team} (unassigned)</source>
        <translation>{team} (heb ei neilltuo)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="192"/>
        <source>Unassigned</source>
        <translation>Heb ei neilltuo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="194"/>
        <source>Not loaded</source>
        <translation>Heb ei lwytho</translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <location filename="../agent_desktop/ui/restriction_forms.py" line="594"/>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
</context>
<context>
    <name>_Restart</name>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="479"/>
        <source>The new connection settings take effect the next time the desktop starts.</source>
        <translation>Bydd y gosodiadau cysylltu newydd yn dod i rym y tro nesaf y bydd y bwrdd gwaith yn cychwyn.</translation>
    </message>
</context>
</TS>
