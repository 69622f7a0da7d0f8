; Guardian's Windows installer (NSIS 3, Modern UI 2). installer/README.md, "Windows installer",
; says what it does and how to build it; guardian/packaging/nsis.py runs it:
;
;   makensis -DPAYLOAD=dist\guardian -DVERSION=0.1.0 -DOUTFILE=dist\guardian-setup-0.1.0.exe
;            [-DPROFILE=school.zip] [-DSCHOOL_NAME="..."] [-DNSIS_COMPRESS=zlib] guardian.nsi
;
; PAYLOAD is the PyInstaller one-folder bundle (guardian.exe and _internal\), copied whole to
; $PROGRAMFILES64\Guardian. PROFILE, a school pack, becomes $INSTDIR\school.zip, which Guardian
; reads beside its program. NSIS_COMPRESS (zlib) makes quick builds for the tests; a release is
; solid LZMA. Every text people read is a LangString in Chinese and English below.
;
; At install time (as an administrator): an earlier Guardian's tasks are stopped, the files are
; copied, a /PROFILE=path given on the command line is checked (`guardian school check`) and
; copied, %ProgramData%\Guardian is closed to everyone but SYSTEM and Administrators, and the
; service and agent tasks are registered from the XML files beside this script, with the real
; install folder written into them (the templates say "%ProgramFiles%\Guardian").

Unicode true
ManifestDPIAware true
RequestExecutionLevel admin

!ifndef PAYLOAD | VERSION | OUTFILE
  !error "Give -DPAYLOAD=<bundle folder> -DVERSION=<x.y.z> -DOUTFILE=<setup .exe to write>"
!endif
!if ! /FileExists "${PAYLOAD}\guardian.exe"
  !error "${PAYLOAD}: no guardian.exe in this folder; give the bundle folder PyInstaller makes (dist\guardian)"
!endif
!ifdef PROFILE
  !if ! /FileExists "${PROFILE}"
    !error "${PROFILE}: no such school profile"
  !endif
!endif

!ifdef NSIS_COMPRESS
  SetCompressor /SOLID ${NSIS_COMPRESS}
!else
  ; A Qt bundle of about 120 MB packs into about 40 MB this way; a 64 MB dictionary lets LZMA
  ; find the repeats across the DLLs (and needs only 64 MB to unpack).
  SetCompressor /SOLID lzma
  SetCompressorDictSize 64
!endif

!ifndef VERSION_WIN
  ; Windows wants four numbers in a file's version: 0.1.0 -> 0.1.0.0
  !searchparse /noerrors "${VERSION}" "" V_MAJOR "." V_MINOR "." V_PATCH
  !define VERSION_WIN "${V_MAJOR}.${V_MINOR}.${V_PATCH}.0"
!endif

; guardian.exe is a console program (so that `guardian doctor` prints in cmd.exe). A bundle that
; also has guardianw.exe, the same program without a console, gets it for what runs on a desktop:
; the agent's task and the Start menu, so that no console window shows there.
!if /FileExists "${PAYLOAD}\guardianw.exe"
  !define DESKTOP_PROGRAM "guardianw.exe"
!else
  !define DESKTOP_PROGRAM "guardian.exe"
!endif

!define PRODUCT "Guardian"
!define PUBLISHER "The Guardian team"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Guardian"
!define SETTINGS_KEY "Software\Guardian"
!define TASK_SERVICE "\Guardian\Guardian Service"
!define TASK_AGENT "\Guardian\Guardian Agent"
; What the task templates say; the installer writes the real folder in its place.
!define TEMPLATE_DIR "%ProgramFiles%\Guardian"
; Well-known SIDs, so that the commands work whatever the language of Windows.
!define SID_SYSTEM "*S-1-5-18"
!define SID_ADMINS "*S-1-5-32-544"
!define SETUP_LOG "$TEMP\guardian-setup.log"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Guardian"
BrandingText "${PRODUCT} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

VIProductVersion "${VERSION_WIN}"
VIFileVersion "${VERSION_WIN}"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${PRODUCT} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include WordFunc.nsh
!include x64.nsh
!include WinVer.nsh

Var Upgrade        ; 1 when Guardian was already in $INSTDIR
Var ProfileArg     ; the school pack named by /PROFILE=, "" when none
Var DataNote       ; the uninstaller's last word about the family's data

