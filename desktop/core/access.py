"""Who may do what: roles, what each role is able to do, and every action.

Each write names its action (`Database.write(actor, action)`), and the
workspace checks the signed-in session against this table before anything
is written, so no service can write around it. Use cases that write nothing
(a restore, a verification) check their action themselves. An action that is
not in `ACTIONS` is refused, even when the database has no accounts yet: the
test suite, run in that open access, proves the catalogue complete.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Iterable, Mapping

from desktop.core.errors import VillageDeskError
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate


class Role(StrEnum):
    """Stored in `user_account.roles` (comma-separated): keep the values."""

    CLERK = "clerk"            # township clerk: enters and edits
    SECRETARY = "secretary"    # township secretary: also submits, closes out, exchanges
    REVIEWER = "reviewer"      # county reviewer: reviews, rates, approves
    ADMIN = "admin"            # users, settings, the installation, restores

    @property
    def label(self) -> str:
        return translate("Access", _ROLE_LABELS[self])


_ROLE_LABELS = {
    Role.CLERK: QT_TRANSLATE_NOOP("Access", "Clerk"),
    Role.SECRETARY: QT_TRANSLATE_NOOP("Access", "Secretary"),
    Role.REVIEWER: QT_TRANSLATE_NOOP("Access", "County reviewer"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Access", "Administrator"),
}


class Capability(StrEnum):
    ENTER = "enter"                # village files, people, inspections, problems, plan drafts, support log, rosters
    SUBMIT = "submit"              # submit a plan to the county
    CLOSE_OUT = "close_out"        # close out a checked problem (销号), or send it back
    EXCHANGE = "exchange"          # make and import bundles, resolve conflicts
    REVIEW = "review"              # plans, ratings, acceptance, warning policy, templates, admin units
    USERS = "users"                # accounts of other people
    SETTINGS = "settings"          # settings, backup folder and restore, demo data
    INSTALLATION = "installation"  # exchange set-up, keys, enrolment, revocation
    SIGNED_IN = "signed_in"        # anyone signed in (every role holds it)
    SYSTEM = "system"              # written by the app itself (sign-in records): even signed out


C = Capability

ROLE_CAPABILITIES: Mapping[Role, frozenset[Capability]] = MappingProxyType({
    Role.CLERK: frozenset({C.ENTER, C.SIGNED_IN}),
    Role.SECRETARY: frozenset({C.ENTER, C.SUBMIT, C.CLOSE_OUT, C.EXCHANGE, C.SIGNED_IN}),
    Role.REVIEWER: frozenset({C.REVIEW, C.EXCHANGE, C.SIGNED_IN}),
    Role.ADMIN: frozenset({C.USERS, C.SETTINGS, C.INSTALLATION, C.SIGNED_IN}),
})

# action -> (capability it needs, label). The labels name the action in
# refusals and in the history view.
_CATALOGUE: dict[str, tuple[Capability, str]] = {
    # village files and people
    "village.create": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Add a village")),
    "village.edit": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Edit a village file")),
    "village.delete": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Delete a village")),
    "roster.import": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Import a roster")),
    "unit.create": (C.REVIEW, QT_TRANSLATE_NOOP("Access", "Add a township or county")),
    "unit.edit": (C.REVIEW, QT_TRANSLATE_NOOP("Access", "Edit a township or county")),
    "revert": (C.SIGNED_IN, QT_TRANSLATE_NOOP("Access", "Undo a change")),
    # checklists and inspections
    "install_template": (C.REVIEW, QT_TRANSLATE_NOOP("Access", "Install a checklist template")),
    "install_shipped_templates": (C.SIGNED_IN, QT_TRANSLATE_NOOP("Access", "Install the shipped checklist templates")),
    "start_inspection": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Start an inspection")),
    "save_inspection": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Save an inspection")),
    "finalise_inspection": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Finalise an inspection")),
    "correct_inspection": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Correct a finalised inspection")),
    "delete_inspection": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Delete an inspection")),
    "add_evidence": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Attach evidence")),
    "remove_evidence": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Remove evidence")),
    # warnings and ratings
    "set_warning_policy": (C.REVIEW, QT_TRANSLATE_NOOP("Access", "Change the warning policy")),
    "set_due_soon_days": (C.REVIEW, QT_TRANSLATE_NOOP("Access", "Change the days before a deadline")),
    "set_rating": (C.REVIEW, QT_TRANSLATE_NOOP("Access", "Rate a village")),
    # the problem ledger
    "add_problem": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Add a problem")),
    "edit_problem": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Edit a problem")),
    "delete_problem": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Delete a problem")),
    "problems_from_inspection": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Add problems from an inspection")),
    "problem_start": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Start work on a problem")),
    "problem_solve": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Report a problem solved")),
    "problem_reopen": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Reopen a problem")),
    "problem_close": (C.CLOSE_OUT, QT_TRANSLATE_NOOP("Access", "Close out a problem")),
    "problem_send_back": (C.CLOSE_OUT, QT_TRANSLATE_NOOP("Access", "Send a problem back as not solved")),
    # rectification plans
    "create_plan": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Start a rectification plan")),
    "save_plan": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Save a rectification plan")),
    "plan_meeting": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Record a plan's meeting")),
    "revise_plan": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Revise a returned plan")),
    "submit_plan": (C.SUBMIT, QT_TRANSLATE_NOOP("Access", "Submit a plan to the county")),
    "approve_plan": (C.REVIEW, QT_TRANSLATE_NOOP("Access", "Approve a plan")),
    "return_plan": (C.REVIEW, QT_TRANSLATE_NOOP("Access", "Return a plan for revision")),
    # support and acceptance
    "add_activity": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Add a support log entry")),
    "edit_activity": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Edit a support log entry")),
    "delete_activity": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Delete a support log entry")),
    "withdraw_team": (C.ENTER, QT_TRANSLATE_NOOP("Access", "Withdraw the work team")),
    "acceptance_review": (C.REVIEW, QT_TRANSLATE_NOOP("Access", "Record an acceptance review")),
    # exchange with the county
    "sync.export": (C.EXCHANGE, QT_TRANSLATE_NOOP("Access", "Make a bundle")),
    "sync.import": (C.EXCHANGE, QT_TRANSLATE_NOOP("Access", "Import a bundle")),
    "sync.resolve": (C.EXCHANGE, QT_TRANSLATE_NOOP("Access", "Resolve a conflict")),
    # Made on first use by whoever first needs them (a bundle, the identity);
    # replacing them is the administrator's.
    "sync.keys": (C.SIGNED_IN, QT_TRANSLATE_NOOP("Access", "Make this installation's keys")),
    "sync.renew_keys": (C.INSTALLATION, QT_TRANSLATE_NOOP("Access", "Renew this installation's keys")),
    "sync.setup": (C.INSTALLATION, QT_TRANSLATE_NOOP("Access", "Set up the exchange")),
    "sync.enrol": (C.INSTALLATION, QT_TRANSLATE_NOOP("Access", "Enrol an installation")),
    "sync.revoke": (C.INSTALLATION, QT_TRANSLATE_NOOP("Access", "Revoke an installation")),
    # the app's own
    "demo.fill": (C.SETTINGS, QT_TRANSLATE_NOOP("Access", "Fill in demo data")),
    "settings.change": (C.SETTINGS, QT_TRANSLATE_NOOP("Access", "Change the settings")),
    "backup.create": (C.SIGNED_IN, QT_TRANSLATE_NOOP("Access", "Make a backup")),
    "backup.restore": (C.SETTINGS, QT_TRANSLATE_NOOP("Access", "Restore a backup")),
    "backup.folder": (C.SETTINGS, QT_TRANSLATE_NOOP("Access", "Change the backup folder")),
    "database.encrypt": (C.INSTALLATION, QT_TRANSLATE_NOOP("Access", "Encrypt the database")),
    "audit.verify": (C.SIGNED_IN, QT_TRANSLATE_NOOP("Access", "Verify the audit trail")),
    "audit.history": (C.SIGNED_IN, QT_TRANSLATE_NOOP("Access", "View a record's history")),
    # users and sessions
    "user.add": (C.USERS, QT_TRANSLATE_NOOP("Access", "Add a user")),
    "user.edit": (C.USERS, QT_TRANSLATE_NOOP("Access", "Edit a user")),
    "user.reset_password": (C.USERS, QT_TRANSLATE_NOOP("Access", "Reset a user's password")),
    "user.change_own_password": (C.SIGNED_IN, QT_TRANSLATE_NOOP("Access", "Change your own password")),
    # The administrator named with the recovery key, signed in by it.
    "user.recover_password": (C.USERS, QT_TRANSLATE_NOOP("Access", "Set a password with the recovery key")),
    "session.login": (C.SYSTEM, QT_TRANSLATE_NOOP("Access", "Sign in")),
    "session.login_failed": (C.SYSTEM, QT_TRANSLATE_NOOP("Access", "Failed sign-in")),
    "session.unlock": (C.SYSTEM, QT_TRANSLATE_NOOP("Access", "Unlock")),
    "session.unlock_failed": (C.SYSTEM, QT_TRANSLATE_NOOP("Access", "Failed unlock")),
}

ACTIONS: Mapping[str, Capability] = MappingProxyType({a: cap for a, (cap, _) in _CATALOGUE.items()})

# Change sets of these actions touch accounts and sign-ins: never undone.
USER_ACTIONS = frozenset(a for a in ACTIONS if a.startswith(("user.", "session.")))


def action_label(action: str) -> str:
    """What the action does, in the user's language ("Edit a village file");
    an action not in the catalogue (an older database's) is shown as named."""
    entry = _CATALOGUE.get(action)
    return translate("Access", entry[1]) if entry else action


def parse_roles(text: str | None) -> frozenset[Role]:
    """The roles stored as "secretary,admin"; unknown names are ignored
    (deny by default: a role this version does not know grants nothing)."""
    known = {r.value for r in Role}
    return frozenset(Role(p) for p in (part.strip() for part in (text or "").split(",")) if p in known)


def format_roles(roles: Iterable[Role]) -> str:
    """The stored form, in the order of `Role`."""
    wanted = set(roles)
    return ",".join(r.value for r in Role if r in wanted)


def roles_label(roles: Iterable[Role]) -> str:
    wanted = set(roles)
    if not wanted:
        return translate("Access", "no role")
    labels = [r.label for r in Role if r in wanted]
    text = labels[0]
    for label in labels[1:]:
        # A pattern, not a bare ", ": Tibetan lists its labels after their shad.
        text = translate("Access", "{roles}, {role}").format(roles=text, role=label)
    return text


def roles_with(capability: Capability) -> frozenset[Role]:
    return frozenset(r for r, caps in ROLE_CAPABILITIES.items() if capability in caps)


class AccessDenied(VillageDeskError):
    def __init__(self, message: str, action: str) -> None:
        super().__init__(message)
        self.action = action


@dataclass(frozen=True)
class Session:
    """Who is acting: a signed-in user, or anyone when there are no accounts yet."""

    login: str
    display_name: str
    roles: frozenset[Role]
    user_id: str | None = None
    open_access: bool = False   # True: the database has no accounts yet (every role)

    @property
    def signed_in(self) -> bool:
        return self.open_access or bool(self.roles)

    @property
    def capabilities(self) -> frozenset[Capability]:
        if self.open_access:
            return frozenset(Capability)
        held = {C.SYSTEM}
        for role in self.roles:
            held |= ROLE_CAPABILITIES[role]
        return frozenset(held)

    def has(self, role: Role) -> bool:
        return self.open_access or role in self.roles

    def may(self, action: str) -> bool:
        needed = ACTIONS.get(action)
        return needed is not None and needed in self.capabilities

    def check(self, action: str) -> None:
        if self.may(action):
            return
        needed = ACTIONS.get(action)
        if needed is None:
            message = translate("Access", "“{action}” is not an action VillageDesk knows, so it is refused.").format(
                action=action)
        elif not self.signed_in:
            message = translate("Access", "Sign in first: “{action}” needs a signed-in user.").format(
                action=action_label(action))
        else:
            message = translate("Access", "{user} may not “{action}”: that needs the role {needed}. "
                                          "{user}'s roles: {roles}.").format(
                user=self.display_name or self.login, action=action_label(action),
                needed=translate("Access", " or ").join(r.label for r in Role if r in roles_with(needed)),
                roles=roles_label(self.roles))
        raise AccessDenied(message, action)


SIGNED_OUT = Session(login="", display_name="", roles=frozenset())


def open_session(name: str) -> Session:
    """The database has no accounts yet: whoever runs the app may do
    everything, named by their OS login."""
    return Session(login=name, display_name=name, roles=frozenset(Role), open_access=True)


# -- wrong passwords ---------------------------------------------------------

FREE_TRIES = 3               # wrong passwords in a row before each further one locks the login
FIRST_WAIT = 5.0             # seconds, doubled with each further wrong password ...
LONGEST_WAIT = 15 * 60.0     # ... up to a quarter of an hour


def lockout_seconds(failures: int) -> float:
    """How long a login stays locked after its `failures`-th wrong password
    in a row: nothing for the first three, then 5 s, 10 s, 20 s ... 15 min."""
    if failures <= FREE_TRIES:
        return 0.0
    return min(FIRST_WAIT * 2 ** min(failures - FREE_TRIES - 1, 20), LONGEST_WAIT)


# -- accounts --------------------------------------------------------------

LOGIN_MAX = 64
_LOGIN_BAD = re.compile(r"[\s,]")


def normalise_login(text: str) -> str:
    """The stored form of a login name: what was typed, trimmed and case-folded."""
    return (text or "").strip().casefold()


def login_problems(login: str) -> list[str]:
    login = normalise_login(login)
    if not login:
        return [translate("Access", "A login name is needed.")]
    problems = []
    if len(login) > LOGIN_MAX:
        problems.append(translate("Access", "A login name has at most {count} characters.").format(count=LOGIN_MAX))
    if _LOGIN_BAD.search(login):
        problems.append(translate("Access", "A login name cannot contain spaces or commas."))
    return problems


@dataclass(frozen=True)
class UserAccount:
    """A user account as shown and edited (never its password hash)."""

    id: str
    login: str
    display_name: str
    roles: frozenset[Role]
    disabled: bool
    must_change_password: bool
    last_login_at: datetime | None
    failed_logins: int
    locked_until: datetime | None
    row_version: int

    @property
    def name(self) -> str:
        return self.display_name or self.login

    def session(self) -> Session:
        return Session(login=self.login, display_name=self.name, roles=self.roles, user_id=self.id)
