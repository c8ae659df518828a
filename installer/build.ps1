# Build Một Cửa for Windows from a checkout: the one-folder bundle dist\motcua\ and the installer
# dist\MotCua-Setup-VERSION.exe.
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1               bundle + installer
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1 -NoInstaller  the bundle only
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1 -Fresh        a new build venv first
#   ... -Python C:\path\to\python.exe   another Python 3.11 than "py -3.11" (a CI runner's, say)
# Needs Python 3.11 (python.org, with the "py" launcher: "py -3.11" must start it) and, for the
# installer, Inno Setup 6.3 or newer (https://jrsoftware.org): ISCC.exe is looked for on PATH and in
# its usual install folders (or set MOTCUA_ISCC to its path).
#
# The build has its own virtual environment, build\venv, made with Python 3.11. It is made anew when
# it is missing, is not Python 3.11, or was made for other requirements (pyproject.toml, the
# PyInstaller pin below): build\venv\motcua-build.txt keeps the fingerprint of what it was made for.
#
# Signing (optional): with a code-signing certificate configured, signtool.exe (Windows SDK; on PATH
# or found under "Windows Kits\10\bin") signs motcua.exe and motcua-gui.exe before they go into the
# installer, and Inno Setup signs the setup and its uninstaller with the same command:
#   MOTCUA_SIGN_PFX       path of a .pfx file, with MOTCUA_SIGN_PASSWORD its password, or
#   MOTCUA_SIGN_SHA1      the thumbprint of a certificate in the user's or machine's certificate store
#   MOTCUA_SIGN_TIMESTAMP RFC 3161 time-stamp server (default http://timestamp.digicert.com)
# Without either, the build says that it is not signing (Windows SmartScreen then warns the user
# about an unknown publisher).
param([switch]$NoInstaller, [switch]$Fresh, [string]$Python)

$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$PythonVersion = "3.11"
$PyInstallerPin = "pyinstaller>=6.10,<7"

# -- the build venv: Python 3.11, refreshed when the requirements change -----------------------------
$venv = "build\venv"
$venvPython = "$venv\Scripts\python.exe"
$stampFile = "$venv\motcua-build.txt"
$sha = [Security.Cryptography.SHA256]::Create()
$requirements = [byte[]]([IO.File]::ReadAllBytes((Resolve-Path "pyproject.toml").Path) +
    [Text.Encoding]::UTF8.GetBytes("`n$PyInstallerPin`n$PythonVersion"))
$stamp = -join ($sha.ComputeHash($requirements) | ForEach-Object { $_.ToString("x2") })
$reason = $null
if ($Fresh) { $reason = "-Fresh" }
elseif (-not (Test-Path $venvPython)) { $reason = "no build venv yet" }
else {
    $has = (& $venvPython -c "import sys; print('%d.%d' % sys.version_info[:2])" | Out-String).Trim()
    if ($has -ne $PythonVersion) { $reason = "the build venv is Python $has, not $PythonVersion" }
    elseif (-not (Test-Path $stampFile) -or (Get-Content $stampFile -Raw).Trim() -ne $stamp) {
        $reason = "the requirements changed (pyproject.toml or the PyInstaller pin)"
    }
}
if ($reason) {
    Write-Host "Making the build venv ($reason)..."
    if (Test-Path $venv) { Remove-Item -Recurse -Force $venv }
    if ($Python) { & $Python -m venv $venv } else { py "-$PythonVersion" -m venv $venv }
    if ($LASTEXITCODE -ne 0) { throw "py -$PythonVersion -m venv failed: install Python $PythonVersion from python.org (with the py launcher)" }
    $has = (& $venvPython -c "import sys; print('%d.%d' % sys.version_info[:2])" | Out-String).Trim()
    if ($has -ne $PythonVersion) { throw "the build venv is Python $has, not $PythonVersion ($Python)" }
    & $venvPython -m pip install -q --disable-pip-version-check --upgrade pip
    if ($LASTEXITCODE -ne 0) { throw "pip install --upgrade pip failed" }
    & $venvPython -m pip install -q --disable-pip-version-check -e . $PyInstallerPin
    if ($LASTEXITCODE -ne 0) { throw "pip install -e . $PyInstallerPin failed" }
    Set-Content -Path $stampFile -Value $stamp -Encoding ascii
} else {
    Write-Host "Build venv up to date ($venv, Python $PythonVersion)"
}

# The version: core\__init__.py's __version__ (pyproject.toml reads it; motcua --version prints it).
$versions = (& $venvPython installer\winversion.py | Out-String).Trim() -split '\s+'
if ($LASTEXITCODE -ne 0) { throw "installer\winversion.py failed" }
$version, $numericVersion = $versions[0], $versions[1]

