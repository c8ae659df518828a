"""The Windows installer (issue 14), compiled and run here, under Wine.

``installer/motcua.iss`` is compiled by Inno Setup's own compiler (the npm package ``innosetup``,
installed into ``.tools/`` by ``installer/setup.sh --test``) running under Wine, and the setup it makes
is run silently under Wine on a virtual screen (Xvfb), in a throw-away Wine prefix set to Windows 10:
install, upgrade over it, uninstall; for all users (administrative install) and for one user.

**The payload is the Linux bundle** (the ``bundle`` fixture of conftest.py: the same PyInstaller
build test_bundle.py runs), since no Windows bundle can be built here. These tests therefore prove
the installer's logic: where the files go, the Start-menu shortcut, the uninstall entry, the version
fields, the upgrade replacing the old program folder, the data folder ``%LOCALAPPDATA%\\motcua``
surviving the upgrade and the uninstall, the uninstall message naming it, and ``AppMutex`` stopping
the setup while the app runs. They do not prove that the app runs on Windows: that is the job of
``.github/workflows/windows.yml`` (a hosted Windows runner) and ``installer/WINDOWS-CHECKLIST.md``.

Without Wine, Xvfb or the compiler these tests are skipped with the reason, except under CI
(``CI`` set, as ``.ci/run`` runs), where a missing tool is a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path, PureWindowsPath

import pytest

from tests.installer import ROOT, winversion

ISS = ROOT / "installer" / "motcua.iss"
TOOLS_ISCC = ROOT / ".tools" / "node_modules" / "innosetup" / "bin" / "ISCC.exe"  # installer/setup.sh --test

APP_ID = "{4628328C-6549-4F4C-B9F1-89EFAF9D3C34}"
UNINSTALL_KEY = rf"Software\Microsoft\Windows\CurrentVersion\Uninstall\{APP_ID}_is1"
SHORTCUT = "Một Cửa.lnk"
MUTEXES = ("MotCuaAppMutex", r"Global\MotCuaAppMutex")  # what the app holds while it runs
TIMEOUT = 600


def _unavailable(reason: str):
    """A missing tool: skip on a developer's machine, fail under CI (.ci/run must have installed it)."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (installer/setup.sh --test installs it; CI must not skip these tests)")
    pytest.skip(f"{reason}: run installer/setup.sh --test")


