"""The lock's requirements as they apply to the Windows build (64-bit CPython 3.11).

    uv export --locked --no-emit-project --format requirements-txt --extra packaging \\
        | python packaging/windows/locked-for-windows.py > windows-requirements.txt

``uv export`` writes every locked package with its environment marker (``; sys_platform ==
'win32'``) and its hashes. ``pip download --platform win_amd64`` would evaluate those markers
for the machine it runs on (Linux) and silently skip Windows-only requirements (PyInstaller's
``pefile`` and ``pywin32-ctypes``, tzlocal's ``tzdata``). This keeps exactly the requirements
whose marker holds on Windows, pinned and hashed, with the markers taken off, so that pip can
fetch the Windows wheels with ``--no-deps --require-hashes``.
"""

from __future__ import annotations

import sys

from packaging.requirements import Requirement

WINDOWS_CPYTHON_311 = {
    "implementation_name": "cpython",
    "implementation_version": "3.11.9",
    "os_name": "nt",
    "platform_machine": "AMD64",
    "platform_python_implementation": "CPython",
    "platform_release": "10",
    "platform_system": "Windows",
    "platform_version": "10.0.19045",
    "python_full_version": "3.11.9",
    "python_version": "3.11",
    "sys_platform": "win32",
}


def requirements(text: str) -> list[tuple[str, list[str]]]:
    """``(requirement, hash options)`` pairs of a requirements file written by ``uv export``
    (continuation lines joined, comments dropped)."""
    logical, current = [], ""
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if line.endswith("\\"):
            current += line[:-1] + " "
            continue
        logical.append(current + line)
        current = ""
    if current.strip():
        logical.append(current)
    pairs = []
    for entry in logical:
        words = entry.split()
        hashes = [w for w in words if w.startswith("--hash=")]
        spec = " ".join(w for w in words if not w.startswith("--hash="))
        pairs.append((spec, hashes))
    return pairs


def for_windows(text: str) -> list[str]:
    """The requirement lines that apply on Windows, as ``name==version --hash=…``."""
    out = []
    for spec, hashes in requirements(text):
        req = Requirement(spec)
        if req.marker is not None and not req.marker.evaluate(WINDOWS_CPYTHON_311):
            continue
        if not hashes:
            raise SystemExit(f"{req.name}: the lock gives no hash")
        out.append(f"{req.name}{req.specifier} " + " ".join(hashes))
    return out


if __name__ == "__main__":
    sys.stdout.write("\n".join(for_windows(sys.stdin.read())) + "\n")
