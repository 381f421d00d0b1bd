"""``tnl-jury --self-test``: prove that an installation works, end to end, without a display.

Meant for the build scripts (run on what they froze) and for support ("run the self-test and
send me what it prints"). In a temporary folder that is removed afterwards, it:

1. creates a demo jury file (fictional data) — SQLite, Alembic migrations, the default grid;
2. scores one dossier for every criterion of the grid, as one jury member;
3. records a meeting (attendance, date, place) and the jury's decision on that dossier;
4. computes the results and finds that decision in them;
5. exports the results as xlsx and ods (openpyxl, odf writer) and checks they are ZIP files;
6. writes the PDF minutes (reportlab, pikepdf PDF/A);
7. creates a member's key (cryptography, passphrase made here), signs the minutes (pyHanko)
   and verifies the signature offline against that certificate;
8. renders the minutes' first page with pypdfium2 (the attachment viewer's PDF renderer);
9. shows the main window on the demo file on Qt's offscreen platform, then closes it
   (:func:`tnl_jury.gui.selftest.show_main_window`: PySide6, translations, icons).

Contract: prints one line per step (``ok`` with its duration, or ``FAILED`` with the reason and
the traceback: the audience is whoever builds or supports the app) and returns 0 when every
step passed, 1 otherwise. It never touches the user's files, settings or recent-file list:
the GUI step keeps its settings inside the temporary folder. The steps use only services and
the io layer, so a frozen build that forgot a module or a data file fails here.
"""

from __future__ import annotations

import datetime as dt
import io
import secrets
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from tnl_jury import APP_NAME, __version__

ZIP_MAGIC = b"PK\x03\x04"
PDF_MAGIC = b"%PDF-"


class SelfTestError(Exception):
    """A step ran but its outcome is wrong."""


@dataclass
class _State:
    folder: Path
    jury_path: Path
    dossier_id: int = 0
    minutes: Path | None = None
    exports: list[Path] = field(default_factory=list)


def _check(condition: bool, problem: str) -> None:
    if not condition:
        raise SelfTestError(problem)


def _step_demo(state: _State) -> str:
    from tnl_jury.services import dossiers, members
    from tnl_jury.services.demo import DemoSize, create_demo

    with create_demo(state.jury_path, DemoSize(dossiers=6, members=5)) as jury_file:
        rows = dossiers.list_dossiers(jury_file)
        jurors = members.list_members(jury_file)
    _check(len(rows) == 6 and len(jurors) == 5, "the demo file does not hold what was asked")
    state.dossier_id = rows[0].id
    return f"{state.jury_path.name}: {len(rows)} dossiers, {len(jurors)} members"


def _step_score(state: _State) -> str:
    from tnl_jury.services import edition, members, scores
    from tnl_jury.storage.jury_file import open_jury_file

    with open_jury_file(state.jury_path) as jury_file:
        grid = edition.load_stored_grid(jury_file)
        member = members.list_members(jury_file)[0]
        count = 0
        for _domain, criterion in grid.criteria():
            top = grid.scale_of(criterion).maximum
            scores.set_score(jury_file, member.id, state.dossier_id, criterion.code, top)
            count += 1
        stored = scores.list_scores(jury_file, member_id=member.id, dossier_id=state.dossier_id)
    _check(count > 0 and len(stored) == count, f"{count} scores set but {len(stored)} read back")
    return f"{count} criteria scored by {member.name}"


def _step_decide(state: _State) -> str:
    from tnl_jury.services import deliberation, members
    from tnl_jury.storage.jury_file import open_jury_file

    with open_jury_file(state.jury_path) as jury_file:
        ids = [m.id for m in members.list_members(jury_file) if m.active]
        quorum = deliberation.set_attendance(jury_file, dict.fromkeys(ids, True))
        deliberation.set_meeting(jury_file, held_on=dt.date.today(), place="Self-test")
        eligible = len(deliberation.voters(jury_file, state.dossier_id).eligible)
        deliberation.record_decision(
            jury_file,
            state.dossier_id,
            3,
            votes_for=eligible,
            votes_against=0,
            abstentions=0,
            motivation="Décision de l’autotest : niveau 3, adopté à l’unanimité.",
        )
    _check(quorum.reached, "the quorum is not reached with every member present")
    return f"level 3 adopted by {eligible} votes"


def _step_results(state: _State) -> str:
    from tnl_jury.services import results
    from tnl_jury.storage.jury_file import open_for_reading

    with open_for_reading(state.jury_path) as jury_file:
        rows = results.compute_results(jury_file)
    decided = [r for r in rows if r.dossier_id == state.dossier_id]
    _check(
        len(decided) == 1 and decided[0].decision is not None and decided[0].decision.level == 3,
        "the recorded decision is missing from the results",
    )
    return f"{len(rows)} dossiers, 1 decided"


