"""The Debian package: Guardian's PyInstaller bundle (`make bundle`, dist/guardian) as a .deb.

The package is written here in plain Python (an `ar` archive of `debian-binary`,
`control.tar.xz` and `data.tar.xz`), so that a school can build its package on Windows too
(`guardian school build`). Every entry is owned by root:root with its mode set here, and every
time stamp is the same (`SOURCE_DATE_EPOCH` when set), so the same bundle gives the same package.

What it installs:

    /opt/guardian/                       the bundle (programs 0755, the rest 0644)
    /opt/guardian/school.zip             a school's profile, when the build has one
    /usr/bin/guardian                    -> /opt/guardian/guardian
    /lib/systemd/system/guardian.service the service (root), enabled and started by postinst
    /etc/xdg/autostart/guardian-agent.desktop   the agent in every desktop session (a conffile)
    /usr/share/applications/guardian-dashboard.desktop, /usr/share/polkit-1/actions/...
                                         the parent's menu entry, behind an administrator's password

The package is always named `guardian`, so that a school's build replaces a plain one and the
other way round; only the file name carries the school's short name. The maintainer scripts are
in installer/linux/debian/ (see installer/README.md).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import lzma
import os
import re
import shutil
import stat
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from guardian import config
from guardian.core.errors import Error
from guardian.core.text import translate
from guardian.school import school_slug

PACKAGE = "guardian"
EXECUTABLE = "guardian"
INSTALL_DIR = PurePosixPath("opt/guardian")
PROFILE_NAME = "school.zip"  # read from beside the program (guardian/school.py INSTALLED_PACK)
MAINTAINER = "The Guardian team <guardian@example.invalid>"
AUTOSTART = PurePosixPath("etc/xdg/autostart/guardian-agent.desktop")
MAINTAINER_SCRIPTS = ("postinst", "prerm", "postrm")

# A fixed time for every entry when SOURCE_DATE_EPOCH is not set (2024-01-01 UTC): the same
# bundle must give the same bytes, and dpkg warns about times in the future, not in the past.
DEFAULT_EPOCH = 1_704_067_200

# xz's own default level. On the 207 MB bundle of 0.1.0 (one core of the build machine): level
# 6 gives 64 MB in about 2.5 minutes, level 1 gives 72 MB in 35 s. Families download the package
# far more often than it is built, so the smaller one.
XZ_PRESET = int(os.environ.get("GUARDIAN_DEB_XZ_PRESET", "6"))  # CI builds faster with 1

# What the Qt xcb platform plugin and the bundle load from the system at run time. PyInstaller
# copies most shared libraries into the bundle, but never libc, libGL/libEGL or libxcb (they
# must match the machine's graphics stack), and copies the xcb helpers only when the build
# machine has them; naming them all here is harmless where the bundle holds a copy.
DEPENDS = (
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
)
# Chinese text needs a CJK font; the parent's menu entry needs pkexec (its own package since
# Debian 12 and Ubuntu 23.04, part of policykit-1 before).
RECOMMENDS = ("fonts-noto-cjk", "pkexec | policykit-1")

# ELF e_machine (with the ELF class: 1 for 32 bits, 2 for 64) -> Debian architecture
_ELF_MACHINES = {
    (62, 2): "amd64",
    (183, 2): "arm64",
    (3, 1): "i386",
    (40, 1): "armhf",
    (243, 2): "riscv64",
    (21, 2): "ppc64el",
}
ARCHITECTURES = tuple(sorted(set(_ELF_MACHINES.values())))
_GLIBC = re.compile(rb"GLIBC_([0-9]+)\.([0-9]+)")
_PEP440_PRE = re.compile(r"(?<=[0-9])\.?(a|b|rc|dev)(?=[0-9])")
_DEBIAN_VERSION = re.compile(r"[0-9][A-Za-z0-9.+~]*")


class PackageError(Error):
    """A bundle, profile or place for the package that cannot be used (exit code 2)."""

    invalid_input = True


class PackageWriteError(PackageError):
    """The package could not be written (a full disk, say): not the user's input (exit code 1)."""

    invalid_input = False


