"""The Windows version resource of the frozen executables (``motcua.exe``, ``motcua-gui.exe``).

The version comes from one place, ``core/__init__.py``'s ``__version__`` (``pyproject.toml`` reads it as
a dynamic field, ``motcua --version`` prints it). It is a PEP 440 version (``0.2.0``, ``0.2.0rc1``,
``0.2.0.post1``), while a Windows version resource also wants four numbers of 0 to 65535. Those are
the release part of the version, the numbers from its start (at most four), padded with zeros:
``0.2.0rc1`` -> 0.2.0.0, ``1.2`` -> 1.2.0.0. ``installer/motcua.iss`` derives the installer's own
numeric version with the same rule; the exact version stays in the text fields (Explorer's "Product
version") and a pre-release or development build carries the PRERELEASE flag.

The spec (``installer/motcua.spec``) writes the file PyInstaller reads (``EXE(version=FILE)``) at
build time, on Windows. By hand::

    python installer/winversion.py                  # the version and its numeric form
    python installer/winversion.py --file OUT.txt   # the version file of motcua-gui.exe
"""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = "Một Cửa"
DESCRIPTION = "Một Cửa: Tiếp nhận và trả kết quả thủ tục hành chính"
VS_FF_PRERELEASE = 0x2
_RELEASE = re.compile(r"\d+(?:\.\d+){0,3}")
_PRERELEASE = re.compile(r"(a|b|c|rc|alpha|beta|pre|preview|dev)\d*", re.IGNORECASE)


def project_version(root: Path = ROOT) -> str:
    """``core/__init__.py``'s ``__version__``, read as text (the build need not import the project)."""
    module = ast.parse((root / "core" / "__init__.py").read_text(encoding="utf-8"))
    for node in module.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__version__" for t in node.targets):
            return str(ast.literal_eval(node.value))
    raise ValueError("core/__init__.py has no __version__")


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows wants for ``version``: its release part padded with zeros."""
    match = _RELEASE.match(version.strip())
    if not match:
        raise ValueError(f"not a PEP 440 version (it must start with a number): {version!r}")
    numbers = [int(part) for part in match.group().split(".")]
    if any(number > 0xFFFF for number in numbers):
        raise ValueError(f"a Windows version number is at most 65535: {version!r}")
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def is_prerelease(version: str) -> bool:
    """True for an alpha, beta, release candidate or development version (PEP 440)."""
    rest = version.strip()[_RELEASE.match(version.strip()).end() :].lstrip(".-_")
    return bool(_PRERELEASE.match(rest)) or ".dev" in version.lower()


def version_file_text(version: str, exe_name: str, description: str = DESCRIPTION) -> str:
    """The text PyInstaller reads for ``EXE(version=…)`` (``VSVersionInfo`` as ``pyi-grab_version`` writes it)."""
    numbers = numeric_version(version)
    flags = VS_FF_PRERELEASE if is_prerelease(version) else 0
    strings = [
        ("CompanyName", PRODUCT),
        ("FileDescription", description),
        ("FileVersion", version),
        ("InternalName", exe_name.removesuffix(".exe")),
        ("LegalCopyright", "MIT License"),
        ("OriginalFilename", exe_name),
        ("ProductName", PRODUCT),
        ("ProductVersion", version),
    ]
    table = ",\n          ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings)
    return f"""# UTF-8
# The version resource of {exe_name}, written by installer/winversion.py from pyproject.toml.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags={flags:#x},
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [{table}])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def write_version_file(path: Path, exe_name: str, version: str | None = None) -> Path:
    """Write the version file of ``exe_name`` to ``path`` (the project's version unless given)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_file_text(version or project_version(), exe_name), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", help="a version other than pyproject.toml's")
    parser.add_argument("--file", type=Path, help="write the version file of motcua-gui.exe here")
    args = parser.parse_args(argv)
    version = args.version or project_version()
    if args.file:
        write_version_file(args.file, "motcua-gui.exe", version)
    print(version, ".".join(map(str, numeric_version(version))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
