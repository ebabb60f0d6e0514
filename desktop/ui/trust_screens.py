"""The trust screens to look at (`python -m desktop.ui.preview
identity|enrol|syncsetup|peers` and the screenshots): this installation's
identity, enrolling a new township laptop, setting up, and the county's
view of its township after importing its bundle — over a county and a
township that have exchanged (`exchange_demo`, in a temporary folder)."""

from __future__ import annotations

import tempfile
from pathlib import Path


def _demo():
    from desktop.services.sync.demo import exchange_demo

    return exchange_demo(Path(tempfile.mkdtemp(prefix="villagedesk-trust-")), villages=12, conflicts=3)


def _closing(widget, *workspaces):
    widget.destroyed.connect(lambda *_a: [ws.close() for ws in workspaces])
    return widget


def preview_identity(window, language: str):
    """The township's own identity: what it prints on its slip."""
    from desktop.ui.identity_dialog import IdentityDialog

    demo = _demo()
    return _closing(IdentityDialog(demo.township, language, window), demo.county, demo.township)


def preview_enrol(window, language: str):
    """The county enrolling a second township's new laptop, half the
    fingerprint typed."""
    from desktop.services.workspace import Workspace
    from desktop.ui.enrol_dialog import EnrolDialog

    demo = _demo()
    folder = demo.county.path.parent
    unit = demo.county.units.townships()[1]
    laptop = Workspace.open(folder / "laptop.sqlite3", actor="乡镇干部")
    laptop.sync.setup("township", unit.code, name_zh=unit.name_zh, name_bo=unit.name_bo,
                      installation_name=f"{unit.name_zh}党委 2号电脑")
    path = laptop.sync.export_enrolment(folder / f"{unit.code}.vdenrol")
    digits = laptop.sync.identity().fingerprint
    dialog = EnrolDialog(demo.county, language, window)
    dialog.load_file(path)
    dialog.fingerprint.set_digits(digits[:20])
    return _closing(dialog, demo.county, demo.township, laptop)


def preview_setup(window, language: str):
    """Setting up the preview's database (never set up) as a township."""
    from desktop.ui.setup_dialog import SetupDialog

    dialog = SetupDialog(window.ws, language, window)
    dialog.installation_name.setText(dialog.installation_name.placeholderText() + "党委 1号电脑")
    return dialog


def preview_peers(window, language: str):
    """The county's townships after the township's bundle was imported."""
    from desktop.ui.peers_window import PeersWindow

    demo = _demo()
    demo.county.sync.import_bundle(demo.to_county)
    shown = PeersWindow(demo.county, language, window)
    shown.select_peer(demo.township.installation_id)
    shown.show()
    return _closing(shown, demo.county, demo.township)


PREVIEWS = {"identity": preview_identity, "enrol": preview_enrol, "syncsetup": preview_setup,
            "peers": preview_peers}
