"""The Windows build's parts that can be checked without Windows (issue 14, point 12): the version
resource written at build time, the build script, the hosted-runner workflow, the hand checklist, and
the set-up script that brings Wine and Inno Setup for tests/installer/test_inno_setup.py."""

from __future__ import annotations

import importlib.metadata
import os
import re
import shlex
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from core import __version__
from tests.installer import ROOT, winversion

INSTALLER = ROOT / "installer"
BUILD_PS1 = INSTALLER / "build.ps1"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"


# -- the version ----------------------------------------------------------------------------------
def test_the_version_has_one_value():
    """core.__version__ is the one place: pyproject.toml reads it (dynamic), the exe's version resource
    and the installer read it through winversion, so --version and they cannot disagree."""
    assert winversion.project_version() == __version__
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "core.__version__"}
    assert importlib.metadata.version("motcua") == __version__


@pytest.mark.parametrize(
    ("version", "numbers", "prerelease"),
    [
        ("0.1.0", (0, 1, 0, 0), False),
        ("0.2.0rc1", (0, 2, 0, 0), True),
        ("1.2", (1, 2, 0, 0), False),
        ("2.0.0a3", (2, 0, 0, 0), True),
        ("2.0.0b1", (2, 0, 0, 0), True),
        ("0.2.0.post1", (0, 2, 0, 0), False),
        ("1.0.dev4", (1, 0, 0, 0), True),
        ("3.4.5.6.7", (3, 4, 5, 6), False),
        ("1!2.0", (1, 0, 0, 0), False),
    ],
)
def test_numeric_version_is_the_release_part(version, numbers, prerelease):
    assert winversion.numeric_version(version) == numbers
    assert winversion.is_prerelease(version) is prerelease


@pytest.mark.parametrize("version", ["v1.0", "", "rc1", "70000.0"])
def test_numeric_version_refuses_what_windows_cannot_carry(version):
    with pytest.raises(ValueError):
        winversion.numeric_version(version)


@pytest.mark.parametrize("version", ["0.2.0rc1", "0.1.0"])
def test_version_file_is_what_pyinstaller_reads(tmp_path, version, monkeypatch):
    pytest.importorskip("PyInstaller")
    import PyInstaller.compat

    # the module imports pywin32's win32api, which only its writing to an exe (Windows) uses
    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file

    path = winversion.write_version_file(tmp_path / "v.txt", "motcua-gui.exe", version)
    info = load_version_info_from_text_file(str(path))
    major, minor, micro, build = winversion.numeric_version(version)
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == ((major << 16) | minor, (micro << 16) | build)
    assert (info.ffi.productVersionMS, info.ffi.productVersionLS) == (info.ffi.fileVersionMS, info.ffi.fileVersionLS)
    assert bool(info.ffi.fileFlags & winversion.VS_FF_PRERELEASE) is winversion.is_prerelease(version)
    strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
    assert strings["ProductVersion"] == strings["FileVersion"] == version
    assert strings["OriginalFilename"] == "motcua-gui.exe" and strings["ProductName"] == "Một Cửa"
    raw = info.toRaw()  # what PyInstaller writes into the exe
    assert "Một Cửa".encode("utf-16-le") in raw and version.encode("utf-16-le") in raw


