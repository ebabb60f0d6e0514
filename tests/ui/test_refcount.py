"""PySide6 6.12.0 on CPython 3.11 drops a reference to None on every C++ ->
Python call that returns None (a model's data()), until the process dies
with "none_dealloc" (../shared/FACTS.md). This fails if that comes back."""

import sys

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.ui.village_table_model import VillageTableModel


class _NoneModel(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 10

    def columnCount(self, parent=QModelIndex()):
        return 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from 3.12: the loss cannot be seen")
def test_none_refcount_survives_model_calls(qapp, demo_workspace):
    for model in (_NoneModel(), VillageTableModel(demo_workspace.villages)):
        if isinstance(model, VillageTableModel):
            model.refresh()
        index = model.index(0, 0)
        before = sys.getrefcount(None)
        for role in range(400):
            index.data(role % 64)     # through C++ into data(); most roles answer None
        after = sys.getrefcount(None)
        assert after >= before - 5, f"None lost {before - after} references across 400 calls"