; ---------------------------------------------------------------------------------------------
; Pages

!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
; The language dialog speaks both languages: nothing is chosen yet.
!define MUI_LANGDLL_WINDOWTITLE "Guardian"
!define MUI_LANGDLL_INFO "请选择安装语言。$\r$\nPlease select a language."
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Installer Language"

!define MUI_WELCOMEPAGE_TEXT "$(WelcomeText)"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$(FinishText)"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${DESKTOP_PROGRAM}"
!define MUI_FINISHPAGE_RUN_PARAMETERS "setup"
!define MUI_FINISHPAGE_RUN_TEXT "$(FinishRunSetup)"
!define MUI_PAGE_CUSTOMFUNCTION_SHOW FinishShow
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_COMPONENTSPAGE_TEXT_TOP "$(UnComponentsTop)"
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$(UnFinishText)"
!insertmacro MUI_UNPAGE_FINISH

; The first language is the one used when Windows speaks neither.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

!include /CHARSET=UTF8 "${__FILEDIR__}\strings.nsh"

; ---------------------------------------------------------------------------------------------
; Shared by the installer and the uninstaller

; A line in the details and in %TEMP%\guardian-setup.log (UTF-16), which an IT person can read
; after a silent install.
!macro LOG_FUNCTION un
Function ${un}Log
  Exch $R9
  Push $R8
  DetailPrint "$R9"
  ClearErrors
  ${If} ${FileExists} "${SETUP_LOG}"
    FileOpen $R8 "${SETUP_LOG}" a
    FileSeek $R8 0 END
  ${Else}
    FileOpen $R8 "${SETUP_LOG}" w
    FileWriteWord $R8 0xFEFF
  ${EndIf}
  ${IfNot} ${Errors}
    FileWriteUTF16LE $R8 "$R9$\r$\n"
    FileClose $R8
  ${EndIf}
  Pop $R8
  Pop $R9
FunctionEnd
!macroend
!insertmacro LOG_FUNCTION ""
!insertmacro LOG_FUNCTION "un."
!define Log "!insertmacro LOG_CALL"
!macro LOG_CALL text
  Push "${text}"
  !ifdef __UNINSTALL__
    Call un.Log
  !else
    Call Log
  !endif
!macroend

; Run a program without a console window; its output goes to the details.
!macro RUN_LOGGED command
  nsExec::ExecToLog '${command}'
!macroend

; Stop every Guardian: the tasks first (disabled, so that their one-minute repetition does not
; start them again while the files change), then what is left of the processes.
!macro STOP_FUNCTION un
Function ${un}StopGuardian
  ${Log} "$(Stopping)"
  !insertmacro RUN_LOGGED '"$SYSDIR\schtasks.exe" /Change /TN "${TASK_SERVICE}" /DISABLE'
  Pop $0
  !insertmacro RUN_LOGGED '"$SYSDIR\schtasks.exe" /Change /TN "${TASK_AGENT}" /DISABLE'
  Pop $0
  !insertmacro RUN_LOGGED '"$SYSDIR\schtasks.exe" /End /TN "${TASK_SERVICE}"'
  Pop $0
  !insertmacro RUN_LOGGED '"$SYSDIR\schtasks.exe" /End /TN "${TASK_AGENT}"'
  Pop $0
  ; Agents in every session, a dashboard left open: all of them use the files.
  !insertmacro RUN_LOGGED '"$SYSDIR\taskkill.exe" /F /T /IM guardian.exe'
  Pop $0
  !insertmacro RUN_LOGGED '"$SYSDIR\taskkill.exe" /F /T /IM guardianw.exe'
  Pop $0
  Sleep 1000  ; Windows lets go of a killed program's files a moment later
FunctionEnd
!macroend
!insertmacro STOP_FUNCTION ""
!insertmacro STOP_FUNCTION "un."

; ---------------------------------------------------------------------------------------------
; Installer

