"""``tnl-jury export | minutes | letters | published | letterhead``: the documents that leave
the room, and the letterhead the letters carry."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from tnl_jury.cli.main import EXIT_OK, UsageError, print_json
from tnl_jury.io.export.formats import CODES, SUFFIXES, listed
from tnl_jury.storage.jury_file import open_for_reading, open_jury_file


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export", help=f"write the results spreadsheet ({', '.join(CODES[:-1])} or {CODES[-1]})"
    )
    p.add_argument("jury_file")
    p.add_argument("out", metavar="|".join(f"OUT{suffix}" for suffix in SUFFIXES))
    p.add_argument(
        "--per-sheet",
        action="store_true",
        help="csv: one file per sheet (OUT-<sheet>.csv) instead of the decisions only",
    )
    p.add_argument(
        "--french-csv",
        action="store_true",
        help="csv for a French spreadsheet: ';' separator, decimal comma, dd/mm/yyyy dates",
    )
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("minutes", help="write the minutes (PDF/A-2b, with signature fields)")
    p.add_argument("jury_file")
    p.add_argument("out", metavar="OUT.pdf")
    p.set_defaults(handler=cmd_minutes)

    p = sub.add_parser("letters", help="write one letter per decided dossier into a folder")
    p.add_argument("jury_file")
    p.add_argument("out_dir", metavar="OUT_DIR")
    p.add_argument(
        "--date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the date the letters bear (default: today)",
    )
    p.set_defaults(handler=cmd_letters)

    p = sub.add_parser(
        "letterhead", help="show or set the letters' sender block, place, reference, signatory"
    )
    p.add_argument("jury_file")
    p.add_argument(
        "--sender", help="the sender block, lines separated by '\\n' (organiser, address, contact)"
    )
    p.add_argument("--place", help="the town the letters are written from")
    p.add_argument("--reference", help="the reference's prefix; the dossier number follows it")
    p.add_argument("--signatory-title", help="the signatory's title, e.g. 'Présidente du jury'")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_letterhead)

    p = sub.add_parser(
        "session",
        help="show or set what the minutes say of the session: times, excused members, "
        "people present without a vote",
    )
    p.add_argument("jury_file")
    p.add_argument("--opened", metavar="HH:MM", help="the time the session opened")
    p.add_argument("--closed", metavar="HH:MM", help="the time the session closed")
    p.add_argument(
        "--excused", type=int, action="append", default=[], metavar="ID", help="a member excused"
    )
    p.add_argument(
        "--not-excused", type=int, action="append", default=[], metavar="ID", help="no longer"
    )
    p.add_argument(
        "--other",
        action="append",
        metavar="'NAME, CAPACITY'",
        help="a person present without a vote (repeat; replaces the list; '' empties it)",
    )
    p.add_argument(
        "--convened",
        metavar="YYYY-MM-DD",
        help="the day the members were convened ('' forgets it)",
    )
    p.add_argument(
        "--agenda",
        action="append",
        metavar="ITEM",
        help="an item of the agenda (repeat, in order; replaces the list; '' empties it)",
    )
    p.add_argument(
        "--vote-method",
        choices=["show-of-hands", "secret-ballot", "none"],
        help="how the votes were taken",
    )
    p.add_argument(
        "--undecided-reason",
        metavar="TEXT",
        help="why the dossiers without a decision were left ('' forgets it)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_session)

    p = sub.add_parser("published", help="write the results list by level as a PDF")
    p.add_argument("jury_file")
    p.add_argument("out", metavar="OUT.pdf")
    p.set_defaults(handler=cmd_published)


def _pdf_path(out: str) -> Path:
    path = Path(out)
    if path.suffix.lower() != ".pdf":
        raise UsageError(f"{out}: the output file must end in .pdf")
    return path


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def cmd_export(args: argparse.Namespace) -> int:
    from tnl_jury.services.outputs import export_results

    out = Path(args.out)
    if out.suffix.lower() not in SUFFIXES:
        raise UsageError(f"{args.out}: the output file must end in one of {listed()}")
    with open_jury_file(args.jury_file, read_only_if_locked=True) as jf:
        paths = export_results(jf, out, csv_per_sheet=args.per_sheet, csv_french=args.french_csv)
    for path in paths:
        print(f"written {path}")
    return EXIT_OK


def cmd_minutes(args: argparse.Namespace) -> int:
    from tnl_jury.services.outputs import write_minutes

    with open_jury_file(args.jury_file, read_only_if_locked=True) as jf:
        path = write_minutes(jf, _pdf_path(args.out))
    print(f"written {path}")
    return EXIT_OK


def cmd_letters(args: argparse.Namespace) -> int:
    from tnl_jury.services.outputs import write_letters

    with open_jury_file(args.jury_file, read_only_if_locked=True) as jf:
        paths = write_letters(jf, Path(args.out_dir), dated=args.date)
    print(f"written {len(paths)} letters into {args.out_dir}")
    return EXIT_OK


def cmd_published(args: argparse.Namespace) -> int:
    from tnl_jury.services.outputs import write_published_list

    with open_jury_file(args.jury_file, read_only_if_locked=True) as jf:
        path = write_published_list(jf, _pdf_path(args.out))
    print(f"written {path}")
    return EXIT_OK


def cmd_letterhead(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from tnl_jury.services.letterhead import get_letterhead, set_letterhead

    changes = {
        name: getattr(args, name).replace("\\n", "\n")
        for name in ("sender", "place", "reference", "signatory_title")
        if getattr(args, name) is not None
    }
    if changes:
        with open_jury_file(args.jury_file) as jf:
            letterhead = set_letterhead(jf, **changes)
    else:
        with open_for_reading(args.jury_file) as jf:
            letterhead = get_letterhead(jf)
    if args.json:
        print_json(asdict(letterhead))
    else:
        for name, value in asdict(letterhead).items():
            shown = value.replace("\n", " / ") if value else "(not set)"
            print(f"{name.replace('_', ' ')}: {shown}")
    return EXIT_OK


def cmd_session(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from tnl_jury.services.minutes_details import get_minutes_details, set_minutes_details

    excused = {mid: True for mid in args.excused} | {mid: False for mid in args.not_excused}
    convened = None
    if args.convened:
        try:
            convened = dt.date.fromisoformat(args.convened)
        except ValueError:
            raise UsageError(f"--convened {args.convened!r}: not a date YYYY-MM-DD") from None
    method = None
    if args.vote_method is not None:
        method = "" if args.vote_method == "none" else args.vote_method.replace("-", "_")
    changes = (
        args.opened, args.closed, args.other, args.convened, args.agenda, args.vote_method,
        args.undecided_reason,
    )  # fmt: skip
    if excused or any(value is not None for value in changes):
        with open_jury_file(args.jury_file) as jf:
            details = set_minutes_details(
                jf,
                opened_time=args.opened,
                closed_time=args.closed,
                others_present=args.other,
                excused=excused or None,
                convened_on=convened,
                clear_convened_on=args.convened == "",
                agenda=args.agenda,
                vote_method=method,
                undecided_reason=args.undecided_reason,
            )
    else:
        with open_for_reading(args.jury_file) as jf:
            details = get_minutes_details(jf)
    if args.json:
        print_json(asdict(details))
    else:
        print(f"convened on: {details.convened_on or '(not set)'}")
        print(f"agenda: {' / '.join(details.agenda) or '(not set)'}")
        print(f"vote method: {details.vote_method.replace('_', ' ') or '(not said)'}")
        print(f"opened: {details.opened_time or '(not set)'}")
        print(f"closed: {details.closed_time or '(not set)'}")
        print(f"excused members: {', '.join(map(str, details.excused)) or '(none)'}")
        print(f"present without a vote: {'; '.join(details.others_present) or '(none)'}")
        print(f"why dossiers were left undecided: {details.undecided_reason or '(not said)'}")
    return EXIT_OK
