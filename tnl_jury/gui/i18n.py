"""Interface languages: choosing one, compiling its translation, installing it.

Source strings are English (``self.tr()`` / ``QCoreApplication.translate``); French comes from
``resources/i18n/tnl_jury_fr.ts``; ``tnl_jury_en.ts`` holds only the English plural forms
(``lupdate -pluralonly``). The compiled ``.qm`` files are not kept in the repository:
:func:`compiled_translation` runs the ``lrelease`` bundled with PySide6 into a cache folder
whenever the ``.qm`` there is missing or older than its ``.ts``. A build that ships ``.qm``
files beside the ``.ts`` ones (and no ``lrelease``) uses those.

Choice of language (:func:`choose_language`): ``TNL_JURY_LANG`` (``fr`` or ``en``) wins, then
the choice saved from the Language menu, then the system: English when the system asks for
English, French otherwise (French is the app's default: a ``C``/``POSIX`` locale, as on many
servers and minimal installs, or a language the app does not have, gets French).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tnl_jury import APP_NAME
from tnl_jury.paths import resources_dir

log = logging.getLogger(__name__)

LANG_ENV = "TNL_JURY_LANG"
SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {"fr": "Français", "en": "English"}  # each in its own language
CATALOGUE = "tnl_jury"


def choose_language(saved: str | None, system: QLocale | None = None) -> str:
    """The language to use at start-up (see the module's contract)."""
    forced = os.environ.get(LANG_ENV, "").strip().lower()[:2]
    if forced in LANGUAGES:
        return forced
    if saved in LANGUAGES:
        return saved
    system = system or QLocale.system()
    return "en" if system.language() == QLocale.Language.English else "fr"


def lrelease_path() -> Path | None:
    """The ``lrelease`` program bundled with PySide6, if this installation has it."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease.exe", "lrelease") if sys.platform == "win32" else ("lrelease",):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def cache_dir() -> Path:
    """Where compiled translations go."""
    from tnl_jury.gui.settings import scope_dir

    scoped = scope_dir()
    if scoped is not None:
        return scoped / "i18n"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "i18n"


def compiled_translation(language: str, target_dir: Path | None = None) -> Path | None:
    """The ``.qm`` file of ``language``, compiled when needed; None when there is none.

    Never raises: a missing or failing ``lrelease`` is logged and the interface stays English.
    """
    ts = resources_dir() / "i18n" / f"{CATALOGUE}_{language}.ts"
    shipped = ts.with_suffix(".qm")
    if not ts.is_file():
        return shipped if shipped.is_file() else None
    target_dir = target_dir or cache_dir()
    qm = target_dir / shipped.name
    if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    lrelease = lrelease_path()
    if lrelease is None:
        if shipped.is_file():
            return shipped
        log.warning("no lrelease program: the %s translation cannot be compiled", language)
        return None
    # Compile to a temporary name and rename: two windows starting at once never read half a
    # file.
    import subprocess  # here: a start-up with a compiled catalogue never needs it

    partial = qm.with_name(f"{qm.name}.{os.getpid()}.part")
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(partial)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        partial.replace(qm)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("compiling the %s translation failed: %s", language, exc)
        partial.unlink(missing_ok=True)
        return qm if qm.is_file() else (shipped if shipped.is_file() else None)
    return qm


class Translations:
    """The translators installed in the application, replaced as a whole on a language change.

    Installing or removing a translator makes Qt post a LanguageChange event to every widget,
    which then retranslates itself (see ``retranslate_ui`` in the widgets).
    """

    def __init__(self, app: QCoreApplication | None = None) -> None:
        self._app = app or QCoreApplication.instance()
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def install(self, language: str) -> bool:
        """Switch to ``language``; False (and English) when its translation is unavailable."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self.remove()
        # English is the source language: its catalogue holds only the plural forms
        # ("1 row", "2 rows"), so its absence is no failure.
        loaded = self._load(compiled_translation(language), language)
        if not loaded and language != SOURCE_LANGUAGE:
            self.install(SOURCE_LANGUAGE)
            return False
        if language != SOURCE_LANGUAGE:
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            # Qt's own strings: the buttons of standard dialogs (Cancel, Open, Save…).
            translator = QTranslator(self._app)
            if translator.load(f"qtbase_{language}", qt_dir):
                self._add(translator)
        self.language = language
        # Numbers and dates follow the interface language (1,5 in French).
        QLocale.setDefault(QLocale(language))
        return True

    def remove(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()

    def _load(self, qm: Path | None, what: str) -> bool:
        translator = QTranslator(self._app)
        if qm is None or not translator.load(str(qm)):
            if what != SOURCE_LANGUAGE:
                log.warning("the %s translation %s could not be loaded", what, qm)
            return False
        self._add(translator)
        return True

    def _add(self, translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        self._installed.append(translator)
