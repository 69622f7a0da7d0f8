"""The Windows installer compiles with the real makensis around a stand-in bundle, and holds what
Windows needs: the bundle, the task files, a school's profile, both languages' texts.

makensis and 7z come from Debian's `nsis` and `p7zip-full` (.ci/run installs them). The builds use
zlib, which is quick; the release's solid LZMA is the same script with another compressor.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from guardian import config
from guardian.packaging import nsis
from guardian.packaging.nsis import InstallerError, build_installer, installer_name

WINDOWS = config.installer_dir() / "windows"
SCHOOL = "北京市第一中学"


def bundle(root: Path) -> Path:
    """A stand-in for PyInstaller's dist/guardian: the program and a nested file."""
    folder = root / "dist" / "guardian"
    (folder / "_internal" / "resources").mkdir(parents=True)
    (folder / "guardian.exe").write_bytes(b"MZ stand-in")
    (folder / "_internal" / "resources" / "nested.txt").write_text("nested", encoding="utf-8")
    return folder


def profile(root: Path) -> Path:
    path = root / "example-school.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("school.toml", 'name = "Example"\n')
    return path


def listing(installer: Path) -> set[str]:
    """The files 7z finds in the installer, with forward slashes."""
    result = subprocess.run(
        ["7z", "l", "-slt", str(installer)], capture_output=True, text=True, check=True
    )
    prefix = "Path = "
    paths = [line[len(prefix) :] for line in result.stdout.splitlines() if line.startswith(prefix)]
    return {path.replace("\\", "/") for path in paths if path != str(installer)}


def unpacked_header(installer: Path) -> bytes:
    """The installer's script data, strings and files as one block: a zlib-solid NSIS installer
    is the stub, the first header (flags, 0xDEADBEEF, "NullsoftInst", two lengths), then one raw
    deflate stream."""
    data = installer.read_bytes()
    at = data.find(b"\xef\xbe\xad\xdeNullsoftInst")
    assert at > 0, "not an NSIS installer"
    return zlib.decompressobj(-15).decompress(data[at + 24 :])


def langstrings(language: str) -> dict[str, str]:
    """LangString name -> text for one language (SIMPCHINESE or ENGLISH) in strings.nsh."""
    text = (WINDOWS / "strings.nsh").read_text(encoding="utf-8-sig")
    pattern = rf'^\s*LangString (\w+) \$\{{LANG_{language}\}} "(.*)"$'
    return dict(re.findall(pattern, text, re.M))


needs_makensis = pytest.mark.skipif(
    shutil.which("makensis") is None or shutil.which("7z") is None,
    reason="needs makensis and 7z (Debian: nsis p7zip-full)",
)


@needs_makensis
def test_the_installer_holds_the_bundle_and_the_task_files(tmp_path: Path) -> None:
    installer = build_installer(
        bundle(tmp_path), tmp_path / "out", version="0.1.0", compressor="zlib"
    )
    assert installer == tmp_path / "out" / "guardian-setup-0.1.0.exe"
    files = listing(installer)
    assert {"guardian.exe", "_internal/resources/nested.txt", "uninstall.exe"} <= files
    assert {"$PLUGINSDIR/guardian-service.xml", "$PLUGINSDIR/guardian-agent.xml"} <= files
    assert "school.zip" not in files
    # Both languages' texts are compiled in, the Chinese as it is written.
    header = unpacked_header(installer)
    for language in ("SIMPCHINESE", "ENGLISH"):
        assert langstrings(language)["NeedsX64"].encode("utf-16-le") in header
    assert "Guardian 0.1.0".encode("utf-16-le") in header
    assert SCHOOL.encode("utf-16-le") not in header


