<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="93"/>
        <source>Contact actions</source>
        <extracomment>How often the preview is read again while a customer is open: windows open and close.</extracomment>
        <translation>Gweithredoedd cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="96"/>
        <source>&amp;Call</source>
        <translation>&amp;Ffonio</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="96"/>
        <source>Call</source>
        <translation>Ffonio</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="97"/>
        <source>&amp;Email</source>
        <translation>&amp;E-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="97"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="98"/>
        <source>&amp;Letter</source>
        <translation>&amp;Llythyr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="98"/>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="99"/>
        <source>&amp;SMS</source>
        <translation>Neges de&amp;stun</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="99"/>
        <source>SMS</source>
        <translation>Neges destun</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="120"/>
        <source>{channel} status</source>
        <translation>Statws {channel}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="127"/>
        <location filename="../agent_desktop/ui/action_bar.py" line="139"/>
        <source>Log &amp;inbound…</source>
        <translation>Cofnodi cyswllt &amp;i mewn…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="128"/>
        <source>Log inbound contact</source>
        <translation>Cofnodi cyswllt i mewn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="133"/>
        <location filename="../agent_desktop/ui/action_bar.py" line="140"/>
        <source>Request call-&amp;back</source>
        <translation>Gofyn am &amp;alwad yn ôl</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="134"/>
        <source>Request call-back</source>
        <translation>Gofyn am alwad yn ôl</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="130"/>
        <source>Log a call, email, letter, visit or social media message from the customer</source>
        <translation>Cofnodi galwad, e-bost, llythyr, ymweliad neu neges cyfryngau cymdeithasol gan y cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="136"/>
        <source>The customer asks to be called back; it is due by the end of the next working day</source>
        <translation>Mae&apos;r cwsmer yn gofyn am alwad yn ôl; mae&apos;n ddyledus erbyn diwedd y diwrnod gwaith nesaf</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="144"/>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="147"/>
        <source>Contact warnings</source>
        <translation>Rhybuddion cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="148"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="151"/>
        <source>Last action</source>
        <translation>Gweithred ddiwethaf</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="222"/>
        <source>Checking…</source>
        <translation>Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="223"/>
        <source>Checking whether this contact is allowed now.</source>
        <translation>Yn gwirio a ganiateir y cyswllt hwn nawr.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="282"/>
        <source>Could not check</source>
        <translation>Methu gwirio</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="289"/>
        <source>Allowed</source>
        <translation>Caniateir</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="290"/>
        <source>You may use this now.</source>
        <translation>Gallwch ddefnyddio hwn nawr.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/action_bar.py" line="294"/>
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
        <location filename="../agent_desktop/ui/action_bar.py" line="295"/>
        <source>Blocked: {reason}</source>
        <translation>Ni chaniateir: {reason}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="297"/>
        <source>• {title}: {message}</source>
        <translation>• {title}: {message}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="300"/>
        <source>Next allowed {when}</source>
        <translation>Caniateir eto: {when}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="303"/>
        <source>Not by time alone</source>
        <translation>Ni fydd aros yn newid hyn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="305"/>
        <source>You may override this preference with a written reason.</source>
        <translation>Gallwch ddiystyru&apos;r dewis hwn gyda rheswm ysgrifenedig.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="308"/>
        <source>A team leader may authorise one contact.</source>
        <translation>Gall arweinydd tîm awdurdodi un cyswllt.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="311"/>
        <source>No one can override this.</source>
        <translation>Ni all neb ddiystyru hyn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="322"/>
        <source>Shortcut {key}.</source>
        <translation>Llwybr byr {key}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="325"/>
        <source>{name} ({key})
{detail}</source>
        <translation>{name} ({key})
{detail}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="338"/>
        <source>Warnings: {titles}</source>
        <translation>Rhybuddion: {titles}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="347"/>
        <source>No customer is open.</source>
        <translation>Nid oes cwsmer ar agor.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="376"/>
        <source>Please wait: the last contact is still being recorded.</source>
        <translation>Arhoswch: mae&apos;r cyswllt diwethaf yn dal i gael ei gofnodi.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="428"/>
        <source>{channel} not recorded: it is blocked.</source>
        <translation>Ni chofnodwyd {channel}: ni chaniateir y cyswllt.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="436"/>
        <source>Recorded {channel} at {time}, authorised by {leader}</source>
        <translation>Cofnodwyd {channel} am {time}, awdurdodwyd gan {leader}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="439"/>
        <source>Recorded {channel} at {time}, overriding the preference</source>
        <translation>Cofnodwyd {channel} am {time}, gan ddiystyru&apos;r dewis</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="442"/>
        <source>Recorded {channel} at {time}</source>
        <translation>Cofnodwyd {channel} am {time}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="491"/>
        <source>Inbound {channel} saved on this desktop</source>
        <translation>Cadwyd {channel} i mewn ar y bwrdd gwaith hwn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="496"/>
        <source>Logged inbound {channel} at {time}</source>
        <translation>Cofnodwyd {channel} i mewn am {time}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="519"/>
        <source>Call-back request saved on this desktop</source>
        <translation>Cadwyd y cais am alwad yn ôl ar y bwrdd gwaith hwn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="521"/>
        <source>Call-back due by {when}</source>
        <translation>Galwad yn ôl erbyn {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/action_bar.py" line="528"/>
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
        <location filename="../agent_desktop/ui/action_bar.py" line="542"/>
        <source>Not recorded: {message}</source>
        <translation>Ni chofnodwyd: {message}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="544"/>
        <source>The database cannot be reached, so nothing was recorded. Try again in a moment.</source>
        <translation>Methu cyrraedd y gronfa ddata, felly ni chofnodwyd dim. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="546"/>
        <source>Something went wrong, so nothing was recorded ({error}).</source>
        <translation>Aeth rhywbeth o&apos;i le, felly ni chofnodwyd dim ({error}).</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/action_bar.py" line="553"/>
        <source>{ref}: {text}</source>
        <translation>{ref}: {text}</translation>
    </message>
</context>
<context>
    <name>BlockedDialog</name>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="148"/>
        <source>{channel} is blocked</source>
        <translation>Cyswllt wedi&apos;i rwystro: {channel}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="152"/>
        <source>Blocked</source>
        <translation>Ni chaniateir</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="153"/>
        <source>This {channel} cannot go ahead now:</source>
        <translation>Ni chaniateir y cyswllt hwn ({channel}) nawr:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="160"/>
        <source>• {title}: {message}</source>
        <translation>• {title}: {message}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="166"/>
        <source>Next allowed {when}.</source>
        <translation>Caniateir eto: {when}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="169"/>
        <source>Time alone will not allow this.</source>
        <translation>Ni fydd aros yn caniatáu hyn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="175"/>
        <source>Allowed now: {channels}.</source>
        <translation>Caniateir nawr: {channels}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="176"/>
        <source>No channel is allowed now.</source>
        <translation>Ni chaniateir unrhyw sianel nawr.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="185"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="192"/>
        <source>No one can override this.</source>
        <translation>Ni all neb ddiystyru hyn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="195"/>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="197"/>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="212"/>
        <source>Override the customer&apos;s preference</source>
        <translation>Diystyru dewis y cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="216"/>
        <source>Reason for overriding</source>
        <translation>Rheswm dros ddiystyru</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="218"/>
        <source>For example: the customer asked on the phone to be emailed instead</source>
        <translation>Er enghraifft: gofynnodd y cwsmer ar y ffôn am gael e-bost yn lle hynny</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="219"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="222"/>
        <source>&amp;Override and record</source>
        <translation>&amp;Diystyru a chofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="223"/>
        <source>Override and record</source>
        <translation>Diystyru a chofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="232"/>
        <source>A team leader must authorise this contact</source>
        <translation>Rhaid i arweinydd tîm awdurdodi&apos;r cyswllt hwn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="235"/>
        <source>Team leader&apos;s username</source>
        <translation>Enw defnyddiwr yr arweinydd tîm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="240"/>
        <source>Team leader&apos;s reason</source>
        <translation>Rheswm yr arweinydd tîm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="241"/>
        <source>Team leader&apos;s &amp;username:</source>
        <translation>&amp;Enw defnyddiwr yr arweinydd tîm:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="243"/>
        <source>Their &amp;reason:</source>
        <translation>E&amp;u rheswm:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="247"/>
        <source>Record with &amp;authorisation</source>
        <translation>Cofnodi gydag &amp;awdurdodiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="248"/>
        <source>Record with authorisation</source>
        <translation>Cofnodi gydag awdurdodiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="306"/>
        <source>{username} is not a team leader or manager, so cannot authorise this contact.</source>
        <translation>Nid yw {username} yn arweinydd tîm nac yn rheolwr, felly ni all awdurdodi&apos;r cyswllt hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="309"/>
        <source>No member of staff has the username {username}.</source>
        <translation>Nid oes aelod o staff â&apos;r enw defnyddiwr {username}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="311"/>
        <source>Team leader&apos;s username: {message}</source>
        <translation>Enw defnyddiwr yr arweinydd tîm: {message}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="314"/>
        <source>Reason: {message}</source>
        <translation>Rheswm: {message}</translation>
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
        <location filename="../agent_desktop/ui/call_timer.py" line="50"/>
        <source>No call in progress</source>
        <extracomment>How long before the limit the timer warns, in minutes.</extracomment>
        <translation>Dim galwad ar y gweill</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="51"/>
        <source>Call time</source>
        <translation>Hyd yr alwad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="53"/>
        <source>Call limit</source>
        <translation>Terfyn yr alwad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="54"/>
        <source>Stop &amp;timer</source>
        <translation>S&amp;topio&apos;r amserydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="55"/>
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
        <location filename="../agent_desktop/ui/call_timer.py" line="116"/>
        <source>Call time {elapsed}</source>
        <translation>Hyd yr alwad: {elapsed}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="122"/>
        <source>Call limit reached</source>
        <translation>Wedi cyrraedd terfyn yr alwad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="128"/>
        <source>2 minutes left of the {n}-minute limit</source>
        <translation>Dau funud ar ôl o&apos;r terfyn o {n} munud</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="130"/>
        <source>1 minute left of the {n}-minute limit</source>
        <translation>Un munud ar ôl o&apos;r terfyn o {n} munud</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/call_timer.py" line="146"/>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="119"/>
        <source>Request call-back</source>
        <translation>Gofyn am alwad yn ôl</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="120"/>
        <source>&amp;Note for whoever returns the call (optional):</source>
        <translation>&amp;Nodyn i bwy bynnag fydd yn ffonio&apos;n ôl (dewisol):</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="121"/>
        <source>&amp;Request call-back</source>
        <translation>&amp;Gofyn am alwad yn ôl</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="122"/>
        <source>Call-back note</source>
        <translation>Nodyn galwad yn ôl</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="123"/>
        <source>Request the call-back</source>
        <translation>Gofyn am yr alwad yn ôl</translation>
    </message>
</context>
<context>
    <name>CardHeader</name>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="94"/>
        <source>Customer name</source>
        <translation>Enw&apos;r cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="99"/>
        <location filename="../agent_desktop/ui/card_sections.py" line="109"/>
        <source>Prefers Welsh</source>
        <translation>Dewis iaith: Cymraeg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="101"/>
        <source>The customer prefers Welsh: offer a Welsh speaker; letters and emails use the Welsh template.</source>
        <translation>Mae&apos;n well gan y cwsmer y Gymraeg: cynigiwch siaradwr Cymraeg; mae llythyrau a negeseuon e-bost yn defnyddio&apos;r templed Cymraeg.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="108"/>
        <source>Cymraeg</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="121"/>
        <source>Customer reference</source>
        <translation>Cyfeirnod y cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="123"/>
        <source>Phone numbers</source>
        <translation>Rhifau ffôn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="125"/>
        <source>Email addresses</source>
        <translation>Cyfeiriadau e-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="127"/>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="128"/>
        <source>Reference:</source>
        <translation>Cyfeirnod:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="129"/>
        <source>Phone:</source>
        <translation>Ffôn:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="130"/>
        <source>Email:</source>
        <translation>E-bost:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="131"/>
        <source>Address:</source>
        <translation>Cyfeiriad:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="148"/>
        <source>None recorded</source>
        <translation>Dim wedi&apos;i gofnodi</translation>
    </message>
</context>
<context>
    <name>CardSections</name>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="169"/>
        <source>Accessibility needs and reasonable adjustments</source>
        <translation>Anghenion hygyrchedd ac addasiadau rhesymol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="170"/>
        <source>Representative</source>
        <translation>Cynrychiolydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="171"/>
        <source>Contact preferences</source>
        <translation>Dewisiadau cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="172"/>
        <location filename="../agent_desktop/ui/card_sections.py" line="173"/>
        <location filename="../agent_desktop/ui/card_sections.py" line="259"/>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="202"/>
        <location filename="../agent_desktop/ui/card_sections.py" line="208"/>
        <source>None recorded</source>
        <translation>Dim wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="209"/>
        <source>{name} ({relationship})</source>
        <translation>{name} ({relationship})</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="213"/>
        <source>Phone: {phone}</source>
        <translation>Ffôn: {phone}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="214"/>
        <source>Email: {email}</source>
        <translation>E-bost: {email}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="215"/>
        <source>Contact only through them.</source>
        <translation>Cysylltu drwy&apos;r cynrychiolydd yn unig.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="221"/>
        <source>No preferences recorded — ask the customer how and how often they want to be kept informed.</source>
        <translation>Dim dewisiadau wedi&apos;u cofnodi — gofynnwch i&apos;r cwsmer sut a pha mor aml y mae am gael y wybodaeth ddiweddaraf.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="225"/>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="225"/>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="228"/>
        <source>Agreed on {date} with {name}.</source>
        <translation>Cytunwyd ar {date} gyda {name}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="231"/>
        <source>Agreed on {date}.</source>
        <translation>Cytunwyd ar {date}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="233"/>
        <source>Channels, in order of preference: {channels}</source>
        <translation>Sianeli, yn nhrefn blaenoriaeth: {channels}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="235"/>
        <source>Calls and texts welcome: {window}</source>
        <translation>Croeso i alwadau a negeseuon testun: {window}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="237"/>
        <source>Language: {language}</source>
        <translation>Iaith: {language}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="243"/>
        <source>No regular updates asked for</source>
        <translation>Dim cais am ddiweddariadau rheolaidd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="245"/>
        <source>Updates every day</source>
        <translation>Diweddariadau bob dydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="246"/>
        <source>Updates every {days} days</source>
        <translation>Diweddariadau bob {days} diwrnod</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="258"/>
        <source>No cases</source>
        <translation>Dim achosion</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="264"/>
        <source>Case {ref}</source>
        <translation>Achos {ref}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="272"/>
        <source>Stage: {stage}</source>
        <translation>Cam: {stage}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="275"/>
        <source>Target {date} (missed)</source>
        <translation>Targed {date} (wedi&apos;i fethu)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="277"/>
        <source>Target {date}</source>
        <translation>Targed {date}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="279"/>
        <source>Owner: {name}</source>
        <translation>Perchennog: {name}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="283"/>
        <source>What happens next: {steps}</source>
        <translation>Beth sy&apos;n digwydd nesaf: {steps}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="286"/>
        <source>In Welsh:</source>
        <translation>Yn Gymraeg:</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="98"/>
        <source>Central database</source>
        <translation>Cronfa ddata ganolog</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="101"/>
        <source>Connect to your contact centre&apos;s central database, or use the embedded database on this computer.</source>
        <translation>Cysylltwch â chronfa ddata ganolog eich canolfan gyswllt, neu defnyddiwch y gronfa ddata fewnol ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="105"/>
        <source>Use the &amp;embedded database on this computer</source>
        <translation>Defnyddio&apos;r gronfa ddata &amp;fewnol ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="106"/>
        <source>Use the embedded database</source>
        <translation>Defnyddio&apos;r gronfa ddata fewnol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="109"/>
        <source>Server host</source>
        <translation>Gwesteiwr y gweinydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="110"/>
        <source>for example db.example.org</source>
        <translation>er enghraifft db.example.org</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="113"/>
        <source>Port</source>
        <translation>Porth</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="115"/>
        <source>Database name</source>
        <translation>Enw&apos;r gronfa ddata</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="117"/>
        <source>User name</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="120"/>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="122"/>
        <source>TLS mode</source>
        <translation>Modd TLS</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="127"/>
        <source>&amp;Remember password in the system&apos;s credential store</source>
        <translation>C&amp;ofio&apos;r cyfrinair yn storfa manylion adnabod y system</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="128"/>
        <source>Remember password</source>
        <translation>Cofio&apos;r cyfrinair</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="132"/>
        <source>Test co&amp;nnection</source>
        <translation>P&amp;rofi&apos;r cysylltiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="133"/>
        <source>Test connection</source>
        <translation>Profi&apos;r cysylltiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="137"/>
        <source>Connection test result</source>
        <translation>Canlyniad profi&apos;r cysylltiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="142"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="148"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="149"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="151"/>
        <source>Cancel (Esc)</source>
        <translation>Canslo (Esc)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="152"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="159"/>
        <source>Server &amp;host</source>
        <translation>&amp;Gwesteiwr y gweinydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="159"/>
        <source>&amp;Port</source>
        <translation>&amp;Porth</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="160"/>
        <source>&amp;Database</source>
        <translation>Cronfa &amp;ddata</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="161"/>
        <source>&amp;User name</source>
        <translation>&amp;Enw defnyddiwr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="162"/>
        <source>Pass&amp;word</source>
        <translation>C&amp;yfrinair</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="163"/>
        <source>&amp;TLS mode</source>
        <translation>Modd &amp;TLS</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="195"/>
        <source>Disable: never encrypt</source>
        <translation>Analluogi: byth amgryptio</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="196"/>
        <source>Allow: encrypt only if the server insists</source>
        <translation>Caniatáu: amgryptio dim ond os yw&apos;r gweinydd yn mynnu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="197"/>
        <source>Prefer: encrypt when the server can</source>
        <translation>Ffafrio: amgryptio pan fo&apos;r gweinydd yn gallu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="198"/>
        <source>Require: always encrypt</source>
        <translation>Mynnu: amgryptio bob amser</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="199"/>
        <source>Verify CA: encrypt and check the certificate</source>
        <translation>Gwirio&apos;r CA: amgryptio a gwirio&apos;r dystysgrif</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="200"/>
        <source>Verify full: encrypt, check the certificate and host name</source>
        <translation>Gwirio&apos;n llawn: amgryptio, gwirio&apos;r dystysgrif ac enw&apos;r gwesteiwr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="223"/>
        <source>No credential store is available on this computer, so the password cannot be remembered: you will be asked for it each time the desktop starts. It is never written to a file.</source>
        <translation>Nid oes storfa manylion adnabod ar gael ar y cyfrifiadur hwn, felly ni ellir cofio&apos;r cyfrinair: gofynnir i chi amdano bob tro y bydd y bwrdd gwaith yn cychwyn. Nid yw byth yn cael ei ysgrifennu i ffeil.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="250"/>
        <source>Enter the server&apos;s host name, or choose the embedded database.</source>
        <translation>Rhowch enw gwesteiwr y gweinydd, neu dewiswch y gronfa ddata fewnol.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="252"/>
        <source>Enter the name of the database on the server.</source>
        <translation>Rhowch enw&apos;r gronfa ddata ar y gweinydd.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="254"/>
        <source>Enter your user name on the server.</source>
        <translation>Rhowch eich enw defnyddiwr ar y gweinydd.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="295"/>
        <source>The embedded database needs no test.</source>
        <translation>Nid oes angen profi&apos;r gronfa ddata fewnol.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="303"/>
        <source>Connecting to {where}…</source>
        <translation>Yn cysylltu â {where}…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="306"/>
        <source>Connected to {where} (PostgreSQL {version}).</source>
        <translation>Wedi cysylltu â {where} (PostgreSQL {version}).</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="309"/>
        <source>Could not connect to {where}: {reason}</source>
        <translation>Methu cysylltu â {where}: {reason}</translation>
    </message>
</context>
<context>
    <name>CustomerCardPanel</name>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="64"/>
        <source>Customer card</source>
        <translation>Cerdyn cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="76"/>
        <location filename="../agent_desktop/ui/customer_card.py" line="189"/>
        <source>No customer open</source>
        <translation>Dim cwsmer ar agor</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="78"/>
        <source>Customer card status</source>
        <translation>Statws y cerdyn cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="87"/>
        <source>Restrictions</source>
        <translation>Cyfyngiadau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="90"/>
        <source>Warnings</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="102"/>
        <location filename="../agent_desktop/ui/customer_card.py" line="241"/>
        <source>Contact history (newest first)</source>
        <translation>Hanes cyswllt (y diweddaraf yn gyntaf)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="114"/>
        <source>Contact history</source>
        <translation>Hanes cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="116"/>
        <source>Contacts with the customer, newest first: when, channel, direction, staff and what was said.</source>
        <translation>Cysylltiadau â&apos;r cwsmer, y diweddaraf yn gyntaf: pryd, sianel, i mewn neu allan, staff a beth a ddywedwyd.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="171"/>
        <source>Loading the card of {ref}…</source>
        <translation>Wrthi&apos;n llwytho cerdyn {ref}…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="209"/>
        <source>No customer has the reference {ref}.</source>
        <translation>Nid oes cwsmer â&apos;r cyfeirnod {ref}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="221"/>
        <source>The card of {ref} is not kept on this desktop, and the central database cannot be reached. It opens when the connection is back.</source>
        <translation>Nid yw cerdyn {ref} yn cael ei gadw ar y bwrdd gwaith hwn, ac ni ellir cyrraedd y gronfa ddata ganolog. Bydd yn agor pan fydd y cysylltiad yn ôl.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="225"/>
        <source>Could not read the card of {ref}: the database did not answer. Try again in a moment.</source>
        <translation>Methu darllen cerdyn {ref}: ni atebodd y gronfa ddata. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="242"/>
        <source>Contact history: no contacts recorded</source>
        <translation>Hanes cyswllt: dim cysylltiadau wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="269"/>
        <source>{sentence} Reason: {reason} (decided by {name}; review by {date})</source>
        <translation>{sentence} Rheswm: {reason} (penderfynwyd gan {name}; adolygu erbyn {date})</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="282"/>
        <source>Restrictions: {text}</source>
        <translation>Cyfyngiadau: {text}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/customer_card.py" line="284"/>
        <source>Warnings: {text}</source>
        <translation>Rhybuddion: {text}</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="102"/>
        <location filename="../agent_desktop/ui/find_panel.py" line="111"/>
        <source>Find customer</source>
        <translation>Chwilio am gwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="109"/>
        <source>Reference, name, phone or email</source>
        <translation>Cyfeirnod, enw, ffôn neu e-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="113"/>
        <source>Type a reference, a name, a phone number in any form or an email address. Press Down to move to the results and Enter to open a customer.</source>
        <translation>Teipiwch gyfeirnod, enw, rhif ffôn ar unrhyw ffurf neu gyfeiriad e-bost. Pwyswch y saeth i lawr i symud i&apos;r canlyniadau ac Enter i agor cwsmer.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="115"/>
        <source>Find a customer ({shortcut})</source>
        <translation>Chwilio am gwsmer ({shortcut})</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="116"/>
        <source>&amp;Find customer ({shortcut})</source>
        <translation>&amp;Chwilio am gwsmer ({shortcut})</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="122"/>
        <source>Matching customers</source>
        <translation>Cwsmeriaid sy&apos;n cyfateb</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="126"/>
        <source>Press Enter to open the selected customer, Up from the first to return to the search.</source>
        <translation>Pwyswch Enter i agor y cwsmer a ddewiswyd, neu&apos;r saeth i fyny o&apos;r cyntaf i fynd yn ôl i&apos;r chwiliad.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="243"/>
        <source>No customer found</source>
        <translation>Ni chanfuwyd cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="257"/>
        <source>Could not search: the database did not answer. Try again.</source>
        <translation>Methu chwilio: ni atebodd y gronfa ddata. Rhowch gynnig arall arni.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/find_panel.py" line="262"/>
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
        <location filename="../agent_desktop/ui/find_panel.py" line="263"/>
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
        <location filename="../agent_desktop/ui/find_panel.py" line="71"/>
        <source>{name} · {ref}</source>
        <translation>{name} · {ref}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/find_panel.py" line="73"/>
        <source>{name}, reference {ref}</source>
        <translation>{name}, cyfeirnod {ref}</translation>
    </message>
</context>
<context>
    <name>InboundDialog</name>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="34"/>
        <source>Log inbound contact</source>
        <extracomment>The channels a customer reaches us on, in the order the dialog offers them.</extracomment>
        <translation>Cofnodi cyswllt i mewn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="36"/>
        <source>&amp;Phone call</source>
        <translation>&amp;Galwad ffôn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="36"/>
        <source>Phone call</source>
        <translation>Galwad ffôn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="37"/>
        <source>&amp;Email</source>
        <translation>&amp;E-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="37"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="38"/>
        <source>&amp;Letter</source>
        <translation>&amp;Llythyr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="38"/>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="39"/>
        <source>Office &amp;visit</source>
        <translation>&amp;Ymweliad â&apos;r swyddfa</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="39"/>
        <source>Office visit</source>
        <translation>Ymweliad â&apos;r swyddfa</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="40"/>
        <source>Social &amp;media message</source>
        <translation>&amp;Neges cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="40"/>
        <source>Social media message</source>
        <translation>Neges cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="42"/>
        <source>How did the customer contact us?</source>
        <translation>Sut cysylltodd y cwsmer â ni?</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="57"/>
        <source>Summary of the contact</source>
        <translation>Crynodeb o&apos;r cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="58"/>
        <source>Required</source>
        <translation>Gofynnol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="59"/>
        <source>&amp;Summary (required):</source>
        <translation>C&amp;rynodeb (gofynnol):</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="63"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="64"/>
        <source>Log &amp;contact</source>
        <translation>&amp;Cofnodi&apos;r cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/inbound_dialog.py" line="65"/>
        <source>Log the contact</source>
        <translation>Cofnodi&apos;r cyswllt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="52"/>
        <source>Agent desktop — {name}</source>
        <translation>Bwrdd gwaith asiant — {name}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="93"/>
        <source>Embedded database</source>
        <translation>Cronfa ddata fewnol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="94"/>
        <source>Central database</source>
        <translation>Cronfa ddata ganolog</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="95"/>
        <source>Signed in as {name} ({username}) · {role}</source>
        <translation>Wedi mewngofnodi fel {name} ({username}) · {role}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="99"/>
        <source>Signed in</source>
        <translation>Wedi mewngofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="100"/>
        <source>{database}: connecting…</source>
        <translation>{database}: yn cysylltu…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="101"/>
        <source>{database}: connected</source>
        <translation>{database}: wedi cysylltu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="103"/>
        <source>Database state</source>
        <translation>Statws y gronfa ddata</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="107"/>
        <source>Offline</source>
        <translation>All-lein</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="125"/>
        <source>&amp;Go</source>
        <translation>My&amp;nd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="127"/>
        <source>Work &amp;queue</source>
        <translation>Ciw g&amp;waith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="128"/>
        <source>Customer &amp;card</source>
        <translation>Cer&amp;dyn cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="129"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="132"/>
        <source>&amp;Quit</source>
        <translation>Gada&amp;el</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="133"/>
        <source>Co&amp;ntact</source>
        <translation>C&amp;yswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="135"/>
        <source>&amp;View</source>
        <translation>&amp;Golwg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="136"/>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="137"/>
        <source>&amp;English</source>
        <translation>&amp;Saesneg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="138"/>
        <source>&amp;Cymraeg</source>
        <translation>&amp;Cymraeg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="139"/>
        <source>Central &amp;server…</source>
        <translation>&amp;Gweinydd canolog…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="141"/>
        <source>&amp;Help</source>
        <translation>Cymo&amp;rth</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="142"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="156"/>
        <source>No customer has the reference {ref}</source>
        <translation>Nid oes cwsmer â&apos;r cyfeirnod {ref}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="194"/>
        <source>This desktop could not be brought up to date ({error}); trying again. Tell IT support if this stays.</source>
        <translation>Nid oedd modd diweddaru&apos;r bwrdd gwaith hwn ({error}); yn rhoi cynnig arall arni. Rhowch wybod i&apos;r tîm TG os yw hyn yn parhau.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="208"/>
        <source>never</source>
        <translation>byth</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="210"/>
        <source>Central database: up to date as of {time}</source>
        <translation>Cronfa ddata ganolog: yn gyfredol am {time}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="213"/>
        <source>Offline since {since}, showing data as of {time}</source>
        <translation>All-lein ers {since}, yn dangos data o {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/main_window.py" line="216"/>
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
        <location filename="../agent_desktop/ui/main_window.py" line="218"/>
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
        <location filename="../agent_desktop/ui/main_window.py" line="229"/>
        <source>Database: could not load {what}</source>
        <translation>Cronfa ddata: methu llwytho {what}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="235"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="236"/>
        <source>The new language is used the next time you open the window.</source>
        <translation>Bydd yr iaith newydd yn cael ei defnyddio y tro nesaf y byddwch yn agor y ffenestr.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/main_window.py" line="241"/>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr bysellfwrdd</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="88"/>
        <source>New customer</source>
        <translation>Cwsmer newydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="94"/>
        <source>No customer has the number {number}. Create a new customer?</source>
        <translation>Nid oes cwsmer â&apos;r rhif {number}. Creu cwsmer newydd?</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="96"/>
        <source>Create a new customer.</source>
        <translation>Creu cwsmer newydd.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="99"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="101"/>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="102"/>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="237"/>
        <source>Any written form, for example 029 2018 0123</source>
        <translation>Unrhyw ffurf ysgrifenedig, er enghraifft 029 2018 0123</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="104"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="106"/>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="114"/>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="114"/>
        <source>&amp;Phone</source>
        <translation>&amp;Ffôn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="115"/>
        <source>&amp;Email</source>
        <translation>E-&amp;bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="115"/>
        <source>&amp;Address</source>
        <translation>C&amp;yfeiriad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="123"/>
        <source>&amp;Create customer</source>
        <translation>&amp;Creu cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="124"/>
        <source>Create customer</source>
        <translation>Creu cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="126"/>
        <source>Cancel (Esc)</source>
        <translation>Canslo (Esc)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="127"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="196"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>Rhowch enw&apos;r cwsmer.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="198"/>
        <source>This is not a phone number that can be dialled. Type it in any written form, for example 029 2018 0123 or +44 29 2018 0123.</source>
        <translation>Nid yw hwn yn rhif ffôn y gellir ei ddeialu. Teipiwch ef ar unrhyw ffurf ysgrifenedig, er enghraifft 029 2018 0123 neu +44 29 2018 0123.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="200"/>
        <source>This is not an email address. It looks like name@example.org.</source>
        <translation>Nid yw hwn yn gyfeiriad e-bost. Mae cyfeiriad e-bost yn edrych fel enw@example.org.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="201"/>
        <source>The address is too long: shorten it to 2,000 characters.</source>
        <translation>Mae&apos;r cyfeiriad yn rhy hir: byrhewch ef i 2,000 nod.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="203"/>
        <source>Check this entry.</source>
        <translation>Gwiriwch y cofnod hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/new_customer_dialog.py" line="257"/>
        <source>The customer could not be saved: the database did not answer. Nothing was saved; try again.</source>
        <translation>Methu cadw&apos;r cwsmer: ni atebodd y gronfa ddata. Ni chadwyd dim; rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>OutreachDialogs</name>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="75"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="332"/>
        <source>Central database password</source>
        <translation>Cyfrinair y gronfa ddata ganolog</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="333"/>
        <source>Enter the password for {where}.</source>
        <translation>Rhowch y cyfrinair ar gyfer {where}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="337"/>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="338"/>
        <source>Pass&amp;word</source>
        <translation>C&amp;yfrinair</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="341"/>
        <source>&amp;Remember password in the system&apos;s credential store</source>
        <translation>C&amp;ofio&apos;r cyfrinair yn storfa manylion adnabod y system</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="342"/>
        <source>Remember password</source>
        <translation>Cofio&apos;r cyfrinair</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="348"/>
        <source>No credential store is available on this computer: you will be asked for the password each time the desktop starts.</source>
        <translation>Nid oes storfa manylion adnabod ar gael ar y cyfrifiadur hwn: gofynnir i chi am y cyfrinair bob tro y bydd y bwrdd gwaith yn cychwyn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="357"/>
        <source>&amp;Connect</source>
        <translation>&amp;Cysylltu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="358"/>
        <source>Connect</source>
        <translation>Cysylltu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="360"/>
        <source>Cancel (Esc)</source>
        <translation>Canslo (Esc)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="361"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>PopController</name>
    <message>
        <location filename="../agent_desktop/ui/screen_pop.py" line="63"/>
        <source>Number withheld or not recognised</source>
        <translation>Rhif wedi&apos;i atal neu heb ei adnabod</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/screen_pop.py" line="95"/>
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
        <location filename="../agent_desktop/ui/screen_pop.py" line="98"/>
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
        <location filename="../agent_desktop/ui/screen_pop.py" line="111"/>
        <source>Could not look up the caller: the database did not answer. Press Enter to try again.</source>
        <translation>Methu chwilio am y galwr: ni atebodd y gronfa ddata. Pwyswch Enter i roi cynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="101"/>
        <source>&amp;Work queue</source>
        <translation>Ciw g&amp;waith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="107"/>
        <source>Loading the work queue…</source>
        <translation>Wrthi&apos;n llwytho&apos;r ciw gwaith…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="109"/>
        <source>Work queue count</source>
        <translation>Nifer yn y ciw gwaith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="110"/>
        <source>Refresh (F5)</source>
        <translation>Adnewyddu (F5)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="111"/>
        <source>Refresh the work queue</source>
        <translation>Adnewyddu&apos;r ciw gwaith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="112"/>
        <source>Load the work queue again (F5)</source>
        <translation>Llwytho&apos;r ciw gwaith eto (F5)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="120"/>
        <source>&amp;Mine</source>
        <translation>Fy eite&amp;mau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="120"/>
        <source>Mine</source>
        <translation>Fy eitemau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="121"/>
        <source>Show work assigned to you</source>
        <translation>Dangos gwaith sydd wedi&apos;i neilltuo i chi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="123"/>
        <source>Show your team&apos;s work</source>
        <translation>Dangos gwaith eich tîm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="125"/>
        <source>Show only overdue work</source>
        <translation>Dangos gwaith sydd dros amser yn unig</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="127"/>
        <source>Show only work due today</source>
        <translation>Dangos gwaith sy&apos;n ddyledus heddiw yn unig</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="122"/>
        <source>My team</source>
        <translation>Eitemau&apos;r tîm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="122"/>
        <source>M&amp;y team</source>
        <translation>Eitema&amp;u&apos;r tîm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="124"/>
        <source>&amp;Overdue</source>
        <translation>Dr&amp;os amser</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="124"/>
        <source>Overdue</source>
        <translation>Dros amser</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="126"/>
        <source>Due to&amp;day</source>
        <translation>Erbyn hed&amp;diw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="126"/>
        <source>Due today</source>
        <translation>Erbyn heddiw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="139"/>
        <source>Reference, case or name</source>
        <translation>Cyfeirnod, achos neu enw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="141"/>
        <source>Filter queue</source>
        <translation>Hidlo&apos;r ciw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="143"/>
        <source>Narrows the queue to a customer reference, a case reference or a customer&apos;s name.</source>
        <translation>Yn cyfyngu&apos;r ciw i gyfeirnod cwsmer, cyfeirnod achos neu enw cwsmer.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="144"/>
        <source>Filter &amp;queue:</source>
        <translation>&amp;Hidlo&apos;r ciw:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="146"/>
        <source>Filter the queue by reference, case or name</source>
        <translation>Hidlo&apos;r ciw yn ôl cyfeirnod, achos neu enw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="151"/>
        <source>Work queue</source>
        <translation>Ciw gwaith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="153"/>
        <source>Open work, soonest due first. Press Enter to open the customer of the selected item.</source>
        <translation>Gwaith agored, gyda&apos;r dyddiad erbyn agosaf yn gyntaf. Pwyswch Enter i agor cwsmer yr eitem a ddewiswyd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../agent_desktop/ui/queue_panel.py" line="291"/>
        <source>%n item(s), {overdue} overdue</source>
        <translation>
            <numerusform>%n eitem, {overdue} dros amser</numerusform>
            <numerusform>%n eitem, {overdue} dros amser</numerusform>
            <numerusform>%n eitem, {overdue} dros amser</numerusform>
            <numerusform>%n eitem, {overdue} dros amser</numerusform>
            <numerusform>%n eitem, {overdue} dros amser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="298"/>
        <source>Could not load the work queue: the database did not answer. Press F5 to try again.</source>
        <translation>Methu llwytho&apos;r ciw gwaith: ni atebodd y gronfa ddata. Pwyswch F5 i roi cynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="303"/>
        <source>the work queue</source>
        <translation>y ciw gwaith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/queue_panel.py" line="306"/>
        <source>Some rows could not be loaded: press F5 to try again.</source>
        <translation>Methu llwytho rhai rhesi: pwyswch F5 i roi cynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="22"/>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="31"/>
        <source>No contact preferences are recorded; until they are, only {channels} may be used. Ask the customer and record their choice.</source>
        <translation>Nid oes dewisiadau cyswllt wedi&apos;u cofnodi; nes eu bod, dim ond {channels} y gellir eu defnyddio. Gofynnwch i&apos;r cwsmer a chofnodwch ei ddewis.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="35"/>
        <source>The customer has not agreed to {channel}; they agreed to {channels}.</source>
        <translation>Nid yw&apos;r cwsmer wedi cytuno i&apos;r sianel hon ({channel}); cytunodd i: {channels}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="39"/>
        <source>The customer asked for an update every {days} days and was last contacted {last}; the next update is due {due}.</source>
        <translation>Gofynnodd y cwsmer am ddiweddariad bob {days} diwrnod a chysylltwyd ag ef ddiwethaf {last}; mae&apos;r diweddariad nesaf yn ddyledus {due}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="43"/>
        <source>The customer agreed to calls and texts only {window}.</source>
        <translation>Cytunodd y cwsmer i alwadau a negeseuon testun yn unig {window}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="46"/>
        <source>Contact must go through the representative, {name}, not the customer.</source>
        <translation>Rhaid cysylltu drwy&apos;r cynrychiolydd, {name}, nid y cwsmer.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="49"/>
        <source>Contact is restricted to {channels}: {channel} may not be used.</source>
        <translation>Sianeli a ganiateir: {channels}. Ni ellir defnyddio&apos;r sianel hon: {channel}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="53"/>
        <source>Contact is limited to {limit} in any {days} days ({channels}) and {used} already happened in that time.</source>
        <translation>Mae cyswllt wedi&apos;i gyfyngu i {limit} mewn unrhyw {days} diwrnod ({channels}) ac mae {used} eisoes wedi digwydd yn yr amser hwnnw.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="56"/>
        <source>any channel</source>
        <translation>unrhyw sianel</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="59"/>
        <source>Only the named contact, {staff} (deputy: {deputy}), may contact this customer.</source>
        <translation>Dim ond y cyswllt penodol, {staff} (dirprwy: {deputy}), gaiff gysylltu â&apos;r cwsmer hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="61"/>
        <source>Only the named contact, {staff}, may contact this customer.</source>
        <translation>Dim ond y cyswllt penodol, {staff}, gaiff gysylltu â&apos;r cwsmer hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="64"/>
        <source>Calls and texts are permitted only {window}.</source>
        <translation>Caniateir galwadau a negeseuon testun yn unig {window}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="67"/>
        <source>No one but a team leader may contact this customer.</source>
        <translation>Dim ond arweinydd tîm gaiff gysylltu â&apos;r cwsmer hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="69"/>
        <source>This customer may not be offered an office appointment.</source>
        <translation>Ni ellir cynnig apwyntiad yn y swyddfa i&apos;r cwsmer hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="71"/>
        <source>No customer has this reference.</source>
        <translation>Nid oes gan unrhyw gwsmer y cyfeirnod hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="73"/>
        <source>The central database cannot be reached: outreach waits until it can.</source>
        <translation>Methu cyrraedd y gronfa ddata ganolog: rhaid aros cyn cysylltu â chwsmeriaid.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="76"/>
        <source>No contact preferences are recorded: ask how and how often the customer wants to be kept informed, and record it.</source>
        <translation>Nid oes dewisiadau cyswllt wedi&apos;u cofnodi: gofynnwch sut a pha mor aml y mae&apos;r cwsmer am gael y wybodaeth ddiweddaraf, a chofnodwch hynny.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="79"/>
        <source>The customer prefers Welsh: offer a Welsh speaker; letters and emails use the Welsh template.</source>
        <translation>Mae&apos;n well gan y cwsmer y Gymraeg: cynigiwch siaradwr Cymraeg; mae llythyrau ac e-byst yn defnyddio&apos;r templed Cymraeg.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="83"/>
        <source>Accessibility needs and reasonable adjustments: {needs}.</source>
        <translation>Anghenion hygyrchedd ac addasiadau rhesymol: {needs}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="86"/>
        <source>Calls with this customer are limited to {minutes} minutes.</source>
        <translation>Mae galwadau gyda&apos;r cwsmer hwn wedi&apos;u cyfyngu i {minutes} munud.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="89"/>
        <source>This customer has been warned about their behaviour: {reason}</source>
        <translation>Mae&apos;r cwsmer hwn wedi cael rhybudd am ei ymddygiad: {reason}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/reason_words.py" line="92"/>
        <source>A restriction was due for review on {date} and still applies: ask a team leader to review it.</source>
        <translation>Roedd cyfyngiad i fod i gael ei adolygu ar {date} ac mae&apos;n dal i fod yn weithredol: gofynnwch i arweinydd tîm ei adolygu.</translation>
    </message>
</context>
<context>
    <name>RestrictionWords</name>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="32"/>
        <source>calls</source>
        <translation>galwadau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="33"/>
        <source>emails</source>
        <translation>negeseuon e-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="34"/>
        <source>letters</source>
        <translation>llythyrau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="35"/>
        <source>text messages</source>
        <translation>negeseuon testun</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="36"/>
        <source>social media messages</source>
        <translation>negeseuon cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="37"/>
        <source>office visits</source>
        <translation>ymweliadau â&apos;r swyddfa</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="44"/>
        <source>call</source>
        <translation>galwad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="45"/>
        <source>email</source>
        <translation>e-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="46"/>
        <source>letter</source>
        <translation>llythyr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="47"/>
        <source>text message</source>
        <translation>neges destun</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="48"/>
        <source>social media message</source>
        <translation>neges cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="49"/>
        <source>office visit</source>
        <translation>ymweliad â&apos;r swyddfa</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="51"/>
        <source>contact</source>
        <translation>cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="62"/>
        <source>{items} and {last}</source>
        <translation>{items} a {last}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="75"/>
        <source>any day</source>
        <translation>unrhyw ddiwrnod</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="87"/>
        <source>{name}, {reach}</source>
        <translation>{name}, {reach}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="98"/>
        <source>Contacts by {channels}</source>
        <translation>Cysylltiadau ({channels})</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="102"/>
        <source>Contacts</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="106"/>
        <source>{things} limited to {limit} a week</source>
        <translation>{things} wedi&apos;u cyfyngu i {limit} yr wythnos</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="107"/>
        <source>this week</source>
        <translation>yr wythnos hon</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="109"/>
        <source>{things} limited to {limit} a day</source>
        <translation>{things} wedi&apos;u cyfyngu i {limit} y dydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="110"/>
        <source>today</source>
        <translation>heddiw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="112"/>
        <source>{things} limited to {limit} in any {days} days</source>
        <translation>{things} wedi&apos;u cyfyngu i {limit} mewn unrhyw gyfnod o {days} diwrnod</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="113"/>
        <source>in the last {days} days</source>
        <translation>yn ystod y {days} diwrnod diwethaf</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="118"/>
        <source>{head}, in or out</source>
        <translation>{head}, i mewn neu allan</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="121"/>
        <source>used {period}</source>
        <translation>defnyddiwyd {period}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="123"/>
        <source>{used} of {limit} used {period}</source>
        <translation>defnyddiwyd {used} o {limit} {period}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="126"/>
        <source>next {contact} allowed {when}</source>
        <translation>caniateir {contact} arall: {when}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="128"/>
        <source>{head}: {usage}, {after}.</source>
        <translation>{head}: {usage}, {after}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="130"/>
        <source>{head}: {usage}.</source>
        <translation>{head}: {usage}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="138"/>
        <source>{channels} only.</source>
        <translation>{channels} yn unig.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="145"/>
        <source>Named contact: {person} (deputy: {deputy}).</source>
        <translation>Cyswllt penodol: {person} (dirprwy: {deputy}).</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="148"/>
        <source>Named contact: {person}.</source>
        <translation>Cyswllt penodol: {person}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="152"/>
        <source>Calls and texts only {window}.</source>
        <translation>Galwadau a negeseuon testun yn unig: {window}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="158"/>
        <source>Calls limited to 1 minute.</source>
        <translation>Galwadau wedi&apos;u cyfyngu i 1 munud.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="159"/>
        <source>Calls limited to {minutes} minutes.</source>
        <translation>Galwadau wedi&apos;u cyfyngu i {minutes} munud.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="163"/>
        <source>No contact: only a team leader may contact this customer.</source>
        <translation>Dim cyswllt: dim ond arweinydd tîm a gaiff gysylltu â&apos;r cwsmer hwn.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="166"/>
        <source>Contact only through {name}.</source>
        <translation>Cysylltu drwy {name} yn unig.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="169"/>
        <source>No office visits.</source>
        <translation>Dim ymweliadau â&apos;r swyddfa.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="171"/>
        <source>Letters and emails are read and filed: no reply is sent.</source>
        <translation>Caiff llythyrau a negeseuon e-bost eu darllen a&apos;u ffeilio: ni anfonir ateb.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="174"/>
        <source>Behaviour warning: {reason}</source>
        <translation>Rhybudd ymddygiad: {reason}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="177"/>
        <source>Two staff must be present at any appointment.</source>
        <translation>Rhaid i ddau aelod o staff fod yn bresennol mewn unrhyw apwyntiad.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/restriction_words.py" line="187"/>
        <source>Review overdue since {date}.</source>
        <translation>Adolygiad yn hwyr ers {date}.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../agent_desktop/ui/sign_in.py" line="35"/>
        <source>Sign in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/sign_in.py" line="36"/>
        <source>Choose your name to sign in to the embedded database.</source>
        <translation>Dewiswch eich enw i fewngofnodi i&apos;r gronfa ddata fewnol.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/sign_in.py" line="38"/>
        <source>Choose your name to sign in to the central database.</source>
        <translation>Dewiswch eich enw i fewngofnodi i&apos;r gronfa ddata ganolog.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/sign_in.py" line="41"/>
        <source>Type to filter</source>
        <translation>Teipiwch i hidlo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/sign_in.py" line="42"/>
        <source>Filter staff</source>
        <translation>Hidlo staff</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/sign_in.py" line="50"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/sign_in.py" line="52"/>
        <source>&amp;Staff</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/sign_in.py" line="57"/>
        <source>Sign &amp;in</source>
        <translation>&amp;Mewngofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/sign_in.py" line="83"/>
        <source>Could not load the staff list</source>
        <translation>Methu llwytho&apos;r rhestr staff</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="103"/>
        <source>Record {channel}</source>
        <translation>Cofnodi {channel}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="104"/>
        <source>One-line &amp;summary of this contact:</source>
        <translation>C&amp;rynodeb un llinell o&apos;r cyswllt hwn:</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="105"/>
        <source>&amp;Record</source>
        <translation>&amp;Cofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="106"/>
        <source>Summary of the contact</source>
        <translation>Crynodeb o&apos;r cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/outreach_dialogs.py" line="107"/>
        <source>Record the contact</source>
        <translation>Cofnodi&apos;r cyswllt</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="16"/>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="17"/>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="18"/>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="19"/>
        <source>Text message</source>
        <translation>Neges destun</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="20"/>
        <source>Social media message</source>
        <translation>Neges cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="21"/>
        <source>Office appointment</source>
        <translation>Apwyntiad yn y swyddfa</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="28"/>
        <source>Call-back</source>
        <translation>Galwad yn ôl</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="29"/>
        <source>Acknowledge email</source>
        <translation>Cydnabod e-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="30"/>
        <source>Reply to email</source>
        <translation>Ateb e-bost</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="31"/>
        <source>Progress update due</source>
        <translation>Diweddariad ar gynnydd yn ddyledus</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="32"/>
        <source>Delay notice</source>
        <translation>Hysbysiad oedi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="33"/>
        <source>Send restriction notice</source>
        <translation>Anfon hysbysiad cyfyngiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="34"/>
        <source>Review restriction</source>
        <translation>Adolygu cyfyngiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="35"/>
        <source>Restriction challenge</source>
        <translation>Her i gyfyngiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="36"/>
        <source>Check for new information</source>
        <translation>Gwirio am wybodaeth newydd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="37"/>
        <source>Appointment</source>
        <translation>Apwyntiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="44"/>
        <source>Agent</source>
        <translation>Asiant</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="45"/>
        <source>Team leader</source>
        <translation>Arweinydd tîm</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="46"/>
        <source>Manager</source>
        <translation>Rheolwr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="47"/>
        <source>Visits officer</source>
        <translation>Swyddog ymweliadau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="48"/>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="55"/>
        <source>Enquiry</source>
        <translation>Ymholiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="56"/>
        <source>Assessment</source>
        <translation>Asesiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="57"/>
        <source>Investigation</source>
        <translation>Ymchwiliad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="58"/>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="59"/>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="60"/>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="68"/>
        <source>Large print</source>
        <translation>Print bras</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="69"/>
        <source>Braille</source>
        <translation>Braille</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="70"/>
        <source>Easy read</source>
        <translation>Hawdd ei ddeall</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="71"/>
        <source>Audio</source>
        <translation>Sain</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="72"/>
        <source>BSL interpreter</source>
        <translation>Dehonglydd BSL</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="73"/>
        <source>Text relay</source>
        <translation>Cyfnewid testun (Text Relay)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="74"/>
        <source>More time</source>
        <translation>Rhagor o amser</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="82"/>
        <source>Channel not agreed</source>
        <translation>Sianel heb ei chytuno</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="83"/>
        <source>Updated recently</source>
        <translation>Diweddarwyd yn ddiweddar</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="84"/>
        <source>Outside agreed hours</source>
        <translation>Y tu allan i&apos;r oriau a gytunwyd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="85"/>
        <source>Channel restricted</source>
        <translation>Sianel dan gyfyngiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="86"/>
        <source>Contact limit reached</source>
        <translation>Wedi cyrraedd y terfyn cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="87"/>
        <source>Named contact only</source>
        <translation>Cyswllt penodol yn unig</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="88"/>
        <source>Outside permitted times</source>
        <translation>Y tu allan i&apos;r amseroedd a ganiateir</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="89"/>
        <source>No contact</source>
        <translation>Dim cyswllt</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="90"/>
        <source>Through representative only</source>
        <translation>Drwy gynrychiolydd yn unig</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="91"/>
        <source>No office visits</source>
        <translation>Dim ymweliadau â&apos;r swyddfa</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="92"/>
        <source>Central database unreachable</source>
        <translation>Methu cyrraedd y gronfa ddata ganolog</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="93"/>
        <source>Unknown customer</source>
        <translation>Cwsmer anhysbys</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="94"/>
        <source>Welsh preferred</source>
        <translation>Dewis iaith: Cymraeg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="95"/>
        <source>Accessibility needs</source>
        <translation>Anghenion hygyrchedd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="96"/>
        <source>Preferences not recorded</source>
        <translation>Dewisiadau heb eu cofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="97"/>
        <source>Call length limited</source>
        <translation>Hyd galwadau wedi&apos;i gyfyngu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="98"/>
        <source>Behaviour warning</source>
        <translation>Rhybudd ymddygiad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="99"/>
        <source>Review overdue</source>
        <translation>Adolygiad yn hwyr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="100"/>
        <source>Conflicts with a reasonable adjustment</source>
        <translation>Yn gwrthdaro ag addasiad rhesymol</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="108"/>
        <source>Mon</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="108"/>
        <source>Tue</source>
        <translation>Maw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="109"/>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="109"/>
        <source>Thu</source>
        <translation>Iau</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="110"/>
        <source>Fri</source>
        <translation>Gwe</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="110"/>
        <source>Sat</source>
        <translation>Sad</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="111"/>
        <source>Sun</source>
        <translation>Sul</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="118"/>
        <source>Jan</source>
        <translation>Ion</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="118"/>
        <source>Feb</source>
        <translation>Chwef</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="119"/>
        <source>Mar</source>
        <translation>Maw</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="119"/>
        <source>Apr</source>
        <translation>Ebr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="120"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="120"/>
        <source>Jun</source>
        <translation>Meh</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="121"/>
        <source>Jul</source>
        <translation>Gorff</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="121"/>
        <source>Aug</source>
        <translation>Awst</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="122"/>
        <source>Sep</source>
        <translation>Medi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="122"/>
        <source>Oct</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="123"/>
        <source>Nov</source>
        <translation>Tach</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="123"/>
        <source>Dec</source>
        <translation>Rhag</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="143"/>
        <source>{days}d</source>
        <translation>{days} diwrnod</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="145"/>
        <source>{days}d {hours}h</source>
        <translation>{days} diwrnod {hours} awr</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="147"/>
        <source>{hours}h {minutes}m</source>
        <translation>{hours} awr {minutes} mun</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="150"/>
        <source>{minutes}m</source>
        <translation>{minutes} mun</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="152"/>
        <source>{span} overdue</source>
        <translation>{span} dros amser</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/texts.py" line="153"/>
        <source>{span} left</source>
        <translation>{span} ar ôl</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="304"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="304"/>
        <source>Channel</source>
        <translation>Sianel</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="304"/>
        <source>Direction</source>
        <translation>I mewn/allan</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="305"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="305"/>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="321"/>
        <source>In</source>
        <translation>I mewn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="323"/>
        <source>Out (reply)</source>
        <translation>Allan (ateb)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="325"/>
        <source>Out</source>
        <translation>Allan</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="326"/>
        <source>waiting to send</source>
        <translation>yn aros i&apos;w anfon</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="328"/>
        <source>override: {reason}</source>
        <translation>diystyru: {reason}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="330"/>
        <source>authorised by {name}</source>
        <translation>awdurdodwyd gan {name}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="332"/>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/card_sections.py" line="347"/>
        <source>{when}, {channel}, {direction}, {staff}: {summary}</source>
        <translation>{when}, {channel}, {direction}, {staff}: {summary}</translation>
    </message>
</context>
<context>
    <name>UnreachableMessage</name>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="392"/>
        <source>Central database unreachable</source>
        <translation>Methu cyrraedd y gronfa ddata ganolog</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="393"/>
        <source>The central database at {where} could not be opened.</source>
        <translation>Methu agor y gronfa ddata ganolog yn {where}.</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="396"/>
        <source>Connection &amp;settings…</source>
        <translation>&amp;Gosodiadau cysylltu…</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="398"/>
        <source>Connection settings</source>
        <translation>Gosodiadau cysylltu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="399"/>
        <source>&amp;Try again</source>
        <translation>&amp;Rhoi cynnig arall arni</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="401"/>
        <source>Try again</source>
        <translation>Rhoi cynnig arall arni</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="405"/>
        <source>Work &amp;offline as {username}</source>
        <translation>Gweithio all-&amp;lein fel {username}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="407"/>
        <source>Work offline</source>
        <translation>Gweithio all-lein</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="408"/>
        <source>&amp;Quit</source>
        <translation>Gada&amp;el</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="409"/>
        <source>Quit</source>
        <translation>Gadael</translation>
    </message>
</context>
<context>
    <name>WorkQueueModel</name>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="137"/>
        <source>Time left</source>
        <translation>Amser ar ôl</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="137"/>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="137"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="138"/>
        <source>Customer</source>
        <translation>Cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="138"/>
        <source>Case</source>
        <translation>Achos</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="138"/>
        <source>Assigned to</source>
        <translation>Wedi&apos;i neilltuo i</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="140"/>
        <source>Working time until the item is due: office hours on working days only</source>
        <translation>Amser gwaith nes bod yr eitem yn ddyledus: oriau swyddfa ar ddiwrnodau gwaith yn unig</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="141"/>
        <source>When the item is due, in office time</source>
        <translation>Pryd mae&apos;r eitem yn ddyledus, yn ôl amser y swyddfa</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="142"/>
        <source>What is owed to the customer</source>
        <translation>Beth sy&apos;n ddyledus i&apos;r cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="143"/>
        <source>The customer&apos;s name and reference</source>
        <translation>Enw a chyfeirnod y cwsmer</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="144"/>
        <source>The case the item belongs to</source>
        <translation>Yr achos y mae&apos;r eitem yn perthyn iddo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="145"/>
        <source>Who the item is assigned to</source>
        <translation>I bwy mae&apos;r eitem wedi&apos;i neilltuo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="149"/>
        <source>Loading</source>
        <translation>Wrthi&apos;n llwytho</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="154"/>
        <source>No longer in the queue</source>
        <translation>Nid yw yn y ciw mwyach</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="159"/>
        <source>Overdue</source>
        <translation>Dros amser</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="160"/>
        <source>Overdue: it was due {when}</source>
        <translation>Dros amser: roedd i fod erbyn {when}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="161"/>
        <source>Warning: {time_left}</source>
        <translation>Rhybudd: {time_left}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="162"/>
        <source>Due {when}: {time_left} in working time</source>
        <translation>Erbyn {when}: {time_left} mewn amser gwaith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="163"/>
        <source>Due {when}</source>
        <translation>Erbyn {when}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="164"/>
        <source>{name} ({ref})</source>
        <translation>{name} ({ref})</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="165"/>
        <source> · Cymraeg</source>
        <translation> · Cymraeg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="166"/>
        <source>, prefers Welsh</source>
        <translation>, dewis iaith: Cymraeg</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="167"/>
        <source>, has a communication restriction</source>
        <translation>, cyfyngiad cyfathrebu ar waith</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="168"/>
        <source>Communication restriction in force: read the customer&apos;s card before contacting them</source>
        <translation>Cyfyngiad cyfathrebu ar waith: darllenwch gerdyn y cwsmer cyn cysylltu</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="170"/>
        <source>No case</source>
        <translation>Dim achos</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="171"/>
        <source>{name}, {team}</source>
        <translation>{name}, {team}</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="172"/>
        <source>{team} (unassigned)</source>
        <translation>{team} (heb ei neilltuo)</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="173"/>
        <source>Unassigned</source>
        <translation>Heb ei neilltuo</translation>
    </message>
    <message>
        <location filename="../agent_desktop/ui/work_queue_model.py" line="175"/>
        <source>Not loaded</source>
        <translation>Heb ei lwytho</translation>
    </message>
</context>
<context>
    <name>_Restart</name>
    <message>
        <location filename="../agent_desktop/ui/connection_dialog.py" line="428"/>
        <source>The new connection settings take effect the next time the desktop starts.</source>
        <translation>Bydd y gosodiadau cysylltu newydd yn dod i rym y tro nesaf y bydd y bwrdd gwaith yn cychwyn.</translation>
    </message>
</context>
</TS>
