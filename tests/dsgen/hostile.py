"""Broken and hostile files: each embodies one problem the importer must refuse or report.

``make_hostile(kind, directory, **options)`` writes the file and returns its path;
:data:`HOSTILE_KINDS` maps every kind to the exact problem it embodies.
"""

from __future__ import annotations

import random
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

from .archive import write_attachments_zip
from .files import tiny_pdf
from .generate import make_export
from .model import Export
from .tables import Table, build_tables
from .writers import save_csv, save_xlsx, write_csv, write_xlsx

HOSTILE_KINDS: dict[str, str] = {
    "zip_traversal": "a zip entry named `../evil.txt` (path traversal out of the extraction dir)",
    "zip_backslash_traversal": "an entry `export\\..\\..\\evil.txt` (traversal with Windows "
    "separators)",
    "zip_absolute": "an entry with the absolute path `/etc/x`",
    "zip_symlink": "an entry whose external_attr says 'symlink' (mode 0o120777), target "
    "`/etc/passwd`",
    "zip_encrypted": "an entry with general-purpose flag bit 0x1 (encrypted) in both headers: "
    "reading it asks for a password",
    "zip_bomb": "one DEFLATE entry of `size` zero bytes (default 200 MiB) in ~200 KB: "
    "ratio ~1000:1",
    "zip_too_large": "entries totalling `total` bytes (default 1,100 MiB) at a modest ratio "
    "(~16:1): under a ratio limit, over a total-size limit",
    "zip_bad_crc": "a valid stored zip with one byte flipped in one entry's data: "
    "`testzip()` names it",
    "zip_truncated": "a real attachment zip cut at 60 % (no central directory)",
    "zip_duplicate_entry": "the same entry name twice with different contents",
    "zip_unknown_dossier": "a real attachment zip plus a folder `export/dossier-999999/` that "
    "matches no dossier",
    "zip_not_a_zip": "a PDF file named `.zip`",
    "xlsx_truncated": "a valid xlsx cut in half",
    "xlsx_is_csv": "a csv export renamed `.xlsx`",
    "empty_xlsx": "a 0-byte `.xlsx` file",
    "empty_csv": "a 0-byte `.csv` file",
    "xlsx_no_id_column": "a `Dossiers` sheet without its `ID` column",
    "xlsx_duplicate_id": "two `Dossiers` rows with the same `ID` (the 2nd row repeats the 1st ID)",
    "xlsx_id_not_number": "an `ID` cell `DS-<id>` that is not a number (3rd row)",
    "xlsx_no_rows": "a `Dossiers` sheet with the header only (0 data rows)",
    "xlsx_no_dossiers_sheet": "an xlsx whose first sheet is `Feuille1` (no `Dossiers` sheet)",
    "csv_wrong_row_length": "a csv whose 2nd data row has 3 fields fewer than the header",
    "csv_latin1": "a csv in cp1252 (Windows Latin-1), `;` separated, as a spreadsheet re-saves it",
    "csv_no_rows": "a csv with the header only",
}
"""Every hostile kind and the exact problem it embodies."""

_SMALL_SEED = 7
_WHEN = (2026, 6, 2, 9, 14, 0)
_PJ = "export/dossier-21034567/pieces_justificatives/"


def _small_export() -> Export:
    return make_export(3, seed=_SMALL_SEED)


