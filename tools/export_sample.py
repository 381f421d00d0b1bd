"""Write the sample results spreadsheets into ``docs/samples/``.

    .venv/bin/python tools/export_sample.py [--out docs/samples]

Writes ``results-sample.xlsx``, ``results-sample.ods``, ``results-sample.csv`` (the
"Décisions" sheet) and ``results-sample-fr.csv`` (the same, for a French spreadsheet) from
the hand-built edition of ``tests/records.py`` with its detailed scores
(``tests/export_records.py``'s ``realistic_record``): six dossiers at levels 0 to 5, eight
members, a recusal, accents and ligatures everywhere, and member comments such as a phone
number starting with "+" — which the csv shows with its protective leading apostrophe.

The ``tnl-jury export`` command will write the same files from a jury file once the
deliberation service provides the results.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from export_records import realistic_record  # noqa: E402

from tnl_jury.io.export import write_results  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "samples")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    record = realistic_record()
    written = []
    for suffix in ("xlsx", "ods", "csv"):
        written += write_results(record, args.out / f"results-sample.{suffix}")
    written += write_results(record, args.out / "results-sample-fr.csv", csv_french=True)
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
