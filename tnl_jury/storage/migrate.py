"""Running the Alembic scripts of ``migrations/`` from inside the app."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection

from tnl_jury.paths import migrations_dir


def alembic_config() -> Config:
    """An Alembic configuration pointing at the app's migrations (no ini file needed)."""
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def revision_status(revision: str | None) -> Literal["current", "older", "unknown"]:
    """Where a file's revision stands against this version of the app's scripts."""
    if revision == head_revision():
        return "current"
    if revision is None:
        return "older"
    try:
        found = _script().get_revision(revision)
    except CommandError:
        return "unknown"
    return "older" if found is not None else "unknown"


def upgrade_to_head(connection: Connection) -> None:
    """Apply every missing revision inside the transaction ``connection`` holds."""
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
