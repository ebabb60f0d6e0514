"""Attachments travel between encrypted databases (issue 10): out of the
county's keyed store into the bundle and into the township's keyed store,
piece by piece, with no plain file on the way; the content arrives whole."""

from __future__ import annotations

import hashlib
import secrets
import shutil
from pathlib import Path

import pytest

from desktop.services.demo import fill_demo
from desktop.services.demo_inspections import evidence_file
from desktop.services.workspace import Workspace

# Attachments between encrypted databases (SQLCipher files).
pytestmark = pytest.mark.file_database



def _demo_evidence() -> bytes:
    path = evidence_file()
    try:
        return path.read_bytes()
    finally:
        shutil.rmtree(path.parent, ignore_errors=True)


EVIDENCE = _demo_evidence()
SHA = hashlib.sha256(EVIDENCE).hexdigest()


def _enrol(source: Workspace, target: Workspace, folder: Path) -> None:
    path = source.sync.export_enrolment(folder / f"{source.installation_id[:8]}.vdenrol")
    target.sync.enrol(path, source.sync.identity().fingerprint)


def _plain_hits(folder: Path) -> list[str]:
    return [str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and EVIDENCE in p.read_bytes()]


def test_evidence_goes_from_one_encrypted_store_to_another_without_a_plain_file(tmp_path):
    county = Workspace.open(tmp_path / "county.sqlite3", actor="县委组织部", key=secrets.token_bytes(32))
    township = Workspace.open(tmp_path / "township.sqlite3", actor="乡镇干部", key=secrets.token_bytes(32))
    try:
        fill_demo(county, villages=6, townships=2, seed=3)
        county_store = county.inspections.attachments
        assert county_store.encrypted and county_store.read_bytes(SHA) == EVIDENCE
        unit = county.units.townships()[0]
        county.sync.setup("county", county.units.counties()[0].code, installation_name="县委组织部")
        township.sync.setup("township", unit.code, name_zh=unit.name_zh, name_bo=unit.name_bo,
                            installation_name="乡党委")
        _enrol(county, township, tmp_path)
        _enrol(township, county, tmp_path)
        sent = county.sync.export_bundle(township.installation_id, tmp_path / "first.vdbundle", full=True)
        assert sent.files == 1
        staged = township.sync.stage(sent.path)
        try:
            assert staged.summary.files == 1 and staged.files == [SHA]
            assert not township.inspections.attachments.has(SHA)       # the preview writes nothing
            assert not (staged.folder / "files").exists()
            township.sync.apply(staged)
        finally:
            staged.close()
        store = township.inspections.attachments
        assert store.encrypted and store.has(SHA) and store.read_bytes(SHA) == EVIDENCE
        assert store.path(SHA) != county_store.path(SHA)   # another key, another name
        # Plain only where the test wrote it: the bundle, the stores and the staging hold none.
        assert _plain_hits(tmp_path) == []
    finally:
        county.close()
        township.close()
