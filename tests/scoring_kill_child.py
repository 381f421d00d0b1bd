"""The child process of tests/test_scoring_kill.py: scores a jury file until it is killed.

Usage: ``python tests/scoring_kill_child.py JURY_FILE``

It opens the jury file for writing, as the application does, and sets scores one by one
through :func:`tnl_jury.services.scores.set_score`, each (member, dossier, criterion) once,
with varied values and some "no opinion" marks. Only AFTER a call has returned does it print
``saved <member id> <dossier id> <criterion code> <value or "no-opinion">`` and flush stdout:
a printed line is a score the application told the user was saved. The test kills this
process with SIGKILL while it runs and checks that every printed score is in the file.
"""

from __future__ import annotations

import itertools
import sys

from tnl_jury.services import dossiers, edition, members, scores
from tnl_jury.storage.jury_file import open_jury_file


def main(path: str) -> int:
    jury_file = open_jury_file(path)  # never closed: the test kills us
    criteria = [c for d in edition.grid_summary(jury_file) for c in d.criteria]
    member_ids = [m.id for m in members.list_members(jury_file) if m.active]
    recused = {(r.member_id, r.dossier_id) for r in members.list_recusals(jury_file)}
    dossier_ids = [d.id for d in dossiers.list_dossiers(jury_file)]
    print("ready", flush=True)
    counter = itertools.count()
    for dossier_id in dossier_ids:
        for member_id in member_ids:
            if (member_id, dossier_id) in recused:
                continue
            for criterion in criteria:
                i = next(counter)
                if i % 13 == 5:
                    scores.set_score(
                        jury_file, member_id, dossier_id, criterion.code, None, no_opinion=True
                    )
                    shown = "no-opinion"
                else:
                    value = criterion.scale_min + (i * 7) % (
                        criterion.scale_max - criterion.scale_min + 1
                    )
                    scores.set_score(jury_file, member_id, dossier_id, criterion.code, value)
                    shown = str(value)
                print(f"saved {member_id} {dossier_id} {criterion.code} {shown}", flush=True)
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
