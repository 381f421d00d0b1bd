"""Start-up time of the frozen app against a bare PySide6 window frozen the same way.

    python benchmarks/bench_startup.py [--app DIST/tnl-jury/tnl-jury]
                                       [--bare DIST/bare-window/bare-window] [--runs 5]

Each program is launched ``--runs`` times (at least 5) with ``TNL_JURY_EXIT_AFTER_SHOW=1`` on Qt's
offscreen platform: it prints ``painted`` right after its main window's first paint and quits.
The time from launching the process to reading that line is the start-up time. The two
programs are launched in turn (app, bare, app, bare…), so that a change in the machine's load
weighs on both alike; the load average is printed before and after. The first launch of each is
reported apart (cold-ish: it may find the files out of the page cache); min and median are over
the other runs. The app starts on its welcome page, in French, with settings in a
throw-away folder. Missing builds are made first with PyInstaller (``packaging/*.spec``).

Prints a Markdown table (paste it into docs/startup.md) and the ratio app / bare window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "build" / "bench" / "dist"
SPECS = {
    "app": ROOT / "packaging" / "tnl-jury.spec",
    "bare": ROOT / "packaging" / "bench" / "bare-window.spec",
}
TARGET_RATIO = 1.5


def build(spec: Path) -> None:
    work = ROOT / "build" / "bench" / "work"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(work),
            str(spec),
        ],
        check=True,
    )


def launch_once(program: Path, env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds from launching ``program`` to its ``painted`` line, and to its ``ready`` line
    (the app prints it once its feature screens are built; None for the bare window)."""
    start = time.perf_counter()
    painted = ready = None
    with subprocess.Popen(
        [str(program)], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == "painted":
                painted = time.perf_counter() - start
            elif line.strip() == "ready":
                ready = time.perf_counter() - start
        if painted is None:
            raise SystemExit(f"{program} never printed 'painted' (exit {process.wait()})")
        process.wait(timeout=60)
    return painted, ready


Launch = tuple[float, float | None]


def measure_interleaved(
    programs: dict[str, Path], runs: int
) -> dict[str, tuple[Launch, list[Launch]]]:
    """Each program's first launch and ``runs`` further launches, taken in turn (ABAB…)."""
    with tempfile.TemporaryDirectory(prefix="tnl-jury-bench-") as scope:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "TNL_JURY_EXIT_AFTER_SHOW": "1",
            "TNL_JURY_SETTINGS_SCOPE": scope,
            "TNL_JURY_LANG": "fr",
        }
        first = {key: launch_once(program, env) for key, program in programs.items()}
        runs_of: dict[str, list[Launch]] = {key: [] for key in programs}
        for _ in range(runs):
            for key, program in programs.items():
                runs_of[key].append(launch_once(program, env))
        return {key: (first[key], runs_of[key]) for key in programs}


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", type=Path, default=DIST / "tnl-jury" / "tnl-jury")
    parser.add_argument("--bare", type=Path, default=DIST / "bare-window" / "bare-window")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    programs = {"app": args.app, "bare": args.bare}
    for key, program in programs.items():
        if not program.is_file():
            print(f"building {program} …", flush=True)
            build(SPECS[key])
    if args.runs < 5:
        raise SystemExit("--runs: at least 5")
    print(f"load average before: {load_average()}", flush=True)
    measured = measure_interleaved(programs, args.runs)
    print(f"load average after: {load_average()}\n")
    # (first launch, runs) in seconds, to the first paint; and the app's "features ready".
    figures = {key: (first[0], [r[0] for r in runs]) for key, (first, runs) in measured.items()}
    first_app, runs_app = measured["app"]
    ready = [r[1] for r in runs_app if r[1] is not None]
    names = {"app": "tnl-jury (frozen), window painted", "bare": "bare PySide6 window (frozen)"}
    print(f"| program | first launch | min of {args.runs} | median of {args.runs} |")
    print("|---|---|---|---|")
    for key, (first, runs) in figures.items():
        print(
            f"| {names[key]} | {first:.2f} s | {min(runs):.2f} s | "
            f"{statistics.median(runs):.2f} s |"
        )
    if ready and first_app[1] is not None:
        print(
            f"| tnl-jury (frozen), feature screens ready | {first_app[1]:.2f} s | "
            f"{min(ready):.2f} s | {statistics.median(ready):.2f} s |"
        )
    ratio_min = min(figures["app"][1]) / min(figures["bare"][1])
    ratio_median = statistics.median(figures["app"][1]) / statistics.median(figures["bare"][1])
    verdict = "within" if ratio_median <= TARGET_RATIO else "above"
    print(
        f"\napp / bare window: {ratio_min:.2f}× (min), {ratio_median:.2f}× (median): "
        f"{verdict} the {TARGET_RATIO}× target"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
