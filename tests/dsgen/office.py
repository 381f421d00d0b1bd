"""Files written by an office suite: convert with LibreOffice in headless mode.

The secretariat may open DS's export in LibreOffice and save it again before importing it; these
files differ from DS's own (typed cells, styles, shared strings, dates turned into numbers).
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

_profile: Path | None = None


def soffice_path() -> str | None:
    """The LibreOffice executable (``soffice`` or ``libreoffice``), or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def _profile_dir() -> Path:
    """A private LibreOffice profile for this process (created once, removed at exit)."""
    global _profile
    if _profile is None:
        _profile = Path(tempfile.mkdtemp(prefix="dsgen-lo-profile-"))
        atexit.register(shutil.rmtree, _profile, True)
    return _profile


def libreoffice_convert(
    src: Path,
    fmt: str,
    outdir: Path,
    *,
    timeout: float = 120.0,
    infilter: str | None = None,
) -> Path:
    """Convert ``src`` to ``fmt`` (``xlsx``, ``ods``, ``csv``) into ``outdir``; return the new file.

    Runs ``soffice --headless --convert-to`` with a private profile
    (``-env:UserInstallation=file:///tmp/…``) and kills the whole process group after ``timeout``
    seconds. A csv source is read as UTF-8, comma separated (``infilter="CSV:44,34,76,1"``) unless
    ``infilter`` says otherwise. Calls ``pytest.skip`` when LibreOffice is not installed.
    """
    return libreoffice_convert_many([src], fmt, outdir, timeout=timeout, infilter=infilter)[0]


def libreoffice_convert_many(
    sources: Sequence[Path],
    fmt: str,
    outdir: Path,
    *,
    timeout: float = 120.0,
    infilter: str | None = None,
) -> list[Path]:
    """Like :func:`libreoffice_convert` for several files in one LibreOffice start (~2 s saved
    per file). Sources must have distinct stems; ``infilter`` applies to all of them."""
    exe = soffice_path()
    if exe is None:
        import pytest

        pytest.skip("LibreOffice (soffice) is not installed")
    outdir.mkdir(parents=True, exist_ok=True)
    if any(outdir.resolve() == src.parent.resolve() for src in sources):
        raise ValueError("outdir must differ from the sources' folders")
    if len({src.stem for src in sources}) != len(sources):
        raise ValueError("sources must have distinct stems")
    if infilter is None and all(src.suffix.lower() == ".csv" for src in sources):
        infilter = "CSV:44,34,76,1"
    cmd = [
        exe,
        f"-env:UserInstallation={_profile_dir().as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--nodefault",
        *([f"--infilter={infilter}"] if infilter else []),
        "--convert-to",
        fmt,
        "--outdir",
        str(outdir),
        *(str(src) for src in sources),
    ]
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise
    targets = [outdir / f"{src.stem}.{fmt.split(':')[0]}" for src in sources]
    if proc.returncode != 0 or not all(t.exists() for t in targets):
        raise RuntimeError(
            f"soffice failed ({proc.returncode}): {out.decode(errors='replace')}"
            f" {err.decode(errors='replace')}"
        )
    return targets
