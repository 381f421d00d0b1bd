"""The table models and the filter proxy, on hand-made rows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tnl_jury.gui.models.common import FILTER_ROLE, SORT_ROLE, TextFilterProxyModel, normalise
from tnl_jury.gui.models.dossier_table import DossierColumn, DossierTableModel
from tnl_jury.gui.models.member_table import MemberColumn, MemberTableModel
from tnl_jury.services.views import DossierRow, MemberRow


def dossier(number: str, name: str, answers: int, level: int | None = None) -> DossierRow:
    return DossierRow(
        id=int(number),
        ds_number=number,
        candidate_name=name,
        kind="epci",
        departement_code="2A",
        official_name="Mme Œdipe",
        official_function="Maire",
        ds_state="En instruction",
        deposited_at=None,
        answer_count=answers,
        scored_members=0,
        submitted_members=0,
        decision_level=level,
        flags=("answers_changed",) if level else (),
    )


def column(proxy: TextFilterProxyModel, col: int) -> list[str]:
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def test_normalise_drops_case_accents_and_ligatures() -> None:
    assert normalise("Éguilles-Hautes") == "eguilles-hautes"
    assert normalise("Œuilly-sur-Aube") == "oeuilly-sur-aube"
    assert normalise("Ça-Rivière d’Olt") == "ca-riviere d'olt"


def test_numbers_sort_as_numbers_not_as_text() -> None:
    model = DossierTableModel()
    model.set_rows([dossier("100", "A", 9), dossier("20", "B", 10), dossier("3", "C", 100)])
    proxy = TextFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(DossierColumn.ANSWERS, Qt.SortOrder.AscendingOrder)
    assert column(proxy, DossierColumn.ANSWERS) == ["9", "10", "100"]
    proxy.sort(DossierColumn.NUMBER, Qt.SortOrder.AscendingOrder)
    assert column(proxy, DossierColumn.NUMBER) == ["3", "20", "100"]


def test_text_sorts_without_regard_to_accents() -> None:
    model = DossierTableModel()
    model.set_rows(
        [dossier("1", "Fontaine", 1), dossier("2", "Éguilles", 1), dossier("3", "Ath", 1)]
    )
    proxy = TextFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(DossierColumn.CANDIDATE, Qt.SortOrder.AscendingOrder)
    assert column(proxy, DossierColumn.CANDIDATE) == ["Ath", "Éguilles", "Fontaine"]


def test_filter_matches_every_word_in_any_text_column() -> None:
    model = DossierTableModel()
    model.set_rows([dossier("1", "Ville de Lavaur", 1), dossier("2", "Région Bretagne", 1)])
    proxy = TextFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_filter_text("REGION")
    assert column(proxy, DossierColumn.CANDIDATE) == ["Région Bretagne"]
    proxy.set_filter_text("oedipe maire lavaur")  # official's name and function, candidate
    assert column(proxy, DossierColumn.CANDIDATE) == ["Ville de Lavaur"]
    proxy.set_filter_text("intermunicipality")  # the translated kind is searched too
    assert proxy.rowCount() == 2
    proxy.set_filter_text("   ")
    assert proxy.rowCount() == 2


def test_cells_say_what_they_mean_without_colour() -> None:
    model = DossierTableModel()
    model.set_rows([dossier("1", "A", 1), dossier("2", "B", 1, level=3)])
    undecided = model.index(0, DossierColumn.LEVEL)
    decided = model.index(1, DossierColumn.LEVEL)
    assert undecided.data() == "—"
    assert undecided.data(Qt.ItemDataRole.AccessibleTextRole) == "not decided yet"
    assert decided.data() == "Level 3"
    assert decided.data(SORT_ROLE) == 3 and undecided.data(SORT_ROLE) == -1
    state = model.index(1, DossierColumn.STATE)
    assert state.data() == "En instruction *"
    assert "answers changed" in state.data(Qt.ItemDataRole.ToolTipRole)
    assert "answers changed" in state.data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.headerData(DossierColumn.SCORED, Qt.Orientation.Horizontal) == "Scored"
    assert "given scores" in model.headerData(
        DossierColumn.SCORED, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    alignment = model.index(0, DossierColumn.ANSWERS).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_members_show_role_and_activity_in_words() -> None:
    model = MemberTableModel()
    model.set_rows(
        [
            MemberRow(1, "Zoé", "April", "member", True),
            MemberRow(2, "Anne", "AFUL", "president", False),
        ]
    )
    assert model.index(1, MemberColumn.ROLE).data() == "President"
    assert model.index(1, MemberColumn.ACTIVE).data() == "No"
    assert "april" in model.index(0, 0).data(FILTER_ROLE)
    proxy = TextFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(MemberColumn.ROLE, Qt.SortOrder.AscendingOrder)  # the president first
    assert column(proxy, MemberColumn.NAME) == ["Anne", "Zoé"]


def test_the_candidates_tooltip_gives_the_registry_name_beside() -> None:
    from dataclasses import replace

    model = DossierTableModel()
    named = replace(dossier("1", "Commune de Saint-Genès-la-Forêt", 1),
                    registry_name="COMMUNE DE SAINT GENES LA FORET")  # fmt: skip
    same = replace(dossier("2", "Ath", 1), registry_name="ATH")
    model.set_rows([named, same])
    tips = [
        model.index(r, DossierColumn.CANDIDATE).data(Qt.ItemDataRole.ToolTipRole) for r in (0, 1)
    ]
    assert tips == [
        "Commune de Saint-Genès-la-Forêt\nRegistry name: COMMUNE DE SAINT GENES LA FORET",
        "Ath",
    ]
