"""Packaging (issue 8): the PyInstaller spec, the frozen Linux bundle, the Inno Setup script, the
Linux menu entry and the icon.

The static tests read the files (no build). The frozen tests use the one-folder bundle built once
for the session (``bundle`` in conftest.py, about a minute on two cores) and run the frozen program as a user
would: ``--version``, ``demo``, ``report monthly --format pdf``, the window (offscreen), and the Linux install script.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import types
from pathlib import Path
from typing import ClassVar

import pytest

from core import __version__

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "motcua.spec"
ISS = INSTALLER / "motcua.iss"
DESKTOP = INSTALLER / "motcua.desktop"
ICONS = ROOT / "resources" / "icons"
PASSPHRASE = "some-test-passphrase"


# -- the spec, read without building ------------------------------------------------------------
class _Recorder:
    """Stands for PyInstaller's Analysis/PYZ/EXE/COLLECT: keeps the arguments."""

    made: ClassVar[list[_Recorder]] = []

    def __init__(self, *args, **kwargs) -> None:
        self.args, self.kwargs = args, kwargs
        self.kind = type(self).__name__
        self.binaries: list = []
        self.datas = list(kwargs.get("datas", []))
        self.scripts: list = []
        self.pure: list = []
        _Recorder.made.append(self)


def _read_spec(platform: str, workpath: Path | None = None) -> dict:
    """Execute the spec with the build steps replaced by recorders, as PyInstaller would on ``platform``
    (``workpath``: PyInstaller's work folder, where the spec may write files)."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, **_: [f"{package}.<all>"]
    hooks.collect_data_files = lambda package, includes=(), **_: [
        (f"<{package}:{i}>", package) for i in includes or ["*"]
    ]
    kinds = {kind: type(kind, (_Recorder,), {}) for kind in ("Analysis", "PYZ", "EXE", "COLLECT")}
    _Recorder.made = []
    namespace = {"SPECPATH": str(INSTALLER), "__file__": str(SPEC), **kinds}
    if workpath is not None:
        namespace["workpath"] = str(workpath)
    code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    with pytest.MonkeyPatch.context() as patch:  # only while the spec runs
        for name in ("PyInstaller", "PyInstaller.utils"):
            patch.setitem(sys.modules, name, types.ModuleType(name))
        patch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
        patch.setattr(sys, "platform", platform)
        exec(code, namespace)
    made = {}
    for recorder in _Recorder.made:
        made.setdefault(recorder.kind, []).append(recorder)
    return made


def test_spec_bundles_resources_and_migrations_where_the_code_looks_for_them():
    from core import storage

    made = _read_spec("linux")
    (analysis,) = made["Analysis"]
    datas = {
        (Path(source).resolve(), Path(dest).as_posix())
        for source, dest in analysis.kwargs["datas"]
        if not source.startswith("<")
    }
    # every resource file, at resources/… inside the bundle (core.resources: sys._MEIPASS/resources)
    wanted = [
        path
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.suffix not in {".ts", ".py", ".pyc"} and "__pycache__" not in path.parts
    ]
    assert {"fonts", "catalog", "calendar", "translations", "icons"} <= {p.parent.name for p in wanted}
    for path in wanted:
        assert (path.resolve(), path.parent.relative_to(ROOT).as_posix()) in datas, path
    # the Alembic scripts, at the folder core.storage reads them from (beside core/storage.py)
    migrations = Path(storage.MIGRATIONS).resolve()
    place = migrations.relative_to(ROOT).as_posix()
    assert place == "core/migrations"
    scripts = [migrations / "env.py", migrations / "script.py.mako", *sorted((migrations / "versions").glob("*.py"))]
    assert len(scripts) > 3
    for path in scripts:
        assert (path, path.parent.relative_to(ROOT).as_posix()) in datas, path
    # what is imported by name at run time
    hidden = analysis.kwargs["hiddenimports"]
    for module in (
        "core.<all>",
        "cli.<all>",
        "desktop.<all>",
        "holidays.countries.vietnam",
        "sqlalchemy.dialects.postgresql.psycopg",
        "sqlalchemy.dialects.sqlite.pysqlite",
        "alembic.op",
    ):
        assert module in hidden
    assert ("<holidays:locale/*/LC_MESSAGES/VN.mo>", "holidays") in analysis.kwargs["datas"]
    # the time-zone database, whole (Windows has none for zoneinfo)
    assert ("<tzdata:*>", "tzdata") in analysis.kwargs["datas"]
    assert {"zoneinfo", "tzdata.<all>"} <= set(hidden)
    assert "PySide6.QtWebEngineCore" in analysis.kwargs["excludes"]
    # one console executable "motcua" on Linux, in a one-folder COLLECT named motcua
    assert [(e.kwargs["name"], e.kwargs["console"]) for e in made["EXE"]] == [("motcua", True)]
    assert all(e.kwargs["exclude_binaries"] for e in made["EXE"])
    assert made["EXE"][0].kwargs["version"] is None  # a version resource is a Windows thing
    assert made["COLLECT"][0].kwargs["name"] == "motcua"


def test_spec_on_windows_adds_the_windowed_executable_the_shortcuts_start(tmp_path):
    made = _read_spec("win32", workpath=tmp_path)
    assert [(e.kwargs["name"], e.kwargs["console"]) for e in made["EXE"]] == [("motcua", True), ("motcua-gui", False)]
    for exe in made["EXE"]:
        assert Path(exe.kwargs["icon"]) == ICONS / "motcua.ico"
        # the version resource, written into the work folder at build time from pyproject.toml
        version_file = Path(exe.kwargs["version"])
        assert version_file.parent == tmp_path
        text = version_file.read_text(encoding="utf-8")
        assert f"StringStruct('OriginalFilename', '{exe.kwargs['name']}.exe')" in text
        assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert "motcua-gui.exe" in ISS.read_text(encoding="utf-8-sig")


# -- the Inno Setup script ----------------------------------------------------------------------
def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            continue
        sections.setdefault(current, []).append(line)
    return sections


def _entries(lines: list[str]) -> list[dict[str, str]]:
    """``Name: "x"; Filename: "y"; Flags: a b`` → {"Name": "x", …}."""
    return [
        {
            key.strip(): value.strip().strip('"')
            for key, value in (part.split(":", 1) for part in re.split(r";\s+(?=\w+:)", line))
        }
        for line in lines
    ]


def test_inno_setup_script_installs_the_program_and_never_the_data():
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark, for the Vietnamese text"
    sections = _iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["DefaultDirName"] == "{#DefaultDir}"
    assert '#define DefaultDir "{autopf}\\MotCua"' in ISS.read_text(encoding="utf-8-sig")
    assert setup["SetupIconFile"] == r"..\resources\icons\motcua.ico"
    # the program files go to {app}, and only {app} is ever cleaned: the data folder is not named
    files = _entries(sections["Files"])
    assert files == [
        {"Source": r"{#BundleDir}\*", "DestDir": "{app}", "Flags": "ignoreversion recursesubdirs createallsubdirs"}
    ]
    assert '#define BundleDir "..\\dist\\motcua"' in ISS.read_text(encoding="utf-8-sig")
    for section in ("InstallDelete", "UninstallDelete"):
        for entry in _entries(sections.get(section, [])):
            assert entry["Name"].startswith("{app}\\"), entry
    assert "Dirs" not in sections
    for section, lines in sections.items():
        if section not in ("CustomMessages", "Code"):
            assert not any(re.search(r"appdata\}|motcua\.db", line, re.I) for line in lines), section
    # shortcuts: Start menu always, desktop as an optional task; both start the windowed program
    icons = _entries(sections["Icons"])
    assert {icon["Name"].split("\\")[0] for icon in icons} == {"{autoprograms}", "{autodesktop}"}
    assert all(icon["Filename"] == r"{app}\{#AppExe}" for icon in icons)
    assert [icon.get("Tasks") for icon in icons if icon["Name"].startswith("{autodesktop}")] == ["desktopicon"]
    assert any(task["Name"] == "desktopicon" for task in _entries(sections["Tasks"]))
    assert '#define AppExe "motcua-gui.exe"' in ISS.read_text(encoding="utf-8-sig")
    (run,) = _entries(sections["Run"])
    assert "postinstall" in run["Flags"]
    # a running app stops the setup and the uninstaller (the app holds these named mutexes)
    assert setup["AppMutex"] == r"MotCuaAppMutex,Global\MotCuaAppMutex"
    # x64compatible is Inno Setup 6.3's: older compilers are refused with that reason
    assert setup["ArchitecturesAllowed"] == setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    text = ISS.read_text(encoding="utf-8-sig")
    assert "#if Ver < EncodeVer(6, 3, 0)" in text and "Inno Setup 6.3 or newer" in text
    assert "Inno Setup 6 script" not in text
    # Windows' numeric version is derived, the text version is given as is
    assert setup["VersionInfoVersion"] == setup["VersionInfoProductVersion"] == "{#NumericVersion}"
    assert setup["VersionInfoProductTextVersion"] == setup["AppVersion"] == "{#AppVersion}"
    # English always; Vietnamese only when its messages file is there
    assert 'Name: "english"; MessagesFile: "compiler:Default.isl"' in sections["Languages"]


# -- the Linux menu entry, the icon, the scripts ------------------------------------------------
def test_desktop_entry_is_valid():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Type"] == "Application"
    assert main["Name"] == "Một Cửa"
    assert main["Exec"].split()[0] == "motcua"
    assert main["Icon"] == "motcua"
    assert main["Categories"].endswith(";") and "Office" in main["Categories"].split(";")
    assert main["Terminal"] == "false"
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_icons_exist_in_every_form():
    assert _png_size(ICONS / "motcua-48.png") == (48, 48)
    assert _png_size(ICONS / "motcua-256.png") == (256, 256)
    svg = (ICONS / "motcua.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and 'viewBox="0 0 256 256"' in svg
    ico = (ICONS / "motcua.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 4
    widths = {ico[6 + 16 * i] or 256 for i in range(count)}  # 0 means 256
    assert {16, 32, 48, 256} <= widths


@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell")
@pytest.mark.parametrize("script", ["build.sh", "install-linux.sh", "setup.sh"])
def test_shell_scripts_parse(script):
    result = subprocess.run(["sh", "-n", str(INSTALLER / script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# -- the frozen bundle --------------------------------------------------------------------------
def _frozen_env(data_dir: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"MOTCUA_DB", "MOTCUA_LANG", "MOTCUA_RESOURCES", "PYTHONPATH"}
    }
    env.update(MOTCUA_DATA_DIR=str(data_dir), MOTCUA_KEY_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    return env


@pytest.fixture(scope="module")
def frozen(bundle, tmp_path_factory):
    """``frozen(*args)`` → the completed ``motcua *args`` of the bundle, in a throw-away data folder."""
    data_dir = tmp_path_factory.mktemp("frozen-data")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(bundle / "motcua"), *args], capture_output=True, text=True, env=_frozen_env(data_dir), timeout=600
        )

    return run


@pytest.fixture(scope="module")
def demo_db(frozen, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    db = tmp_path_factory.mktemp("frozen-db") / "demo.db"
    return db, frozen("--db", str(db), "demo", "--dossiers", "300", "--seed", "1", "--until", "2025-06-30")


def test_bundle_layout(bundle):
    internal = bundle / "_internal"
    assert (bundle / "motcua").is_file() and os.access(bundle / "motcua", os.X_OK)
    assert (internal / "resources" / "catalog" / "procedures.json").is_file()
    assert (internal / "resources" / "translations" / "motcua_vi.qm").is_file()
    assert sorted(p.name for p in (internal / "resources" / "fonts").glob("*.ttf"))
    assert (internal / "core" / "migrations" / "env.py").is_file()
    # the time-zone database (Windows has none of its own for zoneinfo)
    assert (internal / "tzdata" / "zoneinfo" / "Asia" / "Ho_Chi_Minh").read_bytes().startswith(b"TZif")
    versions = {p.name for p in (ROOT / "core" / "migrations" / "versions").glob("*.py")}
    assert versions <= {p.name for p in (internal / "core" / "migrations" / "versions").glob("*.py")}
    assert not list(internal.rglob("*Qt6Quick*")) and not list(internal.rglob("*WebEngine*"))
    # of Qt's own translations, only those of the app's languages that PySide6 has (desktop.i18n loads them)
    from PySide6.QtCore import QLibraryInfo

    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    languages = {p.stem.split("_", 1)[1] for p in (ROOT / "resources" / "translations").glob("motcua_*.qm")}
    wanted = {f"qtbase_{language}.qm" for language in languages if (qt_folder / f"qtbase_{language}.qm").is_file()}
    assert {p.name for p in (internal / "PySide6").rglob("*.qm")} == wanted


def test_frozen_version(frozen):
    result = frozen("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"motcua {__version__}"


def test_frozen_demo_creates_dossiers(demo_db):
    db, result = demo_db
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    created = int(re.search(r"(\d+) hồ sơ", result.stdout).group(1))
    assert created > 200
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM dossier").fetchone()[0] == created
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_frozen_monthly_report_pdf(frozen, demo_db, tmp_path, monkeypatch):
    from core.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

    db, made = demo_db
    assert made.returncode == 0, made.stderr
    monkeypatch.setenv("MOTCUA_USER", DEMO_ACCOUNTS[0][0])  # the command line acts for an account (issue 13)
    monkeypatch.setenv("MOTCUA_PASSWORD", DEMO_PASSWORD)
    out = tmp_path / "bao-cao.pdf"
    result = frozen("--db", str(db), "report", "monthly", "--month", "2025-05", "--format", "pdf", "--out", str(out))
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"LiberationSerif" in data  # the bundled font, embedded
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        text = subprocess.run([pdftotext, str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "BÁO CÁO" in text
        assert "kết quả giải quyết thủ tục hành chính tháng 05/2025" in text


def test_frozen_window_starts(bundle, demo_db, tmp_path):
    """The window opens (offscreen) and keeps running until it is closed: no missing Qt module or plugin."""
    db, made = demo_db
    assert made.returncode == 0, made.stderr
    process = subprocess.Popen(
        [str(bundle / "motcua"), "gui", "--db", str(db)],
        env=_frozen_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            process.wait(timeout=8)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            _, err = process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            _, err = process.communicate()
    assert "Traceback" not in err and "could not load the Qt platform plugin" not in err.lower(), err


def test_install_script_installs_upgrades_and_uninstalls_keeping_the_data(bundle, tmp_path):
    home = tmp_path / "home"
    data = home / ".local" / "share" / "motcua"
    data.mkdir(parents=True)
    (data / "motcua.db").write_bytes(b"the office's data")
    env = {**os.environ, "HOME": str(home)}
    env.pop("XDG_DATA_HOME", None)

    def install(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["sh", str(INSTALLER / "install-linux.sh"), *args], capture_output=True, text=True, env=env, timeout=300
        )

    for _ in range(2):  # install, then again over it (an upgrade)
        result = install(str(bundle))
        assert result.returncode == 0, result.stderr
    program = home / ".local" / "share" / "motcua-app" / "motcua"
    entry = (home / ".local" / "share" / "applications" / "motcua.desktop").read_text(encoding="utf-8")
    assert f'Exec="{program}" gui' in entry and f"TryExec={program}" in entry
    assert (home / ".local" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "motcua.svg").is_file()
    assert (home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "motcua.png").is_file()
    link = home / ".local" / "bin" / "motcua"
    version = subprocess.run([str(link), "--version"], capture_output=True, text=True, env=_frozen_env(tmp_path))
    assert version.stdout.strip() == f"motcua {__version__}"

    result = install("--uninstall")
    assert result.returncode == 0, result.stderr
    assert not program.exists() and not link.exists()
    assert (data / "motcua.db").read_bytes() == b"the office's data"
