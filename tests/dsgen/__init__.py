"""Test-data generator: Démarches Simplifiées (DS) exports, real files, quirks included.

Follows ``shared/reference/demarches-simplifiees-export.md``. Everything is fictional and seeded:
the same arguments give the same content. Nothing here imports the application.

How importer tests use it
-------------------------
``tests/`` has no ``__init__.py``: pytest puts ``tests/`` on ``sys.path``, so the package imports
as ``dsgen``. Load the fixtures once, in ``tests/conftest.py`` (or in one test module)::

    pytest_plugins = ["dsgen.fixtures"]

then::

    def test_reads_current_xlsx(ds_export_files, ds_export):
        result = import_ds(ds_export_files["xlsx"], attachments=ds_export_files["zip"])
        assert [d.number for d in result.dossiers] == [str(d.id) for d in ds_export.dossiers]

    def test_refuses_traversal(ds_hostile):
        with pytest.raises(ImportRefused):
            import_attachments(ds_hostile("zip_traversal"))

    @pytest.mark.slow
    def test_reads_office_files(office_written_exports):
        import_ds(office_written_exports["xlsx_to_ods"])

Expected values come from the model: ``ds_export.dossiers[i].answers[stable_id]`` (raw Python
values, see :mod:`dsgen.model`), field definitions in :mod:`dsgen.form`
(``field_by_label("Précisez", 2)``), exact cells in :mod:`dsgen.tables` (``build_tables``).
Make a custom case with ``make_export(n, seed)``, edit ``build_tables(...)`` and ``save_xlsx``.

Modules: ``form`` (the DS form), ``pools`` (fictional data), ``model`` (dataclasses), ``generate``
(``make_dossiers``, ``make_export``), ``tables`` (cells per format/variant), ``writers``
(xlsx/ods/csv), ``files`` (tiny PDF/PNG/ODT), ``archive`` (attachment zip), ``hostile``
(broken files), ``office`` (LibreOffice), ``large`` (benchmark export), ``bundle`` (all files of
an export), ``fixtures`` (pytest fixtures). Built from DS's own source as the reference describes
it (#14): ``rodf`` (DS's ods: no ``mimetype`` member, stripped strings, ``false`` empty, CRLF
paragraphs, boolean cells as 1/0), ``procedure`` (a real procedure's labels, a third
``Précisez``, the elected official under another label), ``template`` (an export template with
DS's default headers and typed cells, and its zip with renamed folders).
"""

from __future__ import annotations

from .archive import write_attachments_zip, zip_members
from .bundle import EXPORT_FILE_KEYS, ExportFiles, convert_through_office, generate_export_files
from .files import attachment_bytes, tiny_pdf, tiny_png
from .form import IDENTITY_LABELS, PRIVATE_FIELDS, PUBLIC_FIELDS, Block, Field, field_by_label
from .generate import make_dossiers, make_export
from .hostile import HOSTILE_KINDS, make_hostile
from .large import make_large_export
from .model import STATES, Attachment, Dossier, Export
from .office import libreoffice_convert, libreoffice_convert_many, soffice_path
from .tables import VARIANTS, Table, build_tables, sheet_name
from .writers import save_csv, save_ods, save_xlsx, write_csv, write_ods, write_xlsx

__all__ = [
    "EXPORT_FILE_KEYS",
    "HOSTILE_KINDS",
    "IDENTITY_LABELS",
    "PRIVATE_FIELDS",
    "PUBLIC_FIELDS",
    "STATES",
    "VARIANTS",
    "Attachment",
    "Block",
    "Dossier",
    "Export",
    "ExportFiles",
    "Field",
    "Table",
    "attachment_bytes",
    "build_tables",
    "convert_through_office",
    "field_by_label",
    "generate_export_files",
    "libreoffice_convert",
    "libreoffice_convert_many",
    "make_dossiers",
    "make_export",
    "make_hostile",
    "make_large_export",
    "save_csv",
    "save_ods",
    "save_xlsx",
    "sheet_name",
    "soffice_path",
    "tiny_pdf",
    "tiny_png",
    "write_attachments_zip",
    "write_csv",
    "write_ods",
    "write_xlsx",
    "zip_members",
]
