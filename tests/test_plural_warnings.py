"""The import warnings that count dossiers have plural forms (``%n``): the CLI writes them in
English ("1 dossier", "2 dossiers"), the GUI through Qt's catalogue for the count given."""

from __future__ import annotations

from tnl_jury.domain.errors import Phrase, Plural, english_plural, untranslated
from tnl_jury.io.ds.identity import IdentityReader

SKIPPED = "%n dossier(s) skipped (drafts): {numbers}; include drafts to import them"


def test_english_forms_of_a_plural_template() -> None:
    assert english_plural(SKIPPED, 1).startswith("1 dossier skipped (drafts)")
    assert english_plural(SKIPPED, 3).startswith("3 dossiers skipped (drafts)")
    assert untranslated(SKIPPED, 2).startswith("2 dossiers skipped")
    assert untranslated("no count here") == "no count here"


def test_a_plural_phrase_is_filled_for_its_count() -> None:
    template = Plural.translate("Errors", SKIPPED, None, 1)  # 1: the mark lupdate reads
    assert template == SKIPPED
    one = Phrase(template, count=1, numbers="1003")
    several = Phrase(template, count=2, numbers="1003, 1004")
    assert str(one) == "1 dossier skipped (drafts): 1003; include drafts to import them"
    assert str(several).startswith("2 dossiers skipped (drafts): 1003, 1004;")

    asked: list[tuple[str, int]] = []

    def translate(text: str, n: int = -1) -> str:  # as the GUI's catalogue does
        asked.append((text, n))
        return text.replace("%n", str(n)).replace("dossier(s)", "dossiers(FR)")

    assert several.localized(translate).startswith("2 dossiers(FR) skipped")
    assert asked == [(SKIPPED, 2)]


def test_the_import_warnings_count_in_english_for_the_cli() -> None:
    reader_warnings: list[Phrase] = []
    reader = IdentityReader.__new__(IdentityReader)
    reader.unknown_kinds = {"syndicat mixte": ["1001"]}
    reader.name_indexes = [0]
    reader.report(reader_warnings, ["1002", "1003"])
    texts = [str(w) for w in reader_warnings]
    assert texts[0].endswith(": 1 dossier recorded as “other”: 1001")
    assert texts[1] == "2 dossiers without a candidate name: 1002, 1003"
