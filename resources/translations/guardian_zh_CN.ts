<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
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
        <location filename="../../guardian/ui/dashboard.py" line="378" />
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="383" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="383" />
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="383" />
        <source>What</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="383" />
        <source>Details</source>
        <translation>详情</translation>
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
        <location filename="../../guardian/ui/wizard.py" line="134" />
        <source>Your children</source>
        <translation>你的孩子</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="137" />
        <source>Add each child who uses this PC. Give the account they sign in with, if they have their own.</source>
        <translation>添加每个使用这台电脑的孩子。如果孩子有自己的账户，请填上登录用的账户名。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="146" />
        <source>their account on this PC (optional)</source>
        <translation>在这台电脑上的账户（可以不填）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="147" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="153" />
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="153" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="153" />
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="167" />
        <source>Give the child's name (1 to 64 characters).</source>
        <translation>请填写孩子的名字（1 到 64 个字符）。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="170" />
        <source>%1 is already on the list.</source>
        <translation>%1 已经在名单上了。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="177" />
        <source>Guardian could not find the account %1 on this PC; check the spelling.</source>
        <translation>在这台电脑上找不到账户 %1，请检查拼写。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="182" />
        <source>%1 is an administrator account: a child can switch Guardian off from it. %2</source>
        <translation>%1 是管理员账户：孩子用它可以关掉 Guardian。%2</translation>
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
        <location filename="../../guardian/ui/dashboard.py" line="466" />
        <source>Guardian: parent dashboard</source>
        <translation>Guardian 家长面板</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="482" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="483" />
        <source>Week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="484" />
        <source>Month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="485" />
        <location filename="../../guardian/ui/dashboard.py" line="592" />
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="486" />
        <source>Activity</source>
        <translation>动态</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="487" />
        <source>Guidance</source>
        <translation>家庭教育</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="491" />
        <source>Limits</source>
        <translation>限制规则</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="496" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="500" />
        <source>Child:</source>
        <translation>孩子：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="565" />
        <source>Save the weekly report</source>
        <translation>保存每周报告</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="274" />
        <source>PC locked</source>
        <translation>电脑锁屏</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="275" />
        <source>PC unlocked</source>
        <translation>电脑解锁</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="276" />
        <source>time given</source>
        <translation>加了时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="277" />
        <source>asked for more time</source>
        <translation>申请更多时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="278" />
        <source>warned: time nearly up</source>
        <translation>提醒：时间快到了</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="279" />
        <source>program over its limit</source>
        <translation>程序超过限制</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="280" />
        <source>program closed</source>
        <translation>程序被关闭</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="281" />
        <source>program not closed (protected)</source>
        <translation>程序未关闭（受保护）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="282" />
        <source>wrong PIN</source>
        <translation>密码输错</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="283" />
        <source>clock changed</source>
        <translation>时钟被改动</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="284" />
        <source>PC asleep</source>
        <translation>电脑休眠</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="285" />
        <source>limits changed</source>
        <translation>限制规则已修改</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="286" />
        <source>payment page</source>
        <translation>支付页面</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="287" />
        <source>payment page allowed by a parent</source>
        <translation>家长允许了支付页面</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="288" />
        <source>payment page closed</source>
        <translation>支付页面被关闭</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="289" />
        <source>parent mode</source>
        <translation>家长模式</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="290" />
        <source>parent mode ended</source>
        <translation>家长模式结束</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="291" />
        <source>rest reminder</source>
        <translation>休息提醒</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="292" />
        <source>PIN set</source>
        <translation>设置了密码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="293" />
        <source>PIN reset with the recovery code</source>
        <translation>用恢复码重设了密码</translation>
    </message>
