"""The role x action table, written out here on its own (not derived from
core/access.py) and checked case by case; then real service calls, one or
more per capability, for each role: refused ones raise AccessDenied and
write nothing."""

from datetime import date

import pytest
from sqlalchemy import text

from desktop.core.access import ACTIONS, SIGNED_OUT, AccessDenied, Role, Session, open_session
from desktop.core.ledger_terms import ProblemStatus as S
from desktop.core.terms import Rating
from desktop.core.sync_errors import BundleRejected
from desktop.services.demo import fill_demo
from desktop.services.users import LoginRefused
from tests.services.test_campaign import GOOD_ITEM, _problem
from tests.services.test_inspections import _village

# x: allowed. Columns: clerk, secretary, reviewer, admin, signed out.
TABLE = """
village.create               x  x  .  .  .
village.edit                 x  x  .  .  .
village.delete               x  x  .  .  .
roster.import                x  x  .  .  .
unit.create                  .  .  x  .  .
unit.edit                    .  .  x  .  .
revert                       x  x  x  x  .
install_template             .  .  x  .  .
install_shipped_templates    x  x  x  x  .
start_inspection             x  x  .  .  .
save_inspection              x  x  .  .  .
finalise_inspection          x  x  .  .  .
correct_inspection           x  x  .  .  .
delete_inspection            x  x  .  .  .
add_evidence                 x  x  .  .  .
remove_evidence              x  x  .  .  .
set_warning_policy           .  .  x  .  .
set_due_soon_days            .  .  x  .  .
set_rating                   .  .  x  .  .
add_problem                  x  x  .  .  .
edit_problem                 x  x  .  .  .
delete_problem               x  x  .  .  .
problems_from_inspection     x  x  .  .  .
problem_start                x  x  .  .  .
problem_solve                x  x  .  .  .
problem_reopen               x  x  .  .  .
problem_close                .  x  .  .  .
problem_send_back            .  x  .  .  .
create_plan                  x  x  .  .  .
save_plan                    x  x  .  .  .
plan_meeting                 x  x  .  .  .
revise_plan                  x  x  .  .  .
submit_plan                  .  x  .  .  .
approve_plan                 .  .  x  .  .
return_plan                  .  .  x  .  .
add_activity                 x  x  .  .  .
edit_activity                x  x  .  .  .
delete_activity              x  x  .  .  .
withdraw_team                x  x  .  .  .
acceptance_review            .  .  x  .  .
sync.export                  .  x  x  .  .
sync.import                  .  x  x  .  .
sync.resolve                 .  x  x  .  .
sync.keys                    x  x  x  x  .
sync.renew_keys              .  .  .  x  .
sync.setup                   .  .  .  x  .
sync.enrol                   .  .  .  x  .
sync.revoke                  .  .  .  x  .
demo.fill                    .  .  .  x  .
settings.change              .  .  .  x  .
backup.create                x  x  x  x  .
backup.restore               .  .  .  x  .
backup.folder                .  .  .  x  .
database.encrypt             .  .  .  x  .
audit.verify                 x  x  x  x  .
audit.history                x  x  x  x  .
user.add                     .  .  .  x  .
user.edit                    .  .  .  x  .
user.reset_password          .  .  .  x  .
user.change_own_password     x  x  x  x  .
user.recover_password        .  .  .  x  .
session.login                x  x  x  x  x
session.login_failed         x  x  x  x  x
session.unlock               x  x  x  x  x
session.unlock_failed        x  x  x  x  x
"""
COLUMNS = ("clerk", "secretary", "reviewer", "admin", "signed out")
EXPECTED = {line.split()[0]: dict(zip(COLUMNS, (c == "x" for c in line.split()[1:])))
            for line in TABLE.strip().splitlines()}


def _session(*roles: Role) -> Session:
    return Session("u", "U", frozenset(roles), user_id="id")


SESSIONS = {
    "clerk": _session(Role.CLERK),
    "secretary": _session(Role.SECRETARY),
    "reviewer": _session(Role.REVIEWER),
    "admin": _session(Role.ADMIN),
    "signed out": SIGNED_OUT,
}
CASES = [(action, column) for action in EXPECTED for column in COLUMNS]


def test_the_table_names_every_action_once():
    actions = [line.split()[0] for line in TABLE.strip().splitlines()]
    assert len(actions) == len(set(actions))
    assert set(actions) == set(ACTIONS)


@pytest.mark.parametrize("action, who", CASES, ids=[f"{a}-{w}" for a, w in CASES])
def test_role_and_action(action, who):
    session = SESSIONS[who]
    assert session.may(action) is EXPECTED[action][who]
    if EXPECTED[action][who]:
        session.check(action)
    else:
        with pytest.raises(AccessDenied):
            session.check(action)