@dataclass(frozen=True)
class _Entry:
    """One entry of data.tar: a folder, a file (copied from `source`, or `data`) or a symlink."""

    path: PurePosixPath  # relative to /, without "./"
    mode: int
    source: Path | None = None
    data: bytes | None = None
    link: str | None = None

    @property
    def is_dir(self) -> bool:
        return self.source is None and self.data is None and self.link is None


def build_deb(
    bundle: Path,
    out_dir: Path,
    *,
    version: str,
    profile: Path | None = None,
    school: str | None = None,
    architecture: str | None = None,
) -> Path:
    """Write `guardian_<version>_<arch>.deb` (`guardian_<version>_<school>_<arch>.deb` for a
    school) into `out_dir` around the bundle, and return its path. `architecture` is read from
    the bundle's programs when not given. Raises PackageError naming the file at fault."""
    executable = bundle / EXECUTABLE
    if not bundle.is_dir():
        raise PackageError(translate("Packaging", "{folder}: no such folder").fill(folder=bundle))
    if not executable.is_file():
        raise PackageError(
            translate(
                "Packaging",
                "{folder}: no guardian program in it; give the folder `make bundle` makes "
                "(dist/guardian)",
            ).fill(folder=bundle)
        )
    deb_version = debian_version(version)
    if profile is not None:
        _check_profile(profile)
    arch = _checked_architecture(architecture) if architecture else bundle_architecture(bundle)

    entries = [*_bundle_entries(bundle), *_system_entries(bundle)]
    if profile is not None:
        entries.append(_Entry(INSTALL_DIR / PROFILE_NAME, 0o644, source=profile))
    entries = _with_parents(entries)
    sums, glibc = _digest(entries)
    control = control_text(
        version=deb_version,
        architecture=arch,
        installed_kib=_installed_kib(entries),
        glibc=glibc,
        school=school,
    )
    control_files = {
        "control": (control.encode("utf-8"), 0o644),
        "conffiles": (f"/{AUTOSTART}\n".encode(), 0o644),
        "md5sums": (
            "".join(f"{digest}  {path}\n" for path, digest in sums if path != AUTOSTART).encode(),
            0o644,
        ),
    }
    scripts = config.installer_dir() / "linux" / "debian"
    for name in MAINTAINER_SCRIPTS:
        control_files[name] = (_read(scripts / name), 0o755)

    slug = f"_{school_slug(school)}" if school else ""
    target = out_dir / f"{PACKAGE}_{deb_version}{slug}_{arch}.deb"
    _prepare(out_dir)
    epoch = _epoch()
    try:
        with tempfile.TemporaryDirectory(prefix=".guardian-deb-", dir=out_dir) as work:
            control_tar = Path(work) / "control.tar.xz"
            data_tar = Path(work) / "data.tar.xz"
            _write_tar(control_tar, _control_members(control_files), epoch)
            _write_tar(data_tar, entries, epoch)
            partial = Path(work) / target.name
            with partial.open("wb") as out:
                out.write(b"!<arch>\n")
                _ar_member(out, "debian-binary", io.BytesIO(b"2.0\n"), 4, epoch)
                for member in (control_tar, data_tar):
                    with member.open("rb") as source:
                        _ar_member(out, member.name, source, member.stat().st_size, epoch)
            partial.replace(target)
    except OSError as error:
        raise PackageWriteError(
            translate("Packaging", "{file}: cannot write the package: {error}").fill(
                file=target, error=error
            )
        ) from error
    return target


def debian_version(version: str) -> str:
    """A Python version as Debian orders it: pre-releases sort before the release
    (`0.2.0rc1` -> `0.2.0~rc1`, `0.2.0.dev3` -> `0.2.0~dev3`)."""
    converted = _PEP440_PRE.sub(r"~\1", version.strip())
    if not _DEBIAN_VERSION.fullmatch(converted):
        raise PackageError(
            translate("Packaging", "'{version}' is not a version a Debian package can carry").fill(
                version=version
            )
        )
    return converted