def test_winversion_command_prints_the_version_build_ps1_reads(tmp_path):
    result = subprocess.run(
        [sys.executable, str(INSTALLER / "winversion.py"), "--version", "0.3.0b2", "--file", str(tmp_path / "v.txt")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == ["0.3.0b2", "0.3.0.0"]
    assert "StringStruct('ProductVersion', '0.3.0b2')" in (tmp_path / "v.txt").read_text(encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(INSTALLER / "winversion.py")], capture_output=True, text=True, check=True
    )
    assert result.stdout.split()[0] == __version__


def test_tzdata_is_a_dependency():
    """Windows has no time-zone database: zoneinfo (psycopg's view of a PostgreSQL server's TimeZone)
    reads the tzdata package there, and the spec bundles it."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(re.match(r"tzdata\b", requirement) for requirement in project["dependencies"])


# -- build.ps1 (PowerShell is not available here: what it must say, read as text) -------------------
def _ps1() -> str:
    raw = BUILD_PS1.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Windows PowerShell 5.1 reads UTF-8 without a BOM as ANSI"
    return raw.decode("utf-8-sig")


def _code(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def test_build_script_uses_python_3_11_and_refreshes_its_venv():
    code = _code(_ps1())
    assert '$PythonVersion = "3.11"' in code
    assert 'py "-$PythonVersion" -m venv' in code
    assert not re.search(r"\bpy\s+-3\s", code), "py -3 starts the newest Python, not 3.11"
    # the venv is remade when the requirements change: a fingerprint of pyproject.toml and the pin
    assert 'ReadAllBytes((Resolve-Path "pyproject.toml").Path)' in code and "$PyInstallerPin" in code
    assert "ComputeHash" in code and "Set-Content -Path $stampFile -Value $stamp" in code
    assert re.search(r"-ne \$stamp\)", code)
    assert "Remove-Item -Recurse -Force $venv" in code
    # PowerShell names are case-insensitive: the -Python parameter must not be the venv's python
    names = {name.lower() for name in re.findall(r"\$(\w+)", code)}
    assert "python" in names and "venvpython" in names
    assert len([m for m in re.findall(r"\$(\w+)\s*=", code) if m.lower() == "python"]) == 0


def test_build_script_signs_when_a_certificate_is_set_and_says_so_otherwise():
    code = _code(_ps1())
    for variable in ("MOTCUA_SIGN_PFX", "MOTCUA_SIGN_PASSWORD", "MOTCUA_SIGN_SHA1", "MOTCUA_SIGN_TIMESTAMP"):
        assert f"$env:{variable}" in code
    assert "signtool.exe" in code and '"sign", "/fd", "sha256", "/tr"' in code
    assert 'Invoke-Sign @("dist\\motcua\\motcua.exe", "dist\\motcua\\motcua-gui.exe")' in code
    assert 'Write-Host "NOT SIGNING: no certificate configured' in code
    # the setup and its uninstaller: Inno Setup's SignTool, defined on ISCC's command line
    assert '"/DSign", "/Smotcua=' in code
    iss = (INSTALLER / "motcua.iss").read_text(encoding="utf-8-sig")
    assert re.search(r"#ifdef Sign\s+(;.*\s+)*SignTool=motcua\s+SignedUninstaller=yes\s+#endif", iss)


def test_build_script_checks_the_version_resource_and_inno_setup_6_3():
    code = _code(_ps1())
    assert "installer\\winversion.py" in code
    assert "$info.ProductVersion -ne $version" in code
    assert '[version]"6.3"' in code
    assert '"/DAppVersion=$version"' in code


# -- the hosted Windows runner ----------------------------------------------------------------------
def _workflow() -> dict:
    yaml = pytest.importorskip("yaml")
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def test_workflow_builds_runs_and_keeps_the_installer():
    workflow = _workflow()
    (job,) = workflow["jobs"].values()
    assert job["runs-on"] == "windows-latest"
    assert job["env"]["MOTCUA_USER"] == "quantri" and job["env"]["MOTCUA_PASSWORD"] == "motcua-demo"
    steps = job["steps"]
    python = next(step for step in steps if step.get("uses", "").startswith("actions/setup-python@"))
    assert python["with"]["python-version"] == "3.11"
    script = "\n".join(step.get("run", "") for step in steps)
    assert "installer\\build.ps1" in script
    for command in (
        "motcua.exe --version",
        "motcua.exe --db $db demo",
        "motcua.exe --db $db report monthly",
        "--format pdf",
    ):
        assert command in script, command
    assert "Start-Process dist\\motcua\\motcua-gui.exe" in script and "HasExited" in script
    assert "/VERYSILENT" in script and "unins000.exe" in script
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-artifact@"))
    assert "dist/MotCua-Setup-*.exe" in upload["with"]["path"]
    assert steps.index(upload) == len(steps) - 1 and upload["if"] == "always()"


def test_workflow_commands_work_with_todays_command_line(tmp_path):
    """The commands the runner gives the frozen program, run here in the same order with the same
    environment (the job's account for all but the demo, which makes that account) through the
    development install's command line."""
    job = _workflow()["jobs"]["windows"]
    script = "\n".join(step.get("run", "") for step in job["steps"])
    commands = [shlex.split(command) for command in re.findall(r"& dist\\motcua\\motcua\.exe ([^|\n]+)", script)]
    assert [args[2:4] for args in commands if args[0] == "--db"] == [["demo", "--dossiers"], ["report", "monthly"]]
    before_demo = script[: script.index("& dist\\motcua\\motcua.exe --db $db demo")]
    assert before_demo.rstrip().endswith("Remove-Item Env:MOTCUA_USER")
    env = {key: value for key, value in os.environ.items() if not key.startswith("MOTCUA_")}
    env.update({key: str(value) for key, value in job["env"].items()}, MOTCUA_DATA_DIR=str(tmp_path))
    motcua = Path(sys.executable).with_name("motcua")
    values = {"$db": str(tmp_path / "demo.db"), "$pdf": str(tmp_path / "bao-cao.pdf")}
    for args in commands:
        args = [values.get(arg, arg) for arg in args]
        run_env = {k: v for k, v in env.items() if not ("demo" in args and k == "MOTCUA_USER")}
        result = subprocess.run([str(motcua), *args], capture_output=True, text=True, env=run_env, timeout=600)
        assert result.returncode == 0, f"motcua {' '.join(args)}: {result.stderr}"
    assert (tmp_path / "bao-cao.pdf").read_bytes().startswith(b"%PDF")


def test_checklist_covers_what_only_a_real_pc_shows():
    text = (INSTALLER / "WINDOWS-CHECKLIST.md").read_text(encoding="utf-8")
    for topic in (
        "Credential Manager",
        "Remote Desktop",
        "second Windows user",
        "Shutdown with the app open",
        "Excel under the Vietnamese format",
        "A4",
        "scanner",
        "Unikey",
        "125 %",
        "150 %",
    ):
        assert topic in text, topic
    assert len(text.splitlines()) < 60  # one page


# -- installer/setup.sh: Wine and Inno Setup with --test only, idempotent -------------------------
FAKE_TOOLS = {
    # dpkg-query -W -f=FORMAT NAME: from the list of installed "name arch" lines in $STATE
    "dpkg-query": r"""name=$(eval echo \${$#}); found=""
while read -r pkg arch; do
  case "$name" in *:*) [ "$pkg:$arch" = "$name" ] || continue ;; *) [ "$pkg" = "$name" ] || continue ;; esac
  found=1; case "$2" in *Architecture*) echo "ii  $arch" ;; *) echo "ii " ;; esac
done < "$STATE"
[ -n "$found" ] || { echo "dpkg-query: no packages found matching $name" >&2; exit 1; }""",
    "dpkg": r"""case "$1" in
  --print-architecture) echo amd64 ;;
  --print-foreign-architectures) cat "$STATE.foreign" 2>/dev/null ;;
  --add-architecture) echo "$2" >> "$STATE.foreign"; echo "dpkg $*" >> "$LOG" ;;
  -s) echo "dpkg-query: error: ambiguous package name" >&2; exit 2 ;;
esac""",
    "apt-get": r"""echo "apt-get $*" >> "$LOG"
[ "$1" = install ] || exit 0
for arg; do case "$arg" in -*|install) ;; *:*) echo "${arg%%:*} ${arg#*:}" >> "$STATE" ;;
  *) echo "$arg amd64" >> "$STATE" ;; esac; done""",
    "npm": r"""echo "npm $*" >> "$LOG"
mkdir -p .tools/node_modules/innosetup/bin && touch .tools/node_modules/innosetup/bin/ISCC.exe
last=$(eval echo \${$#})
printf '{\n  "name": "innosetup",\n  "version": "%s"\n}\n' "${last##*@}" > .tools/node_modules/innosetup/package.json""",  # noqa: E501 (a shell script)
    "wine": "exit 0",
    "sudo": 'exec "$@"',  # a developer who is not root: setup.sh asks sudo
}


@pytest.fixture
def fake_machine(tmp_path):
    """A copy of setup.sh in a throw-away checkout, on a PATH whose dpkg/apt-get/npm only record what
    they are asked (the package state in a file), and a .venv whose python does nothing."""
    checkout = tmp_path / "checkout"
    (checkout / "installer").mkdir(parents=True)
    (checkout / "installer" / "setup.sh").write_bytes((INSTALLER / "setup.sh").read_bytes())
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, body in {**FAKE_TOOLS, "python": "exit 0"}.items():
        path = (checkout / ".venv" / "bin" / name) if name == "python" else bin_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("#!/bin/sh\n" + body + "\n")
        path.chmod(path.stat().st_mode | stat.S_IEXEC)
    state, log = tmp_path / "state", tmp_path / "log"
    # libx11-6 installed for two architectures (as once Wine's i386 half is in): "dpkg -s" refuses it
    state.write_text("python3-venv amd64\nlibx11-6 amd64\nlibx11-6 i386\nfonts-noto-core all\n")
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "STATE": str(state), "LOG": str(log), "HOME": str(tmp_path)}

    def run(*args: str) -> list[str]:
        log.write_text("")
        result = subprocess.run(
            ["sh", str(checkout / "installer" / "setup.sh"), *args],
            cwd=checkout,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return log.read_text().splitlines()

    return run


def test_setup_without_test_installs_no_wine(fake_machine):
    calls = fake_machine()
    install = [call for call in calls if call.startswith("apt-get install")]
    assert len(install) == 1
    assert "libgl1" in install[0].split() and "libx11-6" not in install[0].split()  # two architectures: installed
    assert not any("wine" in call or "i386" in call or call.startswith("npm") for call in calls)
    assert fake_machine() == []  # nothing missing: no apt-get at all


def test_setup_test_installs_wine_and_inno_setup_once(fake_machine):
    calls = fake_machine("--test")
    assert "dpkg --add-architecture i386" in calls
    wine = [call.split() for call in calls if call.startswith("apt-get install") and "wine" in call]
    assert wine == [["apt-get", "install", "-y", "-qq", "--no-install-recommends", "wine", "wine64", "wine32:i386"]]
    assert calls.index("dpkg --add-architecture i386") < calls.index("apt-get update -qq")
    (npm,) = [call for call in calls if call.startswith("npm")]
    assert "--prefix .tools" in npm and npm.endswith("innosetup@6.4.1")
    assert fake_machine("--test") == []  # the second time: all there, nothing asked of apt or npm
