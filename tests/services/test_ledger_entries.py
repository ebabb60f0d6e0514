"""The entries of a few problems, read again after an edit, are the entries
the whole index would read."""

from datetime import date

from desktop.core.ledger_terms import ProblemStatus as S
from tests.services.test_campaign import _problem
from tests.services.test_inspections import _village


def test_entries_of_some_problems_are_those_of_the_index(workspace, township):
    village = _village(workspace, township, "白依村", "513336100201")
    a, _ = workspace.ledger.add(_problem(village))
    b, _ = workspace.ledger.add(_problem(village, responsible_person="格桑"))
    workspace.ledger.move(a, None, S.IN_PROGRESS, on=date(2026, 10, 1))
    whole = {e.id: e for e in workspace.ledger.index().entries}
    assert {e.id: e for e in workspace.ledger.entries([a, b])} == whole
    assert [e.status for e in workspace.ledger.entries([a])] == [S.IN_PROGRESS]
    workspace.ledger.delete(b)
    assert workspace.ledger.entries([a, b]) == [whole[a]]
    assert workspace.ledger.entries([]) == []


def test_village_names_with_their_township_in_both_scripts(workspace, township):
    village = _village(workspace, township, "白依村", "513336100201")
    assert workspace.ledger.village_names([village]) == {village: ("白依村", "", "白依乡", "པད་ཡུལ་ཤང་།")}
