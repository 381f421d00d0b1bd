"""Benchmark of the scoring screen (a plain script, not collected by pytest; offscreen Qt).

    .venv/bin/python benchmarks/bench_scoring.py [--dossiers 5000] [--members 12] [--runs 15]

On a demo jury file of ``--dossiers`` dossiers and ``--members`` members, opened in the main
window (1280×800, offscreen):

1. opening a dossier of 150 answers and 5 attachments on the scoring screen until it is
   interactive (sheet read, both halves filled, events processed and the window painted):
   target ≤ 100 ms;
2. a keystroke until its score is committed to the file (``set_score`` in its own transaction
   with a full sync, through the screen's ordered background queue): target ≤ 20 ms; and what
   the keystroke costs the GUI thread (the screen stays responsive while the write runs);
3. scrolling through the whole dossier list of the scoring screen, page by page, each page
   painted (lazy model: only visible cells are computed): the total and the slowest page;
   the same for the Progress tab (dossiers × members).

Prints medians and worst cases; the machine's load matters (see ``os.getloadavg``).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TNL_JURY_SETTINGS_SCOPE", "bench-scoring")

ANSWERS = 150
ATTACHMENTS = 5


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def report(name: str, samples: list[float], target: float | None = None) -> None:
    median, worst = statistics.median(samples), max(samples)
    verdict = ""
    if target is not None:
        verdict = "  OK" if median <= target else f"  over the {target * 1000:.0f} ms target"
    print(f"{name:<58} median {ms(median)}  worst {ms(worst)}  (n={len(samples)}){verdict}")


def build(path: Path, dossiers: int, members: int) -> int:
    """The demo file, with one dossier of :data:`ANSWERS` answers and :data:`ATTACHMENTS`
    attachments (its id is returned)."""
    from dsgen.files import tiny_pdf
    from sqlalchemy import func, select

    from tnl_jury.services.demo import DemoSize, create_demo
    from tnl_jury.storage import import_models as im
    from tnl_jury.storage import models as m

    started = time.perf_counter()
    with create_demo(path, DemoSize(dossiers=dossiers, members=members, scored_share=0.3)) as jf:
        target = dossiers  # the last one: nobody has scored it
        with jf.transaction() as session:
            count = session.scalar(
                select(func.count()).select_from(m.Answer).where(m.Answer.dossier_id == target)
            )
            for position in range(count or 0, ANSWERS):
                session.add(
                    m.Answer(
                        dossier_id=target,
                        position=position,
                        label=f"Question complémentaire n°{position}",
                        value="Une réponse développée sur plusieurs lignes.\n" * 4,
                    )
                )
            for number in range(ATTACHMENTS):
                data = tiny_pdf([f"Pièce {number}", "Délibération du conseil"] * 20)
                sha = hashlib.sha256(data).hexdigest()
                session.add(im.AttachmentBlob(sha256=sha, size=len(data), content=data))
                session.flush()
                session.add(
                    m.Attachment(
                        dossier_id=target,
                        file_name=f"piece-{number}.pdf",
                        kind="piece",
                        size=len(data),
                        sha256=sha,
                    )
                )
    took = time.perf_counter() - started
    print(f"demo file: {dossiers} dossiers, {members} members in {took:.1f} s")
    return target


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=5000)
    parser.add_argument("--members", type=int, default=12)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    print(f"load average at start: {os.getloadavg()}")

    with tempfile.TemporaryDirectory(prefix="bench-scoring-") as folder:
        path = Path(folder) / "bench.tnlj"
        big = build(path, args.dossiers, args.members)
        run(path, big, args.runs)
    print(f"load average at end: {os.getloadavg()}")
    return 0


def run(path: Path, big: int, runs: int) -> None:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tnl_jury.gui.app import application
    from tnl_jury.gui.main_window import MainWindow
    from tnl_jury.gui.scoring.member_chooser import Scorer
    from tnl_jury.gui.scoring.progress_panel import ProgressPanel
    from tnl_jury.gui.tasks import TaskRunner
    from tnl_jury.services.scoring_view import load_scoring_sheet

    application()
    window = MainWindow(runner=TaskRunner(synchronous=True))
    window.show_message = lambda icon, title, text: print(f"MESSAGE {title}: {text}")  # type: ignore[method-assign]
    window.resize(1280, 800)
    window.show()
    started = time.perf_counter()
    window.open_file(path)
    print(f"window: file opened and shown in {time.perf_counter() - started:.2f} s")
    screen = window.scoring_screen  # type: ignore[attr-defined]
    screen.recorder.saver.synchronous = False  # as in the application
    member = next(m for m in window.snapshot.members if m.role == "member")  # type: ignore[union-attr]
    screen.set_scorer(Scorer(member.id, member.name))
    screen.start_scoring(big - 1)
    QCoreApplication.processEvents()
    jury_file = window.jury_file
    assert jury_file is not None
    sheet = load_scoring_sheet(jury_file, member.id, big)
    assert sheet.answers is not None
    answers = sum(len(c.answers) for d in sheet.answers.domains for c in d.criteria)
    answers += len(sheet.answers.other)
    print(f"dossier {big}: {answers} answers, {len(sheet.attachments)} attachments")

    # 1. Opening a dossier until interactive; the garbage collector's full collections during
    # the loop are timed too (the app freezes what opening the file built: gui/main_window.py).
    import gc

    full_collections: list[float] = []
    gc_started = [0.0]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            gc_started[0] = time.perf_counter()
        else:
            full_collections.append(time.perf_counter() - gc_started[0])

    gc.callbacks.append(on_gc)
    opening, opening_cpu, reading = [], [], []
    for index in range(runs):
        target = big if index % 2 == 0 else big - 1
        begin, cpu = time.perf_counter(), time.process_time()
        screen.open_dossier(target)
        QCoreApplication.processEvents()
        window.repaint()
        if target == big:
            opening.append(time.perf_counter() - begin)
            opening_cpu.append(time.process_time() - cpu)
            begin = time.perf_counter()
            load_scoring_sheet(jury_file, member.id, big)
            reading.append(time.perf_counter() - begin)
    gc.callbacks.remove(on_gc)
    report("open a dossier (150 answers, 5 attachments), interactive", opening, 0.100)
    worst = max(opening)
    print(
        f"  worst open {ms(worst)}: {'OK' if worst <= 0.100 else 'over the 100 ms target'}; "
        f"full garbage collections during the loop: {len(full_collections)}"
        + (f", longest {ms(max(full_collections))}" if full_collections else "")
    )
    report("  the same in CPU time (less sensitive to the machine's load)", opening_cpu)
    report("  of which reading the sheet (services)", reading)

    # 2. A keystroke until committed.
    screen.open_dossier(big)
    selector = screen.criteria.rows[screen.criteria.order[0]].selector
    selector.setFocus()
    committed, gui_thread = [], []
    for index in range(runs * 2):
        key = Qt.Key.Key_1 if index % 2 else Qt.Key.Key_3
        begin = time.perf_counter()
        QTest.keyClick(selector, key)
        gui_thread.append(time.perf_counter() - begin)
        screen.recorder.flush()
        committed.append(time.perf_counter() - begin)
    report("keystroke until the score is committed", committed, 0.020)
    report("  keystroke's cost on the GUI thread", gui_thread)
    screen.recorder.saver.synchronous = True
    blocking = []
    for index in range(runs):
        begin = time.perf_counter()
        QTest.keyClick(selector, Qt.Key.Key_2 if index % 2 else Qt.Key.Key_4)
        blocking.append(time.perf_counter() - begin)
    report("  (for comparison: the same write on the GUI thread)", blocking)

    # 3. Scrolling the lists.
    def scroll(view: object, name: str) -> None:
        bar = view.verticalScrollBar()  # type: ignore[attr-defined]
        bar.setValue(0)
        QCoreApplication.processEvents()
        pages = []
        begin = time.perf_counter()
        value = 0
        while value < bar.maximum():
            value = min(bar.maximum(), value + bar.pageStep())
            page = time.perf_counter()
            bar.setValue(value)
            view.viewport().repaint()  # type: ignore[attr-defined]
            pages.append(time.perf_counter() - page)
        total = time.perf_counter() - begin
        rows = view.model().rowCount()  # type: ignore[attr-defined]
        print(
            f"{name:<58} {rows} rows, {len(pages)} pages in {total:.2f} s; "
            f"slowest page {ms(max(pages))}, median {ms(statistics.median(pages))}"
        )

    scroll(screen.ui.list_view, "scroll the scoring screen's dossier list")
    window.select_panel("dossiers")
    scroll(window.dossiers_panel.view, "scroll the Dossiers tab")
    progress = next(p for p in window.panels if isinstance(p, ProgressPanel))
    begin = time.perf_counter()
    window.select_panel("progress")
    QCoreApplication.processEvents()
    print(
        f"{'Progress tab shown (matrix read, model filled)':<58} {ms(time.perf_counter() - begin)}"
    )
    scroll(progress.view, "scroll the Progress tab")
    QApplication.processEvents()
    window.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
