"""The frozen app's entry point (PyInstaller runs this script): the ``tnl-jury`` command."""

from tnl_jury.cli.main import main

raise SystemExit(main())
