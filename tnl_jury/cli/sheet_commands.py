"""``tnl-jury sheets``: printable scoring sheets for jurors who prefer paper."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tnl_jury.cli.main import EXIT_OK, UsageError
from tnl_jury.storage.jury_file import open_jury_file


def register(sub: Any) -> None:
    p = sub.add_parser(
        "sheets",
        help="write printable scoring sheets (PDF: one per dossier and member)",
        description="Write one PDF holding a scoring sheet for each dossier and member "
        "(every active member and every dossier unless --member or --dossier narrow it; a "
        "member who stepped aside for a dossier gets no sheet for it).",
    )
    p.add_argument("jury_file")
    p.add_argument("out", metavar="OUT.pdf")
    p.add_argument(
        "--member",
        type=int,
        action="append",
        metavar="ID",
        help="only this member's sheets (repeat for several; ids from 'jurors list')",
    )
    p.add_argument(
        "--dossier",
        action="append",
        metavar="NUMBER",
        help="only this dossier (its Démarches Simplifiées number; repeat for several)",
    )
    p.add_argument(
        "--blank",
        action="store_true",
        help="one sheet per dossier with an empty name line, instead of one per member",
    )
    p.set_defaults(handler=cmd_sheets)


def cmd_sheets(args: argparse.Namespace) -> int:
    from tnl_jury.services.dossiers import find_dossier_id
    from tnl_jury.services.sheets import write_scoring_sheets

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise UsageError(f"{args.out}: the output file must end in .pdf")
    if args.blank and args.member:
        raise UsageError("--blank sheets carry no member name: leave out --member")
    with open_jury_file(args.jury_file, read_only_if_locked=True) as jf:
        dossier_ids = [find_dossier_id(jf, n) for n in args.dossier] if args.dossier else None
        path = write_scoring_sheets(
            jf, out, member_ids=args.member, dossier_ids=dossier_ids, blank=args.blank
        )
    print(f"written {path}")
    return EXIT_OK