@needs_makensis
def test_a_schools_installer_holds_its_profile_and_name(tmp_path: Path) -> None:
    pack = profile(tmp_path)
    installer = build_installer(
        bundle(tmp_path),
        tmp_path / "out",
        version="0.2.0",
        profile=pack,
        school=f'{SCHOOL} "No. 1" $100',
        compressor="zlib",
    )
    assert installer.name == "guardian-setup-0.2.0-no-1-100.exe"
    files = listing(installer)
    assert {"guardian.exe", "school.zip", "_internal/resources/nested.txt"} <= files
    header = unpacked_header(installer)
    # The name reaches the welcome page whole: quotes and dollar signs are not NSIS's syntax.
    assert f'{SCHOOL} "No. 1" $100'.encode("utf-16-le") in header
    assert pack.read_bytes() in header  # the pack itself, as school.zip


@needs_makensis
def test_the_release_compressor_is_solid_lzma(tmp_path: Path) -> None:
    installer = build_installer(bundle(tmp_path), tmp_path / "out", version="0.1.0")
    result = subprocess.run(
        ["7z", "l", "-slt", str(installer)], capture_output=True, text=True, check=True
    )
    assert re.search(r"^Method = LZMA", result.stdout, re.M), result.stdout
    assert re.search(r"^Solid = \+", result.stdout, re.M)


def test_a_missing_bundle_is_named_before_makensis_runs(tmp_path: Path) -> None:
    missing = tmp_path / "dist" / "guardian"
    with pytest.raises(InstallerError) as raised:
        build_installer(missing, tmp_path / "out", version="0.1.0", makensis="no-such-makensis")
    assert raised.value.invalid_input
    assert str(missing) in str(raised.value) and "no such folder" in str(raised.value)
    assert not (tmp_path / "out").exists()


def test_a_bundle_without_guardian_exe_is_refused_with_every_problem(tmp_path: Path) -> None:
    folder = bundle(tmp_path)
    (folder / "guardian.exe").unlink()
    (folder / "guardian").write_bytes(b"\x7fELF")  # a Linux bundle given by mistake
    with pytest.raises(InstallerError) as raised:
        build_installer(
            folder,
            tmp_path / "out",
            version="1.0",
            profile=tmp_path / "nope.zip",
            makensis="no-such-makensis",
        )
    message = str(raised.value)
    assert f"{folder}: no guardian.exe" in message
    assert "version 1.0" in message
    assert f"{tmp_path / 'nope.zip'}: no such school profile" in message
    assert raised.value.invalid_input


@needs_makensis
def test_the_script_refuses_a_payload_without_guardian_exe_by_itself(tmp_path: Path) -> None:
    """Someone running makensis by hand gets the same answer as build_installer's."""
    folder = tmp_path / "empty"
    folder.mkdir()
    command = nsis.makensis_command(
        folder, tmp_path / "setup.exe", version="0.1.0", makensis="makensis", compressor="zlib"
    )
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
        check=False,
    )
    assert result.returncode != 0
    assert f"{folder}: no guardian.exe in this folder" in result.stdout + result.stderr
    assert not (tmp_path / "setup.exe").exists()


def test_without_makensis_the_message_says_how_to_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("MAKENSIS", raising=False)
    with pytest.raises(InstallerError) as raised:
        build_installer(bundle(tmp_path), tmp_path / "out", version="0.1.0")
    assert not raised.value.invalid_input  # the machine lacks it; the input was good
    assert "choco install nsis" in str(raised.value) and "apt-get install nsis" in str(raised.value)


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in makensis is a shell script")
def test_a_failing_makensis_is_reported_with_its_last_lines(tmp_path: Path) -> None:
    fake = tmp_path / "makensis"
    fake.write_text("#!/bin/sh\necho line one\necho 'Error in script: it broke' >&2\nexit 1\n")
    fake.chmod(0o755)
    with pytest.raises(InstallerError) as raised:
        build_installer(bundle(tmp_path), tmp_path / "out", version="0.1.0", makensis=str(fake))
    assert "exit 1" in str(raised.value) and "Error in script: it broke" in str(raised.value)


@pytest.mark.parametrize(
    ("version", "school", "name"),
    [
        ("0.1.0", None, "guardian-setup-0.1.0.exe"),
        (
            "0.1.0",
            "Example No. 1 Middle School",
            "guardian-setup-0.1.0-example-no-1-middle-school.exe",
        ),
        ("0.1.0", SCHOOL, "guardian-setup-0.1.0-school.exe"),
    ],
)
def test_installer_names(version: str, school: str | None, name: str) -> None:
    assert installer_name(version, school) == name