</context>
<context>
    <name>GuidanceBrowser</name>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="68" />
        <source>Search the articles</source>
        <translation>搜索文章</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="70" />
        <source>All topics</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="74" />
        <source>All ages</source>
        <translation>全部年龄</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="77" />
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="93" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="95" />
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="141" />
        <source>No article matches. Try other words or fewer filters.</source>
        <translation>没有找到文章。换几个词，或者少选几个筛选条件试试。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="144" />
        <location filename="../../guardian/ui/guidance_browser.py" line="151" />
        <source>Keep as a favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="147" />
        <location filename="../../guardian/ui/guidance_browser.py" line="164" />
        <source>Sources: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="149" />
        <source>Remove from favourites</source>
        <translation>取消收藏</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="175" />
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="63" />
        <source>Welcome to Guardian</source>
        <translation>欢迎使用 Guardian</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="64" />
        <source>Choose the language Guardian speaks to your family in.</source>
        <translation>选择 Guardian 和家人说话用的语言。</translation>
    </message>
</context>
<context>
    <name>LimitsEditor</name>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="184" />
        <source>Time for the whole computer, per day</source>
        <translation>整台电脑每天的时长</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="187" />
        <location filename="../../guardian/ui/limits_editor.py" line="206" />
        <source>School days</source>
        <translation>上学日</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="188" />
        <location filename="../../guardian/ui/limits_editor.py" line="207" />
        <source>Rest days</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="194" />
        <source>When the computer may be used (drag to paint)</source>
        <translation>什么时候可以用电脑（按住鼠标拖动来涂）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="200" />
        <source>Time per category, per day</source>
        <translation>各类程序每天的时长</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="202" />
        <source>Hours on school days</source>
        <translation>上学日的时段</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="202" />
        <source>Hours on rest days</source>
        <translation>休息日的时段</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="205" />
        <location filename="../../guardian/ui/limits_editor.py" line="220" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="215" />
        <source>Programs (from those your child has used)</source>
        <translation>程序（孩子用过的）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="219" />
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="221" />
        <source>Limit a day</source>
        <translation>每天限时</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="222" />
        <source>Blocked</source>
        <translation>禁止</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="223" />
        <source>Always allowed</source>
        <translation>随时可用</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="229" />
        <source>School calendar</source>
        <translation>学校日历</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="233" />
        <source>e.g. 2027-01-23..2027-02-21 winter, 2027-07-10..2027-08-31 summer</source>
        <translation>例如 2027-01-23..2027-02-21 寒假, 2027-07-10..2027-08-31 暑假</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="239" />
        <source>Vacations:</source>
        <translation>假期：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="240" />
        <source>Extra school days:</source>
        <translation>额外上学日：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="241" />
        <source>Extra days off:</source>
        <translation>额外休息日：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="251" />
        <source>Use this preset</source>
        <translation>使用这个预设</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="263" />
        <source>Save as a new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="271" />
        <source>History</source>
        <translation>历史版本</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="274" />
        <source>Bring back the chosen version</source>
        <translation>恢复选中的版本</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="284" />
        <source>Mondays</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="285" />
        <source>Tuesdays</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="286" />
        <source>Wednesdays</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="287" />
        <source>Thursdays</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="288" />
        <source>Fridays</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="289" />
        <source>Saturdays</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="290" />
        <source>Sundays</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="299" />
        <source>e.g. 1h30m, 45m, unlimited; empty: as the day type</source>
        <translation>例如 1h30m、45m、unlimited；不填：按上学日/休息日</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="325" />
        <source>first version</source>
        <translation>第一个版本</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="449" />
        <source>as the catalog says</source>
        <translation>按内置清单</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="495" />
        <source>Nothing saved: correct the fields marked in red.</source>
        <translation>没有保存：请改正标红的地方。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="499" />
        <source>the limits</source>
        <translation>限制规则</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="502" />
        <source>Nothing saved:</source>
        <translation>没有保存：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="517" />
        <source>Saved as version %1.</source>
        <translation>已保存为第 %1 版。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="528" />
        <source>This preset is for ages %1 to %2, and %3 is %4: choose one that fits.</source>
        <translation>这个预设适合 %1 到 %2 岁，%3 %4 岁：请选一个合适的。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="542" />
        <source>Preset loaded: press Save to use it.</source>
        <translation>预设已载入：点击保存后生效。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="567" />
        <source>write it like 1h30m, 45m or unlimited</source>
        <translation>请写成 1h30m、45m 或 unlimited 这样的形式</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/limits_editor.py" line="569" />
        <source>a day has only 24 hours</source>
        <translation>一天只有 24 小时</translation>
    </message>