Function .onInit
  SetShellVarContext all
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
  !insertmacro MUI_LANGDLL_DISPLAY
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(NeedsX64)" /SD IDOK
    SetErrorLevel 1
    Quit
  ${EndIf}
  ${IfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "$(NeedsWindows10)" /SD IDOK
    SetErrorLevel 1
    Quit
  ${EndIf}
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 != "admin"
    MessageBox MB_OK|MB_ICONSTOP "$(NeedsAdmin)" /SD IDOK
    SetErrorLevel 1
    Quit
  ${EndIf}

  ; An upgrade goes where Guardian already is.
  ReadRegStr $0 HKLM "${UNINST_KEY}" "InstallLocation"
  ${If} $0 != ""
  ${AndIf} ${FileExists} "$0\guardian.exe"
    StrCpy $INSTDIR $0
  ${EndIf}

  ; /PROFILE=path: a school pack given by the school's IT, checked once Guardian is copied.
  StrCpy $ProfileArg ""
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PROFILE=" $R1
  ${IfNot} ${Errors}
    ; The full path, since guardian.exe runs elsewhere: relative to where setup was started.
    System::Call 'kernel32::GetFullPathNameW(w R1, i ${NSIS_MAX_STRLEN}, w .R2, p 0)'
    ${IfNot} ${FileExists} $R2
    ${AndIfNot} ${FileExists} "$EXEDIR\$R1"
      StrCpy $ProfileArg $R1
      MessageBox MB_OK|MB_ICONSTOP "$(ProfileMissing)" /SD IDOK
      ${Log} "$(ProfileMissing)"
      SetErrorLevel 2
      Quit
    ${ElseIfNot} ${FileExists} $R2
      StrCpy $R2 "$EXEDIR\$R1"
    ${EndIf}
    StrCpy $ProfileArg $R2
  ${EndIf}
FunctionEnd

Function FinishShow
  ; Someone who upgrades has set Guardian up already.
  ${If} $Upgrade == 1
    ${NSD_Uncheck} $mui.FinishPage.Run
  ${EndIf}
FunctionEnd

; Write a task's XML with the real install folder in it, in UTF-16 as the Task Scheduler writes
; its own. In: template path, output path (pushed in this order).
Function WriteTask
  Exch $R1  ; output
  Exch
  Exch $R0  ; template
  Push $R2
  Push $R3
  Push $R4
  Push $R5
  ; XML text: a folder name may hold "&".
  ${WordReplace} "$INSTDIR" "&" "&amp;" "+" $R5
  ClearErrors
  FileOpen $R2 $R0 r
  FileOpen $R3 $R1 w
  ${If} ${Errors}
    StrCpy $R0 "error"
  ${Else}
    FileWriteWord $R3 0xFEFF
    ${Do}
      ClearErrors
      FileRead $R2 $R4
      ${IfThen} ${Errors} ${|} ${ExitDo} ${|}
      StrCpy $R0 $R4 5
      ${If} $R0 == "<?xml"
        StrCpy $R4 '<?xml version="1.0" encoding="UTF-16"?>$\r$\n'
      ${Else}
        ${If} $R1 == "$INSTDIR\tasks\guardian-agent.xml"
          ${WordReplace} $R4 "${TEMPLATE_DIR}\guardian.exe" "$R5\${DESKTOP_PROGRAM}" "+" $R4
        ${EndIf}
        ${WordReplace} $R4 "${TEMPLATE_DIR}" $R5 "+" $R4
      ${EndIf}
      FileWriteUTF16LE $R3 $R4
    ${Loop}
    StrCpy $R0 "ok"
  ${EndIf}
  FileClose $R2
  FileClose $R3
  Pop $R5
  Pop $R4
  Pop $R3
  Pop $R2
  Pop $R1
  Exch $R0  ; "ok" or "error"
FunctionEnd

; Register one task from its written XML; stop the installation when the Task Scheduler refuses:
; without its tasks Guardian would not protect anyone.
!macro REGISTER_TASK name xml
  Push "$PLUGINSDIR\${xml}"
  Push "$INSTDIR\tasks\${xml}"
  Call WriteTask
  Pop $0
  ${If} $0 != "ok"
    StrCpy $1 "$INSTDIR\tasks\${xml}"
    MessageBox MB_OK|MB_ICONSTOP "$(CannotWrite)" /SD IDOK
    ${Log} "$(CannotWrite)"
    SetErrorLevel 1
    Abort
  ${EndIf}
  !insertmacro RUN_LOGGED '"$SYSDIR\schtasks.exe" /Create /TN "${name}" /XML "$INSTDIR\tasks\${xml}" /F'
  Pop $0
  ${If} $0 != 0
    StrCpy $1 "${name}"
    MessageBox MB_OK|MB_ICONSTOP "$(TaskFailed)" /SD IDOK
    ${Log} "$(TaskFailed)"
    SetErrorLevel 1
    Abort
  ${EndIf}
!macroend

; A shortcut that Windows opens with administrator rights: the Shell Link header's flags
; (offset 0x14, a 32-bit word) have SLDF_RUNAS_USER, 0x2000, in the byte at 0x15.
!macro RUN_AS_ADMINISTRATOR lnk
  ClearErrors
  FileOpen $0 "${lnk}" a
  ${IfNot} ${Errors}
    FileSeek $0 0x15 SET
    FileReadByte $0 $1
    IntOp $1 $1 | 0x20
    FileSeek $0 0x15 SET
    FileWriteByte $0 $1
    FileClose $0
  ${EndIf}
!macroend

Section "-Stop an earlier Guardian"
  StrCpy $Upgrade 0
  ${If} ${FileExists} "$INSTDIR\guardian.exe"
    StrCpy $Upgrade 1
    Call StopGuardian
  ${EndIf}
SectionEnd

Section "-Program"
  ${Log} "$(Copying)"
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*"
  !ifdef PROFILE
    File "/oname=$INSTDIR\school.zip" "${PROFILE}"
  !endif
  InitPluginsDir
  File "/oname=$PLUGINSDIR\guardian-service.xml" "${__FILEDIR__}\guardian-service.xml"
  File "/oname=$PLUGINSDIR\guardian-agent.xml" "${__FILEDIR__}\guardian-agent.xml"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\guardian.exe"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section "-School profile from the command line"
  ${If} $ProfileArg != ""
    ${Log} "$(ProfileChecking)"
    nsExec::ExecToStack '"$INSTDIR\guardian.exe" school check "$ProfileArg"'
    Pop $0  ; exit code, or "error" when it could not run
    Pop $1  ; what it said
    ${If} $0 != 0
      ${Log} "$1"
      MessageBox MB_OK|MB_ICONSTOP "$(ProfileBad)" /SD IDOK
      ${Log} "$(ProfileBad)"
      ${If} $Upgrade == 1
        ; The earlier Guardian goes on protecting the family with the files just copied.
        !insertmacro RUN_LOGGED '"$SYSDIR\schtasks.exe" /Change /TN "${TASK_SERVICE}" /ENABLE'
        Pop $0
        !insertmacro RUN_LOGGED '"$SYSDIR\schtasks.exe" /Change /TN "${TASK_AGENT}" /ENABLE'
        Pop $0
        !insertmacro RUN_LOGGED '"$SYSDIR\schtasks.exe" /Run /TN "${TASK_SERVICE}"'
        Pop $0
      ${EndIf}
      SetErrorLevel 2
      Abort
    ${EndIf}
    CopyFiles /SILENT "$ProfileArg" "$INSTDIR\school.zip"
  ${EndIf}
SectionEnd

Section "-The family's data"
  ; The service's data home: only SYSTEM and the administrators may open it (the dashboard asks
  ; for an administrator). Made here, not only by the service, so that it is closed from the
  ; start; its owner becomes the Administrators group, in case an account made it before.
  ${Log} "$(ClosingData)"
  CreateDirectory "$APPDATA\Guardian"
  !insertmacro RUN_LOGGED '"$SYSDIR\icacls.exe" "$APPDATA\Guardian" /setowner ${SID_ADMINS} /T /C /Q'
  Pop $0
  !insertmacro RUN_LOGGED '"$SYSDIR\icacls.exe" "$APPDATA\Guardian" /inheritance:r /grant:r ${SID_SYSTEM}:(OI)(CI)F ${SID_ADMINS}:(OI)(CI)F /Q'
  Pop $0
  ${If} $0 != 0
    StrCpy $1 "$APPDATA\Guardian"
    MessageBox MB_OK|MB_ICONSTOP "$(CannotClose)" /SD IDOK
    ${Log} "$(CannotClose)"
    SetErrorLevel 1
    Abort
  ${EndIf}
