"""Reading Démarches Simplifiées exports: spreadsheets (xlsx, ods, csv) and attachment zips.

Nothing here touches the jury file or Qt: :func:`parse.parse_export` turns an export into
frozen dataclasses, :mod:`attachments` checks and streams the zip of attachments. The service
:mod:`tnl_jury.services.importing` stores them.
"""
