"""The campaign from the command line, as a script would run it: problems on
the ledger, a plan through a return and an approval, a problem closed out
with evidence, the support log, three acceptance reviews, the team's
withdrawal and the dashboard."""

import json
from datetime import date, timedelta

import pytest

from tests.cli.test_cli import run
from tests.cli.test_inspection_cli import SMALL_TOML

TODAY = date.today()   # the command line works on the real day
SOON = (TODAY + timedelta(days=60)).isoformat()
CLEAR = "村党支部书记年龄偏大，近三年未发展新党员，党员队伍老化"
GOOD = {"goal": "年内发展35岁以下党员2名", "content": "发展年轻党员，培养入党积极分子",
        "measures": "年内发展35岁以下党员2名；确定入党积极分子3名；每月开展1次党员培训",
        "responsible_leader": "扎西", "responsible_person": "卓玛", "deadline": SOON}


def _day(days_ago: int) -> str:
    return (TODAY - timedelta(days=days_ago)).isoformat()


@pytest.fixture
def db(db_target, capsys):
    path = db_target
    code, _, err = run(capsys, "demo", "--db", str(path), "--villages", "12", "--seed", "5")
    assert code == 0, err
    return path


def _json(capsys, db, *argv):
    code, out, err = run(capsys, *argv, "--db", str(db), "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def village(db, capsys):
    """A village the demo left without problems (not weak)."""
    for v in _json(capsys, db, "villages", "list"):
        if not _json(capsys, db, "problems", "list", "--village", v["code"])["problems"]:
            return v["code"]
    raise AssertionError("every demo village has problems")


def _cli(capsys, db, *argv):
    return run(capsys, *argv, "--db", str(db))


def test_the_whole_cycle(db, village, capsys, tmp_path):
    # Two problems on the ledger; a bad one is refused with every reason.
    first = _json(capsys, db, "problems", "add", "--village", village, "--description", CLEAR, "--category", "b",
                  "--aspect", "B3", "--weakness", "soft", "--deadline", SOON, "--leader", "扎西", "--person", "卓玛")["id"]
    second = _json(capsys, db, "problems", "add", "--village", village, "--category", "F", "--source", "petition",
                   "--description", "村务、财务没有按季度公开，今年以来12笔开支没有公开记录")["id"]
    code, _, err = _cli(capsys, db, "problems", "add", "--village", village, "--description", " ", "--category", "A",
                        "--aspect", "C1", "--found", "2030-01-01")
    assert code == 1 and len(err.strip().splitlines()) == 3   # description, aspect, date found
    listed = _json(capsys, db, "problems", "list", "--village", village)
    assert listed["counts"]["found"] == 2 and {p["id"] for p in listed["problems"]} == {first, second}

    # A draft from the open problems fails "三个不放过", naming the items and fields.
    plan = _json(capsys, db, "plan", "create", "--village", village)
    assert plan["items"] == 2
    plan = plan["id"]
    code, out, _ = _cli(capsys, db, "plan", "check", plan)
    assert code == 1 and len(out.strip().splitlines()) >= 8
    code, out, _ = run(capsys, "plan", "check", plan, "--db", str(db), "--json")
    failures = {(f["item"], f["field"]) for f in json.loads(out)}
    assert code == 1 and {(1, "goal"), (1, "measures"), (2, "responsible_person"), (None, "meeting")} <= failures
    assert all(f["sentence"] for f in json.loads(out))

    items = tmp_path / "items.json"
    items.write_text(json.dumps([{"problem_id": first, **GOOD},
                                 {"item": 2, **GOOD, "goal": "村务财务每季度公开", "measures": "加强领导，认真落实"}],
                                ensure_ascii=False), encoding="utf-8")
    assert _cli(capsys, db, "plan", "items", plan, "--file", str(items))[0] == 0
    code, out, _ = run(capsys, "plan", "check", plan, "--db", str(db), "--json")
    assert code == 1 and {(f["item"], f["field"]) for f in json.loads(out)} == {(2, "measures"), (None, "meeting")}
    good = {**GOOD, "goal": "村务财务每季度公开", "measures": "1个月内补公开12笔开支明细；村务监督委员会每季度审核后张榜"}
    items.write_text(json.dumps([{"item": 1}, {"item": 2, **good}], ensure_ascii=False), encoding="utf-8")
    assert _cli(capsys, db, "plan", "items", plan, "--file", str(items))[0] == 0
    assert _cli(capsys, db, "plan", "meeting", plan, "--date", _day(3), "--present", "28", "--expected", "31",
                "--resolution", "同意该方案")[0] == 0
    code, out, _ = _cli(capsys, db, "plan", "check", plan)
    assert code == 0 and out.strip()
    assert _cli(capsys, db, "plan", "submit", plan)[0] == 0

    # The county returns it with a comment on item 2; the township revises it as round 2.
    code, _, err = _cli(capsys, db, "plan", "review", plan, "--return")
    assert code == 1 and err                        # a return needs a comment
    code, _, err = _cli(capsys, db, "plan", "review", plan, "--return", "--comment", "3=太笼统")
    assert code == 1 and "3" in err
    assert _cli(capsys, db, "plan", "review", plan, "--return", "--comment", "2=请明确村务监督委员会的审核环节",
                "--overall", "请修改后重新报送", "--by", "县委组织部")[0] == 0
    shown = _json(capsys, db, "plan", "show", plan)
    assert shown["status"] == "returned" and shown["review_comment"] == "请修改后重新报送"
    assert [i["review_comment"] for i in shown["items"]] == ["", "请明确村务监督委员会的审核环节"]
    assert _cli(capsys, db, "plan", "review", plan, "--approve")[0] == 1   # only a submitted plan is reviewed
    assert _cli(capsys, db, "plan", "revise", plan)[0] == 0
    items.write_text(json.dumps([{"item": 1}, {"item": 2, "measures": good["measures"] + "；乡经管站每半年抽查1次"}],
                                ensure_ascii=False), encoding="utf-8")
    assert _cli(capsys, db, "plan", "items", plan, "--file", str(items))[0] == 0
    assert _cli(capsys, db, "plan", "meeting", plan, "--date", _day(1), "--present", "30", "--resolution", "同意")[0] == 0
    assert _cli(capsys, db, "plan", "submit", plan)[0] == 0
    compared = _json(capsys, db, "plan", "compare", plan)
    assert (compared["before"], compared["after"]) == (1, 2)
    assert [(c["kind"], c["answered"]) for c in compared["items"]] == [("same", False), ("changed", True)]
    assert compared["items"][1]["changes"][0]["field"] == "measures"
    code, out, _ = _cli(capsys, db, "plan", "compare", plan, "--before", "1", "--after", "2")
    assert code == 0 and "乡经管站每半年抽查1次" in out and "请明确村务监督委员会的审核环节" in out
    assert _cli(capsys, db, "plan", "review", plan, "--approve", "--overall", "同意")[0] == 0
    shown = _json(capsys, db, "plan", "show", "--village", village)
    assert (shown["id"], shown["status"], shown["round"]) == (plan, "approved", 2)
    assert [h["step"] for h in shown["history"]] == ["drafted", "meeting", "submitted", "returned", "revised",
                                                     "meeting", "submitted", "approved"]
    round1 = _json(capsys, db, "plan", "show", plan, "--round", "1")
    assert round1["shown_round"] == 1 and round1["items"][1]["review_comment"]

    # The approved plan set the problems in progress; one is solved and closed out with evidence.
    assert _cli(capsys, db, "problems", "close", first, "--checker", "乡党委 李书记",
                "--evidence", str(tmp_path / "none.jpg"))[0] == 1
    photo = tmp_path / "整改照片.jpg"
    photo.write_bytes(b"\xff\xd8 photo" * 40)
    assert _cli(capsys, db, "problems", "close", first, "--checker", "乡党委 李书记", "--evidence", str(photo))[0] == 1
    assert _cli(capsys, db, "problems", "set-status", first, "--to", "solved", "--reason", "新发展党员2名",
                "--on", _day(0))[0] == 0
    assert _cli(capsys, db, "problems", "close", first, "--checker", "乡党委 李书记", "--evidence", str(photo),
                "--reason", "核查属实")[0] == 0
    shown = _json(capsys, db, "problems", "show", first)
    assert shown["status"] == "closed" and shown["closed_by"] == "乡党委 李书记"
    assert [h["to"] for h in shown["history"]] == ["open", "in_progress", "solved", "closed"]
    assert shown["evidence"][0]["file_name"] == photo.name
    code, out, _ = _cli(capsys, db, "problems", "show", first)
    assert code == 0 and "核查属实" in out and photo.name in out
    counts = _json(capsys, db, "problems", "list", "--village", village)["counts"]
    assert (counts["found"], counts["solved"], counts["closed"], counts["open"]) == (2, 1, 1, 1)

    # The support log.
    assert _cli(capsys, db, "activity", "add", "--village", village, "--kind", "training", "--date", _day(5))[0] == 1
    for extra in (["--kind", "training", "--summary", "党员培训", "--participants", "32"],
                  ["--kind", "funds", "--summary", "帮扶资金", "--amount", "4.8万", "--source", "县财政衔接资金"],
                  ["--kind", "quarterly_assessment", "--period", "2026Q3", "--score", "86", "--polled", "40",
                   "--satisfied", "35"]):
        assert _cli(capsys, db, "activity", "add", "--village", village, "--date", _day(5), *extra)[0] == 0
    logged = _json(capsys, db, "activity", "list", "--village", village)
    assert {a["kind"] for a in logged} == {"training", "funds", "quarterly_assessment"}
    assert next(a for a in logged if a["kind"] == "funds")["amount_yuan"] == 48000
    assert next(a for a in logged if a["kind"] == "quarterly_assessment")["satisfaction"] == 35 / 40
    assert len(_json(capsys, db, "activity", "list", "--village", village, "--kind", "funds,training")) == 2

    # Acceptance in three reviews; the team leaves only after the last.
    status = _json(capsys, db, "accept", "--village", village, "--status")
    assert (status["status"], status["next_level"]) == ("rectifying", "township")
    assert _cli(capsys, db, "withdraw-team", "--village", village, "--date", _day(0))[0] == 1
    assert _cli(capsys, db, "accept", "--village", village, "--level", "committee", "--result", "passed",
                "--date", _day(4))[0] == 1                      # the township reviews first
    for level, ago in (("township", 4), ("department", 3), ("committee", 2)):
        code, _, err = _cli(capsys, db, "accept", "--village", village, "--level", level, "--result", "passed",
                            "--date", _day(ago), "--by", "乡党委", "--comments", "整改到位")
        assert code == 0, err
    status = _json(capsys, db, "accept", "--village", village, "--status")
    assert (status["status"], status["next_level"], len(status["reviews"])) == ("converted", None, 3)
    assert _cli(capsys, db, "withdraw-team", "--village", village, "--date", _day(0))[0] == 0
    assert _json(capsys, db, "accept", "--village", village, "--status")["status"] == "consolidating"

    figures = _json(capsys, db, "dashboard")
    assert figures["villages"] == 12 and figures["campaign_villages"] == sum(figures["by_status"].values())
    assert figures["by_status"]["consolidating"] >= 1
    assert figures["problems"]["found"] >= 2 and figures["by_plan"]["approved"] >= 1
    assert figures["support"]["funds_yuan"] >= 48000 and figures["support"]["trained"] >= 32
    code, out, _ = _cli(capsys, db, "dashboard")
    assert code == 0 and str(figures["problems"]["found"]) in out


def test_listing_filters_the_ledger_and_counts_what_it_shows(db, capsys):
    everything = _json(capsys, db, "problems", "list")
    assert everything["counts"]["found"] == len(everything["problems"]) > 5
    closed = _json(capsys, db, "problems", "list", "--status", "closed,solved")
    assert closed["counts"]["found"] == closed["counts"]["solved"] == len(closed["problems"])
    assert {p["status"] for p in closed["problems"]} <= {"closed", "solved"}
    overdue = _json(capsys, db, "problems", "list", "--overdue")["problems"]
    assert all(p["deadline_colour"] == "red" for p in overdue)
    for option, value, key in (("--category", "a", "category"), ("--aspect", "F1", "aspect")):
        shown = _json(capsys, db, "problems", "list", option, value)["problems"]
        assert all(p[key] == value.upper() for p in shown)
    soft = _json(capsys, db, "problems", "list", "--weakness", "soft,lax")["problems"]
    assert soft and all({"soft", "lax"} & set(p["weakness"]) for p in soft)
    person = everything["problems"][0]["responsible_person"]
    assert all(person in p["responsible_person"] or person in p["responsible_leader"]
               for p in _json(capsys, db, "problems", "list", "--person", person)["problems"])
    code, out, _ = _cli(capsys, db, "problems", "list", "--sort", "village")
    assert code == 0 and str(everything["counts"]["found"]) in out.splitlines()[0]
    code, _, err = _cli(capsys, db, "problems", "list", "--status", "finished")
    assert code == 1 and "finished" in err and "open" in err
    code, out, _ = run(capsys, "problems", "list", "--db", str(db), "--lang", "bo_CN")
    assert code == 0 and "གྲོང་ཚོ" in out


def test_problems_from_an_inspection(db, capsys, tmp_path):
    toml = tmp_path / "small.toml"
    toml.write_text(SMALL_TOML, encoding="utf-8")
    assert _cli(capsys, db, "checklist", "import", str(toml))[0] == 0
    village = _json(capsys, db, "villages", "list")[0]["code"]
    evidence = tmp_path / "记录.pdf"
    evidence.write_bytes(b"%PDF-1.4 minutes")
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"A1.1": 0, "A1.2": {"value": 1, "evidence": [str(evidence)]}, "A1.3": 42000}),
                       encoding="utf-8")
    args = ("inspect", "--db", str(db), "--village", village, "--template", "cli-small", "--period", "2026Q4",
            "--answers", str(answers), "--json")
    code, out, err = run(capsys, *args)
    assert code == 0, err
    inspection = json.loads(out)["inspection_id"]
    code, _, err = _cli(capsys, db, "problems", "from-inspection", inspection)
    assert code == 1 and err                                 # still a draft: finalise it first
    code, out, err = run(capsys, *args, "--finalise")
    assert code == 0 and len(json.loads(out)["failed"]) == 3, err
    made = _json(capsys, db, "problems", "from-inspection", inspection, "--codes", "A1.1,A1.3", "--deadline", SOON,
                 "--person", "卓玛")["ids"]
    assert len(made) == 2
    code, _, err = _cli(capsys, db, "problems", "from-inspection", inspection, "--codes", "Z9.9")
    assert code == 1 and "Z9.9" in err
    assert len(_json(capsys, db, "problems", "from-inspection", inspection)["ids"]) == 1   # A1.2, the one left
    assert _json(capsys, db, "problems", "from-inspection", inspection)["ids"] == []
    listed = _json(capsys, db, "problems", "list", "--village", village, "--source", "inspection", "--person", "卓玛")
    assert {p["id"] for p in listed["problems"]} == set(made)
    assert all(p["inspection_id"] == inspection and p["aspect"] == "A1" for p in listed["problems"])


