<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../guardian/platform/accounts.py" line="55" />
        <source>Make the child's account a standard user: Settings &gt; Accounts &gt; Family &amp; other users &gt; Change account type &gt; Standard User.</source>
        <translation>把孩子的账户改成标准用户：设置 &gt; 帐户 &gt; 家庭和其他用户 &gt; 更改帐户类型 &gt; 标准用户。</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/accounts.py" line="60" />
        <source>Make the child's account a standard user: System Settings &gt; Users &amp; Groups, and turn off “Allow this user to administer this computer”.</source>
        <translation>把孩子的账户改成标准用户：系统设置 &gt; 用户与群组，关闭“允许用户管理这台电脑”。</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/accounts.py" line="64" />
        <source>Take the child's account out of the sudo (or wheel) group: sudo deluser CHILD sudo, or ask whoever set up the PC.</source>
        <translation>把孩子的账户移出 sudo（或 wheel）组：sudo deluser 孩子的账户 sudo，或者请装电脑的人帮忙。</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="409" />
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="414" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="414" />
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="414" />
        <source>What</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="414" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>Agent</name>
    <message>
        <location filename="../../guardian/services/agent.py" line="58" />
        <source>no child named '{name}'; add one with: guardian child add {name}</source>
        <translation>没有名叫 '{name}' 的孩子；请用这个命令添加：guardian child add {name}</translation>
    </message>
    <message>
        <location filename="../../guardian/services/agent.py" line="69" />
        <source>no child is set up for the account '{account}'; give the child's account with `guardian child add NAME --os-user {account}`, or start the agent with --child NAME</source>
        <translation>还没有孩子对应账户 '{account}'；请用 `guardian child add NAME --os-user {account}` 填写孩子的账户，或者启动 agent 时加上 --child NAME</translation>
    </message>
    <message>
        <location filename="../../guardian/services/agent.py" line="111" />
        <source>Guardian is already running in this session</source>
        <translation>Guardian 已经在这个会话里运行了</translation>
    </message>
    <message>
        <location filename="../../guardian/services/agent.py" line="220" />
        <source>Guardian is tracking %1 (%2); stop with Ctrl+C</source>
        <translation>Guardian 正在记录%1的使用情况（%2）；按 Ctrl+C 停止</translation>
    </message>
    <message>
        <location filename="../../guardian/services/agent.py" line="232" />
        <source>the Guardian service has no child for the account '{account}'; a parent adds one with: sudo guardian child add NAME --os-user {account}</source>
        <translation>Guardian 服务里没有对应账户 '{account}' 的孩子；请家长用这个命令添加：sudo guardian child add NAME --os-user {account}</translation>
    </message>
    <message>
        <location filename="../../guardian/services/agent.py" line="240" />
        <source>the Guardian service cannot tell which account this agent runs in</source>
        <translation>Guardian 服务无法确认这个 agent 是在哪个账户里运行的</translation>
    </message>
    <message>
        <location filename="../../guardian/services/agent.py" line="244" />
        <source>the Guardian service cannot read its data; its log says why (journalctl -u guardian)</source>
        <translation>Guardian 服务读不了自己的数据；原因请看它的日志（journalctl -u guardian）</translation>
    </message>
    <message>
        <location filename="../../guardian/services/agent.py" line="251" />
        <source>the Guardian service did not understand this agent; are both the same version of Guardian?</source>
        <translation>Guardian 服务看不懂这个 agent 发来的内容；两者是同一个版本的 Guardian 吗？</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../guardian/ui/app.py" line="93" />
        <source>Guardian demo: a made-up family in %1</source>
        <translation>Guardian 演示：一个虚构的家庭，数据在 %1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/app.py" line="135" />
        <source>Removing Guardian takes the parent PIN. The family's data stays on this computer unless you choose to delete it.</source>
        <translation>卸载 Guardian 需要家长密码。除非你选择删除，家庭数据会留在这台电脑上。</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../guardian/core/catalog.py" line="103" />
        <source>this Guardian reads catalog format {version}, not {value}</source>
        <translation>这个版本的 Guardian 读取的清单格式是 {version}，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/catalog.py" line="114" />
        <source>a catalog entry needs a 'category'</source>
        <translation>清单里的每一项都需要填写 'category'</translation>
    </message>
    <message>
        <location filename="../../guardian/core/catalog.py" line="133" />
        <source>cannot read the catalog: {error}</source>
        <translation>无法读取应用清单：{error}</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="124" />
        <source>study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="125" />
        <source>games</source>
        <translation>游戏</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="126" />
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="127" />
        <source>chat and social apps</source>
        <translation>聊天和社交软件</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="128" />
        <source>payments</source>
        <translation>支付</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="129" />
        <source>other programs</source>
        <translation>其他程序</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="152" />
        <source>Your children</source>
        <translation>你的孩子</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="155" />
        <source>Add each child who uses this PC. Give the account they sign in with, if they have their own.</source>
        <translation>添加每个使用这台电脑的孩子。如果孩子有自己的账户，请填上登录用的账户名。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="164" />
        <source>their account on this PC (optional)</source>
        <translation>在这台电脑上的账户（可以不填）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="165" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="171" />
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="171" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="171" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="185" />
        <source>Give the child's name (1 to 64 characters).</source>
        <translation>请填写孩子的名字（1 到 64 个字符）。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="188" />
        <source>%1 is already on the list.</source>
        <translation>%1 已经在名单上了。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="195" />
        <source>Guardian could not find the account %1 on this PC; check the spelling.</source>
        <translation>在这台电脑上找不到账户 %1，请检查拼写。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="200" />
        <source>%1 is an administrator account: a child can switch Guardian off from it. %2</source>
        <translation>%1 是管理员账户：孩子用它可以关掉 Guardian。%2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../guardian/cli.py" line="81" />
        <source>school day</source>
        <translation>上学日</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="82" />
        <source>rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="89" />
        <source>outside the allowed hours</source>
        <translation>不在允许使用的时段内</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="90" />
        <source>today's time is used up</source>
        <translation>今天的时间已用完</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="91" />
        <source>rest break</source>
        <translation>课间休息</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="92" />
        <source>the computer is locked</source>
        <translation>电脑已锁屏</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="93" />
        <source>a category's time is used up</source>
        <translation>某个分类的时间已用完</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="94" />
        <source>an app's time is used up</source>
        <translation>某个应用的时间已用完</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="95" />
        <source>blocked by a parent</source>
        <translation>被家长禁止</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="117" />
        <source>{name}: no such policy file, and no preset has that id (presets: {known})</source>
        <translation>{name}：没有这个规则文件，也没有这个 ID 的预设（现有预设：{known}）</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="142" />
        <source>--at {text}: not a date and time; write it like 2026-11-20T20:30:00+08:00</source>
        <translation>--at {text}：不是有效的日期和时间；请写成 2026-11-20T20:30:00+08:00 这样的形式</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="162" />
        <source>{file}: cannot read the usage file: {reason}</source>
        <translation>{file}：无法读取使用记录文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="168" />
        <source>{file}: not valid JSON: {error}</source>
        <translation>{file}：不是有效的 JSON：{error}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="173" />
        <source>{file}: should be a JSON object like {example}</source>
        <translation>{file}：应当是类似 {example} 的 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="180" />
        <source>{file}: {key}: unknown key; known: {known}</source>
        <translation>{file}：{key}：未知的键；可用的键：{known}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="188" />
        <source>{file}: {key}: should be a whole number of seconds, 0 or more</source>
        <translation>{file}：{key}：应当是秒数，即 0 或更大的整数</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="199" />
        <source>{file}: {key}: should be an object of name: seconds</source>
        <translation>{file}：{key}：应当是“名称: 秒数”形式的对象</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="238" />
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="242" />
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="243" />
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分钟 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="252" />
        <source>{file}: valid policy '{name}', {rules} app rules</source>
        <translation>{file}：规则 '{name}' 有效，包含 {rules} 条应用规则</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="284" />
        <source>applied from {origin}</source>
        <translation>从 {origin} 应用</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="293" />
        <source>{child}: policy version {version} applied ({origin})</source>
        <translation>{child}：已应用第 {version} 版规则（{origin}）</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="305" />
        <source>--age {age}: give the child's age in years, from 1 to 25</source>
        <translation>--age {age}：请填写孩子的年龄（周岁），在 1 到 25 之间</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="311" />
        <source>NAME: give the child's name, 1 to 64 characters</source>
        <translation>NAME：请填写孩子的名字，1 到 64 个字符</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="315" />
        <source>added {child} (account {account})</source>
        <translation>已添加 {child}（账户 {account}）</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="319" />
        <source>added {child}</source>
        <translation>已添加 {child}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="331" />
        <source>policy v{version}</source>
        <translation>规则第 {version} 版</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="333" />
        <source>no policy yet</source>
        <translation>还没有规则</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="355" />
        <source>--day {day}: not a date; write it like 2026-11-20</source>
        <translation>--day {day}：不是有效的日期；请写成 2026-11-20 这样的形式</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="384" />
        <source>{child} on {day} ({day_type}): {total}</source>
        <translation>{child} 在 {day}（{day_type}）：{total}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="408" />
        <source>Guardian {version}; data home {home}</source>
        <translation>Guardian {version}；数据目录 {home}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="416" />
        <source>No children set up yet. Add one with: guardian child add NAME --age N
then give them a policy:          guardian policy apply PRESET --child NAME
Presets: {presets}</source>
        <translation>还没有添加孩子。先添加一个：guardian child add NAME --age N
然后给孩子设定规则：        guardian policy apply PRESET --child NAME
预设：{presets}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="428" />
        <source>locked ({reason})</source>
        <translation>已锁定（{reason}）</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="432" />
        <source>unlocked</source>
        <translation>未锁定</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="435" />
        <source>{child}: {day_type}, {state}, time left {left}</source>
        <translation>{child}：{day_type}，{state}，还剩 {left}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="440" />
        <source>{line}, changes at {when}</source>
        <translation>{line}，下次变化：{when}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="446" />
        <source>  note: the official holiday schedule for {year} is not known yet; weekends and the fixed public holidays are used</source>
        <translation>  注意：{year} 年的官方放假安排还不知道；暂时按周末和固定的法定节假日计算</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="494" />
        <location filename="../../guardian/cli.py" line="506" />
        <source>(no window)</source>
        <translation>（没有窗口）</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="504" />
        <source>locked </source>
        <translation>锁屏 </translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="505" />
        <source>full-screen </source>
        <translation>全屏 </translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="507" />
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="537" />
        <source>{what}: nothing given</source>
        <translation>{what}：没有输入</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="541" />
        <source>{what}: expected on standard input, one per line</source>
        <translation>{what}：应从标准输入读取，每行一个</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="562" />
        <source>Current PIN</source>
        <translation>现在的密码</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="563" />
        <location filename="../../guardian/cli.py" line="610" />
        <source>New PIN</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="564" />
        <source>New PIN again</source>
        <translation>再输一次新密码</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="565" />
        <source>the two PINs differ; nothing was changed</source>
        <translation>两次输入的密码不一样；没有做任何修改</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="568" />
        <source>The parent PIN is set.
