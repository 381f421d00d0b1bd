"""The Edition tab's checklist: its states follow the file, each step opens its screen."""

from __future__ import annotations

from pathlib import Path

from tnl_jury.gui.deliberation.meeting_dialog import MeetingDialog
from tnl_jury.gui.main_window import MainWindow

from .deliberation_helpers import Dialogs, attend


def test_the_checklist_shows_where_the_edition_stands(window: MainWindow, demo_path: Path) -> None:
    box = window.edition_panel.checklist
    assert box.checklist is None
    assert not any(b.isEnabled() for b in box.buttons.values())  # no file open
    window.open_file(demo_path)
    assert box.checklist is not None
    texts = {key: button.text() for key, button in box.buttons.items()}
    assert texts["edition"] == "✔  1. Edition and grid — 17 criteria"
    assert texts["import"] == "✔  2. Import the dossiers, map the questions — 12 dossiers"
    assert texts["scoring"].startswith("◐  4. Scoring")
    assert texts["meeting"] == "○  5. Meeting: date, place, attendance — not recorded"
    assert texts["minutes"].endswith("— not written")
    assert box.buttons["scoring"].font().bold()  # the next step to do
    assert not box.buttons["meeting"].font().bold()
    assert box.buttons["meeting"].accessibleName() == (
        "5. Meeting: date, place, attendance, to do: not recorded"
    )


def test_each_step_opens_its_screen(window: MainWindow, demo_path: Path) -> None:
    window.open_file(demo_path)
    box = window.edition_panel.checklist
    box.buttons["jury"].click()
    assert window.current_panel() is window.jury_panel
    box.buttons["scoring"].click()
    assert window.current_panel().key == "progress"  # type: ignore[union-attr]

    feature = window.deliberation
    dialogs = Dialogs(feature)
    box.buttons["meeting"].click()  # the meeting's own dialog, on the Deliberation tab
    assert isinstance(dialogs.seen[-1], MeetingDialog)
    assert window.current_panel() is feature.panel

    attend(feature, dialogs)  # recorded elsewhere: the checklist reads it again when shown
    assert box.checklist is not None and box.checklist.step("meeting").state == "todo"
    window.select_panel("edition")
    assert box.checklist.step("meeting").state == "done"
    assert box.buttons["meeting"].text().startswith("✔")

    box.buttons["decisions"].click()
    assert window.current_panel() is feature.panel


def test_the_checklist_speaks_french(qtbot, translations, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    from .conftest import make_window

    assert translations.install("fr")
    window = make_window(qtbot, translations=translations)
    window.open_file(demo_path)
    box = window.edition_panel.checklist
    assert box.title() == "Où en est l’édition"
    assert box.buttons["edition"].text() == "✔  1. Édition et grille — 17 critères"
    # The scoring step counts a member's sheet per dossier, not dossiers: "60 dossiers
    # transmis sur 239" for 30 dossiers read as nonsense.
    scoring = box.buttons["scoring"].text()
    assert "fiches de notation transmises sur" in scoring, scoring
    window.close()
