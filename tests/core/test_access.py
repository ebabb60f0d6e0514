"""Roles, sessions, the wrong-password schedule and the password policy:
the pure rules (the role x action table itself is tests/services/test_role_table.py)."""

import pytest

from desktop.core.access import (
    ACTIONS, SIGNED_OUT, AccessDenied, Capability, Role, Session, USER_ACTIONS, action_label, format_roles,
    login_problems, lockout_seconds, normalise_login, open_session, parse_roles,
)
from desktop.core.errors import ValidationFailed
from desktop.core.passwords import check_password, password_problems


def test_roles_are_stored_in_a_fixed_order_and_unknown_ones_grant_nothing():
    assert format_roles({Role.ADMIN, Role.SECRETARY}) == "secretary,admin"
    assert parse_roles("secretary,admin") == {Role.SECRETARY, Role.ADMIN}
    assert parse_roles(" admin , superuser,") == {Role.ADMIN}
    assert parse_roles("") == frozenset() and parse_roles(None) == frozenset()


def test_wrong_passwords_lock_for_longer_and_longer_up_to_a_quarter_hour():
    assert [lockout_seconds(n) for n in range(1, 10)] == [0, 0, 0, 5, 10, 20, 40, 80, 160]
    assert lockout_seconds(12) == 900 and lockout_seconds(13) == 900 and lockout_seconds(10_000) == 900


def test_an_unknown_action_is_refused_even_in_open_access():
    anyone = open_session("dawa")
    assert anyone.may("village.edit") and anyone.may("user.add") and anyone.may("session.login")
    assert not anyone.may("village.destroy") and not anyone.may("")
    with pytest.raises(AccessDenied, match="village.destroy") as refused:
        anyone.check("village.destroy")
    assert refused.value.action == "village.destroy"


def test_signed_out_may_only_what_the_app_writes_itself():
    assert [a for a in ACTIONS if SIGNED_OUT.may(a)] == [a for a, c in ACTIONS.items() if c is Capability.SYSTEM]
    assert set(a for a in ACTIONS if SIGNED_OUT.may(a)) == {
        "session.login", "session.login_failed", "session.unlock", "session.unlock_failed"}
    with pytest.raises(AccessDenied, match="Sign in first: “Edit a village file”"):
        SIGNED_OUT.check("village.edit")


def test_a_refusal_names_the_action_the_roles_needed_and_the_users_roles():
    clerk = Session("zhang", "张三", frozenset({Role.CLERK}), user_id="u1")
    with pytest.raises(AccessDenied) as refused:
        clerk.check("set_rating")
    assert refused.value.message == ("张三 may not “Rate a village”: that needs the role County reviewer. "
                                     "张三's roles: Clerk.")
    with pytest.raises(AccessDenied) as refused:
        clerk.check("sync.export")
    assert "needs the role Secretary or County reviewer" in refused.value.message


def test_every_action_has_a_label_and_unknown_ones_show_as_named():
    assert action_label("problem_close") == "Close out a problem"
    assert all(action_label(a) != a for a in ACTIONS)
    assert action_label("edit") == "edit"
    assert USER_ACTIONS >= {"user.add", "user.edit", "user.reset_password", "user.change_own_password",
                            "session.login", "session.login_failed"}


def test_logins_are_case_folded_and_checked():
    assert normalise_login("  Zhang.San ") == "zhang.san"
    assert login_problems("zhang") == []
    assert login_problems("  ") == ["A login name is needed."]
    assert login_problems("zhang san") == ["A login name cannot contain spaces or commas."]
    assert login_problems("x" * 65) == ["A login name has at most 64 characters."]


@pytest.mark.parametrize("password, problems", [
    ("short1", ["A password needs at least 8 characters."]),
    ("zhangsan", ["The password cannot be the login name."]),
    ("ZhangSan", ["The password cannot be the login name."]),
    ("aaaaaaaaaa", ["The password cannot be one character repeated."]),
    ("aaaa", ["A password needs at least 8 characters.", "The password cannot be one character repeated."]),
    ("扎西德勒扎西德勒", []),
    ("correct horse", []),
])
def test_the_password_policy(password, problems):
    assert password_problems(password, "zhangsan") == problems


def test_a_bad_password_is_a_validation_failure_on_its_field():
    with pytest.raises(ValidationFailed) as failed:
        check_password("abc", "zhang", field="new_password")
    assert [e.field for e in failed.value.errors] == ["new_password"]
    check_password("a good passphrase", "zhang")
