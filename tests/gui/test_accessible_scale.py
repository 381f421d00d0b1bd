"""The scoring scale as a screen reader gets it: a slider whose value reads "2 — …", set from
the keyboard or by the assistive technology itself, read-only once submitted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from tnl_jury.gui.main_window import MainWindow
from tnl_jury.gui.scoring.score_selector import ScoreSelector

from .scoring_helpers import answer_chooser, focused, open_demo, press, show_active, stored

MEMBER, MEMBER_NAME = 3, "Nadia Nguyen"
UNSCORED = 10


def test_the_scale_is_a_slider_with_its_value_in_words(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    screen = open_demo(window, demo_path)
    screen.actions_["score_moves_on"].setChecked(False)  # the same scale, digit after digit
    show_active(qtbot, window)
    answer_chooser(qtbot, screen, MEMBER_NAME)
    assert screen.start_scoring(UNSCORED)
    selector = focused()
    assert isinstance(selector, ScoreSelector)
    code = selector.criterion.code
    interface = QAccessible.queryAccessibleInterface(selector)
    assert interface is not None
    assert interface.role() == QAccessible.Role.Slider
    assert interface.text(QAccessible.Text.Name) == (f"Score of {code}: {selector.criterion.label}")
    # The description says what the number -1 means; the keys are no longer in it (Orca
    # read them after every criterion's name): the first dossier's announcement says them.
    assert interface.text(QAccessible.Text.Description) == "Not scored"
    value = interface.valueInterface()
    assert value is not None
    assert (value.minimumValue(), value.maximumValue(), value.minimumStepSize()) == (-1, 4, 1)
    assert value.currentValue() == -1  # below the scale: not scored
    assert interface.text(QAccessible.Text.Value) == "Not scored"

    press(qtbot, "2")
    step = selector.criterion.step(2)
    assert step is not None
    assert value.currentValue() == 2
    assert interface.text(QAccessible.Text.Value) == f"2 — {step.label}"
    # Unchanged while focused (Orca would read the change after the announced words)…
    assert interface.text(QAccessible.Text.Description) == "Not scored"
    assert not interface.state().readOnly

    press(qtbot, Qt.Key.Key_End)
    assert value.currentValue() == 4
    press(qtbot, Qt.Key.Key_Home)
    assert value.currentValue() == 0
    press(qtbot, "n")
    assert value.currentValue() == -1
    assert interface.text(QAccessible.Text.Value) == "No opinion"
    # … and up to date when the focus comes back.
    screen.criteria.level.setFocus()
    assert interface.text(QAccessible.Text.Description) == "No opinion"
    selector.setFocus()
    assert interface.text(QAccessible.Text.Description) == "No opinion"
    press(qtbot, "2")
    screen.criteria.level.setFocus()
    assert interface.text(QAccessible.Text.Description) == ""  # scored: the value says it
    selector.setFocus()

    value.setCurrentValue(3)  # what a screen reader's "set value" does
    assert window.jury_file is not None
    assert stored(window.jury_file, MEMBER, UNSCORED)[code] == (3, False, "")
    value.setCurrentValue(9)  # off the scale: nothing
    assert stored(window.jury_file, MEMBER, UNSCORED)[code] == (3, False, "")

    for other in screen.criteria.order:
        screen.criteria.focus_criterion(other)
        press(qtbot, "1")
    press(qtbot, Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)
    assert interface.state().readOnly  # submitted: read, not changed
    value.setCurrentValue(2)
    assert stored(window.jury_file, MEMBER, UNSCORED)[code] == (1, False, "")
