"""Helpers shared by the foundation tests: real files, real subprocesses, no mocks."""

from __future__ import annotations

import atexit
import functools
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from tnl_jury.services.edition import new_jury_file
from tnl_jury.storage import migrate
from tnl_jury.storage.jury_file import JuryFile, make_engine, open_jury_file

CLI_TIMEOUT_S = 60


@functools.cache
def _template_jury_file() -> Path:
    """A new jury file (default grid, edition 2026), made once per test run."""
    folder = Path(tempfile.mkdtemp(prefix="tnl-jury-template-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "template.tnlj"
    new_jury_file(path, year=2026).close()
    return path


def new_jury_file_copy(path: Path) -> JuryFile:
    """What ``new_jury_file(path, year=2026)`` gives, ten times faster: a copy of a template
    made once by ``new_jury_file``, opened for writing."""
    shutil.copyfile(_template_jury_file(), path)
    return open_jury_file(path)


def sha256_of(path: Path) -> str:
    """The SHA-256 of the file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path: Path) -> list[Path]:
    """The SQLite companions (``-wal``, ``-shm``, ``-journal``) that exist beside ``path``."""
    return [
        Path(f"{path}{suffix}")
        for suffix in ("-wal", "-shm", "-journal")
        if Path(f"{path}{suffix}").exists()
    ]


def folder_listing(folder: Path) -> list[str]:
    """The names of the files in ``folder``, sorted."""
    return sorted(entry.name for entry in folder.iterdir())


def sqlite_dump(path: Path) -> list[str]:
    """The SQL dump of the database at ``path`` (its content, whatever its page layout)."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def stored_revision(path: Path) -> str | None:
    """The Alembic revision recorded in the file, or None when ``alembic_version`` is empty."""
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return None if row is None else str(row[0])


def table_names(path: Path) -> set[str]:
    """The names of the tables in the database at ``path``."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    finally:
        conn.close()
    return {str(row[0]) for row in rows}


def schema_facts(path: Path) -> dict[str, object]:
    """The schema of the database at ``path`` as SQLite describes it (columns in order, indexes,
    foreign keys), independent of how each CREATE statement happens to be written."""
    conn = sqlite3.connect(path)
    try:
        facts: dict[str, object] = {}
        tables = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        ).fetchall()
        for (table,) in tables:
            columns = [row[1:6] for row in conn.execute(f'PRAGMA table_xinfo("{table}")')]
            indexes = sorted(
                (
                    name if origin == "c" else origin,
                    unique,
                    tuple(r[2] for r in conn.execute(f'PRAGMA index_info("{name}")')),
                )
                for _, name, unique, origin, _ in conn.execute(f'PRAGMA index_list("{table}")')
            )
            keys = sorted(row[2:7] for row in conn.execute(f'PRAGMA foreign_key_list("{table}")'))
            facts[table] = (columns, indexes, keys)
        return facts
    finally:
        conn.close()


def revisions_oldest_first() -> list[str]:
    """Every revision of ``migrations/``, from the first to the head."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def older_targets() -> list[str]:
    """Where an "older" file can be built: ``base`` and every revision before the head."""
    return ["base", *revisions_oldest_first()[:-1]]


def migrate_file(path: Path, target: str, *, downgrade: bool) -> None:
    """Run Alembic on the jury file at ``path`` up or down to ``target``, in one transaction."""
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as conn:
            config = migrate.alembic_config()
            config.attributes["connection"] = conn
            if downgrade:
                command.downgrade(config, target)
            else:
                command.upgrade(config, target)
    finally:
        engine.dispose()


@dataclass(frozen=True)
class CliResult:
    code: int
    stdout: str
    stderr: str

    def check_clean_failure(self) -> str:
        """Assert a refusal looks right (exit 2, one stderr line, no traceback); return it."""
        assert self.code == 2, self
        assert "Traceback" not in self.stdout + self.stderr, self
        lines = self.stderr.splitlines()
        assert len(lines) == 1, self
        assert lines[0].startswith("tnl-jury: "), self
        return lines[0]


def _cli_env(extra: dict[str, str] | None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONWARNINGS", None)
    env.update(extra or {})
    return env


def run_cli(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> CliResult:
    """Run ``python -m tnl_jury ARGS`` in a real subprocess (``env``: extra variables)."""
    return run_cli_many([list(args)], cwd=cwd, env=env)[0]


def run_cli_many(
    argvs: Sequence[Sequence[str | Path]], *, cwd: Path, env: dict[str, str] | None = None
) -> list[CliResult]:
    """Run several independent ``python -m tnl_jury`` commands at once (the suite stays fast)."""
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "tnl_jury", *map(str, argv)],
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_cli_env(env),
            text=True,
            encoding="utf-8",
        )
        for argv in argvs
    ]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=CLI_TIMEOUT_S)
        results.append(CliResult(process.returncode, out, err))
    return results


# A small valid grid: two domains, a 1–3 scale. Broken variants are made by replacing one piece.
CUSTOM_GRID = """\
[grid]
format = 1
label = "Label Test"
name = "Grille de test"

[scales.court]
name = "Échelle de 1 à 3"
steps = [
  { value = 1, label = "Faible" },
  { value = 2, label = "Moyen" },
  { value = 3, label = "Fort" },
]

[[domains]]
code = "A"
name = "Domaine A"
weight = 2.0

[[domains.criteria]]
code = "A-1"
label = "Critère A1"
weight = 1.0
questions = ["Question A1 ?", { label = "Précisez", occurrence = 2 }]

[[domains]]
code = "B"
name = "Domaine B"

[[domains.criteria]]
code = "B-1"
label = "Critère B1"

[[domains.criteria]]
code = "B-2"
label = "Critère B2"
weight = 0.5

[levels]
rules = [
  { level = 1, name = "Un", min_score = 1.5 },
  { level = 2, name = "Deux", min_score = 2.0, min_every_domain = 1.5 },
  { level = 3, name = "Trois", min_score = 2.5, domain_minimums = { B = 2.0 } },
]
"""


def write_grid(tmp_path: Path, text: str, name: str = "grid.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def custom_grid_path(tmp_path: Path) -> Path:
    """The small valid grid above, written to ``tmp_path``."""
    return write_grid(tmp_path, CUSTOM_GRID, "custom.toml")


def hold_meeting(path: Path, place: str = "Montpellier") -> None:
    """Record a meeting at which every member of ``path`` is present: minutes and the
    published list need one (issue 13)."""
    from tnl_jury.services import deliberation, members
    from tnl_jury.storage.jury_file import open_jury_file

    with open_jury_file(path) as jf:
        deliberation.set_attendance(jf, {m.id: True for m in members.list_members(jf)})
        deliberation.set_meeting(jf, place=place)
