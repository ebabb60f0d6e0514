"""An open database and the person acting on it: what the GUI and CLI use."""

from __future__ import annotations

import getpass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Callable

from desktop.services.acceptance import AcceptanceService
from desktop.services.changes import ChangeService
from desktop.services.dashboard import DashboardService
from desktop.services.ledger import LedgerService
from desktop.services.plans import PlanService
from desktop.services.support import SupportService
from desktop.services.checklists import ChecklistService
from desktop.services.inspections import InspectionService
from desktop.services.people import PeopleService
from desktop.services.units import UnitService
from desktop.services.villages import VillageService
from desktop.services.warnings import WarningService
from desktop.storage import Database


def default_actor() -> str:
    """Who is acting until users and logins exist: the OS login name."""
    try:
        return getpass.getuser() or "user"
    except Exception:  # no login name (some services and containers)
        return "user"


class Workspace:
    def __init__(self, db: Database, actor: str, today: Callable[[], date] = date.today) -> None:
        self.db = db
        self.actor = actor
        self.today = today

    @classmethod
    def open(cls, target: str | Path, actor: str | None = None, *, create: bool = True) -> "Workspace":
        return cls(Database.open(target, create=create), actor or default_actor())

    @property
    def path(self) -> Path | None:
        return self.db.path

    @property
    def installation_id(self) -> str:
        return self.db.installation_id

    @cached_property
    def villages(self) -> VillageService:
        return VillageService(self)

    @cached_property
    def units(self) -> UnitService:
        return UnitService(self)

    @cached_property
    def people(self) -> PeopleService:
        return PeopleService(self)

    @cached_property
    def changes(self) -> ChangeService:
        return ChangeService(self)

    @cached_property
    def checklists(self) -> ChecklistService:
        return ChecklistService(self)

    @cached_property
    def inspections(self) -> InspectionService:
        return InspectionService(self)

    @cached_property
    def warnings(self) -> WarningService:
        return WarningService(self)

    @cached_property
    def ledger(self) -> LedgerService:
        return LedgerService(self)

    @cached_property
    def plans(self) -> PlanService:
        return PlanService(self)

    @cached_property
    def support(self) -> SupportService:
        return SupportService(self)

    @cached_property
    def acceptance(self) -> AcceptanceService:
        return AcceptanceService(self)

    @cached_property
    def dashboard(self) -> DashboardService:
        return DashboardService(self)

    @cached_property
    def roster(self) -> "RosterImportService":
        # Imported when first used: openpyxl costs start-up time.
        from desktop.services.roster_import import RosterImportService

        return RosterImportService(self)

    @cached_property
    def sync(self) -> "SyncService":
        # Imported when first used: the cryptography package costs start-up time.
        from desktop.services.sync.service import SyncService

        return SyncService(self)

    @cached_property
    def users(self) -> "UserService":
        from desktop.services.users import UserService

        return UserService(self)

    @cached_property
    def audit(self) -> "AuditService":
        from desktop.services.audit import AuditService

        return AuditService(self)

    @cached_property
    def backups(self) -> "BackupService":
        from desktop.services.backups import BackupService

        return BackupService(self)

    def has_data(self) -> bool:
        with self.db.read() as r:
            return r.has_data()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
