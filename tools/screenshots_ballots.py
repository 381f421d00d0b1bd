"""Juror packages and ballots for :mod:`screenshots` (French, 1280×800).

``juror-mode.png``: a member's package open in juror mode (their scoring screen only);
``juror-ballot.png``: the "Remettre mon bulletin" tab after a ballot was handed in;
``ballots-import.png``: the secretariat's summary after importing three ballots (one refused,
conflicts with a paper sheet); ``ballots-conflicts.png``: the conflicts, both values side by
side.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

PAPER = "secrétariat (feuille papier)"


def shoot(window: Any, workdir: Path, output: Path, errors: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication

    from tnl_jury.gui.ballots import actions
    from tnl_jury.services import dossiers, scores, scoring
    from tnl_jury.services.ballots import export_ballot
    from tnl_jury.services.demo import DemoSize, create_demo
    from tnl_jury.services.packages import make_package

    def grab(widget: Any, name: str) -> None:
        QCoreApplication.processEvents()
        target = output / name
        if not widget.grab().save(str(target)):
            raise OSError(f"cannot write {target}")
        print(f"wrote {target}")

    folder = workdir / "ballots"
    folder.mkdir()
    secretariat = folder / "jury-tnl-2026.tnlj"
    usb = folder / "cle-usb"
    usb.mkdir()
    with create_demo(secretariat, DemoSize(dossiers=12, members=6, scored_share=0.0)) as jf:
        listed = dossiers.list_dossiers(jf)
        codes = [c.code for d in scoring_grid_domains(jf) for c in d.criteria]
        packages = {
            mid: make_package(jf, mid, usb / f"paquet-{mid}.tnlj").path for mid in (1, 2, 3)
        }
        # A paper sheet of member 2, typed in meanwhile: two values will differ.
        first = listed[0].id
        for code, value in zip(codes[:4], (2, 3, 1, 4), strict=True):
            scores.set_score(jf, 2, first, code, value, entered_by=PAPER)
    handed_in = []
    for mid, package in packages.items():
        with open_package(package) as pk:
            for number, dossier in enumerate(listed[:4]):
                for index, code in enumerate(codes):
                    value = (index + number + mid) % 5
                    comment = "Très bon plan de migration." if index == 1 and mid == 2 else ""
                    scores.set_score(pk, mid, dossier.id, code, value, comment=comment)
                scores.set_proposed_level(pk, mid, dossier.id, (number + mid) % 4 + 1)
                scoring.submit(pk, mid, dossier.id)
            handed_in.append(export_ballot(pk, usb).path)
    tampered = usb / "bulletin-modifie.tnlb"
    tampered.write_bytes(handed_in[2].read_bytes().replace(b'"value": 3', b'"value": 4', 1))

    # Juror mode: member 1's package, half-way through a fifth dossier.
    window.open_file(packages[1])
    if errors or not getattr(window, "juror_mode", None) or not window.juror_mode.active:
        print("\n".join(errors) or "the package did not open in juror mode", file=sys.stderr)
        return 1
    screen = window.scoring_screen
    screen.open_dossier(listed[4].id)
    for code, value in zip(codes[:5], (3, 4, 2, 3, 4), strict=True):
        screen.recorder.set_score(code, value, False, "")
    screen.flush()
    screen.reload()
    screen.criteria.focus_next_empty(from_start=True)
    window.select_panel("scoring")
    grab(window, "juror-mode.png")
    window.juror_mode.refresh_info()
    window.select_panel("juror")
    grab(window, "juror-ballot.png")

    # The secretariat imports the ballots.
    window.open_file(secretariat)
    actions.import_from(window, [*handed_in, tampered])
    dialog = getattr(window, "ballot_import_dialog", None)
    if errors or dialog is None:
        print("\n".join(errors) or "the import summary did not open", file=sys.stderr)
        return 1
    dialog.resize(1000, 640)
    grab(dialog, "ballots-import.png")
    dialog.accept()
    actions.open_conflicts(window)
    conflicts = window.ballot_conflicts_dialog
    conflicts.resize(1100, 480)
    grab(conflicts, "ballots-conflicts.png")
    conflicts.reject()
    return 1 if errors else 0


def scoring_grid_domains(jury_file: Any) -> Any:
    from tnl_jury.services.edition import grid_summary

    return grid_summary(jury_file)


def open_package(path: Path) -> Any:
    from tnl_jury.storage.jury_file import open_jury_file

    return open_jury_file(path)
