"""Benchmark of the deliberation results (a plain script, not collected by pytest).

    .venv/bin/python benchmarks/bench_results.py [--large-dossiers 5000] [--skip-large]

1. A full recompute (:func:`tnl_jury.services.results.compute_results`) of 60 dossiers ×
   12 members × 30 criteria, every dossier scored (target ≤ 50 ms).
2. The update after one score change: one score written, then that dossier alone recomputed
   (``compute_results(jf, [dossier_id])``, target ≤ 16 ms, the recompute only).
3. A full recompute of 5,000 dossiers × 20 members × 30 criteria (target ≤ 5 s), run as the
   deliberation view runs it: on a worker thread of the GUI's task helper, while the GUI thread
   keeps ticking a 10 ms timer. The longest gap between two ticks tells whether the view
   stays responsive (a gap much above 100 ms would be felt as a freeze).

The 30-criterion grid is the default TNL grid with each domain's criteria repeated up to six,
written to a temporary folder; the data comes from the demo generator
(:func:`tnl_jury.services.demo.create_demo` with that grid). Each figure is the best and the
median of several runs, wall time (``time.perf_counter``) and CPU time of the process.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tnl_jury.paths import default_grid_path  # noqa: E402
from tnl_jury.services import scores  # noqa: E402
from tnl_jury.services.demo import DemoSize, create_demo  # noqa: E402
from tnl_jury.services.results import compute_results  # noqa: E402
from tnl_jury.storage.jury_file import JuryFile  # noqa: E402

CRITERIA_PER_DOMAIN = 6  # 5 domains × 6 = 30 criteria


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(type(value))


def write_grid(path: Path, per_domain: int = CRITERIA_PER_DOMAIN) -> int:
    """Write the default grid with each domain's criteria repeated up to ``per_domain``;
    return the number of criteria."""
    data = tomllib.loads(default_grid_path().read_text(encoding="utf-8"))
    lines = ["[grid]"]
    lines += [f"{k} = {_toml_value(v)}" for k, v in data["grid"].items()]
    for code, scale in data["scales"].items():
        lines += ["", f"[scales.{code}]"]
        lines += [f"{k} = {_toml_value(v)}" for k, v in scale.items()]
    count = 0
    for domain in data["domains"]:
        lines += ["", "[[domains]]"]
        lines += [f"{k} = {_toml_value(v)}" for k, v in domain.items() if k != "criteria"]
        base = domain["criteria"]
        for i in range(per_domain):
            criterion = dict(base[i % len(base)])
            if i >= len(base):
                criterion["code"] = f"{domain['code']}-{i + 1}"
                criterion["label"] = f"{criterion['label']} ({i + 1})"
            lines += ["", "[[domains.criteria]]"]
            lines += [f"{k} = {_toml_value(v)}" for k, v in criterion.items()]
            count += 1
    lines += ["", "[levels]", f"rules = {_toml_value(data['levels']['rules'])}"]
    lines += ["", "[import]"]
    lines += [f"{k} = {_toml_value(v)}" for k, v in data["import"].items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return count


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """(best wall, median wall, median CPU) in seconds over ``runs`` calls."""
    walls, cpus = [], []
    for _ in range(runs):
        c0, w0 = time.process_time(), time.perf_counter()
        fn()
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return min(walls), statistics.median(walls), statistics.median(cpus)


def report(name: str, figures: tuple[float, float, float], target: float) -> bool:
    best, median, cpu = figures
    ok = median <= target
    print(
        f"{name}: best {best * 1000:.1f} ms, median {median * 1000:.1f} ms "
        f"(CPU {cpu * 1000:.1f} ms); target ≤ {target * 1000:.0f} ms: "
        f"{'met' if ok else 'MISSED'}"
    )
    return ok


def small_edition(folder: Path, grid: Path) -> bool:
    size = DemoSize(dossiers=60, members=12, scored_share=1.0)
    jf = create_demo(folder / "small.tnlj", size, grid_path=grid)
    try:
        results = compute_results(jf)
        scored = sum(1 for r in results if r.aggregate.score is not None)
        print(f"small edition: {len(results)} dossiers ({scored} scored), 12 members")
        ok = report("full recompute, 60 × 12 × 30", timed(lambda: compute_results(jf), 15), 0.050)
        dossier = results[len(results) // 2].dossier_id
        member = 3
        walls, cpus, seen = [], [], set()
        for k in range(30):
            # A real change each time (4 ↔ 0 on one criterion), written before the clock starts;
            # the recompute must then show it.
            scores.set_score(jf, member, dossier, "STRAT-1", 4 if k % 2 else 0)
            c0, w0 = time.process_time(), time.perf_counter()
            (changed,) = compute_results(jf, [dossier])
            walls.append(time.perf_counter() - w0)
            cpus.append(time.process_time() - c0)
            seen.add(changed.aggregate.score)
        if len(seen) < 2:
            raise SystemExit("the recompute did not see the score changes")
        one = (min(walls), statistics.median(walls), statistics.median(cpus))
        ok &= report("one dossier recomputed after a score change", one, 0.016)
        value = [0]

        def change() -> None:
            value[0] = (value[0] + 1) % 5
            scores.set_score(jf, member, dossier, "STRAT-1", value[0])

        write = timed(change, 10)
        print(f"  (writing the score itself: median {write[1] * 1000:.1f} ms, for reference)")
        return ok
    finally:
        jf.close()


def threaded_recompute(jf: JuryFile, app: Any, runner: Any) -> tuple[float, float, int, int, float]:
    """One full recompute on a worker thread while the GUI thread ticks a 10 ms timer:
    (wall s, CPU s, dossiers, ticks, longest gap between ticks in ms)."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    done: list[int] = []

    def failed(exc: BaseException) -> None:
        print("failed:", exc)
        done.append(-1)

    c0, w0 = time.process_time(), time.perf_counter()
    runner.submit(
        lambda _ctx: compute_results(jf),
        on_result=lambda rows: done.append(len(rows)),
        on_error=failed,
    )
    while not done:
        app.processEvents()
        time.sleep(0.002)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    timer.stop()
    return wall, cpu, done[0], len(gaps), max(gaps, default=0.0)


