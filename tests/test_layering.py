"""The layers stay apart: domain < storage < io < services < cli, gui; only tnl_jury/gui imports
PySide6, and the GUI holds no ORM."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "tnl_jury"
GUI = PACKAGE / "gui"
ORM_MODULES = tuple(
    f"tnl_jury.storage.{name}" for name in ("models", "import_models", "ballot_models", "orm_base")
)


def imported_modules(path: Path) -> set[str]:
    """Every module named by an import statement of ``path`` (at any depth)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names.add(str(node.args[0].value))
    return names


def offenders(files: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{path.relative_to(PACKAGE.parent)}: {name}"
        for path in files
        for name in imported_modules(path)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    )


def test_the_scan_sees_imports() -> None:  # the scanner itself must be able to fail
    sample = GUI / "tasks.py"
    assert "PySide6.QtCore" in imported_modules(sample)


def test_only_the_gui_imports_pyside6() -> None:
    outside = [p for p in PACKAGE.rglob("*.py") if GUI not in p.parents]
    assert len(outside) > 10
    assert offenders(outside, ("PySide6", "shiboken6")) == []


def test_the_gui_never_touches_sqlalchemy_or_the_orm_models() -> None:
    inside = list(GUI.rglob("*.py"))
    assert offenders(inside, ("sqlalchemy", *ORM_MODULES)) == []


def test_the_command_line_does_not_load_qt() -> None:
    code = (
        "import sys\n"
        "import tnl_jury.cli.main as m\n"
        "m.build_parser()\n"
        "loaded = sorted(n for n in sys.modules if n.split('.')[0] in {'PySide6', 'shiboken6'})\n"
        "print(loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"


# The whole layer order: a layer imports only itself and the layers below it (paths.py and
# selftest.py sit at the package's root, beside the layers).
LAYERS = ("domain", "storage", "io", "services", "cli", "gui")
ALLOWED: dict[str, tuple[str, ...]] = {
    "domain": ("domain",),
    "storage": ("domain", "storage"),
    "io": ("domain", "io"),  # io never touches the jury file
    "services": ("domain", "storage", "io", "services"),
    "cli": ("domain", "storage", "io", "services", "cli"),
    "gui": ("domain", "storage", "io", "services", "gui"),  # never the CLI
}


# The one edge against the order: the CLI's `gui` command (and a bare `tnl-jury`) opens the
# window, importing the GUI lazily in this module only.
GUI_LAUNCH = ("cli/gui_launch.py", "tnl_jury.gui.app")


def layer_offenders(package: Path) -> list[str]:
    """Every import of a ``tnl_jury`` layer that its importer's layer may not use."""
    found = []
    for layer in LAYERS:
        for path in sorted((package / layer).rglob("*.py")):
            where = path.relative_to(package).as_posix()
            for name in imported_modules(path):
                if (where, name.removesuffix(".run")) == GUI_LAUNCH:
                    continue
                parts = name.split(".")
                if parts[0] != "tnl_jury" or len(parts) < 2 or parts[1] not in LAYERS:
                    continue
                if parts[1] not in ALLOWED[layer]:
                    found.append(f"{path.relative_to(package.parent)}: {name}")
    return sorted(found)


def test_each_layer_imports_only_the_layers_below_it() -> None:
    assert layer_offenders(PACKAGE) == []


def test_the_layer_scan_can_fail(tmp_path: Path) -> None:
    """A package whose domain imports storage and whose io and gui import storage and cli."""
    package = tmp_path / "tnl_jury"
    for layer, source in {
        "domain": "from tnl_jury.storage import models\n",
        "io": "def f():\n    import tnl_jury.storage.jury_file\n",
        "gui": "from tnl_jury import cli\nfrom tnl_jury.services import edition\n",
        "services": "from tnl_jury.io import atomic\n",
    }.items():
        (package / layer).mkdir(parents=True)
        (package / layer / "x.py").write_text(source, encoding="utf-8")
    assert layer_offenders(package) == [
        "tnl_jury/domain/x.py: tnl_jury.storage",
        "tnl_jury/domain/x.py: tnl_jury.storage.models",
        "tnl_jury/gui/x.py: tnl_jury.cli",
        "tnl_jury/io/x.py: tnl_jury.storage.jury_file",
    ]