def test_every_text_of_the_installer_is_in_both_languages() -> None:
    chinese, english = langstrings("SIMPCHINESE"), langstrings("ENGLISH")
    assert len(english) >= 25
    assert chinese.keys() == english.keys()
    script = (WINDOWS / "guardian.nsi").read_text(encoding="utf-8-sig")
    used = set(re.findall(r"\$\((\w+)\)", script))
    assert used <= english.keys(), used - english.keys()
    for name, text in chinese.items():
        assert re.search(r"[\u4e00-\u9fff]", text), f"{name} is not in Chinese"
        # The variables a text shows are the same in both languages.
        assert sorted(re.findall(r"\$\w+", text)) == sorted(re.findall(r"\$\w+", english[name])), (
            name
        )


def test_the_scripts_are_utf8_with_a_bom_and_the_task_templates_ascii() -> None:
    """makensis on Windows reads a script without a BOM in the PC's code page; the installer reads
    the task templates as plain text and writes them again in UTF-16."""
    for name in ("guardian.nsi", "strings.nsh"):
        assert (WINDOWS / name).read_bytes().startswith(b"\xef\xbb\xbf"), name
    for name in ("guardian-service.xml", "guardian-agent.xml"):
        text = (WINDOWS / name).read_text(encoding="ascii")
        # The folder the installer replaces with the real one, in Command and WorkingDirectory.
        assert '<Command>"%ProgramFiles%\\Guardian\\guardian.exe"</Command>' in text
        assert text.startswith("<?xml")


@pytest.mark.parametrize(
    ("define", "xml"),
    [("TASK_SERVICE", "guardian-service.xml"), ("TASK_AGENT", "guardian-agent.xml")],
)
def test_each_task_is_registered_under_the_name_its_file_declares(define: str, xml: str) -> None:
    script = (WINDOWS / "guardian.nsi").read_text(encoding="utf-8-sig")
    (name,) = re.findall(rf'^!define {define} "(.+)"$', script, re.M)
    (uri,) = re.findall(r"<URI>(.+)</URI>", (WINDOWS / xml).read_text(encoding="ascii"))
    assert name == uri
    assert f'REGISTER_TASK "${{{define}}}" "{xml}"' in script


# The CI workflow (.github/workflows/build.yml). PyYAML is not one of Guardian's dependencies, so
# the structure is read from the text: GitHub reads the file itself, and what a typo here would
# break is a job, a runner or a path, which these checks name.

WORKFLOW = Path(__file__).resolve().parents[2] / ".github" / "workflows" / "build.yml"


def test_the_workflow_builds_on_windows_macos_and_linux() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "\t" not in text  # YAML forbids tabs in indentation
    jobs = dict(re.findall(r"^  (\w+):\n    runs-on: ([\w.-]+)$", text, re.M))
    assert jobs == {"linux": "ubuntu-latest", "windows": "windows-latest", "macos": "macos-latest"}
    for step in re.findall(r"^      - (\w[\w-]*):", text, re.M):
        assert step in ("uses", "name"), step
    assert 'python-version: "3.12"' in text
    assert text.count("pyinstaller --noconfirm") == 2
    assert "python -m guardian.packaging.nsis dist/guardian dist" in text
    try:
        import yaml  # type: ignore[import-untyped]
    except ImportError:
        return
    loaded = yaml.safe_load(text)
    assert set(loaded["jobs"]) == set(jobs)


def test_the_paths_the_workflow_runs_exist() -> None:
    root = WORKFLOW.parents[2]
    text = WORKFLOW.read_text(encoding="utf-8")
    paths = set(re.findall(r"(?<![\w/$.])((?:tests|installer|\.ci)/[\w./-]+)", text))
    assert {"installer/guardian.spec", "installer/check_bundle.py", ".ci/run"} <= paths
    missing = [path for path in paths if not (root / path).exists()]
    assert not missing, missing
