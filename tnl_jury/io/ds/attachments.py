"""The zip of attachments of a Démarches Simplifiées export: checked, then streamed.

Contract:

* :func:`scan_zip` reads only the zip's central directory. It refuses the whole zip
  (:class:`AttachmentsError`) when it is not a readable zip, has more entries than
  ``max_entries`` or declares more than ``max_total_bytes`` in all. It sorts the entries:

  - a file under ``<root>/dossier-<number>/…`` (whatever the root is called, or with no root)
    belongs to dossier ``<number>``; so does a file under a folder whose name holds exactly
    one of the export's dossier numbers (``numbers``: a template's zip, whose folders the
    instructor named); ``export-<number>-….pdf`` or ``export-<number>.pdf`` directly in that
    folder is DS's summary of the dossier (kind ``ds_summary``), files under
    ``pieces_justificatives/`` are ``piece``, so are a template's ``<label>-<number>-NN.<ext>``,
    under ``messagerie/`` ``message``, under ``avis/`` ``avis``, others ``other``;
  - bad entries go to ``problems`` with the reason: a name with ``..`` or an absolute path,
    a symbolic link (mode bits in ``external_attr``), an encrypted entry (flag bit 0x1), an
    unknown compression method, a name seen twice, a declared size past ``max_entry_bytes``,
    a declared compression ratio past ``max_ratio``;
  - files outside any dossier folder are listed in ``outside`` (DS's
    ``-LISTE-DES-FICHIERS-EN-ERREURS.txt`` is read, bounded, into ``ds_error_list``).

* :class:`ZipStreamer` reads the entries it is given in chunks, never trusting the headers
  alone: it counts the bytes as they come and raises :class:`EntryError` when an entry grows
  past its declared size, ``max_entry_bytes`` or ``max_ratio``, or is corrupt (bad CRC,
  truncated data); it raises :class:`AttachmentsError` when the bytes read from the whole zip
  pass ``max_total_bytes``. Memory stays bounded by the chunk size.
"""

from __future__ import annotations

import contextlib
import re
import stat
import zipfile
import zlib
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, Phrase
from tnl_jury.io.ds.errors import AttachmentsError
from tnl_jury.io.ds.reader import decode_utf8

MiB = 1024 * 1024
CHUNK_BYTES = 1 * MiB
DS_ERROR_LIST = "-LISTE-DES-FICHIERS-EN-ERREURS.txt"
_DOSSIER_DIR_RE = re.compile(r"^dossier-(\d+)$")
_DIGITS_RE = re.compile(r"\d+")
_DS_STAMP_RE = re.compile(r"^(.+)-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}-\d+(\.[^./]+)?$")
_SUPPORTED_METHODS = frozenset(
    {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
)
_KIND_BY_FOLDER = {"pieces_justificatives": "piece", "messagerie": "message", "avis": "avis"}


@dataclass(frozen=True)
class ZipLimits:
    """Sane limits against damaged and hostile zips (zip bombs), all configurable.

    The compression ratio is only judged on entries larger than ``ratio_floor_bytes``: small
    text files legitimately compress a lot.
    """

    max_total_bytes: int = 4 * 1024 * MiB
    max_entry_bytes: int = 100 * MiB
    max_ratio: float = 100.0
    max_entries: int = 50_000
    ratio_floor_bytes: int = 1 * MiB


@dataclass(frozen=True)
class ZipEntry:
    """A file of the zip that belongs to a dossier."""

    name: str  # the full name in the zip
    dossier_number: str
    relative_path: str  # inside the dossier's folder: "pieces_justificatives/x.pdf"
    file_name: str  # the original name (DS's time stamp suffix removed)
    kind: str
    size: int  # declared uncompressed size
    compressed_size: int


@dataclass(frozen=True)
class ZipProblem:
    """An entry refused, and why (``phrase``: to translate; ``problem``: in English)."""

    name: str
    phrase: Phrase

    @property
    def problem(self) -> str:
        return str(self.phrase)


@dataclass(frozen=True)
class ZipScan:
    """What :func:`scan_zip` found (see the module's contract)."""

    file_name: str
    entries: tuple[ZipEntry, ...]
    problems: tuple[ZipProblem, ...]
    outside: tuple[str, ...]
    ds_error_list: str
    declared_bytes: int


class EntryError(Exception):
    """An entry turned out bad while being read (not a user-facing error by itself).

    ``template`` and ``params``: the problem, for an :class:`AttachmentsError` to translate.
    """

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(str(Phrase(template, **params)))


def scan_zip(path: Path, limits: ZipLimits | None = None, numbers: Collection[str] = ()) -> ZipScan:
    """Check and sort the entries of the zip at ``path`` (see the module's contract);
    ``numbers``: the export's dossier numbers, which a template's folder names hold."""
    limits = limits or ZipLimits()
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > limits.max_entries:
                raise AttachmentsError(
                    path.name,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the zip holds {count} entries, more than the limit of {limit}: refused",
                    ),
                    count=len(infos),
                    limit=limits.max_entries,
                )
            declared = sum(i.file_size for i in infos)
            if declared > limits.max_total_bytes:
                raise AttachmentsError(
                    path.name,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the zip would unpack to {size}, more than the limit of {limit}: refused",
                    ),
                    size=_size(declared),
                    limit=_size(limits.max_total_bytes),
                )
            entries, problems, outside, error_list = _sort(archive, infos, limits, set(numbers))
    except AttachmentsError:
        raise
    except FileNotFoundError:
        raise AttachmentsError(path.name, QT_TRANSLATE_NOOP("Errors", "no such file")) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise _not_a_zip(path, exc) from None
    except OSError as exc:
        raise AttachmentsError(
            path.name,
            QT_TRANSLATE_NOOP("Errors", "cannot be read ({reason})"),
            reason=exc.strerror or exc,
        ) from None
    return ZipScan(path.name, tuple(entries), tuple(problems), tuple(outside), error_list, declared)