def test_usage_mistakes_exit_2_and_bad_values_exit_1(db, village, capsys):
    assert run(capsys, "plan", "show", "--db", str(db))[0] == 2
    assert run(capsys, "accept", "--village", "x", "--level", "township", "--db", str(db))[0] == 2
    assert run(capsys, "accept", "--village", "x", "--status", "--result", "passed", "--db", str(db))[0] == 2
    assert run(capsys, "plan", "review", "x", "--approve", "--return", "--db", str(db))[0] == 2
    code, _, err = run(capsys, "plan", "show", "no-such-plan", "--db", str(db))
    assert code == 1 and err.startswith("villagedesk: ")
    code, _, err = run(capsys, "problems", "add", "--village", "000000000000", "--description", CLEAR,
                       "--category", "B", "--db", str(db))
    assert code == 1 and "000000000000" in err
    code, _, err = run(capsys, "problems", "add", "--village", village, "--description", CLEAR, "--category", "B",
                       "--deadline", "soon", "--db", str(db))
    assert code == 1 and "--deadline" in err
    code, _, err = run(capsys, "activity", "add", "--village", village, "--kind", "funds", "--date", _day(1),
                       "--summary", "资金", "--amount", "lots", "--db", str(db))
    assert code == 1 and "--amount" in err
    assert _json(capsys, db, "problems", "list", "--village", village)["counts"]["found"] == 0
