"""`guardian agent`: the child's side, started in the child's desktop session.

Where `guardian service` runs, the agent is its thin client (`ServiceBackend`): it reports the
desktop once a second and shows what the service decides; it never opens the store. Elsewhere
(development, single-account use) it does everything itself: it tracks (one sample a second,
kept every 9 seconds and written to the store every five minutes, at each warning or lock, at
exit, on SIGTERM and when the desktop session ends) and enforces: after each sample the enforcer
decides, shows the lock screen, and closes over-limit programs. The tray and the countdown show
either backend's decisions.
"""

from __future__ import annotations

import getpass
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtWidgets import QApplication

from guardian import config, ipc
from guardian.core.clock import SystemClock
from guardian.core.errors import Error
from guardian.core.text import translate
from guardian.i18n import choose_language, install_translator
from guardian.platform import create_platform
from guardian.services.agent_link import AgentLink
from guardian.services.service_backend import ServiceBackend
from guardian.services.signals import SignalWaker
from guardian.ui.countdown import CountdownWindow, limit_text, rest_text
from guardian.ui.lock_screen import LockScreen
from guardian.ui.tips import tips_for
from guardian.ui.tray import Tray

if TYPE_CHECKING:
    from guardian.services.enforcer import Enforcer
    from guardian.storage.records import Row

log = logging.getLogger(__name__)


class NoChild(Error):
    """No child is set up for this account."""

    invalid_input = True


def find_child(children: Sequence[Row], name: str | None) -> Row:
    if name is not None:
        for child in children:
            if child.name == name:
                return child
        raise NoChild(
            translate(
                "Agent", "no child named '{name}'; add one with: guardian child add {name}"
            ).fill(name=name)
        )
    account = getpass.getuser()
    mine = [c for c in children if c.os_user == account]
    if len(mine) == 1:
        return mine[0]
    if len(children) == 1 and not children[0].os_user:
        return children[0]
    raise NoChild(
        translate(
            "Agent",
            "no child is set up for the account '{account}'; give the child's account with "
            "`guardian child add NAME --os-user {account}`, or start the agent with --child NAME",
        ).fill(account=account)
    )


def service_running(path: str | None = None) -> bool:
    """Whether `guardian service` answers on this machine (its socket exists)."""
    path = path or ipc.socket_path()
    if sys.platform == "win32":
        return False  # the Windows service and its named pipe are not built yet
    return Path(path).is_socket()


def run_agent(
    child_name: str | None = None, argv: Sequence[str] = (), backend: str = "auto"
) -> int:
    """`backend`: "service" (a thin client of `guardian service`), "local" (tracking in this
    process, writing the store itself), or "auto": the service when it runs."""
    home = config.user_home()  # the log and the lock: this account's (the store is found below)
    config.setup_logging(home)
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(list(argv) or ["guardian-agent"])
    )
    app.setQuitOnLastWindowClosed(False)
    language = choose_language()
    install_translator(app, language)
    # exit(), not quit(): quit() asks every window to close, and the lock screen refuses.
    # Posted, not called: a signal that comes while the agent is still starting (before the
    # event loop runs) would otherwise be lost, and a logout would leave the agent running.
    SignalWaker(
        (signal.SIGTERM, signal.SIGINT),
        lambda *_: QTimer.singleShot(0, lambda: QCoreApplication.exit(0)),
        parent=app,
    )
    alone, guard = one_per_session(home)
    if not alone:
        text = QCoreApplication.translate("Agent", "Guardian is already running in this session")
        print(text, flush=True)
        return 0
    try:
        if backend == "service" or (backend == "auto" and service_running()):
            return _run_with_service(app, child_name, language)
        return _run_on_its_own(app, config.data_home(), child_name, language)
    finally:
        if guard is not None:
            guard.unlock()


def one_per_session(home: Path) -> tuple[bool, QLockFile | None]:
    """Whether this is the session's only agent, and the lock that keeps it so.

    Autostart, a restarting user unit and the Windows task that tries again every minute can
    all start an agent: the first keeps the session, the others leave at once. A lock whose
    agent was killed is stale (its process is gone) and is taken over. Where no lock file can
    be made (an unwritable data home), the agent runs unguarded: two agents are better than none.
    """
    from guardian.platform.session import session_tag

    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        log.warning("no single-instance lock (%s): running anyway", error)
        return True, None
    guard = QLockFile(str(home / f"agent-{session_tag()}.lock"))
    guard.setStaleLockTime(0)  # held for the agent's whole life: only a dead holder is stale
    if guard.tryLock(0):
        return True, guard
    if guard.error() == QLockFile.LockError.LockFailedError:
        log.info("another agent holds %s", guard.fileName())
        return False, None
    log.warning("no single-instance lock at %s: running anyway", guard.fileName())
    return True, None


