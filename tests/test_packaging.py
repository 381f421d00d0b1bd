"""The installers' cheap checks, run with every test run (the full Linux build is
``packaging/build-linux.sh``, run by .ci/run after the tests; Windows freezing runs on the
GitHub runner, .github/workflows/windows.yml).

Checked here: the desktop entry, the MIME type (a jury file is recognised by its content, a
plain SQLite file is not), the AppStream metadata, the icons, the NSIS script compiled by
``makensis`` against a stand-in payload with the generated uninstall list, and the freeze
configuration's exclusions against what the app imports. Tools missing from the machine
(desktop-file-validate, appstreamcli, update-mime-database, makensis) skip their test.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from tnl_jury import __version__
from tnl_jury.services.edition import new_jury_file
from tnl_jury.storage.jury_file import APPLICATION_ID

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
MIME_TYPE = "application/x-tnl-jury"


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem.replace("-", "_"), path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _needs(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not installed")
    return found


# Freeze configuration ---------------------------------------------------------------------


def _pyside_modules_imported_by_the_app() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "tnl_jury").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
    return {n for n in names if n.startswith("PySide6.")}


def test_the_freeze_excludes_no_qt_module_the_app_imports() -> None:
    common = _load(PACKAGING / "freeze_common.py")
    used = _pyside_modules_imported_by_the_app()
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= used
    assert used & set(common.EXCLUDES) == set()
    assert "PySide6.QtWebEngineCore" in common.EXCLUDES  # the list does exclude


@pytest.mark.parametrize(
    ("dest", "dropped"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
        ("PySide6/Qt/translations/qtbase_fr.qm", False),
        ("PySide6/Qt/lib/libQt6Gui.so.6", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", False),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("PySide6\\plugins\\tls\\qschannelbackend.dll", True),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6\\translations\\qt_ja.qm", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", True),
        ("libQt6Network.so.6", True),
        ("PySide6\\Qt6Network.dll", True),
        ("PySide6\\opengl32sw.dll", True),  # Mesa's software OpenGL, 20 MB, Windows only
        ("PySide6\\Qt6Widgets.dll", False),
    ],
)
def test_the_freeze_keeps_the_qt_files_the_app_needs(dest: str, dropped: bool) -> None:
    common = _load(PACKAGING / "freeze_common.py")
    assert common.prune([(dest, "src", "BINARY")]) == ([] if dropped else [(dest, "src", "BINARY")])


# Linux desktop integration ----------------------------------------------------------------


def test_desktop_entry() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / "tnl-jury.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Exec"] == "tnl-jury gui %f"
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Icon"] == "tnl-jury"
    assert "Comment[fr]" in entry
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", str(LINUX / "tnl-jury.desktop")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert checked.returncode == 0 and checked.stdout == "", checked.stdout


def test_appstream_metainfo() -> None:
    path = LINUX / "org.adullact.TnlJury.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.findtext("id") == "org.adullact.TnlJury"
    assert root.findtext("launchable") == "tnl-jury.desktop"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]
    if shutil.which("appstreamcli"):
        checked = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr


def test_mime_type_declares_the_jury_file_header() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / "tnl-jury-mime.xml").getroot()
    mime = root.find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == MIME_TYPE
    assert mime.find("m:glob", ns).get("pattern") == "*.tnlj"  # type: ignore[union-attr]
    outer = mime.find("m:magic/m:match", ns)
    assert outer is not None and outer.get("value") == "SQLite format 3"
    inner = outer.find("m:match", ns)
    assert inner is not None and (inner.get("type"), inner.get("offset")) == ("big32", "68")
    assert int(inner.get("value", ""), 16) == APPLICATION_ID


def test_mime_type_recognises_a_jury_file_by_its_content(tmp_path: Path) -> None:
    """With our package in a shared-mime-info database, Qt (as a file manager would) names a
    renamed jury file ``application/x-tnl-jury`` and a plain SQLite file something else."""
    update = _needs("update-mime-database")
    if not Path("/usr/share/mime/packages/freedesktop.org.xml").is_file():
        pytest.skip("shared-mime-info's database is not installed")
    share = tmp_path / "share"
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(LINUX / "tnl-jury-mime.xml", share / "mime" / "packages" / "tnl-jury.xml")
    subprocess.run([update, str(share / "mime")], check=True, capture_output=True)
    new_jury_file(tmp_path / "edition.tnlj", year=2026).close()
    renamed = tmp_path / "sent-by-mail.bin"
    shutil.copy(tmp_path / "edition.tnlj", renamed)
    other = tmp_path / "other.bin"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    db.close()
    code = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "for path in sys.argv[1:]:\n"
        "    print(db.mimeTypeForFile(path, QMimeDatabase.MatchMode.MatchContent).name())\n"
        "print(db.mimeTypeForFile('x.tnlj', QMimeDatabase.MatchMode.MatchExtension).name())\n"
    )
    env = {**os.environ, "XDG_DATA_DIRS": f"{share}:/usr/share", "XDG_DATA_HOME": str(share)}
    found = subprocess.run(
        [sys.executable, "-c", code, str(renamed), str(other)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout.split()
    assert found[0] == MIME_TYPE
    assert found[1] in {"application/vnd.sqlite3", "application/x-sqlite3"}
    assert found[2] == MIME_TYPE


def test_build_script_parses() -> None:
    subprocess.run(["bash", "-n", str(PACKAGING / "build-linux.sh")], check=True)


# Icons and the Windows installer --------------------------------------------------------


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("icons")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, str(PACKAGING / "make-icons.py"), str(out)],
        check=True,
        capture_output=True,
        env=env,
    )
    return out


def test_icons_are_rendered_from_the_svg(icons: Path) -> None:
    for size in (16, 32, 48, 256):
        png = icons / "hicolor" / f"{size}x{size}" / "apps" / "tnl-jury.png"
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (size, size)
    assert (icons / "hicolor" / "scalable" / "apps" / "tnl-jury.svg").is_file()
    ico = (icons / "tnl-jury.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    first_size, _, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", ico[6:22])
    assert first_size == 16 and ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
    assert offset + length <= len(ico)


def _stand_in_payload(folder: Path) -> list[str]:
    """A fake frozen folder: the names the installer must copy, and later delete."""
    files = [
        "tnl-jury.exe",
        "tnl-jury-cli.exe",
        "_internal/python311.dll",
        "_internal/PySide6/plugins/platforms/qwindows.dll",
        "_internal/resources/i18n/tnl_jury_fr.qm",
        "_internal/odd $name.txt",
    ]
    for name in files:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"MZ stand-in " + name.encode())
    return files


def test_uninstall_list_removes_exactly_the_installed_files(tmp_path: Path) -> None:
    lists = _load(PACKAGING / "windows" / "nsis-lists.py")
    payload = tmp_path / "payload"
    files = _stand_in_payload(payload)
    lines = lists.uninstall_lines(payload)
    deletes = [line for line in lines if line.startswith("Delete ")]
    rmdirs = [line for line in lines if line.startswith("RMDir ")]
    expected = {'"$INSTDIR\\' + name.replace("/", "\\").replace("$", "$$") + '"' for name in files}
    assert {line.removeprefix("Delete ") for line in deletes} == expected
    assert all("/r" not in line for line in rmdirs)  # folders go only when empty
    assert rmdirs[0] == 'RMDir "$INSTDIR\\_internal\\PySide6\\plugins\\platforms"'
    assert rmdirs[-1] == 'RMDir "$INSTDIR\\_internal"'
    assert not any(".tnlj" in line for line in lines)


def _compile_installer(
    tmp_path: Path, icons: Path, version: str, *options: str
) -> subprocess.CompletedProcess[str]:
    makensis = _needs("makensis")
    payload = tmp_path / "payload"
    _stand_in_payload(payload)
    lists = PACKAGING / "windows" / "nsis-lists.py"
    subprocess.run(
        [sys.executable, str(lists), str(payload), str(tmp_path), version],
        check=True,
        capture_output=True,
    )
    return subprocess.run(
        [
            makensis,
            "-WX",  # a warning is an error
            *options,
            f"-DVERSION={version}",
            f"-DPAYLOAD={payload}",
            f"-DLISTS={tmp_path}",
            f"-DICON={icons / 'tnl-jury.ico'}",
            f"-DOUTFILE={tmp_path / f'tnl-jury-{version}-setup.exe'}",
            str(PACKAGING / "windows" / "tnl-jury.nsi"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("version", [__version__, "0.2.0rc1", "1.0.0.post2"])
def test_nsis_installer_compiles(tmp_path: Path, icons: Path, version: str) -> None:
    """Release and pre-release versions alike (Windows' version resource takes four numbers)."""
    compiled = _compile_installer(tmp_path, icons, version, "-V2")
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    setup = tmp_path / f"tnl-jury-{version}-setup.exe"  # the name the builds give
    assert setup.read_bytes()[:2] == b"MZ"


def test_nsis_script_reads_the_same_in_a_windows_code_page(tmp_path: Path, icons: Path) -> None:
    """makensis on Windows reads a script without a byte-order mark in the ANSI code page:
    the French pages must not come out as mojibake (-INPUTCHARSET CP1252 reproduces it)."""
    compiled = _compile_installer(tmp_path, icons, __version__, "-V4", "-INPUTCHARSET", "CP1252")
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    assert "Noter les dossiers et mener la délibération du jury" in compiled.stdout
    assert "Ã" not in compiled.stdout


@pytest.mark.parametrize(
    ("version", "numeric"),
    [("0.1.0", "0.1.0.0"), ("0.2.0rc1", "0.2.0.0"), ("2.1", "2.1.0.0"), ("1.2.3.4.5", "1.2.3.4")],
)
def test_windows_version_resources_take_four_numbers(version: str, numeric: str) -> None:
    lists = _load(PACKAGING / "windows" / "nsis-lists.py")
    assert lists.numeric_version(version) == numeric


def test_windows_workflow_uses_the_same_files() -> None:
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    for needed in (
        "runs-on: windows-latest",
        "packaging/tnl-jury.spec",
        "packaging/windows/nsis-lists.py",
        "packaging\\windows\\tnl-jury.nsi",
        "--self-test",
        "--require-hashes",  # the lock's versions, as every other build
        "uv==0.13.10",
    ):
        assert needed in workflow
    assert "\t" not in workflow
    # The uninstaller removes its registry keys last: waiting for the exe to vanish was racy.
    assert "for ($i = 0; $i -lt 120 -and (Test-Path $apps)" in workflow


def test_every_build_installs_the_same_uv() -> None:
    """dev.sh, the Linux and Windows builds and the workflow read the lock with one uv."""
    lock_sh = (PACKAGING / "lock.sh").read_text(encoding="utf-8")
    pinned = lock_sh.split("TNL_UV_VERSION=", 1)[1].split()[0]
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert f"uv=={pinned}" in workflow
    for script in ("dev.sh", "packaging/build-linux.sh", "packaging/build-windows.sh"):
        assert "source packaging/lock.sh" in (ROOT / script).read_text(encoding="utf-8")
