; The Windows installer of jxeditor: dist-windows/jxeditor-<version>-setup.exe.
; Built on Debian by its native makensis (scripts/windows-installer.sh, `make installer-windows`):
;   makensis -DVERSION=0.1.0 -DBUNDLE=<dist-windows/jxeditor> -DICON=<jxeditor.ico> -DOUTFILE=<setup.exe> jxeditor.nsi
;
; - Per user by default, without administrator rights: %LOCALAPPDATA%\Programs\jxeditor and
;   HKCU. For every user of the PC (C:\Program Files\jxeditor, HKLM): the choice on the second
;   page, or /ALLUSERS on the command line; needs an administrator (the installer asks for
;   elevation through UAC).
; - Start-menu shortcut, an optional desktop shortcut (component), both with the program's icon.
; - .jxd (the program's documents, JSON inside) opens with jxeditor on a double-click; .json
;   lists jxeditor under 打开方式 without taking the extension over.
; - An upgrade installs over the previous version in its folder (the old program files are
;   removed first); settings (HKCU\Software\jxeditor) and data (%LOCALAPPDATA%\jxeditor: the
;   indicator library) are the program's, never touched by the installer or the uninstaller.
; - Silent: setup.exe /S [/ALLUSERS] [/NODESKTOP] [/D=folder]; uninstall.exe /S.
; A 64-bit installer (the program needs 64-bit Windows 10 or later).

Unicode true
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include nsDialogs.nsh
!include WinMessages.nsh

!ifndef VERSION | BUNDLE | ICON | OUTFILE
  !error "usage: makensis -DVERSION=x.y.z -DBUNDLE=dir -DICON=file.ico -DOUTFILE=setup.exe jxeditor.nsi"
!endif
!ifndef VERSION_QUAD
  !define VERSION_QUAD "${VERSION}.0"
!endif

!define APPNAME "绩效目标表编辑器"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\jxeditor"
!define PROGID "jxeditor.document"
!define APPKEY "Software\Classes\Applications\jxeditor.exe"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\jxeditor"
BrandingText "jxeditor ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=2052 "ProductName" "jxeditor"
VIAddVersionKey /LANG=2052 "FileDescription" "${APPNAME} 安装程序"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "CompanyName" "jxeditor"
VIAddVersionKey /LANG=2052 "LegalCopyright" "MIT License"

Var AllUsers        ; 1: for every user (Program Files, HKLM); 0: this user only
Var DefaultDir      ; the folder InstallDir gave (to tell it from /D=)
Var RadioMe
Var RadioAll

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\jxeditor.exe"
!define MUI_FINISHPAGE_RUN_TEXT "启动${APPNAME}"

!insertmacro MUI_PAGE_WELCOME
Page custom ScopePage ScopePageLeave
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

; ---- where: this user or every user -------------------------------------------------

Function IsAdmin
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 == "Admin"
    Push 1
  ${Else}
    Push 0
  ${EndIf}
FunctionEnd

; Sets the shell context (shortcuts, SHCTX) and, unless /D= chose one, the folder: the one
; of an earlier installation in that context (an upgrade), else the default.
Function ApplyScope
  ${If} $AllUsers == 1
    SetShellVarContext all
    StrCpy $0 "$PROGRAMFILES64\jxeditor"
  ${Else}
    SetShellVarContext current
    StrCpy $0 "$LOCALAPPDATA\Programs\jxeditor"
  ${EndIf}
  ReadRegStr $1 SHCTX "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $1 != ""
    StrCpy $0 $1
  ${EndIf}
  ${If} $INSTDIR == $DefaultDir
    StrCpy $INSTDIR $0
    StrCpy $DefaultDir $0
  ${EndIf}
FunctionEnd

Function .onInit
  StrCpy $DefaultDir $INSTDIR
  StrCpy $AllUsers 0
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/ALLUSERS" $R1
  ${IfNot} ${Errors}
    StrCpy $AllUsers 1
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/NODESKTOP" $R1
  ${IfNot} ${Errors}
    SectionSetFlags 1 0
  ${EndIf}
  ; an earlier installation for every user makes every-user the default
  ${If} $AllUsers == 0
    ReadRegStr $1 HKLM "${UNINSTALL_KEY}" "InstallLocation"
    ReadRegStr $2 HKCU "${UNINSTALL_KEY}" "InstallLocation"
    ${If} $1 != ""
    ${AndIf} $2 == ""
      StrCpy $AllUsers 1
    ${EndIf}
  ${EndIf}
  ${If} $AllUsers == 1
    Call IsAdmin
    Pop $0
    ${If} $0 != 1
      ${If} ${Silent}
        SetErrorLevel 740 ; ERROR_ELEVATION_REQUIRED
        Abort
      ${EndIf}
    ${EndIf}
  ${EndIf}
  Call ApplyScope
FunctionEnd

Function ScopePage
  !insertmacro MUI_HEADER_TEXT "安装范围" "选择为谁安装${APPNAME}。"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateRadioButton} 0 10u 100% 14u "仅为我安装（推荐，不需要管理员权限）"
  Pop $RadioMe
  ${NSD_CreateRadioButton} 0 30u 100% 14u "为这台电脑的所有用户安装（需要管理员权限）"
  Pop $RadioAll
  ${If} $AllUsers == 1
    ${NSD_Check} $RadioAll
  ${Else}
    ${NSD_Check} $RadioMe
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function ScopePageLeave
  ${NSD_GetState} $RadioAll $0
  ${If} $0 == ${BST_CHECKED}
    Call IsAdmin
    Pop $1
    ${If} $1 != 1
      ; start again elevated (UAC), for every user
      MessageBox MB_OKCANCEL|MB_ICONINFORMATION "为所有用户安装需要管理员权限。点击“确定”后，Windows 会请求管理员同意。" IDOK elevate
      Abort
      elevate:
      ExecShell "runas" "$EXEPATH" "/ALLUSERS"
      Quit
    ${EndIf}
    StrCpy $AllUsers 1
  ${Else}
    StrCpy $AllUsers 0
  ${EndIf}
  Call ApplyScope
