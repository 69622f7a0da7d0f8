"""The app catalog: the real file sorts well-known programs and sites, and bad entries are reported.

The catalog only names and categorises; a parent's own rules always come first. Every problem in
every catalog file is reported with its file, line and key.
"""

from pathlib import Path

import pytest

from guardian import config
from guardian.core.catalog import Catalog, CatalogError, Classifier, load_catalog
from guardian.core.policy import BUILTIN_CATEGORIES
from guardian.core.policy_file import parse_policy_text

CHROME = "C:/Program Files/Google/Chrome/Application/chrome.exe"
EDGE = "C:/Program Files (x86)/Microsoft/Edge/Application/msedge.exe"
FIREFOX = "/usr/lib/firefox/firefox"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(config.catalog_paths())


def category(catalog: Catalog, exe_path: str, exe_name: str, title: str) -> str:
    rule = catalog.match(exe_path, exe_name, title)
    return rule.category if rule is not None and rule.category else "other"


# --- the real catalog -----------------------------------------------------------------------

CASES = [
    # games: platforms, launchers and game programs
    ("C:/Program Files (x86)/Steam/steam.exe", "steam.exe", "Steam", "games"),
    ("C:/PROGRAM FILES (X86)/STEAM/STEAM.EXE", "STEAM.EXE", "", "games"),
    ("C:/Program Files (x86)/Steam/bin/cef/cef.win7x64/steamwebhelper.exe", "steamwebhelper.exe", "Steam", "games"),
    ("/home/kid/.local/share/Steam/ubuntu12_32/steam", "steam", "Steam", "games"),
    ("D:/WeGame/wegame.exe", "wegame.exe", "WeGame", "games"),
    ("D:/WeGame/tgp_daemon.exe", "tgp_daemon.exe", "", "games"),
    ("C:/Program Files (x86)/Minecraft Launcher/MinecraftLauncher.exe", "MinecraftLauncher.exe", "Minecraft Launcher", "games"),
    ("C:/Program Files/Java/jre/bin/javaw.exe", "javaw.exe", "Minecraft 1.20.4", "games"),
    ("/usr/lib/jvm/java-17/bin/java", "java", "Minecraft* 1.21 - Multiplayer (3rd-party Server)", "games"),
    ("C:/Program Files/Java/jre/bin/javaw.exe", "javaw.exe", "Eclipse", "other"),
    ("C:/Program Files/Java/jre/bin/javaw.exe", "javaw.exe", "", "other"),
    ("D:/Genshin Impact Game/YuanShen.exe", "YuanShen.exe", "原神", "games"),
    ("D:/Star Rail/Games/StarRail.exe", "StarRail.exe", "崩坏：星穹铁道", "games"),
    ("C:/Riot Games/League of Legends/Game/League of Legends.exe", "League of Legends.exe", "League of Legends (TM) Client", "games"),
    ("C:/Users/kid/AppData/Local/Roblox/Versions/v1/RobloxPlayerBeta.exe", "RobloxPlayerBeta.exe", "Roblox", "games"),
    ("D:/QQ飞车/Releasephysx27/QQSpeed.exe", "QQSpeed.exe", "QQ飞车", "games"),
    ("D:/地下城与勇士/DNF.exe", "DNF.exe", "地下城与勇士", "games"),
    ("D:/MuMuPlayer-12.0/shell/MuMuPlayer.exe", "MuMuPlayer.exe", "MuMu模拟器12", "games"),
    ("D:/games/party/party.exe", "party.exe", "蛋仔派对", "games"),
    # games: web game sites in any browser
    (CHROME, "chrome.exe", "【4399小游戏】4399小游戏,小游戏大全,双人小游戏大全 - Google Chrome", "games"),
    (EDGE, "msedge.exe", "7k7k小游戏大全 - 个人 - Microsoft\u200b Edge", "games"),
    (FIREFOX, "firefox", "Subway Surfers 🕹️ Play on Poki — Mozilla Firefox", "games"),
    (CHROME, "chrome.exe", "Moto X3M 🕹️ Play on CrazyGames - Google Chrome", "games"),
    (CHROME, "chrome.exe", "3366小游戏,双人小游戏大全 - Google Chrome", "games"),
    # video
    (EDGE, "msedge.exe", "哔哩哔哩 (゜-゜)つロ 干杯~-bilibili", "video"),
    (CHROME, "chrome.exe", "蛋仔派对新赛季攻略_哔哩哔哩_bilibili - Google Chrome", "video"),
    ("C:/Program Files/bilibili/哔哩哔哩.exe", "哔哩哔哩.exe", "哔哩哔哩", "video"),
    ("C:/Program Files (x86)/IQIYI Video/QyClient.exe", "QyClient.exe", "爱奇艺", "video"),
    ("C:/Program Files (x86)/Tencent/QQLive/QQLive.exe", "QQLive.exe", "腾讯视频", "video"),
    (CHROME, "chrome.exe", "《狂飙》第1集-电视剧-高清正版视频在线观看–爱奇艺 - Google Chrome", "video"),
    (CHROME, "chrome.exe", "YouTube - Google Chrome", "video"),
    (CHROME, "chrome.exe", "抖音-记录美好生活 - Google Chrome", "video"),
    (CHROME, "chrome.exe", "斗鱼 - 每个人的直播平台 - Google Chrome", "video"),
    (CHROME, "chrome.exe", "斗鱼怎么养 - 百度搜索 - Google Chrome", "other"),
    ("C:/Program Files/DAUM/PotPlayer/PotPlayerMini64.exe", "PotPlayerMini64.exe", "movie.mp4 - PotPlayer", "video"),
    ("/usr/bin/vlc", "vlc", "movie.mp4 - VLC media player", "video"),
    ("/usr/bin/mpv", "mpv", "movie.mkv - mpv", "video"),
    # social
    ("C:/Program Files/Tencent/WeChat/WeChat.exe", "WeChat.exe", "微信", "social"),
    ("C:/Program Files/Tencent/Weixin/Weixin.exe", "Weixin.exe", "微信", "social"),
    ("C:/Program Files/Tencent/QQNT/QQ.exe", "QQ.exe", "QQ", "social"),
    ("/usr/share/discord/Discord", "Discord", "#general | Friends - Discord", "social"),
    ("/usr/bin/telegram-desktop", "telegram-desktop", "Telegram", "social"),
    (CHROME, "chrome.exe", "微博-随时随地发现新鲜事 - Google Chrome", "social"),
    (CHROME, "chrome.exe", "如何评价这部电影？ - 知乎 - Google Chrome", "social"),
    (CHROME, "chrome.exe", "小红书 - 你的生活指南 - Google Chrome", "social"),
    (CHROME, "chrome.exe", "百度贴吧——全球领先的中文社区 - Google Chrome", "social"),
    # study
    (FIREFOX, "firefox", "国家中小学智慧教育平台", "study"),
    (FIREFOX, "firefox", "国家中小学智慧教育平台 — Mozilla Firefox", "study"),
    ("C:/Program Files/Microsoft Office/root/Office16/WINWORD.EXE", "WINWORD.EXE", "作文.docx - Word", "study"),
    ("C:/Program Files/Microsoft Office/root/Office16/WINWORD.EXE", "WINWORD.EXE", "微信使用说明.docx - Word", "study"),
    ("C:/Users/kid/AppData/Local/Kingsoft/WPS Office/12.1/office6/wps.exe", "wps.exe", "作文.docx - WPS Office", "study"),
    ("/usr/lib/libreoffice/program/soffice.bin", "soffice.bin", "report.odt - LibreOffice Writer", "study"),
    ("C:/Users/kid/AppData/Local/Programs/Microsoft VS Code/Code.exe", "Code.exe", "main.py - homework - Visual Studio Code", "study"),
    ("C:/Python312/pythonw.exe", "pythonw.exe", "IDLE Shell 3.12.1", "study"),
    ("C:/Python312/pythonw.exe", "pythonw.exe", "tk", "other"),
    ("C:/Program Files/Scratch 3/Scratch 3.exe", "Scratch 3.exe", "Scratch 3.29.1", "study"),
    ("C:/Program Files (x86)/DingDing/DingTalk.exe", "DingTalk.exe", "钉钉", "study"),
    ("C:/Program Files/Tencent/WeMeet/wemeetapp.exe", "wemeetapp.exe", "腾讯会议", "study"),
    ("C:/Users/kid/AppData/Roaming/Zoom/bin/Zoom.exe", "Zoom.exe", "Zoom Meeting", "study"),
    (CHROME, "chrome.exe", "作业帮 - 拍照搜题 - Google Chrome", "study"),
    ("C:/Program Files/Youdao/Dict/YoudaoDict.exe", "YoudaoDict.exe", "网易有道翻译", "study"),
    ("C:/Program Files/Notepad++/notepad++.exe", "notepad++.exe", "new 1 - Notepad++", "study"),
    # payments: by title, before any exe-only entry
    (CHROME, "chrome.exe", "支付宝 - 收银台", "payments"),
    ("D:/WeGame/wegame.exe", "wegame.exe", "点券充值", "payments"),
    ("D:/穿越火线/crossfire.exe", "crossfire.exe", "穿越火线 - 点券充值", "payments"),
    ("C:/Program Files (x86)/Steam/bin/cef/cef.win7x64/steamwebhelper.exe", "steamwebhelper.exe", "Add Funds to Your Steam Wallet", "payments"),
    (EDGE, "msedge.exe", "微信支付 - 商户平台 - 个人 - Microsoft\u200b Edge", "payments"),
    (CHROME, "chrome.exe", "Genshin Impact Top Up - Google Chrome", "payments"),
    (CHROME, "chrome.exe", "Top-Up Center | Honkai: Star Rail - Google Chrome", "payments"),
    (CHROME, "chrome.exe", "How to stop updates in Windows 11 - Google Search - Google Chrome", "other"),
    (CHROME, "chrome.exe", "Checkout - PayPal - Google Chrome", "payments"),
    ("C:/Program Files/WindowsApps/Microsoft.WindowsStore/WinStore.App.exe", "WinStore.App.exe", "Microsoft Store", "payments"),
    # a top-up page counts as payments even inside a video site (payments come first in the file)
    (CHROME, "chrome.exe", "原神充值中心_哔哩哔哩_bilibili - Google Chrome", "payments"),
    # other: browsers themselves, and pages and programs the catalog does not know
    (CHROME, "chrome.exe", "Google", "other"),
    (CHROME, "chrome.exe", "", "other"),
    (EDGE, "msedge.exe", "新标签页 - 个人 - Microsoft\u200b Edge", "other"),
    (FIREFOX, "firefox", "Mozilla Firefox", "other"),
    ("C:/Windows/explorer.exe", "explorer.exe", "Documents", "other"),
]  # fmt: skip