def bundle_architecture(bundle: Path) -> str:
    """The Debian architecture of the bundle's programs: the main program's, else the first
    shared library's (the main program is a script in tests)."""
    candidates = [bundle / EXECUTABLE, *sorted(p for p in bundle.rglob("*.so*") if p.is_file())]
    for path in candidates:
        machine = _elf_machine(path)
        if machine is None:
            continue
        arch = _ELF_MACHINES.get(machine)
        if arch is None:
            raise PackageError(
                translate(
                    "Packaging",
                    "{file}: a program for a processor Guardian has no package for (ELF machine "
                    "{machine})",
                ).fill(file=path, machine=machine[0])
            )
        return arch
    raise PackageError(
        translate(
            "Packaging",
            "{folder}: cannot tell which processor the bundle is for: it holds no Linux program",
        ).fill(folder=bundle)
    )


def control_text(
    *,
    version: str,
    architecture: str,
    installed_kib: int,
    glibc: tuple[int, int] | None = None,
    school: str | None = None,
) -> str:
    libc = f"libc6 (>= {glibc[0]}.{glibc[1]})" if glibc else "libc6"
    lines = [
        f"Package: {PACKAGE}",
        f"Version: {version}",
        f"Architecture: {architecture}",
        f"Maintainer: {MAINTAINER}",
        f"Installed-Size: {installed_kib}",
        f"Depends: {', '.join((libc, *DEPENDS))}",
        f"Recommends: {', '.join(RECOMMENDS)}",
        "Section: admin",
        "Priority: optional",
        "Description: parental controls for a family PC: screen time and a fair lock screen",
        " Guardian counts the time a child spends at the computer and in each program,",
        " warns before the time runs out, and locks the screen when the family's limits",
        " say so. Parents set the limits, read the week's use and answer requests for",
        " more time in the dashboard. Nothing leaves the computer.",
        " .",
        " Guardian 记录孩子使用电脑和各个程序的时间，在时间快用完时提醒，",
        " 并按家庭的约定锁屏。家长在看板中设置限制、查看使用情况、回复加时请求。",
    ]
    if school:
        name = " ".join(school.split())  # one line, whatever the profile holds
        lines += [" .", f" This build carries the school profile of {name}."]
    return "\n".join(lines) + "\n"


def _check_profile(profile: Path) -> None:
    try:
        with profile.open("rb") as file:
            is_zip = zipfile.is_zipfile(file)
    except OSError as error:
        raise PackageError(
            translate("Packaging", "{file}: cannot read the school profile: {error}").fill(
                file=profile, error=error.strerror or error
            )
        ) from None
    if not is_zip:
        raise PackageError(
            translate(
                "Packaging", "{file}: not a school profile (a school profile is a zip file)"
            ).fill(file=profile)
        )


def _checked_architecture(architecture: str) -> str:
    if architecture not in ARCHITECTURES:
        raise PackageError(
            translate(
                "Packaging", "'{architecture}' is not one of the architectures: {known}"
            ).fill(architecture=architecture, known=", ".join(ARCHITECTURES))
        )
    return architecture


def _elf_machine(path: Path) -> tuple[int, int] | None:
    """(e_machine, ELF class) of an ELF file; None for anything else."""
    try:
        with path.open("rb") as file:
            header = file.read(20)
    except OSError:
        return None
    if len(header) < 20 or header[:4] != b"\x7fELF":
        return None
    machine = header[18:20]
    return int.from_bytes(machine, "little" if header[5] == 1 else "big"), header[4]