FunctionEnd

; ---- what ---------------------------------------------------------------------------

Section "${APPNAME}（必需）" SecProgram
  SectionIn RO
  ; an upgrade: the previous version's program files go first (never the user's files)
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\jxeditor.exe"
  Delete "$INSTDIR\jxeditor-cli.exe"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\jxeditor.exe" "" "$INSTDIR\jxeditor.exe" 0

  ; .jxd: the program's documents (JSON inside); .json: 打开方式 only
  WriteRegStr SHCTX "Software\Classes\.jxd" "" "${PROGID}"
  WriteRegStr SHCTX "Software\Classes\.jxd" "Content Type" "application/json"
  WriteRegStr SHCTX "Software\Classes\.jxd\OpenWithProgids" "${PROGID}" ""
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "绩效目标表文档"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\jxeditor.exe",0'
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\jxeditor.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\.json\OpenWithProgids" "${PROGID}" ""
  WriteRegStr SHCTX "${APPKEY}" "FriendlyAppName" "${APPNAME}"
  WriteRegStr SHCTX "${APPKEY}\DefaultIcon" "" '"$INSTDIR\jxeditor.exe",0'
  WriteRegStr SHCTX "${APPKEY}\shell\open\command" "" '"$INSTDIR\jxeditor.exe" "%1"'
  WriteRegStr SHCTX "${APPKEY}\SupportedTypes" ".jxd" ""
  WriteRegStr SHCTX "${APPKEY}\SupportedTypes" ".json" ""

  ; 应用和功能 (Programs and Features)
  ${If} $AllUsers == 1
    StrCpy $0 "/ALLUSERS"
  ${Else}
    StrCpy $0 ""
  ${EndIf}
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APPNAME} (jxeditor)"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "jxeditor"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\jxeditor.exe",0'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" $0'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S $0'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $1 $2 $3
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" $1

  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)' ; SHCNE_ASSOCCHANGED
SectionEnd

Section "桌面快捷方式" SecDesktop
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\jxeditor.exe" "" "$INSTDIR\jxeditor.exe" 0
SectionEnd

; ---- the uninstaller: what the installer put there, nothing else ------------------

Function un.onInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/ALLUSERS" $R1
  ${IfNot} ${Errors}
    Call un.IsAdmin
    Pop $0
    ${If} $0 != 1
      MessageBox MB_ICONSTOP "卸载为所有用户安装的${APPNAME}需要管理员权限。" /SD IDOK
      SetErrorLevel 740
      Quit
    ${EndIf}
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}
FunctionEnd

Function un.IsAdmin
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 == "Admin"
    Push 1
  ${Else}
    Push 0
  ${EndIf}
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"

  ReadRegStr $0 SHCTX "Software\Classes\.jxd" ""
  ${If} $0 == "${PROGID}"
    DeleteRegValue SHCTX "Software\Classes\.jxd" ""
    DeleteRegValue SHCTX "Software\Classes\.jxd" "Content Type"
  ${EndIf}
  DeleteRegValue SHCTX "Software\Classes\.jxd\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifnosubkeys /ifnovalues SHCTX "Software\Classes\.jxd\OpenWithProgids"
  DeleteRegKey /ifnosubkeys /ifnovalues SHCTX "Software\Classes\.jxd"
  DeleteRegValue SHCTX "Software\Classes\.json\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifnosubkeys /ifnovalues SHCTX "Software\Classes\.json\OpenWithProgids"
  DeleteRegKey /ifnosubkeys /ifnovalues SHCTX "Software\Classes\.json"
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  DeleteRegKey SHCTX "${APPKEY}"
  DeleteRegKey /ifnosubkeys /ifnovalues SHCTX "Software\Classes\Applications"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey /ifnosubkeys /ifnovalues SHCTX "Software\Microsoft\Windows\CurrentVersion\Uninstall"

  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\jxeditor.exe"
  Delete "$INSTDIR\jxeditor-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR" ; only when empty: a file the user put there stays
  RMDir "$LOCALAPPDATA\Programs" ; made for a per-user installation; only when empty
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
