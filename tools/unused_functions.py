"""Print the functions of ``tnl_jury/`` that nothing outside ``tests/`` names.

Usage: ``python tools/unused_functions.py``. An AST scan (vulture is not a dependency): every
module-level function, and every method outside ``gui/`` (Qt calls the GUI's overrides by
name), whose name appears nowhere else in ``tnl_jury/``, ``migrations/``, ``tools/``,
``benchmarks/`` and ``packaging/``. Names are matched as words, so a function called through
a same-named attribute elsewhere is not reported; callbacks a library calls by name
(reportlab's ``afterPage``, a stream's ``writelines``) are reported and must be kept. Read by
people, not by tests.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ELSEWHERE = ("migrations", "tools", "benchmarks", "packaging")


def defined(path: Path, tree: ast.Module) -> list[str]:
    """The names ``path`` defines that the scan checks."""
    names = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
    if "gui" not in path.parts:
        names += [
            n.name
            for c in tree.body
            if isinstance(c, ast.ClassDef)
            for n in c.body
            if isinstance(n, ast.FunctionDef) and not n.name.startswith("__")
        ]
    return names


def unused(root: Path = ROOT) -> list[str]:
    """``path:name`` of every function named only where it is defined."""
    sources = {p: p.read_text(encoding="utf-8") for p in sorted((root / "tnl_jury").rglob("*.py"))}
    text = "\n".join(sources.values())
    for folder in ELSEWHERE:
        for p in sorted((root / folder).rglob("*")):
            if p.is_file() and p.suffix in {".py", ".spec", ".sh", ".toml", ".nsi"}:
                text += "\n" + p.read_text(encoding="utf-8", errors="replace")
    text += (root / "pyproject.toml").read_text(encoding="utf-8")
    found = []
    for path, source in sources.items():
        for name in defined(path, ast.parse(source)):
            if len(re.findall(rf"\b{re.escape(name)}\b", text)) <= 1:
                found.append(f"{path.relative_to(root)}:{name}")
    return found


if __name__ == "__main__":
    names = unused()
    print("\n".join(names) or "none")
    sys.exit(0)
