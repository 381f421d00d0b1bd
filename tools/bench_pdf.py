"""Time and size of the minutes, one letter and the published list of a decided jury file
(best and median of N builds; the figures of docs/pdf-accessibility.md):

    .venv/bin/python tools/decided_demo.py /tmp/demo.tnlj --decisions 1000
    .venv/bin/python tools/bench_pdf.py /tmp/demo.tnlj /tmp/bench 7
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from tnl_jury.io.pdf.letters import render_letter
from tnl_jury.io.pdf.minutes import render_minutes
from tnl_jury.io.pdf.published import render_published_list
from tnl_jury.services.records import build_results_record
from tnl_jury.storage.jury_file import open_for_reading


def timed(build: Callable[[], object], runs: int) -> tuple[float, float]:
    """(best, median) in milliseconds of ``runs`` builds, after one to warm up."""
    build()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        build()
        times.append((time.perf_counter() - start) * 1000)
    return min(times), statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jury_file", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("runs", type=int, nargs="?", default=7)
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with open_for_reading(args.jury_file) as jf:
        record = build_results_record(jf, with_scores=False)
    dossier = next(d for d in record.dossiers if d.level is not None)
    builds: dict[str, Callable[[], object]] = {
        "pv.pdf": lambda: render_minutes(record, out / "pv.pdf"),
        "letter.pdf": lambda: render_letter(record, dossier, out / "letter.pdf"),
        "list.pdf": lambda: render_published_list(record, out / "list.pdf"),
    }
    for name, build in builds.items():
        best, median = timed(build, args.runs)
        size = (out / name).stat().st_size
        print(f"{name}: best {best:.0f} ms, median {median:.0f} ms, {size} bytes")


if __name__ == "__main__":
    main()
