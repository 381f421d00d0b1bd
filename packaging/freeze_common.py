"""What every PyInstaller build of this repository shares: the app (tnl-jury.spec) and the
bare-window benchmark (bench/bare-window.spec) are frozen with the same options, so that the
start-up benchmark compares like with like.

The app imports only QtCore, QtGui, QtWidgets (and QtSvg renders its icon), so every other Qt
module is excluded, and so are the Qt plugins and translations it cannot use:
``tests/test_packaging.py`` checks that no module of ``tnl_jury`` imports an excluded one.
"""

from __future__ import annotations

from pathlib import PurePosixPath

# PySide6 modules the app never imports (PyInstaller would otherwise follow their hooks when
# some library imports them optionally).
QT_EXCLUDES = [
    "PySide6.PySide6.{name}",
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtBluetooth",
    "PySide6.QtCharts",
    "PySide6.QtConcurrent",
    "PySide6.QtDataVisualization",
    "PySide6.QtDBus",
    "PySide6.QtDesigner",
    "PySide6.QtGraphs",
    "PySide6.QtGraphsWidgets",
    "PySide6.QtHelp",
    "PySide6.QtHttpServer",
    "PySide6.QtLocation",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtNfc",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtPrintSupport",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtSerialBus",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtSql",
    "PySide6.QtStateMachine",
    "PySide6.QtSvgWidgets",
    "PySide6.QtTest",
    "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    "PySide6.QtXml",
]

# Python packages that only development tools or optional code paths of libraries import.
PYTHON_EXCLUDES = [
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "IPython",
    "matplotlib",
    "numpy",
    "pandas",
    "sqlalchemy.testing",
    "alembic.testing",
    "pydoc_data",
    # cffi imports setuptools only to build extensions; bundled, setuptools brings
    # pkg_resources and a runtime hook that runs at every start (a third of the start-up gap).
    "setuptools",
    "pkg_resources",
    "_distutils_hack",
]

EXCLUDES = QT_EXCLUDES + PYTHON_EXCLUDES

# Qt plugin folders (or single plugins) of no use to a Widgets app that shows no web page,
# plays no media and uses no network. Paths are relative to PySide6's Qt/plugins folder.
QT_PLUGIN_DROPS = (
    "platforms/libqvnc",
    "platforms/libqlinuxfb",
    "platforms/libqminimalegl",
    "platforms/libqeglfs",
    "platforms/qdirect2d",
    "platforms/libqvkkhrdisplay",
    # The GTK theme would bundle this host's cairo and pango next to the user's own GTK:
    # the xdg-desktop-portal theme gives native file dialogs without that.
    "platformthemes/libqgtk3",
    "egldeviceintegrations",
    "generic",
    "networkinformation",
    "tls",
    "sqldrivers",
    "qmltooling",
    "designer",
    "printsupport",
    "imageformats/libqpdf",
    "imageformats/qpdf",
    "imageformats/libqtiff",
    "imageformats/qtiff",
    "imageformats/libqwebp",
    "imageformats/qwebp",
    "imageformats/libqicns",
    "imageformats/qicns",
    "imageformats/libqtga",
    "imageformats/qtga",
    "imageformats/libqwbmp",
    "imageformats/qwbmp",
)

# Qt libraries that only the dropped plugins or excluded modules link to.
QT_LIB_DROPS = ("Qt6Network",)

# Qt's own translations: only those of the interface languages (French, English).
QT_TRANSLATIONS_KEPT = ("qt_fr.qm", "qtbase_fr.qm", "qt_en.qm", "qtbase_en.qm")


def _drop(dest: str) -> bool:
    """Whether the bundle path ``dest`` is a Qt file to leave out. PySide6 wheels keep Qt's
    files under ``PySide6/Qt/`` on Linux and directly under ``PySide6/`` on Windows."""
    path = PurePosixPath(dest.replace("\\", "/"))
    parts = path.parts
    if any(path.name.startswith((lib + ".", "lib" + lib + ".")) for lib in QT_LIB_DROPS):
        return True  # the library, or PyInstaller's link to it at the top of the bundle
    if "PySide6" not in parts:
        return False
    below = parts[parts.index("PySide6") + 1 :]
    if below == ("opengl32sw.dll",):
        return True  # Mesa's software OpenGL (20 MB, Windows): Qt Widgets draws without it
    if below[:1] == ("Qt",):
        below = below[1:]
    if below[:1] == ("translations",):
        return path.name not in QT_TRANSLATIONS_KEPT
    if below[:1] == ("plugins",):
        relative = "/".join(below[1:])
        return any(
            relative == d or relative.startswith((d + "/", d + ".")) for d in QT_PLUGIN_DROPS
        )
    return False


def prune(entries: list) -> list:
    """PyInstaller TOC entries ``(dest, source, kind)`` minus the Qt files listed above."""
    return [entry for entry in entries if not _drop(entry[0])]


def elf_needed(path: str) -> list[str]:
    """The DT_NEEDED names of an ELF file (the libraries it links to); [] for anything else.

    Read straight from the file: PyInstaller's own helper runs ``ldd`` once per call, which
    takes minutes over a Qt bundle.
    """
    import struct
    from pathlib import Path

    data = Path(path).read_bytes()
    if data[:4] != b"\x7fELF":
        return []
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    if wide:
        shoff, shentsize, shnum = struct.unpack_from(order + "Q10xHH", data, 0x28)
        section, entry = order + "IIQQQQIIQQ", order + "qQ"
    else:
        shoff, shentsize, shnum = struct.unpack_from(order + "I10xHH", data, 0x20)
        section, entry = order + "IIIIIIIIII", order + "iI"
    sections = [struct.unpack_from(section, data, shoff + k * shentsize) for k in range(shnum)]
    names = []
    for _name, kind, _flags, _addr, offset, size, link, *_rest in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strtab = sections[link][4]
        step = struct.calcsize(entry)
        for at in range(offset, offset + size, step):
            tag, value = struct.unpack_from(entry, data, at)
            if tag == 0:
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strtab + value)
                names.append(data[strtab + value : end].decode())
    return names


def drop_orphan_libraries(binaries: list) -> list:
    """``binaries`` minus the system libraries (Linux) that no kept binary needs any more.

    PyInstaller collects the libraries a plugin needs before :func:`prune` drops the plugin:
    the GTK theme plugin alone brings cairo, pango and more. A library copied from the
    system sits at the top of the bundle; it stays while some kept binary links to it.
    """
    import sys
    from pathlib import Path

    if not sys.platform.startswith("linux"):
        return binaries

    def candidate(entry: tuple) -> bool:
        dest = entry[0].replace("\\", "/")
        return "/" not in dest and ".so" in dest and "python" not in dest

    needs = {
        entry[0]: set(elf_needed(entry[1])) if Path(entry[1]).is_file() else set()
        for entry in binaries
    }
    kept = list(binaries)
    while True:
        needed = set().union(*(needs[entry[0]] for entry in kept))
        orphans = [e for e in kept if candidate(e) and PurePosixPath(e[0]).name not in needed]
        if not orphans:
            return kept
        kept = [e for e in kept if e not in orphans]
