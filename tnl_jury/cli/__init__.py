"""The ``tnl-jury`` command line: a thin layer that parses arguments and calls services."""
