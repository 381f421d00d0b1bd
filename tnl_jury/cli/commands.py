"""The sub-commands of ``tnl-jury``: each parses its arguments and calls services."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tnl_jury.cli import (
    ballot_commands,
    deliberation_commands,
    import_command,
    mapping_command,
    output_commands,
    pdf_commands,
    sheet_commands,
)
from tnl_jury.cli.gui_launch import run_gui
from tnl_jury.cli.main import EXIT_OK, UsageError, print_json
from tnl_jury.domain.enums import MemberRole
from tnl_jury.services import dossiers, edition, members
from tnl_jury.storage.file_guard import quick_check
from tnl_jury.storage.jury_file import JuryFile, open_for_reading, open_jury_file


def register(sub: Any) -> None:
    """Add every sub-command to the ``sub`` parsers."""
    p = sub.add_parser("gui", help="open the graphical interface (the default)")
    p.add_argument("jury_file", nargs="?", help="a jury file to open")
    p.set_defaults(handler=lambda a: run_gui(a.jury_file))

    p = sub.add_parser("new", help="create a new jury file")
    p.add_argument("jury_file")
    p.add_argument("--edition", type=int, metavar="YEAR", help="the edition's year")
    p.add_argument("--grid", metavar="GRID_FILE", help="a grid file (default: the TNL grid)")
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("info", help="summarise a jury file")
    p.add_argument("jury_file")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_info)

    import_command.register(sub)
    mapping_command.register(sub)

    p = sub.add_parser("jurors", help="list, add or recuse jury members; bind certificates")
    p.add_argument("jury_file")
    jsub = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(p))
    q = jsub.add_parser("list", help="list the jury members")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(handler=cmd_jurors_list)
    q = jsub.add_parser("add", help="add a jury member")
    q.add_argument("name")
    q.add_argument("--organisation", default="")
    q.add_argument("--role", default=MemberRole.MEMBER.value, choices=[r.value for r in MemberRole])
    q.add_argument(
        "--voting",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="a deliberative vote (default); --no-voting for a secretary or an observer, who "
        "may attend but counts neither toward the quorum nor among the voters, and does not score",
    )
    q.set_defaults(handler=cmd_jurors_add)
    q = jsub.add_parser("update", help="change whether a member has a deliberative vote")
    q.add_argument("--member", type=int, required=True, metavar="ID", help="the member's id")
    q.add_argument(
        "--voting",
        action=argparse.BooleanOptionalAction,
        required=True,
        help="--voting gives the member a deliberative vote, --no-voting takes it away",
    )
    q.set_defaults(handler=cmd_jurors_update)
    q = jsub.add_parser("recuse", help="record that a member steps aside for a dossier")
    q.add_argument("--member", type=int, required=True, metavar="ID", help="the member's id")
    q.add_argument(
        "--dossier",
        required=True,
        metavar="NUMBER",
        help="the dossier's Démarches Simplifiées number",
    )
    q.add_argument("--reason", required=True, help="why (it appears in the minutes)")
    q.set_defaults(handler=cmd_jurors_recuse)
    q = jsub.add_parser(
        "certificate",
        help="bind a member's signing certificate: only it signs their box in the minutes",
        description="Register the certificate (PEM or DER) of a key the member brought; it "
        "must be in the member's name. A certificate bound before replaces the earlier one "
        "(recorded in the audit trail).",
    )
    q.add_argument("--member", type=int, required=True, metavar="ID", help="the member's id")
    q.add_argument("certificate", metavar="CERT.pem")
    q.set_defaults(handler=cmd_jurors_certificate)

    p = sub.add_parser("demo", help="create a jury file holding a fictional demo edition")
    p.add_argument("jury_file")
    p.add_argument("--dossiers", type=int, default=30, help="how many candidates (default 30)")
    p.add_argument("--members", type=int, default=8, help="how many jury members (default 8)")
    p.set_defaults(handler=cmd_demo)

    deliberation_commands.register(sub)
    ballot_commands.register(sub)
    output_commands.register(sub)
    pdf_commands.register(sub)
    sheet_commands.register(sub)


def _open(path: str, *, write: bool) -> JuryFile:
    """Open for writing, or (read commands) without the write lock."""
    return open_jury_file(path) if write else open_for_reading(path)


def cmd_new(args: argparse.Namespace) -> int:
    with edition.new_jury_file(args.jury_file, year=args.edition, grid_path=args.grid) as jf:
        info = edition.get_edition(jf)
        print(f"created {jf.path}: {info.title} (grid: {info.grid_name})")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    with _open(args.jury_file, write=False) as jf:
        quick_check(jf)  # a damaged page is said, not left for a later command to meet
        ed = edition.get_edition(jf)
        domains = edition.grid_summary(jf)
        n = edition.counts(jf)
        data: dict[str, Any] = {
            "file": str(jf.path),
            "edition": {
                "year": ed.year,
                "label": ed.label_name,
                "title": ed.title,
                "opens_on": ed.opens_on,
                "closes_on": ed.closes_on,
            },
            "grid": {
                "name": ed.grid_name,
                "domains": len(domains),
                "criteria": sum(len(d.criteria) for d in domains),
                "domain_list": [
                    {"code": d.code, "name": d.name, "criteria": len(d.criteria)} for d in domains
                ],
            },
            "dossiers": n.dossiers,
            "members": n.members,
            "scores": n.scores,
            "decisions": n.decisions,
            "answers": n.answers,
            "attachments": n.attachments,
            "read_only": jf.read_only,
        }
    if args.json:
        print_json(data)
        return EXIT_OK
    print(f"{ed.title} — {jf.path}")
    print(
        f"  grid: {ed.grid_name} ({data['grid']['domains']} domains, "
        f"{data['grid']['criteria']} criteria)"
    )
    for d in domains:
        print(f"    {d.code:<10} {d.name} ({len(d.criteria)} criteria)")
    print(
        f"  dossiers: {n.dossiers}   members: {n.members}   scores: {n.scores}   "
        f"decisions: {n.decisions}"
    )
    return EXIT_OK


def cmd_jurors_list(args: argparse.Namespace) -> int:
    with _open(args.jury_file, write=False) as jf:
        rows = members.list_members(jf)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "name": r.name,
                    "organisation": r.organisation,
                    "role": r.role,
                    "active": r.active,
                    "voting": r.voting,
                    "cert_sha256": r.cert_sha256,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    for r in rows:
        state = ("" if r.voting else "  (no vote)") + ("" if r.active else "  (inactive)")
        print(f"{r.id:>4}  {r.name:<30} {r.role:<10} {r.organisation}{state}")
    return EXIT_OK


def cmd_jurors_add(args: argparse.Namespace) -> int:
    with _open(args.jury_file, write=True) as jf:
        row = members.add_member(jf, args.name, args.organisation, args.role, voting=args.voting)
    vote = "" if row.voting else ", without a vote"
    print(f"added member {row.id}: {row.name} ({row.role}{vote})")
    return EXIT_OK


def cmd_jurors_update(args: argparse.Namespace) -> int:
    with _open(args.jury_file, write=True) as jf:
        row = members.update_member(jf, args.member, voting=args.voting)
    vote = "with a deliberative vote" if row.voting else "without a deliberative vote"
    print(f"member {row.id}: {row.name}, {vote}")
    return EXIT_OK


def cmd_jurors_recuse(args: argparse.Namespace) -> int:
    with _open(args.jury_file, write=True) as jf:
        dossier_id = dossiers.find_dossier_id(jf, args.dossier)
        row = members.recuse(jf, args.member, dossier_id, args.reason)
    print(f"{row.member_name} steps aside for dossier {row.ds_number} ({row.candidate_name})")
    return EXIT_OK


def cmd_jurors_certificate(args: argparse.Namespace) -> int:
    from tnl_jury.io.signing.keys import load_certificate

    certificate = load_certificate(args.certificate)
    with _open(args.jury_file, write=True) as jf:
        row = members.bind_certificate(jf, args.member, certificate)
    print(f"certificate {row.cert_sha256} bound to member {row.id} ({row.name})")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from tnl_jury.services.demo import DemoSize, create_demo

    if args.dossiers < 1 or args.members < 2:
        raise UsageError("a demo needs at least 1 dossier and 2 members")
    if Path(args.jury_file).exists():
        raise UsageError(f"{args.jury_file}: a file with this name already exists")
    with create_demo(Path(args.jury_file), DemoSize(args.dossiers, args.members)) as jf:
        n = edition.counts(jf)
    print(
        f"created {args.jury_file}: demo edition with {n.dossiers} dossiers, "
        f"{n.members} members, {n.scores} scores"
    )
    return EXIT_OK
