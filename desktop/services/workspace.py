"""An open database and the person acting on it: what the GUI and CLI use.

The workspace holds the session (`ws.session`: who is signed in, with which
roles) and makes the database check it before every write, so a service
cannot write what the user's roles do not allow (core/access.py). A
database without user accounts opens in open access as the OS login name;
one with accounts opens signed out until `ws.users.login(...)`.
"""

from __future__ import annotations

import getpass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import desktop
from desktop.core.access import SIGNED_OUT, Session, open_session
from desktop.core.i18n import translate
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
from desktop.storage.migrate import HEAD
from desktop.storage.users import UserStore

if TYPE_CHECKING:
    from desktop.services.prefecture import PrefectureOverviewService


def default_actor() -> str:
    """Who is acting until users and logins exist: the OS login name."""
    try:
        return getpass.getuser() or "user"
    except Exception:  # no login name (some services and containers)
        return "user"


_SAME_KEY = object()   # reopen's default: the key the database is open with


def _open_options(check) -> dict:
    """What `Database.open` is given beyond the target: the start-up check
    and the backup made before a migration (into the backups' rotation)."""
    # Imported here: the backups service needs nothing at start-up otherwise.
    from desktop.services.backups import migration_backup

    return {"check": check, "backup": migration_backup}


class Workspace:
    def __init__(self, db: Database, actor: str | None = None, today: Callable[[], date] = date.today, *,
                 session: Session | None = None, target: str | Path | None = None) -> None:
        self.db = db
        self.today = today
        self._target = target if target is not None else db.path
        if session is None:
            session = SIGNED_OUT if self._has_accounts() else open_session(actor or default_actor())
        self.session: Session = session
        self._install_guard()

    @classmethod
    def open(cls, target: str | Path, actor: str | None = None, *, create: bool = True,
             check=False, key: bytes | None = None) -> "Workspace":
        """Open the database; with `check`, `PRAGMA quick_check` first (a
        damaged one opens read-only). `check` may be the check begun early
        on the same file (services/startup_check.py). An encrypted database
        needs its master `key` (`DatabaseLocked` without it): the GUI and CLI
        open one through `services/encryption.open_with_password`."""
        db = Database.open(target, create=create, key=key, **_open_options(check))
        try:
            return cls(db, actor, target=target)
        except BaseException:
            db.close()
            raise

    def reopen(self, *, check: bool = False, key=_SAME_KEY) -> None:
        """Close the database and open the same one again (after a restore
        replaced the file), keeping the session, the role check and the
        key (`key` given: the file was encrypted in the meantime)."""
        key = self.db.key if key is _SAME_KEY else key
        self.db.close()
        self.db = Database.open(self._target, create=False, key=key, **_open_options(check))
        self._install_guard()

    @property
    def actor(self) -> str:
        """Who the change log names: the signed-in login (or the OS login in open access)."""
        return self.session.login

    @property
    def user(self) -> Session:
        """The session, under a name the GUI may use: tests/test_layers.py
        keeps the word "session" (a database session) out of ui/."""
        return self.session

    def may(self, action: str) -> bool:
        """Whether the signed-in user's roles allow `action` (menus grey out
        what they do not; the service's check stays the judge)."""
        return self.session.may(action)

    def _install_guard(self) -> None:
        # Every write asks the session at the moment it is made, so signing
        # in or out takes effect at once.
        self.db.guard = self._check_action

    def _check_action(self, action: str) -> None:
        self.session.check(action)

    def _has_accounts(self) -> bool:
        try:
            with self.db.read() as r:
                return UserStore(r.conn).has_accounts()
        except Exception:
            # Accounts that cannot be read (a damaged file) may exist: stay signed out.
            return True

    def upgrade_notice(self) -> str | None:
        """What to tell the user when opening upgraded the database's schema
        (None: it did not): from which revision, for which version, and
        where the copy taken first is."""
        old = self.db.migrated_from
        if old is None:
            return None
        backup = self.db.migration_backup_path
        if backup is None:
            return translate("Updates", "This database was upgraded from schema {old} to {new} for VillageDesk "
                                        "{version}.").format(old=old, new=HEAD, version=desktop.__version__)
        return translate("Updates", "This database was upgraded from schema {old} to {new} for VillageDesk {version}; "
                                    "a backup of it was kept first: {path}").format(
            old=old, new=HEAD, version=desktop.__version__, path=backup)

    @property
    def path(self) -> Path | None:
        return self.db.path

    @property
    def location(self) -> str:
        """The database as the user is told it: its file, or `database@host:port` on a server."""
        return self.db.location

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
    def prefecture(self) -> "PrefectureOverviewService":
        # Imported here: a hub's overview, not needed at start-up.
        from desktop.services.prefecture import PrefectureOverviewService

        return PrefectureOverviewService(self)

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
