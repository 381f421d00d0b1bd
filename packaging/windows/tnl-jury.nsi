; tnl-jury's Windows installer (NSIS 3, Modern UI 2), in French and English.
;
;   makensis -DVERSION=0.1.0 -DPAYLOAD=dist\tnl-jury -DLISTS=build\nsis -DICON=...\tnl-jury.ico
;            [-DOUTFILE=dist\tnl-jury-0.1.0-setup.exe] packaging\windows\tnl-jury.nsi
;
; PAYLOAD is the frozen folder (PyInstaller, packaging/tnl-jury.spec); LISTS the folder where
; packaging/windows/nsis-lists.py wrote uninstall-files.nsh and version.nsh for that payload;
; ICON the .ico made by packaging/make-icons.py.
;
; This file starts with a UTF-8 byte-order mark: makensis on Windows reads a script without one
; in the ANSI code page, and the French strings would come out as "dÃ©libÃ©ration". The
; generated includes are read as UTF-8 explicitly (/CHARSET=UTF8).
;
; - Per user, without administrator rights: $LOCALAPPDATA\Programs\tnl-jury, the Start menu of
;   the user, the .tnlj association and the "Apps" entry under HKEY_CURRENT_USER.
; - Installing over an earlier version first runs its uninstaller (which keeps user files).
; - The uninstaller deletes the files the installer copied, one by one, and folders only when
;   they are empty (never RMDir /r): jury files, their backups and anything else a user saved
;   there stay. The app's own settings (recent files, language) stay too.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
SetCompressorDictSize 64  ; MB: the whole payload in one window (setup 25 % smaller)

!ifndef VERSION
  !error "define VERSION, e.g. -DVERSION=0.1.0"
!endif
!ifndef PAYLOAD
  !error "define PAYLOAD, the frozen folder (dist\tnl-jury)"
!endif
!ifndef LISTS
  !error "define LISTS, the folder of uninstall-files.nsh (packaging/windows/nsis-lists.py)"
!endif
!ifndef ICON
  !error "define ICON, the .ico made by packaging/make-icons.py"
!endif
!ifndef OUTFILE
  !define OUTFILE "tnl-jury-${VERSION}-setup.exe"
!endif

!define APP "tnl-jury"
!define EXE "tnl-jury.exe"
!define PROGID "tnl-jury.JuryFile"
!define CLASSES "Software\Classes"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\tnl-jury"

Name "${APP}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

; VI_VERSION: four numbers, as Windows' version resource needs them (0.2.0rc1 gives 0.2.0.0).
!include /CHARSET=UTF8 "${LISTS}\version.nsh"
VIProductVersion "${VI_VERSION}"
VIFileVersion "${VI_VERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "AGPL-3.0-or-later"

!include "MUI2.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_UNPAGE_FINISH

; French first: the language of a system that is neither French nor English (the app does
; the same: French is its default); an English Windows gets the English pages.
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

LangString FileTypeName ${LANG_ENGLISH} "tnl-jury jury file"
LangString FileTypeName ${LANG_FRENCH} "Fichier de jury tnl-jury"
LangString ShortcutComment ${LANG_ENGLISH} "Score the dossiers and carry the jury's deliberation"
LangString ShortcutComment ${LANG_FRENCH} "Noter les dossiers et mener la délibération du jury"
LangString OldVersionFailed ${LANG_ENGLISH} "The version already installed could not be removed. Close tnl-jury and try again."
LangString OldVersionFailed ${LANG_FRENCH} "La version déjà installée n'a pas pu être retirée. Fermez tnl-jury et réessayez."
LangString KeptFiles ${LANG_ENGLISH} "Some files that tnl-jury did not install were kept in $INSTDIR."
LangString KeptFiles ${LANG_FRENCH} "Des fichiers que tnl-jury n'a pas installés ont été gardés dans $INSTDIR."

Section "tnl-jury" SecMain
  SectionIn RO

  ; An earlier version: its own uninstaller removes its files (and keeps the user's).
  IfFileExists "$INSTDIR\uninstall.exe" 0 fresh
    ClearErrors
    ExecWait '"$INSTDIR\uninstall.exe" /S _?=$INSTDIR' $0
    IfErrors old_failed
    StrCmp $0 "0" 0 old_failed
    Delete "$INSTDIR\uninstall.exe"
    Goto fresh
  old_failed:
    MessageBox MB_ICONSTOP|MB_OK "$(OldVersionFailed)" /SD IDOK
    Abort
  fresh:

  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Start menu (the user's own).
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutComment)"

  ; .tnlj files open in tnl-jury (HKCU\Software\Classes: no administrator rights needed).
  WriteRegStr HKCU "${CLASSES}\.tnlj" "" "${PROGID}"
  WriteRegStr HKCU "${CLASSES}\.tnlj" "Content Type" "application/x-tnl-jury"
  WriteRegStr HKCU "${CLASSES}\.tnlj\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "${CLASSES}\${PROGID}" "" "$(FileTypeName)"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" gui "%1"'
  WriteRegStr HKCU "${CLASSES}\Applications\${EXE}\SupportedTypes" ".tnlj" ""
  WriteRegStr HKCU "${CLASSES}\Applications\${EXE}\shell\open\command" "" '"$INSTDIR\${EXE}" gui "%1"'

  ; "Apps and features" (per user).
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "tnl-jury developers"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1

  ; Tell Explorer that file associations changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  ; Exactly the files the installer copied, then their folders when empty.
  !include /CHARSET=UTF8 "${LISTS}\uninstall-files.nsh"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  IfFileExists "$INSTDIR\*.*" 0 +2
    DetailPrint "$(KeptFiles)"

  Delete "$SMPROGRAMS\${APP}.lnk"

  ; The association, only where it is still ours: another program that took .tnlj over keeps
  ; its default and its Content Type.
  ReadRegStr $0 HKCU "${CLASSES}\.tnlj" ""
  StrCmp $0 "${PROGID}" 0 association_done
    DeleteRegValue HKCU "${CLASSES}\.tnlj" ""
    ReadRegStr $1 HKCU "${CLASSES}\.tnlj" "Content Type"
    StrCmp $1 "application/x-tnl-jury" 0 association_done
      DeleteRegValue HKCU "${CLASSES}\.tnlj" "Content Type"
  association_done:
  DeleteRegValue HKCU "${CLASSES}\.tnlj\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "${CLASSES}\.tnlj\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "${CLASSES}\.tnlj"
  DeleteRegKey HKCU "${CLASSES}\${PROGID}"
  DeleteRegKey HKCU "${CLASSES}\Applications\${EXE}"
  DeleteRegKey HKCU "${UNINST_KEY}"

  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
