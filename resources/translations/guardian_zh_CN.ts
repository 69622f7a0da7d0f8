<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="327" />
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="332" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="332" />
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="332" />
        <source>What</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="332" />
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
        <location filename="../../guardian/ui/dashboard.py" line="435" />
        <source>Guardian: parent dashboard</source>
        <translation>Guardian 家长面板</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="448" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="449" />
        <source>Week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="450" />
        <source>Month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="451" />
        <location filename="../../guardian/ui/dashboard.py" line="537" />
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="452" />
        <source>Activity</source>
        <translation>动态</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="453" />
        <source>Guidance</source>
        <translation>家庭教育</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="457" />
        <source>Child:</source>
        <translation>孩子：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="521" />
        <source>Save the weekly report</source>
        <translation>保存每周报告</translation>
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
        <location filename="../../guardian/ui/dashboard.py" line="141" />
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="141" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="141" />
        <source>Time</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="141" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="143" />
        <source>Export this week's report…</source>
        <translation>导出本周报告…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="146" />
        <source>Time per day, by category</source>
        <translation>每天的时长（按分类）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="151" />
        <source>When: hours of the day by weekday</source>
        <translation>什么时候用：按星期和钟点</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="153" />
        <source>Programs used most</source>
        <translation>用得最多的程序</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="182" />
        <source>hours</source>
        <translation>小时</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="396" />
        <source>Parent PIN</source>
        <translation>家长密码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="398" />
        <source>Open the dashboard</source>
        <translation>打开家长面板</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="404" />
        <source>The dashboard is for parents. Enter the parent PIN:</source>
        <translation>家长面板只给家长用。请输入家长密码：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="420" />
        <source>Too many wrong tries. Try again in %1 s.</source>
        <translation>输错的次数太多了，请 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="423" />
        <source>That PIN is not right.</source>
        <translation>密码不对。</translation>
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
        <location filename="../../guardian/ui/report.py" line="114" />
        <source>From %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="118" />
        <source>Total for the week: %1</source>
        <translation>本周合计：%1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="121" />
        <source>Made by Guardian on this computer. Nothing in this report was sent anywhere.</source>
        <translation>本报告由这台电脑上的 Guardian 生成，其中的内容没有发送到任何地方。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="124" />
        <source>Day by day</source>
        <translation>每天的情况</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="125" />
        <source>Programs used most</source>
        <translation>用得最多的程序</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="126" />
        <source>Suggested reading</source>
        <translation>推荐阅读</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="134" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="135" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="136" />
        <source>By category</source>
        <translation>按分类</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="143" />
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="144" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="145" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/report.py" line="146" />
        <source>Week before</source>
        <translation>上一周</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="254" />
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="254" />
        <source>Asked at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="254" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="254" />
        <source>Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="260" />
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="261" />
        <source>Deny</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="265" />
        <source>Give minutes:</source>
        <translation>给多少分钟：</translation>
    </message>
</context>
<context>
    <name>Tips</name>
    <message>
        <location filename="../../guardian/ui/tips.py" line="11" />
        <source>Look at something far away for a while: your eyes have worked hard.</source>
        <translation>看看远处吧，眼睛已经很辛苦了。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="12" />
        <source>Stand up, stretch, and drink a glass of water.</source>
        <translation>站起来伸伸懒腰，喝杯水。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="13" />
        <source>Go outside if you can: two hours of daylight a day keeps eyes healthy.</source>
        <translation>能出去就出去走走：每天在户外待两个小时，对眼睛有好处。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="14" />
        <source>Tell someone in your family about the best thing you did today.</source>
        <translation>和家里人说说今天你做的最棒的一件事。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="15" />
        <source>Read a book, draw, or build something with your hands.</source>
        <translation>读一本书、画一幅画，或者动手做点什么。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="16" />
        <source>A good sleep helps you remember what you learned today.</source>
        <translation>睡个好觉，能帮你记住今天学到的东西。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="17" />
        <source>If something online upset you, talk to a parent or a teacher about it.</source>
        <translation>如果网上有什么事让你不开心，和爸爸妈妈或者老师说一说。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tips.py" line="18" />
        <source>Plan tomorrow: what will you do first when the computer is free again?</source>
        <translation>想想明天：电脑能用的时候，你先做什么？</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="76" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="76" />
        <source>Time</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="84" />
        <source>Timeline of the day</source>
        <translation>今天的时间线</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="94" />
        <source>The computer is locked now</source>
        <translation>电脑现在锁着</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="96" />
        <source>Time left today: %1</source>
        <translation>今天还剩：%1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="101" />
        <source>used %1</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/dashboard.py" line="105" />
        <source>%1: used %2</source>
        <translation>%1：已用 %2</translation>
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
        <location filename="../../guardian/ui/tray.py" line="94" />
        <source>Ask for more time…</source>
        <translation>申请更多时间…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="95" />
        <location filename="../../guardian/ui/tray.py" line="175" />
        <source>What Guardian records</source>
        <translation>Guardian 记录什么</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="96" />
        <source>Parent mode…</source>
        <translation>家长模式…</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="111" />
        <source>Parent mode until %1</source>
        <translation>家长模式到 %1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="118" />
        <source>Time left today: %1</source>
        <translation>今天还剩：%1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="120" />
        <source>The computer is resting now</source>
        <translation>电脑现在休息了</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="124" />
        <source>No change ahead</source>
        <translation>接下来没有变化</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="126" />
        <source>Next change: %1</source>
        <translation>下次变化：%1</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="146" />
        <source>Ask for more time</source>
        <translation>申请更多时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="148" />
        <source>Your parent will see this request in the dashboard.</source>
        <translation>家长会在家长面板里看到这个请求。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="151" />
        <source>%1 minutes more</source>
        <translation>再用 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="155" />
        <source>Why do you need more time? (optional)</source>
        <translation>为什么需要更多时间？（可以不填）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="165" />
        <source>Request sent</source>
        <translation>请求已发出</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="165" />
        <source>Your parent will answer it.</source>
        <translation>家长会回复你。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="190" />
        <source>Parent mode</source>
        <translation>家长模式</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="194" />
        <source>Pause Guardian while a parent uses this account. Enter the parent PIN:</source>
        <translation>家长用这个账户时，可以暂停 Guardian。请输入家长密码：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="218" />
        <source>Too many wrong tries. Try again in %1 s.</source>
        <translation>输错的次数太多了，请 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/tray.py" line="221" />
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
</TS>