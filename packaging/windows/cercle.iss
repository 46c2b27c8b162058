; Inno Setup script for Cercle on Windows. Build dist\cercle on Windows first (make package or
; pyinstaller packaging\cercle.spec), then compile this script with Inno Setup 6.
; It cannot be built on the Linux machines of the project: it is kept short and checked by hand.
#define AppVersion "0.1.0"

[Setup]
AppId={{6B0E9C4E-4C1B-4F4B-9C39-0C3A1E2D5F10}
AppName=Cercle
AppVersion={#AppVersion}
AppPublisher=Cercle
DefaultDirName={autopf}\Cercle
DefaultGroupName=Cercle
PrivilegesRequired=lowest
OutputBaseFilename=cercle-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.DesktopIcon=Créer une icône sur le bureau
en.DesktopIcon=Create a desktop icon
fr.LaunchCercle=Lancer Cercle
en.LaunchCercle=Start Cercle

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "..\..\dist\cercle\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Cercle"; Filename: "{app}\cercle.exe"
Name: "{autodesktop}\Cercle"; Filename: "{app}\cercle.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\cercle.exe"; Description: "{cm:LaunchCercle}"; Flags: nowait postinstall skipifsilent
