"""Print the ``Depends`` line of the .deb for a frozen folder (Debian or Ubuntu build host).

    python3 packaging/linux/deb-depends.py dist/tnl-jury

PyInstaller copies most libraries into the bundle but leaves the C library, the OpenGL/EGL
drivers, libxcb and Wayland's client libraries to the system (they must match the user's
graphics stack). This script asks ``ldd`` which libraries every program and library of the
bundle loads from outside it, finds the Debian package of each (``dpkg -S``), and adds:

- ``libc6 (>= 2.N)`` where 2.N is the newest glibc symbol version any file of the bundle uses
  (so the package refuses to install on an older system instead of failing at start);
- data packages that bundled libraries read at run time: fontconfig's configuration and a
  font with French accents;
- Ubuntu's ``t64`` package names as alternatives where Ubuntu 24.04 renamed a package.

A library that ``ldd`` cannot find at all is an error: install it on the build host (see
``RUNTIME_DEBS`` in dev.sh), else the package would miss it too.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

DATA_PACKAGES = ("fontconfig-config", "fonts-dejavu-core")
# Ubuntu 24.04 renamed packages whose ABI holds time_t (the "t64" transition).
T64 = {"libglib2.0-0", "libssl3", "libcurl4", "libgnutls30", "libpng16-16", "libtiff6"}
GLIBC = re.compile(rb"GLIBC_2\.(\d+)")
LDD_LINE = re.compile(r"^\s*(\S+) => (not found|\S+)")


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def library_dirs(files: list[Path]) -> list[str]:
    return sorted({str(p.parent) for p in files if ".so" in p.name})


def direct_needs(files: list[Path]) -> set[str]:
    """The library names the files of the bundle link to themselves (not their libraries'
    own dependencies: those come with the packages that provide them)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from freeze_common import elf_needed

    return {name for path in files for name in elf_needed(str(path))}


def external_libraries(files: list[Path], bundle: Path) -> tuple[set[str], set[str]]:
    """(paths of libraries loaded from outside ``bundle``, names ldd could not find)."""
    env = {**os.environ, "LD_LIBRARY_PATH": ":".join(library_dirs(files))}
    inside = str(bundle.resolve())
    direct = direct_needs(files)
    outside: set[str] = set()
    missing: set[str] = set()
    for path in files:
        result = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env=env, check=False
        )
        for line in result.stdout.splitlines():
            match = LDD_LINE.match(line)
            if not match:
                continue
            name, where = match.groups()
            if where == "not found":
                missing.add(f"{name} (needed by {path.relative_to(bundle)})")
            elif name in direct and not str(Path(where).resolve()).startswith(inside):
                outside.add(where)
    return outside, missing


def package_of(library: str) -> str:
    candidates = [library, str(Path(library).resolve())]
    candidates += [
        c.removeprefix("/usr") if c.startswith("/usr/") else "/usr" + c for c in list(candidates)
    ]
    for candidate in candidates:
        result = subprocess.run(
            ["dpkg", "-S", candidate], capture_output=True, text=True, check=False
        )
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].strip()
    raise SystemExit(f"no Debian package owns {library}")


def newest_glibc(files: list[Path]) -> int:
    return max(
        (int(m.group(1)) for path in files for m in GLIBC.finditer(path.read_bytes())),
        default=17,
    )


def depends(bundle: Path) -> str:
    files = elf_files(bundle)
    if not files:
        raise SystemExit(f"{bundle}: no program or library in this folder")
    outside, missing = external_libraries(files, bundle)
    if missing:
        raise SystemExit(
            "libraries missing on this build host (install them):\n  "
            + "\n  ".join(sorted(missing))
        )
    packages = {package_of(lib) for lib in outside} | set(DATA_PACKAGES)
    packages.discard("libc6")
    items = [f"libc6 (>= 2.{newest_glibc(files)})"]
    for name in sorted(packages):
        items.append(f"{name}t64 | {name}" if name in T64 else name)
    return ", ".join(items)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)  # noqa: T201
        return 2
    print(depends(Path(argv[0])))  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
