"""The scale of one criterion as one keyboard stop: labelled step buttons and "No opinion".

:class:`ScoreSelector` takes the focus as a whole (its buttons are for the mouse), so that Tab
goes from criterion to criterion instead of through every step. With the focus on it:

* a digit chooses that step (a digit off the scale only says so in the status bar);
* ``N`` or ``?`` means "no opinion"; Delete or Backspace clears the score;
* Left and Right move one step down or up, Home and End to the lowest or highest; Up and
  Down (and Enter) ask for the previous or next criterion (``move_requested``).

For screen readers it is a slider whose value reads "3 — Structuré"
(:mod:`tnl_jury.gui.accessibility.scale`); every change of state posts a value-change event.

The chosen step is drawn pressed, in bold and with a check mark: never by colour alone; the
focus is drawn as a thick frame in the highlight colour around the whole scale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLayout, QLayoutItem, QPushButton, QSizePolicy, QWidget, QWidgetItem

from tnl_jury.gui.accessibility import ensure_installed, register
from tnl_jury.gui.accessibility.names import set_description, set_name, set_text
from tnl_jury.gui.accessibility.scale import make_interface, value_changed
from tnl_jury.gui.plain_text import plain_tip

if TYPE_CHECKING:
    from tnl_jury.services.scoring_view import CriterionView

NO_OPINION_KEYS = {Qt.Key.Key_N, Qt.Key.Key_Question}
CLEAR_KEYS = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace}
CHECK = "✓ "
GREYED = "greyed"  # a step of a read-only scale (see ScoreSelector.set_editable)


class FlowLayout(QLayout):
    """Lays its items out left to right, wrapping to a new line when the width runs out (the
    step labels are long, and the text follows the system's font size)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(4, 4, 4, 4)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt API)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + self.spacing()
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class ScoreSelector(QWidget):
    """One criterion's scale (see the module's contract).

    ``score_requested(value or None, no_opinion)`` asks the screen to record a score;
    ``move_requested(+1 or -1)`` asks for the next or previous criterion;
    ``refused(message)`` reports a key that is not a step of the scale;
    ``typed()`` follows a score chosen by typing it (a digit, or "n" for no opinion), not by
    an arrow, a click or Delete: the screen may then move on to the next criterion.
    """

    score_requested = Signal(object, bool)
    move_requested = Signal(int)
    typed = Signal()
    refused = Signal(str)
    focus_entered = Signal()

    def __init__(self, criterion: CriterionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ensure_installed()  # the slider's interface (see tnl_jury.gui.accessibility)
        self.criterion = criterion
        self.value: int | None = None
        self.no_opinion = False
        self.editable = True
        self.announced_value: int | None = None  # the last value told to screen readers
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout = FlowLayout(self)
        self.step_buttons: dict[int, QPushButton] = {}
        for step in criterion.steps:
            button = self._button()
            button.clicked.connect(lambda _c=False, v=step.value: self._clicked(v, False))
            self.step_buttons[step.value] = button
            layout.addItem(QWidgetItem(button))
        self.no_opinion_button = self._button()
        self.no_opinion_button.clicked.connect(lambda _c=False: self._clicked(None, True))
        layout.addItem(QWidgetItem(self.no_opinion_button))
        self.retranslate_ui()

    def _button(self) -> QPushButton:
        button = QPushButton(self)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the selector is the keyboard stop
        button.setAutoDefault(False)
        return button

    # State ----------------------------------------------------------------------------

    def set_state(self, value: int | None, no_opinion: bool) -> None:
        """Show ``value`` (or "no opinion") as chosen; emits nothing."""
        self.value, self.no_opinion = value, no_opinion
        self._refresh()

    def set_editable(self, editable: bool) -> None:
        """A read-only scale still takes the focus (to be read) but changes nothing. Its
        steps but the chosen one look disabled (the palette's disabled colours) without
        being disabled: each button disabled sends screen readers two events, and the
        17 × 6 of a submitted sheet flooded Orca, which then dropped the confirmation. A
        click on a step of a read-only scale changes nothing (:meth:`_clicked`)."""
        self.editable = editable
        for button in (*self.step_buttons.values(), self.no_opinion_button):
            greyed = not (editable or button.isChecked())
            if bool(button.property(GREYED)) != greyed:
                button.setProperty(GREYED, greyed)
                button.setPalette(greyed_palette(self.palette()) if greyed else self.palette())

    def state_text(self) -> str:
        """The current choice in words, e.g. "2 — Ciblé", "No opinion", "Not scored"."""
        if self.no_opinion:
            return self.tr("No opinion")
        step = self.criterion.step(self.value)
        if step is None:
            return self.tr("Not scored")
        return f"{step.value} — {step.label}"

    def _refresh(self) -> None:
        for value, button in self.step_buttons.items():
            step = self.criterion.step(value)
            label = f"{value} — {step.label}" if step else str(value)
            self._show_button(button, label, value == self.value and not self.no_opinion)
        self._show_button(self.no_opinion_button, self.tr("No opinion (N)"), self.no_opinion)
        if not self.hasFocus():
            self._describe()
        self.set_editable(self.editable)
        self.update()
        value_changed(self)  # the value is no longer in the description: screen readers

    def keys_text(self) -> str:
        """The scale's keys, said once (with the first dossier opened, see
        ``ScreenTexts.dossier_opened``) and listed in the key card (F1): not the scale's
        description, which Orca read after each criterion's name (17 times a dossier)."""
        return self.tr(
            "Digits {low} to {high}, Left, Right: score. N: no opinion. Delete: clear. "
            "Up, Down: other criterion."
        ).format(low=min(self.criterion.values), high=max(self.criterion.values))

    def _describe(self) -> None:
        """The description says what the slider's number cannot: "Not scored" or "No
        opinion" (both are one below the scale, see accessibility.scale), nothing once
        scored. Set only while the scale has no focus, and as it gets it (before Qt tells
        screen readers of the focus): a description changing on the focused object is read
        out by Orca, after the words already announced (see ``ScreenTexts.say_score``)."""
        scored = self.value is not None and not self.no_opinion
        set_description(self, "" if scored else self.state_text())  # unchanged: no event

    @staticmethod
    def _show_button(button: QPushButton, label: str, checked: bool) -> None:
        button.setChecked(checked)
        set_text(button, (CHECK + label) if checked else label)
        font = button.font()
        if font.bold() != checked:
            font.setBold(checked)
            button.setFont(font)
        set_name(button, label)

    # Input ----------------------------------------------------------------------------

    def _clicked(self, value: int | None, no_opinion: bool) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if not self.editable:
            self._refresh()  # a click toggled a button: show the recorded state again
            return
        self._request(value, no_opinion)

    def request_score(self, value: int) -> None:
        """Ask for ``value`` as typing its digit does (assistive technologies set it)."""
        self._request(value, False)

    def _request(self, value: int | None, no_opinion: bool) -> bool:
        """Ask for the score; False when refused (these scores can no longer change)."""
        if not self.editable:
            self.refused.emit(self.tr("These scores can no longer be changed."))
            return False
        if (value, no_opinion) == (self.value, self.no_opinion):
            self._refresh()
            return True
        self.score_requested.emit(value, no_opinion)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
        elif len(text) == 1 and text.isdigit():
            value = int(text)
            if value in self.criterion.values:
                if self._request(value, False):
                    self.typed.emit()
            else:
                self.refused.emit(
                    self.tr("{value} is not on this scale (from {low} to {high}).").format(
                        value=value, low=min(self.criterion.values), high=max(self.criterion.values)
                    )
                )
        elif key in NO_OPINION_KEYS or text in {"?", "n", "N"}:
            if self._request(None, True):
                self.typed.emit()
        elif key in CLEAR_KEYS:
            self._request(None, False)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step(-1 if key == Qt.Key.Key_Left else +1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):  # as on a slider
            values = self.criterion.values
            self._request(min(values) if key == Qt.Key.Key_Home else max(values), False)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else +1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.move_requested.emit(+1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step(self, delta: int) -> None:
        values = list(self.criterion.values)
        if self.value is None:
            target = values[0] if delta > 0 else values[-1]
        else:
            index = max(0, min(len(values) - 1, values.index(self.value) + delta))
            target = values[index]
        self._request(target, False)

    # Focus ----------------------------------------------------------------------------

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        self._describe()  # before Qt's focus event reaches screen readers (see _describe)
        super().focusInEvent(event)
        self.focus_entered.emit()
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self._describe()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            pen = QPen(self.palette().highlight().color(), 3)
            pen.setStyle(Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -2, -2), 4, 4)
            painter.end()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(
            self.tr("Score of {code}: {label}").format(
                code=self.criterion.code, label=self.criterion.label
            )
        )
        for value, button in self.step_buttons.items():
            step = self.criterion.step(value)
            if step is not None and step.description:
                button.setToolTip(plain_tip(step.description))
                button.setAccessibleDescription(step.description)
        self.no_opinion_button.setToolTip(
            self.tr("You have no opinion on this criterion (it is not counted as a zero)")
        )
        self.no_opinion_button.setAccessibleDescription(self.no_opinion_button.toolTip())
        self._refresh()


def greyed_palette(palette: QPalette) -> QPalette:
    """``palette`` with the disabled colours of a button in every state."""
    greyed = QPalette(palette)
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button):
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            greyed.setColor(group, role, palette.color(disabled, role))
    return greyed


register(ScoreSelector, make_interface)
