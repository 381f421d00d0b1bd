"""``tnl-jury package`` and ``tnl-jury ballot``: scoring offline on the members' own laptops.

* ``package JURY_FILE --member ID OUT.tnlj`` (or ``--all OUT_DIR``): the juror packages;
* ``ballot export PACKAGE OUT`` (a ``.tnlb`` file or a folder): a member's ballot;
* ``ballot import JURY_FILE BALLOT…``: merge ballots; exit 2 when one was refused (each
  refusal on its own stderr line), the others are merged all the same;
* ``ballot conflicts JURY_FILE [--keep-ballot ID | --keep-file ID]``: list or settle the
  conflicts between ballots and values typed in the file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from tnl_jury.cli.main import EXIT_OK, EXIT_USAGE, print_json
from tnl_jury.domain.enums import BallotStatus
from tnl_jury.services.ballot_conflicts import Keep
from tnl_jury.storage.jury_file import open_for_reading, open_jury_file


def register(sub: Any) -> None:
    p = sub.add_parser(
        "package",
        help="make a juror package (one member's copy, to score offline and hand in ballots)",
    )
    p.add_argument("jury_file", help="the secretariat's jury file")
    p.add_argument("out", metavar="OUT", help="the package (.tnlj), or a folder with --all")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--member", type=int, metavar="ID", help="the member's id (jurors list)")
    who.add_argument("--all", action="store_true", help="one package per active member")
    p.add_argument(
        "--revoke-previous",
        action="store_true",
        help="refuse from now on the ballots of the member's earlier packages (a lost package)",
    )
    p.set_defaults(handler=cmd_package)

    p = sub.add_parser("ballot", help="export, import or reconcile juror ballots")
    bsub = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(p))
    q = bsub.add_parser("export", help="write the member's signed ballot from their package")
    q.add_argument("package", help="the member's juror package (.tnlj)")
    q.add_argument("out", metavar="OUT", help="the ballot (.tnlb), or a folder")
    q.set_defaults(handler=cmd_export)
    q = bsub.add_parser("import", help="merge ballots into the secretariat's jury file")
    q.add_argument("jury_file")
    q.add_argument("ballots", nargs="+", metavar="BALLOT")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(handler=cmd_import)
    q = bsub.add_parser("conflicts", help="list or settle conflicts between ballots and the file")
    q.add_argument("jury_file")
    keep = q.add_mutually_exclusive_group()
    keep.add_argument("--keep-ballot", type=int, metavar="ID", help="take the ballot's value")
    keep.add_argument("--keep-file", type=int, metavar="ID", help="keep the file's value")
    q.add_argument("--all", action="store_true", help="list the settled conflicts too")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(handler=cmd_conflicts)


def cmd_package(args: argparse.Namespace) -> int:
    from tnl_jury.services.packages import make_all_packages, make_package

    with open_jury_file(args.jury_file) as jf:
        if args.all:
            made = make_all_packages(jf, Path(args.out))
        else:
            made = [
                make_package(jf, args.member, Path(args.out), revoke_previous=args.revoke_previous)
            ]
    for package in made:
        print(f"written {package.path} for {package.member_name} (member {package.member_id})")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from tnl_jury.services.ballots import export_ballot

    with open_jury_file(args.package) as jf:
        written = export_ballot(jf, Path(args.out))
    print(
        f"written {written.path}: ballot no. {written.sequence} of {written.member_name} "
        f"({written.dossiers} dossiers, {written.scores} scores)"
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from tnl_jury.services.ballots import import_ballots, list_conflicts

    with open_jury_file(args.jury_file) as jf:
        outcomes = import_ballots(jf, [Path(b) for b in args.ballots])
        pending = len(list_conflicts(jf))
    if args.json:
        print_json(
            {
                "ballots": [
                    {
                        "file": str(o.path),
                        "status": o.status,
                        "message": o.message,
                        "summary": None if o.summary is None else vars(o.summary),
                    }
                    for o in outcomes
                ],
                "pending_conflicts": pending,
            }
        )
    else:
        for o in outcomes:
            s = o.summary
            if s is None:
                continue
            head = f"{s.member_name}, ballot no. {s.sequence} ({o.path.name})"
            if o.status == BallotStatus.ALREADY_IMPORTED:
                print(f"{head}: already imported, nothing changed")
                continue
            print(
                f"{head}: {s.added} added, {s.changed} changed, {s.unchanged} unchanged, "
                f"{s.older} older, {s.conflicts} conflicts"
                + (f", {s.locked} on locked decisions" if s.locked else "")
                + (
                    f", {s.recused} refused: the member stepped aside for dossier "
                    + ", ".join(s.recused_dossiers)
                    if s.recused
                    else ""
                )
            )
        if pending:
            print(
                f"{pending} conflicts wait for your choice: "
                f"tnl-jury ballot conflicts {args.jury_file}"
            )
    refused = [o for o in outcomes if o.status == BallotStatus.REFUSED]
    for o in refused:
        print(f"tnl-jury: {' '.join(o.message.split())}", file=sys.stderr)
    return EXIT_USAGE if refused else EXIT_OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    from tnl_jury.services.ballots import describe_value, list_conflicts, resolve_conflict

    if args.keep_ballot is not None or args.keep_file is not None:
        conflict_id = args.keep_ballot if args.keep_ballot is not None else args.keep_file
        keep: Keep = "ballot" if args.keep_ballot is not None else "file"
        with open_jury_file(args.jury_file) as jf:
            resolve_conflict(jf, conflict_id, keep)
        print(f"conflict {conflict_id}: kept the {keep}'s value")
        return EXIT_OK
    with open_for_reading(args.jury_file) as jf:
        rows = list_conflicts(jf, include_resolved=args.all)
    if args.json:
        print_json([vars(r) for r in rows])
        return EXIT_OK
    if not rows:
        print("no conflicts")
    for r in rows:
        what = {"score": f"criterion {r.criterion_code}", "level": "proposed level"}.get(
            r.kind, "recusal"
        )
        state = f" [{r.resolution}]" if r.resolution else ""
        print(
            f"{r.id:>4}{state}  dossier {r.ds_number} ({r.candidate_name}), {r.member_name}, "
            f"{what}: file {describe_value(r.kind, r.file_value)} | "
            f"ballot {describe_value(r.kind, r.ballot_value)}"
        )
    return EXIT_OK