</context>
<context>
    <name>LockWindow</name>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="78" />
        <source>Guardian lock screen</source>
        <translation>Guardian 锁屏</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="125" />
        <source>Ask for more time</source>
        <translation>申请更多时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="126" />
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="127" />
        <source>Shut down</source>
        <translation>关机</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="139" />
        <source>A parent can give more time now:</source>
        <translation>家长可以现在给你加时间：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="142" />
        <source>Parent PIN</source>
        <translation>家长密码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="147" />
        <source>%1 minutes more</source>
        <translation>再用 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="149" />
        <source>Until a time of day</source>
        <translation>一直用到某个时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="160" />
        <source>Give the time</source>
        <translation>加时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="166" />
        <source>Or send your parent a request:</source>
        <translation>或者给家长发一个请求：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="169" />
        <source>Why do you need more time? (optional)</source>
        <translation>为什么需要更多时间？（可以不填）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="171" />
        <source>Send the request</source>
        <translation>发送请求</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="173" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="184" />
        <source>The computer is resting now</source>
        <translation>电脑现在休息了</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="195" />
        <source>Too many wrong tries. Try again in %1 s.</source>
        <translation>输错的次数太多了，请 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="198" />
        <source>That PIN is not right.</source>
        <translation>密码不对。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="206" />
        <source>Choose a time later today.</source>
        <translation>请选择今天晚些时候的时间。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="211" />
        <source>Time given.</source>
        <translation>时间已经加上了。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="217" />
        <source>Your request was sent. A parent will answer it.</source>
        <translation>请求已经发出，家长会回复你。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="241" />
        <source>You have used all of today's computer time.</source>
        <translation>今天的电脑时间已经用完了。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="245" />
        <source>This is not one of the times your family agreed for the computer.</source>
        <translation>现在不是家里约定的用电脑时间。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="249" />
        <source>Time for a short break: look out of the window and stretch.</source>
        <translation>该休息一下了：看看窗外，活动活动身体。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="252" />
        <source>Your family's rules say the computer rests now.</source>
        <translation>按照家里的约定，电脑现在要休息。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="259" />
        <source>Ask a parent if you need it before then.</source>
        <translation>如果在那之前需要用电脑，请问问家长。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="264" />
        <source>You can use it again at %1.</source>
        <translation>%1 可以再用。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="268" />
        <source>You can use it again tomorrow at %1.</source>
        <translation>明天 %1 可以再用。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="271" />
        <source>You can use it again on %1 at %2.</source>
        <translation>%1 %2 可以再用。</translation>
    </message>
