"""tnl-jury: an offline desktop application for a graded-label jury.

The package is layered; see ``docs/ARCHITECTURE.md``. Importing this package imports nothing
heavy: every layer loads its libraries when it is used.
"""

__version__ = "0.1.0"
APP_NAME = "tnl-jury"
