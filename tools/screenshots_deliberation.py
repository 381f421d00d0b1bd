"""The deliberation screens for :mod:`screenshots` (French, 1280×800).

``deliberation.png`` (the tab during the meeting: quorum reached, three decisions, the most
disputed dossier selected), ``deliberation-detail.png`` (a dossier's detail enlarged: domains ×
members, comments, the recused member; ``deliberation-charts.png``: its Charts tab),
``presentation-mode.png``, ``projector.png`` (the
projector view; also at 1920×1080, at 1920×1080 with 150 % scaling and on a decided dossier:
``projector-1920.png``, ``projector-1920-150.png``, ``projector-decided.png``), the two dialogs
``meeting-dialog.png`` and ``decision-dialog.png``, and ``deliberation-normalised.png`` (the
tab once the edition turns normalisation on: normalised scores beside the raw ones), and
``checklist.png`` (the Edition tab's checklist during the meeting); the charts and the checklist
also at 1920×1080 with 150 % scaling (``deliberation-charts-1920-150.png``,
``checklist-1920-150.png``).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

SIZE = (1280, 800)


def shoot(window: Any, workdir: Path, output: Path, errors: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialog
    from screenshot_scale import save_scaled  # beside this script

    from tnl_jury.gui.deliberation.decision_dialog import DecisionDialog
    from tnl_jury.gui.deliberation.meeting_dialog import MeetingDialog
    from tnl_jury.services import deliberation, members
    from tnl_jury.services.demo import create_demo

    path = workdir / "jury-tnl-2026-deliberation.tnlj"
    with create_demo(path) as jf:
        ids = [m.id for m in members.list_members(jf)]
        deliberation.set_attendance(jf, {mid: mid != ids[-2] for mid in ids})
        deliberation.set_meeting(jf, held_on=dt.date(2026, 11, 26), place="Montpellier")
        for dossier_id, level in ((1, 4), (2, 1), (6, 5)):
            deliberation.record_decision(
                jf, dossier_id, level, votes_for=6, votes_against=1, abstentions=0,
                motivation="Une politique du logiciel libre suivie et outillée.",
            )  # fmt: skip
    window.open_file(path)
    feature = getattr(window, "deliberation", None)
    if errors or feature is None:
        print("\n".join(errors) or "the deliberation tab is missing", file=sys.stderr)
        return 1

    def grab(widget: Any, name: str) -> None:
        QCoreApplication.processEvents()
        target = output / name
        if not widget.grab().save(str(target)):
            raise OSError(f"cannot write {target}")
        print(f"wrote {target}")

    panel = feature.panel
    window.select_panel(panel.key)
    disputed = panel.queue_ids()[0]
    panel.select_dossier(disputed)
    panel.queue.setCurrentRow(0)
    panel.view.setFocus()
    grab(window, "deliberation.png")

    recused = next(r.dossier_id for r in panel.model.rows() if r.recused_members)
    panel.select_dossier(recused)
    sizes = panel.splitter.sizes()
    panel.splitter.setSizes([sum(sizes) // 4, sum(sizes) - sum(sizes) // 4])
    grab(window, "deliberation-detail.png")
    panel.detail.tabs.setCurrentIndex(1)
    grab(window, "deliberation-charts.png")
    save_scaled(window, output / "deliberation-charts-1920-150.png")
    panel.detail.tabs.setCurrentIndex(0)
    panel.splitter.setSizes(sizes)

    shown: list[QDialog] = []

    def capture(dialog: QDialog) -> int:
        shown.append(dialog)
        dialog.resize(dialog.sizeHint().expandedTo(dialog.size()))
        dialog.show()
        if isinstance(dialog, DecisionDialog):
            dialog.set_votes(3, 3, 0)
        kind = "decision" if isinstance(dialog, DecisionDialog) else "meeting"
        grab(dialog, f"{kind}-dialog.png")
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    feature.exec_dialog = capture
    feature.edit_meeting()
    panel.select_dossier(disputed)
    feature.decide_current()
    if errors or len(shown) != 2 or not isinstance(shown[0], MeetingDialog):
        print("\n".join(errors) or "the dialogs did not open", file=sys.stderr)
        return 1

    presentation = feature.show_presentation()
    presentation.showNormal()
    presentation.resize(*SIZE)
    presentation.select_dossier(disputed)
    presentation.fit_columns()
    grab(presentation, "presentation-mode.png")
    presentation.close()

    projector = feature.show_projector()
    for size, name in ((SIZE, "projector.png"), ((1920, 1080), "projector-1920.png")):
        projector.showNormal()
        projector.resize(*size)
        panel.select_dossier(disputed)
        grab(projector, name)
    # 1920×1080 at 150 % scaling: the window's logical size is 1280×720, painted at 1.5×.
    from PySide6.QtGui import QImage

    projector.resize(1280, 720)
    QCoreApplication.processEvents()
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(1.5)
    projector.render(image)
    target = output / "projector-1920-150.png"
    if not image.save(str(target)):
        raise OSError(f"cannot write {target}")
    print(f"wrote {target}")
    projector.resize(*SIZE)
    panel.select_dossier(1)  # a decided dossier
    grab(projector, "projector-decided.png")
    projector.close()

    import time

    from tnl_jury.gui.deliberation.results_model import ResultsColumn
    from tnl_jury.services import edition

    edition.update_settings(window.jury_file, normalisation=True)
    feature.recompute()
    deadline = time.monotonic() + 30
    while panel.view.isColumnHidden(ResultsColumn.NORMALISED) and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    panel.select_dossier(disputed)
    panel.view.setFocus()
    grab(window, "deliberation-normalised.png")

    window.select_panel("edition")  # the checklist, during the meeting (three decisions)
    window.edition_panel.checklist.buttons["decisions"].setFocus()
    grab(window, "checklist.png")
    save_scaled(window, output / "checklist-1920-150.png")
    return 0
