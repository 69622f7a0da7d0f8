<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../guardian/platform/accounts.py" line="55" />
        <source>Make the child's account a standard user: Settings &gt; Accounts &gt; Family &amp; other users &gt; Change account type &gt; Standard User.</source>
        <translation>Make the child's account a standard user: Settings &gt; Accounts &gt; Family &amp; other users &gt; Change account type &gt; Standard User.</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/accounts.py" line="60" />
        <source>Make the child's account a standard user: System Settings &gt; Users &amp; Groups, and turn off “Allow this user to administer this computer”.</source>
        <translation>Make the child's account a standard user: System Settings &gt; Users &amp; Groups, and turn off “Allow this user to administer this computer”.</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/accounts.py" line="64" />
        <source>Take the child's account out of the sudo (or wheel) group: sudo deluser CHILD sudo, or ask whoever set up the PC.</source>
        <translation>Take the child's account out of the sudo (or wheel) group: sudo deluser CHILD sudo, or ask whoever set up the PC.</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="409" />
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="414" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="414" />
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="414" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="414" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Agent</name>
    <message>
        <location filename="../../guardian/services/agent.py" line="58" />
        <source>no child named '{name}'; add one with: guardian child add {name}</source>
        <translation>no child named '{name}'; add one with: guardian child add {name}</translation>
    </message>
    <message>
        <location filename="../../guardian/services/agent.py" line="69" />
        <source>no child is set up for the account '{account}'; give the child's account with `guardian child add NAME --os-user {account}`, or start the agent with --child NAME</source>
        <translation>no child is set up for the account '{account}'; give the child's account with `guardian child add NAME --os-user {account}`, or start the agent with --child NAME</translation>
    </message>
    <message>
        <location filename="../../guardian/services/agent.py" line="111" />
        <source>Guardian is already running in this session</source>
        <translation>Guardian is already running in this session</translation>
    </message>
    <message>
        <location filename="../../guardian/services/agent.py" line="220" />
        <source>Guardian is tracking %1 (%2); stop with Ctrl+C</source>
        <translation>Guardian is tracking %1 (%2); stop with Ctrl+C</translation>
    </message>
    <message>
        <location filename="../../guardian/services/agent.py" line="232" />
        <source>the Guardian service has no child for the account '{account}'; a parent adds one with: sudo guardian child add NAME --os-user {account}</source>
        <translation>the Guardian service has no child for the account '{account}'; a parent adds one with: sudo guardian child add NAME --os-user {account}</translation>
    </message>
    <message>
        <location filename="../../guardian/services/agent.py" line="240" />
        <source>the Guardian service cannot tell which account this agent runs in</source>
        <translation>the Guardian service cannot tell which account this agent runs in</translation>
    </message>
    <message>
        <location filename="../../guardian/services/agent.py" line="244" />
        <source>the Guardian service cannot read its data; its log says why (journalctl -u guardian)</source>
        <translation>the Guardian service cannot read its data; its log says why (journalctl -u guardian)</translation>
    </message>
    <message>
        <location filename="../../guardian/services/agent.py" line="251" />
        <source>the Guardian service did not understand this agent; are both the same version of Guardian?</source>
        <translation>the Guardian service did not understand this agent; are both the same version of Guardian?</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../guardian/ui/app.py" line="93" />
        <source>Guardian demo: a made-up family in %1</source>
        <translation>Guardian demo: a made-up family in %1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/app.py" line="135" />
        <source>Removing Guardian takes the parent PIN. The family's data stays on this computer unless you choose to delete it.</source>
        <translation>Removing Guardian takes the parent PIN. The family's data stays on this computer unless you choose to delete it.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../guardian/core/catalog.py" line="103" />
        <source>this Guardian reads catalog format {version}, not {value}</source>
        <translation>this Guardian reads catalog format {version}, not {value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/catalog.py" line="114" />
        <source>a catalog entry needs a 'category'</source>
        <translation>a catalog entry needs a 'category'</translation>
    </message>
    <message>
        <location filename="../../guardian/core/catalog.py" line="133" />
        <source>cannot read the catalog: {error}</source>
        <translation>cannot read the catalog: {error}</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="124" />
        <source>study</source>
        <translation>study</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="125" />
        <source>games</source>
        <translation>games</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="126" />
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="127" />
        <source>chat and social apps</source>
        <translation>chat and social apps</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="128" />
        <source>payments</source>
        <translation>payments</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="129" />
        <source>other programs</source>
        <translation>other programs</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="152" />
        <source>Your children</source>
        <translation>Your children</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="155" />
        <source>Add each child who uses this PC. Give the account they sign in with, if they have their own.</source>
        <translation>Add each child who uses this PC. Give the account they sign in with, if they have their own.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="164" />
        <source>their account on this PC (optional)</source>
        <translation>their account on this PC (optional)</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="165" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="171" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="171" />
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="171" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="185" />
        <source>Give the child's name (1 to 64 characters).</source>
        <translation>Give the child's name (1 to 64 characters).</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="188" />
        <source>%1 is already on the list.</source>
        <translation>%1 is already on the list.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="195" />
        <source>Guardian could not find the account %1 on this PC; check the spelling.</source>
        <translation>Guardian could not find the account %1 on this PC; check the spelling.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="200" />
        <source>%1 is an administrator account: a child can switch Guardian off from it. %2</source>
        <translation>%1 is an administrator account: a child can switch Guardian off from it. %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../guardian/cli.py" line="81" />
        <source>school day</source>
        <translation>school day</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="82" />
        <source>rest day</source>
        <translation>rest day</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="89" />
        <source>outside the allowed hours</source>
        <translation>outside the allowed hours</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="90" />
        <source>today's time is used up</source>
        <translation>today's time is used up</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="91" />
        <source>rest break</source>
        <translation>rest break</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="92" />
        <source>the computer is locked</source>
        <translation>the computer is locked</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="93" />
        <source>a category's time is used up</source>
        <translation>a category's time is used up</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="94" />
        <source>an app's time is used up</source>
        <translation>an app's time is used up</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="95" />
        <source>blocked by a parent</source>
        <translation>blocked by a parent</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="117" />
        <source>{name}: no such policy file, and no preset has that id (presets: {known})</source>
        <translation>{name}: no such policy file, and no preset has that id (presets: {known})</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="142" />
        <source>--at {text}: not a date and time; write it like 2026-11-20T20:30:00+08:00</source>
        <translation>--at {text}: not a date and time; write it like 2026-11-20T20:30:00+08:00</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="162" />
        <source>{file}: cannot read the usage file: {reason}</source>
        <translation>{file}: cannot read the usage file: {reason}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="168" />
        <source>{file}: not valid JSON: {error}</source>
        <translation>{file}: not valid JSON: {error}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="173" />
        <source>{file}: should be a JSON object like {example}</source>
        <translation>{file}: should be a JSON object like {example}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="180" />
        <source>{file}: {key}: unknown key; known: {known}</source>
        <translation>{file}: {key}: unknown key; known: {known}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="188" />
        <source>{file}: {key}: should be a whole number of seconds, 0 or more</source>
        <translation>{file}: {key}: should be a whole number of seconds, 0 or more</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="199" />
        <source>{file}: {key}: should be an object of name: seconds</source>
        <translation>{file}: {key}: should be an object of name: seconds</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="238" />
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="242" />
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="243" />
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="252" />
        <source>{file}: valid policy '{name}', {rules} app rules</source>
        <translation>{file}: valid policy '{name}', {rules} app rules</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="284" />
        <source>applied from {origin}</source>
        <translation>applied from {origin}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="293" />
        <source>{child}: policy version {version} applied ({origin})</source>
        <translation>{child}: policy version {version} applied ({origin})</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="305" />
        <source>--age {age}: give the child's age in years, from 1 to 25</source>
        <translation>--age {age}: give the child's age in years, from 1 to 25</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="311" />
        <source>NAME: give the child's name, 1 to 64 characters</source>
        <translation>NAME: give the child's name, 1 to 64 characters</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="315" />
        <source>added {child} (account {account})</source>
        <translation>added {child} (account {account})</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="319" />
        <source>added {child}</source>
        <translation>added {child}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="331" />
        <source>policy v{version}</source>
        <translation>policy v{version}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="333" />
        <source>no policy yet</source>
        <translation>no policy yet</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="355" />
        <source>--day {day}: not a date; write it like 2026-11-20</source>
        <translation>--day {day}: not a date; write it like 2026-11-20</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="384" />
        <source>{child} on {day} ({day_type}): {total}</source>
        <translation>{child} on {day} ({day_type}): {total}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="408" />
        <source>Guardian {version}; data home {home}</source>
        <translation>Guardian {version}; data home {home}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="416" />
        <source>No children set up yet. Add one with: guardian child add NAME --age N
then give them a policy:          guardian policy apply PRESET --child NAME
Presets: {presets}</source>
        <translation>No children set up yet. Add one with: guardian child add NAME --age N
then give them a policy:          guardian policy apply PRESET --child NAME
Presets: {presets}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="428" />
        <source>locked ({reason})</source>
        <translation>locked ({reason})</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="432" />
        <source>unlocked</source>
        <translation>unlocked</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="435" />
        <source>{child}: {day_type}, {state}, time left {left}</source>
        <translation>{child}: {day_type}, {state}, time left {left}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="440" />
        <source>{line}, changes at {when}</source>
        <translation>{line}, changes at {when}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="446" />
        <source>  note: the official holiday schedule for {year} is not known yet; weekends and the fixed public holidays are used</source>
        <translation>  note: the official holiday schedule for {year} is not known yet; weekends and the fixed public holidays are used</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="494" />
        <location filename="../../guardian/cli.py" line="506" />
        <source>(no window)</source>
        <translation>(no window)</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="504" />
        <source>locked </source>
        <translation>locked </translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="505" />
        <source>full-screen </source>
        <translation>full-screen </translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="507" />
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="537" />
        <source>{what}: nothing given</source>
        <translation>{what}: nothing given</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="541" />
        <source>{what}: expected on standard input, one per line</source>
        <translation>{what}: expected on standard input, one per line</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="562" />
        <source>Current PIN</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="563" />
        <location filename="../../guardian/cli.py" line="610" />
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="564" />
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="565" />
        <source>the two PINs differ; nothing was changed</source>
        <translation>the two PINs differ; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="568" />
        <source>The parent PIN is set.
Recovery code, shown only once: write it down and keep it away from the child:
    {code}</source>
        <translation>The parent PIN is set.
Recovery code, shown only once: write it down and keep it away from the child:
    {code}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="588" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="596" />
        <source>wrong PIN; too many tries: wait {seconds} s</source>
        <translation>wrong PIN; too many tries: wait {seconds} s</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="602" />
        <source>wrong PIN</source>
        <translation>wrong PIN</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="609" />
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="613" />
        <source>The parent PIN is set again; the old recovery code no longer works.
New recovery code (shown only once): {code}</source>
        <translation>The parent PIN is set again; the old recovery code no longer works.
New recovery code (shown only once): {code}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="686" />
        <source>--week {day}: not a date; write it like 2026-11-16</source>
        <translation>--week {day}: not a date; write it like 2026-11-16</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="693" />
        <source>--out {file}: a report is saved as .pdf, .html or .csv</source>
        <translation>--out {file}: a report is saved as .pdf, .html or .csv</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="707" />
        <source>{file}: weekly report for {child}, {day} and the six days after</source>
        <translation>{file}: weekly report for {child}, {day} and the six days after</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="743" />
        <source>{pack} ({language}): {count} articles can be shown</source>
        <translation>{pack} ({language}): {count} articles can be shown</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="753" />
        <source>the two languages differ: {ids} are in only one of them</source>
        <translation>the two languages differ: {ids} are in only one of them</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="769" />
        <source>{pack}: added to {folder} ({count} articles)</source>
        <translation>{pack}: added to {folder} ({count} articles)</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="777" />
        <source>the articles named above are not shown until they are corrected</source>
        <translation>the articles named above are not shown until they are corrected</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="793" />
        <source>{pack}: removed</source>
        <translation>{pack}: removed</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="810" />
        <source>none (the wizard's choice by age)</source>
        <translation>none (the wizard's choice by age)</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="813" />
        <source>{name}
  contact: {contact}
  starting limits: {limits}
  term calendar: {vacations} vacations, {school_days} make-up school days, {rest_days} rest days
  articles: {articles}
  window titles: {titles}</source>
        <translation>{name}
  contact: {contact}
  starting limits: {limits}
  term calendar: {vacations} vacations, {school_days} make-up school days, {rest_days} rest days
  articles: {articles}
  window titles: {titles}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="827" />
        <source>not kept</source>
        <translation>not kept</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="829" />
        <source>the family's choice</source>
        <translation>the family's choice</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="839" />
        <source>no school profile is applied on this computer</source>
        <translation>no school profile is applied on this computer</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="867" />
        <source>--bundle {folder}: no guardian.exe (Windows) or guardian (Linux) program in it; give the folder `make bundle` makes (dist/guardian)</source>
        <translation>--bundle {folder}: no guardian.exe (Windows) or guardian (Linux) program in it; give the folder `make bundle` makes (dist/guardian)</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="875" />
        <source>{file}: {size} MB</source>
        <translation>{file}: {size} MB</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="894" />
        <source>Parent PIN</source>
        <translation>Parent PIN</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="897" />
        <source>wrong PIN; the school profile was not applied</source>
        <translation>wrong PIN; the school profile was not applied</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="903" />
        <source>{name}: applied. Contact: {contact}</source>
        <translation>{name}: applied. Contact: {contact}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="909" />
        <source>term calendar added to the limits of: {children}</source>
        <translation>term calendar added to the limits of: {children}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="914" />
        <source>the school's articles are in the guidance library</source>
        <translation>the school's articles are in the guidance library</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="916" />
        <source>window titles are no longer kept, as the school asks</source>
        <translation>window titles are no longer kept, as the school asks</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="927" />
        <source>Guardian: screen-time limits and family-education guidance for a family PC.</source>
        <translation>Guardian: screen-time limits and family-education guidance for a family PC.</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="933" />
        <source>commands</source>
        <translation>commands</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="936" />
        <source>check, explain and apply policy files</source>
        <translation>check, explain and apply policy files</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="939" />
        <source>policy commands</source>
        <translation>policy commands</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="942" />
        <source>check a policy file; exit 2 with every error</source>
        <translation>check a policy file; exit 2 with every error</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="947" />
        <source>what a policy allows at a given moment (JSON)</source>
        <translation>what a policy allows at a given moment (JSON)</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="949" />
        <location filename="../../guardian/cli.py" line="960" />
        <source>a policy file or a preset id</source>
        <translation>a policy file or a preset id</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="953" />
        <source>ISO date and time, e.g. 2026-11-20T20:30:00+08:00</source>
        <translation>ISO date and time, e.g. 2026-11-20T20:30:00+08:00</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="955" />
        <source>JSON file with usage so far that day</source>
        <translation>JSON file with usage so far that day</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="958" />
        <source>make a policy a child's current policy</source>
        <translation>make a policy a child's current policy</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="963" />
        <source>who applied it (default: this account)</source>
        <translation>who applied it (default: this account)</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="966" />
        <source>list the presets that come with Guardian</source>
        <translation>list the presets that come with Guardian</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="970" />
        <source>add and list children</source>
        <translation>add and list children</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="972" />
        <source>child commands</source>
        <translation>child commands</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="974" />
        <source>add a child</source>
        <translation>add a child</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="976" />
        <source>the child's account on this PC</source>
        <translation>the child's account on this PC</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="979" />
        <source>list children</source>
        <translation>list children</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="983" />
        <source>school guidance packs: check, add, list, remove</source>
        <translation>school guidance packs: check, add, list, remove</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="986" />
        <source>guidance commands</source>
        <translation>guidance commands</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="989" />
        <source>check a pack's articles; exit 2 with every problem</source>
        <translation>check a pack's articles; exit 2 with every problem</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="994" />
        <source>add a school's pack of articles to this PC</source>
        <translation>add a school's pack of articles to this PC</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="998" />
        <source>list the packs added</source>
        <translation>list the packs added</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1000" />
        <source>remove a pack</source>
        <translation>remove a pack</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1005" />
        <source>school profiles: check, build installers, apply</source>
        <translation>school profiles: check, build installers, apply</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1008" />
        <source>school commands</source>
        <translation>school commands</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1011" />
        <source>check a school.toml or a school pack (.zip)</source>
        <translation>check a school.toml or a school pack (.zip)</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1017" />
        <source>a school's pack, Windows installer and .deb with its profile</source>
        <translation>a school's pack, Windows installer and .deb with its profile</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1023" />
        <source>a Guardian bundle folder (Windows or Linux); give it twice for both</source>
        <translation>a Guardian bundle folder (Windows or Linux); give it twice for both</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1027" />
        <source>the folder to write to</source>
        <translation>the folder to write to</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1032" />
        <source>bring a school pack to this family (asks the parent PIN)</source>
        <translation>bring a school pack to this family (asks the parent PIN)</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1037" />
        <source>the school profile applied on this computer</source>
        <translation>the school profile applied on this computer</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1041" />
        <source>a child's usage on one day</source>
        <translation>a child's usage on one day</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1043" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1044" />
        <location filename="../../guardian/cli.py" line="1132" />
        <location filename="../../guardian/cli.py" line="1139" />
        <source>print JSON</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1047" />
        <source>the parent PIN</source>
        <translation>the parent PIN</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1049" />
        <source>pin commands</source>
        <translation>pin commands</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1052" />
        <source>set or change the parent PIN (standard input or prompt)</source>
        <translation>set or change the parent PIN (standard input or prompt)</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1056" />
        <source>check a PIN: exit 0 when right, 1 otherwise</source>
        <translation>check a PIN: exit 0 when right, 1 otherwise</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1061" />
        <source>ask in a window (for installers): exit 0 when right or when no PIN is set yet</source>
        <translation>ask in a window (for installers): exit 0 when right or when no PIN is set yet</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1068" />
        <source>forgotten PIN: set a new one with the recovery code</source>
        <translation>forgotten PIN: set a new one with the recovery code</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1073" />
        <source>the child's side: track usage in this desktop session</source>
        <translation>the child's side: track usage in this desktop session</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1076" />
        <source>the child (default: the one whose account this is)</source>
        <translation>the child (default: the one whose account this is)</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1082" />
        <source>service: report to guardian service; local: track in this process and write the store; auto (default): the service when it runs</source>
        <translation>service: report to guardian service; local: track in this process and write the store; auto (default): the service when it runs</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1092" />
        <source>the system service that keeps the store and the children's time (as root)</source>
        <translation>the system service that keeps the store and the children's time (as root)</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1099" />
        <source>a child's weekly report as PDF, HTML or CSV</source>
        <translation>a child's weekly report as PDF, HTML or CSV</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1102" />
        <source>the first day, YYYY-MM-DD</source>
        <translation>the first day, YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1103" />
        <source>a .pdf, .html or .csv file</source>
        <translation>a .pdf, .html or .csv file</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1107" />
        <source>the first-run wizard: PIN, children, limits</source>
        <translation>the first-run wizard: PIN, children, limits</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1112" />
        <source>the parent's window (needs the parent PIN)</source>
        <translation>the parent's window (needs the parent PIN)</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1116" />
        <source>the dashboard over a made-up family, to look around</source>
        <translation>the dashboard over a made-up family, to look around</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1120" />
        <source>save a picture of the dashboard to this PNG file and quit</source>
        <translation>save a picture of the dashboard to this PNG file and quit</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1125" />
        <source>what Guardian sees on this desktop right now</source>
        <translation>what Guardian sees on this desktop right now</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1128" />
        <source>one sample</source>
        <translation>one sample</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1130" />
        <source>a sample a second until Ctrl+C</source>
        <translation>a sample a second until Ctrl+C</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1137" />
        <source>what works on this machine, and how to fix what does not</source>
        <translation>what works on this machine, and how to fix what does not</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1143" />
        <source>each child's state now (the default)</source>
        <translation>each child's state now (the default)</translation>
    </message>
</context>
<context>
    <name>CountdownWindow</name>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="54" />
        <source>left today</source>
        <translation>left today</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="494" />
        <source>Guardian: parent dashboard</source>
        <translation>Guardian: parent dashboard</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="510" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="511" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="512" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="513" />
        <location filename="../../guardian/ui/dashboard.py" line="625" />
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="514" />
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="515" />
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="519" />
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="524" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="528" />
        <source>Child:</source>
        <translation>Child:</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="598" />
        <source>Save the weekly report</source>
        <translation>Save the weekly report</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../../guardian/doctor.py" line="13" />
        <source>fix: {fix}</source>
        <translation>fix: {fix}</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="52" />
        <source>the check itself failed: {error}</source>
        <translation>the check itself failed: {error}</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="68" />
        <source>Which program is in front</source>
        <translation>Which program is in front</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="70" />
        <source>seen through the {name} adapter</source>
        <translation>seen through the {name} adapter</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="72" />
        <source>not visible here</source>
        <translation>not visible here</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="78" />
        <source>Window titles (web sites in a browser)</source>
        <translation>Window titles (web sites in a browser)</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="80" />
        <source>readable</source>
        <translation>readable</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="82" />
        <source>not readable</source>
        <translation>not readable</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="85" />
        <source>Whether someone is at the PC (idle time)</source>
        <translation>Whether someone is at the PC (idle time)</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="87" />
        <source>measured</source>
        <translation>measured</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="89" />
        <source>unknown: time counts whenever the session is unlocked</source>
        <translation>unknown: time counts whenever the session is unlocked</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="92" />
        <source>Locked screen</source>
        <translation>Locked screen</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="94" />
        <source>recognised</source>
        <translation>recognised</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="96" />
        <source>recognised only partly</source>
        <translation>recognised only partly</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="99" />
        <source>What Guardian cannot see here</source>
        <translation>What Guardian cannot see here</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="114" />
        <location filename="../../guardian/doctor.py" line="126" />
        <source>Guardian's data</source>
        <translation>Guardian's data</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="117" />
        <source>see the message above; nothing was changed</source>
        <translation>see the message above; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="128" />
        <source>{path} (schema {revision}, this Guardian's is {head})</source>
        <translation>{path} (schema {revision}, this Guardian's is {head})</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="145" />
        <source>China's holiday schedule for {year}</source>
        <translation>China's holiday schedule for {year}</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="147" />
        <source>known, with make-up working days</source>
        <translation>known, with make-up working days</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="149" />
        <source>not published in this Guardian yet</source>
        <translation>not published in this Guardian yet</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="152" />
        <source>Guardian uses weekends and the fixed public holidays until an update brings the State Council's schedule; mark make-up working days yourself in the policy's [calendar] school_days meanwhile</source>
        <translation>Guardian uses weekends and the fixed public holidays until an update brings the State Council's schedule; mark make-up working days yourself in the policy's [calendar] school_days meanwhile</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="172" />
        <location filename="../../guardian/doctor.py" line="181" />
        <location filename="../../guardian/doctor.py" line="191" />
        <source>App catalog</source>
        <translation>App catalog</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="175" />
        <source>correct the entries named above</source>
        <translation>correct the entries named above</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="183" />
        <source>no catalog found</source>
        <translation>no catalog found</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="184" />
        <source>reinstall Guardian ({folder})</source>
        <translation>reinstall Guardian ({folder})</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="193" />
        <source>{count} known programs and sites</source>
        <translation>{count} known programs and sites</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="202" />
        <source>{file}:{line}: {key}: {problem}</source>
        <translation>{file}:{line}: {key}: {problem}</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="208" />
        <source>and {count} more</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="226" />
        <location filename="../../guardian/doctor.py" line="235" />
        <source>School guidance pack {name}</source>
        <translation>School guidance pack {name}</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="229" />
        <source>correct pack.toml and add the pack again</source>
        <translation>correct pack.toml and add the pack again</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="238" />
        <source>remove the folder, or add the pack again</source>
        <translation>remove the folder, or add the pack again</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="243" />
        <source>Guidance articles ({language})</source>
        <translation>Guidance articles ({language})</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="250" />
        <source>correct the articles named above</source>
        <translation>correct the articles named above</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="258" />
        <source>{count} articles</source>
        <translation>{count} articles</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="270" />
        <source>Safe place for the parent PIN (keyring)</source>
        <translation>Safe place for the parent PIN (keyring)</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="277" />
        <source>a file in the service's closed data home ({file})</source>
        <translation>a file in the service's closed data home ({file})</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="292" />
        <source>{name} keeps secrets unencrypted</source>
        <translation>{name} keeps secrets unencrypted</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="294" />
        <source>none usable ({name})</source>
        <translation>none usable ({name})</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="295" />
        <source>Linux: install and unlock GNOME Keyring or KWallet in the parent's session; Windows and macOS have one built in</source>
        <translation>Linux: install and unlock GNOME Keyring or KWallet in the parent's session; Windows and macOS have one built in</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="308" />
        <source>Seals on limits, extra time and PIN tries</source>
        <translation>Seals on limits, extra time and PIN tries</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="314" />
        <source>off until a parent PIN is set</source>
        <translation>off until a parent PIN is set</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="316" />
        <source>on: changes made outside Guardian are seen</source>
        <translation>on: changes made outside Guardian are seen</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="322" />
        <source>the PIN is set but the sealing key is missing or damaged</source>
        <translation>the PIN is set but the sealing key is missing or damaged</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="323" />
        <source>set the PIN again with `guardian pin reset`; until then sealed limits are not believed and the PC stays locked</source>
        <translation>set the PIN again with `guardian pin reset`; until then sealed limits are not believed and the PC stays locked</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="335" />
        <source>School profile</source>
        <translation>School profile</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="342" />
        <source>{name} (contact: {contact})</source>
        <translation>{name} (contact: {contact})</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="352" />
        <source>ask the school for a corrected pack and bring it with `guardian school apply PACK.zip`</source>
        <translation>ask the school for a corrected pack and bring it with `guardian school apply PACK.zip`</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="277" />
        <source>PC locked</source>
        <translation>PC locked</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="278" />
        <source>PC unlocked</source>
        <translation>PC unlocked</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="279" />
        <source>time given</source>
        <translation>time given</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="280" />
        <source>asked for more time</source>
        <translation>asked for more time</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="281" />
        <source>warned: time nearly up</source>
        <translation>warned: time nearly up</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="282" />
        <source>program over its limit</source>
        <translation>program over its limit</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="283" />
        <source>program closed</source>
        <translation>program closed</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="284" />
        <source>program not closed (protected)</source>
        <translation>program not closed (protected)</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="285" />
        <source>wrong PIN</source>
        <translation>wrong PIN</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="286" />
        <source>clock changed</source>
        <translation>clock changed</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="287" />
        <source>PC asleep</source>
        <translation>PC asleep</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="288" />
        <source>limits changed</source>
        <translation>limits changed</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="289" />
        <source>payment page</source>
        <translation>payment page</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="290" />
        <source>payment page allowed by a parent</source>
        <translation>payment page allowed by a parent</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="291" />
        <source>payment page closed</source>
        <translation>payment page closed</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="292" />
        <source>parent mode</source>
        <translation>parent mode</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="293" />
        <source>parent mode ended</source>
        <translation>parent mode ended</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="294" />
        <source>rest reminder</source>
        <translation>rest reminder</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="295" />
        <source>PIN set</source>
        <translation>PIN set</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="296" />
        <source>PIN reset with the recovery code</source>
        <translation>PIN reset with the recovery code</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="297" />
        <source>Guardian stopped on the child's desktop: session locked</source>
        <translation>Guardian stopped on the child's desktop: session locked</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="300" />
        <source>Guardian running again</source>
        <translation>Guardian running again</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="301" />
        <source>a saved version of the limits is damaged; the last valid one stays in force</source>
        <translation>a saved version of the limits is damaged; the last valid one stays in force</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="304" />
        <source>refused: a program spoke for another account's child</source>
        <translation>refused: a program spoke for another account's child</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="307" />
        <source>the PC's time zone was changed; days are still counted in the family's zone</source>
        <translation>the PC's time zone was changed; days are still counted in the family's zone</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="311" />
        <source>Guardian could not write its data file for a while; the time used then was kept and saved afterwards</source>
        <translation>Guardian could not write its data file for a while; the time used then was kept and saved afterwards</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="316" />
        <source>Guardian's data was changed outside Guardian: the change is not believed</source>
        <translation>Guardian's data was changed outside Guardian: the change is not believed</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../../guardian/core/guidance.py" line="107" />
        <source>the article must start with front matter between +++ lines</source>
        <translation>the article must start with front matter between +++ lines</translation>
    </message>
    <message>
        <location filename="../../guardian/core/guidance.py" line="118" />
        <source>the front matter is not valid TOML: {error}</source>
        <translation>the front matter is not valid TOML: {error}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/guidance.py" line="128" />
        <source>the front matter needs '{key}'</source>
        <translation>the front matter needs '{key}'</translation>
    </message>
    <message>
        <location filename="../../guardian/core/guidance.py" line="134" />
        <source>the id '{id}' must match the file name '{name}'</source>
        <translation>the id '{id}' must match the file name '{name}'</translation>
    </message>
    <message>
        <location filename="../../guardian/core/guidance.py" line="146" />
        <source>should be a list with at least one of: {allowed}</source>
        <translation>should be a list with at least one of: {allowed}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/guidance.py" line="155" />
        <source>'{value}' is not one of: {allowed}</source>
        <translation>'{value}' is not one of: {allowed}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/guidance.py" line="172" />
        <source>should list the sources the article rests on (law and article, guideline and date)</source>
        <translation>should list the sources the article rests on (law and article, guideline and date)</translation>
    </message>
    <message>
        <location filename="../../guardian/core/guidance.py" line="180" />
        <source>the article has no text after its front matter</source>
        <translation>the article has no text after its front matter</translation>
    </message>
    <message>
        <location filename="../../guardian/core/guidance.py" line="213" />
        <source>cannot read the article: {error}</source>
        <translation>cannot read the article: {error}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/guidance.py" line="230" />
        <source>the id '{id}' is already used by {path}</source>
        <translation>the id '{id}' is already used by {path}</translation>
    </message>
    <message>
        <location filename="../../guardian/guidance_packs.py" line="56" />
        <source>{folder}: no such folder</source>
        <translation>{folder}: no such folder</translation>
    </message>
    <message>
        <location filename="../../guardian/guidance_packs.py" line="59" />
        <source>{folder}: a guidance pack needs a zh_CN or an en folder of articles</source>
        <translation>{folder}: a guidance pack needs a zh_CN or an en folder of articles</translation>
    </message>
    <message>
        <location filename="../../guardian/guidance_packs.py" line="70" />
        <source>cannot read the file: {error}</source>
        <translation>cannot read the file: {error}</translation>
    </message>
    <message>
        <location filename="../../guardian/guidance_packs.py" line="76" />
        <source>give the school's name</source>
        <translation>give the school's name</translation>
    </message>
    <message>
        <location filename="../../guardian/guidance_packs.py" line="151" />
        <source>no guidance pack named '{name}' is installed</source>
        <translation>no guidance pack named '{name}' is installed</translation>
    </message>
</context>
<context>
    <name>GuidanceBrowser</name>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="70" />
        <source>Search the articles</source>
        <translation>Search the articles</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="72" />
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="76" />
        <source>All ages</source>
        <translation>All ages</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="79" />
        <source>Favourites</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="95" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="97" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="133" />
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="135" />
        <source>These articles are not shown until they are corrected:</source>
        <translation>These articles are not shown until they are corrected:</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="167" />
        <source>No article matches. Try other words or fewer filters.</source>
        <translation>No article matches. Try other words or fewer filters.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="170" />
        <location filename="../../guardian/ui/guidance_browser.py" line="180" />
        <source>Keep as a favourite</source>
        <translation>Keep as a favourite</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="173" />
        <location filename="../../guardian/ui/guidance_browser.py" line="193" />
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="175" />
        <source>From %1.</source>
        <translation>From %1.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="178" />
        <source>Remove from favourites</source>
        <translation>Remove from favourites</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="204" />
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="70" />
        <source>Welcome to Guardian</source>
        <translation>Welcome to Guardian</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="71" />
        <source>Choose the language Guardian speaks to your family in.</source>
        <translation>Choose the language Guardian speaks to your family in.</translation>
    </message>
</context>
<context>
    <name>LimitsEditor</name>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="185" />
        <source>Time for the whole computer, per day</source>
        <translation>Time for the whole computer, per day</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="188" />
        <location filename="../../guardian/ui/limits_editor.py" line="207" />
        <source>School days</source>
        <translation>School days</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="189" />
        <location filename="../../guardian/ui/limits_editor.py" line="208" />
        <source>Rest days</source>
        <translation>Rest days</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="195" />
        <source>When the computer may be used (drag to paint)</source>
        <translation>When the computer may be used (drag to paint)</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="201" />
        <source>Time per category, per day</source>
        <translation>Time per category, per day</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="203" />
        <source>Hours on school days</source>
        <translation>Hours on school days</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="203" />
        <source>Hours on rest days</source>
        <translation>Hours on rest days</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="206" />
        <location filename="../../guardian/ui/limits_editor.py" line="221" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="216" />
        <source>Programs (from those your child has used)</source>
        <translation>Programs (from those your child has used)</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="220" />
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="222" />
        <source>Limit a day</source>
        <translation>Limit a day</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="223" />
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="224" />
        <source>Always allowed</source>
        <translation>Always allowed</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="230" />
        <source>School calendar</source>
        <translation>School calendar</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="234" />
        <source>e.g. 2027-01-23..2027-02-21 winter, 2027-07-10..2027-08-31 summer</source>
        <translation>e.g. 2027-01-23..2027-02-21 winter, 2027-07-10..2027-08-31 summer</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="240" />
        <source>Vacations:</source>
        <translation>Vacations:</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="241" />
        <source>Extra school days:</source>
        <translation>Extra school days:</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="242" />
        <source>Extra days off:</source>
        <translation>Extra days off:</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="252" />
        <source>Use this preset</source>
        <translation>Use this preset</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="264" />
        <source>Save as a new version</source>
        <translation>Save as a new version</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="272" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="275" />
        <source>Bring back the chosen version</source>
        <translation>Bring back the chosen version</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="285" />
        <source>Mondays</source>
        <translation>Mondays</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="286" />
        <source>Tuesdays</source>
        <translation>Tuesdays</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="287" />
        <source>Wednesdays</source>
        <translation>Wednesdays</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="288" />
        <source>Thursdays</source>
        <translation>Thursdays</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="289" />
        <source>Fridays</source>
        <translation>Fridays</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="290" />
        <source>Saturdays</source>
        <translation>Saturdays</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="291" />
        <source>Sundays</source>
        <translation>Sundays</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="300" />
        <source>e.g. 1h30m, 45m, unlimited; empty: as the day type</source>
        <translation>e.g. 1h30m, 45m, unlimited; empty: as the day type</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="326" />
        <source>first version</source>
        <translation>first version</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="450" />
        <source>as the catalog says</source>
        <translation>as the catalog says</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="496" />
        <source>Nothing saved: correct the fields marked in red.</source>
        <translation>Nothing saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="500" />
        <source>the limits</source>
        <translation>the limits</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="503" />
        <source>Nothing saved:</source>
        <translation>Nothing saved:</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="518" />
        <source>Saved as version %1.</source>
        <translation>Saved as version %1.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="529" />
        <source>This preset is for ages %1 to %2, and %3 is %4: choose one that fits.</source>
        <translation>This preset is for ages %1 to %2, and %3 is %4: choose one that fits.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="543" />
        <source>Preset loaded: press Save to use it.</source>
        <translation>Preset loaded: press Save to use it.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="568" />
        <source>write it like 1h30m, 45m or unlimited</source>
        <translation>write it like 1h30m, 45m or unlimited</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="570" />
        <source>a day has only 24 hours</source>
        <translation>a day has only 24 hours</translation>
    </message>
</context>
<context>
    <name>LockWindow</name>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="72" />
        <source>Guardian lock screen</source>
        <translation>Guardian lock screen</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="119" />
        <source>Ask for more time</source>
        <translation>Ask for more time</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="120" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="121" />
        <source>Shut down</source>
        <translation>Shut down</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="133" />
        <source>A parent can give more time now:</source>
        <translation>A parent can give more time now:</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="136" />
        <source>Parent PIN</source>
        <translation>Parent PIN</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="141" />
        <source>%1 minutes more</source>
        <translation>%1 minutes more</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="143" />
        <source>Until a time of day</source>
        <translation>Until a time of day</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="154" />
        <source>Give the time</source>
        <translation>Give the time</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="160" />
        <source>Or send your parent a request:</source>
        <translation>Or send your parent a request:</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="163" />
        <source>Why do you need more time? (optional)</source>
        <translation>Why do you need more time? (optional)</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="165" />
        <source>Send the request</source>
        <translation>Send the request</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="167" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="180" />
        <source>Guardian cannot read its records</source>
        <translation>Guardian cannot read its records</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="182" />
        <source>The computer is resting now</source>
        <translation>The computer is resting now</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="187" />
        <source>It stays locked until a parent repairs them: from an administrator's account, run “sudo guardian doctor”. Signing out and shutting down still work.</source>
        <translation>It stays locked until a parent repairs them: from an administrator's account, run “sudo guardian doctor”. Signing out and shutting down still work.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="211" />
        <source>Choose a time later today.</source>
        <translation>Choose a time later today.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="216" />
        <source>Time given.</source>
        <translation>Time given.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="222" />
        <source>Your request was sent. A parent will answer it.</source>
        <translation>Your request was sent. A parent will answer it.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="246" />
        <source>You have used all of today's computer time.</source>
        <translation>You have used all of today's computer time.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="250" />
        <source>This is not one of the times your family agreed for the computer.</source>
        <translation>This is not one of the times your family agreed for the computer.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="254" />
        <source>Time for a short break: look out of the window and stretch.</source>
        <translation>Time for a short break: look out of the window and stretch.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="258" />
        <source>Guardian keeps your family's rules and your time in a file on this computer, and that file cannot be read now, so it cannot tell what is allowed.</source>
        <translation>Guardian keeps your family's rules and your time in a file on this computer, and that file cannot be read now, so it cannot tell what is allowed.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="263" />
        <source>Your family's rules say the computer rests now.</source>
        <translation>Your family's rules say the computer rests now.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="270" />
        <source>Ask a parent if you need it before then.</source>
        <translation>Ask a parent if you need it before then.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="275" />
        <source>You can use it again at %1.</source>
        <translation>You can use it again at %1.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="279" />
        <source>You can use it again tomorrow at %1.</source>
        <translation>You can use it again tomorrow at %1.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="282" />
        <source>You can use it again on %1 at %2.</source>
        <translation>You can use it again on %1 at %2.</translation>
    </message>
</context>
<context>
    <name>Packaging</name>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="149" />
        <source>{folder}: no such folder</source>
        <translation>{folder}: no such folder</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="152" />
        <source>{folder}: no guardian program in it; give the folder `make bundle` makes (dist/guardian)</source>
        <translation>{folder}: no guardian program in it; give the folder `make bundle` makes (dist/guardian)</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="207" />
        <source>{file}: cannot write the package: {error}</source>
        <translation>{file}: cannot write the package: {error}</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="220" />
        <source>'{version}' is not a version a Debian package can carry</source>
        <translation>'{version}' is not a version a Debian package can carry</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="238" />
        <source>{file}: a program for a processor Guardian has no package for (ELF machine {machine})</source>
        <translation>{file}: a program for a processor Guardian has no package for (ELF machine {machine})</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="246" />
        <source>{folder}: cannot tell which processor the bundle is for: it holds no Linux program</source>
        <translation>{folder}: cannot tell which processor the bundle is for: it holds no Linux program</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="293" />
        <source>{file}: cannot read the school profile: {error}</source>
        <translation>{file}: cannot read the school profile: {error}</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="299" />
        <source>{file}: not a school profile (a school profile is a zip file)</source>
        <translation>{file}: not a school profile (a school profile is a zip file)</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="308" />
        <source>'{architecture}' is not one of the architectures: {known}</source>
        <translation>'{architecture}' is not one of the architectures: {known}</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="425" />
        <source>{file}: cannot read it: {error}</source>
        <translation>{file}: cannot read it: {error}</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="438" />
        <source>{folder}: cannot write the package there: {error}</source>
        <translation>{folder}: cannot write the package there: {error}</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/nsis.py" line="59" />
        <source>{program}: no such program</source>
        <translation>{program}: no such program</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/nsis.py" line="73" />
        <source>makensis (NSIS 3) is needed to build the Windows installer and was not found. On Windows: `choco install nsis` or the installer from https://nsis.sourceforge.io; on Debian or Ubuntu: `sudo apt-get install nsis`. Or name it with MAKENSIS.</source>
        <translation>makensis (NSIS 3) is needed to build the Windows installer and was not found. On Windows: `choco install nsis` or the installer from https://nsis.sourceforge.io; on Debian or Ubuntu: `sudo apt-get install nsis`. Or name it with MAKENSIS.</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/nsis.py" line="125" />
        <source>{folder}: no such folder; give the bundle folder `make bundle` makes (dist/guardian)</source>
        <translation>{folder}: no such folder; give the bundle folder `make bundle` makes (dist/guardian)</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/nsis.py" line="133" />
        <source>{folder}: no guardian.exe in this folder; the Windows installer is built around the bundle made on Windows</source>
        <translation>{folder}: no guardian.exe in this folder; the Windows installer is built around the bundle made on Windows</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/nsis.py" line="141" />
        <source>version {version}: give three numbers, as in 0.1.0</source>
        <translation>version {version}: give three numbers, as in 0.1.0</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/nsis.py" line="146" />
        <source>{file}: no such school profile</source>
        <translation>{file}: no such school profile</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/nsis.py" line="149" />
        <source>{file}: the installer's script is missing</source>
        <translation>{file}: the installer's script is missing</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/nsis.py" line="204" />
        <source>cannot run {program}: {error}</source>
        <translation>cannot run {program}: {error}</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/nsis.py" line="211" />
        <source>makensis could not build the installer (exit {code}):
{output}</source>
        <translation>makensis could not build the installer (exit {code}):
{output}</translation>
    </message>
</context>
<context>
    <name>PaymentGuard</name>
    <message>
        <location filename="../../guardian/ui/payment_guard.py" line="40" />
        <source>This looks like a payment or top-up page. Guardian will close it in %1 seconds unless a parent enters the PIN.</source>
        <translation>This looks like a payment or top-up page. Guardian will close it in %1 seconds unless a parent enters the PIN.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/payment_guard.py" line="47" />
        <source>Parent PIN</source>
        <translation>Parent PIN</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/payment_guard.py" line="48" />
        <source>Allow this payment page</source>
        <translation>Allow this payment page</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="168" />
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="168" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="168" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="168" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="170" />
        <source>Export this week's report…</source>
        <translation>Export this week's report…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="173" />
        <source>Time per day, by category</source>
        <translation>Time per day, by category</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="178" />
        <source>When: hours of the day by weekday</source>
        <translation>When: hours of the day by weekday</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="180" />
        <source>Programs used most</source>
        <translation>Programs used most</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="209" />
        <source>hours</source>
        <translation>hours</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <location filename="../../guardian/core/pin.py" line="49" />
        <source>the PIN needs at least {count} characters (digits or a passphrase)</source>
        <translation>the PIN needs at least {count} characters (digits or a passphrase)</translation>
    </message>
    <message>
        <location filename="../../guardian/core/pin.py" line="54" />
        <source>the PIN cannot be one character repeated</source>
        <translation>the PIN cannot be one character repeated</translation>
    </message>
    <message>
        <location filename="../../guardian/core/pin.py" line="58" />
        <source>the PIN cannot be a run of digits like 123456</source>
        <translation>the PIN cannot be a run of digits like 123456</translation>
    </message>
    <message>
        <location filename="../../guardian/keyring_access.py" line="92" />
        <source>There is no keyring to keep the parent PIN in safely, so Guardian will not set one. On Linux, install and unlock GNOME Keyring or KWallet in this session; Windows and macOS have one built in. `guardian doctor` checks it.</source>
        <translation>There is no keyring to keep the parent PIN in safely, so Guardian will not set one. On Linux, install and unlock GNOME Keyring or KWallet in this session; Windows and macOS have one built in. `guardian doctor` checks it.</translation>
    </message>
    <message>
        <location filename="../../guardian/keyring_access.py" line="104" />
        <source>The only keyring here ({name}) keeps secrets unencrypted, and Guardian does not fall back to it. Install GNOME Keyring or KWallet, or choose a keyring on purpose with PYTHON_KEYRING_BACKEND.</source>
        <translation>The only keyring here ({name}) keeps secrets unencrypted, and Guardian does not fall back to it. Install GNOME Keyring or KWallet, or choose a keyring on purpose with PYTHON_KEYRING_BACKEND.</translation>
    </message>
    <message>
        <location filename="../../guardian/pin.py" line="106" />
        <source>a PIN is already set: give the current PIN to change it</source>
        <translation>a PIN is already set: give the current PIN to change it</translation>
    </message>
    <message>
        <location filename="../../guardian/pin.py" line="123" />
        <source>that recovery code is not right</source>
        <translation>that recovery code is not right</translation>
    </message>
    <message>
        <location filename="../../guardian/pin.py" line="130" />
        <source>no parent PIN is set yet: set one with `guardian pin set`</source>
        <translation>no parent PIN is set yet: set one with `guardian pin set`</translation>
    </message>
    <message>
        <location filename="../../guardian/pin.py" line="200" />
        <source>The keyring that keeps the parent PIN ({name}) cannot be used now ({error}); nothing was unlocked or changed. Unlock or repair the keyring; `guardian doctor` checks it.</source>
        <translation>The keyring that keeps the parent PIN ({name}) cannot be used now ({error}); nothing was unlocked or changed. Unlock or repair the keyring; `guardian doctor` checks it.</translation>
    </message>
    <message>
        <location filename="../../guardian/pin.py" line="211" />
        <source>too many wrong tries: wait {seconds} s and try again</source>
        <translation>too many wrong tries: wait {seconds} s and try again</translation>
    </message>
    <message>
        <location filename="../../guardian/pin.py" line="214" />
        <source>that PIN is not right</source>
        <translation>that PIN is not right</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/pin_text.py" line="17" />
        <source>The parent PIN cannot be checked on this computer now: its keyring is not available. Nothing was unlocked. A parent can run “guardian doctor” to see why.</source>
        <translation>The parent PIN cannot be checked on this computer now: its keyring is not available. Nothing was unlocked. A parent can run “guardian doctor” to see why.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/pin_text.py" line="23" />
        <source>Too many wrong tries. Try again in %1 s.</source>
        <translation>Too many wrong tries. Try again in %1 s.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/pin_text.py" line="25" />
        <source>That PIN is not right.</source>
        <translation>That PIN is not right.</translation>
    </message>
</context>
<context>
    <name>PinCheckDialog</name>
    <message>
        <location filename="../../guardian/ui/pin_check.py" line="28" />
        <source>Guardian: parent PIN</source>
        <translation>Guardian: parent PIN</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/pin_check.py" line="35" />
        <source>Parent PIN</source>
        <translation>Parent PIN</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="457" />
        <source>Parent PIN</source>
        <translation>Parent PIN</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="459" />
        <source>Open the dashboard</source>
        <translation>Open the dashboard</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="465" />
        <source>The dashboard is for parents. Enter the parent PIN:</source>
        <translation>The dashboard is for parents. Enter the parent PIN:</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="92" />
        <source>The parent PIN</source>
        <translation>The parent PIN</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="95" />
        <source>Only someone with this PIN can change limits, give time or open the dashboard. Use six characters or more, and not one your child can guess.</source>
        <translation>Only someone with this PIN can change limits, give time or open the dashboard. Use six characters or more, and not one your child can guess.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="104" />
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="105" />
        <source>The PIN again:</source>
        <translation>The PIN again:</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="115" />
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../../guardian/platform/__init__.py" line="41" />
        <source>Window tracking could not start: {error}</source>
        <translation>Window tracking could not start: {error}</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/macos.py" line="38" />
        <source>macOS hides the titles of other apps' windows until Guardian may record the screen: open System Settings &gt; Privacy &amp; Security &gt; Screen Recording and turn Guardian on. Guardian never takes screenshots; macOS asks for this permission to show window titles.</source>
        <translation>macOS hides the titles of other apps' windows until Guardian may record the screen: open System Settings &gt; Privacy &amp; Security &gt; Screen Recording and turn Guardian on. Guardian never takes screenshots; macOS asks for this permission to show window titles.</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/null.py" line="48" />
        <source>This is a Wayland session: Wayland does not let programs see which window is in front. Choose an 'Xorg' or 'X11' session at the login screen for per-program tracking; until then Guardian counts only the time the session is in use.</source>
        <translation>This is a Wayland session: Wayland does not let programs see which window is in front. Choose an 'Xorg' or 'X11' session at the login screen for per-program tracking; until then Guardian counts only the time the session is in use.</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/null.py" line="55" />
        <source>No X display was found (DISPLAY is not set), so Guardian cannot see which window is in front. Start Guardian inside the child's desktop session.</source>
        <translation>No X display was found (DISPLAY is not set), so Guardian cannot see which window is in front. Start Guardian inside the child's desktop session.</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/null.py" line="60" />
        <source>Guardian has no window tracking for this system ({system}).</source>
        <translation>Guardian has no window tracking for this system ({system}).</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/windows.py" line="42" />
        <source>Windows does not let a standard program read the path of programs running as administrator: their windows are named from the process list and may show without a path.</source>
        <translation>Windows does not let a standard program read the path of programs running as administrator: their windows are named from the process list and may show without a path.</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/x11.py" line="87" />
        <source>The X server has no MIT-SCREEN-SAVER extension, so Guardian cannot tell when nobody is at the PC; time counts whenever the session is unlocked.</source>
        <translation>The X server has no MIT-SCREEN-SAVER extension, so Guardian cannot tell when nobody is at the PC; time counts whenever the session is unlocked.</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/x11.py" line="95" />
        <source>logind is not reachable over D-Bus, so a locked screen is recognised only when the X screen saver is on.</source>
        <translation>logind is not reachable over D-Bus, so a locked screen is recognised only when the X screen saver is on.</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="71" />
        <source>(top level)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="184" />
        <source>should be a table of settings, not {value}</source>
        <translation>should be a table of settings, not {value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="196" />
        <source>'{key}' is a top-level setting, but it stands under {header}: in TOML, keys belong to the table header above them, so move it above the first [table] header</source>
        <translation>'{key}' is a top-level setting, but it stands under {header}: in TOML, keys belong to the table header above them, so move it above the first [table] header</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="205" />
        <source>; did you mean '{key}'?</source>
        <translation>; did you mean '{key}'?</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="207" />
        <source>; known keys: {keys}</source>
        <translation>; known keys: {keys}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="211" />
        <source>unknown key '{key}'{hint}</source>
        <translation>unknown key '{key}'{hint}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="226" />
        <location filename="../../guardian/core/policy_file.py" line="644" />
        <source>should be text in quotes, not {value}</source>
        <translation>should be text in quotes, not {value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="237" />
        <source>should be true or false, not {value}</source>
        <translation>should be true or false, not {value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="249" />
        <source>should be a duration in quotes, like '{minutes}m', not {value}</source>
        <translation>should be a duration in quotes, like '{minutes}m', not {value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="253" />
        <source>should be a duration in quotes, like '1h30m' or '45m', not {value}</source>
        <translation>should be a duration in quotes, like '1h30m' or '45m', not {value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="273" />
        <source>should be a date like 2026-10-01, not {value}</source>
        <translation>should be a date like 2026-10-01, not {value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="282" />
        <source>{value} (true/false)</source>
        <translation>{value} (true/false)</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="284" />
        <source>the text '{value}'</source>
        <translation>the text '{value}'</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="286" />
        <source>the number {value}</source>
        <translation>the number {value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="288" />
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="290" />
        <source>a table</source>
        <translation>a table</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="323" />
        <source>a day has 24 hours: a limit cannot be longer (for no limit, write unlimited)</source>
        <translation>a day has 24 hours: a limit cannot be longer (for no limit, write unlimited)</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="340" />
        <source>should be a list of windows like ["06:00-21:30"], not {value}</source>
        <translation>should be a list of windows like ["06:00-21:30"], not {value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="383" />
        <source>this Guardian reads policy format {version}, not {value}</source>
        <translation>this Guardian reads policy format {version}, not {value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="413" />
        <source>give a program between 0s and 10m to close</source>
        <translation>give a program between 0s and 10m to close</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="419" />
        <source>'{value}' is not a choice; write "allow", "tell" (the parent sees it) or "close" (the parent sees it and the window is closed unless a parent enters the PIN)</source>
        <translation>'{value}' is not a choice; write "allow", "tell" (the parent sees it) or "close" (the parent sees it and the window is closed unless a parent enters the PIN)</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="453" />
        <source>should be a list of texts, not {value}</source>
        <translation>should be a list of texts, not {value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="474" />
        <source>'{name}' is not a time zone; use a name like Asia/Shanghai or Europe/London</source>
        <translation>'{name}' is not a time zone; use a name like Asia/Shanghai or Europe/London</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="649" />
        <location filename="../../guardian/core/policy_file.py" line="496" />
        <source>no statutory calendar is known for '{code}'; use a two-letter code like CN, or "none" for weekends only</source>
        <translation>no statutory calendar is known for '{code}'; use a two-letter code like CN, or "none" for weekends only</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="508" />
        <source>should be a list of dates, not {value}</source>
        <translation>should be a list of dates, not {value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="519" />
        <source>{day} is marked both as a school day and as a rest day</source>
        <translation>{day} is marked both as a school day and as a rest day</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="528" />
        <source>should be a list of [[calendar.vacations]] tables, not {value}</source>
        <translation>should be a list of [[calendar.vacations]] tables, not {value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="541" />
        <source>a vacation needs '{key}'</source>
        <translation>a vacation needs '{key}'</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="550" />
        <source>the vacation ends ({end}) before it starts ({start})</source>
        <translation>the vacation ends ({end}) before it starts ({start})</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="590" />
        <source>should be a list of [[{table}]] tables, not {value}</source>
        <translation>should be a list of [[{table}]] tables, not {value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="608" />
        <source>an app rule needs 'exe' (the program's file name) or 'title' (a window-title pattern)</source>
        <translation>an app rule needs 'exe' (the program's file name) or 'title' (a window-title pattern)</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="620" />
        <source>unknown category '{name}'; known: {known}</source>
        <translation>unknown category '{name}'; known: {known}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="633" />
        <source>an app cannot be both blocked and always allowed</source>
        <translation>an app cannot be both blocked and always allowed</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="638" />
        <source>a blocked or always-allowed app takes no 'limit' or 'hours'</source>
        <translation>a blocked or always-allowed app takes no 'limit' or 'hours'</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="653" />
        <source>app rule '{id}' appears twice (also {other}); give one an 'id'</source>
        <translation>app rule '{id}' appears twice (also {other}); give one an 'id'</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="670" />
        <source>should be a list of durations like ["15m", "5m", "1m"], not {value}</source>
        <translation>should be a list of durations like ["15m", "5m", "1m"], not {value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="681" />
        <source>warnings come before time runs out, so each must be longer than 0m</source>
        <translation>warnings come before time runs out, so each must be longer than 0m</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="686" />
        <source>the same warning time appears twice</source>
        <translation>the same warning time appears twice</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="700" />
        <source>a rest break needs {keys}</source>
        <translation>a rest break needs {keys}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="710" />
        <source>must be longer than 0m</source>
        <translation>must be longer than 0m</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="730" />
        <source>not valid TOML: {error}</source>
        <translation>not valid TOML: {error}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="745" />
        <source>cannot read the file: {reason}</source>
        <translation>cannot read the file: {reason}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="759" />
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>the file is not UTF-8 text; save it as UTF-8</translation>
    </message>
</context>
<context>
    <name>PresetPage</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="227" />
        <source>Limits to start from</source>
        <translation>Limits to start from</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="230" />
        <source>Each child starts from a set of limits for their age, based on China's rules and guidelines. You can change any limit later in the dashboard.</source>
        <translation>Each child starts from a set of limits for their age, based on China's rules and guidelines. You can change any limit later in the dashboard.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="258" />
        <source>Early nights before school (MOE bedtimes), games and video 30 min on school days</source>
        <translation>Early nights before school (MOE bedtimes), games and video 30 min on school days</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="265" />
        <source>Minor mode under 16: 1 hour a day, nothing 22:00-06:00 (CAC 2024)</source>
        <translation>Minor mode under 16: 1 hour a day, nothing 22:00-06:00 (CAC 2024)</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="271" />
        <source>Minor mode 16-18: 2 hours a day, nothing 22:00-06:00 (CAC 2024)</source>
        <translation>Minor mode 16-18: 2 hours a day, nothing 22:00-06:00 (CAC 2024)</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="277" />
        <source>Games only 20:00-21:00 on Fridays, weekends and holidays (NPPA 2021)</source>
        <translation>Games only 20:00-21:00 on Fridays, weekends and holidays (NPPA 2021)</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="125" />
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="128" />
        <source>If you ever forget the PIN, this code sets a new one. Write it down and keep it where your child cannot find it. It is shown only now.</source>
        <translation>If you ever forget the PIN, this code sets a new one. Write it down and keep it where your child cannot find it. It is shown only now.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="133" />
        <source>I have written the code down</source>
        <translation>I have written the code down</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../guardian/ui/report.py" line="86" />
        <source>Weekly report for %1</source>
        <translation>Weekly report for %1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="119" />
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="123" />
        <source>Total for the week: %1</source>
        <translation>Total for the week: %1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="126" />
        <source>Made by Guardian on this computer. Nothing in this report was sent anywhere.</source>
        <translation>Made by Guardian on this computer. Nothing in this report was sent anywhere.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="129" />
        <source>Day by day</source>
        <translation>Day by day</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="130" />
        <source>Programs used most</source>
        <translation>Programs used most</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="131" />
        <source>Suggested reading</source>
        <translation>Suggested reading</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="139" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="140" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="141" />
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="148" />
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="149" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="150" />
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="151" />
        <source>Week before</source>
        <translation>Week before</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="330" />
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="330" />
        <source>Asked at</source>
        <translation>Asked at</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="330" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="330" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="336" />
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="337" />
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="341" />
        <source>Give minutes:</source>
        <translation>Give minutes:</translation>
    </message>
</context>
<context>
    <name>School</name>
    <message>
        <location filename="../../guardian/school.py" line="181" />
        <source>cannot read the file: {reason}</source>
        <translation>cannot read the file: {reason}</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="187" />
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>the file is not UTF-8 text; save it as UTF-8</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="201" />
        <source>a logo is a PNG, JPEG or SVG file, not {name}</source>
        <translation>a logo is a PNG, JPEG or SVG file, not {name}</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="206" />
        <source>{name} is {size} KB; a logo may be at most {limit} KB</source>
        <translation>{name} is {size} KB; a logo may be at most {limit} KB</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="216" />
        <source>{name} is not a {kind} image inside</source>
        <translation>{name} is not a {kind} image inside</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="227" />
        <location filename="../../guardian/school.py" line="456" />
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="240" />
        <source>not valid TOML: {error}</source>
        <translation>not valid TOML: {error}</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="254" />
        <source>a profile needs a [school] table</source>
        <translation>a profile needs a [school] table</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="262" />
        <source>give the school's name</source>
        <translation>give the school's name</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="265" />
        <source>give a contact parents can ask about Guardian (a name and a phone number)</source>
        <translation>give a contact parents can ask about Guardian (a name and a phone number)</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="277" />
        <source>give a path inside the profile's folder, like "logo.png"</source>
        <translation>give a path inside the profile's folder, like "logo.png"</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="284" />
        <source>{file}: no such file</source>
        <translation>{file}: no such file</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="296" />
        <source>'{value}': choose zh_CN or en</source>
        <translation>'{value}': choose zh_CN or en</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="308" />
        <source>give either a preset or a policy file, not both</source>
        <translation>give either a preset or a policy file, not both</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="316" />
        <source>no preset has the id '{value}' (presets: {known})</source>
        <translation>no preset has the id '{value}' (presets: {known})</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="328" />
        <source>{file}: no such file inside the profile's folder</source>
        <translation>{file}: no such file inside the profile's folder</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="356" />
        <source>give the folder of articles, like "articles"</source>
        <translation>give the folder of articles, like "articles"</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="363" />
        <source>{folder}: no such folder inside the profile's folder</source>
        <translation>{folder}: no such folder inside the profile's folder</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="437" />
        <source>the pack holds more than {limit} MB; it is not a school pack</source>
        <translation>the pack holds more than {limit} MB; it is not a school pack</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="446" />
        <source>{name}: a file outside the pack's folder</source>
        <translation>{name}: a file outside the pack's folder</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="459" />
        <source>not a readable zip file: {error}</source>
        <translation>not a readable zip file: {error}</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="464" />
        <source>the pack has no {file} at its top</source>
        <translation>the pack has no {file} at its top</translation>
    </message>
</context>
<context>
    <name>SchoolBanner</name>
    <message>
        <location filename="../../guardian/ui/school_banner.py" line="33" />
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/school_banner.py" line="35" />
        <source>Questions about Guardian: %1</source>
        <translation>Questions about Guardian: %1</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <location filename="../../guardian/services/service.py" line="157" />
        <source>cannot listen on {path}: {reason}</source>
        <translation>cannot listen on {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/peers.py" line="189" />
        <source>The service cannot tell which account connects on this system, so it refuses every agent.</source>
        <translation>The service cannot tell which account connects on this system, so it refuses every agent.</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/peers.py" line="226" />
        <source>The service cannot ask this system who connects ({error}), so it refuses every agent.</source>
        <translation>The service cannot ask this system who connects ({error}), so it refuses every agent.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="46" />
        <location filename="../../guardian/ui/settings_page.py" line="93" />
        <source>Parent PIN</source>
        <translation>Parent PIN</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="51" />
        <source>Current PIN:</source>
        <translation>Current PIN:</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="52" />
        <source>New PIN:</source>
        <translation>New PIN:</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="53" />
        <source>New PIN again:</source>
        <translation>New PIN again:</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="54" />
        <source>Change the PIN</source>
        <translation>Change the PIN</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="60" />
        <source>Language and privacy</source>
        <translation>Language and privacy</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="66" />
        <source>Language (from the next start):</source>
        <translation>Language (from the next start):</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="70" />
        <source>Do not keep window titles</source>
        <translation>Do not keep window titles</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="72" />
        <source>Keep window titles %1 days</source>
        <translation>Keep window titles %1 days</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="76" />
        <source>Window titles:</source>
        <translation>Window titles:</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="79" />
        <source>The family's data</source>
        <translation>The family's data</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="81" />
        <source>Export all data to a folder…</source>
        <translation>Export all data to a folder…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="87" />
        <source>To delete everything (usage, events, children, limits and the PIN), enter the PIN and type DELETE:</source>
        <translation>To delete everything (usage, events, children, limits and the PIN), enter the PIN and type DELETE:</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="95" />
        <source>Delete all data</source>
        <translation>Delete all data</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="106" />
        <source>Guardian %1. Everything stays on this computer: no network traffic, no screenshots, no keystrokes, no message contents.</source>
        <translation>Guardian %1. Everything stays on this computer: no network traffic, no screenshots, no keystrokes, no message contents.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="135" />
        <source>The two new PINs are not the same.</source>
        <translation>The two new PINs are not the same.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="145" />
        <source>The PIN is changed.</source>
        <translation>The PIN is changed.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="149" />
        <source>Export all data to a folder</source>
        <translation>Export all data to a folder</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="155" />
        <source>%1 files written to %2.</source>
        <translation>%1 files written to %2.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="166" />
        <source>Nothing was deleted: enter the PIN and type DELETE.</source>
        <translation>Nothing was deleted: enter the PIN and type DELETE.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="172" />
        <source>All data is deleted. Run guardian setup to start again.</source>
        <translation>All data is deleted. Run guardian setup to start again.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="321" />
        <source>Setting up Guardian</source>
        <translation>Setting up Guardian</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="342" />
        <source>%1's limits: %2</source>
        <translation>%1's limits: %2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../guardian/storage/errors.py" line="33" />
        <source>Guardian could not use its data file {path} because another program is using it right now. Close other Guardian windows, wait a moment and try again. Guardian did not change or delete anything in it.</source>
        <translation>Guardian could not use its data file {path} because another program is using it right now. Close other Guardian windows, wait a moment and try again. Guardian did not change or delete anything in it.</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/errors.py" line="51" />
        <source>The data file {path} was written by a newer version of Guardian (schema {revision}). Keep using that newer version (install it again if it was removed), or ask whoever set up Guardian for you. Guardian did not change or delete anything in it.</source>
        <translation>The data file {path} was written by a newer version of Guardian (schema {revision}). Keep using that newer version (install it again if it was removed), or ask whoever set up Guardian for you. Guardian did not change or delete anything in it.</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/errors.py" line="70" />
        <source>The data file {path} is damaged or is not a Guardian data file ({detail}). Guardian did not change or delete anything in it. Restore it from a backup, or move it to another folder (keep it: it holds the history) and start Guardian again to begin with a new, empty file.</source>
        <translation>The data file {path} is damaged or is not a Guardian data file ({detail}). Guardian did not change or delete anything in it. Restore it from a backup, or move it to another folder (keep it: it holds the history) and start Guardian again to begin with a new, empty file.</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/errors.py" line="92" />
        <source>Guardian cannot use its data file {path}: {reason}. Check that the folder exists and can be written to and that the disk has free space, then start Guardian again. Guardian did not change or delete anything in it.</source>
        <translation>Guardian cannot use its data file {path}: {reason}. Check that the folder exists and can be written to and that the disk has free space, then start Guardian again. Guardian did not change or delete anything in it.</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/errors.py" line="109" />
        <source>A child named '{name}' already exists. Choose another name; nothing was added.</source>
        <translation>A child named '{name}' already exists. Choose another name; nothing was added.</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/errors.py" line="124" />
        <source>There is no child named '{name}'. Check the spelling, or add the child first (guardian child add {name}).</source>
        <translation>There is no child named '{name}'. Check the spelling, or add the child first (guardian child add {name}).</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/errors.py" line="139" />
        <source>This request for more time was already approved; nothing changed.</source>
        <translation>This request for more time was already approved; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/errors.py" line="141" />
        <source>This request for more time was already answered; nothing changed.</source>
        <translation>This request for more time was already answered; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="86" />
        <source>another file has taken its place since Guardian opened it, and Guardian uses a new file only after checking it when it starts</source>
        <translation>another file has taken its place since Guardian opened it, and Guardian uses a new file only after checking it when it starts</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="119" />
        <source>its folder cannot be created ({reason})</source>
        <translation>its folder cannot be created ({reason})</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="123" />
        <source>that name is taken by a folder or device, not a file</source>
        <translation>that name is taken by a folder or device, not a file</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="141" />
        <source>it does not start like a SQLite database</source>
        <translation>it does not start like a SQLite database</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="154" />
        <source>SQLite's check found damage: {problem}</source>
        <translation>SQLite's check found damage: {problem}</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/database.py" line="217" />
        <source>it holds tables but no Guardian schema revision</source>
        <translation>it holds tables but no Guardian schema revision</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/database.py" line="248" />
        <location filename="../../guardian/storage/lite.py" line="151" />
        <source>{count} rows point at missing rows</source>
        <translation>{count} rows point at missing rows</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="200" />
        <source>the file or its folder cannot be written</source>
        <translation>the file or its folder cannot be written</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="205" />
        <source>the disk reported an error ({detail})</source>
        <translation>the disk reported an error ({detail})</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="211" />
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="212" />
        <source>it is no longer there: the file or its folder was moved, renamed or deleted while Guardian was running</source>
        <translation>it is no longer there: the file or its folder was moved, renamed or deleted while Guardian was running</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="224" />
        <source>the disk or folder cannot be written</source>
        <translation>the disk or folder cannot be written</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="233" />
        <source>it cannot be read ({reason})</source>
        <translation>it cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="254" />
        <source>a stored value is not valid JSON ({problem})</source>
        <translation>a stored value is not valid JSON ({problem})</translation>
    </message>
    <message>
        <location filename="../../guardian/sealing.py" line="67" />
        <source>Guardian's data on this PC ({path}) is kept by the Guardian service, and only an administrator can open it. Run this as an administrator: `sudo guardian ...` on Linux and macOS (the dashboard's menu entry asks for the password itself), or "Run as administrator" on Windows.</source>
        <translation>Guardian's data on this PC ({path}) is kept by the Guardian service, and only an administrator can open it. Run this as an administrator: `sudo guardian ...` on Linux and macOS (the dashboard's menu entry asks for the password itself), or "Run as administrator" on Windows.</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <location filename="../../guardian/services/suggestions.py" line="75" />
        <source>Used after 22:00 on %1 days this week.</source>
        <translation>Used after 22:00 on %1 days this week.</translation>
    </message>
    <message>
        <location filename="../../guardian/services/suggestions.py" line="78" />
        <source>Games reached their limit on %1 days this week.</source>
        <translation>Games reached their limit on %1 days this week.</translation>
    </message>
    <message>
        <location filename="../../guardian/services/suggestions.py" line="81" />
        <source>%1% more screen time than the week before.</source>
        <translation>%1% more screen time than the week before.</translation>
    </message>
    <message>
        <location filename="../../guardian/services/suggestions.py" line="84" />
        <source>A new chat or social app this week: %1.</source>
        <translation>A new chat or social app this week: %1.</translation>
    </message>
    <message>
        <location filename="../../guardian/services/suggestions.py" line="87" />
        <source>%1 requests for more time this week.</source>
        <translation>%1 requests for more time this week.</translation>
    </message>
    <message>
        <location filename="../../guardian/services/suggestions.py" line="90" />
        <source>%1 wrong parent PIN tries this week.</source>
        <translation>%1 wrong parent PIN tries this week.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="288" />
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="300" />
        <source>Guardian will start with these limits:</source>
        <translation>Guardian will start with these limits:</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="304" />
        <source>Press Finish to save them and start Guardian.</source>
        <translation>Press Finish to save them and start Guardian.</translation>
    </message>
</context>
<context>
    <name>Tips</name>
    <message>
        <location filename="../../guardian/ui/tips.py" line="27" />
        <source>Look at something far away for a while: your eyes have worked hard.</source>
        <translation>Look at something far away for a while: your eyes have worked hard.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="30" />
        <source>Stand up, stretch, and drink a glass of water.</source>
        <translation>Stand up, stretch, and drink a glass of water.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="31" />
        <source>Go outside if you can: two hours of daylight a day keeps eyes healthy.</source>
        <translation>Go outside if you can: two hours of daylight a day keeps eyes healthy.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="34" />
        <source>Tell someone in your family about the best thing you did today.</source>
        <translation>Tell someone in your family about the best thing you did today.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="37" />
        <source>Read a book, draw, or build something with your hands.</source>
        <translation>Read a book, draw, or build something with your hands.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="40" />
        <source>A good sleep helps you remember what you learned today.</source>
        <translation>A good sleep helps you remember what you learned today.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="43" />
        <source>If something online upset you, talk to a parent or a teacher about it.</source>
        <translation>If something online upset you, talk to a parent or a teacher about it.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="46" />
        <source>Plan tomorrow: what will you do first when the computer is free again?</source>
        <translation>Plan tomorrow: what will you do first when the computer is free again?</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="80" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="80" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="91" />
        <source>Timeline of the day</source>
        <translation>Timeline of the day</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="102" />
        <source>The computer is locked now</source>
        <translation>The computer is locked now</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="104" />
        <source>Time left today: %1</source>
        <translation>Time left today: %1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="108" />
        <source>used %1</source>
        <translation>used %1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="112" />
        <source>now: %1 (%2)</source>
        <translation>now: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="118" />
        <source>%1: used %2</source>
        <translation>%1: used %2</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="124" />
        <source>Suggested reading: %1</source>
        <translation>Suggested reading: %1</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="33" />
        <source>internet addiction</source>
        <translation>internet addiction</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="34" />
        <source>getting help</source>
        <translation>getting help</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="35" />
        <source>family agreements</source>
        <translation>family agreements</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="36" />
        <source>limits</source>
        <translation>limits</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="37" />
        <source>parents as role models</source>
        <translation>parents as role models</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="38" />
        <source>daily rhythm</source>
        <translation>daily rhythm</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="39" />
        <source>sleep</source>
        <translation>sleep</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="40" />
        <source>eyes</source>
        <translation>eyes</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="41" />
        <source>outdoors</source>
        <translation>outdoors</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="42" />
        <source>games</source>
        <translation>games</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="43" />
        <source>spending</source>
        <translation>spending</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="44" />
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="45" />
        <source>social apps</source>
        <translation>social apps</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="46" />
        <source>bullying</source>
        <translation>bullying</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="47" />
        <source>harmful content</source>
        <translation>harmful content</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="48" />
        <source>reporting</source>
        <translation>reporting</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="49" />
        <source>privacy</source>
        <translation>privacy</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="50" />
        <source>fraud</source>
        <translation>fraud</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="51" />
        <source>judging what you read</source>
        <translation>judging what you read</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="52" />
        <source>learning online</source>
        <translation>learning online</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="53" />
        <source>school and home</source>
        <translation>school and home</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="54" />
        <source>age by age</source>
        <translation>age by age</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="55" />
        <source>about Guardian</source>
        <translation>about Guardian</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../guardian/ui/tray.py" line="44" />
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="48" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="52" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="56" />
        <source>Guardian writes down which program is in front and for how long, the window's title (for example the name of a web page), and when nobody is using the computer.

It never records what you type, what is on the screen, your messages or chats, or anything you send over the internet. It sends nothing anywhere: everything stays on this computer, and your parents see it in their dashboard.

The limits are there so that there is time for sleep, homework, friends and being outside too. If they feel unfair, talk about them with your parents.</source>
        <translation>Guardian writes down which program is in front and for how long, the window's title (for example the name of a web page), and when nobody is using the computer.

It never records what you type, what is on the screen, your messages or chats, or anything you send over the internet. It sends nothing anywhere: everything stays on this computer, and your parents see it in their dashboard.

The limits are there so that there is time for sleep, homework, friends and being outside too. If they feel unfair, talk about them with your parents.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="97" />
        <source>Ask for more time…</source>
        <translation>Ask for more time…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="98" />
        <location filename="../../guardian/ui/tray.py" line="183" />
        <source>What Guardian records</source>
        <translation>What Guardian records</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="99" />
        <source>Parent mode…</source>
        <translation>Parent mode…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="114" />
        <source>Parent mode until %1</source>
        <translation>Parent mode until %1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="121" />
        <source>Time left today: %1</source>
        <translation>Time left today: %1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="123" />
        <source>The computer is resting now</source>
        <translation>The computer is resting now</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="127" />
        <source>No change ahead</source>
        <translation>No change ahead</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="129" />
        <source>Next change: %1</source>
        <translation>Next change: %1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="135" />
        <source>Requests waiting for a parent: %1</source>
        <translation>Requests waiting for a parent: %1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="154" />
        <source>Ask for more time</source>
        <translation>Ask for more time</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="156" />
        <source>Your parent will see this request in the dashboard.</source>
        <translation>Your parent will see this request in the dashboard.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="159" />
        <source>%1 minutes more</source>
        <translation>%1 minutes more</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="163" />
        <source>Why do you need more time? (optional)</source>
        <translation>Why do you need more time? (optional)</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="173" />
        <source>Request sent</source>
        <translation>Request sent</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="173" />
        <source>Your parent will answer it.</source>
        <translation>Your parent will answer it.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="198" />
        <source>Parent mode</source>
        <translation>Parent mode</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="202" />
        <source>Pause Guardian while a parent uses this account. Enter the parent PIN:</source>
        <translation>Pause Guardian while a parent uses this account. Enter the parent PIN:</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../guardian/core/units.py" line="34" />
        <source>'{text}' is not a duration; write it like 1h30m, 45m or 2h</source>
        <translation>'{text}' is not a duration; write it like 1h30m, 45m or 2h</translation>
    </message>
    <message>
        <location filename="../../guardian/core/units.py" line="61" />
        <source>'{text}' is not a time of day; write it as HH:MM, like 07:30 or 21:00</source>
        <translation>'{text}' is not a time of day; write it as HH:MM, like 07:30 or 21:00</translation>
    </message>
    <message>
        <location filename="../../guardian/core/units.py" line="70" />
        <source>'{text}' is not a time of day; hours go from 00 to 23, minutes to 59</source>
        <translation>'{text}' is not a time of day; hours go from 00 to 23, minutes to 59</translation>
    </message>
    <message>
        <location filename="../../guardian/core/units.py" line="105" />
        <source>'{text}' is not a time window; write it as HH:MM-HH:MM, like 18:00-20:30</source>
        <translation>'{text}' is not a time window; write it as HH:MM-HH:MM, like 18:00-20:30</translation>
    </message>
    <message>
        <location filename="../../guardian/core/units.py" line="114" />
        <source>'{text}': windows move in {step}-minute steps ({time} is not on one)</source>
        <translation>'{text}': windows move in {step}-minute steps ({time} is not on one)</translation>
    </message>
    <message>
        <location filename="../../guardian/core/units.py" line="120" />
        <source>'{text}' starts and ends at the same time; for the whole day write 00:00-24:00</source>
        <translation>'{text}' starts and ends at the same time; for the whole day write 00:00-24:00</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="107" />
        <source>Time is nearly up</source>
        <translation>Time is nearly up</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="109" />
        <source>%1 minutes left for %2 today.</source>
        <translation>%1 minutes left for %2 today.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="114" />
        <source>%1 minutes left for this program today.</source>
        <translation>%1 minutes left for this program today.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="116" />
        <source>%1 minutes of computer time left. Save your work.</source>
        <translation>%1 minutes of computer time left. Save your work.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="136" />
        <source>Time is up for this program</source>
        <translation>Time is up for this program</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="139" />
        <source>It will close in %1 seconds. Save what you are doing.</source>
        <translation>It will close in %1 seconds. Save what you are doing.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="143" />
        <source>Your family's rules do not allow this program now.</source>
        <translation>Your family's rules do not allow this program now.</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="150" />
        <source>Time for a break</source>
        <translation>Time for a break</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="151" />
        <source>Rest your eyes: look at something far away and move around for a few minutes.</source>
        <translation>Rest your eyes: look at something far away and move around for a few minutes.</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="262" />
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="263" />
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="264" />
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="265" />
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="266" />
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="267" />
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="268" />
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
</context>
</TS>