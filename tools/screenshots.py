"""Take the screenshots of the main window for the documentation (French interface).

Usage: ``.venv/bin/python tools/screenshots.py [OUTPUT_DIR]`` (default: ``docs/screenshots``).

It builds a demo jury file in a temporary folder, opens the window offscreen at 1280×800 with
settings of its own (the user's recent files and geometry are neither read nor changed), and
saves ``welcome.png``, ``main-window-dossiers.png``, ``main-window-jury.png``,
``main-window-edition.png``, ``comparison.png``, ``comparison-blind.png``,
``edition-settings.png``, ``import-preview.png``, ``scoring-screen.png`` and ``progress.png``
(and, among others, ``letters-dialog.png``, ``session-dialog.png``, ``member-form.png``). The
screens of the meeting room are also shot at 1920×1080 with 150 % scaling (``…-1920-150.png``,
:mod:`screenshot_scale`).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def _prepare_environment(settings_dir: Path) -> None:
    """Must run before Qt is imported: platform, language, settings, fonts."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["TNL_JURY_LANG"] = "fr"
    os.environ["TNL_JURY_SETTINGS_SCOPE"] = str(settings_dir)
    # The offscreen platform finds no fonts through fontconfig on some systems (text drawn as
    # boxes); pointing it at DejaVu also makes the pictures the same from one machine to another.
    if "QT_QPA_FONTDIR" not in os.environ and DEJAVU.is_dir():
        os.environ["QT_QPA_FONTDIR"] = str(DEJAVU)


def main(argv: list[str]) -> int:
    output = Path(argv[0]) if argv else REPO_ROOT / "docs" / "screenshots"
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tnl-jury-screenshots-") as temp:
        workdir = Path(temp)
        _prepare_environment(workdir / "settings")
        return _shoot(workdir, output)


def _shoot(workdir: Path, output: Path) -> int:
    from PySide6.QtCore import QCoreApplication

    from tnl_jury.gui.app import application
    from tnl_jury.gui.i18n import Translations, choose_language
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.gui.settings import AppSettings
    from tnl_jury.gui.tasks import TaskRunner
    from tnl_jury.services.demo import create_demo

    app = application()
    settings = AppSettings()
    translations = Translations(app)
    if not translations.install(choose_language(settings.language())):
        print("the French translation could not be loaded", file=sys.stderr)
        return 1

    demo = workdir / "jury-tnl-2026.tnlj"
    with create_demo(demo) as jf:
        from tnl_jury.services.members import add_member

        # An observer without a deliberative vote: the Jury tab and the member form show it.
        add_member(jf, "Lucie Bernard", "Préfecture de l’Hérault", voting=False)
    settings.remember_file(demo)  # so that the welcome panel shows a recent file

    window = MainWindow(
        runner=TaskRunner(synchronous=True), settings=settings, translations=translations
    )
    errors: list[str] = []
    window.show_message = lambda icon, title, text: errors.append(f"{title}: {text}")  # type: ignore[method-assign]
    window.resize(*SIZE)
    window.show()

    def save(name: str) -> None:
        QCoreApplication.processEvents()
        path = output / name
        if not window.grab().save(str(path)):
            raise OSError(f"cannot write {path}")
        print(f"wrote {path}")

    save("welcome.png")
    window.open_file(demo)
    if errors or window.snapshot is None:
        print("\n".join(errors) or "the demo file did not open", file=sys.stderr)
        return 1
    window.dossiers_panel.view.selectRow(0)
    window.dossiers_panel.view.setFocus()
    for key, name in (
        ("dossiers", "main-window-dossiers.png"),
        ("jury", "main-window-jury.png"),
        ("edition", "main-window-edition.png"),
    ):
        window.select_panel(key)
        save(name)
        if key == "jury":
            _shoot_member_form(window, output)
    if _shoot_comparison(window, output, errors) != 0:
        return 1
    if _shoot_import(window, workdir, output, errors) != 0:
        return 1
    if _shoot_outputs(window, workdir, output, errors) != 0:
        return 1
    from screenshots_deliberation import shoot as shoot_deliberation  # beside this script

    if shoot_deliberation(window, workdir, output, errors) != 0:
        return 1
    from screenshots_scoring import shoot as shoot_scoring  # beside this script

    if shoot_scoring(window, workdir, output, errors) != 0:
        return 1
    from screenshots_ballots import shoot as shoot_ballots  # beside this script

    if shoot_ballots(window, workdir, output, errors) != 0:
        return 1
    window.close()
    return 0


def _shoot_member_form(window: Any, output: Path) -> None:
    """``main-window-jury-1920-150.png`` (the Jury tab at 150 %), ``member-form.png`` and
    ``member-form-1920-150.png``: the form of the observer sitting without a vote."""
    from PySide6.QtCore import QCoreApplication
    from screenshot_scale import save_scaled  # beside this script

    from tnl_jury.gui.panels.jury_editing import MemberDialog

    save_scaled(window, output / "main-window-jury-1920-150.png")
    panel = window.jury_panel
    observer = next(m for m in panel.model.rows() if not m.voting)
    dialog = MemberDialog(observer, window)
    dialog.show()
    dialog.name.setFocus()
    QCoreApplication.processEvents()
    target = output / "member-form.png"
    if not dialog.grab().save(str(target)):
        raise OSError(f"cannot write {target}")
    print(f"wrote {target}")
    save_scaled(dialog, output / "member-form-1920-150.png", resize=False)
    dialog.reject()
    dialog.deleteLater()


