"""The Windows installer: NSIS's makensis around a Guardian bundle (installer/windows/guardian.nsi).

    python -m guardian.packaging.nsis dist/guardian dist --version 0.1.0 [--profile school.zip]
        [--school NAME]

makensis runs on Windows and on Linux (Debian: `apt-get install nsis`), so a school's installer
can be built on either, around the Windows bundle PyInstaller made on Windows. Every problem with
the input is found here, before makensis runs, and named with its folder or file.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from guardian import config
from guardian.core.errors import Error
from guardian.core.text import joined, translate

PROGRAM = "guardian.exe"
# x.y.z with an optional PEP 440 suffix (0.2.0rc1): the three numbers become the file's version.
_VERSION = re.compile(r"(\d+)\.(\d+)\.(\d+)([A-Za-z0-9.+-]*)")
_SLUG = re.compile(r"[^a-z0-9]+")  # as guardian.school names a school's files
# makensis's last lines say what went wrong; more is noise in a message.
TAIL_LINES = 15


class InstallerError(Error):
    """The installer cannot be built: bad input, or makensis missing or failing."""


class InvalidInstallerInput(InstallerError):
    invalid_input = True


def installer_name(version: str, school: str | None = None) -> str:
    """guardian-setup-0.1.0.exe; a school's build has the school's name in ASCII, else `school`."""
    if not school:
        return f"guardian-setup-{version}.exe"
    slug = _SLUG.sub("-", school.lower()).strip("-")[:40] or "school"
    return f"guardian-setup-{version}-{slug}.exe"


def script_path() -> Path:
    return config.installer_dir() / "windows" / "guardian.nsi"


def find_makensis(makensis: str | None = None) -> str:
    """makensis: the one given, else `MAKENSIS`, else on PATH, else NSIS's usual Windows place."""
    if makensis:
        found = shutil.which(makensis)
        if found is None:
            raise InvalidInstallerInput(
                translate("Packaging", "{program}: no such program").fill(program=makensis)
            )
        return found
    candidates = [os.environ.get("MAKENSIS", ""), "makensis"]
    if sys.platform == "win32":
        for variable in ("ProgramFiles(x86)", "ProgramFiles"):
            root = os.environ.get(variable)
            if root:
                candidates.append(str(Path(root) / "NSIS" / "makensis.exe"))
    for candidate in filter(None, candidates):
        found = shutil.which(candidate)
        if found:
            return found
    raise InstallerError(
        translate(
            "Packaging",
            "makensis (NSIS 3) is needed to build the Windows installer and was not found. "
            "On Windows: `choco install nsis` or the installer from https://nsis.sourceforge.io; "
            "on Debian or Ubuntu: `sudo apt-get install nsis`. Or name it with MAKENSIS.",
        )
    )


def _nsis_string(value: str) -> str:
    """Text for a define used inside an NSIS string: `$` and `"` escaped, one line."""
    one_line = " ".join(value.split())
    return one_line.replace("$", "$$").replace('"', '$\\"')


def makensis_command(
    bundle: Path,
    out_file: Path,
    *,
    version: str,
    profile: Path | None = None,
    school: str | None = None,
    makensis: str = "makensis",
    compressor: str | None = None,
) -> list[str]:
    # `-D`, not `/D`: on Linux makensis reads a leading slash as a file's path.
    command = [
        makensis,
        "-V2",
        "-INPUTCHARSET",
        "UTF8",
        "-OUTPUTCHARSET",
        "UTF8",
        f"-DPAYLOAD={bundle}",
        f"-DVERSION={version}",
        f"-DOUTFILE={out_file}",
    ]
    if profile is not None:
        command.append(f"-DPROFILE={profile}")
    if school:
        command.append(f"-DSCHOOL_NAME={_nsis_string(school)}")
    if compressor:
        command.append(f"-DNSIS_COMPRESS={compressor}")
    command.append(str(script_path()))
    return command


