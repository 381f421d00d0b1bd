"""Benchmark of the results spreadsheet exporters (a plain script, not collected by pytest).

    .venv/bin/python benchmarks/bench_export.py [--dossiers 1000] [--members 12] [--criteria 30]
                                                 [--openpyxl-full]

1. Writers compared on one sheet of 2,000 rows × 60 columns (120,000 cells: 30 text, 20 scores
   shown "0.00", 10 integers), with a bold frozen header and an auto-filter: this package's xlsx
   writer (openpyxl's write-only mode with formula-safe texts), a bare openpyxl write-only
   writer (no text protection), this package's streaming ods writer, and odfpy when it is
   installed. These figures chose the ods writer.
2. The export of an edition of ``dossiers × members × criteria`` detailed scores (default
   1,000 × 12 × 30 = 360,000 rows, ~2.9 million cells) through ``write_results``: xlsx
   (target ≤ 15 s), ods (target ≤ 3 × the xlsx), csv (decisions) and csv per sheet; with
   ``--openpyxl-full``, openpyxl write-only on the same sheets too (slow: a minute or more).

Prints the wall and CPU times (``time.process_time``: less sensitive than the wall time to the
other processes' load, printed at the start and the end), the file sizes and the peak memory of
the process.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from export_records import large_record  # noqa: E402

from tnl_jury.io.export import write_results  # noqa: E402
from tnl_jury.io.export._common import Progress  # noqa: E402
from tnl_jury.io.export.ods import write_ods  # noqa: E402
from tnl_jury.io.export.sheets import (  # noqa: E402
    DATE_FORMAT,
    SCORE_FORMAT,
    Column,
    Kind,
    Row,
    Sheet,
    column_letters,
    results_sheets,
)
from tnl_jury.io.export.xlsx import write_xlsx  # noqa: E402


def grid_sheet(rows: int = 2000, columns: int = 60) -> Sheet:
    """One sheet of ``rows × columns`` cells: text, scores and integers, in thirds."""
    kinds = [Kind.TEXT] * (columns // 2) + [Kind.SCORE] * (columns // 3)
    kinds += [Kind.INTEGER] * (columns - len(kinds))
    cols = tuple(Column(f"Colonne n°{i} « {k.value} »", k, 14) for i, k in enumerate(kinds, 1))

    def produce() -> Iterator[Row]:
        for r in range(rows):
            yield tuple(
                f"Commune n°{r} – réponse {c} d’Œuilly"
                if k is Kind.TEXT
                else (r * 0.37 + c) % 4
                if k is Kind.SCORE
                else (r + c) % 5
                for c, k in enumerate(kinds)
            )

    return Sheet("Grille", "grille", cols, rows, produce)


def openpyxl_write(sheets: Sequence[Sheet], path: Path) -> None:
    """The same sheets through openpyxl's write-only mode, typed and styled the same way."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name)
        for i, column in enumerate(sheet.columns, 1):
            ws.column_dimensions[column_letters(i)].width = column.width
        ws.freeze_panes = "A2"
        header = []
        for column in sheet.columns:
            cell = WriteOnlyCell(ws, column.header)
            cell.font = bold
            header.append(cell)
        ws.append(header)
        formats = [
            {Kind.SCORE: SCORE_FORMAT, Kind.DATE: DATE_FORMAT}.get(c.kind) for c in sheet.columns
        ]
        for row in sheet.rows():
            cells: list[object] = []
            for value, fmt in zip(row, formats, strict=True):
                if fmt is None or value is None:
                    cells.append(value)
                else:
                    cell = WriteOnlyCell(ws, value)
                    cell.number_format = fmt
                    cells.append(cell)
            ws.append(cells)
        ws.auto_filter.ref = f"A1:{column_letters(len(sheet.columns))}{sheet.row_count + 1}"
    wb.save(path)


