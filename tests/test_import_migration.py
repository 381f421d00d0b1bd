"""Revision 0002 (import from Démarches Simplifiées): a jury file of 0001 upgrades, data kept."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from tnl_jury.storage import migrate
from tnl_jury.storage.jury_file import APPLICATION_ID, make_engine, open_jury_file


def _file_at_0001(path: Path) -> None:
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            config = migrate.alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "0001")
            conn.exec_driver_sql(
                "INSERT INTO dossier (id, ds_number, candidate_name, kind, departement_code, "
                "official_name, official_function, referent_name, ds_state, imported_at, "
                "missing_from_last_import) VALUES (1, '123', 'Ville de Sète', 'commune', '34', "
                "'', '', '', 'En instruction', '2026-01-01 00:00:00', 0)"
            )
            for position, label in enumerate(["A", "Précisez", "B", "Précisez"]):
                conn.exec_driver_sql(
                    "INSERT INTO answer (dossier_id, position, label, value_type, value) "
                    f"VALUES (1, {position}, '{label}', 'text', 'v{position}')"
                )
            conn.exec_driver_sql("INSERT INTO attachment_blob VALUES ('abc', 3, x'010203')")
            conn.exec_driver_sql(
                "INSERT INTO attachment (dossier_id, file_name, kind, size, sha256) "
                "VALUES (1, 'f.pdf', 'piece', 3, 'abc')"
            )
    finally:
        engine.dispose()


def test_a_0001_file_is_backed_up_upgraded_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.tnlj"
    _file_at_0001(path)
    jf = open_jury_file(path)
    try:
        assert jf.backup_path is not None and jf.backup_path.exists()
        with jf.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
                migrate.head_revision()
            )
            answers = conn.exec_driver_sql(
                "SELECT label, occurrence, value, companions, changed_at FROM answer "
                "ORDER BY position"
            ).all()
            assert [tuple(a) for a in answers] == [
                ("A", 1, "v0", "{}", None),
                ("Précisez", 1, "v1", "{}", None),
                ("B", 1, "v2", "{}", None),
                ("Précisez", 2, "v3", "{}", None),  # repeated labels numbered in form order
            ]
            assert conn.exec_driver_sql("SELECT path_in_zip FROM attachment").scalar() == ""
            assert conn.exec_driver_sql("SELECT import_digest FROM dossier").scalar() == ""
            assert conn.exec_driver_sql("SELECT count(*) FROM import_run").scalar() == 0
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").first() is None
    finally:
        jf.close()