def _run_with_service(app: QApplication, child_name: str | None, language: str) -> int:
    platform = create_platform()
    link = AgentLink(child_name)
    backend = ServiceBackend(
        platform=platform,
        link=link,
        lock_screen_factory=lambda actions: LockScreen(actions, tips_for(language)),
    )
    ui = _show(backend)
    refusal: list[str] = []

    def refused(code: str) -> None:
        refusal.append(code)
        QCoreApplication.exit(2)

    link.welcomed.connect(lambda _session: _say_tracking(link.child or "", platform.name))
    link.refused.connect(refused)
    app.aboutToQuit.connect(backend.stop)
    backend.start()
    log.info("agent reporting to the service with the %s adapter", platform.name)
    code = app.exec()
    del ui
    platform.close()
    if refusal:
        raise _refusal(refusal[0])
    return int(code)


def _run_on_its_own(app: QApplication, home: Path, child_name: str | None, language: str) -> int:
    from guardian import keyring_access

    keyring_access.use_helper_process()  # the keyring read by a short-lived process: some 10 MB
    # The store's modules are imported here, not above: the thin client that reports to the
    # service never needs them. The store is opened over `sqlite3`: SQLAlchemy with its ORM
    # would be some 30 MB of a family PC's memory all day (guardian.storage.lite).
    from guardian.sealing import open_sealed_lite_store
    from guardian.services.family_data import forget_old_titles
    from guardian.services.tracking import build_tracking
    from guardian.statutory_tables import use_helper_process

    use_helper_process()  # the year's holidays from a short-lived process: some 13 MB (issue 9)
    store = open_sealed_lite_store(config.database_path(home))
    try:
        with store.session(read_only=True) as s:
            child = find_child(store.records.list_children(s), child_name)
        platform = create_platform()
        clock = SystemClock()
        tracking = build_tracking(
            store=store,
            child=child,
            platform=platform,
            clock=clock,
            lock_screen_factory=lambda actions: LockScreen(actions, tips_for(language)),
        )
        recorder, enforcer = tracking.recorder, tracking.enforcer
        ui = _show(enforcer)
        app.aboutToQuit.connect(recorder.stop)
        app.commitDataRequest.connect(lambda _manager: recorder.flush())  # the session is ending
        forget_old_titles(store, clock.now())
        tracking.start()
        log.info("agent tracking %s with the %s adapter", child.name, platform.name)
        _say_tracking(child.name, platform.name)
        code = app.exec()
        del ui
        platform.close()
        return int(code)
    finally:
        store.close()


def _say_tracking(child: str, adapter: str) -> None:
    text = QCoreApplication.translate("Agent", "Guardian is tracking %1 (%2); stop with Ctrl+C")
    print(text.replace("%1", child).replace("%2", adapter), flush=True)


class ServiceRefused(Error):
    """The service would not take this agent's reports."""


def _refusal(code: str) -> Error:
    """Why the service said no, for whoever started the agent, in the family's language."""
    if code == ipc.NO_CHILD:
        return NoChild(
            translate(
                "Agent",
                "the Guardian service has no child for the account '{account}'; a parent adds "
                "one with: sudo guardian child add NAME --os-user {account}",
            ).fill(account=getpass.getuser())
        )
    if code == ipc.UNKNOWN_PEER:
        return ServiceRefused(
            translate("Agent", "the Guardian service cannot tell which account this agent runs in")
        )
    if code == ipc.STORE_UNREADABLE:
        return ServiceRefused(
            translate(
                "Agent",
                "the Guardian service cannot read its data; its log says why "
                "(journalctl -u guardian)",
            )
        )
    return ServiceRefused(
        translate(
            "Agent",
            "the Guardian service did not understand this agent; are both the same version of "
            "Guardian?",
        )
    )


def _show(backend: Enforcer | ServiceBackend) -> tuple[Tray, CountdownWindow]:
    """The tray and the countdown, following what the backend decides."""
    tray = Tray(backend)
    countdown = CountdownWindow()
    backend.decided.connect(tray.show_decision)
    backend.parent_mode_changed.connect(tray.show_parent_mode)
    backend.requests_waiting.connect(tray.show_pending)
    backend.warned.connect(lambda warn: tray.show_warning(warn.scope, warn.remaining_seconds))
    backend.countdown_changed.connect(countdown.show_remaining)
    backend.limit_announced.connect(lambda notice: tray.show_message(*limit_text(notice)))
    backend.rest_reminded.connect(lambda: tray.show_message(*rest_text()))
    log.info("tray ready, icon shown: %s", tray.icon.isVisible())  # check_bundle's cold start
    return tray, countdown
