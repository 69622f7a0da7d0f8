"""A child's tracking and enforcement, put together the same way wherever they run: in the agent
(the in-process backend, for development and single-account use) or in `guardian service`,
where the desktop is what the agent reports and the screens are the agent's."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

from guardian import config
from guardian.core.catalog import Catalog, Classifier, load_catalog
from guardian.core.clock import Clock
from guardian.core.policy import Policy
from guardian.core.policy_file import PolicyError, read_policy
from guardian.platform.base import Platform
from guardian.services.enforcer import Enforcer
from guardian.services.family_data import title_retention_days
from guardian.services.recorder import UsageRecorder
from guardian.storage import repositories as repo
from guardian.storage.database import Store
from guardian.storage.errors import StoreError
from guardian.storage.models import Child


@dataclass(frozen=True)
class Tracking:
    recorder: UsageRecorder
    enforcer: Enforcer

    def start(self) -> None:
        self.enforcer.restore()
        self.recorder.start()

    def stop(self) -> None:
        self.recorder.stop()


def build_tracking(
    *,
    store: Store,
    child: Child,
    platform: Platform,
    clock: Clock,
    lock_screen_factory: Callable[[Enforcer], Any],
    payment_guard_factory: Callable[[Callable[[str], tuple[bool, int]]], Any] | None = None,
    catalog: Catalog | None = None,
    parent: QObject | None = None,
) -> Tracking:
    """The recorder and the enforcer for `child`, wired together. The policy read here only
    sets the time zone and the first classifier; the enforcer keeps the policy current."""
    with store.session(read_only=True) as s:
        version, _tampered = repo.trusted_policy(s, child)  # the enforcer reports tampering
    try:
        policy = (
            Policy()
            if version is None
            else read_policy(version.document, source=f"{child.name}'s policy")
        )
    except PolicyError:
        policy = Policy()  # the enforcer reports it and fails over to the last valid version
    if catalog is None:
        catalog = load_catalog(config.catalog_paths())
    zone = config.family_zone(policy.timezone)
    recorder = UsageRecorder(
        platform=platform,
        store=store,
        child=child,
        classifier=Classifier(policy, catalog),
        clock=clock,
        zone=zone,
        parent=parent,
    )
    enforcer = Enforcer(
        store=store,
        child=child,
        recorder=recorder,
        platform=platform,
        catalog=catalog,
        clock=clock,
        zone=zone,
        lock_screen_factory=lock_screen_factory,
        payment_guard_factory=payment_guard_factory,
        parent=parent,
    )
    recorder.sampled.connect(enforcer.on_sample)
    try:
        recorder.keep_titles = title_retention_days(store) > 0
    except StoreError:
        recorder.keep_titles = False  # when in doubt, keep less
    return Tracking(recorder, enforcer)
