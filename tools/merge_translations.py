"""Fill a catalogue's unfinished entries from JSON files of translations, in lupdate's layout.

    python tools/merge_translations.py resources/i18n/tnl_jury_fr.ts TRANSLATIONS.json…

Each JSON file maps an English source text (as in the code, placeholders included) to its
translation. Entries already translated are left alone; the script says which unfinished
entries are still missing and exits with 1 when there are some. Run ``lupdate`` before (so that
new texts are in the catalogue; see resources/i18n/README.md).

Why the file is then passed through lupdate again (:func:`lupdate`): ElementTree writes its own
layout (``'`` for ``&apos;``, a no-break space for ``&#xa0;``…), so a file left as ElementTree
wrote it differs from lupdate's on thousands of lines, and the next ``lupdate`` writes them all
back: a 40-string change once made a 4,744-line diff. lupdate also sorts the contexts by name
and keeps the messages of a context in the file's order, so the file it writes is the same
whatever order the sources are given in. ``tests/test_translation_catalogue.py`` checks that the
committed catalogues are exactly what lupdate writes.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def lupdate_program() -> Path:
    """PySide6's lupdate, beside the installed package."""
    import PySide6

    return Path(PySide6.__file__).with_name("lupdate")


def lupdate(ts_path: Path, root: Path = ROOT) -> None:
    """Write ``ts_path`` in lupdate's layout from the sources of ``root/tnl_jury``, as the README
    says: French in full, English with the plural forms only."""
    sources = sorted(str(p) for p in (root / "tnl_jury").rglob("*.py"))
    language = ET.parse(ts_path).getroot().get("language", "fr_FR")
    only_plurals = ["-pluralonly"] if language.startswith("en") else []
    subprocess.run(
        [str(lupdate_program()), *sources, "-source-language", "en", "-target-language",
         language, *only_plurals, "-no-obsolete", "-locations", "none", "-ts", str(ts_path)],
        check=True,
        capture_output=True,
        cwd=root,
    )  # fmt: skip


def fill(ts_path: Path, known: dict[str, str]) -> list[str]:
    """Translate the unfinished entries of ``ts_path`` found in ``known``; return the sources
    still untranslated. The file is written in ElementTree's layout (see :func:`lupdate`)."""
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        if source in known:
            translation.text = known[source]
            del translation.attrib["type"]
        else:
            missing.append(source)
    text = ET.tostring(tree.getroot(), encoding="unicode")
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    ts_path.write_text(header + text + "\n", encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    ts_path, *json_paths = (Path(a) for a in argv)
    known: dict[str, str] = {}
    for path in json_paths:
        known.update(json.loads(path.read_text(encoding="utf-8")))
    missing = fill(ts_path, known)
    lupdate(ts_path)
    for source in missing:
        print(f"still untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
