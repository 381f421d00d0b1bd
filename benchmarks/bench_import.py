"""Benchmark of the Démarches Simplifiées import (a plain script, not collected by pytest).

    .venv/bin/python benchmarks/bench_import.py [--dossiers 1000] [--columns 120] [--files 1000]

Writes a ``dossiers × columns`` xlsx export and a zip of ``files`` attachments (with
``tests/dsgen``'s ``make_large_export`` when present, else its own openpyxl write-only and
zipfile writer), then times:

* the bare python-calamine read of the ``Dossiers`` sheet (the floor),
* the whole import of the sheet alone (preview excluded), into a new jury file,
* the whole import with the zip, into another new jury file,
* a re-import of the same files (nothing changes),

and prints the times (wall clock and CPU time: on a busy machine the CPU ratio is the steadier
one), the ratio import / bare read, and the peak memory of the process.
Target: the import of the sheet ≤ 3 × the bare read; peak memory < 400 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from tnl_jury.services.edition import new_jury_file  # noqa: E402
from tnl_jury.services.importing import run_import  # noqa: E402


def write_export(directory: Path, dossiers: int, columns: int, files: int) -> dict[str, Path]:
    """The export files: from dsgen when it is there, else written here."""
    try:
        from dsgen import make_large_export  # type: ignore[import-not-found]
    except ImportError:
        return _own_export(directory, dossiers, columns, files)
    paths: dict[str, Path] = make_large_export(directory, dossiers, columns, files)
    return paths


def _own_export(directory: Path, dossiers: int, columns: int, files: int) -> dict[str, Path]:
    from openpyxl import Workbook

    rng = random.Random(7)
    fixed = ["ID", "Email", "Entreprise raison sociale", "État du dossier", "Déposé le"]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Dossiers")
    ws.append(fixed + [f"Question n° {k}" for k in range(columns - len(fixed))])
    for i in range(dossiers):
        row: list[object] = [
            str(30_000_000 + i),
            f"c{i}@x.example",
            f"COMMUNE {i}",
            "En instruction",
            dt.datetime(2026, 2, 2, 8, 0),
        ]
        for c in range(columns - len(fixed)):
            row.append([f"texte {rng.random()}", "Oui", rng.randint(0, 500), None][c % 4])
        ws.append(row)
    wb.create_sheet("Avis").append(["Dossier ID", "Question / Introduction", "Réponse"])
    xlsx = directory / "dossiers_large.xlsx"
    wb.save(xlsx)
    archive = directory / "dossiers_large.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
        for k in range(files):
            number = 30_000_000 + k % dossiers
            name = f"export/dossier-{number}/pieces_justificatives/piece-{k}.pdf"
            zf.writestr(name, rng.randbytes(20_000))
    return {"xlsx": xlsx, "zip": archive}


Times = tuple[float, float]  # (wall clock, CPU time of this process)


def _now() -> Times:
    return time.perf_counter(), time.process_time()


def _since(start: Times) -> Times:
    wall, cpu = _now()
    return wall - start[0], cpu - start[1]


def _big_zip(path: Path, megabytes: int, dossiers: int) -> Path:
    """A zip of incompressible 8 MB files, written chunk by chunk."""
    rng = random.Random(3)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for k in range(max(1, megabytes // 8)):
            name = f"export/dossier-{30_000_000 + k % dossiers}/pieces_justificatives/big-{k}.bin"
            with zf.open(zipfile.ZipInfo(name), "w") as out:
                for _ in range(8):
                    out.write(rng.randbytes(1024 * 1024))
    return path


def bare_read(path: Path) -> Times:
    from python_calamine import CalamineWorkbook

    start = _now()
    workbook = CalamineWorkbook.from_path(str(path))
    rows = workbook.get_sheet_by_name("Dossiers").to_python()
    workbook.close()
    elapsed = _since(start)
    assert rows
    return elapsed


def timed_import(jury_path: Path, export: Path, zip_path: Path | None) -> tuple[Times, str]:
    jf = new_jury_file(jury_path, year=2026)
    try:
        start = _now()
        report = run_import(jf, export, zip_path)
        elapsed = _since(start)
        again_start = _now()
        again = run_import(jf, export, zip_path)
        again_elapsed = _since(again_start)[0]
    finally:
        jf.close()
    c, a = report.counts, report.attachments
    summary = (
        f"{c.new} new, {a.stored} stored, {a.duplicates} duplicates; re-import "
        f"{again.counts.unchanged} unchanged, {again.counts.changed} changed in "
        f"{again_elapsed:.2f} s"
    )
    return elapsed, summary


def _fmt(t: Times) -> str:
    return f"{t[0]:.3f} s wall, {t[1]:.3f} s CPU"


def _ratio(t: Times, floor: Times) -> str:
    return f"{t[0] / floor[0]:.2f} wall, {t[1] / floor[1]:.2f} CPU"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=1000)
    parser.add_argument("--columns", type=int, default=120)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument(
        "--big-zip-mb", type=int, default=0,
        help="also import a zip of 8 MB files totalling this size (peak memory check)",
    )  # fmt: skip
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_export(folder, args.dossiers, args.columns, args.files)
        size = paths["zip"].stat().st_size / 1e6
        print(
            f"export: {args.dossiers} dossiers × {args.columns} columns, "
            f"{paths['xlsx'].stat().st_size / 1e6:.1f} MB; zip: {args.files} files, "
            f"{size:.1f} MB"
        )
        reads = [bare_read(paths["xlsx"]) for _ in range(3)]
        floor = (min(r[0] for r in reads), min(r[1] for r in reads))
        print(f"bare calamine read of the sheet: {_fmt(floor)} (best of 3)")
        sheet_only, summary = timed_import(folder / "a.tnlj", paths["xlsx"], None)
        print(f"whole import, sheet only:        {_fmt(sheet_only)}  ({summary})")
        print(f"  ratio import / bare read:      {_ratio(sheet_only, floor)} (target ≤ 3)")
        with_zip, summary = timed_import(folder / "b.tnlj", paths["xlsx"], paths["zip"])
        print(f"whole import, sheet + zip:       {_fmt(with_zip)}  ({summary})")
        print(f"  ratio import / bare read:      {_ratio(with_zip, floor)}")
        if args.big_zip_mb:
            big = _big_zip(folder / "big.zip", args.big_zip_mb, args.dossiers)
            jf = new_jury_file(folder / "c.tnlj", year=2026)
            try:
                start = _now()
                report = run_import(jf, paths["xlsx"], big)
                print(f"whole import, {args.big_zip_mb} MB zip:     {_fmt(_since(start))}  "
                      f"({report.attachments.stored} files stored)")  # fmt: skip
            finally:
                jf.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    print(f"peak memory (ru_maxrss): {peak * scale / 1e6:.0f} MB (target < 400 MB)")


if __name__ == "__main__":
    main()
