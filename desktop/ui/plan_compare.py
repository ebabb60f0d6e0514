"""What changed in a village plan between two rounds, item by item: added,
removed, changed or the same; beside each, what the county said about it
in the earlier round, and for each changed field the text before and after
with the changed words highlighted — so the reviewer sees at once whether
the township answered each comment."""

from __future__ import annotations

import difflib
import re
from datetime import date
from html import escape

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.changes import ChangeSet
from desktop.core.plans import ITEM_FIELDS, ItemComparison, field_label
from desktop.ui import fonts
from desktop.ui.inspection_text import FAIL_COLOUR, MUTED_COLOUR
from desktop.ui.retranslate import Retranslating
from desktop.ui.warning_grid_model import village_name

# Tibetan syllables stay whole (a highlight inside one would break its
# stack), Chinese goes by character, other scripts by word.
_TOKEN = re.compile(r"[\u0f40-\u0fbc]+[\u0f0b\u0f0d-\u0f12]?|[\u3400-\u9fff]|[^\W\u3400-\u9fff\u0f00-\u0fff]+|\s+|.",
                    re.S)
DELETED = "background-color:#f6c4c0; color:#8c1d18; text-decoration:line-through;"
INSERTED = "background-color:#c4e7c9; color:#0d652d;"
KIND_COLOURS = {"added": "#0d652d", "removed": "#8c1d18", "changed": "#174ea6", "same": MUTED_COLOUR}


def _text(value) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


_TIBETAN_RUN = re.compile(r"[\u0f00-\u0fff]+(?:[ \u0f00-\u0fff]*[\u0f00-\u0fff])?")


def data_html(text: str) -> str:
    """Escaped text with its Tibetan runs in a Tibetan font: the page's
    font is the interface's, whose first family may be a Chinese one that
    would clip the stacks (fonts.py)."""
    family = fonts.tibetan_family()
    out, at = [], 0
    for m in _TIBETAN_RUN.finditer(text):
        out.append(escape(text[at:m.start()]))
        run = escape(m.group())
        out.append(f"<span style=\"font-family:'{family}'\">{run}</span>" if family else run)
        at = m.end()
    out.append(escape(text[at:]))
    return "".join(out).replace("\n", "<br>")


def diff_html(before: str, after: str) -> tuple[str, str]:
    """Both texts as HTML, the tokens taken out marked in the first and
    those put in marked in the second."""
    a, b = _TOKEN.findall(before), _TOKEN.findall(after)
    left, right = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        old, new = data_html("".join(a[i1:i2])), data_html("".join(b[j1:j2]))
        if op == "equal":
            left.append(old)
            right.append(new)
            continue
        if old:
            left.append(f'<span style="{DELETED}">{old}</span>')
        if new:
            right.append(f'<span style="{INSERTED}">{new}</span>')
    return "".join(left), "".join(right)