class Wine:
    """A Wine prefix of its own (Windows 10, 64-bit) on its own Xvfb screen."""

    def __init__(self, prefix: Path, display: str) -> None:
        self.prefix = prefix
        self.env = {
            **os.environ,
            "WINEPREFIX": str(prefix),
            "WINEARCH": "win64",
            "WINEDEBUG": "-all",
            "WINEDLLOVERRIDES": "mscoree,mshtml=",
            "DISPLAY": display,
            "LANG": "C.UTF-8",
        }
        self.env.pop("WAYLAND_DISPLAY", None)

    def run(self, *args: str, timeout: float = TIMEOUT, check: bool = False) -> subprocess.CompletedProcess:
        result = subprocess.run(
            ["wine", *args],
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
        )
        if check:
            assert result.returncode == 0, f"wine {' '.join(args)}: {result.returncode}\n{result.stdout}{result.stderr}"
        return result

    def popen(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen(["wine", *args], env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    @staticmethod
    def windows(path: Path) -> str:
        """The path of a Linux file as Wine's programs see it (drive Z: is /)."""
        return "Z:" + str(path).replace("/", "\\")

    def unix(self, path: str) -> Path:
        """The Linux file behind a C:\\ path of the prefix."""
        windows = PureWindowsPath(path)
        assert windows.drive.upper() == "C:", path
        return self.prefix / "drive_c" / Path(*windows.parts[1:])

    def expand(self, variable: str) -> str:
        return self.run("cmd", "/c", f"echo %{variable}%", check=True).stdout.strip()

    def registry(self, root: str, key: str, value: str) -> str | None:
        """A string value of the registry's 64-bit view, None when the key or the value is missing.
        Read from ``reg export`` (UTF-16): ``reg query`` prints through the console's code page,
        which turns "Một Cửa" into "M?t C?a"."""
        exported = self.prefix.parent / "exported.reg"
        exported.unlink(missing_ok=True)
        result = self.run("reg", "export", f"{root}\\{key}", self.windows(exported), "/y", "/reg:64")
        if result.returncode != 0:
            return None
        text = exported.read_bytes().decode("utf-16")
        match = re.search(rf'^"{re.escape(value)}"="((?:[^"\\]|\\.)*)"\r?$', text, re.M)
        return re.sub(r"\\(.)", r"\1", match.group(1)) if match else None


@pytest.fixture(scope="module")
def wine(tmp_path_factory) -> Iterator[Wine]:
    for tool in ("wine", "wineserver", "Xvfb"):
        if not shutil.which(tool):
            _unavailable(f"{tool} is not installed")
    if not TOOLS_ISCC.is_file():
        _unavailable(f"Inno Setup's compiler is not in {TOOLS_ISCC.parent}")
    read, write = os.pipe()
    screen = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "1024x768x24"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as displayfd:
        display = ":" + displayfd.readline().strip()
    wine = Wine(tmp_path_factory.mktemp("wine") / "prefix", display)
    try:
        started = time.monotonic()
        wine.run("wineboot", "--init", check=True)
        wine.run("reg", "add", r"HKCU\Software\Wine", "/v", "Version", "/d", "win10", "/f", check=True)
        wine.run("wineboot", "--restart", check=True)
        assert "10.0" in wine.run("cmd", "/c", "ver").stdout  # MinVersion=10.0: setup refuses older
        print(f"\nWine prefix ready in {time.monotonic() - started:.0f} s")
        yield wine
    finally:
        subprocess.run(["wineserver", "-k"], env=wine.env, capture_output=True, timeout=60)
        screen.terminate()
        screen.wait(timeout=30)


def compile_iss(wine: Wine, script: Path, out: Path, *defines: str) -> subprocess.CompletedProcess:
    """Inno Setup's compiler on ``script``, the setup written to ``out``."""
    return wine.run(str(TOOLS_ISCC), "/Q", f"/O{wine.windows(out)}", *(f"/D{d}" for d in defines), wine.windows(script))


def next_prerelease(version: str) -> str:
    """The first release candidate of the next minor version: 0.1.0 -> 0.2.0rc1 (an upgrade)."""
    major, minor = (int(part) for part in version.split(".")[:2])
    return f"{major}.{minor + 1}.0rc1"


@pytest.fixture(scope="module")
def setups(wine, bundle, tmp_path_factory) -> dict[str, Path]:
    """Two setups of the bundle, this version and the next (a pre-release), compiled side by side
    (each compiler runs on one core; the script's own lzma2/max compression, as shipped)."""
    out = tmp_path_factory.mktemp("setups")
    versions = [winversion.project_version(), next_prerelease(winversion.project_version())]
    started = time.monotonic()
    with ThreadPoolExecutor(len(versions)) as pool:
        results = list(
            pool.map(
                lambda version: compile_iss(
                    wine, ISS, out, f"AppVersion={version}", f"BundleDir={wine.windows(bundle)}"
                ),
                versions,
            )
        )
    for version, result in zip(versions, results):
        assert result.returncode == 0, f"{version}: {result.stdout}{result.stderr}"
    made = {version: out / f"MotCua-Setup-{version}.exe" for version in versions}
    sizes = ", ".join(f"{path.name} {path.stat().st_size / 2**20:.0f} MB" for path in made.values())
    print(f"\ninstallers compiled in {time.monotonic() - started:.0f} s: {sizes}")
    return made


def run_setup(wine: Wine, setup: Path, log: Path, *switches: str) -> subprocess.CompletedProcess:
    started = time.monotonic()
    result = wine.run(
        str(setup), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", f"/LOG={wine.windows(log)}", *switches
    )
    print(f"\n{setup.name} {' '.join(switches)}: exit {result.returncode} in {time.monotonic() - started:.1f} s")
    return result


def uninstall(wine: Wine, program: str, log: Path) -> str:
    """Run the uninstaller silently; wait for it (it hands over to a copy of itself and returns at
    once) until its log is closed; the log's text."""
    started = time.monotonic()
    log.unlink(missing_ok=True)
    result = wine.run(
        f"{program}\\unins000.exe", "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", f"/LOG={wine.windows(log)}"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    deadline = time.monotonic() + TIMEOUT
    while not (log.is_file() and "Log closed." in log.read_text(encoding="utf-8-sig", errors="replace")):
        assert time.monotonic() < deadline, "the uninstaller did not finish"
        time.sleep(0.5)
    subprocess.run(["wineserver", "-w"], env=wine.env, timeout=TIMEOUT)  # its last processes gone
    print(f"\nuninstalled in {time.monotonic() - started:.1f} s")
    return log.read_text(encoding="utf-8-sig", errors="replace")


def lnk_target(path: Path) -> str:
    """The target a Windows shortcut (.lnk) names, from its link-info block (MS-SHLLINK)."""
    data = path.read_bytes()
    assert data[:4] == b"\x4c\x00\x00\x00", "not a shell link"
    flags = struct.unpack_from("<I", data, 20)[0]
    offset = 76
    if flags & 0x1:  # HasLinkTargetIDList
        offset += 2 + struct.unpack_from("<H", data, offset)[0]
    assert flags & 0x2, "no link info"  # HasLinkInfo
    info = offset
    header_size = struct.unpack_from("<I", data, info + 4)[0]
    if header_size >= 0x24:  # the Unicode local base path
        start = info + struct.unpack_from("<I", data, info + 28)[0]
        end = data.index(b"\x00\x00", start)
        end += (end - start) % 2
        return data[start:end].decode("utf-16-le")
    start = info + struct.unpack_from("<I", data, info + 16)[0]
    return data[start : data.index(b"\x00", start)].decode("mbcs" if os.name == "nt" else "latin-1")


def version_resource(exe: Path) -> tuple[tuple[int, ...], dict[str, str]]:
    """The numeric file version (VS_FIXEDFILEINFO) and the text fields of an executable's version resource."""
    import pefile

    pe = pefile.PE(str(exe), fast_load=True)
    try:
        pe.parse_data_directories(directories=[pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_RESOURCE"]])
        fixed = pe.VS_FIXEDFILEINFO[0]
        numbers = (
            fixed.FileVersionMS >> 16,
            fixed.FileVersionMS & 0xFFFF,
            fixed.FileVersionLS >> 16,
            fixed.FileVersionLS & 0xFFFF,
        )
        texts = {
            key.decode(): value.decode().strip()  # Inno pads its values with spaces
            for info in pe.FileInfo[0]
            if info.Key == b"StringFileInfo"
            for table in info.StringTable
            for key, value in table.entries.items()
        }
    finally:
        pe.close()
    return numbers, texts


def shortcut_folders(wine: Wine) -> dict[str, Path]:
    return {
        "all users": wine.unix(wine.expand("ProgramData") + r"\Microsoft\Windows\Start Menu\Programs"),
        "this user": wine.unix(wine.expand("APPDATA") + r"\Microsoft\Windows\Start Menu\Programs"),
    }


@pytest.fixture(autouse=True)
def _nothing_left_installed(request) -> Iterator[None]:
    """Each test starts from a prefix with nothing installed: a test that failed half-way has its
    installation removed after it, so the next one is not judged on it."""
    yield
    if "wine" not in request.fixturenames:
        return
    wine = request.getfixturevalue("wine")
    for variable, tail in (("ProgramW6432", r"\MotCua"), ("LOCALAPPDATA", r"\Programs\MotCua")):
        program = wine.expand(variable) + tail
        if (wine.unix(program) / "unins000.exe").is_file():
            uninstall(wine, program, wine.prefix.parent / "cleanup-uninstall.log")
        shutil.rmtree(wine.unix(program), ignore_errors=True)


@pytest.fixture
def office_data(wine) -> Iterator[Path]:
    """The office data of this Windows user, where the app keeps it: %LOCALAPPDATA%\\motcua."""
    folder = wine.unix(wine.expand("LOCALAPPDATA") + r"\motcua")
    folder.mkdir(parents=True)
    (folder / "motcua.db").write_bytes(b"the office's data")
    (folder / "backups").mkdir()
    (folder / "backups" / "motcua-2025-06-01.mcbak").write_bytes(b"a backup")
    yield folder
    shutil.rmtree(folder)


def assert_data_kept(folder: Path) -> None:
    assert (folder / "motcua.db").read_bytes() == b"the office's data"
    assert (folder / "backups" / "motcua-2025-06-01.mcbak").read_bytes() == b"a backup"


def test_setup_installs_upgrades_and_uninstalls_for_all_users_keeping_the_data(
    wine, bundle, setups, office_data, tmp_path
):
    first, second = setups
    program_files = wine.expand("ProgramW6432")
    program = program_files + r"\MotCua"
    folder = wine.unix(program)
    # another Windows user of the PC has office data too (an administrative install serves them all)
    users = wine.unix(wine.expand("USERPROFILE")).parent
    clerk = users / "thuky" / "AppData" / "Local" / "motcua"
    clerk.mkdir(parents=True)
    (clerk / "motcua.db").write_bytes(b"the clerk's data")

    # install
    result = run_setup(wine, setups[first], tmp_path / "install.log", "/ALLUSERS")
    assert result.returncode == 0, (tmp_path / "install.log").read_text(encoding="utf-8-sig")
    log = (tmp_path / "install.log").read_text(encoding="utf-8-sig")
    assert "Administrative install mode: Yes" in log and "64-bit install mode: Yes" in log
    installed = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    shipped = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    assert shipped <= installed
    assert installed - shipped == {"unins000.exe", "unins000.dat"}
    assert (folder / "motcua").read_bytes() == (bundle / "motcua").read_bytes()  # the Linux payload, as is
    assert (folder / "_internal" / "resources" / "catalog" / "procedures.json").is_file()
    link = shortcut_folders(wine)["all users"] / SHORTCUT
    assert link.is_file(), sorted(p.name for p in link.parent.iterdir())
    assert lnk_target(link).lower() == (program + r"\motcua-gui.exe").lower()
    assert wine.registry("HKLM", UNINSTALL_KEY, "DisplayVersion") == first
    assert wine.registry("HKLM", UNINSTALL_KEY, "DisplayName") == "Một Cửa"
    assert wine.registry("HKLM", UNINSTALL_KEY, "InstallLocation").rstrip("\\").lower() == program.lower()
    assert_data_kept(office_data)

    # upgrade: the next version over it; a file the old version left in _internal is gone
    stale = folder / "_internal" / "left-by-the-old-version.pyd"
    stale.write_bytes(b"old")
    result = run_setup(wine, setups[second], tmp_path / "upgrade.log")
    assert result.returncode == 0, (tmp_path / "upgrade.log").read_text(encoding="utf-8-sig")
    assert not stale.exists()
    assert (folder / "motcua").read_bytes() == (bundle / "motcua").read_bytes()
    assert wine.registry("HKLM", UNINSTALL_KEY, "DisplayVersion") == second
    assert wine.registry("HKCU", UNINSTALL_KEY, "DisplayVersion") is None  # one entry, not two
    assert link.is_file()
    assert_data_kept(office_data)

    # uninstall: the program, its shortcut and its entry go; every user's data stays, and the
    # message names each user's folder (not the administrator's {localappdata})
    text = uninstall(wine, program, tmp_path / "uninstall.log")
    assert "Uninstallation process succeeded." in text
    assert not folder.exists() and not link.exists()
    assert wine.registry("HKLM", UNINSTALL_KEY, "DisplayVersion") is None
    assert_data_kept(office_data)
    assert (clerk / "motcua.db").read_bytes() == b"the clerk's data"
    message = text[text.index("Your office data (") :]
    assert message.startswith(r"Your office data (the folder %LOCALAPPDATA%\motcua of each Windows user")
    found = message[message.index("Found on this PC:") :]
    assert r"\thuky\AppData\Local\motcua" in found
    assert "\\" + wine.expand("USERNAME") + r"\AppData\Local\motcua" in found
    shutil.rmtree(clerk.parent.parent.parent)


def small_payload(folder: Path) -> Path:
    """A few files standing for the bundle, for the tests that need no real payload."""
    (folder / "_internal" / "resources").mkdir(parents=True)
    (folder / "motcua.exe").write_bytes(b"stand-in for the console program")
    (folder / "motcua-gui.exe").write_bytes(b"stand-in for the windowed program")
    (folder / "_internal" / "resources" / "procedures.json").write_text("[]")
    return folder


def test_setup_for_one_user_installs_into_their_profile_and_uninstalls_keeping_the_data(wine, office_data, tmp_path):
    """A clerk without administrator rights installs for themselves (/CURRENTUSER). Wine 8 cannot
    expand {autopf} for one user (it has no per-user Program Files folder), so this setup is compiled
    with that folder given (DefaultDir) and a small payload; everything else is the shipped script."""
    program = wine.expand("LOCALAPPDATA") + r"\Programs\MotCua"
    folder = wine.unix(program)
    payload = small_payload(tmp_path / "payload")
    result = compile_iss(
        wine,
        ISS,
        tmp_path,
        "AppVersion=0.2.0",
        f"BundleDir={wine.windows(payload)}",
        r"DefaultDir={localappdata}\Programs\MotCua",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    result = run_setup(wine, tmp_path / "MotCua-Setup-0.2.0.exe", tmp_path / "install.log", "/CURRENTUSER")
    assert result.returncode == 0, (tmp_path / "install.log").read_text(encoding="utf-8-sig")
    assert "Administrative install mode: No" in (tmp_path / "install.log").read_text(encoding="utf-8-sig")
    assert (folder / "motcua-gui.exe").read_bytes() == b"stand-in for the windowed program"
    assert (folder / "unins000.exe").is_file()
    link = shortcut_folders(wine)["this user"] / SHORTCUT
    assert lnk_target(link).lower() == (program + r"\motcua-gui.exe").lower()
    assert wine.registry("HKCU", UNINSTALL_KEY, "DisplayVersion") == "0.2.0"
    assert wine.registry("HKLM", UNINSTALL_KEY, "DisplayVersion") is None

    text = uninstall(wine, program, tmp_path / "uninstall.log")
    assert not folder.exists() and not link.exists()
    assert wine.registry("HKCU", UNINSTALL_KEY, "DisplayVersion") is None
    assert_data_kept(office_data)
    # this user's own folder, by its full path
    message = text[text.index("Your office data (") :]
    assert message.startswith("Your office data (" + wine.expand("LOCALAPPDATA") + r"\motcua) is kept")


MUTEX_HOLDER = """\
; Stands for the running app: holds the named mutex {name} until the file {release} appears.
[Setup]
AppName=Mutex holder
AppVersion=1
DefaultDirName={{tmp}}\\holder
Uninstallable=no
CreateAppDir=no
OutputBaseFilename=mutex-holder

[Code]
function InitializeSetup(): Boolean;
begin
  CreateMutex('{name}');
  SaveStringToFile('{ready}', 'holding', False);
  while not FileExists('{release}') do
    Sleep(100);
  Result := False;
end;
"""


@pytest.mark.parametrize("mutex", MUTEXES)
def test_setup_stops_while_the_app_holds_its_mutex(wine, setups, tmp_path, mutex):
    """AppMutex: while a process holds MotCuaAppMutex (or its Global\\ form), the setup does not replace
    the program's files; a silent setup stops. (The mutex is held by a tiny Inno Setup program
    compiled here, standing for the app.)"""
    ready, release = tmp_path / "ready", tmp_path / "release"
    script = tmp_path / "holder.iss"
    script.write_text(
        MUTEX_HOLDER.format(name=mutex, ready=wine.windows(ready), release=wine.windows(release)), encoding="utf-8"
    )
    result = compile_iss(wine, script, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    holder = wine.popen(str(tmp_path / "mutex-holder.exe"), "/VERYSILENT", "/SUPPRESSMSGBOXES")
    try:
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert holder.poll() is None and time.monotonic() < deadline, "the mutex holder did not start"
            time.sleep(0.2)
        version = list(setups)[-1]
        result = run_setup(wine, setups[version], tmp_path / "install.log", "/ALLUSERS")
        log = (tmp_path / "install.log").read_text(encoding="utf-8-sig")
        assert result.returncode != 0, log
        assert "is currently running" in log, log
        assert "-- File entry --" not in log  # not one file of the program replaced
        assert not wine.unix(wine.expand("ProgramW6432") + r"\MotCua").exists()
        assert wine.registry("HKLM", UNINSTALL_KEY, "DisplayVersion") is None
    finally:
        release.touch()
        holder.wait(timeout=120)


def test_setup_carries_the_version_in_windows_form(wine, setups):
    """A PEP 440 pre-release (0.2.0rc1) compiles: Windows' numeric version is its release part
    (the old script put the text into VersionInfoVersion and the compiler refused it)."""
    for version, setup in setups.items():
        numbers, texts = version_resource(setup)
        assert numbers == winversion.numeric_version(version)
        assert texts["ProductVersion"] == version
        assert texts["FileVersion"] == version
        assert texts["ProductName"] == "Một Cửa"
    assert any(re.search(r"[a-z]", version) for version in setups)


def test_script_refuses_a_version_that_is_not_pep_440_and_signs_only_when_asked(wine, tmp_path):
    """Two compile-time rules of the script, checked on a one-file payload (the real one is not needed):
    a version that does not start with a number stops the compiler with a clear message; with Sign
    defined the compiler hands the setup's uninstaller to the sign tool (here a stand-in that signs
    nothing, so the compiler then refuses the unsigned file), and without it signs nothing."""
    payload = small_payload(tmp_path / "payload")
    bundle_dir = f"BundleDir={wine.windows(payload)}"
    result = compile_iss(wine, ISS, tmp_path, "AppVersion=v0.2", bundle_dir)
    assert result.returncode != 0
    assert "AppVersion must start with a number" in result.stdout + result.stderr

    signed = tmp_path / "signed.txt"
    sign_tool = f"/Smotcua=cmd /c echo $f>>{wine.windows(signed)}"
    result = wine.run(
        str(TOOLS_ISCC),
        "/Q",
        f"/O{wine.windows(tmp_path)}",
        "/DAppVersion=0.2.0",
        f"/D{bundle_dir}",
        "/DSign",
        sign_tool,
        wine.windows(ISS),
    )
    assert result.returncode != 0
    assert "does not have a digital signature" in result.stdout + result.stderr
    assert "uninst.e32" in signed.read_text(errors="replace")
    signed.unlink()
    result = compile_iss(wine, ISS, tmp_path, "AppVersion=0.2.0", bundle_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not signed.exists()
    assert (tmp_path / "MotCua-Setup-0.2.0.exe").is_file()


def test_compiler_is_the_one_setup_installs():
    """setup.sh pins the compiler; the script needs 6.3 or newer (x64compatible)."""
    if not TOOLS_ISCC.is_file():
        _unavailable(f"Inno Setup's compiler is not in {TOOLS_ISCC.parent}")
    import json

    package = json.loads((TOOLS_ISCC.parent.parent / "package.json").read_text(encoding="utf-8"))
    pinned = re.search(r'INNOSETUP="innosetup@([\d.]+)"', (ROOT / "installer" / "setup.sh").read_text()).group(1)
    assert package["version"] == pinned
    assert tuple(int(n) for n in pinned.split(".")[:2]) >= (6, 3)


def test_script_and_winversion_agree_on_the_numeric_version(wine, tmp_path):
    """The installer's numeric version (derived in the script's preprocessor) is the one
    installer/winversion.py gives the executables, for every shape of PEP 440 version."""
    payload = small_payload(tmp_path / "payload")
    for version in ("1.2", "0.2.0.post1", "1.0.dev4", "3.4.5.6.7", "2.0.0a3", "1!2.0"):
        result = compile_iss(wine, ISS, tmp_path, f"AppVersion={version}", f"BundleDir={wine.windows(payload)}")
        assert result.returncode == 0, result.stdout + result.stderr
        numbers, texts = version_resource(tmp_path / f"MotCua-Setup-{version}.exe")
        assert numbers == winversion.numeric_version(version), version
        assert texts["ProductVersion"] == version
