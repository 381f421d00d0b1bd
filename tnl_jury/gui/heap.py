"""Keeping Python's cyclic garbage collector out of a juror's way."""

from __future__ import annotations

import gc


def settle_the_heap() -> None:
    """Take what opening a file built out of the cyclic garbage collector's reach.

    The modules, the models, the snapshot and the screens live as long as the file: a full
    collection walking them all cost 130–150 ms in the middle of a juror's dossier opening
    (benchmarks/bench_scoring.py). The previous file's objects are released first (unfreeze,
    collect), then everything alive is frozen: later collections only look at new objects.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()