class PlanCompare(Retranslating, QWidget):
    def __init__(self, workspace, plan_id: str, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planCompare")
        self.ws = workspace
        self.plan_id = plan_id
        self.language = language
        self.comparisons: list[ItemComparison] = []

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.before = QComboBox(self)
        self.before.setObjectName("compareBefore")
        self.after = QComboBox(self)
        self.after.setObjectName("compareAfter")
        self.with_label = QLabel(self)
        self.and_label = QLabel(self)
        self.show_same = QCheckBox(self)
        self.show_same.setObjectName("compareShowSame")
        self.summary = QLabel(self)
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.view = QTextBrowser(self)
        self.view.setObjectName("compareView")
        pick = QHBoxLayout()
        for w in (self.with_label, self.before, self.and_label, self.after):
            pick.addWidget(w)
        pick.addStretch()
        pick.addWidget(self.show_same)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(pick)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.before.currentIndexChanged.connect(lambda _i: self._compare())
        self.after.currentIndexChanged.connect(lambda _i: self._compare())
        self.show_same.toggled.connect(lambda _on: self._render())
        self.reload()

    def reload(self) -> None:
        """Read the plan again. The rounds chosen stay while the plan has the
        same rounds; a new round shows against the one before it."""
        chosen = self.rounds() if self.before.count() else None
        shown_rounds = self.before.count()
        self.file = self.ws.plans.open(self.plan_id)
        self._names = self.ws.ledger.village_names([self.file.plan.village_id]).get(self.file.plan.village_id,
                                                                                    ("", ""))[:2]
        last = self.file.plan.round
        defaults = chosen if chosen and shown_rounds == last else (max(1, last - 1), last)
        for combo, default in zip((self.before, self.after), defaults):
            combo.blockSignals(True)
            combo.clear()
            for n in range(1, last + 1):
                combo.addItem("", n)
            combo.setCurrentIndex(default - 1)
            combo.blockSignals(False)
        self.retranslate()
        self._compare()

    def apply(self, changeset: ChangeSet) -> None:
        """Follow the plan's items (saved, revised, undone) and its problems' words."""
        if changeset.touches("plan", "plan_item", "problem"):
            self.reload()

    def set_rounds(self, before: int, after: int) -> None:
        self.before.setCurrentIndex(before - 1)
        self.after.setCurrentIndex(after - 1)

    def rounds(self) -> tuple[int, int]:
        return self.before.currentData(), self.after.currentData()

    def _compare(self) -> None:
        before, after = self.rounds()
        self.comparisons = self.ws.plans.compare(self.plan_id, before, after) if before and after else []
        self._render()

    # -- the page ----------------------------------------------------------

    def _problem(self, problem_id: str) -> str:
        p = self.file.problems.get(problem_id) or self.ws.ledger.get(problem_id)
        return p.description if p else ""

    def _render(self) -> None:
        before, after = self.rounds()
        counts = {k: sum(1 for c in self.comparisons if c.kind == k) for k in KIND_COLOURS}
        commented = [c for c in self.comparisons if c.comment]
        text = self.tr("{changed} changed, {added} added, {removed} removed, {same} unchanged.").format(**counts)
        if commented:
            text += " " + self.tr("{answered} of {commented} items the county commented on were changed.").format(
                answered=sum(1 for c in commented if c.answered), commented=len(commented))
        self.summary.setText(text)
        if before == after:
            self.view.setHtml("<p>" + escape(self.tr("Choose two different rounds to compare.")) + "</p>")
            return
        parts = []
        for n, c in enumerate(self.comparisons, start=1):
            if c.kind == "same" and not c.comment and not self.show_same.isChecked():
                continue
            parts.append(self._item_html(n, c, before, after))
        if not parts:
            parts.append("<p>" + escape(self.tr("Nothing changed between these rounds.")) + "</p>")
        self.view.setHtml("".join(parts))

    def _item_html(self, n: int, c: ItemComparison, before: int, after: int) -> str:
        kind = {"added": self.tr("Added"), "removed": self.tr("Removed"), "changed": self.tr("Changed"),
                "same": self.tr("Unchanged")}[c.kind]
        number = self.tr("Item {n}").format(n=n) if c.kind != "removed" else self.tr("Taken out")
        title = f'{escape(number)} · <span style="color:{KIND_COLOURS[c.kind]}">{escape(kind)}</span>'
        problem = f"<b>{escape(field_label('problem'))}:</b> {data_html(self._problem(c.problem_id))}"
        html = [f'<h3 style="margin-top:14px">{title}</h3>', f"<p>{problem}</p>"]
        if c.comment:
            comment = self.tr("County comment (round {round}): {comment}").format(round=before, comment=c.comment)
            html.append(f'<p style="background-color:#fff4d6; color:#8a5300">{data_html(comment)}</p>')
            if not c.answered:
                unanswered = self.tr("Not changed although the county commented on it.")
                html.append(f'<p style="color:{FAIL_COLOUR}"><b>{escape(unanswered)}</b></p>')
        rows = []
        if c.kind == "changed":
            for ch in c.changes:
                if isinstance(ch.before, str) and isinstance(ch.after, str):
                    left, right = diff_html(ch.before, ch.after)
                else:     # a date changes as a whole
                    left, right = (f'<span style="{style}">{data_html(_text(v))}</span>' if v else ""
                                   for style, v in ((DELETED, ch.before), (INSERTED, ch.after)))
                rows.append((field_label(ch.field), left, right))
        elif c.kind in ("added", "removed"):
            item = c.after or c.before
            for name in ITEM_FIELDS:
                value = data_html(_text(getattr(item, name)))
                style = INSERTED if c.kind == "added" else DELETED
                cell = f'<span style="{style}">{value}</span>' if value else ""
                rows.append((field_label(name), cell if c.kind == "removed" else "",
                             cell if c.kind == "added" else ""))
        if rows:
            labels = [escape(t) for t in (self.tr("Field"), self.tr("Round {n}").format(n=before),
                                          self.tr("Round {n}").format(n=after))]
            head = (f'<tr><th align="left" width="16%">{labels[0]}</th><th align="left" width="42%">{labels[1]}</th>'
                    f'<th align="left" width="42%">{labels[2]}</th></tr>')
            body = "".join(f'<tr><td style="color:{MUTED_COLOUR}">{escape(label)}</td><td>{left}</td>'
                           f"<td>{right}</td></tr>" for label, left, right in rows)
            html.append(f'<table width="100%" cellspacing="0" cellpadding="5" border="1" '
                        f'style="border-collapse:collapse; border-color:#dadce0">{head}{body}</table>')
        return "".join(html)

    # -- language ----------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def retranslate(self) -> None:
        plan = self.file.plan
        name = village_name(self._names, self.language)
        self.setWindowTitle(self.tr("Compare rounds: {village} {year}").format(village=name, year=plan.year))
        self.title.setText(self.tr("{village} · {year} · village plan").format(
            village=" ".join(n for n in self._names if n), year=plan.year))
        # Each picker has a label of its own: a sentence split around two
        # combo boxes cannot follow Tibetan word order (the verb comes last).
        self.with_label.setText(self.tr("Earlier round"))
        self.and_label.setText(self.tr("Later round"))
        for combo in (self.before, self.after):
            for i in range(combo.count()):
                combo.setItemText(i, str(combo.itemData(i)))
        self.show_same.setText(self.tr("Show unchanged items"))
        self._render()
