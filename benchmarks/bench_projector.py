"""Benchmark of the projector view (a plain script, not collected by pytest).

    .venv/bin/python benchmarks/bench_projector.py [--dossiers 60] [--members 12] [--runs 3]

For every dossier of a demo edition (default TNL grid, 17 criteria), the time to draw it in the
projector window at 1920×1080 (offscreen platform), target ≤ 100 ms:

* read: :func:`tnl_jury.services.deliberation_view.dossier_view` (what the deliberation view
  reads off the GUI thread when the selection changes);
* draw: ``ProjectorWindow.show_view`` (texts, the three chart descriptions built), the events
  it posts (layout), and a full paint of the window into an image (``QWidget.grab``), on the
  GUI thread;
* charts alone: building the three chart descriptions (pure Python).

Prints the best, the median and the worst over every dossier and run, wall time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if Path("/usr/share/fonts/truetype/dejavu").is_dir():
    os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype/dejavu")


def _line(name: str, times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    return (
        f"{name:<34} best {ms[0]:7.1f} ms   median {statistics.median(ms):7.1f} ms   "
        f"worst {ms[-1]:7.1f} ms   ({len(ms)} draws)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=60)
    parser.add_argument("--members", type=int, default=12)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from tnl_jury.gui.app import application
    from tnl_jury.gui.charts import chart_words
    from tnl_jury.gui.deliberation.projector import ProjectorWindow
    from tnl_jury.services.deliberation_view import dossier_view
    from tnl_jury.services.demo import DemoSize, create_demo
    from tnl_jury.services.dossier_charts import dossier_charts

    app = application()
    with tempfile.TemporaryDirectory(prefix="tnl-jury-bench-") as temp:
        jf = create_demo(
            Path(temp) / "bench.tnlj", DemoSize(dossiers=args.dossiers, members=args.members)
        )
        try:
            ids = list(range(1, args.dossiers + 1))
            window = ProjectorWindow()
            window.resize(1920, 1080)
            window.show()
            app.processEvents()
            reads: list[float] = []
            draws: list[float] = []
            charts: list[float] = []
            views = {}
            for _ in range(args.runs):
                for dossier_id in ids:
                    start = time.perf_counter()
                    view = dossier_view(jf, dossier_id)
                    reads.append(time.perf_counter() - start)
                    views[dossier_id] = view
            words = chart_words()
            for _ in range(args.runs):
                for dossier_id in ids:
                    start = time.perf_counter()
                    dossier_charts(views[dossier_id], words)
                    charts.append(time.perf_counter() - start)
            for _ in range(args.runs):
                for dossier_id in ids:
                    start = time.perf_counter()
                    window.show_view(views[dossier_id])
                    app.processEvents()  # the layout's pending requests, as the event loop would
                    window.grab()
                    draws.append(time.perf_counter() - start)
            window.close()
        finally:
            jf.close()
    print(f"{args.dossiers} dossiers × {args.members} members, projector at 1920×1080")
    print(_line("read (dossier_view)", reads))
    print(_line("charts described (pure Python)", charts))
    print(_line("draw (show_view + full paint)", draws))
    print("target: draw ≤ 100 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
