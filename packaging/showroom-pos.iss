; Inno Setup script for the Windows installer of Showroom POS.
; Build the one-folder bundle on Windows first (see packaging/README.md), then:
;   iscc /DAppVersion=0.1.0 packaging\showroom-pos.iss
; (on Linux: packaging/build_installer.sh compiles it with ISCC under wine). The Indonesian
; messages are this project's own translation, beside this script: Inno Setup ships none.
; The data folder (%LOCALAPPDATA%\Dekranasda Kota Pekalongan\showroom-pos: database, backups,
; print queue) is never touched by the installer or the uninstaller.

#define AppName "Showroom POS"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Publisher "Dekranasda Kota Pekalongan"

[Setup]
AppId={{6C7E9B52-5D0B-4C43-9B2A-4F1D0E7A3B11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#Publisher}
DefaultDirName={autopf}\Showroom POS
DefaultGroupName={#AppName}
OutputDir=..\build\installer
OutputBaseFilename=showroom-pos-{#AppVersion}-setup
SetupIconFile=..\resources\icons\showroom-pos.ico
UninstallDisplayIcon={app}\showroom-pos-app.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "indonesian"; MessagesFile: "Indonesian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\build\dist\showroom-pos\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\showroom-pos-app.exe"
Name: "{group}\{#AppName} (demo)"; Filename: "{app}\showroom-pos-app.exe"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\showroom-pos-app.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\showroom-pos-app.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
