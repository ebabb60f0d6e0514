"""The steps of an inspection form: the checklist's aspects grouped by
category, each with how many of its items are answered, then the summary."""

from __future__ import annotations

from typing import Iterator, Mapping

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.core.checklists import Template
from desktop.core.scoring import Answer
from desktop.ui.inspection_text import PASS_COLOUR
from desktop.ui.retranslate import Retranslating

SUMMARY = "\0summary"
STEP_ROLE = Qt.ItemDataRole.UserRole


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped names: a tree view measures items
    without the column's width, so long Tibetan names would be elided."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() != 0:
            return hint
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.header().sectionSize(0) - self.tree.indentation() * (depth + 1) - 12
        if width <= 40:
            return hint
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = QFontMetrics(font).boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), rect.height() + 8))


class AspectSteps(Retranslating, QTreeWidget):
    step_chosen = Signal(str)   # an aspect code, or SUMMARY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aspects")
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setMinimumWidth(220)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_WrappingDelegate(self))
        self.header().sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())
        self.template: Template | None = None
        self._language = "zh_CN"
        self.steps: list[str] = []
        self.currentItemChanged.connect(self._on_current)

    def build(self, template: Template, language: str) -> None:
        self.template = template
        self._language = language
        self.blockSignals(True)
        self.clear()
        self.steps = []
        for category in template.categories:
            top = QTreeWidgetItem(self)
            top.setData(0, STEP_ROLE, category.aspects[0].code)   # a category leads to its first aspect
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for aspect in category.aspects:
                QTreeWidgetItem(top).setData(0, STEP_ROLE, aspect.code)
                self.steps.append(aspect.code)
            top.setExpanded(True)
        QTreeWidgetItem(self).setData(0, STEP_ROLE, SUMMARY)
        self.steps.append(SUMMARY)
        self.blockSignals(False)
        self.set_language(language)

    def _items(self) -> Iterator[QTreeWidgetItem]:
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            yield top
            for j in range(top.childCount()):
                yield top.child(j)

    def show_counts(self, answers: Mapping[str, Answer]) -> None:
        if self.template is None:
            return
        for aspect in self.template.aspects():
            item = self._item(aspect.code)
            done = sum(1 for i in aspect.indicators if (a := answers.get(i.code)) is not None and a.answered)
            total = len(aspect.indicators)
            item.setText(1, f"{done}/{total}" + (" ✓" if done == total else ""))
            item.setForeground(1, QColor(PASS_COLOUR) if done == total else self.palette().text().color())

    def _item(self, step: str) -> QTreeWidgetItem | None:
        return next((item for item in self._items()
                     if item.data(0, STEP_ROLE) == step and (item.parent() is not None or step == SUMMARY)), None)

    # -- moving ----------------------------------------------------------

    def current_step(self) -> str:
        item = self.currentItem()
        return item.data(0, STEP_ROLE) if item is not None else self.steps[0]

    def go_to(self, step: str) -> None:
        item = self._item(step)
        if item is not None:
            self.setCurrentItem(item)

    def step(self, delta: int) -> None:
        index = self.steps.index(self.current_step()) + delta
        if 0 <= index < len(self.steps):
            self.go_to(self.steps[index])

    def _on_current(self, item: QTreeWidgetItem | None, previous: QTreeWidgetItem | None = None) -> None:
        if item is None:
            return
        step = item.data(0, STEP_ROLE)
        if item.parent() is None and step != SUMMARY:
            # A category: on to its first aspect, or, coming up from that
            # aspect (the Up key), back to the aspect before it.
            came_up = previous is not None and previous.parent() is item and previous.data(0, STEP_ROLE) == step
            if came_up and self.steps.index(step) > 0:
                self.step(-1)
            else:
                self.go_to(step)
        else:
            self.step_chosen.emit(step)

    # -- language --------------------------------------------------------

    def set_language(self, language: str) -> None:
        self._language = language
        if self.template is None:
            return
        categories = {c.aspects[0].code: c for c in self.template.categories}
        aspects = {a.code: a for a in self.template.aspects()}
        for item in self._items():
            step = item.data(0, STEP_ROLE)
            if step == SUMMARY:
                continue
            named = categories[step] if item.parent() is None else aspects[step]
            item.setText(0, f"{named.code}  {named.name.get(language)}")
        self.retranslate()

    def retranslate(self) -> None:
        summary = self._item(SUMMARY)
        if summary is not None:
            summary.setText(0, self.tr("Summary"))
