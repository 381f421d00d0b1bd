"""Benchmark of the Démarches Simplifiées import (a plain script, not collected by pytest).

    .venv/bin/python benchmarks/bench_import.py [--dossiers 1000] [--columns 120] [--files 1000]

Writes a ``dossiers × columns`` xlsx export and a zip of ``files`` attachments (with
``tests/dsgen``'s ``make_large_export`` when present, else its own openpyxl write-only and
zipfile writer), then, ``--runs`` times in turn (ABC, ABC…, so that a change in the machine's
load weighs on all alike; one warm-up round first, so every figure is warm):

* A: the bare python-calamine read of the ``Dossiers`` sheet (the floor, and this machine's
  reference figure: compare other machines' times through it),
* B: the whole import of the sheet alone (preview excluded), into a new jury file,
* C: preview then import of the sheet, as the GUI's import dialog runs them;

then once: the floor for the attachments (every zip member read and stored as a blob in a new
SQLite file, in one transaction), the whole import with the zip, and a re-import (nothing
changes). Prints min and median (wall clock and CPU time), the ratios to the floor, the load
average before and after, and the peak memory of the process.
Targets: the import of the sheet ≤ 3 × the bare read; with the zip ≤ 3 × the bare read + the
attachments' floor; peak memory < 400 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import statistics
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


def attachments_floor(archive: Path, folder: Path) -> Times:
    """Every member of ``archive`` read and stored as a blob in a new SQLite file, in one
    transaction: what storing the attachments costs at the least (the import's allowance)."""
    import sqlite3

    target = folder / "floor.sqlite"
    target.unlink(missing_ok=True)
    start = _now()
    db = sqlite3.connect(target)
    db.execute("CREATE TABLE blob (name TEXT, data BLOB)")
    with db, zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            if not info.is_dir():
                db.execute("INSERT INTO blob VALUES (?, ?)", (info.filename, zf.read(info)))
    db.close()
    return _since(start)


def preview_then_import(jury_path: Path, export: Path) -> Times:
    from tnl_jury.services.importing import preview_import

    jf = new_jury_file(jury_path, year=2026)
    try:
        start = _now()
        preview_import(jf, export)
        run_import(jf, export)
        return _since(start)
    finally:
        jf.close()


def import_once(jury_path: Path, export: Path) -> Times:
    jf = new_jury_file(jury_path, year=2026)
    try:
        start = _now()
        run_import(jf, export)
        return _since(start)
    finally:
        jf.close()


def _stats(times: list[Times]) -> str:
    walls, cpus = [t[0] for t in times], [t[1] for t in times]
    return (
        f"min {min(walls):.3f} s / median {statistics.median(walls):.3f} s wall, "
        f"min {min(cpus):.3f} s / median {statistics.median(cpus):.3f} s CPU"
    )


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=1000)
    parser.add_argument("--columns", type=int, default=120)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--big-zip-mb", type=int, default=0,
        help="also import a zip of 8 MB files totalling this size (peak memory check)",
    )  # fmt: skip
    args = parser.parse_args()
    if args.runs < 5:
        raise SystemExit("--runs: at least 5")
    print(f"load average before: {_load()}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_export(folder, args.dossiers, args.columns, args.files)
        size = paths["zip"].stat().st_size / 1e6
        print(
            f"export: {args.dossiers} dossiers × {args.columns} columns, "
            f"{paths['xlsx'].stat().st_size / 1e6:.1f} MB; zip: {args.files} files, "
            f"{size:.1f} MB; {args.runs} runs in turn after a warm-up round"
        )
        rounds: dict[str, list[Times]] = {"read": [], "import": [], "gui": []}
        for k in range(args.runs + 1):
            read = bare_read(paths["xlsx"])
            sheet = import_once(folder / f"a{k}.tnlj", paths["xlsx"])
            gui = preview_then_import(folder / f"g{k}.tnlj", paths["xlsx"])
            if k:  # round 0 warms the caches up
                rounds["read"].append(read)
                rounds["import"].append(sheet)
                rounds["gui"].append(gui)
        floor = (min(r[0] for r in rounds["read"]), min(r[1] for r in rounds["read"]))
        print(f"A bare calamine read of the sheet (reference): {_stats(rounds['read'])}")
        print(f"B whole import, sheet only:                    {_stats(rounds['import'])}")
        best = (min(r[0] for r in rounds["import"]), min(r[1] for r in rounds["import"]))
        print(f"  ratio B / A (min):      {_ratio(best, floor)} (target ≤ 3)")
        print(f"C preview + import, as the GUI runs them:      {_stats(rounds['gui'])}")
        best_gui = (min(r[0] for r in rounds["gui"]), min(r[1] for r in rounds["gui"]))
        print(f"  ratio C / A (min):      {_ratio(best_gui, floor)}")
        allowance = attachments_floor(paths["zip"], folder)
        print(f"attachments' floor (zip members into SQLite blobs): {_fmt(allowance)}")
        with_zip, summary = timed_import(folder / "b.tnlj", paths["xlsx"], paths["zip"])
        target = 3 * floor[0] + allowance[0]
        print(f"whole import, sheet + zip: {_fmt(with_zip)}  ({summary})")
        print(
            f"  target 3 × A + attachments' floor = {target:.3f} s wall: "
            f"{'met' if with_zip[0] <= target else 'missed'}"
        )
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
    print(f"load average after: {_load()}")


if __name__ == "__main__":
    main()