</context>
<context>
    <name>PaymentGuard</name>
    <message>
        <location filename="../../guardian/ui/payment_guard.py" line="38" />
        <source>This looks like a payment or top-up page. Guardian will close it in %1 seconds unless a parent enters the PIN.</source>
        <translation>这看起来是支付或充值页面。除非家长输入密码，Guardian 会在 %1 秒后关闭它。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/payment_guard.py" line="45" />
        <source>Parent PIN</source>
        <translation>家长密码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/payment_guard.py" line="46" />
        <source>Allow this payment page</source>
        <translation>允许这个支付页面</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/payment_guard.py" line="71" />
        <source>That PIN is not right.</source>
        <translation>密码不对。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/payment_guard.py" line="73" />
        <source>Too many wrong tries. Try again in %1 s.</source>
        <translation>输错的次数太多了，请 %1 秒后再试。</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="165" />
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="165" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="165" />
        <source>Time</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="165" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="167" />
        <source>Export this week's report…</source>
        <translation>导出本周报告…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="170" />
        <source>Time per day, by category</source>
        <translation>每天的时长（按分类）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="175" />
        <source>When: hours of the day by weekday</source>
        <translation>什么时候用：按星期和钟点</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="177" />
        <source>Programs used most</source>
        <translation>用得最多的程序</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="206" />
        <source>hours</source>
        <translation>小时</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="426" />
        <source>Parent PIN</source>
        <translation>家长密码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="428" />
        <source>Open the dashboard</source>
        <translation>打开家长面板</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="434" />
        <source>The dashboard is for parents. Enter the parent PIN:</source>
        <translation>家长面板只给家长用。请输入家长密码：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="450" />
        <source>Too many wrong tries. Try again in %1 s.</source>
        <translation>输错的次数太多了，请 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="453" />
        <source>That PIN is not right.</source>
        <translation>密码不对。</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="79" />
        <source>The parent PIN</source>
        <translation>家长密码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="82" />
        <source>Only someone with this PIN can change limits, give time or open the dashboard. Use six characters or more, and not one your child can guess.</source>
        <translation>只有知道这个密码的人才能修改限制、加时间或打开家长面板。请用六个或更多字符，不要用孩子能猜到的。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="91" />
        <source>PIN:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="92" />
        <source>The PIN again:</source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="102" />
        <source>The two PINs are not the same.</source>
        <translation>两次输入的密码不一样。</translation>
    </message>