def _step_export(state: _State) -> str:
    from tnl_jury.services import outputs
    from tnl_jury.storage.jury_file import open_jury_file

    with open_jury_file(state.jury_path) as jury_file:
        for suffix in (".xlsx", ".ods"):
            state.exports += outputs.export_results(jury_file, state.folder / f"results{suffix}")
    for path in state.exports:
        _check(path.read_bytes()[:4] == ZIP_MAGIC, f"{path.name} is not a spreadsheet (ZIP) file")
    return ", ".join(f"{p.name} {p.stat().st_size // 1024} KB" for p in state.exports)


def _step_minutes(state: _State) -> str:
    from tnl_jury.services import outputs
    from tnl_jury.storage.jury_file import open_jury_file

    with open_jury_file(state.jury_path) as jury_file:
        state.minutes = outputs.write_minutes(jury_file, state.folder / "minutes.pdf")
    _check(state.minutes.read_bytes()[:5] == PDF_MAGIC, "the minutes are not a PDF file")
    return f"{state.minutes.name} {state.minutes.stat().st_size // 1024} KB"


def _step_sign(state: _State) -> str:
    from tnl_jury.io.signing import keys, verify
    from tnl_jury.services import members
    from tnl_jury.services.minutes_signing import sign_minutes
    from tnl_jury.storage.jury_file import open_jury_file

    assert state.minutes is not None, "the minutes step runs first"
    passphrase = secrets.token_urlsafe(18)
    signed = state.folder / "minutes-signed.pdf"
    with open_jury_file(state.jury_path) as jury_file:
        president = next(m for m in members.list_members(jury_file) if m.role == "president")
        identity = keys.create_member_identity(
            president.name, "Président du jury", state.folder / "president.p12", passphrase
        )
        info = sign_minutes(
            jury_file,
            state.minutes,
            signed,
            identity.p12_path,
            passphrase,
            role="Président du jury",
        )
    _check(info.pdfa is None or info.pdfa.passed, f"signed minutes not PDF/A: {info.pdfa}")
    report = verify.verify_pdf(signed, trust_roots=[identity.cert_path])
    _check(report.ok, f"the signature does not verify: {report.problems or report.signatures}")
    return f"signed into {info.field_name!r}, verified ({len(report.signatures)} signature)"


def _step_render(state: _State) -> str:
    import pypdfium2 as pdfium  # what the attachment viewer renders PDF pages with

    assert state.minutes is not None, "the minutes step runs first"
    document = pdfium.PdfDocument(str(state.minutes))
    try:
        image = document[0].render(scale=0.5).to_pil()
    finally:
        document.close()
    _check(image.width > 100 and image.height > 100, f"a {image.size} page image")
    return f"page 1 of {state.minutes.name}: {image.width}×{image.height} px"


def _step_gui(state: _State) -> str:
    from tnl_jury.gui.selftest import show_main_window

    return show_main_window(state.jury_path, state.folder / "gui-settings")


STEPS: tuple[tuple[str, Callable[[_State], str]], ...] = (
    ("create a demo jury file", _step_demo),
    ("score one dossier", _step_score),
    ("record a decision", _step_decide),
    ("compute the results", _step_results),
    ("export the results (xlsx, ods)", _step_export),
    ("write the PDF minutes", _step_minutes),
    ("sign and verify the minutes", _step_sign),
    ("render a page of the minutes (pypdfium2)", _step_render),
    ("show the main window (offscreen)", _step_gui),
)


def run(out: TextIO | None = None) -> int:
    """Run every step, printing one line each to ``out`` (stdout); return 0 or 1.

    A windowed Windows build has no stdout at all: the report is then dropped and only the
    exit code tells (``tnl-jury-cli.exe --self-test`` shows it).
    """
    out = out or sys.stdout or io.StringIO()
    frozen = "frozen" if getattr(sys, "frozen", False) else "not frozen"
    print(f"{APP_NAME} {__version__} self-test ({sys.platform}, {frozen})", file=out, flush=True)
    failed = 0
    started = time.perf_counter()
    # ignore_cleanup_errors: on Windows a virus scanner may still hold a file for a moment.
    scratch = tempfile.TemporaryDirectory(
        prefix=f"{APP_NAME}-selftest-", ignore_cleanup_errors=True
    )
    with scratch as tmp:
        state = _State(Path(tmp), Path(tmp) / "autotest.tnlj")
        for number, (title, step) in enumerate(STEPS, start=1):
            begin = time.perf_counter()
            try:
                detail = step(state)
            except Exception as exc:
                failed += 1
                print(f"[{number}/{len(STEPS)}] {title}: FAILED: {exc!r}", file=out, flush=True)
                traceback.print_exc(file=out)
                if number == 1:
                    break  # every other step needs the demo file
                continue
            took = time.perf_counter() - begin
            print(f"[{number}/{len(STEPS)}] {title}: ok ({took:.2f} s) — {detail}", file=out)
            out.flush()
    total = time.perf_counter() - started
    if failed:
        print(f"self-test FAILED: {failed} step(s) failed ({total:.1f} s)", file=out, flush=True)
        return 1
    print(f"self-test passed ({total:.1f} s)", file=out, flush=True)
    return 0


def main() -> int:
    """Entry point of ``tnl-jury --self-test``."""
    return run()
