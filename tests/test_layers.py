"""The layers import one way only: core <- storage <- services <- cli | ui.

Read from the source (AST), so a lazy import inside a function counts too.
"""

import ast
import re
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop"

# layer -> layers of ours it may import
ALLOWED = {
    "core": {"core"},
    "storage": {"core", "storage"},
    "services": {"core", "storage", "services"},
    "cli": {"core", "services", "cli"},
    "ui": {"core", "services", "ui"},
}
QT = ("PySide6", "shiboken6")
SQL = ("sqlalchemy", "sqlmodel", "alembic", "sqlite3")
# Modules whose use means I/O; core stays pure calculation.
IO = ("os", "io", "pathlib", "shutil", "tempfile", "socket", "subprocess", "sqlite3", "urllib", "http", "platformdirs")
FORBIDDEN = {
    "core": QT + SQL + IO + ("openpyxl", "reportlab"),
    "storage": QT,
    "services": QT + ("sqlalchemy", "sqlmodel", "alembic"),
    "cli": QT + SQL,
    "ui": SQL,
}


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module


def _modules(layer):
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports(layer):
    problems = []
    for path in _modules(layer):
        for line, name in _imports(path):
            top = name.split(".")[0]
            where = f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
            if top == "desktop":
                parts = name.split(".")
                if len(parts) > 1 and parts[1] in ALLOWED and parts[1] not in ALLOWED[layer]:
                    problems.append(where)
            elif top in FORBIDDEN[layer]:
                problems.append(where)
    assert not problems, "\n".join(problems)


# Statements, not words: "Delete village" is a label, "DELETE FROM village" SQL.
SQL_STATEMENT = re.compile(
    r"^\s*(select\s.+\sfrom\s|insert\s+into\s|update\s+\w+\s+set\s|delete\s+from\s+\w+\s*(where|$)"
    r"|create\s+(table|index)\s|pragma\s+\w+)", re.IGNORECASE | re.DOTALL)


def test_no_sql_or_sessions_in_ui():
    """No SQL strings and no session/execute calls in the GUI's code (docs may say so)."""
    offenders = []
    for path in _modules("ui"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_STATEMENT.match(node.value):
                offenders.append(f"{path.name}:{node.lineno} SQL text")
            name = node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else ""
            if "session" in name.lower() or name in ("execute", "exec_driver_sql", "raw_connection"):
                offenders.append(f"{path.name}:{node.lineno} {name}")
    assert not offenders, offenders


def test_the_sql_check_tells_labels_from_statements():
    assert SQL_STATEMENT.match("SELECT id FROM village")
    assert SQL_STATEMENT.match("delete from village where id = ?")
    assert not SQL_STATEMENT.match("Delete village")
    assert not SQL_STATEMENT.match("Select All")


def test_the_check_itself_sees_a_violation(tmp_path, monkeypatch):
    """Guard against a test that can never fail."""
    fake = tmp_path / "desktop" / "core"
    fake.mkdir(parents=True)
    (fake / "bad.py").write_text("from desktop.storage import Database\nimport PySide6.QtCore\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path / "desktop")
    with pytest.raises(AssertionError) as err:
        test_layer_imports("core")
    assert "desktop.storage" in str(err.value) and "PySide6" in str(err.value)