# -- signing ---------------------------------------------------------------------------------------
$signArgs = $null
$timestamp = if ($env:MOTCUA_SIGN_TIMESTAMP) { $env:MOTCUA_SIGN_TIMESTAMP } else { "http://timestamp.digicert.com" }
if ($env:MOTCUA_SIGN_PFX) {
    if (-not (Test-Path $env:MOTCUA_SIGN_PFX)) { throw "MOTCUA_SIGN_PFX: no such file: $env:MOTCUA_SIGN_PFX" }
    $signArgs = @("sign", "/fd", "sha256", "/tr", $timestamp, "/td", "sha256", "/f", $env:MOTCUA_SIGN_PFX)
    if ($env:MOTCUA_SIGN_PASSWORD) { $signArgs += @("/p", $env:MOTCUA_SIGN_PASSWORD) }
} elseif ($env:MOTCUA_SIGN_SHA1) {
    $signArgs = @("sign", "/fd", "sha256", "/tr", $timestamp, "/td", "sha256", "/sha1", $env:MOTCUA_SIGN_SHA1)
}
$signtool = $null
if ($signArgs) {
    $signtool = (Get-Command signtool.exe -ErrorAction SilentlyContinue).Source
    if (-not $signtool) {
        $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin" -Recurse -Filter signtool.exe -ErrorAction SilentlyContinue |
            Where-Object { $_.FullName -match '\\x64\\' } | Sort-Object FullName -Descending |
            Select-Object -First 1 -ExpandProperty FullName
    }
    if (-not $signtool) { throw "a certificate is configured (MOTCUA_SIGN_*) but signtool.exe was not found: install the Windows SDK" }
    Write-Host "Signing with $signtool"
} else {
    Write-Host "NOT SIGNING: no certificate configured (set MOTCUA_SIGN_PFX or MOTCUA_SIGN_SHA1); Windows will warn about an unknown publisher"
}

function Invoke-Sign([string[]]$Files) {
    if (-not $signtool) { return }
    & $signtool @signArgs @Files
    if ($LASTEXITCODE -ne 0) { throw "signtool failed on $($Files -join ', ')" }
}

# -- the bundle --------------------------------------------------------------------------------------
$watch = [Diagnostics.Stopwatch]::StartNew()
& $venvPython -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller installer\motcua.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
Write-Host ("Bundle built in {0:N0} s" -f $watch.Elapsed.TotalSeconds)

$frozen = (& dist\motcua\motcua.exe --version | Out-String).Trim() -replace '^motcua\s+', ''
if ($LASTEXITCODE -ne 0 -or -not $frozen) { throw "the frozen motcua.exe does not start" }
if ($frozen -ne $version) { throw "motcua --version says $frozen but core\__init__.py says $version" }
foreach ($exe in "motcua.exe", "motcua-gui.exe") {
    $info = (Get-Item "dist\motcua\$exe").VersionInfo
    if ($info.ProductVersion -ne $version -or $info.FileVersion -ne $version) {
        throw "$exe has no version resource of $version (product version: '$($info.ProductVersion)')"
    }
}
Invoke-Sign @("dist\motcua\motcua.exe", "dist\motcua\motcua-gui.exe")
$bytes = (Get-ChildItem dist\motcua -Recurse -File | Measure-Object Length -Sum).Sum
Write-Host ("motcua {0} (Windows version {1}): dist\motcua\ {2:N0} MB" -f $version, $numericVersion, ($bytes / 1MB))

if ($NoInstaller) { exit 0 }

# -- the installer -----------------------------------------------------------------------------------
$iscc = $env:MOTCUA_ISCC
if (-not $iscc) { $iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source }
if (-not $iscc) {
    $iscc = @(
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    ) | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
}
if (-not $iscc) { throw "ISCC.exe (Inno Setup 6.3 or newer) not found: install it, or run with -NoInstaller" }
$innoVersion = (Get-Item $iscc).VersionInfo.ProductVersion
if ($innoVersion -and [version]($innoVersion -replace '[^0-9.].*$', '') -lt [version]"6.3") {
    throw "Inno Setup $innoVersion is too old: motcua.iss needs 6.3 or newer ($iscc)"
}
$isccArgs = @("/Q", "/DAppVersion=$version")
if ($signtool) {
    # Inno Setup runs this for the setup and the uninstaller ($f: the file; $q: a double quote)
    $command = (@($signtool) + $signArgs | ForEach-Object { '$q' + $_ + '$q' }) -join ' '
    $isccArgs += @("/DSign", "/Smotcua=$command `$q`$f`$q")
}
& $iscc @isccArgs installer\motcua.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Get-Item "dist\MotCua-Setup-$version.exe" | ForEach-Object {
    Write-Host ("{0}: {1:N0} MB" -f $_.FullName, ($_.Length / 1MB))
}