</context>
<context>
    <name>PresetPage</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="206" />
        <source>Limits to start from</source>
        <translation>从哪套规则开始</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="209" />
        <source>Each child starts from a set of limits for their age, based on China's rules and guidelines. You can change any limit later in the dashboard.</source>
        <translation>每个孩子按年龄从一套规则开始，这些规则依据国家的有关规定和指南。以后可以在家长面板里修改任何一项。</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="237" />
        <source>Early nights before school (MOE bedtimes), games and video 30 min on school days</source>
        <translation>上学日早睡（教育部就寝时间），上学日游戏和视频各 30 分钟</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="244" />
        <source>Minor mode under 16: 1 hour a day, nothing 22:00-06:00 (CAC 2024)</source>
        <translation>未成年人模式（16 岁以下）：每天 1 小时，22:00—06:00 不能用（网信办 2024）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="250" />
        <source>Minor mode 16-18: 2 hours a day, nothing 22:00-06:00 (CAC 2024)</source>
        <translation>未成年人模式（16 至 18 岁）：每天 2 小时，22:00—06:00 不能用（网信办 2024）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="256" />
        <source>Games only 20:00-21:00 on Fridays, weekends and holidays (NPPA 2021)</source>
        <translation>游戏只在周五、周末和节假日 20:00—21:00（国家新闻出版署 2021）</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="112" />
        <source>Your recovery code</source>
        <translation>你的恢复码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="115" />
        <source>If you ever forget the PIN, this code sets a new one. Write it down and keep it where your child cannot find it. It is shown only now.</source>
        <translation>如果忘了密码，可以用这个恢复码设置新密码。请把它抄下来，放在孩子找不到的地方。它只显示这一次。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="120" />
        <source>I have written the code down</source>
        <translation>我已经抄下了恢复码</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../guardian/ui/report.py" line="87" />
        <source>Weekly report for %1</source>
        <translation>%1 的每周报告</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="120" />
        <source>From %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="124" />
        <source>Total for the week: %1</source>
        <translation>本周合计：%1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="127" />
        <source>Made by Guardian on this computer. Nothing in this report was sent anywhere.</source>
        <translation>本报告由这台电脑上的 Guardian 生成，其中的内容没有发送到任何地方。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="130" />
        <source>Day by day</source>
        <translation>每天的情况</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="131" />
        <source>Programs used most</source>
        <translation>用得最多的程序</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="132" />
        <source>Suggested reading</source>
        <translation>推荐阅读</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="140" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="141" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="142" />
        <source>By category</source>
        <translation>按分类</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="149" />
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="150" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="151" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="152" />
        <source>Week before</source>
        <translation>上一周</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="305" />
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="305" />
        <source>Asked at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="305" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="305" />
        <source>Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="311" />
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="312" />
        <source>Deny</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="316" />
        <source>Give minutes:</source>
        <translation>给多少分钟：</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="45" />
        <location filename="../../guardian/ui/settings_page.py" line="92" />
        <source>Parent PIN</source>
        <translation>家长密码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="50" />
        <source>Current PIN:</source>
        <translation>现在的密码：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="51" />
        <source>New PIN:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="52" />
        <source>New PIN again:</source>
        <translation>再输一次新密码：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="53" />
        <source>Change the PIN</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="59" />
        <source>Language and privacy</source>
        <translation>语言和隐私</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="65" />
        <source>Language (from the next start):</source>
        <translation>语言（下次启动时生效）：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="69" />
        <source>Do not keep window titles</source>
        <translation>不保存窗口标题</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="71" />
        <source>Keep window titles %1 days</source>
        <translation>窗口标题保存 %1 天</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="75" />
        <source>Window titles:</source>
        <translation>窗口标题：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="78" />
        <source>The family's data</source>
        <translation>家里的数据</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="80" />
        <source>Export all data to a folder…</source>
        <translation>把全部数据导出到一个文件夹…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="86" />
        <source>To delete everything (usage, events, children, limits and the PIN), enter the PIN and type DELETE:</source>
        <translation>要删除全部数据（使用记录、动态、孩子、限制规则和密码），请输入家长密码，并输入 DELETE 或“删除”：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="94" />
        <source>Delete all data</source>
        <translation>删除全部数据</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="105" />
        <source>Guardian %1. Everything stays on this computer: no network traffic, no screenshots, no keystrokes, no message contents.</source>
        <translation>Guardian %1。所有数据都留在这台电脑上：不联网传输、不截屏、不记录按键、不读取消息内容。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="134" />
        <source>The two new PINs are not the same.</source>
        <translation>两次输入的新密码不一样。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="144" />
        <source>The PIN is changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="148" />
        <source>Export all data to a folder</source>
        <translation>把全部数据导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="154" />
        <source>%1 files written to %2.</source>
        <translation>已把 %1 个文件写入 %2。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="165" />
        <source>Nothing was deleted: enter the PIN and type DELETE.</source>
        <translation>什么都没有删除：请输入家长密码，并输入 DELETE 或“删除”。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/settings_page.py" line="171" />
        <source>All data is deleted. Run guardian setup to start again.</source>
        <translation>全部数据已删除。运行 guardian setup 可以重新开始。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="297" />
        <source>Setting up Guardian</source>
        <translation>设置 Guardian</translation>
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
        <location filename="../../guardian/ui/wizard.py" line="267" />
        <source>Ready</source>
        <translation>准备好了</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="279" />
        <source>Guardian will start with these limits:</source>
        <translation>Guardian 将按这些规则开始：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/wizard.py" line="283" />
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
        <location filename="../../guardian/ui/dashboard.py" line="77" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="77" />
        <source>Time</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="88" />
        <source>Timeline of the day</source>
        <translation>今天的时间线</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="99" />
        <source>The computer is locked now</source>
        <translation>电脑现在锁着</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="101" />
        <source>Time left today: %1</source>
        <translation>今天还剩：%1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="105" />
        <source>used %1</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="109" />
        <source>now: %1 (%2)</source>
        <translation>正在用：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="115" />
        <source>%1: used %2</source>
        <translation>%1：已用 %2</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="121" />
        <source>Suggested reading: %1</source>
        <translation>推荐阅读：%1</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="31" />
        <source>internet addiction</source>
        <translation>网络沉迷</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="32" />
        <source>getting help</source>
        <translation>寻求帮助</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="33" />
        <source>family agreements</source>
        <translation>家庭约定</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="34" />
        <source>limits</source>
        <translation>时间限制</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="35" />
        <source>parents as role models</source>
        <translation>家长的榜样</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="36" />
        <source>daily rhythm</source>
        <translation>作息安排</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="37" />
        <source>sleep</source>
        <translation>睡眠</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="38" />
        <source>eyes</source>
        <translation>爱护眼睛</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="39" />
        <source>outdoors</source>
        <translation>户外活动</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="40" />
        <source>games</source>
        <translation>游戏</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="41" />
        <source>spending</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="42" />
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="43" />
        <source>social apps</source>
        <translation>社交软件</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="44" />
        <source>bullying</source>
        <translation>网络欺凌</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="45" />
        <source>harmful content</source>
        <translation>不良信息</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="46" />
        <source>reporting</source>
        <translation>举报</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="47" />
        <source>privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="48" />
        <source>fraud</source>
        <translation>网络诈骗</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="49" />
        <source>judging what you read</source>
        <translation>辨别信息</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="50" />
        <source>learning online</source>
        <translation>在线学习</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="51" />
        <source>school and home</source>
        <translation>家校合作</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="52" />
        <source>age by age</source>
        <translation>分年龄指导</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/guidance_browser.py" line="53" />
        <source>about Guardian</source>
        <translation>关于 Guardian</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../guardian/ui/tray.py" line="43" />
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="47" />
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="51" />
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="55" />
        <source>Guardian writes down which program is in front and for how long, the window's title (for example the name of a web page), and when nobody is using the computer.

