"""``import --dry-run`` counts the attachments as the import does: files in a folder of no
dossier and files outside any dossier folder are rejected in both; the files read are the
ones stored (or found already stored) by the import."""

from __future__ import annotations

import json
from pathlib import Path

from dsgen.files import tiny_pdf
from helpers import run_cli
from test_import_support import D, make_export, write_zip


def test_the_dry_run_counts_equal_the_imports(tmp_path: Path) -> None:
    path = tmp_path / "jury.tnlj"
    assert run_cli("new", path, cwd=tmp_path).code == 0
    export = make_export(tmp_path / "export", [D(1001), D(1002)])
    pieces = "pieces_justificatives"
    attachments = write_zip(
        tmp_path / "pieces.zip",
        [
            (f"export/dossier-1001/{pieces}/deliberation.pdf", tiny_pdf(["a"])),
            (f"export/dossier-1002/{pieces}/budget.pdf", tiny_pdf(["b"])),
            (f"export/dossier-1002/{pieces}/copie.pdf", tiny_pdf(["a"])),  # same bytes
            (f"export/dossier-4242/{pieces}/autre.pdf", tiny_pdf(["c"])),  # no such dossier
            ("export/lisez-moi.txt", b"outside any dossier folder"),
        ],
    )
    argv = ["import", path, export, "--attachments", attachments, "--json"]
    dry = run_cli(*argv, "--dry-run", cwd=tmp_path)
    assert dry.code == 0, dry.stderr
    real = run_cli(*argv, cwd=tmp_path)
    assert real.code == 0, real.stderr
    would = json.loads(dry.stdout)["attachments"]
    did = json.loads(real.stdout)["attachments"]
    assert would["rejected"] == did["rejected"] == 2
    assert would["stored"] + would["duplicates"] == did["stored"] + did["duplicates"] == 3
    text = run_cli("import", path, export, "--attachments", attachments, "--dry-run", cwd=tmp_path)
    assert "attachments: 3 files for 2 dossiers, 2 not imported, 0 bad entries" in text.stdout
