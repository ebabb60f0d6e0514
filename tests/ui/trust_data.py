"""A county and its township that have exchanged (exchange_demo), made once
per test run and copied for each test: a test enrols, revokes and imports
on its own copy of the real databases and bundles."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from desktop.services.sync.demo import ExchangeDemo, exchange_demo
from desktop.services.workspace import Workspace

_made: dict[str, object] = {}


def _source() -> tuple[Path, str, str]:
    if not _made:
        folder = Path(tempfile.mkdtemp(prefix="villagedesk-trust-demo-"))
        atexit.register(shutil.rmtree, folder, True)
        demo = exchange_demo(folder / "demo", villages=12, conflicts=3)
        _made.update(folder=folder / "demo", to_county=demo.to_county.name, to_township=demo.to_township.name)
        demo.close()
    return _made["folder"], _made["to_county"], _made["to_township"]


def copied_demo(target: Path) -> ExchangeDemo:
    """A fresh copy of the demo's county, township and bundles under `target`."""
    source, to_county, to_township = _source()
    shutil.copytree(source, target)
    return ExchangeDemo(Workspace.open(target / "county.sqlite3", actor="县委组织部", create=False),
                        Workspace.open(target / "township.sqlite3", actor="乡镇干部", create=False),
                        target / to_county, target / to_township)


def new_installation(folder: Path, code: str, name_zh: str, name_bo: str, mode: str = "township") -> Workspace:
    """Another computer, set up and never enrolled anywhere."""
    ws = Workspace.open(folder / f"{code}.sqlite3", actor="乡镇干部")
    ws.sync.setup(mode, code, name_zh=name_zh, name_bo=name_bo, installation_name=f"{name_zh} 2号电脑")
    return ws