@pytest.mark.parametrize("roles", [(Role.SECRETARY, Role.ADMIN), (Role.CLERK, Role.REVIEWER),
                                   (Role.REVIEWER, Role.ADMIN), tuple(Role)])
def test_several_roles_may_what_any_of_them_may(roles):
    session = _session(*roles)
    for action, row in EXPECTED.items():
        assert session.may(action) is any(row[r.value] for r in roles), action


def test_open_access_may_every_known_action_and_nothing_else():
    anyone = open_session("dawa")
    assert all(anyone.may(a) for a in EXPECTED)
    assert not any(anyone.may(a) for a in ("problem_closed", "problem_in_progress", "edit", "user.delete"))


# -- real service calls -------------------------------------------------------

PASSWORD = "a long passphrase"
LOGINS = {"clerk": [Role.CLERK], "secretary": [Role.SECRETARY], "reviewer": [Role.REVIEWER],
          "both": [Role.SECRETARY, Role.ADMIN]}


@pytest.fixture
def office(workspace, township, tmp_path):
    """A township's data made in open access, then accounts: admin, one per
    role and a secretary who is also the administrator."""
    ws = workspace
    village = _village(ws, township, "白依村", "513336100201")
    solved, _ = ws.ledger.add(_problem(village))
    ws.ledger.move(solved, None, S.SOLVED)
    open_one, _ = ws.ledger.add(_problem(village, description="村集体经济薄弱，无稳定收入来源，群众意见较大"))
    plan_id, _ = ws.plans.create(village)
    items = [{"problem_id": p, **GOOD_ITEM} for p in (solved, open_one)]
    ws.plans.save_items(plan_id, None, items)
    ws.plans.record_meeting(plan_id, None, date(2026, 11, 21), 29, 31, "同意")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 photo" * 50)
    ws.users.create_first_admin("admin", "管理员", PASSWORD)
    for login, roles in LOGINS.items():
        ws.users.add(login, login, roles, PASSWORD)
    ws.users.sign_out()
    return dict(ws=ws, village=village, solved=solved, open=open_one, plan=plan_id, photo=photo)


def _footprint(ws):
    with ws.db.read() as r:
        return (r.conn.execute(text("SELECT count(*) FROM changeset")).scalar(), r.changes.count(),
                r.count_live("problem"), r.count_live("problem_evidence"))


def _attempt(office, who, call):
    """Sign `who` in, make the call; True if it went through, False if
    refused (then nothing was written)."""
    ws = office["ws"]
    if who != "signed out":
        ws.users.login(who, PASSWORD)
    before = _footprint(ws)
    try:
        call(ws)
    except AccessDenied:
        ws.users.sign_out()
        assert _footprint(ws) == before
        return False
    ws.users.sign_out()
    return True


WHO = ["clerk", "secretary", "reviewer", "admin", "both", "signed out"]


def _expect(allowed: str):
    return [(who, who in allowed.split()) for who in WHO]


@pytest.mark.parametrize("who, allowed", _expect("clerk secretary both"))
def test_entering_a_problem(office, who, allowed):
    assert _attempt(office, who, lambda ws: ws.ledger.add(_problem(office["village"], description="党员"
                                                                    "活动阵地年久失修，无法正常开展组织生活"))) is allowed


@pytest.mark.parametrize("who, allowed", _expect("secretary both"))
def test_submitting_a_plan(office, who, allowed):
    assert _attempt(office, who, lambda ws: ws.plans.submit(office["plan"])) is allowed


@pytest.mark.parametrize("who, allowed", _expect("secretary both"))
def test_closing_out_a_problem(office, who, allowed):
    files = office["ws"].inspections.attachments.root
    existing = sorted(files.rglob("*")) if files.exists() else []
    went = _attempt(office, who, lambda ws: ws.ledger.close_out(office["solved"], None, checker="李书记",
                                                                evidence=[office["photo"]]))
    assert went is allowed
    if not allowed:   # refused before the evidence was copied in
        assert (sorted(files.rglob("*")) if files.exists() else []) == existing


@pytest.mark.parametrize("who, allowed", _expect("clerk secretary both"))
def test_starting_work_on_a_problem_is_not_closing_it_out(office, who, allowed):
    assert _attempt(office, who, lambda ws: ws.ledger.move(office["open"], None, S.IN_PROGRESS)) is allowed


@pytest.mark.parametrize("who, allowed", _expect("reviewer"))
def test_rating_a_village(office, who, allowed):
    assert _attempt(office, who, lambda ws: ws.warnings.set_rating(office["village"], "2026", Rating.BACKWARD)) \
        is allowed