def check_input(bundle: Path, version: str, profile: Path | None) -> None:
    """Every problem with what the installer is built from, at once."""
    problems = []
    if not bundle.is_dir():
        problems.append(
            translate(
                "Packaging",
                "{folder}: no such folder; give the bundle folder `make bundle` makes "
                "(dist/guardian)",
            ).fill(folder=bundle)
        )
    elif not (bundle / PROGRAM).is_file():
        problems.append(
            translate(
                "Packaging",
                "{folder}: no guardian.exe in this folder; the Windows installer is built "
                "around the bundle made on Windows",
            ).fill(folder=bundle)
        )
    if not _VERSION.fullmatch(version):
        problems.append(
            translate("Packaging", "version {version}: give three numbers, as in 0.1.0").fill(
                version=version
            )
        )
    if profile is not None and not profile.is_file():
        problems.append(translate("Packaging", "{file}: no such school profile").fill(file=profile))
    if not script_path().is_file():
        problems.append(
            translate("Packaging", "{file}: the installer's script is missing").fill(
                file=script_path()
            )
        )
    if problems:
        raise InvalidInstallerInput(joined(problems))


def build_installer(
    bundle: Path,
    out_dir: Path,
    *,
    version: str,
    profile: Path | None = None,
    school: str | None = None,
    makensis: str | None = None,
    compressor: str | None = None,
) -> Path:
    """Build `guardian-setup-<version>[-<school>].exe` in `out_dir` and return its path.

    `compressor` ("zlib") is for quick test builds; a release is solid LZMA."""
    bundle, out_dir = bundle.resolve(), out_dir.resolve()
    profile = profile.resolve() if profile is not None else None
    check_input(bundle, version, profile)
    program = find_makensis(makensis)
    out_dir.mkdir(parents=True, exist_ok=True)
    out_file = out_dir / installer_name(version, school)
    command = makensis_command(
        bundle,
        out_file,
        version=version,
        profile=profile,
        school=school,
        makensis=program,
        compressor=compressor,
    )
    if out_file.exists():
        out_file.unlink()  # a failed build must not leave the last one looking new
    # makensis on Linux reads its arguments in the locale's encoding: a school's name in
    # Chinese needs UTF-8 (it fails with "main argv conversion failed" under C).
    environment = dict(os.environ)
    if sys.platform != "win32":
        environment["LC_ALL"] = "C.UTF-8"
    try:
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=environment,
            check=False,
        )
    except OSError as error:
        raise InstallerError(
            translate("Packaging", "cannot run {program}: {error}").fill(
                program=program, error=error
            )
        ) from None
    if result.returncode != 0 or not out_file.is_file():
        output = (result.stdout + result.stderr).strip().splitlines()
        raise InstallerError(
            translate(
                "Packaging", "makensis could not build the installer (exit {code}):\n{output}"
            ).fill(code=result.returncode, output="\n".join(output[-TAIL_LINES:]))
        )
    return out_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m guardian.packaging.nsis",
        description="Build Guardian's Windows installer around a PyInstaller bundle.",
    )
    parser.add_argument("bundle", type=Path, help="the bundle folder (dist/guardian)")
    parser.add_argument("out", type=Path, help="the folder to write the installer to")
    parser.add_argument("--version", required=True)
    parser.add_argument("--profile", type=Path, help="a school pack (.zip) to build in")
    parser.add_argument("--school", help="the school's name, shown on the welcome page")
    parser.add_argument("--makensis", help="the makensis program to use")
    args = parser.parse_args(argv)
    try:
        path = build_installer(
            args.bundle,
            args.out,
            version=args.version,
            profile=args.profile,
            school=args.school,
            makensis=args.makensis,
        )
    except InstallerError as error:
        print(error.text, file=sys.stderr)
        return 2 if error.invalid_input else 1
    print(f"{path}: {path.stat().st_size / 1_000_000:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