@pytest.mark.parametrize(("exe_path", "exe_name", "title", "expected"), CASES)
def test_real_catalog_sorts_programs_and_sites(
    catalog: Catalog, exe_path: str, exe_name: str, title: str, expected: str
) -> None:
    assert category(catalog, exe_path, exe_name, title) == expected


def test_cases_cover_every_category() -> None:
    assert {case[3] for case in CASES} == set(BUILTIN_CATEGORIES)
    assert len(CASES) >= 40


@pytest.mark.parametrize(
    "exe_name",
    ["chrome.exe", "msedge.exe", "firefox.exe", "firefox", "360se.exe", "360chrome.exe",
     "QQBrowser.exe", "SogouExplorer.exe", "opera.exe", "brave.exe", "javaw.exe", "java",
     "python.exe", "pythonw.exe"],
)  # fmt: skip
def test_browsers_and_runtimes_are_not_categorised_by_themselves(
    catalog: Catalog, exe_name: str
) -> None:
    assert catalog.match(f"C:/somewhere/{exe_name}", exe_name, "") is None


def test_real_catalog_has_entries_in_every_category_but_other(catalog: Catalog) -> None:
    counts = {name: 0 for name in BUILTIN_CATEGORIES}
    for rule in catalog.rules:
        assert rule.category is not None
        counts[rule.category] += 1
    assert counts["other"] == 0
    assert all(counts[name] > 0 for name in BUILTIN_CATEGORIES if name != "other")