It never records what you type, what is on the screen, your messages or chats, or anything you send over the internet. It sends nothing anywhere: everything stays on this computer, and your parents see it in their dashboard.

The limits are there so that there is time for sleep, homework, friends and being outside too. If they feel unfair, talk about them with your parents.</source>
        <translation>Guardian 会记下前台是哪个程序、用了多长时间，窗口的标题（比如网页的名字），以及什么时候没有人在用电脑。

它从来不记录你打了什么字、屏幕上显示什么、你的消息和聊天内容，也不记录你在网上发送的任何东西。它不往任何地方发送数据：所有记录都留在这台电脑上，家长在家长面板里查看。

设定时间限制，是为了给睡觉、写作业、和朋友玩、到户外活动都留出时间。如果你觉得不公平，可以和家长好好谈一谈。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="96" />
        <source>Ask for more time…</source>
        <translation>申请更多时间…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="97" />
        <location filename="../../guardian/ui/tray.py" line="182" />
        <source>What Guardian records</source>
        <translation>Guardian 记录什么</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="98" />
        <source>Parent mode…</source>
        <translation>家长模式…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="113" />
        <source>Parent mode until %1</source>
        <translation>家长模式到 %1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="120" />
        <source>Time left today: %1</source>
        <translation>今天还剩：%1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="122" />
        <source>The computer is resting now</source>
        <translation>电脑现在休息了</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="126" />
        <source>No change ahead</source>
        <translation>接下来没有变化</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="128" />
        <source>Next change: %1</source>
        <translation>下次变化：%1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="134" />
        <source>Requests waiting for a parent: %1</source>
        <translation>等家长回复的请求：%1 个</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="153" />
        <source>Ask for more time</source>
        <translation>申请更多时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="155" />
        <source>Your parent will see this request in the dashboard.</source>
        <translation>家长会在家长面板里看到这个请求。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="158" />
        <source>%1 minutes more</source>
        <translation>再用 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="162" />
        <source>Why do you need more time? (optional)</source>
        <translation>为什么需要更多时间？（可以不填）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="172" />
        <source>Request sent</source>
        <translation>请求已发出</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="172" />
        <source>Your parent will answer it.</source>
        <translation>家长会回复你。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="197" />
        <source>Parent mode</source>
        <translation>家长模式</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="201" />
        <source>Pause Guardian while a parent uses this account. Enter the parent PIN:</source>
        <translation>家长用这个账户时，可以暂停 Guardian。请输入家长密码：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="225" />
        <source>Too many wrong tries. Try again in %1 s.</source>
        <translation>输错的次数太多了，请 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="228" />
        <source>That PIN is not right.</source>
        <translation>密码不对。</translation>
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
        <location filename="../../guardian/ui/dashboard.py" line="259" />
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="260" />
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="261" />
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="262" />
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="263" />
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="264" />
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="265" />
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
</TS>