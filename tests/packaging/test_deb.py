"""The Debian package, built around a stand-in bundle and read back with dpkg-deb: what it
installs, with which owner and mode, what its control files say, and its maintainer scripts run
against a temporary root (dpkg's DPKG_ROOT). Nothing is installed on this machine."""

from __future__ import annotations

import configparser
import hashlib
import os
import shlex
import shutil
import stat
import subprocess
import zipfile
from pathlib import Path

import pytest

from guardian.cli import build_parser
from guardian.packaging import deb
from guardian.packaging.deb import PackageError, build_deb, debian_version

INSTALLER = Path(__file__).resolve().parents[2] / "installer" / "linux"
needs_dpkg = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")

STANDIN_PROGRAM = """#!/bin/sh
case "$1" in
--version) echo "guardian 0.1.0" ;;
doctor) echo "stand-in: all well" ;;
*) exit 1 ;;
esac
"""


def elf_header(machine: int, elf_class: int = 2, extra: bytes = b"") -> bytes:
    """The first bytes of a little-endian ELF file for `machine`, then `extra`."""
    return (
        b"\x7fELF"
        + bytes([elf_class, 1, 1])
        + bytes(9)  # the rest of e_ident: 16 bytes in all
        + (2).to_bytes(2, "little")
        + machine.to_bytes(2, "little")
        + extra
    )


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A stand-in for dist/guardian: the program, a library, a helper program, a symlink."""
    folder = tmp_path / "dist" / "guardian"
    internal = folder / "_internal"
    (internal / "resources" / "presets").mkdir(parents=True)
    program = folder / "guardian"
    program.write_text(STANDIN_PROGRAM, encoding="utf-8")
    program.chmod(0o755)
    (internal / "libQt6Core.so.6").write_bytes(b"not really Qt")
    (internal / "libQt6Core.so.6").chmod(0o600)  # a private mode on disk is not kept
    (internal / "helper").write_text("#!/bin/sh\n", encoding="utf-8")
    (internal / "helper").chmod(0o750)
    (internal / "libQt6Core.so").symlink_to("libQt6Core.so.6")
    (internal / "resources" / "presets" / "cn-school-nights.toml").write_text("x = 1\n")
    return folder


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "example-school.zip"
    with zipfile.ZipFile(path, "w") as pack:
        pack.writestr("school.toml", '[school]\nname = "Example"\n')
    return path


def build(bundle: Path, out: Path, **options: object) -> Path:
    options.setdefault("version", "0.1.0")
    options.setdefault("architecture", "amd64")
    return build_deb(bundle, out, **options)  # type: ignore[arg-type]


def dpkg_deb(*args: str | Path) -> str:
    return subprocess.run(
        ["dpkg-deb", *map(str, args)], check=True, capture_output=True, text=True
    ).stdout


def field(package: Path, name: str) -> str:
    return dpkg_deb("--field", package, name).strip()


def contents(package: Path) -> dict[str, tuple[str, str, str | None]]:
    """path -> (permissions as ls shows them, owner/group, symlink target)."""
    listed: dict[str, tuple[str, str, str | None]] = {}
    for line in dpkg_deb("--contents", package).splitlines():
        perms, owner, _size, _day, _time, path, *link = line.split()
        listed[path] = (perms, owner, link[1] if link else None)
    return listed


def control_files(package: Path, into: Path) -> Path:
    dpkg_deb("--control", package, into)
    return into


# What the package holds besides the bundle.
SYSTEM_FILES = {
    "./etc/xdg/autostart/guardian-agent.desktop": "guardian-agent.desktop",
    "./lib/systemd/system/guardian.service": "guardian.service",
    "./usr/share/applications/guardian-dashboard.desktop": "guardian-dashboard.desktop",
    "./usr/share/polkit-1/actions/cn.guardian.dashboard.policy": "cn.guardian.dashboard.policy",
    "./usr/share/doc/guardian/copyright": "debian/copyright",
}


@needs_dpkg
def test_the_control_file_names_the_package_its_version_architecture_and_needs(
    bundle: Path, tmp_path: Path
) -> None:
    package = build(bundle, tmp_path / "out", version="0.2.0rc1", architecture="arm64")
    assert package.name == "guardian_0.2.0~rc1_arm64.deb"
    assert field(package, "Package") == "guardian"
    assert field(package, "Version") == "0.2.0~rc1"
    assert field(package, "Architecture") == "arm64"
    assert "<" in field(package, "Maintainer")
    depends = [d.strip() for d in field(package, "Depends").split(",")]
    for library in ("libc6", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0",
                    "libxkbcommon-x11-0", "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3"):  # fmt: skip
        assert library in depends
    assert "fonts-noto-cjk" in field(package, "Recommends")
    assert "fonts-noto-cjk" not in depends
    assert int(field(package, "Installed-Size")) >= 4  # KiB: the files, 1 for each folder
    description = field(package, "Description")
    assert description.startswith("parental controls") and "Guardian" in description


@needs_dpkg
def test_the_bundle_goes_under_opt_with_root_owner_and_explicit_modes(
    bundle: Path, tmp_path: Path
) -> None:
    listed = contents(build(bundle, tmp_path / "out"))
    assert {owner for _, owner, _ in listed.values()} == {"root/root"}
    folders = {path for path, (perms, _, _) in listed.items() if perms.startswith("d")}
    assert all(listed[f][0] == "drwxr-xr-x" for f in folders)
    files = {path: perms for path, (perms, _, _) in listed.items() if path not in folders}
    assert files == {
        "./opt/guardian/guardian": "-rwxr-xr-x",
        "./opt/guardian/_internal/helper": "-rwxr-xr-x",
        "./opt/guardian/_internal/libQt6Core.so.6": "-rw-r--r--",
        "./opt/guardian/_internal/libQt6Core.so": "lrwxrwxrwx",
        "./opt/guardian/_internal/resources/presets/cn-school-nights.toml": "-rw-r--r--",
        "./usr/bin/guardian": "lrwxrwxrwx",
        **dict.fromkeys(SYSTEM_FILES, "-rw-r--r--"),
    }
    assert listed["./usr/bin/guardian"][2] == "/opt/guardian/guardian"
    assert listed["./opt/guardian/_internal/libQt6Core.so"][2] == "libQt6Core.so.6"
    assert "./opt/guardian/school.zip" not in listed
    # Every folder on the way is there, so dpkg records it: nothing is left after a purge.
    for path in files:
        parent = path.rsplit("/", 1)[0] + "/"
        assert parent in folders, parent


@needs_dpkg
def test_the_installed_files_are_the_bundles_and_the_installers(
    bundle: Path, tmp_path: Path
) -> None:
    package = build(bundle, tmp_path / "out")
    root = tmp_path / "root"
    dpkg_deb("-x", package, root)
    assert (root / "opt/guardian/guardian").read_bytes() == (bundle / "guardian").read_bytes()
    for installed, source in SYSTEM_FILES.items():
        assert (root / installed).read_bytes() == (INSTALLER / source).read_bytes(), installed
    # dpkg's md5sums list every file but the conffile, with its real digest.
    sums = (control_files(package, tmp_path / "control") / "md5sums").read_text().splitlines()
    listed = {path: digest for digest, path in (line.split("  ", 1) for line in sums)}
    assert "etc/xdg/autostart/guardian-agent.desktop" not in listed
    assert "opt/guardian/_internal/resources/presets/cn-school-nights.toml" in listed
    for path, digest in listed.items():
        assert hashlib.md5((root / path).read_bytes()).hexdigest() == digest, path


@needs_dpkg
def test_the_autostart_entry_is_a_conffile_starting_the_agent_as_a_client_of_the_service(
    bundle: Path, tmp_path: Path
) -> None:
    package = build(bundle, tmp_path / "out")
    control = control_files(package, tmp_path / "control")
    assert (control / "conffiles").read_text() == "/etc/xdg/autostart/guardian-agent.desktop\n"
    root = tmp_path / "root"
    dpkg_deb("-x", package, root)
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(root / "etc/xdg/autostart/guardian-agent.desktop", encoding="utf-8")
    program, *args = shlex.split(entry["Desktop Entry"]["Exec"])
    # No GUARDIAN_HOME: it would put the agent's own log and lock in the service's closed folder.
    assert program == "/usr/bin/guardian"
    parsed = build_parser().parse_args(args)
    assert parsed.handler.__name__ == "cmd_agent" and parsed.backend == "service"
    assert entry["Desktop Entry"]["TryExec"] == "/usr/bin/guardian"
    # One agent per session: the systemd user unit is the other way to start it, never both.
    assert not list(root.rglob("guardian-agent.service"))


@needs_dpkg
def test_the_maintainer_scripts_are_executable_posix_sh(bundle: Path, tmp_path: Path) -> None:
    control = control_files(build(bundle, tmp_path / "out"), tmp_path / "control")
    for name in ("postinst", "prerm", "postrm"):
        script = control / name
        assert stat.S_IMODE(script.stat().st_mode) == 0o755, name
        assert script.read_text().startswith("#!/bin/sh\n"), name
        assert "set -e" in script.read_text()
        checked = subprocess.run(["sh", "-n", script], check=False, capture_output=True, text=True)
        assert checked.returncode == 0, checked.stderr


@needs_dpkg
def test_a_school_build_carries_the_profile_and_keeps_the_package_name(
    bundle: Path, tmp_path: Path, profile: Path
) -> None:
    package = build(bundle, tmp_path / "out", profile=profile, school="Example No. 1 School")
    assert package.name == "guardian_0.1.0_example-no-1-school_amd64.deb"
    assert field(package, "Package") == "guardian"  # replaces a plain build, and back
    assert "Example No. 1 School" in field(package, "Description")
    listed = contents(package)
    assert listed["./opt/guardian/school.zip"][:2] == ("-rw-r--r--", "root/root")
    root = tmp_path / "root"
    dpkg_deb("-x", package, root)
    assert (root / "opt/guardian/school.zip").read_bytes() == profile.read_bytes()


def test_a_school_name_without_latin_letters_gives_a_safe_file_name(
    bundle: Path, tmp_path: Path, profile: Path
) -> None:
    package = build(bundle, tmp_path / "out", profile=profile, school="北京市第一中学\n")
    assert package.name == "guardian_0.1.0_school_amd64.deb"


@needs_dpkg
@pytest.mark.parametrize(
    ("machine", "elf_class", "architecture"), [(62, 2, "amd64"), (183, 2, "arm64"), (3, 1, "i386")]
)
def test_the_architecture_and_the_libc_come_from_the_bundles_programs(
    bundle: Path, tmp_path: Path, machine: int, elf_class: int, architecture: str
) -> None:
    program = bundle / "guardian"
    program.write_bytes(elf_header(machine, elf_class, b"\0GLIBC_2.17\0GLIBC_2.34\0GLIBC_PRIVATE"))
    (bundle / "_internal" / "libQt6Core.so.6").write_bytes(
        elf_header(machine, elf_class, b"GLIBC_2.28")
    )
    package = build_deb(bundle, tmp_path / "out", version="0.1.0")
    assert package.name == f"guardian_0.1.0_{architecture}.deb"
    assert field(package, "Architecture") == architecture
    assert field(package, "Depends").startswith("libc6 (>= 2.34), ")


def test_a_script_program_takes_the_architecture_of_the_bundles_libraries(
    bundle: Path, tmp_path: Path
) -> None:
    (bundle / "_internal" / "libQt6Core.so.6").write_bytes(elf_header(183))
    assert deb.bundle_architecture(bundle) == "arm64"


def test_a_bundle_without_any_linux_program_asks_for_the_architecture(
    bundle: Path, tmp_path: Path
) -> None:
    with pytest.raises(PackageError) as raised:
        build_deb(bundle, tmp_path / "out", version="0.1.0")
    assert str(bundle) in str(raised.value) and "processor" in str(raised.value)


def test_the_same_bundle_gives_the_same_bytes(bundle: Path, tmp_path: Path) -> None:
    first = build(bundle, tmp_path / "one").read_bytes()
    os.utime(bundle / "guardian", (1, 1))  # time stamps on disk do not matter
    assert build(bundle, tmp_path / "two").read_bytes() == first


@pytest.mark.parametrize(
    ("python", "debian"),
    [
        ("0.1.0", "0.1.0"),
        ("0.2.0rc1", "0.2.0~rc1"),
        ("1.0a2", "1.0~a2"),
        ("0.2.0.dev3", "0.2.0~dev3"),
        ("0.0.0+source", "0.0.0+source"),
        ("1.0.post1", "1.0.post1"),
    ],
)
def test_python_versions_become_debian_versions_that_sort_the_same(
    python: str, debian: str
) -> None:
    assert debian_version(python) == debian


@needs_dpkg
def test_a_pre_release_sorts_before_its_release() -> None:
    older, newer = debian_version("0.2.0rc1"), debian_version("0.2.0")
    assert (
        subprocess.run(["dpkg", "--compare-versions", older, "lt", newer], check=False).returncode
        == 0
    )


# Bad input: PackageError (exit code 2) naming the file or folder at fault.


def assert_refused(raised: pytest.ExceptionInfo[PackageError], *words: str) -> None:
    assert raised.value.invalid_input
    assert raised.value.text.context == "Packaging"
    for word in words:
        assert word in str(raised.value), (word, str(raised.value))


def test_a_bundle_without_the_program_is_refused(bundle: Path, tmp_path: Path) -> None:
    (bundle / "guardian").unlink()
    with pytest.raises(PackageError) as raised:
        build(bundle, tmp_path / "out")
    assert_refused(raised, str(bundle), "no guardian program", "make bundle")
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_a_missing_bundle_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PackageError) as raised:
        build(tmp_path / "nowhere", tmp_path / "out")
    assert_refused(raised, str(tmp_path / "nowhere"), "no such folder")


def test_a_missing_profile_is_refused(bundle: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-school.zip"
    with pytest.raises(PackageError) as raised:
        build(bundle, tmp_path / "out", profile=missing, school="Example")
    assert_refused(raised, str(missing), "cannot read the school profile")


def test_a_profile_that_is_not_a_zip_is_refused(bundle: Path, tmp_path: Path) -> None:
    text = tmp_path / "school.toml"
    text.write_text('[school]\nname = "Example"\n')
    with pytest.raises(PackageError) as raised:
        build(bundle, tmp_path / "out", profile=text)
    assert_refused(raised, str(text), "not a school profile")


def test_an_out_folder_that_cannot_be_made_is_refused(bundle: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(PackageError) as raised:
        build(bundle, blocker / "out")
    assert_refused(raised, str(blocker / "out"), "cannot write the package there")


def test_an_unknown_version_or_architecture_is_refused(bundle: Path, tmp_path: Path) -> None:
    with pytest.raises(PackageError) as raised:
        build(bundle, tmp_path / "out", version="1.0 beta")
    assert_refused(raised, "'1.0 beta'", "version")
    with pytest.raises(PackageError) as raised:
        build(bundle, tmp_path / "out", architecture="x86_64")
    assert_refused(raised, "'x86_64'", "amd64")


def test_the_make_target_prints_the_package_and_its_size(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert deb.main([str(bundle), str(out), "--version", "0.3.0", "--architecture", "amd64"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"{out / 'guardian_0.3.0_amd64.deb'}: ") and "MB" in printed
    assert deb.main([str(tmp_path / "nowhere"), str(out), "--architecture", "amd64"]) == 2
    assert "nowhere: no such folder" in capsys.readouterr().err


# The maintainer scripts, run against a temporary root as dpkg runs them with --root.


def run_script(name: str, root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(INSTALLER / "debian" / name), *args],
        env={**os.environ, "DPKG_ROOT": str(root)},
        check=False,
        capture_output=True,
        text=True,
    )


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="postinst chowns to root"
)
def test_postinst_makes_the_data_home_for_root_only_and_purge_removes_it(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    home = root / "var/lib/guardian"
    assert run_script("postinst", root, "configure", "").returncode == 0
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert (home.stat().st_uid, home.stat().st_gid) == (0, 0)
    home.chmod(0o755)  # loosened by hand: the next configure closes it again
    (home / "guardian.sqlite3").write_text("the family's data")
    assert run_script("postinst", root, "configure", "0.1.0").returncode == 0
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert (home / "guardian.sqlite3").exists()  # an upgrade keeps the data
    assert run_script("prerm", root, "remove").returncode == 0
    assert run_script("postrm", root, "remove").returncode == 0
    assert (home / "guardian.sqlite3").exists()  # removed, not purged: the data stays
    assert run_script("postrm", root, "purge").returncode == 0
    assert not home.exists()
    assert (root / "var/lib").is_dir()  # nothing but Guardian's own folder


@pytest.mark.parametrize("name", ["postinst", "prerm", "postrm"])
def test_the_maintainer_scripts_refuse_an_unknown_action(name: str, tmp_path: Path) -> None:
    done = run_script(name, tmp_path, "no-such-action")
    assert done.returncode == 1 and "unknown argument" in done.stderr
    assert not (tmp_path / "var").exists()