def _not_a_zip(path: Path, exc: BaseException) -> AttachmentsError:
    return AttachmentsError(
        path.name,
        QT_TRANSLATE_NOOP("Errors", "this is not a readable zip file ({detail})"),
        detail=exc,
    )


def _sort(
    archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], limits: ZipLimits, numbers: set[str]
) -> tuple[list[ZipEntry], list[ZipProblem], list[str], str]:
    entries: list[ZipEntry] = []
    problems: list[ZipProblem] = []
    outside: list[str] = []
    error_list = ""
    seen: set[str] = set()
    for info in infos:
        name = _display_name(info)
        if info.is_dir() or name.startswith("__MACOSX/") or name.endswith("/.DS_Store"):
            continue
        problem = _entry_problem(info, name, limits)
        if problem is None and name in seen:
            problem = Phrase(QT_TRANSLATE_NOOP("Errors", "appears twice in the zip"))
        seen.add(name)
        if problem is not None:
            problems.append(ZipProblem(name, problem))
            continue
        parts = [p for p in name.replace("\\", "/").split("/") if p and p != "."]
        found = _dossier_folder(parts, numbers)
        if found is None:
            if parts[-1] == DS_ERROR_LIST and info.file_size <= MiB:
                error_list = _read_small(archive, info)
            elif parts[-1] != DS_ERROR_LIST:
                outside.append(name)
            continue
        number, rest = found
        kind, file_name = _kind_and_name(number, rest)
        entries.append(
            ZipEntry(
                name, number, "/".join(rest), file_name, kind, info.file_size, info.compress_size
            )
        )
    return entries, problems, outside, error_list


def _display_name(info: zipfile.ZipInfo) -> str:
    """The entry's name; a UTF-8 name stored without the UTF-8 flag is read back as UTF-8."""
    name = info.filename
    if not info.flag_bits & 0x800:
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            name = name.encode("cp437").decode("utf-8")
    return name


def _entry_problem(info: zipfile.ZipInfo, name: str, limits: ZipLimits) -> Phrase | None:
    """Why the entry must be refused, from the central directory alone; None when fine."""
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or "\x00" in name:
        return Phrase(QT_TRANSLATE_NOOP("Errors", "its path is absolute"))
    if ".." in parts:
        return Phrase(QT_TRANSLATE_NOOP("Errors", "its path climbs out of the zip (“..”)"))
    if stat.S_ISLNK(info.external_attr >> 16):
        return Phrase(QT_TRANSLATE_NOOP("Errors", "it is a symbolic link"))
    if info.flag_bits & 0x1:
        return Phrase(QT_TRANSLATE_NOOP("Errors", "it is encrypted"))
    if info.compress_type not in _SUPPORTED_METHODS:
        return Phrase(
            QT_TRANSLATE_NOOP("Errors", "it uses an unsupported compression method ({method})"),
            method=info.compress_type,
        )
    if info.file_size > limits.max_entry_bytes:
        return Phrase(
            QT_TRANSLATE_NOOP(
                "Errors", "it would unpack to {size}, more than the limit of {limit} per file"
            ),
            size=_size(info.file_size),
            limit=_size(limits.max_entry_bytes),
        )
    if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(
        info.compress_size, 1
    ):
        return Phrase(
            QT_TRANSLATE_NOOP(
                "Errors",
                "its compression ratio ({ratio}:1) is past the limit of {limit}:1 (a zip bomb?)",
            ),
            ratio=info.file_size // max(info.compress_size, 1),
            limit=f"{limits.max_ratio:g}",
        )
    return None


