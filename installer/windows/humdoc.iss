; Inno Setup 6 script for humdoc on Windows (x64).
; Build the PyInstaller folder first (see README.md here), then from the repository root:
;     iscc /DAppVersion=0.1.0 installer\windows\humdoc.iss
; Output: dist\humdoc-<version>-setup.exe

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer\windows\humdoc.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\humdoc"
#endif

[Setup]
; A fixed AppId ties upgrades and uninstalls to this product; never change it.
AppId={{6F1D2B7E-5C3A-4E8B-9D2F-1A7C4E9B3D50}
AppName=humdoc
AppVersion={#AppVersion}
AppPublisher=The humdoc developers
AppComments=Offline-first, encrypted documentation of human rights testimonies and evidence
DefaultDirName={autopf}\humdoc
DefaultGroupName=humdoc
DisableProgramGroupPage=yes
; Per-user install needs no administrator rights: important on borrowed or managed laptops.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=humdoc-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
SetupIconFile=..\..\build\icons\humdoc.ico
UninstallDisplayIcon={app}\humdoc-gui.exe
; Adds {app} to PATH for the command line only when the user ticks the task below.
ChangesEnvironment=yes
; No update checks, no telemetry, nothing fetched at install time.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the humdoc command to PATH (for the command line)"; Flags: unchecked

[Files]
; The whole PyInstaller onedir: humdoc.exe (console), humdoc-gui.exe (windowed), _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; Shortcuts start the windowed executable, so no console window opens beside the application.
Name: "{autoprograms}\humdoc"; Filename: "{app}\humdoc-gui.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\humdoc"; Filename: "{app}\humdoc-gui.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\humdoc-gui.exe"; Description: "{cm:LaunchProgram,humdoc}"; Flags: nowait postinstall skipifsilent

; Vaults live in the user's data folder (%LOCALAPPDATA%\humdoc) and are never removed by the
; uninstaller: removing the program must not destroy evidence.

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