def test_real_catalog_patterns_are_not_too_broad(catalog: Catalog) -> None:
    """A site pattern needs enough letters not to hit unrelated titles ("*7k*" would)."""
    for rule in catalog.rules:
        if rule.exe is not None:
            assert not rule.exe.startswith(("*", "?")), rule.id
        if rule.title is not None and rule.exe is None and "*" in rule.title:
            literal = rule.title.replace("*", "").replace("?", "").replace("[!a-z]", "")
            needed = 4 if literal.isascii() else 2
            assert len(literal.strip()) >= needed, rule.id


# --- the parent's rules come first ----------------------------------------------------------

PARENT_POLICY = """\
format = 1

[[apps]]
exe = "steam.exe"
category = "study"

[[apps]]
exe = "wegame.exe"
limit = "30m"
"""


@pytest.mark.parametrize(
    ("exe_name", "title", "expected", "rule_id"),
    [
        ("steam.exe", "Steam", "study", "steam.exe"),  # the parent's rule beats the catalog
        ("steam.exe", "点券充值", "study", "steam.exe"),  # even the catalog's title entries
        ("wegame.exe", "WeGame", "games", "wegame.exe"),  # a rule without a category keeps the catalog's
        ("哔哩哔哩.exe", "哔哩哔哩", "video", None),  # not named by the parent: the catalog decides
        ("notes.exe", "Notes", "other", None),  # named by neither
    ],
)  # fmt: skip
def test_parent_rules_come_before_the_catalog(
    catalog: Catalog, exe_name: str, title: str, expected: str, rule_id: str | None
) -> None:
    classifier = Classifier(parse_policy_text(PARENT_POLICY), catalog)
    found = classifier.classify(f"C:/Programs/{exe_name}", exe_name, title)
    assert (found.category, found.rule_id) == (expected, rule_id)


