"""School profiles: checked with file, line and key; packed; applied to a family for real (a real
SQLite file, a real keyring file, the `guardian` command in a subprocess)."""

from __future__ import annotations

import struct
import zipfile
import zlib
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from guardian.core.policy_file import read_policy
from guardian.school import (
    PROFILE_FILE,
    SchoolError,
    apply_installed,
    current_school,
    opened,
    read_profile,
    write_pack,
)
from guardian.storage import repositories as repo
from guardian.storage.database import open_store
from tests.test_cli import guardian

PROFILE = """\
[school]
name = "Example No. 1 Primary School"
contact = "Ms Li (class 3), 010-1234 5678"
logo = "logo.png"
locale = "en"

[defaults]
policy = "limits.toml"
record_titles = false

[calendar]
school_days = ["2027-02-07"]
rest_days = ["2026-12-31"]

[[calendar.vacations]]
name = "Winter vacation"
start = "2027-01-23"
end = "2027-02-21"

[guidance]
folder = "articles"
"""

LIMITS = """\
name = "Example school limits"
[total]
limit = "1h30m"
hours = ["07:00-21:00"]
"""

ARTICLE = """\
+++
id = "{id}"
title = "{title}"
summary = "{title}."
audience = ["parents"]
ages = ["8-12"]
topics = ["sleep"]
sources = ["Example school, 2026"]
+++

{title}. Keep screens out of the bedroom at night, and talk about the day at dinner.
"""


def png() -> bytes:
    """A real 1x1 PNG (Qt can show it)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x20\x60\xa0")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def make_profile(folder: Path, profile: str = PROFILE) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PROFILE_FILE).write_text(profile, encoding="utf-8")
    (folder / "logo.png").write_bytes(png())
    (folder / "limits.toml").write_text(LIMITS, encoding="utf-8")
    for language, title in (("zh_CN", "晚上的屏幕"), ("en", "Screens at night")):
        (folder / "articles" / language).mkdir(parents=True, exist_ok=True)
        (folder / "articles" / language / "example-school-nights.md").write_text(
            ARTICLE.format(id="example-school-nights", title=title), encoding="utf-8"
        )
    return folder / PROFILE_FILE


def test_a_whole_profile_is_read(tmp_path: Path) -> None:
    school = read_profile(make_profile(tmp_path / "profile"))
    assert school.name == "Example No. 1 Primary School"
    assert school.contact.startswith("Ms Li")
    assert school.locale == "en" and school.record_titles is False
    assert school.logo is not None and school.logo.name == "logo.png"
    assert school.calendar is not None
    assert school.calendar.school_days == {date(2027, 2, 7)}
    assert [v.name for v in school.calendar.vacations] == ["Winter vacation"]
    starting = school.starting_policy()
    assert starting is not None and starting["name"] == "Example school limits"
    policy = read_policy(starting, source="test")
    assert policy.total.limit.entries == {"all": 90 * 60}
    assert date(2027, 2, 7) in policy.calendar.school_days
    assert school.slug == "example-no-1-primary-school"


def test_every_problem_is_named_with_file_line_and_key(tmp_path: Path) -> None:
    bad = """\
[school]
name = ""
logo = "../outside.png"
locale = "fr"

[defaults]
preset = "no-such-preset"
record_titles = "yes"

[calendar]
school_days = ["2027-02-30"]

