"""Every user-visible string exists in Chinese and English, and the Chinese one is shown."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QGuiApplication

from guardian.core.engine import Reason
from guardian.i18n import choose_language
from guardian.ui.lock_screen import LockInfo, LockWindow

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
CATALOGUE = I18N / "guardian_zh_CN.ts"
TOOLS = Path(sys.executable).parent


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.find("translation")  # type: ignore[assignment]
    return found


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_catalogue_covers_every_string_in_the_code(tmp_path: Path, language: str) -> None:
    catalogue = I18N / f"guardian_{language}.ts"
    fresh = tmp_path / "fresh.ts"
    shutil.copy(catalogue, fresh)
    sources = sorted((ROOT / "guardian").rglob("*.py"))  # lupdate needs files, not a folder
    subprocess.run(
        [TOOLS / "pyside6-lupdate", "-silent", *sources, "-ts", fresh, "-no-obsolete"],
        check=True, capture_output=True,
    )  # fmt: skip
    assert messages(fresh), "lupdate found no strings at all: the check would be empty"
    in_code, committed = messages(fresh), messages(catalogue)
    assert set(in_code) == set(committed), "run `make translations` and translate the new strings"
    untranslated = [
        source
        for (_, source), t in committed.items()
        if t is None or t.get("type") == "unfinished" or not (t.text or "").strip()
    ]
    assert untranslated == []


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_each_translation_keeps_the_fields_of_its_source(language: str) -> None:
    """A translation that drops or renames a `{field}` would show the English instead."""
    field = re.compile(r"\{(\w*)\}")
    differ = [
        source
        for (_, source), t in messages(I18N / f"guardian_{language}.ts").items()
        if t is not None and set(field.findall(t.text or "")) != set(field.findall(source))
    ]
    assert differ == []


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_compiled_translation_is_not_older_than_its_source(language: str) -> None:
    source, compiled = I18N / f"guardian_{language}.ts", I18N / f"guardian_{language}.qm"
    assert compiled.exists(), "run `make translations`"
    assert compiled.stat().st_mtime >= source.stat().st_mtime, "run `make translations`"


@pytest.fixture
def chinese(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    compiled = tmp_path / "guardian_zh_CN.qm"
    subprocess.run([TOOLS / "pyside6-lrelease", "-silent", CATALOGUE, "-qm", compiled], check=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_lock_screen_speaks_chinese(qtbot, chinese: None) -> None:  # type: ignore[no-untyped-def]
    class Nothing:
        def __getattr__(self, name: str) -> object:
            return lambda *args, **kwargs: (False, 0)

    window = LockWindow(QGuiApplication.primaryScreen(), Nothing(), [])  # type: ignore[arg-type]
    qtbot.addWidget(window)
    tomorrow = (datetime.now().astimezone() + timedelta(days=1)).replace(hour=6, minute=30)
    window.show_info(LockInfo(Reason.OUTSIDE_HOURS, tomorrow, "喝口水，看看远处。"))
    assert window.headline.text() == "电脑现在休息了"
    assert window.reason.text() == "现在不是家里约定的用电脑时间。"
    assert window.when.text() == "明天 06:30 可以再用。"
    assert window.ask_button.text() == "申请更多时间"
    window.allow_close()


@pytest.mark.parametrize(
    ("env", "setting", "expected"),
    [
        ("zh_CN.UTF-8", None, "zh_CN"),
        ("en_GB", None, "en"),
        (None, "zh_TW", "zh_CN"),
        (None, "en", "en"),
    ],
)
def test_language_choice(
    monkeypatch: pytest.MonkeyPatch, env: str | None, setting: str | None, expected: str
) -> None:
    if env is None:
        monkeypatch.delenv("GUARDIAN_LANG", raising=False)
    else:
        monkeypatch.setenv("GUARDIAN_LANG", env)
    assert choose_language(setting) == expected


def test_strings_outside_widgets_are_translated_too(chinese: None) -> None:
    """Tips, event names, weekdays, categories: translated through QCoreApplication.translate
    with a literal context, which lupdate can see (an alias of translate it cannot)."""
    from guardian.ui.countdown import category_name
    from guardian.ui.dashboard import event_label
    from guardian.ui.tips import child_tips

    assert child_tips()[0] == "看看远处吧，眼睛已经很辛苦了。"
    assert event_label("lock") == "电脑锁屏"
    assert category_name("games") == "游戏"


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_lock_screen_tips_come_from_the_library(language: str) -> None:
    from guardian.ui.tips import tips_for

    tips = tips_for(language)
    assert len(tips) == 20
    assert all(tip and not tip.startswith("-") for tip in tips)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in tips[0]) == (language == "zh_CN")
