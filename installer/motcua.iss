; Inno Setup 6 script of Một Cửa: installs the one-folder bundle dist\motcua\ (built by
; installer\build.ps1, which also compiles this script: iscc /DAppVersion=X.Y.Z installer\motcua.iss).
;
; Where things go:
;   the program      {autopf}\MotCua  (C:\Program Files\MotCua; per-user install: %LOCALAPPDATA%\Programs\MotCua)
;   the office data  %LOCALAPPDATA%\motcua (the database, key file, backups): chosen by the program
;                    itself (core.storage.default_data_dir), never by this installer. Nothing here
;                    creates, replaces or deletes it: an upgrade keeps it, an uninstall leaves it.
; An upgrade (same AppId) installs over the previous version; the new program brings its database up
; to date (Alembic migrations, after a safety copy) the first time it opens it.
; This file is UTF-8 with a byte-order mark (Inno Setup needs it for the Vietnamese text).

#define AppName "Một Cửa"
#define AppExe "motcua-gui.exe"
#ifndef AppVersion
  #define AppVersion "0.0.0"
  #pragma message "AppVersion not given (iscc /DAppVersion=X.Y.Z): using 0.0.0"
#endif

[Setup]
; The AppId identifies the product across versions: never change it (an upgrade finds the previous
; installation by it).
AppId={{4628328C-6549-4F4C-B9F1-89EFAF9D3C34}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Một Cửa
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\MotCua
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; Installing for all users needs an administrator; the dialog lets a clerk without one install for
; themselves ({autopf} is then their own Programs folder).
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; A running Một Cửa is asked to close before its files are replaced.
CloseApplications=yes
RestartApplications=no
SetupIconFile=..\resources\icons\motcua.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=MotCua-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; English is built into every Inno Setup. Vietnamese is one of Inno's unofficial translations:
; it is used when Vietnamese.isl is found beside this script or in Inno's Languages folder (download
; it from https://jrsoftware.org/files/istrans/), and the installer is English-only otherwise.
Name: "english"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
  #define Vietnamese AddBackslash(SourcePath) + "Vietnamese.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
  #define Vietnamese "compiler:Languages\Vietnamese.isl"
#endif
#ifdef Vietnamese
Name: "vietnamese"; MessagesFile: "{#Vietnamese}"
#else
  #pragma message "Vietnamese.isl not found: the installer will be in English only"
#endif

[CustomMessages]
english.StartMenuComment=Receive and return the results of administrative procedures
english.KeepsData=Your office data (%1) is kept: delete that folder yourself only if you no longer need it.
#ifdef Vietnamese
vietnamese.StartMenuComment=Tiếp nhận và trả kết quả thủ tục hành chính
vietnamese.KeepsData=Dữ liệu của cơ quan (%1) được giữ nguyên: chỉ tự xoá thư mục đó khi không còn cần đến.
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole program folder's bundle, so no file of the previous version stays
; next to the new one. Only {app}: the data folder is elsewhere and untouched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\motcua\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:StartMenuComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:StartMenuComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Anything left in the bundle's folder that the uninstaller did not install itself.
; Only {app}: the office data is never deleted by an uninstall.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('KeepsData'), [ExpandConstant('{localappdata}\motcua')]),
      mbInformation, MB_OK);
end;