def _zip_with(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for name, data in entries:
            info = name if isinstance(name, zipfile.ZipInfo) else zipfile.ZipInfo(name, _WHEN)
            zf.writestr(info, data)
    return path


def _ok_entry() -> tuple[str, bytes]:
    return (
        "export/dossier-21034567/export-21034567-02-06-2026-09-14-4567.pdf",
        tiny_pdf(["Dossier 21034567"]),
    )


def _patch_flags(path: Path, member: str, bit: int) -> None:
    """Set ``bit`` in the general-purpose flags of ``member``'s local and central headers."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
        start_dir = zf.start_dir  # type: ignore[attr-defined]
    local = info.header_offset
    data[local + 6 : local + 8] = struct.pack("<H", info.flag_bits | bit)
    pos = start_dir
    while data[pos : pos + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack("<HHH", data[pos + 28 : pos + 34])
        if data[pos + 46 : pos + 46 + name_len].decode() == member:
            data[pos + 8 : pos + 10] = struct.pack("<H", info.flag_bits | bit)
        pos += 46 + name_len + extra_len + comment_len
    path.write_bytes(bytes(data))


def _streamed(path: Path, sizes: list[int], chunk: Callable[[int], bytes], level: int) -> Path:
    """A DEFLATE zip whose entries are written chunk by chunk (1 MiB at a time, low memory)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        for n, size in enumerate(sizes):
            name = f"{_PJ}rapport-{n}-02-06-2026-09-14-{n}.pdf"
            info = zipfile.ZipInfo(name, _WHEN)
            info.compress_type = zipfile.ZIP_DEFLATED
            with zf.open(info, "w", force_zip64=size > 2**31) as out:
                written = 0
                while written < size:
                    block = chunk(min(2**20, size - written))
                    out.write(block)
                    written += len(block)
    return path


def _bomb(path: Path, size: int = 200 * 2**20) -> Path:
    zeros = bytes(2**20)
    return _streamed(path, [size], lambda n: zeros[:n], 9)


def _too_large(path: Path, total: int = 1100 * 2**20, entries: int = 11) -> Path:
    noise = random.Random(_SMALL_SEED).randbytes(64 * 1024)
    template = noise + bytes(2**20 - len(noise))  # ~16:1 once deflated
    sizes = [total // entries] * entries
    sizes[-1] += total - sum(sizes)
    return _streamed(path, sizes, lambda n: template[:n], 1)


def _bad_crc(path: Path) -> Path:
    name, data = _ok_entry()
    _zip_with(path, [(name, data), ("export/dossier-21034567/autre-02-06-2026-09-14-1.pdf", data)])
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    name_len, extra_len = struct.unpack(
        "<HH", raw[info.header_offset + 26 : info.header_offset + 30]
    )
    at = info.header_offset + 30 + name_len + extra_len + 20
    raw[at] ^= 0xFF
    path.write_bytes(bytes(raw))
    return path


def _edited_xlsx(path: Path, edit: Callable[[Table], None]) -> Path:
    tables = build_tables(_small_export(), "xlsx")
    edit(tables[0])
    return save_xlsx(path, tables)


def _drop_id(t: Table) -> None:
    t.header.pop(0)
    for row in t.rows:
        row.pop(0)


def _duplicate_id(t: Table) -> None:
    t.rows[1][0] = t.rows[0][0]


def _id_not_number(t: Table) -> None:
    t.rows[2][0] = f"DS-{t.rows[2][0]}"


def _no_rows(t: Table) -> None:
    t.rows.clear()


def _rename(t: Table) -> None:
    t.name = "Feuille1"


def make_hostile(kind: str, directory: Path, **options: int) -> Path:
    """Write the hostile file ``kind`` (see :data:`HOSTILE_KINDS`) into ``directory``.

    Options: ``size`` for ``zip_bomb``; ``total`` and ``entries`` for ``zip_too_large``.
    """
    if kind not in HOSTILE_KINDS:
        raise ValueError(f"unknown hostile kind {kind!r}; known: {sorted(HOSTILE_KINDS)}")
    directory.mkdir(parents=True, exist_ok=True)
    ext = "zip" if kind.startswith("zip_") else kind.rpartition("_")[2]
    if kind.startswith(("xlsx_", "csv_")):
        ext = kind.partition("_")[0]
    path = directory / f"{kind}.{ext}"
    ok = _ok_entry()
    if kind == "zip_traversal":
        return _zip_with(path, [ok, ("../evil.txt", b"pwned\n")])
    if kind == "zip_backslash_traversal":
        return _zip_with(path, [ok, ("export\\..\\..\\evil.txt", b"pwned\n")])
    if kind == "zip_absolute":
        return _zip_with(path, [ok, ("/etc/x", b"pwned\n")])
    if kind == "zip_symlink":
        link = zipfile.ZipInfo("export/dossier-21034567/pieces_justificatives/lien.pdf", _WHEN)
        link.create_system = 3  # Unix, so that the mode bits count
        link.external_attr = 0o120777 << 16
        return _zip_with(path, [ok, (link, b"/etc/passwd")])
    if kind == "zip_encrypted":
        _zip_with(path, [ok])
        _patch_flags(path, ok[0], 0x1)
        return path
    if kind == "zip_bomb":
        return _bomb(path, **options)
    if kind == "zip_too_large":
        return _too_large(path, **options)
    if kind == "zip_bad_crc":
        return _bad_crc(path)
    if kind == "zip_duplicate_entry":
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # zipfile warns "Duplicate name"
            return _zip_with(path, [ok, (ok[0], tiny_pdf(["autre contenu"]))])
    if kind in ("zip_truncated", "zip_unknown_dossier"):
        write_attachments_zip(path, _small_export())
        if kind == "zip_truncated":
            data = path.read_bytes()
            path.write_bytes(data[: len(data) * 6 // 10])
        else:
            with zipfile.ZipFile(path, "a") as zf:
                zf.writestr(zipfile.ZipInfo("export/dossier-999999/", _WHEN), b"")
                orphan = (
                    "export/dossier-999999/pieces_justificatives/orphelin-01-06-2026-10-00-1.pdf"
                )
                zf.writestr(zipfile.ZipInfo(orphan, _WHEN), tiny_pdf(["Orphelin"]))
        return path
    if kind == "zip_not_a_zip":
        path.write_bytes(tiny_pdf(["Ceci n'est pas une archive."]))
        return path
    if kind == "xlsx_truncated":
        data = write_xlsx(path, _small_export()).read_bytes()
        path.write_bytes(data[: len(data) // 2])
        return path
    if kind == "xlsx_is_csv":
        csv_path = write_csv(directory / "xlsx_is_csv.source.csv", _small_export())
        csv_path.replace(path)
        return path
    if kind in ("empty_xlsx", "empty_csv"):
        path.write_bytes(b"")
        return path
    edits = {
        "xlsx_no_id_column": _drop_id,
        "xlsx_duplicate_id": _duplicate_id,
        "xlsx_id_not_number": _id_not_number,
        "xlsx_no_rows": _no_rows,
        "xlsx_no_dossiers_sheet": _rename,
    }
    if kind in edits:
        return _edited_xlsx(path, edits[kind])
    table = build_tables(_small_export(), "csv")[0]
    if kind == "csv_wrong_row_length":
        table.rows[1] = table.rows[1][:-3]
        return save_csv(path, table)
    if kind == "csv_latin1":
        return save_csv(path, table, delimiter=";", encoding="cp1252")
    table.rows.clear()  # csv_no_rows
    return save_csv(path, table)
