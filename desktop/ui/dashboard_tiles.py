"""The dashboard's big numbers: problems, villages and plans, support work.

Each tile is one figure with a caption and a line of detail; a click (or
Enter on a focused tile) emits its key and the dashboard opens the list
behind the number. Tiles flow into as many columns as the width allows, so
long Tibetan captions wrap instead of being cut.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.dashboard import Dashboard
from desktop.core.ledger_terms import ActivityKind as K, CampaignStatus, PlanStatus, ProblemStatus
from desktop.ui import fonts
from desktop.ui.retranslate import Retranslating

PROBLEM_KEYS = ("found", "solved", "open", "overdue", "due_soon", "reopened")
VILLAGE_KEYS = ("villages", "converted", "plans_approved", "plans_returned")
SUPPORT_KEYS = ("funds", "projects", "talks", "trainings", "supervision", "resolved", "cadres")

# The support log entries behind each support tile.
SUPPORT_KINDS: dict[str, tuple[K, ...]] = {
    "funds": (K.FUNDS,), "projects": (K.PROJECT,), "talks": (K.TALK,), "trainings": (K.TRAINING,),
    "supervision": (K.SUPERVISION_ANNOUNCED, K.SUPERVISION_UNANNOUNCED),
    "resolved": (K.PETITION_RESOLVED, K.DISPUTE_RESOLVED), "cadres": (K.CADRE_REPLACED,),
}
# Passed acceptance: the team may still be there or already withdrawn.
CONVERTED = (CampaignStatus.CONVERTED, CampaignStatus.CONSOLIDATING)

RED = "#c5221f"
AMBER = "#b07d00"
GREEN = "#1e7e34"
MIN_TILE_EMS = 11       # a tile's narrowest width, in the width of "M"
VALUE_SCALE = 1.7       # the number, against the caption


class FigureTile(QFrame):
    activated = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.value = QLabel(self)
        self.value.setObjectName("tileValue")
        self.value.setWordWrap(True)
        self.value.setTextFormat(Qt.TextFormat.RichText)
        self.caption = QLabel(self)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("tileDetail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #5f6368;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch()
        self.figure = ""
        self._value_args: tuple[str, str, str | None] = ("", "{amount}", None)

    def set_figure(self, value: str, caption: str, detail: str = "", tone: str | None = None,
                   hint: str = "", template: str = "{amount}") -> None:
        """`template` puts the number in words ("{amount} ten-thousand
        yuan"): the number is drawn big, the words at the normal size."""
        self.figure = template.format(amount=value)
        self._value_args = (value, template, tone)
        self._show_value()
        self.caption.setText(caption)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setToolTip("\n".join(t for t in (f"{caption}: {self.figure}", detail,
                                              hint or self.tr("Click to list them.")) if t))
        self.setAccessibleName(f"{caption}: {self.figure}")

    def _show_value(self) -> None:
        value, template, tone = self._value_args
        size = self.font().pointSizeF() * VALUE_SCALE
        colour = f"color:{tone};" if tone else ""
        # Digits in a Latin/CJK family: at this size a Tibetan family's
        # line (made for stacked letters) would open a wide gap under them.
        family = f"font-family:'{fonts.cjk_family()}';" if fonts.cjk_family() else ""
        big = f'<span style="font-size:{size:.1f}pt;font-weight:600;{family}{colour}">{html.escape(value)}</span>'
        self.value.setText(html.escape(template).replace("{amount}", big))

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.key)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.key)
            return
        super().keyPressEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._show_value()
        super().changeEvent(event)


