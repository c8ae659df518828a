# Build Một Cửa for Windows from a checkout: the one-folder bundle dist\motcua\ and the installer
# dist\MotCua-Setup-VERSION.exe (Inno Setup 6).
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1               bundle + installer
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1 -NoInstaller  the bundle only
# Needs Python 3.11+ ("py" launcher) and, for the installer, Inno Setup 6 (https://jrsoftware.org):
# ISCC.exe is looked for on PATH and in its usual install folders.
param([switch]$NoInstaller)

$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

$python = ".venv\Scripts\python.exe"
if (-not (Test-Path $python)) {
    Write-Host "Creating .venv..."
    py -3 -m venv .venv
    if ($LASTEXITCODE -ne 0) { throw "python -m venv failed" }
    & $python -m pip install -q --disable-pip-version-check --upgrade pip
    & $python -m pip install -q --disable-pip-version-check -e .
    if ($LASTEXITCODE -ne 0) { throw "pip install -e . failed" }
}
& $python -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('PyInstaller') is None)"
if ($LASTEXITCODE -ne 0) {
    Write-Host "Installing PyInstaller into .venv..."
    & $python -m pip install -q --disable-pip-version-check "pyinstaller>=6.10"
    if ($LASTEXITCODE -ne 0) { throw "pip install pyinstaller failed" }
}

$watch = [Diagnostics.Stopwatch]::StartNew()
& $python -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller installer\motcua.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
Write-Host ("Bundle built in {0:N0} s" -f $watch.Elapsed.TotalSeconds)

$version = (& dist\motcua\motcua.exe --version | Out-String).Trim() -replace '^motcua\s+', ''
if ($LASTEXITCODE -ne 0 -or -not $version) { throw "the frozen motcua.exe does not start" }
$bytes = (Get-ChildItem dist\motcua -Recurse -File | Measure-Object Length -Sum).Sum
Write-Host ("motcua {0}: dist\motcua\ {1:N0} MB" -f $version, ($bytes / 1MB))

if ($NoInstaller) { exit 0 }

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    $iscc = @(
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    ) | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
}
if (-not $iscc) { throw "ISCC.exe (Inno Setup 6) not found: install it, or run with -NoInstaller" }
& $iscc /Q "/DAppVersion=$version" installer\motcua.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Get-Item "dist\MotCua-Setup-$version.exe" | ForEach-Object {
    Write-Host ("{0}: {1:N0} MB" -f $_.FullName, ($_.Length / 1MB))
}