@pytest.mark.parametrize("who, allowed", _expect("admin both"))
def test_adding_a_user(office, who, allowed):
    assert _attempt(office, who, lambda ws: ws.users.add("new", "新", [Role.CLERK], PASSWORD)) is allowed


@pytest.mark.parametrize("who, allowed", _expect("admin both"))
def test_setting_up_the_installation(office, who, allowed):
    assert _attempt(office, who, lambda ws: ws.sync.setup("township", "513336100")) is allowed


@pytest.mark.parametrize("who, allowed", _expect("admin both"))
def test_demo_data(office, who, allowed):
    assert _attempt(office, who, lambda ws: fill_demo(ws, villages=1, force=True)) is allowed


@pytest.mark.parametrize("who, allowed", _expect("clerk secretary reviewer admin both"))
def test_the_shipped_templates_install_for_anyone_signed_in(office, who, allowed):
    def listing(ws):
        ws.checklists._builtin_checked = False
        assert ws.checklists.list()
    assert _attempt(office, who, listing) is allowed


def test_undo_needs_the_undone_action_too(office):
    ws = office["ws"]
    ws.users.login("reviewer", PASSWORD)
    rating = ws.warnings.set_rating(office["village"], "2026", Rating.BACKWARD)
    ws.users.login("clerk", PASSWORD)
    entered, _ = ws.ledger.add(_problem(office["village"], description="村“两委”班子不团结，工作推不动"))
    own = ws.ledger.history(entered)
    assert own.problem.status is S.OPEN
    before = _footprint(ws)
    with pytest.raises(AccessDenied, match="Rate a village"):
        ws.changes.revert(rating.id)
    assert _footprint(ws) == before
    ws.users.sign_out()
    with pytest.raises(AccessDenied, match="Sign in first"):
        ws.changes.revert(rating.id)
    ws.users.login("reviewer", PASSWORD)
    undone = ws.changes.revert(rating.id)
    # Redoing (undoing the undo) needs the rating role again.
    ws.users.login("clerk", PASSWORD)
    with pytest.raises(AccessDenied, match="Rate a village"):
        ws.changes.revert(undone.id)


def test_signed_out_a_wrong_password_is_still_recorded(office):
    ws = office["ws"]
    before = _footprint(ws)[0]
    with pytest.raises(LoginRefused):
        ws.users.login("clerk", "not the password")
    assert _footprint(ws)[0] == before + 1
    with ws.db.read() as r:
        last = r.conn.execute(text("SELECT action, actor FROM changeset ORDER BY seq DESC LIMIT 1")).one()
    assert tuple(last) == ("session.login_failed", "clerk")


@pytest.mark.parametrize("who, allowed", _expect("clerk secretary reviewer admin both"))
def test_verifying_the_audit_trail(office, who, allowed):
    assert _attempt(office, who, lambda ws: ws.audit.verify()) is allowed


@pytest.mark.file_database   # a server's backups are its administrator's
@pytest.mark.parametrize("who, allowed", _expect("clerk secretary reviewer admin both"))
def test_making_a_backup(office, who, allowed):
    assert _attempt(office, who, lambda ws: ws.backups.create()) is allowed


@pytest.mark.parametrize("who, allowed", _expect("admin both"))
def test_choosing_the_backup_folder(office, who, allowed, tmp_path):
    assert _attempt(office, who, lambda ws: ws.backups.set_folder(tmp_path / "stick")) is allowed


def _refused_or_rejected(call):
    """The exchange on a database without a peer: past the role check it is
    refused as a bundle problem, which is not a refusal of the role."""
    def attempt(ws):
        try:
            call(ws)
        except BundleRejected:
            pass
    return attempt


@pytest.mark.parametrize("who, allowed", _expect("secretary reviewer both"))
def test_making_a_bundle_is_refused_before_any_file_is_written(office, who, allowed, tmp_path):
    out = tmp_path / "out" / "bundle.vdsync"
    out.parent.mkdir()
    assert _attempt(office, who, _refused_or_rejected(
        lambda ws: ws.sync.export_bundle("0123", out))) is allowed
    assert list(out.parent.iterdir()) == []


@pytest.mark.parametrize("who, allowed", _expect("secretary reviewer both"))
def test_importing_a_bundle_is_refused_before_it_is_read(office, who, allowed, tmp_path):
    bundle = tmp_path / "from-township.vdsync"
    bundle.write_bytes(b"not a bundle" * 100)
    assert _attempt(office, who, _refused_or_rejected(lambda ws: ws.sync.stage(bundle))) is allowed