def _dossier_folder(parts: list[str], numbers: set[str]) -> tuple[str, list[str]] | None:
    """(dossier number, path inside its folder) when the path is ``[root/]dossier-N/…``, or
    ``[root/]<folder>/…`` where the folder's name holds one of ``numbers`` (an export
    template names folders as the instructor chose, the dossier number among the text)."""
    for depth in (1, 0):
        if len(parts) > depth + 1:
            match = _DOSSIER_DIR_RE.match(parts[depth])
            if match:
                return match.group(1), parts[depth + 1 :]
    for depth in (1, 0):
        if len(parts) > depth + 1:
            held = {n for n in _DIGITS_RE.findall(parts[depth]) if n in numbers}
            if len(held) == 1:
                return held.pop(), parts[depth + 1 :]
    return None


def _kind_and_name(number: str, rest: list[str]) -> tuple[str, str]:
    base = rest[-1]
    lower = base.lower()
    if (
        len(rest) == 1
        and lower.startswith((f"export-{number}-", f"export-{number}."))
        and lower.endswith(".pdf")
    ):
        return "ds_summary", base  # with DS's time stamp, or without (a template's zip)
    if len(rest) == 1:
        field_file = re.match(rf"^(.+)-{number}-\d{{2,}}(\.[^./]+)?$", base)
        if field_file:  # a template's "<field label>-<number>-NN.<ext>"
            return "piece", field_file.group(1) + (field_file.group(2) or "")
    kind = _KIND_BY_FOLDER.get(rest[0], "other") if len(rest) > 1 else "other"
    match = _DS_STAMP_RE.match(base)
    return kind, (match.group(1) + (match.group(2) or "")) if match else base


def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    try:
        return decode_utf8(archive.read(info), info.filename).strip()
    except Exception:  # a damaged or non-UTF-8 error list is not worth refusing the zip
        return ""


def _size(n: int) -> Phrase:
    if n >= MiB:
        return Phrase(QT_TRANSLATE_NOOP("Errors", "{size} MB"), size=f"{n / MiB:,.1f}")
    return Phrase(QT_TRANSLATE_NOOP("Errors", "{size} bytes"), size=f"{n:,}")


class ZipStreamer:
    """Streams entries of one zip in chunks, enforcing the limits while reading."""

    def __init__(self, path: Path, limits: ZipLimits | None = None) -> None:
        self.path = path
        self.limits = limits or ZipLimits()
        self.total_read = 0
        try:
            self._archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise _not_a_zip(path, exc) from None
        self._infos = {_display_name(i): i for i in self._archive.infolist()}

    def __enter__(self) -> ZipStreamer:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._archive.close()

    def chunks(self, entry: ZipEntry) -> Iterator[bytes]:
        """The bytes of ``entry``, chunk by chunk; :class:`EntryError` when it turns out bad."""
        limits = self.limits
        count = 0
        floor = limits.ratio_floor_bytes
        ceiling = min(entry.size, limits.max_entry_bytes)
        try:
            with self._archive.open(self._info(entry)) as stream:
                while chunk := stream.read(CHUNK_BYTES):
                    count += len(chunk)
                    self.total_read += len(chunk)
                    if count > ceiling:
                        raise EntryError(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "it unpacks to more than its declared size ({size}) or the "
                                "per-file limit",
                            ),
                            size=_size(entry.size),
                        )
                    if count > floor and count > limits.max_ratio * max(entry.compressed_size, 1):
                        raise EntryError(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "its compression ratio is past the limit of {limit}:1 "
                                "(a zip bomb?)",
                            ),
                            limit=f"{limits.max_ratio:g}",
                        )
                    if self.total_read > limits.max_total_bytes:
                        raise AttachmentsError(
                            self.path.name,
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "the zip unpacks to more than the limit of {limit}: refused",
                            ),
                            limit=_size(limits.max_total_bytes),
                        )
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError) as exc:
            raise EntryError(
                QT_TRANSLATE_NOOP("Errors", "it is damaged ({detail})"), detail=exc
            ) from None
        except (NotImplementedError, LookupError) as exc:
            raise EntryError(
                QT_TRANSLATE_NOOP("Errors", "it cannot be unpacked ({detail})"), detail=exc
            ) from None
        if count != entry.size:
            raise EntryError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "it is damaged (it holds {count} bytes where the zip announces {size})",
                ),
                count=f"{count:,}",
                size=f"{entry.size:,}",
            )

    def _info(self, entry: ZipEntry) -> zipfile.ZipInfo:
        info = self._infos.get(entry.name)
        if info is None:
            raise EntryError(QT_TRANSLATE_NOOP("Errors", "it is no longer in the zip"))
        return info
