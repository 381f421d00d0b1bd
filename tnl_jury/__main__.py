"""``python -m tnl_jury`` runs the command line (and, without arguments, the GUI)."""

from tnl_jury.cli.main import main

raise SystemExit(main())
