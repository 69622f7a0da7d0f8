; Every text of Guardian's Windows installer, in Chinese and in English (guardian.nsi includes
; it). Variables in a text are filled when it is shown: $1 and $ProfileArg as the script says.
; Keep the two languages saying the same thing; a test checks that each name has both.

!ifdef SCHOOL_NAME
  LangString WelcomeText ${LANG_SIMPCHINESE} "本安装程序由 ${SCHOOL_NAME} 提供，已包含学校的设置（联系方式、默认时间限制、校历和推荐文章）。$\r$\n$\r$\n安装程序将在这台电脑上为所有账户安装 Guardian ${VERSION}。Guardian 记录屏幕使用时间，在时间快用完时提前提醒，到达家庭设定的限制时锁定屏幕。它随 Windows 启动，并在每个账户登录时运行。$\r$\n$\r$\n请先关闭其他程序，然后点击“下一步”。"
  LangString WelcomeText ${LANG_ENGLISH} "This installer comes from ${SCHOOL_NAME}, with the school's settings (contact, default limits, term calendar and articles).$\r$\n$\r$\nSetup will install Guardian ${VERSION} on this computer for every account. Guardian keeps track of screen time, warns before time runs out and locks the screen when the family's limits are reached. It starts with Windows and in every account that signs in.$\r$\n$\r$\nClose other programs, then click Next."
!else
  LangString WelcomeText ${LANG_SIMPCHINESE} "安装程序将在这台电脑上为所有账户安装 Guardian ${VERSION}。$\r$\n$\r$\nGuardian 记录屏幕使用时间，在时间快用完时提前提醒，到达家庭设定的限制时锁定屏幕。它随 Windows 启动，并在每个账户登录时运行。$\r$\n$\r$\n请先关闭其他程序，然后点击“下一步”。"
  LangString WelcomeText ${LANG_ENGLISH} "Setup will install Guardian ${VERSION} on this computer for every account.$\r$\n$\r$\nGuardian keeps track of screen time, warns before time runs out and locks the screen when the family's limits are reached. It starts with Windows and in every account that signs in.$\r$\n$\r$\nClose other programs, then click Next."
!endif

LangString NeedsX64 ${LANG_SIMPCHINESE} "Guardian 需要 64 位的 Windows。"
LangString NeedsX64 ${LANG_ENGLISH} "Guardian needs a 64-bit edition of Windows."
LangString NeedsWindows10 ${LANG_SIMPCHINESE} "Guardian 需要 Windows 10 或更新的版本。"
LangString NeedsWindows10 ${LANG_ENGLISH} "Guardian needs Windows 10 or later."
LangString NeedsAdmin ${LANG_SIMPCHINESE} "请用管理员账户运行安装程序（右键点击，选择“以管理员身份运行”）。"
LangString NeedsAdmin ${LANG_ENGLISH} "Run setup as an administrator (right-click it, then Run as administrator)."

LangString Stopping ${LANG_SIMPCHINESE} "正在停止 Guardian……"
LangString Stopping ${LANG_ENGLISH} "Stopping Guardian..."
LangString Copying ${LANG_SIMPCHINESE} "正在复制 Guardian 的文件……"
LangString Copying ${LANG_ENGLISH} "Copying Guardian's files..."
LangString ClosingData ${LANG_SIMPCHINESE} "正在保护家庭数据文件夹（只有管理员可以打开）……"
LangString ClosingData ${LANG_ENGLISH} "Closing the family's data folder to everyone but administrators..."
LangString Registering ${LANG_SIMPCHINESE} "正在让 Guardian 随 Windows 和每次登录启动……"
LangString Registering ${LANG_ENGLISH} "Starting Guardian with Windows and at every sign-in..."
LangString Done ${LANG_SIMPCHINESE} "Guardian 已安装。"
LangString Done ${LANG_ENGLISH} "Guardian is installed."

LangString ProfileMissing ${LANG_SIMPCHINESE} "找不到学校配置文件：$ProfileArg"
LangString ProfileMissing ${LANG_ENGLISH} "The school profile $ProfileArg does not exist."
LangString ProfileChecking ${LANG_SIMPCHINESE} "正在检查学校配置文件 $ProfileArg……"
LangString ProfileChecking ${LANG_ENGLISH} "Checking the school profile $ProfileArg..."
LangString ProfileBad ${LANG_SIMPCHINESE} "学校配置文件 $ProfileArg 无法使用：$\r$\n$\r$\n$1$\r$\n$\r$\n安装已停止。请向学校索取更正后的文件，或者不带 /PROFILE 重新运行安装程序。"
LangString ProfileBad ${LANG_ENGLISH} "The school profile $ProfileArg cannot be used:$\r$\n$\r$\n$1$\r$\n$\r$\nSetup has stopped. Ask the school for a corrected file, or run setup again without /PROFILE."

