"""User accounts and signing in, through `ws.users` on a real SQLite file,
with real (cheap) argon2id hashes and an injected clock for the locks."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from desktop.core.access import SIGNED_OUT, AccessDenied, Role
from desktop.core.errors import EditConflict, ValidationFailed, VillageDeskError
from desktop.services import passwords
from desktop.services.users import LoginRefused
from desktop.services.workspace import Workspace

PASSWORD = "a long passphrase"
T0 = datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc)


@pytest.fixture
def office(workspace):
    """An administrator (signed in) and a clerk."""
    workspace.users.create_first_admin("Admin", "管理员", PASSWORD)
    workspace.users.add("zhang", "张三", [Role.CLERK], PASSWORD)
    return workspace


def _changesets(ws):
    with ws.db.read() as r:
        return [tuple(row) for row in r.conn.execute(text("SELECT action, actor FROM changeset ORDER BY seq"))]


def _row(ws, login):
    with ws.db.read() as r:
        return r.conn.execute(text("SELECT * FROM user_account WHERE login = :l"), {"l": login}).mappings().one()


def test_a_database_without_accounts_is_open_until_the_first_administrator(workspace, db_target):
    assert workspace.session.open_access and workspace.actor == "tester"
    assert not workspace.users.has_accounts() and workspace.users.list() == []
    session = workspace.users.create_first_admin("  Admin ", "管理员", PASSWORD)
    assert session.login == "admin" and session.roles == {Role.ADMIN} and not session.open_access
    assert workspace.session == session and workspace.actor == "admin"
    assert workspace.users.current().last_login_at is not None
    with pytest.raises(VillageDeskError, match="already has user accounts"):
        workspace.users.create_first_admin("other", "", PASSWORD)
    with Workspace.open(db_target, actor="tester") as again:
        assert again.session == SIGNED_OUT and again.actor == ""
        with pytest.raises(AccessDenied, match="Sign in first"):
            again.units.create(None)


def test_the_first_account_must_be_an_administrator_and_adding_it_ends_open_access(workspace):
    with pytest.raises(VillageDeskError, match="first user must be an administrator"):
        workspace.users.add("zhang", "", [Role.CLERK], PASSWORD)
    workspace.users.add("boss", "", [Role.ADMIN, Role.SECRETARY], PASSWORD, must_change=False)
    assert workspace.session == SIGNED_OUT
    assert _changesets(workspace) == [("user.add", "tester")]


def test_adding_checks_login_roles_name_and_password(office):
    users = office.users
    with pytest.raises(VillageDeskError, match="already a user with the login name zhang"):
        users.add("ZHANG", "", [Role.CLERK], PASSWORD)
    with pytest.raises(ValidationFailed) as failed:
        users.add("li si", "x" * 201, [], "short")
    assert {e.field for e in failed.value.errors} == {"login", "roles", "display_name"}
    with pytest.raises(ValidationFailed, match="cannot be the login name"):
        users.add("dawa.tsering", "", [Role.CLERK], "Dawa.Tsering")
    assert [a.login for a in users.list()] == ["admin", "zhang"]
    clerk = users.find(" Zhang ")
    assert (clerk.roles, clerk.display_name, clerk.must_change_password, clerk.disabled) == (
        {Role.CLERK}, "张三", True, False)
    assert not hasattr(clerk, "password_hash")
    assert _row(office, "zhang")["password_hash"].startswith("$argon2id$")
    assert _row(office, "zhang")["created_by"] == "admin"


def test_unknown_login_and_wrong_password_get_the_same_refusal(office):
    with pytest.raises(LoginRefused) as unknown:
        office.users.login("nobody", PASSWORD, now=T0)
    with pytest.raises(LoginRefused) as wrong:
        office.users.login("zhang", "not it", now=T0)
    assert unknown.value.message == wrong.value.message == "The login name or the password is wrong."
    assert unknown.value.retry_after is None and wrong.value.retry_after is None
    assert office.session.login == "admin"   # a refusal leaves the session as it was


def test_signing_in_and_out(office):
    session = office.users.login("ZHANG", PASSWORD, now=T0)
    assert (session.login, session.display_name, session.roles) == ("zhang", "张三", {Role.CLERK})
    assert office.session == session and office.actor == "zhang"
    assert office.users.current().last_login_at == T0
    assert _changesets(office)[-1] == ("session.login", "zhang")
    office.users.sign_out()
    assert office.session == SIGNED_OUT
    with pytest.raises(AccessDenied):
        office.users.add("li", "", [Role.CLERK], PASSWORD)


def test_wrong_passwords_lock_the_login_for_longer_each_time(office):
    users = office.users
    for n in range(3):
        with pytest.raises(LoginRefused) as refused:
            users.login("zhang", "guess", now=T0 + timedelta(seconds=n))
        assert refused.value.retry_after is None
    with pytest.raises(LoginRefused) as refused:
        users.login("zhang", "guess", now=T0 + timedelta(seconds=3))
    assert refused.value.retry_after == 5
    assert refused.value.message == "The login name or the password is wrong. Too many wrong passwords. " \
                                    "Try again in 5 seconds."
    recorded = len(_changesets(office))
    # While locked even the right password is refused, unchecked and unrecorded.
    with pytest.raises(LoginRefused) as refused:
        users.login("zhang", PASSWORD, now=T0 + timedelta(seconds=5))
    assert refused.value.retry_after == 3 and "Try again in 3 seconds" in refused.value.message
    assert len(_changesets(office)) == recorded and users.find("zhang").failed_logins == 4
    with pytest.raises(LoginRefused) as refused:
        users.login("zhang", "guess", now=T0 + timedelta(seconds=8))
    assert refused.value.retry_after == 10
    with pytest.raises(LoginRefused) as refused:
        users.login("zhang", "guess", now=T0 + timedelta(seconds=18))
    assert refused.value.retry_after == 20
    assert users.find("zhang").locked_until == T0 + timedelta(seconds=38)
    assert [a for a, _ in _changesets(office)[-6:]] == ["session.login_failed"] * 6
    users.login("zhang", PASSWORD, now=T0 + timedelta(seconds=38))
    account = users.find("zhang")
    assert (account.failed_logins, account.locked_until) == (0, None)


def test_the_lock_survives_a_restart_and_grows_to_a_quarter_hour(office, db_target):
    now = T0
    for _ in range(14):
        with pytest.raises(LoginRefused) as refused:
            office.users.login("zhang", "guess", now=now)
        now += timedelta(seconds=refused.value.retry_after or 0)
    assert refused.value.retry_after == 900
    office.close()
    with Workspace.open(db_target) as again:
        with pytest.raises(LoginRefused) as refused:
            again.users.login("zhang", PASSWORD, now=now - timedelta(seconds=60))
        assert refused.value.retry_after == 60 and "Try again in 60 seconds" in refused.value.message
        with pytest.raises(LoginRefused, match="Try again in 14 minutes"):
            again.users.login("zhang", PASSWORD, now=now - timedelta(seconds=800))
        assert again.users.login("zhang", PASSWORD, now=now).login == "zhang"


def test_a_disabled_account_is_refused(office):
    clerk = office.users.find("zhang")
    office.users.edit(clerk.id, clerk.row_version, disabled=True)
    with pytest.raises(LoginRefused, match="disabled"):
        office.users.login("zhang", PASSWORD, now=T0)
    with pytest.raises(LoginRefused, match="wrong"):
        office.users.login("zhang", "guess", now=T0)
    office.users.login("admin", PASSWORD, now=T0)
    clerk = office.users.find("zhang")
    office.users.edit(clerk.id, clerk.row_version, disabled=False)
    assert office.users.login("zhang", PASSWORD, now=T0).login == "zhang"


def test_there_always_stays_an_enabled_administrator(office, db_target):
    users = office.users
    me = users.current()
    with pytest.raises(VillageDeskError, match="cannot disable your own account"):
        users.edit(me.id, None, disabled=True)
    with pytest.raises(VillageDeskError, match="cannot take away your own administrator role"):
        users.edit(me.id, None, roles=[Role.SECRETARY])
    users.edit(me.id, None, roles=[Role.ADMIN, Role.SECRETARY], display_name="扎西")
    assert office.session.roles == {Role.ADMIN, Role.SECRETARY} and office.session.display_name == "扎西"
    users.add("second", "", [Role.ADMIN], PASSWORD)
    with Workspace.open(db_target) as other:
        other.users.login("second", PASSWORD)
        # The first administrator disables the second ...
        second = users.find("second")
        users.edit(second.id, second.row_version, disabled=True)
        # ... whose session, still open, cannot then demote the first.
        me = users.current()
        with pytest.raises(VillageDeskError, match="at least one enabled administrator"):
            other.users.edit(me.id, me.row_version, roles=[Role.CLERK])
    clerk = users.find("zhang")
    with pytest.raises(EditConflict):
        users.edit(clerk.id, clerk.row_version - 1, display_name="张")
    with pytest.raises(ValidationFailed):
        users.edit(clerk.id, clerk.row_version, roles=[])
    cs = users.edit(clerk.id, clerk.row_version, roles=[Role.CLERK, Role.SECRETARY])
    assert cs.action == "user.edit" and users.find("zhang").roles == {Role.CLERK, Role.SECRETARY}


def test_an_administrator_resets_a_password_which_must_then_be_changed(office):
    users = office.users
    clerk = users.find("zhang")
    for _ in range(5):
        with pytest.raises(LoginRefused):
            users.login("zhang", "guess", now=T0)
    users.login("admin", PASSWORD, now=T0)
    with pytest.raises(ValidationFailed, match="at least 8"):
        users.reset_password(clerk.id, "short")
    users.reset_password(clerk.id, "temporary pass")
    account = users.get(clerk.id)
    assert account.must_change_password and account.failed_logins == 0 and account.locked_until is None
    with pytest.raises(LoginRefused):
        users.login("zhang", PASSWORD, now=T0)
    users.login("zhang", "temporary pass", now=T0)
    with pytest.raises(AccessDenied):
        users.reset_password(clerk.id, "another password")


def test_changing_ones_own_password(office):
    users = office.users
    users.login("zhang", PASSWORD, now=T0)
    with pytest.raises(LoginRefused, match="current password is wrong"):
        users.change_own_password("guess", "a new passphrase", now=T0)
    assert users.current().failed_logins == 1
    with pytest.raises(ValidationFailed, match="differ from the current one"):
        users.change_own_password(PASSWORD, PASSWORD, now=T0)
    with pytest.raises(ValidationFailed, match="one character repeated"):
        users.change_own_password(PASSWORD, "zzzzzzzzzz", now=T0)
    cs = users.change_own_password(PASSWORD, "a new passphrase", now=T0)
    assert cs.action == "user.change_own_password" and cs.actor == "zhang"
    account = users.current()
    assert not account.must_change_password and account.failed_logins == 0
    users.sign_out()
    assert users.login("zhang", "a new passphrase", now=T0).login == "zhang"


def test_the_idle_lock_asks_the_same_users_password(office):
    users = office.users
    users.login("zhang", PASSWORD, now=T0)
    for n in range(3):
        with pytest.raises(LoginRefused, match="password is wrong"):
            users.unlock("guess", now=T0)
    with pytest.raises(LoginRefused) as refused:
        users.unlock("guess", now=T0)
    assert refused.value.retry_after == 5
    assert [a for a, _ in _changesets(office)[-4:]] == ["session.unlock_failed"] * 4
    with pytest.raises(LoginRefused, match="Try again"):
        users.unlock(PASSWORD, now=T0 + timedelta(seconds=4))
    users.unlock(PASSWORD, now=T0 + timedelta(seconds=5))
    assert office.session.login == "zhang" and users.current().failed_logins == 0
    assert _changesets(office)[-1] == ("session.unlock", "zhang")
    users.unlock(PASSWORD, now=T0 + timedelta(seconds=6))   # nothing to reset: nothing written
    assert _changesets(office)[-1] == ("session.unlock", "zhang")


def test_a_hash_of_another_cost_is_replaced_at_the_next_sign_in(office, monkeypatch):
    monkeypatch.setitem(passwords.COSTS, "test", passwords.Cost(time_cost=2, memory_kib=64, parallelism=1))
    office.users.add("dawa", "", [Role.REVIEWER], PASSWORD)
    old = _row(office, "dawa")["password_hash"]
    assert "t=2" in old
    monkeypatch.undo()
    office.users.login("dawa", PASSWORD, now=T0)
    new = _row(office, "dawa")["password_hash"]
    assert new != old and "t=1" in new and not passwords.needs_rehash(new)
    office.users.sign_out()
    assert office.users.login("dawa", PASSWORD, now=T0).login == "dawa"


def test_account_changes_and_sign_ins_cannot_be_undone(office):
    users = office.users
    clerk = users.find("zhang")
    cs = users.edit(clerk.id, clerk.row_version, roles=[Role.CLERK, Role.SECRETARY])
    with pytest.raises(VillageDeskError, match="cannot be undone"):
        office.changes.revert(cs.id)
    users.login("zhang", PASSWORD, now=T0)
    with office.db.read() as r:
        login_id = r.conn.execute(text("SELECT id FROM changeset WHERE action = 'session.login' "
                                       "ORDER BY seq DESC")).scalar()
    with pytest.raises(VillageDeskError, match="cannot be undone"):
        office.changes.revert(login_id)


def test_password_hashes_never_enter_the_change_log(office):
    users = office.users
    clerk = users.find("zhang")
    users.reset_password(clerk.id, "temporary pass")
    users.login("zhang", "temporary pass", now=T0)
    users.change_own_password("temporary pass", "a new passphrase", now=T0)
    with office.db.read() as r:
        logged = " ".join(d or "" for d in r.conn.execute(text("SELECT data FROM change_log")).scalars())
    assert "password_hash" in logged and "$argon2" not in logged
