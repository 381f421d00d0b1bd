"""Alembic environment of the jury file.

The app passes an open SQLAlchemy connection in ``config.attributes["connection"]`` and runs the
whole upgrade inside the transaction that connection already holds, so an upgrade is all or
nothing. Developers can also run ``alembic -x jury_file=PATH …`` from the repository root.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from tnl_jury.storage.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: batch mode copies the table
        transactional_ddl=True,
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        context.run_migrations()
        return
    from tnl_jury.storage.jury_file import make_engine  # developer use from the command line

    jury_file = context.get_x_argument(as_dictionary=True).get("jury_file")
    if not jury_file:
        raise SystemExit("give the jury file: alembic -x jury_file=PATH …")
    engine = make_engine(jury_file)
    with engine.begin() as conn:
        _configure(conn)
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) mode is not used for jury files")
run_migrations_online()
