"""Control characters from outside (zip entry names, members' names) never reach the
terminal raw: the command line writes them out as visible escapes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dsgen.files import tiny_pdf
from helpers import run_cli
from test_import_support import D, make_export, write_zip

from tnl_jury.cli.terminal import safe_text
from tnl_jury.services.demo import DemoSize, create_demo

EVIL = "\x1b[2J\x1b[1A\x07\u202eexe.pdf\x9b31m"


def test_the_escape_of_every_control_character() -> None:
    assert safe_text(EVIL) == "\\x1b[2J\\x1b[1A\\x07\\u202eexe.pdf\\x9b31m"
    assert safe_text("ligne 1\n\tligne 2 — é ✔") == "ligne 1\n\tligne 2 — é ✔"


def _raw(text: str) -> bool:
    return any(c in text for c in ("\x1b", "\x07", "\u202e", "\x9b"))


def test_a_member_name_with_escape_sequences_is_printed_escaped(tmp_path: Path) -> None:
    path = tmp_path / "jury.tnlj"
    create_demo(path, DemoSize(dossiers=2, members=2)).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE jury_member SET name = ? WHERE id = 1", (f"Anne{EVIL}",))
    conn.close()
    for argv in (["jurors", path, "list"], ["jurors", path, "list", "--json"]):
        done = run_cli(*argv, cwd=tmp_path)
        assert done.code == 0, done.stderr
        assert not _raw(done.stdout + done.stderr), argv
        assert "\\x1b[2J" in done.stdout or "\\u001b[2J" in done.stdout


def test_zip_entry_names_reach_the_terminal_escaped(tmp_path: Path) -> None:
    path = tmp_path / "jury.tnlj"
    assert run_cli("new", path, cwd=tmp_path).code == 0
    export = make_export(tmp_path / "export", [D(1001)])
    pieces = "export/dossier-1001/pieces_justificatives"
    attachments = write_zip(
        tmp_path / "pieces.zip",
        [
            (f"{pieces}/rapport{EVIL}", tiny_pdf(["x"])),
            (f"export/../../autre{EVIL}.pdf", b"%PDF-1.4"),  # a bad entry, named
            (EVIL, b"x"),  # outside any dossier folder, named in a warning
        ],
    )
    for extra in (["--dry-run"], []):
        done = run_cli("import", path, export, "--attachments", attachments, *extra, cwd=tmp_path)
        assert done.code in (0, 2), done.stderr
        assert "\\x1b[2J" in done.stdout + done.stderr, extra  # the names are printed…
        assert not _raw(done.stdout + done.stderr), extra  # …escaped
