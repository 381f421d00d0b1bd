"""Fill the French catalogue's unfinished entries from JSON files of translations.

    python tools/merge_translations.py resources/i18n/tnl_jury_fr.ts TRANSLATIONS.json…

Each JSON file maps an English source text (as in the code, placeholders included) to its
French translation. Entries already translated are left alone; the script says which
unfinished entries are still missing and exits with 1 when there are some. Run ``lupdate``
before (so that new texts are in the catalogue) and after (it restores its own layout of the
file; see resources/i18n/README.md).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main(argv: list[str]) -> int:
    ts_path, *json_paths = (Path(a) for a in argv)
    known: dict[str, str] = {}
    for path in json_paths:
        known.update(json.loads(path.read_text(encoding="utf-8")))
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
    for source in missing:
        print(f"still untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
