"""Starting the window from the command line: the one place the CLI reaches into the GUI.

``tnl-jury`` and ``tnl-jury gui [FILE]`` open the window. The GUI is imported here, lazily, so
the other commands never load Qt (``tests/test_layering.py`` allows this module, and only it,
to name ``tnl_jury.gui.app``).
"""

from __future__ import annotations


def run_gui(jury_file: str | None) -> int:
    """Open the window on ``jury_file`` (None: no file) and return its exit code."""
    from tnl_jury.gui.app import run

    exit_code: int = run(jury_file)
    return exit_code
