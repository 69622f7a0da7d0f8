"""`guardian agent`: the child's side, started in the child's desktop session.

It tracks (one sample a second into the store, flushed every 10 seconds, at exit, on SIGTERM
and when the desktop session ends) and enforces: after each sample the enforcer decides, shows
the lock screen, and closes over-limit programs. The tray and the countdown join it next.
"""

from __future__ import annotations

import getpass
import logging
import signal
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from guardian import config
from guardian.core.catalog import Classifier, load_catalog
from guardian.core.clock import SystemClock
from guardian.core.errors import Error
from guardian.core.policy import Policy
from guardian.core.policy_file import read_policy
from guardian.core.text import translate
from guardian.i18n import choose_language, install_translator
from guardian.platform import create_platform
from guardian.services.agent_link import AgentLink
from guardian.services.enforcer import Enforcer
from guardian.services.family_data import forget_old_titles, title_retention_days
from guardian.services.recorder import UsageRecorder
from guardian.storage import repositories as repo
from guardian.storage.database import open_store
from guardian.storage.models import Child
from guardian.ui.countdown import CountdownWindow, limit_text, rest_text
from guardian.ui.lock_screen import LockScreen
from guardian.ui.tips import tips_for
from guardian.ui.tray import Tray

log = logging.getLogger(__name__)

# Python handles signals only between bytecodes; a Qt event loop must hand control back now and
# then so that SIGTERM (logout, `systemctl stop`) and Ctrl+C are seen within a quarter second.
SIGNAL_POLL_MS = 250


class NoChild(Error):
    """No child is set up for this account."""

    invalid_input = True


def find_child(children: Sequence[Child], name: str | None) -> Child:
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


def run_agent(child_name: str | None = None, argv: Sequence[str] = ()) -> int:
    home = config.data_home()
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
    store = open_store(config.database_path(home))
    try:
        with store.session(read_only=True) as s:
            child = find_child(repo.list_children(s), child_name)
            version = repo.current_policy(s, child)
        policy = (
            Policy()
            if version is None
            else read_policy(version.document, source=f"{child.name}'s policy")
        )
        platform = create_platform()
        catalog = load_catalog(config.catalog_paths())
        clock = SystemClock()
        zone = config.family_zone(policy.timezone)
        recorder = UsageRecorder(
            platform=platform,
            store=store,
            child=child,
            classifier=Classifier(policy, catalog),
            clock=clock,
            zone=zone,
        )
        enforcer = Enforcer(
            store=store,
            child=child,
            recorder=recorder,
            platform=platform,
            catalog=catalog,
            clock=clock,
            zone=zone,
            lock_screen_factory=lambda actions: LockScreen(actions, tips_for(language)),
        )
        recorder.sampled.connect(enforcer.on_sample)
        link = AgentLink(child_name or child.name)  # tells the service this session is watched
        recorder.sampled.connect(link.report)
        tray = Tray(enforcer)
        countdown = CountdownWindow()
        enforcer.decided.connect(tray.show_decision)
        enforcer.parent_mode_changed.connect(tray.show_parent_mode)
        enforcer.requests_waiting.connect(tray.show_pending)
        enforcer.warned.connect(lambda warn: tray.show_warning(warn.scope, warn.remaining_seconds))
        enforcer.countdown_changed.connect(countdown.show_remaining)
        enforcer.limit_announced.connect(lambda notice: tray.show_message(*limit_text(notice)))
        enforcer.rest_reminded.connect(lambda: tray.show_message(*rest_text()))
        app.aboutToQuit.connect(recorder.stop)
        app.commitDataRequest.connect(lambda _manager: recorder.flush())  # the session is ending
        for number in (signal.SIGTERM, signal.SIGINT):
            # exit(), not quit(): quit() asks every window to close, and the lock screen refuses
            signal.signal(number, lambda *_: QCoreApplication.exit(0))
        poll = QTimer()
        poll.start(SIGNAL_POLL_MS)
        poll.timeout.connect(lambda: None)
        recorder.keep_titles = title_retention_days(store) > 0
        forget_old_titles(store, clock.now())
        enforcer.restore()
        recorder.start()
        link.connect_to_service()
        log.info("agent tracking %s with the %s adapter", child.name, platform.name)
        tracking = QCoreApplication.translate(
            "Agent", "Guardian is tracking %1 (%2); stop with Ctrl+C"
        )
        print(tracking.replace("%1", child.name).replace("%2", platform.name), flush=True)
        code = app.exec()
        platform.close()
        return int(code)
    finally:
        store.close()
