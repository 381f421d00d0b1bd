"""Plain words for the jury's members: a free remark is a "remarque" (a "note" is a score in
French), and the disagreement figure says what it measures."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tnl_jury.gui.i18n import Translations


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
