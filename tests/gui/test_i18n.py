"""Languages: the choice, the runtime compilation of the .ts files, French in the window."""

from __future__ import annotations

import os
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from tnl_jury.gui.i18n import Translations, choose_language, compiled_translation, lrelease_path
from tnl_jury.gui.main_window import MainWindow
from tnl_jury.paths import resources_dir
from tnl_jury.storage.jury_file import JuryFile

from .conftest import make_window

FRENCH_TS = resources_dir() / "i18n" / "tnl_jury_fr.ts"
# Every source: the GUI's strings, and the services' error templates marked for lupdate.
SOURCES = sorted((Path(__file__).parents[2] / "tnl_jury").rglob("*.py"))


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@pytest.mark.parametrize(
    ("env", "saved", "system", "expected"),
    [
        ("", None, QLocale.Language.French, "fr"),
        ("", None, QLocale.Language.German, "fr"),  # a language the app lacks: its default
        ("", None, QLocale.Language.C, "fr"),  # C.UTF-8, POSIX: no language asked for
        ("", None, QLocale.Language.English, "en"),
        ("", "en", QLocale.Language.French, "en"),
        ("", "fr", QLocale.Language.English, "fr"),
        ("en", "fr", QLocale.Language.French, "en"),
        ("fr_FR", None, QLocale.Language.English, "fr"),
        ("klingon", None, QLocale.Language.English, "en"),
    ],
)
def test_choose_language(
    monkeypatch: pytest.MonkeyPatch,
    env: str,
    saved: str | None,
    system: QLocale.Language,
    expected: str,
) -> None:
    monkeypatch.setenv("TNL_JURY_LANG", env)
    assert choose_language(saved, QLocale(system)) == expected


def test_the_french_catalogue_is_compiled_then_reused(tmp_path: Path) -> None:
    assert lrelease_path() is not None
    qm = compiled_translation("fr", tmp_path)
    assert qm is not None and qm.parent == tmp_path and qm.stat().st_size > 1000
    os.utime(qm, (1, 1))  # older than the .ts: compiled again
    again = compiled_translation("fr", tmp_path)
    assert again == qm and qm.stat().st_mtime > 1
    stamp = qm.stat().st_mtime_ns
    assert compiled_translation("fr", tmp_path) == qm
    assert qm.stat().st_mtime_ns == stamp  # up to date: left alone


def test_the_french_translation_is_loaded(qtbot: QtBot, translations: Translations) -> None:
    assert translations.install("fr")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    window = make_window(qtbot, translations=translations)
    titles = menu_titles(window)  # feature menus come between View and Help
    assert titles[:2] == ["&Fichier", "&Affichage"] and titles[-1] == "Aid&e"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())][:3] == [
        "Dossiers",
        "Jury",
        "Édition",
    ]
    assert window.welcome.open_button.text() == "&Ouvrir un fichier de jury…"
    assert window.ui.actions["language_fr"].isChecked()


def test_the_language_switches_live(qtbot: QtBot, translations: Translations) -> None:
    assert translations.install("en")
    window = make_window(qtbot, translations=translations)
    assert menu_titles(window)[0] == "&File"

    window.ui.actions["language_fr"].trigger()
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "&Fichier")
    assert window.tabs.tabText(2) == "Édition"
    assert window.dossiers_panel.filter_bar.label.text() == "F&iltrer\u00a0:"
    assert window.settings.language() == "fr"

    window.ui.actions["language_en"].trigger()
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "&File")
    assert window.tabs.tabText(2) == "Edition"
    assert window.settings.language() == "en"


def test_english_plurals(translations: Translations) -> None:
    assert translations.install("en")
    text = QCoreApplication.translate("FilterBar", "%n row(s)", "", 1)
    assert text == "1 row"
    assert QCoreApplication.translate("FilterBar", "%n row(s)", "", 3) == "3 rows"


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w+\}|%n|%1", text))


def test_every_french_message_is_translated_with_the_same_placeholders() -> None:
    messages = _messages(FRENCH_TS)
    assert len(messages) > 100
    problems = []
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if not form.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            elif _placeholders(form) != _placeholders(source):
                problems.append(f"{context}: {source!r} -> {form!r} changes the placeholders")
            elif source.count("&") != form.count("&"):
                problems.append(f"{context}: {source!r} -> {form!r} changes the shortcut mark")
    assert problems == []


def test_the_french_catalogue_holds_every_string_of_the_sources(tmp_path: Path) -> None:
    lupdate = Path(str(lrelease_path())).with_name("lupdate")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *map(str, SOURCES), "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )

    def keys(ts: Path) -> set[tuple[str, str]]:
        return {(ctx, m.findtext("source") or "") for ctx, m in _messages(ts)}

    missing = keys(fresh) - keys(FRENCH_TS)
    assert missing == set(), "run lupdate (see resources/i18n/README) and translate"


def test_a_services_refusal_is_shown_in_french(
    translations: Translations, jury_file: JuryFile
) -> None:
    """The service raises an English template with its values apart; the GUI says it in the
    interface's language, values filled in the same way. The command line keeps English."""
    from tnl_jury.domain.errors import UserError
    from tnl_jury.gui.errors import describe
    from tnl_jury.services import dossiers, members

    (dossier,) = dossiers.add_dossiers(jury_file, [dossiers.NewDossier("42", "Ville de Test")])
    member = members.add_member(jury_file, "Claire Duval").id
    members.recuse(jury_file, member, dossier, "Élue de la commune")
    with pytest.raises(UserError) as refused:
        members.recuse(jury_file, member, dossier, "Encore")
    assert str(refused.value) == "Claire Duval has already stepped aside for dossier 42"

    assert translations.install("fr")
    message = describe(refused.value)
    assert not message.internal
    assert message.text == "Claire Duval s’est déjà déporté(e) pour le dossier 42."
    with pytest.raises(UserError) as no_reason:
        members.recuse(jury_file, member, dossier, "  ")
    assert describe(no_reason.value).text == (
        "Un déport doit être motivé (le motif figure au procès-verbal)."
    )


def test_qt_file_dialog_is_all_french(qtbot: QtBot) -> None:
    """Qt's French catalogue lacks the file dialog's labels with their shortcut marks: the
    dialog said "Look in:" and "Files of type:" in a French interface."""
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    translations = Translations()
    try:
        assert translations.install("fr")
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        texts = [w.text() for w in dialog.findChildren(QLabel)]
        texts += [w.text() for w in dialog.findChildren(QAbstractButton) if w.text()]
        assert "&Voir dans\u00a0:" in texts
        assert "&Type de fichier\u00a0:" in texts
        english = {"&Look in:", "Files of &type:", "&Open", "Cancel", "File &name:"}
        assert not english & set(texts), texts
    finally:
        translations.install("en")