SectionEnd

Section "-Tasks"
  ${Log} "$(Registering)"
  CreateDirectory "$INSTDIR\tasks"
  !insertmacro REGISTER_TASK "${TASK_SERVICE}" "guardian-service.xml"
  !insertmacro REGISTER_TASK "${TASK_AGENT}" "guardian-agent.xml"
  !insertmacro RUN_LOGGED '"$SYSDIR\schtasks.exe" /Run /TN "${TASK_SERVICE}"'
  Pop $0
  ; Accounts signed in now get their agent at once where Windows runs the task for them, else
  ; at their next sign-in.
  !insertmacro RUN_LOGGED '"$SYSDIR\schtasks.exe" /Run /TN "${TASK_AGENT}"'
  Pop $0
SectionEnd

Section "-Start menu"
  RMDir /r "$SMPROGRAMS\Guardian"  ; an earlier install's, perhaps in the other language
  CreateDirectory "$SMPROGRAMS\Guardian"
  CreateShortCut "$SMPROGRAMS\Guardian\$(ShortcutDashboard).lnk" "$INSTDIR\${DESKTOP_PROGRAM}" "dashboard" "$INSTDIR\guardian.exe" 0
  !insertmacro RUN_AS_ADMINISTRATOR "$SMPROGRAMS\Guardian\$(ShortcutDashboard).lnk"
  CreateShortCut "$SMPROGRAMS\Guardian\$(ShortcutSetup).lnk" "$INSTDIR\${DESKTOP_PROGRAM}" "setup" "$INSTDIR\guardian.exe" 0
  !insertmacro RUN_AS_ADMINISTRATOR "$SMPROGRAMS\Guardian\$(ShortcutSetup).lnk"
  CreateShortCut "$SMPROGRAMS\Guardian\$(ShortcutUninstall).lnk" "$INSTDIR\uninstall.exe"
  ${Log} "$(Done)"
