"""Plain words for the jury's members: a free remark is a "remarque" (a "note" is a score in
French), and the disagreement figure says what it measures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tnl_jury.gui.i18n import Translations
from tnl_jury.gui.outputs.key_form import KeyForm
from tnl_jury.gui.scoring.member_chooser import MemberChooser
from tnl_jury.services import members
from tnl_jury.storage.jury_file import open_jury_file


def test_the_free_remark_and_the_disagreement_in_plain_french(translations: Translations) -> None:
    assert translations.install("fr")
    tr = QCoreApplication.translate
    assert tr("CriteriaPanel", "General note") == "Remarque générale"
    assert tr("CriteriaPanel", "General &note:").startswith("Remarque &générale")
    disagreement = tr(
        "DossierDetail",
        "Disagreement between the members: {value} (0: they all agree; the larger, the "
        "further apart their scores)",
    )
    assert disagreement.startswith("Désaccord entre les membres")
    assert "0\u00a0: tous d’accord" in disagreement


def test_the_signing_form_speaks_plainly_with_the_terms_in_tooltips(
    qtbot: QtBot, translations: Translations
) -> None:
    assert translations.install("fr")
    form = KeyForm()
    qtbot.addWidget(form)
    labels = [form.bring_radio.text(), form.use_ca.text()]
    labels += [label.text() for label in form.findChildren(QLabel)]
    for text in labels:
        assert ".p12" not in text and "AC" not in text.replace("&", ""), text
        assert "certification" not in text, text
    assert ".p12" in form.bring_radio.toolTip()
    assert "autorité de certification" in form.use_ca.toolTip()


def test_the_member_chooser_shows_whole_lines(
    qtbot: QtBot, translations: Translations, demo_path: Path
) -> None:
    assert translations.install("fr")
    with open_jury_file(demo_path) as jf:
        rows = members.list_members(jf)
    chooser = MemberChooser(rows, {}, None)
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.waitExposed(chooser)
    widest = chooser.list.sizeHintForColumn(0)
    assert chooser.list.viewport().width() >= widest, (chooser.list.viewport().width(), widest)