[guidance]
folder = "missing"
[extra]
"""
    toml = make_profile(tmp_path / "profile", bad)
    with pytest.raises(SchoolError) as caught:
        read_profile(toml)
    lines = {(p.path, p.line) for _, p in caught.value.located}
    text = str(caught.value.text)
    assert ("school.name", 2) in lines and "give the school's name" in text
    assert ("school.contact", None) in lines or any(p == "school.contact" for p, _ in lines)
    assert ("school.logo", 3) in lines and "inside the profile's folder" in text
    assert ("school.locale", 4) in lines and "choose zh_CN or en" in text
    assert ("defaults.preset", 7) in lines and "no preset has the id 'no-such-preset'" in text
    assert ("defaults.record_titles", 8) in lines
    assert ("calendar.school_days[0]", 11) in lines
    assert ("guidance.folder", 14) in lines
    assert any(p == "extra" for p, _ in lines)
    assert all(file == str(toml) for file, _ in caught.value.located)


def test_problems_in_the_policy_file_and_the_articles_name_those_files(tmp_path: Path) -> None:
    toml = make_profile(tmp_path / "profile")
    (tmp_path / "profile" / "limits.toml").write_text('[total]\nlimit = "lots"\n')
    (tmp_path / "profile" / "articles" / "en" / "example-school-nights.md").write_text(
        "no front matter"
    )
    with pytest.raises(SchoolError) as caught:
        read_profile(toml)
    files = {Path(file).name for file, _ in caught.value.located}
    assert files == {"limits.toml", "example-school-nights.md"}
    assert any(p.line == 2 for f, p in caught.value.located if f.endswith("limits.toml"))


def test_a_logo_that_is_not_an_image_is_refused(tmp_path: Path) -> None:
    toml = make_profile(tmp_path / "profile")
    (tmp_path / "profile" / "logo.png").write_text("not a picture")
    with pytest.raises(SchoolError, match=r"logo\.png is not a PNG image"):
        read_profile(toml)


def test_a_pack_round_trip_and_unsafe_packs(tmp_path: Path) -> None:
    school = read_profile(make_profile(tmp_path / "profile"))
    pack = write_pack(school, tmp_path / "out")
    assert pack.name == "example-no-1-primary-school-school.zip"
    with zipfile.ZipFile(pack) as z:
        assert set(z.namelist()) == {
            "school.toml", "logo.png", "limits.toml",
            "articles/zh_CN/example-school-nights.md", "articles/en/example-school-nights.md",
        }  # fmt: skip
    with opened(pack) as again:
        assert again.name == school.name and again.starting_policy() == school.starting_policy()
    climbing = tmp_path / "climbing.zip"
    with zipfile.ZipFile(climbing, "w") as z:
        z.writestr("school.toml", PROFILE)
        z.writestr("../../evil.txt", "x")
    with pytest.raises(SchoolError, match="outside the pack"), opened(climbing):
        pass
    assert not (tmp_path.parent / "evil.txt").exists()
    (tmp_path / "broken.zip").write_bytes(b"PK not really")
    with pytest.raises(SchoolError, match="not a readable zip"), opened(tmp_path / "broken.zip"):
        pass
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as z:
        z.writestr("readme.txt", "hello")
    with pytest.raises(SchoolError, match=r"no school\.toml at its top"), opened(empty):
        pass


def test_the_term_calendar_keeps_the_parents_own_marks(tmp_path: Path) -> None:
    school = read_profile(make_profile(tmp_path / "profile"))
    parent = {
        "name": "ours",
        "calendar": {"school_days": ["2026-12-31"], "rest_days": ["2027-02-07"]},
        "total": {"limit": "2h"},
    }
    merged = school.with_calendar(parent)
    assert merged["calendar"]["school_days"] == ["2026-12-31"]  # the parent's mark stays
    assert merged["calendar"]["rest_days"] == ["2027-02-07"]
    assert [v["name"] for v in merged["calendar"]["vacations"]] == ["Winter vacation"]
    assert school.with_calendar(merged) == merged  # applying twice adds nothing


def keyring_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")


def test_school_commands_check_build_apply_show(
    tmp_path: Path, guardian_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring_env(monkeypatch)
    toml = make_profile(tmp_path / "profile")
    checked = guardian("school", "check", str(toml))
    assert checked.returncode == 0, checked.stderr
    assert "Example No. 1 Primary School" in checked.stdout
    assert "1 vacations, 1 make-up school days, 1 rest days" in checked.stdout
    built = guardian("school", "build", "--profile", str(toml), "--out", str(tmp_path / "out"))
    assert built.returncode == 0, built.stderr
    pack = tmp_path / "out" / "example-no-1-primary-school-school.zip"
    assert pack.is_file() and str(pack) in built.stdout

    assert guardian("child", "add", "Xiaoming", "--age", "10").returncode == 0
    assert guardian("policy", "apply", "cn-school-nights", "--child", "Xiaoming").returncode == 0
    assert guardian("pin", "set", stdin="482915\n").returncode == 0
    refused = guardian("school", "apply", str(pack), stdin="000000\n")
    assert refused.returncode == 2 and "wrong PIN" in refused.stderr
    assert not (guardian_home / "school").exists()
    applied = guardian("school", "apply", str(pack), stdin="482915\n")
    assert applied.returncode == 0, applied.stderr
    assert "term calendar added to the limits of: Xiaoming" in applied.stdout
    assert "window titles are no longer kept" in applied.stdout

    store = open_store(guardian_home / "guardian.sqlite3")
    try:
        with store.session(read_only=True) as s:
            child = repo.get_child(s, "Xiaoming")
            current = repo.current_policy(s, child)
            assert current is not None and current.version == 2
            assert current.document["name"] != "Example school limits"  # limits untouched
            assert current.document["calendar"]["vacations"][0]["name"] == "Winter vacation"
            assert repo.get_setting(s, "title_retention_days") == 0
    finally:
        store.close()
    shown = guardian("school", "show")
    assert "Ms Li (class 3)" in shown.stdout
    articles = guardian("guidance", "list")
    assert "Example No. 1 Primary School" in articles.stdout
    doctor = guardian("doctor")
    assert "Example No. 1 Primary School (contact: Ms Li" in doctor.stdout
    again = guardian("school", "apply", str(pack), stdin="482915\n")
    assert again.returncode == 0 and "term calendar added" not in again.stdout


def test_a_bad_pack_changes_nothing_and_names_the_problem(
    tmp_path: Path, guardian_home: Path
) -> None:
    toml = make_profile(tmp_path / "profile", PROFILE.replace('locale = "en"', 'locale = "fr"'))
    result = guardian("school", "check", str(toml))
    assert result.returncode == 2
    assert f"{toml}:5: school.locale: 'fr': choose zh_CN or en" in result.stderr
    applied = guardian("school", "apply", str(toml))
    assert applied.returncode == 2 and not (guardian_home / "school").exists()
    missing = guardian("school", "apply", str(tmp_path / "nothing.zip"))
    assert missing.returncode == 2 and "nothing.zip" in missing.stderr


def test_an_installed_pack_is_applied_once_at_the_first_start(
    tmp_path: Path, guardian_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    school = read_profile(make_profile(tmp_path / "profile"))
    pack = write_pack(school, tmp_path / "out")
    monkeypatch.setenv("GUARDIAN_SCHOOL_PACK", str(pack))
    assert current_school() is None
    store = open_store(guardian_home / "guardian.sqlite3")
    try:
        first = apply_installed(store, datetime.now(UTC))
        assert first is not None and first.name == school.name
        assert (guardian_home / "school" / PROFILE_FILE).is_file()
        (guardian_home / "school" / PROFILE_FILE).write_text(
            PROFILE.replace("Ms Li", "Mr Wang"), encoding="utf-8"
        )
        again = apply_installed(store, datetime.now(UTC))  # the family's copy is kept
        assert again is not None and again.contact.startswith("Mr Wang")
    finally:
        store.close()


def test_a_damaged_applied_profile_is_left_out_and_doctor_says_why(
    tmp_path: Path, guardian_home: Path
) -> None:
    make_profile(guardian_home / "school", PROFILE.replace('name = "Example', "name = Example"))
    assert current_school() is None
    doctor = guardian("doctor")
    assert "School profile" in doctor.stdout and "not valid TOML" in doctor.stdout


def test_the_example_profile_in_the_school_guide_is_valid() -> None:
    example = Path(__file__).resolve().parent.parent / "docs" / "examples" / "school"
    result = guardian("school", "check", str(example))
    assert result.returncode == 0, result.stderr
    assert "Example No. 1 Primary School" in result.stdout


def test_applying_a_folder_keeps_only_what_the_profile_names(
    tmp_path: Path, guardian_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring_env(monkeypatch)
    toml = make_profile(tmp_path / "profile")
    (tmp_path / "profile" / "notes-for-staff.txt").write_text("not for families")
    applied = guardian("school", "apply", str(toml.parent))
    assert applied.returncode == 0, applied.stderr
    kept = {
        p.relative_to(guardian_home / "school").as_posix()
        for p in (guardian_home / "school").rglob("*")
        if p.is_file()
    }
    assert "notes-for-staff.txt" not in kept and {"school.toml", "logo.png", "limits.toml"} <= kept