def test_catalog_names_programs_for_the_dashboard(catalog: Catalog) -> None:
    classifier = Classifier(parse_policy_text(PARENT_POLICY), catalog)
    assert classifier.classify(CHROME, "chrome.exe", "YouTube - Google Chrome").name == "YouTube"
    assert classifier.classify(CHROME, "chrome.exe", "Google").name is None


# --- bad catalog files ----------------------------------------------------------------------

GOOD_ENTRY = '[[apps]]\nexe = "good.exe"\ncategory = "games"\n'

BAD_FILES = [
    # (file text, line, key path, words in the message)
    ('format = 1\n\n[[apps]]\nexe = "a.exe"\ncategory = "gaems"\n', 5, "apps[0].category", "unknown category 'gaems'"),
    ('format = 1\n\n[[apps]]\nname = "A"\nexe = "a.exe"\n', 3, "apps[0]", "needs a 'category'"),
    ('format = 1\n\n[[apps]]\nexe = "a.exe"\ncategory = "games"\nlimit = "1h"\n', 6, "apps[0].limit", "unknown key 'limit'"),
    ('format = 1\n\n[[apps]]\nname = "A"\ncategory = "games"\n', 3, "apps[0]", "needs 'exe'"),
    (f'format = 1\n\n{GOOD_ENTRY}\n[[apps]]\nexe = "GOOD.EXE"\ncategory = "video"\n', 7, "apps[1]", "'good.exe' appears twice"),
    ("format = 2\n", 1, "format", "format 1"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "line", "key", "message"), BAD_FILES)
def test_bad_catalog_entries_are_reported_with_file_line_and_key(
    tmp_path: Path, text: str, line: int, key: str, message: str
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_catalog([path])
    assert [(source, p.line, p.path) for source, p in caught.value.located] == [
        (str(path), line, key)
    ]
    assert message in str(caught.value.located[0][1].message)
    assert f"{path}:{line}: {key}: " in str(caught.value)


def test_every_bad_file_is_reported_at_once(tmp_path: Path) -> None:
    good = tmp_path / "a-good.toml"
    good.write_text(f"format = 1\n{GOOD_ENTRY}", encoding="utf-8")
    first = tmp_path / "b-bad.toml"
    first.write_text('[[apps]]\nexe = "x.exe"\ncategory = "gaems"\n', encoding="utf-8")
    second = tmp_path / "c-bad.toml"
    second.write_text(
        '[[apps]]\ntitle = "*y*"\ncategory = "video"\nlimit = "1h"\n', encoding="utf-8"
    )
    with pytest.raises(CatalogError) as caught:
        load_catalog([good, first, second])
    located = [(source, p.line, p.path) for source, p in caught.value.located]
    assert located == [
        (str(first), 3, "apps[0].category"),
        (str(second), 4, "apps[0].limit"),
    ]
    text = str(caught.value)
    assert f"{first}:3: apps[0].category: unknown category 'gaems'" in text
    assert f"{second}:4: apps[0].limit: unknown key 'limit'" in text


def test_unreadable_catalog_files_are_reported(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('[[apps]\nexe = "x.exe"\n', encoding="utf-8")
    latin = tmp_path / "latin.toml"
    latin.write_bytes(b'[[apps]]\nname = "caf\xe9"\nexe = "x.exe"\ncategory = "games"\n')
    with pytest.raises(CatalogError) as caught:
        load_catalog([broken, latin])
    assert [source for source, _ in caught.value.located] == [str(broken), str(latin)]


def test_good_catalog_files_merge_in_order(tmp_path: Path) -> None:
    first = tmp_path / "a.toml"
    first.write_text('[[apps]]\nexe = "x.exe"\ncategory = "games"\n', encoding="utf-8")
    second = tmp_path / "b.toml"
    second.write_text('[[apps]]\ntitle = "*x*"\ncategory = "video"\n', encoding="utf-8")
    merged = load_catalog([first, second])
    assert [rule.id for rule in merged.rules] == ["x.exe", "*x*"]
    assert category(merged, "C:/x.exe", "x.exe", "x") == "video"  # title entries first
    assert category(merged, "C:/x.exe", "x.exe", "") == "games"


def test_missing_category_after_a_dropped_entry_names_the_right_entry(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        '[[apps]]\nexe = "a.exe"\ncategory = "gaems"\n\n[[apps]]\nexe = "b.exe"\n',
        encoding="utf-8",
    )
    with pytest.raises(CatalogError) as caught:
        load_catalog([path])
    located = [(p.line, p.path) for _, p in caught.value.located]
    assert located == [(3, "apps[0].category"), (5, "apps[1]")]
