"""The scoring screens for :mod:`screenshots` (French, 1280×800).

``scoring-screen.png``: a member half-way through a dossier (two domains scored, comments, an
answer the last import changed, two attachments), the focus on the next criterion;
``scoring-viewer.png`` and ``scoring-viewer-1920-150.png`` (1920×1080 at 150 % scaling): an
attachment in the pane docked beside the criteria; ``progress.png``: the Progress tab
(members × dossiers).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DOSSIER = 20  # the demo leaves the last dossiers unscored
CHANGED_QUESTION = "Quels logiciels métiers libres utilisez-vous ?"


def _prepare(path: Path) -> None:
    """A demo file where dossier :data:`DOSSIER` has attachments and a changed answer."""
    from sqlalchemy import select

    from tnl_jury.services.demo import create_demo
    from tnl_jury.storage import import_models as im
    from tnl_jury.storage import models as m
    from tnl_jury.storage.orm_base import utcnow

    sys.path.insert(0, str(REPO_ROOT / "tests"))
    from dsgen.files import tiny_pdf, tiny_png

    files = [
        ("deliberation-conseil-2024.pdf", tiny_pdf(["Délibération du conseil municipal"])),
        ("plan-d-action-numerique.pdf", tiny_pdf(["Plan d'action 2025-2027"])),
        ("photo-atelier.png", tiny_png("atelier", size=32)),
    ]
    with create_demo(path) as jf, jf.transaction() as session:
        import hashlib

        for name, data in files:
            sha = hashlib.sha256(data).hexdigest()
            session.add(im.AttachmentBlob(sha256=sha, size=len(data), content=data))
            session.flush()
            session.add(
                m.Attachment(
                    dossier_id=DOSSIER, file_name=name, kind="piece", size=len(data), sha256=sha
                )
            )
        now = utcnow()
        answer = session.scalar(
            select(m.Answer).where(
                m.Answer.dossier_id == DOSSIER, m.Answer.label == CHANGED_QUESTION
            )
        )
        if answer is not None:
            answer.value = "openCimetière, QGIS, iParapheur, webdelib (ajouté en novembre)"
            answer.changed_at = now
        dossier = session.get(m.Dossier, DOSSIER)
        assert dossier is not None
        dossier.answers_changed_at = now


def shoot(window: Any, workdir: Path, output: Path, errors: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication

    from tnl_jury.gui.announce import strip_of
    from tnl_jury.gui.scoring.member_chooser import Scorer
    from tnl_jury.services.scoring_view import scoring_grid

    path = workdir / "jury-tnl-2026-notation.tnlj"
    _prepare(path)
    window.open_file(path)
    snapshot, jury_file = window.snapshot, window.jury_file
    if errors or snapshot is None or jury_file is None:
        print("\n".join(errors) or "the scoring demo did not open", file=sys.stderr)
        return 1

    def save(name: str) -> None:
        QCoreApplication.processEvents()
        target = output / name
        if not window.grab().save(str(target)):
            raise OSError(f"cannot write {target}")
        print(f"wrote {target}")

    member = next(m for m in snapshot.members if m.role == "member")
    screen = window.scoring_screen
    screen.set_scorer(Scorer(member.id, member.name, member.role))
    if not screen.start_scoring(DOSSIER):
        print("\n".join(errors) or "scoring did not start", file=sys.stderr)
        return 1
    comments = {
        "STRAT-1": "Délibération votée, feuille de route suivie.",
        "INTEROP-2": "Déclaration publiée, audit à refaire.",
    }
    codes = [
        c.code for d, c in scoring_grid(jury_file).criteria() if d.code in {"STRAT", "INTEROP"}
    ]
    for index, code in enumerate(codes):
        if index == 5:
            screen.recorder.set_score(code, None, True, screen.texts.undo_text(code))
        else:
            value = (index + 2) % 5
            screen.recorder.set_score(code, value, False, screen.texts.undo_text(code))
        if code in comments:
            screen.criteria.rows[code].comment.setPlainText(comments[code])
            screen.criteria.rows[code].flush_comment()
    screen.criteria.focus_criterion("LOGICIELS-1")
    screen.recorder.set_score("LOGICIELS-1", 3, False, screen.texts.undo_text("LOGICIELS-1"))
    window.activateWindow()  # the focus frame is drawn in the active window only
    screen.criteria.focus_criterion("LOGICIELS-2")
    screen.flush()
    # The scores above were set by this script, not typed: a juror's first key would have
    # hidden the message said when the dossier opened ("…, non commencé"), as gui/announce.py
    # does; hide it likewise, or the picture shows a state that is no longer true.
    strip = strip_of(window)
    if strip is not None:
        strip.hide()
    save("scoring-screen.png")
    _shoot_viewer(window, screen, output, save)

    window.select_panel("progress")
    save("progress.png")
    return 0 if not errors else 1


def _shoot_viewer(window: Any, screen: Any, output: Path, save: Any) -> None:
    """The PDF attachment shown in the pane beside the criteria, at 1280×800, then at
    1920×1080 with 150 % scaling (a logical 1280×720 painted at 1.5×)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QImage

    view = screen.dossier_view
    view.tabs.setCurrentIndex(1)  # the attachments
    names = [view.attachments.item(i).text() for i in range(view.attachments.count())]
    view.attachments.setCurrentRow(
        next(i for i, n in enumerate(names) if n.startswith("plan-d-action"))
    )
    view.view_button.click()
    save("scoring-viewer.png")
    size = window.size()
    window.resize(1280, 720)
    QCoreApplication.processEvents()
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(1.5)
    window.render(image)
    target = output / "scoring-viewer-1920-150.png"
    if not image.save(str(target)):
        raise OSError(f"cannot write {target}")
    print(f"wrote {target}")
    window.resize(size)
    if screen.viewer is not None:
        screen.viewer.close()
