"""The scoring scale (:class:`~tnl_jury.gui.scoring.score_selector.ScoreSelector`) as a
screen reader's slider.

Contract of :class:`ScaleInterface`:

* role ``Slider``; name: the selector's accessible name ("Score of STRAT-1: …"); description:
  the selector's, "Not scored" or "No opinion" (what the number one below the scale means:
  Orca 43 says "slider -1", then this), empty once scored; the keys are said once, with the
  first dossier opened, not after every criterion's name;
* a value interface: current value the step chosen, maximum the scale's, step 1, minimum one
  below the scale's: that value means "not scored" or "no opinion" (AT-SPI needs a number;
  the scale's lowest step would be a real score), the words say which; setting a value asks
  for that score (as typing the digit does: refused when the scale is read-only or the
  value off the scale);
* the value in words, "3 — Structuré" / "No opinion" / "Not scored", as ``text(Value)``
  (UI Automation reads it). Orca 43 reads a slider's value in words only from the object
  attribute ``valuetext``, which Qt bridges from a ``QHash<QString, QString>`` PySide cannot
  build: Orca says the number on a change, and the screen announces the words
  (:meth:`~tnl_jury.gui.scoring.screen_texts.ScreenTexts.say_score`);
* state ``readOnly`` while the scores cannot change.

The selector posts a value-change event whenever its state changes while it has the focus
(:func:`value_changed`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtGui import (
    QAccessible,
    QAccessibleValueChangeEvent,
    QAccessibleValueInterface,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

if TYPE_CHECKING:
    from tnl_jury.gui.scoring.score_selector import ScoreSelector


class _Value(QAccessibleValueInterface):
    """The value half of :class:`ScaleInterface` (Qt asks for it by ``interface_cast``)."""

    def __init__(self, selector: ScoreSelector) -> None:
        super().__init__()
        self.selector = selector

    def currentValue(self) -> Any:  # noqa: N802 (Qt API)
        return shown_value(self.selector)

    def setCurrentValue(self, value: Any) -> None:  # noqa: N802 (Qt API)
        try:
            number = int(value)
        except (TypeError, ValueError):
            return
        if number in self.selector.criterion.values:
            self.selector.request_score(number)

    def maximumValue(self) -> Any:  # noqa: N802 (Qt API)
        return max(self.selector.criterion.values)

    def minimumValue(self) -> Any:  # noqa: N802 (Qt API)
        return min(self.selector.criterion.values) - 1  # "not scored" (see the contract)

    def minimumStepSize(self) -> Any:  # noqa: N802 (Qt API)
        return 1


class ScaleInterface(QAccessibleWidget):
    """See the module's contract."""

    def __init__(self, selector: ScoreSelector) -> None:
        super().__init__(selector, QAccessible.Role.Slider)
        self.selector = selector
        self._value = _Value(selector)

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Value:
            return str(self.selector.state_text())
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.readOnly = not self.selector.editable
        return state

    def interface_cast(self, kind: QAccessible.InterfaceType) -> Any:
        """Qt asks for each interface by its type; it wants a pointer (a ``VoidPtr``) back,
        for Qt's own interfaces too (returning anything else crashes in the bridge)."""
        if kind == QAccessible.InterfaceType.ValueInterface:
            # The stubs say int; a wrapped object gives its C++ address, as documented.
            return shiboken6.VoidPtr(self._value)  # type: ignore[arg-type]
        # Qt's own (e.g. the action interface): its address, as a pointer again
        return shiboken6.VoidPtr(super().interface_cast(kind))


def make_interface(widget: QWidget) -> ScaleInterface:
    from tnl_jury.gui.scoring.score_selector import ScoreSelector

    assert isinstance(widget, ScoreSelector)
    return ScaleInterface(widget)


def shown_value(selector: ScoreSelector) -> int:
    """The value a screen reader gets: the step, or one below the scale without one."""
    if selector.value is None or selector.no_opinion:
        return int(min(selector.criterion.values)) - 1
    return int(selector.value)


def value_changed(selector: ScoreSelector) -> None:
    """Tell screen readers the scale's value changed: when one listens, only when it did
    change, and only for the scale that has the focus. A dossier opening sets all 17
    scales: their 17 value events (which Orca 43 never prunes) kept its queue over 50
    while the dossier's announcement came, and Orca pruned that as flood. A scale without
    the focus is read afresh when it gets it (the value is never cached on the bus)."""
    value = shown_value(selector)
    if not selector.hasFocus():
        selector.announced_value = None  # not told: the next change with the focus is
        return
    if selector.announced_value == value:
        return
    selector.announced_value = value
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleValueChangeEvent(selector, value))
