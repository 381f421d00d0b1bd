"""Timings of the PDF layer (a plain script, not a test).

    .venv/bin/python benchmarks/bench_pdf.py [--dossiers 60]

Targets: minutes for 60 dossiers <= 2 s; one signature <= 0.5 s. "cold" is the first call in
the process (it pays for importing pikepdf and pyHanko and registering the fonts); "warm" is
the median of the next calls.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from records import sample_record  # noqa: E402

from tnl_jury.io.pdf.letters import render_letters  # noqa: E402
from tnl_jury.io.pdf.minutes import render_minutes  # noqa: E402
from tnl_jury.io.pdf.published import render_published_list  # noqa: E402
from tnl_jury.io.signing.keys import create_jury_ca, create_member_identity  # noqa: E402
from tnl_jury.io.signing.sign import sign_pdf  # noqa: E402
from tnl_jury.io.signing.verify import verify_pdf  # noqa: E402

PASS = "bench-passphrase"


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """(first call, median of the next ``runs``) in wall-clock seconds; the CPU time of the
    warm runs is recorded in ``CPU`` (on a busy machine wall time overstates our cost)."""
    start = time.perf_counter()
    fn()
    cold = time.perf_counter() - start
    warm, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        warm.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    CPU.append(statistics.median(cpu))
    return cold, statistics.median(warm)


CPU: list[float] = []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dossiers", type=int, default=60)
    args = parser.parse_args()
    record = sample_record(args.dossiers)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        minutes = folder / "minutes.pdf"
        holder: dict[str, int] = {}

        def minutes_run() -> None:
            holder["pages"] = render_minutes(record, minutes).pages

        cold, warm = timed(minutes_run, 3)
        print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"minutes, {args.dossiers} dossiers, {holder['pages']} pages: cold {cold:.2f} s, "
              f"warm {warm:.2f} s, CPU {CPU[-1]:.2f} s (target <= 2 s)")  # fmt: skip

        start = time.perf_counter()
        ca = create_jury_ca("Jury bench", folder / "ca", PASS)
        signer = record.members[0]  # the president: the first box
        for bits in (3072, 2048):
            create_member_identity(
                signer.name, "Membre du jury", folder / f"m{bits}.p12", PASS, ca,
                key_size=bits,
            )  # fmt: skip
        print(f"keys: a CA (3072) and two members: {time.perf_counter() - start:.2f} s")

        for bits in (3072, 2048):
            p12 = folder / f"m{bits}.p12"

            def sign_run(p12: Path = p12) -> None:
                sign_pdf(minutes, folder / "signed.pdf", p12, PASS, "sig-1", role="B")

            cold, warm = timed(sign_run, 5)
            print(f"one signature (RSA {bits}, PDF/A check included): cold {cold:.2f} s, "
                  f"warm {warm:.2f} s, CPU {CPU[-1]:.2f} s (target <= 0.5 s)")  # fmt: skip

        cold, warm = timed(lambda: verify_pdf(folder / "signed.pdf", [ca.cert_path]), 5)
        print(f"verify one signature: cold {cold:.3f} s, warm {warm:.3f} s")

        start = time.perf_counter()
        letters = render_letters(record, folder / "letters")
        print(f"letters: {len(letters)} files in {time.perf_counter() - start:.2f} s")
        _, warm = timed(lambda: render_published_list(record, folder / "list.pdf"), 3)
        print(f"published list: {warm:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