class TileGrid(QWidget):
    """Tiles in rows, as many columns as fit."""

    activated = Signal(str)

    def __init__(self, keys: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = {k: FigureTile(k, self) for k in keys}
        for tile in self.tiles.values():
            tile.activated.connect(self.activated)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self._columns = 0
        self._reflow(3)

    def _reflow(self, columns: int) -> None:
        if columns == self._columns:
            return
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
        for c in range(max(self._columns, columns)):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        self._columns = columns
        for i, tile in enumerate(self.tiles.values()):
            self.grid.addWidget(tile, i // columns, i % columns)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrowest = self.fontMetrics().horizontalAdvance("M") * MIN_TILE_EMS
        fits = (event.size().width() + self.grid.spacing()) // (narrowest + self.grid.spacing())
        self._reflow(max(1, min(len(self.tiles), fits)))


class TilePanel(Retranslating, QWidget):
    """The three groups of tiles, filled from a Dashboard."""

    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardTiles")
        self._dashboard: Dashboard | None = None
        self._due_soon_days = 7
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.titles: list[QLabel] = []
        self.grids: list[TileGrid] = []
        for keys in (PROBLEM_KEYS, VILLAGE_KEYS, SUPPORT_KEYS):
            title = QLabel(self)
            title.setWordWrap(True)
            title.setStyleSheet("font-weight: 600;")
            grid = TileGrid(keys, self)
            grid.activated.connect(self.activated)
            layout.addWidget(title)
            layout.addWidget(grid)
            layout.addSpacing(6)
            self.titles.append(title)
            self.grids.append(grid)
        layout.addStretch()
        self.retranslate()

    def tile(self, key: str) -> FigureTile:
        return next(g.tiles[key] for g in self.grids if key in g.tiles)

    def show_figures(self, dashboard: Dashboard, due_soon_days: int) -> None:
        self._dashboard, self._due_soon_days = dashboard, due_soon_days
        self.retranslate()

    def yuan(self, amount: int) -> tuple[str, str]:
        """Money as the campaign reports it, in 万元 from ten thousand up:
        the number and the words around it."""
        if amount >= 10000:
            return f"{amount / 10000:,.2f}".rstrip("0").rstrip("."), self.tr("{amount} ten-thousand yuan")
        return f"{amount:,}", self.tr("{amount} yuan")

    def retranslate(self) -> None:
        for title, text in zip(self.titles, (self.tr("Problems"), self.tr("Villages and plans"),
                                             self.tr("Support work"))):
            title.setText(text)
        d = self._dashboard
        if d is None:
            return
        self._problems(d)
        self._villages(d)
        self._support(d)

    def _problems(self, d: Dashboard) -> None:
        p = d.problems
        share = f"{100 * p.solved / p.found:.1f}".rstrip("0").rstrip(".") if p.found else "0"
        t = self.tile
        t("found").set_figure(str(p.found), self.tr("Problems found"),
                              self.tr("{closed} closed out").format(closed=p.closed))
        t("solved").set_figure(str(p.solved), self.tr("Problems solved"),
                               self.tr("{share} % of those found").format(share=share), GREEN if p.solved else None)
        t("open").set_figure(str(p.open), self.tr("Still open"), self.tr("open, in progress or reopened"))
        t("overdue").set_figure(str(p.overdue), self.tr("Overdue"), self.tr("open past their deadline"),
                                RED if p.overdue else None)
        t("due_soon").set_figure(str(p.overdue + p.due_soon),
                                 self.tr("Overdue or due within {days} days").format(days=self._due_soon_days),
                                 self.tr("{soon} not yet overdue").format(soon=p.due_soon),
                                 AMBER if p.overdue + p.due_soon else None)
        t("reopened").set_figure(str(p.reopened), self.tr("Reopened (came back)"),
                                 self.tr("{now} reopened now").format(now=p.by_status.get(ProblemStatus.REOPENED, 0)),
                                 RED if p.reopened else None)

    def _villages(self, d: Dashboard) -> None:
        t = self.tile
        total = len(d.campaign_ids)
        converted = sum(len(d.by_status[s]) for s in CONVERTED)
        t("villages").set_figure(str(total), self.tr("Villages in the campaign"),
                                 self.tr("{count} under rectification").format(
                                     count=len(d.by_status[CampaignStatus.UNDER_RECTIFICATION])))
        t("converted").set_figure(str(converted), self.tr("Villages converted"),
                                  self.tr("{count} consolidating, team withdrawn").format(
                                      count=len(d.by_status[CampaignStatus.CONSOLIDATING])),
                                  GREEN if converted else None)
        t("plans_approved").set_figure(str(len(d.by_plan[PlanStatus.APPROVED])), self.tr("Village plans approved"),
                                       self.tr("of {count} villages").format(count=total))
        t("plans_returned").set_figure(str(len(d.returned_plans)), self.tr("Plans returned at least once"),
                                       self.tr("{count} awaiting revision now").format(
                                           count=len(d.by_plan[PlanStatus.RETURNED])))

    def _support(self, d: Dashboard) -> None:
        s = d.support
        n = s.by_kind.get
        hint = self.tr("Click to list the villages these entries are for.")

        def put(key: str, value: object, caption: str, detail: str = "", template: str = "{amount}") -> None:
            self.tile(key).set_figure(str(value), caption, detail, hint=hint, template=template)

        funds, words = self.yuan(s.funds_yuan)
        put("funds", funds, self.tr("Support funds"), self.tr("{count} entries").format(count=n(K.FUNDS, 0)),
            template=words)
        amount, words = self.yuan(s.project_yuan)
        put("projects", s.projects, self.tr("Projects"),
            self.tr("worth {amount}").format(amount=words.format(amount=amount)))
        put("talks", n(K.TALK, 0), self.tr("Heart-to-heart talks"))
        put("trainings", n(K.TRAINING, 0), self.tr("Trainings"),
            self.tr("{people} people trained").format(people=s.trained))
        put("supervision", n(K.SUPERVISION_ANNOUNCED, 0) + n(K.SUPERVISION_UNANNOUNCED, 0),
            self.tr("Supervision visits"), self.tr("{count} unannounced").format(count=n(K.SUPERVISION_UNANNOUNCED, 0)))
        put("resolved", n(K.PETITION_RESOLVED, 0) + n(K.DISPUTE_RESOLVED, 0), self.tr("Petitions and disputes resolved"))
        put("cadres", n(K.CADRE_REPLACED, 0), self.tr("Cadres replaced"))
