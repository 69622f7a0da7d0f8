<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LockWindow</name>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="78"/>
        <source>Guardian lock screen</source>
        <translation>Guardian 锁屏</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="125"/>
        <source>Ask for more time</source>
        <translation>申请更多时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="126"/>
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="127"/>
        <source>Shut down</source>
        <translation>关机</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="139"/>
        <source>A parent can give more time now:</source>
        <translation>家长可以现在给你加时间：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="142"/>
        <source>Parent PIN</source>
        <translation>家长密码</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="147"/>
        <source>%1 minutes more</source>
        <translation>再用 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="149"/>
        <source>Until a time of day</source>
        <translation>一直用到某个时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="160"/>
        <source>Give the time</source>
        <translation>加时间</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="166"/>
        <source>Or send your parent a request:</source>
        <translation>或者给家长发一个请求：</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="169"/>
        <source>Why do you need more time? (optional)</source>
        <translation>为什么需要更多时间？（可以不填）</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="171"/>
        <source>Send the request</source>
        <translation>发送请求</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="173"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="184"/>
        <source>The computer is resting now</source>
        <translation>电脑现在休息了</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="195"/>
        <source>Too many wrong tries. Try again in %1 s.</source>
        <translation>输错的次数太多了，请 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="198"/>
        <source>That PIN is not right.</source>
        <translation>密码不对。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="206"/>
        <source>Choose a time later today.</source>
        <translation>请选择今天晚些时候的时间。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="211"/>
        <source>Time given.</source>
        <translation>时间已经加上了。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="217"/>
        <source>Your request was sent. A parent will answer it.</source>
        <translation>请求已经发出，家长会回复你。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="241"/>
        <source>You have used all of today&apos;s computer time.</source>
        <translation>今天的电脑时间已经用完了。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="245"/>
        <source>This is not one of the times your family agreed for the computer.</source>
        <translation>现在不是家里约定的用电脑时间。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="249"/>
        <source>Time for a short break: look out of the window and stretch.</source>
        <translation>该休息一下了：看看窗外，活动活动身体。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="252"/>
        <source>Your family&apos;s rules say the computer rests now.</source>
        <translation>按照家里的约定，电脑现在要休息。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="259"/>
        <source>Ask a parent if you need it before then.</source>
        <translation>如果在那之前需要用电脑，请问问家长。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="264"/>
        <source>You can use it again at %1.</source>
        <translation>%1 可以再用。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="268"/>
        <source>You can use it again tomorrow at %1.</source>
        <translation>明天 %1 可以再用。</translation>
    </message>
    <message>
        <location filename="../../guardian/ui/lock_screen.py" line="271"/>
        <source>You can use it again on %1 at %2.</source>
        <translation>%1 %2 可以再用。</translation>
    </message>
</context>
</TS>
