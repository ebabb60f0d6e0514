"""`villagedesk overview`: the prefecture overview as a table and as JSON,
on a file or a server's database (db_target)."""

import json

from tests.cli.test_cli import run


def test_overview_per_county_and_in_total(db_target, capsys):
    target = str(db_target)
    code, _, err = run(capsys, "demo", "--db", target, "--villages", "40", "--townships", "32", "--seed", "3")
    assert code == 0, err
    code, out, err = run(capsys, "overview", "--db", target, "--json")
    assert code == 0, err
    data = json.loads(out)
    counties = data["counties"]
    assert len(counties) == 3 and all(c["name_zh"].endswith("县") for c in counties)
    total = data["total"]
    assert total["villages"] == 40 == sum(c["villages"] for c in counties)
    assert total["townships"] == 32
    assert sum(total["by_colour"].values()) == 40
    assert sum(total["by_status"].values()) == total["campaign_villages"]
    # The same figures as the dashboard's, county by county.
    for c in counties:
        code, out, err = run(capsys, "dashboard", "--db", target, "--unit", c["code"], "--json")
        d = json.loads(out)
        assert (c["villages"], c["by_colour"], c["campaign_villages"], c["by_status"], c["problems"]) == \
            (d["villages"], d["by_colour"], d["campaign_villages"], d["by_status"], d["problems"])

    code, out, err = run(capsys, "overview", "--db", target, "--unit", counties[0]["code"], "--json")
    assert code == 0, err
    assert [c["id"] for c in json.loads(out)["counties"]] == [counties[0]["id"]]

    code, out, err = run(capsys, "overview", "--db", target)
    assert code == 0, err
    # A header, a line per county, the total (its words are the translators'), a sentence.
    lines = out.splitlines()
    assert [line.split()[0] for line in lines[1:4]] == [c["name_zh"] for c in counties]
    assert [line.split()[1:4] for line in lines[1:5]] == \
        [[str(c["townships"]), str(c["villages"]), str(c["by_colour"]["red"])] for c in (*counties, total)]

    code, out, err = run(capsys, "overview", "--db", target, "--unit", "no-such-unit")
    assert code == 1 and "no-such-unit" in err