def _shoot_comparison(window: Any, output: Path, errors: list[str]) -> int:
    """``comparison.png`` (the secretariat's view of the demo dossier whose scores disagree the
    most, a commented cell selected), ``comparison-blind.png`` (a member who has not submitted
    yet) and ``edition-settings.png``, on the demo file already open."""
    from PySide6.QtCore import QCoreApplication

    from tnl_jury.gui.scoring.comparison import ComparisonDialog, open_comparison
    from tnl_jury.gui.scoring.comparison_model import COMMENT_ROLE
    from tnl_jury.services import scoring

    jury_file, snapshot = window.jury_file, window.snapshot

    def grab(widget: Any, name: str) -> None:
        QCoreApplication.processEvents()
        target = output / name
        if not widget.grab().save(str(target)):
            raise OSError(f"cannot write {target}")
        print(f"wrote {target}")

    def far_apart(dossier_id: int) -> int:
        view = scoring.comparison(jury_file, dossier_id, None)
        return sum(1 for r in view.rows if r.spread is not None and r.spread.stdev >= 1.0)

    dossier_id = max((d.id for d in snapshot.dossiers), key=far_apart)
    open_comparison(window, dossier_id, None)
    dialogs = window.findChildren(ComparisonDialog)
    if errors or not dialogs:
        print("\n".join(errors) or "the comparison did not open", file=sys.stderr)
        return 1
    dialog = dialogs[0]
    model = dialog.model
    commented = [
        model.index(row, column)
        for row in range(model.rowCount())
        for column in range(1, model.columnCount() - 1)
        if model.index(row, column).data(COMMENT_ROLE)
    ]
    dialog.view.setCurrentIndex(commented[0] if commented else model.index(0, 1))
    dialog.view.setFocus()
    grab(dialog, "comparison.png")
    dialog.close_for_good()

    matrix = scoring.progress_matrix(jury_file)
    plain = [m.id for m in snapshot.members if m.role == "member"]
    blind = next(
        (mid, did)
        for did in (d.id for d in snapshot.dossiers)
        for mid in plain
        if matrix.get((mid, did)) == "in_progress"
    )
    open_comparison(window, blind[1], blind[0])
    dialog = window.findChildren(ComparisonDialog)[-1]
    grab(dialog, "comparison-blind.png")
    dialog.close_for_good()

    window.edition_settings.edit_settings()
    settings = window.edition_settings.settings_dialog
    if errors or settings is None:
        print("\n".join(errors) or "the settings dialog did not open", file=sys.stderr)
        return 1
    grab(settings, "edition-settings.png")
    settings.reject()
    return 0


def _shoot_import(window: Any, workdir: Path, output: Path, errors: list[str]) -> int:
    """``import-preview.png``: the import dialog's preview of a newer export (3 new dossiers,
    2 changed, the others unchanged) into a jury file that holds the first export."""
    from dataclasses import replace

    from PySide6.QtCore import QCoreApplication

    from tnl_jury.services.edition import new_jury_file
    from tnl_jury.services.importing import run_import

    sys.path.insert(0, str(REPO_ROOT / "tests"))
    from dsgen.archive import write_attachments_zip
    from dsgen.generate import make_export
    from dsgen.writers import write_xlsx

    newer = make_export(12)
    for dossier in newer.dossiers[1:3]:
        dossier.answers[202] = "Une stratégie revue et votée en conseil le mois dernier."
    first = replace(make_export(12), dossiers=make_export(12).dossiers[:9])
    folder = workdir / "ds"
    folder.mkdir()
    path = workdir / "jury-import.tnlj"
    jury_file = new_jury_file(path, year=2026)
    try:
        run_import(jury_file, write_xlsx(folder / "first.xlsx", first))
    finally:
        jury_file.close()
    export = write_xlsx(folder / f"{newer.base_name}.xlsx", newer)
    attachments = write_attachments_zip(folder / f"{newer.base_name}.zip", newer)

    window.open_file(path)
    dialog = window.import_ds.open_dialog()
    if errors or dialog is None:
        print("\n".join(errors) or "the import dialog did not open", file=sys.stderr)
        return 1
    dialog.choose.export_edit.setText(str(export))
    dialog.choose.zip_edit.setText(str(attachments))
    dialog.start_preview()
    if dialog.preview is None:
        print(dialog.message.message() or "no preview", file=sys.stderr)
        return 1
    dialog.preview_page.view.selectRow(0)
    QCoreApplication.processEvents()
    target = output / "import-preview.png"
    if not dialog.grab().save(str(target)):
        raise OSError(f"cannot write {target}")
    print(f"wrote {target}")
    dialog.reject()
    return 0


