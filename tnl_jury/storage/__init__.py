"""Storage: the SQLAlchemy models and the jury file (one SQLite file per edition).

The schema is owned by the Alembic scripts in ``migrations/``; :mod:`models` mirrors it and a test
checks that the two agree.
"""