def odfpy_write(sheets: Sequence[Sheet], path: Path) -> None:
    """The same sheets through odfpy (number style "0.00", bold header)."""
    from odf.number import Number, NumberStyle  # type: ignore[import-untyped]
    from odf.opendocument import OpenDocumentSpreadsheet  # type: ignore[import-untyped]
    from odf.style import Style, TableCellProperties, TextProperties  # type: ignore[import-untyped]
    from odf.table import Table, TableCell, TableRow  # type: ignore[import-untyped]
    from odf.text import P  # type: ignore[import-untyped]

    doc = OpenDocumentSpreadsheet()
    n2 = NumberStyle(name="N2")
    n2.addElement(Number(decimalplaces=2, minintegerdigits=1))
    doc.automaticstyles.addElement(n2)
    score = Style(name="ceS", family="table-cell", datastylename="N2")
    header = Style(name="ceH", family="table-cell")
    header.addElement(TextProperties(fontweight="bold"))
    header.addElement(TableCellProperties())
    doc.automaticstyles.addElement(score)
    doc.automaticstyles.addElement(header)
    for sheet in sheets:
        table = Table(name=sheet.name)
        tr = TableRow()
        for column in sheet.columns:
            cell = TableCell(valuetype="string", stylename=header)
            cell.addElement(P(text=column.header))
            tr.addElement(cell)
        table.addElement(tr)
        for row in sheet.rows():
            tr = TableRow()
            for column, value in zip(sheet.columns, row, strict=True):
                if value is None or value == "":
                    tr.addElement(TableCell())
                elif column.kind is Kind.TEXT:
                    cell = TableCell(valuetype="string")
                    cell.addElement(P(text=str(value)))
                    tr.addElement(cell)
                elif column.kind is Kind.SCORE:
                    tr.addElement(TableCell(valuetype="float", value=value, stylename=score))
                else:
                    tr.addElement(TableCell(valuetype="float", value=value))
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save(str(path))


def timed(label: str, write: Callable[[], object], path: Path) -> float:
    """Run ``write``; print its wall time, its CPU time (less sensitive to other processes'
    load than the wall time) and the size of what it wrote. Returns the wall time."""
    start, cpu = time.perf_counter(), time.process_time()
    write()
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    size = sum(p.stat().st_size for p in path.parent.glob(f"{path.stem}*")) / 1e6
    print(f"  {label:<44} {seconds:7.2f} s wall  {cpu:7.2f} s CPU  {size:7.1f} MB")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=1000)
    parser.add_argument("--members", type=int, default=12)
    parser.add_argument("--criteria", type=int, default=30)
    parser.add_argument("--openpyxl-full", action="store_true")
    args = parser.parse_args()
    print("load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f}\n".format(*os.getloadavg()))

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        grid = [grid_sheet()]
        print("1. Writers on 2,000 × 60 = 120,000 cells (one sheet)")
        none = Progress(0, None, None)
        timed(
            "tnl-jury xlsx (openpyxl write-only)",
            lambda: write_xlsx(grid, out / "g1.xlsx", none),
            out / "g1.xlsx",
        )
        timed(
            "bare openpyxl write-only xlsx",
            lambda: openpyxl_write(grid, out / "g2.xlsx"),
            out / "g2.xlsx",
        )
        timed(
            "tnl-jury ods (streaming)",
            lambda: write_ods(grid, out / "g3.ods", none),
            out / "g3.ods",
        )
        try:
            import odf  # type: ignore[import-untyped]  # noqa: F401
        except ImportError:
            print("  odfpy                                        (not installed)")
        else:
            timed("odfpy ods", lambda: odfpy_write(grid, out / "g4.ods"), out / "g4.ods")

        start = time.perf_counter()
        record = large_record(args.dossiers, args.members, args.criteria)
        print(
            f"\n2. Edition: {args.dossiers} dossiers × {args.members} members × {args.criteria} "
            f"criteria = {len(record.scores):,} detailed rows "
            f"(record built in {time.perf_counter() - start:.1f} s)"
        )
        xlsx = timed(
            "write_results xlsx", lambda: write_results(record, out / "e.xlsx"), out / "e.xlsx"
        )
        ods = timed(
            "write_results ods", lambda: write_results(record, out / "f.ods"), out / "f.ods"
        )
        timed(
            "write_results csv (Décisions)",
            lambda: write_results(record, out / "c.csv"),
            out / "c.csv",
        )
        timed(
            "write_results csv, one file per sheet",
            lambda: write_results(record, out / "p.csv", csv_per_sheet=True),
            out / "p.csv",
        )
        if args.openpyxl_full:
            sheets = results_sheets(record)
            timed(
                "openpyxl write-only xlsx (same sheets)",
                lambda: openpyxl_write(sheets, out / "o.xlsx"),
                out / "o.xlsx",
            )
        print(f"\n  xlsx {xlsx:.2f} s (target ≤ 15 s): {'OK' if xlsx <= 15 else 'MISSED'}")
        print(
            f"  ods / xlsx = {ods / xlsx:.2f} (target ≤ 3): {'OK' if ods <= 3 * xlsx else 'MISSED'}"
        )
        print("  load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  peak memory of the process: {peak:.0f} MB (the record itself included)")


if __name__ == "__main__":
    main()
