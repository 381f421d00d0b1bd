"""Create a demo jury file whose meeting took place: attendance, and decisions on the first
dossiers (levels drafted by the rules, votes, motivations). Used to make docs/samples/.

    .venv/bin/python tools/decided_demo.py /tmp/demo-decided.tnlj [--decisions 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from tnl_jury.services import deliberation, drafts, members
from tnl_jury.services.demo import create_demo
from tnl_jury.services.dossiers import list_dossiers
from tnl_jury.services.letterhead import set_letterhead
from tnl_jury.services.minutes_details import set_minutes_details


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--decisions", type=int, default=10)
    args = parser.parse_args()
    with create_demo(args.out) as jf:
        ids = [m.id for m in members.list_members(jf)]
        deliberation.set_attendance(jf, {mid: mid != ids[-2] for mid in ids})
        deliberation.set_meeting(
            jf, held_on=dt.date(2026, 11, 26), place="Montpellier, Maison de la Région"
        )
        set_minutes_details(
            jf,
            opened_time="09:30",
            closed_time="12:45",
            others_present=[
                "Julie Martin, secrétariat du label (ADULLACT)",
                "Marc Petit, observateur",
            ],
            excused={ids[-2]: True},
            convened_on=dt.date(2026, 11, 12),
            agenda=["Examen des dossiers de candidature", "Délibération et votes"],
            vote_method="show_of_hands",
            undecided_reason="Examen reporté à la séance de décembre, faute de temps.",
        )
        set_letterhead(
            jf,
            sender="Association ADULLACT\n836 rue du Mas de Verchant\n34000 Montpellier\n"
            "label@exemple.org",
            place="Montpellier",
            reference="TNL-2026/",
            signatory_title="Présidente du jury",  # the demo's president is Claire Duval,
        )
        for row in list_dossiers(jf)[: args.decisions]:
            who = deliberation.voters(jf, row.id)
            draft = drafts.draft_decision(jf, row.id)
            eligible = len(who.eligible)
            deliberation.record_decision(
                jf,
                row.id,
                draft.level,
                votes_for=eligible - 1,
                votes_against=0,
                abstentions=1,
                motivation=draft.motivation,
                recommendations=draft.recommendations,
            )
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