def _bundle_entries(bundle: Path) -> list[_Entry]:
    """The bundle under /opt/guardian: folders 0755, programs 0755, the rest 0644; symlinks kept.
    The main program is 0755 whatever the disk says (a bundle copied to Windows loses modes)."""
    entries: list[_Entry] = []
    for folder, dirnames, filenames in os.walk(bundle):
        here = Path(folder)
        relative = INSTALL_DIR / PurePosixPath(here.relative_to(bundle).as_posix())
        entries.append(_Entry(relative, 0o755))
        for name in sorted([*dirnames, *filenames]):
            path = here / name
            target = relative / name
            if path.is_symlink():
                entries.append(_Entry(target, 0o777, link=path.readlink().as_posix()))
            elif path.is_file():
                program = path.stat().st_mode & 0o111 or (here == bundle and name == EXECUTABLE)
                entries.append(_Entry(target, 0o755 if program else 0o644, source=path))
        dirnames[:] = [d for d in dirnames if not (here / d).is_symlink()]
    return entries


def _system_entries(bundle: Path) -> list[_Entry]:
    """The command, the service, the autostart entry, the menu entry, polkit and the icon."""
    linux = config.installer_dir() / "linux"
    entries = [
        _Entry(PurePosixPath("usr/bin/guardian"), 0o777, link=f"/{INSTALL_DIR / EXECUTABLE}"),
        _Entry(PurePosixPath("lib/systemd/system/guardian.service"), 0o644,
               data=_read(linux / "guardian.service")),
        _Entry(AUTOSTART, 0o644, data=_read(linux / "guardian-agent.desktop")),
        _Entry(PurePosixPath("usr/share/applications/guardian-dashboard.desktop"), 0o644,
               data=_read(linux / "guardian-dashboard.desktop")),
        _Entry(PurePosixPath("usr/share/polkit-1/actions/cn.guardian.dashboard.policy"), 0o644,
               data=_read(linux / "cn.guardian.dashboard.policy")),
        _Entry(PurePosixPath("usr/share/doc/guardian/copyright"), 0o644,
               data=_read(linux / "debian" / "copyright")),
    ]  # fmt: skip
    for resources in (bundle / "_internal" / "resources", bundle / "resources"):
        svg, png = resources / "icons" / "guardian.svg", resources / "icons" / "guardian.png"
        if svg.is_file():
            icon = PurePosixPath("usr/share/icons/hicolor/scalable/apps/guardian.svg")
            entries.append(_Entry(icon, 0o644, data=_read(svg)))
            break
        if png.is_file():
            entries.append(_Entry(PurePosixPath("usr/share/pixmaps/guardian.png"), 0o644,
                                  data=_read(png)))  # fmt: skip
            break
    return entries


def _with_parents(entries: Iterable[_Entry]) -> list[_Entry]:
    """Every entry, each folder on the way to it (0755), sorted so a folder comes first."""
    by_path = {entry.path: entry for entry in entries}
    for path in list(by_path):
        for parent in path.parents:
            if parent != PurePosixPath("."):
                by_path.setdefault(parent, _Entry(parent, 0o755))
    return [by_path[path] for path in sorted(by_path, key=lambda p: p.parts)]


def _digest(
    entries: Sequence[_Entry],
) -> tuple[list[tuple[PurePosixPath, str]], tuple[int, int] | None]:
    """The md5 of every file, and the newest glibc symbol version the bundle's programs use."""
    sums: list[tuple[PurePosixPath, str]] = []
    glibc: tuple[int, int] | None = None
    for entry in entries:
        if entry.data is not None:
            content = entry.data
        elif entry.source is not None:
            content = _read(entry.source)
        else:
            continue
        sums.append((entry.path, hashlib.md5(content, usedforsecurity=False).hexdigest()))
        if content[:4] == b"\x7fELF":
            for match in _GLIBC.finditer(content):
                found = (int(match[1]), int(match[2]))
                glibc = found if glibc is None or found > glibc else glibc
    return sums, glibc