def large_edition(folder: Path, grid: Path, dossiers: int) -> bool:
    from PySide6.QtCore import QCoreApplication

    from tnl_jury.gui.tasks import TaskRunner

    t0 = time.perf_counter()
    size = DemoSize(dossiers=dossiers, members=20, scored_share=1.0)
    jf = create_demo(folder / "large.tnlj", size, grid_path=grid)
    built = time.perf_counter() - t0
    print(f"large edition: {dossiers} dossiers × 20 members built in {built:.0f} s")
    try:
        app = QCoreApplication.instance() or QCoreApplication([])
        runner = TaskRunner()
        ok = True
        for attempt in range(3):
            wall, cpu, count, ticks, longest = threaded_recompute(jf, app, runner)
            print(
                f"full recompute, {dossiers} × 20 × 30 on a worker thread (run {attempt + 1}): "
                f"{wall:.2f} s (CPU {cpu:.2f} s), {count} dossiers; GUI thread: {ticks} ticks, "
                f"longest gap {longest:.0f} ms; target ≤ 5 s: {'met' if wall <= 5 else 'MISSED'}"
            )
            ok &= wall <= 5
        runner.shutdown()
        return ok
    finally:
        jf.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--large-dossiers", type=int, default=5000)
    parser.add_argument("--skip-large", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tnl-bench-results-") as temp:
        folder = Path(temp)
        grid = folder / "grid-30.toml"
        print(f"grid: {write_grid(grid)} criteria")
        ok = small_edition(folder, grid)
        if not args.skip_large:
            ok &= large_edition(folder, grid, args.large_dossiers)
    print("all targets met" if ok else "some targets missed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