SectionEnd

; ---------------------------------------------------------------------------------------------
; Uninstaller

Section "un.$(UnSecProgram)" SecUnProgram
  SectionIn RO
  Call un.StopGuardian
  !insertmacro RUN_LOGGED '"$SYSDIR\schtasks.exe" /Delete /TN "${TASK_SERVICE}" /F'
  Pop $0
  !insertmacro RUN_LOGGED '"$SYSDIR\schtasks.exe" /Delete /TN "${TASK_AGENT}" /F'
  Pop $0
  RMDir /r "$SMPROGRAMS\Guardian"
  ; The whole folder only when it is Guardian's own (not, say, a /D=C:\Tools given by hand).
  ${GetFileName} "$INSTDIR" $0
  ${If} $0 == "Guardian"
    RMDir /r "$INSTDIR"
  ${Else}
    RMDir /r "$INSTDIR\_internal"
    RMDir /r "$INSTDIR\tasks"
    Delete "$INSTDIR\guardian.exe"
    Delete "$INSTDIR\guardianw.exe"
    Delete "$INSTDIR\school.zip"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
  ${EndIf}
  DeleteRegKey HKLM "${UNINST_KEY}"
  DeleteRegKey HKLM "${SETTINGS_KEY}"
SectionEnd

Section /o "un.$(UnSecData)" SecUnData
  RMDir /r "$APPDATA\Guardian"
  ${If} ${FileExists} "$APPDATA\Guardian\*"
    StrCpy $DataNote "$(UnDataLeft)"
  ${Else}
    StrCpy $DataNote "$(UnDataRemoved)"
  ${EndIf}
  ${Log} "$DataNote"
SectionEnd

Function un.onInit
  SetShellVarContext all
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
  !insertmacro MUI_UNGETLANGUAGE
  StrCpy $DataNote "$(UnDataKept)"
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PURGE" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecUnData} ${SF_SELECTED}
  ${EndIf}

  ; The parent PIN first: Guardian's own dialog asks it (exit 0: right, or no PIN set yet).
  ${If} ${FileExists} "$INSTDIR\${DESKTOP_PROGRAM}"
    ClearErrors
    ExecWait '"$INSTDIR\${DESKTOP_PROGRAM}" pin verify --dialog' $0
    ${If} ${Errors}
    ${OrIf} $0 != 0
      MessageBox MB_OK|MB_ICONSTOP "$(UnPinRefused)" /SD IDOK
      SetErrorLevel 1
      Quit
    ${EndIf}
  ${EndIf}
FunctionEnd