def _shoot_letters_and_session(window: Any, grab: Any) -> None:
    """``letters-dialog.png`` (the letters' date and letterhead) and ``session-dialog.png``
    (what the minutes say of the session), filled as a secretariat would."""
    import datetime as dt

    from tnl_jury.domain.records import Letterhead
    from tnl_jury.gui.outputs.letters_dialog import LettersDialog
    from tnl_jury.gui.outputs.session_dialog import SessionDialog
    from tnl_jury.services.minutes_details import MinutesDetails

    letterhead = Letterhead(
        "Association ADULLACT\n836 rue du Mas de Verchant\n34000 Montpellier\nlabel@exemple.org",
        "Montpellier",
        "TNL-2026/",
        "Présidente du jury",
    )
    letters = LettersDialog(letterhead, dt.date(2026, 12, 3), parent=window)
    letters.show()
    grab(letters, "letters-dialog.png")
    letters.reject()
    details = MinutesDetails(
        "09:30",
        "12:45",
        ("Julie Martin, secrétariat du label (ADULLACT)", "Marc Petit, observateur"),
        (7,),
        dt.date(2026, 11, 12),
        ("Examen des dossiers de candidature", "Délibération et votes"),
        "show_of_hands",
        "Examen reporté à la séance de décembre, faute de temps.",
    )
    session = SessionDialog(details, ((7, "Anaïs Benali"), (8, "Pierre Garnier")), parent=window)
    session.show()
    grab(session, "session-dialog.png")
    session.reject()


def _shoot_outputs(window: Any, workdir: Path, output: Path, errors: list[str]) -> int:
    """``export-dialog.png``, ``signing-wizard.png`` (the president has signed with a key
    brought along, the secretary creates a key issued by the jury CA) and ``verify-page.png``
    (the signed minutes checked against the jury CA), on a demo file with three decisions."""
    import datetime as dt

    from PySide6.QtCore import QCoreApplication

    from tnl_jury.gui.outputs.documents import write_minutes_to
    from tnl_jury.gui.outputs.export_dialog import open_export_dialog
    from tnl_jury.gui.outputs.signing_wizard import open_signing_wizard
    from tnl_jury.gui.outputs.verify_page import open_verify_dialog
    from tnl_jury.io.signing.keys import create_jury_ca, create_member_identity
    from tnl_jury.services import deliberation, members
    from tnl_jury.services.demo import create_demo

    path = workdir / "jury-tnl-2026-decisions.tnlj"
    with create_demo(path) as jf:
        ids = [m.id for m in members.list_members(jf)]
        deliberation.set_attendance(jf, {mid: mid != ids[-1] for mid in ids})
        deliberation.set_meeting(jf, held_on=dt.date(2026, 11, 26), place="Montpellier")
        for dossier_id, level in ((1, 3), (2, 2), (3, 5)):
            deliberation.record_decision(
                jf, dossier_id, level, votes_for=5, votes_against=1, abstentions=0,
                motivation="Une politique du logiciel libre exemplaire.",
            )  # fmt: skip
    window.open_file(path)
    if errors or window.jury_file is None:
        print("\n".join(errors) or "the decided demo file did not open", file=sys.stderr)
        return 1

    def grab(widget: Any, name: str) -> None:
        QCoreApplication.processEvents()
        target = output / name
        if not widget.grab().save(str(target)):
            raise OSError(f"cannot write {target}")
        print(f"wrote {target}")

    export = open_export_dialog(window)
    assert export is not None
    grab(export, "export-dialog.png")
    export.reject()
    _shoot_letters_and_session(window, grab)

    passphrase = "phrase de passe"
    ca_dir = workdir / "autorite-jury-2026"
    ca = create_jury_ca("Jury Territoire Numérique Libre 2026", ca_dir, passphrase, key_size=2048)
    minutes = workdir / "proces-verbal-2026.pdf"
    write_minutes_to(window, minutes, then=lambda _p: None)
    wizard = open_signing_wizard(window)
    assert wizard is not None
    wizard.minutes_field.set_path(minutes)
    wizard.load()
    first = wizard.states()[0].signatory
    brought = create_member_identity(
        first.name, "", workdir / "presidente.p12", passphrase, ca, key_size=2048
    )
    wizard.key_form.p12_field.set_path(brought.p12_path)
    wizard.key_form.passphrase.setText(passphrase)
    wizard.sign()
    form = wizard.key_form
    form.set_creating(True)
    form.new_passphrase.setText(passphrase)
    form.new_again.setText(passphrase)
    form.use_ca.setChecked(True)
    form.ca_field.set_path(ca_dir)
    form.ca_passphrase.setText(passphrase)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    grab(wizard, "signing-wizard.png")
    wizard.sign()  # the secretary signs with the key created now: two signatures to verify
    wizard.finish()

    verify = open_verify_dialog(window, minutes)
    verify.trust_field.set_path(ca.cert_path)
    verify.verify()
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    grab(verify, "verify-page.png")
    verify.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
