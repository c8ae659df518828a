; Inno Setup script of Một Cửa (needs Inno Setup 6.3 or newer: "x64compatible"): installs the
; one-folder bundle dist\motcua\ (built by installer\build.ps1, which also compiles this script:
; iscc /DAppVersion=X.Y.Z installer\motcua.iss).
;
; Where things go:
;   the program      {autopf}\MotCua  (C:\Program Files\MotCua; per-user install: %LOCALAPPDATA%\Programs\MotCua)
;   the office data  %LOCALAPPDATA%\motcua of each Windows user (the database, key file, backups): chosen
;                    by the program itself (core.storage.default_data_dir), never by this installer.
;                    Nothing here creates, replaces or deletes it: an upgrade keeps it, an uninstall leaves it.
; An upgrade (same AppId) installs over the previous version; the new program brings its database up
; to date (Alembic migrations, after a safety copy) the first time it opens it.
; This file is UTF-8 with a byte-order mark (Inno Setup needs it for the Vietnamese text).
;
; Defines (iscc /DNAME=VALUE):
;   AppVersion   the program's version as Python writes it (PEP 440: 0.2.0, 0.2.0rc1, 0.2.0.post1);
;                Windows' numeric version (x.y.z.w) is derived from it below
;   BundleDir    the bundle to install (default ..\dist\motcua, relative to this script)
;   DefaultDir   the program folder (default {autopf}\MotCua). Only the tests change it: Wine 8 has
;                no per-user Program Files folder ({autopf} of a non-administrative install)

#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed (ArchitecturesAllowed=x64compatible)
#endif

#define AppName "Một Cửa"
#define AppExe "motcua-gui.exe"
#ifndef AppVersion
  #define AppVersion "0.0.0"
  #pragma message "AppVersion not given (iscc /DAppVersion=X.Y.Z): using 0.0.0"
#endif
#ifndef DefaultDir
  #define DefaultDir "{autopf}\MotCua"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\motcua"
#endif

; Windows wants a numeric version of up to four numbers (VersionInfoVersion); a PEP 440 version may
; carry more ("0.2.0rc1", "1!2.0", "0.2.0.dev3"). NumericVersion is its release part, the numbers
; from the start up to the first other character (at most four of them), padded with zeros to
; four: 0.2.0rc1 -> 0.2.0.0, 1.2 -> 1.2.0.0. The exact version stays in the text versions
; (AppVersion, VersionInfoTextVersion, the uninstall entry). installer/winversion.py does the same
; for the version resource of the executables.
#define NumericVersion ""
#define Dots 0
#define Position 1
#define Done 0
#sub TakeVersionCharacter
  #define public Character Copy(AppVersion, Position, 1)
  #if Pos(Character, "0123456789") > 0
    #expr NumericVersion = NumericVersion + Character
  #elif Character == "." && Dots < 3 && Len(NumericVersion) > 0 && Pos(Copy(AppVersion, Position + 1, 1), "0123456789") > 0
    #expr Dots = Dots + 1
    #expr NumericVersion = NumericVersion + Character
  #else
    #expr Done = 1
  #endif
#endsub
#for {Position = 1; Position <= Len(AppVersion) && Done == 0; Position++} TakeVersionCharacter
#if NumericVersion == ""
  #error AppVersion must start with a number (PEP 440), e.g. 0.2.0 or 0.2.0rc1
#endif
#for {Dots = Dots; Dots < 3; Dots++} NumericVersion = NumericVersion + ".0"

[Setup]
; The AppId identifies the product across versions: never change it (an upgrade finds the previous
; installation by it).
AppId={{4628328C-6549-4F4C-B9F1-89EFAF9D3C34}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Một Cửa
VersionInfoVersion={#NumericVersion}
VersionInfoTextVersion={#AppVersion}
VersionInfoProductVersion={#NumericVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} Setup
DefaultDirName={#DefaultDir}
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
; While Một Cửa runs it holds the named mutex MotCuaAppMutex (and Global\MotCuaAppMutex, seen from
; every session of the PC): Setup and the uninstaller then ask to close it first (a silent Setup
; stops). A copy the mutex check misses is closed through Windows' Restart Manager.
AppMutex=MotCuaAppMutex,Global\MotCuaAppMutex
#ifdef Sign
; build.ps1 defines Sign and the sign tool "motcua" (iscc /Smotcua=...) when a certificate is set:
; the setup and its uninstaller are then signed with signtool.
SignTool=motcua
SignedUninstaller=yes
#endif
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
english.KeepsData=Your office data (%1) is kept: delete it yourself only if you no longer need it.
english.EveryUsersData=the folder %LOCALAPPDATA%\motcua of each Windows user who used Một Cửa on this PC
english.FoundHere=Found on this PC:
#ifdef Vietnamese
vietnamese.StartMenuComment=Tiếp nhận và trả kết quả thủ tục hành chính
vietnamese.KeepsData=Dữ liệu của cơ quan (%1) được giữ nguyên: chỉ tự xoá khi không còn cần đến.
vietnamese.EveryUsersData=thư mục %LOCALAPPDATA%\motcua của từng người dùng Windows đã dùng Một Cửa trên máy này
vietnamese.FoundHere=Có trên máy này:
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole program folder's bundle, so no file of the previous version stays
; next to the new one. Only {app}: the data folder is elsewhere and untouched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

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
(* The folder the office data is in, for the uninstall message. The program keeps it per Windows user
  (%LOCALAPPDATA%\motcua). A per-user install is removed by that user: their folder. An administrative
  install served every user of the PC, and its uninstaller runs as an administrator (often another
  account than the clerks'), so {localappdata} would name the administrator's own folder: the message
  says "each user's %LOCALAPPDATA%\motcua" and lists the ones found under the profiles folder. *)
function ProfilesFolder(): String;
begin
  if not RegQueryStringValue(HKLM, 'SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList',
      'ProfilesDirectory', Result) then
    Result := ExpandConstant('{%SystemDrive|C:}\Users');
  StringChangeEx(Result, '%SystemDrive%', ExpandConstant('{%SystemDrive|C:}'), True);
end;

function FoundDataFolders(): String;
var
  Profiles, Folder: String;
  Found: TFindRec;
begin
  Result := '';
  Profiles := ProfilesFolder();
  if FindFirst(AddBackslash(Profiles) + '*', Found) then
  try
    repeat
      Folder := AddBackslash(Profiles) + Found.Name + '\AppData\Local\motcua';
      if (Found.Name <> '.') and (Found.Name <> '..') and DirExists(Folder) then
        Result := Result + #13#10 + '  ' + Folder;
    until not FindNext(Found);
  finally
    FindClose(Found);
  end;
end;

function DataMessage(): String;
var
  Found: String;
begin
  if IsAdminInstallMode then begin
    Result := FmtMessage(CustomMessage('KeepsData'), [CustomMessage('EveryUsersData')]);
    Found := FoundDataFolders();
    if Found <> '' then
      Result := Result + #13#10#13#10 + CustomMessage('FoundHere') + Found;
  end else
    Result := FmtMessage(CustomMessage('KeepsData'), [ExpandConstant('{localappdata}\motcua')]);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Message: String;
begin
  if CurUninstallStep = usPostUninstall then begin
    Message := DataMessage();
    Log(Message);
    if not UninstallSilent then
      MsgBox(Message, mbInformation, MB_OK);
  end;
end;
