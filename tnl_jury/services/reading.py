"""Composite reads: several services' reads, one moment of the jury file."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from tnl_jury.storage.jury_file import JuryFile

P = ParamSpec("P")
R = TypeVar("R")


def read_at_once(
    read: Callable[Concatenate[JuryFile, P], R],
) -> Callable[Concatenate[JuryFile, P], R]:
    """Run a composite read ``read(jury_file, …)`` inside :meth:`JuryFile.snapshot`: every
    service it calls reads the same transaction, one moment of the file."""

    @functools.wraps(read)
    def at_once(jury_file: JuryFile, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with jury_file.snapshot():
            return read(jury_file, *args, **kwargs)

    return at_once