def _installed_kib(entries: Sequence[_Entry]) -> int:
    """dpkg-gencontrol's Installed-Size: each file rounded up to a KiB, 1 for other entries."""
    total = 0
    for entry in entries:
        if entry.source is not None:
            total += -(-entry.source.stat().st_size // 1024)
        elif entry.data is not None:
            total += -(-len(entry.data) // 1024)
        else:
            total += 1
    return total


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise PackageError(
            translate("Packaging", "{file}: cannot read it: {error}").fill(
                file=path, error=error.strerror or error
            )
        ) from None


def _prepare(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = tempfile.NamedTemporaryFile(prefix=".guardian-deb-", dir=out_dir)  # noqa: SIM115
        probe.close()
    except OSError as error:
        raise PackageError(
            translate("Packaging", "{folder}: cannot write the package there: {error}").fill(
                folder=out_dir, error=error.strerror or error
            )
        ) from None


def _epoch() -> int:
    value = os.environ.get("SOURCE_DATE_EPOCH", "")
    return int(value) if value.isdigit() else DEFAULT_EPOCH


def _control_members(files: dict[str, tuple[bytes, int]]) -> list[_Entry]:
    return [
        _Entry(PurePosixPath(name), mode, data=data) for name, (data, mode) in sorted(files.items())
    ]


def _write_tar(path: Path, entries: Sequence[_Entry], epoch: int) -> None:
    """A tar.xz of the entries under "./", owned by root, with the given modes and time."""
    with (
        lzma.open(path, "wb", preset=XZ_PRESET) as packed,
        tarfile.open(fileobj=packed, mode="w", format=tarfile.GNU_FORMAT, encoding="utf-8") as tar,
    ):
        tar.addfile(_info(".", tarfile.DIRTYPE, 0o755, epoch))
        for entry in entries:
            name = f"./{entry.path}"
            if entry.link is not None:
                info = _info(name, tarfile.SYMTYPE, 0o777, epoch)
                info.linkname = entry.link
                tar.addfile(info)
            elif entry.data is not None:
                info = _info(name, tarfile.REGTYPE, entry.mode, epoch)
                info.size = len(entry.data)
                tar.addfile(info, io.BytesIO(entry.data))
            elif entry.source is not None:
                info = _info(name, tarfile.REGTYPE, entry.mode, epoch)
                with entry.source.open("rb") as source:
                    info.size = os.fstat(source.fileno()).st_size
                    tar.addfile(info, source)
            else:
                tar.addfile(_info(name, tarfile.DIRTYPE, entry.mode, epoch))


def _info(name: str, kind: bytes, mode: int, epoch: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.mode = mode
    info.mtime = epoch
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def _ar_member(out: BinaryIO, name: str, data: BinaryIO, size: int, epoch: int) -> None:
    """One member of a common-format ar archive, as dpkg-deb writes it."""
    mode = stat.S_IFREG | 0o644
    header = f"{name:<16}{epoch:<12}{0:<6}{0:<6}{mode:<8o}{size:<10}`\n".encode("ascii")
    assert len(header) == 60, header
    out.write(header)
    shutil.copyfileobj(data, out)
    if size % 2:
        out.write(b"\n")


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m guardian.packaging.deb BUNDLE OUT_DIR`: what `make deb` runs."""
    from guardian import __version__

    parser = argparse.ArgumentParser(
        prog="python -m guardian.packaging.deb",
        description="Build Guardian's Debian package around a PyInstaller bundle.",
    )
    parser.add_argument("bundle", type=Path, help="the bundle folder (dist/guardian)")
    parser.add_argument("out_dir", type=Path, help="where the .deb is written")
    parser.add_argument("--version", default=__version__, help="default: guardian.__version__")
    parser.add_argument("--profile", type=Path, help="a school profile (school.zip) to include")
    parser.add_argument("--school", help="the school's name, for the file name")
    parser.add_argument("--architecture", choices=ARCHITECTURES, help="default: the bundle's")
    args = parser.parse_args(argv)
    try:
        path = build_deb(
            args.bundle,
            args.out_dir,
            version=args.version,
            profile=args.profile,
            school=args.school,
            architecture=args.architecture,
        )
    except PackageError as error:
        print(error, file=sys.stderr)
        return 2 if error.invalid_input else 1
    print(f"{path}: {path.stat().st_size / 1_000_000:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