LangString CannotClose ${LANG_SIMPCHINESE} "无法限制文件夹 $1 的访问权限，孩子可能读取或修改家庭数据。安装已停止。请以管理员身份重新运行安装程序。"
LangString CannotClose ${LANG_ENGLISH} "Cannot close the folder $1 to other accounts, so a child could read or change the family's data. Setup has stopped. Run setup again as an administrator."
LangString CannotWrite ${LANG_SIMPCHINESE} "无法写入 $1。安装已停止。"
LangString CannotWrite ${LANG_ENGLISH} "Cannot write $1. Setup has stopped."
LangString TaskFailed ${LANG_SIMPCHINESE} "任务计划程序拒绝注册“$1”，Guardian 将无法自动启动。安装已停止。请以管理员身份重新运行安装程序。"
LangString TaskFailed ${LANG_ENGLISH} "The Task Scheduler refused to register $1, so Guardian would not start by itself. Setup has stopped. Run setup again as an administrator."

LangString ShortcutDashboard ${LANG_SIMPCHINESE} "Guardian 家长面板"
LangString ShortcutDashboard ${LANG_ENGLISH} "Guardian dashboard"
LangString ShortcutSetup ${LANG_SIMPCHINESE} "Guardian 设置向导"
LangString ShortcutSetup ${LANG_ENGLISH} "Guardian setup"
LangString ShortcutUninstall ${LANG_SIMPCHINESE} "卸载 Guardian"
LangString ShortcutUninstall ${LANG_ENGLISH} "Uninstall Guardian"

LangString FinishText ${LANG_SIMPCHINESE} "Guardian 已安装。它随 Windows 启动；已登录的账户最迟在下次登录时开始受保护。$\r$\n$\r$\n现在设置 Guardian：设定家长 PIN，添加孩子和他们的时间限制。以后可以在“开始”菜单的 Guardian 文件夹中找到家长面板。"
LangString FinishText ${LANG_ENGLISH} "Guardian is installed. It starts with Windows; accounts signed in now are covered at their next sign-in at the latest.$\r$\n$\r$\nSet Guardian up now: choose the parent PIN, add your children and their limits. The dashboard is in the Guardian folder of the Start menu."
LangString FinishRunSetup ${LANG_SIMPCHINESE} "现在设置 Guardian"
LangString FinishRunSetup ${LANG_ENGLISH} "Set up Guardian now"

LangString UnPinRefused ${LANG_SIMPCHINESE} "Guardian 未被卸载：需要输入正确的家长 PIN 才能卸载。"
LangString UnPinRefused ${LANG_ENGLISH} "Guardian was not removed: removing it needs the parent PIN."
LangString UnComponentsTop ${LANG_SIMPCHINESE} "家庭数据（使用记录、时间限制、家长 PIN）默认保留在 %ProgramData%\Guardian，重新安装 Guardian 后会继续使用。如要一并删除，请勾选下面的选项。"
LangString UnComponentsTop ${LANG_ENGLISH} "The family's data (usage history, limits, the parent PIN) is kept in %ProgramData%\Guardian unless you tick the box below; installing Guardian again picks it up."
LangString UnSecProgram ${LANG_SIMPCHINESE} "Guardian 程序"
LangString UnSecProgram ${LANG_ENGLISH} "Guardian (the program)"
LangString UnSecData ${LANG_SIMPCHINESE} "同时删除家庭数据"
LangString UnSecData ${LANG_ENGLISH} "Also delete the family's data"
LangString UnDataKept ${LANG_SIMPCHINESE} "家庭数据已保留在 $APPDATA\Guardian。重新安装 Guardian 会继续使用这些数据；如不再需要，可以删除这个文件夹。"
LangString UnDataKept ${LANG_ENGLISH} "The family's data was kept in $APPDATA\Guardian. Installing Guardian again picks it up; delete the folder if you no longer need it."
LangString UnDataRemoved ${LANG_SIMPCHINESE} "家庭数据已删除。"
LangString UnDataRemoved ${LANG_ENGLISH} "The family's data was deleted."
LangString UnDataLeft ${LANG_SIMPCHINESE} "部分家庭数据无法删除，仍在 $APPDATA\Guardian。"
LangString UnDataLeft ${LANG_ENGLISH} "Some of the family's data could not be deleted; it is still in $APPDATA\Guardian."
LangString UnFinishText ${LANG_SIMPCHINESE} "Guardian 已从这台电脑上卸载。$\r$\n$\r$\n$DataNote"
LangString UnFinishText ${LANG_ENGLISH} "Guardian was removed from this computer.$\r$\n$\r$\n$DataNote"
