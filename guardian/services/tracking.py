"""A child's tracking and enforcement, put together the same way wherever they run: in the agent
(the in-process backend, for development and single-account use) or in `guardian service`,
where the desktop is what the agent reports and the screens are the agent's."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
from guardian.storage.errors import StoreError
from guardian.storage.files import StoreFile
from guardian.storage.records import Row

log = logging.getLogger(__name__)


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
    store: StoreFile,
    child: Row,
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
        version, _tampered = store.records.trusted_policy(
            s, child
        )  # the enforcer reports tampering
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
    zone = family_zone(store, child, policy.timezone, clock)
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


FAMILY_ZONE = "family_zone"


def family_zone(store: StoreFile, child: Row, timezone: str | None, clock: Clock) -> tzinfo:
    """The zone that days and allowed hours are counted in: the policy's `timezone`; else the
    zone this PC had when Guardian first counted here, kept in the store. A child who changes
    the PC's time zone (a standard Windows account may) gets no fresh day: the kept zone stays,
    and the change is recorded for the parent, who sets `timezone` in the limits to move."""
    if timezone:
        return config.family_zone(timezone)
    pc = config.system_zone()
    here = getattr(pc, "key", None)
    if not isinstance(here, str):
        return pc  # a zone without an IANA name cannot be kept
    try:
        with store.session() as s:
            kept = _zone(store.records.get_setting(s, FAMILY_ZONE))
            if kept is None:
                store.records.set_setting(s, FAMILY_ZONE, here)
                return pc
            if kept.key != here:
                log.warning("the PC's time zone is %s; days are still counted in %s", here, kept)
                data = {"kept": kept.key, "pc": here}
                store.records.add_event(s, "zone_change", at=clock.now(), child=child, data=data)
    except StoreError as error:
        log.warning("the family's time zone cannot be read; using the PC's: %s", error)
        return pc
    return kept


def _zone(name: object) -> ZoneInfo | None:
    try:
        return ZoneInfo(name) if isinstance(name, str) and name else None
    except (ValueError, ZoneInfoNotFoundError):
        return None
