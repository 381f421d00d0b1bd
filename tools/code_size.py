"""Print the modules over 500 lines and the functions over 60 lines of ``tnl_jury/``.

Usage: ``python tools/code_size.py [ROOT]`` (default ``tnl_jury``, gui included);
each line is ``<lines>  <path>`` or ``<lines>  <path>:<function>``, longest first, followed by
the two counts. Read by people (``docs/ARCHITECTURE.md`` quotes its figures), not by tests.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

MODULE_LIMIT = 500
FUNCTION_LIMIT = 60


def long_modules(root: Path) -> list[tuple[int, str]]:
    """(line count, path) of every module of ``root`` over ``MODULE_LIMIT`` lines."""
    found = []
    for path in sorted(root.rglob("*.py")):
        count = len(path.read_text(encoding="utf-8").splitlines())
        if count > MODULE_LIMIT:
            found.append((count, str(path)))
    return sorted(found, reverse=True)


def long_functions(root: Path) -> list[tuple[int, str]]:
    """(line count, path:qualified name) of every function over ``FUNCTION_LIMIT`` lines."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                count = (node.end_lineno or node.lineno) - node.lineno + 1
                if count > FUNCTION_LIMIT:
                    found.append((count, f"{path}:{node.name}"))
    return sorted(found, reverse=True)


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path("tnl_jury")
    modules = long_modules(root)
    functions = long_functions(root)
    print(f"modules over {MODULE_LIMIT} lines:")
    for count, name in modules:
        print(f"{count:6d}  {name}")
    print(f"functions over {FUNCTION_LIMIT} lines:")
    for count, name in functions:
        print(f"{count:6d}  {name}")
    print(
        f"{len(modules)} modules over {MODULE_LIMIT} lines, "
        f"{len(functions)} functions over {FUNCTION_LIMIT} lines"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