Recovery code, shown only once: write it down and keep it away from the child:
    {code}</source>
        <translation>家长密码已设置。
恢复码只显示这一次：请把它抄下来，放在孩子找不到的地方：
    {code}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="588" />
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="596" />
        <source>wrong PIN; too many tries: wait {seconds} s</source>
        <translation>密码不对；输错的次数太多了：请等 {seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="602" />
        <source>wrong PIN</source>
        <translation>密码不对</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="609" />
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="613" />
        <source>The parent PIN is set again; the old recovery code no longer works.
New recovery code (shown only once): {code}</source>
        <translation>家长密码已重新设置；原来的恢复码不能再用了。
新的恢复码（只显示这一次）：{code}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="686" />
        <source>--week {day}: not a date; write it like 2026-11-16</source>
        <translation>--week {day}：不是有效的日期；请写成 2026-11-16 这样的形式</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="693" />
        <source>--out {file}: a report is saved as .pdf, .html or .csv</source>
        <translation>--out {file}：报告只能保存为 .pdf、.html 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="707" />
        <source>{file}: weekly report for {child}, {day} and the six days after</source>
        <translation>{file}：{child} 的每周报告，从 {day} 起共七天</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="743" />
        <source>{pack} ({language}): {count} articles can be shown</source>
        <translation>{pack}（{language}）：可以显示 {count} 篇文章</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="753" />
        <source>the two languages differ: {ids} are in only one of them</source>
        <translation>两种语言的文章不一致：{ids} 只在其中一种语言里有</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="769" />
        <source>{pack}: added to {folder} ({count} articles)</source>
        <translation>{pack}：已添加到 {folder}（{count} 篇文章）</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="777" />
        <source>the articles named above are not shown until they are corrected</source>
        <translation>上面列出的文章在改正之前不会显示</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="793" />
        <source>{pack}: removed</source>
        <translation>{pack}：已删除</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="810" />
        <source>none (the wizard's choice by age)</source>
        <translation>无（由设置向导按年龄选择）</translation>
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
  联系人：{contact}
  起始限制：{limits}
  学期校历：{vacations} 个假期，{school_days} 个调休上课日，{rest_days} 个休息日
  文章：{articles}
  窗口标题：{titles}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="827" />
        <source>not kept</source>
        <translation>不保存</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="829" />
        <source>the family's choice</source>
        <translation>由家庭决定</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="839" />
        <source>no school profile is applied on this computer</source>
        <translation>这台电脑没有应用学校配置</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="867" />
        <source>--bundle {folder}: no guardian.exe (Windows) or guardian (Linux) program in it; give the folder `make bundle` makes (dist/guardian)</source>
        <translation>--bundle {folder}：其中没有 guardian.exe（Windows）或 guardian（Linux）程序；请给出 `make bundle` 生成的文件夹（dist/guardian）</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="875" />
        <source>{file}: {size} MB</source>
        <translation>{file}：{size} MB</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="894" />
        <source>Parent PIN</source>
        <translation>家长密码</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="897" />
        <source>wrong PIN; the school profile was not applied</source>
        <translation>密码错误，学校配置未应用</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="903" />
        <source>{name}: applied. Contact: {contact}</source>
        <translation>{name}：已应用。联系人：{contact}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="909" />
        <source>term calendar added to the limits of: {children}</source>
        <translation>学期校历已加入以下孩子的限制：{children}</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="914" />
        <source>the school's articles are in the guidance library</source>
        <translation>学校的文章已加入指导文章库</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="916" />
        <source>window titles are no longer kept, as the school asks</source>
        <translation>按学校的要求，不再保存窗口标题</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="927" />
        <source>Guardian: screen-time limits and family-education guidance for a family PC.</source>
        <translation>Guardian：为家用电脑提供屏幕时间限制和家庭教育指导。</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="933" />
        <source>commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="936" />
        <source>check, explain and apply policy files</source>
        <translation>检查、解释和应用规则文件</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="939" />
        <source>policy commands</source>
        <translation>规则相关命令</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="942" />
        <source>check a policy file; exit 2 with every error</source>
        <translation>检查规则文件；如有错误，列出全部错误并以退出码 2 结束</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="947" />
        <source>what a policy allows at a given moment (JSON)</source>
        <translation>规则在某一时刻允许什么（JSON）</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="949" />
        <location filename="../../guardian/cli.py" line="960" />
        <source>a policy file or a preset id</source>
        <translation>规则文件或预设 ID</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="953" />
        <source>ISO date and time, e.g. 2026-11-20T20:30:00+08:00</source>
        <translation>ISO 格式的日期和时间，例如 2026-11-20T20:30:00+08:00</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="955" />
        <source>JSON file with usage so far that day</source>
        <translation>记录当天到目前为止使用情况的 JSON 文件</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="958" />
        <source>make a policy a child's current policy</source>
        <translation>把一套规则设为孩子当前的规则</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="963" />
        <source>who applied it (default: this account)</source>
        <translation>由谁应用（默认：当前账户）</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="966" />
        <source>list the presets that come with Guardian</source>
        <translation>列出 Guardian 自带的预设</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="970" />
        <source>add and list children</source>
        <translation>添加和列出孩子</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="972" />
        <source>child commands</source>
        <translation>孩子相关命令</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="974" />
        <source>add a child</source>
        <translation>添加一个孩子</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="976" />
        <source>the child's account on this PC</source>
        <translation>孩子在这台电脑上的账户</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="979" />
        <source>list children</source>
        <translation>列出孩子</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="983" />
        <source>school guidance packs: check, add, list, remove</source>
        <translation>学校指导文章包：检查、添加、列出、删除</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="986" />
        <source>guidance commands</source>
        <translation>指导文章包相关命令</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="989" />
        <source>check a pack's articles; exit 2 with every problem</source>
        <translation>检查文章包里的文章；如有问题，列出全部问题并以退出码 2 结束</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="994" />
        <source>add a school's pack of articles to this PC</source>
        <translation>把学校的指导文章包添加到这台电脑</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="998" />
        <source>list the packs added</source>
        <translation>列出已添加的文章包</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1000" />
        <source>remove a pack</source>
        <translation>删除一个文章包</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1005" />
        <source>school profiles: check, build installers, apply</source>
        <translation>学校配置：检查、生成安装程序、应用</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1008" />
        <source>school commands</source>
        <translation>学校命令</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1011" />
        <source>check a school.toml or a school pack (.zip)</source>
        <translation>检查 school.toml 或学校配置包（.zip）</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1017" />
        <source>a school's pack, Windows installer and .deb with its profile</source>
        <translation>生成带学校配置的配置包、Windows 安装程序和 .deb</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1023" />
        <source>a Guardian bundle folder (Windows or Linux); give it twice for both</source>
        <translation>Guardian 程序包文件夹（Windows 或 Linux）；两种都要就给两次</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1027" />
        <source>the folder to write to</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1032" />
        <source>bring a school pack to this family (asks the parent PIN)</source>
        <translation>把学校配置包应用到本家庭（需要家长密码）</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1037" />
        <source>the school profile applied on this computer</source>
        <translation>这台电脑已应用的学校配置</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1041" />
        <source>a child's usage on one day</source>
        <translation>孩子某一天的使用情况</translation>
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
        <translation>输出 JSON</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1047" />
        <source>the parent PIN</source>
        <translation>家长密码</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1049" />
        <source>pin commands</source>
        <translation>密码相关命令</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1052" />
        <source>set or change the parent PIN (standard input or prompt)</source>
        <translation>设置或修改家长密码（从标准输入读取，或提示输入）</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1056" />
        <source>check a PIN: exit 0 when right, 1 otherwise</source>
        <translation>检查密码：正确时退出码为 0，否则为 1</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1061" />
        <source>ask in a window (for installers): exit 0 when right or when no PIN is set yet</source>
        <translation>在窗口中询问（供安装程序使用）：密码正确或尚未设置密码时退出码为 0</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1068" />
        <source>forgotten PIN: set a new one with the recovery code</source>
        <translation>忘了密码：用恢复码设置新密码</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1073" />
        <source>the child's side: track usage in this desktop session</source>
        <translation>孩子端：记录这个桌面会话中的使用情况</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1076" />
        <source>the child (default: the one whose account this is)</source>
        <translation>哪个孩子（默认：使用当前账户的孩子）</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1082" />
        <source>service: report to guardian service; local: track in this process and write the store; auto (default): the service when it runs</source>
        <translation>service：向 guardian 服务报告；local：在本进程里记录并写入数据；auto（默认）：服务在运行时就用服务</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1092" />
        <source>the system service that keeps the store and the children's time (as root)</source>
        <translation>保管数据和孩子们的时间的系统服务（以 root 身份运行）</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1099" />
        <source>a child's weekly report as PDF, HTML or CSV</source>
        <translation>生成孩子的每周报告（PDF、HTML 或 CSV）</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1102" />
        <source>the first day, YYYY-MM-DD</source>
        <translation>第一天，格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1103" />
        <source>a .pdf, .html or .csv file</source>
        <translation>一个 .pdf、.html 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1107" />
        <source>the first-run wizard: PIN, children, limits</source>
        <translation>首次设置向导：密码、孩子、时间限制</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1112" />
        <source>the parent's window (needs the parent PIN)</source>
        <translation>家长面板（需要家长密码）</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1116" />
        <source>the dashboard over a made-up family, to look around</source>
        <translation>用一个虚构的家庭打开家长面板，先随便看看</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1120" />
        <source>save a picture of the dashboard to this PNG file and quit</source>
        <translation>把家长面板的画面保存为这个 PNG 文件，然后退出</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1125" />
        <source>what Guardian sees on this desktop right now</source>
        <translation>Guardian 此刻在这个桌面上看到了什么</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1128" />
        <source>one sample</source>
        <translation>只采样一次</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1130" />
        <source>a sample a second until Ctrl+C</source>
        <translation>每秒采样一次，直到按下 Ctrl+C</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1137" />
        <source>what works on this machine, and how to fix what does not</source>
        <translation>检查这台电脑上哪些功能可以正常工作，以及怎样解决不能工作的</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="1143" />
        <source>each child's state now (the default)</source>
        <translation>每个孩子现在的状态（默认）</translation>
    </message>
</context>
<context>
    <name>CountdownWindow</name>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="54" />
        <source>left today</source>
        <translation>今天还剩</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="494" />
        <source>Guardian: parent dashboard</source>
        <translation>Guardian 家长面板</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="510" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="511" />
        <source>Week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="512" />
        <source>Month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="513" />
        <location filename="../../guardian/ui/dashboard.py" line="625" />
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="514" />
        <source>Activity</source>
        <translation>动态</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="515" />
        <source>Guidance</source>
        <translation>家庭教育</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="519" />
        <source>Limits</source>
        <translation>限制规则</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="524" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="528" />
        <source>Child:</source>
        <translation>孩子：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="598" />
        <source>Save the weekly report</source>
        <translation>保存每周报告</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../../guardian/doctor.py" line="13" />
        <source>fix: {fix}</source>
        <translation>解决办法：{fix}</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="52" />
        <source>the check itself failed: {error}</source>
        <translation>检查本身出错了：{error}</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="68" />
        <source>Which program is in front</source>
        <translation>前台是哪个程序</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="70" />
        <source>seen through the {name} adapter</source>
        <translation>通过 {name} 适配器获取</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="72" />
        <source>not visible here</source>
        <translation>在这里看不到</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="78" />
        <source>Window titles (web sites in a browser)</source>
        <translation>窗口标题（浏览器里的网站）</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="80" />
        <source>readable</source>
        <translation>可以读取</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="82" />
        <source>not readable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="85" />
        <source>Whether someone is at the PC (idle time)</source>
        <translation>是否有人在用电脑（空闲时间）</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="87" />
        <source>measured</source>
        <translation>可以测量</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="89" />
        <source>unknown: time counts whenever the session is unlocked</source>
        <translation>无法得知：只要会话没有锁定就计时</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="92" />
        <source>Locked screen</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="94" />
        <source>recognised</source>
        <translation>可以识别</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="96" />
        <source>recognised only partly</source>
        <translation>只能部分识别</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="99" />
        <source>What Guardian cannot see here</source>
        <translation>Guardian 在这里看不到的</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="114" />
        <location filename="../../guardian/doctor.py" line="126" />
        <source>Guardian's data</source>
        <translation>Guardian 的数据</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="117" />
        <source>see the message above; nothing was changed</source>
        <translation>请看上面的提示；没有做任何修改</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="128" />
        <source>{path} (schema {revision}, this Guardian's is {head})</source>
        <translation>{path}（数据结构版本 {revision}，这个 Guardian 的是 {head}）</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="145" />
        <source>China's holiday schedule for {year}</source>
        <translation>{year} 年国家放假安排</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="147" />
        <source>known, with make-up working days</source>
        <translation>已知，包括调休上班日</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="149" />
        <source>not published in this Guardian yet</source>
        <translation>这个版本的 Guardian 里还没有</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="152" />
        <source>Guardian uses weekends and the fixed public holidays until an update brings the State Council's schedule; mark make-up working days yourself in the policy's [calendar] school_days meanwhile</source>
        <translation>在更新带来国务院的放假安排之前，Guardian 按周末和固定的法定节假日计算；在此期间，请您自己在规则的 [calendar] school_days 里标出调休上班日</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="172" />
        <location filename="../../guardian/doctor.py" line="181" />
        <location filename="../../guardian/doctor.py" line="191" />
        <source>App catalog</source>
        <translation>应用清单</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="175" />
        <source>correct the entries named above</source>
        <translation>请改正上面列出的条目</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="183" />
        <source>no catalog found</source>
        <translation>找不到应用清单</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="184" />
        <source>reinstall Guardian ({folder})</source>
        <translation>请重新安装 Guardian（{folder}）</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="193" />
        <source>{count} known programs and sites</source>
        <translation>已知 {count} 个程序和网站</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="202" />
        <source>{file}:{line}: {key}: {problem}</source>
        <translation>{file}:{line}：{key}：{problem}</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="208" />
        <source>and {count} more</source>
        <translation>还有 {count} 处</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="226" />
        <location filename="../../guardian/doctor.py" line="235" />
        <source>School guidance pack {name}</source>
        <translation>学校指导文章包 {name}</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="229" />
        <source>correct pack.toml and add the pack again</source>
        <translation>请改正 pack.toml，然后重新添加这个文章包</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="238" />
        <source>remove the folder, or add the pack again</source>
        <translation>请删除这个文件夹，或者重新添加这个文章包</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="243" />
        <source>Guidance articles ({language})</source>
        <translation>指导文章（{language}）</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="250" />
        <source>correct the articles named above</source>
        <translation>请改正上面列出的文章</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="258" />
        <source>{count} articles</source>
        <translation>{count} 篇文章</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="270" />
        <source>Safe place for the parent PIN (keyring)</source>
        <translation>安全保存家长密码的地方（密钥环）</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="277" />
        <source>a file in the service's closed data home ({file})</source>
        <translation>服务的封闭数据目录中的文件（{file}）</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="292" />
        <source>{name} keeps secrets unencrypted</source>
        <translation>{name} 不加密保存机密信息</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="294" />
        <source>none usable ({name})</source>
        <translation>没有可用的（{name}）</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="295" />
        <source>Linux: install and unlock GNOME Keyring or KWallet in the parent's session; Windows and macOS have one built in</source>
        <translation>Linux：请在家长的会话中安装并解锁 GNOME Keyring 或 KWallet；Windows 和 macOS 自带密钥环</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="308" />
        <source>Seals on limits, extra time and PIN tries</source>
        <translation>时间限制、加时和密码输错次数的封签</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="314" />
        <source>off until a parent PIN is set</source>
        <translation>设置家长密码之前不启用</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="316" />
        <source>on: changes made outside Guardian are seen</source>
        <translation>已启用：在 Guardian 之外做的改动会被发现</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="322" />
        <source>the PIN is set but the sealing key is missing or damaged</source>
        <translation>已设置家长密码，但封签密钥丢失或损坏</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="323" />
        <source>set the PIN again with `guardian pin reset`; until then sealed limits are not believed and the PC stays locked</source>
        <translation>用 `guardian pin reset` 重新设置家长密码；在那之前，加了封签的限制无法采信，电脑会保持锁屏</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="335" />
        <source>School profile</source>
        <translation>学校配置</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="342" />
        <source>{name} (contact: {contact})</source>
        <translation>{name}（联系人：{contact}）</translation>
    </message>
    <message>
        <location filename="../../guardian/doctor.py" line="352" />
        <source>ask the school for a corrected pack and bring it with `guardian school apply PACK.zip`</source>
        <translation>请学校提供修正后的配置包，再用 `guardian school apply PACK.zip` 应用</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="277" />
        <source>PC locked</source>
        <translation>电脑锁屏</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="278" />
        <source>PC unlocked</source>
        <translation>电脑解锁</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="279" />
        <source>time given</source>
        <translation>加了时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="280" />
        <source>asked for more time</source>
        <translation>申请更多时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="281" />
        <source>warned: time nearly up</source>
        <translation>提醒：时间快到了</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="282" />
        <source>program over its limit</source>
        <translation>程序超过限制</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="283" />
        <source>program closed</source>
        <translation>程序被关闭</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="284" />
        <source>program not closed (protected)</source>
        <translation>程序未关闭（受保护）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="285" />
        <source>wrong PIN</source>
        <translation>密码输错</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="286" />
        <source>clock changed</source>
        <translation>时钟被改动</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="287" />
        <source>PC asleep</source>
        <translation>电脑休眠</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="288" />
        <source>limits changed</source>
        <translation>限制规则已修改</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="289" />
        <source>payment page</source>
        <translation>支付页面</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="290" />
        <source>payment page allowed by a parent</source>
        <translation>家长允许了支付页面</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="291" />
        <source>payment page closed</source>
        <translation>支付页面被关闭</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="292" />
        <source>parent mode</source>
        <translation>家长模式</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="293" />
        <source>parent mode ended</source>
        <translation>家长模式结束</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="294" />
        <source>rest reminder</source>
        <translation>休息提醒</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="295" />
        <source>PIN set</source>
        <translation>设置了密码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="296" />
        <source>PIN reset with the recovery code</source>
        <translation>用恢复码重设了密码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="297" />
        <source>Guardian stopped on the child's desktop: session locked</source>
        <translation>孩子桌面上的 Guardian 停止了：已锁住会话</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="300" />
        <source>Guardian running again</source>
        <translation>Guardian 重新运行</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="301" />
        <source>a saved version of the limits is damaged; the last valid one stays in force</source>
        <translation>保存的某一版时间限制已损坏；仍按最后一版有效的限制执行</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="304" />
        <source>refused: a program spoke for another account's child</source>
        <translation>已拒绝：有程序冒充别的账户的孩子</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="307" />
        <source>the PC's time zone was changed; days are still counted in the family's zone</source>
        <translation>电脑的时区被改动了；仍按家里的时区计算每一天</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="311" />
        <source>Guardian could not write its data file for a while; the time used then was kept and saved afterwards</source>
        <translation>Guardian 有一段时间无法写入数据文件；这段时间的用时已保留，并在之后保存</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="316" />
        <source>Guardian's data was changed outside Guardian: the change is not believed</source>
        <translation>有人在 Guardian 之外改动了它的数据：这处改动不予采信</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../../guardian/core/guidance.py" line="107" />
        <source>the article must start with front matter between +++ lines</source>
        <translation>文章开头必须是写在两行 +++ 之间的前置信息（front matter）</translation>
    </message>
    <message>
        <location filename="../../guardian/core/guidance.py" line="118" />
        <source>the front matter is not valid TOML: {error}</source>
        <translation>前置信息不是有效的 TOML：{error}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/guidance.py" line="128" />
        <source>the front matter needs '{key}'</source>
        <translation>前置信息里需要有 '{key}'</translation>
    </message>
    <message>
        <location filename="../../guardian/core/guidance.py" line="134" />
        <source>the id '{id}' must match the file name '{name}'</source>
        <translation>id '{id}' 必须和文件名 '{name}' 一致</translation>
    </message>
    <message>
        <location filename="../../guardian/core/guidance.py" line="146" />
        <source>should be a list with at least one of: {allowed}</source>
        <translation>应当是一个列表，至少包含以下其中一项：{allowed}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/guidance.py" line="155" />
        <source>'{value}' is not one of: {allowed}</source>
        <translation>'{value}' 不在这些选项中：{allowed}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/guidance.py" line="172" />
        <source>should list the sources the article rests on (law and article, guideline and date)</source>
        <translation>应当列出文章依据的来源（法律及条款、指南及日期）</translation>
    </message>
    <message>
        <location filename="../../guardian/core/guidance.py" line="180" />
        <source>the article has no text after its front matter</source>
        <translation>文章在前置信息后面没有正文</translation>
    </message>
    <message>
        <location filename="../../guardian/core/guidance.py" line="213" />
        <source>cannot read the article: {error}</source>
        <translation>无法读取文章：{error}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/guidance.py" line="230" />
        <source>the id '{id}' is already used by {path}</source>
        <translation>id '{id}' 已经被 {path} 用了</translation>
    </message>
    <message>
        <location filename="../../guardian/guidance_packs.py" line="56" />
        <source>{folder}: no such folder</source>
        <translation>{folder}：没有这个文件夹</translation>
    </message>
    <message>
        <location filename="../../guardian/guidance_packs.py" line="59" />
        <source>{folder}: a guidance pack needs a zh_CN or an en folder of articles</source>
        <translation>{folder}：指导文章包里需要有存放文章的 zh_CN 或 en 文件夹</translation>
    </message>
    <message>
        <location filename="../../guardian/guidance_packs.py" line="70" />
        <source>cannot read the file: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <location filename="../../guardian/guidance_packs.py" line="76" />
        <source>give the school's name</source>
        <translation>请填写学校的名称</translation>
    </message>
    <message>
        <location filename="../../guardian/guidance_packs.py" line="151" />
        <source>no guidance pack named '{name}' is installed</source>
        <translation>没有安装名为 '{name}' 的指导文章包</translation>
    </message>
</context>
<context>
    <name>GuidanceBrowser</name>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="70" />
        <source>Search the articles</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="72" />
        <source>All topics</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="76" />
        <source>All ages</source>
        <translation>全部年龄</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="79" />
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="95" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="97" />
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="133" />
        <source>and %1 more</source>
        <translation>还有 %1 条</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="135" />
        <source>These articles are not shown until they are corrected:</source>
        <translation>以下文章有误，改正之前不会显示：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="167" />
        <source>No article matches. Try other words or fewer filters.</source>
        <translation>没有找到文章。换几个词，或者少选几个筛选条件试试。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="170" />
        <location filename="../../guardian/ui/guidance_browser.py" line="180" />
        <source>Keep as a favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="173" />
        <location filename="../../guardian/ui/guidance_browser.py" line="193" />
        <source>Sources: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="175" />
        <source>From %1.</source>
        <translation>来自%1。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="178" />
        <source>Remove from favourites</source>
        <translation>取消收藏</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="204" />
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="70" />
        <source>Welcome to Guardian</source>
        <translation>欢迎使用 Guardian</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="71" />
        <source>Choose the language Guardian speaks to your family in.</source>
        <translation>选择 Guardian 和家人说话用的语言。</translation>
    </message>
</context>
<context>
    <name>LimitsEditor</name>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="185" />
        <source>Time for the whole computer, per day</source>
        <translation>整台电脑每天的时长</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="188" />
        <location filename="../../guardian/ui/limits_editor.py" line="207" />
        <source>School days</source>
        <translation>上学日</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="189" />
        <location filename="../../guardian/ui/limits_editor.py" line="208" />
        <source>Rest days</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="195" />
        <source>When the computer may be used (drag to paint)</source>
        <translation>什么时候可以用电脑（按住鼠标拖动来涂）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="201" />
        <source>Time per category, per day</source>
        <translation>各类程序每天的时长</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="203" />
        <source>Hours on school days</source>
        <translation>上学日的时段</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="203" />
        <source>Hours on rest days</source>
        <translation>休息日的时段</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="206" />
        <location filename="../../guardian/ui/limits_editor.py" line="221" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="216" />
        <source>Programs (from those your child has used)</source>
        <translation>程序（孩子用过的）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="220" />
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="222" />
        <source>Limit a day</source>
        <translation>每天限时</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="223" />
        <source>Blocked</source>
        <translation>禁止</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="224" />
        <source>Always allowed</source>
        <translation>随时可用</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="230" />
        <source>School calendar</source>
        <translation>学校日历</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="234" />
        <source>e.g. 2027-01-23..2027-02-21 winter, 2027-07-10..2027-08-31 summer</source>
        <translation>例如 2027-01-23..2027-02-21 寒假, 2027-07-10..2027-08-31 暑假</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="240" />
        <source>Vacations:</source>
        <translation>假期：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="241" />
        <source>Extra school days:</source>
        <translation>额外上学日：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="242" />
        <source>Extra days off:</source>
        <translation>额外休息日：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="252" />
        <source>Use this preset</source>
        <translation>使用这个预设</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="264" />
        <source>Save as a new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="272" />
        <source>History</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="275" />
        <source>Bring back the chosen version</source>
        <translation>恢复选中的版本</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="285" />
        <source>Mondays</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="286" />
        <source>Tuesdays</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="287" />
        <source>Wednesdays</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="288" />
        <source>Thursdays</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="289" />
        <source>Fridays</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="290" />
        <source>Saturdays</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="291" />
        <source>Sundays</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="300" />
        <source>e.g. 1h30m, 45m, unlimited; empty: as the day type</source>
        <translation>例如 1h30m、45m、unlimited；不填：按上学日/休息日</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="326" />
        <source>first version</source>
        <translation>第一个版本</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="450" />
        <source>as the catalog says</source>
        <translation>按内置清单</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="496" />
        <source>Nothing saved: correct the fields marked in red.</source>
        <translation>没有保存：请改正标红的地方。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="500" />
        <source>the limits</source>
        <translation>限制规则</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="503" />
        <source>Nothing saved:</source>
        <translation>没有保存：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="518" />
        <source>Saved as version %1.</source>
        <translation>已保存为第 %1 版。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="529" />
        <source>This preset is for ages %1 to %2, and %3 is %4: choose one that fits.</source>
        <translation>这个预设适合 %1 到 %2 岁，%3 %4 岁：请选一个合适的。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="543" />
        <source>Preset loaded: press Save to use it.</source>
        <translation>预设已载入：点击保存后生效。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="568" />
        <source>write it like 1h30m, 45m or unlimited</source>
        <translation>请写成 1h30m、45m 或 unlimited 这样的形式</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="570" />
        <source>a day has only 24 hours</source>
        <translation>一天只有 24 小时</translation>
    </message>
</context>
<context>
    <name>LockWindow</name>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="72" />
        <source>Guardian lock screen</source>
        <translation>Guardian 锁屏</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="119" />
        <source>Ask for more time</source>
        <translation>申请更多时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="120" />
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="121" />
        <source>Shut down</source>
        <translation>关机</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="133" />
        <source>A parent can give more time now:</source>
        <translation>家长可以现在给你加时间：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="136" />
        <source>Parent PIN</source>
        <translation>家长密码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="141" />
        <source>%1 minutes more</source>
        <translation>再用 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="143" />
        <source>Until a time of day</source>
        <translation>一直用到某个时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="154" />
        <source>Give the time</source>
        <translation>加时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="160" />
        <source>Or send your parent a request:</source>
        <translation>或者给家长发一个请求：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="163" />
        <source>Why do you need more time? (optional)</source>
        <translation>为什么需要更多时间？（可以不填）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="165" />
        <source>Send the request</source>
        <translation>发送请求</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="167" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="180" />
        <source>Guardian cannot read its records</source>
        <translation>Guardian 读不了它的记录</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="182" />
        <source>The computer is resting now</source>
        <translation>电脑现在休息了</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="187" />
        <source>It stays locked until a parent repairs them: from an administrator's account, run “sudo guardian doctor”. Signing out and shutting down still work.</source>
        <translation>在家长修好之前，电脑会一直锁着：请家长在管理员账户里运行“sudo guardian doctor”。注销和关机仍然可以用。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="211" />
        <source>Choose a time later today.</source>
        <translation>请选择今天晚些时候的时间。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="216" />
        <source>Time given.</source>
        <translation>时间已经加上了。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="222" />
        <source>Your request was sent. A parent will answer it.</source>
        <translation>请求已经发出，家长会回复你。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="246" />
        <source>You have used all of today's computer time.</source>
        <translation>今天的电脑时间已经用完了。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="250" />
        <source>This is not one of the times your family agreed for the computer.</source>
        <translation>现在不是家里约定的用电脑时间。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="254" />
        <source>Time for a short break: look out of the window and stretch.</source>
        <translation>该休息一下了：看看窗外，活动活动身体。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="258" />
        <source>Guardian keeps your family's rules and your time in a file on this computer, and that file cannot be read now, so it cannot tell what is allowed.</source>
        <translation>Guardian 把家里的规则和你用电脑的时间记在这台电脑上的一个文件里。现在这个文件读不了，所以它没法知道什么是允许的。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="263" />
        <source>Your family's rules say the computer rests now.</source>
        <translation>按照家里的约定，电脑现在要休息。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="270" />
        <source>Ask a parent if you need it before then.</source>
        <translation>如果在那之前需要用电脑，请问问家长。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="275" />
        <source>You can use it again at %1.</source>
        <translation>%1 可以再用。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="279" />
        <source>You can use it again tomorrow at %1.</source>
        <translation>明天 %1 可以再用。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="282" />
        <source>You can use it again on %1 at %2.</source>
        <translation>%1 %2 可以再用。</translation>
    </message>
</context>
<context>
    <name>Packaging</name>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="149" />
        <source>{folder}: no such folder</source>
        <translation>{folder}：没有这个文件夹</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="152" />
        <source>{folder}: no guardian program in it; give the folder `make bundle` makes (dist/guardian)</source>
        <translation>{folder}：里面没有 guardian 程序；请给出 `make bundle` 生成的文件夹（dist/guardian）</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="207" />
        <source>{file}: cannot write the package: {error}</source>
        <translation>{file}：无法写入软件包：{error}</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="220" />
        <source>'{version}' is not a version a Debian package can carry</source>
        <translation>“{version}”不是 Debian 软件包可以使用的版本号</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="238" />
        <source>{file}: a program for a processor Guardian has no package for (ELF machine {machine})</source>
        <translation>{file}：这个程序适用的处理器 Guardian 没有对应的软件包（ELF 机器类型 {machine}）</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="246" />
        <source>{folder}: cannot tell which processor the bundle is for: it holds no Linux program</source>
        <translation>{folder}：无法判断这个程序包适用于哪种处理器：里面没有 Linux 程序</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="293" />
        <source>{file}: cannot read the school profile: {error}</source>
        <translation>{file}：无法读取学校配置包：{error}</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="299" />
        <source>{file}: not a school profile (a school profile is a zip file)</source>
        <translation>{file}：不是学校配置包（学校配置包是一个 zip 文件）</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="308" />
        <source>'{architecture}' is not one of the architectures: {known}</source>
        <translation>“{architecture}”不在支持的架构之列：{known}</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="425" />
        <source>{file}: cannot read it: {error}</source>
        <translation>{file}：无法读取：{error}</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/deb.py" line="438" />
        <source>{folder}: cannot write the package there: {error}</source>
        <translation>{folder}：无法在这里写入软件包：{error}</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/nsis.py" line="59" />
        <source>{program}: no such program</source>
        <translation>{program}：找不到这个程序</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/nsis.py" line="73" />
        <source>makensis (NSIS 3) is needed to build the Windows installer and was not found. On Windows: `choco install nsis` or the installer from https://nsis.sourceforge.io; on Debian or Ubuntu: `sudo apt-get install nsis`. Or name it with MAKENSIS.</source>
        <translation>构建 Windows 安装程序需要 makensis（NSIS 3），但没有找到。Windows：运行 `choco install nsis`，或从 https://nsis.sourceforge.io 下载安装程序；Debian 或 Ubuntu：运行 `sudo apt-get install nsis`。也可以用环境变量 MAKENSIS 指定它的位置。</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/nsis.py" line="125" />
        <source>{folder}: no such folder; give the bundle folder `make bundle` makes (dist/guardian)</source>
        <translation>{folder}：没有这个文件夹；请给出 `make bundle` 生成的打包文件夹（dist/guardian）</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/nsis.py" line="133" />
        <source>{folder}: no guardian.exe in this folder; the Windows installer is built around the bundle made on Windows</source>
        <translation>{folder}：这个文件夹里没有 guardian.exe；Windows 安装程序要用在 Windows 上生成的打包文件夹来构建</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/nsis.py" line="141" />
        <source>version {version}: give three numbers, as in 0.1.0</source>
        <translation>版本号 {version}：请给出三个数字，例如 0.1.0</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/nsis.py" line="146" />
        <source>{file}: no such school profile</source>
        <translation>{file}：没有这个学校配置文件</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/nsis.py" line="149" />
        <source>{file}: the installer's script is missing</source>
        <translation>{file}：缺少安装程序的脚本</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/nsis.py" line="204" />
        <source>cannot run {program}: {error}</source>
        <translation>无法运行 {program}：{error}</translation>
    </message>
    <message>
        <location filename="../../guardian/packaging/nsis.py" line="211" />
        <source>makensis could not build the installer (exit {code}):
{output}</source>
        <translation>makensis 未能构建安装程序（退出码 {code}）：
{output}</translation>
    </message>
</context>
<context>
    <name>PaymentGuard</name>
    <message>
        <location filename="../../guardian/ui/payment_guard.py" line="40" />
        <source>This looks like a payment or top-up page. Guardian will close it in %1 seconds unless a parent enters the PIN.</source>
        <translation>这看起来是支付或充值页面。除非家长输入密码，Guardian 会在 %1 秒后关闭它。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/payment_guard.py" line="47" />
        <source>Parent PIN</source>
        <translation>家长密码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/payment_guard.py" line="48" />
        <source>Allow this payment page</source>
        <translation>允许这个支付页面</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="168" />
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="168" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="168" />
        <source>Time</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="168" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="170" />
        <source>Export this week's report…</source>
        <translation>导出本周报告…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="173" />
        <source>Time per day, by category</source>
        <translation>每天的时长（按分类）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="178" />
        <source>When: hours of the day by weekday</source>
        <translation>什么时候用：按星期和钟点</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="180" />
        <source>Programs used most</source>
        <translation>用得最多的程序</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="209" />
        <source>hours</source>
        <translation>小时</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <location filename="../../guardian/core/pin.py" line="49" />
        <source>the PIN needs at least {count} characters (digits or a passphrase)</source>
        <translation>密码至少需要 {count} 个字符（数字或一句口令都可以）</translation>
    </message>
    <message>
        <location filename="../../guardian/core/pin.py" line="54" />
        <source>the PIN cannot be one character repeated</source>
        <translation>密码不能是同一个字符的重复</translation>
    </message>
    <message>
        <location filename="../../guardian/core/pin.py" line="58" />
        <source>the PIN cannot be a run of digits like 123456</source>
        <translation>密码不能是 123456 这样的连续数字</translation>
    </message>
    <message>
        <location filename="../../guardian/keyring_access.py" line="92" />
        <source>There is no keyring to keep the parent PIN in safely, so Guardian will not set one. On Linux, install and unlock GNOME Keyring or KWallet in this session; Windows and macOS have one built in. `guardian doctor` checks it.</source>
        <translation>没有可以安全保存家长密码的密钥环，所以 Guardian 不会设置密码。在 Linux 上，请在这个会话中安装并解锁 GNOME Keyring 或 KWallet；Windows 和 macOS 自带密钥环。`guardian doctor` 可以检查这一项。</translation>
    </message>
    <message>
        <location filename="../../guardian/keyring_access.py" line="104" />
        <source>The only keyring here ({name}) keeps secrets unencrypted, and Guardian does not fall back to it. Install GNOME Keyring or KWallet, or choose a keyring on purpose with PYTHON_KEYRING_BACKEND.</source>
        <translation>这里唯一的密钥环（{name}）不加密保存机密信息，Guardian 不会退而使用它。请安装 GNOME Keyring 或 KWallet，或者用 PYTHON_KEYRING_BACKEND 明确指定一个密钥环。</translation>
    </message>
    <message>
        <location filename="../../guardian/pin.py" line="106" />
        <source>a PIN is already set: give the current PIN to change it</source>
        <translation>已经设置了密码：要修改，请输入现在的密码</translation>
    </message>
    <message>
        <location filename="../../guardian/pin.py" line="123" />
        <source>that recovery code is not right</source>
        <translation>恢复码不对</translation>
    </message>
    <message>
        <location filename="../../guardian/pin.py" line="130" />
        <source>no parent PIN is set yet: set one with `guardian pin set`</source>
        <translation>还没有设置家长密码：请用 `guardian pin set` 设置</translation>
    </message>
    <message>
        <location filename="../../guardian/pin.py" line="200" />
        <source>The keyring that keeps the parent PIN ({name}) cannot be used now ({error}); nothing was unlocked or changed. Unlock or repair the keyring; `guardian doctor` checks it.</source>
        <translation>保存家长密码的密钥环（{name}）现在无法使用（{error}）；什么都没有解锁，也没有改动。请解锁或修复密钥环；`guardian doctor` 可以检查它。</translation>
    </message>
    <message>
        <location filename="../../guardian/pin.py" line="211" />
        <source>too many wrong tries: wait {seconds} s and try again</source>
        <translation>输错的次数太多了：请 {seconds} 秒后再试</translation>
    </message>
    <message>
        <location filename="../../guardian/pin.py" line="214" />
        <source>that PIN is not right</source>
        <translation>密码不对</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/pin_text.py" line="17" />
        <source>The parent PIN cannot be checked on this computer now: its keyring is not available. Nothing was unlocked. A parent can run “guardian doctor” to see why.</source>
        <translation>现在无法在这台电脑上核对家长密码：保存它的密钥环不可用。什么都没有解锁。家长可以运行“guardian doctor”查看原因。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/pin_text.py" line="23" />
        <source>Too many wrong tries. Try again in %1 s.</source>
        <translation>输错的次数太多了，请 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/pin_text.py" line="25" />
        <source>That PIN is not right.</source>
        <translation>密码不对。</translation>
    </message>
</context>
<context>
    <name>PinCheckDialog</name>
    <message>
        <location filename="../../guardian/ui/pin_check.py" line="28" />
        <source>Guardian: parent PIN</source>
        <translation>Guardian：家长密码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/pin_check.py" line="35" />
        <source>Parent PIN</source>
        <translation>家长密码</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="457" />
        <source>Parent PIN</source>
        <translation>家长密码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="459" />
        <source>Open the dashboard</source>
        <translation>打开家长面板</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="465" />
        <source>The dashboard is for parents. Enter the parent PIN:</source>
        <translation>家长面板只给家长用。请输入家长密码：</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="92" />
        <source>The parent PIN</source>
        <translation>家长密码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="95" />
        <source>Only someone with this PIN can change limits, give time or open the dashboard. Use six characters or more, and not one your child can guess.</source>
        <translation>只有知道这个密码的人才能修改限制、加时间或打开家长面板。请用六个或更多字符，不要用孩子能猜到的。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="104" />
        <source>PIN:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="105" />
        <source>The PIN again:</source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="115" />
        <source>The two PINs are not the same.</source>
        <translation>两次输入的密码不一样。</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../../guardian/platform/__init__.py" line="41" />
        <source>Window tracking could not start: {error}</source>
        <translation>无法开始记录窗口：{error}</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/macos.py" line="38" />
        <source>macOS hides the titles of other apps' windows until Guardian may record the screen: open System Settings &gt; Privacy &amp; Security &gt; Screen Recording and turn Guardian on. Guardian never takes screenshots; macOS asks for this permission to show window titles.</source>
        <translation>在 Guardian 获得屏幕录制权限之前，macOS 会隐藏其他应用的窗口标题：请打开 系统设置 &gt; 隐私与安全性 &gt; 屏幕录制，为 Guardian 打开开关。Guardian 从不截屏；macOS 要有这项权限才会显示窗口标题。</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/null.py" line="48" />
        <source>This is a Wayland session: Wayland does not let programs see which window is in front. Choose an 'Xorg' or 'X11' session at the login screen for per-program tracking; until then Guardian counts only the time the session is in use.</source>
        <translation>这是 Wayland 会话：Wayland 不允许程序查看前台是哪个窗口。如果要按程序记录，请在登录界面选择 'Xorg' 或 'X11' 会话；在那之前，Guardian 只统计会话被使用的时间。</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/null.py" line="55" />
        <source>No X display was found (DISPLAY is not set), so Guardian cannot see which window is in front. Start Guardian inside the child's desktop session.</source>
        <translation>找不到 X 显示（没有设置 DISPLAY），所以 Guardian 看不到前台是哪个窗口。请在孩子的桌面会话中启动 Guardian。</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/null.py" line="60" />
        <source>Guardian has no window tracking for this system ({system}).</source>
        <translation>Guardian 还不能在这个系统（{system}）上记录窗口。</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/windows.py" line="42" />
        <source>Windows does not let a standard program read the path of programs running as administrator: their windows are named from the process list and may show without a path.</source>
        <translation>Windows 不允许普通程序读取以管理员身份运行的程序的路径：这些窗口的名字取自进程列表，可能不显示路径。</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/x11.py" line="87" />
        <source>The X server has no MIT-SCREEN-SAVER extension, so Guardian cannot tell when nobody is at the PC; time counts whenever the session is unlocked.</source>
        <translation>X 服务器没有 MIT-SCREEN-SAVER 扩展，所以 Guardian 无法判断什么时候没有人在用电脑；只要会话没有锁定就计时。</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/x11.py" line="95" />
        <source>logind is not reachable over D-Bus, so a locked screen is recognised only when the X screen saver is on.</source>
        <translation>无法通过 D-Bus 连接 logind，所以只有在 X 屏幕保护程序开启时才能识别锁屏。</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="71" />
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="184" />
        <source>should be a table of settings, not {value}</source>
        <translation>应当是一个设置表，而不是{value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="196" />
        <source>'{key}' is a top-level setting, but it stands under {header}: in TOML, keys belong to the table header above them, so move it above the first [table] header</source>
        <translation>'{key}' 是顶层设置，但它写在了 {header} 下面：在 TOML 里，键属于它上方的表头，所以请把它移到第一个 [table] 表头的上面</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="205" />
        <source>; did you mean '{key}'?</source>
        <translation>；您是不是想写 '{key}'？</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="207" />
        <source>; known keys: {keys}</source>
        <translation>；可用的键：{keys}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="211" />
        <source>unknown key '{key}'{hint}</source>
        <translation>未知的键 '{key}'{hint}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="226" />
        <location filename="../../guardian/core/policy_file.py" line="644" />
        <source>should be text in quotes, not {value}</source>
        <translation>应当是带引号的文字，而不是{value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="237" />
        <source>should be true or false, not {value}</source>
        <translation>应当是 true 或 false，而不是{value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="249" />
        <source>should be a duration in quotes, like '{minutes}m', not {value}</source>
        <translation>应当是带引号的时长，比如 '{minutes}m'，而不是{value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="253" />
        <source>should be a duration in quotes, like '1h30m' or '45m', not {value}</source>
        <translation>应当是带引号的时长，比如 '1h30m' 或 '45m'，而不是{value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="273" />
        <source>should be a date like 2026-10-01, not {value}</source>
        <translation>应当是 2026-10-01 这样的日期，而不是{value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="282" />
        <source>{value} (true/false)</source>
        <translation>真假值 {value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="284" />
        <source>the text '{value}'</source>
        <translation>文字 '{value}'</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="286" />
        <source>the number {value}</source>
        <translation>数字 {value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="288" />
        <source>a list</source>
        <translation>一个列表</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="290" />
        <source>a table</source>
        <translation>一个表</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="323" />
        <source>a day has 24 hours: a limit cannot be longer (for no limit, write unlimited)</source>
        <translation>一天只有 24 小时：限额不能比这更长（不限时请写 unlimited）</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="340" />
        <source>should be a list of windows like ["06:00-21:30"], not {value}</source>
        <translation>应当是 ["06:00-21:30"] 这样的时段列表，而不是{value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="383" />
        <source>this Guardian reads policy format {version}, not {value}</source>
        <translation>这个版本的 Guardian 读取的规则格式是 {version}，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="413" />
        <source>give a program between 0s and 10m to close</source>
        <translation>留给程序关闭的时间应在 0s 到 10m 之间</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="419" />
        <source>'{value}' is not a choice; write "allow", "tell" (the parent sees it) or "close" (the parent sees it and the window is closed unless a parent enters the PIN)</source>
        <translation>'{value}' 不是可选的值；请写 "allow"、"tell"（家长会看到）或 "close"（家长会看到，并且除非家长输入密码，否则窗口会被关闭）</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="453" />
        <source>should be a list of texts, not {value}</source>
        <translation>应当是文字列表，而不是{value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="474" />
        <source>'{name}' is not a time zone; use a name like Asia/Shanghai or Europe/London</source>
        <translation>'{name}' 不是时区；请使用 Asia/Shanghai 或 Europe/London 这样的名称</translation>
    </message>
    <message>
        <location filename="../../guardian/cli.py" line="649" />
        <location filename="../../guardian/core/policy_file.py" line="496" />
        <source>no statutory calendar is known for '{code}'; use a two-letter code like CN, or "none" for weekends only</source>
        <translation>不知道 '{code}' 的法定节假日安排；请使用 CN 这样的两字母代码，或者写 "none" 表示只按周末计算</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="508" />
        <source>should be a list of dates, not {value}</source>
        <translation>应当是日期列表，而不是{value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="519" />
        <source>{day} is marked both as a school day and as a rest day</source>
        <translation>{day} 同时被标记为上学日和休息日</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="528" />
        <source>should be a list of [[calendar.vacations]] tables, not {value}</source>
        <translation>应当是由 [[calendar.vacations]] 表组成的列表，而不是{value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="541" />
        <source>a vacation needs '{key}'</source>
        <translation>假期需要 '{key}'</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="550" />
        <source>the vacation ends ({end}) before it starts ({start})</source>
        <translation>假期的结束日期（{end}）早于开始日期（{start}）</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="590" />
        <source>should be a list of [[{table}]] tables, not {value}</source>
        <translation>应当是由 [[{table}]] 表组成的列表，而不是{value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="608" />
        <source>an app rule needs 'exe' (the program's file name) or 'title' (a window-title pattern)</source>
        <translation>应用规则需要 'exe'（程序的文件名）或 'title'（窗口标题的匹配模式）</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="620" />
        <source>unknown category '{name}'; known: {known}</source>
        <translation>未知的分类 '{name}'；可用的分类：{known}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="633" />
        <source>an app cannot be both blocked and always allowed</source>
        <translation>一个应用不能既被禁止又随时可用</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="638" />
        <source>a blocked or always-allowed app takes no 'limit' or 'hours'</source>
        <translation>被禁止或随时可用的应用不能设置 'limit' 或 'hours'</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="653" />
        <source>app rule '{id}' appears twice (also {other}); give one an 'id'</source>
        <translation>应用规则 '{id}' 出现了两次（另一处是 {other}）；请给其中一条加上 'id'</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="670" />
        <source>should be a list of durations like ["15m", "5m", "1m"], not {value}</source>
        <translation>应当是 ["15m", "5m", "1m"] 这样的时长列表，而不是{value}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="681" />
        <source>warnings come before time runs out, so each must be longer than 0m</source>
        <translation>提醒要在时间用完之前发出，所以每一项都必须大于 0m</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="686" />
        <source>the same warning time appears twice</source>
        <translation>同一个提醒时间出现了两次</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="700" />
        <source>a rest break needs {keys}</source>
        <translation>休息提醒需要 {keys}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="710" />
        <source>must be longer than 0m</source>
        <translation>必须大于 0m</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="730" />
        <source>not valid TOML: {error}</source>
        <translation>不是有效的 TOML：{error}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="745" />
        <source>cannot read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../guardian/core/policy_file.py" line="759" />
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>文件不是 UTF-8 文本；请把它另存为 UTF-8 编码</translation>
    </message>
</context>
<context>
    <name>PresetPage</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="227" />
        <source>Limits to start from</source>
        <translation>从哪套规则开始</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="230" />
        <source>Each child starts from a set of limits for their age, based on China's rules and guidelines. You can change any limit later in the dashboard.</source>
        <translation>每个孩子按年龄从一套规则开始，这些规则依据国家的有关规定和指南。以后可以在家长面板里修改任何一项。</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="258" />
        <source>Early nights before school (MOE bedtimes), games and video 30 min on school days</source>
        <translation>上学日早睡（教育部就寝时间），上学日游戏和视频各 30 分钟</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="265" />
        <source>Minor mode under 16: 1 hour a day, nothing 22:00-06:00 (CAC 2024)</source>
        <translation>未成年人模式（16 岁以下）：每天 1 小时，22:00—06:00 不能用（网信办 2024）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="271" />
        <source>Minor mode 16-18: 2 hours a day, nothing 22:00-06:00 (CAC 2024)</source>
        <translation>未成年人模式（16 至 18 岁）：每天 2 小时，22:00—06:00 不能用（网信办 2024）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="277" />
        <source>Games only 20:00-21:00 on Fridays, weekends and holidays (NPPA 2021)</source>
        <translation>游戏只在周五、周末和节假日 20:00—21:00（国家新闻出版署 2021）</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="125" />
        <source>Your recovery code</source>
        <translation>你的恢复码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="128" />
        <source>If you ever forget the PIN, this code sets a new one. Write it down and keep it where your child cannot find it. It is shown only now.</source>
        <translation>如果忘了密码，可以用这个恢复码设置新密码。请把它抄下来，放在孩子找不到的地方。它只显示这一次。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="133" />
        <source>I have written the code down</source>
        <translation>我已经抄下了恢复码</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../guardian/ui/report.py" line="86" />
        <source>Weekly report for %1</source>
        <translation>%1 的每周报告</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="119" />
        <source>From %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="123" />
        <source>Total for the week: %1</source>
        <translation>本周合计：%1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="126" />
        <source>Made by Guardian on this computer. Nothing in this report was sent anywhere.</source>
        <translation>本报告由这台电脑上的 Guardian 生成，其中的内容没有发送到任何地方。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="129" />
        <source>Day by day</source>
        <translation>每天的情况</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="130" />
        <source>Programs used most</source>
        <translation>用得最多的程序</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="131" />
        <source>Suggested reading</source>
        <translation>推荐阅读</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="139" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="140" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="141" />
        <source>By category</source>
        <translation>按分类</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="148" />
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="149" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="150" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="151" />
        <source>Week before</source>
        <translation>上一周</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="330" />
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="330" />
        <source>Asked at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="330" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="330" />
        <source>Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="336" />
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="337" />
        <source>Deny</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="341" />
        <source>Give minutes:</source>
        <translation>给多少分钟：</translation>
    </message>
</context>
<context>
    <name>School</name>
    <message>
        <location filename="../../guardian/school.py" line="181" />
        <source>cannot read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="187" />
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>文件不是 UTF-8 文本，请另存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="201" />
        <source>a logo is a PNG, JPEG or SVG file, not {name}</source>
        <translation>校徽须为 PNG、JPEG 或 SVG 文件，而不是 {name}</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="206" />
        <source>{name} is {size} KB; a logo may be at most {limit} KB</source>
        <translation>{name} 有 {size} KB；校徽最大 {limit} KB</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="216" />
        <source>{name} is not a {kind} image inside</source>
        <translation>{name} 的内容不是 {kind} 图片</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="227" />
        <location filename="../../guardian/school.py" line="456" />
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="240" />
        <source>not valid TOML: {error}</source>
        <translation>不是有效的 TOML：{error}</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="254" />
        <source>a profile needs a [school] table</source>
        <translation>学校配置需要 [school] 表</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="262" />
        <source>give the school's name</source>
        <translation>请填写学校名称</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="265" />
        <source>give a contact parents can ask about Guardian (a name and a phone number)</source>
        <translation>请填写家长咨询 Guardian 时的联系人（姓名和电话）</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="277" />
        <source>give a path inside the profile's folder, like "logo.png"</source>
        <translation>请填写配置文件夹内的路径，例如 "logo.png"</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="284" />
        <source>{file}: no such file</source>
        <translation>{file}：没有这个文件</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="296" />
        <source>'{value}': choose zh_CN or en</source>
        <translation>'{value}'：请选 zh_CN 或 en</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="308" />
        <source>give either a preset or a policy file, not both</source>
        <translation>预设和规则文件只能填一个</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="316" />
        <source>no preset has the id '{value}' (presets: {known})</source>
        <translation>没有 id 为 '{value}' 的预设（现有预设：{known}）</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="328" />
        <source>{file}: no such file inside the profile's folder</source>
        <translation>{file}：配置文件夹内没有这个文件</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="356" />
        <source>give the folder of articles, like "articles"</source>
        <translation>请填写文章所在的文件夹，例如 "articles"</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="363" />
        <source>{folder}: no such folder inside the profile's folder</source>
        <translation>{folder}：配置文件夹内没有这个文件夹</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="437" />
        <source>the pack holds more than {limit} MB; it is not a school pack</source>
        <translation>压缩包内容超过 {limit} MB，不是学校配置包</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="446" />
        <source>{name}: a file outside the pack's folder</source>
        <translation>{name}：文件位于配置包文件夹之外</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="459" />
        <source>not a readable zip file: {error}</source>
        <translation>不是可读取的 zip 文件：{error}</translation>
    </message>
    <message>
        <location filename="../../guardian/school.py" line="464" />
        <source>the pack has no {file} at its top</source>
        <translation>配置包顶层没有 {file}</translation>
    </message>
</context>
<context>
    <name>SchoolBanner</name>
    <message>
        <location filename="../../guardian/ui/school_banner.py" line="33" />
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/school_banner.py" line="35" />
        <source>Questions about Guardian: %1</source>
        <translation>有关 Guardian 的问题请联系：%1</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <location filename="../../guardian/services/service.py" line="157" />
        <source>cannot listen on {path}: {reason}</source>
        <translation>无法在 {path} 上监听：{reason}</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/peers.py" line="189" />
        <source>The service cannot tell which account connects on this system, so it refuses every agent.</source>
        <translation>服务无法在这个系统上确认连接的是哪个账户，因此拒绝所有代理程序。</translation>
    </message>
    <message>
        <location filename="../../guardian/platform/peers.py" line="226" />
        <source>The service cannot ask this system who connects ({error}), so it refuses every agent.</source>
        <translation>服务无法向这个系统询问连接者是谁（{error}），因此拒绝所有代理程序。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="46" />
        <location filename="../../guardian/ui/settings_page.py" line="93" />
        <source>Parent PIN</source>
        <translation>家长密码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="51" />
        <source>Current PIN:</source>
        <translation>现在的密码：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="52" />
        <source>New PIN:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="53" />
        <source>New PIN again:</source>
        <translation>再输一次新密码：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="54" />
        <source>Change the PIN</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="60" />
        <source>Language and privacy</source>
        <translation>语言和隐私</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="66" />
        <source>Language (from the next start):</source>
        <translation>语言（下次启动时生效）：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="70" />
        <source>Do not keep window titles</source>
        <translation>不保存窗口标题</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="72" />
        <source>Keep window titles %1 days</source>
        <translation>窗口标题保存 %1 天</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="76" />
        <source>Window titles:</source>
        <translation>窗口标题：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="79" />
        <source>The family's data</source>
        <translation>家里的数据</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="81" />
        <source>Export all data to a folder…</source>
        <translation>把全部数据导出到一个文件夹…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="87" />
        <source>To delete everything (usage, events, children, limits and the PIN), enter the PIN and type DELETE:</source>
        <translation>要删除全部数据（使用记录、动态、孩子、限制规则和密码），请输入家长密码，并输入 DELETE 或“删除”：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="95" />
        <source>Delete all data</source>
        <translation>删除全部数据</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="106" />
        <source>Guardian %1. Everything stays on this computer: no network traffic, no screenshots, no keystrokes, no message contents.</source>
        <translation>Guardian %1。所有数据都留在这台电脑上：不联网传输、不截屏、不记录按键、不读取消息内容。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="135" />
        <source>The two new PINs are not the same.</source>
        <translation>两次输入的新密码不一样。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="145" />
        <source>The PIN is changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="149" />
        <source>Export all data to a folder</source>
        <translation>把全部数据导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="155" />
        <source>%1 files written to %2.</source>
        <translation>已把 %1 个文件写入 %2。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="166" />
        <source>Nothing was deleted: enter the PIN and type DELETE.</source>
        <translation>什么都没有删除：请输入家长密码，并输入 DELETE 或“删除”。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="172" />
        <source>All data is deleted. Run guardian setup to start again.</source>
        <translation>全部数据已删除。运行 guardian setup 可以重新开始。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="321" />
        <source>Setting up Guardian</source>
        <translation>设置 Guardian</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="342" />
        <source>%1's limits: %2</source>
        <translation>%1 的限制：%2</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../guardian/storage/errors.py" line="33" />
        <source>Guardian could not use its data file {path} because another program is using it right now. Close other Guardian windows, wait a moment and try again. Guardian did not change or delete anything in it.</source>
        <translation>另一个程序正在使用数据文件 {path}，所以 Guardian 暂时无法使用它。请关闭其他 Guardian 窗口，稍等一会儿再试。Guardian 没有修改或删除其中的任何内容。</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/errors.py" line="51" />
        <source>The data file {path} was written by a newer version of Guardian (schema {revision}). Keep using that newer version (install it again if it was removed), or ask whoever set up Guardian for you. Guardian did not change or delete anything in it.</source>
        <translation>数据文件 {path} 是由更新版本的 Guardian 写入的（数据结构版本 {revision}）。请继续使用那个新版本（如果已经卸载，请重新安装），或者问问帮您安装 Guardian 的人。Guardian 没有修改或删除其中的任何内容。</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/errors.py" line="70" />
        <source>The data file {path} is damaged or is not a Guardian data file ({detail}). Guardian did not change or delete anything in it. Restore it from a backup, or move it to another folder (keep it: it holds the history) and start Guardian again to begin with a new, empty file.</source>
        <translation>数据文件 {path} 已损坏，或者不是 Guardian 的数据文件（{detail}）。Guardian 没有修改或删除其中的任何内容。请从备份中恢复它；或者把它移到另一个文件夹（请保留这个文件：里面有历史记录），然后重新启动 Guardian，从一个新的空文件开始。</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/errors.py" line="92" />
        <source>Guardian cannot use its data file {path}: {reason}. Check that the folder exists and can be written to and that the disk has free space, then start Guardian again. Guardian did not change or delete anything in it.</source>
        <translation>Guardian 无法使用数据文件 {path}：{reason}。请检查文件夹是否存在、能否写入，以及磁盘是否还有空间，然后重新启动 Guardian。Guardian 没有修改或删除其中的任何内容。</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/errors.py" line="109" />
        <source>A child named '{name}' already exists. Choose another name; nothing was added.</source>
        <translation>已经有一个名叫 '{name}' 的孩子了。请换一个名字；这次没有添加。</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/errors.py" line="124" />
        <source>There is no child named '{name}'. Check the spelling, or add the child first (guardian child add {name}).</source>
        <translation>没有名叫 '{name}' 的孩子。请检查拼写，或者先添加这个孩子（guardian child add {name}）。</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/errors.py" line="139" />
        <source>This request for more time was already approved; nothing changed.</source>
        <translation>这个加时间的请求已经同意过了；没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/errors.py" line="141" />
        <source>This request for more time was already answered; nothing changed.</source>
        <translation>这个加时间的请求已经回复过了；没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="86" />
        <source>another file has taken its place since Guardian opened it, and Guardian uses a new file only after checking it when it starts</source>
        <translation>Guardian 打开它之后，另一个文件占了它的位置；Guardian 只在启动时检查过新文件之后才会使用它</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="119" />
        <source>its folder cannot be created ({reason})</source>
        <translation>无法创建它所在的文件夹（{reason}）</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="123" />
        <source>that name is taken by a folder or device, not a file</source>
        <translation>这个名字已被一个文件夹或设备占用，而不是文件</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="141" />
        <source>it does not start like a SQLite database</source>
        <translation>它的开头不像 SQLite 数据库</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="154" />
        <source>SQLite's check found damage: {problem}</source>
        <translation>SQLite 检查发现了损坏：{problem}</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/database.py" line="217" />
        <source>it holds tables but no Guardian schema revision</source>
        <translation>它里面有数据表，却没有 Guardian 的数据结构版本</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/database.py" line="248" />
        <location filename="../../guardian/storage/lite.py" line="151" />
        <source>{count} rows point at missing rows</source>
        <translation>有 {count} 行指向不存在的行</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="200" />
        <source>the file or its folder cannot be written</source>
        <translation>文件或它所在的文件夹无法写入</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="205" />
        <source>the disk reported an error ({detail})</source>
        <translation>磁盘报告了一个错误（{detail}）</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="211" />
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="212" />
        <source>it is no longer there: the file or its folder was moved, renamed or deleted while Guardian was running</source>
        <translation>它已经不在原处了：Guardian 运行期间，这个文件或它所在的文件夹被移动、改名或删除了</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="224" />
        <source>the disk or folder cannot be written</source>
        <translation>磁盘或文件夹无法写入</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="233" />
        <source>it cannot be read ({reason})</source>
        <translation>无法读取它（{reason}）</translation>
    </message>
    <message>
        <location filename="../../guardian/storage/files.py" line="254" />
        <source>a stored value is not valid JSON ({problem})</source>
        <translation>其中保存的一个值不是有效的 JSON（{problem}）</translation>
    </message>
    <message>
        <location filename="../../guardian/sealing.py" line="67" />
        <source>Guardian's data on this PC ({path}) is kept by the Guardian service, and only an administrator can open it. Run this as an administrator: `sudo guardian ...` on Linux and macOS (the dashboard's menu entry asks for the password itself), or "Run as administrator" on Windows.</source>
        <translation>这台电脑上 Guardian 的数据（{path}）由 Guardian 服务保管，只有管理员才能打开。请以管理员身份运行：Linux 和 macOS 上用 `sudo guardian ...`（家长看板的菜单项会自己询问密码），Windows 上选择“以管理员身份运行”。</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <location filename="../../guardian/services/suggestions.py" line="75" />
        <source>Used after 22:00 on %1 days this week.</source>
        <translation>本周有 %1 天在 22:00 以后还在用电脑。</translation>
    </message>
    <message>
        <location filename="../../guardian/services/suggestions.py" line="78" />
        <source>Games reached their limit on %1 days this week.</source>
        <translation>本周有 %1 天游戏用到了限制。</translation>
    </message>
    <message>
        <location filename="../../guardian/services/suggestions.py" line="81" />
        <source>%1% more screen time than the week before.</source>
        <translation>屏幕时间比上周多了 %1%。</translation>
    </message>
    <message>
        <location filename="../../guardian/services/suggestions.py" line="84" />
        <source>A new chat or social app this week: %1.</source>
        <translation>本周出现了新的聊天或社交软件：%1。</translation>
    </message>
    <message>
        <location filename="../../guardian/services/suggestions.py" line="87" />
        <source>%1 requests for more time this week.</source>
        <translation>本周申请了 %1 次更多时间。</translation>
    </message>
    <message>
        <location filename="../../guardian/services/suggestions.py" line="90" />
        <source>%1 wrong parent PIN tries this week.</source>
        <translation>本周家长密码被输错了 %1 次。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="288" />
        <source>Ready</source>
        <translation>准备好了</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="300" />
        <source>Guardian will start with these limits:</source>
        <translation>Guardian 将按这些规则开始：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="304" />
        <source>Press Finish to save them and start Guardian.</source>
        <translation>点击“完成”保存并启动 Guardian。</translation>
    </message>
</context>
<context>
    <name>Tips</name>
    <message>
        <location filename="../../guardian/ui/tips.py" line="27" />
        <source>Look at something far away for a while: your eyes have worked hard.</source>
        <translation>看看远处吧，眼睛已经很辛苦了。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="30" />
        <source>Stand up, stretch, and drink a glass of water.</source>
        <translation>站起来伸伸懒腰，喝杯水。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="31" />
        <source>Go outside if you can: two hours of daylight a day keeps eyes healthy.</source>
        <translation>能出去就出去走走：每天在户外待两个小时，对眼睛有好处。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="34" />
        <source>Tell someone in your family about the best thing you did today.</source>
        <translation>和家里人说说今天你做的最棒的一件事。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="37" />
        <source>Read a book, draw, or build something with your hands.</source>
        <translation>读一本书、画一幅画，或者动手做点什么。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="40" />
        <source>A good sleep helps you remember what you learned today.</source>
        <translation>睡个好觉，能帮你记住今天学到的东西。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="43" />
        <source>If something online upset you, talk to a parent or a teacher about it.</source>
        <translation>如果网上有什么事让你不开心，和爸爸妈妈或者老师说一说。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="46" />
        <source>Plan tomorrow: what will you do first when the computer is free again?</source>
        <translation>想想明天：电脑能用的时候，你先做什么？</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="80" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="80" />
        <source>Time</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="91" />
        <source>Timeline of the day</source>
        <translation>今天的时间线</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="102" />
        <source>The computer is locked now</source>
        <translation>电脑现在锁着</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="104" />
        <source>Time left today: %1</source>
        <translation>今天还剩：%1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="108" />
        <source>used %1</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="112" />
        <source>now: %1 (%2)</source>
        <translation>正在用：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="118" />
        <source>%1: used %2</source>
        <translation>%1：已用 %2</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="124" />
        <source>Suggested reading: %1</source>
        <translation>推荐阅读：%1</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="33" />
        <source>internet addiction</source>
        <translation>网络沉迷</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="34" />
        <source>getting help</source>
        <translation>寻求帮助</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="35" />
        <source>family agreements</source>
        <translation>家庭约定</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="36" />
        <source>limits</source>
        <translation>时间限制</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="37" />
        <source>parents as role models</source>
        <translation>家长的榜样</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="38" />
        <source>daily rhythm</source>
        <translation>作息安排</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="39" />
        <source>sleep</source>
        <translation>睡眠</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="40" />
        <source>eyes</source>
        <translation>爱护眼睛</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="41" />
        <source>outdoors</source>
        <translation>户外活动</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="42" />
        <source>games</source>
        <translation>游戏</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="43" />
        <source>spending</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="44" />
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="45" />
        <source>social apps</source>
        <translation>社交软件</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="46" />
        <source>bullying</source>
        <translation>网络欺凌</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="47" />
        <source>harmful content</source>
        <translation>不良信息</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="48" />
        <source>reporting</source>
        <translation>举报</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="49" />
        <source>privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="50" />
        <source>fraud</source>
        <translation>网络诈骗</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="51" />
        <source>judging what you read</source>
        <translation>辨别信息</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="52" />
        <source>learning online</source>
        <translation>在线学习</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="53" />
        <source>school and home</source>
        <translation>家校合作</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="54" />
        <source>age by age</source>
        <translation>分年龄指导</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="55" />
        <source>about Guardian</source>
        <translation>关于 Guardian</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../guardian/ui/tray.py" line="44" />
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="48" />
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="52" />
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="56" />
        <source>Guardian writes down which program is in front and for how long, the window's title (for example the name of a web page), and when nobody is using the computer.

It never records what you type, what is on the screen, your messages or chats, or anything you send over the internet. It sends nothing anywhere: everything stays on this computer, and your parents see it in their dashboard.

The limits are there so that there is time for sleep, homework, friends and being outside too. If they feel unfair, talk about them with your parents.</source>
        <translation>Guardian 会记下前台是哪个程序、用了多长时间，窗口的标题（比如网页的名字），以及什么时候没有人在用电脑。

它从来不记录你打了什么字、屏幕上显示什么、你的消息和聊天内容，也不记录你在网上发送的任何东西。它不往任何地方发送数据：所有记录都留在这台电脑上，家长在家长面板里查看。

设定时间限制，是为了给睡觉、写作业、和朋友玩、到户外活动都留出时间。如果你觉得不公平，可以和家长好好谈一谈。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="97" />
        <source>Ask for more time…</source>
        <translation>申请更多时间…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="98" />
        <location filename="../../guardian/ui/tray.py" line="183" />
        <source>What Guardian records</source>
        <translation>Guardian 记录什么</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="99" />
        <source>Parent mode…</source>
        <translation>家长模式…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="114" />
        <source>Parent mode until %1</source>
        <translation>家长模式到 %1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="121" />
        <source>Time left today: %1</source>
        <translation>今天还剩：%1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="123" />
        <source>The computer is resting now</source>
        <translation>电脑现在休息了</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="127" />
        <source>No change ahead</source>
        <translation>接下来没有变化</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="129" />
        <source>Next change: %1</source>
        <translation>下次变化：%1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="135" />
        <source>Requests waiting for a parent: %1</source>
        <translation>等家长回复的请求：%1 个</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="154" />
        <source>Ask for more time</source>
        <translation>申请更多时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="156" />
        <source>Your parent will see this request in the dashboard.</source>
        <translation>家长会在家长面板里看到这个请求。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="159" />
        <source>%1 minutes more</source>
        <translation>再用 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="163" />
        <source>Why do you need more time? (optional)</source>
        <translation>为什么需要更多时间？（可以不填）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="173" />
        <source>Request sent</source>
        <translation>请求已发出</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="173" />
        <source>Your parent will answer it.</source>
        <translation>家长会回复你。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="198" />
        <source>Parent mode</source>
        <translation>家长模式</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="202" />
        <source>Pause Guardian while a parent uses this account. Enter the parent PIN:</source>
        <translation>家长用这个账户时，可以暂停 Guardian。请输入家长密码：</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../guardian/core/units.py" line="34" />
        <source>'{text}' is not a duration; write it like 1h30m, 45m or 2h</source>
        <translation>'{text}' 不是时长；请写成 1h30m、45m 或 2h 这样的形式</translation>
    </message>
    <message>
        <location filename="../../guardian/core/units.py" line="61" />
        <source>'{text}' is not a time of day; write it as HH:MM, like 07:30 or 21:00</source>
        <translation>'{text}' 不是钟点时间；请写成 HH:MM 的形式，比如 07:30 或 21:00</translation>
    </message>
    <message>
        <location filename="../../guardian/core/units.py" line="70" />
        <source>'{text}' is not a time of day; hours go from 00 to 23, minutes to 59</source>
        <translation>'{text}' 不是钟点时间；小时从 00 到 23，分钟从 00 到 59</translation>
    </message>
    <message>
        <location filename="../../guardian/core/units.py" line="105" />
        <source>'{text}' is not a time window; write it as HH:MM-HH:MM, like 18:00-20:30</source>
        <translation>'{text}' 不是时段；请写成 HH:MM-HH:MM 的形式，比如 18:00-20:30</translation>
    </message>
    <message>
        <location filename="../../guardian/core/units.py" line="114" />
        <source>'{text}': windows move in {step}-minute steps ({time} is not on one)</source>
        <translation>'{text}'：时段的起止时间必须是 {step} 分钟的整数倍（{time} 不是）</translation>
    </message>
    <message>
        <location filename="../../guardian/core/units.py" line="120" />
        <source>'{text}' starts and ends at the same time; for the whole day write 00:00-24:00</source>
        <translation>'{text}' 的开始和结束时间相同；如果是全天，请写 00:00-24:00</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="107" />
        <source>Time is nearly up</source>
        <translation>时间快到了</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="109" />
        <source>%1 minutes left for %2 today.</source>
        <translation>今天的%2时间还剩 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="114" />
        <source>%1 minutes left for this program today.</source>
        <translation>这个程序今天还能用 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="116" />
        <source>%1 minutes of computer time left. Save your work.</source>
        <translation>电脑时间还剩 %1 分钟，请保存好你的东西。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="136" />
        <source>Time is up for this program</source>
        <translation>这个程序的时间到了</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="139" />
        <source>It will close in %1 seconds. Save what you are doing.</source>
        <translation>它会在 %1 秒后关闭，请保存好正在做的事。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="143" />
        <source>Your family's rules do not allow this program now.</source>
        <translation>按照家里的约定，现在不能用这个程序。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="150" />
        <source>Time for a break</source>
        <translation>该休息了</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/countdown.py" line="151" />
        <source>Rest your eyes: look at something far away and move around for a few minutes.</source>
        <translation>让眼睛休息一下：看看远处，起来活动几分钟。</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="262" />
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="263" />
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="264" />
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="265" />
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="266" />
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="267" />
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="268" />
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
</TS>